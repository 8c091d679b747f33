/* cache.c — DJ's caching mode for read-mostly objects: a node that reads a remote object at
 * least `ratio` times as often as it writes it (counting its own remote accesses, and
 * having read it at least `ratio` times) makes a replica; a write anywhere invalidates every
 * replica (the runtime's write-invalidate), and the node starts counting again. */
#include "policies.h"

static const PolicyParam params[] = {
    {"ratio", "reads per write (and reads before the first replica) that earn a replica", 4, 1, 1e6,
     false},
    {NULL},
};

static PolicyAction remote_access(PolicyCtx *c, Object *o, PolicyObj *p, PolicyAccess kind,
                                  const Field *f) {
  (void)o, (void)f;
  if (kind == PACC_READ && p->reads >= c->param[0] * (p->writes + 1)) return PA_CACHE;
  return PA_REMOTE;
}

const ObjectPolicy policy_cache = {
    .name = "cache",
    .seed = "DJ 3 (caching mode)",
    .doc = "replicate objects read `ratio` times more than written; writes invalidate",
    .params = params,
    .remote_access = remote_access,
};
