def fail():
    return {}["key"]
