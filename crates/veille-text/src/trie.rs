//! Anchored matching of a fixed set of byte strings: the patterns that start exactly at a given
//! position. The event lexicon asks for the longest one at each word start, the geoparser for
//! every gazetteer name key at each word start. A plain trie answers both without the failure
//! links an Aho-Corasick automaton builds (most of their start-up cost) and with less work per
//! query.

/// No node / no pattern.
const NONE: u32 = u32::MAX;

/// A byte trie over the patterns, flattened: each node's edges are a contiguous, byte-sorted
/// run of `edge_bytes` / `edge_next`.
#[derive(Debug)]
pub struct ByteTrie {
    nodes: Vec<Node>,
    edge_bytes: Vec<u8>,
    edge_next: Vec<u32>,
    /// The root's child for each first byte, or [`NONE`] (the root has many edges).
    root: Box<[u32; 256]>,
}

/// One trie node: its edges `edge_bytes[first..first + len]`, and the pattern ending there.
#[derive(Clone, Copy, Debug)]
struct Node {
    first: u32,
    len: u32,
    /// The pattern that ends at this node, or [`NONE`].
    pattern: u32,
}

impl ByteTrie {
    /// Builds the trie; pattern `k` is reported as `k`. Empty patterns never match; when a
    /// pattern occurs twice, the first index is kept.
    pub fn new<S: AsRef<[u8]>>(patterns: &[S]) -> ByteTrie {
        // Patterns in byte order: a node's children then come in byte order, and every pattern
        // shares its path with the previous one up to their common prefix, so the trie is built
        // depth-first with one stack and no per-node edge lists.
        // Sorted by (first 8 bytes as a big-endian number, zero-padded; then all bytes): the
        // same order as by bytes alone, with most comparisons made on
        // one number. (A pattern shorter than 8 bytes is padded with zeros: where a head decides,
        // it decides as the bytes do, so the order is byte order even with zero bytes.)
        let head = |p: &[u8]| {
            let mut h = [0u8; 8];
            let n = p.len().min(8);
            h[..n].copy_from_slice(&p[..n]);
            u64::from_be_bytes(h)
        };
        let mut order: Vec<(u64, u32)> = (0..patterns.len() as u32)
            .map(|k| (head(patterns[k as usize].as_ref()), k))
            .filter(|&(_, k)| !patterns[k as usize].as_ref().is_empty())
            .collect();
        order.sort_unstable_by(|&(ha, a), &(hb, b)| {
            ha.cmp(&hb)
                .then_with(|| patterns[a as usize].as_ref().cmp(patterns[b as usize].as_ref()))
                .then(a.cmp(&b))
        });
        // Node ids in creation order, each with (parent, byte).
        let mut parent: Vec<(u32, u8)> = vec![(NONE, 0)];
        let mut pattern = vec![NONE];
        let mut path: Vec<u32> = vec![0]; // path[d] = node at depth d of the previous pattern
        let mut prev: &[u8] = &[];
        for &(_, k) in &order {
            let p = patterns[k as usize].as_ref();
            let common = p.iter().zip(prev).take_while(|(a, b)| a == b).count();
            path.truncate(common + 1);
            for &b in &p[common..] {
                let node = parent.len() as u32;
                parent.push((path[path.len() - 1], b));
                pattern.push(NONE);
                path.push(node);
            }
            let end = path[p.len()] as usize;
            if pattern[end] == NONE {
                pattern[end] = k;
            }
            prev = p;
        }
        // Edges grouped by parent: children were created in byte order, so a stable pass by
        // parent keeps them sorted.
        let n = parent.len();
        let mut count = vec![0u32; n];
        for &(par, _) in &parent[1..] {
            count[par as usize] += 1;
        }
        let mut nodes = Vec::with_capacity(n);
        let mut first = 0u32;
        for (k, &c) in count.iter().enumerate() {
            nodes.push(Node { first, len: c, pattern: pattern[k] });
            first += c;
        }
        let mut fill: Vec<u32> = nodes.iter().map(|x| x.first).collect();
        let mut edge_bytes = vec![0u8; n - 1];
        let mut edge_next = vec![0u32; n - 1];
        let mut root = Box::new([NONE; 256]);
        for (child, &(par, b)) in parent.iter().enumerate().skip(1) {
            let slot = &mut fill[par as usize];
            edge_bytes[*slot as usize] = b;
            edge_next[*slot as usize] = child as u32;
            *slot += 1;
            if par == 0 {
                root[b as usize] = child as u32;
            }
        }
        ByteTrie { nodes, edge_bytes, edge_next, root }
    }

    /// Calls `f(pattern, end)` for every pattern equal to `hay[start..end]`, shortest first.
    #[inline]
    pub fn for_each_at(&self, hay: &[u8], start: usize, mut f: impl FnMut(u32, usize)) {
        let Some(&b0) = hay.get(start) else { return };
        let mut node = self.root[b0 as usize];
        let mut end = start + 1;
        while node != NONE {
            let nd = self.nodes[node as usize];
            if nd.pattern != NONE {
                f(nd.pattern, end);
            }
            let Some(&c) = hay.get(end) else { return };
            let a = nd.first as usize;
            let bytes = &self.edge_bytes[a..a + nd.len as usize];
            node = match bytes.iter().position(|&b| b == c) {
                Some(k) => self.edge_next[a + k],
                None => NONE,
            };
            end += 1;
        }
    }

    /// The longest pattern equal to `hay[start..e]` for some `e <= end`: `(pattern, e)`.
    #[inline]
    pub fn longest_at(&self, hay: &[u8], start: usize, end: usize) -> Option<(u32, usize)> {
        let mut best = None;
        self.for_each_at(&hay[..end.min(hay.len())], start, |p, e| best = Some((p, e)));
        best
    }

    /// How many bytes of `hay[start..end]` the trie reads from its root: the length of the
    /// longest prefix of that slice that some pattern starts with (0 when none does).
    #[inline]
    pub fn prefix_len(&self, hay: &[u8], start: usize, end: usize) -> usize {
        let hay = &hay[..end.min(hay.len())];
        let Some(&b0) = hay.get(start) else { return 0 };
        let mut node = self.root[b0 as usize];
        let mut len = 0;
        while node != NONE {
            len += 1;
            let Some(&c) = hay.get(start + len) else { break };
            let nd = self.nodes[node as usize];
            let a = nd.first as usize;
            node = match self.edge_bytes[a..a + nd.len as usize].iter().position(|&b| b == c) {
                Some(k) => self.edge_next[a + k],
                None => NONE,
            };
        }
        len
    }

    /// Heap bytes of the trie.
    pub fn memory_usage(&self) -> usize {
        self.nodes.capacity() * std::mem::size_of::<Node>()
            + self.edge_bytes.capacity()
            + self.edge_next.capacity() * 4
            + 256 * 4
    }
}

#[cfg(test)]
mod tests {
    use super::ByteTrie;

    #[test]
    fn every_pattern_starting_at_a_position() {
        let t = ByteTrie::new(&["fada", "fada n gourma", "", "gao", "fada n", "fada"]);
        let h = b" fada n gourma et gao ";
        let mut got = Vec::new();
        t.for_each_at(h, 1, |p, e| got.push((p, e)));
        assert_eq!(got, vec![(0, 5), (4, 7), (1, 14)]);
        got.clear();
        t.for_each_at(h, 18, |p, e| got.push((p, e)));
        assert_eq!(got, vec![(3, 21)]);
        // nothing starts inside a word, nor past the end
        got.clear();
        t.for_each_at(h, 2, |p, e| got.push((p, e)));
        t.for_each_at(h, h.len(), |p, e| got.push((p, e)));
        assert!(got.is_empty());
        // a pattern running past the end of the text does not match
        t.for_each_at(b"fad", 0, |p, e| got.push((p, e)));
        assert!(got.is_empty());
    }

    #[test]
    fn prefix_read_from_the_root() {
        let t = ByteTrie::new(&["s'est dit preoccupe", "sanction"]);
        let h = b"il s'est dit \xc2\xab preoccupe";
        // the whole text up to the quotation mark is a prefix of a pattern
        assert_eq!(t.prefix_len(h, 3, 13), 10);
        // "il" starts no pattern; "sanctions" is read as far as "sanction" goes
        assert_eq!(t.prefix_len(h, 0, h.len()), 0);
        assert_eq!(t.prefix_len(b"sanctions", 0, 9), 8);
        // the end bound stops the reading
        assert_eq!(t.prefix_len(h, 3, 6), 3);
    }

    #[test]
    fn longest_pattern_at_a_position_within_the_end() {
        let t = ByteTrie::new(&["tir", "tirs", "tirs de roquettes", "", "a", "abc", "tirs"]);
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

    #[test]
    fn zero_bytes_and_long_shared_heads_keep_byte_order() {
        let pats: [&[u8]; 5] = [b"abcdefgh2", b"a\0b", b"abcdefgh1", b"a", b"a\0"];
        let t = ByteTrie::new(&pats);
        for (k, p) in pats.iter().enumerate() {
            assert_eq!(t.longest_at(p, 0, p.len()), Some((k as u32, p.len())), "{p:?}");
        }
    }
}
