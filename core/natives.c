/* natives.c — the native methods of the class library, in one table.
 *
 * Each entry names its class, method and descriptor; a native method is bound to its C
 * function on its first call. The list is the contract of core/classlib/NATIVES.md.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "backend.h"
#include "dist.h"
#include "interp.h"
#include "loader.h"
#include "monitor.h"
#include "thread.h"
#include "vm.h"

#define NATIVE(name) static void name(JThread *t, Slot *a, Slot *r)
#define UNUSED_ARGS  ((void)t, (void)a, (void)r)

/* The simulated wall clock starts at 2000-01-01T00:00:00Z, so that programs printing dates
 * see a fixed, plausible epoch on every run. */
#define EPOCH_MILLIS 946684800000LL

/* ---- Stubs for unimplemented interface methods (see loader.c) ---------------------------- */

void natives_abstract_stub(JThread *t, Slot *a, Slot *r) {
  (void)r;
  char cls[512];
  Object *recv = a[0].r;
  excep_throw_new(
      t, "java/lang/AbstractMethodError",
      "Receiver class %s does not define or inherit an implementation of the resolved method",
      recv ? class_java_name(recv->cls, cls, sizeof cls) : "?");
}

void natives_conflict_stub(JThread *t, Slot *a, Slot *r) {
  (void)a;
  (void)r;
  excep_throw_new(t, "java/lang/IncompatibleClassChangeError", "Conflicting default methods");
}

/* ---- java.lang.Object ------------------------------------------------------------------- */

NATIVE(object_get_class) {
  (void)a;
  r->r = class_mirror(t, a[0].r->cls);
}
NATIVE(object_hash_code) {
  r->i = obj_identity_hash(t, a[0].r);
}
NATIVE(object_clone) {
  Object *o = a[0].r;
  if (o->cls->kind != KIND_ARRAY && !class_is_subclass(o->cls, vm->c_cloneable)) {
    char buf[512];
    excep_throw_new(t, "java/lang/CloneNotSupportedException", "%s",
                    class_java_name(o->cls, buf, sizeof buf));
    return;
  }
  int mode = o->hdr & OBJ_MODE_MASK;
  r->r = mode == OBJ_PROXY || mode == OBJ_MOVING ? dist_fetch_copy(t, o) : obj_clone(t, o);
}
NATIVE(object_notify) {
  (void)r;
  mon_notify(t, a[0].r, false);
}
NATIVE(object_notify_all) {
  (void)r;
  mon_notify(t, a[0].r, true);
}
NATIVE(object_wait) {
  (void)r;
  mon_wait(t, a[0].r, a[1].l);
}

/* ---- java.lang.String ------------------------------------------------------------------- */

NATIVE(string_intern) {
  r->r = jstr_intern(t, a[0].r);
}

/* ---- java.lang.Class -------------------------------------------------------------------- */

static Class *this_class(Slot *a) {
  return class_of_mirror(a[0].r);
}

NATIVE(class_get_name0) {
  char buf[1024];
  r->r = jstr_from_utf8(t, class_java_name(this_class(a), buf, sizeof buf));
}
NATIVE(class_get_superclass) {
  Class *c = this_class(a);
  r->r = (c->super && !(c->access & ACC_INTERFACE)) ? class_mirror(t, c->super) : NULL;
}
NATIVE(class_is_instance) {
  (void)t;
  r->i = a[1].r && class_is_subclass(a[1].r->cls, this_class(a));
}
NATIVE(class_is_assignable_from) {
  if (!a[1].r) {
    excep_throw_new(t, "java/lang/NullPointerException", NULL);
    return;
  }
  Class *to = this_class(a), *from = class_of_mirror(a[1].r);
  if (to->kind == KIND_PRIMITIVE || from->kind == KIND_PRIMITIVE)
    r->i = to == from;
  else
    r->i = class_is_subclass(from, to);
}
NATIVE(class_is_array) {
  (void)t;
  r->i = this_class(a)->kind == KIND_ARRAY;
}
NATIVE(class_is_interface) {
  (void)t;
  r->i = !!(this_class(a)->access & ACC_INTERFACE);
}
NATIVE(class_is_primitive) {
  (void)t;
  r->i = this_class(a)->kind == KIND_PRIMITIVE;
}
NATIVE(class_get_component_type) {
  Class *c = this_class(a);
  r->r = c->kind == KIND_ARRAY ? class_mirror(t, c->elem) : NULL;
}
NATIVE(class_get_modifiers) {
  (void)t;
  r->i = this_class(a)->access & 0x7e1f & ~ACC_SUPER;
}
NATIVE(class_get_interfaces) {
  Class *c = this_class(a);
  Class *ac = class_array_of(t, vm->c_class);
  Object *arr = array_new(t, ac, c->interface_count);
  if (!arr) return;
  for (int i = 0; i < c->interface_count; i++) {
    Object *m = class_mirror(t, c->interfaces[i]);
    if (!m) return;
    ARRAY_DATA(arr, Object *)[i] = m;
  }
  r->r = arr;
}
NATIVE(class_for_name0) {
  if (!a[0].r) {
    excep_throw_new(t, "java/lang/NullPointerException", NULL);
    return;
  }
  char *name = jstr_to_utf8(t, a[0].r);
  char *internal = strdup(name);
  for (char *p = internal; *p; p++)
    if (*p == '.')
      *p = '/';
    else if (*p == '/')
      *p = '.'; /* a '/' in a binary name is not a valid class name */
  Class *c = strchr(name, '/') ? NULL : class_load(t, internal);
  if (!c) {
    t->exception = NULL;
    excep_throw_new(t, "java/lang/ClassNotFoundException", "%s", name);
  } else if (a[1].i && !class_init(t, c)) {
    c = NULL;
  }
  if (c) r->r = class_mirror(t, c);
  free(name);
  free(internal);
}
NATIVE(class_get_primitive_class) {
  char *name = jstr_to_utf8(t, a[0].r);
  Class *c = class_lookup(name);
  free(name);
  r->r = c && c->kind == KIND_PRIMITIVE ? class_mirror(t, c) : NULL;
}
NATIVE(class_enum_constants0) {
  Class *c = this_class(a);
  r->r = NULL;
  if (!c->super || strcmp(c->super->name, "java/lang/Enum") != 0) return;
  char desc[600];
  snprintf(desc, sizeof desc, "()[L%s;", c->name);
  Method *values = class_find_method(c, "values", desc);
  if (!values || !class_init(t, c)) return;
  if (interp_call(t, values, NULL)) r->r = t->ret.r;
}

/* ---- java.lang.Throwable ---------------------------------------------------------------- */

NATIVE(throwable_fill_in0) {
  (void)r;
  Object *bt = excep_backtrace_of(t, a[0].r);
  if (bt) *FIELD_PTR(a[0].r, vm->f_throwable_backtrace->offset, Object *) = bt;
}
NATIVE(throwable_get_stack_trace0) {
  r->r = excep_stack_trace(t, a[0].r);
}

/* ---- java.lang.System and Runtime ------------------------------------------------------- */

/* arraycopy where either array lives (or may live) on another node: through a buffer. */
static void copy_distributed(JThread *t, Object *src, int32_t sp, Object *dst, int32_t dp,
                             int32_t n, bool assignable) {
  size_t es = src->cls->elem_size;
  char *buf = malloc((size_t)n * es + 1);
  if (dist_array_get(t, src, sp, n, buf)) {
    int32_t ok = n;
    if (!assignable)
      for (int32_t i = 0; i < n; i++) {
        Object *o = ((Object **)buf)[i];
        if (o && !class_is_subclass(o->cls, dst->cls->elem)) {
          ok = i;
          break;
        }
      }
    if (dist_array_put(t, dst, dp, ok, buf) && ok < n) {
      char b1[512], b2[512];
      excep_throw_new(t, "java/lang/ArrayStoreException",
                      "arraycopy: element type mismatch: can not cast one of the elements of %s[] "
                      "to the type of the destination array, %s",
                      class_java_name(src->cls->elem, b1, sizeof b1),
                      class_java_name(dst->cls->elem, b2, sizeof b2));
    }
  }
  free(buf);
}

NATIVE(system_arraycopy) {
  (void)r;
  Object *src = a[0].r, *dst = a[2].r;
  int32_t sp = a[1].i, dp = a[3].i, n = a[4].i;
  if (!src || !dst) {
    excep_throw_new(t, "java/lang/NullPointerException", NULL);
    return;
  }
  char b1[512], b2[512];
  if (src->cls->kind != KIND_ARRAY || dst->cls->kind != KIND_ARRAY) {
    Object *bad = src->cls->kind != KIND_ARRAY ? src : dst;
    excep_throw_new(t, "java/lang/ArrayStoreException", "arraycopy: %s type %s is not an array",
                    bad == src ? "source" : "destination",
                    class_java_name(bad->cls, b1, sizeof b1));
    return;
  }
  Class *sc = src->cls, *dc = dst->cls;
  bool sprim = sc->elem->kind == KIND_PRIMITIVE, dprim = dc->elem->kind == KIND_PRIMITIVE;
  if ((sprim || dprim) && sc != dc) {
    if (sprim && dprim)
      excep_throw_new(t, "java/lang/ArrayStoreException",
                      "arraycopy: type mismatch: can not copy %s[] into %s[]", sc->elem->name,
                      dc->elem->name);
    else
      excep_throw_new(t, "java/lang/ArrayStoreException",
                      "arraycopy: type mismatch: can not copy %s into %s",
                      sprim ? strcat(strcpy(b1, sc->elem->name), "[]") : "object array[]",
                      dprim ? strcat(strcpy(b2, dc->elem->name), "[]") : "object array[]");
    return;
  }
  int32_t slen = ARRAY_LEN(src), dlen = ARRAY_LEN(dst);
  if (sp < 0 || dp < 0 || n < 0 || (int64_t)sp + n > slen || (int64_t)dp + n > dlen) {
    const char *which =
        (sp < 0 || (n >= 0 && (int64_t)sp + n > slen && dp >= 0)) ? "source" : "destination";
    if (n < 0)
      excep_throw_new(t, "java/lang/ArrayIndexOutOfBoundsException",
                      "arraycopy: length %d is negative", n);
    else if (sp < 0)
      excep_throw_new(t, "java/lang/ArrayIndexOutOfBoundsException",
                      "arraycopy: source index %d out of bounds for %s[%d]", sp,
                      sprim ? sc->elem->name : "object array", slen);
    else if (dp < 0)
      excep_throw_new(t, "java/lang/ArrayIndexOutOfBoundsException",
                      "arraycopy: destination index %d out of bounds for %s[%d]", dp,
                      dprim ? dc->elem->name : "object array", dlen);
    else if ((int64_t)sp + n > slen)
      excep_throw_new(t, "java/lang/ArrayIndexOutOfBoundsException",
                      "arraycopy: last %s index %lld out of bounds for %s[%d]", which,
                      (long long)sp + n, sprim ? sc->elem->name : "object array", slen);
    else
      excep_throw_new(t, "java/lang/ArrayIndexOutOfBoundsException",
                      "arraycopy: last destination index %lld out of bounds for %s[%d]",
                      (long long)dp + n, dprim ? dc->elem->name : "object array", dlen);
    return;
  }
  size_t es = sc->elem_size;
  if (unlikely((src->hdr | dst->hdr) & OBJ_MODE_MASK)) {
    copy_distributed(t, src, sp, dst, dp, n, sprim || class_is_subclass(sc->elem, dc->elem));
    return;
  }
  if (sprim || class_is_subclass(sc->elem, dc->elem)) {
    memmove(ARRAY_DATA(dst, char) + (size_t)dp * es, ARRAY_DATA(src, char) + (size_t)sp * es,
            (size_t)n * es);
    return;
  }
  Object **s = ARRAY_DATA(src, Object *), **d = ARRAY_DATA(dst, Object *);
  for (int32_t i = 0; i < n; i++) {
    Object *o = s[sp + i];
    if (o && !class_is_subclass(o->cls, dc->elem)) {
      excep_throw_new(t, "java/lang/ArrayStoreException",
                      "arraycopy: element type mismatch: can not cast one of the elements of %s[] "
                      "to the type of the destination array, %s",
                      class_java_name(sc->elem, b1, sizeof b1),
                      class_java_name(dc->elem, b2, sizeof b2));
      return;
    }
    d[dp + i] = o;
  }
}
NATIVE(system_nano_time) {
  (void)a;
  interp_charge(t);
  r->l = (int64_t)(bk_now() * 1e9);
}
NATIVE(system_current_time_millis) {
  (void)a;
  interp_charge(t);
  r->l = EPOCH_MILLIS + (int64_t)(bk_now() * 1e3);
}
NATIVE(system_identity_hash_code) {
  r->i = a[0].r ? obj_identity_hash(t, a[0].r) : 0;
}

NATIVE(system_vm_properties) {
  (void)a;
  static const char *const fixed[] = {
      "java.version=17.0.15", "java.vendor=djsim", "java.specification.version=17",
      "java.vm.name=djsim",   "os.name=Linux",     "os.arch=amd64",
      "line.separator=\n",    "file.separator=/",  "path.separator=:",
      "file.encoding=UTF-8",  "user.dir=/",        "java.class.version=61.0",
  };
  int nfixed = sizeof fixed / sizeof *fixed, nuser = 0;
  while (vm->opt.props && vm->opt.props[nuser]) nuser++;
  Class *ac = class_array_of(t, vm->c_string);
  Object *arr = array_new(t, ac, nfixed + nuser);
  if (!arr) return;
  for (int i = 0; i < nfixed + nuser; i++) {
    Object *s = jstr_from_utf8(t, i < nfixed ? fixed[i] : vm->opt.props[i - nfixed]);
    if (!s) return;
    ARRAY_DATA(arr, Object *)[i] = s;
  }
  r->r = arr;
}

/* djsim.rt.Work.queued: an executor or pool queued a task (the policy's callback). */
NATIVE(work_queued) {
  (void)r;
  dist_queued(t, a[0].r);
}

NATIVE(fd_write0) {
  (void)r;
  int32_t fd = a[0].i, off = a[2].i, len = a[3].i;
  Object *b = a[1].r;
  if (!b) {
    excep_throw_new(t, "java/lang/NullPointerException", NULL);
    return;
  }
  if (off < 0 || len < 0 || (int64_t)off + len > ARRAY_LEN(b)) {
    excep_throw_new(t, "java/lang/IndexOutOfBoundsException", NULL);
    return;
  }
  if (t->node_id != 0) { /* streams are pinned to node 0 */
    char *buf = malloc((size_t)len + 1);
    if (dist_array_get(t, b, off, len, buf)) dist_io_write(t, fd, buf, len);
    free(buf);
    return;
  }
  FILE *f = fd == 2 ? stderr : stdout;
  fwrite(ARRAY_DATA(b, char) + off, 1, (size_t)len, f);
  if (fd == 2) fflush(stderr);
}
NATIVE(fd_read0) {
  int32_t fd = a[0].i, off = a[2].i, len = a[3].i;
  Object *b = a[1].r;
  if (!b) {
    excep_throw_new(t, "java/lang/NullPointerException", NULL);
    return;
  }
  if (off < 0 || len < 0 || (int64_t)off + len > ARRAY_LEN(b)) {
    excep_throw_new(t, "java/lang/IndexOutOfBoundsException", NULL);
    return;
  }
  if (len == 0) {
    r->i = 0;
    return;
  }
  if (t->node_id != 0) { /* streams are pinned to node 0 */
    char *buf = malloc((size_t)len);
    int32_t got = dist_io_read(t, fd, buf, len);
    if (got > 0) dist_array_put(t, b, off, got, buf);
    free(buf);
    r->i = got <= 0 ? -1 : got;
    return;
  }
  ssize_t n = read(fd, ARRAY_DATA(b, char) + off, (size_t)len);
  r->i = n <= 0 ? -1 : (int32_t)n;
}

NATIVE(runtime_available_processors) {
  (void)a;
  r->i = bk_node_info(t->node_id)->cores;
}
NATIVE(runtime_free_memory) {
  (void)a;
  r->l = (int64_t)(heap_max(t->node->heap) - heap_used(t->node->heap));
}
NATIVE(runtime_total_memory) {
  (void)a;
  uint64_t used = heap_used(t->node->heap);
  r->l = (int64_t)(used > heap_max(t->node->heap) ? used : heap_max(t->node->heap));
}
NATIVE(runtime_max_memory) {
  (void)a;
  r->l = (int64_t)heap_max(t->node->heap);
}
NATIVE(runtime_gc) {
  (void)a;
  (void)r;
  heap_collect(t, false);
}
NATIVE(runtime_exit0) {
  (void)r;
  vm_flush_streams(t);
  interp_charge(t);
  vm->exit_status = a[0].i;
  vm->exiting = true;
  bk_exit(a[0].i);
}

/* ---- java.lang.Thread (threads themselves come with issue #5) ----------------------------- */

NATIVE(thread_current_thread) {
  (void)a;
  r->r = t->jthread;
}
NATIVE(thread_start0) {
  (void)r;
  thr_start(t, a[0].r);
}
NATIVE(thread_sleep) {
  (void)r;
  thr_sleep(t, a[0].l);
}
NATIVE(thread_yield) {
  UNUSED_ARGS;
  interp_charge(t);
  bk_yield();
}
/* LockSupport: park until unparked, interrupted, or `nanos` pass (0: no limit); a pending
 * unpark (permit) makes park return at once, as the JDK specifies. */
NATIVE(locksupport_park0) {
  (void)r;
  if (thr_interrupted(t)) return;
  int64_t nanos = a[0].l;
  if (nanos < 0) return;
  thr_park(t, nanos == 0 ? -1.0 : (double)nanos / 1e9);
}
NATIVE(locksupport_unpark0) {
  (void)r;
  if (a[0].r) thr_unpark_object(t, a[0].r);
}
NATIVE(thread_interrupt0) {
  (void)r;
  thr_interrupt(t, a[0].r);
}
NATIVE(thread_get_state0) {
  r->i = thr_state(t, a[0].r);
}
NATIVE(thread_holds_lock) {
  if (!a[0].r) {
    excep_throw_new(t, "java/lang/NullPointerException", NULL);
    return;
  }
  r->i = mon_holds(t, a[0].r);
}

/* ---- Floating point ------------------------------------------------------------------------ */

NATIVE(float_to_raw_int_bits) {
  (void)t;
  r->i = a[0].i;
}
NATIVE(int_bits_to_float) {
  (void)t;
  r->i = a[0].i;
}
NATIVE(double_to_raw_long_bits) {
  (void)t;
  r->l = a[0].l;
}
NATIVE(long_bits_to_double) {
  (void)t;
  r->l = a[0].l;
}

/* Java's pow differs from C99's in two corners: a NaN exponent always gives NaN, and
 * (+-1)^(+-infinity) is NaN, where C gives 1. */
static double java_pow(double x, double y) {
  if (y != y) return NAN;
  if (fabs(x) == 1.0 && isinf(y)) return NAN;
  return pow(x, y);
}
/* glibc's cbrt may be 1 ulp off (cbrt(27) = 3.0000000000000004); HotSpot's is exact on
 * cubes. The extended-precision root rounded once to double is correctly rounded. */
static double java_cbrt(double x) {
  return (double)cbrtl((long double)x);
}

#define MATH1(fn)                                                                                  \
  NATIVE(math_##fn) {                                                                              \
    (void)t;                                                                                       \
    r->d = fn(a[0].d);                                                                             \
  }
#define MATH2(fn)                                                                                  \
  NATIVE(math_##fn) {                                                                              \
    (void)t;                                                                                       \
    r->d = fn(a[0].d, a[2].d);                                                                     \
  }
/* clang-format off */
MATH1(sin) MATH1(cos) MATH1(tan) MATH1(asin) MATH1(acos) MATH1(atan) MATH1(exp) MATH1(log)
MATH1(log10) MATH1(sqrt) MATH1(java_cbrt) MATH1(sinh) MATH1(cosh) MATH1(tanh) MATH1(expm1)
MATH1(log1p) MATH1(floor) MATH1(ceil) MATH1(rint)
MATH2(atan2) MATH2(java_pow) MATH2(hypot) MATH2(remainder)
    /* clang-format on */

    NATIVE(math_fma) {
  (void)t;
  r->d = fma(a[0].d, a[2].d, a[4].d);
}

/* ---- System.setIn/setOut/setErr: the fields are final, so the VM stores them ---------------- */

static void set_system_stream(JThread *t, const char *name, const char *desc, Object *v) {
  Class *sys = class_lookup("java/lang/System");
  Field *f = sys ? class_resolve_field(sys, name, desc) : NULL;
  if (!f) {
    excep_throw_new(t, "java/lang/InternalError", "System.%s is missing", name);
    return;
  }
  dist_put(t, dist_statics(t, sys), f, (Slot){.r = v});
}
NATIVE(system_set_in0) {
  (void)r;
  set_system_stream(t, "in", "Ljava/io/InputStream;", a[0].r);
}
NATIVE(system_set_out0) {
  (void)r;
  set_system_stream(t, "out", "Ljava/io/PrintStream;", a[0].r);
}
NATIVE(system_set_err0) {
  (void)r;
  set_system_stream(t, "err", "Ljava/io/PrintStream;", a[0].r);
}

/* ---- java.lang.reflect.Array ---------------------------------------------------------------- */

NATIVE(array_new_array) {
  if (!a[0].r) {
    excep_throw_new(t, "java/lang/NullPointerException", NULL);
    return;
  }
  Class *c = class_of_mirror(a[0].r);
  if (c == vm->prim[8]) {
    excep_throw_new(t, "java/lang/IllegalArgumentException", NULL);
    return;
  }
  r->r = array_new(t, class_array_of(t, c), a[1].i);
}

/* ---- The table ------------------------------------------------------------------------------ */

typedef struct NativeEntry {
  const char *cls, *name, *desc;
  NativeFn fn;
} NativeEntry;

#define M1(n)                                                                                      \
  { "java/lang/StrictMath", #n, "(D)D", math_##n }
#define M2(n, f)                                                                                   \
  { "java/lang/StrictMath", n, "(DD)D", math_##f }

static const NativeEntry table[] = {
    {"java/lang/Object", "getClass", "()Ljava/lang/Class;", object_get_class},
    {"java/lang/Object", "hashCode", "()I", object_hash_code},
    {"java/lang/Object", "clone", "()Ljava/lang/Object;", object_clone},
    {"java/lang/Object", "notify", "()V", object_notify},
    {"java/lang/Object", "notifyAll", "()V", object_notify_all},
    {"java/lang/Object", "wait", "(J)V", object_wait},
    {"java/lang/String", "intern", "()Ljava/lang/String;", string_intern},
    {"java/lang/Class", "getName0", "()Ljava/lang/String;", class_get_name0},
    {"java/lang/Class", "getSuperclass", "()Ljava/lang/Class;", class_get_superclass},
    {"java/lang/Class", "isInstance", "(Ljava/lang/Object;)Z", class_is_instance},
    {"java/lang/Class", "isAssignableFrom", "(Ljava/lang/Class;)Z", class_is_assignable_from},
    {"java/lang/Class", "isArray", "()Z", class_is_array},
    {"java/lang/Class", "isInterface", "()Z", class_is_interface},
    {"java/lang/Class", "isPrimitive", "()Z", class_is_primitive},
    {"java/lang/Class", "getComponentType", "()Ljava/lang/Class;", class_get_component_type},
    {"java/lang/Class", "getModifiers", "()I", class_get_modifiers},
    {"java/lang/Class", "getInterfaces", "()[Ljava/lang/Class;", class_get_interfaces},
    {"java/lang/Class", "forName0", "(Ljava/lang/String;Z)Ljava/lang/Class;", class_for_name0},
    {"java/lang/Class", "getPrimitiveClass", "(Ljava/lang/String;)Ljava/lang/Class;",
     class_get_primitive_class},
    {"java/lang/Class", "enumConstants0", "()[Ljava/lang/Object;", class_enum_constants0},
    {"java/lang/Throwable", "fillInStackTrace0", "()V", throwable_fill_in0},
    {"java/lang/Throwable", "getStackTrace0", "()[Ljava/lang/StackTraceElement;",
     throwable_get_stack_trace0},
    {"java/lang/System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V",
     system_arraycopy},
    {"java/lang/System", "nanoTime", "()J", system_nano_time},
    {"java/lang/System", "currentTimeMillis", "()J", system_current_time_millis},
    {"java/lang/System", "identityHashCode", "(Ljava/lang/Object;)I", system_identity_hash_code},
    {"java/lang/System", "vmProperties", "()[Ljava/lang/String;", system_vm_properties},
    {"djsim/rt/FdOutputStream", "write0", "(I[BII)V", fd_write0},
    {"djsim/rt/Work", "queued", "(Ljava/lang/Object;)V", work_queued},
    {"djsim/rt/FdInputStream", "read0", "(I[BII)I", fd_read0},
    {"java/lang/Runtime", "availableProcessors", "()I", runtime_available_processors},
    {"java/lang/Runtime", "freeMemory", "()J", runtime_free_memory},
    {"java/lang/Runtime", "totalMemory", "()J", runtime_total_memory},
    {"java/lang/Runtime", "maxMemory", "()J", runtime_max_memory},
    {"java/lang/Runtime", "gc", "()V", runtime_gc},
    {"java/lang/Runtime", "exit0", "(I)V", runtime_exit0},
    {"java/lang/Thread", "currentThread", "()Ljava/lang/Thread;", thread_current_thread},
    {"java/lang/Thread", "start0", "()V", thread_start0},
    {"java/lang/Thread", "sleep", "(J)V", thread_sleep},
    {"java/lang/Thread", "yield", "()V", thread_yield},
    {"java/lang/Thread", "holdsLock", "(Ljava/lang/Object;)Z", thread_holds_lock},
    {"java/lang/Thread", "interrupt0", "()V", thread_interrupt0},
    {"java/util/concurrent/locks/LockSupport", "park0", "(J)V", locksupport_park0},
    {"java/util/concurrent/locks/LockSupport", "unpark0", "(Ljava/lang/Thread;)V",
     locksupport_unpark0},
    {"java/lang/Thread", "getState0", "()I", thread_get_state0},
    {"java/lang/Float", "floatToRawIntBits", "(F)I", float_to_raw_int_bits},
    {"java/lang/Float", "intBitsToFloat", "(I)F", int_bits_to_float},
    {"java/lang/Double", "doubleToRawLongBits", "(D)J", double_to_raw_long_bits},
    {"java/lang/Double", "longBitsToDouble", "(J)D", long_bits_to_double},
    M1(sin),
    M1(cos),
    M1(tan),
    M1(asin),
    M1(acos),
    M1(atan),
    M1(exp),
    M1(log),
    M1(log10),
    M1(sqrt),
    M1(sinh),
    M1(cosh),
    M1(tanh),
    M1(expm1),
    M1(log1p),
    M1(floor),
    M1(ceil),
    M1(rint),
    M2("atan2", atan2),
    M2("pow", java_pow),
    M2("hypot", hypot),
    M2("IEEEremainder", remainder),
    {"java/lang/StrictMath", "cbrt", "(D)D", math_java_cbrt},
    {"java/lang/Math", "fma", "(DDD)D", math_fma},
    {"java/lang/System", "setIn0", "(Ljava/io/InputStream;)V", system_set_in0},
    {"java/lang/System", "setOut0", "(Ljava/io/PrintStream;)V", system_set_out0},
    {"java/lang/System", "setErr0", "(Ljava/io/PrintStream;)V", system_set_err0},
    {"java/lang/reflect/Array", "newArray", "(Ljava/lang/Class;I)Ljava/lang/Object;",
     array_new_array},
};

NativeFn natives_find(const Method *m) {
  for (size_t i = 0; i < sizeof table / sizeof *table; i++)
    if (strcmp(table[i].name, m->name) == 0 && strcmp(table[i].cls, m->owner->name) == 0 &&
        strcmp(table[i].desc, m->desc) == 0)
      return table[i].fn;
  return NULL;
}
