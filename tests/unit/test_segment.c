/* Blocks, sentences and sections on texts written for these tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline/doc.h"
#include "tests/unit/support.h"

static const char *block_text(const ix_doc *doc, size_t i)
{
    static char buf[512];
    const ix_block *b = &doc->blocks.items[i];
    size_t n = b->text.end - b->text.start;
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, doc->norm + b->text.start, n);
    buf[n] = '\0';
    return buf;
}

static const char *sent_text(const ix_doc *doc, size_t i)
{
    static char buf[512];
    const ix_sent *s = &doc->sents.items[i];
    size_t n = s->norm.end - s->norm.start;
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, doc->norm + s->norm.start, n);
    buf[n] = '\0';
    return buf;
}

static void segment_kinds_heading_paragraph_bullet_numbered(void **state)
{
    (void)state;
    ix_doc *doc = t_load(
        "Wessex youth justice service rated Good\n"
        "\n"
        "Inspectors found strong work. Leaders were visible.\n"
        "\n"
        "The main findings were:\n"
        "\xE2\x80\xA2 Staff knew the children well.\n"
        "* Plans were reviewed on time.\n"
        "1. Improve the quality of risk assessments.\n"
        "(b) Share information with the police.\n");
    assert_int_equal(doc->blocks.n, 7);
    assert_int_equal(doc->blocks.items[0].kind, IX_BLOCK_HEADING);
    assert_int_equal(doc->blocks.items[1].kind, IX_BLOCK_PARAGRAPH);
    assert_int_equal(doc->blocks.items[2].kind, IX_BLOCK_PARAGRAPH);
    assert_int_equal(doc->blocks.items[3].kind, IX_BLOCK_BULLET);
    assert_string_equal(block_text(doc, 3), "Staff knew the children well.");
    assert_int_equal(doc->blocks.items[4].kind, IX_BLOCK_BULLET);
    assert_int_equal(doc->blocks.items[5].kind, IX_BLOCK_NUMBERED);
    assert_int_equal(doc->blocks.items[6].kind, IX_BLOCK_NUMBERED);
    assert_string_equal(block_text(doc, 6), "Share information with the police.");
    ix_doc_free(doc);
    doc = t_load("1. First item.\n(b) Second item.\n");
    assert_int_equal(doc->blocks.n, 2);
    assert_string_equal(block_text(doc, 1), "Second item.");
    ix_doc_free(doc);
}

static void segment_joins_wrapped_lines_but_not_one_line_paragraphs(void **state)
{
    (void)state;
    ix_doc *doc = t_load(
        "The inspectorate found that the service in the county was not yet\n"
        "delivering the work that courts expected of it.\n"
        "A second paragraph stands on its own line.\n"
        "\xE2\x80\xA2 A bullet whose text runs on past the end of the first line and\n"
        "    continues here.\n");
    assert_int_equal(doc->blocks.n, 3);
    assert_string_equal(block_text(doc, 0),
                        "The inspectorate found that the service in the county was not yet\n"
                        "delivering the work that courts expected of it.");
    assert_int_equal(doc->blocks.items[2].kind, IX_BLOCK_BULLET);
    ix_doc_free(doc);
}

static void segment_keeps_one_line_web_paragraphs_apart(void **state)
{
    (void)state;
    /* a web page: each paragraph one long line, a headline with no full
     * stop right above the first; none of them is a wrapped line */
    ix_doc *doc = t_load(
        "Several problems found at Marlcombe probation delivery unit in latest visit\n"
        "Marlcombe Probation Delivery Unit has received an overall rating of 'Inadequate' after "
        "an inspection that found too few staff for the work it is asked to do and too little "
        "oversight of the cases that carry the most risk.\n"
        "The Chief Inspector said the unit needed urgent help from its region to recruit staff\n"
        "and keep them.\n");
    assert_int_equal(doc->blocks.n, 3);
    assert_string_equal(block_text(doc, 0),
                        "Several problems found at Marlcombe probation delivery unit in latest visit");
    assert_int_equal(doc->blocks.items[0].kind, IX_BLOCK_HEADING);
    /* a lower-case continuation still joins its line */
    assert_string_equal(block_text(doc, 2),
                        "The Chief Inspector said the unit needed urgent help from its region to "
                        "recruit staff\nand keep them.");
    ix_doc_free(doc);
}

static void segment_a_paragraph_printed_twice_is_read_once(void **state)
{
    (void)state;
    /* a standfirst printed above the story and again as its first line */
    ix_doc *doc = t_load(
        "Marlcombe probation unit told to improve\n\n"
        "Inspectors found that four in ten cases had no plan to manage risk.\n\n"
        "Inspectors found that four in ten cases had no plan to manage risk.\n\n"
        "The unit has been rated 'Requires improvement'.\n");
    assert_int_equal(doc->blocks.n, 4);
    assert_int_not_equal(doc->blocks.items[1].section, IX_SECTION_FURNITURE);
    assert_int_equal(doc->blocks.items[2].section, IX_SECTION_FURNITURE);
    assert_int_not_equal(doc->blocks.items[3].section, IX_SECTION_FURNITURE);
    ix_doc_free(doc);
}

static void segment_splits_sentences_not_after_abbreviations(void **state)
{
    (void)state;
    ix_doc *doc = t_load("Mr. Okafor said the work was good. Dr Lee agreed, e.g. on plans. "
                       "\"It is strong.\" The report (No. 4) follows. J. Smith spoke.\n");
    assert_int_equal(doc->sents.n, 5);
    assert_string_equal(sent_text(doc, 0), "Mr. Okafor said the work was good.");
    assert_string_equal(sent_text(doc, 1), "Dr Lee agreed, e.g. on plans.");
    assert_string_equal(sent_text(doc, 2), "\"It is strong.\"");
    assert_string_equal(sent_text(doc, 3), "The report (No. 4) follows.");
    assert_string_equal(sent_text(doc, 4), "J. Smith spoke.");
    ix_doc_free(doc);
}

/* '.', '!' and '?' interleaved, in runs and inside a sentence: each is
 * found in turn (segment looks for each with memchr). */
static void segment_splits_sentences_at_each_kind_of_stop(void **state)
{
    (void)state;
    ix_doc *doc = t_load("Is it good? It is! Really?! Yes... The 2.5 per cent rise (why?) held. "
                       "Done!\nStill the same block? Yes.\n");
    assert_int_equal(doc->sents.n, 8);
    assert_string_equal(sent_text(doc, 0), "Is it good?");
    assert_string_equal(sent_text(doc, 1), "It is!");
    assert_string_equal(sent_text(doc, 2), "Really?!");
    assert_string_equal(sent_text(doc, 3), "Yes...");
    assert_string_equal(sent_text(doc, 4), "The 2.5 per cent rise (why?) held.");
    assert_string_equal(sent_text(doc, 5), "Done!");
    assert_string_equal(sent_text(doc, 6), "Still the same block?");
    assert_string_equal(sent_text(doc, 7), "Yes.");
    ix_doc_free(doc);
}

static void segment_marks_ends_and_notes(void **state)
{
    (void)state;
    ix_doc *doc = t_load(
        "Pennine Vale probation service rated Inadequate\n\n"
        "Inspectors found weak work.\n\n"
        "- Ends -\n\n"
        "Editor's notes\n"
        "1. The report is published at 00.01 on 3 March 2022.\n");
    assert_int_equal(doc->blocks.items[1].section, IX_SECTION_BODY);
    assert_int_equal(doc->blocks.items[2].section, IX_SECTION_ENDS);
    assert_int_equal(doc->blocks.items[3].section, IX_SECTION_NOTES);
    assert_int_equal(doc->blocks.items[4].section, IX_SECTION_NOTES);
    ix_doc_free(doc);
    /* Notes without an ENDS line */
    doc = t_load("A release.\n\nNotes for editors:\n\n1. A note.\n");
    assert_int_equal(doc->blocks.items[2].section, IX_SECTION_NOTES);
    ix_doc_free(doc);
}

static void segment_marks_findings_until_conclusion(void **state)
{
    (void)state;
    ix_doc *doc = t_load("Intro paragraph.\n\nWhat inspectors found\n\nA finding.\n\n"
                       "Leadership\n\nAnother finding.\n\nIn conclusion\n\nMy view.\n");
    assert_int_equal(doc->blocks.items[0].section, IX_SECTION_BODY);
    assert_int_equal(doc->blocks.items[2].section, IX_SECTION_FINDINGS);
    assert_int_equal(doc->blocks.items[4].section, IX_SECTION_FINDINGS);
    assert_int_equal(doc->blocks.items[6].section, IX_SECTION_BODY);
    ix_doc_free(doc);
}

static void segment_marks_web_and_email_furniture(void **state)
{
    (void)state;
    ix_doc *doc = t_load(
        "View this email in a browser\n\n"
        "Skip to content\n\n"
        "Probation in Wessex improves\n\n"
        "Share on LinkedIn\n\n"
        "The service was rated Good by inspectors.\n\n"
        "Posted in Probation, Inspections\n\n"
        "Copyright \xC2\xA9 2021 A Blog Ltd\n\n"
        "5 Comments\n\n"
        "Great news, \"finally\" some good work.\n\n"
        "Reply\n");
    static const ix_section want[] = {
        IX_SECTION_FURNITURE, IX_SECTION_FURNITURE, IX_SECTION_BODY, IX_SECTION_FURNITURE,
        IX_SECTION_BODY, IX_SECTION_FURNITURE, IX_SECTION_FURNITURE, IX_SECTION_FURNITURE,
        IX_SECTION_FURNITURE, IX_SECTION_FURNITURE};
    assert_int_equal(doc->blocks.n, sizeof want / sizeof *want);
    for (size_t i = 0; i < doc->blocks.n; i++) {
        if (doc->blocks.items[i].section != want[i])
            fail_msg("block %zu (%s): section %d, want %d", i, block_text(doc, i),
                     doc->blocks.items[i].section, want[i]);
    }
    ix_doc_free(doc);
}

/* "All rights reserved" anywhere in a short line, in any case, at every
 * offset from the line's start (the search reads eight bytes at a time),
 * makes it furniture; a line that only nearly holds it is not. */
static void segment_finds_a_furniture_phrase_at_any_offset(void **state)
{
    (void)state;
    static const char *const spellings[] = {"all rights reserved", "ALL RIGHTS RESERVED",
                                            "All Rights Reserved", "aLL rIGHTS rESERVED"};
    for (size_t k = 0; k < sizeof spellings / sizeof *spellings; k++)
        for (size_t pad = 0; pad < 20; pad++) {
            char text[256];
            snprintf(text, sizeof text,
                     "Wessex probation rated Good\n\nThe service was rated Good.\n\n%.*s%s%s\n",
                     (int)pad, "Allal (c) Wessex Allall", spellings[k], pad % 3 ? "." : "");
            ix_doc *doc = t_load(text);
            assert_int_equal(doc->blocks.n, 3);
            if (doc->blocks.items[2].section != IX_SECTION_FURNITURE)
                fail_msg("'%s' is not furniture", block_text(doc, 2));
            ix_doc_free(doc);
        }
    ix_doc *doc = t_load("Wessex probation rated Good\n\nThe service was rated Good.\n\n"
                         "All rights are reserved for the all rights reserve\n");
    assert_int_equal(doc->blocks.n, 3);
    assert_int_equal(doc->blocks.items[2].section, IX_SECTION_BODY);
    ix_doc_free(doc);
}

/* Consent banners, account and share controls, sign-up boxes and the
 * listings after a story are furniture; a story's sentence that starts like
 * one ("More from the inspection: ...", "Accept the findings") is not. */
static void segment_marks_banners_controls_and_listings(void **state)
{
    (void)state;
    ix_doc *doc = t_load(
        "We use cookies to make this site better.\n\n"
        "Accept all cookies\n\n"
        "Manage preferences\n\n"
        "Skip to navigation\n\n"
        "Open menu\n\n"
        "Hostel in Brackwater praised\n\n"
        "WhatsApp\n\n"
        "Copy link\n\n"
        "The hostel in Brackwater was praised by inspectors for the care of its residents.\n\n"
        "Sign up for our weekly briefing\n\n"
        "Staff said they felt supported.\n\n"
        "More on this story\n\n"
        "Brackwater hostel to close - 3 May 2024\n\n"
        "Tollbridge ward reopens - 2 April 2024\n");
    static const ix_section want[] = {
        IX_SECTION_FURNITURE, IX_SECTION_FURNITURE, IX_SECTION_FURNITURE, IX_SECTION_FURNITURE,
        IX_SECTION_FURNITURE, IX_SECTION_BODY,      IX_SECTION_FURNITURE, IX_SECTION_FURNITURE,
        IX_SECTION_BODY,      IX_SECTION_FURNITURE, IX_SECTION_BODY,      IX_SECTION_FURNITURE,
        IX_SECTION_FURNITURE, IX_SECTION_FURNITURE};
    assert_int_equal(doc->blocks.n, sizeof want / sizeof *want);
    for (size_t i = 0; i < doc->blocks.n; i++) {
        if (doc->blocks.items[i].section != want[i])
            fail_msg("block %zu (%s): section %d, want %d", i, block_text(doc, i),
                     doc->blocks.items[i].section, want[i]);
    }
    ix_doc_free(doc);
    doc = t_load("Hostel in Brackwater praised\n\n"
                 "The hostel was praised by inspectors for the care of its residents.\n\n"
                 "Accept the findings in full, the chief inspector told the board.\n\n"
                 "More from the inspection will follow in a second report later this year, "
                 "inspectors said.\n");
    for (size_t i = 0; i < doc->blocks.n; i++)
        assert_int_equal(doc->blocks.items[i].section, IX_SECTION_BODY);
    ix_doc_free(doc);
}

static void segment_body_sentence_mentioning_comments_is_not_furniture(void **state)
{
    (void)state;
    ix_doc *doc = t_load("Responses to the consultation were mixed, inspectors said, and the "
                       "service must now act on them.\n\nA second paragraph.\n");
    assert_int_equal(doc->blocks.items[0].section, IX_SECTION_BODY);
    assert_int_equal(doc->blocks.items[1].section, IX_SECTION_BODY);
    ix_doc_free(doc);
}

static void segment_label_with_comment_is_not_a_comment_count(void **state)
{
    (void)state;
    /* "PRT comment: ..." labels an item; "12 Comments" starts the thread */
    ix_doc *doc = t_load("Charity responses\n\nPRT comment: HMP Oakfield\n\n"
                         "Commenting on the report, Jo Hale said the prison was overcrowded.\n\n"
                         "12 Comments\n\nGreat post.\n");
    assert_int_equal(doc->blocks.items[1].section, IX_SECTION_BODY);
    assert_int_equal(doc->blocks.items[2].section, IX_SECTION_BODY);
    assert_int_equal(doc->blocks.items[3].section, IX_SECTION_FURNITURE);
    assert_int_equal(doc->blocks.items[4].section, IX_SECTION_FURNITURE);
    ix_doc_free(doc);
}

static void segment_handles_one_huge_line(void **state)
{
    (void)state;
    size_t n = 2 * 1024 * 1024;
    char *text = malloc(n + 1);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++)
        text[i] = "word "[i % 5];
    text[n] = '\0';
    ix_doc *doc = t_load(text);
    assert_int_equal(doc->blocks.n, 1);
    assert_int_equal(doc->sents.n, 1);
    ix_doc_free(doc);
    free(text);
}

/* Is block i's text (in norm) exactly text? */
static int block_is(const ix_doc *doc, size_t i, const char *text)
{
    const ix_span t = doc->blocks.items[i].text;
    return t.end - t.start == strlen(text) && memcmp(doc->norm + t.start, text, strlen(text)) == 0;
}

static void segment_comment_link_above_the_story_is_not_its_end(void **state)
{
    (void)state;
    /* a blog's "Leave a comment" link above the headline is one line of
     * chrome; after the story it starts the comments */
    ix_doc *doc = t_load("Posted on 3 March 2021 by admin\n\nLeave a comment\n\n"
                         "Probation in Lyme: a mixed picture\n\n"
                         "The latest inspection makes for mixed reading.\n\n"
                         "Leave a comment\n\nGreat post.\n");
    assert_int_equal(doc->blocks.items[1].section, IX_SECTION_FURNITURE);
    assert_int_equal(doc->blocks.items[2].section, IX_SECTION_BODY);
    assert_int_equal(doc->blocks.items[3].section, IX_SECTION_BODY);
    assert_int_equal(doc->blocks.items[5].section, IX_SECTION_FURNITURE);
    ix_doc_free(doc);
}

static void segment_a_byline_is_never_a_wrapped_line(void **state)
{
    (void)state;
    /* hard-wrapped at about 70 bytes: the headline's next line is a byline */
    ix_doc *doc = t_load(
        "We use cookies on this site to remember your settings and to count visits.\n"
        "Fenshire probation service told to improve after a recent inspection\n"
        "By Jo Bloggs, Crime Reporter\n"
        "The probation service in Fenshire has been told to improve by the\n"
        "inspectors, who found that staff were overwhelmed by the size of their\n"
        "caseloads and that many people under supervision were seen too rarely.\n");
    assert_true(doc->blocks.n >= 3);
    assert_true(block_is(doc, 1, "Fenshire probation service told to improve after a recent inspection"));
    assert_true(block_is(doc, 2, "By Jo Bloggs, Crime Reporter"));
    ix_doc_free(doc);
}

/* A line opening with a bracketed note that goes on in lower case is the
 * rest of the line above; a bracketed line of its own is not. */
static void segment_a_bracketed_note_going_on_is_a_wrapped_line(void **state)
{
    (void)state;
    ix_doc *doc = t_load("Report on inspections of the Dunmore and Fairview units\n"
                         "(Isle of Marl) by the Chief Inspector of Hostels\n"
                         "\n"
                         "Contents\n"
                         "(Draft copy)\n"
                         "Key findings follow.\n");
    assert_true(block_is(doc, 0, "Report on inspections of the Dunmore and Fairview units\n"
                                 "(Isle of Marl) by the Chief Inspector of Hostels"));
    assert_true(block_is(doc, 1, "Contents"));
    assert_true(block_is(doc, 2, "(Draft copy)"));
    ix_doc_free(doc);
}

/* Runs of blocks that are not furniture: each run's span from its first
 * block's start to its last block's end, furniture between runs skipped,
 * nothing after the last run. */
static void segment_text_runs_skip_furniture(void **state)
{
    (void)state;
    ix_doc *doc = t_load("Alpha line one.\n\nBeta line two.\n\nGamma line three.\n\n"
                         "Delta line four.\n\nEpsilon line five.\n");
    assert_int_equal(doc->blocks.n, 5);
    for (size_t i = 0; i < 5; i++)
        doc->blocks.items[i].section = IX_SECTION_BODY;
    doc->blocks.items[0].section = IX_SECTION_FURNITURE;
    doc->blocks.items[3].section = IX_SECTION_FURNITURE;
    size_t b = 0, lo = 0, hi = 0;
    assert_true(ix_doc_next_text_run(doc, &b, &lo, &hi));
    assert_int_equal(lo, doc->blocks.items[1].norm.start);
    assert_int_equal(hi, doc->blocks.items[2].norm.end);
    assert_int_equal(b, 3);
    assert_true(ix_doc_next_text_run(doc, &b, &lo, &hi));
    assert_int_equal(lo, doc->blocks.items[4].norm.start);
    assert_int_equal(hi, doc->blocks.items[4].norm.end);
    assert_false(ix_doc_next_text_run(doc, &b, &lo, &hi));
    doc->blocks.items[4].section = IX_SECTION_FURNITURE;
    b = 3;
    assert_false(ix_doc_next_text_run(doc, &b, &lo, &hi));
    ix_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(segment_kinds_heading_paragraph_bullet_numbered),
        cmocka_unit_test(segment_text_runs_skip_furniture),
        cmocka_unit_test(segment_joins_wrapped_lines_but_not_one_line_paragraphs),
        cmocka_unit_test(segment_keeps_one_line_web_paragraphs_apart),
        cmocka_unit_test(segment_a_paragraph_printed_twice_is_read_once),
        cmocka_unit_test(segment_splits_sentences_not_after_abbreviations),
        cmocka_unit_test(segment_splits_sentences_at_each_kind_of_stop),
        cmocka_unit_test(segment_marks_ends_and_notes),
        cmocka_unit_test(segment_marks_findings_until_conclusion),
        cmocka_unit_test(segment_marks_web_and_email_furniture),
        cmocka_unit_test(segment_finds_a_furniture_phrase_at_any_offset),
        cmocka_unit_test(segment_body_sentence_mentioning_comments_is_not_furniture),
        cmocka_unit_test(segment_label_with_comment_is_not_a_comment_count),
        cmocka_unit_test(segment_handles_one_huge_line),
        cmocka_unit_test(segment_comment_link_above_the_story_is_not_its_end),
        cmocka_unit_test(segment_a_byline_is_never_a_wrapped_line),
        cmocka_unit_test(segment_a_bracketed_note_going_on_is_a_wrapped_line),
        cmocka_unit_test(segment_marks_banners_controls_and_listings),
    };
    return cmocka_run_group_tests_name("segment", tests, NULL, NULL);
}
