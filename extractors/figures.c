#include "extractors/figures.h"

#include <ctype.h>
#include <math.h>
#include <string.h>

#include "extractors/keywords.h"
#include "extractors/numbers.h"
#include "extractors/scan.h"

/* Figures are read by a word-by-word scan of every sentence of the document
 * (body, findings and notes; never furniture) with the shared number reader,
 * not by regular expressions: the three forms below are a number followed
 * by a marker, and the number reader already knows every way of writing the
 * number.  At each word start the scan tries, after an optional qualifier
 * ('almost', 'more than'):
 *
 *   percent   "41 per cent", "41%", "forty per cent", "12.5 percent", "41pc"
 *   ratio     "four in ten", "six out of ten", "one in every five", "1 in 3",
 *             "one-in-four"
 *   fraction  "a third", "two-thirds", "three quarters", "one fifth", "half"
 *
 * and records the first that fits.  The evidence starts at the qualifier when
 * it changes the meaning ('almost two-thirds'), at the number otherwise
 * ('only a third' records 'a third').
 *
 * Not figures: ordinals ('the third-largest', 'the third of May', 'a third
 * inspection'), compounds ('half-day', 'half-time', 'quarter-final'),
 * distances and durations ('a third of the way', 'half an hour', 'half a
 * million'), mixed numbers ('two and a half'), periods of time ('the first
 * half of 2019', 'once a quarter') and 'percentage points' (a difference,
 * not a proportion). */

/* ---- word helpers ---------------------------------------------------- */

/* End of the word (letters, digits, apostrophes inside) starting at i. */
static size_t word_end(const char *s, size_t i, size_t end)
{
    while (i < end && (ix_scan_is_word_byte((unsigned char)s[i]) ||
                       (s[i] == '\'' && i + 1 < end && isalpha((unsigned char)s[i + 1]))))
        i++;
    return i;
}

/* The word before offset i (skipping blanks) within [lo, i): *ws, *we. */
static int prev_word(const char *s, size_t lo, size_t i, size_t *ws, size_t *we)
{
    size_t e = i;
    while (e > lo && ix_scan_is_blank(s[e - 1]))
        e--;
    size_t b = e;
    while (b > lo && ix_scan_is_word_byte((unsigned char)s[b - 1]))
        b--;
    if (b == e)
        return 0;
    *ws = b;
    *we = e;
    return 1;
}

static int in_list(const char *s, size_t a, size_t b, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (ix_scan_ieq(s, a, b, list[k]))
            return 1;
    return 0;
}

/* Three decimals ('two-thirds' 0.667); six for the rare tiny ratio ('one in
 * ten thousand' 0.0001) that three would round to nothing. */
static double round3(double v)
{
    if (fabs(round(v * 1e4) / 1e4 - v) < 1e-12)
        return round(v * 1e4) / 1e4;       /* 'nine out of 16' 0.5625 */
    if (v > 0 && v < 0.01)
        return round(v * 1e6) / 1e6;
    return round(v * 1000.0) / 1000.0;
}

/* ---- lexicon --------------------------------------------------------- */

/* Denominators written as words: "a third", "two-thirds", "one fifth". */
static const struct {
    const char *one, *many;
    int den;
} denominators[] = {
    {"half", NULL, 2},          /* "in half of the inspected cases" */
    {"third", "thirds", 3},     /* "only a third had been completed" */
    {"quarter", "quarters", 4}, /* "three-quarters of staff" */
    {"fifth", "fifths", 5},     /* "nearly one fifth of its caseload" */
    {"sixth", "sixths", 6},
    {"seventh", "sevenths", 7},
    {"eighth", "eighths", 8},
    {"ninth", "ninths", 9},
    {"tenth", "tenths", 10},    /* "a tenth of cases" */
};

/* Words that may follow a singular fraction ('a third', 'half') when it is
 * a proportion: "a third of cases", "half had", "a quarter (25 per cent)".
 * Anything else ('a third inspection', 'half term') reads as an ordinal or a
 * compound and is left alone. */
static const char *const fraction_followers[] = {
    "of", "the", "their", "its", "his", "her", "our", "your", "all", "these",
    "those", "them", "had", "have", "has", "were", "was", "are", "is", "did",
    "do", "does", "said", "say", "says", "reported", "felt", "thought",
    "would", "could", "should", "will", "can", "may", "might", "must",
    "also", "still", "now", "only", "received", "needed", "lacked",
    "showed", "met", "got", "went", "being", "been", "again",
    /* adverbs of frequency and negation: "a third never received a visit" */
    "never", "not", "rarely", "seldom", "always", "often", "usually", "sometimes",
    /* answering: "more than a third responding", "half agreed" */
    "responded", "responding", "agreed", "disagreed", "told", "stated", "answered",
    /* saying and holding a view, each form: "over a quarter claiming to have
     * been assaulted", "a fifth saying they felt unsafe" */
    "saying", "telling", "stating", "reporting", "answering", "agreeing",
    "claimed", "claiming", "admitted", "admitting",
    "described", "describing", "believed", "believing", "feeling", "thinking",
    "considered", "considering", "complained", "complaining", "indicated",
    "indicating", "expressed", "expressing", "mentioned", "mentioning",
    "rated", "rating", "identified", "identifying", "commented", "commenting",
    /* a share of a change: "risen by nearly a fifth in a year" */
    "in", NULL
};

/* Words before a fraction that make it a period of time or an ordinal
 * phrase: "the first half of 2019", "once a quarter", "the other half". */
static const char *const fraction_blockers[] = {
    "first", "second", "third", "fourth", "last", "final", "latter", "former",
    "other", "top", "bottom", "opening", "closing", "previous", "next", "this",
    "each", "every", "per", "once", "twice", "times", "the", NULL
};

/* What follows "of" in a distance or duration: "a third of the way". */
static const char *const fraction_measures[] = {
    "way", "hour", "century", "decade", "mile", "day", "year", NULL
};

/* What follows "of a" in a number: "a quarter of a million people" is a
 * count, not a share ("a quarter of the million people" is a share). */
static const char *const fraction_of_numbers[] = {
    "million", "billion", "thousand", "hundred", "dozen", NULL
};

/* ---- the three forms -------------------------------------------------- */

typedef struct fig {
    double value;
    const char *kind, *rule;
    size_t end;
} fig;

/* "pc", the newspapers' per cent, in lower case only ("PC Jones" is a
 * police constable). */
static int is_pc(const char *s, size_t a, size_t b)
{
    return b == a + 2 && s[a] == 'p' && s[a + 1] == 'c';
}

/* A number glued to "pc" at p ("41pc", "8.5pc"): where the "pc" starts, or
 * 0.  The number reader refuses a number run into letters, so the caller
 * reads the digits up to there. */
static size_t glued_pc(const char *s, size_t p, size_t end)
{
    size_t i = p;
    while (i < end && (isdigit((unsigned char)s[i]) ||
                       (s[i] == '.' && i > p && i + 1 < end && isdigit((unsigned char)s[i + 1]))))
        i++;
    if (i == p || i + 2 > end || !is_pc(s, i, i + 2) ||
        (i + 2 < end && ix_scan_is_word_byte((unsigned char)s[i + 2])))
        return 0;
    return i;
}

/* "41 per cent", "41%", "41 percent", "41 per-cent", "41 pc": the marker after a
 * number ending at e.  Returns the end of the marker, or 0. */
static size_t percent_marker(const char *s, size_t e, size_t end, int *sign)
{
    size_t i = ix_scan_skip_blanks(s, e, end);
    *sign = 0;
    if (i < end && s[i] == '%') {
        *sign = 1;
        return i + 1;
    }
    if (i == e)
        return 0;                         /* "41per" */
    size_t we = word_end(s, i, end);
    if (ix_scan_ieq(s, i, we, "percent") || is_pc(s, i, we))
        return we;
    if (ix_scan_ieq(s, i, we, "per")) {
        size_t j = we;
        if (j < end && s[j] == '-')
            j++;
        else
            j = ix_scan_skip_blanks(s, j, end);
        size_t ce = word_end(s, j, end);
        if (ix_scan_ieq(s, j, ce, "cent"))
            return ce;
    }
    return 0;
}

/* Words between "out of" and its total: "17 out of the 60", "10 out of
 * our 14 services". */
static const char *const out_of_determiners[] = {
    "the", "our", "its", "their", "these", "those", "his", "her", "your", NULL
};

/* "one-in-four", "a one-in-three chance", "one-in-every-five": n in m
 * written as one word, the hyphen right after the count n.  The total may
 * not run on into another compound ("one-in-ten-year").  Returns the end of
 * the total, or 0. */
static size_t hyphenated_in(const char *s, const ix_number *n, size_t end, double *value,
                            const char **rule)
{
    size_t i = n->end + 1;
    size_t ie = word_end(s, i, end);
    if (!ix_scan_ieq(s, i, ie, "in") || ie >= end || s[ie] != '-')
        return 0;
    i = ie + 1;
    ie = word_end(s, i, end);
    if (ix_scan_ieq(s, i, ie, "every")) {
        if (ie >= end || s[ie] != '-')
            return 0;
        i = ie + 1;
    }
    ix_number m;
    if (!ix_numbers_read_bare(s, i, end, &m) || m.value != floor(m.value) || m.decimal ||
        m.value < 2 || m.value > 1e6 || m.value <= n->value)
        return 0;
    if (m.end < end && s[m.end] == '-')
        return 0;
    if (!m.words && !m.grouped && m.value >= 1800 && m.value <= 2100)
        return 0;
    *value = round3(n->value / m.value);
    *rule = "figures.n_in_m";
    return m.end;
}

/* "four in ten", "six out of ten", "one in every five", "1 in 3", "17 out
 * of the 60". */
static size_t ratio_tail(const char *s, const ix_number *n, size_t end, double *value,
                         const char **rule)
{
    if (n->value < 1 || n->value != floor(n->value) || n->decimal)
        return 0;
    if (n->end < end && s[n->end] == '-')
        return hyphenated_in(s, n, end, value, rule);
    size_t i = ix_scan_skip_blanks(s, n->end, end);
    if (i == n->end)
        return 0;
    size_t we = word_end(s, i, end);
    if (ix_scan_ieq(s, i, we, "in")) {
        *rule = "figures.n_in_m";
    } else if (ix_scan_ieq(s, i, we, "out")) {
        size_t j = ix_scan_skip_blanks(s, we, end);
        size_t oe = word_end(s, j, end);
        if (j == we || !ix_scan_ieq(s, j, oe, "of"))
            return 0;
        we = oe;
        *rule = "figures.n_out_of_m";
    } else {
        return 0;
    }
    i = ix_scan_skip_blanks(s, we, end);
    if (i == we)
        return 0;
    size_t ee = word_end(s, i, end);
    /* "one in every five", "17 out of the 60 cases" */
    if (ix_scan_ieq(s, i, ee, "every") ||
        (*rule && strcmp(*rule, "figures.n_out_of_m") == 0 &&
         in_list(s, i, ee, out_of_determiners))) {
        i = ix_scan_skip_blanks(s, ee, end);
        if (i == ee)
            return 0;
    }
    ix_number m;
    if (!ix_numbers_read_bare(s, i, end, &m))
        return 0;
    if (m.value != floor(m.value) || m.decimal || m.value < 2 || m.value > 1e6 ||
        m.value <= n->value)
        return 0;
    /* "two in 2019": a bare four-digit year is not a denominator */
    if (!m.words && !m.grouped && m.value >= 1800 && m.value <= 2100)
        return 0;
    *value = round3(n->value / m.value);
    return m.end;
}

/* The total after "out of" at i (a determiner allowed, as in ratio_tail)
 * for a count n: its end with *value, or 0. */
static size_t out_of_total(const char *s, double n, size_t i, size_t end, double *value)
{
    size_t ee = word_end(s, i, end);
    if (in_list(s, i, ee, out_of_determiners)) {
        i = ix_scan_skip_blanks(s, ee, end);
        if (i == ee)
            return 0;
    }
    ix_number m;
    if (!ix_numbers_read_bare(s, i, end, &m) || m.value != floor(m.value) || m.decimal ||
        m.value < 2 || m.value > 1e6 || m.value <= n)
        return 0;
    if (!m.words && !m.grouped && m.value >= 1800 && m.value <= 2100)
        return 0;                          /* "one out of 2019" */
    *value = round3(n / m.value);
    return m.end;
}

/* The other two ways prose writes "N out of M" (figures.n_out_of_m):
 * hyphenated as one word, "seven-out-of-ten services", and with the thing
 * counted between, "Twelve prisons out of 20", "30 English regions out of
 * 35".  Up to three plain words may stand between (letters only: no number,
 * no "in"/"of", so "4 in 10 out of 12" is not read twice).  n is the count
 * just read, ending at n->end.  Returns the end of the total, or 0. */
static size_t out_of_spread(const char *s, const ix_number *n, size_t end, double *value)
{
    if (n->value < 1 || n->value != floor(n->value) || n->decimal)
        return 0;
    size_t i = n->end;
    if (i + 8 <= end && s[i] == '-') {    /* "-out-of-" */
        size_t oe = word_end(s, i + 1, end);
        if (!ix_scan_ieq(s, i + 1, oe, "out") || oe >= end || s[oe] != '-')
            return 0;
        size_t fe = word_end(s, oe + 1, end);
        if (!ix_scan_ieq(s, oe + 1, fe, "of") || fe >= end || s[fe] != '-')
            return 0;
        return out_of_total(s, n->value, fe + 1, end, value);
    }
    for (int words = 0; words <= 3; words++) {
        size_t w = ix_scan_skip_blanks(s, i, end);
        if (w == i)
            return 0;
        size_t we = word_end(s, w, end);
        if (we == w)
            return 0;
        if (ix_scan_ieq(s, w, we, "out")) {
            if (words == 0)
                return 0;                  /* ratio_tail's plain form */
            size_t f = ix_scan_skip_blanks(s, we, end);
            size_t fe = word_end(s, f, end);
            if (f == we || !ix_scan_ieq(s, f, fe, "of"))
                return 0;
            size_t t = ix_scan_skip_blanks(s, fe, end);
            return t == fe ? 0 : out_of_total(s, n->value, t, end, value);
        }
        for (size_t k = w; k < we; k++)
            if (!isalpha((unsigned char)s[k]) && s[k] != '-')
                return 0;
        if (ix_scan_ieq(s, w, we, "in") || ix_scan_ieq(s, w, we, "of") ||
            ix_numbers_word_value(s, w, we) >= 0)
            return 0;
        i = we;
    }
    return 0;
}

/* A fraction in words at p: "a third", "two-thirds", "one fifth", "half". */
static size_t fraction_at(const char *s, size_t lo, size_t p, size_t end, double *value)
{
    size_t we = word_end(s, p, end);
    int num = 0, article = 0;
    size_t dp;                             /* start of the denominator word */
    if (ix_scan_ieq(s, p, we, "a") || ix_scan_ieq(s, p, we, "an")) {
        num = 1;
        article = 1;
    } else {
        double v = ix_numbers_word_value(s, p, we);
        if (v >= 1 && v <= 9)
            num = (int)v;
    }
    if (num) {
        if (we < end && s[we] == '-' && !article)
            dp = we + 1;
        else {
            dp = ix_scan_skip_blanks(s, we, end);
            if (dp == we)
                return 0;
        }
    } else {
        dp = p;                            /* bare "half" */
    }
    size_t de = word_end(s, dp, end);
    int den = 0, plural = 0;
    for (size_t k = 0; k < sizeof denominators / sizeof *denominators; k++) {
        if (ix_scan_ieq(s, dp, de, denominators[k].one)) {
            den = denominators[k].den;
            break;
        }
        if (denominators[k].many && ix_scan_ieq(s, dp, de, denominators[k].many)) {
            den = denominators[k].den;
            plural = 1;
            break;
        }
    }
    if (!den)
        return 0;
    if (!num) {
        if (den != 2)
            return 0;                      /* "third" alone is an ordinal */
    } else if ((num == 1) == plural || num >= den) {
        return 0;                          /* "one thirds", "four thirds" */
    }
    /* compounds: "third-largest", "half-day", "quarter-final" */
    if (de < end && s[de] == '-' && de + 1 < end && isalpha((unsigned char)s[de + 1]))
        return 0;
    /* the word before: "the first half", "once a quarter", "two and a half" */
    size_t bs, be;
    if (prev_word(s, lo, p, &bs, &be)) {
        if (in_list(s, bs, be, fraction_blockers))
            return 0;
        if (ix_scan_ieq(s, bs, be, "and")) {
            size_t b2s, b2e;
            if (prev_word(s, lo, bs, &b2s, &b2e) && ix_numbers_read_bare(s, b2s, b2e, NULL))
                return 0;
        }
        /* "cut in half." */
        if (!num && ix_scan_ieq(s, bs, be, "in")) {
            size_t f = ix_scan_skip_blanks(s, de, end);
            if (f >= end || !ix_scan_is_word_byte((unsigned char)s[f]))
                return 0;
        }
    }
    /* the word after */
    size_t f = ix_scan_skip_blanks(s, de, end);
    size_t fe = word_end(s, f, end);
    if (fe > f) {
        if (!plural && !in_list(s, f, fe, fraction_followers))
            return 0;                      /* "a third inspection", "half term" */
        if (ix_scan_ieq(s, f, fe, "of")) {
            size_t g = ix_scan_skip_blanks(s, fe, end);
            size_t ge = word_end(s, g, end);
            int a_of = ix_scan_ieq(s, g, ge, "a");
            if (ix_scan_ieq(s, g, ge, "the") || a_of || ix_scan_ieq(s, g, ge, "an")) {
                g = ix_scan_skip_blanks(s, ge, end);
                ge = word_end(s, g, end);
            }
            if (in_list(s, g, ge, fraction_measures))
                return 0;                  /* "a third of the way" */
            if (a_of && in_list(s, g, ge, fraction_of_numbers))
                return 0;                  /* "a quarter of a million" */
        }
    }
    *value = round3((double)(num ? num : 1) / den);
    return de;
}

/* True when the word before p is a number ("Twenty two jails": at "two"),
 * so that a reading at p would be the tail of a longer one. */
static int number_word_before(const char *s, size_t lo, size_t p)
{
    size_t bs, be;
    if (!prev_word(s, lo, p, &bs, &be))
        return 0;
    for (size_t k = bs; k < be; k++)
        if (isdigit((unsigned char)s[k]))
            return 1;
    return ix_numbers_word_value(s, bs, be) >= 0;
}

/* Try every form at word start p (after an optional qualifier). */
static int figure_at(const char *s, size_t lo, size_t p, size_t end, fig *out,
                     ix_approx *approx, size_t *start)
{
    ix_approx a = IX_APPROX_EXACT;
    size_t q = ix_numbers_qualifier(s, p, end, &a);
    size_t np = p + q;
    *approx = a;
    *start = a == IX_APPROX_EXACT ? np : p;
    ix_number n;
    size_t pc = glued_pc(s, np, end);
    if (pc && ix_numbers_read_bare(s, np, pc, &n) && n.end == pc) {
        out->value = round(n.value / 100.0 * 1e6) / 1e6;
        out->kind = "percent";
        out->rule = "figures.per_cent";
        out->end = pc + 2;
        return 1;
    }
    if (ix_numbers_read_bare(s, np, end, &n)) {
        int sign;
        size_t e = percent_marker(s, n.end, end, &sign);
        if (e) {
            out->value = n.value / 100.0;
            out->value = round(out->value * 1e6) / 1e6;
            out->kind = "percent";
            out->rule = sign ? "figures.percent_sign" : "figures.per_cent";
            out->end = e;
            return 1;
        }
        const char *rule = NULL;
        double v;
        e = ratio_tail(s, &n, end, &v, &rule);
        if (!e && !number_word_before(s, lo, np)) {
            e = out_of_spread(s, &n, end, &v);
            rule = "figures.n_out_of_m";
        }
        if (e) {
            out->value = v;
            out->kind = "ratio";
            out->rule = rule;
            out->end = e;
            return 1;
        }
    }
    double v;
    size_t e = fraction_at(s, lo, np, end, &v);
    if (e) {
        out->value = v;
        out->kind = "fraction";
        out->rule = "figures.fraction_word";
        out->end = e;
        return 1;
    }
    return 0;
}

/* ---- stage ------------------------------------------------------------ */

int ix_figures_init(void **state, ix_err *err)
{
    (void)err;
    *state = NULL;                         /* no patterns: a lexical scan */
    return IX_OK;
}

/* Markers standing as words: "41 per cent", "four in ten", "half". */
static const char *const markers[] = {
    "per", "in", "out", "half", "third", "quarter", "fifth", "sixth",
    "seventh", "eighth", "ninth", "tenth", NULL
};

/* Stems anywhere: plural denominators and 'percent' end in other letters
 * ("two-thirds", "quarters", "percentage"). */
static const char *const stems[] = {"third", "quart", "fifth", "tenth", "perce", "pc", NULL};

const char *const *const ix_figures_keywords[] = {markers, stems, NULL};

/* Cheap test that a sentence could hold a figure: a '%' or one of the
 * marker words.  Keeps the word-by-word scan off most sentences.  A stem
 * counts at any case for 'third' and 'tenth', in lower case for the
 * others (as the scan this replaced read them). */
static int may_hold_figure(const ix_doc *doc, size_t a, size_t b)
{
    if (memchr(doc->norm + a, '%', b - a))
        return 1;
    if (ix_keywords_any(doc, a, b, markers))
        return 1;
    for (size_t k = 0; stems[k]; k++) {
        int any_case = stems[k][0] == 't';
        if (ix_keywords_contains(doc, a, b, stems[k], !any_case))
            return 1;
    }
    return 0;
}

/* True when the word run ending just before the blanks before p is (the
 * end of) a number: it holds a digit ("1 in 3", "4.5k") or is a number word
 * ("four in ten", "twenty-one in"). */
static int number_before(const char *s, size_t a, size_t p)
{
    size_t q = p;
    while (q > a && ix_scan_is_blank(s[q - 1]))
        q--;
    if (q == p && q > a && s[q - 1] == '-')
        q--;                               /* "one-in-four" */
    else if (q == p)
        return 0;
    size_t r = q;
    while (r > a && ix_scan_is_word_byte((unsigned char)s[r - 1]))
        r--;
    for (size_t k = r; k < q; k++)
        if (isdigit((unsigned char)s[k]))
            return 1;
    return r < q && ix_numbers_word_value(s, r, q) >= 0;
}

enum { NDENOMINATORS = sizeof denominators / sizeof *denominators };

/* The denominators the document holds anywhere (bit k for
 * denominators[k].one, any case): a sentence is asked only about those. */
static unsigned held_denominators(const ix_doc *doc)
{
    unsigned held = 0;
    for (size_t k = 0; k < NDENOMINATORS; k++)
        if (ix_keywords_contains(doc, 0, doc->norm_len, denominators[k].one, 0))
            held |= 1u << k;
    return held;
}

/* True when the "out" at p is followed by "of" (after a blank or a hyphen):
 * the spread forms of out_of_spread, whose count may stand words before. */
static int out_of_at(const char *s, size_t p, size_t b)
{
    size_t i = p + 3;
    if (i >= b || (s[i] != '-' && !ix_scan_is_blank(s[i])))
        return 0;
    i = s[i] == '-' ? i + 1 : ix_scan_skip_blanks(s, i, b);
    return ix_scan_ieq(s, i, word_end(s, i, b), "of");
}

/* Can the scan find a figure in [a, b)?  Every figure holds a '%', the
 * word "per" ("per cent"), a word starting "perce" ("percent"), "pc" in
 * lower case ("41pc"), a word starting with a denominator ("thirds" in
 * "two-thirds"; of those the document holds, `held`) or an "in" or "out"
 * right after a number, a blank or a hyphen between ("four in ten", "6 out
 * of 10", "one-in-four"); a sentence with none of them is not read word by
 * word. */
static int figure_possible(const ix_doc *doc, size_t a, size_t b, unsigned held)
{
    if (memchr(doc->norm + a, '%', b - a) || ix_keywords_find(doc, a, b, "per") != (size_t)-1 ||
        ix_keywords_word_start(doc, a, b, "perce") || ix_keywords_contains(doc, a, b, "pc", 1))
        return 1;
    for (size_t k = 0; k < NDENOMINATORS; k++)
        if ((held & 1u << k) && ix_keywords_word_start(doc, a, b, denominators[k].one))
            return 1;
    static const char *const ratio_words[] = {"in", "out"};
    for (size_t k = 0; k < 2; k++)
        for (size_t p = ix_keywords_find(doc, a, b, ratio_words[k]); p != (size_t)-1;
             p = ix_keywords_find(doc, p + 1, b, ratio_words[k]))
            if (number_before(doc->norm, a, p) || (k == 1 && out_of_at(doc->norm, p, b)))
                return 1;
    return 0;
}

int ix_figures_run(const void *state, ix_doc *doc, ix_err *err)
{
    (void)state;
    const char *s = doc->norm;
    unsigned held = held_denominators(doc);
    for (size_t si = 0; si < doc->sents.n; si++) {
        /* The body's figures, not the notes' background (market shares,
         * national statistics) nor furniture. */
        if (!ix_scan_sent_in(doc, si, IX_IN_PROSE))
            continue;
        size_t a = doc->sents.items[si].norm.start, b = doc->sents.items[si].norm.end;
        if (b <= a || b > doc->norm_len || !figure_possible(doc, a, b, held) ||
            !may_hold_figure(doc, a, b))
            continue;
        size_t p = a;
        while (p < b) {
            unsigned char c = (unsigned char)s[p];
            if (!isalnum(c) || (p > a && ix_scan_is_word_byte((unsigned char)s[p - 1])) ||
                (p > a + 1 && s[p - 1] == '-' && isalpha((unsigned char)s[p - 2]))) {
                /* inside a word, or after a hyphen that joins it to one
                 * ("Forty-eighty per cent" holds no "eighty per cent") */
                p++;
                continue;
            }
            fig f;
            ix_approx approx;
            size_t start;
            if (figure_at(s, a, p, b, &f, &approx, &start)) {
                ix_figure *x = IX_VEC_PUSH(doc->arena, doc->figures);
                if (!x)
                    return ix_err_set(err, IX_ENOMEM, "figures: out of memory");
                x->value = f.value;
                x->kind = f.kind;
                x->approx = approx;
                x->text = NULL;
                x->rule = f.rule;
                ix_scan_evidence(doc, start, f.end, &x->span, &x->norm);
                p = f.end;
                continue;
            }
            p = word_end(s, p, b);
        }
    }
    return IX_OK;
}

void ix_figures_fini(void *state)
{
    (void)state;
}
