/* The quotes field end to end: record values, spans into the original
 * bytes, warnings, what is not a quote, and pathological input, on
 * releases and write-ups written for these tests. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pipeline/doc.h"
#include "tests/unit/support.h"

static ix_doc *run(const char *text)
{
    return t_extract_until(text, "quotes");
}

static int has_quote(const ix_doc *doc, const char *start)
{
    for (size_t i = 0; i < doc->quotes.n; i++)
        if (strncmp(doc->quotes.items[i].text, start, strlen(start)) == 0)
            return 1;
    return 0;
}

static size_t warnings(const ix_doc *doc, const char *code)
{
    size_t n = 0;
    for (size_t i = 0; i < doc->warnings.n; i++)
        if (strcmp(doc->warnings.items[i].code, code) == 0)
            n++;
    return n;
}

static const char *release =
    "Wessex youth justice service rated " LS "Good" RS " by inspectors\n"
    "\n"
    "Wessex Youth Offending Service has been rated " LS "Good" RS " after an inspection in March 2021.\n"
    "\n"
    "HM Chief Inspector of Probation Dame Ann Coyle said: " LQ "Wessex has built a service "
    "around the child. Staff know the children they work with, and it shows.\n"
    "\n"
    LQ "Leaders have invested in a team of " LS "link workers" RS " in schools, which the "
    "children we met valued.\n"
    "\n"
    LQ "The service now needs to plan better for children leaving custody." RQ "\n"
    "\n"
    "The service has created what staff call its " LS "open door" RS " approach.\n"
    "\n"
    LQ "I have asked the board to make sure this work is not lost," RQ " said Ms Coyle.\n"
    "\n"
    "ENDS\n"
    "\n"
    "Notes to editors\n"
    "1. The report, " LQ "An inspection of youth offending services in Wessex" RQ ", is published today.\n";

static void quotes_record_one_quote_per_multi_paragraph_quote(void **state)
{
    (void)state;
    ix_doc *doc = run(release);
    assert_int_equal(doc->quotes.n, 2);
    const ix_quote *q = &doc->quotes.items[0];
    assert_string_equal(q->text,
                        "Wessex has built a service around the child. Staff know the children they work with, "
                        "and it shows.\n"
                        "Leaders have invested in a team of " LS "link workers" RS " in schools, which the "
                        "children we met valued.\n"
                        "The service now needs to plan better for children leaving custody.");
    assert_string_equal(q->speaker, "Dame Ann Coyle");
    assert_string_equal(q->speaker_role, "HM Chief Inspector of Probation");
    assert_string_equal(q->attribution, "explicit");
    assert_string_equal(q->rule, "quotes.said_colon");
    assert_false(q->partial);
    assert_int_equal(q->nspans, 3);
    /* Spans include the quotation marks; an unclosed paragraph runs to its end. */
    assert_string_equal(t_src(doc, q->spans[0]),
                        LQ "Wessex has built a service around the child. Staff know the children they "
                        "work with, and it shows.");
    assert_string_equal(t_src(doc, q->spans[1]),
                        LQ "Leaders have invested in a team of " LS "link workers" RS " in schools, which the "
                        "children we met valued.");
    assert_string_equal(t_src(doc, q->spans[2]),
                        LQ "The service now needs to plan better for children leaving custody." RQ);
    assert_true(q->has_speaker_span);
    assert_string_equal(t_src(doc, q->speaker_span), "Dame Ann Coyle");
    assert_int_equal(warnings(doc, "unterminated_quote"), 0);
    t_free(doc);
}

static void quotes_after_attribution_keeps_the_closing_comma(void **state)
{
    (void)state;
    ix_doc *doc = run(release);
    const ix_quote *q = t_quote(doc, "I have asked the board");
    assert_string_equal(q->text, "I have asked the board to make sure this work is not lost,");
    assert_string_equal(t_src(doc, q->spans[0]),
                        LQ "I have asked the board to make sure this work is not lost," RQ);
    assert_string_equal(q->speaker, "Dame Ann Coyle");
    assert_string_equal(t_src(doc, q->speaker_span), "Ms Coyle");
    assert_string_equal(q->rule, "quotes.said_after");
    t_free(doc);
}

static void quotes_leave_out_labels_scare_quotes_and_titles(void **state)
{
    (void)state;
    ix_doc *doc = run(release);
    assert_false(has_quote(doc, "Good"));
    assert_false(has_quote(doc, "link workers"));
    assert_false(has_quote(doc, "open door"));
    assert_false(has_quote(doc, "An inspection of"));
    t_free(doc);
}

static void quotes_straight_marks_release(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Fenland PDU 'requires improvement'\n"
        "\n"
        "Inspectors found the probation delivery unit's staff were committed but stretched.\n"
        "\n"
        "Chief Inspector Tom Reyes said: \"Fenland's staff haven't had the support they need. "
        "The unit's managers know this.\n"
        "\n"
        "\"We've made five recommendations.\"\n"
        "\n"
        "\"Caseloads are too high,\" he added, \"and that must change.\"\n"
        "\n"
        "The unit's 'hub' model was described by officers as \"confusing for everyone involved\".\n");
    assert_int_equal(doc->quotes.n, 4);
    const ix_quote *q = &doc->quotes.items[0];
    assert_int_equal(q->nspans, 2);
    assert_string_equal(q->speaker, "Tom Reyes");
    assert_string_equal(q->speaker_role, "Chief Inspector");
    assert_string_equal(q->text, "Fenland's staff haven't had the support they need. The unit's managers know this.\n"
                                 "We've made five recommendations.");
    assert_string_equal(t_src(doc, q->spans[1]), "\"We've made five recommendations.\"");
    q = t_quote(doc, "Caseloads are too high");
    assert_string_equal(q->speaker, "Tom Reyes");
    assert_string_equal(q->attribution, "anaphoric");
    q = t_quote(doc, "and that must change");
    assert_string_equal(q->speaker, "Tom Reyes");
    assert_string_equal(q->attribution, "anaphoric");
    assert_false(q->partial);
    q = t_quote(doc, "confusing for everyone");
    assert_true(q->partial);
    assert_string_equal(q->speaker, "officers");
    assert_false(has_quote(doc, "hub"));
    assert_false(has_quote(doc, "requires improvement"));
    t_free(doc);
}

static void quotes_unclosed_at_ends_carries_a_warning(void **state)
{
    (void)state;
    const char *text =
        "Exmoor prison improves\n"
        "\n"
        "Sir Peter Vale said: " LQ "Exmoor is calmer and cleaner than when we last visited.\n"
        "\n"
        "- ENDS -\n"
        "\n"
        "Notes to editors\n"
        "1. The inspection took place in May 2022.\n";
    ix_doc *doc = run(text);
    assert_int_equal(doc->quotes.n, 1);
    const ix_quote *q = &doc->quotes.items[0];
    assert_string_equal(q->text, "Exmoor is calmer and cleaner than when we last visited.");
    assert_string_equal(t_src(doc, q->spans[0]), LQ "Exmoor is calmer and cleaner than when we last visited.");
    assert_int_equal(warnings(doc, "unterminated_quote"), 1);
    const ix_warning *w = &doc->warnings.items[doc->warnings.n - 1];
    assert_string_equal(t_src(doc, w->span), LQ "Exmoor is calmer and cleaner than when we last visited.");
    t_free(doc);
}

static void quotes_unclosed_in_the_middle_ends_with_its_paragraph(void **state)
{
    (void)state;
    ix_doc *doc = run("Ms Okafor said: " LQ "We have turned a corner.\n"
                      "\n"
                      "The trust employs 300 people across the county and runs four offices.\n");
    assert_int_equal(doc->quotes.n, 1);
    assert_string_equal(doc->quotes.items[0].text, "We have turned a corner.");
    assert_int_equal(warnings(doc, "unterminated_quote"), 1);
    t_free(doc);
}

static void quotes_in_page_furniture_and_comments_are_skipped(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Menu\n"
        "\n"
        "Thames Side CRC must improve\n"
        "\n"
        "Inspectors said the CRC was " LQ "not yet safe enough for the people it supervises" RQ ".\n"
        "\n"
        "Share on twitter\n"
        "Share on facebook\n"
        "\n"
        "3 Responses\n"
        "\n"
        "1. Funny how the " LQ "leaders" RQ " always get praise while staff get the blame for everything.\n"
        "\n"
        "2. I agree. My manager said " LQ "we are doing our best with what we have" RQ " last week.\n"
        "\n"
        "Leave a Reply\n");
    assert_int_equal(doc->quotes.n, 1);
    const ix_quote *q = &doc->quotes.items[0];
    assert_string_equal(q->text, "not yet safe enough for the people it supervises");
    assert_string_equal(q->speaker, "Inspectors");
    assert_true(q->partial);
    t_free(doc);
}

static void quotes_colon_block_in_a_write_up(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspectors report on Fenland\n"
        "\n"
        "Although the inspectors liked much of what they saw, they concluded:\n"
        "\n"
        "Overall, the work of the unit was not good enough. Plans were not reviewed, and risk "
        "was not managed well.\n"
        "\n"
        "More detailed findings are set out below.\n");
    assert_int_equal(doc->quotes.n, 1);
    const ix_quote *q = &doc->quotes.items[0];
    assert_string_equal(q->speaker, "Inspectors");
    assert_string_equal(q->attribution, "anaphoric");
    assert_string_equal(q->rule, "quotes.colon_block");
    assert_string_equal(t_src(doc, q->spans[0]),
                        "Overall, the work of the unit was not good enough. Plans were not reviewed, and risk "
                        "was not managed well.");
    assert_string_equal(q->text,
                        "Overall, the work of the unit was not good enough. Plans were not reviewed, and risk "
                        "was not managed well.");
    t_free(doc);
}

static void quotes_crlf_and_wrapped_lines_fold_in_text_not_in_spans(void **state)
{
    (void)state;
    ix_doc *doc = run("Dame Ann Coyle said: \xE2\x80\x9CStaff know their\r\n"
                      "cases well and it shows in the work.\xE2\x80\x9D\r\n");
    assert_int_equal(doc->quotes.n, 1);
    assert_string_equal(doc->quotes.items[0].text, "Staff know their cases well and it shows in the work.");
    assert_string_equal(t_src(doc, doc->quotes.items[0].spans[0]),
                        LQ "Staff know their\r\ncases well and it shows in the work." RQ);
    t_free(doc);
}

static void quotes_pathological_line_is_not_quadratic(void **state)
{
    (void)state;
    /* 10 MB on one line: thousands of quote marks, half of them unclosed,
     * speech verbs and names everywhere. */
    const char *unit[] = {
        "Ms Okafor said: " LQ "we found gaps, ", RQ " she added. ",
        "the " LS "hub" RS " model ", "'Good' and ", LQ "a b c d e f" RQ " said Mr Hale, ",
        "staff said " LQ "fine ", "they concluded: ", "It's the inspectors' view. ",
    };
    size_t cap = 10u << 20, n = 0;
    char *text = malloc(cap + 128);
    assert_non_null(text);
    memcpy(text, "Title\n\n", 7);
    n = 7;
    for (size_t k = 0; n < cap; k++) {
        const char *u = unit[(k * 7) % 8];
        size_t l = strlen(u);
        memcpy(text + n, u, l);
        n += l;
    }
    text[n++] = '\n';
    text[n] = '\0';
    clock_t t0 = clock();
    ix_doc *doc = run(text);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_true(doc->quotes.n > 1000);
    assert_true(secs < 30.0);
    t_free(doc);
    free(text);
}

static void quotes_text_with_replacement_characters_is_safe(void **state)
{
    (void)state;
    ix_doc *doc = run("Mr Hale said: \"We found \xFF\xFE gaps in the \xC3 work.\"\n\n\"\xE2\x80\n");
    assert_true(doc->quotes.n >= 1);
    assert_string_equal(doc->quotes.items[0].speaker, "Mr Hale");
    t_free(doc);
}

/* ---- issue 12: the conventions of real releases and news copy ----------- */

/* Speaker and partial flag of the quote starting `start` (must exist). */
static void expect(const ix_doc *doc, const char *start, const char *speaker, int partial)
{
    const ix_quote *q = t_quote(doc, start);
    if (speaker) {
        assert_non_null(q->speaker);
        assert_string_equal(q->speaker, speaker);
    } else {
        assert_null(q->speaker);
    }
    assert_int_equal(q->partial, partial);
}

static void quotes_issue12_speaker_after_the_quote_with_or_without_comma(void **state)
{
    (void)state;
    ix_doc *doc = run("Kestrel Council leader Jo Hale responded to the inspection.\n\n"
                      LQ "We accept the findings in full." RQ " Ms Hale said.\n\n"
                      LQ "We will publish a plan by March," RQ " said Sam Ward, cabinet member for children.\n\n"
                      LQ "The plan is ready." RQ " The words came from council leader Jo Hale.\n\n"
                      LQ "We are on track." RQ " That was the verdict of Sam Ward.\n\n"
                      LQ "We are not there yet." RQ " That is why the board met.\n\n"
                      LQ "Staff were tired." RQ " Inspectors found the unit short of nurses.\n");
    expect(doc, "We accept the findings", "Jo Hale", 0);
    expect(doc, "We will publish", "Sam Ward", 0);
    assert_string_equal(t_quote(doc, "We will publish")->speaker_role, "cabinet member for children");
    expect(doc, "The plan is ready", "Jo Hale", 0);
    expect(doc, "We are on track", "Sam Ward", 0);
    assert_string_not_equal(t_quote(doc, "We are not there yet")->rule, "quotes.said_after");
    /* The writer's next sentence is not an attribution. */
    assert_string_not_equal(t_quote(doc, "Staff were tired")->rule, "quotes.said_after");
    t_free(doc);
}

static void quotes_issue12_split_quote_with_reported_first_half(void **state)
{
    (void)state;
    ix_doc *doc = run("Chief Inspector of Probation Tom Reyes visited the region in May.\n\n"
                      "The region is recruiting, Mr Reyes said, " LQ "but it must fill posts faster "
                      "if supervision is to improve." RQ "\n\n"
                      "Mr Reyes said: " LQ "We saw real commitment." RQ "\n");
    expect(doc, "but it must fill posts", "Tom Reyes", 1);
    expect(doc, "We saw real commitment", "Tom Reyes", 0);
    t_free(doc);
}

static void quotes_issue12_speakers_outside_the_inspectorate(void **state)
{
    (void)state;
    ix_doc *doc = run("Moorside prison was inspected in June.\n\n"
                      "A Ministry of Justice spokesperson said: " LQ "We will act on every recommendation." RQ "\n\n"
                      "The chief executive of the Moorside Health Trust said: " LQ "We are sorry." RQ "\n\n"
                      "Local MP Dan Fry said: " LQ "This is shocking." RQ "\n\n"
                      "Chief Constable Priya Shah, of Moorside Police, said: " LQ "We will learn." RQ "\n\n"
                      "In a statement, the council said: " LQ "We are listening." RQ "\n\n"
                      "A trust spokesperson said: " LQ "Care has improved." RQ "\n\n"
                      "Unison regional secretary Pat Lyle said the report was " LQ "a wake-up call for ministers" RQ ".\n");
    expect(doc, "We will act on every", "Ministry of Justice spokesperson", 0);
    expect(doc, "We are sorry", "chief executive of the Moorside Health Trust", 0);
    expect(doc, "This is shocking", "Dan Fry", 0);
    expect(doc, "We will learn", "Priya Shah", 0);
    expect(doc, "We are listening", "council", 0);
    expect(doc, "Care has improved", "trust spokesperson", 0);
    expect(doc, "a wake-up call", "Pat Lyle", 1);
    t_free(doc);
}

static void quotes_issue12_offices_in_lower_case_and_unnamed_holders(void **state)
{
    (void)state;
    ix_doc *doc = run("Tom Reyes, HM Chief Inspector of Probation, published the report today.\n\n"
                      "The chief inspector of probation said: " LQ "The service must improve." RQ "\n\n"
                      "Lead inspector Ana Ruiz said the teams were stretched.\n\n"
                      "The inspector found the staff " LQ "committed and caring" RQ ".\n");
    expect(doc, "The service must improve", "Tom Reyes", 0);
    expect(doc, "committed and caring", "Ana Ruiz", 1);
    t_free(doc);
}

static void quotes_issue12_partial_quotes_in_the_writers_sentence(void **state)
{
    (void)state;
    ix_doc *doc = run("Fenmarsh probation service rated inadequate\n\n"
                      "Inspectors found " LQ "serious concerns" RQ " about the work of the service.\n\n"
                      "The report said staff were travelling " LQ "long distances" RQ " to see people.\n\n"
                      "It also found a " LQ "supportive team culture" RQ " in the main office.\n\n"
                      "The unit was found to be " LQ "not safe for staff" RQ " in places.\n\n"
                      "The service ran a " LQ "safe spaces" RQ " scheme and promoted the concept of "
                      LQ "open doors" RQ ".\n\n"
                      "It was a " LQ "worrying" RQ " picture.\n");
    expect(doc, "serious concerns", "Inspectors", 1);
    expect(doc, "long distances", "report", 1);
    expect(doc, "supportive team culture", "report", 1);
    /* a passive finding, nobody named: the paragraphs before name the judge */
    expect(doc, "not safe for staff", "report", 1);
    t_free(doc);
    doc = run("Kestrel school was inspected in May.\n\n"
              "The inspection found that pupils were " LQ "happy and safe" RQ " at school.\n");
    /* the verb's subject, not the object after "that" */
    expect(doc, "happy and safe", "inspection", 1);
    t_free(doc);
    doc = run("Kestrel school was inspected in May.\n\n"
              "Inspectors visited Fenmarsh Prison and found " LQ "a culture of fear" RQ ".\n\n"
              "The report praised Kestrel Council for its " LQ "strong leadership" RQ ".\n");
    /* a second verb of the subject; never the place or body it is about */
    expect(doc, "a culture of fear", "Inspectors", 1);
    expect(doc, "strong leadership", "report", 1);
    t_free(doc);
    doc = run("Kestrel school was inspected in May.\n\n"
              "They published the report, which described leadership as " LQ "weak and ineffective" RQ ".\n");
    /* the noun a relative clause hangs on; bands joined by "and" describe */
    expect(doc, "weak and ineffective", "report", 1);
    /* terms and one-word scare quotes are not quotes */
    assert_false(has_quote(doc, "safe spaces"));
    assert_false(has_quote(doc, "open doors"));
    assert_false(has_quote(doc, "worrying"));
    t_free(doc);
}

static void quotes_issue12_headline_quotes_are_not_quotes(void **state)
{
    (void)state;
    ix_doc *doc = run("Watchdog finds Fenmarsh service " LS "well below standard" RS "\n\n"
                      "The Fenmarsh service was inspected in May.\n\n"
                      LS "Long waits" RS "\n\n"
                      "Inspectors said people waited " LQ "far too long" RQ " for help.\n");
    assert_false(has_quote(doc, "well below standard"));
    assert_false(has_quote(doc, "Long waits"));
    expect(doc, "far too long", "Inspectors", 1);
    t_free(doc);
}

static void quotes_issue12_news_paragraphs_same_or_other_speaker(void **state)
{
    (void)state;
    ix_doc *doc = run("Kestrel youth service rated good\n"
                      "The service was inspected in March.\n"
                      LQ "Kestrel has real strengths," RQ " Chief Inspector of Probation Tom Reyes said.\n"
                      LQ "Its work with victims is outstanding." RQ "\n"
                      "Council leader Jo Hale said the result was " LQ "a great result for the city" RQ ".\n"
                      "Inspectors praised a " LQ "clear vision for the service" RQ " and said: " LQ "We were impressed." RQ "\n");
    expect(doc, "Kestrel has real strengths", "Tom Reyes", 0);
    /* one statement going on in the next paragraph: one quote */
    assert_false(has_quote(doc, "Its work with victims"));
    assert_non_null(strstr(t_quote(doc, "Kestrel has real strengths")->text, "\nIts work with victims"));
    assert_int_equal(t_quote(doc, "Kestrel has real strengths")->nspans, 2);
    expect(doc, "a great result", "Jo Hale", 1);
    expect(doc, "clear vision", "Inspectors", 1);
    expect(doc, "We were impressed", "Inspectors", 0);
    t_free(doc);
}

static void quotes_issue12_news_paragraph_opening_a_longer_quote(void **state)
{
    (void)state;
    ix_doc *doc = run("Kestrel youth service rated good\n"
                      "The service was inspected in March.\n"
                      LQ "We are pleased," RQ " says council leader Jo Hale.\n"
                      LQ "Staff have worked hard for this.\n"
                      LQ "We will keep improving." RQ "\n"
                      LQ "The board met today," RQ " said Sam Ward, the chair.\n"
                      LQ "It agreed the plan." RQ " Inspectors will return next year.\n");
    /* a paragraph that runs on into more quoted paragraphs is a quote of its own */
    expect(doc, "We are pleased", "Jo Hale", 0);
    expect(doc, "Staff have worked hard", "Jo Hale", 0);
    /* the writer's words after it: not a continuation of the statement */
    expect(doc, "The board met today", "Sam Ward", 0);
    expect(doc, "It agreed the plan", "Sam Ward", 0);
    t_free(doc);
}

static void quotes_issue12_cut_off_by_the_end_of_the_document(void **state)
{
    (void)state;
    ix_doc *doc = run("Fenmarsh service rated inadequate\n\n"
                      "The service was inspected in May.\n\n"
                      "A Ministry of Justice spokesperson said:\n\n"
                      LQ "The gover");
    assert_int_equal(doc->quotes.n, 1);
    expect(doc, "The gover", "Ministry of Justice spokesperson", 0);
    assert_int_equal(warnings(doc, "unterminated_quote"), 1);
    assert_non_null(strstr(doc->warnings.items[0].message, "document ends inside it"));
    t_free(doc);
}

static void quotes_issue12_the_subject_not_the_agent_or_the_object(void **state)
{
    (void)state;
    ix_doc *doc = run("Fenmarsh service rated inadequate\n\n"
                      "A damning report published yesterday by HM Inspectorate of Probation found "
                      "services were " LQ "nowhere near good enough" RQ ".\n\n"
                      "The main conclusion of Tom Reyes, Chief Inspector of Probation, is that "
                      LQ "reform will not succeed without more staff" RQ ".\n\n"
                      "Fenmarsh was rated " LQ "requires improvement" RQ " in 2019.\n");
    expect(doc, "nowhere near good enough", "report", 1);
    expect(doc, "reform will not succeed", "Tom Reyes", 1);
    /* a rating label is no quote, and a place is never a speaker */
    assert_false(has_quote(doc, "requires improvement"));
    t_free(doc);
}

static void quotes_issue12_a_quote_inside_a_quote_with_its_own_speaker(void **state)
{
    (void)state;
    ix_doc *doc = run("Moorside care home was rated good.\n\n"
                      "The CQC report said: " LQ "People told us they felt safe.\n\n"
                      LQ "One resident commented, " LS "The staff here are like family to me." RS "\n\n"
                      LQ "Staff knew people well." RQ "\n\n"
                      "The manager said: " LQ "We are proud of the team, or as one carer put it " LS "a real home" RS "." RQ "\n");
    expect(doc, "People told us", "CQC report", 0);
    /* the outer quote stays whole, the inner one has its own speaker */
    assert_non_null(strstr(t_quote(doc, "People told us")->text, "like family"));
    expect(doc, "The staff here are like family", "One resident", 0);
    /* no speech verb and comma or colon before it: part of the outer quote only */
    assert_false(has_quote(doc, "a real home"));
    t_free(doc);
}

static void quotes_issue12_fullest_names(void **state)
{
    (void)state;
    ix_doc *doc = run("The Chief Inspector of Prisons, Sam Okoro, published the report.\n\n"
                      "Mr Okoro said: " LQ "Violence has fallen." RQ "\n\n"
                      "Martin Vale CBE said: " LQ "We welcome it." RQ "\n\n"
                      "Helen Marr, secretary of the Moorside branch, spoke too.\n\n"
                      LQ "Officers are doing their best," RQ " says Helen.\n\n"
                      "However, the Inspectorate said " LQ "more checks are needed" RQ ".\n\n"
                      "HM Inspectorate of Prisons for Moorland inspected the jail.\n");
    expect(doc, "Violence has fallen", "Sam Okoro", 0);
    expect(doc, "We welcome it", "Martin Vale", 0);
    expect(doc, "Officers are doing", "Helen Marr", 0);
    expect(doc, "more checks are needed", "HM Inspectorate of Prisons for Moorland", 1);
    t_free(doc);
    doc = run("Kestrel was inspected in May.\n\n"
              "Martin Vale CBE, His Majesty's Chief Inspector of Probation, said: " LQ "We saw progress." RQ "\n\n"
              "He added: " LQ "There is more to do." RQ "\n");
    expect(doc, "There is more to do", "Martin Vale", 0);
    assert_string_equal(t_quote(doc, "We saw progress")->speaker_role,
                        "His Majesty's Chief Inspector of Probation");
    t_free(doc);
}

/* '"...," says X. "..."' is one quote: its halves joined by a space, one
 * span each, the speaker from the attribution between them. */
static void quotes_statement_split_by_its_attribution(void **state)
{
    (void)state;
    ix_doc *doc = run("Harbour ferries on time\n\n"
                      "Harbour Ferries has been praised by the regulator.\n\n"
                      LQ "The crews have worked hard this year," RQ " says Ada Quell. " LQ
                      "Sailings now leave on time." RQ "\n");
    assert_int_equal(doc->quotes.n, 1);
    const ix_quote *q = &doc->quotes.items[0];
    assert_string_equal(q->text, "The crews have worked hard this year, Sailings now leave on time.");
    assert_int_equal(q->nspans, 2);
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker, "Ada Quell");
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(quotes_record_one_quote_per_multi_paragraph_quote),
        cmocka_unit_test(quotes_after_attribution_keeps_the_closing_comma),
        cmocka_unit_test(quotes_leave_out_labels_scare_quotes_and_titles),
        cmocka_unit_test(quotes_straight_marks_release),
        cmocka_unit_test(quotes_unclosed_at_ends_carries_a_warning),
        cmocka_unit_test(quotes_unclosed_in_the_middle_ends_with_its_paragraph),
        cmocka_unit_test(quotes_in_page_furniture_and_comments_are_skipped),
        cmocka_unit_test(quotes_colon_block_in_a_write_up),
        cmocka_unit_test(quotes_crlf_and_wrapped_lines_fold_in_text_not_in_spans),
        cmocka_unit_test(quotes_pathological_line_is_not_quadratic),
        cmocka_unit_test(quotes_text_with_replacement_characters_is_safe),
        cmocka_unit_test(quotes_issue12_speaker_after_the_quote_with_or_without_comma),
        cmocka_unit_test(quotes_issue12_split_quote_with_reported_first_half),
        cmocka_unit_test(quotes_issue12_speakers_outside_the_inspectorate),
        cmocka_unit_test(quotes_issue12_offices_in_lower_case_and_unnamed_holders),
        cmocka_unit_test(quotes_issue12_partial_quotes_in_the_writers_sentence),
        cmocka_unit_test(quotes_issue12_headline_quotes_are_not_quotes),
        cmocka_unit_test(quotes_issue12_news_paragraphs_same_or_other_speaker),
        cmocka_unit_test(quotes_issue12_news_paragraph_opening_a_longer_quote),
        cmocka_unit_test(quotes_issue12_cut_off_by_the_end_of_the_document),
        cmocka_unit_test(quotes_issue12_the_subject_not_the_agent_or_the_object),
        cmocka_unit_test(quotes_issue12_a_quote_inside_a_quote_with_its_own_speaker),
        cmocka_unit_test(quotes_issue12_fullest_names),
        cmocka_unit_test(quotes_statement_split_by_its_attribution),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
