/* policy.h — what the distributed object model asks its policies, and nothing more.
 *
 * Owns: the callbacks the runtime raises on remote reads, writes and invocations (on the
 * node that issues them and on the owner that serves them) and at Thread.start, and the
 * per-object record a policy keeps. The runtime calls policies only through this file.
 * Never: a policy reads another node's memory; what it knows of other nodes it learns
 * through messages the protocol counts.
 */
#ifndef DJ_POLICY_H
#define DJ_POLICY_H

#include <stdio.h>

#include "vm.h"

typedef enum { PACC_READ, PACC_WRITE, PACC_INVOKE } PolicyAccess;

/* What to do about a remote access: do it remotely, bring the object here (migration), or
 * make a read-only replica here. */
typedef enum { PA_REMOTE, PA_MOVE, PA_CACHE } PolicyAction;

/* A policy's per-object record, kept with the object's distribution state on each node. */
typedef struct PolicyObj {
  uint32_t reads, writes, invokes; /* remote accesses seen here */
  uint32_t moves;                  /* times it moved (travels with the object) */
  double last_move;                /* simulated time of its last move */
} PolicyObj;

/* The test modes of `djsim sim --force`: one mechanism everywhere. */
typedef enum { FORCE_NONE, FORCE_PROXY, FORCE_RPC, FORCE_MIGRATE, FORCE_CACHE } DistForce;

void policy_init(int nodes);
/* Selects the object policy and the thread placement by name; -1 with a message naming
 * the valid choices if one is unknown. */
int policy_select(const char *policy, const char **params, int nparams, const char *place,
                  DistForce force, char *err, size_t len);
/* Prints the policies and placements with their parameters (or only the policies' names). */
void policy_list(FILE *f, bool names_only);

/* Requesting side: t is about to access o (a proxy) remotely. */
PolicyAction policy_on_remote_access(JThread *t, Object *o, PolicyObj *p, PolicyAccess kind,
                                     const Field *f);
void policy_note_access(JThread *t, Object *o, PolicyObj *p, PolicyAccess kind);
void policy_note_invoke(JThread *t, Object *o, PolicyObj *p, Method *m);
/* Whether m, invoked on the proxy o, runs at o's owner. */
bool policy_ships(JThread *t, Method *m, Object *o, PolicyObj *p);
/* Serving side: the owner served a remote access from node `from`. */
void policy_on_served(JThread *s, Object *o, PolicyObj *p, PolicyAccess kind, int from);
/* The node a thread started by t runs on. */
int policy_place_thread(JThread *t, Object *jthread);
/* Bytes of bookkeeping the policies keep on a node (a figure of the run). */
uint64_t policy_node_bytes(int node);

#endif
