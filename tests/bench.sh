#!/bin/sh
# tests/bench.sh -- throughput of `inspex extract`, for people, never a test.
#
#   sh tests/bench.sh [BINARY]          (make bench runs it with build/inspex)
#
# Builds a corpus in a temporary folder from corpus/samples/: 200 documents
# (the samples repeated) and one 50 MB document (the samples concatenated
# until it is that big), then times `inspex extract` over each with hyperfine
# when it is installed, otherwise the clock around /usr/bin/time (which
# gives the peak memory), and prints documents/s and MB/s.  It never asserts on speed: it fails only when
# inspex itself fails.
#
# Environment: BENCH_DOCS (200), BENCH_BIG_MB (50), BENCH_RUNS (3),
# SAMPLES (corpus/samples).
set -eu

BIN=${1:-build/inspex}
SAMPLES=${SAMPLES:-corpus/samples}
DOCS=${BENCH_DOCS:-200}
BIG_MB=${BENCH_BIG_MB:-50}
RUNS=${BENCH_RUNS:-3}

if [ ! -x "$BIN" ]; then
    echo "bench: $BIN is not an executable (run make first)" >&2
    exit 1
fi
set -- "$SAMPLES"/*.txt
if [ ! -f "$1" ]; then
    echo "bench: no samples in $SAMPLES" >&2
    exit 1
fi
NSAMPLES=$#

WORK=$(mktemp -d "${TMPDIR:-/tmp}/inspex-bench-XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM

# ---- the corpus ------------------------------------------------------------
mkdir "$WORK/docs"
i=0
while [ "$i" -lt "$DOCS" ]; do
    for f in "$SAMPLES"/*.txt; do
        [ "$i" -lt "$DOCS" ] || break
        cp "$f" "$WORK/docs/$(printf '%04d' "$i")-$(basename "$f")"
        i=$((i + 1))
    done
done

# One big document: the samples back to back make a block of about 1 MB,
# and the block repeated makes the document.
: >"$WORK/block.txt"
while [ "$(wc -c <"$WORK/block.txt")" -lt 1048576 ]; do
    cat "$SAMPLES"/*.txt >>"$WORK/block.txt"
done
: >"$WORK/big.txt"
n=0
while [ "$n" -lt "$BIG_MB" ]; do
    cat "$WORK/block.txt" >>"$WORK/big.txt"
    n=$((n + 1))
done

bytes_of() { # total bytes of the files or folders given
    find "$@" -type f -exec cat {} + | wc -c
}

# ---- timing ----------------------------------------------------------------
# Prints "SECONDS PEAK_KB" (PEAK_KB is - when unknown) for one case: the mean
# over RUNS runs of `inspex extract ARGS > /dev/null`.
time_case() {
    if ! "$BIN" extract --format jsonl "$@" >/dev/null 2>"$WORK/err"; then
        echo "bench: inspex extract $* failed:" >&2
        cat "$WORK/err" >&2
        exit 1
    fi
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine --style none --warmup 1 --runs "$RUNS" \
            --export-csv "$WORK/h.csv" \
            "'$BIN' extract --format jsonl $* >/dev/null" >/dev/null 2>&1
        # command,mean,stddev,median,user,system,min,max
        secs=$(awk -F, 'NR == 2 { print $2 }' "$WORK/h.csv")
        peak=-
        if [ -x /usr/bin/time ]; then
            /usr/bin/time -f '%M' -o "$WORK/t" "$BIN" extract --format jsonl "$@" >/dev/null
            peak=$(tail -n 1 "$WORK/t")
        fi
        echo "$secs $peak"
        return
    fi
    total=0 peak=-
    r=0
    while [ "$r" -lt "$RUNS" ]; do
        t0=$(date +%s.%N)
        if [ -x /usr/bin/time ]; then
            /usr/bin/time -f '%M' -o "$WORK/t" "$BIN" extract --format jsonl "$@" >/dev/null
            peak=$(tail -n 1 "$WORK/t")
        else
            "$BIN" extract --format jsonl "$@" >/dev/null
        fi
        t1=$(date +%s.%N)
        total=$(awk -v a="$total" -v t0="$t0" -v t1="$t1" 'BEGIN { printf "%.6f", a + t1 - t0 }')
        r=$((r + 1))
    done
    awk -v t="$total" -v n="$RUNS" -v p="$peak" 'BEGIN { printf "%.3f %s\n", t / n, p }'
}

report() { # NAME DOCS BYTES SECONDS PEAK_KB
    awk -v name="$1" -v docs="$2" -v bytes="$3" -v s="$4" -v peak="$5" 'BEGIN {
        if (s <= 0) s = 0.001
        mb = bytes / 1048576
        printf "%-22s %6d docs %9.1f MB %8.2f s %10.1f docs/s %8.2f MB/s  peak %s\n",
               name, docs, mb, s, docs / s, mb / s,
               peak == "-" ? "n/a" : sprintf("%.0f MB", peak / 1024)
    }'
}

if command -v hyperfine >/dev/null 2>&1; then
    timer="hyperfine, mean of $RUNS runs after a warm-up"
elif [ -x /usr/bin/time ]; then
    timer="the clock (peak memory from /usr/bin/time), mean of $RUNS runs"
else
    timer="shell clock, mean of $RUNS runs"
fi
echo "bench: $("$BIN" --version), $(nproc 2>/dev/null || echo '?') CPUs; timing with $timer"
echo "bench: corpus in $WORK: $DOCS documents from $NSAMPLES samples, one ${BIG_MB} MB document"

out=$(time_case "$WORK/docs") || exit 1
# shellcheck disable=SC2086  # "SECONDS PEAK_KB": split on purpose
set -- $out
report "$DOCS documents" "$DOCS" "$(bytes_of "$WORK/docs")" "$1" "$2"
out=$(time_case "$WORK/big.txt") || exit 1
# shellcheck disable=SC2086
set -- $out
report "one ${BIG_MB} MB document" 1 "$(bytes_of "$WORK/big.txt")" "$1" "$2"
echo "bench: speeds are for reading only; nothing here passes or fails on them"
