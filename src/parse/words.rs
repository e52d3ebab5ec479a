//! Words and punctuation of a short stretch of text, for the attribution grammar.
//!
//! Only the text around quotes and speech verbs is tokenized, never the whole article, so the
//! attribution pass stays linear. Tokens go into a buffer the caller reuses: no allocation per
//! word.

use std::cell::Cell;

use super::speech::{self, Facts};

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
    /// The stretches tokenized, in ASCII lower case, each where its tokens' `key_at` say: a
    /// widened stretch's new text goes after the old, whose keys stay where they are.
    keys: String,
    /// Each token's [`Facts`], looked up on first use ([`UNKNOWN`] until then): the grammar
    /// asks about the same words several times per window.
    facts: Vec<Cell<u32>>,
    /// The letter-and-digit flags of the stretch being tokenized (see [`alnum_flags`]).
    alnum: Vec<u8>,
    /// Where [`widen_back`](Self::widen_back) tokenizes the text it puts before the tokens.
    spare: Vec<Tok>,
    /// The facts of the tokens in `spare`.
    spare_facts: Vec<Cell<u32>>,
}

/// A token whose facts are not looked up yet; no word has every flag.
const UNKNOWN: u32 = u32::MAX;

impl Tokens {
    /// Buffers sized for a few sentences, so that reading a window does not grow them.
    #[cfg(test)]
    pub fn new() -> Self {
        Tokens {
            toks: Vec::with_capacity(128),
            keys: String::with_capacity(512),
            facts: Vec::with_capacity(128),
            alnum: Vec::with_capacity(512),
            spare: Vec::new(),
            spare_facts: Vec::new(),
        }
    }

    pub fn clear(&mut self) {
        self.toks.clear();
        self.keys.clear();
        self.facts.clear();
    }

    /// Clears the buffers, giving back any that grew past `keep` bytes.
    pub fn reset(&mut self, keep: usize) {
        use super::release;
        release(&mut self.toks, keep);
        if self.keys.capacity() > keep {
            self.keys = String::new();
        }
        release(&mut self.facts, keep);
        release(&mut self.alnum, keep);
        release(&mut self.spare, keep);
        release(&mut self.spare_facts, keep);
        self.clear();
    }

    /// Appends the tokens of `input[from..to]`. `from` and `to` must be char boundaries.
    pub fn add(&mut self, input: &str, from: usize, to: usize) {
        tokenize(
            input,
            from,
            to,
            &mut self.toks,
            &mut self.keys,
            &mut self.alnum,
        );
        self.facts.resize(self.toks.len(), Cell::new(UNKNOWN));
    }

    /// Widens the stretch these tokens were made from, `input[from..to]` (the only one in the
    /// buffers), to `input[wider..to]`, as if it were tokenized whole. Only the new text and the
    /// first word of the old are read: the seam is the first blank byte of the old stretch,
    /// which no token crosses; with none, the whole is tokenized again.
    pub fn widen_back(&mut self, input: &str, wider: usize, from: usize, to: usize) {
        let seam = input.as_bytes()[from..to]
            .iter()
            .position(|&b| CLASS[b as usize] == BLANK)
            .map(|i| from + i);
        let Some(seam) = seam.filter(|_| wider < from) else {
            self.clear();
            self.add(input, wider, to);
            return;
        };
        let k = self.toks.partition_point(|t| (t.start as usize) < seam);
        // The new tokens, then the old ones from the seam on, built in the spare lists, which
        // then take the place of the old: two copies, where moving the old tokens up in place
        // (a rotation, or a splice) cost several times as much.
        self.spare.clear();
        tokenize(
            input,
            wider,
            seam,
            &mut self.spare,
            &mut self.keys,
            &mut self.alnum,
        );
        let made = self.spare.len();
        self.spare.extend_from_slice(&self.toks[k..]);
        std::mem::swap(&mut self.toks, &mut self.spare);
        // The kept tokens keep the facts looked up for them.
        self.spare_facts.clear();
        self.spare_facts.resize(made, Cell::new(UNKNOWN));
        self.spare_facts.extend_from_slice(&self.facts[k..]);
        std::mem::swap(&mut self.facts, &mut self.spare_facts);
    }

    /// Widens the stretch these tokens were made from, `input[from..to]` (the only one in the
    /// buffers), to `input[from..further]`, as if it were tokenized whole: the seam is the last
    /// blank byte of the old stretch; with none, the whole is tokenized again.
    pub fn widen_ahead(&mut self, input: &str, from: usize, to: usize, further: usize) {
        let seam = input.as_bytes()[from..to]
            .iter()
            .rposition(|&b| CLASS[b as usize] == BLANK)
            .map(|i| from + i);
        let Some(seam) = seam.filter(|_| further > to) else {
            self.clear();
            self.add(input, from, further);
            return;
        };
        let k = self.toks.partition_point(|t| (t.start as usize) < seam);
        self.toks.truncate(k);
        self.facts.truncate(k);
        self.add(input, seam, further);
    }

    /// What the speech lexicon says of token `i` (nothing for a token out of range, as for
    /// any token without a lower-case key).
    pub fn facts(&self, i: usize) -> Facts {
        let Some(cell) = self.facts.get(i) else {
            return Facts::default();
        };
        let known = cell.get();
        if known != UNKNOWN {
            return Facts(known);
        }
        let f = speech::facts_of(self.key(i));
        cell.set(f.0);
        f
    }

    /// Whether token `i` may be a cue verb: `false` only when its [`facts`](Self::facts) say
    /// it is none, told by the shape of its lower-case form without a probe of the table.
    #[inline]
    pub fn may_be_cue(&self, i: usize) -> bool {
        // The key's bytes, without the char-boundary tests of slicing the string: an ASCII
        // word's key is all ASCII.
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let (a, n) = (t.key_at as usize, usize::from(t.key_len));
        match self.keys.as_bytes().get(a..a + n) {
            Some([first, .., last]) => speech::may_be_cue(*first, *last, n),
            Some([only]) => speech::may_be_cue(*only, *only, 1),
            _ => false,
        }
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
    fn punct(start: usize, end: usize, ch: char) -> Tok {
        Tok {
            start: start as u32,
            end: end as u32,
            kind: Kind::Punct,
            ch,
            // No ASCII or General Punctuation mark is upper case.
            cap: !ch.is_ascii() && !('\u{2000}'..='\u{206f}').contains(&ch) && ch.is_uppercase(),
            key_at: 0,
            key_len: 0,
        }
    }

    /// A word of ASCII letters, digits and joiners that starts with the byte `b`.
    #[inline]
    fn ascii_word(start: usize, end: usize, b: u8, key_at: usize) -> Tok {
        let len = end - start;
        Tok {
            start: start as u32,
            end: end as u32,
            kind: Kind::Word,
            ch: b as char,
            cap: b.is_ascii_uppercase(),
            key_at: key_at as u32,
            key_len: if len <= KEY { len as u8 } else { 0 },
        }
    }

    /// A word; `ascii` tells whether all of it is ASCII, and so has a lower-case key: the
    /// same bytes of the window's lower-case copy, at `key_at` in the keys.
    fn word(start: usize, end: usize, ch: char, ascii: bool, key_at: usize) -> Tok {
        let len = end - start;
        let keyed = ascii && len <= KEY;
        Tok {
            start: start as u32,
            end: end as u32,
            kind: Kind::Word,
            ch,
            cap: if ch.is_ascii() {
                ch.is_ascii_uppercase()
            } else {
                ch.is_uppercase()
            },
            key_at: key_at as u32,
            key_len: if keyed { len as u8 } else { 0 },
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

    /// A mark that may close a quotation or a parenthesis after the end of a sentence:
    /// `"`, `”`, `'`, `’`, `»`, `)`.
    pub fn closes_quote(&self) -> bool {
        self.kind == Kind::Punct && matches!(self.ch, '"' | '”' | '\'' | '’' | '»' | ')')
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

/// Words written with a full stop that does not end the sentence.
fn abbreviation(w: &[u8]) -> bool {
    matches!(
        w,
        b"mr"
            | b"mrs"
            | b"ms"
            | b"dr"
            | b"sen"
            | b"rep"
            | b"reps"
            | b"gov"
            | b"gen"
            | b"lt"
            | b"col"
            | b"maj"
            | b"capt"
            | b"sgt"
            | b"adm"
            | b"cmdr"
            | b"prof"
            | b"rev"
            | b"st"
            | b"jr"
            | b"sr"
            | b"inc"
            | b"corp"
            | b"co"
            | b"ltd"
            | b"no"
            | b"vs"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"mt"
            | b"ft"
            | b"ave"
            | b"dept"
            | b"univ"
            | b"pres"
            | b"atty"
            | b"supt"
            | b"insp"
            | b"det"
            | b"messrs"
            | b"hon"
            | b"amb"
            | b"sens"
            | b"cpl"
            | b"pvt"
            | b"gens"
            | b"govs"
            | b"ret"
    )
}

/// AP abbreviations of US states.
fn state(w: &[u8]) -> bool {
    matches!(
        w,
        b"ala"
            | b"ariz"
            | b"ark"
            | b"calif"
            | b"colo"
            | b"conn"
            | b"del"
            | b"fla"
            | b"ga"
            | b"ill"
            | b"ind"
            | b"kan"
            | b"kans"
            | b"ky"
            | b"la"
            | b"md"
            | b"mass"
            | b"mich"
            | b"minn"
            | b"miss"
            | b"mo"
            | b"mont"
            | b"neb"
            | b"nev"
            | b"okla"
            | b"ore"
            | b"pa"
            | b"tenn"
            | b"tex"
            | b"vt"
            | b"va"
            | b"wash"
            | b"wis"
            | b"wyo"
    )
}

pub(crate) fn is_abbreviation(word: &str) -> bool {
    use super::scan::{splat, HIGH, LOW7};
    let b = word.as_bytes();
    // A word of up to eight ASCII letters, as most words before a full stop are: read once into
    // one integer, told to be all letters and put in lower case at once, for the initial and
    // both lists (the same tests as below, which find nothing in seven or eight letters).
    if (1..=8).contains(&b.len()) {
        let mut x = 0u64;
        for (i, &c) in b.iter().enumerate() {
            x |= u64::from(c) << (8 * i);
        }
        // Seven-bit lanes cannot carry into the next; bytes past ASCII are no letters.
        let folded = (x & LOW7) | splat(0x20);
        let letters = (folded + splat(0x80 - b'a')) & !(folded + splat(0x7f - b'z')) & !x & HIGH;
        let lanes = HIGH >> (8 * (8 - b.len()));
        if letters & lanes == lanes {
            if b.len() > 6 {
                return false;
            }
            let lower = super::scan::fold_ascii_case(x).to_le_bytes();
            let lower = &lower[..b.len()];
            let capital = b[0].is_ascii_uppercase();
            return b.len() == 1 && capital
                || abbreviation(lower)
                || capital && b.len() <= 5 && state(lower);
        }
    }
    abbreviation_read_as_written(word)
}

/// [`is_abbreviation`] of any word, read as it is written.
fn abbreviation_read_as_written(word: &str) -> bool {
    let b = word.as_bytes();
    // Initials (`J.`) and dotted abbreviations (`U.S`, `e.g`).
    if b.len() <= 4 {
        let mut chars = word.chars();
        if chars.next().is_some_and(char::is_uppercase) && chars.next().is_none() {
            return true;
        }
    }
    if b.contains(&b'.') {
        return true;
    }
    // Compared as bytes in a stack buffer: every word before a full stop comes here.
    let mut buf = [0u8; 8];
    if b.len() <= 6 && lower_bytes(b, &mut buf).is_some_and(abbreviation) {
        return true;
    }
    // US state abbreviations (`Tampa, Fla.`, `D-Ill.`), capitalised, as AP style writes them;
    // some are words in lower case (`ill.`, `miss.`).
    let last = match b.iter().rposition(|&c| c == b'-') {
        Some(i) => &b[i + 1..],
        None => b,
    };
    last.first().is_some_and(u8::is_ascii_uppercase)
        && last.len() <= 5
        && lower_bytes(last, &mut buf).is_some_and(state)
}

/// `b` in ASCII lower case, in `buf`; `None` when it is longer or not ASCII.
fn lower_bytes<'b>(b: &[u8], buf: &'b mut [u8; 8]) -> Option<&'b [u8]> {
    if b.len() > buf.len() || !b.is_ascii() {
        return None;
    }
    let out = &mut buf[..b.len()];
    for (d, s) in out.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    Some(out)
}

/// `word` in ASCII lower case, in `buf`; `None` when it is too long or not ASCII. The lookups
/// in lower case ([`speech::facts_of_lowered`]) fold the case without writing it out; this is
/// what their tests compare them with.
#[cfg(test)]
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

/// What an ASCII byte is to the tokenizer; every byte of 0x80 and above is [`NON_ASCII`].
const BLANK: u8 = 0;
const PUNCT: u8 = 1;
const ALNUM: u8 = 2;
const NON_ASCII: u8 = 3;

static CLASS: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        t[b] = if c == b' ' || (c >= b'\t' && c <= b'\r') {
            BLANK
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else {
            PUNCT
        };
        b += 1;
    }
    t
};

/// The char at `i` (a char boundary before the end of `text`) and its length.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (b as char, 1);
    }
    let c = text.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ');
    (c, c.len_utf8())
}

/// Appends the tokens of `input[from..to]` to `out`; `alnum` is scratch space for
/// [`alnum_flags`]. `from` and `to` must be char boundaries.
///
/// ASCII text, nearly all of wire copy, is read a byte at a time through a class table; only
/// non-ASCII characters are decoded. Positions are counted from `from`: the window's bytes, its
/// flags and its keys all start there.
fn tokenize(
    input: &str,
    from: usize,
    to: usize,
    out: &mut Vec<Tok>,
    keys: &mut String,
    alnum: &mut Vec<u8>,
) {
    let Some(text) = input.get(from..to) else {
        return;
    };
    // The window in ASCII lower case, once: each ASCII word's key is its own bytes of it. The
    // bytes up to the next multiple of 32 are lower-cased with it when the input has them (and
    // then cut off): the lower-casing does 32 bytes a step, and a byte at a time what is left.
    let base = keys.len();
    let round = from + text.len().next_multiple_of(32);
    keys.push_str(input.get(from..round).unwrap_or(text));
    if let Some(k) = keys.get_mut(base..) {
        k.make_ascii_lowercase();
    }
    keys.truncate(base + text.len());
    alnum_flags(input.as_bytes(), from, text.len(), alnum);
    let flags = &alnum[..];
    out.reserve(text.len());
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        // The run of letters and digits here, if any: most tokens are words, told so by the
        // same read of the flags that finds their end.
        let run = alnum_end(flags, i);
        if run > i {
            // Read here rather than before the run, so that it need not be kept across it.
            let b = bytes[i];
            // A run of letters and digits with a space after it, the commonest word, is done:
            // no joiner, abbreviation dot or byte past ASCII can carry it on.
            if run < n && bytes[run] == b' ' {
                out.push(Tok::ascii_word(from + i, from + run, b, base + i));
                i = run + 1;
                continue;
            }
            // An ASCII word, the common case, read without decoding; a word that runs into a
            // byte past ASCII is read again by the general reader below.
            if let Some(end) = ascii_word(bytes, flags, run) {
                let mut end = end;
                if end < n && bytes[end] == b'.' && is_abbreviation(&text[i..end]) {
                    end += 1;
                }
                out.push(Tok::ascii_word(from + i, from + end, b, base + i));
                // The one space between two words, the commonest byte after a word, is
                // stepped over here rather than read by another turn of the loop.
                i = end + usize::from(end < n && bytes[end] == b' ');
                continue;
            }
            i = wide_token(text, flags, i, out, from, base);
            continue;
        }
        let b = bytes[i];
        let class = CLASS[b as usize];
        if class == BLANK {
            i += 1;
            continue;
        } else if class == PUNCT {
            out.push(Tok::punct(from + i, from + i + 1, b as char));
            // `, ` and `. `: the space after a mark is stepped over in the same turn.
            i += 1 + usize::from(i + 1 < n && bytes[i + 1] == b' ');
            continue;
        }
        i = wide_token(text, flags, i, out, from, base);
    }
}

/// Sets `flags` to a byte for each of `input[from..from + n]` and sixteen more: 0 for an ASCII
/// letter or digit, 0x80 for anything else and for the bytes past `n`. Thirty-two bytes at a
/// time, in steps the compiler turns into vector operations (the last step reads on past the
/// window when the input goes on, its flags cut at `n`), after which [`alnum_end`] finds the
/// end of a run of letters and digits eight bytes at a time with one load and a count of
/// zeros: the same test on the bytes themselves took two dozen arithmetic steps per eight.
fn alnum_flags(input: &[u8], from: usize, n: usize, flags: &mut Vec<u8>) {
    flags.clear();
    flags.reserve(n + 48);
    let mut at = from;
    while at < from + n {
        let f = match input.get(at..).and_then(<[u8]>::first_chunk::<32>) {
            Some(c) => flag32(c),
            None => {
                // The last bytes of the input: the rest of the step reads as zeros.
                let mut c = [0u8; 32];
                let s = input.get(at..).unwrap_or_default();
                c[..s.len()].copy_from_slice(s);
                flag32(&c)
            }
        };
        flags.extend_from_slice(&f);
        at += 32;
    }
    flags.truncate(n);
    flags.extend_from_slice(&[0x80; 16]);
}

/// The [`alnum_flags`] of 32 bytes.
#[inline]
fn flag32(c: &[u8; 32]) -> [u8; 32] {
    let mut f = [0u8; 32];
    for (f, &b) in f.iter_mut().zip(c) {
        // Bitwise, not short-circuit, so that every lane computes the same.
        let letter = (b | 0x20).wrapping_sub(b'a') < 26;
        let digit = b.wrapping_sub(b'0') < 10;
        *f = u8::from(!(letter | digit)) << 7;
    }
    f
}

/// The end of the run of ASCII letters and digits at `k`, by the [`alnum_flags`] of the window
/// (`k` at most the window's length): eight flags at a time, which the flags after the window
/// stop. The first set bit of eight flags is the first byte that is no letter or digit.
#[inline]
fn alnum_end(flags: &[u8], mut k: usize) -> usize {
    while let Some(w) = flags.get(k..).and_then(<[u8]>::first_chunk::<8>) {
        let n = (u64::from_le_bytes(*w).trailing_zeros() / 8) as usize;
        k += n;
        if n < 8 {
            break;
        }
    }
    k
}

/// The end of the ASCII word whose first run of letters and digits ends at `end`: runs joined
/// by single `'`, `-`, `.` or `&`. `None` when it meets a byte past ASCII that may carry it
/// on, for [`wide_token`] to read.
#[inline]
fn ascii_word(bytes: &[u8], flags: &[u8], mut end: usize) -> Option<usize> {
    loop {
        if end >= bytes.len() {
            return Some(end);
        }
        let d = bytes[end];
        if d >= 0x80 {
            return None;
        }
        if let Some(n) = after_joiner(bytes, d, end) {
            if CLASS[n as usize] == ALNUM {
                end = alnum_end(flags, end + 2);
                continue;
            }
            if n >= 0x80 {
                return None;
            }
        }
        return Some(end);
    }
}

/// When `d`, the byte at `end`, is `'`, `-`, `.` or `&`, which join a word to what follows
/// when that is a letter or digit: the byte after it (`None` at the window's end).
#[inline]
fn after_joiner(bytes: &[u8], d: u8, end: usize) -> Option<u8> {
    if matches!(d, b'\'' | b'-' | b'.' | b'&') {
        bytes.get(end + 1).copied()
    } else {
        None
    }
}

/// Reads the token at `i` (a char boundary) of the window `text` of any kind, decoding what is
/// past ASCII, pushes it unless it is a blank, and returns where the next starts; the window
/// starts at `from` in the input and at `base` in the keys. Out of line: it is the rare path,
/// and inlined it crowded the ASCII loop's registers.
#[inline(never)]
fn wide_token(
    text: &str,
    flags: &[u8],
    i: usize,
    out: &mut Vec<Tok>,
    from: usize,
    base: usize,
) -> usize {
    let bytes = text.as_bytes();
    let to = bytes.len();
    let class = CLASS[bytes[i] as usize];
    let (c, len) = char_at(text, i);
    if class == NON_ASCII && !wide_alnum(c) {
        if !c.is_whitespace() {
            out.push(Tok::punct(from + i, from + i + len, c));
        }
        return i + len;
    }
    let start = i;
    let mut end = i + len;
    let mut ascii = class == ALNUM;
    loop {
        end = alnum_end(flags, end);
        if end >= to {
            break;
        }
        let d = bytes[end];
        if d >= 0x80 {
            let (d, dl) = char_at(text, end);
            if wide_alnum(d) {
                ascii = false;
                end += dl;
                continue;
            }
            if matches!(d, '’' | '‑') && end + dl < to {
                let (n, nl) = char_at(text, end + dl);
                if is_alnum(n) {
                    ascii = false;
                    end += dl + nl;
                    continue;
                }
            }
            break;
        }
        if let Some(n) = after_joiner(bytes, d, end) {
            if CLASS[n as usize] == ALNUM {
                end += 2;
                continue;
            }
            if n >= 0x80 {
                let (n, nl) = char_at(text, end + 1);
                if wide_alnum(n) {
                    ascii = false;
                    end += 1 + nl;
                    continue;
                }
            }
        }
        break;
    }
    if end < to && bytes[end] == b'.' && is_abbreviation(&text[start..end]) {
        end += 1;
    }
    out.push(Tok::word(from + start, from + end, c, ascii, base + start));
    end
}

fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        wide_alnum(c)
    }
}

/// `char::is_alphanumeric` for a non-ASCII char, with the General Punctuation block (curly
/// quotes, dashes, ellipses: most of the non-ASCII in English copy) answered without the
/// Unicode tables; none of it is a letter or digit.
#[inline]
fn wide_alnum(c: char) -> bool {
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// The start of a window that reaches `n` bytes back from `at` (not before `floor`), on a char
/// boundary. Carriage returns do not count, so that copy with CRLF line ends is read in the
/// same windows as the same copy with LF.
///
/// `cr` tells whether the input has any carriage return; without one there is nothing to count,
/// and the few steps left are inlined into the caller (the counting is out of line).
#[inline]
pub(crate) fn back(input: &str, cr: bool, floor: usize, at: usize, n: usize) -> usize {
    if cr {
        return back_counting_cr(input, floor, at, n);
    }
    ceil_boundary(input, floor.max(at.saturating_sub(n)), at)
}

/// [`back`] in an input that may hold carriage returns.
#[inline(never)]
fn back_counting_cr(input: &str, floor: usize, at: usize, n: usize) -> usize {
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
/// boundary; carriage returns do not count (see [`back`]).
#[inline]
pub(crate) fn ahead(input: &str, cr: bool, ceil: usize, at: usize, n: usize) -> usize {
    if cr {
        return ahead_counting_cr(input, ceil, at, n);
    }
    floor_boundary(input, ceil.min(input.len()).min(at + n), at)
}

/// [`ahead`] in an input that may hold carriage returns.
#[inline(never)]
fn ahead_counting_cr(input: &str, ceil: usize, at: usize, n: usize) -> usize {
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
pub(crate) fn lf_len(input: &str, cr: bool, a: usize, b: usize) -> usize {
    let bytes = &input.as_bytes()[a.min(b)..b.min(input.len())];
    bytes.len()
        - if cr {
            memchr::memchr_iter(b'\r', bytes).count()
        } else {
            0
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

    /// The tokenizer as first written, a char at a time: the fast one must agree with it.
    fn reference(input: &str, from: usize, to: usize) -> Vec<(usize, usize, Kind, String)> {
        let alnum = |c: char| c.is_alphanumeric();
        let joiner = |c: char| matches!(c, '\'' | '’' | '-' | '.' | '&' | '‑');
        let at = |i: usize| input[i..to].chars().next().unwrap_or(' ');
        let mut out = Vec::new();
        let mut i = from;
        while i < to {
            let c = at(i);
            if !alnum(c) {
                if !(c.is_ascii_whitespace() || c == '\u{b}' || !c.is_ascii() && c.is_whitespace())
                {
                    out.push((i, i + c.len_utf8(), Kind::Punct, String::new()));
                }
                i += c.len_utf8();
                continue;
            }
            let mut end = i + c.len_utf8();
            while end < to {
                let d = at(end);
                if alnum(d) {
                    end += d.len_utf8();
                } else if joiner(d) && end + d.len_utf8() < to && alnum(at(end + d.len_utf8())) {
                    end += d.len_utf8() + at(end + d.len_utf8()).len_utf8();
                } else {
                    break;
                }
            }
            if end < to && input.as_bytes()[end] == b'.' && is_abbreviation(&input[i..end]) {
                end += 1;
            }
            let w = &input[i..end];
            let key = if w.len() <= KEY && w.is_ascii() {
                w.to_ascii_lowercase()
            } else {
                String::new()
            };
            out.push((i, end, Kind::Word, key));
            i = end;
        }
        out
    }

    #[test]
    fn agrees_with_reference() {
        const PARTS: &[&str] = &[
            "a", "Z", "7", " ", "\n", "\r\n", "\t", ".", ",", "'", "’", "-", "‑", "&", "é", "É",
            "ß", "中", "\u{a0}", "\u{2003}", "—", "“", "”", "\"", "Mr", "U.S", "Fla", "said", "(",
            "\u{b}", "\u{c}", "\u{1f}", "𝔸", "٣",
        ];
        let mut next = super::super::xorshift(0x2545_f491_u64);
        let mut toks = Tokens::new();
        for _ in 0..4000 {
            let mut s = String::new();
            for _ in 0..(next() % 24) {
                s.push_str(PARTS[(next() % PARTS.len() as u64) as usize]);
            }
            let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            let a = bounds[(next() % bounds.len() as u64) as usize];
            let b = bounds[(next() % bounds.len() as u64) as usize];
            let (from, to) = (a.min(b), a.max(b));
            // A stretch already in the buffer, so that keys are read at an offset.
            toks.clear();
            toks.add(&s, 0, from);
            let n0 = toks.toks.len();
            toks.add(&s, from, to);
            let got: Vec<_> = (n0..toks.toks.len())
                .map(|i| {
                    let t = toks.toks[i];
                    (
                        t.start as usize,
                        t.end as usize,
                        t.kind,
                        toks.key(i).to_string(),
                    )
                })
                .collect();
            assert_eq!(got, reference(&s, from, to), "{s:?} {from}..{to}");
            for t in &toks.toks[n0..] {
                let c = s[t.start as usize..].chars().next().unwrap_or(' ');
                assert_eq!((t.ch, t.cap), (c, c.is_uppercase()), "{s:?}");
            }
        }
    }

    /// Each token with its lower-case key and facts cache slot, to compare buffers whole.
    fn dump(t: &Tokens) -> Vec<(u32, u32, Kind, char, bool, String)> {
        assert_eq!(t.facts.len(), t.toks.len());
        (0..t.toks.len())
            .map(|i| {
                let x = t.toks[i];
                (x.start, x.end, x.kind, x.ch, x.cap, t.key(i).to_string())
            })
            .collect()
    }

    #[test]
    fn widening_agrees_with_tokenizing_whole() {
        const PARTS: &[&str] = &[
            "a", "Z", "7", " ", " ", "\n", "\r\n", "\t", ".", ",", "'", "’", "-", "‑", "&", "é",
            "中", "\u{a0}", "—", "“", "\"", "Mr", "U.S", "Fla", "said", "word", "\u{b}",
        ];
        let mut next = super::super::xorshift(0x1234_5678_9abc_u64);
        let (mut got, mut want) = (Tokens::new(), Tokens::new());
        let mut seams = 0;
        for _ in 0..6000 {
            let mut s = String::new();
            for _ in 0..(next() % 40) {
                s.push_str(PARTS[(next() % PARTS.len() as u64) as usize]);
            }
            let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            let mut pick: Vec<usize> = (0..3)
                .map(|_| bounds[(next() % bounds.len() as u64) as usize])
                .collect();
            pick.sort_unstable();
            let (a, b, c) = (pick[0], pick[1], pick[2]);
            want.clear();
            want.add(&s, a, c);
            // Back: from `b..c` to `a..c`, after the grammar has looked some facts up.
            got.clear();
            got.add(&s, b, c);
            for i in 0..got.toks.len() {
                got.facts(i);
            }
            got.widen_back(&s, a, b, c);
            assert_eq!(dump(&got), dump(&want), "back {s:?} {a} {b} {c}");
            // Ahead: from `a..b` to `a..c`.
            got.clear();
            got.add(&s, a, b);
            for i in 0..got.toks.len() {
                got.facts(i);
            }
            got.widen_ahead(&s, a, b, c);
            assert_eq!(dump(&got), dump(&want), "ahead {s:?} {a} {b} {c}");
            for i in 0..got.toks.len() {
                assert_eq!(got.facts(i), want.facts(i), "{s:?}");
            }
            seams += usize::from(s[a..b].contains(' ') && a < b && b < c);
        }
        assert!(seams > 1000, "{seams}");
    }

    #[test]
    fn general_punctuation_is_not_alphanumeric() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphanumeric() && !c.is_uppercase(), "{c:?}");
        }
    }

    #[test]
    fn abbreviations_of_letters_as_the_general_test_reads_them() {
        let mut words: Vec<String> = [
            "a", "I", "J", "x", "Mr", "MRS", "mr", "Fla", "fla", "ill", "Ill",
        ]
        .map(String::from)
        .to_vec();
        for w in [
            "mr", "mrs", "sen", "calif", "messrs", "sept", "wash", "ore", "said", "plan", "senate",
            "january", "percent", "mr-fla", "o'neill", "u.s", "a1", "year", "z",
        ] {
            words.push(w.to_string());
            words.push(w.to_uppercase());
            words.push(format!("{}{}", w[..1].to_uppercase(), &w[1..]));
        }
        for w in &words {
            assert_eq!(is_abbreviation(w), abbreviation_read_as_written(w), "{w:?}");
        }
    }

    #[test]
    fn alnum_runs() {
        let mut flags = Vec::new();
        for b in 0..=255u8 {
            for len in [3, 11, 20] {
                let mut w = vec![b'a'; len + 4];
                w[1] = b;
                alnum_flags(&w, 0, len, &mut flags);
                assert_eq!(flags.len(), len + 16);
                assert!(flags[len..].iter().all(|&f| f == 0x80));
                alnum_flags(&w[..len], 0, len, &mut flags);
                assert!(flags[len..].iter().all(|&f| f == 0x80));
                let want = if b.is_ascii_alphanumeric() { len } else { 1 };
                assert_eq!(alnum_end(&flags, 0), want, "{b:#x}");
                assert_eq!(alnum_end(&flags, 2), len, "{b:#x}");
                assert_eq!(alnum_end(&flags, len), len, "{b:#x}");
            }
        }
    }

    #[test]
    fn boundaries() {
        let s = "a—b";
        assert_eq!(ceil_boundary(s, 2, s.len()), 4);
        assert_eq!(floor_boundary(s, 2, 0), 1);
    }
}
