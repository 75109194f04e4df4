#!/bin/sh
# tests/bench.sh -- throughput and memory of `inspex extract`, side by side
# with ripgrep and cat on the same bytes, for people, never a test.
#
#   sh tests/bench.sh [BINARY]          (make bench runs it with build/inspex)
#
# The bytes are the issue-13 bench corpus of ../shared/bench (beside the
# project, as ../shared/bench/ratio.sh uses it): 2,000 documents (~14 MB)
# made from the seeds by make-corpus.sh, and its one 100 MB document.  It is
# built once, in BENCH_DIR (default /tmp/inspex-bench-2000, the folder
# ratio.sh uses), when missing.  Rows, for the documents and for the big one:
#
#   inspex -j 1   inspex extract --format jsonl, one thread
#   inspex -j N   the same on N threads (N: BENCH_JOBS, default nproc)
#   rg -P -c      rg -P -c -f ../shared/bench/patterns.txt over the same bytes
#                 concatenated (twelve extractor-like patterns, counting only)
#   cat           the same bytes read and thrown away: the I/O floor
#
# each with seconds (the median of BENCH_RUNS runs, default 3, the commands
# taking turns so that they share the machine's moods), MB/s, documents/s
# and peak memory (the largest resident set of a run), then the ratios
# rg / inspex -j 1 (>= 1: inspex extracts everything faster than rg merely
# counts) and inspex -j 1 / -j N (the speed-up of threads).  It installs
# nothing; without rg, it says so and leaves that row out.  It fails only
# when inspex fails.
#
# Environment: BENCH_DIR, BENCH_RUNS (3), BENCH_JOBS (nproc), BENCH_BIG (1;
# 0 leaves out the 100 MB document).
set -eu

BIN=${1:-build/inspex}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$ROOT/../shared/bench
DIR=${BENCH_DIR:-/tmp/inspex-bench-2000}
RUNS=${BENCH_RUNS:-3}
JOBS=${BENCH_JOBS:-$(nproc 2>/dev/null || echo 2)}
BIG=${BENCH_BIG:-1}

if [ ! -x "$BIN" ]; then
    echo "bench: $BIN is not an executable (run make first)" >&2
    exit 1
fi
if [ ! -f "$SHARED/make-corpus.sh" ] || [ ! -f "$SHARED/patterns.txt" ]; then
    echo "bench: $SHARED (make-corpus.sh, patterns.txt) is not there: nothing to measure"
    exit 0
fi
if [ ! -d "$DIR/corpus2k" ] || [ ! -f "$DIR/corpus2k.all.txt" ] || [ ! -f "$DIR/big100m.txt" ]; then
    echo "bench: building the corpus in $DIR (once) with $SHARED/make-corpus.sh"
    SUBSET=2000 bash "$SHARED/make-corpus.sh" 2000 "$DIR" >/dev/null
fi

exec python3 - "$BIN" "$SHARED/patterns.txt" "$DIR" "$RUNS" "$JOBS" "$BIG" <<'PY'
import os, shutil, statistics, subprocess, sys, tempfile, time

binp, pats, d, runs, jobs, big = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), \
    int(sys.argv[5]), sys.argv[6] == "1"
docs_dir = os.path.join(d, "corpus2k")
docs = sorted(os.path.join(docs_dir, f) for f in os.listdir(docs_dir))
rg = shutil.which("rg")

def cpu():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"

ver = subprocess.run([binp, "--version"], capture_output=True, text=True).stdout.strip()
print(f"bench: {ver}; {os.cpu_count()} CPUs ({cpu()}); median of {runs} runs, commands taking turns")
if not rg:
    print("bench: rg (ripgrep) is not installed: its rows are left out")

gnu_time = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
if not gnu_time:
    print("bench: no /usr/bin/time: peak memory is this script's child's, which starts at the"
          " script's own size")
fd, peak_file = tempfile.mkstemp(prefix="inspex-bench-peak-")
os.close(fd)

def run(cmd):
    """Seconds, peak resident set (KB), status and stderr of one run; output thrown away.
    Peak memory comes from /usr/bin/time, a small parent, since a child's peak starts at
    its parent's size on Linux."""
    full = [gnu_time, "-f", "%M", "-o", peak_file, *cmd] if gnu_time else cmd
    t0 = time.perf_counter()
    p = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    secs = time.perf_counter() - t0
    rss = 0
    if gnu_time:
        try:
            rss = int(open(peak_file).read().split()[-1])
        except (OSError, ValueError, IndexError):
            rss = 0
    return secs, rss, p.returncode, p.stderr

def measure(name, ndocs, nbytes, cmds):
    t = {k: [] for k in cmds}
    peak = {k: 0 for k in cmds}
    for _ in range(runs):
        for k, (cmd, is_inspex) in cmds.items():
            s, rss, rc, err = run(cmd)
            if is_inspex and rc != 0:
                sys.stderr.write(f"bench: {' '.join(cmd)} exited {rc}\n{err.decode(errors='replace')}")
                sys.exit(1)
            t[k].append(s)
            peak[k] = max(peak[k], rss)
    mb = nbytes / 1e6
    print(f"\n{name}: {ndocs} document{'s' if ndocs != 1 else ''}, {mb:.1f} MB")
    print(f"| {'command':<12} | {'seconds':>8} | {'MB/s':>7} | {'docs/s':>8} | {'peak memory':>11} |")
    print(f"|{'-' * 14}|{'-' * 10}|{'-' * 9}|{'-' * 10}|{'-' * 13}|")
    med = {k: statistics.median(v) for k, v in t.items()}
    for k in cmds:
        s = max(med[k], 1e-6)
        print(f"| {k:<12} | {s:8.2f} | {mb / s:7.1f} | {ndocs / s:8.1f} | {peak[k] / 1024:8.0f} MB |")
    j1, jn = med["inspex -j 1"], med[f"inspex -j {jobs}"]
    line = f"ratios: -j {jobs} / -j 1 speed-up {j1 / jn:.2f}x"
    if "rg -P -c" in med:
        line = f"ratios: rg / inspex -j 1 {med['rg -P -c'] / j1:.2f}; " + line[len("ratios: "):]
    print(line)

def cases(inputs, files, concatenated):
    c = {"inspex -j 1": ([binp, "extract", "-j", "1", "--format", "jsonl", *inputs], True),
         f"inspex -j {jobs}": ([binp, "extract", "-j", str(jobs), "--format", "jsonl", *inputs], True)}
    if rg:
        c["rg -P -c"] = ([rg, "-P", "-c", "-f", pats, concatenated], False)
    c["cat"] = (["cat", *files], False)
    return c

measure("the bench corpus (corpus2k)", len(docs), sum(os.path.getsize(f) for f in docs),
        cases([docs_dir], docs, os.path.join(d, "corpus2k.all.txt")))
if big:
    bigf = os.path.join(d, "big100m.txt")
    measure("one document (big100m.txt)", 1, os.path.getsize(bigf), cases([bigf], [bigf], bigf))
os.unlink(peak_file)
print("\nbench: speeds are for reading only; nothing here passes or fails on them")
PY
