/* jstring.c — java.lang.String objects made and read by the VM, and the intern table.
 *
 * A String is the class library's two fields, `char[] value` and `int hash`; the VM fills
 * them directly. Each node interns its own strings (string literals are per node).
 */
#include <stdlib.h>
#include <string.h>

#include "vm.h"

static Object *string_value(Object *s) {
  return *FIELD_PTR(s, vm->f_string_value->offset, Object *);
}

int32_t jstr_length(Object *s) {
  return ARRAY_LEN(string_value(s));
}
const uint16_t *jstr_chars(Object *s) {
  return ARRAY_DATA(string_value(s), uint16_t);
}

Object *jstr_new(JThread *t, const uint16_t *chars, int32_t len) {
  Object *arr = array_new(t, vm->a_char, len);
  if (!arr) return NULL;
  memcpy(ARRAY_DATA(arr, uint16_t), chars, (size_t)len * 2);
  Object *s = obj_new(t, vm->c_string);
  if (!s) return NULL;
  *FIELD_PTR(s, vm->f_string_value->offset, Object *) = arr;
  return s;
}

Object *jstr_from_utf8(JThread *t, const char *s) {
  size_t n = strlen(s);
  long count = mutf8_decode(s, n, NULL);
  if (count < 0) { /* not modified UTF-8: take the bytes as Latin-1 rather than fail */
    uint16_t *u = malloc((n + 1) * 2);
    for (size_t i = 0; i < n; i++) u[i] = (uint8_t)s[i];
    Object *r = jstr_new(t, u, (int32_t)n);
    free(u);
    return r;
  }
  uint16_t small[256];
  uint16_t *u = count <= 256 ? small : malloc((size_t)count * 2);
  mutf8_decode(s, n, u);
  Object *r = jstr_new(t, u, (int32_t)count);
  if (u != small) free(u);
  return r;
}

char *jstr_to_utf8(JThread *t, Object *s) {
  (void)t;
  int32_t len = jstr_length(s);
  const uint16_t *c = jstr_chars(s);
  long n = mutf8_encode(c, (size_t)len, NULL);
  char *out = malloc((size_t)n + 1);
  mutf8_encode(c, (size_t)len, out);
  out[n] = 0;
  return out;
}

static uint32_t chars_hash(const uint16_t *c, int32_t len) {
  uint32_t h = 0;
  for (int32_t i = 0; i < len; i++) h = 31 * h + c[i];
  return h;
}

static bool chars_equal(Object *s, const uint16_t *c, int32_t len) {
  return jstr_length(s) == len && memcmp(jstr_chars(s), c, (size_t)len * 2) == 0;
}

/* Finds the interned string with these chars; `make` creates it if absent. */
static Object *intern_chars(JThread *t, const uint16_t *c, int32_t len, Object *make) {
  Node *n = t->node;
  if (n->interned_len * 2 >= n->interned_cap) {
    uint32_t cap = n->interned_cap ? n->interned_cap * 2 : 1024;
    Object **tab = calloc(cap, sizeof *tab);
    for (uint32_t i = 0; i < n->interned_cap; i++) {
      Object *o = n->interned[i];
      if (!o) continue;
      uint32_t j = chars_hash(jstr_chars(o), jstr_length(o)) & (cap - 1);
      while (tab[j]) j = (j + 1) & (cap - 1);
      tab[j] = o;
    }
    free(n->interned);
    n->interned = tab;
    n->interned_cap = cap;
  }
  uint32_t j = chars_hash(c, len) & (n->interned_cap - 1);
  while (n->interned[j]) {
    if (chars_equal(n->interned[j], c, len)) return n->interned[j];
    j = (j + 1) & (n->interned_cap - 1);
  }
  if (!make) make = jstr_new(t, c, len);
  if (!make) return NULL;
  n->interned[j] = make;
  n->interned_len++;
  return make;
}

Object *jstr_find_interned(JThread *t, Object *s) {
  Node *n = t->node;
  if (!n->interned_cap) return NULL;
  const uint16_t *c = jstr_chars(s);
  int32_t len = jstr_length(s);
  for (uint32_t j = chars_hash(c, len) & (n->interned_cap - 1); n->interned[j];
       j = (j + 1) & (n->interned_cap - 1))
    if (chars_equal(n->interned[j], c, len)) return n->interned[j];
  return NULL;
}

Object *jstr_intern(JThread *t, Object *s) {
  return intern_chars(t, jstr_chars(s), jstr_length(s), s);
}

Object *jstr_intern_utf8(JThread *t, const char *s) {
  size_t n = strlen(s);
  long count = mutf8_decode(s, n, NULL);
  if (count < 0) {
    Object *o = jstr_from_utf8(t, s);
    return o ? jstr_intern(t, o) : NULL;
  }
  uint16_t small[256];
  uint16_t *u = count <= 256 ? small : malloc((size_t)count * 2);
  mutf8_decode(s, n, u);
  Object *r = intern_chars(t, u, (int32_t)count, NULL);
  if (u != small) free(u);
  return r;
}
