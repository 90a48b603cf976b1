def leave():
    raise SystemExit("bye from a function")


try:
    leave()
finally:
    print("cleanup")
