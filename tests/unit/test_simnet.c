/* test_simnet.c — the SimGrid backend against its contract (core/backend.h) and the figures
 * its platform files promise.
 *
 * A SimGrid engine runs once per process, so every scenario runs in a forked child: the child
 * calls bk_init/bk_run/bk_shutdown and writes what it measured into memory shared with the
 * parent (`out`); its stdout and stderr go to a temporary file the parent reads back, so a
 * test can also assert that SimGrid printed nothing. The parent makes the assertions. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#define _POSIX_C_SOURCE 200809L

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "backend.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef DJSIM_PLATFORM_DIR
#define DJSIM_PLATFORM_DIR "platforms"
#endif

/* ---- Child processes --------------------------------------------------------------------- */

#define OUT_VALUES 64
#define OUT_TRACE  (1 << 20)

typedef struct Out {
  double v[OUT_VALUES];
  int status;    /* bk_run's result */
  int init_rc;   /* bk_init's result */
  char err[512]; /* bk_init's message */
  BkStats stats;
  size_t tlen;
  char trace[OUT_TRACE];
} Out;

static Out *out; /* shared with the children */

typedef struct Child {
  int exit_code; /* -1 if killed by a signal */
  char stdio[8192];
} Child;

typedef void (*Scenario)(const void *arg);

static void run_child(Scenario scenario, const void *arg, Child *c) {
  memset(out, 0, sizeof *out);
  FILE *io = tmpfile();
  assert_non_null(io);
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  assert_true(pid >= 0);
  if (pid == 0) {
    dup2(fileno(io), STDOUT_FILENO);
    dup2(fileno(io), STDERR_FILENO);
    scenario(arg);
    fflush(stdout);
    fflush(stderr);
    _exit(0);
  }
  int status;
  assert_int_equal(waitpid(pid, &status, 0), pid);
  c->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  rewind(io);
  size_t n = fread(c->stdio, 1, sizeof c->stdio - 1, io);
  c->stdio[n] = '\0';
  fclose(io);
  if (c->exit_code != 0) fprintf(stderr, "child died (%d); its output:\n%s\n", status, c->stdio);
}

/* Runs a scenario that must end cleanly and print nothing at all. */
static void run_quiet(Scenario scenario, const void *arg) {
  Child c;
  run_child(scenario, arg, &c);
  assert_int_equal(c.exit_code, 0);
  assert_string_equal(c.stdio, "");
}

static void trace(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(out->trace + out->tlen, OUT_TRACE - out->tlen, fmt, ap);
  va_end(ap);
  if (n > 0) out->tlen += (size_t)n;
  if (out->tlen >= OUT_TRACE) out->tlen = OUT_TRACE - 1;
}

static const char *platform(const char *name) {
  static char path[4096];
  const char *dir = getenv("DJSIM_PLATFORM_DIR");
  snprintf(path, sizeof path, "%s/%s.xml", dir ? dir : DJSIM_PLATFORM_DIR, name);
  return path;
}

/* bk_init, bk_run(main_fn), bk_stats, bk_shutdown; results in out. */
static void simulate(const char *file, int nodes, BkHandler handler, BkTaskFn main_fn, void *arg) {
  BkConfig cfg = {file, nodes, NULL, 0};
  out->init_rc = bk_init(&cfg, out->err, sizeof out->err);
  if (out->init_rc) return;
  bk_set_handler(handler);
  out->status = bk_run(main_fn, arg);
  bk_stats(&out->stats);
  bk_shutdown();
}

static void assert_near(double got, double want, double rel) {
  double diff = got > want ? got - want : want - got, scale = want < 0 ? -want : want;
  if (diff > rel * scale) fail_msg("got %.9g, want %.9g (within %g%%)", got, want, rel * 100);
}

/* ---- A handler for most scenarios -------------------------------------------------------- */

/* Requests are answered with a copy of themselves; a one-way message records its arrival
 * time in v[41]. */
static void echo_handler(int self, int src, const void *msg, size_t len, BkReplyToken *token) {
  (void)self;
  (void)src;
  if (token)
    bk_reply(token, msg, len);
  else
    out->v[41] = bk_now();
}

/* ---- Platform figures -------------------------------------------------------------------- */

typedef struct Calib {
  const char *name;
  int nodes, dst;
  double rtt, tenmb; /* what the platform file documents */
  double overhead;   /* its djsim.msg_overhead: all that bk_send costs its caller */
} Calib;

#define TEN_MB 10000000

static void calib_main(void *arg) {
  const Calib *c = arg;
  unsigned char req[64] = {0};
  void *rep;
  size_t rlen;
  double t0 = bk_now();
  bk_call(c->dst, req, sizeof req, &rep, &rlen);
  out->v[0] = bk_now() - t0;
  out->v[1] = (double)rlen;
  free(rep);
  unsigned char *big = calloc(1, TEN_MB);
  t0 = bk_now();
  bk_send(c->dst, big, TEN_MB);
  out->v[3] = bk_now() - t0;
  free(big);
  bk_sleep(60); /* keeps the run alive until the handler has seen it */
  out->v[2] = out->v[41] - t0;
}

static void calib_scenario(const void *arg) {
  const Calib *c = arg;
  simulate(platform(c->name), c->nodes, echo_handler, calib_main, (void *)c);
}

static void check_calibration(const Calib *c) {
  run_quiet(calib_scenario, c);
  assert_int_equal(out->init_rc, 0);
  assert_int_equal((int)out->v[1], 64);
  assert_near(out->v[0], c->rtt, 0.01);
  assert_near(out->v[2], c->tenmb, 0.01);
  assert_near(out->v[3], c->overhead, 1e-9);
  print_message("  %-12s 64-byte round trip %9.3f us, 10 MB one-way %10.4f ms\n", c->name,
                out->v[0] * 1e6, out->v[2] * 1e3);
}

/* The figures below are the ones each platform file's header states and derives. */
static void test_myrinet_figures(void **state) {
  (void)state;
  Calib c = {"myrinet", 2, 1, 25.0e-6, 11.7e-6 + 10000064 / 160e6, 6.7e-6};
  check_calibration(&c);
}

static void test_beowulf_figures(void **state) {
  (void)state;
  Calib c = {"beowulf-10mb", 2, 1, 499.6e-6, 142e-6 + 10000064 / 1.1875e6, 42e-6};
  check_calibration(&c);
}

/* DJ's measured ping and rsync rate, exactly as the seed gives them. */
static void test_cloud_figures(void **state) {
  (void)state;
  Calib c = {"cloud", 2, 1, 0.356e-3, 10e6 / 129.92e6 + 0.356e-3 / 2, 0};
  check_calibration(&c);
}

static void test_loopback_figures(void **state) {
  (void)state;
  Calib c = {"loopback", 1, 0, 0.2512e-6, 0.1e-6 + 10000064 / 5e9, 0};
  check_calibration(&c);
}

/* ---- CPU sharing ------------------------------------------------------------------------- */

typedef struct Cpu {
  const char *name;
  int tasks;
  uint64_t bytecodes;
} Cpu;

static BkWaitQueue *done_q;
static int done_n;

static void cpu_task(void *arg) {
  const Cpu *c = arg;
  bk_compute(c->bytecodes, 0);
  out->v[done_n++] = bk_now();
  bk_wq_wake_one(done_q);
}

static void cpu_main(void *arg) {
  const Cpu *c = arg;
  done_q = bk_wq_new();
  for (int i = 0; i < c->tasks; i++) bk_spawn(0, "busy", cpu_task, arg, 0);
  while (done_n < c->tasks) bk_wq_wait(done_q, -1);
  bk_wq_free(done_q);
  out->v[10] = bk_node_busy(0);
  out->v[11] = bk_node_info(0)->bytecode_flops / bk_node_info(0)->speed;
}

static void cpu_scenario(const void *arg) {
  simulate(platform(((const Cpu *)arg)->name), 1, echo_handler, cpu_main, (void *)arg);
}

static double cpu_run(const char *name, int tasks, uint64_t bytecodes, double *each) {
  Cpu c = {name, tasks, bytecodes};
  run_quiet(cpu_scenario, &c);
  assert_int_equal(out->init_rc, 0);
  for (int i = 0; i < tasks; i++) assert_true(out->v[i] == out->v[0]);
  *each = out->v[11] * (double)bytecodes;
  assert_near(out->v[10], *each * tasks, 1e-9);
  return out->v[0];
}

static void test_one_core_shared(void **state) {
  (void)state;
  double each;
  double one = cpu_run("loopback", 1, 30000000, &each);
  assert_near(one, each, 1e-9);
  double two = cpu_run("loopback", 2, 30000000, &each);
  assert_near(two, 2 * one, 1e-9);
}

static void test_two_cores_parallel(void **state) {
  (void)state;
  double each;
  double one = cpu_run("beowulf-10mb", 1, 30000000, &each);
  assert_near(one, each, 1e-9);
  double two = cpu_run("beowulf-10mb", 2, 30000000, &each);
  assert_near(two, one, 1e-9);
}

/* ---- Time and wait queues ---------------------------------------------------------------- */

static BkWaitQueue *wq, *wq2;

static void fifo_waiter(void *arg) {
  int i = (int)(intptr_t)arg;
  bk_sleep(0.1 * (i + 1)); /* waiters queue up in the order 0, 1, 2 */
  int r = bk_wq_wait(wq, -1);
  trace("woken %d r=%d t=%.17g\n", i, r, bk_now());
}

static void early_waiter(void *arg) {
  (void)arg;
  double t0 = bk_now();
  out->v[4] = bk_wq_wait(wq2, 1.0);
  out->v[5] = bk_now() - t0;
}

/* Waits 0.5 s and is woken at exactly that instant: the two must agree. */
static void edge_waiter(void *arg) {
  (void)arg;
  out->v[8] = bk_wq_wait(wq2, 0.5);
}

static void time_main(void *arg) {
  (void)arg;
  wq = bk_wq_new();
  wq2 = bk_wq_new();
  bk_sleep(1.5);
  out->v[0] = bk_now();
  for (int i = 2; i >= 0; i--) bk_spawn(0, "waiter", fifo_waiter, (void *)(intptr_t)i, 0);
  bk_sleep(1.0); /* t = 2.5: all three wait */
  for (int i = 0; i < 3; i++) {
    bk_wq_wake_one(wq);
    bk_sleep(0.1);
  }
  out->v[1] = bk_wq_wake_one(wq); /* nobody left */
  double t0 = bk_now();
  out->v[2] = bk_wq_wait(wq, 0.25);
  out->v[3] = bk_now() - (t0 + 0.25);
  bk_spawn(0, "early", early_waiter, NULL, 0);
  bk_sleep(0.5);
  bk_wq_wake_one(wq2);
  bk_sleep(1.0);
  bk_spawn(0, "edge", edge_waiter, NULL, 0);
  bk_yield(); /* the edge waiter now waits until now + 0.5 */
  bk_sleep(0.5);
  out->v[9] = bk_wq_wake_one(wq2);
  bk_sleep(0.1);
  bk_spawn(0, "waiter", fifo_waiter, (void *)(intptr_t)7, 0);
  bk_spawn(0, "waiter", fifo_waiter, (void *)(intptr_t)8, 0);
  bk_sleep(2);
  out->v[6] = bk_wq_wake_all(wq);
  out->v[7] = bk_wq_wait(wq, 0); /* a zero timeout does not wait */
  bk_sleep(0.1);
  bk_wq_free(wq);
  bk_wq_free(wq2);
}

static void time_scenario(const void *arg) {
  (void)arg;
  simulate(platform("loopback"), 1, echo_handler, time_main, NULL);
}

static void test_time_and_wait_queues(void **state) {
  (void)state;
  run_quiet(time_scenario, NULL);
  assert_int_equal(out->init_rc, 0);
  assert_true(out->v[0] == 1.5);
  assert_true(out->v[1] == 0);
  assert_true(out->v[2] == 0);
  assert_true(out->v[3] == 0); /* the timeout ends exactly at t0 + 0.25 */
  assert_true(out->v[4] == 1);
  assert_near(out->v[5], 0.5, 1e-12); /* 3.55 - 3.05 in floating point */
  assert_true(out->v[8] == out->v[9]);
  assert_true(out->v[6] == 2);
  assert_true(out->v[7] == 0);
  /* Woken in the order they queued (0, 1, 2), each at the instant it was woken. */
  assert_string_equal(out->trace, "woken 0 r=1 t=2.5\n"
                                  "woken 1 r=1 t=2.6000000000000001\n"
                                  "woken 2 r=1 t=2.7000000000000002\n"
                                  "woken 7 r=1 t=7.1500000000000004\n"
                                  "woken 8 r=1 t=7.1500000000000004\n");
}

/* ---- Messages ---------------------------------------------------------------------------- */

/* Node 1 answers a request by asking node 2 first; node 2 answers "c". */
static void nested_handler(int self, int src, const void *msg, size_t len, BkReplyToken *token) {
  (void)src;
  char buf[64];
  memcpy(buf, msg, len);
  if (self == 1) {
    void *rep;
    size_t rlen;
    if (bk_call(2, "b", 1, &rep, &rlen) == 0) { /* (no cmocka assertion in a child) */
      memcpy(buf + len, rep, rlen);
      len += rlen;
      free(rep);
    }
  } else {
    buf[len++] = 'c';
  }
  bk_reply(token, buf, len);
}

static void nested_main(void *arg) {
  (void)arg;
  void *rep;
  size_t rlen;
  double t0 = bk_now();
  bk_call(1, "a", 1, &rep, &rlen);
  out->v[0] = bk_now() - t0;
  trace("%.*s", (int)rlen, (char *)rep);
  free(rep);
}

static void nested_scenario(const void *arg) {
  (void)arg;
  simulate(platform("cloud"), 3, nested_handler, nested_main, NULL);
}

static void test_nested_call(void **state) {
  (void)state;
  run_quiet(nested_scenario, NULL);
  assert_int_equal(out->init_rc, 0);
  assert_string_equal(out->trace, "abc");
  /* Four one-way latencies of the cloud platform and 1, 1, 2, 3 bytes plus 4 headers. */
  assert_near(out->v[0], 4 * 177e-6 + (1 + 1 + 2 + 3 + 4 * 64) / 129.92e6, 1e-9);
  assert_int_equal(out->stats.messages, 4);
  assert_int_equal(out->stats.bytes, 1 + 1 + 2 + 3);
}

/* One-way messages from one node start their handlers in the order sent, even when a small
 * one would overtake a large one in the network; messages from another node are not held
 * up by them. */
static void order_handler(int self, int src, const void *msg, size_t len, BkReplyToken *token) {
  (void)self;
  (void)token;
  int tag = ((const unsigned char *)msg)[0];
  trace("from %d len %zu tag %d\n", src, len, tag);
  out->v[20 + tag] = bk_now();
}

static void order_other(void *arg) {
  (void)arg;
  bk_send(1, "\3", 1);
}

static void order_main(void *arg) {
  (void)arg;
  unsigned char *big = calloc(1, 1000000);
  big[0] = 1;
  bk_spawn(2, "other", order_other, NULL, 0);
  bk_send(1, big, 1000000);
  bk_send(1, "\2", 1);
  free(big);
  bk_sleep(1);
}

static void order_scenario(const void *arg) {
  (void)arg;
  simulate(platform("cloud"), 3, order_handler, order_main, NULL);
}

static void test_send_order(void **state) {
  (void)state;
  run_quiet(order_scenario, NULL);
  assert_int_equal(out->init_rc, 0);
  /* 1 MB at 129.92 MB/s arrives after 7.874 ms; the 1-byte message node 0 sent after it
   * crossed the network first but is handled after it; node 2's is not held up by either
   * (it arrives after the latency and 65 bytes at a third of the link, the link being shared
   * by three transfers then). */
  assert_string_equal(out->trace, "from 2 len 1 tag 3\n"
                                  "from 0 len 1000000 tag 1\n"
                                  "from 0 len 1 tag 2\n");
  assert_near(out->v[23], 177e-6 + 3 * 65 / 129.92e6, 1e-9);
  assert_near(out->v[21], 177e-6 + 1000064 / 129.92e6, 0.001);
  assert_true(out->v[22] == out->v[21]);
}

/* A handler may leave the answer to another task of its node: the token stays valid until
 * bk_reply. Empty messages and replies work. */
static BkReplyToken *parked;
static BkWaitQueue *park_q;

static void later_task(void *arg) {
  (void)arg;
  while (!parked) bk_wq_wait(park_q, -1);
  bk_sleep(1);
  bk_reply(parked, NULL, 0);
}

static void deferred_handler(int self, int src, const void *msg, size_t len, BkReplyToken *token) {
  (void)self;
  (void)src;
  (void)msg;
  (void)len;
  parked = token;
  bk_wq_wake_one(park_q);
}

static void deferred_main(void *arg) {
  (void)arg;
  park_q = bk_wq_new();
  bk_spawn(1, "later", later_task, NULL, 0);
  void *rep = NULL;
  size_t rlen = 99;
  bk_call(1, NULL, 0, &rep, &rlen);
  out->v[0] = bk_now();
  out->v[1] = (double)rlen;
  out->v[2] = rep != NULL;
  free(rep);
}

static void deferred_scenario(const void *arg) {
  (void)arg;
  simulate(platform("myrinet"), 2, deferred_handler, deferred_main, NULL);
}

static void test_deferred_reply(void **state) {
  (void)state;
  run_quiet(deferred_scenario, NULL);
  assert_int_equal(out->init_rc, 0);
  assert_true(out->v[0] > 1.0 && out->v[0] < 1.001);
  assert_true(out->v[1] == 0);
  assert_true(out->v[2] == 1);
}

/* ---- Tasks ------------------------------------------------------------------------------- */

static void data_task(void *arg) {
  bk_set_task_data(arg);
  bk_yield();
  bk_sleep(0.001);
  out->v[10 + bk_self()] = bk_task_data() == arg;
}

static void tasks_main(void *arg) {
  (void)arg;
  static int a, b;
  out->v[0] = bk_spawn(2, "bad", data_task, NULL, 0);
  out->v[1] = bk_call(-1, "x", 1, NULL, NULL);
  out->v[2] = bk_send(2, "x", 1);
  out->v[3] = bk_node_count();
  bk_spawn(0, "a", data_task, &a, 0);
  bk_spawn(1, "b", data_task, &b, 1);
  bk_set_task_data(&out);
  bk_sleep(0.01);
  out->v[4] = bk_task_data() == &out;
}

static void tasks_scenario(const void *arg) {
  (void)arg;
  simulate(platform("cloud"), 2, echo_handler, tasks_main, NULL);
}

static void test_tasks(void **state) {
  (void)state;
  run_quiet(tasks_scenario, NULL);
  assert_int_equal(out->init_rc, 0);
  assert_true(out->v[0] == -1);
  assert_true(out->v[1] == -1);
  assert_true(out->v[2] == -1);
  assert_true(out->v[3] == 2);
  assert_true(out->v[4] == 1);
  assert_true(out->v[10] == 1 && out->v[11] == 1); /* each task saw its own data */
}

/* ---- End of run -------------------------------------------------------------------------- */

static BkWaitQueue *never;

static void block_forever(void *arg) {
  (void)arg;
  bk_wq_wait(never, -1);
  trace("unblocked\n");
}

static void blocking_handler(int self, int src, const void *msg, size_t len, BkReplyToken *token) {
  (void)self;
  (void)src;
  (void)msg;
  (void)len;
  (void)token;
  block_forever(NULL);
}

static void exiter(void *arg) {
  (void)arg;
  bk_sleep(2);
  bk_exit(7);
  trace("bk_exit returned\n");
}

static void sleeper(void *arg) {
  (void)arg;
  bk_sleep(100);
  trace("slept\n");
}

static void exit_main(void *arg) {
  (void)arg;
  never = bk_wq_new();
  bk_spawn(0, "blocked", block_forever, NULL, 0);
  bk_spawn(1, "sleeper", sleeper, NULL, 0);
  bk_spawn(1, "exiter", exiter, NULL, 0);
  bk_send(2, "x", 1); /* its handler blocks */
  void *rep;
  size_t rlen;
  bk_call(2, "y", 1, &rep, &rlen); /* never answered */
  trace("call returned\n");
}

static void exit_scenario(const void *arg) {
  (void)arg;
  simulate(platform("cloud"), 3, blocking_handler, exit_main, NULL);
  out->v[0] = bk_now();
}

static void test_exit_status(void **state) {
  (void)state;
  run_quiet(exit_scenario, NULL);
  assert_int_equal(out->init_rc, 0);
  assert_int_equal(out->status, 7);
  assert_true(out->v[0] == 2.0);
  assert_string_equal(out->trace, "");
}

static void deadlock_main(void *arg) {
  (void)arg;
  never = bk_wq_new();
  bk_spawn(0, "blocked", block_forever, NULL, 0);
  bk_spawn(1, "blocked", block_forever, NULL, 0);
  bk_send(1, "x", 1);
  bk_sleep(3);
  block_forever(NULL);
}

static void deadlock_scenario(const void *arg) {
  (void)arg;
  simulate(platform("beowulf-10mb"), 2, blocking_handler, deadlock_main, NULL);
  out->v[0] = bk_now();
}

static void test_deadlock_returns_silently(void **state) {
  (void)state;
  run_quiet(deadlock_scenario, NULL); /* asserts nothing was printed */
  assert_int_equal(out->init_rc, 0);
  assert_int_equal(out->status, 0);
  assert_near(out->v[0], 42e-6 + 3.0, 1e-12); /* bk_send's software overhead, then 3 s */
  assert_string_equal(out->trace, "");
}

/* ---- Initialisation errors and platform properties --------------------------------------- */

typedef struct Init {
  const char *file;
  int nodes;
  const char *xml; /* written to file first, if not NULL */
} Init;

static void init_scenario(const void *arg) {
  const Init *in = arg;
  if (in->xml) {
    FILE *f = fopen(in->file, "w");
    fputs(in->xml, f);
    fclose(f);
  }
  BkConfig cfg = {in->file, in->nodes, NULL, 0};
  out->init_rc = bk_init(&cfg, out->err, sizeof out->err);
  for (int i = 0; out->init_rc == 0 && i < bk_node_count() && i < 8; i++) {
    const BkNodeInfo *info = bk_node_info(i);
    trace("%s cores=%d speed=%g bf=%g heap=%llu\n", info->name, info->cores, info->speed,
          info->bytecode_flops, (unsigned long long)info->heap_bytes);
  }
  if (in->xml) unlink(in->file);
}

static void init_expect(const char *file, int nodes, const char *xml) {
  Init in = {file, nodes, xml};
  run_quiet(init_scenario, &in);
}

static void test_init_errors(void **state) {
  (void)state;
  init_expect("/nonexistent/platform.xml", 0, NULL);
  assert_int_equal(out->init_rc, -1);
  assert_string_equal(out->err,
                      "/nonexistent/platform.xml: cannot read the platform file (No such file or "
                      "directory)");

  init_expect(platform("loopback"), 5, NULL);
  assert_int_equal(out->init_rc, -1);
  assert_non_null(strstr(out->err, "loopback.xml: platform has 1 host, 5 nodes asked"));

  char bad[64];
  snprintf(bad, sizeof bad, "/tmp/test_simnet_bad_%d.xml", (int)getpid());
  init_expect(bad, 0,
              "<?xml version='1.0'?>\n"
              "<!DOCTYPE platform SYSTEM \"https://simgrid.org/simgrid.dtd\">\n"
              "<platform version=\"4.1\">\n"
              "  <zone id=\"z\" routing=\"Full\">\n"
              "    <host id=\"a\" speed=\"1Gf\">\n"
              "  </zone>\n"
              "</platform>\n");
  assert_int_equal(out->init_rc, -1);
  assert_non_null(strstr(out->err, "SimGrid cannot load this platform: Parse error at"));
  assert_non_null(strstr(out->err, bad));

  init_expect(bad, 0,
              "<?xml version='1.0'?>\n"
              "<!DOCTYPE platform SYSTEM \"https://simgrid.org/simgrid.dtd\">\n"
              "<platform version=\"4.1\">\n"
              "  <zone id=\"z\" routing=\"Full\">\n"
              "    <host id=\"a\" speed=\"1Gf\"><prop id=\"djsim.heap\" value=\"lots\"/></host>\n"
              "  </zone>\n"
              "</platform>\n");
  assert_int_equal(out->init_rc, -1);
  assert_non_null(strstr(out->err, ": host a: djsim.heap=\"lots\" is not a valid value"));

  init_expect(bad, 0,
              "<?xml version='1.0'?>\n"
              "<!DOCTYPE platform SYSTEM \"https://simgrid.org/simgrid.dtd\">\n"
              "<platform version=\"4.1\">\n"
              "  <zone id=\"z\" routing=\"Full\">\n"
              "    <host id=\"a\" speed=\"1Gf\"><prop id=\"djsim.cores\" value=\"2\"/></host>\n"
              "  </zone>\n"
              "</platform>\n");
  assert_int_equal(out->init_rc, -1);
  assert_non_null(strstr(out->err, ": host a: djsim.cores=2 but the host has 1 core(s)"));
}

/* SimGrid arguments given by the user pass through: a --log= shows what it asks for (but
 * still not the end-of-run deadlock report), a bad --cfg= is an error of bk_init. */
static const char *user_args[4];

static void user_args_main(void *arg) {
  (void)arg;
  never = bk_wq_new();
  block_forever(NULL);
}

static void user_args_scenario(const void *arg) {
  (void)arg;
  BkConfig cfg = {platform("loopback"), 0, user_args, 0};
  out->init_rc = bk_init(&cfg, out->err, sizeof out->err);
  if (out->init_rc) return;
  out->status = bk_run(user_args_main, NULL);
  bk_shutdown();
}

static void test_user_sg_args(void **state) {
  (void)state;
  Child c;
  user_args[0] = "--log=root.thres:info";
  user_args[1] = "--cfg=network/crosstraffic:1";
  run_child(user_args_scenario, NULL, &c);
  assert_int_equal(c.exit_code, 0);
  assert_int_equal(out->init_rc, 0);
  assert_non_null(
      strstr(c.stdio, "[xbt_cfg/INFO] Configuration change: Set 'network/crosstraffic'"));
  assert_null(strstr(c.stdio, "eadlock"));

  user_args[0] = "--cfg=network/model:Nonsense";
  user_args[1] = NULL;
  run_quiet(user_args_scenario, NULL);
  assert_int_equal(out->init_rc, -1);
  assert_non_null(strstr(out->err, "loopback.xml: SimGrid cannot load this platform: "));
  assert_non_null(strstr(out->err, "Nonsense"));
}

/* The model is chosen on purpose: the platform's <config> block, else CM02 (the latencies
 * and bandwidths written), and a user's --cfg= wins over both. */
typedef struct Model {
  const char *file;
  const char *arg;
} Model;

static void model_main(void *arg) {
  (void)arg;
  void *rep;
  size_t rlen;
  double t0 = bk_now();
  bk_call(1, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", 64, &rep, &rlen);
  out->v[0] = bk_now() - t0;
  free(rep);
}

static void model_scenario(const void *arg) {
  const Model *m = arg;
  const char *args[] = {m->arg, NULL};
  BkConfig cfg = {m->file, 2, args, 0};
  out->init_rc = bk_init(&cfg, out->err, sizeof out->err);
  if (out->init_rc) return;
  bk_set_handler(echo_handler);
  bk_run(model_main, NULL);
  bk_shutdown();
}

static void test_network_model_choice(void **state) {
  (void)state;
  double cm02 = 2 * (177e-6 + 128 / 129.92e6);
  Model lv08 = {platform("cloud"), "--cfg=network/model:LV08"};
  run_quiet(model_scenario, &lv08);
  assert_int_equal(out->init_rc, 0);
  assert_true(out->v[0] > 12 * cm02); /* LV08 multiplies latency by 13.01 */

  /* cloud.xml without its <config> block */
  char file[64];
  snprintf(file, sizeof file, "/tmp/test_simnet_nocfg_%d.xml", (int)getpid());
  FILE *in = fopen(platform("cloud"), "r"), *o = fopen(file, "w");
  assert_non_null(in);
  assert_non_null(o);
  char line[512];
  int skipping = 0;
  while (fgets(line, sizeof line, in)) {
    if (strstr(line, "<config>")) skipping = 1;
    if (!skipping) fputs(line, o);
    if (strstr(line, "</config>")) skipping = 0;
  }
  fclose(in);
  fclose(o);
  Model plain = {file, NULL};
  run_quiet(model_scenario, &plain);
  unlink(file);
  assert_int_equal(out->init_rc, 0);
  assert_near(out->v[0], cm02, 1e-9);
}

/* Nodes come in document order, not in SimGrid's (string-sorted) order; properties come from
 * the host, else its zone, else an enclosing zone, else the defaults. */
static void test_document_order_and_properties(void **state) {
  (void)state;
  char file[64];
  snprintf(file, sizeof file, "/tmp/test_simnet_props_%d.xml", (int)getpid());
  init_expect(file, 0,
              "<?xml version='1.0'?>\n"
              "<!DOCTYPE platform SYSTEM \"https://simgrid.org/simgrid.dtd\">\n"
              "<!-- <host id=\"ghost\"/> is only a comment -->\n"
              "<platform version=\"4.1\">\n"
              "  <zone id=\"world\" routing=\"Full\">\n"
              "    <prop id=\"djsim.msg_overhead\" value=\"5us\"/>\n"
              "    <zone id=\"left\" routing=\"Full\">\n"
              "      <prop id=\"djsim.heap\" value=\"1MiB\"/>\n"
              "      <host id=\"zeta\" speed=\"1Gf\" core=\"3\"/>\n"
              "      <host id=\"alpha\" speed=\"2Gf\">\n"
              "        <prop id=\"djsim.heap\" value=\"2048\"/>\n"
              "        <prop id=\"djsim.bytecode_flops\" value=\"4\"/>\n"
              "      </host>\n"
              "    </zone>\n"
              "    <cluster id=\"c\" prefix=\"n\" suffix=\".x\" radical=\"9-10,2\" speed=\"1Gf\"\n"
              "             bw=\"1Gbps\" lat=\"1us\"/>\n"
              "    <link id=\"l\" bandwidth=\"1Gbps\" latency=\"1us\"/>\n"
              "    <zoneRoute src=\"left\" dst=\"c\" gw_src=\"zeta\" gw_dst=\"nc_router.x\">\n"
              "      <link_ctn id=\"l\"/>\n"
              "    </zoneRoute>\n"
              "  </zone>\n"
              "</platform>\n");
  if (out->init_rc) fail_msg("%s", out->err);
  assert_string_equal(out->trace, "zeta cores=3 speed=1e+09 bf=10 heap=1048576\n"
                                  "alpha cores=1 speed=2e+09 bf=4 heap=2048\n"
                                  "n9.x cores=1 speed=1e+09 bf=10 heap=67108864\n"
                                  "n10.x cores=1 speed=1e+09 bf=10 heap=67108864\n"
                                  "n2.x cores=1 speed=1e+09 bf=10 heap=67108864\n");
}

/* ---- Determinism ------------------------------------------------------------------------- */

static void chatty_handler(int self, int src, const void *msg, size_t len, BkReplyToken *token) {
  trace("%.9f h%d<-%d %zu\n", bk_now(), self, src, len);
  bk_compute(1000 * len, 0);
  if (token) bk_reply(token, msg, len / 2 + 1);
}

static void chatty_task(void *arg) {
  int i = (int)(intptr_t)arg, me = bk_self();
  unsigned char buf[4096] = {0};
  for (int round = 0; round < 5; round++) {
    bk_compute((uint64_t)(1000 * (i + round)), 0);
    size_t len = (size_t)(64 + 97 * ((i * 7 + round * 3) % 40));
    int dst = (me + 1 + (i + round) % 3) % 4;
    if ((i + round) % 2) {
      void *rep;
      size_t rlen;
      bk_call(dst, buf, len, &rep, &rlen);
      free(rep);
      trace("%.9f t%d@%d call %d %zu->%zu\n", bk_now(), i, me, dst, len, rlen);
    } else {
      bk_send(dst, buf, len);
      trace("%.9f t%d@%d send %d %zu\n", bk_now(), i, me, dst, len);
    }
  }
}

static void chatty_main(void *arg) {
  (void)arg;
  for (int i = 0; i < 12; i++) bk_spawn(i % 4, "chatty", chatty_task, (void *)(intptr_t)i, 0);
}

static void chatty_scenario(const void *arg) {
  (void)arg;
  simulate(platform("beowulf-10mb"), 4, chatty_handler, chatty_main, NULL);
  trace("end %.9f messages %llu bytes %llu\n", bk_now(), (unsigned long long)out->stats.messages,
        (unsigned long long)out->stats.bytes);
}

static void test_determinism(void **state) {
  (void)state;
  run_quiet(chatty_scenario, NULL);
  assert_int_equal(out->init_rc, 0);
  size_t len = out->tlen;
  char *first = malloc(len + 1);
  memcpy(first, out->trace, len + 1);
  run_quiet(chatty_scenario, NULL);
  assert_int_equal(out->tlen, len);
  assert_memory_equal(first, out->trace, len);
  assert_int_equal(out->stats.messages, 30 * 2 + 30); /* 30 calls (2 messages), 30 sends */
  assert_true(len > 3000);
  free(first);
}

/* ---- Scale ------------------------------------------------------------------------------- */

#define SCALE_TASKS 100000
#define SCALE_NODES 1024

static int scale_done;

static void scale_task(void *arg) {
  int i = (int)(intptr_t)arg;
  bk_compute((uint64_t)(10000 + 1000 * (i % 97)), 0);
  unsigned char req[32] = {0};
  void *rep;
  size_t rlen;
  bk_call((bk_self() + 1 + i % 7) % SCALE_NODES, req, sizeof req, &rep, &rlen);
  free(rep);
  scale_done++;
}

static void scale_main(void *arg) {
  (void)arg;
  for (int i = 0; i < SCALE_TASKS; i++)
    bk_spawn(i % SCALE_NODES, "task", scale_task, (void *)(intptr_t)i, 0);
}

static void scale_scenario(const void *arg) {
  (void)arg;
  simulate(platform("cloud"), SCALE_NODES, echo_handler, scale_main, NULL);
  out->v[0] = scale_done;
  out->v[1] = bk_now();
}

static void test_scale_100k_tasks(void **state) {
  (void)state;
  run_quiet(scale_scenario, NULL);
  assert_int_equal(out->init_rc, 0);
  assert_true(out->v[0] == SCALE_TASKS);
  assert_int_equal(out->stats.messages, 2 * SCALE_TASKS);
  print_message("  100,000 tasks on 1,024 nodes: simulated %.6f s\n", out->v[1]);
}

/* ---- Main -------------------------------------------------------------------------------- */

int main(int argc, char **argv) {
  out = mmap(NULL, sizeof *out, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (out == MAP_FAILED) return 1;
  const struct CMUnitTest fast[] = {
      cmocka_unit_test(test_myrinet_figures),
      cmocka_unit_test(test_beowulf_figures),
      cmocka_unit_test(test_cloud_figures),
      cmocka_unit_test(test_loopback_figures),
      cmocka_unit_test(test_one_core_shared),
      cmocka_unit_test(test_two_cores_parallel),
      cmocka_unit_test(test_time_and_wait_queues),
      cmocka_unit_test(test_nested_call),
      cmocka_unit_test(test_send_order),
      cmocka_unit_test(test_deferred_reply),
      cmocka_unit_test(test_tasks),
      cmocka_unit_test(test_exit_status),
      cmocka_unit_test(test_deadlock_returns_silently),
      cmocka_unit_test(test_init_errors),
      cmocka_unit_test(test_user_sg_args),
      cmocka_unit_test(test_network_model_choice),
      cmocka_unit_test(test_document_order_and_properties),
      cmocka_unit_test(test_determinism),
  };
  const struct CMUnitTest slow[] = {
      cmocka_unit_test(test_scale_100k_tasks),
  };
  /* `test_simnet --slow` runs the scale test alone (ctest label "slow"). */
  if (argc > 1 && strcmp(argv[1], "--slow") == 0)
    return cmocka_run_group_tests_name("simnet (slow)", slow, NULL, NULL);
  int failed = cmocka_run_group_tests_name("simnet", fast, NULL, NULL);
  if (argc > 1 && strcmp(argv[1], "--all") == 0)
    failed += cmocka_run_group_tests_name("simnet (slow)", slow, NULL, NULL);
  return failed;
}
