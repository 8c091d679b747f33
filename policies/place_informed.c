/* place_informed.c — the two placements that use what a node knows of the cluster.
 *
 * `least-loaded` (cJVM's load-balancing function): the node with the fewest runnable
 * threads per core. A node knows its own count exactly; of another node it knows what that
 * node reported in the reply to the last START this node sent it (the count is piggy-backed
 * on the reply: no extra message, but the view is as old as that thread start). Nodes not
 * heard from count as idle. A tie with this node keeps the thread here; a tie among
 * other nodes goes to the first after this one.
 *
 * `data-affinity` (DJ 4.4): the node where most of the data reachable from the new thread
 * lives. The walk starts at the Thread object, follows references through objects whose
 * master is here (a proxy is counted for its owner and not followed; java.lang objects
 * such as strings and thread groups are neither), and weighs each object it meets by its
 * bytes, for the node its master is on; the Runnable a plain Thread runs is the way to the
 * data, not data itself. At most `reach` objects are visited. Ties go to this node; a
 * thread with no data at all goes round-robin. */
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

static bool is_lang(const Class *k) {
  return k->boot && k->kind != KIND_ARRAY && strncmp(k->name, "java/lang/", 10) == 0;
}

static int data_affinity(PolicyCtx *c, Object *jthread) {
  int limit = (int)c->param[0];
  Object **seen = malloc((size_t)limit * sizeof *seen);
  int *depth = malloc((size_t)limit * sizeof *depth);
  double *bytes = calloc((size_t)c->nodes, sizeof *bytes);
  int len = 0;
  bool plain = strcmp(jthread->cls->name, "java/lang/Thread") == 0;
  seen[len] = jthread;
  depth[len++] = 0;
  for (int i = 0; i < len; i++) {
    Object *o = seen[i];
    if (i > 0 && !(plain && depth[i] == 1)) bytes[pol_where(c, o)] += (double)pol_size(o);
    if (!pol_is_local(o)) continue; /* a proxy: its fields are not here */
    Class *k = o->cls;
    uint32_t n =
        k->kind == KIND_ARRAY ? (k->prim == 'L' ? (uint32_t)ARRAY_LEN(o) : 0) : k->ref_count;
    for (uint32_t j = 0; j < n && len < limit; j++) {
      Object *x = k->kind == KIND_ARRAY ? ARRAY_DATA(o, Object *)[j]
                                        : *(Object **)((char *)o + k->ref_offsets[j]);
      if (!x || is_lang(x->cls)) continue;
      bool dup = false;
      for (int q = 0; q < len && !dup; q++) dup = seen[q] == x;
      if (dup) continue;
      seen[len] = x;
      depth[len++] = depth[i] + 1;
    }
  }
  int best = c->node;
  for (int k = 1; k < c->nodes; k++) {
    int n = (c->node + k) % c->nodes;
    if (bytes[n] > bytes[best]) best = n;
  }
  if (bytes[best] == 0) { /* no data: spread them */
    uint32_t *started = c->state;
    best = (int)((c->node + ++*started) % (uint32_t)c->nodes);
  }
  free(seen);
  free(depth);
  free(bytes);
  return best;
}

const Placement place_data_affinity = {
    .name = "data-affinity",
    .seed = "DJ 4.4",
    .doc = "the node where most objects reachable from the thread's Runnable live",
    .params = affinity_params,
    .state_bytes = sizeof(uint32_t),
    .place = data_affinity,
};
