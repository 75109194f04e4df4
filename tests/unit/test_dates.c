/* Dates: forms, ranges, times, roles, repeats and what is not a date, on
 * texts written for these tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extractors/dates.h"
#include "extractors/dates_parse.h"
#include "pipeline/doc.h"
#include "tests/unit/support.h"

static ix_doc *run(const char *text)
{
    return t_extract_until(text, "dates");
}

/* The first date with this start (and role, when not NULL). */
static const ix_date *find(const ix_doc *doc, const char *role, const char *start)
{
    for (size_t i = 0; i < doc->dates.n; i++) {
        const ix_date *d = &doc->dates.items[i];
        if (strcmp(d->start, start) == 0 && (!role || strcmp(d->role, role) == 0))
            return d;
    }
    return NULL;
}

static size_t count_role(const ix_doc *doc, const char *role)
{
    size_t n = 0;
    for (size_t i = 0; i < doc->dates.n; i++)
        n += strcmp(doc->dates.items[i].role, role) == 0;
    return n;
}

static int has_warning(const ix_doc *doc, const char *code)
{
    for (size_t i = 0; i < doc->warnings.n; i++)
        if (strcmp(doc->warnings.items[i].code, code) == 0)
            return 1;
    return 0;
}

/* One sentence, one date: check value, time, role, rule and evidence. */
static void expect_one(const char *text, const char *role, const char *start, const char *end,
                       const char *time, const char *evidence, const char *rule)
{
    ix_doc *doc = run(text);
    if (doc->dates.n != 1) {
        for (size_t i = 0; i < doc->dates.n; i++)
            print_message("  got %s %s %s '%s'\n", doc->dates.items[i].role,
                          doc->dates.items[i].start, doc->dates.items[i].end,
                          t_src(doc, doc->dates.items[i].span));
        fail_msg("'%s': %zu dates, expected 1", text, doc->dates.n);
    }
    const ix_date *d = &doc->dates.items[0];
    assert_string_equal(d->role, role);
    assert_string_equal(d->start, start);
    assert_string_equal(d->end, end);
    assert_string_equal(d->time, time);
    assert_string_equal(t_src(doc, d->span), evidence);
    assert_null(d->text);
    if (rule)
        assert_string_equal(d->rule, rule);
    t_free(doc);
}

static void expect_none(const char *text)
{
    ix_doc *doc = run(text);
    if (doc->dates.n != 0)
        fail_msg("'%s': read '%s' as %s", text, t_src(doc, doc->dates.items[0].span),
                 doc->dates.items[0].start);
    t_free(doc);
}

/* ---- forms ------------------------------------------------------------ */

/* A two-digit year only where the date fills its line ("19 Feb 19", a news
 * site's date line); in a sentence "19 February 20" is a day and a count. */
static void dates_two_digit_year_on_a_line_of_its_own(void **state)
{
    (void)state;
    expect_one("Firm collapses\n\n19 Feb 19\n\nA company went into administration.\n",
               "publication", "2019-02-19", "", "", "19 Feb 19", "dates.dateline");
    expect_none("Firm collapses\n\nOn 19 February 20 people were seen.\n");
    expect_none("Firm collapses\n\nOn the day, 19 February 20 staff left.\n");
}

/* Month names in any case, short and ambiguous ones only capitalised,
 * whole words only. */
static void dates_parse_month_names_a_month_word(void **state)
{
    (void)state;
    const char *s = "NOVEMBER september May may Sept Nov novel Mayor";
    size_t n = strlen(s);
    assert_int_equal(ix_dates_parse_month(s, 0, n), 11);
    assert_int_equal(ix_dates_parse_month(s, 9, n), 9);
    assert_int_equal(ix_dates_parse_month(s, 19, n), 5);
    assert_int_equal(ix_dates_parse_month(s, 23, n), 0);
    assert_int_equal(ix_dates_parse_month(s, 27, n), 9);
    assert_int_equal(ix_dates_parse_month(s, 32, n), 11);
    assert_int_equal(ix_dates_parse_month(s, 36, n), 0);
    assert_int_equal(ix_dates_parse_month(s, 42, n), 0);
}

static void dates_reads_day_month_year_forms(void **state)
{
    (void)state;
    expect_one("The board met on 4 March 2021 to agree the plan.",
               "other", "2021-03-04", "", "", "4 March 2021", "dates.other");
    expect_one("The board met on 4th March 2021 to agree the plan.",
               "other", "2021-03-04", "", "", "4th March 2021", NULL);
    expect_one("The board met on the 21st of June 2019 to agree the plan.",
               "other", "2019-06-21", "", "", "the 21st of June 2019", NULL);
    expect_one("The board met on Thursday 4 March 2021 to agree the plan.",
               "other", "2021-03-04", "", "", "Thursday 4 March 2021", NULL);
    expect_one("The board met on Thursday, 4 March, 2021 to agree the plan.",
               "other", "2021-03-04", "", "", "Thursday, 4 March, 2021", NULL);
}

static void dates_reads_month_first_forms(void **state)
{
    (void)state;
    expect_one("The board met on March 4, 2021 to agree the plan.",
               "other", "2021-03-04", "", "", "March 4, 2021", NULL);
    expect_one("The board met on Sept 30, 2020 to agree the plan.",
               "other", "2020-09-30", "", "", "Sept 30, 2020", NULL);
    expect_one("The board met on Dec. 1, 2019 to agree the plan.",
               "other", "2019-12-01", "", "", "Dec. 1, 2019", NULL);
}

static void dates_reads_numeric_day_first_and_iso(void **state)
{
    (void)state;
    expect_one("The board met on 23/02/2021 to agree the plan.",
               "other", "2021-02-23", "", "", "23/02/2021", NULL);
    expect_one("The board met on 2021-02-23 to agree the plan.",
               "other", "2021-02-23", "", "", "2021-02-23", NULL);
    expect_one("The board met on 23.02.2021 to agree the plan.",
               "other", "2021-02-23", "", "", "23.02.2021", NULL);
    expect_one("The board met on 23/02/21 to agree the plan.",
               "other", "2021-02-23", "", "", "23/02/21", NULL);
}

static void dates_numeric_date_that_reads_both_ways_is_day_first_with_warning(void **state)
{
    (void)state;
    ix_doc *doc = run("The board met on 05/04/2021 to agree the plan.");
    assert_int_equal(doc->dates.n, 1);
    assert_string_equal(doc->dates.items[0].start, "2021-04-05");
    assert_true(has_warning(doc, "ambiguous_date"));
    t_free(doc);
}

static void dates_month_first_numeric_date_is_not_read(void **state)
{
    (void)state;
    expect_none("The board met on 02/23/2021 to agree the plan.");
}

static void dates_reads_month_and_year(void **state)
{
    (void)state;
    expect_one("The new contracts began in February 2019 across the region.",
               "other", "2019-02", "", "", "February 2019", NULL);
    expect_one("The new contracts began in Oct 2019 across the region.",
               "other", "2019-10", "", "", "Oct 2019", NULL);
}

static void dates_reads_bare_year_after_a_preposition(void **state)
{
    (void)state;
    expect_one("The partnership was formed in 2015 by three councils.",
               "other", "2015", "", "", "2015", "dates.other");
    expect_one("Staffing has been stable since 2016.",
               "other", "2016", "", "", "2016", NULL);
    expect_one("The figures (2019) were published by the ministry.",
               "other", "2019", "", "", "2019", NULL);
    expect_one("The 2018 review of the service was positive.",
               "other", "2018", "", "", "2018", NULL);
    /* a comparison names the year compared with */
    expect_one("Good grades rose by 9 points, a clear rise on 2017/18.",
               "other", "2017", "2018", "", "2017/18", NULL);
    expect_one("Waiting times were shorter compared with 2016.",
               "other", "2016", "", "", "2016", NULL);
    /* a year a period runs into, within or towards */
    expect_one("The hostel's steady progress continues into 2022.",
               "other", "2022", "", "", "2022", NULL);
    expect_one("Three wardens left within 2021.", "other", "2021", "", "", "2021", NULL);
    expect_one("The plan looks towards 2030 and beyond.", "other", "2030", "", "", "2030", NULL);
    /* near miss: a count after the number */
    expect_none("The scheme grew into 2019 households.");
}

static void dates_qualified_periods_keep_their_precision_and_name_the_qualifier(void **state)
{
    (void)state;
    expect_one("Leaders expect the new model to be in place by the end of March 2022.",
               "other", "2022-03", "", "", "the end of March 2022", "dates.other.end_of");
    expect_one("The merger is expected in late 2021, leaders said.",
               "other", "2021", "", "", "late 2021", "dates.other.late");
    expect_one("The merger was agreed in early 2020, leaders said.",
               "other", "2020", "", "", "early 2020", "dates.other.early");
    expect_one("The merger was agreed in mid-2020, leaders said.",
               "other", "2020", "", "", "mid-2020", "dates.other.mid");
    expect_one("The merger was agreed at the beginning of 2020, leaders said.",
               "other", "2020", "", "", "the beginning of 2020", "dates.other.start_of");
}

/* A season names its year, not a run of months: where one ends is a matter
 * of usage ('summer 2017' is 2017; a winter across two years is the pair). */
static void dates_seasons_are_years_and_halves_month_ranges(void **state)
{
    (void)state;
    expect_one("A new hub opened in spring 2021 in the city centre.",
               "other", "2021", "", "", "spring 2021", "dates.other.season");
    expect_one("A new hub opened in the autumn of 2020 in the city centre.",
               "other", "2020", "", "", "the autumn of 2020", "dates.other.season");
    expect_one("A new hub opened after the summer 2019 election in the city centre.",
               "other", "2019", "", "", "the summer 2019", "dates.other.season");
    expect_one("A new hub opened during winter 2020/21 in the city centre.",
               "other", "2020", "2021", "", "winter 2020/21", "dates.other.season");
    expect_one("A new hub opened in the first half of 2020 in the city centre.",
               "other", "2020-01", "2020-06", "", "the first half of 2020", "dates.other.half");
}

/* ---- times ------------------------------------------------------------ */

static void dates_time_before_or_after_the_day_is_attached(void **state)
{
    (void)state;
    expect_one("The statement was issued at 10:30 am on 4 March 2021 by the council.",
               "other", "2021-03-04", "", "10:30", "10:30 am on 4 March 2021", NULL);
    expect_one("The statement was issued on Mar 4, 2021 10:30 pm by the council.",
               "other", "2021-03-04", "", "22:30", "Mar 4, 2021 10:30 pm", NULL);
    expect_one("The statement was issued on 4 March 2021 at 9.15 by the council.",
               "other", "2021-03-04", "", "09:15", "4 March 2021 at 9.15", NULL);
    expect_one("The statement was issued at 6pm on 4 March 2021 by the council.",
               "other", "2021-03-04", "", "18:00", "6pm on 4 March 2021", NULL);
}

static void dates_a_number_with_a_point_is_not_a_time_without_a_day(void **state)
{
    (void)state;
    expect_one("In March 2021 12.30 per cent of cases were late.",
               "other", "2021-03", "", "", "March 2021", NULL);
}

/* ---- ranges ----------------------------------------------------------- */

static void dates_month_pairs_and_lists_are_one_range(void **state)
{
    (void)state;
    expect_one("Reviews ran through September and October 2020 in every office.",
               "other", "2020-09", "2020-10", "", "September and October 2020", NULL);
    expect_one("Reviews ran from June to August 2020 in every office.",
               "other", "2020-06", "2020-08", "", "June to August 2020", NULL);
    expect_one("Reviews ran in April, May and June 2020 in every office.",
               "other", "2020-04", "2020-06", "", "April, May and June 2020", NULL);
    expect_one("Reviews ran from December to February 2021 in every office.",
               "other", "2020-12", "2021-02", "", "December to February 2021", NULL);
}

static void dates_day_ranges_borrow_month_and_year(void **state)
{
    (void)state;
    expect_one("Staff were interviewed between 8 and 19 March 2021 in each office.",
               "other", "2021-03-08", "2021-03-19", "", "8 and 19 March 2021", NULL);
    /* an en dash in the original, folded to '-' in the norm text */
    expect_one("Staff were interviewed on 8\xE2\x80\x93" "19 March 2021 in each office.",
               "other", "2021-03-08", "2021-03-19", "", "8\xE2\x80\x93" "19 March 2021", NULL);
    expect_one("Staff were interviewed from 28 February to 5 March 2021 in each office.",
               "other", "2021-02-28", "2021-03-05", "", "28 February to 5 March 2021", NULL);
    expect_one("Staff were interviewed on June 7-18, 2021 in each office.",
               "other", "2021-06-07", "2021-06-18", "", "June 7-18, 2021", NULL);
}

static void dates_year_ranges(void **state)
{
    (void)state;
    expect_one("Budgets were cut between 2016 and 2018 across the county.",
               "other", "2016", "2018", "", "2016 and 2018", NULL);
    expect_one("Budgets were cut in 2019/20 across the county.",
               "other", "2019", "2020", "", "2019/20", NULL);
    expect_one("Budgets were cut from 2014 to 2017 across the county.",
               "other", "2014", "2017", "", "2014 to 2017", NULL);
}

/* 'and' between two full dates names two days, unless 'between' comes first. */
static void dates_two_full_dates_joined_by_and_are_two_dates(void **state)
{
    (void)state;
    ix_doc *doc = run("Panels sat on 3 May 2021 and 14 June 2021 to hear appeals.");
    assert_int_equal(doc->dates.n, 2);
    assert_string_equal(doc->dates.items[0].start, "2021-05-03");
    assert_string_equal(doc->dates.items[0].end, "");
    assert_string_equal(doc->dates.items[1].start, "2021-06-14");
    t_free(doc);
    /* two dates of different precision, or an aside between them, after 'between': a range */
    expect_one("Of the services inspected between May 2014 and 31 March 2016, most were good.",
               "other", "2014-05", "2016-03-31", "", "May 2014 and 31 March 2016", NULL);
    expect_one("Of the services inspected between May 2014, when the scheme began, and 31 March "
               "2016, most were good.",
               "other", "2014-05", "2016-03-31", "",
               "May 2014, when the scheme began, and 31 March 2016", NULL);
    /* not without 'between', nor across a clause's end */
    doc = run("Panels sat in May 2014, when the scheme began, and 31 March 2016 was the last.");
    assert_int_equal(doc->dates.n, 2);
    t_free(doc);
}

/* ---- invalid and not dates -------------------------------------------- */

static void dates_impossible_day_is_not_output_and_warns(void **state)
{
    (void)state;
    ix_doc *doc = run("A panel was booked for 30 February 2021 by mistake.");
    assert_int_equal(doc->dates.n, 0);   /* not even 'February 2021' */
    assert_true(has_warning(doc, "invalid_date"));
    t_free(doc);
    doc = run("A panel was booked for 29 February 2020, a leap day.");
    assert_int_equal(doc->dates.n, 1);
    assert_string_equal(doc->dates.items[0].start, "2020-02-29");
    t_free(doc);
}

static void dates_numbers_that_are_not_years_are_not_dates(void **state)
{
    (void)state;
    expect_none("The service supervised 2,019 people across the area.");
    expect_none("The service had a caseload of 2018 across the area.");
    expect_none("There were 2017 referrals from the courts.");
    expect_none("For details call 0161 2019 3344 or write to PO Box 2018.");
    expect_none("The team is based in Room 2016 of the civic centre.");
    expect_none("Spending rose from 2015 to 2600 pounds a head.");
    expect_none("The fund paid out \xC2\xA3" "2019 to each family.");
    expect_none("Some 2019 of the cases were closed early.");
    expect_none("Inspectors read 21 cases and 14 reports; 18% were late.");
    expect_none("2019 was a difficult year for the service.");
    /* near misses after a comparison word: a phone number, a count */
    expect_none("Call the hostel on 2019 3344 for details.");
    expect_none("The hostel dealt with 2019 referrals last year.");
}

static void dates_day_or_month_without_a_year_is_not_a_date(void **state)
{
    (void)state;
    expect_none("The panel sits on 4 March each year.");
    expect_none("In May, the board met twice.");
    expect_none("Staff may march on to the next task.");
}

/* ---- roles: publication ----------------------------------------------- */

static void dates_embargo_line_in_the_notes_is_publication(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Wessex youth justice service praised by inspectors\n\n"
        "Inspectors praised the service's work with children.\n\n"
        "ENDS\n\n"
        "Notes to editors\n"
        "1. The report will be published on www.example.gov.uk at 00.01 on Tuesday 9 March 2021.\n"
        "2. The inspectorate is independent of government.\n");
    const ix_date *d = find(doc, "publication", "2021-03-09");
    assert_non_null(d);
    assert_string_equal(d->time, "00:01");
    assert_string_equal(d->rule, "dates.embargo_line");
    assert_string_equal(t_src(doc, d->span), "00.01 on Tuesday 9 March 2021");
    assert_int_equal(doc->dates.n, 1);
    t_free(doc);
}

static void dates_embargo_with_time_after_the_date_is_publication(void **state)
{
    (void)state;
    expect_one("This report is available at example.org/reports on 9 March 2021 00:01.",
               "publication", "2021-03-09", "", "00:01", "9 March 2021 00:01", "dates.embargo_line");
    expect_one("Embargo: 00:01 BST Tuesday 9 March 2021",
               "publication", "2021-03-09", "", "00:01", "00:01 BST Tuesday 9 March 2021",
               "dates.embargo_line");
    expect_one("EMBARGOED UNTIL 00:01 hrs Tuesday 9 March 2021",
               "publication", "2021-03-09", "", "00:01", "00:01 hrs Tuesday 9 March 2021",
               "dates.embargo_line");
}

static void dates_published_today_takes_the_bracketed_date(void **state)
{
    (void)state;
    expect_one("Mercia's probation service is failing, according to a report published earlier today (9 March 2021).",
               "publication", "2021-03-09", "", "", "9 March 2021", "dates.published_today");
    expect_one("Today (9 March 2021) the inspectorate publishes its report on Mercia.",
               "publication", "2021-03-09", "", "", "9 March 2021", "dates.published_today");
    expect_one("The report, published yesterday (8 March 2021), found Mercia's service poor.",
               "publication", "2021-03-08", "", "", "8 March 2021", "dates.published_today");
}

static void dates_byline_date_is_publication(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspectors find youth service 'outstanding'\n\n"
        "By Sam Carter on Mar 9, 2021 08:15 am\n\n"
        "The inspectorate has praised a youth justice service in the west.\n");
    const ix_date *d = find(doc, "publication", "2021-03-09");
    assert_non_null(d);
    assert_string_equal(d->time, "08:15");
    assert_string_equal(d->rule, "dates.byline");
    assert_string_equal(t_src(doc, d->span), "Mar 9, 2021 08:15 am");
    t_free(doc);
}

static void dates_byline_with_a_job_title_is_publication(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Constabulary must improve crime recording\n\n"
        "By Sam Carter, Senior Reporter, 4 May 2021\n\n"
        "The force was criticised by inspectors.\n");
    const ix_date *d = find(doc, "publication", "2021-05-04");
    assert_non_null(d);
    assert_string_equal(d->rule, "dates.byline");
    t_free(doc);
}

static void dates_dateline_is_publication(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspectors find youth service 'outstanding'\n\n"
        "Published: 9 March 2021\n\n"
        "The inspectorate has praised a youth justice service in the west.\n");
    const ix_date *d = find(doc, "publication", "2021-03-09");
    assert_non_null(d);
    assert_string_equal(d->rule, "dates.dateline");
    t_free(doc);
}

/* A dateline's label is any word of publishing, with or without 'date' and
 * 'on'/'at': "Published date:", "Issue date:", "Press release date:",
 * "Media release", "Release:", "Published at".  Near miss: a label that
 * names no publishing ("Review date:") is not one. */
static void dates_dateline_labels_of_every_publishing_word(void **state)
{
    (void)state;
    static const char *const labels[] = {
        "Published date: 9 March 2021", "Issue date: 9 March 2021", "Press release date: 9 March 2021",
        "Media release 9 March 2021", "Release: 9 March 2021", "Published at 9 March 2021",
        "Date released: 9 March 2021", "Originally posted: 9 March 2021",
        /* a site's other labels of the same stamp */
        "Publish date: 09.03.2021", "Created: 9 March 2021", "Added: 9 March 2021",
        "Submitted on 9 March 2021", "Uploaded: 9 March 2021", "Story date: 9 March 2021",
        "Article date: 9 March 2021", "Date created: 9 March 2021", "Date added: 9 March 2021", NULL,
    };
    for (int i = 0; labels[i]; i++) {
        char text[300];
        snprintf(text, sizeof text,
                 "Inspectors find Dunmore youth service 'outstanding'\n\n%s\n\n"
                 "The inspectorate has praised a youth justice service in the west.\n", labels[i]);
        ix_doc *doc = run(text);
        const ix_date *d = find(doc, "publication", "2021-03-09");
        if (!d)
            fail_msg("'%s' is not read as a dateline", labels[i]);
        assert_string_equal(d->rule, "dates.dateline");
        t_free(doc);
    }
    ix_doc *doc = run("Inspectors find Dunmore youth service 'outstanding'\n\nReview date: 9 March 2021\n\n"
                      "The inspectorate has praised a youth justice service in the west, whose staff "
                      "know the children they work with and plan well for every one of them.\n");
    assert_null(find(doc, "publication", "2021-03-09"));
    t_free(doc);
    /* near miss: a verb of the label's kind that dates something else */
    doc = run("Inspectors find Dunmore youth service 'outstanding'\n\nAdded to the list of hostels in 2019\n\n"
              "The inspectorate has praised a youth justice service in the west, whose staff "
              "know the children they work with and plan well for every one of them.\n");
    assert_int_equal(count_role(doc, "publication"), 0);
    t_free(doc);
}

static void dates_other_reports_and_by_phrases_are_not_publication(void **state)
{
    (void)state;
    expect_one("A thematic report published on 3 May 2020 found similar problems.",
               "other", "2020-05-03", "", "", "3 May 2020", NULL);
    expect_one("By 2023, the service must recruit forty officers.",
               "other", "2023", "", "", "2023", NULL);
    expect_one("By comparison, in 2019 the service had fewer staff.",
               "other", "2019", "", "", "2019", NULL);
}

/* ---- roles: fieldwork ------------------------------------------------- */

static void dates_fieldwork_phrasings(void **state)
{
    (void)state;
    expect_one("Fieldwork for this inspection took place in September and October 2020.",
               "fieldwork", "2020-09", "2020-10", "", "September and October 2020", "dates.fieldwork");
    expect_one("The fieldwork was carried out between 8 and 19 March 2021.",
               "fieldwork", "2021-03-08", "2021-03-19", "", "8 and 19 March 2021", NULL);
    expect_one("Fieldwork dates: 8-19 March 2021",
               "fieldwork", "2021-03-08", "2021-03-19", "", "8-19 March 2021", NULL);
    expect_one("The inspection took place in January 2021.",
               "fieldwork", "2021-01", "", "", "January 2021", NULL);
    expect_one("HM Inspectorate of Probation conducted an announced inspection of Mercia Youth Justice Service in January 2021.",
               "fieldwork", "2021-01", "", "", "January 2021", NULL);
    expect_one("Inspectors visited the service in January 2021 and spoke to staff.",
               "fieldwork", "2021-01", "", "", "January 2021", NULL);
    expect_one("The service was inspected in January 2021.",
               "fieldwork", "2021-01", "", "", "January 2021", NULL);
    expect_one("The hostel was visited by two inspectors on 12 January 2021.",
               "fieldwork", "2021-01-12", "", "", "12 January 2021", "dates.fieldwork");
    /* near miss: a clause about something else between them */
    expect_one("The hostel was visited by the minister, who praised the work begun in January 2021.",
               "other", "2021-01", "", "", "January 2021", "dates.other");
    expect_one("In January 2021, inspectors visited the service and spoke to staff.",
               "fieldwork", "2021-01", "", "", "January 2021", NULL);
}

static void dates_inspectorate_acronym_and_joint_inspection_are_fieldwork(void **state)
{
    (void)state;
    expect_one("HMICFRS inspected the force in January 2021.",
               "fieldwork", "2021-01", "", "", "January 2021", "dates.fieldwork");
    expect_one("We carried out this announced inspection on 12 and 13 January 2021.",
               "fieldwork", "2021-01-12", "2021-01-13", "", "12 and 13 January 2021", NULL);
    expect_one("The inspection was conducted jointly with the prisons inspectorate in January 2021.",
               "fieldwork", "2021-01", "", "", "January 2021", NULL);
    /* 'since the inspection' usually means this one: no role */
    expect_one("Since the inspection in January 2021, the force has appointed a new lead.",
               "other", "2021-01", "", "", "January 2021", NULL);
    expect_one("Outcomes were better than at the inspection in 2018.",
               "previous_inspection", "2018", "", "", "2018", NULL);
}

static void dates_second_date_joined_by_and_shares_the_role(void **state)
{
    (void)state;
    ix_doc *doc = run("Fieldwork took place in January 2021 and February 2021.");
    assert_int_equal(doc->dates.n, 2);
    assert_string_equal(doc->dates.items[0].role, "fieldwork");
    assert_string_equal(doc->dates.items[1].role, "fieldwork");
    assert_string_equal(doc->dates.items[1].start, "2021-02");
    t_free(doc);
}

static void dates_future_inspection_is_not_fieldwork(void **state)
{
    (void)state;
    expect_one("The service will be inspected in June 2022.",
               "other", "2022-06", "", "", "June 2022", NULL);
    expect_one("The next inspection will take place in spring 2023.",
               "other", "2023", "", "", "spring 2023", NULL);
}

static void dates_following_an_inspection_and_team_on_site_are_fieldwork(void **state)
{
    (void)state;
    expect_one("The service has been rated 'Good' following an inspection in June 2021.",
               "fieldwork", "2021-06", "", "", "June 2021", "dates.fieldwork");
    expect_one("The inspection team was on site from 7 to 11 June 2021.",
               "fieldwork", "2021-06-07", "2021-06-11", "", "7 to 11 June 2021", NULL);
    expect_one("Inspection dates: 7-11 June 2021",
               "fieldwork", "2021-06-07", "2021-06-11", "", "7-11 June 2021", NULL);
    expect_one("The inspection of the prison took place from 2 to 13 September 2019.",
               "fieldwork", "2019-09-02", "2019-09-13", "", "2 to 13 September 2019", NULL);
}

static void dates_report_published_on_a_day_is_publication(void **state)
{
    (void)state;
    expect_one("The report was published on 21 January 2020.",
               "publication", "2020-01-21", "", "", "21 January 2020", "dates.published_on");
    expect_one("On 21 January 2020 HM Inspectorate of Prisons published its report on the prison.",
               "publication", "2020-01-21", "", "", "21 January 2020", "dates.published_on");
    /* every verb of publishing the pattern reads passes its gate */
    expect_one("The findings were set out in a report issued on 4 May 2021.",
               "publication", "2021-05-04", "", "", "4 May 2021", "dates.published_on");
    expect_one("The trust responded in a report made public on 4 May 2021.",
               "publication", "2021-05-04", "", "", "4 May 2021", "dates.published_on");
    /* near miss: a report issued to someone on a day is no publication cue of this form */
    expect_one("The council issued a notice on 4 May 2021.",
               "other", "2021-05-04", "", "", "4 May 2021", NULL);
}

static void dates_a_date_line_at_the_top_of_a_page_is_publication(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Skip to content\n\n"
        "Wednesday, March 3, 2021\n\n"
        "Marlcombe youth service praised by inspectors\n\n"
        "The youth justice service in Marlcombe was praised by inspectors for the care it "
        "takes with children, in a report that found strong leadership and good partnerships "
        "across the county, and a team that knows its children well.\n\n"
        "An earlier story ran on 4 February 2021.\n");
    const ix_date *d = find(doc, "publication", "2021-03-03");
    assert_non_null(d);
    assert_string_equal(d->rule, "dates.dateline");
    /* a date alone on its line below the story is not the page's date */
    assert_int_equal(count_role(doc, "publication"), 1);
    t_free(doc);
    doc = run("Fenmoor CRC rated Good\n\nBy Sam Lee\n\n| 13 August 2015\n\nInspectors rated the CRC "
              "good overall after a long inspection that looked at every part of its work with "
              "people on probation and with the courts of the county.\n");
    assert_non_null(find(doc, "publication", "2015-08-13"));
    t_free(doc);
    doc = run("Probation unit told to improve\n\nMon 3 May 2021 06.00 BST\n\nThe probation unit in "
              "Fenshire must improve its work, inspectors said in a report on the unit that found "
              "too few staff and too many cases for each of them to manage.\n");
    d = find(doc, "publication", "2021-05-03");
    assert_non_null(d);
    assert_string_equal(d->time, "06:00");
    t_free(doc);
    expect_one("NOTE: This content is archived - Published: Tuesday, Jan 28th, 2014.",
               "publication", "2014-01-28", "", "", "Tuesday, Jan 28th, 2014", "dates.dateline");
}

/* A time stamp alone on its line dates the post under it, wherever it
 * stands (a listing's items each have one); a day and time inside a
 * sentence is no stamp. */
static void dates_time_stamp_line_is_publication(void **state)
{
    (void)state;
    ix_doc *doc = run("Charity responses\n\nResponse: HMP Fenwick\n\n"
                      "12/03/2019 10:15:00\n\nCommenting on the report on Fenwick, the charity "
                      "said the prison needed more staff and a better regime for the men held "
                      "there, and that the findings were worrying for the whole estate.\n\n"
                      "Response: HMP Aldmoor\n\n00:01 05/02/2019\n\nCommenting on Aldmoor, "
                      "the charity said the report showed real progress at the jail.\n");
    const ix_date *d = find(doc, "publication", "2019-03-12");
    assert_non_null(d);
    assert_string_equal(d->time, "10:15");
    assert_string_equal(d->rule, "dates.dateline");
    assert_string_equal(t_src(doc, d->span), "12/03/2019 10:15:00");
    d = find(doc, "publication", "2019-02-05");
    assert_non_null(d);
    assert_string_equal(d->time, "00:01");
    t_free(doc);
    expect_one("The call was logged at 12/03/2019 10:15 by the duty officer.",
               "other", "2019-03-12", "", "10:15", "12/03/2019 10:15", "dates.other");
}

/* A regulator's list of a service's inspections: a date alone on its line
 * over 'During a routine inspection' is that inspection's date. */
static void dates_inspection_list_entry_is_fieldwork(void **state)
{
    (void)state;
    ix_doc *doc = run("Brookfield House\n\nAll inspections\n\n14 June 2022\n\n"
                      "During a routine inspection\n\nBrookfield House is a care home for up to "
                      "twenty people. We rated the service good in every area we looked at, "
                      "and found staff kind and well trained.\n");
    const ix_date *d = find(doc, NULL, "2022-06-14");
    assert_non_null(d);
    assert_string_equal(d->role, "fieldwork");
    assert_string_equal(d->rule, "dates.fieldwork");
    t_free(doc);
    doc = run("Brookfield House\n\n14 June 2022\n\nDuring the summer the home held a fete for "
              "residents and their families, with music and games on the lawn for everyone.\n");
    d = find(doc, NULL, "2022-06-14");
    assert_non_null(d);
    assert_string_not_equal(d->role, "fieldwork");
    t_free(doc);
}

static void dates_report_issued_with_its_date_is_publication(void **state)
{
    (void)state;
    /* a news wire's dateline opening the story */
    ix_doc *doc = run("Marlcombe unit told to improve\n\n"
                      "4 May 2021 - The probation unit in Marlcombe must improve its work with "
                      "victims, inspectors said today after an unannounced inspection in March "
                      "2021 that looked at sixty cases and spoke to thirty members of staff.\n");
    assert_non_null(find(doc, "publication", "2021-05-04"));
    assert_non_null(find(doc, "fieldwork", "2021-03"));
    t_free(doc);
    expect_one("The inspectorate has issued a report (10 November 2023) after an unannounced visit.",
               "publication", "2023-11-10", "", "", "10 November 2023", "dates.report_dated");
    expect_one("The inspectorate yesterday (29 April 2025) published its national report.",
               "publication", "2025-04-29", "", "", "29 April 2025", NULL);
}

static void dates_more_ways_to_say_fieldwork(void **state)
{
    (void)state;
    expect_one("Inspectors returned to the Fenshire unit in May 2024 to check on progress.",
               "fieldwork", "2024-05", "", "", "May 2024", "dates.fieldwork");
    expect_one("An inspection by the inspectorate in May 2024 found progress at the unit.",
               "fieldwork", "2024-05", "", "", "May 2024", "dates.fieldwork");
    expect_one("The fieldwork phase ran from 3 to 7 June 2024 in three offices.",
               "fieldwork", "2024-06-03", "2024-06-07", "", "3 to 7 June 2024", "dates.fieldwork");
    expect_one("The inspection (3-7 June 2024) found progress at the unit.",
               "fieldwork", "2024-06-03", "2024-06-07", "", "3-7 June 2024", "dates.fieldwork");
    expect_one("The inspection was in June 2024, after a long wait.",
               "fieldwork", "2024-06", "", "", "June 2024", "dates.fieldwork");
    expect_one("The inspection, which took place in June 2024, found progress.",
               "fieldwork", "2024-06", "", "", "June 2024", "dates.fieldwork");
    expect_one("Inspection visit: 3 June 2024",
               "fieldwork", "2024-06-03", "", "", "3 June 2024", "dates.fieldwork");
    expect_one("The unannounced visit took place on 3 June 2024 at night.",
               "fieldwork", "2024-06-03", "", "", "3 June 2024", "dates.fieldwork");
    expect_one("The Care Quality Commission inspected the Fenshire ward in June 2024.",
               "fieldwork", "2024-06", "", "", "June 2024", "dates.fieldwork");
    expect_one("Care Inspectorate Wales visited the Fenshire home in June 2024.",
               "fieldwork", "2024-06", "", "", "June 2024", "dates.fieldwork");
    /* not a visit of someone else, nor an inspection that was in the news */
    expect_one("The royal visit took place on 3 June 2024 in the rain.",
               "other", "2024-06-03", "", "", "3 June 2024", "dates.other");
    expect_one("The inspection was in the news in June 2024.",
               "other", "2024-06", "", "", "June 2024", "dates.other");
    /* a return that is no inspection's: a person's, not inspectors' */
    expect_one("The manager returned to work in May 2024 after a long absence.",
               "other", "2024-05", "", "", "May 2024", "dates.other");
    expect_one("The report relates to inspections undertaken between May and June 2015.",
               "fieldwork", "2015-05", "2015-06", "", "May and June 2015", "dates.fieldwork");
    expect_one("The inspection undertaken by the inspectorate between 9 and 13 May 2024 looked at "
               "four areas.",
               "fieldwork", "2024-05-09", "2024-05-13", "", "9 and 13 May 2024", NULL);
    expect_one("After the Marlcombe inspection in November 2018, the minister was told.",
               "fieldwork", "2018-11", "", "", "November 2018", NULL);
    expect_one("At the time of the inspection, in January 2023, too many cases were late.",
               "fieldwork", "2023-01", "", "", "January 2023", NULL);
    expect_one("At the time of the inspection (November 2025) the region was busy.",
               "fieldwork", "2025-11", "", "", "November 2025", NULL);
    expect_one("Dame Ann set out the problems found by inspectors in August 2018.",
               "fieldwork", "2018-08", "", "", "August 2018", NULL);
    expect_one("The council was told that an inspection of the service would take place from "
               "19th January 2015.",
               "fieldwork", "2015-01-19", "", "", "19th January 2015", NULL);
    expect_one("The review followed 30 assessments of its services between May 2024 and June 2025.",
               "fieldwork", "2024-05", "2025-06", "", "May 2024 and June 2025", NULL);
}

/* A heading naming an inspection with its date, and a report's title line:
 * the date after the name of the place (or of the inspector) inspected. */
static void dates_inspection_headings_and_report_titles_are_fieldwork(void **state)
{
    (void)state;
    expect_one("Fenshire Youth Justice Service Inspection, July 2021",
               "fieldwork", "2021-07", "", "", "July 2021", "dates.fieldwork");
    expect_one("Report on an unannounced inspection of HMP Fenwick by HM Chief Inspector of "
               "Prisons 3-14 May 2021",
               "fieldwork", "2021-05-03", "2021-05-14", "", "3-14 May 2021", "dates.fieldwork");
    expect_one("Report on a full inspection of Aldmoor Prison 3-14 May 2021: findings",
               "fieldwork", "2021-05-03", "2021-05-14", "", "3-14 May 2021", "dates.fieldwork");
    /* not when other words stand between the name and the date */
    expect_one("The council discussed an inspection of Fenwick Prison at its meeting on 3 May 2021.",
               "other", "2021-05-03", "", "", "3 May 2021", "dates.other");
}

static void dates_years_after_a_possessive_or_a_report_noun(void **state)
{
    (void)state;
    expect_one("It was the first company in the inspectorate's 2018-19 programme to fail.",
               "other", "2018", "2019", "", "2018-19", NULL);
    expect_one("The results of the police inspections 2018/19 were mixed.",
               "other", "2018", "2019", "", "2018/19", NULL);
    expect_one("The inspectorate launched its Youth Annual Report 2023 in the spring.",
               "other", "2023", "", "", "2023", NULL);
    expect_one("We are now in their 2023-25 inspection cycle.",
               "other", "2023", "2025", "", "2023-25", NULL);
    expect_one("Spending during the financial year 2019/20 rose sharply.",
               "other", "2019", "2020", "", "2019/20", NULL);
    expect_none("Each year 2019 cases were closed by the team.");
    /* a count is still no year */
    expect_none("The inspectorate's 2018 staff work across the country.");
}

static void dates_more_ways_to_say_an_earlier_inspection(void **state)
{
    (void)state;
    expect_one("It had previously been rated 'Inadequate' in 2022.",
               "previous_inspection", "2022", "", "", "2022", NULL);
    expect_one("The company has made progress since an inspection in 2016 found many problems.",
               "previous_inspection", "2016", "", "", "2016", NULL);
    expect_one("The unit was last inspected 2023, when it was rated good.",
               "previous_inspection", "2023", "", "", "2023", NULL);
}

static void dates_papers_answers_and_report_covers_are_dated(void **state)
{
    (void)state;
    ix_doc *doc = run("Youth Justice Service inspection outcome\n\n"
                      "Meeting: 07/02/2023 - Scrutiny Committee (Item 6)\n\n"
                      "The committee received the report of the inspection.\n");
    const ix_date *d = find(doc, "publication", "2023-02-07");
    assert_non_null(d);
    assert_string_equal(d->rule, "dates.meeting");
    t_free(doc);
    expect_one("This question was answered on 19th October 2017.",
               "publication", "2017-10-19", "", "", "19th October 2017", "dates.answered");
    expect_one("Volume 712: debated on Tuesday 4 May 2021",
               "publication", "2021-05-04", "", "", "Tuesday 4 May 2021", "dates.answered");
    /* near miss: a debate named without 'debated on' dates nothing of the page */
    expect_one("Members debated the Marl hostels report in May 2021.",
               "other", "2021-05", "", "", "May 2021", "dates.other");
    expect_one("Quality and impact inspection: an inspection by HM Inspectorate of Probation August 2017",
               "publication", "2017-08", "", "", "August 2017", "dates.report_cover");
    expect_one("This report was on an inspection of the unit, and was published 11 June 2019.",
               "publication", "2019-06-11", "", "", "11 June 2019", "dates.published_on");
    expect_one("A report on the unit, published by the two inspectorates on 22 June 2021, found gaps.",
               "publication", "2021-06-22", "", "", "22 June 2021", NULL);
    expect_one("In its annual report published today [Tuesday 6 August 2019], the inspectorate spoke.",
               "publication", "2019-08-06", "", "", "Tuesday 6 August 2019", NULL);
    expect_one("The inspectorate today (18.03.25) released a report on the prison.",
               "publication", "2025-03-18", "", "", "18.03.25", NULL);
    expect_one("The report (published 4 May 2021) found that staff were stretched.",
               "publication", "2021-05-04", "", "", "4 May 2021", "dates.published_on");
    expect_one("Report date: 4 May 2021",
               "publication", "2021-05-04", "", "", "4 May 2021", "dates.dateline");
    expect_one("Post on 05-Sep-2020",
               "publication", "2020-09-05", "", "", "05-Sep-2020", "dates.dateline");
    /* a minutes page dated by its meeting, and a label naming a report */
    expect_one("Committee for Health , meeting on Tuesday, 3 March 2020",
               "publication", "2020-03-03", "", "", "Tuesday, 3 March 2020", "dates.meeting");
    expect_one("Fenshire inspection report - 4 May 2021",
               "publication", "2021-05-04", "", "", "4 May 2021", "dates.dateline");
    expect_one("Police inspection report - June 2019",
               "publication", "2019-06", "", "", "June 2019", "dates.dateline");
    /* not the next meeting, nor a report label with a bare year */
    expect_one("The next meeting on 3 March 2020 will hear the plan.",
               "other", "2020-03-03", "", "", "3 March 2020", "dates.other");
    expect_one("Annual report - spring 2019",
               "other", "2019", "", "", "spring 2019", "dates.other.season");
}

/* An earlier inspection named next to a date, on either side, dates it
 * (with no year of this inspection known too); a judgement told by its
 * noun ("a judgement of inadequate") is a judgement.  Near misses: a date
 * put before or after the earlier inspection ('months after'), and one in
 * this inspection's year. */
static void dates_earlier_inspection_named_next_to_a_date(void **state)
{
    (void)state;
    expect_one("Brackenford School, called a steady performer in 2012 at the last inspection, "
               "is now outstanding.",
               "previous_inspection", "2012", "", "", "2012", "dates.previous_inspection.earlier");
    expect_one("The previous inspection of Tarnmoor YOT (which was critical and came out in "
               "March 2017) found weak plans.",
               "previous_inspection", "2017-03", "", "", "March 2017", "dates.previous_inspection.earlier");
    ix_doc *doc = run("Inspectors visited Wexcombe in May 2023. This re-inspection follows a "
                      "judgement of inadequate for overall effectiveness in 2019.\n");
    const ix_date *d = find(doc, "previous_inspection", "2019");
    assert_non_null(d);
    assert_string_equal(d->rule, "dates.previous_inspection.earlier");
    t_free(doc);
    /* a rating received, awarded or given is a judgement */
    doc = run("Inspectors visited Wexcombe in May 2023. In 2019 the unit received an 'inadequate' "
              "rating.\n");
    assert_non_null(find(doc, "previous_inspection", "2019"));
    t_free(doc);
    /* near misses */
    doc = run("Inspectors visited Wexcombe in May 2023. In 2019 the unit received an award for "
              "its gardens.\n");
    assert_null(find(doc, "previous_inspection", "2019"));
    t_free(doc);
    expect_one("The hostel flooded in 2015, months after a critical previous inspection.",
               "other", "2015", "", "", "2015", "dates.other");
    expect_one("Since 2018 the last inspection's actions have been tracked by the board.",
               "other", "2018", "", "", "2018", "dates.other");
    doc = run("Inspectors visited Wexcombe in May 2023. A judgement of good in 2023 was "
              "welcomed.\n");
    assert_null(find(doc, "previous_inspection", "2023"));
    t_free(doc);
}

static void dates_earlier_and_current_inspections_told_apart(void **state)
{
    (void)state;
    /* a year before this inspection's, in a sentence about a judgement */
    ix_doc *doc = run("The inspection took place between 29 April and 3 May 2024. In January "
                      "2020, children's services were judged to be outstanding. Between "
                      "November 2013 and June 2015, 59 services were inspected. In 2019/20 "
                      "most services were rated good.\n");
    const ix_date *d = find(doc, "previous_inspection", "2020-01");
    assert_non_null(d);
    assert_string_equal(d->rule, "dates.previous_inspection.earlier");
    assert_non_null(find(doc, "other", "2013-11"));
    assert_non_null(find(doc, "other", "2019"));
    t_free(doc);
    expect_one("The service had been judged inadequate following an inspection in 2016.",
               "previous_inspection", "2016", "", "", "2016", NULL);
    expect_one("There were signs of improvement since the 2022 inspection of the unit.",
               "previous_inspection", "2022", "", "", "2022", NULL);
    expect_one("This follows an inspection in 2019, when the service was rated inadequate.",
               "previous_inspection", "2019", "", "", "2019", NULL);
    expect_one("This visit followed a critical core case inspection of the hostel, undertaken "
               "by the Marl inspectorate in 2011.",
               "previous_inspection", "2011", "", "", "2011", "dates.previous_inspection");
    /* near miss: a clause about something else between them */
    expect_one("This visit followed a critical inspection of the hostel, which opened in 2011.",
               "other", "2011", "", "", "2011", NULL);
    expect_one("The original core case inspection took place in 2010.",
               "previous_inspection", "2010", "", "", "2010", NULL);
    expect_one("During the inspection of the Marlcombe division in October 2018, staff were short.",
               "fieldwork", "2018-10", "", "", "October 2018", NULL);
    expect_one("The inspectorate led a joint inspection of the service in September 2022.",
               "fieldwork", "2022-09", "", "", "September 2022", NULL);
}

static void dates_yesterday_gets_a_role_from_its_words(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Fen probation division struggling\n\n"
        "Posted by Alex Byrne | 18/02/2020\n\n"
        "Yesterday the inspectorate published its report on the Fen division.\n");
    assert_int_equal(count_role(doc, "publication"), 2);
    const ix_date *d = find(doc, "publication", "2020-02-17");
    assert_non_null(d);
    assert_string_equal(t_src(doc, d->span), "Yesterday");
    t_free(doc);
}

static void dates_caseload_date_opening_a_sentence_is_caseload_as_of(void **state)
{
    (void)state;
    expect_one("At 31 March 2021, the service was working with 187 children.",
               "caseload_as_of", "2021-03-31", "", "", "31 March 2021", "dates.caseload");
    expect_one("In June 2020 the team managed 12 offices across the county.",
               "other", "2020-06", "", "", "June 2020", "dates.other");
}

/* An `other` day, month or bare year restated beside the same value (a
 * year: any date of that year) with a role goes; a part of a year stays. */
static void dates_same_month_or_year_as_other_beside_a_role_is_dropped(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Staff changed in June 2021. Inspectors visited the service in June 2021.\n\n"
        "The annual report came out in 2017. We last inspected the service in 2017.\n");
    assert_int_equal(doc->dates.n, 2);
    assert_non_null(find(doc, "fieldwork", "2021-06"));
    assert_null(find(doc, "other", "2021-06"));
    assert_null(find(doc, "other", "2017"));
    assert_non_null(find(doc, "previous_inspection", "2017"));
    t_free(doc);
    /* a bare year restating a month's year with a role */
    doc = run("Inspectors visited the Marl hostel in May 2019. In 2019, assessments of "
              "safety were poor.\n");
    assert_int_equal(doc->dates.n, 1);
    assert_non_null(find(doc, "fieldwork", "2019-05"));
    t_free(doc);
    /* near miss: a season is more precise than the year, and another year stays */
    doc = run("Inspectors visited the Marl hostel in May 2019. The managers left in the summer "
              "of 2019 and the hostel opened in 2015.\n");
    assert_int_equal(doc->dates.n, 3);
    assert_non_null(find(doc, "other", "2019"));
    assert_non_null(find(doc, "other", "2015"));
    t_free(doc);
}

/* An `other` month beside a day of that month with a role (a report's
 * cover month beside its publication day, a title's month beside the days
 * of fieldwork) restates it; a month with no roled day in it stays, and so
 * do a qualified month and a run of months. */
static void dates_other_month_beside_a_roled_day_of_it_is_dropped(void **state)
{
    (void)state;
    ix_doc *doc = run("Marl Hostel review, April 2022\n\n"
                      "Inspectors visited the Marl hostel between 4 and 8 April 2022 and found "
                      "it clean.\n");
    assert_int_equal(doc->dates.n, 1);
    assert_non_null(find(doc, "fieldwork", "2022-04-04"));
    t_free(doc);
    doc = run("Published: 19 May 2022\n\nThe Fenwick board report of May 2022 said the "
              "kitchens had improved since the autumn.\n");
    assert_null(find(doc, "other", "2022-05"));
    assert_non_null(find(doc, "publication", "2022-05-19"));
    t_free(doc);
    /* near misses: another month, the end of the month and a run of months stay */
    doc = run("Published: 19 May 2022\n\nStaff left in March 2022. Rotas changed at the end "
              "of May 2022, and again in May and June 2022.\n");
    assert_non_null(find(doc, "other", "2022-03"));
    const ix_date *d = find(doc, "other", "2022-05");
    assert_non_null(d);
    assert_string_equal(d->rule, "dates.other.end_of");
    size_t runs = 0;
    for (size_t i = 0; i < doc->dates.n; i++)
        runs += strcmp(doc->dates.items[i].end, "2022-06") == 0;
    assert_int_equal(runs, 1);
    t_free(doc);
}

/* A month alone that a fieldwork cue governs takes the latest such month
 * up to the page's own; a month alone with no inspection cue, or a future
 * inspection's, stays out. */
static void dates_inspection_month_without_a_year_from_the_page(void **state)
{
    (void)state;
    ix_doc *doc = run("Published: 14 October 2023\n\nThe Marl Commission has rated the Fenby "
                      "surgery good following an inspection in July. The surgery opened in "
                      "May.\n");
    const ix_date *d = find(doc, "fieldwork", "2023-07");
    assert_non_null(d);
    assert_string_equal(t_src(doc, d->span), "July");
    assert_null(find(doc, NULL, "2023-05"));
    assert_int_equal(doc->dates.n, 2);
    t_free(doc);
    /* a month after the page's own is the year before */
    doc = run("Published: 2 March 2024\n\nInspectors visited the Dunmore hostel in November "
              "and found it safe.\n");
    assert_non_null(find(doc, "fieldwork", "2023-11"));
    t_free(doc);
    /* near misses: a future inspection, and no page date to fix the year */
    doc = run("Published: 2 March 2024\n\nIts next inspection in June will look at the "
              "kitchens.\n");
    assert_int_equal(doc->dates.n, 1);
    t_free(doc);
    doc = run("The Marl Commission rated the surgery good following an inspection in July.\n");
    assert_int_equal(doc->dates.n, 0);
    t_free(doc);
}

/* ---- roles: caseload -------------------------------------------------- */

static void dates_as_at_next_to_a_caseload_is_caseload_as_of(void **state)
{
    (void)state;
    expect_one("The service supervised 1,240 people as at 31 March 2021.",
               "caseload_as_of", "2021-03-31", "", "", "as at 31 March 2021", "dates.as_at");
    expect_one("As of June 2020, the CRC was managing 6,100 offenders.",
               "caseload_as_of", "2020-06", "", "", "As of June 2020", "dates.as_at");
}

static void dates_supervised_count_in_a_month_is_caseload_as_of(void **state)
{
    (void)state;
    expect_one("Mercia CRC, covering three counties, supervised 6,120 offenders assessed as low risk in June 2020.",
               "caseload_as_of", "2020-06", "", "", "June 2020", "dates.caseload");
    expect_one("At the end of June 2020, the Kestrel CRC supervised more than 6,000 people.",
               "caseload_as_of", "2020-06", "", "", "the end of June 2020", "dates.caseload.end_of");
}

static void dates_as_at_without_a_caseload_is_other(void **state)
{
    (void)state;
    expect_one("As at 31 March 2021, 45% of staff had completed the training.",
               "other", "2021-03-31", "", "", "31 March 2021", "dates.other");
    expect_one("The service, which was set up in 2015, supervises 3,000 people.",
               "other", "2015", "", "", "2015", NULL);
}

static void dates_find_in_gives_the_caseload_date_of_a_sentence(void **state)
{
    (void)state;
    const char *text =
        "The CRC supervised 4,100 people as at 30 June 2020. Leaders changed in 2019. "
        "Again, it supervised 4,100 people as at 30 June 2020.";
    ix_doc *doc = run(text);
    assert_int_equal(doc->dates.n, 2);
    /* first sentence */
    int i = ix_dates_find_in(doc, 0, 51);
    assert_true(i >= 0);
    assert_string_equal(doc->dates.items[i].role, "caseload_as_of");
    assert_string_equal(doc->dates.items[i].start, "2020-06-30");
    /* the repeat was merged into the first item, and is still found */
    const char *third = strstr(text, "Again");
    i = ix_dates_find_in(doc, (size_t)(third - text), strlen(text));
    assert_true(i >= 0);
    assert_string_equal(doc->dates.items[i].start, "2020-06-30");
    /* a sentence without a date */
    assert_int_equal(ix_dates_find_in(doc, 0, 10), -1);
    t_free(doc);
}

/* ---- roles: previous inspection ---------------------------------------- */

static void dates_previous_inspection_phrasings(void **state)
{
    (void)state;
    expect_one("We last inspected the service in 2016 and found it poor.",
               "previous_inspection", "2016", "", "", "2016", "dates.previous_inspection");
    expect_one("It was the first full inspection of the Fenshire unit since 2016.",
               "previous_inspection", "2016", "", "", "2016", "dates.previous_inspection");
    expect_one("This follows the 2016 inspection, which rated the unit poor.",
               "previous_inspection", "2016", "", "", "2016", "dates.previous_inspection");
    expect_one("This inspection follows up our 2016 inspection of the unit.",
               "previous_inspection", "2016", "", "", "2016", "dates.previous_inspection");
    expect_one("The unit was rated good last time it was inspected, in 2016.",
               "previous_inspection", "2016", "", "", "2016", "dates.previous_inspection");
    expect_one("Its rating is better than last time (2016).",
               "previous_inspection", "2016", "", "", "2016", "dates.previous_inspection");
    /* 'for the first time' is this inspection, not an earlier one */
    expect_one("The unit was inspected in May 2024, for the first time.",
               "fieldwork", "2024-05", "", "", "May 2024", "dates.fieldwork");
    expect_one("Quality has fallen compared with the inspection of its court work in 2017.",
               "previous_inspection", "2017", "", "", "2017", NULL);
    expect_one("At our previous inspection in March 2017, leadership was weak.",
               "previous_inspection", "2017-03", "", "", "March 2017", NULL);
    expect_one("The service was last inspected in November 2016.",
               "previous_inspection", "2016-11", "", "", "November 2016", NULL);
}

static void dates_annual_report_year_is_other(void **state)
{
    (void)state;
    expect_one("In her annual report in 2019, the chief inspector raised the same concern.",
               "other", "2019", "", "", "2019", "dates.other");
}

/* ---- relative dates ---------------------------------------------------- */

static void dates_yesterday_is_resolved_against_the_publication_date(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspectors criticise youth service\n\n"
        "By Sam Carter on 1 March 2021\n\n"
        "My summary of yesterday's report on a neighbouring service is here.\n");
    const ix_date *d = find(doc, "other", "2021-02-28");
    assert_non_null(d);
    assert_string_equal(d->rule, "dates.relative");
    assert_string_equal(t_src(doc, d->span), "yesterday");
    t_free(doc);
}

static void dates_relative_words_without_a_publication_date_are_left_out(void **state)
{
    (void)state;
    expect_none("In a report published today, inspectors praised the service. Yesterday they met staff.");
}

static void dates_bare_today_adds_nothing(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "EMBARGOED UNTIL 00:01 Tuesday 9 March 2021\n\n"
        "The chief inspector said today that the service must improve.\n");
    assert_int_equal(doc->dates.n, 1);
    assert_string_equal(doc->dates.items[0].role, "publication");
    t_free(doc);
}

/* ---- repeats and furniture --------------------------------------------- */

static void dates_same_date_same_role_is_one_item(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "The inspection took place in May 2021. Fieldwork took place in May 2021.\n");
    assert_int_equal(doc->dates.n, 1);
    assert_string_equal(doc->dates.items[0].role, "fieldwork");
    t_free(doc);
}

static void dates_repeat_with_a_time_is_the_item_kept(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Youth service praised\n\n"
        "By Sam Carter on 9 March 2021\n\n"
        "The report is available at example.org at 00.01 on 9 March 2021.\n");
    assert_int_equal(count_role(doc, "publication"), 1);
    const ix_date *d = find(doc, "publication", "2021-03-09");
    assert_string_equal(d->time, "00:01");
    t_free(doc);
}

static void dates_other_mention_of_a_day_with_a_role_is_dropped(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "On 9 March 2021 the council met.\n\n"
        "Notes to editors\n"
        "1. The report will be published at 00.01 on 9 March 2021.\n");
    assert_int_equal(doc->dates.n, 1);
    assert_string_equal(doc->dates.items[0].role, "publication");
    t_free(doc);
}

static void dates_in_page_furniture_are_not_output(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Youth service praised\n\n"
        "The service was inspected in May 2021.\n\n"
        "Recent posts:\n\n"
        "Courts review - June 2021\n\n"
        "Copyright \xC2\xA9 2021 A Justice Blog, all rights reserved.\n");
    assert_int_equal(doc->dates.n, 1);
    assert_string_equal(doc->dates.items[0].start, "2021-05");
    t_free(doc);
}

/* ---- the reader directly ------------------------------------------------ */

static void dates_reader_skips_an_invalid_date_whole(void **state)
{
    (void)state;
    const char *s = "on 31 April 2021 we met";
    ix_dates_value v;
    size_t at = ix_dates_parse_find(s, 0, 0, strlen(s), &v);
    assert_int_equal(at, 3);
    assert_true(v.invalid);
    assert_int_equal(v.end, 16);
    assert_int_equal(ix_dates_parse_find(s, 0, v.end, strlen(s), &v), (size_t)-1);
}

/* The scan tries the reader only at digits and start words, in any case:
 * a start word inside a longer word, a word that only begins like one, or
 * one too short to be a start word is passed over. */
static void dates_reader_finds_start_words_in_any_case(void **state)
{
    (void)state;
    ix_dates_value v;
    const char *s = "Marching on, by SEPTEMBER 2021 we met";
    assert_int_equal(ix_dates_parse_find(s, 0, 0, strlen(s), &v), 16);
    assert_int_equal(v.from.y, 2021);
    assert_int_equal(v.from.m, 9);
    s = "the mids of Wednesdays, then YeStErDaY";
    assert_int_equal(ix_dates_parse_find(s, 0, 0, strlen(s), &v), 29);
    assert_int_equal(v.relative, IX_DATES_YESTERDAY);
    s = "beginnings, mayday and junes";
    assert_int_equal(ix_dates_parse_find(s, 0, 0, strlen(s), &v), (size_t)-1);
}

/* "the" opens a date before a day, a qualifier's or a season's word, in
 * any case and across blanks; a "the" before anything else is passed over
 * and the scan goes on to the date after it (a "the" before a year is read,
 * and the year found alone). */
static void dates_reader_reads_a_the_only_before_a_date(void **state)
{
    (void)state;
    ix_dates_value v;
    const char *s = "on the 5th of May 2021";
    assert_int_equal(ix_dates_parse_find(s, 0, 0, strlen(s), &v), 3);
    assert_int_equal(v.from.d, 5);
    s = "by THE  end of March 2021";
    assert_int_equal(ix_dates_parse_find(s, 0, 0, strlen(s), &v), 3);
    assert_string_equal(v.qual, "end_of");
    s = "in the summer of 2018";
    assert_int_equal(ix_dates_parse_find(s, 0, 0, strlen(s), &v), 3);
    assert_string_equal(v.qual, "season");
    s = "the report, the inspectors and the 2019 visit";
    assert_int_equal(ix_dates_parse_find(s, 0, 0, strlen(s), &v), 35);   /* the year */
    assert_int_equal(v.from.y, 2019);
    s = "the report, the inspectors and June 2019";
    assert_int_equal(ix_dates_parse_find(s, 0, 0, strlen(s), &v), 31);
    assert_int_equal(v.from.m, 6);
    s = "the the the";
    assert_int_equal(ix_dates_parse_find(s, 0, 0, strlen(s), &v), (size_t)-1);
}

static void dates_reader_survives_long_and_odd_input(void **state)
{
    (void)state;
    size_t n = 1 << 20;
    char *s = malloc(n + 1);
    assert_non_null(s);
    for (size_t i = 0; i < n; i++)
        s[i] = "7 2018-/.,:"[i % 11];
    s[n] = '\0';
    ix_dates_value v;
    size_t pos = 0, found = 0;
    while (pos < n && ix_dates_parse_find(s, 0, pos, n, &v) != (size_t)-1) {
        assert_true(v.end > pos);
        pos = v.end;
        found++;
    }
    (void)found;
    memset(s, ' ', n);
    memcpy(s, "today (today (today (", 21);
    /* a bracket that holds no date leaves 'today' a relative word */
    assert_int_equal(ix_dates_parse_find(s, 0, 0, n, &v), 0);
    assert_int_equal(v.relative, IX_DATES_TODAY);
    free(s);
}

static void dates_embargo_line_with_a_titled_report_and_hrs(void **state)
{
    (void)state;
    ix_doc *doc = run("Notes to editors\n\n"
                      "1. The report, Core Inspection: Fenmarsh and Westholm PDU, will be "
                      "published at 00.01 hrs on Tuesday 9 March 2021.\n");
    const ix_date *d = find(doc, "publication", "2021-03-09");
    assert_non_null(d);
    assert_string_equal(d->time, "00:01");
    t_free(doc);
}

static void dates_fieldwork_across_a_parenthetical_which_clause(void **state)
{
    (void)state;
    ix_doc *doc = run("Inspectors visited Fenmarsh CRC, which is run by Marsh Justice Ltd, "
                      "in May and June 2020.\n");
    const ix_date *d = find(doc, "fieldwork", "2020-05");
    assert_non_null(d);
    assert_string_equal(d->end, "2020-06");
    t_free(doc);
    /* a "which" clause that is not closed by a comma still stops the cue */
    doc = run("Inspectors visited Fenmarsh CRC which later closed in May 2020.\n");
    assert_null(find(doc, "fieldwork", "2020-05"));
    t_free(doc);
}

static void dates_sister_report_dateline_dash_and_looked_at_before(void **state)
{
    (void)state;
    /* a sister report 'also published on' its date */
    ix_doc *doc = run("Fenmarsh PDU report published\n\n"
                      "The second report, on Harwick PDU, was rated good (also published on 3 March 2021). "
                      "Inspectors praised its leaders.\n");
    assert_non_null(find(doc, "publication", "2021-03-03"));
    t_free(doc);
    /* a date line with a dash over the story */
    doc = run("Press statement\n\n4 May 2021 - Immediate Release\n\n"
              "The union has responded to the inspection of Fenmarsh PDU, which was rated inadequate "
              "by inspectors after a long visit.\n");
    assert_non_null(find(doc, "publication", "2021-05-04"));
    t_free(doc);
    /* ... or a colon: "4 May 2021: Headline"; near miss: a colon and a
     * lower-case word after it is a sentence's clause */
    doc = run("4 May 2021: Fenmarsh PDU rated good by inspectors\n\n"
              "The probation service in Fenmarsh was rated good after a long visit by inspectors, who "
              "praised the way its staff planned their work with people on probation.\n");
    assert_non_null(find(doc, "publication", "2021-05-04"));
    t_free(doc);
    doc = run("Reports of the Fenmarsh board\n\nMay 2021: Annual report of the board\n\n"
              "The probation service in Fenmarsh was rated good after a long visit by inspectors, who "
              "praised the way its staff planned their work with people on probation.\n");
    assert_null(find(doc, "publication", "2021-05"));
    t_free(doc);
    doc = run("Fenmarsh PDU rated good\n\n4 May 2021: then the report came out\n\n"
              "The probation service in Fenmarsh was rated good after a long visit by inspectors, who "
              "praised the way its staff planned their work with people on probation.\n");
    assert_null(find(doc, "publication", "2021-05-04"));
    t_free(doc);
    /* an earlier inspection told by what inspectors looked at */
    doc = run("Inspectors previously looked at resettlement services in 2014, and found them poor.\n");
    assert_non_null(find(doc, "previous_inspection", "2014"));
    t_free(doc);
}

static void dates_label_inside_a_run_together_header_and_based_on_visits(void **state)
{
    (void)state;
    ix_doc *doc = run("To: Chair of the Fenmarsh Youth Offending Team Board\n"
                      "From: Ana Ruiz, Assistant Chief Inspector\n"
                      "Publication date: 11 May 2016\n"
                      "Report of a short quality screening of youth offending work in Fenmarsh.\n");
    assert_non_null(find(doc, "publication", "2016-05-11"));
    t_free(doc);
    doc = run("The report by the chief inspector was based on inspections made in July 2017.\n");
    assert_non_null(find(doc, "fieldwork", "2017-07"));
    t_free(doc);
}

static void dates_visits_inspections_described_and_earlier_ones_dated(void **state)
{
    (void)state;
    ix_doc *doc = run("Rats were seen during the inspectors' visit in December 2018.\n");
    assert_non_null(find(doc, "fieldwork", "2018-12"));
    t_free(doc);
    doc = run("The inspection, carried out by HMI Prisons between 20 and 29 October 2025, looked at "
              "every room.\n");
    assert_non_null(find(doc, "fieldwork", "2025-10-20"));
    t_free(doc);
    doc = run("Oakfield Primary School\n\nOfsted Inspection - 11 and 12 January 2017\n\n"
              "I am writing to tell you about the report on the school.\n");
    assert_non_null(find(doc, "fieldwork", "2017-01-11"));
    t_free(doc);
    doc = run("It was the first inspection of this kind since 2018, when services were found to "
              "require improvement.\n");
    assert_non_null(find(doc, "previous_inspection", "2018"));
    t_free(doc);
    doc = run("Fenshire's youth service received its most recent inspection on 20 February - 3 March "
              "2023.\n");
    assert_non_null(find(doc, "fieldwork", "2023-02-20"));
    t_free(doc);
    doc = run("The college was inspected between the 7th and 9th of November 2023.\n");
    assert_non_null(find(doc, "fieldwork", "2023-11-07"));
    t_free(doc);
    doc = run("In January 2014, at the school's last full inspection, it was rated good.\n");
    assert_non_null(find(doc, "previous_inspection", "2014-01"));
    t_free(doc);
}

/* The date names the inspection ("a March 2024 inspection"), opens the
 * sentence before it, or dates "the inspection of" something; an earlier
 * report "followed" an earlier inspection; a programme is not a visit. */
static void dates_inspection_named_by_its_date(void **state)
{
    (void)state;
    ix_doc *doc = run("A March 2024 inspection by the regulator found the ward unsafe.\n");
    assert_non_null(find(doc, "fieldwork", "2024-03"));
    t_free(doc);
    /* the inspection's name in quotation marks */
    doc = run("Members heard the outcome of the 2024 joint \u2018Targeted Inspection of Child "
              "Protection\u2019 carried out by the regulators.\n");
    assert_non_null(find(doc, "fieldwork", "2024"));
    t_free(doc);
    doc = run("Members heard the outcome of the 2024 \u2018Inspection Plan\u2019 review.\n");
    assert_null(find(doc, "fieldwork", "2024"));
    t_free(doc);
    doc = run("It was noted that between 3 and 14 June 2024 a full inspection of the council's "
              "services took place.\n");
    assert_non_null(find(doc, "fieldwork", "2024-06-03"));
    t_free(doc);
    doc = run("The main event of the year was the inspection of adult services in October 2024.\n");
    assert_non_null(find(doc, "fieldwork", "2024-10"));
    t_free(doc);
    doc = run("Its last good report followed a May 2009 inspection of the college.\n");
    assert_non_null(find(doc, "previous_inspection", "2009-05"));
    t_free(doc);
    doc = run("The report was based on fieldwork carried out in the week of 7 July 2025.\n");
    assert_non_null(find(doc, "fieldwork", "2025-07-07"));
    t_free(doc);
    doc = run("The force is now in the 2025-27 inspection programme of the regulator.\n");
    assert_null(find(doc, "fieldwork", "2025"));
    t_free(doc);
}

/* Who inspects, named as releases name them: the full name with its acronym
 * in brackets, 'His Majesty's Inspectorate of ...', 'the inspection team';
 * the participle after its noun; 'were carried out'; fieldwork as the
 * object of 'carried out'. Not a service's own team or its home visits. */
static void dates_fieldwork_subjects_participles_and_plural_verbs(void **state)
{
    (void)state;
    ix_doc *doc = run("His Majesty's Inspectorate of Custody and Care (HMICC) inspected Fenwick Lodge in "
                      "June 2025.\n");
    assert_non_null(find(doc, "fieldwork", "2025-06"));
    t_free(doc);
    doc = run("The Harbour Care Commission (HCC) visited the ward in July 2025.\n");
    assert_non_null(find(doc, "fieldwork", "2025-07"));
    t_free(doc);
    doc = run("The inspection team arrived at the unit on 4 August 2025.\n");
    assert_non_null(find(doc, "fieldwork", "2025-08-04"));
    t_free(doc);
    doc = run("The hostel, inspected in March 2025, was found to be safe.\n");
    assert_non_null(find(doc, "fieldwork", "2025-03"));
    t_free(doc);
    doc = run("The two hostels (visited by inspectors in April 2025) were both clean.\n");
    assert_non_null(find(doc, "fieldwork", "2025-04"));
    t_free(doc);
    doc = run("Inspections of the hostels were carried out between May and June 2025.\n");
    assert_non_null(find(doc, "fieldwork", "2025-05"));
    t_free(doc);
    doc = run("Inspectors carried out their fieldwork in the week of 9 June 2025.\n");
    assert_non_null(find(doc, "fieldwork", "2025-06-09"));
    t_free(doc);
    /* near misses: the service's own team, its home visits */
    doc = run("The team visited 40 families in May 2025.\n");
    assert_null(find(doc, "fieldwork", "2025-05"));
    t_free(doc);
    doc = run("Officers carried out 40 home visits in May 2025.\n");
    assert_null(find(doc, "fieldwork", "2025-05"));
    t_free(doc);
}

/* Publication said with 'released', 'made public', 'published its
 * findings', 'The report, dated ...'; a report that is only 'a report' of
 * someone's stays other. */
static void dates_publication_synonyms_of_publish(void **state)
{
    (void)state;
    expect_one("In a report released on 2 June 2025, the regulator said the ward was safe.\n",
               "publication", "2025-06-02", "", "", "2 June 2025", "dates.published_on");
    expect_one("The regulator published its findings on 2 June 2025.\n", "publication", "2025-06-02",
               "", "", "2 June 2025", "dates.published_on");
    expect_one("The report was made public on 2 June 2025.\n", "publication", "2025-06-02", "", "",
               "2 June 2025", "dates.published_on");
    expect_one("The report, dated 2 June 2025, lists ten concerns.\n", "publication", "2025-06-02", "",
               "", "2 June 2025", "dates.report_dated");
    expect_one("A charity released a report on 2 June 2025 about the ward.\n", "other", "2025-06-02", "",
               "", "2 June 2025", NULL);
}

/* A page's update stamp is an `other` date of its own (rule dates.updated),
 * kept beside the same day's publication; 'updated' inside a sentence is
 * no stamp. */
static void dates_update_stamp_is_other_and_kept_beside_publication(void **state)
{
    (void)state;
    ix_doc *doc = run("Tollbridge ward praised\n\n"
                      "Published: 09:00, 4 June 2025\n\n"
                      "Last updated: 11:30, 4 June 2025\n\n"
                      "The ward in Tollbridge was praised by inspectors for its care of patients.\n");
    const ix_date *p = find(doc, "publication", "2025-06-04");
    const ix_date *u = find(doc, "other", "2025-06-04");
    assert_non_null(p);
    assert_non_null(u);
    assert_string_equal(u->rule, "dates.updated");
    assert_string_equal(u->time, "11:30");
    t_free(doc);
    doc = run("Tollbridge ward praised\n\nModified on Wed 4 Jun 2025\n\n"
              "The ward in Tollbridge was praised by inspectors for its care of patients.\n");
    assert_non_null(find(doc, "other", "2025-06-04"));
    t_free(doc);
    /* near miss: the word in a sentence, and a repeat of the day in the story */
    doc = run("Tollbridge ward praised\n\nPublished: 4 June 2025\n\n"
              "The ward was praised by inspectors, who updated the board on 4 June 2025 about it.\n");
    assert_non_null(find(doc, "publication", "2025-06-04"));
    assert_null(find(doc, "other", "2025-06-04"));
    t_free(doc);
}

/* A cue and its date on two lines of a hard-wrapped paragraph (a PDF or
 * email copy) still meet; a heading line above a paragraph is not a wrap. */
static void dates_cue_and_date_across_a_wrapped_line(void **state)
{
    (void)state;
    ix_doc *doc = run("Tollbridge ward praised\n\n"
                      "The Harbour Care Commission inspected the two wards of the hospital in the\n"
                      "town of Tollbridge in March 2025 and rated them good. The wards were last\n"
                      "inspected by the commission in 2021. Fieldwork for the inspection of the\n"
                      "wards took place between 3 and 7 March 2025.\n");
    assert_non_null(find(doc, "fieldwork", "2025-03"));
    assert_non_null(find(doc, "previous_inspection", "2021"));
    assert_non_null(find(doc, "fieldwork", "2025-03-03"));
    t_free(doc);
    /* near miss: a heading line with no full stop, then a paragraph */
    doc = run("Tollbridge ward praised\n\nInspectors visited Tollbridge\n"
              "On 3 March 2025 the council met to agree its budget.\n");
    assert_null(find(doc, "fieldwork", "2025-03-03"));
    t_free(doc);
}

/* Two month names joined by a slash are a month range ('March/April
 * 2025'); 'w/c' (week commencing) introduces a fieldwork day; a slash
 * between a month and a year is no range. */
static void dates_month_pair_with_a_slash_and_week_commencing(void **state)
{
    (void)state;
    expect_one("Inspectors visited the ward in March/April 2025.\n", "fieldwork", "2025-03", "2025-04", "",
               "March/April 2025", "dates.fieldwork");
    expect_one("Inspectors visited the ward during w/c 3 March 2025.\n", "fieldwork", "2025-03-03", "", "",
               "3 March 2025", "dates.fieldwork");
    ix_doc *doc = run("The board met in March/2025 to agree its plan.\n");
    for (size_t i = 0; i < doc->dates.n; i++)
        assert_string_equal(doc->dates.items[i].end, "");
    t_free(doc);
}

/* Labels and letters of the inspectorates' own pages: 'Date of previous
 * inspection:' and 'Previous inspection:' name an earlier inspection,
 * 'Visit date:' and 'Inspected:' this one; an inspector's letter dates its
 * visit ('Following my visit to ... on'); 'made an unannounced visit';
 * 'The inspection, which began on'. A visit by someone else stays other. */
static void dates_inspection_labels_letters_and_visits(void **state)
{
    (void)state;
    expect_one("Date of previous inspection: 9 October 2019\n", "previous_inspection", "2019-10-09", "", "",
               "9 October 2019", "dates.previous_inspection");
    expect_one("Previous inspection - October 2019\n", "previous_inspection", "2019-10", "", "",
               "October 2019", "dates.previous_inspection");
    expect_one("Visit date: 9 October 2025\n", "fieldwork", "2025-10-09", "", "", "9 October 2025",
               "dates.fieldwork");
    expect_one("Inspected: 9 October 2025\n", "fieldwork", "2025-10-09", "", "", "9 October 2025",
               "dates.fieldwork");
    expect_one("Following my visit to the academy on 9 October 2025, I write to set out what I found.\n",
               "fieldwork", "2025-10-09", "", "", "9 October 2025", "dates.fieldwork");
    expect_one("Inspectors made an unannounced visit to the hostel on 9 October 2025.\n", "fieldwork",
               "2025-10-09", "", "", "9 October 2025", "dates.fieldwork");
    expect_one("The inspection, which began on 9 October 2025, looked at every ward.\n", "fieldwork",
               "2025-10-09", "", "", "9 October 2025", "dates.fieldwork");
    /* near misses */
    expect_one("The mayor made a visit to the hostel on 9 October 2025.\n", "other", "2025-10-09", "", "",
               "9 October 2025", "dates.other");
    expect_one("The visit took place on 9 October 2025.\n", "other", "2025-10-09", "", "", "9 October 2025",
               "dates.other");
    expect_one("The inspection programme began in 2019.\n", "other", "2019", "", "", "2019", "dates.other");
}

/* A byline or date line above the story, in the shapes sites print it: the
 * day after a name, a separator or a label, or before a short tail. A top
 * line whose date follows a verb, or gives no day, is no date line. */
static void dates_bylines_and_date_lines_of_many_shapes(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "Ravi Moss, Home Affairs Editor | Friday 6 June 2025 09:15",
        "By Ravi Moss | Published Friday 6 June 2025",
        "Ravi Moss 6 June 2025",
        "Bulletins | 6 June 2025",
        "Written on 6 June 2025",
        "6 June 2025 \xE2\x80\xA2 3 min read",
        "6th June 2025 / Bulletins",
        "6 June 2025 by Ravi Moss",
    };
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        char text[512];
        snprintf(text, sizeof text,
                 "Tollbridge ward rated good\n%s\nThe ward in Tollbridge has been rated good by the regulator, "
                 "which praised its leadership and its care of patients at night.\n",
                 lines[i]);
        ix_doc *doc = run(text);
        if (!find(doc, "publication", "2025-06-06"))
            fail_msg("'%s': no publication date", lines[i]);
        t_free(doc);
    }
    /* near misses: a date after a verb, a month without a day */
    ix_doc *doc = run("Tollbridge ward rated good\nRegulators to return on 6 June 2025\n"
                      "The ward in Tollbridge has been rated good by the regulator, which praised its "
                      "leadership and its care of patients at night.\n");
    assert_null(find(doc, "publication", "2025-06-06"));
    t_free(doc);
    doc = run("Tollbridge ward rated good\nRavi Moss | June 2025 edition\n"
              "The ward in Tollbridge has been rated good by the regulator, which praised its "
              "leadership and its care of patients at night.\n");
    assert_null(find(doc, "publication", "2025-06"));
    t_free(doc);
}

/* A day, a month's abbreviation and a two-digit year joined by hyphens, as
 * forums and document sites stamp a post ('18-Mar-25'): the year is 2025;
 * a longer run of digits is no year. */
static void dates_hyphenated_day_month_and_two_digit_year(void **state)
{
    (void)state;
    ix_doc *doc = run("Hostel report worries parents\n\nWrenfield Tue 18-Mar-25 09:26:03\n\n"
                      "The hostel near our street was rated inadequate by the regulator this week and "
                      "parents are worried about what happens next.\n");
    const ix_date *d = find(doc, "publication", "2025-03-18");
    assert_non_null(d);
    assert_string_equal(d->time, "09:26");
    t_free(doc);
    expect_none("The code was 18-Mar-251 on the form.\n");
}

/* A statement or letter signed off with its author and day on a line of its
 * own is dated by it; the same words inside a sentence are not a sign-off. */
static void dates_sign_off_line_dates_a_statement(void **state)
{
    (void)state;
    ix_doc *doc = run("Response to the hostel inspection\n\n"
                      "The trust accepts every recommendation made by the regulator in its report on the "
                      "Wrenfield hostel and has begun work on each of them.\n\n"
                      "Wrenfield Housing Trust, 14 July 2025\n");
    assert_non_null(find(doc, "publication", "2025-07-14"));
    t_free(doc);
    doc = run("Response to the hostel inspection\n\n"
              "The trust accepts every recommendation made by the regulator in its report on the "
              "Wrenfield hostel and has begun work on each of them.\n\n"
              "Wrenfield Housing Trust, on 14 July 2025, agreed a plan.\n");
    assert_null(find(doc, "publication", "2025-07-14"));
    t_free(doc);
}

/* A scraper's date label at a month's precision ('date 2025-03') is the
 * page's month; elsewhere four digits, a hyphen and two are a year pair. */
static void dates_scraper_label_with_a_month(void **state)
{
    (void)state;
    ix_doc *doc = run("date 2025-03 The hostel in Wrenfield has been rated good by the regulator, which "
                      "praised its staff and its care of residents at night.\n");
    assert_non_null(find(doc, "publication", "2025-03"));
    t_free(doc);
    doc = run("The hostel published its 2011-12 accounts late.\n");
    assert_null(find(doc, NULL, "2011-12"));
    t_free(doc);
}

/* A page that gives no publication day but states its own day without a
 * year ('publishes its report today (19 June)') takes the year from the
 * first day it gives; its other days without a year still need the page's
 * own date. */
static void dates_own_day_without_a_year_takes_the_year_of_a_day_given(void **state)
{
    (void)state;
    ix_doc *doc = run("The regulator publishes its report on the Wrenfield hostel today (19 June). The "
                      "chair leaves on 30 June 2025. The trust must reply by 16 August.\n");
    assert_non_null(find(doc, "publication", "2025-06-19"));
    assert_null(find(doc, NULL, "2025-08-16"));
    t_free(doc);
}

/* Publication after 'today,' and in 'the publication of the report on';
 * a follow-up's 'recommendations made in' dates the earlier inspection. */
static void dates_published_today_comma_and_recommendations_made(void **state)
{
    (void)state;
    ix_doc *doc = run("The council welcomes the report published today, Monday 3rd March 2025, by the "
                      "inspectorate.\n");
    assert_non_null(find(doc, "publication", "2025-03-03"));
    t_free(doc);
    doc = run("In a report published on Thursday 6 June 2024, the inspectorate said the unit "
              "was well led.\n");
    assert_non_null(find(doc, "publication", "2024-06-06"));
    t_free(doc);
    doc = run("Members noted the publication of the inspectorate's report on 4 June 2024.\n");
    assert_non_null(find(doc, "publication", "2024-06-04"));
    t_free(doc);
    doc = run("Members noted the publication on 4 June 2024 of the inspection report.\n");
    assert_non_null(find(doc, "publication", "2024-06-04"));
    t_free(doc);
    doc = run("The visit looked at progress on the recommendations made in March 2023.\n");
    assert_non_null(find(doc, "previous_inspection", "2023-03"));
    t_free(doc);
}

static void dates_day_and_month_take_the_year_of_the_page(void **state)
{
    (void)state;
    ix_doc *doc = run("Fenmarsh children's services\n\nPublished: 15 June 2023\n\n"
                      "The council's report was published on 9 May. An action plan is due by 16 "
                      "August. Inspectors visited between 6-17 January 2023.\n");
    assert_non_null(find(doc, "publication", "2023-05-09"));
    const ix_date *d = find(doc, "other", "2023-08-16");
    assert_non_null(d);
    assert_string_equal(d->rule, "dates.year_from_publication");
    assert_null(find(doc, "other", "2023-01-17"));   /* the range's end is not a date of its own */
    t_free(doc);
    /* across the new year: the nearest year */
    doc = run("Fenmarsh update\n\nPublished: 5 January 2024\n\nThe unit was inspected on 20 "
              "December.\n");
    assert_non_null(find(doc, "fieldwork", "2023-12-20"));
    t_free(doc);
    /* no publication day, no year: left out */
    doc = run("The report was published on 9 May.\n");
    assert_int_equal(doc->dates.n, 0);
    t_free(doc);
    /* a count after the comma is no year: "up to 20 January, 10 have been ..." */
    doc = run("Fenmarsh update\n\nPublished: 23 January 2024\n\nOf the hostels judged up to "
              "20 January, 10 have been rated good.\n");
    assert_non_null(find(doc, "other", "2024-01-20"));
    t_free(doc);
    /* near miss: a day and month with its year after the comma is one date */
    doc = run("Fenmarsh update\n\nPublished: 23 January 2024\n\nThe hostel closed on 20 "
              "January, 2022 and reopened later.\n");
    assert_non_null(find(doc, "other", "2022-01-20"));
    assert_null(find(doc, NULL, "2024-01-20"));
    t_free(doc);
}

/* A run of days without its year takes the page's year too ("20-24 May",
 * "20 February - 3 March"); a day with a zero ("05 July") is a day; 'and'
 * after a day joins a clause, not a range. */
static void dates_yearless_runs_of_days_take_the_year_of_the_page(void **state)
{
    (void)state;
    ix_doc *doc = run("Fenmarsh children's services\n\nPublished: 15 June 2023\n\n"
                      "The inspection took place between 20-24 March. The service had its most "
                      "recent inspection on 21 February - 3 March and improved. A talk on 05 "
                      "July is planned. Inspectors returned on 10 April and found progress.\n");
    const ix_date *d = find(doc, "fieldwork", "2023-03-20");
    assert_non_null(d);
    assert_string_equal(d->end, "2023-03-24");
    assert_string_equal(t_src(doc, d->span), "20-24 March");
    d = find(doc, "fieldwork", "2023-02-21");
    assert_non_null(d);
    assert_string_equal(d->end, "2023-03-03");
    assert_non_null(find(doc, "other", "2023-07-05"));
    assert_non_null(find(doc, NULL, "2023-04-10"));
    t_free(doc);
    /* no such run: the end comes before the start */
    doc = run("Fenmarsh update\n\nPublished: 15 June 2023\n\nThe visit ran 24-20 March.\n");
    assert_null(find(doc, NULL, "2023-03-24"));
    assert_null(find(doc, NULL, "2023-03-20"));
    t_free(doc);
}

/* A date naming an inspection ("the 2019 inspection") names an earlier one
 * when that value is an earlier inspection's elsewhere, or when it comes
 * months before this inspection's fieldwork; weeks before is the same
 * inspection. */
static void dates_named_inspection_earlier_than_this_one_is_previous(void **state)
{
    (void)state;
    ix_doc *doc = run("The Fenmoor service was inspected in March 2024. The October 2022 focused "
                      "visit had found weak planning.\n");
    assert_non_null(find(doc, "fieldwork", "2024-03"));
    const ix_date *d = find(doc, NULL, "2022-10");
    assert_non_null(d);
    assert_string_equal(d->role, "previous_inspection");
    assert_string_equal(d->rule, "dates.previous_inspection.earlier");
    t_free(doc);
    doc = run("The service has improved since an inspection in 2019. Its 2019 thematic "
              "inspection made five recommendations.\n");
    assert_int_equal(doc->dates.n, 1);
    assert_string_equal(doc->dates.items[0].role, "previous_inspection");
    t_free(doc);
    doc = run("A December 2023 inspection by the inspectorate found gaps. Inspectors visited "
              "again in January 2024 and saw progress.\n");
    assert_non_null(find(doc, "fieldwork", "2023-12"));
    assert_non_null(find(doc, "fieldwork", "2024-01"));
    t_free(doc);
    /* any fieldwork date years before this inspection's is an earlier one */
    doc = run("The Care Quality Commission inspected the unit in November 2011 and rated it good. "
              "Inspectors visited the unit in January 2015.\n");
    assert_non_null(find(doc, "previous_inspection", "2011-11"));
    assert_non_null(find(doc, "fieldwork", "2015-01"));
    t_free(doc);
    /* but not a range: a programme of visits runs for months */
    doc = run("The inspectorate carried out a programme of inspections between May 2023 and "
              "August 2024. Inspectors visited the Fenshire unit in October 2024.\n");
    assert_non_null(find(doc, "fieldwork", "2023-05"));
    t_free(doc);
}

/* A month takes a year only where the text names it ('May this year',
 * 'June last year', against the page's own date); a month alone stays out
 * (but for an inspection's: dates_inspection_month_without_a_year_from_the_page). */
static void dates_month_with_this_or_last_year_takes_the_page_year(void **state)
{
    (void)state;
    ix_doc *doc = run("Fenmarsh update\n\nPublished: 15 June 2023\n\nThe board met in May this "
                      "year and meets again in March next year. Two managers left in June last "
                      "year. The chair retired in July.\n");
    const ix_date *d = find(doc, "other", "2023-05");
    assert_non_null(d);
    assert_string_equal(t_src(doc, d->span), "May this year");
    assert_string_equal(d->rule, "dates.year_from_publication");
    assert_non_null(find(doc, "other", "2024-03"));
    assert_non_null(find(doc, "other", "2022-06"));
    assert_null(find(doc, NULL, "2023-07"));
    assert_null(find(doc, NULL, "2022-07"));
    assert_int_equal(doc->dates.n, 4);
    t_free(doc);
    /* without the page's date, no year */
    doc = run("The board met in May this year.\n");
    assert_int_equal(doc->dates.n, 0);
    t_free(doc);
}

/* A council body's name with a colon dates its papers; a month opening a
 * sentence dates the newest report its publisher released. */
static void dates_meeting_bodies_and_a_latest_report_month(void **state)
{
    (void)state;
    expect_one("Youth Services Scrutiny Panel: 14th March 2023",
               "publication", "2023-03-14", "", "", "14th March 2023", "dates.meeting");
    expect_one("Corporate Parenting Board: 2 June 2022",
               "publication", "2022-06-02", "", "", "2 June 2022", "dates.meeting");
    /* the body's name may carry a bracketed qualifier */
    expect_one("Scrutiny Committee [Children and Families] : 2 June 2022",
               "publication", "2022-06-02", "", "", "2 June 2022", "dates.meeting");
    expect_one("Audit Panel (Special): 2 June 2022",
               "publication", "2022-06-02", "", "", "2 June 2022", "dates.meeting");
    /* near miss: a sentence about a panel is not its paper's dateline */
    expect_one("The board (which is new) said in its minutes of 2 June 2022 that it agreed.",
               "other", "2022-06-02", "", "", "2 June 2022", "dates.other");
    /* a committee named in a sentence, without its colon, is not the paper's date */
    expect_one("The committee discussed the report in 2 June 2022 minutes.",
               "other", "2022-06-02", "", "", "2 June 2022", "dates.other");
    expect_one("In March 2024, the Marlow Inspectorate released its latest findings on hostels.",
               "publication", "2024-03", "", "", "March 2024", "dates.published_on");
    /* an earlier report, not called latest or new, keeps no publication role */
    expect_one("In March 2019, the Marlow Inspectorate released a report on hostels.",
               "other", "2019-03", "", "", "March 2019", "dates.other");
}

/* A report title naming several places, a bracketed note after them, dates
 * the fieldwork; an inspection framework introduced in a month is no
 * inspection. */
static void dates_title_of_several_places_and_a_framework(void **state)
{
    (void)state;
    expect_one("Report on announced inspections of HMP Dunmore and HMP Fairview (Isle of Marl) "
               "by HM Chief Inspector of Hostels 3-9 March 2021",
               "fieldwork", "2021-03-03", "2021-03-09", "", "3-9 March 2021", "dates.fieldwork");
    /* near miss: the places run into a lower-case word before the date */
    expect_one("Report on inspections of HMP Dunmore and HMP Fairview held 3-9 March 2021",
               "other", "2021-03-03", "2021-03-09", "", "3-9 March 2021", "dates.other");
    expect_one("In April 2012 the Marl School Inspection Common Inspection Framework was revised.",
               "other", "2012-04", "", "", "April 2012", "dates.other");
    /* but a full inspection in a month is fieldwork */
    expect_one("In April 2012 a full inspection of the Marl school took place.",
               "fieldwork", "2012-04", "", "", "April 2012", "dates.fieldwork");
}

/* Earlier ratings with their years: a list after 'previously rated' and a
 * change from one; today's report dated in brackets. */
static void dates_earlier_ratings_and_todays_bracketed_report(void **state)
{
    (void)state;
    ix_doc *doc = run("Marl youth service praised\n\n"
                      "The Marl youth service, previously rated 'requires improvement' in 2020 and "
                      "'inadequate' in 2016, is now good.\n");
    assert_non_null(find(doc, "previous_inspection", "2020"));
    assert_non_null(find(doc, "previous_inspection", "2016"));
    t_free(doc);
    /* near miss: a quoted rating joined to fieldwork is not more fieldwork */
    doc = run("Marl youth service praised\n\n"
              "Inspectors visited the service in May 2022 and 'good' in 2016 was the word used.\n");
    assert_non_null(find(doc, "fieldwork", "2022-05"));
    assert_null(find(doc, "fieldwork", "2016"));
    t_free(doc);
    expect_one("The college saw its grade fall from 'good' in 2019 to 'inadequate'.",
               "previous_inspection", "2019", "", "", "2019", "dates.previous_inspection");
    expect_one("The unit is now rated good, up from requires improvement in 2021.",
               "previous_inspection", "2021", "", "", "2021", "dates.previous_inspection");
    expect_one("Wards at Marl General improve their rating from inadequate in 2017 to good.",
               "previous_inspection", "2017", "", "", "2017", "dates.previous_inspection");
    /* near miss: a count that fell from a figure in a year is no rating */
    expect_one("The number of staff rose from 40 people in 2019 to 55.",
               "other", "2019", "", "", "2019", "dates.other");
    expect_one("These are the findings of today's (3 April 2024) inspection report on Marl.",
               "publication", "2024-04-03", "", "", "3 April 2024", "dates.published_today");
    /* near miss: today's bracketed date before no report */
    expect_one("At today's (3 April 2024) meeting the board agreed its plan.",
               "other", "2024-04-03", "", "", "3 April 2024", "dates.other");
}

#define LONG_FOREWORD                                                                       \
    "We found much to praise in the hostels of Marl. Staff knew the residents well and "     \
    "planned their moves with care.\n\nLeaders had a clear plan for the year ahead and the " \
    "board checked its progress often.\n\nThere is still work to do on the oldest buildings."

/* A date alone on its line under a name and an office dates the foreword
 * it signs; under a line that names no office it does not. */
static void dates_date_under_a_signature_is_publication(void **state)
{
    (void)state;
    ix_doc *doc = run("Foreword\n\n" LONG_FOREWORD "\n\n"
                      "Ann Example\n\nHM Chief Inspector of Hostels\n\nMarch 2023\n\n"
                      "About this report\n");
    const ix_date *d = find(doc, "publication", "2023-03");
    assert_non_null(d);
    assert_string_equal(d->rule, "dates.signed_off");
    t_free(doc);
    /* near miss: a date under a heading that names no office */
    doc = run("Foreword\n\n" LONG_FOREWORD "\n\n"
              "Ann Example\n\nHostels in the North\n\nMarch 2023\n\nAbout this report\n");
    assert_null(find(doc, "publication", "2023-03"));
    t_free(doc);
}

/* A report on a visit, the visit's date after it: fieldwork, not the day
 * the report came out. */
static void dates_report_on_a_visit_dates_the_visit(void **state)
{
    (void)state;
    expect_one("The inspectorate published its report on a Liaison Visit on 6 and 7 May 2022 to the Marl unit.",
               "fieldwork", "2022-05-06", "2022-05-07", "", "6 and 7 May 2022", "dates.fieldwork");
    expect_one("A full inspection report of HMP Fenwick from March 2023 was published.",
               "fieldwork", "2023-03", "", "", "March 2023", "dates.fieldwork");
    /* near miss: a report from a body, not of a place, has no inspection date */
    expect_one("A report from the council from March 2023 was read.",
               "other", "2023-03", "", "", "March 2023", "dates.other");
    /* near miss: a report on a subject, then its day, is its publication */
    expect_one("The inspectorate published its report on the Marl unit on 6 May 2022.",
               "publication", "2022-05-06", "", "", "6 May 2022", "dates.published_on");
}

/* 'May this year' takes its year from a page dated by its month alone; a
 * page that states no month gives it none. */
static void dates_this_year_on_a_page_dated_by_month(void **state)
{
    (void)state;
    ix_doc *doc = run("October 2024\nMarl hostel requires improvement\n\nThe Marl hostel was "
                      "rated requires improvement. The inspection, which took place in June "
                      "this year, found staff stretched.\n");
    const ix_date *d = find(doc, "fieldwork", "2024-06");
    assert_non_null(d);
    assert_string_equal(t_src(doc, d->span), "June this year");
    t_free(doc);
    /* near miss: the page's date is a year only */
    doc = run("Marl hostel requires improvement\n\nThe Marl hostel was rated requires improvement "
              "in 2024. The inspection, which took place in June this year, found staff "
              "stretched.\n");
    assert_null(find(doc, NULL, "2024-06"));
    t_free(doc);
}

/* A year ends a capitalised title: a programme's or a report's name, a
 * place's edition; a law's year is no date. */
static void dates_year_ending_a_capitalised_title(void **state)
{
    (void)state;
    expect_one("TRIAD 2023/24 - An inspection of Marlshire Constabulary",
               "other", "2023", "2024", "", "2023/24", NULL);
    expect_one("The inspectorate has issued its State of Hostels and Shelters 2024 today.",
               "other", "2024", "", "", "2024", NULL);
    expect_one("The youth work in Dunmore 2021 plan was agreed.",
               "other", "2021", "", "", "2021", NULL);
    expect_one("Staff understood the summer term 2022 changes.",
               "other", "2022", "", "", "2022", NULL);
    /* near misses: laws, and a count after a name */
    expect_none("Staff understood the Marl Capacity Act 2005 and its duties.");
    expect_none("They followed the Hostels (Marl) Order 1998 closely.");
    expect_none("Marlshire 2019 staff joined the union.");
}

/* Forms of copied and informal text: a day run into its month ('07August
 * 2019', a PDF copy), a month with an apostrophe year ("Jan '15"), and a
 * month and year to the next year in two digits ('September 2014 - 15'). */
static void dates_glued_day_apostrophe_year_and_academic_year(void **state)
{
    (void)state;
    expect_one("Inspection date: 04 and 05March 2020",
               "fieldwork", "2020-03-04", "2020-03-05", "", "04 and 05March 2020", NULL);
    expect_one("The hostel was inspected between November 2016 and Feb '17.",
               "fieldwork", "2016-11", "2017-02", "", "November 2016 and Feb '17", NULL);
    expect_one("Only one school in Marlshire was judged outstanding in the academic year "
               "September 2016 - 17.",
               "other", "2016-09", "2017", "", "September 2016 - 17", NULL);
    /* near misses: a lower-case word after digits, a day after the dash, a
     * pair of years that are not consecutive */
    expect_none("The hostel has 12march beds.");
    expect_one("It ran from May 2019 - 15 June 2019.",
               "other", "2019-05", "2019-06-15", "", "May 2019 - 15 June 2019", NULL);
    expect_one("It ran in May 2019 - 25 of them.", "other", "2019-05", "", "", "May 2019", NULL);
}

/* Fieldwork: a date opening a sentence whose inspectorate spent days on
 * site, an inspection "of" a long place name before its month, a form's
 * label of when the inspection was completed. */
static void dates_fieldwork_spent_long_places_and_completed_labels(void **state)
{
    (void)state;
    expect_one("In March 2023, the Marl Inspectorate of Hostels spent three weeks assessing "
               "the work of the hostel.",
               "fieldwork", "2023-03", "", "", "March 2023", "dates.fieldwork");
    expect_one("The regulator published its report following an inspection of maternity "
               "services at the Royal Marlshire and Dunmore Infirmary in May 2023.",
               "fieldwork", "2023-05", "", "", "May 2023", "dates.fieldwork");
    expect_one("Date Inspection Completed 11/03/2021",
               "fieldwork", "2021-03-11", "", "", "11/03/2021", "dates.fieldwork");
    /* near misses: a body that spent money, an inspection that is only planned */
    expect_one("In March 2023, the Marl council spent two million pounds on hostels.",
               "other", "2023-03", "", "", "March 2023", "dates.other");
    expect_one("The council will act following an inspection of hostels planned in May 2023.",
               "other", "2023-05", "", "", "May 2023", "dates.other");
}

/* A report named by its date a year or more before the page's own is an
 * earlier inspection's; a follow-up names what it follows. */
static void dates_earlier_report_by_its_date_and_a_follow_up(void **state)
{
    (void)state;
    ix_doc *doc = run("Marl police improving\n\nPublished: 4 May 2023\n\nA March 2021 report on "
                      "Marlshire Police said inspectors were worried. A report in 2020 was "
                      "scathing.\n");
    const ix_date *d = find(doc, "previous_inspection", "2021-03");
    assert_non_null(d);
    assert_string_equal(d->rule, "dates.previous_inspection.earlier");
    assert_non_null(find(doc, "previous_inspection", "2020"));
    t_free(doc);
    /* near miss: a report of the page's own year may be this one */
    doc = run("Marl police improving\n\nPublished: 4 May 2023\n\nThe March 2023 report on "
              "Marlshire Police said inspectors were worried.\n");
    assert_non_null(find(doc, "other", "2023-03"));
    t_free(doc);
    /* without the page's date, the report's date stays other */
    expect_one("The March 2021 report on Marlshire Police was read.",
               "other", "2021-03", "", "", "March 2021", NULL);
    expect_one("It is a follow-up to the panel's June 2019 report into hostels.",
               "previous_inspection", "2019-06", "", "", "June 2019", "dates.previous_inspection");
    expect_one("This follow-up inspection of the 2018 inspection found progress.",
               "previous_inspection", "2018", "", "", "2018", "dates.previous_inspection");
    /* near miss: no follow-up, a report of the panel */
    expect_one("It is a response to the panel's June 2019 consultation.",
               "other", "2019-06", "", "", "June 2019", "dates.other");
}

/* A listing's entry under the story, a date then a colon and another
 * item's title, dates that item: not read. */
static void dates_listing_entry_under_the_story_is_not_read(void **state)
{
    (void)state;
    ix_doc *doc = run("Marl hostel rated poor\n\nInspectors visited the Marl hostel in May 2021 and "
                      "found it dirty and badly run. There were too few staff on every floor they saw.\n\n"
                      "March 2020: Reporters go inside the Dunmore hostel\n\n"
                      "The chief inspector said more must be done.\n");
    assert_non_null(find(doc, "fieldwork", "2021-05"));
    assert_null(find(doc, NULL, "2020-03"));
    assert_int_equal(doc->dates.n, 1);
    t_free(doc);
    /* near miss: a sentence that opens with a date and a colon is read */
    doc = run("Marl hostel rated poor\n\nInspectors visited the Marl hostel in May 2021 and "
              "found it dirty and badly run. There were too few staff on every floor they saw.\n\n"
              "March 2020: the hostel was sold to a new owner.\n");
    assert_non_null(find(doc, "other", "2020-03"));
    t_free(doc);
}

/* A follow-up dates the inspection whose concerns it checks, when it says
 * who raised them. */
static void dates_concerns_we_raised_date_an_earlier_inspection(void **state)
{
    (void)state;
    expect_one("The managers have acted on the concerns we raised with them in 2019.",
               "previous_inspection", "2019", "", "", "2019", "dates.previous_inspection");
    expect_one("Staff had addressed the concerns that inspectors had highlighted in March 2020.",
               "previous_inspection", "2020-03", "", "", "March 2020", "dates.previous_inspection");
    /* near miss: concerns found during this inspection, no one raising them */
    expect_one("There were concerns about staffing in May 2021.",
               "other", "2021-05", "", "", "May 2021", "dates.other");
}

/* Fallback by the nearest cue word: a month or a day that an inspection word
 * governs in its clause, when no construction named it. */
static void dates_nearest_inspection_word_gives_the_role(void **state)
{
    (void)state;
    expect_one("But its second inspection nine months later in October 2024 found the hostel safer.",
               "fieldwork", "2024-10", "", "", "October 2024", "dates.fieldwork.cue_word");
    expect_one("Its unannounced re-inspection of the Marlow unit on 4 March 2025 went well.",
               "fieldwork", "2025-03-04", "", "", "4 March 2025", "dates.fieldwork.cue_word");
    expect_one("Staff recalled the earlier two-day inspection of the wards in June 2019.",
               "previous_inspection", "2019-06", "", "", "June 2019",
               "dates.previous_inspection.cue_word");
    /* near misses: a bare year or a range names a programme as often; a
     * report, a launch or a bracket between the word and the date; a future
     * inspection */
    expect_one("Four hostels were in the inspection round in 2024.", "other", "2024", "", "",
               "2024", "dates.other");
    expect_one("The inspection report was published in May 2024.", "other", "2024-05", "", "",
               "May 2024", NULL);
    expect_one("The new hostel (a joint inspection with the Marl board), in May 2024, opened.",
               "other", "2024-05", "", "", "May 2024", "dates.other");
    expect_one("The hostel inspection regime launched in May 2024.", "other", "2024-05", "", "",
               "May 2024", "dates.other");
    expect_one("Its next inspection in May 2026 will look at the kitchens.", "other", "2026-05",
               "", "", "May 2026", "dates.other");
    expect_one("The inspection was discussed at a board meeting in May 2024.", "other",
               "2024-05", "", "", "May 2024", "dates.other");
}

/* 'between January and March this year': a run of months whose year a
 * phrase names. */
static void dates_month_run_with_this_year(void **state)
{
    (void)state;
    ix_doc *doc = run("Marl news\n\nPublished: 12 June 2023\n\nInspectors visited the hostels between "
                      "January and March this year, two were rated poor. Staff left from "
                      "September to November last year.\n");
    const ix_date *d = find(doc, "fieldwork", "2023-01");
    assert_non_null(d);
    assert_string_equal(d->end, "2023-03");
    assert_string_equal(t_src(doc, d->span), "January and March this year");
    d = find(doc, "other", "2022-09");
    assert_non_null(d);
    assert_string_equal(d->end, "2022-11");
    t_free(doc);
    /* months out of order are not a run: only the second is read */
    doc = run("Marl news\n\nPublished: 12 June 2023\n\nThe board met in May and March this "
              "year.\n");
    assert_null(find(doc, NULL, "2023-05"));
    d = find(doc, NULL, "2023-03");
    assert_non_null(d);
    assert_string_equal(d->end, "");
    t_free(doc);
}

/* A report's title whose place is told in lower-case words, or visited,
 * with the inspectors named after 'by'. */
static void dates_report_title_with_a_described_place(void **state)
{
    (void)state;
    expect_one("Report on an unannounced inspection visit to police custody suites in Marlshire by "
               "HM Inspectorate of Hostels and HM Inspectorate of Fenwards 3-13 May 2021",
               "fieldwork", "2021-05-03", "2021-05-13", "", "3-13 May 2021", "dates.fieldwork");
    expect_one("Report on an inspection of court custody in Dunmore by HM Inspectorate of Hostels "
               "14-16 May 2021", "fieldwork", "2021-05-14", "2021-05-16", "", "14-16 May 2021",
               "dates.fieldwork");
    /* near misses: a month after the inspectorate is a cover's publication
     * date; no inspector after 'by'; a stop between */
    expect_one("An inspection of court custody in Dunmore by HM Inspectorate of Hostels, May 2021",
               "publication", "2021-05", "", "", "May 2021", "dates.report_cover");
    expect_one("Report on an inspection visit to custody suites in Marlshire by the local press "
               "3-13 May 2021", "other", "2021-05-03", "2021-05-13", "", "3-13 May 2021", NULL);
    expect_one("A report on an inspection of the wards was written by hand. May 2021 was busy.",
               "other", "2021-05", "", "", "May 2021", NULL);
}

/* A report or inspection dated by a bracketed day just before it. */
static void dates_bracketed_day_before_a_report_is_publication(void **state)
{
    (void)state;
    expect_one("A new (4 May 2021) thematic inspection from the Marl Inspectorate found gaps.",
               "publication", "2021-05-04", "", "", "4 May 2021", "dates.published_today");
    expect_one("Read the latest [Tuesday 4 May 2021] report on Fenwick Hostel.",
               "publication", "2021-05-04", "", "", "Tuesday 4 May 2021", "dates.published_today");
    /* near misses: a bracketed day before something else; a month alone */
    expect_one("The board met ahead of the debate (4 May 2021) on hostel funding.",
               "other", "2021-05-04", "", "", "4 May 2021", NULL);
    expect_one("A new (May 2021) thematic inspection from the Marl Inspectorate found gaps.",
               "other", "2021-05", "", "", "May 2021", NULL);
}

/* A report's title line: the place, then a colon or comma before the days
 * of the inspection; a scrutiny visit so reported; a day and a run of
 * days; a cover's range of days alone on its line is not a date line. */
static void dates_report_title_after_a_colon_and_scrutiny_visits(void **state)
{
    (void)state;
    expect_one("Report on Full Inspection of HMP Fenwick: 4 - 15 March 2019", "fieldwork",
               "2019-03-04", "2019-03-15", "", "4 - 15 March 2019", "dates.fieldwork");
    expect_one("Report on Unannounced Inspection of Dunmore Prison, 27 May - 5 June 2014",
               "fieldwork", "2014-05-27", "2014-06-05", "", "27 May - 5 June 2014", "dates.fieldwork");
    expect_one("Report on a scrutiny visit to HMP Fenwick and the Marl unit by HM Chief Inspector "
               "of Hostels 19 and 26\xE2\x80\x93" "27 January 2021", "fieldwork", "2021-01-19",
               "2021-01-27", "", "19 and 26\xE2\x80\x93" "27 January 2021", "dates.fieldwork");
    /* near misses: a scrutiny without a visit; a colon after a place that
     * no inspection names; days out of order are two dates */
    expect_one("A scrutiny of Marl Council by the Fenshire Panel 3-5 May 2021 was thorough.",
               "other", "2021-05-03", "2021-05-05", "", "3-5 May 2021", NULL);
    expect_one("Letters from HMP Fenwick: 4 - 15 March 2019", "other", "2019-03-04", "2019-03-15",
               "", "4 - 15 March 2019", NULL);
    ix_doc *doc = run("Staff met on 30 and 1-2 May 2021 in each office.");
    assert_null(find(doc, NULL, "2021-04-30"));
    t_free(doc);
    /* a report's cover: its range of days under the title is fieldwork, not
     * the page's date line */
    doc = run("Report on an unannounced inspection visit to\n\nhostels in Marlshire\n\n"
              "by HM Inspectorate of Hostels\n\n3\xE2\x80\x93" "13 May 2021\n\n"
              "The inspectors found the hostels in good order, with staff who knew their "
              "residents well and kitchens kept clean, and made four recommendations.\n");
    assert_int_equal(count_role(doc, "publication"), 0);
    t_free(doc);
    doc = run("Fenshire probation praised\n\n4 May 2021\n\n"
              "The inspectors found the service in good order, with staff who knew their "
              "cases well and offices kept clean, and made four recommendations.\n");
    const ix_date *d = find(doc, "publication", "2021-05-04");
    assert_non_null(d);
    t_free(doc);
}

/* A regulator's assessment labelled with its dates, as an inspection is. */
static void dates_assessment_labels_are_fieldwork(void **state)
{
    (void)state;
    expect_one("Date of assessment: 3 to 14 May 2021. The hostel houses 20 men.", "fieldwork",
               "2021-05-03", "2021-05-14", "", "3 to 14 May 2021", "dates.fieldwork");
    expect_one("Assessment dates: 3-5 May 2021", "fieldwork", "2021-05-03", "2021-05-05", "",
               "3-5 May 2021", "dates.fieldwork");
    expect_one("Assessment period: May 2021", "fieldwork", "2021-05", "", "", "May 2021",
               "dates.fieldwork");
    expect_one("Dates of site visits: 3-5 May 2021", "fieldwork", "2021-05-03", "2021-05-05", "",
               "3-5 May 2021", "dates.fieldwork");
    /* near miss: an assessment named without a label */
    expect_one("The risk assessment of the hostel kitchen from May 2021 was lost.", "other",
               "2021-05", "", "", "May 2021", NULL);
}

/* A fieldwork verb and its date may stand as far apart as the window
 * allows, when nothing between them starts another clause or sentence;
 * 'during' takes inspections with any modifiers, with or without a
 * determiner. */
static void dates_fieldwork_verb_far_from_its_date(void **state)
{
    (void)state;
    expect_one("The hostel was inspected by the Fenshire Inspectorate of Hostels and Lodging Houses "
               "under its new small-hostels framework in May 2021.", "fieldwork", "2021-05", "", "",
               "May 2021", "dates.fieldwork");
    expect_one("The inspection was conducted jointly by the Fenshire Inspectorate of Hostels (FIH) "
               "and the Marl Inspectorate of Kitchens and Gardens (MIKG) in September 2021.",
               "fieldwork", "2021-09", "", "", "September 2021", "dates.fieldwork");
    expect_one("Inspectors looked at the kitchens during announced and unannounced inspections in "
               "May and June 2021.", "fieldwork", "2021-05", "2021-06", "", "May and June 2021",
               "dates.fieldwork");
    /* near misses: a clause word or a stop between the verb and the date;
     * an earlier inspection */
    expect_one("The hostel was inspected by the Fenshire Inspectorate of Hostels, which later "
               "changed its name in May 2021.", "other", "2021-05", "", "", "May 2021", NULL);
    expect_one("The hostel was inspected by the county; its wardens were replaced in May 2021.",
               "other", "2021-05", "", "", "May 2021", NULL);
    ix_doc *doc = run("Kitchens were dirty during previous inspections in May 2019.");
    assert_null(find(doc, "fieldwork", "2019-05"));
    t_free(doc);
}

/* Who inspects and what they do, as tables: a team of inspectors, went
 * to, a relative clause after the inspectors. */
static void dates_fieldwork_team_went_to_and_who_visited(void **state)
{
    (void)state;
    expect_one("In May 2021, a team of four inspectors visited the hostel.", "fieldwork", "2021-05",
               "", "", "May 2021", "dates.fieldwork");
    expect_one("Inspectors went to the hostel in May 2021.", "fieldwork", "2021-05", "", "",
               "May 2021", "dates.fieldwork");
    expect_one("Inspectors, who visited in May 2021, found the kitchens clean.", "fieldwork",
               "2021-05", "", "", "May 2021", "dates.fieldwork");
    /* near misses: a team that is not of inspectors; a visit by someone else */
    expect_one("In May 2021, a team of builders visited the hostel.", "other", "2021-05", "", "",
               "May 2021", NULL);
    expect_one("The warden went to Marlow in May 2021.", "other", "2021-05", "", "", "May 2021",
               NULL);
}

/* Sibling labels and subjects of the fieldwork, earlier-inspection and
 * embargo tables: 'Date(s) of inspection', 'Inspection visit dates',
 * 'Inspection carried out on', 'Inspected on', 'Last inspected:', an
 * inspection team with any determiner, a single inspector, 're-visited',
 * 'Not to be published before', 'Dated:', a report or its findings ', issued
 * on' or ', released on', 'Fieldwork concluded in', 'Our fieldwork was in'. */
static void dates_sibling_labels_and_subjects(void **state)
{
    (void)state;
    expect_one("Inspection date(s): 12-16 April 2021", "fieldwork", "2021-04-12", "2021-04-16", "",
               "12-16 April 2021", "dates.fieldwork");
    expect_one("Date(s) of inspection: 12-16 April 2021", "fieldwork", "2021-04-12", "2021-04-16",
               "", "12-16 April 2021", "dates.fieldwork");
    expect_one("Inspection visit dates: 12-16 April 2021", "fieldwork", "2021-04-12", "2021-04-16",
               "", "12-16 April 2021", "dates.fieldwork");
    expect_one("Inspection carried out on: 12 April 2021", "fieldwork", "2021-04-12", "", "",
               "12 April 2021", "dates.fieldwork");
    expect_one("Inspected on: 12 April 2021", "fieldwork", "2021-04-12", "", "", "12 April 2021",
               "dates.fieldwork");
    expect_one("Last inspected: 9 October 2019", "previous_inspection", "2019-10-09", "", "",
               "9 October 2019", "dates.previous_inspection");
    expect_one("Previously inspected: October 2019", "previous_inspection", "2019-10", "", "",
               "October 2019", "dates.previous_inspection");
    expect_one("An inspection team visited the Harrowgate hostel between 10 and 14 May 2021.",
               "fieldwork", "2021-05-10", "2021-05-14", "", "10 and 14 May 2021", "dates.fieldwork");
    expect_one("An inspector visited the Harrowgate hostel on 10 May 2021.", "fieldwork",
               "2021-05-10", "", "", "10 May 2021", "dates.fieldwork");
    expect_one("The Harrowgate hostel was re-visited in May 2021.", "fieldwork", "2021-05", "", "",
               "May 2021", "dates.fieldwork");
    expect_one("Not to be published before 00:01 on 4 May 2021", "publication", "2021-05-04", "",
               "00:01", "00:01 on 4 May 2021", "dates.embargo_line");
    expect_one("Dated: 4 May 2021\n\nThe Harrowgate hostel houses twenty men.", "publication",
               "2021-05-04", "", "", "4 May 2021", "dates.dateline");
    expect_one("The latest report, issued on 4 May 2021, found the kitchens clean.", "publication",
               "2021-05-04", "", "", "4 May 2021", "dates.published_on");
    expect_one("Its findings, released on 4 May 2021, show the kitchens clean.", "publication",
               "2021-05-04", "", "", "4 May 2021", "dates.published_on");
    expect_one("The resident, released on 4 May 2021, was recalled.", "other", "2021-05-04", "", "",
               "4 May 2021", NULL);
    expect_one("Fieldwork concluded in January 2021.", "fieldwork", "2021-01", "", "",
               "January 2021", "dates.fieldwork");
    expect_one("Our fieldwork was in January 2021.", "fieldwork", "2021-01", "", "",
               "January 2021", "dates.fieldwork");
    expect_one("Fieldwork was delayed by the flooding in March 2020.", "other", "2020-03", "", "",
               "March 2020", NULL);
    /* near misses: a team that is not an inspection team, a report that is
     * not to be published, an area not re-inspected */
    expect_one("A football team visited the Harrowgate hostel between 10 and 14 May 2021.", "other",
               "2021-05-10", "2021-05-14", "", "10 and 14 May 2021", NULL);
    expect_one("The plan is not to be changed before 4 May 2021.", "other", "2021-05-04", "", "",
               "4 May 2021", NULL);
    expect_one("Judgments stand for areas which were not re-inspected in 2017.", "other", "2017",
               "", "", "2017", NULL);
}

/* More judgements that date an earlier inspection when the year is before
 * this one's: what inspectors found, reported or criticised ('In 2019
 * inspectors had found ...', 'criticised by inspectors'),
 * a grade told after its noun ('the grade it received in 2019'), special
 * measures. */
static void dates_earlier_findings_and_grades_after_their_noun(void **state)
{
    (void)state;
    const char *head = "Harrowgate hostel improves\n\nPublished: 4 May 2022\n\n";
    const char *earlier[] = {
        "The chief inspector said that in 2019 inspectors had \xE2\x80\x9C" "found a hostel in crisis\xE2\x80\x9D.",
        "In 2019 inspectors reported that the hostel was unsafe.",
        "In 2019 the hostel was criticised by inspectors for its kitchens.",
        "The hostel has moved up from requires improvement, the grade it received in 2019.",
        "The hostel was placed in special measures in 2019.",
    };
    for (size_t k = 0; k < sizeof earlier / sizeof earlier[0]; k++) {
        char text[512];
        snprintf(text, sizeof text, "%s%s\n", head, earlier[k]);
        ix_doc *doc = run(text);
        const ix_date *d = find(doc, NULL, "2019");
        if (!d || strcmp(d->role, "previous_inspection") != 0)
            fail_msg("'%s': 2019 is %s", earlier[k], d ? d->role : "not read");
        assert_string_equal(d->rule, "dates.previous_inspection.earlier");
        t_free(doc);
    }
    /* near misses: this inspection's own year, and a page with no date of
     * its own to be earlier than */
    ix_doc *doc = run("Harrowgate hostel improves\n\nPublished: 4 May 2022\n\n"
                      "In 2022 inspectors found that the hostel was safe.\n");
    assert_null(find(doc, "previous_inspection", "2022"));
    t_free(doc);
    expect_one("In 2019 inspectors found that the hostel was unsafe.", "other", "2019", "", "",
               "2019", "dates.other");
}

/* A report's citation line names its inspectorate by a short name or its
 * chief inspector before the month ('HMI Probation, July 2020',
 * 'HMICFRS, July 2020', 'HM Chief Inspector of Hostels, July 2020'); a run
 * of days there is the inspection's, not the cover's. */
static void dates_report_cover_short_names_and_chief_inspectors(void **state)
{
    (void)state;
    expect_one("An inspection of the Harrowgate service\nHMI Probation, July 2020\n", "publication",
               "2020-07", "", "", "July 2020", "dates.report_cover");
    expect_one("Harrowgate Constabulary: an inspection by HMICFRS, July 2020\n", "publication",
               "2020-07", "", "", "July 2020", "dates.report_cover");
    expect_one("Harrowgate hostel report, HM Chief Inspector of Hostels, July 2020\n", "publication",
               "2020-07", "", "", "July 2020", "dates.report_cover");
    /* near misses: a date in a sentence after the name, a run of days */
    expect_one("The service was praised by HMI Probation in July 2020 for its work.", "other",
               "2020-07", "", "", "July 2020", NULL);
    ix_doc *doc = run("Harrowgate hostel report by HM Chief Inspector of Hostels 8-15 July 2020\n");
    assert_int_equal(count_role(doc, "publication"), 0);
    t_free(doc);
}

/* A site's byline with a lower-case user name ('Posted by admin on ...')
 * and a report's own publication label ('Report publication date:'). */
static void dates_byline_user_name_and_report_publication_label(void **state)
{
    (void)state;
    expect_one("Posted by admin on 4 May 2021\n\nThe Harrowgate hostel houses twenty men.",
               "publication", "2021-05-04", "", "", "4 May 2021", "dates.byline");
    expect_one("Posted by web_team, 4 May 2021\n\nThe Harrowgate hostel houses twenty men.",
               "publication", "2021-05-04", "", "", "4 May 2021", "dates.byline");
    expect_one("Report publication date: 4 May 2021\n\nThe Harrowgate hostel houses twenty men.",
               "publication", "2021-05-04", "", "", "4 May 2021", "dates.dateline");
    /* near miss: a leaflet posted by the council to residents */
    expect_one("Posted by the council to residents on 4 May 2021\n\nThe Harrowgate hostel houses "
               "twenty men.",
               "other", "2021-05-04", "", "", "4 May 2021", NULL);
}

/* A news site's age notice after its date line ("This story is over 15
 * months old") leaves the line a dateline; a sentence opened by a date
 * whose publisher's words hold its acronym ("On 9 July 2024, HM
 * Inspectorate of Hostels (HMIH) published a 68-page report") dates the
 * report.  Near miss: the notice with no date before it dates nothing. */
static void dates_age_notice_and_a_publisher_with_its_acronym(void **state)
{
    (void)state;
    expect_one("March 30, 2023 10.00 am This story is over 15 months old\n\nHarrowgate hostel "
               "praised\n\nThe Harrowgate hostel houses twenty men.",
               "publication", "2023-03-30", "", "10:00", "March 30, 2023 10.00 am", "dates.dateline");
    expect_one("4 May 2021 This article is more than 5 years old\n\nHarrowgate hostel praised\n\n"
               "The Harrowgate hostel houses twenty men.",
               "publication", "2021-05-04", "", "", "4 May 2021", "dates.dateline");
    expect_one("Hostel criticised\n\nOn 9th July 2024, HM Inspectorate of Hostels (HMIH) published a "
               "68-page report following an unannounced inspection.",
               "publication", "2024-07-09", "", "", "9th July 2024", "dates.published_on");
    expect_one("Hostel criticised\n\nOn 9th July 2024, the manager (Ms Lee) left the hostel "
               "for good.",
               "other", "2024-07-09", "", "", "9th July 2024", NULL);
}

/* A date naming an inspection ("The 2019 inspection") well before the
 * document's publication is an earlier inspection's, with no fieldwork of
 * this one stated; near miss: the year before the publication (an
 * inspection of one year is often published the next). */
static void dates_named_inspection_well_before_the_publication(void **state)
{
    (void)state;
    ix_doc *doc = run("Hostel report\n\nPublished: 14 June 2023\n\nThe Harrowgate hostel was rated "
                      "'Good'. The 2019 inspection rated it 'Inadequate'.\n");
    const ix_date *d = find(doc, "previous_inspection", "2019");
    assert_non_null(d);
    assert_string_equal(d->rule, "dates.previous_inspection.earlier");
    t_free(doc);
    doc = run("Hostel report\n\nPublished: 14 June 2023\n\nThe Harrowgate hostel was rated "
              "'Good'. The 2022 inspection found a calmer hostel.\n");
    assert_null(find(doc, "previous_inspection", "2022"));
    assert_non_null(find(doc, "fieldwork", "2022"));
    t_free(doc);
}

/* The inspectorate with a relative clause of its visit: "HM Inspectorate
 * of Hostels, which inspected both units in June, said ..." (the month's
 * year from the page's date). */
static void dates_inspectorate_which_inspected(void **state)
{
    (void)state;
    ix_doc *doc = run("Hostels criticised\n\nPublished: 18 August 2022\n\nHM Inspectorate of Hostels, "
                      "which inspected both units (the Annexe and the Lodge) in June, said staff were "
                      "stretched.\n");
    const ix_date *d = find(doc, "fieldwork", "2022-06");
    assert_non_null(d);
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dates_parse_month_names_a_month_word),
        cmocka_unit_test(dates_reads_day_month_year_forms),
        cmocka_unit_test(dates_reads_month_first_forms),
        cmocka_unit_test(dates_reads_numeric_day_first_and_iso),
        cmocka_unit_test(dates_numeric_date_that_reads_both_ways_is_day_first_with_warning),
        cmocka_unit_test(dates_month_first_numeric_date_is_not_read),
        cmocka_unit_test(dates_reads_month_and_year),
        cmocka_unit_test(dates_reads_bare_year_after_a_preposition),
        cmocka_unit_test(dates_qualified_periods_keep_their_precision_and_name_the_qualifier),
        cmocka_unit_test(dates_seasons_are_years_and_halves_month_ranges),
        cmocka_unit_test(dates_time_before_or_after_the_day_is_attached),
        cmocka_unit_test(dates_a_number_with_a_point_is_not_a_time_without_a_day),
        cmocka_unit_test(dates_month_pairs_and_lists_are_one_range),
        cmocka_unit_test(dates_day_ranges_borrow_month_and_year),
        cmocka_unit_test(dates_year_ranges),
        cmocka_unit_test(dates_two_full_dates_joined_by_and_are_two_dates),
        cmocka_unit_test(dates_impossible_day_is_not_output_and_warns),
        cmocka_unit_test(dates_numbers_that_are_not_years_are_not_dates),
        cmocka_unit_test(dates_day_or_month_without_a_year_is_not_a_date),
        cmocka_unit_test(dates_embargo_line_in_the_notes_is_publication),
        cmocka_unit_test(dates_embargo_with_time_after_the_date_is_publication),
        cmocka_unit_test(dates_published_today_takes_the_bracketed_date),
        cmocka_unit_test(dates_byline_date_is_publication),
        cmocka_unit_test(dates_byline_with_a_job_title_is_publication),
        cmocka_unit_test(dates_dateline_is_publication),
        cmocka_unit_test(dates_dateline_labels_of_every_publishing_word),
        cmocka_unit_test(dates_other_reports_and_by_phrases_are_not_publication),
        cmocka_unit_test(dates_fieldwork_phrasings),
        cmocka_unit_test(dates_inspectorate_acronym_and_joint_inspection_are_fieldwork),
        cmocka_unit_test(dates_second_date_joined_by_and_shares_the_role),
        cmocka_unit_test(dates_future_inspection_is_not_fieldwork),
        cmocka_unit_test(dates_following_an_inspection_and_team_on_site_are_fieldwork),
        cmocka_unit_test(dates_report_published_on_a_day_is_publication),
        cmocka_unit_test(dates_yesterday_gets_a_role_from_its_words),
        cmocka_unit_test(dates_papers_answers_and_report_covers_are_dated),
        cmocka_unit_test(dates_earlier_and_current_inspections_told_apart),
        cmocka_unit_test(dates_earlier_inspection_named_next_to_a_date),
        cmocka_unit_test(dates_named_inspection_earlier_than_this_one_is_previous),
        cmocka_unit_test(dates_a_date_line_at_the_top_of_a_page_is_publication),
        cmocka_unit_test(dates_time_stamp_line_is_publication),
        cmocka_unit_test(dates_inspection_list_entry_is_fieldwork),
        cmocka_unit_test(dates_report_issued_with_its_date_is_publication),
        cmocka_unit_test(dates_more_ways_to_say_fieldwork),
        cmocka_unit_test(dates_inspection_headings_and_report_titles_are_fieldwork),
        cmocka_unit_test(dates_more_ways_to_say_an_earlier_inspection),
        cmocka_unit_test(dates_years_after_a_possessive_or_a_report_noun),
        cmocka_unit_test(dates_caseload_date_opening_a_sentence_is_caseload_as_of),
        cmocka_unit_test(dates_same_month_or_year_as_other_beside_a_role_is_dropped),
        cmocka_unit_test(dates_as_at_next_to_a_caseload_is_caseload_as_of),
        cmocka_unit_test(dates_supervised_count_in_a_month_is_caseload_as_of),
        cmocka_unit_test(dates_as_at_without_a_caseload_is_other),
        cmocka_unit_test(dates_find_in_gives_the_caseload_date_of_a_sentence),
        cmocka_unit_test(dates_previous_inspection_phrasings),
        cmocka_unit_test(dates_annual_report_year_is_other),
        cmocka_unit_test(dates_yesterday_is_resolved_against_the_publication_date),
        cmocka_unit_test(dates_relative_words_without_a_publication_date_are_left_out),
        cmocka_unit_test(dates_bare_today_adds_nothing),
        cmocka_unit_test(dates_same_date_same_role_is_one_item),
        cmocka_unit_test(dates_repeat_with_a_time_is_the_item_kept),
        cmocka_unit_test(dates_other_mention_of_a_day_with_a_role_is_dropped),
        cmocka_unit_test(dates_in_page_furniture_are_not_output),
        cmocka_unit_test(dates_reader_skips_an_invalid_date_whole),
        cmocka_unit_test(dates_reader_survives_long_and_odd_input),
        cmocka_unit_test(dates_embargo_line_with_a_titled_report_and_hrs),
        cmocka_unit_test(dates_fieldwork_across_a_parenthetical_which_clause),
        cmocka_unit_test(dates_sister_report_dateline_dash_and_looked_at_before),
        cmocka_unit_test(dates_label_inside_a_run_together_header_and_based_on_visits),
        cmocka_unit_test(dates_visits_inspections_described_and_earlier_ones_dated),
        cmocka_unit_test(dates_day_and_month_take_the_year_of_the_page),
        cmocka_unit_test(dates_yearless_runs_of_days_take_the_year_of_the_page),
        cmocka_unit_test(dates_month_with_this_or_last_year_takes_the_page_year),
        cmocka_unit_test(dates_inspection_named_by_its_date),
        cmocka_unit_test(dates_published_today_comma_and_recommendations_made),
        cmocka_unit_test(dates_reader_finds_start_words_in_any_case),
        cmocka_unit_test(dates_reader_reads_a_the_only_before_a_date),
        cmocka_unit_test(dates_fieldwork_subjects_participles_and_plural_verbs),
        cmocka_unit_test(dates_publication_synonyms_of_publish),
        cmocka_unit_test(dates_update_stamp_is_other_and_kept_beside_publication),
        cmocka_unit_test(dates_cue_and_date_across_a_wrapped_line),
        cmocka_unit_test(dates_month_pair_with_a_slash_and_week_commencing),
        cmocka_unit_test(dates_inspection_labels_letters_and_visits),
        cmocka_unit_test(dates_bylines_and_date_lines_of_many_shapes),
        cmocka_unit_test(dates_hyphenated_day_month_and_two_digit_year),
        cmocka_unit_test(dates_sign_off_line_dates_a_statement),
        cmocka_unit_test(dates_scraper_label_with_a_month),
        cmocka_unit_test(dates_own_day_without_a_year_takes_the_year_of_a_day_given),
        cmocka_unit_test(dates_meeting_bodies_and_a_latest_report_month),
        cmocka_unit_test(dates_title_of_several_places_and_a_framework),
        cmocka_unit_test(dates_earlier_ratings_and_todays_bracketed_report),
        cmocka_unit_test(dates_date_under_a_signature_is_publication),
        cmocka_unit_test(dates_report_on_a_visit_dates_the_visit),
        cmocka_unit_test(dates_this_year_on_a_page_dated_by_month),
        cmocka_unit_test(dates_year_ending_a_capitalised_title),
        cmocka_unit_test(dates_glued_day_apostrophe_year_and_academic_year),
        cmocka_unit_test(dates_fieldwork_spent_long_places_and_completed_labels),
        cmocka_unit_test(dates_earlier_report_by_its_date_and_a_follow_up),
        cmocka_unit_test(dates_listing_entry_under_the_story_is_not_read),
        cmocka_unit_test(dates_concerns_we_raised_date_an_earlier_inspection),
        cmocka_unit_test(dates_nearest_inspection_word_gives_the_role),
        cmocka_unit_test(dates_month_run_with_this_year),
        cmocka_unit_test(dates_report_title_with_a_described_place),
        cmocka_unit_test(dates_report_title_after_a_colon_and_scrutiny_visits),
        cmocka_unit_test(dates_assessment_labels_are_fieldwork),
        cmocka_unit_test(dates_fieldwork_verb_far_from_its_date),
        cmocka_unit_test(dates_fieldwork_team_went_to_and_who_visited),
        cmocka_unit_test(dates_bracketed_day_before_a_report_is_publication),
        cmocka_unit_test(dates_other_month_beside_a_roled_day_of_it_is_dropped),
        cmocka_unit_test(dates_inspection_month_without_a_year_from_the_page),
        cmocka_unit_test(dates_sibling_labels_and_subjects),
        cmocka_unit_test(dates_earlier_findings_and_grades_after_their_noun),
        cmocka_unit_test(dates_report_cover_short_names_and_chief_inspectors),
        cmocka_unit_test(dates_byline_user_name_and_report_publication_label),
        cmocka_unit_test(dates_age_notice_and_a_publisher_with_its_acronym),
        cmocka_unit_test(dates_named_inspection_well_before_the_publication),
        cmocka_unit_test(dates_inspectorate_which_inspected),
        cmocka_unit_test(dates_two_digit_year_on_a_line_of_its_own),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
