import time
def t(f, *a, **k):
    try: return repr(f(*a, **k))
    except Exception as e: return type(e).__name__ + ': ' + str(e)
for name in ['time', 'monotonic', 'perf_counter', 'process_time']:
    f = getattr(time, name)
    g = getattr(time, name + '_ns')
    a, an = f(), g()
    b, bn = f(), g()
    print(name, type(a).__name__, type(an).__name__, a >= 0, an >= 0, t(f, 1), t(g, 1), t(f, x=1))
    if name != 'time':
        print(name, 'monotonic', b >= a, bn >= an)
print(time.time() > 1.6e9, time.time_ns() > 1.6e18, abs(time.time() - time.time_ns() / 1e9) < 5)
m0 = time.monotonic()
p0 = time.perf_counter_ns()
print(time.sleep(0.05), time.sleep(0), time.sleep(True), time.sleep(0.0))
m1 = time.monotonic()
print(m1 - m0 >= 0.04, time.perf_counter_ns() - p0 >= 40_000_000)
for a in ['a', -1, -0.5, float('nan'), 2**100, None, 1e20, [], 1j]:
    print(t(time.sleep, a))
print(t(time.sleep), t(time.sleep, 1, 2), t(time.sleep, secs=1))
c0 = time.process_time()
x = 0
for i in range(200000): x += i
print(time.process_time() >= c0)
