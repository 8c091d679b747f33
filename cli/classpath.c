/* classpath.c — turns a `-cp` string into class path entries: directories are read by the
 * core, .jar files through libzip. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "cli.h"

static int jar_provider(void *ctx, const char *name, uint8_t **bytes, size_t *len) {
  zip_t *z = ctx;
  char path[1200];
  snprintf(path, sizeof path, "%s.class", name);
  zip_stat_t st;
  if (zip_stat(z, path, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) return -1;
  zip_file_t *f = zip_fopen(z, path, 0);
  if (!f) return -1;
  uint8_t *b = malloc(st.size ? st.size : 1);
  zip_int64_t n = zip_fread(f, b, st.size);
  zip_fclose(f);
  if (n < 0 || (zip_uint64_t)n != st.size) {
    free(b);
    return -1;
  }
  *bytes = b;
  *len = (size_t)n;
  return 0;
}

int cli_classpath_add(CliClassPath *cp, const char *spec, bool boot) {
  char *copy = strdup(spec);
  for (char *save = NULL, *e = strtok_r(copy, ":", &save); e; e = strtok_r(NULL, ":", &save)) {
    if (!*e) continue;
    cp->entries = realloc(cp->entries, (size_t)(cp->count + 1) * sizeof *cp->entries);
    ClassPathEntry *ent = &cp->entries[cp->count];
    memset(ent, 0, sizeof *ent);
    ent->boot = boot;
    size_t n = strlen(e);
    if (n > 4 && strcmp(e + n - 4, ".jar") == 0) {
      int err = 0;
      zip_t *z = zip_open(e, ZIP_RDONLY, &err);
      if (!z) {
        /* A missing class-path entry is skipped, as java does. */
        continue;
      }
      ent->provider = jar_provider;
      ent->ctx = z;
      cp->zips = realloc(cp->zips, (size_t)(cp->zip_count + 1) * sizeof *cp->zips);
      cp->zips[cp->zip_count++] = z;
    } else {
      ent->dir = strdup(e);
    }
    cp->count++;
  }
  free(copy);
  return 0;
}

void cli_classpath_free(CliClassPath *cp) {
  for (int i = 0; i < cp->count; i++) free((char *)cp->entries[i].dir);
  for (int i = 0; i < cp->zip_count; i++) zip_close(cp->zips[i]);
  free(cp->entries);
  free(cp->zips);
  memset(cp, 0, sizeof *cp);
}
