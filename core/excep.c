/* excep.c — exceptions: throwing from C, backtraces, stack-trace elements, HotSpot's
 * messages, and the report of an uncaught exception.
 *
 * A backtrace is a long[] of (method id, pc) pairs, where a method id is its class id and
 * index: no addresses, so it can be shipped to another node and printed there.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "interp.h"
#include "loader.h"
#include "npe.h"
#include "opcodes.h"
#include "vm.h"

void excep_throw(JThread *t, Object *e) {
  t->exception = e;
}

static Object *make_exception(JThread *t, const char *name, const char *msg) {
  static int depth;
  /* Loading an exception class can itself fail with an exception: with no usable class
   * library that would never end. */
  if (depth > 8)
    vm_fatal("cannot build %s%s%s: is the class library (DJSIM_CLASSLIB) complete?", name,
             msg ? ": " : "", msg ? msg : "");
  depth++;
  Class *c = class_load(t, name);
  depth--;
  if (!c) return NULL;
  if (!class_init(t, c)) return NULL;
  Object *e = obj_new(t, c);
  if (!e) return NULL;
  Object *s = NULL;
  if (msg) {
    s = jstr_from_utf8(t, msg);
    if (!s) return NULL;
  }
  Method *init = class_find_method(c, "<init>", msg ? "(Ljava/lang/String;)V" : "()V");
  if (!init) init = class_find_method(c, "<init>", "(Ljava/lang/String;)V");
  if (!init) vm_fatal("class library: %s has no usable constructor", name);
  Slot args[2] = {{.r = e}, {.r = s}};
  if (!interp_call(t, init, args)) return NULL;
  return e;
}

void excep_throw_new(JThread *t, const char *name, const char *fmt, ...) {
  char msg[2048];
  if (fmt) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
  }
  Object *pending = t->exception;
  t->exception = NULL;
  Object *e = make_exception(t, name, fmt ? msg : NULL);
  if (!e) {
    /* Building the exception failed: that failure (already pending) is what is thrown. */
    if (!t->exception) t->exception = pending;
    return;
  }
  t->exception = e;
}

/* ---- Backtraces ----------------------------------------------------------------------- */

static bool hidden(const Frame *f) {
  return f->m->owner->host != NULL;
}

static bool skippable(Frame *f, Object *throwable) {
  Method *m = f->m;
  if (strcmp(m->name, "fillInStackTrace") == 0 || strcmp(m->name, "fillInStackTrace0") == 0)
    return true;
  return strcmp(m->name, "<init>") == 0 && m->owner->is_throwable && f->locals[0].r == throwable;
}

/* Records t's Java stack, skipping the frames that build `throwable`. */
Object *excep_backtrace_of(JThread *t, Object *throwable) {
  int n = 0;
  bool skipping = true;
  for (Frame *f = t->frame; f; f = f->prev) {
    if (skipping && skippable(f, throwable)) continue;
    skipping = false;
    if (!hidden(f)) n++; /* generated classes' frames are hidden, as HotSpot hides them */
  }
  Class *al = class_array_of(t, loader_primitive('J'));
  Object *bt = array_new(t, al, 2 * n);
  if (!bt) return NULL;
  int64_t *d = ARRAY_DATA(bt, int64_t);
  int i = 0;
  uint32_t callee_flags = 0;
  skipping = true;
  for (Frame *f = t->frame; f; f = f->prev) {
    uint32_t flags = callee_flags;
    callee_flags = f->flags;
    if (skipping && skippable(f, throwable)) continue;
    skipping = false;
    if (hidden(f)) continue;
    uint32_t pc = (uint32_t)(f->pc - f->m->code);
    if (!(flags & FRAME_CLINIT) && pc > 0) pc--; /* a saved pc is just past its instruction */
    d[i++] = (int64_t)f->m->owner->id << 16 | f->m->index;
    d[i++] = pc;
  }
  return bt;
}

void excep_extend_backtrace(JThread *t, Object *throwable) {
  Object **field = FIELD_PTR(throwable, vm->f_throwable_backtrace->offset, Object *);
  Object *mine = excep_backtrace_of(t, NULL);
  Object *theirs = *field;
  if (!mine) {
    t->exception = NULL; /* no room: the remote frames alone */
    return;
  }
  int32_t a = theirs ? ARRAY_LEN(theirs) : 0, b = ARRAY_LEN(mine);
  Object *both = array_new(t, mine->cls, a + b);
  if (!both) {
    t->exception = NULL;
    *field = theirs;
    return;
  }
  theirs = *field; /* re-read: the allocation may have collected (non-moving, but be plain) */
  if (a) memcpy(ARRAY_DATA(both, int64_t), ARRAY_DATA(theirs, int64_t), (size_t)a * 8);
  memcpy(ARRAY_DATA(both, int64_t) + a, ARRAY_DATA(mine, int64_t), (size_t)b * 8);
  *field = both;
}

Object *excep_stack_trace(JThread *t, Object *throwable) {
  Object *bt = *FIELD_PTR(throwable, vm->f_throwable_backtrace->offset, Object *);
  int n = bt ? ARRAY_LEN(bt) / 2 : 0;
  Class *ac = class_array_of(t, vm->c_ste);
  Object *arr = array_new(t, ac, n);
  if (!arr) return NULL;
  Method *init = class_find_method(
      vm->c_ste, "<init>",
      "(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;I)V");
  if (!init) vm_fatal("class library: StackTraceElement lacks its 5-argument constructor");
  if (!class_init(t, vm->c_ste)) return NULL;
  for (int i = 0; i < n; i++) {
    int64_t *d = ARRAY_DATA(bt, int64_t);
    Class *c = vm->by_id[d[2 * i] >> 16];
    Method *m = &c->methods[d[2 * i] & 0xffff];
    uint32_t pc = (uint32_t)d[2 * i + 1];
    char name[512];
    Object *module = c->boot ? jstr_intern_utf8(t, "java.base") : NULL;
    Object *cls = jstr_from_utf8(t, class_java_name(c, name, sizeof name));
    Object *mname = jstr_intern_utf8(t, m->name);
    Object *file = c->cf && c->cf->source_file ? jstr_intern_utf8(t, c->cf->source_file) : NULL;
    Object *e = obj_new(t, vm->c_ste);
    if (!cls || !mname || !e) return NULL;
    int line = (m->access & ACC_NATIVE) ? -2 : method_line(m, pc);
    Slot args[6] = {{.r = e}, {.r = module}, {.r = cls}, {.r = mname}, {.r = file}, {.i = line}};
    if (!interp_call(t, init, args)) return NULL;
    ARRAY_DATA(arr, Object *)[i] = e;
  }
  return arr;
}

/* ---- Messages ---------------------------------------------------------------------------- */

static const char *type_name(const char *d, char *out, size_t len, const char **end) {
  int dims = 0;
  while (*d == '[') {
    dims++;
    d++;
  }
  size_t n = 0;
  if (*d == 'L') {
    const char *semi = strchr(d, ';');
    for (const char *p = d + 1; p < semi && n + 1 < len; p++) out[n++] = *p == '/' ? '.' : *p;
    d = semi + 1;
  } else {
    Class *p = loader_primitive(*d);
    const char *pn = p ? p->name : "?";
    for (; *pn && n + 1 < len; pn++) out[n++] = *pn;
    d++;
  }
  for (int i = 0; i < dims && n + 3 < len; i++) {
    out[n++] = '[';
    out[n++] = ']';
  }
  out[n] = 0;
  if (end) *end = d;
  return out;
}

const char *excep_method_sig(const Class *c, const char *name, const char *desc, char *buf,
                             size_t len) {
  char cname[512], ret[256], arg[256];
  const char *p = strchr(desc, ')');
  type_name(p + 1, ret, sizeof ret, NULL);
  int n = snprintf(buf, len, "%s %s.%s(", ret, class_java_name(c, cname, sizeof cname), name);
  p = desc + 1;
  bool first = true;
  while (*p != ')' && n > 0 && (size_t)n < len) {
    type_name(p, arg, sizeof arg, &p);
    n += snprintf(buf + n, len - (size_t)n, "%s%s", first ? "" : ", ", arg);
    first = false;
  }
  if (n > 0 && (size_t)n < len) snprintf(buf + n, len - (size_t)n, ")");
  return buf;
}

void access_module_note(const Class *a, const Class *b, char *buf, size_t len);

void excep_class_cast(JThread *t, Class *from, Class *to) {
  char a[512], b[512], note[1200];
  access_module_note(from, to, note, sizeof note);
  excep_throw_new(t, "java/lang/ClassCastException", "class %s cannot be cast to class %s (%s)",
                  class_java_name(from, a, sizeof a), class_java_name(to, b, sizeof b), note);
}

void excep_throw_npe(JThread *t, Method *m, uint32_t pc) {
  char msg[2048]; /* excep_throw_new keeps at most this much of a message */
  size_t n = npe_message(m, pc, msg, sizeof msg);
  excep_throw_new(t, "java/lang/NullPointerException", n ? "%s" : NULL, msg);
}

/* ---- Uncaught ------------------------------------------------------------------------------- */

void excep_report_uncaught(JThread *t) {
  Object *e = t->exception;
  t->exception = NULL;
  if (t->jthread) {
    Method *m = class_resolve_method(t->jthread->cls, "dispatchUncaughtException",
                                     "(Ljava/lang/Throwable;)V");
    if (m) {
      Slot args[2] = {{.r = t->jthread}, {.r = e}};
      if (interp_call(t, m, args)) return;
      t->exception = NULL;
    }
  }
  char name[512];
  fprintf(stderr, "Exception in thread \"main\" %s\n", class_java_name(e->cls, name, sizeof name));
}
