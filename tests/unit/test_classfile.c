/* test_classfile.c — class-file parser: valid classes built byte by byte in the test, one case per
 * malformed input (kind, message and offset), modified UTF-8, truncation and byte-flip fuzzing,
 * and an optional corpus of real class files named by DJSIM_CLASSFILE_CORPUS.
 */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* nftw, for the corpus walk */
#endif

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "classfile.h"

/* ---- Byte builder ------------------------------------------------------------------------ */

typedef struct Buf {
  uint8_t *b;
  size_t len, cap;
} Buf;

static void put(Buf *b, const void *src, size_t n) {
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n) cap *= 2;
    b->b = realloc(b->b, cap);
    assert_non_null(b->b);
    b->cap = cap;
  }
  if (n) memcpy(b->b + b->len, src, n);
  b->len += n;
}

static void u1(Buf *b, unsigned v) {
  uint8_t x = (uint8_t)v;
  put(b, &x, 1);
}

static void u2(Buf *b, unsigned v) {
  u1(b, v >> 8 & 0xff);
  u1(b, v & 0xff);
}

static void u4(Buf *b, uint32_t v) {
  u2(b, v >> 16);
  u2(b, v & 0xffff);
}

static void buf_free(Buf *b) {
  free(b->b);
  *b = (Buf){0};
}

/* An attribute whose length is patched in when it is closed. */
static size_t attr_open(Buf *b, uint16_t name) {
  u2(b, name);
  u4(b, 0);
  return b->len;
}

static void attr_close(Buf *b, size_t start) {
  uint32_t n = (uint32_t)(b->len - start);
  uint8_t *p = b->b + start - 4;
  p[0] = (uint8_t)(n >> 24);
  p[1] = (uint8_t)(n >> 16);
  p[2] = (uint8_t)(n >> 8);
  p[3] = (uint8_t)n;
}

/* A class under construction: the constant pool and everything after it, kept apart so that
 * the pool's count is known when the file is assembled. */
typedef struct Cb {
  Buf cp;
  uint16_t next; /* next constant-pool index */
  Buf body;
  uint16_t major;
} Cb;

static void cb_init(Cb *c, uint16_t major) {
  *c = (Cb){.next = 1, .major = major};
}

/* File offset of the next constant-pool entry, and of the next body byte. */
static size_t cp_here(const Cb *c) {
  return 10 + c->cp.len;
}
static size_t body_here(const Cb *c) {
  return 10 + c->cp.len + c->body.len;
}

static uint16_t cp_utf8n(Cb *c, const void *s, size_t n) {
  u1(&c->cp, CF_UTF8);
  u2(&c->cp, (unsigned)n);
  put(&c->cp, s, n);
  return c->next++;
}

static uint16_t cp_utf8(Cb *c, const char *s) {
  return cp_utf8n(c, s, strlen(s));
}

static uint16_t cp_u2(Cb *c, unsigned tag, unsigned a) {
  u1(&c->cp, tag);
  u2(&c->cp, a);
  return c->next++;
}

static uint16_t cp_u2u2(Cb *c, unsigned tag, unsigned a, unsigned b) {
  u1(&c->cp, tag);
  u2(&c->cp, a);
  u2(&c->cp, b);
  return c->next++;
}

static uint16_t cp_class(Cb *c, const char *name) {
  return cp_u2(c, CF_CLASS, cp_utf8(c, name));
}

static uint16_t cp_nat(Cb *c, const char *name, const char *desc) {
  uint16_t n = cp_utf8(c, name), d = cp_utf8(c, desc);
  return cp_u2u2(c, CF_NAMEANDTYPE, n, d);
}

static uint16_t cp_ref(Cb *c, unsigned tag, uint16_t cls, const char *name, const char *desc) {
  uint16_t nat = cp_nat(c, name, desc);
  return cp_u2u2(c, tag, cls, nat);
}

static uint16_t cp_u4(Cb *c, unsigned tag, uint32_t v) {
  u1(&c->cp, tag);
  u4(&c->cp, v);
  return c->next++;
}

static uint16_t cp_int(Cb *c, uint32_t v) {
  return cp_u4(c, CF_INTEGER, v);
}

static uint16_t cp_wide(Cb *c, unsigned tag, uint64_t bits) {
  u1(&c->cp, tag);
  u4(&c->cp, (uint32_t)(bits >> 32));
  u4(&c->cp, (uint32_t)bits);
  uint16_t i = c->next;
  c->next += 2;
  return i;
}

static uint16_t cp_mh(Cb *c, unsigned kind, uint16_t ref) {
  u1(&c->cp, CF_METHODHANDLE);
  u1(&c->cp, kind);
  u2(&c->cp, ref);
  return c->next++;
}

static Buf cb_finish(Cb *c) {
  Buf f = {0};
  u4(&f, 0xCAFEBABE);
  u2(&f, 0);
  u2(&f, c->major);
  u2(&f, c->next);
  put(&f, c->cp.b, c->cp.len);
  put(&f, c->body.b, c->body.len);
  buf_free(&c->cp);
  buf_free(&c->body);
  return f;
}

static void class_head(Cb *c, unsigned access, uint16_t this_cls, uint16_t super_cls) {
  u2(&c->body, access);
  u2(&c->body, this_cls);
  u2(&c->body, super_cls);
  u2(&c->body, 0); /* interfaces */
}

/* No fields, methods or attributes. */
static void empty_tail(Cb *c) {
  u2(&c->body, 0);
  u2(&c->body, 0);
  u2(&c->body, 0);
}

/* A class "Foo" whose pool starts with the given entries' author in control: callers add
 * entries after Foo and Object, then finish with an empty body. */
static void foo_pool(Cb *c, uint16_t *foo, uint16_t *object) {
  *foo = cp_class(c, "Foo");
  *object = cp_class(c, "java/lang/Object");
}

static Buf finish_plain(Cb *c, uint16_t foo, uint16_t object) {
  class_head(c, ACC_PUBLIC | ACC_SUPER, foo, object);
  empty_tail(c);
  return cb_finish(c);
}

/* ---- Expectations ------------------------------------------------------------------------ */

static void expect_error_named(const Buf *f, const char *hint, CfErrorKind kind, size_t offset,
                               const char *substr) {
  CfError err;
  ClassFile *cf = cf_parse(f->b, f->len, hint, &err);
  if (cf) {
    cf_free(cf);
    fail_msg("parsed, but expected an error containing \"%s\"", substr);
  }
  if (err.kind != kind || err.offset != offset || !strstr(err.message, substr))
    fail_msg("got kind %d offset %zu \"%s\"\nwant kind %d offset %zu containing \"%s\"", err.kind,
             err.offset, err.message, kind, offset, substr);
}

static void expect_error(const Buf *f, CfErrorKind kind, size_t offset, const char *substr) {
  expect_error_named(f, "Foo", kind, offset, substr);
}

static ClassFile *expect_ok(const Buf *f) {
  CfError err;
  ClassFile *cf = cf_parse(f->b, f->len, "Foo", &err);
  if (!cf) fail_msg("parse failed: %s", err.message);
  return cf;
}

/* ---- The sample class: members, Code, LineNumberTable, ConstantValue, Exceptions ------- */

typedef struct Sample {
  Buf file;
  uint16_t object_utf8, i42, lng, dbl, flt, ioexception, exception;
  size_t cp3_off, fields_off, field1_off, methods_off, method1_off, attrs_off, source_off;
} Sample;

static const uint8_t init_code[] = {0x2a, 0xb7, 0x00, 0x00, 0xb1}; /* index patched in */
static const uint8_t run_code[] = {0x00, 0xb1, 0x4c, 0xb1};        /* nop return astore_1 return */

static void sample_class(Sample *s) {
  Cb c;
  cb_init(&c, 61);
  uint16_t foo = cp_class(&c, "Foo");
  s->cp3_off = cp_here(&c);
  s->object_utf8 = cp_utf8(&c, "java/lang/Object");
  uint16_t object = cp_u2(&c, CF_CLASS, s->object_utf8);
  uint16_t runnable = cp_class(&c, "java/lang/Runnable");
  uint16_t init = cp_utf8(&c, "<init>"), v = cp_utf8(&c, "()V");
  uint16_t object_init = cp_u2u2(&c, CF_METHODREF, object, cp_u2u2(&c, CF_NAMEANDTYPE, init, v));
  uint16_t code = cp_utf8(&c, "Code"), lnt = cp_utf8(&c, "LineNumberTable");
  uint16_t source = cp_utf8(&c, "SourceFile"), foo_java = cp_utf8(&c, "Foo.java");
  uint16_t count = cp_utf8(&c, "COUNT"), i = cp_utf8(&c, "I");
  uint16_t constant = cp_utf8(&c, "ConstantValue");
  s->i42 = cp_int(&c, 42);
  uint16_t name = cp_utf8(&c, "name"), str = cp_utf8(&c, "Ljava/lang/String;");
  uint16_t run = cp_utf8(&c, "run");
  s->exception = cp_class(&c, "java/lang/Exception");
  uint16_t nat = cp_utf8(&c, "nat"), exceptions = cp_utf8(&c, "Exceptions");
  s->ioexception = cp_class(&c, "java/io/IOException");
  s->lng = cp_wide(&c, CF_LONG, 0x123456789abcdef0u);
  double d = 2.5;
  uint64_t dbits;
  memcpy(&dbits, &d, sizeof d);
  s->dbl = cp_wide(&c, CF_DOUBLE, dbits);
  float fl = 1.5f;
  uint32_t fbits;
  memcpy(&fbits, &fl, sizeof fl);
  s->flt = cp_u4(&c, CF_FLOAT, fbits);

  Buf *b = &c.body;
  u2(b, ACC_PUBLIC | ACC_SUPER), u2(b, foo), u2(b, object);
  u2(b, 1), u2(b, runnable);
  s->fields_off = body_here(&c);
  u2(b, 2);
  u2(b, ACC_PUBLIC | ACC_STATIC | ACC_FINAL), u2(b, count), u2(b, i), u2(b, 1);
  u2(b, constant), u4(b, 2), u2(b, s->i42);
  s->field1_off = body_here(&c);
  u2(b, ACC_PRIVATE), u2(b, name), u2(b, str), u2(b, 0);

  s->methods_off = body_here(&c);
  u2(b, 3);
  u2(b, ACC_PUBLIC), u2(b, init), u2(b, v), u2(b, 1);
  size_t a = attr_open(b, code);
  u2(b, 1), u2(b, 1), u4(b, sizeof init_code);
  size_t at = b->len;
  put(b, init_code, sizeof init_code);
  b->b[at + 3] = (uint8_t)object_init;
  u2(b, 0), u2(b, 1);
  size_t l = attr_open(b, lnt);
  u2(b, 2), u2(b, 0), u2(b, 3), u2(b, 4), u2(b, 4);
  attr_close(b, l);
  attr_close(b, a);

  s->method1_off = body_here(&c);
  u2(b, ACC_PUBLIC), u2(b, run), u2(b, v), u2(b, 1);
  a = attr_open(b, code);
  u2(b, 1), u2(b, 2), u4(b, sizeof run_code);
  put(b, run_code, sizeof run_code);
  u2(b, 1), u2(b, 0), u2(b, 1), u2(b, 2), u2(b, s->exception);
  u2(b, 0);
  attr_close(b, a);

  u2(b, ACC_PUBLIC | ACC_NATIVE), u2(b, nat), u2(b, v), u2(b, 1);
  a = attr_open(b, exceptions);
  u2(b, 1), u2(b, s->ioexception);
  attr_close(b, a);

  s->attrs_off = body_here(&c);
  u2(b, 1);
  s->source_off = body_here(&c);
  a = attr_open(b, source);
  u2(b, foo_java);
  attr_close(b, a);
  s->file = cb_finish(&c);
}

static void test_valid_sample(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  ClassFile *cf = expect_ok(&s.file);
  assert_int_equal(cf->major, 61);
  assert_int_equal(cf->minor, 0);
  assert_int_equal(cf->access, ACC_PUBLIC | ACC_SUPER);
  assert_string_equal(cf->this_name, "Foo");
  assert_string_equal(cf->super_name, "java/lang/Object");
  assert_int_equal(cf->interface_count, 1);
  assert_string_equal(cf->interfaces[0], "java/lang/Runnable");
  assert_string_equal(cf_utf8(cf, s.object_utf8), "java/lang/Object");
  assert_null(cf_utf8(cf, 0));
  assert_null(cf_utf8(cf, s.i42));
  assert_string_equal(cf_class_name(cf, s.exception), "java/lang/Exception");

  assert_int_equal(cf->cp[0].tag, 0);
  assert_int_equal(cf->cp[s.i42].tag, CF_INTEGER);
  assert_int_equal(cf->cp[s.i42].u.i, 42);
  assert_int_equal(cf->cp[s.lng].tag, CF_LONG);
  assert_true(cf->cp[s.lng].u.l == (int64_t)0x123456789abcdef0);
  assert_int_equal(cf->cp[s.lng + 1].tag, 0);
  assert_int_equal(cf->cp[s.dbl].tag, CF_DOUBLE);
  assert_true(cf->cp[s.dbl].u.d == 2.5);
  assert_int_equal(cf->cp[s.dbl + 1].tag, 0);
  assert_int_equal(cf->cp[s.flt].tag, CF_FLOAT);
  assert_true(cf->cp[s.flt].u.f == 1.5f);
  assert_int_equal(cf->cp_count, s.flt + 1);

  assert_int_equal(cf->field_count, 2);
  assert_string_equal(cf->fields[0].name, "COUNT");
  assert_string_equal(cf->fields[0].desc, "I");
  assert_int_equal(cf->fields[0].access, ACC_PUBLIC | ACC_STATIC | ACC_FINAL);
  assert_int_equal(cf->fields[0].constant_value, s.i42);
  assert_string_equal(cf->fields[1].name, "name");
  assert_string_equal(cf->fields[1].desc, "Ljava/lang/String;");
  assert_int_equal(cf->fields[1].constant_value, 0);

  assert_int_equal(cf->method_count, 3);
  const CfMethod *m = &cf->methods[0];
  assert_string_equal(m->name, "<init>");
  assert_string_equal(m->desc, "()V");
  assert_non_null(m->code);
  assert_int_equal(m->code->max_stack, 1);
  assert_int_equal(m->code->max_locals, 1);
  assert_int_equal(m->code->code_length, 5);
  assert_int_equal(m->code->code[0], 0x2a);
  assert_int_equal(m->code->code[4], 0xb1);
  assert_int_equal(m->code->exception_count, 0);
  assert_int_equal(m->code->line_count, 2);
  assert_int_equal(m->code->lines[0].start_pc, 0);
  assert_int_equal(m->code->lines[0].line, 3);
  assert_int_equal(m->code->lines[1].start_pc, 4);
  assert_int_equal(m->code->lines[1].line, 4);
  assert_int_equal(m->exception_count, 0);

  m = &cf->methods[1];
  assert_string_equal(m->name, "run");
  assert_memory_equal(m->code->code, run_code, sizeof run_code);
  assert_int_equal(m->code->max_locals, 2);
  assert_int_equal(m->code->exception_count, 1);
  assert_int_equal(m->code->exceptions[0].start_pc, 0);
  assert_int_equal(m->code->exceptions[0].end_pc, 1);
  assert_int_equal(m->code->exceptions[0].handler_pc, 2);
  assert_int_equal(m->code->exceptions[0].catch_type, s.exception);
  assert_int_equal(m->code->line_count, 0);
  assert_null(m->code->lines);

  m = &cf->methods[2];
  assert_string_equal(m->name, "nat");
  assert_int_equal(m->access, ACC_PUBLIC | ACC_NATIVE);
  assert_null(m->code);
  assert_int_equal(m->exception_count, 1);
  assert_string_equal(cf_class_name(cf, m->exceptions[0]), "java/io/IOException");

  assert_string_equal(cf->source_file, "Foo.java");
  assert_int_equal(cf->bootstrap_count, 0);
  assert_null(cf->nest_host);
  assert_int_equal(cf->nest_member_count, 0);
  assert_false(cf->is_record);
  cf_free(cf);
  buf_free(&s.file);
}

/* ---- Invokedynamic, Dynamic, BootstrapMethods, Record, NestMembers ---------------------- */

typedef struct Indy {
  Buf file;
  uint16_t mh, bsm_ref, indy, condy, str, i7, mt;
  size_t indy_off;
} Indy;

static void indy_class(Indy *x, int indy_bsm) {
  Cb c;
  cb_init(&c, 61);
  uint16_t foo = cp_class(&c, "Foo"), record = cp_class(&c, "java/lang/Record");
  x->bsm_ref = cp_ref(&c, CF_METHODREF, foo, "bsm",
                      "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
                      "Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;");
  x->mh = cp_mh(&c, 6, x->bsm_ref);
  uint16_t run = cp_nat(&c, "run", "()Ljava/lang/Runnable;");
  x->indy_off = cp_here(&c);
  x->indy = cp_u2u2(&c, CF_INVOKEDYNAMIC, (unsigned)indy_bsm, run);
  x->condy = cp_u2u2(&c, CF_DYNAMIC, 0, cp_nat(&c, "c", "I"));
  x->str = cp_u2(&c, CF_STRING, cp_utf8(&c, "x"));
  x->i7 = cp_int(&c, 7);
  x->mt = cp_u2(&c, CF_METHODTYPE, cp_utf8(&c, "()V"));
  uint16_t code = cp_utf8(&c, "Code"), bsms = cp_utf8(&c, "BootstrapMethods");
  uint16_t rec = cp_utf8(&c, "Record"), sig = cp_utf8(&c, "Signature");
  uint16_t nest = cp_utf8(&c, "NestMembers"), inner = cp_class(&c, "Foo$Inner");
  uint16_t go = cp_utf8(&c, "go"), go_desc = cp_utf8(&c, "()Ljava/lang/Runnable;");
  uint16_t cv = cp_utf8(&c, "cv"), cv_desc = cp_utf8(&c, "()I");
  uint16_t xs = cp_utf8(&c, "x"), is = cp_utf8(&c, "I"), ss = cp_utf8(&c, "s");
  uint16_t strdesc = cp_utf8(&c, "Ljava/lang/String;");

  Buf *b = &c.body;
  class_head(&c, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, foo, record);
  u2(b, 0);
  u2(b, 2);
  u2(b, ACC_STATIC), u2(b, go), u2(b, go_desc), u2(b, 1);
  size_t a = attr_open(b, code);
  u2(b, 1), u2(b, 0), u4(b, 6);
  u1(b, 0xba), u2(b, x->indy), u2(b, 0), u1(b, 0xb0);
  u2(b, 0), u2(b, 0);
  attr_close(b, a);
  u2(b, ACC_STATIC), u2(b, cv), u2(b, cv_desc), u2(b, 1);
  a = attr_open(b, code);
  u2(b, 1), u2(b, 0), u4(b, 3);
  u1(b, 0x12), u1(b, x->condy), u1(b, 0xac);
  u2(b, 0), u2(b, 0);
  attr_close(b, a);

  u2(b, 3);
  a = attr_open(b, bsms);
  u2(b, 1), u2(b, x->mh), u2(b, 3), u2(b, x->str), u2(b, x->i7), u2(b, x->mt);
  attr_close(b, a);
  a = attr_open(b, rec);
  u2(b, 2);
  u2(b, xs), u2(b, is), u2(b, 0);
  u2(b, ss), u2(b, strdesc), u2(b, 1);
  size_t s = attr_open(b, sig);
  u2(b, strdesc);
  attr_close(b, s);
  attr_close(b, a);
  a = attr_open(b, nest);
  u2(b, 1), u2(b, inner);
  attr_close(b, a);
  x->file = cb_finish(&c);
}

static void test_valid_indy_record(void **state) {
  (void)state;
  Indy x;
  indy_class(&x, 0);
  ClassFile *cf = expect_ok(&x.file);
  assert_string_equal(cf->super_name, "java/lang/Record");
  assert_int_equal(cf->cp[x.mh].tag, CF_METHODHANDLE);
  assert_int_equal(cf->cp[x.mh].u.mh.kind, 6);
  assert_int_equal(cf->cp[x.mh].u.mh.ref, x.bsm_ref);
  assert_int_equal(cf->cp[x.indy].tag, CF_INVOKEDYNAMIC);
  assert_int_equal(cf->cp[x.indy].u.dyn.bsm, 0);
  uint16_t nat = cf->cp[x.indy].u.dyn.nat;
  assert_string_equal(cf_utf8(cf, cf->cp[nat].u.nat.name), "run");
  assert_string_equal(cf_utf8(cf, cf->cp[nat].u.nat.desc), "()Ljava/lang/Runnable;");
  assert_int_equal(cf->cp[x.condy].tag, CF_DYNAMIC);
  assert_int_equal(cf->cp[x.mt].tag, CF_METHODTYPE);

  assert_int_equal(cf->bootstrap_count, 1);
  assert_int_equal(cf->bootstraps[0].method, x.mh);
  assert_int_equal(cf->bootstraps[0].arg_count, 3);
  assert_int_equal(cf->bootstraps[0].args[0], x.str);
  assert_int_equal(cf->bootstraps[0].args[1], x.i7);
  assert_int_equal(cf->bootstraps[0].args[2], x.mt);

  assert_true(cf->is_record);
  assert_int_equal(cf->record_count, 2);
  assert_string_equal(cf->record[0].name, "x");
  assert_string_equal(cf->record[0].desc, "I");
  assert_string_equal(cf->record[1].name, "s");
  assert_string_equal(cf->record[1].desc, "Ljava/lang/String;");
  assert_int_equal(cf->nest_member_count, 1);
  assert_string_equal(cf->nest_members[0], "Foo$Inner");
  assert_null(cf->source_file);

  assert_int_equal(cf->method_count, 2);
  assert_int_equal(cf->methods[0].code->code[0], 0xba);
  assert_int_equal(cf->methods[0].code->code_length, 6);
  cf_free(cf);
  buf_free(&x.file);
}

static void test_valid_object_and_module(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 52);
  uint16_t object = cp_class(&c, "java/lang/Object");
  class_head(&c, ACC_PUBLIC | ACC_SUPER, object, 0);
  empty_tail(&c);
  Buf f = cb_finish(&c);
  ClassFile *cf = expect_ok(&f);
  assert_string_equal(cf->this_name, "java/lang/Object");
  assert_null(cf->super_name);
  cf_free(cf);
  buf_free(&f);

  cb_init(&c, 53);
  uint16_t mi = cp_class(&c, "module-info");
  uint16_t mod = cp_u2(&c, CF_MODULE, cp_utf8(&c, "m.a"));
  uint16_t pkg = cp_u2(&c, CF_PACKAGE, cp_utf8(&c, "p/q"));
  uint16_t module = cp_utf8(&c, "Module");
  class_head(&c, ACC_MODULE, mi, 0);
  u2(&c.body, 0), u2(&c.body, 0), u2(&c.body, 1);
  size_t a = attr_open(&c.body, module);
  u2(&c.body, mod), u2(&c.body, 0), u2(&c.body, 0); /* skipped: not parsed */
  attr_close(&c.body, a);
  f = cb_finish(&c);
  cf = expect_ok(&f);
  assert_string_equal(cf->this_name, "module-info");
  assert_null(cf->super_name);
  assert_int_equal(cf->cp[mod].tag, CF_MODULE);
  assert_string_equal(cf_utf8(cf, cf->cp[mod].u.cls.name), "m.a");
  assert_int_equal(cf->cp[pkg].tag, CF_PACKAGE);
  cf_free(cf);
  buf_free(&f);
}

/* Static constants of every type; an instance field's ConstantValue is ignored, as in HotSpot. */
static void test_valid_constant_values(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 61);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  uint16_t cv = cp_utf8(&c, "ConstantValue");
  uint16_t l = cp_wide(&c, CF_LONG, 5), f = cp_u4(&c, CF_FLOAT, 0), d = cp_wide(&c, CF_DOUBLE, 0);
  uint16_t str = cp_u2(&c, CF_STRING, 1 /* Utf8 "Foo" */), i = cp_int(&c, 1);
  static const char *const descs[] = {"J", "F", "D", "Ljava/lang/String;", "Z", "I"};
  uint16_t values[] = {l, f, d, str, i, l};
  uint16_t names[6], types[6];
  for (int k = 0; k < 6; k++) {
    char name[2] = {(char)('a' + k), 0};
    names[k] = cp_utf8(&c, name);
    types[k] = cp_utf8(&c, descs[k]);
  }
  Buf *b = &c.body;
  class_head(&c, ACC_PUBLIC | ACC_SUPER, foo, object);
  u2(b, 6);
  for (int k = 0; k < 6; k++) {
    u2(b, k < 5 ? ACC_STATIC | ACC_FINAL : ACC_FINAL), u2(b, names[k]), u2(b, types[k]), u2(b, 1);
    u2(b, cv), u4(b, 2), u2(b, values[k]);
  }
  u2(b, 0), u2(b, 0);
  Buf file = cb_finish(&c);
  ClassFile *cf = expect_ok(&file);
  for (int k = 0; k < 5; k++) assert_int_equal(cf->fields[k].constant_value, values[k]);
  assert_int_equal(cf->fields[5].constant_value, 0);
  cf_free(cf);
  buf_free(&file);
}

/* NestHost parses; together with NestMembers it is a conflict. */
static Buf nest_class(int with_members, size_t *members_off) {
  Cb c;
  cb_init(&c, 55);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  uint16_t host = cp_class(&c, "Outer"), nh = cp_utf8(&c, "NestHost");
  uint16_t nm = cp_utf8(&c, "NestMembers");
  Buf *b = &c.body;
  class_head(&c, ACC_PUBLIC | ACC_SUPER, foo, object);
  u2(b, 0), u2(b, 0), u2(b, 1 + with_members);
  size_t a = attr_open(b, nh);
  u2(b, host);
  attr_close(b, a);
  if (with_members) {
    a = attr_open(b, nm);
    u2(b, 1), u2(b, host);
    attr_close(b, a);
  }
  *members_off = body_here(&c);
  return cb_finish(&c);
}

static void test_valid_nest_host(void **state) {
  (void)state;
  size_t end;
  Buf f = nest_class(0, &end);
  ClassFile *cf = expect_ok(&f);
  assert_string_equal(cf->nest_host, "Outer");
  assert_int_equal(cf->nest_member_count, 0);
  cf_free(cf);
  buf_free(&f);
}

static void test_bad_nest_conflict(void **state) {
  (void)state;
  size_t end;
  Buf f = nest_class(1, &end);
  expect_error(&f, CF_ERR_FORMAT, end, "conflicting NestHost and NestMembers attributes");
  buf_free(&f);
}

/* ---- A class around one method's code -------------------------------------------------- */

/* Entries every code test may name; indices come from building the same pool again. */
typedef struct Pool {
  uint16_t foo, object, code, bsms, m_name, m_desc;
  uint16_t i42, str, lng, dbl, mref, imref, fref, mh, indy, arr2, objarr;
} Pool;

/* MethodHandle and InvokeDynamic exist from version 51; older pools go without them. */
static void pool_build(Cb *c, Pool *p) {
  p->foo = cp_class(c, "Foo");
  p->object = cp_class(c, "java/lang/Object");
  p->code = cp_utf8(c, "Code");
  p->bsms = cp_utf8(c, "BootstrapMethods");
  p->m_name = cp_utf8(c, "m");
  p->m_desc = cp_utf8(c, "()V");
  p->i42 = cp_int(c, 42);
  p->str = cp_u2(c, CF_STRING, p->m_name);
  p->lng = cp_wide(c, CF_LONG, 1);
  p->dbl = cp_wide(c, CF_DOUBLE, 0);
  p->mref = cp_ref(c, CF_METHODREF, p->foo, "m", "()V");
  p->imref = cp_ref(c, CF_IMETHODREF, p->foo, "i", "()V");
  p->fref = cp_ref(c, CF_FIELDREF, p->foo, "f", "I");
  p->arr2 = cp_class(c, "[[I");
  p->objarr = cp_class(c, "[Ljava/lang/Object;");
  p->mh = p->indy = 0;
  if (c->major >= 51) {
    p->mh = cp_mh(c, 6, p->mref);
    p->indy = cp_u2u2(c, CF_INVOKEDYNAMIC, 0, cp_nat(c, "run", "()V"));
  }
}

static Pool pool(void) {
  Cb c;
  Pool p;
  cb_init(&c, 61);
  pool_build(&c, &p);
  buf_free(&c.cp);
  return p;
}

/* Foo with one static method m()V holding `code`, `nex` exception entries (4 u2 each) and,
 * from version 51, a BootstrapMethods attribute. *code_off receives the file offset of code[0]. */
static Buf code_class_v(uint16_t major, const uint8_t *code, uint32_t len, uint16_t max_locals,
                        const uint16_t *ex, unsigned nex, size_t *code_off) {
  Cb c;
  Pool p;
  cb_init(&c, major);
  pool_build(&c, &p);
  Buf *b = &c.body;
  class_head(&c, ACC_PUBLIC | ACC_SUPER, p.foo, p.object);
  u2(b, 0), u2(b, 1);
  u2(b, ACC_PUBLIC | ACC_STATIC), u2(b, p.m_name), u2(b, p.m_desc), u2(b, 1);
  size_t a = attr_open(b, p.code);
  u2(b, 8), u2(b, max_locals), u4(b, len);
  *code_off = body_here(&c);
  put(b, code, len);
  u2(b, nex);
  for (unsigned i = 0; i < 4 * nex; i++) u2(b, ex[i]);
  u2(b, 0);
  attr_close(b, a);
  u2(b, major >= 51);
  if (major >= 51) {
    a = attr_open(b, p.bsms);
    u2(b, 1), u2(b, p.mh), u2(b, 0);
    attr_close(b, a);
  }
  return cb_finish(&c);
}

static Buf code_class(const uint8_t *code, uint32_t len, uint16_t max_locals, size_t *code_off) {
  return code_class_v(61, code, len, max_locals, NULL, 0, code_off);
}

#define HI(x) ((uint8_t)((x) >> 8))
#define LO(x) ((uint8_t)(x))

/* Appends the listed bytes: one instruction per call keeps each next to its comment. */
#define EMIT(b, ...)                                                                               \
  put((b), (const uint8_t[]){__VA_ARGS__}, sizeof((const uint8_t[]){__VA_ARGS__}))

/* One of nearly every operand shape: switches with padding, wide, cp operands, goto_w. */
static Buf kitchen_sink(size_t *code_off) {
  Pool p = pool();
  Buf k = {0};
  EMIT(&k, 0x1a);                                              /* 0: iload_0 */
  EMIT(&k, 0xaa, 0, 0, 0, 0, 0, 23, 0, 0, 0, 0, 0, 0, 0, 1);   /* 1: tableswitch 0..1 */
  EMIT(&k, 0, 0, 0, 23, 0, 0, 0, 23);                          /*    -> 24, 24 */
  EMIT(&k, 0x1a);                                              /* 24: iload_0 */
  EMIT(&k, 0xab, 0, 0, 0, 0, 0, 27, 0, 0, 0, 2);               /* 25: lookupswitch */
  EMIT(&k, 0, 0, 0, 1, 0, 0, 0, 27, 0, 0, 0, 5, 0, 0, 0, 27);  /*    1, 5 -> 52 */
  EMIT(&k, 0xc4, 0x84, 0x01, 0x00, 0x00, 0x01);                /* 52: wide iinc 256 1 */
  EMIT(&k, 0x12, LO(p.i42), 0x57);                             /* 58: ldc; pop */
  EMIT(&k, 0x13, HI(p.str), LO(p.str), 0x57);                  /* 61: ldc_w; pop */
  EMIT(&k, 0x14, HI(p.lng), LO(p.lng), 0x58);                  /* 65: ldc2_w; pop2 */
  EMIT(&k, 0xb2, HI(p.fref), LO(p.fref), 0x57);                /* 69: getstatic; pop */
  EMIT(&k, 0xb8, HI(p.mref), LO(p.mref));                      /* 73: invokestatic */
  EMIT(&k, 0xba, HI(p.indy), LO(p.indy), 0, 0);                /* 76: invokedynamic */
  EMIT(&k, 0xbb, HI(p.foo), LO(p.foo), 0x57);                  /* 81: new; pop */
  EMIT(&k, 0x04, 0xbc, 10, 0x57);                              /* 85: newarray int; pop */
  EMIT(&k, 0x04, 0xbd, HI(p.object), LO(p.object));            /* 89: anewarray */
  EMIT(&k, 0xc0, HI(p.objarr), LO(p.objarr));                  /* 93: checkcast */
  EMIT(&k, 0xc1, HI(p.object), LO(p.object), 0x57);            /* 96: instanceof; pop */
  EMIT(&k, 0x04, 0x04, 0xc5, HI(p.arr2), LO(p.arr2), 2, 0x57); /* 100: multianewarray */
  EMIT(&k, 0x01, 0xb9, HI(p.imref), LO(p.imref), 1, 0);        /* 107: invokeinterface */
  EMIT(&k, 0xc8, 0, 0, 0, 5);                                  /* 113: goto_w -> 118 */
  EMIT(&k, 0x1a, 0x99, 0, 4);                                  /* 118: iload_0; ifeq 123 */
  EMIT(&k, 0x00);                                              /* 122: nop */
  EMIT(&k, 0xc4, 0x15, 0x01, 0x00, 0x57);                      /* 123: wide iload 256 */
  EMIT(&k, 0xb1);                                              /* 128: return */
  const uint16_t ex[] = {0, 24, 122, p.foo};
  Buf f = code_class_v(61, k.b, (uint32_t)k.len, 300, ex, 1, code_off);
  buf_free(&k);
  return f;
}

/* Several LineNumberTables in one Code attribute are legal; their entries are concatenated. */
static void test_valid_several_line_tables(void **state) {
  (void)state;
  Cb c;
  Pool p;
  cb_init(&c, 50); /* no InvokeDynamic in the pool, so no BootstrapMethods needed */
  pool_build(&c, &p);
  uint16_t lnt = cp_utf8(&c, "LineNumberTable");
  Buf *b = &c.body;
  class_head(&c, ACC_PUBLIC | ACC_SUPER, p.foo, p.object);
  u2(b, 0), u2(b, 1);
  u2(b, ACC_STATIC), u2(b, p.m_name), u2(b, p.m_desc), u2(b, 1);
  size_t a = attr_open(b, p.code);
  u2(b, 0), u2(b, 0), u4(b, 3), u1(b, 0x00), u1(b, 0x00), u1(b, 0xb1);
  u2(b, 0), u2(b, 3);
  for (unsigned t = 0; t < 3; t++) {
    size_t l = attr_open(b, lnt);
    u2(b, t + 1);
    for (unsigned k = 0; k <= t; k++) u2(b, k), u2(b, 10 * t + k);
    attr_close(b, l);
  }
  attr_close(b, a);
  u2(b, 0);
  Buf f = cb_finish(&c);
  ClassFile *cf = expect_ok(&f);
  const CfCode *code = cf->methods[0].code;
  assert_int_equal(code->line_count, 6);
  static const uint16_t want[6][2] = {{0, 0}, {0, 10}, {1, 11}, {0, 20}, {1, 21}, {2, 22}};
  for (int k = 0; k < 6; k++) {
    assert_int_equal(code->lines[k].start_pc, want[k][0]);
    assert_int_equal(code->lines[k].line, want[k][1]);
  }
  cf_free(cf);
  buf_free(&f);
}

static void test_valid_kitchen_sink(void **state) {
  (void)state;
  size_t off;
  Buf f = kitchen_sink(&off);
  ClassFile *cf = expect_ok(&f);
  const CfCode *c = cf->methods[0].code;
  assert_int_equal(c->code_length, 129);
  assert_int_equal(c->max_locals, 300);
  assert_int_equal(c->max_stack, 8);
  assert_memory_equal(c->code, f.b + off, 129);
  assert_int_equal(c->exception_count, 1);
  assert_int_equal(c->exceptions[0].handler_pc, 122);
  cf_free(cf);
  buf_free(&f);
}

/* jsr and ret are legal before version 51. */
static void test_valid_jsr_old_version(void **state) {
  (void)state;
  const uint8_t code[] = {0xa8, 0, 4, 0xb1, 0x4b, 0xa9, 0}; /* jsr 4; return; astore_0; ret 0 */
  size_t off;
  Buf f = code_class_v(49, code, sizeof code, 1, NULL, 0, &off);
  ClassFile *cf = expect_ok(&f);
  assert_int_equal(cf->major, 49);
  cf_free(cf);
  buf_free(&f);
}

/* ---- Malformed: header and constant pool ------------------------------------------------ */

static void test_bad_empty(void **state) {
  (void)state;
  Buf f = {0};
  expect_error_named(&f, NULL, CF_ERR_FORMAT, 0,
                     "<unknown>: truncated class file: need 4 bytes at offset 0 (magic)");
  CfError err;
  assert_null(cf_parse(NULL, 0, NULL, &err));
  assert_null(cf_parse(NULL, 0, NULL, NULL));
}

static void test_bad_magic(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  s.file.b[3] = 0xBF;
  expect_error(&s.file, CF_ERR_FORMAT, 0, "Foo: bad magic number 0xCAFEBABF");
  buf_free(&s.file);
}

static void test_bad_truncated_header(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  s.file.len = 9;
  expect_error(&s.file, CF_ERR_FORMAT, 8,
               "Foo: truncated class file: need 2 bytes at offset 8 (constant pool count)");
  buf_free(&s.file);
}

static void test_bad_truncated_cp(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  s.file.len = s.cp3_off + 10; /* inside the bytes of the Utf8 entry 3 */
  expect_error(&s.file, CF_ERR_FORMAT, s.cp3_off + 3,
               "truncated class file: need 16 bytes at offset");
  expect_error(&s.file, CF_ERR_FORMAT, s.cp3_off + 3, "(constant pool entry 3)");
  buf_free(&s.file);
}

static void test_bad_truncated_fields(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  s.file.len = s.field1_off + 3;
  expect_error(&s.file, CF_ERR_FORMAT, s.field1_off + 2,
               "truncated class file: need 2 bytes at offset");
  expect_error(&s.file, CF_ERR_FORMAT, s.field1_off + 2, "(field 1)");
  buf_free(&s.file);
}

static void test_bad_truncated_methods(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  s.file.len = s.method1_off + 5;
  char want[128];
  snprintf(want, sizeof want, "truncated class file: need 2 bytes at offset %zu (method 1)",
           s.method1_off + 4);
  expect_error(&s.file, CF_ERR_FORMAT, s.method1_off + 4, want);
  buf_free(&s.file);
}

static void test_bad_truncated_attribute(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  s.file.len = s.source_off + 7; /* SourceFile body is 2 bytes; 1 is there */
  expect_error(&s.file, CF_ERR_FORMAT, s.source_off + 2,
               "attribute SourceFile length 2 runs past the end of the class file");
  buf_free(&s.file);
}

static void test_bad_attribute_too_short(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  s.file.b[s.source_off + 5] = 1; /* declared length 1: the index does not fit */
  s.file.len--;
  expect_error(&s.file, CF_ERR_FORMAT, s.source_off + 6,
               "attribute SourceFile is too short: need 2 bytes");
  buf_free(&s.file);
}

static void test_bad_attribute_left_over(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  s.file.b[s.source_off + 5] = 3;
  u1(&s.file, 0);
  expect_error(&s.file, CF_ERR_FORMAT, s.source_off + 8,
               "attribute SourceFile has 1 bytes left over");
  buf_free(&s.file);
}

static void test_bad_attribute_length_past_end(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  /* The first method's Code attribute claims 0x7fffffff bytes. */
  size_t code_hdr = s.methods_off + 2 + 8;
  memcpy(s.file.b + code_hdr + 2, "\x7f\xff\xff\xff", 4);
  expect_error(&s.file, CF_ERR_FORMAT, code_hdr + 2,
               "attribute Code length 2147483647 runs past the end of the class file");
  buf_free(&s.file);
}

static void test_bad_version_44(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  s.file.b[7] = 44;
  expect_error(&s.file, CF_ERR_UNSUPPORTED_VERSION, 6,
               "Foo (class file version 44.0) was compiled with an invalid major version");
  buf_free(&s.file);
}

static void test_bad_version_66(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  s.file.b[7] = 66;
  expect_error(&s.file, CF_ERR_UNSUPPORTED_VERSION, 6,
               "Foo has been compiled by a more recent version of the Java Runtime (class file "
               "version 66.0), this version of the Java Runtime only recognizes class file "
               "versions up to 61.0");
  buf_free(&s.file);
}

static void test_bad_cp_index_zero(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 61);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  size_t off = cp_here(&c);
  cp_u2(&c, CF_CLASS, 0);
  Buf f = finish_plain(&c, foo, object);
  expect_error(&f, CF_ERR_FORMAT, off + 1,
               "class name: constant pool index 0 out of range (constant pool count 6)");
  buf_free(&f);
}

static void test_bad_cp_index_out_of_range(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 61);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  size_t off = cp_here(&c);
  cp_u2u2(&c, CF_NAMEANDTYPE, 1, 99);
  Buf f = finish_plain(&c, foo, object);
  expect_error(&f, CF_ERR_FORMAT, off + 3,
               "descriptor: constant pool index 99 out of range (constant pool count 6) at offset");
  buf_free(&f);
}

static void test_bad_class_name_not_utf8(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 61);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  uint16_t i = cp_int(&c, 5);
  size_t off = cp_here(&c);
  cp_u2(&c, CF_CLASS, i);
  Buf f = finish_plain(&c, foo, object);
  expect_error(&f, CF_ERR_FORMAT, off + 1,
               "class name: constant pool entry 5 is Integer, expected Utf8 at offset");
  buf_free(&f);
}

static void test_bad_ref_class_not_class(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 61);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  uint16_t nat = cp_nat(&c, "m", "()V");
  size_t off = cp_here(&c);
  cp_u2u2(&c, CF_METHODREF, 1 /* Utf8 "Foo" */, nat);
  Buf f = finish_plain(&c, foo, object);
  expect_error(&f, CF_ERR_FORMAT, off + 1,
               "member reference class: constant pool entry 1 is Utf8, expected Class");
  buf_free(&f);
}

static void test_bad_method_handle_kind(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 61);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  uint16_t ref = cp_ref(&c, CF_METHODREF, foo, "m", "()V");
  size_t off = cp_here(&c);
  cp_mh(&c, 10, ref);
  Buf f = finish_plain(&c, foo, object);
  expect_error(&f, CF_ERR_FORMAT, off + 1, "invalid method handle kind 10 (must be 1..9)");
  buf_free(&f);
}

static void test_bad_method_handle_ref_tag(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 61);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  uint16_t ref = cp_ref(&c, CF_METHODREF, foo, "m", "()V");
  size_t off = cp_here(&c);
  cp_mh(&c, 1, ref);
  Buf f = finish_plain(&c, foo, object);
  expect_error(&f, CF_ERR_FORMAT, off + 2,
               "REF_getField: constant pool entry 8 is Methodref, "
               "expected Fieldref");
  buf_free(&f);
}

static void test_bad_method_handle_init(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 61);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  uint16_t ref = cp_ref(&c, CF_METHODREF, foo, "<init>", "()V");
  size_t off = cp_here(&c);
  cp_mh(&c, 5, ref);
  Buf f = finish_plain(&c, foo, object);
  expect_error(&f, CF_ERR_FORMAT, off + 2,
               "REF_invokeVirtual method handle may not refer to method <init>");
  buf_free(&f);
}

/* A class whose pool holds one Utf8 with the given raw bytes. */
static void utf8_case(const char *raw, size_t n, size_t bad, const char *why) {
  Cb c;
  cb_init(&c, 61);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  size_t off = cp_here(&c) + 3;
  cp_utf8n(&c, raw, n);
  Buf f = finish_plain(&c, foo, object);
  expect_error(&f, CF_ERR_FORMAT, off + bad, why);
  expect_error(&f, CF_ERR_FORMAT, off + bad, "(constant pool entry 5)");
  buf_free(&f);
}

static void test_bad_utf8_zero_byte(void **state) {
  (void)state;
  utf8_case("ab\0c", 4, 2, "malformed modified UTF-8 in Utf8 constant: zero byte (byte 0x00)");
}

static void test_bad_utf8_f0(void **state) {
  (void)state;
  utf8_case("a\xF0\x9F\x98\x80", 5, 1, "byte 0xF0-0xFF (byte 0xF0)");
}

static void test_bad_utf8_continuation(void **state) {
  (void)state;
  utf8_case("a\xE2\x82\x41", 4, 3, "bad continuation byte (byte 0x41)");
}

static void test_bad_utf8_truncated_sequence(void **state) {
  (void)state;
  utf8_case("ab\xE2\x82", 4, 2, "truncated multi-byte sequence (byte 0xE2)");
}

static void test_bad_utf8_overlong(void **state) {
  (void)state;
  utf8_case("\xC1\x81", 2, 0, "overlong 2-byte form");
}

static void test_bad_unknown_cp_tag(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 61);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  size_t off = cp_here(&c);
  cp_u2(&c, 2, 0);
  Buf f = finish_plain(&c, foo, object);
  expect_error(&f, CF_ERR_FORMAT, off, "unknown constant pool tag 2 at offset");
  buf_free(&f);
}

static void test_bad_tag_too_new(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 50);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  size_t off = cp_here(&c);
  cp_u2(&c, CF_METHODTYPE, 3);
  Buf f = finish_plain(&c, foo, object);
  expect_error(&f, CF_ERR_FORMAT, off, "MethodType constant needs class file version 51");
  buf_free(&f);
}

static void test_bad_long_last_slot(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 61);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  size_t off = cp_here(&c);
  cp_wide(&c, CF_LONG, 7);
  c.next--; /* the count now ends right after the long's first slot */
  Buf f = finish_plain(&c, foo, object);
  expect_error(&f, CF_ERR_FORMAT, off,
               "Long constant in the last constant pool slot (it takes two) at offset");
  buf_free(&f);
}

static void test_bad_long_shadow_slot_used(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 61);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  uint16_t l = cp_wide(&c, CF_LONG, 7);
  size_t off = cp_here(&c);
  cp_u2(&c, CF_STRING, (unsigned)l + 1);
  Buf f = finish_plain(&c, foo, object);
  expect_error(&f, CF_ERR_FORMAT, off + 1, "string: constant pool entry 6 is unusable");
  buf_free(&f);
}

static void test_bad_illegal_class_name(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 61);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  size_t off = cp_here(&c);
  cp_class(&c, "java.lang.String");
  Buf f = finish_plain(&c, foo, object);
  expect_error(&f, CF_ERR_FORMAT, off + 4 + strlen("java.lang.String"),
               "illegal class name \"java.lang.String\"");
  buf_free(&f);
}

static void test_bad_fieldref_descriptor(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 61);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  uint16_t nat = cp_nat(&c, "f", "Lfoo");
  size_t off = cp_here(&c);
  cp_u2u2(&c, CF_FIELDREF, foo, nat);
  Buf f = finish_plain(&c, foo, object);
  expect_error(&f, CF_ERR_FORMAT, off + 3, "illegal field name or descriptor \"f\" \"Lfoo\"");
  buf_free(&f);
}

/* ---- Malformed: class structure, members ------------------------------------------------ */

static void test_bad_super_zero(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 61);
  uint16_t foo = cp_class(&c, "Foo");
  size_t off = body_here(&c) + 4;
  class_head(&c, ACC_PUBLIC, foo, 0);
  empty_tail(&c);
  Buf f = cb_finish(&c);
  expect_error(&f, CF_ERR_FORMAT, off,
               "Foo: super_class is 0 but only java/lang/Object has no superclass");
  buf_free(&f);
}

static void test_bad_this_class_not_class(void **state) {
  (void)state;
  Cb c;
  cb_init(&c, 61);
  uint16_t foo, object;
  foo_pool(&c, &foo, &object);
  size_t off = body_here(&c) + 2;
  Buf f = finish_plain(&c, 1, object);
  expect_error(&f, CF_ERR_FORMAT, off,
               "this_class: constant pool entry 1 is Utf8, expected Class at offset");
  buf_free(&f);
}

static void test_bad_field_count_past_end(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  s.file.b[s.fields_off] = 0x10; /* 4098 fields */
  expect_error(&s.file, CF_ERR_FORMAT, s.fields_off,
               "field count 4098 runs past the end of the class file");
  buf_free(&s.file);
}

static void test_bad_method_count_past_end(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  s.file.b[s.methods_off] = 0xff;
  expect_error(&s.file, CF_ERR_FORMAT, s.methods_off,
               "method count 65283 runs past the end of the class file");
  buf_free(&s.file);
}

static void test_bad_extra_bytes(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  size_t end = s.file.len;
  u2(&s.file, 0);
  expect_error(&s.file, CF_ERR_FORMAT, end, "2 extra bytes at the end of the class file");
  buf_free(&s.file);
}

static void test_bad_missing_code(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  /* Turn run()V's Code attribute into an unknown attribute: "Foo.java" is a Utf8 too. */
  size_t name_at = s.method1_off + 8;
  s.file.b[name_at + 1] = (uint8_t)(s.file.b[name_at + 1] + 3); /* Code -> Foo.java */
  expect_error(&s.file, CF_ERR_FORMAT, s.method1_off,
               "missing Code attribute in a method that is not native or abstract");
  buf_free(&s.file);
}

static void test_bad_duplicate_code(void **state) {
  (void)state;
  const uint8_t code[] = {0xb1};
  size_t off;
  Buf f = code_class(code, 1, 0, &off);
  /* Give m()V a second copy of its Code attribute: header 6, max_stack/max_locals 4, length 4. */
  size_t attr = off - 4 - 4 - 6, count = attr - 2;
  size_t len = off + 1 + 4 - attr;
  Buf g = {0};
  put(&g, f.b, off + 5);
  put(&g, f.b + attr, len);
  put(&g, f.b + off + 5, f.len - off - 5);
  g.b[count + 1] = 2;
  expect_error(&g, CF_ERR_FORMAT, off + 5, "duplicate Code attribute");
  buf_free(&f);
  buf_free(&g);
}

static void test_bad_constant_value_type(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  size_t value_at = s.fields_off + 2 + 8 + 6;
  s.file.b[value_at + 1] = (uint8_t)s.lng; /* an int field with a Long constant */
  char want[128];
  snprintf(want, sizeof want, "constant value: constant pool entry %u is Long, expected Integer",
           s.lng);
  expect_error(&s.file, CF_ERR_FORMAT, value_at, want);
  expect_error(&s.file, CF_ERR_FORMAT, value_at, "(field 0 COUNT:I, attribute ConstantValue)");
  buf_free(&s.file);
}

static void test_bad_bootstrap_index(void **state) {
  (void)state;
  Indy x;
  indy_class(&x, 5);
  char want[128];
  snprintf(want, sizeof want,
           "bootstrap method index 5 out of range (1 bootstrap methods) at offset %zu "
           "(constant pool entry %u)",
           x.indy_off + 1, x.indy);
  expect_error(&x.file, CF_ERR_FORMAT, x.indy_off + 1, want);
  buf_free(&x.file);
}

/* ---- Malformed: Code and bytecode ------------------------------------------------------- */

static void test_bad_code_length_zero(void **state) {
  (void)state;
  size_t off;
  Buf f = code_class(NULL, 0, 0, &off);
  expect_error(&f, CF_ERR_FORMAT, off - 4, "invalid code_length 0 (must be 1..65535)");
  expect_error(&f, CF_ERR_FORMAT, off - 4, "(method 0 m()V, attribute Code, code_length)");
  buf_free(&f);
}

static void test_bad_code_length_too_big(void **state) {
  (void)state;
  uint8_t *code = calloc(65536, 1);
  assert_non_null(code);
  code[65535] = 0xb1;
  size_t off;
  Buf f = code_class(code, 65536, 0, &off);
  expect_error(&f, CF_ERR_FORMAT, off - 4, "invalid code_length 65536 (must be 1..65535)");
  buf_free(&f);
  free(code);
}

static void code_case(const uint8_t *code, uint32_t len, uint16_t max_locals, CfErrorKind kind,
                      uint32_t pc, const char *why) {
  size_t off;
  Buf f = code_class(code, len, max_locals, &off);
  expect_error(&f, kind, off + pc, why);
  char where[64];
  snprintf(where, sizeof where, "(method 0 m()V, attribute Code, pc %u)", pc);
  expect_error(&f, kind, off + pc, where);
  buf_free(&f);
}

static void test_bad_branch_outside(void **state) {
  (void)state;
  const uint8_t code[] = {0xa7, 0x00, 0x0a, 0xb1}; /* goto +10 */
  code_case(code, sizeof code, 0, CF_ERR_VERIFY, 0, "branch target 10 outside the code (length 4)");
  const uint8_t back[] = {0x00, 0xa7, 0xff, 0xfe}; /* goto -2 */
  code_case(back, sizeof back, 0, CF_ERR_VERIFY, 1, "branch target -1 outside the code");
}

static void test_bad_branch_mid_instruction(void **state) {
  (void)state;
  const uint8_t code[] = {0x11, 0x00, 0x01, 0x57, 0xa7, 0xff, 0xfd}; /* sipush; pop; goto 1 */
  code_case(code, sizeof code, 0, CF_ERR_VERIFY, 4,
            "branch target 1 is not the start of an instruction");
}

static void test_bad_branch_into_wide(void **state) {
  (void)state;
  /* wide iload 0; pop; goto the iload byte inside the wide instruction */
  const uint8_t code[] = {0xc4, 0x15, 0x00, 0x00, 0x57, 0xa7, 0xff, 0xfc};
  code_case(code, sizeof code, 1, CF_ERR_VERIFY, 5,
            "branch target 1 is not the start of an instruction");
}

static void test_bad_switch_target(void **state) {
  (void)state;
  /* lookupswitch at 0, padding 1..3, default -> 1 (inside the switch) */
  const uint8_t code[] = {0x03, 0xab, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0};
  code_case(code, sizeof code, 0, CF_ERR_VERIFY, 1,
            "branch target 2 is not the start of an instruction");
}

static void test_bad_unknown_opcode(void **state) {
  (void)state;
  const uint8_t code[] = {0x00, 0xca, 0xb1};
  code_case(code, sizeof code, 0, CF_ERR_VERIFY, 1, "unknown opcode 0xCA");
}

static void test_bad_instruction_past_end(void **state) {
  (void)state;
  const uint8_t code[] = {0x00, 0x11, 0x00};
  code_case(code, sizeof code, 0, CF_ERR_VERIFY, 1,
            "sipush runs past the end of the code (3 bytes, 2 left)");
}

static void test_bad_falls_off_end(void **state) {
  (void)state;
  const uint8_t code[] = {0x00, 0x03};
  code_case(code, sizeof code, 0, CF_ERR_VERIFY, 1, "execution falls off the end of the code");
}

static void test_bad_tableswitch_low_high(void **state) {
  (void)state;
  const uint8_t code[] = {0xaa, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0};
  code_case(code, sizeof code, 0, CF_ERR_VERIFY, 0, "tableswitch low 1 is greater than high 0");
}

static void test_bad_tableswitch_padding(void **state) {
  (void)state;
  const uint8_t code[] = {0x03, 0xaa, 7, 0, 0, 0, 0, 19, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0xb1};
  code_case(code, sizeof code, 0, CF_ERR_VERIFY, 1, "tableswitch has nonzero padding");
}

static void test_bad_lookupswitch_unsorted(void **state) {
  (void)state;
  const uint8_t code[] = {0x03, 0xab, 0, 0, 0,  0, 0, 27, 0, 0, 0, 2, 0,  0,   0,
                          5,    0,    0, 0, 27, 0, 0, 0,  1, 0, 0, 0, 27, 0xb1};
  code_case(code, sizeof code, 0, CF_ERR_VERIFY, 1, "lookupswitch keys are not sorted");
}

static void test_bad_wide_target(void **state) {
  (void)state;
  const uint8_t code[] = {0xc4, 0x57, 0xb1};
  code_case(code, sizeof code, 0, CF_ERR_VERIFY, 0, "wide applied to pop");
}

static void test_bad_wide_past_end(void **state) {
  (void)state;
  const uint8_t code[] = {0x00, 0xc4};
  code_case(code, sizeof code, 0, CF_ERR_VERIFY, 1, "wide runs past the end of the code");
  const uint8_t iinc[] = {0x00, 0xc4, 0x84, 0x00, 0x00, 0x01};
  code_case(iinc, sizeof iinc, 1, CF_ERR_VERIFY, 1, "wide iinc runs past the end of the code");
}

static void test_bad_newarray_type(void **state) {
  (void)state;
  const uint8_t code[] = {0x03, 0xbc, 3, 0xb0};
  code_case(code, sizeof code, 0, CF_ERR_VERIFY, 1, "newarray of invalid element type 3");
}

static void test_bad_jsr_new_version(void **state) {
  (void)state;
  const uint8_t code[] = {0xa8, 0, 4, 0xb1, 0x4b, 0xa9, 0};
  code_case(code, sizeof code, 1, CF_ERR_VERIFY, 0, "jsr is not allowed in class file version 61");
}

static void test_bad_local_index(void **state) {
  (void)state;
  const uint8_t code[] = {0x03, 0x3c, 0xb1}; /* iconst_0; istore_1 */
  code_case(code, sizeof code, 1, CF_ERR_FORMAT, 1, "istore_1 uses local 1 but max_locals is 1");
  const uint8_t wide[] = {0x09, 0x37, 0x02, 0xb1}; /* lconst_0; lstore 2 (needs 2 and 3) */
  code_case(wide, sizeof wide, 3, CF_ERR_FORMAT, 1, "lstore uses local 3 but max_locals is 3");
}

static void test_bad_ldc_long(void **state) {
  (void)state;
  Pool p = pool();
  const uint8_t code[] = {0x12, LO(p.lng), 0x57, 0xb1};
  char want[160];
  snprintf(want, sizeof want,
           "ldc: constant pool entry %u is Long, expected Integer, Float, Class, String, "
           "MethodHandle, MethodType or Dynamic",
           p.lng);
  code_case(code, sizeof code, 0, CF_ERR_FORMAT, 0, want);
}

static void test_bad_ldc2_int(void **state) {
  (void)state;
  Pool p = pool();
  const uint8_t code[] = {0x14, HI(p.i42), LO(p.i42), 0x58, 0xb1};
  char want[160];
  snprintf(want, sizeof want, "ldc2_w: constant pool entry %u is Integer, expected Long, Double",
           p.i42);
  code_case(code, sizeof code, 0, CF_ERR_FORMAT, 0, want);
}

static void test_bad_invokedynamic_operand(void **state) {
  (void)state;
  Pool p = pool();
  const uint8_t code[] = {0xba, HI(p.mref), LO(p.mref), 0, 0, 0xb1};
  char want[160];
  snprintf(want, sizeof want,
           "invokedynamic: constant pool entry %u is Methodref, expected InvokeDynamic", p.mref);
  code_case(code, sizeof code, 0, CF_ERR_FORMAT, 0, want);
}

static void test_bad_invokedynamic_zero_bytes(void **state) {
  (void)state;
  Pool p = pool();
  const uint8_t code[] = {0xba, HI(p.indy), LO(p.indy), 0, 1, 0xb1};
  code_case(code, sizeof code, 0, CF_ERR_VERIFY, 0, "invokedynamic bytes 3 and 4 must be zero");
}

static void test_bad_invokevirtual_interface(void **state) {
  (void)state;
  Pool p = pool();
  const uint8_t code[] = {0x01, 0xb6, HI(p.imref), LO(p.imref), 0xb1};
  code_case(code, sizeof code, 0, CF_ERR_FORMAT, 1, "is InterfaceMethodref, expected Methodref");
}

static void test_bad_invokestatic_interface_old(void **state) {
  (void)state;
  Pool p = pool();
  const uint8_t code[] = {0xb8, HI(p.imref), LO(p.imref), 0xb1};
  size_t off;
  /* Allowed from version 52 (default methods), a format error before. */
  Buf f = code_class_v(52, code, sizeof code, 0, NULL, 0, &off);
  ClassFile *cf = expect_ok(&f);
  cf_free(cf);
  buf_free(&f);
  f = code_class_v(51, code, sizeof code, 0, NULL, 0, &off);
  expect_error(&f, CF_ERR_FORMAT, off, "is InterfaceMethodref, expected Methodref");
  buf_free(&f);
}

static void test_bad_invokeinterface_count(void **state) {
  (void)state;
  Pool p = pool();
  const uint8_t code[] = {0x01, 0xb9, HI(p.imref), LO(p.imref), 2, 0, 0xb1};
  code_case(code, sizeof code, 0, CF_ERR_VERIFY, 1,
            "invokeinterface count 2 and trailing byte 0 do not match 0 argument slots");
}

static void test_bad_getfield_operand(void **state) {
  (void)state;
  Pool p = pool();
  const uint8_t code[] = {0x01, 0xb4, HI(p.mref), LO(p.mref), 0x57, 0xb1};
  code_case(code, sizeof code, 0, CF_ERR_FORMAT, 1, "getfield: constant pool entry");
}

static void test_bad_new_array(void **state) {
  (void)state;
  Pool p = pool();
  const uint8_t code[] = {0xbb, HI(p.arr2), LO(p.arr2), 0x57, 0xb1};
  code_case(code, sizeof code, 0, CF_ERR_FORMAT, 0, "new of array class [[I");
}

static void test_bad_args_exceed_locals(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  /* run()V is an instance method: `this` needs one local. */
  size_t locals = s.method1_off + 8 + 6 + 2;
  s.file.b[locals + 1] = 0;
  expect_error(&s.file, CF_ERR_VERIFY, locals, "arguments (1 slots) do not fit in max_locals 0");
  buf_free(&s.file);
}

static void test_bad_exception_handler_outside(void **state) {
  (void)state;
  const uint8_t code[] = {0x00, 0xb1};
  const uint16_t ex[] = {0, 1, 5, 0};
  size_t off;
  Buf f = code_class_v(61, code, sizeof code, 0, ex, 1, &off);
  expect_error(&f, CF_ERR_FORMAT, off + sizeof code + 2 + 4,
               "exception handler 5 outside the code (length 2)");
  expect_error(&f, CF_ERR_FORMAT, off + sizeof code + 2 + 4, "exception table entry 0)");
  buf_free(&f);
}

static void test_bad_exception_range(void **state) {
  (void)state;
  const uint8_t code[] = {0x00, 0xb1};
  const uint16_t ex[] = {1, 1, 0, 0};
  size_t off;
  Buf f = code_class_v(61, code, sizeof code, 0, ex, 1, &off);
  expect_error(&f, CF_ERR_FORMAT, off + sizeof code + 2,
               "invalid exception range [1, 1) for code length 2");
  buf_free(&f);
}

static void test_bad_exception_handler_mid_instruction(void **state) {
  (void)state;
  const uint8_t code[] = {0x11, 0x00, 0x01, 0x57, 0xb1};
  const uint16_t ex[] = {0, 3, 1, 0};
  size_t off;
  Buf f = code_class_v(61, code, sizeof code, 0, ex, 1, &off);
  expect_error(&f, CF_ERR_VERIFY, off + sizeof code + 2 + 4,
               "exception handler 1 is not the start of an instruction");
  buf_free(&f);
}

static void test_bad_catch_type(void **state) {
  (void)state;
  Pool p = pool();
  const uint8_t code[] = {0x00, 0xb1};
  const uint16_t ex[] = {0, 1, 1, p.i42};
  size_t off;
  Buf f = code_class_v(61, code, sizeof code, 0, ex, 1, &off);
  expect_error(&f, CF_ERR_FORMAT, off + sizeof code + 2 + 6, "catch type: constant pool entry");
  buf_free(&f);
}

static void test_bad_line_number_pc(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  /* <init>: Code header 6, max_stack/locals/length 8, code 5, ex count 2, attr count 2,
   * LineNumberTable header 6, count 2; the second entry's start_pc is 4 -> make it 5. */
  size_t entry1 = s.methods_off + 2 + 8 + 6 + 8 + 5 + 2 + 2 + 6 + 2 + 4;
  s.file.b[entry1 + 1] = 5;
  expect_error(&s.file, CF_ERR_FORMAT, entry1,
               "line number start_pc 5 outside the code (length 5)");
  expect_error(&s.file, CF_ERR_FORMAT, entry1, "attribute LineNumberTable, line number entry 1)");
  buf_free(&s.file);
}

/* ---- Modified UTF-8 ---------------------------------------------------------------------- */

static void round_trip(const uint16_t *units, size_t n, const char *bytes, size_t len) {
  char out[64];
  uint16_t back[32];
  assert_int_equal(mutf8_encode(units, n, NULL), (long)len);
  assert_int_equal(mutf8_encode(units, n, out), (long)len);
  assert_memory_equal(out, bytes, len);
  assert_true(mutf8_valid(bytes, len));
  assert_int_equal(mutf8_decode(bytes, len, NULL), (long)n);
  assert_int_equal(mutf8_decode(bytes, len, back), (long)n);
  if (n) assert_memory_equal(back, units, n * sizeof *units);
}

static void test_mutf8_round_trips(void **state) {
  (void)state;
  const uint16_t ascii[] = {'h', 'e', 'l', 'l', 'o'};
  round_trip(ascii, 5, "hello", 5);
  round_trip(NULL, 0, "", 0);
  const uint16_t nul[] = {'A', 0, 'B'};
  round_trip(nul, 3, "A\xC0\x80\x42", 4);
  const uint16_t two[] = {0xe9, 0x80, 0x7ff};
  round_trip(two, 3, "\xC3\xA9\xC2\x80\xDF\xBF", 6);
  const uint16_t three[] = {0x20ac, 0x800, 0xffff};
  round_trip(three, 3, "\xE2\x82\xAC\xE0\xA0\x80\xEF\xBF\xBF", 9);
  const uint16_t pair[] = {0xd83d, 0xde00}; /* U+1F600 stays two units, three bytes each */
  round_trip(pair, 2, "\xED\xA0\xBD\xED\xB8\x80", 6);
  const uint16_t edge[] = {0x01, 0x7f};
  round_trip(edge, 2, "\x01\x7f", 2);
}

static void test_mutf8_invalid(void **state) {
  (void)state;
  static const struct {
    const char *s;
    size_t n;
  } bad[] = {
      {"\0", 1},                /* NUL byte: U+0000 must be C0 80 */
      {"a\xF0\x9F\x98\x80", 5}, /* standard 4-byte UTF-8 */
      {"\xFF", 1},
      {"\xC3", 1},         /* truncated 2-byte */
      {"\xE2\x82", 2},     /* truncated 3-byte */
      {"\xC3\x41", 2},     /* bad continuation */
      {"\xE2\x41\xAC", 3}, /* bad continuation */
      {"\x80", 1},         /* lone continuation */
      {"\xC1\x81", 2},     /* overlong 'A' */
      {"\xE0\x80\x80", 3}, /* overlong U+0000 */
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    assert_false(mutf8_valid(bad[i].s, bad[i].n));
    assert_int_equal(mutf8_decode(bad[i].s, bad[i].n, NULL), -1);
  }
  assert_true(mutf8_valid("\xC0\x80", 2));
}

/* ---- Fuzz-ish: every truncation fails cleanly, byte flips never crash ------------------- */

static void fuzz_one(const Buf *f) {
  uint8_t *copy = malloc(f->len);
  assert_non_null(copy);
  CfError err;
  for (size_t cut = 0; cut < f->len; cut++) {
    memcpy(copy, f->b, cut);
    ClassFile *cf = cf_parse(copy, cut, "Fuzz", &err);
    if (cf) fail_msg("a class cut at %zu of %zu bytes parsed", cut, f->len);
    assert_true(err.offset <= cut);
    assert_true(strlen(err.message) > 0);
  }
  memcpy(copy, f->b, f->len);
  for (size_t i = 0; i < f->len; i++) {
    uint8_t orig = copy[i];
    const uint8_t values[] = {0x00, 0xff, (uint8_t)(orig ^ 1), (uint8_t)(orig ^ 0x80),
                              (uint8_t)(orig + 1)};
    for (size_t v = 0; v < sizeof values; v++) {
      copy[i] = values[v];
      ClassFile *cf = cf_parse(copy, f->len, "Fuzz", &err);
      if (cf)
        cf_free(cf);
      else
        assert_true(err.offset <= f->len && strlen(err.message) > 0);
    }
    copy[i] = orig;
  }
  free(copy);
}

static void test_fuzz_truncate_and_flip(void **state) {
  (void)state;
  Sample s;
  sample_class(&s);
  Indy x;
  indy_class(&x, 0);
  size_t off;
  Buf k = kitchen_sink(&off);
  fuzz_one(&s.file);
  fuzz_one(&x.file);
  fuzz_one(&k);
  buf_free(&s.file);
  buf_free(&x.file);
  buf_free(&k);
}

/* ---- Corpus: every .class under $DJSIM_CLASSFILE_CORPUS must parse ---------------------- */

static size_t corpus_files, corpus_failures, corpus_bytes;
static double corpus_seconds;

static int corpus_visit(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  (void)st, (void)ftw;
  size_t n = strlen(path);
  if (type != FTW_F || n < 6 || strcmp(path + n - 6, ".class") != 0) return 0;
  FILE *fp = fopen(path, "rb");
  if (!fp) return 0;
  Buf b = {0};
  uint8_t chunk[8192];
  size_t got;
  while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0) put(&b, chunk, got);
  fclose(fp);
  CfError err;
  clock_t t0 = clock();
  ClassFile *cf = cf_parse(b.b, b.len, path, &err);
  corpus_seconds += (double)(clock() - t0) / CLOCKS_PER_SEC;
  corpus_files++;
  corpus_bytes += b.len;
  if (cf) {
    cf_free(cf);
  } else if (corpus_failures++ < 20) {
    print_error("%s\n", err.message);
  }
  buf_free(&b);
  return 0;
}

static void test_corpus(void **state) {
  (void)state;
  const char *dir = getenv("DJSIM_CLASSFILE_CORPUS");
  if (!dir || !*dir) skip();
  assert_int_equal(nftw(dir, corpus_visit, 16, FTW_PHYS), 0);
  print_message("corpus %s: %zu class files, %zu bytes, %zu failures, %.3f s parsing\n", dir,
                corpus_files, corpus_bytes, corpus_failures, corpus_seconds);
  assert_true(corpus_files > 0);
  assert_int_equal(corpus_failures, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_valid_sample),
      cmocka_unit_test(test_valid_indy_record),
      cmocka_unit_test(test_valid_object_and_module),
      cmocka_unit_test(test_valid_constant_values),
      cmocka_unit_test(test_valid_nest_host),
      cmocka_unit_test(test_valid_several_line_tables),
      cmocka_unit_test(test_valid_kitchen_sink),
      cmocka_unit_test(test_valid_jsr_old_version),
      cmocka_unit_test(test_bad_empty),
      cmocka_unit_test(test_bad_magic),
      cmocka_unit_test(test_bad_truncated_header),
      cmocka_unit_test(test_bad_truncated_cp),
      cmocka_unit_test(test_bad_truncated_fields),
      cmocka_unit_test(test_bad_truncated_methods),
      cmocka_unit_test(test_bad_truncated_attribute),
      cmocka_unit_test(test_bad_attribute_too_short),
      cmocka_unit_test(test_bad_attribute_left_over),
      cmocka_unit_test(test_bad_attribute_length_past_end),
      cmocka_unit_test(test_bad_version_44),
      cmocka_unit_test(test_bad_version_66),
      cmocka_unit_test(test_bad_cp_index_zero),
      cmocka_unit_test(test_bad_cp_index_out_of_range),
      cmocka_unit_test(test_bad_class_name_not_utf8),
      cmocka_unit_test(test_bad_ref_class_not_class),
      cmocka_unit_test(test_bad_method_handle_kind),
      cmocka_unit_test(test_bad_method_handle_ref_tag),
      cmocka_unit_test(test_bad_method_handle_init),
      cmocka_unit_test(test_bad_utf8_zero_byte),
      cmocka_unit_test(test_bad_utf8_f0),
      cmocka_unit_test(test_bad_utf8_continuation),
      cmocka_unit_test(test_bad_utf8_truncated_sequence),
      cmocka_unit_test(test_bad_utf8_overlong),
      cmocka_unit_test(test_bad_unknown_cp_tag),
      cmocka_unit_test(test_bad_tag_too_new),
      cmocka_unit_test(test_bad_long_last_slot),
      cmocka_unit_test(test_bad_long_shadow_slot_used),
      cmocka_unit_test(test_bad_illegal_class_name),
      cmocka_unit_test(test_bad_fieldref_descriptor),
      cmocka_unit_test(test_bad_super_zero),
      cmocka_unit_test(test_bad_this_class_not_class),
      cmocka_unit_test(test_bad_field_count_past_end),
      cmocka_unit_test(test_bad_method_count_past_end),
      cmocka_unit_test(test_bad_extra_bytes),
      cmocka_unit_test(test_bad_missing_code),
      cmocka_unit_test(test_bad_duplicate_code),
      cmocka_unit_test(test_bad_constant_value_type),
      cmocka_unit_test(test_bad_nest_conflict),
      cmocka_unit_test(test_bad_bootstrap_index),
      cmocka_unit_test(test_bad_code_length_zero),
      cmocka_unit_test(test_bad_code_length_too_big),
      cmocka_unit_test(test_bad_branch_outside),
      cmocka_unit_test(test_bad_branch_mid_instruction),
      cmocka_unit_test(test_bad_branch_into_wide),
      cmocka_unit_test(test_bad_switch_target),
      cmocka_unit_test(test_bad_unknown_opcode),
      cmocka_unit_test(test_bad_instruction_past_end),
      cmocka_unit_test(test_bad_falls_off_end),
      cmocka_unit_test(test_bad_tableswitch_low_high),
      cmocka_unit_test(test_bad_tableswitch_padding),
      cmocka_unit_test(test_bad_lookupswitch_unsorted),
      cmocka_unit_test(test_bad_wide_target),
      cmocka_unit_test(test_bad_wide_past_end),
      cmocka_unit_test(test_bad_newarray_type),
      cmocka_unit_test(test_bad_jsr_new_version),
      cmocka_unit_test(test_bad_local_index),
      cmocka_unit_test(test_bad_ldc_long),
      cmocka_unit_test(test_bad_ldc2_int),
      cmocka_unit_test(test_bad_invokedynamic_operand),
      cmocka_unit_test(test_bad_invokedynamic_zero_bytes),
      cmocka_unit_test(test_bad_invokevirtual_interface),
      cmocka_unit_test(test_bad_invokestatic_interface_old),
      cmocka_unit_test(test_bad_invokeinterface_count),
      cmocka_unit_test(test_bad_getfield_operand),
      cmocka_unit_test(test_bad_new_array),
      cmocka_unit_test(test_bad_args_exceed_locals),
      cmocka_unit_test(test_bad_exception_handler_outside),
      cmocka_unit_test(test_bad_exception_range),
      cmocka_unit_test(test_bad_exception_handler_mid_instruction),
      cmocka_unit_test(test_bad_catch_type),
      cmocka_unit_test(test_bad_line_number_pc),
      cmocka_unit_test(test_mutf8_round_trips),
      cmocka_unit_test(test_mutf8_invalid),
      cmocka_unit_test(test_fuzz_truncate_and_flip),
      cmocka_unit_test(test_corpus),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
