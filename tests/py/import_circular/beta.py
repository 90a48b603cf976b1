print("beta starts")
import alpha
saw = alpha.value
value = 2
print("beta ends, alpha partially initialised:", not hasattr(alpha, "seen_from_beta"))
