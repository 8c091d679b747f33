/* interp.h — the interpreter's entry points and helpers shared with natives and exceptions. */
#ifndef DJ_INTERP_H
#define DJ_INTERP_H

#include "vm.h"

/* Runs from t->frame until the entry frame returns. */
bool interp_run(JThread *t);
/* Charges the bytecodes executed so far to the node's CPU. */
void interp_charge(JThread *t);

/* Access checks (JVMS 5.4.4, access.c); false with IllegalAccessError pending. */
bool access_class(JThread *t, Class *from, Class *c);
bool access_member(JThread *t, Class *from, Class *ref, Class *owner, uint16_t access,
                   const char *name, const char *desc, bool is_field);
/* "void Foo.bar(int, java.lang.String)" as HotSpot writes a method in messages. */
const char *excep_method_sig(const Class *c, const char *name, const char *desc, char *buf,
                             size_t len);

/* Exceptions the interpreter raises with HotSpot's messages. */
void excep_class_cast(JThread *t, Class *from, Class *to);
void excep_throw_npe(JThread *t, Method *m, uint32_t pc);

#endif
