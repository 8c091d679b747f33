/* loader.c — finding, defining, linking and initialising classes.
 *
 * One class table for the whole VM (class metadata is read-only after linking and the same
 * on every node; the distributed model charges a class-load message when a node first
 * meets a class). Linking lays out fields, builds the vtable and the interface tables.
 * Initialisation follows JLS 12.4.2; the interpreter runs <clinit> in a frame of its own
 * (class_init_begin / class_init_end), C callers through class_init.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "backend.h"
#include "interp.h"
#include "dist.h"
#include "loader.h"
#include "vm.h"

/* ---- The class table ----------------------------------------------------------------- */

static uint32_t name_hash(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
  return h;
}

Class *class_lookup(const char *name) {
  if (!vm->buckets) return NULL;
  for (Class *c = vm->buckets[name_hash(name) & (vm->bucket_count - 1)]; c; c = c->next_in_bucket)
    if (strcmp(c->name, name) == 0) return c;
  return NULL;
}

static void table_add(Class *c) {
  if (vm->class_count * 2 >= vm->bucket_count) {
    uint32_t n = vm->bucket_count ? vm->bucket_count * 2 : 1024;
    Class **b = calloc(n, sizeof *b);
    for (uint32_t i = 0; i < vm->bucket_count; i++) {
      Class *x = vm->buckets[i];
      while (x) {
        Class *next = x->next_in_bucket;
        uint32_t j = name_hash(x->name) & (n - 1);
        x->next_in_bucket = b[j];
        b[j] = x;
        x = next;
      }
    }
    free(vm->buckets);
    vm->buckets = b;
    vm->bucket_count = n;
  }
  uint32_t j = name_hash(c->name) & (vm->bucket_count - 1);
  c->next_in_bucket = vm->buckets[j];
  vm->buckets[j] = c;
  vm->class_count++;
  if (vm->class_count >= vm->by_id_cap) {
    vm->by_id_cap = vm->by_id_cap ? vm->by_id_cap * 2 : 1024;
    vm->by_id = realloc(vm->by_id, vm->by_id_cap * sizeof *vm->by_id);
  }
  c->id = vm->class_count; /* ids start at 1: 0 means "no class" on the wire */
  vm->by_id[c->id] = c;
}

static Class *class_alloc(const char *name) {
  Class *c = calloc(1, sizeof *c);
  c->name = strdup(name);
  c->mirrors = calloc((size_t)vm->node_count, sizeof *c->mirrors);
  return c;
}

/* ---- Types and descriptors ---------------------------------------------------------- */

int prim_index(char type) {
  switch (type) {
  case 'Z': return 0;
  case 'B': return 1;
  case 'C': return 2;
  case 'S': return 3;
  case 'I': return 4;
  case 'J': return 5;
  case 'F': return 6;
  case 'D': return 7;
  case 'V': return 8;
  default: return -1;
  }
}

size_t type_size(char type) {
  switch (type) {
  case 'Z':
  case 'B': return 1;
  case 'C':
  case 'S': return 2;
  case 'I':
  case 'F': return 4;
  default: return 8; /* J, D, references */
  }
}

static const char *const prim_names[9] = {"boolean", "byte",  "char",   "short", "int",
                                          "long",    "float", "double", "void"};

Class *loader_primitive(char type) {
  return vm->prim[prim_index(type)];
}

void loader_make_primitives(void) {
  static const char types[9] = {'Z', 'B', 'C', 'S', 'I', 'J', 'F', 'D', 'V'};
  for (int i = 0; i < 9; i++) {
    Class *c = class_alloc(prim_names[i]);
    c->kind = KIND_PRIMITIVE;
    c->prim = types[i];
    c->state = CLS_INITIALIZED;
    c->access = ACC_PUBLIC | ACC_FINAL | ACC_ABSTRACT;
    c->boot = true;
    table_add(c);
    vm->prim[i] = c;
  }
}

/* Counts the argument slots of a method descriptor and finds its return type. */
int desc_arg_slots(const char *desc, char *ret) {
  int slots = 0;
  const char *p = desc + 1;
  while (*p && *p != ')') {
    if (*p == 'J' || *p == 'D') {
      slots += 2;
      p++;
      continue;
    }
    slots++;
    while (*p == '[') p++;
    if (*p == 'L') p = strchr(p, ';');
    p++;
  }
  if (ret) {
    char r = p[1];
    *ret = (r == '[') ? 'L' : r;
  }
  return slots;
}

const char *class_java_name(const Class *c, char *buf, size_t len) {
  if (c->kind == KIND_PRIMITIVE) {
    snprintf(buf, len, "%s", c->name);
    return buf;
  }
  size_t i = 0;
  for (const char *p = c->name; *p && i + 1 < len; p++) buf[i++] = *p == '/' ? '.' : *p;
  buf[i] = 0;
  return buf;
}

/* ---- Finding class bytes --------------------------------------------------------------- */

static int read_file(const char *path, uint8_t **bytes, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  struct stat st;
  if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
    fclose(f);
    return -1;
  }
  uint8_t *b = malloc(st.st_size ? (size_t)st.st_size : 1);
  size_t n = fread(b, 1, (size_t)st.st_size, f);
  fclose(f);
  if (n != (size_t)st.st_size) {
    free(b);
    return -1;
  }
  *bytes = b;
  *len = n;
  return 0;
}

static int find_bytes(const char *name, uint8_t **bytes, size_t *len, bool *boot) {
  for (int i = 0; i < vm->cp_count; i++) {
    ClassPathEntry *e = &vm->cp[i];
    if (e->provider) {
      if (e->provider(e->ctx, name, bytes, len) == 0) {
        *boot = e->boot;
        return 0;
      }
      continue;
    }
    size_t n = strlen(e->dir) + strlen(name) + 8;
    char *path = malloc(n);
    snprintf(path, n, "%s/%s.class", e->dir, name);
    int r = read_file(path, bytes, len);
    free(path);
    if (r == 0) {
      *boot = e->boot;
      return 0;
    }
  }
  return -1;
}

/* ---- Defining a class from its bytes ------------------------------------------------- */

static void setup_methods(Class *c) {
  ClassFile *cf = c->cf;
  c->method_count = cf->method_count;
  c->methods = calloc(cf->method_count ? cf->method_count : 1, sizeof *c->methods);
  for (int i = 0; i < cf->method_count; i++) {
    CfMethod *cm = &cf->methods[i];
    Method *m = &c->methods[i];
    m->owner = c;
    m->name = cm->name;
    m->desc = cm->desc;
    m->access = cm->access;
    m->index = (uint16_t)i;
    m->vtable_index = -1;
    m->itable_index = -1;
    m->arg_slots = (uint16_t)(desc_arg_slots(m->desc, &m->ret_type) + !(m->access & ACC_STATIC));
    if (cm->code) {
      m->max_stack = cm->code->max_stack;
      m->max_locals = cm->code->max_locals;
      if (m->max_locals < m->arg_slots) m->max_locals = m->arg_slots;
      m->code_len = cm->code->code_length;
      m->code = malloc(m->code_len);
      memcpy(m->code, cm->code->code, m->code_len);
      m->exc_count = cm->code->exception_count;
      m->exc = cm->code->exceptions;
      m->line_count = cm->code->line_count;
      m->lines = cm->code->lines;
    } else {
      m->max_locals = m->arg_slots;
    }
  }
}

static void setup_fields(Class *c) {
  ClassFile *cf = c->cf;
  c->field_count = cf->field_count;
  c->fields = calloc(cf->field_count ? cf->field_count : 1, sizeof *c->fields);
  for (int i = 0; i < cf->field_count; i++) {
    Field *f = &c->fields[i];
    f->owner = c;
    f->name = cf->fields[i].name;
    f->desc = cf->fields[i].desc;
    f->access = cf->fields[i].access;
    f->type = f->desc[0] == '[' ? 'L' : f->desc[0];
    f->constant_value = cf->fields[i].constant_value;
  }
}

static const char *package_end(const char *name) {
  return strrchr(name, '/');
}

bool same_package(const Class *a, const Class *b) {
  if (a->host) a = a->host;
  if (b->host) b = b->host;
  while (a->kind == KIND_ARRAY) a = a->elem;
  while (b->kind == KIND_ARRAY) b = b->elem;
  if (a->boot != b->boot) return false;
  const char *pa = package_end(a->name), *pb = package_end(b->name);
  size_t la = pa ? (size_t)(pa - a->name) : 0, lb = pb ? (size_t)(pb - b->name) : 0;
  return la == lb && strncmp(a->name, b->name, la) == 0;
}

/* Lays out fields largest first, filling a 4-byte gap left by the superclass. */
static void layout(Class *c, bool statics) {
  uint32_t off = statics ? sizeof(Object) : (c->super ? c->super->instance_size : sizeof(Object));
  if (off % 8 == 4) { /* fill the gap with one 4-byte field, if any */
    for (int i = 0; i < c->field_count; i++) {
      Field *f = &c->fields[i];
      if (!!(f->access & ACC_STATIC) != statics || type_size(f->type) != 4) continue;
      f->offset = off;
      off += 4;
      f->access |= 0x8000; /* placed (a bit javac never sets on fields) */
      break;
    }
  }
  static const size_t sizes[4] = {8, 4, 2, 1};
  for (int s = 0; s < 4; s++) {
    for (int i = 0; i < c->field_count; i++) {
      Field *f = &c->fields[i];
      if (!!(f->access & ACC_STATIC) != statics || type_size(f->type) != sizes[s]) continue;
      if (f->access & 0x8000) {
        f->access &= ~0x8000;
        continue;
      }
      off = (uint32_t)((off + sizes[s] - 1) & ~(sizes[s] - 1));
      f->offset = off;
      off += (uint32_t)sizes[s];
    }
  }
  /* Reference offsets for the collector: the superclass's, then ours. */
  uint32_t base = statics ? 0 : (c->super ? c->super->ref_count : 0);
  uint32_t n = base;
  for (int i = 0; i < c->field_count; i++)
    if (!!(c->fields[i].access & ACC_STATIC) == statics && c->fields[i].type == 'L') n++;
  uint32_t *offs = malloc((n ? n : 1) * sizeof *offs);
  if (base) memcpy(offs, c->super->ref_offsets, base * sizeof *offs);
  n = base;
  for (int i = 0; i < c->field_count; i++)
    if (!!(c->fields[i].access & ACC_STATIC) == statics && c->fields[i].type == 'L')
      offs[n++] = c->fields[i].offset;
  if (statics) {
    c->statics_size = off;
    c->static_ref_count = n;
    c->static_ref_offsets = offs;
  } else {
    c->instance_size = off;
    c->ref_count = n;
    c->ref_offsets = offs;
  }
}

Method *class_find_method(Class *c, const char *name, const char *desc) {
  for (int i = 0; i < c->method_count; i++) {
    Method *m = &c->methods[i];
    if (strcmp(m->name, name) == 0 && strcmp(m->desc, desc) == 0) return m;
  }
  return NULL;
}

static bool is_overridable(const Method *m) {
  return !(m->access & (ACC_STATIC | ACC_PRIVATE)) && m->name[0] != '<';
}

/* Every interface c implements, directly or through supers, each once, in a stable order. */
static void collect_interfaces(Class *c, Class ***list, uint32_t *n, uint32_t *cap) {
  for (Class *k = c; k; k = k->super) {
    for (int i = 0; i < k->interface_count; i++) {
      Class *in = k->interfaces[i];
      bool seen = false;
      for (uint32_t j = 0; j < *n; j++) seen |= (*list)[j] == in;
      if (seen) continue;
      if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        *list = realloc(*list, *cap * sizeof **list);
      }
      (*list)[(*n)++] = in;
      collect_interfaces(in, list, n, cap);
    }
    if (k->access & ACC_INTERFACE) break;
  }
}

/* The maximally specific non-abstract superinterface method (JVMS 5.4.3.3), or NULL. When
 * several conflict, *conflict is set. */
static Method *find_default(Class *c, const char *name, const char *desc, bool *conflict) {
  Class **ifs = NULL;
  uint32_t n = 0, cap = 0;
  collect_interfaces(c, &ifs, &n, &cap);
  Method *cands[32];
  int nc = 0;
  for (uint32_t i = 0; i < n && nc < 32; i++) {
    Method *m = class_find_method(ifs[i], name, desc);
    if (m && is_overridable(m)) cands[nc++] = m;
  }
  free(ifs);
  Method *best = NULL;
  int nbest = 0;
  for (int i = 0; i < nc; i++) {
    bool shadowed = false;
    for (int j = 0; j < nc; j++)
      if (i != j && cands[j]->owner != cands[i]->owner &&
          class_is_subclass(cands[j]->owner, cands[i]->owner))
        shadowed = true;
    if (shadowed || (cands[i]->access & ACC_ABSTRACT)) continue;
    if (!best || best != cands[i]) nbest++;
    best = cands[i];
  }
  if (conflict) *conflict = nbest > 1;
  return nbest == 1 ? best : NULL;
}

/* A stub that throws AbstractMethodError or IncompatibleClassChangeError when called: the
 * vtable or itable slot of a method a class does not implement. */
static Method **stubs;
static uint32_t stub_count, stub_cap;

static Method *error_stub(Class *c, const Method *m, bool conflict) {
  Method *s = calloc(1, sizeof *s);
  if (stub_count == stub_cap) {
    stub_cap = stub_cap ? stub_cap * 2 : 16;
    stubs = realloc(stubs, stub_cap * sizeof *stubs);
  }
  stubs[stub_count++] = s;
  *s = *m;
  s->owner = c;
  s->code = NULL;
  s->access = (uint16_t)((m->access & ~ACC_ABSTRACT) | ACC_NATIVE);
  s->native = conflict ? natives_conflict_stub : natives_abstract_stub;
  s->lines = NULL;
  s->line_count = 0;
  s->exc = NULL;
  s->exc_count = 0;
  return s;
}

static void build_vtable(Class *c) {
  Class *s = c->super;
  uint32_t cap = (s ? s->vtable_len : 0) + c->method_count + 8;
  Method **vt = malloc(cap * sizeof *vt);
  uint32_t len = 0;
  if (s) {
    memcpy(vt, s->vtable, s->vtable_len * sizeof *vt);
    len = s->vtable_len;
  }
  for (int i = 0; i < c->method_count; i++) {
    Method *m = &c->methods[i];
    if (!is_overridable(m)) continue;
    int slot = -1;
    for (uint32_t j = 0; j < len; j++) {
      Method *o = vt[j];
      if (strcmp(o->name, m->name) == 0 && strcmp(o->desc, m->desc) == 0 &&
          ((o->access & (ACC_PUBLIC | ACC_PROTECTED)) || same_package(o->owner, c))) {
        slot = (int)j;
        break;
      }
    }
    if (slot < 0) slot = (int)len++;
    vt[slot] = m;
    m->vtable_index = slot;
  }
  /* Interface methods the class does not implement get a slot too (default methods, or a
   * stub), so that invokevirtual on the class finds them. */
  if (!(c->access & ACC_INTERFACE)) {
    Class **ifs = NULL;
    uint32_t n = 0, icap = 0;
    collect_interfaces(c, &ifs, &n, &icap);
    for (uint32_t i = 0; i < n; i++) {
      for (uint32_t k = 0; k < ifs[i]->imethod_count; k++) {
        Method *im = ifs[i]->imethods[k];
        bool found = false;
        for (uint32_t j = 0; j < len && !found; j++)
          found = strcmp(vt[j]->name, im->name) == 0 && strcmp(vt[j]->desc, im->desc) == 0;
        if (found) continue;
        bool conflict = false;
        Method *d = find_default(c, im->name, im->desc, &conflict);
        if (len == cap) {
          cap *= 2;
          vt = realloc(vt, cap * sizeof *vt);
        }
        vt[len++] = d ? d : error_stub(c, im, conflict);
      }
    }
    free(ifs);
  }
  c->vtable = vt;
  c->vtable_len = len;
}

static void build_imethods(Class *c) {
  uint32_t n = 0;
  c->imethods = malloc((c->method_count ? c->method_count : 1) * sizeof *c->imethods);
  for (int i = 0; i < c->method_count; i++) {
    Method *m = &c->methods[i];
    if (!is_overridable(m)) continue;
    m->itable_index = (int32_t)n;
    c->imethods[n++] = m;
  }
  c->imethod_count = n;
}

static Method *vtable_find(Class *c, const char *name, const char *desc) {
  for (uint32_t j = c->vtable_len; j-- > 0;) {
    Method *m = c->vtable[j];
    if (strcmp(m->name, name) == 0 && strcmp(m->desc, desc) == 0) return m;
  }
  return NULL;
}

static void build_itables(Class *c) {
  Class **ifs = NULL;
  uint32_t n = 0, cap = 0;
  collect_interfaces(c, &ifs, &n, &cap);
  c->itable_count = n;
  c->itables = calloc(n ? n : 1, sizeof *c->itables);
  for (uint32_t i = 0; i < n; i++) {
    Class *in = ifs[i];
    c->itables[i].iface = in;
    c->itables[i].methods = calloc(in->imethod_count ? in->imethod_count : 1, sizeof(Method *));
    for (uint32_t k = 0; k < in->imethod_count; k++) {
      Method *im = in->imethods[k];
      Method *m = vtable_find(c, im->name, im->desc);
      if (m && !(m->access & ACC_PUBLIC) && !(m->access & ACC_NATIVE && m->code == NULL))
        m = error_stub(c, im, false); /* a non-public implementation is IllegalAccessError */
      c->itables[i].methods[k] = m ? m : error_stub(c, im, false);
    }
  }
  free(ifs);
}

Method *class_itable_lookup(Class *c, Class *iface, int itable_index) {
  for (uint32_t i = 0; i < c->itable_count; i++)
    if (c->itables[i].iface == iface) return c->itables[i].methods[itable_index];
  return NULL;
}

bool class_is_subclass(const Class *c, const Class *of) {
  if (c == of) return true;
  if (of->access & ACC_INTERFACE) {
    if (c->kind == KIND_ARRAY) return of == vm->c_cloneable || of == vm->c_serializable;
    for (const Class *k = c; k; k = k->super)
      for (int i = 0; i < k->interface_count; i++)
        if (class_is_subclass(k->interfaces[i], of)) return true;
    return false;
  }
  if (c->kind == KIND_ARRAY) {
    if (of == vm->c_object) return true;
    if (of->kind != KIND_ARRAY) return false;
    if (c->elem->kind == KIND_PRIMITIVE || of->elem->kind == KIND_PRIMITIVE)
      return c->elem == of->elem;
    return class_is_subclass(c->elem, of->elem);
  }
  for (const Class *k = c->super; k; k = k->super)
    if (k == of) return true;
  return false;
}

bool class_link(JThread *t, Class *c) {
  if (c->state >= CLS_LINKED) return true;
  layout(c, false);
  layout(c, true);
  if (c->access & ACC_INTERFACE) {
    /* An interface has no vtable of its own: calls on it go through itables, and calls of
     * Object's methods through the receiver's vtable. */
    build_imethods(c);
    c->vtable =
        malloc((vm->c_object->vtable_len ? vm->c_object->vtable_len : 1) * sizeof(Method *));
    memcpy(c->vtable, vm->c_object->vtable, vm->c_object->vtable_len * sizeof(Method *));
    c->vtable_len = vm->c_object->vtable_len;
  } else {
    build_vtable(c);
    build_itables(c);
  }
  c->rcp = calloc(c->cf->cp_count ? c->cf->cp_count : 1, sizeof *c->rcp);
  /* Statics live in one object in node 0's heap. A class linked by a thread of another
   * node gets it when node 0 first needs it (class_statics). */
  if (t->node_id == 0 && !class_statics(t, c)) return false;
  c->state = CLS_LINKED;
  return true;
}

Object *class_statics(JThread *t, Class *c) {
  if (c->statics || t->node_id != 0) return c->statics;
  Object *st = heap_alloc(t, c->statics_size);
  if (!st) return NULL;
  st->cls = c;
  st->hdr = OBJ_STATICS;
  c->statics = st;
  return st;
}

static bool resolve_supers(JThread *t, Class *c) {
  ClassFile *cf = c->cf;

  if (cf->super_name) {
    Class *s = class_lookup(cf->super_name);
    if (s && s->init_thread == UINT32_MAX && s->state == CLS_LOADED) {
      excep_throw_new(t, "java/lang/ClassCircularityError", "%s",
                      class_java_name(c, (char[512]){0}, 512));
      return false;
    }
    s = class_load(t, cf->super_name);
    if (!s) return false;
    char a[512], b[512];
    if (s->access & ACC_INTERFACE) {
      excep_throw_new(t, "java/lang/IncompatibleClassChangeError",
                      "class %s has interface %s as super class", class_java_name(c, a, sizeof a),
                      class_java_name(s, b, sizeof b));
      return false;
    }
    if (s->access & ACC_FINAL) {
      excep_throw_new(t, "java/lang/VerifyError", "Cannot inherit from final class");
      return false;
    }
    c->super = s;
    c->is_throwable = s->is_throwable;
    c->ref_kind = s->ref_kind;
    if (s->boot && strcmp(s->name, "java/lang/ref/Reference") == 0) {
      if (strcmp(c->name, "java/lang/ref/WeakReference") == 0)
        c->ref_kind = REF_WEAK;
      else if (strcmp(c->name, "java/lang/ref/SoftReference") == 0)
        c->ref_kind = REF_SOFT;
      else if (strcmp(c->name, "java/lang/ref/PhantomReference") == 0)
        c->ref_kind = REF_PHANTOM;
    }
  }
  c->interface_count = cf->interface_count;
  c->interfaces = calloc(cf->interface_count ? cf->interface_count : 1, sizeof *c->interfaces);
  for (int i = 0; i < cf->interface_count; i++) {
    Class *in = class_load(t, cf->interfaces[i]);
    if (!in) return false;
    if (!(in->access & ACC_INTERFACE)) {
      char a[512], b[512];
      excep_throw_new(t, "java/lang/IncompatibleClassChangeError",
                      "class %s can not implement %s, because it is not an interface",
                      class_java_name(c, a, sizeof a), class_java_name(in, b, sizeof b));
      return false;
    }
    c->interfaces[i] = in;
  }
  c->init_thread = 0;
  if (strcmp(c->name, "java/lang/Throwable") == 0) c->is_throwable = true;
  return class_link(t, c);
}

static Class *define(JThread *t, const char *name, const uint8_t *bytes, size_t len, bool boot,
                     Class *host) {
  CfError err;
  ClassFile *cf = cf_parse(bytes, len, name, &err);
  if (!cf) {
    const char *ex = err.kind == CF_ERR_VERIFY ? "java/lang/VerifyError"
                     : err.kind == CF_ERR_UNSUPPORTED_VERSION
                         ? "java/lang/UnsupportedClassVersionError"
                     : err.kind == CF_ERR_NOMEM ? "java/lang/OutOfMemoryError"
                                                : "java/lang/ClassFormatError";
    excep_throw_new(t, ex, "%s", err.message);
    return NULL;
  }
  if (name && strcmp(cf->this_name, name) != 0) {
    excep_throw_new(t, "java/lang/NoClassDefFoundError", "%s (wrong name: %s)", name,
                    cf->this_name);
    cf_free(cf);
    return NULL;
  }
  Class *c = class_alloc(cf->this_name);
  c->cf = cf;
  c->access = cf->access;
  c->boot = boot;
  c->host = host;
  c->file_len = (uint32_t)len;
  c->kind = KIND_INSTANCE;
  c->state = CLS_LOADED;
  c->init_thread = UINT32_MAX; /* "being loaded": a super that names us is circular */
  setup_fields(c);
  setup_methods(c);
  table_add(c);
  if (!resolve_supers(t, c)) {
    /* Keep the class in the table, marked: a later use fails cleanly, never half-built. */
    c->load_failed = true;
    c->init_thread = 0;
    return NULL;
  }
  /* Streams stay where they were made (System.out and friends on node 0): see dist.h. */
  static const char *const io_roots[] = {"java/io/InputStream", "java/io/OutputStream",
                                         "java/io/Reader", "java/io/Writer"};
  for (Class *k = c; k && !c->pinned; k = k->super)
    for (size_t i = 0; i < sizeof io_roots / sizeof *io_roots; i++)
      if (k->boot && strcmp(k->name, io_roots[i]) == 0) c->pinned = true;
  return c;
}

Class *class_define(JThread *t, const uint8_t *bytes, size_t len, Class *host) {
  return define(t, NULL, bytes, len, host ? host->boot : false, host);
}

Class *class_array_of(JThread *t, Class *elem) {
  (void)t;
  if (elem->array) return elem->array;
  char buf[512];
  if (elem->kind == KIND_PRIMITIVE)
    snprintf(buf, sizeof buf, "[%c", elem->prim);
  else if (elem->kind == KIND_ARRAY)
    snprintf(buf, sizeof buf, "[%s", elem->name);
  else
    snprintf(buf, sizeof buf, "[L%s;", elem->name);
  Class *c = class_lookup(buf);
  if (!c) {
    c = class_alloc(buf);
    c->kind = KIND_ARRAY;
    c->elem = elem;
    c->prim = elem->kind == KIND_PRIMITIVE ? elem->prim : 'L';
    c->elem_size = (uint8_t)type_size(c->prim);
    c->super = vm->c_object;
    c->interface_count = 2;
    c->interfaces = malloc(2 * sizeof *c->interfaces);
    c->interfaces[0] = vm->c_cloneable;
    c->interfaces[1] = vm->c_serializable;
    Class *base = elem;
    while (base->kind == KIND_ARRAY) base = base->elem;
    c->access = (uint16_t)((base->access & ACC_PUBLIC) | ACC_FINAL | ACC_ABSTRACT);
    c->boot = base->boot;
    c->vtable = vm->c_object->vtable;
    c->vtable_len = vm->c_object->vtable_len;
    c->instance_size = sizeof(ArrayObject);
    c->state = CLS_INITIALIZED;
    table_add(c);
  }
  elem->array = c;
  return c;
}

Class *class_from_desc(JThread *t, const char *desc, const char **end) {
  const char *p = desc;
  Class *c;
  if (*p == '[') {
    Class *e = class_from_desc(t, p + 1, &p);
    if (!e) return NULL;
    c = class_array_of(t, e);
  } else if (*p == 'L') {
    const char *semi = strchr(p, ';');
    if (!semi) {
      excep_throw_new(t, "java/lang/ClassFormatError", "bad descriptor %s", desc);
      return NULL;
    }
    char buf[1024];
    size_t n = (size_t)(semi - p - 1);
    if (n >= sizeof buf) n = sizeof buf - 1;
    memcpy(buf, p + 1, n);
    buf[n] = 0;
    c = class_load(t, buf);
    p = semi + 1;
  } else {
    int i = prim_index(*p);
    if (i < 0) {
      excep_throw_new(t, "java/lang/ClassFormatError", "bad descriptor %s", desc);
      return NULL;
    }
    c = vm->prim[i];
    p++;
  }
  if (end) *end = p;
  return c;
}

Class *class_load(JThread *t, const char *name) {
  Class *c = class_lookup(name);
  if (c && c->load_failed) {
    excep_throw_new(t, "java/lang/NoClassDefFoundError", "%s", name);
    return NULL;
  }
  if (c) return c;
  if (name[0] == '[') return class_from_desc(t, name, NULL);
  uint8_t *bytes;
  size_t len;
  bool boot = false;
  if (find_bytes(name, &bytes, &len, &boot) != 0) {
    excep_throw_new(t, "java/lang/NoClassDefFoundError", "%s", name);
    return NULL;
  }
  c = define(t, name, bytes, len, boot, NULL);
  free(bytes);
  return c;
}

/* ---- Resolution of members -------------------------------------------------------------- */

Method *class_resolve_method(Class *c, const char *name, const char *desc) {
  for (Class *k = c; k; k = k->super) {
    Method *m = class_find_method(k, name, desc);
    if (m) return m;
  }
  bool conflict;
  Method *d = find_default(c, name, desc, &conflict);
  if (d) return d;
  /* An abstract superinterface method resolves too (the call then dispatches). */
  Class **ifs = NULL;
  uint32_t n = 0, cap = 0;
  collect_interfaces(c, &ifs, &n, &cap);
  Method *m = NULL;
  for (uint32_t i = 0; i < n && !m; i++) {
    m = class_find_method(ifs[i], name, desc);
    if (m && !is_overridable(m)) m = NULL;
  }
  free(ifs);
  return m;
}

Method *class_resolve_imethod(Class *c, const char *name, const char *desc) {
  Method *m = class_find_method(c, name, desc);
  if (m) return m;
  Method *o = class_find_method(vm->c_object, name, desc);
  if (o && (o->access & ACC_PUBLIC) && !(o->access & ACC_STATIC)) return o;
  return class_resolve_method(c, name, desc);
}

Field *class_resolve_field(Class *c, const char *name, const char *desc) {
  for (Class *k = c; k; k = k->super) {
    for (int i = 0; i < k->field_count; i++)
      if (strcmp(k->fields[i].name, name) == 0 && strcmp(k->fields[i].desc, desc) == 0)
        return &k->fields[i];
    for (int i = 0; i < k->interface_count; i++) {
      Field *f = class_resolve_field(k->interfaces[i], name, desc);
      if (f) return f;
    }
  }
  return NULL;
}

/* ---- Initialisation (JLS 12.4.2) --------------------------------------------------------- */

static bool set_constant_values(JThread *t, Class *c) {
  for (int i = 0; i < c->field_count; i++) {
    Field *f = &c->fields[i];
    if (!(f->access & ACC_STATIC) || !f->constant_value) continue;
    CfConst *k = &c->cf->cp[f->constant_value];
    Object *st = class_statics(t, c);
    if (!st) return false;
    char *p = (char *)st + f->offset;
    switch (k->tag) {
    case CF_INTEGER:
      switch (f->type) {
      case 'Z':
      case 'B': *(int8_t *)p = (int8_t)k->u.i; break;
      case 'C':
      case 'S': *(int16_t *)p = (int16_t)k->u.i; break;
      default: *(int32_t *)p = k->u.i;
      }
      break;
    case CF_FLOAT: *(float *)p = k->u.f; break;
    case CF_LONG: *(int64_t *)p = k->u.l; break;
    case CF_DOUBLE: *(double *)p = k->u.d; break;
    case CF_STRING: {
      Object *s = jstr_intern_utf8(t, cf_utf8(c->cf, k->u.string.str));
      if (!s) return false;
      *(Object **)p = s;
      break;
    }
    default: break;
    }
  }
  return true;
}

static bool needs_init_for_defaults(Class *in) {
  for (int i = 0; i < in->method_count; i++)
    if (!(in->methods[i].access & (ACC_ABSTRACT | ACC_STATIC)) && in->methods[i].name[0] != '<')
      return true;
  return false;
}

static bool init_pending(JThread *t, Class *k) {
  return k->state != CLS_INITIALIZED &&
         !(k->state == CLS_INITIALIZING && k->init_thread == t->logical_id);
}

Class *class_init_begin(JThread *t, Class *c, bool *failed) {
  *failed = false;
  for (;;) {
    if (!init_pending(t, c)) return NULL;
    if (c->state == CLS_ERROR) {
      excep_throw_new(t, "java/lang/NoClassDefFoundError", "Could not initialize class %s",
                      class_java_name(c, (char[512]){0}, 512));
      *failed = true;
      return NULL;
    }
    /* The class to initialise now: the topmost pending one among c's superclasses, or an
     * interface with default methods that one of them implements. */
    Class *k = c;
    for (;;) {
      Class *next = NULL;
      if (k->super && init_pending(t, k->super)) next = k->super;
      if (!next && !(k->access & ACC_INTERFACE))
        for (int i = 0; i < k->interface_count && !next; i++)
          if (init_pending(t, k->interfaces[i]) && needs_init_for_defaults(k->interfaces[i]))
            next = k->interfaces[i];
      if (!next) break;
      k = next;
    }
    if (k->state == CLS_ERROR) { /* a superclass failed: so does c */
      if (k != c) {
        c->state = CLS_ERROR;
        continue;
      }
    }
    if (k->state == CLS_INITIALIZING) {
      /* Another thread is initialising k: wait until it is done (JLS 12.4.2 step 2), then
       * look again. The wait polls every simulated microsecond: deterministic, and cheap
       * for a case that only arises when threads race to a class's first use. */
      interp_charge(t);
      bk_sleep(1e-6);
      continue;
    }
    k->state = CLS_INITIALIZING;
    k->init_thread = t->logical_id;
    if (!set_constant_values(t, k)) {
      class_init_end(t, k);
      *failed = true;
      return NULL;
    }
    if (k->kind == KIND_INSTANCE && class_find_method(k, "<clinit>", "()V")) return k;
    k->state = CLS_INITIALIZED;
  }
}

/* Called when k's <clinit> has returned (t->exception set if it threw). */
void class_init_end(JThread *t, Class *k) {
  if (!t->exception) {
    k->state = CLS_INITIALIZED;
    return;
  }
  k->state = CLS_ERROR;
  Object *e = t->exception;
  Class *error = class_lookup("java/lang/Error");
  if (error && class_is_subclass(e->cls, error)) {
    k->init_error = e;
    return;
  }
  t->exception = NULL;
  Class *eiie = class_load(t, "java/lang/ExceptionInInitializerError");
  if (!eiie || !class_init(t, eiie)) return;
  Object *w = obj_new(t, eiie);
  if (!w) return;
  Method *init = class_find_method(eiie, "<init>", "(Ljava/lang/Throwable;)V");
  Slot args[2] = {{.r = w}, {.r = e}};
  if (!interp_call(t, init, args)) return;
  k->init_error = w;
  t->exception = w;
}

bool class_init(JThread *t, Class *c) {
  if (t->node_id != 0 && c->state != CLS_INITIALIZED) return dist_class_init(t, c);
  for (;;) {
    bool failed;
    Class *k = class_init_begin(t, c, &failed);
    if (failed) return false;
    if (!k) return true;
    Method *clinit = class_find_method(k, "<clinit>", "()V");
    interp_call(t, clinit, NULL);
    class_init_end(t, k);
    if (t->exception) return false;
  }
}

/* ---- Mirrors ------------------------------------------------------------------------------ */

Object *class_mirror(JThread *t, Class *c) {
  Object *m = c->mirrors[t->node_id];
  if (m) return m;
  m = obj_new(t, vm->c_class);
  if (!m) return NULL;
  *FIELD_PTR(m, vm->f_class_vmid->offset, int32_t) = (int32_t)c->id;
  if (t->node_id != 0) m->hdr |= OBJ_MIRROR; /* its monitor is node 0's mirror's */
  c->mirrors[t->node_id] = m;
  return m;
}

Class *class_of_mirror(Object *mirror) {
  return vm->by_id[*FIELD_PTR(mirror, vm->f_class_vmid->offset, int32_t)];
}

void loader_free_all(void) {
  for (uint32_t i = 1; i <= vm->class_count; i++) {
    Class *c = vm->by_id[i];
    if (c->cf) {
      for (int j = 0; j < c->method_count; j++) free(c->methods[j].code);
      if (c->rcp)
        for (int j = 0; j < c->cf->cp_count; j++)
          if (c->cf->cp[j].tag == CF_STRING) free(c->rcp[j].strs);
      cf_free(c->cf);
      free(c->methods);
      free(c->fields);
      free(c->vtable);
      for (uint32_t j = 0; j < c->itable_count; j++) free(c->itables[j].methods);
      free(c->itables);
      free(c->imethods);
      free(c->rcp);
      free(c->interfaces);
    } else if (c->kind == KIND_ARRAY) {
      free(c->interfaces);
    }
    free(c->ref_offsets);
    free(c->static_ref_offsets);
    free(c->mirrors);
    free((char *)c->name);
    free(c);
  }
  for (uint32_t i = 0; i < stub_count; i++) free(stubs[i]);
  free(stubs);
  stubs = NULL;
  stub_count = stub_cap = 0;
  free(vm->by_id);
  free(vm->buckets);
}
