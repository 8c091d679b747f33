/* main.c — the djsim command: dispatches to its subcommands. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "policies.h"

static void usage(FILE *f) {
  fprintf(f, "usage: djsim COMMAND [ARGS...]\n"
             "\n"
             "djsim runs a Java program as one JVM spread over a simulated cluster.\n"
             "\n"
             "commands:\n"
             "  exec [OPTIONS] MAIN [ARGS...]   run a program on one simulated node, like `java`\n"
             "  run FILE [OPTIONS]              run an experiment: a sweep, a table, plots\n"
             "  check RESULTS --baseline FILE   compare results with a stored baseline\n"
             "  baseline RESULTS -o FILE        store results as a baseline\n"
             "  sim [OPTIONS] MAIN [ARGS...]    run a program as one JVM over N simulated nodes\n"
             "  policies [--names]              list the object policies and thread placements\n"
             "  platforms [FILE...]             list the bundled platforms, measured\n"
             "  protocol                        print the wire protocol's message table\n"
             "  --version                       print the version\n"
             "  --help                          print this help\n"
             "\n"
             "`djsim exec --help` lists the options of exec.\n");
}

uint64_t cli_parse_size(const char *s) {
  char *end;
  unsigned long long v = strtoull(s, &end, 10);
  if (end == s) return 0;
  switch (*end) {
  case 'k':
  case 'K':
    v <<= 10;
    end++;
    break;
  case 'm':
  case 'M':
    v <<= 20;
    end++;
    break;
  case 'g':
  case 'G':
    v <<= 30;
    end++;
    break;
  default: break;
  }
  return *end ? 0 : (uint64_t)v;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return 2;
  }
  policies_register_all();
  const char *cmd = argv[1];
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
    usage(stdout);
    return 0;
  }
  if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
    printf("djsim %s\n", DJSIM_VERSION);
    return 0;
  }
  if (strcmp(cmd, "exec") == 0) return cmd_exec(argc - 1, argv + 1);
  if (strcmp(cmd, "platforms") == 0) return cmd_platforms(argc - 1, argv + 1);
  if (strcmp(cmd, "sim") == 0) return cmd_sim(argc - 1, argv + 1);
  if (strcmp(cmd, "run") == 0) return cmd_run(argc - 1, argv + 1);
  if (strcmp(cmd, "check") == 0) return cmd_check(argc - 1, argv + 1);
  if (strcmp(cmd, "baseline") == 0) return cmd_baseline(argc - 1, argv + 1);
  if (strcmp(cmd, "policies") == 0) return cmd_policies(argc - 1, argv + 1);
  if (strcmp(cmd, "protocol") == 0) return cmd_protocol(argc - 1, argv + 1);
  fprintf(stderr, "djsim: unknown command '%s' (try `djsim --help`)\n", cmd);
  return 2;
}
