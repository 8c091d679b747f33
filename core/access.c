/* access.c — access control at resolution time (JVMS 5.4.4): public, protected, package,
 * private with nest mates. Classes the VM generates (lambdas, string concatenation) act
 * with the rights of the class they serve. */
#include <stdio.h>
#include <string.h>

#include "interp.h"
#include "loader.h"

static Class *acting(Class *c) {
  return c->host ? c->host : c;
}

static const char *nest_host_name(Class *c) {
  c = acting(c);
  return c->cf && c->cf->nest_host ? c->cf->nest_host : c->name;
}

static const char *loader_desc(const Class *c, char *buf, size_t len) {
  while (c->kind == KIND_ARRAY) c = c->elem;
  if (c->kind == KIND_PRIMITIVE || c->boot)
    snprintf(buf, len, "module java.base of loader 'bootstrap'");
  else
    snprintf(buf, len, "unnamed module of loader 'app'");
  return buf;
}

/* HotSpot's parenthesised note on where two classes come from. */
void access_module_note(const Class *a, const Class *b, char *buf, size_t len) {
  char an[512], bn[512], al[128], bl[128];
  class_java_name(a, an, sizeof an);
  class_java_name(b, bn, sizeof bn);
  loader_desc(a, al, sizeof al);
  loader_desc(b, bl, sizeof bl);
  if (strcmp(al, bl) == 0)
    snprintf(buf, len, "%s and %s are in %s", an, bn, al);
  else
    snprintf(buf, len, "%s is in %s; %s is in %s", an, al, bn, bl);
}

bool access_class(JThread *t, Class *from, Class *c) {
  Class *base = c;
  while (base->kind == KIND_ARRAY) base = base->elem;
  if (base->kind == KIND_PRIMITIVE || (base->access & ACC_PUBLIC) || same_package(from, base))
    return true;
  char a[512], b[512], note[1200];
  access_module_note(acting(from), base, note, sizeof note);
  excep_throw_new(t, "java/lang/IllegalAccessError", "failed to access class %s from class %s (%s)",
                  class_java_name(base, b, sizeof b), class_java_name(acting(from), a, sizeof a),
                  note);
  return false;
}

bool access_member(JThread *t, Class *from, Class *ref, Class *owner, uint16_t access,
                   const char *name, const char *desc, bool is_field) {
  Class *f = acting(from);
  bool ok;
  if (access & ACC_PUBLIC)
    ok = true;
  else if (access & ACC_PRIVATE)
    ok = f == owner || strcmp(nest_host_name(f), nest_host_name(owner)) == 0;
  else if (same_package(f, owner))
    ok = true;
  else if (access & ACC_PROTECTED)
    ok = class_is_subclass(f, owner);
  else
    ok = false;
  if (ok) return true;
  (void)ref;
  char a[512], sig[1024], note[1200];
  const char *kind = access & ACC_PRIVATE     ? "private"
                     : access & ACC_PROTECTED ? "protected"
                                              : "package-private";
  if (is_field) {
    char o[512];
    snprintf(sig, sizeof sig, "%s.%s", class_java_name(owner, o, sizeof o), name);
  } else {
    excep_method_sig(owner, name, desc, sig, sizeof sig);
  }
  access_module_note(f, owner, note, sizeof note);
  excep_throw_new(t, "java/lang/IllegalAccessError", "class %s tried to access %s %s %s%s%s (%s)",
                  class_java_name(f, a, sizeof a), kind, is_field ? "field" : "method",
                  is_field ? "" : "'", sig, is_field ? "" : "'", note);
  return false;
}
