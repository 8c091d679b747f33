/* heap.c — one heap per node: allocation, the mark-sweep collector, object side records and
 * identity hashes.
 *
 * Each node's heap is its own reserved address range, so the node that owns an object is
 * known from its address alone (the debug build checks every heap access with it).
 *
 *   base                                      top                 soft_end          end
 *   | objects and free chunks, walkable ...    | wilderness ...    |  (reserved) ...  |
 *
 * Allocation bumps a cursor through the current free run: first the free runs the last
 * sweep found (in address order), then the wilderness up to a soft limit that follows the
 * live size, so memory in use stays close to what the program keeps. When both are spent,
 * the node collects. The collector never moves objects: roots found conservatively (Java
 * stacks, and the C stacks of Java threads) may point anywhere, and identity hashes stay
 * put. The heap proper is traced precisely through each class's reference offsets.
 *
 * A free chunk is walkable: its first word is FREE_CHUNK and its second its size; an
 * 8-byte leftover is a lone FILLER word.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "backend.h"
#include "dist.h"
#include "interp.h"
#include "vm.h"

#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#endif
#endif
#ifndef VALGRIND_MAKE_MEM_DEFINED
#define VALGRIND_MAKE_MEM_DEFINED(p, n) ((void)(p), (void)(n))
#endif

/* Markers for the first word of free space: never a real Class. */
static Class free_chunk_marker, filler_marker;
#define FREE_CHUNK (&free_chunk_marker)
#define FILLER     (&filler_marker)

#define OBJ_MARK     0x10u
#define MIN_RUN      64 /* smaller free space waits to merge with its neighbours */
#define INITIAL_SOFT (8u << 20)

typedef struct Run {
  char *start, *end;
} Run;

struct Heap {
  int node;
  char *base, *top, *soft_end, *end;
  char *cur, *cur_end; /* the run being bump-allocated */
  uint64_t *starts;    /* one bit per 8 bytes: an object starts there */
  Run *runs;
  size_t run_count, run_cap, next_run;
  uint64_t max;
  HeapStats stats;
  uint64_t stress_every, stress_count; /* DJSIM_GC_STRESS=N: collect every N allocations */
  /* Marking. */
  Object **stack;
  size_t sp, stack_cap;
  bool clear_soft;
  Object **discovered; /* references whose referent was not marked when they were traced */
  size_t ndiscovered, discovered_cap;
};

/* Registered heaps, for heap_owner. */
static Heap **all_heaps;
static int heap_count, heap_cap;

static void *reserve(size_t bytes) {
  void *p =
      mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

Heap *heap_new(int node, uint64_t max_bytes) {
  Heap *h = calloc(1, sizeof *h);
  if (!h) return NULL;
  max_bytes = (max_bytes + 4095) & ~(uint64_t)4095;
  h->base = reserve(max_bytes);
  h->starts = reserve(max_bytes / 64 + 64);
  if (!h->base || !h->starts) {
    if (h->base) munmap(h->base, max_bytes);
    free(h);
    return NULL;
  }
  h->node = node;
  h->top = h->cur = h->cur_end = h->base;
  h->end = h->base + max_bytes;
  h->max = max_bytes;
  h->soft_end = h->base + (max_bytes < INITIAL_SOFT ? max_bytes : INITIAL_SOFT);
  const char *stress = getenv("DJSIM_GC_STRESS");
  if (stress) h->stress_every = strtoull(stress, NULL, 10);
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
  munmap(h->starts, h->max / 64 + 64);
  munmap(h->base, h->max);
  free(h->runs);
  free(h->stack);
  free(h->discovered);
  free(h);
}

int heap_owner(const void *p) {
  const char *c = p;
  for (int i = 0; i < heap_count; i++)
    if (c >= all_heaps[i]->base && c < all_heaps[i]->top) return all_heaps[i]->node;
  return -1;
}

uint64_t heap_used(const Heap *h) {
  return h->stats.live_bytes + h->stats.allocated_since_gc;
}
uint64_t heap_max(const Heap *h) {
  return h->max;
}
uint64_t heap_span(const Heap *h) {
  return (uint64_t)(h->top - h->base);
}
const HeapStats *heap_stats(const Heap *h) {
  return &h->stats;
}

#ifdef DJ_DEBUG
void heap_assert_local(JThread *t, const Object *o) {
  const Heap *h = t->node->heap;
  if ((const char *)o >= h->base && (const char *)o < h->top) return;
  int owner = heap_owner(o);
  vm_fatal("node %d touched an object of node %d (%s): the one rule is broken", t->node_id, owner,
           owner >= 0 && o->cls ? o->cls->name : "?");
}
#endif

/* ---- Object starts --------------------------------------------------------------------- */

static inline size_t bit_of(const Heap *h, const char *p) {
  return (size_t)(p - h->base) >> 3;
}
static inline void start_set(Heap *h, const char *p) {
  size_t b = bit_of(h, p);
  h->starts[b >> 6] |= 1ull << (b & 63);
}
static inline void start_clear(Heap *h, const char *p) {
  size_t b = bit_of(h, p);
  h->starts[b >> 6] &= ~(1ull << (b & 63));
}
static inline bool start_test(const Heap *h, const char *p) {
  size_t b = bit_of(h, p);
  return (h->starts[b >> 6] >> (b & 63)) & 1;
}

static size_t obj_size(const Object *o) {
  if (o->cls->kind == KIND_ARRAY)
    return (sizeof(ArrayObject) + (size_t)ARRAY_LEN(o) * o->cls->elem_size + 7) & ~(size_t)7;
  if (o->hdr & OBJ_STATICS) return (o->cls->statics_size + 7) & ~(size_t)7;
  return (o->cls->instance_size + 7) & ~(size_t)7;
}

/* Size of whatever starts at p: an object, a free chunk or a filler. */
static size_t chunk_size(const char *p) {
  const Object *o = (const Object *)p;
  if (o->cls == FILLER) return 8;
  if (o->cls == FREE_CHUNK) return ((const uint64_t *)p)[1];
  return obj_size(o);
}

static void make_free(char *p, size_t n) {
  if (n == 0) return;
  if (n == 8) {
    ((Object *)p)->cls = FILLER;
    return;
  }
  ((Object *)p)->cls = FREE_CHUNK;
  ((uint64_t *)p)[1] = n;
}

/* ---- Allocation ------------------------------------------------------------------------ */

/* Gives back the rest of the current run, so the heap stays walkable. */
static void retire_run(Heap *h) {
  if (h->cur < h->cur_end) {
    if (h->cur_end == h->top)
      h->top = h->cur; /* the wilderness just shrinks back */
    else
      make_free(h->cur, (size_t)(h->cur_end - h->cur));
  }
  h->cur = h->cur_end = h->top;
}

/* Finds room for `size` bytes without collecting; false if there is none. */
static bool refill(Heap *h, size_t size) {
  retire_run(h);
  while (h->next_run < h->run_count) {
    Run r = h->runs[h->next_run++];
    if ((size_t)(r.end - r.start) >= size) {
      h->cur = r.start;
      h->cur_end = r.end;
      return true;
    }
  }
  if ((size_t)(h->soft_end - h->top) >= size) {
    h->cur = h->top;
    h->cur_end = h->soft_end;
    h->top = h->soft_end;
    return true;
  }
  return false;
}

static Object *bump(Heap *h, size_t size) {
  char *p = h->cur;
  h->cur += size;
  memset(p, 0, size);
  start_set(h, p);
  h->stats.allocated_since_gc += size;
  h->stats.allocated_total += size;
  return (Object *)p;
}

Object *heap_alloc(JThread *t, size_t size) {
  Heap *h = t->node->heap;
  size = (size + 7) & ~(size_t)7;
  if (unlikely(h->stress_every) && ++h->stress_count >= h->stress_every) {
    h->stress_count = 0;
    heap_collect(t, false);
  }
  if (likely((size_t)(h->cur_end - h->cur) >= size)) return bump(h, size);
  if (refill(h, size)) return bump(h, size);
  heap_collect(t, false);
  if (refill(h, size)) return bump(h, size);
  /* The live set plus this object exceed the soft limit: grow it as far as the heap goes. */
  if ((size_t)(h->end - h->top) >= size) {
    h->soft_end = h->end;
    if (refill(h, size)) return bump(h, size);
  }
  heap_collect(t, true); /* last try: clear what only soft references keep */
  if (refill(h, size)) return bump(h, size);
  excep_throw_new(t, "java/lang/OutOfMemoryError", "Java heap space");
  return NULL;
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
    /* HotSpot's wording: only lengths beyond its largest array are "exceeding the VM limit". */
    excep_throw_new(t, "java/lang/OutOfMemoryError",
                    length >= INT32_MAX - 1 ? "Requested array size exceeds VM limit"
                                            : "Java heap space");
    return NULL;
  }
  Object *o = heap_alloc(t, size);
  if (!o) return NULL;
  o->cls = ac;
  ((ArrayObject *)o)->length = length;
  return o;
}

Object *obj_clone(JThread *t, Object *o) {
  size_t size = obj_size(o);
  Object *c = heap_alloc(t, size);
  if (!c) return NULL;
  memcpy(c, o, size);
  /* A new identity, local, with no monitor or distribution state. */
  c->hdr &= ~(uint32_t)(OBJ_MODE_MASK | OBJ_GC_MASK | (0xffffffu << OBJ_HASH_SHIFT));
  c->ext = 0;
  return c;
}

/* ---- Side records -------------------------------------------------------------------------- */

ObjExt *obj_ext(JThread *t, Object *o) {
  Node *n = t->node;
  if (o->ext) return &n->ext[o->ext];
  uint32_t i;
  if (n->ext_free) {
    i = n->ext_free;
    n->ext_free = (uint32_t)(uintptr_t)n->ext[i].dist;
  } else {
    if (n->ext_len + 1 >= n->ext_cap) {
      uint32_t cap = n->ext_cap ? n->ext_cap * 2 : 64;
      ObjExt *e = realloc(n->ext, cap * sizeof *e);
      if (!e) vm_fatal("out of memory for object side records");
      n->ext = e;
      n->ext_cap = cap;
      if (n->ext_len == 0) n->ext_len = 1; /* index 0 means "none" */
    }
    i = n->ext_len++;
  }
  memset(&n->ext[i], 0, sizeof n->ext[i]);
  n->ext[i].obj = o;
  o->ext = i;
  return &n->ext[i];
}

static void ext_release(Node *n, uint32_t i) {
  ObjExt *x = &n->ext[i];
  if (x->mon.entry_q) bk_wq_free(x->mon.entry_q);
  memset(x, 0, sizeof *x);
  x->dist = (void *)(uintptr_t)n->ext_free; /* free list through the unused pointer */
  n->ext_free = i;
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

/* ---- Marking ----------------------------------------------------------------------------------
 */

static void push(Heap *h, Object *o) {
  if (h->sp == h->stack_cap) {
    h->stack_cap = h->stack_cap ? h->stack_cap * 2 : 4096;
    h->stack = realloc(h->stack, h->stack_cap * sizeof *h->stack);
    if (!h->stack) vm_fatal("out of memory for the mark stack");
  }
  h->stack[h->sp++] = o;
}

/* Marks o if it is an unmarked object of this heap. Objects of other nodes are not ours to
 * mark: they are kept alive by their owner's export table (issue #7). */
static inline void mark(Heap *h, Object *o) {
  if (!o || (char *)o < h->base || (char *)o >= h->top) return;
  if (o->hdr & OBJ_MARK) return;
  o->hdr |= OBJ_MARK;
  push(h, o);
}

static void mark_cb(void *h, Object *o) {
  mark(h, o);
}

/* A word that may or may not be a reference: marks the object it points into, if any. */
static void mark_maybe(Heap *h, uintptr_t w, bool interior) {
  char *p = (char *)w;
  if (p < h->base || p >= h->top) return;
  p = (char *)((uintptr_t)p & ~(uintptr_t)7);
  if (!start_test(h, p)) {
    if (!interior) return;
    /* Walk the start bits back to the object that contains p, if p is inside one. */
    size_t b = bit_of(h, p);
    size_t w64 = b >> 6;
    uint64_t bits = h->starts[w64] & ((b & 63) == 63 ? ~0ull : ((1ull << ((b & 63) + 1)) - 1));
    while (!bits && w64 > 0) bits = h->starts[--w64];
    if (!bits) return;
    char *s = h->base + (((w64 << 6) + 63 - (size_t)__builtin_clzll(bits)) << 3);
    if (p >= s + obj_size((Object *)s)) return;
    p = s;
  }
  mark(h, (Object *)p);
}

/* A java.lang.ref.Reference: everything but its referent is traced; a referent not yet
 * marked is remembered, and cleared after marking if nothing else marked it. Soft
 * referents are kept unless this is the last collection before OutOfMemoryError. */
static void trace_reference(Heap *h, Object *o) {
  Class *c = o->cls;
  uint32_t roff = vm->f_ref_referent->offset;
  for (uint32_t i = 0; i < c->ref_count; i++)
    if (c->ref_offsets[i] != roff) mark(h, *FIELD_PTR(o, c->ref_offsets[i], Object *));
  Object *r = *FIELD_PTR(o, roff, Object *);
  if (!r || (char *)r < h->base || (char *)r >= h->top || (r->hdr & OBJ_MARK)) return;
  if (c->ref_kind == REF_SOFT && !h->clear_soft) {
    mark(h, r);
    return;
  }
  if (h->ndiscovered == h->discovered_cap) {
    h->discovered_cap = h->discovered_cap ? h->discovered_cap * 2 : 64;
    h->discovered = realloc(h->discovered, h->discovered_cap * sizeof *h->discovered);
  }
  h->discovered[h->ndiscovered++] = o;
}

/* Clears the references whose referents died and pushes them on their queues, as
 * ReferenceQueue.enqueue would (the collector runs no Java code). */
static void process_references(Heap *h) {
  for (size_t i = 0; i < h->ndiscovered; i++) {
    Object *ref = h->discovered[i];
    Object **referent = FIELD_PTR(ref, vm->f_ref_referent->offset, Object *);
    if (!*referent || ((*referent)->hdr & OBJ_MARK)) continue;
    *referent = NULL;
    Object *q = *FIELD_PTR(ref, vm->f_ref_queue->offset, Object *);
    int8_t *enq = FIELD_PTR(ref, vm->f_ref_enqueued->offset, int8_t);
    if (!q || *enq) continue;
    Object **head = FIELD_PTR(q, vm->f_queue_head->offset, Object *);
    *enq = 1;
    *FIELD_PTR(ref, vm->f_ref_next->offset, Object *) = *head ? *head : ref;
    *head = ref;
    (*FIELD_PTR(q, vm->f_queue_length->offset, int64_t))++;
  }
  h->ndiscovered = 0;
}

/* The fields of java.lang.ref the collector touches; ReferenceQueue's only once a program
 * has loaded it (no queue object can exist before). */
static void find_reference_fields(void) {
  Class *r = class_lookup("java/lang/ref/Reference"),
        *q = class_lookup("java/lang/ref/ReferenceQueue");
  if (!vm->f_ref_referent) {
    vm->f_ref_referent = class_resolve_field(r, "referent", "Ljava/lang/Object;");
    vm->f_ref_queue = class_resolve_field(r, "queue", "Ljava/lang/ref/ReferenceQueue;");
    vm->f_ref_next = class_resolve_field(r, "next", "Ljava/lang/ref/Reference;");
    vm->f_ref_enqueued = class_resolve_field(r, "enqueued", "Z");
    if (!vm->f_ref_referent || !vm->f_ref_queue || !vm->f_ref_next || !vm->f_ref_enqueued)
      vm_fatal("class library: java.lang.ref.Reference lacks the VM's fields");
  }
  if (q && !vm->f_queue_head) {
    vm->f_queue_head = class_resolve_field(q, "head", "Ljava/lang/ref/Reference;");
    vm->f_queue_length = class_resolve_field(q, "queueLength", "J");
    if (!vm->f_queue_head || !vm->f_queue_length)
      vm_fatal("class library: java.lang.ref.ReferenceQueue lacks the VM's fields");
  }
}

static void trace(Heap *h, Object *o) {
  Class *c = o->cls;
  if (dist_is_proxy(o)) return; /* a proxy's fields mean nothing here */
  if (o->hdr & OBJ_STATICS) {
    for (uint32_t i = 0; i < c->static_ref_count; i++)
      mark(h, *FIELD_PTR(o, c->static_ref_offsets[i], Object *));
    return;
  }
  if (c->kind == KIND_ARRAY) {
    if (c->prim == 'L') {
      Object **e = ARRAY_DATA(o, Object *);
      for (int32_t i = 0; i < ARRAY_LEN(o); i++) mark(h, e[i]);
    }
    return;
  }
  if (unlikely(c->ref_kind)) {
    trace_reference(h, o);
    return;
  }
  for (uint32_t i = 0; i < c->ref_count; i++) mark(h, *FIELD_PTR(o, c->ref_offsets[i], Object *));
}

__attribute__((no_sanitize_address)) static void scan_words(Heap *h, const void *lo, const void *hi,
                                                            bool interior) {
  uintptr_t a = ((uintptr_t)lo + 7) & ~(uintptr_t)7;
  if ((uintptr_t)hi <= a) return;
  VALGRIND_MAKE_MEM_DEFINED((void *)a, (uintptr_t)hi - a);
  for (const uintptr_t *p = (const uintptr_t *)a; (uintptr_t)p + 8 <= (uintptr_t)hi; p++)
    mark_maybe(h, *p, interior);
}

static void mark_thread(Heap *h, JThread *t, const void *c_low) {
  Slot *top = t->frame ? t->frame->sp : t->stack;
  for (Frame *f = t->frame; f; f = f->prev)
    if (f->sp > top) top = f->sp;
  scan_words(h, t->stack, top, false);
  mark(h, t->exception);
  mark(h, t->jthread);
  mark_maybe(h, t->ret.u, false);
  if (t->cstack_base) {
    scan_words(h, c_low ? c_low : t->cstack_low, t->cstack_base, true);
    scan_words(h, &t->regs, (const char *)&t->regs + sizeof t->regs, true);
  }
}

static void mark_roots(JThread *self, Heap *h, const void *c_low) {
  Node *n = &vm->nodes[h->node];
  for (JThread *t = n->threads; t; t = t->next) mark_thread(h, t, t == self ? c_low : NULL);
  for (uint32_t i = 0; i < n->interned_cap; i++) mark(h, n->interned[i]);
  for (uint32_t i = 0; i < n->exported_len; i++) mark(h, n->exported[i]);
  dist_roots(n, mark_cb, h);
  for (uint32_t id = 1; id <= vm->class_count; id++) {
    Class *c = vm->by_id[id];
    mark(h, c->statics);
    mark(h, c->mirrors[h->node]);
    mark(h, c->init_error);
    if (c->rcp && c->cf)
      for (int i = 0; i < c->cf->cp_count; i++)
        if (c->cf->cp[i].tag == CF_STRING && c->rcp[i].strs) mark(h, c->rcp[i].strs[h->node]);
  }
}

/* ---- Sweeping
 * ------------------------------------------------------------------------------------- */

static void add_run(Heap *h, char *start, char *end) {
  make_free(start, (size_t)(end - start));
  if (end - start < MIN_RUN) return;
  if (h->run_count == h->run_cap) {
    h->run_cap = h->run_cap ? h->run_cap * 2 : 256;
    h->runs = realloc(h->runs, h->run_cap * sizeof *h->runs);
  }
  h->runs[h->run_count++] = (Run){start, end};
}

static void sweep(Heap *h, Node *n) {
  h->run_count = h->next_run = 0;
  char *free_start = NULL;
  uint64_t live = 0;
  for (char *p = h->base; p < h->top;) {
    Object *o = (Object *)p;
    size_t size = chunk_size(p);
    if (o->cls != FREE_CHUNK && o->cls != FILLER) {
      if (o->hdr & OBJ_MARK) {
        o->hdr &= ~OBJ_MARK;
        live += size;
        if (free_start) {
          add_run(h, free_start, p);
          free_start = NULL;
        }
        p += size;
        continue;
      }
      h->stats.freed_objects++;
      h->stats.freed_bytes += size;
      if (o->ext) {
        if (n->ext[o->ext].dist) dist_freed(n, o, n->ext[o->ext].dist);
        ext_release(n, o->ext);
      }
      start_clear(h, p);
    }
    if (!free_start) free_start = p;
    p += size;
  }
  if (free_start) h->top = free_start; /* free space at the end goes back to the wilderness */
  h->stats.live_bytes = live;
}

void heap_collect(JThread *t, bool clear_soft) {
  Heap *h = t->node->heap;
  h->clear_soft = clear_soft;
  if (class_lookup("java/lang/ref/Reference")) find_reference_fields();
  Node *n = t->node;
  jmp_buf regs; /* spills the collecting thread's registers onto its stack, to be scanned */
  setjmp(regs);
  retire_run(h);
  uint64_t before = heap_used(h);
  mark_roots(t, h, &regs);
  uint64_t marked = 0;
  while (h->sp) {
    trace(h, h->stack[--h->sp]);
    marked++;
  }
  process_references(h);
  uint64_t walked = (uint64_t)(h->top - h->base);
  sweep(h, n);
  h->stats.allocated_since_gc = 0;
  h->stats.collections++;
  /* The next collection comes when the heap has grown by half the live size (4 MiB at least). */
  uint64_t soft = h->stats.live_bytes + h->stats.live_bytes / 2 + (4u << 20);
  uint64_t span = (uint64_t)(h->top - h->base);
  if (soft < span) soft = span;
  if (soft > h->max) soft = h->max;
  h->soft_end = h->base + soft;
  /* Collection work, charged to the node's CPU: tracing per object, sweeping per byte. */
  double flops = (double)marked * GC_FLOPS_PER_OBJECT + (double)walked * GC_FLOPS_PER_BYTE;
  interp_charge(t); /* the bytecodes run before the collection are not part of its pause */
  double t0 = bk_now();
  bk_compute(0, flops);
  double pause = bk_now() - t0;
  h->stats.pause_seconds += pause;
  dist_after_gc(t);
  if (vm->opt.verbose_gc)
    fprintf(stderr, "[gc] GC(%llu) node %d: %lluK->%lluK(%lluK) %.3fms\n",
            (unsigned long long)h->stats.collections - 1, h->node, (unsigned long long)before >> 10,
            (unsigned long long)h->stats.live_bytes >> 10, (unsigned long long)h->max >> 10,
            pause * 1e3);
}

void heap_export(JThread *t, Object *o) {
  Node *n = t->node;
  if (n->exported_len == n->exported_cap) {
    n->exported_cap = n->exported_cap ? n->exported_cap * 2 : 64;
    n->exported = realloc(n->exported, n->exported_cap * sizeof *n->exported);
  }
  n->exported[n->exported_len++] = o;
}

void heap_unexport(JThread *t, Object *o) {
  Node *n = t->node;
  for (uint32_t i = 0; i < n->exported_len; i++)
    if (n->exported[i] == o) {
      n->exported[i] = n->exported[--n->exported_len];
      return;
    }
}

void heap_spill(JThread *t) {
  setjmp(t->regs);
  t->cstack_low = __builtin_frame_address(0);
}
