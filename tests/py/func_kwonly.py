# keyword-only parameters
def fetch(url, *, timeout=10, retries=3):
    return url + ' t=' + str(timeout) + ' r=' + str(retries)
print(fetch('a'))
print(fetch('b', timeout=5))
print(fetch('c', retries=0, timeout=1))
def required(*, key):
    return key * 2
print(required(key=21))
def everything(a, *args, sep='/', **kw):
    return sep.join([str(a)] + list(args)) + ' ' + str(kw)
print(everything(1, 'x', 'y'))
print(everything(1, 'x', sep='+', z=9))
try:
    fetch('d', 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    required()
except TypeError as e:
    print(type(e).__name__, e)
try:
    required(1)
except TypeError as e:
    print(type(e).__name__, e)
