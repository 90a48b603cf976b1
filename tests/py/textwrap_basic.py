import textwrap

TEXTS = [
    "",
    "   ",
    "\t \n ",
    "word",
    "Hello there, how are you this fine day?  I'm glad to hear it!",
    "The quick brown fox jumps over the lazy dog. " * 3,
    "supercalifragilisticexpialidocious antidisestablishmentarianism",
    "this-is-a-hyphenated-word and a well-known long-winded phrase",
    "co-operate re-enter e-mail x-ray A-B-C-D 12-34 a-1 ab-c abc-de",
    "--leading dashes and trailing-- dashes -- alone --- and a--b foo--bar x---y",
    "Python 3.11 - the dash - surrounded by spaces - and-also--em--dashes.",
    "tabs\there\tand\tthere\t\tdouble",
    "line one\nline two\r\nline three\x0bvt\x0cff",
    "Ünïcödé wörds ärë wräppëd by länguage-aware rules: naïve café-au-lait",
    "日本語のテキスト 混在 text with CJK 文字",
    "non\u00a0breaking\u00a0spaces stay\u3000together",
    "under_score_words and_more_of_them-with-hyphens",
    "digits-123-456 9-to-5 4-letter x-1y",
    "  leading and trailing whitespace   ",
    "a b c d e f g h i j k l m n o p q r s t u v w x y z",
    "Mr. Smith went to Washington. He said \"hi.\" She said 'no!' Then? Yes.",
    "http://example.com/a-very-long-url-path/with-many-hyphens-in-it/index.html",
    "-", "--", "---", "a-", "-a", "a--", "--a", "a-b", "ab-cd-ef",
]

for text in TEXTS:
    print("TEXT", repr(text))
    for width in range(1, 41):
        print(width, textwrap.wrap(text, width))

for text in TEXTS[:12]:
    print(repr(textwrap.fill(text, 20)))
    print(repr(textwrap.fill(text)))

# shorten
for text in TEXTS:
    for width in (5, 10, 15, 25, 40, 80):
        try:
            print(width, repr(textwrap.shorten(text, width)))
        except ValueError as e:
            print(width, type(e).__name__, e)

print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("Hello world", width=10, placeholder="...")))

# dedent
DEDENT = [
    "",
    "no indent",
    "    four\n    four\n",
    "    a\n      b\n    c",
    "\ta\n\tb",
    "\t  a\n\t b",
    "  x\n\ty",
    "    a\n\n    b\n",
    "    a\n  \n    b\n   \t \n",
    "  hello\n    world\n  \n",
    "   \n   \n",
    "  a\r\n  b\r\n",
    "\n\n  a\n  b\n\n",
    "    def f():\n        return 1\n",
    "\u3000a\n\u3000b",
    "  \u00e9\n  \u00e8",
]
for t in DEDENT:
    print(repr(textwrap.dedent(t)))

# indent
INDENT = ["", "a\nb\n", "a\n\nb", "  \n\t\nx", "one\r\ntwo\rthree\u2028four", "no newline"]
for t in INDENT:
    print(repr(textwrap.indent(t, "> ")))
    print(repr(textwrap.indent(t, "+ ", lambda line: True)))
    print(repr(textwrap.indent(t, "# ", lambda line: line.startswith("a"))))

print(textwrap.__all__)
