/* classgen.c — writes class files for the classes the VM generates. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "classfile.h"
#include "classgen.h"
#include "opcodes.h"

static void put(CgBuf *b, const void *p, size_t n) {
  if (n == 0) return;
  if (b->len + n > b->cap) {
    b->cap = (b->len + n) * 2 + 64;
    b->d = realloc(b->d, b->cap);
  }
  memcpy(b->d + b->len, p, n);
  b->len += n;
}
void cg_u1(CgBuf *b, uint8_t v) {
  put(b, &v, 1);
}
void cg_u2(CgBuf *b, uint16_t v) {
  uint8_t x[2] = {(uint8_t)(v >> 8), (uint8_t)v};
  put(b, x, 2);
}
static void u4(CgBuf *b, uint32_t v) {
  uint8_t x[4] = {(uint8_t)(v >> 24), (uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v};
  put(b, x, 4);
}

void cg_init(ClassGen *g) {
  memset(g, 0, sizeof *g);
  g->cp_count = 1;
  g->major = 52;
  g->entries = calloc(1, sizeof *g->entries);
}

void cg_free(ClassGen *g) {
  for (int i = 0; i < g->cp_count; i++) free(g->entries[i].key);
  free(g->entries);
  free(g->cp.d);
  free(g->fields.d);
  free(g->methods.d);
}

/* Finds or adds the entry (tag, key); *added tells the caller to write its body. */
static uint16_t entry(ClassGen *g, uint8_t tag, const char *key, int *added) {
  for (int i = 1; i < g->cp_count; i++)
    if (g->entries[i].tag == tag && strcmp(g->entries[i].key, key) == 0) {
      *added = 0;
      return (uint16_t)i;
    }
  g->entries = realloc(g->entries, (g->cp_count + 1) * sizeof *g->entries);
  g->entries[g->cp_count].tag = tag;
  g->entries[g->cp_count].key = strdup(key);
  *added = 1;
  return g->cp_count++;
}

uint16_t cg_utf8(ClassGen *g, const char *s) {
  int added;
  uint16_t i = entry(g, CF_UTF8, s, &added);
  if (added) {
    cg_u1(&g->cp, CF_UTF8);
    cg_u2(&g->cp, (uint16_t)strlen(s));
    put(&g->cp, s, strlen(s));
  }
  return i;
}

static uint16_t one_ref(ClassGen *g, uint8_t tag, const char *s) {
  uint16_t u = cg_utf8(g, s);
  int added;
  uint16_t i = entry(g, tag, s, &added);
  if (added) {
    cg_u1(&g->cp, tag);
    cg_u2(&g->cp, u);
  }
  return i;
}
uint16_t cg_class(ClassGen *g, const char *name) {
  return one_ref(g, CF_CLASS, name);
}
uint16_t cg_string(ClassGen *g, const char *s) {
  return one_ref(g, CF_STRING, s);
}

uint16_t cg_int(ClassGen *g, int32_t v) {
  char key[16];
  snprintf(key, sizeof key, "%d", v);
  int added;
  uint16_t i = entry(g, CF_INTEGER, key, &added);
  if (added) {
    cg_u1(&g->cp, CF_INTEGER);
    u4(&g->cp, (uint32_t)v);
  }
  return i;
}

uint16_t cg_ref(ClassGen *g, uint8_t tag, const char *cls, const char *name, const char *desc) {
  uint16_t c = cg_class(g, cls), n = cg_utf8(g, name), d = cg_utf8(g, desc);
  char key[1024];
  snprintf(key, sizeof key, "%s %s", name, desc);
  int added;
  uint16_t nat = entry(g, CF_NAMEANDTYPE, key, &added);
  if (added) {
    cg_u1(&g->cp, CF_NAMEANDTYPE);
    cg_u2(&g->cp, n);
    cg_u2(&g->cp, d);
  }
  snprintf(key, sizeof key, "%s.%s %s", cls, name, desc);
  uint16_t i = entry(g, tag, key, &added);
  if (added) {
    cg_u1(&g->cp, tag);
    cg_u2(&g->cp, c);
    cg_u2(&g->cp, nat);
  }
  return i;
}

void cg_field(ClassGen *g, uint16_t access, const char *name, const char *desc) {
  cg_u2(&g->fields, access);
  cg_u2(&g->fields, cg_utf8(g, name));
  cg_u2(&g->fields, cg_utf8(g, desc));
  cg_u2(&g->fields, 0);
  g->field_count++;
}

void cg_method(ClassGen *g, uint16_t access, const char *name, const char *desc, CgCode *code) {
  cg_u2(&g->methods, access);
  cg_u2(&g->methods, cg_utf8(g, name));
  cg_u2(&g->methods, cg_utf8(g, desc));
  cg_u2(&g->methods, 1);
  cg_u2(&g->methods, cg_utf8(g, "Code"));
  u4(&g->methods, (uint32_t)(12 + code->code.len));
  cg_u2(&g->methods, code->max_stack);
  cg_u2(&g->methods, code->max_locals);
  u4(&g->methods, (uint32_t)code->code.len);
  put(&g->methods, code->code.d, code->code.len);
  cg_u2(&g->methods, 0); /* exception table */
  cg_u2(&g->methods, 0); /* attributes */
  g->method_count++;
  free(code->code.d);
  memset(code, 0, sizeof *code);
}

uint8_t *cg_finish(ClassGen *g, uint16_t access, const char *name, const char *super,
                   const char **ifaces, int n, size_t *len) {
  uint16_t this_i = cg_class(g, name), super_i = cg_class(g, super);
  uint16_t *if_i = malloc((n ? n : 1) * sizeof *if_i);
  for (int i = 0; i < n; i++) if_i[i] = cg_class(g, ifaces[i]);
  CgBuf out = {0};
  u4(&out, 0xCAFEBABE);
  cg_u2(&out, 0);
  cg_u2(&out, g->major);
  cg_u2(&out, g->cp_count);
  put(&out, g->cp.d, g->cp.len);
  cg_u2(&out, access);
  cg_u2(&out, this_i);
  cg_u2(&out, super_i);
  cg_u2(&out, (uint16_t)n);
  for (int i = 0; i < n; i++) cg_u2(&out, if_i[i]);
  free(if_i);
  cg_u2(&out, g->field_count);
  put(&out, g->fields.d, g->fields.len);
  cg_u2(&out, g->method_count);
  put(&out, g->methods.d, g->methods.len);
  cg_u2(&out, 0);
  *len = out.len;
  return out.d;
}

void cg_op(CgCode *c, uint8_t op) {
  cg_u1(&c->code, op);
}
void cg_op1(CgCode *c, uint8_t op, uint8_t v) {
  cg_u1(&c->code, op);
  cg_u1(&c->code, v);
}
void cg_op2(CgCode *c, uint8_t op, uint16_t v) {
  cg_u1(&c->code, op);
  cg_u2(&c->code, v);
}

void cg_load(CgCode *c, char type, uint16_t slot) {
  uint8_t op;
  switch (type) {
  case 'J': op = OP_lload; break;
  case 'F': op = OP_fload; break;
  case 'D': op = OP_dload; break;
  case 'L':
  case '[': op = OP_aload; break;
  default: op = OP_iload;
  }
  if (slot < 256) {
    cg_op1(c, op, (uint8_t)slot);
  } else {
    cg_op(c, OP_wide);
    cg_op2(c, op, slot);
  }
}

void cg_return(CgCode *c, char type) {
  switch (type) {
  case 'V': cg_op(c, OP_return_); break;
  case 'J': cg_op(c, OP_lreturn); break;
  case 'F': cg_op(c, OP_freturn); break;
  case 'D': cg_op(c, OP_dreturn); break;
  case 'L':
  case '[': cg_op(c, OP_areturn); break;
  default: cg_op(c, OP_ireturn);
  }
}

void cg_ldc(ClassGen *g, CgCode *c, uint16_t index) {
  (void)g;
  if (index < 256)
    cg_op1(c, OP_ldc, (uint8_t)index);
  else
    cg_op2(c, OP_ldc_w, index);
}
