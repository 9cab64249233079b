//! Every name key that starts at a given word start: a plain byte trie over the keys.
//!
//! The geoparser wants, at each word start of a document's key text, every gazetteer name key
//! that the text continues with up to a space. An Aho-Corasick automaton over the ~75k keys
//! answers that too, but building its failure links cost most of the place-name start-up;
//! a trie walked from each word start gives the same matches with no failure links.

/// No node / no pattern.
const NONE: u32 = u32::MAX;

/// A byte trie over the patterns, flattened: each node's edges are a contiguous, byte-sorted
/// run of `edge_bytes` / `edge_next`.
pub(crate) struct NameTrie {
    nodes: Vec<Node>,
    edge_bytes: Vec<u8>,
    edge_next: Vec<u32>,
    /// The root's child for each first byte, or [`NONE`] (the root has many edges).
    root: Box<[u32; 256]>,
}

/// One trie node: its edges `edge_bytes[first..first + len]`, and the pattern ending there.
#[derive(Clone, Copy)]
struct Node {
    first: u32,
    len: u32,
    /// The pattern that ends at this node, or [`NONE`].
    pattern: u32,
}

impl NameTrie {
    /// Builds the trie; pattern `k` is reported as `k`. Empty patterns never match; when a
    /// pattern occurs twice, the first index is kept.
    pub(crate) fn new<S: AsRef<[u8]>>(patterns: &[S]) -> NameTrie {
        // Patterns in byte order: a node's children then come in byte order, and every pattern
        // shares its path with the previous one up to their common prefix, so the trie is built
        // depth-first with one stack and no per-node edge lists.
        // Sorted by (first 8 bytes as a big-endian number, zero-padded; then all bytes): the
        // same order as by bytes alone (no key holds a zero byte), with most comparisons made on
        // one number.
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
        NameTrie { nodes, edge_bytes, edge_next, root }
    }

    /// Calls `f(pattern, end)` for every pattern equal to `hay[start..end]`, shortest first.
    #[inline]
    pub(crate) fn for_each_at(&self, hay: &[u8], start: usize, mut f: impl FnMut(u32, usize)) {
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

    /// Heap bytes of the trie.
    pub(crate) fn memory_usage(&self) -> usize {
        self.nodes.capacity() * std::mem::size_of::<Node>()
            + self.edge_bytes.capacity()
            + self.edge_next.capacity() * 4
            + 256 * 4
    }
}

#[cfg(test)]
mod tests {
    use super::NameTrie;

    #[test]
    fn every_pattern_starting_at_a_position() {
        let t = NameTrie::new(&["fada", "fada n gourma", "", "gao", "fada n", "fada"]);
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
}
