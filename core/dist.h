/* dist.h — the distributed object model: one JVM image over the backend's nodes.
 *
 * Owns: global object ids and each node's id table; proxies, replicas and masters; remote
 * field, array and static access; method shipping; remote monitors, waits and thread
 * starts; migration with forwarding; read-only replicas with write-invalidate; pinned I/O;
 * proxy counting for the collectors; and the run's distribution figures.
 * May call: the VM core and the backend; the object policy only through policy.h.
 * Never: reads or writes an object of another node's heap. Everything that crosses nodes
 * is a message of proto.h, encoded by the sender and decoded by the receiver.
 *
 *   An object's life across nodes (mode bits of its header, vm.h):
 *     LOCAL ── its reference leaves the node ──> LOCAL, with a global id, a root while
 *       │                                        any other node holds a proxy
 *       │ (other node)  PROXY ── MOVE ──> owner: it becomes the master, the old master a
 *       │                 │               PROXY that forwards (RS_MOVED)
 *       │                 └── CACHE ──> REPLICA (reads local); the master turns SHARED and
 *       │                               every write first INVALIDATEs its replicas
 */
#ifndef DJ_DIST_H
#define DJ_DIST_H

#include <stdio.h>

#include "vm.h"

/* Modes of vm.h's object header (bits 0-2). */
enum {
  OBJ_PROXY = 1,   /* the object lives elsewhere: fields, arrays, monitor go to the owner */
  OBJ_REPLICA = 2, /* a read-only copy: reads local; writes and the monitor go to the owner */
  OBJ_SHARED = 3,  /* a master with replicas: a write invalidates them first */
  OBJ_MOVING = 4,  /* on its way here: accesses wait until it arrives */
  OBJ_MIRROR = 5,  /* a java.lang.Class on a node other than 0: its monitor is node 0's */
};

/* Set up for vm->node_count nodes; registers the message handler with the backend. The
 * policies are chosen with policy_select (policy.h) before the run. */
void dist_init(void);
void dist_shutdown(void);
bool dist_enabled(void); /* more than one node */

/* ---- The interpreter's divert points ------------------------------------------------------ */

/* Executes the (quick) instruction at pc, whose object is not local. Returns the change of
 * the operand stack pointer, or DIST_THREW with an exception pending. */
#define DIST_THREW (-1000)
int dist_insn(JThread *t, const uint8_t *pc, Slot *sp, Object *o);
/* The statics object of c as seen from t's node (node 0: the master itself). */
Object *dist_statics(JThread *t, Class *c);
/* Whether an invocation of m with args (receiver not local, or m made RPC by a policy)
 * runs at another node: 0 if not, else 1 + the slot of the argument whose owner runs it. */
int dist_ships(JThread *t, Method *m, Slot *args);
/* Runs m at the owner of args[slot]; the result in *ret. false with an exception pending. */
bool dist_invoke(JThread *t, Method *m, Slot *args, int slot, Slot *ret);
/* A new object o made by t, which the object policy may place on another node (cJVM's
 * remote `new`: it is pushed there and o becomes a proxy here). Returns o. */
Object *dist_place_new(JThread *t, Object *o);
/* An executor or fork/join pool queued task (the policy's `queued` callback). */
void dist_queued(JThread *t, Object *task);
/* Initialises c on its master node (node 0), for a thread of another node. */
bool dist_class_init(JThread *t, Class *c);

/* ---- Access for C code (natives, threads) to objects that may be remote -------------------- */

/* Field f of o (any mode), read or written through the protocol when o is not local. */
bool dist_get(JThread *t, Object *o, const Field *f, Slot *out);
bool dist_put(JThread *t, Object *o, const Field *f, Slot v);
/* n elements of array a from index i into buf (element-size bytes each), or back. */
bool dist_array_get(JThread *t, Object *a, int32_t i, int32_t n, void *buf);
bool dist_array_put(JThread *t, Object *a, int32_t i, int32_t n, const void *buf);
/* A local copy of a remote object (Object.clone of a proxy). */
Object *dist_fetch_copy(JThread *t, Object *o);

/* Monitors of objects whose monitor is elsewhere (monitor.c diverts here). */
bool dist_monitor_remote(JThread *t, Object *o);
bool dist_mon_enter(JThread *t, Object *o);
bool dist_mon_exit(JThread *t, Object *o);
bool dist_mon_wait(JThread *t, Object *o, int64_t millis);
bool dist_mon_notify(JThread *t, Object *o, bool all);
bool dist_mon_holds(JThread *t, Object *o);

/* ---- Threads and I/O -------------------------------------------------------------------- */

/* The node a new thread starts on (the placement). */
int dist_place_thread(JThread *t, Object *jthread);
/* Starts the thread of jthread with logical id `id` on another node. */
bool dist_start_thread(JThread *t, Object *jthread, int node, uint32_t id, bool daemon);
/* Where the logical thread of x runs now: x itself, or, while x waits for a request it
 * made (a shipped method, a remote monitor), the service thread running as it at the other
 * end, followed to the innermost such call. Read through the VM's directory of threads. */
JThread *dist_innermost(JThread *x);
/* LockSupport.unpark (or, with `interrupt`, the wake of Thread.interrupt) of thread `id`,
 * which lives on `node`, delivered where that thread runs now. */
void dist_unpark(JThread *t, int node, uint32_t id, bool interrupt);
/* Writes to / reads from a stream pinned to node 0. */
bool dist_io_write(JThread *t, int fd, const void *bytes, int32_t len);
int32_t dist_io_read(JThread *t, int fd, void *bytes, int32_t max);

/* ---- The collectors ------------------------------------------------------------------------ */

/* An object with distribution state died on node n: forget its id; a proxy's references
 * are reported to its owner after the collection (dist_after_gc). */
void dist_freed(Node *n, Object *o, void *dist);
void dist_after_gc(JThread *t);
/* Objects a node holds for the model (statics proxies): roots of its collector. */
void dist_roots(Node *n, void (*mark)(void *ctx, Object *o), void *ctx);
bool dist_is_proxy(const Object *o); /* fields not valid here: the collector skips them */

/* ---- Figures -------------------------------------------------------------------------------- */

/* Thread bookkeeping for the figures: t started / finished. */
void dist_thread_begin(JThread *t);
void dist_thread_end(JThread *t, const char *name);
/* Writes the run's figures as JSON (`--stats-json`) or as a table (`--stats`). `run_json` is
 * the JSON object describing the run, written as it is. */
void dist_write_json(FILE *f, const char *run_json);
void dist_write_table(FILE *f);

#endif
