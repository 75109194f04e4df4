/* Speakers as news and council copy give them: the attribution step's
 * rules and tables added on the real corpus's conventions, on texts
 * written for these tests (fictional names and places). */
#include <stdlib.h>
#include <string.h>

#include "pipeline/doc.h"
#include "tests/unit/support.h"

static ix_doc *run(const char *text)
{
    return t_extract_until(text, "quotes");
}

/* Verbs of saying and judging that news copy uses besides "said": "was
 * deemed by inspectors to have", "characterised ... as", "mentioned"; a
 * verb's form that is also a noun ("remarks") leaves the speaker to the
 * clause that says it. */
static void news_more_verbs_of_saying(void **state)
{
    (void)state;
    ix_doc *doc = run("Youth team improves\n\nThe Harbourside youth team was deemed by inspectors "
                      "to have made " LQ "steady and real progress" RQ " since last year.\n\n"
                      "The governor mentioned " LQ "a long road ahead" RQ " at the meeting.\n\n"
                      "Her remarks were " LQ "unhelpful" RQ ", one parent said.\n");
    assert_int_equal(doc->quotes.n, 3);
    assert_string_equal(t_quote(doc, "steady and real")->speaker, "Inspectors");
    assert_string_equal(t_quote(doc, "steady and real")->attribution, "explicit");
    assert_string_equal(t_quote(doc, "a long road")->speaker, "governor");
    assert_string_equal(t_quote(doc, "unhelpful")->speaker, "one parent");
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(news_more_verbs_of_saying),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
