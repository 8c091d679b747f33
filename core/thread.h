/* thread.h — Java threads as backend tasks: start, park and unpark, sleep, interrupt, the
 * end of a thread, and the deadlock report. */
#ifndef DJ_THREAD_H
#define DJ_THREAD_H

#include "vm.h"

/* The exit status of a run that ends in a deadlock (documented in the README). */
#define DJ_EXIT_DEADLOCK 99

/* Thread.start: a new task runs jthread.run() on the node the placement chooses. false
 * with an exception pending. */
bool thr_start(JThread *t, Object *jthread);
/* Starts the task of nt (made for its node) running jthread.run(). */
bool thr_spawn(JThread *nt, const char *name);
/* LockSupport.park: blocks t on its own queue until it has the permit (thr_unpark), a
 * wake (thr_wake), an interrupt or the timeout (seconds, < 0: none), and uses up the
 * permit. An unpark that comes first is kept, so no wake-up is lost. */
void thr_park(JThread *t, double timeout);
void thr_unpark(JThread *t);
/* Object.wait and sleep: blocks t until a wake (notify, interrupt) later than `since` (a
 * value of t->wake_seq read before t could be woken) or the timeout. A permit neither ends
 * it nor is used up by it, as in HotSpot. */
void thr_block(JThread *t, double timeout, uint64_t since);
void thr_wake(JThread *t);
/* Unparks the thread of a Thread object (LockSupport.unpark); nothing if it is not alive. */
void thr_unpark_object(JThread *t, Object *jthread);
/* t's interrupt status; thr_take_interrupt also clears it. */
bool thr_interrupted(JThread *t);
bool thr_take_interrupt(JThread *t);
/* Thread.sleep: false with InterruptedException pending if interrupted. */
bool thr_sleep(JThread *t, int64_t millis);
/* Thread.interrupt of the thread whose Thread object is `target`. */
void thr_interrupt(JThread *t, Object *target);
/* Thread.getState as the ordinal of java.lang.Thread.State. */
int thr_state(JThread *t, Object *target);
/* Marks t's thread finished, wakes its joiners and records its figures under `name`. */
void thr_finish(JThread *t, const char *name);
/* After the run: if live non-daemon threads remain, prints a thread dump on stderr and
 * returns true. */
bool thr_report_deadlock(void);

#endif
