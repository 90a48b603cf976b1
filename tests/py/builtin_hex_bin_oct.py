# hex, bin and oct
print(hex(255), hex(0), hex(-255), hex(2 ** 64), hex(-(2 ** 70)))
print(bin(10), bin(0), bin(-10), bin(2 ** 65 + 1))
print(oct(8), oct(0), oct(-8), oct(2 ** 64))
print(hex(True), bin(False))
print(int(hex(123456789), 16), int(bin(987), 2), int(oct(4242), 8))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
