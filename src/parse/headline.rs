//! The headline line(s) and the tags written before them (`******`, `UPDATE 2-`, `EXCLUSIVE-`).

use super::lexicon;
use super::scan::{contains, Needle};
use crate::TagKind;

/// A tag at the start of a headline; offsets relative to the headline paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TagMatch {
    pub span: (usize, usize),
    pub kind: TagKind,
    pub number: Option<u32>,
}

/// Splits the tags off the front of a headline. Returns them and where the headline text starts.
pub(crate) fn tags(s: &str) -> (Vec<TagMatch>, usize) {
    let mut out = Vec::new();
    let mut i = 0;
    let stars = s.bytes().take_while(|&b| b == b'*').count();
    if stars >= 2 {
        out.push(TagMatch {
            span: (0, stars),
            kind: TagKind::Flash,
            number: None,
        });
        i = stars;
    }
    // Reuters-style `WORD-` / `WORD n-` tags, upper case, hyphen attached, repeated.
    while out.len() < 4 {
        let rest = &s[i..];
        // A byte search: `str::find` with a char set up a searcher that cost more than the
        // two dozen bytes it read.
        let Some(dash) = memchr::memchr(b'-', super::scan::head(rest, 24).as_bytes()) else {
            break;
        };
        let head = &rest[..dash];
        let (word, number) = match head.rsplit_once(' ') {
            Some((w, n)) if n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() => {
                (w, n.parse().ok())
            }
            _ => (head, None),
        };
        let Some(kind) = lexicon::tag_kind(word) else {
            break;
        };
        let after = &rest[dash + 1..];
        // `CORRECTED-ACME` is a tag; `UPDATE - ACME` is a kicker left in the headline.
        if after.is_empty() || after.starts_with(char::is_whitespace) {
            break;
        }
        out.push(TagMatch {
            span: (i, i + dash + 1),
            kind,
            number,
        });
        i += dash + 1;
    }
    (out, i)
}

/// Whether the first paragraph of an article reads as a headline rather than story text.
pub(crate) fn looks_like_headline(s: &str) -> bool {
    if s.is_empty() || super::scan::longer_than(s, 220) {
        return false;
    }
    let t = s.trim_end();
    // The line breaks and the full stops in one pass, as most headlines have neither: a
    // search for each read every headline twice. Every full stop of `s` is in `t`.
    let (mut lines, mut sentences) = (0, 0);
    for k in memchr::memchr2_iter(b'\n', b'.', s.as_bytes()) {
        if s.as_bytes()[k] == b'\n' {
            // More than three lines: four line breaks, or three with text after the last.
            lines += 1;
            if lines == 4 {
                return false;
            }
        } else if sentences < 2 && sentence_break(t, k) {
            sentences += 1;
        }
    }
    if lines == 3 && !s.ends_with('\n') {
        return false;
    }
    // Photo captions and credit lines above the story are not headlines.
    if photo_credit(t) || t.starts_with("FILE -") || t.starts_with("FILE PHOTO") {
        return false;
    }
    // Story sentences: several sentence breaks, or one long sentence ending in a full stop.
    if sentences >= 2 {
        return false;
    }
    // Counted as in the LF form, so a CRLF headline measures the same; only for a text that
    // ends in a full stop, as most headlines do not.
    if t.ends_with('.') && super::scan::char_len(s) > 160 {
        return false;
    }
    // Last, as the dearest test: a footer line is not a headline.
    super::footer::classify(t).is_none()
}

/// Whether the full stop at `k` of `t` ends a sentence: a space and a capital follow, and the
/// word before it is no abbreviation (`U.S.`, `Mr.`, `Jan.`).
fn sentence_break(t: &str, k: usize) -> bool {
    if t.as_bytes().get(k + 1) != Some(&b' ') {
        return false;
    }
    let before = &t[..k];
    // Split at any blank: a word after a line break (`\r\n` or `\n`) is the same word.
    let last_word = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    last_word.len() > 3 && !last_word.contains('.') && t[k + 2..].starts_with(char::is_uppercase)
}

/// The photo credits that mark a caption above the story. Each has a bracket or a slash (a
/// test holds every one to that), which [`photo_credit`] looks for first.
const PHOTO_CREDIT_TEXTS: [&str; 2] = ["(AP Photo", "REUTERS/"];

/// [`PHOTO_CREDIT_TEXTS`] as needles, worked out once.
const PHOTO_CREDITS: [Needle; 2] = [
    Needle::new(PHOTO_CREDIT_TEXTS[0]),
    Needle::new(PHOTO_CREDIT_TEXTS[1]),
];

/// Whether `t` holds a photo credit, `(AP Photo` or `REUTERS/`. Each has a bracket or a
/// slash, which most headlines have neither of: one search for the two marks turns those away
/// before the searches for the credits.
fn photo_credit(t: &str) -> bool {
    memchr::memchr2(b'(', b'/', t.as_bytes()).is_some()
        && PHOTO_CREDITS.iter().any(|&n| contains(t, n))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::type_complexity)]
    use super::*;

    #[test]
    fn tag_rows() {
        let rows: &[(&str, &[(&str, TagKind)], &str)] = &[
            (
                "UPDATE 2-Oil falls",
                &[("UPDATE 2-", TagKind::Update)],
                "Oil falls",
            ),
            (
                "EXCLUSIVE-Bank weighs sale",
                &[("EXCLUSIVE-", TagKind::Exclusive)],
                "Bank weighs sale",
            ),
            (
                "******U.S. JOBLESS CLAIMS FALL",
                &[("******", TagKind::Flash)],
                "U.S. JOBLESS CLAIMS FALL",
            ),
            (
                "BRIEF-Acme posts Q3 profit",
                &[("BRIEF-", TagKind::Brief)],
                "Acme posts Q3 profit",
            ),
            (
                "FACTBOX-Key facts on the vote",
                &[("FACTBOX-", TagKind::Factbox)],
                "Key facts on the vote",
            ),
            (
                "CORRECTED-UPDATE 1-Gold firm",
                &[
                    ("CORRECTED-", TagKind::Corrected),
                    ("UPDATE 1-", TagKind::Update),
                ],
                "Gold firm",
            ),
            (
                "ECONOMIC SPOTLIGHT - BANKAMERICA",
                &[],
                "ECONOMIC SPOTLIGHT - BANKAMERICA",
            ),
            (
                "ANHEUSER-BUSCH <BUD> TO BUILD PLANT",
                &[],
                "ANHEUSER-BUSCH <BUD> TO BUILD PLANT",
            ),
        ];
        for (text, want, rest) in rows {
            let (got, at) = tags(text);
            let got: Vec<(&str, TagKind)> = got
                .iter()
                .map(|t| (&text[t.span.0..t.span.1], t.kind))
                .collect();
            assert_eq!(&got, want, "{text}");
            assert_eq!(&text[at..], *rest);
        }
    }

    /// [`photo_credit`] against the two searches without the search for their marks.
    #[test]
    fn photo_credits_agree_with_the_searches() {
        let extra = ["(AP Photo", "(AP", "REUTERS/", "REUTERS", "Photo", "(", "/"];
        let mut found = 0;
        for t in crate::parse::scan::generated_texts(16, 20_000, 12, &extra) {
            let want = PHOTO_CREDIT_TEXTS.iter().any(|c| t.contains(c));
            found += usize::from(want);
            assert_eq!(photo_credit(&t), want, "{t:?}");
        }
        assert!(found > 100, "{found}");
        // The gate's premise, for a credit added to the list later.
        for c in PHOTO_CREDIT_TEXTS {
            assert!(c.contains(['(', '/']), "{c:?}");
        }
    }

    #[test]
    fn headline_or_story() {
        assert!(looks_like_headline(
            "North Sea ferry strike ends after two days"
        ));
        assert!(looks_like_headline("Port deal signed."));
        assert!(!looks_like_headline(
            "The ferry strike that stranded thousands of passengers in the North Sea ended on Tuesday after unions and operators agreed a new pay deal, officials said on Wednesday."
        ));
        assert!(!looks_like_headline("Copyright 2024 Acme News"));
    }
}
