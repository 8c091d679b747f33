/* rpc_hot.c — cJVM's method shipping (section 3): a method invoked on a remote object runs
 * where it is invoked, each of its field accesses a remote access, until the policy sees
 * that its invocations make more than `accesses` remote accesses to their receiver on
 * average; from then on, on that node, it is RPC and runs at the receiver's owner (one
 * INVOKE per call). With accesses=0 every invocation on a remote object is shipped. */
#include <stdlib.h>

#include "policies.h"

typedef struct Hot {
  const Method *m;
  uint32_t calls, accesses; /* local runs on remote receivers, and their remote accesses */
} Hot;

typedef struct HotTable {
  Hot *h;
  uint32_t len, cap;
} HotTable;

static const PolicyParam params[] = {
    {"accesses", "remote accesses per invocation above which a method is shipped", 2, 0, 1e6,
     false},
    {NULL},
};

static Hot *hot(HotTable *s, const Method *m) {
  for (uint32_t i = 0; i < s->len; i++)
    if (s->h[i].m == m) return &s->h[i];
  if (s->len == s->cap) {
    s->cap = s->cap ? 2 * s->cap : 16;
    s->h = realloc(s->h, s->cap * sizeof *s->h);
  }
  s->h[s->len] = (Hot){m, 0, 0};
  return &s->h[s->len++];
}

static bool ships(PolicyCtx *c, Object *o, PolicyObj *p, Method *m) {
  (void)o, (void)p;
  Hot *h = hot(c->state, m);
  if (c->param[0] == 0 || (h->calls && h->accesses > c->param[0] * h->calls)) {
    pol_rpc(c, m, 0); /* later calls need no callback */
    return true;
  }
  h->calls++;
  return false;
}

/* A remote access made by a method running on that same (remote) receiver counts for it. */
static PolicyAction remote_access(PolicyCtx *c, Object *o, PolicyObj *p, PolicyAccess kind,
                                  const Field *f) {
  (void)p, (void)kind, (void)f;
  Frame *fr = c->t->frame;
  if (fr && !(fr->m->access & ACC_STATIC) && fr->locals[0].r == o) hot(c->state, fr->m)->accesses++;
  return PA_REMOTE;
}

static void fini(PolicyCtx *c) {
  free(((HotTable *)c->state)->h);
}

static size_t bytes(PolicyCtx *c) {
  return ((HotTable *)c->state)->cap * sizeof(Hot);
}

const ObjectPolicy policy_rpc_hot = {
    .name = "rpc-hot",
    .seed = "cJVM 3",
    .doc = "ship a method once its calls on remote objects average > `accesses` remote accesses",
    .params = params,
    .state_bytes = sizeof(HotTable),
    .remote_access = remote_access,
    .ships = ships,
    .fini = fini,
    .bytes = bytes,
};
