//! Sorting through one routine.
//!
//! The models and the sims sort small lists everywhere: replicas a quorum consulted, virtual
//! nodes around a ring, notes by time. The standard library's `sort*` methods are generic, so
//! every element type and every comparator gets its own copy of driftsort or pdqsort in the
//! WebAssembly (a few KB each). Here every sort goes through [`sort_keyed`], which is not
//! generic: it orders `(u64 key, usize index)` pairs. The generic wrappers only compute each
//! element's key and then move the elements into the sorted order, which is little code.
//!
//! The wrappers are stable: the index is the tie-break, so equal keys keep their order, as
//! with `slice::sort_by_key`. An unstable sort gives the same result whenever elements with
//! equal keys are equal, as with integers.

/// Sorts `(key, index)` pairs ascending by key, then by index: the one monomorphic routine
/// every sort here uses. Insertion sort for short lists, heapsort beyond (in place, no
/// allocation, O(n log n) at worst).
#[inline(never)]
pub fn sort_keyed(pairs: &mut [(u64, usize)]) {
    const SHORT: usize = 16;
    if pairs.len() <= SHORT {
        insertion_sort(pairs);
        return;
    }
    for start in (0..pairs.len() / 2).rev() {
        sift_down(pairs, start);
    }
    for end in (1..pairs.len()).rev() {
        pairs.swap(0, end);
        sift_down(&mut pairs[..end], 0);
    }
}

fn insertion_sort(pairs: &mut [(u64, usize)]) {
    for i in 1..pairs.len() {
        let mut j = i;
        while j > 0 && pairs[j] < pairs[j - 1] {
            pairs.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Restores the max-heap below `node` (children of `i` at `2i + 1` and `2i + 2`).
fn sift_down(heap: &mut [(u64, usize)], mut node: usize) {
    loop {
        let mut child = 2 * node + 1;
        if child >= heap.len() {
            return;
        }
        if child + 1 < heap.len() && heap[child] < heap[child + 1] {
            child += 1;
        }
        if heap[node] >= heap[child] {
            return;
        }
        heap.swap(node, child);
        node = child;
    }
}

/// Sorts `v` by a `u64` key, stably (equal keys keep their order): the same order as
/// `v.sort_by_key(key)`. The key is computed once per element.
pub fn sort_by_u64_key<T>(v: &mut [T], mut key: impl FnMut(&T) -> u64) {
    let mut order: Vec<(u64, usize)> = v.iter().enumerate().map(|(i, x)| (key(x), i)).collect();
    sort_keyed(&mut order);
    permute(v, &mut order);
}

/// Sorts `v` by a two-part key, the first part first, stably: the same order as
/// `v.sort_by_key(|x| key(x))` with the pair as the key.
pub fn sort_by_u64_keys<T>(v: &mut [T], key: impl FnMut(&T) -> (u64, u64)) {
    let keys: Vec<(u64, u64)> = v.iter().map(key).collect();
    let mut order = order_by_pairs(&keys);
    permute(v, &mut order);
}

/// Sorts integers (or anything with an order-preserving `u64` image) ascending: the same
/// result as `sort_unstable`, since equal integers cannot be told apart.
pub fn sort_ints<T: Copy + Into<u64>>(v: &mut [T]) {
    sort_by_u64_key(v, |&x| x.into());
}

/// Sorts indices or counts ascending, as `sort_unstable` does. One copy for every caller.
#[inline(never)]
pub fn sort_usizes(v: &mut [usize]) {
    sort_by_u64_key(v, |&x| x as u64);
}

/// The positions of `keys` in lexicographic order, stable: two passes of [`sort_keyed`], by
/// the second part, then by the first with the first pass's rank as the tie-break.
fn order_by_pairs(keys: &[(u64, u64)]) -> Vec<(u64, usize)> {
    let mut by_low: Vec<(u64, usize)> = keys.iter().enumerate().map(|(i, k)| (k.1, i)).collect();
    sort_keyed(&mut by_low);
    let mut by_high: Vec<(u64, usize)> = by_low
        .iter()
        .enumerate()
        .map(|(rank, &(_, i))| (keys[i].0, rank))
        .collect();
    sort_keyed(&mut by_high);
    for slot in &mut by_high {
        slot.1 = by_low[slot.1].1;
    }
    by_high
}

/// Moves `v[order[j].1]` to position `j` for every `j`, following each cycle of the
/// permutation with swaps (`order` is used up: each visited index is marked `usize::MAX`).
fn permute<T>(v: &mut [T], order: &mut [(u64, usize)]) {
    for start in 0..order.len() {
        let mut next = order[start].1;
        if next == usize::MAX {
            continue;
        }
        let mut cur = start;
        loop {
            order[cur].1 = usize::MAX;
            if next == start {
                break;
            }
            v.swap(cur, next);
            cur = next;
            next = order[cur].1;
        }
    }
}

/// A `u64` in the same order as `x` under `f64::total_cmp` (−NaN < −∞ < … < −0 < +0 < … <
/// +∞ < NaN): negative numbers have every bit flipped, the others only the sign bit.
pub fn f64_key(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn short_and_long_lists_sort() {
        for n in [0usize, 1, 2, 15, 16, 17, 100, 1000] {
            let mut v: Vec<u64> = (0..n as u64).map(|i| (i * 7919) % 101).collect();
            let mut expected = v.clone();
            expected.sort();
            sort_ints(&mut v);
            assert_eq!(v, expected, "n = {n}");
        }
    }

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (1, 'd'), (2, 'e'), (3, 'f')];
        sort_by_u64_key(&mut v, |&(k, _)| k);
        assert_eq!(
            v,
            [(1, 'b'), (1, 'd'), (2, 'e'), (3, 'a'), (3, 'c'), (3, 'f')]
        );
    }

    #[test]
    fn f64_keys_follow_total_cmp() {
        let xs = [
            f64::NAN,
            -f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            0.0,
            -0.0,
            1.5,
            -1.5,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE,
            f64::MAX,
            f64::MIN,
        ];
        for a in xs {
            for b in xs {
                assert_eq!(f64_key(a).cmp(&f64_key(b)), a.total_cmp(&b), "{a} vs {b}");
            }
        }
    }

    proptest! {
        #[test]
        fn stable_like_std(v in proptest::collection::vec((0u64..8, any::<u32>()), 0..300)) {
            let mut ours = v.clone();
            sort_by_u64_key(&mut ours, |&(k, _)| k);
            let mut theirs = v;
            theirs.sort_by_key(|&(k, _)| k);
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn full_range_keys_like_std(v in proptest::collection::vec(any::<u64>(), 0..300)) {
            let mut ours = v.clone();
            sort_ints(&mut ours);
            let mut theirs = v;
            theirs.sort_unstable();
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn pairs_like_std(v in proptest::collection::vec((0u64..4, 0u64..4, any::<u8>()), 0..300)) {
            let mut ours = v.clone();
            sort_by_u64_keys(&mut ours, |&(a, b, _)| (a, b));
            let mut theirs = v;
            theirs.sort_by_key(|&(a, b, _)| (a, b));
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn floats_like_total_cmp(v in proptest::collection::vec((any::<f64>(), any::<u8>()), 0..300)) {
            let mut ours = v.clone();
            sort_by_u64_key(&mut ours, |&(x, _)| f64_key(x));
            let mut theirs = v;
            theirs.sort_by(|a, b| a.0.total_cmp(&b.0));
            let bits = |w: &[(f64, u8)]| w.iter().map(|&(x, t)| (x.to_bits(), t)).collect::<Vec<_>>();
            prop_assert_eq!(bits(&ours), bits(&theirs));
        }

        #[test]
        fn floats_with_ties_like_total_cmp(v in proptest::collection::vec((-3i8..3, any::<u8>()), 0..300)) {
            let v: Vec<(f64, u8)> = v.into_iter().map(|(x, t)| (f64::from(x) * 0.5, t)).collect();
            let mut ours = v.clone();
            sort_by_u64_key(&mut ours, |&(x, _)| f64_key(x));
            let mut theirs = v;
            theirs.sort_by(|a, b| a.0.total_cmp(&b.0));
            prop_assert_eq!(ours, theirs);
        }
    }
}
