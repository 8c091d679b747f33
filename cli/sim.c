/* sim.c — `djsim sim`: one program as one JVM over N simulated nodes, with its figures. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend.h"
#include "cli.h"
#include "dist.h"
#include "json.h"
#include "policy.h"
#include "proto.h"

static void sim_usage(FILE *f) {
  fprintf(f,
          "usage: djsim sim --platform NAME|FILE --nodes N [OPTIONS] [-cp PATH] MAIN [ARGS...]\n"
          "\n"
          "Runs MAIN as one JVM spread over N simulated nodes: the main thread on node 0, other\n"
          "threads where the placement puts them, every cross-node access a message on the\n"
          "simulated network. The output is the program's; the figures follow with --stats.\n"
          "\n"
          "options:\n"
          "  --platform NAME|FILE   a bundled platform (see `djsim platforms`) or a SimGrid file\n"
          "  --nodes N              nodes to use: the platform's first N hosts (1..64)\n"
          "  --policy NAME          object policy (default nop; `djsim policies` lists them)\n"
          "  --param KEY=VALUE      a parameter of the object policy or placement (repeatable)\n"
          "  --place NAME           thread placement: local, round-robin, least-loaded or\n"
          "                         data-affinity (default local)\n"
          "  --force MODE           test mode, one mechanism for every remote object:\n"
          "                         proxy, rpc, migrate or cache\n"
          "  --heap SIZE            heap per node (default: the platform's djsim.heap)\n"
          "  --seed S               seed of the policies' random choices (default 0)\n"
          "  --stats                print the run's figures on stderr after the run\n"
          "  --stats-json FILE      write the run's figures as JSON\n"
          "  -cp, -classpath PATH   directories and .jar files separated by ':'\n"
          "  -Xss SIZE, -Dname=value, -verbose:gc, --log=..., --cfg=...   as for exec\n"
          "\n"
          "Exit status: the program's; 1 for an uncaught exception; 2 for a bad command line;\n"
          "99 for a deadlock anywhere in the cluster.\n");
}

typedef struct SimCtx {
  const char *platform_name, *policy, *place, *force_name, *stats_json;
  const char **params;
  int nparams;
  DistForce force;
  unsigned long long seed;
  bool stats;
} SimCtx;

static void put_string(FILE *f, const char *s) {
  json_write_string(f, s, strlen(s));
}

static int before_run(const CliLaunch *l, char *err, size_t len) {
  SimCtx *x = l->ctx;
  return policy_select(x->policy, x->params, x->nparams, x->place, x->force, err, len);
}

static int after_run(const CliLaunch *l, int status) {
  SimCtx *x = l->ctx;
  if (x->stats) dist_write_table(stderr);
  if (!x->stats_json) return 0;
  FILE *f = fopen(x->stats_json, "w");
  if (!f) {
    fprintf(stderr, "djsim sim: cannot write the figures to %s: %s\n", x->stats_json,
            strerror(errno));
    return -1;
  }
  char *run = NULL;
  size_t runlen = 0;
  FILE *r = open_memstream(&run, &runlen);
  fprintf(r, "{\"platform\": ");
  put_string(r, x->platform_name);
  fprintf(r, ", \"nodes\": %d, \"policy\": ", l->nodes);
  put_string(r, x->policy ? x->policy : "nop");
  fprintf(r, ", \"params\": {");
  for (int i = 0; i < x->nparams; i++) {
    const char *eq = strchr(x->params[i], '=');
    fprintf(r, "%s\"%.*s\": %s", i ? ", " : "", (int)(eq - x->params[i]), x->params[i], eq + 1);
  }
  fprintf(r, "}, \"place\": ");
  put_string(r, x->place ? x->place : "local");
  fprintf(r, ", \"force\": ");
  if (x->force_name)
    put_string(r, x->force_name);
  else
    fprintf(r, "null");
  fprintf(r, ", \"seed\": %llu, \"main\": ", x->seed);
  put_string(r, l->main_class);
  fprintf(r, ", \"args\": [");
  for (int i = 0; i < l->argc; i++) {
    if (i) fprintf(r, ", ");
    put_string(r, l->argv[i]);
  }
  fprintf(r, "], \"exit_status\": %d}", status);
  fclose(r);
  dist_write_json(f, run);
  free(run);
  if (fclose(f) != 0) {
    fprintf(stderr, "djsim sim: cannot write the figures to %s: %s\n", x->stats_json,
            strerror(errno));
    return -1;
  }
  return 0;
}

int cmd_sim(int argc, char **argv) {
  VmOptions opt = {0};
  SimCtx x = {0};
  const char *cp = getenv("CLASSPATH");
  if (!cp || !*cp) cp = ".";
  const char **props = calloc((size_t)argc + 1, sizeof *props);
  const char **sg_args = calloc((size_t)argc + 1, sizeof *sg_args);
  x.params = calloc((size_t)argc + 1, sizeof *x.params);
  int nprops = 0, nsg = 0, i = 1, nodes = 0, rc = 2, vmopt;
  char *platform = NULL;
  for (; i < argc && argv[i][0] == '-'; i++) {
    const char *a = argv[i];
    const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define NEEDS_VALUE                                                                                \
  do {                                                                                             \
    if (!v) {                                                                                      \
      fprintf(stderr, "djsim sim: %s needs a value\n", a);                                         \
      goto out;                                                                                    \
    }                                                                                              \
    i++;                                                                                           \
  } while (0)
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      sim_usage(stdout);
      rc = 0;
      goto out;
    } else if (strcmp(a, "--platform") == 0) {
      NEEDS_VALUE;
      x.platform_name = v;
    } else if (strcmp(a, "--nodes") == 0) {
      NEEDS_VALUE;
      char *end;
      long n = strtol(v, &end, 10);
      if (*end || n < 1 || n > 64) {
        fprintf(stderr, "djsim sim: --nodes must be a number from 1 to 64, not '%s'\n", v);
        goto out;
      }
      nodes = (int)n;
    } else if (strcmp(a, "--policy") == 0) {
      NEEDS_VALUE;
      x.policy = v;
    } else if (strcmp(a, "--param") == 0) {
      NEEDS_VALUE;
      if (!strchr(v, '=')) {
        fprintf(stderr, "djsim sim: --param wants KEY=VALUE, not '%s'\n", v);
        goto out;
      }
      x.params[x.nparams++] = v;
    } else if (strcmp(a, "--place") == 0) {
      NEEDS_VALUE;
      x.place = v;
    } else if (strcmp(a, "--force") == 0) {
      NEEDS_VALUE;
      static const char *const modes[] = {"proxy", "rpc", "migrate", "cache"};
      for (int k = 0; k < 4; k++)
        if (strcmp(v, modes[k]) == 0) x.force = (DistForce)(FORCE_PROXY + k);
      if (!x.force) {
        fprintf(stderr,
                "djsim sim: unknown --force mode '%s' (valid: proxy, rpc, migrate, cache)\n", v);
        goto out;
      }
      x.force_name = v;
    } else if (strcmp(a, "--heap") == 0) {
      NEEDS_VALUE;
      opt.heap_bytes = cli_parse_size(v);
      if (!opt.heap_bytes) {
        fprintf(stderr, "djsim sim: bad size for --heap: '%s'\n", v);
        goto out;
      }
    } else if (strcmp(a, "--seed") == 0) {
      NEEDS_VALUE;
      char *end;
      x.seed = strtoull(v, &end, 10);
      if (*end || !*v) {
        fprintf(stderr, "djsim sim: --seed wants a number, not '%s'\n", v);
        goto out;
      }
    } else if (strcmp(a, "--stats") == 0) {
      x.stats = true;
    } else if (strcmp(a, "--stats-json") == 0) {
      NEEDS_VALUE;
      x.stats_json = v;
    } else if (strcmp(a, "-cp") == 0 || strcmp(a, "-classpath") == 0 ||
               strcmp(a, "--class-path") == 0) {
      NEEDS_VALUE;
      cp = v;
    } else if ((vmopt = cli_vm_option("djsim sim", argc, argv, &i, &opt, props, &nprops, sg_args,
                                      &nsg)) != 0) {
      if (vmopt < 0) goto out;
    } else {
      fprintf(stderr, "djsim sim: unknown option '%s' (try `djsim sim --help`)\n", a);
      goto out;
    }
#undef NEEDS_VALUE
  }
  if (!x.platform_name || !nodes || i >= argc) {
    fprintf(stderr, "djsim sim: %s\n",
            !x.platform_name ? "--platform is required"
            : !nodes         ? "--nodes is required"
                             : "no main class");
    sim_usage(stderr);
    goto out;
  }
  opt.props = props;
  platform = cli_platform_path(x.platform_name);
  CliLaunch l = {.cmd = "djsim sim",
                 .opt = &opt,
                 .cp = cp,
                 .platform = platform,
                 .nodes = nodes,
                 .platform_heap = true,
                 .sg_args = sg_args,
                 .main_class = argv[i],
                 .argc = argc - i - 1,
                 .argv = argv + i + 1,
                 .before_run = before_run,
                 .after_run = after_run,
                 .ctx = &x};
  rc = cli_launch(&l);
out:
  free(platform);
  free(props);
  free(sg_args);
  free(x.params);
  return rc;
}

/* `djsim protocol`: the message table, as docs/protocol.md carries it. */
int cmd_protocol(int argc, char **argv) {
  (void)argc, (void)argv;
  proto_write_markdown(stdout);
  return 0;
}

/* `djsim policies [--names]`. */
int cmd_policies(int argc, char **argv) {
  bool names = argc > 1 && strcmp(argv[1], "--names") == 0;
  if (!names) printf("object policies (--policy, --param KEY=VALUE):\n");
  policy_list(stdout, names);
  return 0;
}
