/* tests/unit/subject_support.h -- reading a document's subjects in the
 * subjects tests: the i-th subject (failing the test when there is none)
 * and the subject of a given name. */
#ifndef IX_TEST_SUBJECT_SUPPORT_H
#define IX_TEST_SUBJECT_SUPPORT_H
#include <string.h>

#include "extractors/subjects.h"
#include "tests/unit/support.h"

/* the i-th subject of doc; fails the running test when there are fewer */
static inline const ix_subject *subj(const ix_doc *doc, size_t i)
{
    assert_true(i < doc->subjects.n);
    return &doc->subjects.items[i];
}

/* the subject named `name`, or NULL */
static inline const ix_subject *named(const ix_doc *doc, const char *name)
{
    for (size_t i = 0; i < doc->subjects.n; i++)
        if (strcmp(doc->subjects.items[i].name, name) == 0)
            return &doc->subjects.items[i];
    return NULL;
}
#endif
