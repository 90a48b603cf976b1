# startswith and endswith, including tuple arguments
s = 'report_2024.txt'
print(s.startswith('report'), s.startswith('Report'), s.startswith(''))
print(s.endswith('.txt'), s.endswith('.csv'), s.endswith(''))
print(s.endswith(('.csv', '.txt')), s.startswith(('a', 'b')))
print(s.startswith('2024', 7), s.startswith('port', 2, 6))
print(s.endswith('report', 0, 6), s.endswith('2024', 0, 11))
print('héllo'.startswith('hé'), '😀x'.endswith('x'))
try:
    s.startswith(['report'])
except TypeError as e:
    print(type(e).__name__, e)
