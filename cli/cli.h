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

int cmd_exec(int argc, char **argv);
int cmd_platforms(int argc, char **argv);

/* Bundled platforms: the folder ($DJSIM_PLATFORM_DIR or the source tree's platforms/), and a
 * name ("cloud") or a path turned into a file path (malloc'd). */
const char *cli_platform_dir(void);
char *cli_platform_path(const char *name_or_path);

#endif
