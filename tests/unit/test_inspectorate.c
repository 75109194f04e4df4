/* Inspectorate: canonical name and first mention, on texts written for
 * these tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/unit/support.h"

static void inspectorate_full_name_and_first_span(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Seaford CRC rated 'Good'\n"
        "\n"
        "Her Majesty's Inspectorate of Probation has rated Seaford CRC 'Good'. HMI Probation "
        "visited in May.\n",
        "inspectorate");
    assert_non_null(doc->inspectorate.name);
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Probation");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "Her Majesty's Inspectorate of Probation");
    t_free(doc);
}

static void inspectorate_variants_map_to_canonical(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "A blog post\n"
        "\n"
        "The Probation Inspectorate works on a four-band scale. HMI Probation published the "
        "report today.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Probation");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "Probation Inspectorate");
    t_free(doc);
}

static void inspectorate_hmip_in_a_prison_report_means_prisons(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "HMP Rookwood: violence rising\n"
        "\n"
        "HMIP found the prison unsafe. Prisoners said they felt unsafe on the wings of the prison.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Prisons");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "HMIP");
    t_free(doc);
}

static void inspectorate_hmip_in_a_probation_text_means_probation(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Probation report\n"
        "\n"
        "HMIP rated the probation service poorly; probation staff were stretched.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Probation");
    t_free(doc);
}

static void inspectorate_other_bodies(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Hospital rated inadequate\n"
        "\n"
        "The Care Quality Commission (CQC) has rated Elmbridge General 'Inadequate'. The CQC "
        "will return within six months.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "Care Quality Commission");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "Care Quality Commission");
    t_free(doc);

    doc = t_extract_until(
        "Force praised\n"
        "\n"
        "HMICFRS has graded Marsh Police 'good' at preventing crime.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Constabulary and Fire & Rescue Services");
    t_free(doc);

    doc = t_extract_until(
        "School improves\n"
        "\n"
        "Ofsted inspectors said pupils at Hill Road School behave well.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "Ofsted");
    t_free(doc);
}

static void inspectorate_most_named_wins(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Joint work\n"
        "\n"
        "Ofsted took part. HM Inspectorate of Probation led the inspection, and HM "
        "Inspectorate of Probation will publish the report.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Probation");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "HM Inspectorate of Probation");
    t_free(doc);
}

static void inspectorate_the_one_leading_a_joint_inspection_wins(void **state)
{
    (void)state;
    /* named once, but "led by": it beats a partner named twice */
    ix_doc *doc = t_extract_until(
        "Joint work\n"
        "\n"
        "The service was rated good after an inspection led by His Majesty's Inspectorate of "
        "Probation, with colleagues from Care Inspectorate Wales (CIW) and Estyn. CIW looked at "
        "social care.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Probation");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "His Majesty's Inspectorate of Probation");
    t_free(doc);
}

static void inspectorate_chief_inspector_title_as_fallback(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "A newsletter\n"
        "\n"
        "Sam Example, HM Chief Inspector of Probation, said the work was good enough.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Probation");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "Chief Inspector of Probation");
    t_free(doc);
    /* in lower case, news style */
    doc = t_extract_until("Youth service in Fenshire inadequate\n\n"
                          "Chief inspector of probation Sam Example said the work was poor.\n",
                          "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Probation");
    t_free(doc);
    /* a report's own title names its inspectorate's field */
    doc = t_extract_until("An inspection of probation services in Fenshire PDU\n\n"
                          "Foreword\n\nWe found a unit that knows its cases well.\n",
                          "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Probation");
    t_free(doc);
    doc = t_extract_until("Prison report\n\nThe chief inspector of prisons for Scotland spoke.\n",
                          "inspectorate");
    assert_true(doc->inspectorate.name == NULL ||
                strcmp(doc->inspectorate.name, "HM Inspectorate of Prisons") != 0);
    t_free(doc);
}

static void inspectorate_chrome_before_headline_is_skipped(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Menu\n"
        "XYCRC HMIP 17\n"
        "\n"
        "Inspectors rate Lowbridge CRC poorly\n"
        "\n"
        "HM Inspectorate of Probation has rated Lowbridge CRC 'Inadequate'.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Probation");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "HM Inspectorate of Probation");
    t_free(doc);
}

static void inspectorate_none(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Probation notes\n"
        "\n"
        "Inspectors visited the service and the inspectorate will report later.\n",
        "inspectorate");
    assert_null(doc->inspectorate.name);
    t_free(doc);
}

static void inspectorate_field_inspectors_and_chief_offices_as_fallback(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Slow progress at Greyfold\n"
        "\n"
        "Prison inspectors who went back to Greyfold in March saw little change.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Prisons");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "Prison inspectors");
    t_free(doc);
    doc = t_extract_until(
        "Ward closures at Millbeck\n"
        "\n"
        "The Chief Inspector of Hospitals said the wards at Millbeck General were unsafe.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "Care Quality Commission");
    t_free(doc);
    /* an inspectorate's name still wins over another's office */
    doc = t_extract_until(
        "Joint visit\n"
        "\n"
        "Probation inspectors joined Ofsted on the visit; Ofsted wrote the report.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "Ofsted");
    t_free(doc);
}

static void inspectorate_former_name(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Care at Bryn Teg reviewed\n"
        "\n"
        "The Care and Social Services Inspectorate Wales (CSSIW) reported on Bryn Teg in 2014.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "Care Inspectorate Wales");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "Care and Social Services Inspectorate Wales");
    t_free(doc);
}

static void inspectorate_the_headline_decides_between_named_ones(void **state)
{
    (void)state;
    /* named in the headline, though another is named more often */
    ix_doc *doc = t_extract_until(
        "HMCPSI annual report for the year\n"
        "\n"
        "Two reviews were shared with HMIC. HMIC led one of them, and HMIC staff joined "
        "the other.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Crown Prosecution Service Inspectorate");
    t_free(doc);
    /* the headline's field: a youth offending service is probation's work */
    doc = t_extract_until(
        "Youth offending service inspected\n"
        "\n"
        "The CQC looked at health care and the CQC found gaps; the CQC will return. HMI "
        "Probation looked at the casework.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Probation");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "HMI Probation");
    t_free(doc);
}

static void inspectorate_headline_cue_alone_names_nothing(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Youth offending team praised\n"
        "\n"
        "Inspectors found the team's work with children good.\n",
        "inspectorate");
    assert_null(doc->inspectorate.name);
    t_free(doc);
    /* a bare "prison" in a headline is no cue: others inspect prisons too */
    doc = t_extract_until(
        "Report on Loughmore Prison\n"
        "\n"
        "Criminal Justice Inspection Northern Ireland reported on Loughmore, working with "
        "HMI Prisons. CJI's inspectors found it safer, and CJI said so; HMI Prisons agreed.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "Criminal Justice Inspection Northern Ireland");
    t_free(doc);
}

/* An inspectorate writing of its own work without naming itself ("our
 * regional inspections") is the inspectorate of the field the document
 * talks about; with no field told, or a name given, the voice decides
 * nothing.  "HM Inspector of Prisons" is the prisons inspectorate's office. */
static void inspectorate_its_own_voice_and_field(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "An announcement\n"
        "\n"
        "Today we announce a review of probation work. Our regional inspections have shown "
        "that probation staff need more support.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Probation");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "Our regional inspections");
    t_free(doc);

    doc = t_extract_until(
        "An announcement\n"
        "\n"
        "Our inspectors will visit every school in the spring.\n",
        "inspectorate");
    assert_null(doc->inspectorate.name);
    t_free(doc);

    doc = t_extract_until(
        "An announcement\n"
        "\n"
        "Our inspectors visited prisons and probation offices. Ofsted took part, and the probation "
        "work was praised.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "Ofsted");
    t_free(doc);

    doc = t_extract_until(
        "Committee minutes\n"
        "\n"
        "Members noted the report of the HM Inspector of Prisons on the youth team.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Prisons");
    t_free(doc);
}

/* "the Inspectorate" as a proper noun, and "our" with up to six words
 * before "inspection reports", are the voice of the field's inspectorate;
 * "the inspectorate" in lower case, "the Inspectorate of Mines" and a
 * document of no field name nobody.  "Her Majesty's Inspection of
 * Probation" is a slip for the inspectorate's name. */
static void inspectorate_the_inspectorate_and_a_longer_voice(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Fenshire's probation provider criticised\n"
        "\n"
        "Probation work in Fenshire was criticised by the Inspectorate this week. Probation "
        "staff were said to carry too many cases.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Probation");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "Inspectorate");
    t_free(doc);

    doc = t_extract_until(
        "A letter to the region\n"
        "\n"
        "This month saw our third round of local probation service inspection reports "
        "published. Probation in the region still struggles.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Probation");
    t_free(doc);

    doc = t_extract_until(
        "A plan for the youth team\n"
        "\n"
        "The plan goes to Her Majesty's Inspection of Probation for approval.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Probation");
    t_free(doc);

    /* lower case, "of" something, or no field: nobody */
    doc = t_extract_until(
        "Probation news\n"
        "\n"
        "Probation staff met the inspectorate. The Inspectorate of Mines sent a letter about probation.\n",
        "inspectorate");
    assert_null(doc->inspectorate.name);
    t_free(doc);

    doc = t_extract_until(
        "A busy week\n"
        "\n"
        "The Inspectorate visited the town hall this week.\n",
        "inspectorate");
    assert_null(doc->inspectorate.name);
    t_free(doc);
}

/* A page of an inspectorate's own site that names no inspectorate is known
 * by its web address, furniture included; a named one wins over an address,
 * and the shared host alone, with no inspectorate's part, names nobody. */
static void inspectorate_its_web_site_when_nothing_is_named(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "We use small files called cookies on hmiprisons.justiceinspectorates.gov.uk to help us.\n"
        "\n"
        "Report published on an inspection of Fenwick Lodge\n"
        "\n"
        "Fenwick Lodge was found to be safe and decent.\n",
        "inspectorate");
    assert_non_null(doc->inspectorate.name);
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Prisons");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "hmiprisons.justiceinspectorates.gov.uk");
    t_free(doc);
    doc = t_extract_until(
        "Larkhill Care Home rated 'Good'\n"
        "\n"
        "The Care Quality Commission rated Larkhill Care Home 'Good'. See also "
        "www.justiceinspectorates.gov.uk/hmiprobation/ for other reports.\n",
        "inspectorate");
    assert_non_null(doc->inspectorate.name);
    assert_string_equal(doc->inspectorate.name, "Care Quality Commission");
    t_free(doc);
    doc = t_extract_until(
        "Report published on Fenwick Lodge\n"
        "\n"
        "Read it at www.justiceinspectorates.gov.uk/reports/ today.\n",
        "inspectorate");
    assert_null(doc->inspectorate.name);
    t_free(doc);
}

/* "HM" and "H.M." open many names: each is found by the words of its own
 * ("Constabulary", "Prosecution", "Scotland"), whichever spelling leads. */
static void inspectorate_names_opened_by_hm_are_told_apart(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Force inspected\n"
        "\n"
        "H.M. Inspectorate of Constabulary inspected Marsh Police in May. HM Inspectors of "
        "prisons were not involved.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Constabulary");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "H.M. Inspectorate of Constabulary");
    t_free(doc);

    doc = t_extract_until(
        "Casework reviewed\n"
        "\n"
        "HM Crown Prosecution Service Inspectorate reviewed the casework. HM Treasury paid.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Crown Prosecution Service Inspectorate");
    t_free(doc);

    doc = t_extract_until(
        "Prison inspected\n"
        "\n"
        "HM Inspectorate of Prisons for Scotland visited HMP Barlinnie in Scotland.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Prisons for Scotland");
    t_free(doc);
}

/* A text that names no inspectorate, office or site, but lists what a
 * framework alone rates together ("safe, responsive and well-led"): that
 * framework's inspectorate, its span the list's first name.  Near misses:
 * two of the names only, or the names too far apart; and a named
 * inspectorate is never overridden. */
static void inspectorate_from_its_framework_list(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Hollin Trust report\n"
        "\n"
        "We rated safe, responsive and well-led as requires improvement, and effective and caring "
        "as good.\n",
        "inspectorate");
    assert_non_null(doc->inspectorate.name);
    assert_string_equal(doc->inspectorate.name, "Care Quality Commission");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "safe");
    t_free(doc);

    doc = t_extract_until(
        "Wexby police\n"
        "\n"
        "The force was rated good for effectiveness, efficiency and legitimacy.\n",
        "inspectorate");
    assert_non_null(doc->inspectorate.name);
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Constabulary and Fire & Rescue Services");
    t_free(doc);

    doc = t_extract_until(
        "Hollin Trust report\n"
        "\n"
        "Staff were caring and the care was safe.\n",
        "inspectorate");
    assert_null(doc->inspectorate.name);
    t_free(doc);

    char text[1200];
    snprintf(text, sizeof text, "Hollin Trust report\n\nThe ward was safe. %0*d The staff were caring. %0*d "
             "The service was responsive.\n", 300, 0, 300, 0);
    doc = t_extract_until(text, "inspectorate");
    assert_null(doc->inspectorate.name);
    t_free(doc);

    doc = t_extract_until(
        "Seaford CRC report\n"
        "\n"
        "HM Inspectorate of Probation found the work safe, effective and caring.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Probation");
    t_free(doc);
}

/* A body renamed, named by both names ("HMIC" as shorthand beside
 * "HMICFRS"): the new name, its own first mention the evidence; the old
 * name alone stays the old body. */
static void inspectorate_old_name_beside_the_new_is_the_new(void **state)
{
    (void)state;
    ix_doc *doc = t_extract_until(
        "Wexby police report\n"
        "\n"
        "HMIC inspectors visited Wexby Police. HMIC found it good at preventing crime. The report by "
        "HMICFRS was published today.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Constabulary and Fire & Rescue Services");
    assert_string_equal(t_src(doc, doc->inspectorate.span), "HMICFRS");
    t_free(doc);
    doc = t_extract_until(
        "Wexby police report\n"
        "\n"
        "HMIC inspectors visited Wexby Police in 2014.\n",
        "inspectorate");
    assert_string_equal(doc->inspectorate.name, "HM Inspectorate of Constabulary");
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(inspectorate_full_name_and_first_span),
        cmocka_unit_test(inspectorate_variants_map_to_canonical),
        cmocka_unit_test(inspectorate_names_opened_by_hm_are_told_apart),
        cmocka_unit_test(inspectorate_hmip_in_a_prison_report_means_prisons),
        cmocka_unit_test(inspectorate_hmip_in_a_probation_text_means_probation),
        cmocka_unit_test(inspectorate_other_bodies),
        cmocka_unit_test(inspectorate_most_named_wins),
        cmocka_unit_test(inspectorate_the_one_leading_a_joint_inspection_wins),
        cmocka_unit_test(inspectorate_chief_inspector_title_as_fallback),
        cmocka_unit_test(inspectorate_chrome_before_headline_is_skipped),
        cmocka_unit_test(inspectorate_none),
        cmocka_unit_test(inspectorate_field_inspectors_and_chief_offices_as_fallback),
        cmocka_unit_test(inspectorate_former_name),
        cmocka_unit_test(inspectorate_the_headline_decides_between_named_ones),
        cmocka_unit_test(inspectorate_headline_cue_alone_names_nothing),
        cmocka_unit_test(inspectorate_its_own_voice_and_field),
        cmocka_unit_test(inspectorate_the_inspectorate_and_a_longer_voice),
        cmocka_unit_test(inspectorate_its_web_site_when_nothing_is_named),
        cmocka_unit_test(inspectorate_from_its_framework_list),
        cmocka_unit_test(inspectorate_old_name_beside_the_new_is_the_new),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
