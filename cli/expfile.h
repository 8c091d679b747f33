/* expfile.h — experiment files: the YAML that names a program, a sweep, a report and plots.
 *
 * Owns: reading an experiment file with libyaml, checking every key and value (errors are
 * "FILE:LINE:COLUMN: what is wrong", with the valid choices for an unknown key or value),
 * resolving platforms and class paths against the file's folder, and expanding the sweep
 * into points in a fixed order. docs/experiments.md is the reference of the format.
 * Never runs a point; may run `djsim policies --names` to check policy names. */
#ifndef DJ_CLI_EXPFILE_H
#define DJ_CLI_EXPFILE_H

#include <stdbool.h>

typedef struct ExpStrings {
  char **v;
  int count;
} ExpStrings;

typedef struct ExpPolicy {
  char *name;
  ExpStrings params; /* "key=value", in file order */
  char *label;       /* "mofa" or "mofa(min_interval=0.001)" */
} ExpPolicy;

typedef struct ExpPlatform {
  char *name; /* as written in the file: the label, passed to `djsim sim` if bundled */
  char *arg;  /* what `djsim sim --platform` gets: the name, or the path from the cwd */
} ExpPlatform;

typedef enum ExpPlotType { EXP_PLOT_LINES, EXP_PLOT_BOXES } ExpPlotType;

typedef struct ExpPlot {
  char *name, *x, *y, *series, *title; /* x and series are axis keys; series may be NULL */
  bool logx, logy;
  bool ideal; /* also draw y = x (x is nodes, type lines) */
  ExpPlotType type;
} ExpPlot;

typedef struct Experiment {
  char *path, *dir;                /* the file, and its folder (prefix of relative paths) */
  char *name, *description, *size; /* size: the chosen entry of `sizes:`, or NULL */
  ExpStrings classpath;            /* entries resolved against dir */
  char *main, *sources;            /* sources: a folder resolved against dir, or NULL */
  ExpStrings args;                 /* program.args (after the size's override) */
  ExpPlatform *platforms;
  int platform_count;
  int *nodes;
  int node_count;
  ExpPolicy *policies;
  int policy_count;
  ExpStrings places;
  ExpStrings *arg_sets; /* sweep.args: NULL when the sweep has no args axis */
  int arg_set_count;
  char *heap; /* NULL: the platform's default */
  double timeout;
  ExpStrings report;
  ExpPlot *plots;
  int plot_count;
} Experiment;

typedef struct ExpPoint {
  int index; /* 1-based, in the whole sweep (before --only) */
  const ExpPlatform *platform;
  int nodes;
  const ExpPolicy *policy;
  const char *place;
  const ExpStrings *args;
  char *key; /* "cloud n=4 mofa(min_interval=0.001) round-robin 8 2": unique, stable */
  char *dir; /* "03-cloud-n4-mofa-round-robin" */
} ExpPoint;

/* The axis keys of --only, plot x and plot series. */
extern const char *const exp_axis_keys[];

/* Loads and checks an experiment file. size: the entry of `sizes:` to apply (NULL: "small"
 * if the file has it). policy_exe: the djsim to ask for policy names (NULL: skip). Prints
 * every error to stderr and returns NULL if there was any. */
Experiment *exp_load(const char *path, const char *size, const char *policy_exe);
void exp_free(Experiment *e);

/* Expands the sweep (platforms, nodes, policies, place, args; the last varies fastest). */
ExpPoint *exp_points(const Experiment *e, int *count);
void exp_points_free(ExpPoint *points, int count);

/* The point's value on an axis, as text ("cloud", "4", "mofa(...)", "round-robin", "8 2");
 * malloc'd. NULL for an unknown axis key. */
char *exp_axis_value(const ExpPoint *p, const char *axis);
bool exp_is_axis(const char *key);
/* Whether the sweep has more than one value on the axis. */
bool exp_axis_varies(const Experiment *e, const char *axis);

char *exp_join(const ExpStrings *s, const char *sep);

#endif
