//! Ingest of every supported format, from fixture files written for veille (fictional reports).

use std::path::{Path, PathBuf};
use veille_core::{Lang, Precision};
use veille_ingest::{Batch, Format, read_bytes, read_file, read_path, sources};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn one_doc(b: &Batch) -> &veille_core::Document {
    assert_eq!(b.items.len(), 1, "{:?}", b.items);
    b.items[0].as_ref().expect("a document")
}

#[test]
fn seed_style_date_header() {
    let b = read_file(&fixture("seed_style.txt"));
    assert_eq!(b.format, Some(Format::Text));
    let d = one_doc(&b);
    assert_eq!(d.published.unwrap().to_string(), "2025-03-14");
    assert!(d.text.starts_with("Des hommes armés ont attaqué jeudi"), "{}", d.text);
    assert_eq!(d.lang, Lang::Fr);
    assert!(d.lang_confidence > 0.5 && d.lang_confidence < 1.0);
    assert_eq!(d.id, veille_core::doc_id(&d.text, None));
    assert_eq!(d.origin.as_deref(), Some(fixture("seed_style.txt").display().to_string().as_str()));
}

#[test]
fn the_seed_report_reads_as_french_month_precision() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed/000_7e068fcccbc325cd.txt");
    if !seed.exists() {
        return; // the shared seed lives outside the repository; nothing to check on other machines
    }
    let b = read_file(&seed);
    let d = one_doc(&b);
    assert_eq!(d.lang, Lang::Fr);
    let p = d.published.unwrap();
    assert_eq!((p.to_string().as_str(), p.precision()), ("2025-04", Precision::Month));
    assert!(!d.text.starts_with("date"), "header left in body");
}

#[test]
fn front_matter_block() {
    let b = read_file(&fixture("front_matter.md"));
    let d = one_doc(&b);
    assert_eq!(
        d.title.as_deref(),
        Some("Niger : la junte annonce le retrait d'un contingent de la force conjointe")
    );
    assert_eq!(d.url.as_deref(), Some("https://journal.example.org/niger/retrait-contingent"));
    assert_eq!(d.id, veille_core::doc_id("", Some("https://journal.example.org/niger/retrait-contingent")));
    assert_eq!(d.published.unwrap().to_string(), "2025-06-02");
    assert_eq!(d.published_time.as_deref(), Some("2025-06-02T07:45:00+01:00"));
    assert_eq!(d.source.as_deref(), Some("Le Journal du Sahel (fictif)"));
    assert_eq!((d.lang, d.lang_confidence), (Lang::Fr, 1.0));
    assert!(d.text.starts_with("Le gouvernement de transition"));
    assert!(!d.text.contains("tags:"));
}

#[test]
fn bare_key_value_header_with_rfc2822_date() {
    let b = read_file(&fixture("bare_header.txt"));
    let d = one_doc(&b);
    assert_eq!(d.title.as_deref(), Some("Mali army says drone strike killed militants near Kidal"));
    assert_eq!(d.published_time.as_deref(), Some("2025-09-10T08:30:00+00:00"));
    assert_eq!(d.lang, Lang::En);
    assert!(d.text.starts_with("Mali's armed forces said"));
}

#[test]
fn latin1_file_is_decoded() {
    let b = read_file(&fixture("latin1_cp1252.txt"));
    let d = one_doc(&b);
    assert!(d.text.contains("L'état-major général des armées a démenti"), "{}", d.text);
    assert!(d.text.contains("« Aucune opération ennemie n'a été enregistrée »"), "{}", d.text);
    assert_eq!(d.published.unwrap().to_string(), "2024-11-20");
    assert_eq!(d.lang, Lang::Fr);
}

#[test]
fn latin1_bytes_written_by_the_test() {
    // ISO-8859-1 bytes built here, so the fixture above is not the only witness.
    let text = "Les forces de défense et de sécurité ont été déployées à Téra après l'attaque.";
    let bytes: Vec<u8> = text.chars().map(|c| u8::try_from(u32::from(c)).unwrap()).collect();
    let d = read_bytes("mem", Some("txt"), &bytes);
    assert_eq!(one_doc(&d).text, text);
}

#[test]
fn bom_files() {
    let b = read_file(&fixture("utf8_bom.txt"));
    let d = one_doc(&b);
    assert_eq!(d.published.unwrap().to_string(), "2025-01-08");
    assert!(d.text.starts_with("Le président de la transition"), "{:?}", d.text);
    assert!(!d.text.contains('\u{feff}'));

    let b = read_file(&fixture("utf16_bom.txt"));
    let d = one_doc(&b);
    assert_eq!(d.published.unwrap().to_string(), "2025-02");
    assert!(d.text.starts_with("The ECOWAS Commission urged"));
    assert_eq!(d.lang, Lang::En);
}

#[test]
fn empty_and_binary_files_are_skipped_with_reason() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"").unwrap();
    std::fs::write(dir.path().join("blank.txt"), b" \n\n ").unwrap();
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0".to_vec();
    png.extend((0u8..=255).cycle().take(4000));
    std::fs::write(dir.path().join("image.png"), &png).unwrap();
    std::fs::write(dir.path().join("ok.txt"), "date 2025-01\nRapport valide sur la situation à Gao.")
        .unwrap();
    let batches = read_path(dir.path()).unwrap();
    let reasons: Vec<(String, String)> = batches
        .iter()
        .flat_map(|b| &b.items)
        .filter_map(|i| i.as_ref().err())
        .map(|s| (Path::new(&s.origin).file_name().unwrap().to_string_lossy().into_owned(), s.reason.clone()))
        .collect();
    assert_eq!(
        reasons,
        vec![
            ("blank.txt".to_string(), "empty".to_string()),
            ("empty.txt".to_string(), "empty".to_string()),
            ("image.png".to_string(), "binary file".to_string()),
        ]
    );
    let docs: Vec<_> = batches.iter().flat_map(|b| &b.items).filter_map(|i| i.as_ref().ok()).collect();
    assert_eq!(docs.len(), 1);
}

#[test]
fn html_article_main_text_and_metadata() {
    let b = read_file(&fixture("article.html"));
    assert_eq!(b.format, Some(Format::Html));
    let d = one_doc(&b);
    assert_eq!(d.title.as_deref(), Some("Burkina Faso : un convoi de ravitaillement attaqué près de Djibo"));
    assert_eq!(d.url.as_deref(), Some("https://observateur.example.net/burkina/convoi-djibo"));
    assert_eq!(d.source.as_deref(), Some("L'Observateur du Nord"));
    assert_eq!(d.published_time.as_deref(), Some("2025-05-18T16:20:00+00:00"));
    assert_eq!((d.lang, d.lang_confidence), (Lang::Fr, 1.0));
    assert!(d.text.contains("Un convoi de ravitaillement escorté par l'armée burkinabè"), "{}", d.text);
    assert!(d.text.contains("Djibo, sous blocus depuis plus de deux ans"));
    for junk in ["Accueil", "Les plus lus", "Tous droits réservés", "dataLayer", "font-family", "Football"]
    {
        assert!(!d.text.contains(junk), "boilerplate `{junk}` kept:\n{}", d.text);
    }
}

#[test]
fn html_without_semantic_tags_keeps_the_article_only() {
    let b = read_file(&fixture("div_soup.html"));
    let d = one_doc(&b);
    assert!(d.text.starts_with("L'armée nigérienne a annoncé mardi"), "{}", d.text);
    assert!(d.text.contains("désertée depuis plusieurs semaines"), "{}", d.text);
    for junk in
        ["Accueil", "Partager", "À lire aussi", "commentaires", "Bravo", "Newsletter", "Mentions légales"]
    {
        assert!(!d.text.contains(junk), "boilerplate `{junk}` kept:\n{}", d.text);
    }
    assert_eq!(d.published.unwrap().to_string(), "2025-03-12");
    assert_eq!(
        d.title.as_deref(),
        Some("Niger : l'armée annonce avoir repris le contrôle de Tassara - Sahel Info")
    );
}

#[test]
fn truncated_html_still_yields_text() {
    let b = read_file(&fixture("truncated.html"));
    let d = one_doc(&b);
    assert!(d.text.contains("Un convoi de ravitaillement escorté"), "{}", d.text);
    assert!(d.text.contains("a-t-il affirmé sous couvert"), "{}", d.text);
    assert_eq!(d.published.unwrap().to_string(), "2025-05-18");

    // Cut inside a multi-byte char of the body, with no closing tags at all.
    let full = std::fs::read(fixture("article.html")).unwrap();
    let body_at = full.windows(9).position(|w| w == b"Un convoi").unwrap();
    let e = "é".as_bytes();
    let cut = body_at + full[body_at..].windows(2).position(|w| w == e).unwrap() + 1;
    let b = read_bytes("cut.html", Some("html"), &full[..cut]);
    let d = one_doc(&b);
    assert!(d.text.ends_with("\n\nUn convoi de ravitaillement escort\u{fffd}"), "{}", d.text);
    assert!(!d.text.contains("Accueil"), "{}", d.text);
}

fn html_with_head(head: &str) -> String {
    format!(
        "<html><head>{head}</head><body><article><p>Les forces armées ont repoussé une attaque contre \
         le camp de Boni, selon un communiqué publié dans la soirée par l'état-major.</p></article></body></html>"
    )
}

#[test]
fn html_publication_date_from_each_kind_of_tag() {
    let cases = [
        (r#"<meta property="article:published_time" content="2025-04-03T10:00:00Z">"#, "2025-04-03"),
        (r#"<meta property="og:published_time" content="2025-04-04">"#, "2025-04-04"),
        (r#"<meta name="date" content="2025-04-05">"#, "2025-04-05"),
        (r#"<meta name="pubdate" content="20 avril 2025">"#, "2025-04-20"),
        (r#"<meta name="dc.date" content="2025-04-06">"#, "2025-04-06"),
        (r#"<meta name="DC.date.issued" content="2025-04-07">"#, "2025-04-07"),
        (r#"<meta itemprop="datePublished" content="2025-04-08T06:00:00+00:00">"#, "2025-04-08"),
        (
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","datePublished":"2025-04-09T08:00:00+02:00"}</script>"#,
            "2025-04-09",
        ),
        (
            r#"<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-04-10"}]}</script>"#,
            "2025-04-10",
        ),
        (
            "<title>T</title></head><body><time datetime=\"2025-04-11T09:00\">11 avril</time><head>",
            "2025-04-11",
        ),
    ];
    for (head, want) in cases {
        let page = html_with_head(head);
        let b = read_bytes("page.html", Some("html"), page.as_bytes());
        let d = one_doc(&b);
        assert_eq!(d.published.map(|p| p.to_string()).as_deref(), Some(want), "{head}");
    }
    // A date that cannot be parsed: unknown, with a warning — not a failure.
    let page = html_with_head(r#"<meta name="date" content="le mois dernier">"#);
    let b = read_bytes("page.html", Some("html"), page.as_bytes());
    assert_eq!(one_doc(&b).published, None);
    assert_eq!(b.warnings.len(), 1, "{:?}", b.warnings);
    // No date at all: unknown, silently.
    let b = read_bytes("page.html", Some("html"), html_with_head("").as_bytes());
    assert_eq!((one_doc(&b).published, b.warnings.len()), (None, 0));
}

#[test]
fn a_template_default_html_lang_yields_to_the_text() {
    // CMS templates often leave <html lang="en-US"> on French pages.
    let page = "<html lang=\"en-US\"><body><article><p>Les forces armées ont repoussé une attaque contre le camp \
                de Boni, selon un communiqué publié dans la soirée par l'état-major, qui fait état de plusieurs \
                blessés parmi les soldats.</p></article></body></html>";
    let b = read_bytes("page.html", Some("html"), page.as_bytes());
    let d = one_doc(&b);
    assert_eq!(d.lang, Lang::Fr);
    assert!(d.lang_confidence < 1.0);
    assert_eq!(b.warnings.len(), 1, "{:?}", b.warnings);
    // A front-matter declaration is the author's word and is kept as is.
    let txt = "lang: en\n\nLes forces armées ont repoussé une attaque contre le camp de Boni.";
    let b = read_bytes("a.txt", Some("txt"), txt.as_bytes());
    assert_eq!((one_doc(&b).lang, one_doc(&b).lang_confidence), (Lang::En, 1.0));
}

#[test]
fn rss_feed_one_document_per_item() {
    let b = read_file(&fixture("feed_rss.xml"));
    assert_eq!(b.format, Some(Format::Feed));
    let docs: Vec<_> = b.items.iter().map(|i| i.as_ref().unwrap()).collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].title.as_deref(), Some("Mali : des renforts déployés à Tessalit"));
    assert_eq!(docs[0].url.as_deref(), Some("https://depeches.example.com/mali/renforts-tessalit"));
    assert_eq!(docs[0].published.unwrap().to_string(), "2025-07-07");
    assert_eq!(docs[0].published_time.as_deref(), Some("2025-07-07T09:15:00+00:00"));
    assert_eq!(
        docs[0].text,
        "L'armée malienne a annoncé lundi l'envoi de renforts à Tessalit après plusieurs jours de combats."
    );
    assert_eq!(docs[0].source.as_deref(), Some("Sahel Dépêches (fictif)"));
    assert_eq!((docs[0].lang, docs[0].lang_confidence), (Lang::Fr, 1.0));
    assert!(docs[1].origin.as_deref().unwrap().ends_with("feed_rss.xml#2"));
    assert_ne!(docs[0].id, docs[1].id);
}

#[test]
fn latin1_feed_with_declaration() {
    let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>Dépêches</title>\
               <item><title>Sécurité à Ménaka</title><link>https://x.example.org/menaka</link>\
               <description>L'armée a déployé des renforts à Ménaka après l'attaque de jeudi.</description></item>\
               </channel></rss>";
    let bytes: Vec<u8> = xml.chars().map(|c| u8::try_from(u32::from(c)).unwrap()).collect();
    let b = read_bytes("feed.xml", Some("xml"), &bytes);
    assert_eq!(b.format, Some(Format::Feed));
    let d = one_doc(&b);
    assert_eq!(d.title.as_deref(), Some("Sécurité à Ménaka"));
    assert_eq!(d.text, "L'armée a déployé des renforts à Ménaka après l'attaque de jeudi.");
    assert_eq!(d.source.as_deref(), Some("Dépêches"));
}

#[test]
fn atom_feed_content_or_summary() {
    let b = read_file(&fixture("feed_atom.xml"));
    let docs: Vec<_> = b.items.iter().map(|i| i.as_ref().unwrap()).collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(
        docs[0].text,
        "Chad will send 1,500 soldiers to the new regional force, its defence minister said on Friday."
    );
    assert_eq!(docs[0].published.unwrap().to_string(), "2025-08-01");
    assert_eq!(docs[0].url.as_deref(), Some("https://brief.example.org/chad-pledge"));
    assert!(docs[1].text.starts_with("Mauritanian forces repelled"));
    // No <published>: the <updated> date stands in.
    assert_eq!(docs[1].published.unwrap().to_string(), "2025-07-30");
    assert_eq!(docs[1].url.as_deref(), Some("https://brief.example.org/mauritania-border"));
    assert_eq!(docs[1].lang, Lang::En);
}

#[test]
fn jsonl_bad_lines_reported_with_their_number_others_kept() {
    let path = fixture("reports.jsonl");
    let b = read_file(&path);
    assert_eq!(b.format, Some(Format::Jsonl));
    let origin = path.display().to_string();
    let skipped: Vec<_> = b.items.iter().filter_map(|i| i.as_ref().err()).collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert_eq!(skipped[0].origin, format!("{origin}:3"));
    assert!(skipped[0].reason.starts_with("malformed JSON"), "{}", skipped[0].reason);
    assert_eq!(skipped[1].origin, format!("{origin}:4"));
    assert_eq!(skipped[1].reason, "no `text` field");

    let docs: Vec<_> = b.items.iter().filter_map(|i| i.as_ref().ok()).collect();
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0].origin.as_deref(), Some(format!("{origin}:1").as_str()));
    assert_eq!(docs[0].title.as_deref(), Some("Enlèvement près de Ménaka"));
    assert_eq!(docs[0].source.as_deref(), Some("ONG Exemple"));
    assert_eq!(docs[1].published.unwrap().to_string(), "2025-02-03");
    assert_eq!(docs[1].lang, Lang::En);
    // Line 6 (after a blank line 5) has an unparseable date: kept, date unknown, warned.
    assert_eq!(docs[2].origin.as_deref(), Some(format!("{origin}:6").as_str()));
    assert_eq!(docs[2].published, None);
    assert_eq!(b.warnings.len(), 1);
    assert_eq!(b.warnings[0].origin, format!("{origin}:6"));
}

#[test]
fn directories_are_walked_sorted_without_hidden_files() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join("b/sub")).unwrap();
    std::fs::create_dir_all(p.join(".git")).unwrap();
    for f in ["b/sub/z.txt", "b/a.txt", "c.txt", ".hidden.txt", ".git/config"] {
        std::fs::write(p.join(f), "date 2025-01\nTexte du rapport sur Gao.").unwrap();
    }
    let names: Vec<String> = sources(&[p])
        .unwrap()
        .into_iter()
        .map(|s| s.origin().strip_prefix(&p.display().to_string()).unwrap().to_string())
        .collect();
    assert_eq!(names, ["/b/a.txt", "/b/sub/z.txt", "/c.txt"]);
    // A symbolic link back up the tree does not read files twice (or forever).
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(p, p.join("b/sub/loop")).unwrap();
        assert_eq!(sources(&[p]).unwrap().len(), 3);
    }
    let missing = sources(&[p.join("nope")]).unwrap_err();
    assert!(missing.to_string().contains("no such file"), "{missing}");
}

#[test]
fn same_text_same_id_whatever_the_container() {
    let text = "Des hommes armés ont attaqué un village près de Ménaka, tuant six civils.";
    let a = read_bytes("a.txt", Some("txt"), format!("date 2025-01-02\n{text}").as_bytes());
    let b = read_bytes("b.jsonl", Some("jsonl"), format!("{{\"text\": \"{text}\"}}").as_bytes());
    assert_eq!(one_doc(&a).id, one_doc(&b).id);
}

#[test]
fn json_array_and_pretty_object() {
    let arr = "[\n  {\"text\": \"Report one about Gao.\", \"title\": \"One\"},\n  {\"title\": \"no text\"},\n  {\"text\": \"Report three about Kidal.\"}\n]";
    let b = read_bytes("dump.json", Some("json"), arr.as_bytes());
    assert_eq!(b.format, Some(Format::Json));
    assert_eq!(b.items.len(), 3);
    assert_eq!(b.items[0].as_ref().unwrap().title.as_deref(), Some("One"));
    assert_eq!(b.items[1].as_ref().unwrap_err().origin, "dump.json#2");
    assert_eq!(b.items[2].as_ref().unwrap().origin.as_deref(), Some("dump.json#3"));
    let obj = "{\n  \"text\": \"Un seul rapport sur Gao.\",\n  \"published\": \"2025-05-01\"\n}\n";
    let b = read_bytes("one.json", Some("json"), obj.as_bytes());
    assert_eq!(b.format, Some(Format::Json));
    assert_eq!(one_doc(&b).published.unwrap().to_string(), "2025-05-01");
}

#[test]
fn stdin_style_reader() {
    let data = "{\"text\": \"Report one about Gao.\"}\n{\"text\": \"Report two about Kidal.\"}\n";
    let b = veille_ingest::read_reader("<stdin>", data.as_bytes()).unwrap();
    assert_eq!(b.items.len(), 2);
    assert_eq!(b.items[1].as_ref().unwrap().origin.as_deref(), Some("<stdin>:2"));
}
