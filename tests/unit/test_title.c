/* Title: the document's own headline, on texts written for these tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline/chrome.h"
#include "pipeline/rx.h"
#include "tests/unit/support.h"

static void title_press_release_first_line(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Lowmoor youth justice service rated 'Good' by inspectors\n"
        "\n"
        "Children supervised by Lowmoor Youth Justice Service get good support, inspectors said.\n"
        "\n"
        "ENDS\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Lowmoor youth justice service rated 'Good' by inspectors");
    assert_string_equal(t_src(doc, doc->title.span), doc->title.text);
    assert_int_equal(doc->title.span.start, 0);
    t_free(doc);
}

static void title_keeps_curly_quotes_as_written(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "\xEF\xBB\xBFGrimsby Vale PDU rated \xE2\x80\x98Inadequate\xE2\x80\x99\r\n"
        "\r\n"
        "Inspectors found too few staff to manage the cases held.\r\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Grimsby Vale PDU rated \xE2\x80\x98Inadequate\xE2\x80\x99");
    assert_string_equal(t_src(doc, doc->title.span), doc->title.text);
    assert_int_equal(doc->title.span.start, 3); /* after the BOM */
    t_free(doc);
}

static void title_skips_blog_chrome_before_the_headline(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Menu\n"
        "Skip to content\n"
        "KWCRC HMIP 19\n"
        "Alex Morgan\n"
        "\n"
        "Alex Morgan\n"
        "\n"
        "Youth justice researcher, trainer and author of this blog.\n"
        "\n"
        "Posted on 12 June 2019\n"
        "\n"
        "Kingsweir CRC still struggling with risk\n"
        "\n"
        "Share on twitter\n"
        "Share on facebook\n"
        "Inspectors rate Kingsweir CRC as inadequate\n"
        "\n"
        "Kingsweir Community Rehabilitation Company was found by inspectors to be failing in "
        "its work to keep victims safe, in a report published today by HM Inspectorate of "
        "Probation, which said the company needed to act quickly to recruit more staff.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Kingsweir CRC still struggling with risk");
    assert_string_equal(t_src(doc, doc->title.span), "Kingsweir CRC still struggling with risk");
    t_free(doc);
}

/* A story that opens without a headline and speaks of "this blog" in its
 * first paragraph is named by that paragraph's first sentence; "About this
 * blog" is still an author box. */
static void title_first_paragraph_of_a_blog_is_not_its_author_box(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "About this blog\n"
        "\n"
        "While the inspectorate has announced its new inspection regime, reports are still coming "
        "out. In this blog, I share the four published this week.\n"
        "\n"
        "For context, these assessments are the main way forces are judged.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "While the inspectorate has announced its new inspection regime, "
                                         "reports are still coming out.");
    t_free(doc);
}

static void title_skips_email_chrome_and_byline(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "View this email in your browser\n"
        "\n"
        "By Jo Bloggs on Mar 3, 2016 07:15 am\n"
        "\n"
        "Prison inspectors find a jail in crisis\n"
        "\n"
        "By Jo Bloggs on Mar 3, 2016 07:15 am\n"
        "\n"
        "HM Inspectorate of Prisons has published a highly critical report on HMP Eastbarrow, "
        "where violence has doubled since the last inspection and drugs are widely available.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Prison inspectors find a jail in crisis");
    t_free(doc);
}

static void title_drops_site_name_and_label(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Press release: Oakshire probation service praised for its unpaid work | Justice Digest\n"
        "\n"
        "Inspectors praised the quality of unpaid work placements across Oakshire.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Oakshire probation service praised for its unpaid work");
    assert_string_equal(t_src(doc, doc->title.span), "Oakshire probation service praised for its unpaid work");
    t_free(doc);
    /* a date before the bar is the page's date line, not the headline: the
     * line is kept whole, as a date and a dash before the headline is */
    doc = t_extract_until("Tuesday 4 May 2021 | Oakshire probation service praised for its unpaid work\n"
                          "\n"
                          "Inspectors praised the quality of unpaid work placements across Oakshire.\n",
                          "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Tuesday 4 May 2021 | Oakshire probation service praised for its unpaid work");
    t_free(doc);
    /* near miss: a site name after the bar still goes */
    doc = t_extract_until("Oakshire probation service praised | May 2021 Digest\n"
                          "\n"
                          "Inspectors praised the quality of unpaid work placements across Oakshire.\n",
                          "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Oakshire probation service praised");
    t_free(doc);
}

static void title_prefers_a_headline_about_the_inspection(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Thoughts on a Tuesday\n"
        "\n"
        "Marchfield NPS division rated good overall\n"
        "\n"
        "Inspectors have rated the NPS Marchfield division 'Good', with leadership singled out "
        "for praise and case reviewing the one area needing improvement over the coming year.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Marchfield NPS division rated good overall");
    t_free(doc);
}

static void title_skips_breadcrumbs_and_page_labels(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Home > News > Inspections\n"
        "Press release\n"
        "From: HM Inspectorate of Prisons\n"
        "Published 4 March 2021\n"
        "\n"
        "HMP Rookwood: inspectors find a prison still unsafe\n"
        "\n"
        "HM Inspectorate of Prisons found that violence at HMP Rookwood had risen sharply since "
        "the last inspection and that many men felt unsafe on their wings.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "HMP Rookwood: inspectors find a prison still unsafe");
    t_free(doc);
}

static void title_skips_a_masthead(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Probation Weekly Digest\n"
        "\n"
        "Greymarsh CRC criticised by inspectors\n"
        "\n"
        "Greymarsh Community Rehabilitation Company was rated 'Inadequate' by inspectors today "
        "after they found that too many people under supervision were not seen for weeks.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Greymarsh CRC criticised by inspectors");
    t_free(doc);
    /* an inspectorate's or regulator's name alone is the site's masthead */
    static const char *const names[] = {"HM Inspectorate of Probation", "Care Quality Commission",
                                        "Care Inspectorate Wales", "The Probation Inspectorate"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char text[400];
        snprintf(text, sizeof text,
                 "%s\n\nGreymarsh CRC criticised by inspectors\n\nGreymarsh Community "
                 "Rehabilitation Company was rated 'Inadequate' by inspectors.\n", names[i]);
        doc = t_extract_until(text, "title");
        assert_non_null(doc->title.text);
        assert_string_equal(doc->title.text, "Greymarsh CRC criticised by inspectors");
        t_free(doc);
    }
}

static void title_long_first_line_gives_its_first_words(void **state)
{
    (void)state;
    size_t n = 2000;
    char *text = malloc(n + 64);
    assert_non_null(text);
    for (size_t i = 0; i < n; i++)
        text[i] = "inspectors found probation work poor "[i % 37];
    strcpy(text + n, "\n\nShort heading\n\nMore text here.\n");
    ix_doc *doc = t_extract_until(text, "title");
    /* no headline: the first sentence, cut at a word before 500 bytes */
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.rule, "title.first_sentence");
    size_t len = strlen(doc->title.text);
    assert_true(len <= 500 && len > 450);
    assert_memory_equal(doc->title.text, "inspectors found probation work poor inspectors", 47);
    assert_true(doc->title.text[len - 1] != ' ');
    t_free(doc);
    free(text);
}

static void title_ten_megabyte_line_gives_a_bounded_title(void **state)
{
    (void)state;
    size_t n = 10 * 1024 * 1024;
    char *text = malloc(n + 2);
    assert_non_null(text);
    memset(text, 'a', n);
    for (size_t i = 50; i < n; i += 50)
        text[i] = ' ';
    text[n] = '\n';
    text[n + 1] = '\0';
    ix_doc *doc = t_extract_until(text, "title");
    assert_non_null(doc->title.text);
    assert_true(strlen(doc->title.text) <= 500);
    t_free(doc);
    free(text);
}

static void title_is_the_first_sentence_when_prose_starts_at_once(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Inspectors visited the service in May. They looked at 60 cases and spoke to staff, "
        "managers and partners. Most cases were well managed, but risk assessments were often "
        "late and plans were rarely reviewed when circumstances changed for the people concerned.\n"
        "\n"
        "Key findings\n"
        "\n"
        "Staff were committed.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Inspectors visited the service in May.");
    assert_string_equal(doc->title.rule, "title.first_sentence");
    t_free(doc);
}

/* A page's menu and masthead printed again in its footer are not the
 * headline: a repeat counts only above the story, and a heading printed
 * again after the story is passed over while another is left. */
static void title_menu_and_masthead_repeated_in_the_footer_are_not_the_headline(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Our services\n"
        "Find a report\n"
        "Tollbridge hostel praised by inspectors\n"
        "The hostel in Tollbridge has been praised by inspectors for its care of residents. Staff were kind.\n"
        "Residents said they felt safe.\n"
        "Our services\n"
        "Find a report\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Tollbridge hostel praised by inspectors");
    t_free(doc);
    doc = t_extract_until(
        "Tollbridge Hostel Trust\n"
        "Tollbridge hostel praised by inspectors\n"
        "The hostel trust in Tollbridge has been praised by inspectors for its care of residents.\n"
        "Tollbridge Hostel Trust\n",
        "title");
    assert_string_equal(doc->title.text, "Tollbridge hostel praised by inspectors");
    t_free(doc);
    /* near miss: a title bar printed again as the article's heading, above the story */
    doc = t_extract_until(
        "Tollbridge hostel praised by inspectors\n"
        "Find a report\n"
        "Tollbridge hostel praised by inspectors\n"
        "The hostel in Tollbridge has been praised by inspectors for its care of residents.\n",
        "title");
    assert_string_equal(doc->title.text, "Tollbridge hostel praised by inspectors");
    assert_string_equal(doc->title.rule, "title.repeated_heading");
    t_free(doc);
    /* the only heading, printed again at the end, is still the headline */
    doc = t_extract_until(
        "Tollbridge hostel praised by inspectors\n"
        "The hostel in Tollbridge has been praised by inspectors for its care of residents.\n"
        "Tollbridge hostel praised by inspectors\n",
        "title");
    assert_string_equal(doc->title.text, "Tollbridge hostel praised by inspectors");
    t_free(doc);
}

/* A teaser pieced from cuts (a listing's or a document site's snippet: an
 * ellipsis inside and one at its end) is passed over, not taken for the
 * story's start; an ellipsis inside a headline, or ending one, is no cut. */
static void title_skips_a_teaser_cut_short(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "tollbridge ward inspection the care of patients ......staff were kind and...\n"
        "Tollbridge ward inspection: the care of patients at night\n"
        "The ward in Tollbridge was inspected in May. Staff were kind and patients felt safe.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Tollbridge ward inspection: the care of patients at night");
    t_free(doc);
    doc = t_extract_until(
        "Tollbridge ward \xE2\x80\xA6 still waiting for staff\n"
        "The ward in Tollbridge was inspected in May. Staff were kind and patients felt safe.\n",
        "title");
    assert_string_equal(doc->title.text, "Tollbridge ward \xE2\x80\xA6 still waiting for staff");
    t_free(doc);
    /* a headline may end in one */
    doc = t_extract_until(
        "Tollbridge ward much better, but\xE2\x80\xA6\n"
        "The ward in Tollbridge was inspected in May. Staff were kind and patients felt safe.\n",
        "title");
    assert_string_equal(doc->title.text, "Tollbridge ward much better, but\xE2\x80\xA6");
    t_free(doc);
}

/* A regulator's page of a service: a label over each entry ("During a
 * routine inspection") is not the headline, and a paragraph whose last
 * sentence introduces a list is prose whose first sentence names the page.
 * A headline that opens with 'During an inspection' and goes on is kept. */
static void title_skips_a_regulator_entry_label(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "02.03.2025 to 14.03.2025\n"
        "During a routine inspection\n"
        "Our rating of the hostel went up. We rated it as good because:\n"
        "- Staff knew the residents well.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Our rating of the hostel went up.");
    t_free(doc);
    doc = t_extract_until(
        "During an inspection of the ward, inspectors found rats\n"
        "The ward in Tollbridge was inspected in May. Inspectors found rats in the kitchen.\n",
        "title");
    assert_string_equal(doc->title.text, "During an inspection of the ward, inspectors found rats");
    t_free(doc);
}

/* A list's entry of a person with an honorific and an affiliation (the
 * witnesses or attendees of minutes) is not a headline; a headline that
 * names a person without an honorific is kept. */
static void title_skips_an_attendee_entry(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Minutes of the Scrutiny Panel\n"
        "Dr Ann Example, Fenshire Inspection Service\n"
        "Cllr Jo Bloggs, Cabinet Member for Children\n"
        "The panel heard evidence from the inspection service about its report on the Fenshire youth team.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Minutes of the Scrutiny Panel");
    t_free(doc);
    doc = t_extract_until(
        "Ann Example, chief inspector, praises Fenshire youth team\n"
        "The chief inspector has praised the Fenshire youth team for its work with children.\n",
        "title");
    assert_string_equal(doc->title.text, "Ann Example, chief inspector, praises Fenshire youth team");
    t_free(doc);
}

static void title_skips_a_site_tagline_that_shares_no_words_with_the_story(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Stay informed on justice\n"
        "\n"
        "Fresh thinking and comment on criminal justice policy every week\n"
        "Fenmoor probation division praised by inspectors\n"
        "Inspectors find the Fenmoor division has made strong progress with staffing.\n"
        "\n"
        "The probation division covering Fenmoor was praised by inspectors for the quality of "
        "its work with people under supervision, in a report published this morning.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Fenmoor probation division praised by inspectors");
    assert_string_equal(doc->title.rule, "title.headline");
    t_free(doc);
}

/* A heading shares a word with the lead when the lead has the same word
 * (four or five letters) or one of the same first five letters (a longer
 * word): "Bank" is not shared with "banking", "Fenmoor" and "hostels"
 * are with "Fenmoor's" and "hostel". */
static void title_heading_shares_whole_short_words_and_long_stems_with_the_lead(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Stay informed\n"
        "\n"
        "Bank notes weekly\n"
        "Fenmoor hostels open again\n"
        "Residents return on Monday.\n"
        "\n"
        "Residents of Fenmoor's approved hostel returned on Monday after the banking group that "
        "owns the building paid for repairs to its roof, its kitchens and its gardens.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Fenmoor hostels open again");
    t_free(doc);
}

static void title_skips_cookie_notices_captions_and_licences(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Do you accept cookies?\n"
        "\n"
        "We use small files called cookies on this site. Some are essential to make the site "
        "work, and some help us to understand how we can improve it. You can turn off the ones "
        "that are not essential in your settings at any time, and we will remember your choice "
        "for a year.\n"
        "\n"
        "All content is available under the Open Government Licence v3.0, except where stated.\n"
        "\n"
        "or email: office@example.org.\n"
        "\n"
        "Kew,\n"
        "Bristol BS1 4AA\n"
        "\n"
        "HMP Greystone: progress too slow, say inspectors\n"
        "\n"
        "A photo of the gates of a prison\n"
        "Image caption,\n"
        "Inspectors said the prison had made little progress (stock image)\n"
        "\n"
        "Inspectors returning to HMP Greystone found that little progress had been made since "
        "their last visit, with violence still rising on two of the wings.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "HMP Greystone: progress too slow, say inspectors");
    t_free(doc);
}

static void title_leaves_out_a_scraper_date_label_and_wrapping_quotes(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        " date 2024-05-02 A probation service in Marlcombe has been rated 'Good' after an "
        "inspection found strong leadership. Inspectors praised its work with victims.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text,
                        "A probation service in Marlcombe has been rated 'Good' after an "
                        "inspection found strong leadership.");
    t_free(doc);
    doc = t_extract_until(
        "\xE2\x80\x9C" "Few youth services rated good, inspectors say" "\xE2\x80\x9D\n"
        "\n"
        "Only a few of the youth services inspected this year were rated good by inspectors, "
        "according to the annual report published today.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Few youth services rated good, inspectors say");
    t_free(doc);
}

static void title_prefers_a_heading_printed_again_below(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Oakvale youth service rated outstanding\n"
        "Council news\n"
        "Leisure centre opening hours change\n"
        "\n"
        "Oakvale youth service rated outstanding\n"
        "\n"
        "The council's youth justice service has been rated outstanding by inspectors.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Oakvale youth service rated outstanding");
    assert_string_equal(doc->title.rule, "title.repeated_heading");
    t_free(doc);
}

static void title_skips_calls_to_action_and_late_bylines(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Get all your news in one place.\n"
        "\n"
        "10 Days Remaining\n"
        "\n"
        "Thursday 12th posted by Sam Lee in Probation\n"
        "\n"
        "Probation officers in Fenshire stretched, inspectors find\n"
        "\n"
        "Probation officers in Fenshire are supervising far more people than they should, "
        "inspectors found in a report published today on the county's probation unit.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Probation officers in Fenshire stretched, inspectors find");
    t_free(doc);
}

static void title_skips_council_paper_and_caption_lines(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Agenda Item No\n"
        "\n"
        "The Marlcombe Council\n"
        "\n"
        "Cabinet Meeting: 21 October 2013\n"
        "\n"
        "Report of the Cabinet Member for Children's Services\n"
        "\n"
        "Inspection report on the council's youth justice services\n"
        "\n"
        "1. To advise the Cabinet of the findings of the recent inspection of youth justice "
        "services in the county, and of the plan that will follow it.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Inspection report on the council's youth justice services");
    t_free(doc);
    doc = t_extract_until(
        " date 2019-03 Image copyright Greystone News Image caption The prison was opened in 1890\n"
        "\n"
        "Inspectors find Greystone prison still unsafe\n"
        "\n"
        "Greystone prison is still unsafe, inspectors have said after a visit in January.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Inspectors find Greystone prison still unsafe");
    t_free(doc);
}

static void title_skips_safe_exit_accessibility_and_memo_chrome(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Quickly exit this site by pressing the Escape key Leave this site\n"
        "This site is a beta, which means it's a work in progress and we'll be adding more to it.\n"
        "Accessibility controls\n"
        "T: 01632 960000 E: office@example.org Change font size\n"
        "Main content area\n"
        "To: Ana Ruiz, Chair of the Fenmarsh Youth Offending Team Board\n"
        "Fenmarsh police rated good by inspectors\n"
        "\n"
        "Fenmarsh Police was rated good by inspectors in its latest report, which found that the "
        "force answered most calls quickly and kept victims informed.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Fenmarsh police rated good by inspectors");
    t_free(doc);
}

/* A search box's placeholder or prompt alone on its line is chrome, never
 * the title of a page that starts with its story; a headline that opens
 * with 'Search for' is still a headline. */
static void title_skips_a_search_box_prompt(void **state)
{
    (void)state;
    static const char *const prompts[] = {
        "Enter your keyword", "Enter search terms", "Type here to search", "What are you looking for?",
        "Search this website", "Search news", "How can we help?", NULL,
    };
    for (int i = 0; prompts[i]; i++) {
        char text[400];
        snprintf(text, sizeof text,
                 "%s\n\nThe probation service in Harwick was rated good by inspectors, who said that "
                 "its staff knew the people they supervised well and planned their work with care.\n",
                 prompts[i]);
        ix_doc *doc = t_extract_until(text, "title");
        assert_non_null(doc->title.text);
        assert_string_equal(doc->title.rule, "title.first_sentence");
        t_free(doc);
    }
    ix_doc *doc = t_extract_until(
        "Search for new inspectors ends in Harwick\n\n"
        "The probation inspectorate has filled its last posts in Harwick after a long search, and the "
        "new inspectors start their work with the service next month.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Search for new inspectors ends in Harwick");
    t_free(doc);
}

/* An article's own controls and a site's links, alone on a line, are page
 * furniture ("Listen to this article", "5 min read", "Show comments",
 * "Privacy policy"), never the title of a page that starts with its
 * story; a headline that opens with such words is still a headline. */
static void title_skips_article_controls_and_site_links(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "Listen to this article", "5 min read", "Reading time: 4 minutes", "Save article",
        "Show comments", "Privacy policy", "Download PDF", "Jump to main content", "Load more", NULL,
    };
    for (int i = 0; lines[i]; i++) {
        char text[400];
        snprintf(text, sizeof text,
                 "%s\n\nThe probation service in Harwick was rated good by inspectors, who said that "
                 "its staff knew the people they supervised well and planned their work with care.\n",
                 lines[i]);
        ix_doc *doc = t_extract_until(text, "title");
        assert_non_null(doc->title.text);
        if (strcmp(doc->title.rule, "title.first_sentence") != 0)
            fail_msg("'%s' taken for the headline", lines[i]);
        t_free(doc);
    }
    ix_doc *doc = t_extract_until(
        "Save our probation office, say Harwick councillors\n\n"
        "Councillors in Harwick have asked the probation service to keep its town office open after "
        "inspectors rated the service good and praised its work with the courts.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Save our probation office, say Harwick councillors");
    t_free(doc);
}

static void title_skips_promotions_and_a_greeting_paragraph(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Welcome to our news centre. You can filter by speeches, press releases and blogs.\n"
        "News\n"
        "Get all your news in one place.\n"
        "One app.\n"
        "Start reading\n"
        "Inspectors find poor safety at HMP Oakfield\n"
        "\n"
        "HMP Oakfield has been assessed by HM Inspectorate of Prisons as poor for safety, in a "
        "report that found high levels of violence.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Inspectors find poor safety at HMP Oakfield");
    t_free(doc);
}

/* The chrome tried at a block's start is tested as one alternation, one
 * attempt at the block's first byte: each of its patterns is anchored. */
static void chrome_at_the_start_is_anchored(void **state)
{
    (void)state;
    for (size_t i = 0; i < ix_chrome_nblocks_start; i++) {
        int ec;
        PCRE2_SIZE eo;
        pcre2_code *re = pcre2_compile((PCRE2_SPTR)ix_chrome_blocks_start[i], PCRE2_ZERO_TERMINATED,
                                       PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &ec, &eo, NULL);
        assert_non_null(re);
        uint32_t opts = 0;
        assert_int_equal(pcre2_pattern_info(re, PCRE2_INFO_ALLOPTIONS, &opts), 0);
        if (!(opts & PCRE2_ANCHORED))
            fail_msg("not anchored: %s", ix_chrome_blocks_start[i]);
        pcre2_code_free(re);
    }
}

static void title_skips_chrome_at_a_block_start_and_anywhere(void **state)
{
    (void)state;
    /* a breadcrumb (start), a licence notice (anywhere), then the headline */
    ix_doc *doc = t_extract_until(
        "Home > News > Probation\n"
        "\n"
        "All content is available under the Open Government Licence v3.0\n"
        "\n"
        "Exmoor probation service rated 'Good' by inspectors\n"
        "\n"
        "Inspectors found that the service supervises people well.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Exmoor probation service rated 'Good' by inspectors");
    t_free(doc);
}

static void title_drops_a_written_date_run_into_the_first_sentence(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "3 March 2021The probation service in Lyme has been rated inadequate by inspectors, who\n"
        "found that too many people were not seen often enough.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text,
                        "The probation service in Lyme has been rated inadequate by inspectors, who "
                        "found that too many people were not seen often enough.");
    t_free(doc);
    /* a date inside a headline stays */
    doc = t_extract_until("Lyme PDU inspected in March 2021 Rated Good\n\nLyme PDU was rated good.\n",
                          "title");
    assert_string_equal(doc->title.text, "Lyme PDU inspected in March 2021 Rated Good");
    t_free(doc);
}

/* A line ending in a colon introduces what follows when it is short; a
 * long one is the story's first sentence. */
static void title_long_line_ending_in_a_colon_is_the_first_sentence(void **state)
{
    (void)state;
    const char *intro = "Please find below Councillor Jo Example's response to the inspectorate's "
                        "report on the Marl hostel, published today, on its visit in May:";
    char text[600];
    snprintf(text, sizeof text,
             "%s\n\"I am grateful to the inspectors for their report on the hostel.\n"
             "\"It is very pleasing that the staff are thanked for their work.\"\n",
             intro);
    ix_doc *doc = t_extract_until(text, "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, intro);
    assert_string_equal(doc->title.rule, "title.first_sentence");
    t_free(doc);
    /* near miss: a short introduction is passed over */
    doc = t_extract_until("The main findings were:\n\nMarl hostel rated good\n\nInspectors found "
                          "the hostel well run and its staff kind to everyone they met there.\n",
                          "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Marl hostel rated good");
    t_free(doc);
}

/* A heading run into the first sentence of a PDF or form copy ends at the
 * line where a sentence opens, or before an address in capitals. */
#define MEMO_HEAD "(QS) of hostel work in Marlshire\n\nTo: Jo Example, Chair of Marlshire Hostel " \
    "Management\nBoard\nCopy to: See copy list at end\nFrom: Ann Example, Assistant Chief " \
    "Inspector (Hostels)\nPublication date: 4 May 2021\n"
#define MEMO_TAIL "hostel work. This report is published on our website. A copy will be\nsent to the " \
    "partner inspectorates to inform their own inspections.\n"

static void title_heading_run_into_the_first_sentence_is_cut(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(MEMO_HEAD "Report of a Quick Screening (QS) of hostel work in Marlshire\n"
                                  "The screening was carried out from 3 to 6 May 2021 as part of our programme of\n"
                                  MEMO_TAIL,
                                  "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Report of a Quick Screening (QS) of hostel work in Marlshire");
    assert_string_equal(doc->title.rule, "title.first_sentence");
    assert_string_equal(t_src(doc, doc->title.span), doc->title.text);
    t_free(doc);
    doc = t_extract_until("Inspection Report on Marl House Care Home (Dunmore) HIGH STREET DUNMORE "
                          "MA1 2BC This report is also available in Welsh Date Inspection Completed "
                          "04/07/2019. The home was rated good by the inspectors.\n",
                          "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Inspection Report on Marl House Care Home (Dunmore)");
    t_free(doc);
    /* near misses: a wrapped line ending in 'of', capitals that open the
     * sentence, two acronyms in capitals */
    doc = t_extract_until(MEMO_HEAD "A Quick Screening (QS) of hostel work was carried out by the inspectors of\n"
                          "The Marl Trust from 3 to 6 May 2021 as part of our programme of inspection of\n"
                          MEMO_TAIL,
                          "title");
    assert_string_equal(doc->title.text, "A Quick Screening (QS) of hostel work was carried out by the "
                                         "inspectors of The Marl Trust from 3 to 6 May 2021 as part of "
                                         "our programme of inspection of hostel work.");
    t_free(doc);
    doc = t_extract_until("OVERSTRETCHED HOSTEL STAFF are struggling to cope, inspectors of HMP YOI "
                          "Marlow said in a report. They found too few staff on every wing they saw.\n",
                          "title");
    assert_string_equal(doc->title.text, "OVERSTRETCHED HOSTEL STAFF are struggling to cope, "
                                         "inspectors of HMP YOI Marlow said in a report.");
    t_free(doc);
}

/* A page that opens with an inspectorate's name and has no headline (a
 * profile or about page) is named by it; one with a headline is not, nor
 * one whose name comes again in the footer. */
static void title_inspectorate_name_names_a_page_without_a_headline(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until("HM Inspectorate of Hostels\n\nWe are the independent inspector of "
                                  "hostels and other places of rest in Marlshire and Dunmore.\n\n"
                                  "About us\n",
                                  "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "HM Inspectorate of Hostels");
    assert_string_equal(doc->title.rule, "title.headline");
    t_free(doc);
    /* near misses */
    doc = t_extract_until("HM Inspectorate of Hostels\n\nMarl hostel rated good\n\nInspectors found "
                          "the hostel well run and its staff kind to everyone they met there.\n",
                          "title");
    assert_string_equal(doc->title.text, "Marl hostel rated good");
    t_free(doc);
    doc = t_extract_until("HM Inspectorate of Hostels\n\nInspectors found the Marl hostel well run and "
                          "its staff kind to everyone they met there.\n\nHM Inspectorate of Hostels\n",
                          "title");
    assert_string_equal(doc->title.text, "Inspectors found the Marl hostel well run and its staff "
                                         "kind to everyone they met there.");
    t_free(doc);
}

/* What a page prints above its navigation ("Search", "Menu") is its
 * masthead: the headline is below; an address slug under the headline is
 * not part of it. */
static void title_masthead_above_navigation_and_slug_line(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Fenmarsh Justice Digest\n"
        "\n"
        "Fresh thinking and sharp opinion on hostels and the people who run them\n"
        "Search\n"
        "Hostel inspectors find kitchens cleaner in Marlow\n"
        "hostel-kitchens-marlow-review\n"
        "Inspectors found the kitchens of the Marlow hostels cleaner than a year ago, and the "
        "staff better trained in food safety.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Hostel inspectors find kitchens cleaner in Marlow");
    assert_string_equal(t_src(doc, doc->title.span), doc->title.text);
    t_free(doc);
    /* near miss: a wrapped line with spaces is no slug */
    doc = t_extract_until(
        "Fenmarsh Justice Digest\n"
        "Search\n"
        "Hostel inspectors find kitchens\n"
        "cleaner in well-run Marlow\n"
        "\n"
        "Inspectors found the kitchens of the Marlow hostels cleaner than a year ago, and the "
        "staff better trained in food safety.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text, "Hostel inspectors find kitchens cleaner in well-run Marlow");
    t_free(doc);
}

/* A report's title run into its text in a PDF copy, one 'sentence' too
 * long to be one: the title ends at its date. */
static void title_report_title_run_into_a_pdf_ends_at_its_date(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Report on an unannounced inspection of Marlow Hostel by the Chief Inspector of Hostels "
        "3 - 14 May 2021 Words we use We try to write plainly "
        "Our reports are written for everyone, and a list of the words we use is kept on "
        "our website for readers who need it Our reports are written for everyone, and a "
        "list of the words we use is kept on our website for readers who need it Our "
        "reports are written for everyone, and a list of the words we use is kept on our "
        "website for readers who need it Our reports are written for everyone, and a list "
        "of the words we use is kept on our website for readers who need it\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text,
                        "Report on an unannounced inspection of Marlow Hostel by the Chief Inspector of "
                        "Hostels 3 - 14 May 2021");
    t_free(doc);
    /* near miss: a sentence of ordinary length keeps its date inside */
    doc = t_extract_until(
        "In May 2021 Marlow Hostel was found clean by the Chief Inspector of Hostels and her team.\n",
        "title");
    assert_non_null(doc->title.text);
    assert_string_equal(doc->title.text,
                        "In May 2021 Marlow Hostel was found clean by the Chief Inspector of Hostels and her team.");
    t_free(doc);
}

static void title_standfirst_printed_twice_is_not_the_headline(void **state)
{
    (void)state;
    /* a standfirst printed twice in a row under its headline */
    ix_doc *doc = t_extract_until(
        "Skip to main content\n"
        "\n"
        "Marlow hostel wardens praised\n"
        "\n"
        "Kitchens and gardens were kept in fine order all year\n"
        "\n"
        "Kitchens and gardens were kept in fine order all year\n"
        "\n"
        "The wardens of Marlow hostel have been praised by the county inspectors, who found the "
        "kitchens and gardens in fine order and the residents well looked after.\n",
        "title");
    assert_string_equal(doc->title.text, "Marlow hostel wardens praised");
    assert_string_equal(doc->title.rule, "title.headline");
    assert_string_equal(t_src(doc, doc->title.span), doc->title.text);
    t_free(doc);
    /* near miss: printed twice and a third time above the story, the
     * doubled line is the page's own headline, not a standfirst */
    doc = t_extract_until(
        "Latest stories about hostels\n"
        "\n"
        "Marlow hostel wardens praised by inspectors\n"
        "Marlow hostel wardens praised by inspectors\n"
        "\n"
        "Fenmarsh Gazette\n"
        "\n"
        "Marlow hostel wardens praised by inspectors\n"
        "\n"
        "The wardens of Marlow hostel have been praised by the county inspectors, who found the "
        "kitchens in fine order.\n",
        "title");
    assert_string_equal(doc->title.text, "Marlow hostel wardens praised by inspectors");
    assert_string_equal(doc->title.rule, "title.repeated_heading");
    t_free(doc);
}

/* Text-size and contrast controls and a prompt to set where the reader
 * lives (with the rest of its paragraph) are chrome; a headline opening
 * with 'Large' is still a headline. */
static void title_skips_text_size_controls_and_a_location_prompt(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Text Only\n"
        "Default Text Size icon Larger Text Size icon Largest Text Size icon\n"
        "Normal contrast\n"
        "Set your postcode This will tailor the news and events you see to your own town.\n"
        "\n"
        "Fenmarsh Police inspection report and force performance\n"
        "\n"
        "In its latest report the inspectorate found that Fenmarsh Police answered most calls "
        "quickly and kept victims informed.\n",
        "title");
    assert_string_equal(doc->title.text, "Fenmarsh Police inspection report and force performance");
    t_free(doc);
    /* near miss: a headline that starts with a word of size */
    doc = t_extract_until(
        "Large text messages warn hostel residents of inspection\n"
        "\n"
        "Residents of Marlow hostel were sent text messages before the inspectors arrived, the "
        "report says.\n",
        "title");
    assert_string_equal(doc->title.text, "Large text messages warn hostel residents of inspection");
    t_free(doc);
}

/* A line ending in ":-" introduces what follows, as one ending in ":"
 * does: the heading above it is the headline, even where the lead shares
 * more words with the introduction. */
static void title_line_ending_in_colon_dash_introduces(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Monday, 3 March 2014\n\n"
        "Trouble at Acme\n\n"
        "Below is the latest inspection report on probation from the inspectorate:-\n\n"
        "This is our inspection report on probation work in the Tarn area, which Acme runs.\n",
        "title");
    assert_string_equal(doc->title.text, "Trouble at Acme");
    t_free(doc);
}

/* An old browser's notices and a labelled date line before the headline:
 * "Your browser is no longer supported", "For the best possible experience
 * ...", "We'll assume ... cookies", "Learn more", "Date published: ...";
 * a headline that merely mentions a browser is kept. */
static void title_skips_browser_notices_and_a_date_published_line(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Your browser is no longer supported\n\n"
        "For the best possible experience of this site we recommend that you upgrade.\n\n"
        "We'll assume you are happy for us to use cookies on this site.\n"
        "Learn more\n\n"
        "Date published: 4th March 2023\n\n"
        "Two ambulance trusts rated good by the regulator\n\n"
        "The regulator rated both trusts good after visits in the winter.\n",
        "title");
    assert_string_equal(doc->title.text, "Two ambulance trusts rated good by the regulator");
    t_free(doc);
    /* a masthead: the publisher's name and acronym alone; a report's own
     * title with its acronym is kept */
    doc = t_extract_until(
        "HM Inspectorate of Harbours and Ferry Services (HMIHFS)\n"
        "Printable version\n\n"
        "Tarn ferry service congratulated for good performance\n\n"
        "The inspectorate found the service good in most areas.\n",
        "title");
    assert_string_equal(doc->title.text, "Tarn ferry service congratulated for good performance");
    t_free(doc);
    doc = t_extract_until(
        "Inspection of Harbour Authority Ferry Services (IHAFS)\n\n"
        "The inspectorate found the service good in most areas.\n",
        "title");
    assert_string_equal(doc->title.text, "Inspection of Harbour Authority Ferry Services (IHAFS)");
    t_free(doc);
    /* near miss: the browser is the story */
    doc = t_extract_until(
        "Prison library browser trial praised by inspectors\n\n"
        "Inspectors found the new library terminals well used.\n",
        "title");
    assert_string_equal(doc->title.text, "Prison library browser trial praised by inspectors");
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(title_press_release_first_line),
        cmocka_unit_test(title_keeps_curly_quotes_as_written),
        cmocka_unit_test(title_skips_blog_chrome_before_the_headline),
        cmocka_unit_test(title_first_paragraph_of_a_blog_is_not_its_author_box),
        cmocka_unit_test(title_skips_safe_exit_accessibility_and_memo_chrome),
        cmocka_unit_test(title_skips_promotions_and_a_greeting_paragraph),
        cmocka_unit_test(title_skips_a_search_box_prompt),
        cmocka_unit_test(title_skips_article_controls_and_site_links),
        cmocka_unit_test(title_skips_email_chrome_and_byline),
        cmocka_unit_test(title_drops_site_name_and_label),
        cmocka_unit_test(title_prefers_a_headline_about_the_inspection),
        cmocka_unit_test(title_skips_breadcrumbs_and_page_labels),
        cmocka_unit_test(title_skips_a_masthead),
        cmocka_unit_test(title_long_first_line_gives_its_first_words),
        cmocka_unit_test(title_ten_megabyte_line_gives_a_bounded_title),
        cmocka_unit_test(title_is_the_first_sentence_when_prose_starts_at_once),
        cmocka_unit_test(title_skips_a_site_tagline_that_shares_no_words_with_the_story),
        cmocka_unit_test(title_heading_shares_whole_short_words_and_long_stems_with_the_lead),
        cmocka_unit_test(title_skips_cookie_notices_captions_and_licences),
        cmocka_unit_test(title_leaves_out_a_scraper_date_label_and_wrapping_quotes),
        cmocka_unit_test(title_prefers_a_heading_printed_again_below),
        cmocka_unit_test(title_skips_council_paper_and_caption_lines),
        cmocka_unit_test(title_skips_calls_to_action_and_late_bylines),
        cmocka_unit_test(chrome_at_the_start_is_anchored),
        cmocka_unit_test(title_skips_chrome_at_a_block_start_and_anywhere),
        cmocka_unit_test(title_drops_a_written_date_run_into_the_first_sentence),
        cmocka_unit_test(title_menu_and_masthead_repeated_in_the_footer_are_not_the_headline),
        cmocka_unit_test(title_skips_a_teaser_cut_short),
        cmocka_unit_test(title_skips_a_regulator_entry_label),
        cmocka_unit_test(title_skips_an_attendee_entry),
        cmocka_unit_test(title_long_line_ending_in_a_colon_is_the_first_sentence),
        cmocka_unit_test(title_heading_run_into_the_first_sentence_is_cut),
        cmocka_unit_test(title_inspectorate_name_names_a_page_without_a_headline),
        cmocka_unit_test(title_masthead_above_navigation_and_slug_line),
        cmocka_unit_test(title_report_title_run_into_a_pdf_ends_at_its_date),
        cmocka_unit_test(title_standfirst_printed_twice_is_not_the_headline),
        cmocka_unit_test(title_skips_text_size_controls_and_a_location_prompt),
        cmocka_unit_test(title_skips_browser_notices_and_a_date_published_line),
        cmocka_unit_test(title_line_ending_in_colon_dash_introduces),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
