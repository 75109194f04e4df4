/* tests/fuzz/fuzz_record.c -- libFuzzer target: the record writer.  The
 * first byte picks text or HTML (odd: HTML); the rest is the document.  Its
 * record is printed by the stream writer as JSON Lines, pretty JSON and
 * CSV; each JSON output must be valid UTF-8, parse back, and equal the
 * record tree, with every span inside the input (tests/fuzz/check.h). */
#include "tests/fuzz/check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    fz_run(data + 1, size - 1, (data[0] & 1) ? "html" : "text", 1);
    return 0;
}
