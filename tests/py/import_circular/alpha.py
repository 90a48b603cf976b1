print("alpha starts")
value = 1
import beta
seen_from_beta = beta.saw
print("alpha ends")
