/* run.c — `djsim run`: loads an experiment file, compiles its sources, runs every point of
 * its sweep as a child `djsim sim` (a SimGrid engine runs once per process, and a crash stays
 * in its point), --jobs at a time with a timeout each, then writes the results folder.
 *
 * Each point's child gets its own process group, so a timeout or ^C kills whatever it
 * started too. The terminal shows progress and elapsed time; no file does. */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "results.h"

static void usage(FILE *f) {
  fprintf(f, "usage: djsim run FILE [OPTIONS]\n"
             "\n"
             "Runs every point of an experiment file's sweep (docs/experiments.md) as its own\n"
             "`djsim sim`, then writes results.json, results.csv, summary.md and the plots.\n"
             "\n"
             "options:\n"
             "  --jobs N, -j N       run N points at a time (default: the number of CPUs)\n"
             "  --out DIR, -o DIR    the results folder (default: results/NAME)\n"
             "  --only KEY=VALUE     run only the points with that value; KEY is platform,\n"
             "                       nodes, policy, place or args; repeat to combine\n"
             "  --size NAME          apply the file's sizes.NAME (default: small, if present)\n"
             "  --list               print the points and exit\n"
             "  --quiet, -q          print only the table (and failures)\n"
             "\n"
             "environment: DJSIM_SIM_EXE replaces the djsim that runs each point (a test hook),\n"
             "JAVAC the javac that compiles program.sources, GNUPLOT the gnuplot that draws.\n");
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static volatile sig_atomic_t interrupted;
static void on_signal(int sig) {
  interrupted = sig;
}

/* ---- files ---------------------------------------------------------------------------- */

static int mkdir_p(const char *path) {
  char *p = strdup(path);
  for (char *s = p + 1; *s; s++) {
    if (*s != '/') continue;
    *s = 0;
    mkdir(p, 0777);
    *s = '/';
  }
  int rc = mkdir(p, 0777) == 0 || errno == EEXIST ? 0 : -1;
  if (rc) fprintf(stderr, "djsim run: cannot create %s: %s\n", path, strerror(errno));
  free(p);
  return rc;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
  return remove(path);
}

static void remove_tree(const char *path) {
  if (access(path, F_OK) == 0) nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* The last lines of a file (reads at most its last 64 KB). */
static void print_tail(const char *path, int lines) {
  FILE *f = fopen(path, "r");
  if (!f) return;
  static char buf[1 << 16];
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  long start = size > (long)sizeof buf - 1 ? size - (long)sizeof buf + 1 : 0;
  fseek(f, start, SEEK_SET);
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  while (n && buf[n - 1] == '\n') n--;
  buf[n] = 0;
  char *s = buf + n;
  for (int k = 0; s > buf; s--)
    if (s[-1] == '\n' && ++k == lines) break;
  if (!*s) return;
  for (char *line = s, *nl; line; line = nl ? nl + 1 : NULL) {
    nl = strchr(line, '\n');
    if (nl) *nl = 0;
    fprintf(stderr, "    | %s\n", line);
  }
}

/* Runs argv with stdout and stderr into log; its exit status, or -1. */
static int run_logged(char **argv, const char *log) {
  fflush(NULL);
  pid_t pid = fork();
  if (pid == 0) {
    int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0666);
    if (fd >= 0) {
      dup2(fd, 1);
      dup2(fd, 2);
    }
    execvp(argv[0], argv);
    fprintf(stderr, "cannot run %s: %s\n", argv[0], strerror(errno));
    _exit(127);
  }
  int status;
  if (pid < 0 || waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static char **java_files;
static int java_count;

static int add_java(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
  size_t n = strlen(path);
  if (flag == FTW_F && n > 5 && strcmp(path + n - 5, ".java") == 0) {
    java_files = realloc(java_files, (size_t)(java_count + 1) * sizeof *java_files);
    java_files[java_count++] = strdup(path);
  }
  return 0;
}

static int by_string(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* javac -nowarn -source 8 -target 8 -d OUT/classes, on every .java under program.sources. */
static int compile_sources(const Experiment *e, const char *classes, const char *out, bool quiet) {
  java_files = NULL;
  java_count = 0;
  nftw(e->sources, add_java, 16, FTW_PHYS);
  if (!java_count) {
    fprintf(stderr, "djsim run: no .java file in %s\n", e->sources);
    return -1;
  }
  qsort(java_files, (size_t)java_count, sizeof *java_files, by_string);
  const char *javac = getenv("JAVAC");
  char **argv = calloc((size_t)java_count + 10, sizeof *argv);
  int a = 0;
  argv[a++] = (char *)(javac && *javac ? javac : "javac");
  const char *fixed[] = {"-nowarn", "-source", "8", "-target", "8", "-d"};
  for (int i = 0; i < 6; i++) argv[a++] = (char *)fixed[i];
  argv[a++] = (char *)classes;
  for (int i = 0; i < java_count; i++) argv[a++] = java_files[i];
  remove_tree(classes);
  char log[4096];
  snprintf(log, sizeof log, "%s/javac.txt", out);
  int rc = mkdir_p(classes) == 0 ? run_logged(argv, log) : -1;
  if (rc != 0) {
    fprintf(stderr, "djsim run: javac failed on %s (%s):\n", e->sources, log);
    print_tail(log, 20);
  } else if (!quiet) {
    fprintf(stderr, "compiled %d source file%s into %s\n", java_count, java_count == 1 ? "" : "s",
            classes);
  }
  for (int i = 0; i < java_count; i++) free(java_files[i]);
  free(java_files);
  free(argv);
  return rc == 0 ? 0 : -1;
}

/* ---- points ------------------------------------------------------------------------------ */

typedef struct Runner {
  const Experiment *e;
  const char *exe, *out, *classpath;
  PointResult *results;
  int count, jobs;
  bool quiet, tty;
  int done, failed, running;
  double start, last_draw;
} Runner;

typedef struct Slot {
  int point; /* index in results; -1 when free */
  pid_t pid;
  double start;
  bool timed_out;
} Slot;

static char *point_path(const Runner *r, const ExpPoint *p, const char *file) {
  size_t n = strlen(r->out) + strlen(p->dir) + strlen(file) + 10;
  char *s = malloc(n);
  snprintf(s, n, "%s/points/%s%s%s", r->out, p->dir, *file ? "/" : "", file);
  return s;
}

static void redirect(const char *path, int fd, int flags) {
  int f = open(path, flags, 0666);
  if (f >= 0) {
    dup2(f, fd);
    close(f);
  }
}

/* djsim sim --platform P --nodes N --policy NAME [--param K=V...] --place PLACE
 *           [--heap SIZE] --stats-json POINT/figures.json -cp CP MAIN ARGS... */
static pid_t start_point(const Runner *r, const ExpPoint *p) {
  const Experiment *e = r->e;
  char nodes[16];
  snprintf(nodes, sizeof nodes, "%d", p->nodes);
  char *dir = point_path(r, p, ""), *figures = point_path(r, p, "figures.json");
  char *out = point_path(r, p, "stdout.txt"), *err = point_path(r, p, "stderr.txt");
  mkdir_p(dir);
  int max = 20 + 2 * p->policy->params.count + p->args->count;
  char **argv = calloc((size_t)max, sizeof *argv);
  int a = 0;
  argv[a++] = (char *)r->exe;
  argv[a++] = "sim";
  argv[a++] = "--platform";
  argv[a++] = p->platform->arg;
  argv[a++] = "--nodes";
  argv[a++] = nodes;
  argv[a++] = "--policy";
  argv[a++] = p->policy->name;
  for (int i = 0; i < p->policy->params.count; i++) {
    argv[a++] = "--param";
    argv[a++] = p->policy->params.v[i];
  }
  argv[a++] = "--place";
  argv[a++] = (char *)p->place;
  if (e->heap) {
    argv[a++] = "--heap";
    argv[a++] = e->heap;
  }
  argv[a++] = "--stats-json";
  argv[a++] = figures;
  argv[a++] = "-cp";
  argv[a++] = (char *)r->classpath;
  argv[a++] = e->main;
  for (int i = 0; i < p->args->count; i++) argv[a++] = p->args->v[i];
  fflush(NULL);
  pid_t pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    redirect("/dev/null", 0, O_RDONLY);
    redirect(out, 1, O_WRONLY | O_CREAT | O_TRUNC);
    redirect(err, 2, O_WRONLY | O_CREAT | O_TRUNC);
    execv(r->exe, argv);
    fprintf(stderr, "djsim run: cannot run %s: %s\n", r->exe, strerror(errno));
    _exit(127);
  }
  if (pid > 0) setpgid(pid, pid); /* also here, so a kill right after fork reaches it */
  free(argv);
  free(dir);
  free(figures);
  free(out);
  free(err);
  return pid;
}

static void clear_bar(const Runner *r) {
  if (r->tty && !r->quiet) fputs("\r\033[K", stderr);
}

static void draw_bar(Runner *r) {
  if (!r->tty || r->quiet) return;
  double t = now() - r->start;
  r->last_draw = now();
  int width = 24, full = r->count ? r->done * width / r->count : width;
  char bar[64];
  for (int i = 0; i < width; i++) bar[i] = i < full ? '#' : '.';
  bar[width] = 0;
  char left[32] = "";
  if (r->done && r->done < r->count) {
    int s = (int)(t / r->done * (r->count - r->done) + 0.5);
    snprintf(left, sizeof left, ", ~%d:%02d left", s / 60, s % 60);
  }
  int el = (int)t;
  fprintf(stderr, "\r[%s] %d/%d done, %d running, %d failed, %d:%02d elapsed%s\033[K", bar, r->done,
          r->count, r->running, r->failed, el / 60, el % 60, left);
  fflush(stderr);
}

static void finish_point(Runner *r, Slot *s, int status) {
  PointResult *res = &r->results[s->point];
  const ExpPoint *p = res->point;
  char why[768] = "";
  if (s->timed_out)
    snprintf(why, sizeof why, "timed out after %g s", r->e->timeout);
  else if (WIFSIGNALED(status))
    snprintf(why, sizeof why, "killed by signal %d (%s)", WTERMSIG(status),
             strsignal(WTERMSIG(status)));
  else if (WEXITSTATUS(status) != 0)
    snprintf(why, sizeof why, "exit status %d", WEXITSTATUS(status));
  char *figures = point_path(r, p, "figures.json"), err[5120];
  res->figures = json_parse_file(figures, err, sizeof err);
  if (res->figures && res->figures->kind != JSON_OBJECT) {
    snprintf(err, sizeof err, "%s:1:1: not a JSON object", figures);
    json_free(res->figures);
    res->figures = NULL;
  }
  if (!*why && !res->figures && access(figures, F_OK) != 0)
    snprintf(why, sizeof why, "exit status 0 but no figures.json");
  else if (!*why && !res->figures)
    snprintf(why, sizeof why, "bad figures.json: %s", err + strlen(figures) + 1);
  free(figures);
  res->ok = !*why;
  if (!res->ok) res->error = strdup(why);
  r->done++;
  r->failed += !res->ok;
  r->running--;
  s->point = -1;
  if (r->quiet && res->ok) return;
  clear_bar(r);
  if (res->ok) {
    if (!r->tty) fprintf(stderr, "[%d/%d] %s: ok\n", r->done, r->count, p->key);
  } else {
    char *log = point_path(r, p, "stderr.txt");
    fprintf(stderr, "[%d/%d] %s: FAILED (%s); last lines of %s:\n", r->done, r->count, p->key, why,
            log);
    print_tail(log, 10);
    free(log);
  }
}

/* Runs every point; -1 if interrupted. */
static int run_points(Runner *r) {
  Slot *slots = calloc((size_t)r->jobs, sizeof *slots);
  for (int i = 0; i < r->jobs; i++) slots[i].point = -1;
  int next = 0;
  r->start = now();
  while (r->done < r->count && !interrupted) {
    for (int i = 0; i < r->jobs && next < r->count; i++) {
      if (slots[i].point >= 0) continue;
      pid_t pid = start_point(r, r->results[next].point);
      if (pid < 0) {
        fprintf(stderr, "djsim run: fork: %s\n", strerror(errno));
        break;
      }
      slots[i] = (Slot){next++, pid, now(), false};
      r->running++;
    }
    bool reaped = false;
    for (int i = 0; i < r->jobs; i++) {
      Slot *s = &slots[i];
      int status;
      if (s->point < 0) continue;
      if (waitpid(s->pid, &status, WNOHANG) == s->pid) {
        finish_point(r, s, status);
        reaped = true;
      } else if (!s->timed_out && now() - s->start > r->e->timeout) {
        kill(-s->pid, SIGKILL);
        s->timed_out = true;
      }
    }
    if (reaped || now() - r->last_draw > 0.25) draw_bar(r);
    if (!reaped) nanosleep(&(struct timespec){0, 10 * 1000 * 1000}, NULL);
  }
  for (int i = 0; i < r->jobs; i++) {
    if (slots[i].point < 0) continue;
    kill(-slots[i].pid, SIGKILL);
    waitpid(slots[i].pid, NULL, 0);
  }
  clear_bar(r);
  free(slots);
  return interrupted ? -1 : 0;
}

/* ---- the command --------------------------------------------------------------------------- */

/* Keeps the points that pass every --only key (values of one key are alternatives). */
static int filter_points(ExpPoint *pts, int *count, char **only, int only_count) {
  for (int f = 0; f < only_count; f++) {
    const char *eq = strchr(only[f], '=');
    char *key = eq ? strndup(only[f], (size_t)(eq - only[f])) : NULL;
    if (!key || !exp_is_axis(key)) {
      fprintf(stderr,
              "djsim run: --only takes KEY=VALUE with KEY one of platform, nodes, "
              "policy, place, args; not '%s'\n",
              only[f]);
      free(key);
      return -1;
    }
    bool any = false;
    for (int i = 0; i < *count && !any; i++) {
      char *v = exp_axis_value(&pts[i], key);
      any = strcmp(v, eq + 1) == 0 ||
            (strcmp(key, "policy") == 0 && strcmp(pts[i].policy->name, eq + 1) == 0);
      free(v);
    }
    free(key);
    if (!any) {
      fprintf(stderr, "djsim run: no point of the sweep has %s\n", only[f]);
      return -1;
    }
  }
  int kept = 0;
  for (int i = 0; i < *count; i++) {
    bool keep = true;
    for (int f = 0; f < only_count && keep; f++) {
      size_t klen = strcspn(only[f], "=");
      bool key_ok = false;
      for (int g = 0; g < only_count && !key_ok; g++) {
        if (strncmp(only[g], only[f], klen + 1) != 0) continue;
        char key[16];
        snprintf(key, sizeof key, "%.*s", (int)klen, only[g]);
        char *v = exp_axis_value(&pts[i], key);
        const char *want = only[g] + klen + 1;
        key_ok = strcmp(v, want) == 0 ||
                 (strcmp(key, "policy") == 0 && strcmp(pts[i].policy->name, want) == 0);
        free(v);
      }
      keep = key_ok;
    }
    if (keep) {
      ExpPoint t = pts[kept];
      pts[kept++] = pts[i];
      pts[i] = t;
    }
  }
  *count = kept;
  return 0;
}

/* Prepares the results folder, compiles the sources, runs the points and writes the results;
 * the exit status of `djsim run`. */
static int run_sweep(Runner *r, ExpPoint *pts, int all) {
  const Experiment *e = r->e;
  char points_dir[4096], classes[4096];
  snprintf(points_dir, sizeof points_dir, "%s/points", r->out);
  snprintf(classes, sizeof classes, "%s/classes", r->out);
  if (mkdir_p(r->out) != 0) return 1;
  remove_tree(points_dir);
  if (mkdir_p(points_dir) != 0) return 1;
  if (e->sources && compile_sources(e, classes, r->out, r->quiet) != 0) return 1;
  ExpStrings cp = {calloc((size_t)e->classpath.count + 1, sizeof(char *)), 0};
  if (e->sources) cp.v[cp.count++] = classes;
  for (int i = 0; i < e->classpath.count; i++) cp.v[cp.count++] = e->classpath.v[i];
  char *classpath = exp_join(&cp, ":");
  free(cp.v);
  r->classpath = classpath;
  r->results = calloc((size_t)r->count + 1, sizeof *r->results);
  for (int i = 0; i < r->count; i++) r->results[i].point = &pts[i];
  if (!r->quiet)
    fprintf(stderr, "%s%s%s: %d point%s%s, %d at a time, into %s/\n", e->name,
            e->size ? " --size " : "", e->size ? e->size : "", r->count, r->count == 1 ? "" : "s",
            r->count < all ? " (--only)" : "", r->jobs, r->out);
  struct sigaction sa = {0}, old_int, old_term;
  sa.sa_handler = on_signal;
  sigaction(SIGINT, &sa, &old_int);
  sigaction(SIGTERM, &sa, &old_term);
  int ran = run_points(r);
  sigaction(SIGINT, &old_int, NULL);
  sigaction(SIGTERM, &old_term, NULL);
  results_derive(r->results, r->count);
  int rc = 1;
  if (ran != 0) {
    fprintf(stderr, "djsim run: interrupted; %d of %d points done, no results written\n", r->done,
            r->count);
    rc = 130;
  } else if (results_write(r->out, e, r->results, r->count) == 0) {
    results_plot(r->out, e, r->results, r->count, r->quiet);
    if (!r->quiet || r->failed)
      fprintf(stderr, "%d point%s: %d ok, %d failed; %.1f s; results in %s/\n", r->count,
              r->count == 1 ? "" : "s", r->count - r->failed, r->failed, now() - r->start, r->out);
    rc = r->failed ? 1 : 0;
  }
  for (int i = 0; i < r->count; i++) {
    json_free(r->results[i].figures);
    json_free(r->results[i].derived);
    free(r->results[i].error);
  }
  free(r->results);
  free(classpath);
  return rc;
}

/* The running djsim, which runs the points unless DJSIM_SIM_EXE names another. */
static char *sim_exe(void) {
  const char *hook = getenv("DJSIM_SIM_EXE");
  if (hook && *hook) return strdup(hook);
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return NULL;
  buf[n] = 0;
  return strdup(buf);
}

int cmd_run(int argc, char **argv) {
  const char *file = NULL, *out_arg = NULL, *size = NULL;
  char **only = calloc((size_t)argc, sizeof *only);
  int only_count = 0, jobs = (int)sysconf(_SC_NPROCESSORS_ONLN);
  bool quiet = false, list = false;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    bool has = i + 1 < argc;
    if ((strcmp(a, "--jobs") == 0 || strcmp(a, "-j") == 0) && has) {
      char *end;
      long n = strtol(argv[++i], &end, 10);
      if (*end || n < 1 || n > 4096) {
        fprintf(stderr, "djsim run: --jobs takes a count from 1 to 4096, not '%s'\n", argv[i]);
        free(only);
        return 2;
      }
      jobs = (int)n;
    } else if ((strcmp(a, "--out") == 0 || strcmp(a, "-o") == 0) && has) {
      out_arg = argv[++i];
    } else if (strcmp(a, "--only") == 0 && has) {
      only[only_count++] = argv[++i];
    } else if (strcmp(a, "--size") == 0 && has) {
      size = argv[++i];
    } else if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0) {
      quiet = true;
    } else if (strcmp(a, "--list") == 0) {
      list = true;
    } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      usage(stdout);
      free(only);
      return 0;
    } else if (a[0] != '-' && !file) {
      file = a;
    } else {
      fprintf(stderr, "djsim run: unexpected '%s'\n", a);
      usage(stderr);
      free(only);
      return 2;
    }
  }
  if (!file) {
    usage(stderr);
    free(only);
    return 2;
  }
  if (jobs < 1) jobs = 1;
  char *exe = sim_exe();
  Experiment *e = exp_load(file, size, exe);
  int count = 0, all = 0, rc = 2;
  ExpPoint *pts = e ? exp_points(e, &all) : NULL;
  count = all;
  if (e && filter_points(pts, &count, only, only_count) == 0) {
    if (list) {
      for (int i = 0; i < count; i++) printf("%s\t%s\n", pts[i].dir, pts[i].key);
      rc = 0;
    } else if (!exe) {
      fprintf(stderr, "djsim run: cannot find the djsim executable\n");
    } else {
      char *out = out_arg ? strdup(out_arg) : malloc(strlen(e->name) + 10);
      if (!out_arg) sprintf(out, "results/%s", e->name);
      Runner r = {
          .e = e, .exe = exe, .out = out, .count = count, .quiet = quiet, .tty = isatty(2) != 0};
      r.jobs = jobs < count ? jobs : count ? count : 1;
      rc = run_sweep(&r, pts, all);
      free(out);
    }
  }
  if (pts) exp_points_free(pts, all);
  exp_free(e);
  free(exe);
  free(only);
  return rc;
}
