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

/// The longest word kept in lower case; no lexicon word is longer.
pub(crate) const KEY: usize = 20;

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
    /// Where the word's lower-case form starts in [`Tokens::keys`]; `key_len` is 0 when the word
    /// is longer than [`KEY`] or not ASCII.
    key_at: u32,
    key_len: u8,
}

/// The tokens of some stretches of text, with their words in lower case, computed once so
/// that the grammar's many lookups do not lower-case a word again. Reused between stretches:
/// clearing keeps the allocations.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    pub toks: Vec<Tok>,
    keys: String,
}

impl Tokens {
    /// Buffers sized for a few sentences, so that reading a window does not grow them.
    pub fn new() -> Self {
        Tokens {
            toks: Vec::with_capacity(128),
            keys: String::with_capacity(512),
        }
    }

    pub fn clear(&mut self) {
        self.toks.clear();
        self.keys.clear();
    }

    /// Appends the tokens of `input[from..to]`. `from` and `to` must be char boundaries.
    pub fn add(&mut self, input: &str, from: usize, to: usize) {
        tokenize(input, from, to, &mut self.toks, &mut self.keys);
    }

    /// The lower-case form of token `i`, or `""`.
    pub fn key(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.key_len > 0 => {
                let a = t.key_at as usize;
                self.keys.get(a..a + t.key_len as usize).unwrap_or("")
            }
            _ => "",
        }
    }
}

impl Tok {
    fn new(input: &str, start: usize, end: usize, kind: Kind, ch: char, keys: &mut String) -> Tok {
        let mut key_len = 0;
        let key_at = keys.len() as u32;
        if kind == Kind::Word {
            let w = &input[start..end];
            if w.len() <= KEY && w.is_ascii() {
                keys.push_str(w);
                if let Some(k) = keys.get_mut(key_at as usize..) {
                    k.make_ascii_lowercase();
                }
                key_len = w.len() as u8;
            }
        }
        Tok {
            start: start as u32,
            end: end as u32,
            kind,
            ch,
            cap: ch.is_uppercase(),
            key_at,
            key_len,
        }
    }

    pub fn text<'a>(&self, input: &'a str) -> &'a str {
        input
            .get(self.start as usize..self.end as usize)
            .unwrap_or("")
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
fn abbreviation(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "sen"
            | "rep"
            | "reps"
            | "gov"
            | "gen"
            | "lt"
            | "col"
            | "maj"
            | "capt"
            | "sgt"
            | "adm"
            | "cmdr"
            | "prof"
            | "rev"
            | "st"
            | "jr"
            | "sr"
            | "inc"
            | "corp"
            | "co"
            | "ltd"
            | "no"
            | "vs"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "mt"
            | "ft"
            | "ave"
            | "dept"
            | "univ"
            | "pres"
            | "atty"
            | "supt"
            | "insp"
            | "det"
            | "messrs"
            | "hon"
            | "amb"
            | "sens"
            | "cpl"
            | "pvt"
            | "gens"
            | "govs"
            | "ret"
    )
}

/// AP abbreviations of US states.
fn state(w: &str) -> bool {
    matches!(
        w,
        "ala"
            | "ariz"
            | "ark"
            | "calif"
            | "colo"
            | "conn"
            | "del"
            | "fla"
            | "ga"
            | "ill"
            | "ind"
            | "kan"
            | "kans"
            | "ky"
            | "la"
            | "md"
            | "mass"
            | "mich"
            | "minn"
            | "miss"
            | "mo"
            | "mont"
            | "neb"
            | "nev"
            | "okla"
            | "ore"
            | "pa"
            | "tenn"
            | "tex"
            | "vt"
            | "va"
            | "wash"
            | "wis"
            | "wyo"
    )
}

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
    if word.len() <= 6 && lower(word, &mut buf).is_some_and(abbreviation) {
        return true;
    }
    // US state abbreviations (`Tampa, Fla.`, `D-Ill.`), capitalised, as AP style writes them;
    // some are words in lower case (`ill.`, `miss.`).
    let last = word.rsplit('-').next().unwrap_or(word);
    last.starts_with(|c: char| c.is_ascii_uppercase())
        && last.len() <= 5
        && lower(last, &mut buf).is_some_and(state)
}

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
fn tokenize(input: &str, from: usize, to: usize, out: &mut Vec<Tok>, keys: &mut String) {
    if input.get(from..to).is_none() {
        return;
    }
    let bytes = input.as_bytes();
    let char_at = |i: usize| -> (char, usize) {
        let b = bytes[i];
        if b < 0x80 {
            (b as char, 1)
        } else {
            let c = input[i..to].chars().next().unwrap_or(' ');
            (c, c.len_utf8())
        }
    };
    let alnum = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        }
    };
    let mut i = from;
    while i < to {
        let b = bytes[i];
        if b < 0x80 && !b.is_ascii_alphanumeric() {
            if !(b == b' ' || (b'\t'..=b'\r').contains(&b)) {
                out.push(Tok::new(input, i, i + 1, Kind::Punct, b as char, keys));
            }
            i += 1;
            continue;
        }
        let (c, len) = char_at(i);
        if !alnum(c) {
            if !c.is_whitespace() {
                out.push(Tok::new(input, i, i + len, Kind::Punct, c, keys));
            }
            i += len;
            continue;
        }
        let start = i;
        let mut end = i + len;
        loop {
            // ASCII letters and digits, the common case, a byte at a time.
            while end < to && bytes[end].is_ascii_alphanumeric() {
                end += 1;
            }
            if end >= to {
                break;
            }
            let (d, dl) = char_at(end);
            if alnum(d) {
                end += dl;
                continue;
            }
            if is_joiner(d) && end + dl < to {
                let (n, nl) = char_at(end + dl);
                if alnum(n) {
                    end += dl + nl;
                    continue;
                }
            }
            break;
        }
        if end < to && bytes[end] == b'.' && is_abbreviation(&input[start..end]) {
            end += 1;
        }
        out.push(Tok::new(input, start, end, Kind::Word, c, keys));
        i = end;
    }
}

/// The start of a window that reaches `n` bytes back from `at` (not before `floor`), on a char
/// boundary. Carriage returns do not count, so that copy with CRLF line ends is read in the
/// same windows as the same copy with LF.
pub(crate) fn back(input: &str, floor: usize, at: usize, n: usize) -> usize {
    let bytes = input.as_bytes();
    let mut from = floor.max(at.saturating_sub(n));
    for _ in 0..8 {
        let crs = memchr::memchr_iter(b'\r', &bytes[from..at]).count();
        let next = floor.max(at.saturating_sub(n + crs));
        if next == from {
            break;
        }
        from = next;
    }
    ceil_boundary(input, from, at)
}

/// The end of a window that reaches `n` bytes on from `at` (not past `ceil`), on a char
/// boundary; carriage returns do not count.
pub(crate) fn ahead(input: &str, ceil: usize, at: usize, n: usize) -> usize {
    let bytes = input.as_bytes();
    let ceil = ceil.min(bytes.len());
    let mut to = ceil.min(at + n);
    for _ in 0..8 {
        let crs = memchr::memchr_iter(b'\r', &bytes[at..to]).count();
        let next = ceil.min(at + n + crs);
        if next == to {
            break;
        }
        to = next;
    }
    floor_boundary(input, to, at)
}

/// The length of `input[a..b]` without its carriage returns.
pub(crate) fn lf_len(input: &str, a: usize, b: usize) -> usize {
    let bytes = &input.as_bytes()[a.min(b)..b.min(input.len())];
    bytes.len() - memchr::memchr_iter(b'\r', bytes).count()
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
        let mut t = Tokens::default();
        t.add(s, 0, s.len());
        t.toks.iter().map(|x| x.text(s)).collect()
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
