/* indy.c — invokedynamic: the bootstraps javac emits, each linked once per call site to a
 * static method of a class generated for it.
 *
 *   StringConcatFactory.makeConcatWithConstants / makeConcat  -> a StringBuilder chain
 *   LambdaMetafactory.metafactory / altMetafactory             -> a class implementing the
 *                                                                 interface, and its factory
 *   ObjectMethods.bootstrap (records)                          -> toString/hashCode/equals
 *
 * The call site then runs as an invokestatic of that method: no method handles at run time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classgen.h"
#include "loader.h"
#include "opcodes.h"
#include "vm.h"

#define MAX_PARAMS 256

typedef struct Sig {
  int n;
  char *p[MAX_PARAMS]; /* parameter descriptors */
  char *ret;
} Sig;

static char *dup_range(const char *a, const char *b) {
  char *s = malloc((size_t)(b - a) + 1);
  memcpy(s, a, (size_t)(b - a));
  s[b - a] = 0;
  return s;
}

static const char *skip_type(const char *p) {
  while (*p == '[') p++;
  if (*p == 'L') p = strchr(p, ';');
  return p + 1;
}

static void sig_parse(Sig *s, const char *desc) {
  s->n = 0;
  const char *p = desc + 1;
  while (*p != ')' && s->n < MAX_PARAMS) {
    const char *e = skip_type(p);
    s->p[s->n++] = dup_range(p, e);
    p = e;
  }
  s->ret = strdup(p + 1);
}

static void sig_free(Sig *s) {
  for (int i = 0; i < s->n; i++) free(s->p[i]);
  free(s->ret);
}

static int slots_of(const char *t) {
  return (t[0] == 'J' || t[0] == 'D') ? 2 : 1;
}
static bool is_ref(const char *t) {
  return t[0] == 'L' || t[0] == '[';
}

/* The class name a reference descriptor stands for, as CONSTANT_Class wants it. */
static char *class_of_desc(const char *t) {
  if (t[0] == '[') return strdup(t);
  return dup_range(t + 1, t + strlen(t) - 1);
}

static const char *box_of(char p) {
  switch (p) {
  case 'Z': return "java/lang/Boolean";
  case 'B': return "java/lang/Byte";
  case 'C': return "java/lang/Character";
  case 'S': return "java/lang/Short";
  case 'I': return "java/lang/Integer";
  case 'J': return "java/lang/Long";
  case 'F': return "java/lang/Float";
  case 'D': return "java/lang/Double";
  default: return NULL;
  }
}

static char prim_of_box(const char *cls) {
  static const char prims[] = "ZBCSIJFD";
  for (int i = 0; prims[i]; i++)
    if (strcmp(box_of(prims[i]), cls) == 0) return prims[i];
  return 0;
}

static const char *unbox_name(char p) {
  switch (p) {
  case 'Z': return "booleanValue";
  case 'B': return "byteValue";
  case 'C': return "charValue";
  case 'S': return "shortValue";
  case 'I': return "intValue";
  case 'J': return "longValue";
  case 'F': return "floatValue";
  default: return "doubleValue";
  }
}

/* Primitive widening (JLS 5.1.2) from a to b. */
static void widen(CgCode *c, char a, char b) {
  if (a == b) return;
  char ia = (a == 'B' || a == 'S' || a == 'C' || a == 'Z') ? 'I' : a;
  if (ia == b || (ia == 'I' && (b == 'B' || b == 'S' || b == 'C'))) return;
  if (ia == 'I' && b == 'J')
    cg_op(c, OP_i2l);
  else if (ia == 'I' && b == 'F')
    cg_op(c, OP_i2f);
  else if (ia == 'I' && b == 'D')
    cg_op(c, OP_i2d);
  else if (ia == 'J' && b == 'F')
    cg_op(c, OP_l2f);
  else if (ia == 'J' && b == 'D')
    cg_op(c, OP_l2d);
  else if (ia == 'F' && b == 'D')
    cg_op(c, OP_f2d);
}

/* Converts the value on the stack from type `from` to type `to`; `dyn` is the more precise
 * type the call site promises for it (the instantiated method type), or NULL. */
static void convert(ClassGen *g, CgCode *c, const char *from, const char *to, const char *dyn) {
  if (strcmp(from, to) == 0) return;
  char buf[512];
  if (is_ref(from) && is_ref(to)) {
    if (strcmp(to, "Ljava/lang/Object;") != 0) {
      char *cn = class_of_desc(to);
      cg_op2(c, OP_checkcast, cg_class(g, cn));
      free(cn);
    }
  } else if (is_ref(from)) { /* unboxing, then widening */
    char p = to[0];
    const char *box = box_of(p);
    if (dyn && is_ref(dyn)) {
      char *cn = class_of_desc(dyn);
      char dp = prim_of_box(cn);
      if (dp) {
        p = dp;
        box = box_of(dp);
      }
      free(cn);
    }
    cg_op2(c, OP_checkcast, cg_class(g, box));
    snprintf(buf, sizeof buf, "()%c", p);
    cg_op2(c, OP_invokevirtual, cg_ref(g, CF_METHODREF, box, unbox_name(p), buf));
    widen(c, p, to[0]);
  } else if (is_ref(to)) { /* boxing */
    const char *box = box_of(from[0]);
    snprintf(buf, sizeof buf, "(%c)L%s;", from[0], box);
    cg_op2(c, OP_invokestatic, cg_ref(g, CF_METHODREF, box, "valueOf", buf));
  } else {
    widen(c, from[0], to[0]);
  }
}

/* Defines the generated class and returns its static method `name`. */
static Method *define_and_find(JThread *t, ClassGen *g, Class *host, const char *cname,
                               const char **ifaces, int nif, const char *mname, const char *mdesc) {
  size_t len;
  uint8_t *bytes = cg_finish(g, ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, cname, "java/lang/Object",
                             ifaces, nif, &len);
  cg_free(g);
  Class *c = class_define(t, bytes, len, host);
  free(bytes);
  if (!c || !class_init(t, c)) return NULL;
  return class_find_method(c, mname, mdesc);
}

static char *gen_name(Class *host, const char *what) {
  char *n = malloc(strlen(host->name) + 48);
  sprintf(n, "%s$$%s$%u", host->name, what, ++vm->generated);
  return n;
}

/* ---- String concatenation --------------------------------------------------------------- */

static const char *append_desc(const char *t) {
  switch (t[0]) {
  case 'Z': return "(Z)Ljava/lang/StringBuilder;";
  case 'C': return "(C)Ljava/lang/StringBuilder;";
  case 'B':
  case 'S':
  case 'I': return "(I)Ljava/lang/StringBuilder;";
  case 'J': return "(J)Ljava/lang/StringBuilder;";
  case 'F': return "(F)Ljava/lang/StringBuilder;";
  case 'D': return "(D)Ljava/lang/StringBuilder;";
  default:
    return strcmp(t, "Ljava/lang/String;") == 0 ? "(Ljava/lang/String;)Ljava/lang/StringBuilder;"
                                                : "(Ljava/lang/Object;)Ljava/lang/StringBuilder;";
  }
}

static void append_literal(ClassGen *g, CgCode *c, const char *s, size_t n) {
  if (n == 0) return;
  char *lit = dup_range(s, s + n);
  cg_ldc(g, c, cg_string(g, lit));
  free(lit);
  cg_op2(c, OP_invokevirtual,
         cg_ref(g, CF_METHODREF, "java/lang/StringBuilder", "append",
                "(Ljava/lang/String;)Ljava/lang/StringBuilder;"));
}

static Method *link_concat(JThread *t, Class *host, const char *desc, const char *recipe,
                           ClassFile *cf, CfBootstrap *bsm) {
  Sig s;
  sig_parse(&s, desc);
  ClassGen g;
  cg_init(&g);
  CgCode c = {0};
  uint16_t sb = cg_class(&g, "java/lang/StringBuilder");
  cg_op2(&c, OP_new_, sb);
  cg_op(&c, OP_dup);
  cg_op2(&c, OP_invokespecial,
         cg_ref(&g, CF_METHODREF, "java/lang/StringBuilder", "<init>", "()V"));
  int arg = 0, slot = 0, cst = 1; /* bootstrap argument 0 is the recipe */
  if (recipe) {
    const char *run = recipe;
    const char *p = recipe;
    for (; *p; p++) {
      /* Recipe tags \1 (an argument) and \2 (a constant) are single bytes in modified UTF-8. */
      if (*p != 1 && *p != 2) continue;
      append_literal(&g, &c, run, (size_t)(p - run));
      if (*p == 1 && arg < s.n) {
        cg_load(&c, s.p[arg][0], (uint16_t)slot);
        slot += slots_of(s.p[arg]);
        cg_op2(
            &c, OP_invokevirtual,
            cg_ref(&g, CF_METHODREF, "java/lang/StringBuilder", "append", append_desc(s.p[arg])));
        arg++;
      } else if (*p == 2 && cst < bsm->arg_count) {
        CfConst *k = &cf->cp[bsm->args[cst++]];
        const char *str = k->tag == CF_STRING ? cf_utf8(cf, k->u.string.str) : "";
        append_literal(&g, &c, str, strlen(str));
      }
      run = p + 1;
    }
    append_literal(&g, &c, run, (size_t)(p - run));
  } else {
    for (; arg < s.n; arg++) {
      cg_load(&c, s.p[arg][0], (uint16_t)slot);
      slot += slots_of(s.p[arg]);
      cg_op2(&c, OP_invokevirtual,
             cg_ref(&g, CF_METHODREF, "java/lang/StringBuilder", "append", append_desc(s.p[arg])));
    }
  }
  cg_op2(&c, OP_invokevirtual,
         cg_ref(&g, CF_METHODREF, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;"));
  cg_op(&c, OP_areturn);
  c.max_stack = 4;
  c.max_locals = (uint16_t)(slot ? slot : 1);
  cg_method(&g, ACC_PUBLIC | ACC_STATIC, "concat", desc, &c);
  char *name = gen_name(host, "Concat");
  Method *m = define_and_find(t, &g, host, name, NULL, 0, "concat", desc);
  free(name);
  sig_free(&s);
  return m;
}

/* ---- Lambdas ------------------------------------------------------------------------------ */

typedef struct Handle {
  int kind;
  const char *cls, *name, *desc;
  bool iface;
} Handle;

static void handle_of(ClassFile *cf, uint16_t idx, Handle *h) {
  CfConst *mh = &cf->cp[idx];
  CfConst *ref = &cf->cp[mh->u.mh.ref];
  CfConst *nat = &cf->cp[ref->u.ref.nat];
  h->kind = mh->u.mh.kind;
  h->cls = cf_class_name(cf, ref->u.ref.cls);
  h->name = cf_utf8(cf, nat->u.nat.name);
  h->desc = cf_utf8(cf, nat->u.nat.desc);
  h->iface = ref->tag == CF_IMETHODREF;
}

enum {
  REF_getField = 1,
  REF_invokeVirtual = 5,
  REF_invokeStatic = 6,
  REF_invokeSpecial = 7,
  REF_newInvokeSpecial = 8,
  REF_invokeInterface = 9
};

/* Emits one implementation of the interface method `mname` with descriptor `sam`. */
static void lambda_method(ClassGen *g, const char *cname, const char *mname, const char *sam,
                          const char *inst, Sig *caps, Handle *impl) {
  Sig s, is, im;
  sig_parse(&s, sam);
  sig_parse(&is, inst);
  sig_parse(&im, impl->desc);
  CgCode c = {0};
  /* Sources: the captured values, then the interface method's parameters. Targets: the
   * receiver (unless static or a constructor), then the implementation's parameters. */
  const char *src[2 * MAX_PARAMS], *dyn[2 * MAX_PARAMS], *dst[2 * MAX_PARAMS];
  int ns = 0, nd = 0;
  for (int i = 0; i < caps->n; i++) {
    src[ns] = caps->p[i];
    dyn[ns++] = caps->p[i];
  }
  for (int i = 0; i < s.n; i++) {
    src[ns] = s.p[i];
    dyn[ns++] = i < is.n ? is.p[i] : s.p[i];
  }
  char recv[512];
  bool has_recv = impl->kind != REF_invokeStatic && impl->kind != REF_newInvokeSpecial;
  if (has_recv) {
    snprintf(recv, sizeof recv, "L%s;", impl->cls);
    dst[nd++] = recv;
  }
  for (int i = 0; i < im.n; i++) dst[nd++] = im.p[i];
  if (impl->kind == REF_newInvokeSpecial) {
    cg_op2(&c, OP_new_, cg_class(g, impl->cls));
    cg_op(&c, OP_dup);
  }
  int slot = 1, capi = 0;
  for (int i = 0; i < ns && i < nd; i++) {
    if (i < caps->n) {
      char fname[16];
      snprintf(fname, sizeof fname, "cap%d", capi++);
      cg_op(&c, OP_aload_0);
      cg_op2(&c, OP_getfield, cg_ref(g, CF_FIELDREF, cname, fname, src[i]));
    } else {
      cg_load(&c, src[i][0], (uint16_t)slot);
      slot += slots_of(src[i]);
    }
    convert(g, &c, src[i], dst[i], dyn[i]);
  }
  switch (impl->kind) {
  case REF_invokeStatic:
    cg_op2(
        &c, OP_invokestatic,
        cg_ref(g, impl->iface ? CF_IMETHODREF : CF_METHODREF, impl->cls, impl->name, impl->desc));
    break;
  case REF_invokeInterface: {
    int argslots = 1;
    for (int i = 0; i < im.n; i++) argslots += slots_of(im.p[i]);
    cg_op2(&c, OP_invokeinterface, cg_ref(g, CF_IMETHODREF, impl->cls, impl->name, impl->desc));
    cg_u1(&c.code, (uint8_t)argslots);
    cg_u1(&c.code, 0);
    break;
  }
  case REF_invokeSpecial:
    cg_op2(
        &c, OP_invokespecial,
        cg_ref(g, impl->iface ? CF_IMETHODREF : CF_METHODREF, impl->cls, impl->name, impl->desc));
    break;
  case REF_newInvokeSpecial:
    cg_op2(&c, OP_invokespecial, cg_ref(g, CF_METHODREF, impl->cls, "<init>", impl->desc));
    break;
  default: cg_op2(&c, OP_invokevirtual, cg_ref(g, CF_METHODREF, impl->cls, impl->name, impl->desc));
  }
  char rbuf[512];
  const char *rt = impl->kind == REF_newInvokeSpecial
                       ? (snprintf(rbuf, sizeof rbuf, "L%s;", impl->cls), rbuf)
                       : im.ret;
  if (s.ret[0] == 'V') {
    if (rt[0] != 'V') cg_op(&c, slots_of(rt) == 2 ? OP_pop2 : OP_pop);
  } else {
    convert(g, &c, rt, s.ret, is.ret);
  }
  cg_return(&c, s.ret[0]);
  c.max_stack = (uint16_t)(2 * (ns + nd) + 6);
  c.max_locals = (uint16_t)(slot + 1);
  cg_method(g, ACC_PUBLIC, mname, sam, &c);
  sig_free(&s);
  sig_free(&is);
  sig_free(&im);
}

static Method *link_lambda(JThread *t, Class *host, const char *mname, const char *desc,
                           ClassFile *cf, CfBootstrap *bsm, bool alt) {
  if (bsm->arg_count < 3) {
    excep_throw_new(t, "java/lang/BootstrapMethodError", "LambdaMetafactory: too few arguments");
    return NULL;
  }
  Sig caps;
  sig_parse(&caps, desc);
  char *iface = class_of_desc(caps.ret);
  const char *sam = cf_utf8(cf, cf->cp[bsm->args[0]].u.mt.desc);
  const char *inst = cf_utf8(cf, cf->cp[bsm->args[2]].u.mt.desc);
  Handle impl;
  handle_of(cf, bsm->args[1], &impl);
  char *cname = gen_name(host, "Lambda");
  ClassGen g;
  cg_init(&g);
  /* Fields and constructor: one final field per captured value. */
  CgCode init = {0};
  cg_op(&init, OP_aload_0);
  cg_op2(&init, OP_invokespecial, cg_ref(&g, CF_METHODREF, "java/lang/Object", "<init>", "()V"));
  int slot = 1;
  for (int i = 0; i < caps.n; i++) {
    char fname[16];
    snprintf(fname, sizeof fname, "cap%d", i);
    cg_field(&g, ACC_PRIVATE | ACC_FINAL, fname, caps.p[i]);
    cg_op(&init, OP_aload_0);
    cg_load(&init, caps.p[i][0], (uint16_t)slot);
    slot += slots_of(caps.p[i]);
    cg_op2(&init, OP_putfield, cg_ref(&g, CF_FIELDREF, cname, fname, caps.p[i]));
  }
  cg_op(&init, OP_return_);
  init.max_stack = 3;
  init.max_locals = (uint16_t)slot;
  char idesc[2048];
  snprintf(idesc, sizeof idesc, "(%.*s)V", (int)(strchr(desc, ')') - desc - 1), desc + 1);
  cg_method(&g, ACC_PRIVATE, "<init>", idesc, &init);

  /* The factory the call site invokes: a shared instance when nothing is captured. */
  CgCode fac = {0};
  if (caps.n == 0) {
    cg_field(&g, ACC_PRIVATE | ACC_STATIC | ACC_FINAL, "INSTANCE", caps.ret);
    CgCode cl = {0};
    cg_op2(&cl, OP_new_, cg_class(&g, cname));
    cg_op(&cl, OP_dup);
    cg_op2(&cl, OP_invokespecial, cg_ref(&g, CF_METHODREF, cname, "<init>", "()V"));
    cg_op2(&cl, OP_putstatic, cg_ref(&g, CF_FIELDREF, cname, "INSTANCE", caps.ret));
    cg_op(&cl, OP_return_);
    cl.max_stack = 2;
    cl.max_locals = 0;
    cg_method(&g, ACC_STATIC, "<clinit>", "()V", &cl);
    cg_op2(&fac, OP_getstatic, cg_ref(&g, CF_FIELDREF, cname, "INSTANCE", caps.ret));
  } else {
    cg_op2(&fac, OP_new_, cg_class(&g, cname));
    cg_op(&fac, OP_dup);
    slot = 0;
    for (int i = 0; i < caps.n; i++) {
      cg_load(&fac, caps.p[i][0], (uint16_t)slot);
      slot += slots_of(caps.p[i]);
    }
    cg_op2(&fac, OP_invokespecial, cg_ref(&g, CF_METHODREF, cname, "<init>", idesc));
  }
  cg_op(&fac, OP_areturn);
  fac.max_stack = (uint16_t)(2 * caps.n + 4);
  fac.max_locals = (uint16_t)(slot ? slot : 1);
  cg_method(&g, ACC_PUBLIC | ACC_STATIC, "get$Lambda", desc, &fac);

  lambda_method(&g, cname, mname, sam, inst, &caps, &impl);

  /* altMetafactory: flags, then marker interfaces and bridge descriptors. */
  const char *ifaces[64];
  int nif = 0;
  ifaces[nif++] = iface;
  if (alt && bsm->arg_count > 3) {
    int flags = cf->cp[bsm->args[3]].u.i, k = 4;
    if ((flags & 2) && k < bsm->arg_count) { /* FLAG_MARKERS */
      int n = cf->cp[bsm->args[k++]].u.i;
      for (int i = 0; i < n && k < bsm->arg_count && nif < 64; i++, k++)
        ifaces[nif++] = cf_class_name(cf, bsm->args[k]);
    }
    if ((flags & 4) && k < bsm->arg_count) { /* FLAG_BRIDGES */
      int n = cf->cp[bsm->args[k++]].u.i;
      for (int i = 0; i < n && k < bsm->arg_count; i++, k++) {
        const char *bdesc = cf_utf8(cf, cf->cp[bsm->args[k]].u.mt.desc);
        lambda_method(&g, cname, mname, bdesc, inst, &caps, &impl);
      }
    }
  }
  Method *m = define_and_find(t, &g, host, cname, ifaces, nif, "get$Lambda", desc);
  free(cname);
  free(iface);
  sig_free(&caps);
  return m;
}

/* ---- Records -------------------------------------------------------------------------------- */

static const char *simple_name(const char *name) {
  const char *s = strrchr(name, '/');
  s = s ? s + 1 : name;
  const char *d = strrchr(s, '$');
  if (d) {
    s = d + 1;
    while (*s >= '0' && *s <= '9') s++;
  }
  return s;
}

static Method *link_record(JThread *t, Class *host, const char *mname, const char *desc,
                           ClassFile *cf, CfBootstrap *bsm) {
  if (bsm->arg_count < 2) {
    excep_throw_new(t, "java/lang/BootstrapMethodError", "ObjectMethods: too few arguments");
    return NULL;
  }
  const char *rec = cf_class_name(cf, bsm->args[0]);
  const char *names = cf_utf8(cf, cf->cp[bsm->args[1]].u.string.str);
  int n = bsm->arg_count - 2;
  Handle *getters = calloc((size_t)(n ? n : 1), sizeof *getters);
  for (int i = 0; i < n; i++) handle_of(cf, bsm->args[2 + i], &getters[i]);
  ClassGen g;
  cg_init(&g);
  CgCode c = {0};
  if (strcmp(mname, "toString") == 0) {
    uint16_t sbc = cg_class(&g, "java/lang/StringBuilder");
    cg_op2(&c, OP_new_, sbc);
    cg_op(&c, OP_dup);
    cg_op2(&c, OP_invokespecial,
           cg_ref(&g, CF_METHODREF, "java/lang/StringBuilder", "<init>", "()V"));
    char lit[1024];
    snprintf(lit, sizeof lit, "%s[", simple_name(rec));
    const char *p = names;
    for (int i = 0; i < n; i++) {
      const char *semi = strchr(p, ';');
      size_t len = semi ? (size_t)(semi - p) : strlen(p);
      size_t l = strlen(lit);
      snprintf(lit + l, sizeof lit - l, "%s%.*s=", i ? ", " : "", (int)len, p);
      append_literal(&g, &c, lit, strlen(lit));
      lit[0] = 0;
      p = semi ? semi + 1 : p + len;
      cg_op(&c, OP_aload_0);
      cg_op2(&c, OP_getfield, cg_ref(&g, CF_FIELDREF, rec, getters[i].name, getters[i].desc));
      cg_op2(&c, OP_invokevirtual,
             cg_ref(&g, CF_METHODREF, "java/lang/StringBuilder", "append",
                    append_desc(getters[i].desc)));
    }
    size_t l = strlen(lit);
    snprintf(lit + l, sizeof lit - l, "]");
    append_literal(&g, &c, lit, strlen(lit));
    cg_op2(&c, OP_invokevirtual,
           cg_ref(&g, CF_METHODREF, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;"));
    cg_op(&c, OP_areturn);
  } else if (strcmp(mname, "hashCode") == 0) {
    cg_op(&c, OP_iconst_0);
    for (int i = 0; i < n; i++) {
      cg_op1(&c, OP_bipush, 31);
      cg_op(&c, OP_imul);
      cg_op(&c, OP_aload_0);
      const char *d = getters[i].desc;
      cg_op2(&c, OP_getfield, cg_ref(&g, CF_FIELDREF, rec, getters[i].name, d));
      char hd[64];
      switch (d[0]) {
      case 'I':
      case 'S':
      case 'B':
      case 'C': break;
      case 'Z':
      case 'J':
      case 'F':
      case 'D':
        snprintf(hd, sizeof hd, "(%c)I", d[0]);
        cg_op2(&c, OP_invokestatic, cg_ref(&g, CF_METHODREF, box_of(d[0]), "hashCode", hd));
        break;
      default:
        cg_op2(&c, OP_invokestatic,
               cg_ref(&g, CF_METHODREF, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I"));
      }
      cg_op(&c, OP_iadd);
    }
    cg_op(&c, OP_ireturn);
  } else { /* equals */
    uint16_t rc = cg_class(&g, rec);
    cg_op(&c, OP_aload_1);
    cg_op2(&c, OP_instanceof, rc);
    size_t fix[MAX_PARAMS + 1];
    int nfix = 0;
    fix[nfix++] = c.code.len;
    cg_op2(&c, OP_ifeq, 0);
    cg_op(&c, OP_aload_1);
    cg_op2(&c, OP_checkcast, rc);
    cg_op(&c, OP_astore_2);
    for (int i = 0; i < n && nfix <= MAX_PARAMS; i++) {
      const char *d = getters[i].desc;
      uint16_t f = cg_ref(&g, CF_FIELDREF, rec, getters[i].name, d);
      cg_op(&c, OP_aload_0);
      cg_op2(&c, OP_getfield, f);
      cg_op(&c, OP_aload_2);
      cg_op2(&c, OP_getfield, f);
      switch (d[0]) {
      case 'J':
        cg_op(&c, OP_lcmp);
        fix[nfix++] = c.code.len;
        cg_op2(&c, OP_ifne, 0);
        break;
      case 'F':
        cg_op2(&c, OP_invokestatic,
               cg_ref(&g, CF_METHODREF, "java/lang/Float", "compare", "(FF)I"));
        fix[nfix++] = c.code.len;
        cg_op2(&c, OP_ifne, 0);
        break;
      case 'D':
        cg_op2(&c, OP_invokestatic,
               cg_ref(&g, CF_METHODREF, "java/lang/Double", "compare", "(DD)I"));
        fix[nfix++] = c.code.len;
        cg_op2(&c, OP_ifne, 0);
        break;
      case 'L':
      case '[':
        cg_op2(&c, OP_invokestatic,
               cg_ref(&g, CF_METHODREF, "java/util/Objects", "equals",
                      "(Ljava/lang/Object;Ljava/lang/Object;)Z"));
        fix[nfix++] = c.code.len;
        cg_op2(&c, OP_ifeq, 0);
        break;
      default: fix[nfix++] = c.code.len; cg_op2(&c, OP_if_icmpne, 0);
      }
    }
    cg_op(&c, OP_iconst_1);
    cg_op(&c, OP_ireturn);
    size_t fail = c.code.len;
    cg_op(&c, OP_iconst_0);
    cg_op(&c, OP_ireturn);
    for (int i = 0; i < nfix; i++) {
      int16_t off = (int16_t)(fail - fix[i]);
      c.code.d[fix[i] + 1] = (uint8_t)(off >> 8);
      c.code.d[fix[i] + 2] = (uint8_t)off;
    }
  }
  c.max_stack = 6;
  c.max_locals = 3;
  cg_method(&g, ACC_PUBLIC | ACC_STATIC, mname, desc, &c);
  free(getters);
  char *cname = gen_name(host, "Record");
  Method *m = define_and_find(t, &g, host, cname, NULL, 0, mname, desc);
  free(cname);
  return m;
}

/* ---- Dispatch on the bootstrap method ----------------------------------------------------------
 */

Method *indy_link(JThread *t, Class *c, uint16_t idx) {
  ClassFile *cf = c->cf;
  CfConst *k = &cf->cp[idx];
  CfBootstrap *bsm = &cf->bootstraps[k->u.dyn.bsm];
  CfConst *nat = &cf->cp[k->u.dyn.nat];
  const char *name = cf_utf8(cf, nat->u.nat.name), *desc = cf_utf8(cf, nat->u.nat.desc);
  Handle h;
  handle_of(cf, bsm->method, &h);
  if (strcmp(h.cls, "java/lang/invoke/StringConcatFactory") == 0) {
    if (strcmp(h.name, "makeConcatWithConstants") == 0 && bsm->arg_count >= 1)
      return link_concat(t, c, desc, cf_utf8(cf, cf->cp[bsm->args[0]].u.string.str), cf, bsm);
    if (strcmp(h.name, "makeConcat") == 0) return link_concat(t, c, desc, NULL, cf, bsm);
  } else if (strcmp(h.cls, "java/lang/invoke/LambdaMetafactory") == 0) {
    if (strcmp(h.name, "metafactory") == 0) return link_lambda(t, c, name, desc, cf, bsm, false);
    if (strcmp(h.name, "altMetafactory") == 0) return link_lambda(t, c, name, desc, cf, bsm, true);
  } else if (strcmp(h.cls, "java/lang/runtime/ObjectMethods") == 0) {
    return link_record(t, c, name, desc, cf, bsm);
  }
  excep_throw_new(t, "java/lang/BootstrapMethodError", "bootstrap method %s.%s is not supported",
                  h.cls, h.name);
  return NULL;
}
