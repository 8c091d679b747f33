/* test_vm.c — the loader, the interpreter's helpers and the collector, inside one simulated
 * task on the loopback platform. Test classes are written with classgen and served by an
 * in-memory class path entry, so each test states exactly the bytes it loads. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "backend.h"
#include "classgen.h"
#include "interp.h"
#include "loader.h"
#include "opcodes.h"
#include "vm.h"

static JThread *T;

/* ---- An in-memory class path ------------------------------------------------------------- */

typedef struct MemClass {
  const char *name;
  uint8_t *bytes;
  size_t len;
} MemClass;

static MemClass mem[32];
static int mem_count;

static int mem_provider(void *ctx, const char *name, uint8_t **bytes, size_t *len) {
  (void)ctx;
  for (int i = 0; i < mem_count; i++)
    if (strcmp(mem[i].name, name) == 0) {
      *bytes = malloc(mem[i].len);
      memcpy(*bytes, mem[i].bytes, mem[i].len);
      *len = mem[i].len;
      return 0;
    }
  return -1;
}

/* A class with a default constructor-free body: only what the test adds. */
static void add_class(ClassGen *g, uint16_t access, const char *name, const char *super,
                      const char **ifaces, int n) {
  MemClass *m = &mem[mem_count++];
  m->name = name;
  m->bytes = cg_finish(g, access, name, super, ifaces, n, &m->len);
  cg_free(g);
}

static void add_empty(const char *name, const char *super, uint16_t access, const char *iface) {
  ClassGen g;
  cg_init(&g);
  const char *ifs[1] = {iface};
  add_class(&g, access, name, super, ifs, iface ? 1 : 0);
}

static const char *pending_name(void) {
  return T->exception ? T->exception->cls->name : "(none)";
}

static char *pending_message(void) {
  if (!T->exception) return NULL;
  Field *f = class_resolve_field(T->exception->cls, "detailMessage", "Ljava/lang/String;");
  Object *s = f ? *FIELD_PTR(T->exception, f->offset, Object *) : NULL;
  return s ? jstr_to_utf8(T, s) : NULL;
}

/* ---- Loading and linking ------------------------------------------------------------------- */

static void test_missing_class(void **state) {
  (void)state;
  assert_null(class_load(T, "no/such/Thing"));
  assert_string_equal(pending_name(), "java/lang/NoClassDefFoundError");
  char *m = pending_message();
  assert_string_equal(m, "no/such/Thing");
  free(m);
  T->exception = NULL;
}

static void test_circularity(void **state) {
  (void)state;
  assert_null(class_load(T, "CircA"));
  assert_string_equal(pending_name(), "java/lang/ClassCircularityError");
  T->exception = NULL;
  /* A failed class stays failed, and never half-built. */
  assert_null(class_load(T, "CircA"));
  assert_string_equal(pending_name(), "java/lang/NoClassDefFoundError");
  T->exception = NULL;
}

static void test_interface_as_super(void **state) {
  (void)state;
  assert_null(class_load(T, "BadSuper"));
  assert_string_equal(pending_name(), "java/lang/IncompatibleClassChangeError");
  char *m = pending_message();
  assert_string_equal(m, "class BadSuper has interface java.lang.Runnable as super class");
  free(m);
  T->exception = NULL;
}

static void test_class_as_interface(void **state) {
  (void)state;
  assert_null(class_load(T, "BadIface"));
  assert_string_equal(pending_name(), "java/lang/IncompatibleClassChangeError");
  char *m = pending_message();
  assert_string_equal(
      m, "class BadIface can not implement java.lang.Object, because it is not an interface");
  free(m);
  T->exception = NULL;
}

static void test_final_super(void **state) {
  (void)state;
  assert_null(class_load(T, "ExtendsString"));
  assert_string_equal(pending_name(), "java/lang/VerifyError");
  T->exception = NULL;
}

static void test_malformed_class(void **state) {
  (void)state;
  assert_null(class_load(T, "Garbage"));
  assert_string_equal(pending_name(), "java/lang/ClassFormatError");
  char *m = pending_message();
  assert_non_null(strstr(m, "Garbage"));
  free(m);
  T->exception = NULL;
}

static void test_field_layout(void **state) {
  (void)state;
  Class *c = class_load(T, "Fields");
  assert_non_null(c);
  /* byte b, long l, int i, Object o, short s: 8-byte fields first, then 4, 2, 1, packed. */
  Field *b = class_resolve_field(c, "b", "B"), *l = class_resolve_field(c, "l", "J");
  Field *i = class_resolve_field(c, "i", "I"),
        *o = class_resolve_field(c, "o", "Ljava/lang/Object;");
  Field *s = class_resolve_field(c, "s", "S");
  assert_int_equal(l->offset % 8, 0);
  assert_int_equal(o->offset % 8, 0);
  assert_int_equal(i->offset % 4, 0);
  assert_int_equal(s->offset % 2, 0);
  assert_true(l->offset >= sizeof(Object) && o->offset >= sizeof(Object));
  assert_int_equal(c->instance_size, sizeof(Object) + 8 + 8 + 4 + 2 + 1);
  assert_int_equal(c->ref_count, 1);
  assert_int_equal(c->ref_offsets[0], o->offset);
  (void)b;
}

static void test_vtable_override(void **state) {
  (void)state;
  Class *base = class_load(T, "VBase"), *sub = class_load(T, "VSub");
  assert_non_null(base);
  assert_non_null(sub);
  Method *bm = class_find_method(base, "m", "()I"), *sm = class_find_method(sub, "m", "()I");
  assert_int_equal(bm->vtable_index, sm->vtable_index);
  assert_ptr_equal(sub->vtable[bm->vtable_index], sm);
  assert_ptr_equal(base->vtable[bm->vtable_index], bm);
  /* A call through the base method on a VSub runs VSub.m. */
  Object *o = obj_new(T, sub);
  Slot args[1] = {{.r = o}};
  assert_true(interp_call(T, sub->vtable[bm->vtable_index], args));
  assert_int_equal(T->ret.i, 2);
}

/* ---- The interpreter --------------------------------------------------------------------- */

static void test_jsr_ret(void **state) {
  (void)state;
  Class *c = class_load(T, "OldJsr");
  assert_non_null(c);
  Method *m = class_find_method(c, "run", "()I");
  assert_true(interp_call(T, m, NULL));
  assert_int_equal(T->ret.i, 10); /* the subroutine adds 5, called twice */
}

static void test_idiv_min_by_minus_one(void **state) {
  (void)state;
  Class *c = class_load(T, "Arith");
  Method *m = class_find_method(c, "div", "(II)I");
  Slot args[2] = {{.i = INT32_MIN}, {.i = -1}};
  assert_true(interp_call(T, m, args));
  assert_int_equal(T->ret.i, INT32_MIN);
  Slot zero[2] = {{.i = 1}, {.i = 0}};
  assert_false(interp_call(T, m, zero));
  assert_string_equal(pending_name(), "java/lang/ArithmeticException");
  char *msg = pending_message();
  assert_string_equal(msg, "/ by zero");
  free(msg);
  T->exception = NULL;
}

static void test_helpers(void **state) {
  (void)state;
  char ret;
  assert_int_equal(desc_arg_slots("(IJLjava/lang/String;[[DZ)V", &ret), 6);
  assert_int_equal(ret, 'V');
  assert_int_equal(desc_arg_slots("()[I", &ret), 0);
  assert_int_equal(ret, 'L');
  char buf[256];
  Class *s = class_load(T, "java/lang/String");
  assert_string_equal(excep_method_sig(s, "foo", "(I[Ljava/lang/Object;J)[[Z", buf, sizeof buf),
                      "boolean[][] java.lang.String.foo(int, java.lang.Object[], long)");
  assert_string_equal(class_java_name(class_array_of(T, s), buf, sizeof buf),
                      "[Ljava.lang.String;");
  Class *arith = class_load(T, "Arith");
  Method *m = class_find_method(arith, "div", "(II)I");
  assert_int_equal(method_line(m, 0), -1); /* classgen writes no line numbers */
}

/* ---- The collector ------------------------------------------------------------------------ */

static void test_gc_frees_garbage_keeps_roots(void **state) {
  (void)state;
  Class *c = class_load(T, "Holder");
  assert_true(class_init(T, c));
  Field *keep = class_resolve_field(c, "keep", "Ljava/lang/Object;");
  Class *oa = class_array_of(T, vm->c_object);
  Object *kept = array_new(T, oa, 4);
  *FIELD_PTR(c->statics, keep->offset, Object *) = kept;
  int32_t hash = obj_identity_hash(T, kept);
  for (int i = 0; i < 1000; i++) assert_non_null(array_new(T, oa, 16)); /* garbage */
  const HeapStats *st = heap_stats(T->node->heap);
  uint64_t freed = st->freed_objects, count = st->collections;
  heap_collect(T, false);
  assert_int_equal(st->collections, count + 1);
  assert_true(st->freed_objects >= freed + 1000);
  assert_ptr_equal(*FIELD_PTR(c->statics, keep->offset, Object *), kept);
  assert_int_equal(ARRAY_LEN(kept), 4);
  assert_int_equal(obj_identity_hash(T, kept), hash); /* nothing moves */
  /* Freed space is reused. */
  uint64_t before = st->allocated_total;
  assert_non_null(array_new(T, oa, 16));
  assert_true(st->allocated_total > before);
}

static void test_gc_interior_and_chains(void **state) {
  (void)state;
  /* A chain reachable only from a C local (this frame: scanned conservatively). */
  Class *oa = class_array_of(T, vm->c_object);
  Object *head = array_new(T, oa, 1), *cur = head;
  for (int i = 0; i < 100; i++) {
    Object *next = array_new(T, oa, 1);
    ARRAY_DATA(cur, Object *)[0] = next;
    cur = next;
  }
  heap_collect(T, false);
  int n = 0;
  for (Object *o = head; o; o = ARRAY_DATA(o, Object *)[0]) {
    assert_ptr_equal(o->cls, oa);
    n++;
  }
  assert_int_equal(n, 101);
}

/* The stack below the caller is scanned conservatively: these helpers keep raw pointers of
 * the test object out of the test's own frame, and scrub() wipes what returned calls left. */
#define MASK 0x5a5a5a5a5a5aull
static __attribute__((noinline)) uintptr_t make_exported(Class *ia) {
  Object *o = array_new(T, ia, 3);
  ARRAY_DATA(o, int32_t)[2] = 0x5eed;
  heap_export(T, o);
  return (uintptr_t)o ^ MASK;
}
static __attribute__((noinline)) void unexport_masked(uintptr_t a) {
  heap_unexport(T, (Object *)(a ^ MASK));
}
static __attribute__((noinline)) void scrub(void) {
  volatile char buf[16384];
  memset((char *)buf, 0, sizeof buf);
}
static __attribute__((noinline)) bool masked_is(uintptr_t a, Class *c, int32_t v) {
  Object *o = (Object *)(a ^ MASK);
  return o->cls == c && ARRAY_DATA(o, int32_t)[2] == v;
}

/* An object only another node references stays alive while it is exported. */
static void test_export_table(void **state) {
  (void)state;
  Class *ia = class_array_of(T, loader_primitive('I'));
  uintptr_t a = make_exported(ia);
  scrub();
  heap_collect(T, false);
  assert_true(masked_is(a, ia, 0x5eed)); /* not freed: the export table is a root */
  /* Released, it is no root any more (whether it is freed then depends on stale words the
   * conservative scan may find, so the table itself is checked). */
  uint32_t before = T->node->exported_len;
  unexport_masked(a);
  assert_int_equal(T->node->exported_len, before - 1);
  for (uint32_t i = 0; i < T->node->exported_len; i++)
    assert_true((uintptr_t)T->node->exported[i] != (a ^ MASK));
}

static __attribute__((noinline)) uintptr_t masked_new_string(const char *s) {
  return (uintptr_t)jstr_intern_utf8(T, s) ^ MASK;
}

/* Roots of every kind: an interned string, a class's java.lang.Class object, a pending
 * exception. Each is reached after the collection only through its root. */
static void test_gc_root_kinds(void **state) {
  (void)state;
  uintptr_t s = masked_new_string("only interned, never referenced");
  Class *holder = class_load(T, "Holder");
  Object *mirror = class_mirror(T, holder);
  uintptr_t m = (uintptr_t)mirror ^ MASK;
  mirror = NULL;
  Class *ia = class_array_of(T, loader_primitive('I'));
  T->exception = array_new(T, ia, 7); /* any object will do as "pending" for the collector */
  uintptr_t e = (uintptr_t)T->exception ^ MASK;
  scrub();
  heap_collect(T, false);
  /* Reuse freed space, so that anything wrongly freed is overwritten before it is checked. */
  for (int i = 0; i < 4000; i++) memset(ARRAY_DATA(array_new(T, ia, 8), int32_t), 0xff, 32);
  assert_ptr_equal(((Object *)(m ^ MASK))->cls, vm->c_class);
  assert_true(((uintptr_t)jstr_intern_utf8(T, "only interned, never referenced") ^ MASK) == s);
  assert_true(((uintptr_t)class_mirror(T, holder) ^ MASK) == m);
  assert_ptr_equal(class_of_mirror((Object *)(m ^ MASK)), holder);
  assert_true(((uintptr_t)T->exception ^ MASK) == e);
  assert_int_equal(ARRAY_LEN(T->exception), 7);
  T->exception = NULL;
}

/* Holes left by dead objects are reused: after freeing every other 1 KB array, as many
 * new ones fit without the heap growing. */
static void test_gc_fragmentation_reuse(void **state) {
  (void)state;
  Class *c = class_load(T, "Holder");
  Field *keep = class_resolve_field(c, "keep", "Ljava/lang/Object;");
  Class *oa = class_array_of(T, vm->c_object), *ba = class_array_of(T, loader_primitive('B'));
  Object *kept = array_new(T, oa, 500);
  *FIELD_PTR(c->statics, keep->offset, Object *) = kept;
  for (int i = 0; i < 1000; i++) {
    Object *b = array_new(T, ba, 1000);
    if (i % 2 == 0) ARRAY_DATA(kept, Object *)[i / 2] = b;
  }
  scrub();
  heap_collect(T, false);
  uint64_t span = heap_span(T->node->heap);
  for (int i = 0; i < 450; i++) assert_non_null(array_new(T, ba, 1000));
  assert_int_equal(heap_span(T->node->heap), span);
  for (int i = 0; i < 500; i++) assert_int_equal(ARRAY_LEN(ARRAY_DATA(kept, Object *)[i]), 1000);
  *FIELD_PTR(c->statics, keep->offset, Object *) = NULL;
}

static void test_out_of_memory(void **state) {
  (void)state;
  Class *ia = class_array_of(T, loader_primitive('I'));
  assert_null(array_new(T, ia, 100 << 20)); /* 400 MB in a 32 MB heap */
  assert_string_equal(pending_name(), "java/lang/OutOfMemoryError");
  char *m = pending_message();
  assert_string_equal(m, "Java heap space");
  free(m);
  T->exception = NULL;
  assert_non_null(array_new(T, ia, 1000)); /* and the heap still works */
}

/* ---- Set-up ------------------------------------------------------------------------------- */

static void make_classes(void) {
  add_empty("CircA", "CircB", ACC_PUBLIC | ACC_SUPER, NULL);
  add_empty("CircB", "CircA", ACC_PUBLIC | ACC_SUPER, NULL);
  add_empty("BadSuper", "java/lang/Runnable", ACC_PUBLIC | ACC_SUPER, NULL);
  add_empty("BadIface", "java/lang/Object", ACC_PUBLIC | ACC_SUPER, "java/lang/Object");
  add_empty("ExtendsString", "java/lang/String", ACC_PUBLIC | ACC_SUPER, NULL);
  static uint8_t garbage[] = {0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 52, 0};
  mem[mem_count++] = (MemClass){"Garbage", garbage, sizeof garbage};

  ClassGen g;
  cg_init(&g);
  cg_field(&g, 0, "b", "B");
  cg_field(&g, 0, "l", "J");
  cg_field(&g, 0, "i", "I");
  cg_field(&g, 0, "o", "Ljava/lang/Object;");
  cg_field(&g, 0, "s", "S");
  add_class(&g, ACC_PUBLIC | ACC_SUPER, "Fields", "java/lang/Object", NULL, 0);

  for (int k = 0; k < 2; k++) {
    cg_init(&g);
    CgCode c = {0};
    cg_op(&c, k == 0 ? OP_iconst_1 : OP_iconst_2);
    cg_op(&c, OP_ireturn);
    c.max_stack = 1;
    c.max_locals = 1;
    cg_method(&g, ACC_PUBLIC, "m", "()I", &c);
    add_class(&g, ACC_PUBLIC | ACC_SUPER, k == 0 ? "VBase" : "VSub",
              k == 0 ? "java/lang/Object" : "VBase", NULL, 0);
  }

  /* jsr/ret: only in class files before version 51. */
  cg_init(&g);
  g.major = 49;
  CgCode c = {0};
  cg_op(&c, OP_iconst_0);   /* 0 */
  cg_op1(&c, OP_istore, 0); /* 1 */
  cg_op2(&c, OP_jsr, 9);    /* 3 -> 12 */
  cg_op2(&c, OP_jsr, 6);    /* 6 -> 12 */
  cg_op1(&c, OP_iload, 0);  /* 9 */
  cg_op(&c, OP_ireturn);    /* 11 */
  cg_op1(&c, OP_astore, 1); /* 12 */
  cg_op(&c, OP_iinc);       /* 14 */
  cg_u1(&c.code, 0);
  cg_u1(&c.code, 5);
  cg_op1(&c, OP_ret, 1); /* 17 */
  c.max_stack = 1;
  c.max_locals = 2;
  cg_method(&g, ACC_PUBLIC | ACC_STATIC, "run", "()I", &c);
  add_class(&g, ACC_PUBLIC | ACC_SUPER, "OldJsr", "java/lang/Object", NULL, 0);

  cg_init(&g);
  CgCode d = {0};
  cg_op1(&d, OP_iload, 0);
  cg_op1(&d, OP_iload, 1);
  cg_op(&d, OP_idiv);
  cg_op(&d, OP_ireturn);
  d.max_stack = 2;
  d.max_locals = 2;
  cg_method(&g, ACC_PUBLIC | ACC_STATIC, "div", "(II)I", &d);
  add_class(&g, ACC_PUBLIC | ACC_SUPER, "Arith", "java/lang/Object", NULL, 0);

  cg_init(&g);
  cg_field(&g, ACC_STATIC, "keep", "Ljava/lang/Object;");
  add_class(&g, ACC_PUBLIC | ACC_SUPER, "Holder", "java/lang/Object", NULL, 0);
}

static int failures;

static void test_task(void *arg) {
  (void)arg;
  T = vm_thread_new(0, 0);
  T->cstack_base = __builtin_frame_address(0);
  bk_set_task_data(T);
  /* The classes the VM builds objects of, as vm_run_main loads them. */
  vm->c_object = class_load(T, "java/lang/Object");
  vm->c_cloneable = class_load(T, "java/lang/Cloneable");
  vm->c_serializable = class_load(T, "java/io/Serializable");
  vm->c_string = class_load(T, "java/lang/String");
  vm->c_class = class_load(T, "java/lang/Class");
  vm->a_char = class_array_of(T, loader_primitive('C'));
  vm->f_string_value = class_resolve_field(vm->c_string, "value", "[C");
  vm->f_string_hash = class_resolve_field(vm->c_string, "hash", "I");
  vm->f_class_vmid = class_resolve_field(vm->c_class, "classId", "I");
  vm->c_throwable = class_load(T, "java/lang/Throwable");
  vm->f_throwable_backtrace =
      class_resolve_field(vm->c_throwable, "backtrace", "Ljava/lang/Object;");
  vm->c_ste = class_load(T, "java/lang/StackTraceElement");
  vm->c_thread = class_load(T, "java/lang/Thread");
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_missing_class),
      cmocka_unit_test(test_circularity),
      cmocka_unit_test(test_interface_as_super),
      cmocka_unit_test(test_class_as_interface),
      cmocka_unit_test(test_final_super),
      cmocka_unit_test(test_malformed_class),
      cmocka_unit_test(test_field_layout),
      cmocka_unit_test(test_vtable_override),
      cmocka_unit_test(test_jsr_ret),
      cmocka_unit_test(test_idiv_min_by_minus_one),
      cmocka_unit_test(test_helpers),
      cmocka_unit_test(test_gc_frees_garbage_keeps_roots),
      cmocka_unit_test(test_gc_interior_and_chains),
      cmocka_unit_test(test_export_table),
      cmocka_unit_test(test_gc_root_kinds),
      cmocka_unit_test(test_gc_fragmentation_reuse),
      cmocka_unit_test(test_out_of_memory),
  };
  failures = cmocka_run_group_tests(tests, NULL, NULL);
}

int main(void) {
  make_classes();
  char err[512];
  BkConfig bc = {.platform = DJSIM_PLATFORM_DIR "/loopback.xml", .nodes = 1};
  if (bk_init(&bc, err, sizeof err) != 0) {
    fprintf(stderr, "%s\n", err);
    return 1;
  }
  ClassPathEntry cp[2] = {{.dir = DJSIM_CLASSLIB_DIR, .boot = true}, {.provider = mem_provider}};
  VmOptions opt = {.heap_bytes = 32u << 20, .nodes = 1};
  if (vm_create(&opt, cp, 2) != 0) return 1;
  bk_run(test_task, NULL);
  vm_destroy();
  bk_shutdown();
  for (int i = 0; i < mem_count; i++)
    if (strcmp(mem[i].name, "Garbage") != 0) free(mem[i].bytes);
  return failures;
}
