/* Step 2 of the quotes pipeline: merging paragraphs, quotes without marks,
 * and what each quoted stretch is (quote, partial quote, scare quote, rating
 * label, title), on texts written for these tests. */
#include <stdlib.h>
#include <string.h>

#include "extractors/quotes_merge.h"
#include "pipeline/doc.h"
#include "tests/unit/support.h"

static ix_quotes_merge *merger;

static int setup(void **state)
{
    (void)state;
    ix_err err = {0};
    return ix_quotes_merge_new(&merger, &err) == IX_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    ix_quotes_merge_free(merger);
    return 0;
}

static ix_quotes_cands merge(ix_doc *doc)
{
    ix_quotes_pieces p = { NULL, 0, 0 };
    ix_quotes_cands c = { NULL, 0, 0 };
    ix_err err = {0};
    assert_int_equal(ix_quotes_find_all(doc, &p, &err), IX_OK);
    assert_int_equal(ix_quotes_merge_run(merger, doc, &p, &c, &err), IX_OK);
    return c;
}

static const char *words_of(const ix_doc *doc, const ix_quotes_piece *p)
{
    return t_src(doc, ix_doc_src_span(doc, p->in_start, p->in_end));
}

/* The class of the only candidate whose words are `w`. */
static ix_quotes_class class_of(const char *text, const char *w)
{
    ix_doc *doc = t_load(text);
    ix_quotes_cands c = merge(doc);
    int found = -1;
    for (size_t i = 0; i < c.n; i++)
        if (strcmp(words_of(doc, &c.items[i].pieces[0]), w) == 0)
            found = (int)i;
    if (found < 0)
        fail_msg("no candidate '%s'", w);
    ix_quotes_class k = c.items[found].cls;
    ix_doc_free(doc);
    return k;
}

/* ---- merging ---------------------------------------------------------------- */

static void merge_reopened_paragraphs_make_one_quote(void **state)
{
    (void)state;
    ix_doc *doc = t_load("Sir Peter Vale said: " LQ "Wessex YOS has turned a corner.\n\n"
                       LQ "Children are seen quickly and plans are shared with schools.\n\n"
                       LQ "There is more to do on education." RQ "\n\n"
                       "The service supervises 300 children.\n");
    ix_quotes_cands c = merge(doc);
    assert_int_equal(c.n, 1);
    assert_int_equal(c.items[0].npieces, 3);
    assert_int_equal(c.items[0].cls, IX_QUOTES_FULL);
    assert_false(c.items[0].unterminated);
    assert_int_equal(c.items[0].pieces[1].block, 1);
    assert_string_equal(words_of(doc, &c.items[0].pieces[2]), "There is more to do on education.");
    ix_doc_free(doc);
}

static void merge_straight_marks_reopen_too(void **state)
{
    (void)state;
    ix_doc *doc = t_load("The director said: \"We have listened to staff.\n\n"
                       "\"We will act on every recommendation.\"\n");
    ix_quotes_cands c = merge(doc);
    assert_int_equal(c.n, 1);
    assert_int_equal(c.items[0].npieces, 2);
    ix_doc_free(doc);
}

static void merge_stops_at_a_heading_and_stays_unterminated(void **state)
{
    (void)state;
    ix_doc *doc = t_load("Ms Okafor said: " LQ "Staff morale has never been higher.\n\n"
                       "Key findings\n\n"
                       LQ "Leaders were visible." RQ " said inspectors.\n");
    ix_quotes_cands c = merge(doc);
    assert_int_equal(c.n, 2);
    assert_int_equal(c.items[0].npieces, 1);
    assert_true(c.items[0].unterminated);
    ix_doc_free(doc);
}

static void merge_does_not_join_a_paragraph_without_a_mark(void **state)
{
    (void)state;
    ix_doc *doc = t_load("Ms Okafor said: " LQ "Staff morale has never been higher.\n\n"
                       "The service was last inspected in 2015.\n");
    ix_quotes_cands c = merge(doc);
    assert_int_equal(c.n, 1);
    assert_int_equal(c.items[0].npieces, 1);
    assert_true(c.items[0].unterminated);
    ix_doc_free(doc);
}

static void merge_does_not_swallow_a_paragraph_with_its_own_attribution(void **state)
{
    (void)state;
    /* The first paragraph stops mid-sentence: its mark was never closed,
     * and the next paragraph is a quote of its own. */
    ix_doc *doc = t_load("Ms Smith said: \"The service's work has improved, with\n\n"
                       "\"Dr Jones told us there is more to do,\" she said.\n");
    ix_quotes_cands c = merge(doc);
    assert_int_equal(c.n, 2);
    assert_true(c.items[0].unterminated);
    assert_int_equal(c.items[1].pieces[0].block, 1);
    ix_doc_free(doc);
}

static void merge_long_quote_closed_by_its_attribution(void **state)
{
    (void)state;
    /* The press-release convention: each paragraph reopens the quote and
     * the last one closes it with the attribution. */
    ix_doc *doc = t_load("\"Three areas need more work.\n\n"
                       "\"These include the checks on home visits,\" he said.\n");
    ix_quotes_cands c = merge(doc);
    assert_int_equal(c.n, 1);
    assert_int_equal(c.items[0].npieces, 2);
    assert_false(c.items[0].unterminated);
    ix_doc_free(doc);
}

/* ---- classifying ------------------------------------------------------------ */

static void classify_rating_labels_are_not_quotes(void **state)
{
    (void)state;
    assert_int_equal(class_of("Inspectors rated the service " LS "Requires improvement" RS ".\n",
                              "Requires improvement"), IX_QUOTES_LABEL);
    assert_int_equal(class_of("It was judged " LQ "outstanding." RQ "\n", "outstanding."), IX_QUOTES_LABEL);
    assert_int_equal(class_of("The scale runs: 'Good', 'Inadequate'.\n", "Inadequate"), IX_QUOTES_LABEL);
    assert_int_equal(class_of("Youth service " LS "requiring improvement" RS ", say inspectors\n",
                              "requiring improvement"), IX_QUOTES_LABEL);
    /* the framework's names for what it rates, and kinds of inspection */
    assert_int_equal(class_of("Work on " LQ "implementation and delivery" RQ " was weaker.\n",
                              "implementation and delivery"), IX_QUOTES_LABEL);
    assert_int_equal(class_of("The service had a " LQ "core case inspection" RQ " in 2011.\n",
                              "core case inspection"), IX_QUOTES_LABEL);
    /* a judgement that only contains a framework word is still a quote */
    assert_int_equal(class_of("Inspectors found " LQ "weak planning in most cases" RQ ".\n",
                              "weak planning in most cases"), IX_QUOTES_PARTIAL);
}

static void classify_scare_quotes_and_coined_terms(void **state)
{
    (void)state;
    assert_int_equal(class_of("The trust appointed " LS "mentors" RS " for older prisoners.\n", "mentors"),
                     IX_QUOTES_SCARE);
    assert_int_equal(class_of("Its so-called " LQ "rapid response hub" RQ " was closed.\n",
                              "rapid response hub"), IX_QUOTES_SCARE);
    assert_int_equal(class_of("Staff used a 'shortcut' form that skipped risk checks.\n", "shortcut"),
                     IX_QUOTES_SCARE);
    assert_int_equal(class_of("A rota known as " LS "the ladder of contact levels" RS " guided visits.\n",
                              "the ladder of contact levels"), IX_QUOTES_SCARE);
}

static void classify_titles_are_not_quotes(void **state)
{
    (void)state;
    assert_int_equal(class_of("Plans followed " LS "Safer Streets Together" RS " across the county.\n",
                              "Safer Streets Together"), IX_QUOTES_TITLE);
    assert_int_equal(class_of("The report, " LQ "An inspection of youth offending services in Fenland" RQ
                              ", is published today.\n",
                              "An inspection of youth offending services in Fenland"), IX_QUOTES_TITLE);
    assert_int_equal(class_of("They read " LQ "A joint inspection of custody suites in Exmoor" RQ
                              " before the visit.\n",
                              "A joint inspection of custody suites in Exmoor"), IX_QUOTES_TITLE);
}

/* A name or title after a determiner, in sentence case too, is a title;
 * after "that", or ending a sentence, a capitalised quotation is speech. */
static void classify_sentence_case_name_after_a_determiner_is_a_title(void **state)
{
    (void)state;
    assert_int_equal(class_of("For the terms we use, see our " LS "Guide to the harbour ferry rules" RS
                              " on the website.\n",
                              "Guide to the harbour ferry rules"), IX_QUOTES_TITLE);
    assert_int_equal(class_of("The board signed the " LQ "Better crossings for Marram plan" RQ
                              " in May.\n",
                              "Better crossings for Marram plan"), IX_QUOTES_TITLE);
    assert_int_equal(class_of("The inspector wrote that " LQ "Crossings were often late and badly run "
                              "all winter" RQ " in her letter.\n",
                              "Crossings were often late and badly run all winter"), IX_QUOTES_PARTIAL);
}

/* The document cut off inside a quotation opened in the writer's
 * sentence: a fragment in lower case, speech in upper case, though the last
 * line looks like a heading; the lower-case half after "she added," stays
 * out. */
static void classify_quotation_cut_off_by_the_end_of_the_document(void **state)
{
    (void)state;
    assert_int_equal(class_of("Harbour ferries rated good\n\nThe crossings were rated good in May.\n\n"
                              "Inspectors found the night crossings " LQ "well run and sa",
                              "well run and sa"), IX_QUOTES_PARTIAL);
    assert_int_equal(class_of("Harbour ferries rated good\n\nThe crossings were rated good in May.\n\n"
                              "Inspectors noted that timetables at the quays were " LQ "clea",
                              "clea"), IX_QUOTES_PARTIAL);
    assert_int_equal(class_of("Harbour ferries rated good\n\nThe crossings were rated good in May.\n\n"
                              "When asked by the inspectors, " LQ "Wh",
                              "Wh"), IX_QUOTES_FULL);
    assert_int_equal(class_of("Harbour ferries rated good\n\nThe crossings were rated good in May.\n\n"
                              LQ "We are proud," RQ " Ann Tarn added, " LQ "the crews ",
                              "the crews"), IX_QUOTES_SCARE);
}

static void classify_partial_quotes_inside_the_writers_sentence(void **state)
{
    (void)state;
    assert_int_equal(class_of("The chief executive said she was " LQ "delighted with the progress staff made" RQ
                              " this year.\n", "delighted with the progress staff made"),
                     IX_QUOTES_PARTIAL);
    assert_int_equal(class_of("Offices were described by managers as " LQ "barely usable" RQ ".\n",
                              "barely usable"), IX_QUOTES_PARTIAL);
    assert_int_equal(class_of("Inspectors noted \"strong and visible leadership\" in both offices.\n",
                              "strong and visible leadership"), IX_QUOTES_PARTIAL);
    assert_int_equal(class_of("The board admitted the work was 'a long way from where it should be' last year.\n",
                              "a long way from where it should be"), IX_QUOTES_PARTIAL);
}

static void classify_full_quotes_set_out_as_speech(void **state)
{
    (void)state;
    assert_int_equal(class_of("Mr Hale said: " LQ "We accept the findings." RQ "\n", "We accept the findings."),
                     IX_QUOTES_FULL);
    assert_int_equal(class_of(LQ "It is a fair report," RQ " said Mr Hale.\n", "It is a fair report,"),
                     IX_QUOTES_FULL);
    assert_int_equal(class_of("Sadly, he added, " LQ "the gaps remain." RQ "\n", "the gaps remain."),
                     IX_QUOTES_FULL);
    assert_int_equal(class_of("Work was slow. " LQ "We need more staff in the courts." RQ " Others agreed.\n",
                              "We need more staff in the courts."), IX_QUOTES_FULL);
}

static void classify_short_quote_after_colon_without_shape_is_scare(void **state)
{
    (void)state;
    assert_int_equal(class_of("The theme of the year: " LS "resilience" RS "\n", "resilience"),
                     IX_QUOTES_SCARE);
}

static void classify_two_words_in_the_writers_sentence_are_partial(void **state)
{
    (void)state;
    assert_int_equal(class_of("Inspectors raised " LQ "serious concerns" RQ " about the unit.\n",
                              "serious concerns"), IX_QUOTES_PARTIAL);
    assert_int_equal(class_of("People were travelling " LQ "long distances" RQ " to attend.\n",
                              "long distances"), IX_QUOTES_PARTIAL);
    /* an adverb of degree keeps a modifier a judgement */
    assert_int_equal(class_of("Levels of " LQ "very serious" RQ " violence had risen.\n",
                              "very serious"), IX_QUOTES_PARTIAL);
    /* a term modifying the noun after it, or named as a term */
    assert_int_equal(class_of("The " LQ "dog box" RQ " cells are still in use.\n", "dog box"),
                     IX_QUOTES_SCARE);
    assert_int_equal(class_of("The trust promotes the concept of " LS "open doors" RS ".\n",
                              "open doors"), IX_QUOTES_SCARE);
    /* one word stays a scare quote */
    assert_int_equal(class_of("There was a " LQ "worrying" RQ " lack of checks.\n", "worrying"),
                     IX_QUOTES_SCARE);
    /* ... unless it judges in the predicate */
    assert_int_equal(class_of("The planning of cases was " LQ "patchy" RQ " in most areas.\n", "patchy"),
                     IX_QUOTES_PARTIAL);
    assert_int_equal(class_of("Leadership was described as " LQ "inspirational" RQ ".\n", "inspirational"),
                     IX_QUOTES_PARTIAL);
}

static void classify_band_labels_joined_by_or(void **state)
{
    (void)state;
    assert_int_equal(class_of("Teaching was " LS "good or better" RS " in half of schools.\n",
                              "good or better"), IX_QUOTES_LABEL);
    assert_int_equal(class_of("Safety was " LS "not sufficiently good" RS " in most.\n",
                              "not sufficiently good"), IX_QUOTES_LABEL);
    assert_int_equal(class_of("Some were " LS "adequate or unsatisfactory" RS " this year.\n",
                              "adequate or unsatisfactory"), IX_QUOTES_LABEL);
    /* statuses and procedures are names */
    assert_int_equal(class_of("The prison was placed in " LQ "special measures" RQ ".\n",
                              "special measures"), IX_QUOTES_LABEL);
    assert_int_equal(class_of("He issued an " LQ "urgent notification" RQ " to ministers.\n",
                              "urgent notification"), IX_QUOTES_LABEL);
    /* joined by "and" they describe: a partial quote */
    assert_int_equal(class_of("Inspectors found leadership " LS "weak and ineffective" RS " there.\n",
                              "weak and ineffective"), IX_QUOTES_PARTIAL);
}

static void classify_headline_and_heading_quotes_are_not_speech(void **state)
{
    (void)state;
    assert_int_equal(class_of("Watchdog finds service " LS "well below standard" RS "\n\n"
                              "The service was inspected in May.\n", "well below standard"),
                     IX_QUOTES_SCARE);
    /* the first sentence of a headline-less page is read as a sentence */
    assert_int_equal(class_of("A prison was found to be " LQ "not safe for staff or prisoners" RQ
                              " after an inspection.\n\nIt holds 400 men.\n",
                              "not safe for staff or prisoners"), IX_QUOTES_PARTIAL);
}

static void classify_split_quote_with_reported_first_half_is_partial(void **state)
{
    (void)state;
    assert_int_equal(class_of("The unit is hiring, Ms Vale said, " LQ "but it needs more staff." RQ "\n",
                              "but it needs more staff."), IX_QUOTES_PARTIAL);
    /* "Ms Vale said," opening the sentence introduces a full quote */
    assert_int_equal(class_of("Later, Ms Vale said, " LQ "We will get there." RQ "\n",
                              "We will get there."), IX_QUOTES_FULL);
    /* lower case inside the writer's sentence, attribution after: partial */
    assert_int_equal(class_of("There was " LQ "widespread poor practice" RQ ", he said.\n",
                              "widespread poor practice"), IX_QUOTES_PARTIAL);
    /* one word too, when the attribution follows it at once */
    assert_int_equal(class_of("Work was good but patchy in " LS "places" RS ", said Ms Vale.\n",
                              "places"), IX_QUOTES_PARTIAL);
    /* one word with the attribution further on is the writer's epithet */
    assert_int_equal(class_of("The " LS "hub" RS " model was praised, Ms Vale said.\n", "hub"),
                     IX_QUOTES_SCARE);
}

/* A split quote over several paragraphs: after 'The board, she added,' the
 * quoted half in lower case goes on the writer's sentence (partial); after a
 * scene-setting "Later, she added," it is speech set out as speech. */
static void classify_split_quote_over_paragraphs(void **state)
{
    (void)state;
    ix_doc *doc = t_load("The board, she added, " LQ "found strong work in every team we met.\n\n"
                         LQ "Leaders should be proud." RQ "\n\nLater, she added, " LQ "we saw "
                         "real change.\n\n" LQ "It will last." RQ "\n");
    ix_quotes_cands c = merge(doc);
    assert_int_equal(c.n, 2);
    assert_int_equal(c.items[0].npieces, 2);
    assert_int_equal(c.items[0].cls, IX_QUOTES_PARTIAL);
    assert_int_equal(c.items[1].npieces, 2);
    assert_int_equal(c.items[1].cls, IX_QUOTES_FULL);
    ix_doc_free(doc);
}

/* ---- quotes without marks ---------------------------------------------------- */

static void colon_block_runs_until_the_writer_speaks_again(void **state)
{
    (void)state;
    ix_doc *doc = t_load("The inspection was thorough. Summing up, the inspectors concluded:\n\n"
                       "Leaders in Fenland know their community well. Partnerships are strong.\n\n"
                       "Case work is too slow, and plans are rarely reviewed with the child.\n\n"
                       "You can read the full report on the inspectorate's website.\n");
    ix_quotes_cands c = merge(doc);
    assert_int_equal(c.n, 1);
    assert_int_equal(c.items[0].origin, IX_QUOTES_COLON_BLOCK);
    assert_int_equal(c.items[0].npieces, 2);
    assert_int_equal(c.items[0].intro_block, 0);
    assert_string_equal(words_of(doc, &c.items[0].pieces[1]),
                        "Case work is too slow, and plans are rarely reviewed with the child.");
    ix_doc_free(doc);
}

static void colon_block_stops_at_headings_lists_and_new_introductions(void **state)
{
    (void)state;
    ix_doc *doc = t_load("In her foreword, the Chief Inspector wrote:\n\n"
                       "This has been a difficult year for every youth service in the region.\n\n"
                       "The findings for the county were as follows:\n\n"
                       "Case work is too slow, and plans are rarely reviewed.\n\n"
                       "Next steps\n\n"
                       "The service must publish a plan.\n");
    ix_quotes_cands c = merge(doc);
    assert_int_equal(c.n, 1);
    assert_int_equal(c.items[0].npieces, 1);
    assert_string_equal(words_of(doc, &c.items[0].pieces[0]),
                        "This has been a difficult year for every youth service in the region.");
    ix_doc_free(doc);

    doc = t_load("Dame Ann Coyle said:\n\n"
               "- plans were late\n"
               "- risk was missed\n");
    c = merge(doc);
    assert_int_equal(c.n, 0);
    ix_doc_free(doc);
}

static void colon_block_needs_a_speech_verb_or_a_name(void **state)
{
    (void)state;
    ix_doc *doc = t_load("The figures for the last quarter were:\n\n"
                       "Sixty cases were allocated within a day, and forty within a week.\n");
    ix_quotes_cands c = merge(doc);
    assert_int_equal(c.n, 0);
    ix_doc_free(doc);
}

static void colon_block_ends_before_a_marked_quote(void **state)
{
    (void)state;
    ix_doc *doc = t_load("I give the final word to the chair, Professor Lena Marsh:\n\n"
                       "The panel has seen real change in how children are heard.\n\n"
                       LQ "We will keep watching," RQ " she said.\n");
    ix_quotes_cands c = merge(doc);
    assert_int_equal(c.n, 2);
    assert_int_equal(c.items[0].origin, IX_QUOTES_COLON_BLOCK);
    assert_int_equal(c.items[0].npieces, 1);
    assert_int_equal(c.items[1].origin, IX_QUOTES_MARKED);
    ix_doc_free(doc);
}

static void quote_from_the_next_paragraph_names_a_plain_one(void **state)
{
    (void)state;
    ix_doc *doc = t_load("Youth services in the county have improved, but children still wait too long for help.\n\n"
                       "That was the verdict of Sir Peter Vale, the Chief Inspector, in a statement today.\n");
    ix_quotes_cands c = merge(doc);
    assert_int_equal(c.n, 1);
    assert_int_equal(c.items[0].origin, IX_QUOTES_QUOTE_FROM);
    assert_true(c.items[0].named_at > 0);
    ix_doc_free(doc);
}

static void writer_voice_paragraphs(void **state)
{
    (void)state;
    ix_doc *doc = t_load("See my earlier post on the Fenland report.\n\n"
                       "The infographic is here.\n\n"
                       "Leaders were praised for their openness.\n");
    assert_true(ix_quotes_merge_writer_voice(merger, doc, 0));
    assert_true(ix_quotes_merge_writer_voice(merger, doc, 1));
    assert_false(ix_quotes_merge_writer_voice(merger, doc, 2));
    ix_doc_free(doc);
}

/* In lower case after a colon ending a reported clause ("said that:"), the
 * quote completes the writer's sentence: partial.  Speech after "said:" is
 * a quote, lower case or not. */
static void classify_lower_case_after_said_that_colon(void **state)
{
    (void)state;
    assert_int_equal(class_of("Ivo Grant, the union's leader, said that: " LQ "the crews kept the "
                              "boats running all winter" RQ ".\n",
                              "the crews kept the boats running all winter"),
                     IX_QUOTES_PARTIAL);
    assert_int_equal(class_of("Ivo Grant told the press that the gains: " LQ "could not have come "
                              "without the crews" RQ ".\n",
                              "could not have come without the crews"),
                     IX_QUOTES_PARTIAL);
    assert_int_equal(class_of("Ivo Grant said: " LQ "the crews kept the boats running all winter." RQ
                              "\n",
                              "the crews kept the boats running all winter."),
                     IX_QUOTES_FULL);
}

/* A quote running over two paragraphs is partial when it opens in lower
 * case right after a word of the writer's sentence; full otherwise. */
static void merge_quote_opening_in_the_writers_sentence_is_partial(void **state)
{
    (void)state;
    ix_doc *doc = t_load("Ivo Grant said he was " LQ "proud of the crews this winter.\n\n"
                         LQ "The port must now plan for the spring." RQ "\n\n"
                         "Ivo Grant said: " LQ "proud of the boats, and of the staff.\n\n"
                         LQ "The town must now back the harbour." RQ "\n");
    ix_quotes_cands c = merge(doc);
    assert_int_equal(c.n, 2);
    assert_int_equal(c.items[0].npieces, 2);
    assert_int_equal(c.items[0].cls, IX_QUOTES_PARTIAL);
    assert_int_equal(c.items[1].npieces, 2);
    assert_int_equal(c.items[1].cls, IX_QUOTES_FULL);
    ix_doc_free(doc);
}

/* A split quote's first half is reported only when it says something: a
 * short opening phrase with a preposition ("In response,") does not. */
static void classify_scene_setting_phrase_is_no_reported_half(void **state)
{
    (void)state;
    assert_int_equal(class_of("In response, Ivo Grant said, " LQ "the crews are working with the "
                              "port on a new timetable." RQ "\n",
                              "the crews are working with the port on a new timetable."),
                     IX_QUOTES_FULL);
    assert_int_equal(class_of("The port is hiring, Ivo Grant said, " LQ "but it needs more crews "
                              "for the night boats" RQ ".\n",
                              "but it needs more crews for the night boats"),
                     IX_QUOTES_PARTIAL);
}

/* One adjective of judgement in a sentence a speech verb reports is the
 * source's word; a noun or a past form there, or the adjective with no
 * speech verb, stays a scare quote. */
static void classify_judging_adjective_in_a_reported_sentence(void **state)
{
    (void)state;
    assert_int_equal(class_of("Inspectors found an " LQ "impressive" RQ " range of classes.\n", "impressive"),
                     IX_QUOTES_PARTIAL);
    assert_int_equal(class_of("The report said the ferry had a " LS "significant" RS " backlog of repairs.\n",
                              "significant"), IX_QUOTES_PARTIAL);
    assert_int_equal(class_of("Inspectors noted the " LQ "chronic" RQ " staff shortages.\n", "chronic"),
                     IX_QUOTES_PARTIAL);
    assert_int_equal(class_of("Inspectors found a " LQ "deterioration" RQ " in the wings.\n", "deterioration"),
                     IX_QUOTES_SCARE);
    assert_int_equal(class_of("The report said the " LQ "assessment" RQ " hub was closed.\n", "assessment"),
                     IX_QUOTES_SCARE);
    assert_int_equal(class_of("The ferry runs an " LQ "impressive" RQ " range of routes.\n", "impressive"),
                     IX_QUOTES_SCARE);
}

/* A band that is also a plain judging adjective, reported by a speech verb
 * before it, is the source's word; a rating word before it, "as", a list
 * of bands, a noun after it or no speech verb keep it a label. */
static void classify_band_word_reported_as_a_judgement(void **state)
{
    (void)state;
    assert_int_equal(class_of("Ms Quell said the crew training was " LQ "insufficient" RQ " in May.\n",
                              "insufficient"), IX_QUOTES_PARTIAL);
    assert_int_equal(class_of("The review found the ferry's upkeep " LQ "poor" RQ " in most ports.\n",
                              "poor"), IX_QUOTES_PARTIAL);
    assert_int_equal(class_of("The review said the ferry was rated " LQ "poor" RQ " in May.\n", "poor"),
                     IX_QUOTES_LABEL);
    assert_int_equal(class_of("The board described the ferry's upkeep as " LQ "weak" RQ ".\n", "weak"),
                     IX_QUOTES_LABEL);
    assert_int_equal(class_of("The review found ports " LQ "weak" RQ " or " LQ "poor" RQ ".\n", "weak"),
                     IX_QUOTES_LABEL);
    assert_int_equal(class_of("Inspectors criticised a " LQ "weak" RQ " timetable.\n", "weak"),
                     IX_QUOTES_LABEL);
    assert_int_equal(class_of("The ferry's upkeep was " LQ "poor" RQ ".\n", "poor"), IX_QUOTES_LABEL);
}

/* A short attribution sentence between two quotes of a paragraph splits one
 * statement: one candidate, a piece per half (the second may run on);
 * a colon, a second sentence of the writer's, or a first half that is no
 * quote on its own keep them apart. */
static void merge_statement_split_by_its_attribution(void **state)
{
    (void)state;
    ix_doc *doc = t_load("Harbour ferries\n\n"
                         LQ "The crews have worked hard this year," RQ " says Ada Quell. " LQ
                         "Sailings now leave on time.\n\n"
                         LQ "We will keep it that way." RQ "\n");
    ix_quotes_cands c = merge(doc);
    assert_int_equal(c.n, 1);
    assert_int_equal(c.items[0].npieces, 3);
    assert_int_equal(c.items[0].cls, IX_QUOTES_FULL);
    assert_string_equal(words_of(doc, &c.items[0].pieces[1]), "Sailings now leave on time.");
    ix_doc_free(doc);
    doc = t_load("Harbour ferries\n\n"
                 LQ "The crews have worked hard," RQ " she said. The board met in May. " LQ
                 "Sailings now leave on time." RQ "\n\n"
                 LQ "We sail daily," RQ " Ada Quell said: " LQ "The timetable is new." RQ "\n\n"
                 "The line is " LQ "safe" RQ ", she said. " LQ "The timetable is new." RQ "\n");
    c = merge(doc);
    assert_int_equal(c.n, 6);
    for (size_t k = 0; k < c.n; k++)
        assert_int_equal(c.items[k].npieces, 1);
    ix_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(merge_reopened_paragraphs_make_one_quote),
        cmocka_unit_test(merge_straight_marks_reopen_too),
        cmocka_unit_test(merge_stops_at_a_heading_and_stays_unterminated),
        cmocka_unit_test(merge_does_not_join_a_paragraph_without_a_mark),
        cmocka_unit_test(merge_does_not_swallow_a_paragraph_with_its_own_attribution),
        cmocka_unit_test(merge_long_quote_closed_by_its_attribution),
        cmocka_unit_test(merge_statement_split_by_its_attribution),
        cmocka_unit_test(classify_rating_labels_are_not_quotes),
        cmocka_unit_test(classify_scare_quotes_and_coined_terms),
        cmocka_unit_test(classify_titles_are_not_quotes),
        cmocka_unit_test(classify_sentence_case_name_after_a_determiner_is_a_title),
        cmocka_unit_test(classify_quotation_cut_off_by_the_end_of_the_document),
        cmocka_unit_test(classify_partial_quotes_inside_the_writers_sentence),
        cmocka_unit_test(classify_full_quotes_set_out_as_speech),
        cmocka_unit_test(classify_short_quote_after_colon_without_shape_is_scare),
        cmocka_unit_test(classify_two_words_in_the_writers_sentence_are_partial),
        cmocka_unit_test(classify_band_labels_joined_by_or),
        cmocka_unit_test(classify_headline_and_heading_quotes_are_not_speech),
        cmocka_unit_test(classify_split_quote_with_reported_first_half_is_partial),
        cmocka_unit_test(classify_split_quote_over_paragraphs),
        cmocka_unit_test(colon_block_runs_until_the_writer_speaks_again),
        cmocka_unit_test(colon_block_stops_at_headings_lists_and_new_introductions),
        cmocka_unit_test(colon_block_needs_a_speech_verb_or_a_name),
        cmocka_unit_test(colon_block_ends_before_a_marked_quote),
        cmocka_unit_test(quote_from_the_next_paragraph_names_a_plain_one),
        cmocka_unit_test(writer_voice_paragraphs),
        cmocka_unit_test(classify_lower_case_after_said_that_colon),
        cmocka_unit_test(merge_quote_opening_in_the_writers_sentence_is_partial),
        cmocka_unit_test(classify_scene_setting_phrase_is_no_reported_half),
        cmocka_unit_test(classify_judging_adjective_in_a_reported_sentence),
        cmocka_unit_test(classify_band_word_reported_as_a_judgement),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
