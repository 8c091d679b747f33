/* policy.c — the built-in policy choices: the `--force` modes and the two placements. */
#include "policy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct {
  int nodes;
  DistForce force;
  bool round_robin;
  uint32_t *started; /* per node: threads it started (round-robin) */
} P;

void policy_init(int nodes) {
  P.nodes = nodes;
  P.started = calloc((size_t)nodes, sizeof *P.started);
}

int policy_select(const char *policy, const char *place, DistForce force, char *err, size_t len) {
  P.force = force;
  if (policy && strcmp(policy, "nop") != 0) {
    snprintf(err, len, "unknown policy '%s' (valid: nop)", policy);
    return -1;
  }
  if (!place || strcmp(place, "local") == 0) {
    P.round_robin = false;
  } else if (strcmp(place, "round-robin") == 0) {
    P.round_robin = true;
  } else {
    snprintf(err, len, "unknown thread placement '%s' (valid: local, round-robin)", place);
    return -1;
  }
  return 0;
}

PolicyAction policy_on_remote_access(JThread *t, Object *o, PolicyObj *p, PolicyAccess kind,
                                     const Field *f) {
  (void)t, (void)o, (void)f;
  policy_note_access(t, o, p, kind);
  if (P.force == FORCE_MIGRATE) return PA_MOVE;
  if (P.force == FORCE_CACHE && kind == PACC_READ) return PA_CACHE;
  return PA_REMOTE;
}

void policy_note_access(JThread *t, Object *o, PolicyObj *p, PolicyAccess kind) {
  (void)t, (void)o;
  if (kind == PACC_READ)
    p->reads++;
  else if (kind == PACC_WRITE)
    p->writes++;
  else
    p->invokes++;
}

void policy_note_invoke(JThread *t, Object *o, PolicyObj *p, Method *m) {
  (void)t, (void)o, (void)m;
  p->invokes++;
}

bool policy_ships(JThread *t, Method *m, Object *o, PolicyObj *p) {
  (void)t, (void)m, (void)o, (void)p;
  return P.force == FORCE_RPC;
}

void policy_on_served(JThread *s, Object *o, PolicyObj *p, PolicyAccess kind, int from) {
  (void)s, (void)o, (void)p, (void)kind, (void)from;
}

int policy_place_thread(JThread *t, Object *jthread) {
  (void)jthread;
  if (!P.round_robin) return t->node_id;
  return (int)((t->node_id + ++P.started[t->node_id]) % (uint32_t)P.nodes);
}

uint64_t policy_node_bytes(int node) {
  (void)node;
  return sizeof(uint32_t);
}
