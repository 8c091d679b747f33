/* results.c — derives the figures computed across points (speedup), writes a results folder's
 * results.json, results.csv and summary.md, and prints the summary table. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "results.h"

static FILE *open_out(const char *dir, const char *name, char *path, size_t len) {
  snprintf(path, len, "%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  if (!f) fprintf(stderr, "djsim run: cannot write %s: %s\n", path, strerror(errno));
  return f;
}

static int close_out(FILE *f, const char *path) {
  if (ferror(f) | (fclose(f) != 0)) {
    fprintf(stderr, "djsim run: cannot write %s\n", path);
    return -1;
  }
  return 0;
}

static Json *strings_json(const ExpStrings *s) {
  Json *a = json_new(JSON_ARRAY);
  for (int i = 0; i < s->count; i++) json_push(a, json_string(s->v[i]));
  return a;
}

static Json *point_json(const PointResult *r) {
  const ExpPoint *p = r->point;
  Json *o = json_new(JSON_OBJECT);
  json_set(o, "key", json_string(p->key));
  json_set(o, "dir", json_string(p->dir));
  json_set(o, "platform", json_string(p->platform->name));
  json_set(o, "nodes", json_int(p->nodes));
  json_set(o, "policy", json_string(p->policy->name));
  Json *params = json_new(JSON_OBJECT);
  for (int i = 0; i < p->policy->params.count; i++) {
    const char *kv = p->policy->params.v[i];
    char *key = strndup(kv, strcspn(kv, "="));
    json_set(params, key, json_string(kv + strlen(key) + 1));
    free(key);
  }
  json_set(o, "params", params);
  json_set(o, "place", json_string(p->place));
  json_set(o, "args", strings_json(p->args));
  json_set(o, "status", json_string(r->ok ? "ok" : "failed"));
  if (r->error) json_set(o, "error", json_string(r->error));
  json_set(o, "figures", r->figures ? json_copy(r->figures) : json_new(JSON_NULL));
  if (r->derived) json_set(o, "derived", json_copy(r->derived));
  return o;
}

/* ---- derived figures ---------------------------------------------------------------------- */

static bool number_of(const PointResult *r, const char *path, double *out) {
  const Json *v = r->ok && r->figures ? json_path(r->figures, path) : NULL;
  if (!v || v->kind != JSON_NUMBER) return false;
  *out = v->num;
  return true;
}

/* The same point of the sweep but for its node count: the axes are pointers into one
 * Experiment, so equal values are equal pointers. */
static bool same_but_nodes(const ExpPoint *a, const ExpPoint *b) {
  return a->platform == b->platform && a->policy == b->policy && a->place == b->place &&
         a->args == b->args;
}

void results_derive(PointResult *r, int count) {
  for (int i = 0; i < count; i++) {
    double m, m1;
    if (!number_of(&r[i], "makespan_s", &m) || !(m > 0)) continue;
    for (int j = 0; j < count; j++) {
      if (r[j].point->nodes != 1 || !same_but_nodes(r[i].point, r[j].point)) continue;
      if (!number_of(&r[j], "makespan_s", &m1)) break;
      char text[32];
      snprintf(text, sizeof text, "%.6g", m1 / m);
      if (!r[i].derived) r[i].derived = json_new(JSON_OBJECT);
      json_set(r[i].derived, "speedup", json_number(text));
      break;
    }
  }
}

const Json *result_figure(const PointResult *r, const char *path) {
  const Json *v = r->figures ? json_path(r->figures, path) : NULL;
  if (!v && r->derived) v = json_path(r->derived, path);
  return v;
}

static int write_json(const char *dir, const Experiment *e, const PointResult *r, int count) {
  char path[4096];
  FILE *f = open_out(dir, "results.json", path, sizeof path);
  if (!f) return -1;
  Json *top = json_new(JSON_OBJECT);
  json_set(top, "name", json_string(e->name));
  json_set(top, "description", json_string(e->description));
  json_set(top, "size", e->size ? json_string(e->size) : json_new(JSON_NULL));
  json_set(top, "report", strings_json(&e->report));
  Json *points = json_new(JSON_ARRAY);
  for (int i = 0; i < count; i++) json_push(points, point_json(&r[i]));
  json_set(top, "points", points);
  json_write(f, top, 2);
  fputc('\n', f);
  json_free(top);
  return close_out(f, path);
}

/* ---- the table ---------------------------------------------------------------------------- */

typedef struct Table {
  int rows, cols; /* row 0 is the header */
  char **cell;
} Table;

static Table make_table(const Experiment *e, const PointResult *r, int count) {
  bool args = e->arg_sets != NULL;
  Table t = {count + 1, 5 + args + e->report.count, NULL};
  t.cell = calloc((size_t)(t.rows * t.cols), sizeof *t.cell);
  int c = 0;
  const char *head[] = {"platform", "nodes", "policy", "place", "args"};
  for (int i = 0; i < 5; i++)
    if (i < 4 || args) t.cell[c++] = strdup(head[i]);
  t.cell[c++] = strdup("status");
  for (int i = 0; i < e->report.count; i++) t.cell[c++] = strdup(e->report.v[i]);
  for (int row = 0; row < count; row++) {
    const ExpPoint *p = r[row].point;
    for (int i = 0; i < 5; i++)
      if (i < 4 || args) t.cell[c++] = exp_axis_value(p, exp_axis_keys[i]);
    t.cell[c++] = strdup(r[row].ok ? "ok" : "failed");
    for (int i = 0; i < e->report.count; i++) {
      const Json *v = result_figure(&r[row], e->report.v[i]);
      t.cell[c++] = v ? json_to_text(v) : strdup("-");
    }
  }
  return t;
}

static void free_table(Table *t) {
  for (int i = 0; i < t->rows * t->cols; i++) free(t->cell[i]);
  free(t->cell);
}

/* A markdown table with its columns aligned, so it reads as plain text too. */
static void print_table(FILE *f, const Table *t) {
  int *w = calloc((size_t)t->cols, sizeof *w);
  for (int i = 0; i < t->rows * t->cols; i++) {
    int n = 0;
    for (const char *s = t->cell[i]; *s; s++) n += 1 + (*s == '|');
    if (n > w[i % t->cols]) w[i % t->cols] = n;
  }
  for (int row = 0; row < t->rows; row++) {
    for (int col = 0; col < t->cols; col++) {
      const char *s = t->cell[row * t->cols + col];
      int n = 0;
      fputs("| ", f);
      for (; *s; s++, n++) {
        if (*s == '|') {
          fputc('\\', f);
          n++;
        }
        fputc(*s, f);
      }
      fprintf(f, "%*s ", w[col] - n, "");
    }
    fputs("|\n", f);
    if (row == 0) {
      for (int col = 0; col < t->cols; col++) {
        fputs("|", f);
        for (int k = 0; k < w[col] + 2; k++) fputc('-', f);
      }
      fputs("|\n", f);
    }
  }
  free(w);
}

static void put_csv(FILE *f, const char *s, bool last) {
  if (strpbrk(s, ",\"\n\r")) {
    fputc('"', f);
    for (; *s; s++) {
      if (*s == '"') fputc('"', f);
      fputc(*s, f);
    }
    fputc('"', f);
  } else {
    fputs(s, f);
  }
  fputc(last ? '\n' : ',', f);
}

/* Every row has the args column, so the CSV's shape does not depend on the sweep. */
static int write_csv(const char *dir, const Experiment *e, const PointResult *r, int count) {
  char path[4096];
  FILE *f = open_out(dir, "results.csv", path, sizeof path);
  if (!f) return -1;
  fputs("platform,nodes,policy,place,args,status", f);
  fputc(e->report.count ? ',' : '\n', f);
  for (int i = 0; i < e->report.count; i++) put_csv(f, e->report.v[i], i == e->report.count - 1);
  for (int row = 0; row < count; row++) {
    const ExpPoint *p = r[row].point;
    for (int i = 0; i < 5; i++) {
      char *v = exp_axis_value(p, exp_axis_keys[i]);
      put_csv(f, v, false);
      free(v);
    }
    put_csv(f, r[row].ok ? "ok" : "failed", e->report.count == 0);
    for (int i = 0; i < e->report.count; i++) {
      const Json *v = result_figure(&r[row], e->report.v[i]);
      char *text = v ? json_to_text(v) : strdup("");
      put_csv(f, text, i == e->report.count - 1);
      free(text);
    }
  }
  return close_out(f, path);
}

int results_write(const char *dir, const Experiment *e, const PointResult *r, int count) {
  if (write_json(dir, e, r, count) != 0 || write_csv(dir, e, r, count) != 0) return -1;
  char path[4096];
  FILE *f = open_out(dir, "summary.md", path, sizeof path);
  if (!f) return -1;
  Table t = make_table(e, r, count);
  fprintf(f, "# %s\n\n%s\n\n", e->name, e->description);
  if (e->size) fprintf(f, "Size: %s.\n\n", e->size);
  print_table(f, &t);
  int failed = 0;
  for (int i = 0; i < count; i++) failed += !r[i].ok;
  if (failed) {
    fprintf(f, "\n%d of %d points failed:\n\n", failed, count);
    for (int i = 0; i < count; i++)
      if (!r[i].ok) fprintf(f, "- %s: %s\n", r[i].point->key, r[i].error);
  }
  print_table(stdout, &t);
  fflush(stdout);
  free_table(&t);
  return close_out(f, path);
}
