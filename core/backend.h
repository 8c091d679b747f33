/* backend.h — what the VM needs from the machine it runs on: nodes, tasks, messages, time.
 *
 * Two implementations exist, chosen at link time: simnet/ (SimGrid: every node is a host,
 * every task an actor, time is simulated) and the MPI backend (one node per rank, tasks are
 * pthreads under a per-node lock, time is real). The VM is written once against this file.
 *
 * Contract for callers (core/): every function except bk_config_* and bk_run must be called
 * from inside a task. A call may block the calling task (never the whole node's other
 * tasks). Nothing here ever touches VM objects: messages are plain bytes.
 * Contract for implementations: no VM headers are included; errors are reported through
 * bk_fatal-style messages naming what and where, never by aborting silently.
 */
#ifndef DJ_BACKEND_H
#define DJ_BACKEND_H

#include <stddef.h>
#include <stdint.h>

/* ---- Configuration, before bk_run ------------------------------------------------------ */

/* Per-node figures a platform carries (SimGrid <prop> entries on hosts or the platform's
 * zone, with defaults for files that lack them). */
typedef struct BkNodeInfo {
  const char *name;      /* host name */
  int cores;             /* CPU cores of the node */
  double speed;          /* flop/s of one core */
  double bytecode_flops; /* simulated cost of one bytecode (prop djsim.bytecode_flops) */
  uint64_t heap_bytes;   /* default heap size (prop djsim.heap) */
} BkNodeInfo;

typedef struct BkConfig {
  const char *platform; /* SimGrid platform file path (simnet); ignored by MPI */
  int nodes;            /* how many nodes to use (first N hosts in document order); 0 = all */
  const char **sg_args; /* extra --cfg=/--log= arguments for SimGrid, NULL-terminated, or NULL */
  double quantum;       /* seconds of CPU a task may run before it is made to yield; 0 = default */
} BkConfig;

/* Loads the platform and prepares `nodes` nodes. Returns 0, or -1 with a message in err
 * (e.g. "platforms/x.xml: no such file", "platform has 4 hosts, 8 nodes asked"). */
int bk_init(const BkConfig *cfg, char *err, size_t errlen);

/* Figures of a node (valid after bk_init). */
int bk_node_count(void);
const BkNodeInfo *bk_node_info(int node);

/* Message handler: runs on node `self` for every message sent to it, inside a task of that
 * node created for the message (so it may block, call bk_call itself, and so on). For a
 * request made by bk_call, the handler must answer exactly once with bk_reply(token, ...);
 * for a one-way message (bk_send) token is NULL. `msg` is valid only during the call. */
typedef struct BkReplyToken BkReplyToken;
typedef void (*BkHandler)(int self, int src, const void *msg, size_t len, BkReplyToken *token);
void bk_set_handler(BkHandler handler);

/* Starts the engine: runs main_fn(arg) as the first task on node 0, and returns when no
 * non-daemon task is left, when bk_exit is called, or when every remaining task is blocked
 * forever (the caller then inspects its own thread table to report a deadlock).
 * Returns the exit status given to bk_exit, or 0. */
typedef void (*BkTaskFn)(void *arg);
int bk_run(BkTaskFn main_fn, void *arg);

/* Frees what bk_init and bk_run made. */
void bk_shutdown(void);

/* ---- Tasks ----------------------------------------------------------------------------- */

/* Node of the calling task. */
int bk_self(void);

/* Starts fn(arg) as a new task on `node`. A daemon task does not keep the run alive.
 * Returns 0, or -1 if the node does not exist. */
int bk_spawn(int node, const char *name, BkTaskFn fn, void *arg, int daemon);

/* Per-task pointer for the VM (its current thread). */
void bk_set_task_data(void *data);
void *bk_task_data(void);

/* Ends the whole run now with `status` (System.exit). Does not return. */
void bk_exit(int status);

/* ---- Time and CPU ---------------------------------------------------------------------- */

/* Current time in seconds (simulated under simnet, since start of run). */
double bk_now(void);

/* Charges `bytecodes` executed bytecodes (and `extra_flops` of other work, e.g. GC) to the
 * calling task's node CPU: under simnet the task advances by the time that work takes on
 * its node, sharing the cores with the node's other busy tasks. */
void bk_compute(uint64_t bytecodes, double extra_flops);

void bk_sleep(double seconds);
void bk_yield(void);

/* ---- Messages -------------------------------------------------------------------------- */

/* Sends `len` bytes to node dst and blocks until its handler replies. The reply is a
 * malloc'd buffer the caller frees. The network is charged for len (resp. reply length)
 * plus the platform's per-message header. Returns 0, or -1 if dst does not exist. */
int bk_call(int dst, const void *req, size_t len, void **reply, size_t *reply_len);

/* Answers a request (from inside its handler). */
void bk_reply(BkReplyToken *token, const void *rep, size_t len);

/* One-way message: returns once the message is on its way (it is delivered in order with
 * other messages between the same two nodes). */
int bk_send(int dst, const void *msg, size_t len);

/* ---- Wait queues (monitors, joins, parking) --------------------------------------------- */

/* A FIFO of blocked tasks. Tasks of one node only; the VM builds cross-node waiting from
 * messages. */
typedef struct BkWaitQueue BkWaitQueue;
BkWaitQueue *bk_wq_new(void);
void bk_wq_free(BkWaitQueue *q);

/* Blocks the calling task until woken or until `timeout` seconds pass (timeout < 0: no
 * limit). Returns 1 if woken by bk_wq_wake*, 0 on timeout. */
int bk_wq_wait(BkWaitQueue *q, double timeout);

/* Wakes the longest-waiting task (returns 1) or nobody (returns 0). */
int bk_wq_wake_one(BkWaitQueue *q);
/* Wakes every waiting task; returns how many. */
int bk_wq_wake_all(BkWaitQueue *q);

/* ---- Figures ----------------------------------------------------------------------------- */

typedef struct BkStats {
  uint64_t messages; /* messages sent (calls count 2: request and reply) */
  uint64_t bytes;    /* payload bytes sent, without headers */
} BkStats;
void bk_stats(BkStats *out);
/* CPU time a node spent computing, in seconds. */
double bk_node_busy(int node);

#endif
