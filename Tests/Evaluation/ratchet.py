#!/usr/bin/env python3
"""Extraction ratchet: score the seed articles and the PLOVER sentences, fail below the floors.

Floors live in floors.json beside this file. When a change raises a score, raise its floor in the
same commit, so quality can only go up. The PLOVER sentences are scored in two halves: rules are
tuned on the even sentence ids, the odd ones check a finished step. Needs ../shared/eval (skipped
with a note when absent).
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"ratchet: {' '.join(cmd[:3])} failed:\n{p.stdout[-2000:]}{p.stderr[-2000:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


def split_by_parity(path, folder):
    """Writes the rows of even and of odd sentence_id to two TSVs in folder; returns their paths."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    column = rows[0].index("sentence_id")
    paths = {}
    for name, parity in (("even", 0), ("odd", 1)):
        paths[name] = os.path.join(folder, f"{name}.tsv")
        with open(paths[name], "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f, delimiter="\t", lineterminator="\n")
            writer.writerow(rows[0])
            writer.writerows(r for r in rows[1:] if int(r[column]) % 2 == parity)
    return paths


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", required=True)
    ap.add_argument("--bin", required=True)
    args = ap.parse_args()
    evaldir = os.path.join(args.shared, "eval")
    if not os.path.exists(os.path.join(evaldir, "score.py")):
        print(f"ratchet: {evaldir} not found, evaluation skipped")
        return
    binary = os.path.abspath(args.bin)
    with open(os.path.join(HERE, "floors.json")) as f:
        floors = json.load(f)

    seeds = run([sys.executable, os.path.join(evaldir, "score.py"), "--json",
                 "--gold", os.path.join(evaldir, "seeds.gold.json"),
                 "--cmd", f"{binary} build {{input}} {{date_opt}} --output {{output}}"])
    def pairs(path):
        return run([sys.executable, os.path.join(evaldir, "score_pairs.py"), "--json", "--pairs", path,
                    "--batch-cmd", f"{binary} build {{input_dir}} --per-document --format graphml --out-dir {{output_dir}} --quiet"])

    # Rules are tuned on the even sentence ids; the odd ones only check a finished step.
    with tempfile.TemporaryDirectory() as folder:
        halves = split_by_parity(os.path.join(evaldir, "plover", "train.tsv"), folder)
        even, odd = pairs(halves["even"]), pairs(halves["odd"])
    dates = seeds["dates"]
    measured = {
        "seeds.core_actor.f1": seeds["core/actor"]["f1"],
        "seeds.core_actor.precision": seeds["core/actor"]["precision"],
        "seeds.core_affiliation.f1": seeds["core/affiliation"]["f1"],
        "seeds.dates": dates["correct"] / dates["of"] if dates["of"] else 1.0,
        "plover.even.f1": even["f1"],
        "plover.even.precision": even["precision"],
        "plover.odd.f1": odd["f1"],
        "plover.odd.precision": odd["precision"],
    }
    failed = False
    for key, value in measured.items():
        floor = floors.get(key, 0.0)
        status = "ok" if value >= floor else "BELOW FLOOR"
        failed |= value < floor
        print(f"ratchet: {key:28s} {value:.3f} (floor {floor:.3f}) {status}")
    print(f"ratchet: seeds dates {seeds['dates']['correct']}/{seeds['dates']['of']}")
    if failed:
        sys.exit("ratchet: extraction quality fell below a floor")


if __name__ == "__main__":
    main()
