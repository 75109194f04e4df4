/* pipeline/hash.h -- SHA-256 of a document's bytes, with nettle.
 *
 * Owns nothing.  Used for source.sha256 and as the ingest store's key.
 */
#ifndef IX_HASH_H
#define IX_HASH_H
#include <stddef.h>

/* Write the lower-case hex SHA-256 of data[0..len) into out (65 bytes,
 * NUL-terminated). */
void ix_hash_sha256_hex(const unsigned char *data, size_t len, char out[65]);

#endif
