/* classfile.c — class-file parser: a bounds-checked reader, the constant pool in three passes
 * (read, check indices, check names and descriptors), members, attributes, and a light
 * structural scan of every method's bytecode, which is what the interpreter trusts.
 */
#include "classfile.h"

#include <stdalign.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MIN_MAJOR 45
#define MAX_MAJOR 61

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

/* ---- Arena ------------------------------------------------------------------------------ */

/* Everything a ClassFile points to lives and dies with it, so allocation is a pointer bump and
 * cf_free is one free per chunk. */
typedef struct Chunk {
  struct Chunk *next;
  size_t used, cap;
  alignas(max_align_t) unsigned char data[];
} Chunk;

typedef struct Arena {
  Chunk *head;
  size_t next_cap;
} Arena;

static Arena *arena_new(size_t hint) {
  Arena *a = malloc(sizeof *a);
  if (!a) return NULL;
  a->head = NULL;
  /* Most of a class file ends up copied (strings, code), so start near its size; the cap keeps
   * a huge bogus input from reserving memory before its magic number is even read. */
  size_t cap = hint < ((size_t)1 << 20) ? hint + hint / 2 : (size_t)3 << 19;
  a->next_cap = cap + 1024;
  return a;
}

static void *arena_alloc(Arena *a, size_t n, size_t align) {
  Chunk *c = a->head;
  size_t at = c ? (c->used + align - 1) & ~(align - 1) : 0;
  if (c && at <= c->cap && n <= c->cap - at) {
    c->used = at + n;
    return c->data + at;
  }
  int big = n > a->next_cap / 4;
  size_t cap = big ? n : a->next_cap;
  Chunk *fresh = malloc(sizeof *fresh + cap);
  if (!fresh) return NULL;
  fresh->used = n;
  fresh->cap = cap;
  if (big && c) {
    /* Keep filling the current chunk; the big block gets a chunk of its own behind it. */
    fresh->next = c->next;
    c->next = fresh;
  } else {
    fresh->next = c;
    a->head = fresh;
    if (a->next_cap < ((size_t)1 << 20)) a->next_cap *= 2;
  }
  return fresh->data;
}

static void arena_free(Arena *a) {
  if (!a) return;
  for (Chunk *c = a->head, *next; c; c = next) {
    next = c->next;
    free(c);
  }
  free(a);
}

/* ---- Constant-pool tags and method-handle kinds ------------------------------------------ */

#define M(tag) (1u << (tag))
#define LOADABLE                                                                                   \
  (M(CF_INTEGER) | M(CF_FLOAT) | M(CF_LONG) | M(CF_DOUBLE) | M(CF_CLASS) | M(CF_STRING) |          \
   M(CF_METHODHANDLE) | M(CF_METHODTYPE) | M(CF_DYNAMIC))

/* Name of each tag and the first class-file version allowed to use it (JVMS 4.4, table 4.4-B). */
static const struct {
  const char *name;
  uint8_t since;
} tags[] = {
    [CF_UTF8] = {"Utf8", 45},
    [CF_INTEGER] = {"Integer", 45},
    [CF_FLOAT] = {"Float", 45},
    [CF_LONG] = {"Long", 45},
    [CF_DOUBLE] = {"Double", 45},
    [CF_CLASS] = {"Class", 45},
    [CF_STRING] = {"String", 45},
    [CF_FIELDREF] = {"Fieldref", 45},
    [CF_METHODREF] = {"Methodref", 45},
    [CF_IMETHODREF] = {"InterfaceMethodref", 45},
    [CF_NAMEANDTYPE] = {"NameAndType", 45},
    [CF_METHODHANDLE] = {"MethodHandle", 51},
    [CF_METHODTYPE] = {"MethodType", 51},
    [CF_DYNAMIC] = {"Dynamic", 55},
    [CF_INVOKEDYNAMIC] = {"InvokeDynamic", 51},
    [CF_MODULE] = {"Module", 53},
    [CF_PACKAGE] = {"Package", 53},
};
#define TAG_LIMIT (sizeof tags / sizeof tags[0])

static const char *tag_name(unsigned tag) {
  return tag < TAG_LIMIT && tags[tag].name ? tags[tag].name : "unusable";
}

static const char *const mh_kinds[] = {
    NULL,
    "REF_getField",
    "REF_getStatic",
    "REF_putField",
    "REF_putStatic",
    "REF_invokeVirtual",
    "REF_invokeStatic",
    "REF_invokeSpecial",
    "REF_newInvokeSpecial",
    "REF_invokeInterface",
};

/* ---- Opcodes ---------------------------------------------------------------------------- */

/* What the scan checks about an instruction's operands. */
enum {
  K_NONE = 1,  /* no operand to check */
  K_END,       /* no operand; control never falls through (returns, athrow) */
  K_LDC,       /* u1 or u2 index of a single-slot loadable constant */
  K_LDC2,      /* u2 index of a Long, Double or long/double Dynamic */
  K_LOCAL1,    /* u1 local index, one slot */
  K_LOCAL2,    /* u1 local index, two slots */
  K_IMPLICIT1, /* local index in the opcode (arg), one slot */
  K_IMPLICIT2, /* local index in the opcode (arg), two slots */
  K_IINC,
  K_RET,
  K_BRANCH, /* s2 offset */
  K_GOTO,
  K_JSR,
  K_BRANCH_W, /* s4 offset */
  K_GOTO_W,
  K_JSR_W,
  K_TABLESWITCH,
  K_LOOKUPSWITCH,
  K_FIELD,
  K_INVOKEVIRTUAL,
  K_INVOKESPECIAL,
  K_INVOKESTATIC,
  K_INVOKEINTERFACE,
  K_INVOKEDYNAMIC,
  K_NEW,
  K_CLASS,
  K_NEWARRAY,
  K_MULTIANEWARRAY,
  K_WIDE,
};

/* Every JVM SE 8 opcode, 0x00-0xc9: its name, length (0 = variable), operand kind and, for
 * xload_n/xstore_n, the local n. Unlisted opcodes have no name and are rejected. */
static const struct OpInfo {
  const char *name;
  uint8_t len, kind, arg;
} ops[256] = {
    [0x00] = {"nop", 1, K_NONE, 0},
    [0x01] = {"aconst_null", 1, K_NONE, 0},
    [0x02] = {"iconst_m1", 1, K_NONE, 0},
    [0x03] = {"iconst_0", 1, K_NONE, 0},
    [0x04] = {"iconst_1", 1, K_NONE, 0},
    [0x05] = {"iconst_2", 1, K_NONE, 0},
    [0x06] = {"iconst_3", 1, K_NONE, 0},
    [0x07] = {"iconst_4", 1, K_NONE, 0},
    [0x08] = {"iconst_5", 1, K_NONE, 0},
    [0x09] = {"lconst_0", 1, K_NONE, 0},
    [0x0a] = {"lconst_1", 1, K_NONE, 0},
    [0x0b] = {"fconst_0", 1, K_NONE, 0},
    [0x0c] = {"fconst_1", 1, K_NONE, 0},
    [0x0d] = {"fconst_2", 1, K_NONE, 0},
    [0x0e] = {"dconst_0", 1, K_NONE, 0},
    [0x0f] = {"dconst_1", 1, K_NONE, 0},
    [0x10] = {"bipush", 2, K_NONE, 0},
    [0x11] = {"sipush", 3, K_NONE, 0},
    [0x12] = {"ldc", 2, K_LDC, 0},
    [0x13] = {"ldc_w", 3, K_LDC, 0},
    [0x14] = {"ldc2_w", 3, K_LDC2, 0},
    [0x15] = {"iload", 2, K_LOCAL1, 0},
    [0x16] = {"lload", 2, K_LOCAL2, 0},
    [0x17] = {"fload", 2, K_LOCAL1, 0},
    [0x18] = {"dload", 2, K_LOCAL2, 0},
    [0x19] = {"aload", 2, K_LOCAL1, 0},
    [0x1a] = {"iload_0", 1, K_IMPLICIT1, 0},
    [0x1b] = {"iload_1", 1, K_IMPLICIT1, 1},
    [0x1c] = {"iload_2", 1, K_IMPLICIT1, 2},
    [0x1d] = {"iload_3", 1, K_IMPLICIT1, 3},
    [0x1e] = {"lload_0", 1, K_IMPLICIT2, 0},
    [0x1f] = {"lload_1", 1, K_IMPLICIT2, 1},
    [0x20] = {"lload_2", 1, K_IMPLICIT2, 2},
    [0x21] = {"lload_3", 1, K_IMPLICIT2, 3},
    [0x22] = {"fload_0", 1, K_IMPLICIT1, 0},
    [0x23] = {"fload_1", 1, K_IMPLICIT1, 1},
    [0x24] = {"fload_2", 1, K_IMPLICIT1, 2},
    [0x25] = {"fload_3", 1, K_IMPLICIT1, 3},
    [0x26] = {"dload_0", 1, K_IMPLICIT2, 0},
    [0x27] = {"dload_1", 1, K_IMPLICIT2, 1},
    [0x28] = {"dload_2", 1, K_IMPLICIT2, 2},
    [0x29] = {"dload_3", 1, K_IMPLICIT2, 3},
    [0x2a] = {"aload_0", 1, K_IMPLICIT1, 0},
    [0x2b] = {"aload_1", 1, K_IMPLICIT1, 1},
    [0x2c] = {"aload_2", 1, K_IMPLICIT1, 2},
    [0x2d] = {"aload_3", 1, K_IMPLICIT1, 3},
    [0x2e] = {"iaload", 1, K_NONE, 0},
    [0x2f] = {"laload", 1, K_NONE, 0},
    [0x30] = {"faload", 1, K_NONE, 0},
    [0x31] = {"daload", 1, K_NONE, 0},
    [0x32] = {"aaload", 1, K_NONE, 0},
    [0x33] = {"baload", 1, K_NONE, 0},
    [0x34] = {"caload", 1, K_NONE, 0},
    [0x35] = {"saload", 1, K_NONE, 0},
    [0x36] = {"istore", 2, K_LOCAL1, 0},
    [0x37] = {"lstore", 2, K_LOCAL2, 0},
    [0x38] = {"fstore", 2, K_LOCAL1, 0},
    [0x39] = {"dstore", 2, K_LOCAL2, 0},
    [0x3a] = {"astore", 2, K_LOCAL1, 0},
    [0x3b] = {"istore_0", 1, K_IMPLICIT1, 0},
    [0x3c] = {"istore_1", 1, K_IMPLICIT1, 1},
    [0x3d] = {"istore_2", 1, K_IMPLICIT1, 2},
    [0x3e] = {"istore_3", 1, K_IMPLICIT1, 3},
    [0x3f] = {"lstore_0", 1, K_IMPLICIT2, 0},
    [0x40] = {"lstore_1", 1, K_IMPLICIT2, 1},
    [0x41] = {"lstore_2", 1, K_IMPLICIT2, 2},
    [0x42] = {"lstore_3", 1, K_IMPLICIT2, 3},
    [0x43] = {"fstore_0", 1, K_IMPLICIT1, 0},
    [0x44] = {"fstore_1", 1, K_IMPLICIT1, 1},
    [0x45] = {"fstore_2", 1, K_IMPLICIT1, 2},
    [0x46] = {"fstore_3", 1, K_IMPLICIT1, 3},
    [0x47] = {"dstore_0", 1, K_IMPLICIT2, 0},
    [0x48] = {"dstore_1", 1, K_IMPLICIT2, 1},
    [0x49] = {"dstore_2", 1, K_IMPLICIT2, 2},
    [0x4a] = {"dstore_3", 1, K_IMPLICIT2, 3},
    [0x4b] = {"astore_0", 1, K_IMPLICIT1, 0},
    [0x4c] = {"astore_1", 1, K_IMPLICIT1, 1},
    [0x4d] = {"astore_2", 1, K_IMPLICIT1, 2},
    [0x4e] = {"astore_3", 1, K_IMPLICIT1, 3},
    [0x4f] = {"iastore", 1, K_NONE, 0},
    [0x50] = {"lastore", 1, K_NONE, 0},
    [0x51] = {"fastore", 1, K_NONE, 0},
    [0x52] = {"dastore", 1, K_NONE, 0},
    [0x53] = {"aastore", 1, K_NONE, 0},
    [0x54] = {"bastore", 1, K_NONE, 0},
    [0x55] = {"castore", 1, K_NONE, 0},
    [0x56] = {"sastore", 1, K_NONE, 0},
    [0x57] = {"pop", 1, K_NONE, 0},
    [0x58] = {"pop2", 1, K_NONE, 0},
    [0x59] = {"dup", 1, K_NONE, 0},
    [0x5a] = {"dup_x1", 1, K_NONE, 0},
    [0x5b] = {"dup_x2", 1, K_NONE, 0},
    [0x5c] = {"dup2", 1, K_NONE, 0},
    [0x5d] = {"dup2_x1", 1, K_NONE, 0},
    [0x5e] = {"dup2_x2", 1, K_NONE, 0},
    [0x5f] = {"swap", 1, K_NONE, 0},
    [0x60] = {"iadd", 1, K_NONE, 0},
    [0x61] = {"ladd", 1, K_NONE, 0},
    [0x62] = {"fadd", 1, K_NONE, 0},
    [0x63] = {"dadd", 1, K_NONE, 0},
    [0x64] = {"isub", 1, K_NONE, 0},
    [0x65] = {"lsub", 1, K_NONE, 0},
    [0x66] = {"fsub", 1, K_NONE, 0},
    [0x67] = {"dsub", 1, K_NONE, 0},
    [0x68] = {"imul", 1, K_NONE, 0},
    [0x69] = {"lmul", 1, K_NONE, 0},
    [0x6a] = {"fmul", 1, K_NONE, 0},
    [0x6b] = {"dmul", 1, K_NONE, 0},
    [0x6c] = {"idiv", 1, K_NONE, 0},
    [0x6d] = {"ldiv", 1, K_NONE, 0},
    [0x6e] = {"fdiv", 1, K_NONE, 0},
    [0x6f] = {"ddiv", 1, K_NONE, 0},
    [0x70] = {"irem", 1, K_NONE, 0},
    [0x71] = {"lrem", 1, K_NONE, 0},
    [0x72] = {"frem", 1, K_NONE, 0},
    [0x73] = {"drem", 1, K_NONE, 0},
    [0x74] = {"ineg", 1, K_NONE, 0},
    [0x75] = {"lneg", 1, K_NONE, 0},
    [0x76] = {"fneg", 1, K_NONE, 0},
    [0x77] = {"dneg", 1, K_NONE, 0},
    [0x78] = {"ishl", 1, K_NONE, 0},
    [0x79] = {"lshl", 1, K_NONE, 0},
    [0x7a] = {"ishr", 1, K_NONE, 0},
    [0x7b] = {"lshr", 1, K_NONE, 0},
    [0x7c] = {"iushr", 1, K_NONE, 0},
    [0x7d] = {"lushr", 1, K_NONE, 0},
    [0x7e] = {"iand", 1, K_NONE, 0},
    [0x7f] = {"land", 1, K_NONE, 0},
    [0x80] = {"ior", 1, K_NONE, 0},
    [0x81] = {"lor", 1, K_NONE, 0},
    [0x82] = {"ixor", 1, K_NONE, 0},
    [0x83] = {"lxor", 1, K_NONE, 0},
    [0x84] = {"iinc", 3, K_IINC, 0},
    [0x85] = {"i2l", 1, K_NONE, 0},
    [0x86] = {"i2f", 1, K_NONE, 0},
    [0x87] = {"i2d", 1, K_NONE, 0},
    [0x88] = {"l2i", 1, K_NONE, 0},
    [0x89] = {"l2f", 1, K_NONE, 0},
    [0x8a] = {"l2d", 1, K_NONE, 0},
    [0x8b] = {"f2i", 1, K_NONE, 0},
    [0x8c] = {"f2l", 1, K_NONE, 0},
    [0x8d] = {"f2d", 1, K_NONE, 0},
    [0x8e] = {"d2i", 1, K_NONE, 0},
    [0x8f] = {"d2l", 1, K_NONE, 0},
    [0x90] = {"d2f", 1, K_NONE, 0},
    [0x91] = {"i2b", 1, K_NONE, 0},
    [0x92] = {"i2c", 1, K_NONE, 0},
    [0x93] = {"i2s", 1, K_NONE, 0},
    [0x94] = {"lcmp", 1, K_NONE, 0},
    [0x95] = {"fcmpl", 1, K_NONE, 0},
    [0x96] = {"fcmpg", 1, K_NONE, 0},
    [0x97] = {"dcmpl", 1, K_NONE, 0},
    [0x98] = {"dcmpg", 1, K_NONE, 0},
    [0x99] = {"ifeq", 3, K_BRANCH, 0},
    [0x9a] = {"ifne", 3, K_BRANCH, 0},
    [0x9b] = {"iflt", 3, K_BRANCH, 0},
    [0x9c] = {"ifge", 3, K_BRANCH, 0},
    [0x9d] = {"ifgt", 3, K_BRANCH, 0},
    [0x9e] = {"ifle", 3, K_BRANCH, 0},
    [0x9f] = {"if_icmpeq", 3, K_BRANCH, 0},
    [0xa0] = {"if_icmpne", 3, K_BRANCH, 0},
    [0xa1] = {"if_icmplt", 3, K_BRANCH, 0},
    [0xa2] = {"if_icmpge", 3, K_BRANCH, 0},
    [0xa3] = {"if_icmpgt", 3, K_BRANCH, 0},
    [0xa4] = {"if_icmple", 3, K_BRANCH, 0},
    [0xa5] = {"if_acmpeq", 3, K_BRANCH, 0},
    [0xa6] = {"if_acmpne", 3, K_BRANCH, 0},
    [0xa7] = {"goto", 3, K_GOTO, 0},
    [0xa8] = {"jsr", 3, K_JSR, 0},
    [0xa9] = {"ret", 2, K_RET, 0},
    [0xaa] = {"tableswitch", 0, K_TABLESWITCH, 0},
    [0xab] = {"lookupswitch", 0, K_LOOKUPSWITCH, 0},
    [0xac] = {"ireturn", 1, K_END, 0},
    [0xad] = {"lreturn", 1, K_END, 0},
    [0xae] = {"freturn", 1, K_END, 0},
    [0xaf] = {"dreturn", 1, K_END, 0},
    [0xb0] = {"areturn", 1, K_END, 0},
    [0xb1] = {"return", 1, K_END, 0},
    [0xb2] = {"getstatic", 3, K_FIELD, 0},
    [0xb3] = {"putstatic", 3, K_FIELD, 0},
    [0xb4] = {"getfield", 3, K_FIELD, 0},
    [0xb5] = {"putfield", 3, K_FIELD, 0},
    [0xb6] = {"invokevirtual", 3, K_INVOKEVIRTUAL, 0},
    [0xb7] = {"invokespecial", 3, K_INVOKESPECIAL, 0},
    [0xb8] = {"invokestatic", 3, K_INVOKESTATIC, 0},
    [0xb9] = {"invokeinterface", 5, K_INVOKEINTERFACE, 0},
    [0xba] = {"invokedynamic", 5, K_INVOKEDYNAMIC, 0},
    [0xbb] = {"new", 3, K_NEW, 0},
    [0xbc] = {"newarray", 2, K_NEWARRAY, 0},
    [0xbd] = {"anewarray", 3, K_CLASS, 0},
    [0xbe] = {"arraylength", 1, K_NONE, 0},
    [0xbf] = {"athrow", 1, K_END, 0},
    [0xc0] = {"checkcast", 3, K_CLASS, 0},
    [0xc1] = {"instanceof", 3, K_CLASS, 0},
    [0xc2] = {"monitorenter", 1, K_NONE, 0},
    [0xc3] = {"monitorexit", 1, K_NONE, 0},
    [0xc4] = {"wide", 0, K_WIDE, 0},
    [0xc5] = {"multianewarray", 4, K_MULTIANEWARRAY, 0},
    [0xc6] = {"ifnull", 3, K_BRANCH, 0},
    [0xc7] = {"ifnonnull", 3, K_BRANCH, 0},
    [0xc8] = {"goto_w", 5, K_GOTO_W, 0},
    [0xc9] = {"jsr_w", 5, K_JSR_W, 0},
};

/* ---- Parser state and errors ------------------------------------------------------------- */

typedef struct Parser {
  const uint8_t *b;
  size_t pos;
  size_t len; /* end of the file, or of the attribute being read */
  size_t file_len;
  int failed;
  CfError *err;
  const char *hint;
  ClassFile *cf;
  Arena *arena;
  size_t *cp_off;  /* file offset of each constant-pool entry, for the checks after reading */
  uint8_t *starts; /* one byte per pc of the current Code: 1 at each instruction start */
  size_t starts_cap;
  /* Where we are, for messages: "(method 2 f(I)V, attribute Code, pc 7)". */
  const char *member; /* "field", "method" or NULL */
  long member_index;
  const char *member_name, *member_desc;
  const char *attr; /* attribute whose body is being read; it also bounds `len` */
  const char *what;
  long index;
} Parser;

typedef struct Msg {
  char *s;
  size_t cap, n;
} Msg;

static void msg_vadd(Msg *m, const char *fmt, va_list ap) {
  int k = vsnprintf(m->s + m->n, m->cap - m->n, fmt, ap);
  if (k > 0) m->n = (size_t)k < m->cap - m->n ? m->n + (size_t)k : m->cap - 1;
}

PRINTF_LIKE(2, 3)
static void msg_add(Msg *m, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  msg_vadd(m, fmt, ap);
  va_end(ap);
}

static const char *class_label(const Parser *p) {
  if (p->cf && p->cf->this_name) return p->cf->this_name;
  return p->hint ? p->hint : "<unknown>";
}

/* The one error helper: "<class>: <reason> at offset N (<where>)". Only the first error counts;
 * after it every reader returns zeros without moving, so callers may check once per group. */
PRINTF_LIKE(4, 5)
static void fail(Parser *p, CfErrorKind kind, size_t off, const char *fmt, ...) {
  if (p->failed) return;
  p->failed = 1;
  p->err->kind = kind;
  p->err->offset = off;
  Msg m = {p->err->message, sizeof p->err->message, 0};
  m.s[0] = 0;
  msg_add(&m, "%s: ", class_label(p));
  va_list ap;
  va_start(ap, fmt);
  msg_vadd(&m, fmt, ap);
  va_end(ap);
  msg_add(&m, " at offset %zu", off);
  const char *sep = " (";
  if (p->member) {
    msg_add(&m, "%s%s %ld", sep, p->member, p->member_index);
    if (p->member_name) {
      const char *join = strcmp(p->member, "field") == 0 ? ":" : ""; /* x:I but m(I)V */
      msg_add(&m, " %s%s%s", p->member_name, join, p->member_desc);
    }
    sep = ", ";
  }
  if (p->attr) {
    msg_add(&m, "%sattribute %s", sep, p->attr);
    sep = ", ";
  }
  if (p->what) {
    msg_add(&m, "%s%s", sep, p->what);
    if (p->index >= 0) msg_add(&m, " %ld", p->index);
    sep = ", ";
  }
  if (sep[0] == ',') msg_add(&m, ")");
}

static void fail_nomem(Parser *p) {
  fail(p, CF_ERR_NOMEM, p->pos, "out of memory");
}

static void at(Parser *p, const char *what, long index) {
  p->what = what;
  p->index = index;
}

static void enter_member(Parser *p, const char *kind, long index) {
  p->member = kind;
  p->member_index = index;
  p->member_name = p->member_desc = NULL;
  p->attr = NULL;
  at(p, NULL, -1);
}

/* Zeroed arena memory; NULL for n == 0 (check p->failed, not the pointer, for errors). */
static void *palloc(Parser *p, size_t n, size_t align) {
  if (p->failed || n == 0) return NULL;
  void *r = arena_alloc(p->arena, n, align);
  if (!r) {
    fail_nomem(p);
    return NULL;
  }
  return memset(r, 0, n);
}

#define NEW_ARRAY(p, T, n) ((T *)palloc((p), sizeof(T) * (size_t)(n), alignof(T)))

/* ---- Bounds-checked reader --------------------------------------------------------------- */

static int need(Parser *p, size_t n) {
  if (p->failed) return 0;
  if (n <= p->len - p->pos) return 1;
  if (p->attr)
    fail(p, CF_ERR_FORMAT, p->pos, "attribute %s is too short: need %zu bytes", p->attr, n);
  else
    fail(p, CF_ERR_FORMAT, p->pos, "truncated class file: need %zu bytes", n);
  return 0;
}

static uint8_t rd_u1(Parser *p) {
  return need(p, 1) ? p->b[p->pos++] : 0;
}

static uint16_t rd_u2(Parser *p) {
  if (!need(p, 2)) return 0;
  const uint8_t *b = p->b + p->pos;
  p->pos += 2;
  return (uint16_t)(b[0] << 8 | b[1]);
}

static uint32_t rd_u4(Parser *p) {
  if (!need(p, 4)) return 0;
  const uint8_t *b = p->b + p->pos;
  p->pos += 4;
  return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

static uint64_t rd_u8(Parser *p) {
  uint64_t hi = rd_u4(p);
  return hi << 32 | rd_u4(p);
}

static const uint8_t *rd_bytes(Parser *p, size_t n) {
  if (!need(p, n)) return NULL;
  const uint8_t *b = p->b + p->pos;
  p->pos += n;
  return b;
}

/* A count of fixed-size items must fit in what is left: a huge count in a short file is one
 * clear error, and no memory is allocated for items that cannot be there. */
static int count_fits(Parser *p, uint32_t count, size_t each, size_t off, const char *what) {
  if (p->failed) return 0;
  size_t left = p->len - p->pos;
  if ((size_t)count * each <= left) return 1;
  fail(p, CF_ERR_FORMAT, off,
       "%s count %u runs past the end of the %s (%zu bytes needed, %zu left)", what, count,
       p->attr ? "attribute" : "class file", (size_t)count * each, left);
  return 0;
}

static uint16_t be16(const uint8_t *b) {
  return (uint16_t)(b[0] << 8 | b[1]);
}

static uint32_t be32(const uint8_t *b) {
  return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | b[3];
}

static int32_t s16(uint16_t v) {
  return v < 0x8000 ? (int32_t)v : (int32_t)v - 0x10000;
}

static int32_t s32(uint32_t v) {
  return v < 0x80000000u ? (int32_t)v : (int32_t)(v - 0x80000000u) + INT32_MIN;
}

/* ---- Modified UTF-8 ---------------------------------------------------------------------- */

/* One walk serves validation, counting and decoding. Returns NULL when well formed, else why,
 * with *bad the offending byte's index. Overlong forms are rejected except C0 80 (U+0000). */
static const char *mutf8_walk(const uint8_t *s, size_t len, uint16_t *out, size_t *units,
                              size_t *bad) {
  size_t i = 0, n = 0;
  while (i < len) {
    unsigned c = s[i];
    if (c - 1u < 0x7fu) {
      if (out) out[n] = (uint16_t)c;
      n++;
      i++;
      continue;
    }
    *bad = i;
    if (c == 0) return "zero byte";
    if (c >= 0xf0) return "byte 0xF0-0xFF";
    if (c < 0xc0) return "unexpected continuation byte";
    size_t k = c < 0xe0 ? 2 : 3;
    for (size_t j = 1; j < k; j++) {
      if (i + j >= len) return "truncated multi-byte sequence";
      if ((s[i + j] & 0xc0) != 0x80) {
        *bad = i + j;
        return "bad continuation byte";
      }
    }
    unsigned u;
    if (k == 2) {
      u = (c & 0x1fu) << 6 | (s[i + 1] & 0x3fu);
      if (u < 0x80 && u != 0) return "overlong 2-byte form";
    } else {
      u = (c & 0x0fu) << 12 | (s[i + 1] & 0x3fu) << 6 | (s[i + 2] & 0x3fu);
      if (u < 0x800) return "overlong 3-byte form";
    }
    if (out) out[n] = (uint16_t)u;
    n++;
    i += k;
  }
  if (units) *units = n;
  return NULL;
}

long mutf8_decode(const char *s, size_t len, uint16_t *out) {
  size_t units, bad;
  if (!s && len) return -1;
  if (mutf8_walk((const uint8_t *)s, len, out, &units, &bad)) return -1;
  return (long)units;
}

long mutf8_encode(const uint16_t *units, size_t count, char *out) {
  unsigned char *o = (unsigned char *)out;
  size_t n = 0;
  for (size_t i = 0; i < count; i++) {
    unsigned c = units[i];
    if (c != 0 && c < 0x80) {
      if (o) o[n] = (unsigned char)c;
      n += 1;
    } else if (c < 0x800) {
      if (o) {
        o[n] = (unsigned char)(0xc0 | c >> 6);
        o[n + 1] = (unsigned char)(0x80 | (c & 0x3f));
      }
      n += 2;
    } else {
      if (o) {
        o[n] = (unsigned char)(0xe0 | c >> 12);
        o[n + 1] = (unsigned char)(0x80 | (c >> 6 & 0x3f));
        o[n + 2] = (unsigned char)(0x80 | (c & 0x3f));
      }
      n += 3;
    }
  }
  return (long)n;
}

int mutf8_valid(const char *s, size_t len) {
  size_t bad;
  if (!s) return len == 0;
  return mutf8_walk((const uint8_t *)s, len, NULL, NULL, &bad) == NULL;
}

/* ---- Names and descriptors (JVMS 4.2, 4.3) ----------------------------------------------- */

/* An unqualified name: non-empty, none of . ; [ / (and for methods none of < >). */
static int unqualified_ok(const char *s, size_t n, int method) {
  if (n == 0) return 0;
  for (size_t i = 0; i < n; i++) {
    char ch = s[i];
    if (ch == '.' || ch == ';' || ch == '[' || ch == '/') return 0;
    if (method && (ch == '<' || ch == '>')) return 0;
  }
  return 1;
}

/* A binary name in internal form: non-empty identifiers separated by single slashes. */
static int binary_name_ok(const char *s, size_t n) {
  size_t seg = 0;
  for (size_t i = 0; i < n; i++) {
    char ch = s[i];
    if (ch == '.' || ch == ';' || ch == '[') return 0;
    if (ch == '/') {
      if (i == seg) return 0;
      seg = i + 1;
    }
  }
  return n > seg;
}

/* Length of the field type at the start of s, or 0 if there is none. */
static size_t field_type_len(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && s[i] == '[') i++;
  if (i > 255 || i == n) return 0;
  switch (s[i]) {
  case 'B':
  case 'C':
  case 'D':
  case 'F':
  case 'I':
  case 'J':
  case 'S':
  case 'Z': return i + 1;
  case 'L': {
    const char *semi = memchr(s + i + 1, ';', n - i - 1);
    if (!semi) return 0;
    size_t name_len = (size_t)(semi - (s + i + 1));
    return binary_name_ok(s + i + 1, name_len) ? i + 2 + name_len : 0;
  }
  default: return 0;
  }
}

static int field_desc_ok(const char *s, size_t n) {
  return n && field_type_len(s, n) == n;
}

static int class_name_ok(const char *s, size_t n) {
  return n && s[0] == '[' ? field_desc_ok(s, n) : binary_name_ok(s, n);
}

/* Argument slots of a method descriptor (long and double count two), or -1 if malformed.
 * *returns_void tells whether the return type is V. */
static long method_desc_slots(const char *s, size_t n, int *returns_void) {
  if (n < 3 || s[0] != '(') return -1;
  size_t i = 1;
  long slots = 0;
  while (i < n && s[i] != ')') {
    size_t k = field_type_len(s + i, n - i);
    if (!k) return -1;
    slots += k == 1 && (s[i] == 'J' || s[i] == 'D') ? 2 : 1;
    i += k;
  }
  if (i == n) return -1;
  i++;
  int is_void = i + 1 == n && s[i] == 'V';
  if (!is_void && field_type_len(s + i, n - i) != n - i) return -1;
  if (returns_void) *returns_void = is_void;
  return slots;
}

/* ---- Constant pool ----------------------------------------------------------------------- */

static const CfConst *cpe(const Parser *p, uint16_t i) {
  return &p->cf->cp[i];
}
static const char *cp_str(const Parser *p, uint16_t i) {
  return p->cf->cp[i].u.utf8.s;
}
static uint32_t cp_len(const Parser *p, uint16_t i) {
  return p->cf->cp[i].u.utf8.len;
}

/* "Class, Integer or String" for a tag mask. */
static void mask_names(uint32_t mask, char *buf, size_t cap) {
  Msg m = {buf, cap, 0};
  unsigned left = 0;
  buf[0] = 0;
  for (unsigned t = 1; t < TAG_LIMIT; t++) left += (mask >> t) & 1u;
  for (unsigned t = 1; t < TAG_LIMIT; t++) {
    if (!(mask & M(t))) continue;
    left--;
    msg_add(&m, "%s%s", tag_name(t), left > 1 ? ", " : left == 1 ? " or " : "");
  }
}

/* Index `idx` (read at file offset `off`, used as `use`) must name an entry whose tag is in
 * `mask`. The unusable slots (0, after a long/double) have tag 0 and never match. */
static int cp_want(Parser *p, uint16_t idx, uint32_t mask, size_t off, const char *use) {
  if (p->failed) return 0;
  if (idx == 0 || idx >= p->cf->cp_count) {
    fail(p, CF_ERR_FORMAT, off, "%s: constant pool index %u out of range (constant pool count %u)",
         use, idx, p->cf->cp_count);
    return 0;
  }
  unsigned tag = p->cf->cp[idx].tag;
  if (mask & M(tag)) return 1;
  char want[160];
  mask_names(mask, want, sizeof want);
  fail(p, CF_ERR_FORMAT, off, "%s: constant pool entry %u is %s, expected %s", use, idx,
       tag_name(tag), want);
  return 0;
}

static void cp_read_utf8(Parser *p, CfConst *c) {
  uint16_t n = rd_u2(p);
  size_t off = p->pos;
  const uint8_t *s = rd_bytes(p, n);
  if (!s) return;
  size_t bad = 0;
  const char *why = mutf8_walk(s, n, NULL, NULL, &bad);
  if (why) {
    fail(p, CF_ERR_FORMAT, off + bad, "malformed modified UTF-8 in Utf8 constant: %s (byte 0x%02X)",
         why, s[bad]);
    return;
  }
  char *copy = palloc(p, (size_t)n + 1, 1);
  if (!copy) return;
  memcpy(copy, s, n);
  c->u.utf8.s = copy;
  c->u.utf8.len = n;
}

/* Pass 1: read every entry in order, checking only what one entry can say about itself. */
static void cp_read(Parser *p) {
  ClassFile *cf = p->cf;
  at(p, "constant pool count", -1);
  size_t count_off = p->pos;
  uint16_t n = rd_u2(p);
  if (p->failed) return;
  if (n == 0) {
    fail(p, CF_ERR_FORMAT, count_off, "constant pool count is 0");
    return;
  }
  cf->cp_count = n;
  cf->cp = NEW_ARRAY(p, CfConst, n);
  p->cp_off = malloc(sizeof *p->cp_off * n);
  if (!p->cp_off) fail_nomem(p);
  for (uint32_t i = 1; i < n && !p->failed; i++) {
    at(p, "constant pool entry", (long)i);
    size_t off = p->pos;
    p->cp_off[i] = off;
    CfConst *c = &cf->cp[i];
    uint8_t tag = rd_u1(p);
    if (p->failed) return;
    if (tag >= TAG_LIMIT || !tags[tag].name) {
      fail(p, CF_ERR_FORMAT, off, "unknown constant pool tag %u", tag);
      return;
    }
    if (cf->major < tags[tag].since) {
      fail(p, CF_ERR_FORMAT, off, "%s constant needs class file version %u or later",
           tags[tag].name, tags[tag].since);
      return;
    }
    switch (tag) {
    case CF_UTF8: cp_read_utf8(p, c); break;
    case CF_INTEGER:
    case CF_FLOAT: {
      uint32_t bits = rd_u4(p);
      /* Exact-width types are two's complement and floats are IEEE: copy the bits. */
      if (tag == CF_INTEGER)
        memcpy(&c->u.i, &bits, sizeof bits);
      else
        memcpy(&c->u.f, &bits, sizeof bits);
      break;
    }
    case CF_LONG:
    case CF_DOUBLE: {
      if (i + 1 >= n) {
        fail(p, CF_ERR_FORMAT, off, "%s constant in the last constant pool slot (it takes two)",
             tags[tag].name);
        return;
      }
      uint64_t bits = rd_u8(p);
      if (tag == CF_LONG)
        memcpy(&c->u.l, &bits, sizeof bits);
      else
        memcpy(&c->u.d, &bits, sizeof bits);
      i++; /* the next slot stays tag 0: unusable */
      break;
    }
    case CF_CLASS:
    case CF_MODULE:
    case CF_PACKAGE: c->u.cls.name = rd_u2(p); break;
    case CF_STRING: c->u.string.str = rd_u2(p); break;
    case CF_FIELDREF:
    case CF_METHODREF:
    case CF_IMETHODREF:
      c->u.ref.cls = rd_u2(p);
      c->u.ref.nat = rd_u2(p);
      break;
    case CF_NAMEANDTYPE:
      c->u.nat.name = rd_u2(p);
      c->u.nat.desc = rd_u2(p);
      break;
    case CF_METHODHANDLE:
      c->u.mh.kind = rd_u1(p);
      c->u.mh.ref = rd_u2(p);
      if (!p->failed && (c->u.mh.kind < 1 || c->u.mh.kind > 9))
        fail(p, CF_ERR_FORMAT, off + 1, "invalid method handle kind %u (must be 1..9)",
             c->u.mh.kind);
      break;
    case CF_METHODTYPE: c->u.mt.desc = rd_u2(p); break;
    case CF_DYNAMIC:
    case CF_INVOKEDYNAMIC:
      c->u.dyn.bsm = rd_u2(p);
      c->u.dyn.nat = rd_u2(p);
      break;
    }
    c->tag = tag;
  }
}

/* The member reference a method handle of `kind` may point at (JVMS 4.4.8). */
static uint32_t mh_ref_mask(unsigned kind, unsigned major) {
  switch (kind) {
  case 1:
  case 2:
  case 3:
  case 4: return M(CF_FIELDREF);
  case 5:
  case 8: return M(CF_METHODREF);
  case 6:
  case 7: return M(CF_METHODREF) | (major >= 52 ? M(CF_IMETHODREF) : 0);
  default: return M(CF_IMETHODREF);
  }
}

/* Pass 2: every index inside an entry is in range and names an entry of the right tag. */
static void cp_link(Parser *p) {
  const ClassFile *cf = p->cf;
  for (uint32_t i = 1; i < cf->cp_count && !p->failed; i++) {
    const CfConst *c = &cf->cp[i];
    size_t off = p->cp_off[i];
    at(p, "constant pool entry", (long)i);
    switch (c->tag) {
    case CF_CLASS: cp_want(p, c->u.cls.name, M(CF_UTF8), off + 1, "class name"); break;
    case CF_MODULE: cp_want(p, c->u.cls.name, M(CF_UTF8), off + 1, "module name"); break;
    case CF_PACKAGE: cp_want(p, c->u.cls.name, M(CF_UTF8), off + 1, "package name"); break;
    case CF_STRING: cp_want(p, c->u.string.str, M(CF_UTF8), off + 1, "string"); break;
    case CF_FIELDREF:
    case CF_METHODREF:
    case CF_IMETHODREF:
      if (cp_want(p, c->u.ref.cls, M(CF_CLASS), off + 1, "member reference class"))
        cp_want(p, c->u.ref.nat, M(CF_NAMEANDTYPE), off + 3, "member reference name and type");
      break;
    case CF_NAMEANDTYPE:
      if (cp_want(p, c->u.nat.name, M(CF_UTF8), off + 1, "name"))
        cp_want(p, c->u.nat.desc, M(CF_UTF8), off + 3, "descriptor");
      break;
    case CF_METHODHANDLE:
      cp_want(p, c->u.mh.ref, mh_ref_mask(c->u.mh.kind, cf->major), off + 2,
              mh_kinds[c->u.mh.kind]);
      break;
    case CF_METHODTYPE: cp_want(p, c->u.mt.desc, M(CF_UTF8), off + 1, "method type"); break;
    case CF_DYNAMIC:
    case CF_INVOKEDYNAMIC:
      cp_want(p, c->u.dyn.nat, M(CF_NAMEANDTYPE), off + 3, "dynamic name and type");
      break;
    }
  }
}

/* The NameAndType's name and descriptor of a member reference or dynamic entry. */
static const CfConst *nat_of(const Parser *p, uint16_t nat_index) {
  return cpe(p, nat_index);
}

/* Method names a reference may use: <init> (returning void) or an ordinary name. */
static int method_ref_ok(const Parser *p, const CfConst *nat) {
  const char *name = cp_str(p, nat->u.nat.name), *desc = cp_str(p, nat->u.nat.desc);
  int is_void = 0;
  if (method_desc_slots(desc, cp_len(p, nat->u.nat.desc), &is_void) < 0) return 0;
  if (name[0] == '<') return strcmp(name, "<init>") == 0 && is_void;
  return unqualified_ok(name, cp_len(p, nat->u.nat.name), 1);
}

/* Pass 3: names and descriptors, now that every index is known to be good. */
static void cp_check_names(Parser *p) {
  const ClassFile *cf = p->cf;
  for (uint32_t i = 1; i < cf->cp_count && !p->failed; i++) {
    const CfConst *c = &cf->cp[i];
    size_t off = p->cp_off[i];
    at(p, "constant pool entry", (long)i);
    switch (c->tag) {
    case CF_CLASS:
      if (!class_name_ok(cp_str(p, c->u.cls.name), cp_len(p, c->u.cls.name)))
        fail(p, CF_ERR_FORMAT, off + 1, "illegal class name \"%s\"", cp_str(p, c->u.cls.name));
      break;
    case CF_FIELDREF:
    case CF_DYNAMIC: {
      const CfConst *nat = nat_of(p, c->tag == CF_FIELDREF ? c->u.ref.nat : c->u.dyn.nat);
      uint16_t nm = nat->u.nat.name, ds = nat->u.nat.desc;
      if (!unqualified_ok(cp_str(p, nm), cp_len(p, nm), 0) ||
          !field_desc_ok(cp_str(p, ds), cp_len(p, ds)))
        fail(p, CF_ERR_FORMAT, off + 3, "illegal field name or descriptor \"%s\" \"%s\"",
             cp_str(p, nm), cp_str(p, ds));
      break;
    }
    case CF_METHODREF:
    case CF_IMETHODREF: {
      const CfConst *nat = nat_of(p, c->u.ref.nat);
      if (!method_ref_ok(p, nat))
        fail(p, CF_ERR_FORMAT, off + 3, "illegal method name or descriptor \"%s\" \"%s\"",
             cp_str(p, nat->u.nat.name), cp_str(p, nat->u.nat.desc));
      break;
    }
    case CF_INVOKEDYNAMIC: {
      const CfConst *nat = nat_of(p, c->u.dyn.nat);
      uint16_t nm = nat->u.nat.name, ds = nat->u.nat.desc;
      if (!unqualified_ok(cp_str(p, nm), cp_len(p, nm), 1) ||
          method_desc_slots(cp_str(p, ds), cp_len(p, ds), NULL) < 0)
        fail(p, CF_ERR_FORMAT, off + 3, "illegal method name or descriptor \"%s\" \"%s\"",
             cp_str(p, nm), cp_str(p, ds));
      break;
    }
    case CF_METHODTYPE:
      if (method_desc_slots(cp_str(p, c->u.mt.desc), cp_len(p, c->u.mt.desc), NULL) < 0)
        fail(p, CF_ERR_FORMAT, off + 1, "illegal method descriptor \"%s\"",
             cp_str(p, c->u.mt.desc));
      break;
    case CF_METHODHANDLE: {
      /* Constructors only through REF_newInvokeSpecial, which must name one. */
      unsigned kind = c->u.mh.kind;
      if (kind < 5) break;
      const char *name = cp_str(p, nat_of(p, cpe(p, c->u.mh.ref)->u.ref.nat)->u.nat.name);
      int is_init = strcmp(name, "<init>") == 0;
      if (kind == 8 ? !is_init : name[0] == '<')
        fail(p, CF_ERR_FORMAT, off + 2, "%s method handle may not refer to method %s",
             mh_kinds[kind], name);
      break;
    }
    }
  }
}

/* ---- Attributes -------------------------------------------------------------------------- */

typedef struct Saved {
  size_t len;
  const char *attr;
} Saved;

/* Reads an attribute header and narrows the reader to its body, so nothing inside can read
 * into the next attribute. Returns the attribute's name, or NULL on error. */
static const char *attr_begin(Parser *p, Saved *saved) {
  size_t hdr = p->pos;
  uint16_t name_index = rd_u2(p);
  uint32_t alen = rd_u4(p);
  if (!cp_want(p, name_index, M(CF_UTF8), hdr, "attribute name")) return NULL;
  const char *name = cp_str(p, name_index);
  if (alen > p->len - p->pos) {
    fail(p, CF_ERR_FORMAT, hdr + 2, "attribute %s length %u runs past the end of the %s", name,
         alen, p->attr ? "enclosing attribute" : "class file");
    return NULL;
  }
  saved->len = p->len;
  saved->attr = p->attr;
  p->len = p->pos + alen;
  p->attr = name;
  at(p, NULL, -1);
  return name;
}

/* The attributes we parse must be exactly as long as their content. */
static void attr_end(Parser *p, const Saved *saved) {
  if (!p->failed && p->pos != p->len)
    fail(p, CF_ERR_FORMAT, p->pos, "attribute %s has %zu bytes left over after its content",
         p->attr, p->len - p->pos);
  p->len = saved->len;
  p->attr = saved->attr;
}

static void attr_skip(Parser *p) {
  p->pos = p->len;
}

static uint16_t attr_count(Parser *p) {
  at(p, "attributes count", -1);
  size_t off = p->pos;
  uint16_t n = rd_u2(p);
  return count_fits(p, n, 6, off, "attributes") ? n : 0;
}

/* A u2 count followed by that many u2 indices of entries tagged in `mask`. */
static uint16_t *read_index_list(Parser *p, uint16_t *count, uint32_t mask, const char *use) {
  at(p, "count", -1);
  size_t off = p->pos;
  uint16_t n = rd_u2(p);
  *count = 0;
  if (!count_fits(p, n, 2, off, use)) return NULL;
  uint16_t *list = NEW_ARRAY(p, uint16_t, n);
  for (uint32_t i = 0; i < n && !p->failed; i++) {
    at(p, use, (long)i);
    size_t ioff = p->pos;
    list[i] = rd_u2(p);
    cp_want(p, list[i], mask, ioff, use);
  }
  *count = n;
  return list;
}

/* ---- Bytecode scan ----------------------------------------------------------------------- */

typedef struct Scan {
  Parser *p;
  const CfCode *code;
  size_t base; /* file offset of code[0] */
} Scan;

static int scan_local(Scan *s, uint32_t pc, uint32_t index, unsigned slots, const char *op) {
  if (index + slots <= s->code->max_locals) return 1;
  fail(s->p, CF_ERR_FORMAT, s->base + pc, "%s uses local %u but max_locals is %u", op,
       index + slots - 1, s->code->max_locals);
  return 0;
}

/* The constant a cp-operand instruction names, after checking its tag. */
static const CfConst *scan_cp(Scan *s, uint32_t pc, uint16_t idx, uint32_t mask, const char *op) {
  return cp_want(s->p, idx, mask, s->base + pc, op) ? cpe(s->p, idx) : NULL;
}

static const char *ref_name(const Parser *p, const CfConst *ref) {
  return cp_str(p, nat_of(p, ref->u.ref.nat)->u.nat.name);
}

/* A Dynamic constant of type long or double takes two stack slots. */
static int dyn_is_wide(const Parser *p, const CfConst *dyn) {
  char t = cp_str(p, nat_of(p, dyn->u.dyn.nat)->u.nat.desc)[0];
  return t == 'J' || t == 'D';
}

/* Checks the operands of the instruction at pc (whose bytes are known to be inside the code)
 * other than branch offsets, which wait until every instruction start is known. */
static void scan_operands(Scan *s, uint32_t pc, const struct OpInfo *o) {
  Parser *p = s->p;
  const uint8_t *b = s->code->code + pc;
  unsigned major = p->cf->major;
  const CfConst *c;
  switch (o->kind) {
  case K_LDC: {
    uint16_t idx = o->len == 2 ? b[1] : be16(b + 1);
    uint32_t mask = M(CF_INTEGER) | M(CF_FLOAT) | M(CF_STRING) | M(CF_METHODHANDLE) |
                    M(CF_METHODTYPE) | M(CF_DYNAMIC) | (major >= 49 ? M(CF_CLASS) : 0);
    if (!(c = scan_cp(s, pc, idx, mask, o->name))) return;
    if (c->tag == CF_DYNAMIC && dyn_is_wide(p, c))
      fail(p, CF_ERR_FORMAT, s->base + pc, "%s of a long or double Dynamic constant", o->name);
    break;
  }
  case K_LDC2:
    if (!(c = scan_cp(s, pc, be16(b + 1), M(CF_LONG) | M(CF_DOUBLE) | M(CF_DYNAMIC), o->name)))
      return;
    if (c->tag == CF_DYNAMIC && !dyn_is_wide(p, c))
      fail(p, CF_ERR_FORMAT, s->base + pc, "%s of a single-slot Dynamic constant", o->name);
    break;
  case K_LOCAL1:
  case K_RET:
  case K_IINC: scan_local(s, pc, b[1], 1, o->name); break;
  case K_LOCAL2: scan_local(s, pc, b[1], 2, o->name); break;
  case K_IMPLICIT1: scan_local(s, pc, o->arg, 1, o->name); break;
  case K_IMPLICIT2: scan_local(s, pc, o->arg, 2, o->name); break;
  case K_JSR:
  case K_JSR_W:
    /* JVMS 4.9.1: the type-checking verifier era has no subroutines. */
    if (major >= 51)
      fail(p, CF_ERR_VERIFY, s->base + pc, "%s is not allowed in class file version %u", o->name,
           major);
    break;
  case K_FIELD: scan_cp(s, pc, be16(b + 1), M(CF_FIELDREF), o->name); break;
  case K_INVOKEVIRTUAL:
  case K_INVOKESTATIC:
  case K_INVOKESPECIAL:
  case K_INVOKEINTERFACE: {
    uint32_t mask = o->kind == K_INVOKEVIRTUAL     ? M(CF_METHODREF)
                    : o->kind == K_INVOKEINTERFACE ? M(CF_IMETHODREF)
                    : major >= 52                  ? M(CF_METHODREF) | M(CF_IMETHODREF)
                                                   : M(CF_METHODREF);
    if (!(c = scan_cp(s, pc, be16(b + 1), mask, o->name))) return;
    const char *name = ref_name(p, c);
    /* Constructors are reached only by invokespecial; <clinit> never by an instruction. */
    if (name[0] == '<' && (o->kind != K_INVOKESPECIAL || strcmp(name, "<init>") != 0)) {
      fail(p, CF_ERR_FORMAT, s->base + pc, "%s may not call %s", o->name, name);
      return;
    }
    if (o->kind == K_INVOKEINTERFACE) {
      const CfConst *nat = nat_of(p, c->u.ref.nat);
      long slots = method_desc_slots(cp_str(p, nat->u.nat.desc), cp_len(p, nat->u.nat.desc), NULL);
      if (b[3] != slots + 1 || b[4] != 0)
        fail(p, CF_ERR_VERIFY, s->base + pc,
             "invokeinterface count %u and trailing byte %u do not match %ld argument slots", b[3],
             b[4], slots);
    }
    break;
  }
  case K_INVOKEDYNAMIC:
    if (scan_cp(s, pc, be16(b + 1), M(CF_INVOKEDYNAMIC), o->name) && (b[3] | b[4]))
      fail(p, CF_ERR_VERIFY, s->base + pc, "invokedynamic bytes 3 and 4 must be zero");
    break;
  case K_NEW:
    if ((c = scan_cp(s, pc, be16(b + 1), M(CF_CLASS), o->name)) &&
        cp_str(p, c->u.cls.name)[0] == '[')
      fail(p, CF_ERR_FORMAT, s->base + pc, "new of array class %s", cp_str(p, c->u.cls.name));
    break;
  case K_CLASS:
    if (!(c = scan_cp(s, pc, be16(b + 1), M(CF_CLASS), o->name))) return;
    if (b[0] == 0xbd && strspn(cp_str(p, c->u.cls.name), "[") >= 255)
      fail(p, CF_ERR_FORMAT, s->base + pc, "anewarray would make more than 255 dimensions");
    break;
  case K_NEWARRAY:
    if (b[1] < 4 || b[1] > 11)
      fail(p, CF_ERR_VERIFY, s->base + pc, "newarray of invalid element type %u", b[1]);
    break;
  case K_MULTIANEWARRAY:
    if (!(c = scan_cp(s, pc, be16(b + 1), M(CF_CLASS), o->name))) return;
    if (b[3] == 0)
      fail(p, CF_ERR_VERIFY, s->base + pc, "multianewarray with 0 dimensions");
    else if (strspn(cp_str(p, c->u.cls.name), "[") < b[3])
      fail(p, CF_ERR_FORMAT, s->base + pc, "multianewarray of %u dimensions on class %s", b[3],
           cp_str(p, c->u.cls.name));
    break;
  }
}

/* Length of a tableswitch or lookupswitch at pc after its structural checks, or 0 on error.
 * Operands are 4-byte aligned relative to the start of the code. */
static uint32_t scan_switch(Scan *s, uint32_t pc, const struct OpInfo *o) {
  Parser *p = s->p;
  const uint8_t *code = s->code->code;
  uint32_t n = s->code->code_length;
  uint32_t a = (pc + 4) & ~3u; /* first operand byte */
  uint32_t fixed = o->kind == K_TABLESWITCH ? 12 : 8;
  if (a + fixed > n) {
    fail(p, CF_ERR_VERIFY, s->base + pc, "%s runs past the end of the code", o->name);
    return 0;
  }
  if (p->cf->major >= 51) {
    for (uint32_t i = pc + 1; i < a; i++) {
      if (code[i]) {
        fail(p, CF_ERR_VERIFY, s->base + pc, "%s has nonzero padding", o->name);
        return 0;
      }
    }
  }
  uint64_t entries, each;
  if (o->kind == K_TABLESWITCH) {
    int32_t low = s32(be32(code + a + 4)), high = s32(be32(code + a + 8));
    if (low > high) {
      fail(p, CF_ERR_VERIFY, s->base + pc, "tableswitch low %ld is greater than high %ld",
           (long)low, (long)high);
      return 0;
    }
    entries = (uint64_t)((int64_t)high - low + 1);
    each = 4;
  } else {
    int32_t npairs = s32(be32(code + a + 4));
    if (npairs < 0) {
      fail(p, CF_ERR_VERIFY, s->base + pc, "lookupswitch with negative npairs %ld", (long)npairs);
      return 0;
    }
    entries = (uint64_t)npairs;
    each = 8;
  }
  uint64_t end = (uint64_t)a + fixed + entries * each;
  if (end > n) {
    fail(p, CF_ERR_VERIFY, s->base + pc, "%s runs past the end of the code", o->name);
    return 0;
  }
  if (o->kind == K_LOOKUPSWITCH) {
    for (uint32_t i = 1; i < entries; i++) {
      if (s32(be32(code + a + 8 + 8 * i)) <= s32(be32(code + a + 8 * i))) {
        fail(p, CF_ERR_VERIFY, s->base + pc, "lookupswitch keys are not sorted");
        return 0;
      }
    }
  }
  return (uint32_t)end - pc;
}

static void scan_target(Scan *s, uint32_t pc, int64_t offset) {
  int64_t t = (int64_t)pc + offset;
  uint32_t n = s->code->code_length;
  if (t < 0 || t >= n)
    fail(s->p, CF_ERR_VERIFY, s->base + pc, "branch target %lld outside the code (length %u)",
         (long long)t, n);
  else if (!s->p->starts[t])
    fail(s->p, CF_ERR_VERIFY, s->base + pc, "branch target %lld is not the start of an instruction",
         (long long)t);
}

/* Every branch of the (already walked) instruction at pc lands on an instruction start. */
static void scan_branches(Scan *s, uint32_t pc) {
  const uint8_t *code = s->code->code;
  const struct OpInfo *o = &ops[code[pc]];
  switch (o->kind) {
  case K_BRANCH:
  case K_GOTO:
  case K_JSR: scan_target(s, pc, s16(be16(code + pc + 1))); break;
  case K_BRANCH_W:
  case K_GOTO_W:
  case K_JSR_W: scan_target(s, pc, s32(be32(code + pc + 1))); break;
  case K_TABLESWITCH:
  case K_LOOKUPSWITCH: {
    uint32_t a = (pc + 4) & ~3u;
    scan_target(s, pc, s32(be32(code + a)));
    /* tableswitch: default, low, high, offsets; lookupswitch: default, npairs, (key, offset). */
    int table = o->kind == K_TABLESWITCH;
    int64_t count = table ? (int64_t)s32(be32(code + a + 8)) - s32(be32(code + a + 4)) + 1
                          : s32(be32(code + a + 4));
    int64_t stride = table ? 4 : 8;
    for (int64_t i = 0; i < count && !s->p->failed; i++)
      scan_target(s, pc, s32(be32(code + a + 12 + i * stride)));
    break;
  }
  }
}

/* Walks the code once to find instruction starts and check operands, then checks branches.
 * Leaves p->starts describing this code for the exception table. */
static void scan_code(Parser *p, const CfCode *code, size_t base) {
  uint32_t n = code->code_length;
  if (p->starts_cap < (size_t)n + 1) {
    free(p->starts);
    p->starts = malloc((size_t)n + 1);
    p->starts_cap = p->starts ? (size_t)n + 1 : 0;
    if (!p->starts) {
      fail_nomem(p);
      return;
    }
  }
  memset(p->starts, 0, (size_t)n + 1);
  Scan s = {p, code, base};
  uint32_t pc = 0, last = 0;
  int falls_through = 1;
  while (pc < n && !p->failed) {
    at(p, "pc", (long)pc);
    p->starts[pc] = 1;
    last = pc;
    const uint8_t *b = code->code + pc;
    const struct OpInfo *o = &ops[b[0]];
    if (!o->name) {
      fail(p, CF_ERR_VERIFY, base + pc, "unknown opcode 0x%02X", b[0]);
      return;
    }
    uint32_t len = o->len;
    if (o->kind == K_TABLESWITCH || o->kind == K_LOOKUPSWITCH) {
      if (!(len = scan_switch(&s, pc, o))) return;
    } else if (o->kind == K_WIDE) {
      if (n - pc < 2) {
        fail(p, CF_ERR_VERIFY, base + pc, "wide runs past the end of the code");
        return;
      }
      const struct OpInfo *w = &ops[b[1]];
      unsigned k = w->name ? w->kind : 0;
      if (k != K_LOCAL1 && k != K_LOCAL2 && k != K_RET && k != K_IINC) {
        fail(p, CF_ERR_VERIFY, base + pc, "wide applied to %s", w->name ? w->name : "bad opcode");
        return;
      }
      len = k == K_IINC ? 6 : 4;
      if (len > n - pc) {
        fail(p, CF_ERR_VERIFY, base + pc, "wide %s runs past the end of the code", w->name);
        return;
      }
      scan_local(&s, pc, be16(b + 2), k == K_LOCAL2 ? 2 : 1, w->name);
      o = w;
    } else if (len > n - pc) {
      fail(p, CF_ERR_VERIFY, base + pc, "%s runs past the end of the code (%u bytes, %u left)",
           o->name, len, n - pc);
      return;
    } else {
      scan_operands(&s, pc, o);
    }
    falls_through = !(o->kind == K_END || o->kind == K_GOTO || o->kind == K_GOTO_W ||
                      o->kind == K_RET || o->kind == K_TABLESWITCH || o->kind == K_LOOKUPSWITCH);
    pc += len;
  }
  if (p->failed) return;
  if (falls_through) {
    at(p, "pc", (long)last);
    fail(p, CF_ERR_VERIFY, base + last, "execution falls off the end of the code");
    return;
  }
  for (pc = 0; pc < n && !p->failed; pc++) {
    if (!p->starts[pc]) continue;
    at(p, "pc", (long)pc);
    scan_branches(&s, pc);
  }
}

/* ---- Code attribute ---------------------------------------------------------------------- */

static void parse_exception_table(Parser *p, CfCode *c) {
  at(p, "exception table count", -1);
  size_t off = p->pos;
  uint16_t n = rd_u2(p);
  if (!count_fits(p, n, 8, off, "exception table")) return;
  c->exception_count = n;
  c->exceptions = NEW_ARRAY(p, CfExceptionEntry, n);
  uint32_t len = c->code_length;
  for (uint32_t i = 0; i < n && !p->failed; i++) {
    at(p, "exception table entry", (long)i);
    size_t eoff = p->pos;
    CfExceptionEntry *e = &c->exceptions[i];
    e->start_pc = rd_u2(p);
    e->end_pc = rd_u2(p);
    e->handler_pc = rd_u2(p);
    e->catch_type = rd_u2(p);
    if (p->failed) return;
    if (!(e->start_pc < e->end_pc && e->end_pc <= len))
      fail(p, CF_ERR_FORMAT, eoff, "invalid exception range [%u, %u) for code length %u",
           e->start_pc, e->end_pc, len);
    else if (e->handler_pc >= len)
      fail(p, CF_ERR_FORMAT, eoff + 4, "exception handler %u outside the code (length %u)",
           e->handler_pc, len);
    else if (e->catch_type && !cp_want(p, e->catch_type, M(CF_CLASS), eoff + 6, "catch type"))
      return;
    else if (!p->starts[e->start_pc] || !(e->end_pc == len || p->starts[e->end_pc]))
      fail(p, CF_ERR_VERIFY, eoff, "exception range [%u, %u) does not fall on instructions",
           e->start_pc, e->end_pc);
    else if (!p->starts[e->handler_pc])
      fail(p, CF_ERR_VERIFY, eoff + 4, "exception handler %u is not the start of an instruction",
           e->handler_pc);
  }
}

/* Appends one LineNumberTable; several are legal, so the array grows geometrically. */
static void parse_line_numbers(Parser *p, CfCode *c, uint16_t *cap) {
  at(p, "line number count", -1);
  size_t off = p->pos;
  uint16_t n = rd_u2(p);
  if (!count_fits(p, n, 4, off, "line number")) return;
  uint32_t total = (uint32_t)c->line_count + n;
  if (total > UINT16_MAX) {
    fail(p, CF_ERR_FORMAT, off, "more than 65535 line numbers");
    return;
  }
  if (total > *cap) {
    uint32_t grown = *cap * 2u > total ? *cap * 2u : total;
    if (grown > UINT16_MAX) grown = UINT16_MAX;
    CfLineNumber *lines = NEW_ARRAY(p, CfLineNumber, grown);
    if (p->failed) return;
    if (c->line_count) memcpy(lines, c->lines, sizeof *lines * c->line_count);
    c->lines = lines;
    *cap = (uint16_t)grown;
  }
  for (uint32_t i = 0; i < n && !p->failed; i++) {
    at(p, "line number entry", (long)i);
    size_t eoff = p->pos;
    CfLineNumber *ln = &c->lines[c->line_count];
    ln->start_pc = rd_u2(p);
    ln->line = rd_u2(p);
    if (p->failed) return;
    if (ln->start_pc >= c->code_length) {
      fail(p, CF_ERR_FORMAT, eoff, "line number start_pc %u outside the code (length %u)",
           ln->start_pc, c->code_length);
      return;
    }
    c->line_count++;
  }
}

static CfCode *parse_code(Parser *p, const CfMethod *m) {
  CfCode *c = NEW_ARRAY(p, CfCode, 1);
  if (!c) return NULL;
  at(p, "max_stack", -1);
  c->max_stack = rd_u2(p);
  at(p, "max_locals", -1);
  size_t locals_off = p->pos;
  c->max_locals = rd_u2(p);
  at(p, "code_length", -1);
  size_t len_off = p->pos;
  uint32_t len = rd_u4(p);
  if (p->failed) return NULL;
  int is_static = (m->access & ACC_STATIC) != 0;
  long args = method_desc_slots(m->desc, strlen(m->desc), NULL) + !is_static;
  if (args > c->max_locals) {
    fail(p, CF_ERR_VERIFY, locals_off, "arguments (%ld slots) do not fit in max_locals %u", args,
         c->max_locals);
    return NULL;
  }
  if (len == 0 || len > 65535) {
    fail(p, CF_ERR_FORMAT, len_off, "invalid code_length %lu (must be 1..65535)",
         (unsigned long)len);
    return NULL;
  }
  at(p, "code", -1);
  size_t base = p->pos;
  const uint8_t *bytes = rd_bytes(p, len);
  uint8_t *copy = palloc(p, len, 1);
  if (!bytes || !copy) return NULL;
  memcpy(copy, bytes, len);
  c->code = copy;
  c->code_length = len;
  scan_code(p, c, base);
  parse_exception_table(p, c);
  uint16_t n = attr_count(p), line_cap = 0;
  for (uint32_t i = 0; i < n && !p->failed; i++) {
    at(p, "attribute", (long)i);
    Saved saved;
    const char *name = attr_begin(p, &saved);
    if (!name) return NULL;
    if (strcmp(name, "LineNumberTable") == 0)
      parse_line_numbers(p, c, &line_cap);
    else
      attr_skip(p);
    attr_end(p, &saved);
  }
  return p->failed ? NULL : c;
}

/* ---- Fields and methods ------------------------------------------------------------------ */

/* The constant a static field's ConstantValue may name, by the field's type. */
static uint32_t constant_mask_for(const char *desc) {
  switch (desc[0]) {
  case 'B':
  case 'C':
  case 'I':
  case 'S':
  case 'Z': return M(CF_INTEGER);
  case 'J': return M(CF_LONG);
  case 'F': return M(CF_FLOAT);
  case 'D': return M(CF_DOUBLE);
  default: return strcmp(desc, "Ljava/lang/String;") == 0 ? M(CF_STRING) : 0;
  }
}

/* access, name_index, descriptor_index: the start shared by fields and methods. */
static int parse_member_head(Parser *p, uint16_t *access, const char **name, const char **desc,
                             int method) {
  *access = rd_u2(p);
  size_t off = p->pos;
  uint16_t ni = rd_u2(p), di = rd_u2(p);
  if (!cp_want(p, ni, M(CF_UTF8), off, "name") ||
      !cp_want(p, di, M(CF_UTF8), off + 2, "descriptor"))
    return 0;
  *name = cp_str(p, ni);
  *desc = cp_str(p, di);
  int name_ok, desc_ok;
  if (method) {
    int is_void = 0, special = (*name)[0] == '<';
    long slots = method_desc_slots(*desc, cp_len(p, di), &is_void);
    desc_ok = slots >= 0 && slots + !(*access & ACC_STATIC) <= 255;
    name_ok = special ? strcmp(*name, "<clinit>") == 0 || (strcmp(*name, "<init>") == 0 && is_void)
                      : unqualified_ok(*name, cp_len(p, ni), 1);
  } else {
    desc_ok = field_desc_ok(*desc, cp_len(p, di));
    name_ok = unqualified_ok(*name, cp_len(p, ni), 0);
  }
  if (!name_ok || !desc_ok) {
    fail(p, CF_ERR_FORMAT, off, "illegal %s name or descriptor \"%s\" \"%s\"", p->member, *name,
         *desc);
    return 0;
  }
  p->member_name = *name;
  p->member_desc = *desc;
  return 1;
}

static void parse_fields(Parser *p) {
  ClassFile *cf = p->cf;
  at(p, "fields count", -1);
  size_t off = p->pos;
  uint16_t n = rd_u2(p);
  if (!count_fits(p, n, 8, off, "field")) return;
  cf->fields = NEW_ARRAY(p, CfField, n);
  cf->field_count = n;
  for (uint32_t i = 0; i < n && !p->failed; i++) {
    enter_member(p, "field", (long)i);
    CfField *f = &cf->fields[i];
    if (!parse_member_head(p, &f->access, &f->name, &f->desc, 0)) return;
    uint16_t na = attr_count(p);
    for (uint32_t j = 0; j < na && !p->failed; j++) {
      at(p, "attribute", (long)j);
      Saved saved;
      const char *name = attr_begin(p, &saved);
      if (!name) return;
      /* Like HotSpot, ConstantValue means something only on static fields. */
      if ((f->access & ACC_STATIC) && strcmp(name, "ConstantValue") == 0) {
        size_t voff = p->pos;
        uint16_t v = rd_u2(p);
        if (f->constant_value)
          fail(p, CF_ERR_FORMAT, voff, "duplicate ConstantValue attribute");
        else if (!constant_mask_for(f->desc))
          fail(p, CF_ERR_FORMAT, voff, "ConstantValue on a field of type %s", f->desc);
        else if (cp_want(p, v, constant_mask_for(f->desc), voff, "constant value"))
          f->constant_value = v;
      } else {
        attr_skip(p);
      }
      attr_end(p, &saved);
    }
  }
  enter_member(p, NULL, -1);
}

static void parse_methods(Parser *p) {
  ClassFile *cf = p->cf;
  at(p, "methods count", -1);
  size_t off = p->pos;
  uint16_t n = rd_u2(p);
  if (!count_fits(p, n, 8, off, "method")) return;
  cf->methods = NEW_ARRAY(p, CfMethod, n);
  cf->method_count = n;
  for (uint32_t i = 0; i < n && !p->failed; i++) {
    enter_member(p, "method", (long)i);
    CfMethod *m = &cf->methods[i];
    size_t moff = p->pos;
    if (!parse_member_head(p, &m->access, &m->name, &m->desc, 1)) return;
    int seen_exceptions = 0;
    uint16_t na = attr_count(p);
    for (uint32_t j = 0; j < na && !p->failed; j++) {
      at(p, "attribute", (long)j);
      Saved saved;
      size_t aoff = p->pos;
      const char *name = attr_begin(p, &saved);
      if (!name) return;
      if (strcmp(name, "Code") == 0) {
        if (m->code)
          fail(p, CF_ERR_FORMAT, aoff, "duplicate Code attribute");
        else if (m->access & (ACC_NATIVE | ACC_ABSTRACT))
          fail(p, CF_ERR_FORMAT, aoff, "Code attribute in a native or abstract method");
        else
          m->code = parse_code(p, m);
      } else if (strcmp(name, "Exceptions") == 0) {
        if (seen_exceptions++)
          fail(p, CF_ERR_FORMAT, aoff, "duplicate Exceptions attribute");
        else
          m->exceptions = read_index_list(p, &m->exception_count, M(CF_CLASS), "exception");
      } else {
        attr_skip(p);
      }
      attr_end(p, &saved);
    }
    if (!p->failed && !m->code && !(m->access & (ACC_NATIVE | ACC_ABSTRACT))) {
      at(p, NULL, -1);
      fail(p, CF_ERR_FORMAT, moff,
           "missing Code attribute in a method that is not native or abstract");
    }
  }
  enter_member(p, NULL, -1);
}

/* ---- Class attributes -------------------------------------------------------------------- */

static void parse_bootstraps(Parser *p) {
  ClassFile *cf = p->cf;
  at(p, "bootstrap method count", -1);
  size_t off = p->pos;
  uint16_t n = rd_u2(p);
  if (!count_fits(p, n, 4, off, "bootstrap method")) return;
  cf->bootstraps = NEW_ARRAY(p, CfBootstrap, n);
  for (uint32_t i = 0; i < n && !p->failed; i++) {
    at(p, "bootstrap method", (long)i);
    CfBootstrap *bs = &cf->bootstraps[i];
    size_t boff = p->pos;
    bs->method = rd_u2(p);
    if (!cp_want(p, bs->method, M(CF_METHODHANDLE), boff, "bootstrap method")) return;
    bs->args = read_index_list(p, &bs->arg_count, LOADABLE, "bootstrap argument");
  }
  cf->bootstrap_count = n;
}

static void parse_record(Parser *p) {
  ClassFile *cf = p->cf;
  at(p, "record component count", -1);
  size_t off = p->pos;
  uint16_t n = rd_u2(p);
  if (!count_fits(p, n, 6, off, "record component")) return;
  cf->record = NEW_ARRAY(p, CfRecordComponent, n);
  for (uint32_t i = 0; i < n && !p->failed; i++) {
    at(p, "record component", (long)i);
    size_t coff = p->pos;
    uint16_t ni = rd_u2(p), di = rd_u2(p);
    if (!cp_want(p, ni, M(CF_UTF8), coff, "record component name") ||
        !cp_want(p, di, M(CF_UTF8), coff + 2, "record component descriptor"))
      return;
    if (!unqualified_ok(cp_str(p, ni), cp_len(p, ni), 0) ||
        !field_desc_ok(cp_str(p, di), cp_len(p, di))) {
      fail(p, CF_ERR_FORMAT, coff, "illegal record component name or descriptor \"%s\" \"%s\"",
           cp_str(p, ni), cp_str(p, di));
      return;
    }
    cf->record[i].name = cp_str(p, ni);
    cf->record[i].desc = cp_str(p, di);
    uint16_t na = attr_count(p);
    for (uint32_t j = 0; j < na && !p->failed; j++) {
      Saved saved;
      if (!attr_begin(p, &saved)) return;
      attr_skip(p);
      attr_end(p, &saved);
    }
  }
  cf->record_count = n;
  cf->is_record = 1;
}

/* Attributes newer than the class file are ignored, as HotSpot does (JVMS 4.7, table 4.7-B). */
static void parse_class_attributes(Parser *p) {
  ClassFile *cf = p->cf;
  unsigned seen = 0;
  enum { SOURCE = 1, BOOTSTRAP = 2, NESTHOST = 4, NESTMEMBERS = 8, RECORD = 16 };
  uint16_t n = attr_count(p);
  for (uint32_t i = 0; i < n && !p->failed; i++) {
    at(p, "attribute", (long)i);
    size_t aoff = p->pos;
    Saved saved;
    const char *name = attr_begin(p, &saved);
    if (!name) return;
    unsigned which = strcmp(name, "SourceFile") == 0                            ? SOURCE
                     : cf->major >= 51 && strcmp(name, "BootstrapMethods") == 0 ? BOOTSTRAP
                     : cf->major >= 55 && strcmp(name, "NestHost") == 0         ? NESTHOST
                     : cf->major >= 55 && strcmp(name, "NestMembers") == 0      ? NESTMEMBERS
                     : cf->major >= 60 && strcmp(name, "Record") == 0           ? RECORD
                                                                                : 0;
    if (which & seen) {
      fail(p, CF_ERR_FORMAT, aoff, "duplicate %s attribute", name);
      return;
    }
    seen |= which;
    size_t voff = p->pos;
    uint16_t idx;
    switch (which) {
    case SOURCE:
      idx = rd_u2(p);
      if (cp_want(p, idx, M(CF_UTF8), voff, "source file")) cf->source_file = cp_str(p, idx);
      break;
    case BOOTSTRAP: parse_bootstraps(p); break;
    case NESTHOST:
      idx = rd_u2(p);
      if (cp_want(p, idx, M(CF_CLASS), voff, "nest host"))
        cf->nest_host = cp_str(p, cpe(p, idx)->u.cls.name);
      break;
    case NESTMEMBERS: {
      uint16_t *list = read_index_list(p, &cf->nest_member_count, M(CF_CLASS), "nest member");
      cf->nest_members = NEW_ARRAY(p, const char *, cf->nest_member_count);
      for (uint32_t k = 0; k < cf->nest_member_count && !p->failed; k++)
        cf->nest_members[k] = cp_str(p, cpe(p, list[k])->u.cls.name);
      break;
    }
    case RECORD: parse_record(p); break;
    default: attr_skip(p); break;
    }
    attr_end(p, &saved);
  }
  if (!p->failed && (seen & NESTHOST) && (seen & NESTMEMBERS)) {
    at(p, NULL, -1);
    fail(p, CF_ERR_FORMAT, p->pos, "conflicting NestHost and NestMembers attributes");
  }
}

/* Dynamic and InvokeDynamic entries name a bootstrap method, known only at the end. */
static void check_bootstrap_indices(Parser *p) {
  const ClassFile *cf = p->cf;
  for (uint32_t i = 1; i < cf->cp_count && !p->failed; i++) {
    const CfConst *c = &cf->cp[i];
    if ((c->tag == CF_DYNAMIC || c->tag == CF_INVOKEDYNAMIC) &&
        c->u.dyn.bsm >= cf->bootstrap_count) {
      at(p, "constant pool entry", (long)i);
      fail(p, CF_ERR_FORMAT, p->cp_off[i] + 1,
           "bootstrap method index %u out of range (%u bootstrap methods)", c->u.dyn.bsm,
           cf->bootstrap_count);
    }
  }
}

/* ---- Class file -------------------------------------------------------------------------- */

static void fail_version(Parser *p, unsigned major, unsigned minor) {
  p->failed = 1;
  p->err->kind = CF_ERR_UNSUPPORTED_VERSION;
  p->err->offset = 6;
  const char *name = class_label(p);
  /* HotSpot's wording, so that java.lang.UnsupportedClassVersionError reads the same. */
  if (major > MAX_MAJOR)
    snprintf(p->err->message, sizeof p->err->message,
             "%s has been compiled by a more recent version of the Java Runtime (class file "
             "version %u.%u), this version of the Java Runtime only recognizes class file "
             "versions up to %u.0",
             name, major, minor, MAX_MAJOR);
  else
    snprintf(p->err->message, sizeof p->err->message,
             "%s (class file version %u.%u) was compiled with an invalid major version", name,
             major, minor);
}

static void parse_class(Parser *p) {
  ClassFile *cf = p->cf;
  at(p, "magic", -1);
  uint32_t magic = rd_u4(p);
  if (!p->failed && magic != 0xCAFEBABEu)
    fail(p, CF_ERR_FORMAT, 0, "bad magic number 0x%08lX (expected 0xCAFEBABE)",
         (unsigned long)magic);
  at(p, "version", -1);
  cf->minor = rd_u2(p);
  cf->major = rd_u2(p);
  if (p->failed) return;
  if (cf->major < MIN_MAJOR || cf->major > MAX_MAJOR) {
    fail_version(p, cf->major, cf->minor);
    return;
  }
  cp_read(p);
  cp_link(p);
  cp_check_names(p);
  if (p->failed) return;

  at(p, "access flags", -1);
  cf->access = rd_u2(p);
  at(p, "this_class", -1);
  size_t off = p->pos;
  uint16_t this_index = rd_u2(p);
  if (!cp_want(p, this_index, M(CF_CLASS), off, "this_class")) return;
  const char *this_name = cp_str(p, cpe(p, this_index)->u.cls.name);
  if (this_name[0] == '[') {
    fail(p, CF_ERR_FORMAT, off, "this_class is the array type %s", this_name);
    return;
  }
  cf->this_name = this_name; /* from here on, messages name the class */

  at(p, "super_class", -1);
  off = p->pos;
  uint16_t super_index = rd_u2(p);
  if (p->failed) return;
  if (super_index == 0) {
    /* Only Object has no superclass; module-info declares none either (JVMS 4.1). */
    if (strcmp(this_name, "java/lang/Object") != 0 && !(cf->access & ACC_MODULE)) {
      fail(p, CF_ERR_FORMAT, off, "super_class is 0 but only java/lang/Object has no superclass");
      return;
    }
  } else {
    if (!cp_want(p, super_index, M(CF_CLASS), off, "super_class")) return;
    cf->super_name = cp_str(p, cpe(p, super_index)->u.cls.name);
    if (cf->super_name[0] == '[' ||
        ((cf->access & ACC_INTERFACE) && strcmp(cf->super_name, "java/lang/Object") != 0)) {
      fail(p, CF_ERR_FORMAT, off, "invalid superclass %s", cf->super_name);
      return;
    }
  }

  at(p, "interfaces count", -1);
  off = p->pos;
  uint16_t n = rd_u2(p);
  if (!count_fits(p, n, 2, off, "interface")) return;
  cf->interfaces = NEW_ARRAY(p, const char *, n);
  cf->interface_count = n;
  for (uint32_t i = 0; i < n && !p->failed; i++) {
    at(p, "interface", (long)i);
    off = p->pos;
    uint16_t idx = rd_u2(p);
    if (cp_want(p, idx, M(CF_CLASS), off, "interface"))
      cf->interfaces[i] = cp_str(p, cpe(p, idx)->u.cls.name);
  }

  parse_fields(p);
  parse_methods(p);
  parse_class_attributes(p);
  check_bootstrap_indices(p);
  if (!p->failed && p->pos != p->file_len) {
    at(p, NULL, -1);
    fail(p, CF_ERR_FORMAT, p->pos, "%zu extra bytes at the end of the class file",
         p->file_len - p->pos);
  }
}

ClassFile *cf_parse(const uint8_t *bytes, size_t len, const char *name_hint, CfError *err) {
  CfError scratch;
  if (!err) err = &scratch;
  err->kind = CF_ERR_FORMAT;
  err->offset = 0;
  err->message[0] = 0;
  if (!bytes) len = 0;
  Parser p = {.b = bytes, .len = len, .file_len = len, .err = err, .hint = name_hint, .index = -1};
  p.arena = arena_new(len);
  p.cf = p.arena ? arena_alloc(p.arena, sizeof *p.cf, alignof(ClassFile)) : NULL;
  if (!p.cf) {
    fail_nomem(&p);
    arena_free(p.arena);
    return NULL;
  }
  memset(p.cf, 0, sizeof *p.cf);
  p.cf->arena_ = p.arena;
  parse_class(&p);
  free(p.cp_off);
  free(p.starts);
  if (p.failed) {
    arena_free(p.arena);
    return NULL;
  }
  return p.cf;
}

void cf_free(ClassFile *cf) {
  if (cf) arena_free(cf->arena_);
}

const char *cf_utf8(const ClassFile *cf, uint16_t index) {
  if (!cf || index >= cf->cp_count || cf->cp[index].tag != CF_UTF8) return NULL;
  return cf->cp[index].u.utf8.s;
}

const char *cf_class_name(const ClassFile *cf, uint16_t index) {
  if (!cf || index >= cf->cp_count || cf->cp[index].tag != CF_CLASS) return NULL;
  return cf_utf8(cf, cf->cp[index].u.cls.name);
}
