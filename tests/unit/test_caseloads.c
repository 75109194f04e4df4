/* tests/unit/test_caseloads.c -- how many people a subject supervises, on
 * releases written for these tests.
 *
 * Most tests run the pipeline up to the title stage, then put in the
 * subject and the dates by hand and run the caseloads stage alone: they test
 * this stage's own decisions whatever the subjects and dates stages find.
 * The tests named `..._end_to_end` run every stage. */
#include "tests/unit/support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extractors/caseloads.h"
#include "extractors/numbers.h"

static const char *crc_aliases[] = {"the CRC", NULL};

static ix_doc *prepare(const char *text)
{
    return t_extract_until(text, "title");
}

/* Norm offsets of the first occurrence of needle. */
static ix_span norm_of(const ix_doc *doc, const char *needle)
{
    const char *p = strstr(doc->norm, needle);
    if (!p)
        fail_msg("not in the text: %s", needle);
    ix_span sp = {(size_t)(p - doc->norm), (size_t)(p - doc->norm) + strlen(needle)};
    return sp;
}

static void add_subject(ix_doc *doc, const char *name, const char *type)
{
    ix_subject *s = IX_VEC_PUSH(doc->arena, doc->subjects);
    assert_non_null(s);
    snprintf(s->id, sizeof s->id, "s%zu", doc->subjects.n);
    s->name = name;
    s->type = type;
    s->aliases = crc_aliases;
    s->norm = norm_of(doc, name);
    s->span = ix_doc_src_span(doc, s->norm.start, s->norm.end);
}

static void add_date(ix_doc *doc, const char *role, const char *start, const char *text)
{
    ix_date *d = IX_VEC_PUSH(doc->arena, doc->dates);
    assert_non_null(d);
    d->role = role;
    snprintf(d->start, sizeof d->start, "%s", start);
    d->rule = "test";
    d->norm = norm_of(doc, text);
    d->span = ix_doc_src_span(doc, d->norm.start, d->norm.end);
}

static void run_caseloads(ix_doc *doc)
{
    void *st = NULL;
    ix_err err = {0};
    if (ix_caseloads_init(&st, &err) != IX_OK)
        fail_msg("init: %s", err.msg);
    int rc = ix_caseloads_run(st, doc, &err);
    ix_caseloads_fini(st);
    if (rc != IX_OK)
        fail_msg("run: %s", err.msg);
}

static void check(const ix_doc *doc, size_t i, const char *subject, double count,
                  ix_approx approx, const char *unit, const char *as_of,
                  const char *evidence, const char *rule)
{
    assert_true(i < doc->caseloads.n);
    const ix_caseload *c = &doc->caseloads.items[i];
    if (subject) {
        assert_non_null(c->subject);
        assert_string_equal(c->subject, subject);
    } else {
        assert_null(c->subject);
    }
    assert_true(c->count == count);
    assert_string_equal(ix_numbers_approx_name(c->approx), ix_numbers_approx_name(approx));
    if (unit) {
        assert_non_null(c->unit);
        assert_string_equal(c->unit, unit);
    } else {
        assert_null(c->unit);
    }
    assert_string_equal(c->as_of, as_of);
    assert_string_equal(t_src(doc, c->span), evidence);
    if (rule)
        assert_string_equal(c->rule, rule);
    assert_non_null(c->rule);
}

/* ---- forms --------------------------------------------------------- */

static void caseloads_reads_supervises_more_than(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Fenwick probation company told to improve\n\n"
                          "Fenwick Community Rehabilitation Company needs to do more, inspectors "
                          "say. The CRC supervises more than 4,200 adult male offenders across "
                          "two counties.\n");
    add_subject(doc, "Fenwick Community Rehabilitation Company", "crc");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 4200, IX_APPROX_MORE_THAN, "offenders", "",
          "more than 4,200 adult male offenders", "caseloads.supervises");
    t_free(doc);
}

static void caseloads_reads_services_for(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Fenwick Community Rehabilitation Company improving\n\n"
                          "The company running probation services for nearly 9,000 offenders in "
                          "Fenwick has made progress, inspectors found.\n");
    add_subject(doc, "Fenwick Community Rehabilitation Company", "crc");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 9000, IX_APPROX_NEARLY, "offenders", "", "nearly 9,000 offenders",
          "caseloads.services_for");
    t_free(doc);
    /* services for a number of people is not a caseload without a body */
    doc = prepare("Council news\n\nThe council runs leisure services for 9,000 members.\n");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 0);
    t_free(doc);
}

static void caseloads_reads_a_practice_serving_its_patients(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Elm Road Surgery rated inadequate\n\n"
                          "Elm Road Surgery has been rated inadequate. The practice serves 9,500 "
                          "patients in the town.\n");
    add_subject(doc, "Elm Road Surgery", "other");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 9500, IX_APPROX_EXACT, "patients", "", "9,500 patients",
          "caseloads.works_with");
    t_free(doc);
}

static void caseloads_reads_responsible_for_with_fieldwork_date(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Fenwick CRC must improve\n\n"
                          "Inspectors rated Fenwick CRC as requiring improvement.\n\n"
                          "ENDS\n\n"
                          "Notes to editors\n\n"
                          "1. At the time of the inspection, Fenwick CRC was responsible for "
                          "supervising 2,871 people.\n"
                          "2. Fieldwork took place in January 2021.\n");
    add_subject(doc, "Fenwick CRC", "crc");
    add_date(doc, "fieldwork", "2021-01", "January 2021");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 2871, IX_APPROX_EXACT, "people", "2021-01", "2,871 people",
          "caseloads.responsible_for");
    t_free(doc);
}

static void caseloads_reads_as_at_date_in_the_same_sentence(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Fenwick CRC supervised 3,412 individuals as at 31 March 2020. "
                          "Inspectors visited in June 2020.\n");
    add_subject(doc, "Fenwick CRC", "crc");
    add_date(doc, "caseload_as_of", "2020-03-31", "31 March 2020");
    add_date(doc, "fieldwork", "2020-06", "June 2020");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 3412, IX_APPROX_EXACT, "individuals", "2020-03-31",
          "3,412 individuals", "caseloads.supervises");
    t_free(doc);
}

static void caseloads_reads_a_date_after_the_count(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Brackwater CRC, covering Wiltshire, Dorset and Hampshire, supervised "
                          "about 6,150 offenders assessed as low risk in October 2017.\n");
    add_subject(doc, "Brackwater CRC", "crc");
    add_date(doc, "other", "2017-10", "October 2017");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 6150, IX_APPROX_ABOUT, "offenders", "2017-10", "about 6,150 offenders",
          NULL);
    t_free(doc);
}

static void caseloads_reads_caseload_of_without_a_unit(void **state)
{
    (void)state;
    ix_doc *doc = prepare("The Tarnside youth justice service has a caseload of 1,940.\n");
    add_subject(doc, "Tarnside youth justice service", "yos");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 1940, IX_APPROX_EXACT, NULL, "", "1,940", "caseloads.caseload_of");
    t_free(doc);
}

/* The sentence opens with the caseload of the body it is about; a national
 * one is not the subject's. */
static void caseloads_reads_its_caseload_stood_at(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Tarnside PDU was inspected.\n\nIts caseload stood at less than 2,300 "
                          "at the time.\n\nThe national caseload stood at 240,000.\n");
    add_subject(doc, "Tarnside PDU", "pdu");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 2300, IX_APPROX_LESS_THAN, NULL, "", "less than 2,300",
          "caseloads.caseload_of");
    t_free(doc);
}

/* The count before "on its caseload" or "under supervision"; the holder in
 * the phrase or the clause's subject; never an officer's or the nation's. */
static void caseloads_reads_people_on_its_caseload(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Tarnside CRC was inspected.\n\nThere are about 4,300 people on the "
                          "CRC's caseload.\n\nEach officer has 60 people on their caseload.\n\n"
                          "Across England, 240,000 people are under supervision.\n");
    add_subject(doc, "Tarnside CRC", "crc");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 4300, IX_APPROX_ABOUT, "people", "", "about 4,300 people",
          "caseloads.on_caseload");
    t_free(doc);
    doc = prepare("Tarnside CRC had almost 4,300 offenders under supervision.\n");
    add_subject(doc, "Tarnside CRC", "crc");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 4300, IX_APPROX_NEARLY, "offenders", "", "almost 4,300 offenders",
          "caseloads.on_caseload");
    t_free(doc);
    doc = prepare("Tarnside CRC oversees the supervision of some 4,300 people.\n");
    add_subject(doc, "Tarnside CRC", "crc");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 4300, IX_APPROX_ABOUT, "people", "", "some 4,300 people",
          "caseloads.manages");
    t_free(doc);
}

static void caseloads_reads_manages_over_children(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Inspectors praised Ribble Vale youth offending team. The team "
                          "manages over 310 children and young people.\n");
    add_subject(doc, "Ribble Vale youth offending team", "yos");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 310, IX_APPROX_MORE_THAN, "children", "", "over 310 children",
          "caseloads.manages");
    t_free(doc);
}

static void caseloads_reads_number_words_and_works_with(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Over the year the service worked with nearly three thousand young "
                          "people.\n");
    add_subject(doc, "service", "yos");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 3000, IX_APPROX_NEARLY, "young people",
          "", "nearly three thousand young people", "caseloads.works_with");
    t_free(doc);
}

static void caseloads_reads_the_passive_with_by(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Around 2,300 people are currently supervised by the PDU in "
                          "Northgate.\n");
    add_subject(doc, "Northgate", "pdu");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 2300, IX_APPROX_ABOUT, "people", "", "Around 2,300 people",
          "caseloads.supervised_by");
    t_free(doc);
    /* "on probation" between the unit and the verb */
    doc = prepare("Almost 1,800 people on probation are supervised by the PDU in Northgate.\n");
    add_subject(doc, "Northgate", "pdu");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 1800, IX_APPROX_NEARLY, "people", "", "Almost 1,800 people",
          "caseloads.supervised_by");
    t_free(doc);
}

static void caseloads_looks_past_a_clause_between_agent_and_verb(void **state)
{
    (void)state;
    ix_doc *doc = prepare("The CRC, which is owned by Marlow Justice Ltd, supervises 4,020 "
                          "service users.\n");
    add_subject(doc, "CRC", "crc");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 4020, IX_APPROX_EXACT, "service users", "", "4,020 service users",
          NULL);
    t_free(doc);
}

static void caseloads_keeps_both_the_rounded_and_the_exact_figure(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Calder Valley CRC rated 'Inadequate'\n\n"
                          "The CRC manages almost 2,000 low, medium and high-risk offenders.\n\n"
                          "ENDS\n\n"
                          "Notes to editors\n\n"
                          "1. Calder Valley CRC supervised 1,987 people as at 30 June 2022.\n");
    add_subject(doc, "Calder Valley CRC", "crc");
    add_date(doc, "caseload_as_of", "2022-06-30", "30 June 2022");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 2);
    check(doc, 0, "s1", 2000, IX_APPROX_NEARLY, "offenders", "",
          "almost 2,000 low, medium and high-risk offenders", "caseloads.manages");
    check(doc, 1, "s1", 1987, IX_APPROX_EXACT, "people", "2022-06-30", "1,987 people",
          "caseloads.supervises");
    t_free(doc);
}

/* A span of risk ("low to medium risk") and a share word ("mostly
 * low-risk") stand among the unit's modifiers; a range of counts is not
 * read as a count with "to" for a modifier. */
static void caseloads_reads_a_span_of_risk_before_the_unit(void **state)
{
    (void)state;
    ix_doc *doc = prepare("The CRC is responsible for managing over 3,400 low to medium risk "
                          "offenders in Dunmore. It works with 900 mostly low-risk adults.\n");
    add_subject(doc, "CRC", "crc");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 2);
    check(doc, 0, "s1", 3400, IX_APPROX_MORE_THAN, "offenders", "",
          "over 3,400 low to medium risk offenders", "caseloads.responsible_for");
    check(doc, 1, "s1", 900, IX_APPROX_EXACT, "adults", "", "900 mostly low-risk adults",
          "caseloads.works_with");
    t_free(doc);
    /* near miss: "30 to 40 people" is a range of counts, and "to" is no unit */
    doc = prepare("The CRC supervises 30 to 40 people on each unpaid work site. The team "
                  "works with 200 to support its staff.\n");
    add_subject(doc, "CRC", "crc");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 0);
    t_free(doc);
}

static void caseloads_reads_an_elliptic_second_count(void **state)
{
    (void)state;
    ix_doc *doc = prepare("As at 31 May 2024, the PDU was supervising 1,530 people in the "
                          "community and 402 in custody.\n");
    add_subject(doc, "PDU", "pdu");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 2);
    check(doc, 0, "s1", 1530, IX_APPROX_EXACT, "people", "", "1,530 people", NULL);
    check(doc, 1, "s1", 402, IX_APPROX_EXACT, "people", "", "402", NULL);
    t_free(doc);
}

static void caseloads_reads_a_fronted_caseload_and_a_possessive(void **state)
{
    (void)state;
    ix_doc *doc = prepare("With a caseload of around 410 children, the service is one of the "
                          "largest in the region. By June the service's caseload was 398.\n");
    add_subject(doc, "service", "yos");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 2);
    check(doc, 0, "s1", 410, IX_APPROX_ABOUT, "children", "", "around 410 children",
          "caseloads.caseload_of");
    check(doc, 1, "s1", 398, IX_APPROX_EXACT, NULL, "", "398", "caseloads.caseload_of");
    t_free(doc);
}

static void caseloads_ignores_parts_rates_and_totals_after_the_count(void **state)
{
    (void)state;
    ix_doc *doc = prepare("The CRC supervised 60 people on unpaid work each week. The CRC had "
                          "been managing 25 cases without a plan. The CRC manages 300 cases of "
                          "domestic abuse. The CRC supervises 90,000 offenders across England "
                          "and Wales.\n");
    add_subject(doc, "CRC", "crc");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 0);
    t_free(doc);
}

static void caseloads_takes_no_date_from_another_clause(void **state)
{
    (void)state;
    ix_doc *doc = prepare("The CRC supervises 5,000 offenders and was bought by its owner in "
                          "2015.\n");
    add_subject(doc, "CRC", "crc");
    add_date(doc, "other", "2015", "2015");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 5000, IX_APPROX_EXACT, "offenders", "", "5,000 offenders", NULL);
    t_free(doc);
}

/* ---- what is not a caseload ----------------------------------------- */

static void caseloads_ignores_national_totals(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Fenwick CRC must improve.\n\n"
                          "There are 21 Community Rehabilitation Companies supervising about "
                          "150,000 offenders. Probation services in England and Wales supervise "
                          "around 250,000 people. Nationally, the service manages 105,000 "
                          "high-risk offenders.\n");
    add_subject(doc, "Fenwick CRC", "crc");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 0);
    t_free(doc);
}

static void caseloads_ignores_staff_offices_prisons_and_money(void **state)
{
    (void)state;
    ix_doc *doc = prepare("The CRC manages 320 staff across nine offices. Its owner manages four "
                          "prisons and six CRCs, holding 15% of the market. The CRC manages a "
                          "budget of \xC2\xA3" "20 million.\n");
    add_subject(doc, "CRC", "crc");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 0);
    t_free(doc);
}

static void caseloads_ignores_cases_inspected_and_practitioner_caseloads(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Inspectors examined 96 cases supervised by the CRC. Each officer "
                          "manages around 60 cases. Officers had an average caseload of 65. "
                          "Some practitioners supervise 80 people each.\n");
    add_subject(doc, "CRC", "crc");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 0);
    t_free(doc);
}

static void caseloads_ignores_other_bodies_doing_the_verb(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Marlow Justice, which runs six CRCs which supervise 30,000 offenders, "
                          "owns the CRC. The police manage 400 registered offenders.\n");
    add_subject(doc, "CRC", "crc");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 0);
    t_free(doc);
}

static void caseloads_ignores_furniture(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Fenwick CRC told to improve\n\n"
                          "Inspectors found weaknesses in Fenwick CRC.\n\n"
                          "Leave a Reply\n\n"
                          "My CRC supervises 5,000 offenders and it is no better.\n");
    add_subject(doc, "Fenwick CRC", "crc");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 0);
    t_free(doc);
}

static void caseloads_spans_point_into_original_bytes(void **state)
{
    (void)state;
    ix_doc *doc = prepare("\xE2\x80\x98Good\xE2\x80\x99 \xE2\x80\x93 the CRC supervises "
                          "more than\xC2\xA0" "5,150 people.\n");
    add_subject(doc, "CRC", "crc");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 5150, IX_APPROX_MORE_THAN, "people", "",
          "more than\xC2\xA0" "5,150 people", NULL);
    t_free(doc);
}

/* ---- with every stage ---------------------------------------------- */

/* A care service's users: "N people using the service", "home to N
 * residents"; a registered capacity ("care for up to N people") is not
 * how many it has, nor a place "home to" many people. */
static void caseloads_reads_a_care_service_users(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Elmfield care home rated good\n\n"
                          "Elmfield care home in Brackley, home to more than 40 elderly "
                          "residents, was rated good.\n\n"
                          "At the time of our inspection there were 38 people using the "
                          "service.\n");
    add_subject(doc, "Elmfield care home", "other");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 2);
    check(doc, 0, "s1", 40, IX_APPROX_MORE_THAN, "residents", "",
          "more than 40 elderly residents", "caseloads.home_to");
    check(doc, 1, "s1", 38, IX_APPROX_EXACT, "people", "", "38 people",
          "caseloads.using_the_service");
    t_free(doc);
}

/* A care service's residents who live there: "24 people lived there",
 * "there were 30 residents living there"; staff who lived there are not. */
static void caseloads_reads_residents_who_live_there(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Fenby Lodge rated poor\n\n"
                          "The home can care for up to 30 people. 24 people lived there at the "
                          "time of the inspection.\n");
    add_subject(doc, "Fenby Lodge", "other");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 24, IX_APPROX_EXACT, "people", "", "24 people",
          "caseloads.using_the_service");
    t_free(doc);
    /* near miss: staff are no unit of people served */
    doc = prepare("Fenby Lodge rated poor\n\nYears ago 12 staff lived there.\n");
    add_subject(doc, "Fenby Lodge", "other");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 0);
    t_free(doc);
}

/* Every determiner of the service its users use: "has 70 youngsters using
 * its service", "people who use their services"; a near miss: people
 * using some other service are not its users. */
static void caseloads_reads_users_of_its_service(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Tarnside youth team praised\n\n"
                          "Tarnside Youth Offending Team works with children aged 10 to 17 and "
                          "currently has 70 youngsters using its service, 8 of whom are in care.\n");
    add_subject(doc, "Tarnside Youth Offending Team", "yos");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 70, IX_APPROX_EXACT, "youngsters", "", "70 youngsters",
          "caseloads.using_the_service");
    t_free(doc);
    doc = prepare("Tarnside youth team praised\n\n"
                  "Tarnside Youth Offending Team referred 70 youngsters using a local gym.\n");
    add_subject(doc, "Tarnside Youth Offending Team", "yos");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 0);
    t_free(doc);
}

static void caseloads_ignores_capacity_and_a_place_home_to_people(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Elmfield care home rated good\n\n"
                          "The home is registered to provide care for up to 44 people.\n\n"
                          "Elmfield care home in Brackley, a town home to 9,000 people, was "
                          "rated good.\n\n"
                          "Relatives of 12 people living nearby praised the home.\n");
    add_subject(doc, "Elmfield care home", "other");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 0);
    t_free(doc);
}

static void caseloads_reads_a_release_end_to_end(void **state)
{
    (void)state;
    ix_doc *doc = t_extract("Hallam probation service must improve, inspectors say\n\n"
                            "HM Inspectorate of Probation has rated Hallam Community "
                            "Rehabilitation Company (CRC) as 'Requires improvement'. "
                            "The CRC supervises over 3,300 low and medium-risk offenders.\n\n"
                            "ENDS\n\n"
                            "Notes to editors\n\n"
                            "1. Hallam CRC supervised 3,318 individuals as at 31 December 2020.\n"
                            "2. Fieldwork took place in March 2021.\n");
    assert_int_equal(doc->caseloads.n, 2);
    assert_true(doc->caseloads.items[0].count == 3300);
    assert_string_equal(t_src(doc, doc->caseloads.items[0].span),
                        "over 3,300 low and medium-risk offenders");
    assert_true(doc->caseloads.items[1].count == 3318);
    assert_string_equal(t_src(doc, doc->caseloads.items[1].span), "3,318 individuals");
    if (doc->subjects.n == 1) {
        assert_string_equal(doc->caseloads.items[0].subject, "s1");
        assert_string_equal(doc->caseloads.items[1].subject, "s1");
    }
    if (doc->dates.n > 0)
        assert_string_equal(doc->caseloads.items[1].as_of, "2020-12-31");
    t_free(doc);
}

/* The siblings of the verbs and nouns of a caseload: supporting and
 * looking after, support and supervision provided to, a caseload moving to a
 * total, the passive without its auxiliary, more units, modifiers and what
 * may stand after the unit. */
static void caseloads_reads_the_siblings_of_each_verb_and_unit(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Brackenmoor youth justice service praised\n\n"
                          "Brackenmoor youth justice service was rated good. The service "
                          "supports around 140 local youths. Its caseload grew to 160 in the "
                          "spring.\n");
    add_subject(doc, "Brackenmoor youth justice service", "yos");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 2);
    check(doc, 0, "s1", 140, IX_APPROX_ABOUT, "youths", "", "around 140 local youths",
          "caseloads.works_with");
    check(doc, 1, "s1", 160, IX_APPROX_EXACT, NULL, "", "160", "caseloads.caseload_of");
    t_free(doc);

    doc = prepare("Oakhurst Lodge rated requires improvement\n\n"
                  "Oakhurst Lodge was inspected in May. The home looks after 28 elderly "
                  "residents.\n");
    add_subject(doc, "Oakhurst Lodge", "other");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 28, IX_APPROX_EXACT, "residents", "", "28 elderly residents",
          "caseloads.works_with");
    t_free(doc);

    doc = prepare("Harrowgate PDU inspected\n\n"
                  "Harrowgate PDU provides supervision to more than 2,600 people. "
                  "Some 900 people in the community being supervised by Harrowgate PDU "
                  "were seen.\n");
    add_subject(doc, "Harrowgate PDU", "pdu");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 2);
    check(doc, 0, "s1", 2600, IX_APPROX_MORE_THAN, "people", "", "more than 2,600 people",
          "caseloads.services_for");
    check(doc, 1, "s1", 900, IX_APPROX_ABOUT, "people", "", "Some 900 people",
          "caseloads.supervised_by");
    t_free(doc);

    doc = prepare("Mill Lane Surgery rated good\n\n"
                  "Mill Lane Surgery was rated good. The practice serves 8,400 registered "
                  "patients.\n");
    add_subject(doc, "Mill Lane Surgery", "other");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 8400, IX_APPROX_EXACT, "patients", "", "8,400 registered patients",
          "caseloads.works_with");
    t_free(doc);
}

/* Near misses of the new siblings: an outcome ('into work'), staff
 * supported, a national body's support, a capacity looked after. */
static void caseloads_ignores_support_that_is_no_caseload(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Harrowgate PDU inspected\n\n"
                          "Harrowgate PDU supported 40 people into work last year. The PDU "
                          "supports 35 staff in two offices. The ministry provides support to "
                          "9,000 people in England and Wales. The PDU looks after up to 60 "
                          "people in hostels.\n");
    add_subject(doc, "Harrowgate PDU", "pdu");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 0);
    t_free(doc);
}

/* A verb of having with what holds the people after the unit ('on
 * probation', 'open to the service', 'at the time of the inspection'), a
 * caseload held by a verb ('It holds a caseload of'), a practice's list
 * size. */
static void caseloads_reads_a_count_had_held_or_listed(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Dunmere PDU told to improve\n\n"
                          "Dunmere PDU was inspected in March. Dunmere PDU has around 2,300 "
                          "people on probation. It currently holds a caseload of 2,900 "
                          "cases.\n");
    add_subject(doc, "Dunmere PDU", "pdu");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 2);
    check(doc, 0, "s1", 2300, IX_APPROX_ABOUT, "people", "", "around 2,300 people",
          "caseloads.has_held");
    check(doc, 1, "s1", 2900, IX_APPROX_EXACT, "cases", "", "2,900 cases",
          "caseloads.caseload_of");
    t_free(doc);

    doc = prepare("Kelby youth justice service rated good\n\n"
                  "Kelby youth justice service was rated good. The service had 85 children "
                  "open to the service.\n");
    add_subject(doc, "Kelby youth justice service", "yos");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 85, IX_APPROX_EXACT, "children", "", "85 children", "caseloads.has_held");
    t_free(doc);

    /* a sentence whose only cue is what holds the count */
    doc = prepare("Kelby youth justice service rated good\n\n"
                  "Kelby youth justice service was rated good. The team had 60 children "
                  "known to it.\n");
    add_subject(doc, "Kelby youth justice service", "yos");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 60, IX_APPROX_EXACT, "children", "", "60 children", "caseloads.has_held");
    t_free(doc);

    doc = prepare("Thornby Medical Centre rated good\n\n"
                  "Thornby Medical Centre was rated good. The practice has a list size of "
                  "approximately 7,300 patients.\n");
    add_subject(doc, "Thornby Medical Centre", "other");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 1);
    check(doc, 0, "s1", 7300, IX_APPROX_ABOUT, "patients", "", "approximately 7,300 patients",
          "caseloads.caseload_of");
    t_free(doc);
}

/* What holds the count named by any body noun after "open to" or "known
 * to" ("children open to the YJS", "known to its team"); near misses:
 * people known to the police, or to several bodies. */
static void caseloads_reads_people_open_to_the_body(void **state)
{
    (void)state;
    ix_doc *doc = prepare("Corvale youth justice service rated good\n\n"
                          "Corvale youth justice service was rated good. Corvale youth justice "
                          "service had 120 children open to the YJS in May. The service has 70 "
                          "young people known to its team.\n");
    add_subject(doc, "Corvale youth justice service", "yos");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 2);
    check(doc, 0, "s1", 120, IX_APPROX_EXACT, "children", "", "120 children", "caseloads.has_held");
    check(doc, 1, "s1", 70, IX_APPROX_EXACT, "young people", "", "70 young people",
          "caseloads.has_held");
    t_free(doc);
    doc = prepare("Corvale youth justice service rated good\n\n"
                  "Corvale youth justice service was rated good. The service had 70 children "
                  "known to the police, and 40 children known to the local schools.\n");
    add_subject(doc, "Corvale youth justice service", "yos");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 0);
    t_free(doc);
}

/* Near misses: a prison's population when inspectors came, an officer's
 * caseload, a count with nothing holding it, people had by officers. */
static void caseloads_ignores_a_population_or_an_officers_count(void **state)
{
    (void)state;
    ix_doc *doc = prepare("HMP Dunmoor inspected\n\n"
                          "HMP Dunmoor was inspected in June. The prison had 640 men at the "
                          "time of the inspection.\n");
    add_subject(doc, "HMP Dunmoor", "prison");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 0);
    t_free(doc);

    doc = prepare("Dunmere PDU told to improve\n\n"
                  "Dunmere PDU was inspected in March. Each officer holds a caseload of 60. "
                  "The PDU has 2,300 people in its area. Officers had 50 people on probation "
                  "each.\n");
    add_subject(doc, "Dunmere PDU", "pdu");
    run_caseloads(doc);
    assert_int_equal(doc->caseloads.n, 0);
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(caseloads_reads_supervises_more_than),
        cmocka_unit_test(caseloads_reads_the_siblings_of_each_verb_and_unit),
        cmocka_unit_test(caseloads_ignores_support_that_is_no_caseload),
        cmocka_unit_test(caseloads_reads_a_count_had_held_or_listed),
        cmocka_unit_test(caseloads_reads_people_open_to_the_body),
        cmocka_unit_test(caseloads_ignores_a_population_or_an_officers_count),
        cmocka_unit_test(caseloads_reads_services_for),
        cmocka_unit_test(caseloads_reads_a_practice_serving_its_patients),
        cmocka_unit_test(caseloads_reads_responsible_for_with_fieldwork_date),
        cmocka_unit_test(caseloads_reads_as_at_date_in_the_same_sentence),
        cmocka_unit_test(caseloads_reads_a_date_after_the_count),
        cmocka_unit_test(caseloads_reads_caseload_of_without_a_unit),
        cmocka_unit_test(caseloads_reads_its_caseload_stood_at),
        cmocka_unit_test(caseloads_reads_people_on_its_caseload),
        cmocka_unit_test(caseloads_reads_manages_over_children),
        cmocka_unit_test(caseloads_reads_number_words_and_works_with),
        cmocka_unit_test(caseloads_reads_the_passive_with_by),
        cmocka_unit_test(caseloads_looks_past_a_clause_between_agent_and_verb),
        cmocka_unit_test(caseloads_keeps_both_the_rounded_and_the_exact_figure),
        cmocka_unit_test(caseloads_reads_an_elliptic_second_count),
        cmocka_unit_test(caseloads_reads_a_fronted_caseload_and_a_possessive),
        cmocka_unit_test(caseloads_ignores_national_totals),
        cmocka_unit_test(caseloads_ignores_parts_rates_and_totals_after_the_count),
        cmocka_unit_test(caseloads_takes_no_date_from_another_clause),
        cmocka_unit_test(caseloads_ignores_staff_offices_prisons_and_money),
        cmocka_unit_test(caseloads_ignores_cases_inspected_and_practitioner_caseloads),
        cmocka_unit_test(caseloads_ignores_other_bodies_doing_the_verb),
        cmocka_unit_test(caseloads_ignores_furniture),
        cmocka_unit_test(caseloads_spans_point_into_original_bytes),
        cmocka_unit_test(caseloads_reads_a_care_service_users),
        cmocka_unit_test(caseloads_reads_users_of_its_service),
        cmocka_unit_test(caseloads_ignores_capacity_and_a_place_home_to_people),
        cmocka_unit_test(caseloads_reads_a_release_end_to_end),
        cmocka_unit_test(caseloads_reads_a_span_of_risk_before_the_unit),
        cmocka_unit_test(caseloads_reads_residents_who_live_there),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
