//! BILOU label set over a list of entity types.

/// Label 0 is `O`; entity type `t` (0-based) has `B = 1+4t`, `I = 2+4t`, `L = 3+4t`, `U = 4+4t`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Labels {
    types: Vec<String>,
}

/// Position part of a BILOU label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    O,
    B,
    I,
    L,
    U,
}

impl Labels {
    pub fn new(types: Vec<String>) -> Self {
        Labels { types }
    }
    pub fn types(&self) -> &[String] {
        &self.types
    }
    /// Number of labels (`1 + 4 × types`).
    pub fn len(&self) -> usize {
        1 + 4 * self.types.len()
    }
    pub fn is_empty(&self) -> bool {
        false
    }
    pub fn type_index(&self, name: &str) -> Option<usize> {
        self.types.iter().position(|t| t == name)
    }
    pub fn label(part: Part, ty: usize) -> u16 {
        let base = 1 + 4 * ty as u16;
        match part {
            Part::O => 0,
            Part::B => base,
            Part::I => base + 1,
            Part::L => base + 2,
            Part::U => base + 3,
        }
    }
    /// Part and type of a label (type is meaningless for `O`).
    pub fn split(l: u16) -> (Part, usize) {
        if l == 0 {
            return (Part::O, 0);
        }
        let k = (l - 1) as usize;
        let part = match k % 4 {
            0 => Part::B,
            1 => Part::I,
            2 => Part::L,
            _ => Part::U,
        };
        (part, k / 4)
    }
    /// Whether label `l` may follow `prev` (`None` = sentence start); `last` = final token.
    pub fn allowed(prev: Option<u16>, l: u16, last: bool) -> bool {
        let (pp, pt) = prev.map_or((Part::O, 0), Self::split);
        let (p, t) = Self::split(l);
        let open = matches!(pp, Part::B | Part::I);
        let ok = if open {
            matches!(p, Part::I | Part::L) && t == pt
        } else {
            matches!(p, Part::O | Part::B | Part::U)
        };
        ok && !(last && matches!(p, Part::B | Part::I))
    }
    /// BILOU labels for a sentence of `n` tokens with entities `(first, last_inclusive, type)`.
    pub fn encode(n: usize, ents: &[(usize, usize, usize)]) -> Vec<u16> {
        let mut out = vec![0u16; n];
        for &(a, b, t) in ents {
            if a == b {
                out[a] = Self::label(Part::U, t);
            } else {
                out[a] = Self::label(Part::B, t);
                for x in out.iter_mut().take(b).skip(a + 1) {
                    *x = Self::label(Part::I, t);
                }
                out[b] = Self::label(Part::L, t);
            }
        }
        out
    }
    /// Entities `(first, last_inclusive, type)` of a well-formed label sequence.
    pub fn decode(labels: &[u16]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, &l) in labels.iter().enumerate() {
            match Self::split(l) {
                (Part::U, t) => out.push((i, i, t)),
                (Part::B, _) => start = Some(i),
                (Part::L, t) => {
                    if let Some(s) = start.take() {
                        out.push((s, i, t));
                    }
                }
                (Part::O, _) => start = None,
                (Part::I, _) => {}
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_round_trip() {
        let ents = vec![(0, 0, 1), (2, 4, 0), (6, 7, 2)];
        let l = Labels::encode(9, &ents);
        assert_eq!(Labels::decode(&l), ents);
        let mut prev = None;
        for (i, &x) in l.iter().enumerate() {
            assert!(Labels::allowed(prev, x, i + 1 == l.len()), "label {i}");
            prev = Some(x);
        }
        assert!(!Labels::allowed(None, Labels::label(Part::I, 0), false));
        assert!(!Labels::allowed(Some(Labels::label(Part::B, 0)), Labels::label(Part::L, 1), false));
    }
}
