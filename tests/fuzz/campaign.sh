#!/usr/bin/env bash
# tests/fuzz/campaign.sh -- a long fuzzing run of one target, one process at
# a time, until it has executed RUNS inputs in all.  A finding does not end
# the campaign: it is kept in FUZZ_DIR/findings/ and the target restarts on
# its corpus; the executions of every session are added up.
#
#   tests/fuzz/campaign.sh FUZZ_BIN TARGET RUNS FUZZ_DIR [libFuzzer flags...]
#
# Prints one line per session and a last line
#   campaign TARGET: N executions in S sessions, F findings
set -u
bin=$1 target=$2 want=$3 dir=$4
shift 4
mkdir -p "$dir/corpus/$target" "$dir/findings" "$dir/logs"
seeds=(tests/fuzz/regress/"$target" corpus/samples tests/html tests/audit/docs)
[ -d ../shared/corpus/seeds ] && seeds+=(../shared/corpus/seeds)
done_runs=0 sessions=0 findings=0
while [ "$done_runs" -lt "$want" ]; do
    sessions=$((sessions + 1))
    log="$dir/logs/$target-$sessions.log"
    "$bin" -runs=$((want - done_runs)) -print_final_stats=1 \
        -artifact_prefix="$dir/findings/$target-" "$@" \
        "$dir/corpus/$target" "${seeds[@]}" >"$log" 2>&1
    rc=$?
    n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [ -z "$n" ]; then   # a crash: count up to the last status line
        n=$(grep -o '^#[0-9]*' "$log" | tail -n 1 | tr -d '#')
    fi
    n=${n:-0}
    done_runs=$((done_runs + n))
    [ "$rc" -ne 0 ] && findings=$((findings + 1))
    echo "session $sessions: exit $rc, $n executions ($done_runs of $want)"
    if [ "$rc" -ne 0 ] && [ "$n" -eq 0 ]; then
        echo "campaign $target: a session ran nothing; see $log" >&2
        break
    fi
done
echo "campaign $target: $done_runs executions in $sessions sessions, $findings findings"
