//! Scope analysis: which names of a function body are locals (and so registers) and
//! which are globals. Runs over one function body without entering nested scopes,
//! except for the parts of a nested definition evaluated in this scope (decorators,
//! defaults).

use rustpython_parser::ast::{self, Expr, Stmt};
use std::collections::HashSet;

pub struct FunctionScope {
    /// Locals in register order: parameters first, then other bound names in order of appearance.
    pub locals: Vec<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    /// Every name read in the body (this scope only).
    pub used: HashSet<String>,
}

pub fn analyze_function(params: &[String], body: &[Stmt]) -> FunctionScope {
    let mut s = Collector { bound: Vec::new(), seen: HashSet::new(), globals: HashSet::new(), nonlocals: HashSet::new(), used: HashSet::new() };
    for p in params {
        s.bind(p);
    }
    // Global declarations apply to the whole body wherever they appear.
    collect_globals(body, &mut s.globals, &mut s.nonlocals);
    for st in body {
        s.stmt(st);
    }
    let globals = s.globals;
    let nonlocals = s.nonlocals;
    let locals =
        s.bound.into_iter().enumerate().filter(|(i, n)| *i < params.len() || (!globals.contains(n) && !nonlocals.contains(n))).map(|(_, n)| n).collect();
    FunctionScope { locals, globals, nonlocals, used: s.used }
}

fn collect_globals(body: &[Stmt], globals: &mut HashSet<String>, nonlocals: &mut HashSet<String>) {
    for st in body {
        match st {
            Stmt::Global(g) => {
                for n in &g.names {
                    globals.insert(n.to_string());
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    nonlocals.insert(n.to_string());
                }
            }
            Stmt::If(s) => {
                collect_globals(&s.body, globals, nonlocals);
                collect_globals(&s.orelse, globals, nonlocals);
            }
            Stmt::While(s) => {
                collect_globals(&s.body, globals, nonlocals);
                collect_globals(&s.orelse, globals, nonlocals);
            }
            Stmt::For(s) => {
                collect_globals(&s.body, globals, nonlocals);
                collect_globals(&s.orelse, globals, nonlocals);
            }
            Stmt::With(s) => collect_globals(&s.body, globals, nonlocals),
            Stmt::Try(s) => {
                collect_globals(&s.body, globals, nonlocals);
                for h in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    collect_globals(&h.body, globals, nonlocals);
                }
                collect_globals(&s.orelse, globals, nonlocals);
                collect_globals(&s.finalbody, globals, nonlocals);
            }
            _ => {}
        }
    }
}

struct Collector {
    bound: Vec<String>,
    seen: HashSet<String>,
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
    used: HashSet<String>,
}

impl Collector {
    fn bind(&mut self, name: &str) {
        if self.seen.insert(name.to_string()) {
            self.bound.push(name.to_string());
        }
    }

    fn target(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(t) => t.elts.iter().for_each(|x| self.target(x)),
            Expr::List(t) => t.elts.iter().for_each(|x| self.target(x)),
            Expr::Starred(s) => self.target(&s.value),
            other => self.expr(other),
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, st: &Stmt) {
        match st {
            Stmt::FunctionDef(f) => {
                self.bind(f.name.as_str());
                for d in &f.decorator_list {
                    self.expr(d);
                }
                self.arg_defaults(&f.args);
            }
            Stmt::AsyncFunctionDef(f) => {
                self.bind(f.name.as_str());
                for d in &f.decorator_list {
                    self.expr(d);
                }
                self.arg_defaults(&f.args);
            }
            Stmt::ClassDef(c) => {
                self.bind(c.name.as_str());
                for d in &c.decorator_list {
                    self.expr(d);
                }
                c.bases.iter().for_each(|b| self.expr(b));
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)
                }
            }
            Stmt::Delete(d) => d.targets.iter().for_each(|t| self.target(t)),
            Stmt::Assign(a) => {
                self.expr(&a.value);
                a.targets.iter().for_each(|t| self.target(t));
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value);
                if let Expr::Name(n) = &*a.target {
                    self.used.insert(n.id.to_string());
                }
                self.target(&a.target);
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v);
                }
                self.target(&a.target);
            }
            Stmt::For(f) => {
                self.expr(&f.iter);
                self.target(&f.target);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            Stmt::While(w) => {
                self.expr(&w.test);
                self.stmts(&w.body);
                self.stmts(&w.orelse);
            }
            Stmt::If(i) => {
                self.expr(&i.test);
                self.stmts(&i.body);
                self.stmts(&i.orelse);
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.target(v);
                    }
                }
                self.stmts(&w.body);
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e);
                }
                if let Some(e) = &r.cause {
                    self.expr(e);
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            Stmt::Assert(a) => {
                self.expr(&a.test);
                if let Some(m) = &a.msg {
                    self.expr(m);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let n = a.asname.as_ref().map(|x| x.to_string()).unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.bind(&n);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let n = a.asname.as_ref().unwrap_or(&a.name);
                    if n.as_str() != "*" {
                        self.bind(n.as_str());
                    }
                }
            }
            Stmt::Expr(e) => self.expr(&e.value),
            _ => {}
        }
    }

    fn arg_defaults(&mut self, args: &ast::Arguments) {
        for a in args.posonlyargs.iter().chain(args.args.iter()).chain(args.kwonlyargs.iter()) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match e {
            Expr::NamedExpr(n) => {
                self.expr(&n.value);
                self.target(&n.target);
            }
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => self.arg_defaults(&l.args),
            Expr::IfExp(i) => {
                self.expr(&i.test);
                self.expr(&i.body);
                self.expr(&i.orelse);
            }
            Expr::Dict(d) => {
                d.keys.iter().flatten().for_each(|k| self.expr(k));
                d.values.iter().for_each(|v| self.expr(v));
            }
            Expr::Set(s) => s.elts.iter().for_each(|v| self.expr(v)),
            Expr::ListComp(c) => self.expr(&c.generators[0].iter),
            Expr::SetComp(c) => self.expr(&c.generators[0].iter),
            Expr::DictComp(c) => self.expr(&c.generators[0].iter),
            Expr::GeneratorExp(c) => self.expr(&c.generators[0].iter),
            Expr::Await(a) => self.expr(&a.value),
            Expr::Yield(y) => {
                if let Some(v) = &y.value {
                    self.expr(v)
                }
            }
            Expr::YieldFrom(y) => self.expr(&y.value),
            Expr::Compare(c) => {
                self.expr(&c.left);
                c.comparators.iter().for_each(|v| self.expr(v));
            }
            Expr::Call(c) => {
                self.expr(&c.func);
                c.args.iter().for_each(|v| self.expr(v));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value);
                if let Some(s) = &f.format_spec {
                    self.expr(s);
                }
            }
            Expr::JoinedStr(j) => j.values.iter().for_each(|v| self.expr(v)),
            Expr::Attribute(a) => self.expr(&a.value),
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
            }
            Expr::Starred(s) => self.expr(&s.value),
            Expr::List(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Tuple(l) => l.elts.iter().for_each(|v| self.expr(v)),
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(x);
                }
            }
            Expr::Name(n) => {
                self.used.insert(n.id.to_string());
            }
            Expr::Constant(_) => {}
        }
    }
}
