# a round-robin scheduler simulation using lists as queues
tasks = [['A', 5], ['B', 2], ['C', 7], ['D', 1]]
quantum = 2
clock = 0
queue = tasks[:]
finished = []
while queue:
    task = queue.pop(0)
    run = min(quantum, task[1])
    clock += run
    task[1] -= run
    if task[1] > 0:
        queue.append(task)
    else:
        finished.append((task[0], clock))
print(finished)
print('total time', clock)
turnaround = 0
for name, t in finished:
    turnaround += t
print('average turnaround', turnaround / len(finished))
