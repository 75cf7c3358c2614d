#!/bin/bash
# Throughput of the Spark job in local[2] beside one `actorgraph` process (issue 13):
# `make spark-bench`, or examples/spark/bench.sh BINARY [SHARED].
#
# Writes the benchmark corpus of Tests/Benchmarks (BENCH_MB MB of the seed articles, default 64) as
# one JSON Lines file, then times (wall clock, one run each):
#   - `actorgraph build CORPUS.jsonl -o out.graphml` and `actorgraph extract CORPUS.jsonl -o -`;
#   - the Spark job in local[2] (SPARK_PARTITIONS partitions, default 8; --ids-given, as every article
#     has an id): the whole job, JVM start and merge included;
# and checks that the Spark graph is build's.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "${1:?usage: bench.sh BINARY [SHARED]}")
SHARED=${2:-../shared}
BENCH_MB=${BENCH_MB:-64}
PARTITIONS=${SPARK_PARTITIONS:-8}
WORK=.build-bench
export PATH=$PWD/.venv-spark/bin:$PATH PYSPARK_PYTHON=$PWD/.venv-spark/bin/python SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
[ -x .venv-spark/bin/spark-submit ] || { echo "spark-bench: run make spark-setup first" >&2; exit 2; }

mkdir -p "$WORK"
python3 Tests/Benchmarks/make_corpus.py "$SHARED/corpus/seeds" "$WORK/corpus" "$BENCH_MB"
python3 examples/spark/to_jsonl.py "$WORK/corpus" "$WORK/corpus.jsonl"
BYTES=$(stat -c %s "$WORK/corpus.jsonl")
DOCS=$(wc -l < "$WORK/corpus.jsonl")
printf 'corpus: %s articles, %.1f MB of JSON Lines; load average %s\n' "$DOCS" "$(awk -v b="$BYTES" 'BEGIN { print b / 1e6 }')" "$(cut -d' ' -f1-3 /proc/loadavg)"

timed() {  # label, command...: prints seconds, MB/s and articles/s
    local label=$1 start end
    shift
    start=$(date +%s.%N)
    "$@" >/dev/null 2>"$WORK/bench.log" || { echo "spark-bench: $label failed:" >&2; tail -20 "$WORK/bench.log" >&2; exit 1; }
    end=$(date +%s.%N)
    echo "$start $end" | awk -v label="$label" -v bytes="$BYTES" -v docs="$DOCS" '{
        s = $2 - $1; printf "%-34s %7.2f s  %6.1f MB/s  %7.0f articles/s\n", label, s, bytes / s / 1e6, docs / s }'
}

timed "build, one process (2 cores)" "$BIN" build "$WORK/corpus.jsonl" -o "$WORK/build.graphml" --quiet
timed "extract, one process (2 cores)" "$BIN" extract "$WORK/corpus.jsonl" -o - --quiet
timed "Spark local[2], $PARTITIONS partitions" spark-submit --master 'local[2]' --conf spark.ui.enabled=false \
    examples/spark/actorgraph_job.py "$WORK/corpus.jsonl" "$WORK/spark" --binary "$BIN" --partitions "$PARTITIONS" --ids-given \
    -- -o "$WORK/spark/actors.graphml" --quiet
# The stage that extracts and writes the records, as Spark timed it (without JVM start and merge).
awk -v bytes="$BYTES" -v docs="$DOCS" '/Job [0-9]+ finished: runJob at SparkHadoopWriter/ {
    s = $NF == "ms" ? $(NF - 1) / 1000 : 0 } END { if (s > 0) printf "%-34s %7.2f s  %6.1f MB/s  %7.0f articles/s\n",
    "  of which extract + write records", s, bytes / s / 1e6, docs / s }' "$WORK/bench.log"
cmp -s "$WORK/build.graphml" "$WORK/spark/actors.graphml" && echo "the Spark graph is build's (GraphML)" \
    || { echo "spark-bench: the Spark graph differs from build's" >&2; exit 1; }
