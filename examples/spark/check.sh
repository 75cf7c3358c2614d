#!/bin/bash
# Runs the Spark job in local[2] on the examples (as JSON Lines) and on the seed corpus, and checks
# that its graph is byte for byte the one `actorgraph build` draws (DOT and GraphML).
#
# Usage: examples/spark/check.sh BINARY [SHARED]      (make spark-demo; make test runs it as spark-check)
# Needs java and the virtual environment .venv-spark (make spark-setup); without them it says
# "spark check skipped: ..." and exits 0, unless SPARK_CHECK_REQUIRED=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "${1:?usage: check.sh BINARY [SHARED]}")
SHARED=${2:-../shared}
SUBMIT=.venv-spark/bin/spark-submit
WORK=.spark-work

skip() {
    if [ "${SPARK_CHECK_REQUIRED:-0}" = 1 ]; then echo "spark check failed: $1" >&2; exit 1; fi
    echo "spark check skipped: $1 (make spark-setup installs it)"
    exit 0
}
command -v java >/dev/null 2>&1 || skip "no java"
[ -x "$SUBMIT" ] || skip "no pyspark in .venv-spark"

# spark-submit finds Spark through `python`; the executors run the same interpreter.
export PATH=$PWD/.venv-spark/bin:$PATH PYSPARK_PYTHON=$PWD/.venv-spark/bin/python SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
rm -rf "$WORK"
mkdir -p "$WORK"
python3 examples/spark/to_jsonl.py examples "$WORK/examples.jsonl"

# name, corpus for Spark, the same articles for build
check() {
    local name=$1 corpus=$2 articles=$3 out=$WORK/$1
    "$BIN" build "$articles" --out-dir "$out/build" --format dot --format graphml --quiet
    local start end
    start=$(date +%s.%N)
    "$SUBMIT" --master 'local[2]' --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
        examples/spark/actorgraph_job.py "$corpus" "$out/spark" --binary "$BIN" \
        -- --out-dir "$out/spark" --format dot --format graphml --quiet 2>"$out.log" \
        || { echo "spark check failed: the job failed on $name (log: $out.log)" >&2; tail -20 "$out.log" >&2; exit 1; }
    end=$(date +%s.%N)
    for format in dot graphml; do
        cmp -s "$out/build/actors.$format" "$out/spark/actors.$format" \
            || { echo "spark check failed: $name: the Spark graph differs from build's ($out/{build,spark}/actors.$format)" >&2; exit 1; }
    done
    local records
    records=$(cat "$out"/spark/events/part-* | wc -l)
    printf 'spark check passed: %s, %s records in %d partitions, graph = build (DOT and GraphML), %.1f s\n' \
        "$name" "$records" "$(ls "$out"/spark/events/part-* | wc -l)" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')"
}

check examples "$WORK/examples.jsonl" examples
if [ -f "$SHARED/corpus/seeds.jsonl" ]; then
    check seeds "$SHARED/corpus/seeds.jsonl" "$SHARED/corpus/seeds.jsonl"
else
    echo "spark check: $SHARED/corpus/seeds.jsonl not found, seeds not checked"
fi

# A failing extract (here: a lexicon that does not exist, exit 2) must fail the job, not leave an
# empty partition behind and a job that exits 0 with an empty graph.
if "$SUBMIT" --master 'local[2]' --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
    examples/spark/actorgraph_job.py "$WORK/examples.jsonl" "$WORK/broken" --binary "$BIN" \
    --lexicon "$WORK/no-such-lexicon.tsv" -- --out-dir "$WORK/broken" --quiet 2>"$WORK/broken.log"; then
    echo "spark check failed: the job exited 0 although extract failed (log: $WORK/broken.log)" >&2
    exit 1
fi
grep -q "no-such-lexicon.tsv" "$WORK/broken.log" \
    || { echo "spark check failed: the failing job does not say why (log: $WORK/broken.log)" >&2; exit 1; }
echo "spark check passed: a failing extract fails the job"
