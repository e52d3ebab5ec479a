//! Quotation marks: pairing, apostrophes, nesting, continuation across paragraphs.
//!
//! Each region (the headline, then the body paragraphs) is searched for mark bytes with
//! `memchr3`; the marks found are paired with a small stack. Nothing here looks at a mark more
//! than a fixed number of times, so the pass is linear in the input.

use memchr::memchr3_iter;

use crate::{Pieces, Quote, QuoteKind, QuotePiece, Span, Text, Warning, WarningKind};

/// The stretches of text that quotes are looked for in, in input order: the headline, when
/// there is one, then the body paragraphs. Read as a slice of spans; only the headline is not
/// body text. Spans only, so that the frame writes them over the paragraph list it reads
/// (a long input of short paragraphs has one for every few bytes).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Regions<'r> {
    spans: &'r [Span],
    headline: bool,
    cr: bool,
}

impl<'r> Regions<'r> {
    /// `spans`, the first of them the headline when `headline` is set.
    pub fn new(spans: &'r [Span], headline: bool) -> Self {
        Regions {
            spans,
            headline: headline && !spans.is_empty(),
            cr: true,
        }
    }

    /// Tells whether the input holds a carriage return, as the pass over its bytes found; until
    /// told, the windows read around quotes and verbs count them wherever they may be (the
    /// same windows, found more slowly: see [`words::back`](super::words::back)).
    pub fn with_cr(self, cr: bool) -> Self {
        Regions { cr, ..self }
    }

    /// Whether the input may hold a carriage return.
    pub fn cr(&self) -> bool {
        self.cr
    }

    /// Whether region `k` is body text, whose quotes may run on into the next paragraph and
    /// whose neighbours may frame them; the headline is not.
    pub fn body(&self, k: usize) -> bool {
        k > 0 || !self.headline
    }

    /// The body paragraphs.
    pub fn body_spans(&self) -> &'r [Span] {
        &self.spans[usize::from(self.headline)..]
    }
}

impl std::ops::Deref for Regions<'_> {
    type Target = [Span];

    fn deref(&self) -> &[Span] {
        self.spans
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Double,
    Single,
}

/// The quotation-mark glyphs, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Glyph {
    /// `"`
    Straight2,
    /// `''`, the doubled apostrophe of New York Times copy.
    Doubled,
    /// ` `` `, the opening mark of older wire copy.
    Backtick2,
    /// `'`
    Straight1,
    /// `` ` ``
    Backtick1,
    /// `“`
    Left2,
    /// `”`
    Right2,
    /// `„`
    Low2,
    /// `‘`
    Left1,
    /// `’`
    Right1,
    /// `‚`
    Low1,
    /// `«`
    Guil2L,
    /// `»`
    Guil2R,
    /// `‹`
    Guil1L,
    /// `›`
    Guil1R,
    /// `「`
    Corner,
    /// `」`
    CornerEnd,
    /// `『`
    WhiteCorner,
    /// `』`
    WhiteCornerEnd,
}

impl Glyph {
    fn level(self) -> Level {
        use Glyph::*;
        match self {
            Straight2 | Doubled | Backtick2 | Left2 | Right2 | Low2 | Guil2L | Guil2R | Corner
            | CornerEnd => Level::Double,
            _ => Level::Single,
        }
    }

    /// Whether a paragraph that starts with this mark can be reopening a quote.
    fn can_reopen(self) -> bool {
        use Glyph::*;
        !matches!(self, Right2 | CornerEnd | WhiteCornerEnd | Right1)
    }
}

/// What is on either side of a mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    /// The edge of the region.
    Edge,
    Space,
    Alnum,
    /// `(`, `[`, a dash, a slash: text may open after it.
    Opening,
    /// `.`, `,`, `)`, …: text may close before it.
    Closing,
    /// Another quotation mark.
    Mark,
    Other,
}

fn side(c: Option<char>) -> Side {
    match c {
        None => Side::Edge,
        // Invisible format characters (`\u{202a}`, zero-width spaces) count as blanks.
        Some(c)
            if c.is_whitespace()
                || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}' | '\u{feff}') =>
        {
            Side::Space
        }
        Some(c) if c.is_alphanumeric() => Side::Alnum,
        Some('(' | '[' | '{' | '—' | '–' | '-' | '/' | '―' | '<') => Side::Opening,
        Some('.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '…' | '%' | '>') => {
            Side::Closing
        }
        Some(
            '"' | '\'' | '`' | '“' | '”' | '‘' | '’' | '„' | '‚' | '«' | '»' | '‹' | '›' | '「'
            | '」' | '『' | '』',
        ) => Side::Mark,
        Some(_) => Side::Other,
    }
}

/// [`side`] of each ASCII char, worked out once.
static ASCII_SIDE: [Side; 128] = {
    let mut t = [Side::Other; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c == b' ' || (c >= b'\t' && c <= b'\r') {
            Side::Space
        } else if c.is_ascii_alphanumeric() {
            Side::Alnum
        } else {
            match c {
                b'(' | b'[' | b'{' | b'-' | b'/' | b'<' => Side::Opening,
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'}' | b'%' | b'>' => {
                    Side::Closing
                }
                b'"' | b'\'' | b'`' => Side::Mark,
                _ => Side::Other,
            }
        };
        b += 1;
    }
    t
};

/// [`side`] of the char that ends `input[a..at]`: ASCII by the table, the rest decoded.
#[inline]
fn side_before(input: &str, a: usize, at: usize) -> Side {
    match input.as_bytes()[a..at].last() {
        Some(&c) if c < 0x80 => ASCII_SIDE[c as usize],
        _ => side(input[a..at].chars().next_back()),
    }
}

/// [`side`] of the char that starts `input[at..b]`.
#[inline]
fn side_after(input: &str, at: usize, b: usize) -> Side {
    match input.as_bytes()[at..b].first() {
        Some(&c) if c < 0x80 => ASCII_SIDE[c as usize],
        _ => side(input[at..b].chars().next()),
    }
}

/// One mark found in a region.
#[derive(Debug, Clone, Copy)]
struct Mark {
    /// Where it starts, and its length in bytes: 32 and 8 bits, so that a mark takes 12
    /// bytes (a paragraph of nothing but marks lists one for every byte or three).
    at: u32,
    len: u8,
    glyph: Glyph,
    prev: Side,
    next: Side,
    /// A `’` or `'` that could close a single quote (something before it, not a word after).
    single_closer: bool,
    /// An apostrophe of `rock ’n’ roll`, read as text.
    skip: bool,
    /// Whether a possible closing single mark follows before the next double mark.
    later_closer: bool,
}

impl Mark {
    fn at(&self) -> usize {
        self.at as usize
    }

    fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// Looks like it opens: space (or an opening) before, text after.
    fn left_flank(&self) -> bool {
        matches!(
            self.prev,
            Side::Edge | Side::Space | Side::Opening | Side::Mark
        ) && !matches!(self.next, Side::Edge | Side::Space)
    }

    /// Looks like it closes: text before, space or punctuation after.
    fn right_flank(&self) -> bool {
        !matches!(self.prev, Side::Edge | Side::Space)
            && matches!(
                self.next,
                Side::Edge | Side::Space | Side::Closing | Side::Mark | Side::Opening
            )
    }
}

/// A mark that opened a quote and is waiting for its closing mark.
#[derive(Debug, Clone, Copy)]
struct Open {
    quote: usize,
    level: Level,
    glyph: Glyph,
    /// A `'` or `’` that may have been an apostrophe after all: dropped silently if it never
    /// closes.
    weak: bool,
    at: usize,
    len: usize,
}

/// How deep quotes may nest before further opening marks are read as text.
const MAX_DEPTH: usize = 6;

struct Pairing<'a, 'w> {
    input: &'a str,
    quotes: Vec<Quote<'a>>,
    dead: Vec<bool>,
    /// How many quotes have no piece yet, and whether any was marked dead: when neither, the
    /// list needs no compaction pass.
    pieceless: usize,
    any_dead: bool,
    stack: Vec<Open>,
    warnings: &'w mut Vec<Warning>,
}

impl<'a> Pairing<'a, '_> {
    fn open(&mut self, m: &Mark, weak: bool, reuse: Option<usize>) {
        if self.stack.len() >= MAX_DEPTH {
            return;
        }
        let quote = match reuse {
            Some(q) => q,
            None => {
                let parent = self.stack.last().map(|o| o.quote);
                // A story with one quote mostly has several: room for eight at the first saves
                // the copies of growing a list of large nodes from four.
                if self.quotes.capacity() == 0 {
                    self.quotes.reserve(8);
                }
                self.quotes.push(Quote {
                    kind: QuoteKind::Direct,
                    pieces: Pieces::new(),
                    speaker: None,
                    cue: None,
                    parent,
                });
                self.dead.push(false);
                self.pieceless += 1;
                self.quotes.len() - 1
            }
        };
        self.stack.push(Open {
            quote,
            level: m.glyph.level(),
            glyph: m.glyph,
            weak,
            at: m.at(),
            len: m.len(),
        });
    }

    fn piece(&mut self, o: &Open, end: usize, content_end: usize, closed: bool) {
        let content = Span::new(o.at + o.len, content_end.max(o.at + o.len));
        let span = Span::new(o.at, end.max(o.at + o.len));
        let pieces = &mut self.quotes[o.quote].pieces;
        if pieces.is_empty() {
            self.pieceless -= 1;
        }
        pieces.push(QuotePiece {
            span,
            content: Text::of(self.input, content),
            closed,
        });
    }

    /// Ends an opening mark that nothing closed, at `end`.
    fn abandon(&mut self, o: &Open, end: usize) {
        if o.weak {
            self.dead[o.quote] = true;
            self.any_dead = true;
        } else {
            self.piece(o, end, end, false);
            self.warnings.push(Warning {
                kind: WarningKind::UnclosedQuote,
                span: Span::new(o.at, o.at + o.len),
            });
        }
    }

    /// Closes the innermost open quote of `level` with the mark `m`. Quotes opened inside it
    /// and left open end here.
    fn close(&mut self, m: &Mark, level: Level) -> bool {
        let Some(k) = self.stack.iter().rposition(|o| o.level == level) else {
            return false;
        };
        while self.stack.len() > k + 1 {
            if let Some(o) = self.stack.pop() {
                self.abandon(&o, m.at());
            }
        }
        if let Some(o) = self.stack.pop() {
            // An empty pair (`""`, `“ ”`) quotes nothing: it gets no node, so a run of marks
            // costs no memory per pair. Nothing can be nested inside it, so it is the last
            // quote opened.
            // Told at once when the quote starts with a visible ASCII character, as nearly all
            // do, without trimming it from both ends.
            let content = &self.input[o.at + o.len..m.at()];
            let empty = match content.as_bytes().first() {
                Some(&c) if c < 0x80 && !matches!(c, b'\t'..=b'\r' | b' ') => false,
                _ => content.trim().is_empty(),
            };
            if empty && o.quote + 1 == self.quotes.len() && self.quotes[o.quote].pieces.is_empty() {
                self.quotes.pop();
                self.dead.pop();
                self.pieceless -= 1;
            } else {
                self.piece(&o, m.at() + m.len(), m.at(), true);
            }
        }
        true
    }

    fn has_open(&self, level: Level) -> bool {
        self.stack.iter().any(|o| o.level == level)
    }

    fn top(&self) -> Option<&Open> {
        self.stack.last()
    }
}

/// Finds the quotations in the regions, in order.
// Out of line so that a profile shows each pass of the pipeline on its own.
#[inline(never)]
pub(crate) fn find<'a>(
    input: &'a str,
    regions: Regions<'_>,
    warnings: &mut Vec<Warning>,
    bufs: &mut Buffers,
) -> Vec<Quote<'a>> {
    // No quotation mark anywhere, as in much wire copy: nothing to read, and no pass over the
    // regions (there may be one for every few bytes).
    let bytes = input.as_bytes();
    if memchr::memchr3(b'"', b'\'', 0xE2, bytes).is_none()
        && memchr::memchr3(b'`', 0xC2, 0xE3, bytes).is_none()
    {
        return Vec::new();
    }
    let mut p = Pairing {
        input,
        quotes: Vec::new(),
        dead: std::mem::take(&mut bufs.dead),
        pieceless: 0,
        any_dead: false,
        stack: std::mem::take(&mut bufs.stack),
        warnings,
    };
    p.dead.clear();
    p.stack.clear();
    let mut marks = std::mem::take(&mut bufs.marks);
    marks.clear();
    let mut carry: Option<usize> = None;
    let lo = regions.first().map_or(0, |r| r.start().min(input.len()));
    // The regions come in input order; should one ever not, each is searched on its own.
    // One pass over them for both facts: there may be a region for every few bytes.
    let (mut hi, mut ordered, mut prev_end) = (0, true, 0);
    for r in regions.iter() {
        hi = hi.max(r.end());
        ordered &= prev_end <= r.start;
        prev_end = r.end;
    }
    let hi = hi.min(input.len());
    let mut scan = MarkBytes::new(input.as_bytes(), lo, hi);
    // Where the next candidate is, looked at again only once marks are taken: the test that
    // passes over a region without one is the first and only thing done for most regions.
    let mut next = scan.peek();
    for (r, region) in regions.iter().enumerate() {
        if ordered && carry.is_none() {
            // A region with no mark and no quote carried into it is left as it was: every
            // region starts with nothing open. (A mark lies inside the input, so it is past
            // the region's end clipped to the input when it is past the region's end.)
            match next {
                None => break,
                Some(at) if at >= region.end() => continue,
                Some(_) => {}
            }
        }
        let (a, b) = (region.start(), region.end().min(input.len()));
        if a >= b || !input.is_char_boundary(a) || !input.is_char_boundary(b) {
            continue;
        }
        if !ordered {
            scan = MarkBytes::new(input.as_bytes(), a, b);
        }
        collect_marks(input, a, b, &mut scan, &mut marks);
        next = scan.peek();
        apostrophe_pairs(input, &mut marks);
        later_single_closers(&mut marks);
        let first_text = super::scan::skip_space(input, a, b);
        let mut pending = carry.take();
        // Markup left in scraped copy (`<tweet author="x">`): attribute values are not quotes.
        let mut attribute = false;
        for m in marks.iter() {
            if m.skip {
                continue;
            }
            if m.glyph == Glyph::Straight2 {
                if attribute {
                    attribute = false;
                    continue;
                }
                if m.at() > a && input.as_bytes()[m.at() - 1] == b'=' {
                    attribute = true;
                    continue;
                }
                // The end of an attribute value whose start lay in the paragraph before
                // (`date="March 9,\n2016">`).
                if input.as_bytes().get(m.at() + 1) == Some(&b'>') {
                    continue;
                }
            }
            let reuse = if m.at() == first_text {
                pending.take()
            } else {
                None
            };
            if let Some(q) = pending.take() {
                // The quote left open at the end of the last paragraph is not reopened here.
                p.warnings.push(Warning {
                    kind: WarningKind::UnclosedQuote,
                    span: opening_mark(&p.quotes[q], a),
                });
            }
            step(&mut p, input, m, reuse, m.later_closer);
            if let Some(q) = reuse {
                // `reuse` was consumed only if the mark opened; otherwise warn for it.
                if p.top().map(|o| o.quote) != Some(q) {
                    p.warnings.push(Warning {
                        kind: WarningKind::UnclosedQuote,
                        span: Span::new(m.at(), m.at() + m.len()),
                    });
                }
            }
        }
        if let Some(q) = pending {
            p.warnings.push(Warning {
                kind: WarningKind::UnclosedQuote,
                span: opening_mark(&p.quotes[q], a),
            });
        }
        // The paragraph's end closes what is still open, except a quote that the next
        // paragraph reopens (the wire convention for a quote over several paragraphs).
        while p.stack.len() > 1 {
            if let Some(o) = p.stack.pop() {
                p.abandon(&o, b);
            }
        }
        if let Some(o) = p.stack.pop() {
            let next = regions
                .get(r + 1)
                .filter(|_| regions.body(r) && regions.body(r + 1));
            let reopens = !o.weak
                && next.is_some_and(|&n| {
                    opening_glyph_at(input, n)
                        .is_some_and(|g| g.level() == o.level && g.can_reopen())
                });
            if reopens {
                p.piece(&o, b, b, false);
                carry = Some(o.quote);
            } else {
                p.abandon(&o, b);
            }
        }
    }
    let Pairing {
        quotes,
        dead,
        pieceless,
        any_dead,
        stack,
        ..
    } = p;
    bufs.marks = marks;
    bufs.stack = stack;
    let quotes = if pieceless == 0 && !any_dead {
        // Nothing to drop, the common case: every index stays as it is.
        let mut quotes = quotes;
        shrink_large(&mut quotes);
        quotes
    } else {
        compact(quotes, &dead)
    };
    bufs.dead = dead;
    quotes
}

/// The lists [`find`] works in, kept between articles.
#[derive(Default)]
pub(crate) struct Buffers {
    marks: Vec<Mark>,
    stack: Vec<Open>,
    dead: Vec<bool>,
}

impl Buffers {
    /// Gives back the lists that grew past `keep` bytes.
    pub fn release(&mut self, keep: usize) {
        super::release(&mut self.marks, keep);
        super::release(&mut self.stack, keep);
        super::release(&mut self.dead, keep);
    }
}

/// Pairs one mark.
fn step(p: &mut Pairing<'_, '_>, input: &str, m: &Mark, reuse: Option<usize>, later_closer: bool) {
    use Glyph::*;
    let top_level = p.top().map(|o| o.level);
    let unmatched = |p: &mut Pairing<'_, '_>| {
        p.warnings.push(Warning {
            kind: WarningKind::UnmatchedClosingQuote,
            span: Span::new(m.at(), m.at() + m.len()),
        });
    };
    match m.glyph {
        Left2 => {
            // `„…“` closes with `“`; so does copy that types `“` for both marks.
            let closes = p
                .stack
                .iter()
                .rev()
                .find(|o| o.level == Level::Double)
                .is_some_and(|o| o.glyph == Low2 || (m.right_flank() && !m.left_flank()));
            if closes {
                p.close(m, Level::Double);
            } else {
                p.open(m, false, reuse);
            }
        }
        Low2 | Backtick2 | Corner => p.open(m, false, reuse),
        Right2 | CornerEnd => {
            if p.has_open(Level::Double) {
                p.close(m, Level::Double);
            } else if m.glyph == Right2 && m.left_flank() && !m.right_flank() {
                // `”…”`, as Swedish and Finnish copy write it.
                p.open(m, false, reuse);
            } else {
                unmatched(p);
            }
        }
        Straight2 | Doubled => {
            if p.has_open(Level::Double) {
                p.close(m, Level::Double);
            } else if m.right_flank() && !m.left_flank() {
                unmatched(p);
            } else {
                p.open(m, false, reuse);
            }
        }
        Guil2L | Guil2R => {
            let other = if m.glyph == Guil2L { Guil2R } else { Guil2L };
            let open = p
                .stack
                .iter()
                .rev()
                .find(|o| o.level == Level::Double)
                .map(|o| o.glyph);
            match open {
                Some(g)
                    if g == other || m.glyph == Guil2R || m.right_flank() && !m.left_flank() =>
                {
                    p.close(m, Level::Double);
                }
                _ => p.open(m, false, reuse),
            }
        }
        Guil1L | Guil1R => {
            if top_level == Some(Level::Single) {
                p.close(m, Level::Single);
            } else {
                p.open(m, false, reuse);
            }
        }
        WhiteCorner | Low1 => {
            if m.prev == Side::Alnum && m.next == Side::Alnum {
                return;
            }
            p.open(m, false, reuse);
        }
        WhiteCornerEnd => {
            if !p.close(m, Level::Single) {
                unmatched(p);
            }
        }
        Left1 => {
            if m.prev == Side::Alnum && m.next == Side::Alnum || elision_after(input, m) {
                return;
            }
            if top_level == Some(Level::Single) && m.right_flank() && !m.left_flank() {
                p.close(m, Level::Single);
            } else {
                p.open(m, false, reuse);
            }
        }
        Right1 | Straight1 | Backtick1 => {
            if m.prev == Side::Alnum && m.next == Side::Alnum {
                // Kim’s, don't, O’Neill.
                return;
            }
            if m.glyph != Backtick1 && top_level == Some(Level::Single) && m.single_closer {
                // `‘the voters’ choice’`: a plural possessive inside a single quote is not its
                // end when another closing mark follows.
                if possessive(input, m) && later_closer {
                    return;
                }
                p.close(m, Level::Single);
                return;
            }
            if m.left_flank() && !m.right_flank() && !elision_after(input, m) {
                p.open(m, true, reuse);
            }
            // Otherwise an apostrophe: `voters’`, `’90s`, `the ’em`.
        }
    }
}

/// Whether the mark is an apostrophe before a year (`’90s`, `‘16`) or an elided word
/// (`’em`, `’til`, `’cause`).
fn elision_after(input: &str, m: &Mark) -> bool {
    let rest = &input.as_bytes()[(m.at() + m.len()).min(input.len())..];
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 2 {
        return true;
    }
    let letters = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if letters == 0
        || rest
            .get(letters)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80)
    {
        return false;
    }
    let word = &rest[..letters];
    [
        "em", "til", "cause", "tis", "twas", "bout", "cos", "cuz", "n",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
        && (m.prev != Side::Alnum)
}

/// `voters’ ` / `boss' `: a mark after an `s` with a lower-case word after it.
fn possessive(input: &str, m: &Mark) -> bool {
    let b = input.as_bytes();
    let before = m.at().checked_sub(1).and_then(|i| b.get(i)).copied();
    if !matches!(before, Some(b's' | b'S' | b'z' | b'x')) || m.next != Side::Space {
        return false;
    }
    let rest = &b[(m.at() + m.len()).min(b.len())..];
    let k = rest.iter().take_while(|c| **c == b' ').count();
    rest.get(k).is_some_and(|c| c.is_ascii_lowercase())
}

/// Marks `rock ’n’ roll` (both marks around the `n`) as apostrophes.
fn apostrophe_pairs(input: &str, marks: &mut [Mark]) {
    for i in 0..marks.len().saturating_sub(1) {
        let (m, n) = (&marks[i], &marks[i + 1]);
        if m.glyph.level() == Level::Single
            && n.glyph.level() == Level::Single
            && n.at() == m.at() + m.len() + 1
            && matches!(input.as_bytes().get(m.at() + m.len()), Some(b'n' | b'N'))
            && m.prev == Side::Space
            && n.next == Side::Space
        {
            marks[i].skip = true;
            marks[i + 1].skip = true;
        }
    }
}

/// Notes on each mark whether a possible closing single mark follows before the next double
/// mark.
fn later_single_closers(marks: &mut [Mark]) {
    let mut seen = false;
    for m in marks.iter_mut().rev() {
        m.later_closer = seen;
        if m.glyph.level() == Level::Double {
            seen = false;
        } else if m.single_closer {
            seen = true;
        }
    }
}

/// The opening mark at the first non-blank character of `span`, if any.
fn opening_glyph_at(input: &str, span: Span) -> Option<Glyph> {
    let a = super::scan::skip_space(input, span.start(), span.end().min(input.len()));
    let (g, _) = glyph_at(input.as_bytes(), a, span.end().min(input.len()))?;
    Some(g)
}

/// Decodes the mark glyph at byte `at` (before `end`), with its length.
fn glyph_at(b: &[u8], at: usize, end: usize) -> Option<(Glyph, usize)> {
    use Glyph::*;
    let get = |k: usize| {
        if at + k < end {
            b.get(at + k).copied()
        } else {
            None
        }
    };
    match get(0)? {
        b'"' => Some((Straight2, 1)),
        b'\'' => Some(if get(1) == Some(b'\'') {
            (Doubled, 2)
        } else {
            (Straight1, 1)
        }),
        b'`' => Some(if get(1) == Some(b'`') {
            (Backtick2, 2)
        } else {
            (Backtick1, 1)
        }),
        0xE2 if get(1) == Some(0x80) => {
            let g = match get(2)? {
                0x9C => Left2,
                0x9D => Right2,
                0x98 => Left1,
                0x99 => Right1,
                0x9E => Low2,
                0x9A => Low1,
                0xB9 => Guil1L,
                0xBA => Guil1R,
                _ => return None,
            };
            Some((g, 3))
        }
        0xC2 => match get(1)? {
            0xAB => Some((Guil2L, 2)),
            0xBB => Some((Guil2R, 2)),
            _ => None,
        },
        0xE3 if get(1) == Some(0x80) => {
            let g = match get(2)? {
                0x8C => Corner,
                0x8D => CornerEnd,
                0x8E => WhiteCorner,
                0x8F => WhiteCornerEnd,
                _ => return None,
            };
            Some((g, 3))
        }
        _ => None,
    }
}

/// Collects the marks of `input[a..b]` in order.
/// The bytes that may start a quotation mark, found by two `memchr3` passes over all the
/// regions at once: passes per region cost more in setting up than in searching, since most
/// paragraphs hold few marks or none.
struct MarkBytes<'h> {
    one: memchr::Memchr3<'h>,
    two: memchr::Memchr3<'h>,
    /// The next candidate of each search, from `base`; `usize::MAX` once it has no more. Kept
    /// as plain positions rather than in `Peekable`s, whose nested options took about a dozen
    /// instructions more per candidate (of which a text has one for every apostrophe and dash).
    next_one: usize,
    next_two: usize,
    base: usize,
}

impl<'h> MarkBytes<'h> {
    fn new(bytes: &'h [u8], lo: usize, hi: usize) -> Self {
        let hay = &bytes[lo..hi.max(lo)];
        let mut one = memchr3_iter(b'"', b'\'', 0xE2, hay);
        let mut two = memchr3_iter(b'`', 0xC2, 0xE3, hay);
        MarkBytes {
            next_one: one.next().unwrap_or(usize::MAX),
            next_two: two.next().unwrap_or(usize::MAX),
            one,
            two,
            base: lo,
        }
    }

    /// Where the next candidate is, left for [`MarkBytes::next_before`] to take.
    fn peek(&self) -> Option<usize> {
        let pos = self.next_one.min(self.next_two);
        (pos != usize::MAX).then(|| self.base + pos)
    }

    /// The next candidate before `b`, in order; later ones stay for the next region.
    fn next_before(&mut self, b: usize) -> Option<usize> {
        let pos = self.next_one.min(self.next_two);
        // No candidate left is past every `b` (the input is shorter than `usize::MAX`).
        if pos == usize::MAX || self.base + pos >= b {
            return None;
        }
        if self.next_one <= self.next_two {
            self.next_one = self.one.next().unwrap_or(usize::MAX);
        } else {
            self.next_two = self.two.next().unwrap_or(usize::MAX);
        }
        Some(self.base + pos)
    }
}

fn collect_marks(input: &str, a: usize, b: usize, scan: &mut MarkBytes<'_>, out: &mut Vec<Mark>) {
    out.clear();
    let bytes = input.as_bytes();
    let mut done = a;
    while let Some(at) = scan.next_before(b) {
        // Between regions (a dateline, blank lines): not looked at.
        if at < done {
            continue;
        }
        // Runs of apostrophes: `''` is a double mark, `'''` a double and a single.
        if bytes[at] == b'\'' || bytes[at] == b'`' {
            let c = bytes[at];
            // One between two ASCII letters or digits (`don't`), the commonest case, is left
            // out at once, as [`push_mark`] would leave it out.
            if at > a
                && at + 1 < b
                && bytes[at - 1].is_ascii_alphanumeric()
                && bytes[at + 1].is_ascii_alphanumeric()
                && inside_word(Glyph::Straight1, Side::Alnum, Side::Alnum)
            {
                done = at + 1;
                continue;
            }
            let run = bytes[at..b].iter().take_while(|x| **x == c).count();
            done = at + run;
            let before = side_before(input, a, at);
            let closing = !matches!(before, Side::Edge | Side::Space | Side::Opening);
            let (g2, g1) = if c == b'\'' {
                (Glyph::Doubled, Glyph::Straight1)
            } else {
                (Glyph::Backtick2, Glyph::Backtick1)
            };
            let mut parts: [(Glyph, usize); 8] = [(g1, 1); 8];
            let mut n = 0;
            if run % 2 == 1 && run > 1 && !closing {
                parts[n] = (g2, 2);
                n += 1;
                parts[n] = (g1, 1);
                n += 1;
                for _ in 0..(run - 3) / 2 {
                    if n < parts.len() {
                        parts[n] = (g2, 2);
                        n += 1;
                    }
                }
            } else {
                if run % 2 == 1 {
                    parts[n] = (g1, 1);
                    n += 1;
                }
                for _ in 0..run / 2 {
                    if n < parts.len() {
                        parts[n] = (g2, 2);
                        n += 1;
                    }
                }
            }
            let mut x = at;
            for &(g, len) in &parts[..n] {
                push_mark(input, a, b, x, len, g, out);
                x += len;
            }
            continue;
        }
        // A curly apostrophe between two ASCII letters or digits (`Kim’s`) likewise.
        if bytes.get(at..at + 3) == Some("’".as_bytes())
            && at > a
            && at + 3 < b
            && bytes[at - 1].is_ascii_alphanumeric()
            && bytes[at + 3].is_ascii_alphanumeric()
            && inside_word(Glyph::Right1, Side::Alnum, Side::Alnum)
        {
            done = at + 3;
            continue;
        }
        if let Some((g, len)) = glyph_at(bytes, at, b) {
            done = at + len;
            push_mark(input, a, b, at, len, g, out);
        }
    }
}

/// A single mark between two letters or digits (`Kim’s`, `don't`, `O’Neill`): an apostrophe,
/// which the pairing passes over without a change to anything, so it is not kept at all (the
/// commonest mark in most copy). Its neighbours are not told apart by it either: it is no
/// later closer of a single quote and stands next to no other mark.
fn inside_word(glyph: Glyph, prev: Side, next: Side) -> bool {
    use Glyph::*;
    #[cfg(test)]
    if tests::KEEP_INSIDE_WORD.with(std::cell::Cell::get) {
        return false;
    }
    prev == Side::Alnum
        && next == Side::Alnum
        && matches!(
            glyph,
            Straight1 | Backtick1 | Left1 | Right1 | Low1 | WhiteCorner
        )
}

// Inlined into the loop over candidates, its hot caller: the call's saving and restoring of
// registers was about a fifth of its work.
#[inline(always)]
fn push_mark(
    input: &str,
    a: usize,
    b: usize,
    at: usize,
    len: usize,
    glyph: Glyph,
    out: &mut Vec<Mark>,
) {
    let prev = side_before(input, a, at);
    let next = side_after(input, at + len, b);
    if inside_word(glyph, prev, next) {
        return;
    }
    let single_closer = matches!(glyph, Glyph::Right1 | Glyph::Straight1)
        && !matches!(prev, Side::Edge | Side::Space)
        && !(prev == Side::Alnum && next == Side::Alnum);
    out.push(Mark {
        // The input is under 4 GiB (`ParseOptions::effective_limit`), a mark under 5 bytes.
        at: u32::try_from(at).unwrap_or(u32::MAX),
        len: u8::try_from(len).unwrap_or(u8::MAX),
        glyph,
        prev,
        next,
        single_closer,
        skip: false,
        later_closer: false,
    });
}

/// Drops the quotes that turned out to be apostrophes and renumbers the parents.
fn compact<'a>(mut quotes: Vec<Quote<'a>>, dead: &[bool]) -> Vec<Quote<'a>> {
    let n = quotes.len();
    let dead: Vec<bool> = (0..n)
        .map(|i| dead[i] || quotes[i].pieces.is_empty())
        .collect();
    // Nothing to drop, the common case: a parent always comes before its children, so every
    // index stays as it is, and the passes below over a long list are not needed.
    if !dead.contains(&true) {
        shrink_large(&mut quotes);
        return quotes;
    }
    let mut parent: Vec<Option<usize>> = Vec::with_capacity(n);
    let mut new_index: Vec<usize> = Vec::with_capacity(n);
    let mut kept = 0;
    for (i, q) in quotes.iter().enumerate() {
        let p = match q.parent {
            Some(p) if p < i && dead[p] => parent[p],
            Some(p) if p < i => Some(p),
            _ => None,
        };
        parent.push(p);
        new_index.push(kept);
        if !dead[i] {
            kept += 1;
        }
    }
    // In place, and the list's spare room handed back when it is large: a second list while
    // the first is alive, or room left from doubling, weighed as much as the quotes.
    for (i, q) in quotes.iter_mut().enumerate() {
        q.parent = parent[i].map(|p| new_index[p]);
    }
    let mut i = 0;
    quotes.retain(|_| {
        i += 1;
        !dead[i - 1]
    });
    shrink_large(&mut quotes);
    quotes
}

/// Gives back the spare room of a long list, which doubling left up to half empty.
pub(crate) fn shrink_large<T>(v: &mut Vec<T>) {
    if (v.capacity() - v.len()) * std::mem::size_of::<T>() > 1 << 16 {
        v.shrink_to_fit();
    }
}

/// The opening mark of `q`'s first piece (the bytes before its content), or an empty span
/// at `at` when it has none. A curly mark is three bytes: the warning covers all of it.
fn opening_mark(q: &Quote<'_>, at: usize) -> Span {
    q.pieces.first().map_or(Span::new(at, at), |x| {
        Span::new(x.span.start(), x.content.span.start().max(x.span.start()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_sides_as_side_gives_them() {
        for b in 0u8..128 {
            assert_eq!(ASCII_SIDE[b as usize], side(Some(b as char)), "{b:#x}");
        }
    }

    thread_local! {
        /// Keeps the marks inside words, for the test that leaving them out changes nothing.
        pub(super) static KEEP_INSIDE_WORD: std::cell::Cell<bool> =
            const { std::cell::Cell::new(false) };
    }

    /// The quotes and warnings with the marks inside words left out are those with them kept,
    /// over generated paragraphs dense with marks of every kind.
    #[test]
    fn marks_inside_words_change_nothing() {
        const PARTS: &[&str] = &[
            "a", "Kim", "s", "n", "90", " ", " ", "\n", ",", ".", "=", ">", "'", "'", "''", "`",
            "``", "\"", "’", "‘", "‚", "„", "“", "”", "«", "»", "‹", "›", "『", "』", "「", "」",
            "é",
        ];
        let mut next = super::super::xorshift(0x6a09_e667_f3bc_u64);
        fn run<'a>(s: &'a str, spans: &[Span], keep: bool) -> (Vec<Quote<'a>>, Vec<Warning>) {
            KEEP_INSIDE_WORD.with(|k| k.set(keep));
            let mut w = Vec::new();
            let q = find(
                s,
                Regions::new(spans, false),
                &mut w,
                &mut Buffers::default(),
            );
            KEEP_INSIDE_WORD.with(|k| k.set(false));
            (q, w)
        }
        let mut inside = 0;
        for _ in 0..20000 {
            let mut s = String::new();
            for _ in 0..(next() % 30) {
                s.push_str(PARTS[(next() % PARTS.len() as u64) as usize]);
            }
            // Paragraphs at the line breaks, so that quotes carry from one to the next.
            let mut spans = Vec::new();
            let mut at = 0;
            for line in s.split('\n') {
                if !line.is_empty() {
                    spans.push(Span::new(at, at + line.len()));
                }
                at += line.len() + 1;
            }
            let (got, want) = (run(&s, &spans, false), run(&s, &spans, true));
            assert_eq!(got, want, "{s:?}");
            let chars: Vec<char> = s.chars().collect();
            inside += usize::from(chars.windows(3).any(|w| {
                w[0].is_alphanumeric()
                    && matches!(w[1], '\'' | '`' | '‘' | '’' | '‚' | '『')
                    && w[2].is_alphanumeric()
            }));
        }
        assert!(inside > 100, "{inside}");
    }

    /// A paragraph of nothing but marks lists a mark for every byte or three.
    #[test]
    fn a_mark_is_twelve_bytes() {
        assert!(std::mem::size_of::<Mark>() <= 12);
    }

    fn contents(s: &str) -> Vec<String> {
        let mut w = Vec::new();
        let r = [Span::new(0, s.len())];
        find(s, Regions::new(&r, false), &mut w, &mut Buffers::default())
            .iter()
            .map(|q| {
                q.pieces
                    .iter()
                    .map(|p| p.content.as_str())
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect()
    }

    #[test]
    fn pairs() {
        let rows: &[(&str, &[&str])] = &[
            ("He said \"yes\" twice.", &["yes"]),
            ("It was “fine,” she said.", &["fine,"]),
            ("The voters’ mood and Kim’s ‘firm’ stance.", &["firm"]),
            ("A ‘16 poll of ’90s rock ’n’ roll fans.", &[]),
            ("''We won,'' he said.", &["We won,"]),
            ("``We won,'' he said.", &["We won,"]),
            ("«Non», dit-il.", &["Non"]),
            ("»Ja«, sagte er.", &["Ja"]),
            ("„Ja“, sagte er.", &["Ja"]),
            ("「はい」と言った。", &["はい"]),
            ("“Mixed pair,\" he said.", &["Mixed pair,"]),
            (
                "\"He called it 'odd,' frankly,\" she said.",
                &["He called it 'odd,' frankly,", "odd,"],
            ),
        ];
        for (s, want) in rows {
            assert_eq!(&contents(s), want, "{s}");
        }
    }
}
