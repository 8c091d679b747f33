/* monitor.c — Java monitors: enter, exit, wait and notify.
 *
 * A monitor lives in its object's side record (heap.c), made on first use. Ownership is a
 * logical thread id and a re-entrancy count. Threads waiting to enter queue on the
 * monitor's FIFO; threads in Object.wait form the monitor's wait set and each parks on its
 * own queue, so notify wakes the longest waiter and interrupt wakes exactly its thread. A
 * waiter gives the monitor up completely and takes back its count when it returns.
 */
#include "monitor.h"
#include "backend.h"
#include "dist.h"
#include "interp.h"
#include "thread.h"

static Monitor *monitor_of(JThread *t, Object *o) {
  return &obj_ext(t, o)->mon;
}

/* Takes the monitor, waiting in its entry queue while another thread owns it. */
static void acquire(JThread *t, Object *o, uint32_t count) {
  Monitor *m = monitor_of(t, o);
  if (m->owner != 0) {
    interp_charge(t); /* may let other tasks run: look at the owner again after it */
    m = monitor_of(t, o);
  }
  while (m->owner != 0) {
    if (!m->entry_q) m->entry_q = bk_wq_new();
    t->blocked_on = o;
    bk_wq_wait(m->entry_q, -1);
    t->blocked_on = NULL;
    m = monitor_of(t, o); /* the side-record table may have moved */
  }
  m->owner = t->logical_id;
  m->count = count;
}

/* A monitor whose object lives on another node is taken there (DJ): see dist.c. */
#define DIVERT(call)                                                                               \
  do {                                                                                             \
    if (unlikely(o->hdr & OBJ_MODE_MASK) && dist_monitor_remote(t, o)) return call;                \
  } while (0)

bool mon_enter(JThread *t, Object *o) {
  DJ_ASSERT_LOCAL(t, o);
  DIVERT(dist_mon_enter(t, o));
  Monitor *m = monitor_of(t, o);
  if (m->owner == t->logical_id) {
    m->count++;
    return true;
  }
  acquire(t, o, 1);
  return true;
}

static bool check_owner(JThread *t, Monitor *m) {
  if (m->owner == t->logical_id) return true;
  excep_throw_new(t, "java/lang/IllegalMonitorStateException", "current thread is not owner");
  return false;
}

static void release(Monitor *m) {
  m->owner = 0;
  m->count = 0;
  if (m->entry_q) bk_wq_wake_one(m->entry_q);
}

bool mon_exit(JThread *t, Object *o) {
  DIVERT(dist_mon_exit(t, o));
  Monitor *m = monitor_of(t, o);
  if (!check_owner(t, m)) return false;
  if (--m->count == 0) release(m);
  return true;
}

bool mon_holds(JThread *t, Object *o) {
  DIVERT(dist_mon_holds(t, o));
  return o->ext && monitor_of(t, o)->owner == t->logical_id;
}

static void wait_set_remove(Monitor *m, JThread *t) {
  JThread **p = &m->wait_head, *prev = NULL;
  while (*p && *p != t) {
    prev = *p;
    p = &(*p)->wait_next;
  }
  if (!*p) return;
  *p = t->wait_next;
  if (m->wait_tail == t) m->wait_tail = prev;
  t->wait_next = NULL;
  t->in_wait_set = false;
}

bool mon_wait(JThread *t, Object *o, int64_t millis) {
  if (millis < 0) {
    excep_throw_new(t, "java/lang/IllegalArgumentException", "timeout value is negative");
    return false;
  }
  DIVERT(dist_mon_wait(t, o, millis));
  Monitor *m = monitor_of(t, o);
  if (!check_owner(t, m)) return false;
  if (thr_take_interrupt(t)) {
    excep_throw_new(t, "java/lang/InterruptedException", NULL);
    return false;
  }
  /* Reading the interrupt status may ask another node, and objects arriving meanwhile may
   * have moved the side-record table: a Monitor pointer does not outlive a yield. */
  m = monitor_of(t, o);
  uint32_t count = m->count;
  uint64_t since = t->wake_seq; /* a notify may come as soon as the monitor is released */
  t->in_wait_set = true;
  t->wait_next = NULL;
  if (m->wait_tail)
    m->wait_tail->wait_next = t;
  else
    m->wait_head = t;
  m->wait_tail = t;
  release(m);
  t->waiting_on = o;
  thr_block(t, millis == 0 ? -1.0 : (double)millis / 1000.0, since);
  t->waiting_on = NULL;
  m = monitor_of(t, o);
  wait_set_remove(m, t); /* still there after a timeout or an interrupt */
  acquire(t, o, count);
  if (thr_take_interrupt(t)) {
    excep_throw_new(t, "java/lang/InterruptedException", NULL);
    return false;
  }
  return true;
}

bool mon_notify(JThread *t, Object *o, bool all) {
  DIVERT(dist_mon_notify(t, o, all));
  Monitor *m = monitor_of(t, o);
  if (!check_owner(t, m)) return false;
  do {
    JThread *w = m->wait_head;
    if (!w) break;
    wait_set_remove(m, w);
    thr_wake(w);
  } while (all);
  return true;
}
