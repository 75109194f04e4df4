/* The people a service is judged by (staff, patients, residents, its
 * board) as speakers: they speak with a verb of saying, not as the subject
 * of another verb nor as "they" for someone else's sentence (texts written
 * for these tests, fictional names and places). */
#include <stdlib.h>
#include <string.h>

#include "pipeline/doc.h"
#include "tests/unit/support.h"

static ix_doc *run(const char *text)
{
    return t_extract_until(text, "quotes");
}

/* "They" after a sentence naming residents and staff as the objects of
 * the inspectors' visit stands for the inspectors; a board that is the
 * subject of "has taken" is what the quote describes, and the inspectors
 * quoted just before speak. */
static void judged_people_are_not_they_nor_the_subject(void **state)
{
    (void)state;
    ix_doc *doc = run("Marram Lodge improves\n\n"
                      "Inspectors visited Marram Lodge in May to talk to residents and staff about "
                      "their care.\n\n"
                      "They found that residents were " LQ "warmly and patiently" RQ " looked after.\n\n"
                      LQ "The home is much improved," RQ " inspectors said.\n\n"
                      "The board has also taken " LQ "swift and decisive steps" RQ
                      " to recruit more nurses.\n");
    assert_int_equal(doc->quotes.n, 3);
    assert_string_equal(t_quote(doc, "warmly and patiently")->speaker, "Inspectors");
    assert_string_equal(t_quote(doc, "The home is much")->speaker, "Inspectors");
    assert_string_equal(t_quote(doc, "swift and decisive")->speaker, "Inspectors");
    t_free(doc);
}

/* Near misses: staff who are asked, in their own sentence, are "they",
 * and so are residents as the subject of the sentence before; staff with a
 * verb of saying speak, in the plain present too. */
static void judged_people_speak_with_a_verb_of_saying(void **state)
{
    (void)state;
    ix_doc *doc = run("Fenwick ward criticised\n\n"
                      "Inspectors found the ward short of nurses.\n\n"
                      "When staff were asked about the rota, they described it as "
                      LQ "a daily scramble" RQ ".\n\n"
                      "Patients told inspectors the food was " LQ "cold and late" RQ ".\n\n"
                      "Nurses describe the night shift as " LQ "frightening at times" RQ ".\n\n"
                      "Residents were angry about the noise. They said: " LQ "We cannot sleep." RQ "\n");
    assert_int_equal(doc->quotes.n, 4);
    assert_string_equal(t_quote(doc, "We cannot sleep")->speaker, "Residents");
    assert_string_equal(t_quote(doc, "a daily scramble")->speaker, "staff");
    assert_string_equal(t_quote(doc, "cold and late")->speaker, "Patients");
    assert_string_equal(t_quote(doc, "frightening at times")->speaker, "Nurses");
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(judged_people_are_not_they_nor_the_subject),
        cmocka_unit_test(judged_people_speak_with_a_verb_of_saying),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
