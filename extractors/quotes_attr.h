/* extractors/quotes_attr.h -- step 3 of the quotes pipeline: who said it.
 *
 * People: before attributing, the document's text outside quotes (body,
 * findings, notes) is read once for mentions of people and speaking groups:
 * an honorific and a name ("Dame Ann Coyle", "Mr Okafor"), an office and a
 * name ("Chief Inspector Tom Reyes"), a name and an office in apposition
 * ("Tom Reyes, HM Chief Inspector of Prisons,"), a name before a speech
 * verb ("Jane Okafor said"), and group nouns (inspectors, the report,
 * staff, a spokesperson).  Each person gets the fullest form the document
 * gives them ('Dame Ann' and 'Ms Coyle' -> 'Dame Ann Coyle', 'Mr Reyes' ->
 * 'Tom Reyes'), a role when one is stated in apposition or before the name,
 * and a gender from an honorific (Dame Ms Mrs Miss Lady: female; Sir Mr
 * Lord: male) or from the pronoun (she/her, he/his) that follows a mention
 * in the same or the next sentence.
 *
 * Attribution of a candidate, first rule that yields a speaker wins:
 *  1. said_colon: the writer's clause before a colon that opens the quote,
 *     in the same paragraph or ending the previous one ("Dame Ann Coyle
 *     said:", "Inspectors concluded:", "she had commented:"): the subject
 *     of its speech verb, or a name ending the clause ("... the last word to
 *     the Chief Inspector, Dame Ann Coyle:").
 *  2. said_before: a speech verb in the writer's clause right before the
 *     quote ("she added, '...'", "but, Mr Reyes said, '...'", 'noted "..."',
 *     'was described by staff as "..."' -- a passive agent).
 *  3. said_after: after the quote ('"...," said Mr Reyes.', '"...," she
 *     added.', '"...", according to the review.').
 *  4. quote_from: the next paragraph names it ("That is the quote from
 *     ...").
 *  5. continuation: a quote paragraph following, in the same or the next
 *     paragraph, a quote whose speaker is known: that speaker, anaphoric.
 *  6. contextual: a reporting clause ("the report noted that ...") or an
 *     attributed quote earlier in the paragraph or in the two paragraphs
 *     before (no heading between): that speaker, contextual.  For a
 *     partial quote, only when its own sentence names no speaker.
 *  6b. a partial quote that no clause attributes is a finding of the
 *     inspectorate the document is about, by the name the document gives
 *     it (its canonical name for an acronym or an office), contextual.
 *  7. none: speaker null.
 * A pronoun subject (she he they it) is anaphoric: resolved to the nearest
 * mention before it that agrees (she/he: a person of that gender or of
 * unknown gender; they: a group in the plural; it: a singular group such as
 * the report); the speaker span is then that mention.  I and we are never
 * resolved.  Group names: inspectors -> "Inspectors", any "... report" ->
 * "report", otherwise the phrase as written without its determiner.  An
 * office without a name ("the Chief Inspector said") is resolved to the
 * person the document gives that office, else the office is the speaker.
 * Colon blocks and quote-from paragraphs need a speaker: without one they
 * are not quotes.
 *
 * Owns nothing: people tables and strings live in doc->arena.  Every scan
 * is over a bounded window around one quote, so the step is linear in the
 * number of quotes; the people pass is linear in the text.
 */
#ifndef IX_QUOTES_ATTR_H
#define IX_QUOTES_ATTR_H
#include "extractors/quotes_merge.h"
#include "pipeline/doc.h"

typedef struct ix_quotes_people ix_quotes_people;

/* Read the mentions of people and groups in the document's body, findings
 * and notes, skipping the norm ranges skip[0..nskip) (the quotes; sorted,
 * disjoint).  Returns the table (in doc->arena), or NULL with err set
 * (IX_ENOMEM). */
ix_quotes_people *ix_quotes_people_build(ix_doc *doc, const ix_span *skip, size_t nskip,
                                         ix_err *err);

/* The fullest form of the person written at norm[a..b) ("Mr Reyes"), with
 * the role stated for them (or NULL) in *role; NULL when norm[a..b) names no
 * person of the table. */
const char *ix_quotes_people_fullest(const ix_quotes_people *pp, const ix_doc *doc,
                                     size_t a, size_t b, const char **role);

typedef struct ix_quotes_attrib {
    const char *speaker;      /* NULL: none found */
    const char *role;
    const char *attribution;  /* explicit anaphoric contextual none */
    const char *rule;         /* quotes.said_colon, ... (partial quotes:
                                 quotes.partial) */
    int has_span;
    size_t span_a, span_b;    /* norm: the mention of the speaker used */
    int person;               /* the speaker is a person (not a group or body) */
    int drop;                 /* a plain-paragraph candidate without speaker */
    int office;               /* the speaker is an office no person of the
                                 document was found holding ("the chief
                                 inspector"): the run may name its holder */
} ix_quotes_attrib;

/* Attribute cands[0..n) (document order; only FULL and PARTIAL ones are
 * looked at, the others get speaker NULL and drop set) into out[0..n).
 * Returns IX_OK or IX_ENOMEM. */
int ix_quotes_attr_run(ix_doc *doc, const ix_quotes_people *pp, const ix_quotes_cand *cands,
                       size_t n, ix_quotes_attrib *out, ix_err *err);

#endif
