/* platforms.c — `djsim platforms`: the bundled SimGrid platforms, each loaded in a child
 * process (SimGrid runs once per process) and measured on the backend itself: a 64-byte
 * request/reply round trip and a 10 MB transfer between its first two nodes. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "backend.h"
#include "cli.h"

const char *cli_platform_dir(void) {
  const char *d = getenv("DJSIM_PLATFORM_DIR");
  return d && *d ? d : DJSIM_PLATFORM_DIR;
}

char *cli_platform_path(const char *name_or_path) {
  size_t n = strlen(name_or_path);
  if (strchr(name_or_path, '/') || (n > 4 && strcmp(name_or_path + n - 4, ".xml") == 0))
    return strdup(name_or_path);
  const char *dir = cli_platform_dir();
  char *p = malloc(strlen(dir) + n + 6);
  sprintf(p, "%s/%s.xml", dir, name_or_path);
  return p;
}

typedef struct Probe {
  double rtt, transfer;
} Probe;

static void echo(int self, int src, const void *msg, size_t len, BkReplyToken *token) {
  (void)self;
  (void)src;
  (void)msg;
  if (token) bk_reply(token, len > 64 ? "ok" : msg, len > 64 ? 2 : len);
}

static void probe_task(void *arg) {
  Probe *p = arg;
  static char small[64], *big;
  void *reply;
  size_t rlen;
  double t0 = bk_now();
  if (bk_call(1, small, sizeof small, &reply, &rlen) == 0) free(reply);
  p->rtt = bk_now() - t0;
  big = calloc(10u << 20, 1);
  t0 = bk_now();
  if (bk_call(1, big, 10u << 20, &reply, &rlen) == 0) free(reply);
  p->transfer = bk_now() - t0;
  free(big);
}

/* Loads one platform and prints its line; in a child process. */
static int describe(const char *path, const char *name) {
  char err[512];
  BkConfig bc = {.platform = path, .nodes = 0};
  if (bk_init(&bc, err, sizeof err) != 0) {
    printf("%-14s  error: %s\n", name, err);
    return 1;
  }
  const BkNodeInfo *n0 = bk_node_info(0);
  Probe p = {-1, -1};
  if (bk_node_count() > 1) {
    bk_set_handler(echo);
    bk_run(probe_task, &p);
  }
  char rtt[32] = "-", xfer[32] = "-";
  if (p.rtt >= 0) snprintf(rtt, sizeof rtt, "%.3f us", p.rtt * 1e6);
  if (p.transfer >= 0) snprintf(xfer, sizeof xfer, "%.3f ms", p.transfer * 1e3);
  printf("%-14s %6d %6d %10.0f %12.2f %9llu  %14s  %14s\n", name, bk_node_count(), n0->cores,
         n0->speed / 1e6, n0->speed / n0->bytecode_flops / 1e6,
         (unsigned long long)(n0->heap_bytes >> 20), rtt, xfer);
  bk_shutdown();
  return 0;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int cmd_platforms(int argc, char **argv) {
  if (argc > 1 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
    printf("usage: djsim platforms [PLATFORM_FILE...]\n\n"
           "Lists the bundled platforms (or the given files): hosts, cores per host, CPU speed,\n"
           "bytecodes per second per core, default heap, and two figures measured on the\n"
           "simulated network: a 64-byte request/reply round trip and a 10 MB request\n"
           "between the first two hosts.\n");
    return 0;
  }
  char **files = NULL;
  int n = 0;
  if (argc > 1) {
    files = calloc((size_t)argc, sizeof *files);
    for (int i = 1; i < argc; i++) files[n++] = strdup(argv[i]);
  } else {
    DIR *d = opendir(cli_platform_dir());
    if (!d) {
      fprintf(stderr, "djsim platforms: cannot read %s\n", cli_platform_dir());
      return 1;
    }
    for (struct dirent *e; (e = readdir(d));) {
      size_t len = strlen(e->d_name);
      if (len < 5 || strcmp(e->d_name + len - 4, ".xml") != 0) continue;
      files = realloc(files, (size_t)(n + 1) * sizeof *files);
      char *path = malloc(strlen(cli_platform_dir()) + len + 2);
      sprintf(path, "%s/%s", cli_platform_dir(), e->d_name);
      files[n++] = path;
    }
    closedir(d);
    qsort(files, (size_t)n, sizeof *files, by_name);
  }
  printf("%-14s %6s %6s %10s %12s %9s  %14s  %14s\n", "platform", "hosts", "cores", "MHz",
         "M bytecode/s", "heap MiB", "64 B round trip", "10 MB request");
  fflush(stdout);
  int rc = 0;
  for (int i = 0; i < n; i++) {
    const char *base = strrchr(files[i], '/');
    char name[128];
    snprintf(name, sizeof name, "%s", base ? base + 1 : files[i]);
    char *dot = strstr(name, ".xml");
    if (dot) *dot = 0;
    pid_t pid = fork();
    if (pid == 0) {
      int r = describe(files[i], name);
      fflush(stdout);
      _exit(r);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) rc = 1;
    free(files[i]);
  }
  free(files);
  return rc;
}
