//! Datelines in every wire's style: `LONDON, Jan 16 (Reuters) -`, `SALVADOR, Feb 26 -`,
//! `KANSAS CITY, Mo. (AP) —`, `Beirut (AFP) –`, `MIAMI _`, `MOSCOW:`, `Dec 29 (Reuters) -`,
//! `RALEIGH, N.C., Dec. 5, 2023 /PRNewswire/ --`, `NEW YORK--(BUSINESS WIRE)--`.

use super::date::{self, DateMatch};
use super::lexicon;
use super::scan::head;

/// A few spans kept in place: a dateline is tried at several paragraphs of every article,
/// and a `Vec` for its places and agencies cost two allocations a try.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Spans<const N: usize> {
    spans: [(usize, usize); N],
    len: usize,
}

impl<const N: usize> Spans<N> {
    fn new() -> Self {
        Spans {
            spans: [(0, 0); N],
            len: 0,
        }
    }

    /// Adds a span; [`parse`] never adds more than `N` (the rules cap the places at seven and
    /// the agencies at two).
    fn push(&mut self, s: (usize, usize)) {
        if let Some(slot) = self.spans.get_mut(self.len) {
            *slot = s;
            self.len += 1;
        }
    }
}

/// Equal when the spans held are: the slots past them may hold those of an earlier reading
/// (see [`DatelineMatch::clear`]).
impl<const N: usize> PartialEq for Spans<N> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<const N: usize> Eq for Spans<N> {}

impl<const N: usize> std::ops::Deref for Spans<N> {
    type Target = [(usize, usize)];

    fn deref(&self) -> &[(usize, usize)] {
        &self.spans[..self.len]
    }
}

/// A dateline found at the start of a paragraph; offsets are relative to the paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DatelineMatch {
    /// One past the separator (or the agency, when no separator follows).
    pub end: usize,
    pub places: Spans<8>,
    pub date: Option<(usize, DateMatch)>,
    pub agencies: Spans<4>,
    pub separator: Option<(usize, usize)>,
    /// How sure the match is: an agency or a date makes it strong.
    pub strength: Strength,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Strength {
    /// A capitalised place and a separator only (`MIAMI _`, `DES MOINES, Iowa —`, `MOSCOW:`).
    Weak,
    /// A place with a date (`SALVADOR, Feb 26 -`).
    Dated,
    /// An agency credit (`(Reuters) -`, `/PRNewswire/`).
    Credited,
}

impl DatelineMatch {
    /// A match with nothing in it, for [`parse_into`] to fill.
    pub fn new() -> Self {
        DatelineMatch {
            end: 0,
            places: Spans::new(),
            date: None,
            agencies: Spans::new(),
            separator: None,
            strength: Strength::Weak,
        }
    }

    /// Empties the match for another reading, without writing over its lists' slots: only
    /// their lengths are read.
    fn clear(&mut self) {
        self.end = 0;
        self.places.len = 0;
        self.date = None;
        self.agencies.len = 0;
        self.separator = None;
        self.strength = Strength::Weak;
    }

    /// The bare `CITY _` form of the New York Times News Service wire, which names no agency.
    pub fn is_nyt_style(&self, s: &str) -> bool {
        self.agencies.is_empty() && self.separator.is_some_and(|(a, b)| &s[a..b] == "_")
    }

    pub fn separator_is_colon(&self, s: &str) -> bool {
        self.separator.is_some_and(|(a, b)| &s[a..b] == ":")
    }
}

/// Horizontal space inside a dateline: ASCII space and tab, NO-BREAK SPACE, NARROW NBSP.
/// Compared as bytes (U+00A0 is `C2 A0`, U+202F is `E2 80 AF`): decoding a character at each
/// step cost more than the rest of the dateline's word scan.
fn hspace_len(s: &str, i: usize) -> usize {
    date::gap_len(s.as_bytes().get(i..).unwrap_or_default())
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-' | '&')
}

/// The end of the place word at `j`: letters and `.'’-&`, a hyphen only before a letter (it
/// joins `WINSTON-SALEM`; before anything else it is a separator). ASCII a byte at a time.
/// Also whether the word has a lower-case letter, told as its chars pass: [`place`] asks, and
/// reading the word again for it cost about as much as finding its end.
fn word_end(s: &str, j: usize) -> (usize, bool) {
    let b = s.as_bytes();
    let mut k = j;
    let mut lower = false;
    loop {
        // A run of ASCII letters, most bytes of every word, with one comparison a byte (a
        // letter with its case bit set is a lower-case one): the bits of the letters are
        // or-ed together and the case bit read once.
        let mut bits = 0;
        while let Some(&c) = b.get(k) {
            if (c | 0x20).wrapping_sub(b'a') >= 26 {
                break;
            }
            bits |= c;
            k += 1;
        }
        lower |= bits & 0x20 != 0;
        let Some(&c) = b.get(k) else { break };
        if matches!(c, b'.' | b'\'' | b'&') {
            k += 1;
        } else if c >= 0x80 {
            match s[k..].chars().next() {
                Some(ch) if is_word_char(ch) => {
                    lower |= ch.is_lowercase();
                    k += ch.len_utf8();
                }
                _ => break,
            }
        } else if c == b'-' && s[k + 1..].chars().next().is_some_and(char::is_alphabetic) {
            k += 1;
        } else {
            break;
        }
    }
    (k, lower)
}

/// Lower-case words allowed inside a place name (`Dar es Salaam`, `Rio de Janeiro`).
const PLACE_CONNECTORS: &[&str] = &[
    "de", "es", "la", "el", "du", "des", "da", "do", "of", "upon", "on", "al", "del", "le", "di",
];

/// A place: one to six words, the first starting with a letter. Returns (end, all_caps).
/// `lenient` lets the first word start in lower case (1980s Reuters `sioux falls`).
fn place(s: &str, i: usize, lenient: bool) -> Option<(usize, bool)> {
    let mut j = i;
    let mut words = 0;
    let mut all_caps = true;
    let mut end = i;
    loop {
        let w_start = j;
        let first = s[j..].chars().next()?;
        if !first.is_alphabetic() {
            break;
        }
        let (k, lower) = word_end(s, j);
        let word = &s[w_start..k];
        // A month followed by a day starts the date, not more place.
        let month_initial = matches!(
            first.to_ascii_lowercase(),
            'j' | 'f' | 'm' | 'a' | 's' | 'o' | 'n' | 'd'
        );
        if words > 0 && month_initial && date::date(&s[w_start..]).is_some() {
            break;
        }
        // Every connector is in lower case.
        let is_connector =
            words > 0 && first.is_ascii_lowercase() && PLACE_CONNECTORS.contains(&word);
        if first.is_lowercase() && !is_connector && !lenient {
            break;
        }
        if lower && !is_connector {
            all_caps = false;
        }
        // The word holds `first`, a letter, which [`word_end`] always takes (a test holds it
        // to that): no test of the word for a letter is needed.
        words += 1;
        end = k;
        if words >= 6 {
            break;
        }
        let sp = hspace_len(s, k);
        if sp == 0 || sp > 2 {
            break;
        }
        j = k + sp;
    }
    (words > 0).then_some((end, all_caps))
}

/// `(Agency)` at `i`: returns (end past ')', inner span trimmed, known agency?). Inlined, so
/// that the test of the bracket, which turns away most places asked, costs no call.
#[inline]
fn paren_agency(s: &str, i: usize) -> Option<(usize, (usize, usize), bool)> {
    if s.as_bytes().get(i) != Some(&b'(') {
        return None;
    }
    paren_agency_rules(s, i)
}

/// [`paren_agency`] after the test of the bracket.
fn paren_agency_rules(s: &str, i: usize) -> Option<(usize, (usize, usize), bool)> {
    let rest = s.get(i..)?;
    let close = head(rest, 60).find(')')?;
    let inner = &rest[1..close];
    if inner.contains(['(', '\n']) {
        return None;
    }
    let lead = inner.len() - inner.trim_start().len();
    let a = i + 1 + lead;
    let b = i + 1 + inner.trim_end().len();
    if a >= b {
        return None;
    }
    let known = lexicon::agency(&s[a..b]).is_some();
    Some((i + close + 1, (a, b), known))
}

/// A separator at `i` (after optional horizontal space): returns (start, end).
fn separator(s: &str, i: usize) -> Option<(usize, usize)> {
    let j = i + hspace_len(s, i);
    let rest = &s[j..];
    // The longest of `---`, `--`, `—`, `–`, `-`, `_` that opens `rest`, told by its first
    // byte rather than by trying each in turn (an em or en dash is `E2 80 94` or `E2 80 93`).
    let b = rest.as_bytes();
    let len = match b.first() {
        Some(b'-') => b.iter().take(3).take_while(|&&c| c == b'-').count(),
        Some(b'_') => 1,
        Some(0xE2) if matches!(b.get(1..3), Some([0x80, 0x93 | 0x94])) => 3,
        _ => return None,
    };
    let after = &rest[len..];
    // The separator stands alone: followed by space or the paragraph's end, or, after a
    // space, by the story's first mark (`March 20 -<Quotron Systems>`).
    let attached_ok = j > i
        && after.starts_with(|c: char| c.is_uppercase() || matches!(c, '<' | '"' | '“' | '('));
    (after.is_empty() || after.starts_with(char::is_whitespace) || attached_ok)
        .then_some((j, j + len))
}

/// Whether the text after a dateline reads as the start of a story.
fn body_follows(s: &str, at: usize) -> bool {
    let rest = s[at..].trim_start();
    let Some(first) = rest.chars().next() else {
        return false;
    };
    let starts_ok = first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(
            first,
            '"' | '“' | '‘' | '\'' | '`' | '«' | '(' | '$' | '£' | '€' | '<' | '['
        );
    starts_ok
        && rest
            .chars()
            .filter(|&c| c != '\r')
            .take(400)
            .any(char::is_lowercase)
}

/// Whether `rest` opens with a sentence rather than a table or a heading: some lower-case
/// words among its first dozen.
fn prose_follows(rest: &str) -> bool {
    rest.split_whitespace()
        .take(12)
        .filter(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, ',' | '.' | '\'' | '’'))
        })
        .count()
        >= 3
}

/// Parses a dateline at the start of `s` (a paragraph, trimmed at the front).
pub(crate) fn parse(s: &str) -> Option<DatelineMatch> {
    let mut m = DatelineMatch::new();
    parse_into(s, &mut m).then_some(m)
}

/// [`parse`] into a match the caller keeps: whether `s` opens with a dateline, which is then
/// in `m` (what `m` holds otherwise is of no use). The frame tries a dateline at a few
/// paragraphs of every article; a match of a few hundred bytes, cleared and returned by value,
/// cost more in copying than most of the rules that fill it.
pub(crate) fn parse_into(s: &str, m: &mut DatelineMatch) -> bool {
    // A long paragraph goes to the rules, which read only its head: searching all of it for a
    // mark would read it to the end, a pass over the input for a one-paragraph article.
    if s.len() <= MARK_SEARCH && !has_dateline_mark(s) {
        return false;
    }
    reuters_dated(s, m) || read(s, m).is_some()
}

/// The commonest dateline, 1980s Reuters' `CITY, Mon DD -` (`LOS ANGELES, Feb 26 -`, `PALO
/// ALTO, Calif., March 3 -`): one to five words of ASCII capitals, a comma and a space, a
/// state of one word and another comma if any, a date and a separator. `true` when `s`
/// opens with one, then read into `m` as [`read`] reads it; `false` when it does not or when
/// this reading is not sure, for [`read`] to decide. Half the stories of the Reuters corpus
/// open so, and [`read`] took some 900 instructions over each: the place's words are read
/// for every mark a place may hold, then the loop of places, dates and credits is walked.
/// A test holds the two to the same matches.
fn reuters_dated(s: &str, m: &mut DatelineMatch) -> bool {
    let b = s.as_bytes();
    // [`read`] tries a date at the front before a place (`MARCH 3 -`).
    if !b.first().is_some_and(u8::is_ascii_uppercase) || date::date(s).is_some() {
        return false;
    }
    // The place, as [`place`] reads words of capitals: a word after the first that opens a
    // date ends the place, which is left to [`read`].
    let mut k = 0;
    let mut words = 0;
    loop {
        let w = k;
        while b.get(k).is_some_and(u8::is_ascii_uppercase) {
            k += 1;
        }
        words += 1;
        if words > 1 && date::date(&s[w..]).is_some() {
            return false;
        }
        match b.get(k) {
            Some(b',') => break,
            Some(b' ') if words < 5 && b.get(k + 1).is_some_and(u8::is_ascii_uppercase) => {
                k += 1;
            }
            _ => return false,
        }
    }
    let p_end = k;
    // `, ` and the date, or a state of one word (`Calif.`, `Texas`) before `, ` and the date;
    // a second comma after the place or after the date is left to [`read`].
    let comma_gap = |at: usize| {
        (b.get(at) == Some(&b',') && b.get(at + 1) == Some(&b' '))
            .then(|| at + 1 + hspace_len(s, at + 1))
    };
    let Some(mut at) = comma_gap(p_end) else {
        return false;
    };
    let mut state = None;
    let d = match date::date(&s[at..]) {
        Some(d) => d,
        None => {
            // The state as [`place`] reads it: a word of ASCII letters and full stops.
            if !b.get(at).is_some_and(u8::is_ascii_uppercase) {
                return false;
            }
            let mut e = at + 1;
            while b
                .get(e)
                .is_some_and(|&c| c.is_ascii_alphabetic() || c == b'.')
            {
                e += 1;
            }
            state = Some((at, e));
            let Some(next) = comma_gap(e) else {
                return false;
            };
            at = next;
            let Some(d) = date::date(&s[at..]) else {
                return false;
            };
            d
        }
    };
    let i = at + d.len;
    let k = i + hspace_len(s, i);
    // No credit (`(Reuters)`, `/PRNewswire/`, `--(BUSINESS WIRE)`): a dash.
    if b.get(k) != Some(&b'-') || s[k..].starts_with("--(") {
        return false;
    }
    let Some(sep) = separator(s, i) else {
        return false;
    };
    m.clear();
    m.places.push((0, p_end));
    if let Some(state) = state {
        m.places.push(state);
    }
    m.date = Some((at, d));
    m.separator = Some(sep);
    m.end = sep.1;
    m.strength = Strength::Dated;
    true
}

/// The longest paragraph [`parse`] searches for a dateline's mark before it tries the rules.
const MARK_SEARCH: usize = 1024;

/// The longest text [`has_dateline_mark`] reads whole in one block.
const SHORT_MARK_TEXT: usize = 48;

/// Whether `s` has a mark that every dateline has: the colon, bracket or slash of a credit or
/// colon style, or a separator's dash or underscore (`—`, `–`). Most headlines and many
/// paragraphs have none, and the dateline rules are the dearest of the frame; a paragraph that
/// has one usually has it early, where the search stops. The curly quotes and apostrophes
/// that share the dashes' lead byte are passed over.
fn has_dateline_mark(s: &str) -> bool {
    let b = s.as_bytes();
    // A short text, a headline most often, is read once whole: copied into a block of zeros
    // of a fixed length, its bytes are compared with all six marks at once in vector
    // instructions, with no call and no byte-at-a-time tail. The two `memchr3` searches cost
    // more in setting up than in reading a headline, and twice that when it has no mark. A
    // text whose only candidate is the dashes' lead byte goes on to them, which tell a dash
    // from a curly quote.
    if b.len() <= SHORT_MARK_TEXT {
        let block = super::scan::padded::<SHORT_MARK_TEXT>(b);
        let (plain, lead) = block.iter().fold((false, false), |(plain, lead), &c| {
            (
                plain | matches!(c, b'-' | b':' | b'(' | b'/' | b'_'),
                lead | (c == 0xE2),
            )
        });
        if plain || !lead {
            return plain;
        }
    }
    // Two passes at most, as few as the marks need.
    memchr::memchr3(b'-', b':', b'(', b).is_some()
        || memchr::memchr3_iter(b'/', b'_', 0xE2, b).any(|i| {
            b[i] != 0xE2
                || b.get(i + 1..i + 3)
                    .is_some_and(|t| t == [0x80, 0x93] || t == [0x80, 0x94])
        })
}

/// [`parse_into`] without the test for a dateline's marks: `Some` when `s` has a dateline,
/// then read into `m`.
fn read(s: &str, m: &mut DatelineMatch) -> Option<()> {
    let mut i = 0;
    while s[i..].starts_with('*') {
        i += 1;
    }
    let start = i;
    m.clear();
    // `(Reuters) -`, `(CNN) The …`: an agency alone.
    if let Some((end, inner, true)) = paren_agency(s, i) {
        m.agencies.push(inner);
        return finish_credited(s, m, end);
    }
    // `Dec 29 (Reuters) -`: a date alone, then the agency.
    if let Some(d) = date::date(&s[i..]) {
        let after = i + d.len;
        let k = after + hspace_len(s, after);
        if let Some((end, inner, true)) = paren_agency(s, k) {
            m.date = Some((i, d));
            m.agencies.push(inner);
            return finish_credited(s, m, end);
        }
        return None;
    }
    // Places first.
    let lenient = s[i..].starts_with(char::is_lowercase);
    let (p_end, first_caps) = place(s, i, lenient)?;
    m.places.push((start, p_end));
    let mut i = p_end;
    // `MOSCOW:` — the colon style of Asian outlets.
    if s[i..].starts_with(':') {
        let words = s[start..p_end].split_whitespace().count();
        if first_caps
            && words <= 3
            && !s[start..p_end].split_whitespace().any(lexicon::is_kicker)
            && s[i + 1..].starts_with(char::is_whitespace)
            && body_follows(s, i + 1)
            && s[start..p_end]
                .chars()
                .filter(|c| c.is_alphabetic())
                .count()
                >= 3
        {
            m.separator = Some((i, i + 1));
            m.end = i + 1;
            return Some(());
        }
        return None;
    }
    loop {
        let sp = hspace_len(s, i);
        let rest = &s[i + sp..];
        if let Some(after_comma) = rest.strip_prefix(',') {
            let mut k = i + sp + 1;
            // `NEW YORK,, Feb. 11` — a doubled comma.
            while s[k..].starts_with(',') {
                k += 1;
            }
            let k = k + hspace_len(s, k);
            let _ = after_comma;
            if m.date.is_none() {
                if let Some(d) = date::date(&s[k..]) {
                    m.date = Some((k, d));
                    i = k + d.len;
                    continue;
                }
            }
            if m.date.is_none() && m.places.len() < 4 {
                if let Some((e, _)) = place(s, k, false) {
                    m.places.push((k, e));
                    i = e;
                    continue;
                }
            }
            // `WASHINGTON, March 12, Reuter -`: the agency after a comma.
            if m.date.is_some() && m.agencies.is_empty() {
                if let Some((e, _)) = place(s, k, false) {
                    if lexicon::agency(&s[k..e]).is_some() {
                        m.agencies.push((k, e));
                        i = e;
                        continue;
                    }
                }
            }
            // A trailing comma after the date (`Dec. 5, 2023,`) is part of the dateline.
            if m.date.is_some() && sp == 0 {
                i += 1;
            }
            break;
        }
        // More places: `SEOUL/WASHINGTON`, `STERLING, Va./ WHITE SULPHUR SPRINGS`,
        // `LOS ANGELES and NEW YORK`.
        if m.date.is_none() && m.places.len() < 6 {
            let joiner = if rest.starts_with('/') && sp == 0 {
                Some(1)
            } else if sp > 0 && (rest.starts_with("and ") || rest.starts_with("& ")) {
                Some(if rest.starts_with('&') { 1 } else { 3 })
            } else {
                None
            };
            if let Some(len) = joiner {
                let k = i + sp + len;
                let k = k + hspace_len(s, k);
                if let Some((e, _)) = place(s, k, false) {
                    m.places.push((k, e));
                    i = e;
                    continue;
                }
            }
        }
        if m.date.is_none() && sp > 0 {
            if let Some(d) = date::date(rest) {
                m.date = Some((i + sp, d));
                i = i + sp + d.len;
                continue;
            }
        }
        break;
    }
    // The credit: `(AP)`, `(Nagpur region) (AFP)`, `/PRNewswire/`, `--(BUSINESS WIRE)--`,
    // ` / ACCESS Newswire / February 11, 2025 /`.
    let k = i + hspace_len(s, i);
    if let Some((end, inner, known)) = paren_agency(s, k) {
        if known {
            m.agencies.push(inner);
            return finish_credited(s, m, end);
        }
        // `Nagpur (India) (AFP)`: a region in brackets before the agency.
        let k2 = end + hspace_len(s, end);
        if let Some((end2, inner2, true)) = paren_agency(s, k2) {
            m.places.push(inner);
            m.agencies.push(inner2);
            return finish_credited(s, m, end2);
        }
        // An unknown short credit in brackets, before a separator: `(The Hill) —`.
        let words = s[inner.0..inner.1].split_whitespace().count();
        if words <= 3 && first_caps && separator(s, end).is_some() {
            m.agencies.push(inner);
            return finish_credited(s, m, end);
        }
        return None;
    }
    let spaced = k > i;
    if let Some(rest) = s[k..].strip_prefix('/').filter(|_| spaced) {
        // `/PRNewswire/`, `/CNW/`, `/PRNewswire-HISPANIC PR WIRE/`: one word, or a known wire.
        if let Some(close) = head(rest, 60).find('/') {
            let inner = &rest[..close];
            let one_word = !inner.is_empty()
                && inner.chars().all(|c| c.is_alphabetic() || c == '-')
                && inner.chars().any(char::is_uppercase);
            let known = inner
                .split(['-', ' '])
                .next()
                .is_some_and(|w| lexicon::agency(w).is_some());
            if one_word || known {
                m.agencies.push((k + 1, k + 1 + close));
                return finish_credited(s, m, k + 1 + close + 1);
            }
        }
        // ` / ACCESS Newswire / February 11, 2025 / `
        let inner_start = k + 1 + hspace_len(s, k + 1);
        if let Some(close) = head(&s[inner_start..], 40).find(" / ") {
            let a = (inner_start, inner_start + close);
            if lexicon::agency(&s[a.0..a.1]).is_some() {
                m.agencies.push(a);
                let mut j = a.1 + 3;
                if let Some(d) = date::date(&s[j..]) {
                    m.date = Some((j, d));
                    j += d.len;
                }
                let j2 = j + hspace_len(s, j);
                if s[j2..].starts_with('/') {
                    m.separator = Some((j2, j2 + 1));
                    m.end = j2 + 1;
                    m.strength = Strength::Credited;
                    return Some(());
                }
            }
        }
        return None;
    }
    if s[k..].starts_with("--(") {
        // Business Wire and Newsfile: `NEW YORK--(BUSINESS WIRE)--`,
        // `Toronto, Ontario--(Newsfile Corp. - February 11, 2025) -`.
        let open = k + 2;
        let close = head(&s[open..], 80).find(')')? + open;
        let inner = &s[open + 1..close];
        let (agency_part, date_part) = match inner.find(" - ") {
            Some(d) => (&inner[..d], Some(open + 1 + d + 3)),
            None => (inner, None),
        };
        let a = (open + 1, open + 1 + agency_part.trim_end().len());
        m.agencies.push(a);
        if let Some(dp) = date_part {
            if let Some(d) = date::date(&s[dp..]) {
                m.date = Some((dp, d));
            }
        }
        let after = close + 1;
        let rest = &s[after..];
        let sep_len = if rest.starts_with("--") {
            2
        } else {
            let sp = hspace_len(s, after);
            if s[after + sp..].starts_with('-') {
                return finish_credited(s, m, after);
            }
            0
        };
        m.separator = (sep_len > 0).then_some((after, after + sep_len));
        m.end = after + sep_len;
        m.strength = Strength::Credited;
        return Some(());
    }
    // No credit: a separator must follow.
    let sep = separator(s, i)?;
    m.separator = Some(sep);
    m.end = sep.1;
    let place_text = &s[start..p_end];
    if m.date.is_some() {
        // 1980s Reuters: `SALVADOR, Feb 26 -`; the place may be in any case.
        if !(first_caps || lenient || place_text.starts_with(char::is_uppercase)) {
            return None;
        }
        if !first_caps && place_text.split_whitespace().any(lexicon::is_kicker) {
            return None;
        }
        m.strength = Strength::Dated;
        return Some(());
    }
    // Weak: `MIAMI _`, `DES MOINES, Iowa —`, `WASHINGTON —`.
    if !first_caps || lenient {
        return None;
    }
    let letters = place_text.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3 || place_text.split_whitespace().count() > 4 {
        return None;
    }
    if place_text.split_whitespace().any(lexicon::is_kicker) {
        return None;
    }
    let rest = s[sep.1..].trim();
    if rest.is_empty() {
        return Some(());
    }
    if !body_follows(s, sep.1) || !prose_follows(rest) {
        return None;
    }
    Some(())
}

/// After an agency credit: an optional separator, then the story.
fn finish_credited(s: &str, m: &mut DatelineMatch, end: usize) -> Option<()> {
    m.strength = Strength::Credited;
    let attached = &s[end..];
    // `(AP)--` with no space before the dashes.
    if let Some(sep) = ["--", "—", "–", "-", "_"]
        .iter()
        .find(|p| attached.starts_with(**p))
    {
        let after = end + sep.len();
        if s[after..].is_empty() || s[after..].starts_with(char::is_whitespace) {
            m.separator = Some((end, after));
            m.end = after;
            return Some(());
        }
    }
    if let Some(sep) = separator(s, end) {
        m.separator = Some(sep);
        m.end = sep.1;
    } else if s[end..].starts_with(':') {
        m.separator = Some((end, end + 1));
        m.end = end + 1;
    } else {
        m.end = end;
    }
    Some(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::type_complexity)]
    use super::*;

    /// [`word_end`] as it read every byte with all of its tests, for the test below.
    fn word_end_bytewise(s: &str, j: usize) -> usize {
        let b = s.as_bytes();
        let mut k = j;
        while k < b.len() {
            let c = b[k];
            if c >= 0x80 {
                match s[k..].chars().next() {
                    Some(ch) if is_word_char(ch) => k += ch.len_utf8(),
                    _ => break,
                }
            } else if c.is_ascii_alphabetic()
                || matches!(c, b'.' | b'\'' | b'&')
                || c == b'-' && s[k + 1..].chars().next().is_some_and(char::is_alphabetic)
            {
                k += 1;
            } else {
                break;
            }
        }
        k
    }

    /// [`word_end`], which passes a run of ASCII letters over first and tells lower case as it
    /// goes, against the byte-wise reading and a second reading of the word for lower case
    /// (as [`place`] made it), at every char boundary of generated texts.
    #[test]
    fn word_ends_agree_with_the_bytewise_reading() {
        let extra = [
            "WINSTON-SALEM",
            "d'Or",
            "O\u{2019}Hare",
            "A&M",
            "St.",
            "-x",
            "\u{e9}t\u{e9}",
            "\u{c9}T\u{c9}",
            "M\u{fc}NCHEN",
            "abc",
            "`{[@~",
        ];
        for t in crate::parse::scan::generated_texts(61, 3000, 24, &extra) {
            for j in (0..=t.len()).filter(|&j| t.is_char_boundary(j)) {
                let k = word_end_bytewise(&t, j);
                let word = &t[j..k];
                let lower = if word.is_ascii() {
                    word.bytes().any(|b| b.is_ascii_lowercase())
                } else {
                    word.chars().any(char::is_lowercase)
                };
                assert_eq!(word_end(&t, j), (k, lower), "{t:?} {j}");
                // A word that starts with a letter holds it, as `place` counts on.
                if t[j..].starts_with(char::is_alphabetic) {
                    assert!(word.chars().any(char::is_alphabetic), "{t:?} {j}");
                }
            }
        }
    }

    /// [`separator`] as it tried each separator in turn, for the test below.
    fn separator_in_turn(s: &str, i: usize) -> Option<(usize, usize)> {
        let j = i + hspace_len(s, i);
        let rest = &s[j..];
        for sep in ["---", "--", "—", "–", "-", "_"] {
            if let Some(after) = rest.strip_prefix(sep) {
                let attached_ok = j > i
                    && after.starts_with(|c: char| {
                        c.is_uppercase() || matches!(c, '<' | '"' | '“' | '(')
                    });
                if after.is_empty() || after.starts_with(char::is_whitespace) || attached_ok {
                    return Some((j, j + sep.len()));
                }
                return None;
            }
        }
        None
    }

    /// [`separator`], which tells the separator by its first byte, against trying each in
    /// turn, at every char boundary of generated texts.
    #[test]
    fn separators_agree_with_trying_each_in_turn() {
        let extra = [
            "---", "--", "----", "\u{2014}", "\u{2013}", "\u{2012}", "_", "<", "\u{201c}",
        ];
        let mut found = 0;
        for t in crate::parse::scan::generated_texts(62, 5000, 12, &extra) {
            for i in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let want = separator_in_turn(&t, i);
                found += usize::from(want.is_some());
                assert_eq!(separator(&t, i), want, "{t:?} {i}");
            }
        }
        assert!(found > 1000, "{found}");
    }

    /// [`reuters_dated`] against [`read`]: wherever the shortcut reads a dateline, the full
    /// reading finds the same one, over generated texts made of the pieces of datelines and
    /// over lines of the shapes the corpora hold; and the shortcut takes most of the Reuters
    /// shapes it is for.
    #[test]
    fn reuters_shortcut_agrees_with_the_full_reading() {
        // `|` parts the pieces.
        let extra: Vec<&str> = concat!(
            "LOS|ANGELES|NEW YORK|SALVADOR|MAY|MARCH|MAR|DEC|JUNE 3|A|ST.|O'HARE|WINSTON-SALEM|",
            ", |,|,, | |  |Feb 26|Feb. 26|Feb 26, 1987|March 3 1987|26 Feb|May 5|Dec 32|Jan 16th|",
            "Ore.| - |-| -| --| ---|--(| (Reuters) -| (AP)| /PRNewswire/| _ | \u{2014} |:|",
            " - Reuters - |Reuter|BankAmerica|said|the|\u{a0}|M\u{dc}NCHEN|\t|\n"
        )
        .split('|')
        .collect();
        // Whether the shortcut took `t`.
        let check = |t: &str| {
            let (mut fast, mut full) = (DatelineMatch::new(), DatelineMatch::new());
            let taken = reuters_dated(t, &mut fast);
            if taken {
                assert!(read(t, &mut full).is_some(), "{t:?}");
                assert_eq!(fast, full, "{t:?}");
            }
            usize::from(taken)
        };
        let mut generated = 0;
        // Alone, and after the front of a Reuters dateline, where the pieces make the rest.
        for t in crate::parse::scan::generated_texts(63, 20_000, 10, &extra) {
            generated += check(&t);
            generated += check(&format!("LOS ANGELES, {t}"));
            generated += check(&format!("SALVADOR, Feb 26{t}"));
            generated += check(&format!("NEW{t}"));
            generated += check(&format!("PALO ALTO, Calif{t}"));
        }
        assert!(generated > 1000, "{generated}");
        let places = [
            "LOS ANGELES",
            "NEW YORK",
            "BUENOS AIRES",
            "PORTLAND, Ore.",
            "PORTLAND, Ore",
            "PALO ALTO, Calif.",
            "AUSTIN, Texas",
            "PRINCETON, N.J.",
            "COLUMBIA, Md.",
            "ATLANTA, Georgia Tech",
            "DALLAS, Mar.",
            "ANAHEIM, Calif.,",
            "CLEVELAND, Ohio.Mar",
            "SALVADOR",
            "MAY",
            "SAN JUAN DE LOS LAGOS",
            "RIO DE JANEIRO BRAZIL X",
            "ST. LOUIS",
            "WASHINGTON",
        ];
        let dates = [
            "Feb 26",
            "Feb. 26",
            "March 3, 1987",
            "Oct 19 1987",
            "26 Feb",
            "Sept 1",
        ];
        let tails = [
            " - BankAmerica Corp is not under\npressure",
            " - ",
            " -",
            " (Reuters) - Oil rose.",
            ", Reuter - Shares fell.",
            " -- The company said",
            " -The company",
            " -<Quotron Systems> said",
            " - the company said",
            " _ Shares",
        ];
        let (mut lines, mut taken) = (0, 0);
        for p in places {
            for d in dates {
                for t in tails {
                    for comma in [", ", ",", ",, ", ",  "] {
                        taken += check(&format!("{p}{comma}{d}{t}"));
                        lines += 1;
                    }
                }
            }
        }
        assert!(taken > lines / 4, "{taken} of {lines}");
    }

    /// (input, place, region, date text, agency, separator)
    type Row = (
        &'static str,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
    );

    #[test]
    fn wire_styles() {
        let rows: &[Row] = &[
            (
                "LONDON, Jan 16 (Reuters) - Oil rose.",
                "LONDON",
                None,
                Some("Jan 16"),
                Some("Reuters"),
                Some("-"),
            ),
            (
                "SALVADOR, Feb 26 - Cocoa rains fell.",
                "SALVADOR",
                None,
                Some("Feb 26"),
                None,
                Some("-"),
            ),
            (
                "KANSAS CITY, Mo. (AP) — A judge ruled.",
                "KANSAS CITY",
                Some("Mo."),
                None,
                Some("AP"),
                Some("—"),
            ),
            (
                "WASHINGTON (AP) _ The Senate voted.",
                "WASHINGTON",
                None,
                None,
                Some("AP"),
                Some("_"),
            ),
            (
                "NAIROBI, Kenya (AP) -- Rain fell.",
                "NAIROBI",
                Some("Kenya"),
                None,
                Some("AP"),
                Some("--"),
            ),
            (
                "Beirut (AFP) – Talks resumed.",
                "Beirut",
                None,
                None,
                Some("AFP"),
                Some("–"),
            ),
            (
                "New York (AFP) - Shares fell.",
                "New York",
                None,
                None,
                Some("AFP"),
                Some("-"),
            ),
            (
                "BEIJING, Sept. 2 (Xinhua) -- China said.",
                "BEIJING",
                None,
                Some("Sept. 2"),
                Some("Xinhua"),
                Some("--"),
            ),
            (
                "WASHINGTON, Dec. 8 (UPI) — The bill passed.",
                "WASHINGTON",
                None,
                Some("Dec. 8"),
                Some("UPI"),
                Some("—"),
            ),
            (
                "NEW DELHI, Jan 16 (PTI) The cabinet met.",
                "NEW DELHI",
                None,
                Some("Jan 16"),
                Some("PTI"),
                None,
            ),
            (
                "MIAMI _ The storm moved north.",
                "MIAMI",
                None,
                None,
                None,
                Some("_"),
            ),
            (
                "DES MOINES, Iowa — Farmers gathered at the fair.",
                "DES MOINES",
                Some("Iowa"),
                None,
                None,
                Some("—"),
            ),
            (
                "MOSCOW: Officials met on Tuesday.",
                "MOSCOW",
                None,
                None,
                None,
                Some(":"),
            ),
            (
                "RALEIGH, N.C., Dec. 5, 2023 /PRNewswire/ -- Acme Corp said.",
                "RALEIGH",
                Some("N.C."),
                Some("Dec. 5, 2023"),
                Some("PRNewswire"),
                Some("--"),
            ),
            (
                "NEW YORK--(BUSINESS WIRE)--Acme Corp today announced.",
                "NEW YORK",
                None,
                None,
                Some("BUSINESS WIRE"),
                Some("--"),
            ),
            (
                "AUSTIN, Texas, Feb. 11, 2025 (GLOBE NEWSWIRE) -- Acme said.",
                "AUSTIN",
                Some("Texas"),
                Some("Feb. 11, 2025"),
                Some("GLOBE NEWSWIRE"),
                Some("--"),
            ),
            (
                "JOHANNESBURG March 13 - Gold rose.",
                "JOHANNESBURG",
                None,
                Some("March 13"),
                None,
                Some("-"),
            ),
            (
                "sioux falls, april 9 - Corn fell.",
                "sioux falls",
                None,
                Some("april 9"),
                None,
                Some("-"),
            ),
            (
                "****LONDON, March 3 - Sterling firmed.",
                "LONDON",
                None,
                Some("March 3"),
                None,
                Some("-"),
            ),
            (
                "HAVANA (AP ) -- Cuba said.",
                "HAVANA",
                None,
                None,
                Some("AP"),
                Some("--"),
            ),
            (
                "INDEPENDENCE, MO. (AP)--",
                "INDEPENDENCE",
                Some("MO."),
                None,
                Some("AP"),
                Some("--"),
            ),
            (
                "Nagpur (India) (AFP) – A win.",
                "Nagpur",
                Some("India"),
                None,
                Some("AFP"),
                Some("–"),
            ),
            (
                "DAR ES SALAAM, Tanzania (AP) _",
                "DAR ES SALAAM",
                Some("Tanzania"),
                None,
                Some("AP"),
                Some("_"),
            ),
            (
                "SEOUL/WASHINGTON (Reuters) - Talks went on.",
                "SEOUL",
                Some("WASHINGTON"),
                None,
                Some("Reuters"),
                Some("-"),
            ),
            (
                "LOS ANGELES and NEW YORK, Feb. 10, 2025 (GLOBE NEWSWIRE) -- Acme said.",
                "LOS ANGELES",
                Some("NEW YORK"),
                Some("Feb. 10, 2025"),
                Some("GLOBE NEWSWIRE"),
                Some("--"),
            ),
            (
                "WASHINGTON, March 12, Reuter - A judge ruled.",
                "WASHINGTON",
                None,
                Some("March 12"),
                Some("Reuter"),
                Some("-"),
            ),
            (
                "LOS ANGELES, March 20 -<Acme Inc> said it would.",
                "LOS ANGELES",
                None,
                Some("March 20"),
                None,
                Some("-"),
            ),
            (
                "Toronto, Ontario--(Newsfile Corp. - February 11, 2025) - Acme Corp said.",
                "Toronto",
                Some("Ontario"),
                Some("February 11, 2025"),
                Some("Newsfile Corp."),
                Some("-"),
            ),
        ];
        for &(text, place, region, date_text, agency, sep) in rows {
            let m = parse(text).unwrap_or_else(|| panic!("no dateline in {text:?}"));
            let p = m.places.first().map(|&(a, b)| &text[a..b]);
            assert_eq!(p, Some(place), "{text}");
            assert_eq!(m.places.get(1).map(|&(a, b)| &text[a..b]), region, "{text}");
            assert_eq!(
                m.date.map(|(a, d)| &text[a..a + d.len]),
                date_text,
                "{text}"
            );
            assert_eq!(
                m.agencies.first().map(|&(a, b)| &text[a..b]),
                agency,
                "{text}"
            );
            assert_eq!(m.separator.map(|(a, b)| &text[a..b]), sep, "{text}");
        }
    }

    #[test]
    fn date_and_agency_only() {
        let t = "Dec 29 (Reuters) - Stocks rose.";
        let m = parse(t).unwrap();
        assert!(m.places.is_empty());
        assert_eq!(&t[m.agencies[0].0..m.agencies[0].1], "Reuters");
        let t = "(Reuters) - Stocks rose.";
        assert_eq!(parse(t).unwrap().end, 11);
    }

    /// Every dateline the rules read has one of the marks [`parse`] looks for first.
    #[test]
    fn every_dateline_has_a_mark() {
        let heads = [
            "",
            "*",
            "LONDON",
            "SALVADOR",
            "NEW YORK",
            "Washington",
            "oslo",
            "NEW YORK and BOSTON",
            "SEOUL/WASHINGTON",
            "Nagpur (India)",
            "WILLIAM BARR",
            "the mayor",
        ];
        let middles = [
            "",
            ",",
            ", Feb 26",
            ", Ore., Feb. 26, 2024,",
            " Dec 29",
            " March 3",
            ", Reuter",
            " (Reuters)",
            " (AFP) (AP)",
            " (The Hill)",
            " /PRNewswire/",
            " / ACCESS Newswire /",
            "--(BUSINESS WIRE)",
            ":",
            " Feb 26 Reuter",
        ];
        let tails = [
            "",
            " -",
            " --",
            " —",
            " –",
            " ’",
            " “x”",
            " _",
            "-",
            ":",
            " - The",
            " Oil rose.",
            " the capital",
            "  Stocks fell on Monday and traders said the mood was grim.",
        ];
        let read_new = |s: &str| {
            let mut m = DatelineMatch::new();
            read(s, &mut m).map(|()| m)
        };
        // One match read into again and again, as the frame does, holds what a new one would.
        let mut reused = DatelineMatch::new();
        let mut n = 0;
        for h in heads {
            for m in middles {
                for t in tails {
                    let s = format!("{h}{m}{t}");
                    let want = read_new(&s);
                    if want.is_some() {
                        n += 1;
                        assert!(has_dateline_mark(&s), "{s:?}");
                    }
                    assert_eq!(parse(&s), want, "{s:?}");
                    let found = parse_into(&s, &mut reused);
                    assert_eq!(found.then_some(&reused), want.as_ref(), "{s:?}");
                }
            }
        }
        assert!(n > 100, "{n}");
    }

    #[test]
    fn dateline_marks_found_in_short_and_long_texts() {
        // Each mark, the dashes and the other marks that share their lead byte, at every place
        // of texts either side of the length read in one block.
        let reference = |s: &str| {
            s.bytes()
                .any(|c| matches!(c, b'-' | b':' | b'(' | b'/' | b'_'))
                || s.contains('—')
                || s.contains('–')
        };
        let mut next = crate::parse::xorshift(0x9e37_79b9);
        let pieces = [
            "a", "B", " ", "-", ":", "(", "/", "_", "—", "–", "’", "“", "é", "\n",
        ];
        let mut marked = 0;
        for n in 0..3000 {
            let len = n % (SHORT_MARK_TEXT + 12);
            let mut s = String::new();
            while s.len() < len {
                // Mostly letters, so that many texts have no mark.
                let k = (next() % 200) as usize;
                s.push_str(pieces.get(k).copied().unwrap_or("x"));
            }
            assert_eq!(has_dateline_mark(&s), reference(&s), "{s:?}");
            marked += usize::from(reference(&s));
        }
        assert!((500..2500).contains(&marked), "{marked}");
    }

    #[test]
    fn not_datelines() {
        for text in [
            "CORRECTION - An earlier story misspelled a name.",
            "ECONOMIC SPOTLIGHT - BANKAMERICA <BAC>",
            "The minister said on Tuesday that talks would go on.",
            "WILLIAM BARR: good",
            "Washington - the capital",
            "UPDATE: The company said.",
            "Byrne said the plan was sound.",
            "March 5 - the day it rained.",
            "ZURICH GOLD CLOSING - 401.50 402.25 vs 399.00",
            "******ROYAL/BANK CANADA UPS U.S. BASE RATE 1/",
            "SILVER - 5.60 5.70",
            "U.S. COMMERCIAL PAPER FALLS 375 MLN DLRS IN FEB 18 WEEK, FED SAYS",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }
}
