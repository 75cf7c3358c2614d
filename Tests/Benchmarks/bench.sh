#!/bin/bash
# Throughput benchmark (issue 5): `make bench`, or Tests/Benchmarks/bench.sh [BINARY].
#
# Generates a corpus of at least $BENCH_MB MB (default 64) from the seed articles, then runs
# `actorgraph build CORPUS -o out.graphml` $BENCH_RUNS times (default 3) on both cores and on one
# core (taskset -c 0), printing MB/s, articles/s, relations found and peak RSS for each run and
# the median of the runs. Then times GraphML and DOT writing of a synthetic graph of 20,000 actors
# and 100,000 edges (graph-write-bench, built beside BINARY).
set -euo pipefail

SHARED=${SHARED:-../shared}
BENCH_MB=${BENCH_MB:-64}
RUNS=${BENCH_RUNS:-3}
WORK=${BENCH_DIR:-.build-bench}
BIN=${1:-.build/release/actorgraph}
CORPUS=$WORK/corpus

[ -x "$BIN" ] || { echo "bench: $BIN not found (build it first: swift build -c release)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: GNU time (/usr/bin/time) is needed" >&2; exit 2; }
mkdir -p "$WORK"
"${PYTHON:-python3}" "$(dirname "$0")/make_corpus.py" "$SHARED/corpus/seeds" "$CORPUS" "$BENCH_MB"
BYTES=$(find "$CORPUS" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
FILES=$(find "$CORPUS" -name '*.txt' | wc -l)
printf 'corpus: %s files, %.1f MB in %s\n' "$FILES" "$(echo "$BYTES / 1000000" | bc -l)" "$CORPUS"

# One run: prints "seconds rss_kb relations cpu_seconds" (cpu: user + system).
run() {
    local log=$WORK/time.log
    /usr/bin/time -v -o "$log" "$@" build "$CORPUS" -o "$WORK/out.graphml" 2>"$WORK/stderr.log" >/dev/null \
        || { echo "bench: run failed:" >&2; cat "$WORK/stderr.log" >&2; exit 1; }
    local wall rss relations
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
    cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { print s }' "$log")
    relations=$(grep -oE '[0-9]+ relations' "$WORK/stderr.log" | tail -1 | cut -d' ' -f1 || true)
    [ -n "$relations" ] || relations=$(grep -c '<edge ' "$WORK/out.graphml" || true)
    echo "$wall $rss $relations $cpu"
}

report() {  # label, then "seconds rss relations cpu" lines on stdin
    local runs
    runs=$(cat)
    echo "$runs" | awk -v label="$1" -v bytes="$BYTES" -v files="$FILES" '{
        printf "  %-8s run %d: %6.2f s  %6.1f MB/s  %7.0f articles/s  %s relations  peak RSS %.0f MiB  CPU %.2f s (%.2f cores busy)\n",
               label, NR, $1, bytes / $1 / 1e6, files / $1, $3, $2 / 1024, $4, $4 / $1 }'
    # The median run by time, and the median peak RSS.
    local m r
    m=$(echo "$runs" | sort -n -k1,1 | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }')
    r=$(echo "$runs" | sort -n -k2,2 | awk '{ a[NR] = $2 } END { print a[int((NR + 1) / 2)] }')
    echo "$m $r" | awk -v label="$1" -v bytes="$BYTES" -v files="$FILES" '{
        printf "%-8s median: %6.2f s  %6.1f MB/s  %7.0f articles/s  %s relations  peak RSS %.0f MiB  %.1f MB per CPU second\n",
               label, $1, bytes / $1 / 1e6, files / $1, $3, $5 / 1024, bytes / $4 / 1e6 }'
}

CORES=$(nproc)
for i in $(seq "$RUNS"); do run "$BIN"; done | report "$CORES cores"
for i in $(seq "$RUNS"); do run taskset -c 0 "$BIN"; done | report "1 core"

GRAPH_BENCH=$(dirname "$BIN")/graph-write-bench
if [ -x "$GRAPH_BENCH" ]; then
    "$GRAPH_BENCH"
else
    echo "bench: $GRAPH_BENCH not found, graph writing not timed (swift build -c release builds it)" >&2
fi
