/* tests/fuzz/fuzz_text.c -- libFuzzer target: a whole document read as text,
 * every stage run; the record must be whole with every span inside the
 * input (tests/fuzz/check.h). */
#include "tests/fuzz/check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fz_run(data, size, "text", 0);
    return 0;
}
