"""String constants and classes (PVM's string): the character classes, capwords and
Template ($-substitution)."""

__all__ = [
    "ascii_letters",
    "ascii_lowercase",
    "ascii_uppercase",
    "capwords",
    "digits",
    "hexdigits",
    "octdigits",
    "printable",
    "punctuation",
    "whitespace",
    "Formatter",
    "Template",
]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s into words (at sep), capitalizes each, and joins them with sep (a
    space by default)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


_ID_START = frozenset("_" + ascii_letters)
_ID_REST = frozenset("_" + ascii_letters + digits)
_DEFAULT_IDPATTERN = r"(?a:[_a-z][_a-z0-9]*)"


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _check_supported(self):
        cls = type(self)
        if cls.idpattern != _DEFAULT_IDPATTERN or cls.braceidpattern is not None or "pattern" in cls.__dict__:
            raise NotImplementedError("string.Template: custom idpattern/braceidpattern/pattern need the re module, which PVM does not provide yet")

    def _scan(self):
        """Yields (start, end, kind, name) for each placeholder of the template:
        kind is 'escaped', 'named', 'braced' or 'invalid'."""
        self._check_supported()
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(t)
        i = t.find(delim) if dl else -1
        while i >= 0:
            j = i + dl
            if t.startswith(delim, j):
                yield (i, j + dl, "escaped", None)
                i = t.find(delim, j + dl)
                continue
            if j < n and t[j] in _ID_START:
                k = j + 1
                while k < n and t[k] in _ID_REST:
                    k += 1
                yield (i, k, "named", t[j:k])
                i = t.find(delim, k)
                continue
            if j < n and t[j] == "{" and j + 1 < n and t[j + 1] in _ID_START:
                k = j + 2
                while k < n and t[k] in _ID_REST:
                    k += 1
                if k < n and t[k] == "}":
                    yield (i, k + 1, "braced", t[j + 1 : k])
                    i = t.find(delim, k + 1)
                    continue
            yield (i, j, "invalid", None)
            i = t.find(delim, j)

    def _invalid(self, i):
        # i is where the placeholder's name should have started
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        last = 0
        t = self.template
        for start, end, kind, name in self._scan():
            out.append(t[last:start])
            last = end
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                self._invalid(end)
            else:
                out.append(str(mapping[name]))
        out.append(t[last:])
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        last = 0
        t = self.template
        for start, end, kind, name in self._scan():
            out.append(t[last:start])
            last = end
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                out.append(t[start:end])
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(t[start:end])
        out.append(t[last:])
        return "".join(out)

    def is_valid(self):
        for _, _, kind, _ in self._scan():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for _, _, kind, name in self._scan():
            if kind in ("named", "braced") and name not in ids:
                ids.append(name)
        return ids


class _ChainMap:
    """The keyword arguments, then the mapping: what substitute() looks names up in."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """str.format's engine as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion) tuples."""
        s = format_string
        n = len(s)
        i = 0
        literal = []
        while i < n:
            c = s[i]
            if c == "{":
                if i + 1 < n and s[i + 1] == "{":
                    # an escaped brace ends a literal piece, as in CPython
                    literal.append("{")
                    yield ("".join(literal), None, None, None)
                    literal = []
                    i += 2
                    continue
                # find the matching close brace, counting nested ones
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == "{":
                        depth += 1
                    elif s[j] == "}":
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1 : j - 1]
                name, conversion, spec = _split_field(field)
                yield ("".join(literal), name, spec, conversion)
                literal = []
                i = j
            elif c == "}":
                if i + 1 < n and s[i + 1] == "}":
                    literal.append("}")
                    yield ("".join(literal), None, None, None)
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield ("".join(literal), None, None, None)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _split_field(field):
    """'name!r:spec' -> ('name', 'r', 'spec')."""
    depth = 0
    name_end = len(field)
    for k, ch in enumerate(field):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif depth == 0 and ch in "!:":
            name_end = k
            break
    name = field[:name_end]
    rest = field[name_end:]
    conversion = None
    if rest.startswith("!"):
        if len(rest) < 2:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(":"):
            raise ValueError("expected ':' after conversion specifier")
    spec = rest[1:] if rest.startswith(":") else ""
    return name, conversion, spec


def _split_name(field_name):
    """'a.b[0]' -> ('a', [(True, 'b'), (False, 0)]); a leading number is an int."""
    n = len(field_name)
    k = 0
    while k < n and field_name[k] not in ".[":
        k += 1
    first = field_name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < n:
        if field_name[k] == ".":
            j = k + 1
            while j < n and field_name[j] not in ".[":
                j += 1
            attr = field_name[k + 1 : j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            k = j
        else:
            j = field_name.find("]", k)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[k + 1 : j]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            k = j + 1
            if k < n and field_name[k] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest
