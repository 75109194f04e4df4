/* extractors/scales.h -- each inspectorate's rating scale as data: its
 * bands and their spellings, its framework's usual domain names and the
 * nouns that name the bodies it inspects.
 *
 * Owns nothing: every table is static, read-only data.  Adding an
 * inspectorate is adding a table in scales.c (and a row of `tables`), not
 * editing the rating patterns of extractors/ratings.c, which are built
 * from these tables when the ratings stage starts.
 * Does not: find ratings, or decide which inspectorate a document is about
 * (extractors/inspectorate.c does, and runs before ratings).
 */
#ifndef IX_SCALES_H
#define IX_SCALES_H
#include <stddef.h>

/* One spelling of a band, lower case; a space matches any run of spaces or
 * hyphens ("requires improvement", "not sufficiently good"). */
typedef struct ix_band_spelling {
    const char *words;
    const char *value;     /* the record's value: "requires_improvement" */
} ix_band_spelling;

/* A scale: its record name, its spellings (longest first where one
 * spelling begins another), and its values from the highest band to the
 * lowest (for "the lowest possible rating", "the second highest"). */
typedef struct ix_scale {
    const char *name;      /* four_band five_grade healthy_prison narrative */
    const ix_band_spelling *bands;      /* ends with {NULL, NULL} */
    const char *const *order;           /* highest first, NULL-terminated */
    int overall;           /* the scale judges a body as a whole (the healthy
                              prison tests judge only the four tests) */
} ix_scale;

/* A domain, standard or key question as a text may write it, and the scope
 * the record gives it: NULL keeps the words as written (lower case). */
typedef struct ix_domain_name {
    const char *written;   /* a space matches runs of spaces or hyphens */
    const char *scope;
} ix_domain_name;

/* One inspectorate. */
typedef struct ix_scale_table {
    const char *inspectorate;   /* canonical name; NULL: the default table */
    const ix_scale *scale;
    /* a later scale, used from year later_from when the text says later_cue
     * (HMICFRS from 2021, when the text is about police: PEEL's five
     * grades); NULL: none */
    const ix_scale *later;
    int later_from;
    const char *later_cue;
    /* from this year the later scale whatever the text is about (HMICFRS
     * from 2023: fire and rescue's third round grades on five too); 0:
     * never */
    int later_all_from;
    /* the year the bands began: a judgement in words of a domain before it
     * is narrative (HMI Probation's 2014 youth headings: "work to reduce
     * reoffending was good"); 0: banded always (Ofsted's "the impact of
     * leaders was good" is a band) */
    int banded_from;
    const ix_domain_name *domains;      /* ends with {NULL, NULL} */
    const char *const *bodies;          /* nouns naming its bodies, lower case */
    /* names only its framework lists together (CQC's five key questions),
     * lower case, spaces as in domains; NULL: none.  signature_min of them,
     * distinct, within SIGNATURE_SPAN bytes tell the inspectorate of a text
     * that names none (ix_scales_framework_of). */
    const char *const *signature;
    int signature_min;
} ix_scale_table;

enum { IX_SCALES_SIGNATURE_SPAN = 300 };

/* At most this many tables (ratings compiles one pattern set per table). */
enum { IX_SCALES_MAXTABLES = 16 };

extern const ix_scale_table *const ix_scales_tables[];
extern const size_t ix_scales_ntables;

/* The table of the inspectorate named `name` (canonical), or the default
 * table (four bands) when name is NULL or has no table of its own.  Never
 * NULL. */
const ix_scale_table *ix_scales_for(const char *name);

/* The scale a document of table t uses: the later scale when t has one
 * and either year >= later_from with has_cue set or year >=
 * later_all_from (when set); else t->scale. */
const ix_scale *ix_scales_pick(const ix_scale_table *t, int year, int has_cue);

/* A band spelling of t's later scale that its first scale lacks
 * ("adequate"): a text of no known year that uses it is on the later scale.
 * NULL when t has no later scale. */
const char *ix_scales_later_only(const ix_scale_table *t);

/* The narrative scale (judgements in words: 'satisfactory', 'very good'),
 * for frameworks that judged in words before they had bands. */
const ix_scale *ix_scales_narrative(void);

/* The band of scale sc spelled at s[i..end) (any case, the longest
 * spelling), with *e set to its end; NULL when none starts there or the
 * spelling runs on into a longer word. */
const char *ix_scales_band_at(const ix_scale *sc, const char *s, size_t i, size_t end, size_t *e);

/* The value `rank` places from the top (rank >= 0) or from the bottom
 * (rank < 0: -1 is the lowest) of sc, or NULL. */
const char *ix_scales_ranked(const ix_scale *sc, int rank);

/* A PCRE2 alternation (no group) of every band spelling of t's scales,
 * longest first, spaces as [\s-]+; malloc'd, the caller frees it.  NULL
 * when out of memory. */
char *ix_scales_band_regex(const ix_scale_table *t);

/* A PCRE2 alternation of t's body nouns (plural forms excluded), malloc'd;
 * NULL when out of memory. */
char *ix_scales_body_regex(const ix_scale_table *t);

/* The domain of t written at s[i..end) (any case, the longest name), with
 * *e set to its end and *scope to its record scope (NULL: as written); 0
 * when none.  The default table (no inspectorate) knows every table's
 * names, its own first. */
int ix_scales_domain_at(const ix_scale_table *t, const char *s, size_t i, size_t end, size_t *e,
                        const char **scope);

/* The table whose framework s[0..n) lists by its signature (see
 * ix_scale_table), with [*fs, *fe) the first name of the list; NULL when
 * none does, or when two tables' signatures do. */
const ix_scale_table *ix_scales_framework_of(const char *s, size_t n, size_t *fs, size_t *fe);

#endif
