/* tests/unit/test_ratings.c -- overall, domain and narrative ratings, on
 * releases and write-ups written for these tests (invented places, bodies
 * and years; straight and curly quotes; negatives of every kind). */
#include "tests/unit/support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static ix_doc *run(const char *text)
{
    return t_extract_until(text, "ratings");
}

/* Print what was found (shown by cmocka when a test fails). */
static void dump(const ix_doc *doc)
{
    for (size_t i = 0; i < doc->ratings.n; i++) {
        const ix_rating *r = &doc->ratings.items[i];
        print_message("  rating %zu: %s | %s | %s | %s | %s | [%s]\n", i,
                      r->subject ? r->subject : "-", r->scope, r->value, r->scale, r->rule,
                      t_src(doc, r->span));
    }
}

static void expect_count(const ix_doc *doc, size_t n)
{
    if (doc->ratings.n != n) {
        dump(doc);
        fail_msg("%zu ratings, expected %zu", doc->ratings.n, n);
    }
}

/* The id of the subject of the given type ("crc", "nps", ...). */
static const char *sid(const ix_doc *doc, const char *type)
{
    for (size_t i = 0; i < doc->subjects.n; i++)
        if (strcmp(doc->subjects.items[i].type, type) == 0)
            return doc->subjects.items[i].id;
    fail_msg("no subject of type %s", type);
    return NULL;
}

/* Assert rating i: subject (NULL: not checked), scope, value, scale, the
 * evidence as written and (when given) the rule. */
static void check(const ix_doc *doc, size_t i, const char *subject, const char *scope,
                  const char *value, const char *scale, const char *evidence, const char *rule)
{
    if (i >= doc->ratings.n) {
        dump(doc);
        fail_msg("no rating %zu", i);
    }
    const ix_rating *r = &doc->ratings.items[i];
    if (strcmp(r->scope, scope) != 0 || strcmp(r->value, value) != 0 ||
        strcmp(r->scale, scale) != 0 || strcmp(t_src(doc, r->span), evidence) != 0 ||
        (rule && strcmp(r->rule, rule) != 0) ||
        (subject && (!r->subject || strcmp(r->subject, subject) != 0)))
        dump(doc);
    assert_string_equal(r->scope, scope);
    assert_string_equal(r->value, value);
    assert_string_equal(r->scale, scale);
    assert_string_equal(t_src(doc, r->span), evidence);
    assert_non_null(r->rule);
    assert_true(strncmp(r->rule, "ratings.", 8) == 0);
    if (rule)
        assert_string_equal(r->rule, rule);
    if (subject) {
        assert_non_null(r->subject);
        assert_string_equal(r->subject, subject);
    }
    assert_null(r->text);
}

/* ---- four bands, overall ---------------------------------------------- */

static void ratings_reads_overall_rating_of_in_curly_double_quotes(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Brackenfield probation service told to improve\n\n"
        "HM Inspectorate of Probation has given Brackenfield Community Rehabilitation Company "
        "(CRC) an overall rating of \xE2\x80\x9CRequires improvement\xE2\x80\x9D, following an "
        "inspection in October 2019.\n\n"
        "The CRC supervises around 4,100 people.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "crc"), "overall", "requires_improvement", "four_band",
          "an overall rating of \xE2\x80\x9CRequires improvement\xE2\x80\x9D",
          "ratings.overall_rating_of");
    t_free(doc);
}

static void ratings_reads_rated_it_with_a_bare_capitalised_band(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Tamsin Vale youth offending team rated Good\n\n"
        "Inspectors have published their report on Tamsin Vale Youth Offending Team (YOT), "
        "which works with 210 children. Inspectors rated it Good, praising its work with "
        "schools.\n");
    expect_count(doc, 1);
    /* the body statement wins over the headline */
    check(doc, 0, sid(doc, "yos"), "overall", "good", "four_band", "rated it Good",
          "ratings.rated_as");
    t_free(doc);
}

static void ratings_reads_assess_overall_as_with_punctuation_inside_quotes(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Eastmoor CRC: strengths undermined by weak risk work\n\n"
        "Eastmoor Community Rehabilitation Company (CRC) needs to do more to protect victims, "
        "inspectors said.\n\n"
        "Weaknesses in its risk assessments led inspectors to assess it overall as "
        "'Requiring Improvement.'\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "crc"), "overall", "requires_improvement", "four_band",
          "assess it overall as 'Requiring Improvement.'", "ratings.assessed_as");
    t_free(doc);
}

static void ratings_reads_has_been_given_a_rating(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Oakhurst PDU told to act on staff shortages\n\n"
        "Oakhurst Probation Delivery Unit (PDU) has been given an \xE2\x80\x98Inadequate\xE2\x80\x99 "
        "rating by HM Inspectorate of Probation.\n\n"
        "Inspectors found a third of posts vacant.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "pdu"), "overall", "inadequate", "four_band",
          "an \xE2\x80\x98Inadequate\xE2\x80\x99 rating", "ratings.given_rating");
    t_free(doc);
}

static void ratings_reads_was_found_to_be_and_rated_as_lower_case(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspection of Greystone CRC\n\n"
        "Greystone Community Rehabilitation Company (CRC) was found to be \"Outstanding\" "
        "overall by HM Inspectorate of Probation.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "crc"), "overall", "outstanding", "four_band",
          "Greystone Community Rehabilitation Company (CRC) was found to be \"Outstanding\" overall",
          "ratings.found_to_be");
    t_free(doc);

    doc = run(
        "Report on Holmbrook youth justice service\n\n"
        "Holmbrook Youth Justice Service was inspected in May 2022. Following the inspection, "
        "the service was rated as inadequate by inspectors, who found children at risk.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "yos"), "overall", "inadequate", "four_band",
          "the service was rated as inadequate", "ratings.rated_as");
    t_free(doc);
}

static void ratings_reads_any_capitalisation_of_the_band(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Northfell PDU report\n\n"
        "HM Inspectorate of Probation has rated Northfell Probation Delivery Unit (PDU) as "
        "'REQUIRES IMPROVEMENT'.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "pdu"), "overall", "requires_improvement", "four_band",
          "rated Northfell Probation Delivery Unit (PDU) as 'REQUIRES IMPROVEMENT'",
          "ratings.rated_as");
    t_free(doc);
}

static void ratings_reads_a_headline_predicate(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Marshfield probation service 'requires improvement', despite committed staff\n\n"
        "A probation service in the Midlands must improve the way it manages risk, according "
        "to a new report on Marshfield Community Rehabilitation Company (CRC).\n\n"
        "Inspectors found good leaders and a good suite of programmes.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "crc"), "overall", "requires_improvement", "four_band",
          "Marshfield probation service 'requires improvement'", "ratings.headline");
    t_free(doc);
}

/* A no-break space (a Unicode blank) between the verb and its label:
 * "was\u00a0'inadequate'" is read as "was 'inadequate'". */
static void ratings_reads_a_copula_across_a_no_break_space(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Youth justice in Exmoor\n\n"
        "HM Inspectorate of Probation has inspected Exmoor Youth Offending Service. Inspectors said "
        "the service, which supports young people aged 12 to 18, was\xC2\xA0\xE2\x80\x98inadequate,\xE2\x80\x99 "
        "scoring 0 out of 36.\n");
    expect_count(doc, 1);
    check(doc, 0, NULL, "overall", "inadequate", "four_band",
          "the service, which supports young people aged 12 to 18, was\xC2\xA0\xE2\x80\x98inadequate,\xE2\x80\x99",
          "ratings.copula");
    t_free(doc);
}

static void ratings_states_a_repeated_rating_once_with_the_body_evidence(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspectors rate Dunholme CRC as requiring improvement\n\n"
        "Dunholme Community Rehabilitation Company (CRC) requires improvement, HM Inspectorate "
        "of Probation said today.\n\n"
        "Shortcomings in case work led the Inspectorate to assess the CRC as "
        "\xE2\x80\x98Requiring Improvement,\xE2\x80\x99 its second lowest rating.\n\n"
        "Dunholme CRC supervises 3,100 people.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "crc"), "overall", "requires_improvement", "four_band",
          "assess the CRC as \xE2\x80\x98Requiring Improvement,\xE2\x80\x99", "ratings.assessed_as");
    t_free(doc);
}

static void ratings_prefers_an_explicit_overall_statement(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Carrow CRC 'Good' but unpaid work lags\n\n"
        "Carrow Community Rehabilitation Company (CRC) has been rated 'Good' by HM "
        "Inspectorate of Probation. Inspectors rated the CRC 'Good' overall, the first CRC in "
        "the region to reach that level.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "crc"), "overall", "good", "four_band",
          "rated the CRC 'Good' overall", "ratings.rated_as");
    t_free(doc);
}


static void ratings_reads_headline_given_ratings(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspectors give Brookvale YOT 'Good' rating\n\n"
        "HM Inspectorate of Probation has published its inspection of Brookvale Youth "
        "Offending Team (YOT), which works with 180 children.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "yos"), "overall", "good", "four_band", "'Good' rating",
          "ratings.given_rating");
    t_free(doc);

    doc = run(
        "Ashby PDU given \"Inadequate\" rating by inspectors\n\n"
        "Ashby Probation Delivery Unit (PDU) must improve urgently, inspectors said.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "pdu"), "overall", "inadequate", "four_band", "\"Inadequate\" rating",
          "ratings.given_rating");
    t_free(doc);
}

static void ratings_reads_a_body_named_by_service_and_place(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Report on youth justice in Corrow\n\n"
        "HM Inspectorate of Probation has rated the youth offending service in Corrow as "
        "'Good'. The Corrow service was inspected in March 2022.\n");
    expect_count(doc, 1);
    check(doc, 0, NULL, "overall", "good", "four_band",
          "rated the youth offending service in Corrow as 'Good'", "ratings.rated_as");
    t_free(doc);
}

static void ratings_reads_one_strand_of_the_subjects_work_as_a_scope(void **state)
{
    (void)state;
    /* a strand outside the domain lexicon is a scope as written, never an
     * overall rating */
    ix_doc *doc = run(
        "Inspection of Hartwell CRC\n\n"
        "HM Inspectorate of Probation has published its report on Hartwell Community "
        "Rehabilitation Company (CRC).\n\n"
        "Inspectors rated Hartwell CRC's work to protect the public as 'Inadequate'. The CRC's "
        "work with women was rated 'Good'. Hartwell CRC's leadership was rated 'Good'.\n");
    expect_count(doc, 3);
    check(doc, 0, sid(doc, "crc"), "work to protect the public", "inadequate", "four_band",
          "rated Hartwell CRC's work to protect the public as 'Inadequate'", NULL);
    check(doc, 1, sid(doc, "crc"), "work with women", "good", "four_band",
          "work with women was rated 'Good'", NULL);
    check(doc, 2, sid(doc, "crc"), "leadership", "good", "four_band",
          "Hartwell CRC's leadership was rated 'Good'", NULL);
    t_free(doc);
}

/* ---- domains and standards --------------------------------------------- */

static void ratings_reads_domain_lists_with_compound_names(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Harrowfield youth justice service rated 'Good'\n\n"
        "HM Inspectorate of Probation has rated Harrowfield Youth Justice Service 'Good' "
        "overall.\n\n"
        "Governance and leadership, and partnerships and services were both rated "
        "'Outstanding', while staff was rated 'Requires improvement'. Information and "
        "facilities was the only area to be rated 'Inadequate'.\n");
    expect_count(doc, 5);
    const char *yos = sid(doc, "yos");
    check(doc, 0, yos, "overall", "good", "four_band",
          "rated Harrowfield Youth Justice Service 'Good' overall", "ratings.rated_as");
    check(doc, 1, yos, "governance and leadership", "outstanding", "four_band",
          "Governance and leadership, and partnerships and services were both rated 'Outstanding'",
          "ratings.rated_as");
    check(doc, 2, yos, "partnerships and services", "outstanding", "four_band",
          "Governance and leadership, and partnerships and services were both rated 'Outstanding'",
          "ratings.rated_as");
    check(doc, 3, yos, "staff", "requires_improvement", "four_band",
          "staff was rated 'Requires improvement'", "ratings.rated_as");
    check(doc, 4, yos, "information and facilities", "inadequate", "four_band",
          "Information and facilities was the only area to be rated 'Inadequate'", "ratings.rated_as");
    t_free(doc);
}

static void ratings_reads_domains_inside_longer_phrases(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Wealdmoor CRC report published\n\n"
        "HM Inspectorate of Probation has given Wealdmoor Community Rehabilitation Company "
        "(CRC) an overall rating of 'Requires improvement'.\n\n"
        "Inspectors rated the supervision of people sentenced to unpaid work in the county as "
        "\xE2\x80\x98Outstanding\xE2\x80\x99. The delivery of through-the-gate resettlement "
        "services was rated \xE2\x80\x98Inadequate\xE2\x80\x99, and the quality of case "
        "reviewing, however, was rated 'Good'.\n");
    expect_count(doc, 4);
    check(doc, 1, NULL, "unpaid work", "outstanding", "four_band",
          "rated the supervision of people sentenced to unpaid work in the county as "
          "\xE2\x80\x98Outstanding\xE2\x80\x99", "ratings.rated_as");
    check(doc, 2, NULL, "through-the-gate", "inadequate", "four_band",
          "The delivery of through-the-gate resettlement services was rated "
          "\xE2\x80\x98Inadequate\xE2\x80\x99", "ratings.rated_as");
    check(doc, 3, NULL, "reviewing", "good", "four_band",
          "the quality of case reviewing, however, was rated 'Good'", "ratings.rated_as");
    t_free(doc);
}

static void ratings_reads_out_of_court_disposals_and_resettlement(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspection of Saltmarsh youth offending service\n\n"
        "Saltmarsh Youth Offending Service (YOS) was rated 'Good' overall. Its work on "
        "out-of-court disposals was rated 'Outstanding' and resettlement was rated "
        "'Requires improvement'.\n");
    expect_count(doc, 3);
    check(doc, 1, NULL, "out-of-court disposals", "outstanding", "four_band",
          "Its work on out-of-court disposals was rated 'Outstanding'", NULL);
    check(doc, 2, NULL, "resettlement", "requires_improvement", "four_band",
          "resettlement was rated 'Requires improvement'", NULL);
    t_free(doc);
}

static void ratings_reads_a_group_statement_as_one_rating_per_standard(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Ravensholt CRC must improve case supervision\n\n"
        "Ravensholt Community Rehabilitation Company (CRC) has been given an overall rating "
        "of 'Inadequate'. For the first time, inspectors rated all three of the CRC's case "
        "supervision standards \xE2\x80\x93 assessment, planning and reviewing \xE2\x80\x93 as "
        "'Inadequate', the lowest possible rating.\n");
    expect_count(doc, 4);
    const char *ev = "rated all three of the CRC's case supervision standards \xE2\x80\x93 "
                     "assessment, planning and reviewing \xE2\x80\x93 as 'Inadequate'";
    check(doc, 0, NULL, "overall", "inadequate", "four_band", "an overall rating of 'Inadequate'",
          "ratings.overall_rating_of");
    check(doc, 1, sid(doc, "crc"), "assessment", "inadequate", "four_band", ev,
          "ratings.group_standards");
    check(doc, 2, sid(doc, "crc"), "planning", "inadequate", "four_band", ev,
          "ratings.group_standards");
    check(doc, 3, sid(doc, "crc"), "reviewing", "inadequate", "four_band", ev,
          "ratings.group_standards");
    t_free(doc);

    /* passive, with a compound standard, in brackets */
    doc = run(
        "Lowmere PDU inspection\n\n"
        "All four standards of case supervision (assessment, planning, implementation and "
        "delivery, and reviewing) were rated \"Requires improvement\" at Lowmere Probation "
        "Delivery Unit (PDU).\n");
    expect_count(doc, 4);
    check(doc, 2, NULL, "implementation and delivery", "requires_improvement", "four_band",
          "All four standards of case supervision (assessment, planning, implementation and "
          "delivery, and reviewing) were rated \"Requires improvement\"", "ratings.group_standards");
    t_free(doc);
}

static void ratings_ignores_a_group_whose_count_disagrees_with_its_list(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Lowmere PDU inspection\n\n"
        "All four standards of case supervision - assessment, planning and reviewing - were "
        "rated 'Good' at Lowmere Probation Delivery Unit (PDU).\n");
    expect_count(doc, 0);
    t_free(doc);
}

static void ratings_reads_an_elliptical_list_of_domains(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Fernley NPS division inspected\n\n"
        "Inspectors rated leadership as 'Good', staffing 'Outstanding' and services "
        "'Requires improvement' in the National Probation Service Fernley division.\n");
    expect_count(doc, 3);
    check(doc, 0, NULL, "leadership", "good", "four_band", "rated leadership as 'Good'", NULL);
    check(doc, 1, NULL, "staffing", "outstanding", "four_band", "staffing 'Outstanding'", NULL);
    check(doc, 2, NULL, "services", "requires_improvement", "four_band",
          "services 'Requires improvement'", NULL);
    t_free(doc);
}


static void ratings_ties_each_body_to_its_own_band(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Probation in Westmarch\n\n"
        "HM Inspectorate of Probation inspected the National Probation Service (NPS) in "
        "Westmarch and Northmarch Community Rehabilitation Company (CRC) in June 2019.\n\n"
        "The NPS was rated 'Good', while the CRC was rated 'Inadequate'. The CRC's unpaid "
        "work was rated 'Requires improvement'.\n");
    expect_count(doc, 3);
    check(doc, 0, sid(doc, "nps"), "overall", "good", "four_band", "The NPS was rated 'Good'", NULL);
    check(doc, 1, sid(doc, "crc"), "overall", "inadequate", "four_band",
          "the CRC was rated 'Inadequate'", NULL);
    check(doc, 2, sid(doc, "crc"), "unpaid work", "requires_improvement", "four_band",
          "The CRC's unpaid work was rated 'Requires improvement'", NULL);
    t_free(doc);
}

static void ratings_reads_lines_of_a_ratings_table(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspection of Coldharbour youth offending team\n\n"
        "HM Inspectorate of Probation has published its inspection of Coldharbour Youth "
        "Offending Team (YOT).\n\n"
        "Overall rating: Good\n\n"
        "Governance and leadership: Outstanding\n\n"
        "Assessment - 'Requires improvement'\n");
    expect_count(doc, 3);
    const char *yot = sid(doc, "yos");
    check(doc, 0, yot, "overall", "good", "four_band", "Overall rating: Good", "ratings.rating_table");
    check(doc, 1, yot, "governance and leadership", "outstanding", "four_band",
          "Governance and leadership: Outstanding", "ratings.rating_table");
    check(doc, 2, yot, "assessment", "requires_improvement", "four_band",
          "Assessment - 'Requires improvement'", "ratings.rating_table");
    t_free(doc);
}

static void ratings_reads_a_domain_after_an_opening_phrase(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspection of Ludmoor PDU\n\n"
        "HM Inspectorate of Probation inspected Ludmoor Probation Delivery Unit (PDU) in "
        "January 2022. In case supervision, assessment was rated 'Good' but planning "
        "'Requires improvement'.\n");
    expect_count(doc, 2);
    check(doc, 0, sid(doc, "pdu"), "assessment", "good", "four_band", "assessment was rated 'Good'", NULL);
    check(doc, 1, sid(doc, "pdu"), "planning", "requires_improvement", "four_band",
          "planning 'Requires improvement'", NULL);
    t_free(doc);
}

static void ratings_ignores_ratings_given_by_others_than_inspectors(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspection of Kelsey youth offending service\n\n"
        "HM Inspectorate of Probation inspected Kelsey Youth Offending Service (YOS) in the "
        "autumn. Service users rated the YOS as good. Staff rated their managers as Good. "
        "The YOS was rated 'Outstanding' by the parents we spoke to. It was rated good by "
        "children.\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* ---- narrative judgements ---------------------------------------------- */

static void ratings_reads_narrative_overall_judgements_of_two_bodies(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Probation in Kestrel Downs: two very different services\n\n"
        "By A. Writer, 12 March 2016\n\n"
        "HM Inspectorate of Probation has published its inspection of probation in Kestrel "
        "Downs, covering the Kestrel Downs Community Rehabilitation Company (CRC) and the "
        "National Probation Service (NPS).\n\n"
        "Overall, the work of the CRC in Kestrel Downs was not good enough. Work to reduce "
        "reoffending was poor.\n\n"
        "Generally the NPS's work to protect the public was good.\n\n"
        "Findings - NPS\n\n"
        "The main findings on the work of the NPS were:\n\n"
        "\xE2\x80\xA2 Generally, the quality of work was good. Staff made good decisions.\n"
        "\xE2\x80\xA2 Overall levels of co-operation with the police were poor.\n");
    expect_count(doc, 2);
    check(doc, 0, sid(doc, "crc"), "overall", "not_good_enough", "narrative",
          "Overall, the work of the CRC in Kestrel Downs was not good enough",
          "ratings.narrative_overall");
    check(doc, 1, sid(doc, "nps"), "overall", "good", "narrative",
          "Generally, the quality of work was good", "ratings.narrative_overall");
    t_free(doc);
}

static void ratings_prefers_the_quality_of_work_among_narrative_statements(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspectors find Brightwater CRC poor\n\n"
        "HM Inspectorate of Probation today reported on Brightwater Community Rehabilitation "
        "Company (CRC).\n\n"
        "Overall, the work of the CRC in Brightwater was not good enough.\n\n"
        "Findings on the CRC\n\n"
        "\xE2\x80\xA2 Overall, the quality of work was poor.\n"
        "\xE2\x80\xA2 Too few cases had a plan.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "crc"), "overall", "poor", "narrative",
          "Overall, the quality of work was poor", "ratings.narrative_overall");
    t_free(doc);
}

static void ratings_reads_we_found_the_quality_of_work_to_be(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspectors condemn Lowfield CRC\n\n"
        "Lowfield Community Rehabilitation Company (CRC) is not protecting the public, "
        "inspectors said today (4 May 2016).\n\n"
        "Overall, we found the quality of work to be poor. The quality of work with women was "
        "good. In 2014, overall, the CRC's work was mixed.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "crc"), "overall", "poor", "narrative",
          "Overall, we found the quality of work to be poor", "ratings.narrative_overall");
    t_free(doc);
}

static void ratings_keeps_narrative_only_without_a_band(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Thornbury CRC 'requires improvement'\n\n"
        "HM Inspectorate of Probation has given Thornbury Community Rehabilitation Company "
        "(CRC) an overall 'Requires improvement' rating. Despite some strengths, inspectors "
        "found the overall quality of probation supervision was not good enough.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "crc"), "overall", "requires_improvement", "four_band",
          "an overall 'Requires improvement' rating", "ratings.given_rating");
    t_free(doc);
}

/* ---- what is not a rating of the subject -------------------------------- */

static void ratings_ignores_scale_explanation(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Westerby CRC inspected\n\n"
        "HM Inspectorate of Probation has rated Westerby Community Rehabilitation Company (CRC) "
        "as 'Inadequate'.\n\n"
        "The Inspectorate introduced new ratings in 2018: 'Outstanding', 'Good', 'Requires "
        "improvement' and 'Inadequate'. It works on a four-band rating system: outstanding, "
        "good, requires improvement and inadequate. Services can be rated Outstanding, Good, "
        "Requires improvement or Inadequate.\n\n"
        "ENDS\n\n"
        "Notes to editors\n"
        "1. Our four ratings are \xE2\x80\x98Outstanding\xE2\x80\x99, \xE2\x80\x98Good\xE2\x80\x99, "
        "\xE2\x80\x98Requires improvement\xE2\x80\x99 and \xE2\x80\x98Inadequate\xE2\x80\x99.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "crc"), "overall", "inadequate", "four_band",
          "rated Westerby Community Rehabilitation Company (CRC) as 'Inadequate'", NULL);
    t_free(doc);
}

static void ratings_ignores_other_bodies(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspectors rate Penhallow CRC as good\n\n"
        "Penhallow Community Rehabilitation Company (CRC) has been rated 'Good' by HM "
        "Inspectorate of Probation.\n\n"
        "All six CRCs inspected so far this year were rated 'Requires improvement'. Three "
        "other CRCs owned by the same company have been rated 'Inadequate', and Tolgarth CRC "
        "was rated 'Outstanding' last month.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "crc"), "overall", "good", "four_band",
          "Penhallow Community Rehabilitation Company (CRC) has been rated 'Good'", NULL);
    t_free(doc);
}

static void ratings_ignores_earlier_inspections(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Ashgrove PDU rated 'Inadequate'\n\n"
        "HM Inspectorate of Probation has rated Ashgrove Probation Delivery Unit (PDU) as "
        "'Inadequate' following an inspection in March 2021.\n\n"
        "When it was last inspected, the service was rated 'Good'. In 2018 it was rated Good "
        "for leadership too. At that time, inspectors assessed the quality of work as 'nowhere "
        "near good enough'. The PDU had previously been rated 'Outstanding'.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "pdu"), "overall", "inadequate", "four_band",
          "rated Ashgrove Probation Delivery Unit (PDU) as 'Inadequate'", NULL);
    t_free(doc);

    /* a narrative judgement of an earlier inspection */
    doc = run(
        "Cressbrook CRC report\n\n"
        "HM Inspectorate of Probation has reported on Cressbrook Community Rehabilitation "
        "Company (CRC). In 2015, overall, the quality of work was poor.\n");
    expect_count(doc, 0);
    t_free(doc);
}

static void ratings_ignores_good_as_an_ordinary_adjective(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspection of Millbeck CRC\n\n"
        "HM Inspectorate of Probation found good leaders at Millbeck Community Rehabilitation "
        "Company (CRC) and a good suite of programmes. Staff made good decisions and had good "
        "relationships with the police. The CRC's work was found to be good in places, and "
        "inspectors judged the quality of its plans to be good. Outstanding unpaid work "
        "projects were praised. The quality of work was not good enough in half of the cases, "
        "and inadequate training was a concern. The CRC requires improvement in how it shares "
        "information.\n");
    expect_count(doc, 0);
    t_free(doc);
}

static void ratings_ignores_hypothetical_and_negated_statements(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspection of Dalton Vale CRC\n\n"
        "Dalton Vale Community Rehabilitation Company (CRC) would have been rated 'Good' had "
        "its case work been sound. The CRC aims to be rated 'Outstanding' next time, and it "
        "was not rated 'Inadequate'.\n");
    expect_count(doc, 0);
    t_free(doc);
}

static void ratings_ignores_furniture_comments_and_notes(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Menu\n\n"
        "Inspectors report on Elmstead CRC\n\n"
        "Share on twitter\n"
        "Share on facebook\n\n"
        "Inspectors have reported on Elmstead Community Rehabilitation Company (CRC), which "
        "was inspected in the spring.\n\n"
        "Share on twitter\n"
        "Share on facebook\n\n"
        "3 Responses\n\n"
        "1. In my view the CRC was rated 'Inadequate' by everyone who works there.\n"
        "2. Elmstead CRC was rated 'Outstanding' by its staff survey, ha.\n\n"
        "Leave a Reply\n\n"
        "Your email address will not be published.\n");
    expect_count(doc, 0);
    t_free(doc);

    doc = run(
        "Pickering Vale CRC report\n\n"
        "HM Inspectorate of Probation has reported on Pickering Vale Community Rehabilitation "
        "Company (CRC).\n\n"
        "ENDS\n\n"
        "Notes to editors\n"
        "1. The CRC was rated 'Good' at its last inspection.\n"
        "2. Pickering Vale CRC has been rated 'Requires improvement'.\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* ---- robustness -------------------------------------------------------- */

static void ratings_spans_point_into_original_bytes(void **state)
{
    (void)state;
    /* CRLF, an NBSP and curly quotes before the evidence shift every offset */
    ix_doc *doc = run(
        "Kirkham\xC2\xA0PDU \xE2\x80\x98Good\xE2\x80\x99\r\n\r\n"
        "HM Inspectorate of Probation\xE2\x80\x99s report on Kirkham Probation Delivery Unit "
        "(PDU) gives it an overall rating of \xE2\x80\x98Good\xE2\x80\x99.\r\n");
    expect_count(doc, 1);
    check(doc, 0, NULL, "overall", "good", "four_band",
          "an overall rating of \xE2\x80\x98Good\xE2\x80\x99", NULL);
    t_free(doc);
}

static void ratings_survives_a_huge_sentence(void **state)
{
    (void)state;
    const char *unit = "the CRC was rated 'Good' and good work was done and ";
    size_t ul = strlen(unit), reps = 60000;
    size_t n = ul * reps;
    char *big = malloc(n + 64);
    assert_non_null(big);
    for (size_t i = 0; i < reps; i++)
        memcpy(big + i * ul, unit, ul);
    strcpy(big + n, "so on.\n");
    clock_t t0 = clock();
    ix_doc *doc = run(big);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_true(doc->ratings.n <= 1);
    assert_true(secs < 20.0);
    t_free(doc);
    free(big);

    /* invalid UTF-8 (read as U+FFFD) next to a rating */
    doc = run("Hexham CRC\n\nHexham Community Rehabilitation Company (CRC) \xFF\xFE was rated "
              "'Good' overall.\n");
    t_free(doc);
}

/* ---- every inspectorate's scale (issue 11) ------------------------------ */

/* Find the rating of scope `scope` (and subject, when given); fail when
 * there is none. */
static const ix_rating *find(const ix_doc *doc, const char *subject, const char *scope)
{
    for (size_t i = 0; i < doc->ratings.n; i++) {
        const ix_rating *r = &doc->ratings.items[i];
        if (strcmp(r->scope, scope) == 0 &&
            (!subject || (r->subject && strcmp(r->subject, subject) == 0)))
            return r;
    }
    dump(doc);
    fail_msg("no rating of scope %s", scope);
    return NULL;
}

static void expect(const ix_doc *doc, const char *scope, const char *value, const char *scale)
{
    const ix_rating *r = find(doc, NULL, scope);
    if (strcmp(r->value, value) != 0 || strcmp(r->scale, scale) != 0)
        dump(doc);
    assert_string_equal(r->value, value);
    assert_string_equal(r->scale, scale);
}

static void ratings_key_questions_asked_and_answered(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Larchfield Hospice rated outstanding\n\n"
        "The Care Quality Commission has rated Larchfield Hospice outstanding.\n\n"
        "Is the service safe? Good\n\n"
        "Is the service caring? Outstanding\n\n"
        "Is it true? Good question, said the manager of the hospice when asked.\n");
    expect(doc, "safe", "good", "four_band");
    expect(doc, "caring", "outstanding", "four_band");
    expect_count(doc, 3);
    t_free(doc);
}

static void ratings_services_provided_by_the_subject(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Fenshire probation company improves\n\n"
        "Services provided by the Fenshire Community Rehabilitation Company (CRC) have been rated "
        "as 'Good' by HM Inspectorate of Probation.\n");
    expect_count(doc, 1);
    expect(doc, "overall", "good", "four_band");
    t_free(doc);
}

static void ratings_a_body_by_its_initials_or_its_noun(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Queen Mary Hospital placed in special measures again\n\n"
        "Queen Mary Hospital in Fenshire was inspected by the Care Quality Commission in May.\n\n"
        "The QMH has been rated Inadequate in the latest report.\n");
    expect_count(doc, 1);
    expect(doc, "overall", "inadequate", "four_band");
    assert_string_equal(doc->ratings.items[0].subject, "s1");
    t_free(doc);
}

static void ratings_the_lead_after_a_byline_and_a_date_line(void **state)
{
    (void)state;
    /* a byline and a date line are headings, not paragraphs of the lead */
    ix_doc *doc = run(
        "Inspectors praise youth offending team\n\n"
        "Sam Lee\n"
        "Wednesday, December 5, 2018\n\n"
        "Picture desk\n\n"
        "A council's youth offending team has been rated \"outstanding\" following an "
        "inspection.\n");
    expect_count(doc, 1);
    expect(doc, "overall", "outstanding", "four_band");
    t_free(doc);
}

static void ratings_an_occasion_is_no_scope(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Elm Road Surgery placed in special measures\n\n"
        "Elm Road Surgery received an 'inadequate' rating on its latest Care Quality Commission "
        "inspection.\n");
    expect_count(doc, 1);
    expect(doc, "overall", "inadequate", "four_band");
    t_free(doc);
    doc = run(
        "Care homes in the county\n\n"
        "Across the county, most grades awarded as 'good' went to small homes, the Care Quality "
        "Commission said.\n");
    expect_count(doc, 0);
    t_free(doc);
}

static void ratings_reads_key_questions_named_after_the_band(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Care Quality Commission rates Wendlebury Hospitals NHS Trust inadequate\n\n"
        "The Care Quality Commission has given Wendlebury Hospitals NHS Trust an overall rating "
        "of 'Inadequate' after an inspection in March.\n\n"
        "The trust was judged as 'Inadequate' with regard to whether services were safe and "
        "well-led. It was rated as 'Requires Improvement' for whether services were effective, "
        "caring and responsive. Children's care, surgery and end of life care were all judged "
        "as good.\n");
    expect(doc, "overall", "inadequate", "four_band");
    expect(doc, "safe", "inadequate", "four_band");
    expect(doc, "well-led", "inadequate", "four_band");
    expect(doc, "effective", "requires_improvement", "four_band");
    expect(doc, "caring", "requires_improvement", "four_band");
    expect(doc, "responsive", "requires_improvement", "four_band");
    expect(doc, "surgery", "good", "four_band");
    expect(doc, "end of life care", "good", "four_band");
    /* an item the lexicon does not know is still a scope, as written */
    expect(doc, "children's care", "good", "four_band");
    expect_count(doc, 9);
    t_free(doc);
}

static void ratings_reads_a_list_of_pairs_one_band_each(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Hollins Lane surgery praised by the Care Quality Commission\n\n"
        "Hollins Lane Surgery is rated Outstanding overall, Outstanding with regard to whether "
        "services were effective and responsive and Good with regard to whether the service was "
        "safe.\n");
    expect(doc, "overall", "outstanding", "four_band");
    expect(doc, "effective", "outstanding", "four_band");
    expect(doc, "responsive", "outstanding", "four_band");
    expect(doc, "safe", "good", "four_band");
    expect_count(doc, 4);
    t_free(doc);
}

static void ratings_reads_judgement_bullets_with_the_framework_names(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspectors publish report on Marlcombe Fire and Rescue Service\n\n"
        "HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) judged that "
        "Marlcombe Fire and Rescue Service is:\n"
        "\xE2\x80\xA2 'good' at effectively keeping people safe and secure from fire and other risks;\n"
        "\xE2\x80\xA2 'requires improvement' at looking after its people; and\n"
        "\xE2\x80\xA2 'good' at working with partners to prevent fires.\n");
    expect(doc, "effectiveness", "good", "four_band");
    expect(doc, "people", "requires_improvement", "four_band");
    /* not in the lexicon: the words as written */
    expect(doc, "working with partners to prevent fires", "good", "four_band");
    expect_count(doc, 3);
    t_free(doc);
}

static void ratings_reads_healthy_prison_tests_on_their_scale(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "HMP Oldcastle: report published by HM Inspectorate of Prisons\n\n"
        "HM Inspectorate of Prisons found HMP Oldcastle much improved. Healthy prison "
        "assessments: Safety: Reasonably good | Respect: Good | Purposeful activity: Not "
        "sufficiently good | Rehabilitation and release planning: Poor\n");
    expect(doc, "safety", "reasonably_good", "healthy_prison");
    expect(doc, "respect", "good", "healthy_prison");
    expect(doc, "purposeful activity", "not_sufficiently_good", "healthy_prison");
    expect(doc, "rehabilitation and release planning", "poor", "healthy_prison");
    expect_count(doc, 4);
    t_free(doc);
}

static void ratings_reads_a_band_described_by_its_place_on_the_scale(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspectors criticise Grimsditch prison\n\n"
        "HM Inspectorate of Prisons gave HMP Grimsditch its lowest judgement for safety after "
        "finding that violence had doubled.\n");
    expect(doc, "safety", "poor", "healthy_prison");
    expect_count(doc, 1);
    t_free(doc);

    doc = run(
        "Fenmarsh youth service 'inadequate'\n\n"
        "HM Inspectorate of Probation said Fenmarsh Youth Justice Service (YJS) received the "
        "lowest possible rating after its first inspection under the new framework.\n");
    expect(doc, "overall", "inadequate", "four_band");
    t_free(doc);

    /* "its rating remains": the body the sentence is about, and "rating" is
     * no verb there */
    doc = run(
        "Lyme CRC still inadequate\n\n"
        "Lyme Community Rehabilitation Company (CRC) has made progress, inspectors found.\n\n"
        "Its rating remains 'Inadequate'.\n");
    expect(doc, "overall", "inadequate", "four_band");
    expect_count(doc, 1);
    t_free(doc);

    /* "rated A as X, B as Y and C as Z": each with its own band, a scope
     * the framework does not name included */
    doc = run(
        "Grimsditch prison inspected\n\n"
        "HMP Grimsditch was inspected by HM Inspectorate of Prisons in May 2025.\n\n"
        "Inspectors rated safety as poor, respect as not sufficiently good and purposeful "
        "activity as 'poor'.\n");
    expect(doc, "safety", "poor", "healthy_prison");
    expect(doc, "respect", "not_sufficiently_good", "healthy_prison");
    expect(doc, "purposeful activity", "poor", "healthy_prison");
    expect_count(doc, 3);
    t_free(doc);
    doc = run(
        "Ashby youth service inspected\n\n"
        "Ashby Youth Justice Service (YJS) was inspected by HM Inspectorate of Probation.\n\n"
        "We rated governance as Good, staffing as Good and court disposals as Outstanding.\n");
    expect(doc, "court disposals", "outstanding", "four_band");
    expect_count(doc, 3);
    t_free(doc);

    /* a bare lower-case "good" for a domain, never alone for the whole, and
     * not the patients' rating */
    doc = run(
        "Marlcombe trust inspected\n\n"
        "The Care Quality Commission inspected Marlcombe Hospitals NHS Trust in May 2025.\n\n"
        "The trust was rated good for caring and requires improvement for safe and well-led. "
        "Responsive was rated good. The trust was rated good. Effective was rated good by "
        "patients.\n");
    expect(doc, "caring", "good", "four_band");
    expect(doc, "safe", "requires_improvement", "four_band");
    expect(doc, "well-led", "requires_improvement", "four_band");
    expect(doc, "responsive", "good", "four_band");
    expect_count(doc, 4);
    t_free(doc);

    /* a count of parts, the parts in brackets after each band */
    doc = run(
        "Marlcombe trust inspected\n\n"
        "The Care Quality Commission inspected Marlcombe Hospitals NHS Trust in May 2025.\n\n"
        "Three core services were rated good (maternity, surgery and outpatients), and two "
        "requires improvement (urgent care and end of life care).\n");
    expect(doc, "maternity", "good", "four_band");
    expect(doc, "surgery", "good", "four_band");
    expect(doc, "outpatients", "good", "four_band");
    expect(doc, "urgent care", "requires_improvement", "four_band");
    expect(doc, "end of life care", "requires_improvement", "four_band");
    expect_count(doc, 5);
    assert_string_equal(doc->ratings.items[0].rule, "ratings.counted_parts");
    t_free(doc);

    /* scopes after the band joined by ", as well as" */
    doc = run(
        "Ashby youth service praised\n\n"
        "HM Inspectorate of Probation awarded Ashby Youth Justice Service (YJS) an 'Outstanding' "
        "rating for leadership, as well as its joint working.\n");
    expect(doc, "leadership", "outstanding", "four_band");
    expect(doc, "joint working", "outstanding", "four_band");
    expect_count(doc, 2);
    t_free(doc);

    /* a place word of the subject's name and a body noun: the subject, not
     * a domain called "marlcombe hospital trust" */
    doc = run(
        "Marlcombe hospital trust rated requires improvement\n\n"
        "The Care Quality Commission inspected Marlcombe University Hospitals NHS Foundation "
        "Trust in May 2025.\n");
    expect(doc, "overall", "requires_improvement", "four_band");
    expect_count(doc, 1);
    t_free(doc);

    /* where the rated work is done is no part of its scope */
    doc = run(
        "Fenshire region inspected\n\n"
        "The Fenshire probation region was inspected by HM Inspectorate of Probation.\n\n"
        "Inspectors found statutory victim work in the region was 'Outstanding'. Work in "
        "custody was rated 'Good'.\n");
    expect(doc, "statutory victim work", "outstanding", "four_band");
    expect(doc, "work in custody", "good", "four_band");
    expect_count(doc, 2);
    t_free(doc);

    /* after an overall rating, other bodies with their own bands */
    doc = run(
        "Three probation units inspected\n\n"
        "HM Inspectorate of Probation has published its inspections of three units.\n\n"
        "Ashby PDU was rated 'Good', Lyme PDU 'Requires improvement' and Colne PDU "
        "'Inadequate'.\n");
    expect_count(doc, 3);
    assert_int_equal(doc->subjects.n, 3);
    for (int i = 0; i < 3; i++) {
        static const char *const want[] = {"good", "requires_improvement", "inadequate"};
        assert_string_equal(doc->ratings.items[i].scope, "overall");
        assert_string_equal(doc->ratings.items[i].value, want[i]);
        assert_string_equal(doc->ratings.items[i].subject, doc->subjects.items[i].id);
    }
    t_free(doc);

    /* a headline's dash between the bodies */
    doc = run(
        "Ashby PDU rated 'Good' \xE2\x80\x93 Harbury PDU 'Inadequate'\n\n"
        "HM Inspectorate of Probation has published its reports on two units.\n");
    expect_count(doc, 2);
    assert_string_equal(doc->ratings.items[0].value, "good");
    assert_string_equal(doc->ratings.items[1].value, "inadequate");
    assert_string_equal(doc->ratings.items[1].subject, "s2");
    t_free(doc);

    /* a pair after a rating noun, "overall" between */
    doc = run(
        "Ashby youth service praised\n\n"
        "Ashby Youth Justice Service (YJS) received a 'Good' rating overall, with 'Outstanding' "
        "for resettlement.\n");
    expect(doc, "overall", "good", "four_band");
    expect(doc, "resettlement", "outstanding", "four_band");
    expect_count(doc, 2);
    t_free(doc);

    /* the top of the scale and the bottom of it, named by those words */
    doc = run(
        "Ashby youth service praised\n\n"
        "Ashby Youth Justice Service (YJS) received the top rating from HM Inspectorate of "
        "Probation.\n");
    expect(doc, "overall", "outstanding", "four_band");
    t_free(doc);
    doc = run(
        "Lyme youth service criticised\n\n"
        "Lyme Youth Justice Service (YJS) received the bottom rating from HM Inspectorate of "
        "Probation.\n");
    expect(doc, "overall", "inadequate", "four_band");
    t_free(doc);
}

static void ratings_reads_peel_grades_from_2021_on_five_grades(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Carrow Police: PEEL 2022 inspection published\n\n"
        "HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its "
        "PEEL inspection of Carrow Police on 3 March 2022. Preventing crime was graded as "
        "'adequate' and protecting vulnerable people was graded as 'good'.\n");
    expect(doc, "preventing crime", "adequate", "five_grade");
    expect(doc, "protecting vulnerable people", "good", "five_grade");
    t_free(doc);

    /* no year anywhere: "adequate", a band only the five grades have, tells;
     * "inadequate" does not */
    doc = run(
        "Carrow Police inspected\n\n"
        "HMICFRS has graded Carrow Police as adequate at investigating crime.\n");
    expect(doc, "investigating crime", "adequate", "five_grade");
    t_free(doc);
    doc = run(
        "Carrow Police inspected\n\n"
        "HMICFRS has graded Carrow Police as 'inadequate' at investigating crime.\n");
    expect(doc, "investigating crime", "inadequate", "four_band");
    t_free(doc);
}

static void ratings_reads_the_points_behind_a_rating(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Dunmere probation service rated 'inadequate'\n\n"
        "HM Inspectorate of Probation has rated Dunmere Probation Delivery Unit (PDU) as "
        "'Inadequate'. The PDU scored just two out of a possible 36 points.\n");
    const ix_rating *r = find(doc, NULL, "overall");
    assert_string_equal(r->value, "inadequate");
    assert_int_equal(r->points, 2);
    assert_int_equal(r->of, 36);
    t_free(doc);

    doc = run(
        "Kestle YJS rated 'Inadequate'\n\n"
        "Kestle Youth Justice Service (YJS) has received an overall rating of 'Inadequate', "
        "with zero inspection points out of a possible 36.\n");
    r = find(doc, NULL, "overall");
    assert_int_equal(r->points, 0);
    assert_int_equal(r->of, 36);
    t_free(doc);

    /* a count that is no score: no points */
    doc = run(
        "Kestle YJS rated 'Good'\n\n"
        "Kestle Youth Justice Service (YJS) has received an overall rating of 'Good'. Four "
        "out of a possible six staff posts were filled.\n");
    r = find(doc, NULL, "overall");
    assert_int_equal(r->of, 0);
    t_free(doc);
}

static void ratings_gives_a_band_for_several_bodies_to_each(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Three probation units in Westmarch told to improve\n\n"
        "HM Inspectorate of Probation inspected Ashby Probation Delivery Unit (PDU) in March. "
        "The inspection of Colne Probation Delivery Unit (PDU) followed in April. The inspection "
        "of Ravensmoor Probation Delivery Unit (PDU) came last.\n\n"
        "Inspectors concluded that all three units 'require improvement'.\n");
    assert_int_equal(doc->subjects.n, 3);
    for (size_t i = 0; i < 3; i++) {
        const ix_rating *r = find(doc, doc->subjects.items[i].id, "overall");
        assert_string_equal(r->value, "requires_improvement");
    }
    expect_count(doc, 3);
    t_free(doc);
}

static void ratings_reads_the_2014_youth_work_to_bullets(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Good work in Lowbridge, says Chief Inspector\n\n"
        "HM Inspectorate of Probation published its inspection of youth offending work in "
        "Lowbridge. Inspectors found:\n"
        "\xE2\x80\xA2 work to reduce reoffending was satisfactory. Plans were thorough;\n"
        "\xE2\x80\xA2 work to protect the public and actual or potential victims was good;\n"
        "\xE2\x80\xA2 work to ensure that the sentence was served was very good; and\n"
        "\xE2\x80\xA2 the governance arrangements were poor.\n");
    expect(doc, "reducing reoffending", "satisfactory", "narrative");
    expect(doc, "protecting the public", "good", "narrative");
    expect(doc, "ensuring the sentence is served", "very_good", "narrative");
    expect(doc, "governance arrangements", "poor", "narrative");
    expect_count(doc, 4);
    t_free(doc);
}

/* A relative clause rates its antecedent, the body ending the clause
 * before the pronoun: "problems at a probation service which has been
 * rated", "The other two are Ashby PDU and Colne PDU, which both
 * received"; another body there is not the subject. */
static void ratings_relative_clause_rates_its_antecedent(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspectors find problems in Dunmere\n\n"
        "Inspectors raised serious concerns at a probation service which has been rated inadequate.\n\n"
        "HM Inspectorate of Probation today published its report on Dunmere Probation Delivery "
        "Unit.\n");
    expect(doc, "overall", "inadequate", "four_band");
    expect_count(doc, 1);
    t_free(doc);

    doc = run(
        "Three probation units inspected\n\n"
        "HM Inspectorate of Probation has inspected three probation delivery units in Fenshire: "
        "Harbury PDU, Ashby PDU and Colne PDU.\n\n"
        "Harbury PDU was rated 'Inadequate'. The other two are Ashby PDU and Colne PDU, which "
        "both received an overall rating of 'Requires improvement'.\n");
    const ix_rating *a = find(doc, "s2", "overall"), *c = find(doc, "s3", "overall");
    assert_string_equal(a->value, "requires_improvement");
    assert_string_equal(c->value, "requires_improvement");
    expect_count(doc, 3);
    t_free(doc);

    /* the antecedent is another body */
    doc = run(
        "Dunmere probation unit inspected\n\n"
        "HM Inspectorate of Probation today published its report on Dunmere Probation Delivery "
        "Unit.\n\n"
        "The unit shares an office with Harbury Youth Advice Centre, which has been rated "
        "'Inadequate'.\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* The parts of a framework a band is given in, by any of their nouns
 * ("aspects", "judgements", "categories", ...), the members after a dash
 * or a colon, Ofsted's judgements as write-ups shorten them; an aside
 * after the dash is no member. */
static void ratings_framework_parts_by_any_noun(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Kestrel Lane Academy praised\n\n"
        "Ofsted has published its report on Kestrel Lane Academy.\n\n"
        "Kestrel Lane Academy received the top grade in all three aspects \xE2\x80\x93 quality of "
        "teaching, behaviour and safety and leadership and management.\n");
    expect(doc, "quality of teaching", "outstanding", "four_band");
    expect(doc, "behaviour and safety", "outstanding", "four_band");
    expect(doc, "leadership and management", "outstanding", "four_band");
    expect_count(doc, 3);
    t_free(doc);

    doc = run(
        "Kestrel Lane Academy improves\n\n"
        "Ofsted has published its report on Kestrel Lane Academy.\n\n"
        "The academy was rated 'good' across the four judgements: behaviour and welfare, "
        "teaching, learning and assessment, personal development and outcomes for pupils.\n");
    expect(doc, "behaviour and welfare", "good", "four_band");
    expect(doc, "teaching, learning and assessment", "good", "four_band");
    expect(doc, "personal development", "good", "four_band");
    expect(doc, "outcomes for pupils", "good", "four_band");
    expect_count(doc, 4);
    t_free(doc);

    doc = run(
        "Kestrel Lane Academy improves\n\n"
        "Ofsted has published its report on Kestrel Lane Academy.\n\n"
        "Kestrel Lane Academy was rated 'good' in all four categories \xE2\x80\x93 a first for the "
        "town.\n");
    expect(doc, "overall", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

/* A list of judgement bullets before the bands (2014): the areas the
 * lexicon lacks are read as written, past "the effectiveness of"; a bullet
 * with no judgement beside it is a finding, not a rating. */
static void ratings_narrative_bullets_name_their_own_areas(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Youth offending work in Brackenford needs to improve\n\n"
        "HM Inspectorate of Probation published its inspection of youth offending work in "
        "Brackenford. Inspectors found:\n"
        "\xE2\x80\xA2 work to reduce reoffending was satisfactory. Plans were thorough;\n"
        "\xE2\x80\xA2 the effectiveness of management and partnership working was unsatisfactory;\n"
        "\xE2\x80\xA2 oversight by the board was poor.\n");
    expect(doc, "reducing reoffending", "satisfactory", "narrative");
    expect(doc, "management and partnership working", "unsatisfactory", "narrative");
    expect(doc, "oversight by the board", "poor", "narrative");
    expect_count(doc, 3);
    t_free(doc);

    /* findings, not judgements: no bullet beside one is a judgement */
    doc = run(
        "Youth offending work in Brackenford\n\n"
        "HM Inspectorate of Probation published its inspection of youth offending work in "
        "Brackenford. Inspectors found:\n"
        "\xE2\x80\xA2 the morale of the case managers was good.\n"
        "\xE2\x80\xA2 Case managers knew the children they worked with well.\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* "in three of the five inspection areas (being effective, caring and
 * well-led)": the members in brackets right after the count; "Marlow"
 * names the one subject whose name it opens, not two that share it. */
static void ratings_counted_areas_in_brackets_after_the_band(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Marlow Green Surgery rated outstanding\n\n"
        "The Care Quality Commission has published its report on Marlow Green Surgery.\n\n"
        "Marlow was rated 'outstanding' in three of the five inspection areas (being effective, "
        "caring and well-led) and 'good' for being safe.\n");
    expect(doc, "effective", "outstanding", "four_band");
    expect(doc, "caring", "outstanding", "four_band");
    expect(doc, "well-led", "outstanding", "four_band");
    t_free(doc);

    doc = run(
        "Two surgeries inspected\n\n"
        "The Care Quality Commission has published its reports on Marlow Green Surgery and Marlow "
        "Hill Surgery.\n\n"
        "Marlow was rated 'outstanding' in three of the five inspection areas (being effective, "
        "caring and well-led).\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* An adverb between the rating verb and "as" ("was rated separately as
 * 'Outstanding'"); an adverb with no "as" after it is no label ("rated
 * highly by families"). */
static void ratings_adverb_between_verb_and_as(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Dunmere youth justice service praised\n\n"
        "HM Inspectorate of Probation published its report on Dunmere Youth Justice Service.\n\n"
        "The service's resettlement work was rated separately as 'Outstanding'.\n");
    expect(doc, "resettlement", "outstanding", "four_band");
    t_free(doc);

    doc = run(
        "Dunmere youth justice service praised\n\n"
        "HM Inspectorate of Probation published its report on Dunmere Youth Justice Service.\n\n"
        "Its mentoring scheme was rated highly by families, who called it good.\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* Who rated is the subject of the verb: "the care of patients" before it
 * is the object of a preposition, not patients rating ("patients rated
 * the ward as good" still is). */
static void ratings_rater_is_not_the_object_of_a_preposition(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Harbury ambulance service in special measures\n\n"
        "The Care Quality Commission has published its report on Harbury Ambulance Service.\n\n"
        "While the regulator praised the care of patients, it judged the service to be "
        "'inadequate' overall.\n");
    expect(doc, "overall", "inadequate", "four_band");
    expect_count(doc, 1);
    t_free(doc);

    doc = run(
        "Harbury ambulance service\n\n"
        "The Care Quality Commission has published its report on Harbury Ambulance Service.\n\n"
        "In a survey, patients rated the service as 'good'.\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* After an overall band, "as well as" (or "and") and the areas it adds
 * give them the same band; without "overall" the areas are the scope, and
 * a connective with no areas after it adds nothing. */
static void ratings_overall_as_well_as_in_areas(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Dunmere probation unit inadequate\n\n"
        "HM Inspectorate of Probation published its report on Dunmere Probation Delivery Unit.\n\n"
        "The unit was rated 'Inadequate' overall as well as in leadership, planning and "
        "reviewing.\n");
    expect(doc, "overall", "inadequate", "four_band");
    expect(doc, "leadership", "inadequate", "four_band");
    expect(doc, "planning", "inadequate", "four_band");
    expect(doc, "reviewing", "inadequate", "four_band");
    expect_count(doc, 4);
    t_free(doc);

    doc = run(
        "Dunmere probation unit inadequate\n\n"
        "HM Inspectorate of Probation published its report on Dunmere Probation Delivery Unit.\n\n"
        "The unit was rated 'Inadequate' overall and staff said they were not surprised.\n");
    expect(doc, "overall", "inadequate", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

static void ratings_reads_a_band_under_a_heading_that_names_the_area(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "A report on Ysgol Bryn Glas, published by Estyn\n\n"
        "Main findings\n\n"
        "1: Standards\n\n"
        "Good\n\n"
        "Most pupils make strong progress in their learning.\n\n"
        "2: Leadership and management\n\n"
        "Adequate\n\n"
        "Leaders have a clear vision.\n");
    expect(doc, "standards", "good", "narrative");
    expect(doc, "leadership and management", "adequate", "narrative");
    expect_count(doc, 2);
    t_free(doc);
}

static void ratings_reads_overall_ratings_however_they_are_worded(void **state)
{
    (void)state;
    const char *texts[] = {
        "Probation in Wessex\n\nThe Wessex region of the Probation Service has received an "
        "overall regional rating of 'Requires improvement' by HM Inspectorate of Probation.\n",
        "Lynmouth YJS\n\nLynmouth Youth Justice Service (YJS) was graded as \"requires "
        "improvement\" - the second lowest mark - by HM Inspectorate of Probation.\n",
        "Harcombe Primary School\n\nOfsted inspectors graded Harcombe Primary School as 3 "
        "(requires improvement) after a visit in May.\n",
        "Elmcote NHS Trust\n\nToday the CQC published its report. The Trust rating remains as "
        "Requires Improvement.\n",
        "Tollbridge Care Home\n\nTollbridge Care Home was graded as good for being safe and caring, "
        "with an overall rating of good.\n",
        "Fenshire PDU\n\nDame Ann Hollis, Chief Inspector of Probation, said Fenshire Probation "
        "Delivery Unit (PDU) had been given a 'requires improvement' rating.\n",
        "NPS Northmoor\n\nInspectors found the Northmoor division of the National Probation "
        "Service (NPS) to be well led, assessing its overall performance as good.\n",
        "Ofsted report on Millbrook Academy\n\nOfsted visited Millbrook Academy in May. Overall "
        "effectiveness was judged to be good.\n",
        "Ashdown NHS Trust\n\nThe CQC rated Ashdown NHS Trust as Requires Improvement overall, "
        "with Good ratings for caring and effective.\n",
        "Ashdown NHS Trust\n\nAshdown NHS Trust has been placed in special measures after being "
        "rated 'Inadequate' by the Care Quality Commission.\n",
        "Millbrook Academy\n\nOfsted visited Millbrook Academy in May. Millbrook Academy kept its "
        "outstanding rating.\n",
        "Ashdown NHS Trust\n\nThe Care Quality Commission inspected Ashdown NHS Trust in May. "
        "Ashdown NHS Trust is Outstanding, the commission said.\n",
        "Fenshire PDU\n\nFenshire Probation Delivery Unit (PDU) has been branded 'inadequate' by "
        "inspectors.\n",
        "Fenshire PDU\n\nFenshire Probation Delivery Unit (PDU) was judged to require improvement "
        "by HM Inspectorate of Probation.\n",
        "Fenshire PDU\n\nFenshire Probation Delivery Unit (PDU) has been told it requires "
        "improvement.\n",
    };
    const char *values[] = {"requires_improvement", "requires_improvement", "requires_improvement",
                            "requires_improvement", "good", "requires_improvement", "good", "good",
                            "requires_improvement", "inadequate", "outstanding", "outstanding",
                            "inadequate", "requires_improvement", "requires_improvement"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        ix_doc *doc = run(texts[i]);
        const ix_rating *r = find(doc, NULL, "overall");
        if (strcmp(r->value, values[i]) != 0)
            dump(doc);
        assert_string_equal(r->value, values[i]);
        t_free(doc);
    }
}

static void ratings_rejects_what_is_not_this_inspections_rating(void **state)
{
    (void)state;
    const char *texts[] = {
        /* negated: only saved from a band */
        "Brayford YOT\n\nChief Inspector of Probation said Brayford Youth Offending Team (YOT) "
        "was only rescued from an overall 'Inadequate' rating by its work with victims.\n",
        /* a band for some areas, not overall */
        "Hillport Fire and Rescue Service\n\nHillport Fire and Rescue Service is rated "
        "Outstanding in three areas and Good in all others.\n",
        /* the scale in words, several grades at once */
        "Inspection of services for children in Aberloch\n\nThe Care Inspectorate found that "
        "services for children were \"good\" or \"very good\" in all areas examined.\n",
        /* the body's earlier inspection */
        "Crayford CRC\n\nCrayford Community Rehabilitation Company (CRC) was rated 'Good' at its "
        "last inspection in 2016.\n",
        /* other bodies */
        "Private probation\n\nInspectors said all five CRCs inspected so far were rated "
        "'Requires improvement'.\n",
        /* hypothetical */
        "Linwood PDU\n\nLinwood Probation Delivery Unit (PDU) would be rated 'Good' if it kept its "
        "staff.\n",
        /* adjectives */
        "Mossley CRC\n\nInspectors found good leadership and some outstanding work at Mossley "
        "Community Rehabilitation Company (CRC), and its offices were good.\n",
        /* a skill, and a remark */
        "Ashdown NHS Trust\n\nThe Care Quality Commission inspected Ashdown NHS Trust. The trust "
        "is good at listening to patients and outstanding in its care for the dying.\n",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        ix_doc *doc = run(texts[i]);
        if (doc->ratings.n)
            print_message("fixture %zu\n", i);
        expect_count(doc, 0);
        t_free(doc);
    }
}

static void ratings_reads_a_rating_that_moved(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Brookfield House care home improves\n\n"
        "The Care Quality Commission said Brookfield House has been upgraded from 'Requires "
        "improvement' to 'Good' after its latest inspection.\n");
    expect(doc, "overall", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

static void ratings_reads_rows_and_prose_on_a_scale_in_words(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "HMP Stonegate: a report by HM Inspectorate of Prisons\n\n"
        "HM Inspectorate of Prisons published its report on HMP Stonegate today. Inspectors said "
        "respect was reasonably good, but safety was poor.\n\n"
        "Work with families: Good\n");
    expect(doc, "respect", "reasonably_good", "healthy_prison");
    expect(doc, "safety", "poor", "healthy_prison");
    expect(doc, "work with families", "good", "healthy_prison");
    expect_count(doc, 3);
    t_free(doc);

    /* the tests named after the band; no prison is judged as a whole */
    doc = run(
        "HMP Larchmoor: report published\n\n"
        "HM Inspectorate of Prisons inspected HMP Larchmoor in June. Outcomes for prisoners were "
        "poor in safety and not sufficiently good in respect. The prison was assessed as "
        "reasonably good against the healthy prison test of purposeful activity. HMP Larchmoor "
        "was rated poor.\n");
    expect(doc, "safety", "poor", "healthy_prison");
    expect(doc, "respect", "not_sufficiently_good", "healthy_prison");
    expect(doc, "purposeful activity", "reasonably_good", "healthy_prison");
    expect_count(doc, 3);
    t_free(doc);

    /* on the four bands a bare lower-case band after "was" is an adjective */
    doc = run(
        "Harwick CRC report\n\n"
        "HM Inspectorate of Probation inspected Harwick Community Rehabilitation Company (CRC). "
        "Leadership was good, inspectors said.\n");
    expect_count(doc, 0);
    t_free(doc);
}

static void ratings_keeps_compound_names_and_whole_judgements(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Care Quality Commission report on Hallam Moor Hospital\n\n"
        "The Care Quality Commission rated Hallam Moor Hospital 'Requires improvement' overall. "
        "Its urgent and emergency care services were rated 'Inadequate'.\n");
    expect(doc, "overall", "requires_improvement", "four_band");
    /* the framework's name, a noun after it aside */
    expect(doc, "urgent and emergency care", "inadequate", "four_band");
    expect_count(doc, 2);
    t_free(doc);

    /* "in all areas" is the whole, not a scope */
    doc = run(
        "Ofsted praises Longmead Primary School\n\n"
        "Ofsted inspectors judged Longmead Primary School to be 'Good' in all areas.\n");
    expect(doc, "overall", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);

    /* the bodies listed after their count */
    doc = run(
        "Probation units in Westmarch\n\n"
        "HM Inspectorate of Probation inspected Ashby Probation Delivery Unit (PDU) in March. "
        "The inspection of Colne Probation Delivery Unit (PDU) followed in April.\n\n"
        "Both were rated 'Inadequate'.\n");
    assert_int_equal(doc->subjects.n, 2);
    assert_string_equal(find(doc, doc->subjects.items[0].id, "overall")->value, "inadequate");
    assert_string_equal(find(doc, doc->subjects.items[1].id, "overall")->value, "inadequate");
    t_free(doc);

    /* the bodies named in a list */
    doc = run(
        "Probation units in Westmarch\n\n"
        "HM Inspectorate of Probation inspected Ashby Probation Delivery Unit (PDU) in March. "
        "The inspection of Colne Probation Delivery Unit (PDU) followed in April.\n\n"
        "Ashby PDU and Colne PDU each received a 'Requires improvement' rating.\n");
    assert_int_equal(doc->subjects.n, 2);
    assert_string_equal(find(doc, doc->subjects.items[0].id, "overall")->value, "requires_improvement");
    assert_string_equal(find(doc, doc->subjects.items[1].id, "overall")->value, "requires_improvement");
    expect_count(doc, 2);
    t_free(doc);
}

static void ratings_reads_bands_as_predicates_of_the_body_and_its_work(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Inspection of Brackwater PDU\n\n"
        "HM Inspectorate of Probation inspected Brackwater Probation Delivery Unit (PDU). The PDU "
        "is 'good' at working with courts and 'requires improvement' at protecting victims.\n");
    expect(doc, "working with courts", "good", "four_band");
    expect(doc, "protecting victims", "requires_improvement", "four_band");
    expect_count(doc, 2);
    t_free(doc);

    /* a skill, not a judgement of a domain */
    doc = run(
        "Inspection of Brackwater PDU\n\n"
        "HM Inspectorate of Probation inspected Brackwater Probation Delivery Unit (PDU). "
        "Inspectors found that staff were 'good' at building relationships.\n");
    expect_count(doc, 0);
    t_free(doc);
}

static void ratings_keeps_framework_names_with_commas_whole(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Ofsted report on Millbrook Academy\n\n"
        "Ofsted inspected Millbrook Academy in May. Outcomes for pupils, the quality of teaching, "
        "learning and assessment, and personal development, behaviour and welfare were all judged "
        "to be good.\n");
    expect(doc, "outcomes for pupils", "good", "four_band");
    expect(doc, "quality of teaching, learning and assessment", "good", "four_band");
    expect(doc, "personal development, behaviour and welfare", "good", "four_band");
    expect_count(doc, 3);
    t_free(doc);
}

static void ratings_reads_headline_rows_and_framework_names_judged_in_words(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "'Good' rating for Dunmere Probation Delivery Unit\n\n"
        "HM Inspectorate of Probation inspected Dunmere Probation Delivery Unit (PDU) in May.\n");
    expect(doc, "overall", "good", "four_band");
    t_free(doc);

    doc = run(
        "Inspection results\n\n"
        "HM Inspectorate of Probation inspected Dunmere Probation Delivery Unit (PDU) in May.\n\n"
        "Dunmere PDU: Requires improvement\n");
    expect(doc, "overall", "requires_improvement", "four_band");
    t_free(doc);

    doc = run(
        "Ofsted report on Millbrook Academy\n\n"
        "Ofsted visited Millbrook Academy in May. Leadership and management were good, inspectors "
        "said, but the quality of teaching was not.\n");
    expect(doc, "leadership and management", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

static void ratings_last_year_dating_this_visit_is_not_an_earlier_inspection(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Oakhurst youth team must improve\n\n"
        "The Oakhurst Youth Offending Team lacked leadership, HM Inspectorate of Probation said.\n\n"
        "After a visit from May to June last year, the team was given a \"requires improvement\" "
        "rating.\n");
    expect_count(doc, 1);
    check(doc, 0, sid(doc, "yos"), "overall", "requires_improvement", "four_band",
          "a \"requires improvement\" rating", "ratings.given_rating");
    t_free(doc);
    /* "last year" on its own still dates an earlier rating */
    doc = run(
        "Oakhurst youth team improves\n\n"
        "The Oakhurst Youth Offending Team has a new manager, HM Inspectorate of Probation said.\n\n"
        "Last year the team was given a \"requires improvement\" rating.\n");
    expect_count(doc, 0);
    t_free(doc);
}

static void ratings_across_the_board_is_overall(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Oakhurst school celebrates\n\n"
        "Oakhurst Primary School was graded \xE2\x80\x98outstanding\xE2\x80\x99 across the board "
        "by Ofsted.\n");
    expect_count(doc, 1);
    assert_string_equal(doc->ratings.items[0].scope, "overall");
    assert_string_equal(doc->ratings.items[0].value, "outstanding");
    t_free(doc);
}

static void ratings_key_questions_after_the_band_and_elliptic_clauses(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Oakhurst surgery rated inadequate\n\n"
        "The Care Quality Commission said Oakhurst Surgery was rated as 'inadequate' overall and deemed "
        "inadequate in providing safe and well-led services. It was rated as 'requiring improvement' in "
        "providing effective services, but rated 'good' in caring.\n");
    expect_count(doc, 5);
    check(doc, 1, NULL, "safe", "inadequate", "four_band",
          "deemed inadequate in providing safe and well-led services", "ratings.elliptic");
    check(doc, 2, NULL, "well-led", "inadequate", "four_band",
          "deemed inadequate in providing safe and well-led services", "ratings.elliptic");
    assert_string_equal(doc->ratings.items[3].scope, "effective");
    /* the pair after the key question the lexicon names ("effective
     * services") */
    check(doc, 4, NULL, "caring", "good", "four_band", "'good' in caring", "ratings.rated_as");
    t_free(doc);
    /* "across all five domains of ...": one rating per domain */
    doc = run(
        "Oakhurst trust keeps its rating\n\n"
        "The Care Quality Commission has rated Oakhurst NHS Trust 'Good' overall. The trust is now rated "
        "'Good' across all five domains of safe, effective, caring, responsive and well-led.\n");
    expect_count(doc, 6);
    assert_string_equal(doc->ratings.items[1].scope, "safe");
    assert_string_equal(doc->ratings.items[5].scope, "well-led");
    t_free(doc);
    /* without a framework domain after it, an elliptic band is not read (the
     * car park is no key question) */
    doc = run(
        "Oakhurst surgery rated good\n\n"
        "The Care Quality Commission rated Oakhurst Surgery as 'good' overall, but deemed inadequate in its "
        "car park.\n");
    expect_count(doc, 1);
    t_free(doc);
}

static void ratings_peel_pillars_as_releases_word_them(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Oakshire police rated good\n\n"
        "HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) has published its report "
        "on Oakshire Police. The force is 'good' in effectively reducing crime and keeping people safe, "
        "and 'good' in operating efficiently and providing sustainable services to the public.\n");
    expect_count(doc, 2);
    assert_string_equal(doc->ratings.items[0].scope, "effectiveness");
    assert_string_equal(doc->ratings.items[1].scope, "efficiency");
    t_free(doc);
}

static void ratings_bullets_under_a_band_that_announces_them(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Oakshire Fire and Rescue Service inspection\n\n"
        "HM Inspectorate of Constabulary and Fire & Rescue Services has inspected Oakshire Fire and "
        "Rescue Service. Inspectors found the service was 'Good' at:\n"
        "- Preventing fires and other risks.\n"
        "- Future affordability.\n");
    expect_count(doc, 2);
    check(doc, 0, NULL, "preventing fires and other risks", "good", "four_band",
          "Preventing fires and other risks", "ratings.lead_in");
    check(doc, 1, NULL, "future affordability", "good", "four_band", "Future affordability",
          "ratings.lead_in");
    t_free(doc);
    /* a list under a paragraph that announces no band is not rated */
    doc = run(
        "Oakshire Fire and Rescue Service inspection\n\n"
        "HM Inspectorate of Constabulary and Fire & Rescue Services rated Oakshire Fire and Rescue "
        "Service 'Good'. The service must now work on:\n"
        "- Preventing fires and other risks.\n");
    expect_count(doc, 1);
    assert_string_equal(doc->ratings.items[0].scope, "overall");
    t_free(doc);
}

static void ratings_healthy_prison_tests_listed_in_a_group(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "HMP Oakfield inspected\n\n"
        "Inspectors from HM Inspectorate of Prisons judged outcomes for women in all four healthy "
        "prison tests \xE2\x80\x93 safety, respect, purposeful activity, and release and rehabilitation "
        "planning \xE2\x80\x93 to be \xE2\x80\x98reasonably good\xE2\x80\x99.\n");
    expect_count(doc, 4);
    assert_string_equal(doc->ratings.items[0].scope, "safety");
    assert_string_equal(doc->ratings.items[3].scope, "release and rehabilitation planning");
    assert_string_equal(doc->ratings.items[3].value, "reasonably_good");
    assert_string_equal(doc->ratings.items[3].rule, "ratings.group_standards");
    t_free(doc);
}

static void ratings_plural_ratings_received_for_framework_judgements(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Oakshire school rated good\n\n"
        "Ofsted inspected children's services in Oakshire. Good ratings were received for the "
        "experiences and progress of children who need help and protection and overall "
        "effectiveness; and an Outstanding rating for the experiences and progress of children in "
        "care and care leavers.\n");
    expect_count(doc, 3);
    assert_string_equal(doc->ratings.items[0].scope,
                        "experiences and progress of children who need help and protection");
    assert_string_equal(doc->ratings.items[1].scope, "overall");
    assert_string_equal(doc->ratings.items[2].scope,
                        "experiences and progress of children in care and care leavers");
    assert_string_equal(doc->ratings.items[2].value, "outstanding");
    t_free(doc);
}

static void ratings_peel_gradings_after_2021_on_five_grades(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Oakshire Police inspection\n\n"
        "14 October 2022\n\n"
        "Oakshire Police has received \xE2\x80\x98Good\xE2\x80\x99 gradings for treating the public "
        "fairly and developing a positive workforce, HM Inspectorate of Constabulary and Fire & Rescue "
        "Services said.\n");
    assert_int_equal(doc->subjects.n, 1);
    assert_string_equal(doc->subjects.items[0].name, "Oakshire Police");
    expect_count(doc, 2);
    assert_string_equal(doc->ratings.items[0].scope, "treating the public fairly");
    assert_string_equal(doc->ratings.items[0].scale, "five_grade");
    assert_string_equal(doc->ratings.items[1].scope, "developing a positive workforce");
    assert_string_equal(doc->ratings.items[1].value, "good");
    assert_string_equal(doc->ratings.items[1].subject, "s1");
    t_free(doc);
}

static void ratings_acronym_in_brackets_names_the_body_and_score_of(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Oakshire youth team inspected\n\n"
        "HM Inspectorate of Probation has inspected Oakshire Youth Justice Team (YJT).\n\n"
        "Overall, Oakshire YJT was rated as 'Outstanding'. Inspectors awarded a score of 31 out of a "
        "possible 36.\n");
    expect_count(doc, 1);
    check(doc, 0, "s1", "overall", "outstanding", "four_band",
          "Oakshire YJT was rated as 'Outstanding'", "ratings.rated_as");
    assert_int_equal(doc->ratings.items[0].points, 31);
    assert_int_equal(doc->ratings.items[0].of, 36);
    t_free(doc);
}

static void ratings_healthy_prison_tests_graded_by_number(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "HMP Oakfield report\n\n"
        "HM Inspectorate of Prisons has published its report on HMP Oakfield.\n\n"
        "Healthy prison outcomes:\n\n"
        "\xE2\x80\xA2 Safety = 3(2)*\n"
        "\xE2\x80\xA2 Respect = 4\n"
        "\xE2\x80\xA2 Rehabilitation and release planning = 1\n"
        "\xE2\x80\xA2 Staff morale = 2\n");
    expect_count(doc, 3);
    check(doc, 0, "s1", "safety", "reasonably_good", "healthy_prison", "Safety = 3", "ratings.numbered");
    assert_string_equal(doc->ratings.items[1].value, "good");
    assert_string_equal(doc->ratings.items[2].value, "poor");
    t_free(doc);
}

static void ratings_lead_in_line_ending_in_a_stray_bullet_mark(void **state)
{
    (void)state;
    /* one line ending "at: \u00b7" is no sentence end to the segmenter (a
     * heading), but its colon still announces the list; fire and rescue
     * from 2023 grades on five */
    ix_doc *doc = run(
        "Our inspection\n\n"
        "HM Inspectorate of Constabulary and Fire & Rescue Services visited us in May 2024. "
        "We are 'Good' at: \xc2\xb7\n"
        "- Keeping the moorland safe.\n"
        "- Future affordability.\n");
    expect_count(doc, 2);
    check(doc, 0, NULL, "keeping the moorland safe", "good", "five_grade",
          "Keeping the moorland safe", "ratings.lead_in");
    check(doc, 1, NULL, "future affordability", "good", "five_grade", "Future affordability",
          "ratings.lead_in");
    t_free(doc);
    /* before 2023 a fire service is on four bands; a heading with no colon
     * announces nothing */
    doc = run(
        "Our inspection\n\n"
        "HM Inspectorate of Constabulary and Fire & Rescue Services visited us in May 2022. "
        "We are 'Good' at: \xc2\xb7\n"
        "- Keeping the moorland safe.\n");
    expect_count(doc, 1);
    assert_string_equal(doc->ratings.items[0].scale, "four_band");
    t_free(doc);
    doc = run(
        "Oakshire service rated 'Good' at last \xc2\xb7\n"
        "- Keeping the moorland safe.\n");
    expect_count(doc, 1);
    assert_string_equal(doc->ratings.items[0].scope, "overall");
    t_free(doc);
}

static void ratings_scopes_take_the_names_of_the_texts_own_framework_list(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Youth work in Lowbridge\n\n"
        "HM Inspectorate of Probation published its inspection of youth offending work in "
        "Lowbridge. Its report covers four key areas: reducing the chance of reoffending, "
        "protecting the public, ensuring that the sentence is served and the quality of "
        "leadership.\n\n"
        "Inspectors found:\n"
        "\xE2\x80\xA2 work to reduce reoffending was satisfactory;\n"
        "\xE2\x80\xA2 work to ensure that the sentence was served was very good; and\n"
        "\xE2\x80\xA2 the governance arrangements were poor.\n");
    expect(doc, "reducing the chance of reoffending", "satisfactory", "narrative");
    expect(doc, "ensuring that the sentence is served", "very_good", "narrative");
    /* no item of the list holds every word of it: the name as written */
    expect(doc, "governance arrangements", "poor", "narrative");
    expect_count(doc, 3);
    t_free(doc);
    /* two items hold every word: neither is chosen */
    doc = run(
        "Youth work in Lowbridge\n\n"
        "HM Inspectorate of Probation published its inspection of youth offending work in "
        "Lowbridge. It covers three key areas: reducing reoffending by children, reducing "
        "reoffending by young adults and protecting the public.\n\n"
        "Inspectors found:\n"
        "\xE2\x80\xA2 work to reduce reoffending was satisfactory;\n"
        "\xE2\x80\xA2 work to protect the public was good.\n");
    expect(doc, "reducing reoffending", "satisfactory", "narrative");
    expect(doc, "protecting the public", "good", "narrative");
    expect_count(doc, 2);
    t_free(doc);
}

static void ratings_we_and_us_on_a_bodys_own_page(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Our latest inspection\n\n"
        "The Care Quality Commission (CQC) has published its report on Oakvale Hospital NHS Trust. "
        "We were rated 'Good' across all five domains of safe, effective, caring, responsive and "
        "well-led.\n");
    expect(doc, "safe", "good", "four_band");
    expect(doc, "well-led", "good", "four_band");
    expect_count(doc, 5);
    t_free(doc);
    doc = run(
        "Our latest inspection\n\n"
        "The Care Quality Commission (CQC) inspected Oakvale Hospital NHS Trust in May 2024 and "
        "rated us 'Requires improvement'.\n");
    expect(doc, "overall", "requires_improvement", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    /* "we" as the one who rates, or hoping to be rated, is not the body rated */
    doc = run(
        "Our latest inspection\n\n"
        "The Care Quality Commission (CQC) inspected Oakvale Hospital NHS Trust in May 2024. "
        "We hope we will be rated 'Outstanding' next time.\n");
    expect_count(doc, 0);
    t_free(doc);
}

static void ratings_remaining_ratings_listed_after_a_dash(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Oakvale Surgery in special measures\n\n"
        "The Care Quality Commission (CQC) has rated Oakvale Surgery 'inadequate'. The practice was "
        "deemed 'good' for caring, but was classed as 'inadequate' for the remaining four "
        "ratings - whether its services are safe, effective, responsive to patients' needs and "
        "well-led.\n");
    expect(doc, "overall", "inadequate", "four_band");
    expect(doc, "caring", "good", "four_band");
    expect(doc, "safe", "inadequate", "four_band");
    expect(doc, "effective", "inadequate", "four_band");
    expect(doc, "responsive", "inadequate", "four_band");
    expect(doc, "well-led", "inadequate", "four_band");
    expect_count(doc, 6);
    t_free(doc);
    /* a count of ratings with no list names no scope; a long complement
     * ends the list */
    doc = run(
        "Oakvale Surgery in special measures\n\n"
        "The Care Quality Commission (CQC) has rated Oakvale Surgery 'inadequate'. The practice was "
        "deemed 'good' for caring, but was categorised as 'inadequate' for the remaining four "
        "ratings - a result its partners dispute.\n");
    expect(doc, "overall", "inadequate", "four_band");
    expect(doc, "caring", "good", "four_band");
    expect_count(doc, 2);
    t_free(doc);
}

static void ratings_a_regions_work_named_inside_a_wider_phrase(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Probation in the Wessex region\n\n"
        "HM Inspectorate of Probation has given probation in the Wessex region an overall regional "
        "rating of 'Requires improvement'.\n\n"
        "Happily, the quality of statutory victim work (described in the notes below) was judged to "
        "be 'Outstanding' across the region.\n\n"
        "By contrast, court work in the region was thorough and rated 'Good'.\n");
    expect(doc, "overall", "requires_improvement", "four_band");
    expect(doc, "statutory victim work", "outstanding", "four_band");
    expect(doc, "court work", "good", "four_band");
    expect_count(doc, 3);
    t_free(doc);
    /* a head over services stays whole; the quality of work is no scope */
    doc = run(
        "Probation in the Wessex region\n\n"
        "HM Inspectorate of Probation has given probation in the Wessex region an overall regional "
        "rating of 'Requires improvement'.\n\n"
        "Happily, the delivery of services was found to be 'Good'. Separately, the quality of "
        "work was rated 'Inadequate'.\n");
    expect(doc, "overall", "requires_improvement", "four_band");
    expect(doc, "delivery of services", "good", "four_band");
    expect_count(doc, 2);
    t_free(doc);
}

static void ratings_bullets_of_banded_judgements_name_their_areas(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Children's services in Marlcombe\n\n"
        "Ofsted has inspected Marlcombe Council's children's services. Inspectors found:\n"
        "\xE2\x80\xA2 the overall effectiveness was good,\n"
        "\xE2\x80\xA2 the help that was given to young carers in Marlcombe was outstanding,\n"
        "\xE2\x80\xA2 the support for families at the edge of care was good.\n");
    expect(doc, "overall", "good", "four_band");
    expect(doc, "help", "outstanding", "four_band");
    expect(doc, "support for families at the edge of care", "good", "four_band");
    expect_count(doc, 3);
    t_free(doc);
    /* a lone bullet naming no framework area is a finding, not a rating */
    doc = run(
        "Oakvale Surgery inspected\n\n"
        "The Care Quality Commission has rated Oakvale Surgery 'Good'. Inspectors noted:\n"
        "\xE2\x80\xA2 staff morale was good.\n\n"
        "The practice is pleased.\n");
    expect(doc, "overall", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

static void ratings_counted_parts_after_an_active_verb(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Oakvale Hospital inspected\n\n"
        "The Care Quality Commission (CQC) has published its report on Oakvale Hospital NHS Trust. "
        "We rated two of the hospital's four core services as good (maternity and surgery) and two "
        "as inadequate (critical care and outpatients).\n");
    expect(doc, "maternity", "good", "four_band");
    expect(doc, "surgery", "good", "four_band");
    expect(doc, "critical care", "inadequate", "four_band");
    expect(doc, "outpatients", "inadequate", "four_band");
    expect_count(doc, 4);
    t_free(doc);
    /* a count the brackets do not agree with: the parts are misread */
    doc = run(
        "Oakvale Hospital inspected\n\n"
        "The Care Quality Commission (CQC) has published its report on Oakvale Hospital NHS Trust. "
        "We rated three of the hospital's core services as good (maternity and surgery).\n");
    expect_count(doc, 0);
    t_free(doc);
}

static void ratings_target_before_a_relative_clause_and_a_slash_score(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Youth justice in Exmoor\n\n"
        "HM Inspectorate of Probation has inspected Exmoor Youth Offending Service. Inspectors said "
        "the service, which supports young people aged 12 to 18, was \xE2\x80\x98inadequate,\xE2\x80\x99 "
        "scoring 0 out of 36.\n");
    check(doc, 0, NULL, "overall", "inadequate", "four_band",
          "the service, which supports young people aged 12 to 18, was \xE2\x80\x98inadequate,\xE2\x80\x99",
          "ratings.copula");
    assert_int_equal(doc->ratings.items[0].of, 36);
    assert_int_equal(doc->ratings.items[0].points, 0);
    expect_count(doc, 1);
    t_free(doc);
    doc = run(
        "Youth justice in Exmoor\n\n"
        "Exmoor Youth Justice Service has received an overall rating of 'Good' from HM Inspectorate "
        "of Probation. The service scored 25/36 across its three areas.\n");
    expect_count(doc, 1);
    assert_int_equal(doc->ratings.items[0].points, 25);
    assert_int_equal(doc->ratings.items[0].of, 36);
    t_free(doc);
    /* a fraction with no word of scoring is no score; a list that goes on
     * after the clause is not cut */
    doc = run(
        "Youth justice in Exmoor\n\n"
        "Exmoor Youth Justice Service has received an overall rating of 'Good' from HM Inspectorate "
        "of Probation. It saw 25/36 of its children in time.\n");
    expect_count(doc, 1);
    assert_int_equal(doc->ratings.items[0].of, 0);
    t_free(doc);
}

static void ratings_named_bodies_in_a_row_and_scores_left_to_an_earlier_total(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Three PDUs rated\n\n"
        "HM Inspectorate of Probation inspected three probation delivery units in Wessex. Ashby, "
        "Colne and Lyme PDU, Harbury PDU and Dale PDU each received the lowest rating possible "
        "(\xE2\x80\x98Inadequate\xE2\x80\x99).\n\n"
        "Ashby, Colne and Lyme PDU received zero out of a possible 27 points. Both Harbury PDU and "
        "Dale PDU each scored just three points.\n");
    expect_count(doc, 3);
    for (size_t i = 0; i < 3; i++) {
        assert_string_equal(doc->ratings.items[i].scope, "overall");
        assert_string_equal(doc->ratings.items[i].value, "inadequate");
        assert_int_equal(doc->ratings.items[i].of, 27);
        assert_int_equal(doc->ratings.items[i].points, i == 0 ? 0 : 3);
    }
    assert_string_equal(doc->ratings.items[0].subject, "s1");
    assert_string_equal(doc->ratings.items[2].subject, "s3");
    t_free(doc);
    /* points with no total stated before are no score */
    doc = run(
        "Harbury PDU rated\n\n"
        "HM Inspectorate of Probation rated Harbury PDU 'Inadequate'. Harbury PDU scored just "
        "three points.\n");
    expect_count(doc, 1);
    assert_int_equal(doc->ratings.items[0].of, 0);
    t_free(doc);
}

static void ratings_judgment_spelling_over_and_a_visit_this_follows(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Exmoor children's services\n\n"
        "Ofsted inspected Exmoor Council's children's services in March. Its visit ended in "
        "an overall judgment of 'Requires Improvement'.\n");
    expect(doc, "overall", "requires_improvement", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    doc = run(
        "Exmoor youth justice\n\n"
        "Exmoor's youth offending service is rated inadequate over gaps in how it keeps young people "
        "safe. HM Inspectorate of Probation inspected Exmoor Youth Offending Service.\n");
    expect(doc, "overall", "inadequate", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    /* "This follows an inspection in 2019, when ...": that rating is the
     * earlier one, and does not contradict this one */
    doc = run(
        "Exmoor youth justice\n\n"
        "Inspectors from HM Inspectorate of Probation have given Exmoor Youth Offending Service (YOS) "
        "an overall rating of 'Good'. This follows an inspection in 2020, when the YOS got an "
        "overall rating of 'Inadequate'.\n");
    expect(doc, "overall", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

static void ratings_a_band_that_remained_and_a_head_over_a_list(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "HMP Oakfield inspected\n\n"
        "HM Inspectorate of Prisons inspected HMP Oakfield in May 2021. In 2021, assessments of "
        "safety, respect and purposeful activity stayed at reasonably good, while resettlement "
        "had slipped to not sufficiently good.\n");
    expect(doc, "safety", "reasonably_good", "healthy_prison");
    expect(doc, "respect", "reasonably_good", "healthy_prison");
    expect(doc, "purposeful activity", "reasonably_good", "healthy_prison");
    expect(doc, "resettlement", "not_sufficiently_good", "healthy_prison");
    expect_count(doc, 4);
    t_free(doc);
    /* remaining is not a rating without "at"; a hypothetical stays out */
    doc = run(
        "HMP Oakfield inspected\n\n"
        "HM Inspectorate of Prisons inspected HMP Oakfield in May 2021. Safety could have remained "
        "at good with more staff, and respect remained good enough.\n");
    expect_count(doc, 0);
    t_free(doc);
}

static void ratings_a_band_when_it_comes_to_a_part_is_no_overall(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Oakshire Police inspected\n\n"
        "An inspection by HM Inspectorate of Constabulary and Fire & Rescue Services has rated "
        "Oakshire Police as Inadequate when it comes to finding people reported missing.\n");
    expect_count(doc, 0);
    t_free(doc);
    doc = run(
        "Oakshire Police inspected\n\n"
        "An inspection by HM Inspectorate of Constabulary and Fire & Rescue Services has rated "
        "Oakshire Police as Inadequate.\n");
    expect(doc, "overall", "inadequate", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

static void ratings_a_verdict_and_a_list_ended_by_a_reporting_verb(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Exmoor youth justice\n\n"
        "HM Inspectorate of Probation has inspected Exmoor Youth Justice Service. The chief "
        "inspector gave a verdict of 'outstanding' for court disposals, saying staff handled them "
        "with great care.\n");
    expect(doc, "court disposals", "outstanding", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    /* a verdict on something else is no rating */
    doc = run(
        "Exmoor youth justice\n\n"
        "HM Inspectorate of Probation has inspected Exmoor Youth Justice Service. The jury's "
        "verdict was read out in court.\n");
    expect_count(doc, 0);
    t_free(doc);
}

static void ratings_all_its_services_and_bands_around_an_aside(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Surgery news\n\n"
        "Oakvale Surgery in Exmoor has until the spring to put things right, after all its services "
        "were rated inadequate by the Care Quality Commission. It was inspected in May.\n\n"
        "\"Our aim is a 'good' or, one day, 'outstanding' rating for Oakvale Surgery,\" its manager "
        "said.\n");
    expect(doc, "overall", "inadequate", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    /* the whole of the work at an earlier inspection is no rating now */
    doc = run(
        "Surgery news\n\n"
        "The Care Quality Commission rated Oakvale Surgery 'Good'. Two years ago all its "
        "services were rated inadequate.\n");
    expect(doc, "overall", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

/* ---- bare bands for named domains -------------------------------------- */

/* "rated the X good for caring": an active verb, a bare lower-case band and
 * the domains after it, like the passive "was rated good for caring"; the
 * same band with nothing after it is no rating of the whole. */
static void ratings_active_bare_good_for_named_domains(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Thornbury clinic report\n\n"
        "The Care Quality Commission (CQC) has rated Thornbury Road Clinic as requires "
        "improvement overall.\n\n"
        "Inspectors rated the clinic good for caring but requires improvement for safe and "
        "well-led.\n");
    expect(doc, "overall", "requires_improvement", "four_band");
    expect(doc, "caring", "good", "four_band");
    expect(doc, "safe", "requires_improvement", "four_band");
    expect(doc, "well-led", "requires_improvement", "four_band");
    expect_count(doc, 4);
    t_free(doc);
    /* a bare lower-case "good" alone, or one for what patients thought */
    doc = run(
        "Thornbury clinic report\n\n"
        "The Care Quality Commission (CQC) inspected Thornbury Road Clinic in May.\n\n"
        "Inspectors rated the clinic good. Patients rated the clinic good for kindness.\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* "A was rated X, as was B": the band given again by an inverted auxiliary
 * (", as was", "and so were", ", as did"), to a domain after a domain and to
 * another subject after an overall rating; not to an earlier rating, nor to
 * a body that is not a subject. */
static void ratings_as_was_gives_the_band_again(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Pellow Vale youth service praised\n\n"
        "HM Inspectorate of Probation has rated Pellow Vale Youth Justice Service as 'Good'.\n\n"
        "Assessment was rated \xE2\x80\x98Outstanding\xE2\x80\x99, as was planning. Staff "
        "were 'Requires improvement', and so were partnerships and services.\n");
    expect(doc, "overall", "good", "four_band");
    expect(doc, "assessment", "outstanding", "four_band");
    expect(doc, "planning", "outstanding", "four_band");
    expect(doc, "staff", "requires_improvement", "four_band");
    expect(doc, "partnerships and services", "requires_improvement", "four_band");
    expect_count(doc, 5);
    t_free(doc);
    /* an earlier rating, and a body that is not a subject */
    doc = run(
        "Pellow Vale youth service praised\n\n"
        "HM Inspectorate of Probation has rated Pellow Vale Youth Justice Service as 'Good', "
        "as was the county's adult service last year.\n\n"
        "Reviewing was rated 'Good', as was its rating at the previous inspection.\n");
    expect(doc, "overall", "good", "four_band");
    expect(doc, "reviewing", "good", "four_band");
    expect_count(doc, 2);
    t_free(doc);
}

/* A bare band with the framework's areas after it: the preposition may open
 * each area again ("good at A and at B"); "requires improvement in <area>"
 * and "was adequate at <areas>" rate the areas when the lexicon names every
 * one; a remark ("requires improvement in how it ...") or a bare "good at"
 * (praise as often as a grade) is no rating. */
static void ratings_bare_bands_for_the_frameworks_areas(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Harlow Fen Police: PEEL 2024\n\n"
        "HMICFRS has published its 2024 PEEL inspection of Harlow Fen Police.\n\n"
        "Inspectors graded the force as good at investigating crime and at supporting "
        "victims. It was adequate at responding to the public and managing offenders. The "
        "force requires improvement in protecting vulnerable people.\n");
    expect(doc, "investigating crime", "good", "five_grade");
    expect(doc, "supporting victims", "good", "five_grade");
    expect(doc, "responding to the public", "adequate", "five_grade");
    expect(doc, "managing offenders", "adequate", "five_grade");
    expect(doc, "protecting vulnerable people", "requires_improvement", "five_grade");
    expect_count(doc, 5);
    t_free(doc);
    doc = run(
        "Harlow Fen Police: PEEL 2024\n\n"
        "HMICFRS has published its 2024 PEEL inspection of Harlow Fen Police.\n\n"
        "The force requires improvement in how it answers calls at night. It is good at "
        "investigating crime, the chief constable said. It was adequate at dealing with "
        "parking complaints.\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* The frameworks' names the lexicon knows (extractors/scales.c): fire and
 * rescue's areas from 2021, a GP practice's population groups, further
 * education's provision types; each read where only a known name may be
 * read (a bare band after the body). */
static void ratings_more_framework_names_of_each_inspectorate(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Carnmoor Fire and Rescue Service inspected\n\n"
        "HMICFRS has published its 2022 inspection of Carnmoor Fire and Rescue Service.\n\n"
        "The service requires improvement in protecting the public through fire regulation "
        "and in ensuring fairness and promoting diversity.\n");
    expect(doc, "protecting the public through fire regulation", "requires_improvement",
           "four_band");
    expect(doc, "ensuring fairness and promoting diversity", "requires_improvement", "four_band");
    expect_count(doc, 2);
    t_free(doc);
    doc = run(
        "Quillan Street Surgery report\n\n"
        "The Care Quality Commission (CQC) has rated Quillan Street Surgery as good overall.\n\n"
        "The practice was rated outstanding for older people and for people with long-term "
        "conditions.\n");
    expect(doc, "overall", "good", "four_band");
    expect(doc, "older people", "outstanding", "four_band");
    expect(doc, "people with long-term conditions", "outstanding", "four_band");
    expect_count(doc, 3);
    t_free(doc);
}

/* A target cut before a relative pronoun: the framework name ending the
 * clause is what was rated ("praised apprenticeships, which were rated"),
 * a body is rated overall; other words before the pronoun are not a scope
 * ("praised the tutors, who were rated"). */
static void ratings_the_thing_rated_before_a_relative_pronoun(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Orrin Vale College report\n\n"
        "Ofsted has inspected Orrin Vale College in Brantley.\n\n"
        "Inspectors singled out apprenticeships, which were rated \xE2\x80\x98outstanding"
        "\xE2\x80\x99. The report praised the college's tutors, who were rated 'good' by "
        "their own managers last year. Orrin Vale College, which was rated 'Good', has 900 "
        "students.\n");
    expect(doc, "apprenticeships", "outstanding", "four_band");
    expect(doc, "overall", "good", "four_band");
    expect_count(doc, 2);
    t_free(doc);
    doc = run(
        "Orrin Vale College report\n\n"
        "Ofsted has inspected Orrin Vale College in Brantley.\n\n"
        "Inspectors praised the new library, which was rated 'good'.\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* Ratings given by others than inspectors, after "by" or "from": visitors,
 * customers, parents; the inspectors' own rating "from inspectors" stays. */
static void ratings_ratings_from_other_raters_are_dropped(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Wendle Bay Hospital report\n\n"
        "The Care Quality Commission (CQC) inspected Wendle Bay Community Hospital in March.\n\n"
        "The hospital received 'Good' ratings from nine in ten patients. Its caf\xC3\xA9 was "
        "rated 'Outstanding' by visitors. It received a 'Requires improvement' rating from "
        "inspectors.\n");
    expect(doc, "overall", "requires_improvement", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

/* "The surgery was deemed 'good'": a determiner and a noun that names both
 * a body and an area (CQC's surgery) is the body, its areas read after the
 * band; the area is written bare ("Surgery was rated ...") in a hospital's
 * release. */
static void ratings_the_surgery_is_the_body_and_surgery_the_area(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Pembury Lane Medical Practice report\n\n"
        "The Care Quality Commission has inspected Pembury Lane Medical Practice in Oxley.\n\n"
        "The surgery was deemed 'good' for being caring and responsive.\n");
    expect(doc, "caring", "good", "four_band");
    expect(doc, "responsive", "good", "four_band");
    expect_count(doc, 2);
    t_free(doc);
    doc = run(
        "Tarnside hospital report\n\n"
        "The Care Quality Commission has inspected Tarnside General Hospital.\n\n"
        "Surgery was rated 'Requires improvement'.\n");
    expect(doc, "surgery", "requires_improvement", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

/* A ratings row with a comment after a dash ("Area: Band - why"): read for
 * the framework's names; a row the lexicon does not know with a comment is
 * prose ("Our news: good - ..."). */
static void ratings_table_rows_with_a_comment_after_a_dash(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Fenbridge YOS report\n\n"
        "HM Inspectorate of Probation has inspected Fenbridge Youth Offending Service.\n\n"
        "Governance and leadership:  inadequate \xE2\x80\x93 the board met too rarely.\n\n"
        "Staff: Good - staff knew the children well.\n\n"
        "Our big news: good \xE2\x80\x93 the new building opens in May.\n");
    expect(doc, "governance and leadership", "inadequate", "four_band");
    expect(doc, "staff", "good", "four_band");
    expect_count(doc, 2);
    t_free(doc);
}

/* PEEL's three questions of 2014-2017 as a release words them after the
 * force's name: one pillar each. */
static void ratings_peel_questions_after_the_forces_name(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Wexmoor Police PEEL 2016\n\n"
        "HM Inspectorate of Constabulary (HMIC) has published its PEEL reports on Wexmoor "
        "Police.\n\n"
        "Wexmoor Police's efficiency at keeping people safe and reducing crime is good. The "
        "force's legitimacy in keeping people safe and reducing crime was judged to be "
        "'requires improvement'.\n");
    expect(doc, "efficiency", "good", "four_band");
    expect(doc, "legitimacy", "requires_improvement", "four_band");
    expect_count(doc, 2);
    t_free(doc);
}

/* "all three community services" in a release about one trust counts parts
 * of its work, not every body: no overall from it; "all three units" over
 * the one unit found still rates it. */
static void ratings_counted_services_of_one_body_are_no_overall(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Ashcombe trust report\n\n"
        "The Care Quality Commission (CQC) has rated Ashcombe Healthcare NHS Trust as "
        "'Requires improvement' overall.\n\n"
        "We rated all four community services as good overall. All our core services were "
        "rated as good.\n");
    expect(doc, "overall", "requires_improvement", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    /* no subject known: "both services" is no body to rate, nor an area */
    doc = run(
        "Two services judged\n\n"
        "Inspectors visited the region in April.\n\n"
        "But both services were rated inadequate after the visits.\n");
    expect_count(doc, 0);
    t_free(doc);
    doc = run(
        "Three probation units told to improve\n\n"
        "Three units in the region have been inspected by HM Inspectorate of Probation, and "
        "inspectors concluded that all three units 'require improvement'.\n\n"
        "Inspectors visited Calder Probation Delivery Unit (Calder PDU) in May.\n");
    expect(doc, "overall", "requires_improvement", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

/* A text that names no inspectorate reads every framework's names (the
 * default table): a hospital's core services judged with bare bands. */
static void ratings_no_inspectorate_named_knows_every_frameworks_names(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Lanford hospital report\n\n"
        "Inspectors have published their report on Lanford General Hospital.\n\n"
        "Urgent and emergency care was good, and end of life care was inadequate. The coffee "
        "in the main cafe was good.\n");
    expect(doc, "urgent and emergency care", "good", "four_band");
    expect(doc, "end of life care", "inadequate", "four_band");
    expect_count(doc, 2);
    t_free(doc);
}

/* A rating noun received by other bodies ("seven of the twelve services
 * inspected so far received ..."): neither their overall nor this body's
 * areas. */
static void ratings_a_rating_received_by_other_bodies(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Brinmouth youth service rated\n\n"
        "HM Inspectorate of Probation has inspected Brinmouth Youth Justice Service.\n\n"
        "The service received a rating of 'Good' for assessment. Seven of the twelve services "
        "inspected so far received a rating of 'Inadequate' for planning, and two thirds of the "
        "teams have received the lowest possible rating.\n");
    expect(doc, "assessment", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    /* "one of only two": the one has it */
    doc = run(
        "Brinmouth youth service rated\n\n"
        "HM Inspectorate of Probation has inspected Brinmouth Youth Justice Service.\n\n"
        "The council said Brinmouth was one of only two councils in the county with an overall "
        "rating of 'Outstanding'.\n");
    expect(doc, "overall", "outstanding", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

/* A body noun of any inspectorate's table is never an area rated as
 * written: "the council" in a youth justice release. */
static void ratings_a_body_noun_of_another_framework_is_no_area(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Dunlow youth justice praised\n\n"
        "HM Inspectorate of Probation has rated Dunlow Youth Justice Service as 'Good'.\n\n"
        "The council has now been judged 'outstanding' for its children's services. Work "
        "with victims was rated 'Outstanding'.\n");
    expect(doc, "overall", "good", "four_band");
    expect(doc, "work with victims", "outstanding", "four_band");
    expect_count(doc, 2);
    t_free(doc);
}

/* A test judged for a body named in the clause that is no subject ("Nearby
 * HMP Dunmarsh was judged good for respect") is that body's, not the
 * subject's (it would contradict the subject's own band); the subject's
 * name there is fine. */
static void ratings_a_test_judged_for_another_named_body(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "HMP Wrenmoor report\n\n"
        "HM Inspectorate of Prisons has published its report on HMP Wrenmoor.\n\n"
        "Outcomes at HMP Wrenmoor were poor in safety and not sufficiently good in respect. "
        "Nearby HMP Coldharbour was judged good for respect.\n");
    expect(doc, "safety", "poor", "healthy_prison");
    expect(doc, "respect", "not_sufficiently_good", "healthy_prison");
    expect_count(doc, 2);
    t_free(doc);
}

/* "status" is a rating noun ("has retained its outstanding status",
 * "awarded 'Good' status"); a band lost or stripped is no rating now. */
static void ratings_a_band_as_status_kept_or_lost(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Kelsall Brook school news\n\n"
        "Ofsted has inspected Kelsall Brook Primary School in Tanmoor.\n\n"
        "Kelsall Brook Primary School has retained its outstanding status.\n");
    expect(doc, "overall", "outstanding", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    doc = run(
        "Kelsall Brook school news\n\n"
        "Ofsted has inspected Kelsall Brook Primary School in Tanmoor.\n\n"
        "Kelsall Brook Primary School has lost its 'Outstanding' status. Kelsall Brook "
        "Primary School has been stripped of its 'Good' rating.\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* A body's band kept: "continues to be good", "remains outstanding" (bare,
 * ending its clause); not what is not a body ("Morale remains good"), nor
 * a skill ("remains good at sport"). */
static void ratings_a_band_that_continues(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Kelsall Brook school news\n\n"
        "Ofsted has inspected Kelsall Brook Primary School in Tanmoor.\n\n"
        "This school continues to be good. Morale remains good, and the school remains good "
        "at sport.\n");
    expect(doc, "overall", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

/* "<framework names> require(s) improvement": the areas named by the
 * lexicon as the subject of the predicate, Ofsted's "to be good" included;
 * what the lexicon does not name is a remark ("Record keeping requires
 * improvement"). */
static void ratings_framework_areas_that_require_improvement(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Tanmoor children's services\n\n"
        "Ofsted has inspected children's services in Tanmoor Borough Council.\n\n"
        "The experiences and progress of care leavers require improvement to be good. "
        "Leadership and management require improvement. Record keeping requires "
        "improvement.\n");
    expect(doc, "experiences and progress of care leavers", "requires_improvement", "four_band");
    expect(doc, "leadership and management", "requires_improvement", "four_band");
    expect_count(doc, 2);
    t_free(doc);
}

/* An earlier inspection said with "before": "When inspected before, ...",
 * "Before that, ..."; "rated before the visit" is no earlier one. */
static void ratings_an_earlier_inspection_said_with_before(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Larkspur House rated\n\n"
        "The Care Quality Commission (CQC) has rated Larkspur House care home as 'Good'.\n\n"
        "When inspected before, caring was rated 'Outstanding'. Before that, safe was rated "
        "'Inadequate'. Effective was rated 'Good'.\n");
    expect(doc, "overall", "good", "four_band");
    expect(doc, "effective", "good", "four_band");
    expect_count(doc, 2);
    t_free(doc);
}

/* A target after a complementiser: "celebrating the news that once again
 * the school has been judged to be outstanding" rates the body; after
 * "that", only the body or the framework's names ("heard the news that the
 * tuck shop was rated 'Good'" rates nothing). */
static void ratings_the_target_after_a_complementiser(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "School news\n\n"
        "Pupils at Thornwick Primary School are celebrating the news that once again the "
        "school has been judged to be outstanding by inspectors. Parents heard the news that "
        "the tuck shop was rated 'Good'.\n");
    expect(doc, "overall", "outstanding", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

/* An item rated as written names a part of the work (area_words, a
 * gerund, a word of the framework's names): "work with local employers",
 * "support for care leavers"; a thing is no area ("the tuck shop", "its
 * car park"), nor is it after a reporting verb. */
static void ratings_items_as_written_name_parts_of_the_work(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Orrin Vale youth service\n\n"
        "HM Inspectorate of Probation has inspected Orrin Vale Youth Justice Service.\n\n"
        "Work with local employers was rated 'Good'. Support for care leavers was rated "
        "'Outstanding'. The tuck shop was rated 'Good'. Its car park was rated 'Inadequate'. "
        "Parents were told that the new minibus was rated 'Good'.\n");
    expect(doc, "work with local employers", "good", "four_band");
    expect(doc, "support for care leavers", "outstanding", "four_band");
    expect_count(doc, 2);
    t_free(doc);
}

/* "They" for the one body a release is about, with the framework's names
 * after the band ("They were rated as 'requiring improvement' in providing
 * effective and responsive services"); not for what the lexicon does not
 * name ("for their friendliness"). */
static void ratings_they_for_the_one_body_with_framework_names(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Millward Surgery report\n\n"
        "The Care Quality Commission (CQC) has inspected Millward Surgery in Pendle.\n\n"
        "They were rated as 'requiring improvement' in providing effective and responsive "
        "services. They were rated 'good' for their friendliness.\n");
    expect(doc, "effective", "requires_improvement", "four_band");
    expect(doc, "responsive", "requires_improvement", "four_band");
    expect_count(doc, 2);
    t_free(doc);
}

/* An adverb of focus between the band and what it is for ("a rating of
 * 'Outstanding' specifically for its leadership"), and a list of domains
 * that a clause of consequence ends (", resulting in an overall rating
 * of ..."): the participle is no domain. */
static void ratings_focus_adverb_and_consequence_clause(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Tarnby Youth Justice Service report\n\n"
        "HM Inspectorate of Probation has inspected Tarnby Youth Justice Service.\n\n"
        "Tarnby received a rating of 'Outstanding' specifically for its leadership.\n");
    expect(doc, "leadership", "outstanding", "four_band");
    t_free(doc);

    doc = run(
        "Hollin Trust report\n\n"
        "The Care Quality Commission (CQC) has inspected the Hollin Trust.\n\n"
        "The trust was rated good for caring and responsive, and requires improvement for safe "
        "and well-led, resulting in a rating of requires improvement.\n");
    expect(doc, "safe", "requires_improvement", "four_band");
    expect(doc, "well-led", "requires_improvement", "four_band");
    for (size_t i = 0; i < doc->ratings.n; i++)
        assert_string_not_equal(doc->ratings.items[i].scope, "resulting");
    t_free(doc);
}

/* A count of the framework's parts given one band with the parts listed:
 * between dashes before the verb, or after the band with "including" (an
 * aside in brackets inside an item is the item's); each part is a domain
 * rating.  Near miss: a count with no list names no domain. */
static void ratings_counted_areas_with_their_list(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Tarnby Youth Justice Service report\n\n"
        "HM Inspectorate of Probation has inspected Tarnby Youth Justice Service.\n\n"
        "Three areas - staff, planning and case reviews - were also singled out as 'Outstanding'.\n");
    expect(doc, "staff", "outstanding", "four_band");
    expect(doc, "planning", "outstanding", "four_band");
    expect(doc, "case reviews", "outstanding", "four_band");
    t_free(doc);

    doc = run(
        "Tarnby Youth Justice Service report\n\n"
        "HM Inspectorate of Probation has inspected Tarnby Youth Justice Service.\n\n"
        "Four areas were judged to be 'Good' including staff, assessment (both court and "
        "out-of-court work), planning and reviewing.\n");
    expect(doc, "staff", "good", "four_band");
    expect(doc, "assessment", "good", "four_band");
    expect(doc, "planning", "good", "four_band");
    expect(doc, "reviewing", "good", "four_band");
    t_free(doc);

    doc = run(
        "Tarnby Youth Justice Service report\n\n"
        "HM Inspectorate of Probation has inspected Tarnby Youth Justice Service.\n\n"
        "Three areas were judged to be 'Good'.\n");
    for (size_t i = 0; i < doc->ratings.n; i++)
        assert_string_not_equal(doc->ratings.items[i].rule, "ratings.counted_areas");
    t_free(doc);
}

/* Items of a list in quotation marks ("rated 'good' for being 'effective'
 * and 'well-led'", the next pair after a closing mark), and a clause with a
 * subject of its own after a conjunction ("changes have been made ... and
 * the trust is rated"); near miss: two subjects joined with no verb before
 * them stay one target. */
static void ratings_quoted_items_and_a_coordinated_clause(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Hollin Trust report\n\n"
        "The Care Quality Commission (CQC) has inspected the Hollin Trust.\n\n"
        "The CQC rated the trust good for being 'effective', 'caring' and 'well-led', and "
        "inadequate for being 'safe'.\n");
    expect(doc, "effective", "good", "four_band");
    expect(doc, "caring", "good", "four_band");
    expect(doc, "well-led", "good", "four_band");
    expect(doc, "safe", "inadequate", "four_band");
    expect_count(doc, 4);
    t_free(doc);

    doc = run(
        "Hollin Trust report\n\n"
        "The Care Quality Commission (CQC) has inspected the Hollin Trust.\n\n"
        "Inspectors said that change has been made in a number of areas and the trust is rated "
        "\u2018good\u2019 for being \u2018effective\u2019 and \u2018well-led\u2019.\n");
    expect(doc, "effective", "good", "four_band");
    expect(doc, "well-led", "good", "four_band");
    expect_count(doc, 2);
    t_free(doc);

    doc = run(
        "Tarnby Youth Justice Service report\n\n"
        "HM Inspectorate of Probation has inspected Tarnby Youth Justice Service.\n\n"
        "The quality of assessment and the planning were rated 'Good'.\n");
    expect(doc, "assessment", "good", "four_band");
    expect(doc, "planning", "good", "four_band");
    t_free(doc);
}

/* "They" alone as the rated body when the document reports one ("Tarnby
 * YJS ... They received an overall mark of 'Good'"); near miss: with two
 * bodies, "they" names neither. */
static void ratings_they_for_the_one_body_overall(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Tarnby Youth Justice Service report\n\n"
        "During a routine inspection, HM Inspectorate of Probation assessed 12 aspects of Tarnby "
        "YJS. They received an overall mark of 'Good'.\n");
    expect(doc, "overall", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);

    doc = run(
        "Two services inspected\n\n"
        "HM Inspectorate of Probation inspected Tarnby YJS and Wexby YJS. They received an overall "
        "mark of 'Good'.\n");
    for (size_t i = 0; i < doc->ratings.n; i++)
        assert_string_not_equal(doc->ratings.items[i].rule, "ratings.overall_rating_of");
    t_free(doc);
}

/* A rating noun with its body after "of the" ("the rating of the NPS in
 * Marchland as 'good'") and with "being" before the band ("with the overall
 * judgement being 'Requires improvement'"). */
static void ratings_rating_of_the_body_and_judgement_being(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Union welcomes probation report\n\n"
        "The union said: \"The rating of the NPS in Marchland as 'good' is welcome.\"\n");
    expect(doc, "overall", "good", "four_band");
    t_free(doc);

    doc = run(
        "Tarnby Youth Justice Service report\n\n"
        "HM Inspectorate of Probation inspected Tarnby YJS, with the overall judgement being "
        "'Requires improvement'.\n");
    expect(doc, "overall", "requires_improvement", "four_band");
    t_free(doc);
}

/* CQC's key questions as a clause, "how safe and well-led the service is":
 * as the target of the verb, before it, and after "the ratings for";
 * near miss: "how the service is run" names no question. */
static void ratings_key_questions_as_a_how_clause(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Hollin House report\n\n"
        "The Care Quality Commission (CQC) has inspected Hollin House care home.\n\n"
        "CQC rated how safe, effective and well-led the service is as inadequate. How caring the "
        "service is was rated good. The ratings for how responsive the service is went down from "
        "good to requires improvement.\n");
    expect(doc, "safe", "inadequate", "four_band");
    expect(doc, "effective", "inadequate", "four_band");
    expect(doc, "well-led", "inadequate", "four_band");
    expect(doc, "caring", "good", "four_band");
    expect(doc, "responsive", "requires_improvement", "four_band");
    expect_count(doc, 5);
    t_free(doc);

    doc = run(
        "Hollin House report\n\n"
        "The Care Quality Commission (CQC) has inspected Hollin House care home.\n\n"
        "How the service is run was rated good.\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* The object of a verb of outcome is what the participle after it rates:
 * "An inspection in July saw Tarnby YJS rated 'good' overall"; near miss:
 * an imperative "see" in brackets is no such verb. */
static void ratings_object_of_saw_is_rated(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Tarnby Youth Justice Service report\n\n"
        "An inspection carried out remotely in July 2021 saw Tarnby YJS rated 'good' overall by "
        "inspectors and awarded a score of 26/36.\n");
    expect(doc, "overall", "good", "four_band");
    assert_int_equal(doc->ratings.items[0].points, 26);
    assert_int_equal(doc->ratings.items[0].of, 36);
    t_free(doc);

    doc = run(
        "Tarnby probation region report\n\n"
        "HM Inspectorate of Probation has inspected the Tarnby region.\n\n"
        "The quality of victim work (see notes to editor) was found to be 'Outstanding'.\n");
    expect(doc, "victim work", "outstanding", "four_band");
    t_free(doc);
}

/* The Care Inspectorate's quality themes before 2018 ("the quality of
 * care", "the quality of management"), with its grades in words, and a
 * participle opening the sentence with its pairs. */
static void ratings_care_inspectorate_quality_themes(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Nursery praised\n\n"
        "The Care Inspectorate has inspected Braemar Nursery.\n\n"
        "Rating the quality of care 'very good' and management and leadership 'good', inspectors "
        "said staff knew the children well.\n");
    expect(doc, "quality of care", "very_good", "narrative");
    expect(doc, "management and leadership", "good", "narrative");
    expect_count(doc, 2);
    t_free(doc);
}

/* A part of the work named in an aside ("..., known as 'Through the
 * Gate', was found to be inadequate") is that part; "classified ... as"
 * rates as "rated ... as" does. */
static void ratings_known_as_and_classified(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Exmoor CRC report\n\n"
        "HM Inspectorate of Probation has inspected Exmoor Community Rehabilitation Company "
        "(CRC).\n\n"
        "The CRC's work to support people leaving prison, known as 'Through the Gate', was found "
        "to be inadequate.\n");
    expect(doc, "through the gate", "inadequate", "four_band");
    expect_count(doc, 1);
    t_free(doc);

    doc = run(
        "Tarnby Youth Justice Service report\n\n"
        "A final inspection report had classified Tarnby Youth Justice Service as 'requiring "
        "improvement'.\n");
    expect(doc, "overall", "requires_improvement", "four_band");
    t_free(doc);
}

/* After the band before, an aside between dashes and "with inspections
 * of" open the next clause's bodies: "... 'Inadequate' - the lowest rating
 * possible - with inspections of Newham PDU and Dale PDU both rated as
 * 'Requires improvement'". */
static void ratings_dashed_aside_and_inspections_of(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "London probation inspected\n\n"
        "Lambeth PDU was rated as 'Inadequate' - the lowest rating possible - with inspections of "
        "Newham PDU and Dale PDU both rated as 'Requires improvement'.\n");
    expect_count(doc, 3);
    assert_string_equal(doc->ratings.items[0].value, "inadequate");
    assert_string_equal(doc->ratings.items[1].value, "requires_improvement");
    assert_string_equal(doc->ratings.items[2].value, "requires_improvement");
    assert_string_not_equal(doc->ratings.items[1].subject, doc->ratings.items[2].subject);
    assert_string_not_equal(doc->ratings.items[0].subject, doc->ratings.items[1].subject);
    t_free(doc);
}

/* A second verb with its subject left out: "X was rated 'Inadequate' in
 * 2019 but has now been rated 'Good'" rates X now; near miss: the first
 * band, an earlier inspection's by its year, stays out. */
static void ratings_elided_subject_of_a_second_verb(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "School improves\n\n"
        "Published: 4 May 2024\n\n"
        "Exmoor Primary School was rated 'Inadequate' in 2019 but has now been rated 'Good'.\n");
    expect(doc, "overall", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

/* A move told by "gone from ... to", and "to rated" after the first band. */
static void ratings_gone_from_to(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "School improves\n\n"
        "Exmoor Primary School has gone from 'requires improvement' to 'good'.\n");
    expect(doc, "overall", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    doc = run(
        "School improves\n\n"
        "Exmoor Primary School has gone from requiring improvement to rated 'Good'.\n");
    expect(doc, "overall", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

/* An aside between dashes ends the object of "rated": a relative clause
 * about the body, or the body itself; near miss: the members of a group
 * in the aside are still its domains. */
static void ratings_dashed_aside_after_the_object(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Exmoor CRC found wanting\n\n"
        "The report rated Exmoor CRC - which supervises 5,000 people - as 'inadequate'.\n");
    expect(doc, "overall", "inadequate", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    doc = run(
        "Acme's companies inspected\n\n"
        "Exmoor CRC is owned by Acme. The report rated one of Acme's CRCs \u2013 Exmoor CRC \u2013 "
        "as 'inadequate'.\n");
    expect(doc, "overall", "inadequate", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    doc = run(
        "Prison inspected\n\n"
        "HMP Fenmoor was inspected by HM Inspectorate of Prisons. Inspectors judged outcomes in all "
        "four healthy prison tests - safety, respect, purposeful activity and rehabilitation and "
        "release planning - to be 'reasonably good'.\n");
    expect_count(doc, 4);
    assert_string_equal(doc->ratings.items[0].scope, "safety");
    assert_string_equal(doc->ratings.items[0].rule, "ratings.group_standards");
    t_free(doc);
}

/* The framework's parts after "in" are no other bodies: "scored well in all
 * ten areas, with an overall rating of ..."; near miss: other bodies
 * before the rating still keep it from the subject. */
static void ratings_parts_after_in_are_not_bodies(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Exmoor CRC improves\n\n"
        "Exmoor CRC scored well in all ten areas of work inspected, with an overall rating of "
        "'Requires Improvement'.\n");
    expect(doc, "overall", "requires_improvement", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    doc = run(
        "Exmoor CRC improves\n\n"
        "Exmoor CRC was inspected. Eight of the ten CRCs received an overall rating of "
        "'Inadequate'.\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* A retelling's lead names the body by its kind and place: "A primary
 * school in west Tarnshire has been rated 'outstanding'" (a direction
 * before the place); the body the document is about is rated. */
static void ratings_indefinite_body_in_a_directed_place(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Village school rated outstanding\n\n"
        "A primary school in west Tarnshire has been rated 'outstanding' by Ofsted.\n\n"
        "Inspectors visited Brackley Primary School in May.\n");
    expect(doc, "overall", "outstanding", "four_band");
    t_free(doc);
}

/* An opening "for the <nth> ... time/inspection," is a phrase of time before
 * the target ("For the third consecutive inspection, its rehabilitation and
 * release work was assessed as not sufficiently good": the test as written
 * without "work"); "For safety, ..." is no such phrase. */
static void ratings_an_opening_phrase_of_time_with_for(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "HMP Wrenmoor report\n\n"
        "HM Inspectorate of Prisons has published its report on HMP Wrenmoor.\n\n"
        "For the second inspection running, its rehabilitation and release work was assessed "
        "as not sufficiently good. For safety, the prison was judged to be 'poor'.\n");
    expect(doc, "rehabilitation and release", "not_sufficiently_good", "healthy_prison");
    /* the fronted domain of one band: ratings.near_domain */
    expect(doc, "safety", "poor", "healthy_prison");
    expect_count(doc, 2);
    t_free(doc);
}

/* A bare band ends its clause before "because", "although", "whereas":
 * "We rated it as requires improvement because:", "Outcomes for pupils are
 * good because ..."; not before a noun ("good teaching"). */
static void ratings_a_bare_band_before_because(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Elmford news\n\n"
        "Ofsted has inspected Elmford Academy in Lowmarsh.\n\n"
        "We rated it as requires improvement because of weak teaching. Outcomes for pupils are "
        "good although attendance is low. Inspectors saw good teaching because staff plan well.\n");
    expect(doc, "overall", "requires_improvement", "four_band");
    expect(doc, "outcomes for pupils", "good", "four_band");
    expect_count(doc, 2);
    t_free(doc);
}

/* CQC's own key-question wording "Are services safe? Requires improvement"
 * and a flattened table's cells "Responsive | Good"; a cell that names no
 * part of the work is no row ("Weather | Good"). */
static void ratings_key_questions_as_cqc_asks_them_and_table_cells(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Redmere Lodge report\n\n"
        "The Care Quality Commission has inspected Redmere Lodge care home.\n\n"
        "Are services safe? Requires improvement\n\n"
        "Responsive | Good\n\n"
        "Weather | Good\n");
    expect(doc, "safe", "requires_improvement", "four_band");
    expect(doc, "responsive", "good", "four_band");
    expect_count(doc, 2);
    t_free(doc);
}

/* PEEL's bare grades after "graded", active or passive, for the framework's
 * names: "graded the force outstanding in preventing crime, good in ...",
 * a counted group named after a colon or dash ("graded adequate in two
 * areas: A and B"); a count without its names stays a part ("graded
 * outstanding in four areas and good in the rest"), and a bare band for
 * what the lexicon does not name is no grade ("graded good at making
 * friends"). */
static void ratings_peel_bare_grades_and_named_groups(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Fallow Moor Police PEEL\n\n"
        "Published 3 March 2024\n\n"
        "HMICFRS has published its PEEL inspection of Fallow Moor Police.\n\n"
        "Inspectors graded the force outstanding in preventing crime and good in investigating "
        "crime. The force was graded adequate in two areas: responding to the public and "
        "supporting victims. It was graded outstanding in four areas and good in the rest. It "
        "was graded good at making friends.\n");
    expect(doc, "preventing crime", "outstanding", "five_grade");
    expect(doc, "investigating crime", "good", "five_grade");
    expect(doc, "responding to the public", "adequate", "five_grade");
    expect(doc, "supporting victims", "adequate", "five_grade");
    expect_count(doc, 4);
    t_free(doc);
}

/* A band for a group of the framework's parts, its members named after an
 * introducer: "rated good in two areas, A and B", "in four out of five
 * categories, including A", "for all three areas assessed this year: A, B
 * and C", and the press's "branded ... as"; a group without its members
 * stays a part ("rated good in four areas"), a year after "in" is no
 * count ("rated good in 2019, when ..."), and a group with no count ("in
 * all areas, including X") leaves the band the body's. */
static void ratings_a_counted_group_then_its_members(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Harrowdale Youth Justice Service inspected\n\n"
        "HM Inspectorate of Probation has inspected Harrowdale Youth Justice Service.\n\n"
        "Of the ten areas inspected, the service was rated good in two, staff and information "
        "and facilities. Inspectors branded the service as 'inadequate' in four out of nine "
        "categories, including the quality of planning.\n");
    expect(doc, "staff", "good", "four_band");
    expect(doc, "information and facilities", "good", "four_band");
    expect(doc, "planning", "inadequate", "four_band");
    expect_count(doc, 3);
    t_free(doc);
    doc = run(
        "Tanmoor Police PEEL\n\n"
        "HM Inspectorate of Constabulary has published its PEEL report on Tanmoor Police.\n\n"
        "Tanmoor Police was rated as 'requires improvement' for all three areas assessed "
        "this spring: efficiency, effectiveness and legitimacy.\n");
    expect(doc, "efficiency", "requires_improvement", "four_band");
    expect(doc, "effectiveness", "requires_improvement", "four_band");
    expect(doc, "legitimacy", "requires_improvement", "four_band");
    expect_count(doc, 3);
    t_free(doc);
    doc = run(
        "Harrowdale Youth Justice Service inspected\n\n"
        "HM Inspectorate of Probation has inspected Harrowdale Youth Justice Service.\n\n"
        "The service was rated good in four areas. It was rated outstanding in 2019, when "
        "it was first visited.\n");
    expect_count(doc, 0);
    t_free(doc);
    /* no count: the whole body's band, the areas only examples */
    doc = run(
        "Harrowdale Youth Justice Service inspected\n\n"
        "HM Inspectorate of Probation has inspected Harrowdale Youth Justice Service.\n\n"
        "The service was rated 'good' in all areas, including leadership.\n");
    expect(doc, "overall", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

/* CQC's key questions after "for its services being", the same as "for
 * being": one band for two questions, another band for the rest; what is
 * not a key question after it ("cheap") rates nothing. */
static void ratings_key_questions_after_its_services_being(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Fenwick Ambulance Service rated\n\n"
        "The Care Quality Commission inspected Fenwick Ambulance Service NHS Trust.\n\n"
        "The trust was rated 'outstanding' for its services being caring and effective, and "
        "'good' for being safe and well-led.\n");
    expect(doc, "caring", "outstanding", "four_band");
    expect(doc, "effective", "outstanding", "four_band");
    expect(doc, "safe", "good", "four_band");
    expect(doc, "well-led", "good", "four_band");
    expect_count(doc, 4);
    t_free(doc);
    doc = run(
        "Fenwick Ambulance Service rated\n\n"
        "The Care Quality Commission inspected Fenwick Ambulance Service NHS Trust.\n\n"
        "The trust was rated 'good' for its services being cheap.\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* HM Inspectorate of Prisons for Scotland's summary: each standard a
 * heading "Standard N <name>" over its grade in words ("Satisfactory",
 * "Generally acceptable"); a heading that names no standard of the table
 * ("Standard 10 Visits and family contact") over a grade rates nothing. */
static void ratings_scottish_prison_standards_under_headings(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Report on Full Inspection of HMP Kilbrae: 3 - 14 March 2025\n\n"
        "HM Inspectorate of Prisons for Scotland inspected HMP Kilbrae.\n\n"
        "Standard 2 Decency\n\n"
        "Satisfactory\n\n"
        "Standard 3 Personal safety\n\n"
        "Generally acceptable\n\n"
        "Standard 9 Health and wellbeing\n\n"
        "Poor\n\n"
        "Standard 10 Visits and family contact\n\n"
        "Good\n\n"
        "Staff at the prison were generally acceptable to the men held there.\n");
    expect(doc, "decency", "satisfactory", "narrative");
    expect(doc, "personal safety", "generally_acceptable", "narrative");
    expect(doc, "health and wellbeing", "poor", "narrative");
    expect_count(doc, 3);
    t_free(doc);
}

/* The rating itself as what moved: "its overall rating went down from A to
 * B", "its ratings for safe and caring fell to B", and the band given again
 * by ", as were its ratings for ..."; the key questions as "providing safe
 * services". */
static void ratings_a_rating_noun_as_what_moved(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Larkspur House rated\n\n"
        "The Care Quality Commission has inspected Larkspur House, a care home in Tanmoor.\n\n"
        "The home's overall rating was lowered from good to inadequate, as were its ratings "
        "for being safe and well-led. Its ratings for caring and responsive fell from good to "
        "requires improvement.\n");
    expect(doc, "overall", "inadequate", "four_band");
    expect(doc, "safe", "inadequate", "four_band");
    expect(doc, "well-led", "inadequate", "four_band");
    expect(doc, "caring", "requires_improvement", "four_band");
    expect(doc, "responsive", "requires_improvement", "four_band");
    expect_count(doc, 5);
    t_free(doc);
    doc = run(
        "Millbeck Surgery rated\n\n"
        "The Care Quality Commission has inspected Millbeck Surgery, a GP practice in Tanmoor.\n\n"
        "The practice was rated requires improvement for providing safe services and good for "
        "providing well-led services.\n");
    expect(doc, "safe", "requires_improvement", "four_band");
    expect(doc, "well-led", "good", "four_band");
    t_free(doc);
    /* other bodies' ratings, and a rating of something the framework does
     * not rate, are not read */
    doc = run(
        "Larkspur House rated\n\n"
        "The Care Quality Commission has inspected Larkspur House, a care home in Tanmoor.\n\n"
        "The ratings of other homes fell to inadequate. Its rating for the canteen fell from "
        "good to inadequate.\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* A count of the framework's areas with its members in brackets ("in three
 * of the five areas (being ...)") and "in the areas of providing ...
 * services": the members are the scopes, not the whole; a count with no
 * members stays a part of the work. */
static void ratings_counted_areas_with_members_in_brackets(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Hollin Lane Surgery praised\n\n"
        "The Care Quality Commission has inspected Hollin Lane Surgery in Brackmoor.\n\n"
        "Hollin Lane Surgery was rated \u2018outstanding\u2019 in two of the five key areas "
        "(being caring and well-led). It was rated as \u2018good\u2019 in the areas of "
        "providing safe services and effective services.\n");
    expect(doc, "caring", "outstanding", "four_band");
    expect(doc, "well-led", "outstanding", "four_band");
    expect(doc, "safe", "good", "four_band");
    expect(doc, "effective", "good", "four_band");
    expect_count(doc, 4);
    t_free(doc);
    /* no members: a part of the work, neither overall nor a domain */
    doc = run(
        "Hollin Lane Surgery praised\n\n"
        "The Care Quality Commission has inspected Hollin Lane Surgery in Brackmoor.\n\n"
        "Hollin Lane Surgery was rated \u2018outstanding\u2019 in two of the five key areas "
        "(more detail is in the report).\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* PEEL's pillars of 2016-2017 as questions: "is 'good' at how
 * legitimately it treats the public and its workforce". */
static void ratings_peel_pillars_as_questions(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Sedgecombe Police PEEL\n\n"
        "Published 2 March 2017\n\n"
        "HMIC has judged that Sedgecombe Police:\n\n"
        "  \u2022 is \u2018good\u2019 at how effectively it reduces crime and keeps people safe;\n"
        "  \u2022 \u2018requires improvement\u2019 at how legitimately it treats the public and its workforce.\n");
    expect(doc, "effectiveness", "good", "four_band");
    expect(doc, "legitimacy", "requires_improvement", "four_band");
    expect_count(doc, 2);
    t_free(doc);
}

/* "overall" fronted in a subordinate clause before the body ("While
 * overall the service has been rated ..."): the body is the target; what
 * follows "overall the" still decides the scope. */
static void ratings_a_fronted_overall_before_the_body(void **state)
{
    (void)state;
    const char *head = "Kestle Youth Justice Service inspected\n\n"
                       "HM Inspectorate of Probation has inspected Kestle Youth Justice Service.\n\n";
    char text[512];
    snprintf(text, sizeof text, "%sWhile overall the service has been rated as \u201crequires "
             "improvement\u201d, some of its court work is weak.\n", head);
    ix_doc *doc = run(text);
    expect(doc, "overall", "requires_improvement", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sAlthough overall the service's unpaid work has been rated as "
             "'good', its planning is weak.\n", head);
    doc = run(text);
    expect(doc, "unpaid work", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    /* not the body: parents' views are no inspection judgement */
    snprintf(text, sizeof text, "%sWhile overall the results of the survey were rated as 'good' by "
             "parents, some work is weak.\n", head);
    doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
}

/* A bare band closed by "as a whole" or "as a <body noun>" is the whole
 * body's ("we have been rated Requires Improvement as a Trust"); "as a
 * place to work" is no such close. */
static void ratings_a_bare_band_as_a_whole_or_as_a_body(void **state)
{
    (void)state;
    const char *head = "Tarnby trust inspected\n\n"
                       "The Care Quality Commission has inspected Tarnby Hospitals NHS Trust.\n\n";
    char text[512];
    snprintf(text, sizeof text, "%sThis means that we have been rated Requires Improvement as a "
             "Trust.\n", head);
    ix_doc *doc = run(text);
    check(doc, 0, NULL, "overall", "requires_improvement", "four_band",
          "we have been rated Requires Improvement as a Trust", "ratings.rated_as");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sThe trust was rated Good as a whole.\n", head);
    doc = run(text);
    expect(doc, "overall", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sThe trust was rated good as a place to work.\n", head);
    doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
}

/* CQC's mental health core services by their usual names, "CAMHS" in
 * capitals among them, in the brackets after a count; a name of no
 * framework in capitals is no item. */
static void ratings_mental_health_core_services_by_name(void **state)
{
    (void)state;
    const char *head = "Rowdale trust inspected\n\n"
                       "The Care Quality Commission has inspected Rowdale Partnership NHS Trust.\n\n";
    char text[512];
    snprintf(text, sizeof text, "%sTwo core services were rated as Requires Improvement (community "
             "mental health services for adults and CAMHS).\n", head);
    ix_doc *doc = run(text);
    expect(doc, "community mental health services for adults", "requires_improvement", "four_band");
    expect(doc, "camhs", "requires_improvement", "four_band");
    expect_count(doc, 2);
    t_free(doc);
    snprintf(text, sizeof text, "%sTwo core services were rated as Requires Improvement (community "
             "mental health services for adults and NHSX).\n", head);
    doc = run(text);
    for (size_t i = 0; i < doc->ratings.n; i++)
        assert_string_not_equal(doc->ratings.items[i].scope, "nhsx");
    t_free(doc);
}

/* Round 7: "in terms of" and "in relation to" open the scope (not "in" +
 * "terms of ..."); "of those cases" is no part of the domain; "On that
 * occasion" after an earlier inspection is that inspection. */
static void ratings_scope_openers_case_tails_and_that_occasion(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Marlow Vale Police inspected\n\n"
        "HMICFRS has published its report on Marlow Vale Police, inspected in May 2016.\n\n"
        "The report assessed the constabulary as 'good' in terms of efficiency.\n");
    expect(doc, "efficiency", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    doc = run(
        "Tarnbury CRC inspected\n\n"
        "HM Inspectorate of Probation has inspected Tarnbury CRC in June 2019.\n\n"
        "Inspectors rated the assessment and planning of those cases as 'Inadequate'.\n");
    expect(doc, "assessment", "inadequate", "four_band");
    expect(doc, "planning", "inadequate", "four_band");
    expect_count(doc, 2);
    t_free(doc);
    doc = run(
        "HMP Ashcombe inspected\n\n"
        "HM Inspectorate of Prisons has inspected HMP Ashcombe in March 2019. The prison was "
        "last inspected in 2016. On that occasion we found it to be reasonably good in the "
        "areas of respect and safety.\n\n"
        "At this inspection, safety was poor.\n");
    expect(doc, "safety", "poor", "healthy_prison");
    expect_count(doc, 1);
    t_free(doc);
}

/* Round 7: "moved from X to Y" (no "up"/"down"), "to be rated as Y" and
 * the domains after the band; a rating noun after a reporting verb or an
 * opening clause ("The CQC said its rating has dropped to ..."). */
static void ratings_moved_from_and_a_rating_noun_after_said(void **state)
{
    (void)state;
    const char *head = "Kelby hospital inspected\n\n"
                       "The Care Quality Commission has inspected Kelby Community Hospital in April 2024.\n\n";
    char text[512];
    snprintf(text, sizeof text, "%sThe hospital moved from good to requires improvement.\n", head);
    ix_doc *doc = run(text);
    expect(doc, "overall", "requires_improvement", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sThe hospital was moved from good to be rated as inadequate in safe.\n", head);
    doc = run(text);
    expect(doc, "safe", "inadequate", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sThe CQC said its rating has dropped to 'Requires improvement'.\n", head);
    doc = run(text);
    expect(doc, "overall", "requires_improvement", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    /* a move that is no rating */
    snprintf(text, sizeof text, "%sThe hospital moved from Kelby to a good new building.\n", head);
    doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
}

/* Round 7: a score with its band in brackets rates the areas named after
 * it, and carries the score ("two out of four stars (unsatisfactory) for
 * three inspection areas: ..."); before the bands, on the narrative scale. */
static void ratings_a_score_with_its_band_in_brackets(void **state)
{
    (void)state;
    const char *head = "Brackenfold YOT inspected\n\n"
                       "HM Inspectorate of Probation published its report on Brackenfold Youth "
                       "Offending Team on 4 May 2011.\n\n";
    char text[768];
    snprintf(text, sizeof text, "%sThe team gained three out of four stars (good) in terms of "
             "protecting the public, and one out of four stars (poor) for two inspection areas: "
             "governance arrangements and reducing the likelihood of reoffending.\n", head);
    ix_doc *doc = run(text);
    expect(doc, "protecting the public", "good", "narrative");
    expect(doc, "governance arrangements", "poor", "narrative");
    expect(doc, "reducing the likelihood of reoffending", "poor", "narrative");
    expect_count(doc, 3);
    const ix_rating *r = find(doc, NULL, "protecting the public");
    assert_int_equal(r->points, 3);
    assert_int_equal(r->of, 4);
    t_free(doc);
    /* no areas after it, a word off the scale, or an earlier inspection */
    snprintf(text, sizeof text, "%sThe team gained three out of four stars (good). Two out of four "
             "staff (mostly new) worked on protecting the public. In 2008 it gained one out of four "
             "stars (poor) for protecting the public.\n", head);
    doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
}

/* Round 7: a verdict or an inspection report named by its band. */
static void ratings_a_verdict_or_report_named_by_its_band(void **state)
{
    (void)state;
    const char *head = "Harwick College inspected\n\n"
                       "Ofsted has inspected Harwick Technical College in May 2023.\n\n";
    char text[512];
    snprintf(text, sizeof text, "%sThe college received an 'Inadequate' Ofsted report.\n", head);
    ix_doc *doc = run(text);
    expect(doc, "overall", "inadequate", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sThe college received an 'Outstanding' verdict.\n", head);
    doc = run(text);
    expect(doc, "overall", "outstanding", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    /* a report described, not rated */
    snprintf(text, sizeof text, "%sThe college received a good report from its auditors.\n", head);
    doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
}

/* Round 7: an overall rating in a word the scale lacks is a narrative
 * judgement; a body's own lowest mark among its areas is no band. */
static void ratings_a_narrative_overall_rating_and_its_own_lowest_mark(void **state)
{
    (void)state;
    const char *head = "Brackenfold YOT inspected\n\n"
                       "HM Inspectorate of Probation published its report on Brackenfold Youth "
                       "Offending Team on 4 May 2011.\n\n";
    char text[768];
    snprintf(text, sizeof text, "%sThe chief inspector gave the team an overall rating of "
             "'satisfactory'.\n", head);
    ix_doc *doc = run(text);
    expect(doc, "overall", "satisfactory", "narrative");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sIt received its lowest mark for work with victims, with a score "
             "of 40 per cent. An overall rating of 'poor' would have meant a new inspection.\n", head);
    doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
}

/* Round 7: the press's verbs of a move ("sank from ... to ...", "jumped
 * from ... to ..."); a passive rating inside a clause opened by "after"
 * rates the body after it. */
static void ratings_press_verbs_of_a_move_and_a_clause_after_after(void **state)
{
    (void)state;
    const char *head = "Ofsted week\n\nOfsted has inspected Harwick Technical College in May 2023.\n\n";
    char text[512];
    snprintf(text, sizeof text, "%sHarwick Technical College sank from 'outstanding' to 'requires "
             "improvement'.\n", head);
    ix_doc *doc = run(text);
    expect(doc, "overall", "requires_improvement", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sIt was a grim week for the sector, after Harwick Technical College "
             "was branded 'inadequate' in its first report.\n", head);
    doc = run(text);
    expect(doc, "overall", "inadequate", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    /* after a clause opener, another body is no rating of this one */
    snprintf(text, sizeof text, "%sStaff were upset, after the canteen was branded 'inadequate' by "
             "pupils. Attendance jumped from 80 to 90 per cent.\n", head);
    doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
}

/* Round 7: "in all but one area" is a part, no overall; "the delivery of
 * <a framework name>" after a band rates the name; "the inspectorate's
 * lowest rating" is the scale's lowest. */
static void ratings_all_but_one_head_of_a_domain_and_the_inspectorates_lowest(void **state)
{
    (void)state;
    const char *head = "Tarnbury YJS inspected\n\n"
                       "HM Inspectorate of Probation has inspected Tarnbury Youth Justice Service in May 2023.\n\n";
    char text[512];
    snprintf(text, sizeof text, "%sInspectors found it to be inadequate in all but one area.\n", head);
    ix_doc *doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
    snprintf(text, sizeof text, "%sThe service was rated 'Outstanding' for the delivery of court "
             "disposals.\n", head);
    doc = run(text);
    expect(doc, "court disposals", "outstanding", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sPlanning and reviewing both received the inspectorate's lowest "
             "rating.\n", head);
    doc = run(text);
    expect(doc, "planning", "inadequate", "four_band");
    expect(doc, "reviewing", "inadequate", "four_band");
    expect_count(doc, 2);
    t_free(doc);
}

/* Round 7: a year right after another band dates that band ("rated good
 * (requires improvement in 2016)"), not this one; a year after this
 * band still marks an earlier inspection. */
static void ratings_a_year_that_dates_another_band(void **state)
{
    (void)state;
    const char *head = "Hollins trust inspected\n\n"
                       "The Care Quality Commission inspected Hollins Vale Hospital in March 2024.\n\n";
    char text[512];
    snprintf(text, sizeof text, "%sSurgery was now rated good overall "
             "(requires improvement in 2016).\n", head);
    ix_doc *doc = run(text);
    expect(doc, "surgery", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sSurgery was rated as good in 2016. Caring was rated "
             "'Outstanding' in 2019 and 'Good' in 2016.\n", head);
    doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
}

/* Round 7: Ofsted's grades by number are its bands ("fell to grade three"
 * is requires improvement); a grade number outside a rating construction
 * is nothing. */
static void ratings_ofsted_grades_by_number(void **state)
{
    (void)state;
    const char *head = "Ofsted week\n\nOfsted has inspected Harwick Technical College in May 2023.\n\n";
    char text[512];
    snprintf(text, sizeof text, "%sHarwick Technical College fell to grade three, in a report "
             "published this week.\n", head);
    ix_doc *doc = run(text);
    expect(doc, "overall", "requires_improvement", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sHarwick Technical College is housed in a grade two listed "
             "building, and pupils in grade four enjoy it.\n", head);
    doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
}

/* Round 7: a bare "require(s) improvement" after a list of subjects gives
 * each its overall; a remark after it ("in how they ...") gives nothing. */
static void ratings_a_list_of_bodies_that_require_improvement(void **state)
{
    (void)state;
    const char *head = "Two PDUs inspected\n\n"
                       "HM Inspectorate of Probation inspected Ashby PDU and Colne PDU in May 2023.\n\n";
    char text[512];
    snprintf(text, sizeof text, "%sAshby PDU and Colne PDU \"require improvement\".\n", head);
    ix_doc *doc = run(text);
    expect_count(doc, 2);
    check(doc, 0, sid(doc, "pdu"), "overall", "requires_improvement", "four_band",
          "Ashby PDU and Colne PDU \"require improvement\"", "ratings.requires_improvement");
    assert_string_not_equal(doc->ratings.items[0].subject, doc->ratings.items[1].subject);
    t_free(doc);
    snprintf(text, sizeof text, "%sAshby PDU and Colne PDU require improvement in how they "
             "manage risk.\n", head);
    doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
}

/* Round 7: a table row whose comment after the dash runs long (a
 * sentence of up to 400 bytes) is still a row. */
static void ratings_a_table_row_with_a_long_comment(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Fenbridge YOS report\n\n"
        "HM Inspectorate of Probation has inspected Fenbridge Youth Offending Service.\n\n"
        "Governance and leadership:  inadequate \xE2\x80\x93 the board met far too rarely, its "
        "members were not senior enough and the partners had not agreed who should chair it.\n\n"
        "Our news: good \xE2\x80\x93 the new building opens in May after a long wait for the "
        "builders to finish the roof and for the council to agree the last of the costs.\n");
    expect(doc, "governance and leadership", "inadequate", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

/* Round 7: "issue" gives a rating like "give": the recipient follows it
 * ("issued Colne PDU an 'Inadequate' rating"); "we have issued our first
 * inadequate grades" is the inspectorate's act, no body's rating. */
static void ratings_issued_gives_the_rating_to_what_follows(void **state)
{
    (void)state;
    const char *head = "Two PDUs inspected\n\n"
                       "HM Inspectorate of Probation inspected Ashby PDU and Colne PDU in May 2023.\n\n";
    char text[512];
    snprintf(text, sizeof text, "%sInspectors issued Colne PDU an 'Inadequate' rating.\n", head);
    ix_doc *doc = run(text);
    expect(doc, "overall", "inadequate", "four_band");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sThis year we have issued our first inadequate grades.\n", head);
    doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
}

/* Round 7: "<body>, which received an overall rating of X" gives the
 * rating to the antecedent (after a copula: "The second is ..."), not to
 * the body the text was about before. */
static void ratings_the_antecedent_of_which_received(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Two PDUs inspected\n\n"
        "HM Inspectorate of Probation inspected Ashby PDU and Colne PDU in May 2023.\n\n"
        "The second is Dale Vale PDU, which received an overall rating of 'Inadequate'.\n");
    expect_count(doc, 1);
    const char *dale = NULL;
    for (size_t i = 0; i < doc->subjects.n; i++)
        if (strstr(doc->subjects.items[i].name, "Dale Vale"))
            dale = doc->subjects.items[i].id;
    assert_non_null(dale);
    check(doc, 0, dale, "overall", "inadequate", "four_band", "an overall rating of 'Inadequate'",
          "ratings.overall_rating_of");
    t_free(doc);
}

/* Round 7: "again" or "still" (and, this session, "now") before the band
 * after an earlier inspection is named says this inspection gave the band
 * too. */
static void ratings_again_after_the_last_inspection_is_this_one(void **state)
{
    (void)state;
    const char *head = "HMP Ashcombe inspected\n\n"
                       "HM Inspectorate of Prisons has inspected HMP Ashcombe in May 2019.\n\n";
    char text[512];
    snprintf(text, sizeof text, "%sSince its last inspection, safety was again assessed as poor.\n", head);
    ix_doc *doc = run(text);
    expect(doc, "safety", "poor", "healthy_prison");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sAt its last inspection, safety was assessed as poor.\n", head);
    doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
    /* an absolute clause after ", with" (the framework's names only) */
    snprintf(text, sizeof text, "%sThe prison made no progress since its last inspection, with "
             "safety again assessed as poor.\n", head);
    doc = run(text);
    expect(doc, "safety", "poor", "healthy_prison");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sThe prison reopened, with the gym assessed as poor by "
             "prisoners.\n", head);
    doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
    /* "now" does the same: "has now been rated" after the last inspection */
    const char *trust = "Hollin Trust report\n\n"
                        "The Care Quality Commission (CQC) has inspected the Hollin Trust.\n\n";
    snprintf(text, sizeof text, "%sInspectors found improvements had been made since the last "
             "inspection in February 2016 and the trust has now been rated 'good' for being safe.\n", trust);
    doc = run(text);
    expect(doc, "safe", "good", "four_band");
    expect_count(doc, 1);
    t_free(doc);
}

/* ratings.changed: the thing moved as the verb's object before "from", a
 * possessive name before the rating noun, the clause after "after". */
static void ratings_a_move_named_by_its_object_or_a_possessive_name(void **state)
{
    (void)state;
    ix_doc *doc = run(
        "Regulator lowers rating of Quillmoor care home\n\n"
        "The Care Quality Commission said it had downgraded the rating for Quillmoor Lodge in "
        "Tarnbridge from 'good' to 'inadequate' after an inspection in the spring.\n");
    check(doc, 0, NULL, "overall", "inadequate", "four_band",
          "rating for Quillmoor Lodge in Tarnbridge from 'good' to 'inadequate'", "ratings.changed");
    expect_count(doc, 1);
    t_free(doc);

    doc = run(
        "Hospital trust downgraded by the CQC\n\n"
        "The Care Quality Commission (CQC) inspected Harrowfield Valley Hospitals NHS Trust in "
        "May. Its chief executive spoke after Harrowfield Valley Hospitals NHS Trust\u2019s overall "
        "rating was downgraded from good to requires improvement.\n");
    check(doc, 0, NULL, "overall", "requires_improvement", "four_band",
          "overall rating was downgraded from good to requires improvement", "ratings.changed");
    expect_count(doc, 1);
    t_free(doc);

    doc = run(
        "Inspectors raise Wendlebury CRC to Good\n\n"
        "HM Inspectorate of Probation inspected Wendlebury Community Rehabilitation Company "
        "(CRC) in March. We have raised the CRC\u2019s overall rating from \u2018Requires "
        "improvement\u2019 to \u2018Good\u2019.\n");
    check(doc, 0, sid(doc, "crc"), "overall", "good", "four_band",
          "overall rating from \u2018Requires improvement\u2019 to \u2018Good\u2019", "ratings.changed");
    expect_count(doc, 1);
    t_free(doc);
    /* the verbs of a move in every form: "improve", "falls", "dropping" */
    doc = run(
        "Ferncote Surgery: a first\n\n"
        "The Care Quality Commission inspected Ferncote Surgery in March. Ferncote Surgery is the "
        "first practice in the county to improve its CQC rating from 'requires improvement' to "
        "'outstanding'.\n");
    check(doc, 0, NULL, "overall", "outstanding", "four_band",
          "rating from 'requires improvement' to 'outstanding'", "ratings.changed");
    expect_count(doc, 1);
    t_free(doc);
}

/* Near misses: an object moved that is no rated thing, a range of years. */
static void ratings_a_move_of_something_else_is_no_rating(void **state)
{
    (void)state;
    const char *fixtures[] = {
        "Wendlebury CRC report\n\nHM Inspectorate of Probation inspected Wendlebury Community "
        "Rehabilitation Company (CRC). Staff raised concerns from caseworkers to 'good' managers.\n",
        "Wendlebury CRC report\n\nHM Inspectorate of Probation inspected Wendlebury Community "
        "Rehabilitation Company (CRC). The CRC lowered caseloads from 60 to 45 in a year.\n",
        "Ferncote Surgery\n\nThe Care Quality Commission inspected Ferncote Surgery in March. The "
        "surgery hopes to improve its CQC rating from 'requires improvement' to 'good'.\n",
    };
    for (size_t i = 0; i < sizeof fixtures / sizeof *fixtures; i++) {
        ix_doc *doc = run(fixtures[i]);
        if (doc->ratings.n)
            print_message("fixture %zu\n", i);
        expect_count(doc, 0);
        t_free(doc);
    }
}

/* ratings.overall_rating_of / given_rating as a fallback: a rating noun
 * naming no recipient and no scope is the overall rating of the body the
 * text is about, only where nothing else rates that body overall. */
static void ratings_a_rating_noun_with_no_recipient(void **state)
{
    (void)state;
    const char *head = "Inspection of Fernhollow PDU\n\n"
                       "HM Inspectorate of Probation has inspected Fernhollow Probation Delivery Unit.\n\n";
    char text[768];
    snprintf(text, sizeof text, "%sPlanning fell short in three of the four standards, which resulted "
             "in a rating of 'Requires improvement'.\n", head);
    ix_doc *doc = run(text);
    check(doc, 0, "s1", "overall", "requires_improvement", "four_band",
          "a rating of 'Requires improvement'", "ratings.overall_rating_of");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sThe visit in October has resulted in a \u2018Good\u2019 rating.\n", head);
    doc = run(text);
    check(doc, 0, "s1", "overall", "good", "four_band", "a \u2018Good\u2019 rating", "ratings.given_rating");
    expect_count(doc, 1);
    t_free(doc);
    /* a stronger statement of the body's overall rating wins */
    snprintf(text, sizeof text, "%sThe visit resulted in a 'Good' rating. Inspectors rated the PDU as "
             "'Inadequate' overall.\n", head);
    doc = run(text);
    check(doc, 0, "s1", "overall", "inadequate", "four_band", "rated the PDU as 'Inadequate' overall",
          "ratings.rated_as");
    expect_count(doc, 1);
    t_free(doc);
    /* near misses: an earlier rating, several ratings, a thing moved to a band */
    const char *misses[] = {
        "Its previous 'Good' rating was a long time coming.\n",
        "Staff spoke of 'Good' ratings in other regions.\n",
        "Managers have raised the number of teams to a 'Good' rating.\n",
        "Leaders said a good rating would follow.\n",
    };
    for (size_t i = 0; i < sizeof misses / sizeof *misses; i++) {
        snprintf(text, sizeof text, "%s%s", head, misses[i]);
        doc = run(text);
        expect_count(doc, 0);
        t_free(doc);
    }
}

/* Ofsted's grades by number are labels, never adjectives: read like a
 * capitalised band ("was rated grade two"), given without a rating noun
 * ("received a grade two across the board", "was given an overall grade
 * three"), hyphenated ("its grade-one report"); not "a grade two listed
 * building", nor a grade a body did not receive. */
static void ratings_a_grade_by_number_given_or_rated(void **state)
{
    (void)state;
    const char *head = "Ofsted week\n\nOfsted has inspected Penmarric Sixth Form College in May 2024.\n\n";
    const struct {
        const char *text, *value, *evidence;
    } hits[] = {
        {"Penmarric Sixth Form College received a grade two across the board.\n", "good",
         "a grade two across the board"},
        {"Penmarric Sixth Form College was given an overall grade three this week.\n",
         "requires_improvement", "an overall grade three"},
        {"Penmarric Sixth Form College was rated grade two by inspectors.\n", "good",
         "Penmarric Sixth Form College was rated grade two"},
        {"Penmarric Sixth Form College earned its grade-one report after a full visit.\n",
         "outstanding", "its grade-one report"},
    };
    char text[512];
    for (size_t i = 0; i < sizeof hits / sizeof *hits; i++) {
        snprintf(text, sizeof text, "%s%s", head, hits[i].text);
        ix_doc *doc = run(text);
        check(doc, 0, "s1", "overall", hits[i].value, "four_band", hits[i].evidence, NULL);
        expect_count(doc, 1);
        t_free(doc);
    }
    const char *misses[] = {
        "The college received a grade two listed building from the council.\n",
        "Penmarric Sixth Form College hopes it will be given a grade one next time.\n",
    };
    for (size_t i = 0; i < sizeof misses / sizeof *misses; i++) {
        snprintf(text, sizeof text, "%s%s", head, misses[i]);
        ix_doc *doc = run(text);
        expect_count(doc, 0);
        t_free(doc);
    }
}

/* A place after the body's name may open with a lower-case compass or
 * area word (the table PLACE_QUALIFIERS): "in north Wales", "in
 * south-east Carnshire"; "in rural areas" and "in the north" name no
 * place, so the band is not the body's overall. */
static void ratings_a_place_opened_by_a_compass_word(void **state)
{
    (void)state;
    const char *head = "Inspection of Fenbury YJS\n\n"
                       "HM Inspectorate of Probation has inspected Fenbury Youth Justice Service.\n\n";
    char text[512];
    snprintf(text, sizeof text, "%sFenbury Youth Justice Service in north Wales was found to be good "
             "overall.\n", head);
    ix_doc *doc = run(text);
    check(doc, 0, "s1", "overall", "good", "four_band",
          "Fenbury Youth Justice Service in north Wales was found to be good overall", "ratings.found_to_be");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sFenbury Youth Justice Service in south-east Carnshire was rated "
             "'Outstanding'.\n", head);
    doc = run(text);
    check(doc, 0, "s1", "overall", "outstanding", "four_band",
          "Fenbury Youth Justice Service in south-east Carnshire was rated 'Outstanding'", NULL);
    expect_count(doc, 1);
    t_free(doc);
    const char *misses[] = {
        "Fenbury Youth Justice Service in rural areas was found to be good overall.\n",
        "Fenbury Youth Justice Service in the north was rated 'Outstanding'.\n",
    };
    for (size_t i = 0; i < sizeof misses / sizeof *misses; i++) {
        snprintf(text, sizeof text, "%s%s", head, misses[i]);
        doc = run(text);
        expect_count(doc, 0);
        t_free(doc);
    }
}

/* Body nouns are data (scales.c): a prison is also "the jail", "the gaol"
 * or "the facility"; "another jail" is another body. */
static void ratings_a_prison_named_as_a_jail(void **state)
{
    (void)state;
    const char *head = "HMP Stonegate inspected\n\n"
                       "HM Inspectorate of Prisons has inspected HMP Stonegate in May 2019.\n\n";
    char text[512];
    snprintf(text, sizeof text, "%sThe category-C jail, which holds 600 men, has been rated 'poor' "
             "for safety.\n", head);
    ix_doc *doc = run(text);
    check(doc, 0, "s1", "safety", "poor", "healthy_prison",
          "The category-C jail, which holds 600 men, has been rated 'poor' for safety", "ratings.rated_as");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sAnother jail has been rated 'poor' for safety.\n", head);
    doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
}

/* CQC's reports name the body they rate "the location" (a body noun in
 * scales.c); a part of it ("the location's car park") is no rating of it. */
static void ratings_cqc_rates_the_location(void **state)
{
    (void)state;
    const char *head = "Care Quality Commission rates Brackenfold Surgery\n\n"
                       "The Care Quality Commission inspected Brackenfold Surgery in May.\n\n";
    char text[512];
    snprintf(text, sizeof text, "%sFollowing this inspection, we rated the location as good overall.\n", head);
    ix_doc *doc = run(text);
    check(doc, 0, "s1", "overall", "good", "four_band", "rated the location as good overall",
          "ratings.rated_as");
    expect_count(doc, 1);
    t_free(doc);
    snprintf(text, sizeof text, "%sWe rated the location's car park as good.\n", head);
    doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
}

/* A share of a group rated ("Fewer hospitals were rated ...", "A
 * minority of wards were rated ...") is other bodies, not this one's
 * areas; the body's own statement next to it still counts. */
static void ratings_a_share_of_a_group_is_other_bodies(void **state)
{
    (void)state;
    const char *head = "Care Quality Commission rates Orrisdale Hospital\n\n"
                       "The Care Quality Commission inspected Orrisdale Hospital in May.\n\n";
    char text[512];
    snprintf(text, sizeof text, "%sFewer hospitals were rated as good for safety than for caring.\n", head);
    ix_doc *doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
    snprintf(text, sizeof text, "%sA minority of wards were rated 'Good' for caring.\n", head);
    doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
    snprintf(text, sizeof text, "%sThe hospital was rated 'Good' for caring.\n", head);
    doc = run(text);
    check(doc, 0, "s1", "caring", "good", "four_band", "The hospital was rated 'Good' for caring", NULL);
    expect_count(doc, 1);
    t_free(doc);
}

/* Reporting verbs are data (report_verbs): after "announce", "confirms",
 * "reveals", "added" the clause they open names the body rated ("I am
 * pleased to announce the service has been rated ..."); a verb outside the
 * class ("hope") opens no clause, so the body before it is not found. */
static void ratings_a_clause_opened_by_a_reporting_verb(void **state)
{
    (void)state;
    const char *head = "Inspection of Tarnford YJS\n\n"
                       "HM Inspectorate of Probation has inspected Tarnford Youth Justice Service.\n\n";
    const char *hits[] = {
        "We are proud to announce the service has been rated 'Outstanding'.\n",
        "Councillor Ann Lee confirms the service has been rated 'Outstanding'.\n",
        "Its director, Sam Okoro, added the service has been rated 'Outstanding'.\n",
    };
    char text[512];
    for (size_t i = 0; i < sizeof hits / sizeof *hits; i++) {
        snprintf(text, sizeof text, "%s%s", head, hits[i]);
        ix_doc *doc = run(text);
        check(doc, 0, "s1", "overall", "outstanding", "four_band",
              "the service has been rated 'Outstanding'", "ratings.rated_as");
        expect_count(doc, 1);
        t_free(doc);
    }
    snprintf(text, sizeof text, "%sWe all hope the service has been rated 'Outstanding'.\n", head);
    ix_doc *doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
}

/* Body nouns in consonant-y keep their plural (scales.c's Y_PLURAL): "both
 * surgeries", "all three academies" are every subject; a class of bodies
 * with no name ("Local authorities had ... 'inadequate' ratings") is no
 * body when none is known. */
static void ratings_plural_body_nouns_in_ies(void **state)
{
    (void)state;
    ix_doc *doc = run("Two practices inspected\n\n"
                      "The Care Quality Commission has published reports on Holmcroft Surgery in "
                      "Dunmere and Larkfield Medical Centre.\n\n"
                      "Both surgeries were rated as 'Good' by the inspectors.\n");
    expect_count(doc, 2);
    check(doc, 0, "s1", "overall", "good", "four_band",
          "Both surgeries were rated as 'Good'", "ratings.rated_as");
    check(doc, 1, "s2", "overall", "good", "four_band",
          "Both surgeries were rated as 'Good'", "ratings.rated_as");
    t_free(doc);
    doc = run("Ofsted's annual report\n\n"
              "Local authorities had a far larger share of 'inadequate' ratings than other "
              "providers of care.\n");
    expect_count(doc, 0);
    t_free(doc);
}

/* The nouns of a rating before "of": "rating", "grade", "grading",
 * "judgement", "verdict", "mark", "ranking" ("received an overall mark of
 * 'Good'"); "a mark of respect" names no band. */
static void ratings_an_overall_mark_or_grading_of_a_band(void **state)
{
    (void)state;
    const char *head = "Inspection of Pellow YJS\n\n"
                       "HM Inspectorate of Probation has inspected Pellow Youth Justice Service.\n\n";
    const char *nouns[] = {"mark", "grading", "ranking"};
    char text[512], evidence[128];
    for (size_t i = 0; i < sizeof nouns / sizeof *nouns; i++) {
        snprintf(text, sizeof text, "%sPellow Youth Justice Service received an overall %s of "
                 "'Good'.\n", head, nouns[i]);
        snprintf(evidence, sizeof evidence, "an overall %s of 'Good'", nouns[i]);
        ix_doc *doc = run(text);
        check(doc, 0, "s1", "overall", "good", "four_band", evidence, "ratings.overall_rating_of");
        expect_count(doc, 1);
        t_free(doc);
    }
    snprintf(text, sizeof text, "%sStaff wore ribbons as a mark of respect for the good work "
             "of volunteers.\n", head);
    ix_doc *doc = run(text);
    expect_count(doc, 0);
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ratings_a_rating_noun_as_what_moved),
        cmocka_unit_test(ratings_reads_overall_rating_of_in_curly_double_quotes),
        cmocka_unit_test(ratings_reads_rated_it_with_a_bare_capitalised_band),
        cmocka_unit_test(ratings_reads_assess_overall_as_with_punctuation_inside_quotes),
        cmocka_unit_test(ratings_reads_has_been_given_a_rating),
        cmocka_unit_test(ratings_across_the_board_is_overall),
        cmocka_unit_test(ratings_healthy_prison_tests_graded_by_number),
        cmocka_unit_test(ratings_acronym_in_brackets_names_the_body_and_score_of),
        cmocka_unit_test(ratings_peel_gradings_after_2021_on_five_grades),
        cmocka_unit_test(ratings_plural_ratings_received_for_framework_judgements),
        cmocka_unit_test(ratings_healthy_prison_tests_listed_in_a_group),
        cmocka_unit_test(ratings_bullets_under_a_band_that_announces_them),
        cmocka_unit_test(ratings_peel_pillars_as_releases_word_them),
        cmocka_unit_test(ratings_key_questions_after_the_band_and_elliptic_clauses),
        cmocka_unit_test(ratings_last_year_dating_this_visit_is_not_an_earlier_inspection),
        cmocka_unit_test(ratings_reads_was_found_to_be_and_rated_as_lower_case),
        cmocka_unit_test(ratings_reads_any_capitalisation_of_the_band),
        cmocka_unit_test(ratings_reads_a_headline_predicate),
        cmocka_unit_test(ratings_reads_a_copula_across_a_no_break_space),
        cmocka_unit_test(ratings_states_a_repeated_rating_once_with_the_body_evidence),
        cmocka_unit_test(ratings_prefers_an_explicit_overall_statement),
        cmocka_unit_test(ratings_reads_headline_given_ratings),
        cmocka_unit_test(ratings_reads_a_body_named_by_service_and_place),
        cmocka_unit_test(ratings_reads_one_strand_of_the_subjects_work_as_a_scope),
        cmocka_unit_test(ratings_reads_domain_lists_with_compound_names),
        cmocka_unit_test(ratings_reads_domains_inside_longer_phrases),
        cmocka_unit_test(ratings_reads_out_of_court_disposals_and_resettlement),
        cmocka_unit_test(ratings_reads_a_group_statement_as_one_rating_per_standard),
        cmocka_unit_test(ratings_ignores_a_group_whose_count_disagrees_with_its_list),
        cmocka_unit_test(ratings_reads_an_elliptical_list_of_domains),
        cmocka_unit_test(ratings_ties_each_body_to_its_own_band),
        cmocka_unit_test(ratings_reads_lines_of_a_ratings_table),
        cmocka_unit_test(ratings_reads_a_domain_after_an_opening_phrase),
        cmocka_unit_test(ratings_ignores_ratings_given_by_others_than_inspectors),
        cmocka_unit_test(ratings_reads_narrative_overall_judgements_of_two_bodies),
        cmocka_unit_test(ratings_reads_we_found_the_quality_of_work_to_be),
        cmocka_unit_test(ratings_prefers_the_quality_of_work_among_narrative_statements),
        cmocka_unit_test(ratings_keeps_narrative_only_without_a_band),
        cmocka_unit_test(ratings_ignores_scale_explanation),
        cmocka_unit_test(ratings_ignores_other_bodies),
        cmocka_unit_test(ratings_ignores_earlier_inspections),
        cmocka_unit_test(ratings_ignores_good_as_an_ordinary_adjective),
        cmocka_unit_test(ratings_ignores_hypothetical_and_negated_statements),
        cmocka_unit_test(ratings_ignores_furniture_comments_and_notes),
        cmocka_unit_test(ratings_spans_point_into_original_bytes),
        cmocka_unit_test(ratings_survives_a_huge_sentence),
        cmocka_unit_test(ratings_key_questions_asked_and_answered),
        cmocka_unit_test(ratings_services_provided_by_the_subject),
        cmocka_unit_test(ratings_a_body_by_its_initials_or_its_noun),
        cmocka_unit_test(ratings_the_lead_after_a_byline_and_a_date_line),
        cmocka_unit_test(ratings_an_occasion_is_no_scope),
        cmocka_unit_test(ratings_reads_key_questions_named_after_the_band),
        cmocka_unit_test(ratings_reads_a_list_of_pairs_one_band_each),
        cmocka_unit_test(ratings_reads_judgement_bullets_with_the_framework_names),
        cmocka_unit_test(ratings_reads_healthy_prison_tests_on_their_scale),
        cmocka_unit_test(ratings_reads_a_band_described_by_its_place_on_the_scale),
        cmocka_unit_test(ratings_reads_peel_grades_from_2021_on_five_grades),
        cmocka_unit_test(ratings_reads_the_points_behind_a_rating),
        cmocka_unit_test(ratings_gives_a_band_for_several_bodies_to_each),
        cmocka_unit_test(ratings_reads_the_2014_youth_work_to_bullets),
        cmocka_unit_test(ratings_relative_clause_rates_its_antecedent),
        cmocka_unit_test(ratings_framework_parts_by_any_noun),
        cmocka_unit_test(ratings_narrative_bullets_name_their_own_areas),
        cmocka_unit_test(ratings_counted_areas_in_brackets_after_the_band),
        cmocka_unit_test(ratings_adverb_between_verb_and_as),
        cmocka_unit_test(ratings_rater_is_not_the_object_of_a_preposition),
        cmocka_unit_test(ratings_overall_as_well_as_in_areas),
        cmocka_unit_test(ratings_reads_a_band_under_a_heading_that_names_the_area),
        cmocka_unit_test(ratings_reads_overall_ratings_however_they_are_worded),
        cmocka_unit_test(ratings_rejects_what_is_not_this_inspections_rating),
        cmocka_unit_test(ratings_reads_a_rating_that_moved),
        cmocka_unit_test(ratings_reads_rows_and_prose_on_a_scale_in_words),
        cmocka_unit_test(ratings_keeps_compound_names_and_whole_judgements),
        cmocka_unit_test(ratings_reads_bands_as_predicates_of_the_body_and_its_work),
        cmocka_unit_test(ratings_keeps_framework_names_with_commas_whole),
        cmocka_unit_test(ratings_reads_headline_rows_and_framework_names_judged_in_words),
        cmocka_unit_test(ratings_lead_in_line_ending_in_a_stray_bullet_mark),
        cmocka_unit_test(ratings_scopes_take_the_names_of_the_texts_own_framework_list),
        cmocka_unit_test(ratings_we_and_us_on_a_bodys_own_page),
        cmocka_unit_test(ratings_remaining_ratings_listed_after_a_dash),
        cmocka_unit_test(ratings_a_regions_work_named_inside_a_wider_phrase),
        cmocka_unit_test(ratings_bullets_of_banded_judgements_name_their_areas),
        cmocka_unit_test(ratings_counted_parts_after_an_active_verb),
        cmocka_unit_test(ratings_target_before_a_relative_clause_and_a_slash_score),
        cmocka_unit_test(ratings_named_bodies_in_a_row_and_scores_left_to_an_earlier_total),
        cmocka_unit_test(ratings_judgment_spelling_over_and_a_visit_this_follows),
        cmocka_unit_test(ratings_a_band_that_remained_and_a_head_over_a_list),
        cmocka_unit_test(ratings_a_band_when_it_comes_to_a_part_is_no_overall),
        cmocka_unit_test(ratings_a_verdict_and_a_list_ended_by_a_reporting_verb),
        cmocka_unit_test(ratings_all_its_services_and_bands_around_an_aside),
        cmocka_unit_test(ratings_active_bare_good_for_named_domains),
        cmocka_unit_test(ratings_a_move_named_by_its_object_or_a_possessive_name),
        cmocka_unit_test(ratings_a_move_of_something_else_is_no_rating),
        cmocka_unit_test(ratings_as_was_gives_the_band_again),
        cmocka_unit_test(ratings_bare_bands_for_the_frameworks_areas),
        cmocka_unit_test(ratings_more_framework_names_of_each_inspectorate),
        cmocka_unit_test(ratings_the_thing_rated_before_a_relative_pronoun),
        cmocka_unit_test(ratings_ratings_from_other_raters_are_dropped),
        cmocka_unit_test(ratings_the_surgery_is_the_body_and_surgery_the_area),
        cmocka_unit_test(ratings_table_rows_with_a_comment_after_a_dash),
        cmocka_unit_test(ratings_peel_questions_after_the_forces_name),
        cmocka_unit_test(ratings_counted_services_of_one_body_are_no_overall),
        cmocka_unit_test(ratings_no_inspectorate_named_knows_every_frameworks_names),
        cmocka_unit_test(ratings_a_rating_received_by_other_bodies),
        cmocka_unit_test(ratings_a_body_noun_of_another_framework_is_no_area),
        cmocka_unit_test(ratings_a_test_judged_for_another_named_body),
        cmocka_unit_test(ratings_a_band_as_status_kept_or_lost),
        cmocka_unit_test(ratings_a_band_that_continues),
        cmocka_unit_test(ratings_framework_areas_that_require_improvement),
        cmocka_unit_test(ratings_an_earlier_inspection_said_with_before),
        cmocka_unit_test(ratings_the_target_after_a_complementiser),
        cmocka_unit_test(ratings_items_as_written_name_parts_of_the_work),
        cmocka_unit_test(ratings_they_for_the_one_body_with_framework_names),
        cmocka_unit_test(ratings_focus_adverb_and_consequence_clause),
        cmocka_unit_test(ratings_quoted_items_and_a_coordinated_clause),
        cmocka_unit_test(ratings_they_for_the_one_body_overall),
        cmocka_unit_test(ratings_rating_of_the_body_and_judgement_being),
        cmocka_unit_test(ratings_key_questions_as_a_how_clause),
        cmocka_unit_test(ratings_object_of_saw_is_rated),
        cmocka_unit_test(ratings_care_inspectorate_quality_themes),
        cmocka_unit_test(ratings_known_as_and_classified),
        cmocka_unit_test(ratings_dashed_aside_and_inspections_of),
        cmocka_unit_test(ratings_elided_subject_of_a_second_verb),
        cmocka_unit_test(ratings_gone_from_to),
        cmocka_unit_test(ratings_dashed_aside_after_the_object),
        cmocka_unit_test(ratings_parts_after_in_are_not_bodies),
        cmocka_unit_test(ratings_counted_areas_with_their_list),
        cmocka_unit_test(ratings_indefinite_body_in_a_directed_place),
        cmocka_unit_test(ratings_an_opening_phrase_of_time_with_for),
        cmocka_unit_test(ratings_a_bare_band_before_because),
        cmocka_unit_test(ratings_key_questions_as_cqc_asks_them_and_table_cells),
        cmocka_unit_test(ratings_peel_bare_grades_and_named_groups),
        cmocka_unit_test(ratings_counted_areas_with_members_in_brackets),
        cmocka_unit_test(ratings_peel_pillars_as_questions),
        cmocka_unit_test(ratings_a_fronted_overall_before_the_body),
        cmocka_unit_test(ratings_a_bare_band_as_a_whole_or_as_a_body),
        cmocka_unit_test(ratings_mental_health_core_services_by_name),
        cmocka_unit_test(ratings_scope_openers_case_tails_and_that_occasion),
        cmocka_unit_test(ratings_moved_from_and_a_rating_noun_after_said),
        cmocka_unit_test(ratings_a_score_with_its_band_in_brackets),
        cmocka_unit_test(ratings_a_verdict_or_report_named_by_its_band),
        cmocka_unit_test(ratings_a_narrative_overall_rating_and_its_own_lowest_mark),
        cmocka_unit_test(ratings_press_verbs_of_a_move_and_a_clause_after_after),
        cmocka_unit_test(ratings_all_but_one_head_of_a_domain_and_the_inspectorates_lowest),
        cmocka_unit_test(ratings_a_year_that_dates_another_band),
        cmocka_unit_test(ratings_ofsted_grades_by_number),
        cmocka_unit_test(ratings_a_list_of_bodies_that_require_improvement),
        cmocka_unit_test(ratings_a_table_row_with_a_long_comment),
        cmocka_unit_test(ratings_issued_gives_the_rating_to_what_follows),
        cmocka_unit_test(ratings_the_antecedent_of_which_received),
        cmocka_unit_test(ratings_again_after_the_last_inspection_is_this_one),
        cmocka_unit_test(ratings_a_rating_noun_with_no_recipient),
        cmocka_unit_test(ratings_a_grade_by_number_given_or_rated),
        cmocka_unit_test(ratings_a_place_opened_by_a_compass_word),
        cmocka_unit_test(ratings_a_prison_named_as_a_jail),
        cmocka_unit_test(ratings_cqc_rates_the_location),
        cmocka_unit_test(ratings_a_share_of_a_group_is_other_bodies),
        cmocka_unit_test(ratings_a_counted_group_then_its_members),
        cmocka_unit_test(ratings_key_questions_after_its_services_being),
        cmocka_unit_test(ratings_scottish_prison_standards_under_headings),
        cmocka_unit_test(ratings_a_clause_opened_by_a_reporting_verb),
        cmocka_unit_test(ratings_plural_body_nouns_in_ies),
        cmocka_unit_test(ratings_an_overall_mark_or_grading_of_a_band),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
