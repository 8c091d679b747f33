/* interp.c — the bytecode interpreter.
 *
 * One loop per entry from C; Java-to-Java calls push a frame on the thread's Java stack and
 * jump back to dispatch, so recursion never grows the C stack. Resolved instructions are
 * rewritten in place into quick forms (opcodes.h). Dispatch is computed goto under GCC and
 * clang, a switch elsewhere; each instruction body is written once for both.
 *
 * Every heap-touching instruction has its local fast path and one marked divert point,
 * `REMOTE(...)`, taken when the object's mode is not OBJ_LOCAL: there the distributed
 * object model (issue #7) takes over.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend.h"
#include "dist.h"
#include "policy.h"
#include "interp.h"
#include "loader.h"
#include "monitor.h"
#include "opcodes.h"
#include "vm.h"

#if defined(__GNUC__) && !defined(DJ_SWITCH_DISPATCH)
#define DJ_COMPUTED_GOTO 1
#endif

/* Slots kept free at the end of every Java stack so a StackOverflowError can be built. */
#define STACK_RESERVE 2048

static inline uint16_t u2(const uint8_t *p) {
  return (uint16_t)(p[0] << 8 | p[1]);
}
static inline int16_t s2(const uint8_t *p) {
  return (int16_t)u2(p);
}
static inline int32_t s4(const uint8_t *p) {
  return (int32_t)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]);
}

int method_line(const Method *m, uint32_t pc) {
  int line = -1;
  uint32_t best = 0;
  for (int i = 0; i < m->line_count; i++)
    if (m->lines[i].start_pc <= pc && m->lines[i].start_pc >= best) {
      best = m->lines[i].start_pc;
      line = m->lines[i].line;
    }
  return line;
}

/* ---- Conversions with Java semantics ---------------------------------------------------- */

static inline int32_t f2i(float f) {
  if (f != f) return 0;
  if (f >= 2147483648.0f) return INT32_MAX;
  if (f <= -2147483648.0f) return INT32_MIN;
  return (int32_t)f;
}
static inline int64_t f2l(float f) {
  if (f != f) return 0;
  if (f >= 9223372036854775808.0f) return INT64_MAX;
  if (f <= -9223372036854775808.0f) return INT64_MIN;
  return (int64_t)f;
}
static inline int32_t d2i(double d) {
  if (d != d) return 0;
  if (d >= 2147483648.0) return INT32_MAX;
  if (d <= -2147483648.0) return INT32_MIN;
  return (int32_t)d;
}
static inline int64_t d2l(double d) {
  if (d != d) return 0;
  if (d >= 9223372036854775808.0) return INT64_MAX;
  if (d <= -9223372036854775808.0) return INT64_MIN;
  return (int64_t)d;
}

/* ---- Charging the CPU ------------------------------------------------------------------- */

void interp_charge(JThread *t) {
  heap_spill(t); /* every blocking point passes here first */
  if (t->bytecodes) {
    bk_compute(t->bytecodes, 0);
    t->bytecodes = 0;
  }
}

/* ---- Frames ----------------------------------------------------------------------------- */

/* Pushes a frame for m whose locals start at `locals` (arguments already there). */
static inline Frame *push_frame(JThread *t, Method *m, Slot *locals) {
  Frame *f = (Frame *)(locals + m->max_locals);
  Slot *limit = t->in_overflow ? t->stack_end : t->stack_end - STACK_RESERVE;
  if (unlikely((Slot *)(f + 1) + m->max_stack > limit)) return NULL;
  f->m = m;
  f->locals = locals;
  f->prev = t->frame;
  f->sync = NULL;
  f->flags = 0;
  f->pc = m->code;
  f->sp = (Slot *)(f + 1);
  t->frame = f;
  return f;
}

static void throw_stack_overflow(JThread *t) {
  if (t->in_overflow) vm_fatal("StackOverflowError while building a StackOverflowError");
  t->in_overflow = true;
  excep_throw_new(t, "java/lang/StackOverflowError", NULL);
  t->in_overflow = false;
}

/* Where new frames go: above the top frame's operand stack, or at the stack's base. */
static inline Slot *stack_top(JThread *t) {
  return t->frame ? t->frame->sp : t->stack;
}

/* ---- Resolution (slow paths that rewrite the instruction) ---------------------------------- */

static Class *res_class(JThread *t, Class *c, uint16_t idx) {
  Resolved *r = &c->rcp[idx];
  if (r->cls) return r->cls;
  const char *name = cf_class_name(c->cf, idx);
  Class *k = class_load(t, name);
  if (!k) return NULL;
  if (!access_class(t, c, k)) return NULL;
  r->cls = k;
  return k;
}

static Field *res_field(JThread *t, Class *c, uint16_t idx, bool is_static) {
  Resolved *r = &c->rcp[idx];
  Field *f = r->field;
  if (!f) {
    CfConst *ref = &c->cf->cp[idx];
    Class *k = res_class(t, c, ref->u.ref.cls);
    if (!k) return NULL;
    CfConst *nat = &c->cf->cp[ref->u.ref.nat];
    const char *name = cf_utf8(c->cf, nat->u.nat.name), *desc = cf_utf8(c->cf, nat->u.nat.desc);
    f = class_resolve_field(k, name, desc);
    if (!f) {
      excep_throw_new(t, "java/lang/NoSuchFieldError", "%s", name);
      return NULL;
    }
    if (!access_member(t, c, k, f->owner, f->access, name, desc, true)) return NULL;
    r->field = f;
  }
  if (!!(f->access & ACC_STATIC) != is_static) {
    char buf[512];
    excep_throw_new(t, "java/lang/IncompatibleClassChangeError", "Expected %s field %s.%s",
                    is_static ? "static" : "non-static", class_java_name(f->owner, buf, sizeof buf),
                    f->name);
    return NULL;
  }
  return f;
}

static Method *res_method(JThread *t, Class *c, uint16_t idx, int op) {
  Resolved *r = &c->rcp[idx];
  if (r->method) return r->method;
  CfConst *ref = &c->cf->cp[idx];
  Class *k = res_class(t, c, ref->u.ref.cls);
  if (!k) return NULL;
  CfConst *nat = &c->cf->cp[ref->u.ref.nat];
  const char *name = cf_utf8(c->cf, nat->u.nat.name), *desc = cf_utf8(c->cf, nat->u.nat.desc);
  char buf[512];
  bool iface_ref = ref->tag == CF_IMETHODREF;
  if (iface_ref != !!(k->access & ACC_INTERFACE)) {
    excep_throw_new(t, "java/lang/IncompatibleClassChangeError",
                    iface_ref ? "Found class %s, but interface was expected"
                              : "Found interface %s, but class was expected",
                    class_java_name(k, buf, sizeof buf));
    return NULL;
  }
  Method *m =
      iface_ref ? class_resolve_imethod(k, name, desc) : class_resolve_method(k, name, desc);
  if (!m) {
    excep_throw_new(t, "java/lang/NoSuchMethodError", "'%s'",
                    excep_method_sig(k, name, desc, buf, sizeof buf));
    return NULL;
  }
  if (!access_member(t, c, k, m->owner, m->access, name, desc, false)) return NULL;
  bool is_static = !!(m->access & ACC_STATIC);
  if ((op == OP_invokestatic) != is_static) {
    excep_throw_new(t, "java/lang/IncompatibleClassChangeError", "Expected %s method '%s'",
                    is_static ? "non-static" : "static",
                    excep_method_sig(m->owner, name, desc, buf, sizeof buf));
    return NULL;
  }
  r->method = m;
  return m;
}

/* invokespecial's choice (JVMS 6.5): a super call from an ACC_SUPER class looks the method
 * up again from the caller's superclass. */
static Method *special_target(Class *caller, Method *m) {
  if (m->name[0] == '<' || (m->access & ACC_PRIVATE) || (m->owner->access & ACC_INTERFACE))
    return m;
  if (!(caller->access & ACC_SUPER) || caller == m->owner || !caller->super ||
      !class_is_subclass(caller->super, m->owner))
    return m;
  for (Class *k = caller->super; k; k = k->super) {
    Method *x = class_find_method(k, m->name, m->desc);
    if (x && !(x->access & ACC_STATIC)) return x;
  }
  return m;
}

/* multianewarray: dimension by dimension. */
static Object *multi_array(JThread *t, Class *c, int32_t *dims, int ndims) {
  Object *a = array_new(t, c, dims[0]);
  if (!a || ndims == 1) return a;
  for (int32_t i = 0; i < dims[0]; i++) {
    Object *sub = multi_array(t, c->elem, dims + 1, ndims - 1);
    if (!sub) return NULL;
    ARRAY_DATA(a, Object *)[i] = sub;
  }
  return a;
}

/* ---- The loop ---------------------------------------------------------------------------- */

bool interp_call(JThread *t, Method *m, const Slot *args) {
  if (m->access & ACC_NATIVE) {
    if (!m->native) m->native = natives_find(m);
    if (!m->native) {
      char buf[512];
      excep_throw_new(t, "java/lang/UnsatisfiedLinkError", "'%s'",
                      excep_method_sig(m->owner, m->name, m->desc, buf, sizeof buf));
      return false;
    }
    Slot a[256];
    if (m->arg_slots) memcpy(a, args, m->arg_slots * sizeof(Slot));
    t->ret.l = 0;
    m->native(t, a, &t->ret);
    return t->exception == NULL;
  }
  if (m->access & ACC_ABSTRACT) {
    char buf[512];
    excep_throw_new(t, "java/lang/AbstractMethodError", "'%s'",
                    excep_method_sig(m->owner, m->name, m->desc, buf, sizeof buf));
    return false;
  }
  Slot *base = stack_top(t);
  Frame *f = push_frame(t, m, base);
  if (!f) {
    throw_stack_overflow(t);
    return false;
  }
  if (m->arg_slots) memcpy(base, args, m->arg_slots * sizeof(Slot));
  f->flags = FRAME_ENTRY;
  if (m->access & ACC_SYNCHRONIZED) { /* e.g. a method shipped here from another node */
    Object *lock = (m->access & ACC_STATIC) ? class_mirror(t, m->owner) : base[0].r;
    if (!lock || !mon_enter(t, lock)) {
      t->frame = f->prev;
      return false;
    }
    f->sync = lock;
  }
  return interp_run(t);
}

/* Runs from t->frame until the entry frame returns (true, result in t->ret) or an exception
 * leaves it (false, t->exception set). */
bool interp_run(JThread *t) {
#ifdef DJ_COMPUTED_GOTO
  /* Every byte first goes to L_unknown, then each opcode to its body (the override is the
   * point of the range initializer). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
  static void *const dispatch[256] = {[0 ... 255] = &&L_unknown,
#define DJ_OP_LABEL(name, value, len) [value] = &&L_##name,
                                      DJ_OPCODES(DJ_OP_LABEL)
#undef DJ_OP_LABEL
  };
#pragma GCC diagnostic pop
#define CASE(name) L_##name:
#define DISPATCH()                                                                                 \
  do {                                                                                             \
    icount++;                                                                                      \
    goto *dispatch[*pc];                                                                           \
  } while (0)
#else
#define CASE(name) case OP_##name:
#define DISPATCH()                                                                                 \
  do {                                                                                             \
    icount++;                                                                                      \
    goto top;                                                                                      \
  } while (0)
#endif
#define NEXT(n)                                                                                    \
  do {                                                                                             \
    pc += (n);                                                                                     \
    DISPATCH();                                                                                    \
  } while (0)
  /* Saves the interpreter's registers so C code (natives, exceptions) sees this frame. */
#define SAVE(pc_)                                                                                  \
  do {                                                                                             \
    frame->pc = (pc_);                                                                             \
    frame->sp = sp;                                                                                \
    t->bytecodes += icount;                                                                        \
    icount = 0;                                                                                    \
  } while (0)
#define THROW(...)                                                                                 \
  do {                                                                                             \
    SAVE(pc + 1);                                                                                  \
    excep_throw_new(t, __VA_ARGS__);                                                               \
    goto exception;                                                                                \
  } while (0)
#define NULL_CHECK(o)                                                                              \
  do {                                                                                             \
    if (unlikely(!(o))) goto null_pointer;                                                         \
  } while (0)
  /* The divert point of the distributed object model: the whole instruction (of `len`
   * bytes) runs in dist.c when its object is not local. */
#define REMOTE(o, len)                                                                             \
  do {                                                                                             \
    if (unlikely((o)->hdr & OBJ_MODE_MASK)) {                                                      \
      SAVE(pc + 1);                                                                                \
      int delta_ = dist_insn(t, pc, sp, (o));                                                      \
      if (delta_ == DIST_THREW) goto exception;                                                    \
      sp += delta_;                                                                                \
      NEXT(len);                                                                                   \
    }                                                                                              \
  } while (0)
  /* Periodic work: charge the CPU every quantum (at backward branches and calls). */
#define TICK()                                                                                     \
  do {                                                                                             \
    if (unlikely(icount + t->bytecodes >= quantum)) {                                              \
      SAVE(pc);                                                                                    \
      interp_charge(t);                                                                            \
    }                                                                                              \
  } while (0)
#define BRANCH(cond, off)                                                                          \
  do {                                                                                             \
    if (cond) {                                                                                    \
      int32_t o_ = (off);                                                                          \
      pc += o_;                                                                                    \
      if (o_ <= 0) TICK();                                                                         \
      DISPATCH();                                                                                  \
    }                                                                                              \
    NEXT(3);                                                                                       \
  } while (0)
#define ARRAY_ACCESS(type, arr_slot, idx_slot)                                                     \
  Object *arr = sp[arr_slot].r;                                                                    \
  int32_t idx = sp[idx_slot].i;                                                                    \
  NULL_CHECK(arr);                                                                                 \
  if (unlikely((uint32_t)idx >= (uint32_t)ARRAY_LEN(arr))) goto array_bounds;                      \
  REMOTE(arr, 1);                                                                                  \
  DJ_ASSERT_LOCAL(t, arr);                                                                         \
  type *elems = ARRAY_DATA(arr, type);

  Frame *frame = t->frame;
  Method *method = frame->m;
  uint8_t *pc = frame->pc;
  Slot *sp = frame->sp;
  Slot *locals = frame->locals;
  Resolved *rcp = method->owner->rcp;
  uint64_t icount = 0;
  uint64_t quantum = t->quantum;
  Method *callee;
  Class *init_c;
  int ilen;

#ifdef DJ_COMPUTED_GOTO
  DISPATCH();
#else
top:
  switch (*pc) {
#endif

  CASE(nop) NEXT(1);
  CASE(aconst_null) sp->r = NULL;
  sp++;
  NEXT(1);
  CASE(iconst_m1) sp->i = -1;
  sp++;
  NEXT(1);
  CASE(iconst_0) sp->i = 0;
  sp++;
  NEXT(1);
  CASE(iconst_1) sp->i = 1;
  sp++;
  NEXT(1);
  CASE(iconst_2) sp->i = 2;
  sp++;
  NEXT(1);
  CASE(iconst_3) sp->i = 3;
  sp++;
  NEXT(1);
  CASE(iconst_4) sp->i = 4;
  sp++;
  NEXT(1);
  CASE(iconst_5) sp->i = 5;
  sp++;
  NEXT(1);
  CASE(lconst_0) sp->l = 0;
  sp += 2;
  NEXT(1);
  CASE(lconst_1) sp->l = 1;
  sp += 2;
  NEXT(1);
  CASE(fconst_0) sp->f = 0.0f;
  sp++;
  NEXT(1);
  CASE(fconst_1) sp->f = 1.0f;
  sp++;
  NEXT(1);
  CASE(fconst_2) sp->f = 2.0f;
  sp++;
  NEXT(1);
  CASE(dconst_0) sp->d = 0.0;
  sp += 2;
  NEXT(1);
  CASE(dconst_1) sp->d = 1.0;
  sp += 2;
  NEXT(1);
  CASE(bipush) sp->i = (int8_t)pc[1];
  sp++;
  NEXT(2);
  CASE(sipush) sp->i = s2(pc + 1);
  sp++;
  NEXT(3);

  CASE(ldc) CASE(ldc_w) {
    uint16_t idx = *pc == OP_ldc ? pc[1] : u2(pc + 1);
    int len = *pc == OP_ldc ? 2 : 3;
    CfConst *k = &method->owner->cf->cp[idx];
    switch (k->tag) {
    case CF_INTEGER:
    case CF_FLOAT: pc[0] = len == 2 ? OP_ldc_q : OP_ldc_w_q; DISPATCH();
    case CF_STRING: {
      SAVE(pc + 1);
      Resolved *r = &rcp[idx];
      if (!r->strs) r->strs = calloc((size_t)vm->node_count, sizeof(Object *));
      if (!r->strs[t->node_id]) {
        Object *s = jstr_intern_utf8(t, cf_utf8(method->owner->cf, k->u.string.str));
        if (!s) goto exception;
        r->strs[t->node_id] = s;
      }
      pc[0] = len == 2 ? OP_ldc_str_q : OP_ldc_w_str_q;
      DISPATCH();
    }
    case CF_CLASS: {
      SAVE(pc + 1);
      Class *c = res_class(t, method->owner, idx);
      if (!c) goto exception;
      Object *mirror = class_mirror(t, c);
      if (!mirror) goto exception;
      sp->r = mirror;
      sp++;
      NEXT(len);
    }
    default: THROW("java/lang/InternalError", "ldc of constant kind %d is not supported", k->tag);
    }
  }
  CASE(ldc_q) sp->i = method->owner->cf->cp[pc[1]].u.i;
  sp++;
  NEXT(2);
  CASE(ldc_w_q) sp->i = method->owner->cf->cp[u2(pc + 1)].u.i;
  sp++;
  NEXT(3);
  CASE(ldc_str_q) {
    Object *s = rcp[pc[1]].strs[t->node_id];
    if (unlikely(!s)) { /* interned on another node only: resolve here */
      pc[0] = OP_ldc;
      DISPATCH();
    }
    sp->r = s;
    sp++;
    NEXT(2);
  }
  CASE(ldc_w_str_q) {
    Object *s = rcp[u2(pc + 1)].strs[t->node_id];
    if (unlikely(!s)) { /* interned on another node only: resolve here */
      pc[0] = OP_ldc_w;
      DISPATCH();
    }
    sp->r = s;
    sp++;
    NEXT(3);
  }
  CASE(ldc2_w) pc[0] = OP_ldc2_w_q;
  DISPATCH();
  CASE(ldc2_w_q) sp->l = method->owner->cf->cp[u2(pc + 1)].u.l;
  sp += 2;
  NEXT(3);

  CASE(iload) CASE(fload) CASE(aload) *sp++ = locals[pc[1]];
  NEXT(2);
  CASE(lload) CASE(dload) sp->l = locals[pc[1]].l;
  sp += 2;
  NEXT(2);
  CASE(iload_0) CASE(fload_0) CASE(aload_0) *sp++ = locals[0];
  NEXT(1);
  CASE(iload_1) CASE(fload_1) CASE(aload_1) *sp++ = locals[1];
  NEXT(1);
  CASE(iload_2) CASE(fload_2) CASE(aload_2) *sp++ = locals[2];
  NEXT(1);
  CASE(iload_3) CASE(fload_3) CASE(aload_3) *sp++ = locals[3];
  NEXT(1);
  CASE(lload_0) CASE(dload_0) sp->l = locals[0].l;
  sp += 2;
  NEXT(1);
  CASE(lload_1) CASE(dload_1) sp->l = locals[1].l;
  sp += 2;
  NEXT(1);
  CASE(lload_2) CASE(dload_2) sp->l = locals[2].l;
  sp += 2;
  NEXT(1);
  CASE(lload_3) CASE(dload_3) sp->l = locals[3].l;
  sp += 2;
  NEXT(1);

  CASE(istore) CASE(fstore) CASE(astore) locals[pc[1]] = *--sp;
  NEXT(2);
  CASE(lstore) CASE(dstore) sp -= 2;
  locals[pc[1]].l = sp->l;
  NEXT(2);
  CASE(istore_0) CASE(fstore_0) CASE(astore_0) locals[0] = *--sp;
  NEXT(1);
  CASE(istore_1) CASE(fstore_1) CASE(astore_1) locals[1] = *--sp;
  NEXT(1);
  CASE(istore_2) CASE(fstore_2) CASE(astore_2) locals[2] = *--sp;
  NEXT(1);
  CASE(istore_3) CASE(fstore_3) CASE(astore_3) locals[3] = *--sp;
  NEXT(1);
  CASE(lstore_0) CASE(dstore_0) sp -= 2;
  locals[0].l = sp->l;
  NEXT(1);
  CASE(lstore_1) CASE(dstore_1) sp -= 2;
  locals[1].l = sp->l;
  NEXT(1);
  CASE(lstore_2) CASE(dstore_2) sp -= 2;
  locals[2].l = sp->l;
  NEXT(1);
  CASE(lstore_3) CASE(dstore_3) sp -= 2;
  locals[3].l = sp->l;
  NEXT(1);

  CASE(iaload) CASE(faload) {
    ARRAY_ACCESS(int32_t, -2, -1);
    sp[-2].i = elems[idx];
    sp--;
    NEXT(1);
  }
  CASE(laload) CASE(daload) {
    ARRAY_ACCESS(int64_t, -2, -1);
    sp[-2].l = elems[idx];
    NEXT(1);
  }
  CASE(aaload) {
    ARRAY_ACCESS(Object *, -2, -1);
    sp[-2].r = elems[idx];
    sp--;
    NEXT(1);
  }
  CASE(baload) {
    ARRAY_ACCESS(int8_t, -2, -1);
    sp[-2].i = elems[idx];
    sp--;
    NEXT(1);
  }
  CASE(caload) {
    ARRAY_ACCESS(uint16_t, -2, -1);
    sp[-2].i = elems[idx];
    sp--;
    NEXT(1);
  }
  CASE(saload) {
    ARRAY_ACCESS(int16_t, -2, -1);
    sp[-2].i = elems[idx];
    sp--;
    NEXT(1);
  }
  CASE(iastore) CASE(fastore) {
    ARRAY_ACCESS(int32_t, -3, -2);
    elems[idx] = sp[-1].i;
    sp -= 3;
    NEXT(1);
  }
  CASE(lastore) CASE(dastore) {
    ARRAY_ACCESS(int64_t, -4, -3);
    elems[idx] = sp[-2].l;
    sp -= 4;
    NEXT(1);
  }
  CASE(bastore) {
    ARRAY_ACCESS(int8_t, -3, -2);
    elems[idx] = (int8_t)(arr->cls->elem == vm->prim[0] ? (sp[-1].i & 1) : sp[-1].i);
    sp -= 3;
    NEXT(1);
  }
  CASE(castore) {
    ARRAY_ACCESS(uint16_t, -3, -2);
    elems[idx] = (uint16_t)sp[-1].i;
    sp -= 3;
    NEXT(1);
  }
  CASE(sastore) {
    ARRAY_ACCESS(int16_t, -3, -2);
    elems[idx] = (int16_t)sp[-1].i;
    sp -= 3;
    NEXT(1);
  }
  CASE(aastore) {
    Object *arr = sp[-3].r;
    int32_t idx = sp[-2].i;
    NULL_CHECK(arr);
    if (unlikely((uint32_t)idx >= (uint32_t)ARRAY_LEN(arr))) goto array_bounds;
    Object *v = sp[-1].r;
    if (v && unlikely(!class_is_subclass(v->cls, arr->cls->elem))) {
      char buf[512];
      THROW("java/lang/ArrayStoreException", "%s", class_java_name(v->cls, buf, sizeof buf));
    }
    REMOTE(arr, 1);
    DJ_ASSERT_LOCAL(t, arr);
    ARRAY_DATA(arr, Object *)[idx] = v;
    sp -= 3;
    NEXT(1);
  }

  CASE(pop) sp--;
  NEXT(1);
  CASE(pop2) sp -= 2;
  NEXT(1);
  CASE(dup) sp[0] = sp[-1];
  sp++;
  NEXT(1);
  CASE(dup_x1) {
    Slot a = sp[-1], b = sp[-2];
    sp[-2] = a;
    sp[-1] = b;
    sp[0] = a;
    sp++;
    NEXT(1);
  }
  CASE(dup_x2) {
    Slot a = sp[-1], b = sp[-2], c = sp[-3];
    sp[-3] = a;
    sp[-2] = c;
    sp[-1] = b;
    sp[0] = a;
    sp++;
    NEXT(1);
  }
  CASE(dup2) sp[0] = sp[-2];
  sp[1] = sp[-1];
  sp += 2;
  NEXT(1);
  CASE(dup2_x1) {
    Slot a = sp[-1], b = sp[-2], c = sp[-3];
    sp[-3] = b;
    sp[-2] = a;
    sp[-1] = c;
    sp[0] = b;
    sp[1] = a;
    sp += 2;
    NEXT(1);
  }
  CASE(dup2_x2) {
    Slot a = sp[-1], b = sp[-2], c = sp[-3], d = sp[-4];
    sp[-4] = b;
    sp[-3] = a;
    sp[-2] = d;
    sp[-1] = c;
    sp[0] = b;
    sp[1] = a;
    sp += 2;
    NEXT(1);
  }
  CASE(swap) {
    Slot a = sp[-1];
    sp[-1] = sp[-2];
    sp[-2] = a;
    NEXT(1);
  }

  /* clang-format off */
#define IBIN(op) sp[-2].i = (int32_t)((uint32_t)sp[-2].i op (uint32_t)sp[-1].i); sp--; NEXT(1);
#define LBIN(op) sp[-4].l = (int64_t)((uint64_t)sp[-4].l op (uint64_t)sp[-2].l); sp -= 2; NEXT(1);
  CASE(iadd) IBIN(+)
  CASE(isub) IBIN(-)
  CASE(imul) IBIN(*)
  CASE(iand) IBIN(&)
  CASE(ior) IBIN(|)
  CASE(ixor) IBIN(^)
  CASE(ladd) LBIN(+)
  CASE(lsub) LBIN(-)
  CASE(lmul) LBIN(*)
  CASE(land) LBIN(&)
  CASE(lor) LBIN(|)
  CASE(lxor) LBIN(^)
  CASE(fadd) sp[-2].f = sp[-2].f + sp[-1].f; sp--; NEXT(1);
  CASE(fsub) sp[-2].f = sp[-2].f - sp[-1].f; sp--; NEXT(1);
  CASE(fmul) sp[-2].f = sp[-2].f * sp[-1].f; sp--; NEXT(1);
  CASE(fdiv) sp[-2].f = sp[-2].f / sp[-1].f; sp--; NEXT(1);
  CASE(frem) sp[-2].f = fmodf(sp[-2].f, sp[-1].f); sp--; NEXT(1);
  CASE(dadd) sp[-4].d = sp[-4].d + sp[-2].d; sp -= 2; NEXT(1);
  CASE(dsub) sp[-4].d = sp[-4].d - sp[-2].d; sp -= 2; NEXT(1);
  CASE(dmul) sp[-4].d = sp[-4].d * sp[-2].d; sp -= 2; NEXT(1);
  CASE(ddiv) sp[-4].d = sp[-4].d / sp[-2].d; sp -= 2; NEXT(1);
  CASE(drem) sp[-4].d = fmod(sp[-4].d, sp[-2].d); sp -= 2; NEXT(1);
  /* clang-format on */
  CASE(idiv) {
    int32_t b = sp[-1].i, a = sp[-2].i;
    if (unlikely(b == 0)) THROW("java/lang/ArithmeticException", "/ by zero");
    sp[-2].i = (b == -1) ? (int32_t)(0u - (uint32_t)a) : a / b;
    sp--;
    NEXT(1);
  }
  CASE(irem) {
    int32_t b = sp[-1].i, a = sp[-2].i;
    if (unlikely(b == 0)) THROW("java/lang/ArithmeticException", "/ by zero");
    sp[-2].i = (b == -1) ? 0 : a % b;
    sp--;
    NEXT(1);
  }
  CASE(ldiv) {
    int64_t b = sp[-2].l, a = sp[-4].l;
    if (unlikely(b == 0)) THROW("java/lang/ArithmeticException", "/ by zero");
    sp[-4].l = (b == -1) ? (int64_t)(0u - (uint64_t)a) : a / b;
    sp -= 2;
    NEXT(1);
  }
  CASE(lrem) {
    int64_t b = sp[-2].l, a = sp[-4].l;
    if (unlikely(b == 0)) THROW("java/lang/ArithmeticException", "/ by zero");
    sp[-4].l = (b == -1) ? 0 : a % b;
    sp -= 2;
    NEXT(1);
  }
  CASE(ineg) sp[-1].i = (int32_t)(0u - (uint32_t)sp[-1].i);
  NEXT(1);
  CASE(lneg) sp[-2].l = (int64_t)(0u - (uint64_t)sp[-2].l);
  NEXT(1);
  CASE(fneg) sp[-1].f = -sp[-1].f;
  NEXT(1);
  CASE(dneg) sp[-2].d = -sp[-2].d;
  NEXT(1);
  CASE(ishl) sp[-2].i = (int32_t)((uint32_t)sp[-2].i << (sp[-1].i & 31));
  sp--;
  NEXT(1);
  CASE(ishr) sp[-2].i = sp[-2].i >> (sp[-1].i & 31);
  sp--;
  NEXT(1);
  CASE(iushr) sp[-2].i = (int32_t)((uint32_t)sp[-2].i >> (sp[-1].i & 31));
  sp--;
  NEXT(1);
  CASE(lshl) sp[-3].l = (int64_t)((uint64_t)sp[-3].l << (sp[-1].i & 63));
  sp--;
  NEXT(1);
  CASE(lshr) sp[-3].l = sp[-3].l >> (sp[-1].i & 63);
  sp--;
  NEXT(1);
  CASE(lushr) sp[-3].l = (int64_t)((uint64_t)sp[-3].l >> (sp[-1].i & 63));
  sp--;
  NEXT(1);
  CASE(iinc) locals[pc[1]].i = (int32_t)((uint32_t)locals[pc[1]].i + (uint32_t)(int8_t)pc[2]);
  NEXT(3);

  CASE(i2l) sp[-1].l = sp[-1].i;
  sp++;
  NEXT(1);
  CASE(i2f) sp[-1].f = (float)sp[-1].i;
  NEXT(1);
  CASE(i2d) sp[-1].d = (double)sp[-1].i;
  sp++;
  NEXT(1);
  CASE(l2i) sp[-2].i = (int32_t)sp[-2].l;
  sp--;
  NEXT(1);
  CASE(l2f) sp[-2].f = (float)sp[-2].l;
  sp--;
  NEXT(1);
  CASE(l2d) sp[-2].d = (double)sp[-2].l;
  NEXT(1);
  CASE(f2i) sp[-1].i = f2i(sp[-1].f);
  NEXT(1);
  CASE(f2l) sp[-1].l = f2l(sp[-1].f);
  sp++;
  NEXT(1);
  CASE(f2d) sp[-1].d = (double)sp[-1].f;
  sp++;
  NEXT(1);
  CASE(d2i) sp[-2].i = d2i(sp[-2].d);
  sp--;
  NEXT(1);
  CASE(d2l) sp[-2].l = d2l(sp[-2].d);
  NEXT(1);
  CASE(d2f) sp[-2].f = (float)sp[-2].d;
  sp--;
  NEXT(1);
  CASE(i2b) sp[-1].i = (int8_t)sp[-1].i;
  NEXT(1);
  CASE(i2c) sp[-1].i = (uint16_t)sp[-1].i;
  NEXT(1);
  CASE(i2s) sp[-1].i = (int16_t)sp[-1].i;
  NEXT(1);

  CASE(lcmp) {
    int64_t a = sp[-4].l, b = sp[-2].l;
    sp[-4].i = a < b ? -1 : a > b;
    sp -= 3;
    NEXT(1);
  }
  CASE(fcmpl) CASE(fcmpg) {
    float a = sp[-2].f, b = sp[-1].f;
    sp[-2].i = a < b ? -1 : a > b ? 1 : a == b ? 0 : (*pc == OP_fcmpl ? -1 : 1);
    sp--;
    NEXT(1);
  }
  CASE(dcmpl) CASE(dcmpg) {
    double a = sp[-4].d, b = sp[-2].d;
    sp[-4].i = a < b ? -1 : a > b ? 1 : a == b ? 0 : (*pc == OP_dcmpl ? -1 : 1);
    sp -= 3;
    NEXT(1);
  }

  CASE(ifeq) sp--;
  BRANCH(sp->i == 0, s2(pc + 1));
  CASE(ifne) sp--;
  BRANCH(sp->i != 0, s2(pc + 1));
  CASE(iflt) sp--;
  BRANCH(sp->i < 0, s2(pc + 1));
  CASE(ifge) sp--;
  BRANCH(sp->i >= 0, s2(pc + 1));
  CASE(ifgt) sp--;
  BRANCH(sp->i > 0, s2(pc + 1));
  CASE(ifle) sp--;
  BRANCH(sp->i <= 0, s2(pc + 1));
  CASE(if_icmpeq) sp -= 2;
  BRANCH(sp[0].i == sp[1].i, s2(pc + 1));
  CASE(if_icmpne) sp -= 2;
  BRANCH(sp[0].i != sp[1].i, s2(pc + 1));
  CASE(if_icmplt) sp -= 2;
  BRANCH(sp[0].i < sp[1].i, s2(pc + 1));
  CASE(if_icmpge) sp -= 2;
  BRANCH(sp[0].i >= sp[1].i, s2(pc + 1));
  CASE(if_icmpgt) sp -= 2;
  BRANCH(sp[0].i > sp[1].i, s2(pc + 1));
  CASE(if_icmple) sp -= 2;
  BRANCH(sp[0].i <= sp[1].i, s2(pc + 1));
  CASE(if_acmpeq) sp -= 2;
  BRANCH(sp[0].r == sp[1].r, s2(pc + 1));
  CASE(if_acmpne) sp -= 2;
  BRANCH(sp[0].r != sp[1].r, s2(pc + 1));
  CASE(ifnull) sp--;
  BRANCH(sp->r == NULL, s2(pc + 1));
  CASE(ifnonnull) sp--;
  BRANCH(sp->r != NULL, s2(pc + 1));
  CASE(goto_) BRANCH(1, s2(pc + 1));
  CASE(goto_w) {
    int32_t off = s4(pc + 1);
    pc += off;
    if (off <= 0) TICK();
    DISPATCH();
  }
  CASE(jsr) sp->u = (uintptr_t)(pc + 3 - method->code);
  sp++;
  pc += s2(pc + 1);
  DISPATCH();
  CASE(jsr_w) sp->u = (uintptr_t)(pc + 5 - method->code);
  sp++;
  pc += s4(pc + 1);
  DISPATCH();
  CASE(ret) pc = method->code + locals[pc[1]].u;
  DISPATCH();

  CASE(tableswitch) {
    const uint8_t *p = method->code + ((pc - method->code + 4) & ~3);
    int32_t def = s4(p), lo = s4(p + 4), hi = s4(p + 8), key = (--sp)->i;
    int32_t off = (key < lo || key > hi) ? def : s4(p + 12 + 4 * (int64_t)(key - lo));
    pc += off;
    if (off <= 0) TICK();
    DISPATCH();
  }
  CASE(lookupswitch) {
    const uint8_t *p = method->code + ((pc - method->code + 4) & ~3);
    int32_t def = s4(p), n = s4(p + 4), key = (--sp)->i, off = def;
    int32_t lo = 0, hi = n - 1; /* pairs are sorted by key (checked by the parser) */
    while (lo <= hi) {
      int32_t mid = (lo + hi) / 2, k = s4(p + 8 + 8 * mid);
      if (k == key) {
        off = s4(p + 12 + 8 * mid);
        break;
      }
      if (k < key)
        lo = mid + 1;
      else
        hi = mid - 1;
    }
    pc += off;
    if (off <= 0) TICK();
    DISPATCH();
  }

  CASE(wide) {
    uint16_t idx = u2(pc + 2);
    switch (pc[1]) {
    case OP_iload:
    case OP_fload:
    case OP_aload: *sp++ = locals[idx]; NEXT(4);
    case OP_lload:
    case OP_dload:
      sp->l = locals[idx].l;
      sp += 2;
      NEXT(4);
    case OP_istore:
    case OP_fstore:
    case OP_astore: locals[idx] = *--sp; NEXT(4);
    case OP_lstore:
    case OP_dstore:
      sp -= 2;
      locals[idx].l = sp->l;
      NEXT(4);
    case OP_iinc:
      locals[idx].i = (int32_t)((uint32_t)locals[idx].i + (uint32_t)s2(pc + 4));
      NEXT(6);
    case OP_ret: pc = method->code + locals[idx].u; DISPATCH();
    default: THROW("java/lang/VerifyError", "bad wide opcode %d", pc[1]);
    }
  }

  /* ---- Returns ---- */
  {
    Slot rv;
    int rslots;
    CASE(ireturn) CASE(freturn) CASE(areturn) rv = sp[-1];
    rslots = 1;
    goto do_return;
    CASE(lreturn) CASE(dreturn) rv = sp[-2];
    rslots = 2;
    goto do_return;
    CASE(return_) rv.l = 0;
    rslots = 0;
  do_return:
    if (unlikely(frame->sync)) {
      SAVE(pc + 1);
      if (!mon_exit(t, frame->sync)) goto exception;
    }
    if (unlikely(method->ret_type == 'Z' || method->ret_type == 'B' || method->ret_type == 'C' ||
                 method->ret_type == 'S')) {
      /* ireturn narrows to the declared type (JVMS 6.5 ireturn). */
      switch (method->ret_type) {
      case 'Z': rv.i &= 1; break;
      case 'B': rv.i = (int8_t)rv.i; break;
      case 'C': rv.i = (uint16_t)rv.i; break;
      case 'S': rv.i = (int16_t)rv.i; break;
      }
    }
    uint32_t flags = frame->flags;
    if (unlikely(flags & FRAME_CLINIT)) {
      SAVE(pc + 1);
      class_init_end(t, frame->init_class);
    }
    Slot *ret_to = frame->locals;
    t->frame = frame->prev;
    if (flags & FRAME_ENTRY) {
      t->ret = rv;
      t->bytecodes += icount;
      return true;
    }
    frame = t->frame;
    method = frame->m;
    locals = frame->locals;
    rcp = method->owner->rcp;
    pc = frame->pc;
    sp = ret_to;
    if (unlikely(flags & FRAME_CLINIT)) {
      if (t->exception) goto exception;
      DISPATCH(); /* re-execute the instruction that needed the class */
    }
    *sp = rv;
    sp += rslots;
    DISPATCH();
  }

  /* ---- Fields ---- */
  CASE(getfield) {
    SAVE(pc + 1);
    Field *f = res_field(t, method->owner, u2(pc + 1), false);
    if (!f) goto exception;
    uint8_t q;
    switch (f->type) {
    case 'J':
    case 'D': q = OP_getfield_j; break;
    case 'L': q = OP_getfield_a; break;
    case 'Z':
    case 'B': q = OP_getfield_b; break;
    case 'C': q = OP_getfield_c; break;
    case 'S': q = OP_getfield_s; break;
    default: q = OP_getfield_i;
    }
    if (f->offset > 0xffff) THROW("java/lang/InternalError", "object too large");
    pc[1] = (uint8_t)(f->offset >> 8);
    pc[2] = (uint8_t)f->offset;
    pc[0] = q;
    DISPATCH();
  }
  CASE(putfield) {
    SAVE(pc + 1);
    Field *f = res_field(t, method->owner, u2(pc + 1), false);
    if (!f) goto exception;
    if ((f->access & ACC_FINAL) && f->owner != method->owner &&
        !(method->owner->host && f->owner == method->owner->host))
      THROW("java/lang/IllegalAccessError",
            "Update to non-static final field %s.%s attempted from a different class (%s) than the "
            "field's declaring class",
            f->owner->name, f->name, method->owner->name);
    uint8_t q;
    switch (f->type) {
    case 'J':
    case 'D': q = OP_putfield_j; break;
    case 'L': q = OP_putfield_a; break;
    case 'Z':
    case 'B': q = OP_putfield_b; break;
    case 'C': q = OP_putfield_c; break;
    case 'S': q = OP_putfield_s; break;
    default: q = OP_putfield_i;
    }
    if (f->offset > 0xffff) THROW("java/lang/InternalError", "object too large");
    pc[1] = (uint8_t)(f->offset >> 8);
    pc[2] = (uint8_t)f->offset;
    pc[0] = q;
    DISPATCH();
  }
#define GETFIELD(type, slotf, n)                                                                   \
  {                                                                                                \
    Object *o = sp[-1].r;                                                                          \
    NULL_CHECK(o);                                                                                 \
    REMOTE(o, 3);                                                                                  \
    DJ_ASSERT_LOCAL(t, o);                                                                         \
    sp[-1].slotf = *FIELD_PTR(o, u2(pc + 1), type);                                                \
    sp += (n)-1;                                                                                   \
    NEXT(3);                                                                                       \
  }
  /* clang-format off */
  CASE(getfield_i) GETFIELD(int32_t, i, 1)
  CASE(getfield_j) GETFIELD(int64_t, l, 2)
  CASE(getfield_a) GETFIELD(Object *, r, 1)
  CASE(getfield_b) GETFIELD(int8_t, i, 1)
  CASE(getfield_c) GETFIELD(uint16_t, i, 1)
  CASE(getfield_s) GETFIELD(int16_t, i, 1)
  /* clang-format on */
#define PUTFIELD(type, slotf, n, conv)                                                             \
  {                                                                                                \
    Object *o = sp[-1 - (n)].r;                                                                    \
    NULL_CHECK(o);                                                                                 \
    REMOTE(o, 3);                                                                                  \
    DJ_ASSERT_LOCAL(t, o);                                                                         \
    *FIELD_PTR(o, u2(pc + 1), type) = (type)conv(sp[-(n)].slotf);                                  \
    sp -= (n) + 1;                                                                                 \
    NEXT(3);                                                                                       \
  }
#define AS_IS(x) (x)
      /* clang-format off */
  CASE(putfield_i) PUTFIELD(int32_t, i, 1, AS_IS)
  CASE(putfield_j) PUTFIELD(int64_t, l, 2, AS_IS)
  CASE(putfield_a) PUTFIELD(Object *, r, 1, AS_IS)
  CASE(putfield_b) PUTFIELD(int8_t, i, 1, AS_IS)
  CASE(putfield_c) PUTFIELD(uint16_t, i, 1, AS_IS)
  CASE(putfield_s) PUTFIELD(int16_t, i, 1, AS_IS)
      /* clang-format on */

      CASE(getstatic) CASE(putstatic) {
    SAVE(pc + 1);
    Field *f = res_field(t, method->owner, u2(pc + 1), true);
    if (!f) goto exception;
    if (*pc == OP_putstatic && (f->access & ACC_FINAL) && f->owner != method->owner)
      THROW("java/lang/IllegalAccessError",
            "Update to static final field %s.%s attempted from a different class (%s) than the "
            "field's declaring class",
            f->owner->name, f->name, method->owner->name);
    Class *c = f->owner;
    if (c->state != CLS_INITIALIZED) {
      if (c->state == CLS_INITIALIZING && c->init_thread == t->logical_id) {
        /* Inside c's own initialisation: access without quickening. */
        Object *st = dist_statics(t, c);
        if (unlikely(t->node_id != 0)) {
          uint8_t q[3] = {*pc == OP_getstatic ? OP_getstatic_q : OP_putstatic_q, pc[1], pc[2]};
          int delta = dist_insn(t, q, sp, dist_statics(t, c));
          if (delta == DIST_THREW) goto exception;
          sp += delta;
          NEXT(3);
        }
        char *p = (char *)st + f->offset;
        if (*pc == OP_getstatic) {
          switch (f->type) {
          case 'J':
          case 'D':
            sp->l = *(int64_t *)p;
            sp += 2;
            break;
          case 'L':
            sp->r = *(Object **)p;
            sp++;
            break;
          case 'Z':
          case 'B':
            sp->i = *(int8_t *)p;
            sp++;
            break;
          case 'C':
            sp->i = *(uint16_t *)p;
            sp++;
            break;
          case 'S':
            sp->i = *(int16_t *)p;
            sp++;
            break;
          default: sp->i = *(int32_t *)p; sp++;
          }
        } else {
          switch (f->type) {
          case 'J':
          case 'D':
            sp -= 2;
            *(int64_t *)p = sp->l;
            break;
          case 'L': *(Object **)p = (--sp)->r; break;
          case 'Z': *(int8_t *)p = (int8_t)((--sp)->i & 1); break;
          case 'B': *(int8_t *)p = (int8_t)(--sp)->i; break;
          case 'C': *(uint16_t *)p = (uint16_t)(--sp)->i; break;
          case 'S': *(int16_t *)p = (int16_t)(--sp)->i; break;
          default: *(int32_t *)p = (--sp)->i;
          }
        }
        NEXT(3);
      }
      init_c = c;
      goto init_class;
    }
    pc[0] = *pc == OP_getstatic ? OP_getstatic_q : OP_putstatic_q;
    DISPATCH();
  }
  CASE(getstatic_q) {
    Field *f = rcp[u2(pc + 1)].field;
    Object *st = f->owner->statics;
    if (unlikely(t->node_id != 0 || !st)) st = dist_statics(t, f->owner);
    REMOTE(st, 3);
    DJ_ASSERT_LOCAL(t, st);
    char *p = (char *)st + f->offset;
    switch (f->type) {
    case 'J':
    case 'D':
      sp->l = *(int64_t *)p;
      sp += 2;
      NEXT(3);
    case 'L':
      sp->r = *(Object **)p;
      sp++;
      NEXT(3);
    case 'Z':
    case 'B':
      sp->i = *(int8_t *)p;
      sp++;
      NEXT(3);
    case 'C':
      sp->i = *(uint16_t *)p;
      sp++;
      NEXT(3);
    case 'S':
      sp->i = *(int16_t *)p;
      sp++;
      NEXT(3);
    default:
      sp->i = *(int32_t *)p;
      sp++;
      NEXT(3);
    }
  }
  CASE(putstatic_q) {
    Field *f = rcp[u2(pc + 1)].field;
    Object *st = f->owner->statics;
    if (unlikely(t->node_id != 0 || !st)) st = dist_statics(t, f->owner);
    REMOTE(st, 3);
    DJ_ASSERT_LOCAL(t, st);
    char *p = (char *)st + f->offset;
    switch (f->type) {
    case 'J':
    case 'D':
      sp -= 2;
      *(int64_t *)p = sp->l;
      NEXT(3);
    case 'L': *(Object **)p = (--sp)->r; NEXT(3);
    case 'Z': *(int8_t *)p = (int8_t)((--sp)->i & 1); NEXT(3);
    case 'B': *(int8_t *)p = (int8_t)(--sp)->i; NEXT(3);
    case 'C': *(uint16_t *)p = (uint16_t)(--sp)->i; NEXT(3);
    case 'S': *(int16_t *)p = (int16_t)(--sp)->i; NEXT(3);
    default: *(int32_t *)p = (--sp)->i; NEXT(3);
    }
  }

  /* ---- Objects and arrays ---- */
  CASE(new_) {
    SAVE(pc + 1);
    Class *c = res_class(t, method->owner, u2(pc + 1));
    if (!c) goto exception;
    if (c->access & (ACC_ABSTRACT | ACC_INTERFACE)) {
      char buf[512];
      THROW("java/lang/InstantiationError", "%s", class_java_name(c, buf, sizeof buf));
    }
    if (c->state != CLS_INITIALIZED) {
      if (!(c->state == CLS_INITIALIZING && c->init_thread == t->logical_id)) {
        init_c = c;
        goto init_class;
      }
      Object *o = obj_new(t, c);
      if (!o) goto exception;
      sp->r = o;
      sp++;
      NEXT(3);
    }
    pc[0] = OP_new_q;
    DISPATCH();
  }
  CASE(new_q) {
    Class *c = rcp[u2(pc + 1)].cls;
    SAVE(pc + 1); /* the allocation may collect: the collector reads the saved stack */
    Object *o = obj_new(t, c);
    if (unlikely(!o)) goto exception;
    if (unlikely(policy_places_new) && !c->boot) o = dist_place_new(t, o);
    sp->r = o;
    sp++;
    NEXT(3);
  }
  CASE(newarray) {
    static const char types[12] = {0, 0, 0, 0, 'Z', 'C', 'F', 'D', 'B', 'S', 'I', 'J'};
    uint8_t atype = pc[1];
    if (atype < 4 || atype > 11) THROW("java/lang/VerifyError", "bad newarray type %d", atype);
    SAVE(pc + 1); /* the allocation may collect */
    Class *ac = class_array_of(t, loader_primitive(types[atype]));
    Object *a = array_new(t, ac, sp[-1].i);
    if (!a) goto exception;
    sp[-1].r = a;
    NEXT(2);
  }
  CASE(anewarray) {
    SAVE(pc + 1);
    Class *c = res_class(t, method->owner, u2(pc + 1));
    if (!c) goto exception;
    class_array_of(t, c); /* made now, so the quick form finds c->array */
    pc[0] = OP_anewarray_q;
    DISPATCH();
  }
  CASE(anewarray_q) {
    Class *ac = rcp[u2(pc + 1)].cls->array;
    SAVE(pc + 1);
    Object *a = array_new(t, ac, sp[-1].i);
    if (!a) goto exception;
    sp[-1].r = a;
    NEXT(3);
  }
  CASE(multianewarray) {
    SAVE(pc + 1);
    Class *c = res_class(t, method->owner, u2(pc + 1));
    if (!c) goto exception;
    int n = pc[3];
    int32_t dims[256];
    for (int i = 0; i < n; i++) {
      dims[i] = sp[i - n].i;
      if (dims[i] < 0) THROW("java/lang/NegativeArraySizeException", "%d", dims[i]);
    }
    Object *a = multi_array(t, c, dims, n);
    if (!a) goto exception;
    sp -= n;
    sp->r = a;
    sp++;
    NEXT(4);
  }
  CASE(arraylength) {
    Object *a = sp[-1].r;
    NULL_CHECK(a);
    DJ_ASSERT_LOCAL(t, a);
    sp[-1].i = ARRAY_LEN(a); /* a proxy knows its length too */
    NEXT(1);
  }
  CASE(checkcast) CASE(instanceof) {
    SAVE(pc + 1);
    Class *c = res_class(t, method->owner, u2(pc + 1));
    if (!c) goto exception;
    pc[0] = *pc == OP_checkcast ? OP_checkcast_q : OP_instanceof_q;
    DISPATCH();
  }
  CASE(checkcast_q) {
    Object *o = sp[-1].r;
    Class *c = rcp[u2(pc + 1)].cls;
    if (o && o->cls != c && unlikely(!class_is_subclass(o->cls, c))) {
      SAVE(pc + 1);
      excep_class_cast(t, o->cls, c);
      goto exception;
    }
    NEXT(3);
  }
  CASE(instanceof_q) {
    Object *o = sp[-1].r;
    Class *c = rcp[u2(pc + 1)].cls;
    sp[-1].i = o != NULL && (o->cls == c || class_is_subclass(o->cls, c));
    NEXT(3);
  }
  CASE(athrow) {
    Object *e = sp[-1].r;
    NULL_CHECK(e);
    SAVE(pc + 1);
    t->exception = e;
    goto exception;
  }
  CASE(monitorenter) {
    Object *o = sp[-1].r;
    NULL_CHECK(o);
    SAVE(pc + 1);
    if (!mon_enter(t, o)) goto exception;
    sp--;
    NEXT(1);
  }
  CASE(monitorexit) {
    Object *o = sp[-1].r;
    NULL_CHECK(o);
    SAVE(pc + 1);
    if (!mon_exit(t, o)) goto exception;
    sp--;
    NEXT(1);
  }

  /* ---- Invocations ---- */
  CASE(invokevirtual) {
    SAVE(pc + 1);
    Method *m = res_method(t, method->owner, u2(pc + 1), OP_invokevirtual);
    if (!m) goto exception;
    if (m->owner->access & ACC_INTERFACE) /* inherited from an interface: no vtable slot */
      pc[0] = (m->access & ACC_PRIVATE) ? OP_invokevirtual_final_q : OP_invokevirtual_iface_q;
    else if ((m->access & (ACC_PRIVATE | ACC_FINAL)) || (m->owner->access & ACC_FINAL) ||
             m->vtable_index < 0)
      pc[0] = OP_invokevirtual_final_q;
    else
      pc[0] = OP_invokevirtual_q;
    DISPATCH();
  }
  CASE(invokevirtual_q) {
    Method *m = rcp[u2(pc + 1)].method;
    Object *recv = sp[-m->arg_slots].r;
    NULL_CHECK(recv);
    callee = recv->cls->vtable[m->vtable_index];
    ilen = 3;
    goto invoke;
  }
  CASE(invokevirtual_final_q) {
    callee = rcp[u2(pc + 1)].method;
    NULL_CHECK(sp[-callee->arg_slots].r);
    ilen = 3;
    goto invoke;
  }
  CASE(invokespecial) {
    SAVE(pc + 1);
    Method *m = res_method(t, method->owner, u2(pc + 1), OP_invokespecial);
    if (!m) goto exception;
    rcp[u2(pc + 1)].method = special_target(method->owner, m);
    pc[0] = OP_invokedirect_q;
    DISPATCH();
  }
  CASE(invokedirect_q) {
    callee = rcp[u2(pc + 1)].method;
    NULL_CHECK(sp[-callee->arg_slots].r);
    ilen = 3;
    goto invoke;
  }
  CASE(invokestatic) {
    SAVE(pc + 1);
    Method *m = res_method(t, method->owner, u2(pc + 1), OP_invokestatic);
    if (!m) goto exception;
    Class *c = m->owner;
    if (c->state != CLS_INITIALIZED) {
      if (c->state == CLS_INITIALIZING && c->init_thread == t->logical_id) {
        callee = m;
        ilen = 3;
        goto invoke;
      }
      init_c = c;
      goto init_class;
    }
    pc[0] = OP_invokestatic_q;
    DISPATCH();
  }
  CASE(invokestatic_q) {
    callee = rcp[u2(pc + 1)].method;
    ilen = 3;
    goto invoke;
  }
  CASE(invokeinterface) {
    SAVE(pc + 1);
    Method *m = res_method(t, method->owner, u2(pc + 1), OP_invokeinterface);
    if (!m) goto exception;
    pc[0] = OP_invokeinterface_q;
    DISPATCH();
  }
  CASE(invokeinterface_q) CASE(invokevirtual_iface_q) {
    Method *m = rcp[u2(pc + 1)].method;
    Object *recv = sp[-m->arg_slots].r;
    NULL_CHECK(recv);
    ilen = *pc == OP_invokeinterface_q ? 5 : 3;
    if (m->access & ACC_PRIVATE) {
      callee = m;
    } else if (!(m->owner->access & ACC_INTERFACE)) {
      callee = recv->cls->vtable[m->vtable_index]; /* a public method of Object */
    } else {
      callee = class_itable_lookup(recv->cls, m->owner, m->itable_index);
      if (unlikely(!callee)) {
        char a[512], b[512];
        THROW("java/lang/IncompatibleClassChangeError",
              "Class %s does not implement the requested interface %s",
              class_java_name(recv->cls, a, sizeof a), class_java_name(m->owner, b, sizeof b));
      }
    }
    goto invoke;
  }
  CASE(invokedynamic) {
    SAVE(pc + 1);
    Method *m = indy_link(t, method->owner, u2(pc + 1));
    if (!m) goto exception;
    rcp[u2(pc + 1)].method = m;
    pc[0] = OP_invokedynamic_q;
    DISPATCH();
  }
  CASE(invokedynamic_q) {
    callee = rcp[u2(pc + 1)].method;
    ilen = 5;
    goto invoke;
  }

  /* A class must be initialised first: run the next <clinit> in a frame of its own, then
   * come back to the same instruction, which then finds the class ready. */
init_class : {
  if (unlikely(t->node_id != 0)) { /* classes are initialised once, on node 0 */
    SAVE(pc + 1);
    if (!dist_class_init(t, init_c)) goto exception;
    DISPATCH();
  }
  bool failed;
  Class *k = class_init_begin(t, init_c, &failed);
  if (failed) goto exception;
  if (!k) DISPATCH();
  Method *clinit = class_find_method(k, "<clinit>", "()V");
  frame->pc = pc;
  frame->sp = sp;
  Frame *nf = push_frame(t, clinit, sp);
  if (!nf) {
    SAVE(pc + 1);
    throw_stack_overflow(t);
    class_init_end(t, k);
    goto exception;
  }
  nf->flags = FRAME_CLINIT;
  nf->init_class = k;
  frame = nf;
  method = clinit;
  locals = sp;
  sp = nf->sp;
  pc = clinit->code;
  rcp = clinit->owner->rcp;
  DISPATCH();
}

invoke : {
  Slot *args = sp - callee->arg_slots;
  TICK();
  int ship;
  if (unlikely((!(callee->access & ACC_STATIC) && (args[0].r->hdr & OBJ_MODE_MASK)) ||
               callee->dist_rpc) &&
      (ship = dist_ships(t, callee, args))) {
    SAVE(pc + 1);
    Slot ret;
    if (!dist_invoke(t, callee, args, ship - 1, &ret)) goto exception;
    sp = args;
    char rt = callee->ret_type;
    if (rt != 'V') {
      *sp = ret;
      sp += (rt == 'J' || rt == 'D') ? 2 : 1;
    }
    NEXT(ilen);
  }
  if (unlikely(callee->access & (ACC_NATIVE | ACC_ABSTRACT | ACC_SYNCHRONIZED))) {
    if (callee->access & ACC_ABSTRACT) {
      char buf[512];
      THROW("java/lang/AbstractMethodError",
            "Receiver class %s does not define or inherit an implementation of the resolved method "
            "'abstract %s'",
            class_java_name(args[0].r->cls, (char[512]){0}, 512),
            excep_method_sig(callee->owner, callee->name, callee->desc, buf, sizeof buf));
    }
    if (callee->access & ACC_NATIVE) {
      if (!callee->native) callee->native = natives_find(callee);
      if (!callee->native) {
        char buf[512];
        THROW("java/lang/UnsatisfiedLinkError", "'%s'",
              excep_method_sig(callee->owner, callee->name, callee->desc, buf, sizeof buf));
      }
      SAVE(pc + ilen);
      Slot ret;
      ret.l = 0;
      callee->native(t, args, &ret);
      if (unlikely(t->exception)) { goto exception; }
      sp = args;
      char rt = callee->ret_type;
      if (rt != 'V') {
        *sp = ret;
        sp += (rt == 'J' || rt == 'D') ? 2 : 1;
      }
      NEXT(ilen);
    }
  }
  frame->pc = pc + ilen;
  frame->sp = args;
  Frame *nf = push_frame(t, callee, args);
  if (unlikely(!nf)) {
    SAVE(pc + 1);
    throw_stack_overflow(t);
    goto exception;
  }
  frame = nf;
  method = callee;
  locals = args;
  sp = nf->sp;
  pc = callee->code;
  rcp = callee->owner->rcp;
  if (unlikely(callee->access & ACC_SYNCHRONIZED)) {
    Object *lock = (callee->access & ACC_STATIC) ? class_mirror(t, callee->owner) : locals[0].r;
    SAVE(pc);
    if (!lock || !mon_enter(t, lock)) {
      /* The frame never ran: report the exception at the call site. */
      t->frame = frame->prev;
      frame = t->frame;
      method = frame->m;
      locals = frame->locals;
      rcp = method->owner->rcp;
      pc = frame->pc - ilen;
      sp = frame->sp;
      goto exception;
    }
    frame->sync = lock;
  }
  DISPATCH();
}

#ifndef DJ_COMPUTED_GOTO
default: goto L_unknown_body;
}
#endif

#ifdef DJ_COMPUTED_GOTO
L_unknown :
#else
  L_unknown_body:
#endif
    THROW("java/lang/VerifyError", "unknown opcode 0x%02x in %s.%s at pc %ld", *pc,
          method->owner->name, method->name, (long)(pc - method->code));

null_pointer : SAVE(pc + 1);
excep_throw_npe(t, method, (uint32_t)(pc - method->code));
goto exception;

array_bounds : {
  /* Re-read the operands of the faulting instruction for the message. */
  int32_t idx, len;
  switch (*pc) {
  case OP_iastore:
  case OP_fastore:
  case OP_aastore:
  case OP_bastore:
  case OP_castore:
  case OP_sastore:
    idx = sp[-2].i;
    len = ARRAY_LEN(sp[-3].r);
    break;
  case OP_lastore:
  case OP_dastore:
    idx = sp[-3].i;
    len = ARRAY_LEN(sp[-4].r);
    break;
  default: idx = sp[-1].i; len = ARRAY_LEN(sp[-2].r);
  }
  THROW("java/lang/ArrayIndexOutOfBoundsException", "Index %d out of bounds for length %d", idx,
        len);
}

exception :
    /* t->exception is set; pc is inside the instruction that raised it. Find a handler in
     * this frame, or pop frames until one has it or the entry frame is left. */
    for (;;) {
  Object *e = t->exception;
  uint32_t off = (uint32_t)(pc - method->code);
  for (int i = 0; i < method->exc_count; i++) {
    CfExceptionEntry *h = &method->exc[i];
    if (off < h->start_pc || off >= h->end_pc) continue;
    if (h->catch_type) {
      frame->pc = pc + 1;
      frame->sp = sp;
      t->exception = NULL;
      Class *c = res_class(t, method->owner, h->catch_type);
      if (!c) { /* the catch type itself failed to load: that error replaces e */
        goto exception;
      }
      t->exception = e;
      if (!class_is_subclass(e->cls, c)) continue;
    }
    sp = (Slot *)(frame + 1);
    sp->r = e;
    sp++;
    t->exception = NULL;
    pc = method->code + h->handler_pc;
    DISPATCH();
  }
  if (frame->sync) {
    t->exception = NULL;
    frame->sp = sp;
    mon_exit(t, frame->sync);
    if (!t->exception) t->exception = e;
  }
  uint32_t flags = frame->flags;
  if (flags & FRAME_CLINIT) class_init_end(t, frame->init_class);
  t->frame = frame->prev;
  if (flags & FRAME_ENTRY) {
    t->bytecodes += icount;
    return false;
  }
  frame = t->frame;
  method = frame->m;
  locals = frame->locals;
  rcp = method->owner->rcp;
  /* A caller's saved pc is its return address (inside or just past its call); a frame that
   * was interrupted by a <clinit> has the exact pc. */
  pc = (flags & FRAME_CLINIT) ? frame->pc : frame->pc - 1;
  sp = frame->sp;
}
}
