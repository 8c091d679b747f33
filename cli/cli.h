/* cli.h — the djsim command: its subcommands and shared helpers. */
#ifndef DJ_CLI_H
#define DJ_CLI_H

#include <stdbool.h>
#include <zip.h>

#include "vm.h"

typedef struct CliClassPath {
  ClassPathEntry *entries;
  int count;
  zip_t **zips;
  int zip_count;
} CliClassPath;

int cli_classpath_add(CliClassPath *cp, const char *spec, bool boot);
void cli_classpath_free(CliClassPath *cp);

/* Parses "512m", "1g", "64k", "1048576" into bytes; 0 on a malformed size. */
uint64_t cli_parse_size(const char *s);

/* One run of a program: the VM on the backend, from start to exit status. */
typedef struct CliLaunch CliLaunch;
struct CliLaunch {
  const char *cmd; /* for messages: "djsim exec" */
  const VmOptions *opt;
  const char *cp, *platform;
  int nodes;
  bool platform_heap; /* no -Xmx/--heap: the platform's djsim.heap per node */
  const char **sg_args;
  const char *main_class;
  int argc;
  char **argv;
  /* After the VM is made, before the program runs (non-zero: error in err, exit 2). */
  int (*before_run)(const CliLaunch *l, char *err, size_t len);
  /* After the program ended, while the VM's figures are still there; non-zero: it failed
   * (the run then exits 1 if the program itself succeeded). */
  int (*after_run)(const CliLaunch *l, int status);
  void *ctx;
};
int cli_launch(const CliLaunch *l);
/* java's options common to exec and sim (-Xss, -Xmx, -D, -verbose:gc, --log=, --cfg=): 1 if
 * argv[*i] was one (consumed), 0 if not, -1 after a message on a bad value. */
int cli_vm_option(const char *cmd, int argc, char **argv, int *i, VmOptions *opt,
                  const char **props, int *nprops, const char **sg_args, int *nsg);
/* "-Xss1m" or "-Xss 1m": the value of a java-style size option (NULL if missing). */
const char *cli_size_arg(int argc, char **argv, int *i, const char *opt);

int cmd_exec(int argc, char **argv);
int cmd_sim(int argc, char **argv);
int cmd_protocol(int argc, char **argv);
int cmd_policies(int argc, char **argv);
int cmd_run(int argc, char **argv);      /* run.c */
int cmd_check(int argc, char **argv);    /* results_check.c */
int cmd_baseline(int argc, char **argv); /* results_check.c */
int cmd_platforms(int argc, char **argv);

/* Bundled platforms: the folder ($DJSIM_PLATFORM_DIR or the source tree's platforms/), and a
 * name ("cloud") or a path turned into a file path (malloc'd). */
const char *cli_platform_dir(void);
char *cli_platform_path(const char *name_or_path);

#endif
