# a small ledger with validation and error handling
accounts = {'alice': 100, 'bob': 50}
log = []
def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError('amount must be positive')
    if src not in accounts:
        raise KeyError(src)
    if dst not in accounts:
        raise KeyError(dst)
    if accounts[src] < amount:
        raise RuntimeError('insufficient funds in ' + src)
    accounts[src] -= amount
    accounts[dst] += amount
    log.append((src, dst, amount))
requests = [('alice', 'bob', 30), ('bob', 'carol', 5), ('bob', 'alice', 500),
            ('alice', 'bob', -1), ('bob', 'alice', 80)]
for src, dst, amount in requests:
    try:
        transfer(src, dst, amount)
    except KeyError as e:
        print('unknown account', e)
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__ + ':', e)
    else:
        print('ok', src, '->', dst, amount)
    finally:
        print('  balances', accounts)
print(log)
print('%-6s %5s' % ('name', 'total'))
for name in sorted(accounts):
    print('%-6s %5d' % (name, accounts[name]))
