"""Long fuzzing run of the parsers: `python bench/fuzz.py [--examples 5000]`.

Runs tests/test_fuzz.py (feed reader, live-blog and channel splitters, main-text extraction,
count reader) with many more hypothesis examples than CI does, and prints the time taken.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000, help="examples per property")
    args = parser.parse_args()
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_fuzz.py"],
        cwd=ROOT,
        env={**os.environ, "SALVO_FUZZ_EXAMPLES": str(args.examples)},
    )
    took = time.monotonic() - started
    print(f"examples_per_property={args.examples} seconds={took:.0f} exit={result.returncode}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
