/* calls.h — per-method statistics some policies keep on their node: how often a method ran
 * locally on a remote receiver, and how many remote accesses to that receiver those calls
 * made (rpc-hot and adaptive ship a method when the ratio is high). */
#ifndef DJ_POLICIES_CALLS_H
#define DJ_POLICIES_CALLS_H

#include "policy.h"

typedef struct Calls {
  const Method *m;
  uint32_t calls, accesses;
} Calls;

typedef struct CallTable {
  Calls *c;
  uint32_t len, cap;
} CallTable;

/* The record of m (made zeroed on first use). */
Calls *calls_of(CallTable *s, const Method *m);
/* Counts a remote access to o for the method running on the top frame of c->t, if o is its
 * receiver (an access a shipped call would have made locally). */
void calls_note_access(CallTable *s, PolicyCtx *c, Object *o);
/* A policy whose state is a CallTable uses these as its fini and bytes callbacks. */
void calls_fini(PolicyCtx *c);
size_t calls_bytes(PolicyCtx *c);

#endif
