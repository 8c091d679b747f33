/* dist.c — the distributed object model (see dist.h for the life of an object).
 *
 * Every cross-node operation is one request and one reply (or one one-way message) of
 * proto.h. A request names its object by global id; the node that receives it looks the id
 * up in its own table, and answers RS_MOVED with a better address if the object left: the
 * requester retries there, and every such hop is counted as a forward. Values travel by
 * type: primitives as their bytes, references as global ids with their class (a proxy is
 * made on arrival), strings and boxes by value with their identity (gid) kept, class
 * objects by class id, interned strings by their characters (re-interned on arrival).
 *
 * Requests are served on the owner by handler tasks, each running as a service thread of
 * that node: it takes the caller's logical thread id, so monitors taken on behalf of a
 * thread are that thread's wherever it runs (cJVM's distributed stacks).
 */
#include "dist.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "backend.h"
#include "gidmap.h"
#include "interp.h"
#include "loader.h"
#include "monitor.h"
#include "opcodes.h"
#include "policy.h"
#include "proto.h"
#include "thread.h"

/* Distribution state of an object (its side record's `dist`). */
enum { R_MASTER, R_PROXY, R_REPLICA, R_VALUE };

typedef struct DistObj {
  uint64_t gid;
  uint8_t role;
  bool exported;         /* master: in the export table (a root) */
  bool was_master;       /* it moved away from here: keep forwarding when the proxy dies */
  bool fresh;            /* pulled here for an access not made yet: it stays until it is made */
  uint16_t owner;        /* where the master is (believed to be, for proxies) */
  uint32_t received;     /* proxies: references received since the last release */
  uint32_t *sent;        /* masters: references sent to each node, not yet released */
  uint64_t replicas;     /* masters: nodes holding a replica (until their INVALIDATE is answered) */
  uint64_t invalidating; /* masters: replicas whose INVALIDATE is on its way (a write waits) */
  bool stale;            /* a CACHE on its way here: an INVALIDATE overtook its state */
  PolicyObj pol;         /* the object policy's per-object record */
} DistObj;

#define GID(node, serial) ((uint64_t)(node) << 48 | (serial))
#define GID_HOME(g)       ((int)((g) >> 48))
/* Statics objects have fixed ids on node 0, so any node can name them without asking. */
#define STATICS_SERIAL 0x800000000000ull

enum { TAG_NULL, TAG_REF, TAG_STRING, TAG_BOX, TAG_INTERNED, TAG_MIRROR, TAG_SELF, TAG_LONGS };

typedef struct Release {
  uint64_t gid;
  uint32_t count;
  uint16_t owner;
} Release;

/* A method a policy made RPC on a node: its invocations run at the owner of argument slot
 * `slot` when that object is remote. */
typedef struct RpcRule {
  const Method *m;
  int slot;
} RpcRule;

typedef struct DNode {
  GidMap ids; /* gid -> object (weak: the collectors remove dead ones) */
  uint64_t next_serial;
  Release *rel;
  uint32_t rel_len, rel_cap;
  JThread *pool;        /* idle service threads */
  BkWaitQueue *arrival; /* threads waiting for an object in OBJ_MOVING */
  Object **statics;     /* by class id: the statics proxies of this node */
  uint32_t statics_cap;
  uint8_t *loaded; /* by class id: this node has the class's bytes */
  uint32_t loaded_cap;
  GidMap forward; /* gid -> node, for objects that moved away and whose proxy died here */
  uint64_t serve_seq;
  double *lat_sum; /* by destination: this node's request latencies (the policies' figure) */
  uint32_t *lat_n;
  int32_t *runnable_seen; /* by node: runnable threads it reported in a START reply, or -1 */
  RpcRule *rpc;           /* methods the policy made RPC on this node */
  uint32_t inflight;      /* MOVEs of this node waiting for their reply */
  uint32_t rpc_len, rpc_cap;
  uint64_t stale;    /* CACHE states dropped on arrival here: an INVALIDATE overtook them */
  uint64_t released; /* masters here that RELEASEs took out of the export table */
  uint64_t freed;    /* masters here (objects with a global id) that the collector freed */
} DNode;

/* Every instance field of a class, supers first: the order states travel in. */
typedef struct Layout {
  uint32_t n;
  Field *f[];
} Layout;

/* What happened to the objects of one class (a figure of the run, by class). */
typedef struct ClassFig {
  uint64_t migrations, replicas, invalidated, reads, writes, invokes;
} ClassFig;

typedef struct ThreadFig {
  uint32_t id;
  int node;
  char name[64];
  double run_s, remote_wait_s;
  uint64_t remote_ops;
} ThreadFig;

static struct {
  bool on;
  bool trace; /* DJSIM_TRACE_DIST: one line per request on stderr */
  int nodes;
  DNode *dn;
  uint64_t count[MSG_COUNT], bytes[MSG_COUNT];
  double *lat;
  size_t lat_len, lat_cap;
  uint64_t migrations, forwards, replicas_made, replicas_invalidated, class_bytes, refused;
  ThreadFig *threads;
  size_t thread_len, thread_cap;
  Layout **layouts;
  uint32_t layout_cap;
  ClassFig *cls; /* by class id */
  uint32_t cls_cap;
  uint64_t pushes;
} D;

static void handle(int self, int src, const void *bytes, size_t len, BkReplyToken *tok);

/* ---- Set-up ------------------------------------------------------------------------------ */

void dist_init(void) {
  D.nodes = vm->node_count;
  D.on = D.nodes > 1;
  D.trace = getenv("DJSIM_TRACE_DIST") != NULL;
  D.dn = calloc((size_t)D.nodes, sizeof *D.dn);
  for (int i = 0; i < D.nodes; i++) {
    DNode *n = &D.dn[i];
    n->next_serial = 1;
    n->lat_sum = calloc((size_t)D.nodes, sizeof *n->lat_sum);
    n->lat_n = calloc((size_t)D.nodes, sizeof *n->lat_n);
    n->runnable_seen = malloc((size_t)D.nodes * sizeof *n->runnable_seen);
    for (int k = 0; k < D.nodes; k++) n->runnable_seen[k] = -1;
  }
  bk_set_handler(handle);
  policy_init(D.nodes);
}

bool dist_enabled(void) {
  return D.on;
}

void dist_shutdown(void) {
  for (int i = 0; i < D.nodes; i++) {
    DNode *n = &D.dn[i];
    gidmap_free(&n->ids);
    gidmap_free(&n->forward);
    free(n->rel);
    free(n->statics);
    free(n->loaded);
    free(n->lat_sum);
    free(n->lat_n);
    free(n->runnable_seen);
    free(n->rpc);
    if (n->arrival) bk_wq_free(n->arrival);
  }
  for (uint32_t i = 0; i < D.layout_cap; i++) free(D.layouts[i]);
  free(D.layouts);
  free(D.dn);
  free(D.lat);
  free(D.threads);
  free(D.cls);
  policy_shutdown();
  memset(&D, 0, sizeof D);
}

/* ---- The id table ------------------------------------------------------------------------ */

static Object *table_get(DNode *n, uint64_t gid) {
  uint64_t v;
  return gidmap_find(&n->ids, gid, &v) ? (Object *)(uintptr_t)v : NULL;
}

static void table_put(DNode *n, uint64_t gid, Object *o) {
  gidmap_put(&n->ids, gid, (uintptr_t)o);
}

static DistObj *dist_of(const Object *o) {
  if (!o->ext) return NULL;
  Node *n = &vm->nodes[heap_owner(o)];
  return n->ext[o->ext].dist;
}

static DistObj *attach(JThread *t, Object *o, uint64_t gid, uint8_t role, int owner) {
  DistObj *d = calloc(1, sizeof *d);
  d->gid = gid;
  d->role = role;
  d->owner = (uint16_t)owner;
  obj_ext(t, o)->dist = d;
  table_put(&D.dn[t->node_id], gid, o);
  return d;
}

static void detach_free(DistObj *d) {
  free(d->sent);
  free(d);
}

/* The policy's record of o; objects without distribution state here (the statics and class
 * objects node 0 serves under their fixed ids) share one scratch record. */
static PolicyObj *pol_of(const Object *o) {
  static PolicyObj scratch;
  DistObj *d = dist_of(o);
  return d ? &d->pol : &scratch;
}

bool dist_is_proxy(const Object *o) {
  return (o->hdr & OBJ_MODE_MASK) == OBJ_PROXY;
}

static int mode_of(const Object *o) {
  return (int)(o->hdr & OBJ_MODE_MASK);
}

static void set_mode(Object *o, int mode) {
  o->hdr = (o->hdr & ~(uint32_t)OBJ_MODE_MASK) | (uint32_t)mode;
}

/* ---- Class layouts: every instance field's offset and type, supers first ----------------- */

static Layout *layout_of(Class *c) {
  if (c->id >= D.layout_cap) {
    uint32_t cap = D.layout_cap ? D.layout_cap : 256;
    while (cap <= c->id) cap *= 2;
    D.layouts = realloc(D.layouts, cap * sizeof *D.layouts);
    memset(D.layouts + D.layout_cap, 0, (cap - D.layout_cap) * sizeof *D.layouts);
    D.layout_cap = cap;
  }
  if (D.layouts[c->id]) return D.layouts[c->id];
  uint32_t n = 0;
  for (Class *k = c; k; k = k->super)
    for (int i = 0; i < k->field_count; i++)
      if (!(k->fields[i].access & ACC_STATIC)) n++;
  Layout *l = calloc(1, sizeof *l + n * sizeof l->f[0]);
  for (Class *k = c; k; k = k->super)
    for (int i = 0; i < k->field_count; i++)
      if (!(k->fields[i].access & ACC_STATIC)) l->f[l->n++] = &k->fields[i];
  D.layouts[c->id] = l;
  return l;
}

static bool is_box(const Class *c) {
  static const char *const boxes[] = {
      "java/lang/Integer",   "java/lang/Long",    "java/lang/Short", "java/lang/Byte",
      "java/lang/Character", "java/lang/Boolean", "java/lang/Float", "java/lang/Double"};
  if (!c->boot || strncmp(c->name, "java/lang/", 10) != 0) return false;
  for (size_t i = 0; i < sizeof boxes / sizeof *boxes; i++)
    if (strcmp(c->name, boxes[i]) == 0) return true;
  return false;
}

/* ---- Figures ------------------------------------------------------------------------------ */

static void account(MsgType type, size_t len) {
  D.count[type]++;
  D.bytes[type] += len;
}

static ClassFig *class_fig(const Class *c) {
  if (c->id >= D.cls_cap) {
    uint32_t cap = D.cls_cap ? D.cls_cap : 256;
    while (cap <= c->id) cap *= 2;
    D.cls = realloc(D.cls, cap * sizeof *D.cls);
    memset(D.cls + D.cls_cap, 0, (cap - D.cls_cap) * sizeof *D.cls);
    D.cls_cap = cap;
  }
  return &D.cls[c->id];
}

static void latency(double s) {
  if (D.lat_len == D.lat_cap) {
    D.lat_cap = D.lat_cap ? D.lat_cap * 2 : 1024;
    D.lat = realloc(D.lat, D.lat_cap * sizeof *D.lat);
  }
  D.lat[D.lat_len++] = s;
}

/* ---- Messages ------------------------------------------------------------------------------ */

typedef struct Reply {
  void *raw;
  Buf b; /* reader over the reply's tail */
  uint8_t status;
} Reply;

static void reply_free(Reply *r) {
  free(r->raw);
  r->raw = NULL;
}

static void protocol_fatal(int node, const char *what, const char *why) {
  vm_fatal("protocol error on node %d: %s: %s", node, what, why);
}

/* Sends a request and waits for its reply. The caller's CPU work so far is charged first
 * and its stack is made visible to the collectors of its node while it waits. */
static void request(JThread *t, int dst, const Msg *m, const Buf *tail, Reply *r) {
  if (D.trace)
    fprintf(stderr, "[dist %.9f] node %d thread %u -> node %d: %s %llx\n", bk_now(), t->node_id,
            t->logical_id, dst, proto_name(m->type), (unsigned long long)m->f[0]);
  Buf out = {0};
  proto_encode(&out, m, tail ? tail->p : NULL, tail ? tail->len : 0);
  account(m->type, out.len);
  interp_charge(t);
  heap_spill(t);
  int was = t->remote_node;
  t->remote_node = dst;
  double t0 = bk_now();
  void *raw;
  size_t len;
  if (bk_call(dst, out.p, out.len, &raw, &len) != 0)
    vm_fatal("node %d: request %s to node %d, which does not exist", t->node_id,
             proto_name(m->type), dst);
  double dt = bk_now() - t0;
  t->remote_node = was;
  t->remote_wait += dt;
  t->remote_ops++;
  latency(dt);
  D.dn[t->node_id].lat_sum[dst] += dt;
  D.dn[t->node_id].lat_n[dst]++;
  buf_free(&out);
  Msg rm;
  char err[160];
  if (proto_decode(raw, len, &rm, err, sizeof err) != 0 || rm.type != MSG_REPLY)
    protocol_fatal(t->node_id, "bad reply", rm.type != MSG_REPLY ? "not a REPLY" : err);
  r->raw = raw;
  r->status = (uint8_t)rm.f[0];
  r->b = buf_reader(rm.tail, rm.tail_len);
}

static void send_oneway(JThread *t, int dst, const Msg *m, const Buf *tail) {
  Buf out = {0};
  proto_encode(&out, m, tail ? tail->p : NULL, tail ? tail->len : 0);
  account(m->type, out.len);
  interp_charge(t);
  heap_spill(t);
  bk_send(dst, out.p, out.len);
  buf_free(&out);
}

static void reply(BkReplyToken *tok, uint8_t status, const Buf *tail) {
  Msg m = {.type = MSG_REPLY, .f = {status}};
  Buf out = {0};
  proto_encode(&out, &m, tail ? tail->p : NULL, tail ? tail->len : 0);
  account(MSG_REPLY, out.len);
  bk_reply(tok, out.p, out.len);
  buf_free(&out);
}

/* ---- Values on the wire --------------------------------------------------------------------- */

static bool put_ref(JThread *t, Buf *b, Object *o, int dst);
static Object *get_ref(JThread *t, Buf *b, int src, Object *self);
static void put_exception(JThread *t, Buf *b, Object *e, int dst);
static bool rethrow(JThread *t, Reply *r);

static DistObj *ensure_master(JThread *t, Object *o) {
  DistObj *d = dist_of(o);
  if (d) return d;
  DNode *n = &D.dn[t->node_id];
  return attach(t, o, GID(t->node_id, n->next_serial++), R_MASTER, t->node_id);
}

/* An immutable object's id: its copies on other nodes keep its identity. */
static uint64_t value_gid(JThread *t, Object *o) {
  DistObj *d = dist_of(o);
  if (!d) d = attach(t, o, GID(t->node_id, D.dn[t->node_id].next_serial++), R_VALUE, t->node_id);
  return d->gid;
}

static bool is_interned(JThread *t, Object *s) {
  return jstr_find_interned(t, s) == s;
}

static void put_chars(Buf *b, Object *s) {
  int32_t len = jstr_length(s);
  buf_u32(b, (uint32_t)len);
  buf_bytes(b, jstr_chars(s), (size_t)len * 2);
}

/* Tells o's owner that dst is about to receive a reference to it (a third-party transfer).
 * One-way, so encoding never waits for another node (a handler encoding a moving object
 * must not). It is safe: this node still holds its own counted proxy, and its later RELEASE
 * travels the same way, so the owner counts dst before this node can let go. */
static void add_ref(JThread *t, Object *o, int dst) {
  DistObj *d = dist_of(o);
  Msg m = {.type = MSG_ADDREF, .f = {d->gid, (uint64_t)dst}};
  send_oneway(t, d->owner, &m, NULL);
}

static bool put_ref(JThread *t, Buf *b, Object *o, int dst) {
  if (!o) {
    buf_u8(b, TAG_NULL);
    return true;
  }
  Class *c = o->cls;
  if (c == vm->c_class) {
    buf_u8(b, TAG_MIRROR);
    buf_u32(b, class_of_mirror(o)->id);
    return true;
  }
  if (c == vm->c_string) {
    if (is_interned(t, o)) {
      buf_u8(b, TAG_INTERNED);
      put_chars(b, o);
      return true;
    }
    buf_u8(b, TAG_STRING);
    buf_u64(b, value_gid(t, o));
    buf_u32(b, (uint32_t)obj_identity_hash(t, o));
    put_chars(b, o);
    return true;
  }
  if (is_box(c)) {
    buf_u8(b, TAG_BOX);
    buf_u64(b, value_gid(t, o));
    buf_u32(b, c->id);
    buf_u32(b, (uint32_t)obj_identity_hash(t, o));
    Layout *l = layout_of(c);
    for (uint32_t i = 0; i < l->n; i++)
      buf_bytes(b, (char *)o + l->f[i]->offset, type_size(l->f[i]->type));
    return true;
  }
  int mode = mode_of(o);
  DistObj *d;
  int owner;
  if (mode == OBJ_LOCAL || mode == OBJ_SHARED) {
    d = ensure_master(t, o);
    owner = t->node_id;
    if (dst != t->node_id) {
      if (!d->sent) d->sent = calloc((size_t)D.nodes, sizeof *d->sent);
      d->sent[dst]++;
      if (!d->exported) {
        heap_export(t, o);
        d->exported = true;
      }
    }
  } else {
    d = dist_of(o);
    if (dst != d->owner) add_ref(t, o, dst);
    d = dist_of(o);
    owner = d->owner;
  }
  buf_u8(b, TAG_REF);
  buf_u64(b, d->gid);
  buf_u32(b, c->id);
  buf_u32(b, (uint32_t)obj_identity_hash(t, o));
  buf_u16(b, (uint16_t)owner);
  if (c->kind == KIND_ARRAY) buf_u32(b, (uint32_t)ARRAY_LEN(o));
  return true;
}

/* The first time a node meets a class, it fetches the class file from the master node. */
static void need_class(JThread *t, Class *c) {
  if (t->node_id == 0 || !D.on) return;
  while (c->kind == KIND_ARRAY) c = c->elem;
  if (c->kind == KIND_PRIMITIVE) return;
  DNode *n = &D.dn[t->node_id];
  if (c->id >= n->loaded_cap) {
    uint32_t cap = n->loaded_cap ? n->loaded_cap : 256;
    while (cap <= c->id) cap *= 2;
    n->loaded = realloc(n->loaded, cap);
    memset(n->loaded + n->loaded_cap, 0, cap - n->loaded_cap);
    n->loaded_cap = cap;
  }
  if (n->loaded[c->id]) return;
  n->loaded[c->id] = 1;
  if (c->super) need_class(t, c->super);
  Msg m = {.type = MSG_CLASS, .f = {c->id}};
  Reply r;
  request(t, 0, &m, NULL, &r);
  D.class_bytes += r.b.len;
  reply_free(&r);
}

static Object *new_chars_string(JThread *t, Buf *b) {
  uint32_t len = buf_get_u32(b);
  const uint8_t *p = buf_get_bytes(b, (size_t)len * 2);
  if (!p) return NULL;
  uint16_t *chars = malloc((size_t)len * 2 + 2);
  memcpy(chars, p, (size_t)len * 2);
  Object *s = jstr_new(t, chars, (int32_t)len);
  free(chars);
  return s;
}

static Class *class_by_id(JThread *t, uint32_t id, Buf *b) {
  if (id == 0 || id > vm->class_count) {
    b->bad = true;
    b->why = "unknown class id";
    return NULL;
  }
  Class *c = vm->by_id[id];
  need_class(t, c);
  return c;
}

/* A proxy: an object of the right class and size whose fields are not used here. */
static Object *new_proxy(JThread *t, Class *c, uint64_t gid, uint32_t hash, int owner,
                         int32_t len) {
  size_t size =
      c->kind == KIND_ARRAY ? sizeof(ArrayObject) + (size_t)len * c->elem_size : c->instance_size;
  Object *o = heap_alloc(t, size);
  if (!o) return NULL;
  o->cls = c;
  o->hdr = OBJ_PROXY | hash << OBJ_HASH_SHIFT;
  if (c->kind == KIND_ARRAY) ((ArrayObject *)o)->length = len;
  DistObj *d = attach(t, o, gid, R_PROXY, owner);
  d->received = 1;
  return o;
}

static Object *get_ref(JThread *t, Buf *b, int src, Object *self) {
  (void)src;
  DNode *n = &D.dn[t->node_id];
  uint8_t tag = buf_get_u8(b);
  switch (tag) {
  case TAG_NULL: return NULL;
  case TAG_SELF: return self;
  case TAG_MIRROR: {
    Class *c = class_by_id(t, buf_get_u32(b), b);
    return c ? class_mirror(t, c) : NULL;
  }
  case TAG_INTERNED: {
    Object *s = new_chars_string(t, b);
    return s ? jstr_intern(t, s) : NULL;
  }
  case TAG_STRING: {
    uint64_t gid = buf_get_u64(b);
    uint32_t hash = buf_get_u32(b);
    Object *o = table_get(n, gid);
    if (o) {
      uint32_t len = buf_get_u32(b);
      buf_get_bytes(b, (size_t)len * 2);
      return o;
    }
    o = new_chars_string(t, b);
    if (!o) return NULL;
    o->hdr |= hash << OBJ_HASH_SHIFT;
    attach(t, o, gid, R_VALUE, GID_HOME(gid));
    return o;
  }
  case TAG_BOX: {
    uint64_t gid = buf_get_u64(b);
    Class *c = class_by_id(t, buf_get_u32(b), b);
    uint32_t hash = buf_get_u32(b);
    if (!c) return NULL;
    Layout *l = layout_of(c);
    Object *o = table_get(n, gid);
    bool fresh = !o;
    if (fresh) {
      o = heap_alloc(t, c->instance_size);
      if (!o) return NULL;
      o->cls = c;
      o->hdr = hash << OBJ_HASH_SHIFT;
    }
    for (uint32_t i = 0; i < l->n; i++) {
      size_t sz = type_size(l->f[i]->type);
      const uint8_t *p = buf_get_bytes(b, sz);
      if (p && fresh) memcpy((char *)o + l->f[i]->offset, p, sz);
    }
    if (fresh) attach(t, o, gid, R_VALUE, GID_HOME(gid));
    return o;
  }
  case TAG_REF: {
    uint64_t gid = buf_get_u64(b);
    uint32_t cid = buf_get_u32(b);
    uint32_t hash = buf_get_u32(b);
    int owner = buf_get_u16(b);
    Class *c = class_by_id(t, cid, b);
    int32_t len = c && c->kind == KIND_ARRAY ? (int32_t)buf_get_u32(b) : 0;
    if (b->bad) return NULL;
    Object *o = table_get(n, gid);
    if (o) {
      DistObj *d = dist_of(o);
      if (d->role != R_MASTER) d->received++;
      return o;
    }
    if (owner == t->node_id)
      protocol_fatal(t->node_id, "a reference to one of its own objects it does not know",
                     "the object was collected while another node held it");
    return new_proxy(t, c, gid, hash, owner, len);
  }
  default:
    b->bad = true;
    b->why = "unknown value tag";
    return NULL;
  }
}

static void put_slot(JThread *t, Buf *b, char type, Slot v, int dst) {
  switch (type) {
  case 'Z':
  case 'B': buf_u8(b, (uint8_t)v.i); break;
  case 'C':
  case 'S': buf_u16(b, (uint16_t)v.i); break;
  case 'I':
  case 'F': buf_u32(b, (uint32_t)v.i); break;
  case 'J':
  case 'D': buf_u64(b, (uint64_t)v.l); break;
  case 'V': break;
  default: put_ref(t, b, v.r, dst);
  }
}

static Slot get_slot(JThread *t, Buf *b, char type, int src) {
  Slot v;
  v.l = 0;
  switch (type) {
  case 'Z': v.i = buf_get_u8(b) & 1; break;
  case 'B': v.i = (int8_t)buf_get_u8(b); break;
  case 'C': v.i = buf_get_u16(b); break;
  case 'S': v.i = (int16_t)buf_get_u16(b); break;
  case 'I':
  case 'F': v.i = (int32_t)buf_get_u32(b); break;
  case 'J':
  case 'D': v.l = (int64_t)buf_get_u64(b); break;
  case 'V': break;
  default: v.r = get_ref(t, b, src, NULL);
  }
  return v;
}

/* A field's value in memory, as a slot, and back. */
static Slot load(const void *p, char type) {
  Slot v;
  v.l = 0;
  switch (type) {
  case 'Z':
  case 'B': v.i = *(const int8_t *)p; break;
  case 'C': v.i = *(const uint16_t *)p; break;
  case 'S': v.i = *(const int16_t *)p; break;
  case 'I':
  case 'F': v.i = *(const int32_t *)p; break;
  case 'J':
  case 'D': v.l = *(const int64_t *)p; break;
  default: v.r = *(Object *const *)p;
  }
  return v;
}

static void store(void *p, char type, Slot v) {
  switch (type) {
  case 'Z': *(int8_t *)p = (int8_t)(v.i & 1); break;
  case 'B': *(int8_t *)p = (int8_t)v.i; break;
  case 'C': *(uint16_t *)p = (uint16_t)v.i; break;
  case 'S': *(int16_t *)p = (int16_t)v.i; break;
  case 'I':
  case 'F': *(int32_t *)p = v.i; break;
  case 'J':
  case 'D': *(int64_t *)p = v.l; break;
  default: *(Object **)p = v.r;
  }
}

/* The whole state of o: its fields (or elements) by type. A throwable's backtrace travels
 * inline, and a reference to o itself as TAG_SELF, so an exception copies cleanly. */
static void put_state(JThread *t, Buf *b, Object *o, int dst) {
  Class *c = o->cls;
  if (c->kind == KIND_ARRAY) {
    int32_t len = ARRAY_LEN(o);
    if (c->prim != 'L') {
      buf_bytes(b, ARRAY_DATA(o, char), (size_t)len * c->elem_size);
      return;
    }
    for (int32_t i = 0; i < len; i++) {
      Object *e = ARRAY_DATA(o, Object *)[i];
      if (e == o)
        buf_u8(b, TAG_SELF);
      else
        put_ref(t, b, e, dst);
    }
    return;
  }
  Layout *l = layout_of(c);
  for (uint32_t i = 0; i < l->n; i++) {
    Field *f = l->f[i];
    Slot v = load((char *)o + f->offset, f->type);
    if (f->type != 'L' && f->type != '[') {
      put_slot(t, b, f->type, v, dst);
    } else if (v.r == o) {
      buf_u8(b, TAG_SELF);
    } else if (f == vm->f_throwable_backtrace && v.r) {
      buf_u8(b, TAG_LONGS);
      buf_u32(b, (uint32_t)ARRAY_LEN(v.r));
      buf_bytes(b, ARRAY_DATA(v.r, int64_t), (size_t)ARRAY_LEN(v.r) * 8);
    } else {
      put_ref(t, b, v.r, dst);
    }
  }
}

static Object *get_longs(JThread *t, Buf *b) {
  uint32_t n = buf_get_u32(b);
  const uint8_t *p = buf_get_bytes(b, (size_t)n * 8);
  if (!p) return NULL;
  Object *a = array_new(t, class_array_of(t, loader_primitive('J')), (int32_t)n);
  if (a) memcpy(ARRAY_DATA(a, int64_t), p, (size_t)n * 8);
  return a;
}

/* Fills o (a local object of the right class and size) with a state made by put_state. */
static bool get_state(JThread *t, Buf *b, Object *o, int src) {
  Class *c = o->cls;
  if (c->kind == KIND_ARRAY) {
    int32_t len = ARRAY_LEN(o);
    if (c->prim != 'L') {
      const uint8_t *p = buf_get_bytes(b, (size_t)len * c->elem_size);
      if (p) memcpy(ARRAY_DATA(o, char), p, (size_t)len * c->elem_size);
      return !b->bad;
    }
    for (int32_t i = 0; i < len && !b->bad && !t->exception; i++)
      ARRAY_DATA(o, Object *)[i] = get_ref(t, b, src, o);
    return !b->bad && !t->exception;
  }
  Layout *l = layout_of(c);
  for (uint32_t i = 0; i < l->n && !b->bad && !t->exception; i++) {
    Field *f = l->f[i];
    Slot v;
    if ((f->type == 'L' || f->type == '[') && b->pos < b->len && b->p[b->pos] == TAG_LONGS) {
      b->pos++;
      v.r = get_longs(t, b);
    } else if (f->type == 'L' || f->type == '[') {
      v.r = get_ref(t, b, src, o);
    } else {
      v = get_slot(t, b, f->type, src);
    }
    store((char *)o + f->offset, f->type, v);
  }
  return !b->bad && !t->exception;
}

/* ---- Exceptions across nodes ------------------------------------------------------------- */

/* An exception travels back by value: a copy of the same class whose backtrace is the
 * remote frames followed by the caller's own, as if the call had run here. */
static void put_exception(JThread *t, Buf *b, Object *e, int dst) {
  buf_u32(b, e->cls->id);
  put_state(t, b, e, dst);
}

static bool rethrow(JThread *t, Reply *r) {
  Class *c = class_by_id(t, buf_get_u32(&r->b), &r->b);
  Object *e = c ? obj_new(t, c) : NULL;
  if (e && get_state(t, &r->b, e, -1)) {
    excep_extend_backtrace(t, e);
    t->exception = e;
  } else if (!t->exception) {
    excep_throw_new(t, "java/lang/InternalError", "corrupt exception from another node: %s",
                    r->b.why ? r->b.why : "?");
  }
  reply_free(r);
  return false;
}

static void reply_exception(JThread *s, BkReplyToken *tok, int dst) {
  Object *e = s->exception;
  s->exception = NULL;
  Buf b = {0};
  put_exception(s, &b, e, dst);
  reply(tok, RS_EXCEPTION, &b);
  buf_free(&b);
}

/* ---- Requests about one object, following it when it moved ------------------------------- */

static void wait_arrival(JThread *t, Object *o) {
  DNode *n = &D.dn[t->node_id];
  if (D.trace)
    fprintf(stderr, "[dist %.9f] node %d thread %u waits for %llx to arrive\n", bk_now(),
            t->node_id, t->logical_id, (unsigned long long)dist_of(o)->gid);
  if (!n->arrival) n->arrival = bk_wq_new();
  while (mode_of(o) == OBJ_MOVING) {
    /* Charging the CPU work may itself wait, and the object may arrive meanwhile: its
     * wake-up would find nobody waiting, so the mode is looked at again just before. */
    interp_charge(t);
    if (mode_of(o) != OBJ_MOVING) break;
    bk_wq_wait(n->arrival, -1);
  }
}

/* Sends m (whose field 0 is filled with o's gid) to o's owner, following RS_MOVED. A node
 * keeps what it heard on the way as its hint of where o is, except o's home node: its
 * record is the authoritative one (set when it gives o away and by LOCATION), and hearsay
 * may be stale. A node whose hint is stale can point back along the way (an object that
 * came along in a MOVE reply is not known to its new owner until the reply is decoded):
 * going back to the home's record breaks such a cycle. */
static void obj_request(JThread *t, Object *o, Msg *m, const Buf *tail, Reply *r) {
  DistObj *d = dist_of(o);
  bool home = GID_HOME(d->gid) == t->node_id;
  int dst = d->owner;
  for (int hops = 0;; hops++) {
    d = dist_of(o);
    m->f[0] = d->gid;
    request(t, dst, m, tail, r);
    if (r->status != RS_MOVED) {
      /* dst had it: a good hint, unless it came here or left here meanwhile. */
      d = dist_of(o);
      if (!home && dst != t->node_id && d->role == R_PROXY && mode_of(o) == OBJ_PROXY)
        d->owner = (uint16_t)dst;
      return;
    }
    d = dist_of(o);
    int where = buf_get_u16(&r->b);
    if (where != t->node_id) {
      dst = where;
    } else {
      /* Pointed back here. For our own MOVE or CACHE (the object is "moving" here because
       * of it) it may have come along with another object meanwhile; for anything else it
       * may be on its way here (another thread's pull): wait for it, then ask this node.
       * Otherwise the pointer is stale: go by this node's own record (where it sent the
       * object, if it did; the home's is authoritative), else ask the home node. */
      if (m->type == MSG_MOVE || m->type == MSG_CACHE) {
        if (d->role == R_MASTER) return;
      } else if (mode_of(o) == OBJ_MOVING) {
        wait_arrival(t, o);
      }
      d = dist_of(o);
      if (d->role == R_MASTER && m->type != MSG_MOVE && m->type != MSG_CACHE)
        dst = t->node_id;
      else
        dst = d->owner != t->node_id ? d->owner : GID_HOME(d->gid);
    }
    reply_free(r);
    D.forwards++;
    if (hops > 64)
      vm_fatal("node %d: object %llx forwarded more than 64 times", t->node_id,
               (unsigned long long)d->gid);
  }
}

/* ---- Migration and replicas ----------------------------------------------------------------
 *
 * An object's master moves as its outgoing state: the counts of references each node holds
 * (the proxy counts travel with it), its move history (the policies' min_interval), then
 * its fields. The node it leaves keeps a proxy that forwards. */

static void put_f64(Buf *b, double v) {
  uint64_t u;
  memcpy(&u, &v, 8);
  buf_u64(b, u);
}

static double get_f64(Buf *b) {
  uint64_t u = buf_get_u64(b);
  double v;
  memcpy(&v, &u, 8);
  return v;
}

static size_t object_bytes(const Object *o);
static bool monitor_busy(JThread *s, Object *o);

/* Whether o, a master here, may leave this node now. */
static bool movable(JThread *s, Object *o) {
  DistObj *d = dist_of(o);
  return !((o->hdr & OBJ_STATICS) || o->cls == vm->c_class || o->cls->pinned ||
           monitor_busy(s, o) || !d || d->replicas || d->role != R_MASTER ||
           (mode_of(o) != OBJ_LOCAL && mode_of(o) != OBJ_MOVING));
}

/* The outgoing state of o (a master here) for dst, its next master. */
static void put_outgoing(JThread *s, Buf *b, Object *o, int dst) {
  DistObj *d = dist_of(o);
  for (int i = 0; i < D.nodes; i++) {
    uint32_t c = d->sent ? d->sent[i] : 0;
    if (i == dst) c = 0;
    if (i == s->node_id) c = 1; /* the proxy this node keeps */
    buf_u32(b, c);
  }
  buf_u32(b, d->pol.moves);
  put_f64(b, d->pol.last_move);
  put_state(s, b, o, dst);
}

/* Zeroes o's fields (or elements): a proxy's are never used, and must hold no references. */
static void clear_fields(Object *o) {
  Class *c = o->cls;
  if (c->kind == KIND_ARRAY)
    memset(ARRAY_DATA(o, char), 0, (size_t)ARRAY_LEN(o) * c->elem_size);
  else
    memset((char *)o + sizeof(Object), 0, c->instance_size - sizeof(Object));
}

/* After put_outgoing: o is here a proxy of its master on dst. */
static void become_proxy(JThread *s, Object *o, int dst) {
  DistObj *d = dist_of(o);
  free(d->sent);
  d->sent = NULL;
  d->role = R_PROXY;
  d->owner = (uint16_t)dst;
  d->received = 1;
  d->was_master = true;
  if (d->exported) {
    heap_unexport(s, o);
    d->exported = false;
  }
  clear_fields(o);
}

/* Makes o (a proxy or moving object here) the master here from an outgoing state sent by
 * `from`; tells o's home node where it is now unless the home knows already. */
static void take_over(JThread *t, Object *o, Buf *b, int from) {
  DistObj *d = dist_of(o);
  if (!d->sent) d->sent = calloc((size_t)D.nodes, sizeof *d->sent);
  for (int i = 0; i < D.nodes; i++) d->sent[i] = buf_get_u32(b);
  d->sent[t->node_id] = 0;
  uint32_t moves = buf_get_u32(b);
  (void)get_f64(b);
  if (!get_state(t, b, o, from)) protocol_fatal(t->node_id, "an object's state", b->why);
  d = dist_of(o);
  d->role = R_MASTER;
  d->owner = (uint16_t)t->node_id;
  d->received = 0;
  d->pol.moves = moves + 1;
  d->pol.last_move = bk_now();
  bool any = false;
  for (int i = 0; i < D.nodes; i++) any |= d->sent[i] != 0;
  if (any && !d->exported) {
    heap_export(t, o);
    d->exported = true;
  }
  D.migrations++;
  class_fig(o->cls)->migrations++;
  set_mode(o, OBJ_LOCAL);
  int home = GID_HOME(d->gid);
  if (home != t->node_id && home != from) {
    Msg loc = {.type = MSG_LOCATION, .f = {d->gid, (uint64_t)t->node_id}};
    send_oneway(t, home, &loc, NULL);
  }
}

static int runnable(Node *n);

static void wake_arrivals(JThread *t) {
  DNode *n = &D.dn[t->node_id];
  if (n->arrival) bk_wq_wake_all(n->arrival);
}

/* Makes o (a proxy here) the master here by pulling its state from its owner, with the
 * objects the owner reaches through `follow` (see pol_move_with). Returns false if the
 * owner refused (its monitor is in use, or it has replicas). */
static bool pull(JThread *t, Object *o, uint8_t why, const PolicyFollow *follow, int nfollow,
                 int depth, int max, uint64_t *moved, int *nmoved) {
  if (mode_of(o) != OBJ_PROXY) return mode_of(o) == OBJ_LOCAL;
  set_mode(o, OBJ_MOVING);
  Buf tail = {0};
  if (nfollow > 0) {
    buf_u16(&tail, (uint16_t)nfollow);
    for (int i = 0; i < nfollow; i++) {
      buf_u32(&tail, follow[i].cls->id);
      buf_u32(&tail, follow[i].field->offset);
    }
  }
  Msg m = {.type = MSG_MOVE,
           .f = {0, why, (uint64_t)(nfollow > 0 ? depth : 0), (uint64_t)(nfollow > 0 ? max : 0)}};
  Reply r;
  DNode *dn = &D.dn[t->node_id];
  dn->inflight++;
  obj_request(t, o, &m, nfollow > 0 ? &tail : NULL, &r);
  buf_free(&tail);
  bool ok = r.status == RS_STATE;
  if (D.trace)
    fprintf(stderr, "[dist %.9f] node %d thread %u: MOVE %llx answered %d\n", bk_now(), t->node_id,
            t->logical_id, (unsigned long long)dist_of(o)->gid, r.status);
  if (ok) {
    int from = dist_of(o)->owner;
    /* The objects that come along: known here (as proxies, made now if need be) and
     * "moving" before any state is decoded, so nothing here takes them for remote. */
    uint32_t k = buf_get_u16(&r.b);
    Object *along[256]; /* on the C stack: the collector sees them while states are decoded */
    if (k > 255) protocol_fatal(t->node_id, "MOVE reply", "more than 255 objects came along");
    for (uint32_t i = 0; i < k && !r.b.bad; i++) {
      uint64_t gid = buf_get_u64(&r.b);
      Class *c = class_by_id(t, buf_get_u32(&r.b), &r.b);
      uint32_t hash = buf_get_u32(&r.b), len = buf_get_u32(&r.b);
      if (r.b.bad) break;
      Object *x = table_get(dn, gid);
      if (!x) x = new_proxy(t, c, gid, hash, from, (int32_t)len);
      if (!x) vm_fatal("node %d: heap exhausted receiving a moved %s", t->node_id, c->name);
      if (dist_of(x)->role == R_MASTER || mode_of(x) == OBJ_REPLICA)
        protocol_fatal(t->node_id, "MOVE reply", "an object came along that is not a proxy here");
      set_mode(x, OBJ_MOVING);
      along[i] = x;
    }
    if (r.b.bad) protocol_fatal(t->node_id, "MOVE reply", r.b.why);
    take_over(t, o, &r.b, from);
    if (moved) moved[(*nmoved)++] = dist_of(o)->gid;
    for (uint32_t i = 0; i < k && !r.b.bad; i++) {
      take_over(t, along[i], &r.b, from);
      if (moved && *nmoved < max) moved[(*nmoved)++] = dist_of(along[i])->gid;
    }
    if (r.b.bad) protocol_fatal(t->node_id, "MOVE reply", r.b.why);
    /* Brought here for an access of this thread: a MOVE that was waiting for it does not
     * take it away before that access is made (else two nodes could pass it back and forth
     * forever, neither using it). */
    if (t->accessing == o) dist_of(o)->fresh = true;
  } else if (r.status == RS_MOVED || dist_of(o)->role == R_MASTER) {
    ok = dist_of(o)->role == R_MASTER; /* it came here along with another object */
    if (!ok) set_mode(o, OBJ_PROXY);
  } else {
    D.refused++;
    set_mode(o, OBJ_PROXY);
  }
  reply_free(&r);
  dn->inflight--;
  wake_arrivals(t);
  return ok;
}

/* Makes o (a proxy here) a replica. A reply travels apart from the owner's requests, so an
 * INVALIDATE of a write that began after the owner sent this state may arrive first; it
 * marks the object stale (serve's MSG_INVALIDATE) and the state is dropped on arrival: the
 * object stays a proxy, and this read goes to the owner. */
static bool replicate(JThread *t, Object *o) {
  if (mode_of(o) != OBJ_PROXY) return mode_of(o) == OBJ_REPLICA;
  Msg m = {.type = MSG_CACHE};
  Reply r;
  set_mode(o, OBJ_MOVING);
  dist_of(o)->stale = false;
  obj_request(t, o, &m, NULL, &r);
  bool ok = r.status == RS_STATE;
  if (ok) {
    if (!get_state(t, &r.b, o, dist_of(o)->owner))
      protocol_fatal(t->node_id, "CACHE state", r.b.why);
    ok = !dist_of(o)->stale;
  }
  if (ok) {
    set_mode(o, OBJ_REPLICA);
    D.replicas_made++;
    class_fig(o->cls)->replicas++;
  } else if (r.status == RS_STATE) {
    clear_fields(o);
    D.dn[t->node_id].stale++;
    set_mode(o, OBJ_PROXY);
  } else if (dist_of(o)->role == R_MASTER) {
    ok = false; /* it came here along with another object: the master is here now */
  } else {
    D.refused++;
    set_mode(o, OBJ_PROXY);
  }
  reply_free(&r);
  wake_arrivals(t);
  return ok;
}

/* Sends the master o (here) to node dst with one PUSH. */
static bool push(JThread *t, Object *o, int dst) {
  if (!movable(t, o) || dst == t->node_id) return false;
  DistObj *d = dist_of(o);
  set_mode(o, OBJ_MOVING);
  Buf b = {0};
  buf_u32(&b, (uint32_t)obj_identity_hash(t, o));
  buf_u32(&b, o->cls->kind == KIND_ARRAY ? (uint32_t)ARRAY_LEN(o) : 0);
  put_outgoing(t, &b, o, dst);
  Msg m = {.type = MSG_PUSH, .f = {d->gid, o->cls->id}};
  become_proxy(t, o, dst);
  /* It stays "moving" here until dst has it, so no request is sent on to dst too early. */
  Reply r;
  request(t, dst, &m, &b, &r);
  buf_free(&b);
  reply_free(&r);
  D.pushes++;
  set_mode(o, OBJ_PROXY);
  wake_arrivals(t);
  return true;
}

/* Before a remote access: the policy may bring the object here first, or issue commands. */
static void consult(JThread *t, Object *o, PolicyAccess kind, const Field *f) {
  if (mode_of(o) != OBJ_PROXY || (o->hdr & OBJ_STATICS) || o->cls->pinned) return;
  DistObj *d = dist_of(o);
  void *was = t->accessing;
  t->accessing = o;
  PolicyAction a = policy_on_remote_access(t, o, &d->pol, kind, f);
  if (mode_of(o) == OBJ_PROXY && a == PA_MOVE)
    pull(t, o, kind, NULL, 0, 0, 0, NULL, NULL);
  else if (mode_of(o) == OBJ_PROXY && a == PA_CACHE && kind == PACC_READ)
    replicate(t, o);
  t->accessing = was;
}

/* The access an object was brought here for is being made. */
static inline void used(Object *o) {
  if (o->ext) {
    DistObj *d = dist_of(o);
    if (d) d->fresh = false;
  }
}

/* ---- Fields and array elements of remote objects ----------------------------------------- */

static bool remote_read(JThread *t, Object *o, uint32_t off, char type, Slot *out) {
  Msg m = {.type = MSG_READ, .f = {0, off, (uint64_t)type}};
  Reply r;
  obj_request(t, o, &m, NULL, &r);
  if (r.status == RS_EXCEPTION) return rethrow(t, &r);
  *out = get_slot(t, &r.b, type, dist_of(o)->owner);
  if (r.b.bad) protocol_fatal(t->node_id, "READ reply", r.b.why);
  reply_free(&r);
  return !t->exception;
}

static bool remote_write(JThread *t, Object *o, uint32_t off, char type, Slot v) {
  Buf b = {0};
  put_slot(t, &b, type, v, dist_of(o)->owner);
  if (t->exception) {
    buf_free(&b);
    return false;
  }
  Msg m = {.type = MSG_WRITE, .f = {0, off, (uint64_t)type}};
  Reply r;
  obj_request(t, o, &m, &b, &r);
  buf_free(&b);
  if (r.status == RS_EXCEPTION) return rethrow(t, &r);
  reply_free(&r);
  return true;
}

/* Elements [i, i+n) of a remote array. */
static bool remote_aread(JThread *t, Object *a, int32_t i, int32_t n, void *buf) {
  Msg m = {.type = MSG_AREAD, .f = {0, (uint64_t)i, (uint64_t)n}};
  Reply r;
  obj_request(t, a, &m, NULL, &r);
  if (r.status == RS_EXCEPTION) return rethrow(t, &r);
  Class *c = a->cls;
  if (c->prim != 'L') {
    const uint8_t *p = buf_get_bytes(&r.b, (size_t)n * c->elem_size);
    if (p) memcpy(buf, p, (size_t)n * c->elem_size);
  } else {
    for (int32_t k = 0; k < n && !r.b.bad; k++)
      ((Object **)buf)[k] = get_ref(t, &r.b, dist_of(a)->owner, NULL);
  }
  if (r.b.bad) protocol_fatal(t->node_id, "AREAD reply", r.b.why);
  reply_free(&r);
  return !t->exception;
}

static bool remote_awrite(JThread *t, Object *a, int32_t i, int32_t n, const void *buf) {
  Buf b = {0};
  Class *c = a->cls;
  if (c->prim != 'L')
    buf_bytes(&b, buf, (size_t)n * c->elem_size);
  else
    for (int32_t k = 0; k < n; k++) put_ref(t, &b, ((Object *const *)buf)[k], dist_of(a)->owner);
  Msg m = {.type = MSG_AWRITE, .f = {0, (uint64_t)i, (uint64_t)n}};
  Reply r;
  obj_request(t, a, &m, &b, &r);
  buf_free(&b);
  if (r.status == RS_EXCEPTION) return rethrow(t, &r);
  reply_free(&r);
  return true;
}

/* A master with replicas is about to change: every replica is dropped first, so no node
 * ever reads a stale copy (write-invalidate, synchronous). A node stays in `replicas` until
 * it has answered its INVALIDATE, and a writer that finds every remaining INVALIDATE already
 * sent by another writer waits for them: so when this returns, no node holds a copy (and
 * meanwhile no CACHE is granted and no MOVE accepted). The object may have moved away while
 * this waited: the caller looks at its mode again. */
static void invalidate(JThread *t, Object *o) {
  DNode *n = &D.dn[t->node_id];
  DistObj *d = dist_of(o);
  while (d->replicas) {
    uint64_t todo = d->replicas & ~d->invalidating;
    if (!todo) {
      if (!n->arrival) n->arrival = bk_wq_new();
      interp_charge(t); /* may wait: the other writers' answers are looked at again after */
      d = dist_of(o);
      if (d->replicas && !(d->replicas & ~d->invalidating)) bk_wq_wait(n->arrival, -1);
      d = dist_of(o);
      continue;
    }
    uint64_t bit = todo & -todo;
    d->invalidating |= bit;
    Msg m = {.type = MSG_INVALIDATE, .f = {d->gid}};
    Reply r;
    request(t, __builtin_ctzll(bit), &m, NULL, &r);
    reply_free(&r);
    D.replicas_invalidated++;
    class_fig(o->cls)->invalidated++;
    d = dist_of(o);
    d->pol.invalidations++;
    d->invalidating &= ~bit;
    d->replicas &= ~bit;
    if (n->arrival) bk_wq_wake_all(n->arrival);
  }
  if (mode_of(o) == OBJ_SHARED) set_mode(o, OBJ_LOCAL);
}

/* ---- The interpreter's divert ----------------------------------------------------------- */

static inline uint16_t u2(const uint8_t *p) {
  return (uint16_t)(p[0] << 8 | p[1]);
}

static char array_type(uint8_t op) {
  switch (op) {
  case OP_iaload:
  case OP_iastore: return 'I';
  case OP_laload:
  case OP_lastore: return 'J';
  case OP_faload:
  case OP_fastore: return 'F';
  case OP_daload:
  case OP_dastore: return 'D';
  case OP_aaload:
  case OP_aastore: return 'L';
  case OP_baload:
  case OP_bastore: return 'B';
  case OP_caload:
  case OP_castore: return 'C';
  default: return 'S';
  }
}

static char field_type(uint8_t op) {
  switch (op) {
  case OP_getfield_j:
  case OP_putfield_j: return 'J';
  case OP_getfield_a:
  case OP_putfield_a: return 'L';
  case OP_getfield_b:
  case OP_putfield_b: return 'B';
  case OP_getfield_c:
  case OP_putfield_c: return 'C';
  case OP_getfield_s:
  case OP_putfield_s: return 'S';
  default: return 'I';
  }
}

static int width(char type) {
  return type == 'J' || type == 'D' ? 2 : 1;
}

/* One field or element access on o, whatever its mode: local when o is (or has become) the
 * master or a replica being read, through the protocol otherwise. An access that waited for
 * another thread's move of o and finds a proxy again (the move was refused) goes to the
 * owner without asking the policy: else two threads of a node whose moves are refused
 * would take turns moving it forever, each waking the other into a new MOVE. */
static bool access_field(JThread *t, Object *o, uint32_t off, char type, bool write, Slot *v,
                         const Field *f) {
  /* The policy is asked once per access: if its move was refused, or another thread's was,
   * the access is made remotely rather than asking again (which could go on for ever). */
  bool consulted = false;
  for (;;) {
    switch (mode_of(o)) {
    case OBJ_SHARED:
      if (write) {
        invalidate(t, o);
        continue;
      }
      /* fall through */
    case OBJ_LOCAL:
    case OBJ_MIRROR:
    local:
      used(o);
      if (write)
        store((char *)o + off, type, *v);
      else
        *v = load((char *)o + off, type);
      return true;
    case OBJ_REPLICA:
      if (!write) goto local;
      policy_note_access(t, o, pol_of(o), PACC_WRITE);
      return remote_write(t, o, off, type, *v);
    case OBJ_MOVING:
      wait_arrival(t, o);
      consulted = true; /* it was moving: this access makes no move of its own */
      continue;
    default:
      if (!consulted) {
        consulted = true;
        consult(t, o, write ? PACC_WRITE : PACC_READ, f);
        if (mode_of(o) != OBJ_PROXY) continue;
      }
      return write ? remote_write(t, o, off, type, *v) : remote_read(t, o, off, type, v);
    }
  }
}

static bool access_array(JThread *t, Object *a, int32_t i, bool write, void *elem) {
  bool consulted = false; /* as in access_field */
  for (;;) {
    switch (mode_of(a)) {
    case OBJ_SHARED:
      if (write) {
        invalidate(t, a);
        continue;
      }
      /* fall through */
    case OBJ_LOCAL:
    case OBJ_MIRROR:
    local : {
      used(a);
      char *p = ARRAY_DATA(a, char) + (size_t)i * a->cls->elem_size;
      if (write)
        memcpy(p, elem, a->cls->elem_size);
      else
        memcpy(elem, p, a->cls->elem_size);
      return true;
    }
    case OBJ_REPLICA:
      if (!write) goto local;
      return remote_awrite(t, a, i, 1, elem);
    case OBJ_MOVING:
      wait_arrival(t, a);
      consulted = true; /* it was moving: this access makes no move of its own */
      continue;
    default:
      if (!consulted) {
        consulted = true;
        consult(t, a, write ? PACC_WRITE : PACC_READ, NULL);
        if (mode_of(a) != OBJ_PROXY) continue;
      }
      return write ? remote_awrite(t, a, i, 1, elem) : remote_aread(t, a, i, 1, elem);
    }
  }
}

int dist_insn(JThread *t, const uint8_t *pc, Slot *sp, Object *o) {
  uint8_t op = *pc;
  switch (op) {
  case OP_getfield_i:
  case OP_getfield_j:
  case OP_getfield_a:
  case OP_getfield_b:
  case OP_getfield_c:
  case OP_getfield_s: {
    char type = field_type(op);
    Slot v;
    if (!access_field(t, o, u2(pc + 1), type, false, &v, NULL)) return DIST_THREW;
    if (type == 'J')
      sp[-1].l = v.l;
    else
      sp[-1] = v;
    return width(type) - 1;
  }
  case OP_putfield_i:
  case OP_putfield_j:
  case OP_putfield_a:
  case OP_putfield_b:
  case OP_putfield_c:
  case OP_putfield_s: {
    char type = field_type(op);
    int n = width(type);
    Slot v = sp[-n];
    if (!access_field(t, o, u2(pc + 1), type, true, &v, NULL)) return DIST_THREW;
    return -(n + 1);
  }
  case OP_getstatic_q:
  case OP_putstatic_q: {
    Field *f = t->frame->m->owner->rcp[u2(pc + 1)].field;
    int n = width(f->type);
    if (op == OP_getstatic_q) {
      Slot v;
      if (!access_field(t, o, f->offset, f->type, false, &v, f)) return DIST_THREW;
      if (n == 2)
        sp[0].l = v.l;
      else
        sp[0] = v;
      return n;
    }
    Slot v = sp[-n];
    if (!access_field(t, o, f->offset, f->type, true, &v, f)) return DIST_THREW;
    return -n;
  }
  case OP_iaload:
  case OP_laload:
  case OP_faload:
  case OP_daload:
  case OP_aaload:
  case OP_baload:
  case OP_caload:
  case OP_saload: {
    char type = array_type(op);
    int32_t i = sp[-1].i;
    union {
      int8_t b;
      uint16_t c;
      int16_t s;
      int32_t i;
      int64_t l;
      Object *r;
    } e = {0};
    if (!access_array(t, o, i, false, &e)) return DIST_THREW;
    Slot v;
    v.l = 0;
    switch (type) {
    case 'B': v.i = e.b; break;
    case 'C': v.i = e.c; break;
    case 'S': v.i = e.s; break;
    case 'J':
    case 'D': v.l = e.l; break;
    case 'L': v.r = e.r; break;
    default: v.i = e.i;
    }
    if (width(type) == 2)
      sp[-2].l = v.l;
    else
      sp[-2] = v;
    return width(type) - 2;
  }
  default: { /* the array stores */
    char type = array_type(op);
    int n = width(type);
    int32_t i = sp[-1 - n].i;
    Slot v = sp[-n];
    union {
      int8_t b;
      uint16_t c;
      int16_t s;
      int32_t i;
      int64_t l;
      Object *r;
    } e = {0};
    switch (type) {
    case 'B': e.b = (int8_t)v.i; break;
    case 'C': e.c = (uint16_t)v.i; break;
    case 'S': e.s = (int16_t)v.i; break;
    case 'J':
    case 'D': e.l = v.l; break;
    case 'L': e.r = v.r; break;
    default: e.i = v.i;
    }
    if (!access_array(t, o, i, true, &e)) return DIST_THREW;
    return -(n + 2);
  }
  }
}

/* ---- Access for C code ---------------------------------------------------------------------- */

bool dist_get(JThread *t, Object *o, const Field *f, Slot *out) {
  if (!(o->hdr & OBJ_MODE_MASK)) {
    *out = load((char *)o + f->offset, f->type);
    return true;
  }
  return access_field(t, o, f->offset, f->type, false, out, f);
}

bool dist_put(JThread *t, Object *o, const Field *f, Slot v) {
  if (!(o->hdr & OBJ_MODE_MASK)) {
    store((char *)o + f->offset, f->type, v);
    return true;
  }
  return access_field(t, o, f->offset, f->type, true, &v, f);
}

bool dist_array_get(JThread *t, Object *a, int32_t i, int32_t n, void *buf) {
  int m = mode_of(a);
  if (m == OBJ_MOVING) {
    wait_arrival(t, a);
    m = mode_of(a);
  }
  if (m == OBJ_LOCAL || m == OBJ_SHARED || m == OBJ_REPLICA) {
    memcpy(buf, ARRAY_DATA(a, char) + (size_t)i * a->cls->elem_size, (size_t)n * a->cls->elem_size);
    return true;
  }
  return remote_aread(t, a, i, n, buf);
}

bool dist_array_put(JThread *t, Object *a, int32_t i, int32_t n, const void *buf) {
  int m;
  while ((m = mode_of(a)) == OBJ_MOVING || m == OBJ_SHARED) {
    if (m == OBJ_MOVING)
      wait_arrival(t, a);
    else
      invalidate(t, a);
  }
  if (m == OBJ_LOCAL) {
    memmove(ARRAY_DATA(a, char) + (size_t)i * a->cls->elem_size, buf,
            (size_t)n * a->cls->elem_size);
    return true;
  }
  return remote_awrite(t, a, i, n, buf);
}

Object *dist_fetch_copy(JThread *t, Object *o) {
  Msg m = {.type = MSG_FETCH};
  Reply r;
  obj_request(t, o, &m, NULL, &r);
  if (r.status == RS_EXCEPTION) {
    rethrow(t, &r);
    return NULL;
  }
  Class *c = o->cls;
  Object *copy = c->kind == KIND_ARRAY ? array_new(t, c, ARRAY_LEN(o)) : obj_new(t, c);
  if (copy && !get_state(t, &r.b, copy, dist_of(o)->owner) && !t->exception)
    protocol_fatal(t->node_id, "FETCH state", r.b.why);
  reply_free(&r);
  return t->exception ? NULL : copy;
}

/* ---- Statics ------------------------------------------------------------------------------ */

Object *dist_statics(JThread *t, Class *c) {
  if (t->node_id == 0) {
    Object *st = class_statics(t, c);
    if (!st) vm_fatal("node 0: no heap left for the statics of %s", c->name);
    return st;
  }
  DNode *n = &D.dn[t->node_id];
  if (c->id >= n->statics_cap) {
    uint32_t cap = n->statics_cap ? n->statics_cap : 256;
    while (cap <= c->id) cap *= 2;
    n->statics = realloc(n->statics, cap * sizeof *n->statics);
    memset(n->statics + n->statics_cap, 0, (cap - n->statics_cap) * sizeof *n->statics);
    n->statics_cap = cap;
  }
  if (n->statics[c->id]) return n->statics[c->id];
  need_class(t, c);
  Object *o = heap_alloc(t, c->statics_size);
  if (!o) vm_fatal("node %d: no heap left for the statics of %s", t->node_id, c->name);
  o->cls = c;
  o->hdr = OBJ_STATICS | OBJ_PROXY;
  attach(t, o, GID(0, STATICS_SERIAL | c->id), R_PROXY, 0);
  n->statics[c->id] = o;
  return o;
}

void dist_roots(Node *node, void (*mark)(void *ctx, Object *o), void *ctx) {
  if (!D.dn) return;
  DNode *n = &D.dn[node->id];
  for (uint32_t i = 0; i < n->statics_cap; i++)
    if (n->statics[i]) mark(ctx, n->statics[i]);
}

/* ---- Method shipping ------------------------------------------------------------------------ */

/* The slot a policy's RPC rule on this node names for m, or -1. */
static int rpc_slot(DNode *n, const Method *m) {
  for (uint32_t i = 0; i < n->rpc_len; i++)
    if (n->rpc[i].m == m) return n->rpc[i].slot;
  return -1;
}

static bool remote_here(const Object *o) {
  int mode = mode_of(o);
  return mode == OBJ_PROXY || mode == OBJ_MOVING;
}

int dist_ships(JThread *t, Method *m, Slot *args) {
  /* Constructors are shipped too: an object a policy placed elsewhere (cJVM's remote
   * `new`) may have its constructor run, and what it allocates made, where it lives. */
  if (m->access & (ACC_NATIVE | ACC_ABSTRACT) || !D.on) return 0;
  if (m->dist_rpc) {
    int slot = rpc_slot(&D.dn[t->node_id], m);
    if (slot >= 0 && args[slot].r && remote_here(args[slot].r)) return slot + 1;
  }
  if (m->access & ACC_STATIC) return 0;
  Object *recv = args[0].r;
  if (!remote_here(recv)) return 0;
  if (recv->cls->pinned) return 1; /* I/O objects run where they live */
  return policy_ships(t, m, recv, pol_of(recv)) ? 1 : 0;
}

/* The type and slot of each argument of m, the receiver first (as 'L'); their number. */
static int arg_list(const Method *m, char type[256], int slot[256]) {
  int n = 0, at = 0;
  if (!(m->access & ACC_STATIC)) {
    type[n] = 'L';
    slot[n++] = at++;
  }
  for (const char *d = m->desc + 1; *d != ')' && n < 256;) {
    char c = *d == '[' ? 'L' : *d;
    while (*d == '[') d++;
    if (*d == 'L') d = strchr(d, ';');
    d++;
    type[n] = c;
    slot[n++] = at;
    at += width(c);
  }
  return n;
}

/* The arguments of m but the one in slot `skip` (it names the object the call runs at). */
static void put_args(JThread *t, Buf *b, Method *m, const Slot *args, int skip, int dst) {
  char type[256];
  int slot[256];
  int n = arg_list(m, type, slot);
  for (int i = 0; i < n; i++)
    if (slot[i] != skip) put_slot(t, b, type[i], args[slot[i]], dst);
}

static void get_args(JThread *t, Buf *b, Method *m, Slot *args, int skip, int src) {
  char type[256];
  int slot[256];
  int n = arg_list(m, type, slot);
  for (int i = 0; i < n && !b->bad; i++)
    if (slot[i] != skip) args[slot[i]] = get_slot(t, b, type[i], src);
}

bool dist_invoke(JThread *t, Method *m, Slot *args, int slot, Slot *ret) {
  Object *target = args[slot].r;
  if (mode_of(target) == OBJ_MOVING) wait_arrival(t, target);
  policy_note_access(t, target, pol_of(target), PACC_INVOKE);
  Buf b = {0};
  int dst = dist_of(target)->owner;
  put_ref(t, &b, t->jthread, dst);
  put_args(t, &b, m, args, slot, dst);
  /* The thread's park permit goes where it now runs (and comes back, if unused, when the
   * call ends: hand_back_permit). */
  Msg msg = {.type = MSG_INVOKE,
             .f = {0, m->owner->id, m->index, t->logical_id, (uint64_t)slot, t->permit}};
  t->permit = false;
  Reply r;
  obj_request(t, target, &msg, &b, &r);
  buf_free(&b);
  if (r.status == RS_EXCEPTION) return rethrow(t, &r);
  char rt = m->ret_type;
  *ret = get_slot(t, &r.b, rt == 'L' ? 'L' : rt, dist_of(target)->owner);
  if (r.b.bad) protocol_fatal(t->node_id, "INVOKE reply", r.b.why);
  reply_free(&r);
  return !t->exception;
}

bool dist_class_init(JThread *t, Class *c) {
  Buf b = {0};
  put_ref(t, &b, t->jthread, 0);
  Msg m = {.type = MSG_CLINIT, .f = {c->id, t->logical_id}};
  Reply r;
  request(t, 0, &m, &b, &r);
  buf_free(&b);
  if (r.status == RS_EXCEPTION) return rethrow(t, &r);
  reply_free(&r);
  return true;
}

/* ---- Monitors ---------------------------------------------------------------------------------
 */

bool dist_monitor_remote(JThread *t, Object *o) {
  int m = mode_of(o);
  if (m == OBJ_MIRROR) return t->node_id != 0;
  return m == OBJ_PROXY || m == OBJ_REPLICA || m == OBJ_MOVING;
}

/* The gid a monitor request names: a mirror's is node 0's mirror of the same class. */
static bool mon_request(JThread *t, Object *o, Msg *m, const Buf *tail, Reply *r) {
  if (mode_of(o) == OBJ_MIRROR) {
    m->f[0] = GID(0, STATICS_SERIAL | (1ull << 46) | class_of_mirror(o)->id);
    request(t, 0, m, tail, r);
  } else {
    if (mode_of(o) == OBJ_MOVING) wait_arrival(t, o);
    if (!dist_monitor_remote(t, o)) return false;
    obj_request(t, o, m, tail, r);
  }
  return true;
}

bool dist_mon_enter(JThread *t, Object *o) {
  t->blocked_on = o;
  Msg m = {.type = MSG_MON_ENTER, .f = {0, t->logical_id}};
  Reply r;
  bool remote = mon_request(t, o, &m, NULL, &r);
  t->blocked_on = NULL;
  if (!remote) return mon_enter(t, o);
  if (r.status == RS_EXCEPTION) return rethrow(t, &r);
  reply_free(&r);
  return true;
}

bool dist_mon_exit(JThread *t, Object *o) {
  Msg m = {.type = MSG_MON_EXIT, .f = {0, t->logical_id}};
  Reply r;
  if (!mon_request(t, o, &m, NULL, &r)) return mon_exit(t, o);
  if (r.status == RS_EXCEPTION) return rethrow(t, &r);
  reply_free(&r);
  return true;
}

bool dist_mon_wait(JThread *t, Object *o, int64_t millis) {
  Buf b = {0};
  put_ref(t, &b, t->jthread, mode_of(o) == OBJ_MIRROR ? 0 : dist_of(o)->owner);
  Msg m = {.type = MSG_WAIT, .f = {0, t->logical_id, (uint64_t)millis}};
  Reply r;
  t->waiting_on = o;
  t->park_timed = millis != 0;
  bool remote = mon_request(t, o, &m, &b, &r);
  t->waiting_on = NULL;
  buf_free(&b);
  if (!remote) return mon_wait(t, o, millis);
  if (r.status == RS_EXCEPTION) return rethrow(t, &r);
  reply_free(&r);
  return true;
}

bool dist_mon_notify(JThread *t, Object *o, bool all) {
  Msg m = {.type = MSG_NOTIFY, .f = {0, t->logical_id, all}};
  Reply r;
  if (!mon_request(t, o, &m, NULL, &r)) return mon_notify(t, o, all);
  if (r.status == RS_EXCEPTION) return rethrow(t, &r);
  reply_free(&r);
  return true;
}

bool dist_mon_holds(JThread *t, Object *o) {
  Msg m = {.type = MSG_HOLDS, .f = {0, t->logical_id}};
  Reply r;
  if (!mon_request(t, o, &m, NULL, &r)) return mon_holds(t, o);
  bool holds = r.status == RS_OK && buf_get_u8(&r.b);
  reply_free(&r);
  return holds;
}

/* ---- Threads -----------------------------------------------------------------------------------
 */

int dist_place_thread(JThread *t, Object *jthread) {
  if (!D.on) return t->node_id;
  int node = policy_place_thread(t, jthread);
  return node >= 0 && node < D.nodes ? node : t->node_id;
}

bool dist_start_thread(JThread *t, Object *jthread, int node, uint32_t id, bool daemon) {
  Buf b = {0};
  put_ref(t, &b, jthread, node);
  Slot name;
  if (dist_get(t, jthread, vm->f_thread_name, &name) && name.r)
    put_chars(&b, name.r);
  else
    buf_u32(&b, 0);
  /* A request, not a one-way message: the thread exists (and keeps the run alive) once
   * start() returns, as in one JVM. */
  Msg m = {.type = MSG_START, .f = {id, daemon}};
  Reply r;
  request(t, node, &m, &b, &r);
  buf_free(&b);
  uint32_t load = buf_get_u32(&r.b);
  if (!r.b.bad) D.dn[t->node_id].runnable_seen[node] = (int32_t)load;
  reply_free(&r);
  return !t->exception;
}

/* The thread of logical id `id` that is running on node n now: the innermost of its home
 * thread and the service threads serving it there. */
static JThread *running_here(Node *n, uint32_t id) {
  JThread *best = NULL;
  for (JThread *x = n->threads; x; x = x->next) {
    if (x->logical_id != id || (x->service && !x->serving)) continue;
    if (!best || (x->service && (!best->service || x->serve_seq > best->serve_seq))) best = x;
  }
  return best;
}

JThread *dist_innermost(JThread *x) {
  for (int hops = 0; x && x->remote_node >= 0 && hops < 4 * D.nodes; hops++) {
    JThread *s = running_here(&vm->nodes[x->remote_node], x->logical_id);
    if (!s || !s->service || s == x) break;
    x = s;
  }
  return x;
}

/* UNPARK's `why`: an interrupt also wakes wait and sleep; a forwarded one was sent on by a
 * node where the thread waits for another; a final one is delivered where it arrives. */
enum { UNPARK_INTERRUPT = 1, UNPARK_FINAL = 2, UNPARK_FORWARDED = 4 };

static void send_unpark(JThread *t, int node, uint32_t id, unsigned why) {
  Msg m = {.type = MSG_UNPARK, .f = {why, id}};
  send_oneway(t, node, &m, NULL);
}

/* A logical thread's permit and wake-ups belong where it runs now: the innermost of the
 * calls it is waiting for. Each node knows only its own part of that chain, so a node where
 * the thread waits for another sends the UNPARK on. If the next node has no call running
 * as the thread (the sender's call is waiting there for plain data, or its call there has
 * ended), the sender was the end of the chain and is told so; a final UNPARK that finds
 * no call goes to the thread's own node. A call that ends with an unused permit hands it
 * back to its caller (hand_back_permit). */
static void unpark_here(JThread *t, int src, uint32_t id, unsigned why) {
  JThread *x = running_here(t->node, id);
  bool forwarded = why & UNPARK_FORWARDED, final = why & UNPARK_FINAL;
  why &= UNPARK_INTERRUPT;
  if (forwarded && (!x || (!x->service && x->remote_node >= 0))) {
    send_unpark(t, src, id, why | UNPARK_FINAL);
    return;
  }
  if (!x) {
    JThread *home = id < vm->by_logical_cap ? vm->by_logical_id[id] : NULL;
    if (final && home && !home->terminated && home->node_id != t->node_id)
      send_unpark(t, home->node_id, id, why | UNPARK_FINAL);
    return;
  }
  if (!final && x->remote_node >= 0) {
    send_unpark(t, x->remote_node, id, why | UNPARK_FORWARDED);
    D.forwards++;
    return;
  }
  thr_unpark(x);
  if (why & UNPARK_INTERRUPT) thr_wake(x);
}

void dist_unpark(JThread *t, int node, uint32_t id, bool interrupt) {
  unsigned why = interrupt ? UNPARK_INTERRUPT : 0;
  if (node == t->node_id)
    unpark_here(t, t->node_id, id, why);
  else
    send_unpark(t, node, id, why);
}

/* A call served for a logical thread ends: a permit it got and did not use goes back to
 * the caller (an UNPARK after the reply: the caller parks at most until it arrives). */
static void hand_back_permit(JThread *s, int src) {
  if (!s->permit || s->logical_id == s->service_id) return;
  s->permit = false;
  send_unpark(s, src, s->logical_id, UNPARK_FINAL); /* to this node too: after this call ends */
}

void dist_thread_begin(JThread *t) {
  t->began = bk_now();
}

void dist_thread_end(JThread *t, const char *name) {
  if (D.thread_len == D.thread_cap) {
    D.thread_cap = D.thread_cap ? D.thread_cap * 2 : 16;
    D.threads = realloc(D.threads, D.thread_cap * sizeof *D.threads);
  }
  ThreadFig *f = &D.threads[D.thread_len++];
  memset(f, 0, sizeof *f);
  f->id = t->logical_id;
  f->node = t->node_id;
  snprintf(f->name, sizeof f->name, "%s", name ? name : "?");
  f->run_s = bk_now() - t->began;
  f->remote_wait_s = t->remote_wait;
  f->remote_ops = t->remote_ops;
}

/* ---- Pinned I/O ------------------------------------------------------------------------------ */

bool dist_io_write(JThread *t, int fd, const void *bytes, int32_t len) {
  Buf b = {0};
  buf_bytes(&b, bytes, (size_t)len);
  Msg m = {.type = MSG_IO_WRITE, .f = {(uint64_t)fd}};
  Reply r;
  request(t, 0, &m, &b, &r);
  buf_free(&b);
  reply_free(&r);
  return true;
}

int32_t dist_io_read(JThread *t, int fd, void *bytes, int32_t max) {
  Msg m = {.type = MSG_IO_READ, .f = {(uint64_t)fd, (uint64_t)max}};
  Reply r;
  request(t, 0, &m, NULL, &r);
  int32_t n = (int32_t)buf_get_u32(&r.b);
  const uint8_t *p = n > 0 ? buf_get_bytes(&r.b, (size_t)n) : NULL;
  if (p) memcpy(bytes, p, (size_t)n);
  reply_free(&r);
  return n;
}

/* ---- The collectors ----------------------------------------------------------------------------
 */

static void forward_put(DNode *n, uint64_t gid, uint16_t node) {
  gidmap_put(&n->forward, gid, node);
}

static int forward_get(DNode *n, uint64_t gid) {
  uint64_t v;
  return gidmap_find(&n->forward, gid, &v) ? (int)v : -1;
}

void dist_freed(Node *node, Object *o, void *dp) {
  DistObj *d = dp;
  DNode *n = &D.dn[node->id];
  if (table_get(n, d->gid) == o) gidmap_remove(&n->ids, d->gid);
  if (d->role == R_MASTER) n->freed++;
  if (d->role == R_PROXY || d->role == R_REPLICA) {
    if (d->was_master) forward_put(n, d->gid, d->owner);
    if (d->received && !(o->hdr & OBJ_STATICS)) {
      if (n->rel_len == n->rel_cap) {
        n->rel_cap = n->rel_cap ? n->rel_cap * 2 : 64;
        n->rel = realloc(n->rel, n->rel_cap * sizeof *n->rel);
      }
      n->rel[n->rel_len++] = (Release){d->gid, d->received, d->owner};
    }
  }
  detach_free(d);
}

/* Reports the references of collected proxies to their owners: one RELEASE per owner. */
void dist_after_gc(JThread *t) {
  DNode *n = &D.dn[t->node_id];
  while (n->rel_len) {
    int owner = n->rel[0].owner;
    Buf b = {0};
    uint32_t count = 0, keep = 0;
    for (uint32_t i = 0; i < n->rel_len; i++) {
      if (n->rel[i].owner != owner) {
        n->rel[keep++] = n->rel[i];
        continue;
      }
      buf_u64(&b, n->rel[i].gid);
      buf_u32(&b, n->rel[i].count);
      count++;
    }
    n->rel_len = keep;
    Msg m = {.type = MSG_RELEASE, .f = {count, (uint64_t)t->node_id}};
    send_oneway(t, owner, &m, &b);
    buf_free(&b);
  }
}

static void released(JThread *s, Object *o, int from, uint32_t refs) {
  DistObj *d = dist_of(o);
  if (!d->sent) return;
  d->sent[from] = d->sent[from] > refs ? d->sent[from] - refs : 0;
  for (int i = 0; i < D.nodes; i++)
    if (d->sent[i]) return;
  if (d->exported && !d->replicas) {
    heap_unexport(s, o);
    d->exported = false;
    D.dn[s->node_id].released++;
  }
}

/* ---- Serving requests --------------------------------------------------------------------- */

static JThread *service_get(int node) {
  DNode *n = &D.dn[node];
  JThread *s = n->pool;
  if (s) {
    n->pool = s->pool_next;
  } else {
    s = vm_thread_new(node, 0);
    s->service = true;
    s->daemon = true;
    s->service_id = s->logical_id;
  }
  s->serving = true;
  s->serve_seq = ++n->serve_seq;
  s->remote_node = -1;
  return s;
}

static void service_put(JThread *s) {
  interp_charge(s);
  DNode *n = &D.dn[s->node_id];
  s->serving = false;
  s->permit = false;
  s->logical_id = s->service_id;
  s->jthread = NULL;
  s->exception = NULL;
  s->frame = NULL;
  s->cstack_base = NULL;
  s->pool_next = n->pool;
  n->pool = s;
}

static void reply_moved(BkReplyToken *tok, int where) {
  Buf b = {0};
  buf_u16(&b, (uint16_t)where);
  reply(tok, RS_MOVED, &b);
  buf_free(&b);
}

/* The object of gid here, or NULL if this node neither has it nor forwards it. An object
 * that came along with another one in a MOVE reply still on its way here may be asked
 * for (or counted) before this node has it: while a MOVE of this node is in flight, such
 * a request waits for it. */
static Object *known(JThread *s, uint64_t gid) {
  DNode *n = &D.dn[s->node_id];
  for (;;) {
    Object *o = table_get(n, gid);
    if (o || forward_get(n, gid) >= 0 || !n->inflight) return o;
    if (!n->arrival) n->arrival = bk_wq_new();
    interp_charge(s);
    heap_spill(s);
    bk_wq_wait(n->arrival, -1);
  }
}

/* The master of gid here, or NULL after answering RS_MOVED (or, for `pulling`, a MOVE or
 * CACHE, RS_REFUSED). A request for an object on its way here waits for it, except one
 * that would take it away: that one is itself a pull in progress, and two nodes pulling
 * the same object, each asking the other on a stale hint, would wait for each other for
 * ever. Refused, the requester makes a remote access, which may wait here. */
static Object *served(JThread *s, uint64_t gid, BkReplyToken *tok, bool pulling) {
  DNode *n = &D.dn[s->node_id];
  for (;;) {
    Object *o = known(s, gid);
    if (!o && s->node_id == 0 && GID_HOME(gid) == 0 && (gid & STATICS_SERIAL)) {
      uint32_t id = (uint32_t)gid;
      if (id == 0 || id > vm->class_count) protocol_fatal(0, "request", "unknown class id");
      Class *c = vm->by_id[id];
      return (gid & (1ull << 46)) ? class_mirror(s, c) : dist_statics(s, c);
    }
    if (!o) {
      int where = forward_get(n, gid);
      if (where >= 0) {
        reply_moved(tok, where);
        return NULL;
      }
      char what[96];
      snprintf(what, sizeof what, "object %llx (home node %d)", (unsigned long long)gid,
               GID_HOME(gid));
      protocol_fatal(s->node_id, what, "asked for, but not known here");
    }
    int mode = mode_of(o);
    if (mode == OBJ_MOVING && pulling && dist_of(o)->role == R_PROXY) {
      reply(tok, RS_REFUSED, NULL);
      return NULL;
    }
    if (mode == OBJ_MOVING) {
      wait_arrival(s, o);
      continue;
    }
    if (mode == OBJ_PROXY || mode == OBJ_REPLICA) {
      reply_moved(tok, dist_of(o)->owner);
      return NULL;
    }
    return o;
  }
}

static size_t object_bytes(const Object *o) {
  if (o->hdr & OBJ_STATICS) return o->cls->statics_size;
  if (o->cls->kind == KIND_ARRAY) return sizeof(ArrayObject);
  return o->cls->instance_size;
}

static bool monitor_busy(JThread *s, Object *o) {
  if (!o->ext) return false;
  Monitor *m = &s->node->ext[o->ext].mon;
  return m->owner || m->wait_head || m->entry_q;
}

/* MOVE at the owner: the state goes, this node keeps a proxy that forwards. With a follow
 * list (class id, field offset pairs), the masters reached from o through those fields go
 * too, breadth first, up to `depth` references away and `max` objects in all. Other nodes
 * may know them and ask for them while they travel: this node forwards to the requester,
 * which waits for the reply if it does not know them yet (known), and a chase that comes
 * back is broken by the home node's record (obj_request). */
static void serve_move(JThread *s, int src, Object *o, Msg *m, Buf *in, BkReplyToken *tok) {
  if (!movable(s, o) || mode_of(o) != OBJ_LOCAL || dist_of(o)->fresh) {
    reply(tok, RS_REFUSED, NULL);
    return;
  }
  uint32_t nfollow = m->f[2] ? buf_get_u16(in) : 0;
  uint32_t follow[64][2];
  for (uint32_t i = 0; i < nfollow; i++) {
    uint32_t c = buf_get_u32(in), off = buf_get_u32(in);
    if (i < 64) follow[i][0] = c, follow[i][1] = off;
  }
  if (in->bad) protocol_fatal(s->node_id, "MOVE follow list", in->why);
  if (nfollow > 64) nfollow = 64;
  int depth = (int)m->f[2], max = m->f[3] > 256 ? 256 : (int)m->f[3];
  /* Outgoing: local threads and requests wait until it is gone. */
  Object *batch[256];
  int level[256], len = 1;
  batch[0] = o;
  level[0] = 0;
  set_mode(o, OBJ_MOVING);
  Buf b = {0}, extra = {0};
  for (int i = 0; i < len; i++) {
    Object *x = batch[i];
    put_outgoing(s, i ? &extra : &b, x, src);
    /* What x's followed fields point to: the states just written gave them ids. */
    for (uint32_t k = 0; k < nfollow && level[i] < depth && x->cls->kind != KIND_ARRAY; k++) {
      if (follow[k][0] != x->cls->id || follow[k][1] < sizeof(Object) ||
          follow[k][1] + sizeof(Object *) > x->cls->instance_size)
        continue;
      Object *y = *(Object **)((char *)x + follow[k][1]);
      bool seen = false;
      for (int j = 0; j < len && !seen; j++) seen = batch[j] == y;
      if (!y || seen || len >= max || heap_owner(y) != s->node_id || mode_of(y) != OBJ_LOCAL ||
          !movable(s, y))
        continue;
      set_mode(y, OBJ_MOVING);
      level[len] = level[i] + 1;
      batch[len++] = y;
    }
  }
  /* The reply: the objects that come along (so the requester knows them all before it
   * decodes any state), the state of o, then theirs in the same order. */
  Buf head = {0};
  buf_u16(&head, (uint16_t)(len - 1));
  for (int i = 1; i < len; i++) {
    Object *x = batch[i];
    buf_u64(&head, dist_of(x)->gid);
    buf_u32(&head, x->cls->id);
    buf_u32(&head, (uint32_t)obj_identity_hash(s, x));
    buf_u32(&head, x->cls->kind == KIND_ARRAY ? (uint32_t)ARRAY_LEN(x) : 0);
  }
  buf_bytes(&head, b.p, b.len);
  buf_bytes(&head, extra.p, extra.len);
  buf_free(&b);
  buf_free(&extra);
  b = head;
  for (int i = 0; i < len; i++) {
    become_proxy(s, batch[i], src);
    set_mode(batch[i], OBJ_PROXY);
  }
  wake_arrivals(s);
  reply(tok, RS_STATE, &b);
  buf_free(&b);
}

static void serve_cache(JThread *s, int src, Object *o, BkReplyToken *tok) {
  DistObj *d = dist_of(o);
  /* While a write invalidates, a copy would be of the state before it. */
  if ((o->hdr & OBJ_STATICS) || o->cls == vm->c_class || o->cls->pinned || !d || d->invalidating ||
      !policy_may_cache(s, o, &d->pol, src)) {
    reply(tok, RS_REFUSED, NULL);
    return;
  }
  d->replicas |= 1ull << src;
  set_mode(o, OBJ_SHARED);
  Buf b = {0};
  put_state(s, &b, o, src);
  reply(tok, RS_STATE, &b);
  buf_free(&b);
}

/* PUSH at its new owner: the master arrives here (over a proxy, or as a new object). */
static void serve_push(JThread *s, int src, Msg *m, Buf *in, BkReplyToken *tok) {
  DNode *n = &D.dn[s->node_id];
  uint64_t gid = m->f[0];
  uint32_t hash = buf_get_u32(in), len = buf_get_u32(in);
  Class *c = class_by_id(s, (uint32_t)m->f[1], in);
  if (in->bad || !c) protocol_fatal(s->node_id, "PUSH", in->why ? in->why : "no class");
  Object *o = table_get(n, gid);
  if (o && mode_of(o) != OBJ_PROXY)
    protocol_fatal(s->node_id, "PUSH", "an object pushed here is not a proxy here");
  if (!o) o = new_proxy(s, c, gid, hash, src, (int32_t)len);
  if (!o) vm_fatal("node %d: heap exhausted receiving a pushed %s", s->node_id, c->name);
  set_mode(o, OBJ_MOVING);
  take_over(s, o, in, src);
  if (in->bad) protocol_fatal(s->node_id, "PUSH", in->why);
  wake_arrivals(s);
  reply(tok, RS_OK, NULL);
}

static bool check_field(JThread *s, Object *o, uint64_t off, char type) {
  size_t size = object_bytes(o);
  if (off >= sizeof(Object) && off + type_size(type) <= size) return true;
  excep_throw_new(s, "java/lang/InternalError", "remote access at offset %llu of a %s",
                  (unsigned long long)off, o->cls->name);
  return false;
}

static bool check_range(JThread *s, Object *a, uint64_t i, uint64_t n) {
  if (a->cls->kind == KIND_ARRAY && i <= (uint64_t)ARRAY_LEN(a) && n <= (uint64_t)ARRAY_LEN(a) - i)
    return true;
  excep_throw_new(s, "java/lang/InternalError", "remote access to elements %llu..%llu of a %s",
                  (unsigned long long)i, (unsigned long long)(i + n), a->cls->name);
  return false;
}

/* The object of gid here once it is not MOVING, for ADDREF and RELEASE. Counting or
 * forwarding while it moves would go wrong either way: on its way out, the owner has
 * already encoded the counts it hands over (serve_move), so a count added now would be
 * lost; on its way in, this node is not its owner yet, and the old owner already forwards
 * to here, so the message would bounce between the two until the state arrives, and could
 * reach the owner after the sender's own later RELEASE. An object that comes along with
 * another in a MOVE reply is not even known here until that reply is decoded, while the
 * old owner may already forward its counts here. */
static Object *settled(JThread *s, uint64_t gid) {
  Object *p = known(s, gid); /* one coming along in a MOVE reply may not be known yet */
  while (p && mode_of(p) == OBJ_MOVING) {
    wait_arrival(s, p);
    p = table_get(&D.dn[s->node_id], gid);
  }
  return p;
}

/* Before a served write: the replicas are dropped. False after answering RS_MOVED if the
 * object left while this waited for another writer's invalidations. */
static bool write_here(JThread *s, Object *o, BkReplyToken *tok) {
  for (;;) {
    switch (mode_of(o)) {
    case OBJ_SHARED: invalidate(s, o); break;
    case OBJ_MOVING: wait_arrival(s, o); break;
    case OBJ_PROXY:
    case OBJ_REPLICA: reply_moved(tok, dist_of(o)->owner); return false;
    default: return true;
    }
  }
}

__attribute__((noinline)) static void serve(JThread *s, int src, Msg *m, BkReplyToken *tok) {
  Buf in = buf_reader(m->tail, m->tail_len);
  Buf out = {0};
  Object *o = NULL;
  switch (m->type) {
  case MSG_READ:
  case MSG_WRITE:
  case MSG_AREAD:
  case MSG_AWRITE:
  case MSG_INVOKE:
  case MSG_MON_ENTER:
  case MSG_MON_EXIT:
  case MSG_WAIT:
  case MSG_NOTIFY:
  case MSG_HOLDS:
  case MSG_MOVE:
  case MSG_CACHE:
  case MSG_FETCH:
    o = served(s, m->f[0], tok, m->type == MSG_MOVE || m->type == MSG_CACHE);
    if (!o) return;
    break;
  default: break;
  }
  switch (m->type) {
  case MSG_READ: {
    char type = (char)m->f[2];
    policy_on_served(s, o, pol_of(o), PACC_READ, src);
    class_fig(o->cls)->reads++;
    if (!check_field(s, o, m->f[1], type)) break;
    put_slot(s, &out, type, load((char *)o + m->f[1], type), src);
    reply(tok, RS_OK, &out);
    break;
  }
  case MSG_WRITE: {
    char type = (char)m->f[2];
    policy_on_served(s, o, pol_of(o), PACC_WRITE, src);
    class_fig(o->cls)->writes++;
    if (!check_field(s, o, m->f[1], type)) break;
    Slot v = get_slot(s, &in, type, src);
    if (in.bad) protocol_fatal(s->node_id, "WRITE", in.why);
    if (s->exception || !write_here(s, o, tok)) break;
    store((char *)o + m->f[1], type, v);
    reply(tok, RS_OK, NULL);
    break;
  }
  case MSG_AREAD: {
    if (!check_range(s, o, m->f[1], m->f[2])) break;
    policy_on_served(s, o, pol_of(o), PACC_READ, src);
    class_fig(o->cls)->reads++;
    Class *c = o->cls;
    if (c->prim != 'L')
      buf_bytes(&out, ARRAY_DATA(o, char) + m->f[1] * c->elem_size, m->f[2] * c->elem_size);
    else
      for (uint64_t i = 0; i < m->f[2]; i++)
        put_ref(s, &out, ARRAY_DATA(o, Object *)[m->f[1] + i], src);
    reply(tok, RS_OK, &out);
    break;
  }
  case MSG_AWRITE: {
    if (!check_range(s, o, m->f[1], m->f[2])) break;
    policy_on_served(s, o, pol_of(o), PACC_WRITE, src);
    class_fig(o->cls)->writes++;
    /* Decoding references may wait (a class fetch, a collection): they are decoded into a
     * scratch array of the same class first, so nothing waits between the invalidation
     * and the store. */
    Class *c = o->cls;
    size_t bytes = m->f[2] * c->elem_size;
    const uint8_t *p = NULL;
    Object *scratch = NULL;
    if (c->prim != 'L') {
      p = buf_get_bytes(&in, bytes);
    } else {
      scratch = array_new(s, c, (int32_t)m->f[2]);
      if (!scratch) break;
      for (uint64_t i = 0; i < m->f[2] && !in.bad && !s->exception; i++)
        ARRAY_DATA(scratch, Object *)[i] = get_ref(s, &in, src, NULL);
    }
    if (in.bad) protocol_fatal(s->node_id, "AWRITE", in.why);
    if (s->exception || !write_here(s, o, tok)) break;
    memcpy(ARRAY_DATA(o, char) + m->f[1] * c->elem_size,
           scratch ? (const void *)ARRAY_DATA(scratch, char) : p, bytes);
    reply(tok, RS_OK, NULL);
    break;
  }
  case MSG_INVOKE: {
    if (m->f[1] == 0 || m->f[1] > vm->class_count || m->f[2] >= vm->by_id[m->f[1]]->method_count)
      protocol_fatal(s->node_id, "INVOKE", "unknown method");
    Method *meth = &vm->by_id[m->f[1]]->methods[m->f[2]];
    if (m->f[4] >= meth->arg_slots) protocol_fatal(s->node_id, "INVOKE", "no such argument");
    policy_on_served(s, o, pol_of(o), PACC_INVOKE, src);
    class_fig(o->cls)->invokes++;
    s->logical_id = (uint32_t)m->f[3];
    s->permit = m->f[5] != 0;
    s->jthread = get_ref(s, &in, src, NULL);
    Slot args[256];
    args[m->f[4]].r = o;
    get_args(s, &in, meth, args, (int)m->f[4], src);
    if (in.bad) protocol_fatal(s->node_id, "INVOKE arguments", in.why);
    if (s->exception || !interp_call(s, meth, args)) break;
    put_slot(s, &out, meth->ret_type, s->ret, src);
    reply(tok, RS_OK, &out);
    break;
  }
  case MSG_CLINIT: {
    if (m->f[0] == 0 || m->f[0] > vm->class_count) protocol_fatal(0, "CLINIT", "unknown class");
    s->logical_id = (uint32_t)m->f[1];
    s->jthread = get_ref(s, &in, src, NULL);
    if (!class_init(s, vm->by_id[m->f[0]])) break;
    reply(tok, RS_OK, NULL);
    break;
  }
  case MSG_MON_ENTER:
    s->logical_id = (uint32_t)m->f[1];
    mon_enter(s, o);
    reply(tok, RS_OK, NULL);
    break;
  case MSG_MON_EXIT:
    s->logical_id = (uint32_t)m->f[1];
    if (!mon_exit(s, o)) break;
    reply(tok, RS_OK, NULL);
    break;
  case MSG_WAIT:
    s->logical_id = (uint32_t)m->f[1];
    s->jthread = get_ref(s, &in, src, NULL);
    if (!mon_wait(s, o, (int64_t)m->f[2])) break;
    reply(tok, RS_OK, NULL);
    break;
  case MSG_NOTIFY:
    s->logical_id = (uint32_t)m->f[1];
    if (!mon_notify(s, o, m->f[2] != 0)) break;
    reply(tok, RS_OK, NULL);
    break;
  case MSG_HOLDS:
    s->logical_id = (uint32_t)m->f[1];
    buf_u8(&out, mon_holds(s, o));
    reply(tok, RS_OK, &out);
    break;
  case MSG_START: {
    Object *jt = get_ref(s, &in, src, NULL);
    char name[64] = "Thread";
    uint32_t len = buf_get_u32(&in);
    const uint8_t *p = buf_get_bytes(&in, (size_t)len * 2);
    for (uint32_t i = 0; p && i < len && i + 1 < sizeof name; i++) {
      name[i] = (char)(p[2 * i] < 0x80 && !p[2 * i + 1] ? p[2 * i] : '?');
      name[i + 1] = 0;
    }
    if (in.bad || !jt) protocol_fatal(s->node_id, "START", in.bad ? in.why : "no thread");
    JThread *nt = vm_thread_new(s->node_id, (uint32_t)m->f[0]);
    nt->jthread = jt;
    nt->daemon = m->f[1] != 0;
    thr_spawn(nt, name);
    buf_u32(&out, (uint32_t)runnable(s->node)); /* for least-loaded placements */
    reply(tok, RS_OK, &out);
    break;
  }
  case MSG_UNPARK: unpark_here(s, src, (uint32_t)m->f[1], (unsigned)m->f[0]); break;
  case MSG_MOVE: serve_move(s, src, o, m, &in, tok); break;
  case MSG_PUSH: serve_push(s, src, m, &in, tok); break;
  case MSG_DROP: {
    Object *x = table_get(&D.dn[s->node_id], m->f[0]);
    DistObj *d = x ? dist_of(x) : NULL;
    /* (Not a master here: it moved on after its replicas were invalidated; nothing left.) */
    if (d && d->role == R_MASTER) {
      d->replicas &= ~(1ull << src);
      if (!d->replicas && mode_of(x) == OBJ_SHARED) set_mode(x, OBJ_LOCAL);
    }
    break;
  }
  case MSG_CACHE: serve_cache(s, src, o, tok); break;
  case MSG_FETCH:
    put_state(s, &out, o, src);
    reply(tok, RS_STATE, &out);
    break;
  case MSG_ADDREF: {
    DNode *n = &D.dn[s->node_id];
    int node = (int)m->f[1];
    if (node < 0 || node >= D.nodes) protocol_fatal(s->node_id, "ADDREF", "no such node");
    Object *p = settled(s, m->f[0]);
    /* On its way in or out, it has settled: the count goes where it ended up. */
    int where =
        p ? (dist_of(p)->role == R_MASTER ? -1 : dist_of(p)->owner) : forward_get(n, m->f[0]);
    if (where < 0 && p) {
      DistObj *d = dist_of(p);
      if (!d->sent) d->sent = calloc((size_t)D.nodes, sizeof *d->sent);
      d->sent[node]++;
      if (!d->exported) {
        heap_export(s, p);
        d->exported = true;
      }
    } else if (where >= 0 && where != s->node_id) { /* it moved: the count follows it */
      send_oneway(s, where, m, NULL);
      D.forwards++;
    } else {
      protocol_fatal(s->node_id, "ADDREF", "an object this node neither has nor forwards");
    }
    break;
  }
  case MSG_INVALIDATE: {
    Object *r = table_get(&D.dn[s->node_id], m->f[0]);
    if (r && mode_of(r) == OBJ_MOVING && dist_of(r)->role == R_PROXY) dist_of(r)->stale = true;
    if (r && mode_of(r) == OBJ_REPLICA) {
      clear_fields(r);
      set_mode(r, OBJ_PROXY);
    }
    reply(tok, RS_OK, NULL);
    break;
  }
  case MSG_LOCATION: {
    DNode *n = &D.dn[s->node_id];
    Object *p = table_get(n, m->f[0]);
    if (p && mode_of(p) == OBJ_PROXY)
      dist_of(p)->owner = (uint16_t)m->f[1];
    else if (!p)
      forward_put(n, m->f[0], (uint16_t)m->f[1]);
    break;
  }
  case MSG_RELEASE: {
    /* The node whose proxies died, which is not src when the RELEASE was forwarded: the
     * counts to lower are that node's. */
    DNode *n = &D.dn[s->node_id];
    int from = (int)m->f[1];
    if (from < 0 || from >= D.nodes) protocol_fatal(s->node_id, "RELEASE", "no such node");
    for (uint64_t i = 0; i < m->f[0]; i++) {
      uint64_t gid = buf_get_u64(&in);
      uint32_t refs = buf_get_u32(&in);
      if (in.bad) protocol_fatal(s->node_id, "RELEASE", in.why);
      Object *p = settled(s, gid);
      int where = -1;
      if (p && dist_of(p)->role == R_MASTER)
        released(s, p, from, refs);
      else if (p)
        where = dist_of(p)->owner;
      else
        where = forward_get(n, gid);
      if (where >= 0 && where != s->node_id) { /* it moved: the release follows it */
        Buf fb = {0};
        buf_u64(&fb, gid);
        buf_u32(&fb, refs);
        Msg fm = {.type = MSG_RELEASE, .f = {1, (uint64_t)from}};
        send_oneway(s, where, &fm, &fb);
        buf_free(&fb);
        D.forwards++;
      }
    }
    break;
  }
  case MSG_CLASS: {
    if (m->f[0] == 0 || m->f[0] > vm->class_count) protocol_fatal(0, "CLASS", "unknown class");
    Class *c = vm->by_id[m->f[0]];
    uint8_t *zeros = calloc(1, c->file_len + 1);
    buf_bytes(&out, zeros, c->file_len);
    free(zeros);
    reply(tok, RS_OK, &out);
    break;
  }
  case MSG_IO_WRITE:
    fwrite(in.p, 1, in.len, m->f[0] == 2 ? stderr : stdout);
    reply(tok, RS_OK, NULL);
    break;
  case MSG_IO_READ: {
    uint32_t max = (uint32_t)m->f[1];
    uint8_t *buf = malloc(max + 1);
    ssize_t got = read((int)m->f[0], buf, max);
    int32_t n = got < 0 ? -1 : (int32_t)got;
    buf_u32(&out, (uint32_t)n);
    if (n > 0) buf_bytes(&out, buf, (size_t)n);
    free(buf);
    reply(tok, RS_OK, &out);
    break;
  }
  case MSG_REPLY:
  case MSG_COUNT: protocol_fatal(s->node_id, "message", "a REPLY where a request was expected");
  }
  if (s->exception && tok) {
    reply_exception(s, tok, src);
  } else if (s->exception) { /* a one-way message has nobody to answer */
    excep_report_uncaught(s);
  }
  buf_free(&out);
}

static void handle(int self, int src, const void *bytes, size_t len, BkReplyToken *tok) {
  Msg m;
  char err[160];
  if (proto_decode(bytes, len, &m, err, sizeof err) != 0) protocol_fatal(self, "message", err);
  JThread *s = service_get(self);
  if (D.trace)
    fprintf(stderr, "[dist %.9f] node %d serves %s %llx from node %d\n", bk_now(), self,
            proto_name(m.type), (unsigned long long)m.f[0], src);
  void *prev = bk_task_data();
  bk_set_task_data(s);
  s->cstack_base = __builtin_frame_address(0);
  serve(s, src, &m, tok);
  hand_back_permit(s, src);
  service_put(s);
  bk_set_task_data(prev);
}

Object *dist_place_new(JThread *t, Object *o) {
  if (!D.on) return o;
  int node = policy_place_object(t, o->cls);
  if (node >= 0) {
    ensure_master(t, o);
    push(t, o, node);
  }
  return o;
}

void dist_queued(JThread *t, Object *task) {
  if (D.on && task) policy_queued(t, task);
}

/* ---- Commands of the policies (policy.h) --------------------------------------------------- */

/* A command's object, settled: not on its way anywhere. */
static void settle(JThread *t, Object *o) {
  while (mode_of(o) == OBJ_MOVING) wait_arrival(t, o);
}

int pol_where(PolicyCtx *c, Object *o) {
  DistObj *d = dist_of(o);
  int mode = mode_of(o);
  if (!d || mode == OBJ_LOCAL || mode == OBJ_SHARED || mode == OBJ_MIRROR) return c->node;
  return d->owner;
}

bool pol_move(PolicyCtx *c, Object *o, int node) {
  JThread *t = c->t;
  if (!D.on || !o || node < 0 || node >= D.nodes || (o->hdr & OBJ_STATICS)) return false;
  settle(t, o);
  if (mode_of(o) == OBJ_REPLICA) return false;
  if (mode_of(o) == OBJ_PROXY && !pull(t, o, PACC_READ, NULL, 0, 0, 0, NULL, NULL)) return false;
  if (node == t->node_id) return mode_of(o) == OBJ_LOCAL;
  if (mode_of(o) == OBJ_LOCAL) ensure_master(t, o);
  return push(t, o, node);
}

int pol_move_with(PolicyCtx *c, Object *o, const PolicyFollow *follow, int nfollow, int depth,
                  int max, uint64_t *moved) {
  JThread *t = c->t;
  if (!D.on || !o || (o->hdr & OBJ_STATICS)) return 0;
  settle(t, o);
  if (mode_of(o) != OBJ_PROXY) return 0;
  if (nfollow > 64) nfollow = 64;
  if (max > 256) max = 256;
  if (max < 1) max = 1;
  if (depth > 255) depth = 255;
  uint64_t scratch[256];
  int n = 0;
  if (!pull(t, o, PACC_READ, follow, nfollow, depth, max, moved ? moved : scratch, &n)) return 0;
  return n;
}

bool pol_move_field(PolicyCtx *c, Object *o, const Field *f, int node) {
  if (!o || !pol_is_local(o) || !f || (f->access & ACC_STATIC) ||
      (f->type != 'L' && f->type != '['))
    return false;
  Object *x = *(Object **)((char *)o + f->offset);
  return x && pol_move(c, x, node);
}

bool pol_cache(PolicyCtx *c, Object *o) {
  if (!D.on || !o) return false;
  settle(c->t, o);
  return replicate(c->t, o);
}

void pol_drop(PolicyCtx *c, Object *o) {
  if (!o || mode_of(o) != OBJ_REPLICA) return;
  DistObj *d = dist_of(o);
  clear_fields(o);
  set_mode(o, OBJ_PROXY);
  Msg m = {.type = MSG_DROP, .f = {d->gid}};
  send_oneway(c->t, d->owner, &m, NULL);
}

void pol_rpc(PolicyCtx *c, Method *m, int arg) {
  char type[256];
  int slot[256];
  int n = arg_list(m, type, slot);
  if (arg < 0 || arg >= n || type[arg] != 'L' || (m->access & (ACC_NATIVE | ACC_ABSTRACT)) ||
      m->name[0] == '<')
    return;
  DNode *dn = &D.dn[c->node];
  pol_stop_rpc(c, m);
  if (dn->rpc_len == dn->rpc_cap) {
    dn->rpc_cap = dn->rpc_cap ? dn->rpc_cap * 2 : 8;
    dn->rpc = realloc(dn->rpc, dn->rpc_cap * sizeof *dn->rpc);
  }
  dn->rpc[dn->rpc_len++] = (RpcRule){m, slot[arg]};
  m->dist_rpc = true;
}

void pol_stop_rpc(PolicyCtx *c, Method *m) {
  DNode *dn = &D.dn[c->node];
  for (uint32_t i = 0; i < dn->rpc_len; i++)
    if (dn->rpc[i].m == m) {
      dn->rpc[i] = dn->rpc[--dn->rpc_len];
      return;
    }
}

uint64_t pol_gid(Object *o) {
  DistObj *d = o ? dist_of(o) : NULL;
  return d ? d->gid : 0;
}

Object *pol_object(PolicyCtx *c, uint64_t gid) {
  return gid ? table_get(&D.dn[c->node], gid) : NULL;
}

bool pol_is_local(Object *o) {
  int mode = mode_of(o);
  return mode == OBJ_LOCAL || mode == OBJ_SHARED;
}

bool pol_immutable(Class *c) {
  if (c == vm->c_string || is_box(c)) return true;
  if (c->kind == KIND_ARRAY) return false;
  Layout *l = layout_of(c);
  for (uint32_t i = 0; i < l->n; i++)
    if (!(l->f[i]->access & ACC_FINAL)) return false;
  return true;
}

size_t pol_size(Object *o) {
  return object_bytes(o) +
         (o->cls->kind == KIND_ARRAY ? (size_t)ARRAY_LEN(o) * o->cls->elem_size : 0);
}

double pol_latency(PolicyCtx *c, int node) {
  DNode *n = &D.dn[c->node];
  return node >= 0 && node < D.nodes && n->lat_n[node] ? n->lat_sum[node] / n->lat_n[node] : 0;
}

static int runnable(Node *n) {
  int k = 0;
  for (JThread *x = n->threads; x; x = x->next)
    if (!x->terminated && !x->service && !x->parked && !x->sleeping && !x->in_wait_set &&
        !x->blocked_on && x->remote_node < 0)
      k++;
  return k;
}

int pol_runnable_here(PolicyCtx *c) {
  return runnable(&vm->nodes[c->node]);
}

int pol_cores(PolicyCtx *c, int node) {
  (void)c;
  const BkNodeInfo *i = node >= 0 && node < D.nodes ? bk_node_info(node) : NULL;
  return i && i->cores > 0 ? i->cores : 1;
}

int pol_runnable_seen(PolicyCtx *c, int node) {
  return node >= 0 && node < D.nodes ? D.dn[c->node].runnable_seen[node] : -1;
}

/* ---- Figures ------------------------------------------------------------------------------------
 */

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Nearest-rank quantiles of the remote-operation latencies. */
static void quantiles(double q[5]) {
  memset(q, 0, 5 * sizeof *q);
  if (!D.lat_len) return;
  double *s = malloc(D.lat_len * sizeof *s);
  memcpy(s, D.lat, D.lat_len * sizeof *s);
  qsort(s, D.lat_len, sizeof *s, cmp_double);
  static const double at[5] = {0.0, 0.5, 0.9, 0.99, 1.0};
  for (int i = 0; i < 5; i++) {
    size_t k = at[i] == 0.0 ? 0 : (size_t)(at[i] * (double)D.lat_len + 0.999999999);
    if (k > 0) k--;
    if (k >= D.lat_len) k = D.lat_len - 1;
    q[i] = s[k];
  }
  free(s);
}

static uint64_t total_count(void) {
  uint64_t n = 0;
  for (int i = 0; i < MSG_COUNT; i++) n += D.count[i];
  return n;
}

static uint64_t total_bytes(void) {
  uint64_t n = 0;
  for (int i = 0; i < MSG_COUNT; i++) n += D.bytes[i];
  return n;
}

/* A thread name as a JSON string body: quotes, backslashes and control characters escaped. */
static void json_chars(FILE *f, const char *s) {
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\')
      fprintf(f, "\\%c", c);
    else if (c < 0x20)
      fprintf(f, "\\u%04x", c);
    else
      fputc(c, f);
  }
}

void dist_write_json(FILE *f, const char *run_json) {
  double q[5];
  quantiles(q);
  fprintf(f, "{\"run\": %s,\n \"makespan_s\": %.9g,\n", run_json, bk_now());
  fprintf(f, " \"messages\": {\"count\": %llu, \"bytes\": %llu, \"by_type\": {",
          (unsigned long long)total_count(), (unsigned long long)total_bytes());
  bool first = true;
  for (int i = 0; i < MSG_COUNT; i++) {
    if (!D.count[i]) continue;
    fprintf(f, "%s\"%s\": {\"count\": %llu, \"bytes\": %llu}", first ? "" : ", ", proto_name(i),
            (unsigned long long)D.count[i], (unsigned long long)D.bytes[i]);
    first = false;
  }
  fprintf(f,
          "}},\n \"remote_ops\": {\"count\": %llu, \"latency_s\": {\"min\": %.9g, \"median\": "
          "%.9g, \"p90\": %.9g, \"p99\": %.9g, \"max\": %.9g}},\n",
          (unsigned long long)D.lat_len, q[0], q[1], q[2], q[3], q[4]);
  fprintf(f,
          " \"migrations\": %llu, \"pushes\": %llu, \"forwards\": %llu, \"refused\": %llu, "
          "\"replicas_made\": %llu, \"replicas_invalidated\": %llu, \"class_bytes_shipped\": "
          "%llu,\n",
          (unsigned long long)D.migrations, (unsigned long long)D.pushes,
          (unsigned long long)D.forwards, (unsigned long long)D.refused,
          (unsigned long long)D.replicas_made, (unsigned long long)D.replicas_invalidated,
          (unsigned long long)D.class_bytes);
  /* By class, in class id order: what moved, was replicated, and was served remotely. */
  fprintf(f, " \"classes\": {");
  bool any = false;
  for (uint32_t i = 0; i < D.cls_cap; i++) {
    ClassFig *c = &D.cls[i];
    if (!(c->migrations | c->replicas | c->invalidated | c->reads | c->writes | c->invokes))
      continue;
    fprintf(f, "%s\n  \"", any ? "," : "");
    json_chars(f, vm->by_id[i]->name);
    fprintf(f,
            "\": {\"migrations\": %llu, \"replicas\": %llu, \"invalidated\": %llu, "
            "\"reads_served\": %llu, \"writes_served\": %llu, \"invokes_served\": %llu}",
            (unsigned long long)c->migrations, (unsigned long long)c->replicas,
            (unsigned long long)c->invalidated, (unsigned long long)c->reads,
            (unsigned long long)c->writes, (unsigned long long)c->invokes);
    any = true;
  }
  fprintf(f, "},\n");
  fprintf(f, " \"threads\": [");
  for (size_t i = 0; i < D.thread_len; i++) {
    ThreadFig *t = &D.threads[i];
    fprintf(f, "%s\n  {\"id\": %u, \"name\": \"", i ? "," : "", t->id);
    json_chars(f, t->name);
    fprintf(f, "\", \"node\": %d, \"run_s\": %.9g, \"remote_wait_s\": %.9g, \"remote_ops\": %llu}",
            t->node, t->run_s, t->remote_wait_s, (unsigned long long)t->remote_ops);
  }
  fprintf(f, "],\n \"nodes\": [");
  for (int i = 0; i < vm->node_count; i++) {
    const HeapStats *h = heap_stats(vm->nodes[i].heap);
    DNode *n = D.dn ? &D.dn[i] : NULL;
    fprintf(f,
            "%s\n  {\"node\": %d, \"cpu_busy_s\": %.9g, \"heap_used_bytes\": %llu, "
            "\"gc_collections\": %llu, \"gc_pause_s\": %.9g, \"ids\": %u, \"forwarding\": %u, "
            "\"replicas_stale\": %llu, \"released\": %llu, \"freed\": %llu, \"policy_bytes\": "
            "%llu}",
            i ? "," : "", i, bk_node_busy(i), (unsigned long long)heap_used(vm->nodes[i].heap),
            (unsigned long long)h->collections, h->pause_seconds, n ? n->ids.len : 0,
            n ? n->forward.len : 0, (unsigned long long)(n ? n->stale : 0),
            (unsigned long long)(n ? n->released : 0), (unsigned long long)(n ? n->freed : 0),
            (unsigned long long)(policy_node_bytes(i) +
                                 (n ? (uint64_t)n->ids.len * sizeof(PolicyObj) : 0)));
  }
  fprintf(f, "]}\n");
}

void dist_write_table(FILE *f) {
  double q[5];
  quantiles(q);
  fprintf(f, "--- djsim figures ---\n");
  fprintf(f, "makespan            %.6f s (simulated)\n", bk_now());
  fprintf(f, "messages            %llu (%llu bytes)\n", (unsigned long long)total_count(),
          (unsigned long long)total_bytes());
  for (int i = 0; i < MSG_COUNT; i++)
    if (D.count[i])
      fprintf(f, "  %-12s      %llu (%llu bytes)\n", proto_name(i), (unsigned long long)D.count[i],
              (unsigned long long)D.bytes[i]);
  fprintf(
      f, "remote operations   %llu, latency min %.1f median %.1f p90 %.1f p99 %.1f max %.1f us\n",
      (unsigned long long)D.lat_len, q[0] * 1e6, q[1] * 1e6, q[2] * 1e6, q[3] * 1e6, q[4] * 1e6);
  fprintf(f, "migrations          %llu (refused %llu), forwards %llu\n",
          (unsigned long long)D.migrations, (unsigned long long)D.refused,
          (unsigned long long)D.forwards);
  fprintf(f, "replicas            %llu made, %llu invalidated\n",
          (unsigned long long)D.replicas_made, (unsigned long long)D.replicas_invalidated);
  fprintf(f, "class bytes shipped %llu\n", (unsigned long long)D.class_bytes);
  for (size_t i = 0; i < D.thread_len; i++)
    fprintf(f, "thread %-12s node %d: ran %.6f s, waited %.6f s on %llu remote operations\n",
            D.threads[i].name, D.threads[i].node, D.threads[i].run_s, D.threads[i].remote_wait_s,
            (unsigned long long)D.threads[i].remote_ops);
  for (int i = 0; i < vm->node_count; i++) {
    const HeapStats *h = heap_stats(vm->nodes[i].heap);
    fprintf(f, "node %d: cpu %.6f s, heap %llu bytes, %llu collections (%.6f s)\n", i,
            bk_node_busy(i), (unsigned long long)heap_used(vm->nodes[i].heap),
            (unsigned long long)h->collections, h->pause_seconds);
  }
}
