/* extractors/numbers.h -- read one number as prose writes it: '3,629',
 * '5500', '4.5k', '1.2 million', 'six', 'twenty-one', 'three thousand',
 * 'a dozen', with a qualifier in front ('more than', 'about', 'nearly').
 *
 * A helper module, not a stage: figures, caseloads and recommendations share
 * it so that every field reads '5,500', 'five thousand' and 'just under 300'
 * the same way.
 * Owns nothing, allocates nothing, keeps no state: every function is a pure
 * scan over the bytes it is given (doc->norm in practice: ASCII digits,
 * folded dashes and spaces), linear in what it reads.
 * Does not: decide what a number counts (the caller looks at the words
 * around it), read ordinals ('third', '21st'), fractions ('two-thirds'),
 * dates or times, or negative numbers.
 */
#ifndef IX_NUMBERS_H
#define IX_NUMBERS_H
#include <stddef.h>

#include "pipeline/doc.h"

typedef struct ix_number {
    double value;        /* 5500, 0.5 for '0.5', 4500 for '4.5k' */
    ix_approx approx;    /* from the qualifier; IX_APPROX_EXACT without one */
    size_t start, end;   /* the whole reading, qualifier included: [start, end) */
    size_t num_start;    /* where the number itself starts (== start without a qualifier) */
    int words;           /* 1 when written in words ('six', 'a dozen') */
    int grouped;         /* 1 when digits carry thousands commas ('3,629') */
    int decimal;         /* 1 when digits carry a decimal point ('4.5') */
} ix_number;

/* Read a number starting exactly at s[pos] and ending at or before `end`,
 * optionally preceded by a qualifier:
 *   about around some approximately roughly circa c. an estimated  -> about
 *   more than over in excess of upwards of at least just over well over -> more_than
 *   nearly almost just under  -> nearly
 *   under fewer than less than below up to  -> less_than
 *   only just (alone)  -> exact (kept in the span: 'only 12')
 * pos should be a word start; a reading never starts or ends inside a word
 * ('a6', '12b' and 'someone' read nothing).  Returns the number of bytes
 * consumed (out->end - pos), or 0 when no number starts at pos (a qualifier
 * with no number after it reads nothing).  out may be NULL. */
size_t ix_numbers_read(const char *s, size_t pos, size_t end, ix_number *out);

/* As ix_numbers_read without the qualifier: the number alone. */
size_t ix_numbers_read_bare(const char *s, size_t pos, size_t end, ix_number *out);

/* Read a qualifier alone at s[pos..end) ('more than ', 'almost ').  Returns
 * bytes consumed including the space after it, or 0; *approx receives its
 * meaning (may be NULL).  Used by figures for 'almost half'. */
size_t ix_numbers_qualifier(const char *s, size_t pos, size_t end, ix_approx *approx);

/* The first number reading at or after pos that starts at a word start in
 * s[pos..end); returns its start offset with *out filled, or (size_t)-1. */
size_t ix_numbers_find(const char *s, size_t pos, size_t end, ix_number *out);

/* The record's name for an approx value: "exact", "more_than", "less_than",
 * "about", "nearly". */
const char *ix_numbers_approx_name(ix_approx a);

/* Value of a cardinal number word ('one'..'nineteen', 'twenty'..'ninety',
 * 'hundred', 'thousand', 'million', 'dozen') in s[a..b), case-insensitive,
 * or -1. */
double ix_numbers_word_value(const char *s, size_t a, size_t b);

/* The cardinal words ix_numbers_word_value knows, NULL-terminated.  Every
 * number reading holds an ASCII digit or one of them (inside its text,
 * any case): a text with neither has no number to read. */
extern const char *const ix_numbers_cardinals[];

/* Where the first ASCII digit at or after s[from] is, in the
 * NUL-terminated s: at the NUL (or an earlier one) when there is none.
 * Never past a digit, so "no digit before b" holds when it returns b or
 * more. */
size_t ix_numbers_next_digit(const char *s, size_t from);

#endif
