/* vm.h — the VM's core structures: objects, classes, methods, frames, threads, nodes.
 *
 * Owns: the layout of every VM structure the modules share. Each module (classfile, heap,
 * loader, interp, excep, natives, jstring, indy, vm) adds its functions under its prefix.
 * Never: includes a backend implementation; a node dereferences only objects of its heap
 * (checked by DJ_ASSERT_LOCAL in debug builds).
 */
#ifndef DJ_VM_H
#define DJ_VM_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "classfile.h"

#define likely(x)   __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

typedef struct Object Object;
typedef struct Class Class;
typedef struct Method Method;
typedef struct Field Field;
typedef struct JThread JThread;
typedef struct Node Node;
typedef struct Frame Frame;

/* One slot of a frame's locals or operand stack. long and double take two slots, the value
 * in the first, so that javac's local indices and max_stack are used as they are. */
typedef union Slot {
  int32_t i;
  int64_t l;
  float f;
  double d;
  Object *r;
  uintptr_t u;
} Slot;

/* ---- Objects ----------------------------------------------------------------------------
 *
 *   Object header (16 bytes), then the fields or the array:
 *   +----------------+---------------------------+-----------------+
 *   | Class *cls (8) | hdr (4)                   | ext (4)         |
 *   +----------------+---------------------------+-----------------+
 *   hdr:  bits 0-2  mode (OBJ_LOCAL = 0; any other value diverts to the distributed protocol)
 *         bit  3    statics object of class cls (not an instance)
 *         bits 4-7  collector bits
 *         bits 8-31 identity hash (0 = not yet assigned)
 *   ext:  0, or the index of the object's side record (monitor, distribution state) in its
 *         node's table — allocated only when the object is first locked or leaves its node.
 *   Arrays add int32 length and 4 bytes of padding, so elements start 8-aligned at 24.
 */
struct Object {
  Class *cls;
  uint32_t hdr;
  uint32_t ext;
};

typedef struct ArrayObject {
  Object h;
  int32_t length;
  int32_t pad_;
} ArrayObject;

enum {
  OBJ_MODE_MASK = 0x7,
  OBJ_LOCAL = 0,
  OBJ_STATICS = 0x8,
  OBJ_GC_MASK = 0xf0,
  OBJ_HASH_SHIFT = 8,
};

#define ARRAY_DATA(a, type)     ((type *)((char *)(a) + sizeof(ArrayObject)))
#define ARRAY_LEN(a)            (((ArrayObject *)(a))->length)
#define FIELD_PTR(o, off, type) ((type *)((char *)(o) + (off)))

/* Side record of an object: its monitor and, later, its distribution state. */
typedef struct Monitor {
  uint32_t owner;                 /* logical thread id, 0 = free */
  uint32_t count;                 /* re-entrancy depth */
  void *entry_q;                  /* BkWaitQueue of threads waiting to enter, FIFO */
  JThread *wait_head, *wait_tail; /* threads in Object.wait, FIFO (each parks on its own) */
} Monitor;

typedef struct ObjExt {
  Object *obj;
  Monitor mon;
  void *dist; /* distribution state; NULL while the object never left its node */
} ObjExt;

/* ---- Classes ------------------------------------------------------------------------------ */

enum { REF_NONE, REF_WEAK, REF_SOFT, REF_PHANTOM };

typedef enum { CLS_LOADED, CLS_LINKED, CLS_INITIALIZING, CLS_INITIALIZED, CLS_ERROR } ClassState;
typedef enum { KIND_INSTANCE, KIND_ARRAY, KIND_PRIMITIVE } ClassKind;

struct Field {
  Class *owner;
  const char *name, *desc;
  uint16_t access;
  char type;       /* first char of desc; '[' arrays count as 'L' for storage */
  uint32_t offset; /* byte offset in the instance, or in the class's statics object */
  uint16_t constant_value;
};

typedef void (*NativeFn)(JThread *t, Slot *args, Slot *ret);

struct Method {
  Class *owner;
  const char *name, *desc;
  uint16_t access;
  uint16_t max_stack, max_locals;
  uint16_t arg_slots;   /* including `this` */
  char ret_type;        /* 'V', 'I', 'J', 'F', 'D', 'L' (refs and arrays), 'Z', 'B', 'C', 'S' */
  uint16_t index;       /* in owner->methods */
  bool dist_rpc;        /* a policy made it RPC on some node: invocations ask dist_ships */
  int32_t vtable_index; /* -1 if not virtual */
  int32_t itable_index; /* position among an interface's methods, -1 otherwise */
  uint8_t *code;        /* private copy, quickened in place */
  uint32_t code_len;
  uint16_t exc_count;
  CfExceptionEntry *exc;
  uint16_t line_count;
  CfLineNumber *lines;
  NativeFn native; /* resolved on first call */
};

/* A class's interface table: for each interface it implements, the methods that implement
 * that interface's methods, in the interface's itable order. */
typedef struct ITable {
  Class *iface;
  Method **methods;
} ITable;

/* What a constant-pool entry resolved to; parallel to the class file's constant pool. */
typedef union Resolved {
  Class *cls;
  Field *field;
  Method *method;
  Object **strs; /* per-node interned String of a CF_STRING entry */
  void *p;
} Resolved;

struct Class {
  const char *name; /* internal form: "java/lang/String", "[I", "int" for primitives */
  ClassFile *cf;    /* NULL for arrays and primitives */
  Class *super;
  uint16_t interface_count;
  Class **interfaces;
  uint16_t access;
  uint8_t state;     /* ClassState */
  uint8_t kind;      /* ClassKind */
  char prim;         /* primitives: their descriptor char; arrays: the element's ('L' for refs) */
  uint8_t elem_size; /* arrays: bytes per element */
  bool boot;         /* loaded from the class library (bootstrap loader) */
  bool is_throwable;
  bool load_failed;  /* defining it failed: every later load is NoClassDefFoundError */
  bool pinned;       /* an I/O class: its objects never leave node 0 and calls on them ship */
  uint32_t file_len; /* bytes of its class file (what a node fetching it pays for) */
  uint8_t ref_kind;  /* java.lang.ref: REF_WEAK, REF_SOFT, REF_PHANTOM, or 0 */
  Class *elem;       /* arrays: component class */
  Class *array;      /* the array class of this class, once made */
  uint32_t id;       /* class id, unified cluster-wide */
  uint32_t instance_size;
  uint16_t field_count;
  Field *fields;
  uint16_t method_count;
  Method *methods;
  uint32_t vtable_len;
  Method **vtable;
  uint32_t itable_count;
  ITable *itables;
  uint32_t imethod_count; /* interfaces: methods in itable order */
  Method **imethods;
  uint32_t ref_count; /* byte offsets of the reference fields of an instance (for the GC) */
  uint32_t *ref_offsets;
  uint32_t statics_size;
  Object *statics; /* statics object, on the class's master node */
  uint32_t static_ref_count;
  uint32_t *static_ref_offsets;
  Resolved *rcp;
  Object **mirrors;     /* java.lang.Class object, per node */
  uint32_t init_thread; /* logical id of the thread running <clinit> */
  Object *init_error;   /* the exception <clinit> threw, for NoClassDefFoundError */
  Class *host;          /* generated classes (lambdas, concat): the class they serve */
  Class *next_in_bucket;
};

/* ---- Frames and threads --------------------------------------------------------------------
 *
 *   A thread's Java stack is one array of slots; a frame is its locals, then this record,
 *   then its operand stack. A call turns the caller's arguments into the callee's first
 *   locals, so arguments are never copied:
 *     ... | locals (max_locals) | Frame | operand stack (max_stack) | next frame's locals ...
 */
enum {
  FRAME_ENTRY = 1,  /* entered from C: returning from it leaves the interpreter loop */
  FRAME_CLINIT = 2, /* running <clinit> of init_class */
};

struct Frame {
  Method *m;
  uint8_t *pc; /* saved when this frame calls */
  Slot *sp;    /* saved operand stack pointer */
  Slot *locals;
  Frame *prev;
  Object *sync; /* monitor taken by a synchronized method, or NULL */
  Class *init_class;
  uint32_t flags;
};

struct JThread {
  Node *node;
  int node_id;
  uint32_t logical_id; /* owns monitors; the same on every node the thread visits */
  Slot *stack, *stack_end;
  Frame *frame;       /* top frame, or NULL */
  Object *exception;  /* pending exception */
  Object *jthread;    /* the java.lang.Thread object */
  Slot ret;           /* result of the last call from C */
  uint64_t bytecodes; /* executed, not yet charged to the CPU */
  uint64_t quantum;   /* bytecodes between forced charges */
  bool in_overflow;   /* building a StackOverflowError */
  /* For the collector: this thread's C stack (conservatively scanned) runs from cstack_low,
   * recorded with the registers at its last blocking point, up to cstack_base. */
  void *cstack_base, *cstack_low;
  jmp_buf regs;
  /* Blocking. Each thread parks on its own queue (sleep, wait, join), so notify and
   * interrupt wake exactly the thread they mean. */
  void *park;         /* BkWaitQueue */
  JThread *wait_next; /* in a monitor's wait set */
  bool in_wait_set;
  Object *blocked_on; /* monitor it waits to enter, for thread dumps */
  Object *waiting_on; /* object it waits on (Object.wait), for thread dumps */
  bool sleeping, daemon, terminated;
  char start_name[32]; /* its name when it started, for reports when its Thread object is away */
  bool permit, parked, park_timed, park_permit; /* park_permit: in LockSupport.park */
  uint64_t wake_seq;                            /* wakes (notify, interrupt) given so far */
  /* The distributed object model (dist.c). */
  int remote_node;       /* node serving this thread's current remote request, or -1 */
  double remote_wait;    /* simulated seconds spent waiting for remote requests */
  uint64_t remote_ops;   /* remote requests made */
  double began;          /* simulated time the thread started */
  bool service, serving; /* a node's request server (daemon), and whether it is busy */
  uint32_t service_id;   /* a service thread's own logical id (it takes its caller's) */
  uint64_t serve_seq;    /* order of the requests a node serves, innermost last */
  JThread *pool_next;    /* idle service threads */
  void *accessing;       /* the remote object an access is being made to (dist.c) */
  JThread *next;
};

/* ---- Nodes ----------------------------------------------------------------------------- */

typedef struct Heap Heap;

struct Node {
  int id;
  Heap *heap;
  Object **exported; /* objects other nodes may still reference: roots (DJ proxy counts) */
  uint32_t exported_len, exported_cap;
  ObjExt *ext; /* side records; index 0 unused */
  uint32_t ext_len, ext_cap, ext_free;
  Object **interned; /* open-addressed String intern table */
  uint32_t interned_len, interned_cap;
  uint32_t hash_state; /* identity hash generator state */
  JThread *threads;
};

/* ---- The VM ---------------------------------------------------------------------------- */

/* Where class bytes come from: a directory (handled in core) or a provider (e.g. a jar,
 * handled by the command line, which links the zip library). */
typedef int (*ClassProviderFn)(void *ctx, const char *name, uint8_t **bytes, size_t *len);
typedef struct ClassPathEntry {
  const char *dir;
  ClassProviderFn provider;
  void *ctx;
  bool boot;
} ClassPathEntry;

typedef struct VmOptions {
  uint64_t stack_bytes; /* -Xss */
  uint64_t heap_bytes;  /* -Xmx, per node */
  int nodes;
  const char **props; /* "name=value", NULL-terminated: -D properties */
  bool verbose_gc;
} VmOptions;

typedef struct Vm {
  VmOptions opt;
  ClassPathEntry *cp;
  int cp_count;
  Class **buckets; /* class table by name */
  uint32_t bucket_count, class_count;
  Class **by_id;
  uint32_t by_id_cap;
  Node *nodes;
  int node_count;
  uint32_t next_logical_id;
  JThread **by_logical_id; /* logical thread id -> thread, while it lives */
  uint32_t by_logical_cap;
  int exit_status;
  bool exiting;
  uint32_t generated; /* counter naming generated classes */
  /* Classes and methods the VM itself uses. */
  Class *c_object, *c_string, *c_class, *c_throwable, *c_cloneable, *c_serializable, *c_thread,
      *c_ste, *c_string_builder;
  Class *prim[9]; /* Z B C S I J F D V, see prim_index */
  Class *a_char;
  Field *f_string_value, *f_string_hash, *f_throwable_backtrace, *f_class_vmid;
  Field *f_ref_referent, *f_ref_queue, *f_ref_next, *f_ref_enqueued, *f_queue_head, *f_queue_length;
  Field *f_thread_eetop, *f_thread_state, *f_thread_interrupted, *f_thread_daemon, *f_thread_name;
} Vm;

extern Vm *vm;

/* ---- Module entry points ------------------------------------------------------------------ */

/* vm.c */
int vm_create(const VmOptions *opt, const ClassPathEntry *cp, int cp_count);
void vm_destroy(void);
/* Runs MAIN(args) on the current task as the main thread; returns the exit status. */
int vm_run_main(const char *main_class, int argc, char **argv);
/* A new thread on `node` with logical id `id` (0: a fresh one). */
JThread *vm_thread_new(int node, uint32_t id);
void vm_thread_free(JThread *t);
void vm_fatal(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
/* Flushes System.out and System.err (at exit). */
void vm_flush_streams(JThread *t);

/* heap.c */
typedef struct HeapStats {
  uint64_t collections, freed_objects, freed_bytes;
  uint64_t live_bytes;         /* after the last collection */
  uint64_t allocated_since_gc; /* bytes */
  uint64_t allocated_total;
  double pause_seconds; /* simulated */
} HeapStats;

/* Simulated cost of collection work (flops): per traced object, per byte swept. */
#define GC_FLOPS_PER_OBJECT 40.0
#define GC_FLOPS_PER_BYTE   0.25

Heap *heap_new(int node, uint64_t max_bytes);
/* Collects t's node now (t must have saved its frame: see interp.c SAVE). */
void heap_collect(JThread *t, bool clear_soft);
/* Records t's registers and C stack top before it blocks, for other threads' collections. */
void heap_spill(JThread *t);
/* The export table: an object referenced from another node stays alive until the last
 * remote reference is released (the distributed object model adds and removes). */
void heap_export(JThread *t, Object *o);
void heap_unexport(JThread *t, Object *o);
const HeapStats *heap_stats(const Heap *h);
void heap_free(Heap *h);
Object *heap_alloc(JThread *t, size_t size); /* zeroed; NULL + OutOfMemoryError pending */
int heap_owner(const void *p);               /* node whose heap holds p, or -1 */
uint64_t heap_used(const Heap *h);
uint64_t heap_max(const Heap *h);
uint64_t heap_span(const Heap *h);      /* bytes from the heap's start to its highest use */
ObjExt *obj_ext(JThread *t, Object *o); /* the side record, made on demand */
int32_t obj_identity_hash(JThread *t, Object *o);
Object *obj_new(JThread *t, Class *c); /* class must be initialised */
Object *array_new(JThread *t, Class *array_class, int32_t length);
Object *obj_clone(JThread *t, Object *o);

#ifdef DJ_DEBUG
#define DJ_ASSERT_LOCAL(t, o) heap_assert_local((t), (o))
void heap_assert_local(JThread *t, const Object *o);
#else
#define DJ_ASSERT_LOCAL(t, o) ((void)0)
#endif

/* loader.c */
Class *class_load(JThread *t, const char *name); /* NULL + NoClassDefFoundError pending */
Class *class_lookup(const char *name);           /* already loaded, or NULL */
Class *class_array_of(JThread *t, Class *elem);
Class *class_from_desc(JThread *t, const char *desc, const char **end);
bool class_link(JThread *t, Class *c);
/* Initialises c if needed by running <clinit> (and superclasses') from C. Returns false
 * with an exception pending if initialisation failed. */
bool class_init(JThread *t, Class *c);
bool class_is_subclass(const Class *c, const Class *of);                    /* c assignable to of */
Method *class_find_method(Class *c, const char *name, const char *desc);    /* declared only */
Method *class_resolve_method(Class *c, const char *name, const char *desc); /* supers too */
Method *class_resolve_imethod(Class *c, const char *name, const char *desc);
Field *class_resolve_field(Class *c, const char *name, const char *desc);
Method *class_itable_lookup(Class *c, Class *iface, int itable_index);
Class *class_define(JThread *t, const uint8_t *bytes, size_t len, Class *host);
Object *class_mirror(JThread *t, Class *c);
/* The statics object of c, made in node 0's heap on first need (t must be of node 0);
 * NULL with OutOfMemoryError pending if there is no room. */
Object *class_statics(JThread *t, Class *c);
Class *class_of_mirror(Object *mirror);
const char *class_java_name(const Class *c, char *buf, size_t len); /* "java.lang.String" */
int prim_index(char type);
size_t type_size(char type);

/* interp.c */
/* Calls m with args (arg_slots slots) on t; the result is in t->ret. Returns false with
 * t->exception set if the call threw. */
bool interp_call(JThread *t, Method *m, const Slot *args);
int method_line(const Method *m, uint32_t pc);

/* excep.c */
void excep_throw(JThread *t, Object *e);
/* Throws a new exception of class `name` with a formatted message (NULL fmt: no message). */
void excep_throw_new(JThread *t, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
Object *excep_backtrace_of(JThread *t, Object *throwable);
Object *excep_stack_trace(JThread *t, Object *throwable);
/* Appends t's current frames to the backtrace of a throwable that came from another node,
 * so its stack trace reads as if the remote call had run here. */
void excep_extend_backtrace(JThread *t, Object *throwable);
/* Prints an uncaught exception as HotSpot does (through Java) and clears it. */
void excep_report_uncaught(JThread *t);

/* jstring.c */
Object *jstr_new(JThread *t, const uint16_t *chars, int32_t len);
Object *jstr_from_utf8(JThread *t, const char *s); /* modified UTF-8 or ASCII */
Object *jstr_intern(JThread *t, Object *s);
Object *jstr_intern_utf8(JThread *t, const char *s);
/* The interned string with the same characters as s, or NULL (nothing is created). */
Object *jstr_find_interned(JThread *t, Object *s);
/* The string as modified UTF-8 in a malloc'd buffer. */
char *jstr_to_utf8(JThread *t, Object *s);
int32_t jstr_length(Object *s);
const uint16_t *jstr_chars(Object *s);

/* natives.c */
NativeFn natives_find(const Method *m);

/* indy.c */
/* Links an invokedynamic call site: returns the static method that implements it. */
Method *indy_link(JThread *t, Class *c, uint16_t cp_index);

#endif
