#include "extractors/registry.h"

#include "extractors/caseloads.h"
#include "extractors/dates.h"
#include "extractors/figures.h"
#include "extractors/genre.h"
#include "extractors/inspectorate.h"
#include "extractors/quotes.h"
#include "extractors/ratings.h"
#include "extractors/recommendations.h"
#include "extractors/subjects.h"
#include "extractors/title.h"

#define STAGE(n) { #n, ix_##n##_init, ix_##n##_run, ix_##n##_fini }

/* Run in this order; later rows may read earlier facts. */
const ix_stage ix_registry[] = {
    STAGE(title),
    STAGE(genre),
    STAGE(inspectorate),
    STAGE(subjects),
    STAGE(dates),
    STAGE(ratings),
    STAGE(figures),
    STAGE(caseloads),
    STAGE(recommendations),
    STAGE(quotes),
};

const size_t ix_registry_count = sizeof ix_registry / sizeof ix_registry[0];
