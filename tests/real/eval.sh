#!/bin/sh
# tests/real/eval.sh INSPEX -- score inspex on the real development corpus.
#
# For each split of tests/real/sources.tsv (dev, heldout) it runs `inspex audit`
# over the documents whose texts are present in tests/real/texts/ and prints the
# per-field table.  The dev half's differences go to build/real/dev.audit for
# reading; the held-out half's are not kept (they are not to be read while
# rules are written), only its table.  SPLITS=dev scores the dev half alone
# (while writing rules); ONLY="rp ro" scores only the documents whose ids
# start with one of those prefixes (a round, a slice).  Exit 0 whenever the
# audits ran.
set -eu
bin=${1:?usage: eval.sh INSPEX}
here=$(dirname "$0")
out=${BUILD:-build}/real
sources=$here/sources.tsv
texts=$here/texts

if [ ! -f "$sources" ]; then
    echo "eval-real: $sources is missing" >&2
    exit 1
fi
total=$(grep -cv '^#' "$sources" || true)
present=0
missing=""
while IFS='	' read -r id split url query; do
    case $id in '#'*|'') continue ;; esac
    if [ -f "$texts/$id.txt" ]; then present=$((present + 1)); else missing="$missing $id"; fi
done < "$sources"
if [ "$present" -eq 0 ]; then
    cat <<MSG
eval-real: none of the $total texts are in $texts/.
The texts are other people's pages and are not committed.  To gather them, for
each row of $sources (id, split, url, query) run the search tool's 'pages'
search with that query and save the excerpt of the result with that url, byte
for byte, as $texts/ID.txt.  See $here/README.md.
MSG
    exit 0
fi
[ -n "$missing" ] && echo "eval-real: $((total - present)) of $total texts missing:$missing"

rm -rf "$out"
for split in ${SPLITS:-dev heldout}; do
    dir=$out/$split
    mkdir -p "$dir"
    n=0
    while IFS='	' read -r id s url query; do
        case $id in '#'*|'') continue ;; esac
        [ "$s" = "$split" ] && [ -f "$texts/$id.txt" ] && [ -f "$here/expected/$id.expected.json" ] || continue
        if [ -n "${ONLY:-}" ]; then
            keep=0
            for p in $ONLY; do case $id in "$p"*) keep=1 ;; esac; done
            [ "$keep" = 1 ] || continue
        fi
        ln -s "$(cd "$here/expected" && pwd)/$id.expected.json" "$dir/$id.expected.json"
        n=$((n + 1))
    done < "$sources"
    echo
    echo "== $split: $n documents"
    [ "$n" -gt 0 ] || continue
    report=$out/$split.audit
    "$bin" audit --inputs "$texts" "$dir" > "$report" || true
    # the table: from the header line to the end
    sed -n '/^field /,$p' "$report"
    if [ "$split" = heldout ]; then
        rm -f "$report"
    else
        echo "(differences: $report)"
    fi
done
