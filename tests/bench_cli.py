"""Benchmark: how long the command line takes to answer, next to Python starting with nothing to do
(goal: ``sxsh --version`` and ``sxsh --help`` at most 0.15 s).

    python tests/bench_cli.py [--runs 15]

Each run is a new process, as a user's command is. Prints the median and the spread of each.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "sxsh --version": [sys.executable, "-m", "sxsh_desktop", "--version"],
    "sxsh --help": [sys.executable, "-m", "sxsh_desktop", "--help"],
    "sxsh enterprise --help": [sys.executable, "-m", "sxsh_desktop", "enterprise", "--help"],
}


def _seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    for name, command in COMMANDS.items():
        _seconds(command)  # warm the file cache
        times = sorted(_seconds(command) for _ in range(runs))
        print(f"{name:24} median {statistics.median(times):.3f} s  (min {times[0]:.3f}, max {times[-1]:.3f})")


if __name__ == "__main__":
    main()
