//! The article's frame: paragraphs, then the headline and its tags, bylines, the dateline, the
//! footer items, and the body between.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::scan::{self, Line};
use super::{byline, date, dateline, footer, headline};
use crate::{
    AgencySource, Block, BoilerplateKind, Byline, Contributor, Credit, Dateline, FooterItem,
    Headline, HeadlineTag, Paragraph, Span, Text,
};

/// [`paragraphs_into`] a new list, for tests.
#[cfg(test)]
pub(crate) fn paragraphs(input: &str, lines: &[Line]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    paragraphs_into(input, lines, &mut out);
    let paras = Paras(&out);
    paras.range(0..paras.len()).collect()
}

/// The paragraphs, the spans of their text (32-bit offsets: a paragraph of a few bytes costs
/// eight bytes), read as `(start, end)`.
#[derive(Clone, Copy)]
pub(crate) struct Paras<'p>(pub &'p [Span]);

impl Paras<'_> {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Paragraph `k`.
    pub fn at(&self, k: usize) -> (usize, usize) {
        (self.0[k].start(), self.0[k].end())
    }

    /// The paragraphs in `r`.
    pub fn range(&self, r: std::ops::Range<usize>) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.0[r].iter().map(|s| (s.start(), s.end()))
    }
}

/// Splits the input into paragraphs, `(start, end)` of their non-blank text, into a buffer
/// the caller reuses (cleared first).
///
/// Blank lines always separate paragraphs. Inside a run of lines with no blank line, the
/// fixed-width wire convention (first line indented, continuation lines flush) starts a
/// paragraph at each indented line; hard-wrapped prose is one paragraph; anything else is a
/// paragraph per line.
// Out of line so that a profile shows each pass of the pipeline on its own.
#[inline(never)]
pub(crate) fn scan_paragraphs(input: &str, run: &mut Vec<Line>, out: &mut Vec<Span>) {
    out.clear();
    run.clear();
    // Only the current run of non-blank lines is held: a list of every line cost sixteen
    // bytes a line, written and read back, on top of the paragraphs.
    scan::for_each_line(input, |l| {
        if !l.is_blank() {
            run.push(l);
        } else if !run.is_empty() {
            split_run(input, run, out);
            run.clear();
        }
    });
    if !run.is_empty() {
        split_run(input, run, out);
        run.clear();
    }
}

/// [`scan_paragraphs`] over a list of lines already made, for tests.
#[cfg(test)]
pub(crate) fn paragraphs_into(input: &str, lines: &[Line], out: &mut Vec<Span>) {
    out.clear();
    out.reserve(lines.len() / 2 + 1);
    let mut i = 0;
    while i < lines.len() {
        if lines[i].is_blank() {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && !lines[i].is_blank() {
            i += 1;
        }
        split_run(input, &lines[start..i], out);
    }
}

/// Splits a run of non-blank lines into paragraphs (see [`scan_paragraphs`]). Inlined, so that
/// a run of one line, every paragraph of copy with blank lines between paragraphs, costs no
/// call.
#[inline]
fn split_run(input: &str, run: &[Line], out: &mut Vec<Span>) {
    match run {
        [one] => out.push(Span {
            start: one.text_start,
            end: one.text_end,
        }),
        _ => split_lines(input, run, out),
    }
}

/// [`split_run`] for a run of more than one line.
fn split_lines(_input: &str, run: &[Line], out: &mut Vec<Span>) {
    let span = |l: &Line| Span {
        start: l.text_start,
        end: l.text_end,
    };
    let rest = &run[1..];
    let indented = rest.iter().any(|l| l.indent >= 2) && rest.iter().any(|l| l.indent <= 1);
    if indented {
        let mut cur = span(&run[0]);
        for l in rest {
            if l.indent >= 2 {
                out.push(cur);
                cur = span(l);
            } else {
                cur.end = l.text_end;
            }
        }
        out.push(cur);
        return;
    }
    if wrapped(_input, run) {
        out.push(Span {
            start: run[0].text_start,
            end: run[run.len() - 1].text_end,
        });
        return;
    }
    out.extend(run.iter().map(span));
}

/// Hard-wrapped prose: every line short, most lines long enough to have been wrapped, and some
/// line breaking mid-sentence.
fn wrapped(input: &str, run: &[Line]) -> bool {
    if run.iter().any(|l| l.len() > 100) {
        return false;
    }
    // An ALL-CAPS line over mixed-case text is a headline over its story, not one paragraph.
    let caps = |l: &Line| {
        let t = &input[l.text_start as usize..l.text_end as usize];
        // One pass of byte counts the compiler vectorises, which fit in a byte as no line is
        // longer than 100 bytes here; the text's decoding is read again only when a byte is
        // past ASCII. A count kept in a `usize` beside a `bool` was read a byte at a time.
        let (mut ascii_letters, mut ascii_lower, mut high) = (0u8, 0u8, 0u8);
        for &b in t.as_bytes() {
            ascii_letters += u8::from(b.is_ascii_alphabetic());
            ascii_lower |= u8::from(b.is_ascii_lowercase());
            high |= b;
        }
        let (letters, lower) = if high < 0x80 {
            (usize::from(ascii_letters), ascii_lower != 0)
        } else {
            let letters = t.chars().filter(|c| c.is_alphabetic()).count();
            (letters, t.chars().any(char::is_lowercase))
        };
        (letters >= 8).then_some(!lower)
    };
    let (mut upper_line, mut mixed_line) = (false, false);
    for l in run {
        match caps(l) {
            Some(true) => upper_line = true,
            Some(false) => mixed_line = true,
            None => {}
        }
    }
    if upper_line && mixed_line {
        return false;
    }
    let body = &run[..run.len() - 1];
    let long = body.iter().filter(|l| l.len() >= 40).count();
    if long * 2 < body.len() || long == 0 {
        return false;
    }
    // Two lines are one wrapped paragraph only when the second carries on a sentence: a
    // headline over a short first sentence is two paragraphs.
    if run.len() == 2 {
        let second = &input[run[1].text_start as usize..run[1].text_end as usize];
        if !second.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()) {
            return false;
        }
    }
    body.iter().any(|l| {
        let t = &input[l.text_start as usize..l.text_end as usize];
        !t.ends_with(['.', '!', '?', ':', '"', '”', '’', '\'', ')'])
    })
}

/// What the frame found, besides the blocks.
#[derive(Debug, Default)]
pub(crate) struct FrameInfo {
    /// The first body paragraph, for the lede date.
    pub lede: Option<Span>,
    pub nyt_style: bool,
    /// The agency implied by a footer (Reuters credits, AP contribution lines).
    pub footer_agency: Option<(&'static str, Span, AgencySource)>,
    /// Where the headline, the first byline and the dateline are in the blocks, so that
    /// later passes need not walk a long list of blocks to find them.
    pub headline: Option<usize>,
    pub byline: Option<usize>,
    pub dateline: Option<usize>,
}

fn text_of(input: &str, a: usize, b: usize) -> Text<'_> {
    Text::of(input, Span::new(a, b))
}

/// Classifies the paragraphs into the article's top-level blocks.
// Out of line so that a profile shows each pass of the pipeline on its own.
#[inline(never)]
///
/// `spans` holds the paragraphs; on return it holds the regions quotes are looked for in
/// instead: the headline, when [`FrameInfo::headline`] is set, then the body paragraphs. They
/// are written over the paragraphs as these are read (each paragraph gives a region at most,
/// at an index no higher than its own), so a long input of short paragraphs needs one list
/// of spans, not two.
///
/// `footers` is a buffer for the footer items found, reused from one article to the next (most
/// articles have one or more, and a list made for each cost an allocation, its growth and its
/// freeing).
pub(crate) fn frame<'a>(
    input: &'a str,
    spans: &mut Vec<Span>,
    footers: &mut Vec<(Span, BoilerplateKind)>,
) -> (Vec<Block<'a>>, FrameInfo) {
    let paras = Paras(spans);
    let n = paras.len();
    let mut blocks: Vec<Block<'a>> = Vec::with_capacity(n + 4);
    let mut info = FrameInfo::default();
    let mut headline_region = None;
    let t = |k: usize| &input[paras.at(k).0..paras.at(k).1];
    let mut idx = 0;
    // The one dateline match the tries below read into. The reading off the first paragraph
    // for the headline test is kept for the dateline search below when that paragraph is one
    // line (the same text): `first_dateline` says whether it found one. A dateline is the most
    // expensive rule of the frame, and it is the first paragraph of most articles.
    let mut dl_match = dateline::DatelineMatch::new();
    let mut first_dateline: Option<bool> = None;

    // Headline (with its tags), unless the first paragraph is already the story.
    if n >= 2 {
        let p0 = t(0);
        let p0_break = memchr::memchr(b'\n', p0.as_bytes());
        let first_line = match p0_break {
            Some(k) => p0[..k].strip_suffix('\r').unwrap_or(&p0[..k]),
            None if !p0.ends_with('\r') => p0,
            None => p0.lines().next().unwrap_or(""),
        };
        if headline::looks_like_headline(p0)
            && {
                let found = dateline::parse_into(first_line, &mut dl_match);
                if first_line.len() == p0.len() {
                    first_dateline = Some(found);
                }
                !found
            }
            && byline::parse(p0).is_none()
        {
            let (tags, at) = headline::tags(p0);
            let base = paras.at(0).0;
            for tag in tags {
                blocks.push(Block::HeadlineTag(Box::new(HeadlineTag {
                    span: Span::new(base + tag.span.0, base + tag.span.1),
                    text: Cow::Borrowed(&p0[tag.span.0..tag.span.1]),
                    kind: tag.kind,
                    number: tag.number,
                })));
            }
            let mut end = paras.at(0).1;
            idx = 1;
            if n >= 3 && p0_break.is_none() && second_headline_line(input, paras, p0) {
                end = paras.at(1).1;
                idx = 2;
            }
            let hs = scan::skip_space(input, base + at, end);
            if hs < end {
                info.headline = Some(blocks.len());
                headline_region = Some(Span::new(hs, end));
                blocks.push(Block::Headline(Box::new(Headline {
                    span: Span::new(hs, end),
                    text: Cow::Borrowed(&input[hs..end]),
                })));
            }
        }
    }

    // Bylines, each with a role line under it when there is one.
    while idx < n {
        let line = t(idx);
        let Some(m) = byline::parse(line) else { break };
        let base = paras.at(idx).0;
        let mut end = paras.at(idx).1;
        let mut role = m.role.map(|(a, b)| text_of(input, base + a, base + b));
        let mut agency = m.agency.map(|(a, b)| text_of(input, base + a, base + b));
        idx += 1;
        if idx < n && byline::role_line(t(idx)) && dateline::parse(t(idx)).is_none() {
            let (a, b) = paras.at(idx);
            if super::lexicon::agency(t(idx)).is_some() && agency.is_none() {
                agency = Some(text_of(input, a, b));
            } else {
                role = Some(text_of(input, a, b));
            }
            end = b;
            idx += 1;
        }
        info.byline.get_or_insert(blocks.len());
        blocks.push(Block::Byline(Box::new(Byline {
            span: Span::new(base, end),
            text: Cow::Borrowed(&input[base..end]),
            authors: m
                .authors
                .iter()
                .map(|&(a, b)| text_of(input, base + a, base + b))
                .collect(),
            agency,
            role,
        })));
    }

    // The dateline: at the first body paragraph, or after a few caption or standfirst
    // paragraphs when it names an agency or a date.
    // The match stays where the search put it, and is read by reference: each move of it (a
    // few hundred bytes) was a call to `memcpy`.
    let mut dl_at = None;
    for j in idx..n.min(idx + 5) {
        let p = t(j);
        let found = match first_dateline.take() {
            Some(found) if j == 0 => found,
            _ => dateline::parse_into(p, &mut dl_match),
        };
        if !found {
            continue;
        }
        let m = &dl_match;
        let ok = match m.strength {
            dateline::Strength::Credited => true,
            dateline::Strength::Dated => j <= idx + 2,
            dateline::Strength::Weak => (idx..j).all(|k| caption_or_label(t(k))),
        };
        if !ok {
            continue;
        }
        // `WILLIAM BARR:` in a transcript is a speaker label, not a colon dateline.
        if m.separator_is_colon(p) && transcript(input, paras, j) {
            break;
        }
        dl_at = Some(j);
        break;
    }
    let dl = dl_at.map(|j| (j, &dl_match));

    // Footer items, from the end back.
    let body_floor = dl.as_ref().map_or(idx, |(j, _)| *j);
    // The dateline's paragraph may also be the last body paragraph: items split off its end
    // start after the dateline.
    let dateline_end = dl.as_ref().map(|(j, m)| (*j, paras.at(*j).0 + m.end));
    let (body_end, last_end) = footer_scan(input, paras, body_floor, dateline_end, footers);

    // Preamble, dateline, body.
    let body_start = match &dl {
        Some((j, _)) => *j,
        None => idx,
    };
    for (a, b) in paras.range(idx..body_start.min(body_end).max(idx)) {
        blocks.push(Block::Unclassified(Box::new(text_of(input, a, b))));
    }
    // From here the paragraphs are read in order, and the regions written over them: region
    // `w` goes where paragraph `w` was, once paragraphs up to `w` are read (the headline came
    // from paragraph 0 and the body starts at paragraph 1 or later).
    let mut w = 0;
    if let Some(h) = headline_region {
        spans[0] = h;
        w = 1;
    }
    let mut k = body_start;
    while k < body_end {
        if k > body_start && k + 1 < body_end {
            // The paragraphs between the first (which may hold the dateline) and the last
            // (which may end early, a footer split off it) are taken whole and at once: their
            // spans moved down to the regions' places, and a block made of each in one
            // `extend`. One by one, each went through the tests for the first and the last.
            let n = body_end - 1 - k;
            // Paragraphs up to `k` are read already (`w <= k`), so they may be written over.
            debug_assert!(w <= k);
            if w < k {
                spans.copy_within(k..k + n, w);
            }
            let taken = &spans[w..w + n];
            info.lede.get_or_insert(taken[0]);
            blocks.extend(taken.iter().map(|&span| {
                Block::Paragraph(Paragraph {
                    span,
                    text: Cow::Borrowed(span.as_str(input)),
                })
            }));
            w += n;
            k += n;
            continue;
        }
        let (mut a, mut b) = (spans[k].start(), spans[k].end());
        let para_end = b;
        if k + 1 == body_end {
            b = last_end;
        }
        // Nothing is left of a paragraph that held only its dateline.
        let mut left = true;
        if let Some((j, m)) = &dl {
            if *j == k {
                let base = a;
                let p = &input[a..b.max(a + m.end).min(para_end)];
                info.nyt_style = m.is_nyt_style(p);
                info.dateline = Some(blocks.len());
                blocks.push(Block::Dateline(Box::new(make_dateline(input, base, m))));
                a = scan::skip_space(input, base + m.end, b.max(base + m.end));
                left = a < b;
            }
        }
        if left {
            let span = Span::new(a, b);
            if info.lede.is_none() {
                info.lede = Some(span);
            }
            // Paragraph `w` is read already (`w <= k`), so it may be written over.
            debug_assert!(w <= k);
            spans[w] = span;
            w += 1;
            blocks.push(Block::Paragraph(Paragraph {
                span,
                text: Cow::Borrowed(span.as_str(input)),
            }));
        }
        k += 1;
    }
    spans.truncate(w);
    for &(span, kind) in footers.iter() {
        let text = span.as_str(input);
        let mut credits = Vec::new();
        if kind == BoilerplateKind::Credit {
            let base = span.start();
            for c in footer::credits(text) {
                credits.push(Credit {
                    span: Span::new(base + c.span.0, base + c.span.1),
                    role: c.role,
                    role_text: text_of(input, base + c.role_span.0, base + c.role_span.1),
                    contributors: c
                        .contributors
                        .iter()
                        .map(|&((a, b), p)| Contributor {
                            name: text_of(input, base + a, base + b),
                            place: p.map(|(x, y)| text_of(input, base + x, base + y)),
                        })
                        .collect(),
                });
            }
        }
        // A credit line names the agency more surely than a sign-off does.
        let credited = info
            .footer_agency
            .is_some_and(|(_, _, s)| s == AgencySource::Credit);
        if !credited {
            let agency = match kind {
                BoilerplateKind::Credit => Some(("Reuters", AgencySource::Credit)),
                BoilerplateKind::Contribution if text.contains("Associated Press") => {
                    Some(("AP", AgencySource::Credit))
                }
                BoilerplateKind::SignOff if info.footer_agency.is_none() => {
                    footer::signoff_agency(text).map(|name| (name, AgencySource::SignOff))
                }
                _ => None,
            };
            if let Some((name, source)) = agency {
                info.footer_agency = Some((name, span, source));
            }
        }
        blocks.push(Block::Footer(Box::new(FooterItem {
            span,
            text: Cow::Borrowed(text),
            kind,
            credits,
        })));
    }
    (blocks, info)
}

fn make_dateline<'a>(input: &'a str, base: usize, m: &dateline::DatelineMatch) -> Dateline<'a> {
    let span = Span::new(base, base + m.end);
    let date = m.date.map(|(at, d)| super::news_date(input, base + at, &d));
    Dateline {
        span,
        text: Cow::Borrowed(span.as_str(input)),
        places: m
            .places
            .iter()
            .map(|&(a, b)| text_of(input, base + a, base + b))
            .collect(),
        date,
        agencies: m
            .agencies
            .iter()
            .map(|&(a, b)| text_of(input, base + a, base + b))
            .collect(),
        separator: m.separator.map(|(a, b)| text_of(input, base + a, base + b)),
    }
}

/// Whether the second paragraph is the second line of a headline that runs over two lines:
/// on the very next line, short, in the same case style, and neither a sentence, a byline, a
/// role line nor a dateline. `first`, the first paragraph, is one line: the frame has found
/// its line break, if any, already, and asks only then.
fn second_headline_line(input: &str, paras: Paras<'_>, first: &str) -> bool {
    let (a, b) = paras.at(1);
    let between = &input[paras.at(0).1..a];
    if between.bytes().filter(|&c| c == b'\n').count() != 1 {
        return false;
    }
    // The headline ends at a blank line.
    let after = &input[b..paras.at(2).0];
    if after.bytes().filter(|&c| c == b'\n').count() < 2 {
        return false;
    }
    let second = &input[a..b];
    let all_caps = |t: &str| !t.chars().any(char::is_lowercase);
    let short = |t: &str| !scan::longer_than(t, 110);
    short(first)
        && short(second)
        && !scan::longer_than(first, 200)
        && first.chars().count() + second.chars().count() <= 200
        && all_caps(first) == all_caps(second)
        && !first.ends_with(['.', '!', '?', ':', '"', '”'])
        && !second.ends_with(['.', '!', '?', ':'])
        && byline::parse(second).is_none()
        && !byline::role_line(second)
        && dateline::parse(second).is_none()
        && footer::classify(second).is_none()
        && headline::looks_like_headline(second)
}

/// A short label (`USA TODAY`, `Photo`) or a photo caption above the story.
fn caption_or_label(p: &str) -> bool {
    !scan::longer_than(p, 60)
        || [
            "Getty Images",
            "AP Photo",
            "REUTERS/",
            "Photo:",
            "(Photo",
            "Photograph:",
            "CLOSE ",
            "FILE PHOTO",
            "FILE -",
            "Image caption",
            "toggle caption",
        ]
        .iter()
        .any(|m| p.contains(m))
}

/// Whether paragraphs near `j` also open with an upper-case label and a colon, as the
/// speaker labels of a transcript do.
fn transcript(input: &str, paras: Paras<'_>, j: usize) -> bool {
    paras.range(j + 1..paras.len().min(j + 13)).any(|(a, b)| {
        let p = &input[a..b];
        let Some(colon) = scan::head_lf(p, 40).find(':') else {
            return false;
        };
        let label = &p[..colon];
        !label.is_empty()
            && label.chars().any(char::is_alphabetic)
            && label.chars().all(|c| !c.is_lowercase())
    })
}

/// Where the last run of two spaces in `input[a..end]` starts, relative to `a`, when the text
/// after it may be a sign-off; `None` when there is none or the text after it is too long to
/// be one. Only the last [`footer::SIGNOFF_MAX`] bytes or so are searched, not the whole
/// paragraph: a double space further back leaves more than a sign-off's length after it,
/// unless a run of other blanks joins it to the end, and then the whole is searched.
fn signoff_gap(input: &str, a: usize, end: usize) -> Option<usize> {
    let bytes = input.as_bytes();
    // Past the text's last non-blank character, and a start two bytes before any sign-off
    // could begin.
    let e = scan::trim_end_at(input, a, end);
    let q = e.saturating_sub(footer::SIGNOFF_MAX + 2).max(a);
    if let Some(i) = scan::rfind_double_space(&bytes[q..end]) {
        return Some(q - a + i);
    }
    // No double space from `q` on. One before `q` is followed by more than a sign-off's
    // length of text, unless the blanks after it run on past `q` (a sign-off starts after
    // `q + 1`): then it is in the run of what may be blanks through `q` (any byte past ASCII
    // may be part of one).
    let blankish = |b: u8| b.is_ascii_whitespace() || b == 0x0b || b >= 0x80;
    if q == a || !blankish(bytes[q]) {
        return None;
    }
    let mut r = q;
    while r > a && blankish(bytes[r - 1]) {
        r -= 1;
    }
    scan::rfind_double_space(&bytes[r..=q]).map(|i| r - a + i)
}

/// The most footer items split off the end of the last body paragraph.
const MAX_TRAILING_ITEMS: usize = 16;

/// Finds the footer items at the end, and puts them in order into `items` (cleared first).
/// Returns the index of the first paragraph that is not wholly footer, and the end of that
/// last body paragraph (shortened when a sign-off or credit was split off it).
fn footer_scan(
    input: &str,
    paras: Paras<'_>,
    floor: usize,
    dateline_end: Option<(usize, usize)>,
    items: &mut Vec<(Span, BoilerplateKind)>,
) -> (usize, usize) {
    items.clear();
    let mut k = paras.len();
    let mut last_end = 0;
    while k > floor {
        let (a, b) = paras.at(k - 1);
        let p = &input[a..b];
        if k - 1 > floor {
            if let Some(kind) = footer::classify(p) {
                items.push((Span::new(a, b), kind));
                k -= 1;
                continue;
            }
            // A contact block: short lines under a `Media contact:` head. Looked for before
            // sections, which would otherwise take it into `About Acme` above it. The block
            // is found only at a head among the eight paragraphs above, so those are asked
            // for one before the paragraph's own rules run: the heads' test turns most
            // paragraphs away by their first byte, where the rules of a contact line read
            // every byte of a short last paragraph (the digits, the words, `@`, `www.`,
            // `http`), and many articles (from an eighth to nearly all, by corpus) end in a
            // paragraph short enough to be asked.
            let heads = floor.max(k.saturating_sub(9))..k - 1;
            if footer::may_be_contact_line(p)
                && paras
                    .range(heads)
                    .any(|(ha, hb)| footer::is_contact_head(&input[ha..hb]))
                && footer::is_contact_line(p)
            {
                let mut h = k - 1;
                let mut found = None;
                while h > floor && k - 1 - h < 8 {
                    h -= 1;
                    let (ha, hb) = paras.at(h);
                    let q = &input[ha..hb];
                    if footer::is_contact_head(q) {
                        found = Some(h);
                        break;
                    }
                    if !footer::is_contact_line(q) {
                        break;
                    }
                }
                if let Some(h) = found {
                    for m in (h..k).rev() {
                        let (ma, mb) = paras.at(m);
                        items.push((Span::new(ma, mb), BoilerplateKind::Contact));
                    }
                    k = h;
                    continue;
                }
            }
            // A boilerplate section (`About Acme`, `Forward-Looking Statements`) with its
            // paragraphs, ending where the footer items start.
            if let Some((h, kind)) = ((floor + 1).max(k.saturating_sub(8))..k)
                .rev()
                .find_map(|h| {
                    let (ha, hb) = paras.at(h);
                    // The first byte first: a slice of the input costs two tests of its ends.
                    if !footer::may_head_section(*input.as_bytes().get(ha)?) {
                        return None;
                    }
                    footer::section_heading(&input[ha..hb]).map(|kind| (h, kind))
                })
            {
                for m in (h..k).rev() {
                    let (ma, mb) = paras.at(m);
                    items.push((Span::new(ma, mb), kind));
                }
                k = h;
                continue;
            }
        }
        // Inside the last body paragraph: trailing footer lines, an inline sign-off, an
        // appended credit; after its dateline, when it has one.
        let a = match dateline_end {
            Some((j, e)) if j + 1 == k => e.clamp(a, b),
            _ => a,
        };
        let mut end = b;
        // Each round reads the whole paragraph (finding its last line, a double space, a
        // bracket), so the rounds are capped to keep the parse linear: a long paragraph ending
        // in thousands of `(Editing by …)` brackets took quadratic time. Real copy ends in a
        // handful of such items.
        for _ in 0..MAX_TRAILING_ITEMS {
            let line_start = footer_line_start(input, a, end);
            if let Some(ls) = line_start {
                let ls = scan::skip_space(input, ls, end);
                let line = &input[ls..end];
                if let Some(kind) = footer::classify(line) {
                    items.push((Span::new(ls, end), kind));
                    end = scan::trim_end_at(input, a, ls);
                    continue;
                }
            }
            let seg = &input[a..end];
            // `… total 55.8 (33.7).        REUTER`: a sign-off after a run of spaces.
            if let Some(sp) = signoff_gap(input, a, end) {
                let word_start = scan::skip_space(input, a + sp, end);
                if word_start > a + sp && footer::is_signoff(&input[word_start..end]) {
                    items.push((Span::new(word_start, end), BoilerplateKind::SignOff));
                    end = scan::trim_end_at(input, a, word_start);
                    continue;
                }
            }
            if let Some(open) = footer::trailing_credit(seg) {
                items.push((Span::new(a + open, end), BoilerplateKind::Credit));
                end = scan::trim_end_at(input, a, a + open);
                continue;
            }
            // Xinhua's `… Enditem` appended to the last sentence.
            if seg.ends_with(" Enditem") || seg.ends_with(" ENDITEM") {
                let s = end - "Enditem".len();
                items.push((Span::new(s, end), BoilerplateKind::SignOff));
                end = scan::trim_end_at(input, a, s);
                continue;
            }
            break;
        }
        last_end = end;
        break;
    }
    if k == 0 || (k <= floor && last_end == 0) {
        last_end = if k > 0 { paras.at(k - 1).1 } else { 0 };
    }
    if last_end == 0 && k > 0 {
        last_end = paras.at(k - 1).1;
    }
    items.reverse();
    (k, last_end)
}

/// Where the last line of `input[a..end]` starts (after its line break), when it has one and
/// that line may be a footer item. `end` is a trimmed end. A line that holds more than twice
/// [`footer::ITEM_MAX`] bytes before `end` is story text to [`footer::classify`], so the search
/// stops that far back when the byte there is of the line and visible: a paragraph of
/// megabytes on one line is not read to its start for a line break.
fn footer_line_start(input: &str, a: usize, end: usize) -> Option<usize> {
    let b = &input.as_bytes()[a..end];
    let far = 2 * footer::ITEM_MAX + 1;
    let visible = |c: u8| c.is_ascii_graphic();
    if b.len() > far && b.last().copied().is_some_and(visible) {
        let near = b.len() - far;
        if let Some(x) = memchr::memrchr(b'\n', &b[near..]) {
            return Some(a + near + x + 1);
        }
        if visible(b[near]) {
            return None;
        }
    }
    memchr::memrchr(b'\n', b).map(|x| a + x + 1)
}

/// Finds `on Tuesday (Jan 16)` or `on Jan. 16` in the first 400 bytes of the lede.
pub(crate) fn lede_date(input: &str, lede: Span) -> Option<(usize, date::DateMatch)> {
    let s = lede.as_str(input);
    let lim = scan::head_lf(s, 400).len();
    let b = s.as_bytes();
    let try_at = |at: usize| {
        if at == 0 || matches!(b[at - 1], b' ' | b'(') {
            if let Some((off, d)) = date::lede_date(&s[at..]) {
                return Some((lede.start() + at + off, d));
            }
        }
        None
    };
    // A short head is read a byte at a time: the `memmem` search below cost some two hundred
    // instructions to start on a lede of a dozen bytes, more than the rest of its frame. (`on `
    // cannot overlap itself, so every place it stands is one the search finds.)
    if lim <= SHORT_LEDE {
        let head = &b[..lim];
        let mut at = 0;
        while let Some(w) = head.get(at..at + 3) {
            if w == b"on " {
                if let Some(found) = try_at(at) {
                    return Some(found);
                }
            }
            at += 1;
        }
        return None;
    }
    // Each `on ` in the head, found whole by a `memmem` searcher built once: a search by its
    // `o` stopped at every `o` of the text, a few dozen in the head of a lede.
    static ON: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let on = ON.get_or_init(|| memchr::memmem::Finder::new("on "));
    on.find_iter(&b[..lim]).find_map(try_at)
}

/// The longest head of a lede [`lede_date`] reads a byte at a time.
const SHORT_LEDE: usize = 32;

#[cfg(test)]
mod tests {
    use super::*;

    /// The last line's start as the whole search finds it, for a footer line: the same line,
    /// or none where that line is too long to be one.
    /// [`lede_date`] as it was before short heads were read a byte at a time: every `on ` the
    /// `memmem` searcher finds. The two must agree on heads either side of [`SHORT_LEDE`].
    #[test]
    fn short_heads_find_the_dates_the_searcher_finds() {
        let by_search = |input: &str, lede: Span| {
            let s = lede.as_str(input);
            let b = s.as_bytes();
            let lim = scan::head_lf(s, 400).len();
            memchr::memmem::find_iter(&b[..lim], "on ").find_map(|at| {
                if at == 0 || matches!(b[at - 1], b' ' | b'(') {
                    if let Some((off, d)) = date::lede_date(&s[at..]) {
                        return Some((lede.start() + at + off, d));
                    }
                }
                None
            })
        };
        let extra = [
            "on ",
            "on",
            "con ",
            "onon ",
            "(on ",
            "on Monday",
            "on March 3",
            "on Feb. 26",
            "March 3",
            "on Tuesday,",
            "Mon",
            "3",
            "on\n",
        ];
        let mut dated = 0;
        for t in scan::generated_texts(0x1ede, 30_000, 12, &extra) {
            for pre in ["", "x"] {
                let input = format!("{pre}{t}");
                let lede = Span::new(pre.len(), input.len());
                let want = by_search(&input, lede);
                dated += usize::from(want.is_some());
                assert_eq!(lede_date(&input, lede), want, "{input:?}");
            }
        }
        // The generated ledes do hold dates after `on `, so the comparison tested something.
        assert!(dated > 500, "{dated}");
    }

    /// A contact block is found from its head at most eight lines above its last line, as
    /// the look-ahead for a head and the walk up to it both read: the edge is held here.
    #[test]
    fn a_contact_head_is_found_up_to_eight_lines_above_the_last() {
        let body = "SAN JOSE, Calif., Dec. 1, 2026 /PRNewswire/ -- Acme Corp said on Tuesday \
                    it would ship its new widget to customers in the spring, ahead of rivals.";
        for (lines, want) in [(1, 2), (7, 8), (8, 9), (9, 0)] {
            let mut s = format!("Acme ships widget\n\n{body}\n\nMedia contact:");
            for i in 0..lines {
                s.push_str(&format!("\n\nJane Doe {}", char::from(b'A' + i)));
            }
            let article = crate::parse(&s).unwrap();
            let contacts = article
                .blocks
                .iter()
                .filter(|b| matches!(b, Block::Footer(f) if f.kind == BoilerplateKind::Contact))
                .count();
            assert_eq!(contacts, want, "{lines} lines: {s:?}");
        }
    }

    #[test]
    fn footer_line_as_the_whole_search_finds_it() {
        let whole = |s: &str| memchr::memrchr(b'\n', s.as_bytes()).map(|x| x + 1);
        let long = "word ".repeat(400);
        let cases = [
            String::new(),
            "short".to_string(),
            format!("{long}\nReuter"),
            format!("{long}{long}end"),
            format!("head\n{long}{long}end"),
            format!("head\n{}Reuter", " ".repeat(2000)),
            format!("head\n{}x{}Reuter", " ".repeat(600), " ".repeat(1200)),
            format!("head\n{long}\n{long}{long}"),
        ];
        for s in &cases {
            let got = footer_line_start(s, 0, s.len());
            match got {
                Some(_) => assert_eq!(got, whole(s), "{s:?}"),
                None => {
                    // No line, or one that only story text can be.
                    if let Some(ls) = whole(s) {
                        let line = &s[scan::skip_space(s, ls, s.len())..];
                        assert_eq!(footer::classify(line), None, "{s:?}");
                    }
                }
            }
        }
    }

    /// The sign-off found after the last double space, as the whole-paragraph search finds it
    /// and as [`signoff_gap`]'s bounded one does.
    fn signoffs(s: &str) -> (Option<usize>, Option<usize>) {
        let end = s.len();
        let found = |sp: Option<usize>| {
            let sp = sp?;
            let w = scan::skip_space(s, sp, end);
            (w > sp && footer::is_signoff(&s[w..end])).then_some(w)
        };
        (found(s.rfind("  ")), found(signoff_gap(s, 0, end)))
    }

    #[test]
    fn the_bounded_signoff_search_finds_what_the_whole_search_finds() {
        let story = "The index rose 12.5 points to close at 1,234.5 in active trade.";
        let long = "x".repeat(200);
        let nbsp = "\u{a0}".repeat(80);
        let mut cases = vec![
            format!("{story}        REUTER"),
            format!("{story}  (END) Dow Jones Newswires"),
            format!("{story}  {long} REUTER"),
            format!("{story}  {nbsp}REUTER"),
            format!("{story} {nbsp} REUTER"),
            format!("{story}  {}REUTER", " ".repeat(300)),
            format!("{story}  (END) {}", "y ".repeat(70)),
            format!("{story} {}", "z ".repeat(70)),
            format!("{story}  Reuter  Enditem"),
            "  REUTER".to_string(),
            "REUTER".to_string(),
            String::new(),
        ];
        // A double space at every place in a long sign-off-like tail.
        let tail = format!("{story} (END) {}", "w ".repeat(60));
        for i in 0..tail.len() {
            let mut t = tail.clone();
            t.insert(i, ' ');
            cases.push(t);
        }
        for c in &cases {
            let (whole, bounded) = signoffs(c);
            assert_eq!(whole, bounded, "{c:?}");
        }
        assert!(signoffs(&cases[0]).0.is_some());
        assert!(signoffs(&cases[3]).0.is_some());
    }

    fn paras_of(s: &str) -> Vec<&str> {
        let lines = scan::lines(s);
        paragraphs(s, &lines)
            .into_iter()
            .map(|(a, b)| &s[a..b])
            .collect()
    }

    #[test]
    fn paragraph_styles() {
        // Blank-line separated, one per line.
        assert_eq!(
            paras_of("A one.\n\nB two.\n\n\nC three."),
            ["A one.", "B two.", "C three."]
        );
        assert_eq!(paras_of("A one.\nB two."), ["A one.", "B two."]);
        // Fixed-width 1980s wire copy: indented first lines, flush continuations.
        let fixed = "TITLE LINE\n    LONDON, March 3 - The first paragraph runs over\nits second line here.\n    Second paragraph.\n Reuter\n";
        assert_eq!(
            paras_of(fixed),
            [
                "TITLE LINE",
                "LONDON, March 3 - The first paragraph runs over\nits second line here.",
                "Second paragraph.\n Reuter"
            ]
        );
        // Hard-wrapped prose with blank lines between paragraphs.
        let wrapped = "The council voted on Tuesday to close the old harbour to\nfreight traffic from the spring, ending a century of use.\n\nNext.";
        assert_eq!(paras_of(wrapped).len(), 2);
        // CRLF is the same as LF.
        assert_eq!(paras_of("A one.\r\n\r\nB two.\r\n"), ["A one.", "B two."]);
    }
}
