/* proto.c — the message table parsed once, the byte buffer, and the one codec. */
#include "proto.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static ProtoType types[MSG_COUNT] = {
#define DJ_MSG_ROW(name, dir, fields, tail, doc) {#name, dir, fields, tail, doc, 0, {0}},
    DJ_MESSAGES(DJ_MSG_ROW)
#undef DJ_MSG_ROW
};
static bool parsed;

/* "u64 gid, u32 offset, u8 type": the kinds give each field's size. */
static void parse_table(void) {
  for (int i = 0; i < MSG_COUNT; i++) {
    ProtoType *pt = &types[i];
    for (const char *p = pt->fields; *p;) {
      int bits = atoi(p + 1);
      if (*p != 'u' || (bits != 8 && bits != 16 && bits != 32 && bits != 64) ||
          pt->nfields == PROTO_MAX_FIELDS) {
        fprintf(stderr, "djsim: proto.h: bad field list of %s: \"%s\"\n", pt->name, pt->fields);
        abort();
      }
      pt->sizes[pt->nfields++] = (uint8_t)(bits / 8);
      p = strchr(p, ',');
      if (!p) break;
      p += strspn(p, ", ");
    }
  }
  parsed = true;
}

const ProtoType *proto_type(MsgType type) {
  if (!parsed) parse_table();
  return type < MSG_COUNT ? &types[type] : NULL;
}

const char *proto_name(MsgType type) {
  return type < MSG_COUNT ? types[type].name : "?";
}

/* ---- Buffers ----------------------------------------------------------------------------- */

static void grow(Buf *b, size_t n) {
  if (b->len + n <= b->cap) return;
  size_t cap = b->cap ? b->cap * 2 : 64;
  while (cap < b->len + n) cap *= 2;
  uint8_t *p = realloc(b->p, cap);
  if (!p) {
    fprintf(stderr, "djsim: out of memory encoding a message of %zu bytes\n", b->len + n);
    exit(70);
  }
  b->p = p;
  b->cap = cap;
}

static void put_le(Buf *b, uint64_t v, int size) {
  grow(b, (size_t)size);
  for (int i = 0; i < size; i++) b->p[b->len++] = (uint8_t)(v >> (8 * i));
}

void buf_u8(Buf *b, uint8_t v) {
  put_le(b, v, 1);
}
void buf_u16(Buf *b, uint16_t v) {
  put_le(b, v, 2);
}
void buf_u32(Buf *b, uint32_t v) {
  put_le(b, v, 4);
}
void buf_u64(Buf *b, uint64_t v) {
  put_le(b, v, 8);
}
void buf_bytes(Buf *b, const void *p, size_t n) {
  if (!n) return;
  grow(b, n);
  memcpy(b->p + b->len, p, n);
  b->len += n;
}
void buf_free(Buf *b) {
  free(b->p);
  memset(b, 0, sizeof *b);
}

Buf buf_reader(const void *p, size_t len) {
  Buf b = {0};
  b.p = (uint8_t *)p;
  b.len = len;
  return b;
}

static uint64_t get_le(Buf *b, int size) {
  if (b->bad || b->len - b->pos < (size_t)size) {
    if (!b->bad) b->why = "message cut short";
    b->bad = true;
    return 0;
  }
  uint64_t v = 0;
  for (int i = 0; i < size; i++) v |= (uint64_t)b->p[b->pos++] << (8 * i);
  return v;
}

uint8_t buf_get_u8(Buf *b) {
  return (uint8_t)get_le(b, 1);
}
uint16_t buf_get_u16(Buf *b) {
  return (uint16_t)get_le(b, 2);
}
uint32_t buf_get_u32(Buf *b) {
  return (uint32_t)get_le(b, 4);
}
uint64_t buf_get_u64(Buf *b) {
  return get_le(b, 8);
}
const uint8_t *buf_get_bytes(Buf *b, size_t n) {
  if (b->bad || b->len - b->pos < n) {
    if (!b->bad) b->why = "message cut short";
    b->bad = true;
    return NULL;
  }
  const uint8_t *p = b->p + b->pos;
  b->pos += n;
  return p;
}

/* ---- The codec ----------------------------------------------------------------------------- */

void proto_encode(Buf *out, const Msg *m, const void *tail, size_t tail_len) {
  const ProtoType *pt = proto_type(m->type);
  out->len = 0;
  buf_u8(out, (uint8_t)m->type);
  for (int i = 0; i < pt->nfields; i++) put_le(out, m->f[i], pt->sizes[i]);
  buf_bytes(out, tail, tail_len);
}

int proto_decode(const void *bytes, size_t len, Msg *m, char *err, size_t errlen) {
  memset(m, 0, sizeof *m);
  Buf b = buf_reader(bytes, len);
  uint8_t type = buf_get_u8(&b);
  if (b.bad) {
    snprintf(err, errlen, "empty message");
    return -1;
  }
  if (type >= MSG_COUNT) {
    snprintf(err, errlen, "unknown message type %u", type);
    return -1;
  }
  const ProtoType *pt = proto_type(type);
  m->type = type;
  for (int i = 0; i < pt->nfields; i++) m->f[i] = get_le(&b, pt->sizes[i]);
  if (b.bad) {
    snprintf(err, errlen, "%s message cut short: %zu bytes, its header needs more", pt->name, len);
    return -1;
  }
  m->tail = b.p + b.pos;
  m->tail_len = len - b.pos;
  return 0;
}

void proto_write_markdown(void *file) {
  FILE *f = file;
  fprintf(f, "| # | message | kind | header fields | tail | meaning |\n"
             "|---|---|---|---|---|---|\n");
  for (int i = 0; i < MSG_COUNT; i++) {
    const ProtoType *pt = proto_type(i);
    int bytes = 1;
    for (int k = 0; k < pt->nfields; k++) bytes += pt->sizes[k];
    fprintf(f, "| %d | `%s` | %s | type (u8), %s (%d bytes) | %s | %s |\n", i, pt->name,
            pt->direction, *pt->fields ? pt->fields : "—", bytes, *pt->tail ? pt->tail : "—",
            pt->doc);
  }
}
