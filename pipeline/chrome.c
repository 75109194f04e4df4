/* pipeline/chrome.c -- every marker of page chrome inspex knows, in one
 * place: see pipeline/chrome.h. */
#include "pipeline/chrome.h"

#define N(arr) (sizeof arr / sizeof *arr)

/* ---- lines the segmenter marks as furniture (caseless) ---------------- */

/* Lines of web and email chrome, whole. */
const char *const ix_chrome_whole[] = {
    "menu", "main menu", "navigation", "skip to content", "skip to main content",
    "search", "home", "subscribe", "sign in", "log in", "login", "register",
    "print", "tweet", "share", "share this", "share this article", "share this post",
    "email", "select language", "go to blog", "read more", "back to top",
    "related posts", "related articles", "popular posts", "like this", "like this:",
    "you may also like", "sponsored", "advertisement", "follow us", "previous post",
    "next post", "cancel reply",
    /* navigation and account controls */
    "open menu", "close menu", "close", "skip to navigation", "skip to footer",
    "search this site", "search the site", "log out", "sign out", "my account", "back to news",
    /* share rows, one control a line */
    "facebook", "twitter", "x", "linkedin", "whatsapp", "instagram", "youtube", "copy link",
    "share this page", "print this page", "email this page", "share this story",
    /* consent banners' buttons */
    "accept", "reject", "accept all", "reject all", "accept cookies", "accept all cookies",
    "reject all cookies", "cookie settings", "cookie preferences", "manage cookies",
    "manage preferences", "view cookies", "hide this message",
    /* an article's own controls: listen, save, follow, print, share, comment */
    "listen", "listen to this article", "listen to this story", "save", "save article", "save this article",
    "save for later", "bookmark", "follow", "follow topic", "follow this topic", "add to my feed",
    "print article", "print this article", "email article", "email this article", "share article",
    "show comments", "view comments", "hide comments", "jump to comments", "comments", "sponsored content",
    "register now", "log in to comment", "sign in to comment", "sign in to continue reading",
    "read full article", "read the full article", "read the full story", "continue reading",
    /* a site's listings and links: "See all", "Load more", "Privacy policy" */
    "see all", "view all", "show all", "load more", "show more", "view more", "privacy policy",
    "cookie policy", "terms and conditions", "terms of use", "site map", "sitemap", "return to top",
    "go to top", "in this section", "on this page", "table of contents", "page contents",
    "download pdf", "download the pdf", "change language", "text size", "font size", "dark mode",
    "skip navigation", "skip to main navigation", "jump to content", "jump to main content",
    "go to content", "go to main content", "media centre", "media center", "newsroom",
    "news and events", "latest updates"
};
/* Lines of ix_chrome_whole that are a site's navigation controls: what a
 * page prints above them is its masthead (the site's name, its tagline),
 * never the story's headline, which comes below them. */
const char *const ix_chrome_nav[] = {
    "menu", "main menu", "open menu", "navigation", "toggle navigation", "skip to content",
    "skip to main content", "skip to navigation", "search", "search this site", "search the site",
};
const size_t ix_chrome_nnav = N(ix_chrome_nav);

/* Lines of chrome by how they start. */
const char *const ix_chrome_starts[] = {
    "view this email in your browser", "view this email in a browser",
    "view in browser", "read in browser", "read in your browser",
    "share on ", "share via ", "share this on ", "click to share",
    "copyright ", "\xC2\xA9", "(c) ", "your email address will not be published",
    "required fields are marked", "want to change how you receive",
    "you can update your preferences", "unsubscribe", "to unsubscribe",
    "you are receiving this", "you received this", "this email was sent",
    "posted in ", "filed under ", "tags:", "tagged ", "categories:", "category:",
    "previous post:", "next post:", "previous article", "next article",
    "leave a reply", "leave a comment", "post a comment", "add a comment",
    "recent articles", "recent posts", "latest posts", "follow me on", "follow us on",
    "sign up to", "subscribe to our", "keep up-to-date", "keep up to date",
    /* consent banners: "We use cookies to ...", "This website uses cookies" */
    "we use cookies", "we use some essential cookies", "this website uses cookies",
    "this site uses cookies", "accept additional cookies", "reject additional cookies",
    "accept optional cookies", "reject optional cookies",
    /* sign-up boxes and promotions inside the story: "Sign up for our
     * newsletter", "More from Fenshire" */
    "sign up for our", "sign up for the", "get our newsletter", "join our mailing list",
    "read more:", "related:", "see also:", "skip to "
};
/* Lines after which the rest of the page is chrome or comments. */
const char *const ix_chrome_tail_starts[] = {
    "leave a reply", "leave a comment", "post a comment", "add a comment",
    "recent articles", "recent posts", "latest posts", "related posts",
    "related articles", "comments", "responses", "you may also like"
};
/* Headings of the listings a page prints after its story, when they are
 * the whole line ("Most read of all ..." may open a sentence). */
const char *const ix_chrome_tail_whole[] = {
    "related stories", "related content", "related news", "related topics", "more on this story",
    "more stories", "more news", "latest stories", "latest news", "recent news", "other stories",
    "top stories", "most read", "most popular", "most viewed", "you might also like",
    "you may be interested in", "read next", "other news", "in other news", "trending",
    "trending now", "editor's picks"
};

const size_t ix_chrome_nwhole = N(ix_chrome_whole);
const size_t ix_chrome_nstarts = N(ix_chrome_starts);
const size_t ix_chrome_ntail_starts = N(ix_chrome_tail_starts);
const size_t ix_chrome_ntail_whole = N(ix_chrome_tail_whole);

/* ---- blocks the title stage passes over before the headline ----------- */

/* Page chrome at the start of a block (caseless): every pattern, and every
 * branch of one, begins with \\G, so each is tried at the block's first
 * byte only, and the title stage tests them all as one alternation. */
const char *const ix_chrome_blocks_start[] = {
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
    "\\G(?:posted|published|updated|last\\s+updated|first\\s+published|filed\\s+under|tagged|categor(?:y|ies)"
    "|date\\s+(?:published|posted|updated|of\\s+publication)|publication\\s+date)\\b",
    /* an old browser's notices: "Your browser is no longer supported", "For
     * the best possible experience ... upgrade", "We'll assume we have your
     * consent to use cookies", "Learn more", "Printable version" */
    "\\G(?:your\\s+browser\\b|for\\s+the\\s+best(?:\\s+possible)?\\s+experience\\b"
    "|we(?:'ll|\\x{2019}ll|\\s+will)\\s+assume\\b[^.]{0,60}\\bcookies\\b"
    "|(?:learn|find\\s+out)\\s+more\\W*$|printable\\s+version\\W*$|print\\s+this\\s+page\\W*$)",
    /* a masthead: a body's name in capitalised words with its acronym in
     * brackets, nothing else ("HM Inspectorate of Constabulary and Fire &
     * Rescue Services (HMICFRS)"); a headline has a word in lower case,
     * and a report's title names the inspection ("Inspection of Local
     * Authority Children's Services (ILACS)") */
    "\\G(?-i:(?=(?:[A-Z][\\w'\\x{2019}-]*\\s+(?:(?:of|and|for|the|in|&)\\s+)*){1,12}\\([A-Z]{2,10}\\)\\s*$)"
    "(?=[^\\n]*\\b(?:Inspectorate|Commission|Agency|Ministry|Department|Ombudsman|Regulator)\\b)"
    "(?![^\\n]*\\b(?:Inspections?|Reports?|Reviews?|Visits?)\\b))[^\\n]*$",
    /* "You are here: Home > News", "Back to news", "Next post: ..." */
    "\\G(?:you\\s+are\\s+here|back\\s+to|next\\s+post|previous\\s+post|older\\s+post|newer\\s+post)\\b",
    /* "Tuesday 5 March 2019", "March 5, 2019", "05/03/2019" */
    "\\G(?:\\w+day,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*"
    "\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?,?)?\\s+\\d{4}\\b[^a-z]*$",
    "\\G\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}$",
    /* breadcrumbs and page labels: "Home > News > Probation", "From: HM Inspectorate of ..." */
    "\\Ghome\\s*(?:[>\\x{bb}/|:]|-\\s)",
    "\\G(?:from|part\\s+of|organisation|organisations|topic|topics|document\\s+type)\\s*:",
    /* "Photo: ...", "Image credit: ...", "Image caption,", "A photo of the court" */
    "\\G(?:photo|image|picture|credit|image\\s+credit|caption|image\\s+caption|image\\s+source)\\s*[:,]",
    "\\G(?:image\\s+caption|image\\s+source|getty\\s+images|pa\\s+media)\\W*$",
    /* a caption run together with its credit: "Image copyright Getty Images Image caption ..." */
    "\\G(?:date\\s+\\d{4}-\\d{2}(?:-\\d{2})?\\s+)?image\\s+(?:copyright|caption|source)\\b",
    /* a council paper's author and agenda lines: "Report of the Cabinet Member
     * for Children's Services", "Agenda Item No 6" */
    "\\G(?:joint\\s+)?report\\s+(?:of|by|from)\\s+(?:the\\s+)?(?:cabinet\\s+member|(?:corporate\\s+|strategic\\s+)?director"
    "|head\\s+of|chief\\s+(?:executive|officer)|leader|portfolio\\s+holder)\\b|\\Gagenda\\s+item\\b",
    /* calls to action and promotions: "Get all your news in one place.",
     * "Download our app", "10 Days Remaining", "Quick Send CV" */
    "\\G(?:get|download|install|sign\\s+up|subscribe|donate|support|quick\\s+send)\\b[^.!?]{0,50}"
    "\\b(?:app|news|newsletter|cv|account|alerts?|subscription|updates|us|today|free)\\b[^.!?]{0,30}[.!]?$",
    "\\G\\d+\\s+days?\\s+(?:remaining|left|to\\s+go)\\W*$",
    /* a reading time: "5 min read", "Reading time: 4 minutes" */
    "\\G(?:\\d+\\s+min(?:ute)?s?\\s+read|reading\\s+time\\s*:?\\s*\\d+\\s+min(?:ute)?s?)\\W*$",
    /* parliamentary pages: "(asked on 12th October 2017) - View Source" */
    "\\G\\(asked\\s+on\\b",
    "\\G(?:an?\\s+)?(?:photo|picture|image|file\\s+photo|stock\\s+image)\\s+of\\b",
    /* a web or email address alone: "https://example.org/report.", "or email: info@example.org." */
    "\\G\\W*(?:(?:or\\s+)?(?:e-?mail|visit|see|web(?:site)?)\\s*:?\\s*)?(?:https?://|www\\.|[\\w.+-]+@[\\w-]+\\.)\\S*\\W*$",
    /* parliamentary question labels: "Asked by: ...", "Answered by: ..." */
    "\\G(?:asked|answered|tabled|question)\\s+(?:by|on)\\s*:",
    /* accessibility and display controls: "Accessibility controls",
     * "Change font size", "View text only version", "Default Text Size",
     * "Larger text", "Normal contrast" */
    "\\G(?:(?:accessibility(?:\\s+(?:controls|tools|options|statement))?|change\\s+(?:font|text)\\s+size|"
    "text\\s+only(?:\\s+version)?|view\\s+text\\s+only\\b|(?:high|normal|standard|default|low)\\s+contrast)\\b"
    "|(?:default|normal|standard|small|smaller|smallest|medium|large|larger|largest|increase|decrease|reset)"
    "\\s+(?:text|font)(?:\\s+size\\b|\\W*$))",
    /* a contact line: "T: 01245 291600 E: office@example.org" */
    "\\G(?:t|tel|telephone|phone)\\s*[:.]\\s*\\+?[\\d(][\\d ()-]{6,}",
    /* a memo's or letter's header lines: "To: ...", "Copy to: ...", "Cc: ..." */
    "\\G(?:to|cc|copy\\s+to|copies\\s+to|attention|for\\s+the\\s+attention\\s+of)\\s*:",
    /* an aggregator's promotion lines: "One app.", "Start reading" */
    "\\G(?:one\\s+app|start\\s+reading|read\\s+now|keep\\s+reading|open\\s+in\\s+app)\\W*$",
    /* a site's beta banner and skip targets: "This site is a beta, which
     * means ...", "This is a new service - your feedback will help us",
     * "Main content area" */
    "\\Gthis\\s+(?:site|website|service|page)\\s+is\\s+(?:a|in|now\\s+in)\\s+beta\\b|\\Gthis\\s+is\\s+a\\s+new\\s+service\\b"
    "|\\G(?:main\\s+content(?:\\s+area)?|content\\s+area|end\\s+of\\s+navigation)\\W*$",
    /* a regulator's label over an entry of its inspections, a phrase and
     * no clause: "During a routine inspection", "Following an inspection
     * looking at part of the service" */
    "\\G(?:during|following|after)\\s+(?:an?|our|the)\\s+(?:[\\w-]+\\s+){0,3}?inspection\\b(?:\\s+(?:looking\\s+at|of|to|into)\\b[^.!?:,]{0,80})?$",
    /* a search box's placeholder or prompt alone: "Enter your keyword",
     * "Type here to search", "Search this website", "What are you looking for?" */
    "\\G(?:enter\\s+(?:your\\s+|a\\s+)?(?:keywords?|search(?:\\s+(?:terms?|words?))?|postcode)|type\\s+(?:here\\s+)?to\\s+search"
    "|search\\s+(?:this|the|our)\\s+(?:site|website)|search\\s+(?:news|for|by|here|again|results)"
    "|what\\s+are\\s+you\\s+looking\\s+for|find\\s+what\\s+you(?:'re|\\s+are)\\s+looking\\s+for"
    "|how\\s+can\\s+we\\s+help(?:\\s+you)?)\\W*$",
    /* a site's prompt to set where the reader lives, and what follows it in
     * its paragraph: "Set your postcode This will tailor ...", "Choose
     * your area" */
    "\\G(?:set|enter|change|choose|select|update)\\s+your\\s+(?:postcode|post\\s+code|location|area|region|town)\\b",
    /* a site's greeting, and what follows it in its paragraph: "Welcome to
     * our news centre. You can filter by ..." */
    "\\Gwelcome\\s+to\\s+(?:our|the)\\s+(?:[\\w-]+\\s+){0,2}(?:centre|center|site|website|page|hub|room)\\b",
};

/* Page chrome anywhere in a block (caseless), with the words of which every
 * match holds one, when there are such (found in the keyword pass: the
 * title stage runs the pattern only where one is; none has a 'k', which a
 * caseless pattern also matches as the Kelvin sign). */
static const char *const n_email[] = {"browser", "unsubscribe", "preferences", "forward", "trouble",
                                      "coo", NULL};   /* "cookies", without its 'k' */
static const char *const n_author[] = {"author", "blog", "freelance", "writes", "follow", "bio", NULL};
static const char *const n_posted[] = {"posted", NULL};
static const char *const n_photo[] = {"photo", "picture", "logo", NULL};
static const char *const n_licence[] = {"licen", "content", "commons", NULL};
static const char *const n_exit[] = {"exit", "leave", "hide", NULL};
static const char *const n_premium[] = {"premium", "unlimited", "subscriber", NULL};

const ix_chrome_block ix_chrome_blocks[] = {
    /* "View this email in your browser", "Read in browser »", "Unsubscribe" */
    {"(?:view\\s+(?:this\\s+(?:email|e-mail)|it|online)\\s+in\\s+(?:your|a)\\s+browser|view\\s+in\\s+browser"
     "|read\\s+in\\s+(?:your\\s+)?browser|unsubscribe|update\\s+your\\s+preferences|forward\\s+to\\s+a\\s+friend"
     "|having\\s+trouble\\s+viewing|cookies?\\b)", n_email},
    /* "Criminal justice consultant and author of this blog." */
    /* (not "In this blog, I share ..." inside a story's first paragraph) */
    {"(?:author\\s+of\\s+this|about\\s+the\\s+author|(?:subscribe\\s+to|follow|about)\\s+this\\s+blog\\b"
     "|\\Gthis\\s+blog\\s+(?:is|was)\\b|my\\s+blog\\b|is\\s+a\\s+freelance"
     "|writes\\s+about|follow\\s+me\\s+on|expert\\s+and\\s+author|\\bbio\\b)", n_author},
    /* a byline after its date, near the block's start (\\G: where the
     * search starts): "Thursday 12th posted by Jo Bloggs in Britain" */
    {"\\G[^.!?]{0,40}\\bposted\\s+by\\s+[^.!?]{1,60}$", n_posted},
    /* parliamentary pages: "(asked on 12th October 2017) - View Source" */
    {"\\bview\\s+source\\W*$", NULL},
    /* a teaser pieced from cuts, as listings and document sites print one:
     *  "the report's summary ......its plans were sound, and..." (an
     *  ellipsis inside and another at its end: a headline may end in one,
     *  "Much improved, but…") */
    {"\\G.{0,250}?(?:\\.\\.\\.|\\x{2026}).{1,250}?(?:\\.\\.\\.|\\x{2026})\\s*$", NULL},
    /* a caption's credit at its end: "... a report has found (stock image)" */
    {"\\((?:stock\\s+|file\\s+)?(?:image|photo|picture|pic)\\b[^)]*\\)\\W*$", NULL},
    /* image alt texts: "HM Inspectorate of Prisons' cover photo", "CSSIW logo" */
    {"\\b(?:cover\\s+photo|profile\\s+(?:photo|picture)|logo)\\W*$", n_photo},
    /* licence notices: "All content is available under the Open Government Licence v3.0" */
    {"\\bopen\\s+government\\s+licen[cs]e\\b|\\ball\\s+content\\s+is\\s+available\\s+under\\b"
     "|\\bto\\s+view\\s+this\\s+licen[cs]e\\b|\\bcreative\\s+commons\\b", n_licence},
    /* a safe-exit banner: "Quickly exit this site by pressing the Escape
     * key", "Leave this site", "Hide this page" */
    {"\\b(?:quickly\\s+)?(?:exit|leave|hide)\\s+this\\s+(?:site|page|website)\\b", n_exit},
    /* subscription promotions: "100's of premium titles.", "Unlimited access" */
    {"\\bpremium\\s+(?:titles|content|articles)\\b|\\bunlimited\\s+(?:access|digital)\\b"
     "|\\bsubscribers?\\s+only\\b", n_premium},
};

const char *const *const ix_chrome_keywords[] = {n_email, n_author, n_posted, n_photo, n_licence, n_exit, n_premium,
                                                  NULL};

/* Chrome that depends on capitals (case-sensitive). */
const char *const ix_chrome_blocks_cs[] = {
    /* bylines: "By Jo Bloggs on Apr 20, 2017 06:01 am", "by Jo Bloggs | 3 May" */
    "\\G(?:[Bb]y|Posted\\s+by|Written\\s+by|Author:?)\\s+[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,3}"
    "(?:\\s*(?:,|\\||-|\\bon\\b|\\bin\\b|$).*)?$",
    /* a person's name alone: "Jo Bloggs", "Dr Ann M. Jones" */
    "\\G(?:(?:Dr|Mr|Mrs|Ms|Miss|Dame|Sir|Lord|Lady|Baroness|Professor|Prof)\\.?\\s+)?"
    "[A-Z][a-z'-]+(?:\\s+[A-Z]\\.?)?(?:\\s+[A-Z][a-z'-]+){1,2}$",
    /* a council's name alone over its papers: "The Fenshire Council",
     * "Marlcombe County Borough Council" */
    "\\G(?:The\\s+)?(?:[A-Z][\\w'&-]*\\s+){1,4}(?:of\\s+(?:[A-Z][\\w'&-]*\\s+){1,3})?(?:County\\s+|Borough\\s+|City\\s+|District\\s+|Town\\s+)*Council$",
    /* mastheads: "Justice Digest Weekly", "The Probation News" */
    "\\G(?:[A-Z][\\w'&-]*\\s+){0,4}(?:News|Daily|Weekly|Digest|Bulletin|Times|Gazette|Journal|Blog"
    "|Magazine|Newsletter|Online)(?:\\s+[A-Z][\\w'&-]*){0,3}$",
    /* an inspectorate's or regulator's name alone, a site's masthead: "HM
     * Inspectorate of Probation", "Care Quality Commission", "Care
     * Inspectorate Wales" (entry IX_CHROME_CS_BODY) */
    "\\G(?:(?:HM|His\\s+Majesty's|Her\\s+Majesty's|The)\\s+)?(?:[A-Z][\\w'&-]*\\s+){0,3}"
    "(?:Inspectorate|Commission)(?:\\s+(?:of|for|in)(?:\\s+(?:[A-Z][\\w'&-]*|and|&))+|\\s+[A-Z][\\w'&-]*)?\\W*$",
    /* the last line of a postal address: "Manchester M3 3FX" */
    "\\G(?:[A-Z][\\w'-]*,?\\s+){0,3}[A-Z]{1,2}[0-9][A-Z0-9]?\\s+[0-9][A-Z]{2}\\W*$",
    /* a list's entry of a person with an honorific and their affiliation
     * (witnesses, attendees, authors): "Dr Ann Example, Fenshire Inspection
     * Service", "Cllr Jo Bloggs, Cabinet Member for Children" */
    "\\G(?:Dr|Mr|Mrs|Ms|Miss|Mx|Professor|Prof|Sir|Dame|Lord|Lady|Baroness|Cllr|Councillor)\\.?\\s+"
    "[A-Z][\\w'-]*(?:\\s+[A-Z][\\w'.-]*){0,3},\\s+[^.!?]{3,100}$",
    /* blog codes and labels: "ABC HMIP 18", "PR 12/19" */
    "\\G[A-Z0-9&/.-]+(?:\\s+[A-Z0-9&/.-]+){0,2}$",
};

const size_t ix_chrome_nblocks_start = N(ix_chrome_blocks_start);
const size_t ix_chrome_nblocks = N(ix_chrome_blocks);
const size_t ix_chrome_nblocks_cs = N(ix_chrome_blocks_cs);
