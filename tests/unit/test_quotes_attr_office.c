/* An office the story opens with, whose holder it names only later, is
 * that person when the document quotes one person only ("The chief
 * inspector of ferries said ..." ... "Ms Ostrander said: ...") (texts
 * written for these tests, fictional names and places). */
#include <stdlib.h>
#include <string.h>

#include "pipeline/doc.h"
#include "tests/unit/support.h"

static ix_doc *run(const char *text)
{
    return t_extract_until(text, "quotes");
}

/* The office in the opening lines, the name in the body: the office's
 * fragment gets the holder's name, and the office becomes the role; an
 * office whose acronym the holder is given ("PCC") is the same. */
static void office_named_later_is_its_holder(void **state)
{
    (void)state;
    ix_doc *doc = run("Ferries told to improve\n\n"
                      "The chief inspector of ferries said the Tarn crossing was "
                      LQ "badly run" RQ " and must change.\n\n"
                      "In her report on the service, Greta Ostrander said: "
                      LQ "Passengers deserve a timetable they can trust." RQ "\n");
    const ix_quote *q = t_quote(doc, "badly run");
    assert_string_equal(q->speaker, "Greta Ostrander");
    assert_string_equal(q->speaker_role, "chief inspector of ferries");
    assert_string_equal(t_quote(doc, "Passengers deserve")->speaker, "Greta Ostrander");
    t_free(doc);

    doc = run("Commissioner welcomes report\n\n"
              "The Harrowmere Police and Crime Commissioner has called the report a "
              LQ "fair reflection" RQ " of the force.\n\n"
              "PCC Owen Tallis said: " LQ "Our officers have worked hard for this." RQ "\n");
    assert_string_equal(t_quote(doc, "fair reflection")->speaker, "Owen Tallis");
    t_free(doc);
}

/* Near misses: an office first written after the name is somebody else;
 * with two people quoted, nobody's; a spokesperson is unnamed by nature;
 * a holder given another office does not hold this one. */
static void office_stays_an_office(void **state)
{
    (void)state;
    ix_doc *doc = run("Ferries told to improve\n\n"
                      "Greta Ostrander said: " LQ "Passengers deserve better." RQ "\n\n"
                      LQ "We were never asked," RQ " the ferry captain said.\n");
    assert_string_equal(t_quote(doc, "We were never")->speaker, "ferry captain");
    t_free(doc);

    doc = run("Ferries told to improve\n\n"
              "The chief inspector of ferries said the crossing was " LQ "badly run" RQ ".\n\n"
              "Greta Ostrander said: " LQ "Passengers deserve better." RQ "\n\n"
              "Ivo Brandt said: " LQ "The crews are exhausted." RQ "\n");
    assert_string_equal(t_quote(doc, "badly run")->speaker, "chief inspector of ferries");
    t_free(doc);

    doc = run("Ferries told to improve\n\n"
              "A spokesperson for the operator said the findings were " LQ "out of date" RQ ".\n\n"
              "Greta Ostrander said: " LQ "Passengers deserve better." RQ "\n");
    assert_string_equal(t_quote(doc, "out of date")->speaker, "spokesperson for the operator");
    t_free(doc);

    doc = run("Ferries told to improve\n\n"
              "The harbour manager said the quay was " LQ "unsafe at night" RQ ".\n\n"
              "Greta Ostrander, chief inspector of ferries, said: "
              LQ "Passengers deserve better." RQ "\n");
    assert_string_equal(t_quote(doc, "unsafe at night")->speaker, "harbour manager");
    t_free(doc);
}

/* A portfolio of several items after "for": its last items, joined by
 * "and" after a comma, are the office's, not a name ("Cllr Ada Quill,
 * Cabinet Member for Harbours, Ferries and Lighthouses, said"); with the
 * comma before the verb missing, and with a councillor's title inside the
 * office, the same.  A body after the office still leaves the person. */
static void portfolio_list_stays_with_the_office(void **state)
{
    (void)state;
    ix_doc *doc = run("Crossing service praised\n\n"
                      "Cllr Ada Quill, Cabinet Member for Harbours, Ferries and Lighthouses, "
                      "for Tarnby Council, said: " LQ "We are proud of the crews." RQ "\n");
    assert_string_equal(t_quote(doc, "We are proud")->speaker, "Ada Quill");
    t_free(doc);

    doc = run("Crossing service praised\n\n"
              "Councillor Ivo Brandt, Deputy Leader and Executive Councillor for Ports, "
              "Piers and Quays said: " LQ "The report is welcome news." RQ "\n");
    assert_string_equal(t_quote(doc, "The report is welcome")->speaker, "Ivo Brandt");
    t_free(doc);

    /* near miss: two people named in a list are no portfolio */
    doc = run("Crossing service praised\n\n"
              "The harbour master, Greta Ostrander and Ivo Brandt said: "
              LQ "The crews did well." RQ "\n");
    assert_string_not_equal(t_quote(doc, "The crews did")->speaker, "Ivo Brandt");
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(office_named_later_is_its_holder),
        cmocka_unit_test(office_stays_an_office),
        cmocka_unit_test(portfolio_list_stays_with_the_office),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
