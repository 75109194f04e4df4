/* extractors/dates_parse.h -- read one date expression as prose writes it:
 * '7 November 2018', '7th of November 2018', 'Wednesday 7 November 2018',
 * 'November 7, 2018', 'Nov 7, 2018', '07/11/2018' (day first), '2018-11-07',
 * 'November 2018', '2018', ranges ('July and August 2018', 'between 6 and 17
 * January 2020', '6-17 January 2020', 'March to May 2019', '2018/19'),
 * qualified periods ('late 2018', 'the end of March 2021', 'spring 2019',
 * 'the first half of 2019'), times attached to a day ('00.01 on 7 November
 * 2018', '30 May 2019 00.01', 'Apr 20, 2017 06:01 am') and the relative words
 * 'today', 'yesterday', 'tomorrow'.
 *
 * A helper module, not a stage: the dates stage uses it to find dates, and
 * other extractors may use it to read a date near their own facts.
 * Owns nothing, allocates nothing, keeps no state: a pure scan over the bytes
 * it is given (doc->norm in practice: folded dashes and quotes), linear in
 * what it reads.
 * Does not: give a date a role (extractors/dates.c does), resolve relative
 * words (it only reports them), read a day or month without a year ('7
 * November' alone), or read month-first numeric dates ('11/07/2018' is 11
 * July).
 */
#ifndef IX_DATES_PARSE_H
#define IX_DATES_PARSE_H
#include <stddef.h>

/* A calendar point at the precision stated: m and d are 0 when not stated
 * ('2019': {2019, 0, 0}; 'June 2019': {2019, 6, 0}). */
typedef struct ix_dates_ymd {
    int y, m, d;
} ix_dates_ymd;

enum ix_dates_relative {
    IX_DATES_ABSOLUTE = 0,
    IX_DATES_TODAY,
    IX_DATES_YESTERDAY,
    IX_DATES_TOMORROW,
    IX_DATES_YEARLESS       /* a day of a month without its year: from = {0, m, d};
                               set by the dates stage, never by ix_dates_parse_find */
};

typedef struct ix_dates_value {
    size_t start, end;      /* the evidence [start, end): 'between'/'from' not included */
    ix_dates_ymd from;      /* the date, or the start of a range */
    ix_dates_ymd to;        /* the end of a range; to.y == 0 when not a range */
    int hh, mm;             /* attached time; hh < 0 when none */
    const char *qual;       /* NULL, or how a period was qualified: "early",
                               "mid", "late", "start_of", "end_of", "season",
                               "half" */
    int relative;           /* enum ix_dates_relative; from/to unset unless ABSOLUTE */
    int invalid;            /* read, but no such day ('31 February 2019'):
                               never to be output */
    int ambiguous;          /* numeric day/month that also reads month first */
    int weekday_mismatch;   /* the weekday named is not that date's weekday */
} ix_dates_value;

/* Find the first date expression starting at a word start at or after pos
 * and ending at or before end.  lo (<= pos) bounds how far back the reader
 * may look for context ('between', the word before a bare year); pass the
 * sentence start.  Returns the start offset with *out filled, or (size_t)-1.
 * Invalid dates are returned too (out->invalid set) so that a caller skips
 * them whole instead of reading 'February 2019' out of '31 February 2019'.
 * Scanning on from out->end finds the next one. */
size_t ix_dates_parse_find(const char *s, size_t lo, size_t pos, size_t end,
                           ix_dates_value *out);

/* Read a date expression starting exactly at s[pos].  Returns out->end, or 0
 * when none starts there. */
size_t ix_dates_parse_at(const char *s, size_t lo, size_t pos, size_t end,
                         ix_dates_value *out);

/* Write the ISO 8601 partial forms: start ("2019", "2019-06",
 * "2019-06-12"), end ("" unless a range) and time ("HH:MM" or "").
 * Buffers must hold 11, 11 and 6 bytes. */
void ix_dates_parse_iso(const ix_dates_value *v, char start[11], char end[11], char time[6]);

/* Days in month m (1..12) of year y, or 0 for a month out of range. */
int ix_dates_parse_days_in_month(int y, int m);

/* The month named by the word at s[i..end) ('May', 'november', 'Nov'; the
 * short and ambiguous forms only capitalised): 1..12, or 0. */
int ix_dates_parse_month(const char *s, size_t i, size_t end);

/* The day n days after (negative: before) the full date *d, in place. */
void ix_dates_parse_add_days(ix_dates_ymd *d, int n);

/* Compare two dates at the precision they share (missing parts count as
 * the earliest): <0, 0, >0. */
int ix_dates_parse_cmp(const ix_dates_ymd *a, const ix_dates_ymd *b);

#endif
