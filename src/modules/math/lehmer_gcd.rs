//! Greatest common divisor of big integers by Lehmer's method (Knuth, TAOCP vol. 2,
//! Algorithm 4.5.2L). num-integer's binary gcd shifts the whole numbers once per bit;
//! Lehmer's method finds the next several Euclid quotients from the leading 64 bits
//! alone and applies them in one linear combination, so it touches the full numbers
//! about once per word. Fractions of large terms call gcd on every operation.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

/// How many leading bits each pass works on: small enough that the cosequence and
/// its intermediate products stay within an i64.
const LEAD_BITS: u64 = 60;

/// The bits of `n >> shift` (fewer than 64 of them), read from the digits in place.
fn leading_bits(n: &BigUint, shift: u64) -> u64 {
    let (word, offset) = ((shift / 64) as usize, shift % 64);
    let mut digits = n.iter_u64_digits().skip(word);
    let low = digits.next().unwrap_or(0) >> offset;
    let high = if offset == 0 { 0 } else { digits.next().unwrap_or(0) << (64 - offset) };
    low | high
}

/// gcd(|a|, |b|) as a nonnegative BigInt.
pub fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
    let (mut u, mut v) = (a.magnitude().clone(), b.magnitude().clone());
    if u < v {
        std::mem::swap(&mut u, &mut v);
    }
    // invariant: u >= v
    while v.bits() > 64 {
        let shift = u.bits() - LEAD_BITS;
        // u >= v and u has shift + LEAD_BITS bits, so both leading parts are below
        // 2^LEAD_BITS, and so are the cosequence terms: i64 never overflows
        let mut x = leading_bits(&u, shift) as i64;
        let mut y = leading_bits(&v, shift) as i64;
        let (mut ca, mut cb, mut cc, mut cd) = (1i64, 0i64, 0i64, 1i64);
        loop {
            if y + cc == 0 || y + cd == 0 {
                break;
            }
            let q = (x + ca) / (y + cc);
            if q != (x + cb) / (y + cd) {
                break;
            }
            let t = ca - q * cc;
            ca = cc;
            cc = t;
            let t = cb - q * cd;
            cb = cd;
            cd = t;
            let t = x - q * y;
            x = y;
            y = t;
        }
        if cb == 0 {
            let r = &u % &v;
            u = std::mem::replace(&mut v, r);
        } else {
            let (bu, bv) = (BigInt::from_biguint(Sign::Plus, u), BigInt::from_biguint(Sign::Plus, v));
            let nu = &bu * ca + &bv * cb;
            let nv = &bu * cc + &bv * cd;
            // Algorithm L guarantees both combinations are nonnegative
            u = nu.into_parts().1;
            v = nv.into_parts().1;
        }
    }
    if v.is_zero() {
        return BigInt::from_biguint(Sign::Plus, u);
    }
    // v fits in a word: one big remainder, then machine-word Euclid
    let small_v = v.to_u64().unwrap_or(0);
    let small_u = (&u % &v).to_u64().unwrap_or(0);
    let g = small_u.gcd(&small_v);
    BigInt::from_biguint(Sign::Plus, BigUint::from(g))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_binary_gcd() {
        let mut seed: u64 = 12345;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            seed
        };
        for round in 0..300 {
            let words_a = 1 + (next() % 12) as usize;
            let words_b = 1 + (next() % 12) as usize;
            let common = BigInt::from(next() % 1000 + 1) * BigInt::from(next());
            let mut a = BigInt::from(0);
            for _ in 0..words_a {
                a = (a << 64) + BigInt::from(next());
            }
            let mut b = BigInt::from(0);
            for _ in 0..words_b {
                b = (b << 64) + BigInt::from(next());
            }
            if round % 3 == 0 {
                a *= &common;
                b *= &common;
            }
            if round % 5 == 0 {
                a = -a;
            }
            assert_eq!(gcd(&a, &b), a.gcd(&b));
            assert_eq!(gcd(&b, &a), a.gcd(&b));
        }
        assert_eq!(gcd(&BigInt::from(0), &BigInt::from(0)), BigInt::from(0));
        assert_eq!(gcd(&BigInt::from(0), &BigInt::from(-7)), BigInt::from(7));
    }
}
