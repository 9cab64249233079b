//! A prefilter for exact lookups of short folded keys (lexicon words and phrases looked up at
//! every token): which (first byte, byte length) pairs occur among the keys. One table load
//! tells most words that cannot be a key before they are hashed and compared.

/// The (first byte, byte length) pairs of a set of keys; lengths of 63 bytes and more share
/// one bit. [`KeyFilter::may_contain`] is false only for a word no key can equal.
#[derive(Clone, Debug)]
pub struct KeyFilter {
    lens: Box<[u64; 256]>,
    empty: bool,
}

impl Default for KeyFilter {
    fn default() -> Self {
        KeyFilter { lens: Box::new([0; 256]), empty: false }
    }
}

impl KeyFilter {
    #[inline]
    fn bit(len: usize) -> u64 {
        1u64 << len.min(63)
    }

    /// Adds a key.
    pub fn insert(&mut self, key: &[u8]) {
        match key.first() {
            Some(&b) => self.lens[b as usize] |= Self::bit(key.len()),
            None => self.empty = true,
        }
    }

    /// Whether some key may equal `key` (false: none does).
    #[inline]
    pub fn may_contain(&self, key: &[u8]) -> bool {
        match key.first() {
            Some(&b) => self.may_contain_parts(b, key.len()),
            None => self.empty,
        }
    }

    /// [`may_contain`](Self::may_contain) for a key of `len` bytes (at least one) starting with byte `first`.
    #[inline]
    pub fn may_contain_parts(&self, first: u8, len: usize) -> bool {
        self.lens[first as usize] & Self::bit(len) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_only_words_no_key_can_equal() {
        let keys = ["selon", "a", "declare", "x".repeat(70).as_str()].map(str::to_string);
        let mut f = KeyFilter::default();
        for k in &keys {
            f.insert(k.as_bytes());
        }
        for k in &keys {
            assert!(f.may_contain(k.as_bytes()), "{k}");
        }
        assert!(f.may_contain(b"selin"), "same first byte and length: maybe");
        assert!(f.may_contain("x".repeat(64).as_bytes()), "long keys share a bit");
        assert!(!f.may_contain(b"le"));
        assert!(!f.may_contain(b"sel"));
        assert!(!f.may_contain(b""));
        f.insert(b"");
        assert!(f.may_contain(b""));
    }
}
