/* json.c — the strict JSON parser and order-preserving writer of json.h. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

/* Deep enough for any figures file; shallow enough that hostile input cannot exhaust the C
 * stack of the recursive descent. */
#define JSON_MAX_DEPTH 256

typedef struct Parser {
  const char *s, *end, *line_start;
  int line;
  char *err;
  size_t errlen;
  bool failed;
} Parser;

static void fail(Parser *p, const char *fmt, ...) {
  if (p->failed) return;
  p->failed = true;
  int n = snprintf(p->err, p->errlen, "%d:%d: ", p->line, (int)(p->s - p->line_start) + 1);
  if (n < 0 || (size_t)n >= p->errlen) return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(p->err + n, p->errlen - (size_t)n, fmt, ap);
  va_end(ap);
}

static void skip_space(Parser *p) {
  while (p->s < p->end) {
    char c = *p->s;
    if (c == '\n') {
      p->line++;
      p->line_start = p->s + 1;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      return;
    }
    p->s++;
  }
}

static void *xrealloc(void *ptr, size_t n) {
  void *q = realloc(ptr, n);
  if (!q) {
    fprintf(stderr, "djsim: out of memory\n");
    exit(3);
  }
  return q;
}

Json *json_new(JsonKind kind) {
  Json *v = xrealloc(NULL, sizeof *v);
  memset(v, 0, sizeof *v);
  v->kind = kind;
  return v;
}

static Json *new_text(JsonKind kind, const char *s, size_t len) {
  Json *v = json_new(kind);
  v->text = xrealloc(NULL, len + 1);
  memcpy(v->text, s, len);
  v->text[len] = 0;
  v->len = len;
  return v;
}

Json *json_string(const char *s) {
  return new_text(JSON_STRING, s, strlen(s));
}

Json *json_number(const char *text) {
  Json *v = new_text(JSON_NUMBER, text, strlen(text));
  v->num = strtod(text, NULL);
  return v;
}

Json *json_int(long long n) {
  char buf[32];
  snprintf(buf, sizeof buf, "%lld", n);
  return json_number(buf);
}

static void grow(Json *v) {
  if (v->count < v->cap) return;
  v->cap = v->cap ? 2 * v->cap : 4;
  v->items = xrealloc(v->items, (size_t)v->cap * sizeof *v->items);
  if (v->kind == JSON_OBJECT) v->keys = xrealloc(v->keys, (size_t)v->cap * sizeof *v->keys);
}

void json_push(Json *array, Json *item) {
  grow(array);
  array->items[array->count++] = item;
}

void json_set(Json *object, const char *key, Json *value) {
  grow(object);
  object->keys[object->count] = strdup(key);
  object->items[object->count++] = value;
}

void json_free(Json *v) {
  if (!v) return;
  for (int i = 0; i < v->count; i++) {
    json_free(v->items[i]);
    if (v->keys) free(v->keys[i]);
  }
  free(v->items);
  free(v->keys);
  free(v->text);
  free(v);
}

Json *json_copy(const Json *v) {
  Json *c = json_new(v->kind);
  if (v->text) {
    c->text = xrealloc(NULL, v->len + 1);
    memcpy(c->text, v->text, v->len + 1);
  }
  c->len = v->len;
  c->num = v->num;
  for (int i = 0; i < v->count; i++) {
    if (v->kind == JSON_OBJECT)
      json_set(c, v->keys[i], json_copy(v->items[i]));
    else
      json_push(c, json_copy(v->items[i]));
  }
  return c;
}

/* ---- parsing ---------------------------------------------------------------------------- */

static Json *parse_value(Parser *p, int depth);

static int hex4(Parser *p) {
  if (p->end - p->s < 4) return -1;
  int v = 0;
  for (int i = 0; i < 4; i++) {
    char c = p->s[i];
    v <<= 4;
    if (c >= '0' && c <= '9')
      v |= c - '0';
    else if (c >= 'a' && c <= 'f')
      v |= c - 'a' + 10;
    else if (c >= 'A' && c <= 'F')
      v |= c - 'A' + 10;
    else
      return -1;
  }
  p->s += 4;
  return v;
}

static size_t put_utf8(char *out, uint32_t cp) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | cp >> 6);
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | cp >> 12);
    out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | cp >> 18);
  out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
  out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* A string literal, p->s on its opening quote; the decoded bytes are never longer than the
 * literal, so one buffer of its length suffices. */
static char *parse_string(Parser *p, size_t *len) {
  p->s++;
  const char *close = p->s;
  while (close < p->end && *close != '"') close += *close == '\\' && close + 1 < p->end ? 2 : 1;
  char *out = xrealloc(NULL, (size_t)(close - p->s) + 1);
  size_t n = 0;
  while (p->s < p->end && *p->s != '"') {
    unsigned char c = (unsigned char)*p->s;
    if (c < 0x20) {
      fail(p, "control character in a string");
      free(out);
      return NULL;
    }
    p->s++;
    if (c != '\\') {
      out[n++] = (char)c;
      continue;
    }
    char e = p->s < p->end ? *p->s++ : 0;
    switch (e) {
    case '"': out[n++] = '"'; break;
    case '\\': out[n++] = '\\'; break;
    case '/': out[n++] = '/'; break;
    case 'b': out[n++] = '\b'; break;
    case 'f': out[n++] = '\f'; break;
    case 'n': out[n++] = '\n'; break;
    case 'r': out[n++] = '\r'; break;
    case 't': out[n++] = '\t'; break;
    case 'u': {
      int hi = hex4(p);
      uint32_t cp = (uint32_t)hi;
      if (hi < 0) {
        fail(p, "bad \\u escape");
        break;
      }
      if (hi >= 0xD800 && hi <= 0xDBFF) {
        int lo = -1;
        if (p->end - p->s >= 2 && p->s[0] == '\\' && p->s[1] == 'u') {
          p->s += 2;
          lo = hex4(p);
        }
        if (lo < 0xDC00 || lo > 0xDFFF) {
          fail(p, "unpaired surrogate in a \\u escape");
          break;
        }
        cp = 0x10000 + (((uint32_t)hi - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
      } else if (hi >= 0xDC00 && hi <= 0xDFFF) {
        fail(p, "unpaired surrogate in a \\u escape");
        break;
      }
      n += put_utf8(out + n, cp);
      break;
    }
    default: fail(p, "bad escape in a string");
    }
    if (p->failed) {
      free(out);
      return NULL;
    }
  }
  if (p->s >= p->end) {
    fail(p, "unterminated string");
    free(out);
    return NULL;
  }
  p->s++;
  out[n] = 0;
  *len = n;
  return out;
}

static bool is_digit(const Parser *p) {
  return p->s < p->end && *p->s >= '0' && *p->s <= '9';
}

static Json *parse_number(Parser *p) {
  const char *start = p->s;
  if (*p->s == '-') p->s++;
  if (!is_digit(p)) {
    fail(p, "bad number");
    return NULL;
  }
  if (*p->s == '0')
    p->s++;
  else
    while (is_digit(p)) p->s++;
  if (p->s < p->end && *p->s == '.') {
    p->s++;
    if (!is_digit(p)) {
      fail(p, "bad number: a digit must follow '.'");
      return NULL;
    }
    while (is_digit(p)) p->s++;
  }
  if (p->s < p->end && (*p->s == 'e' || *p->s == 'E')) {
    p->s++;
    if (p->s < p->end && (*p->s == '+' || *p->s == '-')) p->s++;
    if (!is_digit(p)) {
      fail(p, "bad number: a digit must follow the exponent");
      return NULL;
    }
    while (is_digit(p)) p->s++;
  }
  Json *v = new_text(JSON_NUMBER, start, (size_t)(p->s - start));
  v->num = strtod(v->text, NULL);
  return v;
}

static bool literal(Parser *p, const char *word) {
  size_t n = strlen(word);
  if ((size_t)(p->end - p->s) < n || memcmp(p->s, word, n) != 0) return false;
  p->s += n;
  return true;
}

static Json *parse_container(Parser *p, int depth, bool object) {
  char close = object ? '}' : ']';
  Json *v = json_new(object ? JSON_OBJECT : JSON_ARRAY);
  p->s++;
  skip_space(p);
  if (p->s < p->end && *p->s == close) {
    p->s++;
    return v;
  }
  for (;;) {
    char *key = NULL;
    if (object) {
      size_t klen;
      skip_space(p);
      if (p->s >= p->end || *p->s != '"') {
        fail(p, "expected a string key");
        break;
      }
      if (!(key = parse_string(p, &klen))) break;
      skip_space(p);
      if (p->s >= p->end || *p->s != ':') {
        free(key);
        fail(p, "expected ':' after a key");
        break;
      }
      p->s++;
    }
    Json *item = parse_value(p, depth + 1);
    if (!item) {
      free(key);
      break;
    }
    if (object) {
      grow(v);
      v->keys[v->count] = key;
      v->items[v->count++] = item;
    } else {
      json_push(v, item);
    }
    skip_space(p);
    if (p->s < p->end && *p->s == ',') {
      p->s++;
      continue;
    }
    if (p->s < p->end && *p->s == close) {
      p->s++;
      return v;
    }
    fail(p, object ? "expected ',' or '}'" : "expected ',' or ']'");
    break;
  }
  json_free(v);
  return NULL;
}

static Json *parse_value(Parser *p, int depth) {
  skip_space(p);
  if (depth > JSON_MAX_DEPTH) {
    fail(p, "nested deeper than %d", JSON_MAX_DEPTH);
    return NULL;
  }
  if (p->s >= p->end) {
    fail(p, "unexpected end of input");
    return NULL;
  }
  char c = *p->s;
  if (c == '{' || c == '[') return parse_container(p, depth, c == '{');
  if (c == '"') {
    size_t len;
    char *s = parse_string(p, &len);
    if (!s) return NULL;
    Json *v = json_new(JSON_STRING);
    v->text = s;
    v->len = len;
    return v;
  }
  if (c == '-' || (c >= '0' && c <= '9')) return parse_number(p);
  if (literal(p, "true")) return json_new(JSON_TRUE);
  if (literal(p, "false")) return json_new(JSON_FALSE);
  if (literal(p, "null")) return json_new(JSON_NULL);
  fail(p, "unexpected character '%c'", c);
  return NULL;
}

Json *json_parse(const char *text, size_t len, char *err, size_t errlen) {
  Parser p = {text, text + len, text, 1, err, errlen, false};
  Json *v = parse_value(&p, 0);
  if (!v) return NULL;
  skip_space(&p);
  if (p.s < p.end) {
    fail(&p, "trailing characters after the value");
    json_free(v);
    return NULL;
  }
  return v;
}

Json *json_parse_file(const char *path, char *err, size_t errlen) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    snprintf(err, errlen, "%s: %s", path, strerror(errno));
    return NULL;
  }
  size_t cap = 1 << 16, n = 0, got;
  char *buf = xrealloc(NULL, cap);
  while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) buf = xrealloc(buf, cap *= 2);
  }
  fclose(f);
  char msg[256];
  Json *v = json_parse(buf, n, msg, sizeof msg);
  free(buf);
  if (!v) snprintf(err, errlen, "%s:%s", path, msg);
  return v;
}

/* ---- look-ups ----------------------------------------------------------------------------- */

Json *json_get(const Json *object, const char *key) {
  if (!object || object->kind != JSON_OBJECT) return NULL;
  for (int i = 0; i < object->count; i++)
    if (strcmp(object->keys[i], key) == 0) return object->items[i];
  return NULL;
}

Json *json_path(const Json *v, const char *path) {
  const char *s = path;
  while (v) {
    const char *dot = strchr(s, '.');
    size_t n = dot ? (size_t)(dot - s) : strlen(s);
    char step[256];
    if (n >= sizeof step) return NULL;
    memcpy(step, s, n);
    step[n] = 0;
    if (v->kind == JSON_OBJECT) {
      v = json_get(v, step);
    } else if (v->kind == JSON_ARRAY) {
      char *end;
      long i = strtol(step, &end, 10);
      if (n == 0 || *end || i < 0 || i >= v->count) return NULL;
      v = v->items[i];
    } else {
      return NULL;
    }
    if (!dot) return (Json *)v;
    s = dot + 1;
  }
  return NULL;
}

bool json_is_scalar(const Json *v) {
  return v->kind != JSON_ARRAY && v->kind != JSON_OBJECT;
}

void json_leaves(const Json *v, const char *prefix, JsonLeafFn fn, void *ctx) {
  if (json_is_scalar(v)) {
    fn(prefix ? prefix : "", v, ctx);
    return;
  }
  size_t plen = prefix ? strlen(prefix) : 0;
  for (int i = 0; i < v->count; i++) {
    char idx[24];
    const char *step = v->keys ? v->keys[i] : idx;
    if (!v->keys) snprintf(idx, sizeof idx, "%d", i);
    char *path = xrealloc(NULL, plen + strlen(step) + 2);
    if (plen)
      sprintf(path, "%s.%s", prefix, step);
    else
      strcpy(path, step);
    json_leaves(v->items[i], path, fn, ctx);
    free(path);
  }
}

/* ---- writing ------------------------------------------------------------------------------ */

void json_write_string(FILE *f, const char *s, size_t len) {
  fputc('"', f);
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '"': fputs("\\\"", f); break;
    case '\\': fputs("\\\\", f); break;
    case '\n': fputs("\\n", f); break;
    case '\r': fputs("\\r", f); break;
    case '\t': fputs("\\t", f); break;
    default:
      if (c < 0x20)
        fprintf(f, "\\u%04x", c);
      else
        fputc(c, f);
    }
  }
  fputc('"', f);
}

static bool flat(const Json *v) {
  for (int i = 0; i < v->count; i++)
    if (!json_is_scalar(v->items[i])) return false;
  return true;
}

static void write_value(FILE *f, const Json *v, int indent, int level) {
  switch (v->kind) {
  case JSON_NULL: fputs("null", f); return;
  case JSON_FALSE: fputs("false", f); return;
  case JSON_TRUE: fputs("true", f); return;
  case JSON_NUMBER: fputs(v->text, f); return;
  case JSON_STRING: json_write_string(f, v->text, v->len); return;
  case JSON_ARRAY:
  case JSON_OBJECT: break;
  }
  bool object = v->kind == JSON_OBJECT;
  bool lines = indent >= 0 && !flat(v);
  fputc(object ? '{' : '[', f);
  for (int i = 0; i < v->count; i++) {
    if (i) fputc(',', f);
    if (lines)
      fprintf(f, "\n%*s", indent * (level + 1), "");
    else if (i)
      fputc(' ', f);
    if (object) {
      json_write_string(f, v->keys[i], strlen(v->keys[i]));
      fputs(": ", f);
    }
    write_value(f, v->items[i], indent, level + 1);
  }
  if (lines) fprintf(f, "\n%*s", indent * level, "");
  fputc(object ? '}' : ']', f);
}

void json_write(FILE *f, const Json *v, int indent) {
  write_value(f, v, indent, 0);
}

char *json_to_text(const Json *v) {
  if (v->kind == JSON_NUMBER || v->kind == JSON_STRING) return strdup(v->text);
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  write_value(f, v, -1, 0);
  fclose(f);
  return buf;
}
