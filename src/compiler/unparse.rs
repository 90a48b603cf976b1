//! Expressions back to source text, for `from __future__ import annotations` (PEP 563):
//! an annotation is stored as the string CPython's unparser would make of it, so
//! spacing and quoting are normalized (`List[ int ]` becomes `'List[int]'`).
//!
//! Expression kinds that annotations practically never contain (comprehensions,
//! f-strings, `await`...) fall back to their source text.

use rustpython_parser::ast::{self, Constant, Expr, Ranged};

/// Binding strength, weakest first (CPython's `_Precedence`).
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Prec {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    Bor,
    Bxor,
    Band,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Atom,
}

/// The text of `e`. `source` is the module's text (for the fallback) and `str_repr`
/// makes Python's repr of a string constant.
pub fn unparse(e: &Expr, source: &str, str_repr: &mut dyn FnMut(&str) -> String) -> String {
    let mut out = String::new();
    Unparser { source, str_repr }.expr(e, Prec::Test, &mut out);
    out
}

struct Unparser<'s, 'r> {
    source: &'s str,
    str_repr: &'r mut dyn FnMut(&str) -> String,
}

fn binop_text(op: &ast::Operator) -> (&'static str, Prec) {
    use ast::Operator::*;
    match op {
        Add => ("+", Prec::Arith),
        Sub => ("-", Prec::Arith),
        Mult => ("*", Prec::Term),
        MatMult => ("@", Prec::Term),
        Div => ("/", Prec::Term),
        Mod => ("%", Prec::Term),
        FloorDiv => ("//", Prec::Term),
        Pow => ("**", Prec::Power),
        LShift => ("<<", Prec::Shift),
        RShift => (">>", Prec::Shift),
        BitOr => ("|", Prec::Bor),
        BitXor => ("^", Prec::Bxor),
        BitAnd => ("&", Prec::Band),
    }
}

fn cmp_text(op: &ast::CmpOp) -> &'static str {
    use ast::CmpOp::*;
    match op {
        Eq => "==",
        NotEq => "!=",
        Lt => "<",
        LtE => "<=",
        Gt => ">",
        GtE => ">=",
        Is => "is",
        IsNot => "is not",
        In => "in",
        NotIn => "not in",
    }
}

impl Unparser<'_, '_> {
    fn source_text(&self, e: &Expr) -> &str {
        let r = e.range();
        self.source.get(usize::from(r.start())..usize::from(r.end())).unwrap_or("")
    }

    fn constant(&mut self, c: &Constant, out: &mut String) {
        match c {
            Constant::None => out.push_str("None"),
            Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
            Constant::Str(s) => out.push_str(&(self.str_repr)(s)),
            Constant::Bytes(b) => {
                out.push_str("b'");
                for &byte in b {
                    match byte {
                        b'\\' => out.push_str("\\\\"),
                        b'\'' => out.push_str("\\'"),
                        b'\n' => out.push_str("\\n"),
                        b'\r' => out.push_str("\\r"),
                        b'\t' => out.push_str("\\t"),
                        0x20..=0x7e => out.push(byte as char),
                        _ => out.push_str(&format!("\\x{:02x}", byte)),
                    }
                }
                out.push('\'');
            }
            Constant::Int(i) => out.push_str(&i.to_string()),
            Constant::Float(f) => out.push_str(&crate::objects::repr::float_repr(*f)),
            Constant::Complex { real, imag } => {
                if *real == 0.0 {
                    out.push_str(&format!("{}j", complex_part(*imag)));
                } else {
                    out.push_str(&format!("({}+{}j)", complex_part(*real), complex_part(*imag)));
                }
            }
            Constant::Ellipsis => out.push_str("..."),
            Constant::Tuple(items) => {
                out.push('(');
                for (i, c) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.constant(c, out);
                }
                if items.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
        }
    }

    fn items(&mut self, items: &[Expr], out: &mut String) {
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.expr(x, Prec::Test, out);
        }
    }

    /// `e` written where an expression of strength `ctx` is expected: parenthesized
    /// when it binds more weakly.
    fn expr(&mut self, e: &Expr, ctx: Prec, out: &mut String) {
        let wrap = |p: Prec| p < ctx;
        match e {
            Expr::Name(n) => out.push_str(n.id.as_str()),
            Expr::Constant(c) => self.constant(&c.value, out),
            Expr::Attribute(a) => {
                // `1 .real`: an int literal needs a space before the dot
                let int_lit = matches!(&*a.value, Expr::Constant(c) if matches!(c.value, Constant::Int(_)));
                self.expr(&a.value, Prec::Atom, out);
                if int_lit {
                    out.push(' ');
                }
                out.push('.');
                out.push_str(a.attr.as_str());
            }
            Expr::Subscript(s) => {
                self.expr(&s.value, Prec::Atom, out);
                out.push('[');
                match &*s.slice {
                    Expr::Tuple(t) if !t.elts.is_empty() => {
                        self.items(&t.elts, out);
                        if t.elts.len() == 1 {
                            out.push(',');
                        }
                    }
                    other => self.expr(other, Prec::Tuple, out),
                }
                out.push(']');
            }
            Expr::Slice(s) => {
                if let Some(l) = &s.lower {
                    self.expr(l, Prec::Test, out);
                }
                out.push(':');
                if let Some(u) = &s.upper {
                    self.expr(u, Prec::Test, out);
                }
                if let Some(st) = &s.step {
                    out.push(':');
                    self.expr(st, Prec::Test, out);
                }
            }
            Expr::Tuple(t) => {
                // CPython's C unparser always parenthesizes a tuple
                out.push('(');
                self.items(&t.elts, out);
                if t.elts.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Expr::List(l) => {
                out.push('[');
                self.items(&l.elts, out);
                out.push(']');
            }
            Expr::Set(s) => {
                out.push('{');
                self.items(&s.elts, out);
                out.push('}');
            }
            Expr::Dict(d) => {
                out.push('{');
                for (i, (k, v)) in d.keys.iter().zip(d.values.iter()).enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    match k {
                        Some(k) => {
                            self.expr(k, Prec::Test, out);
                            out.push_str(": ");
                            self.expr(v, Prec::Test, out);
                        }
                        None => {
                            out.push_str("**");
                            self.expr(v, Prec::Bor, out);
                        }
                    }
                }
                out.push('}');
            }
            Expr::BinOp(b) => {
                let (text, p) = binop_text(&b.op);
                // `**` groups to the right, the others to the left
                let (lp, rp) = if p == Prec::Power { (next(p), p) } else { (p, next(p)) };
                if wrap(p) {
                    out.push('(');
                }
                self.expr(&b.left, lp, out);
                out.push(' ');
                out.push_str(text);
                out.push(' ');
                self.expr(&b.right, rp, out);
                if wrap(p) {
                    out.push(')');
                }
            }
            Expr::UnaryOp(u) => {
                let (text, p) = match u.op {
                    ast::UnaryOp::Not => ("not ", Prec::Not),
                    ast::UnaryOp::Invert => ("~", Prec::Factor),
                    ast::UnaryOp::UAdd => ("+", Prec::Factor),
                    ast::UnaryOp::USub => ("-", Prec::Factor),
                };
                if wrap(p) {
                    out.push('(');
                }
                out.push_str(text);
                self.expr(&u.operand, p, out);
                if wrap(p) {
                    out.push(')');
                }
            }
            Expr::BoolOp(b) => {
                let (text, p) = match b.op {
                    ast::BoolOp::And => (" and ", Prec::And),
                    ast::BoolOp::Or => (" or ", Prec::Or),
                };
                if wrap(p) {
                    out.push('(');
                }
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(text);
                    }
                    self.expr(v, next(p), out);
                }
                if wrap(p) {
                    out.push(')');
                }
            }
            Expr::Compare(c) => {
                if wrap(Prec::Cmp) {
                    out.push('(');
                }
                self.expr(&c.left, next(Prec::Cmp), out);
                for (op, x) in c.ops.iter().zip(c.comparators.iter()) {
                    out.push(' ');
                    out.push_str(cmp_text(op));
                    out.push(' ');
                    self.expr(x, next(Prec::Cmp), out);
                }
                if wrap(Prec::Cmp) {
                    out.push(')');
                }
            }
            Expr::IfExp(i) => {
                if wrap(Prec::Test) {
                    out.push('(');
                }
                self.expr(&i.body, next(Prec::Test), out);
                out.push_str(" if ");
                self.expr(&i.test, next(Prec::Test), out);
                out.push_str(" else ");
                self.expr(&i.orelse, Prec::Test, out);
                if wrap(Prec::Test) {
                    out.push(')');
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func, Prec::Atom, out);
                out.push('(');
                let mut first = true;
                for a in &c.args {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    self.expr(a, Prec::Test, out);
                }
                for k in &c.keywords {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    match &k.arg {
                        Some(n) => {
                            out.push_str(n.as_str());
                            out.push('=');
                        }
                        None => out.push_str("**"),
                    }
                    self.expr(&k.value, Prec::Test, out);
                }
                out.push(')');
            }
            Expr::Starred(s) => {
                out.push('*');
                self.expr(&s.value, Prec::Bor, out);
            }
            other => {
                let text = self.source_text(other).to_string();
                if wrap(Prec::Test) {
                    out.push('(');
                    out.push_str(&text);
                    out.push(')');
                } else {
                    out.push_str(&text);
                }
            }
        }
    }
}

/// A part of a complex number as its repr shows it: `1j`, not `1.0j`.
fn complex_part(x: f64) -> String {
    let r = crate::objects::repr::float_repr(x);
    match r.strip_suffix(".0") {
        Some(int_like) => int_like.to_string(),
        None => r,
    }
}

/// The next stronger precedence level.
fn next(p: Prec) -> Prec {
    match p {
        Prec::Tuple => Prec::Test,
        Prec::Test => Prec::Or,
        Prec::Or => Prec::And,
        Prec::And => Prec::Not,
        Prec::Not => Prec::Cmp,
        Prec::Cmp => Prec::Bor,
        Prec::Bor => Prec::Bxor,
        Prec::Bxor => Prec::Band,
        Prec::Band => Prec::Shift,
        Prec::Shift => Prec::Arith,
        Prec::Arith => Prec::Term,
        Prec::Term => Prec::Factor,
        Prec::Factor => Prec::Power,
        Prec::Power | Prec::Atom => Prec::Atom,
    }
}
