/* monitor.c — Java monitors: enter, exit, wait and notify over the backend's wait queues.
 *
 * A monitor lives in its object's side record (heap.c), made on first use. Ownership is a
 * logical thread id and a re-entrancy count. A waiter in Object.wait gives the monitor up
 * completely and takes back its count when it is woken.
 */
#include "monitor.h"
#include "backend.h"
#include "interp.h"

static Monitor *monitor_of(JThread *t, Object *o) {
  return &obj_ext(t, o)->mon;
}

bool mon_enter(JThread *t, Object *o) {
  DJ_ASSERT_LOCAL(t, o);
  Monitor *m = monitor_of(t, o);
  if (m->owner == t->logical_id) {
    m->count++;
    return true;
  }
  while (m->owner != 0) {
    if (!m->entry_q) m->entry_q = bk_wq_new();
    interp_charge(t);
    bk_wq_wait(m->entry_q, -1);
    m = monitor_of(t, o); /* the side-record table may have moved */
  }
  m->owner = t->logical_id;
  m->count = 1;
  return true;
}

static bool check_owner(JThread *t, Monitor *m) {
  if (m->owner == t->logical_id) return true;
  excep_throw_new(t, "java/lang/IllegalMonitorStateException", "current thread is not owner");
  return false;
}

bool mon_exit(JThread *t, Object *o) {
  Monitor *m = monitor_of(t, o);
  if (!check_owner(t, m)) return false;
  if (--m->count == 0) {
    m->owner = 0;
    if (m->entry_q) bk_wq_wake_one(m->entry_q);
  }
  return true;
}

bool mon_holds(JThread *t, Object *o) {
  return o->ext && monitor_of(t, o)->owner == t->logical_id;
}

bool mon_wait(JThread *t, Object *o, int64_t millis) {
  if (millis < 0) {
    excep_throw_new(t, "java/lang/IllegalArgumentException", "timeout value is negative");
    return false;
  }
  Monitor *m = monitor_of(t, o);
  if (!check_owner(t, m)) return false;
  uint32_t count = m->count;
  m->owner = 0;
  m->count = 0;
  m->waiters++;
  if (!m->wait_q) m->wait_q = bk_wq_new();
  if (m->entry_q) bk_wq_wake_one(m->entry_q);
  void *wq = m->wait_q;
  interp_charge(t);
  bk_wq_wait(wq, millis == 0 ? -1.0 : (double)millis / 1000.0);
  m = monitor_of(t, o);
  m->waiters--;
  while (m->owner != 0) {
    if (!m->entry_q) m->entry_q = bk_wq_new();
    interp_charge(t);
    bk_wq_wait(m->entry_q, -1);
    m = monitor_of(t, o);
  }
  m->owner = t->logical_id;
  m->count = count;
  return true;
}

bool mon_notify(JThread *t, Object *o, bool all) {
  Monitor *m = monitor_of(t, o);
  if (!check_owner(t, m)) return false;
  if (m->wait_q) {
    if (all)
      bk_wq_wake_all(m->wait_q);
    else
      bk_wq_wake_one(m->wait_q);
  }
  return true;
}
