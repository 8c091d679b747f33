/* heap.c — one heap per node: allocation, object side records, identity hashes.
 *
 * Each node's heap is its own reserved address range, so the node that owns an object is
 * known from its address alone (the debug build checks every heap access with it). Objects
 * are bump-allocated; the collector of issue #6 will sweep into free lists.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "vm.h"

struct Heap {
  int node;
  char *base, *top, *end; /* [base, top) allocated, [base, end) reserved */
  uint64_t max;
};

/* Registered heaps, for heap_owner. */
static Heap **all_heaps;
static int heap_count, heap_cap;

Heap *heap_new(int node, uint64_t max_bytes) {
  Heap *h = calloc(1, sizeof *h);
  if (!h) return NULL;
  max_bytes = (max_bytes + 4095) & ~(uint64_t)4095;
  void *p = mmap(NULL, max_bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    free(h);
    return NULL;
  }
  h->node = node;
  h->base = h->top = p;
  h->end = h->base + max_bytes;
  h->max = max_bytes;
  if (heap_count == heap_cap) {
    heap_cap = heap_cap ? heap_cap * 2 : 8;
    all_heaps = realloc(all_heaps, heap_cap * sizeof *all_heaps);
  }
  all_heaps[heap_count++] = h;
  return h;
}

void heap_free(Heap *h) {
  if (!h) return;
  for (int i = 0; i < heap_count; i++) {
    if (all_heaps[i] == h) {
      all_heaps[i] = all_heaps[--heap_count];
      break;
    }
  }
  if (heap_count == 0) {
    free(all_heaps);
    all_heaps = NULL;
    heap_cap = 0;
  }
  munmap(h->base, h->end - h->base);
  free(h);
}

int heap_owner(const void *p) {
  const char *c = p;
  for (int i = 0; i < heap_count; i++)
    if (c >= all_heaps[i]->base && c < all_heaps[i]->top) return all_heaps[i]->node;
  return -1;
}

uint64_t heap_used(const Heap *h) {
  return (uint64_t)(h->top - h->base);
}
uint64_t heap_max(const Heap *h) {
  return h->max;
}

#ifdef DJ_DEBUG
void heap_assert_local(JThread *t, const Object *o) {
  int owner = heap_owner(o);
  if (owner != t->node_id)
    vm_fatal("node %d touched an object of node %d (%s) — the one rule is broken", t->node_id,
             owner, o && o->cls ? o->cls->name : "?");
}
#endif

Object *heap_alloc(JThread *t, size_t size) {
  Heap *h = t->node->heap;
  size = (size + 7) & ~(size_t)7;
  if (unlikely((size_t)(h->end - h->top) < size)) {
    excep_throw_new(t, "java/lang/OutOfMemoryError", "Java heap space");
    return NULL;
  }
  Object *o = (Object *)h->top;
  h->top += size;
  return o;
}

Object *obj_new(JThread *t, Class *c) {
  Object *o = heap_alloc(t, c->instance_size);
  if (o) o->cls = c;
  return o;
}

Object *array_new(JThread *t, Class *ac, int32_t length) {
  if (length < 0) {
    excep_throw_new(t, "java/lang/NegativeArraySizeException", "%d", length);
    return NULL;
  }
  uint64_t size = sizeof(ArrayObject) + (uint64_t)length * ac->elem_size;
  if (size > heap_max(t->node->heap)) {
    excep_throw_new(t, "java/lang/OutOfMemoryError", "Java heap space");
    return NULL;
  }
  Object *o = heap_alloc(t, size);
  if (!o) return NULL;
  o->cls = ac;
  ((ArrayObject *)o)->length = length;
  return o;
}

static size_t obj_size(const Object *o) {
  if (o->cls->kind == KIND_ARRAY)
    return sizeof(ArrayObject) + (size_t)ARRAY_LEN(o) * o->cls->elem_size;
  return o->cls->instance_size;
}

Object *obj_clone(JThread *t, Object *o) {
  size_t size = obj_size(o);
  Object *c = heap_alloc(t, size);
  if (!c) return NULL;
  memcpy(c, o, size);
  c->hdr = 0; /* a new identity: no hash, no side record */
  c->ext = 0;
  return c;
}

ObjExt *obj_ext(JThread *t, Object *o) {
  Node *n = t->node;
  if (o->ext) return &n->ext[o->ext];
  if (n->ext_len + 1 >= n->ext_cap) {
    uint32_t cap = n->ext_cap ? n->ext_cap * 2 : 64;
    ObjExt *e = realloc(n->ext, cap * sizeof *e);
    if (!e) vm_fatal("out of memory for object side records");
    n->ext = e;
    n->ext_cap = cap;
    if (n->ext_len == 0) n->ext_len = 1; /* index 0 means "none" */
  }
  uint32_t i = n->ext_len++;
  memset(&n->ext[i], 0, sizeof n->ext[i]);
  n->ext[i].obj = o;
  o->ext = i;
  return &n->ext[i];
}

/* Identity hashes come from a per-node xorshift generator: deterministic, never derived
 * from addresses, and never 0 (0 marks "not yet assigned"). */
int32_t obj_identity_hash(JThread *t, Object *o) {
  uint32_t h = o->hdr >> OBJ_HASH_SHIFT;
  if (h) return (int32_t)h;
  Node *n = t->node;
  do {
    uint32_t x = n->hash_state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    n->hash_state = x;
    h = x & 0xffffff;
  } while (h == 0);
  o->hdr |= h << OBJ_HASH_SHIFT;
  return (int32_t)h;
}
