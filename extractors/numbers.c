#include "extractors/numbers.h"

#include <ctype.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "extractors/scan.h"
#include "pipeline/phrases.h"

/* Word bytes: ASCII letters and digits, and any non-ASCII byte, so that a
 * number glued to '£' or '€' (money) or to a letter ('a6', 'M62') is not
 * read as a count. */
static int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t';
}

/* True when s[a..) starts with the ASCII word w (case-insensitive) that
 * ends at a non-word byte or at `end`. */
static int word_at(const char *s, size_t a, size_t end, const char *w)
{
    size_t n = strlen(w);
    if (a + n > end || strncasecmp(s + a, w, n) != 0)
        return 0;
    return a + n == end || !ix_scan_is_word_byte((unsigned char)s[a + n]);
}

/* ---- qualifiers ------------------------------------------------------ */

/* Longer phrases sit before their prefixes ('just under' before 'just'). */
static const struct {
    const char *text;
    ix_approx approx;
} qualifiers[] = {
    {"approximately", IX_APPROX_ABOUT},     /* "approximately 1,900 people" */
    {"about", IX_APPROX_ABOUT},             /* "about 4,750 offenders" */
    {"around", IX_APPROX_ABOUT},            /* "around 2,950 people" */
    {"roughly", IX_APPROX_ABOUT},           /* "roughly 800 children" */
    {"circa", IX_APPROX_ABOUT},             /* "circa 3,000 cases" */
    {"an estimated", IX_APPROX_ABOUT},      /* "an estimated 6,000 adults" */
    {"some", IX_APPROX_ABOUT},              /* "some 4,100 people" */
    {"more than", IX_APPROX_MORE_THAN},     /* "more than 5,500 offenders" */
    {"just over", IX_APPROX_MORE_THAN},     /* "just over 1,000 people" */
    {"well over", IX_APPROX_MORE_THAN},     /* "well over 2,000 cases" */
    {"slightly more than", IX_APPROX_MORE_THAN},
    {"over", IX_APPROX_MORE_THAN},          /* "over 1,100 children" */
    {"in excess of", IX_APPROX_MORE_THAN},  /* "in excess of 7,000 people" */
    {"upwards of", IX_APPROX_MORE_THAN},    /* "upwards of 900 young people" */
    {"at least", IX_APPROX_MORE_THAN},      /* "at least 300 children" */
    {"just above", IX_APPROX_MORE_THAN},    /* "just above 50 per cent" */
    {"above", IX_APPROX_MORE_THAN},         /* "above 100% of the target" */
    {"greater than", IX_APPROX_MORE_THAN},  /* "greater than 90 per cent" */
    {"higher than", IX_APPROX_MORE_THAN},
    {"close to", IX_APPROX_NEARLY},         /* "close to 40 per cent" */
    {"slightly less than", IX_APPROX_NEARLY},
    {"slightly fewer than", IX_APPROX_NEARLY},
    {"no more than", IX_APPROX_LESS_THAN},  /* "no more than 15 per cent" */
    {"at most", IX_APPROX_LESS_THAN},
    {"well under", IX_APPROX_LESS_THAN},    /* "well under 10 per cent" */
    {"well below", IX_APPROX_LESS_THAN},
    {"lower than", IX_APPROX_LESS_THAN},
    {"nearly", IX_APPROX_NEARLY},           /* "nearly 12,000 people" */
    {"almost", IX_APPROX_NEARLY},           /* "almost 18 per cent" */
    {"just under", IX_APPROX_NEARLY},       /* "just under 2,000 offenders" */
    {"just below", IX_APPROX_NEARLY},       /* "just below 40 per cent" */
    {"fewer than", IX_APPROX_LESS_THAN},    /* "fewer than 400 children" */
    {"less than", IX_APPROX_LESS_THAN},     /* "less than 10 per cent" */
    {"under", IX_APPROX_LESS_THAN},         /* "under 600 people" */
    {"below", IX_APPROX_LESS_THAN},         /* "below 20 per cent" */
    {"up to", IX_APPROX_LESS_THAN},         /* "up to 250 cases" */
    /* the siblings of each class: "a little over 300 people", "in the
     * region of 4,000 cases", "just short of 40 per cent", "no fewer than
     * 12 recommendations" */
    {"a little over", IX_APPROX_MORE_THAN},
    {"a little more than", IX_APPROX_MORE_THAN},
    {"slightly over", IX_APPROX_MORE_THAN},
    {"slightly above", IX_APPROX_MORE_THAN},
    {"well in excess of", IX_APPROX_MORE_THAN},
    {"well above", IX_APPROX_MORE_THAN},
    {"no fewer than", IX_APPROX_MORE_THAN},
    {"no less than", IX_APPROX_MORE_THAN},
    {"not less than", IX_APPROX_MORE_THAN},
    {"a little under", IX_APPROX_NEARLY},
    {"a little less than", IX_APPROX_NEARLY},
    {"a little fewer than", IX_APPROX_NEARLY},
    {"slightly under", IX_APPROX_NEARLY},
    {"slightly below", IX_APPROX_NEARLY},
    {"just short of", IX_APPROX_NEARLY},
    {"just shy of", IX_APPROX_NEARLY},
    {"not quite", IX_APPROX_NEARLY},
    {"approaching", IX_APPROX_NEARLY},
    {"not more than", IX_APPROX_LESS_THAN},
    {"in the region of", IX_APPROX_ABOUT},
    {"in the order of", IX_APPROX_ABOUT},
    {"of the order of", IX_APPROX_ABOUT},
    {"more or less", IX_APPROX_ABOUT},
    {"approx.", IX_APPROX_ABOUT},
    {"approx", IX_APPROX_ABOUT},
    {"only", IX_APPROX_EXACT},              /* "only 12 per cent" */
    {"just", IX_APPROX_EXACT},              /* "just 9 per cent" */
};

enum { NQUALIFIERS = sizeof qualifiers / sizeof *qualifiers };

/* The qualifiers indexed by first letter (pipeline/phrases), made on first
 * use: a word is compared with the few sharing its first letter, in table
 * order. */
static const char *qualifier_texts[NQUALIFIERS];
static ix_phrases qualifier_index;
static pthread_once_t qualifier_once = PTHREAD_ONCE_INIT;

static void qualifiers_build(void)
{
    for (size_t k = 0; k < NQUALIFIERS; k++)
        qualifier_texts[k] = qualifiers[k].text;
    ix_phrases_init(&qualifier_index, qualifier_texts, NQUALIFIERS);
}

/* One qualifier at pos, blanks after it included; 0 when none. */
static size_t one_qualifier(const char *s, size_t pos, size_t end, ix_approx *approx)
{
    if (pos > 0 && ix_scan_is_word_byte((unsigned char)s[pos - 1]))
        return 0;
    /* "c. 5,000" / "c.5,000" */
    if (pos + 2 <= end && (s[pos] == 'c' || s[pos] == 'C') && s[pos + 1] == '.' &&
        pos + 2 < end && (is_blank(s[pos + 2]) || is_digit((unsigned char)s[pos + 2]))) {
        size_t j = pos + 2;
        while (j < end && is_blank(s[j]))
            j++;
        *approx = IX_APPROX_ABOUT;
        return j - pos;
    }
    pthread_once(&qualifier_once, qualifiers_build);
    /* the first in table order of those opening with s[pos]'s letter */
    const ix_phrases *ix = &qualifier_index;
    unsigned char c0 = ix_scan_lower((unsigned char)s[pos]);
    for (size_t x = ix->first[c0]; x < ix->first[c0 + 1]; x++) {
        size_t k = ix->order[x], n = ix->len[k];
        if (pos + n >= end || strncasecmp(s + pos, qualifiers[k].text, n) != 0 || !is_blank(s[pos + n]))
            continue;
        size_t j = pos + n;
        while (j < end && is_blank(s[j]))
            j++;
        *approx = qualifiers[k].approx;
        return j - pos;
    }
    return 0;
}

size_t ix_numbers_qualifier(const char *s, size_t pos, size_t end, ix_approx *approx)
{
    ix_approx a = IX_APPROX_EXACT, q;
    size_t j = pos;
    /* At most two in a row: "only about", "just over". */
    for (int i = 0; i < 2; i++) {
        size_t n = one_qualifier(s, j, end, &q);
        if (!n)
            break;
        if (q != IX_APPROX_EXACT || i == 0)
            a = q;
        j += n;
    }
    if (j == pos)
        return 0;
    if (approx)
        *approx = a;
    return j - pos;
}

/* ---- number words ---------------------------------------------------- */

/* Cardinal words and their values, entry by entry.  "twenty-one" and
 * "three thousand" are read as sequences of these. */
const char *const ix_numbers_cardinals[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "million", "billion", "dozen", NULL
};
static const double cardinal_values[] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    11, 12, 13, 14, 15, 16, 17, 18,
    19, 20, 30, 40, 50, 60, 70, 80, 90,
    100, 1e3, 1e6, 1e9, 12,
};

enum { NCARDINALS = sizeof cardinal_values / sizeof *cardinal_values };
_Static_assert(sizeof ix_numbers_cardinals / sizeof *ix_numbers_cardinals == NCARDINALS + 1,
               "a value for every cardinal word");

/* The cardinal words indexed by first letter (pipeline/phrases), made on
 * first use: a word is compared with the few sharing its first letter. */
static ix_phrases cardinal_index;
static pthread_once_t cardinal_once = PTHREAD_ONCE_INIT;

static void cardinals_build(void)
{
    ix_phrases_init(&cardinal_index, ix_numbers_cardinals, NCARDINALS);
}

double ix_numbers_word_value(const char *s, size_t a, size_t b)
{
    if (b <= a || b - a > 9)          /* "seventeen" is the longest */
        return -1;
    pthread_once(&cardinal_once, cardinals_build);
    long k = ix_phrases_find(&cardinal_index, s, a, b);
    return k < 0 ? -1 : cardinal_values[k];
}

/* End of the ASCII letter run at a. */
static size_t letters_end(const char *s, size_t a, size_t end)
{
    while (a < end && isalpha((unsigned char)s[a]))
        a++;
    return a;
}

/* Kinds of number word, for the little grammar below. */
enum { W_NONE, W_UNIT, W_TENS, W_HUNDRED, W_DOZEN, W_SCALE };

static int word_kind(double v, const char *s, size_t a, size_t b)
{
    if (v < 0)
        return W_NONE;
    if (ix_scan_ieq(s, a, b, "dozen"))
        return W_DOZEN;
    if (v < 20)
        return W_UNIT;
    if (v < 100)
        return W_TENS;
    if (v == 100)
        return W_HUNDRED;
    return W_SCALE;
}

/* A number in words at pos: "six", "twenty-one", "two hundred and fifty",
 * "three thousand", "two dozen", "a dozen", "a hundred".  Returns bytes
 * consumed; stops before anything that does not continue the number
 * ("six-month" reads "six", "six seven" reads "six"). */
static size_t read_words(const char *s, size_t pos, size_t end, double *value)
{
    double total = 0, cur = 0;
    size_t j = pos;
    int prev = W_NONE;

    /* "a dozen", "a hundred", "a thousand", "a million" */
    if (j + 2 < end && (s[j] == 'a' || s[j] == 'A') && is_blank(s[j + 1])) {
        size_t w = j + 2;
        while (w < end && is_blank(s[w]))
            w++;
        size_t we = letters_end(s, w, end);
        if (we < end && ix_scan_is_word_byte((unsigned char)s[we]))
            return 0;
        double v = ix_numbers_word_value(s, w, we);
        int k = word_kind(v, s, w, we);
        if (k == W_DOZEN || k == W_HUNDRED) {
            cur = v;
            prev = W_HUNDRED;
        } else if (k == W_SCALE) {
            total = v;
            prev = W_SCALE;
        } else {
            return 0;
        }
        j = we;
    }

    for (;;) {
        size_t w = j;
        int hyphen = 0, and = 0;
        if (prev != W_NONE) {
            if (w < end && s[w] == '-') {
                hyphen = 1;
                w++;
            } else {
                while (w < end && is_blank(s[w]))
                    w++;
                if (w == j)
                    break;
                if ((prev == W_HUNDRED || prev == W_SCALE) && word_at(s, w, end, "and")) {
                    size_t w2 = w + 3;
                    while (w2 < end && is_blank(s[w2]))
                        w2++;
                    if (w2 == w + 3)
                        break;
                    and = 1;
                    w = w2;
                }
            }
        }
        size_t we = letters_end(s, w, end);
        if (we == w || (we < end && ix_scan_is_word_byte((unsigned char)s[we])))
            break;
        double v = ix_numbers_word_value(s, w, we);
        int k = word_kind(v, s, w, we);
        if (k == W_NONE)
            break;
        if (hyphen && !(prev == W_TENS && k == W_UNIT && v >= 1))
            break;                      /* only "twenty-one" joins by hyphen */
        if (and && k != W_UNIT && k != W_TENS)
            break;                      /* "hundred and fifty", not "and thousand" */
        switch (k) {
        case W_UNIT:
            if (prev == W_UNIT || prev == W_DOZEN || (prev == W_TENS && v == 0) ||
                (prev == W_TENS && v >= 10))
                goto done;              /* "six seven", "twenty eleven" */
            cur += v;
            break;
        case W_TENS:
            if (prev == W_UNIT || prev == W_TENS || prev == W_DOZEN)
                goto done;
            cur += v;
            break;
        case W_HUNDRED:
            if ((prev != W_UNIT && prev != W_TENS) || cur <= 0 || cur >= 100)
                goto done;
            cur *= 100;
            break;
        case W_DOZEN:
            if ((prev != W_UNIT && prev != W_TENS) || cur <= 0)
                goto done;
            cur *= 12;
            break;
        default:                        /* thousand, million, billion */
            if (prev == W_NONE || prev == W_SCALE || cur <= 0)
                goto done;
            total += cur * v;
            cur = 0;
            break;
        }
        prev = k;
        j = we;
    }
done:
    if (prev == W_NONE)
        return 0;
    *value = total + cur;
    return j - pos;
}

/* ---- digits ---------------------------------------------------------- */

/* A number in digits at pos: "3,629", "5500", "4.5", "4.5k", "1.2 million",
 * "3 thousand".  Returns bytes consumed. */
static size_t read_digits(const char *s, size_t pos, size_t end, double *value,
                          int *grouped, int *decimal)
{
    size_t j = pos;
    double v = 0;
    int nd = 0;
    *grouped = *decimal = 0;
    while (j < end && is_digit((unsigned char)s[j]) && nd < 15) {
        v = v * 10 + (s[j] - '0');
        j++;
        nd++;
    }
    if (nd == 0 || (j < end && is_digit((unsigned char)s[j])))
        return 0;
    /* thousands groups: exactly three digits after each comma */
    if (nd <= 3) {
        while (j + 3 < end && s[j] == ',' && is_digit((unsigned char)s[j + 1]) &&
               is_digit((unsigned char)s[j + 2]) && is_digit((unsigned char)s[j + 3]) &&
               (j + 4 >= end || !is_digit((unsigned char)s[j + 4]))) {
            v = v * 1000 + (s[j + 1] - '0') * 100 + (s[j + 2] - '0') * 10 + (s[j + 3] - '0');
            j += 4;
            *grouped = 1;
        }
    }
    if (j + 1 < end && s[j] == '.' && is_digit((unsigned char)s[j + 1])) {
        double scale = 0.1;
        j++;
        int nf = 0;
        while (j < end && is_digit((unsigned char)s[j])) {
            if (nf < 12)
                v += (s[j] - '0') * scale;
            scale /= 10;
            j++;
            nf++;
        }
        *decimal = 1;
    }
    /* multiplier suffix glued on: 4.5k, 2m, 1.2bn */
    if (j < end && (s[j] == 'k' || s[j] == 'K') && (j + 1 >= end || !ix_scan_is_word_byte((unsigned char)s[j + 1]))) {
        v *= 1e3;
        j++;
    } else if (j < end && s[j] == 'm' && (j + 1 >= end || !ix_scan_is_word_byte((unsigned char)s[j + 1]))) {
        v *= 1e6;
        j++;
    } else if (j + 1 < end && s[j] == 'b' && s[j + 1] == 'n' &&
               (j + 2 >= end || !ix_scan_is_word_byte((unsigned char)s[j + 2]))) {
        v *= 1e9;
        j += 2;
    } else if (j < end && is_blank(s[j])) {
        /* a scale word after a blank: "1.2 million", "3 thousand" */
        size_t w = j;
        while (w < end && is_blank(s[w]))
            w++;
        size_t we = letters_end(s, w, end);
        double sc = ix_numbers_word_value(s, w, we);
        if ((sc == 100 || sc >= 1000) && (we >= end || !ix_scan_is_word_byte((unsigned char)s[we]))) {
            v *= sc;
            j = we;
        }
    }
    if (j < end && ix_scan_is_word_byte((unsigned char)s[j]))
        return 0;                 /* "21st", "1980s", "12b" */
    *value = v;
    return j - pos;
}

/* ---- the reader ------------------------------------------------------ */

static int starts_inside_word(const char *s, size_t pos)
{
    if (pos == 0)
        return 0;
    unsigned char p = (unsigned char)s[pos - 1];
    if (ix_scan_is_word_byte(p))
        return 1;
    /* the tail of "3,629" or "4.5" */
    if ((p == ',' || p == '.') && pos >= 2 && is_digit((unsigned char)s[pos - 2]) &&
        is_digit((unsigned char)s[pos]))
        return 1;
    return 0;
}

size_t ix_numbers_next_digit(const char *s, size_t from)
{
    return from + strcspn(s + from, "0123456789");
}

size_t ix_numbers_read_bare(const char *s, size_t pos, size_t end, ix_number *out)
{
    if (!s || pos >= end || starts_inside_word(s, pos))
        return 0;
    ix_number n;
    memset(&n, 0, sizeof n);
    size_t len;
    if (is_digit((unsigned char)s[pos]))
        len = read_digits(s, pos, end, &n.value, &n.grouped, &n.decimal);
    else if (isalpha((unsigned char)s[pos])) {
        len = read_words(s, pos, end, &n.value);
        n.words = 1;
    } else
        return 0;
    if (!len)
        return 0;
    n.approx = IX_APPROX_EXACT;
    n.start = n.num_start = pos;
    n.end = pos + len;
    if (out)
        *out = n;
    return len;
}

size_t ix_numbers_read(const char *s, size_t pos, size_t end, ix_number *out)
{
    if (!s || pos >= end)
        return 0;
    ix_approx a = IX_APPROX_EXACT;
    size_t q = ix_numbers_qualifier(s, pos, end, &a);
    ix_number n;
    size_t len = ix_numbers_read_bare(s, pos + q, end, &n);
    if (!len && q)
        return 0;
    if (!len)
        return 0;
    n.start = pos;
    n.approx = q ? a : IX_APPROX_EXACT;
    if (out)
        *out = n;
    return n.end - pos;
}

size_t ix_numbers_find(const char *s, size_t pos, size_t end, ix_number *out)
{
    for (size_t i = pos; i < end; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!isalnum(c) || starts_inside_word(s, i))
            continue;
        if (ix_numbers_read(s, i, end, out))
            return i;
    }
    return (size_t)-1;
}

const char *ix_numbers_approx_name(ix_approx a)
{
    switch (a) {
    case IX_APPROX_MORE_THAN: return "more_than";
    case IX_APPROX_LESS_THAN: return "less_than";
    case IX_APPROX_ABOUT: return "about";
    case IX_APPROX_NEARLY: return "nearly";
    case IX_APPROX_EXACT: break;
    }
    return "exact";
}
