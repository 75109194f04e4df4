#include "extractors/dates_parse.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extractors/scan.h"

/* The reader works on words and digit runs rather than one large regular
 * expression: the forms combine freely (a weekday, an ordinal, 'of', a
 * comma, a time before or after, a range whose first half borrows its month
 * and year from the second), and every reading must be checked against the
 * calendar anyway.  Each reader below takes a position and returns the end
 * of what it read, or 0.
 *
 * Grammar, informally ([] optional, | alternatives):
 *
 *   expr    := relative | time-first | qualified | season | range
 *   relative:= today | yesterday | tomorrow        (not when '(date)' follows)
 *   time-first := TIME [hrs] [on|,] part-with-day  "00.01 on Wednesday 7 November 2018"
 *   qualified  := QUAL (MONTH YEAR | YEAR)         "the end of March 2021", "late 2018"
 *   season  := [the] SEASON [of] YEAR[/YY]         "spring 2019", "winter 2018/19"
 *   range   := part [CONN part] [[,] [at] TIME]    "6-17 January 2020", "30 May 2019 00.01"
 *   part    := [WEEKDAY [,]] [the] DAY [of] MONTH [[,] YEAR]
 *            | [WEEKDAY [,]] MONTH DAY [[,] YEAR]
 *            | MONTH [,|of] YEAR | MONTH | DAY | YEAR | NUMERIC
 *   CONN    := and | & | to | until | till | through | thru | - | /
 *
 * A part without a year (DAY, MONTH, '7 November') is only a date as the
 * first half of a range that supplies it. */

/* ---- characters and words -------------------------------------------- */

static int is_wc(unsigned char c)
{
    return ix_scan_is_word_byte(c);
}

static int is_dig(char c)
{
    return c >= '0' && c <= '9';
}

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Skip a few blanks (a date never spans a long run of white space). */
static size_t skip_sp(const char *s, size_t i, size_t end)
{
    size_t n = 0;
    while (i < end && n < 16 && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) {
        i++;
        n++;
    }
    return i;
}

/* End of the ASCII letter run at i when it is a whole word, else 0. */
static size_t word_end(const char *s, size_t i, size_t end)
{
    size_t e = i;
    while (e < end && is_alpha(s[e]))
        e++;
    if (e == i || (e < end && is_wc((unsigned char)s[e])))
        return 0;
    return e;
}

/* The whole word w (case-insensitive) at i: its end, else 0. */
static size_t word_is(const char *s, size_t i, size_t end, const char *w)
{
    size_t e = word_end(s, i, end);
    if (!e || !ix_scan_ieq(s, i, e, w))
        return 0;
    return e;
}

/* The words of phrase (single spaces) at i, blanks between them free:
 * the end, else 0. */
static size_t phrase_is(const char *s, size_t i, size_t end, const char *phrase)
{
    const char *p = phrase;
    size_t k = i;
    for (;;) {
        /* the phrase's next word against the word s[k..e), any case */
        size_t e = word_end(s, k, end), n = 0;
        if (!e)
            return 0;
        while (k + n < e && p[n] && p[n] != ' ' &&
               ix_scan_lower((unsigned char)s[k + n]) == ix_scan_lower((unsigned char)p[n]))
            n++;
        if (k + n != e || (p[n] && p[n] != ' '))
            return 0;
        if (!p[n])
            return e;
        size_t k2 = skip_sp(s, e, end);
        if (k2 == e)
            return 0;
        k = k2;
        p += n + 1;
    }
}

/* Digits at i (no boundary checks): end, value, count. */
static size_t read_digits(const char *s, size_t i, size_t end, int *v, int *nd)
{
    size_t e = i;
    long val = 0;
    while (e < end && is_dig(s[e])) {
        if (e - i < 9)
            val = val * 10 + (s[e] - '0');
        e++;
    }
    *v = (int)val;
    *nd = (int)(e - i);
    return e;
}

/* After a number ending at e: a word character, or [,.:/] and a digit, mean
 * the number goes on ('5,502', '12.5', '24/7', '2018a'). */
static int num_goes_on(const char *s, size_t e, size_t end)
{
    if (e >= end)
        return 0;
    if (is_wc((unsigned char)s[e]))
        return 1;
    return (s[e] == ',' || s[e] == '.' || s[e] == ':' || s[e] == '/') &&
           e + 1 < end && is_dig(s[e + 1]);
}

/* ---- lexicon --------------------------------------------------------- */

/* cap: 0 any case; 1 needs a capital (also an English word: 'may',
 * 'march'); 2 abbreviation: needs a capital, may take a full stop. */
typedef struct name_entry {
    const char *name;
    int value;
    int cap;
} name_entry;

static const name_entry month_names[] = {
    {"january", 1, 0}, {"february", 2, 0}, {"march", 3, 1}, {"april", 4, 0},
    {"may", 5, 1}, {"june", 6, 0}, {"july", 7, 0}, {"august", 8, 0},
    {"september", 9, 0}, {"october", 10, 0}, {"november", 11, 0}, {"december", 12, 0},
    {"jan", 1, 2}, {"feb", 2, 2}, {"mar", 3, 2}, {"apr", 4, 2}, {"jun", 6, 2},
    {"jul", 7, 2}, {"aug", 8, 2}, {"sep", 9, 2}, {"sept", 9, 2}, {"oct", 10, 2},
    {"nov", 11, 2}, {"dec", 12, 2}, {NULL, 0, 0},
};

/* Weekdays: 0 = Sunday. */
static const name_entry weekday_names[] = {
    {"sunday", 0, 0}, {"monday", 1, 0}, {"tuesday", 2, 0}, {"wednesday", 3, 0},
    {"thursday", 4, 0}, {"friday", 5, 0}, {"saturday", 6, 0},
    {"sun", 0, 2}, {"mon", 1, 2}, {"tue", 2, 2}, {"tues", 2, 2}, {"wed", 3, 2},
    {"thu", 4, 2}, {"thur", 4, 2}, {"thurs", 4, 2}, {"fri", 5, 2}, {"sat", 6, 2},
    {NULL, 0, 0},
};

static size_t name_at(const char *s, size_t i, size_t end, const name_entry *tab, int *value)
{
    size_t e = word_end(s, i, end);
    if (!e)
        return 0;
    /* the names are in lower case: only those opening with the word's
     * first letter are compared */
    char first = (char)ix_scan_lower((unsigned char)s[i]);
    for (const name_entry *t = tab; t->name; t++) {
        if (t->name[0] != first || !ix_scan_ieq(s, i, e, t->name))
            continue;
        if (t->cap && !(s[i] >= 'A' && s[i] <= 'Z'))
            return 0;
        /* 'Nov.' but not the full stop that ends a sentence: 'Nov.' is
         * taken only when a digit follows. */
        if (t->cap == 2 && e < end && s[e] == '.') {
            size_t k = skip_sp(s, e + 1, end);
            if (k < end && is_dig(s[k]))
                e++;
        }
        *value = t->value;
        return e;
    }
    return 0;
}

static size_t month_at(const char *s, size_t i, size_t end, int *m)
{
    return name_at(s, i, end, month_names, m);
}

int ix_dates_parse_month(const char *s, size_t i, size_t end)
{
    int m = 0;
    return month_at(s, i, end, &m) ? m : 0;
}

static size_t weekday_at(const char *s, size_t i, size_t end, int *wd)
{
    return name_at(s, i, end, weekday_names, wd);
}

/* A capitalised month name run into the digits before it, as PDF copies
 * print a day: '07August 2019'. */
static int glued_month(const char *s, size_t e, size_t end)
{
    int m;
    return e < end && s[e] >= 'A' && s[e] <= 'Z' && month_at(s, e, end, &m);
}

/* A day of the month: '7', '07', '7th', '21st', '07' of '07August'. */
static size_t day_at(const char *s, size_t i, size_t end, int *d)
{
    if (i >= end || !is_dig(s[i]))
        return 0;
    int v, nd;
    size_t e = read_digits(s, i, end, &v, &nd);
    if (nd > 2 || v < 1 || v > 31)
        return 0;
    if (glued_month(s, e, end)) {
        *d = v;
        return e;
    }
    if (e + 1 < end && is_alpha(s[e]) && is_alpha(s[e + 1])) {
        static const char *const suf[] = {"st", "nd", "rd", "th"};
        int ok = 0;
        for (int k = 0; k < 4; k++)
            if (ix_scan_ieq(s, e, e + 2, suf[k]))
                ok = 1;
        if (!ok || (e + 2 < end && is_wc((unsigned char)s[e + 2])))
            return 0;
        *d = v;
        return e + 2;
    }
    if (num_goes_on(s, e, end))
        return 0;
    *d = v;
    return e;
}

/* A four-digit year 1900..2099.  A following '/' or '-' and digits are left
 * to the range reader ('2018/19'). */
static size_t year_at(const char *s, size_t i, size_t end, int *y)
{
    if (i >= end || !is_dig(s[i]))
        return 0;
    int v, nd;
    size_t e = read_digits(s, i, end, &v, &nd);
    if (nd != 4 || v < 1900 || v > 2099)
        return 0;
    if (e < end && is_wc((unsigned char)s[e]))
        return 0;
    if (e + 1 < end && (s[e] == ',' || s[e] == '.' || s[e] == ':') && is_dig(s[e + 1]))
        return 0;
    *y = v;
    return e;
}

/* A year cut to two digits after an apostrophe, as a month takes it: the
 * '15 of "Jan '15" (2015).  Quotes are folded to ' in the text read. */
static size_t short_year_at(const char *s, size_t i, size_t end, int *y)
{
    if (i + 3 > end || s[i] != '\'' || !is_dig(s[i + 1]) || !is_dig(s[i + 2]))
        return 0;
    if (i + 3 < end && is_wc((unsigned char)s[i + 3]))
        return 0;
    *y = 2000 + (s[i + 1] - '0') * 10 + (s[i + 2] - '0');
    return i + 3;
}

/* 'am', 'pm', 'a.m.', 'p.m.': end, and *pm. */
static size_t ampm_at(const char *s, size_t i, size_t end, int *pm)
{
    if (i + 1 >= end)
        return 0;
    char c = (char)tolower((unsigned char)s[i]);
    if (c != 'a' && c != 'p')
        return 0;
    size_t e;
    if (tolower((unsigned char)s[i + 1]) == 'm')
        e = i + 2;
    else if (s[i + 1] == '.' && i + 2 < end && tolower((unsigned char)s[i + 2]) == 'm')
        e = (i + 3 < end && s[i + 3] == '.') ? i + 4 : i + 3;
    else
        return 0;
    if (e < end && is_wc((unsigned char)s[e]))
        return 0;
    *pm = c == 'p';
    return e;
}

/* A time of day: '00.01', '00:01', '09:30:00' (seconds read, not kept),
 * '6:01 am', '6.30pm', '6pm', '0001 hrs', 'midnight', 'noon', 'midday'. */
static size_t time_core(const char *s, size_t i, size_t end, int *hh, int *mm)
{
    size_t e;
    if ((e = word_is(s, i, end, "midnight"))) {
        *hh = 0, *mm = 0;
        return e;
    }
    if ((e = word_is(s, i, end, "noon")) || (e = word_is(s, i, end, "midday"))) {
        *hh = 12, *mm = 0;
        return e;
    }
    if (i >= end || !is_dig(s[i]))
        return 0;
    int h, nd, m = 0, md = 0;
    e = read_digits(s, i, end, &h, &nd);
    int have_min = 0;
    if (nd == 4) {                      /* '0001 hrs' */
        m = h % 100;
        h /= 100;
        have_min = 2;
    } else if (nd <= 2 && e + 2 < end + 1 && e < end && (s[e] == '.' || s[e] == ':') &&
               e + 1 < end && is_dig(s[e + 1])) {
        size_t me = read_digits(s, e + 1, end, &m, &md);
        if (md != 2)
            return 0;
        /* seconds, as a site's time stamp prints them: '09:30:00' */
        if (s[e] == ':' && me + 2 < end && s[me] == ':' && is_dig(s[me + 1]) &&
            is_dig(s[me + 2]) && !(me + 3 < end && is_dig(s[me + 3])))
            me += 3;
        /* '07.11.2018' is a date, '1.30.5' nothing */
        if (me < end && (s[me] == '.' || s[me] == ':' || s[me] == '/' || s[me] == ',') &&
            me + 1 < end && is_dig(s[me + 1]))
            return 0;
        e = me;
        have_min = 1;
    } else if (nd > 2) {
        return 0;
    }
    if (e < end && is_wc((unsigned char)s[e]) && !is_alpha(s[e]))
        return 0;
    /* suffix: am/pm, or hrs/hours/h */
    size_t k = skip_sp(s, e, end);
    if (k - e > 1)
        k = e;
    int pm;
    size_t ae = ampm_at(s, k, end, &pm);
    if (ae) {
        if (h < 1 || h > 12 || m > 59 || have_min == 2)
            return 0;
        *hh = (h % 12) + (pm ? 12 : 0);
        *mm = m;
        return ae;
    }
    size_t he = word_is(s, k, end, "hrs");
    if (!he)
        he = word_is(s, k, end, "hours");
    if (!he)
        he = word_is(s, k, end, "h");
    if (!have_min || (have_min == 2 && !he))
        return 0;
    if (e < end && is_alpha(s[e]) && !he)
        return 0;
    if (h > 23 || m > 59)
        return 0;
    *hh = h;
    *mm = m;
    return he ? he : e;
}

/* A time with an optional time zone after it: '00:01 BST' (the zone is
 * kept in the evidence, not in the value). */
static size_t time_at(const char *s, size_t i, size_t end, int *hh, int *mm)
{
    size_t e = time_core(s, i, end, hh, mm);
    if (!e)
        return 0;
    size_t k = skip_sp(s, e, end), z;
    if (k - e <= 1 && ((z = word_is(s, k, end, "gmt")) || (z = word_is(s, k, end, "bst")) ||
                       (z = word_is(s, k, end, "utc"))))
        return z;
    return e;
}

/* ---- calendar -------------------------------------------------------- */

int ix_dates_parse_days_in_month(int y, int m)
{
    static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dim[m - 1];
}

/* 0 = Sunday (Sakamoto). */
static int weekday_of(int y, int m, int d)
{
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3)
        y--;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

void ix_dates_parse_add_days(ix_dates_ymd *d, int n)
{
    if (d->m < 1 || d->m > 12 || d->d < 1)
        return;
    while (n > 0) {
        if (d->d < ix_dates_parse_days_in_month(d->y, d->m)) {
            d->d++;
        } else {
            d->d = 1;
            if (++d->m > 12) {
                d->m = 1;
                d->y++;
            }
        }
        n--;
    }
    while (n < 0) {
        if (d->d > 1) {
            d->d--;
        } else {
            if (--d->m < 1) {
                d->m = 12;
                d->y--;
            }
            d->d = ix_dates_parse_days_in_month(d->y, d->m);
        }
        n++;
    }
}

int ix_dates_parse_cmp(const ix_dates_ymd *a, const ix_dates_ymd *b)
{
    if (a->y != b->y)
        return a->y < b->y ? -1 : 1;
    if (a->m != b->m)
        return a->m < b->m ? -1 : 1;
    if (a->d != b->d)
        return a->d < b->d ? -1 : 1;
    return 0;
}

static int ymd_valid(const ix_dates_ymd *d)
{
    if (d->y < 1900 || d->y > 2099)
        return 0;
    if (d->m == 0)
        return d->d == 0;
    if (d->m < 1 || d->m > 12)
        return 0;
    return d->d == 0 || (d->d >= 1 && d->d <= ix_dates_parse_days_in_month(d->y, d->m));
}

/* ---- parts ----------------------------------------------------------- */

enum part_kind { P_NONE, P_D, P_DM, P_DMY, P_M, P_MD, P_MDY, P_MY, P_Y, P_NUM };

typedef struct part {
    int kind;
    int y, m, d;
    int wd;          /* named weekday, or -1 */
    int ambiguous;
    size_t b;        /* end */
} part;

static int part_complete(int k)
{
    return k == P_DMY || k == P_MDY || k == P_MY || k == P_Y || k == P_NUM;
}

static int part_has_day(int k)
{
    return k == P_DMY || k == P_MDY || k == P_NUM;
}

/* Numeric dates: '07/11/2018' and '7.11.2018' and '07-11-2018' day first,
 * '07/11/18' and '18.03.25' (two-digit years: slashes, or two digits each),
 * '2018-11-07' and '2018/11/07'. */
static size_t numeric_at(const char *s, size_t i, size_t end, part *p)
{
    if (i >= end || !is_dig(s[i]))
        return 0;
    int v1, n1, v2, n2, v3, n3;
    size_t a = read_digits(s, i, end, &v1, &n1);
    if (a >= end || (n1 != 1 && n1 != 2 && n1 != 4))
        return 0;
    char sep = s[a];
    if (sep != '/' && sep != '.' && sep != '-')
        return 0;
    if (a + 1 >= end || !is_dig(s[a + 1]))
        return 0;
    size_t b = read_digits(s, a + 1, end, &v2, &n2);
    if (n2 > 2 || b >= end || s[b] != sep || b + 1 >= end || !is_dig(s[b + 1]))
        return 0;
    size_t c = read_digits(s, b + 1, end, &v3, &n3);
    if (c < end && is_wc((unsigned char)s[c]))
        return 0;
    if (c + 1 < end && (s[c] == '/' || s[c] == '.' || s[c] == '-' || s[c] == ':' || s[c] == ',') &&
        is_dig(s[c + 1]))
        return 0;
    int y, m, d;
    if (n1 == 4) {
        if (sep == '.' || n3 > 2)
            return 0;
        y = v1, m = v2, d = v3;
    } else {
        if (n3 == 4)
            y = v3;
        else if (n3 == 2 && (sep == '/' || (n1 == 2 && n2 == 2)))
            y = 2000 + v3;      /* '07/11/18', '18.03.25' */
        else
            return 0;
        d = v1, m = v2;
        p->ambiguous = d <= 12 && m <= 12 && d != m;
    }
    if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2099)
        return 0;
    p->kind = P_NUM;
    p->y = y, p->m = m, p->d = d;
    p->b = c;
    return c;
}

/* A two-digit year at k that ends a line that the date fills ("19 Feb 19"
 * as a news site's date line, from i at the start of a line): 20YY.  Only
 * there, where no count can follow ("on 19 February 20 people ..."). */
static size_t short_year_line(const char *s, size_t i, size_t k, size_t end, int *y)
{
    int v, n;
    if (i > 0 && s[i - 1] != '\n')
        return 0;
    size_t e = read_digits(s, k, end, &v, &n);
    if (n != 2)
        return 0;
    size_t t = e;
    while (t < end && (s[t] == ' ' || s[t] == '\t'))
        t++;
    if (t < end && s[t] != '\n')
        return 0;
    *y = 2000 + v;
    return e;
}

static size_t part_at(const char *s, size_t i, size_t end, part *p)
{
    memset(p, 0, sizeof *p);
    p->wd = -1;
    size_t j = i, e;
    int w;
    if ((e = weekday_at(s, i, end, &w))) {
        size_t k = e;
        if (k < end && s[k] == ',')
            k++;
        k = skip_sp(s, k, end);
        if (k == e)
            return 0;
        p->wd = w;
        j = k;
    }
    int the = 0, tmp;
    if ((e = word_is(s, j, end, "the"))) {
        size_t k = skip_sp(s, e, end);
        if (k > e && day_at(s, k, end, &tmp)) {
            j = k;
            the = 1;
        }
    }
    if (!the && numeric_at(s, j, end, p))
        return p->b;
    /* '05-Sep-2020', '5-Sept-20' as document sites print them */
    {
        int dd, mm, yy, nd;
        size_t k = j;
        if (k < end && is_dig(s[k])) {
            size_t a = read_digits(s, k, end, &dd, &nd);
            size_t me = nd <= 2 && a < end && s[a] == '-' ? month_at(s, a + 1, end, &mm) : 0;
            if (me && me < end && s[me] == '-' && dd >= 1 && dd <= 31) {
                size_t ye = year_at(s, me + 1, end, &yy);
                if (!ye) {
                    /* two digits and no more: '18-Mar-16' (a forum's post stamp) */
                    int ny;
                    size_t ya = read_digits(s, me + 1, end, &yy, &ny);
                    if (ny == 2 && (ya >= end || !ix_scan_is_word_byte((unsigned char)s[ya]))) {
                        yy += 2000;
                        ye = ya;
                    }
                }
                if (ye) {
                    p->d = dd, p->m = mm, p->y = yy;
                    p->kind = P_DMY;
                    p->b = ye;
                    return ye;
                }
            }
        }
    }
    int d, m, y;
    if ((e = day_at(s, j, end, &d))) {
        size_t k = skip_sp(s, e, end);
        size_t of = k > e ? word_is(s, k, end, "of") : 0;
        if (of)
            k = skip_sp(s, of, end);
        size_t me = (k > e || glued_month(s, e, end)) && (!of || k > of) ? month_at(s, k, end, &m) : 0;
        if (me) {
            p->d = d, p->m = m;
            size_t k2 = skip_sp(s, me, end);
            if (k2 < end && s[k2] == ',')
                k2 = skip_sp(s, k2 + 1, end);
            size_t ye = k2 > me ? year_at(s, k2, end, &y) : 0;
            if (!ye && k2 > me)
                ye = short_year_line(s, i, k2, end, &y);
            if (ye) {
                p->y = y;
                p->kind = P_DMY;
                p->b = ye;
                return ye;
            }
            p->kind = P_DM;
            p->b = me;
            return me;
        }
        if (the || of)
            return 0;
        p->d = d;
        p->kind = P_D;
        p->b = e;
        return e;
    }
    if (the)
        return 0;
    if ((e = month_at(s, j, end, &m))) {
        p->m = m;
        size_t k = skip_sp(s, e, end);
        size_t de = k > e ? day_at(s, k, end, &d) : 0;
        if (de) {
            p->d = d;
            size_t k2 = skip_sp(s, de, end);
            if (k2 < end && s[k2] == ',')
                k2 = skip_sp(s, k2 + 1, end);
            size_t ye = k2 > de ? year_at(s, k2, end, &y) : 0;
            if (ye) {
                p->y = y;
                p->kind = P_MDY;
                p->b = ye;
                return ye;
            }
            p->kind = P_MD;
            p->b = de;
            return de;
        }
        if (p->wd >= 0)
            return 0;
        size_t k2 = e;
        if (k2 < end && s[k2] == ',')
            k2++;
        k2 = skip_sp(s, k2, end);
        size_t of = k2 > e ? word_is(s, k2, end, "of") : 0;
        if (of)
            k2 = skip_sp(s, of, end);
        size_t ye = k2 > e && (!of || k2 > of) ? year_at(s, k2, end, &y) : 0;
        if (!ye && k2 > e && !of)
            ye = short_year_at(s, k2, end, &y);
        if (ye) {
            p->y = y;
            p->kind = P_MY;
            p->b = ye;
            return ye;
        }
        p->kind = P_M;
        p->b = e;
        return e;
    }
    if (p->wd >= 0)
        return 0;
    if ((e = year_at(s, j, end, &y))) {
        p->y = y;
        p->kind = P_Y;
        p->b = e;
        return e;
    }
    return 0;
}

/* ---- connectors, qualifiers, seasons, relatives ---------------------- */

enum conn_kind { C_NONE, C_AND, C_TO, C_DASH, C_SLASH };

static size_t conn_at(const char *s, size_t i, size_t end, int *kind)
{
    size_t e;
    if (i < end && s[i] == '-') {
        e = i + 1;
        while (e < end && s[e] == '-')
            e++;
        *kind = C_DASH;
        return skip_sp(s, e, end);
    }
    if (i < end && s[i] == '/') {
        *kind = C_SLASH;
        return skip_sp(s, i + 1, end);
    }
    if (i < end && s[i] == '&') {
        *kind = C_AND;
        return skip_sp(s, i + 1, end);
    }
    if ((e = word_is(s, i, end, "and"))) {
        *kind = C_AND;
    } else if ((e = word_is(s, i, end, "to")) || (e = word_is(s, i, end, "until")) ||
               (e = word_is(s, i, end, "till")) || (e = word_is(s, i, end, "through")) ||
               (e = word_is(s, i, end, "thru"))) {
        *kind = C_TO;
    } else {
        return 0;
    }
    size_t k = skip_sp(s, e, end);
    return k > e ? k : 0;
}

enum qual_kind { Q_EARLY, Q_MID, Q_LATE, Q_START, Q_END, Q_HALF1, Q_HALF2 };

static const struct {
    const char *phrase;
    int kind;
} quals[] = {
    {"early", Q_EARLY}, {"late", Q_LATE}, {"mid", Q_MID},
    {"the end of", Q_END}, {"end of", Q_END},
    {"the start of", Q_START}, {"start of", Q_START},
    {"the beginning of", Q_START}, {"beginning of", Q_START},
    {"the middle of", Q_MID}, {"middle of", Q_MID},
    {"the first half of", Q_HALF1}, {"first half of", Q_HALF1},
    {"the second half of", Q_HALF2}, {"second half of", Q_HALF2},
    {"the latter half of", Q_HALF2}, {"latter half of", Q_HALF2},
};

static const char *qual_name(int k)
{
    switch (k) {
    case Q_EARLY: return "early";
    case Q_MID: return "mid";
    case Q_LATE: return "late";
    case Q_START: return "start_of";
    case Q_END: return "end_of";
    default: return "half";
    }
}

/* True when the first word of phrase (lower case) is s[i..e) (any case). */
static int first_word_is(const char *phrase, const char *s, size_t i, size_t e)
{
    size_t n = e - i;
    for (size_t k = 0; k < n; k++)
        if (phrase[k] != (char)ix_scan_lower((unsigned char)s[i + k]))
            return 0;           /* the phrase's end differs from a letter too */
    return phrase[n] == ' ' || phrase[n] == '\0';
}

/* A qualifier and the blank or hyphen after it ('late 2018', 'the end of
 * March 2021', 'mid-2019'): where the period starts, and *kind; else 0. */
static size_t qual_at(const char *s, size_t i, size_t end, int *kind)
{
    size_t w = word_end(s, i, end);   /* every phrase starts with a word */
    if (!w)
        return 0;
    for (size_t q = 0; q < sizeof quals / sizeof quals[0]; q++) {
        if (!first_word_is(quals[q].phrase, s, i, w))
            continue;
        size_t e = phrase_is(s, i, end, quals[q].phrase);
        if (!e)
            continue;
        size_t k = e;
        if (k < end && s[k] == '-')
            k++;
        else
            k = skip_sp(s, k, end);
        if (k == e)
            continue;
        *kind = quals[q].kind;
        return k;
    }
    return 0;
}

/* Seasons: 'spring', 'summer', 'autumn', 'winter' (the first month of each
 * is reported, though a season is read at its year's precision: where
 * one ends is a matter of usage, not of the calendar). */
static size_t season_at(const char *s, size_t i, size_t end, int *first_month)
{
    static const struct {
        const char *w;
        int m;
    } seasons[] = {{"spring", 3}, {"summer", 6}, {"autumn", 9}, {"winter", 12}};
    size_t k = i, e;
    if ((e = word_is(s, k, end, "the"))) {
        k = skip_sp(s, e, end);
        if (k == e)
            return 0;
    }
    for (int n = 0; n < 4; n++) {
        if (!(e = word_is(s, k, end, seasons[n].w)))
            continue;
        size_t k2 = skip_sp(s, e, end);
        if (k2 == e)
            return 0;
        size_t of = word_is(s, k2, end, "of");
        if (of) {
            size_t k3 = skip_sp(s, of, end);
            if (k3 == of)
                return 0;
            k2 = k3;
        }
        *first_month = seasons[n].m;
        return k2;
    }
    return 0;
}

static int relative_at(const char *s, size_t i, size_t end, size_t *e)
{
    if ((*e = word_is(s, i, end, "today")))
        return IX_DATES_TODAY;
    if ((*e = word_is(s, i, end, "yesterday")))
        return IX_DATES_YESTERDAY;
    if ((*e = word_is(s, i, end, "tomorrow")))
        return IX_DATES_TOMORROW;
    return 0;
}

/* ---- bare years ------------------------------------------------------ */

static int word_eq(const char *s, size_t a, size_t b, const char *w)
{
    return ix_scan_ieq(s, a, b, w);
}

static int in_list(const char *s, size_t a, size_t b, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (ix_scan_ieq(s, a, b, list[k]))
            return 1;
    return 0;
}

/* The token before offset i within [lo, i): a word [*ws, *we), skipping
 * blanks.  Returns 1 for a word, 2 for a digit run, 0 for anything else. */
static int prev_token(const char *s, size_t lo, size_t i, size_t *ws, size_t *we)
{
    size_t e = i;
    while (e > lo && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n'))
        e--;
    size_t b = e;
    while (b > lo && is_wc((unsigned char)s[b - 1]))
        b--;
    if (b == e)
        return 0;
    *ws = b;
    *we = e;
    for (size_t k = b; k < e; k++)
        if (!is_dig(s[k]))
            return 1;
    return 2;
}

/* Words after which a four-digit number reads as a year. */
static const char *const year_preps[] = {
    "in", "since", "during", "from", "until", "till", "by", "before", "after",
    "of", "between", "and", "or", "through", "throughout", "for", "around",
    "into", "within", "across", "toward", "towards",
    "circa", "c", "than", "pre", "post", "early", "late", "mid",
    /* a comparison: "a rise on 2019", "compared with 2018", "against 2017" */
    "on", "with", "against", "versus", "vs",
    /* verbs of a dated event: 'was last inspected 2019', 'first published 2017' */
    "inspected", "visited", "published", "established", "founded", "opened", NULL,
};

/* Nouns a year may follow: 'inspections 2018/19', 'Annual Report 2023',
 * 'the year 2019/20'. */
static const char *const year_nouns[] = {
    "inspection", "inspections", "report", "reports", "review", "programme", "schedule",
    "survey", "plan", "strategy", "year", "term", NULL,
};

/* The last word of a law's title: 'the Children Act 2004' names a law, not
 * a date. */
static const char *const law_words[] = {
    "act", "acts", "order", "regulations", "rules", "bill", "measure", "directive", NULL,
};

/* Determiners that take a year as a modifier: 'the 2017 inspection'. */
static const char *const year_dets[] = {
    "the", "its", "our", "their", "his", "her", "this", "that", "a", "an", "each", NULL,
};

/* A count follows: the number is a quantity, not a year. */
static const char *const count_nouns[] = {
    "people", "persons", "individuals", "offenders", "cases", "staff", "prisoners",
    "children", "adults", "men", "women", "users", "service", "young", "members",
    "employees", "officers", "hours", "days", "weeks", "months", "years", "minutes",
    "miles", "pounds", "places", "beds", "per", "percent", "pence", "households",
    "families", "victims", "referrals", "orders", "sentences", "licences", "of",
    NULL,
};

/* Words before a number that make it a label: 'Room 2018', 'PO Box 2017'. */
static const char *const label_words[] = {
    "room", "box", "suite", "unit", "no", "number", "flat", "tel", "telephone",
    "phone", "ext", "extension", "floor", "page", "paragraph", "section",
    "chapter", "table", "figure", "item", "code", "ref", "reference", "caseload",
    "caseloads", "total", "supervising", "supervises", "supervised", "approximately",
    "about", "over", "nearly", "almost", NULL,
};

/* Words after which a number after a label word is a quantity: 'a
 * caseload of 2018', 'a total of around 2018'. */
static const char *const quantity_preps[] = {
    "of", "around", "circa", "c", "than", "for", "by", "from", "and", "or", NULL,
};

/* Verbs of change: 'rose from 2017 to', 'fell by 2018'. */
static const char *const change_verbs[] = {
    "rose", "risen", "fell", "fallen", "increased", "decreased", "dropped",
    "reduced", "grew", "grown", "climbed", "went", "up", "down", "rising",
    "falling", "increasing", "decreasing", NULL,
};

/* Is the year (or year range) at [a, b) in s plausibly a year in prose? */
static int year_plausible(const char *s, size_t lo, size_t a, size_t b, size_t end)
{
    /* After: not a percentage, a count, or the next group of a number. */
    if (b < end) {
        char c = s[b];
        if (c == '%' || c == '-' || c == '/' || c == '+')
            return 0;
    }
    size_t k = skip_sp(s, b, end);
    if (k < end && is_dig(s[k]))
        return 0;
    size_t ne = word_end(s, k, end);
    if (ne && in_list(s, k, ne, count_nouns))
        return 0;
    /* Before. */
    if (a > lo) {
        char c = s[a - 1];
        if (c == '#' || c == '$' || c == '/' || c == ':' || c == '-' || c == '+' ||
            c == '=' || c == '.' || c == ',')
            return 0;
    }
    size_t ws, we;
    size_t from = a;
    int bracket = 0;
    if (from > lo && s[from - 1] == '(') {
        bracket = 1;
        from--;
    }
    if (bracket && b < end && s[b] == ')')
        return 1;
    /* a possessive takes a year as a modifier: "the inspectorate's 2018-19
     * programme" */
    {
        size_t q = from;
        while (q > lo && (s[q - 1] == ' ' || s[q - 1] == '\t'))
            q--;
        if (q >= lo + 3 && q < from && s[q - 1] == 's' && s[q - 2] == '\'' &&
            is_wc((unsigned char)s[q - 3]))
            return ne && s[k] >= 'a' && s[k] <= 'z';
    }
    int t = prev_token(s, lo, from, &ws, &we);
    if (t == 2)
        return 0;           /* '020 3334 2018': a phone number */
    if (t != 1)
        return 0;           /* a year alone at the start of a sentence: too unsure */
    /* The word must touch the year (blanks only between them). */
    for (size_t q = we; q < from; q++)
        if (s[q] != ' ' && s[q] != '\t' && s[q] != '\n')
            return 0;
    if (in_list(s, ws, we, label_words))
        return 0;
    if (in_list(s, ws, we, year_preps)) {
        size_t ws2, we2;
        if (prev_token(s, lo, ws, &ws2, &we2) == 1) {
            /* 'a caseload of 2018', 'a total of about 2018'; but 'the unit
             * since 2016' names a year */
            if (in_list(s, ws2, we2, label_words) && in_list(s, ws, we, quantity_preps))
                return 0;
            if ((word_eq(s, ws, we, "from") || word_eq(s, ws, we, "by")) &&
                in_list(s, ws2, we2, change_verbs))
                return 0;
        }
        return 1;
    }
    if (in_list(s, ws, we, year_nouns))
        return 1;
    /* the end of a capitalised name: a programme's or a report's title
     * ('PEEL 2021/22', 'State of Fire and Rescue 2022'), a place's edition
     * ('Inspection of Youth Work in Marlow 2015'); not a law ('Act 2005') */
    if (s[ws] >= 'A' && s[ws] <= 'Z' && we - ws >= 2 && !in_list(s, ws, we, law_words))
        return 1;
    if (in_list(s, ws, we, year_dets)) {
        /* 'the 2017 inspection', "its 2018 report" */
        return ne && s[k] >= 'a' && s[k] <= 'z';
    }
    return 0;
}

/* ---- expressions ----------------------------------------------------- */

static void value_init(ix_dates_value *v, size_t pos)
{
    memset(v, 0, sizeof *v);
    v->hh = v->mm = -1;
    v->start = v->end = pos;
}

/* A date starts at a word start, never inside '5,502' or '24/7'. */
static int start_ok(const char *s, size_t lo, size_t i)
{
    if (i <= lo)
        return 1;
    if (is_wc((unsigned char)s[i - 1]))
        return 0;
    char sep = s[i - 1];
    if (is_dig(s[i]) && i >= lo + 2 && is_dig(s[i - 2]) &&
        (sep == ',' || sep == '.' || sep == '/' || sep == ':' || sep == '-'))
        return 0;
    return 1;
}

static int preceded_by(const char *s, size_t lo, size_t i, const char *w)
{
    size_t ws, we;
    return prev_token(s, lo, i, &ws, &we) == 1 && word_eq(s, ws, we, w);
}

/* A time after a date with a day: '30 May 2019 00.01', 'Apr 20, 2017 06:01
 * am', '7 June 2019, at 10am'. */
static size_t time_after(const char *s, size_t e, size_t end, ix_dates_value *v)
{
    size_t k = skip_sp(s, e, end);
    if (k < end && s[k] == ',')
        k = skip_sp(s, k + 1, end);
    size_t at = word_is(s, k, end, "at");
    if (at)
        k = skip_sp(s, at, end);
    if (k == e)
        return e;
    int hh, mm;
    size_t te = time_at(s, k, end, &hh, &mm);
    if (!te)
        return e;
    v->hh = hh;
    v->mm = mm;
    return te;
}

/* Join two parts into a range: the first borrows what it lacks from the
 * second ('6' + '17 January 2020'; 'July' + 'August 2018').  Two complete
 * dates joined by 'and' are a range only after 'between' ('on 3 May 2019
 * and 4 June 2019' names two days). */
static int combine(const part *p1, const part *p2, int ck, int between, ix_dates_value *v)
{
    ix_dates_ymd a = {p1->y, p1->m, p1->d}, b = {p2->y, p2->m, p2->d};
    /* a slash joins only two month names: 'March/April 2021' (never '7/11') */
    if (ck == C_SLASH && !(p1->kind == P_M && p2->kind == P_MY))
        return 0;
    switch (p1->kind) {
    case P_D:
        if (p2->kind != P_DMY && p2->kind != P_MDY)
            return 0;
        a.y = b.y;
        a.m = b.m;
        break;
    case P_DM:
        if (p2->kind != P_DMY)
            return 0;
        a.y = b.y;
        if (ix_dates_parse_cmp(&a, &b) >= 0)
            a.y--;
        break;
    case P_MD:
        if (p2->kind != P_MDY)
            return 0;
        a.y = b.y;
        if (ix_dates_parse_cmp(&a, &b) >= 0)
            a.y--;
        break;
    case P_M:
        if (p2->kind != P_MY || a.m == b.m)
            return 0;
        a.y = b.y;
        if (a.m > b.m)
            a.y--;      /* 'December to February 2019' */
        break;
    case P_DMY:
    case P_MDY:
    case P_NUM:
        if (!part_has_day(p2->kind) || (ck == C_AND && !between))
            return 0;
        break;
    case P_MY:
        /* 'March 2018 to February 2019', 'between November 2013 and 30 June 2015' */
        if ((p2->kind != P_MY && !part_has_day(p2->kind)) || (ck == C_AND && !between))
            return 0;
        break;
    default:
        return 0;
    }
    if (ix_dates_parse_cmp(&a, &b) >= 0)
        return 0;
    v->from = a;
    v->to = b;
    return 1;
}

/* A day, 'and' and a run of days (p1, p2 read, p2 ending at e2): '19 and
 * 26-27 January 2021' (visits on separate days) is one range from the
 * first day to the last.  Its end, or 0 (v is set only then). */
static size_t day_list_range(const char *s, const part *p1, const part *p2, size_t e2, size_t end,
                             ix_dates_value *v)
{
    int ck = C_NONE;
    size_t ce = conn_at(s, skip_sp(s, e2, end), end, &ck);
    part p3;
    size_t e3 = ce && (ck == C_DASH || ck == C_TO) ? part_at(s, ce, end, &p3) : 0;
    if (!e3 || p2->d <= p1->d || !combine(p2, &p3, ck, 0, v))
        return 0;
    v->from.d = p1->d;
    return e3;
}

/* After 'between' and a date, an aside between commas and then 'and':
 * 'between November 2013, when the framework began, and 30 June 2015'.
 * Returns where the second date starts (with *kind C_AND), or 0.  The aside
 * holds no digit and ends no clause. */
enum { ASIDE_MAX = 100 };

static size_t aside_and(const char *s, size_t e1, size_t end, int *kind)
{
    size_t k = skip_sp(s, e1, end);
    if (k >= end || s[k] != ',')
        return 0;
    for (size_t j = k + 1; j < end && j - k <= ASIDE_MAX; j++) {
        char c = s[j];
        if (is_dig(c) || c == '.' || c == ';' || c == ':' || c == '\n' || c == '(' || c == ')')
            return 0;
        if (c != ',')
            continue;
        size_t a = skip_sp(s, j + 1, end), e = word_is(s, a, end, "and");
        if (!e || j == k + 1)
            return 0;
        size_t b = skip_sp(s, e, end);
        if (b == e)
            return 0;
        *kind = C_AND;
        return b;
    }
    return 0;
}

/* Year pairs: '2018/19', '2018-19', '2023-25', '2017-2019', '2017 to 2019',
 * 'between 2017 and 2019'.  Returns the end, or 0. */
static size_t year_pair(const char *s, size_t ce, size_t end, int y1, int ck, int between, int *y2)
{
    if (ck == C_SLASH || ck == C_DASH) {
        if (ce >= end || !is_dig(s[ce]))
            return 0;
        int v2, n2;
        size_t e2 = read_digits(s, ce, end, &v2, &n2);
        if (num_goes_on(s, e2, end))
            return 0;
        if (n2 == 2 && (y1 / 100) * 100 + v2 > y1 && (y1 / 100) * 100 + v2 - y1 <= 9)
            *y2 = (y1 / 100) * 100 + v2;     /* '2018/19', '2023-25' (a cycle) */
        else if (n2 == 4 && v2 > y1 && v2 <= 2099)
            *y2 = v2;
        else
            return 0;
        return e2;
    }
    if (ck == C_AND && !between)
        return 0;
    int y;
    size_t e2 = year_at(s, ce, end, &y);
    if (!e2 || y <= y1)
        return 0;
    *y2 = y;
    return e2;
}

/* After a month and year and a dash: the next year in two digits, and no
 * month or word after it ('September 2014 - 15', an academic year; not
 * 'May 2019 - 15 June ...').  Returns its end, or 0. */
static size_t year_after_month(const char *s, size_t i, size_t end, int y1)
{
    int v2, n2;
    if (i >= end || !is_dig(s[i]))
        return 0;
    size_t e2 = read_digits(s, i, end, &v2, &n2);
    if (n2 != 2 || num_goes_on(s, e2, end) || v2 != (y1 + 1) % 100)
        return 0;
    size_t k = skip_sp(s, e2, end);
    int m;
    if (k < end && (month_at(s, k, end, &m) || is_dig(s[k])))
        return 0;
    return e2;
}

static size_t parse_core(const char *s, size_t lo, size_t pos, size_t end,
                         ix_dates_value *v, int allow_rel)
{
    value_init(v, pos);
    if (pos >= end || !start_ok(s, lo, pos))
        return 0;
    size_t e;

    /* relative words, qualified periods and seasons start with a letter */
    int letter = is_alpha(s[pos]);

    /* 'today', 'yesterday' -- but 'earlier today (20 April 2017)', 'today
     * [20 April 2017]' and 'today, Friday 14 October' are the date after
     * it, read on its own. */
    int rel = letter ? relative_at(s, pos, end, &e) : 0;
    if (rel) {
        if (!allow_rel)
            return 0;
        size_t k = skip_sp(s, e, end);
        if (k < end && (s[k] == '(' || s[k] == '[' || s[k] == ',')) {
            ix_dates_value in;
            if (parse_core(s, lo, skip_sp(s, k + 1, end), end, &in, 0)) {
                value_init(v, pos);
                return 0;
            }
        }
        v->relative = rel;
        v->end = e;
        return e;
    }

    /* '00.01 on Wednesday 7 November 2018' */
    int hh, mm;
    if ((e = time_at(s, pos, end, &hh, &mm))) {
        size_t k = skip_sp(s, e, end), w;
        if ((w = word_is(s, k, end, "on")))
            k = skip_sp(s, w, end);
        else if (k < end && s[k] == ',')
            k = skip_sp(s, k + 1, end);
        part p;
        if (k > e && part_at(s, k, end, &p) && part_has_day(p.kind)) {
            v->from = (ix_dates_ymd){p.y, p.m, p.d};
            v->hh = hh;
            v->mm = mm;
            v->ambiguous = p.ambiguous;
            v->end = p.b;
            if (!ymd_valid(&v->from))
                v->invalid = 1;
            else if (p.wd >= 0 && weekday_of(p.y, p.m, p.d) != p.wd)
                v->weekday_mismatch = 1;
            return v->end;
        }
    }

    /* 'late 2018', 'the end of March 2021', 'the first half of 2019' */
    int qk;
    if (letter && (e = qual_at(s, pos, end, &qk))) {
        part p;
        size_t pe = part_at(s, e, end, &p);
        int half = qk == Q_HALF1 || qk == Q_HALF2;
        if (pe && p.wd < 0 && (p.kind == P_Y || (p.kind == P_MY && !half)) &&
            !(pe < end && (s[pe] == '/' || s[pe] == '-') && pe + 1 < end && is_dig(s[pe + 1]))) {
            v->from = (ix_dates_ymd){p.y, p.m, 0};
            if (qk == Q_HALF1) {
                v->from.m = 1;
                v->to = (ix_dates_ymd){p.y, 6, 0};
            } else if (qk == Q_HALF2) {
                v->from.m = 7;
                v->to = (ix_dates_ymd){p.y, 12, 0};
            }
            v->qual = qual_name(qk);
            v->end = pe;
            return pe;
        }
    }

    /* 'spring 2019', 'the summer of 2018', 'winter 2018/19': years */
    int sm;
    if (letter && (e = season_at(s, pos, end, &sm))) {
        int y;
        size_t ye = year_at(s, e, end, &y);
        if (ye) {
            size_t k = ye;
            int y2 = 0;
            if (k + 1 < end && (s[k] == '/' || s[k] == '-') && is_dig(s[k + 1])) {
                k = year_pair(s, k + 1, end, y, s[k] == '/' ? C_SLASH : C_DASH, 0, &y2);
                if (!k || y2 != y + 1 || sm != 12)
                    return 0;
            }
            /* the year it falls in ('summer 2017': 2017); a winter across
             * two years is their pair ('winter 2018/19': 2018 to 2019) */
            v->from = (ix_dates_ymd){y, 0, 0};
            v->to = (ix_dates_ymd){y2, 0, 0};
            v->qual = "season";
            v->end = k;
            return k;
        }
    }

    /* parts and ranges */
    part p1;
    size_t e1 = part_at(s, pos, end, &p1);
    if (!e1)
        return 0;
    int nlist = 0;
    if (p1.kind == P_M) {
        /* 'July, August and September 2018' */
        int last = p1.m;
        for (;;) {
            if (e1 < end && s[e1] == ',') {
                int m2;
                size_t me = month_at(s, skip_sp(s, e1 + 1, end), end, &m2);
                if (me && m2 > last) {
                    last = m2;
                    e1 = me;
                    nlist++;
                    continue;
                }
            }
            break;
        }
    }
    /* a scraper's date label at a month's precision: 'date 2019-03' (after
     * that label only: elsewhere '2011-12' is a financial year) */
    if (p1.kind == P_Y && e1 + 3 <= end && s[e1] == '-' && preceded_by(s, lo, pos, "date")) {
        int mon, nd;
        size_t me = read_digits(s, e1 + 1, end, &mon, &nd);
        if (nd == 2 && mon >= 1 && mon <= 12 && (me >= end || !ix_scan_is_word_byte((unsigned char)s[me]))) {
            v->from = (ix_dates_ymd){p1.y, mon, 0};
            v->end = me;
            return me;
        }
    }
    int between = preceded_by(s, lo, pos, "between");
    int ranged = 0;
    size_t e_end = e1;
    int ck = C_NONE;
    size_t ce = conn_at(s, skip_sp(s, e1, end), end, &ck);
    if (!ce && between)
        ce = aside_and(s, e1, end, &ck);
    if (ce) {
        if (p1.kind == P_Y) {
            int y2;
            size_t e2 = year_pair(s, ce, end, p1.y, ck, between, &y2);
            if (e2) {
                v->from = (ix_dates_ymd){p1.y, 0, 0};
                v->to = (ix_dates_ymd){y2, 0, 0};
                e_end = e2;
                ranged = 1;
            }
        } else if (p1.kind == P_MY && (ck == C_DASH || ck == C_SLASH) &&
                   (e_end = year_after_month(s, ce, end, p1.y))) {
            /* 'September 2014 - 15': from the month to the end of the next year */
            v->from = (ix_dates_ymd){p1.y, p1.m, 0};
            v->to = (ix_dates_ymd){p1.y + 1, 0, 0};
            ranged = 1;
        } else {
            e_end = e1;
            part p2;
            size_t e2 = part_at(s, ce, end, &p2);
            if (e2 && combine(&p1, &p2, ck, between, v)) {
                e_end = e2;
                ranged = 1;
                if (p2.wd >= 0 && weekday_of(v->to.y, v->to.m, v->to.d) != p2.wd &&
                    ymd_valid(&v->to))
                    v->weekday_mismatch = 1;
            } else if (p1.kind == P_D && ck == C_AND && e2 && p2.kind == P_D &&
                       (e2 = day_list_range(s, &p1, &p2, e2, end, v))) {
                /* '19 and 26-27 January 2021': a first day, then a run */
                e_end = e2;
                ranged = 1;
            } else if (p1.kind == P_MD && ck != C_SLASH) {
                /* 'June 6-17, 2020' */
                int d2, y;
                size_t de = day_at(s, ce, end, &d2);
                if (de) {
                    size_t k2 = skip_sp(s, de, end);
                    if (k2 < end && s[k2] == ',')
                        k2 = skip_sp(s, k2 + 1, end);
                    size_t ye = k2 > de ? year_at(s, k2, end, &y) : 0;
                    if (ye && d2 > p1.d) {
                        v->from = (ix_dates_ymd){y, p1.m, p1.d};
                        v->to = (ix_dates_ymd){y, p1.m, d2};
                        e_end = ye;
                        ranged = 1;
                    }
                }
            }
        }
    }
    if (!ranged) {
        if (!part_complete(p1.kind) || nlist)
            return 0;
        v->from = (ix_dates_ymd){p1.y, p1.m, p1.d};
        v->to = (ix_dates_ymd){0, 0, 0};
        if (part_has_day(p1.kind))
            e_end = time_after(s, e_end, end, v);
    }
    v->ambiguous = p1.ambiguous;

    /* A bare year (or pair of years) only where prose would put one. */
    if (v->from.m == 0) {
        if (v->from.y < 1990 || v->from.y > 2099 || (v->to.y && v->to.y > 2099))
            return 0;
        if (!year_plausible(s, lo, pos, e_end, end))
            return 0;
    }

    if (!ymd_valid(&v->from) || (v->to.y && !ymd_valid(&v->to)))
        v->invalid = 1;
    else if (p1.wd >= 0 && v->from.d && weekday_of(v->from.y, v->from.m, v->from.d) != p1.wd)
        v->weekday_mismatch = 1;
    v->end = e_end;
    return e_end;
}

size_t ix_dates_parse_at(const char *s, size_t lo, size_t pos, size_t end, ix_dates_value *out)
{
    ix_dates_value tmp;
    if (!out)
        out = &tmp;
    return parse_core(s, lo, pos, end, out, 1);
}

/* Words a date expression may start with (lower case): the scan tries the
 * full reader only at these and at digits. */
static const char *const start_words[] = {
    "apr", "april", "aug", "august", "autumn", "beginning", "dec", "december", "early", "end",
    "feb", "february", "first", "fri", "friday", "jan", "january", "jul", "july", "jun", "june",
    "late", "latter", "mar", "march", "may", "mid", "midday", "middle", "midnight", "mon",
    "monday", "noon", "nov", "november", "oct", "october", "sat", "saturday", "second", "sep",
    "sept", "september", "spring", "start", "summer", "sun", "sunday", "the", "thu", "thur",
    "thurs", "thursday", "today", "tomorrow", "tue", "tues", "tuesday", "wed", "wednesday",
    "winter", "yesterday",
};

enum { NSTART = sizeof start_words / sizeof *start_words };

/* A word of at most 12 ASCII letters as a number, in any case: 5 bits a
 * letter ('a' is 1, so no two words share one). */
static uint64_t word_code(const char *s, size_t i, size_t e)
{
    uint64_t k = 0;
    for (size_t j = i; j < e; j++)
        k = k << 5 | (uint64_t)(ix_scan_lower((unsigned char)s[j]) - 'a' + 1);
    return k;
}

/* The codes of the start words, ascending (built once, on the first scan):
 * a word is looked up by one binary search, not compared with each start
 * word of its letter. */
static uint64_t start_codes[NSTART];
static pthread_once_t start_codes_once = PTHREAD_ONCE_INIT;

/* The start words' shapes, a filter before the search: most words of a
 * sentence ("and", "inspectors") are turned away by one bit. */
static ix_word_shape start_shape;

static int cmp_code(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}

static void start_codes_build(void)
{
    for (size_t k = 0; k < NSTART; k++) {
        size_t n = strlen(start_words[k]);
        start_codes[k] = word_code(start_words[k], 0, n);
        ix_word_shape_add(&start_shape, start_words[k], n);
    }
    qsort(start_codes, NSTART, sizeof *start_codes, cmp_code);
}

/* Is the word s[i..e) (ASCII letters) a start word? */
static int may_start(const char *s, size_t i, size_t e)
{
    if (e - i < 3 || e - i > 9)
        return 0;
    pthread_once(&start_codes_once, start_codes_build);
    if (!ix_word_shape_may(&start_shape, s, i, e))
        return 0;
    uint64_t k = word_code(s, i, e);
    return bsearch(&k, start_codes, NSTART, sizeof *start_codes, cmp_code) != NULL;
}

/* May the word "the" ending at e open a date?  Only before a day ("the 5th
 * of May") or before another word a date may start with ("the end of March
 * 2021", "the summer of 2018"): every reading of parse_core that takes a
 * "the" needs one of them after it (part_at a day, qual_at and season_at
 * their words), so any other "the", the commonest word of a text, is passed
 * over unread. */
static int the_may_start(const char *s, size_t e, size_t end)
{
    size_t k = skip_sp(s, e, end), w = k;
    if (k < end && is_dig(s[k]))
        return 1;
    while (w < end && is_alpha(s[w]))
        w++;
    return w > k && may_start(s, k, w);
}

size_t ix_dates_parse_find(const char *s, size_t lo, size_t pos, size_t end, ix_dates_value *out)
{
    ix_dates_value tmp;
    if (!out)
        out = &tmp;
    size_t i = pos;
    while (i < end) {
        unsigned char c = (unsigned char)s[i];
        if (!(is_alpha((char)c) || is_dig((char)c)) || (i > lo && is_wc((unsigned char)s[i - 1]))) {
            i++;
            continue;
        }
        if (is_alpha((char)c)) {
            size_t e = i;
            while (e < end && is_alpha(s[e]))
                e++;
            if (!may_start(s, i, e) || (ix_scan_ieq(s, i, e, "the") && !the_may_start(s, e, end))) {
                i = e;
                continue;
            }
        }
        if (parse_core(s, lo, i, end, out, 1))
            return i;
        i++;
    }
    return (size_t)-1;
}

/* ---- ISO output ------------------------------------------------------ */

static char *put_num(char *p, int v, int width)
{
    for (int k = width - 1; k >= 0; k--) {
        p[k] = (char)('0' + v % 10);
        v /= 10;
    }
    return p + width;
}

static void fmt_ymd(const ix_dates_ymd *d, char out[11])
{
    char *p = out;
    if (d->y > 0 && d->y <= 9999) {
        p = put_num(p, d->y, 4);
        if (d->m >= 1 && d->m <= 12) {
            *p++ = '-';
            p = put_num(p, d->m, 2);
            if (d->d >= 1 && d->d <= 31) {
                *p++ = '-';
                p = put_num(p, d->d, 2);
            }
        }
    }
    *p = '\0';
}

void ix_dates_parse_iso(const ix_dates_value *v, char start[11], char end[11], char time[6])
{
    fmt_ymd(&v->from, start);
    if (v->to.y)
        fmt_ymd(&v->to, end);
    else
        end[0] = '\0';
    if (v->hh >= 0 && v->hh < 24 && v->mm >= 0 && v->mm < 60) {
        char *p = put_num(time, v->hh, 2);
        *p++ = ':';
        p = put_num(p, v->mm, 2);
        *p = '\0';
    } else {
        time[0] = '\0';
    }
}
