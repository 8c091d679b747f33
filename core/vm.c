/* vm.c — creating the VM, its nodes and threads, and running a program's main method.
 *
 * Start-up order matters: the classes the VM itself builds objects of (Object, String,
 * Class, char[]) are loaded before anything runs, then the main Thread object, then System
 * (which makes System.out), then the program's class.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend.h"
#include "dist.h"
#include "interp.h"
#include "loader.h"
#include "thread.h"
#include "vm.h"

Vm *vm;

void vm_fatal(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fflush(stdout);
  fprintf(stderr, "djsim: internal error: ");
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\n");
  va_end(ap);
  exit(70);
}

int vm_create(const VmOptions *opt, const ClassPathEntry *cp, int cp_count) {
  vm = calloc(1, sizeof *vm);
  vm->opt = *opt;
  if (!vm->opt.stack_bytes) vm->opt.stack_bytes = 1 << 20;
  if (!vm->opt.heap_bytes) vm->opt.heap_bytes = 512u << 20;
  vm->node_count = opt->nodes > 0 ? opt->nodes : 1;
  vm->cp = malloc((size_t)cp_count * sizeof *vm->cp);
  memcpy(vm->cp, cp, (size_t)cp_count * sizeof *cp);
  vm->cp_count = cp_count;
  vm->nodes = calloc((size_t)vm->node_count, sizeof *vm->nodes);
  for (int i = 0; i < vm->node_count; i++) {
    Node *n = &vm->nodes[i];
    n->id = i;
    n->heap = heap_new(i, vm->opt.heap_bytes);
    if (!n->heap) return -1;
    n->hash_state = 0x2545F491u ^ (uint32_t)(i * 0x9E3779B9u);
    if (!n->hash_state) n->hash_state = 1;
  }
  vm->next_logical_id = 1;
  loader_make_primitives();
  dist_init();
  return 0;
}

void vm_destroy(void) {
  if (!vm) return;
  dist_shutdown();
  loader_free_all();
  for (int i = 0; i < vm->node_count; i++) {
    Node *n = &vm->nodes[i];
    heap_free(n->heap);
    free(n->ext);
    free(n->interned);
    free(n->exported);
    while (n->threads) vm_thread_free(n->threads);
  }
  free(vm->by_logical_id);
  free(vm->nodes);
  free(vm->cp);
  free(vm);
  vm = NULL;
}

JThread *vm_thread_new(int node, uint32_t id) {
  JThread *t = calloc(1, sizeof *t);
  t->node = &vm->nodes[node];
  t->node_id = node;
  t->logical_id = id ? id : vm->next_logical_id++;
  t->remote_node = -1;
  size_t slots = vm->opt.stack_bytes / sizeof(Slot);
  if (slots < 4096) slots = 4096;
  t->stack = calloc(slots, sizeof(Slot));
  t->stack_end = t->stack + slots;
  t->quantum = 100000;
  t->next = t->node->threads;
  t->node->threads = t;
  if (t->logical_id >= vm->by_logical_cap) {
    uint32_t cap = vm->by_logical_cap ? vm->by_logical_cap * 2 : 64;
    while (cap <= t->logical_id) cap *= 2;
    vm->by_logical_id = realloc(vm->by_logical_id, cap * sizeof *vm->by_logical_id);
    memset(vm->by_logical_id + vm->by_logical_cap, 0,
           (cap - vm->by_logical_cap) * sizeof *vm->by_logical_id);
    vm->by_logical_cap = cap;
  }
  vm->by_logical_id[t->logical_id] = t;
  return t;
}

void vm_thread_free(JThread *t) {
  JThread **p = &t->node->threads;
  while (*p && *p != t) p = &(*p)->next;
  if (*p) *p = t->next;
  vm->by_logical_id[t->logical_id] = NULL;
  if (t->park) bk_wq_free(t->park);
  free(t->stack);
  free(t);
}

static Field *must_field(Class *c, const char *name, const char *desc) {
  Field *f = c ? class_resolve_field(c, name, desc) : NULL;
  if (!f) vm_fatal("class library: %s lacks field %s %s", c ? c->name : "?", name, desc);
  return f;
}

static Class *must_load(JThread *t, const char *name) {
  Class *c = class_load(t, name);
  if (!c) {
    Object *e = t->exception;
    vm_fatal("cannot load %s from the class library (%s)", name, e ? e->cls->name : "?");
  }
  return c;
}

/* Loads what the VM needs before any Java code runs. */
static void bootstrap(JThread *t) {
  vm->c_object = must_load(t, "java/lang/Object");
  vm->c_cloneable = must_load(t, "java/lang/Cloneable");
  vm->c_serializable = must_load(t, "java/io/Serializable");
  vm->c_string = must_load(t, "java/lang/String");
  vm->c_class = must_load(t, "java/lang/Class");
  vm->a_char = class_array_of(t, loader_primitive('C'));
  vm->f_string_value = must_field(vm->c_string, "value", "[C");
  vm->f_string_hash = must_field(vm->c_string, "hash", "I");
  vm->f_class_vmid = must_field(vm->c_class, "classId", "I");
  vm->c_throwable = must_load(t, "java/lang/Throwable");
  vm->f_throwable_backtrace = must_field(vm->c_throwable, "backtrace", "Ljava/lang/Object;");
  vm->c_ste = must_load(t, "java/lang/StackTraceElement");
  vm->c_thread = must_load(t, "java/lang/Thread");
  vm->f_thread_eetop = must_field(vm->c_thread, "eetop", "J");
  vm->f_thread_state = must_field(vm->c_thread, "vmState", "I");
  vm->f_thread_interrupted = must_field(vm->c_thread, "interrupted", "Z");
  vm->f_thread_daemon = must_field(vm->c_thread, "daemon", "Z");
  vm->f_thread_name = must_field(vm->c_thread, "name", "Ljava/lang/String;");
  vm->c_string_builder = must_load(t, "java/lang/StringBuilder");
}

static bool make_thread_object(JThread *t, const char *name) {
  if (!class_init(t, vm->c_thread)) return false;
  Object *th = obj_new(t, vm->c_thread);
  Object *s = th ? jstr_from_utf8(t, name) : NULL;
  if (!s) return false;
  Method *init = class_find_method(vm->c_thread, "<init>", "(Ljava/lang/String;)V");
  if (!init) vm_fatal("class library: Thread lacks Thread(String)");
  Slot args[2] = {{.r = th}, {.r = s}};
  if (!interp_call(t, init, args)) return false;
  t->jthread = th;
  *FIELD_PTR(th, vm->f_thread_eetop->offset, int64_t) = t->logical_id;
  *FIELD_PTR(th, vm->f_thread_state->offset, int32_t) = 1; /* alive */
  return true;
}

/* Flushes System.out and System.err through Java, as the JDK does at exit. */
void vm_flush_streams(JThread *t) {
  Class *sys = class_lookup("java/lang/System");
  if (!sys || sys->state != CLS_INITIALIZED) return;
  Object *pending = t->exception;
  t->exception = NULL;
  const char *names[2] = {"out", "err"};
  for (int i = 0; i < 2; i++) {
    Field *f = class_resolve_field(sys, names[i], "Ljava/io/PrintStream;");
    Object *ps = f ? *FIELD_PTR(sys->statics, f->offset, Object *) : NULL;
    if (!ps) continue;
    Method *m = class_resolve_method(ps->cls, "flush", "()V");
    if (!m) continue;
    Slot args[1] = {{.r = ps}};
    interp_call(t, m, args);
    t->exception = NULL;
  }
  t->exception = pending;
  fflush(stdout);
  fflush(stderr);
}

static int run_main(JThread *t, const char *main_class, int argc, char **argv);

int vm_run_main(const char *main_class, int argc, char **argv) {
  JThread *t = vm_thread_new(0, 0);
  snprintf(t->start_name, sizeof t->start_name, "main");
  /* The collector scans this thread's C stack up to here: everything run_main and its
   * callees hold is below. */
  t->cstack_base = __builtin_frame_address(0);
  int status = run_main(t, main_class, argc, argv);
  t->terminated = true; /* also when main never started (a missing class): not a deadlock */
  return status;
}

__attribute__((noinline)) static int run_main(JThread *t, const char *main_class, int argc,
                                              char **argv) {
  bk_set_task_data(t);
  dist_thread_begin(t);
  bootstrap(t);
  if (!make_thread_object(t, "main")) {
    excep_report_uncaught(t);
    return 1;
  }
  Class *sys = class_load(t, "java/lang/System");
  if (!sys || !class_init(t, sys)) {
    fprintf(stderr, "djsim: the class library failed to start (java.lang.System)\n");
    excep_report_uncaught(t);
    return 1;
  }

  char *internal = strdup(main_class);
  for (char *p = internal; *p; p++)
    if (*p == '.') *p = '/';
  Class *c = class_load(t, internal);
  free(internal);
  int status = 0;
  if (!c) {
    char ename[512];
    Object *e = t->exception;
    t->exception = NULL;
    const char *cause = e ? class_java_name(e->cls, ename, sizeof ename) : "";
    fprintf(stderr, "Error: Could not find or load main class %s\n", main_class);
    if (e && strcmp(cause, "java.lang.NoClassDefFoundError") == 0)
      fprintf(stderr, "Caused by: java.lang.ClassNotFoundException: %s\n", main_class);
    else if (e)
      fprintf(stderr, "Caused by: %s\n", cause);
    return 1;
  }
  Method *m = class_find_method(c, "main", "([Ljava/lang/String;)V");
  if (!m || !(m->access & ACC_STATIC) || !(m->access & ACC_PUBLIC)) {
    char name[512];
    fprintf(stderr,
            "Error: Main method not found in class %s, please define the main method as:\n"
            "   public static void main(String[] args)\n"
            "or a JavaFX application class must extend javafx.application.Application\n",
            class_java_name(c, name, sizeof name));
    return 1;
  }
  Object *args = array_new(t, class_array_of(t, vm->c_string), argc);
  for (int i = 0; args && i < argc; i++) {
    Object *s = jstr_from_utf8(t, argv[i]);
    if (!s) break;
    ARRAY_DATA(args, Object *)[i] = s;
  }
  if (!t->exception && class_init(t, c)) {
    Slot a[1] = {{.r = args}};
    interp_call(t, m, a);
  }
  if (t->exception) {
    excep_report_uncaught(t);
    status = 1;
  }
  thr_finish(t, "main");
  vm_flush_streams(t);
  interp_charge(t);
  return status;
}
