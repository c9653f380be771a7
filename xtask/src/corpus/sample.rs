//! The deterministic compile sample: specs chosen by a stable hash of their path, so that every
//! machine and every run picks the same ones.

/// FNV-1a, 64 bits: stable across runs, platforms and Rust versions (unlike std's hasher).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

/// The `n` candidates with the smallest hash of their path, in path order. A candidate's
/// place in the sample does not depend on the others, so the sample changes only where
/// candidates come or go.
pub fn pick<'a>(candidates: impl IntoIterator<Item = &'a str>, n: usize) -> Vec<&'a str> {
    let mut ranked: Vec<(u64, &str)> = candidates.into_iter().map(|p| (fnv1a(p.as_bytes()), p)).collect();
    ranked.sort();
    let mut sample: Vec<&str> = ranked.into_iter().take(n).map(|(_, p)| p).collect();
    sample.sort();
    sample
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_gives_the_published_test_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn the_sample_is_the_same_whatever_the_order_of_candidates() {
        let paths = ["a.json", "b/c.json", "d.json", "e/f.json", "g.json", "h.json"];
        let forward = pick(paths, 3);
        let mut reversed = paths;
        reversed.reverse();
        assert_eq!(forward, pick(reversed, 3));
        assert_eq!(forward.len(), 3);
        assert!(forward.is_sorted());
    }

    #[test]
    fn a_bigger_sample_contains_the_smaller_one() {
        let paths: Vec<String> = (0..50).map(|i| format!("api{i}.json")).collect();
        let small = pick(paths.iter().map(String::as_str), 5);
        let big = pick(paths.iter().map(String::as_str), 20);
        assert!(small.iter().all(|p| big.contains(p)));
        assert_eq!(pick(paths.iter().map(String::as_str), 100).len(), 50);
    }
}
