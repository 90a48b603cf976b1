# Modules used together, as ordinary scripts do: collections.abc over the ABCs,
# typing aliases of collections types, dataclasses with copy-based asdict, enums as
# dict keys, functools caches of namedtuples, json of dataclass records, re + heapq.
import collections
import collections.abc
import copy
import dataclasses
import enum
import functools
import heapq
import itertools
import json
import math
import operator
import random
import re
import typing
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from collections.abc import Iterable, Mapping, MutableSequence, Sequence
from dataclasses import asdict, astuple, dataclass, field
from typing import DefaultDict, Dict, List, Optional

print(isinstance([], Iterable), isinstance({}, Mapping), isinstance(deque(), MutableSequence))
print(isinstance((), Sequence), issubclass(collections.OrderedDict, Mapping))
print(collections.abc.Hashable.__name__, collections.abc.Sized.__module__)


class Color(enum.Enum):
    RED = 1
    GREEN = 2


@dataclass(order=True)
class Item:
    name: str
    qty: int = 0
    tags: List[str] = field(default_factory=list)
    color: Optional[Color] = None


items = [Item("b", 2, ["x"]), Item("a", 5, ["y", "z"], Color.RED), Item("c", 1)]
print(sorted(items)[0].name, max(items, key=operator.attrgetter("qty")).name)
d = asdict(items[1])
d["tags"].append("w")
print(d, items[1].tags)
print(astuple(items[0]))
print(json.dumps([asdict(i) | {"color": i.color.name if i.color else None} for i in items], sort_keys=True))

counts: DefaultDict[Color, int] = defaultdict(int)
for c in [Color.RED, Color.GREEN, Color.RED]:
    counts[c] += 1
print(dict(counts), Counter({Color.RED: 2}).most_common(1))

Point = namedtuple("Point", "x y")


@functools.lru_cache(maxsize=None)
def dist(p: Point, q: Point) -> float:
    return math.hypot(p.x - q.x, p.y - q.y)


pts = [Point(i, i * i % 7) for i in range(6)]
print([round(dist(a, b), 3) for a, b in itertools.combinations(pts[:4], 2)])
print(dist.cache_info())

log = "\n".join(f"{i:03d} {'ERROR' if i % 4 == 0 else 'INFO'} took={i * 37 % 101}ms" for i in range(20))
slow = []
for m in re.finditer(r"^(\d+) (ERROR|INFO) took=(\d+)ms$", log, re.M):
    heapq.heappush(slow, (-int(m.group(3)), m.group(1), m.group(2)))
print([heapq.heappop(slow) for _ in range(3)])

rng = random.Random(42)
q = deque(rng.sample(range(100), 10), maxlen=8)
q.rotate(3)
print(list(q), sum(itertools.accumulate(q, operator.mul)) % 1000)
od = OrderedDict.fromkeys("abc")
od.move_to_end("a")
print(list(od), copy.deepcopy({"k": [1, [2, 3]]}))
print(typing.get_type_hints(Item)["tags"], Dict[str, int])
