/* test_proto.c — the wire codec: every message type round-trips; short, empty and unknown
 * messages are rejected with a reason; the byte reader never reads past its end. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "proto.h"

/* The largest value a field of `size` bytes holds, different per field. */
static uint64_t sample(int size, int i) {
  uint64_t max = size == 8 ? UINT64_MAX : (1ull << (8 * size)) - 1;
  return max - (uint64_t)i;
}

static void every_type_round_trips(void **state) {
  (void)state;
  const char tail[] = "tail bytes";
  for (int type = 0; type < MSG_COUNT; type++) {
    const ProtoType *pt = proto_type(type);
    assert_non_null(pt);
    Msg m = {.type = type};
    for (int i = 0; i < pt->nfields; i++) m.f[i] = sample(pt->sizes[i], i);
    Buf b = {0};
    proto_encode(&b, &m, tail, sizeof tail);
    size_t header = 1;
    for (int i = 0; i < pt->nfields; i++) header += pt->sizes[i];
    assert_int_equal(b.len, header + sizeof tail);
    Msg d;
    char err[128];
    assert_int_equal(proto_decode(b.p, b.len, &d, err, sizeof err), 0);
    assert_int_equal(d.type, type);
    for (int i = 0; i < pt->nfields; i++) assert_true(d.f[i] == m.f[i]);
    assert_int_equal(d.tail_len, sizeof tail);
    assert_memory_equal(d.tail, tail, sizeof tail);
    buf_free(&b);
  }
}

static void truncated_headers_are_rejected(void **state) {
  (void)state;
  for (int type = 0; type < MSG_COUNT; type++) {
    const ProtoType *pt = proto_type(type);
    if (!pt->nfields) continue;
    Msg m = {.type = type};
    Buf b = {0};
    proto_encode(&b, &m, NULL, 0);
    for (size_t cut = 1; cut < b.len; cut++) {
      Msg d;
      char err[128] = "";
      assert_int_equal(proto_decode(b.p, cut, &d, err, sizeof err), -1);
      assert_non_null(strstr(err, "cut short"));
      assert_non_null(strstr(err, pt->name));
    }
    buf_free(&b);
  }
}

static void empty_and_unknown_are_rejected(void **state) {
  (void)state;
  Msg d;
  char err[128] = "";
  assert_int_equal(proto_decode("", 0, &d, err, sizeof err), -1);
  assert_string_equal(err, "empty message");
  uint8_t bad = MSG_COUNT;
  assert_int_equal(proto_decode(&bad, 1, &d, err, sizeof err), -1);
  assert_non_null(strstr(err, "unknown message type"));
  bad = 0xff;
  assert_int_equal(proto_decode(&bad, 1, &d, err, sizeof err), -1);
}

static void reader_stops_at_the_end(void **state) {
  (void)state;
  uint8_t bytes[5] = {1, 2, 3, 4, 5};
  Buf r = buf_reader(bytes, sizeof bytes);
  assert_int_equal(buf_get_u32(&r), 0x04030201);
  assert_false(r.bad);
  assert_int_equal(buf_get_u16(&r), 0); /* one byte left: too short */
  assert_true(r.bad);
  assert_string_equal(r.why, "message cut short");
  assert_null(buf_get_bytes(&r, 1)); /* once bad, always bad */
  Buf w = {0};
  buf_u64(&w, 0x0102030405060708ull);
  buf_u8(&w, 9);
  Buf r2 = buf_reader(w.p, w.len);
  assert_true(buf_get_u64(&r2) == 0x0102030405060708ull);
  assert_int_equal(buf_get_u8(&r2), 9);
  assert_false(r2.bad);
  assert_null(buf_get_bytes(&r2, 1));
  assert_true(r2.bad);
  buf_free(&w);
}

static void names_are_unique(void **state) {
  (void)state;
  for (int a = 0; a < MSG_COUNT; a++)
    for (int b = a + 1; b < MSG_COUNT; b++) assert_string_not_equal(proto_name(a), proto_name(b));
  assert_string_equal(proto_name(MSG_COUNT), "?");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(every_type_round_trips),
      cmocka_unit_test(truncated_headers_are_rejected),
      cmocka_unit_test(empty_and_unknown_are_rejected),
      cmocka_unit_test(reader_stops_at_the_end),
      cmocka_unit_test(names_are_unique),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
