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
    /// Where each `nonlocal` name is first declared, for errors.
    pub nonlocal_at: std::collections::HashMap<String, rustpython_parser::text_size::TextRange>,
    /// Every name read in the body (this scope only).
    pub used: HashSet<String>,
    /// Names the nested scopes (functions, lambdas, classes, comprehensions) take from
    /// outside themselves: each is a cell here when it is a local, else it passes
    /// through as a free variable of this scope, or is a global.
    pub child_free: HashSet<String>,
    /// The body contains `yield` (or `await`): calling it makes a generator.
    pub is_generator: bool,
    /// The body contains `yield` itself (in an `async def`, an async generator).
    pub has_yield: bool,
    /// In a comprehension: the `:=` targets, which bind in the enclosing scope.
    pub walrus: HashSet<String>,
}

impl FunctionScope {
    /// Names this scope needs from enclosing scopes, before they are checked against
    /// what the enclosing functions bind (those that no function binds are globals).
    pub fn free_candidates(&self) -> HashSet<String> {
        let local: HashSet<&String> = self.locals.iter().collect();
        self.used
            .iter()
            .chain(self.child_free.iter())
            .chain(self.nonlocals.iter())
            .filter(|n| !local.contains(n) && !self.globals.contains(*n))
            .cloned()
            .collect()
    }

    /// The locals that nested scopes capture: they live in cells.
    pub fn cells(&self) -> HashSet<String> {
        self.locals.iter().filter(|n| self.child_free.contains(*n)).cloned().collect()
    }
}

pub fn analyze_function(params: &[String], body: &[Stmt]) -> FunctionScope {
    analyze(params, body, None)
}

/// A lambda's scope: its parameters and the one expression of its body.
pub fn analyze_lambda(params: &[String], body: &Expr) -> FunctionScope {
    analyze(params, &[], Some(Scoped::Expr(body)))
}

/// A comprehension's scope: the hidden iterator parameter `.0`, the targets of every
/// `for` clause, the iterables after the first, the conditions and the elements.
pub fn analyze_comprehension(generators: &[ast::Comprehension], elts: &[&Expr]) -> FunctionScope {
    analyze(&[".0".to_string()], &[], Some(Scoped::Comp(generators, elts)))
}

enum Scoped<'x> {
    Expr(&'x Expr),
    Comp(&'x [ast::Comprehension], &'x [&'x Expr]),
}

fn analyze(params: &[String], body: &[Stmt], extra: Option<Scoped>) -> FunctionScope {
    let mut s = Collector {
        bound: Vec::new(),
        seen: HashSet::new(),
        globals: HashSet::new(),
        nonlocals: HashSet::new(),
        used: HashSet::new(),
        child_free: HashSet::new(),
        is_generator: false,
        has_yield: false,
        in_comprehension: false,
        walrus: HashSet::new(),
    };
    for p in params {
        s.bind(p);
    }
    // Global declarations apply to the whole body wherever they appear.
    let mut nonlocal_at = std::collections::HashMap::new();
    collect_globals(body, &mut s.globals, &mut s.nonlocals, &mut nonlocal_at);
    for st in body {
        s.stmt(st);
    }
    match extra {
        Some(Scoped::Expr(e)) => s.expr(e),
        Some(Scoped::Comp(gens, elts)) => {
            s.in_comprehension = true;
            for (i, g) in gens.iter().enumerate() {
                if i > 0 {
                    s.expr(&g.iter);
                }
                s.target(&g.target);
                g.ifs.iter().for_each(|c| s.expr(c));
            }
            elts.iter().for_each(|e| s.expr(e));
        }
        None => {}
    }
    let globals = s.globals;
    let nonlocals = s.nonlocals;
    let locals =
        s.bound.into_iter().enumerate().filter(|(i, n)| *i < params.len() || (!globals.contains(n) && !nonlocals.contains(n))).map(|(_, n)| n).collect();
    FunctionScope {
        locals,
        globals,
        nonlocals,
        nonlocal_at,
        used: s.used,
        child_free: s.child_free,
        is_generator: s.is_generator,
        has_yield: s.has_yield,
        walrus: s.walrus,
    }
}

/// Parameter names of a function or lambda, in register order.
pub fn param_names(args: &ast::Arguments) -> Vec<String> {
    let mut params: Vec<String> = Vec::new();
    for a in args.posonlyargs.iter().chain(args.args.iter()) {
        params.push(a.def.arg.to_string());
    }
    for a in &args.kwonlyargs {
        params.push(a.def.arg.to_string());
    }
    if let Some(v) = &args.vararg {
        params.push(v.arg.to_string());
    }
    if let Some(v) = &args.kwarg {
        params.push(v.arg.to_string());
    }
    params
}

/// What a class body needs from outside: the names it reads without binding, and
/// what its methods need, except `__class__`, which the class itself provides.
fn class_free(body: &[Stmt]) -> HashSet<String> {
    let s = analyze_function(&[], body);
    let local: HashSet<&String> = s.locals.iter().collect();
    let mut free: HashSet<String> = s.used.iter().filter(|n| !local.contains(n) && !s.globals.contains(*n)).cloned().collect();
    free.extend(s.child_free.iter().filter(|n| !s.globals.contains(*n) && n.as_str() != "__class__").cloned());
    free.extend(s.nonlocals.iter().cloned());
    free
}

type NonlocalAt = std::collections::HashMap<String, rustpython_parser::text_size::TextRange>;

fn collect_globals(body: &[Stmt], globals: &mut HashSet<String>, nonlocals: &mut HashSet<String>, at: &mut NonlocalAt) {
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
                    at.entry(n.to_string()).or_insert(g.range);
                }
            }
            Stmt::If(s) => {
                collect_globals(&s.body, globals, nonlocals, at);
                collect_globals(&s.orelse, globals, nonlocals, at);
            }
            Stmt::While(s) => {
                collect_globals(&s.body, globals, nonlocals, at);
                collect_globals(&s.orelse, globals, nonlocals, at);
            }
            Stmt::For(s) => {
                collect_globals(&s.body, globals, nonlocals, at);
                collect_globals(&s.orelse, globals, nonlocals, at);
            }
            Stmt::With(s) => collect_globals(&s.body, globals, nonlocals, at),
            Stmt::AsyncWith(s) => collect_globals(&s.body, globals, nonlocals, at),
            Stmt::Match(m) => {
                for c in &m.cases {
                    collect_globals(&c.body, globals, nonlocals, at);
                }
            }
            Stmt::AsyncFor(s) => {
                collect_globals(&s.body, globals, nonlocals, at);
                collect_globals(&s.orelse, globals, nonlocals, at);
            }
            Stmt::Try(s) => {
                collect_globals(&s.body, globals, nonlocals, at);
                for h in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    collect_globals(&h.body, globals, nonlocals, at);
                }
                collect_globals(&s.orelse, globals, nonlocals, at);
                collect_globals(&s.finalbody, globals, nonlocals, at);
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
    child_free: HashSet<String>,
    is_generator: bool,
    has_yield: bool,
    in_comprehension: bool,
    walrus: HashSet<String>,
}

impl Collector {
    fn child(&mut self, scope: FunctionScope) {
        self.child_free.extend(scope.free_candidates());
    }

    fn comprehension(&mut self, generators: &[ast::Comprehension], elts: &[&Expr]) {
        self.expr(&generators[0].iter);
        let scope = analyze_comprehension(generators, elts);
        for t in &scope.walrus {
            if self.in_comprehension {
                self.nonlocals.insert(t.clone());
                self.walrus.insert(t.clone());
            } else {
                self.bind(t);
            }
        }
        self.child(scope);
    }

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
                self.child(analyze_function(&param_names(&f.args), &f.body));
            }
            Stmt::AsyncFunctionDef(f) => {
                self.bind(f.name.as_str());
                for d in &f.decorator_list {
                    self.expr(d);
                }
                self.arg_defaults(&f.args);
                self.child(analyze_function(&param_names(&f.args), &f.body));
            }
            Stmt::ClassDef(c) => {
                self.bind(c.name.as_str());
                for d in &c.decorator_list {
                    self.expr(d);
                }
                c.bases.iter().for_each(|b| self.expr(b));
                c.keywords.iter().for_each(|k| self.expr(&k.value));
                self.child_free.extend(class_free(&c.body));
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
            Stmt::AsyncFor(f) => {
                self.is_generator = true;
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
            Stmt::AsyncWith(w) => {
                self.is_generator = true;
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
            Stmt::Match(m) => {
                self.expr(&m.subject);
                for c in &m.cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            _ => {}
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value),
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => s.patterns.iter().for_each(|x| self.pattern(x)),
            P::MatchMapping(m) => {
                m.keys.iter().for_each(|k| self.expr(k));
                m.patterns.iter().for_each(|x| self.pattern(x));
                if let Some(r) = &m.rest {
                    self.bind(r.as_str());
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls);
                c.patterns.iter().chain(c.kwd_patterns.iter()).for_each(|x| self.pattern(x));
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n.as_str());
                }
            }
            P::MatchAs(a) => {
                if let Some(x) = &a.pattern {
                    self.pattern(x);
                }
                if let Some(n) = &a.name {
                    self.bind(n.as_str());
                }
            }
            P::MatchOr(o) => o.patterns.iter().for_each(|x| self.pattern(x)),
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
                match (&*n.target, self.in_comprehension) {
                    // PEP 572: the target belongs to the scope around the comprehension
                    (Expr::Name(t), true) => {
                        self.nonlocals.insert(t.id.to_string());
                        self.walrus.insert(t.id.to_string());
                    }
                    _ => self.target(&n.target),
                }
            }
            Expr::BoolOp(b) => b.values.iter().for_each(|v| self.expr(v)),
            Expr::BinOp(b) => {
                self.expr(&b.left);
                self.expr(&b.right);
            }
            Expr::UnaryOp(u) => self.expr(&u.operand),
            Expr::Lambda(l) => {
                self.arg_defaults(&l.args);
                self.child(analyze_lambda(&param_names(&l.args), &l.body));
            }
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
            Expr::ListComp(c) => self.comprehension(&c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(&c.generators, &[&c.elt]),
            Expr::DictComp(c) => self.comprehension(&c.generators, &[&c.key, &c.value]),
            Expr::GeneratorExp(c) => self.comprehension(&c.generators, &[&c.elt]),
            Expr::Await(a) => {
                self.is_generator = true;
                self.expr(&a.value)
            }
            Expr::Yield(y) => {
                self.is_generator = true;
                self.has_yield = true;
                if let Some(v) = &y.value {
                    self.expr(v)
                }
            }
            Expr::YieldFrom(y) => {
                self.is_generator = true;
                self.has_yield = true;
                self.expr(&y.value)
            }
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

/// Whether `e` awaits: an `await` in it, nested comprehensions included (they become
/// asynchronous themselves), lambdas not (an `await` there is their own error).
pub fn contains_await(e: &Expr) -> bool {
    let any = |v: &[Expr]| v.iter().any(contains_await);
    let comp = |gens: &[ast::Comprehension], elts: &[&Expr]| {
        gens.iter().any(|g| g.is_async || contains_await(&g.iter) || g.ifs.iter().any(contains_await)) || elts.iter().any(|e| contains_await(e))
    };
    match e {
        Expr::Await(_) => true,
        Expr::Lambda(_) | Expr::Name(_) | Expr::Constant(_) => false,
        Expr::NamedExpr(n) => contains_await(&n.value),
        Expr::BoolOp(b) => any(&b.values),
        Expr::BinOp(b) => contains_await(&b.left) || contains_await(&b.right),
        Expr::UnaryOp(u) => contains_await(&u.operand),
        Expr::IfExp(i) => contains_await(&i.test) || contains_await(&i.body) || contains_await(&i.orelse),
        Expr::Dict(d) => d.keys.iter().flatten().any(contains_await) || any(&d.values),
        Expr::Set(s) => any(&s.elts),
        Expr::ListComp(c) => comp(&c.generators, &[&c.elt]),
        Expr::SetComp(c) => comp(&c.generators, &[&c.elt]),
        Expr::DictComp(c) => comp(&c.generators, &[&c.key, &c.value]),
        // an async generator expression is made, not awaited: only its first iterable
        // is evaluated here
        Expr::GeneratorExp(c) => c.generators.first().is_some_and(|g| contains_await(&g.iter)),
        Expr::Yield(y) => y.value.as_deref().is_some_and(contains_await),
        Expr::YieldFrom(y) => contains_await(&y.value),
        Expr::Compare(c) => contains_await(&c.left) || any(&c.comparators),
        Expr::Call(c) => contains_await(&c.func) || any(&c.args) || c.keywords.iter().any(|k| contains_await(&k.value)),
        Expr::FormattedValue(f) => contains_await(&f.value) || f.format_spec.as_deref().is_some_and(contains_await),
        Expr::JoinedStr(j) => any(&j.values),
        Expr::Attribute(a) => contains_await(&a.value),
        Expr::Subscript(s) => contains_await(&s.value) || contains_await(&s.slice),
        Expr::Starred(s) => contains_await(&s.value),
        Expr::List(l) => any(&l.elts),
        Expr::Tuple(l) => any(&l.elts),
        Expr::Slice(s) => [&s.lower, &s.upper, &s.step].into_iter().flatten().any(|x| contains_await(x)),
    }
}
