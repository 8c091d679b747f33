/* classfile.h — parse a .class file into a read-only description, every read bounds-checked.
 *
 * Owns: the ClassFile structure and everything it points to (one arena per class file).
 * Calls: libc only.  Never: touches the heap of any node, loads other classes, or aborts on
 * bad input — every malformed input is a CfError naming the class, the byte offset and why.
 */
#ifndef DJ_CLASSFILE_H
#define DJ_CLASSFILE_H

#include <stddef.h>
#include <stdint.h>

/* Constant-pool tags (JVMS 4.4). */
enum {
  CF_UTF8 = 1,
  CF_INTEGER = 3,
  CF_FLOAT = 4,
  CF_LONG = 5,
  CF_DOUBLE = 6,
  CF_CLASS = 7,
  CF_STRING = 8,
  CF_FIELDREF = 9,
  CF_METHODREF = 10,
  CF_IMETHODREF = 11,
  CF_NAMEANDTYPE = 12,
  CF_METHODHANDLE = 15,
  CF_METHODTYPE = 16,
  CF_DYNAMIC = 17,
  CF_INVOKEDYNAMIC = 18,
  CF_MODULE = 19,
  CF_PACKAGE = 20,
};

/* Access flags (JVMS 4.1, 4.5, 4.6). */
enum {
  ACC_PUBLIC = 0x0001,
  ACC_PRIVATE = 0x0002,
  ACC_PROTECTED = 0x0004,
  ACC_STATIC = 0x0008,
  ACC_FINAL = 0x0010,
  ACC_SUPER = 0x0020,
  ACC_SYNCHRONIZED = 0x0020,
  ACC_VOLATILE = 0x0040,
  ACC_BRIDGE = 0x0040,
  ACC_TRANSIENT = 0x0080,
  ACC_VARARGS = 0x0080,
  ACC_NATIVE = 0x0100,
  ACC_INTERFACE = 0x0200,
  ACC_ABSTRACT = 0x0400,
  ACC_STRICT = 0x0800,
  ACC_SYNTHETIC = 0x1000,
  ACC_ANNOTATION = 0x2000,
  ACC_ENUM = 0x4000,
  ACC_MODULE = 0x8000, /* module-info: the one class besides java/lang/Object with no super */
};

/* One constant-pool entry. Indices are already checked: an index field of an entry points at
 * an entry of the right tag (a CF_CLASS's name at a CF_UTF8, and so on). Strings are the
 * decoded modified UTF-8 kept as-is in bytes (NUL-terminated copy; `len` excludes the NUL;
 * an embedded U+0000 is the two bytes C0 80, so C string functions are safe). */
typedef struct CfConst {
  uint8_t tag; /* 0 for the unusable slot after a long/double and for index 0 */
  union {
    struct {
      const char *s;
      uint32_t len;
    } utf8;
    int32_t i;
    int64_t l;
    float f;
    double d;
    struct {
      uint16_t name;
    } cls; /* CF_CLASS, CF_MODULE, CF_PACKAGE: -> UTF8 */
    struct {
      uint16_t str;
    } string; /* -> UTF8 */
    struct {
      uint16_t cls, nat;
    } ref; /* FIELDREF/METHODREF/IMETHODREF: -> CLASS, NAT */
    struct {
      uint16_t name, desc;
    } nat; /* -> UTF8, UTF8 */
    struct {
      uint8_t kind;
      uint16_t ref;
    } mh; /* kind 1..9, ref -> a *REF entry */
    struct {
      uint16_t desc;
    } mt; /* -> UTF8 */
    struct {
      uint16_t bsm, nat;
    } dyn; /* DYNAMIC/INVOKEDYNAMIC: bsm index, -> NAT */
  } u;
} CfConst;

typedef struct CfExceptionEntry {
  uint16_t start_pc, end_pc, handler_pc;
  uint16_t catch_type; /* 0 = any, else -> CLASS */
} CfExceptionEntry;

typedef struct CfLineNumber {
  uint16_t start_pc, line;
} CfLineNumber;

typedef struct CfCode {
  uint16_t max_stack, max_locals;
  uint32_t code_length; /* 1..65535 */
  const uint8_t *code;  /* points into the arena copy */
  uint16_t exception_count;
  CfExceptionEntry *exceptions;
  uint16_t line_count;
  CfLineNumber *lines;
} CfCode;

typedef struct CfField {
  uint16_t access;
  const char *name, *desc;
  uint16_t constant_value; /* 0 or -> INTEGER/FLOAT/LONG/DOUBLE/STRING matching the type;
                            * static fields only (ignored on instance fields, as in HotSpot) */
} CfField;

typedef struct CfMethod {
  uint16_t access;
  const char *name, *desc;
  CfCode *code;             /* NULL for native/abstract methods */
  uint16_t exception_count; /* the Exceptions attribute (throws clause) */
  uint16_t *exceptions;     /* -> CLASS */
} CfMethod;

typedef struct CfBootstrap {
  uint16_t method; /* -> METHODHANDLE */
  uint16_t arg_count;
  uint16_t *args; /* each -> a loadable constant */
} CfBootstrap;

typedef struct CfRecordComponent {
  const char *name, *desc;
} CfRecordComponent;

typedef struct ClassFile {
  uint16_t minor, major; /* major 45..61 accepted */
  uint16_t cp_count;
  CfConst *cp; /* cp[0] and long/double shadows have tag 0 */
  uint16_t access;
  const char *this_name;  /* internal form, e.g. "java/lang/String" */
  const char *super_name; /* NULL only for java/lang/Object */
  uint16_t interface_count;
  const char **interfaces;
  uint16_t field_count;
  CfField *fields;
  uint16_t method_count;
  CfMethod *methods;
  const char *source_file; /* SourceFile attribute or NULL */
  uint16_t bootstrap_count;
  CfBootstrap *bootstraps;
  const char *nest_host; /* NestHost or NULL */
  uint16_t nest_member_count;
  const char **nest_members;
  int is_record;
  uint16_t record_count;
  CfRecordComponent *record; /* Record attribute components */
  void *arena_;              /* private: all memory of this ClassFile */
} ClassFile;

/* Which Java error a parse failure is. CF_ERR_VERIFY (java.lang.VerifyError) is for the shape of
 * the bytecode: unknown opcodes, malformed instructions (wide, switch padding and order, the
 * fixed bytes of invokeinterface/invokedynamic, newarray types), instructions or execution
 * running past the end, branch and handler targets that are not instruction starts, jsr in
 * version >= 51, arguments that do not fit in max_locals. CF_ERR_FORMAT (ClassFormatError) is
 * everything else, including operands naming a wrong constant or a local >= max_locals. */
typedef enum { CF_ERR_FORMAT, CF_ERR_VERIFY, CF_ERR_UNSUPPORTED_VERSION, CF_ERR_NOMEM } CfErrorKind;

typedef struct CfError {
  CfErrorKind kind;
  size_t offset;     /* byte offset in the class file where the problem was found */
  char message[256]; /* e.g. "Foo: truncated class file: need 2 bytes at offset 10 (constant
                      * pool entry 3)"; longer messages are cut, never overflow */
} CfError;

/* Parses `len` bytes. `name_hint` (may be NULL) names the class in messages before this_class
 * is known. On success returns a ClassFile (free with cf_free); on failure NULL and *err set. */
ClassFile *cf_parse(const uint8_t *bytes, size_t len, const char *name_hint, CfError *err);
void cf_free(ClassFile *cf);

/* Helpers over a parsed, checked constant pool. */
const char *cf_utf8(const ClassFile *cf, uint16_t index);       /* UTF8 entry's string */
const char *cf_class_name(const ClassFile *cf, uint16_t index); /* CLASS entry's name */

/* Modified UTF-8 (JVMS 4.4.7). mutf8_decode writes UTF-16 code units (surrogate pairs stay
 * as two units; C0 80 is U+0000) and returns how many, or -1 if `s` is not well formed.
 * Pass out == NULL to count. mutf8_encode is the inverse: returns the byte count written
 * (without NUL), or counts when out == NULL. */
long mutf8_decode(const char *s, size_t len, uint16_t *out);
long mutf8_encode(const uint16_t *units, size_t count, char *out);
/* 1 if the bytes are well-formed modified UTF-8 (no NUL byte, no 4-byte forms). */
int mutf8_valid(const char *s, size_t len);

#endif
