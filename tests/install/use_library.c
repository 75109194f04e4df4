/* Built against an installed copy of libinspex (make install-check): the
 * public header, the pkg-config file and the library are enough. */
#include <inspex.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    static const char text[] =
        "Fenmarsh CRC rated 'Good'\n\n"
        "HM Inspectorate of Probation has rated Fenmarsh Community Rehabilitation Company "
        "'Good' overall.\n";
    ix_err err = {0};
    ix_engine *eng = ix_engine_new(&err);
    if (!eng) {
        fprintf(stderr, "engine: %s\n", err.msg);
        return 1;
    }
    ix_doc *doc = ix_engine_extract(eng, "fenmarsh.txt", "text", (const unsigned char *)text,
                                    sizeof text - 1, &err);
    if (!doc) {
        fprintf(stderr, "extract: %s\n", err.msg);
        ix_engine_free(eng);
        return 1;
    }
    cJSON *rec = ix_json_record(doc);
    const cJSON *ratings = cJSON_GetObjectItem(rec, "ratings");
    const cJSON *first = cJSON_GetArrayItem(ratings, 0);
    const char *value = first ? cJSON_GetStringValue(cJSON_GetObjectItem(first, "value")) : NULL;
    int ok = value && strcmp(value, "good") == 0;
    printf("install-check: rating %s\n", value ? value : "(none)");
    cJSON_Delete(rec);
    ix_doc_free(doc);
    ix_engine_free(eng);
    return ok ? 0 : 1;
}
