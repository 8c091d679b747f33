/* calls.c — per-method call statistics (calls.h). */
#include "calls.h"

#include <stdlib.h>

Calls *calls_of(CallTable *s, const Method *m) {
  for (uint32_t i = 0; i < s->len; i++)
    if (s->c[i].m == m) return &s->c[i];
  if (s->len == s->cap) {
    s->cap = s->cap ? 2 * s->cap : 16;
    s->c = realloc(s->c, s->cap * sizeof *s->c);
  }
  s->c[s->len] = (Calls){m, 0, 0};
  return &s->c[s->len++];
}

void calls_note_access(CallTable *s, PolicyCtx *c, Object *o) {
  Frame *fr = c->t->frame;
  if (fr && !(fr->m->access & ACC_STATIC) && fr->locals[0].r == o) calls_of(s, fr->m)->accesses++;
}

void calls_fini(PolicyCtx *c) {
  free(((CallTable *)c->state)->c);
}

size_t calls_bytes(PolicyCtx *c) {
  return ((CallTable *)c->state)->cap * sizeof(Calls);
}
