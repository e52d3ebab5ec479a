//! The parser. This module and its children are the only place that names `nom`.
//!
//! The pipeline runs one way: `scan` (lines) → `blocks` (headline, byline, dateline,
//! paragraphs, footer) → `quotes` (quote-mark pairing) → `attribution` (cues, speakers,
//! reported speech) → `resolve` (speaker names).

mod attribution;
mod blocks;
mod byline;
mod date;
mod dateline;
mod footer;
mod grammar;
mod headline;
mod lexicon;
mod quotes;
mod reported;
mod resolve;
mod scan;
mod speech;
mod words;

use std::borrow::Cow;
use std::cell::RefCell;

use crate::{
    AgencySource, Article, ArticleAgency, ArticleDate, Block, BoilerplateKind, DateSource,
    NewsDate, ParseOptions, Span, Warning, WarningKind,
};

/// Buffers the passes reuse from one article to the next on a thread, so that a parse
/// allocates for little but the tree it returns.
#[derive(Default)]
struct Scratch {
    /// The lines of one run of non-blank lines.
    lines: Vec<scan::Line>,
    /// The paragraphs, then (written over them by the frame) the regions quotes are looked
    /// for in.
    spans: Vec<Span>,
    /// The footer items the frame finds.
    footers: Vec<(Span, BoilerplateKind)>,
    toks: words::Tokens,
    quotes: quotes::Buffers,
    attribution: attribution::Buffers,
    reported: reported::Buffers,
    resolve: resolve::Buffers,
}

impl Scratch {
    /// Empties the frame's lists and the tokens, and gives back those a long article grew past
    /// [`KEEP`] bytes, so that a thread does not hold a long input's buffers for good (each
    /// other pass empties its own lists when it starts).
    ///
    /// The lines and the lists of quote pairing, attribution, reported speech and resolution
    /// are given back by [`article_with`] as soon as their pass is done, and no pass runs
    /// between that and this: they are not weighed again here. Weighing each of those lists a
    /// second time was some sixty instructions an article, a tenth of what a one-line
    /// article's frame costs.
    fn reset(&mut self) {
        release(&mut self.spans, KEEP);
        release(&mut self.footers, KEEP);
        self.toks.reset(KEEP);
        self.lines.clear();
        self.spans.clear();
        self.footers.clear();
    }
}

/// The most bytes a scratch buffer keeps between articles.
const KEEP: usize = 256 << 10;

/// Gives back a buffer that grew past `keep` bytes ([`KEEP`] between articles): a long
/// article's intermediate lists are freed as soon as the next is built, so that it holds no
/// more than two of them at once.
fn release<T>(v: &mut Vec<T>, keep: usize) {
    if held(v) > keep {
        *v = Vec::new();
    }
}

/// The bytes a list holds on the heap, which [`release`] weighs against what it keeps.
fn held<T>(v: &Vec<T>) -> usize {
    v.capacity() * std::mem::size_of::<T>()
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Parses a non-empty input that is within the size limit.
pub(crate) fn article<'a>(input: &'a str, options: &ParseOptions) -> Article<'a> {
    // The thread's buffers, or new ones when they are not to be had (a parse from inside the
    // thread's teardown).
    SCRATCH
        .try_with(|cell| match cell.try_borrow_mut() {
            Ok(mut s) => {
                let a = article_with(input, options, &mut s);
                s.reset();
                a
            }
            Err(_) => article_with(input, options, &mut Scratch::default()),
        })
        .unwrap_or_else(|_| article_with(input, options, &mut Scratch::default()))
}

// Out of line so that a profile shows each pass of the pipeline on its own.
#[inline(never)]
fn article_with<'a>(input: &'a str, options: &ParseOptions, s: &mut Scratch) -> Article<'a> {
    blocks::scan_paragraphs(input, &mut s.lines, &mut s.spans);
    release(&mut s.lines, KEEP);
    let (blocks, info) = blocks::frame(input, &mut s.spans, &mut s.footers);
    let mut warnings = Vec::new();
    let bytes = byte_facts(input);

    let mut quotes = Vec::new();
    let mut reported_speech = Vec::new();
    if options.quotes {
        let regions = quotes::Regions::new(&s.spans, info.headline.is_some()).with_cr(bytes.cr);
        quotes = quotes::find(input, regions, &mut warnings, &mut s.quotes);
        // A long article's lists go as soon as their pass is done, as they did when each
        // pass made its own: only short ones are kept for the next article.
        s.quotes.release(KEEP);
        attribution::attribute(input, regions, &mut quotes, &mut s.toks, &mut s.attribution);
        s.attribution.release(KEEP);
        if options.reported_speech {
            reported_speech =
                attribution::reported(input, regions, &quotes, &mut s.toks, &mut s.reported);
            s.reported.release(KEEP);
        }
        if options.resolve_speakers {
            resolve::resolve(
                input,
                regions,
                &mut quotes,
                &mut reported_speech,
                &mut warnings,
                &mut s.resolve,
            );
            s.resolve.release(KEEP);
        }
    }

    let dateline = dateline_of(&blocks, &info);
    let mut date = dateline
        .and_then(|d| d.date.clone())
        .map(|date| ArticleDate {
            date,
            source: DateSource::Dateline,
        });
    if date.is_none() {
        if let Some(lede) = info.lede {
            if let Some((at, d)) = blocks::lede_date(input, lede) {
                date = Some(ArticleDate {
                    date: news_date(input, at, &d),
                    source: DateSource::Lede,
                });
            }
        }
    }
    if let Some(d) = &mut date {
        resolve_year(&mut d.date, options, &mut warnings);
    }

    let agency = article_agency(&blocks, &info);
    if bytes.control {
        warnings.push(Warning {
            kind: WarningKind::ControlCharacter,
            span: control_span(input),
        });
    }
    warnings.sort_by_key(|w| (w.span.start, w.span.end));
    Article {
        blocks,
        quotes,
        reported_speech,
        date,
        agency,
        warnings,
    }
}

/// A [`NewsDate`] from a date match at `at`, year as written.
pub(crate) fn news_date<'a>(input: &'a str, at: usize, d: &date::DateMatch) -> NewsDate<'a> {
    let span = Span::new(at, at + d.len);
    NewsDate {
        span,
        text: Cow::Borrowed(span.as_str(input)),
        weekday: d.weekday,
        month: d.month,
        day: d.day,
        year: d.year,
        year_inferred: false,
    }
}

/// Gives a date without a year the year that puts it nearest the reference date, and checks
/// a written weekday against the full date.
fn resolve_year(d: &mut NewsDate<'_>, options: &ParseOptions, warnings: &mut Vec<Warning>) {
    if d.year.is_none() {
        if let Some(r) = options.reference_date {
            let target = r.days_since_epoch();
            // `CalendarDate`'s fields are public, so the year may be `i32::MAX`: no overflow.
            let best = [r.year.checked_sub(1), Some(r.year), r.year.checked_add(1)]
                .into_iter()
                .flatten()
                .filter_map(|y| crate::CalendarDate::new(y, d.month, d.day))
                .min_by_key(|c| (c.days_since_epoch() - target).abs());
            if let Some(c) = best {
                d.year = Some(c.year);
                d.year_inferred = true;
            }
        }
    }
    match (d.weekday, d.calendar_date()) {
        (Some(w), Some(c)) if c.weekday() != w => {
            warnings.push(Warning {
                kind: WarningKind::WeekdayMismatch,
                span: d.span,
            });
        }
        (_, None) if d.year.is_some() => {
            warnings.push(Warning {
                kind: WarningKind::UnparsedDate,
                span: d.span,
            });
        }
        _ => {}
    }
}

/// The article's dateline block, found where the frame put it.
fn dateline_of<'b, 'a>(
    blocks: &'b [Block<'a>],
    info: &blocks::FrameInfo,
) -> Option<&'b crate::Dateline<'a>> {
    match blocks.get(info.dateline?) {
        Some(Block::Dateline(d)) => Some(d),
        _ => None,
    }
}

fn article_agency<'a>(blocks: &[Block<'a>], info: &blocks::FrameInfo) -> Option<ArticleAgency<'a>> {
    let from_dateline = dateline_of(blocks, info)
        .and_then(|d| d.agencies.first().map(|a| (a, AgencySource::Dateline)));
    // The first byline that names an agency; bylines are consecutive blocks.
    let from_byline = || {
        blocks
            .iter()
            .skip(info.byline?)
            .map_while(|b| match b {
                Block::Byline(by) => Some(by),
                _ => None,
            })
            .find_map(|by| by.agency.as_ref().map(|a| (a, AgencySource::Byline)))
    };
    if let Some((a, source)) = from_dateline.or_else(from_byline) {
        return Some(ArticleAgency {
            name: a.text.clone(),
            span: Some(a.span),
            source,
        });
    }
    if let Some((name, span, source)) = info.footer_agency {
        return Some(ArticleAgency {
            name: Cow::Borrowed(name),
            span: Some(span),
            source,
        });
    }
    if info.nyt_style {
        return Some(ArticleAgency {
            name: Cow::Borrowed("NYT"),
            span: None,
            source: AgencySource::HouseStyle,
        });
    }
    None
}

fn is_control(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f
}

/// What one pass over the input's bytes finds, for the passes that would each read it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ByteFacts {
    /// A control character ([`is_control`]) is somewhere in the input.
    control: bool,
    /// A carriage return is (see [`quotes::Regions::with_cr`]).
    cr: bool,
}

/// Control characters and carriage returns, found in one pass rather than one pass each (the
/// attribution and reported-speech passes each made their own search for a carriage return).
fn byte_facts(input: &str) -> ByteFacts {
    // Whole chunks without an early exit inside let the compiler vectorise the test; the
    // byte-at-a-time `any` ran at about one byte per cycle over every input. A chunk with a
    // byte below 0x20 other than a tab or line feed, or a delete, is read again: a control
    // character or a carriage return is in it. Chunks of ordinary text, nearly all, are read
    // once.
    let mut facts = ByteFacts {
        control: false,
        cr: false,
    };
    for c in input.as_bytes().chunks(BYTE_FACTS_CHUNK) {
        // Three least values rather than a mask per byte: a byte of `0..=8` is the least byte
        // when there is one, a byte of `11..=31` less eleven the least of those values (every
        // other byte wraps past 20), and a delete the only byte that XORs to zero. A minimum
        // is one instruction for sixteen bytes where the comparisons and masks took four.
        let (low, mid, del) = c
            .iter()
            .fold((u8::MAX, u8::MAX, u8::MAX), |(low, mid, del), &b| {
                (low.min(b), mid.min(b.wrapping_sub(11)), del.min(b ^ 0x7f))
            });
        if low <= 8 || mid <= 20 || del == 0 {
            // Without an early exit, so that this too is vectorised: a CRLF text reads every
            // chunk twice.
            facts.control |= c.iter().fold(false, |any, &b| any | is_control(b));
            facts.cr |= memchr::memchr(b'\r', c).is_some();
        }
    }
    facts
}

/// The bytes [`byte_facts`] takes at a time: enough that the reduction of its three least
/// values at the end of each is little beside the chunk, few enough that a chunk read again
/// for a stray control character is little beside the input.
const BYTE_FACTS_CHUNK: usize = 4096;

#[cfg(test)]
fn has_control_chars(input: &str) -> bool {
    byte_facts(input).control
}

fn control_span(input: &str) -> Span {
    let at = input.bytes().position(is_control).unwrap_or(0);
    Span::new(at, at + 1)
}

/// A xorshift generator of test inputs: the same numbers from the same seed on every run.
#[cfg(test)]
pub(crate) fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_chars_found_at_any_offset() {
        // Chunk edges and the tail after the last whole chunk.
        let c = BYTE_FACTS_CHUNK;
        for at in [0, 1, 63, 64, 65, 127, 128, 200, c - 1, c, c + 1, 2 * c + 7] {
            let mut s = vec![b'a'; 2 * c + 8];
            s[at] = 0x07;
            let s = String::from_utf8(s).unwrap_or_default();
            assert!(has_control_chars(&s), "{at}");
            assert_eq!(control_span(&s), Span::new(at, at + 1));
        }
        assert!(!has_control_chars("tab\tline\nfeed\r\n and text"));
        // Every byte value, alone and among text, as the byte-at-a-time test reads it.
        for b in 0u8..0x80 {
            let s = String::from_utf8(vec![b'a', b, b'z']).unwrap_or_default();
            assert_eq!(has_control_chars(&s), is_control(b), "{b:#x}");
            assert_eq!(has_control_chars(&s), s.bytes().any(is_control), "{b:#x}");
        }
        assert!(has_control_chars("delete\u{7f}"));
    }

    #[test]
    fn byte_facts_agree_with_reading_each_byte() {
        // Generated texts of every length across a few chunks, each byte drawn from text, the
        // blanks, a carriage return and the control range, sparse enough that many chunks hold
        // none of the rare ones.
        let mut next = xorshift(0x2545_f491_u64);
        let (mut crs, mut controls) = (0, 0);
        for n in 0..1200 {
            let s: String = (0..n)
                .map(|_| match next() % 2000 {
                    0 => '\r',
                    1 => '\u{7}',
                    2 => '\u{7f}',
                    3..=40 => '\n',
                    41..=60 => '\t',
                    61..=70 => 'é',
                    _ => 'a',
                })
                .collect();
            let want = ByteFacts {
                control: s.bytes().any(is_control),
                cr: s.contains('\r'),
            };
            assert_eq!(byte_facts(&s), want, "{s:?}");
            crs += usize::from(want.cr);
            controls += usize::from(want.control);
        }
        // Both kinds found and missed often enough to test each way.
        assert!((200..1000).contains(&crs), "{crs}");
        assert!((200..1000).contains(&controls), "{controls}");
        assert!(!byte_facts("line\nfeed\tand tab").cr);
        assert_eq!(
            byte_facts("crlf\r\nline"),
            ByteFacts {
                control: false,
                cr: true
            }
        );
    }
}
