#include "extractors/ratings.h"

#include <ctype.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extractors/keywords.h"
#include "extractors/numbers.h"
#include "extractors/scales.h"
#include "extractors/scan.h"
#include "extractors/subjects.h"

/* How ratings are found.
 *
 * Every sentence of the body and the findings (never notes, never page
 * furniture) that holds a band word ('outstanding', 'good', 'requires
 * improvement', 'inadequate') is matched against the rating patterns below,
 * most specific first.  A pattern finds a band label in a rating
 * construction and, where the construction has one, the thing rated (the
 * "target"): "rated <target> as 'Good'", "<target> was rated 'Good'".
 * A band word anywhere else ('good leaders', 'a good suite of programmes',
 * 'not good enough') is never a rating.
 *
 * The target decides the scope:
 *   - a list of domain or standard names from the lexicon of the
 *     inspectorate's table in extractors/scales.c ("Leadership and
 *     services", "the CRC's unpaid work") gives one rating per name, and
 *     so does a list of names it does not know, as written ("Critical care,
 *     maternity and outpatients");
 *   - a group statement ("all four ... standards - assessment, planning,
 *     implementation and review -") gives one per listed standard, and only
 *     when the count agrees with the list;
 *   - "the <head> of ... <domain>" ("the delivery of Through the Gate
 *     services", "the supervision of people sentenced to unpaid work")
 *     gives that domain;
 *   - a subject (by name or alias), a pronoun ('it') or a body noun ('the
 *     CRC', 'the division') gives the overall rating;
 *   - another body, a vague head ('the quality of work'), a count or a
 *     time gives nothing: a missing rating is better than a wrong one.
 *
 * Then the context is checked, and a match dropped when its band is one of
 * a list of bands (the scale explained: 'Outstanding', 'Good', 'Requires
 * improvement' and 'Inadequate'), the scale is being described ('a
 * four-band rating system'), the target is plural or another body ('all
 * five CRCs'), the sentence talks about an earlier inspection ('last
 * inspected', 'at that time', a year before this inspection's), or the
 * statement is hypothetical or negated ('would be rated', 'not rated').
 *
 * Narrative judgements (before the bands existed) are read from sentences
 * that judge the subject's work as a whole: "Overall, the quality of work
 * was poor", "Generally, the quality of work was good", "inspectors found
 * the overall quality of supervision was not good enough".  They are kept
 * only for a subject without a four-band overall rating.
 *
 * One rating per (subject, scope, scale).  When a rating is stated several
 * times the evidence kept is, in this order of preference:
 *   1. a statement in a paragraph or bullet over one in a heading (the
 *      headline);
 *   2. a statement with an explicit 'overall' ('an overall rating of',
 *      'rated ... overall') over one without;
 *   3. a rating verb or noun ('rated', 'assessed ... as', 'rating of') over
 *      a bare predicate ("Exmoor CRC requires improvement");
 *   4. for narrative judgements, one about "the quality of work" (the
 *      measure inspections reported on) over other wordings;
 *   5. the earliest.
 * Two different values with equal standing are a contradiction the text
 * does not resolve: neither is output.
 */

/* ---- lexicons ---------------------------------------------------------- */

/* Words that may follow a list of domains inside a target without changing
 * what is rated: "the review of cases", "unpaid work arrangements". */
static const char *const domain_tails[] = {
    "of cases", "of the cases", "of those cases", "of these cases", "of their cases", "of its cases", "of work", "work", "arrangements", "provision",
    "practice", "activity", "standards", "standard", NULL
};

/* ---- patterns ---------------------------------------------------------- */

/* The bands of the document's scale and the nouns of its bodies: filled in
 * from extractors/scales.c when the patterns are compiled, one set per
 * inspectorate. */
#define BANDW "(?:@BANDW@)"
/* A band label, quoted ('Good', "Requires improvement", 'Requiring
 * Improvement.' with the punctuation inside) or bare (rated as inadequate). */
#define BAND "(?<b>(?<q>['\"])(?<v>" BANDW ")[.,;:!]?['\"]|(?<w>" BANDW ")(?![\\w'-]))"
/* A target: anything within the clause, possessive apostrophes allowed but
 * no quotation marks (so a target never swallows another label). */
#define TGT "(?:[^;:!?'\"]|(?<=\\w)'(?=s\\b)|(?<=s)'(?=\\s))"
/* Nouns that name the parts of a framework a band is given in ("in all
 * four categories - ...", "across the five key questions"). */
#define FRAMEN "ratings|domains|key\\s+questions|questions|areas|standards|categories|aspects|elements|" \
    "judgements|judgments|strands|themes|pillars|headings|fields"
/* A count of parts: "four", "12". */
#define COUNTW "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2])"
/* A count of the framework's parts: "three areas", "four out of five key
 * questions" (ratings.counted_areas). */
#define COUNTED_PARTS COUNTW "\\s+(?:(?:out\\s+)?of\\s+(?:the\\s+|its\\s+|their\\s+)?" COUNTW "\\s+)?" \
    "(?:(?:key|other|inspection|main|core)\\s+)?(?:" FRAMEN ")\\b"
/* Nouns that name an inspected body. */
#define BODYN "(?:@BODYN@)"
/* What marks a band after it as the whole body's: "overall", "as a
 * whole", "as a trust" (a noun of the inspectorate's bodies). */
#define OVERALL_AFTER "(?<ov3>\\s+overall\\b|\\s+as\\s+a\\s+(?:whole|" BODYN ")\\b)?"

enum {
    P_RATING_OF, P_GIVEN, P_GRADE_GIVEN, P_ACTIVE, P_PASSIVE, P_PREDICATE, P_COPULA, P_DESCRIBED, P_CHANGED,
    P_ELLIPTIC, /* rating constructions, in order */
    R_ANYBAND, R_LIST_RIGHT, R_LIST_LEFT, R_SCALE, R_EARLIER, R_GIVE_VERB,
    R_GROUP, R_OWNER_BODY, R_PROPER_BODY, R_PLURAL, R_CONT, R_HEAD_OF,
    R_NARR_CUE, R_NARR_OVERALL, R_NARR_TARGET, R_TABLE, R_BODY_TAIL, R_SCORE,
    R_INDEF_BODY, R_PERF, R_FIRST_TO, R_NAME_ONLY, R_PART, R_TAIL_REL, R_PAIR, R_BULLET_AT,
    R_WORK_TO, R_ALL_BODIES, R_PAIRS_INLINE, R_BAND_ONLY, R_HEAD_DOMAIN, R_FOR_PART, R_JUDGED,
    R_LEAD_IN, R_NUM_GRADE, R_COUNT_BAND, R_FRAME_LIST, R_SCORE_BARE, R_AS_WAS, R_SCORED, R_NARR_RATING,
    R_AREAS_GIVEN, R_AREAS_RATED, R_BAND, NRX
};
enum { NPATTERNS = P_ELLIPTIC + 1 };

static const struct {
    const char *name;
    const char *re;
    uint32_t flags;
} patterns[NRX] = {
    /* "has given the CRC an overall rating of 'Requires improvement'",
     * "Its overall rating was 'Good'", "a rating of 'Good' for unpaid work",
     * "an overall mark (grading, ranking) of 'Good'", "the rating of the
     * NPS in Wales as 'good'", "with the overall judgement being 'Good'" */
    [P_RATING_OF] = {"ratings.overall_rating_of",
        "\\b(?<cue>(?:(?:an|a|its|the|their)\\s+)?(?<ov>overall\\s+)?"
        "(?:(?:regional|national|inspection|performance|ofsted|cqc|final|new|current)\\s+)?"
        "(?:rating|grade|grading|judge?ment|verdict|mark|ranking)\\s+(?:(?:for|of)\\s+(?:the\\s+)?(?-i:[A-Z][\\w'&-]*)"
        "(?:\\s+(?:(?-i:[A-Z][\\w'&-]*)|in(?=\\s+(?-i:[A-Z])))){0,4}\\s+)?"
        "(?:of|was|is|as|being|remains(?:\\s+as)?|remained(?:\\s+as)?|stays(?:\\s+as)?|stayed(?:\\s+as)?)\\s+)" BAND "(?<ov3>\\s+overall\\b)?",
        PCRE2_CASELESS},
    /* "has given Exmoor CRC an overall 'Requires improvement' rating",
     * "received a 'Good' rating for unpaid work", headline "Inspectors give
     * Exmoor YOT 'Good' rating" */
    [P_GIVEN] = {"ratings.given_rating",
        "(?<cue>(?:\\b(?:an?|its|their|the)\\s+)?(?:\\b(?<ov>overall)\\s+)?)" BAND
        "\\s+(?<ov3>overall\\s+)?(?:rating|grade|grading|judge?ment|status|verdict|"
        /* "an 'Inadequate' Ofsted report", "a 'Good' inspection result" */
        "(?:(?:inspection|ofsted|cqc|inspectorate)\\s+)?(?:report|result))s?\\b", PCRE2_CASELESS},
    /* A grade by number given, with no rating noun after it: "received a
     * grade two across the board", "was given an overall grade three" (not
     * "a grade two listed building"). */
    [P_GRADE_GIVEN] = {"ratings.given_rating",
        "\\b(?:receiv(?:e[sd]?|ing)|given|gave|give[sn]?|award(?:ed|s|ing)?|earn(?:ed|s|ing)?|"
        "achiev(?:e[sd]?|ing)|secur(?:e[sd]?|ing)|gain(?:ed|s|ing)?|handed|got|gets?|getting)\\s+"
        "(?<cue>(?:an?|its|their)\\s+(?:(?<ov>overall)\\s+)?)"
        "(?<b>(?<w>(?=grade)" BANDW "))(?![\\w-]|\\s+(?:listed|rating|grade|report|result|judge?ment|status)\\b)",
        PCRE2_CASELESS},
    /* "Inspectors rated leadership as 'Outstanding'", "rated it Good",
     * "assess it overall as 'Requiring Improvement.'", "Inspectors rate
     * Exmoor CRC as requiring improvement", "judged the service to be 'Good'" */
    [P_ACTIVE] = {"ratings.rated_as",
        "\\b(?<cue>rate[sd]?|rating|assess(?:es|ed|ing)?|judge[sd]?|judging|deem(?:s|ed|ing)?|"
        "consider(?:s|ed|ing)?|grade[sd]?|grading|find|finds|finding|found|classif(?:y|ies|ied|ying)|"
        /* the press's verbs of a label: "branded the school as 'inadequate'" */
        "brand(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?)\\s+"
        "(?!(?:as|of|overall|by|in|at|on|from|to|among|amongst|within|below|above|highly|poorly|"
        "well|against|that|remains|remained|stays|stayed|was|is|has|had|the\\s+(?:lowest|highest|second|third|worst|best))\\b)"
        "(?<t>" TGT "{1,200}?)\\s+(?<ov>overall\\s+)?(?:(?<as>as|to\\s+be)\\s+(?:being\\s+)?)?"
        "(?<ov2>overall\\s+)?(?:(?:grade\\s+)?[1-4]\\s*\\(\\s*)?" BAND OVERALL_AFTER, PCRE2_CASELESS},
    /* "Unpaid work was rated 'Good'", "were each rated 'Outstanding'",
     * "has been rated 'Good' overall by HM Inspectorate of Probation",
     * "was the one area to be rated 'Good'", "was found to be 'Inadequate'",
     * headline "Exmoor CRC rated 'Good' by inspectors" */
    [P_PASSIVE] = {"ratings.rated_as",
        "(?<be>\\b(?:(?:was|were|is|are|been|be|being)\\s+(?:(?:each|all|both|also|again|then|now|"
        "jointly|overall|themselves|itself|collectively|individually|likewise|similarly|currently)\\s+)?"
        "|(?:was|were|is|are)\\s+the\\s+(?:only|one|sole|first|single)\\s+(?:area|domain|standard|aspect)s?"
        "\\s+(?:to\\s+be|that\\s+was|which\\s+was)\\s+"
        /* "was very strong and rated 'Outstanding'": a predicate before */
        "|(?:was|were|is|are)\\s+(?:(?:very|particularly|especially|also|consistently)\\s+)?"
        "(?-i:[a-z]+)\\s+and\\s+(?:(?:was|were|is|are)\\s+)?))?"
        "\\b(?<cue>rated|assessed|judged|found|deemed|considered|graded|branded|labelled|labeled|"
        "classed|classified|categori[sz]ed|ranked|awarded|given)\\s+"
        "(?:by\\s+(?:[\\w-]+\\s+){1,6}?)?(?<ov>overall\\s+)?"
        /* "was rated separately as", "were judged individually to be" */
        "(?:(?-i:[a-z]{3,}ly)\\s+(?=(?:as|to)\\s))?"
        "(?:(?<as>as|to\\s+be|to(?=\\s+require\\b))\\s+(?:being\\s+)?)?"
        "(?<ov2>overall\\s+)?(?:(?:grade\\s+)?[1-4]\\s*\\(\\s*)?" BAND OVERALL_AFTER, PCRE2_CASELESS},
    /* headline "Exmoor probation service 'requires improvement', despite
     * good leadership"; "Exmoor Community Rehabilitation Company (CRC)
     * requires improvement, HM Inspectorate of Probation has said" */
    [P_PREDICATE] = {"ratings.headline",
        "(?<![\\w'\"-])(?<cue>(?:(?:is|was|are|still|now)\\s+)?)" BAND
        "(?=\\s*(?:[,;:.!?)-]|$)|\\s+(?:but|despite|as|with|after|and|while|says?|said|finds?|found|"
        "according|amid|over|following|in|for|by|inspectors|report|overall)\\b)", PCRE2_CASELESS},
    /* A quoted band as the predicate: "its out-of-court processes were
     * 'Inadequate'", "leadership is 'Good'" */
    [P_COPULA] = {"ratings.copula",
        "(?<be>\\b(?:was|were|is|are|(?<stay>remains|remained|continues\\s+to\\s+be|continued\\s+to\\s+be))\\s+"
        "(?:(?:all|both|also|each|still|now|judged|found)\\s+)?)"
        "(?<b>(?<q>['\"])(?<v>" BANDW ")[.,;:!]?['\"]|(?<w>" BANDW ")(?![\\w'-]))", PCRE2_CASELESS},
    /* A band described, not named: "received the lowest possible rating",
     * "gave the prison its lowest judgement for safety", "the second
     * highest grade" (the value from the scale's order). */
    /* A rating verb whose body is the subject of the clause before: "...
     * overall, and deemed inadequate in providing safe and well-led
     * services", "..., but rated 'good' in caring" (read only with the
     * framework's domains after it). */
    [P_ELLIPTIC] = {"ratings.elliptic",
        "(?:\\b(?:and|but)|,)\\s+(?:(?:was|were|is|are|also|only)\\s+){0,2}"
        "(?<cue>rated|deemed|judged|graded|assessed\\s+as|found\\s+to\\s+be|categori[sz]ed\\s+as|classed\\s+as|"
        "classified\\s+as)\\s+(?:as\\s+)?" BAND, PCRE2_CASELESS},
    [P_DESCRIBED] = {"ratings.described",
        "\\b(?<cue>(?:its|the|a|their)\\s+(?:(?:inspectorate|inspectors|inspection|regulator|watchdog)(?:'s|s')\\s+)?)"
        "(?<b>(?<rk>(?:second|third)[\\s-]+)?(?<ext>lowest|highest|worst|best|top|bottom)"
        "\\s+(?:possible\\s+)?(?<ov>overall\\s+)?(?:performance\\s+|inspection\\s+)?"
        "(?:rating|grade|judge?ment|mark|assessment|band|ranking))\\b", PCRE2_CASELESS},
    /* A rating that moved: "has been upgraded to 'Good'", "was downgraded
     * from 'Good' to 'Inadequate'", "improved its rating to Outstanding". */
    [P_CHANGED] = {"ratings.changed",
        "\\b(?<cue>upgrad(?:e[sd]?|ing)|downgrad(?:e[sd]?|ing)|rais(?:e[sd]?|ing)|lower(?:s|ed|ing)?|"
        "reduc(?:e[sd]?|ing)|improv(?:e[sd]?|ing)|mov(?:e[sd]?|ing)\\s+(?:up|down)|mov(?:e[sd]?|ing)(?=\\s+from\\b)|"
        /* "has gone from 'requires improvement' to 'good'" */
        "(?:gone|go(?:es|ing)?|went)(?=\\s+from\\b)|"
        "drop(?:s|ped|ping)?|fall(?:s|en|ing)?|fell|"
        "slip(?:s|ped|ping)?|climb(?:s|ed|ing)?|ris(?:e[sn]?|ing)|rose|promoted|demoted|gone\\s+(?:up|down)|"
        "went\\s+(?:up|down)|"
        /* the press's verbs of a move: "sank from 'outstanding' to ...",
         * "jumped from 'good' to 'outstanding'" */
        "sank|sunk|slumped|plunged|plummeted|tumbled|jumped|leapt|leaped|soared|"
        "(?<stay>remain(?:s|ed)?|stay(?:s|ed)?))\\s+"
        /* the thing moved as the object, before "from": "downgraded the
         * rating for Fernlea House from ...", "raised the CRC's overall
         * rating from ...", "has upgraded the school from ..." */
        "(?:(?<t>(?!(?:from|to|at|by|in|on|and|but)\\b)" TGT "{1,120}?)\\s+(?=from\\s)|"
        "(?:(?:(?:its|their|the)\\s+)?(?:overall\\s+)?(?:rating|grade|judge?ment)\\s+)?(?:(?:one|a|two)\\s+(?:band|grade|notch|level)s?\\s+)?)"
        "(?:from\\s+['\"]?" BANDW "[.,]?['\"]?\\s+)?(?(<stay>)at|to)\\s+"
        /* "moved from 'Good' to be rated as 'Inadequate'", "gone from
         * requiring improvement to rated 'Good'" */
        "(?:(?:be\\s+)?(?:rated|graded|judged|assessed)\\s+(?:as\\s+)?)?(?:(?:an?|the)\\s+)?" BAND, PCRE2_CASELESS},

    /* A score with its band in brackets, the band after it rating what
     * follows: "achieved just one out of four stars (poor) in terms of
     * protecting the public", "It scored three out of four (good) on ..." */
    [R_SCORED] = {"ratings.scored",
        "\\b(?<p>zero|one|two|three|four|five|six|\\d{1,2})\\s+(?:stars?\\s+)?out\\s+of\\s+(?:a\\s+possible\\s+)?"
        "(?<of>two|three|four|five|six|\\d{1,2})(?:\\s+(?:stars|points))?\\s*\\(\\s*"
        "(?<n>[A-Za-z][A-Za-z -]{1,30}?)\\s*\\)", PCRE2_CASELESS},
    /* An overall rating of a word the document's scale lacks: "gave the
     * service an overall rating of 'poor'" (a judgement in words). */
    [R_NARR_RATING] = {"ratings.narrative_rating",
        "\\b(?<cue>(?:an|a|its|the|their)\\s+(?<ov>overall\\s+)(?:rating|grade|grading|judge?ment|verdict)\\s+"
        "of\\s+)(?<q>['\"])?(?<n>[A-Za-z][A-Za-z -]{1,30}?)[.,]?(?(<q>)['\"])"
        "(?=\\s*(?:[.,;:!)]|$)|\\s+(?:for|and|but|from|by|in|after|following)\\b)", PCRE2_CASELESS},
    /* A band label as the constructions read one: a window without one
     * holds none of them (but a described band). */
    [R_BAND] = {"ratings.band", BAND, PCRE2_CASELESS},
    /* Any band label: the end of the previous one bounds a clause. */
    [R_ANYBAND] = {"ratings.anyband",
        "(?:['\"]" BANDW "[.,;:!]?['\"]|\\b" BANDW "\\b)", PCRE2_CASELESS},
    /* A band followed by another: "'Good', 'Requires improvement' and ...",
     * "from 'Good' to 'Inadequate'", "'Good' or 'Outstanding'". */
    /* ("'good' or, one day, 'outstanding'": a short aside between) */
    [R_LIST_RIGHT] = {"ratings.list_right",
        "\\G\\s*(?:,|/|,?\\s+(?:and|or|to|nor|then|through|into)\\b)"
        "(?:\\s*,\\s*(?-i:[a-z]+\\s+){0,2}(?-i:[a-z]+)\\s*,)?\\s*['\"]?" BANDW, PCRE2_CASELESS},
    [R_LIST_LEFT] = {"ratings.list_left",
        BANDW "[.,;:!]?['\"]?\\s*(?:,|/|,?\\s+(?:and|or|to|nor|then))"
        "(?:\\s*,\\s*(?-i:[a-z]+\\s+){0,2}(?-i:[a-z]+)\\s*,)?\\s*$", PCRE2_CASELESS},
    /* The scale described: "works on a four-band rating system: ...",
     * "introduced new ratings in 2018: 'Outstanding', ..." */
    [R_SCALE] = {"ratings.scale",
        "\\b(?:rating\\s+(?:system|scale|framework|bands?)|ratings\\s+(?:system|scale|framework|are|"
        "were|range|introduced)|four[- ](?:band|point|tier|level)|new\\s+ratings?|(?:possible|available)"
        "\\s+ratings|scale\\s+(?:of|from)|ranging\\s+from|bands?\\s+(?:are|is|of|from)|introduced\\s+"
        "(?:new\\s+|the\\s+)?ratings)\\b", PCRE2_CASELESS},
    /* An earlier inspection: "in 2017 it was rated Good", "at that time we
     * assessed ...", "when it was last inspected", "its previous rating". */
    [R_EARLIER] = {"ratings.earlier",
        "\\b(?:(?:last|previous|prior|earlier|former|past)\\s+(?:inspect\\w*|report|visit|rating|"
        "time\\s+(?:we|it|inspectors))|previously|formerly|at\\s+that\\s+time|"
        /* the inspection a sentence before named: "On that occasion, we
         * found it to be ...", "At that inspection ..." */
        "(?:on|at|during)\\s+that\\s+(?:occasion|inspection|visit)|at\\s+the\\s+time\\s+of\\s+"
        "(?:the|its|our|their)\\s+(?:last|previous|earlier)|used\\s+to\\s+be|had\\s+(?:previously\\s+|"
        "also\\s+|already\\s+)?been\\s+(?<hb>rated|assessed|judged|found|given)|once\\s+rated|last\\s+"
        "(?:inspected|rated|assessed|time)|"
        /* "last year", but not when it dates this visit: "inspected last
         * year", "from September to October last year" */
        "(?<!inspected\\s)(?<!visited\\s)(?<!inspection\\s)(?<!visit\\s)(?<!fieldwork\\s)"
        "(?<!january\\s|february\\s|march\\s|april\\s|may\\s|june\\s|july\\s|august\\s|september\\s|"
        "october\\s|november\\s|december\\s)"
        "last\\s+(?:year|month|week)|(?<!inspection\\s)(?<!visit\\s)earlier\\s+this\\s+(?:year|month)|"
        "(?:a|one|two|three|four|five|" IX_RX_DIGIT_AHEAD "\\d+)\\s+years?\\s+ago|when\\s+(?:it|we|inspectors|they)\\s+last|"
        /* "When inspected before, ...", "Before that, ..." */
        "(?:inspected|rated|visited)\\s+before\\b(?!\\s+(?:the|its|their|a|an|being)\\b)|before\\s+(?:that|then)\\b|"
        /* "This follows an inspection in 2019, when ...": the one before */
        "this\\s+follows\\s+(?:an?|its|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:inspection|visit|report)|"
        "(?:in|since|during|until|by)\\s+(?:(?:january|february|march|april|may|june|july|august|"
        "september|october|november|december)\\s+)?(?<y>(?:19|20)\\d\\d)|(?<y2>(?:19|20)\\d\\d)\\s+"
        "(?:inspection|report|rating|visit))\\b", PCRE2_CASELESS},
    /* Who received a rating: "has given the CRC an overall rating of",
     * "the CRC received a 'Good' rating". */
    [R_GIVE_VERB] = {"ratings.give_verb",
        "\\b(?<gv>given|gave|give[sn]?|giving|award(?:ed|s|ing)?|assign(?:ed|s|ing)?|handed|issu(?:e[sd]?|ing)|"
        "receiv(?:e[sd]?|ing)|achiev(?:e[sd]?|ing)|earn(?:ed|s|ing)?|got|gets?|getting|"
        "retain(?:ed|s|ing)?|kept|keeps?|maintain(?:ed|s|ing)?|secur(?:e[sd]?|ing)|ha[sd]|have|having|"
        "with|carr(?:y|ies|ied|ying)|holds?|held)\\b", PCRE2_CASELESS},
    /* A group of standards with its members listed: "all four of our key
     * case supervision standards - the assessment, planning, implementation
     * and review of cases -", "All four standards of case supervision
     * (assessment, planning, ...)". */
    [R_GROUP] = {"ratings.group",
        "\\b(?:all\\s+)?(?<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])\\s+(?:of\\s+(?:the|our|"
        "its|their)\\s+)?(?:[\\w'-]+\\s+){0,4}?(?:standards|domains|areas|aspects|elements|tests|key\\s+questions|"
        "judgements|categories|pillars|questions)\\b[^()]{0,60}?"
        "(?:\\s-\\s*|\\s*\\(\\s*)(?<list>[^()]{3,200}?)(?:\\s*-\\s*$|\\s*\\))", PCRE2_CASELESS},
    /* A body by common noun: "the CRC", "this division", "the youth
     * offending team (YOT), which ...", "the youth offending service in
     * Exmoor", "probation services in Exmoor and Dale" */
    [R_OWNER_BODY] = {"ratings.owner_body",
        "^(?:(?:the|this|that|its|our|their)\\s+(?:[\\w&'.-]+\\s+){0,5}?" BODYN "|"
        "(?:(?:the|this|its)\\s+)?(?:probation|youth\\s+justice|youth\\s+offending)\\s+services?)"
        "(?:\\s*\\([^()]{1,30}\\))?"
        "(?:\\s+(?:in|for|across|covering)\\s+(?-i:[A-Z][\\w&'.-]*)(?:\\s+(?:and\\s+|&\\s+)?(?-i:[A-Z][\\w&'.-]*))*)?"
        "(?:\\s*,.*)?$", PCRE2_CASELESS | PCRE2_DOTALL},
    /* A body introduced in the lead: "A regional probation service has been
     * graded 'requires improvement'", "A probation service in Fenshire". */
    [R_INDEF_BODY] = {"ratings.indef_body",
        "^(?:an?)\\s+(?:[\\w&'.-]+\\s+){0,3}?" BODYN
        /* the place may open with a direction: "in west Oxfordshire" */
        "(?:\\s+(?:in|for|across|covering)\\s+(?:(?:north|south|east|west|mid|central|inner|outer|"
        "north-east|north-west|south-east|south-west|rural)(?:ern)?\\s+)?(?-i:[A-Z][\\w&'.-]*)(?:\\s+(?:and\\s+|&\\s+)?(?-i:[A-Z][\\w&'.-]*))*)?$",
        PCRE2_CASELESS},
    /* The body's work as a whole: "assessing its overall performance as
     * good", "rated the overall performance of the CRC as 'Good'". */
    [R_PERF] = {"ratings.performance",
        "^(?|(?:(?:its|their|the|his|her)\\s+(?:overall\\s+)?|overall\\s+)(?:performance|work|practice|effectiveness|"
        "quality\\s+of\\s+(?:its\\s+|their\\s+)?work)(?:\\s+(?:of|by)\\s+(?<own>.+))?"
        /* "Services provided by the Fenshire CRC have been rated ..." */
        "|(?:(?:the|its|their)\\s+)?(?:probation\\s+|youth\\s+justice\\s+)?services?\\s+"
        "(?:provided|delivered|run|offered)\\s+by\\s+(?<own>.+))$", PCRE2_CASELESS},
    /* "It is the first CRC in this year's programme to be rated ...": the
     * body is what comes before. */
    [R_FIRST_TO] = {"ratings.first_to",
        "^(?<own>.+?)\\s+(?:is|was|became|has\\s+become)\\s+(?:the|a)\\s+(?:first|only|second|third|"
        "fourth|fifth|latest|sole)\\b", PCRE2_CASELESS},
    /* A proper name alone (used when no subject was found): "The QEH",
     * "Larwood Surgery", "Captain Webb Primary School". */
    [R_NAME_ONLY] = {"ratings.name_only",
        "^(?!(?:the\\s+)?(?:inspectors?|inspections?|it|this|that|they|we|he|she|ofsted|cqc|hmip|"
        "hmicfrs|hmic|estyn|leaders|staff|managers)\\b)"
        /* two capitalised words or more, "the" and a name, or an acronym */
        "(?:(?-i:[A-Z][\\w&'.-]*)(?:\\s+(?-i:[A-Z][\\w&'.-]*|and|&|of|the)){0,5}\\s+(?-i:[A-Z][\\w&'.-]*)|"
        "the\\s+(?-i:[A-Z][\\w&'.-]*)(?:\\s+(?-i:[A-Z][\\w&'.-]*|and|&|of|the)){0,6}|(?-i:[A-Z]{2,6}))"
        "(?:\\s*\\([^()]{1,30}\\))?$", PCRE2_CASELESS},
    /* A part of the work rather than the whole: "rated Outstanding in four
     * areas", "'Good' in most of them", "'Inadequate' when it comes to
     * ...". */
    [R_PART] = {"ratings.part",
        "^\\s+when\\s+it\\s+comes\\s+to\\b|^\\s+(?:in|across|for|on)\\s+(?:all\\s+but\\s+(?:one|two|three|\\d+)|\\d+|two|three|four|five|six|seven|eight|nine|ten|some|most|"
        "several|many|a\\s+number|half|one|all\\s+(?:the\\s+)?others|all\\s+(?:the\\s+)?other)\\b(?:\\s+(?:of\\s+)?(?:the\\s+|its\\s+|their\\s+)?"
        "(?:other\\s+)?(?:areas?|domains?|aspects?|standards?|questions?|others|them|categories|pillars?|"
        "elements?|parts?))?", PCRE2_CASELESS},
    /* What joins a band to the scopes it is given for: "for leadership",
     * "with regard to whether services were safe", "for being caring", "for
     * its services being caring", "on
     * the questions of whether it is caring", "at tackling crime" */
    [R_TAIL_REL] = {"ratings.tail_rel",
        "^\\s*(?:(?:were|was|have\\s+been|has\\s+been)\\s+(?:received|given|awarded|achieved|secured)\\s+(?=for\\b))?"
        /* an adverb of focus before the opener: "'Outstanding' specifically
         * for their leadership", "good particularly in caring" */
        "(?:(?:specifically|particularly|especially|notably|mainly|chiefly)\\s+(?=(?:for|in)\\b))?"
        /* a count of the framework's areas, its members in brackets: "in
         * three of the five inspection areas (being safe, ...)" */
        "(?:(?:for|in)\\s+(?:(?:two|three|four|five|six|[2-9])\\s+of\\s+)?(?:all\\s+)?(?:the\\s+|its\\s+)?"
        "(?:two|three|four|five|six|[2-9])\\s+(?:inspection\\s+|key\\s+)?"
        "(?:" FRAMEN ")\\s*\\(|"
        "(?:"
        /* a group of the framework's parts, counted or whole, then its
         * members after an introducer: "in four areas, including ...",
         * "for all three areas assessed this year: ...", "in four out of
         * five categories, including ...", "in two, staff and ...".  The
         * count is needed: "good in all areas, including X" stays the
         * whole body's. */
        "(?:for|in|across)\\s+(?:all\\s+(?:of\\s+)?)?(?:the\\s+|its\\s+|their\\s+)?(?:remaining\\s+|other\\s+)?"
        "(?:" COUNTW "(?:\\s+(?:out\\s+of|of)\\s+(?:the\\s+|its\\s+|their\\s+)?" COUNTW ")?"
        "(?:\\s+(?:[\\w-]+\\s+)?(?:" FRAMEN "))?)"
        "(?:\\s+(?:assessed|inspected|examined|rated|judged|graded|covered)\\b[^:;,()'\"]{0,60}?)?"
        "(?:\\s*(?::|\\(|\\s-|\\x{2013}|\\x{2014})|,?\\s+(?:including|namely|such\\s+as)|,(?=\\s+(?-i:[a-z])))|"
        "in\\s+the\\s+areas?\\s+of|across\\s+(?:all\\s+)?(?:the\\s+|its\\s+)?(?:two|three|four|five|six|[2-9]\\s+)?\\s*"
        "(?:" FRAMEN ")\\s*(?:of|:|-)?|"
        "(?:for|in)\\s+(?:all\\s+)?(?:the\\s+|its\\s+)?(?:remaining\\s+|other\\s+)?(?:two|three|four|five|six|[2-9])\\s+"
        "(?:inspection\\s+|key\\s+)?(?:" FRAMEN ")\\s*(?::|-|\\x{2013}|\\x{2014})|"
        /* the longer openers first: "in terms of" is not "in" + "terms of" */
        "with\\s+regard\\s+to|in\\s+terms\\s+of|in\\s+relation\\s+to|for|in|on|at|across|"
        "against\\s+(?:the\\s+)?(?:healthy\\s+prison\\s+)?tests?\\s+(?:of|for))(?:(?<=\\()\\s*|\\s+))"
        "(?:(?:the\\s+)?questions?\\s+of\\s+)?"
        "(?:whether\\s+(?:(?:the\\s+|its\\s+)?services?|it|they|the\\s+[\\w-]+)\\s+(?:were|was|is|are)\\s+|"
        "(?:(?:its|their|the)\\s+services?\\s+)?being\\s+|how\\s+|providing\\s+|delivering\\s+)?", PCRE2_CASELESS},
    /* The next pair of a list of pairs: ", Outstanding with regard to ...",
     * "and requires improvement for being well-led" */
    [R_PAIR] = {"ratings.pair",
        "\\G(?:\\s+overall)?\\s*[,;]?\\s*(?:(?:and|but|while|whilst|with)\\s+)?(?:(?:is|was|were|are|being)\\s+)?"
        "(?:(?:rated|judged|graded|assessed)\\s+)?(?:as\\s+)?" BAND "(?:\\s+(?:ratings?|grades?))?", PCRE2_CASELESS},
    /* A bullet of a list of judgements after "inspectors judged that the
     * force is:": "'good' at preventing crime;", "is 'inadequate' at
     * looking after its people." */
    [R_BULLET_AT] = {"ratings.bullet_at",
        "^(?:(?:is|was|are|were|remains|remained|been)\\s+)?(?:(?:rated|judged|graded|assessed)\\s+(?:as\\s+)?)?"
        BAND "\\s+(?:at|in|for|on)\\s+(?<t>[^;:.]{3,160}?)\\s*(?:[;,.]\\s*(?:and|or)?\\s*)?$", PCRE2_CASELESS},
    /* A paragraph that ends by announcing its bullets' band: "This means we
     * are 'Good' at:", "The service was rated 'Requires improvement' for:" */
    [R_LEAD_IN] = {"ratings.lead_in",
        "(?:(?:is|was|are|were|been|rated|judged|graded|as)\\s+)" BAND
        "\\s*(?:at|in|for|on)?\\s*(?::|\\x{2013}|\\x{2014})[\\s\\W]*$", PCRE2_CASELESS},
    /* A bullet grading a test by its number: "Safety = 3", "Respect: 2 (3)"
     * (HM Inspectorate of Prisons scores its tests 4 to 1, good to poor). */
    [R_NUM_GRADE] = {"ratings.numbered",
        "^(?<t>[^=:;.\\d]{3,60}?)\\s*(?:=|:|-|\\x{2013})\\s*(?<n>[1-4])(?![\\d.])", PCRE2_CASELESS},
    /* After a list in brackets, the next count with its band: ", and two
     * requires improvement (", "; the other two were rated 'Good' (" */
    [R_COUNT_BAND] = {"ratings.count_band",
        "\\G\\s*[,;]?\\s*(?:(?:and|but|while|whilst|with)\\s+)?(?:the\\s+(?:other|remaining)\\s+)?"
        "(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9])\\s+(?:(?:were|was|are|is)\\s+)?"
        "(?:(?:rated|judged|graded|found)\\s+)?(?:as\\s+)?(?:to\\s+be\\s+)?" BAND "\\s*(?=\\()", PCRE2_CASELESS},
    /* A bullet of the 2014 youth inspections: "work to reduce reoffending
     * was satisfactory.", "the governance arrangements were good." */
    [R_WORK_TO] = {"ratings.work_to",
        "^(?:the\\s+)?(?:work\\s+to\\s+)?(?<t>[^.;:,]{3,120}?)\\s+(?:was|were)\\s+"
        "(?:(?:judged|found|assessed)\\s+(?:to\\s+be\\s+|as\\s+)?)?(?<n>[a-z]+(?:\\s+[a-z]+)?)"
        "(?=\\s*(?:[.;,:]|$)|\\s+(?:and|but|overall)\\b)", PCRE2_CASELESS},
    /* Every body the release reports on: "all three units", "both
     * services", "each of the three PDUs", "the three probation delivery
     * units". */
    [R_ALL_BODIES] = {"ratings.all_bodies",
        "^(?:(?:all|both|each)\\s+(?:of\\s+)?(?:the\\s+|these\\s+)?|the\\s+(?=two\\b|three\\b|four\\b|five\\b|[2-9]\\b))"
        "(?:two|three|four|five|six|[2-9])?\\s*(?:[\\w-]+\\s+){0,3}?(?:" BODYN ")s(?:\\s*\\([^()]{1,20}\\))?"
        "(?:\\s*(?:-|,)\\s[^()]*)?$|^(?:both|both\\s+of\\s+them|all\\s+of\\s+them|each\\s+of\\s+them)$",
        PCRE2_CASELESS},
    /* A line of domain-band pairs: "Safety: Poor  Respect: Poor  Purposeful
     * activity: Not sufficiently good" (the domain from the lexicon). */
    [R_PAIRS_INLINE] = {"ratings.pairs_inline",
        "\\G\\s*(?:[:?]|-+)\\s*" BAND, PCRE2_CASELESS},
    /* A block that is a band alone, under a heading that names what it
     * rates ("1: Standards" / "Excellent"). */
    [R_BAND_ONLY] = {"ratings.band_only",
        "^\\s*" BAND "\\s*\\.?$", PCRE2_CASELESS},
    [R_HEAD_DOMAIN] = {"ratings.heading_domain",
        "^\\s*(?:(?:inspection\\s+area\\s+|key\\s+question\\s+|standard\\s+|quality\\s+indicator\\s+)?"
        "[\\d.]+\\s*[:.)-]?\\s*)?(?<t>[^:]{2,80}?)\\s*:?\\s*$",
        PCRE2_CASELESS},
    /* "for its work with victims" after a band: a part of the work; not
     * "for a second time", "for the third year running", "for the first
     * time since 2015". */
    [R_FOR_PART] = {"ratings.for_part",
        "^\\s+for\\s+(?!(?:a|the)\\s+(?:first|second|third|fourth|fifth|sixth|consecutive|successive|"
        "second\\s+consecutive|third\\s+consecutive|second\\s+successive|third\\s+successive)\\b)"
        "(?!(?:the\\s+)?(?:first|second|third|\\d+(?:st|nd|rd|th))\\b)(?!(?:its|their)\\s+(?:overall\\s+)?"
        "(?:performance|work)\\b)[\\w']", PCRE2_CASELESS},
    /* The judgement of a bullet headed by its domain ("Protecting the
     * public. Inspectors found the quality of public protection work was
     * variable and not of an acceptable standard overall."): the first
     * judgement in words after was/were. */
    [R_JUDGED] = {"ratings.judged",
        "\\b(?:quality|standard)\\s+of\\s+[^.;]{0,60}?\\b(?:was|were|is|are)\\s+(?:(?:[a-z]+\\s+){0,2}and\\s+)?"
        "(?<n>not\\s+of\\s+an?\\s+acceptable\\s+standard|not\\s+acceptable|not\\s+good\\s+enough|"
        "unsatisfactory|satisfactory|very\\s+good|good|excellent|poor|weak|adequate)\\b", PCRE2_CASELESS},
    /* A body by proper name (used when no subject was found): "Exmoor
     * Community Rehabilitation Company (CRC)", "Exmoor probation service",
     * "National Probation Service in Exmoor". */
    [R_PROPER_BODY] = {"ratings.proper_body",
        "^(?:[A-Z][\\w&'.-]*)(?:\\s+(?:[A-Z][\\w&'.-]*|and|&|of|the|probation|youth|offending|justice|"
        "delivery|community|rehabilitation|national|local|city|county|borough)){0,8}?\\s+(?i:" BODYN ")s?"
        "(?:\\s*\\([^()]{1,30}\\))?(?:\\s+(?:in|for|of)\\s+[A-Z][\\w&'.-]*(?:\\s+(?:and|&)\\s+"
        "[A-Z][\\w&'.-]*)*)?(?:\\s*,.*)?$", PCRE2_DOTALL},
    /* More than one body, or another one: "all five CRCs", "other areas". */
    [R_PLURAL] = {"ratings.plural",
        /* "one of only two councils with ...": the one, not the two (the
         * word looked for first, the look-behinds tried only where one
         * stands, then the word taken as \\w+; the digits after
         * IX_RX_DIGIT_AHEAD, so that PCRE2 skips to the bytes a match can
         * start with) */
        "\\b(?=(?:crcs|pdus|yots|yoss|yjss|companies|divisions|regions|areas|teams|units|providers|"
        "organisations|organizations|trusts|prisons|other|another|all|both|every|each|several|many|"
        /* a share of a group: "Fewer hospitals were rated ...", "the majority of" */
        "fewer|majority|minority|"
        "most|some|none|no|these|those|they|them|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        "twelve|" IX_RX_DIGIT_AHEAD "\\d+)\\b)"
        "(?<!\\bone\\sof\\s)(?<!\\bof\\sonly\\s)(?<!\\bof\\sjust\\s)(?<!\\bone\\sof\\sthe\\s)\\w+",
        PCRE2_CASELESS},
    /* The points behind a rating: "scoring just one out of a possible 27
     * points", "19 inspection points out of a possible 27", "scored 0 out of
     * 36" */
    [R_SCORE] = {"ratings.score",
        "\\b(?<sv>scor(?:e[sd]?|ing)\\s+(?:of\\s+)?(?:(?:just|only|a\\s+total\\s+of|a\\s+mere)\\s+)?)?"
        "(?<p>\\d+|[a-z]+(?:-[a-z]+)?)(?:\\s+(?<pt1>(?:inspection\\s+)?points?\\s+)?(?:out\\s+)?of\\s+"
        "(?:a\\s+)?(?:(?:possible|maximum|total\\s+of|potential)\\s+)?|(?<=\\d)/(?=\\d))(?<of>\\d+|[a-z]+(?:-[a-z]+)?)"
        "(?<pt2>\\s+(?:inspection\\s+)?points?\\b)?", PCRE2_CASELESS},
    /* A score with its total left to an earlier sentence: "Ashby PDU and
     * Dale PDU each scored just three points." */
    [R_SCORE_BARE] = {"ratings.score",
        "\\bscor(?:e[sd]|ing)\\s+(?:(?:just|only|a\\s+mere)\\s+)?(?<p>\\d+|[a-z]+(?:-[a-z]+)?)\\s+"
        "(?:inspection\\s+)?points?\\b(?!\\s+(?:out\\s+)?of\\b)", PCRE2_CASELESS},
    /* The band of the rating before given to more, by an inverted
     * auxiliary: ", as was planning", "and so were partnerships and
     * services", ", as did Dale PDU" (the target up to the clause's end). */
    [R_AS_WAS] = {"ratings.as_was",
        "\\G(?:\\s+overall)?\\s*[,;]?\\s*(?:(?:and|but)\\s+)?(?:as|so)\\s+(?:was|were|is|are|did|does|do|has|have|had)"
        "\\s+(?<t>[^,;:.!?'\"()]{2,80}?)(?:\\s+(?:too|also))?\\s*(?=[,;:.!?)]|$)", PCRE2_CASELESS},
    /* An elliptical continuation after a domain rating: "Leadership was
     * rated 'Good', staff 'Outstanding' and services 'Inadequate'". */
    [R_CONT] = {"ratings.continuation",
        "\\G(?:\\s+(?:in|by|at)\\s+(?:the\\s+)?(?:report|inspection|inspectors))?\\s*(?:[,;]|[\\x{2013}\\x{2014}-](?=\\s))?\\s*"
        "(?:and\\s+|while\\s+|whilst\\s+|but\\s+|whereas\\s+|with\\s+)?"
        "(?<t>[^,;:'\"]{2,60}?)\\s+(?:(?<be>(?:was|were|is|are)\\s+(?:also\\s+|rated\\s+|judged\\s+|graded\\s+)?"
        "(?:as\\s+)?|as\\s+)(?<w>" BANDW ")(?=\\s*(?:[.,;]|$)|\\s+(?:and|but|while|whilst)\\b)"
        "|(?:as\\s+)?(?<q>['\"])(?<v>" BANDW ")[.,;:!]?['\"])", PCRE2_CASELESS},
    /* "the supervision of individuals sentenced to unpaid work", "the
     * delivery of Through the Gate services", "the quality of case reviewing" */
    [R_HEAD_OF] = {"ratings.head_of",
        "^(?:(?:the|its|their)\\s+)?(?:[\\w-]+(?:'s)?\\s+){0,5}?(?:overall\\s+)?(?:quality|delivery|provision|"
        "standard|supervision|management|effectiveness|work|performance|assessments|judgements|grades)"
        "\\s+(?:of|on|in|for|with)\\s+",
        PCRE2_CASELESS},

    /* "Overall, the quality of work was poor.", "Generally, the quality of
     * work was good.", "Overall, the work of the CRC in Exmoor was not good
     * enough." */
    [R_NARR_CUE] = {"ratings.narrative_overall",
        "\\G(?:(?:but|however|and|so|yet)\\s*,?\\s+)?"
        "(?<cue>overall|generally|in\\s+general|on\\s+the\\s+whole|taken\\s+as\\s+a\\s+whole|all\\s+in\\s+all|"
        "in\\s+summary|in\\s+short|in\\s+sum)(?:\\s+then)?\\s*,?\\s+"
        "(?:(?:inspectors|we|the\\s+inspectorate|the\\s+inspectors|the\\s+report)\\s+(?:found|concluded|"
        "judged|considered|felt)\\s+(?:that\\s+)?)?"
        "(?<t>[^,;:\"]{3,120}?)\\s+(?:was|were|is|are|has\\s+been|had\\s+been|remained|remains|to\\s+be)\\s+"
        "(?:(?:judged|found|assessed|considered|deemed)\\s+(?:to\\s+be\\s+|as\\s+)?)?"
        "(?:(?:simply|very|really|still|generally|largely|mostly|unacceptably|far\\s+too|too|reasonably|"
        "broadly|consistently)\\s+)?"
        "(?<n>not\\s+(?:yet\\s+|nearly\\s+|sufficiently\\s+)?good\\s+enough|nowhere\\s+near\\s+good\\s+enough|"
        "far\\s+from\\s+good\\s+enough|good\\s+enough|poor|weak|good|excellent|satisfactory|unsatisfactory|"
        "acceptable|unacceptable|inadequate|sound|strong)"
        "(?=\\s*(?:[.,;:!)]|$)|\\s+(?:and|but|although|though|while|whereas|overall)\\b)",
        PCRE2_CASELESS},
    /* "Despite this, inspectors found the overall quality of supervision was
     * not good enough.", "The quality of work was poor overall." */
    [R_NARR_OVERALL] = {"ratings.narrative_overall",
        "\\G(?:[^,;:\"]{1,60},\\s+)?"
        "(?:(?:inspectors|we|the\\s+inspectorate|the\\s+inspectors|the\\s+report)\\s+(?:found|concluded|"
        "judged|considered|felt)\\s+(?:that\\s+)?)?"
        "(?<t>[^,;:\"]{3,120}?)\\s+(?:was|were|is|are|has\\s+been|had\\s+been|remained|remains|to\\s+be)\\s+"
        "(?:(?:judged|found|assessed|considered|deemed)\\s+(?:to\\s+be\\s+|as\\s+)?)?"
        "(?:(?:simply|very|really|still|generally|largely|mostly|unacceptably|far\\s+too|too|reasonably|"
        "broadly|consistently)\\s+)?"
        "(?<n>not\\s+(?:yet\\s+|nearly\\s+|sufficiently\\s+)?good\\s+enough|nowhere\\s+near\\s+good\\s+enough|"
        "far\\s+from\\s+good\\s+enough|good\\s+enough|poor|weak|good|excellent|satisfactory|unsatisfactory|"
        "acceptable|unacceptable|inadequate|sound|strong)"
        "(?<ov3>\\s+overall)?"
        "(?=\\s*(?:[.,;:!)]|$)|\\s+(?:and|but|although|though|while|whereas)\\b)",
        PCRE2_CASELESS},
    /* What a narrative judgement may be about: the subject's work as a
     * whole ("the quality of work", "the work of the CRC in Exmoor", "the
     * CRC's work", "the overall quality of probation supervision"), never
     * one strand of it ("work to protect the public"). */
    [R_NARR_TARGET] = {"ratings.narrative_target",
        "^(?:the\\s+|its\\s+|their\\s+)?(?:overall\\s+)?(?:(?:quality|standard)\\s+of\\s+(?:the\\s+)?)?"
        "(?:(?:its|their|this|the)\\s+)?(?:(?<own>[^,;]{1,60}?)(?:'s|s')\\s+)?(?:overall\\s+)?"
        "(?:(?:probation|case|offender|youth\\s+offending|youth\\s+justice)\\s+)?(?:work|practice|performance|supervision|management)"
        "(?:\\s+(?:of|by|at|within)\\s+(?<own2>[^,;]{1,80}?))?(?:\\s+(?:in|across|throughout)\\s+[^,;]{1,60}?)?$",
        PCRE2_CASELESS},
    /* A line of a ratings table: "Leadership: Good", "Overall rating -
     * 'Requires improvement'", "2.1 Assessment: Inadequate", a key question
     * asked and answered: "Is the service safe? Good", "Are services
     * caring? Good", a flattened table's cells: "Responsive | Good". */
    [R_TABLE] = {"ratings.rating_table",
        "^(?:[\\d.]+\\s+|[-*\\x{2022}]\\s*)?(?:(?:is|are)\\s+(?:the\\s+)?(?:services?|practice|trust|hospital|home|"
        "provider|school|force)\\s+)?"
        "(?<t>[A-Za-z][\\w ,&'-]{1,60}?)\\s*(?::|\\s[-=|]|\\?|\\|)\\s*" BAND
        "\\s*\\.?(?:\\s+read\\s+more\\b.*|(?<list>\\s+[-\\x{2013}\\x{2014}]\\s.*))?$", PCRE2_CASELESS},
    /* The framework's areas as the text lists them: "Inspectors focus on
     * four key areas: reducing offending, protecting the public, ..." */
    [R_FRAME_LIST] = {"ratings.framework_list",
        "\\b(?:key|main|core|inspection|four|five|six|seven|three)\\s+(?:areas|standards|domains|strands|themes)"
        "(?:\\s+(?:are|were))?\\s*:\\s*(?<list>[^.;:!?]{8,400})", PCRE2_CASELESS},
    /* A count of the framework's parts given one band, the parts listed
     * between dashes before the verb or after it: "Three areas - staff,
     * planning and delivery - were also singled out as 'Outstanding'",
     * "five areas were judged to be 'Outstanding' including staff, ...". */
    [R_AREAS_GIVEN] = {"ratings.counted_areas",
        "\\b" COUNTED_PARTS
        "(?:\\s+(?:-|\\x{2013}|\\x{2014})\\s+(?<t>(?:(?!\\s[-\\x{2013}\\x{2014}]\\s)[^\\x{2013}\\x{2014}:;.!?'\"]){3,200}?)\\s+(?:-|\\x{2013}|\\x{2014}))?"
        "\\s*(?:(?:were|was|are|is|have\\s+been|has\\s+been)\\s+)?(?:also\\s+)?"
        "(?:rated|judged|graded|assessed|found|deemed|singled\\s+out|classed|identified)\\s+(?:as\\s+|to\\s+be\\s+)?"
        BAND "(?:\\s*(?:,\\s*)?(?:including|namely)\\s+(?<list>[^.;:!?]{3,200}))?", PCRE2_CASELESS},
    /* The band given to a count of parts, then the parts: "The CQC rated
     * three out of five areas of service as Outstanding - care,
     * responsiveness and leadership - with ..." */
    [R_AREAS_RATED] = {"ratings.counted_areas",
        "\\b(?:rated|judged|graded|assessed)\\s+" COUNTED_PARTS "(?:\\s+of\\s+[^\\x{2013}\\x{2014}:;.,!?'\"]{1,40}?)?"
        "\\s+as\\s+" BAND "\\s*(?:-|\\x{2013}|\\x{2014}|:|,?\\s+(?:including|namely))\\s*"
        "(?<list>(?:(?!\\s[-\\x{2013}\\x{2014}]\\s)[^\\x{2013}\\x{2014}.;:!?]){3,200})", PCRE2_CASELESS},
    /* A body noun after a place name: "Exmoor probation service",
     * "Exmoor youth offending team". */
    [R_BODY_TAIL] = {"ratings.body_tail",
        "^\\s*(?:(?:(?-i:[A-Z][\\w'-]*)|probation|youth|offending|justice|delivery|community|"
        "rehabilitation|national|local|adult)\\s+){0,3}" BODYN "\\b", PCRE2_CASELESS},
};

/* Stems one of which every match of a pattern holds (lower case, found in
 * any case, inside longer words too): a window holding none of them is not
 * searched.  A pattern without a gate is always searched. */
static const char *const rating_of_stems[] = {"rating", "grad", "judgement", "judgment", "verdict",
                                              "mark", "ranking", NULL};
static const char *const given_stems[] = {"rating", "grad", "judgement", "judgment", "status",
                                           "verdict", "report", "result", NULL};
static const char *const active_stems[] = {"rat", "assess", "judg", "deem", "consider", "grad",
                                           "find", "found", "brand", "label", "classif", NULL};
static const char *const passive_stems[] = {"rated", "assessed", "judged", "found", "deemed",
                                            "considered", "graded", "branded", "label", "class", "categori",
                                            "ranked", "awarded", "given", NULL};
static const char *const described_stems[] = {"lowest", "highest", "worst", "best", "top",
                                              "bottom", NULL};
static const char *const changed_stems[] = {"grad", "rais", "lower", "reduc", "improv", "mov",
                                            "drop", "fall", "fell", "slip", "climb",
                                            "remain", "stay",
                                            "ris", "rose", "promoted", "demoted", "gone", "goes", "going",
                                            "went", "sank", "sunk", "slump", "plunge", "plummet",
                                            "tumble", "jump", "leap", "soar", NULL};
static const char *const elliptic_stems[] = {"rated", "deemed", "judged", "graded", "assessed",
                                             "found", "categori", "class", NULL};
static const char *const earlier_stems[] = {"last", "previous", "prior", "earlier", "former",
                                            "follows", "past", "time", "used", "been", "once",
                                            "ago", "19", "20", "before", "that", NULL};
static const char *const grade_stems[] = {"grade", NULL};
static const char *const frame_stems[] = {"areas", "standards", "domains", "strands", "themes",
                                          NULL};
/* every noun of FRAMEN */
static const char *const parts_stems[] = {"areas", "standards", "domains", "strands", "themes",
                                          "ratings", "questions", "categories", "aspects",
                                          "elements", "judgements", "judgments", "pillars",
                                          "headings", "fields", NULL};
/* the judgement of a narrative: "was poor", "is not good enough", "were
 * unsatisfactory" */
static const char *const judgement_stems[] = {"good", "poor", "weak", "excellent", "satisfactory",
                                              "acceptable", "inadequate", "sound", "strong", NULL};
static const char *const was_stems[] = {"was", "were", NULL};
/* the scale described: "rating system", "four-band", "scale of", "ranging
 * from", "bands are" */
static const char *const scale_stems[] = {"rating", "four", "scale", "ranging", "band", NULL};
/* The gate of a pattern that holds a band label (BAND, BANDW): the last
 * word of a band spelling of the table's scales (may_hold_band). */
static const char *const band_gate[] = {NULL};
static const char *const *const gates[NRX] = {
    [R_FRAME_LIST] = frame_stems, [R_AREAS_GIVEN] = parts_stems, [R_AREAS_RATED] = parts_stems,
    [R_SCALE] = scale_stems, [R_NARR_CUE] = judgement_stems, [R_NARR_OVERALL] = judgement_stems, [R_WORK_TO] = was_stems,
    [R_TABLE] = band_gate, [R_BULLET_AT] = band_gate, [R_LEAD_IN] = band_gate,
    [P_RATING_OF] = rating_of_stems, [P_GIVEN] = given_stems, [P_ACTIVE] = active_stems,
    [P_PASSIVE] = passive_stems, [P_DESCRIBED] = described_stems, [P_CHANGED] = changed_stems,
    [P_ELLIPTIC] = elliptic_stems, [R_EARLIER] = earlier_stems, [P_GRADE_GIVEN] = grade_stems,
};

/* The lead words of a pattern every match of which starts with one of them
 * at a word boundary (ix_keywords_rx_find): it is tried, anchored, only
 * where they stand instead of being run over the whole window.  Prefixes
 * stand for words with a 'k' ("ran" for "ranked", "sun" for "sunk"): a
 * caseless pattern also matches a 'k' as the Kelvin sign, which the index
 * does not fold. */
/* "(was) rated 'Good'": the copula or the participle */
static const char *const passive_leads[] = {"was", "were", "is", "are", "be", "rated", "assessed",
                                            "judged", "found", "deemed", "considered", "graded",
                                            "branded", "label", "class", "categori", "ran",
                                            "awarded", "given", NULL};
/* "were 'Inadequate'", "remains good", "continues to be outstanding" */
static const char *const copula_leads[] = {"was", "were", "is", "are", "remain", "continue", NULL};
/* "upgraded to 'Good'", "fell from 'Good' to ...", "remained at ..." */
static const char *const changed_leads[] = {"upgrad", "downgrad", "rais", "lower", "reduc", "improv",
                                            "mov", "drop", "fall", "fell", "slip", "climb", "ris",
                                            "rose", "promoted", "demoted", "gone", "goes", "going", "went", "san",
                                            "sun", "slump", "plunge", "plummet", "tumble", "jump",
                                            "leap", "soar", "remain", "stay", NULL};
/* the verbs of "rated the CRC as 'Good'": each cue opens with a stem of
 * active_stems */
static const char *const *const leads[NRX] = {
    [P_ACTIVE] = active_stems, [P_PASSIVE] = passive_leads, [P_COPULA] = copula_leads,
    [P_CHANGED] = changed_leads,
};

/* Named groups, looked up once per pattern at init. */
enum { G_B, G_Q, G_V, G_W, G_CUE, G_T, G_OV, G_OV2, G_OV3, G_AS, G_BE, G_N, G_LIST, G_OWN, G_OWN2,
       G_Y, G_Y2, G_GV, G_HB, G_SV, G_P, G_PT1, G_OF, G_PT2, G_RK, G_EXT, G_STAY, NGROUPS };
static const char *const group_names[NGROUPS] = {
    "b", "q", "v", "w", "cue", "t", "ov", "ov2", "ov3", "as", "be", "n", "list", "own", "own2",
    "y", "y2", "gv", "hb", "sv", "p", "pt1", "of", "pt2", "rk", "ext", "stay"
};

/* The patterns of every table, expanded at init and compiled when a
 * document of that table first needs them (most runs read one or two
 * inspectorates): ready[t] is set, under `lock`, once table t's rx and g
 * are filled, and never changes after, so readers only read. */
typedef struct rstate {
    ix_rx *rx[IX_SCALES_MAXTABLES][NRX];
    ix_rx *at[IX_SCALES_MAXTABLES][NRX];             /* anchored, for a pattern with leads */
    unsigned char shared[IX_SCALES_MAXTABLES][NRX];  /* rx is an earlier table's */
    unsigned char owner[IX_SCALES_MAXTABLES][NRX];   /* the table that compiles it */
    char *re[IX_SCALES_MAXTABLES][NRX];              /* expanded, compiled or not */
    int g[IX_SCALES_MAXTABLES][NRX][NGROUPS];
    atomic_int ready[IX_SCALES_MAXTABLES];
    pthread_mutex_t lock;
} rstate;

/* pattern re with @BANDW@ and @BODYN@ replaced; malloc'd or NULL */
static char *expand(const char *re, const char *bands, const char *bodies)
{
    size_t n = strlen(re) + 1, nb = strlen(bands), nd = strlen(bodies);
    for (const char *p = re; (p = strchr(p, '@')); p++)
        n += nb + nd;
    char *out = malloc(n), *o = out;
    if (!out)
        return NULL;
    for (const char *p = re; *p;) {
        if (strncmp(p, "@BANDW@", 7) == 0) {
            memcpy(o, bands, nb);
            o += nb;
            p += 7;
        } else if (strncmp(p, "@BODYN@", 7) == 0) {
            memcpy(o, bodies, nd);
            o += nd;
            p += 7;
        } else {
            *o++ = *p++;
        }
    }
    *o = '\0';
    return out;
}

int ix_ratings_init(void **state, ix_err *err)
{
    *state = NULL;
    rstate *st = calloc(1, sizeof *st);
    if (!st)
        return ix_err_set(err, IX_ENOMEM, "ratings: out of memory");
    if (pthread_mutex_init(&st->lock, NULL) != 0) {
        free(st);
        return ix_err_set(err, IX_ENOMEM, "ratings: out of memory");
    }
    /* A table whose pattern reads the same as an earlier table's shares its
     * compiled form (most patterns hold no band or body, and tables on one
     * scale differ only in their bodies). */
    int rc = IX_OK;
    size_t nt = ix_scales_ntables < IX_SCALES_MAXTABLES ? ix_scales_ntables : IX_SCALES_MAXTABLES;
    for (size_t t = 0; t < nt && rc == IX_OK; t++) {
        char *bands = ix_scales_band_regex(ix_scales_tables[t]);
        char *bodies = ix_scales_body_regex(ix_scales_tables[t]);
        if (!bands || !bodies)
            rc = ix_err_set(err, IX_ENOMEM, "ratings: out of memory");
        for (int i = 0; i < NRX && rc == IX_OK; i++) {
            char *re = expand(patterns[i].re, bands, bodies);
            if (!re) {
                rc = ix_err_set(err, IX_ENOMEM, "ratings: out of memory");
                break;
            }
            st->owner[t][i] = (unsigned char)t;
            for (size_t u = 0; u < t && !st->shared[t][i]; u++)
                if (strcmp(st->re[u][i], re) == 0) {
                    st->owner[t][i] = st->owner[u][i];
                    st->shared[t][i] = 1;
                }
            st->re[t][i] = re;
        }
        free(bands);
        free(bodies);
    }
    if (rc != IX_OK) {
        ix_ratings_fini(st);
        return rc;
    }
    *state = st;
    return IX_OK;
}

void ix_ratings_fini(void *state)
{
    rstate *st = state;
    if (!st)
        return;
    for (int t = 0; t < IX_SCALES_MAXTABLES; t++)
        for (int i = 0; i < NRX; i++) {
            if (!st->shared[t][i]) {
                ix_rx_free_all(&st->rx[t][i], 1);
                ix_rx_free_all(&st->at[t][i], 1);
            }
            free(st->re[t][i]);
        }
    pthread_mutex_destroy(&st->lock);
    free(st);
}

/* Compile table t's patterns (a shared one in its owner's slot, once) and
 * look up their groups.  Called under st->lock. */
static int compile_table(rstate *st, size_t t, ix_err *err)
{
    for (int i = 0; i < NRX; i++) {
        size_t u = st->owner[t][i];
        if (!st->rx[u][i]) {
            st->rx[u][i] = ix_rx_new(patterns[i].name, st->re[u][i], patterns[i].flags, err);
            if (!st->rx[u][i])
                return err ? err->code : IX_EREGEX;
        }
        if (leads[i] && !st->at[u][i]) {
            st->at[u][i] = ix_rx_new(patterns[i].name, st->re[u][i], patterns[i].flags | PCRE2_ANCHORED, err);
            if (!st->at[u][i])
                return err ? err->code : IX_EREGEX;
        }
        st->rx[t][i] = st->rx[u][i];
        st->at[t][i] = st->at[u][i];
        for (int k = 0; k < NGROUPS; k++)
            st->g[t][i][k] = ix_rx_group(st->rx[t][i], group_names[k]);
    }
    return IX_OK;
}

/* Table t's patterns, compiled on the first call for t (by one thread; the
 * others wait for it). */
static int table_ready(const rstate *cst, size_t t, ix_err *err)
{
    rstate *st = (rstate *)cst;      /* written once, under the lock */
    if (atomic_load_explicit(&st->ready[t], memory_order_acquire))
        return IX_OK;
    pthread_mutex_lock(&st->lock);
    int rc = IX_OK;
    if (!atomic_load_explicit(&st->ready[t], memory_order_relaxed)) {
        rc = compile_table(st, t, err);
        if (rc == IX_OK)
            atomic_store_explicit(&st->ready[t], 1, memory_order_release);
    }
    pthread_mutex_unlock(&st->lock);
    return rc;
}

/* ---- one run --------------------------------------------------------- */

typedef struct cand {
    int subject;              /* index into doc->subjects, or -1 */
    const char *scope, *value, *scale, *rule;
    size_t ns, ne;            /* evidence in doc->norm */
    int score;                /* standing of the evidence (see the top) */
    int dropped;
    int weak;                 /* a fallback: only when nothing else rates overall */
    int points, of;           /* inspection points, of == 0: none given */
} cand;

typedef struct run {
    const rstate *st;
    ix_rx *const *rx;         /* the patterns of the document's inspectorate */
    ix_rx *const *at;         /* the same anchored, for those with leads */
    const int (*g)[NGROUPS];
    const ix_scale_table *tab;
    const ix_scale *scale;
    ix_doc *doc;
    ix_err *err;
    IX_VEC(cand) cands;
    IX_VEC(size_t) used;      /* band labels of this sentence already read */
    size_t sa, sb;            /* the sentence */
    int heading;              /* it is a heading (a headline) */
    int first;                /* [sa, sb) starts the sentence */
    int lead;                 /* the sentence is in the first blocks of prose */
    size_t si;                /* the sentence's index */
    int ref_year;             /* 0 unknown yet, -1 none */
    size_t np_start;          /* set by subject_np: where the subject phrase starts */
    size_t cur_band;          /* the band bad_context checks, or (size_t)-1 */
    /* the words the main loop tests every window for, as cursors: the
     * last words of the scale's bands and extremes, "overall", "out of" */
    ix_keywords_cursor *band_words, *overall, *out_of;
} run;

typedef struct span2 {
    size_t s, e;
} span2;

static const span2 NOSPAN = {(size_t)-1, (size_t)-1};

/* The leftmost match of construction p in norm[from..end), as ix_rx_find
 * gives it: tried only at its lead words when it has them. */
static int construction_find(const run *r, int p, size_t from, size_t end, ix_rxm *m)
{
    if (!leads[p])
        return ix_rx_find(r->rx[p], r->doc->norm, from, end, m, r->err);
    return ix_keywords_rx_find(r->doc, r->rx[p], r->at[p], leads[p], NULL, from, end, m, r->err);
}

/* May norm[a..b) hold a band label of the table's patterns?  The last
 * word of each band spelling of its scales (the words of BANDW) is looked
 * for. */
static int may_hold_band(const run *r, size_t a, size_t b)
{
    const ix_scale *scales[2] = {r->tab->scale, r->tab->later};
    for (int k = 0; k < 2; k++)
        for (const ix_band_spelling *w = scales[k] ? scales[k]->bands : NULL; w && w->words; w++) {
            const char *last = strrchr(w->words, ' ');
            if (ix_keywords_contains(r->doc, a, b, last ? last + 1 : w->words, 0))
                return 1;
        }
    return 0;
}

/* May pattern id match in norm[a..b)?  False only when the window holds
 * none of its gate's stems (or no band label, for band_gate), and the
 * text no long s (U+017F, which a caseless pattern matches as 's'). */
static int may_match(const run *r, int id, size_t a, size_t b)
{
    if (!gates[id] || ix_keywords_long_s(r->doc))
        return 1;
    if (gates[id] == band_gate)
        return may_hold_band(r, a, b);
    return ix_keywords_contains_any(r->doc, a, b, gates[id]);
}

static int has(const span2 sp)
{
    return sp.s != (size_t)-1;
}

static span2 grp(const run *r, int pat, const ix_rxm *m, int name)
{
    int i = r->g[pat][name];
    if (!ix_rxm_has(m, i))
        return NOSPAN;
    span2 sp = {m->g[i].start, m->g[i].end};
    return sp;
}

/* ---- text helpers ------------------------------------------------------ */

static int is_word_byte(unsigned char c)
{
    return isalnum(c) || c >= 0x80 || c == '-';
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Move a byte offset forward to a character boundary. */
static size_t align_fwd(const char *s, size_t i, size_t end)
{
    while (i < end && ((unsigned char)s[i] & 0xC0) == 0x80)
        i++;
    return i;
}

static size_t back_off(const char *s, size_t pos, size_t lo, size_t n)
{
    size_t i = pos > lo + n ? pos - n : lo;
    return align_fwd(s, i, pos);
}

static void trim(const char *s, size_t *a, size_t *b)
{
    while (*a < *b && (is_space(s[*a]) || s[*a] == ','))
        (*a)++;
    while (*b > *a && (is_space(s[*b - 1]) || s[*b - 1] == ','))
        (*b)--;
}

/* The word ending at b (after trailing blanks are skipped): [*ws, *we). */
static int last_word(const char *s, size_t a, size_t b, size_t *ws, size_t *we)
{
    while (b > a && is_space(s[b - 1]))
        b--;
    size_t i = b;
    while (i > a && (is_word_byte((unsigned char)s[i - 1]) || s[i - 1] == '\''))
        i--;
    if (i == b)
        return 0;
    *ws = i;
    *we = b;
    return 1;
}

/* The word starting at a (after blanks): [*ws, *we). */
static int first_word(const char *s, size_t a, size_t b, size_t *ws, size_t *we)
{
    while (a < b && is_space(s[a]))
        a++;
    size_t i = a;
    while (i < b && is_word_byte((unsigned char)s[i]))
        i++;
    if (i == a)
        return 0;
    *ws = a;
    *we = i;
    return 1;
}

/* Does s[a..b) hold one of the bytes of the C string set? */
static int holds_byte_of(const char *s, size_t a, size_t b, const char *set)
{
    for (const char *c = set; *c; c++)
        if (memchr(s + a, *c, b - a))
            return 1;
    return 0;
}

static int word_in(const char *s, size_t a, size_t b, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (ix_scan_ieq(s, a, b, list[k]))
            return 1;
    return 0;
}

/* Does the term (spaces match runs of spaces or hyphens) start at s[i]?
 * Returns the end, or 0. */
static size_t term_at(const char *s, size_t i, size_t end, const char *term)
{
    size_t j = i;
    for (const char *t = term; *t; t++) {
        if (*t == ' ') {
            if (j >= end || !(is_space(s[j]) || s[j] == '-'))
                return 0;
            while (j < end && (is_space(s[j]) || s[j] == '-'))
                j++;
            continue;
        }
        if (j >= end || tolower((unsigned char)s[j]) != *t)
            return 0;
        j++;
    }
    if (j < end && (isalnum((unsigned char)s[j]) || (unsigned char)s[j] >= 0x80))
        return 0;
    return j;
}

/* The longest domain name of the document's framework starting at s[i] (at
 * a word start), or 0; *scope gets the name the record gives it (NULL: as
 * written).  A capitalised name right after a capitalised word is part of a
 * proper name ("Exmoor Youth Justice Services"), not a domain. */
static size_t domain_at(const run *r, size_t lo, size_t i, size_t end, const char **scope)
{
    const char *s = r->doc->norm;
    if (i > lo && is_word_byte((unsigned char)s[i - 1]))
        return 0;
    size_t best = 0;
    const char *sc = NULL;
    if (!ix_scales_domain_at(r->tab, s, i, end, &best, &sc))
        return 0;
    if (isupper((unsigned char)s[i]) && !ix_scan_ieq(s, i, best, "through the gate")) {
        size_t ws, we;
        if (last_word(s, lo, i, &ws, &we) && isupper((unsigned char)s[ws]) && s[we] == ' ')
            return 0;
    }
    if (scope)
        *scope = sc;
    return best;
}

/* Skip determiners and quantifiers at s[i]: "the", "its", "both", ... */
static size_t skip_determiners(const char *s, size_t i, size_t end)
{
    static const char *const dets[] = {"the", "its", "their", "our", "his", "her", "both",
                                       "all", "each", "this", "these", NULL};
    for (;;) {
        size_t ws, we;
        if (!first_word(s, i, end, &ws, &we) || !word_in(s, ws, we, dets))
            return i;
        i = we;
        while (i < end && is_space(s[i]))
            i++;
    }
}

/* ---- domain lists ------------------------------------------------------ */

enum { MAXTERMS = 12 };

typedef struct terms {
    span2 t[MAXTERMS];
    const char *scope[MAXTERMS];  /* the framework's name, or NULL: as written */
    int n;
} terms;

/* Parse s[a..b) as a list of domain terms ("Staffing, partnerships and
 * services, and information and facilities"), allowing a tail from
 * domain_tails ("the review of cases").  Returns the count (0: not a list). */
static int parse_terms(const run *r, size_t a, size_t b, terms *out)
{
    const char *s = r->doc->norm;
    out->n = 0;
    size_t i = skip_determiners(s, a, b);
    for (;;) {
        const char *scope = NULL;
        size_t e = domain_at(r, a, i, b, &scope);
        if (!e || out->n == MAXTERMS)
            return 0;
        out->scope[out->n] = scope;
        out->t[out->n].s = i;
        out->t[out->n].e = e;
        out->n++;
        i = e;
        size_t j = i;
        while (j < b && is_space(s[j]))
            j++;
        if (j >= b)
            return out->n;
        /* separators: ", " ", and " " and " " & " "as well as" */
        size_t k = j;
        int sep = 0;
        if (s[k] == ',') {
            sep = 1;
            k++;
            while (k < b && is_space(s[k]))
                k++;
        }
        size_t ws, we;
        if (first_word(s, k, b, &ws, &we) && (ix_scan_ieq(s, ws, we, "and") || ix_scan_ieq(s, ws, we, "or"))) {
            sep = 1;
            k = we;
        } else if (k < b && s[k] == '&') {
            sep = 1;
            k++;
        } else if (first_word(s, k, b, &ws, &we) && ix_scan_ieq(s, ws, we, "as")) {
            size_t w2s, w2e, w3s, w3e;
            if (first_word(s, we, b, &w2s, &w2e) && ix_scan_ieq(s, w2s, w2e, "well") &&
                first_word(s, w2e, b, &w3s, &w3e) && ix_scan_ieq(s, w3s, w3e, "as")) {
                sep = 1;
                k = w3e;
            }
        }
        if (!sep) {
            /* a tail such as "of cases" ends the list; one name may take
             * a complement ("reviewing of progress made by ...") */
            if (out->n == 1 && term_at(s, j, b, "of"))
                return out->n;
            for (size_t t = 0; domain_tails[t]; t++) {
                size_t te = term_at(s, j, b, domain_tails[t]);
                if (te) {
                    size_t z = te;
                    while (z < b && is_space(s[z]))
                        z++;
                    if (z >= b)
                        return out->n;
                }
            }
            return 0;
        }
        while (k < b && is_space(s[k]))
            k++;
        i = skip_determiners(s, k, b);
    }
}

/* ---- bodies and subjects ----------------------------------------------- */

/* Match pattern id inside norm[a..b) only: ^ and $ anchor at a and b (the
 * subject handed to PCRE2 starts at a).  Offsets in *m are norm offsets.
 * A window its gate rules out is not searched. */
static int rx_in(run *r, int id, size_t a, size_t b, ix_rxm *m)
{
    if (a >= b || !may_match(r, id, a, b))
        return 0;
    int rc = ix_rx_find(r->rx[id], r->doc->norm + a, 0, b - a, m, r->err);
    if (rc > 0)
        for (int i = 0; i < IX_RX_MAX_GROUPS; i++)
            if (m->g[i].start != (size_t)-1) {
                m->g[i].start += a;
                m->g[i].end += a;
            }
    return rc;
}

/* Are the words of s[a..b) all part of a name ("Exmoor Vale", "Exmoor
 * and Dale")? */
/* Lower-case words that open a place name ("in north Wales", "across
 * south-east London", "in rural Fenshire"): a name still ends in a
 * capitalised word. */
static const char *const PLACE_QUALIFIERS[] = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "mid", "inner", "outer", "greater", "rural", "urban", "coastal", "north-east", "north-west",
    "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "north-eastern",
    "north-western", "south-eastern", "south-western", "upper", "lower", NULL,
};

static int name_words(const char *s, size_t a, size_t b)
{
    size_t ws, we;
    int qualifier = 0;
    while (first_word(s, a, b, &ws, &we)) {
        qualifier = !isupper((unsigned char)s[ws]) && word_in(s, ws, we, PLACE_QUALIFIERS);
        if (!isupper((unsigned char)s[ws]) && !qualifier && !ix_scan_ieq(s, ws, we, "and") &&
            !ix_scan_ieq(s, ws, we, "of") && !ix_scan_ieq(s, ws, we, "the"))
            return 0;
        a = we;
        while (a < b && (is_space(s[a]) || s[a] == '&'))
            a++;
    }
    return !qualifier;      /* "in north" alone names no place */
}

/* Is norm[a..b) the subject, by name, pronoun ('it', when pronoun is set)
 * or body noun ('the CRC')?  Words after a comma or a bracket are an
 * apposition and do not count.  Returns 1 with *subj (an index or -1), 0 if
 * it is not, or an error. */
static int subject_np(run *r, size_t a, size_t b, int pronoun, int *subj);

/* *subj of subject_np for "all three units": every subject. */
enum { SUBJ_ALL = -2 };

static size_t reported(const run *r, size_t pos);

static int is_subject_np(run *r, size_t a, size_t b, int pronoun, int *subj)
{
    int rc = subject_np(r, a, b, pronoun, subj);
    if (rc != 0)
        return rc;
    /* "It is the first CRC in this programme to be rated" */
    ix_rxm m;
    rc = rx_in(r, R_FIRST_TO, a, b, &m);
    if (rc < 0)
        return rc;
    if (rc > 0) {
        span2 own = grp(r, R_FIRST_TO, &m, G_OWN);
        return subject_np(r, own.s, own.e, 1, subj);
    }
    /* "Dame Ann, the chief inspector, said the CRC": after a reporting verb */
    size_t rv = reported(r, b);
    if (rv > a && rv < b) {
        size_t ws, we;
        if (first_word(r->doc->norm, rv, b, &ws, &we) && ix_scan_ieq(r->doc->norm, ws, we, "that"))
            rv = we;
        /* "has been told it requires improvement": "it" is the body */
        return subject_np(r, rv, b, 1, subj);
    }
    /* "Following the inspection, the service": after an opening phrase */
    for (size_t c = a; c < b; c++)
        if (r->doc->norm[c] == ',')
            return subject_np(r, c + 1, b, pronoun, subj);
    /* "date 2025-07-31 A regional probation service": a date line a page
     * glued to the sentence */
    const char *s = r->doc->norm;
    for (size_t c = b; c > a; c--)
        if (isdigit((unsigned char)s[c - 1])) {
            if (c < b && is_space(s[c]) && c + 1 < b && isupper((unsigned char)s[c + 1]))
                return subject_np(r, c + 1, b, pronoun, subj);
            break;
        }
    return 0;
}

/* The end of the mention of subject i at norm offset at: the longest of
 * its name, short name and aliases written there (any case), or at. */
static size_t mention_end(const ix_doc *doc, int i, size_t at, size_t b)
{
    const ix_subject *sj = &doc->subjects.items[i];
    const char *forms[3] = {sj->name, sj->short_name, NULL};
    size_t best = at;
    for (int k = 0;; k++) {
        const char *f = k < 2 ? forms[k] : (sj->aliases ? sj->aliases[k - 2] : NULL);
        if (k >= 2 && !f)
            break;
        if (!f)
            continue;
        size_t n = strlen(f);
        if (at + n <= b && strncasecmp(doc->norm + at, f, n) == 0 && at + n > best &&
            (at + n == b || !isalnum((unsigned char)doc->norm[at + n])))
            best = at + n;
    }
    return best;
}

/* What may follow a subject's name in a target without making it something
 * else: a body noun after a place name ("Exmoor probation service"), then
 * nothing, an abbreviation in brackets, an apposition after a comma,
 * "overall", or a place ("the CRC in Exmoor").  Not "'s work with women". */
static int np_tail_ok(run *r, size_t e, size_t b)
{
    const char *s = r->doc->norm;
    ix_rxm m;
    for (int k = 0; k < 8; k++) {
        while (e < b && is_space(s[e]))
            e++;
        if (e >= b || s[e] == ',')
            return 1;
        if (s[e] == '(') {
            while (e < b && s[e] != ')')
                e++;
            if (e < b)
                e++;
            continue;
        }
        int rc = rx_in(r, R_BODY_TAIL, e, b, &m);
        if (rc <= 0)
            break;
        e = m.g[0].end;
    }
    size_t ws, we;
    if (!first_word(s, e, b, &ws, &we))
        return 0;
    if (ix_scan_ieq(s, ws, we, "overall"))
        return np_tail_ok(r, we, b);
    if (!ix_scan_ieq(s, ws, we, "in") && !ix_scan_ieq(s, ws, we, "across") &&
        !ix_scan_ieq(s, ws, we, "covering") && !ix_scan_ieq(s, ws, we, "for"))
        return 0;
    size_t z = we;
    while (z < b && is_space(s[z]))
        z++;
    size_t end = z;
    while (end < b && s[end] != ',')
        end++;
    return z < end && name_words(s, z, end);
}

/* Is s[a..b) one of the nouns naming the inspectorate's bodies ("trust",
 * "services")? */
static int body_noun_of(const ix_scale_table *t, const char *s, size_t a, size_t b)
{
    size_t stem = b > a + 1 && s[b - 1] == 's' ? b - 1 : b;
    char buf[48];
    if (stem - a >= sizeof buf)
        return 0;
    for (size_t k = a; k < stem; k++)
        buf[k - a] = (char)tolower((unsigned char)s[k]);
    buf[stem - a] = '\0';
    /* "surgeries", "authorities": the noun in y */
    if (stem < b && stem - a > 3 && strcmp(buf + (stem - a) - 2, "ie") == 0)
        strcpy(buf + (stem - a) - 2, "y");
    for (size_t k = 0; t->bodies[k]; k++)
        if (strcmp(t->bodies[k], buf) == 0)
            return 1;
    return 0;
}

static int body_noun(const run *r, size_t a, size_t b)
{
    return body_noun_of(r->tab, r->doc->norm, a, b);
}

/* A noun naming a body in any inspectorate's table ("the council" in a
 * youth justice release): never an area rated. */
static int any_body_noun(const run *r, size_t a, size_t b)
{
    for (size_t k = 0; k < ix_scales_ntables; k++)
        if (body_noun_of(ix_scales_tables[k], r->doc->norm, a, b))
            return 1;
    return 0;
}

/* "Marlcombe hospital trust" for "Marlcombe University Hospitals NHS
 * Foundation Trust": a capitalised place word of one subject's name, then
 * lower-case words ending in a body noun.  The subject, or -1. */
static int place_and_body(const run *r, size_t a, size_t b)
{
    const char *s = r->doc->norm;
    size_t d = skip_determiners(s, a, b), ws, we, la, le;
    if (!first_word(s, d, b, &ws, &we) || !isupper((unsigned char)s[ws]) ||
        !last_word(s, ws, b, &la, &le) || la == ws || !body_noun(r, la, le))
        return -1;
    for (size_t i = we; i < b; i++)
        if (!is_space(s[i]) && !islower((unsigned char)s[i]) && s[i] != '-')
            return -1;
    int found = -1;
    for (size_t i = 0; i < r->doc->subjects.n; i++) {
        const char *name = r->doc->subjects.items[i].name;
        size_t n = we - ws;
        for (const char *p = name; *p; p++) {
            if ((p == name || p[-1] == ' ') && strncmp(p, s + ws, n) == 0 &&
                (p[n] == ' ' || p[n] == '\0')) {
                if (found >= 0 && found != (int)i)
                    return -1;   /* two subjects share the place */
                found = (int)i;
                break;
            }
        }
    }
    return found;
}

/* "Wigton" for "Wigton Group Medical Practice", "Luton" for "Luton Sixth
 * Form College": one to three capitalised words (a capital, then lower
 * case) that open exactly one subject's name, the name going on after
 * them.  The subject, or -1. */
static int name_head_of_subject(const run *r, size_t a, size_t b)
{
    const char *s = r->doc->norm;
    trim(s, &a, &b);
    size_t i = a, words = 0, ws, we;
    while (i < b && first_word(s, i, b, &ws, &we)) {
        if (ws != ix_scan_skip_blanks(s, i, b) || we - ws < 2 || !isupper((unsigned char)s[ws]) ||
            !islower((unsigned char)s[ws + 1]) || ++words > 3)
            return -1;
        i = we;
    }
    if (!words || ix_scan_skip_blanks(s, i, b) < b)
        return -1;
    int found = -1;
    for (size_t k = 0; k < r->doc->subjects.n; k++) {
        const char *name = r->doc->subjects.items[k].name;
        size_t n = b - a;
        if (name && strncmp(name, s + a, n) == 0 && name[n] == ' ') {
            if (found >= 0)
                return -1;      /* two subjects open alike */
            found = (int)k;
        }
    }
    return found;
}

/* "all three community services", "all our core services" in a release
 * about one body: parts of its work (core services, units of a trust), not
 * the bodies reported on.  Such a phrase counts parts when no subject is
 * known to give it to, or over the one subject when a modifier stands
 * before "services" ("all three units" over the one unit found stays every
 * body). */
static int counted_parts_of_one(const run *r, size_t a, size_t b)
{
    static const char *const plain[] = {"all", "both", "each", "of", "the", "these", "its", "our",
                                        "their", "two", "three", "four", "five", "six", "seven",
                                        "eight", "nine", "ten", "probation", "youth", "justice",
                                        "offending", "delivery", "local", NULL};
    if (r->doc->subjects.n > 1)
        return 0;
    if (r->doc->subjects.n == 0)
        return 1;
    const char *s = r->doc->norm;
    size_t hs, he, ms, me;
    if (!last_word(s, a, b, &hs, &he) || !ix_scan_ieq(s, hs, he, "services") ||
        !last_word(s, a, hs, &ms, &me))
        return 0;
    return !word_in(s, ms, me, plain) && !isdigit((unsigned char)s[ms]);
}

/* A class of bodies, not a name: lower-case words after the first, ending
 * in a plural body noun ("Local authorities", "Councils", "Rural
 * surgeries").  norm[a..b) up to a comma. */
static int generic_plural(const run *r, size_t a, size_t b)
{
    const char *s = r->doc->norm;
    size_t e = a, ws, we, ls, le;
    while (e < b && s[e] != ',' && s[e] != '(')
        e++;
    if (!first_word(s, a, e, &ws, &we) || !last_word(s, a, e, &ls, &le) ||
        s[le - 1] != 's' || !any_body_noun(r, ls, le))
        return 0;
    for (size_t i = we; i < e; i++)
        if (isupper((unsigned char)s[i]))
            return 0;
    return 1;
}

static int subject_np(run *r, size_t a, size_t b, int pronoun, int *subj)
{
    const char *s = r->doc->norm;
    trim(s, &a, &b);
    *subj = -1;
    if (a >= b)
        return 0;
    r->np_start = a;
    ix_rxm m;
    /* "all three units", "both services": every subject */
    int rc = rx_in(r, R_ALL_BODIES, a, b, &m);
    if (rc > 0 && counted_parts_of_one(r, a, b))
        return 0;
    if (rc != 0) {
        if (rc > 0)
            *subj = SUBJ_ALL;
        return rc;
    }
    size_t head = a;
    while (head < b && s[head] != ',' && s[head] != '(')
        head++;
    size_t ws, we;
    /* "they" alone when the document reports one body ("Sheffield YJS ...
     * They received an overall mark of 'Good'": a service is often "they") */
    if (pronoun && r->doc->subjects.n == 1 && first_word(s, a, b, &ws, &we) && ws == a && we == b &&
        ix_scan_ieq(s, ws, we, "they")) {
        *subj = 0;
        return 1;
    }
    /* "all five CRCs", "other areas", "both": not the subject */
    rc = ix_rx_find(r->rx[R_PLURAL], s, a, head, &m, r->err);
    if (rc != 0)
        return rc < 0 ? rc : 0;
    /* "it", and the publisher's own "we" / "us" ("We are now rated
     * 'Good'", "HMICFRS rated us as 'Good'": a body's own page) */
    if (first_word(s, a, b, &ws, &we) &&
        (ix_scan_ieq(s, ws, we, "it") || ix_scan_ieq(s, ws, we, "we") || ix_scan_ieq(s, ws, we, "us"))) {
        size_t z = we;
        while (z < b && is_space(s[z]))
            z++;
        if (pronoun && (z >= b || s[z] == ',' || s[z] == '(')) {
            *subj = ix_subjects_about(r->doc, a);
            return 1;
        }
        return 0;
    }
    size_t at = 0;
    int named = ix_subjects_named_in(r->doc, a, b, &at);
    if (named >= 0) {
        /* the name must open the target: "Exmoor Vale CRC", "the CRC" */
        size_t d = skip_determiners(s, a, b);
        if ((at <= d || (at < head && name_words(s, d, at))) &&
            np_tail_ok(r, mention_end(r->doc, named, at, b), b)) {
            *subj = named;
            return 1;
        }
    }
    int pb = place_and_body(r, a, b);
    if (pb < 0)
        pb = name_head_of_subject(r, a, b);
    if (pb >= 0) {
        *subj = pb;
        return 1;
    }
    rc = rx_in(r, R_OWNER_BODY, a, b, &m);
    if (rc == 0 && r->lead)
        rc = rx_in(r, R_INDEF_BODY, a, b, &m);
    if (rc != 0) {
        if (rc > 0)
            *subj = ix_subjects_about(r->doc, a);
        return rc;
    }
    /* "its overall performance", "the work of the CRC" */
    rc = rx_in(r, R_PERF, a, b, &m);
    if (rc != 0) {
        if (rc < 0)
            return rc;
        span2 own = grp(r, R_PERF, &m, G_OWN);
        if (has(own))
            return subject_np(r, own.s, own.e, 1, subj);
        *subj = ix_subjects_about(r->doc, a);
        return 1;
    }
    /* A proper name that is not one of the subjects is another body; with
     * no subjects known it is most likely the one the subjects stage
     * missed. */
    if (r->doc->subjects.n == 0) {
        if (generic_plural(r, a, b))
            return 0;
        rc = rx_in(r, R_PROPER_BODY, a, b, &m);
        return rc ? rc : rx_in(r, R_NAME_ONLY, a, b, &m);
    }
    return 0;
}

/* ---- context checks ---------------------------------------------------- */

/* The year inspections are compared against: the fieldwork (or else the
 * publication) year, or the latest year the document mentions. */
static int ref_year(run *r)
{
    if (r->ref_year)
        return r->ref_year;
    int fw = 0, pub = 0;
    for (size_t i = 0; i < r->doc->dates.n; i++) {
        const ix_date *d = &r->doc->dates.items[i];
        int y = atoi(d->start);
        if (y < 1900 || y > 2200)
            continue;
        if (strcmp(d->role, "fieldwork") == 0 && (!fw || y < fw))
            fw = y;
        if (strcmp(d->role, "publication") == 0 && (!pub || y < pub))
            pub = y;
    }
    int y = fw ? fw : pub;
    if (!y) {
        const char *s = r->doc->norm;
        for (size_t i = 0; i + 4 <= r->doc->norm_len; i++) {
            if ((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0')) {
                if (i > 0 && isalnum((unsigned char)s[i - 1]))
                    continue;
                if (!isdigit((unsigned char)s[i + 2]) || !isdigit((unsigned char)s[i + 3]))
                    continue;
                if (i + 4 < r->doc->norm_len && isalnum((unsigned char)s[i + 4]))
                    continue;
                int v = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
                if (v > y)
                    y = v;
            }
        }
    }
    r->ref_year = y ? y : -1;
    return r->ref_year;
}

/* Participles that open a clause of consequence after a list: "good for
 * caring and effective, resulting in an overall rating of good", "...,
 * leading to ...": the list ends before them. */
static const char *const consequence_words[] = {"resulting", "leading", "meaning", "giving",
                                                "bringing", "leaving", "making", NULL};

/* Verbs that report what someone said or found: after one, "had been
 * rated" is the backshifted present ("said the CRC had been rated"). */
static const char *const report_verbs[] = {
    "say", "said", "says", "saying", "found", "finds", "finding",
    "conclude", "concluded", "concludes", "concluding", "announce", "announced", "announces",
    "announcing", "reported", "confirm", "confirmed", "confirms", "confirming", "tell", "told",
    "tells", "telling", "explain", "explained", "explains", "explaining", "noted", "noting",
    "reveal", "revealed", "reveals", "revealing", "stated", "stating", "declare", "declared",
    "declares", "declaring", "added", "adds", "shows", "showed", "warned", "warns", NULL};

/* Is there a reporting verb in the sentence before pos?  Returns the end
 * of the last one, or 0. */
static size_t reported(const run *r, size_t pos)
{
    const char *s = r->doc->norm;
    /* a reporting verb governs the clause it opens: look back 250 bytes */
    size_t a = back_off(s, pos, r->sa, 250), last = 0, ws, we;
    while (a > r->sa && a < pos && is_word_byte((unsigned char)s[a - 1]))
        a++;    /* never start inside a word */
    while (first_word(s, a, pos, &ws, &we)) {
        if (word_in(s, ws, we, report_verbs))
            last = we;
        a = we;
        while (a < pos && !is_word_byte((unsigned char)s[a]))
            a++;
    }
    return last;
}

/* Does norm[a..b) speak of an earlier inspection?  1, 0 or an error. */
static int dates_other_band(run *r, size_t at);
static int again_now(const run *r, size_t from);

static int earlier(run *r, size_t a, size_t b)
{
    const char *s = r->doc->norm;
    size_t pos = a;
    ix_rxm m;
    if (!may_match(r, R_EARLIER, a, b))
        return 0;
    for (;;) {
        int rc = ix_rx_find(r->rx[R_EARLIER], s, pos, b, &m, r->err);
        if (rc <= 0)
            return rc;
        span2 y = grp(r, R_EARLIER, &m, G_Y);
        if (!has(y))
            y = grp(r, R_EARLIER, &m, G_Y2);
        /* "said the CRC had been given a 'Good' rating": reported speech
         * shifts the tense back, it is no earlier inspection */
        if (has(grp(r, R_EARLIER, &m, G_HB)) && reported(r, m.g[0].start)) {
            pos = m.g[0].end;
            continue;
        }
        if (!has(y) && !again_now(r, m.g[0].end))
            return 1;
        if (!has(y)) {
            pos = m.g[0].end;
            continue;
        }
        int year = atoi(s + y.s);
        int ref = ref_year(r);
        if ((ref <= 0 || year < ref) && !dates_other_band(r, m.g[0].start))
            return 1;
        pos = m.g[0].end;
    }
}

/* "overall" at s[ws..we) fronted before a determined body ("While overall
 * the service has been rated ..."): an adverb of the clause, not part of
 * what is rated ("overall effectiveness" is a name, and stays). */
static int fronted_overall(const char *s, size_t ws, size_t we, size_t end)
{
    static const char *const dets[] = {"the", "its", "their", "this", "our", NULL};
    size_t ns, ne;
    return ix_scan_ieq(s, ws, we, "overall") && first_word(s, we, end, &ns, &ne) && word_in(s, ns, ne, dets);
}

/* Verbs that make a clause finite, for past_coordinated_clause. */
static const char *const finite_words[] = {"is", "are", "was", "were", "has", "have", "had",
                                           "will", "would", "can", "could", "said", "says", NULL};
/* Verbs of outcome whose object a participle after it rates. */
static const char *const outcome_verbs[] = {"saw", "sees", "seen", NULL};

/* Where the clause ending at pos really starts, from c: after the last
 * conjunction that a determiner follows when a finite verb stands before it
 * ("changes have been made in a number of areas and the trust is rated";
 * without a verb, "the assessment and the planning were rated" is one
 * subject), and after a verb of outcome ("An inspection in July saw
 * Cheshire YJS rated 'good'"). */
static size_t past_coordinated_clause(const char *s, size_t c, size_t pos)
{
    static const char *const joins[] = {"and", "but", "while", "whilst", "whereas", NULL};
    static const char *const dets[] = {"the", "its", "their", "this", "our", NULL};
    size_t at = c, i = c, ws, we, ns, ne;
    int finite = 0;
    while (first_word(s, i, pos, &ws, &we)) {
        if (finite && word_in(s, ws, we, joins) && first_word(s, we, pos, &ns, &ne) && ne < pos &&
            word_in(s, ns, ne, dets))
            at = ns;
        if (word_in(s, ws, we, outcome_verbs) && first_word(s, we, pos, &ns, &ne) && ne < pos)
            at = ns;
        if (word_in(s, ws, we, finite_words))
            finite = 1;
        i = we;
        while (i < pos && !is_word_byte((unsigned char)s[i]))
            i++;
    }
    return at;
}

/* The start of the clause that ends at pos: after the previous band label
 * of the sentence, a semicolon or a colon, with connectives and an aside
 * between dashes skipped (then past_coordinated_clause). */
static size_t clause_start(run *r, size_t pos)
{
    const char *s = r->doc->norm;
    size_t lo = back_off(s, pos, r->sa, 250);
    size_t c = lo;
    for (size_t i = pos; i > lo; i--)
        if (s[i - 1] == ';' || s[i - 1] == ':') {
            c = i;
            break;
        }
    ix_rxm m;
    size_t from = c;
    while (ix_rx_find(r->rx[R_ANYBAND], s, from, pos, &m, NULL) > 0 && m.g[0].end <= pos) {
        c = m.g[0].end;
        from = m.g[0].end;
    }
    static const char *const conn[] = {"and", "but", "while", "whilst", "whereas", "although",
                                       "though", "however", "meanwhile", "also", "so", "yet",
                                       "then", "with", "furthermore", "moreover", "similarly",
                                       "likewise", NULL};
    for (;;) {
        while (c < pos && (is_space(s[c]) || s[c] == ',' || s[c] == '.' || s[c] == '\'' || s[c] == '"'))
            c++;
        /* an aside between dashes after the band before: "'Inadequate' -
         * the lowest rating possible - with ..." */
        if (c < pos && s[c] == '-' && c + 1 < pos && is_space(s[c + 1])) {
            const char *d = memchr(s + c + 1, '-', (pos - c - 1) < 100 ? pos - c - 1 : 100);
            if (d && is_space(d[-1])) {
                c = (size_t)(d - s) + 1;
                continue;
            }
        }
        size_t ws, we;
        if (first_word(s, c, pos, &ws, &we) && (word_in(s, ws, we, conn) || fronted_overall(s, ws, we, pos)))
            c = we;
        else
            return past_coordinated_clause(s, c, pos);
    }
}

/* Strip trailing auxiliaries, relatives and adverbs from a target that ends
 * where its verb starts: "The quality of case reviewing, however," ->
 * "The quality of case reviewing"; "the CRC, which has been" -> "the CRC". */
static size_t strip_target_end(const char *s, size_t a, size_t b)
{
    static const char *const tails[] = {"was", "were", "is", "are", "been", "be", "being", "has",
                                        "have", "had", "having", "which", "that", "who", "also",
                                        "now", "then", "however", "therefore", "subsequently",
                                        "overall", "again", "since", "later", "recently", "today",
                                        "each", "all", "both", "jointly", "itself", "themselves",
                                        "to", "currently", NULL};
    for (;;) {
        while (b > a && (is_space(s[b - 1]) || s[b - 1] == ','))
            b--;
        size_t ws, we;
        if (last_word(s, a, b, &ws, &we) && we == b && word_in(s, ws, we, tails) &&
            !(ws == a && (ix_scan_ieq(s, ws, we, "both") || ix_scan_ieq(s, ws, we, "all") ||
                          ix_scan_ieq(s, ws, we, "each"))))
            b = ws;     /* "Both were rated": "Both" is the target */
        else
            return b;
    }
}

/* A target cut before a relative pronoun ("apprenticeships, which were
 * rated", "the CRC, which has been rated"): the words of the clause before
 * the pronoun need not all be the thing rated ("Inspectors praised
 * apprenticeships, which were rated 'good'").  When a name of the
 * framework ends the target, *ts moves to its start and 1 is returned;
 * with the pronoun but no such name, -1 (only a body may be read then);
 * without a pronoun, 0. */
static int relative_target(const run *r, size_t *ts, size_t te, size_t anchor)
{
    static const char *const rel[] = {"which", "that", "who", NULL};
    const char *s = r->doc->norm;
    size_t i = te, ws, we;
    int found = 0;
    for (;;) {
        while (i < anchor && (s[i] == ',' || is_space(s[i])))
            i++;
        if (found || !first_word(s, i, anchor, &ws, &we))
            break;
        found = word_in(s, ws, we, rel);
        i = we;
    }
    if (!found)
        return 0;
    size_t lo = te > *ts + 120 ? te - 120 : *ts;
    for (size_t k = lo; k < te; k++) {
        if (k > *ts && is_word_byte((unsigned char)s[k - 1]))
            continue;
        if (domain_at(r, *ts, k, te, NULL) == te) {
            *ts = k;
            return 1;
        }
    }
    return -1;
}

/* Is the label [bs, be) one of a list of labels (the scale explained)? */
static int in_band_list(run *r, size_t bs, size_t be)
{
    const char *s = r->doc->norm;
    ix_rxm m;
    size_t re = be + 60 < r->sb ? be + 60 : r->sb;
    int rc = ix_rx_find(r->rx[R_LIST_RIGHT], s, be, re, &m, r->err);
    if (rc != 0)
        return rc;
    size_t ls = back_off(s, bs, r->sa, 60);
    return ix_rx_find(r->rx[R_LIST_LEFT], s, ls, bs, &m, r->err);
}

/* Words before pos that make the statement hypothetical or negated:
 * "would be rated", "has not been rated", "hopes to be rated", "has lost
 * its 'Outstanding' rating". */
static int hypothetical(run *r, size_t pos)
{
    static const char *const words[] = {"not", "never", "would", "could", "might", "shall",
                                        "should", "must", "cannot", "can", "aim", "aims",
                                        "aiming", "hope", "hopes", "hoping", "hoped", "want",
                                        "wants", "wanted", "wish", "wishes", "if", "unless",
                                        "whether", "strive", "strives", "aspire", "aspires",
                                        "rarely", "seldom", "rescued", "saved", "spared",
                                        "avoided", "avoid", "escaped", "narrowly", "missed",
                                        "without", "lost", "lose", "loses", "losing",
                                        "stripped", "forfeited", "relinquished", NULL};
    static const char *const lower_only[] = {"may", "will", NULL};
    const char *s = r->doc->norm;
    size_t b = pos;
    for (int k = 0; k < 3; k++) {
        size_t ws, we;
        if (!last_word(s, r->sa, b, &ws, &we))
            return 0;
        if (word_in(s, ws, we, words))
            return 1;
        if (word_in(s, ws, we, lower_only) && islower((unsigned char)s[ws]))
            return 1;
        if (we - ws > 3 && ix_scan_ieq(s, we - 3, we, "n't"))
            return 1;
        b = ws;
        /* a clause boundary ends the look-back */
        size_t z = b;
        while (z > r->sa && is_space(s[z - 1]))
            z--;
        if (z > r->sa && (s[z - 1] == ',' || s[z - 1] == ';' || s[z - 1] == ':' || s[z - 1] == '.'))
            return 0;
    }
    return 0;
}

/* A bare band ends its clause: "rated it Good.", "rated as inadequate by
 * inspectors", never "good leaders" or "not good enough". */
static int bare_band_ends(run *r, size_t e)
{
    static const char *const ok[] = {"overall", "by", "for", "in", "and", "but", "with",
                                     "despite", "after", "following", "across", "while",
                                     "when", "which", "rating", "grade", "band", "this",
                                     "last", "on", "from", "since", "according", "inspectors",
                                     "hm", "its", "against", "at", "over", "because",
                                     "although", "though", "whereas", NULL};
    const char *s = r->doc->norm;
    size_t i = e;
    while (i < r->sb && is_space(s[i]))
        i++;
    if (i >= r->sb)
        return 1;
    if (strchr(".,;:!?()]-", s[i]))
        return 1;
    size_t ws, we;
    if (first_word(s, i, r->sb, &ws, &we) && word_in(s, ws, we, ok))
        return 1;
    /* "rated Good as a whole", "as a trust" */
    size_t as, ae, ns, ne;
    return first_word(s, i, r->sb, &as, &ae) && ix_scan_ieq(s, as, ae, "as") &&
           first_word(s, ae, r->sb, &ws, &we) && ix_scan_ieq(s, ws, we, "a") &&
           first_word(s, we, r->sb, &ns, &ne) && (ix_scan_ieq(s, ns, ne, "whole") || body_noun(r, ns, ne));
}

/* Nothing but punctuation (or the end) after e in the sentence: "continues
 * to be good." */
static int ends_clause(const run *r, size_t e)
{
    const char *s = r->doc->norm;
    while (e < r->sb && is_space(s[e]))
        e++;
    return e >= r->sb || strchr(".,;:!?)", s[e]) != NULL;
}

/* Context checks shared by the four-band constructions: from is where the
 * statement starts, [bs, be) the label.  Returns 1 when the statement is
 * not a rating of the subject now (or an error). */
static int bad_context(run *r, size_t from, size_t bs, size_t be)
{
    int rc = in_band_list(r, bs, be);
    if (rc)
        return rc;
    const char *s = r->doc->norm;
    ix_rxm m;
    size_t ws = back_off(s, from, r->sa, 100);
    rc = may_match(r, R_SCALE, ws, bs) ? ix_rx_find(r->rx[R_SCALE], s, ws, bs, &m, r->err) : 0;
    if (rc)
        return rc;
    /* an earlier inspection: before the statement, or in the rest of its clause */
    size_t we = be;
    while (we < r->sb && we < be + 100 && s[we] != ',' && s[we] != ';' && s[we] != '.')
        we++;
    we = align_fwd(s, we, r->sb);
    r->cur_band = bs;
    rc = earlier(r, back_off(s, from, r->sa, 120), we);
    r->cur_band = (size_t)-1;
    return rc;
}

/* "no improvement since its last inspection, with safety again assessed
 * as poor": "again" or "still" in the few words before the band checked,
 * after the earlier inspection is named (ending at from), says this
 * inspection gave the band too. */
static int again_now(const run *r, size_t from)
{
    static const char *const now[] = {"again", "still", "now", NULL};
    const char *s = r->doc->norm;
    if (r->cur_band == (size_t)-1 || from >= r->cur_band)
        return 0;
    size_t i = back_off(s, r->cur_band, from, 30), ws, we;
    while (first_word(s, i, r->cur_band, &ws, &we)) {
        if (word_in(s, ws, we, now))
            return 1;
        i = we;
    }
    return 0;
}

/* Does the year match at s[at..] date another band than the one checked:
 * a band right before it ("rated good overall (requires improvement in
 * 2016)", "from inadequate in 2016 to good")?  Then the year is that
 * band's, and no earlier inspection of this one. */
static int dates_other_band(run *r, size_t at)
{
    const char *s = r->doc->norm;
    if (r->cur_band == (size_t)-1)
        return 0;
    size_t e = at;
    while (e > r->sa && (is_space(s[e - 1]) || s[e - 1] == '\'' || s[e - 1] == '"'))
        e--;
    size_t from = back_off(s, e, r->sa, 40), last_s = (size_t)-1, last_e = 0;
    ix_rxm m;
    while (from < e && ix_rx_find(r->rx[R_ANYBAND], s, from, e, &m, NULL) > 0) {
        last_s = m.g[0].start;
        last_e = m.g[0].end;
        from = m.g[0].end;
    }
    while (last_e > 0 && (s[last_e - 1] == '\'' || s[last_e - 1] == '"'))
        last_e--;
    return last_s != (size_t)-1 && last_e == e && (last_s > r->cur_band + 2 || last_s + 2 < r->cur_band);
}

/* ---- candidates -------------------------------------------------------- */

static int band_used(const run *r, size_t bs)
{
    for (size_t i = 0; i < r->used.n; i++)
        if (r->used.items[i] == bs)
            return 1;
    return 0;
}

static int use_band(run *r, size_t bs)
{
    size_t *p = IX_VEC_PUSH(r->doc->arena, r->used);
    if (!p)
        return ix_err_set(r->err, IX_ENOMEM, "ratings: out of memory");
    *p = bs;
    return IX_OK;
}

/* Words read where a scope stands that are not what was rated: the
 * occasion ("an 'inadequate' rating on its latest inspection": the rating
 * is overall) or the act ("grades awarded as 'good'": no rating of the
 * subject).  Extend here. */
static const char *const OCCASION_SCOPES[] = {
    "latest", "recent", "most recent", "new", "this", "its", "their", NULL,
};
/* ... or the whole of the work: "graded 'outstanding' across the board",
 * "rated 'inadequate' in all areas": the rating is overall. */
static const char *const WHOLE_SCOPES[] = {
    "board", "all areas", "every area", "all aspects", "every aspect", "each area",
    "all areas of its work", "every aspect of its work", NULL,
};
/* ... and targets that are the whole of the body's work: "all its services
 * were rated inadequate". */
static const char *const WHOLE_TARGETS[] = {
    "all its services", "all of its services", "all their services", "all of their services",
    "all our services", "all of our services", "all its work", "all of its work", NULL,
};
static const char *const ACT_SCOPES[] = {
    "awarded", "given", "received", "achieved", "that", NULL,
};

static int scope_in(const char *scope, const char *const *list)
{
    for (size_t i = 0; scope && list[i]; i++)
        if (strcmp(scope, list[i]) == 0)
            return 1;
    return 0;
}

static int add_cand(run *r, int subject, const char *scope, const char *value, const char *scale,
                    const char *rule, size_t ns, size_t ne, int score)
{
    if (scope_in(scope, ACT_SCOPES))
        return IX_OK;
    if (scope_in(scope, OCCASION_SCOPES) || scope_in(scope, WHOLE_SCOPES))
        scope = "overall";
    cand *c = IX_VEC_PUSH(r->doc->arena, r->cands);
    if (!c)
        return ix_err_set(r->err, IX_ENOMEM, "ratings: out of memory");
    c->subject = subject;
    c->scope = scope;
    c->value = value;
    c->scale = scale;
    c->rule = rule;
    c->ns = ns;
    c->ne = ne;
    c->score = score;
    return IX_OK;
}

enum { WINDOW = 4096 };

enum { SC_BODY = 8, SC_OVERALL = 4, SC_VERB = 2, SC_QUALITY = 1 };

typedef struct band {
    size_t s, e;              /* the label, quotes included */
    const char *value;
    int quoted, cap;
    size_t ws;                /* the band word */
} band;

static band read_band(const run *r, int pat, const ix_rxm *m)
{
    band bd = {0};
    span2 b = grp(r, pat, m, G_B), v = grp(r, pat, m, G_V), w = grp(r, pat, m, G_W);
    bd.s = b.s;
    bd.e = b.e;
    if (pat == P_DESCRIBED) {
        /* "the second lowest": the scale's order decides */
        const char *s = r->doc->norm;
        span2 ext = grp(r, pat, m, G_EXT), rk = grp(r, pat, m, G_RK);
        static const char *const lows[] = {"lowest", "worst", "bottom", NULL};
        int low = word_in(s, ext.s, ext.e, lows);
        int k = has(rk) ? (tolower((unsigned char)s[rk.s]) == 's' ? 1 : 2) : 0;
        bd.value = ix_scales_ranked(r->scale, low ? -1 - k : k);
        bd.quoted = 1;
        bd.ws = b.s;
        return bd;
    }
    bd.quoted = has(v);
    span2 word = has(v) ? v : w;
    bd.ws = word.s;
    bd.value = ix_scales_band_at(r->scale, r->doc->norm, word.s, r->sb, NULL);
    /* a grade by number ("grade two", Ofsted's) is a label, never an
     * adjective: it reads as a capitalised band */
    bd.cap = isupper((unsigned char)r->doc->norm[word.s]) ||
             (word.e - word.s > 6 && ix_scan_ieq(r->doc->norm, word.s, word.s + 5, "grade"));
    return bd;
}

/* What a target rates.  Fills either dom (domain scopes) or *overall. */
typedef struct scope {
    terms dom;
    int overall;
    int subject;
    int group;                /* the domains came from a group statement */
    int all;                  /* overall, for every subject ("all three units") */
    int listed[8], nlisted;   /* overall, for these subjects ("A, B and C each") */
    size_t start;             /* where the rated thing is named (evidence start) */
} scope;

static int open_list(run *r, size_t a, size_t b, terms *out);
static int open_words_ok(const run *r, size_t a, size_t b);

/* The subjects named one after another in norm[a..b), joined by commas
 * and "and", each mention starting where the last separator ends, with at
 * most "each", "both" or "all" after the last: their indexes in out (at
 * most cap), and the count; 0 when s[a..b) is not such a list. */
static int subject_chain(run *r, size_t a, size_t b, int *out, int cap)
{
    static const char *const quantifiers[] = {"each", "both", "all", NULL};
    const ix_doc *doc = r->doc;
    const char *s = doc->norm;
    size_t i = ix_scan_skip_blanks(s, skip_determiners(s, a, b), b);
    int n = 0;
    while (i < b) {
        size_t at;
        int one = ix_subjects_named_in(doc, i, b, &at);
        if (one < 0 || at != i || n == cap)
            return 0;
        size_t e = mention_end(doc, one, at, b);
        if (e == at)
            return 0;
        out[n++] = one;
        size_t k = e, ws, we;
        if (k < b && s[k] == '(') {         /* "Exmoor PDU (EPDU)" */
            while (k < b && s[k] != ')')
                k++;
            k += k < b;
        }
        k = ix_scan_skip_blanks(s, k, b);
        if (k >= b)
            return n;
        int sep = 0;
        if (s[k] == ',') {
            sep = 1;
            k = ix_scan_skip_blanks(s, k + 1, b);
        }
        if (first_word(s, k, b, &ws, &we) && ix_scan_ieq(s, ws, we, "and")) {
            sep = 1;
            k = ix_scan_skip_blanks(s, we, b);
        }
        if (!sep)   /* the list ends: "each" at most after it */
            return first_word(s, k, b, &ws, &we) && word_in(s, ws, we, quantifiers) &&
                   ix_scan_skip_blanks(s, we, b) >= b ? n : 0;
        i = ix_scan_skip_blanks(s, skip_determiners(s, k, b), b);
    }
    return n;
}

/* s[a..b) past a short opening phrase of time or place closed by a comma
 * ("In 2019, assessments of safety ...", "At Exmoor, the service ..."):
 * a preposition and at most three more words; or "for" and at most four
 * ending in a word of time ("For the third consecutive inspection, its
 * ..."; never "For assessment, ..."). */
static size_t past_intro_phrase(const char *s, size_t a, size_t b)
{
    static const char *const preps[] = {"in", "at", "during", "on", "after", "following", "since",
                                        "within", "across", NULL};
    static const char *const times[] = {"time", "inspection", "inspections", "year", "years",
                                        "visit", "visits", "running", "row", NULL};
    size_t ws, we;
    if (!first_word(s, a, b, &ws, &we) || ws != a)
        return a;
    int for_time = ix_scan_ieq(s, ws, we, "for");
    if (!for_time && !word_in(s, ws, we, preps))
        return a;
    size_t i = we;
    for (int n = 0; n < (for_time ? 4 : 3); n++) {
        size_t vs, ve;
        if (!first_word(s, i, b, &vs, &ve))
            return a;
        i = ve;
        if (i < b && s[i] == ',')
            return !for_time || word_in(s, vs, ve, times) ? ix_scan_skip_blanks(s, i + 1, b) : a;
    }
    return a;
}

/* "(the) inspections of Newham PDU and Barking PDU (were) both rated": the
 * bodies the inspections were of, when a capitalised name follows. */
static size_t past_inspections_of(const char *s, size_t a, size_t b)
{
    size_t i = a, ws, we;
    if (first_word(s, i, b, &ws, &we) && ws == i && ix_scan_ieq(s, ws, we, "the"))
        i = ix_scan_skip_blanks(s, we, b);
    if (!first_word(s, i, b, &ws, &we) || ws != i ||
        !(ix_scan_ieq(s, ws, we, "inspection") || ix_scan_ieq(s, ws, we, "inspections")))
        return a;
    size_t os, oe;
    if (!first_word(s, we, b, &os, &oe) || !ix_scan_ieq(s, os, oe, "of"))
        return a;
    size_t n = ix_scan_skip_blanks(s, oe, b);
    return n < b && isupper((unsigned char)s[n]) ? n : a;
}

/* s[a..b) before a non-restrictive relative clause that runs to its end
 * ("the service, which works with children aged 10 to 17" -> "the
 * service"): the clause describes the body, it is not what is rated. */
static size_t before_aside_clause(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i + 2 < b; i++) {
        if (s[i] != ',' || i == a)
            continue;
        size_t ws, we;
        if (first_word(s, i + 1, b, &ws, &we) &&
            (ix_scan_ieq(s, ws, we, "which") || ix_scan_ieq(s, ws, we, "who"))) {
            for (size_t k = we; k < b; k++)
                if (s[k] == ',' && ix_scan_skip_blanks(s, k + 1, b) < b)
                    return b;   /* "X, which ..., and Y": a list goes on */
            return i;
        }
    }
    return b;
}

/* The length of the spaced dash that ends at e (" - ", an en or em dash
 * between blanks), or 0. */
static size_t dash_before(const char *s, size_t a, size_t e)
{
    if (e >= a + 2 && s[e - 1] == '-' && s[e - 2] == ' ')
        return 1;
    if (e >= a + 4 && (unsigned char)s[e - 3] == 0xE2 && (unsigned char)s[e - 2] == 0x80 &&
        ((unsigned char)s[e - 1] == 0x93 || (unsigned char)s[e - 1] == 0x94) && s[e - 4] == ' ')
        return 3;
    return 0;
}

/* A target that ends in an aside between spaced dashes ("one of its CRCs
 * - Exmoor -", "Exmoor CRC - which supervises 5,000 people -"): [*hs,
 * *he) the words before it, [*xs, *xe) the aside.  0 when there is none. */
static int dashed_aside_end(const char *s, size_t a, size_t b, size_t *hs, size_t *he, size_t *xs,
                            size_t *xe)
{
    size_t n = dash_before(s, a, b);
    if (!n)
        return 0;
    size_t close = b - n;
    for (size_t i = close; i > a + 1; i--) {
        size_t m = dash_before(s, a, i);
        if (!m || i >= close || !is_space(s[i]))
            continue;
        *hs = a;
        *he = i - m;
        *xs = i;
        *xe = close;
        trim(s, hs, he);
        trim(s, xs, xe);
        return *hs < *he && *xs < *xe;
    }
    return 0;
}

/* A target that names its part of the work in an aside: "The CRC's work to
 * support people leaving prison, known as 'Through the Gate'," is Through
 * the Gate.  Moves [*a, *b) to the name (its quotation marks off) when the
 * aside ends the target. */
static void known_as_name(const char *s, size_t *a, size_t *b)
{
    static const char *const intro[] = {", known as ", ", called ", ", referred to as ", NULL};
    for (size_t k = 0; intro[k]; k++) {
        size_t n = strlen(intro[k]);
        /* every intro opens with its comma: only commas are tried */
        for (const char *c = memchr(s + *a, ',', *b - *a); c && (size_t)(c - s) + n < *b;
             c = memchr(c + 1, ',', *b - (size_t)(c - s) - 1)) {
            size_t i = (size_t)(c - s);
            if (strncasecmp(s + i, intro[k], n) != 0)
                continue;
            size_t ns = i + n, ne = *b;
            while (ne > ns && (is_space(s[ne - 1]) || s[ne - 1] == ','))
                ne--;
            if (ns < ne && (s[ns] == '\'' || s[ns] == '"') && s[ne - 1] == s[ns] && ne - ns > 2) {
                ns++;
                ne--;
            }
            if (ns < ne && !memchr(s + ns, ',', ne - ns) && !memchr(s + ns, '\'', ne - ns) &&
                !memchr(s + ns, '"', ne - ns)) {
                *a = ns;
                *b = ne;
            }
            return;
        }
    }
}

/* The nouns that name a rating as the thing that moved or stands ("its
 * overall rating fell to ...", "the grades for safe and caring"). */
static const char *const RATING_NOUNS[] = {
    "rating", "ratings", "grade", "grades", "judgement", "judgements", "judgment", "judgments", NULL,
};

/* Words between a determiner and a rating noun that leave it the body's
 * rating: the giver or the occasion ("its CQC rating", "its latest
 * inspection grade"). */
static const char *const RATING_MODIFIERS[] = {
    "cqc", "ofsted", "estyn", "hmip", "hmicfrs", "hmic", "inspection", "inspectorate", "latest",
    "current", "new", "final", "regional", "national", "performance", NULL,
};

/* The end of a possessor at s[i..b) before a rating noun: one word
 * ("the home's", "Fenmoor's") or a name of capitalised words ("Marlbury
 * General Hospital NHS Trust's", "Hospitals of Wessex's"), with its blanks
 * skipped; i when there is none. */
static size_t skip_possessor(const char *s, size_t i, size_t b)
{
    static const char *const joins[] = {"of", "and", "the", "&", "for", NULL};
    size_t p = i, ws, we;
    for (int n = 0; n < 8 && first_word(s, p, b, &ws, &we); n++) {
        if (word_in(s, ws, we, RATING_NOUNS))
            return i;
        int last = we + 2 < b && (s[we] == '\'' && (s[we + 1] == 's' || s[we + 1] == 'S') && is_space(s[we + 2]));
        int plural = we + 1 < b && s[we] == '\'' && s[we - 1] == 's' && is_space(s[we + 1]);
        if (last || plural)
            return (n == 0 || isupper((unsigned char)s[ws])) ? ix_scan_skip_blanks(s, we + (last ? 2 : 1), b) : i;
        if (n > 0 && !isupper((unsigned char)s[ws]) && !word_in(s, ws, we, joins))
            return i;
        if (n == 0 && !isupper((unsigned char)s[ws]) && !(we + 2 < b && s[we] == '\''))
            return i;
        p = we;
    }
    return i;
}

/* CQC's key questions as a clause: "how safe and well-led the service is"
 * ("How safe the service is was rated ..."): the questions between "how"
 * and the body with its verb (or without it, where the target was cut
 * there).  Moves [*a, *b) to them; 1 when it did. */
static int how_clause(const char *s, size_t *a, size_t *b)
{
    static const char *const dets[] = {"the", "this", "its", "their", NULL};
    static const char *const be[] = {"is", "are", "was", "were", NULL};
    size_t hs, he, vs, ve, ns, ne, ds, de, end = *b;
    if (!first_word(s, *a, *b, &hs, &he) || hs != *a || !ix_scan_ieq(s, hs, he, "how"))
        return 0;
    /* the verb may have been cut already, where the target ends at it */
    if (last_word(s, he, end, &vs, &ve) && word_in(s, vs, ve, be))
        end = vs;
    if (!last_word(s, he, end, &ns, &ne) || !last_word(s, he, ns, &ds, &de) || !word_in(s, ds, de, dets) ||
        ds <= he + 1)
        return 0;
    *a = ix_scan_skip_blanks(s, he, ds);
    *b = ds;
    trim(s, a, b);
    return *a < *b;
}

/* s[a..b) as a rating named for what it rates: [determiners] [a
 * possessive: "the home's", "Fenmoor's"] [overall] a rating noun, then
 * nothing (the body's overall rating) or "for"/"in"/"of" and the
 * framework's domains ("its ratings for being safe and well-led").  1 with
 * sc filled, 0 when s[a..b) is not that. */
static int rating_noun_at(run *r, size_t a, size_t b, scope *sc)
{
    const char *s = r->doc->norm;
    size_t i = skip_possessor(s, skip_determiners(s, a, b), b), ws, we;
    int overall = 0;
    size_t ov = i;
    if (first_word(s, i, b, &ws, &we) && ix_scan_ieq(s, ws, we, "overall")) {
        overall = 1;
        ov = ws;
        i = we;
    }
    /* "its CQC rating", "the school's latest Ofsted grade" */
    while (first_word(s, i, b, &ws, &we) && word_in(s, ws, we, RATING_MODIFIERS))
        i = we;
    if (!first_word(s, i, b, &ws, &we) || !word_in(s, ws, we, RATING_NOUNS))
        return 0;
    size_t noun = ws;
    i = ix_scan_skip_blanks(s, we, b);
    if (i >= b) {
        sc->overall = 1;
        sc->subject = ix_subjects_about(r->doc, a);
        sc->start = overall ? ov : noun;
        return 1;
    }
    static const char *const preps[] = {"for", "in", "of", NULL};
    if (!first_word(s, i, b, &ws, &we) || !word_in(s, ws, we, preps))
        return 0;
    i = ix_scan_skip_blanks(s, we, b);
    /* "the rating for Fernlea House (in Marlbury)": a body's name */
    if (i < b && isupper((unsigned char)s[i]) && !domain_at(r, a, i, b, NULL)) {
        int named = ix_subjects_named_in(r->doc, i, b, NULL);
        sc->overall = 1;
        sc->subject = named >= 0 ? named : ix_subjects_about(r->doc, a);
        sc->start = overall ? ov : noun;
        return 1;
    }
    if (overall)
        return 0;
    /* CQC's key questions as a verb phrase: "for being safe", "for
     * providing safe services", or a clause: "for how safe and well-led
     * the service is" */
    static const char *const verbs[] = {"being", "providing", "delivering", NULL};
    if (first_word(s, i, b, &ws, &we) && word_in(s, ws, we, verbs))
        i = ix_scan_skip_blanks(s, we, b);
    else
        how_clause(s, &i, &b);
    if (i >= b || !domain_at(r, a, i, b, NULL) || parse_terms(r, i, b, &sc->dom) == 0) {
        sc->dom.n = 0;
        return 0;
    }
    sc->subject = ix_subjects_about(r->doc, a);
    sc->start = i;
    return 1;
}

/* rating_noun_at on the target, or on its last clause: after a reporting
 * verb ("The CQC said its rating has dropped to ...") or after an opening
 * clause closed by a comma ("Until changes are made, the rating has
 * dropped to ..."). */
static int rating_noun_target(run *r, size_t a, size_t b, scope *sc)
{
    const char *s = r->doc->norm;
    if (rating_noun_at(r, a, b, sc))
        return 1;
    size_t from = a, i = a, ws, we;
    while (first_word(s, i, b, &ws, &we)) {
        if (word_in(s, ws, we, report_verbs) || ix_scan_ieq(s, ws, we, "that"))
            from = we;
        i = we;
        if (i < b && s[i] == ',')
            from = i + 1;
    }
    from = ix_scan_skip_blanks(s, from, b);
    return from > a && from < b && rating_noun_at(r, from, b, sc);
}

/* Classify the target norm[a..b) (raw, as the pattern left it).
 * Returns 1 when it rates something, 0 when not, or an error. */
static int classify(run *r, size_t a, size_t b, scope *sc)
{
    const char *s = r->doc->norm;
    memset(sc, 0, sizeof *sc);
    sc->subject = -1;
    trim(s, &a, &b);
    b = before_aside_clause(s, a, b);
    a = past_intro_phrase(s, a, b);
    a = past_inspections_of(s, a, b);
    how_clause(s, &a, &b);
    known_as_name(s, &a, &b);
    if (a >= b)
        return 0;
    /* an aside between dashes ends the target: a relative clause about the
     * words before it ("Exmoor CRC - which supervises 5,000 people -"), or
     * the body itself ("one of its CRCs - Exmoor -"); any other aside (the
     * members of a group) is read with the rest */
    size_t hs, he, xs, xe;
    if (dashed_aside_end(s, a, b, &hs, &he, &xs, &xe)) {
        size_t ws, we;
        if (first_word(s, xs, xe, &ws, &we) &&
            (ix_scan_ieq(s, ws, we, "which") || ix_scan_ieq(s, ws, we, "who")))
            return classify(r, hs, he, sc);
        int rc = classify(r, xs, xe, sc);
        if (rc < 0 || (rc > 0 && sc->overall && !sc->all))
            return rc;
        memset(sc, 0, sizeof *sc);
        sc->subject = -1;
    }
    sc->start = a;
    ix_rxm m;
    /* a quoted word or a band inside the target: not one construction */
    int rc = ix_rx_find(r->rx[R_ANYBAND], s, a, b, &m, r->err);
    if (rc)
        return rc < 0 ? rc : 0;

    /* 0. the whole of the body's work: "(after) all its services were
     *    rated inadequate" */
    for (size_t k = 0; WHOLE_TARGETS[k]; k++) {
        static const char *const subordinators[] = {"after", "when", "as", "because", "since",
                                                    "once", "where", "and", NULL};
        size_t n = strlen(WHOLE_TARGETS[k]), ws, we;
        if (b - a < n || !ix_scan_ieq(s, b - n, b, WHOLE_TARGETS[k]))
            continue;
        if (b - n > a && !(last_word(s, a, b - n, &ws, &we) && we + 1 == b - n &&
                           word_in(s, ws, we, subordinators)))
            continue;
        sc->overall = 1;
        sc->subject = ix_subjects_about(r->doc, a);
        sc->start = b - n;
        return 1;
    }

    /* 0a. the rating itself: "its overall rating (went down from good to
     *     inadequate)", "the home's ratings for being safe and well-led
     *     (dropped to ...)" */
    if (rating_noun_target(r, a, b, sc))
        return 1;
    memset(sc, 0, sizeof *sc);
    sc->subject = -1;
    sc->start = a;

    /* 0b. every body reported on: "both services were rated" */
    rc = rx_in(r, R_ALL_BODIES, a, b, &m);
    if (rc < 0)
        return rc;
    if (rc > 0 && counted_parts_of_one(r, a, b))
        return 0;       /* "all three community services": parts, not read */
    if (rc > 0) {
        sc->overall = 1;
        sc->all = 1;
        sc->subject = ix_subjects_about(r->doc, a);
        return 1;
    }

    /* 1. a group of standards with its members */
    rc = rx_in(r, R_GROUP, a, b, &m);
    if (rc < 0)
        return rc;
    if (rc > 0) {
        static const char *const nums[] = {"two", "three", "four", "five", "six", "seven",
                                           "eight", "nine", "ten", NULL};
        span2 n = grp(r, R_GROUP, &m, G_N), list = grp(r, R_GROUP, &m, G_LIST);
        int count = 0;
        if (isdigit((unsigned char)s[n.s]))
            count = s[n.s] - '0';
        for (int k = 0; nums[k]; k++)
            if (ix_scan_ieq(s, n.s, n.e, nums[k]))
                count = k + 2;
        size_t la = list.s, lb = list.e;
        trim(s, &la, &lb);
        if (parse_terms(r, la, lb, &sc->dom) == count && count > 0) {
            sc->group = 1;
            sc->subject = ix_subjects_about(r->doc, a);
            return 1;
        }
        return 0;
    }

    /* 2. a list of domains ending the target, after a clean prefix: nothing,
     *    an opening phrase closed by a comma, or a possessive ("the CRC's");
     *    but "the surgery" (a determiner and a noun naming both a body and
     *    an area) is the body: the area is written bare ("Surgery was
     *    rated good") */
    int det_body = 0;
    {
        size_t d = skip_determiners(s, a, b), ws, we;
        det_body = d > a && first_word(s, d, b, &ws, &we) && we == b && s[we - 1] != 's' &&
                   body_noun(r, ws, we);
    }
    for (size_t p = a; p < b && !det_body; p++) {
        if (p > a && (is_word_byte((unsigned char)s[p - 1]) || s[p - 1] == '\''))
            continue;
        if (!domain_at(r, a, p, b, NULL))
            continue;
        if (parse_terms(r, p, b, &sc->dom) == 0)
            continue;
        size_t pe = p;
        while (pe > a && is_space(s[pe - 1]))
            pe--;
        size_t d = skip_determiners(s, a, p);
        size_t lws, lwe;
        int intro = last_word(s, a, pe, &lws, &lwe) &&
                    (ix_scan_ieq(s, lws, lwe, "including") || ix_scan_ieq(s, lws, lwe, "namely") ||
                     ix_scan_ieq(s, lws, lwe, "notably") || ix_scan_ieq(s, lws, lwe, "particularly") ||
                     ix_scan_ieq(s, lws, lwe, "especially") ||
                     (ix_scan_ieq(s, lws, lwe, "as") && lws >= a + 5 && ix_scan_ieq(s, lws - 5, lws - 1, "such")));
        if (intro)
            sc->start = p;
        /* "Children's care, surgery and ...": the comma closes an item
         * of the list, not an opening phrase */
        if (!intro && d < p && pe > a && s[pe - 1] == ',' && open_words_ok(r, d, pe - 1))
            continue;
        if (d >= p || pe == a || s[pe - 1] == ',' || intro) {
            if (d < p && pe > a && s[pe - 1] == ',')
                sc->start = p;      /* after an opening phrase */
            sc->subject = ix_subjects_about(r->doc, a);
            return 1;
        }
        if (pe >= a + 2 && s[pe - 1] == 's' && s[pe - 2] == '\'') {
            int subj;
            rc = is_subject_np(r, a, pe - 2, 0, &subj);
            if (rc < 0)
                return rc;
            if (rc > 0) {
                sc->subject = subj >= 0 ? subj : ix_subjects_about(r->doc, a);
                return 1;
            }
        }
    }
    sc->dom.n = 0;

    /* 3a. subjects named one after another, a name holding commas of its
     *     own ("Ashby, Colne and Lyme PDU, Ravensmoor PDU and Dale PDU
     *     each"): read by the subjects' names, not split at commas */
    if (r->doc->subjects.n > 1) {
        int n = subject_chain(r, a, b, sc->listed, 8);
        if (n > 1) {
            sc->overall = 1;
            sc->nlisted = n;
            sc->subject = sc->listed[0];
            return 1;
        }
    }

    /* 3. the subject itself */
    int subj;
    rc = is_subject_np(r, a, b, 1, &subj);
    if (rc < 0)
        return rc;
    if (rc > 0) {
        sc->overall = 1;
        sc->all = subj == SUBJ_ALL;
        sc->subject = sc->all ? ix_subjects_about(r->doc, a) : subj;
        sc->start = r->np_start;
        return 1;
    }

    /* 3b. a list of subjects: "Ashby PDU, Colne PDU and Ravensmoor PDU each" */
    if (r->doc->subjects.n > 1) {
        size_t i = a;
        int n = 0, ok = 1;
        while (ok && i < b && n < 8) {
            size_t k = i, next = b;
            for (; k < b; k++) {
                if (s[k] == ',') {
                    next = k + 1;
                    break;
                }
                if (is_space(s[k]) && k + 5 <= b && ix_scan_ieq(s, k + 1, k + 4, "and") && is_space(s[k + 4])) {
                    next = k + 4;
                    break;
                }
            }
            size_t x = i, y = k;
            trim(s, &x, &y);
            size_t ws, we;
            if (first_word(s, x, y, &ws, &we) && ix_scan_ieq(s, ws, we, "and"))
                x = we;
            int one = -1;
            if (x >= y || (rc = subject_np(r, x, y, 0, &one)) <= 0 || one < 0) {
                if (rc < 0)
                    return rc;
                ok = 0;
                break;
            }
            sc->listed[n++] = one;
            i = next;
        }
        if (ok && n > 1) {
            sc->overall = 1;
            sc->nlisted = n;
            sc->subject = sc->listed[0];
            return 1;
        }
        sc->nlisted = 0;
    }

    /* 4. "the <head> of ... <domain>" or "<domain> <noun>" */
    rc = rx_in(r, R_HEAD_OF, a, b, &m);
    if (rc < 0)
        return rc;
    size_t from = rc > 0 ? m.g[0].end : skip_determiners(s, a, b);
    size_t limit = rc > 0 ? b : from + 1;
    /* "assessments of safety, respect and purposeful activity": the head
     * over a whole list of names */
    if (rc > 0 && parse_terms(r, from, b, &sc->dom) > 1) {
        sc->subject = ix_subjects_about(r->doc, a);
        return 1;
    }
    sc->dom.n = 0;
    int words = 0;
    for (size_t p = from; p < limit && p < b && words <= 12; p++) {
        if (p > from && is_word_byte((unsigned char)s[p - 1]))
            continue;
        if (!is_word_byte((unsigned char)s[p]))
            continue;
        words++;
        const char *dscope = NULL;
        size_t e = domain_at(r, a, p, b, &dscope);
        if (!e)
            continue;
        /* "Through the Gate resettlement services": at most three more words */
        if (rc == 0) {
            int more = 0;
            for (size_t z = e; z < b; z++) {
                if (s[z] == ',' || s[z] == '(')
                    more = 99;
                if (is_space(s[z]) && z + 1 < b && !is_space(s[z + 1]))
                    more++;
            }
            if (more > 3)
                break;
        }
        sc->dom.t[0].s = p;
        sc->dom.t[0].e = e;
        sc->dom.scope[0] = dscope;
        sc->dom.n = 1;
        sc->subject = ix_subjects_about(r->doc, a);
        return 1;
    }

    /* 5. whatever else the text rates, as written: "Critical care,
     *    maternity and outpatients", "its out-of-court processes" */
    if (open_list(r, a, b, &sc->dom) > 0) {
        sc->subject = ix_subjects_about(r->doc, a);
        sc->start = sc->dom.t[0].s;
        return 1;
    }
    sc->dom.n = 0;
    return 0;
}

/* Words that end an open item of a list ("safe, effective and caring"),
 * and words that make an item a time, not a domain ("for a second time"). */
static const char *const item_stops[] = {"with", "but", "while", "whilst", "although", "though",
                                         "after", "following", "as", "which", "who", "that", "and",
                                         "or", "in", "by", "overall", "despite", "because", "when",
                                         "where", "was", "were", "is", "are", "has", "have", "had",
                                         "since", "from", "than", "so", "a", "an", "this", "it",
                                         "its", "their", NULL};
static const char *const item_times[] = {"time", "times", "year", "years", "running", "row",
                                         "first", "second", "third", "last", "consecutive",
                                         "successive", "inspection", "report", "now", "again",
                                         NULL};

/* An item not in the lexicon: up to four lower-case words (hyphens and
 * apostrophes allowed) before a separator.  Returns its end, or 0. */
static size_t open_item(const run *r, size_t i, size_t end)
{
    const char *s = r->doc->norm;
    size_t e = 0, ws, we, start = i;
    int n = 0;
    while (n < 5 && first_word(s, i, end, &ws, &we)) {
        if (ws != i && !(ws > i && is_space(s[i])))
            break;
        /* "working with courts": a preposition may stand inside a name */
        int inner = n > 0 && (ix_scan_ieq(s, ws, we, "with") || ix_scan_ieq(s, ws, we, "to") ||
                              ix_scan_ieq(s, ws, we, "of") || ix_scan_ieq(s, ws, we, "for"));
        if (!islower((unsigned char)s[ws]) || (word_in(s, ws, we, item_stops) && !inner) ||
            ix_scales_band_at(r->scale, s, ws, end, NULL))
            break;
        for (size_t k = ws; k < we; k++)
            if (isdigit((unsigned char)s[k]))
                return 0;
        if (word_in(s, ws, we, item_times))
            return 0;
        n++;
        e = we;
        i = we;
        if (i < end && s[i] == '\'' && i + 1 < end && s[i + 1] == 's')
            i += 2, e = i;
    }
    if (n < 1 || n > 4 || e < start + 3 || !open_words_ok(r, start, e))
        return 0;   /* "in all areas", "for both services": no scope */
    return e;
}

/* Words that make a phrase the name of a part of the work (an area an
 * inspectorate rates) rather than a thing ("the tuck shop", "its car
 * park", "the food"): an item as written holds one of them, a gerund
 * ("working with courts") or a word of the framework's names. */
static const char *const area_words[] = {
    "work", "working", "process", "processes", "provision", "capacity", "care", "services",
    "service", "management", "arrangements", "practice", "planning", "assessment", "assessments",
    "delivery", "support", "supervision", "leadership", "governance", "safeguarding", "outcomes",
    "effectiveness", "efficiency", "partnership", "partnerships", "disposals", "disposal",
    "programmes", "programme", "curriculum", "teaching", "learning", "education", "training",
    "behaviour", "attendance", "development", "welfare", "wellbeing", "well-being", "safety",
    "healthcare", "health", "resettlement", "rehabilitation", "activity", "activities",
    "engagement", "contact", "interventions", "intervention", "resources", "staffing", "staff",
    "culture", "values", "risk", "risks", "protection", "response", "responses", "investigation",
    "investigations", "prevention", "improvement", "achievement", "progress", "experiences",
    "experience", "treatment", "medicines", "nursing", "wards", "ward", "unit", "units",
    "casework", "reviewing", "review", "reviews", "implementation", "policing",
    "enforcement", "regulation", "victims", "offenders", "inclusion", "environment", "standards",
    "accommodation", "information", "facilities", "courts", "court", "family", "families",
    NULL};

/* Is s[x..y) exactly one of the terms of list? */
static int is_term_of(const char *s, size_t x, size_t y, const char *const *list)
{
    for (size_t k = 0; list[k]; k++)
        if (y > x && term_at(s, x, y, list[k]) == y)
            return 1;
    return 0;
}

static int area_like(const run *r, size_t a, size_t b)
{
    const char *s = r->doc->norm;
    /* the occasion or the whole ("its latest", "the board"): read as
     * overall later */
    size_t x = a, y = b;
    trim(s, &x, &y);
    if (is_term_of(s, x, y, OCCASION_SCOPES) || is_term_of(s, x, y, WHOLE_SCOPES))
        return 1;
    size_t ws, we, i = a;
    while (first_word(s, i, b, &ws, &we)) {
        if (word_in(s, ws, we, area_words) || (we - ws > 5 && ix_scan_ieq(s, we - 3, we, "ing")))
            return 1;
        const char *sc;
        size_t e;
        if (ix_scales_domain_at(r->tab, s, ws, b, &e, &sc))
            return 1;
        i = we;
        while (i < b && !is_word_byte((unsigned char)s[i]) && !is_space(s[i]))
            i++;
    }
    return 0;
}

/* Heads that name no domain of their own: "the quality of work", "the
 * results", "its rating". */
static const char *const vague_heads[] = {"quality", "standard", "standards", "overall",
                                          "performance", "results", "result", "rating", "ratings",
                                          "inspection", "inspections", "report", "findings",
                                          "judgement", "grade", "it", "they", "which", "what",
                                          "something", "everything", "all", "most", "some",
                                          "none", "both", "each", "many", "few", "other",
                                          "others", "one", "two", "three", "four", "half",
                                          "majority", "minority", "rest", "areas", "area",
                                          "aspects", "aspect", "domains", "elements", "parts",
                                          "things", "for", "with", "at", "of", "on", "in", "to",
                                          "by", "from", "as", "after", "before", "under", "over",
                                          "across", "into", "through", "being", "during", "no",
                                          "not", "neither", "nor", "never", "any", "every", NULL};
static const char *const number_words[] = {"one", "two", "three", "four", "five", "six", "seven",
                                           "eight", "nine", "ten", "eleven", "twelve", "several",
                                           "many", "both", "all", NULL};

/* Words that cannot stand inside a name of a domain: verbs, relatives,
 * conjunctions of clauses ("work with victims" is a name, "work which was"
 * is not). */
static const char *const inner_stops[] = {"was", "were", "is", "are", "has", "have", "had", "be",
                                          "been", "being", "which", "who", "that", "it", "this",
                                          "so", "than", "since", "despite", "because", "when",
                                          "where", "although", "though", "while", "whilst", "but",
                                          "overall", "after", "following", "as", "or", NULL};

/* Is s[a..b) one open item: one to six words, lower case (the first may be
 * capitalised at the start of the sentence), no digits, no verb or relative,
 * no vague head, no body noun? */
static int open_words_ok(const run *r, size_t a, size_t b)
{
    const char *s = r->doc->norm;
    size_t ws, we, i = a;
    int n = 0;
    while (first_word(s, i, b, &ws, &we)) {
        if (ws > i && !is_space(s[ws - 1]))
            return 0;
        if (n == 0 && word_in(s, ws, we, vague_heads))
            return 0;
        /* "the work", "the work of the CRC": the whole, not a domain */
        if (n == 0 && ix_scan_ieq(s, ws, we, "work")) {
            size_t w2s, w2e;
            if (!first_word(s, we, b, &w2s, &w2e) || ix_scan_ieq(s, w2s, w2e, "of"))
                return 0;
        }
        if (!islower((unsigned char)s[ws]) && !(n == 0 && ws == r->sa) && (unsigned char)s[ws] < 0x80)
            return 0;
        for (size_t k = ws; k < we; k++)
            if (isdigit((unsigned char)s[k]))
                return 0;
        if (word_in(s, ws, we, number_words))
            return 0;
        if ((n > 0 && word_in(s, ws, we, inner_stops)) || word_in(s, ws, we, item_times))
            return 0;
        if (n == 0 && word_in(s, ws, we, item_stops))
            return 0;
        n++;
        i = we;
        while (i < b && (s[i] == '\'' || s[i] == 's') && i < we + 2)
            i++;
    }
    if (n < 1 || n > 6 || b < a + 3)
        return 0;
    /* a body noun alone ("the service", "both units", "the council") is a
     * body */
    size_t la, le;
    if (n <= 2 && last_word(s, a, b, &la, &le) && any_body_noun(r, la, le))
        return 0;
    return area_like(r, a, b);
}

/* Connectives that open a clause before a comma ("In contrast, court work
 * was ..."); a word ending in -ly does too ("Positively, ..."). */
static const char *const openers[] = {"however", "meanwhile", "moreover", "furthermore", "also",
                                      "elsewhere", "again", "in contrast", "by contrast",
                                      "in addition", "on the other hand", "at the same time",
                                      NULL};

/* s[a..b) past an opening connective and its comma. */
static size_t past_opener(const char *s, size_t a, size_t b)
{
    size_t ws, we;
    if (!first_word(s, a, b, &ws, &we))
        return a;
    size_t e = 0;
    if (we - ws > 4 && ix_scan_lower((unsigned char)s[we - 2]) == 'l' &&
        ix_scan_lower((unsigned char)s[we - 1]) == 'y')
        e = we;
    for (int k = 0; !e && openers[k]; k++)
        e = term_at(s, ws, b, openers[k]);
    if (!e || e >= b || s[e] != ',')
        return a;
    return ix_scan_skip_blanks(s, e + 1, b);
}

/* s[a..b) without an aside in brackets ending it ("statutory victim work
 * (see notes to editors)"). */
static size_t strip_aside(const char *s, size_t a, size_t b)
{
    size_t y = b;
    while (y > a && is_space(s[y - 1]))
        y--;
    if (y == a || s[y - 1] != ')')
        return b;
    size_t k = y - 1;
    while (k > a && s[k - 1] != '(' && s[k - 1] != ')')
        k--;
    if (k <= a + 1 || s[k - 1] != '(')
        return b;
    k--;
    while (k > a && is_space(s[k - 1]))
        k--;
    return k;
}

/* "the quality of statutory victim work": past the head when what it heads
 * is itself a named area of work (two words or more, the last a noun of
 * work: "work", "practice", "arrangements"); "the delivery of services"
 * stays whole. */
static size_t past_head_of_work(run *r, size_t a, size_t b)
{
    static const char *const work_nouns[] = {"work", "practice", "arrangements", NULL};
    ix_rxm m;
    if (rx_in(r, R_HEAD_OF, a, b, &m) <= 0)
        return a;
    const char *s = r->doc->norm;
    size_t h = skip_determiners(s, m.g[0].end, b), ls, le, fs, fe;
    if (!last_word(s, h, b, &ls, &le) || !word_in(s, ls, le, work_nouns) ||
        !first_word(s, h, b, &fs, &fe) || fs == ls)
        return a;
    return h;
}

/* The target s[a..b) read as a list of scopes the lexicon need not know:
 * items separated by commas and "and"; after the list's "and" the rest is
 * one item ("leadership, staff and the provision of information and
 * services").  A possessive in front is the owner ("its", "the PDU's").
 * Returns the count, 0 when it is not such a list. */
/* Where the rated work is done, ending a scope: "statutory victim work in
 * the region" -> "statutory victim work"; "in", "across" or "within" then
 * the body or its area ("the region", "the PDU", "the county") or a place
 * name.  Returns the new end. */
static size_t strip_place(const run *r, size_t a, size_t b)
{
    static const char *const areas[] = {"region", "area", "county", "city", "borough", "country",
                                        "capital", "district", "patch", "nation", NULL};
    const char *s = r->doc->norm;
    for (size_t i = a; i + 4 < b; i++) {
        if (!is_space(s[i]))
            continue;
        size_t ws, we;
        if (!first_word(s, i, b, &ws, &we) ||
            !(ix_scan_ieq(s, ws, we, "in") || ix_scan_ieq(s, ws, we, "across") || ix_scan_ieq(s, ws, we, "within")))
            continue;
        size_t d = skip_determiners(s, we, b), ls, le;
        if (d >= b || !last_word(s, d, b, &ls, &le) || ls != d)
            continue;       /* one word after the determiner, ending the scope */
        if (word_in(s, ls, le, areas) || body_noun(r, ls, le) ||
            (isupper((unsigned char)s[ls]) && d == we + 1))
            return i;
    }
    return b;
}

static int open_list(run *r, size_t a, size_t b, terms *out)
{
    const char *s = r->doc->norm;
    out->n = 0;
    trim(s, &a, &b);
    size_t rv = reported(r, b);
    if (rv > a && rv < b) {
        a = rv;
        size_t ws, we;
        if (first_word(s, a, b, &ws, &we) && ix_scan_ieq(s, ws, we, "that"))
            a = we;
    }
    /* "the majority of areas including leadership": after the introducer */
    {
        size_t ws, we, i = a;
        while (first_word(s, i, b, &ws, &we)) {
            if (ix_scan_ieq(s, ws, we, "including") || ix_scan_ieq(s, ws, we, "namely") ||
                (ix_scan_ieq(s, ws, we, "such") && we + 3 <= b && ix_scan_ieq(s, we, we + 3, " as")))
                a = ix_scan_ieq(s, ws, we, "such") ? we + 3 : we;
            i = we;
            while (i < b && !is_word_byte((unsigned char)s[i]))
                i++;
        }
    }
    a = past_opener(s, a, b);
    b = strip_aside(s, a, b);
    a = skip_determiners(s, a, b);
    b = strip_place(r, a, b);
    a = past_head_of_work(r, a, b);
    /* "the PDU's", "Exmoor CRC's": the owner, within four words */
    for (size_t i = a, w = 0; i + 1 < b && w < 5; i++) {
        if (is_space(s[i]))
            w++;
        if (s[i] == '\'' && i + 1 < b && (s[i + 1] == 's' || is_space(s[i + 1])) &&
            (i + 2 >= b || is_space(s[i + 2]) || s[i + 1] == ' ')) {
            /* only a body's: "the PDU's", "Exmoor CRC's", "HMP X's" */
            ix_rxm m;
            size_t at, ws, we;
            int acronym = last_word(s, a, i, &ws, &we) && we - ws >= 2;
            for (size_t k = ws; acronym && k < we; k++)
                acronym = isupper((unsigned char)s[k]);
            int rc = rx_in(r, R_OWNER_BODY, a, i, &m);
            if (rc < 0)
                return 0;
            if (rc > 0 || acronym || ix_subjects_named_in(r->doc, a, i, &at) >= 0)
                a = skip_determiners(s, i + 2, b);
            break;
        }
    }
    size_t i = a;
    int last = 0;
    while (i < b) {
        i = skip_determiners(s, i, b);
        const char *dsc = NULL;
        size_t e = domain_at(r, a, i, b, &dsc);
        size_t item_end = 0, next = b;
        if (last) {
            item_end = b;
        } else {
            /* up to the next ", " or " and " (after a lexicon name, which
             * may hold an "and" of its own: "urgent and emergency care") */
            size_t k = e ? e : i, br = 0;
            for (; k < b; k++) {
                /* "assessment (court and out-of-court work), planning": a
                 * bracket is an aside of its item, its commas not the list's */
                if (s[k] == '(') {
                    size_t c = k;
                    while (c < b && s[c] != ')')
                        c++;
                    if (c < b) {
                        if (!br)
                            br = k;
                        k = c;
                        continue;
                    }
                }
                if (s[k] == ',') {
                    item_end = k;
                    next = k + 1;
                    break;
                }
                if (is_space(s[k]) && k + 5 <= b && ix_scan_ieq(s, k + 1, k + 4, "and") &&
                    (k + 4 == b || is_space(s[k + 4]))) {
                    item_end = k;
                    next = k + 4;
                    last = 1;
                    break;
                }
            }
            if (k >= b)
                item_end = b;
            if (br) {
                while (br > i && is_space(s[br - 1]))
                    br--;
                item_end = br;
            }
        }
        if (e && e == item_end) {
            item_end = e;
        } else {
            dsc = NULL;
            size_t x = i, y = item_end;
            trim(s, &x, &y);
            if (!open_words_ok(r, x, y)) {
                out->n = 0;
                return 0;
            }
            i = x;
            item_end = y;
        }
        if (out->n == MAXTERMS) {
            out->n = 0;
            return 0;
        }
        out->t[out->n].s = i;
        out->t[out->n].e = item_end;
        out->scope[out->n] = dsc;
        out->n++;
        /* "assessment and planning in out-of-court processes": a qualifier
         * that may belong to every item; the text does not say */
        if (out->n > 1) {
            for (int k = 0; k < out->n; k++)
                if (ix_keywords_find(r->doc, out->t[k].s, out->t[k].e, "in") != (size_t)-1 ||
                    ix_keywords_find(r->doc, out->t[k].s, out->t[k].e, "at") != (size_t)-1 ||
                    ix_keywords_find(r->doc, out->t[k].s, out->t[k].e, "by") != (size_t)-1) {
                    out->n = 0;
                    return 0;
                }
        }
        /* ", and": the last item follows */
        size_t z = next;
        while (z < b && is_space(s[z]))
            z++;
        size_t ws, we;
        if (!last && first_word(s, z, b, &ws, &we) && ix_scan_ieq(s, ws, we, "and")) {
            last = 1;
            z = we;
        }
        i = z;
        if (next >= b)
            break;
    }
    return out->n;
}

/* The end of a short complement after a framework name in a list ("safe,
 * responsive to people's needs and well-led": "to" and at most five words
 * before the next comma or "and"), or e when there is none. */
static size_t complement_end(const run *r, size_t e)
{
    const char *s = r->doc->norm;
    size_t ws, we;
    if (!first_word(s, e, r->sb, &ws, &we) || !ix_scan_ieq(s, ws, we, "to"))
        return e;
    size_t k = we;
    for (int words = 0; words < 5; words++) {
        size_t vs, ve;
        if (k < r->sb && s[k] == '\'')
            k++;                /* "people's" */
        if (!first_word(s, k, r->sb, &vs, &ve))
            return e;           /* punctuation inside: not a short phrase */
        if (ix_scan_ieq(s, vs, ve, "and"))
            return words ? k : e;
        k = ve;
        if (k < r->sb && s[k] == ',')
            return k;
    }
    return e;
}

/* A list of scopes at s[a..): lexicon names or open items, separated by
 * commas and "and", ending before a band ("safe, effective and well-led
 * and Good with regard to ...") or the end of the clause.  Returns the
 * count, with *end after the last item. */
/* "the delivery of court disposals", "the quality of assessment": past a
 * head of the work and "of" (after a determiner: a bare "delivery of
 * out-of-court disposals" in a list is a name as written) when a name of
 * the framework follows (the name is what is rated); i when none. */
static size_t past_head_of_domain(const run *r, size_t lo, size_t i)
{
    static const char *const heads[] = {"delivery", "quality", "provision", "standard", NULL};
    const char *s = r->doc->norm;
    size_t hs, he, os, oe;
    if (!first_word(s, i, r->sb, &hs, &he) || hs != i || !word_in(s, hs, he, heads) ||
        !first_word(s, he, r->sb, &os, &oe) || !ix_scan_ieq(s, os, oe, "of"))
        return i;
    size_t d = skip_determiners(s, ix_scan_skip_blanks(s, oe, r->sb), r->sb);
    return domain_at(r, lo, d, r->sb, NULL) ? d : i;
}

/* Does a quotation mark at s[i] open a quoted item of a list rather than a
 * band ("'effective'", not "'Good'")? */
static int quote_before_item(const run *r, size_t i)
{
    const char *s = r->doc->norm;
    return i + 1 < r->sb && (s[i] == '\'' || s[i] == '"') && isalpha((unsigned char)s[i + 1]) &&
           !ix_scales_band_at(r->scale, s, i + 1, r->sb, NULL);
}

static int tail_items(const run *r, size_t a, terms *out, size_t *end)
{
    static const char *const rels[] = {"at", "in", "for", "on", NULL};
    const char *s = r->doc->norm;
    out->n = 0;
    size_t i = a;
    /* the preposition that opened the list may open each item again: "good
     * at preventing crime and at managing offenders" */
    size_t rs = 0, re = 0;
    if (!last_word(s, r->sa, a, &rs, &re) || !word_in(s, rs, re, rels))
        rs = re = 0;
    for (;;) {
        size_t di = i;
        i = skip_determiners(s, i, r->sb);
        if (i > di)
            i = past_head_of_domain(r, a, i);
        /* an item in quotation marks: "for being 'effective' and 'well-led'" */
        char mark = quote_before_item(r, i) ? s[i++] : 0;
        const char *dsc = NULL;
        size_t e = domain_at(r, a, i, r->sb, &dsc);
        if (!e) {
            e = open_item(r, i, r->sb);
            dsc = NULL;
        }
        if (!e || out->n == MAXTERMS || (mark && (e >= r->sb || s[e] != mark)))
            break;
        out->t[out->n].s = i;
        out->t[out->n].e = e;
        out->scope[out->n] = dsc;
        out->n++;
        *end = mark ? e + 1 : e;
        /* a separator, then another item (not a band) */
        size_t k = mark ? e + 1 : dsc || domain_at(r, a, i, e, NULL) == e ? complement_end(r, e) : e, ws, we;
        int sep = 0;
        if (k < r->sb && s[k] == ',') {
            sep = 1;
            k++;
        }
        if (first_word(s, k, r->sb, &ws, &we) && (ix_scan_ieq(s, ws, we, "and") || ix_scan_ieq(s, ws, we, "or"))) {
            sep = 1;
            k = we;
        } else if (sep && first_word(s, k, r->sb, &ws, &we) && ix_scan_ieq(s, ws, we, "as")) {
            /* "for leadership, as well as their joint working" */
            size_t w2s, w2e, w3s, w3e;
            if (first_word(s, we, r->sb, &w2s, &w2e) && ix_scan_ieq(s, w2s, w2e, "well") &&
                first_word(s, w2e, r->sb, &w3s, &w3e) && ix_scan_ieq(s, w3s, w3e, "as"))
                k = w3e;
        }
        if (!sep)
            break;
        while (k < r->sb && is_space(s[k]))
            k++;
        if (re > rs && first_word(s, k, r->sb, &ws, &we) && ws == k && we - ws == re - rs &&
            strncasecmp(s + ws, s + rs, re - rs) == 0) {
            k = we;
            while (k < r->sb && is_space(s[k]))
                k++;
        }
        if (k >= r->sb || ix_scales_band_at(r->scale, s, k, r->sb, NULL) ||
            ((s[k] == '\'' || s[k] == '"') && !quote_before_item(r, k)) ||
            (first_word(s, k, r->sb, &ws, &we) &&
             (word_in(s, ws, we, report_verbs) || word_in(s, ws, we, consequence_words))))
            break;      /* ", saying these were ...", ", resulting in ...": the list is over */
        i = k;
    }
    return out->n;
}

/* "rated it 'Good' for leadership", "'Inadequate' with regard to whether
 * services were safe, caring and well-led", "graded as good for being safe
 * and effective", "'good' at preventing crime": the scopes named after the
 * label. */
static int for_tail(run *r, size_t e, terms *out, size_t *end)
{
    ix_rxm m;
    out->n = 0;
    int rc = rx_in(r, R_TAIL_REL, e, r->sb, &m);
    if (rc <= 0)
        return 0;
    return tail_items(r, m.g[0].end, out, end) > 0;
}

/* for_tail, when every scope after the band is a name of the framework
 * ("'good' in caring", "requires improvement in responding to the public"):
 * a bare band is a judgement of those areas, not a remark ("requires
 * improvement in how it answers calls"). */
static int named_tail(run *r, size_t e, terms *out, size_t *end)
{
    if (!for_tail(r, e, out, end))
        return 0;
    for (int k = 0; k < out->n; k++)
        if (domain_at(r, out->t[k].s, out->t[k].s, out->t[k].e, NULL) != out->t[k].e)
            return 0;
    return 1;
}

/* After a band at e: "at:", "in:", "for:" or a bare colon or dash ending
 * the sentence (the bullets below name what the band is for). */
static int announces_bullets(const run *r, size_t e)
{
    const char *s = r->doc->norm;
    size_t i = e, end = r->sb;
    while (i < end && is_space(s[i]))
        i++;
    size_t ws, we;
    if (first_word(s, i, end, &ws, &we) && ws == i &&
        (ix_scan_ieq(s, ws, we, "at") || ix_scan_ieq(s, ws, we, "in") || ix_scan_ieq(s, ws, we, "for") ||
         ix_scan_ieq(s, ws, we, "on")))
        i = we;
    while (i < end && is_space(s[i]))
        i++;
    if (i >= end || s[i] != ':')
        return 0;
    for (i++; i < end; i++)
        if (ix_scan_is_word_byte((unsigned char)s[i]) && (unsigned char)s[i] < 0x80)
            return 0;
    return 1;
}

/* Record the ratings a statement yields. */
static int emit(run *r, const scope *sc, const band *bd, const char *rule, size_t ns, size_t ne,
                int score)
{
    /* the healthy prison tests judge no prison as a whole */
    if (sc->overall && !r->scale->overall)
        return IX_OK;
    /* "was 'Good' at:" announces the bullets' domains, not an overall */
    if (sc->overall && announces_bullets(r, bd->e))
        return IX_OK;
    if (sc->overall && sc->all && r->doc->subjects.n > 1) {
        for (size_t i = 0; i < r->doc->subjects.n; i++) {
            int rc = add_cand(r, (int)i, "overall", bd->value, r->scale->name, rule, ns, ne, score);
            if (rc)
                return rc;
        }
        return IX_OK;
    }
    if (sc->overall && sc->nlisted > 1) {
        for (int i = 0; i < sc->nlisted; i++) {
            int rc = add_cand(r, sc->listed[i], "overall", bd->value, r->scale->name, rule, ns, ne, score);
            if (rc)
                return rc;
        }
        return IX_OK;
    }
    if (sc->overall)
        return add_cand(r, sc->subject, "overall", bd->value, r->scale->name, rule, ns, ne, score);
    for (int i = 0; i < sc->dom.n; i++) {
        const char *name = sc->dom.scope[i];
        if (!name)
            name = ix_scan_copy_lower(r->doc, sc->dom.t[i].s, sc->dom.t[i].e);
        if (!name)
            return ix_err_set(r->err, IX_ENOMEM, "ratings: out of memory");
        int rc = add_cand(r, sc->subject, name, bd->value, r->scale->name,
                          sc->group ? "ratings.group_standards" : rule, ns, ne, score);
        if (rc)
            return rc;
    }
    return IX_OK;
}

/* "Leadership was rated 'Good', staff 'Outstanding' and services 'Good'":
 * read what follows an accepted rating: more domains, or (after an overall
 * one) other bodies with their own bands. */
static int continuation(run *r, size_t from, int subject, int overall, const char *rule, int score)
{
    const char *s = r->doc->norm;
    ix_rxm m;
    for (;;) {
        int rc = ix_rx_find(r->rx[R_CONT], s, from, r->sb, &m, r->err);
        if (rc <= 0)
            return rc;
        span2 t = grp(r, R_CONT, &m, G_T), v = grp(r, R_CONT, &m, G_V);
        int bare = !has(v);
        if (bare)
            v = grp(r, R_CONT, &m, G_W);
        size_t a = t.s, b = t.e;
        trim(s, &a, &b);
        terms dom;
        int other = -1;
        if (overall) {
            /* another body: "Ashby PDU was rated 'Good', Lyme PDU
             * 'Requires improvement' and Colne PDU 'Inadequate'" */
            rc = subject_np(r, a, b, 0, &other);
            if (rc < 0)
                return rc;
            if (rc == 0 || other < 0 || other == subject)
                return IX_OK;
        } else if (parse_terms(r, a, b, &dom) == 0 && open_list(r, a, b, &dom) <= 0) {
            /* the framework's names, or a scope it does not know ("court
             * disposals", "partnerships") */
            return IX_OK;
        }
        band bd = {0};
        bd.s = bare ? v.s : grp(r, R_CONT, &m, G_Q).s;
        bd.e = m.g[0].end;
        bd.value = ix_scales_band_at(r->scale, s, v.s, r->sb, NULL);
        if (!bd.value)
            return IX_OK;
        rc = bad_context(r, a, bd.s, bd.e);
        if (rc)
            return rc < 0 ? rc : IX_OK;
        scope sc = {0};
        if (overall) {
            sc.overall = 1;
            sc.subject = other;
        } else {
            sc.dom = dom;
            sc.subject = subject;
        }
        if ((rc = use_band(r, bd.s)) || (rc = emit(r, &sc, &bd, rule, a, bd.e, score)))
            return rc;
        from = m.g[0].end;
    }
}

/* "Assessment was rated 'Inadequate', as was planning", "Ashby PDU was
 * rated 'Good', as was Lyme PDU": what follows the rating at `from` given
 * the same band by an inverted auxiliary (R_AS_WAS).  After a domain, the
 * framework's names or items as written; after an overall rating, another
 * subject (never the same one, never a body that is not a subject).  ns is
 * where the first statement starts (the evidence runs from there); *last is
 * moved past what was read. */
static int as_was(run *r, size_t from, const scope *prev, const band *bd, const char *rule,
                  int score, size_t ns, size_t *last)
{
    const char *s = r->doc->norm;
    ix_rxm m;
    int rc = ix_rx_find(r->rx[R_AS_WAS], s, from, r->sb, &m, r->err);
    if (rc <= 0)
        return rc;
    span2 t = grp(r, R_AS_WAS, &m, G_T);
    size_t a = t.s, b = t.e;
    trim(s, &a, &b);
    scope sc;
    memset(&sc, 0, sizeof sc);
    sc.subject = prev->subject;
    if (rating_noun_target(r, a, b, &sc) && sc.dom.n > 0) {
        /* ", as were its ratings for safe and well-led": the same body's */
        sc.subject = prev->subject;
    } else if (prev->overall) {
        memset(&sc, 0, sizeof sc);
        sc.subject = prev->subject;
        int other = -1;
        rc = subject_np(r, a, b, 0, &other);
        if (rc < 0)
            return rc;
        if (rc == 0 || other < 0 || other == prev->subject)
            return IX_OK;
        sc.overall = 1;
        sc.subject = other;
    } else if (parse_terms(r, a, b, &sc.dom) == 0 && open_list(r, a, b, &sc.dom) <= 0) {
        return IX_OK;
    }
    /* ", as was its rating at the last inspection": an earlier one */
    size_t ce = m.g[0].end;
    while (ce < r->sb && ce < m.g[0].end + 100 && s[ce] != ';' && s[ce] != '.')
        ce++;
    rc = earlier(r, a, align_fwd(s, ce, r->sb));
    if (rc)
        return rc < 0 ? rc : IX_OK;
    *last = m.g[0].end;
    return emit(r, &sc, bd, rule, ns, b, score);
}

static const char *verb_rule(const char *s, size_t a)
{
    switch (tolower((unsigned char)s[a])) {
    case 'r': return "ratings.rated_as";
    case 'f': return "ratings.found_to_be";
    default: return "ratings.assessed_as";
    }
}

/* Verbs that state an opinion rather than a rating: the band must look
 * like a label (quoted or capitalised) after them. */
static int weak_verb(const char *s, size_t a)
{
    char c = (char)tolower((unsigned char)s[a]);
    return c == 'f' || c == 'j' || c == 'd' || c == 'c' || c == 'b' || c == 'l';
}

/* Is a bare band a label here?  "rated as inadequate", "rated it Good",
 * "rated good overall"; never "rated good by staff" or "found it good". */
static int bare_label_ok(run *r, const band *bd, int weak, int as, int ov)
{
    if (bd->quoted)
        return 1;
    if (!bare_band_ends(r, bd->e))
        return 0;
    if (weak && !bd->cap && !as)
        return 0;
    if (!bd->cap && bd->value[0] == 'g' && !as && !ov)
        return 0;
    return 1;
}

/* A bare lower-case "good" with no "as" and no "overall" ("caring was rated
 * good", "rated the trust good for caring"): a label only for the domains
 * named with it, never for the whole on its own. */
static int good_for_domain_only(const band *bd, int as, int ov)
{
    return !bd->quoted && !bd->cap && bd->value[0] == 'g' && !as && !ov;
}

/* Raters who are not inspectors: "service users rated the CRC as good",
 * "was rated 'Good' by staff".  Does norm[a..b) name one (and no inspector)? */
static int other_rater(run *r, size_t a, size_t b)
{
    static const char *const raters[] = {"users", "people", "staff", "offenders", "survey",
                                         "surveys", "respondents", "children", "parents",
                                         "victims", "sentencers", "magistrates", "judges",
                                         "partners", "managers", "officers", "practitioners",
                                         "employees", "clients", "families", "public",
                                         "residents", "colleagues", "patients", "pupils",
                                         "students", "learners", "carers", "prisoners",
                                         "visitors", "customers", "guests", "readers",
                                         "members", "tenants", "passengers", "consumers",
                                         "reviewers", "critics", "voters", "locals",
                                         "themselves", "itself", NULL};
    static const char *const inspectors[] = {"inspectors", "inspector", "inspectorate", "hmip",
                                             "hmi", "report", "inspection", NULL};
    /* "the care of patients", "its work with families": the object of a
     * preposition, not who rated */
    static const char *const preps[] = {"of", "for", "with", "to", "on", "about", "among",
                                        "amongst", "towards", NULL};
    const char *s = r->doc->norm;
    int other = 0;
    size_t ws, we, ps = 0, pe = 0;
    while (first_word(s, a, b, &ws, &we)) {
        if (word_in(s, ws, we, inspectors))
            return 0;
        if (word_in(s, ws, we, raters) && !(pe > ps && word_in(s, ps, pe, preps)))
            other = 1;
        ps = ws;
        pe = we;
        a = we;
        while (a < b && !is_word_byte((unsigned char)s[a]))
            a++;
    }
    return other;
}

/* The "by ..." or "from ..." phrase right after [.., e), up to the end of
 * its clause, names raters who are not inspectors ("rated 'Good' by
 * staff", "'Good' ratings from most parents"). */
static int rated_by_other(run *r, size_t e)
{
    const char *s = r->doc->norm;
    size_t ws, we;
    if (!first_word(s, e, r->sb, &ws, &we) ||
        !(ix_scan_ieq(s, ws, we, "by") || ix_scan_ieq(s, ws, we, "from")))
        return 0;
    size_t b = we;
    while (b < r->sb && b < we + 80 && s[b] != ',' && s[b] != ';' && s[b] != '.')
        b++;
    return other_rater(r, we, align_fwd(s, b, r->sb));
}

static int score_of(const run *r)
{
    return (r->heading ? 0 : SC_BODY) | SC_VERB;
}

/* "rated Outstanding overall, Outstanding with regard to whether services
 * were safe and Good with regard to whether they were caring": read the
 * pairs that follow a rating, each band with its own scopes. */
static int pairs(run *r, size_t from, int subject, const char *rule, int score, size_t *last)
{
    ix_rxm m;
    *last = from;
    for (;;) {
        int rc = ix_rx_find(r->rx[R_PAIR], r->doc->norm, from, r->sb, &m, r->err);
        if (rc <= 0)
            return rc;
        band bd = read_band(r, R_PAIR, &m);
        if (!bd.value || band_used(r, bd.s))
            return IX_OK;
        scope sc;
        memset(&sc, 0, sizeof sc);
        sc.subject = subject;
        size_t tend;
        if (!for_tail(r, m.g[0].end, &sc.dom, &tend))
            return IX_OK;
        rc = bad_context(r, bd.s, bd.s, bd.e);
        if (rc)
            return rc < 0 ? rc : IX_OK;
        if ((rc = use_band(r, bd.s)) || (rc = emit(r, &sc, &bd, rule, bd.s, tend, score)))
            return rc;
        from = tend;
        *last = tend;
    }
}

/* 1 when the scopes after the band at e open with a bracket after a count
 * of areas ("in three of the five areas (being safe, ...)"): the members
 * are named. */
static int bracketed_parts(run *r, size_t e)
{
    ix_rxm m;
    if (rx_in(r, R_TAIL_REL, e, r->sb, &m) <= 0)
        return 0;
    return memchr(r->doc->norm + e, '(', m.g[0].end - e) != NULL;
}

/* 1 when the scopes after the band at e open past the count of areas that
 * ends at part_end, an introducer between ("in four areas, including
 * ...", "in two, staff and ..."): R_TAIL_REL read the group as a whole. */
static int introduced_parts(run *r, size_t e, size_t part_end)
{
    ix_rxm m;
    if (rx_in(r, R_TAIL_REL, e, r->sb, &m) <= 0)
        return 0;
    return m.g[0].end > part_end;
}

/* "rated Outstanding in four areas": a band for a part of the work, not
 * for the whole ("in four areas: A, B, ..." or "in three of the five
 * areas (A, B and C)" names the parts: the scopes after the band read
 * them).  1, 0 or an error. */
static int part_only(run *r, size_t e)
{
    ix_rxm m;
    int rc = rx_in(r, R_PART, e, r->sb, &m);
    if (rc <= 0)
        return rc;
    const char *s = r->doc->norm;
    size_t i = ix_scan_skip_blanks(s, m.g[0].end, r->sb);
    terms tl;
    size_t te;
    if (((i < r->sb && (s[i] == ':' || s[i] == '-' || (unsigned char)s[i] == 0xE2)) || bracketed_parts(r, e) ||
         introduced_parts(r, e, m.g[0].end)) &&
        for_tail(r, e, &tl, &te))
        return 0;
    return 1;
}

/* "Inspectors rated leadership as 'Outstanding'", "assess it overall as X" */
static int counted_parts(run *r, const ix_rxm *m, band *bd, size_t ts, size_t te, int *done);

/* After an overall band, the same band for the areas a connective adds:
 * "rated 'inadequate' overall as well as in leadership, staffing and
 * assessment", "good overall and for being caring".  Emits them. */
static int also_tail(run *r, const scope *prev, const band *bd, const char *rule, size_t ns,
                     size_t e, int score)
{
    static const char *const conn[] = {"as well as", "and also", "and", "plus", NULL};
    const char *s = r->doc->norm;
    size_t i = ix_scan_skip_blanks(s, e, r->sb);
    if (i < r->sb && s[i] == ',')
        i = ix_scan_skip_blanks(s, i + 1, r->sb);
    size_t k = 0;
    for (int c = 0; conn[c] && !k; c++)
        k = term_at(s, i, r->sb, conn[c]);
    if (!k)
        return IX_OK;
    terms tail;
    size_t tend;
    if (!for_tail(r, k, &tail, &tend))
        return IX_OK;
    scope sc;
    memset(&sc, 0, sizeof sc);
    sc.dom = tail;
    sc.subject = prev->subject;
    return emit(r, &sc, bd, rule, ns, tend, score);
}

static int on_active(run *r, const ix_rxm *m)
{
    const char *s = r->doc->norm;
    band bd = read_band(r, P_ACTIVE, m);
    if (!bd.value)
        return IX_OK;
    if (band_used(r, bd.s))
        return IX_OK;
    span2 cue = grp(r, P_ACTIVE, m, G_CUE), t = grp(r, P_ACTIVE, m, G_T);
    int as = has(grp(r, P_ACTIVE, m, G_AS));
    int ov = has(grp(r, P_ACTIVE, m, G_OV)) || has(grp(r, P_ACTIVE, m, G_OV2)) ||
             has(grp(r, P_ACTIVE, m, G_OV3));
    int rate = tolower((unsigned char)s[cue.s]) == 'r';
    /* "graded the force outstanding in preventing crime": a bare band
     * without "as" after grade or assess, for the framework's names */
    terms named;
    size_t named_end;
    int grade = tolower((unsigned char)s[cue.s]) == 'g' || tolower((unsigned char)s[cue.s]) == 'a';
    if (!rate && !as && !bd.quoted && !(grade && named_tail(r, m->g[0].end, &named, &named_end)))
        return IX_OK;
    int domain_good = good_for_domain_only(&bd, as, ov);
    if (!bare_label_ok(r, &bd, weak_verb(s, cue.s), as, ov || domain_good))
        return IX_OK;
    /* who rated: "service users rated the CRC as good" is no inspection */
    if (other_rater(r, clause_start(r, cue.s), cue.s) || rated_by_other(r, m->g[0].end))
        return IX_OK;
    /* "was rated": the passive pattern reads it */
    static const char *const be[] = {"was", "were", "is", "are", "be", "been", "being", NULL};
    size_t ws, we;
    if (last_word(s, r->sa, cue.s, &ws, &we) && word_in(s, ws, we, be))
        return IX_OK;
    /* "rated three of the trust's core services as requires improvement
     * (maternity and surgery) and two as good (...)" */
    int done;
    int rc = counted_parts(r, m, &bd, t.s, t.e, &done);
    if (rc || done)
        return rc;
    scope sc;
    rc = classify(r, t.s, t.e, &sc);
    if (rc <= 0)
        return rc;
    terms good_for;
    size_t good_end;
    if (domain_good && sc.overall && !for_tail(r, m->g[0].end, &good_for, &good_end))
        return IX_OK;
    rc = bad_context(r, cue.s, bd.s, bd.e);
    if (!rc)
        rc = hypothetical(r, cue.s);
    if (!rc && sc.overall)
        rc = part_only(r, m->g[0].end);
    if (rc)
        return rc < 0 ? rc : use_band(r, bd.s);
    size_t ne = m->g[0].end;
    terms tail;
    size_t tend;
    if (sc.overall && for_tail(r, ne, &tail, &tend)) {
        sc.overall = 0;
        sc.dom = tail;
        ne = tend;
    } else if (sc.overall) {
        /* "rated Outstanding for its work with ...": for something, not
         * overall ("for a second time" is no scope) */
        ix_rxm fm;
        rc = rx_in(r, R_FOR_PART, ne, r->sb, &fm);
        if (rc)
            return rc < 0 ? rc : use_band(r, bd.s);
    }
    const char *rule = verb_rule(s, cue.s);
    int score = score_of(r) | (ov ? SC_OVERALL : 0);
    if ((rc = use_band(r, bd.s)) || (rc = emit(r, &sc, &bd, rule, cue.s, ne, score)))
        return rc;
    if (sc.overall && ov && !sc.all && (rc = also_tail(r, &sc, &bd, rule, cue.s, ne, score)))
        return rc;
    size_t last;
    if ((rc = pairs(r, ne, sc.subject, rule, score, &last)) ||
        (last == ne && (rc = as_was(r, ne, &sc, &bd, rule, score, cue.s, &last))))
        return rc;
    return continuation(r, last, sc.subject, sc.overall, rule, score);
}

/* The words after the last complementiser "that" or subordinator ("after",
 * "because", "since", "once") of a target ("the news that (once again) the
 * school", "a bad week, after the college"), past an opening adverb
 * phrase; ts when there is none or nothing follows it. */
static size_t after_that(const run *r, size_t ts, size_t te)
{
    static const char *const adverbs[] = {"once", "again", "now", "finally", "officially", "also",
                                          "still", NULL};
    /* "... the news that", "It was a bad week, after": the clause the
     * rating is in opens after the last of these */
    static const char *const clause_openers[] = {"that", "after", "because", "since", "once", NULL};
    const char *s = r->doc->norm;
    size_t i = ts, ws, we, at = ts;
    while (first_word(s, i, te, &ws, &we)) {
        if (ws > ts && word_in(s, ws, we, clause_openers))
            at = we;
        /* ", with safety (again) assessed as poor": an absolute clause */
        size_t p = ws;
        while (p > ts && is_space(s[p - 1]))
            p--;
        if (ws > ts && p > ts && s[p - 1] == ',' && ix_scan_ieq(s, ws, we, "with"))
            at = we;
        i = we;
        while (i < te && !is_word_byte((unsigned char)s[i]) && !is_space(s[i]))
            i++;
    }
    if (at == ts)
        return ts;
    while (first_word(s, at, te, &ws, &we) && word_in(s, ws, we, adverbs))
        at = we;
    while (at < te && (is_space(s[at]) || s[at] == ','))
        at++;
    return at < te ? at : ts;
}

/* "The trust was placed in special measures after being rated
 * 'Inadequate'": a participle clause after a subordinator rates the
 * subject of the main clause, the words before its verb. */
static int main_clause_subject(run *r, size_t ts, size_t te, scope *sc)
{
    static const char *const subords[] = {"after", "following", "since", "before", "until", "when",
                                          "while", "whilst", "despite", "having", "for", NULL};
    static const char *const verbs[] = {"has", "have", "had", "was", "were", "is", "are", "will",
                                        "would", "received", "receives", "remains", "remained",
                                        "got", "gets", "faces", "faced", "entered", "went",
                                        "goes", "came", "comes", "moved", "moves", NULL};
    const char *s = r->doc->norm;
    size_t ws, we;
    if (!last_word(s, ts, te, &ws, &we) || !word_in(s, ws, we, subords))
        return 0;
    size_t sub = ws, i = ts, a, b;
    while (first_word(s, i, sub, &a, &b)) {
        if (word_in(s, a, b, verbs)) {
            int subj;
            int rc = is_subject_np(r, ts, a, 0, &subj);
            if (rc <= 0)
                return rc;
            memset(sc, 0, sizeof *sc);
            sc->overall = 1;
            sc->all = subj == SUBJ_ALL;
            sc->subject = subj >= 0 ? subj : ix_subjects_about(r->doc, ts);
            sc->start = r->np_start;
            return 1;
        }
        i = b;
    }
    return 0;
}

/* The items of a list in brackets at s[e..): "(medical care, maternity and
 * outpatients)".  Returns 1 with *close after the ')', or 0. */
static int bracketed_items(const run *r, size_t e, terms *out, size_t *close)
{
    const char *s = r->doc->norm;
    while (e < r->sb && is_space(s[e]))
        e++;
    if (e >= r->sb || s[e] != '(')
        return 0;
    size_t end = 0;
    if (!tail_items(r, e + 1, out, &end))
        return 0;
    while (end < r->sb && is_space(s[end]))
        end++;
    if (end >= r->sb || s[end] != ')')
        return 0;
    *close = end + 1;
    return 1;
}

static int count_at(const char *s, size_t a, size_t b);

/* Does the first count in s[a..b) ("three of the trust's five services")
 * agree with n, the parts read (or is there none)? */
static int count_agrees(const char *s, size_t a, size_t b, int n)
{
    size_t i = a, ws, we;
    while (i < b) {
        while (i < b && !is_word_byte((unsigned char)s[i]))
            i++;
        if (!first_word(s, i, b, &ws, &we))
            break;
        int c = count_at(s, ws, we);
        if (c > 0)
            return c == n;
        i = we;
    }
    return 1;
}

/* "Four core services were rated good (medical care, maternity and
 * outpatients), and two requires improvement (urgent care and surgery)": a
 * count of parts rated, the parts in brackets after each band.  The count
 * before the verb must be there ("Four core services"). */
static int counted_parts(run *r, const ix_rxm *m, band *bd, size_t ts, size_t te, int *done)
{
    const char *s = r->doc->norm;
    *done = 0;
    terms items;
    size_t close;
    if (!bracketed_items(r, m->g[0].end, &items, &close))
        return IX_OK;
    size_t ws, we;
    size_t d = skip_determiners(s, ts, te);
    if (!first_word(s, d, te, &ws, &we) ||
        !(word_in(s, ws, we, number_words) || isdigit((unsigned char)s[ws])))
        return IX_OK;
    int subject = ix_subjects_about(r->doc, ts);
    for (;;) {
        if (!count_agrees(s, ts, bd->s, items.n))
            return IX_OK;       /* "two (urgent and emergency care and surgery)" misread */
        scope sc;
        memset(&sc, 0, sizeof sc);
        sc.subject = subject;
        sc.dom = items;
        int rc = bad_context(r, ts, bd->s, bd->e);
        if (rc)
            return rc < 0 ? rc : IX_OK;
        if ((rc = use_band(r, bd->s)) || (rc = emit(r, &sc, bd, "ratings.counted_parts", ts, close, 0)))
            return rc;
        *done = 1;
        ix_rxm cm;
        rc = ix_rx_find(r->rx[R_COUNT_BAND], s, close, r->sb, &cm, r->err);
        if (rc <= 0)
            return rc;
        band next = read_band(r, R_COUNT_BAND, &cm);
        if (!next.value || band_used(r, next.s) || !bracketed_items(r, cm.g[0].end, &items, &close))
            return IX_OK;
        *bd = next;
        ts = cm.g[0].start;
        while (ts < bd->s && (is_space(s[ts]) || s[ts] == ',' || s[ts] == ';'))
            ts++;       /* the evidence starts at a word: "and two as good (...)" */
    }
}

/* "Unpaid work was rated 'Good'", "X has been rated 'Good' overall" */
static int antecedent_body(run *r, size_t a, size_t b, scope *sc);

/* A second verb whose subject is left out: "Exmoor School was rated
 * 'Inadequate' in 2019 but has now been rated 'Good'" (and "..., but
 * following a new inspection has now been rated ..."): the target of the
 * second, [ts, te), is only a conjunction, with a time or an occasion
 * before or after it, and a body the document reports opens the
 * sentence.  1 with sc set to that body, else 0. */
static int elided_subject(run *r, size_t ts, size_t te, scope *sc)
{
    static const char *const joins[] = {"but", "and", "yet", NULL};
    static const char *const occasions[] = {"following", "after", "since", NULL};
    const char *s = r->doc->norm;
    size_t a = ts, b = te, ws, we, at;
    trim(s, &a, &b);
    size_t j = (size_t)-1;
    for (size_t i = a; first_word(s, i, b, &ws, &we); i = we)
        if (word_in(s, ws, we, joins))
            j = we;
    if (j == (size_t)-1)
        return 0;
    /* after the conjunction: nothing, or an occasion ("following a new
     * inspection") with no capitalised name in it */
    size_t k = ix_scan_skip_blanks(s, j, b);
    if (k < b) {
        if (!first_word(s, k, b, &ws, &we) || !word_in(s, ws, we, occasions))
            return 0;
        for (size_t x = we; x < b; x++)
            if (isupper((unsigned char)s[x]))
                return 0;
    }
    int named = ix_subjects_named_in(r->doc, r->sa, ts, &at);
    if (named < 0 || at > r->sa + 3)
        return 0;
    memset(sc, 0, sizeof *sc);
    sc->overall = 1;
    sc->subject = named;
    sc->start = ts;
    return 1;
}

static int on_passive(run *r, const ix_rxm *m)
{
    const char *s = r->doc->norm;
    band bd = read_band(r, P_PASSIVE, m);
    if (!bd.value)
        return IX_OK;
    if (band_used(r, bd.s))
        return IX_OK;
    span2 be = grp(r, P_PASSIVE, m, G_BE), cue = grp(r, P_PASSIVE, m, G_CUE);
    int as = has(grp(r, P_PASSIVE, m, G_AS));
    int ov = has(grp(r, P_PASSIVE, m, G_OV)) || has(grp(r, P_PASSIVE, m, G_OV2)) ||
             has(grp(r, P_PASSIVE, m, G_OV3));
    int rate = tolower((unsigned char)s[cue.s]) == 'r';
    /* "was judged 'Good'" needs the quotes, "was judged to be good" not,
     * nor "was graded adequate in two areas: ..." (the framework's names
     * after the band, after grade or assess) */
    terms named;
    size_t named_end;
    int grade = tolower((unsigned char)s[cue.s]) == 'g' || tolower((unsigned char)s[cue.s]) == 'a';
    if (!rate && !as && !bd.quoted && !(grade && named_tail(r, m->g[0].end, &named, &named_end)))
        return IX_OK;
    int domain_good = good_for_domain_only(&bd, as, ov);
    if (!bare_label_ok(r, &bd, weak_verb(s, cue.s), as, ov || domain_good))
        return IX_OK;
    /* "was rated 'Good' by staff", "was rated by service users as good" */
    if (other_rater(r, cue.e, bd.s) || rated_by_other(r, m->g[0].end))
        return IX_OK;
    size_t anchor = has(be) ? be.s : cue.s;
    size_t ts = clause_start(r, anchor);
    size_t te = strip_target_end(s, ts, anchor);
    int done;
    int rc = counted_parts(r, m, &bd, ts, te, &done);
    if (rc || done)
        return rc;
    int rel = relative_target(r, &ts, te, anchor);
    scope sc;
    rc = classify(r, ts, te, &sc);
    size_t tc = rc == 0 ? after_that(r, ts, te) : ts;
    if (rc == 0 && tc > ts) {
        /* "celebrating the news that the school has been judged ..." */
        rc = classify(r, tc, te, &sc);
        /* only the body or the framework's names: "told that the cafe was
         * rated ..." rates nothing of the body's */
        for (int k = 0; rc > 0 && !sc.overall && k < sc.dom.n; k++)
            if (!sc.dom.scope[k] &&
                domain_at(r, sc.dom.t[k].s, sc.dom.t[k].s, sc.dom.t[k].e, NULL) != sc.dom.t[k].e)
                rc = 0;
        if (rc < 0)
            return rc;
        if (rc > 0)
            ts = tc;
        else
            memset(&sc, 0, sizeof sc);
    }
    if (rc == 0)
        rc = main_clause_subject(r, ts, te, &sc);
    if (rc == 0 && rel < 0)
        rc = antecedent_body(r, ts, te, &sc);
    if (rc == 0)
        rc = elided_subject(r, ts, te, &sc);
    if (rc == 0 && r->doc->subjects.n == 1) {
        /* "They were rated as 'requiring improvement' in providing
         * effective and responsive services": "they" for the one body,
         * read only for the framework's names after the band */
        size_t x = ts, y = te, ws, we;
        trim(s, &x, &y);
        terms tl;
        size_t tle;
        if (first_word(s, x, y, &ws, &we) && ws == x && we == y && ix_scan_ieq(s, ws, we, "they") &&
            named_tail(r, m->g[0].end, &tl, &tle)) {
            memset(&sc, 0, sizeof sc);
            sc.dom = tl;
            sc.subject = 0;
            sc.start = x;
            rc = 1;
        }
    }
    if (rc <= 0)
        return rc;
    if (rel < 0 && !sc.overall)
        return IX_OK;
    terms good_for;
    size_t good_end;
    if (domain_good && sc.overall && !for_tail(r, m->g[0].end, &good_for, &good_end))
        return IX_OK;
    rc = bad_context(r, ts, bd.s, bd.e);
    if (!rc)
        rc = hypothetical(r, anchor);
    if (!rc && sc.overall)
        rc = part_only(r, m->g[0].end);
    if (rc)
        return rc < 0 ? rc : use_band(r, bd.s);
    size_t ne = m->g[0].end;
    terms tail;
    size_t tend;
    if (sc.overall && for_tail(r, ne, &tail, &tend)) {
        sc.overall = 0;
        sc.dom = tail;
        ne = tend;
    } else if (sc.overall) {
        /* "rated Outstanding for its work with ...": for something, not
         * overall ("for a second time" is no scope) */
        ix_rxm fm;
        rc = rx_in(r, R_FOR_PART, ne, r->sb, &fm);
        if (rc)
            return rc < 0 ? rc : use_band(r, bd.s);
    }
    size_t ns = sc.start;
    const char *rule = verb_rule(s, cue.s);
    int score = score_of(r) | (ov ? SC_OVERALL : 0);
    if ((rc = use_band(r, bd.s)) || (rc = emit(r, &sc, &bd, rule, ns, ne, score)))
        return rc;
    if (sc.overall && ov && !sc.all && (rc = also_tail(r, &sc, &bd, rule, ns, ne, score)))
        return rc;
    size_t last;
    if ((rc = pairs(r, ne, sc.subject, rule, score, &last)) ||
        (last == ne && (rc = as_was(r, ne, &sc, &bd, rule, score, ns, &last))))
        return rc;
    return continuation(r, last, sc.subject, sc.overall, rule, score);
}

/* The body a relative pronoun refers to, ending the clause s[a..b) before
 * it: "problems at a probation service (which ...)", "The other two are
 * Ashby PDU and Colne PDU (, which ...)": the longest run of words ending
 * at b, of at most twelve, that classify reads as a body (overall).
 * Returns 1 with *sc filled, 0 when there is none, or an error. */
static int antecedent_body(run *r, size_t a, size_t b, scope *sc)
{
    const char *s = r->doc->norm;
    trim(s, &a, &b);
    size_t starts[12];
    int n = 0;
    for (size_t k = b; k > a && n < 12; k--)
        if (!is_word_byte((unsigned char)s[k - 1]) && is_word_byte((unsigned char)s[k]))
            starts[n++] = k;
    for (int j = n - 1; j >= 0; j--) {
        scope t;
        int rc = classify(r, starts[j], b, &t);
        if (rc < 0)
            return rc;
        if (rc > 0 && t.overall) {
            *sc = t;
            return 1;
        }
    }
    return 0;
}

/* Does s[a..b) name inspectors ("the inspection team", "we", "HMIP")? */
static int inspector_words(const run *r, size_t a, size_t b)
{
    static const char *const who[] = {"inspectors", "inspector", "inspectorate", "inspection",
                                       "we", "hmip", "hmi", "cqc", "ofsted", "hmicfrs", "estyn",
                                       "commission", NULL};
    const char *s = r->doc->norm;
    size_t ws, we;
    while (first_word(s, a, b, &ws, &we)) {
        if (word_in(s, ws, we, who))
            return 1;
        a = we;
        while (a < b && !is_word_byte((unsigned char)s[a]))
            a++;
    }
    return 0;
}

/* Who the rating was given to, for "an overall rating of X" and "an X
 * rating": [*ta, *tb) or nothing (returns 0). */
static int recipient(run *r, size_t anchor, size_t *ta, size_t *tb)
{
    const char *s = r->doc->norm;
    size_t cs = clause_start(r, anchor);
    ix_rxm m, last;
    memset(&last, 0, sizeof last);
    int found = 0;
    size_t from = cs;
    while (ix_rx_find(r->rx[R_GIVE_VERB], s, from, anchor, &m, NULL) > 0) {
        last = m;
        found = 1;
        from = m.g[0].end;
    }
    if (found) {
        size_t vs = last.g[0].start, ve = last.g[0].end;
        static const char *const be[] = {"was", "were", "is", "are", "be", "been", "being", NULL};
        char c = (char)tolower((unsigned char)s[vs]);
        char c1 = (char)tolower((unsigned char)s[vs + 1]), c2 = (char)tolower((unsigned char)s[vs + 2]);
        /* give, award, assign, hand, issue: "given the CRC a rating" */
        int ditrans = (c == 'g' && (c1 == 'i' || c1 == 'a')) || (c == 'a' && (c1 == 'w' || c1 == 's')) ||
                      (c == 'h' && c1 == 'a' && c2 == 'n') || (c == 'i' && c1 == 's');
        size_t ws, we;
        int passive = last_word(s, cs, vs, &ws, &we) && word_in(s, ws, we, be);
        size_t ba = ve, bb = anchor;
        trim(s, &ba, &bb);
        /* "Exmoor PDU given 'Inadequate' rating": a participle, no recipient after it */
        if (ditrans && !passive && bb > ba) {
            *ta = ve;
            *tb = anchor;
        } else if (ditrans && !passive && inspector_words(r, cs, vs)) {
            /* "the inspection team awarded a 'Good' rating": the giver */
            return 0;
        } else {
            *ta = cs;
            *tb = strip_target_end(s, cs, vs);
        }
        return *tb > *ta;
    }
    /* "The CRC's overall rating" */
    size_t b = anchor;
    while (b > cs && is_space(s[b - 1]))
        b--;
    if (b >= cs + 2 && s[b - 1] == 's' && s[b - 2] == '\'') {
        *ta = cs;
        *tb = b - 2;
        return *tb > *ta;
    }
    return 0;
}

/* "an overall rating of 'Requires improvement'", "an overall 'Good' rating" */
/* "It received its lowest mark in relation to ...": a body's own lowest
 * (best, ...) among its marks, received with its/their and no
 * "possible", is no place on the scale ("gave HMP Grimsditch its lowest
 * judgement" is the inspectorate's lowest, and stays). */
static int own_extreme(const run *r, const ix_rxm *m, size_t cue)
{
    static const char *const receive[] = {"received", "receives", "receive", "got", "gets",
                                          "achieved", "achieves", "scored", "scores", "recorded",
                                          "records", "had", "has", NULL};
    static const char *const owners[] = {"its", "their", NULL};
    const char *s = r->doc->norm;
    size_t ws, we, vs, ve;
    if (!first_word(s, cue, m->g[0].end, &ws, &we) || !word_in(s, ws, we, owners) ||
        ix_keywords_find(r->doc, cue, m->g[0].end, "possible") != (size_t)-1)
        return 0;
    return last_word(s, r->sa, cue, &vs, &ve) && word_in(s, vs, ve, receive);
}

/* The recipient s[a..b) before ", which|who|that" and the verb at
 * anchor: *np is set to the antecedent (after a copula: "The second is
 * Ashby PDU, which received ..."), and 1 returned when it is a body by
 * its proper name that is not a subject of the document (another body's
 * rating); 0 otherwise (*np left at a when the form is not there), or an
 * error. */
static int other_antecedent(run *r, size_t a, size_t b, size_t anchor, size_t *np)
{
    static const char *const rel[] = {"which", "who", "that", NULL};
    static const char *const cop[] = {"is", "was", "are", "were", NULL};
    const char *s = r->doc->norm;
    size_t ws, we;
    trim(s, &a, &b);
    size_t c = b;
    while (c < anchor && is_space(s[c]))
        c++;
    if (c >= anchor || s[c] != ',' || !first_word(s, c + 1, anchor, &ws, &we) || !word_in(s, ws, we, rel))
        return 0;
    size_t na = a, i = a, vs, ve;
    while (first_word(s, i, b, &vs, &ve)) {
        if (word_in(s, vs, ve, cop))
            na = ve;
        i = ve;
    }
    na = ix_scan_skip_blanks(s, na, b);
    if (na >= b)
        return 0;
    *np = na;
    /* "The other two are Ashby PDU and Colne PDU, which both received":
     * subjects named one after another received it */
    int chain[8];
    if (subject_chain(r, na, b, chain, 8) > 0)
        return 0;
    ix_rxm m;
    int rc = rx_in(r, R_PROPER_BODY, na, b, &m);
    if (rc <= 0)
        return rc;
    int subj = -1;
    rc = is_subject_np(r, na, b, 0, &subj);
    if (rc < 0)
        return rc;
    return rc == 0 || subj < 0;
}

/* Does the match s[a..b) end in "report(s)" or "result(s)"? */
static int report_noun(const char *s, size_t a, size_t b)
{
    static const char *const nouns[] = {"report", "reports", "result", "results", NULL};
    size_t ws, we;
    return last_word(s, a, b, &ws, &we) && word_in(s, ws, we, nouns);
}

/* The end of the framework's parts named from ws on after "in" or
 * "across" ("scored well in all ten areas", "across all its standards"), or 0:
 * parts of the body's work, not bodies. */
static size_t parts_phrase_end(const char *s, size_t a, size_t ws, size_t b)
{
    static const char *const preps[] = {"in", "across", NULL};
    static const char *const fill[] = {"all", "every", "each", "of", "the", "its", "their",
                                       "two", "three", "four", "five", "six", "seven", "eight",
                                       "nine", "ten", "eleven", "twelve", NULL};
    size_t ps, pe, we;
    if (!last_word(s, a, ws, &ps, &pe) || !word_in(s, ps, pe, preps))
        return 0;
    for (size_t i = ws; first_word(s, i, b, &ws, &we); i = we) {
        if (word_in(s, ws, we, parts_stems))
            return we;
        if (!word_in(s, ws, we, fill) && !isdigit((unsigned char)s[ws]))
            return 0;
    }
    return 0;
}

/* Does the recipient [a, b) of a rating name more than one body, or another
 * one ("eight of the ten CRCs received ...")?  The framework's parts after
 * "in" are no bodies ("scored well in all ten areas, with an overall
 * rating of ..."). */
static int plural_recipient(run *r, size_t a, size_t b)
{
    const char *s = r->doc->norm;
    ix_rxm m;
    for (size_t pos = a; pos < b;) {
        int rc = ix_rx_find(r->rx[R_PLURAL], s, pos, b, &m, r->err);
        if (rc <= 0)
            return rc;
        size_t e = parts_phrase_end(s, a, m.g[0].start, b);
        if (!e)
            return 1;
        pos = e;
    }
    return 0;
}

/* A rating noun that names no recipient and no scope, read as the
 * overall rating of the body the text is about (a fallback, kept only when
 * nothing else rates a body overall): "which resulted in a rating of
 * 'Requires improvement'", "An inspection in May has resulted in a 'Good'
 * rating".  The band quoted or capitalised, one rating ("a ... rating", not
 * "ratings", nor a report's or result's quality), opened by an article or
 * "its" right before it (not "its previous 'Good' rating"), and not what
 * something moved to or from ("raised the number of wards to a 'Good'
 * rating"). */
static int bare_rating_noun(const run *r, int pat, const ix_rxm *m, const band *bd)
{
    static const char *const dets[] = {"a", "an", "its", "the", "their", NULL};
    static const char *const moved[] = {"to", "from", "than", "with", NULL};
    const char *s = r->doc->norm;
    size_t ws, we, ms = m->g[0].start, me = m->g[0].end;
    if (pat != P_RATING_OF && pat != P_GIVEN)
        return 0;
    if (!bd->quoted && !bd->cap)
        return 0;
    if (!last_word(s, ms, me, &ws, &we) || s[we - 1] == 's')
        return 0;
    if (pat == P_GIVEN && !(first_word(s, ms, bd->s, &ws, &we) && word_in(s, ws, we, dets) &&
                            ix_scan_skip_blanks(s, we, bd->s) == bd->s))
        return 0;
    if (pat == P_RATING_OF && !(first_word(s, ms, me, &ws, &we) && word_in(s, ws, we, dets)))
        return 0;
    return !(last_word(s, r->sa, ms, &ws, &we) && word_in(s, ws, we, moved));
}

static int on_rating_noun(run *r, int pat, const ix_rxm *m)
{
    const char *s = r->doc->norm;
    band bd = read_band(r, pat, m);
    if (!bd.value)
        return IX_OK;
    if (band_used(r, bd.s))
        return IX_OK;
    span2 cue = grp(r, pat, m, G_CUE);
    int ov = has(grp(r, pat, m, G_OV)) || has(grp(r, pat, m, G_OV3));
    /* a bare lower-case band only as "an overall rating of good.", or as
     * "received an outstanding rating" (checked below, with its recipient) */
    int bare_given = !bd.quoted && !bd.cap && pat == P_GIVEN;
    /* a report or result named by its band only with the band quoted or
     * capitalised ("an inadequate report" is the report's quality) */
    if (bare_given && report_noun(s, m->g[0].start, m->g[0].end))
        return IX_OK;
    if (!bd.quoted && !bd.cap && !(ov && pat == P_RATING_OF && bare_band_ends(r, bd.e)) && !bare_given)
        return IX_OK;
    if (pat == P_DESCRIBED && own_extreme(r, m, cue.s))
        return IX_OK;
    int rc = bad_context(r, cue.s, bd.s, bd.e);
    if (!rc)
        rc = hypothetical(r, cue.s);
    if (!rc)
        rc = rated_by_other(r, m->g[0].end);
    if (rc)
        return rc < 0 ? rc : use_band(r, bd.s);
    size_t ta, tb;
    scope sc;
    memset(&sc, 0, sizeof sc);
    sc.subject = -1;
    int got = recipient(r, cue.s, &ta, &tb);
    if (got) {
        /* "The second is Ashby PDU, which received an overall rating of
         * ...": the antecedent received it, here another body */
        size_t na = ta;
        int rc2 = other_antecedent(r, ta, tb, cue.s, &na);
        if (rc2)
            return rc2 < 0 ? rc2 : use_band(r, bd.s);
        ta = na;
    }
    if (got) {
        rc = classify(r, ta, tb, &sc);
        if (rc < 0)
            return rc;
        got = rc;
        /* "eight of the ten CRCs received the lower rating of ...": other
         * bodies received it, not this one's areas */
        if (!got && (rc = plural_recipient(r, ta, tb)) != 0)
            return rc < 0 ? rc : use_band(r, bd.s);
    }
    if (bare_given && !(got && sc.overall))
        return IX_OK;
    if (!got) {
        /* "The Trust rating remains as ...": the body names the rating */
        size_t cs = clause_start(r, cue.s), ce = cue.s;
        int subj = -1;
        if (pat == P_RATING_OF && ce > cs) {
            rc = is_subject_np(r, cs, ce, 0, &subj);
            if (rc < 0)
                return rc;
            if (rc > 0)
                got = 1;
        }
        /* "Its rating remains 'Inadequate'": the body the sentence is about */
        size_t ds, de;
        if (!got && pat == P_RATING_OF && ix_scan_skip_blanks(s, cs, ce) == ce &&
            first_word(s, cue.s, cue.e, &ds, &de) &&
            (ix_scan_ieq(s, ds, de, "its") || ix_scan_ieq(s, ds, de, "their")))
            got = 1;
        if (!got && !ov) {
            /* headline "'Good' rating for Exmoor PDU" */
            size_t ws, we;
            if (first_word(s, m->g[0].end, r->sb, &ws, &we) && ix_scan_ieq(s, ws, we, "for")) {
                size_t x = we, y = we;
                while (y < r->sb && s[y] != ',' && s[y] != ';' && s[y] != '.' && s[y] != ':' && y < we + 120)
                    y++;
                y = align_fwd(s, y, r->sb);
                int who = -1;
                rc = subject_np(r, x, y, 0, &who);
                if (rc < 0)
                    return rc;
                if (rc > 0 && who >= 0) {
                    sc.overall = 1;
                    sc.subject = who;
                    if ((rc = use_band(r, bd.s)))
                        return rc;
                    return emit(r, &sc, &bd, patterns[pat].name, cue.s, y, score_of(r));
                }
            }
            /* "awarded a 'Good' rating for leadership" */
            terms tl;
            size_t te;
            if (!for_tail(r, m->g[0].end, &tl, &te)) {
                if (!bare_rating_noun(r, pat, m, &bd))
                    return IX_OK;
                sc.overall = 1;
                sc.subject = ix_subjects_about(r->doc, cue.s);
                size_t first = r->cands.n;
                rc = emit(r, &sc, &bd, patterns[pat].name, cue.s, m->g[0].end, score_of(r));
                for (size_t k = first; k < r->cands.n; k++) {
                    r->cands.items[k].weak = 1;
                    r->cands.items[k].score = -1;   /* below any other evidence */
                }
                return rc;
            }
            sc.dom = tl;
            sc.subject = ix_subjects_about(r->doc, cue.s);
            if ((rc = use_band(r, bd.s)))
                return rc;
            return emit(r, &sc, &bd, patterns[pat].name, cue.s, te, score_of(r));
        }
        sc.overall = 1;
        sc.subject = got && subj >= 0 ? subj : ix_subjects_about(r->doc, cue.s);
    }
    size_t ne = m->g[0].end;
    terms tail;
    size_t tend;
    if (sc.overall && !ov && for_tail(r, ne, &tail, &tend)) {
        sc.overall = 0;
        sc.dom = tail;
        ne = tend;
    }
    int score = score_of(r) | (ov ? SC_OVERALL : 0);
    if ((rc = use_band(r, bd.s)) || (rc = emit(r, &sc, &bd, patterns[pat].name, cue.s, ne, score)))
        return rc;
    /* "a 'Good' rating overall, with 'Outstanding' for resettlement" */
    size_t last;
    return pairs(r, ne, sc.subject, patterns[pat].name, score, &last);
}

/* headline "Exmoor CRC 'requires improvement', despite ...";
 * body "Exmoor CRC requires improvement, inspectors said" */
static int on_predicate(run *r, const ix_rxm *m)
{
    const char *s = r->doc->norm;
    band bd = read_band(r, P_PREDICATE, m);
    if (!bd.value)
        return IX_OK;
    int requires = tolower((unsigned char)s[bd.ws]) == 'r' && bd.ws + 8 <= r->sb &&
                   (ix_scan_ieq(s, bd.ws, bd.ws + 8, "requires") ||
                    (ix_scan_ieq(s, bd.ws, bd.ws + 7, "require") && is_space(s[bd.ws + 7])));
    if (!requires && !(r->heading && bd.quoted))
        return IX_OK;
    if (band_used(r, bd.s))
        return IX_OK;
    /* "requires improvement in responding to the public": the framework's
     * areas after it */
    terms named;
    size_t named_end = 0;
    int domains = named_tail(r, bd.e, &named, &named_end);
    if (!bd.quoted && !domains) {
        /* "requires improvement in how it manages risk": a remark, not a label */
        static const char *const more[] = {"in", "to", "on", "for", "with", "across", "at", "when",
                                           "where", "if", "because", "so", "before", "by", NULL};
        size_t ws, we;
        if (first_word(s, bd.e, r->sb, &ws, &we) && word_in(s, ws, we, more))
            return IX_OK;
    }
    span2 cue = grp(r, P_PREDICATE, m, G_CUE);
    size_t anchor = cue.s;
    size_t ts = clause_start(r, anchor);
    size_t te = anchor;
    trim(s, &ts, &te);
    if (te <= ts)
        return IX_OK;
    int subj;
    int rc = is_subject_np(r, ts, te, 0, &subj);
    if (rc < 0)
        return rc;
    if (rc == 0 && !domains) {
        /* "Ashby PDU and Colne PDU 'require improvement'": each body of
         * the list */
        scope lsc;
        memset(&lsc, 0, sizeof lsc);
        lsc.nlisted = subject_chain(r, ts, te, lsc.listed, 8);
        if (lsc.nlisted > 1) {
            rc = bad_context(r, ts, bd.s, bd.e);
            if (!rc)
                rc = hypothetical(r, anchor);
            if (rc)
                return rc < 0 ? rc : use_band(r, bd.s);
            lsc.overall = 1;
            lsc.subject = lsc.listed[0];
            if ((rc = use_band(r, bd.s)))
                return rc;
            return emit(r, &lsc, &bd, r->heading ? "ratings.headline" : "ratings.requires_improvement",
                        ts, bd.e, r->heading ? 0 : SC_BODY);
        }
    }
    if (rc == 0) {
        /* "the experiences and progress of care leavers require
         * improvement": the framework's names as the subject of the verb */
        scope dsc;
        memset(&dsc, 0, sizeof dsc);
        size_t d = skip_determiners(s, ts, te);
        if (r->heading || parse_terms(r, d, te, &dsc.dom) == 0)
            return IX_OK;
        for (int k = 0; k < dsc.dom.n; k++)
            if (!dsc.dom.scope[k] && domain_at(r, dsc.dom.t[k].s, dsc.dom.t[k].s, dsc.dom.t[k].e, NULL) !=
                                          dsc.dom.t[k].e)
                return IX_OK;
        rc = bad_context(r, ts, bd.s, bd.e);
        if (!rc)
            rc = hypothetical(r, anchor);
        if (rc)
            return rc < 0 ? rc : use_band(r, bd.s);
        dsc.subject = ix_subjects_about(r->doc, ts);
        if ((rc = use_band(r, bd.s)))
            return rc;
        return emit(r, &dsc, &bd, "ratings.requires_improvement", ts, bd.e, SC_BODY);
    }
    ts = r->np_start;
    rc = bad_context(r, ts, bd.s, bd.e);
    if (!rc)
        rc = hypothetical(r, anchor);
    if (rc)
        return rc < 0 ? rc : use_band(r, bd.s);
    scope sc;
    memset(&sc, 0, sizeof sc);
    sc.overall = 1;
    sc.all = subj == SUBJ_ALL;
    sc.subject = sc.all ? ix_subjects_about(r->doc, ts) : subj;
    if (domains && sc.all)
        return use_band(r, bd.s);       /* each body's areas: not read */
    if (domains) {
        sc.overall = 0;
        sc.dom = named;
    }
    if ((rc = use_band(r, bd.s)))
        return rc;
    return emit(r, &sc, &bd, r->heading ? "ratings.headline" : "ratings.requires_improvement",
                ts, domains ? named_end : bd.e, r->heading ? 0 : SC_BODY);
}

/* The scope a bullet names at s[a..b): the framework's name when the
 * lexicon knows a name at its start (whole, or one it renames: "reduce
 * reoffending" -> "reducing reoffending"), else the words as written when
 * open is set.  NULL when none. */
/* Heads that name how well an area works, not the area: "the
 * effectiveness of governance and partnership arrangements" judges
 * governance and partnership arrangements. */
static const char *const AREA_HEADS[] = {"effectiveness of", NULL};

/* s[a..b) past one of AREA_HEADS when words follow it; a when none. */
static size_t past_area_head(const char *s, size_t a, size_t b)
{
    for (size_t k = 0; AREA_HEADS[k]; k++) {
        size_t e = term_at(s, a, b, AREA_HEADS[k]);
        if (e && e < b && is_space(s[e]))
            return ix_scan_skip_blanks(s, e, b) < b ? ix_scan_skip_blanks(s, e, b) : a;
    }
    return a;
}

static const char *bullet_scope(run *r, size_t a, size_t b, int open)
{
    const char *s = r->doc->norm;
    trim(s, &a, &b);
    a = skip_determiners(s, a, b);
    const char *sc = NULL;
    size_t e = domain_at(r, a, a, b, &sc);
    if (e && (sc || e == b))
        return sc ? sc : ix_scan_copy_lower(r->doc, a, e);
    if (!open || a >= b)
        return NULL;
    a = past_area_head(s, a, b);
    return ix_scan_copy_lower(r->doc, a, b);
}

/* Is the bullet before or after this sentence's one a judgement of the
 * same shape on scale sc ("the help for young carers was good" next to
 * "the planning of visits was good"): a list of judgements, whose areas may
 * be named as the text likes?  1, 0, or an error. */
static int judgement_sibling(run *r, const ix_scale *sc)
{
    const ix_doc *doc = r->doc;
    size_t bi = doc->sents.items[r->si].block;
    for (int d = -1; d <= 1; d += 2) {
        if ((d < 0 && bi == 0) || (d > 0 && bi + 1 >= doc->blocks.n))
            continue;
        const ix_block *bk = &doc->blocks.items[bi + d];
        if (bk->kind != IX_BLOCK_BULLET)
            continue;
        ix_rxm m;
        int rc = rx_in(r, R_WORK_TO, bk->text.start, bk->text.end, &m);
        if (rc < 0)
            return rc;
        span2 n = grp(r, R_WORK_TO, &m, G_N);
        if (rc > 0 && ix_scales_band_at(sc, doc->norm, n.s, bk->text.end, NULL))
            return 1;
    }
    return 0;
}

/* s[a..b) without a relative clause or a place ending it ("the quality of
 * services that were provided to children in Exmoor" -> "the quality of
 * services"). */
static size_t strip_relative(const run *r, size_t a, size_t b)
{
    static const char *const relatives[] = {"that", "which", "who", "provided", "delivered",
                                            "offered", NULL};
    const char *s = r->doc->norm;
    size_t i = a, ws, we;
    while (first_word(s, i, b, &ws, &we)) {
        if (ws > a && word_in(s, ws, we, relatives)) {
            size_t e = ws;
            while (e > a && is_space(s[e - 1]))
                e--;
            return e;
        }
        i = we;
        while (i < b && !is_word_byte((unsigned char)s[i]))
            i++;
    }
    return strip_place(r, a, b);
}

/* "Safety = 3(2)*": a framework domain graded by its number on a scale
 * whose bands are numbered (the healthy prison tests: 4 good ... 1 poor).
 * Returns 1 when it gave a rating, 0, or an error. */
static int numbered_grade(run *r, size_t a)
{
    if (strcmp(r->scale->name, "healthy_prison") != 0)
        return 0;
    ix_rxm m;
    int rc = rx_in(r, R_NUM_GRADE, a, r->sb, &m);
    if (rc <= 0)
        return rc;
    span2 t = grp(r, R_NUM_GRADE, &m, G_T), n = grp(r, R_NUM_GRADE, &m, G_N);
    size_t ts = t.s, te = t.e;
    trim(r->doc->norm, &ts, &te);
    const char *dsc = NULL;
    if (domain_at(r, ts, ts, te, &dsc) != te)
        return 0;
    int grade = r->doc->norm[n.s] - '0';
    const char *value = ix_scales_ranked(r->scale, 4 - grade);
    const char *name = dsc ? dsc : ix_scan_copy_lower(r->doc, ts, te);
    if (!value || !name)
        return name ? 0 : ix_err_set(r->err, IX_ENOMEM, "ratings: out of memory");
    rc = add_cand(r, ix_subjects_about(r->doc, r->sa), name, value, r->scale->name,
                  patterns[R_NUM_GRADE].name, ts, n.e, score_of(r));
    return rc < 0 ? rc : 1;
}

/* Does s[a..b) end in a colon, marks after it aside ("... 'Good' at: \u00b7",
 * a bullet mark left at the end of the line)? */
static int ends_in_colon(const char *s, size_t a, size_t b)
{
    while (b > a && !isalnum((unsigned char)s[b - 1]) && s[b - 1] != ':')
        b--;
    return b > a && s[b - 1] == ':';
}

/* The bullet at norm offset a (its mark skipped) when the paragraph over
 * its list ends announcing a band: one rating, the bullet's words as the
 * scope.  Returns 1 when it gave one, 0, or an error. */
static int bullet_under_lead_in(run *r, size_t a)
{
    const ix_doc *doc = r->doc;
    const char *s = doc->norm;
    size_t bi = doc->sents.items[r->si].block, p = bi;
    while (p > 0 && doc->blocks.items[p - 1].kind == IX_BLOCK_BULLET && bi - p < 40)
        p--;
    if (p == 0)
        return 0;
    const ix_block *lead = &doc->blocks.items[p - 1];
    if (lead->kind == IX_BLOCK_HEADING && !ends_in_colon(s, lead->text.start, lead->text.end))
        return 0;   /* a heading over a list announces it only with a colon */
    size_t la = lead->text.end > lead->text.start + 160 ? lead->text.end - 160 : lead->text.start;
    ix_rxm m;
    int rc = rx_in(r, R_LEAD_IN, la, lead->text.end, &m);
    if (rc <= 0)
        return rc;
    band bd = read_band(r, R_LEAD_IN, &m);
    if (!bd.value || !(bd.quoted || bd.cap))
        return 0;
    rc = hypothetical(r, m.g[0].start);
    if (rc)
        return rc < 0 ? rc : 0;
    size_t b = r->sb;
    while (b > a && (is_space(s[b - 1]) || s[b - 1] == '.' || s[b - 1] == ';' || s[b - 1] == ','))
        b--;
    if (b <= a || b - a > 120)
        return 0;
    rc = rx_in(r, R_ANYBAND, a, b, &m);      /* a band of its own: bullet_at's */
    if (rc)
        return rc < 0 ? rc : 0;
    const char *name = bullet_scope(r, a, b, 1);
    if (!name)
        return ix_err_set(r->err, IX_ENOMEM, "ratings: out of memory");
    rc = add_cand(r, ix_subjects_about(doc, lead->text.start), name, bd.value, r->scale->name,
                  "ratings.lead_in", a, b, score_of(r));
    return rc < 0 ? rc : 1;
}

/* Bullets of judgements: "'good' at preventing crime" (the band of the
 * document's scale), "work to reduce reoffending was satisfactory" (a
 * judgement in words of a domain the lexicon knows). */
static int bullet(run *r)
{
    const char *s = r->doc->norm;
    ix_rxm m;
    size_t a = r->sa;
    while (a < r->sb && (is_space(s[a]) || s[a] == '-' || s[a] == '*' ||
                         (unsigned char)s[a] == 0xE2 || ((unsigned char)s[a] & 0xC0) == 0x80))
        a++;    /* a bullet mark left in the sentence ("\u2022 ") */
    int rc = numbered_grade(r, a);
    if (rc != 0)
        return rc < 0 ? rc : IX_OK;
    rc = rx_in(r, R_BULLET_AT, a, r->sb, &m);
    if (rc < 0)
        return rc;
    if (rc > 0) {
        band bd = read_band(r, R_BULLET_AT, &m);
        if (!bd.value || band_used(r, bd.s))
            return IX_OK;
        span2 t = grp(r, R_BULLET_AT, &m, G_T);
        const char *name = bullet_scope(r, t.s, t.e, 1);
        if (!name)
            return ix_err_set(r->err, IX_ENOMEM, "ratings: out of memory");
        if ((rc = use_band(r, bd.s)))
            return rc;
        return add_cand(r, ix_subjects_about(r->doc, r->sa), name, bd.value, r->scale->name,
                        "ratings.bullet_at", r->sa, t.e, score_of(r));
    }
    /* A bullet under a paragraph announcing the band: "We are 'Good' at:" +
     * "- Preventing fires and other risks." (the bullet names the scope). */
    rc = bullet_under_lead_in(r, a);
    if (rc != 0)
        return rc < 0 ? rc : IX_OK;
    /* "Protecting the public. Inspectors found the quality of ... work was
     * not acceptable.": a heading sentence naming a domain, judged in the
     * next sentence of the bullet */
    {
        size_t z = r->sb;
        while (z > a && (is_space(s[z - 1]) || s[z - 1] == '.' || s[z - 1] == ':'))
            z--;
        const char *dsc = NULL;
        size_t e = domain_at(r, a, a, z, &dsc);
        const ix_block *bk = &r->doc->blocks.items[r->doc->sents.items[r->si].block];
        if (e == z && e > a && bk->nsents > 1 && r->si + 1 < r->doc->sents.n) {
            const ix_sent *nx = &r->doc->sents.items[r->si + 1];
            rc = rx_in(r, R_JUDGED, nx->norm.start, nx->norm.end, &m);
            if (rc < 0)
                return rc;
            if (rc > 0) {
                span2 n = grp(r, R_JUDGED, &m, G_N);
                size_t ve;
                const char *value = ix_scales_band_at(ix_scales_narrative(), s, n.s, nx->norm.end, &ve);
                const char *name = dsc ? dsc : ix_scan_copy_lower(r->doc, a, e);
                if (value && name)
                    return add_cand(r, ix_subjects_about(r->doc, r->sa), name, value, "narrative",
                                    "ratings.judged", a, ve, score_of(r));
            }
        }
    }
    rc = rx_in(r, R_WORK_TO, a, r->sb, &m);
    if (rc <= 0)
        return rc;
    span2 t = grp(r, R_WORK_TO, &m, G_T), n = grp(r, R_WORK_TO, &m, G_N);
    /* before the framework had bands, a judgement in words; after, the
     * band of the document's scale, and the bullet names its area as it
     * likes ("the help for young carers was good") */
    int banded = strcmp(r->scale->name, "narrative") != 0 &&
                 (!r->tab->banded_from || ref_year(r) >= r->tab->banded_from);
    const ix_scale *sc = banded ? r->scale : ix_scales_narrative();
    size_t ve;
    const char *value = ix_scales_band_at(sc, s, n.s, r->sb, &ve);
    if (!value)
        return IX_OK;
    int open = 0;
    if ((rc = judgement_sibling(r, sc)) != 0) {
        if (rc < 0)
            return rc;
        open = 1;
    }
    /* the framework's name as the bullet writes it first, then (in a list
     * of judgements) the area as written */
    const char *name = bullet_scope(r, t.s, t.e, 0);
    if (!name && open)
        name = bullet_scope(r, t.s, strip_relative(r, t.s, t.e), open);
    if (!name)
        return IX_OK;
    if ((rc = use_band(r, n.s)))    /* the judgement is read: not a band too */
        return rc;
    return add_cand(r, ix_subjects_about(r->doc, r->sa), name, value, sc->name, "ratings.work_to",
                    r->sa, ve, score_of(r));
}

/* Does s[a..b) label the overall judgement: "Overall", "Overall rating",
 * "Overall effectiveness", "Overall rating for this service"? */
static int overall_label(const char *s, size_t a, size_t b)
{
    size_t ws, we, w2s, w2e;
    if (!first_word(s, a, b, &ws, &we) || !ix_scan_ieq(s, ws, we, "overall"))
        return 0;
    if (!first_word(s, we, b, &w2s, &w2e))
        return 1;
    static const char *const heads[] = {"rating", "judgement", "judgment", "grade", "effectiveness",
                                        "assessment", "result", NULL};
    return word_in(s, w2s, w2e, heads);
}

/* "Safety: Poor  Respect: Poor  Purposeful activity: Not sufficiently
 * good": pairs of a lexicon domain and a band anywhere in a sentence. */
static int inline_pairs(run *r)
{
    const char *s = r->doc->norm;
    for (size_t p = r->sa; p < r->sb; p++) {
        if (!is_word_byte((unsigned char)s[p]) || (p > r->sa && is_word_byte((unsigned char)s[p - 1])))
            continue;
        const char *dsc = NULL;
        size_t e = domain_at(r, r->sa, p, r->sb, &dsc);
        size_t z = e;
        while (z < r->sb && s[z] == ' ')
            z++;
        if (!e || z >= r->sb || (s[z] != ':' && s[z] != '?' && !(s[z] == '-' && z > e)))
            continue;
        ix_rxm m;
        int rc = ix_rx_find(r->rx[R_PAIRS_INLINE], s, e, r->sb, &m, r->err);
        if (rc < 0)
            return rc;
        if (rc == 0)
            continue;
        band bd = read_band(r, R_PAIRS_INLINE, &m);
        if (!bd.value || band_used(r, bd.s) || !(bd.quoted || bd.cap))
            continue;
        const char *name = dsc ? dsc : ix_scan_copy_lower(r->doc, p, e);
        if (!name)
            return ix_err_set(r->err, IX_ENOMEM, "ratings: out of memory");
        if ((rc = use_band(r, bd.s)) ||
            (rc = add_cand(r, ix_subjects_about(r->doc, p), name, bd.value, r->scale->name,
                           "ratings.rating_table", p, bd.e, score_of(r))))
            return rc;
        p = bd.e;
    }
    return IX_OK;
}

/* A band alone in its block, under a heading naming a domain or the
 * overall judgement: "1: Standards" then "Excellent". */
static int band_under_heading(run *r)
{
    const ix_doc *doc = r->doc;
    const char *s = doc->norm;
    size_t bi = doc->sents.items[r->si].block;
    if (bi == 0 || doc->blocks.items[bi].first_sent != r->si || doc->blocks.items[bi].nsents != 1)
        return IX_OK;
    ix_rxm m;
    int rc = rx_in(r, R_BAND_ONLY, r->sa, r->sb, &m);
    if (rc <= 0)
        return rc;
    band bd = read_band(r, R_BAND_ONLY, &m);
    if (!bd.value || !(bd.quoted || bd.cap))
        return IX_OK;
    const ix_block *h = &doc->blocks.items[bi - 1];
    if (h->text.end - h->text.start > 90 || !ix_scan_block_in(doc, bi - 1, IX_IN_PROSE))
        return IX_OK;
    ix_rxm hm;
    rc = rx_in(r, R_HEAD_DOMAIN, h->text.start, h->text.end, &hm);
    if (rc <= 0)
        return rc;
    span2 t = grp(r, R_HEAD_DOMAIN, &hm, G_T);
    size_t a = t.s, b = t.e;
    trim(s, &a, &b);
    const char *name = NULL;
    if (overall_label(s, a, b))
        name = "overall";
    else
        name = bullet_scope(r, a, b, 0);
    if (!name || (strcmp(name, "overall") == 0 && !r->scale->overall))
        return IX_OK;
    if ((rc = use_band(r, bd.s)))
        return rc;
    return add_cand(r, ix_subjects_about(doc, a), name, bd.value, r->scale->name,
                    "ratings.rating_table", a, bd.e, score_of(r) | (strcmp(name, "overall") ? 0 : SC_OVERALL));
}

/* Does s[a..b) name another body: a run of capitalised words after its
 * first word that is no subject ("Nearby HMP Dunmarsh was judged good
 * for respect" when HMP Castlereach is the subject)?  1, 0 or an error. */
static int names_other_body(run *r, size_t a, size_t b)
{
    const char *s = r->doc->norm;
    size_t ws, we, i;
    if (!first_word(s, a, b, &ws, &we))
        return 0;
    for (i = we; first_word(s, i, b, &ws, &we); i = we) {
        if (!isupper((unsigned char)s[ws]))
            continue;
        size_t re = we, ns, ne;
        while (first_word(s, re, b, &ns, &ne) && isupper((unsigned char)s[ns]))
            re = ne;
        int subj = -1;
        int rc = subject_np(r, ws, re, 0, &subj);
        if (rc < 0)
            return rc;
        if (rc == 0 || subj < 0)
            return 1;
        we = re;
    }
    return 0;
}

/* "its out-of-court processes were 'Inadequate'": a quoted band as the
 * predicate of a domain (or of the body). */
static int on_copula(run *r, const ix_rxm *m)
{
    const char *s = r->doc->norm;
    band bd = read_band(r, P_COPULA, m);
    if (!bd.value || band_used(r, bd.s))
        return IX_OK;
    span2 be = grp(r, P_COPULA, m, G_BE);
    size_t ts = clause_start(r, be.s);
    size_t te = strip_target_end(s, ts, be.s);
    scope sc;
    int rc = classify(r, ts, te, &sc);
    if (rc < 0)
        return rc;
    size_t ne0 = 0;
    /* "the hospital is Outstanding": a capitalised band ending its clause
     * labels the body; "the force was adequate at investigating crime": a
     * bare band with the framework's areas after it rates them (but a bare
     * "good at" is praise as often as a grade: "it is good at ...") */
    terms named;
    size_t named_end;
    /* "This school continues to be good.", "The trust remains
     * outstanding.": a body's band kept, ending its clause */
    int kept = has(grp(r, P_COPULA, m, G_STAY)) && ends_clause(r, bd.e);
    if (rc > 0 && !bd.quoted && sc.overall && !(bd.cap && bare_band_ends(r, bd.e)) && !kept &&
        (good_for_domain_only(&bd, 0, 0) || !named_tail(r, bd.e, &named, &named_end)))
        return IX_OK;
    if (rc > 0 && !bd.quoted && !sc.overall) {
        /* a bare band needs a domain the framework names: try the tail */
        int known = sc.dom.n > 0;
        for (int k = 0; known && k < sc.dom.n; k++)
            known = domain_at(r, sc.dom.t[k].s, sc.dom.t[k].s, sc.dom.t[k].e, NULL) == sc.dom.t[k].e;
        if (!known)
            rc = 0;
    }
    if (rc == 0) {
        /* "outcomes for prisoners were poor in safety": the framework's
         * domains named after the band (not another body's) */
        terms tl;
        if (!named_tail(r, bd.e, &tl, &ne0))
            return IX_OK;
        if ((rc = names_other_body(r, ts, te)) != 0)
            return rc < 0 ? rc : use_band(r, bd.s);
        memset(&sc, 0, sizeof sc);
        sc.dom = tl;
        sc.subject = ix_subjects_about(r->doc, ts);
        sc.start = ts;
    }
    /* a bare band: a label (capitalised, "Leadership was Good"), or on a
     * scale in words ("respect was reasonably good") for a domain the
     * framework names; never "the work was good" */
    if (!bd.quoted && !sc.overall) {
        int words_scale = strcmp(r->scale->name, "four_band") != 0 &&
                          strcmp(r->scale->name, "five_grade") != 0;
        int known = !sc.overall && sc.dom.n > 0;
        for (int k = 0; known && k < sc.dom.n; k++)
            known = domain_at(r, sc.dom.t[k].s, sc.dom.t[k].s, sc.dom.t[k].e, NULL) == sc.dom.t[k].e;
        /* "leadership and management were good": a framework name of two
         * words or more is a judgement's name even on the four bands */
        int long_names = known;
        for (int k = 0; long_names && k < sc.dom.n; k++)
            long_names = memchr(s + sc.dom.t[k].s, ' ', sc.dom.t[k].e - sc.dom.t[k].s) != NULL;
        if (!bare_band_ends(r, bd.e) || !known || !(bd.cap || words_scale || long_names))
            return IX_OK;
    }
    rc = bad_context(r, ts, bd.s, bd.e);
    if (!rc)
        rc = hypothetical(r, be.s);
    if (!rc && sc.overall)
        rc = part_only(r, bd.e);
    if (rc)
        return rc < 0 ? rc : use_band(r, bd.s);
    size_t ne = ne0 ? ne0 : bd.e;
    terms tail;
    size_t tend;
    if (ne0) {
        /* read above */
    } else if (sc.overall && for_tail(r, bd.e, &tail, &tend)) {
        /* "The force is 'good' at preventing crime" */
        sc.overall = 0;
        sc.all = 0;
        sc.dom = tail;
        ne = tend;
    } else if (!sc.overall) {
        /* "staff were 'good' at building relationships": a skill, not a
         * judgement of the domain */
        size_t ws, we;
        if (first_word(s, bd.e, r->sb, &ws, &we) &&
            (ix_scan_ieq(s, ws, we, "at") || ix_scan_ieq(s, ws, we, "in") || ix_scan_ieq(s, ws, we, "for") ||
             ix_scan_ieq(s, ws, we, "to") || ix_scan_ieq(s, ws, we, "with")))
            return use_band(r, bd.s);
    } else {
        ix_rxm fm;
        rc = rx_in(r, R_FOR_PART, bd.e, r->sb, &fm);
        if (rc)
            return rc < 0 ? rc : use_band(r, bd.s);
    }
    if ((rc = use_band(r, bd.s)) ||
        (rc = emit(r, &sc, &bd, "ratings.copula", sc.start, ne, r->heading ? 0 : SC_BODY)))
        return rc;
    size_t last;
    int score = r->heading ? 0 : SC_BODY;
    if ((rc = pairs(r, ne, sc.subject, "ratings.copula", score, &last)) || last != ne)
        return rc;
    return as_was(r, ne, &sc, &bd, "ratings.copula", score, sc.start, &last);
}

/* "..., but rated 'good' in caring": the domains after the band, rated for
 * the body the sentence is about; nothing without a domain the framework
 * names (an elliptic overall would repeat the clause before). */
static int on_elliptic(run *r, const ix_rxm *m)
{
    band bd = read_band(r, P_ELLIPTIC, m);
    if (!bd.value || band_used(r, bd.s))
        return IX_OK;
    terms tl;
    size_t te;
    if (!named_tail(r, bd.e, &tl, &te))
        return IX_OK;
    span2 cue = grp(r, P_ELLIPTIC, m, G_CUE);
    int rc = bad_context(r, cue.s, bd.s, bd.e);
    if (!rc)
        rc = hypothetical(r, cue.s);
    if (rc)
        return rc < 0 ? rc : use_band(r, bd.s);
    scope sc;
    memset(&sc, 0, sizeof sc);
    sc.dom = tl;
    sc.subject = ix_subjects_about(r->doc, cue.s);
    sc.start = cue.s;
    if ((rc = use_band(r, bd.s)))
        return rc;
    return emit(r, &sc, &bd, patterns[P_ELLIPTIC].name, cue.s, te, r->heading ? 0 : SC_BODY);
}

/* The start of the clause a subordinator opens in s[a..b): after the last
 * "after", "when", "since", ... ("The chief spoke after the trust's rating
 * was downgraded" -> "the trust's rating"), or a when there is none. */
static size_t after_subordinator(const char *s, size_t a, size_t b)
{
    static const char *const subs[] = {"after", "when", "since", "because", "once", "following",
                                       "until", "as", "where", "now", "that", NULL};
    size_t c = a, p = a, ws, we;
    while (first_word(s, p, b, &ws, &we)) {
        if (word_in(s, ws, we, subs))
            c = we;
        p = we;
    }
    while (c < b && is_space(s[c]))
        c++;
    return c;
}

/* What moved: the object when the verb has one before "from" ("downgraded
 * the rating for Fernlea House from ...", "raised the CRC's rating from
 * ..."), else the clause before the verb, or its last subordinate clause
 * ("... after the trust's overall rating was downgraded").  The result of
 * classify: 1 with *sc set, 0 when nothing there is rated, or an error. */
static int changed_target(run *r, span2 cue, span2 obj, size_t *ts, size_t *te, scope *sc)
{
    const char *s = r->doc->norm;
    if (has(obj)) {
        *ts = obj.s;
        *te = strip_target_end(s, obj.s, obj.e);
        return classify(r, *ts, *te, sc);
    }
    *ts = clause_start(r, cue.s);
    *te = strip_target_end(s, *ts, cue.s);
    int rc = classify(r, *ts, *te, sc);
    if (rc != 0)
        return rc;
    size_t sub = after_subordinator(s, *ts, *te);
    if (sub == *ts || sub >= *te)
        return 0;
    *ts = sub;
    return classify(r, *ts, *te, sc);
}

/* "The home has now been upgraded to good": the band it moved to. */
static int on_changed(run *r, const ix_rxm *m)
{
    const char *s = r->doc->norm;
    band bd = read_band(r, P_CHANGED, m);
    if (!bd.value || band_used(r, bd.s))
        return IX_OK;
    if (!bare_label_ok(r, &bd, 0, 1, 0))
        return IX_OK;
    span2 cue = grp(r, P_CHANGED, m, G_CUE), obj = grp(r, P_CHANGED, m, G_T);
    size_t ts, te;
    scope sc;
    int rc = changed_target(r, cue, obj, &ts, &te, &sc);
    if (rc <= 0)
        return rc;
    /* the earlier band is part of the statement: only earlier
     * inspections and hypotheticals are checked */
    rc = earlier(r, back_off(s, ts, r->sa, 120), cue.s);
    if (!rc)
        rc = hypothetical(r, cue.s);
    /* "moved from good to be rated as inadequate in safe": the domains
     * named after the band are what moved */
    terms tail;
    size_t ne = bd.e, tend;
    if (!rc && sc.overall && for_tail(r, bd.e, &tail, &tend)) {
        sc.overall = 0;
        sc.dom = tail;
        ne = tend;
    }
    if (!rc && sc.overall)
        rc = part_only(r, bd.e);
    /* every band of the statement is read */
    for (size_t p = cue.s; p < bd.s; p++)
        if (!rc && ix_scales_band_at(r->scale, s, p, bd.s, NULL) && (rc = use_band(r, p)) < 0)
            return rc;
    if (rc)
        return rc < 0 ? rc : use_band(r, bd.s);
    if ((rc = use_band(r, bd.s)))
        return rc;
    int score = score_of(r);
    if ((rc = emit(r, &sc, &bd, "ratings.changed", sc.start, ne, score)))
        return rc;
    size_t last = ne;
    return as_was(r, bd.e, &sc, &bd, "ratings.changed", score, sc.start, &last);
}

enum { TABLE_QA_MAX = 120 };

/* "Leadership: Good", "Overall rating: 'Requires improvement'" */
static int table_row(run *r)
{
    const char *s = r->doc->norm;
    ix_rxm m;
    /* a row separates its name from its band by one of these */
    int rc = holds_byte_of(s, r->sa, r->sb, ":-=|?") ? rx_in(r, R_TABLE, r->sa, r->sb, &m) : 0;
    size_t q = r->sa;
    while (q > 0 && is_space(s[q - 1]))
        q--;
    if (rc == 0 && q > 0 && s[q - 1] == '?') {
        /* "Is the service safe? Good": the answer, a sentence of its own,
         * after the question on one short line */
        size_t bi = ix_doc_block_at(r->doc, r->sa);
        if (bi != (size_t)-1) {
            size_t bs = r->doc->blocks.items[bi].text.start;
            if (bs < q && r->sb - bs <= TABLE_QA_MAX)
                rc = rx_in(r, R_TABLE, bs, r->sb, &m);
        }
    }
    if (rc <= 0)
        return rc;
    band bd = read_band(r, R_TABLE, &m);
    if (!bd.value)
        return IX_OK;
    if (band_used(r, bd.s))
        return IX_OK;
    span2 t = grp(r, R_TABLE, &m, G_T);
    size_t a = t.s, b = t.e;
    trim(s, &a, &b);
    scope sc;
    memset(&sc, 0, sizeof sc);
    int subj = -1;
    if (overall_label(s, a, b)) {
        sc.overall = 1;
    } else if ((rc = subject_np(r, a, b, 0, &subj)) > 0 && subj >= 0) {
        /* "Exmoor PDU: Requires improvement" */
        sc.overall = 1;
    } else if (rc < 0) {
        return rc;
    } else if (parse_terms(r, a, b, &sc.dom) == 0) {
        /* a row the lexicon does not know: "Work with victims: Good" (not
         * with a comment after a dash: "Update: good - ..." is prose) */
        if (has(grp(r, R_TABLE, &m, G_LIST)))
            return IX_OK;
        size_t d = skip_determiners(s, a, b);
        if (!open_words_ok(r, d, b) && !(d == a && open_words_ok(r, d, b)))
            return IX_OK;
        sc.dom.t[0].s = d;
        sc.dom.t[0].e = b;
        sc.dom.scope[0] = NULL;
        sc.dom.n = 1;
    }
    sc.subject = subj >= 0 ? subj : ix_subjects_about(r->doc, a);
    if ((rc = use_band(r, bd.s)))
        return rc;
    return emit(r, &sc, &bd, "ratings.rating_table", a, bd.e, score_of(r) | (sc.overall ? SC_OVERALL : 0));
}

/* ---- narrative judgements ---------------------------------------------- */

static int narrative(run *r)
{
    const char *s = r->doc->norm;
    ix_rxm m;
    int pat = R_NARR_CUE;
    if (!may_match(r, R_NARR_CUE, r->sa, r->sb))
        return IX_OK;       /* no judgement: neither pattern can match */
    int rc = ix_rx_find(r->rx[R_NARR_CUE], s, r->sa, r->sb, &m, r->err);
    if (rc < 0)
        return rc;
    if (rc == 0) {
        pat = R_NARR_OVERALL;
        rc = ix_rx_find(r->rx[R_NARR_OVERALL], s, r->sa, r->sb, &m, r->err);
        if (rc <= 0)
            return rc;
    }
    span2 t = grp(r, pat, &m, G_T), n = grp(r, pat, &m, G_N);
    size_t ta = t.s, tb = t.e;
    trim(s, &ta, &tb);
    if (pat == R_NARR_OVERALL && !has(grp(r, pat, &m, G_OV3)) &&
        ix_keywords_find(r->doc, ta, tb, "overall") == (size_t)-1)
        return IX_OK;
    ix_rxm tm;
    rc = rx_in(r, R_NARR_TARGET, ta, tb, &tm);
    if (rc <= 0)
        return rc;
    int subject = -1;
    span2 own = grp(r, R_NARR_TARGET, &tm, G_OWN);
    if (!has(own))
        own = grp(r, R_NARR_TARGET, &tm, G_OWN2);
    if (has(own)) {
        /* "the work of the police": not the subject's */
        rc = is_subject_np(r, own.s, own.e, 1, &subject);
        if (rc <= 0)
            return rc;
        if (subject < 0) {
            size_t at = 0;
            subject = ix_subjects_named_in(r->doc, own.s, own.e, &at);
        }
    }
    if (subject < 0)
        subject = ix_subjects_about(r->doc, r->sa);
    size_t ns = has(grp(r, pat, &m, G_CUE)) ? grp(r, pat, &m, G_CUE).s : ta;
    rc = earlier(r, r->sa, m.g[0].end);
    if (rc)
        return rc < 0 ? rc : IX_OK;
    rc = hypothetical(r, ta);
    if (rc)
        return rc < 0 ? rc : IX_OK;
    /* value: the phrase, lower case, words joined by '_' */
    char *v = ix_scan_copy_lower(r->doc, n.s, n.e);
    if (!v)
        return ix_err_set(r->err, IX_ENOMEM, "ratings: out of memory");
    for (char *p = v; *p; p++)
        if (*p == ' ')
            *p = '_';
    int score = score_of(r) | SC_OVERALL;
    if (ix_keywords_find(r->doc, ta, tb, "quality") != (size_t)-1)
        score |= SC_QUALITY;
    size_t ne = has(grp(r, pat, &m, G_OV3)) ? grp(r, pat, &m, G_OV3).e : n.e;
    return add_cand(r, subject, "overall", v, "narrative", "ratings.narrative_overall", ns, ne, score);
}

/* ---- driving ----------------------------------------------------------- */

/* The most words a match of construction p has before its band label (0:
 * no bound): "is 'Good'" (headline), "continues to be also 'Good'"
 * (copula), "an overall 'Good' rating" (given_rating), ", and was also
 * found to be as 'Good'" (elliptic), "an overall inspection rating for
 * Exmoor Vale Youth Offending Service remains as 'Good'" (rating_of). */
static const int words_before_label[NPATTERNS] = {
    [P_PREDICATE] = 1, [P_COPULA] = 4, [P_GIVEN] = 2, [P_ELLIPTIC] = 7, [P_RATING_OF] = 12,
};

/* Where a match can start that has at most n words (and the blanks after
 * each) before norm offset at, never before lo.  A byte beyond ASCII is
 * passed over as a blank or as part of a word, whichever reaches further
 * back (a Unicode space, a letter such as the long s). */
static size_t words_back(const char *s, size_t lo, size_t at, int n)
{
    size_t i = at;
    for (int k = 0; k < n; k++) {
        while (i > lo && (is_space(s[i - 1]) || (unsigned char)s[i - 1] >= 0x80))
            i--;
        while (i > lo && !is_space(s[i - 1]))
            i--;
    }
    return i;
}

/* Words that make a sentence worth reading for a band besides the band
 * words themselves: "the lowest possible rating", "in the top two". */
static const char *const extremes[] = {"lowest", "highest", "worst", "best", "top ", "bottom", NULL};

/* Stems that make a first sentence worth reading for a narrative overall
 * judgement: "Overall, the work was poor", "on the whole", "in short". */
static const char *const overall_cues[] = {"overall", "general", "whole", "in short", "in sum", NULL};

/* Small words tested inside a phrase: a qualifier in a list item ("in",
 * "at", "by"), a narrative's scope ("quality"), a score (" of "). */
static const char *const probes[] = {"in", "at", "by", "quality", " of ", NULL};

/* A score counts itself: "scoring one out of a possible 27 points". */
static const char *const score_words[] = {"scor", "point", NULL};

/* Words asked about only one by one ("out of" by a cursor of the main
 * loop, "possible" after a cue): indexed, so neither is read byte by byte
 * to the end of the document. */
static const char *const asked_words[] = {"out of", "possible", NULL};

const char *const *const ix_ratings_keywords[] = {
    extremes, overall_cues, probes, score_words, rating_of_stems, given_stems, active_stems,
    passive_stems, described_stems, changed_stems, elliptic_stems, earlier_stems, frame_stems,
    judgement_stems, was_stems, scale_stems, asked_words, passive_leads, copula_leads,
    changed_leads, NULL
};

/* "achieved one out of four stars (poor) in terms of protecting the
 * public, and two out of four stars (unsatisfactory) for three inspection
 * areas: ...": each score's band in brackets rates the areas named after
 * it, and the score is theirs.  Before the framework had bands the word
 * is read on the narrative scale; a score without areas after it is no
 * rating here (the overall score is read by `scores`). */
static int scored_bands(run *r)
{
    const char *s = r->doc->norm;
    int banded = strcmp(r->scale->name, "narrative") != 0 &&
                 (!r->tab->banded_from || ref_year(r) >= r->tab->banded_from);
    const ix_scale *scale = banded ? r->scale : ix_scales_narrative();
    size_t pos = r->sa;
    ix_rxm m;
    for (;;) {
        int rc = ix_rx_find(r->rx[R_SCORED], s, pos, r->sb, &m, r->err);
        if (rc <= 0)
            return rc;
        pos = m.g[0].end;
        span2 p = grp(r, R_SCORED, &m, G_P), of = grp(r, R_SCORED, &m, G_OF), n = grp(r, R_SCORED, &m, G_N);
        int points = count_at(s, p.s, p.e), total = count_at(s, of.s, of.e);
        size_t ve;
        const char *value = ix_scales_band_at(scale, s, n.s, n.e, &ve);
        if (!value || ve != n.e || points < 0 || total <= 0 || points > total || band_used(r, n.s))
            continue;
        terms tail;
        size_t tend;
        if (!for_tail(r, m.g[0].end, &tail, &tend))
            continue;
        if ((rc = use_band(r, n.s)))
            return rc < 0 ? rc : IX_OK;
        rc = earlier(r, r->sa, m.g[0].start);
        if (!rc)
            rc = hypothetical(r, m.g[0].start);
        if (rc)
            return rc < 0 ? rc : IX_OK;
        scope sc;
        memset(&sc, 0, sizeof sc);
        sc.subject = ix_subjects_about(r->doc, r->sa);
        sc.dom = tail;
        band bd;
        memset(&bd, 0, sizeof bd);
        bd.value = value;
        bd.s = n.s;
        bd.e = n.e;
        size_t first = r->cands.n;
        if ((rc = emit(r, &sc, &bd, "ratings.scored", p.s, tend, score_of(r))))
            return rc;
        for (size_t k = first; k < r->cands.n; k++) {
            r->cands.items[k].scale = scale->name;
            r->cands.items[k].points = points;
            r->cands.items[k].of = total;
        }
        pos = tend > pos ? tend : pos;
    }
}

/* "gave the service an overall rating of 'poor'": an overall judgement in
 * a word of the narrative scale that is no band of the document's scale
 * (a band of it is read by ratings.overall_rating_of). */
static int narrative_rating(run *r)
{
    const char *s = r->doc->norm;
    ix_rxm m;
    int rc = ix_rx_find(r->rx[R_NARR_RATING], s, r->sa, r->sb, &m, r->err);
    if (rc <= 0)
        return rc;
    span2 n = grp(r, R_NARR_RATING, &m, G_N), cue = grp(r, R_NARR_RATING, &m, G_CUE);
    size_t ve;
    const char *value = ix_scales_band_at(ix_scales_narrative(), s, n.s, n.e, &ve);
    if (!value || ve != n.e || ix_scales_band_at(r->scale, s, n.s, n.e, NULL))
        return IX_OK;
    rc = bad_context(r, cue.s, n.s, n.e);
    if (!rc)
        rc = earlier(r, r->sa, m.g[0].end);
    if (!rc)
        rc = hypothetical(r, cue.s);
    if (rc)
        return rc < 0 ? rc : IX_OK;
    return add_cand(r, ix_subjects_about(r->doc, cue.s), "overall", value, "narrative",
                    "ratings.narrative_rating", cue.s, m.g[0].end, score_of(r) | SC_OVERALL);
}

/* The cursors of the main loop: the last word of each band spelling of the
 * document's scale (once each) and the words of extremes, "overall", "out
 * of".  Returns IX_OK or IX_ENOMEM. */
static int make_cursors(run *r)
{
    static const char *const overall[] = {"overall", NULL}, *const out_of[] = {"out of", NULL};
    size_t n = 0, cap = 1;
    for (const ix_band_spelling *w = r->scale->bands; w->words; w++)
        cap++;
    for (size_t k = 0; extremes[k]; k++)
        cap++;
    const char **words = ix_arena_alloc(r->doc->arena, cap * sizeof *words);
    if (!words)
        return ix_err_set(r->err, IX_ENOMEM, "ratings: out of memory");
    for (const ix_band_spelling *w = r->scale->bands; w->words; w++) {
        const char *last = strrchr(w->words, ' ');
        const char *word = last ? last + 1 : w->words;
        size_t k = 0;
        while (k < n && strcmp(words[k], word) != 0)
            k++;
        if (k == n)
            words[n++] = word;
    }
    for (size_t k = 0; extremes[k]; k++)
        words[n++] = extremes[k];
    words[n] = NULL;
    r->band_words = ix_keywords_cursors(r->doc, words);
    r->overall = ix_keywords_cursors(r->doc, overall);
    r->out_of = ix_keywords_cursors(r->doc, out_of);
    if (!r->band_words || !r->overall || !r->out_of)
        return ix_err_set(r->err, IX_ENOMEM, "ratings: out of memory");
    return IX_OK;
}

/* ---- the fallback: one band and one domain in a clause --------------- */

/* Words right before a bare band that make it a label: "rated good",
 * "judged as inadequate".  Extend here. */
static const char *const LABEL_CUES[] = {"rated", "judged", "graded", "assessed", "as", NULL};

/* Is the band at [bd->s, bd->e) written as a label: quoted, capitalised
 * (not as the first word of the sentence) or right after a word of
 * LABEL_CUES? */
static int labelled_band(const run *r, const band *bd)
{
    const char *s = r->doc->norm;
    size_t ws, we;
    if (bd->quoted)
        return 1;
    int first = !last_word(s, r->sa, bd->s, &ws, &we);
    if (bd->cap && !first && !r->heading)
        return 1;
    return !first && word_in(s, ws, we, LABEL_CUES);
}

/* Does a candidate read since index `since` lie in [ca, cb)? */
static int clause_rated(const run *r, size_t since, size_t ca, size_t cb)
{
    for (size_t i = since; i < r->cands.n; i++)
        if (r->cands.items[i].ns < cb && r->cands.items[i].ne > ca)
            return 1;
    return 0;
}

/* Words before a band that make it one the domain had, not has: "up from
 * 'Good'", "no longer rated good".  Extend here. */
static const char *const FORMER_CUES[] = {"from", "longer", "formerly", "previously", "once", NULL};

/* Is a word of FORMER_CUES among the two words before the band at bs
 * (within the clause from ca)? */
static int former_band(const run *r, size_t ca, size_t bs)
{
    const char *s = r->doc->norm;
    size_t b = bs, ws, we;
    for (int k = 0; k < 3 && last_word(s, ca, b, &ws, &we); k++, b = ws)
        if (word_in(s, ws, we, FORMER_CUES))
            return 1;
    return 0;
}

/* Does the sentence before bs name more than one body, or another one
 * (R_PLURAL): "Two providers rated 'Good' for ...", "a minority of wards
 * were rated ..."?  Then it rates no area of the subject. */
static int plural_bodies(run *r, size_t bs)
{
    ix_rxm m;
    return ix_rx_find(r->rx[R_PLURAL], r->doc->norm, r->sa, bs, &m, r->err);
}

/* Prepositions that join a band to the domain after it: "rated 'Good'
 * for leadership", "'good' at protecting the public".  Extend here. */
static const char *const DOMAIN_PREPS[] = {"for", "at", "in", "on", "in respect of", "in terms of",
                                            "with regard to", "with respect to", "when it comes to",
                                            "as regards", "as to", NULL};
/* Words of a clause that compare: "rated good for safety more often than
 * ...".  Extend here. */
static const char *const OTHER_CUES[] = {"than", NULL};

/* Is a word of list in s[a..b)? */
static int word_in_span(const char *s, size_t a, size_t b, const char *const *list)
{
    size_t ws, we;
    for (size_t i = a; i < b; i++) {
        if (!is_word_byte((unsigned char)s[i]) || !first_word(s, i, b, &ws, &we))
            continue;
        if (word_in(s, ws, we, list))
            return 1;
        i = we;
    }
    return 0;
}

/* After the band at e, does the domain at ds follow one preposition of
 * DOMAIN_PREPS (and determiners): "'Good' for its leadership", never
 * "'Good', with leadership" or "Inadequate when it comes to finding
 * people"? */
static int domain_after(const run *r, size_t e, size_t ds)
{
    const char *s = r->doc->norm;
    while (e < ds && (s[e] == '\'' || s[e] == '"'))
        e++;
    while (e < ds && is_space(s[e]))
        e++;
    for (size_t k = 0; DOMAIN_PREPS[k]; k++) {
        size_t pe = term_at(s, e, ds, DOMAIN_PREPS[k]);
        if (pe && skip_determiners(s, pe + (pe < ds), ds) == ds)
            return 1;
    }
    return 0;
}

/* A band before "at" rates a skill, not the domain before it: "staff
 * were 'good' at building relationships". */
static int skill_after(const run *r, size_t e)
{
    const char *s = r->doc->norm;
    size_t ws, we;
    return first_word(s, e, r->sb, &ws, &we) && ix_scan_ieq(s, ws, we, "at");
}

/* The one domain name of the framework in s[ca..cb) outside [bs, be), as
 * [*ds, *de) with *name; 0 when there is none or more than one. */
static int one_domain(const run *r, size_t ca, size_t cb, size_t bs, size_t be, size_t *ds,
                      size_t *de, const char **name)
{
    const char *s = r->doc->norm;
    int n = 0;
    for (size_t i = ca; i < cb;) {
        const char *sc = NULL;
        size_t e = is_word_byte((unsigned char)s[i]) ? domain_at(r, ca, i, cb, &sc) : 0;
        if (!e) {
            i++;
            continue;
        }
        if (!(e <= bs || i >= be)) {
            i = e;
            continue;
        }
        if (++n > 1)
            return 0;
        *ds = i;
        *de = e;
        *name = sc;
        i = e;
    }
    return n == 1;
}

/* ratings.near_domain: a clause (between semicolons or the sentence's
 * ends) that holds one band written as a label and one domain name of the
 * framework, and that no other rule rated, rates that domain ("Work with
 * victims, inspectors said, was 'Good'"), unless the clause is an earlier
 * inspection, hypothetical or negated, rated by others or the scale
 * explained.  since: the first candidate of this sentence. */
static int near_domain_clause(run *r, size_t since, size_t ca, size_t cb)
{
    const char *s = r->doc->norm;
    ix_rxm m;
    band bd = {0};
    int n = 0;
    for (size_t pos = ca; pos < cb;) {
        int rc = ix_rx_find(r->rx[R_BAND], s, pos, cb, &m, r->err);
        if (rc < 0)
            return rc;
        if (rc == 0)
            break;
        band b = read_band(r, R_BAND, &m);
        if (b.value) {
            bd = b;
            n += labelled_band(r, &b) ? 1 : 2;
        }
        pos = align_fwd(s, m.g[0].end > m.g[0].start ? m.g[0].end : m.g[0].start + 1, cb);
    }
    /* one band in the clause, and written as a label */
    if (n != 1 || clause_rated(r, since, ca, cb))
        return IX_OK;
    size_t ds = 0, de = 0;
    const char *name = NULL;
    if (!bare_band_ends(r, bd.e) || !one_domain(r, ca, cb, bd.s, bd.e, &ds, &de, &name))
        return IX_OK;
    if (ds > bd.e ? !domain_after(r, bd.e, ds) : skill_after(r, bd.e))
        return IX_OK;
    /* "probation services rated 'Good'": a body named, no area of it; an
     * overall rating said */
    if (any_body_noun(r, ds, de) || ix_keywords_contains(r->doc, ca, cb, "overall", 0))
        return IX_OK;
    if (!name && !(name = ix_scan_copy_lower(r->doc, ds, de)))
        return ix_err_set(r->err, IX_ENOMEM, "ratings: out of memory");
    if (hypothetical(r, bd.s) || former_band(r, ca, bd.s) || rated_by_other(r, bd.e) ||
        other_rater(r, ca, bd.s) || word_in_span(s, ca, cb, OTHER_CUES))
        return IX_OK;
    int rc = plural_bodies(r, bd.s);
    if (!rc)
        rc = bad_context(r, ds < bd.s ? ds : bd.s, bd.s, bd.e);
    if (rc)
        return rc < 0 ? rc : IX_OK;
    size_t ns = ds < bd.s ? ds : bd.s, ne = de > bd.e ? de : bd.e;
    return add_cand(r, ix_subjects_about(r->doc, ns), name, bd.value, r->scale->name,
                    "ratings.near_domain", ns, ne, -1);
}

/* A dash between spaces at s[i] (" - ", an en or em dash): an aside or
 * a comment follows. */
static int dash_at(const char *s, size_t i, size_t end)
{
    if (i == 0 || s[i - 1] != ' ')
        return 0;
    if (s[i] == '-' && i + 1 < end && s[i + 1] == ' ')
        return 1;
    return i + 3 < end && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
           ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94) && s[i + 3] == ' ';
}

/* Each clause of the sentence, cut at semicolons and spaced dashes. */
static int near_domain(run *r, size_t since)
{
    const char *s = r->doc->norm;
    size_t ca = r->sa;
    for (size_t i = r->sa; i <= r->sb; i++) {
        if (i < r->sb && s[i] != ';' && !dash_at(s, i, r->sb))
            continue;
        int rc = near_domain_clause(r, since, ca, i);
        if (rc < 0)
            return rc;
        ca = i + 1;
    }
    return IX_OK;
}

/* A count of the framework's parts given one band, with the parts
 * listed (R_AREAS_GIVEN, R_AREAS_RATED): one domain rating a part, for the
 * body the sentence is about. */
static int counted_areas(run *r)
{
    static const int pats[] = {R_AREAS_GIVEN, R_AREAS_RATED};
    /* both patterns need a verb of rating besides the part's noun (gate) */
    static const char *const verbs[] = {"rated", "judged", "graded", "assessed", "found", "deemed",
                                        "singled", "classed", "identified", NULL};
    if (!ix_keywords_contains_any(r->doc, r->sa, r->sb, verbs))
        return IX_OK;
    for (size_t p = 0; p < sizeof pats / sizeof pats[0]; p++) {
        ix_rxm m;
        int rc = rx_in(r, pats[p], r->sa, r->sb, &m);
        if (rc <= 0) {
            if (rc < 0)
                return rc;
            continue;
        }
        band bd = read_band(r, pats[p], &m);
        if (!bd.value || band_used(r, bd.s))
            continue;
        span2 l = grp(r, pats[p], &m, G_LIST);
        if (!has(l))
            l = grp(r, pats[p], &m, G_T);
        if (!has(l))
            continue;
        scope sc = {0};
        sc.subject = ix_subjects_about(r->doc, r->sa);
        if (parse_terms(r, l.s, l.e, &sc.dom) == 0 && open_list(r, l.s, l.e, &sc.dom) <= 0)
            continue;
        if ((rc = hypothetical(r, m.g[0].start)) || (rc = bad_context(r, m.g[0].start, bd.s, bd.e)))
            return rc < 0 ? rc : use_band(r, bd.s);
        if ((rc = use_band(r, bd.s)) ||
            (rc = emit(r, &sc, &bd, "ratings.counted_areas", m.g[0].start, m.g[0].end, score_of(r))))
            return rc;
    }
    return IX_OK;
}

static int sentence(run *r)
{
    const char *s = r->doc->norm;
    size_t a = r->sa, b = r->sb;
    /* a word of a band of the scale, or of extremes */
    int bands = ix_keywords_cursors_any(r->doc, r->band_words, a, b);
    size_t since = r->cands.n;
    r->used.n = 0;
    const ix_block *bk = &r->doc->blocks.items[r->doc->sents.items[r->si].block];
    if (r->first && bk->kind == IX_BLOCK_BULLET && bk->first_sent == r->si) {
        int rc = bullet(r);
        if (rc < 0)
            return rc;
    }
    if (bands) {
        int rc0 = counted_areas(r);
        if (rc0 < 0)
            return rc0;
        if (r->first && b - a < 400) {
            int rc = table_row(r);
            if (rc < 0)
                return rc;
        }
        if (r->first && b - a < 60) {
            int rc = band_under_heading(r);
            if (rc < 0)
                return rc;
        }
        if (memchr(s + a, ':', b - a) || memchr(s + a, '?', b - a) || memchr(s + a, '-', b - a)) {
            int rc = inline_pairs(r);
            if (rc < 0)
                return rc;
        }

        ix_rxm m;
        int label = ix_rx_find(r->rx[R_BAND], s, a, b, &m, r->err);
        if (label < 0)
            return label;
        size_t first_label = label ? m.g[0].start : b;
        for (int p = 0; p < NPATTERNS; p++) {
            if (!label && p != P_DESCRIBED)
                continue;               /* every other construction holds a label */
            if (!may_match(r, p, a, b))
                continue;
            /* a construction with few words before its label starts no
             * further back than those words before the first label */
            size_t pos = words_before_label[p] ? words_back(s, a, first_label, words_before_label[p]) : a;
            while (pos < b) {
                int rc = construction_find(r, p, pos, b, &m);
                if (rc < 0)
                    return rc;
                if (rc == 0)
                    break;
                switch (p) {
                case P_RATING_OF:
                case P_GIVEN:
                case P_GRADE_GIVEN:
                case P_DESCRIBED: rc = on_rating_noun(r, p, &m); break;
                case P_ACTIVE: rc = on_active(r, &m); break;
                case P_PASSIVE: rc = on_passive(r, &m); break;
                case P_COPULA: rc = on_copula(r, &m); break;
                case P_CHANGED: rc = on_changed(r, &m); break;
                case P_ELLIPTIC: rc = on_elliptic(r, &m); break;
                default: rc = on_predicate(r, &m); break;
                }
                if (rc < 0)
                    return rc;
                /* Resume just after the start of the match: constructions
                 * overlap ("found staff were keen and rated unpaid work as
                 * 'Good'" holds a false start at 'found'); a band once
                 * read is not read again. */
                pos = align_fwd(s, m.g[0].start + 1, b);
            }
        }
    }
    if (strcmp(r->scale->name, "narrative") != 0 && ix_keywords_cursors_any(r->doc, r->overall, a, b) &&
        ix_keywords_contains_any(r->doc, a, b, rating_of_stems)) {
        int rc = narrative_rating(r);
        if (rc < 0)
            return rc;
    }
    if (ix_keywords_cursors_any(r->doc, r->out_of, a, b)) {
        int rc = scored_bands(r);
        if (rc < 0)
            return rc;
    }
    if (bands && r->tab->domains) {
        int rc = near_domain(r, since);
        if (rc < 0)
            return rc;
    }
    if (r->first &&
        ix_keywords_contains_any(r->doc, a, b, overall_cues))
        return narrative(r);
    return IX_OK;
}

/* ---- the framework's own names ---------------------------------------- */

/* Words a name may add or drop without naming another area. */
static const char *const name_glue[] = {"the", "a", "an", "of", "that", "is", "was", "are",
                                        "were", "to", "and", "its", "their", NULL};

/* The next word of s[*i..end) that is not glue, as [*ws, *we); 0 at the
 * end. */
static int next_content_word(const char *s, size_t *i, size_t end, size_t *ws, size_t *we)
{
    for (;;) {
        while (*i < end && !isalpha((unsigned char)s[*i]))
            (*i)++;
        if (*i >= end)
            return 0;
        *ws = *i;
        while (*i < end && (isalpha((unsigned char)s[*i]) || s[*i] == '\''))
            (*i)++;
        *we = *i;
        if (!word_in(s, *ws, *we, name_glue))
            return 1;
    }
}

/* One word two ways ("reduce", "reducing"; "served"): the same letters up
 * to the shorter word's end or the fifth letter. */
static int same_stem(const char *a, size_t al, const char *b, size_t bl)
{
    size_t k = al < bl ? al : bl, need = k < 5 ? k : 5;
    if ((al < 5 || bl < 5) && al != bl)
        return 0;
    for (size_t i = 0; i < need; i++)
        if (ix_scan_lower((unsigned char)a[i]) != ix_scan_lower((unsigned char)b[i]))
            return 0;
    return 1;
}

/* Is every content word of name (a C string) a word of norm[a..b)? */
static int words_within_item(const char *name, const char *s, size_t a, size_t b)
{
    size_t i = 0, n = strlen(name), ws, we, any = 0;
    while (next_content_word(name, &i, n, &ws, &we)) {
        size_t j = a, vs, ve;
        int found = 0;
        while (!found && next_content_word(s, &j, b, &vs, &ve))
            found = same_stem(name + ws, we - ws, s + vs, ve - vs);
        if (!found)
            return 0;
        any = 1;
    }
    return (int)any;
}

/* The items of the framework's list at norm[a..b) ("reducing offending,
 * protecting children and young people and governance"): split at commas,
 * the last item at its first "and" (an "and" inside an earlier item is
 * part of its name); articles dropped; at most cap. */
static size_t frame_items(const char *s, size_t a, size_t b, span2 *out, size_t cap)
{
    size_t n = 0, i = a;
    while (i < b && n + 1 < cap) {
        size_t e = i;
        while (e < b && s[e] != ',')
            e++;
        if (e == b && n > 0)            /* the last item: "X and Y" */
            for (size_t k = i + 1; k + 4 < b; k++)
                if (is_space(s[k - 1]) && term_at(s, k, b, "and")) {
                    e = k;
                    break;
                }
        size_t x = i, y = e;
        trim(s, &x, &y);
        if (term_at(s, x, y, "and"))
            x += 3;
        trim(s, &x, &y);
        x = past_area_head(s, skip_determiners(s, x, y), y);
        if (y > x)
            out[n++] = (span2){x, y};
        i = e < b && s[e] == ',' ? e + 1 : e < b ? e + 3 : b;
    }
    return n;
}

/* A domain scope the text's own list of the framework's areas names more
 * fully ("reducing reoffending" read from "work to reduce reoffending was
 * good", the list naming "reducing the likelihood of reoffending") takes
 * the list's name: the one item holding every word of the scope. */
static int framework_names(run *r)
{
    const ix_doc *doc = r->doc;
    const char *s = doc->norm;
    span2 items[16];
    size_t n = 0;
    for (size_t i = 0; i < doc->sents.n && !n; i++) {
        if (!ix_scan_sent_in(doc, i, IX_IN_PROSE))
            continue;
        const ix_sent *se = &doc->sents.items[i];
        ix_rxm m;
        int rc = rx_in(r, R_FRAME_LIST, se->norm.start, se->norm.end, &m);
        if (rc < 0)
            return rc;
        if (rc > 0) {
            span2 l = grp(r, R_FRAME_LIST, &m, G_LIST);
            n = frame_items(s, l.s, l.e, items, sizeof items / sizeof items[0]);
            if (n < 2)
                n = 0;
        }
    }
    for (size_t c = 0; n && c < r->cands.n; c++) {
        cand *cd = &r->cands.items[c];
        if (strcmp(cd->scope, "overall") == 0)
            continue;
        size_t hit = n, hits = 0;
        for (size_t k = 0; k < n; k++)
            if (words_within_item(cd->scope, s, items[k].s, items[k].e)) {
                hit = k;
                hits++;
            }
        if (hits != 1)
            continue;
        const char *name = ix_scan_copy_lower(r->doc, items[hit].s, items[hit].e);
        if (!name)
            return ix_err_set(r->err, IX_ENOMEM, "ratings: out of memory");
        cd->scope = name;
    }
    return IX_OK;
}

static int cmp_key(const void *x, const void *y)
{
    const cand *a = *(const cand *const *)x, *b = *(const cand *const *)y;
    if (a->subject != b->subject)
        return a->subject < b->subject ? -1 : 1;
    int c = strcmp(a->scale, b->scale);
    if (!c)
        c = strcmp(a->scope, b->scope);
    if (c)
        return c;
    if (a->ns != b->ns)
        return a->ns < b->ns ? -1 : 1;
    return a < b ? -1 : a > b;
}

/* A fallback overall rating stands only where no other statement rates
 * any body overall. */
static void drop_weak(run *r)
{
    int strong = 0;
    for (size_t i = 0; i < r->cands.n; i++) {
        const cand *c = &r->cands.items[i];
        strong |= !c->weak && strcmp(c->scope, "overall") == 0;
    }
    for (size_t i = 0; strong && i < r->cands.n; i++)
        if (r->cands.items[i].weak && r->cands.items[i].subject < 0)
            r->cands.items[i].dropped = 1;
}

/* Keep one rating per (subject, scope, scale): the best evidence (see the
 * top of this file).  Sorting by key keeps this O(n log n). */
static int choose(run *r)
{
    size_t n = r->cands.n;
    if (!n)
        return IX_OK;
    drop_weak(r);
    cand **by = ix_arena_alloc(r->doc->arena, n * sizeof *by);
    if (!by)
        return ix_err_set(r->err, IX_ENOMEM, "ratings: out of memory");
    for (size_t i = 0; i < n; i++)
        by[i] = &r->cands.items[i];
    qsort(by, n, sizeof *by, cmp_key);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && by[j]->subject == by[i]->subject && strcmp(by[j]->scale, by[i]->scale) == 0 &&
               strcmp(by[j]->scope, by[i]->scope) == 0)
            j++;
        /* [i, j) is one key, in text order: the best score wins, the
         * earliest among equals; equals that disagree cancel out */
        size_t best = i;
        for (size_t k = i + 1; k < j; k++)
            if (by[k]->score > by[best]->score)
                best = k;
        int conflict = 0;
        for (size_t k = i; k < j; k++) {
            if (k == best)
                continue;
            if (by[k]->score == by[best]->score && strcmp(by[k]->value, by[best]->value) != 0)
                conflict = 1;
            by[k]->dropped = 1;
        }
        if (conflict)
            by[best]->dropped = 1;
        i = j;
    }
    /* a narrative overall only for a subject without a four-band one (a
     * four-band overall of no known subject rules out every narrative) */
    size_t ns = r->doc->subjects.n + 1;
    char *banded = ix_arena_zalloc(r->doc->arena, ns);
    if (!banded)
        return ix_err_set(r->err, IX_ENOMEM, "ratings: out of memory");
    int any = 0, unknown = 0;
    for (size_t i = 0; i < n; i++) {
        const cand *c = &r->cands.items[i];
        if (c->dropped || strcmp(c->scale, "narrative") == 0 || strcmp(c->scope, "overall") != 0)
            continue;
        any = 1;
        if (c->subject < 0 || (size_t)c->subject >= ns - 1)
            unknown = 1;
        else
            banded[c->subject] = 1;
    }
    for (size_t i = 0; any && i < n; i++) {
        cand *c = &r->cands.items[i];
        if (c->dropped || strcmp(c->scale, "narrative") != 0 || strcmp(c->scope, "overall") != 0)
            continue;
        if (unknown || c->subject < 0 || (size_t)c->subject >= ns - 1 || banded[c->subject])
            c->dropped = 1;
    }
    return IX_OK;
}

/* A count written in digits or words ('27', 'one', 'zero'), or -1. */
static int count_at(const char *s, size_t a, size_t b)
{
    if (ix_scan_ieq(s, a, b, "nought") || ix_scan_ieq(s, a, b, "nil") || ix_scan_ieq(s, a, b, "no"))
        return 0;
    ix_number n;
    size_t k = ix_numbers_read_bare(s, a, b, &n);
    if (k != b - a || n.value < 0 || n.value > 10000 || n.value != (int)n.value)
        return -1;
    return (int)n.value;
}

/* "scoring just one out of a possible 27 points": the points behind the
 * overall rating of the subject the sentence is about (or the only overall
 * rating). */
/* "A PDU and B PDU each scored just three points", the total stated
 * before (total): the score of the overall ratings of the subjects named
 * before the verb (or of the one the sentence is about) that have none. */
static int bare_score(run *r, const ix_sent *se, int total)
{
    const char *s = r->doc->norm;
    ix_rxm m;
    int rc = rx_in(r, R_SCORE_BARE, se->norm.start, se->norm.end, &m);
    if (rc <= 0)
        return rc;
    span2 p = grp(r, R_SCORE_BARE, &m, G_P);
    int points = count_at(s, p.s, p.e);
    if (points < 0 || points > total)
        return 0;
    int who[8], n = 0;
    size_t a = se->norm.start, ws, we;
    if (first_word(s, a, m.g[0].start, &ws, &we) && ix_scan_ieq(s, ws, we, "both"))
        a = we;
    if (r->doc->subjects.n > 1)
        n = subject_chain(r, a, m.g[0].start, who, 8);
    if (n == 0) {
        who[0] = ix_subjects_about(r->doc, m.g[0].start);
        n = 1;
    }
    for (size_t k = 0; k < r->cands.n; k++) {
        cand *c = &r->cands.items[k];
        if (c->dropped || c->of || strcmp(c->scope, "overall") != 0)
            continue;
        for (int j = 0; j < n; j++)
            if (c->subject == who[j]) {
                c->points = points;
                c->of = total;
            }
    }
    return 0;
}

enum { SCORE_WORDS = 9 };

static int scores(run *r)
{
    const ix_doc *doc = r->doc;
    const char *s = doc->norm;
    int last_total = 0;
    for (size_t i = 0; i < doc->sents.n; i++) {
        if (!ix_scan_sent_in(doc, i, IX_IN_PROSE))
            continue;
        const ix_sent *se = &doc->sents.items[i];
        if (last_total && ix_keywords_contains(doc, se->norm.start, se->norm.end, "scor", 0)) {
            int rc = bare_score(r, se, last_total);
            if (rc < 0)
                return rc;
        }
        /* a match counts only with "scor..." or "point(s)" in it */
        if ((!ix_keywords_contains(doc, se->norm.start, se->norm.end, " of ", 0) &&
             !memchr(s + se->norm.start, '/', se->norm.end - se->norm.start)) ||
            !ix_keywords_contains_any(doc, se->norm.start, se->norm.end, score_words))
            continue;
        /* a match has at most SCORE_WORDS words before an "of" or a "/"
         * ("scoring just a total of 19 inspection points out of") */
        size_t first_of = ix_scan_find_stem(s, se->norm.start, se->norm.end, "of", 0);
        const char *slash = memchr(s + se->norm.start, '/', se->norm.end - se->norm.start);
        if (slash && (size_t)(slash - s) < first_of)
            first_of = (size_t)(slash - s);
        if (first_of == (size_t)-1)
            continue;
        size_t pos = words_back(s, se->norm.start, first_of, SCORE_WORDS);
        ix_rxm m;
        for (;;) {
            int rc = ix_rx_find(r->rx[R_SCORE], s, pos, se->norm.end, &m, r->err);
            if (rc < 0)
                return rc;
            if (rc == 0)
                break;
            pos = m.g[0].end;
            span2 p = grp(r, R_SCORE, &m, G_P), of = grp(r, R_SCORE, &m, G_OF);
            int points = count_at(s, p.s, p.e), total = count_at(s, of.s, of.e);
            /* it must say it counts points, or scoring */
            if (points < 0 || total <= 0 || points > total ||
                (!has(grp(r, R_SCORE, &m, G_SV)) && !has(grp(r, R_SCORE, &m, G_PT1)) &&
                 !has(grp(r, R_SCORE, &m, G_PT2))))
                continue;
            last_total = total;
            int about = ix_subjects_about(r->doc, m.g[0].start);
            cand *best = NULL;
            int n = 0;
            for (size_t k = 0; k < r->cands.n; k++) {
                cand *c = &r->cands.items[k];
                if (c->dropped || strcmp(c->scope, "overall") != 0)
                    continue;
                n++;
                if (!best || (c->subject == about && best->subject != about))
                    best = c;
            }
            if (best && (n == 1 || best->subject == about)) {
                best->points = points;
                best->of = total;
            }
        }
    }
    return IX_OK;
}

static int cmp_pos(const void *x, const void *y)
{
    const cand *a = *(const cand *const *)x, *b = *(const cand *const *)y;
    if (a->ns != b->ns)
        return a->ns < b->ns ? -1 : 1;
    return a < b ? -1 : a > b;
}

int ix_ratings_run(const void *state, ix_doc *doc, ix_err *err)
{
    const rstate *st = state;
    if (!st)
        return ix_err_set(err, IX_EUSAGE, "ratings: not initialised");
    run r;
    memset(&r, 0, sizeof r);
    r.st = st;
    r.doc = doc;
    r.err = err;
    r.cur_band = (size_t)-1;
    /* the inspectorate's table, its patterns and its scale */
    r.tab = ix_scales_for(doc->inspectorate.name);
    size_t t = 0;
    while (t + 1 < ix_scales_ntables && ix_scales_tables[t] != r.tab)
        t++;
    int ready = table_ready(st, t, err);
    if (ready != IX_OK)
        return ready;
    r.rx = st->rx[t];
    r.at = st->at[t];
    r.g = st->g[t];
    int later_cue = r.tab->later_cue && ix_keywords_contains(doc, 0, doc->norm_len, r.tab->later_cue, 0);
    int year = ref_year(&r);
    /* no year: a band only the later scale has ("adequate") tells */
    const char *later_only = ix_scales_later_only(r.tab);
    if (year < 0 && later_only && ix_keywords_find(doc, 0, doc->norm_len, later_only) != (size_t)-1)
        year = r.tab->later_from;
    r.scale = ix_scales_pick(r.tab, year, later_cue);
    int crc = make_cursors(&r);
    if (crc != IX_OK)
        return crc;
    size_t last_block = (size_t)-1;
    int prose_blocks = 0;
    for (size_t i = 0; i < doc->sents.n; i++) {
        if (!ix_scan_sent_in(doc, i, IX_IN_PROSE))
            continue;
        const ix_sent *se = &doc->sents.items[i];
        r.heading = doc->blocks.items[se->block].kind == IX_BLOCK_HEADING;
        /* the lead: the headings at the top (headline, byline, date line)
         * and the first three paragraphs */
        if (se->block != last_block) {
            last_block = se->block;
            prose_blocks += !r.heading;
        }
        r.lead = prose_blocks <= 3;
        r.si = i;
        /* A sentence is read in windows of at most WINDOW bytes cut at a
         * space, so that a pathological 10 MB "sentence" costs linear time
         * (every look-back and the per-window bookkeeping stay bounded). */
        size_t a = se->norm.start, end = se->norm.end;
        r.first = 1;
        while (a < end) {
            size_t b = end;
            if (b - a > WINDOW) {
                b = a + WINDOW;
                size_t cut = b;
                while (cut > a + WINDOW / 2 && !is_space(doc->norm[cut - 1]))
                    cut--;
                b = cut > a + WINDOW / 2 ? cut : align_fwd(doc->norm, b, end);
            }
            r.sa = a;
            r.sb = b;
            int rc = sentence(&r);
            if (rc < 0)
                return rc;
            r.first = 0;
            a = b;
        }
    }
    int rc = framework_names(&r);
    if (rc < 0)
        return rc;
    if ((rc = choose(&r)) < 0)
        return rc;
    if ((rc = scores(&r)) < 0)
        return rc;
    size_t keep = 0;
    for (size_t i = 0; i < r.cands.n; i++)
        keep += !r.cands.items[i].dropped;
    if (!keep)
        return IX_OK;
    const cand **order = ix_arena_alloc(doc->arena, keep * sizeof *order);
    if (!order)
        return ix_err_set(err, IX_ENOMEM, "ratings: out of memory");
    size_t k = 0;
    for (size_t i = 0; i < r.cands.n; i++)
        if (!r.cands.items[i].dropped)
            order[k++] = &r.cands.items[i];
    qsort(order, keep, sizeof *order, cmp_pos);
    for (size_t i = 0; i < keep; i++) {
        const cand *c = order[i];
        ix_rating *f = IX_VEC_PUSH(doc->arena, doc->ratings);
        if (!f)
            return ix_err_set(err, IX_ENOMEM, "ratings: out of memory");
        f->subject = c->subject >= 0 && (size_t)c->subject < doc->subjects.n
                         ? doc->subjects.items[c->subject].id : NULL;
        f->scope = c->scope;
        f->value = c->value;
        f->scale = c->scale;
        f->points = c->points;
        f->of = c->of;
        f->text = NULL;
        f->rule = c->rule;
        ix_scan_evidence(doc, c->ns, c->ne, &f->span, &f->norm);
    }
    return IX_OK;
}
