/* policies.h — the policies djsim ships, each in its own file, and the one table that
 * registers them with the runtime (core/policy.h). */
#ifndef DJ_POLICIES_H
#define DJ_POLICIES_H

#include "policy.h"

extern const ObjectPolicy policy_nop, policy_mofa, policy_mofa_predict, policy_readonly,
    policy_cache, policy_rpc_hot, policy_adaptive, policy_threshold, policy_spread;
extern const Placement place_local, place_round_robin, place_least_loaded, place_data_affinity;

/* Registers every shipped policy and placement (the first of each is the default). */
void policies_register_all(void);

#endif
