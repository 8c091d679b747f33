/* gidmap.c — the open-addressed gid map (see gidmap.h). */
#include "gidmap.h"

#include <stdlib.h>

uint32_t gidmap_slot(uint64_t gid, uint32_t cap) {
  uint64_t h = gid * 0x9e3779b97f4a7c15ull; /* Fibonacci hashing: serials spread out */
  return (uint32_t)(h >> 32) & (cap - 1);
}

bool gidmap_find(const GidMap *m, uint64_t gid, uint64_t *val) {
  if (!m->cap) return false;
  for (uint32_t i = gidmap_slot(gid, m->cap); m->keys[i]; i = (i + 1) & (m->cap - 1))
    if (m->keys[i] == gid) {
      *val = m->vals[i];
      return true;
    }
  return false;
}

void gidmap_put(GidMap *m, uint64_t gid, uint64_t val) {
  if ((m->len + 1) * 2 > m->cap) {
    uint32_t cap = m->cap ? m->cap * 2 : 256;
    uint64_t *keys = calloc(cap, sizeof *keys), *vals = calloc(cap, sizeof *vals);
    for (uint32_t i = 0; i < m->cap; i++)
      if (m->keys[i]) {
        uint32_t j = gidmap_slot(m->keys[i], cap);
        while (keys[j]) j = (j + 1) & (cap - 1);
        keys[j] = m->keys[i];
        vals[j] = m->vals[i];
      }
    free(m->keys);
    free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = cap;
  }
  uint32_t i = gidmap_slot(gid, m->cap);
  while (m->keys[i] && m->keys[i] != gid) i = (i + 1) & (m->cap - 1);
  if (!m->keys[i]) m->len++;
  m->keys[i] = gid;
  m->vals[i] = val;
}

/* Removes gid, then moves back each later entry of the run that may fill the hole: one
 * whose home slot is not cyclically in (hole, its slot], else a lookup for it would stop
 * at the hole. */
void gidmap_remove(GidMap *m, uint64_t gid) {
  if (!m->cap) return;
  uint32_t i = gidmap_slot(gid, m->cap);
  while (m->keys[i] != gid) {
    if (!m->keys[i]) return;
    i = (i + 1) & (m->cap - 1);
  }
  m->keys[i] = 0;
  m->len--;
  for (uint32_t j = (i + 1) & (m->cap - 1); m->keys[j]; j = (j + 1) & (m->cap - 1)) {
    uint32_t home = gidmap_slot(m->keys[j], m->cap);
    if ((j > i && (home <= i || home > j)) || (j < i && home <= i && home > j)) {
      m->keys[i] = m->keys[j];
      m->vals[i] = m->vals[j];
      m->keys[j] = 0;
      i = j;
    }
  }
}

void gidmap_free(GidMap *m) {
  free(m->keys);
  free(m->vals);
  m->keys = m->vals = NULL;
  m->cap = m->len = 0;
}
