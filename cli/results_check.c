/* results_check.c — baselines: `djsim baseline` stores the figures of a results folder, and
 * `djsim check` compares a results folder with a stored baseline.
 *
 * A baseline is JSON lines, one per point and figure, in results order:
 *   {"point": "cloud n=4 nop round-robin", "figure": "messages.count", "value": 120}
 * It holds the point's status, run.exit_status and every scalar figure except the rest of
 * "run" and the per-thread and per-node figures (makespan_s, messages.*, remote_ops.*,
 * migrations, forwards, replicas_*, class_bytes_shipped, and any counter added later);
 * numbers keep their text, so an exact check compares what the runs printed. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "results.h"

typedef struct Entry {
  const char *point, *figure; /* point: shared with the point's other entries */
  Json *value;
} Entry;

typedef struct Entries {
  Entry *v;
  int count, cap;
  char **points; /* the distinct points, in order; owned */
  int point_count;
} Entries;

static void add(Entries *es, const char *point, const char *figure, const Json *value) {
  if (es->count == es->cap) {
    es->cap = es->cap ? 2 * es->cap : 64;
    es->v = realloc(es->v, (size_t)es->cap * sizeof *es->v);
  }
  if (!es->point_count || strcmp(es->points[es->point_count - 1], point) != 0) {
    es->points = realloc(es->points, (size_t)(es->point_count + 1) * sizeof *es->points);
    es->points[es->point_count++] = strdup(point);
  }
  es->v[es->count++] = (Entry){es->points[es->point_count - 1], strdup(figure), json_copy(value)};
}

static void entries_free(Entries *es) {
  for (int i = 0; i < es->count; i++) {
    free((char *)es->v[i].figure);
    json_free(es->v[i].value);
  }
  for (int i = 0; i < es->point_count; i++) free(es->points[i]);
  free(es->v);
  free(es->points);
}

/* Every figure but the run's description and the per-thread and per-node detail, which say
 * how the work was spread rather than how much there was. */
static bool kept(const char *path) {
  static const char *const left_out[] = {"run", "threads", "nodes", NULL};
  if (strcmp(path, "run.exit_status") == 0) return true;
  for (int i = 0; left_out[i]; i++) {
    size_t n = strlen(left_out[i]);
    if (strncmp(path, left_out[i], n) == 0 && (path[n] == 0 || path[n] == '.')) return false;
  }
  return true;
}

typedef struct Collect {
  Entries *es;
  const char *point;
} Collect;

static void collect_leaf(const char *path, const Json *leaf, void *ctx) {
  Collect *c = ctx;
  if (kept(path)) add(c->es, c->point, path, leaf);
}

/* Reads RESULTS_DIR/results.json (or a results.json given directly) into entries. */
static int read_results(const char *arg, Entries *es, const char *cmd) {
  char path[4096], err[512];
  size_t n = strlen(arg);
  if (n > 5 && strcmp(arg + n - 5, ".json") == 0)
    snprintf(path, sizeof path, "%s", arg);
  else
    snprintf(path, sizeof path, "%s/results.json", arg);
  Json *top = json_parse_file(path, err, sizeof err);
  if (!top) {
    fprintf(stderr, "djsim %s: %s\n", cmd, err);
    return -1;
  }
  Json *points = json_get(top, "points");
  if (!points || points->kind != JSON_ARRAY) {
    fprintf(stderr, "djsim %s: %s: no \"points\" list\n", cmd, path);
    json_free(top);
    return -1;
  }
  for (int i = 0; i < points->count; i++) {
    const Json *p = points->items[i], *key = json_get(p, "key"), *status = json_get(p, "status");
    if (!key || key->kind != JSON_STRING || !status) {
      fprintf(stderr, "djsim %s: %s: point %d has no \"key\" or \"status\"\n", cmd, path, i + 1);
      json_free(top);
      return -1;
    }
    add(es, key->text, "status", status);
    const Json *figures = json_get(p, "figures");
    Collect c = {es, key->text};
    if (figures && figures->kind == JSON_OBJECT) json_leaves(figures, NULL, collect_leaf, &c);
  }
  json_free(top);
  return 0;
}

int cmd_baseline(int argc, char **argv) {
  const char *dir = NULL, *out = NULL;
  for (int i = 1; i < argc; i++) {
    if ((strcmp(argv[i], "-o") == 0 || strcmp(argv[i], "--out") == 0) && i + 1 < argc) {
      out = argv[++i];
    } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      printf("usage: djsim baseline RESULTS_DIR -o FILE\n"
             "Stores the figures of a results folder as a baseline for `djsim check`.\n");
      return 0;
    } else if (argv[i][0] != '-' && !dir) {
      dir = argv[i];
    } else {
      fprintf(stderr,
              "djsim baseline: unexpected '%s'\nusage: djsim baseline RESULTS_DIR -o "
              "FILE\n",
              argv[i]);
      return 2;
    }
  }
  if (!dir || !out) {
    fprintf(stderr, "usage: djsim baseline RESULTS_DIR -o FILE\n");
    return 2;
  }
  Entries es = {0};
  if (read_results(dir, &es, "baseline") != 0) return 2;
  FILE *f = strcmp(out, "-") == 0 ? stdout : fopen(out, "w");
  if (!f) {
    fprintf(stderr, "djsim baseline: cannot write %s: %s\n", out, strerror(errno));
    entries_free(&es);
    return 1;
  }
  for (int i = 0; i < es.count; i++) {
    fputs("{\"point\": ", f);
    json_write_string(f, es.v[i].point, strlen(es.v[i].point));
    fputs(", \"figure\": ", f);
    json_write_string(f, es.v[i].figure, strlen(es.v[i].figure));
    fputs(", \"value\": ", f);
    json_write(f, es.v[i].value, -1);
    fputs("}\n", f);
  }
  int rc = ferror(f) ? 1 : 0;
  if (f != stdout && fclose(f) != 0) rc = 1;
  if (rc)
    fprintf(stderr, "djsim baseline: cannot write %s\n", out);
  else if (f != stdout)
    fprintf(stderr, "%s: %d points, %d figures\n", out, es.point_count, es.count);
  entries_free(&es);
  return rc;
}

/* Reads a baseline file; errors name its line. */
static int read_baseline(const char *path, Entries *es) {
  FILE *f = fopen(path, "r");
  if (!f) {
    fprintf(stderr, "djsim check: cannot open %s: %s\n", path, strerror(errno));
    return -1;
  }
  char *line = NULL, err[256];
  size_t cap = 0;
  ssize_t n;
  int lineno = 0, rc = 0;
  while (rc == 0 && (n = getline(&line, &cap, f)) >= 0) {
    lineno++;
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
    if (n == 0) continue;
    Json *v = json_parse(line, (size_t)n, err, sizeof err);
    const Json *point = json_get(v, "point"), *figure = json_get(v, "figure");
    const Json *value = json_get(v, "value");
    if (!v) {
      fprintf(stderr, "%s:%d:%s\n", path, lineno, strchr(err, ':') + 1);
      rc = -1;
    } else if (!point || point->kind != JSON_STRING || !figure || figure->kind != JSON_STRING ||
               !value) {
      fprintf(stderr, "%s:%d: expected {\"point\": ..., \"figure\": ..., \"value\": ...}\n", path,
              lineno);
      rc = -1;
    } else {
      add(es, point->text, figure->text, value);
    }
    json_free(v);
  }
  free(line);
  fclose(f);
  return rc;
}

static bool same(const Json *a, const Json *b, double tolerance) {
  if (a->kind != b->kind) return false;
  if (a->kind == JSON_NUMBER) {
    if (strcmp(a->text, b->text) == 0 || a->num == b->num) return true;
    double scale = fmax(fabs(a->num), fabs(b->num));
    return tolerance > 0 && fabs(a->num - b->num) <= tolerance * scale;
  }
  if (a->kind == JSON_STRING) return a->len == b->len && memcmp(a->text, b->text, a->len) == 0;
  return true;
}

/* The entries of one point: [*first, *first + count). */
static bool find_point(const Entries *es, const char *point, int *first, int *count) {
  for (int i = 0; i < es->count; i++) {
    if (strcmp(es->v[i].point, point) != 0) continue;
    int j = i;
    while (j < es->count && es->v[j].point == es->v[i].point) j++;
    *first = i;
    *count = j - i;
    return true;
  }
  return false;
}

static const Entry *find_figure(const Entries *es, int first, int count, const char *figure) {
  for (int i = first; i < first + count; i++)
    if (strcmp(es->v[i].figure, figure) == 0) return &es->v[i];
  return NULL;
}

static void print_value(const Json *v) {
  char *t = json_to_text(v);
  fputs(t, stdout);
  free(t);
}

static int compare(const Entries *old, const Entries *cur, double tolerance) {
  int diffs = 0, figures = 0, points = 0;
  for (int p = 0; p < old->point_count; p++) {
    const char *key = old->points[p];
    int of, oc, cf, cc;
    find_point(old, key, &of, &oc);
    if (!find_point(cur, key, &cf, &cc)) {
      printf("%s: point missing from the results\n", key);
      diffs++;
      continue;
    }
    points++;
    for (int i = of; i < of + oc; i++) {
      const Entry *o = &old->v[i], *c = find_figure(cur, cf, cc, o->figure);
      figures++;
      if (c && same(o->value, c->value, tolerance)) continue;
      printf("%s: %s: ", key, o->figure);
      print_value(o->value);
      fputs(" -> ", stdout);
      if (c)
        print_value(c->value);
      else
        fputs("(missing)", stdout);
      putchar('\n');
      diffs++;
    }
    for (int i = cf; i < cf + cc; i++) {
      if (find_figure(old, of, oc, cur->v[i].figure)) continue;
      printf("%s: %s: (not in the baseline) -> ", key, cur->v[i].figure);
      print_value(cur->v[i].value);
      putchar('\n');
      diffs++;
    }
  }
  for (int p = 0; p < cur->point_count; p++) {
    int f, c;
    if (!find_point(old, cur->points[p], &f, &c)) {
      printf("%s: point not in the baseline\n", cur->points[p]);
      diffs++;
    }
  }
  if (diffs) {
    printf("%d difference%s from the baseline\n", diffs, diffs == 1 ? "" : "s");
    return 1;
  }
  printf("%d points, %d figures: no regression\n", points, figures);
  return 0;
}

int cmd_check(int argc, char **argv) {
  const char *dir = NULL, *base = NULL;
  double tolerance = 0;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--baseline") == 0 && i + 1 < argc) {
      base = argv[++i];
    } else if (strcmp(argv[i], "--tolerance") == 0 && i + 1 < argc) {
      char *end;
      tolerance = strtod(argv[++i], &end);
      if (end == argv[i] || *end || !(tolerance >= 0)) {
        fprintf(stderr,
                "djsim check: --tolerance takes a relative difference like 0.01, not "
                "'%s'\n",
                argv[i]);
        return 2;
      }
    } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      printf("usage: djsim check RESULTS_DIR --baseline FILE [--tolerance REL]\n"
             "Compares a results folder with a baseline from `djsim baseline`; exits 1 on any\n"
             "difference (REL: the relative difference allowed on numbers, default 0).\n");
      return 0;
    } else if (argv[i][0] != '-' && !dir) {
      dir = argv[i];
    } else {
      fprintf(stderr, "djsim check: unexpected '%s'\n", argv[i]);
      return 2;
    }
  }
  if (!dir || !base) {
    fprintf(stderr, "usage: djsim check RESULTS_DIR --baseline FILE [--tolerance REL]\n");
    return 2;
  }
  Entries old = {0}, cur = {0};
  int rc = 2;
  if (read_baseline(base, &old) == 0 && read_results(dir, &cur, "check") == 0)
    rc = compare(&old, &cur, tolerance);
  entries_free(&old);
  entries_free(&cur);
  return rc;
}
