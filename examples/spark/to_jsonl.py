#!/usr/bin/env python3
"""Writes the text articles of a folder (recursively) as a JSON Lines corpus, one article per line with its file stem as "id"
(the id `actorgraph build` gives a text file), so that a Spark run over the lines can be
compared with `build` over the files.

Usage: to_jsonl.py FOLDER OUT.jsonl
"""
import glob
import json
import os
import sys


def main(folder, out):
    paths = sorted(glob.glob(os.path.join(folder, "**", "*.txt"), recursive=True)
                   + glob.glob(os.path.join(folder, "**", "*.md"), recursive=True))
    if not paths:
        sys.exit(f"to_jsonl: no *.txt or *.md in {folder}")
    with open(out, "w", encoding="utf-8") as f:
        for path in paths:
            text = open(path, encoding="utf-8").read()
            stem = os.path.splitext(os.path.basename(path))[0]
            f.write(json.dumps({"id": stem, "text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
