/* results.h — a results folder: what `djsim run` writes and `djsim check` reads.
 *
 * Owns: results.json, results.csv and summary.md (results.c), the gnuplot scripts, data and
 * images (results_plot.c), and baselines: `djsim baseline` and `djsim check`
 * (results_check.c). Nothing here may depend on wall-clock time: two runs of the same
 * experiment give byte-identical results.json, results.csv and summary.md. */
#ifndef DJ_CLI_RESULTS_H
#define DJ_CLI_RESULTS_H

#include <stdbool.h>

#include "expfile.h"
#include "json.h"

typedef struct PointResult {
  const ExpPoint *point;
  bool ok;
  Json *figures; /* the child's figures.json; NULL if it wrote none that parses */
  Json *derived; /* figures computed across points (results_derive): an object, or NULL */
  char *error;   /* why the point failed ("exit status 1", "timed out after 600 s"); or NULL */
} PointResult;

/* Computes each point's derived figures from the others' (see docs/experiments.md):
 * `speedup`, the makespan of the point with the same platform, policy, place and args at one
 * node over this point's makespan. A point without such a partner gets none. */
void results_derive(PointResult *r, int count);

/* A figure of a point by its dotted path: from its figures.json, else from its derived
 * figures; NULL if it has neither. */
const Json *result_figure(const PointResult *r, const char *path);

/* Writes results.json, results.csv and summary.md in dir and prints the table on stdout. 0 on
 * success, -1 (after a message) if a file cannot be written. */
int results_write(const char *dir, const Experiment *e, const PointResult *r, int count);

/* Writes NAME.gp and NAME.dat for each plot and runs gnuplot on them (skipped with a warning
 * if gnuplot, or $GNUPLOT, is not found). 0 on success. */
int results_plot(const char *dir, const Experiment *e, const PointResult *r, int count, bool quiet);

int cmd_run(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_baseline(int argc, char **argv);

#endif
