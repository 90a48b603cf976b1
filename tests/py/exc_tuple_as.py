# except (A, B) as e
def risky(n):
    if n == 0:
        return [1][5]
    if n == 1:
        return {}['missing']
    if n == 2:
        return 1 / 0
    if n == 3:
        return int('bad')
    return 'fine'
for n in range(5):
    try:
        print(risky(n))
    except (IndexError, KeyError) as e:
        print('lookup problem:', type(e).__name__, e)
    except (ZeroDivisionError, ValueError) as e:
        print('value problem:', type(e).__name__, e)
errs = (TypeError, NameError)
try:
    undefined_name
except errs as e:
    print('tuple in a variable:', e)
