/* output/explain.h -- each extracted value beside its evidence in context,
 * for a person checking a record by eye.
 *
 * For every value of the record: one line with the field, the value, the
 * rule that produced it and the span in the original bytes; under it the
 * sentence (or sentences) holding the evidence, with the evidence marked
 * [[like this]] or, for a terminal, in ANSI bold.  Context comes from the
 * normalised text (for HTML: the visible text, not the markup), cut to a
 * window around the evidence when the sentence is long.
 *
 * Owns nothing; writes to the FILE * it is given, never to stderr.
 */
#ifndef IX_EXPLAIN_H
#define IX_EXPLAIN_H
#include <stdio.h>

#include "pipeline/doc.h"

typedef struct ix_explain_opts {
    int ansi;         /* mark evidence with ANSI bold instead of [[ ]] */
    size_t context;   /* bytes of context kept on each side of the evidence
                         in a long sentence; 0: 160 */
} ix_explain_opts;

/* Write the explanation of doc (extractors already run) to out.  opts may
 * be NULL (brackets, default context).  Returns IX_OK or IX_EIO. */
int ix_explain_write(FILE *out, const ix_doc *doc, const ix_explain_opts *opts, ix_err *err);

#endif
