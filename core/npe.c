/* npe.c — HotSpot's helpful NullPointerException messages (JEP 358), reproduced exactly.
 *
 * A message names the failed action, from the faulting instruction ("Cannot read field
 * "next""), then, when it can, what was null ("because "<local1>.left" is null"). HotSpot
 * finds the latter by simulating the method's operand stack: for each instruction, the stack
 * before it records which instruction pushed each slot (or none, where paths disagree) and
 * which locals were stored to. The producer of the null slot is then described, following
 * field loads and array loads back through the producers of their operands.
 *
 * The simulation follows HotSpot's (interpreter/bytecodeUtils.cpp) step by step, including
 * where it is not a fixed point, because every departure prints a text `java` does not:
 *  - it sweeps the code in address order and stops as soon as the instruction just before
 *    the faulting one has been simulated and the faulting one has a stack, so a loop's back
 *    edge is often not seen (a parameter stored to later in the loop still reads
 *    "<parameter1>");
 *  - a sweep only repeats while it created a stack somewhere new;
 *  - the merged stack of one successor is what flows on to the next successor (fall-through
 *    first, then the branch target, then switch cases), and a switch also flows into the
 *    instruction after it;
 *  - an exception handler starts with the caught exception and no local stored to.
 * It runs on the original bytecode in the class file, never on the interpreter's quickened
 * copy. Limits HotSpot lacks (work, memory, depth of a description) only stop code no
 * compiler emits; the message then ends after the action.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "npe.h"
#include "opcodes.h"

enum {
  NO_BCI = 0x1ffff,       /* the slot has no single producer */
  MAX_DETAIL = 5,         /* levels of a description, as HotSpot */
  MAX_ENTRIES = 1000000,  /* HotSpot stops analysing after this many stack slots */
  HARD_ENTRIES = 1 << 22, /* memory cap for malformed code (16 MB of slots) */
  WORK_BUDGET = 1 << 25,  /* steps and slot copies; the JDK's worst method needs 2M */
  MAX_TASKS = 512,        /* pending pieces of one description */
  SLOT_EXPLICIT = -2,     /* `new NullPointerException()`: no message */
  SLOT_NONE = -1,         /* the instruction cannot dereference: no message */
};

/* ---- The simulated operand stack ----------------------------------------------------------
 *
 *   A slot is the producer's bci and the kind of value it pushed:
 *   +-------------+---------------------+
 *   | kind (2)    | bci (17, or NO_BCI) |
 *   +-------------+---------------------+
 *   The kind stands in for HotSpot's BasicType: two slots merge to the same producer only
 *   when bci and kind agree; a long or double is two slots with the same producer.
 */
typedef uint32_t Val;
enum { K_REF, K_CAT1, K_CAT2, K_CONFLICT, K_VOID /* pushes nothing */ };
#define VAL(bci, kind) ((Val)(kind) << 17 | (Val)(bci))
#define VAL_BCI(v)     ((v)&NO_BCI)
#define VAL_KIND(v)    ((v) >> 17)

typedef struct Stack {
  uint64_t written; /* bit i: local i stored to on some path here (locals > 63 always count) */
  uint32_t depth;
  Val v[]; /* v[0] is the bottom */
} Stack;

typedef struct Analysis {
  const ClassFile *cf;
  const CfMethod *cm;
  const uint8_t *code;
  uint32_t len;
  uint32_t pc;    /* the faulting instruction */
  Stack **stacks; /* len + 1 entries, NULL until reached */
  Stack *work;    /* the instruction being simulated; room for cap slots */
  uint32_t cap;
  uint64_t entries, allocated, work_done;
  bool added_one, all_processed;
  bool broken; /* malformed code or a limit reached: describe nothing */
} Analysis;

static uint16_t rd_u2(const uint8_t *p) {
  return (uint16_t)(p[0] << 8 | p[1]);
}
static int32_t rd_s4(const uint8_t *p) {
  return (int32_t)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]);
}

static const uint8_t op_length[256] = {
#define NPE_OP_LEN(name, value, len) [value] = len,
    DJ_OPCODES(NPE_OP_LEN)
#undef NPE_OP_LEN
};

/* Length of the instruction at bci, or 0 if it is not a JVM instruction lying wholly inside
 * the code. */
static uint32_t insn_length(const uint8_t *code, uint32_t len, uint32_t bci) {
  if (bci >= len) return 0;
  uint8_t op = code[bci];
  uint64_t n;
  if (op > OP_jsr_w) return 0; /* breakpoint and djsim's quick forms never occur in a file */
  if (op == OP_wide) {
    if (bci + 1 >= len) return 0;
    uint8_t w = code[bci + 1];
    if (w == OP_iinc)
      n = 6;
    else if ((w >= OP_iload && w <= OP_aload) || (w >= OP_istore && w <= OP_astore) || w == OP_ret)
      n = 4;
    else
      return 0;
  } else if (op == OP_tableswitch || op == OP_lookupswitch) {
    uint64_t base = (bci + 4u) & ~3u; /* operands are 4-aligned from the code's start */
    if (base + 12 > len) return 0;
    if (op == OP_tableswitch) {
      int64_t low = rd_s4(code + base + 4), high = rd_s4(code + base + 8);
      if (high < low) return 0;
      n = base + 12 + 4 * (uint64_t)(high - low + 1) - bci;
    } else {
      int32_t pairs = rd_s4(code + base + 4);
      if (pairs < 0) return 0;
      n = base + 8 + 8 * (uint64_t)pairs - bci;
    }
  } else {
    n = op_length[op];
  }
  return n && bci + n <= len ? (uint32_t)n : 0;
}

/* The class, name and descriptor of the reference at constant-pool index i: a field or
 * method reference, or (without a class) an invokedynamic or dynamic constant. */
static bool cp_ref(const ClassFile *cf, uint32_t i, const char **cls, const char **name,
                   const char **desc) {
  if (i == 0 || i >= cf->cp_count) return false;
  const CfConst *c = &cf->cp[i];
  uint16_t nat;
  *cls = NULL;
  if (c->tag == CF_FIELDREF || c->tag == CF_METHODREF || c->tag == CF_IMETHODREF) {
    *cls = cf_class_name(cf, c->u.ref.cls);
    if (!*cls) return false;
    nat = c->u.ref.nat;
  } else if (c->tag == CF_INVOKEDYNAMIC || c->tag == CF_DYNAMIC) {
    nat = c->u.dyn.nat;
  } else {
    return false;
  }
  if (nat == 0 || nat >= cf->cp_count || cf->cp[nat].tag != CF_NAMEANDTYPE) return false;
  *name = cf_utf8(cf, cf->cp[nat].u.nat.name);
  *desc = cf_utf8(cf, cf->cp[nat].u.nat.desc);
  return *name && *desc;
}

static unsigned kind_of(char type) {
  switch (type) {
  case 'J':
  case 'D': return K_CAT2;
  case 'L':
  case '[': return K_REF;
  case 'V': return K_VOID;
  default: return K_CAT1;
  }
}

/* Slots taken by a method descriptor's arguments (without a receiver) and the kind of its
 * result. */
static bool method_shape(const char *desc, uint32_t *arg_slots, unsigned *ret) {
  const char *p = desc;
  uint32_t n = 0;
  if (*p++ != '(') return false;
  while (*p != ')') {
    char c = *p;
    while (*p == '[') p++;
    if (*p == 'L') {
      p = strchr(p, ';');
      if (!p) return false;
    } else if (!*p || !strchr("BCDFIJSZ", *p)) {
      return false;
    }
    p++;
    n += c == 'J' || c == 'D' ? 2 : 1;
  }
  *arg_slots = n;
  *ret = kind_of(p[1]);
  return p[1] != 0;
}

/* ---- Simulation of one instruction ------------------------------------------------------- */

static bool charge(Analysis *a, uint32_t slots) {
  a->work_done += slots + 1u;
  if (a->work_done > WORK_BUDGET) a->broken = true;
  return !a->broken;
}

static void pop(Analysis *a, uint32_t n) {
  if (a->work->depth < n) {
    a->broken = true;
    return;
  }
  a->work->depth -= n;
}

static void push_val(Analysis *a, Val v) {
  if (a->work->depth >= a->cap) {
    a->broken = true;
    return;
  }
  a->work->v[a->work->depth++] = v;
}

/* A value the instruction at bci produced: nothing, one slot, or two for a long or double. */
static void push(Analysis *a, uint32_t bci, unsigned kind) {
  if (kind == K_VOID) return;
  push_val(a, VAL(bci, kind));
  if (kind == K_CAT2) push_val(a, VAL(bci, kind));
}

/* Slot i from the top (0 = top) of the stack being simulated. */
static Val top(Analysis *a, uint32_t i) {
  if (i >= a->work->depth) {
    a->broken = true;
    return VAL(NO_BCI, K_CONFLICT);
  }
  return a->work->v[a->work->depth - 1 - i];
}

static void set_written(Analysis *a, uint32_t local) {
  if (local < 64) a->work->written |= (uint64_t)1 << local;
}

static Val merge_val(Val x, Val y) {
  if (x == y) return x;
  if (VAL_KIND(x) != VAL_KIND(y)) return VAL(NO_BCI, K_CONFLICT);
  return VAL(NO_BCI, VAL_KIND(x));
}

/* Joins the stack being simulated into the stack before `target`. As in HotSpot, the stack
 * being simulated becomes the join, and that is what the next successor receives. */
static void merge(Analysis *a, int64_t target) {
  if (a->broken) return;
  if (target < 0 || target > a->len) {
    a->broken = true;
    return;
  }
  Stack *w = a->work, *s = a->stacks[target];
  if (!charge(a, w->depth)) return;
  if (!s) {
    a->allocated += w->depth;
    if (a->allocated > HARD_ENTRIES) {
      a->broken = true;
      return;
    }
    s = malloc(sizeof *s + (size_t)w->depth * sizeof(Val));
    if (!s) {
      a->broken = true;
      return;
    }
    s->written = w->written;
    s->depth = w->depth;
    memcpy(s->v, w->v, (size_t)w->depth * sizeof(Val));
    a->stacks[target] = s;
    a->entries += w->depth;
    a->added_one = true;
    return;
  }
  if (s->depth != w->depth) {
    a->broken = true;
    return;
  }
  for (uint32_t i = 0; i < w->depth; i++) s->v[i] = w->v[i] = merge_val(w->v[i], s->v[i]);
  s->written = w->written |= s->written;
}

/* The kind of value an ldc pushes. HotSpot's analysis knows only these constant kinds; for a
 * method handle, method type or dynamic constant it pushes nothing, and so do we. */
static unsigned ldc_kind(const ClassFile *cf, uint32_t index) {
  if (index >= cf->cp_count) return K_VOID;
  switch (cf->cp[index].tag) {
  case CF_CLASS:
  case CF_STRING:
  case CF_FIELDREF:
  case CF_METHODREF:
  case CF_IMETHODREF: return K_REF;
  case CF_INTEGER:
  case CF_FLOAT: return K_CAT1;
  case CF_LONG:
  case CF_DOUBLE: return K_CAT2;
  default: return K_VOID;
  }
}

/* Simulates the instruction at bci if it has a stack yet; returns its length (0 = stop). */
static uint32_t step(Analysis *a, uint32_t bci) {
  uint32_t n = insn_length(a->code, a->len, bci);
  if (n == 0) {
    a->broken = true;
    return 0;
  }
  Stack *s = a->stacks[bci];
  if (!s) {
    a->all_processed = false;
    return charge(a, 0) ? n : 0;
  }
  if (s->depth > a->cap) a->broken = true; /* a handler's stack in a method with max_stack 0 */
  if (!charge(a, s->depth)) return 0;
  Stack *w = a->work;
  w->written = s->written;
  w->depth = s->depth;
  memcpy(w->v, s->v, (size_t)s->depth * sizeof(Val));

  const uint8_t *p = a->code + bci;
  uint8_t op = p[0];
  bool wide = op == OP_wide;
  if (wide) op = p[1];
  int64_t dest = 0;
  bool has_dest = false, ended = false, is_switch = false;
  const char *cls, *name, *desc;
  uint32_t args;
  unsigned ret;

  switch (op) {
  case OP_nop:
  case OP_iinc: break;
  case OP_aconst_null:
  case OP_aload:
  case OP_aload_0:
  case OP_aload_1:
  case OP_aload_2:
  case OP_aload_3:
  case OP_new_: push(a, bci, K_REF); break;
  case OP_iconst_m1:
  case OP_iconst_0:
  case OP_iconst_1:
  case OP_iconst_2:
  case OP_iconst_3:
  case OP_iconst_4:
  case OP_iconst_5:
  case OP_fconst_0:
  case OP_fconst_1:
  case OP_fconst_2:
  case OP_bipush:
  case OP_sipush:
  case OP_iload:
  case OP_fload:
  case OP_iload_0:
  case OP_iload_1:
  case OP_iload_2:
  case OP_iload_3:
  case OP_fload_0:
  case OP_fload_1:
  case OP_fload_2:
  case OP_fload_3: push(a, bci, K_CAT1); break;
  case OP_lconst_0:
  case OP_lconst_1:
  case OP_dconst_0:
  case OP_dconst_1:
  case OP_lload:
  case OP_dload:
  case OP_lload_0:
  case OP_lload_1:
  case OP_lload_2:
  case OP_lload_3:
  case OP_dload_0:
  case OP_dload_1:
  case OP_dload_2:
  case OP_dload_3: push(a, bci, K_CAT2); break;
  case OP_ldc: push(a, bci, ldc_kind(a->cf, p[1])); break;
  case OP_ldc_w:
  case OP_ldc2_w: push(a, bci, ldc_kind(a->cf, rd_u2(p + 1))); break;

  case OP_iaload:
  case OP_faload:
  case OP_baload:
  case OP_caload:
  case OP_saload:
    pop(a, 2);
    push(a, bci, K_CAT1);
    break;
  case OP_laload:
  case OP_daload:
    pop(a, 2);
    push(a, bci, K_CAT2);
    break;
  case OP_aaload:
    pop(a, 2);
    push(a, bci, K_REF);
    break;

  case OP_istore:
  case OP_fstore:
  case OP_astore:
  case OP_lstore:
  case OP_dstore:
    set_written(a, wide ? rd_u2(p + 2) : p[1]);
    pop(a, op == OP_lstore || op == OP_dstore ? 2 : 1);
    break;
  case OP_istore_0:
  case OP_istore_1:
  case OP_istore_2:
  case OP_istore_3:
    set_written(a, op - OP_istore_0);
    pop(a, 1);
    break;
  case OP_fstore_0:
  case OP_fstore_1:
  case OP_fstore_2:
  case OP_fstore_3:
    set_written(a, op - OP_fstore_0);
    pop(a, 1);
    break;
  case OP_astore_0:
  case OP_astore_1:
  case OP_astore_2:
  case OP_astore_3:
    set_written(a, op - OP_astore_0);
    pop(a, 1);
    break;
  case OP_lstore_0:
  case OP_lstore_1:
  case OP_lstore_2:
  case OP_lstore_3:
    set_written(a, op - OP_lstore_0);
    pop(a, 2);
    break;
  case OP_dstore_0:
  case OP_dstore_1:
  case OP_dstore_2:
  case OP_dstore_3:
    set_written(a, op - OP_dstore_0);
    pop(a, 2);
    break;

  case OP_iastore:
  case OP_fastore:
  case OP_aastore:
  case OP_bastore:
  case OP_castore:
  case OP_sastore: pop(a, 3); break;
  case OP_lastore:
  case OP_dastore: pop(a, 4); break;
  case OP_pop:
  case OP_monitorenter:
  case OP_monitorexit: pop(a, 1); break;
  case OP_pop2: pop(a, 2); break;

  case OP_dup: push_val(a, top(a, 0)); break;
  case OP_dup_x1: {
    Val v1 = top(a, 0), v2 = top(a, 1);
    pop(a, 2);
    push_val(a, v1);
    push_val(a, v2);
    push_val(a, v1);
    break;
  }
  case OP_dup_x2: {
    Val v1 = top(a, 0), v2 = top(a, 1), v3 = top(a, 2);
    pop(a, 3);
    push_val(a, v1);
    push_val(a, v3);
    push_val(a, v2);
    push_val(a, v1);
    break;
  }
  case OP_dup2: {
    Val v1 = top(a, 0), v2 = top(a, 1);
    push_val(a, v2);
    push_val(a, v1);
    break;
  }
  case OP_dup2_x1: {
    Val v1 = top(a, 0), v2 = top(a, 1), v3 = top(a, 2);
    pop(a, 3);
    push_val(a, v2);
    push_val(a, v1);
    push_val(a, v3);
    push_val(a, v2);
    push_val(a, v1);
    break;
  }
  case OP_dup2_x2: {
    Val v1 = top(a, 0), v2 = top(a, 1), v3 = top(a, 2), v4 = top(a, 3);
    pop(a, 4);
    push_val(a, v2);
    push_val(a, v1);
    push_val(a, v4);
    push_val(a, v3);
    push_val(a, v2);
    push_val(a, v1);
    break;
  }
  case OP_swap: {
    /* HotSpot pushes these back by their type, so a long half would come back as two. */
    Val v1 = top(a, 0), v2 = top(a, 1);
    pop(a, 2);
    push_val(a, v1);
    if (VAL_KIND(v1) == K_CAT2) push_val(a, v1);
    push_val(a, v2);
    if (VAL_KIND(v2) == K_CAT2) push_val(a, v2);
    break;
  }

  case OP_iadd:
  case OP_isub:
  case OP_imul:
  case OP_idiv:
  case OP_irem:
  case OP_iand:
  case OP_ior:
  case OP_ixor:
  case OP_fadd:
  case OP_fsub:
  case OP_fmul:
  case OP_fdiv:
  case OP_frem:
  case OP_ishl:
  case OP_ishr:
  case OP_iushr:
  case OP_fcmpl:
  case OP_fcmpg:
    pop(a, 2);
    push(a, bci, K_CAT1);
    break;
  case OP_ladd:
  case OP_lsub:
  case OP_lmul:
  case OP_ldiv:
  case OP_lrem:
  case OP_land:
  case OP_lor:
  case OP_lxor:
  case OP_dadd:
  case OP_dsub:
  case OP_dmul:
  case OP_ddiv:
  case OP_drem:
    pop(a, 4);
    push(a, bci, K_CAT2);
    break;
  case OP_lshl:
  case OP_lshr:
  case OP_lushr:
    pop(a, 3);
    push(a, bci, K_CAT2);
    break;
  case OP_lcmp:
  case OP_dcmpl:
  case OP_dcmpg:
    pop(a, 4);
    push(a, bci, K_CAT1);
    break;
  case OP_ineg:
  case OP_fneg:
  case OP_i2f:
  case OP_f2i:
  case OP_i2b:
  case OP_i2c:
  case OP_i2s:
    pop(a, 1);
    push(a, bci, K_CAT1);
    break;
  case OP_i2l:
  case OP_i2d:
  case OP_f2l:
  case OP_f2d:
    pop(a, 1);
    push(a, bci, K_CAT2);
    break;
  case OP_lneg:
  case OP_dneg:
  case OP_l2d:
  case OP_d2l:
    pop(a, 2);
    push(a, bci, K_CAT2);
    break;
  case OP_l2i:
  case OP_l2f:
  case OP_d2i:
  case OP_d2f:
    pop(a, 2);
    push(a, bci, K_CAT1);
    break;

  case OP_ifeq:
  case OP_ifne:
  case OP_iflt:
  case OP_ifge:
  case OP_ifgt:
  case OP_ifle:
  case OP_ifnull:
  case OP_ifnonnull:
    pop(a, 1);
    dest = (int64_t)bci + (int16_t)rd_u2(p + 1);
    has_dest = true;
    break;
  case OP_if_icmpeq:
  case OP_if_icmpne:
  case OP_if_icmplt:
  case OP_if_icmpge:
  case OP_if_icmpgt:
  case OP_if_icmple:
  case OP_if_acmpeq:
  case OP_if_acmpne:
    pop(a, 2);
    dest = (int64_t)bci + (int16_t)rd_u2(p + 1);
    has_dest = true;
    break;
  case OP_goto_:
    dest = (int64_t)bci + (int16_t)rd_u2(p + 1);
    has_dest = ended = true;
    break;
  case OP_goto_w:
    dest = (int64_t)bci + rd_s4(p + 1);
    has_dest = ended = true;
    break;
  case OP_jsr:
  case OP_jsr_w:
    /* The return address; the code after the jsr is reached only through other edges,
     * since HotSpot does not follow ret. */
    push(a, bci, K_CAT1);
    dest = (int64_t)bci + (op == OP_jsr ? (int16_t)rd_u2(p + 1) : rd_s4(p + 1));
    has_dest = ended = true;
    break;
  case OP_ret: ended = true; break;
  case OP_tableswitch:
  case OP_lookupswitch:
    pop(a, 1);
    dest = (int64_t)bci + rd_s4(a->code + ((bci + 4u) & ~3u));
    has_dest = is_switch = true;
    break;
  case OP_ireturn:
  case OP_lreturn:
  case OP_freturn:
  case OP_dreturn:
  case OP_areturn:
  case OP_return_:
  case OP_athrow: ended = true; break;

  case OP_getstatic:
  case OP_getfield:
    if (!cp_ref(a->cf, rd_u2(p + 1), &cls, &name, &desc)) {
      a->broken = true;
      break;
    }
    if (op == OP_getfield) pop(a, 1);
    push(a, bci, kind_of(desc[0]));
    break;
  case OP_putstatic:
  case OP_putfield:
    if (!cp_ref(a->cf, rd_u2(p + 1), &cls, &name, &desc)) {
      a->broken = true;
      break;
    }
    pop(a, (kind_of(desc[0]) == K_CAT2 ? 2 : 1) + (op == OP_putfield));
    break;
  case OP_invokevirtual:
  case OP_invokespecial:
  case OP_invokestatic:
  case OP_invokeinterface:
  case OP_invokedynamic:
    if (!cp_ref(a->cf, rd_u2(p + 1), &cls, &name, &desc) || !method_shape(desc, &args, &ret)) {
      a->broken = true;
      break;
    }
    pop(a, args + (op != OP_invokestatic && op != OP_invokedynamic));
    push(a, bci, ret);
    break;

  case OP_newarray:
  case OP_anewarray:
    pop(a, 1);
    push(a, bci, K_REF);
    break;
  case OP_instanceof:
  case OP_arraylength:
    pop(a, 1);
    push(a, bci, K_CAT1);
    break;
  case OP_checkcast: break;
  case OP_multianewarray:
    pop(a, p[3]);
    push(a, bci, K_REF);
    break;

  default: /* wide's own opcode: insn_length refused every other one */ a->broken = true; return 0;
  }
  if (a->broken) return 0;

  if (!ended) merge(a, (int64_t)bci + n);
  if (has_dest) merge(a, dest);
  if (is_switch) {
    uint32_t base = (bci + 4u) & ~3u;
    if (op == OP_tableswitch) {
      int64_t count = (int64_t)rd_s4(a->code + base + 8) - rd_s4(a->code + base + 4) + 1;
      for (int64_t i = 0; i < count && !a->broken; i++)
        merge(a, (int64_t)bci + rd_s4(a->code + base + 12 + 4 * i));
    } else {
      int32_t pairs = rd_s4(a->code + base + 4);
      for (int32_t i = 0; i < pairs && !a->broken; i++)
        merge(a, (int64_t)bci + rd_s4(a->code + base + 12 + 8 * (uint32_t)i));
    }
  }
  return a->broken ? 0 : n;
}

/* Runs HotSpot's sweeps until the faulting instruction has its stack. */
static void analyse(Analysis *a) {
  a->stacks = calloc((size_t)a->len + 1, sizeof *a->stacks);
  a->work = malloc(sizeof *a->work + (size_t)a->cap * sizeof(Val));
  if (!a->stacks || !a->work || !(a->stacks[0] = calloc(1, sizeof *a->stacks[0]))) {
    a->broken = true;
    return;
  }
  const CfCode *c = a->cm->code;
  for (uint32_t i = 0; i < c->exception_count; i++) {
    uint32_t h = c->exceptions[i].handler_pc;
    if (h >= a->len) {
      a->broken = true;
      return;
    }
    if (a->stacks[h]) continue;
    a->stacks[h] = calloc(1, sizeof *a->stacks[h] + sizeof(Val));
    if (!a->stacks[h]) {
      a->broken = true;
      return;
    }
    a->stacks[h]->depth = 1;
    a->stacks[h]->v[0] = VAL(h, K_REF); /* the caught exception, "pushed" by the handler */
  }
  a->added_one = true;
  a->all_processed = false;
  while (!a->all_processed && a->added_one) {
    a->all_processed = true;
    a->added_one = false;
    for (uint32_t i = 0; i < a->len;) {
      uint32_t n = step(a, i);
      if (n == 0) return;
      i += n;
      if (i == a->pc && a->stacks[i]) return;
      if (a->entries > MAX_ENTRIES) return;
    }
  }
}

static void analysis_free(Analysis *a) {
  if (a->stacks)
    for (uint32_t i = 0; i <= a->len; i++) free(a->stacks[i]);
  free(a->stacks);
  free(a->work);
}

/* ---- Writing the message ------------------------------------------------------------------ */

typedef struct Out {
  char *buf;
  size_t cap; /* > 0 */
  size_t n;   /* length of the whole text; the buffer holds its first cap - 1 bytes */
} Out;

static void out_mem(Out *o, const char *s, size_t k) {
  for (size_t i = 0; i < k; i++, o->n++)
    if (o->n + 1 < o->cap) o->buf[o->n] = s[i];
}

static void out_str(Out *o, const char *s) {
  out_mem(o, s, strlen(s));
}

/* An internal class name as HotSpot's messages write it: dotted, and Object and String
 * without their package. */
static void out_class(Out *o, const char *name) {
  if (strcmp(name, "java/lang/Object") == 0 || strcmp(name, "java/lang/String") == 0) name += 10;
  for (; *name; name++) out_mem(o, *name == '/' ? "." : name, 1);
}

static const char *prim_name(char c) {
  switch (c) {
  case 'B': return "byte";
  case 'C': return "char";
  case 'D': return "double";
  case 'F': return "float";
  case 'I': return "int";
  case 'J': return "long";
  case 'S': return "short";
  case 'Z': return "boolean";
  default: return NULL;
  }
}

/* A method's parameter types: "int, String[], java.lang.Integer". HotSpot drops "java.lang."
 * from every type that merely begins with java.lang.Object or java.lang.String, so
 * java.lang.StringBuilder becomes StringBuilder too. */
static void out_params(Out *o, const char *desc) {
  const char *p = desc + 1;
  for (bool first = true; *p && *p != ')'; first = false) {
    if (!first) out_str(o, ", ");
    int dims = 0;
    while (*p == '[') dims++, p++;
    if (*p == 'L') {
      const char *semi = strchr(p, ';');
      if (!semi) return;
      const char *q = p + 1;
      if (semi - q >= 16 &&
          (strncmp(q, "java/lang/Object", 16) == 0 || strncmp(q, "java/lang/String", 16) == 0))
        q += 10;
      for (; q < semi; q++) out_mem(o, *q == '/' ? "." : q, 1);
      p = semi + 1;
    } else {
      const char *pn = prim_name(*p);
      if (!pn) return;
      out_str(o, pn);
      p++;
    }
    while (dims-- > 0) out_str(o, "[]");
  }
}

/* "Cls.name(ParamTypes)" of the method reference at cp index i. */
static bool out_method(Out *o, const ClassFile *cf, uint32_t i) {
  const char *cls, *name, *desc;
  if (!cp_ref(cf, i, &cls, &name, &desc) || !cls || desc[0] != '(') return false;
  out_class(o, cls);
  out_str(o, ".");
  out_str(o, name);
  out_str(o, "(");
  out_params(o, desc);
  out_str(o, ")");
  return true;
}

/* Which operand-stack slot (0 = top) holds the reference the instruction at pc dereferences,
 * SLOT_EXPLICIT for a constructor call (HotSpot's sign of `new NullPointerException()`), or
 * SLOT_NONE for an instruction that dereferences nothing. */
static int null_slot(const ClassFile *cf, const uint8_t *code, uint32_t len, uint32_t pc) {
  if (insn_length(code, len, pc) == 0) return SLOT_NONE;
  const char *cls, *name, *desc;
  uint32_t args;
  unsigned ret;
  switch (code[pc]) {
  case OP_getfield:
  case OP_arraylength:
  case OP_athrow:
  case OP_monitorenter:
  case OP_monitorexit: return 0;
  case OP_iaload:
  case OP_laload:
  case OP_faload:
  case OP_daload:
  case OP_aaload:
  case OP_baload:
  case OP_caload:
  case OP_saload: return 1;
  case OP_iastore:
  case OP_fastore:
  case OP_aastore:
  case OP_bastore:
  case OP_castore:
  case OP_sastore: return 2;
  case OP_lastore:
  case OP_dastore: return 3;
  case OP_putfield:
    if (!cp_ref(cf, rd_u2(code + pc + 1), &cls, &name, &desc)) return SLOT_NONE;
    return kind_of(desc[0]) == K_CAT2 ? 2 : 1;
  case OP_invokevirtual:
  case OP_invokespecial:
  case OP_invokeinterface:
    if (!cp_ref(cf, rd_u2(code + pc + 1), &cls, &name, &desc)) return SLOT_NONE;
    if (strcmp(name, "<init>") == 0) return SLOT_EXPLICIT;
    if (!method_shape(desc, &args, &ret)) return SLOT_NONE;
    return (int)args;
  default: return SLOT_NONE;
  }
}

/* "Cannot ..." for the instruction at pc (one null_slot accepted). */
static bool out_action(Out *o, const ClassFile *cf, const uint8_t *code, uint32_t pc) {
  static const char *const loads[] = {"int",    "long",         "float", "double",
                                      "object", "byte/boolean", "char",  "short"};
  const char *cls, *name, *desc;
  uint8_t op = code[pc];
  if (op >= OP_iaload && op <= OP_saload) {
    out_str(o, "Cannot load from ");
    out_str(o, loads[op - OP_iaload]);
    out_str(o, " array");
    return true;
  }
  if (op >= OP_iastore && op <= OP_sastore) {
    out_str(o, "Cannot store to ");
    out_str(o, loads[op - OP_iastore]);
    out_str(o, " array");
    return true;
  }
  switch (op) {
  case OP_arraylength: out_str(o, "Cannot read the array length"); return true;
  case OP_athrow: out_str(o, "Cannot throw exception"); return true;
  case OP_monitorenter: out_str(o, "Cannot enter synchronized block"); return true;
  case OP_monitorexit: out_str(o, "Cannot exit synchronized block"); return true;
  case OP_getfield:
  case OP_putfield:
    if (!cp_ref(cf, rd_u2(code + pc + 1), &cls, &name, &desc)) return false;
    out_str(o, op == OP_getfield ? "Cannot read field \"" : "Cannot assign field \"");
    out_str(o, name);
    out_str(o, "\"");
    return true;
  default:
    out_str(o, "Cannot invoke \"");
    if (!out_method(o, cf, rd_u2(code + pc + 1))) return false;
    out_str(o, "\"");
    return true;
  }
}

/* ---- Describing the null value -------------------------------------------------------------
 *
 * HotSpot describes recursively: a field load describes its object then ".name", an array
 * load its array then "[index]". Here the pending pieces sit on a bounded task stack, so a
 * deep expression cannot exhaust the C stack.
 */
typedef struct Task {
  const char *text;     /* a literal to print; NULL for a description */
  const char *fallback; /* printed when the description prints nothing */
  const char *suffix;   /* printed after the description when it printed something */
  uint32_t bci;         /* describe the slot as it stands before instruction bci */
  uint32_t slot;        /* 0 = top */
  int detail;           /* levels left; HotSpot gives up at 0 */
  bool inner;           /* inside an index: no "the return value of" */
  bool top;             /* the null value itself: begins the " because" clause */
} Task;

typedef struct Describer {
  const Analysis *a;
  Out *o;
  Task tasks[MAX_TASKS];
  int n;
  bool overflow;
} Describer;

static void add(Describer *d, Task t) {
  if (d->n == MAX_TASKS) {
    d->overflow = true;
    return;
  }
  d->tasks[d->n++] = t;
}

static void add_text(Describer *d, const char *s) {
  if (s) add(d, (Task){.text = s});
}

/* A local as HotSpot names it without a LocalVariableTable: "this" and "<parameterN>" while
 * no path to here stored to the slot, "<localN>" otherwise. */
static void out_local(Out *o, const Analysis *a, const Stack *s, uint32_t slot) {
  bool is_static = a->cm->access & ACC_STATIC;
  bool param = slot < 64 && !(s->written & (uint64_t)1 << slot);
  char num[32];
  if (!is_static && slot == 0 && param) {
    out_str(o, "this");
    return;
  }
  uint32_t at = is_static ? 0 : 1, index = 1;
  bool found = false;
  const char *p = a->cm->desc + 1;
  while (*p && *p != ')') {
    uint32_t size = *p == 'J' || *p == 'D' ? 2 : 1;
    while (*p == '[') p++;
    if (!*p) break;
    if (*p == 'L') {
      p = strchr(p, ';');
      if (!p) break;
    }
    p++;
    if (slot >= at && slot < at + size) {
      found = true;
      break;
    }
    index++;
    at += size;
  }
  if (found && param)
    snprintf(num, sizeof num, "<parameter%u>", index);
  else
    snprintf(num, sizeof num, "<local%u>", slot);
  out_str(o, num);
}

/* Describes one slot; false when it prints nothing (then the fallback stands in). */
static bool describe(Describer *d, const Task *t) {
  const Analysis *a = d->a;
  Out *o = d->o;
  if (t->detail <= 0 || t->bci >= a->len) return false;
  const Stack *s = a->stacks[t->bci];
  if (!s || t->slot >= s->depth) return false;
  uint32_t src = VAL_BCI(s->v[s->depth - 1 - t->slot]);
  if (src == NO_BCI || insn_length(a->code, a->len, src) == 0) return false;
  const uint8_t *p = a->code + src;
  uint8_t op = p[0];
  bool wide = op == OP_wide;
  if (wide) op = p[1];
  bool invoke = op == OP_invokevirtual || op == OP_invokespecial || op == OP_invokestatic ||
                op == OP_invokeinterface;
  /* As HotSpot, the clause opens before knowing whether the producer can be described. */
  if (t->top && t->detail == MAX_DETAIL && !invoke) out_str(o, " because \"");

  const char *cls, *name, *desc;
  char num[16];
  switch (op) {
  case OP_iload_0:
  case OP_iload_1:
  case OP_iload_2:
  case OP_iload_3: out_local(o, a, s, (uint32_t)(op - OP_iload_0)); break;
  case OP_aload_0:
  case OP_aload_1:
  case OP_aload_2:
  case OP_aload_3: out_local(o, a, s, (uint32_t)(op - OP_aload_0)); break;
  case OP_iload:
  case OP_aload: out_local(o, a, s, wide ? rd_u2(p + 2) : p[1]); break;
  case OP_aconst_null: out_str(o, "null"); break;
  case OP_iconst_m1:
  case OP_iconst_0:
  case OP_iconst_1:
  case OP_iconst_2:
  case OP_iconst_3:
  case OP_iconst_4:
  case OP_iconst_5:
    snprintf(num, sizeof num, "%d", op - OP_iconst_0);
    out_str(o, num);
    break;
  case OP_bipush:
    snprintf(num, sizeof num, "%d", (int8_t)p[1]);
    out_str(o, num);
    break;
  case OP_sipush: /* HotSpot prints the operand unsigned */
    snprintf(num, sizeof num, "%u", (unsigned)rd_u2(p + 1));
    out_str(o, num);
    break;
  case OP_iaload:
  case OP_aaload:
    /* array "[" index "]": the index never uses up a level, and says "..." when it is not
     * something HotSpot describes (an expression, a char, a constant from ldc). */
    add_text(d, t->suffix);
    add_text(d, "]");
    add(d, (Task){.fallback = "...", .bci = src, .slot = 0, .detail = t->detail, .inner = true});
    add_text(d, "[");
    add(d, (Task){.fallback = "<array>",
                  .bci = src,
                  .slot = 1,
                  .detail = t->detail - 1,
                  .inner = t->inner});
    return true;
  case OP_getstatic:
    if (!cp_ref(a->cf, rd_u2(p + 1), &cls, &name, &desc) || !cls) return false;
    out_class(o, cls);
    out_str(o, ".");
    out_str(o, name);
    break;
  case OP_getfield:
    if (!cp_ref(a->cf, rd_u2(p + 1), &cls, &name, &desc)) return false;
    add_text(d, t->suffix);
    add_text(d, name);
    add(d,
        (Task){.suffix = ".", .bci = src, .slot = 0, .detail = t->detail - 1, .inner = t->inner});
    return true;
  case OP_invokevirtual:
  case OP_invokespecial:
  case OP_invokestatic:
  case OP_invokeinterface:
    if (t->detail == MAX_DETAIL && !t->inner) out_str(o, " because the return value of \"");
    if (!out_method(o, a->cf, rd_u2(p + 1))) return false;
    break;
  default: return false;
  }
  if (t->suffix) out_str(o, t->suffix);
  return true;
}

/* Appends ` because "<what>" is null` (or nothing) for the slot at pc. */
static void out_cause(Out *o, const Analysis *a, uint32_t pc, uint32_t slot) {
  Describer *d = malloc(sizeof *d);
  if (!d) return;
  size_t mark = o->n;
  d->a = a;
  d->o = o;
  d->n = 0;
  d->overflow = false;
  add(d,
      (Task){.suffix = "\" is null", .bci = pc, .slot = slot, .detail = MAX_DETAIL, .top = true});
  while (d->n > 0 && !d->overflow) {
    Task t = d->tasks[--d->n];
    if (t.text)
      out_str(o, t.text);
    else if (!describe(d, &t) && t.fallback)
      out_str(o, t.fallback);
  }
  /* Deeper than any real expression: leave the sentence without its clause. */
  if (d->overflow) o->n = mark;
  free(d);
}

size_t npe_message(const Method *m, uint32_t pc, char *out, size_t len) {
  if (!out || len == 0) return 0;
  out[0] = 0;
  /* HotSpot takes the message from the top frame of the backtrace, and gives none when that
   * frame is hidden: lambda classes and the other classes the VM generates. */
  if (!m || !m->owner || m->owner->host || !m->owner->cf) return 0;
  const ClassFile *cf = m->owner->cf;
  if (m->index >= cf->method_count) return 0;
  const CfMethod *cm = &cf->methods[m->index];
  if (!cm->code || !cm->code->code || pc >= cm->code->code_length) return 0;
  const uint8_t *code = cm->code->code;
  int slot = null_slot(cf, code, cm->code->code_length, pc);
  if (slot < 0) return 0;

  Out o = {.buf = out, .cap = len};
  if (!out_action(&o, cf, code, pc)) {
    out[0] = 0;
    return 0;
  }
  Analysis a = {.cf = cf,
                .cm = cm,
                .code = code,
                .len = cm->code->code_length,
                .pc = pc,
                .cap = cm->code->max_stack};
  analyse(&a);
  if (!a.broken) out_cause(&o, &a, pc, (uint32_t)slot);
  analysis_free(&a);
  size_t n = o.n < len ? o.n : len - 1;
  out[n] = 0;
  return n;
}
