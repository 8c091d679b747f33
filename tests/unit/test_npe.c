/* test_npe.c — HotSpot's NullPointerException messages: methods javac compiled
 * (data/NpeCases.class, whose main prints HotSpot's message for each case) checked against
 * those messages, and methods assembled here for what javac never emits: jsr, unsigned
 * sipush, malformed stacks, huge and pathological methods.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classfile.h"
#include "classgen.h"
#include "npe.h"
#include "opcodes.h"
#include "vm.h"

#ifndef DJSIM_TEST_DATA
#define DJSIM_TEST_DATA "tests/unit/data"
#endif

/* ---- Fixtures: a Class and its Methods over a parsed class file -------------------------- */

typedef struct Fixture {
  ClassFile *cf;
  Class cls;
  Method *methods;
} Fixture;

static void fixture_from(Fixture *f, const uint8_t *bytes, size_t len) {
  CfError err;
  f->cf = cf_parse(bytes, len, NULL, &err);
  if (!f->cf) fail_msg("%s", err.message);
  memset(&f->cls, 0, sizeof f->cls);
  f->cls.name = f->cf->this_name;
  f->cls.cf = f->cf;
  f->methods = calloc(f->cf->method_count, sizeof *f->methods);
  assert_non_null(f->methods);
  for (uint16_t i = 0; i < f->cf->method_count; i++) {
    f->methods[i].owner = &f->cls;
    f->methods[i].name = f->cf->methods[i].name;
    f->methods[i].desc = f->cf->methods[i].desc;
    f->methods[i].access = f->cf->methods[i].access;
    f->methods[i].index = i;
  }
}

static void fixture_free(Fixture *f) {
  free(f->methods);
  cf_free(f->cf);
}

static Method *method_named(Fixture *f, const char *name) {
  for (uint16_t i = 0; i < f->cf->method_count; i++)
    if (strcmp(f->cf->methods[i].name, name) == 0) return &f->methods[i];
  fail_msg("no method %s", name);
  return NULL;
}

/* Length of an instruction of code the parser accepted. */
static uint32_t length_at(const uint8_t *code, uint32_t pc) {
  static const uint8_t lengths[256] = {
#define TEST_OP_LEN(name, value, len) [value] = len,
      DJ_OPCODES(TEST_OP_LEN)
#undef TEST_OP_LEN
  };
  uint8_t op = code[pc];
  if (op == OP_wide) return code[pc + 1] == OP_iinc ? 6 : 4;
  if (op == OP_tableswitch || op == OP_lookupswitch) {
    uint32_t base = (pc + 4) & ~3u;
    int32_t a = (int32_t)((uint32_t)code[base + 4] << 24 | code[base + 5] << 16 |
                          code[base + 6] << 8 | code[base + 7]);
    int32_t b = (int32_t)((uint32_t)code[base + 8] << 24 | code[base + 9] << 16 |
                          code[base + 10] << 8 | code[base + 11]);
    return op == OP_tableswitch ? base + 12 + 4 * (uint32_t)(b - a + 1) - pc
                                : base + 8 + 8 * (uint32_t)a - pc;
  }
  return lengths[op];
}

/* The offset of the nth instruction with opcode op in m (n < 0 counts from the end). */
static uint32_t pc_of(const Method *m, uint8_t op, int n) {
  const CfCode *c = m->owner->cf->methods[m->index].code;
  uint32_t found[256];
  int count = 0;
  for (uint32_t pc = 0; pc < c->code_length; pc += length_at(c->code, pc))
    if (c->code[pc] == op && count < 256) found[count++] = pc;
  if (n < 0) n += count;
  if (n < 0 || n >= count) fail_msg("%s: no instruction 0x%02x #%d", m->name, op, n);
  return found[n];
}

static uint8_t *read_file(const char *path, size_t *len) {
  FILE *fp = fopen(path, "rb");
  if (!fp) fail_msg("cannot open %s", path);
  fseek(fp, 0, SEEK_END);
  long n = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  uint8_t *b = malloc((size_t)n);
  assert_non_null(b);
  assert_int_equal(fread(b, 1, (size_t)n, fp), (size_t)n);
  fclose(fp);
  *len = (size_t)n;
  return b;
}

/* ---- Methods compiled by javac ----------------------------------------------------------- */

typedef struct Case {
  const char *method;
  uint8_t op;
  int nth;
  const char *message; /* NULL: no message */
} Case;

/* HotSpot 17's output of `java -cp tests/unit/data NpeCases`. */
static const Case cases[] = {
    {"loopQuirk", OP_invokevirtual, 0,
     "Cannot invoke \"String.length()\" because \"<parameter1>\" is null"},
    {"handlerQuirk", OP_invokevirtual, 0,
     "Cannot invoke \"String.trim()\" because \"<parameter1>\" is null"},
    {"wideParams", OP_invokevirtual, 0,
     "Cannot invoke \"String.length()\" because \"<parameter3>\" is null"},
    {"instanceChain", OP_getfield, 2,
     "Cannot read field \"name\" because \"this.next.next\" is null"},
    {"instanceParam", OP_invokevirtual, 0,
     "Cannot invoke \"String.length()\" because \"<parameter2>\" is null"},
    {"manyParams", OP_invokevirtual, 0,
     "Cannot invoke \"String.length()\" because \"<local64>\" is null"},
    {"wideLocals", OP_invokevirtual, 0,
     "Cannot invoke \"String.length()\" because \"<local301>\" is null"},
    {"deepIndex", OP_invokevirtual, 0,
     "Cannot invoke \"String.length()\" because "
     "\"<parameter4>[<parameter1>[<parameter2>[<parameter3>[0]]]]\" is null"},
    {"dupX1", OP_putfield, 0, "Cannot assign field \"next\" because \"<parameter2>\" is null"},
    {"longArray", OP_laload, 0,
     "Cannot load from long array because \"<parameter1>[<parameter2>]\" is null"},
    {"afterSwitch", OP_invokevirtual, -1,
     "Cannot invoke \"String.length()\" because \"<parameter2>\" is null"},
    {"tableSwitch", OP_invokevirtual, -1,
     "Cannot invoke \"String.length()\" because \"<local1>\" is null"},
    {"explicit", OP_invokespecial, 0, NULL},
    {"ternary", OP_invokevirtual, 0, "Cannot invoke \"String.length()\""},
    {"arrayPlaceholder", OP_getfield, 0,
     "Cannot read field \"name\" because \"<array>[0][0][0][0][0]\" is null"},
    {"callFind", OP_invokevirtual, 0,
     "Cannot invoke \"String.length()\" because the return value of "
     "\"NpeCases.find(StringBuilder, Object[][], int[])\" is null"},
};

static void test_javac_cases(void **state) {
  (void)state;
  size_t len;
  uint8_t *bytes = read_file(DJSIM_TEST_DATA "/NpeCases.class", &len);
  Fixture f;
  fixture_from(&f, bytes, len);
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const Case *c = &cases[i];
    Method *m = method_named(&f, c->method);
    char out[512];
    size_t n = npe_message(m, pc_of(m, c->op, c->nth), out, sizeof out);
    if (!c->message) {
      assert_int_equal(n, 0);
      assert_string_equal(out, "");
      continue;
    }
    if (strcmp(out, c->message) != 0)
      fail_msg("%s:\n  got  %s\n  want %s", c->method, out, c->message);
    assert_int_equal(n, strlen(c->message));
  }
  fixture_free(&f);
  free(bytes);
}

/* No message where HotSpot gives none: a frame of a generated (hidden) class, an instruction
 * that dereferences nothing, a pc outside the code. */
static void test_no_message(void **state) {
  (void)state;
  size_t len;
  uint8_t *bytes = read_file(DJSIM_TEST_DATA "/NpeCases.class", &len);
  Fixture f;
  fixture_from(&f, bytes, len);
  Method *m = method_named(&f, "wideParams");
  uint32_t pc = pc_of(m, OP_invokevirtual, 0);
  char out[256];
  f.cls.host = &f.cls;
  assert_int_equal(npe_message(m, pc, out, sizeof out), 0);
  f.cls.host = NULL;
  assert_int_equal(npe_message(m, 0, out, sizeof out), 0); /* aload */
  assert_int_equal(npe_message(m, 100000, out, sizeof out), 0);
  assert_int_equal(npe_message(m, pc, out, 0), 0);
  assert_int_not_equal(npe_message(m, pc, out, sizeof out), 0);
  fixture_free(&f);
  free(bytes);
}

/* A short buffer keeps the message's beginning, NUL-terminated. */
static void test_truncation(void **state) {
  (void)state;
  size_t len;
  uint8_t *bytes = read_file(DJSIM_TEST_DATA "/NpeCases.class", &len);
  Fixture f;
  fixture_from(&f, bytes, len);
  Method *m = method_named(&f, "wideParams");
  char out[11];
  memset(out, 'x', sizeof out);
  assert_int_equal(npe_message(m, pc_of(m, OP_invokevirtual, 0), out, sizeof out), 10);
  assert_string_equal(out, "Cannot inv");
  fixture_free(&f);
  free(bytes);
}

/* ---- Methods assembled here ---------------------------------------------------------------- */

/* One static method "m()V" of class T with the given code. */
static void assemble(Fixture *f, CgCode *code, ClassGen *g) {
  cg_method(g, ACC_PUBLIC | ACC_STATIC, "m", "()V", code);
  size_t len;
  uint8_t *bytes = cg_finish(g, ACC_PUBLIC | ACC_SUPER, "T", "java/lang/Object", NULL, 0, &len);
  fixture_from(f, bytes, len);
  free(bytes);
  cg_free(g);
}

static void expect(Fixture *f, uint32_t pc, const char *want) {
  char out[512];
  size_t n = npe_message(&f->methods[0], pc, out, sizeof out);
  assert_string_equal(out, want);
  assert_int_equal(n, strlen(want));
}

/* HotSpot prints a sipush operand unsigned, and "<array>" for an array it cannot name. */
static void test_sipush_index(void **state) {
  (void)state;
  ClassGen g;
  cg_init(&g);
  CgCode c = {.max_stack = 2, .max_locals = 0};
  cg_op(&c, OP_iconst_1);
  cg_op2(&c, OP_anewarray, cg_class(&g, "java/lang/String"));
  cg_op2(&c, OP_sipush, (uint16_t)-200);
  cg_op(&c, OP_aaload);
  cg_op2(&c, OP_invokevirtual, cg_ref(&g, CF_METHODREF, "java/lang/String", "length", "()I"));
  cg_op(&c, OP_pop);
  cg_op(&c, OP_return_);
  Fixture f;
  assemble(&f, &c, &g);
  expect(&f, 8, "Cannot invoke \"String.length()\" because \"<array>[65336]\" is null");
  fixture_free(&f);
}

/* HotSpot does not follow ret, so the code after a jsr is never reached by the analysis. */
static void test_jsr(void **state) {
  (void)state;
  ClassGen g;
  cg_init(&g);
  g.major = 50; /* jsr is refused from version 51 on */
  CgCode c = {.max_stack = 1, .max_locals = 3};
  cg_op(&c, OP_aconst_null); /* 0 */
  cg_op(&c, OP_astore_1);    /* 1 */
  cg_op2(&c, OP_jsr, 8 - 2); /* 2 */
  cg_op(&c, OP_aload_1);     /* 5 */
  cg_op(&c, OP_arraylength); /* 6 */
  cg_op(&c, OP_return_);     /* 7: arraylength left an int; no verifier here */
  cg_op(&c, OP_astore_2);    /* 8 */
  cg_op1(&c, OP_ret, 2);     /* 9 */
  Fixture f;
  assemble(&f, &c, &g);
  expect(&f, 6, "Cannot read the array length");
  fixture_free(&f);
}

/* A producer HotSpot cannot describe leaves its opening quote behind, as HotSpot does. */
static void test_undescribable_producer(void **state) {
  (void)state;
  ClassGen g;
  cg_init(&g);
  CgCode c = {.max_stack = 1, .max_locals = 0};
  cg_op2(&c, OP_new_, cg_class(&g, "java/lang/Object"));
  cg_op(&c, OP_arraylength);
  cg_op(&c, OP_pop);
  cg_op(&c, OP_return_);
  Fixture f;
  assemble(&f, &c, &g);
  expect(&f, 3, "Cannot read the array length because \"");
  fixture_free(&f);
}

/* Malformed stacks (underflow, more than max_stack) give the action alone, never a crash. */
static void test_malformed_stack(void **state) {
  (void)state;
  ClassGen g;
  cg_init(&g);
  CgCode c = {.max_stack = 1, .max_locals = 0};
  cg_op(&c, OP_pop);
  cg_op(&c, OP_aconst_null);
  cg_op(&c, OP_arraylength);
  cg_op(&c, OP_pop);
  cg_op(&c, OP_return_);
  Fixture f;
  assemble(&f, &c, &g);
  expect(&f, 2, "Cannot read the array length");
  fixture_free(&f);

  cg_init(&g);
  c = (CgCode){.max_stack = 1, .max_locals = 0};
  cg_op(&c, OP_aconst_null);
  cg_op(&c, OP_aconst_null);
  cg_op(&c, OP_arraylength);
  cg_op(&c, OP_return_);
  assemble(&f, &c, &g);
  expect(&f, 2, "Cannot read the array length");
  fixture_free(&f);
}

/* Nearly 64 KB of straight-line code: one sweep, a full description. */
static void test_huge_method(void **state) {
  (void)state;
  ClassGen g;
  cg_init(&g);
  CgCode c = {.max_stack = 1, .max_locals = 0};
  uint32_t pc = 0;
  while (pc < 65000) {
    cg_op(&c, OP_aconst_null);
    cg_op(&c, OP_pop);
    pc += 2;
  }
  cg_op(&c, OP_aconst_null);
  cg_op(&c, OP_arraylength);
  cg_op(&c, OP_pop);
  cg_op(&c, OP_return_);
  Fixture f;
  assemble(&f, &c, &g);
  expect(&f, pc + 1, "Cannot read the array length because \"null\" is null");
  fixture_free(&f);
}

/* A method whose control runs backwards through n gotos to an arraylength of null:
 *   0: goto_w B_n;  5: B_0 = aconst_null arraylength pop return;  9 + 3(k-1): B_k = goto B_k-1
 * Each of HotSpot's address-order sweeps reaches one more goto. */
static void assemble_chain(Fixture *f, int n) {
  ClassGen g;
  cg_init(&g);
  CgCode c = {.max_stack = 1, .max_locals = 0};
  uint32_t last = 9 + 3 * (uint32_t)(n - 1);
  cg_op(&c, OP_goto_w);
  cg_u2(&c.code, (uint16_t)(last >> 16));
  cg_u2(&c.code, (uint16_t)last);
  cg_op(&c, OP_aconst_null);
  cg_op(&c, OP_arraylength);
  cg_op(&c, OP_pop);
  cg_op(&c, OP_return_);
  cg_op2(&c, OP_goto_, (uint16_t)-4); /* B_1 -> B_0 */
  for (int k = 2; k <= n; k++) cg_op2(&c, OP_goto_, (uint16_t)-3);
  assemble(f, &c, &g);
}

/* A short chain takes as many sweeps as it has gotos, and ends with the full description. */
static void test_backward_chain(void **state) {
  (void)state;
  Fixture f;
  assemble_chain(&f, 50);
  expect(&f, 6, "Cannot read the array length because \"null\" is null");
  fixture_free(&f);
}

/* 20000 gotos would take 20000 sweeps of 20000 instructions: the work budget ends the
 * analysis, leaving the action alone (HotSpot grinds through it; no compiler emits this). */
static void test_pathological_chain(void **state) {
  (void)state;
  Fixture f;
  assemble_chain(&f, 20000);
  expect(&f, 6, "Cannot read the array length");
  fixture_free(&f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_javac_cases),
      cmocka_unit_test(test_no_message),
      cmocka_unit_test(test_truncation),
      cmocka_unit_test(test_sipush_index),
      cmocka_unit_test(test_jsr),
      cmocka_unit_test(test_undescribable_producer),
      cmocka_unit_test(test_malformed_stack),
      cmocka_unit_test(test_huge_method),
      cmocka_unit_test(test_backward_chain),
      cmocka_unit_test(test_pathological_chain),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
