/* results_plot.c — the plots of a results folder: NAME.dat (the numbers), NAME.gp (a gnuplot
 * script a reader can edit and rerun) and NAME.png and NAME.svg, drawn by gnuplot.
 *
 * Points are grouped into series by the plot's series axis plus every other axis that varies
 * in the sweep (except x), so no two points of a series share an x. A `lines` plot draws one
 * line per series; a `boxes` plot draws, per x and series, a box from the median to p90 of a
 * distribution figure (min/median/p90/p99/max), whiskers to min and max, and a cross at p99.
 * `ideal: true` adds the line y = x over the node counts (a speedup's ideal), as a last series
 * of the data file, drawn dashed. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "results.h"

typedef struct Labels {
  char **v;
  int count;
} Labels;

static int label_index(Labels *l, char *s) {
  for (int i = 0; i < l->count; i++)
    if (strcmp(l->v[i], s) == 0) {
      free(s);
      return i;
    }
  l->v = realloc(l->v, (size_t)(l->count + 1) * sizeof *l->v);
  l->v[l->count] = s;
  return l->count++;
}

static void labels_free(Labels *l) {
  for (int i = 0; i < l->count; i++) free(l->v[i]);
  free(l->v);
}

/* The series of a point: the series axis's value, then those of the other varying axes. */
static char *series_of(const Experiment *e, const ExpPlot *p, const ExpPoint *pt) {
  char buf[1024] = "";
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; exp_axis_keys[i]; i++) {
      const char *axis = exp_axis_keys[i];
      bool is_series = p->series && strcmp(axis, p->series) == 0;
      if (strcmp(axis, p->x) == 0 || (pass == 0) != is_series) continue;
      if (!is_series && !exp_axis_varies(e, axis)) continue;
      char *v = exp_axis_value(pt, axis);
      bool named = !is_series || strcmp(axis, "nodes") == 0;
      snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s%s%s", *buf ? " " : "",
               named ? axis : "", named ? "=" : "", v);
      free(v);
    }
  return strdup(*buf ? buf : "all");
}

/* A string for a gnuplot script, in single quotes (where only '' is special). */
static void put_gp_string(FILE *f, const char *s) {
  fputc('\'', f);
  for (; *s; s++) {
    if (*s == '\'') fputc('\'', f);
    fputc(*s, f);
  }
  fputc('\'', f);
}

static const char *const distribution[] = {"min", "median", "p90", "p99", "max"};

/* The y values of a point: one number for lines, five for boxes; false if it has none. */
static bool y_values(const ExpPlot *p, const PointResult *r, const char *y[5]) {
  const Json *v = result_figure(r, p->y);
  if (!v) return false;
  if (p->type == EXP_PLOT_LINES) {
    y[0] = v->kind == JSON_NUMBER ? v->text : NULL;
    return y[0] != NULL;
  }
  for (int i = 0; i < 5; i++) {
    const Json *d = json_get(v, distribution[i]);
    if (!d || d->kind != JSON_NUMBER) return false;
    y[i] = d->text;
  }
  return true;
}

/* Writes NAME.dat and NAME.gp; returns the number of data rows. */
static int write_plot(const char *dir, const Experiment *e, const ExpPlot *p, const PointResult *r,
                      int count) {
  Labels series = {0}, xs = {0};
  int *ser = malloc((size_t)count * sizeof *ser), *xi = malloc((size_t)count * sizeof *xi);
  bool numeric_x = strcmp(p->x, "nodes") == 0 && p->type == EXP_PLOT_LINES;
  for (int i = 0; i < count; i++) {
    const char *y[5];
    ser[i] = y_values(p, &r[i], y) ? label_index(&series, series_of(e, p, r[i].point)) : -1;
    xi[i] = label_index(&xs, exp_axis_value(r[i].point, p->x)); /* every x, data or not */
  }
  char path[4096];
  snprintf(path, sizeof path, "%s/%s.dat", dir, p->name);
  FILE *f = fopen(path, "w");
  if (!f) {
    fprintf(stderr, "djsim run: cannot write %s: %s\n", path, strerror(errno));
    free(ser);
    free(xi);
    labels_free(&series);
    labels_free(&xs);
    return -1;
  }
  int rows = 0;
  double width = 0.8 / (series.count ? series.count : 1);
  fprintf(f, "# %s: %s against %s\n", p->name, p->y, p->x);
  for (int s = 0; s < series.count; s++) {
    fprintf(f, "%s# series %s\n", s ? "\n\n" : "", series.v[s]);
    for (int i = 0; i < count; i++) {
      const char *y[5];
      if (ser[i] != s || !y_values(p, &r[i], y)) continue;
      rows++;
      if (numeric_x)
        fprintf(f, "%s %s\n", xs.v[xi[i]], y[0]);
      else if (p->type == EXP_PLOT_LINES)
        fprintf(f, "%d %s\n", xi[i], y[0]);
      else
        fprintf(f, "%g %s %s %s %s %s\n", xi[i] + (s - (series.count - 1) / 2.0) * width, y[0],
                y[1], y[2], y[3], y[4]);
    }
  }
  if (p->ideal) { /* the loader allows ideal only with numeric x */
    fprintf(f, "%s# series ideal\n", series.count ? "\n\n" : "");
    for (int i = 0; i < xs.count; i++) fprintf(f, "%s %s\n", xs.v[i], xs.v[i]);
  }
  fclose(f);

  snprintf(path, sizeof path, "%s/%s.gp", dir, p->name);
  f = fopen(path, "w");
  if (!f) {
    fprintf(stderr, "djsim run: cannot write %s: %s\n", path, strerror(errno));
    rows = -1;
  } else {
    fprintf(f, "# %s — written by djsim run; rerun with `gnuplot %s.gp` in this folder.\n", p->name,
            p->name);
    fputs("set encoding utf8\n"
          "if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {\n"
          "  set terminal pngcairo size 900,560 noenhanced\n"
          "} else {\n"
          "  set terminal png size 900,560 noenhanced\n"
          "}\n",
          f);
    fprintf(f, "set output '%s.png'\nset title ", p->name);
    put_gp_string(f, p->title ? p->title : e->name);
    fputs("\nset xlabel ", f);
    put_gp_string(f, p->x);
    fputs("\nset ylabel ", f);
    put_gp_string(f, p->y);
    fputs("\nset grid\nset key below\n", f);
    if (p->logx) fputs("set logscale x\n", f);
    if (p->logy) fputs("set logscale y\n", f);
    fputs("set xtics (", f);
    for (int i = 0; i < xs.count; i++) {
      fputs(i ? ", " : "", f);
      put_gp_string(f, xs.v[i]);
      if (numeric_x)
        fprintf(f, " %s", xs.v[i]);
      else
        fprintf(f, " %d", i);
    }
    if (numeric_x)
      fputs(")\nset offsets graph 0.05, graph 0.05, graph 0.05, graph 0.05\n", f);
    else
      fprintf(f, ")\nset xrange [-0.6:%g]\n", xs.count - 0.4);
    if (p->type == EXP_PLOT_BOXES)
      fprintf(f, "set boxwidth %g absolute\nset style fill empty\n", width * 0.8);
    fputs("plot ", f);
    for (int s = 0; s < series.count; s++) {
      fprintf(f, "%s'%s.dat' index %d ", s ? ", \\\n     " : "", p->name, s);
      if (p->type == EXP_PLOT_LINES) {
        fprintf(f, "using 1:2 with linespoints lt %d pt 7 title ", s + 1);
        put_gp_string(f, series.v[s]);
      } else {
        fprintf(f, "using 1:3:2:6:4 with candlesticks whiskerbars lt %d title ", s + 1);
        put_gp_string(f, series.v[s]);
        fprintf(f,
                ", \\\n     '' index %d using 1:3:3:3:3 with candlesticks lt %d lw 2 notitle"
                ", \\\n     '' index %d using 1:5 with points lt %d pt 2 notitle",
                s, s + 1, s, s + 1);
      }
    }
    if (p->ideal)
      fprintf(f, "%s'%s.dat' index %d using 1:2 with lines dt 2 lc rgb 'black' title 'ideal'",
              series.count ? ", \\\n     " : "", p->name, series.count);
    fprintf(f,
            "\nset terminal svg size 900,560 noenhanced\nset output '%s.svg'\nreplot\n"
            "unset output\n",
            p->name);
    fclose(f);
  }
  free(ser);
  free(xi);
  labels_free(&series);
  labels_free(&xs);
  return rows;
}

/* $GNUPLOT, or gnuplot on the PATH; malloc'd, or NULL. */
static char *find_gnuplot(void) {
  const char *g = getenv("GNUPLOT");
  if (g && *g) return access(g, X_OK) == 0 ? strdup(g) : NULL;
  const char *path = getenv("PATH");
  if (!path) return NULL;
  char *copy = strdup(path), *save;
  for (char *d = strtok_r(copy, ":", &save); d; d = strtok_r(NULL, ":", &save)) {
    char *cand = malloc(strlen(d) + 9);
    sprintf(cand, "%s/gnuplot", d);
    if (access(cand, X_OK) == 0) {
      free(copy);
      return cand;
    }
    free(cand);
  }
  free(copy);
  return NULL;
}

static int run_gnuplot(const char *gnuplot, const char *dir, const char *name) {
  char script[1024];
  snprintf(script, sizeof script, "%s.gp", name);
  pid_t pid = fork();
  if (pid == 0) {
    if (chdir(dir) != 0) _exit(126);
    execl(gnuplot, gnuplot, script, (char *)NULL);
    _exit(127);
  }
  int status;
  if (pid < 0 || waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

int results_plot(const char *dir, const Experiment *e, const PointResult *r, int count,
                 bool quiet) {
  if (!e->plot_count) return 0;
  char *gnuplot = find_gnuplot();
  if (!gnuplot)
    fprintf(stderr, "djsim run: warning: gnuplot not found (set $GNUPLOT); plots are written "
                    "as .gp and .dat but not drawn\n");
  int failed = 0;
  for (int i = 0; i < e->plot_count; i++) {
    const ExpPlot *p = &e->plots[i];
    int rows = write_plot(dir, e, p, r, count);
    if (rows < 0) {
      failed++;
    } else if (rows == 0) {
      fprintf(stderr, "djsim run: warning: plot %s has no data (no point has figure %s%s)\n",
              p->name, p->y, p->type == EXP_PLOT_BOXES ? " with min, median, p90, p99, max" : "");
    } else if (gnuplot) {
      if (run_gnuplot(gnuplot, dir, p->name) != 0) {
        fprintf(stderr, "djsim run: warning: gnuplot failed on %s/%s.gp\n", dir, p->name);
      } else if (!quiet) {
        fprintf(stderr, "plot %s/%s.png, %s.svg\n", dir, p->name, p->name);
      }
    }
  }
  free(gnuplot);
  return failed ? -1 : 0;
}
