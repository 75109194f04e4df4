/* News copy's family titles before a name ("Mum Ann Coyle", "Grandad Tom
 * Reyes") tell the person's gender, so "She said:" after them finds the
 * right antecedent; they are not part of the name (texts written for these
 * tests, fictional names and places). */
#include <stdlib.h>
#include <string.h>

#include "pipeline/doc.h"
#include "tests/unit/support.h"

static ix_doc *run(const char *text)
{
    return t_extract_until(text, "quotes");
}

/* "She" after "Mum Nessa Quill" is Nessa Quill, not the headteacher
 * quoted before; "He" after "Grandad Ivo Brandt" is Ivo Brandt. */
static void family_title_tells_the_gender(void **state)
{
    (void)state;
    ix_doc *doc = run("Pebblecombe school rated outstanding\n\n"
                      "Headteacher Mrs Rhona Vance said: " LQ "We are thrilled." RQ "\n\n"
                      "Mum Nessa Quill has a son at the school.\n\n"
                      "She said: " LQ "He loves every day there." RQ "\n\n"
                      "Grandad Ivo Brandt collects his granddaughter each day.\n\n"
                      "He said: " LQ "The staff know every child." RQ "\n");
    assert_string_equal(t_quote(doc, "We are thrilled")->speaker, "Rhona Vance");
    assert_string_equal(t_quote(doc, "He loves every")->speaker, "Nessa Quill");
    assert_string_equal(t_quote(doc, "The staff know")->speaker, "Ivo Brandt");
    t_free(doc);
}

/* Near miss: a male family title does not make "she" of him; "she" is
 * still the woman quoted before. */
static void family_title_of_the_other_gender(void **state)
{
    (void)state;
    ix_doc *doc = run("Pebblecombe school rated outstanding\n\n"
                      "Headteacher Mrs Rhona Vance said: " LQ "We are thrilled." RQ "\n\n"
                      "Dad Ivo Brandt has a son at the school.\n\n"
                      "She said: " LQ "Every family helped." RQ "\n");
    assert_string_equal(t_quote(doc, "Every family")->speaker, "Rhona Vance");
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(family_title_tells_the_gender),
        cmocka_unit_test(family_title_of_the_other_gender),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
