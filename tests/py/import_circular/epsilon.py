import zeta
later = 1
