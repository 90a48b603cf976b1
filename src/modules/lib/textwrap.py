"""Text wrapping and filling, with CPython 3.11's textwrap behaviour.

PVM's own implementation. Words are split on hyphens by a hand-written scanner
that reproduces the chunking rules of CPython's word-separator pattern (a word
breaks after a hyphen that has two letters, or letter-hyphen-letter, before it
and a letter, optional hyphen and letter after it; runs of two or more hyphens
between words are chunks of their own), so lines come out identical.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only ASCII whitespace separates words, as in CPython: other Unicode spaces
# (e.g. U+00A0) belong to the words around them.
_whitespace = '\t\n\x0b\x0c\r '
_whitespace_run = re.compile('([\t\n\x0b\x0c\r ]+)')


def _is_word_char(c):
    # Python regex \w for str: alphanumeric or underscore.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a decimal digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c in '!"\'&.,?' or c.isalnum() or c == '_'


def _dash_run_before_word(word, i):
    """True when word[i:] starts with two or more hyphens followed by a word char."""
    n = len(word)
    j = i
    while j < n and word[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word_char(word[j])


def _hyphen_break_after(word, e):
    """True when the hyphen at word[e] ends a chunk (the hyphenated-word rule)."""
    n = len(word)
    # What precedes the hyphen: two letters, or letter-hyphen-letter.
    if e >= 2 and _is_letter(word[e - 1]) and _is_letter(word[e - 2]):
        pass
    elif (e >= 3 and _is_letter(word[e - 1]) and word[e - 2] == '-'
          and _is_letter(word[e - 3])):
        pass
    else:
        return False
    # What follows it: a letter, then a letter or hyphen-letter.
    if e + 2 >= n or not _is_letter(word[e + 1]):
        return False
    nxt = word[e + 2]
    if _is_letter(nxt):
        return True
    return nxt == '-' and e + 3 < n and _is_letter(word[e + 3])


def _split_hyphenated(word, out):
    """Append the chunks of one whitespace-free word to out."""
    if '-' not in word:
        out.append(word)
        return
    n = len(word)
    p = 0
    while p < n:
        # A run of 2+ hyphens between a word-ish char and a word char is an em-dash.
        if (p > 0 and word[p] == '-' and _is_word_punct(word[p - 1])
                and _dash_run_before_word(word, p)):
            q = p
            while word[q] == '-':
                q += 1
            out.append(word[p:q])
            p = q
            continue
        # Otherwise the shortest piece ending at a breakable hyphen (kept),
        # at the end of the word, or just before an em-dash.
        e = p + 1
        while True:
            if e >= n:
                break
            if word[e] == '-' and _hyphen_break_after(word, e):
                e += 1
                break
            if (word[e] == '-' and _is_word_punct(word[e - 1])
                    and _dash_run_before_word(word, e)):
                break
            e += 1
        out.append(word[p:e])
        p = e


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then . ! or ?, then an optional quote, at the end.
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps paragraphs of text into lines of at most `width` characters."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))
    uspace = ord(' ')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        pieces = _whitespace_run.split(text)
        if not self.break_on_hyphens:
            return [piece for piece in pieces if piece]
        chunks = []
        for piece in pieces:
            if not piece:
                continue
            if piece[0] in _whitespace:
                chunks.append(piece)
            else:
                _split_hyphenated(piece, chunks)
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            cut = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer to cut just after the last hyphen that fits, unless
                # only hyphens precede it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % (self.width,))
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        lines = []
        chunks.reverse()
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            line = []
            line_len = 0

            # Whitespace at the start of a continuation line is dropped.
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if line_len + size > width:
                    break
                line.append(chunks.pop())
                line_len += size

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, line_len, width)
                line_len = sum(map(len, line))

            if self.drop_whitespace and line and line[-1].strip() == '':
                line_len -= len(line[-1])
                del line[-1]

            if not line:
                continue

            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or ((not chunks or (self.drop_whitespace and len(chunks) == 1
                                        and not chunks[0].strip()))
                        and line_len <= width)):
                lines.append(indent + ''.join(line))
                continue

            # The last allowed line: end it with the placeholder, dropping
            # trailing chunks until it fits after a non-blank one.
            while line:
                if line[-1].strip() and line_len + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    break
                line_len -= len(line[-1])
                del line[-1]
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Return the lines of `text` wrapped to self.width, without newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Return `text` wrapped and joined into one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into a list of lines of at most `width` characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph and return it as a single newline-joined string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate `text` to fit on one line of `width`."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    n = len(line)
    while i < n and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove the whitespace prefix that every non-blank line shares.

    Lines of only spaces and tabs become empty; only spaces and tabs count as
    indentation, and a tab never equals spaces.
    """
    if not isinstance(text, str):
        # Let the regex engine reject it with the error CPython's dedent gives.
        _whitespace_run.sub('', text)
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        lead = _leading_blanks(line)
        if len(lead) == len(line):
            lines[i] = ''
            continue
        if margin is None or lead.startswith(margin):
            if margin is None:
                margin = lead
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Prefix the lines of `text` for which predicate(line) is true.

    By default every line that is not whitespace-only is prefixed.
    """
    out = []
    for line in text.splitlines(True):
        keep = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if keep else line)
    return ''.join(out)
