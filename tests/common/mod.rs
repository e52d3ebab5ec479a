//! The invariants every parse must keep, checked in one place for the property tests, the
//! pathological tests and the fuzz targets (which include this file with `#[path]`).
//!
//! Every check panics with the input and the broken rule, so a fuzz crash or a proptest
//! failure says at once what went wrong.
#![allow(dead_code)]

pub mod families;
pub mod tokens;

use newswire::{
    AgencySource, Article, ArticleAgency, ArticleDate, Block, Byline, Contributor, Credit,
    DateSource, Dateline, Error, FooterItem, Headline, HeadlineTag, NewsDate, Paragraph,
    ParseOptions, Quote, QuotePiece, ReportedSpeech, Span, Speaker, Text,
};

/// One node of an article, flattened: where it sits in the tree, its span, its text, and its
/// other fields written out, so that two trees can be compared field by field.
#[derive(Debug, Clone)]
pub struct Node {
    /// Where the node sits, such as `blocks[2].dateline.places[0]`.
    pub path: String,
    pub span: Span,
    /// The node's text, when it has one.
    pub text: Option<String>,
    /// Whether `text` must be exactly the input under `span`.
    pub verbatim: bool,
    /// The index (in the flattened list) of a node whose span must contain this one.
    pub inside: Option<usize>,
    /// The node's other fields (kinds, numbers, flags), written with `Debug`.
    pub info: String,
}

/// Flattens `article` into its nodes, parents before children.
pub fn flatten(article: &Article<'_>) -> Vec<Node> {
    let mut f = Flat::default();
    for (i, block) in article.blocks.iter().enumerate() {
        f.block(i, block);
    }
    for (i, quote) in article.quotes.iter().enumerate() {
        f.quote(i, quote);
    }
    for (i, rs) in article.reported_speech.iter().enumerate() {
        f.reported(i, rs);
    }
    if let Some(ArticleDate { date, source }) = &article.date {
        f.date("date", date, None, format!("{source:?}"));
    }
    if let Some(ArticleAgency { name, span, source }) = &article.agency {
        let verbatim = matches!(source, AgencySource::Dateline | AgencySource::Byline);
        f.push(
            "agency".into(),
            span.unwrap_or_default(),
            Some(name.to_string()),
            verbatim && span.is_some(),
            None,
            format!("{source:?} {}", span.is_some()),
        );
    }
    for (i, w) in article.warnings.iter().enumerate() {
        f.push(
            format!("warnings[{i}]"),
            w.span,
            None,
            false,
            None,
            format!("{:?}", w.kind),
        );
    }
    f.nodes
}

#[derive(Default)]
struct Flat {
    nodes: Vec<Node>,
}

impl Flat {
    fn push(
        &mut self,
        path: String,
        span: Span,
        text: Option<String>,
        verbatim: bool,
        inside: Option<usize>,
        info: String,
    ) -> usize {
        self.nodes.push(Node {
            path,
            span,
            text,
            verbatim,
            inside,
            info,
        });
        self.nodes.len() - 1
    }

    fn text(&mut self, path: String, t: &Text<'_>, inside: Option<usize>) -> usize {
        let Text { span, text } = t;
        self.push(
            path,
            *span,
            Some(text.to_string()),
            true,
            inside,
            String::new(),
        )
    }

    fn block(&mut self, i: usize, block: &Block<'_>) {
        let p = format!("blocks[{i}]");
        match block {
            Block::HeadlineTag(tag) => {
                let HeadlineTag {
                    span,
                    text,
                    kind,
                    number,
                } = &**tag;
                self.push(
                    format!("{p}.tag"),
                    *span,
                    Some(text.to_string()),
                    true,
                    None,
                    format!("{kind:?} {number:?}"),
                );
            }
            Block::Headline(h) => {
                let Headline { span, text } = &**h;
                self.push(
                    format!("{p}.headline"),
                    *span,
                    Some(text.to_string()),
                    true,
                    None,
                    String::new(),
                );
            }
            Block::Byline(byline) => {
                let Byline {
                    span,
                    text,
                    authors,
                    agency,
                    role,
                } = &**byline;
                let me = self.push(
                    format!("{p}.byline"),
                    *span,
                    Some(text.to_string()),
                    true,
                    None,
                    String::new(),
                );
                for (k, a) in authors.iter().enumerate() {
                    self.text(format!("{p}.byline.authors[{k}]"), a, Some(me));
                }
                if let Some(a) = agency {
                    self.text(format!("{p}.byline.agency"), a, Some(me));
                }
                if let Some(r) = role {
                    self.text(format!("{p}.byline.role"), r, Some(me));
                }
            }
            Block::Dateline(dateline) => {
                let Dateline {
                    span,
                    text,
                    places,
                    date,
                    agencies,
                    separator,
                } = &**dateline;
                let me = self.push(
                    format!("{p}.dateline"),
                    *span,
                    Some(text.to_string()),
                    true,
                    None,
                    String::new(),
                );
                for (k, t) in places.iter().enumerate() {
                    self.text(format!("{p}.dateline.places[{k}]"), t, Some(me));
                }
                if let Some(d) = date {
                    self.date(&format!("{p}.dateline.date"), d, Some(me), String::new());
                }
                for (k, t) in agencies.iter().enumerate() {
                    self.text(format!("{p}.dateline.agencies[{k}]"), t, Some(me));
                }
                if let Some(s) = separator {
                    self.text(format!("{p}.dateline.separator"), s, Some(me));
                }
            }
            Block::Paragraph(Paragraph { span, text }) => {
                self.push(
                    format!("{p}.paragraph"),
                    *span,
                    Some(text.to_string()),
                    true,
                    None,
                    String::new(),
                );
            }
            Block::Footer(item) => {
                let FooterItem {
                    span,
                    text,
                    kind,
                    credits,
                } = &**item;
                let me = self.push(
                    format!("{p}.footer"),
                    *span,
                    Some(text.to_string()),
                    true,
                    None,
                    format!("{kind:?}"),
                );
                for (k, c) in credits.iter().enumerate() {
                    self.credit(&format!("{p}.footer.credits[{k}]"), c, me);
                }
            }
            Block::Unclassified(t) => {
                self.text(format!("{p}.unclassified"), t, None);
            }
            other => {
                // A kind added to the crate after this checker: still check its span.
                self.push(
                    format!("{p}.other"),
                    other.span(),
                    None,
                    false,
                    None,
                    format!("{other:?}"),
                );
            }
        }
    }

    fn credit(&mut self, p: &str, c: &Credit<'_>, item: usize) {
        let Credit {
            span,
            role,
            role_text,
            contributors,
        } = c;
        let me = self.push(
            p.to_string(),
            *span,
            None,
            false,
            Some(item),
            format!("{role:?}"),
        );
        self.text(format!("{p}.role_text"), role_text, Some(me));
        for (k, Contributor { name, place }) in contributors.iter().enumerate() {
            self.text(format!("{p}.contributors[{k}].name"), name, Some(me));
            if let Some(pl) = place {
                self.text(format!("{p}.contributors[{k}].place"), pl, Some(me));
            }
        }
    }

    fn date(&mut self, p: &str, d: &NewsDate<'_>, inside: Option<usize>, extra: String) {
        let NewsDate {
            span,
            text,
            weekday,
            month,
            day,
            year,
            year_inferred,
        } = d;
        self.push(
            p.to_string(),
            *span,
            Some(text.to_string()),
            true,
            inside,
            format!("{weekday:?} {month} {day} {year:?} {year_inferred} {extra}"),
        );
    }

    fn speaker(&mut self, p: &str, s: &Speaker<'_>, inside: Option<usize>) {
        let Speaker {
            mention,
            kind,
            name,
            role,
        } = s;
        let me = self.text(format!("{p}.mention"), mention, inside);
        self.nodes[me].info = format!("{kind:?}");
        if let Some(n) = name {
            self.text(format!("{p}.name"), n, None);
        }
        if let Some(r) = role {
            self.text(format!("{p}.role"), r, None);
        }
    }

    fn quote(&mut self, i: usize, q: &Quote<'_>) {
        let Quote {
            kind,
            pieces,
            speaker,
            cue,
            parent,
        } = q;
        let p = format!("quotes[{i}]");
        let me = self.push(
            p.clone(),
            q.span(),
            None,
            false,
            None,
            format!("{kind:?} {parent:?} {}", pieces.len()),
        );
        for (
            k,
            QuotePiece {
                span,
                content,
                closed,
            },
        ) in pieces.iter().enumerate()
        {
            let piece = self.push(
                format!("{p}.pieces[{k}]"),
                *span,
                None,
                false,
                Some(me),
                format!("{closed}"),
            );
            self.text(format!("{p}.pieces[{k}].content"), content, Some(piece));
        }
        if let Some(s) = speaker {
            self.speaker(&format!("{p}.speaker"), s, None);
        }
        if let Some(c) = cue {
            self.text(format!("{p}.cue"), c, None);
        }
    }

    fn reported(&mut self, i: usize, rs: &ReportedSpeech<'_>) {
        let ReportedSpeech {
            span,
            kind,
            speaker,
            cue,
            content,
        } = rs;
        let p = format!("reported_speech[{i}]");
        let me = self.push(p.clone(), *span, None, false, None, format!("{kind:?}"));
        self.speaker(&format!("{p}.speaker"), speaker, Some(me));
        self.text(format!("{p}.cue"), cue, Some(me));
        self.text(format!("{p}.content"), content, Some(me));
    }
}

fn show(input: &str) -> String {
    const MAX: usize = 600;
    if input.len() <= MAX {
        format!("{input:?}")
    } else {
        let mut k = MAX;
        while !input.is_char_boundary(k) {
            k -= 1;
        }
        format!("{:?}… ({} bytes)", &input[..k], input.len())
    }
}

/// Checks every structural invariant of `article`, parsed from `input`.
pub fn check_article(input: &str, article: &Article<'_>) {
    let nodes = flatten(article);
    let len = input.len();
    let ctx = || show(input);

    // Every span in bounds and on char boundaries; verbatim text is the input under the span;
    // children inside their parents.
    for n in &nodes {
        let (s, e) = (n.span.start(), n.span.end());
        assert!(
            s <= e && e <= len,
            "{}: span {:?} out of bounds ({len} bytes) in {}",
            n.path,
            n.span,
            ctx()
        );
        assert!(
            input.is_char_boundary(s) && input.is_char_boundary(e),
            "{}: span {:?} not on char boundaries in {}",
            n.path,
            n.span,
            ctx()
        );
        if n.verbatim {
            let want = &input[s..e];
            assert_eq!(
                n.text.as_deref(),
                Some(want),
                "{}: text is not the input under {:?} in {}",
                n.path,
                n.span,
                ctx()
            );
        }
        if let Some(p) = n.inside {
            let parent = &nodes[p];
            assert!(
                parent.span.contains(n.span),
                "{} {:?} is not inside {} {:?} in {}",
                n.path,
                n.span,
                parent.path,
                parent.span,
                ctx()
            );
        }
    }

    // Top-level blocks: non-empty, ordered, not overlapping, and together covering every
    // non-whitespace byte.
    let mut covered_to = 0usize;
    for (i, b) in article.blocks.iter().enumerate() {
        let span = b.span();
        assert!(
            !span.is_empty(),
            "blocks[{i}] is empty ({span:?}) in {}",
            ctx()
        );
        assert!(
            span.start() >= covered_to,
            "blocks[{i}] {span:?} overlaps or precedes the block before it (which ends at {covered_to}) in {}",
            ctx()
        );
        let gap = &input[covered_to..span.start()];
        if let Some((k, c)) = gap.char_indices().find(|(_, c)| !c.is_whitespace()) {
            panic!(
                "byte {} ({c:?}) before blocks[{i}] belongs to no block in {}",
                covered_to + k,
                ctx()
            );
        }
        covered_to = span.end();
    }
    let tail = &input[covered_to.min(len)..];
    if let Some((k, c)) = tail.char_indices().find(|(_, c)| !c.is_whitespace()) {
        panic!(
            "byte {} ({c:?}) after the last block belongs to no block in {}",
            covered_to + k,
            ctx()
        );
    }

    // Quotes: at least one piece each, pieces in order and apart, each inside one top-level
    // block; quotes ordered by their first piece; a parent is another quote that holds it.
    let mut last_start = 0u32;
    for (i, q) in article.quotes.iter().enumerate() {
        assert!(
            !q.pieces.is_empty(),
            "quotes[{i}] has no piece in {}",
            ctx()
        );
        let first = q.pieces[0].span.start;
        assert!(
            first >= last_start,
            "quotes[{i}] is out of order in {}",
            ctx()
        );
        last_start = first;
        for w in q.pieces.windows(2) {
            assert!(
                w[0].span.end <= w[1].span.start,
                "quotes[{i}] pieces overlap or are out of order in {}",
                ctx()
            );
        }
        for (k, piece) in q.pieces.iter().enumerate() {
            assert!(
                article.blocks.iter().any(|b| b.span().contains(piece.span)),
                "quotes[{i}].pieces[{k}] {:?} lies in no single block in {}",
                piece.span,
                ctx()
            );
        }
        if let Some(p) = q.parent {
            assert!(
                p < article.quotes.len() && p != i,
                "quotes[{i}].parent {p} is not another quote in {}",
                ctx()
            );
            let outer = article.quotes[p].span();
            assert!(
                outer.contains(q.span()),
                "quotes[{i}] is not inside its parent quotes[{p}] in {}",
                ctx()
            );
        }
    }

    // The article date lies in the dateline or the lede it was read from.
    if let Some(d) = &article.date {
        let span = d.date.span;
        let home = article.blocks.iter().any(|b| match (d.source, b) {
            (DateSource::Dateline, Block::Dateline(x)) => x.span.contains(span),
            (DateSource::Lede, Block::Paragraph(x)) => x.span.contains(span),
            _ => false,
        });
        assert!(
            home,
            "the article date {span:?} ({:?}) is not in its source block in {}",
            d.source,
            ctx()
        );
    }

    // Warnings sorted by position.
    for w in article.warnings.windows(2) {
        assert!(
            (w[0].span.start, w[0].span.end) <= (w[1].span.start, w[1].span.end),
            "warnings out of order in {}",
            ctx()
        );
    }

    // Detaching from the input changes nothing.
    let owned: Article<'static> = article.clone().into_owned();
    assert!(
        owned == *article,
        "into_owned() changed the tree of {}",
        ctx()
    );

    #[cfg(feature = "serde")]
    {
        let json = serde_json::to_string(article).expect("an article serializes");
        let back: Article<'_> = serde_json::from_str(&json)
            .unwrap_or_else(|e| panic!("the JSON of {} does not deserialize: {e}\n{json}", ctx()));
        assert!(
            back == *article,
            "serde round trip changed the tree of {}",
            ctx()
        );
    }
}

/// Checks what `parse_with` answers for `input`: an error only for empty or over-limit input,
/// and an article that keeps every invariant otherwise. Returns the article, if any.
pub fn check_with<'a>(input: &'a str, options: &ParseOptions) -> Option<Article<'a>> {
    let result = newswire::parse_with(input, options);
    let limit = options.max_input_len.min(u32::MAX as usize - 1);
    match result {
        Err(Error::TooLarge { len, limit: l }) => {
            assert!(
                len == input.len() && l == limit && len > limit,
                "wrong TooLarge for {}",
                show(input)
            );
            let msg = Error::TooLarge { len, limit: l }.to_string();
            assert!(
                msg.contains(&limit.to_string()),
                "the message {msg:?} does not name the limit"
            );
            None
        }
        Err(Error::Empty) => {
            assert!(input.len() <= limit, "over-limit input reported as empty");
            assert!(
                input.trim().is_empty(),
                "non-blank input reported as empty: {}",
                show(input)
            );
            None
        }
        Err(e) => panic!("unexpected error {e:?} for {}", show(input)),
        Ok(article) => {
            assert!(
                input.len() <= limit,
                "over-limit input parsed: {} > {limit}",
                input.len()
            );
            assert!(!input.trim().is_empty(), "blank input parsed");
            check_article(input, &article);
            if !options.quotes {
                assert!(
                    article.quotes.is_empty(),
                    "quotes found with the quote pass off"
                );
                assert!(
                    article.reported_speech.is_empty(),
                    "reported speech found with the quote pass off"
                );
            }
            if !options.reported_speech {
                assert!(
                    article.reported_speech.is_empty(),
                    "reported speech found with its pass off"
                );
            }
            Some(article)
        }
    }
}

/// The LF and CRLF forms of `input`: every `\r` dropped, then every `\n` made `\r\n`.
pub fn lf_crlf(input: &str) -> (String, String) {
    let lf = input.replace('\r', "");
    let crlf = lf.replace('\n', "\r\n");
    (lf, crlf)
}

/// Checks that the CRLF form of `input` parses to the same tree as its LF form, with spans
/// mapped back and `\r` left out of texts.
pub fn check_crlf(input: &str, options: &ParseOptions) {
    let (lf, crlf) = lf_crlf(input);
    if crlf.len() > options.max_input_len.min(u32::MAX as usize - 1) {
        return;
    }
    let a = newswire::parse_with(&lf, options);
    let b = newswire::parse_with(&crlf, options);
    let (a, b) = match (a, b) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(x), Err(y)) => {
            assert_eq!(x, y, "LF and CRLF forms fail differently for {}", show(&lf));
            return;
        }
        (a, b) => panic!(
            "LF gives {:?} but CRLF gives {:?} for {}",
            a.err(),
            b.err(),
            show(&lf)
        ),
    };
    // crlf offset -> lf offset: minus the `\r`s before it.
    let mut crs = Vec::with_capacity(crlf.len() + 1);
    let mut n = 0u32;
    for &byte in crlf.as_bytes() {
        crs.push(n);
        if byte == b'\r' {
            n += 1;
        }
    }
    crs.push(n);
    let map = |s: Span| Span {
        start: s.start - crs[s.start()],
        end: s.end - crs[s.end()],
    };
    let na = flatten(&a);
    let nb = flatten(&b);
    let paths = |v: &[Node]| {
        v.iter()
            .map(|n| format!("{} {}", n.path, n.info))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        paths(&na),
        paths(&nb),
        "LF and CRLF trees differ in shape for {}",
        show(&lf)
    );
    for (x, y) in na.iter().zip(&nb) {
        assert_eq!(
            x.span,
            map(y.span),
            "{}: LF and CRLF spans differ for {}",
            x.path,
            show(&lf)
        );
        let strip = |t: &Option<String>| t.as_ref().map(|t| t.replace('\r', ""));
        assert_eq!(
            strip(&x.text),
            strip(&y.text),
            "{}: LF and CRLF texts differ for {}",
            x.path,
            show(&lf)
        );
    }
}

/// Every check for one text: the parse, the CRLF form.
pub fn check_text(input: &str) {
    check_text_with(input, &ParseOptions::default());
}

/// [`check_text`] with options.
pub fn check_text_with(input: &str, options: &ParseOptions) {
    check_with(input, options);
    check_crlf(input, options);
}

/// Every check for bytes given to `parse_bytes`: invalid UTF-8 is reported at the right offset,
/// valid UTF-8 parses as its text does.
pub fn check_bytes(bytes: &[u8]) {
    let result = newswire::parse_bytes(bytes);
    match std::str::from_utf8(bytes) {
        Err(e) => match result {
            Err(Error::InvalidUtf8 { valid_up_to }) => {
                assert_eq!(
                    valid_up_to,
                    e.valid_up_to(),
                    "wrong offset of the first bad byte"
                );
                let msg = Error::InvalidUtf8 { valid_up_to }.to_string();
                assert!(
                    msg.contains(&valid_up_to.to_string()),
                    "the message {msg:?} does not name the offset"
                );
            }
            other => panic!("invalid UTF-8 {bytes:?} gave {other:?}"),
        },
        Ok(text) => {
            let direct = newswire::parse(text);
            assert!(
                result == direct,
                "parse_bytes and parse disagree on {}",
                show(text)
            );
            check_text(text);
        }
    }
}
