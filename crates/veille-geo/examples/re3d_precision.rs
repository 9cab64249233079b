//! Development aid: precision of place detection on the re3d English documents (security
//! reports on Syria/Iraq: places mostly outside the gazetteer, so this measures false alarms in
//! English text). A predicted mention is right when it overlaps a gold Location (or a
//! Nationality/Organisation whose text names a country is counted as wrong).
//! Usage: cargo run --release -p veille-geo --example re3d_precision -- ../shared/data/ner/re3d_en
use std::collections::HashMap;
use veille_core::Lang;

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("re3d_en directory"));
    let gp = veille_geo::Geoparser::load_default().expect("geoparser");
    let (mut pred, mut right) = (0usize, 0usize);
    let (mut pred_nc, mut right_nc) = (0usize, 0usize); // excluding countries (often actors here)
    let mut wrong = Vec::new();
    let mut subsets: Vec<_> =
        std::fs::read_dir(&dir).expect("dir").filter_map(|e| e.ok()).map(|e| e.path()).collect();
    subsets.sort();
    for sub in subsets {
        let (Ok(docs), Ok(ents)) = (
            std::fs::read_to_string(sub.join("documents.json")),
            std::fs::read_to_string(sub.join("entities.json")),
        ) else {
            continue;
        };
        let mut gold: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        for l in ents.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(l) else { continue };
            if v["type"] == "Location" {
                let d = v["documentId"].as_str().unwrap_or("").to_string();
                gold.entry(d).or_default().push((
                    v["begin"].as_u64().unwrap_or(0) as usize,
                    v["end"].as_u64().unwrap_or(0) as usize,
                ));
            }
        }
        for l in docs.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(l) else { continue };
            let text = v["text"].as_str().unwrap_or("");
            let id = v["_id"].as_str().unwrap_or("");
            // re3d offsets are char offsets
            let bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
            let g: Vec<(usize, usize)> = gold
                .get(id)
                .into_iter()
                .flatten()
                .filter(|(s, e)| *s < bytes.len() && *e < bytes.len())
                .map(|&(s, e)| (bytes[s], bytes[e]))
                .collect();
            let seg = veille_text::segment(text, Lang::En);
            for m in gp.annotate(text, &seg, Lang::En, &[]) {
                pred += 1;
                let ok = g.iter().any(|&(s, e)| m.name_span.start < e && s < m.name_span.end);
                right += usize::from(ok);
                if m.feature_code.as_deref() != Some("PCLI") {
                    pred_nc += 1;
                    right_nc += usize::from(ok);
                }
                if !ok && wrong.len() < 30 && m.feature_code.as_deref() != Some("PCLI") {
                    wrong.push(format!("{:?} -> {} {:?}", m.name_span.slice(text), m.name, m.geonames_id));
                }
            }
        }
    }
    println!(
        "re3d: {pred} predicted place mentions, {right} overlap a gold Location: precision {:.3}",
        right as f64 / pred.max(1) as f64
    );
    println!(
        "  excluding countries: {pred_nc} predicted, {right_nc} right: precision {:.3}",
        right_nc as f64 / pred_nc.max(1) as f64
    );
    for w in wrong {
        println!("  not gold: {w}");
    }
}
