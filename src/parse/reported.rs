//! Speech reported without quotation marks: `X said (that) …`, `…, X said.`, `according to X`.
//!
//! Speech verbs are found in one pass over the body that looks at word starts; each hit is
//! read in a window of bounded size around it, and the end of each sentence is found once, so
//! the pass is linear in the input.

use super::grammar::{Grammar, Mention};
use super::quotes::Regions;
use super::words::{self, Kind, Tokens};
use crate::{Quote, QuoteKind, ReportKind, ReportedSpeech, Span, Text};

/// How much text before a verb is read for its speaker (more when the speaker runs back to the
/// window's edge), and after it for its cue phrase.
const BACK: usize = 40;
const BACK_MAX: usize = 240;
const AHEAD: usize = 40;
const AHEAD_MAX: usize = 120;

/// Whether a byte continues a word for the verb search: a verb must not start or end inside
/// `unsaid`, `Tell2`, `re-told`.
#[inline]
fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}

/// The verb, if any, whose word starts at `i` and lies within `bytes[..hi]` (an `s` and the
/// byte after the verb may lie past `hi`), as its span.
#[inline]
fn verb_at(bytes: &[u8], i: usize, hi: usize) -> Option<(usize, usize)> {
    let rest = &bytes[i..hi];
    let len = match rest.first()? {
        b's' if rest.starts_with(b"said") => 4,
        // `say`, `says`; `tell`, `tells`.
        b's' if rest.starts_with(b"say") => 3 + usize::from(bytes.get(i + 3) == Some(&b's')),
        b't' if rest.starts_with(b"told") => 4,
        b't' if rest.starts_with(b"tell") => 4 + usize::from(bytes.get(i + 4) == Some(&b's')),
        b'a' if rest.starts_with(b"added") => 5,
        b'a' | b'A' if rest[1..].starts_with(b"ccording to") => 12,
        b'w' if rest.starts_with(b"wrote") => 5,
        _ => return None,
    };
    let end = i + len;
    (!bytes.get(end).is_some_and(|&b| word_byte(b))).then_some((i, end))
}

/// Appends the span of each speech verb (`said`, `say(s)`, `told`, `tell(s)`, `added`,
/// `wrote`, `according to`) that stands as a word in `bytes[lo..hi]`, in order. One pass, 32
/// bytes at a time: a `memmem` pass per verb cost more to set up than to run on a short
/// article. `according to` may start one byte before `lo`, as when it was found by its tail.
fn verb_hits(bytes: &[u8], lo: usize, hi: usize, hits: &mut Vec<(usize, usize)>) {
    let mut check = |i: usize| {
        if i == 0 || !word_byte(bytes[i - 1]) {
            if let Some(h) = verb_at(bytes, i, hi) {
                hits.push(h);
            }
        }
    };
    if lo > 0 && matches!(bytes[lo - 1], b'a' | b'A') && bytes[lo..hi].starts_with(b"ccording to") {
        check(lo - 1);
    }
    let mut i = lo;
    while i < hi {
        let flags = match bytes.get(i.wrapping_sub(1)..i + 34) {
            Some(w) if i + 32 <= hi => chunk_starts(w),
            // The last chunk of a stretch inside the input, read whole and cut at `hi`: a verb
            // that starts before `hi` but runs past it is turned away by `verb_at` as before.
            Some(w) => {
                let mut f = chunk_starts(w);
                let keep = hi - i;
                for (j, lane) in f.iter_mut().enumerate() {
                    let from = j * 8;
                    if keep <= from {
                        *lane = 0;
                    } else if keep < from + 8 {
                        *lane &= (1u64 << (8 * (keep - from))) - 1;
                    }
                }
                f
            }
            None => {
                // The first chunk of the input or the last of the body, padded with bytes that
                // start no verb and break no word.
                let mut w = [0u8; 35];
                let from = i.saturating_sub(1);
                let to = hi.min(i + 34);
                w[1 + from - i..1 + to - i].copy_from_slice(&bytes[from..to]);
                chunk_starts(&w)
            }
        };
        for (j, &f) in flags.iter().enumerate() {
            let mut m = f;
            while m != 0 {
                check(i + j * 8 + (m.trailing_zeros() / 8) as usize);
                m &= m - 1;
            }
        }
        i += 32;
    }
}

/// [`verb_hits`] in `bytes[lo..hi]` outside the `blocked` spans (sorted by start): a verb that
/// starts inside one, or runs into one, is no reported speech, so only the stretches between
/// them are searched (the text inside quotation marks is a good part of some stories). Every
/// verb that lies clear of them is found; some that run into one may be too.
fn verb_hits_between(
    bytes: &[u8],
    lo: usize,
    hi: usize,
    blocked: &[Span],
    hits: &mut Vec<(usize, usize)>,
) {
    let mut at = lo;
    for s in blocked {
        if s.start() > at {
            verb_hits(bytes, at, s.start().min(hi), hits);
        }
        at = at.max(s.end());
        if at >= hi {
            return;
        }
    }
    verb_hits(bytes, at, hi, hits);
}

/// For the 32 bytes `w[1..33]` (`w[0]` is the byte before them, `w[33..35]` the two bytes
/// after), a byte 1 where one may start a verb: its first three letters are a verb's, and no
/// letter comes before it. A loop the compiler turns into vector compares; the few bytes it
/// flags are then checked one by one. Three letters, not two: the starts of `to`, `tea`, `sad`
/// and `adds` that two let through cost more in mispredicted branches than the third compare
/// costs in every lane (parse time 1% lower, though the instructions counted rose by 1.4%).
#[inline]
fn chunk_starts(w: &[u8]) -> [u64; 4] {
    let mut f = [0u8; 32];
    if w.len() < 35 {
        return [0; 4];
    }
    for k in 0..32 {
        let (p, b, n, m) = (w[k], w[k + 1], w[k + 2], w[k + 3]);
        // Bitwise, not short-circuit, so that every lane computes the same.
        let after_letter = (p | 0x20).wrapping_sub(b'a') < 26;
        let head = (b == b's') & (n == b'a') & ((m == b'i') | (m == b'y'))
            | (b == b't') & ((n == b'o') | (n == b'e')) & (m == b'l')
            | ((b | 0x20) == b'a') & (((n == b'd') & (m == b'd')) | ((n == b'c') & (m == b'c')))
            | (b == b'w') & (n == b'r') & (m == b'o');
        f[k] = u8::from(head & !after_letter);
    }
    let mut out = [0u64; 4];
    for (o, c) in out.iter_mut().zip(f.chunks_exact(8)) {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        *o = u64::from_le_bytes(b);
    }
    out
}

/// Finds speech reported without quotation marks in the body paragraphs.
// Out of line so that a profile shows each pass of the pipeline on its own.
#[inline(never)]
pub(crate) fn find<'a>(
    input: &'a str,
    regions: Regions<'_>,
    quotes: &[Quote<'a>],
    toks: &mut Tokens,
    bufs: &mut Buffers,
) -> Vec<ReportedSpeech<'a>> {
    let Buffers { hits, blocked } = bufs;
    hits.clear();
    blocked.clear();
    let body = regions.body_spans();
    let (Some(&first), Some(&last)) = (body.first(), body.last()) else {
        return Vec::new();
    };
    let (lo, hi) = (first.start(), last.end().min(input.len()));
    if lo >= hi {
        return Vec::new();
    }
    // Stretches where a verb is not reported speech: inside quotation marks, or the cue of a
    // direct quote (its speech is the quote).
    for q in quotes {
        blocked.extend(q.pieces.iter().map(|p| p.span));
        if q.kind == QuoteKind::Direct {
            if let Some(c) = &q.cue {
                blocked.push(c.span);
            }
        }
    }
    blocked.sort_unstable();
    verb_hits_between(input.as_bytes(), lo, hi, blocked, hits);
    hits.sort_unstable();
    if hits.is_empty() {
        return Vec::new();
    }

    // Most verbs found are reported speech: room for them at once saves the growing copies of
    // a list of large nodes, up to a bound that keeps a flood of verbs from reserving much more
    // than it fills.
    let mut out = Vec::with_capacity(hits.len().min(32));
    let mut ends = SentenceEnds {
        cr: regions.cr(),
        ..SentenceEnds::default()
    };
    let (mut r, mut b) = (0, 0);
    let mut covered = 0usize;
    for &(at, end) in hits.iter() {
        while r < body.len() && body[r].end() <= at {
            r += 1;
        }
        let Some(&region) = body.get(r) else {
            break;
        };
        if at < region.start() || at < covered {
            continue;
        }
        while b < blocked.len() && blocked[b].end() <= at {
            b += 1;
        }
        if blocked[b..]
            .iter()
            .take_while(|s| s.start() < end)
            .any(|s| s.overlaps(Span::new(at, end)))
        {
            continue;
        }
        if let Some(r) = read(input, region, at, end, toks, &mut ends) {
            let rs = make(input, r);
            covered = rs.span.end();
            out.push(rs);
        }
    }
    super::quotes::shrink_large(&mut out);
    out
}

/// The lists [`find`] works in, kept between articles.
#[derive(Default)]
pub(crate) struct Buffers {
    /// The speech verbs found, as spans.
    hits: Vec<(usize, usize)>,
    /// Where a verb is not reported speech: inside quotes, or a direct quote's cue.
    blocked: Vec<Span>,
}

impl Buffers {
    /// Gives back the lists that grew past `keep` bytes.
    pub fn release(&mut self, keep: usize) {
        super::release(&mut self.hits, keep);
        super::release(&mut self.blocked, keep);
    }
}

/// The end of the sentence a position is in, remembered so that no stretch is scanned twice.
#[derive(Default)]
struct SentenceEnds {
    from: usize,
    end: usize,
    /// Whether the input may have carriage returns (see [`Regions::cr`]).
    cr: bool,
}

impl SentenceEnds {
    /// The offset of the punctuation that ends the sentence running at `from` (or `to`).
    fn get(&mut self, input: &str, from: usize, to: usize) -> usize {
        if from >= self.from && from < self.end {
            return self.end;
        }
        let end = sentence_end(input, from, to);
        self.from = from;
        self.end = end;
        end
    }
}

/// How far back the start of a sentence is looked for.
const SENTENCE_MAX: usize = 1200;

/// Where the sentence that runs at `at` starts (after the last `.`, `!` or `?` that ends one),
/// looking no further back than `floor` or [`SENTENCE_MAX`] bytes.
fn sentence_start(input: &str, cr: bool, floor: usize, at: usize) -> usize {
    let lo = words::back(input, cr, floor, at, SENTENCE_MAX);
    let bytes = input.as_bytes();
    for k in memchr::memrchr3_iter(b'.', b'!', b'?', &bytes[lo..at]) {
        let p = lo + k;
        if !bytes.get(p + 1).is_some_and(|b| b.is_ascii_whitespace()) {
            continue;
        }
        if bytes[p] == b'.' {
            let w0 = bytes[lo..p]
                .iter()
                .rposition(|c| c.is_ascii_whitespace())
                .map_or(lo, |i| lo + i + 1);
            if input.get(w0..p).is_some_and(words::is_abbreviation) {
                continue;
            }
        }
        return p + 1;
    }
    lo
}

/// The first `.`, `!` or `?` at or after `from` that ends a sentence, or `to`.
fn sentence_end(input: &str, from: usize, to: usize) -> usize {
    let bytes = input.as_bytes();
    for k in memchr::memchr3_iter(b'.', b'!', b'?', &bytes[from..to]) {
        let p = from + k;
        let next = bytes.get(p + 1).copied();
        let boundary = p + 1 >= to
            || matches!(
                next,
                Some(b' ' | b'\n' | b'\r' | b'\t' | b'"' | b'\'' | b')')
            )
            || next == Some(0xE2);
        if !boundary {
            continue;
        }
        if bytes[p] == b'.' {
            // `Mr.`, `U.S.`, `Jan.`: the word before decides.
            let start = bytes[from..p]
                .iter()
                .rposition(|c| c.is_ascii_whitespace())
                .map_or(from, |i| from + i + 1);
            if let Some(w) = input.get(start..p) {
                if words::is_abbreviation(w.trim_start_matches(['(', '"', '\''])) {
                    continue;
                }
            }
        }
        return p;
    }
    to
}

/// Reads the reported speech around the verb at `input[at..end]`, if it is one.
fn read(
    input: &str,
    region: Span,
    at: usize,
    end: usize,
    toks: &mut Tokens,
    ends: &mut SentenceEnds,
) -> Option<Report> {
    let (mut back, mut ahead) = (BACK, AHEAD);
    // The stretch tokenized so far, which a wider window extends rather than reads again.
    let mut made: Option<(usize, usize)> = None;
    loop {
        let to = words::ahead(input, ends.cr, region.end(), end, ahead);
        // Start at a word: the speaker phrase may run to the window's edge without a broken
        // word in it.
        let mut from = words::back(input, ends.cr, region.start(), at, back);
        if from > region.start() {
            if let Some(sp) = input.as_bytes()[from..at]
                .iter()
                .position(|b| b.is_ascii_whitespace())
            {
                from += sp + 1;
                while from < at && input.as_bytes()[from].is_ascii_whitespace() {
                    from += 1;
                }
            }
        }
        match made {
            Some((f, t)) if from <= f && t <= to => {
                if from < f {
                    toks.widen_back(input, from, f, t);
                }
                if t < to {
                    toks.widen_ahead(input, from, t, to);
                }
            }
            _ => {
                toks.clear();
                toks.add(input, from, to);
            }
        }
        made = Some((from, to));
        let c = toks.toks.iter().position(|t| t.start as usize == at)?;
        let cut = from > region.start();
        let cut_ahead = to < region.end();
        match read_at(input, region, at, c, toks, ends, cut, cut_ahead) {
            Ok(found) => return found,
            // The speaker phrase, the sentence or the cue phrase runs to the window's edge.
            Err(()) if back < BACK_MAX => (back, ahead) = (BACK_MAX, AHEAD_MAX),
            Err(()) => return None,
        }
    }
}

/// Reads the verb at token `c`; `Err` asks for a wider window.
#[allow(clippy::too_many_arguments)]
fn read_at(
    input: &str,
    region: Span,
    at: usize,
    c: usize,
    tokens: &Tokens,
    ends: &mut SentenceEnds,
    cut: bool,
    cut_ahead: bool,
) -> Result<Option<Report>, ()> {
    let g = Grammar::new(input, tokens);
    let toks = g.toks;
    // The sentence (or the part of the window) before the verb.
    let mut s = 0;
    for j in (0..c).rev() {
        if toks[j].ends_sentence() {
            s = j + 1;
            break;
        }
    }
    if input[at..].starts_with(['a', 'A']) && g.low(c + 1).as_str() == "to" {
        return Ok(according_to(input, region, &g, s, c, ends));
    }
    if g.cue(c).is_none() {
        return Ok(None);
    }
    // `is said to`, `was told`: passive.
    if c > s && toks[c - 1].kind == Kind::Word && g.facts(c - 1).be() {
        return Ok(None);
    }
    // The speaker phrase may run on before the window (`A spokesman for the …`), or join a
    // head there by the window's first word (`… spokesman | for Anacomp said`, `The chairman
    // | and chief executive said`).
    let edge = |a: usize| {
        cut && (a == 0
            || a == 1
                && s == 0
                && toks[0].kind == Kind::Word
                && matches!(g.low(0).as_str(), "of" | "for" | "at" | "with" | "and"))
    };
    let (a, speaker) = match g.reported_speaker(s, c) {
        Ok((a, _)) if edge(a) => return Err(()),
        Ok(found) => found,
        Err(Some(a)) if edge(a) => return Err(()),
        Err(_) => return Ok(None),
    };
    let ce = g.cue_end(c, toks.len());
    let cue = Span::new(at, toks[ce - 1].end as usize);
    // After the verb, a phrase of place or audience before `that` (`told delegates at the
    // meeting that …`), or one that ends the sentence (`…, the bank said in its report.`).
    let mut after = ce;
    let mut that = None;
    let mut ends_soon = false;
    if toks.get(ce).is_some_and(|t| t.kind == Kind::Word)
        && (matches!(
            g.low(ce).as_str(),
            "in" | "on"
                | "at"
                | "to"
                | "during"
                | "after"
                | "before"
                | "for"
                | "with"
                | "from"
                | "via"
        ) || matches!(g.low(c).as_str(), "told" | "tells" | "telling"))
    {
        for (k, t) in toks.iter().enumerate().take(ce + 14).skip(ce) {
            if g.low(k).as_str() == "that" {
                that = Some(k);
                break;
            }
            if t.ends_sentence() {
                ends_soon = true;
                after = k;
                break;
            }
            if t.kind == Kind::Punct && matches!(t.ch, ':' | ';' | ',') {
                break;
            }
        }
    }
    let next = if ends_soon {
        toks.get(after)
    } else {
        toks.get(ce)
    };
    // `…, officials said.`: the speech is the clause before the speaker.
    if next.map_or(true, |t| {
        t.kind == Kind::Punct && matches!(t.ch, '.' | ',' | ';' | '!' | '?')
    }) {
        // The comma before the speaker, which may lie just before the window.
        let comma = if a > s {
            toks[a - 1]
                .is_punct(',')
                .then_some(toks[a - 1].start as usize)
        } else if a == 0 && cut {
            let before = input[region.start()..toks[0].start as usize].trim_end();
            before
                .ends_with(',')
                .then(|| region.start() + before.len() - 1)
        } else {
            None
        };
        let Some(mut stop) = comma else {
            return Ok(None);
        };
        let start = if s == 0 && cut {
            sentence_start(input, ends.cr, region.start(), stop)
        } else {
            toks[s].start as usize
        };
        // `The younger customers, he said, want …`: the attribution sits inside the sentence,
        // which is the speech.
        if next.is_some_and(|t| t.is_punct(',')) {
            stop = ends.get(input, toks[ce].end as usize, region.end());
        }
        return Ok(trim(input, start, stop).map(|content| Report {
            kind: ReportKind::Trailing,
            speaker,
            cue,
            content,
        }));
    }
    // `X said (on Tuesday) (that) …`
    let mut k = that.map_or(ce, |t| t);
    for _ in 0..3 {
        let n = g.adjunct(k);
        if n == 0 {
            break;
        }
        k += n;
    }
    if g.low(k).as_str() == "that" {
        k += 1;
    }
    let Some(t) = toks.get(k) else {
        return if cut_ahead { Err(()) } else { Ok(None) };
    };
    // `added delays`, `wrote the bill`: these verbs take objects too; only a `that` clause or
    // one with a pronoun subject is speech.
    if that.is_none()
        && matches!(g.low(c).as_str(), "added" | "adds" | "wrote" | "writes")
        && g.low(k.saturating_sub(1)).as_str() != "that"
        && !matches!(
            g.low(k).as_str(),
            "he" | "she" | "it" | "they" | "we" | "i" | "there"
        )
    {
        return Ok(None);
    }
    if t.kind != Kind::Word
        || matches!(
            g.low(k).as_str(),
            "to" | "of" | "about" | "so" | "no" | "yes" | "goodbye"
        )
    {
        // `told him to leave`, `said so`: not a report of speech.
        return Ok(None);
    }
    let start = t.start as usize;
    let stop = ends.get(input, start, region.end());
    let stop = if g.relative_before(s, c) {
        // `Putin, who says Russia is …, courting …`: the clause ends at its comma.
        input[start..stop].find(',').map_or(stop, |i| start + i)
    } else {
        stop
    };
    let Some(content) = trim(input, start, stop) else {
        return Ok(None);
    };
    if super::scan::words_upto(content.as_str(input), 2) < 2 {
        return Ok(None);
    }
    Ok(Some(Report {
        kind: ReportKind::Leading,
        speaker,
        cue,
        content,
    }))
}

/// `According to X, …`, `…, according to X.`
fn according_to(
    input: &str,
    region: Span,
    g: &Grammar<'_>,
    s: usize,
    c: usize,
    ends: &mut SentenceEnds,
) -> Option<Report> {
    let toks = g.toks;
    if c + 1 >= toks.len() {
        return None;
    }
    let stop = (c + 2..toks.len())
        .find(|&k| toks[k].kind == Kind::Punct)
        .unwrap_or(toks.len());
    let (np_end, m) = g.np_after(c + 2, stop)?;
    let cue = Span::new(toks[c].start as usize, toks[c + 1].end as usize);
    let content = if c == s || c > s && !toks[c - 1].is_punct(',') {
        // `According to the report, the port will reopen.`
        if !toks.get(np_end).is_some_and(|t| t.is_punct(',')) {
            return None;
        }
        let start = toks.get(np_end + 1)?.start as usize;
        trim(input, start, ends.get(input, start, region.end()))?
    } else {
        // `The port will reopen, according to the report.`
        let stop = toks[c - 1].start as usize;
        let start = if s == 0 && toks[0].start as usize > region.start() {
            sentence_start(input, ends.cr, region.start(), stop)
        } else {
            toks.get(s)?.start as usize
        };
        trim(input, start, stop)?
    };
    // Content of one word is a name or a label, not speech.
    if super::scan::words_upto(content.as_str(input), 2) < 2 {
        return None;
    }
    Some(Report {
        kind: ReportKind::AccordingTo,
        speaker: m,
        cue,
        content,
    })
}

fn trim(input: &str, a: usize, b: usize) -> Option<Span> {
    let a = super::scan::skip_space(input, a, b);
    let b = super::scan::trim_end_at(input, a, b);
    let b = b - input[a..b].len() + input[a..b].trim_end_matches([',', ';', ':']).len();
    (a < b).then(|| Span::new(a, b))
}

/// A reported speech as the grammar reads it, in spans: small, so that the reads pass it back
/// without copying the large node, which [`make`] builds once.
#[derive(Debug, Clone, Copy)]
struct Report {
    kind: ReportKind,
    speaker: Mention,
    cue: Span,
    content: Span,
}

fn make(input: &str, r: Report) -> ReportedSpeech<'_> {
    ReportedSpeech {
        span: r.speaker.span.cover(r.cue).cover(r.content),
        kind: r.kind,
        speaker: super::attribution::speaker(input, r.speaker),
        cue: Text::of(input, r.cue),
        content: Text::of(input, r.content),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reports(s: &str) -> Vec<(String, String, String)> {
        let r = [Span::new(0, s.len())];
        find(
            s,
            Regions::new(&r, false),
            &[],
            &mut Tokens::new(),
            &mut Buffers::default(),
        )
        .into_iter()
        .map(|x| {
            (
                x.speaker.mention.text.to_string(),
                x.cue.text.to_string(),
                x.content.text.to_string(),
            )
        })
        .collect()
    }

    #[test]
    fn forms() {
        let rows: &[(&str, &str, &str, &str)] = &[
            (
                "The mayor said the bridge would reopen in May.",
                "The mayor",
                "said",
                "the bridge would reopen in May",
            ),
            (
                "Lena Vogt says that ferries will run again.",
                "Lena Vogt",
                "says",
                "ferries will run again",
            ),
            (
                "The bridge will reopen in May, officials said.",
                "officials",
                "said",
                "The bridge will reopen in May",
            ),
            (
                "According to the port, ships are moving again.",
                "the port",
                "According to",
                "ships are moving again",
            ),
            (
                "Ships are moving again, according to the port.",
                "the port",
                "according to",
                "Ships are moving again",
            ),
            (
                "For Vogt, who says the fog is lifting, the news is good.",
                "Vogt",
                "says",
                "the fog is lifting",
            ),
            (
                "The mayor told reporters on Monday that the bridge was safe.",
                "The mayor",
                "told reporters",
                "the bridge was safe",
            ),
            // A speaker with a phrase after `of`, `for` or `at`, capitalised or not.
            (
                "A spokesman for Kestrel said the mill would close.",
                "A spokesman for Kestrel",
                "said",
                "the mill would close",
            ),
            (
                "The chairman of Kestrel said the mill would close.",
                "The chairman of Kestrel",
                "said",
                "the mill would close",
            ),
            (
                "The Department of Harbours said that the pier was unsafe.",
                "The Department of Harbours",
                "said",
                "the pier was unsafe",
            ),
            (
                "An analyst at Kestrel said prices would rise.",
                "An analyst at Kestrel",
                "said",
                "prices would rise",
            ),
            (
                "A spokeswoman for the harbour board said the pier was unsafe.",
                "A spokeswoman for the harbour board",
                "said",
                "the pier was unsafe",
            ),
            // Longer than the first window read before the verb.
            (
                "A spokeswoman for the Kiel Harbour Pilots Association said the pier was unsafe.",
                "A spokeswoman for the Kiel Harbour Pilots Association",
                "said",
                "the pier was unsafe",
            ),
            (
                "The chairman and chief executive of Kestrel Mills said the mill would close.",
                "The chairman and chief executive of Kestrel Mills",
                "said",
                "the mill would close",
            ),
            (
                "Shares fell after the chairman of Kestrel said the mill would close.",
                "the chairman of Kestrel",
                "said",
                "the mill would close",
            ),
            (
                "Lena Vogt, a spokeswoman for Kestrel, said the mill would close.",
                "Lena Vogt, a spokeswoman for Kestrel",
                "said",
                "the mill would close",
            ),
            (
                "Prices for Kestrel shares rose, analysts said.",
                "analysts",
                "said",
                "Prices for Kestrel shares rose",
            ),
            (
                "He said the mill would close.",
                "He",
                "said",
                "the mill would close",
            ),
        ];
        for (text, speaker, cue, content) in rows {
            let got = reports(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(
                got[0],
                (speaker.to_string(), cue.to_string(), content.to_string()),
                "{text}"
            );
        }
        for text in [
            "He is said to be ill.",
            "She told him to leave.",
            "What they say matters.",
        ] {
            assert!(reports(text).is_empty(), "{text}");
        }
    }

    /// The verb search as first written, one `memmem` pass per needle: the single pass must
    /// find the same verbs.
    fn memmem_hits(bytes: &[u8], lo: usize, hi: usize) -> Vec<(usize, usize)> {
        const VERBS: &[&str] = &[
            "said",
            "say",
            "told",
            "tell",
            "ccording to",
            "added",
            "wrote",
        ];
        let mut hits = Vec::new();
        for v in VERBS {
            for at in memchr::memmem::find_iter(&bytes[lo..hi], v.as_bytes()) {
                let mut at = lo + at;
                let mut end = at + v.len();
                match *v {
                    "ccording to" => {
                        if at == 0 || !matches!(bytes[at - 1], b'a' | b'A') {
                            continue;
                        }
                        at -= 1;
                    }
                    "say" | "tell" if bytes.get(end) == Some(&b's') => end += 1,
                    _ => {}
                }
                let before_ok =
                    at == 0 || !bytes[at - 1].is_ascii_alphanumeric() && bytes[at - 1] != b'-';
                let after_ok = bytes
                    .get(end)
                    .map_or(true, |b| !b.is_ascii_alphanumeric() && *b != b'-');
                if before_ok && after_ok {
                    hits.push((at, end));
                }
            }
        }
        hits.sort_unstable();
        hits
    }

    #[test]
    fn verbs_between_blocked_stretches_as_in_the_whole() {
        const PARTS: &[&str] = &[
            "said",
            "says",
            "told",
            "tells",
            "added",
            "wrote",
            "according to",
            "According to",
            " ",
            " ",
            "x",
            "a",
            "s",
            "-",
            ",",
            "\"",
            "é",
        ];
        let mut next = super::super::xorshift(0x51_7cc1_b727_u64);
        let clear = |hits: &[(usize, usize)], blocked: &[Span]| -> Vec<(usize, usize)> {
            hits.iter()
                .copied()
                .filter(|&(a, e)| !blocked.iter().any(|s| s.overlaps(Span::new(a, e))))
                .collect()
        };
        let (mut whole, mut between) = (Vec::new(), Vec::new());
        let mut found = 0;
        for _ in 0..20000 {
            let mut s = String::new();
            for _ in 0..(next() % 40) {
                s.push_str(PARTS[(next() % PARTS.len() as u64) as usize]);
            }
            let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            let spans = next() % 5;
            let mut pick = || bounds[(next() % bounds.len() as u64) as usize];
            let (a, b) = (pick(), pick());
            let (lo, hi) = (a.min(b), a.max(b));
            // Blocked spans anywhere, overlapping each other or the edges, some empty.
            let mut blocked: Vec<Span> = (0..spans)
                .map(|_| {
                    let (x, y) = (pick(), pick());
                    Span::new(x.min(y), x.max(y))
                })
                .collect();
            blocked.sort_unstable();
            whole.clear();
            between.clear();
            if lo < hi {
                verb_hits(s.as_bytes(), lo, hi, &mut whole);
            }
            verb_hits_between(s.as_bytes(), lo, hi, &blocked, &mut between);
            between.sort_unstable();
            let want = clear(&whole, &blocked);
            assert_eq!(
                clear(&between, &blocked),
                want,
                "{s:?} {lo}..{hi} {blocked:?}"
            );
            found += want.len();
        }
        assert!(found > 1000, "{found}");
    }

    #[test]
    fn verb_search_agrees_with_memmem() {
        const PARTS: &[&str] = &[
            "said",
            "say",
            "says",
            "saying",
            "sayso",
            "told",
            "tell",
            "tells",
            "tellss",
            "added",
            "wrote",
            "According to",
            "according to",
            "ccording to",
            "according",
            " to",
            "A",
            "a",
            "s",
            "t",
            "w",
            "-",
            "1",
            "x",
            " ",
            "\n",
            ",",
            ".",
            "é",
            "’",
            "—",
            "\"",
            "(",
            "un",
        ];
        let mut next = super::super::xorshift(0x9e37_79b9_u64);
        let mut got = Vec::new();
        let mut found = 0;
        for _ in 0..40000 {
            let mut s = String::new();
            for _ in 0..(next() % 48) {
                s.push_str(PARTS[(next() % PARTS.len() as u64) as usize]);
            }
            let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            let a = bounds[(next() % bounds.len() as u64) as usize];
            let b = bounds[(next() % bounds.len() as u64) as usize];
            let (lo, hi) = (a.min(b), a.max(b));
            if lo >= hi {
                continue;
            }
            got.clear();
            verb_hits(s.as_bytes(), lo, hi, &mut got);
            let want = memmem_hits(s.as_bytes(), lo, hi);
            assert_eq!(got, want, "{s:?} {lo}..{hi}");
            found += want.len();
        }
        // The generated strings do hold verbs, so the comparison tested something.
        assert!(found > 1000, "{found}");
        for (s, lo, hi, want) in [
            // `according to` found by its tail, one byte before `lo`.
            ("According to", 1, 12, vec![(0, 12)]),
            ("x according to", 3, 14, vec![(2, 14)]),
            ("xaccording to", 2, 13, vec![]),
            // The `s` and the byte after the verb may lie past `hi`.
            ("says it", 0, 3, vec![(0, 4)]),
            ("sayso", 0, 3, vec![]),
            ("said", 0, 3, vec![]),
            ("re-told é-said", 0, 14, vec![]),
            ("étold", 0, 6, vec![(2, 6)]),
        ] {
            got.clear();
            verb_hits(s.as_bytes(), lo, hi, &mut got);
            assert_eq!(got, want, "{s:?}");
            assert_eq!(memmem_hits(s.as_bytes(), lo, hi), want, "{s:?}");
        }
    }
}
