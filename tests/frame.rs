//! The key frame facts of every golden-corpus article (`tests/corpus/`), asserted field by
//! field through the public API, so that a regression names the field that broke rather than
//! showing only a JSON diff. Each article is checked as stored (LF) and with CRLF line endings.

use std::fs;
use std::path::Path;

use newswire::{Article, BoilerplateKind, BoilerplateKind::*};

/// What a correct parse of one corpus article shows.
struct Frame {
    file: &'static str,
    headline: Option<&'static str>,
    tags: &'static [&'static str],
    authors: &'static [&'static str],
    /// The dateline's first place, date as written, first agency and separator.
    place: Option<&'static str>,
    date: Option<&'static str>,
    agency: Option<&'static str>,
    separator: Option<&'static str>,
    /// The article's agency, wherever it was found (dateline, byline, footer, house style).
    article_agency: Option<&'static str>,
    paragraphs: usize,
    footer: &'static [BoilerplateKind],
    /// Fields the parser gets wrong today: `frame_facts` skips them and the ignored
    /// `frame_known_failures` checks them, so the rest of the row still guards the frame.
    known_failures: &'static [&'static str],
}

const ROWS: &[Frame] = &[
    Frame {
        file: "001-reuters-modern.txt",
        headline: Some("Dockworkers at Britain's Marrow Bay extend strike as grain ships queue"),
        tags: &["UPDATE 2-"],
        authors: &[],
        place: Some("LONDON"),
        date: Some("Jan 16"),
        agency: Some("Reuters"),
        separator: Some("-"),
        article_agency: Some("Reuters"),
        paragraphs: 8,
        footer: &[Credit],
        known_failures: &[],
    },
    Frame {
        file: "002-reuters-1980s.txt",
        headline: Some("BAHIA PORT WORKERS END STRIKE, SOYBEAN LOADINGS RESUME"),
        tags: &[],
        authors: &[],
        place: Some("SALVADOR"),
        date: Some("Feb 26"),
        agency: None,
        separator: Some("-"),
        article_agency: Some("Reuters"),
        paragraphs: 6,
        footer: &[SignOff],
        known_failures: &[],
    },
    Frame {
        file: "003-reuters-flash.txt",
        headline: Some("LAKES ELEVATOR WORKERS ACCEPT NEW CONTRACT, UNION SAYS"),
        tags: &["******"],
        authors: &[],
        place: Some("CHICAGO"),
        date: Some("March 4"),
        agency: None,
        separator: Some("-"),
        article_agency: Some("Reuters"),
        paragraphs: 2,
        footer: &[SignOff],
        known_failures: &[],
    },
    Frame {
        file: "004-ap.txt",
        headline: Some("Judge blocks Missouri rule on river barge inspections"),
        tags: &[],
        authors: &["MARTHA ELLISON"],
        place: Some("KANSAS CITY"),
        date: None,
        agency: Some("AP"),
        separator: Some("—"),
        article_agency: Some("AP"),
        paragraphs: 8,
        footer: &[Separator, Contribution],
        known_failures: &[],
    },
    Frame {
        file: "005-ap-1990s.txt",
        headline: Some("Senate panel backs aid for rural hospitals"),
        tags: &[],
        authors: &["TOM VANCE"],
        place: Some("WASHINGTON"),
        date: None,
        agency: Some("AP"),
        separator: Some("_"),
        article_agency: Some("AP"),
        paragraphs: 6,
        footer: &[],
        known_failures: &[],
    },
    Frame {
        file: "006-afp.txt",
        headline: Some("Lebanon's olive growers count losses after driest winter in decades"),
        tags: &[],
        authors: &[],
        place: Some("Beirut"),
        date: None,
        agency: Some("AFP"),
        separator: Some("–"),
        article_agency: Some("AFP"),
        paragraphs: 7,
        footer: &[],
        known_failures: &[],
    },
    Frame {
        file: "007-xinhua.txt",
        headline: Some("China launches new satellite for land resource survey"),
        tags: &[],
        authors: &[],
        place: Some("BEIJING"),
        date: Some("Sept. 2"),
        agency: Some("Xinhua"),
        separator: Some("--"),
        article_agency: Some("Xinhua"),
        paragraphs: 5,
        footer: &[SignOff],
        known_failures: &[],
    },
    Frame {
        file: "008-upi.txt",
        headline: Some("House passes bill to expand veterans' rural clinics"),
        tags: &[],
        authors: &["Daniel Hartmann"],
        place: Some("WASHINGTON"),
        date: Some("Dec. 8"),
        agency: Some("UPI"),
        separator: Some("—"),
        article_agency: Some("UPI"),
        paragraphs: 5,
        footer: &[],
        known_failures: &[],
    },
    Frame {
        file: "009-pti.txt",
        headline: Some("Cabinet approves Rs 4,200-crore scheme for coastal fishing harbours"),
        tags: &[],
        authors: &[],
        place: Some("NEW DELHI"),
        date: Some("Jan 16"),
        agency: Some("PTI"),
        separator: None,
        article_agency: Some("PTI"),
        paragraphs: 4,
        footer: &[],
        known_failures: &[],
    },
    Frame {
        file: "010-nyt-service.txt",
        headline: Some("Florida insurers brace for a costly season as reinsurance prices climb"),
        tags: &[],
        authors: &[],
        place: Some("MIAMI"),
        date: None,
        agency: None,
        separator: Some("_"),
        article_agency: Some("NYT"),
        paragraphs: 5,
        footer: &[],
        known_failures: &[],
    },
    Frame {
        file: "011-staff-feature.txt",
        headline: Some("At 81, Des Moines' last typewriter mechanic has a waiting list"),
        tags: &[],
        authors: &["Karen Lindqvist"],
        place: Some("DES MOINES"),
        date: None,
        agency: None,
        separator: Some("—"),
        article_agency: None,
        paragraphs: 21,
        footer: &[Promo, Promo, Promo],
        known_failures: &[],
    },
    Frame {
        file: "012-asian-colon.txt",
        headline: Some("Russia, Mongolia agree to double rail freight capacity to China"),
        tags: &[],
        authors: &[],
        place: Some("MOSCOW"),
        date: None,
        agency: None,
        separator: Some(":"),
        article_agency: None,
        paragraphs: 6,
        footer: &[Syndication],
        known_failures: &[],
    },
    Frame {
        file: "013-reuters-dateonly.txt",
        headline: Some("Nordvale Mining to buy Arctic copper project for $310 mln"),
        tags: &[],
        authors: &[],
        place: None,
        date: Some("Dec 29"),
        agency: Some("Reuters"),
        separator: Some("-"),
        article_agency: Some("Reuters"),
        paragraphs: 2,
        footer: &[Credit],
        known_failures: &[],
    },
    Frame {
        file: "014-prnewswire.txt",
        headline: Some(
            "Tarheel Robotics Opens $48 Million Manufacturing Center in Raleigh, Creating 220 Jobs",
        ),
        tags: &[],
        authors: &[],
        place: Some("RALEIGH"),
        date: Some("Dec. 5, 2023"),
        agency: Some("PRNewswire"),
        separator: Some("--"),
        article_agency: Some("PRNewswire"),
        paragraphs: 6,
        footer: &[
            About, About, Disclaimer, Disclaimer, Contact, Contact, Contact, Contact, Contact,
            Promo, Source,
        ],
        known_failures: &[],
    },
    Frame {
        file: "015-businesswire.txt",
        headline: Some("Hollis & Grant Capital Closes $750 Million Infrastructure Fund"),
        tags: &[],
        authors: &[],
        place: Some("NEW YORK"),
        date: None,
        agency: Some("BUSINESS WIRE"),
        separator: Some("--"),
        article_agency: Some("BUSINESS WIRE"),
        paragraphs: 4,
        footer: &[
            About, About, Contact, Contact, Contact, Contact, Contact, Contact,
        ],
        known_failures: &[],
    },
    Frame {
        file: "016-globenewswire.txt",
        headline: Some("Lone Pine Analytics Reports Fourth Quarter and Full Year 2024 Results"),
        tags: &[],
        authors: &[],
        place: Some("AUSTIN"),
        date: Some("Feb. 11, 2025"),
        agency: Some("GLOBE NEWSWIRE"),
        separator: Some("--"),
        article_agency: Some("GLOBE NEWSWIRE"),
        paragraphs: 6,
        footer: &[About, About, Contact, Contact, Contact, Copyright, SignOff],
        known_failures: &[],
    },
];

fn read(file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("corpus")
        .join(file);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.replace("\r\n", "\n")
}

/// Checks one row against one parse; returns `(field, message)` for each field that differs.
fn differences(row: &Frame, a: &Article<'_>) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let mut field = |name: &'static str, got: String, want: String| {
        if got != want {
            out.push((name, format!("{name}: got {got}, want {want}")));
        }
    };
    let clean = |s: &str| s.replace('\r', "");
    field(
        "headline",
        format!("{:?}", a.headline().map(|h| clean(&h.text))),
        format!("{:?}", row.headline),
    );
    let tags: Vec<String> = a.headline_tags().map(|t| clean(&t.text)).collect();
    field("tags", format!("{tags:?}"), format!("{:?}", row.tags));
    let authors: Vec<String> = a
        .bylines()
        .flat_map(|b| b.authors.iter().map(|x| clean(&x.text)))
        .collect();
    field(
        "byline authors",
        format!("{authors:?}"),
        format!("{:?}", row.authors),
    );
    let d = a.dateline();
    field(
        "dateline place",
        format!("{:?}", d.and_then(|d| d.place())),
        format!("{:?}", row.place),
    );
    field(
        "dateline date",
        format!(
            "{:?}",
            d.and_then(|d| d.date.as_ref()).map(|x| x.text.as_ref())
        ),
        format!("{:?}", row.date),
    );
    field(
        "dateline agency",
        format!(
            "{:?}",
            d.and_then(|d| d.agencies.first()).map(|x| x.as_str())
        ),
        format!("{:?}", row.agency),
    );
    field(
        "dateline separator",
        format!(
            "{:?}",
            d.and_then(|d| d.separator.as_ref()).map(|x| x.as_str())
        ),
        format!("{:?}", row.separator),
    );
    field(
        "article agency",
        format!("{:?}", a.agency.as_ref().map(|x| x.name.as_ref())),
        format!("{:?}", row.article_agency),
    );
    field(
        "paragraphs",
        a.paragraphs().count().to_string(),
        row.paragraphs.to_string(),
    );
    let kinds: Vec<BoilerplateKind> = a.footer().map(|f| f.kind).collect();
    field(
        "footer kinds",
        format!("{kinds:?}"),
        format!("{:?}", row.footer),
    );
    out
}

/// Checks every row, LF and CRLF; `known` picks the known failures instead of the rest.
fn check_rows(known: bool) -> usize {
    let mut failures = Vec::new();
    let mut checked = 0;
    for row in ROWS {
        if known && row.known_failures.is_empty() {
            continue;
        }
        checked += 1;
        let lf = read(row.file);
        let crlf = lf.replace('\n', "\r\n");
        for (ending, text) in [("LF", &lf), ("CRLF", &crlf)] {
            match newswire::parse(text) {
                Ok(a) => {
                    for (name, d) in differences(row, &a) {
                        if row.known_failures.contains(&name) == known {
                            failures.push(format!("{} ({ending}) {d}", row.file));
                        }
                    }
                }
                Err(e) => failures.push(format!("{} ({ending}) does not parse: {e}", row.file)),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    checked
}

#[test]
fn frame_facts() {
    assert!(check_rows(false) > 0, "no row checked");
}

#[test]
#[ignore = "lists the known failures of Frame::known_failures; none today"]
fn frame_known_failures() {
    // With no row listing a known failure this checks nothing; keep it for the next one.
    check_rows(true);
}

#[test]
fn every_corpus_article_has_a_row() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("corpus");
    let mut files: Vec<String> = fs::read_dir(&dir)
        .expect("tests/corpus is readable")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no article in {}", dir.display());
    let rows: Vec<&str> = ROWS.iter().map(|r| r.file).collect();
    assert_eq!(files, rows, "tests/corpus and ROWS list different articles");
}

#[test]
fn corpus_is_lossless() {
    // Every non-whitespace byte lies in exactly one block, and every block's text is its span.
    for row in ROWS {
        let lf = read(row.file);
        for text in [lf.clone(), lf.replace('\n', "\r\n")] {
            let a = newswire::parse(&text).expect("parses");
            let mut covered = vec![0u8; text.len()];
            let mut last_end = 0;
            for b in &a.blocks {
                let s = b.span();
                assert!(
                    s.start() >= last_end,
                    "{}: blocks overlap or are out of order at {s}",
                    row.file
                );
                last_end = s.end();
                covered[s.range()].iter_mut().for_each(|c| *c += 1);
            }
            for (i, ch) in text.char_indices() {
                if !ch.is_whitespace() {
                    assert_eq!(
                        covered[i], 1,
                        "{}: byte {i} ({ch:?}) is in {} blocks",
                        row.file, covered[i]
                    );
                }
            }
            for p in a.paragraphs() {
                assert_eq!(p.span.as_str(&text), p.text, "{}", row.file);
            }
        }
    }
}
