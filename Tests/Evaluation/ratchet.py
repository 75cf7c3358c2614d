#!/usr/bin/env python3
"""Extraction ratchet: score the seed articles and the PLOVER sentences, fail below the floors.

Floors live in floors.json beside this file. When a change raises a score, raise its floor in the
same commit, so quality can only go up. Needs ../shared/eval (skipped with a note when absent).
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"ratchet: {' '.join(cmd[:3])} failed:\n{p.stdout[-2000:]}{p.stderr[-2000:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


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
    pairs = run([sys.executable, os.path.join(evaldir, "score_pairs.py"), "--json",
                 "--pairs", os.path.join(evaldir, "plover", "train.tsv"),
                 "--batch-cmd", f"{binary} build {{input_dir}} --per-document --format graphml --out-dir {{output_dir}} --quiet"])
    measured = {
        "seeds.core_actor.f1": seeds["core/actor"]["f1"],
        "seeds.core_actor.precision": seeds["core/actor"]["precision"],
        "seeds.core_affiliation.f1": seeds["core/affiliation"]["f1"],
        "plover.f1": pairs["f1"],
        "plover.precision": pairs["precision"],
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
