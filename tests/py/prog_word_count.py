# word frequency counter over a literal string
text = """The quick brown fox jumps over the lazy dog. The dog barks;
the fox runs away! A quick brown dog? No -- the lazy fox."""
counts = {}
for raw in text.split():
    word = raw.strip('.,;!?-').lower()
    if word == '':
        continue
    counts[word] = counts.get(word, 0) + 1
print(len(counts), 'distinct words')
def by_count(item):
    return (-item[1], item[0])
ranked = sorted(counts.items(), key=by_count)
for word, n in ranked[:6]:
    print(f'{word:<8}{n:>3}')
longest = max(counts, key=len)
print('longest word:', longest)
print('total words:', sum(counts.values()))
