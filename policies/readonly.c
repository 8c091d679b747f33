/* readonly.c — cJVM's read-only proxies (section 4): a node that reads a remote object gets
 * a read-only replica of it, so later reads are local. What may be replicated is decided at
 * the owner: immutable objects (String, boxes, objects whose fields are all final) always;
 * other objects only while they have never been written since their first replica was made
 * (the owner knows: a write to a replicated object invalidates the replicas first). An
 * object written after sharing is refused from then on, and the node that was refused
 * remembers it and keeps reading it remotely. */
#include "policies.h"

static PolicyAction remote_access(PolicyCtx *c, Object *o, PolicyObj *p, PolicyAccess kind,
                                  const Field *f) {
  (void)f;
  if (kind != PACC_READ || p->mark) return PA_REMOTE;
  if (!pol_cache(c, o) && !pol_is_local(o)) p->mark = 1; /* refused: it is written */
  return PA_REMOTE;
}

static bool may_cache(PolicyCtx *c, Object *o, PolicyObj *p, int from) {
  (void)c, (void)from;
  return pol_immutable(o->cls) || p->invalidations == 0;
}

const ObjectPolicy policy_readonly = {
    .name = "readonly",
    .seed = "cJVM 4",
    .doc = "replicate immutable objects, and objects never written since they were shared",
    .remote_access = remote_access,
    .may_cache = may_cache,
};
