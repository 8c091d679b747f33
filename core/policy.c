/* policy.c — the table policies register in, the choice of one object policy and one
 * thread placement with their parameters, and the calls from the runtime into them (with
 * the `--force` test modes, which bypass the policy). */
#include "policy.h"

#include "backend.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_REGISTERED 32

static struct {
  const ObjectPolicy *objects[MAX_REGISTERED];
  const Placement *placements[MAX_REGISTERED];
  int nobjects, nplacements;
} R;

bool policy_places_new;

/* The choice made for the run, and each node's state of the two policies. */
static struct {
  int nodes;
  DistForce force;
  const ObjectPolicy *policy;
  const Placement *place;
  double param[POLICY_MAX_PARAMS], place_param[POLICY_MAX_PARAMS];
  char **state, **place_state;  /* per node */
  const ObjectPolicy *state_of; /* the policy `state` was made for */
} P;

void policy_register(const ObjectPolicy *p) {
  for (int i = 0; i < R.nobjects; i++)
    if (R.objects[i] == p) return;
  if (R.nobjects < MAX_REGISTERED) R.objects[R.nobjects++] = p;
}

void policy_register_placement(const Placement *p) {
  for (int i = 0; i < R.nplacements; i++)
    if (R.placements[i] == p) return;
  if (R.nplacements < MAX_REGISTERED) R.placements[R.nplacements++] = p;
}

static PolicyCtx ctx(JThread *t, int node, bool placement) {
  PolicyCtx c = {.t = t, .node = node, .nodes = P.nodes, .now = bk_now()};
  c.param = placement ? P.place_param : P.param;
  char **st = placement ? P.place_state : P.state;
  c.state = st ? st[node] : NULL;
  return c;
}

void policy_shutdown(void) {
  for (int i = 0; i < P.nodes && P.state_of && P.state_of->fini && P.state; i++) {
    PolicyCtx c = ctx(NULL, i, false);
    P.state_of->fini(&c);
  }
  P.state_of = NULL;
  for (int i = 0; i < P.nodes; i++) {
    if (P.state) free(P.state[i]);
    if (P.place_state) free(P.place_state[i]);
  }
  free(P.state);
  free(P.place_state);
  P.state = P.place_state = NULL;
  P.nodes = 0;
}

void policy_init(int nodes) {
  policy_shutdown();
  P.nodes = nodes;
  if (!P.policy && R.nobjects) P.policy = R.objects[0];
  if (!P.place && R.nplacements) P.place = R.placements[0];
  P.state = calloc((size_t)nodes, sizeof *P.state);
  P.state_of = P.policy;
  P.place_state = calloc((size_t)nodes, sizeof *P.place_state);
  for (int i = 0; i < nodes; i++) {
    if (P.policy) P.state[i] = calloc(1, P.policy->state_bytes + 1);
    if (P.place) P.place_state[i] = calloc(1, P.place->state_bytes + 1);
  }
  if (P.policy && P.policy->init)
    for (int i = 0; i < nodes; i++) {
      PolicyCtx c = ctx(NULL, i, false);
      P.policy->init(&c);
    }
}

static void list_params(FILE *f, const PolicyParam *ps) {
  for (const PolicyParam *q = ps; q && q->name; q++)
    fprintf(f, "  %-16s   %s=%g: %s (%s %g..%g)\n", "", q->name, q->def, q->doc,
            q->integer ? "integer" : "number", q->min, q->max);
}

void policy_list(FILE *f, bool names_only) {
  for (int i = 0; i < R.nobjects; i++) {
    const ObjectPolicy *p = R.objects[i];
    if (names_only) {
      fprintf(f, "%s\n", p->name);
      continue;
    }
    fprintf(f, "  %-16s %s (%s)\n", p->name, p->doc, p->seed);
    list_params(f, p->params);
  }
  if (names_only) return;
  fprintf(f, "thread placements (--place):\n");
  for (int i = 0; i < R.nplacements; i++) {
    const Placement *p = R.placements[i];
    fprintf(f, "  %-16s %s (%s)\n", p->name, p->doc, p->seed);
    list_params(f, p->params);
  }
}

/* "name1, name2, ..." of a parameter list, for messages. */
static void param_names(const PolicyParam *ps, char *out, size_t len) {
  int n = 0;
  out[0] = 0;
  for (const PolicyParam *q = ps; q && q->name && n >= 0 && (size_t)n < len; q++)
    n += snprintf(out + n, len - (size_t)n, "%s%s", q == ps ? "" : ", ", q->name);
}

/* Applies "key=value" to the parameters of `what` (a policy or placement named name). */
static int set_param(const char *name, const PolicyParam *ps, double *vals, const char *kv,
                     char *err, size_t len) {
  const char *eq = strchr(kv, '=');
  size_t klen = eq ? (size_t)(eq - kv) : strlen(kv);
  const PolicyParam *q = ps;
  for (; q && q->name; q++)
    if (strlen(q->name) == klen && strncmp(kv, q->name, klen) == 0) break;
  if (!q || !q->name) {
    char valid[256];
    param_names(ps, valid, sizeof valid);
    snprintf(err, len, "policy '%s' has no parameter '%.*s' (%s%s)", name, (int)klen, kv,
             valid[0] ? "valid: " : "it takes none", valid);
    return -1;
  }
  char *end;
  double v = eq ? strtod(eq + 1, &end) : 0;
  bool plain = eq && eq[1] && strspn(eq + 1, "0123456789.eE+-") == strlen(eq + 1);
  if (!plain || *end || v < q->min || v > q->max || (q->integer && v != (double)(long long)v)) {
    snprintf(err, len, "parameter %s of policy '%s' must be %s from %g to %g, not '%s'", q->name,
             name, q->integer ? "an integer" : "a number", q->min, q->max, eq ? eq + 1 : "");
    return -1;
  }
  vals[q - ps] = v;
  return 0;
}

static void defaults(const PolicyParam *ps, double *vals) {
  for (int i = 0; ps && ps[i].name && i < POLICY_MAX_PARAMS; i++) vals[i] = ps[i].def;
}

int policy_select(const char *policy, const char **params, int nparams, const char *place,
                  DistForce force, char *err, size_t len) {
  P.force = force;
  const char *want = policy ? policy : "nop";
  const ObjectPolicy *op = NULL;
  for (int i = 0; i < R.nobjects; i++)
    if (strcmp(want, R.objects[i]->name) == 0) op = R.objects[i];
  if (!op) {
    int n = snprintf(err, len, "unknown policy '%s' (valid:", want);
    for (int i = 0; i < R.nobjects && n > 0 && (size_t)n < len; i++)
      n += snprintf(err + n, len - (size_t)n, "%s %s", i ? "," : "", R.objects[i]->name);
    if (n > 0 && (size_t)n < len) snprintf(err + n, len - (size_t)n, ")");
    return -1;
  }
  const char *pwant = place ? place : "local";
  const Placement *pl = NULL;
  for (int i = 0; i < R.nplacements; i++)
    if (strcmp(pwant, R.placements[i]->name) == 0) pl = R.placements[i];
  if (!pl) {
    int n = snprintf(err, len, "unknown thread placement '%s' (valid:", pwant);
    for (int i = 0; i < R.nplacements && n > 0 && (size_t)n < len; i++)
      n += snprintf(err + n, len - (size_t)n, "%s %s", i ? "," : "", R.placements[i]->name);
    if (n > 0 && (size_t)n < len) snprintf(err + n, len - (size_t)n, ")");
    return -1;
  }
  P.policy = op;
  P.place = pl;
  defaults(op->params, P.param);
  defaults(pl->params, P.place_param);
  /* A parameter goes to the object policy, or to the placement if only it has the name. */
  for (int i = 0; i < nparams; i++) {
    const char *eq = strchr(params[i], '=');
    size_t klen = eq ? (size_t)(eq - params[i]) : strlen(params[i]);
    bool placement_only = false;
    for (const PolicyParam *q = pl->params; q && q->name; q++)
      if (strlen(q->name) == klen && strncmp(params[i], q->name, klen) == 0) placement_only = true;
    for (const PolicyParam *q = op->params; q && q->name; q++)
      if (strlen(q->name) == klen && strncmp(params[i], q->name, klen) == 0) placement_only = false;
    int rc = placement_only ? set_param(pl->name, pl->params, P.place_param, params[i], err, len)
                            : set_param(op->name, op->params, P.param, params[i], err, len);
    if (rc) return -1;
  }
  if (P.nodes) policy_init(P.nodes); /* the state for the chosen policies */
  policy_places_new = policy_places_objects();
  return 0;
}

/* ---- Calls from the runtime --------------------------------------------------------------- */

void policy_note_access(JThread *t, Object *o, PolicyObj *p, PolicyAccess kind) {
  (void)t, (void)o;
  if (kind == PACC_READ)
    p->reads++;
  else if (kind == PACC_WRITE)
    p->writes++;
  else
    p->invokes++;
}

PolicyAction policy_on_remote_access(JThread *t, Object *o, PolicyObj *p, PolicyAccess kind,
                                     const Field *f) {
  policy_note_access(t, o, p, kind);
  switch (P.force) {
  case FORCE_MIGRATE: return PA_MOVE;
  case FORCE_CACHE: return kind == PACC_READ ? PA_CACHE : PA_REMOTE;
  case FORCE_PROXY:
  case FORCE_RPC: return PA_REMOTE;
  case FORCE_NONE: break;
  }
  if (!P.policy || !P.policy->remote_access) return PA_REMOTE;
  PolicyCtx c = ctx(t, t->node_id, false);
  return P.policy->remote_access(&c, o, p, kind, f);
}

bool policy_ships(JThread *t, Method *m, Object *o, PolicyObj *p) {
  if (P.force != FORCE_NONE) return P.force == FORCE_RPC;
  if (!P.policy || !P.policy->ships) return false;
  PolicyCtx c = ctx(t, t->node_id, false);
  return P.policy->ships(&c, o, p, m);
}

void policy_on_served(JThread *s, Object *o, PolicyObj *p, PolicyAccess kind, int from) {
  if (P.force != FORCE_NONE || !P.policy || !P.policy->served) return;
  PolicyCtx c = ctx(s, s->node_id, false);
  P.policy->served(&c, o, p, kind, from);
}

bool policy_may_cache(JThread *s, Object *o, PolicyObj *p, int from) {
  if (P.force != FORCE_NONE || !P.policy || !P.policy->may_cache) return true;
  PolicyCtx c = ctx(s, s->node_id, false);
  return P.policy->may_cache(&c, o, p, from);
}

int policy_place_thread(JThread *t, Object *jthread) {
  if (!P.place || !P.place->place) return t->node_id;
  PolicyCtx c = ctx(t, t->node_id, true);
  int node = P.place->place(&c, jthread);
  return node >= 0 && node < P.nodes ? node : t->node_id;
}

bool policy_places_objects(void) {
  return P.force == FORCE_NONE && P.policy && P.policy->place_object;
}

int policy_place_object(JThread *t, Class *cls) {
  if (!policy_places_objects()) return -1;
  PolicyCtx c = ctx(t, t->node_id, false);
  int node = P.policy->place_object(&c, cls);
  return node >= 0 && node < P.nodes && node != t->node_id ? node : -1;
}

void policy_queued(JThread *t, Object *task) {
  if (P.force != FORCE_NONE || !P.policy || !P.policy->queued) return;
  PolicyCtx c = ctx(t, t->node_id, false);
  P.policy->queued(&c, task);
}

uint64_t policy_node_bytes(int node) {
  uint64_t b = 0;
  if (P.policy && node < P.nodes) {
    b += P.policy->state_bytes;
    if (P.policy->bytes) {
      PolicyCtx c = ctx(NULL, node, false);
      b += P.policy->bytes(&c);
    }
  }
  if (P.place) b += P.place->state_bytes;
  return b;
}
