/* mofa_predict.c — DJ 5.3, move on first access with prediction: like mofa, a remote
 * access moves the object here, but the policy also learns, per class, which reference
 * fields the program follows from objects it moved here, and asks the owner to send the
 * objects those fields reach in the same round trip (pol_move_with), up to `depth`
 * references away and `max` objects per move.
 *
 * Learning is local: the node remembers the objects it moved in recently (`window` of them,
 * by global id); when it is about to access a remote object o, each remembered object still
 * here whose field f holds o counts one for (its class, f). A field is followed once its
 * count is at least a quarter of the most-followed field of its class. */
#include <stdlib.h>
#include <string.h>

#include "policies.h"

#define WINDOW 64 /* objects remembered */
#define FIELDS 8  /* reference fields learned per class (the first 8, supers first) */

enum { P_MIN_INTERVAL, P_DEPTH, P_MAX };

static const PolicyParam params[] = {
    {"min_interval", "simulated seconds an object stays put after a move (stops ping-pong)", 0, 0,
     1e6, false},
    {"depth", "how many references away from the accessed object predicted objects may be", 3, 0,
     16, true},
    {"max", "objects moved in one round trip, the accessed one included", 32, 1, 256, true},
    {NULL},
};

typedef struct Predict {
  uint64_t recent[WINDOW]; /* global ids of objects moved here, a ring */
  uint32_t next;
  uint32_t (*count)[FIELDS]; /* by class id: how often each reference field was followed */
  uint32_t cap;
} Predict;

/* The i-th reference field of c (supers first), or NULL. */
static const Field *ref_field(const Class *c, int i) {
  const Class *chain[32];
  int n = 0;
  for (const Class *k = c; k && n < 32; k = k->super) chain[n++] = k;
  while (n-- > 0)
    for (int j = 0; j < chain[n]->field_count; j++) {
      const Field *f = &chain[n]->fields[j];
      if ((f->access & ACC_STATIC) || (f->type != 'L' && f->type != '[')) continue;
      if (i-- == 0) return f;
    }
  return NULL;
}

static uint32_t *counts(Predict *s, uint32_t id) {
  if (id >= s->cap) {
    uint32_t cap = s->cap ? s->cap : 64;
    while (cap <= id) cap *= 2;
    s->count = realloc(s->count, cap * sizeof *s->count);
    memset(s->count + s->cap, 0, (cap - s->cap) * sizeof *s->count);
    s->cap = cap;
  }
  return s->count[id];
}

/* Counts the remembered objects here whose reference fields hold o. */
static void learn(PolicyCtx *c, Predict *s, Object *o) {
  for (int k = 0; k < WINDOW; k++) {
    Object *p = pol_object(c, s->recent[k]);
    if (!p || !pol_is_local(p) || p->cls->kind == KIND_ARRAY) continue;
    for (int i = 0; i < FIELDS; i++) {
      const Field *f = ref_field(p->cls, i);
      if (!f) break;
      if (*(Object **)((char *)p + f->offset) == o) counts(s, p->cls->id)[i]++;
    }
  }
}

static int predictions(Predict *s, PolicyFollow *out, int cap) {
  int n = 0;
  for (uint32_t id = 0; id < s->cap; id++) {
    uint32_t best = 0;
    for (int i = 0; i < FIELDS; i++)
      if (s->count[id][i] > best) best = s->count[id][i];
    for (int i = 0; i < FIELDS && best && n < cap; i++)
      if (s->count[id][i] * 4 >= best) {
        out[n].cls = vm->by_id[id];
        out[n++].field = ref_field(vm->by_id[id], i);
      }
  }
  return n;
}

static void remember(Predict *s, uint64_t gid) {
  s->recent[s->next++ % WINDOW] = gid;
}

static PolicyAction remote_access(PolicyCtx *c, Object *o, PolicyObj *p, PolicyAccess kind,
                                  const Field *f) {
  (void)kind, (void)f;
  if (p->moves && c->now - p->last_move < c->param[P_MIN_INTERVAL]) return PA_REMOTE;
  Predict *s = c->state;
  learn(c, s, o);
  PolicyFollow follow[64];
  int n = predictions(s, follow, 64);
  uint64_t moved[256];
  int got = pol_move_with(c, o, follow, n, (int)c->param[P_DEPTH], (int)c->param[P_MAX], moved);
  for (int i = 0; i < got; i++) remember(s, moved[i]);
  return PA_REMOTE;
}

static void fini(PolicyCtx *c) {
  free(((Predict *)c->state)->count);
}

static size_t bytes(PolicyCtx *c) {
  Predict *s = c->state;
  return s->cap * sizeof *s->count;
}

const ObjectPolicy policy_mofa_predict = {
    .name = "mofa-predict",
    .seed = "DJ 5.3",
    .doc = "move on access, and move the objects the learned fields lead to in the same trip",
    .params = params,
    .state_bytes = sizeof(Predict),
    .remote_access = remote_access,
    .fini = fini,
    .bytes = bytes,
};
