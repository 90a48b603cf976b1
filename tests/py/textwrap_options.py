import textwrap
from textwrap import TextWrapper

TEXT = ("The quick brown fox-like creature jumped over the lazy dog.  Then it "
        "ran away!  Really?  \"Yes.\"  It was a well-known self-evident\ttruth "
        "in a  double-spaced\tworld of supercalifragilisticexpialidocious words.")

def show(label, **kw):
    print("==", label, kw)
    for width in (1, 3, 7, 12, 20, 33):
        try:
            print(width, TextWrapper(width=width, **kw).wrap(TEXT))
        except ValueError as e:
            print(width, type(e).__name__, e)

show("default")
show("indents", initial_indent="* ", subsequent_indent="    ")
show("long indent", initial_indent="--------", subsequent_indent="")
show("no tabs", expand_tabs=False)
show("tabsize", tabsize=4)
show("tabsize0", tabsize=0)
show("keep ws", replace_whitespace=False, expand_tabs=False)
show("keep ws tabs", replace_whitespace=False)
show("sentences", fix_sentence_endings=True)
show("no break", break_long_words=False)
show("no hyphens", break_on_hyphens=False)
show("neither", break_long_words=False, break_on_hyphens=False)
show("keep drop", drop_whitespace=False)
show("keep drop indent", drop_whitespace=False, initial_indent="> ")
for n in (1, 2, 3, 5):
    show("max_lines", max_lines=n)
    show("max_lines placeholder", max_lines=n, placeholder="...")
    show("max_lines indents", max_lines=n, initial_indent="[", subsequent_indent="  ")
    show("max_lines nodrop", max_lines=n, drop_whitespace=False)
show("long placeholder", max_lines=2, placeholder=" (and much more text follows)")
show("blank placeholder", max_lines=2, placeholder="   ")

# fix_sentence_endings on its own
w = TextWrapper(width=60, fix_sentence_endings=True)
for t in ["This is it. Right! Ok? \"Quoted.\" 'Single!' A. B. end.",
          "e.g. this is wrong. Dr. Who. x.\" y", "no end"]:
    print(w.wrap(t))
    print(w.fill(t))

# hyphen handling inside long words
for word in ["aaaa-bbbb-cccc-dddd", "----aaaa", "a-b-c-d-e-f-g-h", "xx--yy--zz", "-" * 12,
             "foo-bar-baz-qux-quux", "1-2-3-4-5-6", "self-evident-truth"]:
    for width in range(1, 12):
        print(word, width, textwrap.wrap(word, width), textwrap.wrap(word, width, break_on_hyphens=False))

# errors
for width in (0, -1, -5):
    try:
        textwrap.wrap("abc", width)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    textwrap.wrap("", 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    TextWrapper(width=4, max_lines=1, placeholder=" [...]").wrap("hello world")
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    TextWrapper(width=8, max_lines=2, subsequent_indent="    ").wrap("a b c d e f g h i j")
except ValueError as e:
    print(type(e).__name__, e)
print(TextWrapper(width=8, max_lines=2, subsequent_indent="   ").wrap("a b c d e f g h i j"))
try:
    textwrap.wrap(5)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap(5, expand_tabs=False, replace_whitespace=False)
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.dedent(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.dedent(b"  x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    TextWrapper(5, "", "", True, True, False, True, True, True, 8, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap("x", width=10, bogus=1)
except TypeError as e:
    print(type(e).__name__, e)

# attributes and reuse
w = TextWrapper()
print(w.width, repr(w.initial_indent), repr(w.subsequent_indent), w.expand_tabs,
      w.replace_whitespace, w.fix_sentence_endings, w.break_long_words, w.drop_whitespace,
      w.break_on_hyphens, w.tabsize, w.max_lines, repr(w.placeholder))
w.width = 10
w.initial_indent = "> "
print(w.wrap("attributes can be changed between calls"))
print(w.fill("and fill joins the lines"))
print(textwrap.fill("keyword options", width=8, initial_indent="-> "))

class Upper(TextWrapper):
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]
print(Upper(width=12).wrap("subclasses can override the splitting step"))

# positional argument order of TextWrapper
print(TextWrapper(15, "* ", ". ", True, True, True, False, True, False, 4).wrap(
    "positional\targs. Work-well here too. see supercalifragilistic"))
