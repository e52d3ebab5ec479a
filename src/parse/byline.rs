//! Bylines: `By JOHN SMITH`, `By Jane Doe and John Roe, Reuters`, `by Jane Doe | AP`,
//! `By Jane Doe, Associated Press Writer`, and a role line under a byline.

use super::lexicon;

/// A byline; offsets relative to the line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct BylineMatch {
    pub authors: Vec<(usize, usize)>,
    pub agency: Option<(usize, usize)>,
    pub role: Option<(usize, usize)>,
}

/// Words that make a byline segment a role rather than a name.
const ROLE_WORDS: &[&str] = &[
    "writer",
    "correspondent",
    "editor",
    "reporter",
    "staff",
    "columnist",
    "contributor",
    "bureau",
    "chief",
    "analyst",
    "special",
    "senior",
    "political",
    "science",
    "medical",
    "business",
    "sports",
    "economics",
    "diplomatic",
    "national",
    "international",
    "foreign",
    "news",
    "service",
    "associate",
    "producer",
    "critic",
    "director",
];

fn is_role(seg: &str) -> bool {
    seg.split_whitespace().any(|w| {
        // Compared in any ASCII case, as a lower-cased copy of each word compared: without
        // the copy's allocation.
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        ROLE_WORDS.iter().any(|r| r.eq_ignore_ascii_case(w))
    })
}

fn trim_span(s: &str, a: usize, b: usize) -> Option<(usize, usize)> {
    let seg = &s[a..b];
    let lead = seg.len() - seg.trim_start().len();
    let t = seg.trim();
    (!t.is_empty()).then_some((a + lead, a + lead + t.len()))
}

/// Parses a byline line (trimmed). `By` must be a word of its own: `Byrne said` is no byline.
/// Inlined: the opening word turns away nearly every paragraph asked, and its first byte
/// does so before the four comparisons, without a call.
#[inline]
pub(crate) fn parse(s: &str) -> Option<BylineMatch> {
    if !matches!(s.as_bytes().first(), Some(b'B' | b'b')) {
        return None;
    }
    parse_rules(s)
}

/// [`parse`] after the test of the first byte.
fn parse_rules(s: &str) -> Option<BylineMatch> {
    let rest = ["By ", "by ", "BY ", "By\u{a0}"]
        .iter()
        .find_map(|p| s.strip_prefix(p))?;
    if super::scan::longer_than(s, 140) || s.contains('\n') {
        return None;
    }
    let names_start = s.len() - rest.len();
    let rest_t = rest.trim_start();
    let first = rest_t.chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    // A byline is names, not a sentence.
    if s.ends_with(['.', '!', '?']) && !s.ends_with(" Jr.") && !s.ends_with(" Sr.") {
        // The last word, after a space or a line break (`\r\n` counts as one, as `\n`).
        let last = s.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
        if last.len() > 4 {
            return None;
        }
    }
    let mut m = BylineMatch::default();
    // Segments split on `,` `|` `/` `—` and ` - `; names inside split on ` and `.
    let mut segs: Vec<(usize, usize)> = Vec::new();
    let mut start = names_start;
    let bytes = s.as_bytes();
    let mut i = names_start;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or(' ');
        let sep_len = if matches!(c, ',' | '|' | '/' | '—' | '–') {
            c.len_utf8()
        } else if bytes[i] == b' ' && s[i..].starts_with(" - ") {
            3
        } else {
            0
        };
        if sep_len > 0 {
            segs.push((start, i));
            start = i + sep_len;
            i += sep_len;
        } else {
            i += c.len_utf8();
        }
    }
    segs.push((start, s.len()));
    for (a, b) in segs {
        let Some((a, b)) = trim_span(s, a, b) else {
            continue;
        };
        let seg = &s[a..b];
        if lexicon::agency(seg).is_some() && m.agency.is_none() {
            m.agency = Some((a, b));
        } else if is_role(seg) {
            m.role.get_or_insert((a, b));
            // `Associated Press Writer`: the agency is inside the role.
        } else if seg.split_whitespace().count() > 6 {
            return None;
        } else {
            // `Jane Doe and John Roe`
            let mut k = a;
            for part in seg.split(" and ") {
                if let Some(sp) = trim_span(s, k, k + part.len()) {
                    m.authors.push(sp);
                }
                k += part.len() + 5;
            }
        }
    }
    if m.authors.is_empty() {
        return None;
    }
    Some(m)
}

/// A line under a byline that gives only the role or agency (`Associated Press Writer`,
/// `Reuters`, `The Associated Press`).
pub(crate) fn role_line(s: &str) -> bool {
    !super::scan::longer_than(s, 60)
        && !s.contains('\n')
        && (lexicon::agency(s).is_some()
            || (is_role(s)
                && s.split_whitespace().count() <= 5
                && s.starts_with(char::is_uppercase)))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::type_complexity)]
    use super::*;

    #[test]
    fn bylines() {
        let rows: &[(&str, &[&str], Option<&str>, Option<&str>)] = &[
            ("By JOHN SMITH", &["JOHN SMITH"], None, None),
            (
                "By Jane Doe and John Roe, Reuters",
                &["Jane Doe", "John Roe"],
                Some("Reuters"),
                None,
            ),
            ("by Jane Doe | AP", &["Jane Doe"], Some("AP"), None),
            (
                "By Jane Doe, Associated Press Writer",
                &["Jane Doe"],
                None,
                Some("Associated Press Writer"),
            ),
            (
                "by Janie Gabbett, Reuters",
                &["Janie Gabbett"],
                Some("Reuters"),
                None,
            ),
            ("BY ABBY CRANE", &["ABBY CRANE"], None, None),
        ];
        for (text, authors, agency, role) in rows {
            let m = parse(text).unwrap_or_else(|| panic!("{text}"));
            let got: Vec<&str> = m.authors.iter().map(|&(a, b)| &text[a..b]).collect();
            assert_eq!(&got, authors, "{text}");
            assert_eq!(m.agency.map(|(a, b)| &text[a..b]), *agency, "{text}");
            assert_eq!(m.role.map(|(a, b)| &text[a..b]), *role, "{text}");
        }
        assert!(parse("Byrne said the plan was sound.").is_none());
        assert!(parse("ABBY CRANE").is_none());
        assert!(parse("by the time the vote was called, most members had gone home.").is_none());
        assert!(role_line("Associated Press Writer"));
        assert!(!role_line("The vote was close."));
    }
}
