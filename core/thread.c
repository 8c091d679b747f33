/* thread.c — Java threads as backend tasks.
 *
 * A started thread gets its own JThread (Java stack, logical id) and a backend task on its
 * node that runs its run() method. The Thread object carries the VM's view in three fields:
 * eetop (the logical id), vmState (new, alive, terminated) and interrupted. Joiners wait on
 * the Thread object's monitor, which the thread notifies when it ends.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend.h"
#include "dist.h"
#include "interp.h"
#include "loader.h"
#include "monitor.h"
#include "thread.h"

enum { STATE_NEW = 0, STATE_ALIVE = 1, STATE_TERMINATED = 2 };
/* Ordinals of java.lang.Thread.State. */
enum { TS_NEW, TS_RUNNABLE, TS_BLOCKED, TS_WAITING, TS_TIMED_WAITING, TS_TERMINATED };

/* Fields of a Thread object, which may live on another node than the thread. */
static Slot field(JThread *t, Object *jt, const Field *f) {
  Slot v;
  v.l = 0;
  Object *pending = t->exception;
  t->exception = NULL;
  if (!dist_get(t, jt, f, &v)) v.l = 0;
  t->exception = pending;
  return v;
}

static void set_field(JThread *t, Object *jt, const Field *f, Slot v) {
  Object *pending = t->exception;
  t->exception = NULL;
  dist_put(t, jt, f, v);
  t->exception = pending;
}

/* The thread of a Thread object (the directory of logical ids says on which node). */
static JThread *thread_of(JThread *t, Object *jt) {
  int64_t id = field(t, jt, vm->f_thread_eetop).l;
  return id > 0 && (uint64_t)id < vm->by_logical_cap ? vm->by_logical_id[id] : NULL;
}

static void set_state(JThread *t, Object *jt, int32_t s) {
  set_field(t, jt, vm->f_thread_state, (Slot){.i = s});
}

static bool interrupted(JThread *t) {
  return t->jthread && field(t, t->jthread, vm->f_thread_interrupted).i != 0;
}

bool thr_interrupted(JThread *t) {
  return interrupted(t);
}

/* Without a thread to ask through (the deadlock report), only a local name is known. */
static void name_of(JThread *t, Object *jt, char *buf, size_t len) {
  Object *s = NULL;
  if (t)
    s = field(t, jt, vm->f_thread_name).r;
  else if (!(jt->hdr & OBJ_MODE_MASK))
    s = *FIELD_PTR(jt, vm->f_thread_name->offset, Object *);
  char *n = s ? jstr_to_utf8(NULL, s) : NULL;
  snprintf(buf, len, "%s", n ? n : "?");
  free(n);
}

typedef struct Spawn {
  JThread *t;
  char name[64];
} Spawn;

__attribute__((noinline)) static void run_thread(JThread *t, const char *name) {
  dist_thread_begin(t);
  Method *run = class_resolve_method(t->jthread->cls, "run", "()V");
  Slot a[1] = {{.r = t->jthread}};
  if (!interp_call(t, run, a)) excep_report_uncaught(t);
  thr_finish(t, name);
}

static void thread_entry(void *arg) {
  Spawn *sp = arg;
  JThread *t = sp->t;
  bk_set_task_data(t);
  t->cstack_base = __builtin_frame_address(0); /* the collector scans from here down */
  run_thread(t, sp->name);
  free(sp);
  vm_thread_free(t);
}

bool thr_spawn(JThread *nt, const char *name) {
  snprintf(nt->start_name, sizeof nt->start_name, "%s", name);
  Spawn *sp = calloc(1, sizeof *sp);
  sp->t = nt;
  snprintf(sp->name, sizeof sp->name, "%s", name);
  if (bk_spawn(nt->node_id, name, thread_entry, sp, nt->daemon) == 0) return true;
  free(sp);
  return false;
}

bool thr_start(JThread *t, Object *jt) {
  int node = dist_place_thread(t, jt);
  bool daemon = field(t, jt, vm->f_thread_daemon).i != 0;
  uint32_t id = vm->next_logical_id++;
  set_field(t, jt, vm->f_thread_eetop, (Slot){.l = id});
  set_state(t, jt, STATE_ALIVE);
  interp_charge(t);
  if (node != t->node_id) return dist_start_thread(t, jt, node, id, daemon);
  JThread *nt = vm_thread_new(node, id);
  nt->jthread = jt;
  nt->daemon = daemon;
  char name[128];
  name_of(t, jt, name, sizeof name);
  if (!thr_spawn(nt, name)) {
    set_state(t, jt, STATE_NEW);
    vm_thread_free(nt);
    excep_throw_new(t, "java/lang/InternalError", "cannot start a task on node %d", node);
    return false;
  }
  return true;
}

void thr_finish(JThread *t, const char *name) {
  Object *jt = t->jthread;
  Object *pending = t->exception;
  t->exception = NULL;
  interp_charge(t); /* joiners see the time this thread ran */
  mon_enter(t, jt);
  set_state(t, jt, STATE_TERMINATED);
  mon_notify(t, jt, true);
  mon_exit(t, jt);
  t->exception = pending;
  t->terminated = true;
  interp_charge(t);
  dist_thread_end(t, name);
}

/* Blocks t on its own queue until a wake later than `since` (a count of t->wake_seq read
 * before t made itself wakeable, so that none given meanwhile is lost), the timeout or,
 * for LockSupport.park, the permit. */
static void block(JThread *t, double timeout, uint64_t since, bool lock_support) {
  if (!t->park) t->park = bk_wq_new();
  interp_charge(t); /* may let other tasks run: a permit or an interrupt given meanwhile counts */
  bool intr = interrupted(t); /* may ask another node: a permit may arrive meanwhile */
  if (intr || since != t->wake_seq || (lock_support && t->permit)) {
    if (lock_support) t->permit = false;
    return;
  }
  t->parked = true;
  t->park_permit = lock_support;
  t->park_timed = timeout >= 0;
  bk_wq_wait(t->park, timeout);
  t->parked = false;
  if (lock_support) t->permit = false;
}

void thr_park(JThread *t, double timeout) {
  block(t, timeout, t->wake_seq, true);
}

void thr_block(JThread *t, double timeout, uint64_t since) {
  block(t, timeout, since, false);
}

void thr_unpark(JThread *t) {
  t->permit = true;
  if (t->parked && t->park_permit) bk_wq_wake_one(t->park);
}

void thr_wake(JThread *t) {
  t->wake_seq++;
  if (t->parked) bk_wq_wake_one(t->park);
}

void thr_unpark_object(JThread *t, Object *jthread) {
  JThread *x = thread_of(t, jthread);
  if (x) dist_unpark(t, x->node_id, x->logical_id, false);
}

bool thr_take_interrupt(JThread *t) {
  if (!interrupted(t)) return false;
  set_field(t, t->jthread, vm->f_thread_interrupted, (Slot){.i = 0});
  return true;
}

bool thr_sleep(JThread *t, int64_t millis) {
  if (millis < 0) {
    excep_throw_new(t, "java/lang/IllegalArgumentException", "timeout value is negative");
    return false;
  }
  if (!thr_take_interrupt(t)) {
    t->sleeping = true;
    double until = bk_now() + (double)millis / 1000.0;
    /* A spurious unpark (a stale permit) does not end a sleep early. The deadline counts as
     * reached within a nanosecond: a residue of floating-point rounding would otherwise be
     * a park too short to move the simulated clock, again and again. */
    for (;;) {
      double left = until - bk_now();
      if (millis != 0 && left < 1e-9) break;
      thr_block(t, millis == 0 ? 0.0 : left, t->wake_seq);
      if (millis == 0 || interrupted(t)) break;
    }
    t->sleeping = false;
    if (!thr_take_interrupt(t)) return true;
  }
  excep_throw_new(t, "java/lang/InterruptedException", "sleep interrupted");
  return false;
}

void thr_interrupt(JThread *t, Object *target) {
  JThread *x = thread_of(t, target);
  if (!x) return;
  /* As in HotSpot, an interrupt also gives the thread its park permit. */
  if (x->node_id != t->node_id || x->remote_node >= 0) {
    dist_unpark(t, x->node_id, x->logical_id, true); /* it may be blocked, here or elsewhere */
  } else {
    thr_unpark(x);
    thr_wake(x); /* sleep, wait and join end early */
  }
}

int thr_state(JThread *t, Object *target) {
  int32_t s = field(t, target, vm->f_thread_state).i;
  if (s == STATE_NEW) return TS_NEW;
  if (s == STATE_TERMINATED) return TS_TERMINATED;
  JThread *x = thread_of(t, target);
  if (!x) return TS_TERMINATED;
  /* A thread whose method was shipped is in the state of the call running for it there. */
  if (!x->blocked_on && !x->waiting_on) x = dist_innermost(x);
  if (x->blocked_on) return TS_BLOCKED;
  if (x->parked || (x->waiting_on && x->remote_node >= 0)) /* waiting here or at an owner */
    return x->park_timed ? TS_TIMED_WAITING : TS_WAITING;
  return TS_RUNNABLE;
}

/* ---- The deadlock report ------------------------------------------------------------------ */

static void describe(JThread *t, Object *o, char *buf, size_t len) {
  char cls[256];
  snprintf(buf, len, "%s@%x", class_java_name(o->cls, cls, sizeof cls),
           (unsigned)obj_identity_hash(t, o));
}

/* A thread's name for the report: from its Thread object if that is here, else the one it
 * started with. */
static void report_name(JThread *t, char *buf, size_t len) {
  if (t->jthread) name_of(NULL, t->jthread, buf, len);
  if ((!t->jthread || strcmp(buf, "?") == 0) && t->start_name[0])
    snprintf(buf, len, "%s", t->start_name);
}

static void dump_thread(JThread *t) {
  char name[128] = "?", what[300];
  report_name(t, name, sizeof name);
  const char *state = t->blocked_on                ? "BLOCKED"
                      : t->parked || t->waiting_on ? (t->park_timed ? "TIMED_WAITING" : "WAITING")
                                                   : "RUNNABLE";
  fprintf(stderr, "\"%s\" (node %d%s) %s", name, t->node_id, t->daemon ? ", daemon" : "", state);
  if (t->blocked_on) {
    describe(t, t->blocked_on, what, sizeof what);
    uint32_t owner = t->blocked_on->ext ? t->node->ext[t->blocked_on->ext].mon.owner : 0;
    JThread *o = owner < vm->by_logical_cap ? vm->by_logical_id[owner] : NULL;
    char oname[128] = "?";
    if (o) report_name(o, oname, sizeof oname);
    fprintf(stderr, " on the monitor of %s, held by \"%s\"", what, oname);
  } else if (t->waiting_on) {
    describe(t, t->waiting_on, what, sizeof what);
    fprintf(stderr, " in Object.wait() on %s", what);
  } else if (t->sleeping) {
    fprintf(stderr, " in Thread.sleep()");
  }
  fprintf(stderr, "\n");
  Node *n = t->node;
  for (uint32_t i = 1; i < n->ext_len; i++)
    if (n->ext[i].obj && n->ext[i].mon.owner == t->logical_id) {
      describe(t, n->ext[i].obj, what, sizeof what);
      fprintf(stderr, "    holds the monitor of %s\n", what);
    }
  uint32_t callee_flags = 0;
  for (Frame *f = t->frame; f; f = f->prev) {
    uint32_t pc = (uint32_t)(f->pc - f->m->code);
    if (!(callee_flags & FRAME_CLINIT) && pc > 0) pc--;
    callee_flags = f->flags;
    if (f->m->owner->host) continue;
    char cls[256];
    const char *file = f->m->owner->cf ? f->m->owner->cf->source_file : NULL;
    int line = method_line(f->m, pc);
    fprintf(stderr, "\tat %s.%s(", class_java_name(f->m->owner, cls, sizeof cls), f->m->name);
    if (file && line >= 0)
      fprintf(stderr, "%s:%d)\n", file, line);
    else
      fprintf(stderr, "%s)\n", file ? file : "Unknown Source");
  }
}

bool thr_report_deadlock(void) {
  int live = 0;
  for (int i = 0; i < vm->node_count; i++)
    for (JThread *t = vm->nodes[i].threads; t; t = t->next)
      if (!t->terminated && !t->daemon && !t->service && t->jthread) live++;
  if (!live) return false;
  fflush(stdout);
  fprintf(stderr, "djsim: deadlock: %d live thread%s, all blocked, and no timeout can wake one\n",
          live, live == 1 ? "" : "s");
  for (int i = 0; i < vm->node_count; i++)
    for (JThread *t = vm->nodes[i].threads; t; t = t->next)
      if (!t->terminated && t->jthread && !t->service) dump_thread(t);
  return true;
}
