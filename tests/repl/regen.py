#!/usr/bin/env python3
"""Regenerate the expected transcripts of the interactive-prompt tests.

For every tests/repl/X.in (or only those named on the command line) this feeds the
file to CPython's prompt (`python3 -q -i`, standard input a pipe, so the prompts go
to standard error) and writes:

  X.out   the exact stdout bytes (echoed values, print output)
  X.err   the exact stderr bytes (prompts, tracebacks, syntax errors)
  X.exit  the exit status, only when it is nonzero

tests/repl.rs runs `pvm -q -i` on the same input and compares all three.

Usage:
  python3 tests/repl/regen.py            # all sessions
  python3 tests/repl/regen.py errors     # only some
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = os.environ.get("PVM_ORACLE_PYTHON", "python3")


def regen_one(stem):
    env = dict(os.environ)
    env.pop("PYTHONSTARTUP", None)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    with open(os.path.join(HERE, stem + ".in"), "rb") as f:
        proc = subprocess.run([PYTHON, "-q", "-i"], cwd=HERE, stdin=f, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=20, env=env)
    for ext, data in ((".out", proc.stdout), (".err", proc.stderr)):
        with open(os.path.join(HERE, stem + ext), "wb") as f:
            f.write(data)
    exit_path = os.path.join(HERE, stem + ".exit")
    if proc.returncode != 0:
        with open(exit_path, "w") as f:
            f.write("%d\n" % proc.returncode)
    elif os.path.exists(exit_path):
        os.remove(exit_path)
    print("%-30s exit %d" % (stem, proc.returncode))


def main(argv):
    stems = [os.path.basename(a).split(".")[0] for a in argv] or sorted(n[:-3] for n in os.listdir(HERE) if n.endswith(".in"))
    for stem in stems:
        regen_one(stem)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
