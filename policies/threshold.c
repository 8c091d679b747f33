/* threshold.c — the worked example of docs/policies.md: move an object to a node once that
 * node has made `accesses` remote accesses to it. A middle way between nop (never move) and
 * mofa (move on the first access): objects touched once or twice from afar stay home. */
#include "policies.h"

static const PolicyParam params[] = {
    {"accesses", "remote accesses from one node that earn it the object", 8, 1, 1e9, true},
    {NULL},
};

typedef struct Count {
  uint64_t moves; /* objects this node pulled: its bookkeeping, reported in the figures */
} Count;

static PolicyAction remote_access(PolicyCtx *c, Object *o, PolicyObj *p, PolicyAccess kind,
                                  const Field *f) {
  (void)kind, (void)f;
  /* p counts this node's remote reads, writes and invocations of o (the runtime keeps it). */
  if (p->reads + p->writes + p->invokes < c->param[0]) return PA_REMOTE;
  Count *s = c->state;
  if (pol_move(c, o, c->node)) s->moves++; /* a command: one MOVE round trip */
  return PA_REMOTE;                        /* the access itself: local now if the move succeeded */
}

const ObjectPolicy policy_threshold = {
    .name = "threshold",
    .seed = "docs/policies.md",
    .doc = "move an object to a node after `accesses` remote accesses from it",
    .params = params,
    .state_bytes = sizeof(Count),
    .remote_access = remote_access,
};
