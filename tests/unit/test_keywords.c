/* The one keyword pass (extractors/keywords): the stages' words found once
 * per document answer exactly as the byte scans they replaced. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extractors/caseloads.h"
#include "extractors/figures.h"
#include "extractors/keywords.h"
#include "extractors/scan.h"
#include "extractors/subjects.h"
#include "tests/unit/support.h"

static ix_keywords *kw;

static int setup(void **state)
{
    (void)state;
    ix_err err = {0};
    kw = ix_keywords_new(&err);
    return kw ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    ix_keywords_free(kw);
    return 0;
}

/* A document with its keyword hits, over text (kept alive by the caller). */
static ix_doc *indexed(const char *text)
{
    ix_doc *doc = t_load(text);
    ix_err err = {0};
    assert_int_equal(ix_keywords_index(kw, doc, &err), IX_OK);
    assert_non_null(doc->keywords);
    return doc;
}

static void keywords_hold_every_stage_table_word(void **state)
{
    (void)state;
    /* one word of each stage's tables, and band words from the scales */
    static const char *const words[] = {"per", "quart", "supervis", "case-load", "recommending",
                                        "last inspection", "lowest", "top ", "in sum", " of ",
                                        "editor", "00:01", "improvement", "outstanding", NULL};
    for (size_t i = 0; words[i]; i++)
        assert_true(ix_keywords_has(kw, words[i]));
    assert_true(ix_keywords_has(kw, "PER"));
    assert_false(ix_keywords_has(kw, "zebra"));
}

static void keywords_find_a_whole_word_as_the_scan_did(void **state)
{
    (void)state;
    const char *text = "Inspectors found that 41 per cent of cases were in hand. Perhaps.\n";
    ix_doc *doc = indexed(text);
    size_t n = doc->norm_len;
    /* "per" inside "Perhaps" is no word; the first whole "per" is at 25 */
    assert_int_equal(ix_keywords_find(doc, 0, n, "per"), 25);
    assert_int_equal(ix_keywords_find(doc, 26, n, "per"), (size_t)-1);
    /* "in" stands only before "hand", not inside "Inspectors" or "found" */
    assert_int_equal(ix_keywords_find(doc, 0, n, "in"), 48);
    /* at the range's own edges the word need not be a whole word */
    assert_int_equal(ix_keywords_find(doc, 57, 60, "per"), 57);
    assert_int_equal(ix_keywords_find(doc, 0, 2, "in"), 0);
    /* every range answers as ix_scan_find_word does */
    static const char *const words[] = {"per", "in", "out", "recommendation", "zebra", NULL};
    for (size_t w = 0; words[w]; w++)
        for (size_t a = 0; a < n; a += 3)
            for (size_t b = a; b <= n; b += 5)
                assert_int_equal(ix_keywords_find(doc, a, b, words[w]),
                                 ix_scan_find_word(doc->norm, a, b, words[w]));
    ix_doc_free(doc);
}

static void keywords_contain_a_stem_inside_longer_words(void **state)
{
    (void)state;
    const char *text = "Two-thirds of staff. Quarterly reviews were late.";
    ix_doc *doc = indexed(text);
    size_t n = doc->norm_len;
    assert_true(ix_keywords_contains(doc, 0, n, "third", 0));
    assert_false(ix_keywords_contains(doc, 0, 8, "third", 0));   /* "Two-thir" */
    assert_true(ix_keywords_contains(doc, 0, 9, "third", 0));
    /* "Quarterly": a stem written with a capital counts only at any case */
    assert_true(ix_keywords_contains(doc, 0, n, "quart", 0));
    assert_false(ix_keywords_contains(doc, 0, n, "quart", 1));
    /* a word no stage looks for is still answered, by a scan */
    assert_true(ix_keywords_contains(doc, 0, n, "reviews were", 0));
    assert_false(ix_keywords_contains(doc, 0, n, "zebra", 0));
    static const char *const stems[] = {"zebra", "staff", NULL};
    assert_true(ix_keywords_contains_any(doc, 0, n, stems));
    assert_false(ix_keywords_contains_any(doc, 21, n, stems));
    ix_doc_free(doc);
}

/* The same words in a list of the caller's own: answered word by word. */
static const char *const *copy_of(const char *const *list, const char **out)
{
    size_t n = 0;
    for (; list[n]; n++)
        out[n] = list[n];
    out[n] = NULL;
    return out;
}

static void keywords_a_stage_list_answers_as_a_copy_of_it(void **state)
{
    (void)state;
    const char *text = "Nearly half of the cases were in hand. Staff serve the wing. 41 per cent agreed.";
    ix_doc *doc = indexed(text);
    size_t n = doc->norm_len;
    /* figures' markers (whole words) and caseloads' cues (stems): lists
     * the index resolved at start-up */
    const char *const *markers = ix_figures_keywords[0], *const *cues = ix_caseloads_keywords[0];
    const char *mine[2][64];
    const char *const *markers_copy = copy_of(markers, mine[0]), *const *cues_copy = copy_of(cues, mine[1]);
    assert_true(ix_keywords_any(doc, 0, 20, markers));           /* "half" */
    assert_false(ix_keywords_any(doc, 39, 60, markers));         /* "Staff serve the wing." */
    assert_true(ix_keywords_contains_any(doc, 39, 60, cues));    /* "serv" */
    assert_false(ix_keywords_contains_any(doc, 0, 38, cues));
    for (size_t a = 0; a < n; a += 2)
        for (size_t b = a; b <= n; b += 3) {
            assert_int_equal(ix_keywords_any(doc, a, b, markers), ix_keywords_any(doc, a, b, markers_copy));
            assert_int_equal(ix_keywords_contains_any(doc, a, b, cues),
                             ix_keywords_contains_any(doc, a, b, cues_copy));
        }
    ix_doc_free(doc);
}

/* A stage's list asked again and again in one document is answered from
 * its words' occurrences merged in one array: every range answers as the
 * words asked one by one (a copy of the list, which is never merged), also
 * where a word runs past the range's end ("caseload" cut after "case")
 * while a shorter one inside it ("case load" no, "care" yes) fits. */
static void keywords_a_list_asked_often_answers_as_before(void **state)
{
    (void)state;
    const char *text = "Our caseload, a case load and care at home; CASELOADS serviced with care.";
    ix_doc *doc = indexed(text);
    size_t n = doc->norm_len;
    const char *const *cues = ix_caseloads_keywords[0];
    const char *mine[64];
    const char *const *cues_copy = copy_of(cues, mine);
    assert_true(ix_keywords_contains_any(doc, 4, 12, cues));     /* "caseload" */
    assert_false(ix_keywords_contains_any(doc, 4, 11, cues));    /* "caseloa" */
    for (int round = 0; round < 2; round++)                      /* before and after merging */
        for (size_t a = 0; a <= n; a++)
            for (size_t b = a; b <= n; b++)
                assert_int_equal(ix_keywords_contains_any(doc, a, b, cues),
                                 ix_keywords_contains_any(doc, a, b, cues_copy));
    assert_false(ix_keywords_contains_any(doc, 4, 11, cues));
    assert_true(ix_keywords_contains_any(doc, 30, 34, cues));    /* "care" */
    assert_false(ix_keywords_contains_any(doc, n, n, cues));
    ix_doc_free(doc);
}

static void keywords_first_gives_the_first_place_of_a_stem(void **state)
{
    (void)state;
    const char *text = "Two-thirds of staff. A third. Quarterly reviews were late.";
    ix_doc *doc = indexed(text);
    size_t n = doc->norm_len;
    assert_int_equal(ix_keywords_first(doc, 0, n, "third"), 4);     /* inside "Two-thirds" */
    assert_int_equal(ix_keywords_first(doc, 5, n, "third"), 23);
    assert_int_equal(ix_keywords_first(doc, 5, 27, "third"), (size_t)-1);   /* cut short */
    assert_int_equal(ix_keywords_first(doc, 0, n, "QUART"), 30);
    /* a word no stage looks for, by a scan */
    assert_int_equal(ix_keywords_first(doc, 0, n, "reviews were"), 40);
    assert_int_equal(ix_keywords_first(doc, 0, n, "zebra"), (size_t)-1);
    ix_doc_free(doc);
}

static void keywords_are_folded_only_in_ascii(void **state)
{
    (void)state;
    /* "caf\u00e9 PER cent": the é is no letter of any word, and case is folded */
    const char *text = "Caf\xc3\xa9 PER cent";
    ix_doc *doc = indexed(text);
    assert_int_equal(ix_keywords_find(doc, 0, doc->norm_len, "per"), 6);
    static const char *const list[] = {"zebra", "cent", NULL};
    assert_true(ix_keywords_any(doc, 0, doc->norm_len, list));
    ix_doc_free(doc);
}

static void keywords_rx_find_matches_as_the_plain_search(void **state)
{
    (void)state;
    ix_err err = {0};
    const char *pat = "\\b(?:owned|run)\\s+by\\s+[A-Z]\\w+";
    ix_rx *rx = ix_rx_new("t", pat, PCRE2_CASELESS, &err);
    ix_rx *at = ix_rx_new("t", pat, PCRE2_ANCHORED | PCRE2_CASELESS, &err);
    assert_non_null(rx);
    assert_non_null(at);
    static const char *const leads[] = {"owned", "run", NULL};
    static const char *const texts[] = {
        "It is owned by Calder and run by Moor. Rerun by nobody.",
        "Nothing here is owned.",
        "Owned  by Calder, it is RUN BY Vale.",
        "It is \xc5\xbfomething owned by Calder.",   /* a long s: the plain search */
        /* leads inside words are never tried; after punctuation they are */
        "Rerun by Vale, overrun by Moor, x_run by Kay, 2run by Lee, (run by Ann) -owned by Bo",
    };
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        ix_doc *doc = indexed(texts[t]);
        for (size_t from = 0; from <= doc->norm_len; from++) {
            ix_rxm m1, m2;
            int r1 = ix_rx_find(rx, doc->norm, from, doc->norm_len, &m1, &err);
            int r2 = ix_keywords_rx_find(doc, rx, at, leads, NULL, from, doc->norm_len, &m2, &err);
            assert_int_equal(r1, r2);
            if (r1 == 1) {
                assert_int_equal(m1.g[0].start, m2.g[0].start);
                assert_int_equal(m1.g[0].end, m2.g[0].end);
            }
            /* the leads split over the two lists */
            r2 = ix_keywords_rx_find(doc, rx, at, leads + 1, leads, from, doc->norm_len, &m2, &err);
            assert_int_equal(r1, r2);
            if (r1 == 1)
                assert_int_equal(m1.g[0].start, m2.g[0].start);
            /* one-byte leads are found by a scan, not the index */
            static const char *const bytes[] = {"o", "R", NULL};
            r2 = ix_keywords_rx_find(doc, rx, at, bytes, NULL, from, doc->norm_len, &m2, &err);
            assert_int_equal(r1, r2);
            if (r1 == 1)
                assert_int_equal(m1.g[0].start, m2.g[0].start);
        }
        /* a range that ends inside or just after a lead */
        for (size_t end = 0; end <= doc->norm_len; end++) {
            ix_rxm m1, m2;
            int r1 = ix_rx_find(rx, doc->norm, 0, end, &m1, &err);
            int r2 = ix_keywords_rx_find(doc, rx, at, leads, NULL, 0, end, &m2, &err);
            assert_int_equal(r1, r2);
            if (r1 == 1)
                assert_int_equal(m1.g[0].start, m2.g[0].start);
        }
        ix_doc_free(doc);
    }
    ix_doc *doc = indexed(texts[0]);
    ix_rxm m;
    assert_int_equal(ix_keywords_rx_find(doc, rx, at, leads, NULL, 0, doc->norm_len, &m, &err), 1);
    assert_int_equal(m.g[0].start, 6);
    assert_false(ix_keywords_long_s(doc));
    ix_doc_free(doc);
    doc = indexed(texts[3]);
    assert_true(ix_keywords_long_s(doc));
    ix_doc_free(doc);
    ix_rx_free(rx);
    ix_rx_free(at);
}

/* One buffer filled again with other leads (ix_keywords_live_leads does
 * this): the places are the words', not the array's. */
static void keywords_rx_find_reads_a_refilled_lead_buffer_afresh(void **state)
{
    (void)state;
    ix_err err = {0};
    const char *pat = "\\b(?:owned|run)\\s+by\\s+[A-Z]\\w+";
    ix_rx *rx = ix_rx_new("t", pat, PCRE2_CASELESS, &err);
    ix_rx *at = ix_rx_new("t", pat, PCRE2_ANCHORED | PCRE2_CASELESS, &err);
    assert_non_null(rx);
    assert_non_null(at);
    ix_doc *doc = indexed("It is run by Moor and owned by Calder.");
    const char *buf[3] = {"owned", NULL, NULL};
    ix_rxm m;
    assert_int_equal(ix_keywords_rx_find(doc, rx, at, buf, NULL, 0, doc->norm_len, &m, &err), 1);
    assert_int_equal(m.g[0].start, 22);
    buf[0] = "run";
    assert_int_equal(ix_keywords_rx_find(doc, rx, at, buf, NULL, 0, doc->norm_len, &m, &err), 1);
    assert_int_equal(m.g[0].start, 6);
    ix_doc_free(doc);
    ix_rx_free(rx);
    ix_rx_free(at);
}

/* A stage's own list of leads (subjects' owner leads, a read-only table)
 * is known again by its address; a buffer holding the same words, or
 * refilled with others, is still read word by word: every search answers
 * as the plain one. */
static void keywords_rx_find_knows_a_stage_list_by_its_address(void **state)
{
    (void)state;
    ix_err err = {0};
    const char *pat = "\\b(?:owned|run)\\s+by\\s+[A-Z]\\w+";
    ix_rx *rx = ix_rx_new("t", pat, PCRE2_CASELESS, &err);
    ix_rx *at = ix_rx_new("t", pat, PCRE2_ANCHORED | PCRE2_CASELESS, &err);
    assert_non_null(rx);
    assert_non_null(at);
    ix_doc *doc = indexed("It is run by Moor and owned by Calder.");
    const char *const *owners = ix_subjects_keywords[0];
    const char *buf[16];
    ix_rxm m;
    for (int round = 0; round < 2; round++) {
        assert_int_equal(ix_keywords_rx_find(doc, rx, at, owners, NULL, 0, doc->norm_len, &m, &err), 1);
        assert_int_equal(m.g[0].start, 6);
        assert_int_equal(ix_keywords_rx_find(doc, rx, at, owners, NULL, 7, doc->norm_len, &m, &err), 1);
        assert_int_equal(m.g[0].start, 22);
        const char *const *copy = copy_of(owners, buf);
        assert_int_equal(ix_keywords_rx_find(doc, rx, at, copy, NULL, 0, doc->norm_len, &m, &err), 1);
        assert_int_equal(m.g[0].start, 6);
        buf[0] = "owned", buf[1] = NULL;
        assert_int_equal(ix_keywords_rx_find(doc, rx, at, buf, NULL, 0, doc->norm_len, &m, &err), 1);
        assert_int_equal(m.g[0].start, 22);
    }
    ix_doc_free(doc);
    ix_rx_free(rx);
    ix_rx_free(at);
}

static void keywords_live_leads_drop_a_lead_whose_guard_is_absent(void **state)
{
    (void)state;
    static const char *const leads[] = {"said", "watchdog", "council", NULL};
    static const char *const said[] = {"said", "statement", NULL};
    static const char *const council[] = {"council", "leader", "councillor", NULL};
    static const char *const *const guards[] = {said, council, NULL};
    const char *out[4];
    ix_doc *doc = indexed("The council said so. A statement followed.");
    size_t stop = 20;   /* "The council said so." */
    const char *const *live = ix_keywords_live_leads(doc, 0, stop, leads, guards, out, 4);
    assert_ptr_equal(live, out);
    assert_string_equal(live[0], "watchdog");
    assert_null(live[1]);
    live = ix_keywords_live_leads(doc, 0, doc->norm_len, leads, guards, out, 4);
    assert_string_equal(live[0], "said");
    assert_string_equal(live[1], "watchdog");
    assert_null(live[2]);
    /* no guards, or too little room: the list as it is */
    assert_ptr_equal(ix_keywords_live_leads(doc, 0, stop, leads, NULL, out, 4), leads);
    assert_ptr_equal(ix_keywords_live_leads(doc, 0, stop, leads, guards, out, 2), leads);
    ix_doc_free(doc);
    /* a long s may spell a guard word: every lead stays */
    doc = indexed("The council \xc5\xbf" "aid so.");
    assert_ptr_equal(ix_keywords_live_leads(doc, 0, doc->norm_len, leads, guards, out, 4), leads);
    ix_doc_free(doc);
}

static void keywords_present_keeps_the_leads_a_range_holds(void **state)
{
    (void)state;
    static const char *const leads[] = {"owned", "run", "probation", NULL};
    const char *out[4];
    ix_doc *doc = indexed("It is owned by Calder. Rerun by nobody.");
    const char *const *in = ix_keywords_present(doc, 0, doc->norm_len, leads, out, 4);
    assert_ptr_equal(in, out);
    assert_string_equal(in[0], "owned");
    assert_string_equal(in[1], "run");   /* inside "Rerun": a lead may be tried there */
    assert_null(in[2]);
    in = ix_keywords_present(doc, 0, 11, leads, out, 4);   /* "It is owned" */
    assert_string_equal(in[0], "owned");
    assert_null(in[1]);
    assert_ptr_equal(ix_keywords_present(doc, 0, doc->norm_len, leads, out, 2), leads);
    ix_doc_free(doc);
}

static void stages_read_the_same_records_with_the_keyword_pass(void **state)
{
    (void)state;
    /* the whole pipeline builds the hits before the stages run */
    ix_doc *doc = t_extract("Inspectors made 7 recommendations. Almost a third of cases were late.\n");
    assert_non_null(doc->keywords);
    assert_int_equal(doc->recommendations.count, 7);
    assert_int_equal(doc->figures.n, 1);
    assert_string_equal(doc->figures.items[0].kind, "fraction");
    t_free(doc);
}

static void keywords_word_start_finds_a_stem_opening_a_word(void **state)
{
    (void)state;
    ix_doc *doc = indexed("On behalf of two-thirds, Perception and headquarters.\n");
    size_t n = doc->norm_len;
    assert_false(ix_keywords_word_start(doc, 0, n, "half"));       /* inside "behalf" */
    assert_true(ix_keywords_word_start(doc, 0, n, "third"));       /* after the hyphen */
    assert_true(ix_keywords_word_start(doc, 0, n, "perce"));       /* any case */
    assert_false(ix_keywords_word_start(doc, 0, n, "quarter"));    /* inside "headquarters" */
    assert_false(ix_keywords_word_start(doc, 0, 19, "third"));     /* does not fit before 19 */
    assert_true(ix_keywords_word_start(doc, 5, n, "half"));        /* the range's start counts */
    assert_true(ix_keywords_word_start(doc, 0, n, "and"));         /* not indexed: a scan */
    assert_false(ix_keywords_word_start(doc, 0, n, "ception"));
    ix_doc_free(doc);
}

static void keywords_cursors_answer_as_contains_any_window_after_window(void **state)
{
    (void)state;
    const char *text = "The unit was good. Leaders were strong. Staff rated it good, overall.\n";
    ix_doc *doc = indexed(text);
    static const char *const list[] = {"good", "overall", "zebra", NULL};
    ix_keywords_cursor *c = ix_keywords_cursors(doc, list);
    assert_non_null(c);
    /* windows moving forward, then one moving back: each as contains_any
     * ({44, 60} and {50, 62} start by the next occurrence, "good" at 55:
     * answered from the kept end; {58, 70} starts past it) */
    static const size_t win[][2] = {{0, 18}, {0, 13}, {19, 39}, {40, 70}, {44, 60}, {50, 62},
                                    {58, 70}, {62, 70}, {61, 68}, {4, 18}};
    static const int want[] = {1, 0, 0, 1, 1, 1, 1, 0, 1, 1};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        assert_int_equal(ix_keywords_contains_any(doc, win[i][0], win[i][1], list), want[i]);
        assert_int_equal(ix_keywords_cursors_any(doc, c, win[i][0], win[i][1]), want[i]);
    }
    ix_doc_free(doc);
}

static void keywords_in_a_long_text_are_all_found(void **state)
{
    (void)state;
    /* more word ends than the index keeps between its count and its fill:
     * the hits past them are found by a second run, in the same order */
    static const char unit[] = "in the good inn, per cent ";
    size_t reps = 20000, ul = sizeof unit - 1;
    char *text = malloc(reps * ul + 16);
    assert_non_null(text);
    for (size_t r = 0; r < reps; r++)
        memcpy(text + r * ul, unit, ul);
    strcpy(text + reps * ul, "in good.\n");
    ix_doc *doc = indexed(text);
    size_t n = doc->norm_len;
    static const char *const words[] = {"in", "good", "per", "cent", NULL};
    for (size_t w = 0; words[w]; w++)
        for (size_t a = 0; a < n; a += n / 7 + 3) {
            assert_int_equal(ix_keywords_find(doc, a, n, words[w]),
                             ix_scan_find_word(doc->norm, a, n, words[w]));
            assert_int_equal(ix_keywords_find(doc, n - 40, n, words[w]),
                             ix_scan_find_word(doc->norm, n - 40, n, words[w]));
        }
    assert_true(ix_keywords_contains(doc, n - 20, n, "ent", 0));
    /* more places of a pattern's leads than are kept at once: searches
     * forward, and back again, find what the plain search finds */
    ix_err err = {0};
    const char *pat = "\\b(?:in|per)\\s+good\\b";   /* only at the end */
    ix_rx *rx = ix_rx_new("t", pat, 0, &err);
    ix_rx *at = ix_rx_new("t", pat, PCRE2_ANCHORED, &err);
    assert_non_null(rx);
    assert_non_null(at);
    static const char *const leads[] = {"in", "per", NULL};
    size_t froms[] = {0, 5, n / 2, n / 2 + 11, n - 30, 7, n / 3, n - 1};
    for (size_t k = 0; k < sizeof froms / sizeof *froms; k++) {
        ix_rxm m1, m2;
        int r1 = ix_rx_find(rx, doc->norm, froms[k], n, &m1, &err);
        int r2 = ix_keywords_rx_find(doc, rx, at, leads, NULL, froms[k], n, &m2, &err);
        assert_int_equal(r1, r2);
        assert_int_equal(r1, froms[k] < n - 20);
        if (r1 == 1)
            assert_int_equal(m1.g[0].start, m2.g[0].start);
    }
    ix_rx_free(rx);
    ix_rx_free(at);
    ix_doc_free(doc);
    free(text);
}

static void keywords_in_a_varied_long_text_are_every_occurrence(void **state)
{
    (void)state;
    /* words in a changing order over several blocks of the index, so some
     * straddle the places where it splits its reading: each stem's hits
     * are exactly the places a byte scan finds, one by one */
    static const char *const pieces[] = {"per cent ", "Good ", "inn ", "in ", "supervision ",
                                         "case-load ", "the ", "improvement, ", "x"};
    size_t np = sizeof pieces / sizeof *pieces, cap = 200000, n = 0;
    char *text = malloc(cap + 64);
    assert_non_null(text);
    for (uint32_t r = 1; n < cap; r = r * 1103515245u + 12345u) {
        const char *p = pieces[(r >> 16) % np];
        memcpy(text + n, p, strlen(p));
        n += strlen(p);
    }
    strcpy(text + n, ".\n");
    ix_doc *doc = indexed(text);
    n = doc->norm_len;
    static const char *const stems[] = {"per", "cent", "good", "in", "supervis", "case-load",
                                        "improvement", NULL};
    for (size_t k = 0; stems[k]; k++) {
        size_t wl = strlen(stems[k]), from = 0;
        for (size_t i = 0; i + wl <= n; i++)
            if (strncasecmp(doc->norm + i, stems[k], wl) == 0) {
                assert_int_equal(ix_keywords_first(doc, from, n, stems[k]), i);
                from = i + 1;
            }
        assert_int_equal(ix_keywords_first(doc, from, n, stems[k]), (size_t)-1);
    }
    ix_doc_free(doc);
    free(text);
}

/* A word byte is an ASCII letter or digit (isalnum in the C locale) or any
 * byte of a multi-byte character; '_', '\'' and '-' are not. */
static void scan_word_bytes_are_letters_digits_and_high_bytes(void **state)
{
    (void)state;
    for (int c = 0; c < 256; c++)
        assert_int_equal(ix_scan_is_word_byte((unsigned char)c) != 0, isalnum(c) || c >= 0x80);
    assert_true(ix_scan_is_word_byte('z') && ix_scan_is_word_byte('A') && ix_scan_is_word_byte('7'));
    assert_true(ix_scan_is_word_byte(0xC5) && ix_scan_is_word_byte(0xBF));
    assert_false(ix_scan_is_word_byte('_') || ix_scan_is_word_byte('\'') || ix_scan_is_word_byte('-'));
    assert_false(ix_scan_is_word_byte('@') || ix_scan_is_word_byte('[') || ix_scan_is_word_byte('{'));
}

/* A word's shape (first letter, last letter, length) lets through every
 * word entered, in either case, and turns away other shapes. */
static void scan_word_shape_lets_entered_words_through(void **state)
{
    (void)state;
    static ix_word_shape f;
    ix_word_shape_add(&f, "van", 3);
    ix_word_shape_add(&f, "della", 5);
    const char *s = "van VAN della vin vat the dell";
    assert_true(ix_word_shape_may(&f, s, 0, 3));     /* van */
    assert_true(ix_word_shape_may(&f, s, 4, 7));     /* VAN */
    assert_true(ix_word_shape_may(&f, s, 8, 13));    /* della */
    assert_true(ix_word_shape_may(&f, s, 14, 17));   /* vin: the shape of van, a filter only */
    assert_false(ix_word_shape_may(&f, s, 18, 21));  /* vat */
    assert_false(ix_word_shape_may(&f, s, 22, 25));  /* the */
    assert_false(ix_word_shape_may(&f, s, 26, 30));  /* dell: d..l of 4 bytes */
    assert_false(ix_word_shape_may(&f, s, 3, 3));    /* empty */
}

/* The byte scan behind a stem that is not indexed ("out of"): any case,
 * inside words, lower_first passing over a capital. */
static void scan_find_stem_finds_any_case_and_lower_first(void **state)
{
    (void)state;
    const char *s = "Two OUT OF three; Scored, then scoring out of ten.";
    size_t n = strlen(s);
    assert_int_equal(ix_scan_find_stem(s, 0, n, "out of", 0), 4);
    assert_int_equal(ix_scan_find_stem(s, 5, n, "out of", 0), 39);
    assert_int_equal(ix_scan_find_stem(s, 0, n, "scor", 1), 31);
    assert_int_equal(ix_scan_find_stem(s, 0, n, "scor", 0), 18);
    assert_int_equal(ix_scan_find_stem(s, 0, 9, "out of", 0), (size_t)-1);
    assert_int_equal(ix_scan_find_stem(s, 0, 10, "out of", 0), 4);
    assert_int_equal(ix_scan_find_stem(s, 0, n, "zebra", 0), (size_t)-1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(keywords_hold_every_stage_table_word),
        cmocka_unit_test(keywords_find_a_whole_word_as_the_scan_did),
        cmocka_unit_test(keywords_contain_a_stem_inside_longer_words),
        cmocka_unit_test(keywords_a_list_asked_often_answers_as_before),
        cmocka_unit_test(keywords_a_stage_list_answers_as_a_copy_of_it),
        cmocka_unit_test(keywords_first_gives_the_first_place_of_a_stem),
        cmocka_unit_test(keywords_are_folded_only_in_ascii),
        cmocka_unit_test(keywords_rx_find_matches_as_the_plain_search),
        cmocka_unit_test(keywords_rx_find_reads_a_refilled_lead_buffer_afresh),
        cmocka_unit_test(keywords_rx_find_knows_a_stage_list_by_its_address),
        cmocka_unit_test(keywords_live_leads_drop_a_lead_whose_guard_is_absent),
        cmocka_unit_test(keywords_present_keeps_the_leads_a_range_holds),
        cmocka_unit_test(stages_read_the_same_records_with_the_keyword_pass),
        cmocka_unit_test(keywords_in_a_long_text_are_all_found),
        cmocka_unit_test(keywords_in_a_varied_long_text_are_every_occurrence),
        cmocka_unit_test(keywords_word_start_finds_a_stem_opening_a_word),
        cmocka_unit_test(keywords_cursors_answer_as_contains_any_window_after_window),
        cmocka_unit_test(scan_find_stem_finds_any_case_and_lower_first),
        cmocka_unit_test(scan_word_bytes_are_letters_digits_and_high_bytes),
        cmocka_unit_test(scan_word_shape_lets_entered_words_through),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
