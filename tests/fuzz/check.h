/* tests/fuzz/check.h -- what the fuzz targets (and the regression test of
 * their findings) assert about one input: it is extracted without error
 * (or refused as not a document), and its record is whole.
 *
 * Owns: one engine per process, made on first use.
 * Does not: validate against the JSON Schema (make fuzz-schema does that
 * with tests/validate_records.py over a sample of the fuzz corpus).
 */
#ifndef IX_FUZZ_CHECK_H
#define IX_FUZZ_CHECK_H
#include <stddef.h>
#include <stdint.h>

/* libFuzzer's entry point, defined by each fuzz_*.c. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Extract data[0..size) as format ("text" or "html").  When writer is set,
 * also print the record with the stream writer (jsonl, pretty json, csv),
 * parse the JSON back and compare it with the record tree.  Returns NULL
 * when every check holds (a refused input, IX_EINPUT, is fine), or a
 * static message naming the first that failed. */
const char *fz_check(const uint8_t *data, size_t size, const char *format, int writer);

/* For the fuzz targets: abort with the message when fz_check fails. */
void fz_run(const uint8_t *data, size_t size, const char *format, int writer);

#endif
