/* gidmap.h — an open-addressed map from global object ids to 64-bit values.
 *
 * Owns: the keys and values of one map (a node's id table, its forwarding records). Keys
 * are gids, never 0 (0 marks a free slot). Linear probing in a power-of-two table kept at
 * most half full; a removal shifts the later entries of its run back (no tombstones), so a
 * lookup stops at the first free slot.
 * May call: libc only. Knows nothing of objects: a value is whatever the caller stores.
 */
#ifndef DJ_GIDMAP_H
#define DJ_GIDMAP_H

#include <stdbool.h>
#include <stdint.h>

typedef struct GidMap {
  uint64_t *keys, *vals;
  uint32_t cap, len; /* slots (0 or a power of two), entries */
} GidMap;

/* Whether gid is in m; its value in *val if so. */
bool gidmap_find(const GidMap *m, uint64_t gid, uint64_t *val);
/* Sets gid's value (adding it, or replacing its value). gid must not be 0. */
void gidmap_put(GidMap *m, uint64_t gid, uint64_t val);
/* Removes gid if present. */
void gidmap_remove(GidMap *m, uint64_t gid);
/* Frees the table; m is empty again. */
void gidmap_free(GidMap *m);
/* The slot where gid's probe starts in a table of cap slots (tests use it to make keys
 * that collide). */
uint32_t gidmap_slot(uint64_t gid, uint32_t cap);

#endif
