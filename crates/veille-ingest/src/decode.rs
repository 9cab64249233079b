//! Bytes → text: BOM handling, binary detection, charset detection (chardetng) and decoding
//! (encoding_rs).

use encoding_rs::{Encoding, UTF_8};

/// Why bytes could not be turned into text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Undecodable {
    Empty,
    Binary,
}

impl Undecodable {
    pub fn reason(&self) -> &'static str {
        match self {
            Undecodable::Empty => "empty",
            Undecodable::Binary => "binary file",
        }
    }
}

/// Decoded text and the name of the encoding it was read as.
#[derive(Clone, Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// How many leading bytes the binary check looks at.
const SNIFF_LEN: usize = 8192;

/// Decodes `bytes` to UTF-8 text.
///
/// Order: BOM (UTF-8, UTF-16LE/BE) → binary check (NUL bytes or > 10 % control bytes) → valid
/// UTF-8 → a charset declared in an HTML/XML head → chardetng's guess (Windows-1252 for Latin-1
/// French text).
pub fn decode(bytes: &[u8]) -> Result<Decoded, Undecodable> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return finish(text.into_owned(), enc.name());
    }
    if looks_binary(bytes) {
        return Err(Undecodable::Binary);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return finish(s.to_owned(), UTF_8.name());
    }
    if mostly_utf8(bytes) {
        // A truncated last char or a stray byte in otherwise UTF-8 text: keep UTF-8 (one
        // replacement char) rather than re-reading the whole text as Windows-1252.
        return finish(String::from_utf8_lossy(bytes).into_owned(), UTF_8.name());
    }
    let enc = declared_charset(bytes).unwrap_or_else(|| {
        let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        det.feed(bytes, true);
        det.guess(None, chardetng::Utf8Detection::Deny)
    });
    let (text, _, _) = enc.decode(bytes);
    finish(text.into_owned(), enc.name())
}

fn finish(text: String, encoding: &'static str) -> Result<Decoded, Undecodable> {
    if text.trim().is_empty() {
        return Err(Undecodable::Empty);
    }
    Ok(Decoded { text, encoding })
}

/// True when the bytes hold valid multi-byte UTF-8 chars and at most one invalid sequence per
/// 20 of them (Latin-1 French has no valid multi-byte sequence at all).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    multibyte > 0 && invalid <= (multibyte / 20).max(1)
}

/// NUL bytes, or more than 10 % control bytes other than tab, newline, CR and form feed, in
/// the first 8 KiB. (UTF-16 without a BOM is treated as binary: it is all NUL bytes in
/// Latin text and is not seen in press material.)
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if head.is_empty() {
        return false;
    }
    let mut control = 0usize;
    for &b in head {
        match b {
            0 => return true,
            b'\t' | b'\n' | b'\r' | 0x0c => {}
            0x01..=0x1f | 0x7f => control += 1,
            _ => {}
        }
    }
    control * 10 > head.len()
}

/// `<meta charset="…">`, `<meta http-equiv … content="…; charset=…">` or
/// `<?xml … encoding="…"?>` in the first 2 KiB, when it names an encoding other than UTF-8
/// (the bytes are already known not to be valid UTF-8, so a UTF-8 declaration is a lie).
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    for key in [&b"charset="[..], &b"encoding="[..]] {
        let mut from = 0;
        while let Some(pos) = find(&lower[from..], key) {
            let start = from + pos + key.len();
            let rest = &lower[start..];
            let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
            let end = rest
                .iter()
                .position(|&c| !(c.is_ascii_alphanumeric() || c == b'-' || c == b'_'))
                .unwrap_or(rest.len());
            if let Some(enc) = Encoding::for_label(&rest[..end])
                && enc != UTF_8
            {
                return Some(enc);
            }
            from = start;
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_french_is_decoded_as_windows_1252() {
        // "Armée malienne : l'état-major a déclaré" in ISO-8859-1.
        let bytes: Vec<u8> =
            "Armée malienne : l'état-major a déclaré qu'une opération était en cours à Ménaka."
                .chars()
                .map(|c| c as u32 as u8)
                .collect();
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("état-major a déclaré"), "{}", d.text);
    }

    #[test]
    fn boms_are_removed() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("Ségou".as_bytes());
        assert_eq!(decode(&b).unwrap().text, "Ségou");
        let mut b = vec![0xFF, 0xFE];
        for u in "Gao é".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&b).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Gao é", "UTF-16LE"));
    }

    #[test]
    fn truncated_utf8_stays_utf8() {
        let text = "Les forces armées ont déclaré avoir sécurisé la zone à l'aube. Arrivée à Gao.";
        let bytes = &text.as_bytes()[..text.len() - 4]; // cuts inside "à"? no: inside "Gao." – then cut one more byte of "é"
        let mut cut = bytes.to_vec();
        let e = "é".as_bytes();
        cut.extend_from_slice(&e[..1]);
        let d = decode(&cut).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains("forces armées ont déclaré"));
    }

    #[test]
    fn binary_and_empty() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err(), Undecodable::Binary);
        assert_eq!(decode(b"").unwrap_err(), Undecodable::Empty);
        assert_eq!(decode(b"  \n\t ").unwrap_err(), Undecodable::Empty);
        let ctl: Vec<u8> = (0..100).map(|i| if i % 5 == 0 { 0x01 } else { b'a' }).collect();
        assert!(looks_binary(&ctl));
        assert!(!looks_binary("texte normal\n".as_bytes()));
    }

    #[test]
    fn declared_charset_wins_over_guess() {
        let mut b = b"<html><head><meta charset=\"iso-8859-1\"></head><body>".to_vec();
        b.extend("Arrivée à Tombouctou".chars().map(|c| c as u32 as u8));
        let d = decode(&b).unwrap();
        assert!(d.text.contains("Arrivée à Tombouctou"));
    }
}
