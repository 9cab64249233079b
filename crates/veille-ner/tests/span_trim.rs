//! Tagged place and person spans stop before a verb, a clause or a time word (src/trim.rs,
//! data/span_breakers.tsv), on the shipped models. Sentences written for these tests.

use veille_core::Lang;
use veille_ner::{Models, tag_segmented};

fn names(text: &str, lang: Lang) -> Vec<String> {
    let models = Models::load_default().unwrap();
    let seg = veille_text::segment(text, lang);
    tag_segmented(models.for_lang(lang), text, &seg).iter().map(|s| s.span.slice(text).to_string()).collect()
}

#[test]
fn a_place_span_stops_at_a_clause() {
    let text = "Gunmen killed four traders near Titao, killing also a herder, local sources said on Monday.";
    let got = names(text, Lang::En);
    assert!(got.iter().any(|n| n == "Titao"), "{got:?}");
    assert!(!got.iter().any(|n| n.contains("killing")), "{got:?}");
}

#[test]
fn no_tagged_span_runs_over_an_auxiliary_or_a_reporting_verb() {
    let texts = [
        (
            "Le chef du village de Kourfayel a déclaré que les assaillants étaient venus de la forêt.",
            Lang::Fr,
        ),
        ("Residents of Gorgadji said the attackers came on motorbikes.", Lang::En),
        ("The governor of Tahoua was received by the prime minister in Niamey.", Lang::En),
    ];
    let breakers = [" a ", " déclaré", " said", " was ", " came"];
    for (text, lang) in texts {
        for n in names(text, lang) {
            assert!(!breakers.iter().any(|b| format!("{n} ").contains(b)), "{n:?} in {text:?}");
        }
    }
}
