//! Words and punctuation of a short stretch of text, for the attribution grammar.
//!
//! Only the text around quotes and speech verbs is tokenized, never the whole article, so the
//! attribution pass stays linear. Tokens go into a buffer the caller reuses: no allocation per
//! word.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters and digits, with inner apostrophes, hyphens and dots (`Kim’s`, `U.S.`, `Mr.`).
    Word,
    /// One punctuation or symbol character.
    Punct,
}

/// One token: its byte span in the input and a few facts the grammar asks often.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    /// The first character.
    pub ch: char,
    /// Whether the first character is upper case.
    pub cap: bool,
}

impl Tok {
    pub fn text<'a>(&self, input: &'a str) -> &'a str {
        input
            .get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.ch == c
    }

    /// `.`, `!` or `?`: the end of a sentence (abbreviation dots stay inside their word).
    pub fn ends_sentence(&self) -> bool {
        self.kind == Kind::Punct && matches!(self.ch, '.' | '!' | '?')
    }

    /// A dash used as punctuation: `—`, `–`, `-`, `―`.
    pub fn is_dash(&self) -> bool {
        self.kind == Kind::Punct && matches!(self.ch, '—' | '–' | '-' | '―' | '‒')
    }

    /// Whether the word starts with a digit.
    pub fn is_number(&self) -> bool {
        self.kind == Kind::Word && self.ch.is_ascii_digit()
    }
}

/// Characters that join two runs of letters into one word.
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '‑')
}

/// Words written with a full stop that does not end the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
    "adm", "cmdr", "prof", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
    "ave", "dept", "univ", "pres", "atty", "supt", "insp", "det", "messrs", "hon", "amb", "sens",
    "cpl", "pvt", "gens", "govs", "ret",
];

pub(crate) fn is_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    let first = chars.next();
    // Initials (`J.`) and dotted abbreviations (`U.S`, `e.g`).
    if first.is_some_and(char::is_uppercase) && chars.next().is_none() {
        return true;
    }
    if word.contains('.') {
        return true;
    }
    let mut buf = [0u8; 24];
    if lower(word, &mut buf).is_some_and(|w| ABBREVIATIONS.contains(&w)) {
        return true;
    }
    // US state abbreviations (`Tampa, Fla.`, `D-Ill.`), capitalised, as AP style writes them;
    // some are words in lower case (`ill.`, `miss.`).
    let last = word.rsplit('-').next().unwrap_or(word);
    last.starts_with(|c: char| c.is_ascii_uppercase())
        && lower(last, &mut buf).is_some_and(|w| STATES.contains(&w))
}

/// AP abbreviations of US states.
const STATES: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
    "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore",
    "pa", "tenn", "tex", "vt", "va", "wash", "wis", "wyo", "ore", "calif",
];

/// `word` in ASCII lower case, in `buf`; `None` when it is too long or not ASCII.
pub(crate) fn lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let b = word.as_bytes();
    if b.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// Appends the tokens of `input[from..to]` to `out`. `from` and `to` must be char boundaries.
pub(crate) fn tokenize(input: &str, from: usize, to: usize, out: &mut Vec<Tok>) {
    let Some(s) = input.get(from..to) else { return };
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            loop {
                match it.peek().copied() {
                    Some((j, d)) if d.is_alphanumeric() => {
                        end = j + d.len_utf8();
                        it.next();
                    }
                    Some((j, d)) if is_joiner(d) => {
                        let after = j + d.len_utf8();
                        match s[after..].chars().next() {
                            Some(n) if n.is_alphanumeric() => {
                                it.next();
                                it.next();
                                end = after + n.len_utf8();
                            }
                            _ => break,
                        }
                    }
                    _ => break,
                }
            }
            if s[end..].starts_with('.') && is_abbreviation(&s[i..end]) {
                it.next();
                end += 1;
            }
            out.push(Tok {
                start: (from + i) as u32,
                end: (from + end) as u32,
                kind: Kind::Word,
                ch: c,
                cap: c.is_uppercase(),
            });
        } else {
            out.push(Tok {
                start: (from + i) as u32,
                end: (from + i + c.len_utf8()) as u32,
                kind: Kind::Punct,
                ch: c,
                cap: false,
            });
        }
    }
}

/// A char boundary at or after `at` (at most `to`).
pub(crate) fn ceil_boundary(s: &str, mut at: usize, to: usize) -> usize {
    while at < to && !s.is_char_boundary(at) {
        at += 1;
    }
    at.min(to)
}

/// A char boundary at or before `at` (at least `from`).
pub(crate) fn floor_boundary(s: &str, mut at: usize, from: usize) -> usize {
    at = at.min(s.len());
    while at > from && !s.is_char_boundary(at) {
        at -= 1;
    }
    at.max(from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        let mut v = Vec::new();
        tokenize(s, 0, s.len(), &mut v);
        v.iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn tokens() {
        let rows: &[(&str, &[&str])] = &[
            (
                "Kim’s voters’ choice.",
                &["Kim’s", "voters", "’", "choice", "."],
            ),
            (
                "Mr. O'Neill, U.S. envoy",
                &["Mr.", "O'Neill", ",", "U.S.", "envoy"],
            ),
            (
                "nuclear-armed J. Smith said",
                &["nuclear-armed", "J.", "Smith", "said"],
            ),
            (
                "it fell 3.5% — again",
                &["it", "fell", "3.5", "%", "—", "again"],
            ),
            ("He left. Then", &["He", "left", ".", "Then"]),
        ];
        for (s, want) in rows {
            assert_eq!(&words(s), want, "{s}");
        }
    }

    #[test]
    fn boundaries() {
        let s = "a—b";
        assert_eq!(ceil_boundary(s, 2, s.len()), 4);
        assert_eq!(floor_boundary(s, 2, 0), 1);
    }
}
