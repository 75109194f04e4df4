/* The quotes lexicon: tokens and the word classes found for them through the
 * one index of every table. */
#include <stdio.h>
#include <string.h>

#include "extractors/quotes_lex.h"
#include "tests/unit/support.h"

/* The classes of the whole string s. */
static uint32_t classes(const char *s)
{
    return ix_quotes_lex_classes(s, 0, strlen(s));
}

static void classes_of_words_in_several_tables(void **state)
{
    (void)state;
    /* "council": an org word, a body noun, a group and a group modifier */
    uint32_t c = classes("Council");
    assert_true(c & IX_QLEX_W_ORG);
    assert_true(c & IX_QLEX_W_BODY);
    assert_true(c & IX_QLEX_W_GROUP);
    assert_true(c & IX_QLEX_W_GROUP_MODIFIER);
    assert_false(c & IX_QLEX_W_STOP);
    assert_int_equal(classes("said"), IX_QLEX_W_SPEECH | IX_QLEX_W_STOP | IX_QLEX_W_LINK);
    assert_int_equal(classes("RATED"), IX_QLEX_W_JUDGE);
    assert_int_equal(classes("herself"), IX_QLEX_W_FEMALE);
    assert_int_equal(classes("&"), IX_QLEX_W_CONNECTOR);
    /* in no table, too long for any, empty */
    assert_int_equal(classes("Okafor"), 0);
    assert_int_equal(classes("superintendentsuperintendent"), 0);
    assert_int_equal(ix_quotes_lex_classes("said", 2, 2), 0);
}

static void classes_follow_the_rules_of_each_test(void **state)
{
    (void)state;
    /* honorifics need their capital, exactly as written */
    assert_true(classes("Dame") & IX_QLEX_W_HONORIFIC);
    assert_false(classes("dame") & IX_QLEX_W_HONORIFIC);
    assert_false(classes("DR") & IX_QLEX_W_HONORIFIC);
    assert_true(classes("Dr") & IX_QLEX_W_HONORIFIC);
    /* letters after a name are written in capitals */
    assert_true(classes("CBE") & IX_QLEX_W_POSTNOMINAL);
    assert_false(classes("Cbe") & IX_QLEX_W_POSTNOMINAL);
    /* a possessive modifies a group by its stem */
    assert_true(classes("Ofsted's") & IX_QLEX_W_GROUP_MODIFIER);
    assert_true(classes("Trust's") & IX_QLEX_W_GROUP_MODIFIER);
    assert_false(classes("Okafor's") & IX_QLEX_W_GROUP_MODIFIER);
}

static void word_functions_answer_through_the_index(void **state)
{
    (void)state;
    const char *s = "the Inspectors concluded that Mr Reyes";
    const char *canon = NULL;
    assert_int_equal(ix_quotes_lex_group(s, 4, 14, &canon), IX_QLEX_GROUP_PLURAL);
    assert_string_equal(canon, "Inspectors");
    assert_int_equal(ix_quotes_lex_speech_verb(s, 15, 24), IX_QLEX_SPEECH);
    int first = -1;
    assert_int_equal(ix_quotes_lex_honorific(s, 30, 32, &first), IX_QLEX_MALE);
    assert_int_equal(first, 0);
    assert_int_equal(ix_quotes_lex_honorific(s, 33, 38, NULL), 0);
    assert_true(ix_quotes_lex_stopword(s, 0, 3));
    assert_true(ix_quotes_lex_determiner(s, 0, 3));
    assert_false(ix_quotes_lex_role_word(s, 0, 3));
    assert_true(ix_quotes_lex_role_in("a spokesman for the trust", 0, 25));
}

/* The verbs of saying of news copy, in their past and present forms; their
 * noun and adjective siblings are no speech verbs ("protests", "objects",
 * "repeated", "reasoned"). */
static void news_verbs_of_saying_and_not_their_nouns(void **state)
{
    (void)state;
    static const char *const said[] = {
        "confided", "confides", "affirmed", "affirms", "protested", "objected", "enthused",
        "enthuses", "begged", "opined", "opines", "exclaimed", "interjected", "testified",
        "contends", "reckoned", "reckons",
    };
    for (size_t i = 0; i < sizeof said / sizeof *said; i++)
        assert_int_equal(ix_quotes_lex_speech_verb(said[i], 0, strlen(said[i])), IX_QLEX_SPEECH);
    static const char *const not_said[] = { "protests", "objects", "repeated", "reasoned", "opinion" };
    for (size_t i = 0; i < sizeof not_said / sizeof *not_said; i++)
        assert_int_equal(ix_quotes_lex_speech_verb(not_said[i], 0, strlen(not_said[i])), 0);
}

static void tokens_carry_their_classes(void **state)
{
    (void)state;
    const char *s = "Mr Reyes, the chief inspector, said: yes";
    ix_qtok t[16];
    size_t n = ix_quotes_lex_tokens(s, 0, strlen(s), t, 16, 0);
    assert_int_equal(n, 10);
    assert_true(ix_quotes_lex_tok_in(&t[0], IX_QLEX_W_HONORIFIC));
    assert_int_equal(t[1].lex, 0);                        /* Reyes */
    assert_int_equal(t[2].lex, 0);                        /* , */
    assert_true(ix_quotes_lex_tok_in(&t[4], IX_QLEX_W_ROLE));
    assert_true(ix_quotes_lex_tok_in(&t[7], IX_QLEX_W_SPEECH));
    /* keep_last: the classes of the tokens kept */
    n = ix_quotes_lex_tokens(s, 0, strlen(s), t, 3, 1);
    assert_int_equal(n, 3);
    assert_true(ix_quotes_lex_tok_in(&t[0], IX_QLEX_W_SPEECH));
    assert_int_equal(t[1].punct, ':');
    size_t i = 0;
    ix_qtok one;
    assert_int_equal(ix_quotes_lex_next(s, &i, strlen(s), &one), 1);
    assert_int_equal(one.lex, classes("Mr"));
}

/* A middle initial keeps its full stop inside a name ("Rhona K. Esterhazy");
 * a capital letter ending a sentence before "The" does not. */
static void tokens_keep_a_middle_initial_in_a_name(void **state)
{
    (void)state;
    const char *s = "Rhona K. Esterhazy said. Wing C. The officer left.";
    ix_qtok t[16];
    size_t n = ix_quotes_lex_tokens(s, 0, strlen(s), t, 16, 0);
    assert_int_equal(n, 12);
    assert_int_equal(t[1].b - t[1].a, 2);          /* "K." */
    assert_true(t[1].cap && !t[1].punct);
    assert_int_equal(t[3].b - t[3].a, 4);          /* "said" */
    assert_int_equal(t[6].b - t[6].a, 1);          /* "C", then "." */
    assert_int_equal(t[7].punct, '.');
}

/* Lower-case particles inside a name make one capitalised word with the
 * name after them ("Rik van der Mole", "Amal al-Sayed"); after a word in
 * lower case ("in de facto terms") they stay words of their own. */
static void tokens_join_a_names_particles(void **state)
{
    (void)state;
    const char *s = "Rik van der Mole met Amal al-Sayed in de facto terms.";
    ix_qtok t[16];
    size_t n = ix_quotes_lex_tokens(s, 0, strlen(s), t, 16, 0);
    assert_int_equal(n, 10);
    assert_int_equal(t[1].b - t[1].a, strlen("van der Mole"));
    assert_true(t[1].cap);
    assert_true(t[4].cap);                         /* "al-Sayed" */
    assert_int_equal(t[6].b - t[6].a, 2);          /* "de" alone */
    assert_false(t[6].cap);
}

/* Every length and letter of the particles' table is found ("della",
 * "bin"), and a word that only shares a particle's letters is not ("dell",
 * "tan", "Van" in capitals is a name of its own). */
static void tokens_join_particles_of_each_length(void **state)
{
    (void)state;
    const char *s = "Lucia della Rosa, Karim bin Said, Ann dell Ray, Bo tan Li, Jo Van Dyke";
    ix_qtok t[32];
    size_t n = ix_quotes_lex_tokens(s, 0, strlen(s), t, 32, 0);
    assert_int_equal(n, 17);
    assert_int_equal(t[1].b - t[1].a, strlen("della Rosa"));
    assert_true(t[1].cap);
    assert_int_equal(t[4].b - t[4].a, strlen("bin Said"));
    assert_int_equal(t[7].b - t[7].a, strlen("dell"));   /* not a particle */
    assert_false(t[7].cap);
    assert_int_equal(t[11].b - t[11].a, strlen("tan"));
    assert_false(t[11].cap);
    assert_int_equal(t[15].b - t[15].a, strlen("Van"));
}

/* Words joined by an apostrophe or a hyphen count once ("CRC's",
 * "co-ordination"); count_words_upto and has_words answer for a count
 * without reading on. */
static void words_are_counted_and_tested_against_a_count(void **state)
{
    (void)state;
    const char *s = "CRC's co-ordination, \"was\" - poor.";
    assert_int_equal(ix_quotes_lex_count_words(s, 0, strlen(s)), 4);
    assert_true(ix_quotes_lex_has_words(s, 0, strlen(s), 4));
    assert_true(ix_quotes_lex_has_words(s, 0, strlen(s), 1));
    assert_false(ix_quotes_lex_has_words(s, 0, strlen(s), 5));
    assert_true(ix_quotes_lex_has_words(s, 0, 2, 1));         /* "CR" */
    assert_false(ix_quotes_lex_has_words(s, 5, 6, 1));        /* a space */
    assert_true(ix_quotes_lex_has_words(s, 5, 6, 0));
    assert_int_equal(ix_quotes_lex_count_words_upto(s, 0, strlen(s), 3), 3);
    assert_int_equal(ix_quotes_lex_count_words_upto(s, 0, strlen(s), 8), 4);
    assert_int_equal(ix_quotes_lex_count_words_upto(s, 0, 5, 8), 1);     /* "CRC's" */
}

/* Bare tokens are the same tokens without their classes. */
static void bare_tokens_are_the_tokens_without_classes(void **state)
{
    (void)state;
    const char *s = "Inspectors said Dr. Jan van der Berg's team & staff were 'good'.";
    ix_qtok t[32], u[32];
    size_t n = ix_quotes_lex_tokens(s, 0, strlen(s), t, 32, 0);
    size_t m = ix_quotes_lex_tokens_bare(s, 0, strlen(s), u, 32, 0);
    assert_int_equal(n, m);
    assert_int_equal(n, 14);                               /* "van der Berg's": one */
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(u[i].a, t[i].a);
        assert_int_equal(u[i].b, t[i].b);
        assert_int_equal(u[i].punct, t[i].punct);
        assert_int_equal(u[i].cap, t[i].cap);
        assert_int_equal(u[i].lex, 0);
    }
    assert_true(t[1].lex & IX_QLEX_W_SPEECH);              /* said */
    /* keep_last: the last three, in order: good ' . */
    m = ix_quotes_lex_tokens_bare(s, 0, strlen(s), u, 3, 1);
    assert_int_equal(m, 3);
    assert_int_equal(u[0].a, t[11].a);
    assert_int_equal(u[2].punct, '.');
}

/* A word is found at every length, one byte to the longest of the tables,
 * and in any case, from its own bytes only: a letter after it in the text
 * ("saidq" read as s[0..4)) or before it changes nothing, the longer word
 * the letter makes is in no table, and neither is the word with any one of
 * its bytes changed. */
static void words_are_found_at_every_length_and_case(void **state)
{
    (void)state;
    static const char *const words[] = {
        "a", "an", "led", "said", "whose", "agency", "coroner", "governor", "registrar",
        "commission", "headteacher", "constabulary", "criminologist", "inspectorate's",
        "vice-chancellor", "attorney-general", "solicitor-general",
    };
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        const char *w = words[k];
        size_t n = strlen(w);
        assert_int_equal(n, k + 1);
        uint32_t c = classes(w);
        assert_true(c != 0);
        char upper[32], text[32];
        for (size_t i = 0; i <= n; i++)
            upper[i] = (char)(w[i] >= 'a' && w[i] <= 'z' ? w[i] - 32 : w[i]);
        assert_int_equal(classes(upper), c);
        snprintf(text, sizeof text, "q%sq", w);
        assert_int_equal(ix_quotes_lex_classes(text, 1, n + 1), c);
        assert_int_equal(ix_quotes_lex_classes(text, 1, n + 2), 0);
        assert_int_equal(ix_quotes_lex_classes(text, 0, n + 1), 0);
        /* every byte counts: one changed is another word, in no table */
        for (size_t i = 0; i < n; i++) {
            snprintf(text, sizeof text, "%s", w);
            text[i] = 'q';
            assert_int_equal(classes(text), 0);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(classes_of_words_in_several_tables),
        cmocka_unit_test(classes_follow_the_rules_of_each_test),
        cmocka_unit_test(word_functions_answer_through_the_index),
        cmocka_unit_test(news_verbs_of_saying_and_not_their_nouns),
        cmocka_unit_test(tokens_carry_their_classes),
        cmocka_unit_test(tokens_keep_a_middle_initial_in_a_name),
        cmocka_unit_test(tokens_join_a_names_particles),
        cmocka_unit_test(tokens_join_particles_of_each_length),
        cmocka_unit_test(words_are_counted_and_tested_against_a_count),
        cmocka_unit_test(bare_tokens_are_the_tokens_without_classes),
        cmocka_unit_test(words_are_found_at_every_length_and_case),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
