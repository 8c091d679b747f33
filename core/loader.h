/* loader.h — the loader's functions used by the interpreter and the VM start-up only. */
#ifndef DJ_LOADER_H
#define DJ_LOADER_H

#include "vm.h"

void loader_make_primitives(void);
void loader_free_all(void);
Class *loader_primitive(char type);
int desc_arg_slots(const char *desc, char *ret);
bool same_package(const Class *a, const Class *b);

/* The next class whose <clinit> must run before c counts as initialised, with its state
 * set to INITIALIZING; NULL when c is ready (or *failed, with an exception pending). */
Class *class_init_begin(JThread *t, Class *c, bool *failed);
void class_init_end(JThread *t, Class *k);

/* Natives standing in for methods a class does not implement. */
void natives_abstract_stub(JThread *t, Slot *args, Slot *ret);
void natives_conflict_stub(JThread *t, Slot *args, Slot *ret);

#endif
