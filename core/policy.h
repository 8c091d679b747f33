/* policy.h — the policy interface: what the runtime tells a policy, and what a policy may
 * ask of the runtime (DJ's appendices A and B, in C).
 *
 * Owns: the callbacks the runtime raises (remote reads, writes and invocations, on the node
 * that issued them and on the owner that served them; thread placement at Thread.start;
 * placement of new objects; work queued by executors), the commands a policy may issue
 * (where is this object, move it, move what a field points to, cache it, drop a cache,
 * make a method RPC, stop RPC), the table policies register in, and their parameters.
 * Never: a policy reads another node's memory. Callbacks run on one node and see that node
 * only; what a policy learns of other nodes it learns through messages the protocol counts,
 * and every command costs what its messages cost.
 *
 * The runtime calls policies only through this file; policies (policies/) call the runtime
 * only through it too. A policy is a const ObjectPolicy (or Placement) registered by name
 * before the run; see docs/policies.md for a worked example.
 */
#ifndef DJ_POLICY_H
#define DJ_POLICY_H

#include <stdio.h>

#include "vm.h"

typedef enum { PACC_READ, PACC_WRITE, PACC_INVOKE } PolicyAccess;

/* What the runtime does about a remote access once the policy has seen it: the access
 * itself (remote, or local if a command brought the object here), or the default actions
 * a policy may simply return. */
typedef enum { PA_REMOTE, PA_MOVE, PA_CACHE } PolicyAction;

/* A policy's record of one object on one node, kept with the object's distribution state.
 * The runtime keeps the counts; the `cost`, `mark` and `word` fields are the policy's own. */
typedef struct PolicyObj {
  uint32_t reads, writes, invokes; /* remote accesses issued (requesting side) or served */
  uint32_t moves;                  /* times it moved (travels with the object) */
  uint32_t invalidations;          /* times its replicas were invalidated (at the master) */
  double last_move;                /* simulated time of its last move */
  double cost;                     /* the policy's own accumulator (e.g. seconds spent) */
  uint32_t mark, word;             /* the policy's own */
} PolicyObj;

/* The test modes of `djsim sim --force`: one mechanism everywhere, policies bypassed. */
typedef enum { FORCE_NONE, FORCE_PROXY, FORCE_RPC, FORCE_MIGRATE, FORCE_CACHE } DistForce;

/* ---- What a callback gets ------------------------------------------------------------------ */

typedef struct PolicyCtx {
  JThread *t;          /* the thread of the event (on the owner side: its service thread,
                          which carries the caller's logical id; t->frame is the stack) */
  int node, nodes;     /* this node, and how many there are */
  double now;          /* simulated time */
  const double *param; /* the parameters, in the order the policy declared them */
  void *state;         /* the policy's state on this node: state_bytes zeroed bytes */
} PolicyCtx;

/* A parameter: a number with a default and a range (an integer if `integer`). */
typedef struct PolicyParam {
  const char *name, *doc;
  double def, min, max;
  bool integer;
} PolicyParam;
#define POLICY_MAX_PARAMS 8

typedef struct ObjectPolicy {
  const char *name, *seed, *doc;
  const PolicyParam *params; /* ends with a {NULL} entry; NULL if none */
  size_t state_bytes;        /* per-node state, zeroed, handed to every callback */
  /* Optional, at the start and at the end of the run on each node. */
  void (*init)(PolicyCtx *c);
  void (*fini)(PolicyCtx *c);
  /* Requesting side: t is about to read, write or invoke on o, whose master is elsewhere
   * (f: the field, NULL for array elements). The policy may issue commands; it returns
   * what the runtime should do if it issued none: PA_REMOTE, PA_MOVE (bring o here) or
   * PA_CACHE (make a replica here; reads only). */
  PolicyAction (*remote_access)(PolicyCtx *c, Object *o, PolicyObj *p, PolicyAccess kind,
                                const Field *f);
  /* Requesting side: whether an invocation of m on the remote object o runs at o's owner
   * (also consulted for methods the policy made RPC with pol_rpc: no callback needed). */
  bool (*ships)(PolicyCtx *c, Object *o, PolicyObj *p, Method *m);
  /* Owner side: it served a remote access to o from node `from`. */
  void (*served)(PolicyCtx *c, Object *o, PolicyObj *p, PolicyAccess kind, int from);
  /* Owner side: whether node `from` may have a replica of o (NULL: always). */
  bool (*may_cache)(PolicyCtx *c, Object *o, PolicyObj *p, int from);
  /* The node a new instance of cls made by c->t should live on (cJVM's remote `new`);
   * NULL or c->node: here. Raised only for classes the program loaded (not the class
   * library's). */
  int (*place_object)(PolicyCtx *c, Class *cls);
  /* An executor or fork/join pool queued `task` (a Runnable, Callable or ForkJoinTask). */
  void (*queued)(PolicyCtx *c, Object *task);
  /* Bytes of bookkeeping the policy holds on this node beyond state_bytes (NULL: none). */
  size_t (*bytes)(PolicyCtx *c);
} ObjectPolicy;

typedef struct Placement {
  const char *name, *seed, *doc;
  const PolicyParam *params;
  size_t state_bytes;
  /* The node the thread `jthread`, started by c->t, runs on. */
  int (*place)(PolicyCtx *c, Object *jthread);
} Placement;

/* ---- Registration and choice (before the run) ----------------------------------------------- */

void policy_register(const ObjectPolicy *p);
void policy_register_placement(const Placement *p);

void policy_init(int nodes);
/* Selects the object policy (with "key=value" parameters) and the thread placement by name;
 * -1 with a message naming the valid choices if a name, a parameter or a value is wrong. */
int policy_select(const char *policy, const char **params, int nparams, const char *place,
                  DistForce force, char *err, size_t len);
/* Prints the policies and placements with their parameters (or only the policies' names). */
void policy_list(FILE *f, bool names_only);
void policy_shutdown(void);

/* ---- Commands: a policy's requests to the runtime (implemented by dist.c) ---------------------
 * Each runs on c->node, at the price of the messages it sends. Commands on an object that
 * is on its way between nodes wait for it to arrive; a command that cannot be carried out
 * (the object's monitor is in use, it has replicas, it is a class or a pinned stream)
 * returns false and changes nothing. */

/* The node o's master is on, as this node knows it (free, possibly stale: a request there
 * is forwarded). */
int pol_where(PolicyCtx *c, Object *o);
/* Moves o's master to `node`: pulled here (one MOVE), pushed from here (one PUSH), or, from
 * a third node, pulled then pushed. */
bool pol_move(PolicyCtx *c, Object *o, int node);
/* Pulls o here and, in the same round trip, the objects the owner reaches from it through
 * the fields `follow` (pairs of class and field), up to `depth` references away and `max`
 * objects in all (DJ 5.3's prediction). Returns how many objects came (0: none, e.g. the
 * owner refused), their global ids in `moved` (room for `max`) unless it is NULL. */
typedef struct PolicyFollow {
  const Class *cls;
  const Field *field;
} PolicyFollow;
int pol_move_with(PolicyCtx *c, Object *o, const PolicyFollow *follow, int nfollow, int depth,
                  int max, uint64_t *moved);
/* Moves what o.f points to (o local here) to `node`. */
bool pol_move_field(PolicyCtx *c, Object *o, const Field *f, int node);
/* A read-only replica of o here (one CACHE), or drops this node's replica (one DROP). */
bool pol_cache(PolicyCtx *c, Object *o);
void pol_drop(PolicyCtx *c, Object *o);
/* From now on, on this node, invocations of m run at the owner of argument `arg` (0: the
 * receiver, or a static method's first argument) whenever that object is remote; pol_stop_rpc
 * undoes it. */
void pol_rpc(PolicyCtx *c, Method *m, int arg);
void pol_stop_rpc(PolicyCtx *c, Method *m);

/* Local knowledge a policy may use for free. */
uint64_t pol_gid(Object *o);                    /* 0 if o never left its node */
Object *pol_object(PolicyCtx *c, uint64_t gid); /* the object of gid on this node, or NULL */
bool pol_is_local(Object *o);                   /* the master is here */
bool pol_immutable(Class *cls);                 /* String, a box, or every instance field final */
size_t pol_size(Object *o);                     /* bytes of o's state */
/* Mean latency of this node's remote requests to `node` so far (seconds; 0 if none yet). */
double pol_latency(PolicyCtx *c, int node);
/* Runnable threads on this node, and cores of `node` (from the platform). */
int pol_runnable_here(PolicyCtx *c);
int pol_cores(PolicyCtx *c, int node);
/* What this node last heard of another node's runnable threads (piggy-backed on START
 * replies), or -1 if nothing yet. */
int pol_runnable_seen(PolicyCtx *c, int node);

/* ---- The runtime's side (dist.c calls these) ----------------------------------------------- */

PolicyAction policy_on_remote_access(JThread *t, Object *o, PolicyObj *p, PolicyAccess kind,
                                     const Field *f);
void policy_note_access(JThread *t, Object *o, PolicyObj *p, PolicyAccess kind);
bool policy_ships(JThread *t, Method *m, Object *o, PolicyObj *p);
void policy_on_served(JThread *s, Object *o, PolicyObj *p, PolicyAccess kind, int from);
bool policy_may_cache(JThread *s, Object *o, PolicyObj *p, int from);
int policy_place_thread(JThread *t, Object *jthread);
int policy_place_object(JThread *t, Class *c); /* -1: here */
bool policy_places_objects(void);
/* Whether the chosen policy places new objects (the interpreter's `new` checks it). */
extern bool policy_places_new;
void policy_queued(JThread *t, Object *task);
/* Bytes of bookkeeping the policies keep on a node (a figure of the run). */
uint64_t policy_node_bytes(int node);

#endif
