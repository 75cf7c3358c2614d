#!/usr/bin/env python3
"""ActorGraph on Spark: extract event records from a JSON Lines corpus on the executors, then
build the graph from them with `actorgraph merge` on the driver.

    spark-submit [--master local[2]] examples/spark/actorgraph_job.py CORPUS OUT
        [--binary PATH] [--lexicon FILE ...] [--partitions N] [--date YYYY-MM-DD] [-- MERGE_OPTIONS...]

CORPUS is a JSON Lines file or folder (any path Spark reads: local, hdfs://, s3a://); one article
per line, as `actorgraph build` reads it. OUT gets:

    OUT/events/part-*      the event records (JSON Lines, schema_version 1), one file per partition
    OUT/actors.{dot,svg,graphml}   the graph, written by `actorgraph merge` (or what MERGE_OPTIONS say)

Each partition's lines go through one `actorgraph extract --jsonl - -o -` process (RDD.pipe).
A record without an "id" gets "<file stem>-<line number>" first, the id `build` would give it,
so that the graph is the one `build` draws from the same corpus (this costs a pass over the
corpus: skip it with --ids-given); with a folder of files (whose lines Spark does not tell
apart), give every record an id. The records are then streamed back to
the driver in partition order and piped into `actorgraph merge -`: merging does not depend on
order, and the driver holds the graph, never the records.

On a cluster, ship the binary (and its resource bundle, and any lexicon files) to the executors;
see the README, "Running on Spark". With a local master the paths are used as they are.
"""
import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys

from pyspark.sql import SparkSession


def parse_arguments(argv):
    if "--" in argv:
        cut = argv.index("--")
        argv, merge_options = argv[:cut], argv[cut + 1:]
    else:
        merge_options = []
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="JSON Lines file or folder")
    parser.add_argument("out", help="output folder (local path; OUT/events is replaced)")
    parser.add_argument("--binary", default="./actorgraph",
                        help="the actorgraph executable: a path with a local master; on a cluster its path in "
                             "the executors' working directory, as shipped with --archives (default: ./actorgraph)")
    parser.add_argument("--lexicon", action="append", default=[], help="an extra lexicon file (repeatable)")
    parser.add_argument("--date", help="the publication date of every article (YYYY-MM-DD)")
    parser.add_argument("--ids-given", action="store_true",
                        help="every record has an \"id\": skip the pass that numbers the lines")
    parser.add_argument("--partitions", type=int, default=None,
                        help="minimum number of partitions (default: Spark's, two per core in local mode)")
    arguments = parser.parse_args(argv)
    arguments.merge_options = merge_options or ["--out-dir", arguments.out]
    return arguments


def executor_path(path, local):
    """Where an executor finds a file: as given with a local master; on a cluster, a relative path
    is taken in the executor's working directory (where --files and --archives put what they ship),
    and an absolute one by its name there."""
    if local:
        return os.path.abspath(path)
    return path if not os.path.isabs(path) else "./" + os.path.basename(path)


def with_id(stem):
    """Gives a JSON Lines record without an "id" the one `build` would: <file stem>-<line number>."""
    def add(pair):
        line, index = pair
        try:
            record = json.loads(line)
        except ValueError:
            return line  # extract names the line on the executor's stderr
        if not isinstance(record, dict) or record.get("id") not in (None, ""):
            return line
        record["id"] = f"{stem}-{index + 1}"
        return json.dumps(record, ensure_ascii=False)
    return add


def main(argv):
    arguments = parse_arguments(argv)
    spark = SparkSession.builder.appName("actorgraph").getOrCreate()
    sc = spark.sparkContext
    local = sc.master.startswith("local")

    lines = sc.textFile(arguments.corpus, minPartitions=arguments.partitions)
    if not arguments.ids_given and not os.path.isdir(arguments.corpus):
        stem = os.path.splitext(os.path.basename(arguments.corpus.rstrip("/")))[0]
        lines = lines.zipWithIndex().map(with_id(stem))

    command = [executor_path(arguments.binary, local), "extract", "--jsonl", "-", "-o", "-", "--quiet"]
    for lexicon in arguments.lexicon:
        command += ["--lexicon", executor_path(lexicon, local)]
    if arguments.date:
        command += ["--date", arguments.date]
    # Exit status 1 (some lines skipped, each named on the executor's stderr) is a warning; any
    # other failure (2: bad arguments or lexicon, 3: output trouble, a crash) fails the task and so
    # the job: `pipe` checks the status only with checkCode, and would otherwise save what it got.
    tolerant = ["sh", "-c", '"$@"; s=$?; [ "$s" -le 1 ]', "sh"] + command
    events = lines.pipe(shlex.join(tolerant), checkCode=True)

    events_dir = os.path.join(arguments.out, "events")
    if "://" not in events_dir:
        shutil.rmtree(events_dir, ignore_errors=True)
    try:
        events.saveAsTextFile(events_dir)
    except Exception as error:  # Spark raises its own Java errors, wrapped by py4j
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        print(f"actorgraph_job: error: actorgraph extract failed on an executor: {first}", file=sys.stderr)
        spark.stop()
        return 2

    # Merge on the driver: the records stream from storage into `actorgraph merge -`.
    merge = subprocess.Popen([arguments.binary, "merge", "-"] + arguments.merge_options, stdin=subprocess.PIPE)
    for record in sc.textFile(events_dir).toLocalIterator():
        merge.stdin.write(record.encode("utf-8") + b"\n")
    merge.stdin.close()
    status = merge.wait()
    spark.stop()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
