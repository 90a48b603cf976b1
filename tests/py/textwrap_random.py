# Seeded random texts and options: every wrap/shorten/dedent result printed.
import random
import textwrap

PIECES = ['a', 'b', 'Z', 'é', '1', '٣', '_', '-', '-', '-', ' ', ' ', '\t', '\n', '.', '!',
          '?', '"', "'", ',', '&', '\u00a0', '\u3000', 'x-y', '--', 'ab-cd', 'word', 'well-known']
OPTIONS = [('break_on_hyphens', [True, False]), ('break_long_words', [True, False]),
           ('drop_whitespace', [True, False]), ('fix_sentence_endings', [False, True]),
           ('expand_tabs', [True, False]), ('replace_whitespace', [True, False]),
           ('tabsize', [8, 0, 3]), ('initial_indent', ['', '* ']),
           ('subsequent_indent', ['', '  ']), ('max_lines', [None, 1, 2, 3]),
           ('placeholder', [' [...]', '..', '~'])]

rng = random.Random(20261201)
for case in range(400):
    text = ''.join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
    kw = {}
    for name, values in OPTIONS:
        if rng.random() < 0.3:
            kw[name] = rng.choice(values)
    # Widths not above the indent can loop forever in CPython too; stay above them.
    width = rng.randint(3, 20)
    try:
        result = textwrap.wrap(text, width, **kw)
    except ValueError as e:
        result = (type(e).__name__, str(e))
    print(case, repr(text), width, kw, result)
    short_kw = {k: v for k, v in kw.items() if k != 'max_lines'}
    try:
        print(' ', repr(textwrap.shorten(text, width, **short_kw)))
    except ValueError as e:
        print(' ', type(e).__name__, e)
    print(' ', repr(textwrap.dedent(text.replace('\n', '\n  '))), repr(textwrap.dedent(text)))
