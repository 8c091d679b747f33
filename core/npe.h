/* npe.h — the text of a NullPointerException the interpreter raises, exactly as HotSpot 17
 * writes it (JEP 358): `Cannot invoke "String.length()" because "<local1>" is null`.
 *
 * Owns: a data-flow analysis of one method's original bytecode, run only when an NPE is
 * raised. Calls: libc and the class file's constant pool only. Never: allocates on a node's
 * heap, loads classes, or reads the quickened copy of the code (m->code).
 */
#ifndef DJ_NPE_H
#define DJ_NPE_H

#include <stddef.h>
#include <stdint.h>

#include "vm.h"

/* Writes the message for an NPE raised by the instruction at byte offset `pc` of m into
 * out (NUL-terminated, truncated to len - 1 bytes) and returns its length; returns 0 when
 * HotSpot gives the exception no message (a constructor call, an instruction that cannot
 * dereference, a method of a generated class, no code). */
size_t npe_message(const Method *m, uint32_t pc, char *out, size_t len);

#endif
