import string
from string import Template

for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation", "printable", "whitespace"):
    print(name, repr(getattr(string, name)))
print(string.capwords("hello   world  foo"), string.capwords(" a b "), repr(string.capwords("")))
print(string.capwords("hello-world-x", "-"), string.capwords("aBC dEF"), string.capwords("élan vital"))
print(string.capwords("a,,b", ","))

t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"), t.template)
print(t.substitute({"who": "ann", "what": 1}), t.substitute({"who": "x", "what": "y"}, what="z"))
print(Template("$$ is a dollar, ${noun}s and $x$y").substitute(noun="apple", x=1, y=2))
print(Template("${a}b $a_b $a1").substitute(a="A", a_b="AB", a1="A1"))
print(Template("no placeholders").substitute(), Template("").substitute())
def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("missing", Template("$who likes $what").substitute, who="x")
attempt("invalid", Template("give $ now").substitute)
attempt("invalid2", Template("line1\nline2 $1").substitute)
attempt("invalid-brace", Template("${ x}").substitute, x=1)
attempt("unclosed", Template("${x").substitute, x=1)
attempt("trailing", Template("cost $").substitute)
print(Template("$who likes $what $").safe_substitute(who="tim"))
print(Template("${a} ${b} $$ $").safe_substitute({"a": 1}))
print(Template("$a $b $a ${c} $$d $1").get_identifiers(), Template("ok $a").is_valid(), Template("bad $").is_valid())

class Pct(Template):
    delimiter = "%"
print(Pct("%who is %% %{x}").substitute(who="me", x="y"))
print(repr(Template("x").template), Template.delimiter)

f = string.Formatter()
print(f.format("{0} + {1} = {2}", 1, 2, 3), f.format("{a!r:>6}|{b:.2f}", a="x", b=3.14159))
print(f.format("{} {}", "x", "y"), f.format("{0[1]} {p.real}", [5, 6], p=3), f.format("{{}} {:{w}}|", 1, w=4))
print(list(f.parse("a{0}b{x!r:>3}{{c}}")))
attempt("fmt-switch", f.format, "{} {0}", 1)
attempt("fmt-key", f.format, "{x}")
