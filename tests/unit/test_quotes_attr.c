/* Step 3 of the quotes pipeline: people, fullest names, and who said each
 * quote, on texts written for these tests.  Runs the stages up to quotes
 * and reads doc->quotes. */
#include <stdlib.h>
#include <string.h>

#include "extractors/quotes_attr.h"
#include "pipeline/doc.h"
#include "tests/unit/support.h"

static ix_doc *run(const char *text)
{
    return t_extract_until(text, "quotes");
}

static void assert_speaker(const ix_doc *doc, const ix_quote *q, const char *speaker,
                           const char *attribution, const char *mention)
{
    if (speaker) {
        assert_non_null(q->speaker);
        assert_string_equal(q->speaker, speaker);
    } else {
        assert_null(q->speaker);
    }
    assert_string_equal(q->attribution, attribution);
    if (mention) {
        assert_true(q->has_speaker_span);
        assert_string_equal(t_src(doc, q->speaker_span), mention);
    } else {
        assert_false(q->has_speaker_span);
    }
}

/* ---- the people table ------------------------------------------------------- */

static void people_fullest_form_from_honorific_and_office(void **state)
{
    (void)state;
    const char *text = "Chief Inspector Tom Reyes led the visit with Dame Ann Coyle, chair of the panel.\n\n"
                       "Mr Reyes thanked staff. Ms Coyle and Dame Ann agreed.\n";
    ix_doc *doc = t_extract_until(text, "title");
    ix_err err = {0};
    ix_quotes_people *pp = ix_quotes_people_build(doc, NULL, 0, &err);
    assert_non_null(pp);
    const char *role = NULL;
    const char *n = strstr(doc->norm, "Mr Reyes");
    assert_string_equal(ix_quotes_people_fullest(pp, doc, (size_t)(n - doc->norm), (size_t)(n - doc->norm) + 8, &role),
                        "Tom Reyes");
    assert_string_equal(role, "Chief Inspector");
    n = strstr(doc->norm, "Ms Coyle");
    assert_string_equal(ix_quotes_people_fullest(pp, doc, (size_t)(n - doc->norm), (size_t)(n - doc->norm) + 8, &role),
                        "Dame Ann Coyle");
    assert_string_equal(role, "chair of the panel");
    n = strstr(doc->norm, "Dame Ann agreed");
    assert_string_equal(ix_quotes_people_fullest(pp, doc, (size_t)(n - doc->norm), (size_t)(n - doc->norm) + 8, NULL),
                        "Dame Ann Coyle");
    n = strstr(doc->norm, "staff");
    assert_null(ix_quotes_people_fullest(pp, doc, (size_t)(n - doc->norm), (size_t)(n - doc->norm) + 5, NULL));
    t_free(doc);
}

/* ---- explicit attribution ------------------------------------------------------ */

static void attr_said_colon_with_office_before_the_name(void **state)
{
    (void)state;
    ix_doc *doc = run("HM Chief Inspector of Prisons Sir Peter Vale said: " LQ "Exmoor is a safer prison than it was." RQ "\n");
    const ix_quote *q = t_quote(doc, "Exmoor is a safer");
    assert_speaker(doc, q, "Sir Peter Vale", "explicit", "Sir Peter Vale");
    assert_string_equal(q->speaker_role, "HM Chief Inspector of Prisons");
    assert_string_equal(q->rule, "quotes.said_colon");
    assert_false(q->partial);
    t_free(doc);
}

static void attr_role_in_apposition(void **state)
{
    (void)state;
    ix_doc *doc = run("Tom Reyes, Chief Inspector of Probation, said: \"Fenland PDU knows its cases well.\"\n");
    const ix_quote *q = t_quote(doc, "Fenland PDU");
    assert_speaker(doc, q, "Tom Reyes", "explicit", "Tom Reyes");
    assert_string_equal(q->speaker_role, "Chief Inspector of Probation");
    t_free(doc);
}

static void attr_said_after_resolves_to_the_fullest_name(void **state)
{
    (void)state;
    ix_doc *doc = run("Chief Inspector Tom Reyes published the report today.\n\n"
                      LQ "Leaders have listened to their staff," RQ " said Mr Reyes.\n");
    const ix_quote *q = t_quote(doc, "Leaders have listened");
    assert_speaker(doc, q, "Tom Reyes", "explicit", "Mr Reyes");
    assert_string_equal(q->speaker_role, "Chief Inspector");
    assert_string_equal(q->rule, "quotes.said_after");
    assert_string_equal(q->text, "Leaders have listened to their staff,");
    t_free(doc);
}

/* The name and its office between commas after the quote, then the verb. */
static void attr_said_after_a_name_and_its_office(void **state)
{
    (void)state;
    ix_doc *doc = run(LQ "The unit has come a long way," RQ " Tom Reyes, the Chief Inspector of "
                      "Probation, said.\n");
    const ix_quote *q = t_quote(doc, "The unit has come");
    assert_speaker(doc, q, "Tom Reyes", "explicit", "Tom Reyes");
    assert_string_equal(q->speaker_role, "Chief Inspector of Probation");
    assert_string_equal(q->rule, "quotes.said_after");
    t_free(doc);
    /* an office in lower case with its complement, then the holder */
    doc = run(LQ "The unit has come a long way," RQ " the head of the unit, Sam Ward, said.\n");
    q = t_quote(doc, "The unit has come");
    assert_speaker(doc, q, "Sam Ward", "explicit", "Sam Ward");
    assert_string_equal(q->speaker_role, "head of the unit");
    t_free(doc);
    doc = run(LQ "The unit has come a long way," RQ " said the head of the unit, Sam Ward.\n");
    q = t_quote(doc, "The unit has come");
    assert_speaker(doc, q, "Sam Ward", "explicit", "Sam Ward");
    assert_string_equal(q->speaker_role, "head of the unit");
    t_free(doc);
    /* a clause between the commas is no office: nobody is guessed */
    doc = run(LQ "The unit has come a long way," RQ " Tom Reyes, who knows it well, said.\n");
    q = t_quote(doc, "The unit has come");
    assert_null(q->speaker);
    t_free(doc);
    /* the quote ends its own sentence: the next one is the name, its
     * office and the verb, and nothing more */
    doc = run(LQ "The unit has come a long way." RQ " Tom Reyes, the Chief Inspector of Probation, "
                 "said.\n");
    q = t_quote(doc, "The unit has come");
    assert_speaker(doc, q, "Tom Reyes", "explicit", "Tom Reyes");
    assert_string_equal(q->speaker_role, "Chief Inspector of Probation");
    t_free(doc);
    /* near miss: the writer's own sentence of reported speech */
    doc = run(LQ "The unit has come a long way." RQ " Tom Reyes, the Chief Inspector of Probation, "
                 "said the unit was safe.\n");
    q = t_quote(doc, "The unit has come");
    assert_null(q->speaker);
    t_free(doc);
}

static void attr_inspectors_and_the_report_as_speakers(void **state)
{
    (void)state;
    ix_doc *doc = run("Inspectors concluded: " LQ "Children are safer in Wessex than two years ago." RQ "\n\n"
                      "The thematic report noted: " LS "Too few plans were reviewed with families." RS "\n");
    assert_speaker(doc, t_quote(doc, "Children are safer"), "Inspectors", "explicit", "Inspectors");
    assert_speaker(doc, t_quote(doc, "Too few plans"), "thematic report", "explicit", "thematic report");
    t_free(doc);
}

/* A report keeps the words that name it, a body's name included ("The
 * Calder CQC report"), but not a place or a description. */
static void attr_report_named_as_written_without_place_or_description(void **state)
{
    (void)state;
    ix_doc *doc = run("The CQC report said: " LQ "Residents felt safe." RQ "\n\n"
                      "The Eskdale report, published on Monday, noted: " LQ "Meals were late." RQ "\n\n"
                      "The chief inspector's long-awaited report found: " LQ "Staff were tired." RQ "\n\n"
                      LQ "Children wait too long," RQ " Ofsted's inspection report for the borough states.\n");
    assert_speaker(doc, t_quote(doc, "Residents felt"), "CQC report", "explicit", "CQC report");
    assert_speaker(doc, t_quote(doc, "Meals were late"), "report", "explicit", "Eskdale report");
    assert_speaker(doc, t_quote(doc, "Staff were tired"), "report", "explicit", "report");
    assert_speaker(doc, t_quote(doc, "Children wait"), "Ofsted's inspection report", "explicit",
                   "Ofsted's inspection report");
    t_free(doc);
    /* before the quote too; which of its reports is part of its name */
    doc = run("Estyn's inspection report said: " LQ "Pupils read well." RQ "\n\n"
              "The latest report found: " LQ "Lessons start late." RQ "\n");
    assert_speaker(doc, t_quote(doc, "Pupils read"), "Estyn's inspection report", "explicit",
                   "Estyn's inspection report");
    assert_speaker(doc, t_quote(doc, "Lessons start"), "latest report", "explicit", "latest report");
    t_free(doc);
}

static void attr_spokesperson_after_the_quote(void **state)
{
    (void)state;
    ix_doc *doc = run(LQ "We accept every recommendation and have already begun work," RQ
                      " a Moorland Justice spokesperson said.\n");
    assert_speaker(doc, t_quote(doc, "We accept every"), "Moorland Justice spokesperson", "explicit",
                   "Moorland Justice spokesperson");
    t_free(doc);
}

static void attr_previous_paragraph_ends_with_said_colon(void **state)
{
    (void)state;
    ix_doc *doc = run("Speaking at the launch, Professor Lena Marsh said:\n\n"
                      "\"The panel has seen real change in how children are heard.\"\n");
    const ix_quote *q = t_quote(doc, "The panel has seen");
    assert_speaker(doc, q, "Professor Lena Marsh", "explicit", "Professor Lena Marsh");
    assert_string_equal(q->rule, "quotes.said_colon");
    t_free(doc);
}

/* ---- pronouns and continuations ------------------------------------------------ */

static void attr_pronoun_added_resolves_by_gender(void **state)
{
    (void)state;
    ix_doc *doc = run("Dame Ann Coyle visited the Exe Valley office with Mr Hale.\n\n"
                      "Ms Coyle said: " LQ "Staff here are committed." RQ " Later she added, "
                      LQ "but caseloads are far too high." RQ "\n\n"
                      LQ "We will return next year," RQ " he said.\n");
    const ix_quote *q = t_quote(doc, "but caseloads");
    assert_speaker(doc, q, "Dame Ann Coyle", "anaphoric", "Ms Coyle");
    assert_string_equal(q->rule, "quotes.pronoun_added");
    q = t_quote(doc, "We will return");
    assert_speaker(doc, q, "Mr Hale", "anaphoric", "Mr Hale");
    t_free(doc);
}

static void attr_gender_learnt_from_an_earlier_pronoun(void **state)
{
    (void)state;
    ix_doc *doc = run("Jo Patel, chief executive of Exe Valley Trust, said she was pleased. "
                      "Mr Hale, the chair, agreed.\n\n"
                      LQ "We will publish a plan within a month," RQ " she added.\n");
    assert_speaker(doc, t_quote(doc, "We will publish"), "Jo Patel", "anaphoric", "Jo Patel");
    t_free(doc);
}

static void attr_they_resolves_to_a_plural_group(void **state)
{
    (void)state;
    ix_doc *doc = run("The inspectors spent a week in Fenland, and they concluded: "
                      LQ "This is a service that knows its children." RQ "\n");
    assert_speaker(doc, t_quote(doc, "This is a service"), "Inspectors", "anaphoric", "inspectors");
    t_free(doc);
    /* a passive partial quote: its agent after it */
    doc = run("The unit was inspected last month.\n\nStaff were described as " LQ "passionate" RQ
              " by inspectors.\n");
    assert_speaker(doc, t_quote(doc, "passionate"), "Inspectors", "explicit", "inspectors");
    t_free(doc);
    /* no speech verb before the colon, but a person the document introduces
     * opens the clause */
    doc = run("Chief Inspector Tom Reyes published the report.\n\n"
              "Mr Reyes makes it plain that the unit is short of staff: " LQ "There are too few "
              "officers." RQ "\n");
    assert_speaker(doc, t_quote(doc, "There are too few"), "Tom Reyes", "explicit", "Mr Reyes");
    t_free(doc);
    /* a participle after a comma speaks for the clause's subject, never for
     * the object before it */
    doc = run("Inspectors praised the staff, saying: " LQ "Leaders share high expectations." RQ "\n");
    assert_speaker(doc, t_quote(doc, "Leaders share"), "Inspectors", "explicit", "Inspectors");
    t_free(doc);
    doc = run("Inspectors praised the school's " LQ "clear plan" RQ ", saying: " LQ "Leaders share "
              "high expectations." RQ "\n");
    assert_speaker(doc, t_quote(doc, "Leaders share"), "Inspectors", "anaphoric", "Inspectors");
    t_free(doc);
    /* a singular "they" for the office-holder quoted just before, not the
     * plural group named before that */
    doc = run("The ministry said it was recruiting more officers.\n\n"
              "A spokesperson said: " LQ "We are taking action." RQ "\n\n"
              LQ "We have already made changes," RQ " they added.\n");
    assert_speaker(doc, t_quote(doc, "We have already"), "spokesperson", "anaphoric", "spokesperson");
    t_free(doc);
}

static void attr_continuation_paragraph_keeps_the_speaker(void **state)
{
    (void)state;
    ix_doc *doc = run("Sir Peter Vale said: " LQ "The prison is calmer." RQ "\n\n"
                      LQ "Violence has fallen by a third since our last visit." RQ "\n");
    const ix_quote *q = t_quote(doc, "Violence has fallen");
    assert_speaker(doc, q, "Sir Peter Vale", "anaphoric", "Sir Peter Vale");
    assert_string_equal(q->rule, "quotes.continuation");
    t_free(doc);
}

/* ---- context and its limits ----------------------------------------------------- */

static void attr_contextual_from_a_reporting_clause(void **state)
{
    (void)state;
    ix_doc *doc = run("The inspection report, published by Dame Ann Coyle, noted that caseloads had doubled.\n\n"
                      LQ "In one office a probation officer held ninety cases." RQ "\n");
    const ix_quote *q = t_quote(doc, "In one office");
    assert_speaker(doc, q, "inspection report", "contextual", "inspection report");
    t_free(doc);
}

static void attr_contextual_from_an_earlier_quote(void **state)
{
    (void)state;
    ix_doc *doc = run("Mr Hale said: " LQ "We are proud of the team." RQ "\n\n"
                      "The trust runs four offices.\n\n"
                      LQ "Every office now has a manager on site." RQ "\n");
    const ix_quote *q = t_quote(doc, "Every office");
    assert_speaker(doc, q, "Mr Hale", "contextual", "Mr Hale");
    assert_string_equal(q->rule, "quotes.contextual");
    t_free(doc);
}

static void attr_no_speaker_is_never_guessed(void **state)
{
    (void)state;
    ix_doc *doc = run("Exmoor youth service\n\n"
                      LQ "Every child deserves a plan made with them, not for them." RQ "\n");
    const ix_quote *q = t_quote(doc, "Every child");
    assert_speaker(doc, q, NULL, "none", NULL);
    assert_string_equal(q->rule, "quotes.unattributed");
    t_free(doc);

    /* A pronoun with nobody to refer to stays unattributed. */
    doc = run(LQ "We have a lot to do," RQ " she said.\n");
    assert_speaker(doc, t_quote(doc, "We have a lot"), NULL, "none", NULL);
    t_free(doc);
}

static void attr_partial_quotes_keep_their_speaker(void **state)
{
    (void)state;
    ix_doc *doc = run("Sam Ortiz, Director of Operations, said he was \"encouraged by the energy of new staff\" "
                      "in the north.\n\n"
                      "Some offices were described by staff as " LQ "cramped and noisy" RQ ".\n");
    const ix_quote *q = t_quote(doc, "encouraged by the energy");
    assert_speaker(doc, q, "Sam Ortiz", "explicit", "Sam Ortiz");
    assert_string_equal(q->speaker_role, "Director of Operations");
    assert_true(q->partial);
    assert_string_equal(q->rule, "quotes.partial");
    q = t_quote(doc, "cramped and noisy");
    assert_speaker(doc, q, "staff", "explicit", "staff");
    assert_true(q->partial);
    t_free(doc);
}

static void attr_colon_block_speaker_as_found(void **state)
{
    (void)state;
    ix_doc *doc = run("As ever, I leave the last word to the Chief Inspector, Sir Peter Vale:\n\n"
                      "Exmoor has made progress, but too many men still spend all day in their cells.\n\n"
                      "I expect to see a very different prison when we return.\n");
    assert_int_equal(doc->quotes.n, 1);
    const ix_quote *q = &doc->quotes.items[0];
    assert_speaker(doc, q, "Sir Peter Vale", "explicit", "Sir Peter Vale");
    assert_string_equal(q->speaker_role, "Chief Inspector");
    assert_string_equal(q->rule, "quotes.colon_block");
    assert_int_equal(q->nspans, 2);
    t_free(doc);
}

static void attr_colon_block_without_a_speaker_is_dropped(void **state)
{
    (void)state;
    ix_doc *doc = run("The figures are plain to see for Thames Side:\n\n"
                      "Sixty cases were allocated within a day, and forty within a week.\n");
    assert_int_equal(doc->quotes.n, 0);
    t_free(doc);
}

static void attr_quote_from_names_a_plain_paragraph(void **state)
{
    (void)state;
    ix_doc *doc = run("Youth services in the county have improved, but children still wait too long for help.\n\n"
                      "That was the verdict of Sir Peter Vale, HM Chief Inspector of Prisons, today.\n");
    assert_int_equal(doc->quotes.n, 1);
    const ix_quote *q = &doc->quotes.items[0];
    assert_speaker(doc, q, "Sir Peter Vale", "explicit", "Sir Peter Vale");
    assert_string_equal(q->speaker_role, "HM Chief Inspector of Prisons");
    assert_string_equal(q->rule, "quotes.quote_from");
    t_free(doc);
}

static void attr_office_without_name_finds_the_person(void **state)
{
    (void)state;
    ix_doc *doc = run("Dame Ann Coyle, HM Chief Inspector of Probation, visited in May.\n\n"
                      "The Chief Inspector said: " LQ "This service is well led." RQ "\n");
    const ix_quote *q = t_quote(doc, "This service");
    assert_speaker(doc, q, "Dame Ann Coyle", "explicit", "Chief Inspector");
    t_free(doc);
}

static void attr_body_spokesperson_and_office_before_the_name(void **state)
{
    (void)state;
    ix_doc *doc = run("A Ministry of Justice spokesperson said: \"We will study the report.\"\n\n"
                      "Chief Executive of Harbour Justice Ltd, Maria Lopez, said: \"We accept the findings.\"\n");
    assert_speaker(doc, t_quote(doc, "We will study"), "Ministry of Justice spokesperson", "explicit",
                   "Ministry of Justice spokesperson");
    const ix_quote *q = t_quote(doc, "We accept the findings");
    assert_speaker(doc, q, "Maria Lopez", "explicit", "Maria Lopez");
    assert_string_equal(q->speaker_role, "Chief Executive of Harbour Justice Ltd");
    t_free(doc);
}

static void attr_dash_and_according_to(void **state)
{
    (void)state;
    ix_doc *doc = run("Chief Inspector Sarah Quinn visited in June.\n\n"
                      "\"We need stronger leadership.\" - Sarah Quinn\n\n"
                      "According to Ms Quinn, \"the service has lost its way since 2019.\"\n");
    const ix_quote *q = t_quote(doc, "We need stronger");
    assert_speaker(doc, q, "Sarah Quinn", "explicit", "Sarah Quinn");
    assert_string_equal(q->rule, "quotes.said_after");
    q = t_quote(doc, "the service has lost");
    assert_speaker(doc, q, "Sarah Quinn", "explicit", "Ms Quinn");
    assert_false(q->partial);
    t_free(doc);
}

static void attr_unread_colon_intro_is_not_a_continuation(void **state)
{
    (void)state;
    ix_doc *doc = run("Mr Adebayo said: " LQ "Our board met last night." RQ
                      " One member of the public shouted across the room: " LQ "Nothing has changed." RQ "\n");
    assert_speaker(doc, t_quote(doc, "Our board"), "Mr Adebayo", "explicit", "Mr Adebayo");
    assert_speaker(doc, t_quote(doc, "Nothing has changed"), NULL, "none", NULL);
    t_free(doc);
}

static void attr_adding_that_continues_the_speaker(void **state)
{
    (void)state;
    ix_doc *doc = run("The governor, James Park, said: 'We have already made changes,' adding that "
                      "'the culture on the wings is shifting'.\n");
    const ix_quote *q = t_quote(doc, "We have already");
    assert_speaker(doc, q, "James Park", "explicit", "James Park");
    assert_string_equal(q->speaker_role, "governor");
    q = t_quote(doc, "the culture on the wings");
    assert_speaker(doc, q, "James Park", "anaphoric", "James Park");
    assert_true(q->partial);
    t_free(doc);
}

static void attr_it_refers_to_the_body_quoted_before(void **state)
{
    (void)state;
    ix_doc *doc = run("The report noted: " LQ "Plans were rarely reviewed." RQ " It added: "
                      LQ "Managers did not check new staff's work." RQ "\n");
    assert_speaker(doc, t_quote(doc, "Managers did not"), "report", "anaphoric", "report");
    t_free(doc);
}

static void attr_reporting_clause_between_quotes_beats_continuation(void **state)
{
    (void)state;
    ix_doc *doc = run("Mr Hale said: " LQ "The board is united." RQ " Dame Ann Coyle disagreed. "
                      LQ "Nothing has changed in a year." RQ "\n");
    assert_speaker(doc, t_quote(doc, "The board is united"), "Mr Hale", "explicit", "Mr Hale");
    const ix_quote *q = t_quote(doc, "Nothing has changed");
    assert_speaker(doc, q, "Dame Ann Coyle", "contextual", "Dame Ann Coyle");
    t_free(doc);

    /* Split by its own attribution, one statement is one quote. */
    doc = run(LQ "The board is united," RQ " said Mr Hale. " LQ "We will act." RQ "\n");
    q = t_quote(doc, "The board is united, We will act.");
    assert_speaker(doc, q, "Mr Hale", "explicit", "Mr Hale");
    assert_string_equal(q->rule, "quotes.said_after");
    t_free(doc);
}

/* A fuzzed release once stood still here: an honorific with no name after
 * it ("Dame 1.") made the name scanner loop on the same token. */
static void attr_described_in_apposition_and_never_a_month(void **state)
{
    (void)state;
    ix_doc *doc = run("Elm Road Surgery rated inadequate\n\n"
                      "Dr Ann Lee, a partner at the practice, said: \"We are sorry and we will "
                      "put this right.\"\n");
    assert_int_equal(doc->quotes.n, 1);
    assert_string_equal(doc->quotes.items[0].speaker, "Dr Ann Lee");
    assert_string_equal(doc->quotes.items[0].speaker_role, "partner at the practice");
    t_free(doc);
    doc = run("Hospice rated outstanding\n\n"
              "Jo Hale, Deputy Chief Inspector of Adult Social Care in the North commented: "
              "\"We found the care to be outstanding.\"\n");
    assert_int_equal(doc->quotes.n, 1);
    assert_string_equal(doc->quotes.items[0].speaker, "Jo Hale");
    t_free(doc);
    /* a councillor's title is a form of address, like Mr or Ms */
    doc = run("Youth service rated good\n\n"
              "Councillor Jo Hale, cabinet member for children, said: \"We are delighted.\"\n");
    assert_int_equal(doc->quotes.n, 1);
    assert_string_equal(doc->quotes.items[0].speaker, "Jo Hale");
    t_free(doc);
    doc = run("Council services praised\n\n"
              "The council's services were visited by the inspectors in October and found to be "
              "\"a model of good practice\" in several respects.\n");
    assert_int_equal(doc->quotes.n, 1);
    assert_true(doc->quotes.items[0].speaker == NULL ||
                strcmp(doc->quotes.items[0].speaker, "October") != 0);
    t_free(doc);
}

static void attr_bare_honorific_without_a_name_is_passed_over(void **state)
{
    (void)state;
    ix_doc *doc = run("The report was published by Dame 1.Orla Fenwick, Chief Inspector.\n\n"
                      "Ms, Dr; Sir 4. \"We found the work was weak,\" said Dame Orla Fenwick.\n");
    assert_int_equal(doc->quotes.n, 1);
    assert_string_equal(doc->quotes.items[0].speaker, "Dame Orla Fenwick");
    t_free(doc);
}

static void attr_partial_speaker_behind_a_phrase_or_a_clause(void **state)
{
    (void)state;
    ix_doc *doc = run("Kestrel council's children's services were inspected in May.\n\n"
                      "Inspectors who visited Kestrel in May found teams worked " LQ "at the earliest point" RQ
                      " with families.\n\n"
                      "A report published on Monday said Kestrel is a " LQ "caring corporate parent" RQ ".\n\n"
                      "The latest review into the service, published in June but based on visits in April, "
                      "found that " LQ "most plans are up to date" RQ ".\n\n"
                      "A senior councillor said staff should " LQ "be proud of this" RQ ".\n");
    const ix_quote *q = t_quote(doc, "at the earliest point");
    assert_speaker(doc, q, "Inspectors", "explicit", "Inspectors");
    assert_true(q->partial);
    q = t_quote(doc, "caring corporate parent");
    assert_speaker(doc, q, "report", "explicit", "report");
    q = t_quote(doc, "most plans are up to date");
    assert_speaker(doc, q, "latest review", "explicit", "latest review");
    q = t_quote(doc, "be proud of this");
    assert_speaker(doc, q, "senior councillor", "explicit", "senior councillor");
    t_free(doc);
}

static void attr_office_before_its_holder_after_a_comma(void **state)
{
    (void)state;
    /* the comma closes "In Harwick", not an apposition to it */
    ix_doc *doc = run("In Harwick, Chief Inspector of Probation Tom Reyes said the unit was "
                      LQ "badly short of staff" RQ ".\n\n"
                      "The plan drew a warning from inspector Professor Ann Lowe.\n\n"
                      "\"The unit will be watched closely,\" the inspector said.\n");
    const ix_quote *q = t_quote(doc, "badly short of staff");
    assert_speaker(doc, q, "Tom Reyes", "explicit", "Tom Reyes");
    assert_string_equal(q->speaker_role, "Chief Inspector of Probation");
    q = t_quote(doc, "The unit will be watched");
    assert_string_equal(q->speaker, "Professor Ann Lowe");
    assert_string_equal(q->speaker_role, "inspector");
    t_free(doc);
    /* an office of something in lower case before the name, and the office
     * alone earlier resolved to its holder */
    doc = run("Services were described by the chief inspector as " LQ "deeply worrying" RQ ".\n\n"
              "The chief inspector of probation Tom Reyes said he was " LQ "shocked by the findings" RQ ".\n");
    q = t_quote(doc, "deeply worrying");
    assert_string_equal(q->speaker, "Tom Reyes");
    q = t_quote(doc, "shocked by the findings");
    assert_string_equal(q->speaker_role, "chief inspector of probation");
    t_free(doc);
}

static void attr_bodies_answering_and_their_spokespeople(void **state)
{
    (void)state;
    ix_doc *doc = run("Oakfield Surgery rated inadequate\n\n"
                      "The Care Quality Commission rated Oakfield Surgery inadequate.\n\n"
                      "The surgery also had medicines that were " LQ "past their date" RQ ".\n\n"
                      "In a statement, the surgery said: \"We are sorry for the failings.\"\n\n"
                      "A spokesman for Oakfield Surgery said it was " LQ "aware of the issues" RQ ".\n\n"
                      "He added: \"We have a plan in place.\"\n");
    /* a body's sentence without a speech verb names no speaker */
    const ix_quote *q = t_quote(doc, "past their date");
    assert_true(q->speaker == NULL || strcmp(q->speaker, "Oakfield Surgery") != 0);
    /* a group keeps the body that qualifies it */
    ix_doc *d2 = run("Oakfield School was rated good.\n\n"
                     "CQC inspectors praised the " LQ "exceptional improvement" RQ " of the school.\n");
    assert_string_equal(t_quote(d2, "exceptional improvement")->speaker, "CQC inspectors");
    t_free(d2);
    /* "the surgery said": the inspected body, by its full name */
    q = t_quote(doc, "We are sorry");
    assert_string_equal(q->speaker, "Oakfield Surgery");
    /* the spokesperson as written, and the pronoun after it */
    q = t_quote(doc, "aware of the issues");
    assert_string_equal(q->speaker, "spokesman for Oakfield Surgery");
    q = t_quote(doc, "We have a plan");
    assert_string_equal(q->speaker, "spokesman for Oakfield Surgery");
    assert_string_equal(q->attribution, "anaphoric");
    t_free(doc);
}

static void attr_previous_paragraph_ends_with_said_comma(void **state)
{
    (void)state;
    ix_doc *doc = run("The charity welcomed the report.\n\n"
                      "Jo Hale, chief executive of Harbourside, said,\n\n"
                      "\"This report makes for troubling reading. Victims are at risk.\"\n");
    const ix_quote *q = t_quote(doc, "This report makes");
    assert_string_equal(q->speaker, "Jo Hale");
    assert_string_equal(q->speaker_role, "chief executive of Harbourside");
    t_free(doc);
    /* "He went on to say:" */
    doc = run("Chief Inspector Tom Reyes said: \"The service is struggling.\"\n\n"
              "He went on to say:\n\n"
              "\"Some aspects of the work have improved.\"\n");
    q = t_quote(doc, "Some aspects of the work");
    assert_string_equal(q->speaker, "Tom Reyes");
    t_free(doc);
    /* "He went on:" (going on, then the colon) */
    doc = run("Chief Inspector Tom Reyes said: \"The service is struggling.\"\n\n"
              "He went on: \"Some aspects of the work have improved.\"\n");
    q = t_quote(doc, "Some aspects of the work");
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker, "Tom Reyes");
    t_free(doc);
}

/* "A spokesperson said it noted the findings, adding: '...'": the
 * participle's subject is the reporting verb's, not the pronoun opening
 * the clause it reports. */
static void attr_participle_after_a_reported_clause(void **state)
{
    (void)state;
    ix_doc *doc = run("The Fenshire Council spokesperson said it noted the findings, adding: "
                      "\"It is pleasing to see the work recognised.\"\n");
    const ix_quote *q = t_quote(doc, "It is pleasing to see");
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker, "Fenshire Council spokesperson");
    t_free(doc);
}

/* A quote in the first person singular with no speaker of its own, up to
 * three paragraphs after the person quoted last (beyond the two that
 * context reads): theirs.  Near miss: another person named between. */
static void attr_first_person_quote_is_the_last_person_quoted(void **state)
{
    (void)state;
    ix_doc *doc = run("Chief Inspector Tom Reyes said: \"The service is well led.\"\n\n"
                      "The service was also praised for its diversion scheme.\n\n"
                      "However, inspectors called for more funding.\n\n"
                      "\"I urge the service and its partners to plan ahead.\"\n");
    const ix_quote *q = t_quote(doc, "I urge the service");
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker, "Tom Reyes");
    assert_string_equal(q->attribution, "contextual");
    t_free(doc);
    doc = run("Chief Inspector Tom Reyes said: \"The service is well led.\"\n\n"
              "The service was also praised for its diversion scheme.\n\n"
              "Council leader Jo Hale welcomed the findings.\n\n"
              "\"I urge the service and its partners to plan ahead.\"\n");
    q = t_quote(doc, "I urge the service");
    assert_true(q->speaker == NULL || strcmp(q->speaker, "Tom Reyes") != 0);
    t_free(doc);
}

/* A body inside the apposition is where the office is held: the person
 * before it speaks, with the office for role. */
static void attr_name_office_and_body_in_apposition(void **state)
{
    (void)state;
    ix_doc *doc = run("Nell Varga, deputy chief inspector, HM Inspectorate of Ferries, said: "
                      LQ "Crossings were late on most days." RQ "\n");
    const ix_quote *q = t_quote(doc, "Crossings were late");
    assert_speaker(doc, q, "Nell Varga", "explicit", "Nell Varga");
    assert_string_equal(q->speaker_role, "deputy chief inspector");
    t_free(doc);
    /* an office split by its own comma */
    doc = run("Owen Tarrant, Harbour, Coast and Ferry Commissioner, said: "
              LQ "We welcome the findings." RQ "\n");
    q = t_quote(doc, "We welcome the findings");
    assert_speaker(doc, q, "Owen Tarrant", "explicit", "Owen Tarrant");
    t_free(doc);
    /* no office between them: a place before the body is no speaker */
    doc = run("In Marlow, Harbour Ferries Ltd, said: " LQ "We welcome the findings." RQ "\n");
    q = t_quote(doc, "We welcome the findings");
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker, "Harbour Ferries Ltd");
    t_free(doc);
}

/* "Name of Body said": the name speaks for the body. */
static void attr_name_of_a_body(void **state)
{
    (void)state;
    ix_doc *doc = run("Ivy Marsh of Kestrel Housing Trust, said: " LQ "We accept every finding." RQ "\n");
    const ix_quote *q = t_quote(doc, "We accept every finding");
    assert_speaker(doc, q, "Ivy Marsh", "explicit", "Ivy Marsh");
    t_free(doc);
    /* a body whose own name holds "of" stays the body */
    doc = run("University Hospitals of Marlow Trust said: " LQ "We accept every finding." RQ "\n");
    q = t_quote(doc, "We accept every finding");
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker, "University Hospitals of Marlow Trust");
    t_free(doc);
}

/* People who use a service, quoted by the inspectors: "One person said,",
 * "A relative said,". */
static void attr_people_using_a_service(void **state)
{
    (void)state;
    ix_doc *doc = run("People told us they felt safe. One person said, " LQ "The carers here are kind "
                      "to me." RQ " A relative said, " LQ "I know she is safe and well looked after." RQ
                      "\n\nThe home improved in relative terms, the report said: " LQ "Staffing was "
                      "better at night." RQ "\n");
    const ix_quote *q = t_quote(doc, "The carers here");
    assert_speaker(doc, q, "One person", "explicit", "One person");
    q = t_quote(doc, "I know she is safe");
    assert_speaker(doc, q, "relative", "explicit", "relative");
    /* "relative" as an adjective is nobody */
    q = t_quote(doc, "Staffing was better");
    assert_string_equal(q->speaker, "report");
    t_free(doc);
}

/* A speech participle after a comma has the clause's subject: "Inspectors
 * praised the staff, saying ...". */
static void attr_participle_takes_the_clause_subject(void **state)
{
    (void)state;
    ix_doc *doc = run("The inspectors praised the pupils of the school, saying they are "
                      LQ "polite, kind and calm" RQ ".\n");
    const ix_quote *q = t_quote(doc, "polite, kind");
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker, "Inspectors");
    t_free(doc);
    /* the subject must be followed by its verb: a bare noun phrase before
     * the comma is not a clause, and nobody is guessed */
    doc = run("Heads of the service, saying " LQ "we are stretched thin" RQ ", asked for help.\n");
    q = t_quote(doc, "we are stretched");
    assert_null(q->speaker);
    t_free(doc);
}

/* The inspectorates' short names are bodies, never a person's first name
 * ("Ofsted Values Review" read as a name must not stand for "Ofsted"); the
 * speakers keep the body they come from as a description. */
static void attr_inspectorate_short_names_and_speakers_from_a_body(void **state)
{
    (void)state;
    ix_doc *doc = run("Leaders read the Ofsted Values Review last spring.\n\n"
                      "In May, with Ofsted stating " LQ "clear gains" RQ " in every year group, the "
                      "school was pleased.\n\n"
                      "Inspectors from HM Inspectorate of Ferries labelled the service " LQ "a credit "
                      "to the port" RQ ".\n\n"
                      "JD Okafor said: " LQ "We will keep going." RQ "\n");
    const ix_quote *q = t_quote(doc, "clear gains");
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker, "Ofsted");
    q = t_quote(doc, "a credit to the port");
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker, "Inspectors");
    /* two capitals that are no inspectorate's name stay a first name */
    q = t_quote(doc, "We will keep going");
    assert_speaker(doc, q, "JD Okafor", "explicit", "JD Okafor");
    t_free(doc);
}

/* An active verb whose subject is no speaker ("the visit raised concerns
 * about") is reported by the speech verb before it; an office later is
 * resolved to the holder even when a signature line named him first. */
static void attr_outer_speech_verb_and_a_signature_line_first(void **state)
{
    (void)state;
    ix_doc *doc = run("Peter Vane: HM Chief Inspector of Ferries\n\n"
                      "However, Peter Vane, HM Chief Inspector of Ferries, said the visit in May "
                      "raised concerns about " LQ "wholly unsuitable" RQ " cabins.\n\n"
                      "The chief inspector of ferries said three decks were " LQ "quite unfit for "
                      "use" RQ " and more.\n\n"
                      "Mr Vane said the crossings were " LQ "slow and costly" RQ ", a record described as "
                      LQ "vanishingly poor" RQ " by the harbour board.\n");
    const ix_quote *q = t_quote(doc, "wholly unsuitable");
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker, "Peter Vane");
    q = t_quote(doc, "quite unfit");
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker, "Peter Vane");
    /* a reduced passive ("described as ... by") keeps its agent, not the
     * speech verb before it */
    q = t_quote(doc, "vanishingly poor");
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker, "board");
    t_free(doc);
}

/* A quote closing its paragraph, signed by the next line: a name, then a
 * comma, colon or dash and an office, no verb. */
static void attr_signature_line_after_the_quote(void **state)
{
    (void)state;
    ix_doc *doc = run("Ferry crossings\n\n"
                      LQ "The cabins are clean and the crew are kind." RQ "\n"
                      "Ada Brunel, Editor: The Harbour Review\n\n"
                      LQ "Too few boats ran on time last winter." RQ "\n"
                      "Ivo Grant went on to run the ferry board for ten years.\n");
    const ix_quote *q = t_quote(doc, "The cabins are clean");
    assert_speaker(doc, q, "Ada Brunel", "explicit", "Ada Brunel");
    assert_string_equal(q->rule, "quotes.quote_from");
    /* the writer's own sentence after a quote signs nothing: the quote
     * goes on from the one before */
    q = t_quote(doc, "Too few boats");
    assert_string_equal(q->speaker, "Ada Brunel");
    assert_string_equal(q->rule, "quotes.continuation");
    t_free(doc);
}

/* "..., according to inspectors." after a partial quote in the same
 * sentence gives whose words they are. */
static void attr_according_to_after_a_partial_quote(void **state)
{
    (void)state;
    ix_doc *doc = run("The port has not tackled the " LQ "steady rise in delays" RQ " on the night "
                      "crossings, according to inspectors.\n\n"
                      "Staff spoke of the " LQ "long dark winter" RQ " on the boats, and according to "
                      "plan the new ferry arrives in May.\n");
    const ix_quote *q = t_quote(doc, "steady rise");
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker, "Inspectors");
    /* "according to plan" names nobody: the sentence's subject speaks */
    q = t_quote(doc, "long dark winter");
    assert_string_equal(q->speaker, "staff");
    t_free(doc);
}

/* A judgement quoted after "as" with its agent after "by". */
static void attr_judged_as_by_an_agent(void **state)
{
    (void)state;
    ix_doc *doc = run("The Ferry Workers Union is worried that the Marlow crossing has been assessed as "
                      LQ "wholly unsafe" RQ " by the Chief Inspector of Ferries Dame Ada Brunel.\n\n"
                      "The Ferry Workers Union said the cabins, known as " LQ "the dog boxes" RQ
                      " by crews, were cold.\n");
    const ix_quote *q = t_quote(doc, "wholly unsafe");
    assert_non_null(q->speaker);
    assert_string_equal(q->speaker, "Dame Ada Brunel");
    assert_string_equal(q->attribution, "explicit");
    t_free(doc);
    /* a name given "as" something is no quote at all */
    doc = run("The Ferry Workers Union said the cabins, known as " LQ "the dog boxes" RQ
              " by crews, were cold.\n");
    assert_int_equal(doc->quotes.n, 0);
    t_free(doc);
}

/* A name with a middle initial, with or without its full stop, is one
 * name: the office before it and a later "Ms Surname" map to it.  A letter
 * that ends a sentence ("Wing C.") does not join the next one's words. */
static void attr_name_with_a_middle_initial(void **state)
{
    (void)state;
    ix_doc *doc = run("Force praised\n\nChief Constable Rhona K. Esterhazy said: \"The work "
                      "goes on.\"\n\n\"Victims come first,\" Ms Esterhazy said.\n\n"
                      "\"We are proud,\" said Owain T Pryce, the commissioner.\n");
    assert_int_equal(doc->quotes.n, 3);
    assert_speaker(doc, t_quote(doc, "The work goes"), "Rhona K. Esterhazy", "explicit",
                   "Rhona K. Esterhazy");
    assert_string_equal(t_quote(doc, "The work goes")->speaker_role, "Chief Constable");
    assert_speaker(doc, t_quote(doc, "Victims come"), "Rhona K. Esterhazy", "explicit",
                   "Ms Esterhazy");
    assert_speaker(doc, t_quote(doc, "We are proud"), "Owain T Pryce", "explicit", "Owain T Pryce");
    t_free(doc);
    doc = run("Prison improves\n\nThe men live on Wing C. The governor, Nia Brook, said: "
              "\"We are proud.\"\n");
    assert_int_equal(doc->quotes.n, 1);
    assert_speaker(doc, &doc->quotes.items[0], "Nia Brook", "explicit", "Nia Brook");
    t_free(doc);
}

/* A name with its office after it and no comma ("Idris Vaughan General
 * Secretary said", "Mair Pugh MP said"): the name is the speaker, the
 * office its role, and a later "Ms Pugh" maps to her.  An office after a
 * body's name or after "the" is no name ("Exmoor Branch Secretary", "the
 * Greater Westmarch Mayor"). */
static void attr_name_then_office_without_a_comma(void **state)
{
    (void)state;
    ix_doc *doc = run("Union responds\n\nIdris Vaughan General Secretary said: \"Staff are "
                      "exhausted.\"\n\nMair Pugh MP said: \"I will ask questions.\"\n\n"
                      "\"The minister must answer,\" Ms Pugh said.\n");
    assert_int_equal(doc->quotes.n, 3);
    assert_speaker(doc, t_quote(doc, "Staff are"), "Idris Vaughan", "explicit", "Idris Vaughan");
    assert_string_equal(t_quote(doc, "Staff are")->speaker_role, "General Secretary");
    assert_speaker(doc, t_quote(doc, "I will ask"), "Mair Pugh", "explicit", "Mair Pugh");
    assert_string_equal(t_quote(doc, "I will ask")->speaker_role, "MP");
    assert_speaker(doc, t_quote(doc, "The minister must"), "Mair Pugh", "explicit", "Ms Pugh");
    t_free(doc);
    doc = run("Union responds\n\nThe Greater Westmarch Mayor said: \"Staff are exhausted.\"\n\n"
              "Exmoor Union Branch Secretary said: \"We agree.\"\n");
    assert_int_equal(doc->quotes.n, 2);
    assert_string_equal(t_quote(doc, "Staff are")->speaker, "Greater Westmarch Mayor");
    assert_string_equal(t_quote(doc, "We agree")->speaker, "Exmoor Union Branch Secretary");
    t_free(doc);
}

/* A sentence without a speech verb that introduces a quote by its owner's
 * noun of saying: the owner is the speaker, in the same paragraph or ending
 * the one before ("Below is Mair Pugh MP's response to the Inspectors'
 * report, issued today:").  A speech verb with a subject of its own wins. */
static void attr_owner_of_a_noun_of_saying(void **state)
{
    (void)state;
    ix_doc *doc = run("MP responds\n\nBelow is Mair Pugh MP" RS "s response to the Inspectors" RS
                      " report on the announced visit, issued today:\n\n" LQ "I thank the "
                      "inspectors for their work." RQ "\n\nThe union" RS "s full statement reads: "
                      "\"We are appalled.\"\n");
    assert_int_equal(doc->quotes.n, 2);
    assert_speaker(doc, t_quote(doc, "I thank the"), "Mair Pugh", "explicit", "Mair Pugh");
    assert_string_equal(t_quote(doc, "I thank the")->speaker_role, "MP");
    assert_speaker(doc, t_quote(doc, "We are appalled"), "union", "explicit", "union");
    t_free(doc);
    doc = run("Trust responds\n\nReflecting on the board" RS "s findings, the chair, Ann Bell, "
              "said: \"We will act.\"\n\nInspectors said the council" RS "s response was slow: "
              "\"Families waited for months.\"\n");
    assert_int_equal(doc->quotes.n, 2);
    assert_string_equal(t_quote(doc, "We will act")->speaker, "Ann Bell");
    assert_string_equal(t_quote(doc, "Families waited")->speaker, "Inspectors");
    t_free(doc);
}

/* A body's name with "&" in it, or a long one, stays whole in the office
 * of its spokesperson, before or after the quote; an office after the quote
 * keeps the body it is the office of ("said a spokeswoman for Westmarch
 * Council").  A lower-case word ends the body's name, unless the body is
 * named by its common noun ("a spokesman for the trust", as before a
 * colon). */
static void attr_office_of_a_body_with_an_ampersand_or_a_long_name(void **state)
{
    (void)state;
    ix_doc *doc = run("Company responds\n\nA spokesman for Exe & Dart Community Rehabilitation "
                      "Company Limited said: \"We accept the findings.\"\n\n\"We are sorry,\" "
                      "a spokeswoman for Tamar & Lynher Trust said.\n\n\"Staff will be trained,\" "
                      "said a spokesperson for Westmarch Council.\n\n\"We will act,\" said the "
                      "chief executive of the Exe & Dart Trust, Jo Hale.\n\n\"It is done,\" said "
                      "a spokesman for the trust.\n");
    assert_int_equal(doc->quotes.n, 5);
    assert_string_equal(t_quote(doc, "We accept")->speaker,
                        "spokesman for Exe & Dart Community Rehabilitation Company Limited");
    assert_string_equal(t_quote(doc, "We are sorry")->speaker, "spokeswoman for Tamar & Lynher Trust");
    assert_string_equal(t_quote(doc, "Staff will")->speaker, "spokesperson for Westmarch Council");
    assert_string_equal(t_quote(doc, "We will act")->speaker, "Jo Hale");
    assert_string_equal(t_quote(doc, "We will act")->speaker_role,
                        "chief executive of the Exe & Dart Trust");
    assert_string_equal(t_quote(doc, "It is done")->speaker, "spokesman for the trust");
    t_free(doc);
}

/* The subject of the speech verb with a participle or a relative clause
 * after it and no comma ("A report issued today said", "Inspectors who
 * toured the wings found"): the noun before it speaks, not a word of the
 * clause ("the governor" the inspectors met). */
static void attr_subject_with_a_relative_clause_or_a_participle(void **state)
{
    (void)state;
    ix_doc *doc = run("Prison report\n\nA report issued today said: \"The wings are clean.\"\n\n"
                      "Inspectors who met the governor in May found: \"Morale is low.\"\n\n"
                      "\"Food has improved,\" the review written by the board concluded.\n");
    assert_int_equal(doc->quotes.n, 3);
    assert_string_equal(t_quote(doc, "The wings")->speaker, "report");
    assert_string_equal(t_quote(doc, "Morale is")->speaker, "Inspectors");
    assert_string_equal(t_quote(doc, "Food has")->speaker, "review");
    t_free(doc);
    doc = run("Prison report\n\nThe governor of Westmarch prison said: \"We are proud.\"\n");
    assert_string_equal(t_quote(doc, "We are proud")->speaker, "governor of Westmarch prison");
    t_free(doc);
}

/* A description in apposition with a head noun in no table ("the
 * county's looked-after children champion") is the person's office; a name
 * with a relative clause between commas and then a speech verb ("But Nia
 * Brook, who runs a food bank, disagreed") is a person a later pronoun can
 * stand for.  A leftmost chunk that is no person is not made one. */
static void attr_description_or_relative_clause_in_apposition(void **state)
{
    (void)state;
    ix_doc *doc = run("Council responds\n\nOwain Pryce, the county" RS "s looked-after children "
                      "champion, said: \"We will listen.\"\n\nKen Dale, the governor, said the "
                      "jail had improved.\n\nBut Nia Brook, who runs a food bank, disagreed.\n\n"
                      "\"Nothing has changed,\" she said.\n");
    assert_int_equal(doc->quotes.n, 2);
    assert_speaker(doc, t_quote(doc, "We will listen"), "Owain Pryce", "explicit", "Owain Pryce");
    assert_string_equal(t_quote(doc, "We will listen")->speaker_role,
                        "county's looked-after children champion");
    assert_speaker(doc, t_quote(doc, "Nothing has"), "Nia Brook", "anaphoric", "Nia Brook");
    t_free(doc);
    doc = run("Council responds\n\nOn the whole, the county" RS "s new approach, said: \"We will "
              "listen.\"\n");
    assert_true(doc->quotes.n == 0 || doc->quotes.items[0].speaker == NULL ||
                strstr(doc->quotes.items[0].speaker, "whole") == NULL);
    t_free(doc);
}

/* An unnamed office-holder in lower-case words after an owner's "'s" keeps
 * every word of the office and its owner, as after "the"; a description
 * before a group's noun is still dropped. */
static void attr_lower_case_office_after_an_owner(void **state)
{
    (void)state;
    ix_doc *doc = run("Force inspected\n\nThe county" RS "s police and crime commissioner said: "
                      "\"I will hold the force to account.\"\n\n\"We are listening,\" the "
                      "borough" RS "s youth justice manager said.\n\nThe chief inspector" RS "s "
                      "wide-ranging report said: \"Victims wait too long.\"\n");
    assert_int_equal(doc->quotes.n, 3);
    assert_string_equal(t_quote(doc, "I will hold")->speaker,
                        "county's police and crime commissioner");
    assert_string_equal(t_quote(doc, "We are listening")->speaker, "borough's youth justice manager");
    assert_string_equal(t_quote(doc, "Victims wait")->speaker, "report");
    t_free(doc);
}

/* A paragraph that ends by presenting its owner's words ("Below is part of
 * Ms Quist's statement.") gives the quote paragraphs after it their
 * speaker, contextual.  A sentence with its own speech verb is read as a
 * reporting clause instead. */
static void attr_owner_of_words_in_the_paragraph_before(void **state)
{
    (void)state;
    ix_doc *doc = run("Annual report\n\nOla Quist is the chief inspector.\n\nBelow is part of "
                      "Ms Quist" RS "s statement.\n\n\"Services are stretched. Staff are "
                      "leaving.\"\n\n\"We need a plan.\"\n");
    assert_int_equal(doc->quotes.n, 2);
    assert_speaker(doc, t_quote(doc, "Services are"), "Ola Quist", "contextual", "Ms Quist");
    assert_speaker(doc, t_quote(doc, "We need"), "Ola Quist", "anaphoric", "Ms Quist");
    t_free(doc);
    doc = run("Annual report\n\nInspectors said the board" RS "s response was slow.\n\n"
              "\"Services are stretched.\"\n");
    assert_int_equal(doc->quotes.n, 1);
    assert_string_equal(t_quote(doc, "Services are")->speaker, "Inspectors");
    t_free(doc);
}

/* A verb of opinion reports its subject's view like a speech verb ("She
 * felt the changes had left a 'hollowed-out' service"); inside another
 * speech verb's complement ("The review found staff felt 'valued and
 * heard'") the outer verb's subject speaks. */
static void attr_verbs_of_opinion(void **state)
{
    (void)state;
    ix_doc *doc = run("Chief inspector looks back\n\nDame Orla Fenwick spoke at the conference. "
                      "She felt the changes had left a \"hollowed-out and anxious\" service.\n\n"
                      "The review found staff felt \"valued and heard by their managers\" this "
                      "year.\n");
    assert_int_equal(doc->quotes.n, 2);
    assert_string_equal(t_quote(doc, "hollowed-out")->speaker, "Dame Orla Fenwick");
    assert_true(t_quote(doc, "hollowed-out")->partial);
    assert_string_equal(t_quote(doc, "valued and")->speaker, "review");
    t_free(doc);
}

/* News copy's verbs of saying name the speaker after the quote as "said"
 * does ('"...," Ana Ruiz reiterated.', '"...," tweeted the mayor.'); a verb
 * of no saying there ("smiled") names no one. */
static void attr_news_verbs_of_saying_after_the_quote(void **state)
{
    (void)state;
    ix_doc *doc = run("Mayor responds\n\n\"We will not give up,\" Ana Ruiz reiterated.\n\n"
                      "\"The town deserves better,\" tweeted the mayor.\n\n\"It is a good day,\" "
                      "Ana Ruiz smiled.\n");
    assert_int_equal(doc->quotes.n, 3);
    assert_string_equal(t_quote(doc, "We will not")->speaker, "Ana Ruiz");
    assert_string_equal(t_quote(doc, "The town")->speaker, "mayor");
    assert_true(t_quote(doc, "It is a good")->speaker == NULL ||
                strcmp(t_quote(doc, "It is a good")->attribution, "explicit") != 0);
    t_free(doc);
    doc = run("Mayor responds\n\n\"The crews were never asked,\" Ana Ruiz protested.\n\n"
              "\"We were close to giving up,\" the ferry captain confided.\n");
    const ix_quote *q = t_quote(doc, "The crews");
    assert_speaker(doc, q, "Ana Ruiz", "explicit", "Ana Ruiz");
    assert_string_equal(q->rule, "quotes.said_after");
    q = t_quote(doc, "We were close");
    assert_speaker(doc, q, "ferry captain", "explicit", "ferry captain");
    t_free(doc);
}

/* "they" stands for a body spoken of in the plural ("The trust said ...
 * They added:") when no plural group stands before it; a document ("the
 * report") is never "they", and a plural group nearer still wins. */
static void attr_they_for_a_body(void **state)
{
    (void)state;
    ix_doc *doc = run("Trust responds\n\nThe trust said it would study the findings.\n\n"
                      "They added: \"We take this seriously.\"\n");
    assert_int_equal(doc->quotes.n, 1);
    assert_speaker(doc, &doc->quotes.items[0], "trust", "anaphoric", "trust");
    t_free(doc);
    doc = run("Ward closes\n\nThe review said the ward was unsafe.\n\nThey added: \"We "
              "take this seriously.\"\n");
    assert_int_equal(doc->quotes.n, 1);
    assert_null(doc->quotes.items[0].speaker);
    t_free(doc);
    doc = run("Trust responds\n\nInspectors visited the trust in May.\n\nThey added: \"Wards "
              "were crowded.\"\n");
    assert_int_equal(doc->quotes.n, 1);
    assert_string_equal(doc->quotes.items[0].speaker, "Inspectors");
    t_free(doc);
}

/* A partial quote right after its sentence's subject is that subject's
 * predicate ("Managers 'rarely checked the plans'"): the subject is what is
 * described, and the speaker comes from the context (here the list's
 * introduction).  A subject with its own verb before the quote speaks. */
static void attr_quote_as_the_subjects_predicate(void **state)
{
    (void)state;
    ix_doc *doc = run("Youth service inspected\n\nInspectors also found:\n\n"
                      "  - Managers \"rarely checked the plans made with families\" in the cases "
                      "seen.\n\nManagers said they felt \"listened to by the new board\" this "
                      "year.\n");
    assert_int_equal(doc->quotes.n, 2);
    assert_string_equal(t_quote(doc, "rarely checked")->speaker, "Inspectors");
    assert_string_equal(t_quote(doc, "listened to")->speaker, "Managers");
    t_free(doc);
}

/* A partial quote no clause attributes, in a document about one
 * inspectorate's inspection, is that inspectorate's finding; an office the
 * inspectorate was found by ("the Chief Inspector of Prisons") gives its
 * canonical name, not the office. */
static void attr_unattributed_partial_is_the_inspectorates(void **state)
{
    (void)state;
    ix_doc *doc = run("Westmarch prison inspected\n\nHM Inspectorate of Prisons published its report "
                      "on Westmarch prison today.\n\nConditions on the wings had improved, with a "
                      "\"noticeably calmer and more hopeful\" atmosphere.\n");
    const ix_quote *q = t_quote(doc, "noticeably calmer");
    assert_true(q->partial);
    assert_string_equal(q->speaker, "HM Inspectorate of Prisons");
    assert_string_equal(q->attribution, "contextual");
    t_free(doc);
    doc = run("Westmarch prison inspected\n\nThe Chief Inspector of Prisons published a report on "
              "Westmarch prison today.\n\nConditions on the wings had improved, with a "
              "\"noticeably calmer and more hopeful\" atmosphere.\n");
    q = t_quote(doc, "noticeably calmer");
    assert_string_equal(q->speaker, "HM Inspectorate of Prisons");
    t_free(doc);
}

/* A name with lower-case particles ("Rik van der Mole", "Amal al-Sayed",
 * "Ines de Sousa") is one name, its later "Mr van der Mole" the same
 * person. */
static void attr_names_with_particles(void **state)
{
    (void)state;
    ix_doc *doc = run("Board responds\n\nRik van der Mole, the chair, said: \"We will act.\"\n\n"
                      "\"It matters,\" Mr van der Mole said.\n\n\"We agree,\" said Amal "
                      "al-Sayed, the governor.\n\nInes de Sousa said: \"So do we.\"\n");
    assert_int_equal(doc->quotes.n, 4);
    assert_string_equal(t_quote(doc, "We will act")->speaker, "Rik van der Mole");
    assert_string_equal(t_quote(doc, "It matters")->speaker, "Rik van der Mole");
    assert_string_equal(t_quote(doc, "We agree")->speaker, "Amal al-Sayed");
    assert_string_equal(t_quote(doc, "So do we")->speaker, "Ines de Sousa");
    t_free(doc);
}

/* The subject of "who said" is the noun phrase the relative pronoun stands
 * for ("the warden, Ola Dunn, who said:", "staff who told us:"); an office
 * in lower case before a name and its comma keeps its words back to the
 * determiner ("The regional youth justice lead, Ola Dunn,"). */
static void attr_who_said_and_an_office_before_the_name(void **state)
{
    (void)state;
    ix_doc *doc = run("Prison visit\n\nInspectors met the warden, Ola Dunn, who said: \"We are "
                      "short of officers.\"\n\nThey spoke to staff who said: \"We feel "
                      "supported.\"\n\nThe regional youth justice lead, Per Ekdahl, said the "
                      "findings were fair. \"We will act,\" Mr Ekdahl said.\n");
    assert_int_equal(doc->quotes.n, 3);
    assert_string_equal(t_quote(doc, "We are short")->speaker, "Ola Dunn");
    assert_string_equal(t_quote(doc, "We feel")->speaker, "staff");
    assert_string_equal(t_quote(doc, "We will act")->speaker, "Per Ekdahl");
    assert_string_equal(t_quote(doc, "We will act")->speaker_role, "regional youth justice lead");
    t_free(doc);
}

/* A name with a description after it ("Gil Marr, a retired magistrate,")
 * is a person the document names, with that description as role; an
 * unattributed quote after a paragraph that names another person is not
 * given to a speaker further back. */
static void attr_described_person_hides_an_earlier_speaker(void **state)
{
    (void)state;
    ix_doc *doc = run("Hospital inspected\n\nUna Kerr, the chief executive, welcomed the "
                      "findings.\n\nGil Marr, a retired magistrate, was less sure about the "
                      "report.\n\n\"Nothing will change for patients.\"\n\n\"The wards are "
                      "full,\" he said.\n");
    assert_int_equal(doc->quotes.n, 2);
    assert_null(t_quote(doc, "Nothing will")->speaker);
    assert_string_equal(t_quote(doc, "The wards")->speaker, "Gil Marr");
    assert_string_equal(t_quote(doc, "The wards")->speaker_role, "retired magistrate");
    t_free(doc);
}

/* Lower-case words describing a person before the name ("said campaigner
 * Ivo Brandt", "retired nurse Pia Lund said") leave the name as speaker and
 * the description as role; a function word there ("said in Westmarch Ivo
 * Brandt") does not. */
static void attr_description_before_a_name(void **state)
{
    (void)state;
    ix_doc *doc = run("Hospital inspected\n\n\"Nothing will change,\" said campaigner Ivo "
                      "Brandt.\n\n\"The wards are full,\" retired nurse Pia Lund said.\n\n"
                      "\"We wait,\" said in Westmarch Ivo Brandt.\n");
    assert_int_equal(doc->quotes.n, 3);
    assert_string_equal(t_quote(doc, "Nothing will")->speaker, "Ivo Brandt");
    assert_string_equal(t_quote(doc, "Nothing will")->speaker_role, "campaigner");
    assert_string_equal(t_quote(doc, "The wards")->speaker, "Pia Lund");
    assert_string_equal(t_quote(doc, "The wards")->speaker_role, "retired nurse");
    assert_true(t_quote(doc, "We wait")->speaker == NULL ||
                strcmp(t_quote(doc, "We wait")->attribution, "explicit") != 0);
    t_free(doc);
}

/* A page that breaks a line inside the writer's sentence ("The review said
 * the ward had slipped and" + '"patients were left waiting ..."'): the
 * quote opening the next paragraph in lower case is partial, its speaker
 * the sentence's.  After a sentence that ends, a lower-case opening is no
 * part of it. */
static void attr_quote_after_a_line_broken_inside_a_sentence(void **state)
{
    (void)state;
    ix_doc *doc = run("Hospital inspected\n\nThe review said the care on the ward had slipped "
                      "badly over the winter and\n\n\"patients were left waiting for hours "
                      "without help\".\n\nLater that year the ward was rebuilt.\n");
    const ix_quote *q = t_quote(doc, "patients were left");
    assert_true(q->partial);
    assert_string_equal(q->speaker, "review");
    t_free(doc);
    doc = run("Hospital inspected\n\nThe review said the care on the ward had slipped badly.\n\n"
              "\"patients were left waiting for hours without help,\" said Ola Dunn.\n");
    q = t_quote(doc, "patients were left");
    assert_false(q->partial);
    assert_string_equal(q->speaker, "Ola Dunn");
    t_free(doc);
}

/* Welsh releases: the verb of saying first ("Dywedodd y Fonesig Ann Coyle,
 * prif arolygydd:"), Welsh honorifics (Fonesig, Syr, Athro) kept in the
 * name as Dame and Sir are. */
static void attr_welsh_said_and_honorifics(void **state)
{
    (void)state;
    ix_doc *doc = run("Arolygiad\n\nDywedodd y Fonesig Ann Coyle, prif arolygydd: \"Mae angen "
                      "gwella'r gwasanaeth.\"\n\n\"Rhaid gweithredu nawr,\" meddai Syr Ifan "
                      "Rhys.\n");
    assert_int_equal(doc->quotes.n, 2);
    assert_string_equal(t_quote(doc, "Mae angen")->speaker, "Fonesig Ann Coyle");
    assert_string_equal(t_quote(doc, "Rhaid")->speaker, "Syr Ifan Rhys");
    t_free(doc);
}

/* An office of a body named by its common noun, as the subject of a
 * coordinated verb: the whole phrase speaks; a noun that names no body
 * ("for the sake of") is not part of it. */
static void attr_office_for_a_body_by_its_common_noun(void **state)
{
    (void)state;
    ix_doc *doc = run("A spokesperson for the care home accepted the findings but said the lapses were "
                      LQ "in the past" RQ ".\n\n"
                      "A spokesperson for the sake of balance agreed but said staff were " LQ "tired" RQ ".\n");
    assert_speaker(doc, t_quote(doc, "in the past"), "spokesperson for the care home", "explicit",
                   "spokesperson for the care home");
    assert_speaker(doc, t_quote(doc, "tired"), "spokesperson", "explicit", "spokesperson");
    t_free(doc);
}

/* "the regulator", "a watchdog": a name for the inspectorate the document
 * names, right after a determiner, so its name speaks, for a pronoun
 * resolved to it too; a regulator with a modifier ("the housing
 * regulator") is another body. */
static void attr_epithet_of_the_inspectorate(void **state)
{
    (void)state;
    ix_doc *doc = run("Care home rated inadequate\n\n"
                      "Brookfield House in Lowmarsh was rated inadequate by the Care Quality Commission.\n\n"
                      "The regulator said staff were " LQ "stretched too thin" RQ ". It added that "
                      "medicines were " LQ "poorly stored" RQ ".\n\n"
                      "The housing regulator said the landlord was " LQ "slow to act" RQ ".\n");
    const ix_quote *q = t_quote(doc, "stretched too thin");
    assert_string_equal(q->speaker, "Care Quality Commission");
    assert_string_equal(t_src(doc, q->speaker_span), "regulator");
    assert_string_equal(t_quote(doc, "poorly stored")->speaker, "Care Quality Commission");
    assert_string_not_equal(t_quote(doc, "slow to act")->speaker, "Care Quality Commission");
    t_free(doc);
}

/* "The report said" after "The Ofsted report said": the same document, by
 * the fuller name the quote before gives it; another noun ("the review")
 * or no definite article ("a report") is another. */
static void attr_the_group_named_more_fully_before(void **state)
{
    (void)state;
    ix_doc *doc = run("The Ofsted report said: " LQ "Pupils at Marram Bay feel safe." RQ "\n\n"
                      "The report said: " LQ "Lessons start on time." RQ "\n\n"
                      "The review said: " LQ "Governors know the school well." RQ "\n\n"
                      "The Ofsted report said: " LQ "Reading is a priority." RQ "\n\n"
                      "A report said: " LQ "Attendance has risen." RQ "\n");
    assert_string_equal(t_quote(doc, "Pupils at Marram")->speaker, "Ofsted report");
    const ix_quote *q = t_quote(doc, "Lessons start");
    assert_string_equal(q->speaker, "Ofsted report");
    assert_string_equal(t_src(doc, q->speaker_span), "report");
    assert_string_equal(t_quote(doc, "Governors know")->speaker, "review");
    assert_string_equal(t_quote(doc, "Attendance has")->speaker, "report");
    t_free(doc);
}

/* A name, an inspectorate's short name and an office, no comma ("Mara
 * Quill Ofsted inspector praised"): the person speaks, the rest is her
 * office, for a pronoun after too; a body's generic noun there ("Tower
 * Fields Council leader") makes no person of the place. */
static void attr_name_then_an_inspectorate_office(void **state)
{
    (void)state;
    ix_doc *doc = run("Fenwick Primary inspected\n\n"
                      "Mara Quill Ofsted inspector gave praise to the school's " LQ "calm corridors" RQ ".\n\n"
                      "She said: " LQ "Pupils are proud of Fenwick Primary." RQ "\n\n"
                      "Tower Fields Council leader welcomed the " LQ "fair verdict" RQ ".\n\n"
                      "Mara Quill Ofsted inspector praised its " LQ "warm welcome" RQ ".\n");
    const ix_quote *q = t_quote(doc, "calm corridors");
    assert_string_equal(q->speaker, "Mara Quill");
    assert_string_equal(q->speaker_role, "Ofsted inspector");
    assert_string_equal(t_quote(doc, "Pupils are proud")->speaker, "Mara Quill");
    q = t_quote(doc, "warm welcome");
    assert_string_equal(q->speaker, "Mara Quill");
    assert_string_equal(q->speaker_role, "Ofsted inspector");
    const ix_quote *v = t_quote(doc, "fair verdict");
    assert_true(v->speaker == NULL || strcmp(v->speaker, "Tower Fields") != 0);
    t_free(doc);
}

/* An office in apposition keeps its bracketed short name ("(HMIF)") and a
 * person "of" a body speaks even without the closing comma; a place before
 * a comma is not a person. */
static void attr_bracketed_short_name_in_apposition(void **state)
{
    (void)state;
    ix_doc *doc = run("Harbour ferries told to improve\n\n"
                      "Chief Officer, Bram Tellow said: " LQ "We know there is more to do." RQ "\n\n"
                      "Ada Quell, His Majesty's Inspector of Ferry Services (HMIFS), said: " LQ
                      "I am pleased with some of the work of the Harbour service." RQ "\n\n"
                      "Ms Quell, of His Majesty's Inspectorate of Ferry Services (HMIFS) added she was "
                      LQ "disappointed" RQ " by the pace of change.\n\n"
                      "In Kestrel, of all places, the Harbour Trust said it was " LQ "deeply sorry" RQ ".\n");
    const ix_quote *q = t_quote(doc, "I am pleased");
    assert_speaker(doc, q, "Ada Quell", "explicit", "Ada Quell");
    assert_string_equal(q->speaker_role, "His Majesty's Inspector of Ferry Services");
    q = t_quote(doc, "disappointed");
    assert_speaker(doc, q, "Ada Quell", "explicit", "Ms Quell");
    q = t_quote(doc, "deeply sorry");
    assert_non_null(q->speaker);
    assert_string_not_equal(q->speaker, "Kestrel");
    t_free(doc);
}

/* A name written with a possessive ("Emyr Lask's plans") or after an
 * office's short form ("PCC Owen Falder") gives a later surname its full
 * name; an inspectorate's possessive is no person. */
static void attr_fullest_name_from_a_possessive_or_an_office_acronym(void **state)
{
    (void)state;
    ix_doc *doc = run("Harbour police praised\n\n"
                      "The report praised PCC Owen Falder's investments and Emyr Lask's plans.\n\n"
                      "Mr Falder said: " LQ "We will keep going." RQ "\n\n"
                      "Mr Lask said: " LQ "We are glad of the verdict." RQ "\n\n"
                      "Ofsted's verdict came as Ms Ofsted said: " LQ "That is my name." RQ "\n");
    const ix_quote *q = t_quote(doc, "We will keep going");
    assert_speaker(doc, q, "Owen Falder", "explicit", "Mr Falder");
    assert_string_equal(q->speaker_role, "PCC");
    assert_speaker(doc, t_quote(doc, "We are glad"), "Emyr Lask", "explicit", "Mr Lask");
    assert_speaker(doc, t_quote(doc, "That is my name"), "Ms Ofsted", "explicit", "Ms Ofsted");
    t_free(doc);
}

/* "They" and "It" stand for the group that spoke, not one named inside
 * what it said; with no group speaking, the nearest one (not the people a
 * service is judged by as a preposition's object: test_quotes_attr_judged);
 * "It" is never the inspectors quoted before. */
static void attr_pronoun_is_the_group_that_spoke(void **state)
{
    (void)state;
    ix_doc *doc = run("Harbour College loses its top grade\n\n"
                      "Inspectors said that tutors at Harbour, which teaches 900 learners, lack a plan.\n\n"
                      "They added that results in maths are " LQ "far too low for a college of this size" RQ ".\n\n"
                      "Inspectors found that " LQ "nothing is written down" RQ ".\n\n"
                      "The report said the council, which runs the ferry, must act. It added that the crossings were "
                      LQ "often late and badly run" RQ ".\n\n"
                      "The old college was visited by 40 councillors. They said the canteen was " LQ "cold and cramped" RQ ".\n");
    assert_string_equal(t_quote(doc, "far too low")->speaker, "Inspectors");
    assert_string_equal(t_quote(doc, "often late")->speaker, "report");
    assert_string_equal(t_quote(doc, "cold and cramped")->speaker, "councillors");
    t_free(doc);
}

/* A lower-case office speaking for an office or a body stays whole, also
 * before a relative clause in apposition; the office it speaks for speaks
 * only alone. */
static void attr_spokesperson_for_an_office_or_a_body(void **state)
{
    (void)state;
    ix_doc *doc = run("Harbourside college contract under review\n\n"
                      "A spokesperson for the Mayor of Harbourside, which funds the college, said: "
                      LQ "We are reviewing the contract." RQ "\n\n"
                      "A spokesman for Kestrel Council, which runs the home, said: " LQ "We accept the findings." RQ "\n\n"
                      "The Mayor of Harbourside, who chairs the board, said: " LQ "The college must do better." RQ "\n");
    assert_string_equal(t_quote(doc, "We are reviewing")->speaker, "spokesperson for the Mayor of Harbourside");
    assert_string_equal(t_quote(doc, "We accept the findings")->speaker, "spokesman for Kestrel Council");
    assert_string_equal(t_quote(doc, "The college must")->speaker, "Mayor of Harbourside");
    t_free(doc);
}

/* An office holding a list ("Cabinet member for Housing, Ferry Services,
 * and Parks") is one apposition: its capitalised items are not a person. */
static void attr_office_with_a_list_in_apposition(void **state)
{
    (void)state;
    ix_doc *doc = run("Harbour youth service praised\n\n"
                      "Councillor Nia Brant, Cabinet member for Housing, Ferry Services, and Parks, expressed "
                      "her pride in the service.\n\n"
                      LQ "The service should be proud of its work with children and families." RQ "\n\n"
                      "Ola Renn, Cabinet member for Housing, Ferry Services, and Parks, said: " LQ "We are proud." RQ "\n\n"
                      "Ola Renn, Ferry Services, said: " LQ "We are sailing." RQ "\n");
    const ix_quote *q = t_quote(doc, "The service should be proud");
    assert_string_equal(q->speaker, "Nia Brant");
    q = t_quote(doc, "We are proud");
    assert_string_equal(q->speaker, "Ola Renn");
    assert_string_equal(q->speaker_role, "Cabinet member for Housing, Ferry Services, and Parks");
    assert_string_not_equal(t_quote(doc, "We are sailing")->speaker, "Ola Renn, Ferry Services");
    t_free(doc);
}

/* A sentence opening with "His Majesty's Inspectorate of ..." keeps "His"
 * in the body's name. */
static void attr_his_majestys_body_opening_the_sentence(void **state)
{
    (void)state;
    ix_doc *doc = run("Ferries rated poor\n\n"
                      "His Majesty's Inspectorate of Ferries said the work was " LQ "poor" RQ
                      " and found particularly " LQ "worrying" RQ " delays.\n");
    assert_string_equal(t_quote(doc, "worrying")->speaker, "His Majesty's Inspectorate of Ferries");
    t_free(doc);
}

/* "A report on Harbour Police said": the body the report is about does not
 * speak; staff at a body do. */
static void attr_report_on_a_body_speaks_not_the_body(void **state)
{
    (void)state;
    ix_doc *doc = run("Harbour Police improving\n\n"
                      "A September 2019 report on Harbour Police said officers were " LQ "worried and stretched" RQ ".\n\n"
                      "The review into Kestrel Council found it " LQ "slow to act on concerns" RQ ".\n\n"
                      "Staff at Kestrel Council said they were " LQ "very proud" RQ ".\n");
    assert_string_equal(t_quote(doc, "worried and stretched")->speaker, "report");
    assert_string_equal(t_quote(doc, "slow to act")->speaker, "review");
    assert_string_equal(t_quote(doc, "very proud")->speaker, "staff");
    t_free(doc);
}

/* "X gave the following statement." or "X issued this response:" gives
 * the next quoted paragraph its speaker; a statement that is only read
 * ("Staff read the following statement.") does not. */
static void attr_giver_of_a_statement(void **state)
{
    (void)state;
    ix_doc *doc = run("Care home told to improve\n\n"
                      "The Cedars Care Home gave the following statement.\n\n"
                      LQ "The wellbeing of our residents is our priority and we are sorry." RQ "\n\n"
                      "Kestrel Trust issued the following response:\n\n"
                      LQ "We accept the findings in full and will act." RQ "\n\n"
                      "Staff read the following statement.\n\n"
                      LQ "We are sorry for the delays at the home." RQ "\n");
    assert_string_equal(t_quote(doc, "The wellbeing")->speaker, "Cedars Care Home");
    assert_string_equal(t_quote(doc, "We accept")->speaker, "Kestrel Trust");
    const ix_quote *q = t_quote(doc, "We are sorry for the delays");
    assert_true(q->speaker == NULL || strcmp(q->speaker, "staff") != 0);
    t_free(doc);
}

/* A fragment ending its paragraph with no speaker in its sentence belongs
 * to the person the next paragraph opens with "..., added:"; not when the
 * paragraph goes on, nor when the next one opens with another verb. */
static void attr_fragment_before_a_speaker_who_adds(void **state)
{
    (void)state;
    ix_doc *doc = run("Harbour prison rated poor\n\n"
                      "Safety was poor for the third time at the closed site, and was a "
                      LQ "cause of great concern." RQ "\n\n"
                      "Tom Reyes, HM Chief Inspector of Ferries, added: " LQ "The open site was no better." RQ "\n\n"
                      "The wings were " LQ "dirty and cold" RQ ". Repairs were slow.\n\n"
                      "Ada Quell, the governor, added: " LQ "We will act." RQ "\n\n"
                      "The kitchens were " LQ "badly run and dirty" RQ ".\n\n"
                      "Ola Renn, the cook, replied: " LQ "We disagree." RQ "\n");
    const ix_quote *q = t_quote(doc, "cause of great concern");
    assert_speaker(doc, q, "Tom Reyes", "contextual", "Tom Reyes");
    q = t_quote(doc, "dirty and cold");
    assert_true(q->speaker == NULL || strcmp(q->speaker, "Ada Quell") != 0);
    q = t_quote(doc, "badly run and dirty");
    assert_true(q->speaker == NULL || strcmp(q->speaker, "Ola Renn") != 0);
    t_free(doc);
}

/* A place after a preposition is never the subject of the relative clause
 * after it; a group inside that clause still speaks. */
static void attr_place_before_a_relative_clause_is_no_speaker(void **state)
{
    (void)state;
    ix_doc *doc = run("Ferry services rated\n\n"
                      "At West Harbour, which was described as being in " LQ "survival mode" RQ
                      " and was rated inadequate, staff were tired.\n\n"
                      "In Kestrel Vale, which inspectors described as " LQ "a service in crisis" RQ ", leaders were new.\n");
    const ix_quote *q = t_quote(doc, "survival mode");
    assert_true(q->speaker == NULL || strcmp(q->speaker, "West Harbour") != 0);
    assert_string_equal(t_quote(doc, "a service in crisis")->speaker, "Inspectors");
    t_free(doc);
}

/* A singular "they" after an office-holder's reported speech: the office,
 * not a group named inside its words; a group named after that sentence
 * keeps "they". */
static void attr_they_for_an_office_that_spoke_before(void **state)
{
    (void)state;
    ix_doc *doc = run("Harbour probation told to improve\n\n"
                      "The ferry service spokesperson said steps being taken included giving staff more training.\n\n"
                      "They added: " LQ "We are pleased that the crews were praised." RQ "\n\n"
                      "The union spokesperson said more crews were needed. Residents were angry at the delays.\n\n"
                      "They added: " LQ "We want the timetable kept." RQ "\n");
    assert_string_equal(t_quote(doc, "We are pleased")->speaker, "ferry service spokesperson");
    assert_string_equal(t_quote(doc, "We want the timetable")->speaker, "Residents");
    t_free(doc);
}

/* A pull quote on a line of its own, signed by a next line that only names
 * a person, is that person's quote; a quoted heading followed by text
 * stays a heading. */
static void attr_pull_quote_signed_by_the_next_line(void **state)
{
    (void)state;
    ix_doc *doc = run("Harbour surgery rated outstanding\n\n"
                      "The surgery was rated outstanding by the regulator after its visit in May.\n\n"
                      LQ "This is what good care for patients looks like" RQ "\n\n"
                      "Ada Brunel\n\n"
                      "Patients praised the staff.\n\n"
                      LQ "A surgery on the up" RQ "\n\n"
                      "The practice opened new clinics in June.\n");
    const ix_quote *q = t_quote(doc, "This is what good care");
    assert_string_equal(q->speaker, "Ada Brunel");
    for (size_t i = 0; i < doc->quotes.n; i++)
        assert_null(strstr(doc->quotes.items[i].text, "A surgery on the up"));
    t_free(doc);
}

/* The participles and present forms of the speech verbs report speech as
 * their past forms do ("with inspectors concluding that ..."); a word
 * that is also a preposition ("Considering ...") reports nothing. */
static void attr_speech_participles_and_present_forms(void **state)
{
    (void)state;
    ix_doc *doc = run("Ferry service told to improve\n\n"
                      "Staffing at the Harbour ferry service was a concern, with inspectors concluding "
                      "that managers " LQ "did not always read the plans their crews wrote" RQ ".\n\n"
                      "In its reply the Harbour Board concedes that the service " LQ "would need "
                      "twelve more deckhands this winter" RQ ".\n");
    assert_speaker(doc, t_quote(doc, "did not always read"), "Inspectors", "explicit", "inspectors");
    assert_speaker(doc, t_quote(doc, "would need"), "Harbour Board", "explicit", "Harbour Board");
    t_free(doc);
    doc = run("Ferry service told to improve\n\n"
              "Considering its size, the ferry company had " LQ "far too few officers on duty at "
              "night" RQ ".\n");
    const ix_quote *q = t_quote(doc, "far too few officers");
    assert_true(q->speaker == NULL || strcmp(q->speaker, "ferry company") != 0);
    t_free(doc);
}

/* A pronoun in the sentence after a name tells that person's gender, also
 * when the name's sentence ended on a full stop: "Ann Coyle ... replied.
 * She said:" makes Ann Coyle female, so a later "He added:" skips her. */
static void attr_pronoun_in_the_next_sentence_tells_the_gender(void **state)
{
    (void)state;
    ix_doc *doc = run("Harbour ferries inspected\n\nTom Reyes, the lead inspector, visited the port "
                      "in May.\n\nAnn Coyle, the chair of the board, replied at length. She said: "
                      "\"We accept the findings.\"\n\nHe added: \"The timetable must be kept.\"\n");
    assert_string_equal(t_quote(doc, "We accept")->speaker, "Ann Coyle");
    const ix_quote *q = t_quote(doc, "The timetable");
    assert_speaker(doc, q, "Tom Reyes", "anaphoric", "Tom Reyes");
    t_free(doc);
    /* Two sentences on, a pronoun tells nothing: the nearest person wins. */
    doc = run("Harbour ferries inspected\n\nTom Reyes, the lead inspector, visited the port in "
              "May.\n\nAnn Coyle, the chair of the board, replied at length. The board met twice. "
              "She said: \"We accept the findings.\"\n\nHe added: \"The timetable must be kept.\"\n");
    assert_string_equal(t_quote(doc, "The timetable")->speaker, "Ann Coyle");
    t_free(doc);
}

/* A scare quote or label before a quote in its clause is the writer's
 * word, not the clause's end: the subject before it still speaks.  Not
 * across a sentence: a scare quote in the sentence before names no one. */
static void attr_scare_quote_inside_the_introducing_clause(void **state)
{
    (void)state;
    ix_doc *doc = run("Harbour school rated good\n\nHeadteacher Sam Ward spoke to parents on Monday.\n\n"
                      "Mr Ward was pleased with the " LS "good" RS " rating, but said: " LQ
                      "There is more to do." RQ "\n\nInspectors described the " LS "hub" RS
                      " timetable as " LQ "badly stretched and late" RQ ".\n\nTom Reyes praised the "
                      LS "hub" RS " model. Crews were " LQ "badly stretched and tired" RQ ".\n");
    const ix_quote *q = t_quote(doc, "There is more");
    assert_speaker(doc, q, "Sam Ward", "explicit", "Mr Ward");
    assert_string_equal(q->rule, "quotes.said_colon");
    q = t_quote(doc, "badly stretched and late");
    assert_true(q->partial);
    assert_speaker(doc, q, "Inspectors", "explicit", "Inspectors");
    q = t_quote(doc, "badly stretched and tired");
    assert_string_not_equal(q->attribution, "explicit");
    t_free(doc);
}

/* Offices and trades of the people around an inspected service speak by
 * their office after a quote ("the warden said"), not as a continuation of
 * the quote before; before a name they are its role.  The staff a service
 * is judged by, in the plural, are no speakers: "Teachers do not ..." is
 * the inspectors' finding. */
static void attr_offices_and_trades_as_speakers(void **state)
{
    (void)state;
    ix_doc *doc = run("Harbour jail inspected\n\nTom Reyes said: \"The wing is calmer.\"\n\n"
                      "\"We still lack officers,\" the warden said.\n\n\"The clinic opens daily,\" "
                      "said doctor Ada Quell.\n\n\"Nobody asked us,\" the midwife added.\n");
    const ix_quote *q = t_quote(doc, "We still lack");
    assert_speaker(doc, q, "warden", "explicit", "warden");
    assert_string_equal(q->rule, "quotes.said_after");
    q = t_quote(doc, "The clinic opens");
    assert_speaker(doc, q, "Ada Quell", "explicit", "Ada Quell");
    assert_string_equal(q->speaker_role, "doctor");
    assert_string_equal(t_quote(doc, "Nobody asked")->speaker, "midwife");
    t_free(doc);
    doc = run("Harbour college inspected\n\nInspectors visited in May.\n\nTeachers do not "
              "\"consistently challenge the most able\" learners.\n");
    q = t_quote(doc, "consistently challenge");
    assert_true(q->speaker == NULL || strcmp(q->speaker, "Teachers") != 0);
    t_free(doc);
}

/* A plural subject's verb of saying in the present ("Inspectors
 * conclude", "HMIP state"), then a whole sentence in quotation marks: the
 * speaker's own words, not a fragment of the writer's sentence. */
static void attr_plural_present_speech_verb_before_a_sentence(void **state)
{
    (void)state;
    ix_doc *doc = run("Ferry report published\n\n"
                      "The inspectors state " LQ "Most crossings left on time and the crews were well trained." RQ "\n");
    const ix_quote *q = t_quote(doc, "Most crossings left");
    assert_string_equal(q->speaker, "Inspectors");
    assert_false(q->partial);
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(people_fullest_form_from_honorific_and_office),
        cmocka_unit_test(attr_said_colon_with_office_before_the_name),
        cmocka_unit_test(attr_role_in_apposition),
        cmocka_unit_test(attr_described_in_apposition_and_never_a_month),
        cmocka_unit_test(attr_said_after_resolves_to_the_fullest_name),
        cmocka_unit_test(attr_said_after_a_name_and_its_office),
        cmocka_unit_test(attr_inspectors_and_the_report_as_speakers),
        cmocka_unit_test(attr_report_named_as_written_without_place_or_description),
        cmocka_unit_test(attr_spokesperson_after_the_quote),
        cmocka_unit_test(attr_previous_paragraph_ends_with_said_colon),
        cmocka_unit_test(attr_pronoun_added_resolves_by_gender),
        cmocka_unit_test(attr_gender_learnt_from_an_earlier_pronoun),
        cmocka_unit_test(attr_they_resolves_to_a_plural_group),
        cmocka_unit_test(attr_continuation_paragraph_keeps_the_speaker),
        cmocka_unit_test(attr_contextual_from_a_reporting_clause),
        cmocka_unit_test(attr_contextual_from_an_earlier_quote),
        cmocka_unit_test(attr_no_speaker_is_never_guessed),
        cmocka_unit_test(attr_partial_quotes_keep_their_speaker),
        cmocka_unit_test(attr_colon_block_speaker_as_found),
        cmocka_unit_test(attr_colon_block_without_a_speaker_is_dropped),
        cmocka_unit_test(attr_quote_from_names_a_plain_paragraph),
        cmocka_unit_test(attr_office_without_name_finds_the_person),
        cmocka_unit_test(attr_body_spokesperson_and_office_before_the_name),
        cmocka_unit_test(attr_dash_and_according_to),
        cmocka_unit_test(attr_unread_colon_intro_is_not_a_continuation),
        cmocka_unit_test(attr_adding_that_continues_the_speaker),
        cmocka_unit_test(attr_it_refers_to_the_body_quoted_before),
        cmocka_unit_test(attr_reporting_clause_between_quotes_beats_continuation),
        cmocka_unit_test(attr_bare_honorific_without_a_name_is_passed_over),
        cmocka_unit_test(attr_partial_speaker_behind_a_phrase_or_a_clause),
        cmocka_unit_test(attr_office_before_its_holder_after_a_comma),
        cmocka_unit_test(attr_bodies_answering_and_their_spokespeople),
        cmocka_unit_test(attr_previous_paragraph_ends_with_said_comma),
        cmocka_unit_test(attr_first_person_quote_is_the_last_person_quoted),
        cmocka_unit_test(attr_participle_after_a_reported_clause),
        cmocka_unit_test(attr_name_office_and_body_in_apposition),
        cmocka_unit_test(attr_name_of_a_body),
        cmocka_unit_test(attr_people_using_a_service),
        cmocka_unit_test(attr_participle_takes_the_clause_subject),
        cmocka_unit_test(attr_inspectorate_short_names_and_speakers_from_a_body),
        cmocka_unit_test(attr_outer_speech_verb_and_a_signature_line_first),
        cmocka_unit_test(attr_signature_line_after_the_quote),
        cmocka_unit_test(attr_according_to_after_a_partial_quote),
        cmocka_unit_test(attr_judged_as_by_an_agent),
        cmocka_unit_test(attr_name_with_a_middle_initial),
        cmocka_unit_test(attr_name_then_office_without_a_comma),
        cmocka_unit_test(attr_owner_of_a_noun_of_saying),
        cmocka_unit_test(attr_office_of_a_body_with_an_ampersand_or_a_long_name),
        cmocka_unit_test(attr_subject_with_a_relative_clause_or_a_participle),
        cmocka_unit_test(attr_description_or_relative_clause_in_apposition),
        cmocka_unit_test(attr_lower_case_office_after_an_owner),
        cmocka_unit_test(attr_owner_of_words_in_the_paragraph_before),
        cmocka_unit_test(attr_verbs_of_opinion),
        cmocka_unit_test(attr_news_verbs_of_saying_after_the_quote),
        cmocka_unit_test(attr_they_for_a_body),
        cmocka_unit_test(attr_quote_as_the_subjects_predicate),
        cmocka_unit_test(attr_unattributed_partial_is_the_inspectorates),
        cmocka_unit_test(attr_names_with_particles),
        cmocka_unit_test(attr_who_said_and_an_office_before_the_name),
        cmocka_unit_test(attr_described_person_hides_an_earlier_speaker),
        cmocka_unit_test(attr_description_before_a_name),
        cmocka_unit_test(attr_quote_after_a_line_broken_inside_a_sentence),
        cmocka_unit_test(attr_welsh_said_and_honorifics),
        cmocka_unit_test(attr_office_for_a_body_by_its_common_noun),
        cmocka_unit_test(attr_epithet_of_the_inspectorate),
        cmocka_unit_test(attr_the_group_named_more_fully_before),
        cmocka_unit_test(attr_name_then_an_inspectorate_office),
        cmocka_unit_test(attr_bracketed_short_name_in_apposition),
        cmocka_unit_test(attr_fullest_name_from_a_possessive_or_an_office_acronym),
        cmocka_unit_test(attr_pronoun_is_the_group_that_spoke),
        cmocka_unit_test(attr_spokesperson_for_an_office_or_a_body),
        cmocka_unit_test(attr_office_with_a_list_in_apposition),
        cmocka_unit_test(attr_his_majestys_body_opening_the_sentence),
        cmocka_unit_test(attr_report_on_a_body_speaks_not_the_body),
        cmocka_unit_test(attr_giver_of_a_statement),
        cmocka_unit_test(attr_fragment_before_a_speaker_who_adds),
        cmocka_unit_test(attr_place_before_a_relative_clause_is_no_speaker),
        cmocka_unit_test(attr_they_for_an_office_that_spoke_before),
        cmocka_unit_test(attr_pull_quote_signed_by_the_next_line),
        cmocka_unit_test(attr_speech_participles_and_present_forms),
        cmocka_unit_test(attr_pronoun_in_the_next_sentence_tells_the_gender),
        cmocka_unit_test(attr_scare_quote_inside_the_introducing_clause),
        cmocka_unit_test(attr_offices_and_trades_as_speakers),
        cmocka_unit_test(attr_plural_present_speech_verb_before_a_sentence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
