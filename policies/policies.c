/* policies.c — the table of shipped policies: adding a policy is one line here. */
#include "policies.h"

static const ObjectPolicy *const objects[] = {
    &policy_nop,     &policy_mofa,     &policy_mofa_predict, &policy_readonly, &policy_cache,
    &policy_rpc_hot, &policy_adaptive, &policy_threshold,    &policy_spread,
};

static const Placement *const placements[] = {
    &place_local,
    &place_round_robin,
    &place_least_loaded,
    &place_data_affinity,
};

void policies_register_all(void) {
  for (size_t i = 0; i < sizeof objects / sizeof *objects; i++) policy_register(objects[i]);
  for (size_t i = 0; i < sizeof placements / sizeof *placements; i++)
    policy_register_placement(placements[i]);
}
