/* place_informed.c — the two placements that use what a node knows of the cluster.
 *
 * `least-loaded` (cJVM's load-balancing function): the node with the fewest runnable
 * threads per core. A node knows its own count exactly; of another node it knows what that
 * node reported in the reply to the last START this node sent it (the count is piggy-backed
 * on the reply: no extra message, but the view is as old as that thread start). Nodes not
 * heard from count as idle. Ties go to the first node after this one.
 *
 * `data-affinity` (DJ 4.4): the node where most of the objects reachable from the new
 * thread live. The walk starts at the Thread object (its Runnable target, or its own
 * fields), follows references through objects whose master is here, and counts each
 * object that is not a String, box or Thread by the node its master is on (a proxy counts
 * for its owner and is not followed): at most `reach` objects. Ties go to this node. */
#include <stdlib.h>
#include <string.h>

#include "policies.h"

static int least_loaded(PolicyCtx *c, Object *jthread) {
  (void)jthread;
  int best = c->node;
  double best_load = (double)pol_runnable_here(c) / pol_cores(c, c->node);
  for (int k = 1; k < c->nodes; k++) {
    int n = (c->node + k) % c->nodes;
    int seen = pol_runnable_seen(c, n);
    double load = (double)(seen < 0 ? 0 : seen) / pol_cores(c, n);
    if (load < best_load) best = n, best_load = load;
  }
  return best;
}

const Placement place_least_loaded = {
    .name = "least-loaded",
    .seed = "cJVM 4",
    .doc = "the node with the fewest runnable threads per core (loads piggy-backed on START)",
    .place = least_loaded,
};

static const PolicyParam affinity_params[] = {
    {"reach", "objects the walk from the new thread visits at most", 256, 1, 65536, true},
    {NULL},
};

static bool counts_as_data(const Class *k) {
  if (k->kind == KIND_ARRAY) return true;
  if (!k->boot) return true;
  return strncmp(k->name, "java/lang/", 10) != 0;
}

static int data_affinity(PolicyCtx *c, Object *jthread) {
  int limit = (int)c->param[0];
  Object **seen = malloc((size_t)limit * sizeof *seen);
  int *votes = calloc((size_t)c->nodes, sizeof *votes);
  int len = 0;
  seen[len++] = jthread;
  for (int i = 0; i < len; i++) {
    Object *o = seen[i];
    if (i > 0 && counts_as_data(o->cls)) votes[pol_where(c, o)]++;
    if (!pol_is_local(o)) continue; /* a proxy: its fields are not here */
    Class *k = o->cls;
    uint32_t n =
        k->kind == KIND_ARRAY ? (k->prim == 'L' ? (uint32_t)ARRAY_LEN(o) : 0) : k->ref_count;
    for (uint32_t j = 0; j < n && len < limit; j++) {
      Object *x = k->kind == KIND_ARRAY ? ARRAY_DATA(o, Object *)[j]
                                        : *(Object **)((char *)o + k->ref_offsets[j]);
      if (!x || x->cls == vm->c_class) continue;
      bool dup = false;
      for (int q = 0; q < len && !dup; q++) dup = seen[q] == x;
      if (!dup) seen[len++] = x;
    }
  }
  int best = c->node;
  for (int k = 1; k < c->nodes; k++) {
    int n = (c->node + k) % c->nodes;
    if (votes[n] > votes[best]) best = n;
  }
  free(seen);
  free(votes);
  return best;
}

const Placement place_data_affinity = {
    .name = "data-affinity",
    .seed = "DJ 4.4",
    .doc = "the node where most objects reachable from the thread's Runnable live",
    .params = affinity_params,
    .place = data_affinity,
};
