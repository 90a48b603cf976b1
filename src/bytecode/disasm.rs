//! `pvm --dis`: prints every code object's registers, constants and instructions.
//! The operand rendering is driven by the layout strings of the opcode table.

use crate::bytecode::opcodes::{Instr, Op};
use crate::value::Value;
use crate::vm::Vm;
use std::fmt::Write;

pub fn disassemble(vm: &mut Vm, code_val: Value, out: &mut String) {
    let mut todo = vec![code_val];
    while let Some(cv) = todo.pop() {
        let code = match cv.as_code() {
            Some(c) => c,
            None => continue,
        };
        let qual = code.qualname.as_str().unwrap_or("?");
        let _ = writeln!(out, "Disassembly of <code {}> (file \"{}\", line {}):", qual, code.filename, code.firstlineno);
        let _ = writeln!(
            out,
            "  registers: {} ({} locals), params: {} positional ({} positional-only), {} keyword-only{}{}",
            code.nregs,
            code.nlocals,
            code.argcount,
            code.posonlyargcount,
            code.kwonlyargcount,
            if code.has_varargs() { ", *args" } else { "" },
            if code.has_varkw() { ", **kwargs" } else { "" }
        );
        for (i, n) in code.varnames.iter().enumerate() {
            let _ = writeln!(out, "    r{:<4} {}", i, n.as_str().unwrap_or("?"));
        }
        if !code.names.is_empty() {
            let names: Vec<&str> = code.names.iter().map(|n| n.as_str().unwrap_or("?")).collect();
            let _ = writeln!(out, "  names: {}", names.join(", "));
        }
        if !code.consts.is_empty() {
            let _ = writeln!(out, "  constants:");
            for (i, &k) in code.consts.iter().enumerate() {
                let r = const_repr(vm, k);
                let _ = writeln!(out, "    k{:<4} {}", i, r);
            }
        }
        if !code.exc_table.is_empty() {
            let _ = writeln!(out, "  exception table:");
            for e in &code.exc_table {
                let _ = writeln!(out, "    {:>4} to {:>4} -> {:>4}  exception in r{}", e.start, e.end, e.target, e.reg);
            }
        }
        let _ = writeln!(out, "  code:");
        let mut last_line = 0;
        let mut pc = 0;
        while pc < code.instrs.len() {
            let ins = code.instr(pc);
            let line = code.line_for(pc);
            let line_col = if line != last_line {
                last_line = line;
                format!("{:>5}", line)
            } else {
                "     ".to_string()
            };
            let op = match Op::from_u8(ins.op_byte()) {
                Some(op) => op,
                None => {
                    let _ = writeln!(out, "{} {:>5}  <invalid {:#x}>", line_col, pc, ins.0);
                    pc += 1;
                    continue;
                }
            };
            let extra = if op.has_extra() { code.instrs.get(pc + 1).map(|w| Instr(w.get()).bx()) } else { None };
            let operands = render_operands(vm, code, op, ins, extra);
            let _ = writeln!(out, "{} {:>5}  {:<18} {}", line_col, pc, op.name(), operands);
            pc += if op.has_extra() { 2 } else { 1 };
        }
        let _ = writeln!(out);
        for &k in code.consts.iter().rev() {
            if k.as_code().is_some() {
                todo.push(k);
            }
        }
    }
}

fn const_repr(vm: &mut Vm, k: Value) -> String {
    if let Some(c) = k.as_code() {
        return format!("<code {}, line {}>", c.qualname.as_str().unwrap_or("?"), c.firstlineno);
    }
    match crate::objects::repr::repr(vm, k) {
        Ok(s) => s,
        Err(_) => "<unrepresentable>".to_string(),
    }
}

fn reg_name(code: &crate::bytecode::Code, r: usize) -> String {
    match code.varnames.get(r).and_then(|v| v.as_str()) {
        Some(n) => format!("r{}({})", r, n),
        None => format!("r{}", r),
    }
}

fn render_operands(vm: &mut Vm, code: &crate::bytecode::Code, _op: Op, ins: Instr, extra: Option<usize>) -> String {
    let mut parts = Vec::new();
    for field in _op.layout().split_whitespace() {
        let (kind, which) = field.split_at(1);
        let raw = match which {
            "A" => ins.a() as i64,
            "B" => ins.b() as i64,
            "C" => {
                if kind == "i" {
                    ins.sc()
                } else {
                    ins.c() as i64
                }
            }
            "Bx" => {
                if kind == "i" {
                    ins.sbx()
                } else {
                    ins.bx() as i64
                }
            }
            "x" => extra.map(|e| e as i64).unwrap_or(-1),
            _ => 0,
        };
        let text = match kind {
            "r" if (code.const_base()..code.const_base() + code.const_regs.len()).contains(&(raw as usize)) => {
                let k = code.const_regs.get(raw as usize - code.const_base()).copied().unwrap_or(Value::NONE);
                format!("r{}(={})", raw, const_repr(vm, k))
            }
            "r" => reg_name(code, raw as usize),
            "k" => {
                let k = code.consts.get(raw as usize).copied().unwrap_or(Value::NONE);
                format!("k{}({})", raw, const_repr(vm, k))
            }
            "n" => {
                let name = code.names.get(raw as usize).and_then(|v| v.as_str()).unwrap_or("?");
                format!("n{}({})", raw, name)
            }
            "j" | "+" => format!("-> {}", raw),
            "c" => format!("cache{}", raw),
            _ => format!("{}", raw),
        };
        parts.push(text);
    }
    parts.join(", ")
}
