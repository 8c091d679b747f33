/* policy.c — the built-in policy choices: the `--force` modes and the two placements. */
#include "policy.h"

#include "backend.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The object policies built in so far, with their parameters (issue #8 grows this list
 * into policies/). */
typedef struct PolicyDef {
  const char *name, *doc;
  const char *param, *param_doc; /* one optional numeric parameter */
  double param_default, param_min, param_max;
} PolicyDef;

static const PolicyDef policies[] = {
    {"nop", "DJ 5.1: nothing moves; every access to a remote object is remote", NULL, NULL, 0, 0,
     0},
    {"mofa",
     "DJ 5.2: move on first access: a remote access first moves the object to the accessing node",
     "min_interval", "seconds an object stays put after a move (stops ping-pong)", 0.0, 0.0, 1e6},
};
static const char *const placements[][2] = {
    {"local", "every thread on the node that starts it"},
    {"round-robin", "the i-th thread a node starts goes to node (self + i) mod N"},
};

static struct {
  int nodes;
  DistForce force;
  const PolicyDef *policy;
  double param;
  bool round_robin;
  uint32_t *started; /* per node: threads it started (round-robin) */
} P;

void policy_init(int nodes) {
  free(P.started);
  memset(&P, 0, sizeof P);
  P.nodes = nodes;
  P.policy = &policies[0];
  P.started = calloc((size_t)nodes, sizeof *P.started);
}

void policy_list(FILE *f, bool names_only) {
  for (size_t i = 0; i < sizeof policies / sizeof *policies; i++) {
    if (names_only) {
      fprintf(f, "%s\n", policies[i].name);
      continue;
    }
    fprintf(f, "  %-14s %s\n", policies[i].name, policies[i].doc);
    if (policies[i].param)
      fprintf(f, "  %-14s   %s=%g: %s (%g..%g)\n", "", policies[i].param, policies[i].param_default,
              policies[i].param_doc, policies[i].param_min, policies[i].param_max);
  }
  if (names_only) return;
  fprintf(f, "thread placements (--place):\n");
  for (size_t i = 0; i < sizeof placements / sizeof *placements; i++)
    fprintf(f, "  %-14s %s\n", placements[i][0], placements[i][1]);
}

int policy_select(const char *policy, const char **params, int nparams, const char *place,
                  DistForce force, char *err, size_t len) {
  P.force = force;
  P.policy = NULL;
  for (size_t i = 0; i < sizeof policies / sizeof *policies; i++)
    if (strcmp(policy ? policy : "nop", policies[i].name) == 0) P.policy = &policies[i];
  if (!P.policy) {
    int n = snprintf(err, len, "unknown policy '%s' (valid:", policy);
    for (size_t i = 0; i < sizeof policies / sizeof *policies && n > 0 && (size_t)n < len; i++)
      n += snprintf(err + n, len - (size_t)n, "%s %s", i ? "," : "", policies[i].name);
    if (n > 0 && (size_t)n < len) snprintf(err + n, len - (size_t)n, ")");
    return -1;
  }
  P.param = P.policy->param_default;
  for (int i = 0; i < nparams; i++) {
    const char *eq = strchr(params[i], '=');
    size_t klen = eq ? (size_t)(eq - params[i]) : strlen(params[i]);
    if (!P.policy->param || strlen(P.policy->param) != klen ||
        strncmp(params[i], P.policy->param, klen) != 0) {
      snprintf(err, len, "policy '%s' has no parameter '%.*s' (%s%s)", P.policy->name, (int)klen,
               params[i], P.policy->param ? "valid: " : "it takes none",
               P.policy->param ? P.policy->param : "");
      return -1;
    }
    char *end;
    double v = strtod(eq + 1, &end);
    bool plain =
        eq[1] && strspn(eq + 1, "0123456789.eE+-") == strlen(eq + 1); /* no inf, nan, hex */
    if (!plain || end == eq + 1 || *end || v < P.policy->param_min || v > P.policy->param_max) {
      snprintf(err, len, "parameter %s of policy '%s' must be a number from %g to %g, not '%s'",
               P.policy->param, P.policy->name, P.policy->param_min, P.policy->param_max, eq + 1);
      return -1;
    }
    P.param = v;
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
  if (P.force == FORCE_NONE && strcmp(P.policy->name, "mofa") == 0 &&
      (p->moves == 0 || bk_now() - p->last_move >= P.param))
    return PA_MOVE;
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
