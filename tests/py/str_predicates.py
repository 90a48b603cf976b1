# isdigit, isalpha, isspace
for s in ['123', 'abc', 'a1', '', ' ', ' \t\n', 'héllo', '٣', '12.5', '-1', 'ABC', 'a b']:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace())
