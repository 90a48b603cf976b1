#!/usr/bin/env python3
"""Regenerate the expected outputs of the PVM behaviour test corpus.

For every tests/py/X.py (or only the files named on the command line) this
runs CPython (`python3 X.py`, cwd = tests/py, 10 s timeout) and writes:

  X.out  the exact stdout bytes
  X.err  only when the exit status is nonzero, two lines:
             exit: N
             stderr: <last non-empty line of stderr>

A stale X.err is deleted when the program exits with status 0.

A folder tests/py/NAME/ with a main.py is one multi-file program: main.py runs with
the folder as the current directory, and NAME/main.out (and main.err) are written.

Usage:
  python3 tests/regen.py                 # all programs
  python3 tests/regen.py str_split.py    # only some (name, X, X.py or a path)
  python3 tests/regen.py import_basic    # a folder program
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PY_DIR = os.path.join(HERE, "py")
PYTHON = os.environ.get("PVM_ORACLE_PYTHON", "python3")
TIMEOUT = 10


def last_nonempty_line(data):
    text = data.decode("utf-8", errors="replace")
    for line in reversed(text.splitlines()):
        if line.strip():
            return line.rstrip("\r\n")
    return ""


def resolve(arg):
    """The program's path relative to tests/py: X.py, or NAME/main.py for a folder."""
    base = arg.rstrip("/")
    if os.path.basename(base) == "main.py" and os.path.isdir(os.path.join(PY_DIR, os.path.basename(os.path.dirname(base)))):
        base = os.path.basename(os.path.dirname(base))
    else:
        base = os.path.basename(base)
    if os.path.isfile(os.path.join(PY_DIR, base, "main.py")):
        return base + "/main.py"
    if base.endswith((".out", ".err")):
        base = base[:-4]
    if not base.endswith(".py"):
        base += ".py"
    path = os.path.join(PY_DIR, base)
    if not os.path.isfile(path):
        raise SystemExit("regen: no such test program: " + path)
    return base


def regen_one(name):
    folder, script = os.path.split(name)
    cwd = os.path.join(PY_DIR, folder)
    stem = script[:-3]
    out_path = os.path.join(cwd, stem + ".out")
    err_path = os.path.join(cwd, stem + ".err")
    env = dict(os.environ)
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        proc = subprocess.run(
            [PYTHON, script],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
            env=env,
        )
    except subprocess.TimeoutExpired:
        print("regen: TIMEOUT after %ds: %s (expected files left unchanged)" % (TIMEOUT, name))
        return False
    with open(out_path, "wb") as f:
        f.write(proc.stdout)
    if proc.returncode != 0:
        with open(err_path, "w", encoding="utf-8", newline="\n") as f:
            f.write("exit: %d\n" % proc.returncode)
            f.write("stderr: %s\n" % last_nonempty_line(proc.stderr))
        status = "exit %d" % proc.returncode
    else:
        if os.path.exists(err_path):
            os.remove(err_path)
        status = "ok"
    print("%-45s %s" % (name, status))
    return True


def main(argv):
    if argv:
        names = [resolve(a) for a in argv]
    else:
        names = sorted(
            n + "/main.py" if os.path.isfile(os.path.join(PY_DIR, n, "main.py")) else n
            for n in os.listdir(PY_DIR)
            if n.endswith(".py") or os.path.isfile(os.path.join(PY_DIR, n, "main.py"))
        )
        # drop expected files whose program no longer exists
        for n in sorted(os.listdir(PY_DIR)):
            if n.endswith((".out", ".err")) and not os.path.exists(os.path.join(PY_DIR, n[:-4] + ".py")):
                os.remove(os.path.join(PY_DIR, n))
                print("regen: removed orphan", n)
    failures = 0
    for name in names:
        if not regen_one(name):
            failures += 1
    print("regen: %d programs, %d timed out" % (len(names), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
