//! Inputs shared by `benches/parse.rs` and `examples/throughput.rs`: the golden-corpus
//! articles by family, long articles generated from their paragraphs, and the `memchr` floor.
#![allow(dead_code)] // each user takes only some of these

/// Every golden-corpus article, by file name.
pub const CORPUS: &[(&str, &str)] = &[
    (
        "001-reuters-modern",
        include_str!("../../tests/corpus/001-reuters-modern.txt"),
    ),
    (
        "002-reuters-1980s",
        include_str!("../../tests/corpus/002-reuters-1980s.txt"),
    ),
    (
        "003-reuters-flash",
        include_str!("../../tests/corpus/003-reuters-flash.txt"),
    ),
    ("004-ap", include_str!("../../tests/corpus/004-ap.txt")),
    (
        "005-ap-1990s",
        include_str!("../../tests/corpus/005-ap-1990s.txt"),
    ),
    ("006-afp", include_str!("../../tests/corpus/006-afp.txt")),
    (
        "007-xinhua",
        include_str!("../../tests/corpus/007-xinhua.txt"),
    ),
    ("008-upi", include_str!("../../tests/corpus/008-upi.txt")),
    ("009-pti", include_str!("../../tests/corpus/009-pti.txt")),
    (
        "010-nyt-service",
        include_str!("../../tests/corpus/010-nyt-service.txt"),
    ),
    (
        "011-staff-feature",
        include_str!("../../tests/corpus/011-staff-feature.txt"),
    ),
    (
        "012-asian-colon",
        include_str!("../../tests/corpus/012-asian-colon.txt"),
    ),
    (
        "013-reuters-dateonly",
        include_str!("../../tests/corpus/013-reuters-dateonly.txt"),
    ),
    (
        "014-prnewswire",
        include_str!("../../tests/corpus/014-prnewswire.txt"),
    ),
    (
        "015-businesswire",
        include_str!("../../tests/corpus/015-businesswire.txt"),
    ),
    (
        "016-globenewswire",
        include_str!("../../tests/corpus/016-globenewswire.txt"),
    ),
];

/// One article per family the throughput target is read on: (family, article).
pub fn families() -> [(&'static str, &'static str); 4] {
    let get = |name: &str| {
        CORPUS
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, t)| *t)
    };
    [
        ("brief", get("013-reuters-dateonly")),
        ("feature-quotes", get("011-staff-feature")),
        ("fixed-width-1980s", get("002-reuters-1980s")),
        ("press-release", get("014-prnewswire")),
    ]
}

/// The floor a parser is measured against: one `memchr3` pass over the bytes counting line
/// breaks, ASCII double quotes and the lead byte of the curly quotes and dashes (U+2000 block).
pub fn floor(bytes: &[u8]) -> usize {
    memchr::memchr3_iter(b'\n', b'"', 0xE2, bytes).count()
}

/// The body paragraphs of the blank-line-separated corpus articles: one-line blocks of story
/// length, without the lede (which carries the dateline) or links. Read from the text, not from
/// the parser, so that the generated inputs do not change when the parser does.
pub fn body_paragraphs() -> Vec<&'static str> {
    let mut out = Vec::new();
    for (_, text) in CORPUS {
        let mut lede_seen = false;
        for block in text.split("\n\n").skip(1) {
            let block = block.trim();
            if block.contains('\n')
                || block.len() < 100
                || block.starts_with('(')
                || block.contains("://")
            {
                continue;
            }
            if !lede_seen {
                lede_seen = true;
                continue;
            }
            out.push(block);
        }
    }
    out
}

/// One long article of at most `target` bytes (and at least one paragraph): a headline, a
/// Reuters dateline, the corpus paragraphs over and over, and a credit line.
pub fn long_article(target: usize) -> String {
    const HEAD: &str = "UPDATE 3-Port strikes spread along the coast as pay talks stall\n\n\
                        LONDON, Jan 16 (Reuters) - ";
    const CREDIT: &str = "(Reporting by Alice Moreau; Editing by Jan Kowalski)\n";
    let paras = body_paragraphs();
    let mut s = String::with_capacity(target + 1024);
    s.push_str(HEAD);
    for (i, p) in paras.iter().cycle().enumerate() {
        if i > 0 && s.len() + p.len() + 2 + CREDIT.len() > target {
            break;
        }
        s.push_str(p);
        s.push_str("\n\n");
    }
    s.push_str(CREDIT);
    s
}
