//! Anchored longest-prefix matching of a fixed set of byte strings: the longest pattern that
//! starts exactly at a given position. This is what the lexicon scan asks at each word start;
//! a plain trie answers it without the failure links and DFA that an Aho-Corasick automaton
//! builds (most of the lexicon's start-up cost) and with less work per query.

/// No node / no pattern.
const NONE: u32 = u32::MAX;

/// A byte trie over the patterns, flattened: each node's edges are a contiguous, byte-sorted
/// run of `edge_bytes` / `edge_next`.
#[derive(Debug)]
pub struct PrefixTrie {
    /// Per node: first edge index.
    first: Vec<u32>,
    /// Per node: number of edges.
    len: Vec<u32>,
    /// Per node: the pattern that ends there, or [`NONE`].
    pattern: Vec<u32>,
    edge_bytes: Vec<u8>,
    edge_next: Vec<u32>,
    /// The root's child for each first byte, or [`NONE`] (the root has many edges).
    root: Box<[u32; 256]>,
}

impl PrefixTrie {
    /// Builds the trie; pattern `k` is reported as `k`. Empty patterns never match; when a
    /// pattern occurs twice, the first index is kept.
    pub fn new<S: AsRef<[u8]>>(patterns: &[S]) -> PrefixTrie {
        // Build with per-node edge lists, then flatten.
        let mut kids: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut pattern = vec![NONE];
        for (k, p) in patterns.iter().enumerate() {
            let p = p.as_ref();
            if p.is_empty() {
                continue;
            }
            let mut node = 0usize;
            for &b in p {
                node = match kids[node].iter().find(|e| e.0 == b) {
                    Some(&(_, next)) => next as usize,
                    None => {
                        let next = kids.len();
                        kids.push(Vec::new());
                        pattern.push(NONE);
                        kids[node].push((b, next as u32));
                        next
                    }
                };
            }
            if pattern[node] == NONE {
                pattern[node] = k as u32;
            }
        }
        let mut first = Vec::with_capacity(kids.len());
        let mut len = Vec::with_capacity(kids.len());
        let mut edge_bytes = Vec::new();
        let mut edge_next = Vec::new();
        let mut root = Box::new([NONE; 256]);
        for (n, mut edges) in kids.into_iter().enumerate() {
            edges.sort_unstable_by_key(|e| e.0);
            if n == 0 {
                for &(b, next) in &edges {
                    root[b as usize] = next;
                }
            }
            first.push(edge_bytes.len() as u32);
            len.push(edges.len() as u32);
            for (b, next) in edges {
                edge_bytes.push(b);
                edge_next.push(next);
            }
        }
        PrefixTrie { first, len, pattern, edge_bytes, edge_next, root }
    }

    /// The longest pattern equal to `hay[start..e]` for some `e <= end`: `(pattern, e)`.
    #[inline]
    pub fn longest_at(&self, hay: &[u8], start: usize, end: usize) -> Option<(u32, usize)> {
        let end = end.min(hay.len());
        if start >= end {
            return None;
        }
        let mut node = self.root[hay[start] as usize];
        if node == NONE {
            return None;
        }
        let mut best = None;
        let mut i = start + 1;
        loop {
            let n = node as usize;
            if self.pattern[n] != NONE {
                best = Some((self.pattern[n], i));
            }
            if i >= end {
                return best;
            }
            let a = self.first[n] as usize;
            let bytes = &self.edge_bytes[a..a + self.len[n] as usize];
            match bytes.iter().position(|&b| b == hay[i]) {
                Some(k) => node = self.edge_next[a + k],
                None => return best,
            }
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PrefixTrie;

    #[test]
    fn longest_pattern_at_a_position_within_the_end() {
        let t = PrefixTrie::new(&["tir", "tirs", "tirs de roquettes", "", "a", "abc", "tirs"]);
        let h = b"des tirs de roquettes ont vise abc";
        assert_eq!(t.longest_at(h, 4, h.len()), Some((2, 21)));
        // the end bound cuts the longest one: the next longest that fits
        assert_eq!(t.longest_at(h, 4, 12), Some((1, 8)));
        assert_eq!(t.longest_at(h, 4, 7), Some((0, 7)));
        assert_eq!(t.longest_at(h, 4, 6), None);
        // not anchored elsewhere: nothing starts at "es"
        assert_eq!(t.longest_at(h, 1, h.len()), None);
        assert_eq!(t.longest_at(h, 31, h.len()), Some((5, 34)));
        assert_eq!(t.longest_at(h, h.len(), h.len()), None);
        // a prefix of a pattern that is no pattern itself does not match
        assert_eq!(t.longest_at(b"ti", 0, 2), None);
    }
}
