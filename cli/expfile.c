/* expfile.c — reads and checks experiment files (libyaml's document API, so every node keeps
 * its line and column for errors) and expands their sweep into points. */
#include <dirent.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <yaml.h>

#include "cli.h"
#include "expfile.h"

const char *const exp_axis_keys[] = {"platform", "nodes", "policy", "place", "args", NULL};

typedef struct Loader {
  const char *path;
  yaml_document_t doc;
  int errors;
  yaml_node_t *size; /* the chosen entry of sizes:, or NULL */
} Loader;

/* The one error helper of experiment files: "FILE:LINE:COLUMN: what". */
static void err_at(Loader *l, const yaml_node_t *n, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "%s:%zu:%zu: ", l->path, n ? n->start_mark.line + 1 : 1,
          n ? n->start_mark.column + 1 : 1);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  l->errors++;
}

static void list_choices(char *buf, size_t len, const char *const *choices) {
  buf[0] = 0;
  for (int i = 0; choices[i]; i++)
    snprintf(buf + strlen(buf), len - strlen(buf), "%s%s", i ? ", " : "", choices[i]);
}

static yaml_node_t *node(Loader *l, int id) {
  return yaml_document_get_node(&l->doc, id);
}

static const char *scalar_text(const yaml_node_t *n) {
  return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

/* A scalar, or an error naming what was expected. */
static const char *want_scalar(Loader *l, const yaml_node_t *n, const char *what) {
  const char *s = scalar_text(n);
  if (!s)
    err_at(l, n, "%s must be a single value, not a %s", what,
           n->type == YAML_MAPPING_NODE ? "map" : "list");
  return s;
}

static char *want_string(Loader *l, const yaml_node_t *n, const char *what) {
  const char *s = want_scalar(l, n, what);
  if (s && !*s) {
    err_at(l, n, "%s must not be empty", what);
    return NULL;
  }
  return s ? strdup(s) : NULL;
}

/* Checks that n is a map whose keys are all in valid, and none repeats. */
static bool want_map(Loader *l, yaml_node_t *n, const char *what, const char *const *valid) {
  if (n->type != YAML_MAPPING_NODE) {
    err_at(l, n, "%s must be a map", what);
    return false;
  }
  for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
    yaml_node_t *k = node(l, p->key);
    const char *key = scalar_text(k);
    if (!key) {
      err_at(l, k, "a key of %s must be a single value", what);
      continue;
    }
    bool known = false;
    for (int i = 0; valid && valid[i] && !known; i++) known = strcmp(valid[i], key) == 0;
    if (valid && !known) {
      char choices[512];
      list_choices(choices, sizeof choices, valid);
      err_at(l, k, "unknown key '%s' in %s (valid: %s)", key, what, choices);
    }
    for (yaml_node_pair_t *q = n->data.mapping.pairs.start; q < p; q++) {
      const char *prev = scalar_text(node(l, q->key));
      if (prev && strcmp(prev, key) == 0) err_at(l, k, "duplicate key '%s' in %s", key, what);
    }
  }
  return true;
}

static yaml_node_t *get(Loader *l, yaml_node_t *map, const char *key) {
  if (!map || map->type != YAML_MAPPING_NODE) return NULL;
  for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
    const char *k = scalar_text(node(l, p->key));
    if (k && strcmp(k, key) == 0) return node(l, p->value);
  }
  return NULL;
}

static yaml_node_t *require(Loader *l, yaml_node_t *map, const char *key, const char *what) {
  yaml_node_t *v = get(l, map, key);
  if (!v && map->type == YAML_MAPPING_NODE) err_at(l, map, "%s has no '%s'", what, key);
  return v;
}

/* The items of a list; a single value counts as a list of one (`nodes: 4`). */
static yaml_node_t **items(Loader *l, yaml_node_t *n, const char *what, int *count) {
  *count = 0;
  if (n->type == YAML_MAPPING_NODE) {
    err_at(l, n, "%s must be a list", what);
    return NULL;
  }
  if (n->type == YAML_SCALAR_NODE) {
    yaml_node_t **v = malloc(sizeof *v);
    v[0] = n;
    *count = 1;
    return v;
  }
  int c = (int)(n->data.sequence.items.top - n->data.sequence.items.start);
  if (c == 0) {
    err_at(l, n, "%s must not be empty", what);
    return NULL;
  }
  yaml_node_t **v = malloc((size_t)c * sizeof *v);
  for (int i = 0; i < c; i++) v[i] = node(l, n->data.sequence.items.start[i]);
  *count = c;
  return v;
}

static void strings_push(ExpStrings *s, const char *v) {
  s->v = realloc(s->v, (size_t)(s->count + 1) * sizeof *s->v);
  s->v[s->count++] = strdup(v);
}

static void strings_free(ExpStrings *s) {
  for (int i = 0; i < s->count; i++) free(s->v[i]);
  free(s->v);
  s->v = NULL;
  s->count = 0;
}

/* A list of single values (an empty list is allowed: a program without arguments). */
static ExpStrings want_strings(Loader *l, yaml_node_t *n, const char *what) {
  ExpStrings s = {0};
  if (n->type == YAML_SEQUENCE_NODE && n->data.sequence.items.top == n->data.sequence.items.start)
    return s;
  int c;
  yaml_node_t **v = items(l, n, what, &c);
  for (int i = 0; i < c; i++) {
    const char *t = want_scalar(l, v[i], what);
    if (t) strings_push(&s, t);
  }
  free(v);
  return s;
}

static bool want_bool(Loader *l, yaml_node_t *n, const char *what) {
  const char *s = want_scalar(l, n, what);
  if (!s) return false;
  if (strcmp(s, "true") == 0 || strcmp(s, "yes") == 0) return true;
  if (strcmp(s, "false") != 0 && strcmp(s, "no") != 0)
    err_at(l, n, "%s must be true or false, not '%s'", what, s);
  return false;
}

char *exp_join(const ExpStrings *s, const char *sep) {
  size_t n = 1;
  for (int i = 0; i < s->count; i++) n += strlen(s->v[i]) + strlen(sep);
  char *out = malloc(n);
  out[0] = 0;
  for (int i = 0; i < s->count; i++) {
    if (i) strcat(out, sep);
    strcat(out, s->v[i]);
  }
  return out;
}

/* A path of the file, relative to the file's folder unless absolute. */
static char *resolve(const Experiment *e, const char *p) {
  if (p[0] == '/' || strcmp(e->dir, ".") == 0) return strdup(p);
  char *r = malloc(strlen(e->dir) + strlen(p) + 2);
  sprintf(r, "%s/%s", e->dir, p);
  return r;
}

static bool is_file(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static bool is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The value of a key, unless the chosen size overrides it (sizes.NAME.KEY for top-level and
 * program keys, sizes.NAME.sweep.KEY for an axis). */
static yaml_node_t *sized(Loader *l, yaml_node_t *map, const char *key, bool axis) {
  yaml_node_t *over = axis ? get(l, get(l, l->size, "sweep"), key) : get(l, l->size, key);
  return over ? over : get(l, map, key);
}

/* ---- the sections ------------------------------------------------------------------------- */

static void load_program(Loader *l, Experiment *e, yaml_node_t *prog) {
  static const char *const keys[] = {"classpath", "main", "args", "sources", NULL};
  if (!want_map(l, prog, "program", keys)) return;
  yaml_node_t *n;
  if ((n = require(l, prog, "main", "program"))) e->main = want_string(l, n, "program.main");
  if ((n = sized(l, prog, "args", false))) e->args = want_strings(l, n, "program.args");
  if ((n = get(l, prog, "classpath"))) {
    ExpStrings raw = want_strings(l, n, "program.classpath");
    for (int i = 0; i < raw.count; i++) {
      for (char *save, *s = strtok_r(raw.v[i], ":", &save); s; s = strtok_r(NULL, ":", &save)) {
        char *p = resolve(e, s);
        if (access(p, F_OK) != 0) err_at(l, n, "class path entry '%s' does not exist (%s)", s, p);
        strings_push(&e->classpath, p);
        free(p);
      }
    }
    strings_free(&raw);
  }
  if ((n = get(l, prog, "sources"))) {
    char *s = want_string(l, n, "program.sources");
    if (s) {
      e->sources = resolve(e, s);
      if (!is_dir(e->sources))
        err_at(l, n, "sources folder '%s' does not exist (%s)", s, e->sources);
      free(s);
    }
  }
  if (!e->classpath.count && !e->sources && prog->type == YAML_MAPPING_NODE)
    err_at(l, prog, "program needs a classpath or sources");
}

/* The bundled platforms, sorted, for error messages. */
static void bundled_platforms(char *buf, size_t len) {
  buf[0] = 0;
  DIR *d = opendir(cli_platform_dir());
  if (!d) return;
  char *names[64];
  int n = 0;
  for (struct dirent *de; (de = readdir(d)) && n < 64;) {
    size_t k = strlen(de->d_name);
    if (k > 4 && strcmp(de->d_name + k - 4, ".xml") == 0) names[n++] = strndup(de->d_name, k - 4);
  }
  closedir(d);
  for (int i = 1; i < n; i++)
    for (int j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
      char *t = names[j];
      names[j] = names[j - 1];
      names[j - 1] = t;
    }
  for (int i = 0; i < n; i++) {
    snprintf(buf + strlen(buf), len - strlen(buf), "%s%s", i ? ", " : "", names[i]);
    free(names[i]);
  }
}

static void load_platforms(Loader *l, Experiment *e, yaml_node_t *n) {
  int c;
  yaml_node_t **v = items(l, n, "sweep.platforms", &c);
  e->platforms = calloc((size_t)c + 1, sizeof *e->platforms);
  for (int i = 0; i < c; i++) {
    char *name = want_string(l, v[i], "a platform");
    if (!name) continue;
    size_t k = strlen(name);
    bool file = strchr(name, '/') || (k > 4 && strcmp(name + k - 4, ".xml") == 0);
    char *arg = file ? resolve(e, name) : strdup(name);
    char *path = file ? strdup(arg) : cli_platform_path(name);
    if (!is_file(path)) {
      char choices[512];
      bundled_platforms(choices, sizeof choices);
      if (file)
        err_at(l, v[i], "platform file '%s' does not exist (%s)", name, path);
      else
        err_at(l, v[i], "unknown platform '%s' (bundled: %s; or a SimGrid file path)", name,
               choices);
    }
    free(path);
    for (int j = 0; j < e->platform_count; j++)
      if (strcmp(e->platforms[j].name, name) == 0) err_at(l, v[i], "platform '%s' repeats", name);
    e->platforms[e->platform_count++] = (ExpPlatform){name, arg};
  }
  free(v);
}

static void load_nodes(Loader *l, Experiment *e, yaml_node_t *n) {
  int c;
  yaml_node_t **v = items(l, n, "sweep.nodes", &c);
  e->nodes = calloc((size_t)c + 1, sizeof *e->nodes);
  for (int i = 0; i < c; i++) {
    const char *s = want_scalar(l, v[i], "a node count");
    if (!s) continue;
    char *end;
    long k = strtol(s, &end, 10);
    if (end == s || *end || k < 1 || k > 1000000) {
      err_at(l, v[i], "a node count must be an integer from 1 to 1000000, not '%s'", s);
      continue;
    }
    for (int j = 0; j < e->node_count; j++)
      if (e->nodes[j] == k) err_at(l, v[i], "node count %ld repeats", k);
    e->nodes[e->node_count++] = (int)k;
  }
  free(v);
}

/* Runs `exe policies --names`; the names, or NULL if that command is not there. */
static ExpStrings *known_policies(const char *exe) {
  int fd[2];
  if (!exe || pipe(fd) != 0) return NULL;
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fd[1], 1);
    close(fd[0]);
    close(fd[1]);
    int null = open("/dev/null", O_WRONLY);
    if (null >= 0) dup2(null, 2);
    execl(exe, exe, "policies", "--names", (char *)NULL);
    _exit(127);
  }
  close(fd[1]);
  ExpStrings *names = calloc(1, sizeof *names);
  FILE *f = fdopen(fd[0], "r");
  char line[256];
  while (f && fgets(line, sizeof line, f)) {
    line[strcspn(line, "\r\n")] = 0;
    if (*line) strings_push(names, line);
  }
  if (f) fclose(f);
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0 ||
      names->count == 0) {
    strings_free(names);
    free(names);
    return NULL;
  }
  return names;
}

static void load_policies(Loader *l, Experiment *e, yaml_node_t *n, const char *policy_exe) {
  static const char *const keys[] = {"name", "params", NULL};
  int c;
  yaml_node_t **v = items(l, n, "sweep.policies", &c);
  e->policies = calloc((size_t)c + 1, sizeof *e->policies);
  ExpStrings *known = c ? known_policies(policy_exe) : NULL;
  for (int i = 0; i < c; i++) {
    ExpPolicy pol = {0};
    yaml_node_t *name_node = v[i];
    if (v[i]->type == YAML_MAPPING_NODE) {
      want_map(l, v[i], "a policy", keys);
      if ((name_node = require(l, v[i], "name", "a policy")))
        pol.name = want_string(l, name_node, "a policy name");
      yaml_node_t *params = get(l, v[i], "params");
      if (params && want_map(l, params, "policy params", NULL)) {
        for (yaml_node_pair_t *p = params->data.mapping.pairs.start;
             p < params->data.mapping.pairs.top; p++) {
          const char *k = scalar_text(node(l, p->key));
          const char *val = want_scalar(l, node(l, p->value), "a policy parameter");
          if (!k || !val) continue;
          char *kv = malloc(strlen(k) + strlen(val) + 2);
          sprintf(kv, "%s=%s", k, val);
          strings_push(&pol.params, kv);
          free(kv);
        }
      }
    } else {
      pol.name = want_string(l, v[i], "a policy");
    }
    if (!pol.name) {
      strings_free(&pol.params);
      continue;
    }
    bool found = !known;
    for (int j = 0; known && j < known->count && !found; j++)
      found = strcmp(known->v[j], pol.name) == 0;
    if (!found) {
      char *choices = exp_join(known, ", ");
      err_at(l, name_node, "unknown policy '%s' (valid: %s)", pol.name, choices);
      free(choices);
    }
    if (pol.params.count) {
      char *p = exp_join(&pol.params, ",");
      pol.label = malloc(strlen(pol.name) + strlen(p) + 3);
      sprintf(pol.label, "%s(%s)", pol.name, p);
      free(p);
    } else {
      pol.label = strdup(pol.name);
    }
    for (int j = 0; j < e->policy_count; j++)
      if (strcmp(e->policies[j].label, pol.label) == 0)
        err_at(l, v[i], "policy '%s' repeats", pol.label);
    e->policies[e->policy_count++] = pol;
  }
  if (known) strings_free(known);
  free(known);
  free(v);
}

static void load_arg_sets(Loader *l, Experiment *e, yaml_node_t *n) {
  int c;
  yaml_node_t **v = items(l, n, "sweep.args", &c);
  e->arg_sets = calloc((size_t)c + 1, sizeof *e->arg_sets);
  for (int i = 0; i < c; i++) {
    if (v[i]->type != YAML_SEQUENCE_NODE) {
      err_at(l, v[i], "sweep.args must be a list of argument lists, like [[\"8\"], [\"16\"]]");
      break;
    }
    ExpStrings s = want_strings(l, v[i], "an argument");
    char *joined = exp_join(&s, " ");
    for (int j = 0; j < e->arg_set_count; j++) {
      char *other = exp_join(&e->arg_sets[j], " ");
      if (strcmp(other, joined) == 0) err_at(l, v[i], "argument list [%s] repeats", joined);
      free(other);
    }
    free(joined);
    e->arg_sets[e->arg_set_count++] = s;
  }
  free(v);
}

static void load_sweep(Loader *l, Experiment *e, yaml_node_t *sweep, const char *policy_exe) {
  static const char *const keys[] = {"platforms", "nodes", "policies", "place", "args", NULL};
  if (!want_map(l, sweep, "sweep", keys)) return;
  yaml_node_t *n;
  if ((n = sized(l, sweep, "platforms", true)))
    load_platforms(l, e, n);
  else
    err_at(l, sweep, "sweep has no 'platforms'");
  if ((n = sized(l, sweep, "nodes", true)))
    load_nodes(l, e, n);
  else
    err_at(l, sweep, "sweep has no 'nodes'");
  if ((n = sized(l, sweep, "policies", true)))
    load_policies(l, e, n, policy_exe);
  else
    err_at(l, sweep, "sweep has no 'policies'");
  if ((n = sized(l, sweep, "place", true))) {
    e->places = want_strings(l, n, "sweep.place");
    for (int i = 1; i < e->places.count; i++)
      for (int j = 0; j < i; j++)
        if (strcmp(e->places.v[i], e->places.v[j]) == 0)
          err_at(l, n, "placement '%s' repeats", e->places.v[i]);
  } else {
    strings_push(&e->places, "local"); /* djsim sim's default */
  }
  if ((n = sized(l, sweep, "args", true))) load_arg_sets(l, e, n);
}

static void load_plots(Loader *l, Experiment *e, yaml_node_t *n) {
  static const char *const keys[] = {"name",  "type", "x",    "y",     "series",
                                     "title", "logx", "logy", "ideal", NULL};
  static const char *const types[] = {"lines", "boxes", NULL};
  char axes[128], type_names[64];
  list_choices(axes, sizeof axes, exp_axis_keys);
  list_choices(type_names, sizeof type_names, types);
  int c;
  yaml_node_t **v = items(l, n, "plots", &c);
  e->plots = calloc((size_t)c + 1, sizeof *e->plots);
  for (int i = 0; i < c; i++) {
    if (!want_map(l, v[i], "a plot", keys)) continue;
    ExpPlot *p = &e->plots[e->plot_count++];
    yaml_node_t *k;
    if ((k = require(l, v[i], "name", "a plot")) && (p->name = want_string(l, k, "a plot name"))) {
      if (strspn(p->name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.") !=
              strlen(p->name) ||
          p->name[0] == '.')
        err_at(l, k, "a plot name is a file name: letters, digits, '_', '-' and '.' only");
      for (int j = 0; j < e->plot_count - 1; j++)
        if (e->plots[j].name && strcmp(e->plots[j].name, p->name) == 0)
          err_at(l, k, "plot name '%s' repeats", p->name);
    }
    if ((k = get(l, v[i], "type"))) {
      const char *t = want_scalar(l, k, "a plot type");
      if (t && strcmp(t, "boxes") == 0)
        p->type = EXP_PLOT_BOXES;
      else if (t && strcmp(t, "lines") != 0)
        err_at(l, k, "unknown plot type '%s' (valid: %s)", t, type_names);
    }
    if ((k = require(l, v[i], "x", "a plot")) && (p->x = want_string(l, k, "plot x")) &&
        !exp_is_axis(p->x))
      err_at(l, k, "plot x must be a sweep axis, not '%s' (valid: %s)", p->x, axes);
    if ((k = require(l, v[i], "y", "a plot"))) p->y = want_string(l, k, "plot y");
    if ((k = get(l, v[i], "series")) && (p->series = want_string(l, k, "plot series")) &&
        !exp_is_axis(p->series))
      err_at(l, k, "plot series must be a sweep axis, not '%s' (valid: %s)", p->series, axes);
    if (p->x && p->series && strcmp(p->x, p->series) == 0)
      err_at(l, k, "plot series and x are both '%s'", p->x);
    if ((k = get(l, v[i], "title"))) p->title = want_string(l, k, "plot title");
    if ((k = get(l, v[i], "logx"))) p->logx = want_bool(l, k, "logx");
    if ((k = get(l, v[i], "logy"))) p->logy = want_bool(l, k, "logy");
    if (p->logx && p->type == EXP_PLOT_BOXES)
      err_at(l, v[i], "a boxes plot has no logx");
    else if (p->logx && p->x && strcmp(p->x, "nodes") != 0)
      err_at(l, v[i], "logx needs a numeric x axis (nodes)");
    if ((k = get(l, v[i], "ideal")) && (p->ideal = want_bool(l, k, "ideal")) &&
        (p->type == EXP_PLOT_BOXES || (p->x && strcmp(p->x, "nodes") != 0)))
      err_at(l, k, "ideal (the line y = x) needs a lines plot with x: nodes");
  }
  free(v);
}

static void load_sizes(Loader *l, yaml_node_t *sizes, const char *want, Experiment *e) {
  static const char *const keys[] = {"args", "sweep", "heap", "timeout", NULL};
  static const char *const sweep_keys[] = {"platforms", "nodes", "policies", "place", "args", NULL};
  if (!want_map(l, sizes, "sizes", NULL)) return;
  char names[512] = "";
  for (yaml_node_pair_t *p = sizes->data.mapping.pairs.start; p < sizes->data.mapping.pairs.top;
       p++) {
    const char *name = scalar_text(node(l, p->key));
    yaml_node_t *entry = node(l, p->value);
    if (!name) continue;
    snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s", *names ? ", " : "", name);
    char what[128];
    snprintf(what, sizeof what, "sizes.%s", name);
    if (!want_map(l, entry, what, keys)) continue;
    yaml_node_t *sweep = get(l, entry, "sweep");
    if (sweep) {
      snprintf(what, sizeof what, "sizes.%s.sweep", name);
      want_map(l, sweep, what, sweep_keys);
    }
    if ((want && strcmp(name, want) == 0) || (!want && strcmp(name, "small") == 0)) {
      l->size = entry;
      e->size = strdup(name);
    }
  }
  if (want && !l->size) err_at(l, sizes, "no size '%s' in sizes (valid: %s)", want, names);
}

static void load(Loader *l, Experiment *e, yaml_node_t *root, const char *size,
                 const char *policy_exe) {
  static const char *const keys[] = {"name", "description", "program", "sweep", "sizes",
                                     "heap", "timeout",     "report",  "plots", NULL};
  if (!want_map(l, root, "an experiment file", keys)) return;
  yaml_node_t *n;
  if ((n = get(l, root, "sizes")))
    load_sizes(l, n, size, e);
  else if (size)
    err_at(l, root, "--size %s given, but the file has no 'sizes'", size);
  if ((n = require(l, root, "name", "the experiment"))) {
    e->name = want_string(l, n, "name");
    if (e->name && (strchr(e->name, '/') || e->name[0] == '.'))
      err_at(l, n, "name is a folder name: no '/', not starting with '.'");
  }
  if ((n = require(l, root, "description", "the experiment")))
    e->description = want_string(l, n, "description");
  if ((n = require(l, root, "program", "the experiment"))) load_program(l, e, n);
  if ((n = require(l, root, "sweep", "the experiment"))) load_sweep(l, e, n, policy_exe);
  if ((n = sized(l, root, "heap", false))) {
    e->heap = want_string(l, n, "heap");
    if (e->heap && cli_parse_size(e->heap) == 0)
      err_at(l, n, "heap must be a size like 64m, 1g or 65536, not '%s'", e->heap);
  }
  e->timeout = 600;
  if ((n = sized(l, root, "timeout", false))) {
    const char *s = want_scalar(l, n, "timeout");
    char *end = NULL;
    if (s) e->timeout = strtod(s, &end);
    if (s && (end == s || *end || !(e->timeout > 0)))
      err_at(l, n, "timeout must be a positive number of seconds, not '%s'", s);
  }
  if ((n = get(l, root, "report"))) {
    e->report = want_strings(l, n, "report");
  } else {
    static const char *const defaults[] = {"makespan_s", "messages.count", "messages.bytes",
                                           "remote_ops.latency_s.median"};
    for (int i = 0; i < 4; i++) strings_push(&e->report, defaults[i]);
  }
  if ((n = get(l, root, "plots"))) load_plots(l, e, n);
}

Experiment *exp_load(const char *path, const char *size, const char *policy_exe) {
  Loader l = {.path = path};
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "%s: cannot open: %m\n", path);
    return NULL;
  }
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_file(&parser, f);
  int ok = yaml_parser_load(&parser, &l.doc);
  fclose(f);
  if (!ok) {
    fprintf(stderr, "%s:%zu:%zu: %s", path, parser.problem_mark.line + 1,
            parser.problem_mark.column + 1, parser.problem ? parser.problem : "malformed YAML");
    if (parser.context)
      fprintf(stderr, " (%s at %zu:%zu)", parser.context, parser.context_mark.line + 1,
              parser.context_mark.column + 1);
    fputc('\n', stderr);
    yaml_parser_delete(&parser);
    return NULL;
  }
  yaml_parser_delete(&parser);
  Experiment *e = calloc(1, sizeof *e);
  e->path = strdup(path);
  const char *slash = strrchr(path, '/');
  e->dir = slash ? strndup(path, (size_t)(slash - path) + (slash == path)) : strdup(".");
  yaml_node_t *root = yaml_document_get_root_node(&l.doc);
  if (!root)
    err_at(&l, NULL, "empty experiment file");
  else
    load(&l, e, root, size, policy_exe);
  yaml_document_delete(&l.doc);
  if (l.errors) {
    exp_free(e);
    return NULL;
  }
  return e;
}

void exp_free(Experiment *e) {
  if (!e) return;
  free(e->path);
  free(e->dir);
  free(e->name);
  free(e->description);
  free(e->size);
  strings_free(&e->classpath);
  free(e->main);
  free(e->sources);
  strings_free(&e->args);
  for (int i = 0; i < e->platform_count; i++) {
    free(e->platforms[i].name);
    free(e->platforms[i].arg);
  }
  free(e->platforms);
  free(e->nodes);
  for (int i = 0; i < e->policy_count; i++) {
    free(e->policies[i].name);
    free(e->policies[i].label);
    strings_free(&e->policies[i].params);
  }
  free(e->policies);
  strings_free(&e->places);
  for (int i = 0; i < e->arg_set_count; i++) strings_free(&e->arg_sets[i]);
  free(e->arg_sets);
  free(e->heap);
  strings_free(&e->report);
  for (int i = 0; i < e->plot_count; i++) {
    ExpPlot *p = &e->plots[i];
    free(p->name);
    free(p->x);
    free(p->y);
    free(p->series);
    free(p->title);
  }
  free(e->plots);
  free(e);
}

/* ---- points ------------------------------------------------------------------------------- */

bool exp_is_axis(const char *key) {
  for (int i = 0; exp_axis_keys[i]; i++)
    if (strcmp(exp_axis_keys[i], key) == 0) return true;
  return false;
}

bool exp_axis_varies(const Experiment *e, const char *axis) {
  if (strcmp(axis, "platform") == 0) return e->platform_count > 1;
  if (strcmp(axis, "nodes") == 0) return e->node_count > 1;
  if (strcmp(axis, "policy") == 0) return e->policy_count > 1;
  if (strcmp(axis, "place") == 0) return e->places.count > 1;
  if (strcmp(axis, "args") == 0) return e->arg_set_count > 1;
  return false;
}

char *exp_axis_value(const ExpPoint *p, const char *axis) {
  if (strcmp(axis, "platform") == 0) return strdup(p->platform->name);
  if (strcmp(axis, "policy") == 0) return strdup(p->policy->label);
  if (strcmp(axis, "place") == 0) return strdup(p->place);
  if (strcmp(axis, "args") == 0) return exp_join(p->args, " ");
  if (strcmp(axis, "nodes") == 0) {
    char buf[16];
    snprintf(buf, sizeof buf, "%d", p->nodes);
    return strdup(buf);
  }
  return NULL;
}

/* A label made safe for a folder name: the platform file's base name, [A-Za-z0-9._-]. */
static void put_safe(char *out, size_t len, const char *s) {
  const char *slash = strrchr(s, '/');
  if (slash) s = slash + 1;
  size_t n = strlen(out), k = strlen(s);
  if (k > 4 && strcmp(s + k - 4, ".xml") == 0) k -= 4;
  for (size_t i = 0; i < k && n + 1 < len; i++) {
    char c = s[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-';
    out[n++] = ok ? c : '_';
  }
  out[n] = 0;
}

ExpPoint *exp_points(const Experiment *e, int *count) {
  static const ExpStrings none = {0};
  int sets = e->arg_sets ? e->arg_set_count : 1;
  int total = e->platform_count * e->node_count * e->policy_count * e->places.count * sets;
  int width = snprintf(NULL, 0, "%d", total);
  ExpPoint *pts = calloc((size_t)total + 1, sizeof *pts);
  int n = 0;
  for (int a = 0; a < e->platform_count; a++)
    for (int b = 0; b < e->node_count; b++)
      for (int c = 0; c < e->policy_count; c++)
        for (int d = 0; d < e->places.count; d++)
          for (int s = 0; s < sets; s++) {
            ExpPoint *p = &pts[n++];
            p->index = n;
            p->platform = &e->platforms[a];
            p->nodes = e->nodes[b];
            p->policy = &e->policies[c];
            p->place = e->places.v[d];
            p->args = e->arg_sets ? &e->arg_sets[s] : e->args.count ? &e->args : &none;
            char *args = e->arg_sets ? exp_join(p->args, " ") : NULL;
            size_t klen = strlen(p->platform->name) + strlen(p->policy->label) + strlen(p->place) +
                          (args ? strlen(args) : 0) + 40;
            p->key = malloc(klen);
            snprintf(p->key, klen, "%s n=%d %s %s%s%s%s", p->platform->name, p->nodes,
                     p->policy->label, p->place, args ? " [" : "", args ? args : "",
                     args ? "]" : "");
            free(args);
            char dir[512];
            snprintf(dir, sizeof dir, "%0*d-", width, n);
            put_safe(dir, sizeof dir, p->platform->name);
            snprintf(dir + strlen(dir), sizeof dir - strlen(dir), "-n%d-", p->nodes);
            put_safe(dir, sizeof dir, p->policy->name);
            strncat(dir, "-", sizeof dir - strlen(dir) - 1);
            put_safe(dir, sizeof dir, p->place);
            if (e->arg_sets) snprintf(dir + strlen(dir), sizeof dir - strlen(dir), "-a%d", s + 1);
            p->dir = strdup(dir);
          }
  *count = n;
  return pts;
}

void exp_points_free(ExpPoint *points, int count) {
  for (int i = 0; i < count; i++) {
    free(points[i].key);
    free(points[i].dir);
  }
  free(points);
}
