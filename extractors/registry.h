/* extractors/registry.h -- the ordered table of extraction stages.
 *
 * Later rows may read facts of earlier rows: subjects before ratings and
 * caseloads, dates before caseloads (as_of) and quotes last.
 */
#ifndef IX_REGISTRY_H
#define IX_REGISTRY_H
#include <stddef.h>

#include "pipeline/stage.h"

extern const ix_stage ix_registry[];
extern const size_t ix_registry_count;

#endif
