//! Speech cues and speakers around quotes, and reported speech.
//!
//! Only the text between consecutive quotes of a paragraph (at most [`WINDOW`] bytes of it on
//! each side) is tokenized, and each stretch is read a fixed number of times, so the pass is
//! linear in the input.

use super::grammar::{Frame, Grammar, Mention, Setting};
use super::quotes::Regions;
use super::scan;
use super::words::{self, Tok, Tokens};
use crate::{Quote, QuoteKind, ReportedSpeech, Span, Speaker, Text};

/// How far before a quote its frame is looked for, in bytes: a long sentence.
pub(crate) const WINDOW: usize = 320;

/// How far after a quote its frame is looked for, in bytes.
const TRAIL: usize = 240;

/// The window read first on either side, enough for most frames.
const SHORT: usize = 128;

/// The frames found for the pieces and quotes of an article, each kept once and named by its
/// index, so that the lists per piece and per quote stay small: a frame takes 56 bytes, and a
/// long article has tens of thousands of pieces.
#[derive(Default)]
struct Frames(Vec<Frame>);

/// The lists [`attribute`] works in, kept between articles (see [`Buffers::release`]).
#[derive(Default)]
pub(crate) struct Buffers {
    pieces: Vec<Piece>,
    pi: Vec<PieceInfo>,
    frames: Vec<Frame>,
    qi: Vec<QuoteInfo>,
    new_index: Vec<usize>,
}

impl Buffers {
    /// Gives back the lists that grew past `keep` bytes. It runs after every article, and in
    /// nearly every one no list did: that is told inline, by the largest, without a call.
    #[inline]
    pub fn release(&mut self, keep: usize) {
        use super::held;
        let most = held(&self.pieces)
            .max(held(&self.pi))
            .max(held(&self.frames))
            .max(held(&self.qi))
            .max(held(&self.new_index));
        if most > keep {
            self.release_each(keep);
        }
    }

    /// [`Buffers::release`] of each list.
    #[cold]
    #[inline(never)]
    fn release_each(&mut self, keep: usize) {
        super::release(&mut self.pieces, keep);
        super::release(&mut self.pi, keep);
        super::release(&mut self.frames, keep);
        super::release(&mut self.qi, keep);
        super::release(&mut self.new_index, keep);
    }
}

/// An index into [`Frames`], or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FrameId(u32);

const NO_FRAME: FrameId = FrameId(u32::MAX);

impl Frames {
    fn put(&mut self, f: Option<Frame>) -> FrameId {
        match f {
            Some(f) if self.0.len() < u32::MAX as usize => {
                self.0.push(f);
                FrameId(self.0.len() as u32 - 1)
            }
            _ => NO_FRAME,
        }
    }

    fn get(&self, id: FrameId) -> Option<Frame> {
        self.0.get(id.0 as usize).copied()
    }
}

/// What was read around one piece of a top-level quote.
#[derive(Debug, Clone, Copy)]
struct PieceInfo {
    leading: FrameId,
    trailing: FrameId,
    setting: Setting,
    follows: Follower,
}

impl Default for PieceInfo {
    fn default() -> Self {
        PieceInfo {
            leading: NO_FRAME,
            trailing: NO_FRAME,
            setting: Setting::Opens,
            follows: Follower::Other,
        }
    }
}

/// What was decided for one quote.
#[derive(Debug, Clone, Copy)]
struct QuoteInfo {
    /// Its first and last piece in the list of top-level pieces (`usize::MAX` when nested).
    first: u32,
    last: u32,
    /// The quote it was joined to, as a later piece of a split quote (`u32::MAX`: none).
    joined: u32,
    frame: FrameId,
    /// A speaker and cue continued from the quote before.
    carried: FrameId,
}

impl Default for QuoteInfo {
    fn default() -> Self {
        QuoteInfo {
            first: u32::MAX,
            last: 0,
            joined: u32::MAX,
            frame: NO_FRAME,
            carried: NO_FRAME,
        }
    }
}

impl QuoteInfo {
    /// Its first and last piece (`usize::MAX` first when nested); 32 bits each in memory.
    fn range(&self) -> (usize, usize) {
        let first = if self.first == u32::MAX {
            usize::MAX
        } else {
            self.first as usize
        };
        (first, self.last as usize)
    }

    fn merged_into(&self) -> Option<usize> {
        (self.joined != u32::MAX).then_some(self.joined as usize)
    }
}

/// A piece of a top-level quote, with the region it is in.
#[derive(Debug, Clone, Copy)]
struct Piece {
    /// Indices kept in 32 bits: a long article holds tens of thousands of pieces.
    quote: u32,
    span: Span,
    content: Span,
    region: u32,
    closed: bool,
}

impl Piece {
    fn quote(&self) -> usize {
        self.quote as usize
    }

    fn region(&self) -> usize {
        self.region as usize
    }
}

/// Lists the pieces of the top-level quotes in `out`, in order.
fn top_pieces(regions: &[Span], quotes: &[Quote<'_>], out: &mut Vec<Piece>) {
    out.clear();
    // Most quotes have one piece; a pass to count them exactly cost a read of every quote.
    out.reserve(quotes.len());
    let mut r = 0;
    for (qi, q) in quotes.iter().enumerate() {
        if q.parent.is_some() {
            continue;
        }
        for p in &q.pieces {
            while r + 1 < regions.len() && regions[r].end <= p.span.start {
                r += 1;
            }
            out.push(Piece {
                quote: qi as u32,
                span: p.span,
                content: p.content.span,
                region: r as u32,
                closed: p.closed,
            });
        }
    }
}

/// The last non-blank character of a piece's content.
fn last_char(input: &str, content: Span) -> Option<char> {
    content.as_str(input).trim_end().chars().next_back()
}

/// Whether a frame after a quote belongs to it rather than to the quote after it: `"A." He
/// added: "B."` introduces B.
fn owns_trailing(input: &str, p: &Piece, f: &Frame) -> bool {
    let terminal = matches!(last_char(input, p.content), Some('.' | '!' | '?'));
    !(terminal && f.capital && (matches!(f.end, Some(':' | ',')) && f.clean || f.clause_after))
}

/// Finds the cue and speaker of each direct quote, joins split quotes (`"A," he said, "B."`)
/// into one, and tells scare quotes and titles from speech.
// Out of line so that a profile shows each pass of the pipeline on its own.
#[inline(never)]
pub(crate) fn attribute<'a>(
    input: &'a str,
    regions: Regions<'_>,
    quotes: &mut Vec<Quote<'a>>,
    toks: &mut Tokens,
    bufs: &mut Buffers,
) {
    if quotes.is_empty() {
        return;
    }
    let mut pieces = std::mem::take(&mut bufs.pieces);
    top_pieces(&regions, quotes, &mut pieces);
    let cr = regions.cr();
    let n = pieces.len();
    let mut pi = std::mem::take(&mut bufs.pi);
    pi.clear();
    pi.resize(n, PieceInfo::default());
    let mut fr = Frames(std::mem::take(&mut bufs.frames));
    fr.0.clear();
    let mut cached_gap: Option<usize> = None;
    for k in 0..n {
        let p = pieces[k];
        let r = regions[p.region()];
        let lo = if k > 0 && pieces[k - 1].region == p.region {
            pieces[k - 1].span.end()
        } else {
            r.start()
        };
        let hi = if k + 1 < n && pieces[k + 1].region == p.region {
            pieces[k + 1].span.start()
        } else {
            r.end()
        };
        // The gap before this piece was read whole after the piece before, when it was short;
        // otherwise a short window first, and a longer one when no sentence starts in it.
        let start = p.span.start();
        let cached = cached_gap == Some(k);
        cached_gap = None;
        // With nothing before the mark, as for a quote that opens its paragraph (a third of
        // them), there is no window to read: no frame, and the quote opens its sentence, as the
        // piece's defaults say. (A gap is cached only when it holds text, so `cached` implies
        // `lo < start`; it is tested first as the cheaper.)
        if cached || lo < start {
            let mut lead_from = lo;
            if !cached {
                let from = words::back(input, cr, lo, start, SHORT);
                toks.clear();
                toks.add(input, from, start);
                lead_from = from;
                if from > lo && !toks.toks.iter().any(|t| t.ends_sentence()) {
                    // No sentence starts in the short window: read the long one, tokenizing
                    // only what the short one did not hold.
                    lead_from = words::back(input, cr, lo, start, WINDOW);
                    toks.widen_back(input, lead_from, from, start);
                }
            }
            let (mut leading, setting) = Grammar::new(input, toks).leading();
            if leading.is_none() && lo == r.start() && lead_from == lo {
                leading = Grammar::new(input, toks).leading_sentence_before();
            }
            pi[k].leading = fr.put(leading);
            pi[k].setting = setting;
        }
        if p.closed && p.span.end() < hi {
            let end = p.span.end();
            let whole = k + 1 < n
                && pieces[k + 1].region == p.region
                && words::lf_len(input, cr, end, hi) <= WINDOW;
            let mut ahead = SHORT;
            let mut read_to = None;
            loop {
                let to = if whole {
                    hi
                } else {
                    words::ahead(input, cr, hi, end, ahead)
                };
                match read_to {
                    // The long window: only what the short one did not hold is tokenized.
                    Some(short) => toks.widen_ahead(input, end, short, to),
                    None => {
                        toks.clear();
                        toks.add(input, end, to);
                    }
                }
                read_to = Some(to);
                let tight = !toks
                    .toks
                    .first()
                    .is_some_and(|t| t.is_punct(',') || t.is_dash())
                    && last_char(input, p.content).is_some_and(char::is_alphanumeric);
                let mut trailing = Grammar::new(input, toks).trailing(tight);
                pi[k].follows = follower(input, &toks.toks, tight);
                if to < hi {
                    // The frame runs to the window's edge: read further, or give up knowing
                    // what follows it.
                    if ahead < TRAIL && trailing.map_or(true, |t| t.end.is_none()) {
                        ahead = TRAIL;
                        continue;
                    }
                    if let Some(t) = trailing.as_mut() {
                        t.clean = false;
                    }
                }
                pi[k].trailing = fr.put(trailing);
                break;
            }
            if whole {
                cached_gap = Some(k + 1);
            }
        }
    }

    // The pieces of each top-level quote are consecutive in `pieces`.
    let mut qi = std::mem::take(&mut bufs.qi);
    qi.clear();
    qi.resize(quotes.len(), QuoteInfo::default());
    for (k, p) in pieces.iter().enumerate() {
        let r = &mut qi[p.quote()];
        if r.first == u32::MAX {
            r.first = k as u32;
        }
        r.last = k as u32;
    }

    // Split quotes: `"A," he said. "B."` is one quote of two pieces.
    let mut group: Option<(usize, usize)> = None;
    // Nested quotes have no top-level pieces, so the first test below also skips them
    // without reading the quotes themselves (a long list of large structs).
    for q in 0..quotes.len() {
        if qi[q].range().0 == usize::MAX {
            continue;
        }
        let (kf, kl) = qi[q].range();
        if let Some((h, gl)) = group {
            if kf == gl + 1 && pieces[kf].region == pieces[gl].region {
                if let Some(f) = fr.get(pi[gl].trailing) {
                    let own_frame = fr
                        .get(pi[kl].trailing)
                        .is_some_and(|t| owns_trailing(input, &pieces[kl], &t));
                    let other_lead = fr.get(pi[kf].leading).is_some_and(|l| l.cue != f.cue);
                    if f.clean
                        && f.end.is_some()
                        && pi[qi[h].range().0].setting != Setting::Inside
                        && !f.chained
                        && f.end != Some(':')
                        && owns_trailing(input, &pieces[gl], &f)
                        && !own_frame
                        && !other_lead
                    {
                        qi[q].joined = h as u32;
                        qi[h].frame = pi[gl].trailing;
                        group = Some((h, kl));
                        continue;
                    }
                }
            }
        }
        group = Some((q, kl));
    }

    // The frame of each quote that was not joined to another.
    let mut last_framed: Option<(u32, FrameId)> = None;
    for q in 0..quotes.len() {
        if qi[q].range().0 == usize::MAX || qi[q].merged_into().is_some() || qi[q].frame != NO_FRAME
        {
            continue;
        }
        let (kf, kl) = qi[q].range();
        let lead = fr.get(pi[kf].leading);
        let trail = fr
            .get(pi[kl].trailing)
            .filter(|t| owns_trailing(input, &pieces[kl], t));
        let new_sentence = trail.is_some_and(|t| {
            t.capital && matches!(last_char(input, pieces[kl].content), Some('.' | '!' | '?'))
        });
        // The frame of a piece is named by its index, not stored again.
        let (mut frame, mut id) = if lead.is_some_and(|l| {
            l.end == Some(':') && (l.adjacent || trail.is_none()) || l.adjacent && new_sentence
        }) {
            (lead, pi[kf].leading)
        } else if trail.is_some() {
            (trail, pi[kl].trailing)
        } else if lead.is_some() {
            (lead, pi[kf].leading)
        } else {
            let f = colon_before(input, cr, regions, &pieces, kf, toks)
                .or_else(|| signed_after(input, cr, regions, &pieces, kl, toks));
            (f, NO_FRAME)
        };
        let before = kf
            .checked_sub(1)
            .filter(|&k| pieces[k].region == pieces[kf].region);
        let prev_frame = |qi: &[QuoteInfo], fr: &Frames, k: usize| {
            let g = pieces[k].quote();
            fr.get(qi[qi[g].merged_into().unwrap_or(g)].frame)
        };
        if let (Some(f), Some(k)) = (frame, before) {
            // `… told Newsmax that Romney "…," adding, "…"`: the participle's subject is the
            // speaker of the quote before.
            if f.speaker.is_none() && f.open_start {
                // Not from a naming verb: `a class called "Perception" …, writing "…"`.
                let speech = prev_frame(&qi, &fr, k).filter(|p| !naming_cue(input, p.cue));
                frame = Some(Frame {
                    speaker: speech.and_then(|p| p.speaker),
                    ..f
                });
                id = NO_FRAME;
            }
        }
        qi[q].frame = if id == NO_FRAME { fr.put(frame) } else { id };
        // A quote that opens a sentence with no attribution of its own, after an attributed
        // quote of the same paragraph, continues that speaker (`"A," she said on "New Day."
        // "B."`).
        if frame.is_none() && pi[kf].setting == Setting::Opens {
            if let Some((r, f)) = last_framed {
                if r == pieces[kf].region {
                    qi[q].carried = f;
                }
            }
        }
        if frame.is_some_and(|f| {
            f.speaker.is_some() && pi[kf].setting != Setting::Inside && !naming_cue(input, f.cue)
        }) {
            last_framed = Some((pieces[kl].region, qi[q].frame));
        }
        // A paragraph that is only a quote, after a paragraph that ends with an attributed
        // quote, continues that speaker.
        if frame.is_none() && kf > 0 && pieces[kf - 1].region + 1 == pieces[kf].region {
            let (k, p) = (kf - 1, pieces[kf - 1]);
            let r = regions[pieces[kf].region()];
            let opens =
                super::scan::skip_space(input, r.start(), r.end()) == pieces[kf].span.start();
            let ends = p.span.end >= regions[p.region()].end
                || fr
                    .get(pi[k].trailing)
                    .is_some_and(|t| t.clean && t.end == Some('.'));
            if opens && ends && regions.body(p.region()) {
                let g = pieces[k].quote();
                let prev = qi[qi[g].merged_into().unwrap_or(g)].frame;
                qi[q].carried = if prev_frame(&qi, &fr, k).is_some_and(|f| f.speaker.is_some()) {
                    prev
                } else {
                    NO_FRAME
                };
            }
        }
    }

    // Join, classify, and write the speakers.
    for q in 0..quotes.len() {
        if let Some(h) = qi[q].merged_into() {
            let mut moved = std::mem::take(&mut quotes[q].pieces);
            quotes[h].pieces.append(&mut moved);
        }
    }
    // Kept quotes are numbered in order.
    let mut new_index = std::mem::take(&mut bufs.new_index);
    new_index.clear();
    new_index.reserve(quotes.len());
    let mut kept = 0;
    for info in &qi {
        new_index.push(kept);
        if info.merged_into().is_none() {
            kept += 1;
        }
    }
    // In place: a second list of quotes while the first is alive doubled the heap a long
    // article's quotes take.
    for (q, quote) in quotes.iter_mut().enumerate() {
        if qi[q].merged_into().is_some() {
            continue;
        }
        quote.parent = quote
            .parent
            .map(|p| new_index[qi[p].merged_into().unwrap_or(p)]);
        let first = qi[q].range().0;
        match fr.get(qi[q].frame) {
            Some(f) => {
                // A quote set inside the writer's sentence is a fragment of speech, unless the
                // verb introduces it directly (`chanted "Build the wall!"`).
                let direct_lead = fr
                    .get(pi[first].leading)
                    .is_some_and(|l| l.cue == f.cue && l.adjacent);
                let text = quote
                    .pieces
                    .first()
                    .map_or("", |p| p.content.span.as_str(input));
                // A quote that starts in lower case after the writer's words (`the club, she
                // said, "is a perfect example"`) is a fragment even right after its verb.
                let lower = text
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase);
                let lead = fr.get(pi[first].leading).filter(|l| l.cue == f.cue);
                let open = pieces[first].span.start();
                // `said that "the damage is done"`, `called her actions "extremely careless"`:
                // words that run on from the writer's clause.
                // This and the tests below are read only where their answer counts.
                let runs_on = || {
                    lead.is_some_and(|l| {
                        l.inserted
                            || naming_cue(input, l.cue)
                            || input
                                .get(l.cue.end().min(open)..open)
                                .unwrap_or("")
                                .trim_end()
                                .rsplit(|c: char| !c.is_alphanumeric())
                                .next()
                                .is_some_and(|w| w == "that")
                    })
                };
                let inside = pi[first].setting == Setting::Inside && !direct_lead
                    || lower && quote.pieces.len() == 1 && runs_on();
                // `told "Fox and Friends"`, `a play called "Los Hijos de Trump"`.
                // `told "Fox and Friends"`, `according to his book "The Art of the Deal."`
                let naming = || {
                    naming_cue(input, f.cue)
                        || f.cue.as_str(input).starts_with("tel")
                        || f.cue.as_str(input).starts_with("told")
                        || f.cue.as_str(input).eq_ignore_ascii_case("according to")
                };
                // Read only when the tests before it leave a title possible.
                let sentence = || {
                    let trimmed = text.trim_end();
                    trimmed.ends_with(['!', '?'])
                        || trimmed.ends_with('.') && scan::words_upto(trimmed, 7) == 7
                };
                let by_author =
                    pi.get(qi[q].range().1).map(|p| p.follows) == Some(Follower::Author);
                if quote.pieces.len() == 1
                    && (by_author
                        || pi[first].setting != Setting::Opens
                            && (lead.is_some_and(|l| !l.adjacent) || naming())
                            && !sentence())
                    && looks_like_title(text)
                {
                    quote.kind = QuoteKind::Title;
                } else {
                    quote.kind = if inside {
                        QuoteKind::Partial
                    } else {
                        QuoteKind::Direct
                    };
                    quote.cue = Some(Text::of(input, f.cue));
                    quote.speaker = f.speaker.map(|m| Box::new(speaker(input, m)));
                }
            }
            None => {
                let whole = qi[q].range().0 != usize::MAX && {
                    let p = pieces[qi[q].range().0];
                    let r = regions[p.region()];
                    p.span.start == r.start
                        && quote.pieces.last().is_some_and(|x| x.span.end >= r.end)
                };
                quote.kind = classify(input, quote, whole);
                if quote.parent.is_some() && quote.kind == QuoteKind::Direct {
                    // Words quoted inside someone's quote are set in that speaker's sentence.
                    quote.kind = QuoteKind::Partial;
                }
                let last = qi[q].range().1;
                match pi.get(last).map(|p| p.follows) {
                    Some(Follower::Author) if quote.pieces.len() == 1 => {
                        quote.kind = QuoteKind::Title
                    }
                    Some(Follower::Run)
                        if quote.kind == QuoteKind::Direct && quote.pieces.len() == 1 =>
                    {
                        quote.kind = QuoteKind::Partial;
                    }
                    _ => {}
                }
                let text = quote
                    .pieces
                    .first()
                    .map_or("", |p| p.content.span.as_str(input));
                let set = pi
                    .get(qi[q].range().0)
                    .map_or(Setting::Opens, |p| p.setting);
                if quote.kind == QuoteKind::Direct && quote.pieces.len() == 1 && inside(set, text) {
                    quote.kind = QuoteKind::Partial;
                }
                if let (QuoteKind::Direct, Some(f)) = (quote.kind, fr.get(qi[q].carried)) {
                    quote.cue = Some(Text::of(input, f.cue));
                    quote.speaker = f.speaker.map(|m| Box::new(speaker(input, m)));
                }
            }
        }
    }
    let mut q = 0;
    quotes.retain(|_| {
        q += 1;
        qi[q - 1].merged_into().is_none()
    });
    super::quotes::shrink_large(quotes);
    *bufs = Buffers {
        pieces,
        pi,
        frames: fr.0,
        qi,
        new_index,
    };
}

/// What follows a quote that has no frame after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Follower {
    /// `"…," by Jane Doe`: a headline or title and its author.
    Author,
    /// The writer's sentence runs on (`"the court expresses no view" of the case`).
    Run,
    Other,
}

fn follower(input: &str, toks: &[Tok], tight: bool) -> Follower {
    let Some(t) = toks.first() else {
        return Follower::Other;
    };
    // `"…," by Jane Doe`, `"…", by Jane Doe`
    let by = usize::from(t.is_punct(','));
    if toks.get(by).is_some_and(|b| b.text(input) == "by")
        && toks.get(by + 1).is_some_and(|n| n.cap)
    {
        return Follower::Author;
    }
    if tight && t.kind == super::words::Kind::Word && !t.cap {
        return Follower::Run;
    }
    Follower::Other
}

/// Whether a quote continues the writer's sentence rather than standing as the speaker's own:
/// set inside it (`said he was "…`), or after a comma and starting in lower case (`Unless
/// rivals quit, "it is hard …`).
fn inside(setting: Setting, text: &str) -> bool {
    match setting {
        Setting::Opens => false,
        Setting::Inside => true,
        Setting::AfterComma => text
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase),
    }
}

/// The verbs of a cue that names rather than speaks.
const NAMING_CUES: [&str; 10] = [
    "called", "calls", "calling", "named", "dubbed", "titled", "entitled", "labeled", "labelled",
    "branded",
];

/// The bytes a naming cue opens with, worked out from [`NAMING_CUES`].
static NAMING_OPENERS: [bool; 128] = {
    let mut t = [false; 128];
    let mut i = 0;
    while i < NAMING_CUES.len() {
        t[NAMING_CUES[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    t
};

/// Whether a cue names rather than speaks (`called`, `dubbed`, `titled`). Most cues (`said`)
/// open with a visible ASCII byte no naming verb opens with, and are turned away by it.
fn naming_cue(input: &str, cue: Span) -> bool {
    let text = cue.as_str(input);
    if text
        .as_bytes()
        .first()
        .is_some_and(|&b| b.is_ascii_graphic() && !NAMING_OPENERS[usize::from(b)])
    {
        return false;
    }
    NAMING_CUES.contains(&scan::first_word(text))
}

/// A [`Speaker`] from a mention.
pub(crate) fn speaker<'a>(input: &'a str, m: Mention) -> Speaker<'a> {
    Speaker {
        mention: Text::of(input, m.span),
        kind: m.kind,
        name: m.name.map(|s| Text::of(input, s)),
        role: m.role.map(|s| Text::of(input, s)),
    }
}

/// A quote that opens its paragraph after a paragraph ending with a colon (`Hugh Hill, a
/// doctor, said:` or `And from Chairwoman Lee:`) takes that paragraph's frame.
fn colon_before(
    input: &str,
    cr: bool,
    regions: Regions<'_>,
    pieces: &[Piece],
    kf: usize,
    toks: &mut Tokens,
) -> Option<Frame> {
    let p = pieces[kf];
    let r = regions[p.region()];
    if p.region == 0
        || !regions.body(p.region())
        || super::scan::skip_space(input, r.start(), r.end()) != p.span.start()
    {
        return None;
    }
    let prev = regions[p.region() - 1];
    if !regions.body(p.region() - 1) || !prev.as_str(input).trim_end().ends_with(':') {
        return None;
    }
    let mut lo = prev.start();
    if kf > 0 && pieces[kf - 1].region == p.region - 1 {
        if pieces[kf - 1].span.end >= prev.end {
            return None;
        }
        lo = pieces[kf - 1].span.end();
    }
    let from = words::back(input, cr, lo, prev.end(), WINDOW);
    toks.clear();
    toks.add(input, from, prev.end());
    Grammar::new(input, toks).leading().0
}

/// A quote that ends its paragraph, followed by a paragraph that only signs it
/// (`- Jane Doe, Springfield.`).
fn signed_after(
    input: &str,
    cr: bool,
    regions: Regions<'_>,
    pieces: &[Piece],
    kl: usize,
    toks: &mut Tokens,
) -> Option<Frame> {
    let p = pieces[kl];
    let r = regions[p.region()];
    if p.span.end < r.end || !regions.body(p.region()) {
        return None;
    }
    let next = *regions.get(p.region() + 1)?;
    if !regions.body(p.region() + 1) || words::lf_len(input, cr, next.start(), next.end()) > 120 {
        return None;
    }
    toks.clear();
    toks.add(input, next.start(), next.end());
    if !toks.toks.first().is_some_and(Tok::is_dash) || toks.toks.len() > 16 {
        return None;
    }
    Grammar::new(input, toks).trailing(false)
}

/// Speech, a scare quote or a title, for a quote with no speech verb around it.
fn classify(input: &str, quote: &Quote<'_>, whole_paragraph: bool) -> QuoteKind {
    if quote.pieces.len() > 1 {
        return QuoteKind::Direct;
    }
    let text = quote
        .pieces
        .first()
        .map_or("", |p| p.content.span.as_str(input))
        .trim();
    // Counted no further than the largest number the rules below ask about.
    let words = scan::words_upto(text, 8);
    let first_upper = text
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_uppercase);
    let terminal = text
        .trim_end_matches(['"', '\'', '’', '”', ')'])
        .ends_with(['.', '!', '?']);
    // `Crippled America: How to Make America Great Again,`, a heading in capitals: a title,
    // however long, when it is not a sentence.
    let title = looks_like_title(text);
    if title && !terminal {
        return QuoteKind::Title;
    }
    if words >= 8
        || whole_paragraph && words >= 2
        || words >= 3 && first_upper && terminal && !title
    {
        return QuoteKind::Direct;
    }
    if title {
        QuoteKind::Title
    } else {
        QuoteKind::Scare
    }
}

/// Title case (`The Truman Show.`, `Meet the Press`): every word capitalised but the small
/// ones, and no question or exclamation.
fn looks_like_title(text: &str) -> bool {
    // Titles are short; a long quote is not read word by word.
    if text.len() > 120 && scan::byte_len(text) > 120 {
        return false;
    }
    let text = text.trim();
    if text.ends_with(['!', '?']) {
        return false;
    }
    // A heading in capitals (`EVENTUALLY VOTERS DECIDE`).
    if !text.chars().any(char::is_lowercase)
        && text.chars().filter(|c| c.is_alphabetic()).nth(3).is_some()
    {
        return true;
    }
    let bare = text.trim_end_matches([',', '.', ';', ':']);
    let small = |w: &str| {
        matches!(
            w,
            "a" | "an"
                | "de"
                | "la"
                | "del"
                | "du"
                | "le"
                | "von"
                | "van"
                | "y"
                | "the"
                | "of"
                | "and"
                | "or"
                | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "with"
                | "from"
                | "by"
                | "vs"
                | "vs."
                | "&"
                | "-"
                | "–"
                | "—"
                | "is"
                | "as"
                | "but"
                | "nor"
                | "into"
                | "over"
        )
    };
    // The capitals first: most quotes fail them at their first words, before the words are
    // counted.
    let title_case = bare.split_whitespace().enumerate().all(|(i, w)| {
        let c = w.chars().find(|c| c.is_alphanumeric());
        c.map_or(true, |c| c.is_uppercase() || c.is_numeric()) || i > 0 && small(w)
    }) && bare
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    if !title_case {
        return false;
    }
    let words = scan::words_upto(bare, 11);
    !(words == 0
        || words > 10
        || memchr::memchr3(b'.', b'!', b'?', bare.as_bytes()).is_some()
            && words > 1
            && !bare.contains(": "))
}

/// Finds speech reported without quotation marks.
pub(crate) fn reported<'a>(
    input: &'a str,
    regions: Regions<'_>,
    quotes: &[Quote<'a>],
    toks: &mut Tokens,
    bufs: &mut super::reported::Buffers,
) -> Vec<ReportedSpeech<'a>> {
    super::reported::find(input, regions, quotes, toks, bufs)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gate on the first byte turns away no naming cue: over generated cue texts, with the
    /// naming verbs in and around them, the answer is that of the word lookup alone.
    #[test]
    fn naming_cues_agree_with_the_list() {
        let extra = [
            "called", "Called", "calls", "named", "dubbed", "titled", "entitled", "labeled",
            "labelled", "branded", "said", "told", "\u{a0}", " ",
        ];
        let mut found = 0;
        for t in super::scan::generated_texts(21, 20_000, 4, &extra) {
            let want = NAMING_CUES.contains(&scan::first_word(&t));
            found += usize::from(want);
            assert_eq!(naming_cue(&t, Span::new(0, t.len())), want, "{t:?}");
        }
        assert!(found > 100, "{found}");
    }
}
