//! Speech reported without quotation marks: `X said (that) …`, `…, X said.`, `according to X`.
//!
//! Speech verbs are found with one `memmem` pass per verb over the body; each hit is read in a
//! window of bounded size around it, and the end of each sentence is found once, so the pass is
//! linear in the input.

use std::sync::OnceLock;

use memchr::memmem::Finder;

use super::grammar::{Grammar, Mention};
use super::quotes::Region;
use super::words::{self, Kind, Tokens};
use crate::{Quote, QuoteKind, ReportKind, ReportedSpeech, Span, Text};

/// The verbs looked for, as written: each needle is one `memmem` pass, so the list is short and
/// a needle may stand for several forms (`say` finds `says`, `tell` finds `tells`).
const VERBS: &[&str] = &[
    "said",
    "say",
    "told",
    "tell",
    "ccording to",
    "added",
    "wrote",
];

/// How much text before a verb is read for its speaker (more when the speaker runs back to the
/// window's edge), and after it for its cue phrase.
const BACK: usize = 40;
const BACK_MAX: usize = 240;
const AHEAD: usize = 40;
const AHEAD_MAX: usize = 120;

fn finders() -> &'static [Finder<'static>] {
    static F: OnceLock<Vec<Finder<'static>>> = OnceLock::new();
    F.get_or_init(|| VERBS.iter().map(|v| Finder::new(v.as_bytes())).collect())
}

/// Finds speech reported without quotation marks in the body paragraphs.
// Out of line so that a profile shows each pass of the pipeline on its own.
#[inline(never)]
pub(crate) fn find<'a>(
    input: &'a str,
    regions: &[Region],
    quotes: &[Quote<'a>],
    toks: &mut Tokens,
    hits: &mut Vec<(usize, usize)>,
) -> Vec<ReportedSpeech<'a>> {
    hits.clear();
    let first_body = regions.iter().position(|r| r.body).unwrap_or(regions.len());
    let body = &regions[first_body..];
    let (Some(first), Some(last)) = (body.first().map(|r| r.span), body.last().map(|r| r.span))
    else {
        return Vec::new();
    };
    let (lo, hi) = (first.start(), last.end().min(input.len()));
    if lo >= hi {
        return Vec::new();
    }
    let bytes = input.as_bytes();
    for (v, f) in finders().iter().enumerate() {
        for at in f.find_iter(&bytes[lo..hi]) {
            let mut at = lo + at;
            let mut end = at + VERBS[v].len();
            match VERBS[v] {
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
    if hits.is_empty() {
        return Vec::new();
    }

    // Stretches where a verb is not reported speech: inside quotation marks, or the cue of a
    // direct quote (its speech is the quote).
    let mut blocked: Vec<Span> = Vec::new();
    for q in quotes {
        blocked.extend(q.pieces.iter().map(|p| p.span));
        if q.kind == QuoteKind::Direct {
            if let Some(c) = &q.cue {
                blocked.push(c.span);
            }
        }
    }
    blocked.sort_unstable();

    let mut out = Vec::new();
    let mut ends = SentenceEnds {
        cr: words::has_cr(input),
        ..SentenceEnds::default()
    };
    let (mut r, mut b) = (0, 0);
    let mut covered = 0usize;
    for &(at, end) in hits.iter() {
        while r < body.len() && body[r].span.end() <= at {
            r += 1;
        }
        let Some(region) = body.get(r).map(|x| x.span) else {
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
        if let Some(rs) = read(input, region, at, end, toks, &mut ends) {
            covered = rs.span.end();
            out.push(rs);
        }
    }
    super::quotes::shrink_large(&mut out);
    out
}

/// The end of the sentence a position is in, remembered so that no stretch is scanned twice.
#[derive(Default)]
struct SentenceEnds {
    from: usize,
    end: usize,
    /// Whether the input has carriage returns (see [`words::has_cr`]).
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
fn read<'a>(
    input: &'a str,
    region: Span,
    at: usize,
    end: usize,
    toks: &mut Tokens,
    ends: &mut SentenceEnds,
) -> Option<ReportedSpeech<'a>> {
    let (mut back, mut ahead) = (BACK, AHEAD);
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
        toks.clear();
        toks.add(input, from, to);
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
fn read_at<'a>(
    input: &'a str,
    region: Span,
    at: usize,
    c: usize,
    tokens: &Tokens,
    ends: &mut SentenceEnds,
    cut: bool,
    cut_ahead: bool,
) -> Result<Option<ReportedSpeech<'a>>, ()> {
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
    if c > s && toks[c - 1].kind == Kind::Word && super::speech::is_be(g.low(c - 1).as_str()) {
        return Ok(None);
    }
    let Some((a, speaker)) = g.reported_speaker(s, c) else {
        return Ok(None);
    };
    if a == 0 && cut {
        // The speaker phrase may run on before the window (`A spokesman for the …`).
        return Err(());
    }
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
        return Ok(trim(input, start, stop)
            .map(|content| make(input, ReportKind::Trailing, speaker, cue, content)));
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
    if content.as_str(input).split_whitespace().nth(1).is_none() {
        return Ok(None);
    }
    Ok(Some(make(
        input,
        ReportKind::Leading,
        speaker,
        cue,
        content,
    )))
}

/// `According to X, …`, `…, according to X.`
fn according_to<'a>(
    input: &'a str,
    region: Span,
    g: &Grammar<'_>,
    s: usize,
    c: usize,
    ends: &mut SentenceEnds,
) -> Option<ReportedSpeech<'a>> {
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
    content.as_str(input).split_whitespace().nth(1)?;
    Some(make(input, ReportKind::AccordingTo, m, cue, content))
}

fn trim(input: &str, a: usize, b: usize) -> Option<Span> {
    let a = super::scan::skip_space(input, a, b);
    let b = super::scan::trim_end_at(input, a, b);
    let b = b - input[a..b].len() + input[a..b].trim_end_matches([',', ';', ':']).len();
    (a < b).then(|| Span::new(a, b))
}

fn make<'a>(
    input: &'a str,
    kind: ReportKind,
    m: Mention,
    cue: Span,
    content: Span,
) -> ReportedSpeech<'a> {
    ReportedSpeech {
        span: m.span.cover(cue).cover(content),
        kind,
        speaker: super::attribution::speaker(input, m),
        cue: Text::of(input, cue),
        content: Text::of(input, content),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reports(s: &str) -> Vec<(String, String, String)> {
        let r = [Region {
            span: Span::new(0, s.len()),
            body: true,
        }];
        find(s, &r, &[], &mut Tokens::new(), &mut Vec::new())
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
}
