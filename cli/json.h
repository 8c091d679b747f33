/* json.h — a small strict JSON reader and writer for the runner's figures and results.
 *
 * Owns: the Json tree (objects keep their keys in file order), the parser (RFC 8259, no
 * extensions, errors as "LINE:COLUMN: what"), the writer, and dotted-path look-ups
 * ("messages.by_type.READ.count", "nodes.0.cpu_busy_s").
 * Numbers keep the text they were read from and are written back from it, so a figure read
 * from a child and written into results.json is the same bytes. Calls libc only. */
#ifndef DJ_CLI_JSON_H
#define DJ_CLI_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum JsonKind {
  JSON_NULL,
  JSON_FALSE,
  JSON_TRUE,
  JSON_NUMBER,
  JSON_STRING,
  JSON_ARRAY,
  JSON_OBJECT
} JsonKind;

typedef struct Json Json;
struct Json {
  JsonKind kind;
  char *text; /* JSON_NUMBER: the text as read; JSON_STRING: the decoded bytes */
  size_t len; /* length of text (a string may hold NUL bytes) */
  double num; /* JSON_NUMBER: its value */
  int count;  /* JSON_ARRAY, JSON_OBJECT: members */
  int cap;
  char **keys;  /* JSON_OBJECT: the keys, in order */
  Json **items; /* JSON_ARRAY: the elements; JSON_OBJECT: the values */
};

/* Parses text[0..len); NULL on error with "LINE:COLUMN: what" in err. */
Json *json_parse(const char *text, size_t len, char *err, size_t errlen);
/* Reads and parses a file; NULL on error with "PATH:LINE:COLUMN: what" in err. */
Json *json_parse_file(const char *path, char *err, size_t errlen);
void json_free(Json *v);

Json *json_new(JsonKind kind);
Json *json_string(const char *s);
Json *json_number(const char *text); /* text must be a JSON number */
Json *json_int(long long n);
Json *json_copy(const Json *v);
void json_push(Json *array, Json *item);
void json_set(Json *object, const char *key, Json *value); /* appends; no duplicate check */

Json *json_get(const Json *object, const char *key);
/* Follows a dotted path of object keys and array indices; NULL if any step is missing. */
Json *json_path(const Json *v, const char *path);
bool json_is_scalar(const Json *v);

/* Writes v; indent < 0 writes it on one line, otherwise nested containers go one member per
 * line (containers holding only scalars stay on one line). */
void json_write(FILE *f, const Json *v, int indent);
/* Writes a string literal with escapes. */
void json_write_string(FILE *f, const char *s, size_t len);
/* The scalar as text for tables: a number's text, a string's bytes, true/false/null; a
 * container on one line. Malloc'd. */
char *json_to_text(const Json *v);

/* Calls fn for every scalar under v, with its dotted path (prefix first, if any). */
typedef void (*JsonLeafFn)(const char *path, const Json *leaf, void *ctx);
void json_leaves(const Json *v, const char *prefix, JsonLeafFn fn, void *ctx);

#endif
