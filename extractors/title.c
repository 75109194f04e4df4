#include "extractors/title.h"

#include <stdlib.h>
#include <string.h>

#include "extractors/scan.h"
#include "pipeline/rx.h"

/* Blocks looked at before giving up, and the longest paragraph that can
 * still come before the headline (a bio, a standfirst). */
enum { LOOK_BLOCKS = 30, SHORT_PARA = 200 };

/* Page chrome, matched against a whole block (caseless). */
static const char *const CHROME[] = {
    /* "Menu", "Skip to main content", "Share this page", "Recent posts" */
    "\\G(?:main\\s+)?(?:menu|home|search|skip\\s+to\\s+(?:main\\s+)?content|navigation|toggle\\s+navigation"
    "|close|sign\\s+in|log\\s*in|register|subscribe|sign\\s+up|contact(?:\\s+us)?|about(?:\\s+us)?"
    "|(?:latest\\s+)?news|press\\s+releases?|news\\s+stor(?:y|ies)|blog|share|share\\s+this(?:\\s+\\w+)?"
    "|tweet|print|e-?mail|comments?|related(?:\\s+\\w+)?|recent\\s+\\w+|contents|read\\s+more"
    "|continue\\s+reading|advertisement|categories|tags|archives?|go\\s+to\\s+blog)\\W*$",
    /* "Share on twitter", "Follow us on LinkedIn", "Facebook" */
    "\\G(?:share|post|follow\\s+us)\\s+(?:on|via|to)\\s+\\w+$",
    "\\G(?:facebook|twitter|linkedin|whatsapp|reddit|instagram|youtube|rss)$",
    /* "Posted on 3 May 2018", "Last updated: 4 June 2019", "Filed under: Probation" */
    "\\G(?:posted|published|updated|last\\s+updated|first\\s+published|filed\\s+under|tagged|categor(?:y|ies))\\b",
    /* "You are here: Home > News", "Back to news", "Next post: ..." */
    "\\G(?:you\\s+are\\s+here|back\\s+to|next\\s+post|previous\\s+post|older\\s+post|newer\\s+post)\\b",
    /* "View this email in your browser", "Read in browser »", "Unsubscribe" */
    "(?:view\\s+(?:this\\s+(?:email|e-mail)|it|online)\\s+in\\s+(?:your|a)\\s+browser|view\\s+in\\s+browser"
    "|read\\s+in\\s+(?:your\\s+)?browser|unsubscribe|update\\s+your\\s+preferences|forward\\s+to\\s+a\\s+friend"
    "|having\\s+trouble\\s+viewing|cookies?\\b)",
    /* "Criminal justice consultant and author of this blog." */
    "(?:author\\s+of\\s+this|about\\s+the\\s+author|this\\s+blog\\b|my\\s+blog\\b|is\\s+a\\s+freelance"
    "|writes\\s+about|follow\\s+me\\s+on|expert\\s+and\\s+author|\\bbio\\b)",
    /* "Tuesday 5 March 2019", "March 5, 2019", "05/03/2019" */
    "\\G(?:\\w+day,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*"
    "\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+\\d{4}\\b[^a-z]*$",
    "\\G\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}$",
    /* breadcrumbs and page labels: "Home > News > Probation", "From: HM Inspectorate of ..." */
    "\\Ghome\\s*(?:[>\\x{bb}/|:]|-\\s)",
    "\\G(?:from|part\\s+of|organisation|organisations|topic|topics|document\\s+type)\\s*:",
    /* "Photo: ...", "Image credit: ..." */
    "\\G(?:photo|image|picture|credit|image\\s+credit|caption)\\s*:",
};

/* Chrome that depends on capitals (case-sensitive). */
static const char *const CHROME_CS[] = {
    /* bylines: "By Jo Bloggs on Apr 20, 2017 06:01 am", "by Jo Bloggs | 3 May" */
    "\\G(?:[Bb]y|Posted\\s+by|Written\\s+by|Author:?)\\s+[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,3}"
    "(?:\\s*(?:,|\\||-|\\bon\\b|\\bin\\b|$).*)?$",
    /* a person's name alone: "Jo Bloggs", "Dr Ann M. Jones" */
    "\\G(?:(?:Dr|Mr|Mrs|Ms|Miss|Dame|Sir|Lord|Lady|Baroness|Professor|Prof)\\.?\\s+)?"
    "[A-Z][a-z'-]+(?:\\s+[A-Z]\\.?)?(?:\\s+[A-Z][a-z'-]+){1,2}$",
    /* mastheads: "Justice Digest Weekly", "The Probation News" */
    "\\G(?:[A-Z][\\w'&-]*\\s+){0,4}(?:News|Daily|Weekly|Digest|Bulletin|Times|Gazette|Journal|Blog"
    "|Magazine|Newsletter|Online)(?:\\s+[A-Z][\\w'&-]*){0,3}$",
    /* blog codes and labels: "ABC HMIP 18", "PR 12/19" */
    "\\G[A-Z0-9&/.-]+(?:\\s+[A-Z0-9&/.-]+){0,2}$",
};

/* A headline about an inspection ("Inspectors rate Exmoor CRC 'Good'"). */
static const char TOPIC[] =
    "\\b(?:inspect\\w*|probation|CRCs?|NPS|PDUs?|prisons?|YOIs?|youth|justice|rehabilitation"
    "|offend\\w*|reoffending|rated|rating|ratings|report|service|services|custody|police|constabulary"
    "|ofsted|schools?|hospitals?|care|council|requires\\s+improvement|requiring\\s+improvement"
    "|inadequate|outstanding|good|poor|victims?|supervision|staff)\\b";

/* "Press release: ...", "News - ..." labels before the headline. */
static const char LABEL[] = "\\G(?:press\\s+release|news(?:\\s+story)?|blog(?:\\s+post)?|update)\\s*[:|-]\\s*";

enum { NCHROME = sizeof CHROME / sizeof CHROME[0], NCHROME_CS = sizeof CHROME_CS / sizeof CHROME_CS[0] };

typedef struct title_state {
    ix_rx *chrome[NCHROME];
    ix_rx *chrome_cs[NCHROME_CS];
    ix_rx *topic;
    ix_rx *label;
} title_state;

int ix_title_init(void **state, ix_err *err)
{
    title_state *st = calloc(1, sizeof *st);
    if (!st)
        return ix_err_set(err, IX_ENOMEM, "title: out of memory");
    int rc = ix_rx_compile_all(st->chrome, CHROME, NCHROME, "title.chrome", PCRE2_CASELESS, err);
    if (rc == IX_OK)
        rc = ix_rx_compile_all(st->chrome_cs, CHROME_CS, NCHROME_CS, "title.chrome_cs", 0, err);
    if (rc == IX_OK && !(st->topic = ix_rx_new("title.topic", TOPIC, PCRE2_CASELESS, err)))
        rc = err ? err->code : IX_EREGEX;
    if (rc == IX_OK && !(st->label = ix_rx_new("title.label", LABEL, PCRE2_CASELESS, err)))
        rc = err ? err->code : IX_EREGEX;
    if (rc != IX_OK) {
        ix_title_fini(st);
        return rc;
    }
    *state = st;
    return IX_OK;
}

void ix_title_fini(void *state)
{
    title_state *st = state;
    if (!st)
        return;
    ix_rx_free_all(st->chrome, NCHROME);
    ix_rx_free_all(st->chrome_cs, NCHROME_CS);
    ix_rx_free(st->topic);
    ix_rx_free(st->label);
    free(st);
}

/* 1 when rx matches somewhere in norm[a, b), 0 when not, <0 on error. */
static int matches(const ix_rx *rx, const ix_doc *doc, size_t a, size_t b, ix_err *err)
{
    ix_rxm m;
    return ix_rx_find(rx, doc->norm, a, b, &m, err);
}

static size_t count_words(const char *s, size_t a, size_t b)
{
    size_t n = 0;
    int in = 0;
    for (size_t i = a; i < b; i++) {
        int w = s[i] != ' ' && s[i] != '\t' && s[i] != '\n';
        if (w && !in)
            n++;
        in = w;
    }
    return n;
}

/* Is norm[a, b) page chrome?  1 yes, 0 no, <0 error. */
static int is_chrome(const title_state *st, const ix_doc *doc, size_t a, size_t b, ix_err *err)
{
    for (size_t i = 0; i < NCHROME; i++) {
        int rc = matches(st->chrome[i], doc, a, b, err);
        if (rc)
            return rc;
    }
    for (size_t i = 0; i < NCHROME_CS; i++) {
        int rc = matches(st->chrome_cs[i], doc, a, b, err);
        if (rc < 0)
            return rc;
        if (rc == 1) {
            /* a short Title Case headline about an inspection is not a name */
            if (i == 1 && matches(st->topic, doc, a, b, err) == 1)
                continue;
            return 1;
        }
    }
    /* too little to be a headline */
    size_t letters = 0;
    for (size_t i = a; i < b; i++)
        letters += (doc->norm[i] | 0x20) >= 'a' && (doc->norm[i] | 0x20) <= 'z';
    if (letters < 6 || count_words(doc->norm, a, b) < 2)
        return 1;
    /* "Notes to editors:", "The main findings were:" introduce, never head */
    if (doc->norm[b - 1] == ':')
        return 1;
    return 0;
}

/* A copy of s[0..n) with runs of white space folded to one space. */
static char *squeeze(ix_arena *a, const char *s, size_t n)
{
    char *out = ix_arena_alloc(a, n + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    int sp = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            sp = 1;
            continue;
        }
        if (sp && k)
            out[k++] = ' ';
        sp = 0;
        out[k++] = c;
    }
    out[k] = '\0';
    return out;
}

/* Set the title from norm[a, b): drop a label and a " | Site" tail. */
static int set_title(const title_state *st, ix_doc *doc, size_t a, size_t b, ix_err *err)
{
    const char *s = doc->norm;
    ix_rxm m;
    int rc = ix_rx_find(st->label, s, a, b, &m, err);
    if (rc < 0)
        return rc;
    if (rc == 1 && m.g[0].start == a && m.g[0].end < b && count_words(s, m.g[0].end, b) >= 3)
        a = m.g[0].end;
    /* "Exmoor CRC rated 'Good' | Justice Blog" */
    for (size_t i = b; i > a + 3; i--) {
        if (s[i - 1] == '|' && s[i - 2] == ' ' && b - i <= 40 && count_words(s, a, i - 2) >= 3) {
            b = i - 2;
            break;
        }
    }
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
        b--;
    ix_scan_evidence(doc, a, b, &doc->title.span, &doc->title.norm);
    const char *written = ix_scan_as_written(doc, a, b);
    doc->title.text = written ? squeeze(doc->arena, written, strlen(written)) : NULL;
    if (!doc->title.text)
        return ix_err_set(err, IX_ENOMEM, "title: out of memory");
    return IX_OK;
}

int ix_title_run(const void *state, ix_doc *doc, ix_err *err)
{
    const title_state *st = state;
    size_t first = (size_t)-1, topical = (size_t)-1;
    size_t looked = 0;
    for (size_t i = 0; i < doc->blocks.n && looked < LOOK_BLOCKS; i++) {
        const ix_block *bl = &doc->blocks.items[i];
        if (bl->section == IX_SECTION_FURNITURE)
            continue;
        if (bl->section != IX_SECTION_BODY && bl->section != IX_SECTION_FINDINGS)
            break;
        looked++;
        size_t a = bl->text.start, b = bl->text.end;
        while (a < b && (doc->norm[a] == ' ' || doc->norm[a] == '\t' || doc->norm[a] == '\n'))
            a++;
        while (b > a && (doc->norm[b - 1] == ' ' || doc->norm[b - 1] == '\t' || doc->norm[b - 1] == '\n'))
            b--;
        size_t len = b - a;
        int heading = bl->kind == IX_BLOCK_HEADING;
        if (!heading && (len > SHORT_PARA || bl->nsents > 1)) {
            /* the prose has begun: what came before is all there is */
            if (len > SHORT_PARA)
                break;
            continue;
        }
        if (len == 0 || len > IX_TITLE_MAX)
            break;
        if (bl->kind == IX_BLOCK_BULLET || bl->kind == IX_BLOCK_NUMBERED)
            continue;
        int rc = is_chrome(st, doc, a, b, err);
        if (rc < 0)
            return rc;
        if (rc == 1)
            continue;
        if (first == (size_t)-1)
            first = i;
        rc = matches(st->topic, doc, a, b, err);
        if (rc < 0)
            return rc;
        if (rc == 1) {
            topical = i;
            break;
        }
    }
    size_t pick = topical != (size_t)-1 ? topical : first;
    if (pick == (size_t)-1)
        return IX_OK;
    const ix_block *bl = &doc->blocks.items[pick];
    size_t a = bl->text.start, b = bl->text.end;
    while (a < b && (doc->norm[a] == ' ' || doc->norm[a] == '\t' || doc->norm[a] == '\n'))
        a++;
    while (b > a && (doc->norm[b - 1] == ' ' || doc->norm[b - 1] == '\t' || doc->norm[b - 1] == '\n'))
        b--;
    return set_title(st, doc, a, b, err);
}
