#include "extractors/recommendations.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extractors/keywords.h"
#include "extractors/numbers.h"
#include "extractors/scan.h"
#include "pipeline/rx.h"

/* Two things: the number of recommendations the report makes, read from a
 * verb of making and a count ('We have made seven recommendations'), and
 * the recommendations themselves where the release lists them as bullets or
 * numbered items after an introduction ('The Inspectorate recommends
 * that:', 'Our recommendations are:', 'The PDU head should:').
 *
 * A count needs a number: 'consider the recommendations of the recently
 * published thematic report' and 'all previous recommendations had been
 * met' have none.  A count in a sentence about an earlier inspection or
 * another report ('made eight recommendations at the last inspection') is
 * not this report's count.  The first count in the document wins. */

enum { P_MADE, P_PASSIVE, P_THERE_ARE, P_IN_REPORT, P_INTRO, P_HEADING, NPAT };

/* Group "num" holds the words between the verb and "recommendations"; the
 * shared number reader must read all of them. */
#define ADJ "(?:(?:key|main|further|new|specific|clear|important|priority|practical|" \
            "detailed|formal|separate|areas?\\s+for|high-level|strategic)\\s+)*"

static const char *const patterns[NPAT] = {
    /* "We have made seven recommendations", "The report makes six
     * recommendations", "Inspectors made 11 recommendations", "sets out a
     * total of nine recommendations", "made the following four
     * recommendations:", "issued 12 recommendations" */
    "\\b(?:made|makes|make|making|sets?\\s+out|setting\\s+out|includes|included|"
    "include|including|contains|contained|lists|listed|offers|offered|puts?\\s+forward|"
    "gives|gave|given|issued|issues|issuing|"
    /* the other verbs of a report's contents, each form: "outlines nine
     * recommendations", "identified 12 recommendations", "proposes five" */
    "outlines?|outlined|outlining|identif(?:y|ies|ied|ying)|propos(?:es|ed|e|ing)|"
    "details|detailed|detailing|presents?|presented|presenting|highlights?|highlighted|"
    "highlighting|produces?|produced|producing|publishe[sd]|publishing|contain|"
    "comprises?|comprising|"
    /* a verb of having or receiving, each form: "we have two
     * recommendations:", "the service received eight recommendations" */
    "has|have|had|having|receiv(?:es|ed|e|ing))\\s+(?:a\\s+total\\s+of\\s+|a\\s+further\\s+|the\\s+following\\s+)?"
    "(?<num>(?:[\\w,.-]+\\s+){0,4}?[\\w,.-]+)\\s+" ADJ "recommendations?\\b",
    /* "Eight recommendations have been made to the service", "Fourteen
     * recommendations for improvement were issued" */
    "(?<num>\\b(?:[\\w,.-]+\\s+){0,4}?[\\w,.-]+)\\s+" ADJ "recommendations?"
    "(?:\\s+(?:for|on)\\s+(?:improvement|change|action|the\\s+\\w+))?\\s+"
    "(?:have\\s+been|has\\s+been|were|was|are|is)\\s+(?:made|set\\s+out|included|listed|issued|given|"
    "identified|outlined|proposed|presented|published|detailed|contained|raised|offered|put\\s+forward|"
    /* the passive of every active verb of contents: "were highlighted" */
    "highlighted|produced)\\b",
    /* "There are five recommendations in the report" */
    "\\bthere\\s+(?:are|were|is)\\s+(?<num>(?:[\\w,.-]+\\s+){0,4}?[\\w,.-]+)\\s+" ADJ
    "recommendations?\\b",
    /* the count as a report's contents: "the seven recommendations for
     * change set out in the report", "the 12 recommendations in its
     * report" */
    "\\bthe\\s+(?<num>(?:[\\w,.-]+\\s+){0,2}?[\\w,.-]+)\\s+" ADJ "recommendations?"
    "(?:\\s+(?:for|on)\\s+(?:improvement|change|action))?\\s+(?:(?:contained|set\\s+out|made|listed|included)\\s+)?"
    "in\\s+(?:the|its|this|their)\\s+(?:[\\w-]+\\s+)?report\\b",
    /* the sentence before a list: "The Inspectorate recommends that:",
     * "Our recommendations are as follows:", "We recommend that the CRC:",
     * "The regional director should:" */
    "(?:\\brecommend(?:s|ed)?\\b[^:]*:\\s*$|\\brecommend(?:s|ed)?\\s+that\\s*$"
    "|\\brecommendations?\\b[^:]*:\\s*$|\\b(?<modal>should|must|needs?\\s+to)\\s*:\\s*$)",
    /* a heading over a list: "Recommendations", "Our recommendations" */
    "\\G\\s*(?:(?:our|the|key|main|inspectors'?)\\s+)?recommendations\\s*:?\\s*$",
};

static const char *const rule_names[NPAT] = {
    "recommendations.made_count", "recommendations.made_passive",
    "recommendations.there_are", "recommendations.in_report", "recommendations.list_intro",
    "recommendations.list_heading",
};

/* Words that put a count in another report or an earlier inspection:
 * "we made eight recommendations at the last inspection", "five of the
 * previous recommendations". */
static const char *const elsewhere[] = {
    "previous", "previously", "earlier", "last inspection", "last report",
    "last time", "last year", "prior", "thematic", "annual report", "implemented",
    "achieved", "progress against", "been met", "were met", "outstanding from",
    "follow-up", "original", NULL
};

typedef struct state {
    ix_rx *rx[NPAT];
    int g_num[NPAT];
    int g_modal;
} state;

int ix_recommendations_init(void **out, ix_err *err)
{
    state *st = calloc(1, sizeof *st);
    if (!st)
        return ix_err_set(err, IX_ENOMEM, "recommendations: out of memory");
    int rc = ix_rx_compile_all(st->rx, patterns, NPAT, "recommendations", PCRE2_CASELESS, err);
    if (rc != IX_OK) {
        free(st);
        return rc;
    }
    for (int k = 0; k < NPAT; k++)
        st->g_num[k] = ix_rx_group(st->rx[k], "num");
    st->g_modal = ix_rx_group(st->rx[P_INTRO], "modal");
    *out = st;
    return IX_OK;
}

void ix_recommendations_fini(void *p)
{
    state *st = p;
    if (!st)
        return;
    ix_rx_free_all(st->rx, NPAT);
    free(st);
}

/* Any form of "recommend" as a word: recommend(s|ed|ing), recommendation(s). */
static const char *const forms[] = {"recommend", "recommends", "recommended",
                                    "recommending", "recommendation",
                                    "recommendations", NULL};

const char *const *const ix_recommendations_keywords[] = {forms, elsewhere, NULL};

/* ---- the count -------------------------------------------------------- */

/* A count of recommendations filling s[a..b): a number (1 to 500) or "no",
 * a count of none ("The report makes no recommendations").  1 with *n. */
static int count_at(const char *s, size_t a, size_t b, ix_number *n)
{
    if (ix_scan_ieq(s, a, b, "no")) {
        memset(n, 0, sizeof *n);
        n->start = n->num_start = a;
        n->end = b;
        n->words = 1;
        return 1;
    }
    return ix_numbers_read(s, a, b, n) && n->end == b && n->value >= 1 &&
           n->value == (long)n->value && n->value <= 500 && !n->decimal;
}

/* The count in a sentence [a, b), or 0.  Fills r. */
static int count_in(const state *st, ix_doc *doc, size_t a, size_t b, ix_err *err)
{
    const char *s = doc->norm;
    if (ix_keywords_find(doc, a, b, "recommendations") == (size_t)-1 &&
        ix_keywords_find(doc, a, b, "recommendation") == (size_t)-1)
        return 0;
    if (ix_keywords_any(doc, a, b, elsewhere))
        return 0;
    for (int k = P_MADE; k <= P_IN_REPORT; k++) {
        size_t pos = a;
        ix_rxm m;
        for (;;) {
            int rc = ix_rx_find(st->rx[k], s, pos, b, &m, err);
            if (rc < 0)
                return rc;
            if (rc == 0)
                break;
            /* a match whose count does not read may hold one further on:
             * "identified areas of improvement, making 11 recommendations" */
            pos = m.g[0].start + 1 > pos ? m.g[0].start + 1 : pos + 1;
            ix_span g = m.g[st->g_num[k]];
            ix_number n;
            /* the number reader must read the whole group: "seven", "11",
             * "twenty-one"; not "it clear that the" */
            size_t ns = g.start;
            if (k == P_PASSIVE) {
                /* the group may start with words before the count: read
                 * from the last word start that reads to the group's end */
                size_t best = (size_t)-1;
                for (size_t i = g.start; i < g.end; i++)
                    if ((i == g.start || s[i - 1] == ' ') &&
                        (ix_scan_ieq(s, i, g.end, "no") ||
                         (ix_numbers_read(s, i, g.end, &n) && n.end == g.end))) {
                        best = i;
                        break;
                    }
                if (best == (size_t)-1)
                    continue;
                ns = best;
            }
            if (!count_at(s, ns, g.end, &n))
                continue;
            ix_recommendations *r = &doc->recommendations;
            r->present = 1;
            r->count = (long)n.value;
            r->text = NULL;
            r->rule = rule_names[k];
            /* evidence: the count and the word "recommendations" */
            size_t ee = m.g[0].end;
            if (k == P_PASSIVE) {
                size_t kw = ix_keywords_find(doc, g.end, m.g[0].end, "recommendations");
                if (kw == (size_t)-1)
                    kw = ix_keywords_find(doc, g.end, m.g[0].end, "recommendation");
                if (kw != (size_t)-1) {
                    ee = kw;
                    while (ee < m.g[0].end && isalpha((unsigned char)s[ee]))
                        ee++;
                }
            }
            ix_scan_evidence(doc, n.num_start, ee, &r->span, &r->norm);
            return 1;
        }
    }
    return 0;
}

/* ---- the list ---------------------------------------------------------- */

static int is_list_block(const ix_doc *doc, size_t i)
{
    const ix_block *bl = &doc->blocks.items[i];
    return (bl->kind == IX_BLOCK_BULLET || bl->kind == IX_BLOCK_NUMBERED) &&
           bl->section != IX_SECTION_FURNITURE;
}

/* Record the list blocks after block i as items; returns how many. */
static long take_items(ix_doc *doc, size_t i, ix_err *err)
{
    const char *s = doc->norm;
    long n = 0;
    for (size_t j = i + 1; j < doc->blocks.n && is_list_block(doc, j); j++) {
        const ix_block *bl = &doc->blocks.items[j];
        size_t a = bl->text.start, b = bl->text.end;
        while (a < b && isspace((unsigned char)s[a]))
            a++;
        /* trailing "; and", ";", ",", "." and blanks */
        for (;;) {
            while (b > a && isspace((unsigned char)s[b - 1]))
                b--;
            if (b > a && strchr(";,.", s[b - 1])) {
                b--;
                continue;
            }
            if (b - a > 4 && (ix_scan_ieq(s, b - 4, b, " and") || ix_scan_ieq(s, b - 3, b, " or"))) {
                size_t c = ix_scan_ieq(s, b - 4, b, " and") ? b - 4 : b - 3;
                if (c > a && strchr(";,", s[c - 1])) {
                    b = c;
                    continue;
                }
            }
            break;
        }
        if (b <= a)
            continue;
        ix_rec_item *it = IX_VEC_PUSH(doc->arena, doc->recommendations.items);
        if (!it)
            return ix_err_set(err, IX_ENOMEM, "recommendations: out of memory");
        it->text = NULL;
        ix_scan_evidence(doc, a, b, &it->span, &it->norm);
        n++;
    }
    return n;
}

int ix_recommendations_run(const void *p, ix_doc *doc, ix_err *err)
{
    const state *st = p;
    const char *s = doc->norm;
    ix_recommendations *r = &doc->recommendations;
    int have_count = 0;
    int context = 0;          /* a recommendation has been mentioned */

    for (size_t bi = 0; bi < doc->blocks.n; bi++) {
        const ix_block *bl = &doc->blocks.items[bi];
        if (!ix_scan_block_in(doc, bi, IX_IN_DOCUMENT))
            continue;
        for (size_t k = 0; k < bl->nsents; k++) {
            size_t si = bl->first_sent + k;
            if (si >= doc->sents.n)
                break;
            size_t a = doc->sents.items[si].norm.start, b = doc->sents.items[si].norm.end;
            if (b <= a || b > doc->norm_len)
                continue;
            if (!context && ix_keywords_any(doc, a, b, forms))
                context = 1;
            if (!have_count) {
                int rc = count_in(st, doc, a, b, err);
                if (rc < 0)
                    return rc;
                have_count = rc;
            }
        }
        /* A list introduced by this block's last sentence, or by a
         * "Recommendations" heading. */
        if (is_list_block(doc, bi) || bi + 1 >= doc->blocks.n || !is_list_block(doc, bi + 1) ||
            bl->nsents == 0)
            continue;
        size_t last = bl->first_sent + bl->nsents - 1;
        if (last >= doc->sents.n)
            continue;
        size_t a = doc->sents.items[last].norm.start, b = doc->sents.items[last].norm.end;
        ix_rxm m;
        int kind = -1;
        int rc = ix_rx_find(st->rx[P_HEADING], s, bl->text.start, bl->text.end, &m, err);
        if (rc < 0)
            return rc;
        if (rc == 1) {
            kind = P_HEADING;
        } else {
            rc = ix_rx_find(st->rx[P_INTRO], s, a, b, &m, err);
            if (rc < 0)
                return rc;
            if (rc == 1) {
                /* "should:" introduces recommendations only where the
                 * release speaks of recommendations */
                if (ix_rxm_has(&m, st->g_modal) && !context)
                    rc = 0;
                else
                    kind = P_INTRO;
            }
        }
        if (kind < 0)
            continue;
        context = 1;
        long n = take_items(doc, bi, err);
        if (n < 0)
            return (int)n;
        if (n > 0 && !r->present) {
            r->present = 1;
            r->count = -1;
            r->text = NULL;
            r->rule = rule_names[kind];
            size_t es = m.g[0].start, ee = m.g[0].end;
            while (es < ee && isspace((unsigned char)s[es]))
                es++;
            while (ee > es && (isspace((unsigned char)s[ee - 1]) || s[ee - 1] == ':'))
                ee--;
            if (kind == P_INTRO && ix_rxm_has(&m, st->g_modal)) {
                es = m.g[st->g_modal].start;
                ee = m.g[st->g_modal].end;
            } else if (kind == P_INTRO) {
                /* the word "recommend..." itself */
                size_t w = es;
                while (w < ee && isalpha((unsigned char)s[w]))
                    w++;
                ee = w;
            }
            ix_scan_evidence(doc, es, ee, &r->span, &r->norm);
        }
    }
    return IX_OK;
}
