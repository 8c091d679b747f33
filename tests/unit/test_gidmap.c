/* test_gidmap.c — the gid map of core/gidmap.c: insert, find, overwrite and remove; absent
 * keys; removal inside a run of colliding keys (also where the run wraps past the table's
 * end) keeps every later entry findable; growth past many entries. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "gidmap.h"

/* A gid as dist.c makes them: home node in the top 16 bits, serial below. */
static uint64_t gid(int node, uint64_t serial) {
  return (uint64_t)node << 48 | serial;
}

static uint64_t value_of(const GidMap *m, uint64_t g) {
  uint64_t v = 0;
  assert_true(gidmap_find(m, g, &v));
  return v;
}

/* The first `n` gids (from node 1, serial `from` up) whose home slot in a table of `cap`
 * slots is `slot`. */
static void colliding(uint64_t *out, int n, uint32_t slot, uint32_t cap, uint64_t from) {
  for (uint64_t s = from; n; s++)
    if (gidmap_slot(gid(1, s), cap) == slot) {
      *out++ = gid(1, s);
      n--;
    }
}

static void an_empty_map_finds_nothing(void **state) {
  (void)state;
  GidMap m = {0};
  uint64_t v = 42;
  assert_false(gidmap_find(&m, gid(0, 1), &v));
  assert_int_equal(v, 42);
  gidmap_remove(&m, gid(0, 1)); /* absent, on a map without a table: nothing happens */
  assert_int_equal(m.len, 0);
  gidmap_free(&m);
}

static void insert_find_remove(void **state) {
  (void)state;
  GidMap m = {0};
  gidmap_put(&m, gid(0, 1), 100);
  gidmap_put(&m, gid(3, 1), 300);
  assert_int_equal(m.len, 2);
  assert_int_equal(value_of(&m, gid(0, 1)), 100);
  assert_int_equal(value_of(&m, gid(3, 1)), 300);
  uint64_t v;
  assert_false(gidmap_find(&m, gid(1, 1), &v));
  gidmap_remove(&m, gid(0, 1));
  assert_int_equal(m.len, 1);
  assert_false(gidmap_find(&m, gid(0, 1), &v));
  assert_int_equal(value_of(&m, gid(3, 1)), 300);
  gidmap_remove(&m, gid(0, 1)); /* absent now: nothing happens */
  assert_int_equal(m.len, 1);
  gidmap_free(&m);
  assert_int_equal(m.cap, 0);
  assert_false(gidmap_find(&m, gid(3, 1), &v));
}

static void put_overwrites(void **state) {
  (void)state;
  GidMap m = {0};
  gidmap_put(&m, gid(2, 7), 1);
  gidmap_put(&m, gid(2, 7), 2);
  assert_int_equal(m.len, 1);
  assert_int_equal(value_of(&m, gid(2, 7)), 2);
  gidmap_free(&m);
}

/* Five keys with the same home slot form one run; removing each position in turn must
 * leave the other four findable (the run is closed up, not cut). */
static void removal_keeps_later_entries_findable(void **state) {
  (void)state;
  for (int victim = 0; victim < 5; victim++) {
    GidMap m = {0};
    gidmap_put(&m, gid(0, 999), 0); /* makes the table (256 slots) */
    gidmap_remove(&m, gid(0, 999));
    assert_int_equal(m.cap, 256);
    uint64_t keys[5];
    colliding(keys, 5, 17, m.cap, 1);
    for (int i = 0; i < 5; i++) gidmap_put(&m, keys[i], (uint64_t)i + 10);
    gidmap_remove(&m, keys[victim]);
    uint64_t v;
    assert_false(gidmap_find(&m, keys[victim], &v));
    for (int i = 0; i < 5; i++)
      if (i != victim) assert_int_equal(value_of(&m, keys[i]), (uint64_t)i + 10);
    assert_int_equal(m.len, 4);
    gidmap_free(&m);
  }
}

/* A run that starts in the last slots wraps to slot 0; keys of another home slot sit in it
 * too. Removing from the part before the wrap must move the wrapped entries back. */
static void removal_in_a_run_that_wraps(void **state) {
  (void)state;
  GidMap m = {0};
  gidmap_put(&m, gid(0, 999), 0);
  gidmap_remove(&m, gid(0, 999));
  uint32_t last = m.cap - 1;
  uint64_t tail[3], head[2];
  colliding(tail, 3, last - 1, m.cap, 1); /* slots 254, 255, then 0 */
  colliding(head, 2, 0, m.cap, 1);        /* home 0: slots 1, 2 */
  for (int i = 0; i < 3; i++) gidmap_put(&m, tail[i], 1);
  for (int i = 0; i < 2; i++) gidmap_put(&m, head[i], 2);
  assert_true(m.keys[0] == tail[2]);
  gidmap_remove(&m, tail[0]);
  for (int i = 1; i < 3; i++) assert_int_equal(value_of(&m, tail[i]), 1);
  for (int i = 0; i < 2; i++) assert_int_equal(value_of(&m, head[i]), 2);
  gidmap_remove(&m, tail[1]);
  gidmap_remove(&m, tail[2]);
  for (int i = 0; i < 2; i++) assert_int_equal(value_of(&m, head[i]), 2);
  assert_true(m.keys[0] == head[0]); /* home 0 entries moved back home */
  assert_int_equal(m.len, 2);
  gidmap_free(&m);
}

/* 100,000 entries over four nodes: the table grows (staying at most half full) and every
 * entry keeps its value; then every other one is removed and the rest are still found. */
static void growth_past_many_entries(void **state) {
  (void)state;
  GidMap m = {0};
  const uint64_t n = 100000;
  for (uint64_t i = 1; i <= n; i++) gidmap_put(&m, gid((int)(i % 4), i), i * 3);
  assert_int_equal(m.len, n);
  assert_true(m.cap >= 2 * n);
  assert_true((m.cap & (m.cap - 1)) == 0);
  for (uint64_t i = 1; i <= n; i++) assert_int_equal(value_of(&m, gid((int)(i % 4), i)), i * 3);
  for (uint64_t i = 1; i <= n; i += 2) gidmap_remove(&m, gid((int)(i % 4), i));
  assert_int_equal(m.len, n / 2);
  uint64_t v;
  for (uint64_t i = 1; i <= n; i++) {
    if (i % 2)
      assert_false(gidmap_find(&m, gid((int)(i % 4), i), &v));
    else
      assert_int_equal(value_of(&m, gid((int)(i % 4), i)), i * 3);
  }
  assert_false(gidmap_find(&m, gid(5, 1), &v));
  gidmap_free(&m);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(an_empty_map_finds_nothing),
      cmocka_unit_test(insert_find_remove),
      cmocka_unit_test(put_overwrites),
      cmocka_unit_test(removal_keeps_later_entries_findable),
      cmocka_unit_test(removal_in_a_run_that_wraps),
      cmocka_unit_test(growth_past_many_entries),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
