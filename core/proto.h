/* proto.h — the wire protocol: every message type, declared once, and the one codec.
 *
 * Owns: the message table (DJ_MESSAGES), the message record, and its byte encoding. A
 * message is its type byte, then its header fields in table order (little-endian, fixed
 * sizes), then an optional tail of bytes whose content the type defines (values, object
 * state, class bytes). The distributed object model (dist.c) builds and reads tails with
 * the value writers below; the simulated network is charged for exactly the bytes made
 * here, plus the platform's per-message header.
 * Never: touches VM objects (it knows bytes, not the heap); docs/protocol.md is generated
 * from this table (`djsim protocol`) and a test keeps the two equal.
 */
#ifndef DJ_PROTO_H
#define DJ_PROTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Header fields are written "u8 name", "u16 name", "u32 name" or "u64 name": the kind is the
 * field's size on the wire. A gid (global object id) is a u64: home node in the top 16 bits,
 * serial below. */

/* X(NAME, direction, "fields", "tail", "meaning"), fields as "kind name" pairs. */
#define DJ_MESSAGES(X)                                                                             \
  X(READ, "request", "u64 gid, u32 offset, u8 type", "",                                           \
    "read one field of an object at its owner")                                                    \
  X(WRITE, "request", "u64 gid, u32 offset, u8 type", "value", "write one field at the owner")     \
  X(AREAD, "request", "u64 gid, u32 index, u32 count", "", "read array elements at the owner")     \
  X(AWRITE, "request", "u64 gid, u32 index, u32 count", "values",                                  \
    "write array elements at the owner")                                                           \
  X(INVOKE, "request", "u64 gid, u32 class, u16 method, u32 thread, u8 slot, u8 permit",           \
    "thread ref, arguments",                                                                       \
    "run a method at the owner of the argument in `slot` (0: the receiver; method shipping); "     \
    "permit: the caller's park permit goes with the call")                                         \
  X(CLINIT, "request", "u32 class, u32 thread", "thread ref",                                      \
    "initialise a class on its master node (node 0)")                                              \
  X(MON_ENTER, "request", "u64 gid, u32 thread", "", "take an object's monitor at its owner")      \
  X(MON_EXIT, "request", "u64 gid, u32 thread", "", "release a monitor taken with MON_ENTER")      \
  X(WAIT, "request", "u64 gid, u32 thread, u64 millis", "thread ref", "Object.wait at the owner")  \
  X(NOTIFY, "request", "u64 gid, u32 thread, u8 all", "",                                          \
    "Object.notify or notifyAll at the owner")                                                     \
  X(HOLDS, "request", "u64 gid, u32 thread", "", "Thread.holdsLock of an object at its owner")     \
  X(START, "request", "u32 thread, u8 daemon", "thread ref, name",                                 \
    "start a Java thread on this node")                                                            \
  X(UNPARK, "one-way", "u8 why, u32 thread", "",                                                   \
    "give a thread its park permit (why: 1 interrupt: also wake it; 2 final; 4 forwarded)")        \
  X(MOVE, "request", "u64 gid, u8 why, u8 depth, u16 max",                                         \
    "follow list if depth > 0: u16 count x (u32 class, u32 field offset)",                         \
    "migrate an object to the requesting node, with up to max-1 objects reached from it")          \
  X(PUSH, "request", "u64 gid, u32 class", "u32 hash, u32 length, outgoing state",                 \
    "migrate an object from its owner to the receiving node")                                      \
  X(LOCATION, "one-way", "u64 gid, u16 owner", "",                                                 \
    "tell an object's home node where it lives now")                                               \
  X(CACHE, "request", "u64 gid", "", "make a read-only replica on the requesting node")            \
  X(INVALIDATE, "request", "u64 gid", "", "drop a replica: its master is about to change")         \
  X(DROP, "one-way", "u64 gid", "", "the sender dropped its replica of an object")                 \
  X(FETCH, "request", "u64 gid", "", "copy an object's state (clone of a remote object)")          \
  X(RELEASE, "one-way", "u32 count, u16 node", "count x (u64 gid, u32 references)",                \
    "node collected its proxies: the owner may forget them (node: a forwarded RELEASE keeps it)")  \
  X(ADDREF, "one-way", "u64 gid, u16 node", "", "a reference is being passed to a third node")     \
  X(CLASS, "request", "u32 class", "", "fetch a class file's bytes from the master node")          \
  X(IO_WRITE, "request", "u32 fd", "bytes", "write to a stream pinned to node 0")                  \
  X(IO_READ, "request", "u32 fd, u32 max", "", "read from a stream pinned to node 0")              \
  X(REPLY, "reply", "u8 status", "value or state", "the answer to a request")

typedef enum {
#define DJ_MSG_ENUM(name, dir, fields, tail, doc) MSG_##name,
  DJ_MESSAGES(DJ_MSG_ENUM)
#undef DJ_MSG_ENUM
      MSG_COUNT
} MsgType;

/* Status of a REPLY. */
enum {
  RS_OK = 0,        /* done; the tail is the value, if any */
  RS_EXCEPTION = 1, /* the tail is an exception, by value, to rethrow */
  RS_MOVED = 2,     /* not here: field 1 of the tail (u16) is where the object went */
  RS_REFUSED = 3,   /* a MOVE or CACHE that the owner declined (e.g. the monitor is held) */
  RS_STATE = 4,     /* the tail is the object's state (MOVE, CACHE, FETCH) */
};

#define PROTO_MAX_FIELDS 6

typedef struct Msg {
  MsgType type;
  uint64_t f[PROTO_MAX_FIELDS]; /* header fields in table order */
  const uint8_t *tail;          /* decoded: points into the message bytes */
  size_t tail_len;
} Msg;

typedef struct ProtoType {
  const char *name, *direction, *fields, *tail, *doc;
  int nfields;
  uint8_t sizes[PROTO_MAX_FIELDS];
} ProtoType;

/* The table, parsed from DJ_MESSAGES once. */
const ProtoType *proto_type(MsgType type);
const char *proto_name(MsgType type);

/* A growable byte buffer with little-endian writers, and a bounded reader whose every read
 * checks the length: a short or corrupt message sets `bad` with a reason, never crashes. */
typedef struct Buf {
  uint8_t *p;
  size_t len, cap, pos;
  bool bad;
  const char *why;
} Buf;

void buf_u8(Buf *b, uint8_t v);
void buf_u16(Buf *b, uint16_t v);
void buf_u32(Buf *b, uint32_t v);
void buf_u64(Buf *b, uint64_t v);
void buf_bytes(Buf *b, const void *p, size_t n);
void buf_free(Buf *b);
Buf buf_reader(const void *p, size_t len);
uint8_t buf_get_u8(Buf *b);
uint16_t buf_get_u16(Buf *b);
uint32_t buf_get_u32(Buf *b);
uint64_t buf_get_u64(Buf *b);
const uint8_t *buf_get_bytes(Buf *b, size_t n); /* NULL (and bad) if fewer remain */

/* Encodes m's type and header into out (which it resets), then `tail`. */
void proto_encode(Buf *out, const Msg *m, const void *tail, size_t tail_len);
/* Decodes bytes into m (tail points into bytes). Returns 0, or -1 with a reason in err:
 * an unknown type or a header cut short. */
int proto_decode(const void *bytes, size_t len, Msg *m, char *err, size_t errlen);

/* Writes the message table as the markdown of docs/protocol.md's generated section. */
void proto_write_markdown(void *file);

#endif
