#include "extractors/scales.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- the scales (RECORD.md, `ratings`) ----------------------------------- */

/* HM Inspectorate of Probation since 2018, CQC, Ofsted, older PEEL, fire:
 * "rated 'Requires improvement'", Ofsted's "requires improvement to be good". */
#define FOUR_BAND_SPELLINGS                                   \
    {"outstanding", "outstanding"},                           \
    {"good", "good"},                                         \
    {"requires improvement to be good", "requires_improvement"}, \
    {"requiring improvement to be good", "requires_improvement"}, \
    {"require improvement to be good", "requires_improvement"}, \
    {"requires improvement", "requires_improvement"},         \
    {"requiring improvement", "requires_improvement"},        \
    {"require improvement", "requires_improvement"},          \
    {"inadequate", "inadequate"}
static const ix_band_spelling four_band_words[] = {
    FOUR_BAND_SPELLINGS,
    {NULL, NULL}
};
static const char *const four_band_order[] = {"outstanding", "good", "requires_improvement",
                                              "inadequate", NULL};
static const ix_scale four_band = {"four_band", four_band_words, four_band_order, 1};

/* Ofsted: the four bands, and its grades by number (1 outstanding to 4
 * inadequate: "fell to grade three", "a grade two college"). */
static const ix_band_spelling ofsted_words[] = {
    FOUR_BAND_SPELLINGS,
    {"grade one", "outstanding"}, {"grade 1", "outstanding"},
    {"grade two", "good"}, {"grade 2", "good"},
    {"grade three", "requires_improvement"}, {"grade 3", "requires_improvement"},
    {"grade four", "inadequate"}, {"grade 4", "inadequate"},
    {"grade-one", "outstanding"}, {"grade-1", "outstanding"},
    {"grade-two", "good"}, {"grade-2", "good"},
    {"grade-three", "requires_improvement"}, {"grade-3", "requires_improvement"},
    {"grade-four", "inadequate"}, {"grade-4", "inadequate"},
    {NULL, NULL}
};
static const ix_scale ofsted_four_band = {"four_band", ofsted_words, four_band_order, 1};

/* HMICFRS PEEL from 2021: "The force was graded 'adequate' at ..." */
static const ix_band_spelling five_grade_words[] = {
    {"outstanding", "outstanding"},
    {"good", "good"},
    {"adequate", "adequate"},
    {"requires improvement", "requires_improvement"},
    {"requiring improvement", "requires_improvement"},
    {"require improvement", "requires_improvement"},
    {"inadequate", "inadequate"},
    {NULL, NULL}
};
static const char *const five_grade_order[] = {"outstanding", "good", "adequate",
                                               "requires_improvement", "inadequate", NULL};
static const ix_scale five_grade = {"five_grade", five_grade_words, five_grade_order, 1};

/* HM Inspectorate of Prisons' healthy prison tests: "Safety: Poor",
 * "purposeful activity was not sufficiently good". */
static const ix_band_spelling healthy_prison_words[] = {
    {"not sufficiently good", "not_sufficiently_good"},
    {"reasonably good", "reasonably_good"},
    {"good", "good"},
    {"poor", "poor"},
    {NULL, NULL}
};
static const char *const healthy_prison_order[] = {"good", "reasonably_good",
                                                   "not_sufficiently_good", "poor", NULL};
static const ix_scale healthy_prison = {"healthy_prison", healthy_prison_words,
                                        healthy_prison_order, 0};

/* Judgements in words (Estyn, the Scottish inspectorates' grades). */
static const ix_band_spelling narrative_words[] = {
    {"excellent", "excellent"},
    {"very good", "very_good"},
    {"good", "good"},
    {"adequate and needs improvement", "adequate_and_needs_improvement"},
    {"adequate", "adequate"},
    {"satisfactory", "satisfactory"},
    {"unsatisfactory and needs urgent improvement", "unsatisfactory_and_needs_urgent_improvement"},
    {"unsatisfactory", "unsatisfactory"},
    {"not acceptable", "not_acceptable"},
    {"not of an acceptable standard", "not_acceptable"},
    {"not good enough", "not_good_enough"},
    /* HM Inspectorate of Prisons for Scotland's grades of its standards
     * ("Generally acceptable performance") */
    {"generally acceptable", "generally_acceptable"},
    {"unacceptable", "unacceptable"},
    {"weak", "weak"},
    {"poor", "poor"},
    {NULL, NULL}
};
static const char *const narrative_order[] = {"excellent", "very_good", "good", "adequate",
                                              "satisfactory", "generally_acceptable",
                                              "unsatisfactory", "weak", "poor", "unacceptable",
                                              NULL};
static const ix_scale narrative = {"narrative", narrative_words, narrative_order, 1};

/* ---- the inspectorates ---------------------------------------------------- */

/* Probation: the case supervision standards and the organisational domains
 * ("Unpaid work was rated 'Outstanding'"), and the four headings of the
 * 2014 youth inspections ("work to protect the public ... was good"). */
static const ix_domain_name probation_domains[] = {
    {"governance and leadership", NULL},
    {"leadership", NULL},
    {"partnerships and services", NULL},
    {"information and facilities", NULL},
    {"implementation and delivery", NULL},
    {"out of court disposal work", NULL},
    {"out of court disposals", NULL},
    {"out of court disposal", NULL},
    {"through the gate", NULL},
    {"unpaid work", NULL},
    {"community payback", NULL},
    {"case supervision", NULL},
    {"organisational delivery", NULL},
    {"court work", NULL},
    {"court disposals", NULL},
    {"resettlement policy and provision", NULL},
    {"resettlement", NULL},
    {"staffing", NULL},
    {"staff", NULL},
    {"services", NULL},
    {"assessment", NULL},
    {"planning", NULL},
    {"implementation", NULL},
    {"reviewing", NULL},
    {"review", NULL},
    {"reduce reoffending", "reducing reoffending"},
    {"reducing reoffending", "reducing reoffending"},
    {"protect the public", "protecting the public"},
    {"protecting the public", "protecting the public"},
    {"protect children", "protecting children and young people"},
    {"protecting children and young people", "protecting children and young people"},
    {"ensure that the sentence was served", "ensuring the sentence is served"},
    {"ensure the sentence was served", "ensuring the sentence is served"},
    {"ensure that the sentence is served", "ensuring the sentence is served"},
    {"ensure the sentence is served", "ensuring the sentence is served"},
    {"ensuring the sentence is served", "ensuring the sentence is served"},
    {"governance arrangements", NULL},
    /* the youth inspections' headings of 2009-2012, scored in stars */
    {"reducing the likelihood of reoffending", NULL},
    {"reducing the likelihood of re-offending", NULL},
    {"ensuring sentences are served", NULL},
    {NULL, NULL}
};
static const char *const probation_bodies[] = {
    "crc", "community rehabilitation company", "company", "nps", "service", "division", "unit",
    "pdu", "yot", "yos", "yjs", "team", "partnership", "trust", "provider", "region", "prison",
    "cluster", "organisation", "organization", NULL
};
static const ix_scale_table probation = {
    "HM Inspectorate of Probation", &four_band, NULL, 0, NULL, 0, 2018, probation_domains, probation_bodies,
    NULL, 0
};

/* CQC: the five key questions and a hospital's core services. */
static const ix_domain_name cqc_domains[] = {
    {"safe", NULL}, {"effective", NULL}, {"caring", NULL}, {"responsive", NULL},
    {"well led", NULL},
    /* the key questions as "providing safe services", "well-led services" */
    {"safe services", "safe"}, {"effective services", "effective"}, {"caring services", "caring"},
    {"responsive services", "responsive"}, {"well led services", "well-led"},
    {"accident and emergency", NULL}, {"urgent and emergency care", NULL},
    {"medical care", NULL}, {"surgery", NULL}, {"critical care", NULL},
    {"maternity and gynaecology", NULL}, {"maternity services", NULL}, {"maternity", NULL},
    {"end of life care", NULL},
    {"outpatients and diagnostic imaging", NULL}, {"outpatients", NULL},
    {"services for children and young people", NULL}, {"children and young people", NULL},
    /* more core services: acute, community and mental health */
    {"urgent and emergency services", NULL}, {"medicine", NULL}, {"gynaecology", NULL},
    {"diagnostic imaging", NULL}, {"neonatal services", NULL},
    {"community health services for adults", NULL},
    {"community health services for children and young people", NULL},
    {"community end of life care", NULL}, {"community health services", NULL},
    {"acute wards for adults of working age and psychiatric intensive care units", NULL},
    {"acute wards for adults of working age", NULL}, {"community based mental health services", NULL},
    {"mental health crisis services", NULL}, {"wards for older people with mental health problems", NULL},
    {"forensic inpatient wards", NULL}, {"child and adolescent mental health wards", NULL},
    {"long stay rehabilitation mental health wards", NULL},
    {"community mental health services for adults", NULL},
    {"child and adolescent mental health services", NULL}, {"camhs", NULL},
    /* a GP practice's six population groups */
    {"older people", NULL}, {"people with long term conditions", NULL},
    {"families children and young people", NULL},
    {"working age people including those recently retired and students", NULL},
    {"working age people", NULL},
    {"people whose circumstances may make them vulnerable", NULL},
    {"people whose circumstances make them vulnerable", NULL},
    {"people experiencing poor mental health including people with dementia", NULL},
    {"people experiencing poor mental health", NULL},
    {NULL, NULL}
};
static const char *const cqc_bodies[] = {
    "trust", "hospital", "practice", "surgery", "home", "service", "provider", "centre", "clinic",
    "hospice", "agency", "location", NULL
};
static const char *const cqc_signature[] = {"safe", "effective", "caring", "responsive", "well led", NULL};
static const ix_scale_table cqc = {
    "Care Quality Commission", &four_band, NULL, 0, NULL, 0, 0, cqc_domains, cqc_bodies, cqc_signature,
    3
};

/* Ofsted: the judgements of the school and children's services frameworks. */
static const ix_domain_name ofsted_domains[] = {
    {"quality of teaching", NULL}, {"achievement of pupils", NULL}, {"pupils' achievement", NULL},
    {"behaviour and safety of pupils", NULL},
    {"behaviour and the safety of pupils", "behaviour and safety of pupils"},
    /* the same judgements as write-ups shorten them */
    {"behaviour and safety", NULL}, {"behaviour and welfare", NULL},
    {"teaching learning and assessment", NULL},
    {"leadership and management", NULL},
    {"quality of education", NULL}, {"behaviour and attitudes", NULL},
    {"personal development", NULL}, {"early years provision", NULL},
    {"sixth form provision", NULL}, {"adoption services", NULL},
    {"looked after children", NULL}, {"care leavers", NULL}, {"leadership", NULL},
    {"overall effectiveness", "overall"},
    {"the impact of leaders on social work practice with children and families", NULL},
    {"the experiences and progress of children who need help and protection", NULL},
    {"the experiences and progress of children in care and care leavers", NULL},
    {"the experiences and progress of children in care", NULL},
    {"impact of leaders on social work practice with children and families", NULL},
    {"experiences and progress of children who need help and protection", NULL},
    {"experiences and progress of children in care and care leavers", NULL},
    {"experiences and progress of children in care", NULL},
    {"experiences and progress of care leavers", NULL},
    {"children who need help and protection", NULL},
    {"children looked after and achieving permanence", NULL},
    {"leadership management and governance", NULL},
    {"outcomes for pupils", NULL}, {"effectiveness of leadership and management", NULL},
    {"quality of teaching learning and assessment", NULL},
    {"personal development behaviour and welfare", NULL},
    /* further education and skills, and the children's homes framework */
    {"education programmes for young people", NULL}, {"adult learning programmes", NULL},
    {"apprenticeships", NULL}, {"provision for learners with high needs", NULL},
    {"16 to 19 study programmes", NULL}, {"outcomes for learners", NULL},
    {"outcomes for children and learners", NULL},
    {"effectiveness of leaders and managers", NULL},
    {"overall experiences and progress of children and young people", NULL},
    {"how well children and young people are helped and protected", NULL},
    {"early years", NULL}, {"sixth form", NULL},
    {NULL, NULL}
};
static const char *const ofsted_bodies[] = {
    "school", "academy", "college", "council", "nursery", "service", "provider", "authority",
    "home", "institute", "university", "trust", "setting", "federation", "childminder", NULL
};
static const char *const ofsted_signature[] = {"quality of education", "behaviour and attitudes",
                                               "personal development", "leadership and management",
                                               "early years provision", "sixth form provision", NULL};
static const ix_scale_table ofsted = {
    "Ofsted", &ofsted_four_band, NULL, 0, NULL, 0, 0, ofsted_domains, ofsted_bodies,
    ofsted_signature, 3
};

/* HMICFRS: PEEL's pillars and questions, fire and rescue's three pillars
 * (each written out in releases: "'requires improvement' at effectively
 * keeping people safe and secure from fire and other risks"). */
static const ix_domain_name hmicfrs_domains[] = {
    {"effectively keeping people safe and secure from fire and other risks", "effectiveness"},
    {"efficiently keeping people safe and secure from fire and other risks", "efficiency"},
    {"looking after its people", "people"},
    {"looking after their people", "people"},
    /* the PEEL pillars as the releases of 2015-2019 word them */
    {"effectively reducing crime and keeping people safe", "effectiveness"},
    {"operating efficiently and providing sustainable services to the public", "efficiency"},
    {"operating efficiently and providing sustainable services", "efficiency"},
    {"way it treats the public and its workforce", "legitimacy"},
    /* the same pillars as questions: "how legitimately it treats ..." */
    {"how legitimately it treats the public and its workforce", "legitimacy"},
    {"how effectively it reduces crime and keeps people safe", "effectiveness"},
    {"how efficiently it keeps people safe and reduces crime", "efficiency"},
    {"how efficiently it manages its resources", "efficiency"},
    {"how well it looks after its people", "people"},
    /* PEEL's three questions of 2014-2017 as releases word them: "the
     * force's efficiency at keeping people safe and reducing crime" */
    {"effectiveness at keeping people safe and reducing crime", "effectiveness"},
    {"efficiency at keeping people safe and reducing crime", "efficiency"},
    {"legitimacy at keeping people safe and reducing crime", "legitimacy"},
    {"effectiveness in keeping people safe and reducing crime", "effectiveness"},
    {"efficiency in keeping people safe and reducing crime", "efficiency"},
    {"legitimacy in keeping people safe and reducing crime", "legitimacy"},
    {"efficiency with which it keeps people safe and reduces crime", "efficiency"},
    {"effectiveness with which it keeps people safe and reduces crime", "effectiveness"},
    {"legitimacy with which it keeps people safe and reduces crime", "legitimacy"},
    {"effectiveness", NULL}, {"efficiency", NULL}, {"legitimacy", NULL}, {"people", NULL},
    {"culture and values", NULL}, {"understanding of fires and other risks", NULL},
    {"preventing crime and tackling anti social behaviour", NULL},
    {"investigating crime and reducing re offending", NULL},
    {"protecting vulnerable people", NULL},
    {"tackling serious and organised crime", NULL},
    {"preventing crime and anti social behaviour", NULL},
    {"keeping people safe and reducing crime", NULL},
    {"investigating crime", NULL}, {"responding to the public", NULL},
    {"managing offenders and suspects", NULL}, {"managing offenders", NULL},
    {"developing a positive workplace", NULL}, {"developing a positive workforce", NULL},
    {"good use of resources", NULL}, {"using resources well", NULL},
    {"treating the public fairly", NULL}, {"supporting victims", NULL},
    {"protecting vulnerable people and supporting victims", NULL},
    {"treatment of the public", NULL}, {"disrupting serious organised crime", NULL},
    {"recording data about crime", NULL},
    /* PEEL from 2021 */
    {"preventing crime", NULL},
    {"providing a service to the victims of crime", NULL},
    {"providing a service to victims of crime", NULL},
    {"engaging with and treating the public with fairness and respect", NULL},
    {"police powers and public treatment", NULL},
    {"building supporting and protecting the workforce", NULL},
    {"leadership and force management", NULL},
    {"strategic planning organisational management and value for money", NULL},
    /* fire and rescue's areas from 2021 */
    {"understanding the risk of fire and other emergencies", NULL},
    {"understanding fire and other risks", NULL},
    {"preventing fire and other risks", NULL}, {"preventing fires and other risks", NULL},
    {"protecting the public through fire regulation", NULL},
    {"responding to fires and other emergencies", NULL},
    {"responding to major and multi agency incidents", NULL},
    {"responding to national risks", NULL},
    {"making best use of resources", NULL}, {"best use of resources", NULL},
    {"making the fire and rescue service affordable now and in the future", NULL},
    {"future affordability", NULL},
    {"promoting the right values and culture", NULL},
    {"getting the right people with the right skills", NULL},
    {"ensuring fairness and promoting diversity", NULL},
    {"managing performance and developing leaders", NULL},
    {NULL, NULL}
};
static const char *const hmicfrs_bodies[] = {
    "force", "constabulary", "police", "service", "authority", NULL
};
/* PEEL's three pillars (HMIC's before 2017; the record names the
 * inspectorate that grades them now) */
static const char *const peel_signature[] = {"effectiveness", "efficiency", "legitimacy", NULL};
static const ix_scale_table hmicfrs = {
    "HM Inspectorate of Constabulary and Fire & Rescue Services", &four_band, &five_grade, 2021,
    "police", 2023, 0, hmicfrs_domains, hmicfrs_bodies, peel_signature, 3
};
static const ix_scale_table hmic = {
    "HM Inspectorate of Constabulary", &four_band, NULL, 0, NULL, 0, 0, hmicfrs_domains, hmicfrs_bodies,
    NULL, 0
};

/* HM Inspectorate of Prisons: the four healthy prison tests. */
static const ix_domain_name prisons_domains[] = {
    {"safety", NULL}, {"respect", NULL}, {"purposeful activity", NULL},
    {"rehabilitation and release planning", NULL}, {"release and rehabilitation planning", NULL},
    {"rehabilitation and release", NULL},
    {"resettlement", NULL},
    {"preparation for release", NULL},
    {"preparation for removal and release", NULL},
    {NULL, NULL}
};
static const char *const prisons_bodies[] = {
    "prison", "institution", "yoi", "centre", "establishment", "jail", "gaol", "facility", NULL
};
static const char *const prisons_signature[] = {"safety", "respect", "purposeful activity",
                                                "rehabilitation and release planning", "resettlement",
                                                NULL};
static const ix_scale_table prisons = {
    "HM Inspectorate of Prisons", &healthy_prison, NULL, 0, NULL, 0, 0, prisons_domains, prisons_bodies,
    prisons_signature, 3
};

/* Estyn: the inspection areas of Welsh schools and providers. */
static const ix_domain_name estyn_domains[] = {
    {"standards", NULL}, {"wellbeing and attitudes to learning", NULL},
    {"teaching and learning experiences", NULL}, {"care support and guidance", NULL},
    {"leadership and management", NULL}, {"current performance", NULL},
    {"prospects for improvement", NULL},
    {NULL, NULL}
};
static const char *const estyn_bodies[] = {"school", "college", "provider", "service", NULL};
static const ix_scale_table estyn = {
    "Estyn", &narrative, NULL, 0, NULL, 0, 0, estyn_domains, estyn_bodies, NULL, 0
};

/* The Care Inspectorate (Scotland): six grades in words, excellent to
 * unsatisfactory ("services for children were 'good' or 'very good'"). */
static const char *const care_inspectorate_bodies[] = {"service", "partnership", "provider",
                                                       "home", "council", NULL};
static const ix_domain_name care_inspectorate_domains[] = {
    {"care and support", NULL}, {"environment", NULL}, {"staffing", NULL},
    {"management and leadership", NULL}, {"leadership", NULL}, {"wellbeing", NULL},
    /* the quality themes its grades were given under until 2018 */
    {"quality of care and support", NULL}, {"quality of care", NULL},
    {"quality of environment", NULL}, {"quality of staffing", NULL},
    {"quality of management and leadership", NULL}, {"quality of management", NULL},
    {"quality of leadership", NULL},
    {NULL, NULL}
};
static const ix_scale_table care_inspectorate = {
    "Care Inspectorate", &narrative, NULL, 0, NULL, 0, 0, care_inspectorate_domains,
    care_inspectorate_bodies, NULL, 0
};

/* HM Inspectorate of Prisons for Scotland: the nine standards its reports
 * grade in words ("Standard 2 Decency" over "Satisfactory"). */
static const ix_domain_name hmips_domains[] = {
    {"lawful and transparent custody", NULL}, {"decency", NULL}, {"personal safety", NULL},
    {"effective courteous and humane exercise of authority", NULL},
    {"respect autonomy and protection against mistreatment", NULL},
    {"purposeful activity", NULL},
    {"transitions from custody to life in the community", NULL},
    {"organisational effectiveness", NULL}, {"health and wellbeing", NULL},
    {NULL, NULL}
};
static const ix_scale_table hmips = {
    "HM Inspectorate of Prisons for Scotland", &narrative, NULL, 0, NULL, 0, 0, hmips_domains,
    prisons_bodies, NULL, 0
};

/* Anything else: the four bands and the probation lexicon (the first corpus). */
static const ix_scale_table fallback = {
    NULL, &four_band, NULL, 0, NULL, 0, 2018, probation_domains, probation_bodies,
    NULL, 0
};

const ix_scale_table *const ix_scales_tables[] = {
    &probation, &cqc, &ofsted, &hmicfrs, &hmic, &prisons, &hmips, &estyn, &care_inspectorate,
    &fallback
};
const size_t ix_scales_ntables = sizeof ix_scales_tables / sizeof ix_scales_tables[0];

/* ---- queries ---------------------------------------------------------------- */

const ix_scale_table *ix_scales_for(const char *name)
{
    for (size_t i = 0; name && i < ix_scales_ntables; i++)
        if (ix_scales_tables[i]->inspectorate && strcmp(ix_scales_tables[i]->inspectorate, name) == 0)
            return ix_scales_tables[i];
    return &fallback;
}

const ix_scale *ix_scales_narrative(void)
{
    return &narrative;
}

const ix_scale *ix_scales_pick(const ix_scale_table *t, int year, int has_cue)
{
    if (t->later && ((year >= t->later_from && has_cue) ||
                     (t->later_all_from && year >= t->later_all_from)))
        return t->later;
    return t->scale;
}

const char *ix_scales_later_only(const ix_scale_table *t)
{
    if (!t->later)
        return NULL;
    for (const ix_band_spelling *w = t->later->bands; w->words; w++) {
        const ix_band_spelling *v = t->scale->bands;
        while (v->words && strcmp(v->words, w->words) != 0)
            v++;
        if (!v->words)
            return w->words;
    }
    return NULL;
}

static int blank_or_hyphen(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '-';
}

/* A space of a name matches blanks and hyphens, and a comma before a blank
 * ("personal development, behaviour and welfare"). */
static size_t name_gap(const char *s, size_t j, size_t end)
{
    size_t k = j;
    if (k < end && s[k] == ',' && k + 1 < end && blank_or_hyphen(s[k + 1]))
        k++;
    while (k < end && blank_or_hyphen(s[k]))
        k++;
    return k;
}

/* Does words (spaces match runs of blanks or hyphens; an apostrophe matches
 * either quote mark) start at s[i]?  Returns the end, or 0. */
static size_t words_at(const char *s, size_t i, size_t end, const char *words)
{
    size_t j = i;
    for (const char *w = words; *w; w++) {
        if (*w == ' ') {
            size_t k = name_gap(s, j, end);
            if (k == j)
                return 0;
            j = k;
            continue;
        }
        if (j >= end)
            return 0;
        /* the words are in lower case: an ASCII fold is the C locale's
         * tolower, without a call for the locale's table per byte */
        unsigned char c = (unsigned char)s[j];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)*w)
            return 0;
        j++;
    }
    if (j < end && (isalnum((unsigned char)s[j]) || (unsigned char)s[j] >= 0x80))
        return 0;
    return j;
}

const char *ix_scales_band_at(const ix_scale *sc, const char *s, size_t i, size_t end, size_t *e)
{
    const char *best = NULL;
    size_t be = 0;
    for (const ix_band_spelling *b = sc->bands; b->words; b++) {
        size_t x = words_at(s, i, end, b->words);
        if (x > be) {
            be = x;
            best = b->value;
        }
    }
    if (best && e)
        *e = be;
    return best;
}

const char *ix_scales_ranked(const ix_scale *sc, int rank)
{
    int n = 0;
    while (sc->order[n])
        n++;
    int k = rank >= 0 ? rank : n + rank;
    return k >= 0 && k < n ? sc->order[k] : NULL;
}

/* The domain names of each table of ix_scales_tables by the byte they open
 * with (as words_at compares it: lower case), each bucket in table order:
 * only the names that can start at a place are read there (ratings asks at
 * every word).  A name opening with a space, or empty, is in every bucket.
 * Made once, on the first question; `ok` is 0 when the names do not fit
 * (every name is then read, as for a table not listed). */
enum { DOMAIN_INDEX_MAX = 4096 };
static struct {
    uint16_t at[IX_SCALES_MAXTABLES][257];  /* bucket c: name[at[c] .. at[c + 1]) */
    uint16_t name[DOMAIN_INDEX_MAX];        /* indices into the table's domains */
    int ok;
} domain_index;
static pthread_once_t domain_index_once = PTHREAD_ONCE_INIT;

static void domain_index_make(void)
{
    size_t n = 0;
    for (size_t k = 0; k < ix_scales_ntables && k < IX_SCALES_MAXTABLES; k++)
        for (int c = 0; c < 256; c++) {
            domain_index.at[k][c] = (uint16_t)n;
            for (const ix_domain_name *d = ix_scales_tables[k]->domains; d->written; d++) {
                unsigned char o = (unsigned char)d->written[0];
                if (o != c && o != ' ' && o != '\0')
                    continue;
                if (n == DOMAIN_INDEX_MAX)
                    return;             /* ok stays 0 */
                domain_index.name[n++] = (uint16_t)(d - ix_scales_tables[k]->domains);
            }
            domain_index.at[k][c + 1] = (uint16_t)n;
        }
    domain_index.ok = ix_scales_ntables <= IX_SCALES_MAXTABLES;
}

/* The longest of t's domain names at s[i..end) into *best and *sc (kept
 * when none is longer); k is t's place in ix_scales_tables, or
 * ix_scales_ntables for a table not listed there. */
static void longest_domain(const ix_scale_table *t, size_t k, const char *s, size_t i, size_t end,
                           size_t *best, const char **sc)
{
    if (k < ix_scales_ntables && i < end && domain_index.ok) {
        unsigned char c = (unsigned char)s[i];
        c = c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
        for (size_t j = domain_index.at[k][c]; j < domain_index.at[k][c + 1]; j++) {
            const ix_domain_name *d = &t->domains[domain_index.name[j]];
            size_t x = words_at(s, i, end, d->written);
            if (x > *best) {
                *best = x;
                *sc = d->scope;
            }
        }
        return;
    }
    for (const ix_domain_name *d = t->domains; d->written; d++) {
        size_t x = words_at(s, i, end, d->written);
        if (x > *best) {
            *best = x;
            *sc = d->scope;
        }
    }
}

int ix_scales_domain_at(const ix_scale_table *t, const char *s, size_t i, size_t end, size_t *e,
                        const char **scope)
{
    pthread_once(&domain_index_once, domain_index_make);
    size_t best = 0;
    const char *sc = NULL;
    size_t own = 0;
    while (own < ix_scales_ntables && ix_scales_tables[own] != t)
        own++;
    longest_domain(t, own, s, i, end, &best, &sc);
    /* the default table (no inspectorate named): every framework's names,
     * its own first on a tie */
    for (size_t k = 0; !t->inspectorate && k < ix_scales_ntables; k++)
        if (ix_scales_tables[k] != t)
            longest_domain(ix_scales_tables[k], k, s, i, end, &best, &sc);
    if (!best)
        return 0;
    *e = best;
    *scope = sc;
    return 1;
}

/* ---- regex fragments ----------------------------------------------------------- */

typedef struct strs {
    const char *v[64];
    size_t n;
} strs;

static void add_unique(strs *l, const char *w)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->v[i], w) == 0)
            return;
    if (l->n < sizeof l->v / sizeof l->v[0])
        l->v[l->n++] = w;
}

static int longer_first(const void *x, const void *y)
{
    size_t a = strlen(*(const char *const *)x), b = strlen(*(const char *const *)y);
    return a < b ? 1 : a > b ? -1 : 0;
}

/* The ending of a noun in consonant-y, written so that a pattern's plural
 * "s" after it also reads "ies": "surgery", "surgeries", "authorities". */
#define Y_PLURAL "(?:y|ie(?=s))"

/* Join l as an alternation, spaces written as [\s-]+; with plurals set, a
 * final consonant-y as Y_PLURAL. */
static char *alternation(strs *l, int plurals)
{
    qsort(l->v, l->n, sizeof l->v[0], longer_first);
    size_t cap = 1;
    for (size_t i = 0; i < l->n; i++)
        cap += strlen(l->v[i]) * 7 + sizeof Y_PLURAL + 1;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    char *p = out;
    for (size_t i = 0; i < l->n; i++) {
        if (i)
            *p++ = '|';
        const char *word = l->v[i];
        size_t n = strlen(word);
        for (const char *w = word; *w; w++) {
            if (*w == ' ') {
                memcpy(p, "[\\s-]+", 6);
                p += 6;
            } else if (plurals && n > 1 && w == word + n - 1 && *w == 'y' &&
                       !strchr("aeiou", w[-1])) {
                memcpy(p, Y_PLURAL, sizeof Y_PLURAL - 1);
                p += sizeof Y_PLURAL - 1;
            } else {
                *p++ = *w;
            }
        }
    }
    *p = '\0';
    return out;
}

char *ix_scales_band_regex(const ix_scale_table *t)
{
    strs l = {{0}, 0};
    const ix_scale *scales[2] = {t->scale, t->later};
    for (int k = 0; k < 2; k++)
        for (const ix_band_spelling *b = scales[k] ? scales[k]->bands : NULL; b && b->words; b++)
            add_unique(&l, b->words);
    return alternation(&l, 0);
}

char *ix_scales_body_regex(const ix_scale_table *t)
{
    strs l = {{0}, 0};
    for (size_t i = 0; t->bodies[i]; i++)
        add_unique(&l, t->bodies[i]);
    return alternation(&l, 1);
}

/* The first signature name of table t starting at s[i] (a word start):
 * its index, with *e its end; -1 when none. */
static int signature_at(const ix_scale_table *t, const char *s, size_t i, size_t n, size_t *e)
{
    for (int k = 0; t->signature[k]; k++)
        if ((*e = words_at(s, i, n, t->signature[k])) != 0)
            return k;
    return -1;
}

/* Does t's signature stand in s: signature_min distinct names, each within
 * IX_SCALES_SIGNATURE_SPAN bytes of the first?  [*fs, *fe): that first. */
static int lists_signature(const ix_scale_table *t, const char *s, size_t n, size_t *fs, size_t *fe)
{
    for (size_t i = 0; i < n; i++) {
        size_t e;
        if ((i > 0 && (isalnum((unsigned char)s[i - 1]) || (unsigned char)s[i - 1] >= 0x80)) ||
            signature_at(t, s, i, n, &e) < 0)
            continue;
        unsigned seen = 0;
        int distinct = 0;
        size_t lim = i + IX_SCALES_SIGNATURE_SPAN < n ? i + IX_SCALES_SIGNATURE_SPAN : n;
        for (size_t j = i; j < lim; j++) {
            size_t je;
            int k;
            if ((j > 0 && (isalnum((unsigned char)s[j - 1]) || (unsigned char)s[j - 1] >= 0x80)) ||
                (k = signature_at(t, s, j, n, &je)) < 0)
                continue;
            if (!(seen & (1u << k))) {
                seen |= 1u << k;
                distinct++;
            }
            j = je - 1;
        }
        if (distinct >= t->signature_min) {
            *fs = i;
            *fe = e;
            return 1;
        }
    }
    return 0;
}

const ix_scale_table *ix_scales_framework_of(const char *s, size_t n, size_t *fs, size_t *fe)
{
    const ix_scale_table *found = NULL;
    for (size_t k = 0; k < ix_scales_ntables; k++) {
        const ix_scale_table *t = ix_scales_tables[k];
        size_t a, b;
        if (!t->signature || !lists_signature(t, s, n, &a, &b))
            continue;
        if (found)
            return NULL;        /* two frameworks: neither tells */
        found = t;
        *fs = a;
        *fe = b;
    }
    return found;
}
