/* exec.c — `djsim exec`: one program on one simulated node, with java's command line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend.h"
#include "cli.h"
#include "thread.h"

static void exec_usage(FILE *f) {
  fprintf(f, "usage: djsim exec [OPTIONS] MAIN_CLASS [ARGS...]\n"
             "\n"
             "Runs MAIN_CLASS like `java` does, on one simulated node (platforms/loopback.xml):\n"
             "the run is deterministic and System.nanoTime() reads the simulated clock.\n"
             "\n"
             "options:\n"
             "  -cp, -classpath PATH   directories and .jar files separated by ':' (default: "
             "$CLASSPATH or .)\n"
             "  -Xss SIZE              Java stack size per thread (default 1m)\n"
             "  -Xmx SIZE              heap size (default 512m)\n"
             "  -Dname=value           a system property\n"
             "  -verbose:gc            one line per garbage collection\n"
             "  --log=... --cfg=...    passed to SimGrid\n"
             "  --version, --help\n"
             "\n"
             "SIZE is a number of bytes with an optional k, m or g suffix.\n"
             "Exit status: the program's (System.exit), 1 for an uncaught exception or a missing\n"
             "main class, 2 for a bad command line.\n");
}

typedef struct ExecRun {
  const char *main_class;
  int argc;
  char **argv;
  int status;
} ExecRun;

static void main_task(void *arg) {
  ExecRun *r = arg;
  r->status = vm_run_main(r->main_class, r->argc, r->argv);
}

int cli_launch(const CliLaunch *l) {
  CliClassPath path = {0};
  const char *classlib = getenv("DJSIM_CLASSLIB");
  cli_classpath_add(&path, classlib && *classlib ? classlib : DJSIM_CLASSLIB_DIR, true);
  cli_classpath_add(&path, l->cp, false);

  char err[512];
  BkConfig bc = {.platform = l->platform, .nodes = l->nodes, .sg_args = l->sg_args};
  if (bk_init(&bc, err, sizeof err) != 0) {
    fprintf(stderr, "%s: %s\n", l->cmd, err);
    cli_classpath_free(&path);
    return 1;
  }
  VmOptions opt = *l->opt;
  opt.nodes = l->nodes;
  if (!opt.heap_bytes && l->platform_heap) opt.heap_bytes = bk_node_info(0)->heap_bytes;
  if (vm_create(&opt, path.entries, path.count) != 0) {
    fprintf(stderr, "%s: cannot reserve a heap of %llu bytes per node\n", l->cmd,
            (unsigned long long)opt.heap_bytes);
    bk_shutdown();
    cli_classpath_free(&path);
    return 1;
  }
  int rc = 0;
  if (l->before_run && l->before_run(l, err, sizeof err) != 0) {
    fprintf(stderr, "%s: %s\n", l->cmd, err);
    rc = 2;
  } else {
    ExecRun run = {l->main_class, l->argc, l->argv, 0};
    int status = bk_run(main_task, &run);
    rc = vm->exiting ? status : run.status;
    if (!vm->exiting && thr_report_deadlock()) rc = DJ_EXIT_DEADLOCK;
    fflush(stdout);
    if (l->after_run && l->after_run(l, rc) != 0 && rc == 0) rc = 1;
  }
  vm_destroy();
  bk_shutdown();
  cli_classpath_free(&path);
  return rc;
}

int cli_vm_option(const char *cmd, int argc, char **argv, int *i, VmOptions *opt,
                  const char **props, int *nprops, const char **sg_args, int *nsg) {
  const char *a = argv[*i];
  if (strncmp(a, "-Xss", 4) == 0 || strncmp(a, "-Xmx", 4) == 0) {
    const char *v = cli_size_arg(argc, argv, i, a[2] == 's' ? "-Xss" : "-Xmx");
    uint64_t size = v ? cli_parse_size(v) : 0;
    if (!size) {
      fprintf(stderr, "%s: bad size for %.4s: '%s'\n", cmd, a, v ? v : "");
      return -1;
    }
    if (a[2] == 's')
      opt->stack_bytes = size;
    else
      opt->heap_bytes = size;
  } else if (strncmp(a, "-D", 2) == 0 && strchr(a, '=')) {
    props[(*nprops)++] = a + 2;
  } else if (strcmp(a, "-verbose:gc") == 0) {
    opt->verbose_gc = true;
  } else if (strncmp(a, "--log=", 6) == 0 || strncmp(a, "--cfg=", 6) == 0) {
    sg_args[(*nsg)++] = a;
  } else {
    return 0;
  }
  return 1;
}

/* "-Xss1m" or "-Xss 1m": the value of a java-style size option. */
const char *cli_size_arg(int argc, char **argv, int *i, const char *opt) {
  size_t n = strlen(opt);
  if (argv[*i][n]) return argv[*i] + n;
  if (*i + 1 < argc) return argv[++*i];
  return NULL;
}

int cmd_exec(int argc, char **argv) {
  VmOptions opt = {0};
  opt.nodes = 1;
  const char *cp = getenv("CLASSPATH");
  if (!cp || !*cp) cp = ".";
  const char **props = calloc((size_t)argc + 1, sizeof *props);
  const char **sg_args = calloc((size_t)argc + 1, sizeof *sg_args);
  int nprops = 0, nsg = 0, i = 1, vmopt;
  int rc = 2;
  for (; i < argc && argv[i][0] == '-'; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--help") == 0 || strcmp(a, "-help") == 0 || strcmp(a, "-h") == 0) {
      exec_usage(stdout);
      rc = 0;
      goto out;
    } else if (strcmp(a, "--version") == 0 || strcmp(a, "-version") == 0) {
      printf("djsim %s\n", DJSIM_VERSION);
      rc = 0;
      goto out;
    } else if (strcmp(a, "-cp") == 0 || strcmp(a, "-classpath") == 0 ||
               strcmp(a, "--class-path") == 0) {
      if (++i >= argc) {
        fprintf(stderr, "djsim exec: %s needs a class path\n", a);
        goto out;
      }
      cp = argv[i];
    } else if ((vmopt = cli_vm_option("djsim exec", argc, argv, &i, &opt, props, &nprops, sg_args,
                                      &nsg)) != 0) {
      if (vmopt < 0) goto out;
    } else {
      fprintf(stderr, "djsim exec: unknown option '%s' (try `djsim exec --help`)\n", a);
      goto out;
    }
  }
  if (i >= argc) {
    exec_usage(stderr);
    goto out;
  }
  opt.props = props;
  char *platform = cli_platform_path("loopback");
  CliLaunch l = {.cmd = "djsim exec",
                 .opt = &opt,
                 .cp = cp,
                 .platform = platform,
                 .nodes = 1,
                 .sg_args = sg_args,
                 .main_class = argv[i],
                 .argc = argc - i - 1,
                 .argv = argv + i + 1};
  rc = cli_launch(&l);
  free(platform);
out:
  free(props);
  free(sg_args);
  return rc;
}
