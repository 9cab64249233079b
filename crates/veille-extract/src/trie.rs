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

impl PrefixTrie {
    /// Builds the trie; pattern `k` is reported as `k`. Empty patterns never match; when a
    /// pattern occurs twice, the first index is kept.
    pub fn new<S: AsRef<[u8]>>(patterns: &[S]) -> PrefixTrie {
        // Patterns in byte order: a node's children then come in byte order, and every node
        // shares its path with the previous pattern up to their common prefix, so the trie is
        // built depth-first with one stack and no per-node edge lists.
        let mut order: Vec<u32> =
            (0..patterns.len() as u32).filter(|&k| !patterns[k as usize].as_ref().is_empty()).collect();
        order.sort_by(|&a, &b| {
            patterns[a as usize].as_ref().cmp(patterns[b as usize].as_ref()).then(a.cmp(&b))
        });
        // Depth-first: node ids in creation order, each with (parent, byte).
        let mut parent: Vec<(u32, u8)> = vec![(NONE, 0)];
        let mut pattern = vec![NONE];
        let mut path: Vec<u32> = vec![0]; // path[d] = node at depth d of the previous pattern
        let mut prev: &[u8] = &[];
        for &k in &order {
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
        PrefixTrie { nodes, edge_bytes, edge_next, root }
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
        for (i, &c) in hay[start + 1..end].iter().enumerate() {
            let nd = self.nodes[node as usize];
            if nd.pattern != NONE {
                best = Some((nd.pattern, start + 1 + i));
            }
            let a = nd.first as usize;
            let bytes = &self.edge_bytes[a..a + nd.len as usize];
            match bytes.iter().position(|&b| b == c) {
                Some(k) => node = self.edge_next[a + k],
                None => return best,
            }
        }
        let nd = self.nodes[node as usize];
        if nd.pattern != NONE { Some((nd.pattern, end)) } else { best }
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
