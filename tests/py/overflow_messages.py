# OverflowError messages
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('-inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2 ** 2000 / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1e300 * 1e300
    print('no overflow for multiplication:', 1e300 * 1e300)
except OverflowError as e:
    print('unexpected', e)
try:
    2 ** 10000 + 0.5
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1.5 ** 3000
except OverflowError as e:
    print(isinstance(e, ArithmeticError), e)
