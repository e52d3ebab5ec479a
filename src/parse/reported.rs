//! Speech reported without quotation marks: `X said (that) …`, `…, X said.`, `according to X`.
//!
//! Speech verbs are found in one pass over the body that looks at word starts; each hit is
//! read in a window of bounded size around it, and the end of each sentence is found once, so
//! the pass is linear in the input.

use super::grammar::{Grammar, Mention};
use super::quotes::Regions;
use super::speech::Form;
use super::words::{self, Kind, Tokens};
use crate::{Quote, QuoteKind, ReportKind, ReportedSpeech, Span, SpeakerKind, Text};
use std::sync::OnceLock;

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

/// The speech verbs as the multi-pattern search looks for them; `according to` by its tail
/// ([`TAIL`]), so that one whose `a` lies just before a stretch is found.
const VERBS: [&str; 7] = [
    "said",
    "say",
    "told",
    "tell",
    "added",
    "wrote",
    "ccording to",
];

/// The index in [`VERBS`] of the tail of `according to`.
const TAIL: usize = 6;

/// The SIMD multi-pattern searcher (Teddy, from `aho-corasick`) for [`VERBS`], built once;
/// `None` on a CPU without the vector instructions it needs, where [`verb_hits_chunked`]
/// searches instead.
fn packed_verbs() -> Option<&'static aho_corasick::packed::Searcher> {
    static SEARCHER: OnceLock<Option<aho_corasick::packed::Searcher>> = OnceLock::new();
    SEARCHER
        .get_or_init(|| aho_corasick::packed::Searcher::new(VERBS))
        .as_ref()
}

/// Appends the span of each speech verb (`said`, `say(s)`, `told`, `tell(s)`, `added`,
/// `wrote`, `according to`) that stands as a word in `bytes[lo..hi]`, in order. `according
/// to` may start one byte before `lo`, as when it was found by its tail.
///
/// The search is the vector one of `aho-corasick`'s packed searcher where the CPU has it: it
/// reads 16 or 32 bytes per step with a few shuffles, where the portable search below spends
/// a dozen compares per lane (the whole parse took 4.3% fewer instructions; the time saved
/// is less, as its vector instructions cost more each).
fn verb_hits(bytes: &[u8], lo: usize, hi: usize, hits: &mut Vec<(usize, usize)>) {
    match packed_verbs() {
        Some(searcher) => verb_hits_packed(searcher, bytes, lo, hi, hits),
        None => verb_hits_chunked(bytes, lo, hi, hits),
    }
}

/// [`verb_hits`] by the packed searcher. Each search starts one byte after the last match,
/// not at its end: a verb may start inside a match that is none (`according told`).
///
/// Each search has a fixed cost of a few hundred instructions, which text that is thick with
/// matches (`said said said …`) pays every few bytes: once the matches since the stretch's
/// start come, on average, more often than one in [`DENSE`] bytes (eight of them at least),
/// the rest of the stretch goes to the portable search, whose cost does not grow with them.
fn verb_hits_packed(
    searcher: &aho_corasick::packed::Searcher,
    bytes: &[u8],
    lo: usize,
    hi: usize,
    hits: &mut Vec<(usize, usize)>,
) {
    let Some(hay) = bytes.get(..hi) else {
        return;
    };
    let (mut at, mut matches) = (lo, 0usize);
    while at < hi {
        let Some(m) = searcher.find_in(hay, aho_corasick::Span::from(at..hi)) else {
            break;
        };
        at = m.start() + 1;
        matches += 1;
        // Where the verb would start: one byte before the tail of `according to`.
        let start = if m.pattern().as_usize() == TAIL {
            m.start()
                .checked_sub(1)
                .filter(|&a| matches!(bytes[a], b'a' | b'A'))
        } else {
            Some(m.start())
        };
        if let Some(i) = start.filter(|&i| i == 0 || !word_byte(bytes[i - 1])) {
            if let Some(h) = verb_at(bytes, i, hi) {
                hits.push(h);
            }
        }
        // From the match's next byte on: the match itself starts no `according to` that the
        // portable search's look one byte back could find again (its first byte is no `a`
        // before `ccording to`).
        if matches >= 8 && at - lo < matches * DENSE {
            verb_hits_chunked(bytes, at, hi, hits);
            return;
        }
    }
}

/// The fewest bytes per match of the packed searcher, on average over the stretch so far, that
/// [`verb_hits_packed`] bears before it hands the stretch to the portable search.
const DENSE: usize = 32;

/// [`verb_hits`] without the vector searcher, in one portable pass 32 bytes at a time (a
/// `memmem` pass per verb cost more to set up than to run on a short article).
fn verb_hits_chunked(bytes: &[u8], lo: usize, hi: usize, hits: &mut Vec<(usize, usize)>) {
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
    let mut flagged = |i: usize, flags: [u64; 4]| {
        // One bit a byte: each lane's bytes are 0 or 1, which the multiply gathers into its
        // top byte (no two products meet in one bit), so the flags are walked in one loop.
        let mut m = flags.iter().enumerate().fold(0u32, |m, (j, &f)| {
            m | (((f.wrapping_mul(0x0102_0408_1020_4080)) >> 56) as u32) << (8 * j)
        });
        while m != 0 {
            check(i + m.trailing_zeros() as usize);
            m &= m - 1;
        }
    };
    // Whole chunks, in loops of their own, two at a time first: most have no flag.
    let mut i = lo;
    while i + 64 <= hi {
        let Some((a, b)) = bytes.get(i..).and_then(|w| {
            let a = w.first_chunk::<34>()?;
            let b = w.get(32..)?.first_chunk::<34>()?;
            Some((chunk_starts(a, 32), chunk_starts(b, 32)))
        }) else {
            break;
        };
        // One test for the pair, the common case being neither flagged.
        if a != [0; 4] || b != [0; 4] {
            if a != [0; 4] {
                flagged(i, a);
            }
            if b != [0; 4] {
                flagged(i + 32, b);
            }
        }
        i += 64;
    }
    while i + 32 <= hi {
        let Some(w) = bytes.get(i..).and_then(<[u8]>::first_chunk::<34>) else {
            break;
        };
        let flags = chunk_starts(w, 32);
        if flags != [0; 4] {
            flagged(i, flags);
        }
        i += 32;
    }
    if i < hi {
        let flags = match bytes.get(i..).and_then(<[u8]>::first_chunk::<34>) {
            // The last chunk of a stretch inside the input, read whole and cut at `hi`: a verb
            // that starts before `hi` but runs past it is turned away by `verb_at` as before.
            Some(w) => chunk_starts(w, hi - i),
            None => {
                // The last chunk of the input, padded with bytes that start no verb.
                let mut w = [0u8; 34];
                let to = hi.min(i + 34);
                w[..to - i].copy_from_slice(&bytes[i..to]);
                chunk_starts(&w, hi - i)
            }
        };
        if flags != [0; 4] {
            flagged(i, flags);
        }
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

/// For the 32 bytes `w[..32]` (`w[32..34]` are the two bytes after them), a byte 1 where one
/// may start a verb: its first three letters may be a verb's. Only the first `keep` are looked
/// at. A loop the compiler turns into vector compares; the few bytes it flags are then checked
/// one by one, the byte before them too (a letter inside a word before one is rare enough that
/// the compares it took in every lane cost more than the checks it saved). Three letters, not
/// two: the starts of `to`, `tea`, `sad` and `adds` that two let through cost more in
/// mispredicted branches than the third compare costs in every lane (parse time 1% lower,
/// though the instructions counted rose by 1.4%). Some tests let a few more through than the
/// verbs' letters, where that saves a compare: `o` or `e` is read as any of `e`, `g`, `m`, `o`.
#[inline]
fn chunk_starts(w: &[u8; 34], keep: usize) -> [u64; 4] {
    /// `w[S..S + 32]`.
    fn shift<const S: usize>(w: &[u8; 34]) -> &[u8; 32] {
        w[S..].first_chunk::<32>().unwrap_or(&[0; 32])
    }
    /// Each lane's number, as a byte, so that the compare with `keep` is one of bytes.
    const LANE: [u8; 32] = {
        let mut t = [0u8; 32];
        let mut k = 0;
        while k < 32 {
            t[k] = k as u8;
            k += 1;
        }
        t
    };
    let keep = keep.min(32) as u8;
    let mut f = [0u8; 32];
    // The first, second and third letters of each start, as three arrays, which the compiler
    // loads whole rather than building the first from the second.
    let (b, n, m) = (shift::<0>(w), shift::<1>(w), shift::<2>(w));
    for k in 0..32 {
        let (b, n, m) = (b[k], n[k], m[k]);
        // Bitwise, not short-circuit, so that every lane computes the same.
        let head = (b == b's') & (n == b'a') & ((m | 0x10) == b'y')
            | (b == b't') & ((n | 0x0a) == b'o') & (m == b'l')
            | ((b | 0x20) == b'a') & (n == m) & ((n == b'd') | (n == b'c'))
            | (b == b'w') & (n == b'r') & (m == b'o');
        f[k] = u8::from(head & (LANE[k] < keep));
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
    // In order as found, with no sort: each stretch's verbs are found in order, those of a
    // stretch start at least three bytes before its end (a verb's first three letters lie in
    // it), and the next stretch starts at or after that end, its first verb no more than one
    // byte before its start (a test holds the search to that).
    verb_hits_between(input.as_bytes(), lo, hi, blocked, hits);
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
    for (h, &(at, end)) in hits.iter().enumerate() {
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
        if let Some(mut r) = read(input, region, at, end, toks, &mut ends) {
            // `Six in 10 said A; 46 percent said B.`: speech that runs on after the verb ends at
            // a semicolon before the next verb of speech, which starts a report of its own.
            if r.content.start() > at {
                // The hits are in order: only the first after the speech's start can be the
                // one inside it (a search of them all made each report's cost grow with the
                // hits after it).
                if let Some(&(next, _)) = hits[h + 1..]
                    .iter()
                    .take_while(|x| x.0 < r.content.end())
                    .find(|x| x.0 > r.content.start())
                {
                    let from = r.content.start();
                    if let Some(k) = memchr::memrchr(b';', &input.as_bytes()[from..next]) {
                        // A speaker that opens the clause after it, not one at the clause's
                        // end (`…; ships would wait, he added`).
                        let between = &input[from + k + 1..next];
                        if !between.contains(',') && super::scan::words_upto(between, 9) <= 8 {
                            if let Some(cut) = trim(input, from, from + k) {
                                r.content = cut;
                            }
                        }
                    }
                }
            }
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
    // The last blank before the last full stop read, once looked for: the next stop back
    // reuses it when it lies before that stop, so that no byte is scanned twice.
    let mut blank: Option<Option<usize>> = None;
    for k in memchr::memrchr3_iter(b'.', b'!', b'?', &bytes[lo..at]) {
        let p = lo + k;
        if !bytes.get(p + 1).is_some_and(|b| b.is_ascii_whitespace()) {
            continue;
        }
        if bytes[p] == b'.' {
            let last = match blank {
                Some(b) if b.map_or(true, |b| b < p) => b,
                _ => bytes[lo..p]
                    .iter()
                    .rposition(|c| c.is_ascii_whitespace())
                    .map(|i| lo + i),
            };
            blank = Some(last);
            let w0 = last.map_or(lo, |b| b + 1);
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
    // Where the word before a full stop starts, found by scanning only the bytes after the
    // last stop read: a scan back from each stop could cross a long run of abbreviations
    // (`U.S.)U.S.)…`) once per stop.
    let (mut scanned, mut word) = (from, from);
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
            if let Some(i) = bytes[scanned..p]
                .iter()
                .rposition(|c| c.is_ascii_whitespace())
            {
                word = scanned + i + 1;
            }
            scanned = p;
            // A word of more than six bytes without a dot or a hyphen is no abbreviation (a
            // test holds the lookup to that), as most words that end a sentence are: told
            // without the lookup. One with an opening mark, which is trimmed off, is looked up.
            let long_word = p - word > 6
                && !bytes[word..p]
                    .iter()
                    .any(|&c| matches!(c, b'.' | b'-' | b'(' | b'"' | b'\''));
            if !long_word {
                if let Some(w) = input.get(word..p) {
                    if words::is_abbreviation(w.trim_start_matches(['(', '"', '\''])) {
                        continue;
                    }
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
    // Set when the window is widened for the speaker of an inverted verb (`…, said the Beijing
    // Municipal …`): the wider window is read for that form alone, as the first was read for
    // every form.
    let mut inverted_only = false;
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
        // The verb's token, and the last token before it that ends a sentence, in one pass.
        let mut last_end = None;
        let mut verb = None;
        for (j, t) in toks.toks.iter().enumerate() {
            if t.start as usize >= at {
                verb = (t.start as usize == at).then_some(j);
                break;
            }
            if t.ends_sentence() {
                last_end = Some(j);
            }
        }
        let c = verb?;
        let cut = from > region.start();
        let cut_ahead = to < region.end();
        match read_at(
            input,
            region,
            at,
            c,
            last_end,
            toks,
            ends,
            cut,
            cut_ahead,
            inverted_only,
        ) {
            Ok(found) => return found,
            // The speaker phrase, the sentence or the cue phrase runs to the window's edge.
            Err(Wider { inverted }) if back < BACK_MAX => {
                (back, ahead) = (BACK_MAX, AHEAD_MAX);
                inverted_only = inverted;
            }
            Err(_) => return None,
        }
    }
}

/// The cue form of each speech verb the search finds, as the lexicon gives it (a test checks
/// that it does).
fn verb_form(verb: &str) -> Option<Form> {
    match verb {
        "said" | "says" | "told" | "tells" | "added" | "wrote" => Some(Form::Finite),
        "say" | "tell" => Some(Form::Base),
        _ => None,
    }
}

/// What [`read_at`] asks for when the window is too narrow to read the verb.
#[derive(Debug, Clone, Copy)]
struct Wider {
    /// Only for the speaker of an inverted verb (`…, said Jane Doe`).
    inverted: bool,
}

/// Any form of speech may need more of the text.
const WIDER: Wider = Wider { inverted: false };

/// Reads the verb at token `c`, after the token `last_end` that ends a sentence (the last one
/// before the verb, if any); `Err` asks for a wider window. With `inverted_only`, only the
/// inverted form (`…, said Jane Doe`) is read.
// Out of line: inlined into the loop of [`read`], it cost more instructions than its call.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn read_at(
    input: &str,
    region: Span,
    at: usize,
    c: usize,
    last_end: Option<usize>,
    tokens: &Tokens,
    ends: &mut SentenceEnds,
    cut: bool,
    cut_ahead: bool,
    inverted_only: bool,
) -> Result<Option<Report>, Wider> {
    let g = Grammar::new(input, tokens);
    let toks = g.toks;
    // The sentence (or the part of the window) before the verb.
    let mut s = 0;
    if let Some(j) = last_end {
        s = j + 1;
        // The closing marks of a quote that ends the sentence (`… ongoing." He said …`) end it
        // too, so the speaker after them opens the next.
        while s < c && toks[s].start == toks[s - 1].end && toks[s].closes_quote() {
            s += 1;
        }
    }
    let verb = g.low(c).as_str();
    if input.as_bytes()[at] | 0x20 == b'a' && verb == "according" && g.low(c + 1).as_str() == "to" {
        return Ok(according_to(input, region, &g, s, c, ends));
    }
    // The verbs of the search have the cue forms the lexicon gives them, so that their context
    // is read without a lookup; any other token at the verb (`said’s`) is looked up.
    let cue = match verb_form(verb) {
        Some(form) => g.verb_in_context(c, form),
        None => g.cue(c),
    };
    // `People briefed on the talks say`: a `say` after a noun is read only for a speaker
    // that a plural verb fits.
    let plural_say = if cue.is_some() {
        false
    } else if input.as_bytes()[at] == b's' && verb == "say" {
        true
    } else {
        return Ok(None);
    };
    // `is said to`, `was told`: passive.
    if c > s && toks[c - 1].kind == Kind::Word && g.facts(c - 1).be() {
        return Ok(None);
    }
    // `would not say`, `didn't say`, `never said`: what follows is what was not said.
    if c > s
        && toks[c - 1].kind == Kind::Word
        // Every negation ends in `t` or `r`: most words are turned away by their last letter.
        && matches!(input.as_bytes()[toks[c - 1].end as usize - 1] | 0x20, b't' | b'r')
        && negation(&input[toks[c - 1].start as usize..toks[c - 1].end as usize])
    {
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
    // Where the speaker phrase ends, past adverbs and auxiliaries (`has long said`): read once
    // for the speaker and for a relative clause's speech below.
    let before = g.before_cue(s, c);
    let lead = if inverted_only {
        Err(None)
    } else if plural_say {
        match g.plural_speaker(s, c, before) {
            // The head may stand before the window (`Supporters who have heard directly from
            // | the campaign say`).
            Err(_) if cut && s == 0 => return Err(WIDER),
            Err(_) => return Ok(None),
            found => found,
        }
    } else {
        g.reported_speaker(s, c, before)
    };
    let (a, speaker) = match lead {
        Ok((a, _)) if edge(a) => return Err(WIDER),
        Ok(found) => found,
        Err(Some(a)) if edge(a) => return Err(WIDER),
        // `Ferry crews | who have sailed with him for years say`: the head of the relative
        // clause stands before the window.
        Err(_) if cut && s == 0 && toks[0].kind == Kind::Word && g.low(0).as_str() == "who" => {
            return Err(WIDER)
        }
        // `Current and former officials who spoke with | the paper said`: a phrase after a
        // preposition may end a speaker whose head stands before the window.
        Err(Some(a))
            if cut
                && s == 0
                && a > 0
                && !toks[c - 1].is_punct(',')
                && toks[a - 1].kind == Kind::Word
                && matches!(
                    g.low(a - 1).as_str(),
                    "with" | "by" | "on" | "to" | "near" | "from" | "in" | "at"
                ) =>
        {
            return Err(WIDER)
        }
        Err(_) => {
            // `…, said Dan Gerstein, a strategist.`: only when no speaker stands before the
            // verb (`Wiseman, from the University of Toronto, said …`).
            if c > s && toks[c - 1].is_punct(',') {
                let found = inverted(input, region, &g, s, c, cut, cut_ahead, ends)
                    .map_err(|()| Wider { inverted: true })?;
                // `Ana Ruiz, who runs a ferry line out of the port of Kiel, said …`: an
                // appositive that runs back to the window's start, with a name before it.
                if found.is_none() && !inverted_only && appositive_to_edge(&g, s, c - 1, cut) {
                    return Err(WIDER);
                }
                return Ok(found);
            }
            return Ok(None);
        }
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
        ) || matches!(verb, "told" | "tells" | "telling"))
    {
        for (k, t) in toks.iter().enumerate().take(ce + 14).skip(ce) {
            if g.is(k, "that") {
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
    // Past the time phrases after `k` (`said on Tuesday`), at most three.
    let past_adjuncts = |mut k: usize| {
        for _ in 0..3 {
            let n = g.adjunct(k);
            if n == 0 {
                break;
            }
            k += n;
        }
        k
    };
    // The same from the end of the cue, read once for the two uses below.
    let after_cue = past_adjuncts(ce);
    let next_at = if ends_soon {
        after
    } else {
        // `…, the company said Tuesday.`, `…, she said last week.`: a time phrase after the
        // verb may end the clause too.
        let k = after_cue;
        match toks.get(k) {
            Some(t)
                if k > ce
                    && that.is_none()
                    && t.kind == Kind::Punct
                    && matches!(t.ch, '.' | ',' | ';' | '!' | '?') =>
            {
                k
            }
            _ => ce,
        }
    };
    let next = toks.get(next_at);
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
        // which is the speech; but not before a participle of the speaker's (`…, he said,
        // adding that …`).
        if next.is_some_and(|t| t.is_punct(',')) && g.cue(next_at + 1) != Some(Form::Participle) {
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
    let mut k = match that {
        Some(t) => past_adjuncts(t),
        None => after_cue,
    };
    if g.is(k, "that") {
        k += 1;
    }
    let Some(t) = toks.get(k) else {
        return if cut_ahead { Err(WIDER) } else { Ok(None) };
    };
    // `added delays`, `wrote the bill`: these verbs take objects too; only a `that` clause or
    // one with a pronoun subject is speech.
    let first = g.low(k).as_str();
    if that.is_none()
        && matches!(verb, "added" | "adds" | "wrote" | "writes")
        && !g.is(k.saturating_sub(1), "that")
        && !matches!(first, "he" | "she" | "it" | "they" | "we" | "i" | "there")
    {
        return Ok(None);
    }
    if t.kind != Kind::Word
        || matches!(
            first,
            "to" | "of" | "about" | "so" | "no" | "yes" | "goodbye"
        )
        || k == c + 1 && matches!(verb, "told" | "tells") && matches!(first, "this" | "it")
    {
        // `told him to leave`, `said so`, `told this to a meeting`: not a report of speech.
        return Ok(None);
    }
    let start = t.start as usize;
    let stop = ends.get(input, start, region.end());
    let stop = if g.who_before(s, before) {
        // `Putin, who says Russia is …, courting …`: the clause ends at its comma.
        input[start..stop].find(',').map_or(stop, |i| start + i)
    } else {
        stop
    };
    let Some(content) = trim(input, start, stop) else {
        return Ok(None);
    };
    // Content of one word is no speech. It starts with the word at `k`: when the next token
    // stands apart from it, only blanks lie between them (the tokenizer keeps every other
    // character), so the content holds a second word just when it reaches that token, told
    // without counting the words of its text.
    let two_words = match toks.get(k + 1) {
        Some(n) if n.start > t.end => (n.start as usize) < content.end(),
        _ => super::scan::words_upto(content.as_str(input), 2) == 2,
    };
    // Every test run checks the token reading against the count it stands in for.
    debug_assert_eq!(
        two_words,
        super::scan::words_upto(content.as_str(input), 2) == 2,
        "{:?}",
        content.as_str(input)
    );
    if !two_words {
        return Ok(None);
    }
    Ok(Some(Report {
        kind: ReportKind::Leading,
        speaker,
        cue,
        content,
    }))
}

/// Whether the words before the comma at `comma` may be an appositive that starts before the
/// window (`cut`): they run back to its start within the sentence, no more than the grammar
/// reads for an appositive (24 tokens and 3 commas of its own).
fn appositive_to_edge(g: &Grammar<'_>, s: usize, comma: usize, cut: bool) -> bool {
    cut && s == 0 && (1..=24).contains(&comma) && {
        let inner = &g.toks[..comma];
        inner.iter().filter(|t| t.is_punct(',')).count() <= 3
            && !inner
                .iter()
                .any(|t| t.kind == Kind::Punct && matches!(t.ch, ';' | ':'))
    }
}

/// `…, said Dan Gerstein, a strategist.`: the verb after a comma and before its speaker, who
/// ends the sentence (or an appositive does), and the speech before both. `Err` asks for a
/// wider window.
#[allow(clippy::too_many_arguments)]
fn inverted(
    input: &str,
    region: Span,
    g: &Grammar<'_>,
    s: usize,
    c: usize,
    cut: bool,
    cut_ahead: bool,
    ends: &mut SentenceEnds,
) -> Result<Option<Report>, ()> {
    let toks = g.toks;
    if !matches!(
        g.low(c).as_str(),
        "said" | "says" | "added" | "adds" | "wrote" | "writes"
    ) {
        return Ok(None);
    }
    let Some((end, speaker)) = g.np_after(c + 1, toks.len()) else {
        return Ok(None);
    };
    // A name, a pronoun, or a phrase the lexicon knows for a source (`the mayor`, `officials`,
    // `the ministry`), not any noun (`, said nothing`).
    let determined = g.facts(c + 1).determiner();
    if speaker.name.is_none()
        && speaker.role.is_none()
        && !toks[c + 1].cap
        && !determined
        && speaker.kind == SpeakerKind::Other
    {
        return Ok(None);
    }
    if end >= toks.len() {
        // The speaker phrase runs to the window's edge.
        return if cut_ahead { Err(()) } else { Ok(None) };
    }
    // The head before any appositive: a name, or a title or source noun (`the mayor`, `a
    // company spokesman`, `officials`), a few words long, with no day or date in it
    // (`, said Wednesday the organizers`), not a clause (`, said Monday's results left …`).
    let head_end = (c + 1..end).find(|&k| toks[k].is_punct(',')).unwrap_or(end);
    let last = head_end - 1;
    let f = g.facts(last);
    let lower = (c + 1..head_end)
        .filter(|&k| {
            !toks[k].cap
                && !g.facts(k).determiner()
                && !matches!(g.low(k).as_str(), "of" | "for" | "at" | "from")
        })
        .count();
    if head_end - (c + 1) > 10
        || lower > 3
        || !(toks[last].cap
            || f.title()
            || f.anonymous_head()
            || f.organization_head()
            || f.pronoun())
        || (c + 1..head_end).any(|k| toks[k].kind == Kind::Word && g.facts(k).time_word())
    {
        return Ok(None);
    }
    // A phrase with a verb of its own (`, said an offering of shares is under way.`) or a
    // quotation mark in it runs past the speaker.
    if (c + 1..end).any(|k| {
        let t = &toks[k];
        t.kind == Kind::Word && g.facts(k).be()
            || t.kind == Kind::Punct && matches!(t.ch, '"' | '“' | '”' | '«' | '»')
    }) {
        return Ok(None);
    }
    let after = &toks[end];
    // `, said the ministry in a statement.`: a phrase of place or time may follow a name or a
    // source noun (not any noun: `, said a ceasefire in the region would …`).
    let adjunct = after.kind == Kind::Word
        && (toks[last].cap || f.title() || f.anonymous_head() || f.organization_head())
        && matches!(
            g.low(end).as_str(),
            "in" | "on" | "at" | "during" | "after" | "before" | "via"
        );
    if !(after.ends_sentence() || after.kind == Kind::Punct && matches!(after.ch, ';' | ',') || adjunct)
        // `, said he.`: a pronoun ends the sentence.
        || g.facts(c + 1).pronoun() && !after.ends_sentence()
    {
        return Ok(None);
    }
    let stop = toks[c - 1].start as usize;
    let start = if s == 0 && cut {
        sentence_start(input, ends.cr, region.start(), stop)
    } else {
        toks[s].start as usize
    };
    let Some(content) = trim(input, start, stop) else {
        return Ok(None);
    };
    if super::scan::words_upto(content.as_str(input), 3) < 3 || named_before(content.as_str(input))
    {
        return Ok(None);
    }
    Ok(Some(Report {
        kind: ReportKind::Trailing,
        speaker,
        cue: Span::new(toks[c].start as usize, toks[c].end as usize),
        content,
    }))
}

/// Nouns for the records a clause may be reported from (`… according to exit polls`), beside
/// the people and bodies the speaker lexicon knows.
const RECORD_NOUNS: &[&str] = &[
    "poll",
    "polls",
    "polling",
    "survey",
    "surveys",
    "figures",
    "data",
    "records",
    "record",
    "estimates",
    "estimate",
    "count",
    "tally",
    "returns",
    "results",
    "documents",
    "filing",
    "filings",
    "papers",
    "transcript",
    "report",
    "reports",
    "statement",
    "study",
    "research",
    "testimony",
    "remarks",
    "sources",
    "officials",
];

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
    let (np_end, m) = match g.np_after(c + 2, stop) {
        Some(found) => found,
        // Any short phrase of words up to the punctuation names the source of the clause
        // before it: `…, according to state corporate records.`, `… according to exit polls
        // reported by CNN.`; but not one word (`according to plan`), nor one the window cuts.
        // (Before a clause, `According to final figures, …`, the clause may be another's
        // speech: `…, an office spokeswoman said.`)
        None if stop < toks.len()
            && (c + 4..=c + 12).contains(&stop)
            && c > s
            && (c + 2..stop).all(|k| toks[k].kind == Kind::Word)
            && !toks[stop].is_punct(',') =>
        {
            (stop, g.mention(c + 2, stop))
        }
        None => return None,
    };
    let cue = Span::new(toks[c].start as usize, toks[c + 1].end as usize);
    // `According to X, …` (X followed by a comma) where no comma stands before it; else the
    // speech is the clause before it, with a comma (`…, according to X.`) or none (`Clinton
    // leads by 271 delegates according to a count by …`).
    let after_comma = toks.get(np_end).is_some_and(|t| t.is_punct(','));
    let content = if c == s || c > s && !toks[c - 1].is_punct(',') && after_comma {
        // `According to the report, the port will reopen.`
        if !toks.get(np_end).is_some_and(|t| t.is_punct(',')) {
            return None;
        }
        let start = toks.get(np_end + 1)?.start as usize;
        trim(input, start, ends.get(input, start, region.end()))?
    } else {
        // `The port will reopen, according to the report.`
        let stop = if toks[c - 1].is_punct(',') {
            toks[c - 1].start as usize
        } else if np_end < toks.len()
            && (m.name.is_some() || m.kind != SpeakerKind::Other || {
                let last = g.low(np_end - 1);
                RECORD_NOUNS.contains(&last.as_str())
            })
        {
            toks[c - 1].end as usize
        } else {
            // With no comma, only a source that ends in the window marks the clause's end,
            // and only a source of speech or record: `ranked according to their scores` is
            // no report.
            return None;
        };
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

/// Whether `text` opens with a name or a source noun and a comma (`Karaha, a rebel leader`,
/// `The ministry's spokesman, Gao Feng`): before an inverted verb (`…, said a ceasefire
/// would …`) these are the verb's speaker and an appositive the grammar did not read, not
/// speech. A sentence adverb (`Meanwhile, …`) opens no name.
fn named_before(text: &str) -> bool {
    let Some(comma) = text.find(',') else {
        return false;
    };
    let head = &text[..comma];
    let mut n = 0;
    for w in head.split_whitespace() {
        n += 1;
        let f = super::speech::facts_of_lowered(w.trim_end_matches(['\'', '’', 's']));
        let f0 = super::speech::facts_of_lowered(w);
        if n > 6
            || n == 1 && f0.opening_word()
            || !(w.starts_with(char::is_uppercase)
                || matches!(w, "of" | "for" | "at")
                || f0.determiner()
                || f.title()
                || f.anonymous_head()
                || f.organization_head())
        {
            return false;
        }
    }
    n > 0
}

/// `not`, `never`, `cannot` and the contracted `n't` (`didn't`, `won’t`), in any case.
fn negation(w: &str) -> bool {
    let ends_ci = |tail: &str| {
        w.len() >= tail.len()
            && w.is_char_boundary(w.len() - tail.len())
            && w[w.len() - tail.len()..].eq_ignore_ascii_case(tail)
    };
    ["not", "never", "cannot"]
        .iter()
        .any(|n| w.eq_ignore_ascii_case(n))
        || ends_ci("n't")
        || ends_ci("n’t")
}

/// `input[a..b]` without the blanks around it and the commas, semicolons and colons at its
/// end (those taken off as bytes: they are ASCII), if anything is left.
fn trim(input: &str, a: usize, b: usize) -> Option<Span> {
    let a = super::scan::skip_space(input, a, b);
    let mut b = super::scan::trim_end_at(input, a, b);
    let bytes = input.as_bytes();
    while b > a && matches!(bytes[b - 1], b',' | b';' | b':') {
        b -= 1;
    }
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

    /// The one report in `text`, which must have exactly one.
    fn only(text: &str) -> (String, String, String) {
        let mut got = reports(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        got.remove(0)
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
            let got = only(text);
            assert_eq!(
                got,
                (speaker.to_string(), cue.to_string(), content.to_string()),
                "{text}"
            );
        }
        for text in [
            "He is said to be ill.",
            "She told him to leave.",
            "She told this to a meeting of pilots.",
            "What they say matters.",
        ] {
            assert!(reports(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_speaker_with_a_long_appositive() {
        // The appositive runs back past the first window read before the verb.
        let rows: &[(&str, &str, &str)] = &[
            (
                "Ines Berg, who has run the ferry office in the old harbour for a decade, said the crossings would resume.",
                "Ines Berg",
                "the crossings would resume",
            ),
            (
                "Tomas Ek, a ferry captain based in the port of Kiel, said the swell was too high.",
                "Tomas Ek",
                "the swell was too high",
            ),
            (
                "Ana Ruiz, a harbour pilot from Lund, Sweden, said the fog had lifted.",
                "Ana Ruiz",
                "the fog had lifted",
            ),
            (
                "Ola Nyberg, 34, a deckhand from the island of Visby, said the ramps were fixed.",
                "Ola Nyberg",
                "the ramps were fixed",
            ),
            (
                "Jon Sund, a harbour pilot from Austin, Texas, said the channel was clear.",
                "Jon Sund",
                "the channel was clear",
            ),
            (
                "The ferry line, in a statement, said the route would close.",
                "The ferry line",
                "the route would close",
            ),
            (
                "Others, however, say the timetable is too tight.",
                "Others",
                "the timetable is too tight",
            ),
        ];
        for (text, speaker, content) in rows {
            let got = only(text);
            assert!(got.0.starts_with(speaker), "{text}: {got:?}");
            assert_eq!(got.2, *content, "{text}");
        }
        // A clause before the speaker is not part of it.
        let got = only(
            "The crossing was cancelled after the storm hit the coast near Kiel, and officials said the port was shut.",
        );
        assert_eq!(got.0, "officials");
    }

    #[test]
    fn a_group_with_a_modifier_or_a_share_of_a_poll() {
        // (text, speaker, content): a plural head with a relative clause or a participle and
        // its phrase, a quantity of a group, or a share of a poll's respondents, before `say`
        // (which after another noun would be turned away) or `said`.
        let rows: &[(&str, &str, &str)] = &[
            (
                "Ferry crews who have sailed with him for years say the captain is careful.",
                "Ferry crews",
                "the captain is careful",
            ),
            (
                "Pilots who have worked the harbour say the channel is silting up.",
                "Pilots",
                "the channel is silting up",
            ),
            (
                "Current and former dock workers who spoke with the harbour board said the cranes were unsafe.",
                "former dock workers",
                "the cranes were unsafe",
            ),
            (
                "Skippers briefed on the new rules say the quotas are too low.",
                "Skippers briefed on the new rules",
                "the quotas are too low",
            ),
            (
                "Economists polled by the bureau said freight rates would fall.",
                "Economists polled by the bureau",
                "freight rates would fall",
            ),
            (
                "Families living near the old quay say the noise is worse at night.",
                "Families living near the old quay",
                "the noise is worse at night",
            ),
            (
                "Most of the coastal Harbour Board members have already said they will vote against it.",
                "Most of the coastal Harbour Board members",
                "they will vote against it",
            ),
            (
                "Many people say the ferry should run on Sundays.",
                "Many people",
                "the ferry should run on Sundays",
            ),
            ("57% say they would take the ferry more often.", "57%", "they would take the ferry more often"),
            (
                "Seven in 10 say the fares are too high.",
                "Seven in 10",
                "the fares are too high",
            ),
            (
                "Nine out of 10 said the timetable was confusing.",
                "Nine out of 10",
                "the timetable was confusing",
            ),
            (
                "More than half said the new terminal was an improvement.",
                "More than half",
                "the new terminal was an improvement",
            ),
            (
                "Nearly a third say they have never used the ferry.",
                "Nearly a third",
                "they have never used the ferry",
            ),
            (
                "About half of the island's ferry users said the service had improved.",
                "About half of the island's ferry users",
                "the service had improved",
            ),
            (
                "Skippers backing the new quota have said they will sign the deal.",
                "Skippers backing the new quota",
                "they will sign the deal",
            ),
            (
                "Kestrel Lines, which runs the night crossing, said fares would rise.",
                "Kestrel Lines, which runs the night crossing",
                "fares would rise",
            ),
            (
                "Lena Vogt, in Kiel for the talks, said the route would stay open.",
                "Lena Vogt",
                "the route would stay open",
            ),
            (
                "The ferry line has long said its boats are safe.",
                "The ferry line",
                "its boats are safe",
            ),
        ];
        for (text, speaker, content) in rows {
            let got = only(text);
            assert_eq!(got.0, *speaker, "{text}");
            assert_eq!(got.2, *content, "{text}");
        }
        // Not a speaker: the object of another verb, the subject of a clause inside the
        // relative, a noun `say`, the subject of a clause that the verb's object opens.
        for text in [
            "Critics condemned skippers who have heard from the harbour say the rules are fair.",
            "After the storm, a man who officials say stole a dinghy was arrested.",
            "Each town will have a say in the new timetable.",
            "Crews tied up outside the harbour police said were armed.",
            "The quota was cut by a third say the skippers.",
        ] {
            assert_eq!(reports(text), vec![], "{text}");
        }
        // A time of day after the verb is no part of the speech.
        assert_eq!(
            only("The harbour master said Sunday night that the quay was closed.").2,
            "the quay was closed"
        );
    }

    #[test]
    fn a_speaker_after_a_quote_that_ends_a_sentence() {
        for (text, speaker) in [
            (
                "\"The dock is closed.\" She said the ferries would wait.",
                "She",
            ),
            (
                "“Nobody sails today!” The harbour master says the swell is too high.",
                "The harbour master",
            ),
            (
                "(The dock is closed.) Officials said the ferries would wait.",
                "Officials",
            ),
        ] {
            let got = only(text);
            assert_eq!(got.0, speaker, "{text}");
            assert_eq!(got.1.chars().next(), Some('s'), "{text}");
        }
    }

    #[test]
    fn the_verb_before_its_speaker() {
        let rows: &[(&str, &str, &str)] = &[
            (
                "The ferries will wait for the storm to pass, said Ines Berg.",
                "Ines Berg",
                "The ferries will wait for the storm to pass",
            ),
            (
                "The ferries will wait, says Ines Berg, who runs the harbour office.",
                "Ines Berg",
                "The ferries will wait",
            ),
            (
                "The ferries will wait, said the harbour master.",
                "the harbour master",
                "The ferries will wait",
            ),
            (
                "Repairs to the bow door could take a month, added a company spokesman.",
                "a company spokesman",
                "Repairs to the bow door could take a month",
            ),
            // A speaker longer than the first window's reach.
            (
                "Crossings resume on Friday, said the Baltic Sea Ferry Operators Association of Northern Europe in a statement.",
                "the Baltic Sea Ferry Operators Association of Northern Europe",
                "Crossings resume on Friday",
            ),
        ];
        for (text, speaker, content) in rows {
            let (s, _, c) = only(text);
            assert!(s.starts_with(speaker), "{text}: {s}");
            assert_eq!(c, *content, "{text}");
        }
        for text in [
            // The speaker stands before the verb.
            "Ines Berg, from the harbour office, said Monday's storm closed the port.",
            // No speaker after it.
            "He left the room, said nothing and went home.",
            "The ferries will wait, said Tuesday the harbour.",
            "The ferries will wait, said the storm is over.",
        ] {
            let got = reports(text);
            assert!(
                got.iter().all(|r| r.1 != "said" || !text.starts_with(&r.2)),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn according_to_any_record() {
        let rows: &[(&str, &str, &str)] = &[
            (
                "The ferry line was sold in 2019, according to company filings.",
                "company filings",
                "The ferry line was sold in 2019",
            ),
            (
                "Turnout rose among younger voters according to exit polls published by the board.",
                "exit polls published by the board",
                "Turnout rose among younger voters",
            ),
        ];
        for (text, speaker, content) in rows {
            let (s, _, c) = only(text);
            assert_eq!((s.as_str(), c.as_str()), (*speaker, *content), "{text}");
        }
        for text in [
            "Patients were ranked according to their scores.",
            "Things went according to plan.",
            "Fares will change according to the season and the route.",
        ] {
            assert!(reports(text).is_empty(), "{text}: {:?}", reports(text));
        }
        // `added to` is no `according to`.
        let got = only("The proceeds will be added to working capital, the company said.");
        assert_eq!((got.0.as_str(), got.1.as_str()), ("the company", "said"));
        // A record opening the sentence leaves its clause to the speaker who ends it.
        let got = only("According to final figures, exports fell by a fifth, an official said.");
        assert_eq!(got.0, "an official");
    }

    #[test]
    fn a_time_after_a_trailing_verb() {
        for text in [
            "The port is safe, Ines Berg said Monday.",
            "The port is safe, Ines Berg said last week.",
            "The port is safe, Ines Berg said on Monday.",
            "The port is safe, Ines Berg said Monday, adding that ships would sail.",
            "The port is safe, Ines Berg said, adding that ships would sail.",
        ] {
            let got = only(text);
            assert_eq!(
                (got.0.as_str(), got.2.as_str()),
                ("Ines Berg", "The port is safe"),
                "{text}"
            );
        }
        // Inside the sentence, the attribution leaves the speech whole.
        let got = reports("The younger travellers, she said, want faster ferries.");
        assert_eq!(
            got[0].2,
            "The younger travellers, she said, want faster ferries"
        );
        let got = reports("Ines Berg said Monday the port was safe.");
        assert_eq!(got[0].2, "the port was safe");
    }

    #[test]
    fn a_semicolon_before_another_speaker_ends_the_speech() {
        let got =
            reports("Six in 10 said the fares were too high; 40 percent said they would drive.");
        let contents: Vec<&str> = got.iter().map(|r| r.2.as_str()).collect();
        assert_eq!(
            contents,
            ["the fares were too high", "they would drive"],
            "{got:?}"
        );
        // Not before a speaker at the end of the next clause: that clause is no report of its
        // own to end at.
        let (_, _, c) = only("The mayor said the port would reopen; ships would wait, he added.");
        assert!(
            c.starts_with("the port would reopen; ships would wait"),
            "{c}"
        );
    }

    /// The shortcut in [`sentence_end`]: a word of more than six bytes with no dot or hyphen
    /// is no abbreviation.
    #[test]
    fn long_words_are_no_abbreviations() {
        let extra = [
            "Calif", "Sept", "Messrs", "Univ", "Ala", "ill", "Corp", "Inc", "Jr", "U", "S", "e",
        ];
        let mut long = 0;
        for t in super::super::scan::generated_texts(7, 40_000, 4, &extra) {
            if t.len() > 6 && !t.contains(['.', '-']) {
                long += 1;
                assert!(!words::is_abbreviation(&t), "{t:?}");
            }
        }
        assert!(long > 1000, "{long}");
    }

    #[test]
    fn verb_forms_are_the_lexicons() {
        for v in [
            "said", "says", "told", "tells", "added", "wrote", "say", "tell",
        ] {
            assert_eq!(verb_form(v), super::super::speech::facts_of(v).cue(), "{v}");
        }
        assert_eq!(verb_form("according"), None);
    }

    #[test]
    fn speech_of_one_word_is_none() {
        // The second word told by the next token, set apart by a blank or joined to the first.
        for text in [
            "The mayor said Kiel.",
            "The mayor said Kiel .",
            "The mayor said Kiel;",
            "The mayor said Kiel ,.",
            "The mayor said Kiel\u{a0}.",
        ] {
            assert!(reports(text).is_empty(), "{text}: {:?}", reports(text));
        }
        for (text, content) in [
            ("The mayor said Kiel wins.", "Kiel wins"),
            ("The mayor said Kiel, too.", "Kiel, too"),
            ("The mayor said Kiel\u{a0}wins.", "Kiel\u{a0}wins"),
        ] {
            assert_eq!(only(text).2, content, "{text}");
        }
    }

    #[test]
    fn denials_are_not_reported_speech() {
        for text in [
            "The port would not say when the ships would sail.",
            "The mayor didn’t say whether the bridge was safe.",
            "The mayor DIDN'T SAY whether the bridge was safe.",
            "Officials never said the road was closed.",
            "The agency cannot say how many people were hurt.",
            "The ministry has not said who will lead the inquiry.",
        ] {
            assert!(reports(text).is_empty(), "{text}: {:?}", reports(text));
        }
        // A denial inside what was said is still speech.
        assert_eq!(reports("The port said it would not reopen.").len(), 1);
        assert!(negation("Wouldn’t") && negation("NOT") && !negation("knot") && !negation("nt"));
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
            // Found in order, which [`find`] relies on.
            assert!(between.is_sorted(), "{s:?} {lo}..{hi} {blocked:?}");
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

    /// The vector searcher is there on the CPUs these tests run on, so that the comparisons
    /// below test it: every x86-64 CPU with SSSE3, and every aarch64 one.
    #[test]
    fn vector_verb_search_is_there() {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("ssse3") {
            assert!(packed_verbs().is_some());
        }
        #[cfg(target_arch = "aarch64")]
        assert!(packed_verbs().is_some());
    }

    /// [`verb_hits`] into `got` by both searches, the vector one (where the CPU has it) and the
    /// portable one, which must agree.
    fn both_searches(bytes: &[u8], lo: usize, hi: usize, got: &mut Vec<(usize, usize)>) {
        got.clear();
        verb_hits_chunked(bytes, lo, hi, got);
        if let Some(searcher) = packed_verbs() {
            let mut packed = Vec::new();
            verb_hits_packed(searcher, bytes, lo, hi, &mut packed);
            assert_eq!(
                packed,
                *got,
                "{:?} {lo}..{hi}",
                String::from_utf8_lossy(bytes)
            );
        }
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
            "ld",
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
            both_searches(s.as_bytes(), lo, hi, &mut got);
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
            // A verb inside a match of the search that is none.
            ("according told", 0, 14, vec![(10, 14)]),
        ] {
            both_searches(s.as_bytes(), lo, hi, &mut got);
            assert_eq!(got, want, "{s:?}");
            assert_eq!(memmem_hits(s.as_bytes(), lo, hi), want, "{s:?}");
        }
        // Text thick with verbs, which the vector search hands to the portable one part of the
        // way through, at every offset of the hand-over.
        for k in 0..12 {
            let s = format!(
                "{}{}",
                "x".repeat(k),
                "said, according told; wrote: ".repeat(20)
            );
            let (lo, hi) = (k / 2, s.len() - k / 3);
            let want = memmem_hits(s.as_bytes(), lo, hi);
            assert!(want.len() > 40, "{}", want.len());
            both_searches(s.as_bytes(), lo, hi, &mut got);
            assert_eq!(got, want, "{s:?}");
        }
    }
}
