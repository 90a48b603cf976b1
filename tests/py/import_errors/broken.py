print("broken body runs")
x = 1 / 0
