#include "extractors/inspectorate.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extractors/keywords.h"
#include "extractors/scales.h"
#include "extractors/scan.h"
#include "pipeline/rx.h"

/* What a pattern tells: the inspectorate's name; an office or generic name
 * ("the Chief Inspector of Probation", "prison inspectors"), read only when
 * no name is; "HMIP", either of two; a CUE of its field in the headline
 * ("Youth Offending Service Inspection"), read only to choose, among the
 * inspectorates the document names, the one its headline is about; the
 * inspectorate's VOICE; its web SITE, anywhere (a cookie banner "cookies on
 * hmiprisons.justiceinspectorates.gov.uk"), read last. */
enum { NAME, OFFICE, AMBIGUOUS, CUE, VOICE, SITE };
enum { MAX_COUNT = 1000, MAX_LIVE = 16 };

static const char PROBATION[] = "HM Inspectorate of Probation";
static const char PRISONS[] = "HM Inspectorate of Prisons";

typedef struct body {
    const char *canonical; /* NULL for the ambiguous "HMIP" */
    int kind;
    const char *pattern;
    const char *const *leads;   /* every match starts with one of these */
    const char *const *const *guards;  /* leads tried only with these words (keywords.h) */
} body;

/* The words a body's matches start with ("HM", "H.M.", "Her/His Majesty's"
 * for the names with HM), so its pattern is tried there only
 * (ix_keywords_rx_find). */
static const char *const l_probation[] = {"hm", "h.m", "her", "his", "probation", "inspectorate", NULL};
static const char *const l_prisons[] = {"hm", "h.m", "her", "his", "prisons", NULL};
static const char *const l_hmip[] = {"hmip", NULL};
static const char *const l_hm[] = {"hm", "h.m", "her", "his", NULL};
static const char *const l_ofsted[] = {"ofsted", "office", NULL};
static const char *const l_cqc[] = {"care", "cqc", NULL};
static const char *const l_cjji[] = {"criminal", "cjji", NULL};
static const char *const l_cji[] = {"criminal", "cji", NULL};
static const char *const l_estyn[] = {"estyn", NULL};
static const char *const l_ciw[] = {"care", "ciw", NULL};
static const char *const l_hiw[] = {"healthcare", "hiw", NULL};
static const char *const l_care[] = {"care", NULL};
static const char *const l_chief_an[] = {"chief", "an", NULL};
static const char *const l_chief[] = {"chief", NULL};
static const char *const l_chief_hm[] = {"chief", "hm", NULL};
static const char *const l_probation_staff[] = {"probation", NULL};
static const char *const l_prison_staff[] = {"prison", "prisons", NULL};
static const char *const l_cssiw[] = {"care", "cssiw", NULL};
static const char *const l_field_probation[] = {"probation", "youth", "crc", "crcs", "community", NULL};
static const char *const l_field_prisons[] = {"hmp", "hmyoi", "yoi", NULL};
static const char *const l_our[] = {"our", NULL};
static const char *const l_inspectorate[] = {"inspectorate", NULL};

/* Guards (ix_keywords_live_leads): a frequent lead ("his" inside "this",
 * "care", "an") tried only where a word its phrase needs is present. */
#define W(...) ((const char *const[]){__VA_ARGS__, NULL})
#define MAJESTY W("her", "majesty"), W("his", "majesty")
/* "HM" and "H.M." open the names of every inspectorate of the crown: each
 * name is tried there only where a word of its own is ("HM Inspectorate
 * of Constabulary" or "HMIC" holds "constabulary" or "hmic"). */
#define HM_OF(...) W("hm", __VA_ARGS__), W("h.m", __VA_ARGS__)
static const char *const *const g_hmips[] = {MAJESTY, HM_OF("scotland", "hmips"), NULL};
static const char *const *const g_hmicfrs[] = {MAJESTY, HM_OF("rescue", "hmicfrs"), NULL};
static const char *const *const g_hmic[] = {MAJESTY, HM_OF("constabulary", "hmic"), NULL};
static const char *const *const g_hmics[] = {MAJESTY, HM_OF("scotland", "hmics"), NULL};
static const char *const *const g_hmcpsi[] = {MAJESTY, HM_OF("prosecution", "hmcpsi"), NULL};
static const char *const *const g_probation[] = {MAJESTY, HM_OF("probation"), W("probation", "inspectorate"),
                                                 W("inspectorate", "probation"), NULL};
static const char *const *const g_prisons[] = {MAJESTY, HM_OF("prisons"), W("prisons", "inspectorate"), NULL};
static const char *const *const g_ofsted[] = {W("office", "standards"), NULL};
static const char *const *const g_cqc[] = {W("care", "quality"), NULL};
static const char *const *const g_cjji[] = {W("criminal", "joint"), NULL};
static const char *const *const g_cji[] = {W("criminal", "northern"), NULL};
static const char *const *const g_ciw[] = {W("care", "wales"), NULL};
static const char *const *const g_hiw[] = {W("healthcare", "wales"), NULL};
static const char *const *const g_care[] = {W("care", "inspectorate"), NULL};
static const char *const *const g_chief_an[] = {W("chief", "probation"), W("an", "probation", "youth"), NULL};
static const char *const *const g_chief[] = {W("chief", "prisons"), W("hm", "prisons"), NULL};
static const char *const *const g_chief_care[] = {W("chief", "hospitals"), W("chief", "general"),
                                                  W("chief", "primary"), W("chief", "adult"),
                                                  W("chief", "education"), NULL};
static const char *const *const g_cssiw[] = {W("care", "social"), NULL};
#undef HM_OF
#undef MAJESTY

const char *const *const ix_inspectorate_keywords[] = {
    l_probation, l_prisons, l_hmip, l_hm, l_ofsted, l_cqc, l_cjji, l_cji, l_estyn, l_ciw, l_hiw,
    l_care, l_chief_an, l_chief, l_probation_staff, l_prison_staff, l_cssiw, l_field_probation, l_field_prisons,
    l_our, l_chief_hm,
    W("majesty", "inspectorate", "probation", "prisons", "standards", "quality", "joint",
      "northern", "wales", "youth", "hospitals", "general", "primary", "adult", "education",
      "social", "scotland", "rescue", "constabulary", "prosecution", "hmips", "hmicfrs", "hmic",
      "hmics", "hmcpsi"),
    NULL
};
#undef W

#define HM "(?:H\\.?M\\.?|(?:Her|His)\\s+Majesty's)\\s+"

/* An inspectorate's part of justiceinspectorates.gov.uk: its own host
 * ("hmiprisons.justiceinspectorates.gov.uk") or its path
 * ("www.justiceinspectorates.gov.uk/hmiprisons/"). */
#define SITE_JI(part) \
    "(?i)\\b" part "\\.justiceinspectorates\\.gov\\.uk\\b|\\bjusticeinspectorates\\.gov\\.uk/" part "\\b"

static const body BODIES[] = {
    /* "HM Inspectorate of Probation found", "HMI Probation's thematic report",
     * "The Probation Inspectorate works on a four-band rating system" */
    {PROBATION, NAME,
     "\\b" HM "Inspectorate\\s+of\\s+Probation\\b|\\bHMI\\s*Probation\\b"
     "|\\b[Pp]robation\\s+[Ii]nspectorate\\b|\\bInspectorate\\s+of\\s+Probation\\b"
     /* a slip of the pen: "Her Majesty's Inspection of Probation" */
     "|\\b" HM "Inspection\\s+of\\s+Probation\\b", l_probation, g_probation},
    /* "HM Inspectorate of Prisons", "HMI Prisons" */
    {PRISONS, NAME,
     "\\b" HM "Inspectorate\\s+of\\s+Prisons\\b(?!\\s+for\\s+Scotland)|\\bHMI\\s*Prisons\\b"
     "|\\b[Pp]risons\\s+[Ii]nspectorate\\b|\\b" HM "Inspection\\s+of\\s+Prisons\\b", l_prisons, g_prisons},
    /* "HMIP" means either */
    {NULL, AMBIGUOUS, "\\bHMIP\\b", l_hmip, NULL},
    {"HM Inspectorate of Prisons for Scotland", NAME,
     "\\b" HM "Inspectorate\\s+of\\s+Prisons\\s+for\\s+Scotland\\b|\\bHMIPS\\b", l_hm, g_hmips},
    /* "Ofsted inspectors", "the Office for Standards in Education, ..." */
    {"Ofsted", NAME, "\\bOfsted\\b|\\bOFSTED\\b|\\bOffice\\s+for\\s+Standards\\s+in\\s+Education\\b", l_ofsted, g_ofsted},
    /* "The Care Quality Commission (CQC) rated the trust" */
    {"Care Quality Commission", NAME, "\\bCare\\s+Quality\\s+Commission\\b|\\bCQC\\b", l_cqc, g_cqc},
    /* "HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)" */
    {"HM Inspectorate of Constabulary and Fire & Rescue Services", NAME,
     "\\b" HM "Inspectorate\\s+of\\s+Constabulary\\s+and\\s+Fire\\s+(?:&|and)\\s+Rescue\\s+Services\\b|\\bHMICFRS\\b", l_hm, g_hmicfrs},
    /* "HM Inspectorate of Constabulary (HMIC)" before 2017 */
    {"HM Inspectorate of Constabulary", NAME,
     "\\b" HM "Inspectorate\\s+of\\s+Constabulary\\b(?!\\s+and\\s+Fire)(?!\\s+in\\s+Scotland)|\\bHMIC\\b", l_hm, g_hmic},
    {"HM Inspectorate of Constabulary in Scotland", NAME,
     "\\b" HM "Inspectorate\\s+of\\s+Constabulary\\s+in\\s+Scotland\\b|\\bHMICS\\b", l_hm, g_hmics},
    /* "HM Crown Prosecution Service Inspectorate (HMCPSI)" */
    {"HM Crown Prosecution Service Inspectorate", NAME,
     "\\b" HM "Crown\\s+Prosecution\\s+Service\\s+Inspectorate\\b|\\bHMCPSI\\b", l_hm, g_hmcpsi},
    /* "a Criminal Justice Joint Inspection (CJJI) report" */
    {"Criminal Justice Joint Inspection", NAME, "\\bCriminal\\s+Justice\\s+Joint\\s+Inspection\\b|\\bCJJI\\b", l_cjji, g_cjji},
    {"Criminal Justice Inspection Northern Ireland", NAME,
     "\\bCriminal\\s+Justice\\s+Inspection\\s+Northern\\s+Ireland\\b|\\bCJI(?:NI)?\\b", l_cji, g_cji},
    {"Estyn", NAME, "\\bEstyn\\b", l_estyn, NULL},
    {"Care Inspectorate Wales", NAME, "\\bCare\\s+Inspectorate\\s+Wales\\b|\\bCIW\\b", l_ciw, g_ciw},
    /* its name until 2017: "Care and Social Services Inspectorate Wales (CSSIW)" */
    {"Care Inspectorate Wales", NAME,
     "\\bCare\\s+and\\s+Social\\s+Services\\s+Inspectorate\\s+Wales\\b|\\bCSSIW\\b", l_cssiw, g_cssiw},
    {"Healthcare Inspectorate Wales", NAME, "\\bHealthcare\\s+Inspectorate\\s+Wales\\b|\\bHIW\\b", l_hiw, g_hiw},
    {"Care Inspectorate", NAME, "\\bCare\\s+Inspectorate\\b(?!\\s+Wales)", l_care, g_care},
    /* "Dame Ann Example, HM Chief Inspector of Probation, said", "chief
     * inspector of probation Jo Hale"; a report's own title: "An inspection
     * of probation services in Fenshire PDU", "An inspection of youth
     * offending services in Fenshire" */
    {PROBATION, OFFICE, "(?i)\\bchief\\s+inspector\\s+of\\s+probation\\b"
     "|\\b(?i:an\\s+inspection\\s+of\\s+(?:probation|youth\\s+offending|youth\\s+justice)\\s+(?:services?|work))\\b", l_chief_an, g_chief_an},
    /* "HM Chief Inspector of Prisons", "the HM Inspector of Prisons' report" */
    {PRISONS, OFFICE, "(?i)\\b(?:chief|hm)\\s+inspector\\s+of\\s+prisons\\b(?!\\s+for\\s+scotland)", l_chief_hm, g_chief},
    /* inspectors named by their field: "probation inspectors found",
     * "Prison inspectors returned in May" */
    {PROBATION, OFFICE, "(?i)\\bprobation\\s+inspectors?\\b", l_probation_staff, NULL},
    {PRISONS, OFFICE, "(?i)\\bprisons?\\s+inspectors?\\b", l_prison_staff, NULL},
    /* the chief inspectors of the Care Quality Commission and of Ofsted */
    {"Care Quality Commission", OFFICE,
     "(?i)\\bchief\\s+inspector\\s+of\\s+(?:hospitals|general\\s+practice|primary\\s+(?:medical\\s+services|care)"
     "|adult\\s+social\\s+care)\\b", l_chief, g_chief_care},
    {"Ofsted", OFFICE, "(?i)\\bchief\\s+inspector\\s+of\\s+education,?\\s+children's\\s+services\\b", l_chief,
     g_chief_care},
    /* the field a headline is about: probation and youth justice work, one
     * of HM Prisons' establishments (a bare "prison" is not: other
     * inspectorates inspect prisons too) */
    {PROBATION, CUE,
     "(?i)\\bprobation\\b|\\byouth\\s+(?:offending|justice)\\b|\\bcrcs?\\b|\\bcommunity\\s+rehabilitation\\s+compan",
     l_field_probation, NULL},
    {PRISONS, CUE, "\\b(?:HMP|HMYOI|YOI)\\b", l_field_prisons, NULL},
    /* an inspectorate writing of its own work without naming itself (its
     * letters, blogs and announcements): "our inspections have shown", "our
     * regional and PDU inspections", "our YOT inspection team"; read last,
     * as the inspectorate of the field the document talks about (probation
     * or prisons, as for "HMIP") */
    {NULL, VOICE, "(?i)\\bour\\s+(?:[\\w-]+\\s+){0,6}?(?:inspections|inspectors|inspection\\s+(?:team|reports?|programme|standards))\\b",
     l_our, NULL},
    /* "the Inspectorate" as a proper noun, capitalised and not "of"
     * anything ("slammed by the Inspectorate", "The Inspectorate's
     * figures"): the field's inspectorate, read with the voice */
    {NULL, VOICE, "(?<=[Tt]he\\s)Inspectorate(?!\\s+(?:of|for|in)\\b)(?![\\w-])", l_inspectorate, NULL},
    /* the inspectorate's own web address, furniture included: a page of its
     * site that names nothing else ("We use cookies on
     * hmiprisons.justiceinspectorates.gov.uk"); read after everything else */
    {PRISONS, SITE, SITE_JI("hmiprisons"), NULL, NULL},
    {PROBATION, SITE, SITE_JI("hmiprobation"), NULL, NULL},
    {"HM Inspectorate of Constabulary and Fire & Rescue Services", SITE, SITE_JI("hmicfrs"), NULL, NULL},
    {"HM Crown Prosecution Service Inspectorate", SITE, SITE_JI("hmcpsi"), NULL, NULL},
    {"Criminal Justice Joint Inspection", SITE, SITE_JI("cjji"), NULL, NULL},
    {"Care Quality Commission", SITE, "(?i)\\bcqc\\.org\\.uk\\b", NULL, NULL},
    {"Ofsted", SITE, "(?i)\\bofsted\\.gov\\.uk\\b", NULL, NULL},
    {"Estyn", SITE, "(?i)\\bestyn\\.gov\\.(?:wales|uk)\\b", NULL, NULL},
    {"Care Inspectorate Wales", SITE, "(?i)\\bcareinspectorate\\.wales\\b|\\bcssiw\\.org\\.uk\\b", NULL, NULL},
    {"Healthcare Inspectorate Wales", SITE, "(?i)\\bhiw\\.org\\.uk\\b", NULL, NULL},
    {"Care Inspectorate", SITE, "(?i)\\bcareinspectorate\\.com\\b", NULL, NULL},
    {"Criminal Justice Inspection Northern Ireland", SITE, "(?i)\\bcjini\\.org\\b", NULL, NULL},
    {"HM Inspectorate of Prisons for Scotland", SITE, "(?i)\\bprisonsinspectoratescotland\\.gov\\.uk\\b", NULL, NULL},
    {"HM Inspectorate of Constabulary in Scotland", SITE, "(?i)\\bhmics\\.scot\\b", NULL, NULL},
};
#undef SITE_JI

enum { NBODIES = sizeof BODIES / sizeof BODIES[0] };

/* Inspectorates renamed, their old name first: a document that names both
 * ("HMIC" beside "HMICFRS", as writers still shorten the new name) is about
 * the body under its new name.  Extend here. */
static const struct { const char *old_name, *new_name; } RENAMED[] = {
    {"HM Inspectorate of Constabulary", "HM Inspectorate of Constabulary and Fire & Rescue Services"},
};
enum { NRENAMED = sizeof RENAMED / sizeof RENAMED[0] };

typedef struct insp_state {
    ix_rx *rx[NBODIES];
    ix_rx *at[NBODIES];   /* the same, anchored */
    ix_rx *field; /* "probation" or "prison" words, to read "HMIP" */
    size_t renamed[NRENAMED][2];   /* BODIES indices of each RENAMED pair's
                                      old and new names (NBODIES: none) */
} insp_state;

int ix_inspectorate_init(void **state, ix_err *err)
{
    insp_state *st = calloc(1, sizeof *st);
    if (!st)
        return ix_err_set(err, IX_ENOMEM, "inspectorate: out of memory");
    for (size_t i = 0; i < NBODIES; i++) {
        st->rx[i] = ix_rx_new("inspectorate", BODIES[i].pattern, 0, err);
        if (st->rx[i])
            st->at[i] = ix_rx_new("inspectorate", BODIES[i].pattern, PCRE2_ANCHORED, err);
        if (!st->rx[i] || !st->at[i]) {
            ix_inspectorate_fini(st);
            return err ? err->code : IX_EREGEX;
        }
    }
    for (size_t k = 0; k < NRENAMED; k++) {
        st->renamed[k][0] = st->renamed[k][1] = NBODIES;
        for (size_t i = 0; i < NBODIES; i++) {
            if (BODIES[i].kind != NAME || !BODIES[i].canonical)
                continue;
            if (strcmp(BODIES[i].canonical, RENAMED[k].old_name) == 0)
                st->renamed[k][0] = i;
            else if (strcmp(BODIES[i].canonical, RENAMED[k].new_name) == 0)
                st->renamed[k][1] = i;
        }
    }
    st->field = ix_rx_new("inspectorate.field", "\\b(?:(?<prob>probation)|(?<pris>prisons?))\\b", PCRE2_CASELESS, err);
    if (!st->field) {
        ix_inspectorate_fini(st);
        return err ? err->code : IX_EREGEX;
    }
    *state = st;
    return IX_OK;
}

void ix_inspectorate_fini(void *state)
{
    insp_state *st = state;
    if (!st)
        return;
    ix_rx_free_all(st->rx, NBODIES);
    ix_rx_free_all(st->at, NBODIES);
    ix_rx_free(st->field);
    free(st);
}

typedef struct tally {
    size_t count;
    size_t first_s, first_e;
    int leads;             /* named as the one leading it: "an inspection led by X" */
} tally;

/* "led by " (any case, one space or more) right before norm offset p. */
static int led_by_before(const ix_doc *doc, size_t p)
{
    const char *s = doc->norm;
    while (p > 0 && s[p - 1] == ' ')
        p--;
    if (p >= 3 && strncasecmp(s + p - 3, "the", 3) == 0 && (p == 3 || s[p - 4] == ' '))
        for (p -= 3; p > 0 && s[p - 1] == ' ';)
            p--;
    if (p < 6 || strncasecmp(s + p - 6, "led by", 6) != 0)
        return 0;
    return p == 6 || !isalpha((unsigned char)s[p - 7]);
}

/* Count matches of web site i anywhere in the text, furniture included
 * (up to cap), remembering the first.  Returns IX_OK or an error. */
static int count_site(const insp_state *st, size_t i, const ix_doc *doc, size_t cap, tally *t, ix_err *err)
{
    ix_rxm m;
    for (size_t pos = 0; pos < doc->norm_len && t->count < cap;) {
        int rc = ix_rx_find(st->rx[i], doc->norm, pos, doc->norm_len, &m, err);
        if (rc <= 0)
            return rc < 0 ? rc : IX_OK;
        if (t->count++ == 0) {
            t->first_s = m.g[0].start;
            t->first_e = m.g[0].end;
        }
        pos = m.g[0].end > pos ? m.g[0].end : pos + 1;
    }
    return IX_OK;
}

/* Where bodies are counted: the document's runs of non-furniture blocks,
 * from the headline on (what stands before it is page chrome: "ABC HMIP
 * 18"), found once for every body. */
typedef IX_VEC(ix_span) runs;

static int find_runs(ix_doc *doc, runs *out)
{
    size_t b = 0, pos, end;
    while (ix_doc_next_text_run(doc, &b, &pos, &end)) {
        if (doc->title.text && pos < doc->title.norm.start)
            pos = doc->title.norm.start < end ? doc->title.norm.start : end;
        ix_span *r = IX_VEC_PUSH(doc->arena, *out);
        if (!r)
            return IX_ENOMEM;
        r->start = pos;
        r->end = end;
    }
    return IX_OK;
}

/* Can body i match anywhere in the document?  Only at a lead of its that
 * the text holds and its guards leave live there: ix_keywords_rx_find
 * tries no other place (a text with a long s is searched whole). */
static int may_occur(const ix_doc *doc, size_t i)
{
    if (!BODIES[i].leads || ix_keywords_long_s(doc))
        return 1;
    const char *live_buf[MAX_LIVE], *held_buf[MAX_LIVE];
    const char *const *live = ix_keywords_live_leads(doc, 0, doc->norm_len, BODIES[i].leads,
                                                     BODIES[i].guards, live_buf, MAX_LIVE);
    return ix_keywords_present(doc, 0, doc->norm_len, live, held_buf, MAX_LIVE)[0] != NULL;
}

/* Count matches of body i in the runs (up to cap), remembering the first.
 * Returns IX_OK or an error. */
static int count_in_document(const insp_state *st, size_t i, const ix_doc *doc, const runs *rs,
                             size_t cap, tally *t, ix_err *err)
{
    ix_rxm m;
    if (BODIES[i].kind == CUE) {
        /* a cue tells only of the headline */
        if (!doc->title.text)
            return IX_OK;
        size_t lo = doc->title.norm.start, hi = doc->title.norm.end;
        const char *buf[MAX_LIVE];
        const char *const *leads =
            ix_keywords_live_leads(doc, lo, hi, BODIES[i].leads, BODIES[i].guards, buf, MAX_LIVE);
        int rc = ix_keywords_rx_find(doc, st->rx[i], st->at[i], leads, NULL, lo, hi, &m, err);
        if (rc > 0) {
            t->count = 1;
            t->first_s = m.g[0].start;
            t->first_e = m.g[0].end;
        }
        return rc < 0 ? rc : IX_OK;
    }
    if (BODIES[i].kind == SITE)
        return count_site(st, i, doc, cap, t, err);
    for (size_t k = 0; k < rs->n && t->count < cap; k++) {
        size_t pos = rs->items[k].start, end = rs->items[k].end;
        /* the leads live in the run: past a match, a lead whose guard
         * words are gone finds no match either, so they are not asked
         * again at each match */
        const char *buf[MAX_LIVE];
        const char *const *leads =
            ix_keywords_live_leads(doc, pos, end, BODIES[i].leads, BODIES[i].guards, buf, MAX_LIVE);
        while (pos < end && t->count < cap) {
            int rc = ix_keywords_rx_find(doc, st->rx[i], st->at[i], leads, NULL, pos, end, &m, err);
            if (rc < 0)
                return rc;
            if (rc == 0)
                break;
            if (t->count++ == 0) {
                t->first_s = m.g[0].start;
                t->first_e = m.g[0].end;
            }
            if (led_by_before(doc, m.g[0].start))
                t->leads = 1;
            pos = m.g[0].end > pos ? m.g[0].end : pos + 1;
        }
    }
    return IX_OK;
}

/* The pass a kind is read in: names (0), then offices as a fallback (1),
 * the inspectorate's voice (2), its web site (3); headline cues in none
 * (-1). */
static int pass_of(int kind)
{
    return kind == OFFICE ? 1 : kind == VOICE ? 2 : kind == SITE ? 3 : kind == CUE ? -1 : 0;
}

/* Is a body of this kind read only up to its first mention until the
 * pass of offices (ix_inspectorate_run)?  Before it, only whether that
 * mention stands in the headline counts (total). */
static int first_only(int kind)
{
    return kind == OFFICE || kind == VOICE;
}

/* The canonical name body i stands for ("HMIP" as read), or NULL. */
static const char *canonical_of(size_t i, const char *hmip, const char *field)
{
    return BODIES[i].kind == AMBIGUOUS ? hmip : BODIES[i].kind == VOICE ? field : BODIES[i].canonical;
}

/* An inspectorate the document names, with what decides between them. */
typedef struct candidate {
    const char *canon;
    size_t count, first_s, first_e;
    int leads;      /* named as leading a joint inspection */
    int headline;   /* named, or its field told, in the headline */
} candidate;

/* canon's mentions read in pass, their first one, and whether any of its
 * patterns (cues included) matched in the headline. */
static candidate total(const tally *t, const char *canon, int pass, const char *hmip, const char *field,
                       const ix_doc *doc)
{
    candidate c = {canon, 0, (size_t)-1, 0, 0, 0};
    for (size_t j = 0; canon && j < NBODIES; j++) {
        if (!t[j].count || canonical_of(j, hmip, field) != canon)
            continue;
        if (doc->title.text && t[j].first_s >= doc->title.norm.start && t[j].first_s < doc->title.norm.end)
            c.headline = 1;
        if (pass_of(BODIES[j].kind) != pass)
            continue;
        c.count += t[j].count;
        c.leads |= t[j].leads;
        if (t[j].first_s < c.first_s) {
            c.first_s = t[j].first_s;
            c.first_e = t[j].first_e;
        }
    }
    return c;
}

/* Is a a better pick than b?  The one the headline is about, then the one
 * that leads a joint inspection, then the most named, then the first. */
static int better(const candidate *a, const candidate *b)
{
    if (!b->canon)
        return 1;
    if (a->headline != b->headline)
        return a->headline > b->headline;
    if (a->leads != b->leads)
        return a->leads > b->leads;
    if (a->count != b->count)
        return a->count > b->count;
    return a->first_s < b->first_s;
}

/* The field the document talks about more: probation (words "probation")
 * or prisons ("prison", "prisons"); *out stays NULL on a tie. */
static int field_of(const insp_state *st, const ix_doc *doc, const char **out, ix_err *err)
{
    int g_prob = ix_rx_group(st->field, "prob");
    ix_rxm m;
    size_t pos = 0, np = 0, nq = 0;
    while (pos < doc->norm_len && np + nq < 2 * MAX_COUNT) {
        int rc = ix_rx_find(st->field, doc->norm, pos, doc->norm_len, &m, err);
        if (rc < 0)
            return rc;
        if (rc == 0)
            break;
        if (ix_rxm_has(&m, g_prob))
            np++;
        else
            nq++;
        pos = m.g[0].end;
    }
    if (np != nq)
        *out = np > nq ? PROBATION : PRISONS;
    return IX_OK;
}

/* The old name's mentions counted as the new name's where both are named. */
static void renamed_as_one(const insp_state *st, tally *t)
{
    for (size_t k = 0; k < NRENAMED; k++) {
        size_t o = st->renamed[k][0], n = st->renamed[k][1];
        if (o == NBODIES || n == NBODIES || !t[o].count || !t[n].count)
            continue;
        t[n].count += t[o].count;      /* its evidence stays its own first mention */
        t[n].leads |= t[o].leads;
        memset(&t[o], 0, sizeof t[o]);
    }
}

int ix_inspectorate_run(const void *state, ix_doc *doc, ix_err *err)
{
    const insp_state *st = state;
    tally t[NBODIES];
    memset(t, 0, sizeof t);
    runs rs = {0};
    if (find_runs(doc, &rs) != IX_OK)
        return ix_err_set(err, IX_ENOMEM, "inspectorate: out of memory");
    /* a body whose leads the text lacks (or leaves dead) is never searched */
    int possible[NBODIES];
    for (size_t i = 0; i < NBODIES; i++)
        possible[i] = BODIES[i].kind != SITE && may_occur(doc, i);
    /* the web sites are read last, and only when nothing else names an
     * inspectorate (below): fourteen searches of the whole text saved on
     * almost every page.  Offices and the voice count only when no name
     * does: until then their first mention is all that matters (does the
     * headline tell of their inspectorate?), so they are read up to it. */
    for (size_t i = 0; i < NBODIES; i++) {
        if (!possible[i])
            continue;
        int rc = count_in_document(st, i, doc, &rs, first_only(BODIES[i].kind) ? 1 : MAX_COUNT, &t[i], err);
        if (rc < 0)
            return rc;
    }
    renamed_as_one(st, t);
    /* "HMIP": probation or prisons? */
    size_t amb = (size_t)-1;
    for (size_t i = 0; i < NBODIES; i++)
        if (BODIES[i].kind == AMBIGUOUS)
            amb = i;
    const char *hmip = NULL, *field = NULL;
    int rc;
    if (amb != (size_t)-1 && t[amb].count) {
        size_t prob = 0, pris = 0;
        for (size_t i = 0; i < NBODIES; i++) {
            if (BODIES[i].kind == AMBIGUOUS || !t[i].count || !BODIES[i].canonical)
                continue;
            prob += BODIES[i].canonical == PROBATION;
            pris += BODIES[i].canonical == PRISONS;
        }
        if (prob != pris)
            hmip = prob > pris ? PROBATION : PRISONS;
        else if ((rc = field_of(st, doc, &hmip, err)) < 0)
            return rc;
    }
    for (size_t i = 0; i < NBODIES; i++)
        if (BODIES[i].kind == VOICE && t[i].count && (rc = field_of(st, doc, &field, err)) < 0)
            return rc;
    /* pick: names first, offices only as a fallback */
    candidate best = {0};
    for (int pass = 0; pass < 4 && !best.canon; pass++) {
        for (size_t i = 0; pass == pass_of(SITE) && i < NBODIES; i++)
            if (BODIES[i].kind == SITE && (rc = count_in_document(st, i, doc, &rs, MAX_COUNT, &t[i], err)) < 0)
                return rc;
        for (size_t i = 0; pass == pass_of(OFFICE) && i < NBODIES; i++) {
            if (!first_only(BODIES[i].kind) || !t[i].count)
                continue;
            memset(&t[i], 0, sizeof t[i]);
            if ((rc = count_in_document(st, i, doc, &rs, MAX_COUNT, &t[i], err)) < 0)
                return rc;
        }
        for (size_t i = 0; i < NBODIES; i++) {
            if (pass_of(BODIES[i].kind) != pass || !t[i].count)
                continue;
            candidate c = total(t, canonical_of(i, hmip, field), pass, hmip, field, doc);
            if (c.canon && better(&c, &best))
                best = c;
        }
    }
    if (!best.canon) {
        /* no name, office or site: the framework's own list of what it
         * rates ("safe, effective, caring, responsive and well-led") */
        size_t fs, fe;
        const ix_scale_table *framework = ix_scales_framework_of(doc->norm, doc->norm_len, &fs, &fe);
        if (framework) {
            doc->inspectorate.name = framework->inspectorate;
            ix_scan_evidence(doc, fs, fe, &doc->inspectorate.span, &doc->inspectorate.norm);
        }
        return IX_OK;
    }
    doc->inspectorate.name = best.canon;
    ix_scan_evidence(doc, best.first_s, best.first_e, &doc->inspectorate.span, &doc->inspectorate.norm);
    return IX_OK;
}
