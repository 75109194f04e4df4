/* extractors/inspectorate.h -- which inspectorate published or is reported.
 *
 * Reads doc->norm, doc->blocks and doc->title; page furniture and whatever
 * stands before the headline (a blog's menu, codes, author box) are skipped.
 * Sets doc->inspectorate: a canonical name and the span of the first mention.
 * Variants map to one canonical name:
 *   "HM Inspectorate of Probation", "Her Majesty's Inspectorate of
 *   Probation", "HMI Probation", "the Probation Inspectorate"
 *     -> "HM Inspectorate of Probation";
 *   "HM Inspectorate of Prisons", "HMI Prisons" -> "HM Inspectorate of
 *   Prisons"; "HMIP" (used for both) goes to whichever of the two the
 *   document names, else to the one whose field (probation / prison) the
 *   document talks about more;
 *   "Ofsted", "Care Quality Commission"/"CQC", "HM Inspectorate of
 *   Constabulary and Fire & Rescue Services"/"HMICFRS", "HM Inspectorate of
 *   Constabulary"/"HMIC", "HM Crown Prosecution Service Inspectorate",
 *   "Criminal Justice Joint Inspection", "Criminal Justice Inspection
 *   Northern Ireland", "Estyn", "Care Inspectorate Wales", "Healthcare
 *   Inspectorate Wales", "Care Inspectorate", "HM Inspectorate of Prisons
 *   for Scotland", "HM Inspectorate of Constabulary in Scotland".
 * When several are named, the one named most often wins (ties: the first
 * named).  A chief inspector's title ("HM Chief Inspector of Probation")
 * counts only when no inspectorate is named.
 *
 * State: compiled patterns, made by init and released by fini; read-only
 * while running.
 * Contract for the field: the `inspectorate` entry of RECORD.md.
 */
#ifndef IX_INSPECTORATE_H
#define IX_INSPECTORATE_H
#include "pipeline/doc.h"

int ix_inspectorate_init(void **state, ix_err *err);
int ix_inspectorate_run(const void *state, ix_doc *doc, ix_err *err);
void ix_inspectorate_fini(void *state);

/* The stage's word tables for extractors/keywords (NULL-terminated): the
 * words each body's name starts with. */
extern const char *const *const ix_inspectorate_keywords[];

#endif
