/* spread.c — cJVM's remote `new` with method shipping (sections 3 and 4): work spread over
 * the cluster without moving threads. A node learns the classes of the tasks its threads
 * hand to executors and fork/join pools (the `queued` callback: the program's own task
 * classes, not the class library's wrappers). From then on, each new instance of such a
 * class that a thread of this node makes is made on the nodes in turn, starting with the
 * next one (this node's turns keep it here), and a task's run(), call(), compute() or
 * exec() invoked on a remote task runs where the task lives. A pool whose worker threads
 * all run on one node then still spreads the work; its tasks' own data go with them only
 * if made in their constructors. */
#include <string.h>

#include "policies.h"

#define SPREAD_CLASSES 16

typedef struct Spread {
  Class *tasks[SPREAD_CLASSES]; /* task classes seen queued on this node */
  int ntasks;
  int turn; /* how many instances this node has placed */
} Spread;

static bool is_task(Spread *s, const Class *cls) {
  for (int i = 0; i < s->ntasks; i++)
    if (s->tasks[i] == cls) return true;
  return false;
}

static void queued(PolicyCtx *c, Object *task) {
  Spread *s = c->state;
  if (!task->cls->boot && !is_task(s, task->cls) && s->ntasks < SPREAD_CLASSES)
    s->tasks[s->ntasks++] = task->cls;
}

static int place_object(PolicyCtx *c, Class *cls) {
  Spread *s = c->state;
  if (!is_task(s, cls)) return c->node;
  return (c->node + 1 + s->turn++) % c->nodes;
}

static bool ships(PolicyCtx *c, Object *o, PolicyObj *p, Method *m) {
  (void)p;
  static const char *const runs[] = {"<init>", "run", "call", "compute", "exec"};
  if (!is_task(c->state, o->cls)) return false;
  for (size_t i = 0; i < sizeof runs / sizeof *runs; i++)
    if (strcmp(m->name, runs[i]) == 0) return true;
  return false;
}

const ObjectPolicy policy_spread = {
    .name = "spread",
    .seed = "cJVM 3-4",
    .doc = "make queued tasks' classes' new instances on the nodes in turn; run them there",
    .state_bytes = sizeof(Spread),
    .queued = queued,
    .place_object = place_object,
    .ships = ships,
};
