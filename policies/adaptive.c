/* adaptive.c — cJVM's future work, made concrete: per object and per node, choose between
 * remote access, migration, replication and method shipping by what each has cost so far,
 * switching at run time.
 *
 * The rule is the ski-rental one: keep paying for remote accesses ("renting") until what
 * they have cost equals what bringing the object here would cost ("buying"), then bring it.
 * Whatever the pattern, this pays at most about twice the best fixed choice made in
 * hindsight. Costs are in simulated seconds measured on this node: a remote access costs
 * the mean latency of this node's requests to the owner; bringing the object costs one such
 * round trip plus its state, valued at `bytes_per_access` bytes per round trip. An object
 * this node has only read is replicated instead of moved (no ping-pong between readers;
 * a write invalidates). A method whose calls on a remote receiver average more than two
 * remote accesses is shipped instead (one round trip per call). */
#include "calls.h"
#include "policies.h"

enum { P_BYTES_PER_ACCESS, P_PATIENCE };

static const PolicyParam params[] = {
    {"bytes_per_access", "state bytes that cost as much to ship as one remote access", 1024, 1, 1e9,
     false},
    {"patience", "how many times the cost of bringing an object to spend renting it first", 1, 0,
     1e6, false},
    {NULL},
};

static PolicyAction remote_access(PolicyCtx *c, Object *o, PolicyObj *p, PolicyAccess kind,
                                  const Field *f) {
  (void)f;
  calls_note_access(c->state, c, o);
  /* Renting: one access at the owner's measured latency (the first one is free of data). */
  double rtt = pol_latency(c, pol_where(c, o));
  if (rtt <= 0) return PA_REMOTE;
  p->cost += rtt;
  double buy = rtt * (1 + (double)pol_size(o) / c->param[P_BYTES_PER_ACCESS]);
  if (p->cost < buy * c->param[P_PATIENCE]) return PA_REMOTE;
  p->cost = 0;
  bool read_only = p->writes == 0 && p->invokes == 0 && kind == PACC_READ;
  if (read_only && !p->mark) {
    if (!pol_cache(c, o) && !pol_is_local(o)) p->mark = 1; /* refused: move it next time */
    return PA_REMOTE;
  }
  pol_move(c, o, c->node);
  return PA_REMOTE;
}

static bool ships(PolicyCtx *c, Object *o, PolicyObj *p, Method *m) {
  (void)o, (void)p;
  Calls *k = calls_of(c->state, m);
  if (k->calls >= 2 && k->accesses > 2 * k->calls) {
    pol_rpc(c, m, 0);
    return true;
  }
  k->calls++;
  return false;
}

const ObjectPolicy policy_adaptive = {
    .name = "adaptive",
    .seed = "cJVM 6 (future work)",
    .doc = "per object, rent remote access until it has cost what a move or replica costs",
    .params = params,
    .state_bytes = sizeof(CallTable),
    .remote_access = remote_access,
    .ships = ships,
    .fini = calls_fini,
    .bytes = calls_bytes,
};
