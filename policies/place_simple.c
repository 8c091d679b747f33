/* place_simple.c — the two placements that need no knowledge: `local` keeps every thread
 * on the node that starts it; `round-robin` sends the i-th thread a node starts (i = 1, 2,
 * ...) to node (self + i) mod N, so threads started by main on node 0 land on 1, 2, ...,
 * N-1, 0, 1, ... (the main thread being thread 0 on node 0: thread i runs on node i mod N). */
#include "policies.h"

static int place_here(PolicyCtx *c, Object *jthread) {
  (void)jthread;
  return c->node;
}

const Placement place_local = {
    .name = "local",
    .seed = "DJ 4.4",
    .doc = "every thread on the node that starts it",
    .place = place_here,
};

static int place_next(PolicyCtx *c, Object *jthread) {
  (void)jthread;
  uint32_t *started = c->state;
  return (int)((c->node + ++*started) % (uint32_t)c->nodes);
}

const Placement place_round_robin = {
    .name = "round-robin",
    .seed = "cJVM 4",
    .doc = "the i-th thread a node starts goes to node (self + i) mod N",
    .state_bytes = sizeof(uint32_t),
    .place = place_next,
};
