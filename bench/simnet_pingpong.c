/* simnet_pingpong.c — wall time per simulated round trip: raw SimGrid mailboxes vs simnet.
 *
 *   simnet_pingpong [platform.xml] [round trips]     (defaults: platforms/cloud.xml, 200000)
 *
 * (a) raw: two actors on two hosts, a synchronous put/get ping-pong of 128-byte messages;
 * (b) simnet: bk_call of 64 bytes from node 0 to node 1, whose handler bk_replies 64 bytes
 *     (64-byte payloads plus the platform's 64-byte header: the same 128 bytes on the wire).
 * A SimGrid engine runs once per process, so each measurement runs in its own child process
 * and reports through a pipe. Wall time and CPU time are measured around the run only, not
 * the start-up; on a loaded machine the CPU time is the steadier figure. */
#define _POSIX_C_SOURCE 200809L

#include "backend.h"

#include <simgrid/actor.h>
#include <simgrid/engine.h>
#include <simgrid/host.h>
#include <simgrid/mailbox.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long rounds;
static const char *platform;

typedef struct Times {
  double wall, cpu;
} Times;

static Times now(void) {
  struct timespec w, c;
  clock_gettime(CLOCK_MONOTONIC, &w);
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c);
  return (Times){(double)w.tv_sec + 1e-9 * (double)w.tv_nsec,
                 (double)c.tv_sec + 1e-9 * (double)c.tv_nsec};
}

static Times since(Times t0) {
  Times t = now();
  return (Times){t.wall - t0.wall, t.cpu - t0.cpu};
}

/* ---- (a) raw SimGrid ------------------------------------------------------------------------ */

static void raw_ping(int argc, char **argv) {
  (void)argc;
  (void)argv;
  sg_mailbox_t to = sg_mailbox_by_name("pong"), from = sg_mailbox_by_name("ping");
  static char msg[64];
  for (long i = 0; i < rounds; i++) {
    sg_mailbox_put(to, msg, 128);
    sg_mailbox_get(from);
  }
}

static void raw_pong(int argc, char **argv) {
  (void)argc;
  (void)argv;
  sg_mailbox_t to = sg_mailbox_by_name("ping"), from = sg_mailbox_by_name("pong");
  for (long i = 0; i < rounds; i++) sg_mailbox_put(to, sg_mailbox_get(from), 128);
}

static Times raw_run(void) {
  char *argv[] = {"bench", "--log=root.thres:critical", "--cfg=contexts/factory:raw", NULL};
  int argc = 3;
  simgrid_init(&argc, argv);
  simgrid_load_platform(platform);
  sg_host_t *hosts = sg_host_list();
  sg_actor_create("ping", sg_host_by_name("n0") ? sg_host_by_name("n0") : hosts[0], raw_ping, 0,
                  NULL);
  sg_actor_create("pong", sg_host_by_name("n1") ? sg_host_by_name("n1") : hosts[1], raw_pong, 0,
                  NULL);
  free(hosts);
  Times t0 = now();
  simgrid_run();
  return since(t0);
}

/* ---- (b) simnet ----------------------------------------------------------------------------- */

static void echo(int self, int src, const void *msg, size_t len, BkReplyToken *token) {
  (void)self;
  (void)src;
  bk_reply(token, msg, len);
}

static void simnet_main(void *arg) {
  (void)arg;
  char msg[64] = {0};
  for (long i = 0; i < rounds; i++) {
    void *rep;
    size_t len;
    bk_call(1, msg, sizeof msg, &rep, &len);
    free(rep);
  }
}

static Times simnet_run(void) {
  BkConfig cfg = {platform, 2, NULL, 0};
  char err[512];
  if (bk_init(&cfg, err, sizeof err)) {
    fprintf(stderr, "%s\n", err);
    exit(1);
  }
  bk_set_handler(echo);
  Times t0 = now();
  bk_run(simnet_main, NULL);
  Times t = since(t0);
  bk_shutdown();
  return t;
}

/* ---- Driver --------------------------------------------------------------------------------- */

static Times in_child(Times (*run)(void)) {
  int fd[2];
  Times t = {-1, -1};
  if (pipe(fd)) return t;
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) {
    close(fd[0]);
    t = run();
    if (write(fd[1], &t, sizeof t) != (ssize_t)sizeof t) _exit(1);
    _exit(0);
  }
  close(fd[1]);
  if (read(fd[0], &t, sizeof t) != (ssize_t)sizeof t) t.wall = -1;
  close(fd[0]);
  waitpid(pid, NULL, 0);
  return t;
}

int main(int argc, char **argv) {
  platform = argc > 1 ? argv[1] : "platforms/cloud.xml";
  rounds = argc > 2 ? atol(argv[2]) : 200000;
  Times raw = in_child(raw_run), sim = in_child(simnet_run);
  if (raw.wall <= 0 || sim.wall <= 0) {
    fprintf(stderr, "simnet_pingpong: a measurement failed\n");
    return 1;
  }
  double us = 1e6 / (double)rounds;
  printf("%ld simulated round trips on %s            wall      cpu\n", rounds, platform);
  printf("  raw SimGrid put/get      us per round trip  %7.3f  %7.3f\n", raw.wall * us,
         raw.cpu * us);
  printf("  simnet bk_call/bk_reply  us per round trip  %7.3f  %7.3f\n", sim.wall * us,
         sim.cpu * us);
  printf("  ratio                                       %7.2f  %7.2f\n", sim.wall / raw.wall,
         sim.cpu / raw.cpu);
  return 0;
}
