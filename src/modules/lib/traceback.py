"""Printing and formatting exceptions and stacks, as CPython 3.11's traceback module
does. The per-frame text comes from `_pvm_traceback`, the code that reports uncaught
exceptions, so both print the same thing."""

import sys
import _pvm_traceback

__all__ = ["extract_stack", "extract_tb", "format_exception", "format_exception_only",
           "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
           "print_exception", "print_stack", "print_tb", "FrameSummary", "StackSummary",
           "walk_stack", "walk_tb"]

_sentinel = object()
_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def _exception_argument(exc, value):
    # the 3.10+ form passes the exception alone; the older one (type, value, tb)
    if value is not _sentinel:
        return value
    return exc


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of an exception's report, each ending with a newline."""
    exc = _exception_argument(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    if not isinstance(exc, BaseException):
        return ["%s: %s\n" % (type(exc).__name__, exc)]
    return _pvm_traceback.format_exception_only(exc).splitlines(keepends=True)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of an exception's full report, causes and contexts first."""
    exc = _exception_argument(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    reports = []
    seen = set()
    note = None
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        reports.append((exc, note))
        if not chain:
            break
        if exc.__cause__ is not None:
            note, exc = _CAUSE, exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            note, exc = _CONTEXT, exc.__context__
        else:
            break
    lines = []
    for i in range(len(reports) - 1, -1, -1):
        e = reports[i][0]
        entries = _pvm_traceback.format_tb(e, limit)
        if entries:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(entries)
        lines.extend(format_exception_only(e))
        if i > 0:
            lines.append(reports[i][1])
    return lines


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Writes an exception's full report to `file` (standard error by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one str."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Writes the report of the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    """One str per frame of a traceback, outermost first."""
    return _pvm_traceback.format_tb(tb, limit)


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for entry in format_tb(tb, limit):
        print(entry, file=file, end="")


class FrameSummary:
    """One frame of a stack or traceback: file, line number, function, source line."""

    __slots__ = ("filename", "lineno", "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _pvm_traceback.source_line(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary objects, outermost first."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        lines = []
        for f in self:
            row = '  File "%s", line %s, in %s\n' % (f.filename, f.lineno, f.name)
            if f.line:
                row += "    %s\n" % f.line.strip()
            lines.append(row)
        return lines


def extract_tb(tb, limit=None):
    """The frames of a traceback as a StackSummary, outermost first."""
    return StackSummary(FrameSummary(f, n, name, line=line if line is not None else "")
                        for f, n, name, line in _pvm_traceback.extract(tb, limit))


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    """The frames from `f` (by default the caller's) outwards, as a StackSummary,
    outermost first; `limit` keeps the innermost ones."""
    if f is None:
        f = sys._getframe().f_back
    frames = []
    for frame, lineno in walk_stack(f):
        if limit is not None and len(frames) >= limit:
            break
        frames.append(FrameSummary(frame.f_code.co_filename, lineno, frame.f_code.co_name))
    frames.reverse()
    return StackSummary(frames)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    if file is None:
        file = sys.stderr
    for entry in format_stack(f, limit=limit):
        print(entry, file=file, end="")
