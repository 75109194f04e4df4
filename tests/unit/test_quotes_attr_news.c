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

/* A document quoted by its wording: "The report reads: ..." speaks as the
 * report; a noun of saying with an owner speaks as the owner whatever its
 * verb ("The union's statement said:"); near miss: "read" (a past of
 * reading) is no verb of saying. */
static void news_document_reads(void **state)
{
    (void)state;
    ix_doc *doc = run("Kestrel services criticised\n\n"
                      "The report reads: " LQ "Staff are keen but many are tired of constant change." RQ
                      "\n\n"
                      "Councillors read it closely: " LQ "We will not accept this." RQ "\n\n"
                      "The union" RS "s statement said: " LQ "Members are shocked." RQ "\n");
    assert_int_equal(doc->quotes.n, 3);
    assert_string_equal(t_quote(doc, "Members are shocked")->speaker, "union");
    assert_string_equal(t_quote(doc, "Staff are keen")->speaker, "report");
    assert_string_equal(t_quote(doc, "Staff are keen")->rule, "quotes.said_colon");
    assert_null(t_quote(doc, "We will not")->speaker);
    t_free(doc);
}

/* A finding noun opening the clause speaks whatever describes it before
 * the verb: a participle and its agent, a body it is on, a relative clause
 * between commas.  The body named in that description does not; a body
 * after "by" is the author and does; so does a body that opens the clause
 * itself. */
static void news_report_described_before_its_verb(void **state)
{
    (void)state;
    ix_doc *doc = run("Kestrel services criticised\n\n"
                      "A report released by the Inspectorate of Ferries on the Kestrel Harbour Unit "
                      "found it was in a " LQ "sorry state" RQ ".\n\n"
                      "Today" RS "s report on Fenwick College, which taught 900 learners last year, "
                      "highlighted the " LQ "tireless" RQ " work of its leaders.\n\n"
                      "The review of Marram Council, published on Tuesday, found "
                      LQ "patchy and slow" RQ " record keeping.\n\n"
                      "An inspection by the Inspectorate of Ferries found the crossings had seen a "
                      LQ "steep decline" RQ ".\n\n"
                      "Fenwick College, which was inspected in May, said it was " LQ "very proud" RQ
                      " of its staff.\n");
    assert_int_equal(doc->quotes.n, 5);
    assert_string_equal(t_quote(doc, "sorry state")->speaker, "report");
    assert_string_equal(t_quote(doc, "tireless")->speaker, "report");
    assert_string_equal(t_quote(doc, "patchy and slow")->speaker, "review");
    assert_string_equal(t_quote(doc, "steep decline")->speaker, "Inspectorate of Ferries");
    assert_string_equal(t_quote(doc, "very proud")->speaker, "Fenwick College");
    t_free(doc);
}

/* Trades and callings of those news copy quotes beside officials: the
 * office before a name is its role, an unnamed one speaks by its noun
 * (not the paper it spoke to); a capitalised word that is no office
 * before a name is not its role. */
static void news_trades_and_callings_as_offices(void **state)
{
    (void)state;
    ix_doc *doc = run("Prison criticised\n\nCriminologist Dr Ann Brisk said: \"The findings are "
                      "grim.\"\n\nThe teacher told the Fenwick Echo: \"We are proud.\"\n\n"
                      "Consultant psychiatrist Owen Marl said the ward was \"unsafe at night\".\n\n"
                      "Yesterday Ann Tarn said: \"It will close.\"\n");
    assert_int_equal(doc->quotes.n, 4);
    assert_string_equal(t_quote(doc, "The findings")->speaker, "Dr Ann Brisk");
    assert_string_equal(t_quote(doc, "The findings")->speaker_role, "Criminologist");
    assert_string_equal(t_quote(doc, "We are proud")->speaker, "teacher");
    assert_string_equal(t_quote(doc, "unsafe at night")->speaker, "Owen Marl");
    assert_string_equal(t_quote(doc, "unsafe at night")->speaker_role, "Consultant psychiatrist");
    assert_string_equal(t_quote(doc, "It will close")->speaker, "Ann Tarn");
    assert_null(t_quote(doc, "It will close")->speaker_role);
    t_free(doc);
}

/* "inmate", "inmates" speak as "prisoner", "prisoners" do; a noun
 * that only modifies another ("inmate numbers") is no speaker. */
static void news_inmates_speak_as_prisoners(void **state)
{
    (void)state;
    ix_doc *doc = run("Prison criticised\n\n\"We are locked up all day,\" one inmate told "
                      "inspectors.\n\nInmate numbers had risen, and the wing was \"cold and "
                      "crowded\", Ann Tarn said.\n");
    assert_int_equal(doc->quotes.n, 2);
    assert_string_equal(t_quote(doc, "We are locked")->speaker, "one inmate");
    assert_string_equal(t_quote(doc, "cold and crowded")->speaker, "Ann Tarn");
    t_free(doc);
}

/* The plain present of verbs of saying after a plural subject, as
 * headlines and news copy write it ("Inspectors warn", "Nurses
 * describe"): the clause reports the quote; a form that is a noun as often
 * ("a note", "the state") is not among them, nor "find" and "reveal",
 * which open the writer's own sentences ("Please find below", "I should
 * reveal that"). */
static void news_plain_present_of_saying(void **state)
{
    (void)state;
    ix_doc *doc = run("Fenwick jail criticised\n\nInspectors warn that the wing is "
                      LQ "not fit for people to live in" RQ ".\n\n"
                      "Nurses describe the night shift as " LQ "frightening at times" RQ ".\n\n"
                      "Ann Tarn said: " LQ "We will act on this." RQ "\n\n"
                      "Please find below the response of the board: " LQ "We accept the "
                      "findings." RQ "\n");
    assert_int_equal(doc->quotes.n, 4);
    assert_string_equal(t_quote(doc, "not fit for people")->speaker, "Inspectors");
    assert_string_equal(t_quote(doc, "not fit for people")->attribution, "explicit");
    assert_string_equal(t_quote(doc, "frightening at times")->speaker, "Nurses");
    assert_string_equal(t_quote(doc, "frightening at times")->attribution, "explicit");
    assert_null(t_quote(doc, "We accept")->speaker);
    t_free(doc);
}

/* A pronoun standing for a group gives the group as the phrase it heads
 * was written, as an explicit attribution there would ("Ofsted inspectors
 * said" -> "Ofsted inspectors"): "they" for "Ofsted inspectors", "it" for
 * "the council's annual report"; a bare "inspectors" stays
 * "Inspectors". */
static void news_pronoun_for_a_group_as_written(void **state)
{
    (void)state;
    ix_doc *doc = run("Fenwick school improves\n\nOfsted inspectors visited Fenwick Primary in May.\n\n"
                      "They said: " LQ "Pupils are safe and happy here." RQ "\n\n"
                      "The council" RS "s annual report was published on Monday.\n\n"
                      "It said: " LQ "Too many crossings were late." RQ "\n\n"
                      "Inspectors returned to the quay in June.\n\n"
                      "They said: " LQ "The new timetable works." RQ "\n");
    assert_int_equal(doc->quotes.n, 3);
    assert_string_equal(t_quote(doc, "Pupils are safe")->speaker, "Ofsted inspectors");
    assert_string_equal(t_quote(doc, "Pupils are safe")->attribution, "anaphoric");
    assert_string_equal(t_quote(doc, "Too many crossings")->speaker, "council's annual report");
    assert_string_equal(t_quote(doc, "The new timetable")->speaker, "Inspectors");
    t_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(news_more_verbs_of_saying),
        cmocka_unit_test(news_document_reads),
        cmocka_unit_test(news_report_described_before_its_verb),
        cmocka_unit_test(news_trades_and_callings_as_offices),
        cmocka_unit_test(news_inmates_speak_as_prisoners),
        cmocka_unit_test(news_plain_present_of_saying),
        cmocka_unit_test(news_pronoun_for_a_group_as_written),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
