/* rpc_hot.c — cJVM's method shipping (section 3): a method invoked on a remote object runs
 * where it is invoked, each of its field accesses a remote access, until the policy sees
 * that its invocations make more than `accesses` remote accesses to their receiver on
 * average; from then on, on that node, it is RPC and runs at the receiver's owner (one
 * INVOKE per call). With accesses=0 every invocation on a remote object is shipped. */
#include "calls.h"
#include "policies.h"

static const PolicyParam params[] = {
    {"accesses", "remote accesses per invocation above which a method is shipped", 2, 0, 1e6,
     false},
    {NULL},
};

static bool ships(PolicyCtx *c, Object *o, PolicyObj *p, Method *m) {
  (void)o, (void)p;
  Calls *h = calls_of(c->state, m);
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
  calls_note_access(c->state, c, o);
  return PA_REMOTE;
}

const ObjectPolicy policy_rpc_hot = {
    .name = "rpc-hot",
    .seed = "cJVM 3",
    .doc = "ship a method once its calls on remote objects average > `accesses` remote accesses",
    .params = params,
    .state_bytes = sizeof(CallTable),
    .remote_access = remote_access,
    .ships = ships,
    .fini = calls_fini,
    .bytes = calls_bytes,
};
