# A particle simulation on small objects: a Vec class with operator methods, and
# particles whose attributes are read and written every step.

N = 2500


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def length2(self):
        return self.x * self.x + self.y * self.y


class Particle:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass
        self.bounces = 0

    def step(self, dt, gravity):
        self.vel = self.vel + gravity * dt
        self.pos = self.pos + self.vel * dt
        if self.pos.y < 0.0:
            self.pos = Vec(self.pos.x, -self.pos.y)
            self.vel = Vec(self.vel.x, -self.vel.y * 0.9)
            self.bounces += 1
        if self.pos.x < 0.0 or self.pos.x > 100.0:
            self.vel = Vec(-self.vel.x, self.vel.y)
            self.pos = Vec(min(max(self.pos.x, 0.0), 100.0), self.pos.y)

    def energy(self, gravity):
        return 0.5 * self.mass * self.vel.length2() - self.mass * gravity.dot(self.pos)


class World:
    def __init__(self, n):
        self.particles = []
        seed = 12345
        for i in range(n):
            seed = (seed * 1103515245 + 12345) % 2147483648
            x = (seed % 10000) / 100.0
            seed = (seed * 1103515245 + 12345) % 2147483648
            y = 10.0 + (seed % 5000) / 100.0
            vx = ((seed >> 8) % 200 - 100) / 10.0
            self.particles.append(Particle(Vec(x, y), Vec(vx, 0.0), 1.0 + i % 3))
        self.gravity = Vec(0.0, -9.81)

    def run(self, steps, dt):
        for _ in range(steps):
            for p in self.particles:
                p.step(dt, self.gravity)

    def stats(self):
        e = 0.0
        bounces = 0
        for p in self.particles:
            e += p.energy(self.gravity)
            bounces += p.bounces
        return e, bounces


def main():
    w = World(N)
    w.run(100, 0.01)
    e, b = w.stats()
    print("energy %.6f bounces %d" % (e, b))
    first = w.particles[0]
    print("first %.6f %.6f" % (first.pos.x, first.pos.y))


main()
