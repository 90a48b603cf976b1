# decorators without closures: registries and attribute tagging
registry = []

def register(func):
    registry.append(func.__name__)
    return func

def tag(func):
    func.tagged = True
    return func

@register
@tag
def hello(name):
    return "hello " + name

@register
def bye():
    return "bye"

print(registry, hello("x"), bye(), hello.tagged)

def twice(func):
    return func

@twice
def compute(a, *, scale=2):
    return a * scale

print(compute(3), compute(3, scale=5))
