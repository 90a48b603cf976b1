"""Heap queue algorithm (a.k.a. priority queue): lists kept so that
heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]; heap[0] is the smallest item.
The heap operations are native (_heapq); merge, nlargest and nsmallest are here."""

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
from _heapq import _heappop_max, _heapify_max, _heapreplace_max

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output, lazily.

    Each heap entry is [sort value, tie-breaker, current item, next-function]: the
    tie-breaker (the input's number, negated for a max-heap) makes equal values come
    out in input order and keeps the comparison from reaching the items."""
    if reverse:
        make_heap, pop, replace, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, sign = heapify, heappop, heapreplace, 1
    heap = []
    for number, iterable in enumerate(iterables):
        advance = iter(iterable).__next__
        try:
            item = advance()
        except StopIteration:
            continue
        heap.append([item if key is None else key(item), number * sign, item, advance])
    make_heap(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        try:
            item = entry[3]()
        except StopIteration:
            pop(heap)
            continue
        entry[0] = item if key is None else key(item)
        entry[2] = item
        replace(heap, entry)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from _rest(entry[3])


def _rest(advance):
    while True:
        try:
            item = advance()
        except StopIteration:
            return
        yield item


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable: sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        sentinel = object()
        if key is None:
            best = min(iterable, default=sentinel)
        else:
            best = min(iterable, default=sentinel, key=key)
        return [] if best is sentinel else [best]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable: sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        sentinel = object()
        if key is None:
            best = max(iterable, default=sentinel)
        else:
            best = max(iterable, default=sentinel, key=key)
        return [] if best is sentinel else [best]
    return sorted(iterable, key=key, reverse=True)[:n]
