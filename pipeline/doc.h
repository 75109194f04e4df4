/* pipeline/doc.h -- one document: its bytes, normalised text, structure and
 * everything the extractors found in it.
 *
 * Owns: an arena holding the normalised text, the offset map, blocks,
 * sentences and every fact; ix_doc_free releases all of it.
 * Does not own: src, the original bytes, which the caller keeps alive until
 * ix_doc_free (the corpus reader and the library API do so).
 *
 * Facts mirror the record contract (shared spec RECORD.md).  Every fact has
 * `span` (original bytes, what the record prints), `norm` (the same evidence
 * in doc->norm, for extractors relating facts to each other) and `rule`, the
 * stable name of the pattern or decision that produced it.  A NULL `text`
 * means "the evidence as written": the writer copies it from src.
 */
#ifndef IX_DOC_H
#define IX_DOC_H
#include <stddef.h>
#include <stdint.h>

#include "pipeline/arena.h"
#include "pipeline/err.h"
#include "pipeline/span.h"

/* ---- structure ------------------------------------------------------- */

typedef enum ix_block_kind {
    IX_BLOCK_PARAGRAPH,
    IX_BLOCK_HEADING,   /* short line without closing punctuation */
    IX_BLOCK_BULLET,    /* starts with a bullet mark (•, *, -, ...) */
    IX_BLOCK_NUMBERED   /* starts with "1." / "2)" / "(a)" */
} ix_block_kind;

typedef enum ix_section {
    IX_SECTION_BODY,
    IX_SECTION_FINDINGS,   /* under a "Key findings"-style heading */
    IX_SECTION_ENDS,       /* the "ENDS" marker line itself */
    IX_SECTION_NOTES,      /* after ENDS / "Notes to editors" */
    IX_SECTION_FURNITURE   /* page or email chrome, comments: not the document */
} ix_section;

typedef struct ix_block {
    ix_span norm;          /* whole block in doc->norm, marker included */
    ix_span text;          /* block text after the bullet/number marker */
    ix_block_kind kind;
    ix_section section;
    size_t first_sent, nsents;  /* its sentences in doc->sents */
} ix_block;

typedef struct ix_sent {
    ix_span norm;          /* in doc->norm, trimmed of surrounding space */
    size_t block;          /* index into doc->blocks */
} ix_sent;

/* ---- facts ----------------------------------------------------------- */

typedef enum ix_approx {
    IX_APPROX_EXACT, IX_APPROX_MORE_THAN, IX_APPROX_LESS_THAN,
    IX_APPROX_ABOUT, IX_APPROX_NEARLY
} ix_approx;

typedef enum ix_genre {
    IX_GENRE_UNKNOWN, IX_GENRE_PRESS_RELEASE, IX_GENRE_COMMENTARY
} ix_genre;

typedef struct ix_title {
    const char *text;      /* NULL: no title found */
    const char *rule;      /* how it was chosen: title.headline, ... */
    int headline;          /* 1: a headline; 0: the story's first sentence */
    ix_span span, norm;
} ix_title;

typedef struct ix_inspectorate {
    const char *name;      /* canonical name; NULL: none found */
    ix_span span, norm;
} ix_inspectorate;

typedef struct ix_subject {
    char id[16];           /* "s1", "s2", ... */
    const char *name;      /* fullest name, "Exmoor Community Rehabilitation Company" */
    const char *short_name;/* "Exmoor CRC", or NULL */
    const char *type;      /* crc nps yos pdu region prison other */
    const char *owner;     /* company running it, or NULL */
    ix_span span, norm;    /* first full mention */
    const char **aliases;  /* NULL-terminated: other ways the text names it
                              ("the CRC", "NPS"), matched case-insensitively */
} ix_subject;

typedef struct ix_rating {
    const char *subject;   /* a subject id, or NULL */
    const char *scope;     /* "overall" or the domain, lower case */
    const char *value;     /* outstanding good requires_improvement inadequate,
                              or a narrative phrase (poor, not_good_enough) */
    const char *scale;     /* four_band five_grade healthy_prison narrative */
    int points, of;        /* score: inspection points out of a possible
                              `of`; of == 0 when the text gives none */
    const char *text;
    const char *rule;
    ix_span span, norm;
} ix_rating;

typedef struct ix_date {
    const char *role;      /* publication fieldwork caseload_as_of
                              previous_inspection other */
    char start[11];        /* ISO 8601 partial: "2019", "2019-06", "2019-06-12" */
    char end[11];          /* "" when not a range */
    char time[6];          /* "HH:MM" or "" */
    const char *text;
    const char *rule;
    ix_span span, norm;
} ix_date;

typedef struct ix_caseload {
    const char *subject;   /* a subject id, or NULL */
    double count;
    ix_approx approx;
    const char *unit;      /* "people", "offenders", "children", ... */
    char as_of[11];        /* ISO partial date or "" */
    const char *text;
    const char *rule;
    ix_span span, norm;
} ix_caseload;

typedef struct ix_figure {
    double value;          /* fraction of 1 */
    const char *kind;      /* percent fraction ratio */
    ix_approx approx;
    const char *text;
    const char *rule;
    ix_span span, norm;
} ix_figure;

typedef struct ix_quote {
    const char *text;      /* the words quoted, paragraphs joined by "\n" */
    const char *speaker;   /* fullest name, a group ("Inspectors"), or NULL */
    const char *speaker_role;
    const char *attribution; /* explicit anaphoric contextual none */
    int partial;
    const char *rule;
    ix_span *spans, *norms;  /* one per paragraph, in order */
    size_t nspans;
    int has_speaker_span;
    ix_span speaker_span, speaker_norm;
} ix_quote;

typedef struct ix_rec_item {
    const char *text;
    ix_span span, norm;
} ix_rec_item;

typedef struct ix_recommendations {
    int present;           /* 0: the record says null */
    long count;            /* -1: items listed but no count stated */
    const char *text;
    const char *rule;
    ix_span span, norm;
    IX_VEC(ix_rec_item) items;
} ix_recommendations;

typedef struct ix_warning {
    const char *code;      /* stable lower-case identifier */
    const char *message;
    ix_span span;          /* original bytes; may be empty */
} ix_warning;

/* ---- the document ---------------------------------------------------- */

/* One piece of the offset map: norm[norm_start..) came from
 * src[src_start..).  Linear pieces map byte for byte; the others (a CRLF
 * folded to LF, a composed character, a replaced quote mark) map every
 * interior byte to src_start and their end to the next piece's start. */
typedef struct ix_map_piece {
    uint32_t norm_start, src_start;   /* inputs are at most 1 GiB (corpus/input.h) */
    uint32_t linear;
} ix_map_piece;

typedef struct ix_doc {
    ix_arena *arena;
    const char *path;              /* as given; "-" for standard input */
    const char *format;            /* "text" or "html" */
    const unsigned char *src;      /* original bytes, not owned */
    size_t src_len;

    char *norm;                    /* NFC, folded, valid UTF-8, NUL-terminated */
    size_t norm_len;
    ix_map_piece *map;             /* norm -> pre, sorted by norm_start */
    size_t nmap;
    /* The text normalisation read: src itself for plain text, the visible
     * text for HTML (then premap maps pre -> src). */
    const char *pre;
    size_t pre_len;
    const ix_map_piece *premap;    /* NULL for plain text */
    size_t npremap;

    IX_VEC(ix_block) blocks;
    IX_VEC(ix_sent) sents;
    /* extractors/keywords' hits: every trigger word's offsets in norm,
     * found in one pass before the stages run (NULL: not built; the
     * stages' word tests then scan) */
    const struct ix_keyhits *keywords;

    ix_title title;
    ix_genre genre;
    ix_inspectorate inspectorate;
    IX_VEC(ix_subject) subjects;
    const void *subjects_index;    /* extractors/subjects' mention index */
    IX_VEC(ix_rating) ratings;
    IX_VEC(ix_date) dates;
    IX_VEC(ix_caseload) caseloads;
    IX_VEC(ix_figure) figures;
    IX_VEC(ix_quote) quotes;
    ix_recommendations recommendations;
    IX_VEC(ix_warning) warnings;
} ix_doc;

/* A new document over src[0..len), which must outlive it.  Decodes,
 * normalises and segments (ix_norm_run, ix_segment_run); extractors have not
 * run yet.  Returns NULL with err set: IX_EINPUT for an empty or blank file
 * or a binary one (a NUL byte), IX_ENOMEM. */
ix_doc *ix_doc_new(const char *path, const unsigned char *src, size_t len, ix_err *err);

/* As ix_doc_new, for text already extracted from markup: norm_text is the
 * visible text and map its offset map into src (see corpus/html.h). */
ix_doc *ix_doc_new_mapped(const char *path, const char *format,
                          const unsigned char *src, size_t len,
                          const char *norm_text, size_t norm_len,
                          const ix_map_piece *map, size_t nmap, ix_err *err);

/* As ix_doc_new_mapped, but the document takes text (malloc'd, norm_len
 * bytes and a NUL) and map (malloc'd, with room for nmap + 1 pieces) rather
 * than copying them, so a big page's text is not held twice; both are freed
 * with the document, or at once when NULL is returned. */
ix_doc *ix_doc_adopt_mapped(const char *path, const char *format, const unsigned char *src,
                            size_t len, char *text, size_t norm_len, ix_map_piece *map,
                            size_t nmap, ix_err *err);

/* Release the document and everything in its arena.  Accepts NULL. */
void ix_doc_free(ix_doc *doc);

/* Original-byte span of the normalised range [nstart, nend). */
ix_span ix_doc_src_span(const ix_doc *doc, size_t nstart, size_t nend);

/* Record a warning; message is copied.  Returns IX_OK or IX_ENOMEM. */
int ix_doc_warn(ix_doc *doc, const char *code, ix_span src_span, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* The section of the block at or before norm offset off (FURNITURE before
 * the first block). */
ix_section ix_doc_section_at(const ix_doc *doc, size_t off);

/* Index of the last block starting at or before norm offset off, or
 * (size_t)-1 before the first block. */
size_t ix_doc_block_at(const ix_doc *doc, size_t off);

/* The next run of blocks that are not furniture, from block *b on: its
 * norm span in *lo..*hi, and *b moved past it.  0 when no such block is
 * left. */
int ix_doc_next_text_run(const ix_doc *doc, size_t *b, size_t *lo, size_t *hi);

/* Index of the sentence containing norm offset off, or (size_t)-1. */
size_t ix_doc_sent_at(const ix_doc *doc, size_t off);

/* The evidence of the norm range [ns, ne) as written, for a fact's text:
 * the original bytes for a text document, the visible text (references
 * decoded, no markup) for an HTML page.  A NUL-terminated, valid UTF-8
 * copy in doc->arena (invalid bytes become U+FFFD), or NULL when out of
 * memory. */
char *ix_doc_written(const ix_doc *doc, size_t ns, size_t ne);

/* The codepoint as written in the original at norm offset off (before
 * folding): lets the quotes extractor tell ‘ from ’ after both became '. */
uint32_t ix_doc_orig_char(const ix_doc *doc, size_t off);

#endif
