/* Genre: press_release, commentary or unknown, on texts written for these
 * tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/unit/support.h"

static ix_genre genre_of(const char *text)
{
    ix_doc *doc = t_extract_until(text, "genre");
    ix_genre g = doc->genre;
    t_free(doc);
    return g;
}

static void genre_release_with_ends_and_notes(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "Westbury CRC rated 'Good'\n"
        "\n"
        "HM Inspectorate of Probation has rated Westbury Community Rehabilitation Company 'Good'.\n"
        "\n"
        "Chief Inspector of Probation Ann Example said: \"I think this is a service that knows "
        "its cases well.\"\n"
        "\n"
        "- ENDS -\n"
        "\n"
        "Notes to editors\n"
        "1. The report is available at www.example.gov.uk at 00.01 on Tuesday 4 June 2019.\n"
        "2. For media enquiries, please call the press office on 020 7946 0000.\n"),
        IX_GENRE_PRESS_RELEASE);
}

static void genre_release_with_only_an_embargo_line(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "Embargoed until 00:01 Thursday 9 May 2024\n"
        "\n"
        "Inspectors have rated Hollins Vale PDU 'Requires improvement'.\n"),
        IX_GENRE_PRESS_RELEASE);
}

static void genre_blog_post(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "Menu\n"
        "\n"
        "Another CRC found wanting\n"
        "\n"
        "Posted on 8 February 2018 by Chris Blogger\n"
        "\n"
        "Share on twitter\n"
        "\n"
        "Inspectors have rated Lyme Bay CRC as requiring improvement. In my view the pattern "
        "is now clear.\n"
        "\n"
        "3 Comments\n"
        "\n"
        "Leave a Reply\n"),
        IX_GENRE_COMMENTARY);
}

static void genre_blog_retelling_a_release_beats_its_ends(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "Inspectors praise Fenmarsh youth service\n"
        "\n"
        "In a press release accompanying today's report, the inspectorate said the service "
        "was 'Outstanding'. Here is the release in full:\n"
        "\n"
        "Fenmarsh YOS rated 'Outstanding'\n"
        "\n"
        "ENDS\n"
        "\n"
        "Notes to editors\n"
        "1. The report is published at 00.01 on 2 May 2022.\n"),
        IX_GENRE_COMMENTARY);
}

static void genre_newsletter_chrome_alone_is_commentary(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "View this email in your browser\n"
        "\n"
        "Probation round-up\n"
        "\n"
        "Two inspection reports came out this week, both critical of risk work.\n"
        "\n"
        "You can update your preferences or unsubscribe from this list\n"),
        IX_GENRE_COMMENTARY);
}

static void genre_first_person_inside_quotes_is_not_a_writer(void **state)
{
    (void)state;
    /* the chief inspector's "I think" and "in my view" are quoted speech,
     * so the release's ENDS is not outweighed by a writer's voice */
    assert_int_equal(genre_of(
        "Probation inspection results\n"
        "\n"
        "The chief inspector said: \"I think leaders know what to do. In my view they must now "
        "do it.\"\n"
        "\n"
        "ENDS\n"),
        IX_GENRE_PRESS_RELEASE);
}

static void genre_news_copy_and_the_inspectorate_voice(void **state)
{
    (void)state;
    /* a news story: the watchdog, a spokesperson, "according to the report" */
    assert_int_equal(genre_of(
        "Probation service in Marlcombe 'failing', watchdog says\n"
        "\n"
        "The probation service in Marlcombe is failing to protect the public, according to "
        "the inspection report. A Ministry of Justice spokesperson said work had begun.\n"),
        IX_GENRE_COMMENTARY);
    /* a release: the inspectorate's own "we" outside quotes, its chief
     * inspector quoted with a colon */
    assert_int_equal(genre_of(
        "Marlcombe PDU rated 'Requires improvement'\n"
        "\n"
        "We inspected the unit in March and looked at 60 cases.\n"
        "\n"
        "Ann Example, Chief Inspector of Probation, said: \"Leaders know what to do.\"\n"),
        IX_GENRE_PRESS_RELEASE);
    /* "we found" inside a quote is not the writer's voice: a write-up of
     * the report, not the release */
    assert_int_equal(genre_of(
        "Marlcombe PDU rated 'Requires improvement'\n"
        "\n"
        "The report was published on Tuesday. \"We found staff working hard,\" "
        "the chief inspector wrote.\n"),
        IX_GENRE_COMMENTARY);
}

static void genre_release_names_its_chief_inspector_without_a_colon(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "Marlcombe youth justice service must strengthen its leadership\n"
        "\n"
        "Staff in Marlcombe knew their cases well but leaders must do more, said Ann Example, "
        "Chief Inspector of Probation. Inspectors found plans were late.\n"),
        IX_GENRE_PRESS_RELEASE);
    /* the same office quoted in news copy with a strong sign stays news */
    assert_int_equal(genre_of(
        "Youth service told to improve\n"
        "\n"
        "Leaders must do more, said Ann Example, Chief Inspector of Probation. A council "
        "spokesperson said plans were in hand.\n"),
        IX_GENRE_COMMENTARY);
}

static void genre_write_up_of_an_inspection_is_commentary(void **state)
{
    (void)state;
    /* no release sign, but the text tells of an inspection: a write-up */
    assert_int_equal(genre_of(
        "Good news for Marlcombe care home\n"
        "\n"
        "Marlcombe House was rated good in every area when inspectors visited in June. The "
        "home's manager thanked her team.\n"),
        IX_GENRE_COMMENTARY);
}

static void genre_report_page_is_unknown(void **state)
{
    (void)state;
    /* the report's own page speaks in the inspectorate's voice but is no release */
    assert_int_equal(genre_of(
        "An inspection of probation services in Marlcombe PDU\n"
        "\n"
        "We inspected the unit in May and rated it as requires improvement.\n"),
        IX_GENRE_UNKNOWN);
    assert_int_equal(genre_of(
        "Archived: Marlcombe House\n"
        "\n"
        "The home was rated good when inspectors found a caring team.\n"),
        IX_GENRE_UNKNOWN);
}

static void genre_plain_text_is_unknown(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "Probation services in the north\n"
        "\n"
        "Probation services supervise people on community sentences and after release from "
        "prison. Inspectors visit each area every few years.\n"),
        IX_GENRE_UNKNOWN);
}

/* The signs are tried at their lead words (extractors/keywords), a frequent
 * lead only where the rarer word its phrase needs is present; the
 * alternatives no word leads ("I think", "a damning report", a count) are
 * searched as a pattern of their own: a count written in another script's
 * digits, a long s or "I think" with no other lead still find them, and a
 * quoted one does not hide a later one that is not; they are tried just
 * before their words ("think", "critical"), each occurrence in turn. */
static void genre_signs_found_from_their_lead_words(void **state)
{
    (void)state;
    static const char *const body =
        "Probation services in the north\n"
        "\n"
        "Probation services supervise people on community sentences. The comments below "
        "were made by readers.\n"
        "\n";
    static const char *const tails[] = {
        "2 Responses to this post\n",
        "\xd9\xa2 Responses to this post\n",            /* ARABIC-INDIC DIGIT TWO */
        "Leave a Reply\n",
        "I think the service has improved since then.\n",
        "It is \xc5\xbf" "aid that I believe the service improved.\n",  /* a long s */
        "The council said in a statement that it would act.\n",
        "In my view the service has improved.\n",
        "Read this blog for more.\n",
        "It was a damning report for the area.\n",
        "The council leader welcomed it.\n",
        "\"I think so,\" one reader wrote. Now I think the service has improved.\n",
        /* an unled word inside a word first, then one after two words and
         * uneven blanks */
        "Readers were uncritical of it. It was the highly  critical\treport that did it.\n",
        "We think so, and so   I   think the service has improved.\n",
    };
    for (size_t i = 0; i < sizeof tails / sizeof *tails; i++) {
        char text[512];
        snprintf(text, sizeof text, "%s%s", body, tails[i]);
        assert_int_equal(genre_of(text), IX_GENRE_COMMENTARY);
    }
    char text[512];
    static const char *const plain[] = {
        "Two inspectors visited in May.\n",
        "The council said it would act. In the statement it set out a plan.\n",
        "This is a critical time for the service in May.\n",
        "\"I think so,\" one reader wrote.\n",
        "Readers were uncritical of it. We think so.\n",
    };
    for (size_t i = 0; i < sizeof plain / sizeof *plain; i++) {
        snprintf(text, sizeof text, "%s%s", body, plain[i]);
        assert_int_equal(genre_of(text), IX_GENRE_UNKNOWN);
    }
}

static void genre_proceedings_are_commentary(void **state)
{
    (void)state;
    /* a parliamentary written question and its answer */
    assert_int_equal(genre_of(
        "Probation: Westmarch\n"
        "\n"
        "Question to the Ministry of Justice: To ask the Secretary of State for Justice what "
        "steps he is taking after the inspection of probation in Westmarch.\n"
        "\n"
        "Answered by Jo Example: The service is acting on every finding.\n"),
        IX_GENRE_COMMENTARY);
    /* a council's committee page */
    assert_int_equal(genre_of(
        "Youth justice inspection and improvement plan\n"
        "\n"
        "Meeting: 04/03/2020 - Children's Scrutiny Committee (Item 6)\n"
        "\n"
        "The committee received the findings of the inspection of the youth justice service.\n"),
        IX_GENRE_COMMENTARY);
    assert_int_equal(genre_of(
        "Agenda item\n"
        "\n"
        "Ofsted inspection of children's services\n"
        "\n"
        "Minutes: The director presented the findings of the inspection of Ashvale's "
        "children's services.\n"),
        IX_GENRE_COMMENTARY);
    /* a release that tells of a meeting in passing is still a release */
    assert_int_equal(genre_of(
        "Fenmoor PDU rated 'Good'\n"
        "\n"
        "We inspected Fenmoor PDU in May. Staff told us the weekly team meeting was useful.\n"
        "\n"
        "Notes to editors\n"
        "1. The report is on our website.\n"),
        IX_GENRE_PRESS_RELEASE);
}

/* A release quotes its chief inspector with the name between commas
 * ("Chief Inspector of Probation, Ann Example, said:"); the same words with
 * no colon, or news copy's own words beside them, are not enough. */
static void genre_chief_inspector_named_between_commas(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "Lyme Youth Justice Service rated 'Good'\n"
        "\n"
        "Lyme Youth Justice Service has received an overall rating of 'Good' following an "
        "inspection. Inspectors found strong leadership.\n"
        "\n"
        "Chief Inspector of Probation, Ann Example, said: \"The service knows its children.\"\n"),
        IX_GENRE_PRESS_RELEASE);
    assert_int_equal(genre_of(
        "Lyme youth service praised\n"
        "\n"
        "Lyme Youth Justice Service was rated 'Good', the watchdog said. Inspectors found strong "
        "leadership.\n"
        "\n"
        "Chief Inspector of Probation, Ann Example, said: \"The service knows its children.\"\n"),
        IX_GENRE_COMMENTARY);
    assert_int_equal(genre_of(
        "Lyme youth service praised\n"
        "\n"
        "Lyme Youth Justice Service was rated 'Good'. Chief Inspector of Probation, Ann Example, "
        "said the service knew its children.\n"),
        IX_GENRE_COMMENTARY);
}

/* Share buttons are a web page's, never a release's: a page that copies a
 * release, its chief inspector's "said:" and all, is commentary when it
 * offers to share itself.  "share" as a plain noun is no button. */
static void genre_share_buttons_outweigh_a_copied_release(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "Fenwold CRC told to improve\n"
        "\n"
        "Share on Facebook\n"
        "\n"
        "Inspectors rated Fenwold CRC as 'Requires improvement'.\n"
        "\n"
        "Chief Inspector of Probation Ann Example said: \"Staff are stretched.\"\n"),
        IX_GENRE_COMMENTARY);
    assert_int_equal(genre_of(
        "Fenwold CRC told to improve\n"
        "\n"
        "Inspectors rated Fenwold CRC as 'Requires improvement'. A larger share of cases lacked a "
        "plan.\n"
        "\n"
        "Chief Inspector of Probation Ann Example said: \"Staff are stretched.\"\n"),
        IX_GENRE_PRESS_RELEASE);
}

/* The formal title of a report, wherever the title stands after furniture:
 * "Report on an unannounced inspection of ...", "Inspection Report on ...".
 * A news headline about a report is no report page. */
static void genre_formal_report_title_is_a_report_page(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "Skip to main content\n"
        "\n"
        "Report on an unannounced inspection of HMP Fenwick\n"
        "\n"
        "Inspectors found that the prison was rated poor for safety.\n"),
        IX_GENRE_UNKNOWN);
    assert_int_equal(genre_of(
        "Inspection Report on Larkhill Care Home\n"
        "\n"
        "The home was inspected in June.\n"),
        IX_GENRE_UNKNOWN);
    assert_int_equal(genre_of(
        "Damning report on HMP Fenwick\n"
        "\n"
        "Inspectors found that the prison was rated poor for safety.\n"),
        IX_GENRE_COMMENTARY);
}

/* With no sign of a release or a report page, a text that names an
 * inspection or an inspectorate at all is a write-up of it; one that only
 * says inspectors exist is not. */
static void genre_text_naming_an_inspection_is_commentary(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "Fenwick school celebrates\n"
        "\n"
        "Pupils and staff at Fenwick Primary School marked the end of term after the inspection "
        "in March.\n"),
        IX_GENRE_COMMENTARY);
    assert_int_equal(genre_of(
        "Fenwick school celebrates\n"
        "\n"
        "Pupils and staff at Fenwick Primary School marked the end of term. Inspectors visit "
        "every school.\n"),
        IX_GENRE_UNKNOWN);
}

/* News copy reports after what it reports: "..., a report has found.",
 * "..., inspectors said."  A reported clause in the middle of a sentence is
 * not that, nor a release's own "..., inspectors have found." */
static void genre_reporting_clause_is_news_copy(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "Fenwold youth team 'lacks direction'\n"
        "\n"
        "Leaders of the Fenwold youth justice team have lost their way, a report has found.\n"
        "\n"
        "Chief Inspector of Probation Ann Example said: \"Children deserve better.\"\n"),
        IX_GENRE_COMMENTARY);
    assert_int_equal(genre_of(
        "Fenwold youth team 'lacks direction'\n"
        "\n"
        "Fenwold youth justice team needs a clearer plan, inspectors said.\n"
        "\n"
        "Chief Inspector of Probation Ann Example said: \"Children deserve better.\"\n"),
        IX_GENRE_COMMENTARY);
    assert_int_equal(genre_of(
        "Fenwold youth team 'lacks direction'\n"
        "\n"
        "In Fenwold, the report found that leaders had lost their way.\n"
        "\n"
        "Chief Inspector of Probation Ann Example said: \"Children deserve better.\"\n"),
        IX_GENRE_PRESS_RELEASE);    assert_int_equal(genre_of(
        "Fenwold youth team 'lacks direction'\n"
        "\n"
        "Leaders of the Fenwold youth justice team have lost their way, inspectors have found.\n"
        "\n"
        "Chief Inspector of Probation Ann Example said: \"Children deserve better.\"\n"),
        IX_GENRE_PRESS_RELEASE);
}

/* A newspaper sets its story's first words in capitals; an acronym that
 * opens a release ("HMICFRS has ...", "PEEL ... PEEL") is no such lead. */
static void genre_capitalised_lead_is_a_newspaper_story(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "Prison fails again\n"
        "\n"
        "STAFFING problems at HMP Fenwick have left prisoners locked up for most of the day.\n"
        "\n"
        "Chief Inspector of Prisons Ann Example said: \"This is not good enough.\"\n"),
        IX_GENRE_COMMENTARY);
    assert_int_equal(genre_of(
        "Prison fails again\n"
        "\n"
        "A CRAMPED VICTORIAN JAIL in Fenwick is failing its prisoners.\n"
        "\n"
        "Chief Inspector of Prisons Ann Example said: \"This is not good enough.\"\n"),
        IX_GENRE_COMMENTARY);
    assert_int_equal(genre_of(
        "Fenshire force inspected\n"
        "\n"
        "HMICFRS has rated Fenshire Police as 'Good'.\n"
        "\n"
        "Chief Inspector of Constabulary Ann Example said: \"The force knows its public.\"\n"),
        IX_GENRE_PRESS_RELEASE);
    assert_int_equal(genre_of(
        "Fenshire force inspected\n"
        "\n"
        "PEEL inspections look at how well forces work. This PEEL report rates Fenshire Police.\n"
        "\n"
        "Chief Inspector of Constabulary Ann Example said: \"The force knows its public.\"\n"),
        IX_GENRE_PRESS_RELEASE);
}

/* A report page's front matter (labels set before the findings) makes it
 * the report's own page, even in the inspectorate's voice; a sentence that
 * opens the same way, or a release, does not. */
static void genre_report_front_matter_is_a_report_page(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "Brackenfold Lodge\n"
        "\n"
        "During a routine inspection\n"
        "\n"
        "We carried out an unannounced visit in May. We rated the home as good.\n"),
        IX_GENRE_UNKNOWN);
    assert_int_equal(genre_of(
        "Orchard Lane Surgery\n"
        "\n"
        "Date of inspection: 4 and 5 March 2021\n"
        "\n"
        "We found the practice well led. We rated it as outstanding.\n"),
        IX_GENRE_UNKNOWN);
    assert_int_equal(genre_of(
        "Fenmoor Trust\n"
        "\n"
        "Our rating of the trust went down. We rated it as requires improvement because:\n"),
        IX_GENRE_UNKNOWN);
    assert_int_equal(genre_of(
        "Fenshire Constabulary: an overview\n"
        "\n"
        "Foreword\n"
        "\n"
        "Our inspection found a force that knows its public. We found that it answers calls "
        "quickly.\n"),
        IX_GENRE_UNKNOWN);
    assert_int_equal(genre_of(
        "HMP Tarnwell\n"
        "\n"
        "1. Introduction\n"
        "\n"
        "Inspectors found a prison that was safer than at the last inspection.\n"),
        IX_GENRE_UNKNOWN);
    /* near misses: the words in a sentence of a release */
    assert_int_equal(genre_of(
        "Fenshire Constabulary rated 'Good'\n"
        "\n"
        "In the foreword to our report we found a force that knows its public.\n"),
        IX_GENRE_PRESS_RELEASE);
    assert_int_equal(genre_of(
        "Fenmoor YOT rated 'Good'\n"
        "\n"
        "During a routine inspection in May, we found a service that knows its children.\n"
        "\n"
        "Chief Inspector of Probation Ann Example said: \"This is a good service.\"\n"),
        IX_GENRE_PRESS_RELEASE);
}

/* Someone else's report framed before its words ("In their latest report
 * the inspectors said:") is a write-up, even when the copied words are in
 * the inspectorate's voice; a release's own "inspectors found" is not. */
static void genre_report_framed_by_another_is_commentary(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "Prison reports: HMP Brackenfold\n"
        "\n"
        "In their latest report the inspectors said:\n"
        "\n"
        "HMP Brackenfold is a category C prison. We found that it was safer than before.\n"),
        IX_GENRE_COMMENTARY);
    assert_int_equal(genre_of(
        "Brackenfold jail still struggling\n"
        "\n"
        "In 2019 inspectors found staff shortages. In the latest inspection they found things "
        "had got worse.\n"),
        IX_GENRE_COMMENTARY);
    /* near miss: the release's own report */
    assert_int_equal(genre_of(
        "HMP Brackenfold safer\n"
        "\n"
        "In the report, published today, we found that the prison was safer than before.\n"
        "\n"
        "Chief Inspector of Prisons Ann Example said: \"Staff have done well.\"\n"),
        IX_GENRE_PRESS_RELEASE);
}

/* The first person singular outside quotation marks is a writer's (a
 * head's letter, a blog); a release's "I" is its chief inspector's, in
 * quotes. */
static void genre_first_person_singular_is_a_writer(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "Our inspection report\n"
        "\n"
        "Dear Parents\n"
        "\n"
        "I am delighted to share our inspection report with you. Inspectors found that our "
        "pupils are safe and happy. We found the week tiring but worthwhile.\n"),
        IX_GENRE_COMMENTARY);
    assert_int_equal(genre_of(
        "12 March\n"
        "\n"
        "I've read every report on Fenmoor prison since 2015. Our inspectors found it safer "
        "this time.\n"),
        IX_GENRE_COMMENTARY);
    /* near miss: the chief inspector's "I", quoted, in a release */
    assert_int_equal(genre_of(
        "Fenmoor PDU rated 'Good'\n"
        "\n"
        "We inspected Fenmoor PDU in May and rated it 'Good'.\n"
        "\n"
        "Chief Inspector of Probation Ann Example said: \"I am pleased. I have seen real "
        "progress here.\"\n"),
        IX_GENRE_PRESS_RELEASE);
}

/* Another body's words for the inspectorate's report ("the HMI Probation
 * report into ...") make a write-up or a response, even with a release's
 * notes; a release's headline may name its own report so. */
static void genre_inspectorate_named_before_its_report_is_commentary(void **state)
{
    (void)state;
    assert_int_equal(genre_of(
        "Response to inspection of Fenmoor YOT\n"
        "\n"
        "The Marlow Youth Trust welcomes the findings of the HMI Probation report into Fenmoor "
        "YOT, published today.\n"
        "\n"
        "Notes to editors\n"
        "1. The Trust works with children in Fenmoor.\n"),
        IX_GENRE_COMMENTARY);
    assert_int_equal(genre_of(
        "Fenmoor prison comment\n"
        "\n"
        "Commenting on today's HM Inspectorate of Prisons report on HMP Fenmoor, the charity's "
        "director said more staff were needed.\n"
        "\n"
        "Embargoed until 00:01 Tuesday 4 June 2019\n"),
        IX_GENRE_COMMENTARY);
    /* near misses: the release's own headline, and quoted words */
    assert_int_equal(genre_of(
        "Interim HMIC report on crime recording in Fenshire\n"
        "\n"
        "The report found that crimes were not always recorded.\n"
        "\n"
        "Chief Inspector of Constabulary Ann Example said: \"Victims deserve better.\"\n"),
        IX_GENRE_PRESS_RELEASE);
    assert_int_equal(genre_of(
        "Fenshire force inspected\n"
        "\n"
        "Chief Inspector of Constabulary Ann Example said: \"The HMIC report on Fenshire shows "
        "a force that knows its public.\"\n"),
        IX_GENRE_PRESS_RELEASE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(genre_proceedings_are_commentary),
        cmocka_unit_test(genre_release_with_ends_and_notes),
        cmocka_unit_test(genre_release_with_only_an_embargo_line),
        cmocka_unit_test(genre_blog_post),
        cmocka_unit_test(genre_blog_retelling_a_release_beats_its_ends),
        cmocka_unit_test(genre_newsletter_chrome_alone_is_commentary),
        cmocka_unit_test(genre_first_person_inside_quotes_is_not_a_writer),
        cmocka_unit_test(genre_news_copy_and_the_inspectorate_voice),
        cmocka_unit_test(genre_plain_text_is_unknown),
        cmocka_unit_test(genre_release_names_its_chief_inspector_without_a_colon),
        cmocka_unit_test(genre_write_up_of_an_inspection_is_commentary),
        cmocka_unit_test(genre_report_page_is_unknown),
        cmocka_unit_test(genre_signs_found_from_their_lead_words),
        cmocka_unit_test(genre_chief_inspector_named_between_commas),
        cmocka_unit_test(genre_share_buttons_outweigh_a_copied_release),
        cmocka_unit_test(genre_formal_report_title_is_a_report_page),
        cmocka_unit_test(genre_text_naming_an_inspection_is_commentary),
        cmocka_unit_test(genre_reporting_clause_is_news_copy),
        cmocka_unit_test(genre_capitalised_lead_is_a_newspaper_story),
        cmocka_unit_test(genre_report_front_matter_is_a_report_page),
        cmocka_unit_test(genre_report_framed_by_another_is_commentary),
        cmocka_unit_test(genre_first_person_singular_is_a_writer),
        cmocka_unit_test(genre_inspectorate_named_before_its_report_is_commentary),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
