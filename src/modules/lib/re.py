"""Support for regular expressions (RE), on PVM's native engine (_pvm_re)."""

import _pvm_re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I",
    "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
    "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class error(Exception):
    """Raised for an invalid regular expression; msg, pattern, pos, lineno and
    colno say what and where."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            text = "%s at position %d" % (msg, pos)
            if nl in pattern:
                text = "%s (line %d, column %d)" % (text, self.lineno, self.colno)
            msg = text
        Exception.__init__(self, msg)


error.__module__ = "re"
_pvm_re._set_error(error)


class RegexFlag(int):
    """A re flag or a combination of flags; prints as re.NAME|re.NAME."""

    _names = (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
              ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
              ("ASCII", 256))

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        parts = []
        for name, bit in RegexFlag._names:
            if value & bit:
                parts.append("re." + name)
                value &= ~bit
        if value:
            parts.append(hex(value))
        return "|".join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

Pattern = _pvm_re.Pattern
Match = _pvm_re.Match
compile = _pvm_re.compile
search = _pvm_re.search
match = _pvm_re.match
fullmatch = _pvm_re.fullmatch
findall = _pvm_re.findall
finditer = _pvm_re.finditer
split = _pvm_re.split
sub = _pvm_re.sub
subn = _pvm_re.subn
purge = _pvm_re.purge
escape = _pvm_re.escape


def template(pattern, flags=0):
    return compile(pattern, flags | T)
