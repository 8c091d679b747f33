/* nop.c — DJ 5.1: nothing moves; every access to a remote object is a remote access. The
 * baseline every other policy is measured against. */
#include "policies.h"

const ObjectPolicy policy_nop = {
    .name = "nop",
    .seed = "DJ 5.1",
    .doc = "nothing moves; every access to a remote object is remote",
};
