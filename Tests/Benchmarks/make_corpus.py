#!/usr/bin/env python3
"""Writes a benchmark corpus: real news text (the seed articles) repeated over many files.

Usage: make_corpus.py SEEDS_DIR OUT_DIR [MEGABYTES]

Each file holds two seed articles (a different pair and order from file to file), so the corpus is
as varied as the seeds allow. Files go into subfolders of 1,000. Nothing is rewritten when OUT_DIR
already holds a corpus of the same size from the same seeds (see OUT_DIR/.stamp).
"""
import glob
import hashlib
import os
import shutil
import sys


def main():
    seeds_dir, out = sys.argv[1], sys.argv[2]
    megabytes = int(sys.argv[3]) if len(sys.argv) > 3 else 64
    seeds = [open(p, encoding="utf-8").read().strip() for p in sorted(glob.glob(os.path.join(seeds_dir, "*.txt")))]
    if not seeds:
        sys.exit(f"make_corpus: no *.txt in {seeds_dir}")
    stamp = hashlib.sha256(("\0".join(seeds) + f"\0{megabytes}").encode()).hexdigest()
    stamp_file = os.path.join(out, ".stamp")
    if os.path.exists(stamp_file) and open(stamp_file).read() == stamp:
        return
    shutil.rmtree(out, ignore_errors=True)
    target = megabytes * 1_000_000
    written = 0
    n = 0
    while written < target:
        a = seeds[n % len(seeds)]
        b = seeds[(n // len(seeds) + n + 1) % len(seeds)]
        text = (a + "\n\n" + b + "\n").encode("utf-8")
        folder = os.path.join(out, f"{n // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"a{n:06d}.txt"), "wb") as f:
            f.write(text)
        written += len(text)
        n += 1
    with open(stamp_file, "w") as f:
        f.write(stamp)


if __name__ == "__main__":
    main()
