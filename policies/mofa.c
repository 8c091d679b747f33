/* mofa.c — DJ 5.2, move on first access: the first remote access to an object moves it to
 * the node that made it. `min_interval` keeps an object where it is for that many simulated
 * seconds after a move, so two nodes that share it do not pass it back and forth on every
 * access (its move count and time travel with the object). */
#include "policies.h"

static const PolicyParam params[] = {
    {"min_interval", "simulated seconds an object stays put after a move (stops ping-pong)", 0, 0,
     1e6, false},
    {NULL},
};

static PolicyAction remote_access(PolicyCtx *c, Object *o, PolicyObj *p, PolicyAccess kind,
                                  const Field *f) {
  (void)o, (void)kind, (void)f;
  if (p->moves == 0 || c->now - p->last_move >= c->param[0]) return PA_MOVE;
  return PA_REMOTE;
}

const ObjectPolicy policy_mofa = {
    .name = "mofa",
    .seed = "DJ 5.2",
    .doc = "move on first access: a remote access moves the object to the accessing node",
    .params = params,
    .remote_access = remote_access,
};
