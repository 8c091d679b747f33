/* monitor.h — Java monitors, owned by logical thread ids (so a method shipped to another
 * node and back re-enters the same monitor). Blocking goes through the backend's wait
 * queues. */
#ifndef DJ_MONITOR_H
#define DJ_MONITOR_H

#include "vm.h"

bool mon_enter(JThread *t, Object *o);
/* false with IllegalMonitorStateException pending if t does not own o's monitor. */
bool mon_exit(JThread *t, Object *o);
bool mon_holds(JThread *t, Object *o);
/* Object.wait / notify / notifyAll; false with an exception pending. */
bool mon_wait(JThread *t, Object *o, int64_t millis);
bool mon_notify(JThread *t, Object *o, bool all);

#endif
