#include "extractors/quotes_merge.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "extractors/quotes_lex.h"
#include "extractors/scales.h"
#include "extractors/scan.h"
#include "pipeline/rx.h"

enum { RX_WRITER_OPENS, RX_WRITER_POINTS, RX_QUOTE_FROM, RX_TITLE_SHAPE, RX_COUNT };

/* Matched at the start (\G) or end ($) of a block's text or quote. */
static const char *const patterns[RX_COUNT] = {
    /* The writer speaking to the reader, or pointing at the page:
     * "You can read the full report on our website."  "See our earlier
     * post on the Exe Valley inspection."  "More details are set out
     * below."  "The infographic is here."  Two patterns, so that the one
     * of the end is tried on the last few bytes only (writer_in). */
    [RX_WRITER_OPENS] =
        "\\G(?:you\\b|see\\b|click\\b|read\\b|find\\s+out\\b|for\\s+(?:more|further)\\b"
        "|more\\s+(?:detailed|details|information)\\b|further\\s+(?:details|information)\\b"
        "|the\\s+(?:full\\s+)?report\\s+(?:is|can\\s+be)\\s+(?:available|found|read)\\b)",
    [RX_WRITER_POINTS] = "\\b(?:here|below|above)\\s*[.:!]?\\s*$",
    /* The next paragraph names the speaker of a plain one:
     * "That was the verdict of Sir Peter Vale, ..."  "This is the headline
     * quote from the Chief Inspector, ..."  "Those are the words of ..." */
    [RX_QUOTE_FROM] =
        "\\G(?:(?:that|this|these|those)(?:'s|\\s+(?:is|was|are|were))|such\\s+(?:is|was|were))"
        "\\s+(?:[\\w'-]+\\s+){0,4}?"
        "(?:quotes?|quotations?|words|comments?|verdict|conclusions?|statement|message|view|assessment)"
        "\\s+(?:from|of|by)\\s+",
    /* The title of an inspection report: "An inspection of youth offending
     * services in Wessex", "A joint thematic inspection of ...", "Review of
     * ...". */
    [RX_TITLE_SHAPE] =
        "\\G(?:(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2})?(?:inspection|review|report|study|evaluation)"
        "\\s+(?:of|into|on)\\b(?!.*[.!?]\\s*$)",
};

struct ix_quotes_merge {
    ix_rx *rx[RX_COUNT];
};

int ix_quotes_merge_new(ix_quotes_merge **m, ix_err *err)
{
    *m = calloc(1, sizeof **m);
    if (!*m)
        return ix_err_set(err, IX_ENOMEM, "quotes: out of memory");
    int rc = ix_rx_compile_all((*m)->rx, patterns, RX_COUNT, "quotes_merge", PCRE2_CASELESS, err);
    if (rc != IX_OK) {
        free(*m);
        *m = NULL;
    }
    return rc;
}

void ix_quotes_merge_free(ix_quotes_merge *m)
{
    if (!m)
        return;
    ix_rx_free_all(m->rx, RX_COUNT);
    free(m);
}

/* ---- small helpers ------------------------------------------------------- */

static int is_ws(char c)
{
    return c == ' ' || c == '\n' || c == '\t';
}

static size_t text_start(const ix_doc *doc, size_t b)
{
    size_t a = doc->blocks.items[b].text.start, e = doc->blocks.items[b].text.end;
    while (a < e && is_ws(doc->norm[a]))
        a++;
    return a;
}

static size_t text_end(const ix_doc *doc, size_t b)
{
    size_t a = doc->blocks.items[b].text.start, e = doc->blocks.items[b].text.end;
    while (e > a && is_ws(doc->norm[e - 1]))
        e--;
    return e;
}

static int is_prose_paragraph(const ix_doc *doc, size_t b)
{
    return b < doc->blocks.n && doc->blocks.items[b].kind == IX_BLOCK_PARAGRAPH &&
           ix_scan_block_in(doc, b, IX_IN_PROSE);
}

/* Where a match of RX_WRITER_POINTS ending at e can start, at the
 * earliest: before the spaces and stops that may follow its word (any byte
 * of a multi-byte character taken for a space) and the word's five
 * letters; a on short text. */
static size_t pointing_from(const char *s, size_t a, size_t e)
{
    while (e > a && (is_ws(s[e - 1]) || s[e - 1] == '\r' || s[e - 1] == '\v' || s[e - 1] == '\f' ||
                     (unsigned char)s[e - 1] >= 0x80 || strchr(".:!", s[e - 1])))
        e--;
    return e - a > 5 ? e - 5 : a;
}

/* The first match in norm[a..e) of pattern `which`, RX_WRITER_OPENS
 * standing for the writer's two patterns as one: 1 with its start in
 * *start, or 0. */
static int find_in(const ix_quotes_merge *m, int which, const ix_doc *doc, size_t a, size_t e,
                   size_t *start)
{
    ix_rxm mm;
    ix_err err = {0};
    if (ix_rx_find(m->rx[which], doc->norm, a, e, &mm, &err) == 1) {
        *start = mm.g[0].start;
        return 1;
    }
    if (which != RX_WRITER_OPENS)
        return 0;
    if (ix_rx_find(m->rx[RX_WRITER_POINTS], doc->norm, pointing_from(doc->norm, a, e), e, &mm,
                   &err) != 1)
        return 0;
    *start = mm.g[0].start;
    return 1;
}

static int rx_match(const ix_quotes_merge *m, int which, const ix_doc *doc, size_t a, size_t e)
{
    size_t at;
    if (a >= e)
        return 0;
    /* Very long blocks: the patterns look at the start and the end only. */
    if (e - a > 4096) {
        if (find_in(m, which, doc, a, a + 2048, &at) && at == a)
            return 1;
        a = e - 2048;
        while (a < e && ((unsigned char)doc->norm[a] & 0xC0) == 0x80)
            a++;
    }
    return find_in(m, which, doc, a, e, &at);
}

int ix_quotes_merge_writer_voice(const ix_quotes_merge *m, const ix_doc *doc, size_t b)
{
    return rx_match(m, RX_WRITER_OPENS, doc, text_start(doc, b), text_end(doc, b));
}

/* Where the speaker's name starts when block b opens with "That is the
 * quote from ...", or 0. */
static size_t quote_from_at(const ix_quotes_merge *m, const ix_doc *doc, size_t b)
{
    if (b >= doc->blocks.n || doc->blocks.items[b].kind != IX_BLOCK_PARAGRAPH ||
        !ix_scan_block_in(doc, b, IX_IN_PROSE))
        return 0;
    size_t a = text_start(doc, b), e = text_end(doc, b), end = 0;
    if (e - a > 512)
        e = a + 512;
    while (e > a && ((unsigned char)doc->norm[e] & 0xC0) == 0x80)
        e--;
    ix_rxm mm;
    ix_err err = {0};
    if (ix_rx_find(m->rx[RX_QUOTE_FROM], doc->norm, a, e, &mm, &err) == 1 && mm.g[0].start == a)
        end = mm.g[0].end;
    return end;
}

/* ---- classification -------------------------------------------------------- */

enum { NPRE = 40, NPOST = 16 };

static int tok_is(const char *s, const ix_qtok *t, const char *w)
{
    return !t->punct && ix_quotes_lex_is(s, t->a, t->b, w);
}

static int ends_with(const char *s, const ix_qtok *t, const char *suffix)
{
    size_t n = strlen(suffix);
    return !t->punct && t->b - t->a > n + 1 && ix_quotes_lex_is(s, t->b - n, t->b, suffix);
}

static int speech(const char *s, const ix_qtok *t)
{
    return !t->punct && ix_quotes_lex_speech_verb(s, t->a, t->b) == IX_QLEX_SPEECH;
}

/* Does token i end a sentence?  An abbreviation's full stop does not; the
 * word before it is asked the index (t may be bare tokens). */
static int sentence_end(const char *s, const ix_qtok *t, size_t i)
{
    if (!t[i].punct || !strchr(".!?;", t[i].punct))
        return 0;
    if (t[i].punct == '.' && i > 0 && !t[i - 1].punct &&
        (ix_quotes_lex_classes(s, t[i - 1].a, t[i - 1].b) & IX_QLEX_W_ABBREV))
        return 0;
    return 1;
}

/* Title case: every word of four letters or more is capitalised, and there
 * are at least two words. */
static int title_case(const char *s, size_t a, size_t b)
{
    ix_qtok t[24];
    size_t n = ix_quotes_lex_tokens(s, a, b, t, 24, 0);
    size_t words = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i].punct) {
            if (strchr(".!?", t[i].punct))
                return 0;
            continue;
        }
        words++;
        if (!t[i].cap && (t[i].b - t[i].a >= 4 || i == 0))
            return 0;
    }
    return words >= 2 && words <= 12;
}

/* A name or a title after a determiner, in sentence case as well as in
 * title case: "see our 'Guide for writing inspection reports'", "the
 * 'Improving Harbour Action Plan'".  A quotation opening with a capital
 * letter does not follow "the" or "our"; "that" opens a reported clause
 * ('said that "Staff were ..."'), and a quotation ending a sentence or a
 * clause is speech. */
static int name_after_determiner(const char *s, size_t ia, size_t ib, const ix_qtok *pre, size_t np)
{
    if (ib <= ia || !isupper((unsigned char)s[ia]) || strchr(".!?,;:", s[ib - 1]))
        return 0;
    const ix_qtok *d = np ? &pre[np - 1] : NULL;
    return d && !d->punct && ix_quotes_lex_determiner(s, d->a, d->b) && !tok_is(s, d, "that");
}

/* Is block b the last block with text of the body (nothing but furniture
 * or notes after it)? */
static int last_text_block(const ix_doc *doc, size_t b)
{
    for (size_t k = b + 1; k < doc->blocks.n; k++)
        if (ix_scan_block_in(doc, k, IX_IN_PROSE) && text_end(doc, k) > text_start(doc, k))
            return 0;
    return 1;
}

/* Does the piece stand in the document's title or in a heading (a short
 * line without closing punctuation of its own)? */
/* A pull quote: the quote is its whole line, of four words or more, and
 * the next line only names a person, two or three capitalised words
 * ("Ada Brunel"): the quote is signed, not a heading. */
static int signed_by_next_line(const ix_doc *doc, const ix_quotes_piece *p)
{
    const char *s = doc->norm;
    size_t b = p->block;
    if (b + 1 >= doc->blocks.n || !ix_quotes_lex_has_words(s, p->in_start, p->in_end, 4) ||
        p->start > text_start(doc, b) || p->end + 1 < text_end(doc, b))
        return 0;
    ix_qtok t[5];
    size_t n = ix_quotes_lex_tokens(s, text_start(doc, b + 1), text_end(doc, b + 1), t, 5, 0);
    if (n < 2 || n > 3)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (t[i].punct || !t[i].cap ||
            ix_quotes_lex_tok_in(&t[i], IX_QLEX_W_STOP | IX_QLEX_W_ROLE | IX_QLEX_W_ORG | IX_QLEX_W_SPEECH))
            return 0;
    return 1;
}

static int headline(const ix_doc *doc, const ix_quotes_piece *p)
{
    const ix_title *t = &doc->title;
    size_t te = t->norm.end;
    while (te > t->norm.start && is_ws(doc->norm[te - 1]))
        te--;
    size_t tl = te;
    while (tl > t->norm.start && (doc->norm[tl - 1] == '"' || doc->norm[tl - 1] == '\''))
        tl--;
    /* A headline-less document's title is its first sentence: its quotes
     * are read as in any sentence. */
    if (t->text && te > t->norm.start && p->start >= t->norm.start && p->end <= te &&
        p->block + 1 < doc->blocks.n &&
        !strchr(".!?:", doc->norm[tl > t->norm.start ? tl - 1 : te - 1]))
        return 1;
    /* '"We need stronger leadership." - Sarah Quinn' is a sentence of speech. */
    char last_in = p->in_end > p->in_start ? doc->norm[p->in_end - 1] : 0;
    return doc->blocks.items[p->block].kind == IX_BLOCK_HEADING &&
           !(last_in && strchr(".!?", last_in)) && !signed_by_next_line(doc, p);
}

/* Does the text after a quote attribute it ("..., said Mr Okafor", "...,"
 * she added", "..." according to the review)? */
static int followed_by_speech(const char *s, const ix_qtok *t, size_t n, int closed_sentence)
{
    size_t i = 0;
    if (i < n && t[i].punct == ',')
        i++;
    /* '"... abuse." Inspectors found': the writer's next sentence. */
    if (closed_sentence && (i > 0 || n == 0 || t[0].cap || t[0].punct))
        return 0;
    if (i < n && tok_is(s, &t[i], "according") && i + 1 < n && tok_is(s, &t[i + 1], "to"))
        return 1;
    for (size_t k = i; k < n && k < i + 7; k++) {
        if (t[k].punct)
            return 0;
        if (speech(s, &t[k])) {
            if (k == i)
                return 1;
            const ix_qtok *f = &t[i];
            return f->cap || ix_quotes_lex_pronoun(s, f->a, f->b) ||
                   ix_quotes_lex_determiner(s, f->a, f->b);
        }
    }
    return 0;
}

/* Before "..., Ms Vale said," at the end of pre: a comma with the writer's
 * words before it in the same sentence ("The unit is hiring, Ms Vale
 * said,").  Not "Ms Vale said," opening the sentence. */
static int reported_first_half(const char *s, const ix_qtok *pre, size_t np)
{
    if (np < 2 || pre[np - 1].punct != ',')
        return 0;
    size_t k = np - 1;
    while (k > 0 && !pre[k - 1].punct)
        k--;
    if (k == 0 || pre[k - 1].punct != ',')
        return 0;
    size_t words = 0, first = k - 1;
    for (size_t j = k - 1; j-- > 0;) {
        if (sentence_end(s, pre, j) || pre[j].punct == ':' || pre[j].punct == '"')
            break;
        if (!pre[j].punct) {
            words++;
            first = j;
        }
    }
    /* "In response, Ms Vale said, '...'": a short phrase opening with a
     * preposition sets the scene; nothing is reported in it. */
    const ix_qtok *f = &pre[first];
    if (words <= 3 && first < k - 1 && !f->punct && ix_quotes_lex_link_word(s, f->a, f->b) &&
        !ix_quotes_lex_determiner(s, f->a, f->b) && !ix_quotes_lex_pronoun(s, f->a, f->b))
        return 0;
    return words >= 2;
}

/* Before the colon ending pre: "that" after a speech verb in the same
 * sentence ("said that:", "told reporters that the findings:"). */
static int reported_that(const char *s, const ix_qtok *pre, size_t np)
{
    int that = 0;
    for (size_t k = np - 1; k-- > 0;) {
        if (sentence_end(s, pre, k) || pre[k].punct == ':' || pre[k].punct == '"')
            return 0;
        if (tok_is(s, &pre[k], "that"))
            that = 1;
        else if (that && speech(s, &pre[k]))
            return 1;
    }
    return 0;
}

/* Does a domain name of table t span s[ia..ib) whole? */
static int domain_spans(const ix_scale_table *t, const char *s, size_t ia, size_t ib)
{
    size_t e = 0;
    const char *scope = NULL;
    return ix_scales_domain_at(t, s, ia, ib, &e, &scope) && e == ib;
}

/* The quote is all a name a framework gives what it rates ("'implementation
 * and delivery'", "'reducing the likelihood of reoffending'"): a label. */
static int framework_name(const char *s, size_t ia, size_t ib)
{
    while (ia < ib && strchr(" .,;:", s[ia]))
        ia++;
    while (ib > ia && strchr(" .,;:", s[ib - 1]))
        ib--;
    if (ib - ia < 6 || !memchr(s + ia, ' ', ib - ia))
        return 0;
    /* The default table (no inspectorate) is asked every table's names and
     * gives the longest: a name of any table spans the quote if and only if
     * its answer does, so it alone is asked when there is one. */
    for (size_t k = 0; k < ix_scales_ntables; k++)
        if (!ix_scales_tables[k]->inspectorate)
            return domain_spans(ix_scales_tables[k], s, ia, ib);
    for (size_t k = 0; k < ix_scales_ntables; k++)
        if (domain_spans(ix_scales_tables[k], s, ia, ib))
            return 1;
    return 0;
}

int ix_quotes_merge_sentence_goes_on(const ix_doc *doc, size_t b)
{
    if (b == 0 || doc->blocks.items[b - 1].section != doc->blocks.items[b].section)
        return 0;
    int kind = doc->blocks.items[b - 1].kind;
    if (kind != IX_BLOCK_PARAGRAPH && kind != IX_BLOCK_HEADING)
        return 0;
    size_t a = text_start(doc, b - 1), e = text_end(doc, b - 1);
    if (e <= a)
        return 0;
    unsigned char c = (unsigned char)doc->norm[e - 1];
    if (kind == IX_BLOCK_PARAGRAPH)
        return isalnum(c) || c == ',';
    /* The broken line looks like a heading: only a function word ending it
     * ("... had deteriorated and") tells a sentence cut short. */
    ix_qtok last[1];
    return ix_quotes_lex_tokens(doc->norm, a, e, last, 1, 1) == 1 && !last[0].punct &&
           !last[0].cap && ix_quotes_lex_link_word(doc->norm, last[0].a, last[0].b);
}

/* A band that is a plain adjective of judgement (ix_quotes_lex_narrative_band),
 * in lower case, in a sentence whose speech verb comes before it, with no
 * rating word in the three words before the quote: 'Ms Vale said the work
 * was "insufficient"', 'The review found attendance "poor"'; not 'rated
 * "poor"', nor 'Attendance was "poor".' (no speech verb), nor the shapes
 * below. */
static int reported_judgement(const char *s, size_t ia, size_t ib, const ix_qtok *pre, size_t np,
                              const ix_qtok *post, size_t nq)
{
    if (ia >= ib || !islower((unsigned char)s[ia]) || !ix_quotes_lex_narrative_band(s, ia, ib))
        return 0;
    /* 'described as "poor"' rates; '"weak" or "unsatisfactory"' lists the
     * scale's bands; 'a "weak" regime' is the writer's epithet. */
    if (np && tok_is(s, &pre[np - 1], "as"))
        return 0;
    if (nq && !post[0].punct && (tok_is(s, &post[0], "or") ||
                                 (!post[0].cap && !ix_quotes_lex_link_word(s, post[0].a, post[0].b))))
        return 0;
    int speech_before = 0;
    for (size_t k = np, w = 0; k-- > 0;) {
        if (sentence_end(s, pre, k) || pre[k].punct == ':' || pre[k].punct == '"' ||
            pre[k].punct == '\'')
            break;
        if (pre[k].punct)
            continue;
        if (w++ < 3 && ix_quotes_lex_rating_cue(s, pre[k].a, pre[k].b))
            return 0;
        if (speech(s, &pre[k]))
            speech_before = 1;
    }
    return speech_before;
}

/* Where the word in s[a..b) ends, punctuation after it aside ("decrepit."). */
static size_t word_end(const char *s, size_t a, size_t b)
{
    while (b > a && !isalnum((unsigned char)s[b - 1]))
        b--;
    return b;
}

ix_quotes_class ix_quotes_merge_classify(const ix_quotes_merge *m, const ix_doc *doc,
                                         const ix_quotes_cand *c)
{
    const char *s = doc->norm;
    const ix_quotes_piece *p = &c->pieces[0];
    size_t ia = p->in_start, ib = p->in_end;
    /* Counted up to 8: no test below asks more of the count. */
    size_t words = ix_quotes_lex_count_words_upto(s, ia, ib, 8);

    ix_qtok pre[NPRE], post[NPOST];
    /* Bare: of these tokens only speech verbs and a few words are asked. */
    size_t np = ix_quotes_lex_tokens_bare(s, c->pre_lo, p->start, pre, NPRE, 1);
    size_t nq = ix_quotes_lex_tokens_bare(s, p->end, c->post_hi, post, NPOST, 0);
    int reported_band = reported_judgement(s, ia, ib, pre, np, post, nq);
    if ((ix_quotes_lex_band_label(s, ia, ib) && !reported_band) ||
        ix_quotes_lex_status_term(s, ia, ib) || framework_name(s, ia, ib))
        return IX_QUOTES_LABEL;

    /* A headline's or a heading's quotation stands for the story: "Watchdog
     * finds service 'well below standard'" is not speech of its own.  A
     * "heading" whose quote a colon introduces is a paragraph cut short
     * (the page ends inside the quote): 'A spokesperson said: "The gov'. */
    int colon_intro = 0;
    if (np >= 2 && pre[np - 1].punct == ':')
        for (size_t k = np - 1, w = 0; k-- > 0 && w < 4 && !pre[k].punct; w++)
            if (speech(s, &pre[k]))
                colon_intro = 1;

    /* A quoted ending inside the marks: "... well," / "... well?" */
    char last_in = ib > ia ? s[ib - 1] : 0;
    int shape = words >= 2 && last_in && strchr(".!?,", last_in) != NULL;

    int at_start = np == 0;
    const ix_qtok *lt = np ? &pre[np - 1] : NULL;
    int after_colon = lt && lt->punct == ':';
    int after_sentence = lt && sentence_end(s, pre, np - 1);
    int after_speech_comma = 0, speech_near = 0, after_speech_verb = 0;
    if (lt && lt->punct == ',') {
        for (size_t k = np - 1, w = 0; k-- > 0 && w < 5; w++) {
            if (pre[k].punct)
                break;
            if (speech(s, &pre[k]) || (tok_is(s, &pre[k], "according") && k + 1 < np &&
                                       tok_is(s, &pre[k + 1], "to"))) {
                after_speech_comma = 1;      /* "she added," "According to X," */
                break;
            }
        }
    }
    if (lt && speech(s, lt))
        after_speech_verb = 1;
    for (size_t k = np, w = 0; k-- > 0;) {
        if (sentence_end(s, pre, k) || pre[k].punct == ':' || pre[k].punct == '"')
            break;
        if (pre[k].punct)
            continue;
        w++;
        if (speech(s, &pre[k]) || (tok_is(s, &pre[k], "according") && k + 1 < np &&
                                   tok_is(s, &pre[k + 1], "to"))) {
            speech_near = 1;
            break;
        }
    }
    int follow = followed_by_speech(s, post, nq, p->closed && last_in && strchr(".!?", last_in));
    if (follow)
        speech_near = 1;

    /* Speech in a line that only looks like a heading: introduced by "X
     * said:", followed by an attribution, or opening the document's last
     * line and cut off by its end ('"Our new model will'). */
    int cut_off = !p->closed && at_start && last_text_block(doc, p->block);
    /* The document ends inside a quotation opened in the writer's sentence
     * ('inspectors found it "well led and', 'When asked, "Wh'): a paragraph
     * cut short, which only looks like a heading.  Not the lower-case half
     * after 'she added,' (the second half of a split statement, or a
     * fragment: too little is left to tell). */
    int cut_inside = !p->closed && !at_start && last_text_block(doc, p->block) &&
                     !(after_speech_comma && ia < ib && islower((unsigned char)s[ia]));
    /* '"...," she said' -- not a headline's '"Serious problems" found at X'. */
    int attributed = follow && ((nq && post[0].punct == ',') || (last_in && strchr(",.!?", last_in)));
    if (!colon_intro && !attributed && !cut_off && !cut_inside) {
        if (!p->closed && doc->blocks.items[p->block].kind == IX_BLOCK_HEADING)
            return IX_QUOTES_SCARE;
        if (headline(doc, p))
            return IX_QUOTES_SCARE;
    }
    if (cut_off)
        return IX_QUOTES_FULL;
    /* Cut off in lower case inside the writer's sentence ('built on its
     * "sta'): too little is left to judge a scare quote by; the fragment
     * goes on the writer's sentence. */
    if (cut_inside && ia < ib && islower((unsigned char)s[ia]) && !after_colon && !after_sentence &&
        !colon_intro)
        return IX_QUOTES_PARTIAL;

    /* Names and coined terms: "so-called 'hubs'", "known as 'the Wheel'". */
    if (lt && !lt->punct && words < 8) {
        if (ix_quotes_lex_naming_cue(s, lt->a, lt->b))
            return IX_QUOTES_SCARE;
        if (tok_is(s, lt, "as") && np >= 2 && !pre[np - 2].punct &&
            (tok_is(s, &pre[np - 2], "known") || tok_is(s, &pre[np - 2], "referred") ||
             ix_quotes_lex_naming_cue(s, pre[np - 2].a, pre[np - 2].b)))
            return IX_QUOTES_SCARE;
    }

    /* Titles. */
    if (!follow && !after_colon && !after_speech_verb && !after_speech_comma) {
        if (title_case(s, ia, ib))
            return IX_QUOTES_TITLE;
        size_t k = np;
        if (k && pre[k - 1].punct == ',')
            k--;
        if (k && !pre[k - 1].punct && ix_quotes_lex_title_cue(s, pre[k - 1].a, pre[k - 1].b))
            return IX_QUOTES_TITLE;
        if (nq && !post[0].punct && ix_quotes_lex_title_cue(s, post[0].a, post[0].b) &&
            !(last_in && strchr(".!?,", last_in)))
            return IX_QUOTES_TITLE;
        if (ib > ia && rx_match(m, RX_TITLE_SHAPE, doc, ia, ib))
            return IX_QUOTES_TITLE;
        if (name_after_determiner(s, ia, ib, pre, np))
            return IX_QUOTES_TITLE;
    }

    int lower = ia < ib && islower((unsigned char)s[ia]);
    /* A paragraph broken inside the writer's sentence ("The report said
     * the work had slipped and" + '"reducing reoffending ..."'): the quote
     * in lower case goes on that sentence. */
    if (at_start && lower && words >= 2 && ix_quotes_merge_sentence_goes_on(doc, p->block))
        return IX_QUOTES_PARTIAL;
    /* Inside the writer's sentence, in lower case, even when an attribution
     * follows: 'There was "widespread poor practice", he said.' */
    if (follow && lower && !at_start && !after_colon && !after_sentence && !after_speech_comma)
        return words >= 2 || attributed ? IX_QUOTES_PARTIAL : IX_QUOTES_SCARE;
    /* A split quote whose first half is reported: 'The unit is hiring, Ms
     * Vale said, "but it needs ..."' -- the quoted half goes on the
     * writer's sentence. */
    if (after_speech_comma && lower && words >= 2 && reported_first_half(s, pre, np))
        return IX_QUOTES_PARTIAL;
    /* 'Ms Vale said that: "the unit ..."', 'told the press that the
     * results: "could not ..."': in lower case after a colon that ends a
     * reported clause, the quote completes the writer's sentence. */
    if (after_colon && lower && words >= 2 && reported_that(s, pre, np))
        return IX_QUOTES_PARTIAL;
    /* 'A spokesperson said: "The gov' -- speech, however short. */
    if (colon_intro)
        return IX_QUOTES_FULL;
    if (at_start || after_colon || after_sentence || after_speech_comma || follow) {
        if (words >= 4 || shape || speech_near)
            return IX_QUOTES_FULL;
        return IX_QUOTES_SCARE;
    }
    if (after_speech_verb) {
        int upper = isupper((unsigned char)s[ia]);
        if (upper && last_in && strchr(".!?", last_in))
            return IX_QUOTES_FULL;
        /* 'praised "impressive" results': one word modifying the noun after
         * it is the writer's epithet. */
        if (words == 1 && nq && !post[0].punct && !post[0].cap &&
            !ix_quotes_lex_link_word(s, post[0].a, post[0].b))
            return IX_QUOTES_SCARE;
        return IX_QUOTES_PARTIAL;
    }
    if (words >= 5)
        return IX_QUOTES_PARTIAL;
    if (words == 4 && speech_near)
        return IX_QUOTES_PARTIAL;
    /* Two words or more inside the writer's sentence are the source's words
     * ("travelling 'long distances'"); one word is a scare quote, and so is
     * a short term: named as one ("the concept of 'safe spaces'") or
     * modifying the noun after it ("the 'open door' policy"), unless it
     * joins two words ("'calm and settled' wings"). */
    if (words >= 2 && words <= 3) {
        size_t k = np;
        if (k >= 2 && tok_is(s, &pre[k - 1], "of"))
            k--;
        if (k && !pre[k - 1].punct && ix_quotes_lex_term_cue(s, pre[k - 1].a, pre[k - 1].b))
            return IX_QUOTES_SCARE;
        int joined = 0;
        ix_qtok in[4];
        size_t ni = ix_quotes_lex_tokens(s, ia, ib, in, 4, 0);
        for (size_t k2 = 0; k2 < ni; k2++)
            if (tok_is(s, &in[k2], "and") || tok_is(s, &in[k2], "or") || in[k2].punct == ',')
                joined = 1;
        /* "'very serious' violence", "'wholly inadequate' number": an
         * adverb of degree makes it a judgement. */
        if (ni && !in[0].punct && (ends_with(s, &in[0], "ly") || tok_is(s, &in[0], "very") ||
                                   tok_is(s, &in[0], "too") || tok_is(s, &in[0], "so") ||
                                   tok_is(s, &in[0], "far") || tok_is(s, &in[0], "not")))
            joined = 1;
        if (!joined && !(last_in && strchr(".!?,;", last_in)) && nq && !post[0].punct && !post[0].cap &&
            !ix_quotes_lex_link_word(s, post[0].a, post[0].b) && !speech(s, &post[0]))
            return IX_QUOTES_SCARE;
    }
    if (words >= 2)
        return IX_QUOTES_PARTIAL;
    /* One word that judges in the predicate: "was 'weak'", "described as
     * 'impressive'", "deemed 'unsafe'" (between an article and its noun it
     * stays a scare quote: "a 'shortcut' form", "a 'worrying' lack"). */
    if (words == 1 && lower && lt && !lt->punct && ix_quotes_lex_predicate_cue(s, lt->a, lt->b))
        return IX_QUOTES_PARTIAL;
    /* 'Inspectors found an "impressive" range', 'the report said the jail
     * had a "significant" infestation': one adjective of judgement in a
     * sentence a speech verb reports is the source's word. */
    if (words == 1 && lower && speech_near && ix_quotes_lex_judging_adjective(s, ia, word_end(s, ia, ib)))
        return IX_QUOTES_PARTIAL;
    if (reported_band)
        return IX_QUOTES_PARTIAL;
    return IX_QUOTES_SCARE;
}

/* ---- plain-paragraph quotes ------------------------------------------------ */

/* Could paragraph b introduce quoted paragraphs?  It ends with a colon, and
 * its last clause has a speech verb or ends with a person-like name.  lo:
 * where that clause may start at the earliest (after the last quotation). */
static int introduces(const ix_doc *doc, size_t b, size_t lo)
{
    const char *s = doc->norm;
    size_t e = text_end(doc, b);
    if (e == 0 || s[e - 1] != ':' || lo >= e)
        return 0;
    ix_qtok t[NPRE];
    size_t n = ix_quotes_lex_tokens(s, lo, e - 1, t, NPRE, 1);
    size_t k = n;
    while (k > 0 && !sentence_end(s, t, k - 1))
        k--;
    for (size_t i = k; i < n; i++)
        if (!t[i].punct && ix_quotes_lex_tok_in(&t[i], IX_QLEX_W_SPEECH | IX_QLEX_W_JUDGE))
            return 1;
    /* "... to the Chief Inspector, Dame Ann Coyle:" */
    size_t caps = 0;
    int honor = 0;
    for (size_t i = n; i-- > k;) {
        if (t[i].punct || !t[i].cap || ix_quotes_lex_tok_in(&t[i], IX_QLEX_W_STOP))
            break;
        caps++;
        if (ix_quotes_lex_tok_in(&t[i], IX_QLEX_W_HONORIFIC))
            honor = 1;
    }
    return honor || caps >= 2;
}

static int starts_with_mark(const ix_doc *doc, size_t b)
{
    size_t a = text_start(doc, b);
    return a < text_end(doc, b) && (doc->norm[a] == '"' || doc->norm[a] == '\'' ||
                                    (unsigned char)doc->norm[a] == 0xC2);
}

/* Does block b hold a quotation of four words or more? pieces[i..) are the
 * pieces from block b on. */
static int holds_quote(const ix_doc *doc, const ix_quotes_pieces *pcs, size_t i, size_t b)
{
    for (; i < pcs->n && pcs->items[i].block == b; i++)
        if (ix_quotes_lex_has_words(doc->norm, pcs->items[i].in_start, pcs->items[i].in_end, 4))
            return 1;
    return 0;
}

static ix_quotes_piece plain_piece(const ix_doc *doc, size_t b)
{
    ix_quotes_piece p;
    p.block = b;
    p.start = p.in_start = text_start(doc, b);
    p.end = p.in_end = text_end(doc, b);
    p.kind = 0;
    p.closed = 1;
    return p;
}

enum { COLON_BLOCK_MAX = 6 };

/* ---- the run ------------------------------------------------------------- */

typedef struct runner {
    const ix_quotes_merge *m;
    ix_doc *doc;
    const ix_quotes_pieces *pcs;
    size_t *first;         /* per block: index of its first piece, or SIZE_MAX */
    unsigned char *used;   /* per block: 1 inside a colon block / quote-from */
    ix_quotes_cands *out;
} runner;

static ix_quotes_cand *new_cand(runner *r, size_t npieces)
{
    ix_quotes_cand *c = IX_VEC_PUSH(r->doc->arena, *r->out);
    if (!c)
        return NULL;
    c->pieces = ix_arena_alloc(r->doc->arena, npieces * sizeof *c->pieces);
    if (!c->pieces)
        return NULL;
    c->npieces = 0;
    c->intro_block = IX_QUOTES_NO_BLOCK;
    c->named_at = 0;
    c->nested = 0;
    return c;
}

/* Quotes inside the piece p of a full quote, in the other kind of marks,
 * each introduced by a speech verb and a comma or colon within the quote
 * ("One staff member commented, ‘We are like a family.’"). */
static int nested_quotes(runner *r, const ix_quotes_piece *p)
{
    ix_doc *doc = r->doc;
    const char *s = doc->norm;
    uint32_t open = p->kind == IX_QUOTES_DOUBLE ? 0x2018 : 0x201C;
    uint32_t close = p->kind == IX_QUOTES_DOUBLE ? 0x2019 : 0x201D;
    char folded = p->kind == IX_QUOTES_DOUBLE ? '\'' : '"';
    size_t lo = p->in_start;
    for (size_t i = p->in_start; i < p->in_end; i++) {
        if (s[i] != folded || ix_doc_orig_char(doc, i) != open)
            continue;
        size_t k = i;
        while (k > lo && is_ws(s[k - 1]))
            k--;
        if (k == lo || (s[k - 1] != ',' && s[k - 1] != ':'))
            continue;
        ix_qtok t[NPRE];
        size_t n = ix_quotes_lex_tokens(s, lo, k - 1, t, NPRE, 1);
        int says = 0;
        for (size_t v = n, w = 0; v-- > 0 && w < 4; w++) {
            if (t[v].punct)
                break;
            if (speech(s, &t[v]))
                says = 1;
        }
        if (!says)
            continue;
        size_t j = i + 1;
        while (j < p->in_end && !(s[j] == folded && ix_doc_orig_char(doc, j) == close &&
                                  (j + 1 >= p->in_end || !ix_quotes_lex_word_byte((unsigned char)s[j + 1]))))
            j++;
        if (j >= p->in_end || !ix_quotes_lex_has_words(s, i + 1, j, 3))
            continue;
        ix_quotes_cand *c = new_cand(r, 1);
        if (!c)
            return IX_ENOMEM;
        ix_quotes_piece q = *p;
        q.start = i;
        q.end = j + 1;
        q.in_start = i + 1;
        q.in_end = j;
        while (q.in_start < q.in_end && is_ws(s[q.in_start]))
            q.in_start++;
        while (q.in_end > q.in_start && is_ws(s[q.in_end - 1]))
            q.in_end--;
        q.kind = p->kind == IX_QUOTES_DOUBLE ? IX_QUOTES_SINGLE : IX_QUOTES_DOUBLE;
        q.closed = 1;
        c->pieces[c->npieces++] = q;
        c->origin = IX_QUOTES_MARKED;
        c->cls = IX_QUOTES_FULL;
        c->unterminated = 0;
        c->pre_lo = lo;
        c->post_hi = p->in_end;
        c->nested = 1;
        lo = j + 1;
        i = j;
    }
    return IX_OK;
}

/* The end of the last piece of block b, or its text start. */
static size_t after_last_piece(const runner *r, size_t b)
{
    size_t i = r->first[b];
    size_t lo = r->doc->blocks.items[b].text.start;
    if (i == (size_t)-1)
        return lo;
    while (i < r->pcs->n && r->pcs->items[i].block == b)
        lo = r->pcs->items[i++].end;
    return lo;
}

static int colon_blocks(runner *r, size_t b)
{
    ix_doc *doc = r->doc;
    if (!is_prose_paragraph(doc, b) || !introduces(doc, b, after_last_piece(r, b)))
        return IX_OK;
    size_t run = 0;
    size_t k = b + 1;
    for (; k < doc->blocks.n && run < COLON_BLOCK_MAX; k++, run++) {
        if (!is_prose_paragraph(doc, k) || starts_with_mark(doc, k))
            break;
        size_t e = text_end(doc, k);
        if (e == 0 || doc->norm[e - 1] == ':')
            break;
        if (ix_quotes_merge_writer_voice(r->m, doc, k))
            break;
        if (r->first[k] != (size_t)-1 && holds_quote(doc, r->pcs, r->first[k], k))
            break;
    }
    if (run == 0)
        return IX_OK;
    ix_quotes_cand *c = new_cand(r, run);
    if (!c)
        return IX_ENOMEM;
    c->origin = IX_QUOTES_COLON_BLOCK;
    c->cls = IX_QUOTES_FULL;
    c->unterminated = 0;
    c->intro_block = b;
    for (size_t j = b + 1; j < b + 1 + run; j++) {
        c->pieces[c->npieces++] = plain_piece(doc, j);
        r->used[j] = 1;
    }
    c->pre_lo = c->pieces[0].start;
    c->post_hi = c->pieces[run - 1].end;
    return IX_OK;
}

static int quote_from(runner *r, size_t b)
{
    ix_doc *doc = r->doc;
    if (r->used[b] || !is_prose_paragraph(doc, b) || r->first[b] != (size_t)-1)
        return IX_OK;
    size_t e = text_end(doc, b);
    if (e == 0 || doc->norm[e - 1] == ':' || !ix_quotes_lex_has_words(doc->norm, text_start(doc, b), e, 8))
        return IX_OK;
    size_t at = quote_from_at(r->m, doc, b + 1);
    if (!at)
        return IX_OK;
    ix_quotes_cand *c = new_cand(r, 1);
    if (!c)
        return IX_ENOMEM;
    c->origin = IX_QUOTES_QUOTE_FROM;
    c->cls = IX_QUOTES_FULL;
    c->unterminated = 0;
    c->pieces[c->npieces++] = plain_piece(doc, b);
    c->pre_lo = c->pieces[0].start;
    c->post_hi = c->pieces[0].end;
    c->named_at = at;
    r->used[b] = 1;
    return IX_OK;
}

/* News copy goes on with a statement in the next paragraph: '"We found
 * real strengths," the chief inspector said.' + '"Its work with victims is
 * outstanding."'  The next paragraph is the same quote when the first
 * closes and ends its paragraph with a short attribution only, and the next
 * opens with a mark and is one closed quoted paragraph with nothing of the
 * writer's.  A next paragraph that runs on into more quoted paragraphs, or
 * is cut off by the end of the page, starts a quote of its own. */
static int statement_goes_on(const runner *r, const ix_quotes_piece *prev,
                             const ix_quotes_piece *next, size_t j)
{
    const ix_doc *doc = r->doc;
    if (!prev->closed || next->block != prev->block + 1 || r->used[next->block] ||
        doc->blocks.items[prev->block].kind != IX_BLOCK_PARAGRAPH ||
        doc->blocks.items[prev->block].section != doc->blocks.items[next->block].section ||
        prev->start != text_start(doc, prev->block) || next->start != text_start(doc, next->block))
        return 0;
    /* The attribution ends the first paragraph. */
    ix_qtok post[NPOST];
    size_t e = text_end(doc, prev->block);
    size_t nq = ix_quotes_lex_tokens(doc->norm, prev->end, e, post, NPOST, 0);
    char li = prev->in_end > prev->in_start ? doc->norm[prev->in_end - 1] : 0;
    if (nq == 0 || nq >= 12 || !followed_by_speech(doc->norm, post, nq, li && strchr(".!?", li)))
        return 0;
    /* The next paragraph: one quote, nothing after it. */
    if (j + 1 < r->pcs->n && r->pcs->items[j + 1].block == next->block)
        return 0;
    return next->closed && doc->blocks.items[next->block].kind == IX_BLOCK_PARAGRAPH &&
           text_end(doc, next->block) <= next->end + 1;
}

/* Marked pieces from index i on: one candidate, following the quote into
 * the next paragraphs while they reopen it.  Returns the next index. */
/* A quote of several paragraphs is speech set out as speech (FULL), unless
 * it opens in lower case right after a word of the writer's sentence ('said
 * he was "shocked by ...' and on over the next paragraph): PARTIAL. */
static ix_quotes_class opening_class(const ix_doc *doc, const ix_quotes_cand *c)
{
    const ix_quotes_piece *p = &c->pieces[0];
    if (p->in_start >= p->in_end || !islower((unsigned char)doc->norm[p->in_start]))
        return IX_QUOTES_FULL;
    ix_qtok pre[16];
    size_t np = ix_quotes_lex_tokens(doc->norm, c->pre_lo, p->start, pre, 16, 1);
    if (np && !pre[np - 1].punct)
        return IX_QUOTES_PARTIAL;
    /* 'The inspectorate, she added, "found ...' over several paragraphs:
     * the split quote's quoted half goes on the writer's sentence. */
    if (np >= 2 && pre[np - 1].punct == ',' && speech(doc->norm, &pre[np - 2]) &&
        reported_first_half(doc->norm, pre, np))
        return IX_QUOTES_PARTIAL;
    return IX_QUOTES_FULL;
}

/* Does a short attribution sentence split one statement in two within its
 * paragraph ('"We found real gains," she said. "The work goes on."', '...,"
 * says Tom Reyes. "...')?  prev closes; between the two quotes only a
 * speech verb with its subject, at most six words, ending with a full
 * stop; next opens in upper case; prev opens its sentence and alone is a
 * full quote. */
static int split_by_attribution(const runner *r, size_t i)
{
    const ix_doc *doc = r->doc;
    const ix_quotes_piece *prev = &r->pcs->items[i], *next = &r->pcs->items[i + 1];
    const char *s = doc->norm;
    if (!prev->closed || next->block != prev->block || next->in_start >= next->in_end ||
        !isupper((unsigned char)s[next->in_start]))
        return 0;
    ix_qtok t[10];
    size_t n = ix_quotes_lex_tokens(s, prev->end, next->start, t, 10, 0);
    if (n < 3 || n > 8 || t[n - 1].punct != '.')
        return 0;
    size_t words = 0;
    for (size_t k = 0; k + 1 < n; k++) {
        if (t[k].punct && !(k == 0 && t[k].punct == ','))
            return 0;
        words += !t[k].punct;
    }
    if (words > 6 || !followed_by_speech(s, t, n - 1, 0))
        return 0;
    /* The first half opens its sentence (not 'Mr Hale said: "..." Dame Ann
     * disagreed. "..."', where the sentence between names another speaker)
     * and is speech on its own. */
    ix_quotes_piece one = *prev;
    ix_quotes_cand c1;
    memset(&c1, 0, sizeof c1);
    c1.pieces = &one;
    c1.npieces = 1;
    c1.origin = IX_QUOTES_MARKED;
    c1.pre_lo = doc->blocks.items[prev->block].text.start;
    if (i > 0 && r->pcs->items[i - 1].block == prev->block)
        c1.pre_lo = r->pcs->items[i - 1].end;
    ix_qtok pre[1];
    if (ix_quotes_lex_tokens(s, c1.pre_lo, prev->start, pre, 1, 1) == 1 && !sentence_end(s, pre, 0))
        return 0;
    c1.post_hi = next->start;
    return ix_quotes_merge_classify(r->m, doc, &c1) == IX_QUOTES_FULL;
}

static int marked(runner *r, size_t *ip)
{
    ix_doc *doc = r->doc;
    const ix_quotes_pieces *pcs = r->pcs;
    size_t i = *ip;
    size_t j = i + 1;
    /* '"...," she said. "..."': one statement split by its attribution
     * (the second half may run on over more paragraphs). */
    if (j < pcs->n && split_by_attribution(r, i))
        j++;
    while (!pcs->items[j - 1].closed && j < pcs->n) {
        const ix_quotes_piece *prev = &pcs->items[j - 1], *next = &pcs->items[j];
        /* The document's last line, cut off inside the quote, has no
         * closing punctuation and looks like a heading; it still goes on
         * the quote. */
        int next_para = doc->blocks.items[next->block].kind == IX_BLOCK_PARAGRAPH ||
                        (!next->closed && last_text_block(doc, next->block));
        /* A short opening line of a letter or statement ('"To our
         * patients,') looks like a heading; it still opens the quote. */
        int prev_para = doc->blocks.items[prev->block].kind == IX_BLOCK_PARAGRAPH ||
                        prev->start == text_start(doc, prev->block);
        if (next->block != prev->block + 1 || r->used[next->block] || !prev_para || !next_para ||
            doc->blocks.items[next->block].section != doc->blocks.items[prev->block].section ||
            next->start != text_start(doc, next->block))
            break;
        /* '"Dr Jones said ...," she said.' opens a quote of its own, unless
         * the quote before it ends a sentence: then the attribution closes
         * the long quote (the press-release convention). */
        const ix_quotes_piece *pv = prev;
        char pe = pv->in_end > pv->in_start ? doc->norm[pv->in_end - 1] : 0;
        int sentence_done = pe && strchr(".!?", pe) != NULL;
        if (next->closed && !sentence_done) {
            size_t hi = j + 1 < pcs->n && pcs->items[j + 1].block == next->block
                            ? pcs->items[j + 1].start : doc->blocks.items[next->block].text.end;
            ix_qtok post[NPOST];
            size_t nq = ix_quotes_lex_tokens(doc->norm, next->end, hi, post, NPOST, 0);
            char li = next->in_end > next->in_start ? doc->norm[next->in_end - 1] : 0;
            if (followed_by_speech(doc->norm, post, nq, li && strchr(".!?", li)))
                break;
        }
        j++;
    }
    if (j == i + 1 && j < pcs->n && statement_goes_on(r, &pcs->items[i], &pcs->items[j], j))
        j++;
    ix_quotes_cand *c = new_cand(r, j - i);
    if (!c)
        return IX_ENOMEM;
    c->origin = IX_QUOTES_MARKED;
    for (size_t k = i; k < j; k++)
        c->pieces[c->npieces++] = pcs->items[k];
    const ix_quotes_piece *first = &c->pieces[0], *last = &c->pieces[c->npieces - 1];
    c->unterminated = !last->closed;
    c->pre_lo = doc->blocks.items[first->block].text.start;
    if (i > 0 && pcs->items[i - 1].block == first->block)
        c->pre_lo = pcs->items[i - 1].end;
    c->post_hi = doc->blocks.items[last->block].text.end;
    if (j < pcs->n && pcs->items[j].block == last->block)
        c->post_hi = pcs->items[j].start;
    c->cls = c->npieces > 1 ? opening_class(doc, c) : ix_quotes_merge_classify(r->m, doc, c);
    /* A quote ending its paragraph, named by the next one. */
    if (c->post_hi == doc->blocks.items[last->block].text.end &&
        text_end(doc, last->block) <= last->end)
        c->named_at = quote_from_at(r->m, doc, last->block + 1);
    *ip = j;
    if (c->cls == IX_QUOTES_FULL) {
        /* c may move when the vector grows: copy its pieces first. */
        size_t np = c->npieces;
        const ix_quotes_piece *pcs0 = c->pieces;
        for (size_t k = 0; k < np; k++) {
            ix_quotes_piece pk = pcs0[k];
            int rc = nested_quotes(r, &pk);
            if (rc != IX_OK)
                return rc;
        }
    }
    return IX_OK;
}

int ix_quotes_merge_run(const ix_quotes_merge *m, ix_doc *doc, const ix_quotes_pieces *pieces,
                        ix_quotes_cands *out, ix_err *err)
{
    runner r = { m, doc, pieces, NULL, NULL, out };
    size_t nb = doc->blocks.n;
    r.first = malloc((nb ? nb : 1) * sizeof *r.first);
    r.used = calloc(nb ? nb : 1, 1);
    if (!r.first || !r.used) {
        free(r.first);
        free(r.used);
        return ix_err_set(err, IX_ENOMEM, "quotes: out of memory");
    }
    for (size_t b = 0; b < nb; b++)
        r.first[b] = (size_t)-1;
    for (size_t i = pieces->n; i-- > 0;)
        r.first[pieces->items[i].block] = i;

    int rc = IX_OK;
    size_t i = 0;
    for (size_t b = 0; b < nb && rc == IX_OK; b++) {
        /* Marked quotes of this block (those reaching into later blocks
         * carry on there). */
        while (rc == IX_OK && i < pieces->n && pieces->items[i].block == b) {
            if (r.used[b]) {
                i++;
                continue;
            }
            rc = marked(&r, &i);
        }
        if (rc == IX_OK && !r.used[b])
            rc = quote_from(&r, b);
        if (rc == IX_OK && !r.used[b])
            rc = colon_blocks(&r, b);
        /* Pieces of blocks a merged quote already took. */
        while (i < pieces->n && pieces->items[i].block <= b)
            i++;
    }
    free(r.first);
    free(r.used);
    if (rc != IX_OK)
        return ix_err_set(err, rc, "quotes: out of memory");
    return IX_OK;
}
