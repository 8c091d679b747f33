/* simnet.c — the SimGrid backend: nodes are hosts, tasks are actors, messages are network
 * transfers charged for their real bytes, CPU work is charged per bytecode.
 *
 * Owns the SimGrid engine of the process (one per process: SimGrid cannot be initialised
 * twice). Implements core/backend.h and nothing else; knows nothing of the VM.
 *
 * How it is built (docs/architecture.md, "The backend", says more):
 *   node i   = the i-th host of the platform file in document order;
 *   task     = an actor whose data is an SnTask;
 *   message  = one malloc'd SnMsg (header + private copy of the payload), put on the own
 *              mailbox of a handler actor of the destination node (an idle one of the node's
 *              pool, blocked receiving on it, or a new one) and charged len + the sending
 *              node's djsim.msg_header bytes; that actor receives it and runs the handler;
 *   reply    = an SnMsg put on the caller's own mailbox;
 *   waiting  = a FIFO of waiters, each blocked on its task's semaphore.
 * One receiver per transfer: a receiver blocked on a mailbox is bound to one transfer at a
 * time, so a single receiver per node (a server actor) would make a large message hold up
 * every small one behind it, from any sender. With a mailbox per handler actor, transfers to
 * a node run concurrently and share the links as SimGrid's flow model says. (sg_host_sendto
 * would avoid mailboxes, but in SimGrid 3.32 its transfers all sit in one list that each
 * completion scans: quadratic in the number of concurrent messages.)
 * Everything runs in SimGrid's single scheduling thread (contexts/nthreads must stay 1),
 * so the structures below need no locks: an actor is only ever interrupted by its own
 * SimGrid calls. */
#define _POSIX_C_SOURCE 200809L

#include "backend.h"

#include <simgrid/actor.h>
#include <simgrid/comm.h>
#include <simgrid/engine.h>
#include <simgrid/host.h>
#include <simgrid/mailbox.h>
#include <simgrid/semaphore.h>
#include <simgrid/zone.h>
#include <xbt/config.h>
#include <xbt/dict.h>
#include <xbt/dynar.h>
#include <xbt/log.h>

#include <ctype.h>
#include <errno.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* Defaults for hosts whose platform file does not say (docs/architecture.md). */
#define SN_BYTECODE_FLOPS 10.0          /* a 1 Gflop/s core runs 100 M bytecodes/s */
#define SN_HEAP_BYTES     (64ull << 20) /* 64 MiB */
#define SN_MSG_HEADER     64.0          /* bytes on the wire besides the payload */
#define SN_MSG_OVERHEAD   0.0           /* seconds of sender software per message */
#define SN_STACK_KIB      256           /* C stack of a task: see bk_init's mallopt */
#define SN_IDLE_MAX       32            /* idle handler actors kept per node */
#define SN_PROBE_OUT      4096          /* bytes of a failed platform load's output kept */
#define SN_MAX_RADICAL    (1L << 24)    /* hosts a cluster radical may expand to */

XBT_LOG_EXTERNAL_CATEGORY(ker_engine);

typedef struct SnNode SnNode;
typedef struct SnTask SnTask;
typedef struct SnMsg SnMsg;
typedef struct SnSend SnSend;

enum { SN_ONEWAY, SN_REQUEST, SN_REPLY };

/* A message in flight. The payload is a private copy: sender and receiver never share it.
 * A request doubles as its own reply token; it is freed by whichever comes last of its
 * handler returning and bk_reply, so a handler may leave the answer to another task. */
struct SnMsg {
  int kind;
  int src, dst;
  uint32_t seq;          /* SN_ONEWAY/SN_REQUEST: per (src, dst) order of sending */
  sg_mailbox_t reply_to; /* SN_REQUEST: the caller's mailbox */
  int replied;           /* SN_REQUEST: bk_reply was called */
  int handled;           /* SN_REQUEST: the handler returned */
  SnTask *worker;        /* the handler actor holding it while it waits for its turn */
  SnSend *send;          /* the sender's record of an asynchronous transfer, or NULL */
  SnMsg *next;           /* in the destination's list of early arrivals */
  size_t len;
  unsigned char payload[];
};

struct SnTask {
  BkTaskFn fn;
  void *arg;
  void *data; /* bk_task_data */
  SnNode *node;
  sg_actor_t actor;
  sg_sem_t sem;      /* created on first wait: blocks this task in wait queues */
  sg_mailbox_t box;  /* taken on first use: where this task receives (replies, or messages) */
  SnMsg *msg;        /* handler actors: the message being handled */
  SnTask *next_idle; /* handler actors: in the node's idle pool */
  SnSend *sends;     /* this task's one-way messages and replies not yet waited for */
};

/* An asynchronous put of its task, until delivered (see sn_send_async). */
struct SnSend {
  sg_comm_t comm;
  int delivered; /* set by the receiver */
  SnSend *next;
};

struct SnNode {
  BkNodeInfo info;
  int id;
  sg_host_t host;
  sg_netzone_t zone;  /* innermost zone holding the host (for zone-wide properties) */
  double header;      /* djsim.msg_header: wire bytes added to each message sent from here */
  double overhead;    /* djsim.msg_overhead: sender software time per message */
  double busy;        /* core-seconds of bk_compute */
  uint32_t *send_seq; /* next sequence number towards each node (allocated on first send) */
  uint32_t *recv_seq; /* next sequence number expected from each node (on first arrival) */
  SnMsg *early;       /* arrived before an earlier message of the same sender */
  SnTask *idle;       /* handler actors waiting on their mailboxes, last used first */
  int nidle;
};

typedef struct SnWaiter SnWaiter;
struct SnWaiter {
  SnTask *task;
  int woken;
  SnWaiter *prev, *next;
};

struct BkWaitQueue {
  SnWaiter *head, *tail;
};

static struct {
  int inited;  /* simgrid_init done: the engine cannot be made again */
  int ready;   /* bk_init succeeded */
  int ran;     /* bk_run called */
  int over;    /* simgrid_run returned: no task runs any more */
  int exiting; /* bk_exit called */
  int status;  /* its status */
  int nnodes;
  SnNode *nodes;
  BkHandler handler;
  BkStats stats;
  sg_mailbox_t *boxes; /* mailboxes of ended tasks, for reuse */
  size_t nboxes, capboxes;
  int boxnames; /* mailboxes made so far */
} sn;

/* ---- Errors ---------------------------------------------------------------------------- */

static int sn_err(char *err, size_t errlen, const char *fmt, ...) {
  if (err && errlen) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
  }
  return -1;
}

/* A broken contract of backend.h: name it and stop, as the VM's own fatal errors do. */
static _Noreturn void sn_fatal(const char *fmt, ...) {
  va_list ap;
  fflush(stdout);
  fputs("djsim: simnet: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  abort();
}

static void *sn_alloc(size_t size) {
  void *p = malloc(size ? size : 1);
  if (!p) sn_fatal("out of memory (%zu bytes)", size);
  return p;
}

static void *sn_zalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) sn_fatal("out of memory (%zu x %zu bytes)", n, size);
  return p;
}

static char *sn_strdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(sn_alloc(n), s, n);
}

/* ---- Platform file: document order and model --------------------------------------------- */

/* The XML of a platform, scanned for what SimGrid's C API does not tell: the order in which
 * hosts are declared (sg_host_list sorts names as strings: n0, n1, n10, ...) and whether the
 * file chooses its network model. Hosts come from <host id>, <peer id>, and the
 * prefix/radical/suffix of <cluster> and <cabinet>, in document order; comments, processing
 * instructions and the DOCTYPE are skipped. */
typedef struct SnScan {
  char **names;
  size_t n, cap;
  int expand_failed; /* a radical we could not expand: the order is unknown */
  int has_model;     /* <config> sets network/model */
} SnScan;

static void sn_scan_push(SnScan *s, char *name) {
  if (s->n == s->cap) {
    s->cap = s->cap ? 2 * s->cap : 64;
    s->names = realloc(s->names, s->cap * sizeof *s->names);
    if (!s->names) sn_fatal("out of memory scanning the platform");
  }
  s->names[s->n++] = name;
}

static void sn_scan_free(SnScan *s) {
  for (size_t i = 0; i < s->n; i++) free(s->names[i]);
  free(s->names);
}

/* Copies the value of attribute `key` of the tag text [p, end) into out; 0 if absent. */
static int sn_attr(const char *p, const char *end, const char *key, char *out, size_t outlen) {
  size_t klen = strlen(key);
  while (p < end) {
    while (p < end && isspace((unsigned char)*p)) p++;
    const char *name = p;
    while (p < end && !isspace((unsigned char)*p) && *p != '=' && *p != '/' && *p != '>') p++;
    size_t nlen = (size_t)(p - name);
    while (p < end && isspace((unsigned char)*p)) p++;
    if (p >= end || *p != '=') {
      if (nlen == 0) p++;
      continue;
    }
    p++;
    while (p < end && isspace((unsigned char)*p)) p++;
    if (p >= end || (*p != '"' && *p != '\'')) return 0;
    char q = *p++;
    const char *val = p;
    while (p < end && *p != q) p++;
    if (nlen == klen && memcmp(name, key, klen) == 0) {
      size_t vlen = (size_t)(p - val);
      if (vlen >= outlen) return 0;
      memcpy(out, val, vlen);
      out[vlen] = '\0';
      return 1;
    }
    p++;
  }
  return 0;
}

/* prefix + each number of the radical ("0-63", "0-3,8,10-12") + suffix, in order. */
static void sn_scan_radical(SnScan *s, const char *prefix, const char *radical,
                            const char *suffix) {
  const char *p = radical;
  long count = 0;
  while (*p) {
    char *e;
    long a = strtol(p, &e, 10), b = a;
    if (e == p || a < 0) goto bad;
    p = e;
    if (*p == '-') {
      b = strtol(p + 1, &e, 10);
      if (e == p + 1 || b < a) goto bad;
      p = e;
    }
    if (*p == ',')
      p++;
    else if (*p)
      goto bad;
    count += b - a + 1;
    if (count > SN_MAX_RADICAL) goto bad;
    for (long i = a; i <= b; i++) {
      size_t len = strlen(prefix) + strlen(suffix) + 24;
      char *name = sn_alloc(len);
      snprintf(name, len, "%s%ld%s", prefix, i, suffix);
      sn_scan_push(s, name);
    }
  }
  return;
bad:
  s->expand_failed = 1;
}

static void sn_scan(SnScan *s, const char *text, size_t size) {
  const char *p = text, *end = text + size;
  int in_config = 0;
  char id[512], prefix[256], suffix[256], radical[4096];
  while (p < end && (p = memchr(p, '<', (size_t)(end - p))) != NULL) {
    if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
      const char *c = strstr(p + 4, "-->");
      p = c ? c + 3 : end;
      continue;
    }
    if (end - p >= 2 && (p[1] == '?' || p[1] == '!')) {
      const char *c = memchr(p, '>', (size_t)(end - p));
      p = c ? c + 1 : end;
      continue;
    }
    int closing = end - p >= 2 && p[1] == '/';
    const char *name = p + 1 + closing, *q = name;
    while (q < end && (isalnum((unsigned char)*q) || *q == '_' || *q == '-' || *q == ':')) q++;
    size_t nlen = (size_t)(q - name);
    const char *tend = q; /* the tag's '>', skipping quoted values */
    char quote = 0;
    while (tend < end && (quote || *tend != '>')) {
      if (quote && *tend == quote)
        quote = 0;
      else if (!quote && (*tend == '"' || *tend == '\''))
        quote = *tend;
      tend++;
    }
#define SN_IS(tag) (nlen == sizeof(tag) - 1 && memcmp(name, tag, nlen) == 0)
    if (closing) {
      if (SN_IS("config")) in_config = 0;
    } else if (SN_IS("host") || SN_IS("peer")) {
      if (sn_attr(q, tend, "id", id, sizeof id))
        sn_scan_push(s, sn_strdup(id));
      else
        s->expand_failed = 1;
    } else if (SN_IS("cluster") || SN_IS("cabinet")) {
      if (!sn_attr(q, tend, "prefix", prefix, sizeof prefix) ||
          !sn_attr(q, tend, "radical", radical, sizeof radical))
        s->expand_failed = 1;
      else {
        if (!sn_attr(q, tend, "suffix", suffix, sizeof suffix)) suffix[0] = '\0';
        sn_scan_radical(s, prefix, radical, suffix);
      }
    } else if (SN_IS("config")) {
      in_config = tend > q && tend[-1] != '/';
    } else if (SN_IS("prop") && in_config) {
      if (sn_attr(q, tend, "id", id, sizeof id) && strcmp(id, "network/model") == 0)
        s->has_model = 1;
    }
#undef SN_IS
    p = tend;
  }
}

static int sn_read_file(const char *path, char **text, size_t *size, char *err, size_t errlen) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return sn_err(err, errlen, "%s: cannot read the platform file (%s)", path, strerror(errno));
  size_t cap = 1 << 16, n = 0;
  char *buf = sn_alloc(cap + 1);
  for (;;) {
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    cap *= 2;
    buf = realloc(buf, cap + 1);
    if (!buf) sn_fatal("out of memory reading %s", path);
  }
  int failed = ferror(f);
  fclose(f);
  if (failed) {
    free(buf);
    return sn_err(err, errlen, "%s: cannot read the platform file (read error)", path);
  }
  buf[n] = '\0';
  *text = buf;
  *size = n;
  return 0;
}

/* "Natural" order of names, numbers compared by value (n2 < n10): the order of hosts when
 * the document order cannot be recovered from the file. */
static int sn_natcmp(const char *a, const char *b) {
  const char *a0 = a, *b0 = b;
  while (*a && *b) {
    if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
      while (*a == '0') a++;
      while (*b == '0') b++;
      size_t la = 0, lb = 0;
      while (isdigit((unsigned char)a[la])) la++;
      while (isdigit((unsigned char)b[lb])) lb++;
      if (la != lb) return la < lb ? -1 : 1;
      int c = memcmp(a, b, la);
      if (c) return c;
      a += la;
      b += lb;
    } else if (*a != *b) {
      return (unsigned char)*a - (unsigned char)*b;
    } else {
      a++;
      b++;
    }
  }
  if (*a || *b) return (unsigned char)*a - (unsigned char)*b;
  return strcmp(a0, b0);
}

static int sn_host_natcmp(const void *x, const void *y) {
  return sn_natcmp(sg_host_get_name(*(const sg_host_t *)x),
                   sg_host_get_name(*(const sg_host_t *)y));
}

/* The platform's hosts in document order if the scan found exactly them, else in natural
 * order. Returns a malloc'd array of sg_host_count() hosts. */
static sg_host_t *sn_ordered_hosts(const SnScan *s) {
  size_t n = sg_host_count();
  sg_host_t *hosts = sn_zalloc(n, sizeof *hosts);
  int ok = !s->expand_failed && s->n == n;
  for (size_t i = 0; ok && i < n; i++) {
    hosts[i] = sg_host_by_name(s->names[i]);
    if (!hosts[i] || sg_host_get_data(hosts[i]))
      ok = 0;
    else
      sg_host_set_data(hosts[i], hosts); /* marks it seen: names must not repeat */
  }
  for (size_t i = 0; i < n; i++)
    if (hosts[i] && sg_host_get_data(hosts[i]) == hosts) sg_host_set_data(hosts[i], NULL);
  if (!ok) {
    sg_host_t *all = sg_host_list();
    memcpy(hosts, all, n * sizeof *hosts);
    free(all);
    qsort(hosts, n, sizeof *hosts, sn_host_natcmp);
  }
  return hosts;
}

/* ---- Platform properties ----------------------------------------------------------------- */

typedef struct SnZones {
  sg_netzone_t *zone, *parent;
  size_t n, cap;
} SnZones;

/* Records every zone with its parent, and the innermost zone of each node's host. */
static void sn_zones_walk(SnZones *z, sg_netzone_t zone, sg_netzone_t parent) {
  if (z->n == z->cap) {
    z->cap = z->cap ? 2 * z->cap : 16;
    z->zone = realloc(z->zone, z->cap * sizeof *z->zone);
    z->parent = realloc(z->parent, z->cap * sizeof *z->parent);
    if (!z->zone || !z->parent) sn_fatal("out of memory walking the platform's zones");
  }
  z->zone[z->n] = zone;
  z->parent[z->n] = parent;
  z->n++;
  xbt_dynar_t hosts = xbt_dynar_new(sizeof(sg_host_t), NULL);
  sg_zone_get_hosts(zone, hosts);
  unsigned long nh = xbt_dynar_length(hosts);
  for (unsigned long i = 0; i < nh; i++) {
    sg_host_t h;
    xbt_dynar_get_cpy(hosts, i, &h);
    SnNode *node = sg_host_get_data(h);
    if (node) node->zone = zone;
  }
  xbt_dynar_free(&hosts);
  xbt_dict_t sons = xbt_dict_new_homogeneous(NULL);
  sg_zone_get_sons(zone, sons);
  xbt_dict_cursor_t cursor = NULL;
  char *key;
  void *son;
  xbt_dict_foreach(sons, cursor, key, son) sn_zones_walk(z, (sg_netzone_t)son, zone);
  xbt_dict_free(&sons);
}

/* A djsim property of a node: on its host, else on its zone or the nearest enclosing one. */
static const char *sn_prop(const SnZones *z, const SnNode *node, const char *key) {
  const char *v = sg_host_get_property_value(node->host, key);
  for (sg_netzone_t zone = node->zone; !v && zone;) {
    v = sg_zone_get_property_value(zone, key);
    sg_netzone_t up = NULL;
    for (size_t i = 0; i < z->n; i++)
      if (z->zone[i] == zone) up = z->parent[i];
    zone = up;
  }
  return v;
}

/* A number followed by one of the given unit suffixes (the empty suffix = factor 1). */
typedef struct SnUnit {
  const char *suffix;
  double factor;
} SnUnit;

static int sn_parse(const char *s, const SnUnit *units, double *out) {
  char *e;
  errno = 0;
  double v = strtod(s, &e);
  if (e == s || errno || v < 0) return -1;
  while (isspace((unsigned char)*e)) e++;
  for (const SnUnit *u = units; u->suffix; u++)
    if (strcmp(e, u->suffix) == 0) {
      *out = v * u->factor;
      return 0;
    }
  return -1;
}

static const SnUnit sn_bytes[] = {{"", 1},          {"B", 1},         {"KiB", 1024.0},
                                  {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"kB", 1e3},
                                  {"MB", 1e6},      {"GB", 1e9},      {NULL, 0}};
static const SnUnit sn_seconds[] = {{"", 1},      {"s", 1},     {"ms", 1e-3},
                                    {"us", 1e-6}, {"ns", 1e-9}, {NULL, 0}};
static const SnUnit sn_plain[] = {{"", 1}, {NULL, 0}};

static int sn_node_props(const char *file, const SnZones *z, SnNode *node, char *err,
                         size_t errlen) {
  static const struct {
    const char *key;
    const SnUnit *units;
    const char *example;
  } props[] = {{"djsim.cores", sn_plain, "2"},
               {"djsim.bytecode_flops", sn_plain, "10"},
               {"djsim.heap", sn_bytes, "67108864 or 64MiB"},
               {"djsim.msg_header", sn_bytes, "64"},
               {"djsim.msg_overhead", sn_seconds, "0.000005 or 5us"}};
  double v[5];
  int set[5];
  for (int i = 0; i < 5; i++) {
    const char *s = sn_prop(z, node, props[i].key);
    set[i] = s != NULL;
    if (s && sn_parse(s, props[i].units, &v[i]))
      return sn_err(err, errlen, "%s: host %s: %s=\"%s\" is not a valid value (e.g. %s)", file,
                    node->info.name, props[i].key, s, props[i].example);
  }
  int cores = sg_host_core_count(node->host);
  if (set[0] && v[0] != (double)cores)
    return sn_err(err, errlen,
                  "%s: host %s: djsim.cores=%g but the host has %d core(s); SimGrid shares a "
                  "host's CPU among its core=\"...\" cores, so set core= on the host or cluster",
                  file, node->info.name, v[0], cores);
  node->info.cores = cores;
  node->info.speed = sg_host_get_speed(node->host);
  node->info.bytecode_flops = set[1] ? v[1] : SN_BYTECODE_FLOPS;
  node->info.heap_bytes = set[2] ? (uint64_t)v[2] : SN_HEAP_BYTES;
  node->header = set[3] ? v[3] : SN_MSG_HEADER;
  node->overhead = set[4] ? v[4] : SN_MSG_OVERHEAD;
  return 0;
}

/* ---- Engine start ------------------------------------------------------------------------ */

static void sn_argv_push(char ***argv, int *argc, const char *arg) {
  *argv = realloc(*argv, (size_t)(*argc + 2) * sizeof **argv);
  if (!*argv) sn_fatal("out of memory");
  (*argv)[(*argc)++] = sn_strdup(arg);
  (*argv)[*argc] = NULL;
}

static void sn_argv_free(char **argv, int argc) {
  for (int i = 0; i < argc; i++) free(argv[i]);
  free(argv);
}

static int sn_user_mentions(const BkConfig *cfg, const char *what) {
  for (const char **a = cfg->sg_args; a && *a; a++)
    if (strstr(*a, what)) return 1;
  return 0;
}

/* SimGrid's command line: silent logs, raw contexts without guard pages and with small
 * stacks, CM02 unless the file or the user chooses a model, then the user's own --cfg=
 * and --log= arguments, which come last so that they win. */
static void sn_make_argv(const BkConfig *cfg, const SnScan *scan, int probe, char ***argv,
                         int *argc) {
  char stack[64];
  *argv = NULL;
  *argc = 0;
  sn_argv_push(argv, argc, "djsim");
  if (probe) {
    /* A failed load explains itself at ERROR level; keep just the message. */
    sn_argv_push(argv, argc, "--log=root.thres:error");
    sn_argv_push(argv, argc, "--log=root.fmt:%m%n");
  } else {
    sn_argv_push(argv, argc, "--log=root.thres:critical");
  }
  sn_argv_push(argv, argc, "--cfg=contexts/factory:raw");
  sn_argv_push(argv, argc, "--cfg=contexts/guard-size:0");
  snprintf(stack, sizeof stack, "--cfg=contexts/stack-size:%d", SN_STACK_KIB);
  sn_argv_push(argv, argc, stack);
  if (!scan->has_model && !sn_user_mentions(cfg, "network/model"))
    sn_argv_push(argv, argc, "--cfg=network/model:CM02");
  for (const char **a = cfg->sg_args; a && *a; a++) sn_argv_push(argv, argc, *a);
}

/* Loads the platform in a child process first: SimGrid reports a malformed file, an
 * unknown model or a bad --cfg= by aborting the process, which a C caller cannot catch.
 * The child's first line of output becomes the error message. */
static int sn_probe(const BkConfig *cfg, const SnScan *scan, char *err, size_t errlen) {
  int fd[2];
  if (pipe(fd))
    return sn_err(err, errlen, "%s: cannot check the platform (pipe: %s)", cfg->platform,
                  strerror(errno));
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) {
    close(fd[0]);
    close(fd[1]);
    return sn_err(err, errlen, "%s: cannot check the platform (fork: %s)", cfg->platform,
                  strerror(errno));
  }
  if (pid == 0) {
    char **argv;
    int argc;
    close(fd[0]);
    dup2(fd[1], STDOUT_FILENO);
    dup2(fd[1], STDERR_FILENO);
    sn_make_argv(cfg, scan, 1, &argv, &argc);
    /* simgrid_init may drop entries from argv: keep the strings to free them before
     * leaving, so a leak checker running in this child (valgrind) finds nothing. */
    int nargs = argc;
    char **strings = sn_alloc((size_t)nargs * sizeof *strings);
    memcpy(strings, argv, (size_t)nargs * sizeof *strings);
    simgrid_init(&argc, argv);
    if (argc > 1) {
      fprintf(stderr, "simnet: unknown SimGrid argument '%s' (expected --cfg=... or --log=...)\n",
              argv[1]);
      _exit(2);
    }
    if (sg_cfg_get_int("contexts/nthreads") != 1) {
      fprintf(stderr, "simnet: contexts/nthreads must be 1 (simnet runs actors in one thread)\n");
      _exit(2);
    }
    simgrid_load_platform(cfg->platform);
    for (int i = 0; i < nargs; i++) free(strings[i]);
    free(strings);
    free(argv);
    _exit(0);
  }
  close(fd[1]);
  char out[SN_PROBE_OUT + 1];
  size_t n = 0;
  for (;;) {
    char sink[512];
    ssize_t r =
        n < SN_PROBE_OUT ? read(fd[0], out + n, SN_PROBE_OUT - n) : read(fd[0], sink, sizeof sink);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    if (n < SN_PROBE_OUT) n += (size_t)r;
  }
  out[n] = '\0';
  close(fd[0]);
  int status;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) continue;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return 0;
  char *line = out;
  while (*line && isspace((unsigned char)*line)) line++;
  line[strcspn(line, "\n")] = '\0';
  if (strncmp(line, "simnet: ", 8) == 0) return sn_err(err, errlen, "%s", line);
  if (*line)
    return sn_err(err, errlen, "%s: SimGrid cannot load this platform: %s", cfg->platform, line);
  if (WIFSIGNALED(status))
    return sn_err(err, errlen, "%s: SimGrid cannot load this platform (it died of signal %d)",
                  cfg->platform, WTERMSIG(status));
  return sn_err(err, errlen, "%s: SimGrid cannot load this platform (exit status %d)",
                cfg->platform, WEXITSTATUS(status));
}

int bk_init(const BkConfig *cfg, char *err, size_t errlen) {
  if (sn.inited)
    return sn_err(err, errlen, "simnet: bk_init called twice (SimGrid runs once per process)");
  if (!cfg || !cfg->platform) return sn_err(err, errlen, "simnet: no platform file given");
  if (cfg->nodes < 0) return sn_err(err, errlen, "%s: %d nodes asked", cfg->platform, cfg->nodes);
  char *text = NULL;
  size_t size = 0;
  if (sn_read_file(cfg->platform, &text, &size, err, errlen)) return -1;
  SnScan scan = {0};
  sn_scan(&scan, text, size);
  free(text);
  if (sn_probe(cfg, &scan, err, errlen)) {
    sn_scan_free(&scan);
    return -1;
  }

  /* 100,000 actors. Without guard pages SimGrid callocs each actor's stack. A stack carved
   * from the heap is zeroed, so all of it is resident; a stack that glibc maps costs only the
   * pages the task touches (a few KiB: Java frames live on the VM's own stacks). glibc maps a
   * block when it is at least M_MMAP_THRESHOLD and larger than the free top of the heap,
   * which its 128 KiB top pad keeps below 256 KiB: hence 256 KiB stacks, a threshold pinned
   * there (glibc would raise it after the first stack is freed), and no limit of 65,536 maps
   * (guard-size:0 keeps them one memory area each, well under vm.max_map_count). */
  mallopt(M_MMAP_MAX, 1 << 24);
  mallopt(M_MMAP_THRESHOLD, SN_STACK_KIB * 1024);

  char **argv;
  int argc;
  sn_make_argv(cfg, &scan, 0, &argv, &argc);
  int nargs = argc;
  char **args = sn_zalloc((size_t)nargs, sizeof *args); /* simgrid_init removes what it eats */
  memcpy(args, argv, (size_t)nargs * sizeof *args);
  sn.inited = 1;
  simgrid_init(&argc, argv); /* copies what it keeps */
  free(argv);
  sn_argv_free(args, nargs);
  /* The end-of-run deadlock report is CRITICAL; djsim reports deadlocks itself. A user who
   * names the category keeps it. */
  if (!sn_user_mentions(cfg, "ker_engine")) {
    if (XBT_LOG_ISENABLED(ker_engine, xbt_log_priority_critical)) {
      /* ISENABLED initialised the category, so the threshold below is not reset later. */
    }
    xbt_log_threshold_set(&_XBT_LOGV(ker_engine), xbt_log_priority_infinite);
  }
  simgrid_load_platform(cfg->platform);

  int nhosts = (int)sg_host_count();
  int want = cfg->nodes ? cfg->nodes : nhosts;
  if (want > nhosts || want == 0) {
    sn_scan_free(&scan);
    return sn_err(err, errlen, "%s: platform has %d host%s, %d node%s asked", cfg->platform, nhosts,
                  nhosts == 1 ? "" : "s", want, want == 1 ? "" : "s");
  }
  sg_host_t *hosts = sn_ordered_hosts(&scan);
  sn_scan_free(&scan);
  sn.nnodes = want;
  sn.nodes = sn_zalloc((size_t)want, sizeof *sn.nodes);
  for (int i = 0; i < want; i++) {
    SnNode *node = &sn.nodes[i];
    node->id = i;
    node->host = hosts[i];
    node->info.name = sg_host_get_name(hosts[i]);
    sg_host_set_data(hosts[i], node);
  }
  free(hosts);
  SnZones zones = {0};
  sn_zones_walk(&zones, sg_zone_get_root(), NULL);
  int rc = 0;
  for (int i = 0; i < want && rc == 0; i++)
    rc = sn_node_props(cfg->platform, &zones, &sn.nodes[i], err, errlen);
  free(zones.zone);
  free(zones.parent);
  sn.ready = rc == 0;
  return rc;
}

int bk_node_count(void) {
  return sn.nnodes;
}

const BkNodeInfo *bk_node_info(int node) {
  return node >= 0 && node < sn.nnodes ? &sn.nodes[node].info : NULL;
}

void bk_set_handler(BkHandler handler) {
  sn.handler = handler;
}

/* ---- Tasks ------------------------------------------------------------------------------- */

static SnTask *sn_self(const char *what) {
  SnTask *t = sg_actor_self_get_data();
  if (!t) sn_fatal("%s called outside a djsim task", what);
  return t;
}

/* A task's own mailbox. SimGrid never destroys mailboxes, so those of ended tasks are reused
 * (last freed, first reused: deterministic). */
static sg_mailbox_t sn_box_get(void) {
  if (sn.nboxes) return sn.boxes[--sn.nboxes];
  char name[32];
  snprintf(name, sizeof name, "sn.%d", sn.boxnames++);
  return sg_mailbox_by_name(name);
}

static void sn_box_put(sg_mailbox_t box) {
  if (sn.nboxes == sn.capboxes) {
    sn.capboxes = sn.capboxes ? 2 * sn.capboxes : 64;
    sn.boxes = realloc(sn.boxes, sn.capboxes * sizeof *sn.boxes);
    if (!sn.boxes) sn_fatal("out of memory");
  }
  sn.boxes[sn.nboxes++] = box;
}

/* Runs when a task's actor ends, whether it returned or was killed (bk_exit, the end of the
 * run). A handler actor holds a message only if it was killed: the run is over, so nobody
 * will answer or read that message any more, and its mailbox is not reused. */
static void sn_task_exit(int failed, void *arg) {
  SnTask *t = arg;
  free(t->msg);
  while (t->sends) {
    SnSend *next = t->sends->next;
    free(t->sends);
    t->sends = next;
  }
  if (t->sem) sg_sem_destroy(t->sem);
  if (t->box && !failed) sn_box_put(t->box);
  free(t);
}

static void sn_sends_wait(SnTask *t);

static void sn_task_main(int argc, char **argv) {
  SnTask *t = sg_actor_self_get_data();
  (void)argc;
  (void)argv;
  sg_actor_on_exit(sn_task_exit, t);
  t->fn(t->arg);
  sn_sends_wait(t);
}

/* Starts a task. sg_actor_start yields to SimGrid, which may run the new actor at once: the
 * task is complete before. */
static SnTask *sn_spawn(SnNode *node, const char *name, BkTaskFn fn, void *arg, int daemon,
                        sg_mailbox_t box) {
  SnTask *t = sn_zalloc(1, sizeof *t);
  t->fn = fn;
  t->arg = arg;
  t->node = node;
  t->box = box;
  t->actor = sg_actor_init(name ? name : "task", node->host);
  sg_actor_set_data(t->actor, t);
  sg_actor_start(t->actor, sn_task_main, 0, NULL);
  /* After start: SimGrid 3.32 crashes at the end of the run on an actor daemonized before. */
  if (daemon) sg_actor_daemonize(t->actor);
  return t;
}

int bk_spawn(int node, const char *name, BkTaskFn fn, void *arg, int daemon) {
  sn_self("bk_spawn");
  if (node < 0 || node >= sn.nnodes) return -1;
  sn_spawn(&sn.nodes[node], name, fn, arg, daemon, NULL);
  return 0;
}

int bk_self(void) {
  return sn_self("bk_self")->node->id;
}

void bk_set_task_data(void *data) {
  sn_self("bk_set_task_data")->data = data;
}

void *bk_task_data(void) {
  return sn_self("bk_task_data")->data;
}

void bk_exit(int status) {
  sn_self("bk_exit");
  if (!sn.exiting) {
    sn.exiting = 1;
    sn.status = status;
  }
  /* Killed actors unwind (a C++ exception) and run sn_task_exit; the clock stays where it is
   * because their pending activities are cancelled, so simgrid_run returns now. */
  sg_actor_kill_all();
  sg_actor_exit();
}

/* ---- Time and CPU ------------------------------------------------------------------------ */

double bk_now(void) {
  return simgrid_get_clock();
}

void bk_compute(uint64_t bytecodes, double extra_flops) {
  SnTask *t = sn_self("bk_compute");
  double flops = (double)bytecodes * t->node->info.bytecode_flops + extra_flops;
  if (flops <= 0) return;
  sg_actor_execute(flops);
  if (t->node->info.speed > 0) t->node->busy += flops / t->node->info.speed;
}

void bk_sleep(double seconds) {
  sn_self("bk_sleep");
  if (seconds > 0)
    sg_actor_sleep_for(seconds);
  else
    sg_actor_yield();
}

void bk_yield(void) {
  sn_self("bk_yield");
  sg_actor_yield();
}

/* ---- Messages ---------------------------------------------------------------------------- */

static SnMsg *sn_msg_new(int kind, int src, int dst, const void *payload, size_t len) {
  SnMsg *m = sn_alloc(sizeof *m + len);
  memset(m, 0, sizeof *m);
  m->kind = kind;
  m->src = src;
  m->dst = dst;
  m->len = len;
  if (len) memcpy(m->payload, payload, len);
  return m;
}

/* The sender's software time for one message: its node's djsim.msg_overhead. */
static void sn_overhead(const SnNode *node) {
  if (node->overhead > 0) sg_actor_sleep_for(node->overhead);
}

static uint32_t sn_next_seq(SnNode *from, int to) {
  if (!from->send_seq) from->send_seq = sn_zalloc((size_t)sn.nnodes, sizeof *from->send_seq);
  return from->send_seq[to]++;
}

/* Sends that must not block the sender (bk_send, bk_reply) are asynchronous puts, each
 * recorded by its sender until it is delivered; the sender then waits for it, which returns
 * at once and releases it. Two simpler ways cost too much in SimGrid 3.32: every detached
 * transfer sits in one list that each completion scans (quadratic in the number of
 * concurrent messages), and a transfer its sender only tests stays for ever in the sender's
 * own list, which each of the sender's later transfers scans. */
static void sn_delivered(const SnMsg *m) {
  if (m->send) m->send->delivered = 1;
}

static void sn_sends_reap(SnTask *t) {
  for (SnSend **p = &t->sends; *p;) {
    SnSend *sd = *p;
    if (sd->delivered) {
      sg_comm_wait(sd->comm);
      *p = sd->next;
      free(sd);
    } else {
      p = &sd->next;
    }
  }
}

/* A task ends only when what it sent has arrived. */
static void sn_sends_wait(SnTask *t) {
  while (t->sends) {
    SnSend *sd = t->sends;
    sg_comm_wait(sd->comm);
    t->sends = sd->next;
    free(sd);
  }
}

static void sn_send_async(SnTask *t, sg_mailbox_t box, SnMsg *m, long size) {
  sn_sends_reap(t);
  SnSend *sd = sn_zalloc(1, sizeof *sd);
  m->send = sd;
  sd->next = t->sends;
  t->sends = sd;
  sd->comm = sg_mailbox_put_async(box, m, size);
}

static long sn_wire_size(const SnNode *from, size_t len) {
  return (long)((double)len + from->header);
}

static void sn_count(size_t len) {
  sn.stats.messages++;
  sn.stats.bytes += len;
}

/* Handlers of the messages from one node start in the order they were sent, as over TCP or
 * MPI, although in SimGrid's flow model a small message overtakes a large one sent before.
 * A message that arrives early waits, with its handler actor suspended, for the handler
 * actor of the message before it to let it go. */
static void sn_in_order(SnNode *node, SnTask *w, SnMsg *m) {
  if (!node->recv_seq) node->recv_seq = sn_zalloc((size_t)sn.nnodes, sizeof *node->recv_seq);
  uint32_t *expect = &node->recv_seq[m->src];
  if (m->seq != *expect) {
    SnMsg **tail = &node->early;
    while (*tail) tail = &(*tail)->next;
    m->next = NULL;
    m->worker = w;
    *tail = m;
    sg_actor_suspend(w->actor);
    /* The actor that resumed this one runs its own handler first: yield to it. */
    sg_actor_yield();
  }
  (*expect)++;
  for (SnMsg **p = &node->early; *p; p = &(*p)->next)
    if ((*p)->src == m->src && (*p)->seq == *expect) {
      SnMsg *next = *p;
      *p = next->next;
      sg_actor_resume(next->worker->actor);
      break;
    }
}

/* A request is freed by the last of its handler returning and bk_reply. */
static void sn_msg_done(SnMsg *m) {
  if (m->kind == SN_REQUEST && !m->replied)
    m->handled = 1;
  else
    free(m);
}

/* Handler actors: each receives one message on its own mailbox, runs its handler, then
 * rejoins its node's pool of idle actors and waits for the next message on its mailbox. A
 * new actor is made only when the pool is empty, i.e. when every handler actor of the node
 * is busy, blocked or receiving. */
static void sn_worker(void *arg) {
  SnTask *t = sg_actor_self_get_data();
  SnNode *node = t->node;
  (void)arg;
  for (;;) {
    SnMsg *m = t->msg = sg_mailbox_get(t->box);
    sn_delivered(m);
    sn_sends_reap(t);
    sn_in_order(node, t, m);
    if (!sn.handler) sn_fatal("message from node %d to node %d but no handler set", m->src, m->dst);
    sn.handler(node->id, m->src, m->payload, m->len,
               m->kind == SN_REQUEST ? (BkReplyToken *)(void *)m : NULL);
    t->msg = NULL;
    t->data = NULL;
    sn_msg_done(m);
    if (node->nidle >= SN_IDLE_MAX) return; /* sn_task_main waits for its sends */
    t->next_idle = node->idle;
    node->idle = t;
    node->nidle++;
  }
}

/* The mailbox of a handler actor of m's destination that will receive m: an idle one, or a
 * new one. */
static sg_mailbox_t sn_receiver(const SnMsg *m) {
  SnNode *node = &sn.nodes[m->dst];
  SnTask *w = node->idle;
  if (w) {
    node->idle = w->next_idle;
    node->nidle--;
  } else {
    w = sn_spawn(node, "handler", sn_worker, NULL, 1, sn_box_get());
  }
  sn_count(m->len);
  return w->box;
}

int bk_call(int dst, const void *req, size_t len, void **reply, size_t *reply_len) {
  SnTask *t = sn_self("bk_call");
  if (dst < 0 || dst >= sn.nnodes) return -1;
  SnNode *node = t->node;
  if (!t->box) t->box = sn_box_get();
  sn_overhead(node);
  SnMsg *m = sn_msg_new(SN_REQUEST, node->id, dst, req, len);
  m->seq = sn_next_seq(node, dst);
  m->reply_to = t->box;
  sg_mailbox_put(sn_receiver(m), m, sn_wire_size(node, len));
  SnMsg *r = sg_mailbox_get(t->box);
  sn_delivered(r);
  /* The reply's block becomes the caller's buffer: its payload moves to the front. */
  size_t rlen = r->len;
  memmove(r, r->payload, rlen);
  if (reply)
    *reply = r;
  else
    free(r);
  if (reply_len) *reply_len = rlen;
  return 0;
}

void bk_reply(BkReplyToken *token, const void *rep, size_t len) {
  SnMsg *q = (SnMsg *)(void *)token;
  SnTask *t = sn_self("bk_reply");
  if (!q || q->kind != SN_REQUEST) sn_fatal("bk_reply without a request token");
  if (q->replied)
    sn_fatal("bk_reply: request from node %d to node %d answered twice", q->src, q->dst);
  q->replied = 1;
  SnNode *node = &sn.nodes[q->dst];
  sg_mailbox_t box = q->reply_to;
  int to = q->src;
  if (q->handled) free(q);
  sn_overhead(node);
  SnMsg *r = sn_msg_new(SN_REPLY, node->id, to, rep, len);
  sn_count(len);
  sn_send_async(t, box, r, sn_wire_size(node, len));
}

int bk_send(int dst, const void *msg, size_t len) {
  SnTask *t = sn_self("bk_send");
  if (dst < 0 || dst >= sn.nnodes) return -1;
  SnNode *node = t->node;
  sn_overhead(node);
  SnMsg *m = sn_msg_new(SN_ONEWAY, node->id, dst, msg, len);
  m->seq = sn_next_seq(node, dst);
  sn_send_async(t, sn_receiver(m), m, sn_wire_size(node, len));
  return 0;
}

/* ---- Wait queues ------------------------------------------------------------------------- */

BkWaitQueue *bk_wq_new(void) {
  return sn_zalloc(1, sizeof(BkWaitQueue));
}

void bk_wq_free(BkWaitQueue *q) {
  /* After the run, waiters are tasks that were still blocked when it ended (daemons, or a
   * deadlock): their actors are gone, and so is the queue. */
  if (q && q->head && !sn.over) sn_fatal("bk_wq_free: a task is still waiting on the queue");
  free(q);
}

static void sn_wq_unlink(BkWaitQueue *q, SnWaiter *w) {
  if (w->prev)
    w->prev->next = w->next;
  else
    q->head = w->next;
  if (w->next)
    w->next->prev = w->prev;
  else
    q->tail = w->prev;
}

int bk_wq_wait(BkWaitQueue *q, double timeout) {
  SnTask *t = sn_self("bk_wq_wait");
  if (timeout == 0) return 0;
  if (!t->sem) t->sem = sg_sem_init(0);
  SnWaiter w = {t, 0, q->tail, NULL};
  if (q->tail)
    q->tail->next = &w;
  else
    q->head = &w;
  q->tail = &w;
  if (timeout < 0) {
    sg_sem_acquire(t->sem);
    return 1;
  }
  if (!sg_sem_acquire_timeout(t->sem, timeout)) return 1;
  if (!w.woken) {
    sn_wq_unlink(q, &w);
    return 0;
  }
  /* Woken at the very instant of the timeout, after the timer fired: the waker counted this
   * task as woken, so it is; take the token it left so the next wait blocks. */
  sg_sem_acquire(t->sem);
  return 1;
}

int bk_wq_wake_one(BkWaitQueue *q) {
  SnWaiter *w = q->head;
  if (!w) return 0;
  sn_wq_unlink(q, w);
  w->woken = 1;
  sg_sem_release(w->task->sem);
  return 1;
}

/* Wakes the waiters queued now, not those that queue again while being woken: a woken task
 * may run at once and wait on the same queue (its condition still false), and waking it
 * again would loop forever at one instant of simulated time. */
int bk_wq_wake_all(BkWaitQueue *q) {
  SnWaiter *w = q->head;
  q->head = q->tail = NULL;
  int n = 0;
  while (w) {
    SnWaiter *next = w->next; /* w lives on the waiter's stack: read before it runs */
    w->prev = w->next = NULL;
    w->woken = 1;
    sg_sem_release(w->task->sem);
    n++;
    w = next;
  }
  return n;
}

/* ---- Run --------------------------------------------------------------------------------- */

int bk_run(BkTaskFn main_fn, void *arg) {
  if (!sn.ready) sn_fatal("bk_run called without a successful bk_init");
  if (sn.ran) sn_fatal("bk_run called twice (SimGrid runs once per process)");
  sn.ran = 1;
  sn_spawn(&sn.nodes[0], "main", main_fn, arg, 0, NULL);
  /* Returns when the last non-daemon actor ends (daemons are then killed), when bk_exit has
   * killed everyone, or when nothing can progress any more: SimGrid then kills the blocked
   * actors after its (silenced) deadlock report. */
  simgrid_run();
  sn.over = 1;
  return sn.exiting ? sn.status : 0;
}

void bk_stats(BkStats *out) {
  *out = sn.stats;
}

double bk_node_busy(int node) {
  return node >= 0 && node < sn.nnodes ? sn.nodes[node].busy : 0;
}

void bk_shutdown(void) {
  for (int i = 0; i < sn.nnodes; i++) {
    SnNode *node = &sn.nodes[i];
    free(node->send_seq); /* early arrivals belonged to their (now ended) handler actors */
    free(node->recv_seq);
    sg_host_set_data(node->host, NULL);
  }
  free(sn.nodes);
  sn.nodes = NULL;
  sn.nnodes = 0;
  free(sn.boxes);
  sn.boxes = NULL;
  sn.nboxes = sn.capboxes = 0;
  sn.ready = 0;
}
