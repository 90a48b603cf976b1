# a tiny stack-machine interpreter written in Python
def run(program, trace=False):
    stack = []
    env = {}
    pc = 0
    output = []
    steps = 0
    while pc < len(program):
        steps += 1
        op = program[pc]
        pc += 1
        name = op[0]
        if name == 'push':
            stack.append(op[1])
        elif name == 'load':
            stack.append(env[op[1]])
        elif name == 'store':
            env[op[1]] = stack.pop()
        elif name == 'add':
            b = stack.pop()
            a = stack.pop()
            stack.append(a + b)
        elif name == 'sub':
            b = stack.pop()
            a = stack.pop()
            stack.append(a - b)
        elif name == 'mul':
            b = stack.pop()
            a = stack.pop()
            stack.append(a * b)
        elif name == 'dup':
            stack.append(stack[-1])
        elif name == 'jz':
            if stack.pop() == 0:
                pc = op[1]
        elif name == 'jmp':
            pc = op[1]
        elif name == 'print':
            output.append(stack.pop())
        else:
            raise ValueError('unknown op ' + repr(name))
        if trace:
            print(' ', pc, name, stack)
    return output, stack, env, steps
def factorial_program(n):
    return [
        ('push', 1), ('store', 'acc'),
        ('push', n), ('store', 'n'),
        ('load', 'n'), ('jz', 16),
        ('load', 'acc'), ('load', 'n'), ('mul',), ('store', 'acc'),
        ('load', 'n'), ('push', 1), ('sub',), ('store', 'n'),
        ('jmp', 4),
        ('push', 'unreachable'),
        ('load', 'acc'), ('print',),
    ]
out, stack, env, steps = run(factorial_program(25))
print(out, stack, env, steps)
print(run(factorial_program(3), True)[0])
print(run([('push', 6), ('push', 7), ('mul',), ('push', 2), ('sub',), ('dup',), ('add',), ('print',)])[0])
print(run([('push', 2 ** 40), ('dup',), ('mul',), ('print',)])[0])
try:
    run([('push', 1), ('frobnicate',)])
except ValueError as e:
    print('error:', e)
try:
    run([('add',)])
except IndexError as e:
    print('error:', e)
try:
    run([('load', 'nope')])
except KeyError as e:
    print('error:', e)
