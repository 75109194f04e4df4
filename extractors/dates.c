#include "extractors/dates.h"

#include <stdlib.h>
#include <string.h>

#include "extractors/dates_parse.h"
#include "extractors/keywords.h"
#include "extractors/quotes_lex.h"
#include "extractors/scan.h"

/* How it works.  Every sentence of the body, findings and notes is scanned
 * with the date reader (extractors/dates_parse.h).  Each date found is given
 * a role by the cues below, tried in order: the first whose patterns all
 * match wins; with none, a date joined to the previous date of its sentence
 * by 'and' or a comma shares its role ('in May 2019 and June 2019'), and
 * otherwise it is `other`.  A cue looks only at a bounded window around the
 * date (never past the previous date of the sentence on the left), so the
 * scan stays linear however long a sentence is.
 *
 * Precision over recall: a wrong role costs as much as a miss, so each cue
 * needs words that name the event ('fieldwork ... took place in', 'as at'
 * next to a caseload, 'we last inspected'), not just a nearby keyword. */

/* ---- the cues -------------------------------------------------------- */

/* Where a cue's `left` pattern is matched:
 *   LEFT   text before the date, back to the previous date of the sentence
 *          or 240 bytes; the pattern ends with \z (at the date).
 *   LEAD   text from the start of the sentence to the date (\G...\z): the
 *          date opens the sentence.
 *   HEAD   text from the start of the block to the date, in a short block
 *          (a byline or a dateline line).
 *   TOP    as HEAD, in a block above the story's first long paragraph
 *          (a page's date line under or over its headline).
 *   STORY  as LEAD, the date opening the story's first long paragraph (a
 *          news wire's dateline).
 *   LINE   the date alone on its line (its block holds nothing else),
 *          anywhere in the body; `right` is matched on from the date's end
 *          across the following lines.
 *   STAMP  as LINE, a day with a time of day attached (a time stamp). */
enum { LEFT, LEAD, HEAD, TOP, STORY, LINE, STAMP };

/* Text between a cue and its date: no full stop, and no word that starts a
 * clause about something else ('which', 'since', 'compared', ...).  A line
 * break may stand in it: the segmenter joins a line to the one above only
 * when that one was wrapped mid-sentence (a PDF or email copy). */
/* After a fieldwork verb ('was inspected', 'took place', 'carried out its
 * fieldwork') GAP runs unbounded ("*?") to the date: the LEFT window (240
 * bytes, never past the previous date) bounds it, and the words it may not
 * cross are the condition ("was inspected by X under its new framework in
 * May 2021"). */
#define GAP "(?:(?!\\b(?:which|who|whose|since|after|before|while|although|but|because|compared|previous|previously|last|next|earlier|prior|until|when)\\b)[^.;:!?])"
/* As GAP, but a parenthetical ", which is run by X," may stand between the
 * verb and the date ("Inspectors visited the CRC, which is run by X, in May"). */
#define CLAUSE_GAP "(?:" GAP "|,\\s*(?:which|who)\\b[^,.;:!?]{1,100},)"
#define QUALIFIER "(?:(?:a\\s+total\\s+of|more\\s+than|fewer\\s+than|less\\s+than|over|around|about|almost|nearly|some|approximately|roughly|just\\s+(?:over|under)|up\\s+to)\\s+)?"
/* Who inspects: 'we', 'inspectors', 'the inspection team', 'a team of
 * (four) inspectors', an inspectorate
 * by name or acronym ('HMI Probation', 'HMICFRS', 'Ofsted', 'the Care
 * Quality Commission', 'Care Inspectorate Wales', 'His Majesty's
 * Inspectorate of Constabulary and Fire & Rescue Services'), its acronym
 * in brackets after the name ('the Care Quality Commission (CQC)'). */
#define WHO_INSPECTS "(?:(?:we|inspectors?|they|(?:an?|the|our|its|their)\\s+(?:inspection|inspecting)\\s+team|(?:an?|the|our)\\s+team\\s+of\\s+(?:[\\w-]+\\s+){0,2}?inspectors|HMI\\s+\\w+|the\\s+inspectorate|Ofsted|(?-i:[A-Z]{3,})" \
    "|(?-i:(?:(?:HM|His\\s+Majesty['\\x{2019}]s|Her\\s+Majesty['\\x{2019}]s)\\s+|(?:[A-Z][a-z]+\\s+){1,3})(?:Commission|Inspectorate)" \
    "(?:\\s+(?:of|for)(?:\\s+(?:[A-Z][a-z]+|and|&))*\\s+[A-Z][a-z]+|\\s+Wales|\\s+Scotland)?))" \
    "(?:\\s*\\((?-i:[A-Z][\\w&\\s]{1,30})\\))?)"
/* A caseload: a count of people ("4,100 people", "6,120 offenders assessed
 * as low risk"). */
#define PEOPLE "\\d[\\d,]*\\s+(?:[\\w-]+\\s+){0,3}?(?:people|persons|individuals|offenders|service\\s+users|cases|children|young\\s+people|adults|men|women|probationers|clients|supervisees)\\b"
/* How fieldwork dates are introduced: "in", "between", "in the week of",
 * "during w/c" (week commencing). */
#define FW_PREP "\\b(?:in|during|on|over|between|from|throughout)(?:\\s+the\\s+weeks?\\s+(?:of|beginning|commencing|starting)|\\s+the|\\s+w/[cb])?\\s*\\z"
/* The bodies of a council or board whose papers a meeting dates. */
#define MEETING_BODY "(?:committee|sub-committee|cabinet|panel|board|council|assembly|forum)"
/* What inspectors do on site: "inspected", "visited", "returned", "went
 * to", "made a visit", "spent two weeks (assessing ...)". */
#define FW_VERB "(?:inspected|visited|re-?visited|returned|arrived|went\\s+(?:in)?to|(?:made|paid)\\s+(?:an?|their|its)\\s+(?:[\\w-]+\\s+)?visit" \
    "|spent\\s+(?:a|one|two|three|four|five|six|several|\\d+)\\s+(?:days?|weeks?))"
#define PUBLISH_VERB "(?:publish(?:ed|es|ing)?|releas(?:ed|es|ing)|issu(?:ed|es|ing)|made\\s+public)"

/* As GAP, and no word naming another event than the inspection itself (a
 * report, its publication, a scheme's launch) between the inspection word
 * and the date: the fallback by the nearest cue word. */
#define FALLBACK_GAP "(?:(?!\\b(?:which|who|whose|since|after|before|while|although|but|because|compared|previous|previously|last|next|earlier|prior|until|when" \
    "|reports?|published|publish(?:es|ing)?|publication|released?|launch(?:ed|es)?|introduc\\w*|began|begun|announc\\w*|framework|programme|regime|cycle)\\b)[^.;:!?()])"

/* After "inspection": not a scheme of inspections ("the inspection
 *  framework", "the School Inspection Common Inspection Framework"). */
#define NOT_A_SCHEME "(?!\\s+(?:[\\w-]+\\s+){0,2}?(?:cycle|programme|framework|regime|round|year|season|plan)s?\\b)"

/* After a date opening its sentence or clause: "(, ) a full inspection of
 * ...", never an earlier, first or next one, nor "the inspection report". */
#define A_FULL_INSPECTION \
    "(?i)\\G\\s*,?\\s+(?:an?|the|its|their|our)\\s+(?:(?!(?:previous|last|earlier|prior|first|next)\\b)[\\w-]+\\s+){0,2}?" \
    "inspection\\b(?!\\s+report)" NOT_A_SCHEME

enum { ANY, RELATIVE, MONTHED, DAYED, POINT, DAYS, SINGLE };

typedef struct cue {
    const char *role;
    const char *rule;
    int where;            /* LEFT, LEAD or HEAD: where `left` is matched */
    int not_future;       /* skip when 'will', 'next', 'planned' precede */
    int as_at;            /* the evidence starts where `left` matched ('as at') */
    int only;             /* ANY, or the dates the cue takes: RELATIVE ('yesterday',
                             'tomorrow'), MONTHED (a month at least, not a bare year),
                             DAYED (a day), POINT (a month or a day, not a range),
                             DAYS (a day or a run of days), SINGLE (no range) */
    const char *left;     /* must match (see where); NULL: no condition */
    const char *right;    /* must match at the date's end (\G); NULL: none */
    const char *near;     /* must match within 300 bytes around; NULL: none */
    const char *const *stems; /* every match of `left` holds one (any case);
                                 NULL: left is always tried */
} cue;

/* Stems that gate the `left` patterns of the cues: a window holding none of
 * a cue's stems is not searched. */
static const char *const st_dateline[] = {"publica", "published", "release", "report", NULL};
/* a label opening a dateline: 'Published:', 'Posted on', 'Date of issue', 'Press release' */
static const char *const st_label[] = {"publi", "post", "date", "release", "issued", "created", "added",
                                       "submitted", "uploaded", NULL};
static const char *const st_updated[] = {"updated", "modified", "revised", "reviewed", "amended", "edited", NULL};
/* 'meeting' or the body that meets (MEETING_BODY) */
static const char *const st_meeting[] = {"meeting", "committee", "cabinet", "panel", "board", "council",
                                         "assembly", "forum", NULL};
/* the stems of PUBLISH_VERB ('made public' holds "publi") */
static const char *const st_publish_verb[] = {"publi", "releas", "issu", NULL};
static const char *const st_answered[] = {"answered", "debated", NULL};
static const char *const st_inspectorate[] = {"inspector", "hmi", "hmc", NULL};
static const char *const st_embargo[] = {"embargo", "publi", "release", "broadcast", NULL};
static const char *const st_published[] = {"published", NULL};
static const char *const st_published_released[] = {"published", "released", NULL};
static const char *const st_publication[] = {"publication", NULL};
static const char *const st_report[] = {"report", NULL};
static const char *const st_report_release[] = {"report", "release", "findings", NULL};
static const char *const st_today[] = {"today", NULL};
static const char *const st_today_yesterday[] = {"today", "yesterday", NULL};
static const char *const st_last_prev_first[] = {"last", "previously", "first", NULL};
static const char *const st_last_time[] = {"time", NULL};
static const char *const st_earlier_inspection[] = {"previous", "last", "earlier", "prior",
                                                    "preceding", "original", "first", NULL};
static const char *const st_earlier[] = {"previous", "last", "earlier", "prior", NULL};
static const char *const st_previously_since[] = {"previously", "since", NULL};
static const char *const st_since[] = {"since", NULL};
static const char *const st_from[] = {"from", NULL};
static const char *const st_been_under[] = {"been", "under", NULL};
static const char *const st_recommendations[] = {"recommendations", "concerns", NULL};
static const char *const st_field[] = {"field", NULL};
static const char *const st_based[] = {"based", NULL};
static const char *const st_inspect[] = {"inspect", NULL};
static const char *const st_inspect_visit[] = {"inspect", "visit", NULL};
static const char *const st_inspection[] = {"inspection", NULL};
static const char *const st_inspection_visit[] = {"inspection", "visit", NULL};
static const char *const st_inspection_field[] = {"inspection", "field", NULL};
static const char *const st_inspection_assessment[] = {"inspection", "assessment", NULL};
static const char *const st_inspected[] = {"inspected", NULL};
static const char *const st_inspected_visited[] = {"inspected", "visit", "spent", "returned", "arrived", "went", NULL};
static const char *const st_site_visit[] = {"site", "visit", NULL};
static const char *const st_caseload[] = {"caseload", NULL};
static const char *const st_event[] = {"inspect", "visit", "returned", NULL};
/* a month whose year a phrase names: 'May this year' */
static const char *const st_month_cue[] = {"year", NULL};
/* a day of a month without its year: '4 May' (the yearless pattern, case
 * sensitive, names a month in every match) */
static const char *const st_months[] = {"january", "february", "march", "april", "may", "june",
                                        "july", "august", "september", "october", "november",
                                        "december", NULL};
static const char *const st_caseload_verbs[] = {"supervis", "manag", "work", "responsible",
                                                "caseload", NULL};

const char *const *const ix_dates_keywords[] = {
    st_dateline, st_label, st_updated, st_meeting, st_publish_verb, st_answered, st_inspectorate,
    st_embargo, st_published, st_published_released, st_publication,
    st_report, st_report_release, st_today, st_today_yesterday, st_last_prev_first, st_last_time,
    st_earlier_inspection, st_earlier, st_previously_since, st_since, st_been_under,
    st_recommendations, st_field, st_based, st_inspect, st_inspect_visit, st_inspection,
    st_inspection_visit, st_inspection_field, st_inspection_assessment, st_inspected, st_inspected_visited,
    st_site_visit, st_caseload, st_event, st_caseload_verbs, st_month_cue, st_months, NULL
};

/* The rule of a date naming an inspection ("the 2016 inspection"): the
 * same text as every fieldwork rule, but its own object, so that the pass
 * named_earlier can tell by address which fieldwork dates came from it. */
static const char RULE_FW_NAMED[] = "dates.fieldwork";
/* The rule of a date naming a report ("the November 2010 report", "a
 * report in 2011"): `other`, told by address in reports_earlier, which
 * makes one well before this document's own date an earlier inspection. */
static const char RULE_REPORT_NAMED[] = "dates.other";
/* The rule of a page's update stamp ("Last updated: 4 May 2021"): an
 * `other` date that merge keeps beside the same day's publication (an
 * update is an event of its own). */
static const char RULE_UPDATED[] = "dates.updated";

/* A news site's notice of a story's age after its date line: "March 30,
 * 2023 10.00 am This story is over 15 months old", "This article is more
 * than 5 years old". */
#define AGE_NOTICE \
    "this\\s+(?:story|article|post|page)\\s+is\\s+(?:over|more\\s+than)\\s+[\\w-]+\\s+" \
    "(?:days?|weeks?|months?|years?)\\s+old"

static const cue cues[] = {
    /* A time stamp alone on its line, as a site prints a post's date:
     *  "08:45 14/10/2022", "11/04/2017 09:30:00" (a listing's every item has one) */
    {"publication", "dates.dateline", STAMP, 0, 0, 0, NULL, NULL, NULL, NULL},
    /* A date alone on its line over "During a routine inspection": an
     *  inspection list (a regulator's page of a service) dates each entry by
     *  its inspection */
    {"fieldwork", "dates.fieldwork", LINE, 0, 0, 0, NULL,
     "(?i)\\G\\s*\\n\\s*(?:during|following)\\s+(?:an?|the|our)\\s+(?:[\\w-]+\\s+){0,3}?inspection\\b", NULL, NULL},
    /* "By Dana Whitfield on Mar 3, 2021 09:15 am" (a byline line) */
    {"publication", "dates.byline", HEAD, 0, 0, 0,
     "\\G\\s*(?i:by|posted\\s+by|written\\s+by|words\\s+by|author:?)\\s+"
     "(?:\\p{Lu}[\\p{L}'.-]*,?\\s+){0,6}?\\p{Lu}[\\p{L}'.-]*\\s*(?i:on\\b|,|-|\\||\\x{00B7}|\\x{2022}|at\\b)?\\s*\\z"
     /* a site's lower-case user name: "Posted by admin on 3 March 2021" */
     "|\\G\\s*(?i:posted|written|published)\\s+by\\s+[\\p{L}\\d_.-]+\\s*(?i:on\\b|,|-|\\||at\\b)?\\s*\\z",
     NULL, NULL, NULL},
    /* "Published: 3 March 2021", "Posted on 3 March 2021 by ...",
     *  "Press release: 3 March 2021" (a dateline line); a site's other
     *  labels of the same stamp: "Publish date:", "Created:", "Added:",
     *  "Submitted on", "Uploaded:", "Story date:", "Article date:",
     *  "Date created:" */
    {"publication", "dates.dateline", HEAD, 0, 0, 0,
     "(?i)\\G\\s*(?:(?:(?:first|originally)\\s+)?(?:(?:published|posted|issued|released|publish|created|added|submitted|uploaded|dated)(?:\\s+date)?|post\\s+on"
     "|(?:(?:press|news|media|report)\\s+)?(?:publication|release|issue)(?:\\s+date)?|(?:report|story|article|post|page|blog)\\s+date"
     "|date\\s+(?:of\\s+(?:publication|release|issue)|published|posted|issued|released|created|added|submitted|uploaded)|date)\\s*(?:(?:on|at)\\b)?\\s*[:|-]?"
     /* a label after other words of the line takes a colon: "NOTE: old page - Published: ..." */
     "|[^\\n]{0,60}?\\b(?:published|publication|posted)\\s*:)\\s*(?:\\d\\d[:.]\\d\\d,?\\s*)?\\z",
     NULL, NULL, st_label},
    /* A page's update stamp, opening a short line: "Updated: 07:40, 4 May
     *  2021", "Last modified on Tue 4 May 2021", "Page last reviewed: 04/05/2021" */
    {"other", RULE_UPDATED, HEAD, 0, 0, 0,
     "(?i)\\G\\s*(?:(?:page\\s+|this\\s+page\\s+was\\s+)?last\\s+(?:updated|modified|revised|reviewed|amended|edited)"
     "|(?:updated|modified|revised|amended|edited)(?:\\s+(?:at|date))?)\\s*(?:on\\b)?\\s*[:|-]?\\s*"
     "(?:\\d\\d?[:.]\\d\\d\\s*(?:am|pm)?(?:\\s*(?:BST|GMT|UTC))?,?\\s*)?(?:\\w+day,?\\s+|(?-i:[A-Z][a-z]{2}),?\\s+)?\\z",
     NULL, NULL, st_updated},
    /* A label opening a line inside a longer block (a PDF's or letter's
     *  header run together): "From: ...\nPublication date: 11 May 2016" */
    {"publication", "dates.dateline", LEFT, 0, 0, 0,
     "(?i)(?:^|\\n)[ \\t]*(?:publication\\s+date|date\\s+of\\s+publication|date\\s+published|release\\s+date|"
     "report\\s+date|published)\\s*:\\s*\\z",
     NULL, NULL, st_dateline},
    /* A label naming a report with its date, opening a short line: "Inspection
     *  report - 3 November 2016", "Fenshire inspection report - May 2021" */
    {"publication", "dates.dateline", HEAD, 0, 0, MONTHED,
     "(?i)\\G\\s*(?:[\\w'&-]+\\s+){0,3}?report\\s*(?:-|\\x{2013}|\\x{2014}|:)\\s*\\z",
     NULL, NULL, st_report},
    /* A council's papers are dated by their meeting: "Committee for Justice,
     *  meeting on Thursday, 12 November 2015", "Meeting: 07/02/2023 -
     *  Scrutiny Committee", "Cabinet Meeting: 21 October 2013", "Children's
     *  Services Scrutiny Panel: 4 May 2021" */
    {"publication", "dates.meeting", HEAD, 0, 0, 0,
     "(?i)\\G\\s*(?:(?!(?:next|last|previous|future)\\b)[\\w'&-]+\\s*,?\\s+){0,5}?(?:(?:meeting|meeting\\s+date|date\\s+of\\s+meeting)"
     "(?:\\s*[:-]|\\s+(?:held\\s+)?on\\b)"
     /* the body that meets, with a colon: "Audit and Scrutiny Committee: 4 May 2021" */
     "|" MEETING_BODY "(?:\\s*[(\\[][^()\\[\\]\\n]{1,40}[)\\]])?\\s*:)\\s*(?:\\w+day,?\\s+)?\\z",
     NULL, NULL, st_meeting},
    /* A parliamentary answer or debate is dated by when it was given: "This
     *  question was answered on 19 October 2017", "written question -
     *  answered on ...", a debate's record: "Volume 712: debated on Tuesday
     *  4 May 2021" */
    {"publication", "dates.answered", LEFT, 0, 0, 0,
     "(?i)\\b(?:question\\s+)?(?:was\\s+)?(?:answered|debated)\\s+on\\s*\\z",
     NULL, NULL, st_answered},
    /* A report's title whose place is told in lower-case words, or visited
     *  rather than inspected, when an inspector's name follows "by": "Report
     *  on an unannounced inspection visit to police custody suites in
     *  Marlshire by HM Inspectorate of Hostels and HM Inspectorate of
     *  Fenwards 3-13 May 2021", "Report on an inspection of court custody in
     *  Marlshire by HM Inspectorate of Hostels 4-6 May 2021".  Days only: a
     *  month there is a report cover's date of publication ("An inspection
     *  of X by HM Inspectorate of Hostels, May 2021", below), and first.  A
     *  scrutiny or monitoring visit so reported too: "Report on a scrutiny
     *  visit to HMP Fenwick and the Marl unit by HM Chief Inspector of
     *  Hostels 3 and 5-6 May 2021". */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, DAYS,
     "(?i)\\b(?:report\\s+on\\s+)?(?:an?|the)\\s+(?:(?:unannounced|announced|full|short|joint|follow-up)\\s+)*(?:inspection(?:\\s+visit)?|(?:scrutiny|monitoring)\\s+visit)\\s+(?:of|to)\\s+"
     "[^.,;:!?()\\n]{1,80}?\\bby\\s+(?-i:(?:(?:HM|His|Her|Majesty['\\x{2019}]s|[\\p{Lu}][\\w'&.-]*|of|and|&|for|the)\\s+){1,14})\\z",
     NULL, NULL, st_inspection_visit},
    /* A report cites itself with its date: "An inspection by HM Inspectorate
     *  of Probation August 2017", "Annual report (2018-2019), HM Inspectorate
     *  of Probation, October 2019", "HM Chief Inspector of Prisons, May
     *  2021", a short name: "HMI Probation, July 2020"; a month or a day,
     *  never a range (a report title's days are its fieldwork) */
    {"publication", "dates.report_cover", LEFT, 0, 0, POINT,
     "(?:\\b(?i:an\\s+inspection\\s+by)\\s+)?\\b(?:(?:HM|Her\\s+Majesty['\\x{2019}]s|His\\s+Majesty['\\x{2019}]s)\\s+(?:Chief\\s+)?Inspector(?:ate)?\\s+of\\s+(?:[A-Z][\\w&]*\\s*){1,6}"
     /* its short names: "HMI Probation, July 2020", "HMICFRS, May 2021" */
     "|HMI\\s+(?:Probation|Prisons|Constabulary)|HM(?:ICFRS|ICS|IC|IPS|IP|CPSI)\\b)(?:,\\s*|\\s+)\\z",
     "\\G[\\s.]*(?:$|\\z)", NULL, st_inspectorate},
    /* A news wire's dateline opening the story: "4 May 2021 - The
     *  inspectorate has ...", "LONDON, 4 May 2021: Inspectors ..." */
    {"publication", "dates.dateline", STORY, 0, 0, 0,
     "\\G\\s*(?:(?-i:[A-Z][A-Z ]{2,30}),\\s*)?\\z",
     "\\G\\s*(?:[-:|]|\\x{2013}|\\x{2014})\\s+(?-i:[A-Z])", NULL, NULL},
    /* A date alone on its line at the top of a page: "Tuesday, 4 May 2021",
     *  "Mon 3 May 2021 06.00 BST"
     *  under the headline, "| 4 May 2021" after a byline, "4 May 2021" over it;
     *  never a range, which a report's cover prints under its title for the
     *  days of the inspection ("by HM Inspectorate of Hostels / 3-14 May 2021") */
    {"publication", "dates.dateline", TOP, 0, 0, SINGLE,
     "(?i)\\G[\\s|\\x{2022}\\x{00B7}-]*(?:\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?[\\s,|-]*)?\\z",
     "(?i)\\G[\\s,]*(?:(?:at\\s+)?\\d{1,2}[.:]\\d{2}\\s*(?:am|pm)?\\s*)?(?:BST|GMT|UTC|CET)?[\\s.|]*"
     "(?:" AGE_NOTICE "[\\s.|]*)?\\z", NULL, NULL},
    /* A date opening a line above the story, then a dash and the headline
     *  or a label: "4 May 2021 - Inspectors find ...", "4 May 2021 -
     *  Immediate Release" */
    {"publication", "dates.dateline", TOP, 0, 0, 0,
     "\\G\\s*\\z",
     "\\G\\s*(?:-|\\x{2013}|\\x{2014}|\\|)\\s+(?:\\p{Lu}|[\"'\\x{2018}\\x{201C}])", NULL, NULL},
    /* ... or a day and a colon: "4 May 2021: Inspectors find ..." (a month
     *  and a colon heads an entry of a listing: "May 2021: Annual report") */
    {"publication", "dates.dateline", TOP, 0, 0, DAYED,
     "\\G\\s*\\z",
     "\\G\\s*:\\s+(?:\\p{Lu}|[\"'\\x{2018}\\x{201C}])", NULL, NULL},
    /* "EMBARGOED UNTIL 00:01 Tuesday 4 May 2021", "For release at 00.01 on 4 May 2021",
     *  "Not to be published before 00:01 on 4 May 2021" */
    {"publication", "dates.embargo_line", LEFT, 0, 0, 0,
     "(?i)\\b(?:embargo(?:ed)?|not\\s+for\\s+(?:publication|release|broadcast)"
     "|not\\s+to\\s+be\\s+(?:published|released|broadcast)|for\\s+(?:immediate\\s+)?release)\\b[^;\\n]{0,60}?\\z",
     NULL, NULL, st_embargo},
    /* "The report was published yesterday.", "published its report yesterday" */
    {"publication", "dates.published_relative", LEFT, 0, 0, RELATIVE,
     "(?i)\\b(?:(?:was|were|been)\\s+" PUBLISH_VERB "(?:\\s+(?:earlier|late))?"
     "|" PUBLISH_VERB "\\s+(?:its|their|the|this|our|a)\\s+(?:(?:full|final|latest|new|inspection)\\s+)*report\\b" GAP "{0,60}?"
     "|\\b(?:report|findings|review)\\s+(?:was\\s+)?" PUBLISH_VERB "(?:\\s+(?:earlier|late))?)\\s*\\z",
     NULL, NULL, st_publish_verb},
    /* "... and was published 11 June 2019", "the inspection report, published
     *  on Monday, 18 March 2024", "in a report published on 6 June 2019",
     *  "published by the two inspectorates on ..." */
    {"publication", "dates.published_on", LEFT, 0, 0, 0,
     "(?i)(?:\\b(?:was|were|has\\s+been|had\\s+been)\\s+(?:also\\s+)?published|,\\s*(?:also\\s+)?published|\\(\\s*(?:also\\s+)?published"
     "|\\balso\\s+published|\\b(?:in|with)\\s+(?:a|its|the|their)\\s+(?:new\\s+|latest\\s+)?report\\s+" PUBLISH_VERB ")(?:\\s+on)?\\s*(?:\\w+day,?\\s+)?\\z"
     "|\\bpublished\\s+by\\b[^.;:!?]{0,80}?\\bon\\s*\\z",
     NULL, NULL, st_publish_verb},
    /* "the publication of the Estyn report on 17 September", "to note the
     *  publication on 17 September of the report" */
    {"publication", "dates.published_on", LEFT, 0, 0, 0,
     "(?i)\\bpublication\\s+of\\s+(?:the|its|their|this|our)\\s+(?:[\\w'&-]+\\s+){0,4}?report\\b" GAP "{0,40}?\\bon\\s*\\z",
     NULL, NULL, st_publication},
    {"publication", "dates.published_on", LEFT, 0, 0, 0,
     "(?i)\\bpublication\\s+on\\s*\\z",
     "(?i)\\G\\s+of\\s+(?:the|its|their|this|our)\\s+(?:[\\w'&-]+\\s+){0,4}?report\\b", NULL, st_publication},
    /* "has issued a report (10 May 2021) following ...", "the report of
     *  4 May 2021 on ..." */
    {"publication", "dates.report_dated", LEFT, 0, 0, 0,
     "(?i)(?:\\b" PUBLISH_VERB "\\s+(?:an?|its|their|the|this|our)\\s+(?:[\\w-]+\\s+){0,2}?report\\s*\\(\\s*"
     "|\\b(?:the|this|its|their)\\s+(?:[\\w-]+\\s+){0,3}?report\\s*(?:,\\s*)?(?:of|dated)\\s+)\\z",
     NULL, NULL, st_report},
    /* "Yesterday the inspectorate published its report on ...", "On 4 May
     *  2021 HM Inspectorate of Probation published its report on ...";
     *  the publisher's words may hold its acronym: "On 4 May 2021, HM
     *  Inspectorate of Prisons (HMIP) published a 60-page report" */
    {"publication", "dates.published_on", LEAD, 0, 0, 0,
     "(?i)\\G\\s*(?:on\\s+)?\\z",
     "(?i)\\G\\s*,?\\s+(?:(?:(?:[\\w'&-]+|\\([\\w&]+\\))\\s+){0,6}?" PUBLISH_VERB "\\s+(?:its|their|the|this|our|a)\\s+(?:[\\w-]+\\s+){0,3}?(?:report|inspection|review|findings)\\b"
     "|(?:[\\w'&-]+\\s+){0,12}?(?:was|were)\\s+" PUBLISH_VERB "\\b)",
     NULL, NULL},
    /* "In May 2021, the inspectorate published its latest report on ...":
     *  a month opening the sentence dates the newest report (an earlier one
     *  is not called latest or new) */
    {"publication", "dates.published_on", LEAD, 0, 0, MONTHED,
     "(?i)\\G\\s*in\\s+\\z",
     "(?i)\\G\\s*,?\\s+(?:[\\w'&-]+\\s+){0,6}?" PUBLISH_VERB "\\s+(?:its|their|the|this|our|a)\\s+(?:latest|newest|new|most\\s+recent)\\s+"
     "(?:[\\w-]+\\s+){0,3}?(?:report|inspection|review|findings)\\b",
     NULL, NULL},
    /* "HM Inspectorate of Prisons published its report on 4 May 2021",
     *  "The report, published on 4 May 2021, found ...", "The latest
     *  report, issued on 4 May 2021", "Its findings, released on ..." */
    {"publication", "dates.published_on", LEFT, 0, 0, 0,
     "(?i)(?:\\b" PUBLISH_VERB "\\s+(?:its|their|the|this|our)\\s+(?:(?:full|final|latest|new|inspection)\\s+)*(?:report|findings)\\b" GAP "{0,60}?(?<!\\bvisit\\s)(?<!\\bvisits\\s)(?<!\\binspection\\s)\\bon"
     "|\\b(?:the|this|our|its|their|an?)\\s+(?:(?:full|final|latest|new|recent|inspection)\\s+)*(?:report|findings),?\\s+(?:which\\s+(?:was|were)\\s+|was\\s+|were\\s+)?"
     PUBLISH_VERB "(?:\\s+on)?)\\s*\\z",
     NULL, NULL, st_report_release},

    /* "The report will be published on the inspectorate's website at 00.01
     *  on Tuesday 4 May 2021." / "This report is available at example.gov.uk
     *  on 4 May 2021 00:01." */
    {"publication", "dates.embargo_line", LEFT, 0, 0, 0,
     "(?i)\\b(?:the|this|our)\\s+(?:(?:full|final|inspection|new|latest)\\s+)*(?:report|release|findings)\\b"
     "[^;\\n]{0,80}?\\b(?:is|are|was|were|will\\s+be|can\\s+be|goes|go|will\\s+go|has\\s+been|have\\s+been)\\s+"
     "(?:made\\s+|being\\s+)?(?:available|published|released|online|live|found|accessed|read|downloaded)\\b"
     "[^;\\n]{0,160}?\\b(?:on|at|from)\\s*:?\\s*\\z",
     NULL, NULL, st_report_release},
    /* "in a report published earlier today (4 May 2021)", "the report,
     *  published yesterday (3 May 2021), found" */
    {"publication", "dates.published_today", LEFT, 0, 0, 0,
     "(?i)\\b(?:" PUBLISH_VERB "|launch(?:ed|es|ing)|out)\\b[^.;()]{0,60}?\\b(?:today|yesterday)\\s*(?:\\(|\\[|,)\\s*(?:on\\s+)?(?:\\w+day,?\\s+)?\\z",
     NULL, NULL, st_today_yesterday},
    /* "today's (4 May 2021) inspection report on ...": the day of today's
     *  report is the day it came out */
    {"publication", "dates.published_today", LEFT, 0, 0, 0,
     /* (the window may open after 'today', itself read as a relative date) */
     "(?i)(?:\\btoday|\\G)(?:'|\\x{2019})s\\s*[(\\[]\\s*\\z",
     "(?i)\\G\\s*[)\\]]\\s*(?:[\\w'\\x{2019}-]+\\s+){0,4}?(?:report|findings|review|publication)\\b", NULL, NULL},
    /* A report or inspection dated by a bracketed day before it: "A new (4
     *  May 2021) thematic inspection from the inspectorate found ...", "the
     *  latest [Tuesday 4 May 2021] report" */
    {"publication", "dates.published_today", LEFT, 0, 0, DAYED,
     "(?i)\\b(?:an?|the|this|its|their|our)(?:\\s+(?:new|latest|newest|recent|published))?\\s*[(\\[]\\s*\\z",
     "(?i)\\G\\s*[)\\]]\\s*(?:[\\w'\\x{2019}-]+\\s+){0,3}?(?:report|(?:re-?)?inspection|review|findings)\\b", NULL, NULL},
    /* "Today (4 May 2021) the inspectorate publishes its report on ..." */
    {"publication", "dates.published_today", LEFT, 0, 0, 0,
     "(?i)\\b(?:today|yesterday)\\s*[(\\[]\\s*\\z",
     "(?i)\\G\\s*\\)?[^.;]{0,100}?\\b" PUBLISH_VERB "\\b", NULL, st_today_yesterday},
    /* "when we last inspected the service in 2016", "It was previously
     *  inspected in March 2017", a label: "Last inspected: 9 May 2019" */
    {"previous_inspection", "dates.previous_inspection", LEFT, 0, 0, 0,
     "(?i)\\b(?:last|previously|first)\\s+(?:inspected|visited|looked\\s+at|examined|reviewed|reported\\s+on)\\b(?:" GAP "{0,80}?\\b(?:in|during|on|between|from)|\\s*:)?\\s*\\z",
     NULL, NULL, st_last_prev_first},
    /* "at our previous inspection in 2016", "the last inspection report
     *  (2017)", a label: "Date of previous inspection: 12 May 2017" */
    {"previous_inspection", "dates.previous_inspection", LEFT, 0, 0, 0,
     "(?i)\\b(?:previous|last|earlier|prior|preceding|original|first)\\s+(?:(?:full|core|case|joint|unannounced|announced|inspection)\\s+)*"
     "(?:(?:re-?)?inspections?|inspection\\s+reports?|reports?|visits?)\\b(?:\\s+dates?)?(?:\\s*(?::|-|\\x{2013})\\s*\\z|" GAP "{0,60}?"
     "(?:\\b(?:in|during|on|of|between|from|dated)\\s*|\\(\\s*|,\\s*(?:carried\\s+out|conducted|undertaken)\\s+(?:in|on|between)\\s*)\\z)",
     NULL, NULL, st_earlier_inspection},
    /* "a decline compared with the inspection of its youth work in 2016",
     *  "better than at the inspection in 2016" ('since the inspection in May
     *  2021' is left alone: it usually means this inspection) */
    {"previous_inspection", "dates.previous_inspection", LEFT, 0, 0, 0,
     "(?i)\\b(?:compared\\s+(?:to|with)|than\\s+(?:at|in|during))\\s+(?:the|our|its|their)\\s+(?:[\\w'-]+\\s+){0,2}?inspection\\b"
     GAP "{0,80}?\\b(?:in|during|on|of|between|from)\\s*\\z",
     NULL, NULL, st_inspection},
    /* "having previously been rated 'Inadequate' in 2022", "has improved
     *  since an inspection in 2016 found ..." ('since the inspection' is
     *  left alone: it usually means this one) */
    {"previous_inspection", "dates.previous_inspection", LEFT, 0, 0, 0,
     "(?i)(?:\\bpreviously\\s+(?:been\\s+)?(?:rated|judged|graded|assessed|found|inspected)\\b" GAP "{0,60}?\\b(?:in|during)"
     "|\\bsince\\s+(?:an|its|their|our)\\s+(?:[\\w-]+\\s+)?inspection\\s+(?:in|during|of))\\s*\\z",
     NULL, NULL, st_previously_since},
    /* a follow-up names the report or inspection it follows: "a follow-up
     *  to the group's November 2010 report", "a follow-up of our 2019
     *  inspection" */
    {"previous_inspection", "dates.previous_inspection", LEFT, 0, 0, 0,
     "(?i)\\bfollow-?\\s?up\\s+(?:(?:review|inspection|report|visit)\\s+)?(?:to|of|on|into)\\s+"
     "(?:(?:the|its|their|our|his|her)\\s+(?:[\\w-]+['\\x{2019}]s\\s+)?|[\\w-]+['\\x{2019}]s\\s+)\\z",
     "(?i)\\G\\s+(?:[\\w-]+\\s+){0,2}?(?:report|(?:re-?)?inspection|review)\\b", NULL, NULL},
    /* "since the 2022 inspection", "This follows an inspection in 2019, when
     *  the service was rated ..." */
    {"previous_inspection", "dates.previous_inspection", LEFT, 0, 0, 0,
     "(?i)\\bsince\\s+(?:the|its|their|our)\\s*\\z",
     "(?i)\\G\\s+(?:[\\w-]+\\s+)?(?:re-?)?inspection\\b", NULL, st_since},
    {"previous_inspection", "dates.previous_inspection", LEFT, 0, 0, 0,
     "(?i)\\b(?:follows|followed|came\\s+after)\\s+(?:an?|the|its|our|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:re-?)?inspection\\b"
     "(?:\\s+of\\b" GAP "{0,100}?)?\\s+(?:in|of|during)\\s*\\z",
     NULL, NULL, st_inspection},
    /* "This follows the 2019 inspection, which rated it inadequate", "This
     *  inspection follows up our 2019 inspection" */
    {"previous_inspection", "dates.previous_inspection", LEFT, 0, 0, 0,
     "(?i)\\b(?:follows|followed|came\\s+after)(?:\\s+up(?:\\s+on)?)?\\s+(?:an?|the|its|our|their)\\s*\\z",
     "(?i)\\G\\s+(?:[\\w-]+\\s+){0,2}?(?:re-?)?inspection\\b", NULL, NULL},
    /* "The service had been judged inadequate following an inspection in
     *  2016", "was rated good under the previous framework in 2015" */
    {"previous_inspection", "dates.previous_inspection", LEFT, 0, 0, 0,
     "(?i)(?:\\bhad\\s+(?:previously\\s+|already\\s+)?been\\s+(?:rated|judged|graded|assessed|found|inspected)\\b"
     "|\\bunder\\s+the\\s+(?:previous|old|former)\\b)" GAP "{0,100}?\\b(?:in|during)\\s*\\z",
     NULL, NULL, st_been_under},
    /* "the first inspection of this kind since 2018", "its first full
     *  inspection since 2016", "the first inspection of the unit since 2016" */
    {"previous_inspection", "dates.previous_inspection", LEFT, 0, 0, 0,
     "(?i)\\bfirst\\s+(?:[\\w-]+\\s+){0,2}?(?:inspection|visit|report|re-?inspection)\\b(?:\\s+of\\s+(?:this|its)\\s+kind|\\s+of\\b" GAP "{0,60}?)?"
     "\\s+since\\s*\\z",
     NULL, NULL, st_since},
    /* "In January 2014, at the school's last full inspection, ...":
     *  the date before the earlier inspection it dates */
    {"previous_inspection", "dates.previous_inspection", LEAD, 0, 0, 0,
     "(?i)\\G\\s*(?:in\\s+|on\\s+)?\\z",
     "(?i)\\G\\s*,\\s*(?:at|during|in)\\s+(?:the|its|their|our)\\s+(?:[\\w'\\x{2019}-]+\\s+){0,2}?"
     "(?:last|previous|earlier|prior)\\s+(?:[\\w-]+\\s+)?(?:inspection|visit)\\b", NULL, NULL},
    /* "Its previous report followed a February 2007 inspection" */
    {"previous_inspection", "dates.previous_inspection", LEFT, 0, 0, 0,
     "(?i)\\b(?:previous|last|earlier|prior)\\b" GAP "{0,80}?\\b(?:followed|after|following)\\s+(?:an?|the|its)\\s*\\z",
     "(?i)\\G\\s+(?:[\\w-]+\\s+){0,2}?(?:re-?)?inspection\\b", NULL, st_earlier},
    /* "progress on the recommendations made in August 2018", "the
     *  concerns we raised with them in 2018": a follow-up dates the
     *  inspection that made them (concerns only with who raised them:
     *  "concerns identified during the inspection in May" are this one's) */
    {"previous_inspection", "dates.previous_inspection", LEFT, 0, 0, 0,
     "(?i)(?:\\brecommendations\\s+(?:(?:that\\s+)?(?:we|it|they|inspectors)\\s+)?(?:made|set\\s+out|given)"
     "|\\bconcerns\\s+(?:that\\s+)?(?:we|they|inspectors)\\s+(?:had\\s+)?(?:raised|identified|highlighted))\\b"
     GAP "{0,60}?\\b(?:in|during|on)\\s*\\z",
     NULL, NULL, st_recommendations},
    /* "It was rated good last time it was inspected, in 2019", "better than
     *  last time (2019)", "The last time the unit was inspected, in 2019" */
    {"previous_inspection", "dates.previous_inspection", LEFT, 0, 0, 0,
     "(?i)\\blast\\s+time\\b[^.;:!?]{0,60}?(?:\\b(?:in|during|on)\\s*|\\(\\s*|,\\s*)\\z",
     NULL, NULL, st_last_time},
    /* A rating that changed from an earlier one: "its grade fell from 'good'
     *  in 2018 to 'inadequate'", "up from requires improvement in 2019",
     *  "improved from a 'poor' rating in 2017", "improve their rating from
     *  inadequate in 2016 to good" */
    {"previous_inspection", "dates.previous_inspection", LEFT, 0, 0, 0,
     "(?i)\\b(?:f[ae]ll(?:s|en|ing)?|dropp(?:ed|ing)|drops?|slipp(?:ed|ing)|slips?|down|up|improv(?:e|ed|es|ing)|ris(?:en|es|ing)|rose|mov(?:ed|es|ing)|went|changed?)\\s+"
     "(?:(?:its|their|the)\\s+)?(?:(?:overall\\s+)?(?:rating|grade)s?\\s+)?from\\s+(?:an?\\s+|its\\s+|their\\s+)?(?:['\\x{2018}\\x{201C}\"][^'\\x{2019}\\x{201D}\"\\n]{1,30}['\\x{2019}\\x{201D}\"]|(?:\\p{L}[\\p{L}-]*\\s+)?\\p{L}[\\p{L}-]*)"
     "\\s+(?:(?:overall\\s+)?(?:rating|grade|judgement)\\s+)?(?:in|at)\\s*\\z",
     NULL, NULL, st_from},
    /* "We have not inspected the service since 2015." */
    {"previous_inspection", "dates.previous_inspection", LEFT, 0, 0, 0,
     "(?i)\\b(?:ha(?:ve|s|d)(?:\\s+not|n't)?\\s+(?:been\\s+)?inspected|last\\s+inspection)\\b" GAP "{0,60}?\\bsince\\s*\\z",
     NULL, NULL, st_since},

    /* "Fieldwork for the inspection took place between 6 and 17 January 2020.",
     *  "The fieldwork phase ran from 3 to 7 May", "Fieldwork concluded in
     *  May 2021", "Our fieldwork was in May 2021" */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\bfield\\s?-?work\\b(?:\\s+(?:phase|period|stage|visits?))?(?:\\s+(?:for|of|at|on|in)\\b" GAP "{0,100}?)?\\s+"
     "(?:took\\s+place|(?:was|were)\\s+(?:carried\\s+out|conducted|undertaken|completed|done|held)|ran|happened|occurred|began|started|commenced|finished|ended|concluded"
     /* "Our fieldwork was in May 2021" */
     "|(?:was|were)(?=\\s+(?:in|during|between|from|on)\\b))\\s+"
     "(?:" GAP "*?\\s)?" FW_PREP,
     NULL, NULL, st_field},
    /* "Fieldwork dates: 6-17 January 2020", "during fieldwork in May 2021" */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\bfield\\s?-?work(?:\\s+(?:dates?|period|visits?))?\\s*(?::|-|\\(|\\bwas\\b|\\bwere\\b|\\bin\\b|\\bduring\\b|\\bbetween\\b|\\bfrom\\b)\\s*\\z",
     NULL, NULL, st_field},
    /* "The report ... was based on inspections made in July 2017", "based
     *  on an inspection in March" */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\bbased\\s+on\\s+(?:an?\\s+|the\\s+|its\\s+)?(?:[\\w-]+\\s+)?(?:inspections?|fieldwork|visits?)"
     "(?:\\s+(?:made|carried\\s+out|conducted|undertaken|completed))?\\s+" FW_PREP,
     NULL, NULL, st_based},
    /* "during the inspectors' visit in December 2018", an inspector's
     *  letter: "Following my visit to the school on 3 May", "our monitoring
     *  visit on ...", "The inspection, carried out by HMI Prisons between
     *  ...", "the inspection of the Trust's hospitals, which took place back
     *  in March 2018" */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)(?:\\b(?:inspectors?(?:'|\\x{2019})?s?(?:'|\\x{2019})?|(?:my|our)\\s+(?:(?:recent|monitoring|inspection|short|follow-up|unannounced|announced)\\s+)?"
     /* a visit the report names: "its report on a Liaison Visit on 4 May" */
     "|\\breport\\s+on\\s+(?:an?|the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?)"
     "\\s*visits?\\s+(?:to\\s+[^.;]{1,60}?\\s+)?"
     "|\\binspection,\\s*(?:carried\\s+out|conducted|undertaken)\\s+(?:by\\s+[^,.;]{1,60}?\\s+)?"
     "|\\b(?:inspection|visit)(?:\\s+of\\s+[^.;]{1,80}?)?,?\\s+which\\s+(?:took\\s+place|began|started|commenced)\\s+(?:back\\s+)?)"
     "(?:in|during|between|from|on)\\s*\\z",
     NULL, NULL, st_inspect_visit},
    /* "Fenshire's youth service received its most recent inspection on 20
     *  February - 3 March", "the school underwent a full inspection in May" */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\b(?:received|had|underwent|undergone|hosted|faced)\\s+(?:its|their|an?|the)\\s+"
     "(?:(?!previous|last|earlier|prior|next)[\\w-]+\\s+){0,3}?(?:inspection|visit)\\s+(?:on|in|between|from|during)\\s*\\z",
     NULL, NULL, st_inspection_visit},
    /* A heading or label that dates the inspection: "Ofsted Inspection - 11
     *  and 12 January 2017", "Fenshire Youth Justice Service Inspection, July 2021" */
    {"fieldwork", "dates.fieldwork", HEAD, 1, 0, 0,
     "(?i)\\G\\s*(?:[\\w'&-]+\\s+){0,4}?inspection\\s*(?:-|\\x{2013}|\\x{2014}|:|,)\\s*\\z",
     NULL, NULL, st_inspection},
    /* A report's title: "Report on an unannounced inspection of HMP Fenwick by
     *  HM Chief Inspector of Prisons 11-22 May 2015" (the date straight after
     *  the name of the place inspected, or of the inspector, or after a
     *  colon or comma there: "Report on Full Inspection of HMP Fenwick: 4 -
     *  15 February 2019"); a visit so named too: "Report on a scrutiny
     *  visit to HMP Fenwick 3-5 May 2021" */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\b(?:an?|the)?\\s*(?:(?:unannounced|announced|full|short|joint|follow-up)\\s+)*"
     "(?:inspections?\\s+of|(?:inspection|scrutiny|monitoring)\\s+visits?\\s+(?:of|to))\\s+"
     /* the places, joined by 'and', a bracketed note after them: "HMP Fenwick and HMP Dunmore (Isle of Marl) by ..." */
     "(?-i:(?:[\\p{Lu}&][\\w'&.-]*\\s+|and\\s+){0,9}[\\p{Lu}&][\\w'&.-]*(?:\\s*[:,])?\\s+(?:\\([^()\\n]{1,40}\\)\\s+)?"
     "(?:by\\s+(?:[\\p{Lu}][\\w'&.-]*\\s+|of\\s+|and\\s+){1,10})?)\\z",
     NULL, NULL, st_inspection_visit},
    /* "Inspection dates: 6-17 January 2020", "Dates of inspection: ...",
     *  "Date(s) of inspection:", "Inspection visit dates:", "Inspection
     *  carried out on:",
     *  a regulator's assessment so labelled: "Date of assessment: ...",
     *  "Assessment dates: ...", "Assessment period: ...",
     *  "Date inspection completed: ...", "Visit date: ...", "Date of
     *  visit: ...", "Inspected: ...", "Inspected on: ..." */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\b(?:(?:inspection|assessment)\\s+(?:visit\\s+)?(?:dates?(?:\\s*\\(s\\))?|period|visits?)|dates?(?:\\s*\\(s\\))?\\s+of\\s+(?:the\\s+)?(?:inspection|assessment)"
     /* a form's label: "Date Inspection Completed 04/07/2019" */
     "|(?:dates?\\s+)?inspection\\s+(?:completed|concluded|ended|started|commenced|carried\\s+out|conducted|undertaken)(?:\\s+on)?)\\s*(?::|-|\\bwas\\b|\\bwere\\b)?\\s*\\z",
     NULL, NULL, st_inspection_assessment},
    {"fieldwork", "dates.fieldwork", HEAD, 1, 0, 0,
     "(?i)\\G\\s*(?:(?:site\\s+)?visit\\s+dates?|dates?\\s+of\\s+(?:the\\s+)?(?:site\\s+)?visits?|inspected(?:\\s+on)?)\\s*:\\s*\\z",
     NULL, NULL, st_inspected_visited},
    /* "The inspection took place in October 2020.", "The inspection of the
     *  prison was carried out between 4 and 8 November 2019." */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\binspections?\\b(?:\\s+(?:of|at|into)\\b" GAP "{0,80}?)?\\s+(?:fieldwork\\s+|visits?\\s+|itself\\s+)?"
     "(?:took\\s+place|would\\s+take\\s+place|(?:was|were)\\s+(?:carried\\s+out|conducted|undertaken|completed|held|done)|happened|ran|began|started|commenced)\\s+"
     "(?:" GAP "*?\\s)?" FW_PREP,
     NULL, NULL, st_inspection},
    /* "findings from inspections undertaken between May and June 2021",
     *  "the inspection of the prison carried out in May 2021", "the
     *  inspection undertaken by the inspectorate between 9 and 13 May" */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\binspections?\\b(?:\\s+(?:of|at|into)\\b" GAP "{0,80}?)?\\s+(?:undertaken|carried\\s+out|conducted|completed|done)\\b"
     "(?:" GAP "*?\\s)?" FW_PREP,
     NULL, NULL, st_inspection},
    /* "a programme of 39 assessments of its services between May 2024 and
     *  August 2025", "inspections of the youth services during March" */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\b(?:inspections?|assessments?|inspection\\s+visits?)\\s+(?:of|at)\\b" GAP "{0,80}?\\b(?:between|during|throughout)\\s*\\z",
     NULL, NULL, st_inspection_assessment},
    /* "A December 2017 inspection by the inspectorate found ...", "the
     *  September 2022 focused visit", "the 2011 joint 'Announced Inspection
     *  of ...'": the date names the inspection (an
     *  earlier one's cues came first; one earlier than this inspection is
     *  told apart at the end, see named_earlier) */
    {"fieldwork", RULE_FW_NAMED, LEFT, 1, 0, 0,
     "(?i)(?<!\\bsince\\s)(?<!\\bafter\\s)\\b(?:an?|the|this|its|their|our)\\s*\\z",
     "(?i)\\G\\s+(?:(?:full|joint|unannounced|announced|focused|short|core|thematic|follow-up)\\s+){0,2}"
     "(?:['\\x{2018}\\x{201C}\"](?:[\\w-]+\\s+){0,2})?"
     "(?:(?:re-?)?inspection\\b" NOT_A_SCHEME "|(?:focused|monitoring)\\s+visit\\b)", NULL, NULL},
    /* "Between 10 and 21 October a full inspection of the service was
     *  carried out": the date opens the sentence or its 'that' clause */
    {"fieldwork", "dates.fieldwork", LEAD, 1, 0, 0,
     "(?i)\\G\\s*(?:(?:in|on|during|between|from|over)\\s+)?\\z",
     A_FULL_INSPECTION, NULL, NULL},
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\bthat\\s+(?:(?:in|on|during|between|from|over)\\s+)?\\z",
     A_FULL_INSPECTION, NULL, NULL},
    /* "the Marlcombe inspection in May 2021", "at the time of the inspection,
     *  in May 2021", "at the time of the inspection (May 2021)", "problems
     *  found by inspectors in May 2021" */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)(?:(?<!\\bsince\\s)\\b(?:the|this|our)\\s+(?:\\p{Lu}[\\w-]*\\s+){0,3}inspection(?:\\s+of\\b" GAP "{0,60}?)?\\s*(?:,\\s*|\\(\\s*)?(?:in|during)"
     /* "an unannounced inspection in March 2019", "a joint inspection of
      *  the service in May", "an inspection by the inspectorate in May"
      *  (not an earlier one: those cues came first) */
     "|(?<!\\bsince\\s)(?<!\\bafter\\s)\\b(?:an?|its)\\s+(?:(?!(?:previous|last|earlier|prior|first|original|next|future|further)\\b)[\\w-]+\\s+){0,3}?"
     "inspection(?:\\s+(?:of|by)\\b" GAP "{0,60}?)?\\s*(?:,\\s*|\\(\\s*)?(?:in|during|between)"
     "|\\bat\\s+the\\s+time\\s+of\\s+(?:the|our|this)\\s+inspection\\s*(?:,\\s*(?:in|during)|\\()"
     "|\\b(?:found|identified|seen|observed|noted)\\s+by\\s+(?:the\\s+)?inspectors?\\s+(?:in|during))\\s*\\z",
     NULL, NULL, st_inspect},
    /* "HM Inspectorate of Prisons carried out an unannounced inspection of
     *  the youth service in October 2020.", "Inspectors carried out their
     *  fieldwork in the week of 8 March" */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\b(?:conducted|carried\\s+out|undertook|undertaken|completed|led)\\s+(?:(?:an?|the|its|our|their|this)\\s+(?:[\\w-]+\\s+){0,3}?inspections?"
     "|(?:(?:the|its|our|their|this)\\s+)?(?:[\\w-]+\\s+)?(?:fieldwork|inspection\\s+visits?))\\b"
     GAP "*?" FW_PREP,
     NULL, NULL, st_inspection_field},
    /* "a full inspection report of HMP Fenwick from May 2022 was
     *  published": the month the report's inspection was from */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\binspection\\s+report\\s+(?:of|on|into)\\s+[^.;:!?]{1,60}?\\s+from\\s*\\z",
     NULL, NULL, st_inspection},
    /* "The service has been rated 'Good' following an inspection in June
     *  2021.", "its report following an inspection of maternity services at
     *  Marl General Hospital in May 2023" */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\b(?:following|after)\\s+(?:an?|the|its|our|this)\\s+(?:(?:full|core|joint|unannounced|announced|inspection)\\s+)*inspection\\b"
     GAP "*?" FW_PREP,
     NULL, NULL, st_inspection},
    /* "Inspectors visited the service in October 2020.", "Inspectors spent
     *  a week at the service in May", "Inspectors returned in May",
     *  "Inspectors, who visited in May 2021, found ...", "HM Inspectorate
     *  of Hostels, which inspected both units in June, said ..." */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\b" WHO_INSPECTS "(?:\\s*,\\s*(?:who|which))?\\s+(?:\\w+\\s+)?" FW_VERB "\\b"
     CLAUSE_GAP "*?" FW_PREP,
     NULL, NULL, st_inspected_visited},
    /* "The youth offending team was inspected in October 2020.", and the
     *  participle after its noun: "The unit, inspected in May 2021, was
     *  ...", "the prison (visited by inspectors in May 2021)" */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\b(?:was|were|been)\\s+(?:inspected|(?:re-?)?visited)\\b" GAP "*?" FW_PREP,
     NULL, NULL, st_inspected_visited},
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)(?:,|\\()\\s*(?:inspected|(?:re-?)?visited)\\b(?:\\s+by\\b" GAP "*?)?\\s*" FW_PREP,
     NULL, NULL, st_inspected_visited},
    /* "The inspection (3-7 May 2021) found ...", "during the inspection
     *  (May 2021)", "The inspection was in May 2021" */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\b(?:the|this|our)\\s+(?:(?:full|joint|unannounced|announced|inspection)\\s+)?inspection\\s*"
     "(?:\\(|(?:was|were)\\s+(?:in|on|between|during|from))\\s*\\z",
     NULL, NULL, st_inspection},
    /* "at the time of the inspection in October 2020", "during announced
     *  and unannounced inspections in May and June 2021" */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)\\b(?:during|throughout|at\\s+the\\s+time\\s+of)\\s+(?:(?:the|our|this|its|their)\\s+)?(?:(?!(?:previous|last|earlier|prior|first|next)\\b)[\\w-]+\\s+){0,3}?inspections?"
     "(?:\\s+(?:of|at)\\b" GAP "{0,60}?)?\\s+(?:visits?\\s+)?(?:in|on|of|between)\\s*\\z",
     NULL, NULL, st_inspection},
    /* "On-site work took place in the week of 12 October 2020.", "The
     *  unannounced visit took place on 3 May 2021",
     *  "Inspectors were on site from 4 to 8 March 2019." */
    {"fieldwork", "dates.fieldwork", LEFT, 1, 0, 0,
     "(?i)(?:\\b(?:on-?site\\s+(?:work|inspection|visits?|fieldwork)|(?:site|inspection|unannounced|announced|monitoring|focused|follow-up|return)\\s+visits?)\\b" GAP "{0,40}?"
     "\\b(?:took\\s+place|was|were|happened|ran|occurred)\\s+(?:\\w+\\s+)?"
     "|\\b(?:inspectors|we|(?:the\\s+)?(?:inspection\\s+)?team)\\s+(?:were|was)\\s+on[\\s-]?site\\b" GAP "{0,30}?)" FW_PREP,
     NULL, NULL, st_site_visit},
    /* "In October 2020, inspectors visited the service ...", "In May
     *  2024, the inspectorate spent two weeks assessing ..." */
    {"fieldwork", "dates.fieldwork", LEAD, 1, 0, 0,
     "(?i)\\G\\s*(?:(?:in|on|during|between|from|over)\\s+)?\\z",
     "(?i)\\G\\s*,?\\s+(?:the\\s+)?" WHO_INSPECTS "\\s+(?:" FW_VERB "|(?:conducted|carried\\s+out|undertook)\\s+(?:an?|the|its|our|their)\\s+(?:[\\w-]+\\s+){0,3}?inspection)\\b",
     NULL, NULL},

    /* "The service supervised 2,140 people as at 31 March 2021." */
    {"caseload_as_of", "dates.as_at", LEFT, 0, 1, 0,
     "(?i)\\bas\\s+(?:at|of)\\s*\\z",
     NULL,
     "(?i)\\bcaseloads?\\b|" PEOPLE, NULL},
    /* "The company managed around 6,000 adults on probation in June 2020." */
    {"caseload_as_of", "dates.caseload", LEFT, 0, 0, 0,
     "(?i)\\b(?:supervis(?:es|ed|ing)|manag(?:es|ed|ing)|work(?:s|ed|ing)\\s+with|(?:is|was|are|were)\\s+responsible\\s+for(?:\\s+(?:supervising|managing))?|"
     "caseload\\s+(?:of|was|is|stood\\s+at|totalled)|had\\s+a\\s+caseload\\s+of)\\s+" QUALIFIER PEOPLE
     GAP "{0,100}?\\b(?:in|at|on|by|during|as\\s+(?:at|of))\\s*\\z",
     NULL, NULL, st_caseload_verbs},
    /* "The caseload at 31 March 2021 was 2,140.", "4,100 people were on its
     *  caseload in June 2020." */
    {"caseload_as_of", "dates.caseload", LEFT, 0, 0, 0,
     "(?i)(?:\\bcaseloads?|" PEOPLE "\\s+(?:were\\s+|was\\s+)?(?:on|in)\\s+(?:the|its|their)\\s+caseloads?\\b" GAP "{0,40}?)"
     "\\s+(?:in|at|on|as\\s+(?:at|of))\\s*\\z",
     NULL, NULL, st_caseload},
    /* "At the end of June 2020, the service supervised 2,140 people." */
    {"caseload_as_of", "dates.caseload", LEAD, 0, 0, 0,
     "(?i)\\G\\s*(?:(?:in|at|on|by|as\\s+(?:at|of))\\s+)?\\z",
     "(?i)\\G\\s*,?\\s+(?:[\\w&'()-]+\\s+){0,8}?(?:(?:is|was|are|were)\\s+)?(?:supervis(?:es|ed|ing)|manag(?:es|ed|ing)|had\\s+a\\s+caseload\\s+of|"
     "responsible\\s+for(?:\\s+(?:supervising|managing))?|work(?:s|ed|ing)\\s+with)\\s+" QUALIFIER PEOPLE,
     NULL, NULL},

    /* A date naming a report: "the group's November 2010 report", "A
     *  September 2019 report on the force said", "A report in 2011 was
     *  scathing" (one well before this document's date is an earlier
     *  inspection's: see reports_earlier) */
    {"other", RULE_REPORT_NAMED, LEFT, 0, 0, 0,
     "(?i)(?:\\b(?:an?|the|its|their|his|her)|\\w['\\x{2019}]s)\\s*\\z",
     "(?i)\\G\\s+(?:[\\w-]+\\s+){0,2}?report\\b", NULL, NULL},
    {"other", RULE_REPORT_NAMED, LEFT, 0, 0, 0,
     "(?i)\\b(?:an?|its|their)\\s+(?:[\\w-]+\\s+)?report\\s+(?:in|from)\\s*\\z",
     NULL, NULL, st_report},
    /* A statement or letter signed off with its author and day, the line
     *  holding nothing else: "Fenshire Youth Justice Board, 3 May 2022",
     *  "Ann Example, Chief Executive, 3 May 2022" */
    {"publication", "dates.dateline", HEAD, 0, 0, DAYED,
     "\\G\\s*(?:\\p{Lu}[\\p{L}'&.-]*(?:\\s+(?:of|for|and|&|the|\\p{Lu}[\\p{L}'&.-]*)){1,8},\\s*){1,2}\\z",
     "\\G[\\s.]*\\z", NULL, NULL},
    /* Last, a page's byline or date line above the story, in the shapes
     *  sites print it: a day at the line's end or before a short tail, after
     *  nothing, a separator, a name or a label: "Jo Bloggs, Reporter |
     *  Tuesday 3 May 2022 10:30", "By Jo Bloggs | Published 3 May 2022",
     *  "Jo Bloggs 3 May 2022", "News | 3 May 2022", "Written on 3 May 2022",
     *  "3 May 2022 \x{2022} 4 min read", "3rd May 2022 / News", "3 May 2022 by
     *  Jo Bloggs" (every cue above came first) */
    {"publication", "dates.dateline", TOP, 0, 0, DAYED,
     "(?i)\\G\\s*(?:[^\\n.!?]{0,80}?(?:[|/,\\x{2022}\\x{00B7}\\x{2013}\\x{2014}-]\\s*|(?-i:\\p{Lu}[\\p{L}'.-]+)\\s+))?"
     "(?:(?:first\\s+)?(?:published|posted|written|created|added|submitted|dated|issued)\\s+(?:on\\s+)?)?(?:\\w+day,?\\s+)?\\z",
     "(?i)\\G[\\s,]*(?:(?:at\\s+|-\\s*)?\\d{1,2}[.:]\\d{2}\\s*(?:am|pm)?\\s*(?:BST|GMT|UTC)?)?\\s*"
     "(?:(?:[|/\\x{2022}\\x{00B7}\\x{2013}\\x{2014}-]|\\bby\\b)[^\\n.!?]{0,40})?\\s*\\z",
     NULL, NULL},

    /* Last of all, the fallback by the nearest cue word: a month or a day
     *  (never a bare year or a range: a year names a programme or a
     *  reporting year as often as an inspection, a range a programme of
     *  visits) that an inspection word governs in its clause, with nothing
     *  between them that starts another clause or names another event (a
     *  report, a publication, a launch).  An earlier one ("its last full
     *  inspection of the unit in May 2019") is previous_inspection; else
     *  ("its follow-up inspection 21 months later in November 2016")
     *  fieldwork, never a future one nor one 'since' or 'after' an
     *  inspection.  The date is the first 'in', 'on' or 'during' after the
     *  word ("the inspection was in the news in June" is not read). */
    {"previous_inspection", "dates.previous_inspection.cue_word", LEFT, 0, 0, POINT,
     "(?i)\\b(?:last|previous|previously|earlier|prior|original|first)\\s+(?:[\\w'\\x{2019}-]+\\s+){0,3}?(?:(?:re-?)?inspect(?:ion|ed)|visit(?:ed)?)\\b"
     "(?:(?!\\b(?:in|on|at|during)\\b)" FALLBACK_GAP "){0,80}?\\b(?:in|on|during)\\s*\\z",
     NULL, NULL, st_event},
    {"fieldwork", "dates.fieldwork.cue_word", LEFT, 1, 0, POINT,
     "(?i)(?<!since\\s)(?<!after\\s)(?<!before\\s)(?<!since\\sthe\\s)(?<!since\\san\\s)(?<!since\\sits\\s)"
     "(?<!after\\sthe\\s)(?<!after\\san\\s)(?<!after\\sits\\s)(?<!before\\sthe\\s)(?<!before\\sits\\s)"
     "\\b(?:re-?)?inspect(?:ion|ed)\\b(?:(?!\\b(?:in|on|at|during)\\b)" FALLBACK_GAP "){0,60}?\\b(?:in|on|during)\\s*\\z",
     NULL, NULL, st_event},
};
enum { NCUES = sizeof cues / sizeof cues[0] };

/* Words that put an inspection in the future: not fieldwork done.
 * "The next inspection will take place in 2022." */
static const char future_pattern[] =
    "(?i)\\b(?:will|shall|next|due\\s+to|plans?\\s+to|planned|scheduled|future|upcoming|forthcoming|intends?\\s+to|expected\\s+to)\\b";

/* A date joined to the previous one of its sentence: "in May 2021 and June 2021". */
static const char chain_pattern[] =
    "(?i)\\G\\s*,?\\s*(?:(?:and|or|&)\\s+)?(?:(?:in|on|during)\\s+)?\\z";

/* An earlier rating joined to the previous one: "previously rated 'good' in
 * 2019 and 'inadequate' in 2015" (the earlier of two earlier inspections). */
static const char chain_rated_pattern[] =
    "(?i)\\G\\s*,?\\s*(?:and|or|&)\\s+(?:(?:was|were|as)\\s+)?"
    "['\\x{2018}\\x{201C}\"][^'\\x{2019}\\x{201D}\"\\n]{1,30}['\\x{2019}\\x{201D}\"]\\s+(?:in|on|during)\\s+\\z";

/* Page furniture that reached the body: "Copyright © 2021 A Blog, all rights reserved". */
static const char furniture_pattern[] =
    "(?i)(?:\\x{00A9}|\\bcopyright\\b|\\ball\\s+rights\\s+reserved\\b)";

/* A sentence about a judgement or an inspection: an earlier year there is
 * an earlier inspection ("In 2019 the service was rated inadequate", "In
 * 2019 inspectors found ...", "the grade it received in 2019"). */
static const char judged_pattern[] =
    "(?i)\\b(?:rated|judged|graded|re-?inspected|inspected|(?:ratings?|judge?ments?|grades?|verdicts?)\\s+of"
    "|(?:was\\s+given|given|was\\s+awarded|awarded|received|achieved|gained|earned)\\s+an?\\s+(?:[\\w'\\x{2018}\\x{2019}-]+\\s+){0,2}?(?:rating|grade|judge?ment)"
    /* what inspectors found: "in 2019 inspectors had 'found ...'", "criticised by inspectors" */
    "|inspectors\\s+(?:had\\s+)?['\"\\x{2018}\\x{201C}]?(?:found|reported|concluded|identified|criticised|criticized|warned)"
    "|(?:found|identified|criticised|criticized|reported)\\s+by\\s+inspectors"
    /* the judgement after its noun: "the grade it received in 2019", "placed in special measures" */
    "|(?:rating|grade|judge?ment)\\s+(?:it|they|the\\s+[\\w-]+)\\s+(?:had\\s+)?(?:received|achieved|got|was\\s+given|were\\s+given|was\\s+awarded)"
    "|(?:placed|put)\\s+(?:in|into)\\s+special\\s+measures)\\b";

/* An earlier inspection named near a date, with nothing between them that
 * dates another event by it ('months after', 'since', 'before'): "rated
 * 'good' in 2009, under the last inspection", "the last inspection of the
 * service (published in May 2016)".  Left of the date (matched up to it)
 * and right of it (from its end). */
#define EARLIER_VISIT "\\b(?:last|previous|prior|earlier|preceding)\\s+(?:[\\w'\\x{2019}-]+\\s+){0,2}?(?:inspections?|visits?)\\b"
#define RELATION_GAP "(?:(?!\\b(?:after|before|since|following|until|till|ago|later|then)\\b)[^.;!?])"
static const char earlier_left_pattern[] = "(?i)" EARLIER_VISIT RELATION_GAP "{0,100}\\z";
static const char earlier_right_pattern[] = "(?i)\\G" RELATION_GAP "{0,100}?" EARLIER_VISIT;

/* Words that open a period rather than name a point in time. */
static const char period_pattern[] = "(?i)\\b(?:between|from|since|until|till|to)\\s+\\z";

/* A day of a month with no year after it: "on 9 May", "on 05 July", "today
 * (19 September)", "Tuesday 17 May", "May 9", or a run of days: "20-24
 * May", "20 February - 3 March" -- not the start of a range the year ends
 * ("6 May to 17 June 2020" is read whole), not one with its year ("9 May
 * 2023"). */
#define YL_MONTHS "January|February|March|April|May|June|July|August|September|October|November|December"
#define YL_DAY "(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?"
#define YL_TO "\\s*(?:-|\\x{2013}|\\x{2014}|to\\b|and\\b|until\\b)\\s*"
#define YL_YEAR_AFTER "(?!\\s*(?:\\d|'\\d)|\\s*,\\s*(?:\\d{4}|'\\d)|" YL_TO "(?:\\d|(?:" YL_MONTHS ")\\b))"
static const char yearless_pattern[] =
    "(?<![\\d/.-])(?<![\\d]\\s)\\b(?<d>" YL_DAY ")(?:" YL_TO "(?<d3>" YL_DAY "))?\\s+(?:of\\s+)?(?<m>" YL_MONTHS ")\\b"
    "(?:" YL_TO "(?<d4>" YL_DAY ")\\s+(?:of\\s+)?(?<m4>" YL_MONTHS ")\\b)?" YL_YEAR_AFTER
    "|\\b(?<m2>" YL_MONTHS ")\\s+(?<d2>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\b(?![\\d,.]*\\s*,?\\s*\\d|\\s*(?:-|\\x{2013}))";

/* A month whose year a phrase names: "in May this year", "June last year",
 * "March next year", a run of months: "between January and March this
 * year" (a month alone, "in July", stays out: nothing fixes
 * its year). */
static const char month_only_pattern[] =
    "\\b(?:(?<m0>" YL_MONTHS ")" YL_TO ")?(?<m>" YL_MONTHS ")\\s+(?<w>this|last|next)\\s+year\\b";

/* A month alone after 'in' or 'during' ("following an inspection in
 * July"): no year, no day, no run of months after it.  Read only for a
 * fieldwork role (see bare_month_in). */
static const char bare_month_pattern[] =
    "\\b(?:in|during)\\s+(?<m>" YL_MONTHS ")\\b"
    "(?!\\s*,?\\s*(?:\\d|'\\d)|" YL_TO "(?:\\d|(?:" YL_MONTHS ")\\b)|\\s+(?:this|last|next)\\s+year\\b|-)";

typedef struct dates_state {
    ix_rx *left[NCUES], *right[NCUES], *near[NCUES];
    ix_rx *future, *chain, *chain_rated, *furniture, *judged, *earlier_left, *earlier_right, *period, *yearless, *month_only, *bare_month;
} dates_state;

/* ---- stage lifetime -------------------------------------------------- */

void ix_dates_fini(void *state)
{
    dates_state *st = state;
    if (!st)
        return;
    for (int i = 0; i < NCUES; i++) {
        ix_rx_free(st->left[i]);
        ix_rx_free(st->right[i]);
        ix_rx_free(st->near[i]);
    }
    ix_rx_free(st->future);
    ix_rx_free(st->chain);
    ix_rx_free(st->chain_rated);
    ix_rx_free(st->furniture);
    ix_rx_free(st->judged);
    ix_rx_free(st->earlier_left);
    ix_rx_free(st->earlier_right);
    ix_rx_free(st->period);
    ix_rx_free(st->yearless);
    ix_rx_free(st->month_only);
    ix_rx_free(st->bare_month);
    free(st);
}

static int compile(ix_rx **out, const char *name, const char *pattern, ix_err *err)
{
    *out = NULL;
    if (!pattern)
        return IX_OK;
    *out = ix_rx_new(name, pattern, 0, err);
    return *out ? IX_OK : err->code ? err->code : IX_EREGEX;
}

int ix_dates_init(void **state, ix_err *err)
{
    *state = NULL;
    dates_state *st = calloc(1, sizeof *st);
    if (!st)
        return ix_err_set(err, IX_ENOMEM, "dates: out of memory");
    int rc = IX_OK;
    for (int i = 0; i < NCUES && rc == IX_OK; i++) {
        rc = compile(&st->left[i], cues[i].rule, cues[i].left, err);
        if (rc == IX_OK)
            rc = compile(&st->right[i], cues[i].rule, cues[i].right, err);
        if (rc == IX_OK)
            rc = compile(&st->near[i], cues[i].rule, cues[i].near, err);
    }
    if (rc == IX_OK)
        rc = compile(&st->future, "dates.future", future_pattern, err);
    if (rc == IX_OK)
        rc = compile(&st->chain, "dates.chain", chain_pattern, err);
    if (rc == IX_OK)
        rc = compile(&st->chain_rated, "dates.chain_rated", chain_rated_pattern, err);
    if (rc == IX_OK)
        rc = compile(&st->furniture, "dates.furniture", furniture_pattern, err);
    if (rc == IX_OK)
        rc = compile(&st->judged, "dates.judged", judged_pattern, err);
    if (rc == IX_OK)
        rc = compile(&st->earlier_left, "dates.earlier_left", earlier_left_pattern, err);
    if (rc == IX_OK)
        rc = compile(&st->earlier_right, "dates.earlier_right", earlier_right_pattern, err);
    if (rc == IX_OK)
        rc = compile(&st->period, "dates.period", period_pattern, err);
    if (rc == IX_OK)
        rc = compile(&st->yearless, "dates.yearless", yearless_pattern, err);
    if (rc == IX_OK)
        rc = compile(&st->month_only, "dates.month_only", month_only_pattern, err);
    if (rc == IX_OK)
        rc = compile(&st->bare_month, "dates.bare_month", bare_month_pattern, err);
    if (rc != IX_OK) {
        ix_dates_fini(st);
        return rc;
    }
    *state = st;
    return IX_OK;
}

/* ---- candidates ------------------------------------------------------ */

/* How a date without its year takes one from the publication date: the
 * nearest year (a day: '9 May'), the year a phrase names ('May this
 * year', 'June last year', 'March next year'), or the latest such month
 * up to the page's own (an inspection done 'in July' on a page of
 * October: that July; on a page of March: the July before): the page's
 * month is enough for these. */
enum { YF_NEAREST, YF_THIS, YF_LAST, YF_NEXT, YF_PAST };

/* A date found, before merging repeats. */
typedef struct cand {
    ix_dates_value v;
    size_t ns, ne;          /* evidence in norm */
    size_t order;           /* position in the document */
    const char *role;       /* "" once dropped */
    int pending;            /* a relative word, resolved at the end */
    const char *rule;
    char start[11], end[11], time[6];
    int year_from;          /* a yearless date: how the publication date gives its year */
    int keep;
} cand;

typedef struct cands {
    cand *items;
    size_t n, cap;
} cands;

static cand *cand_push(cands *c)
{
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 32;
        cand *p = realloc(c->items, cap * sizeof *p);
        if (!p)
            return NULL;
        c->items = p;
        c->cap = cap;
    }
    cand *x = &c->items[c->n++];
    memset(x, 0, sizeof *x);
    return x;
}

/* Does rx match in doc->norm[from, end)?  Negative: an error.  *at (may
 * be NULL) receives where the match starts. */
static int rx_hit_at(const ix_rx *rx, const ix_doc *doc, size_t from, size_t end,
                     size_t *at, ix_err *err)
{
    ix_rxm m;
    if (from > end)
        return 0;
    int rc = ix_rx_find(rx, doc->norm, from, end, &m, err);
    if (rc > 0 && at)
        *at = m.g[0].start;
    return rc;
}

static int rx_hit(const ix_rx *rx, const ix_doc *doc, size_t from, size_t end, ix_err *err)
{
    return rx_hit_at(rx, doc, from, end, NULL, err);
}

enum { WINDOW_LEFT = 240, WINDOW_NEAR = 300, WINDOW_RIGHT = 200, HEAD_MAX = 200 };

/* Is the date v all its block holds (blanks and a leading '|' or bullet
 * aside)? */
/* The longest line a signature's name or office takes. */
enum { SIGN_MAX = 80 };

static int alone_in_block(const ix_doc *doc, const ix_block *blk, const ix_dates_value *v)
{
    if (blk->text.start > v->start || blk->text.end < v->end)
        return 0;
    for (size_t i = blk->text.start; i < v->start; i++)
        if (!strchr(" \t\n|-", doc->norm[i]))
            return 0;
    for (size_t i = v->end; i < blk->text.end; i++)
        if (!strchr(" \t\n.", doc->norm[i]))
            return 0;
    return 1;
}

/* A listing's entry below the story's start: a short line that opens with
 * the date, then a colon and the title of another item ("November 2016:
 * Police Efficiency 2016", "February 2019: Reporters go inside a prison"),
 * no stop at its end.  Such a date is another article's: not read. */
enum { ENTRY_MAX = 120 };

static int listing_entry(const ix_doc *doc, const ix_block *blk, const ix_dates_value *v,
                         size_t top_end)
{
    const char *s = doc->norm;
    size_t a = blk->text.start, b = blk->text.end;
    while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\n'))
        a++;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\n'))
        b--;
    if (a >= top_end && v->start == a && b - a <= ENTRY_MAX && v->end + 2 < b && s[v->end] == ':' &&
        s[v->end + 1] == ' ' && s[v->end + 2] >= 'A' && s[v->end + 2] <= 'Z' && !memchr(s + a, '\n', b - a) &&
        !strchr(".!?", s[b - 1]))
        return 1;
    return 0;
}

/* The small words an office's name joins its words with: "of", "and". */
static int joining_word(const char *w, size_t n)
{
    static const char *const words[] = {"of", "and", "the", "for", "&"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (n == strlen(words[k]) && memcmp(w, words[k], n) == 0)
            return 1;
    return 0;
}

/* True when block bi is a short line naming an office, every word capitalised
 * or a small joining word ("HM Inspector of Constabulary", "Chief Executive"),
 * and the block above it a short line too (the name that signs). */
static int office_line(const ix_doc *doc, size_t bi)
{
    if (bi == 0 || bi >= doc->blocks.n)
        return 0;
    const ix_span t = doc->blocks.items[bi].text, u = doc->blocks.items[bi - 1].text;
    if (t.end - t.start > SIGN_MAX || u.end - u.start > SIGN_MAX || u.end <= u.start)
        return 0;
    const char *s = doc->norm;
    if (memchr(s + u.start, '.', u.end - u.start) && s[u.end - 1] == '.')
        return 0;
    int role = 0;
    for (size_t i = t.start; i < t.end;) {
        while (i < t.end && (s[i] == ' ' || s[i] == ','))
            i++;
        size_t j = i;
        while (j < t.end && s[j] != ' ' && s[j] != ',')
            j++;
        if (j == i)
            break;
        if (s[i] >= 'a' && s[i] <= 'z' && !joining_word(s + i, j - i))
            return 0;
        if (ix_quotes_lex_role_word(s, i, j))
            role = 1;
        i = j;
    }
    return role;
}

/* A date alone on its line right under a signature: a name's line, then an
 * office's ("Ann Example\nHM Chief Inspector of Hostels\nMay 2021"): the
 * day the foreword or letter was signed, the report's date. */
static int signed_off(const ix_doc *doc, const ix_sent *sent, const ix_dates_value *v)
{
    const ix_block *blk = &doc->blocks.items[sent->block];
    return sent->block > 0 && v->from.m && !v->to.y && alone_in_block(doc, blk, v) && office_line(doc, sent->block - 1);
}

/* The role of the date v in sentence si; prev_end is where the previous date
 * of the sentence ended (or the sentence start).  Sets *role and *rule;
 * *ns may move back to include 'as at'.  Returns IX_OK or an error. */
static int assign_role(const dates_state *st, const ix_doc *doc, size_t si, const ix_dates_value *v,
                       size_t prev_end, const cand *prev, size_t top_end, const char **role,
                       const char **rule, size_t *ns, ix_err *err)
{
    const ix_sent *sent = &doc->sents.items[si];
    const ix_block *blk = &doc->blocks.items[sent->block];
    size_t s0 = sent->norm.start, s1 = sent->norm.end;
    size_t L = v->start > s0 + WINDOW_LEFT ? v->start - WINDOW_LEFT : s0;
    if (L < prev_end)
        L = prev_end;
    size_t R = v->end + WINDOW_RIGHT < s1 ? v->end + WINDOW_RIGHT : s1;
    size_t N0 = v->start > s0 + WINDOW_NEAR ? v->start - WINDOW_NEAR : s0;
    size_t N1 = v->end + WINDOW_NEAR < s1 ? v->end + WINDOW_NEAR : s1;
    int head_ok = prev_end == s0 && sent->block < doc->blocks.n &&
                  blk->text.start <= v->start && v->start - blk->text.start <= HEAD_MAX &&
                  blk->text.end - blk->text.start <= 2 * HEAD_MAX;
    int top_ok = head_ok && v->start < top_end;
    int story_ok = prev_end == s0 && s0 <= top_end + 40 && v->start >= top_end && v->start - top_end <= 40;
    int lead_ok = prev_end == s0 && v->start - s0 <= 40;
    int line_ok = prev_end == s0 && sent->block < doc->blocks.n && alone_in_block(doc, blk, v);
    int future = -1;

    for (int i = 0; i < NCUES; i++) {
        const cue *c = &cues[i];
        int rc;
        if (c->only == RELATIVE && !v->relative)
            continue;
        if (c->only == MONTHED && !v->from.m)
            continue;
        if (c->only == DAYED && (!v->from.d || v->to.y))
            continue;
        if (c->only == POINT && (!v->from.m || v->to.y))
            continue;
        if (c->only == DAYS && !v->from.d)
            continue;
        if (c->only == SINGLE && v->to.y)
            continue;
        if (c->where == HEAD && !head_ok)
            continue;
        if (c->where == TOP && !top_ok)
            continue;
        if (c->where == STORY && !story_ok)
            continue;
        if (c->where == LEAD && !lead_ok)
            continue;
        if ((c->where == LINE || c->where == STAMP) && !line_ok)
            continue;
        if (c->where == STAMP && (v->hh < 0 || !v->from.d))
            continue;
        if (c->not_future) {
            if (future < 0) {
                size_t f0 = v->start > L + 100 ? v->start - 100 : L;
                future = rx_hit(st->future, doc, f0, v->start, err);
                if (future < 0)
                    return future;
            }
            if (future)
                continue;
        }
        /* `right` first: anchored at the date's end it is one attempt,
         * where `left`, anchored at the date by \z, is tried from every
         * start in its window; a cue needs both, so the order is free. */
        if (st->right[i]) {
            size_t r1 = c->where != LINE                   ? R
                        : v->end + WINDOW_RIGHT < doc->norm_len ? v->end + WINDOW_RIGHT
                                                                : doc->norm_len;
            if ((rc = rx_hit(st->right[i], doc, v->end, r1, err)) <= 0) {
                if (rc < 0)
                    return rc;
                continue;
            }
        }
        size_t left_start = (size_t)-1;
        if (st->left[i]) {
            size_t from = c->where == HEAD || c->where == TOP      ? blk->text.start
                          : c->where == LEAD || c->where == STORY ? s0
                                                                  : L;
            if (c->stems && !ix_keywords_long_s(doc) &&
                !ix_keywords_contains_any(doc, from, v->start, c->stems))
                continue;
            if ((rc = rx_hit_at(st->left[i], doc, from, v->start, &left_start, err)) <= 0) {
                if (rc < 0)
                    return rc;
                continue;
            }
        }
        if (st->near[i]) {
            if ((rc = rx_hit(st->near[i], doc, N0, N1, err)) <= 0) {
                if (rc < 0)
                    return rc;
                continue;
            }
        }
        *role = c->role;
        *rule = c->rule;
        if (c->as_at && left_start != (size_t)-1)
            *ns = left_start;   /* the evidence starts at 'as at' */
        return IX_OK;
    }

    if (line_ok && signed_off(doc, sent, v)) {
        *role = "publication";
        *rule = "dates.signed_off";
        return IX_OK;
    }
    /* "in May 2021 and June 2021": the second shares the first's role */
    if (prev && prev->role && strcmp(prev->role, "other") != 0) {
        int rc = rx_hit(st->chain, doc, prev->ne, v->start, err);
        if (rc < 0)
            return rc;
        if (!rc && strcmp(prev->role, "previous_inspection") == 0 &&
            (rc = rx_hit(st->chain_rated, doc, prev->ne, v->start, err)) < 0)
            return rc;
        if (rc) {
            *role = prev->role;
            *rule = prev->rule;
            return IX_OK;
        }
    }
    *role = "other";
    *rule = "dates.other";
    return IX_OK;
}

/* ---- merging and output ---------------------------------------------- */

static int role_rank(const char *role)
{
    static const char *const order[] = {"publication", "fieldwork", "caseload_as_of",
                                        "previous_inspection", "other"};
    for (int i = 0; i < 5; i++)
        if (strcmp(role, order[i]) == 0)
            return i;
    return 5;
}

static int cmp_value(const void *pa, const void *pb)
{
    const cand *a = *(const cand *const *)pa, *b = *(const cand *const *)pb;
    int c = strcmp(a->start, b->start);
    if (c)
        return c;
    c = strcmp(a->end, b->end);
    if (c)
        return c;
    c = role_rank(a->role) - role_rank(b->role);
    if (c)
        return c;
    return a->order < b->order ? -1 : a->order > b->order;
}

static int cmp_order(const void *pa, const void *pb)
{
    const cand *a = *(const cand *const *)pa, *b = *(const cand *const *)pb;
    return a->order < b->order ? -1 : a->order > b->order;
}

/* One item per (role, start, end): the first statement, or the first that
 * also gives a time.  An `other` item whose value already has a role goes
 * (the same day or month stated again), unless it is a bare year: a year
 * names too much for two mentions of it to be one event; or a page's update
 * stamp, an event of its own. */
static void merge(cand **idx, size_t n)
{
    size_t g = 0;
    while (g < n) {
        size_t h = g;
        while (h < n && strcmp(idx[h]->start, idx[g]->start) == 0 &&
               strcmp(idx[h]->end, idx[g]->end) == 0)
            h++;
        /* [g, h): one value, sorted by role then order */
        int has_role = 0;
        size_t r = g;
        while (r < h) {
            size_t q = r;
            while (q < h && strcmp(idx[q]->role, idx[r]->role) == 0)
                q++;
            size_t best = r;
            for (size_t k = r; k < q; k++)
                if (idx[k]->time[0] && !idx[best]->time[0])
                    best = k;
            int other = strcmp(idx[r]->role, "other") == 0;
            int year_only = strlen(idx[r]->start) == 4;
            size_t stamp = q;
            for (size_t k = r; k < q && stamp == q; k++)
                if (idx[k]->rule == RULE_UPDATED)
                    stamp = k;
            if (!(other && has_role && !year_only))
                idx[best]->keep = 1;
            else if (stamp < q)
                idx[stamp]->keep = 1;   /* an update stamp beside the publication */
            if (!other)
                has_role = 1;
            r = q;
        }
        g = h;
    }
}

/* An `other` bare year in a document that gives that year a role elsewhere
 * ('the 2016 recommendations' beside 'our inspection in May 2016'; 'In
 * 2019, assessments of safety ...' beside fieldwork in May 2019) is a
 * second mention of that event, not an event of its own: it goes.  A
 * part of a year ('the summer of 2016', 'early 2019') is kept: it is more
 * precise than the year.  The keep flags are those merge() set. */
static void drop_restated_years(cand **idx, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        cand *c = idx[i];
        if (!c->keep || strcmp(c->role, "other") != 0 || c->v.from.m || c->v.to.y || c->v.qual)
            continue;
        for (size_t k = 0; k < n; k++) {
            const cand *o = idx[k];
            if (o->keep && strcmp(o->role, "other") != 0 && o->v.from.y == c->v.from.y &&
                (!o->v.to.y || o->v.to.y == o->v.from.y)) {
                c->keep = 0;
                break;
            }
        }
    }
}

/* Does the kept, roled item o state a day whose month is m of year y (a
 * day, or a run of days starting or ending in that month)? */
static int day_in_month(const cand *o, int y, int m)
{
    if (!o->keep || strcmp(o->role, "other") == 0 || !o->v.from.d)
        return 0;
    if (o->v.from.y == y && o->v.from.m == m)
        return 1;
    return o->v.to.y == y && o->v.to.m == m && o->v.to.d;
}

/* An `other` month in a document that gives a day of that month a role
 * ('Report on Marl Hostel, May 2021' beside fieldwork on 4-8 May 2021 or
 * a publication on 20 May 2021) restates that event at a coarser grain: it
 * goes, as a restated year does.  A qualified month ('the end of May
 * 2021') and a range of months are kept. */
static void drop_restated_months(cand **idx, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        cand *c = idx[i];
        if (!c->keep || strcmp(c->role, "other") != 0 || !c->v.from.m || c->v.from.d ||
            c->v.to.y || c->v.qual)
            continue;
        for (size_t k = 0; k < n; k++)
            if (day_in_month(idx[k], c->v.from.y, c->v.from.m)) {
                c->keep = 0;
                break;
            }
    }
}

static int emit(ix_doc *doc, const cand *c, ix_err *err)
{
    ix_date *d = IX_VEC_PUSH(doc->arena, doc->dates);
    if (!d)
        return ix_err_set(err, IX_ENOMEM, "dates: out of memory");
    d->role = c->role;
    memcpy(d->start, c->start, sizeof d->start);
    memcpy(d->end, c->end, sizeof d->end);
    memcpy(d->time, c->time, sizeof d->time);
    d->text = NULL;
    d->rule = c->rule;
    if (c->v.qual) {
        d->rule = ix_arena_printf(doc->arena, "%s.%s", c->rule, c->v.qual);
        if (!d->rule)
            return ix_err_set(err, IX_ENOMEM, "dates: out of memory");
    }
    ix_scan_evidence(doc, c->ns, c->ne, &d->span, &d->norm);
    return IX_OK;
}

enum { MAX_WARNINGS = 50 };

static int warn_value(ix_doc *doc, const ix_dates_value *v, int *nwarn)
{
    if (*nwarn >= MAX_WARNINGS)
        return IX_OK;
    ix_span span = ix_doc_src_span(doc, v->start, v->end);
    int len = (int)(v->end - v->start > 80 ? 80 : v->end - v->start);
    const char *t = doc->norm + v->start;
    int rc = IX_OK;
    if (v->invalid) {
        rc = ix_doc_warn(doc, "invalid_date", span, "no such date: '%.*s' (not output)", len, t);
    } else if (v->ambiguous) {
        char s[11], e[11], tm[6];
        ix_dates_parse_iso(v, s, e, tm);
        rc = ix_doc_warn(doc, "ambiguous_date", span, "'%.*s' read day first, as %s", len, t, s);
    } else if (v->weekday_mismatch) {
        rc = ix_doc_warn(doc, "date_weekday_mismatch", span,
                         "'%.*s': the weekday does not match the date; the date is kept", len, t);
    } else {
        return IX_OK;
    }
    (*nwarn)++;
    return rc;
}

/* ---- the stage ------------------------------------------------------- */

static int scan_sentence(const dates_state *st, ix_doc *doc, size_t si, size_t top_end,
                         cands *cs, int *nwarn, ix_err *err)
{
    const ix_sent *sent = &doc->sents.items[si];
    size_t s0 = sent->norm.start, s1 = sent->norm.end;
    size_t pos = s0, prev_end = s0;
    size_t prev_idx = (size_t)-1;
    ix_dates_value v;
    while (pos < s1 && ix_dates_parse_find(doc->norm, s0, pos, s1, &v) != (size_t)-1) {
        pos = v.end > pos ? v.end : pos + 1;
        if (v.invalid || v.ambiguous || v.weekday_mismatch) {
            int rc = warn_value(doc, &v, nwarn);
            if (rc != IX_OK)
                return ix_err_set(err, rc, "dates: out of memory");
        }
        if (v.invalid)
            continue;
        /* "Copyright © 2021 ..." left in the body */
        size_t f0 = v.start > s0 + 60 ? v.start - 60 : s0;
        int rc = rx_hit(st->furniture, doc, f0, v.start, err);
        if (rc < 0)
            return rc;
        if (rc || (sent->block < doc->blocks.n &&
                   listing_entry(doc, &doc->blocks.items[sent->block], &v, top_end)))
            continue;
        cand *c = cand_push(cs);
        if (!c)
            return ix_err_set(err, IX_ENOMEM, "dates: out of memory");
        c->v = v;
        c->ns = v.start;
        c->ne = v.end;
        c->order = v.start;
        c->pending = v.relative != IX_DATES_ABSOLUTE;
        const cand *prev = prev_idx != (size_t)-1 ? &cs->items[prev_idx] : NULL;
        size_t ns = v.start;
        rc = assign_role(st, doc, si, &v, prev_end, prev, top_end, &c->role, &c->rule, &ns, err);
        if (rc < 0)
            return rc;
        c->ns = ns;
        if (!c->pending) {
            ix_dates_parse_iso(&v, c->start, c->end, c->time);
            prev_idx = cs->n - 1;
        }
        prev_end = v.end;
    }
    return IX_OK;
}

/* The first publication date (not a relative one, not a range) with a day,
 * or with a month at least when !need_day, or NULL. */
static const cand *first_publication(const cands *cs, int need_day)
{
    for (size_t i = 0; i < cs->n; i++) {
        const cand *c = &cs->items[i];
        if (!c->pending && strcmp(c->role, "publication") == 0 &&
            (need_day ? c->v.from.d : c->v.from.m) && !c->v.to.y)
            return c;
    }
    return NULL;
}

/* The first publication date with a day, or NULL. */
static const cand *publication_day(const cands *cs)
{
    return first_publication(cs, 1);
}

/* The first publication date with a month at least, or NULL: what fixes
 * the year of 'May this year'. */
static const cand *publication_month(const cands *cs)
{
    return first_publication(cs, 0);
}

/* The first date with a day of any role (not a relative one, not a
 * range), or NULL: on a page that gives no publication day, the year of
 * its own day stated without one ('published today (19 September)'). */
static const cand *first_day(const cands *cs)
{
    for (size_t i = 0; i < cs->n; i++) {
        const cand *c = &cs->items[i];
        if (!c->pending && c->v.from.d && !c->v.to.y)
            return c;
    }
    return NULL;
}

/* The day of the month written at sp ("9", "05", "17th"). */
static int day_of(const ix_doc *doc, ix_span sp)
{
    int day = 0;
    for (size_t i = sp.start; i < sp.end && doc->norm[i] >= '0' && doc->norm[i] <= '9'; i++)
        day = day * 10 + (doc->norm[i] - '0');
    return day;
}

/* Does [a, b) overlap a date already read in the sentence (cs->items from
 * first on; with settled_only, pending ones do not count)? */
static int overlaps_read(const cands *cs, size_t first, size_t a, size_t b, int settled_only)
{
    for (size_t k = first; k < cs->n; k++)
        if ((!settled_only || !cs->items[k].pending) && a < cs->items[k].v.end && b > cs->items[k].v.start)
            return 1;
    return 0;
}

/* A date without a year at [v->start, v->end) of sentence si, its role
 * assigned now and its year left for later (pending), from year_from. */
static int push_yearless(const dates_state *st, ix_doc *doc, size_t si, size_t top_end, cands *cs,
                         const ix_dates_value *v, int year_from, ix_err *err)
{
    const char *role, *rule;
    size_t ns = v->start;
    int rc = assign_role(st, doc, si, v, doc->sents.items[si].norm.start, NULL, top_end, &role, &rule,
                         &ns, err);
    if (rc < 0)
        return rc;
    cand *c = cand_push(cs);
    if (!c)
        return ix_err_set(err, IX_ENOMEM, "dates: out of memory");
    c->v = *v;
    c->ns = ns;
    c->ne = v->end;
    c->order = v->start;
    c->pending = 1;
    c->role = role;
    c->rule = rule;
    c->year_from = year_from;
    return IX_OK;
}

/* Days of a month without their year in sentence si, outside the dates
 * already read there (the candidates from cs->items[first] on): candidates
 * whose year the publication date fixes at the end (resolve_relatives). */
static int yearless_in(const dates_state *st, ix_doc *doc, size_t si, size_t top_end, cands *cs,
                       size_t first, ix_err *err)
{
    const ix_sent *sent = &doc->sents.items[si];
    size_t s0 = sent->norm.start, s1 = sent->norm.end, pos = s0;
    int gd = ix_rx_group(st->yearless, "d"), gm = ix_rx_group(st->yearless, "m");
    int gd2 = ix_rx_group(st->yearless, "d2"), gm2 = ix_rx_group(st->yearless, "m2");
    int gd3 = ix_rx_group(st->yearless, "d3");
    int gd4 = ix_rx_group(st->yearless, "d4"), gm4 = ix_rx_group(st->yearless, "m4");
    ix_rxm m;
    while (pos < s1) {
        int rc = ix_rx_find(st->yearless, doc->norm, pos, s1, &m, err);
        if (rc < 0)
            return rc;
        if (rc == 0)
            break;
        size_t a = m.g[0].start, b = m.g[0].end;
        pos = b > pos ? b : pos + 1;
        if (overlaps_read(cs, first, a, b, 1))
            continue;
        ix_span ms = ix_rxm_has(&m, gm) ? m.g[gm] : m.g[gm2];
        int month = ix_dates_parse_month(doc->norm, ms.start, ms.end);
        int day = day_of(doc, ix_rxm_has(&m, gd) ? m.g[gd] : m.g[gd2]);
        ix_dates_ymd to = {0, 0, 0};
        if (ix_rxm_has(&m, gd3)) {          /* "20-24 May" */
            to = (ix_dates_ymd){0, month, day_of(doc, m.g[gd3])};
        } else if (ix_rxm_has(&m, gd4)) {   /* "20 February - 3 March" */
            to = (ix_dates_ymd){0, ix_dates_parse_month(doc->norm, m.g[gm4].start, m.g[gm4].end),
                                day_of(doc, m.g[gd4])};
        }
        if (!month || !day || (to.d && (!to.m || (to.m == month && to.d <= day))))
            continue;
        ix_dates_value v;
        memset(&v, 0, sizeof v);
        v.start = a;
        v.end = b;
        v.from = (ix_dates_ymd){0, month, day};
        v.to = to;
        v.hh = v.mm = -1;
        v.relative = IX_DATES_YEARLESS;
        if ((rc = push_yearless(st, doc, si, top_end, cs, &v, YF_NEAREST, err)) < 0)
            return rc;
    }
    return IX_OK;
}

/* Months whose year a phrase names in sentence si ("May this year"),
 * outside the dates already read there (from cs->items[first] on). */
static int month_only_in(const dates_state *st, ix_doc *doc, size_t si, size_t top_end,
                         cands *cs, size_t first, ix_err *err)
{
    const ix_sent *sent = &doc->sents.items[si];
    size_t s0 = sent->norm.start, s1 = sent->norm.end, pos = s0;
    int gm = ix_rx_group(st->month_only, "m"), gw = ix_rx_group(st->month_only, "w");
    int gm0 = ix_rx_group(st->month_only, "m0");
    ix_rxm m;
    while (pos < s1) {
        int rc = ix_rx_find(st->month_only, doc->norm, pos, s1, &m, err);
        if (rc < 0)
            return rc;
        if (rc == 0)
            break;
        size_t a = m.g[0].start, b = m.g[0].end;
        pos = b > pos ? b : pos + 1;
        if (overlaps_read(cs, first, a, b, 0))
            continue;
        int month = ix_dates_parse_month(doc->norm, m.g[gm].start, m.g[gm].end);
        if (!month)
            continue;
        ix_dates_ymd from = {0, month, 0}, to = {0, 0, 0};
        if (ix_rxm_has(&m, gm0)) {      /* "January to March this year" */
            int m0 = ix_dates_parse_month(doc->norm, m.g[gm0].start, m.g[gm0].end);
            if (m0 && m0 < month) {
                from.m = m0;
                to.m = month;
            } else {
                a = m.g[gm].start;      /* no run: the month the phrase names */
            }
        }
        char w = doc->norm[m.g[gw].start];
        int yf = w == 't' ? YF_THIS : w == 'l' ? YF_LAST : YF_NEXT;
        ix_dates_value v;
        memset(&v, 0, sizeof v);
        v.start = a;
        v.end = b;
        v.from = from;
        v.to = to;
        v.hh = v.mm = -1;
        v.relative = IX_DATES_YEARLESS;
        if ((rc = push_yearless(st, doc, si, top_end, cs, &v, yf, err)) < 0)
            return rc;
    }
    return IX_OK;
}

/* Months alone in sentence si that a fieldwork cue governs ("following
 * an inspection in July", "An inspection in June found ..."), outside the
 * dates already read there (from cs->items[first] on): the latest such
 * month up to the page's own.  A month alone with any other role, or
 * none, stays out: nothing but an inspection done before the page was
 * written fixes its year. */
static int bare_month_in(const dates_state *st, ix_doc *doc, size_t si, size_t top_end,
                         cands *cs, size_t first, ix_err *err)
{
    const ix_sent *sent = &doc->sents.items[si];
    size_t s0 = sent->norm.start, s1 = sent->norm.end, pos = s0;
    int gm = ix_rx_group(st->bare_month, "m");
    ix_rxm m;
    while (pos < s1) {
        int rc = ix_rx_find(st->bare_month, doc->norm, pos, s1, &m, err);
        if (rc < 0)
            return rc;
        if (rc == 0)
            break;
        size_t a = m.g[gm].start, b = m.g[gm].end;
        pos = b > pos ? b : pos + 1;
        if (overlaps_read(cs, first, a, b, 0))
            continue;
        int month = ix_dates_parse_month(doc->norm, a, b);
        if (!month)
            continue;
        ix_dates_value v;
        memset(&v, 0, sizeof v);
        v.start = a;
        v.end = b;
        v.from = (ix_dates_ymd){0, month, 0};
        v.hh = v.mm = -1;
        v.relative = IX_DATES_YEARLESS;
        if ((rc = push_yearless(st, doc, si, top_end, cs, &v, YF_PAST, err)) < 0)
            return rc;
        if (strcmp(cs->items[cs->n - 1].role, "fieldwork") != 0)
            cs->n--;                    /* not an inspection's month: left out */
    }
    return IX_OK;
}

/* True when sentence si holds a digit 1-9, as every day of the month the
 * yearless pattern reads starts with one. */
static int has_day_digit(const ix_doc *doc, size_t si)
{
    const ix_sent *sent = &doc->sents.items[si];
    for (size_t i = sent->norm.start; i < sent->norm.end; i++)
        if (doc->norm[i] >= '1' && doc->norm[i] <= '9')
            return 1;
    return 0;
}

/* The year that puts month m, day d nearest to the publication day p
 * ("9 May" in a page of 15 June 2023 is 2023; "20 December" in one of 5
 * January 2024 is 2023), or 0 when that day does not exist. */
static int nearest_year(const ix_dates_ymd *p, int m, int d)
{
    int best = 0;
    long best_gap = 0;
    for (int y = p->y - 1; y <= p->y + 1; y++) {
        if (d > ix_dates_parse_days_in_month(y, m))
            continue;
        long gap = (long)(y - p->y) * 372 + (m - p->m) * 31 + (d - p->d);
        if (gap < 0)
            gap = -gap;
        if (!best || gap < best_gap) {
            best = y;
            best_gap = gap;
        }
    }
    return best;
}

/* 'yesterday' and 'tomorrow' against the publication date, and a day of a
 * month without its year in the year that puts it nearest to that date;
 * 'today' and anything without a known publication day go. */
static void resolve_relatives(cands *cs)
{
    const cand *page = publication_day(cs), *day = page ? page : first_day(cs);
    const cand *month_page = page ? page : publication_month(cs);
    for (size_t i = 0; i < cs->n; i++) {
        cand *c = &cs->items[i];
        if (!c->pending)
            continue;
        c->pending = 0;
        /* without the page's day, only its own day stated without a year
         * takes the year of the first day the page gives; 'May this year'
         * needs the page's month only */
        int by_month = c->v.relative == IX_DATES_YEARLESS && c->year_from != YF_NEAREST;
        const cand *pub = by_month ? month_page
                          : page   ? page
                          : c->v.relative == IX_DATES_YEARLESS && strcmp(c->role, "publication") == 0 ? day
                                                                                                      : NULL;
        if (!pub || c->v.relative == IX_DATES_TODAY) {
            c->role = "";   /* dropped */
            continue;
        }
        ix_dates_value v = c->v;
        if (v.relative == IX_DATES_YEARLESS) {
            /* the day of a month the page's own date fixes the year of */
            const ix_dates_ymd *p = &pub->v.from;
            int y = c->year_from == YF_THIS   ? p->y
                    : c->year_from == YF_LAST ? p->y - 1
                    : c->year_from == YF_NEXT ? p->y + 1
                    : c->year_from == YF_PAST ? (v.from.m <= p->m ? p->y : p->y - 1)
                                              : nearest_year(p, v.from.m, v.from.d);
            if (!y) {
                c->role = "";
                continue;
            }
            v.from.y = y;
            if (v.to.m) {
                /* a run of days ends in the same year, or the next one
                 * ("28 December - 3 January") */
                v.to.y = v.to.m < v.from.m ? y + 1 : y;
                if (v.to.d > ix_dates_parse_days_in_month(v.to.y, v.to.m)) {
                    c->role = "";
                    continue;
                }
            }
        } else {
            v.from = pub->v.from;
            ix_dates_parse_add_days(&v.from, v.relative == IX_DATES_YESTERDAY ? -1 : 1);
            v.to = (ix_dates_ymd){0, 0, 0};
        }
        v.hh = v.mm = -1;
        int yearless = v.relative == IX_DATES_YEARLESS;
        v.relative = IX_DATES_ABSOLUTE;
        c->v = v;
        if (strcmp(c->role, "other") == 0)
            c->rule = yearless ? "dates.year_from_publication" : "dates.relative";
        ix_dates_parse_iso(&v, c->start, c->end, c->time);
    }
}

/* A year before this inspection's, in a sentence about a judgement, is an
 * earlier inspection: "In January 2020 the service was judged outstanding"
 * in a report of a 2024 inspection.  This inspection's year is its latest
 * fieldwork date, else its publication date.  So is a date (before that
 * year, when it is known) next to words naming an earlier inspection
 * ("'good' in 2009, under the last inspection"): see earlier_visit_near. */
enum { JUDGED_NEAR = 60, EARLIER_NEAR = 100 };

/* 1 when sentence si names an earlier inspection within EARLIER_NEAR bytes
 * of the candidate c, with no word between them that dates another event
 * by it (EARLIER_VISIT, RELATION_GAP); 0 when not, <0 on error. */
static int earlier_visit_near(const dates_state *st, const ix_doc *doc, size_t si, const cand *c,
                              ix_err *err)
{
    size_t a = doc->sents.items[si].norm.start, b = doc->sents.items[si].norm.end;
    if (c->ns > a + EARLIER_NEAR)
        a = c->ns - EARLIER_NEAR;
    if (c->ne + EARLIER_NEAR < b)
        b = c->ne + EARLIER_NEAR;
    if (!ix_keywords_long_s(doc) && !ix_keywords_contains_any(doc, a, b, st_earlier_inspection))
        return 0;
    int rc = rx_hit(st->earlier_right, doc, c->ne, b, err);
    if (rc == 0)
        rc = rx_hit(st->earlier_left, doc, a, c->ns, err);
    return rc;
}

static int earlier_inspections(const dates_state *st, const ix_doc *doc, cands *cs, ix_err *err)
{
    int year = 0;
    for (int pass = 0; pass < 2 && !year; pass++)
        for (size_t i = 0; i < cs->n; i++) {
            const cand *c = &cs->items[i];
            if (!c->role[0] || c->pending)
                continue;
            if (strcmp(c->role, pass == 0 ? "fieldwork" : "publication") == 0 && c->v.from.y > year)
                year = c->v.from.y;
        }
    for (size_t i = 0; i < cs->n; i++) {
        cand *c = &cs->items[i];
        /* one point in time: a range, or a date opening a period ("between
         * November 2013 and ...", "since 2019"), is a reporting period */
        if (c->pending || strcmp(c->role, "other") != 0 || !c->v.from.y || (year && c->v.from.y >= year) ||
            c->v.to.y)
            continue;
        size_t b0 = c->ns > 12 ? c->ns - 12 : 0;
        int period = rx_hit(st->period, doc, b0, c->ns, err);
        if (period < 0)
            return period;
        if (period)
            continue;
        size_t si = ix_doc_sent_at(doc, c->ns);
        if (si == (size_t)-1)
            continue;
        /* the judgement near the date, not in a quote the sentence runs into */
        size_t a = doc->sents.items[si].norm.start, b = doc->sents.items[si].norm.end;
        if (c->ns > a + JUDGED_NEAR)
            a = c->ns - JUDGED_NEAR;
        if (c->ne + JUDGED_NEAR < b)
            b = c->ne + JUDGED_NEAR;
        int rc = year ? rx_hit(st->judged, doc, a, b, err) : 0;
        if (rc == 0)
            rc = earlier_visit_near(st, doc, si, c, err);
        if (rc < 0)
            return rc;
        if (rc) {
            c->role = "previous_inspection";
            c->rule = "dates.previous_inspection.earlier";
        }
    }
    return IX_OK;
}

/* How many months a comes before b (negative: after); by years alone
 * (12 a year) when either has no month. */
static int months_before(const ix_dates_ymd *a, const ix_dates_ymd *b)
{
    if (!a->m || !b->m)
        return (b->y - a->y) * 12;
    return (b->y - a->y) * 12 + (b->m - a->m);
}

/* Two inspections told apart: a fieldwork date over a few months before
 * this inspection's latest fieldwork date names an earlier inspection
 * ("The 2016 inspection covered ... The 2017 inspection was ...", "The
 * regulator inspected the service in November 2011 ... an inspection would
 * take place from 19 January 2015"), and so does a date naming an
 * inspection ("the 2016 inspection") whose value is an earlier
 * inspection's elsewhere.  Such a date is previous_inspection.  A range
 * (not one naming an inspection) is left alone: a programme of visits
 * runs for months. */
/* Order of candidates by value (start, then end). */
static int cmp_start_end(const void *pa, const void *pb)
{
    const cand *a = *(const cand *const *)pa, *b = *(const cand *const *)pb;
    int c = strcmp(a->start, b->start);
    return c ? c : strcmp(a->end, b->end);
}

static int named_earlier(cands *cs, ix_err *err)
{
    /* an inspection's fieldwork and its return visits span weeks: a date
     * up to this many months before the latest is the same inspection */
    enum { SAME_INSPECTION_MONTHS = 3 };
    const cand *latest = NULL;
    size_t nprev = 0;
    for (size_t i = 0; i < cs->n; i++) {
        const cand *c = &cs->items[i];
        if (c->pending || !c->role[0])
            continue;
        if (strcmp(c->role, "fieldwork") == 0 &&
            (!latest || ix_dates_parse_cmp(&c->v.from, &latest->v.from) > 0))
            latest = c;
        nprev += strcmp(c->role, "previous_inspection") == 0;
    }
    if (!latest)
        return IX_OK;
    /* the earlier inspections' values, sorted, for one search each */
    const cand **prev = malloc((nprev ? nprev : 1) * sizeof *prev);
    if (!prev)
        return ix_err_set(err, IX_ENOMEM, "dates: out of memory");
    size_t np = 0;
    for (size_t i = 0; i < cs->n; i++)
        if (!cs->items[i].pending && strcmp(cs->items[i].role, "previous_inspection") == 0)
            prev[np++] = &cs->items[i];
    qsort(prev, np, sizeof *prev, cmp_start_end);
    for (size_t i = 0; i < cs->n; i++) {
        cand *c = &cs->items[i];
        /* a range of months is a programme's period, not one visit */
        if (c->pending || strcmp(c->role, "fieldwork") != 0 ||
            (c->rule != RULE_FW_NAMED && c->v.to.y))
            continue;
        int earlier = months_before(&c->v.from, &latest->v.from) > SAME_INSPECTION_MONTHS;
        if (!earlier && c->rule == RULE_FW_NAMED && np) {
            const cand *key = c;
            earlier = bsearch(&key, prev, np, sizeof *prev, cmp_start_end) != NULL;
        }
        if (earlier) {
            c->role = "previous_inspection";
            c->rule = "dates.previous_inspection.earlier";
        }
    }
    free(prev);
    return IX_OK;
}

/* A report named by its date a year or more before this document's own
 * date (its publication, else its latest fieldwork) is an earlier
 * inspection's report: "a follow-up to the November 2010 report" in a
 * release of 2012.  One of the same year may be this one's. */
enum { EARLIER_REPORT_MONTHS = 12 };

static void reports_earlier(cands *cs)
{
    const cand *ref = NULL;
    for (int pass = 0; pass < 2 && !ref; pass++)
        for (size_t i = 0; i < cs->n; i++) {
            const cand *c = &cs->items[i];
            if (c->pending || c->v.to.y || strcmp(c->role, pass == 0 ? "publication" : "fieldwork") != 0)
                continue;
            if (!ref || (pass == 1 && ix_dates_parse_cmp(&c->v.from, &ref->v.from) > 0))
                ref = c;
            if (pass == 0)
                break;
        }
    if (!ref)
        return;
    int by_publication = strcmp(ref->role, "publication") == 0;
    for (size_t i = 0; i < cs->n; i++) {
        cand *c = &cs->items[i];
        /* a date naming an inspection ("the 2019 inspection") too, against
         * the publication: a year alone two years before it, a month one
         * (an inspection of one year is often published the next) */
        int inspection = by_publication && c->rule == RULE_FW_NAMED && strcmp(c->role, "fieldwork") == 0;
        if (c->pending || !(c->rule == RULE_REPORT_NAMED || inspection) || c->v.to.y)
            continue;
        int least = inspection && !c->v.from.m ? 2 * EARLIER_REPORT_MONTHS : EARLIER_REPORT_MONTHS;
        if (months_before(&c->v.from, &ref->v.from) >= least) {
            c->role = "previous_inspection";
            c->rule = "dates.previous_inspection.earlier";
        }
    }
}

/* Where the story starts: its first long paragraph (over TOP_PARA bytes or
 * of several sentences), outside furniture.  Above it stand the headline,
 * standfirst, byline and date line. */
enum { TOP_PARA = 200 };

static size_t story_start(const ix_doc *doc)
{
    for (size_t i = 0; i < doc->blocks.n; i++) {
        const ix_block *b = &doc->blocks.items[i];
        if (b->section == IX_SECTION_FURNITURE || b->kind != IX_BLOCK_PARAGRAPH)
            continue;
        if (b->text.end - b->text.start > TOP_PARA || b->nsents > 1)
            return b->text.start;
    }
    return doc->norm_len;
}

int ix_dates_run(const void *state, ix_doc *doc, ix_err *err)
{
    const dates_state *st = state;
    if (!st)
        return ix_err_set(err, IX_EINPUT, "dates: not initialised");
    cands cs = {0};
    int nwarn = 0, rc = IX_OK;
    size_t top_end = story_start(doc);
    for (size_t i = 0; i < doc->sents.n && rc == IX_OK; i++) {
        if (!ix_scan_sent_in(doc, i, IX_IN_DOCUMENT))
            continue;
        rc = scan_sentence(st, doc, i, top_end, &cs, &nwarn, err);
    }
    /* days of a month without their year: only a page that gives its own
     * publication day can fix their year, so only such a page is read
     * again (or one that gives some day, for its own day; or its month,
     * for 'May this year': see resolve_relatives) */
    if (rc == IX_OK && (publication_month(&cs) || first_day(&cs))) {
        size_t first = 0;
        for (size_t i = 0; i < doc->sents.n && rc == IX_OK; i++) {
            size_t s0 = doc->sents.items[i].norm.start;
            while (first < cs.n && cs.items[first].v.start < s0)
                first++;
            if (!ix_scan_sent_in(doc, i, IX_IN_DOCUMENT))
                continue;
            const ix_sent *sent = &doc->sents.items[i];
            if (has_day_digit(doc, i) &&
                ix_keywords_contains_any(doc, sent->norm.start, sent->norm.end, st_months))
                rc = yearless_in(st, doc, i, top_end, &cs, first, err);
            if (rc == IX_OK && (ix_keywords_long_s(doc) ||
                                ix_keywords_contains_any(doc, sent->norm.start, sent->norm.end,
                                                         st_month_cue)))
                rc = month_only_in(st, doc, i, top_end, &cs, first, err);
            if (rc == IX_OK && ix_keywords_contains_any(doc, sent->norm.start, sent->norm.end, st_event) &&
                ix_keywords_contains_any(doc, sent->norm.start, sent->norm.end, st_months))
                rc = bare_month_in(st, doc, i, top_end, &cs, first, err);
        }
    }
    if (rc != IX_OK) {
        free(cs.items);
        return rc;
    }
    resolve_relatives(&cs);
    reports_earlier(&cs);
    rc = named_earlier(&cs, err);
    if (rc == IX_OK)
        rc = earlier_inspections(st, doc, &cs, err);
    if (rc != IX_OK) {
        free(cs.items);
        return rc;
    }

    size_t n = 0;
    cand **idx = malloc((cs.n ? cs.n : 1) * sizeof *idx);
    if (!idx) {
        free(cs.items);
        return ix_err_set(err, IX_ENOMEM, "dates: out of memory");
    }
    for (size_t i = 0; i < cs.n; i++)
        if (cs.items[i].role[0])
            idx[n++] = &cs.items[i];
    qsort(idx, n, sizeof *idx, cmp_value);
    merge(idx, n);
    drop_restated_years(idx, n);
    drop_restated_months(idx, n);
    qsort(idx, n, sizeof *idx, cmp_order);
    for (size_t i = 0; i < n && rc == IX_OK; i++)
        if (idx[i]->keep)
            rc = emit(doc, idx[i], err);
    free(idx);
    free(cs.items);
    return rc;
}

/* ---- lookup for later stages ----------------------------------------- */

int ix_dates_find_in(const ix_doc *doc, size_t start, size_t end)
{
    if (!doc || end <= start)
        return -1;
    /* doc->dates is in document order: binary search for the first item
     * starting at or after `start`. */
    size_t lo = 0, hi = doc->dates.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->dates.items[mid].norm.start < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    int first = -1;
    for (size_t i = lo; i < doc->dates.n && doc->dates.items[i].norm.start < end; i++) {
        const ix_date *d = &doc->dates.items[i];
        if (d->norm.end > end)
            continue;
        if (strcmp(d->role, "caseload_as_of") == 0)
            return (int)i;
        if (first < 0)
            first = (int)i;
    }
    if (first >= 0)
        return first;

    /* Nothing output inside: the range may restate a date output earlier. */
    if (end > doc->norm_len)
        end = doc->norm_len;
    size_t pos = start;
    ix_dates_value v;
    while (pos < end && ix_dates_parse_find(doc->norm, start, pos, end, &v) != (size_t)-1) {
        pos = v.end > pos ? v.end : pos + 1;
        if (v.invalid || v.relative)
            continue;
        char s[11], e[11], t[6];
        ix_dates_parse_iso(&v, s, e, t);
        int match = -1;
        for (size_t i = 0; i < doc->dates.n; i++) {
            const ix_date *d = &doc->dates.items[i];
            if (strcmp(d->start, s) != 0 || strcmp(d->end, e) != 0)
                continue;
            if (strcmp(d->role, "caseload_as_of") == 0)
                return (int)i;
            if (match < 0)
                match = (int)i;
        }
        if (match >= 0)
            return match;
    }
    return -1;
}
