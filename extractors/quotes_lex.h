/* extractors/quotes_lex.h -- the words the quotes pipeline reasons with:
 * a small tokenizer over doc->norm and the generic lexicons of the genre
 * (speech verbs, pronouns, honorifics, role words, speaking groups, rating
 * band labels, naming cues).
 *
 * Owns nothing; every table is static and read-only.  The words of all
 * tables are looked up through one hash index, built on the first lookup
 * (thread-safe, never freed), so a question about a word costs one probe
 * however long the tables grow.  Shared by quotes_find, quotes_merge and
 * quotes_attr.
 * Does not: hold any name, place or phrase of a particular document.  The
 * lexicons are closed word classes of English press-release prose.
 */
#ifndef IX_QUOTES_LEX_H
#define IX_QUOTES_LEX_H
#include <stddef.h>
#include <stdint.h>

/* ---- tokens ------------------------------------------------------------ */

/* A token of doc->norm: a word (letters, digits, non-ASCII, with inner
 * apostrophes and hyphens: "CRC's", "co-ordination", "O'Brien") or one
 * punctuation character.  `punct` is that character, 0 for a word.  `lex`
 * holds the word classes of a word (IX_QLEX_W_* below, found once when the
 * token is read), 0 for punctuation. */
typedef struct ix_qtok {
    size_t a, b;
    char punct;
    unsigned cap : 1;      /* a word starting with an upper-case letter */
    uint32_t lex;
} ix_qtok;

/* Tokenize s[lo..hi) into toks (at most max).  Returns the count.  When the
 * window holds more tokens than max, keep_last chooses the last max tokens
 * instead of the first (a backward context).  Cost is linear in hi - lo. */
size_t ix_quotes_lex_tokens(const char *s, size_t lo, size_t hi, ix_qtok *toks,
                            size_t max, int keep_last);

/* ix_quotes_lex_tokens without the word classes (every `lex` 0), for a
 * caller that asks the word functions below of the few tokens it reads. */
size_t ix_quotes_lex_tokens_bare(const char *s, size_t lo, size_t hi, ix_qtok *toks,
                                 size_t max, int keep_last);

/* The next token at or after *i within [*i, hi): fills *t, moves *i past
 * it and returns 1, or returns 0 at hi.  *i must be at a character
 * boundary. */
int ix_quotes_lex_next(const char *s, size_t *i, size_t hi, ix_qtok *t);

/* True for a byte that can be part of a word. */
int ix_quotes_lex_word_byte(unsigned char c);

/* Number of words in s[a..b). */
size_t ix_quotes_lex_count_words(const char *s, size_t a, size_t b);

/* The number of words in s[a..b), or cap when there are more: reads no
 * further than the cap-th word. */
size_t ix_quotes_lex_count_words_upto(const char *s, size_t a, size_t b, size_t cap);

/* Does s[a..b) hold at least n words?  Reads no further than the n-th. */
int ix_quotes_lex_has_words(const char *s, size_t a, size_t b, size_t n);

/* ---- word classes (case-insensitive unless said) ------------------------ */

/* The word classes, one bit each: a token's `lex` has the bit of every
 * function below that answers true for it (IX_QLEX_W_SPEECH: speech_verb
 * gives IX_QLEX_SPEECH; IX_QLEX_W_GROUP: group gives non-zero). */
enum {
    IX_QLEX_W_SPEECH = 1 << 0,       IX_QLEX_W_JUDGE = 1 << 1,
    IX_QLEX_W_REPORTING = 1 << 2,    IX_QLEX_W_STANCE = 1 << 3,
    IX_QLEX_W_FEMALE = 1 << 4,       IX_QLEX_W_MALE = 1 << 5,
    IX_QLEX_W_POSTNOMINAL = 1 << 6,  IX_QLEX_W_NOT_SPEAKER = 1 << 7,
    IX_QLEX_W_ROLE = 1 << 8,         IX_QLEX_W_ORG = 1 << 9,
    IX_QLEX_W_BODY = 1 << 10,        IX_QLEX_W_GROUP_MODIFIER = 1 << 11,
    IX_QLEX_W_STOP = 1 << 12,        IX_QLEX_W_DETERMINER = 1 << 13,
    IX_QLEX_W_AUX = 1 << 14,         IX_QLEX_W_CONNECTOR = 1 << 15,
    IX_QLEX_W_NAMING = 1 << 16,      IX_QLEX_W_TERM = 1 << 17,
    IX_QLEX_W_LINK = 1 << 18,        IX_QLEX_W_PREDICATE = 1 << 19,
    IX_QLEX_W_TITLE = 1 << 20,       IX_QLEX_W_ABBREV = 1 << 21,
    IX_QLEX_W_HONORIFIC = 1 << 22,   IX_QLEX_W_GROUP = 1 << 23,
    IX_QLEX_W_OFFICE_MOD = 1 << 24,  IX_QLEX_W_PARTICIPLE = 1 << 25,
    IX_QLEX_W_COGNITION = 1 << 26,   /* felt, believed: speech verbs of opinion */
    IX_QLEX_W_EPITHET = 1 << 27,     /* regulator, watchdog: a name for an inspectorate */
    IX_QLEX_W_INSPECTORATE = 1 << 28, /* Ofsted, CQC: an inspectorate's short name */
    IX_QLEX_W_GIVING = 1 << 29,      /* gave, issued: "X issued the following statement" */
    IX_QLEX_W_GOES_ON = 1 << 30      /* added, continued: more of the same speaker's words */
};

/* The IX_QLEX_W_* bits of the word s[a..b) (what a token's `lex` holds). */
uint32_t ix_quotes_lex_classes(const char *s, size_t a, size_t b);

/* True when token t is a word of one of the classes (IX_QLEX_W_* bits). */
static inline int ix_quotes_lex_tok_in(const ix_qtok *t, uint32_t classes)
{
    return (t->lex & classes) != 0;
}

enum {
    IX_QLEX_SPEECH = 1,    /* said, added, concluded, noted, ...           */
    IX_QLEX_JUDGE = 2      /* assessed, judged, summarised: colon intros only */
};
/* IX_QLEX_SPEECH, IX_QLEX_JUDGE or 0 for the word s[a..b). */
int ix_quotes_lex_speech_verb(const char *s, size_t a, size_t b);

/* A noun of saying whose owner follows "of" (conclusion, verdict, view,
 * findings ...). */
int ix_quotes_lex_reporting_noun(const char *s, size_t a, size_t b);

/* A participle of stance ("impressed", "concerned") after was/were: the
 * subject's own view, not a passive. */
int ix_quotes_lex_stance(const char *s, size_t a, size_t b);

enum { IX_QLEX_FEMALE = 1, IX_QLEX_MALE = 2, IX_QLEX_ANY = 3 };
enum {
    IX_QLEX_PRON_SHE = 1, IX_QLEX_PRON_HE, IX_QLEX_PRON_THEY, IX_QLEX_PRON_IT,
    IX_QLEX_PRON_FIRST     /* I, we: the writer or a body speaking of itself */
};
/* A subject pronoun (she he they it I we), or 0. */
int ix_quotes_lex_pronoun(const char *s, size_t a, size_t b);
/* Gender a pronoun form tells (she/her/hers: FEMALE; he/his/him: MALE), or 0. */
int ix_quotes_lex_pronoun_gender(const char *s, size_t a, size_t b);

/* An honorific (Dame, Sir, Mr, Ms, Dr, ...): IX_QLEX_FEMALE, IX_QLEX_MALE or
 * IX_QLEX_ANY; 0 when not one.  Case-sensitive: a capital is required.
 * *first_name is set to 1 for honorifics used with a first name alone
 * ("Dame Ann", "Sir Peter"). */
int ix_quotes_lex_honorific(const char *s, size_t a, size_t b, int *first_name);

/* Is the honorific s[a..b) part of the fullest name (Dame, Sir, Dr,
 * Professor) rather than a stand-in for a first name (Mr, Ms, Councillor)? */
int ix_quotes_lex_honorific_kept(const char *s, size_t a, size_t b);
/* Letters after a name, in capitals: CBE, OBE, QPM, KC ... */
int ix_quotes_lex_postnominal(const char *s, size_t a, size_t b);
/* A month, a weekday or a direction ("October", "North"): never a speaker
 * on its own. */
int ix_quotes_lex_not_speaker(const char *s, size_t a, size_t b);

/* A word that makes a phrase a role or office: Chief, Inspector, Director... */
int ix_quotes_lex_role_word(const char *s, size_t a, size_t b);
/* A word that qualifies an office before its role word: "General
 * Secretary", "Assistant Chief Constable", "Acting Governor". */
int ix_quotes_lex_office_modifier(const char *s, size_t a, size_t b);
/* A past participle that opens a reduced relative clause after a noun:
 * any lower-case word in -ed ("published", "released"), or an irregular
 * one of the table ("written", "led", "undertaken"). */
int ix_quotes_lex_participle(const char *s, size_t a, size_t b);
/* A word that makes a capitalised phrase an organisation: Company, Ministry... */
int ix_quotes_lex_org_word(const char *s, size_t a, size_t b);
/* Nouns an inspected body is called by in its own answer: "the practice
 * said", "the trust added", "the council said". */
int ix_quotes_lex_body_noun(const char *s, size_t a, size_t b);
/* True when s[a..b) holds a word naming one person's office that a pronoun
 * can stand for ("a spokesman for ...", "the council leader"). */
int ix_quotes_lex_role_in(const char *s, size_t a, size_t b);

enum { IX_QLEX_GROUP_PLURAL = 1, IX_QLEX_GROUP_SINGULAR = 2 };
/* A noun naming a body that speaks or writes (inspectors, report,
 * spokesperson, staff, ...): IX_QLEX_GROUP_PLURAL/SINGULAR, or 0.  *canon
 * is set to the name the record uses for it ("Inspectors", "report") or NULL
 * when the phrase as written is the name. */
int ix_quotes_lex_group(const char *s, size_t a, size_t b, const char **canon);

/* A word that stays part of a group's name before its noun ("the
 * inspection report", "a council spokesperson"). */
int ix_quotes_lex_group_modifier(const char *s, size_t a, size_t b);

/* Capitalised function words that never start or extend a name (The, This,
 * However, Overall, ...). */
int ix_quotes_lex_stopword(const char *s, size_t a, size_t b);
/* Determiners that may open a noun phrase (the a an its their ...). */
int ix_quotes_lex_determiner(const char *s, size_t a, size_t b);
/* Words allowed between a subject and its speech verb (had, has, also,
 * then, ...). */
int ix_quotes_lex_aux(const char *s, size_t a, size_t b);
/* Connectors inside a name or role run (of, for, and, the, &). */
int ix_quotes_lex_connector(const char *s, size_t a, size_t b);

/* True when s[a..b), trimmed of spaces and . , ; : ! ?, is a rating or
 * judgement band label ("Requires improvement", 'Good', "poor"). */
int ix_quotes_lex_band_label(const char *s, size_t a, size_t b);
/* A band that is also a plain adjective of judgement ("poor", "weak",
 * "insufficient", ...): a reported word, not a label, unless a rating word
 * (ix_quotes_lex_rating_cue: rated, graded, judged, ...) comes before it. */
int ix_quotes_lex_narrative_band(const char *s, size_t a, size_t b);
int ix_quotes_lex_rating_cue(const char *s, size_t a, size_t b);

/* True when s[a..b), trimmed, names a status or procedure of the regimes
 * ("special measures", "urgent notification"): quoted as a name. */
int ix_quotes_lex_status_term(const char *s, size_t a, size_t b);

/* Words before a quoted term that make it a name or coined term rather than
 * speech (so-called, dubbed, known as, entitled ...). */
int ix_quotes_lex_naming_cue(const char *s, size_t a, size_t b);
/* Nouns after which a quoted title follows ("the report 'X'", "guidance
 * entitled 'Y'"). */
int ix_quotes_lex_title_cue(const char *s, size_t a, size_t b);

/* Nouns that present a quoted term ("the concept of 'X'", "the phrase
 * 'Y'"). */
int ix_quotes_lex_term_cue(const char *s, size_t a, size_t b);
/* Function words that may follow a quoted fragment inside the writer's
 * sentence (to of in and was ...); a content word right after the marks
 * makes a short fragment a modifier ("the 'dog box' cells"). */
/* Is s[a..b) a word for the people a service is judged by (staff,
 * patients, prisoners, its board), who speak only with a verb of saying? */
int ix_quotes_lex_judged_people(const char *s, size_t a, size_t b);

int ix_quotes_lex_link_word(const char *s, size_t a, size_t b);

/* A noun of an inspection's written findings that speaks for it (report,
 * review, inspection, re-inspection ...): "The report on Kestrel College,
 * published today, found". */
int ix_quotes_lex_finding_noun(const char *s, size_t a, size_t b);

/* An office that stands for someone unnamed by nature (spokesperson,
 * official, member, worker ...): never resolved to a named holder. */
int ix_quotes_lex_anonymous_office(const char *s, size_t a, size_t b);

/* A preposition of place (at in across throughout within around near). */
int ix_quotes_lex_place_preposition(const char *s, size_t a, size_t b);

/* A preposition that takes an object (to with by for from among about of
 * on into ...), those of place among them. */
int ix_quotes_lex_preposition(const char *s, size_t a, size_t b);

/* One lower-case word shaped as an adjective of judgement by its ending
 * ("impressive", "disappointing", "significant", "chronic", "largest"). */
int ix_quotes_lex_judging_adjective(const char *s, size_t a, size_t b);

/* Words after which one quoted word is a judgement in the predicate: "was
 * 'weak'", "described as 'impressive'", "deemed 'unsafe'". */
int ix_quotes_lex_predicate_cue(const char *s, size_t a, size_t b);

/* Abbreviations whose full stop does not end a sentence (Mr. Dr. St.). */
int ix_quotes_lex_abbrev(const char *s, size_t a, size_t b);

/* True when s[a..b) equals w ignoring ASCII case. */
int ix_quotes_lex_is(const char *s, size_t a, size_t b, const char *w);

#endif
