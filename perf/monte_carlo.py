# Monte Carlo simulations driven by the random module: pi by dart throwing, random
# walks, a dice game with shuffled decks and choices, and Gaussian noise statistics.

import random

N = 200000


def estimate_pi(rng, n):
    inside = 0
    rand = rng.random
    for _ in range(n):
        x = rand()
        y = rand()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n


def random_walks(rng, walkers, steps):
    moves = [(1, 0), (-1, 0), (0, 1), (0, -1)]
    far = 0
    total = 0
    for _ in range(walkers):
        x = y = 0
        for _ in range(steps):
            dx, dy = rng.choice(moves)
            x += dx
            y += dy
        d = abs(x) + abs(y)
        total += d
        if d > 10:
            far += 1
    return total / walkers, far


def dice_game(rng, rounds):
    deck = list(range(1, 14)) * 4
    wins = 0
    pot = 0
    for r in range(rounds):
        rng.shuffle(deck)
        hand = deck[:5]
        roll = rng.randint(1, 6) + rng.randint(1, 6)
        bonus = rng.choices(["gold", "silver", "none"], weights=[1, 3, 6], k=2)
        score = sum(hand) + roll + (10 if "gold" in bonus else 0)
        if score > 40:
            wins += 1
            pot += rng.randrange(5, 50, 5)
    return wins, pot


def noise_stats(rng, n):
    s = s2 = 0.0
    lo = hi = 0.0
    for _ in range(n):
        g = rng.gauss(0.0, 2.0) + rng.uniform(-0.5, 0.5)
        s += g
        s2 += g * g
        if g < lo:
            lo = g
        if g > hi:
            hi = g
    mean = s / n
    return round(mean, 6), round(s2 / n - mean * mean, 6), round(lo, 6), round(hi, 6)


def main():
    rng = random.Random(2024)
    print("pi ~", estimate_pi(rng, N * 4))
    print("walks:", random_walks(rng, N // 200, 200))
    print("dice:", dice_game(rng, N // 10))
    print("noise:", noise_stats(rng, N))
    random.seed(7)
    print("sample:", random.sample(range(1000), 5), random.getrandbits(40))


main()
