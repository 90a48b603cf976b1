//! Python's regular-expression syntax translated to fancy-regex's.
//!
//! The two mostly agree; where they differ the translator rewrites: `$` outside
//! MULTILINE also matches before a final newline, `\Z` is the very end, `{` that does
//! not start a valid repeat is a literal, `[` inside a class is a literal, `\d \w \s \b`
//! follow the ASCII flag, octal and `\x \u \U` escapes become `\x{..}`, VERBOSE
//! whitespace and comments are dropped here, and scoped flags the engine does not know
//! (`a`, `u`, `x`) are tracked here. Group numbers are kept one to one, so group N of
//! the translation is group N of the Python pattern. Invalid patterns give CPython's
//! messages and positions (code points into the pattern).

pub const FLAG_TEMPLATE: u32 = 1;
pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;

/// A pattern error: CPython's message and the position it names.
#[derive(Debug)]
pub struct SyntaxError {
    pub msg: String,
    pub pos: Option<usize>,
    /// CPython raises IndexError, not re.error (an unknown group name in a template).
    pub index_error: bool,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, SyntaxError> {
    Err(SyntaxError { msg: msg.into(), pos: Some(pos), index_error: false })
}

/// What the translation produced besides the engine pattern.
pub struct Translation {
    pub pattern: String,
    /// The flags in force for the whole pattern (given ones plus leading inline ones,
    /// UNICODE added for str patterns without ASCII, as CPython reports them).
    pub flags: u32,
    /// Number of capturing groups.
    pub groups: usize,
    /// (name, index) in definition order.
    pub names: Vec<(String, usize)>,
    /// For group i (1-based, index 0 unused): the innermost group enclosing it, 0 if none.
    pub parents: Vec<usize>,
}

#[derive(Clone, Copy, PartialEq)]
enum Prev {
    /// Nothing repeatable before (start, `(`, `|`).
    Nothing,
    /// An assertion (`^`, `\b`...): repeating it is "nothing to repeat".
    Assertion,
    /// A repeatable item.
    Item,
    /// A quantifier: another one is "multiple repeat".
    Repeat,
}

#[derive(Clone, Copy)]
struct Scope {
    ascii: bool,
    verbose: bool,
    multiline: bool,
}

struct Open {
    /// Capture group number, 0 for other groups.
    group: usize,
    /// Position of the `(` in the pattern.
    pos: usize,
    saved: Scope,
    /// A lookbehind, whose body must have a fixed width.
    lookbehind: bool,
}

struct Translator<'a> {
    p: &'a [char],
    i: usize,
    out: String,
    bytes: bool,
    scope: Scope,
    groups: usize,
    names: Vec<(String, usize)>,
    parents: Vec<usize>,
    open: Vec<Open>,
    /// Groups whose `)` has been seen (backreferences need them closed).
    closed: Vec<bool>,
    prev: Prev,
}

/// Translates `pattern` (a str's code points, or a bytes pattern's bytes as chars
/// U+0000..U+00FF) compiled with `flags`.
pub fn translate(pattern: &[char], flags: u32, bytes: bool) -> Result<Translation, SyntaxError> {
    let mut flags = flags;
    if bytes && flags & FLAG_UNICODE != 0 {
        return Err(SyntaxError { msg: "cannot use UNICODE flag with a bytes pattern".into(), pos: None, index_error: false });
    }
    if !bytes && flags & FLAG_LOCALE != 0 {
        return Err(SyntaxError { msg: "cannot use LOCALE flag with a str pattern".into(), pos: None, index_error: false });
    }
    if flags & FLAG_ASCII != 0 && flags & FLAG_UNICODE != 0 {
        return Err(SyntaxError { msg: "ASCII and UNICODE flags are incompatible".into(), pos: None, index_error: false });
    }
    let mut t = Translator {
        p: pattern,
        i: 0,
        out: String::with_capacity(pattern.len() + 16),
        bytes,
        scope: Scope { ascii: bytes || flags & FLAG_ASCII != 0, verbose: flags & FLAG_VERBOSE != 0, multiline: flags & FLAG_MULTILINE != 0 },
        groups: 0,
        names: Vec::new(),
        parents: vec![0],
        open: Vec::new(),
        closed: vec![true],
        prev: Prev::Nothing,
    };
    // leading global inline flags: `(?i)` (several may follow one another)
    let mut global = 0u32;
    loop {
        t.skip_verbose(global | flags);
        if t.peek(0) == Some('(') && t.peek(1) == Some('?') && t.peek(2).is_some_and(|c| "aiLmsux".contains(c)) {
            let save = t.i;
            t.i += 2;
            let mut f = 0;
            while let Some(c) = t.peek(0).filter(|c| "aiLmsux".contains(*c)) {
                f |= flag_bit(c);
                t.i += 1;
            }
            if t.peek(0) == Some(')') {
                t.i += 1;
                global |= f;
                t.check_flag_combination(global | flags, save)?;
                t.scope.verbose |= f & FLAG_VERBOSE != 0;
                continue;
            }
            t.i = save;
        }
        break;
    }
    flags |= global;
    if flags & FLAG_LOCALE != 0 && !bytes {
        return Err(SyntaxError { msg: "cannot use LOCALE flag with a str pattern".into(), pos: None, index_error: false });
    }
    t.scope.ascii = bytes || flags & FLAG_ASCII != 0;
    t.scope.multiline = flags & FLAG_MULTILINE != 0;
    let mut prefix = String::new();
    if flags & FLAG_IGNORECASE != 0 {
        prefix.push('i');
    }
    if flags & FLAG_MULTILINE != 0 {
        prefix.push('m');
    }
    if flags & FLAG_DOTALL != 0 {
        prefix.push('s');
    }
    if !prefix.is_empty() {
        t.out.push_str("(?");
        t.out.push_str(&prefix);
        t.out.push(')');
    }
    t.body()?;
    if !bytes && flags & FLAG_ASCII == 0 {
        flags |= FLAG_UNICODE;
    }
    Ok(Translation { pattern: t.out, flags, groups: t.groups, names: t.names, parents: t.parents })
}

fn flag_bit(c: char) -> u32 {
    match c {
        'a' => FLAG_ASCII,
        'i' => FLAG_IGNORECASE,
        'L' => FLAG_LOCALE,
        'm' => FLAG_MULTILINE,
        's' => FLAG_DOTALL,
        'u' => FLAG_UNICODE,
        'x' => FLAG_VERBOSE,
        _ => 0,
    }
}

fn is_meta(c: char) -> bool {
    matches!(c, '\\' | '.' | '+' | '*' | '?' | '(' | ')' | '|' | '[' | ']' | '{' | '}' | '^' | '$' | '#' | '&' | '-' | '~' | ' ')
}

/// Appends `c` so the engine reads it as that literal character (inside or outside a class).
fn push_literal(out: &mut String, c: char, bytes: bool) {
    if is_meta(c) {
        out.push('\\');
        out.push(c);
    } else if (c as u32) < 0x20 || c as u32 == 0x7f || (bytes && c as u32 >= 0x80) {
        out.push_str(&format!("\\x{{{:X}}}", c as u32));
    } else {
        out.push(c);
    }
}

impl<'a> Translator<'a> {
    fn peek(&self, k: usize) -> Option<char> {
        self.p.get(self.i + k).copied()
    }

    fn check_flag_combination(&self, flags: u32, pos: usize) -> Result<(), SyntaxError> {
        if flags & FLAG_LOCALE != 0 && !self.bytes {
            return err("bad inline flags: cannot use 'L' flag with a str pattern", pos + 2);
        }
        if flags & FLAG_UNICODE != 0 && self.bytes {
            return err("bad inline flags: cannot use 'u' flag with a bytes pattern", pos + 2);
        }
        if flags & FLAG_ASCII != 0 && flags & FLAG_UNICODE != 0 {
            return err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", pos + 2);
        }
        Ok(())
    }

    /// Skips VERBOSE whitespace and comments.
    fn skip_verbose(&mut self, flags: u32) {
        if flags & FLAG_VERBOSE == 0 && !self.scope.verbose {
            return;
        }
        while let Some(c) = self.peek(0) {
            if c == '#' {
                while let Some(c) = self.peek(0) {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else if c.is_whitespace() && (c as u32) < 128 || c == '\u{0b}' {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn body(&mut self) -> Result<(), SyntaxError> {
        loop {
            self.skip_verbose(0);
            let Some(c) = self.peek(0) else { break };
            let at = self.i;
            match c {
                '(' => self.open_group()?,
                ')' => {
                    let Some(g) = self.open.pop() else {
                        return err("unbalanced parenthesis", at);
                    };
                    self.i += 1;
                    if g.group > 0 {
                        self.closed[g.group] = true;
                    }
                    self.scope = g.saved;
                    let _ = g.lookbehind;
                    self.out.push(')');
                    self.prev = Prev::Item;
                }
                '|' => {
                    self.i += 1;
                    self.out.push('|');
                    self.prev = Prev::Nothing;
                }
                '*' | '+' | '?' => {
                    self.i += 1;
                    self.check_repeatable(at)?;
                    self.out.push(c);
                    self.repeat_suffix();
                }
                '{' => {
                    if let Some((lo, hi, end)) = self.parse_braces() {
                        self.check_repeatable(at)?;
                        if let (Some(l), Some(h)) = (lo, hi) {
                            if h < l {
                                return err("min repeat greater than max repeat", at + 1);
                            }
                        }
                        self.i = end;
                        self.out.push('{');
                        self.out.push_str(&lo.unwrap_or(0).to_string());
                        match hi {
                            Some(h) if lo == Some(h) && !self.p[at..end].contains(&',') => {}
                            Some(h) => {
                                self.out.push(',');
                                self.out.push_str(&h.to_string());
                            }
                            None => self.out.push(','),
                        }
                        self.out.push('}');
                        self.repeat_suffix();
                    } else {
                        self.i += 1;
                        self.out.push_str("\\{");
                        self.prev = Prev::Item;
                    }
                }
                '[' => {
                    self.class()?;
                    self.prev = Prev::Item;
                }
                '.' => {
                    self.i += 1;
                    self.out.push('.');
                    self.prev = Prev::Item;
                }
                '^' => {
                    self.i += 1;
                    self.out.push('^');
                    self.prev = Prev::Assertion;
                }
                '$' => {
                    self.i += 1;
                    if self.scope.multiline {
                        self.out.push('$');
                    } else {
                        self.out.push_str("(?=\\n?\\z)");
                    }
                    self.prev = Prev::Assertion;
                }
                '\\' => self.escape()?,
                _ => {
                    self.i += 1;
                    push_literal(&mut self.out, c, self.bytes);
                    self.prev = Prev::Item;
                }
            }
        }
        if let Some(g) = self.open.last() {
            return err("missing ), unterminated subpattern", g.pos);
        }
        Ok(())
    }

    fn check_repeatable(&self, at: usize) -> Result<(), SyntaxError> {
        match self.prev {
            Prev::Nothing | Prev::Assertion => err("nothing to repeat", at),
            Prev::Repeat => err("multiple repeat", at),
            Prev::Item => Ok(()),
        }
    }

    /// A `?` (lazy) or `+` (possessive) after a quantifier.
    fn repeat_suffix(&mut self) {
        self.prev = Prev::Repeat;
        if let Some(c @ ('?' | '+')) = self.peek(0) {
            self.i += 1;
            self.out.push(c);
        }
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}` at the cursor: (min, max, index after `}`); None
    /// when the brace is a literal.
    fn parse_braces(&self) -> Option<(Option<u64>, Option<u64>, usize)> {
        let mut j = self.i + 1;
        let digits = |j: &mut usize| {
            let s = *j;
            while self.p.get(*j).is_some_and(|c| c.is_ascii_digit()) {
                *j += 1;
            }
            let t: String = self.p[s..*j].iter().collect();
            if t.is_empty() {
                None
            } else {
                Some(t.parse::<u64>().unwrap_or(u64::MAX))
            }
        };
        let lo = digits(&mut j);
        let hi;
        if self.p.get(j) == Some(&',') {
            j += 1;
            hi = digits(&mut j);
        } else {
            lo?;
            hi = lo;
        }
        if self.p.get(j) != Some(&'}') {
            return None;
        }
        Some((lo, hi, j + 1))
    }

    fn open_group(&mut self) -> Result<(), SyntaxError> {
        let at = self.i;
        self.i += 1;
        let saved = self.scope;
        if self.peek(0) != Some('?') {
            return self.push_capture(at, None, saved);
        }
        self.i += 1;
        let Some(c) = self.peek(0) else {
            return err("unexpected end of pattern", self.i);
        };
        match c {
            ':' | '>' => {
                self.i += 1;
                self.out.push_str(if c == ':' { "(?:" } else { "(?>" });
                self.open.push(Open { group: 0, pos: at, saved, lookbehind: false });
                self.prev = Prev::Nothing;
            }
            '=' | '!' => {
                self.i += 1;
                self.out.push_str("(?");
                self.out.push(c);
                self.open.push(Open { group: 0, pos: at, saved, lookbehind: false });
                self.prev = Prev::Nothing;
            }
            '<' => {
                self.i += 1;
                match self.peek(0) {
                    Some(d @ ('=' | '!')) => {
                        self.i += 1;
                        self.out.push_str("(?<");
                        self.out.push(d);
                        self.open.push(Open { group: 0, pos: at, saved, lookbehind: true });
                        self.prev = Prev::Nothing;
                    }
                    Some(d) => return err(format!("unknown extension ?<{}", d), at + 1),
                    None => return err("unexpected end of pattern", self.i),
                }
            }
            'P' => {
                self.i += 1;
                match self.peek(0) {
                    Some('<') => {
                        self.i += 1;
                        let name = self.group_name('>')?;
                        return self.push_capture(at, Some(name), saved);
                    }
                    Some('=') => {
                        self.i += 1;
                        let name_at = self.i;
                        let name = self.group_name(')')?;
                        let Some(&(_, g)) = self.names.iter().find(|(n, _)| *n == name) else {
                            return err(format!("unknown group name '{}'", name), name_at);
                        };
                        if !self.closed[g] {
                            return err("cannot refer to an open group", at);
                        }
                        self.out.push_str(&format!("(?:\\{})", g));
                        self.prev = Prev::Item;
                    }
                    Some(d) => return err(format!("unknown extension ?P{}", d), at + 1),
                    None => return err("unexpected end of pattern", self.i),
                }
            }
            '#' => {
                while let Some(c) = self.peek(0) {
                    self.i += 1;
                    if c == ')' {
                        return Ok(());
                    }
                }
                return err("missing ), unterminated comment", self.i);
            }
            '(' => {
                self.i += 1;
                let name_at = self.i;
                let name = self.group_name(')')?;
                let g = if name.chars().all(|c| c.is_ascii_digit()) {
                    let n: usize = name.parse().unwrap_or(usize::MAX);
                    if n == 0 {
                        return err("bad group number", name_at);
                    }
                    n
                } else {
                    match self.names.iter().find(|(n, _)| *n == name) {
                        Some(&(_, g)) => g,
                        None => return err(format!("unknown group name '{}'", name), name_at),
                    }
                };
                if g > self.groups {
                    return err(format!("invalid group reference {}", g), name_at);
                }
                self.out.push_str(&format!("(?({})", g));
                self.open.push(Open { group: 0, pos: at, saved, lookbehind: false });
                self.prev = Prev::Nothing;
            }
            c if "aiLmsux-".contains(c) => self.scoped_flags(at, saved)?,
            c => return err(format!("unknown extension ?{}", c), at + 1),
        }
        Ok(())
    }

    /// `(?flags-flags:...)`, or a misplaced global `(?flags)`.
    fn scoped_flags(&mut self, at: usize, saved: Scope) -> Result<(), SyntaxError> {
        let mut on = 0u32;
        let mut off = 0u32;
        let mut neg = false;
        loop {
            match self.peek(0) {
                Some('-') if !neg => {
                    neg = true;
                    self.i += 1;
                }
                Some(c) if "aiLmsux".contains(c) => {
                    if neg {
                        if !"imsx".contains(c) {
                            return err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i + 1);
                        }
                        off |= flag_bit(c);
                    } else {
                        on |= flag_bit(c);
                    }
                    self.i += 1;
                }
                Some(':') => {
                    self.i += 1;
                    break;
                }
                Some(')') => {
                    if neg {
                        return err("missing :", self.i);
                    }
                    return err("global flags not at the start of the expression", at);
                }
                Some(c) if c.is_alphabetic() => return err("unknown flag", self.i),
                Some(_) => return err("missing -, : or )", self.i),
                None => return err("missing -, : or )", self.i),
            }
        }
        if neg && off == 0 {
            return err("missing flag", self.i - 1);
        }
        self.check_flag_combination(on, at)?;
        let mut eng = String::from("(?");
        for (bit, ch) in [(FLAG_IGNORECASE, 'i'), (FLAG_MULTILINE, 'm'), (FLAG_DOTALL, 's')] {
            if on & bit != 0 {
                eng.push(ch);
            }
        }
        if off & (FLAG_IGNORECASE | FLAG_MULTILINE | FLAG_DOTALL) != 0 {
            eng.push('-');
            for (bit, ch) in [(FLAG_IGNORECASE, 'i'), (FLAG_MULTILINE, 'm'), (FLAG_DOTALL, 's')] {
                if off & bit != 0 {
                    eng.push(ch);
                }
            }
        }
        eng.push(':');
        self.out.push_str(&eng);
        if on & FLAG_ASCII != 0 {
            self.scope.ascii = true;
        }
        if on & FLAG_UNICODE != 0 {
            self.scope.ascii = false;
        }
        if on & FLAG_VERBOSE != 0 {
            self.scope.verbose = true;
        }
        if off & FLAG_VERBOSE != 0 {
            self.scope.verbose = false;
        }
        if on & FLAG_MULTILINE != 0 {
            self.scope.multiline = true;
        }
        if off & FLAG_MULTILINE != 0 {
            self.scope.multiline = false;
        }
        self.open.push(Open { group: 0, pos: at, saved, lookbehind: false });
        self.prev = Prev::Nothing;
        Ok(())
    }

    /// A group name up to `end` (consumed), validated as CPython does.
    fn group_name(&mut self, end: char) -> Result<String, SyntaxError> {
        let start = self.i;
        let mut name = String::new();
        loop {
            match self.peek(0) {
                Some(c) if c == end => {
                    self.i += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.i += 1;
                }
                None => {
                    if name.is_empty() {
                        return err("missing group name", start);
                    }
                    return err(format!("missing {}, unterminated name", end), start);
                }
            }
        }
        if name.is_empty() {
            return err("missing group name", start);
        }
        let numeric = end == ')' && name.chars().all(|c| c.is_ascii_digit());
        if !numeric && !crate::objects::strops::is_identifier(&name) {
            return err(format!("bad character in group name '{}'", name), start);
        }
        Ok(name)
    }

    fn push_capture(&mut self, at: usize, name: Option<String>, saved: Scope) -> Result<(), SyntaxError> {
        self.groups += 1;
        let g = self.groups;
        let parent = self.open.iter().rev().find(|o| o.group > 0).map(|o| o.group).unwrap_or(0);
        self.parents.push(parent);
        self.closed.push(false);
        match name {
            Some(n) => {
                if let Some(&(_, old)) = self.names.iter().find(|(x, _)| *x == n) {
                    return err(format!("redefinition of group name '{}' as group {}; was group {}", n, g, old), at + 4);
                }
                self.out.push_str(&format!("(?P<{}>", engine_name(&n)));
                self.names.push((n, g));
            }
            None => self.out.push('('),
        }
        self.open.push(Open { group: g, pos: at, saved, lookbehind: false });
        self.prev = Prev::Nothing;
        Ok(())
    }

    /// An escape outside a class.
    fn escape(&mut self) -> Result<(), SyntaxError> {
        let at = self.i;
        self.i += 1;
        let Some(c) = self.peek(0) else {
            return err("bad escape (end of pattern)", at);
        };
        self.i += 1;
        self.prev = Prev::Item;
        let ascii = self.scope.ascii;
        match c {
            'A' => {
                self.out.push_str("\\A");
                self.prev = Prev::Assertion;
            }
            'Z' => {
                self.out.push_str("\\z");
                self.prev = Prev::Assertion;
            }
            'b' | 'B' => {
                // Python's \B never matches in an empty string; the engine's does
                self.out.push_str(match (c, ascii) {
                    ('b', false) => "\\b",
                    ('B', false) => "(?:\\B(?!\\A\\z))",
                    ('b', true) => "(?-u:\\b)",
                    _ => "(?:(?-u:\\B)(?!\\A\\z))",
                });
                self.prev = Prev::Assertion;
            }
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                let cls = class_escape(c, ascii);
                self.out.push('[');
                self.out.push_str(&cls);
                self.out.push(']');
            }
            '1'..='9' => {
                // a backreference, unless three octal digits make a character
                let d1 = self.peek(0);
                if c <= '7' && d1.is_some_and(|d| ('0'..='7').contains(&d)) && self.peek(1).is_some_and(|d| ('0'..='7').contains(&d)) {
                    let s: String = [c, d1.unwrap_or('0'), self.peek(1).unwrap_or('0')].iter().collect();
                    self.i += 2;
                    let v = u32::from_str_radix(&s, 8).unwrap_or(0);
                    if v > 0o377 {
                        return err(format!("octal escape value \\{} outside of range 0-0o377", s), at);
                    }
                    self.literal_code(v, at)?;
                    return Ok(());
                }
                let mut n = c.to_digit(10).unwrap_or(0) as usize;
                if let Some(d) = d1.filter(|d| d.is_ascii_digit()) {
                    n = n * 10 + d.to_digit(10).unwrap_or(0) as usize;
                    self.i += 1;
                }
                if n > self.groups {
                    return err(format!("invalid group reference {}", n), at + 1);
                }
                if !self.closed[n] {
                    return err("cannot refer to an open group", at);
                }
                self.out.push_str(&format!("(?:\\{})", n));
            }
            '0' => {
                let mut v = 0u32;
                for _ in 0..2 {
                    match self.peek(0).and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            self.i += 1;
                        }
                        None => break,
                    }
                }
                self.literal_code(v, at)?;
            }
            _ => {
                let v = self.simple_escape(c, at)?;
                self.literal_code(v, at)?;
            }
        }
        Ok(())
    }

    /// The code point of a character escape (`\n`, `\x41`, `\u00e9`, `\.`) whose
    /// letter `c` was just consumed; `at` is the backslash.
    fn simple_escape(&mut self, c: char, at: usize) -> Result<u32, SyntaxError> {
        Ok(match c {
            'a' => 7,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            'x' => self.hex_digits(2, at, 'x')?,
            'u' if !self.bytes => self.hex_digits(4, at, 'u')?,
            'U' if !self.bytes => {
                let v = self.hex_digits(8, at, 'U')?;
                if char::from_u32(v).is_none() && v > 0x10ffff {
                    let s: String = self.p[at..self.i].iter().collect();
                    return err(format!("bad escape {}", s), at);
                }
                v
            }
            'N' if !self.bytes => {
                return Err(SyntaxError { msg: "PVM's re does not support \\N{...} escapes".into(), pos: Some(at), index_error: false });
            }
            c if c.is_ascii_alphanumeric() => return err(format!("bad escape \\{}", c), at),
            c => c as u32,
        })
    }

    fn hex_digits(&mut self, n: usize, at: usize, letter: char) -> Result<u32, SyntaxError> {
        let mut v = 0u32;
        for k in 0..n {
            match self.peek(0).and_then(|d| d.to_digit(16)) {
                Some(d) => {
                    v = v.wrapping_mul(16).wrapping_add(d);
                    self.i += 1;
                }
                None => {
                    let s: String = self.p[at..self.i].iter().collect();
                    let _ = k;
                    return err(format!("incomplete escape {}", if s.is_empty() { format!("\\{}", letter) } else { s }), at);
                }
            }
        }
        Ok(v)
    }

    fn literal_code(&mut self, v: u32, at: usize) -> Result<(), SyntaxError> {
        let c = match char::from_u32(v) {
            Some(c) => c,
            None => return Err(SyntaxError { msg: "PVM's re cannot match lone surrogates".into(), pos: Some(at), index_error: false }),
        };
        push_literal(&mut self.out, c, self.bytes);
        self.prev = Prev::Item;
        Ok(())
    }

    /// A character class `[...]`, rewritten item by item.
    fn class(&mut self) -> Result<(), SyntaxError> {
        let at = self.i;
        self.i += 1;
        let mut body = String::new();
        let negate = self.peek(0) == Some('^');
        if negate {
            self.i += 1;
        }
        let first = self.i;
        let mut items = 0usize;
        loop {
            let Some(c) = self.peek(0) else {
                return err("unterminated character set", at);
            };
            if c == ']' && self.i > first {
                self.i += 1;
                break;
            }
            let item_at = self.i;
            let lo = self.class_item()?;
            items += 1;
            // a range?
            if self.peek(0) == Some('-') && self.peek(1).is_some_and(|d| d != ']') {
                self.i += 1;
                let hi_at = self.i;
                let hi = self.class_item()?;
                let (ClassItem::Char(a), ClassItem::Char(b)) = (&lo, &hi) else {
                    let s: String = self.p[item_at..self.i].iter().collect();
                    return err(format!("bad character range {}", s), item_at);
                };
                let _ = hi_at;
                if b < a {
                    let s: String = self.p[item_at..self.i].iter().collect();
                    return err(format!("bad character range {}", s), item_at);
                }
                push_literal(&mut body, *a, self.bytes);
                body.push('-');
                push_literal(&mut body, *b, self.bytes);
                continue;
            }
            match lo {
                ClassItem::Char(a) => push_literal(&mut body, a, self.bytes),
                ClassItem::Set(s) => body.push_str(&s),
            }
        }
        let _ = items;
        self.out.push('[');
        if negate {
            self.out.push('^');
        }
        self.out.push_str(&body);
        self.out.push(']');
        Ok(())
    }

    fn class_item(&mut self) -> Result<ClassItem, SyntaxError> {
        let at = self.i;
        let Some(c) = self.peek(0) else {
            return err("unterminated character set", at);
        };
        self.i += 1;
        if c != '\\' {
            return Ok(ClassItem::Char(c));
        }
        let Some(e) = self.peek(0) else {
            return err("unterminated character set", at);
        };
        self.i += 1;
        Ok(match e {
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => ClassItem::Set(format!("[{}]", class_escape(e, self.scope.ascii))),
            'b' => ClassItem::Char('\u{8}'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match self.peek(0).and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            self.i += 1;
                        }
                        None => break,
                    }
                }
                if v > 0o377 {
                    let s: String = self.p[at + 1..self.i].iter().collect();
                    return err(format!("octal escape value \\{} outside of range 0-0o377", s), at);
                }
                ClassItem::Char(char::from_u32(v).unwrap_or('\0'))
            }
            '8' | '9' => return err(format!("bad escape \\{}", e), at),
            _ => {
                let v = self.simple_escape(e, at)?;
                match char::from_u32(v) {
                    Some(c) => ClassItem::Char(c),
                    None => return Err(SyntaxError { msg: "PVM's re cannot match lone surrogates".into(), pos: Some(at), index_error: false }),
                }
            }
        })
    }
}

enum ClassItem {
    Char(char),
    /// A class escape, as an engine class (`[0-9]`).
    Set(String),
}

/// The body of the engine class for `\d`-style escape `c` (without brackets).
fn class_escape(c: char, ascii: bool) -> String {
    let s = match (c, ascii) {
        ('d', true) => "0-9",
        ('D', true) => "^0-9",
        ('w', true) => "0-9A-Za-z_",
        ('W', true) => "^0-9A-Za-z_",
        ('s', true) => "\\t\\n\\x0B\\x0C\\r ",
        ('S', true) => "^\\t\\n\\x0B\\x0C\\r ",
        ('d', false) => "\\d",
        ('D', false) => "\\D",
        ('w', false) => "\\w",
        ('W', false) => "^\\w",
        // str.isspace's set: Unicode White_Space plus the information separators
        ('s', false) => "\\s\\x1C-\\x1F",
        _ => "^\\s\\x1C-\\x1F",
    };
    s.to_string()
}

/// Group names go to the engine as `g<N>_<hex>` only when they are not plain ASCII
/// identifiers (the engine accepts fewer characters); names are looked up by index.
fn engine_name(n: &str) -> String {
    if n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        n.to_string()
    } else {
        let hex: String = n.chars().map(|c| format!("{:x}", c as u32)).collect();
        format!("u_{}", hex)
    }
}

/// One piece of a replacement template.
pub enum TemplatePart {
    Literal(String),
    Group(usize),
}

/// Parses a `sub` replacement template: `\1`, `\g<name>`, `\g<0>`, character escapes.
/// `names` maps group names to numbers; `groups` is the pattern's group count.
pub fn parse_template(t: &[char], groups: usize, names: &[(String, usize)]) -> Result<Vec<TemplatePart>, SyntaxError> {
    let mut parts = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let flush = |lit: &mut String, parts: &mut Vec<TemplatePart>| {
        if !lit.is_empty() {
            parts.push(TemplatePart::Literal(std::mem::take(lit)));
        }
    };
    while i < t.len() {
        let c = t[i];
        if c != '\\' {
            lit.push(c);
            i += 1;
            continue;
        }
        let at = i;
        i += 1;
        let Some(&e) = t.get(i) else {
            return err("bad escape (end of pattern)", at);
        };
        i += 1;
        match e {
            'g' => {
                if t.get(i) != Some(&'<') {
                    return err("missing <", i);
                }
                i += 1;
                let start = i;
                while i < t.len() && t[i] != '>' {
                    i += 1;
                }
                if i >= t.len() {
                    if start == i {
                        return err("missing group name", start);
                    }
                    return err("missing >, unterminated name", start);
                }
                let name: String = t[start..i].iter().collect();
                i += 1;
                if name.is_empty() {
                    return err("missing group name", start);
                }
                let g = if name.chars().all(|c| c.is_ascii_digit()) {
                    let n: usize = name.parse().unwrap_or(usize::MAX);
                    if n > groups {
                        return err(format!("invalid group reference {}", name), start);
                    }
                    n
                } else if crate::objects::strops::is_identifier(&name) {
                    match names.iter().find(|(n, _)| *n == name) {
                        Some(&(_, g)) => g,
                        None => {
                            return Err(SyntaxError { msg: format!("unknown group name '{}'", name), pos: None, index_error: true });
                        }
                    }
                } else {
                    return err(format!("bad character in group name '{}'", name), start);
                };
                flush(&mut lit, &mut parts);
                parts.push(TemplatePart::Group(g));
            }
            '0' => {
                let mut v = 0u32;
                for _ in 0..2 {
                    match t.get(i).and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            i += 1;
                        }
                        None => break,
                    }
                }
                lit.push(char::from_u32(v).unwrap_or('\0'));
            }
            '1'..='9' => {
                let d1 = t.get(i).copied();
                let d2 = t.get(i + 1).copied();
                if e <= '7' && d1.is_some_and(|d| ('0'..='7').contains(&d)) && d2.is_some_and(|d| ('0'..='7').contains(&d)) {
                    let s: String = [e, d1.unwrap_or('0'), d2.unwrap_or('0')].iter().collect();
                    let v = u32::from_str_radix(&s, 8).unwrap_or(0);
                    if v > 0o377 {
                        return err(format!("octal escape value \\{} outside of range 0-0o377", s), at);
                    }
                    i += 2;
                    lit.push(char::from_u32(v).unwrap_or('\0'));
                    continue;
                }
                let mut n = e.to_digit(10).unwrap_or(0) as usize;
                if let Some(d) = d1.filter(|d| d.is_ascii_digit()) {
                    n = n * 10 + d.to_digit(10).unwrap_or(0) as usize;
                    i += 1;
                }
                if n > groups {
                    return err(format!("invalid group reference {}", n), at + 1);
                }
                flush(&mut lit, &mut parts);
                parts.push(TemplatePart::Group(n));
            }
            'n' => lit.push('\n'),
            't' => lit.push('\t'),
            'r' => lit.push('\r'),
            'f' => lit.push('\u{c}'),
            'v' => lit.push('\u{b}'),
            'a' => lit.push('\u{7}'),
            'b' => lit.push('\u{8}'),
            '\\' => lit.push('\\'),
            c if c.is_ascii_alphanumeric() => return err(format!("bad escape \\{}", c), at),
            c => {
                lit.push('\\');
                lit.push(c);
            }
        }
    }
    flush(&mut lit, &mut parts);
    Ok(parts)
}
