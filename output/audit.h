/* output/audit.h -- compare the records inspex produces with expected ones
 * that a person has checked, field by field: what matched, what was missed,
 * what was extra; precision, recall and F1 per field and overall.
 *
 * Comparison rules (the golden tests rely on them):
 * - A key absent from an expected item is not compared, so an expected file
 *   may leave out what should not be checked or stored (`text` of quotes
 *   from documents whose sentences must not be copied: the quote is then
 *   checked by its spans and speaker).  `rule` is never compared (it names
 *   how a value was found, not what was found), nor `generator`, `schema`
 *   and `source.path`.
 * - List fields (subjects, ratings, dates, caseloads, figures, quotes,
 *   warnings, recommendations.items) are multisets: each expected item is
 *   paired with a distinct produced item that agrees on every key the
 *   expected item has (a maximum matching, so the order of items and of
 *   overlapping candidates does not matter).  Unpaired expected items are
 *   missed, unpaired produced items extra.
 * - Object fields (source, title, genre, inspectorate, recommendations
 *   without its items) count as one item when not null: equal on every
 *   expected key is a match, otherwise one miss and one extra; null on one
 *   side only is one miss or one extra; null on both sides counts nothing.
 * - Numbers are equal within 1e-9 (relative); spans compare exactly;
 *   strings compare as a reader sees them: runs of white space are one
 *   space, typographic quotes and dashes their plain forms.
 * - For expected records written by hand from a text (tests/real/):
 *   `text_prefix` agrees when the produced `text` begins with it; a
 *   subject's `name` agrees with the produced name or short name when the
 *   words of one are all words of the other (articles and plural -s aside,
 *   acronyms such as CRC, NPS, PDU, YOS, HMP spelled out); a `subject` that is a name
 *   rather than an id ("s1") agrees with the produced item's subject by that
 *   rule; `speaker` compares caseless, a leading article aside.
 * - Quotes are paired without their `speaker`, which is then judged on the
 *   pairs: a wrong speaker is one difference, and the table's
 *   quotes.speaker row counts the quotes whose speaker is right.
 *
 * Owns: an ix_audit (the running counts), made by ix_audit_new and released
 * by ix_audit_free.  Writes its report to the FILE * it is given; never to
 * stderr.
 */
#ifndef IX_AUDIT_H
#define IX_AUDIT_H
#include <stddef.h>
#include <stdio.h>

#include <cjson/cJSON.h>

#include "inspex.h"

/* The fields an audit compares, in report order, and their number. */
extern const char *const ix_audit_fields[];
extern const size_t ix_audit_nfields;

typedef struct ix_audit ix_audit;

/* Counts of one field (or of all fields: ix_audit_total). */
typedef struct ix_audit_count {
    size_t matched, missed, extra;
} ix_audit_count;

/* A new audit comparing every field, or only `only` (one of
 * ix_audit_fields; "recommendations" also compares its items).  NULL with
 * err set: IX_EUSAGE for an unknown field, IX_ENOMEM. */
ix_audit *ix_audit_new(const char *only, ix_err *err);
void ix_audit_free(ix_audit *a);

/* True when field takes part in this audit. */
int ix_audit_compares(const ix_audit *a, const char *field);

/* Compare one document's produced record with its expected record and add
 * to the counts.  Each miss and extra is written to out (NULL: nowhere) as
 * one line "  missed  FIELD  VALUE" under a heading naming the document.
 * Returns the number of differences (misses + extras) in this document,
 * or IX_ENOMEM. */
long ix_audit_compare(ix_audit *a, const char *name, const cJSON *expected,
                      const cJSON *produced, FILE *out);

/* Counts so far for field (zero for a field not compared), or for a row
 * derived from one: "ratings.overall" and "ratings.domain" (matched and
 * missed by the expected rating's scope, extra by the produced one's) and
 * "quotes.speaker" (a quote counts as matched when it is paired AND its
 * speaker agrees). */
ix_audit_count ix_audit_field(const ix_audit *a, const char *field);
/* The share of documents in which object field (title, genre, ...) agreed,
 * null on both sides included; -1 when none was compared. */
double ix_audit_docs_right(const ix_audit *a, const char *field);
/* Counts so far over every compared field. */
ix_audit_count ix_audit_total(const ix_audit *a);

/* Precision, recall and F1 of c; each is -1 when undefined (nothing
 * produced, nothing expected, both). */
void ix_audit_scores(ix_audit_count c, double *precision, double *recall, double *f1);

/* Write the per-field table (expected, produced, matched, missed, extra,
 * precision, recall, F1, and an "all" row) to out. */
void ix_audit_table(const ix_audit *a, FILE *out);

/* A copy of record as an expected record: without `generator` and
 * `source.path`, and with no `text` key at any depth when no_text is set.
 * NULL when out of memory.  The caller frees it with cJSON_Delete. */
cJSON *ix_audit_expected_from(const cJSON *record, int no_text);

/* ---- a folder of expected records ----------------------------------- */

typedef struct ix_audit_opts {
    const char *inputs;   /* folder of the documents; NULL: beside the
                             expected files */
    const char *only;     /* compare one field; NULL: all */
    int update;           /* rewrite the expected files from the records
                             produced (after a person checked the diff);
                             documents without one get one */
    int no_text;          /* with update: write no `text` keys */
} ix_audit_opts;

typedef struct ix_audit_summary {
    size_t documents;     /* expected records compared */
    size_t differing;     /* documents with a miss or an extra */
    size_t failed;        /* documents that could not be read or extracted,
                             expected files that could not be parsed */
    size_t written;       /* expected files written by update */
} ix_audit_summary;

/* For each EXPECTED_DIR/NAME.expected.json (sorted by name), extract the
 * document NAME.txt, NAME.html or NAME.htm from opts->inputs (or from
 * expected_dir) with eng and compare.  Writes to out, per document, its
 * misses and extras (and failures, as "  failed  REASON"), then the table
 * and a summary line.  Fills *sum.  Returns IX_OK (differences and failed
 * documents are reported in *sum, not as errors), IX_EUSAGE for an unknown
 * field, IX_EIO when expected_dir cannot be listed or an expected file
 * cannot be written, IX_ENOMEM. */
int ix_audit_dir(const ix_engine *eng, const char *expected_dir, const ix_audit_opts *opts,
                 FILE *out, ix_audit_summary *sum, ix_err *err);

#endif
