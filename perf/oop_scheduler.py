# A richards-style task scheduler: tasks of four kinds pass packets to each other
# through a scheduler object; method calls on small objects, attribute reads and
# writes and short linked lists dominate.

N = 60


class Packet:
    def __init__(self, kind, dest):
        self.kind = kind
        self.dest = dest
        self.link = None
        self.value = 0
        self.data = [0, 0, 0, 0]


class Queue:
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def push(self, p):
        p.link = None
        if self.tail is None:
            self.head = p
        else:
            self.tail.link = p
        self.tail = p
        self.size += 1

    def pop(self):
        p = self.head
        if p is not None:
            self.head = p.link
            if self.head is None:
                self.tail = None
            self.size -= 1
        return p


class Task:
    def __init__(self, sched, ident, priority):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.inbox = Queue()
        self.runs = 0

    def ready(self):
        return self.inbox.size > 0

    def run(self):
        self.runs += 1
        self.handle(self.inbox.pop())

    def handle(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, budget):
        super().__init__(sched, ident, priority)
        self.seed = 0x5A5A
        self.budget = budget

    def ready(self):
        return self.budget > 0

    def run(self):
        self.runs += 1
        self.budget -= 1
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            dest = 1
        else:
            self.seed >>= 1
            dest = 2
        self.sched.send(Packet("work", dest))


class WorkTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority)
        self.letter = 0

    def handle(self, packet):
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            packet.data[i] = self.letter
        packet.dest = 3 if self.ident == 1 else 4
        self.sched.send(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, device):
        super().__init__(sched, ident, priority)
        self.device = device
        self.pending = Queue()

    def handle(self, packet):
        self.pending.push(packet)
        while self.pending.size >= 2:
            a = self.pending.pop()
            b = self.pending.pop()
            out = Packet("device", self.device)
            out.value = a.data[a.value % 4] + b.data[3 - b.value % 4]
            self.sched.send(out)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority)
        self.total = 0

    def handle(self, packet):
        self.total += packet.value
        self.sched.transfers += 1


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.transfers = 0
        self.switches = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)

    def send(self, packet):
        self.tasks[packet.dest].inbox.push(packet)

    def run(self):
        while True:
            chosen = None
            for t in self.order:
                if t.ready():
                    chosen = t
                    break
            if chosen is None:
                return
            self.switches += 1
            chosen.run()


def build(budget):
    s = Scheduler()
    s.add(IdleTask(s, 0, 0, budget))
    s.add(WorkTask(s, 1, 1000))
    s.add(WorkTask(s, 2, 1000))
    s.add(HandlerTask(s, 3, 2000, 5))
    s.add(HandlerTask(s, 4, 2000, 6))
    s.add(DeviceTask(s, 5, 3000))
    s.add(DeviceTask(s, 6, 3000))
    return s


def main():
    switches = 0
    transfers = 0
    totals = []
    for rep in range(N):
        s = build(2000 + rep)
        s.run()
        switches += s.switches
        transfers += s.transfers
        totals.append(s.tasks[5].total + s.tasks[6].total)
    runs = []
    for t in s.order:
        runs.append((t.ident, t.runs))
    print("switches", switches, "transfers", transfers)
    print("runs", runs, "totals", totals[0], totals[-1], sum(totals))


main()
