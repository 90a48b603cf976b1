# any and all
print(any([]), all([]), any([0, 0]), any([0, 1]), all([1, 1]), all([1, 0]))
print(any('abc'), all(''), any([None, '', 'x']), all([1, 'a', [0]]))
print(any(range(0)), all(range(1, 5)), all(range(5)))
print(any((False,)), all((True, True)), any({0: 'a'}), all({1: 0}))
