/* Decoding, folding and the offset map: every span computed on the
 * normalised text must point at the right original bytes. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "pipeline/doc.h"
#include "pipeline/normalize.h"
#include "tests/unit/support.h"

static ix_doc *load(const char *bytes, size_t len)
{
    ix_err err = {0};
    ix_doc *doc = ix_doc_new("t.txt", (const unsigned char *)bytes, len, &err);
    if (!doc)
        fail_msg("ix_doc_new: %s", err.msg);
    return doc;
}

/* The original bytes behind norm[needle's position ...). */
static const char *src_of(const ix_doc *doc, const char *needle)
{
    static char buf[256];
    const char *at = strstr(doc->norm, needle);
    assert_non_null(at);
    size_t ns = (size_t)(at - doc->norm);
    ix_span s = ix_doc_src_span(doc, ns, ns + strlen(needle));
    size_t n = s.end - s.start;
    assert_true(n < sizeof buf);
    memcpy(buf, doc->src + s.start, n);
    buf[n] = '\0';
    return buf;
}

static void norm_strips_bom_and_maps_past_it(void **state)
{
    (void)state;
    const char text[] = "\xEF\xBB\xBFRated Good today.";
    ix_doc *doc = load(text, sizeof text - 1);
    assert_string_equal(doc->norm, "Rated Good today.");
    assert_string_equal(src_of(doc, "Good"), "Good");
    ix_span s = ix_doc_src_span(doc, 0, 5);
    assert_int_equal(s.start, 3);
    assert_int_equal(s.end, 8);
    ix_doc_free(doc);
}

static void norm_folds_crlf_and_spans_still_point_at_original(void **state)
{
    (void)state;
    const char text[] = "Line one.\r\nLine two is Good.\r\n\r\nThird paragraph.\r\n";
    ix_doc *doc = load(text, sizeof text - 1);
    assert_null(strchr(doc->norm, '\r'));
    assert_string_equal(src_of(doc, "Good"), "Good");
    assert_string_equal(src_of(doc, "Third paragraph."), "Third paragraph.");
    /* A span across a folded line break covers the whole CRLF. */
    assert_string_equal(src_of(doc, "one.\nLine"), "one.\r\nLine");
    assert_int_equal(doc->blocks.n, 3);
    ix_doc_free(doc);
}

static void norm_folds_curly_quotes_dashes_and_nbsp(void **state)
{
    (void)state;
    const char text[] = "\xE2\x80\x98Good\xE2\x80\x99 \xE2\x80\x93 \xE2\x80\x9CInadequate\xE2\x80\x9D"
                        "\xC2\xA0rating\xE2\x80\xA6";
    ix_doc *doc = load(text, sizeof text - 1);
    assert_string_equal(doc->norm, "'Good' - \"Inadequate\" rating...");
    assert_string_equal(src_of(doc, "'Good'"), "\xE2\x80\x98Good\xE2\x80\x99");
    assert_string_equal(src_of(doc, "\"Inadequate\""), "\xE2\x80\x9CInadequate\xE2\x80\x9D");
    assert_string_equal(src_of(doc, "rating"), "rating");
    /* The original quote character is still known. */
    assert_int_equal(ix_doc_orig_char(doc, 0), 0x2018);
    assert_int_equal(ix_doc_orig_char(doc, 5), 0x2019);
    ix_doc_free(doc);
}

static void norm_nfc_composes_and_maps_shorter_text(void **state)
{
    (void)state;
    /* "Cafe" + combining acute (3 bytes: e + U+0301) becomes "Café" (é is 2
     * bytes): later offsets shift by one and must still map back. */
    const char text[] = "Cafe\xCC\x81 inspected; rated Good.";
    ix_doc *doc = load(text, sizeof text - 1);
    assert_string_equal(doc->norm, "Caf\xC3\xA9 inspected; rated Good.");
    assert_string_equal(src_of(doc, "Good"), "Good");
    assert_string_equal(src_of(doc, "Caf\xC3\xA9"), "Cafe\xCC\x81");
    ix_doc_free(doc);
}

static void norm_replaces_invalid_utf8_and_warns(void **state)
{
    (void)state;
    const char text[] = "She said: \"We found \xFF\xFE poor work.\" Rated Good.";
    ix_doc *doc = load(text, sizeof text - 1);
    assert_non_null(strstr(doc->norm, "\xEF\xBF\xBD\xEF\xBF\xBD poor work"));
    assert_int_equal(doc->warnings.n, 2);
    assert_string_equal(doc->warnings.items[0].code, "invalid_utf8");
    assert_int_equal(doc->warnings.items[0].span.start, 20);
    assert_int_equal(doc->warnings.items[0].span.end, 21);
    assert_string_equal(src_of(doc, "Good"), "Good");
    ix_doc_free(doc);
}

static void norm_drops_zero_width_and_soft_hyphen(void **state)
{
    (void)state;
    const char text[] = "proba\xC2\xADtion\xE2\x80\x8B service rated Good.";
    ix_doc *doc = load(text, sizeof text - 1);
    assert_string_equal(doc->norm, "probation service rated Good.");
    assert_string_equal(src_of(doc, "Good"), "Good");
    assert_string_equal(src_of(doc, "probation"), "proba\xC2\xADtion");
    ix_doc_free(doc);
}

static void doc_rejects_binary_empty_and_blank(void **state)
{
    (void)state;
    ix_err err = {0};
    const char bin[] = "text\0more";
    assert_null(ix_doc_new("b", (const unsigned char *)bin, sizeof bin - 1, &err));
    assert_int_equal(err.code, IX_EINPUT);
    assert_non_null(strstr(err.msg, "NUL byte at offset 4"));
    assert_null(ix_doc_new("e", (const unsigned char *)"", 0, &err));
    assert_int_equal(err.code, IX_EINPUT);
    assert_null(ix_doc_new("w", (const unsigned char *)" \r\n\t\n", 5, &err));
    assert_int_equal(err.code, IX_EINPUT);
    assert_non_null(strstr(err.msg, "white space"));
}

static void doc_adopting_the_visible_text_maps_as_a_copy_does(void **state)
{
    (void)state;
    /* "<p>Rated &lsquo;Good&rsquo;</p>": visible "Rated 'Good'\n" */
    static const char page[] = "<p>Rated &lsquo;Good&rsquo;</p>";
    static const char vis[] = "Rated \xE2\x80\x98Good\xE2\x80\x99\n";
    const ix_map_piece map[] = {
        {0, 3, 1},     /* "Rated " linear from byte 3 */
        {6, 9, 0},     /* the opening quote, for "&lsquo;" */
        {9, 16, 1},    /* "Good" */
        {13, 20, 0},   /* the closing quote, for "&rsquo;" */
        {16, 27, 0},   /* the line end, laid out */
    };
    size_t nmap = sizeof map / sizeof *map, vlen = sizeof vis - 1;
    ix_err err = {0};
    ix_doc *copied = ix_doc_new_mapped("p.html", "html", (const unsigned char *)page,
                                       sizeof page - 1, vis, vlen, map, nmap, &err);
    assert_non_null(copied);
    char *text = malloc(vlen + 1);
    ix_map_piece *owned = malloc((nmap + 1) * sizeof *owned);
    assert_non_null(text);
    assert_non_null(owned);
    memcpy(text, vis, vlen + 1);
    memcpy(owned, map, nmap * sizeof *owned);
    ix_doc *adopted = ix_doc_adopt_mapped("p.html", "html", (const unsigned char *)page,
                                          sizeof page - 1, text, vlen, owned, nmap, &err);
    assert_non_null(adopted);
    assert_ptr_equal(adopted->pre, text);   /* taken, not copied */
    assert_string_equal(adopted->norm, copied->norm);
    assert_string_equal(adopted->norm, "Rated 'Good'\n");
    for (size_t a = 0; a < adopted->norm_len; a++)
        for (size_t b = a; b <= adopted->norm_len; b++) {
            ix_span x = ix_doc_src_span(adopted, a, b), y = ix_doc_src_span(copied, a, b);
            assert_int_equal(x.start, y.start);
            assert_int_equal(x.end, y.end);
        }
    /* "'Good'" is the page's "&lsquo;Good&rsquo;" */
    const char *g = strstr(adopted->norm, "'Good'");
    ix_span sp = ix_doc_src_span(adopted, (size_t)(g - adopted->norm),
                                 (size_t)(g - adopted->norm) + 6);
    assert_int_equal(sp.start, 9);
    assert_int_equal(sp.end, 27);
    ix_doc_free(adopted);
    ix_doc_free(copied);
    /* nothing visible: refused, and the buffers freed with it (ASan, valgrind) */
    text = malloc(1);
    owned = malloc(sizeof *owned);
    assert_non_null(text);
    assert_non_null(owned);
    text[0] = '\0';
    assert_null(ix_doc_adopt_mapped("e.html", "html", (const unsigned char *)page,
                                    sizeof page - 1, text, 0, owned, 0, &err));
    assert_int_equal(err.code, IX_EINPUT);
}

static void map_end_of_text_is_end_of_input(void **state)
{
    (void)state;
    const char text[] = "Rated \xE2\x80\x98Good\xE2\x80\x99";
    ix_doc *doc = load(text, sizeof text - 1);
    ix_span s = ix_doc_src_span(doc, 0, doc->norm_len);
    assert_int_equal(s.start, 0);
    assert_int_equal(s.end, sizeof text - 1);
    ix_doc_free(doc);
}

/* The ASCII fast path's run, byte by byte. */
static size_t plain_end_bytewise(const unsigned char *t, size_t i, size_t len)
{
    while (i < len && t[i] < 0x80 && (t[i] > '\r' || t[i] < '\t' || t[i] == '\n'))
        i++;
    return i;
}

static void norm_plain_run_ends_at_the_first_byte_to_fold(void **state)
{
    (void)state;
    unsigned char buf[40];
    /* every byte value at every place of a run of letters (and a newline
     * before it, which the run goes through) */
    for (unsigned v = 1; v < 256; v++)
        for (size_t at = 0; at < 30; at++) {
            memset(buf, 'a', sizeof buf);
            buf[3] = '\n';
            buf[at] = (unsigned char)v;
            for (size_t from = 0; from < 4; from++)
                assert_int_equal(ix_norm_plain_end(buf, from, sizeof buf),
                                 plain_end_bytewise(buf, from, sizeof buf));
        }
    const unsigned char *line = (const unsigned char *)"Inspectors visited HMP Exmoor.\nThey found\r\n";
    size_t n = strlen((const char *)line);
    assert_int_equal(ix_norm_plain_end(line, 0, n), n - 2);          /* the CR */
    assert_int_equal(ix_norm_plain_end(line, 5, 9), 9);              /* the range's end */
    assert_int_equal(ix_norm_plain_end((const unsigned char *)"a\tb", 0, 3), 1);
    assert_int_equal(ix_norm_plain_end((const unsigned char *)"caf\xc3\xa9 x", 0, 7), 3);
}

static void norm_nfc_alone_is_what_utf8proc_leaves_alone(void **state)
{
    (void)state;
    assert_true(ix_norm_nfc_alone(0x2019));          /* right single quote */
    assert_true(ix_norm_nfc_alone(0x00A3));          /* pound sign */
    /* e acute decomposes, and composes back: left to utf8proc */
    assert_false(ix_norm_nfc_alone(0x00E9));
    assert_true(ix_norm_nfc_alone(0xFB01));          /* "fi": a compatibility form only */
    assert_false(ix_norm_nfc_alone(0x212B));         /* ANGSTROM SIGN -> U+00C5 */
    assert_false(ix_norm_nfc_alone(0x0958));         /* a composition exclusion */
    assert_false(ix_norm_nfc_alone(0xAC00));         /* a Hangul syllable */
    /* every codepoint said to be alone maps to itself */
    for (int32_t c = 0x80; c <= 0x10FFFF; c++) {
        if ((c >= 0xD800 && c <= 0xDFFF) || !ix_norm_nfc_alone(c))
            continue;
        utf8proc_uint8_t in[4], *out = NULL;
        utf8proc_ssize_t n = utf8proc_encode_char(c, in);
        utf8proc_ssize_t m = utf8proc_map(in, n, &out, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (m != n || memcmp(in, out, (size_t)n) != 0)
            fail_msg("U+%04X is not its own NFC form", (unsigned)c);
        free(out);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(norm_strips_bom_and_maps_past_it),
        cmocka_unit_test(norm_folds_crlf_and_spans_still_point_at_original),
        cmocka_unit_test(norm_folds_curly_quotes_dashes_and_nbsp),
        cmocka_unit_test(norm_nfc_composes_and_maps_shorter_text),
        cmocka_unit_test(norm_replaces_invalid_utf8_and_warns),
        cmocka_unit_test(norm_drops_zero_width_and_soft_hyphen),
        cmocka_unit_test(doc_rejects_binary_empty_and_blank),
        cmocka_unit_test(map_end_of_text_is_end_of_input),
        cmocka_unit_test(doc_adopting_the_visible_text_maps_as_a_copy_does),
        cmocka_unit_test(norm_plain_run_ends_at_the_first_byte_to_fold),
        cmocka_unit_test(norm_nfc_alone_is_what_utf8proc_leaves_alone),
    };
    return cmocka_run_group_tests_name("normalize", tests, NULL, NULL);
}
