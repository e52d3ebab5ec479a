//! The public API: errors, options, owned and borrowed forms, and the frame of short stories
//! written for these tests.

use newswire::{
    parse, parse_bytes, parse_with, AgencySource, Block, BoilerplateKind, CalendarDate, CreditRole,
    DateSource, Error, ParseOptions, TagKind, Weekday,
};

#[test]
fn empty_and_blank_input_is_an_error() {
    assert_eq!(parse("").unwrap_err(), Error::Empty);
    assert_eq!(parse(" \n\t\r\n ").unwrap_err(), Error::Empty);
}

#[test]
fn invalid_utf8_reports_the_offset() {
    let mut bytes = b"GENEVA (Reuters) - Talks resumed ".to_vec();
    let at = bytes.len();
    bytes.extend_from_slice(&[0xff, 0xfe]);
    bytes.extend_from_slice(b" on Monday.");
    assert_eq!(
        parse_bytes(&bytes).unwrap_err(),
        Error::InvalidUtf8 { valid_up_to: at }
    );
    let msg = parse_bytes(&bytes).unwrap_err().to_string();
    assert!(msg.contains(&at.to_string()), "{msg}");
}

#[test]
fn over_limit_input_names_the_limit() {
    let text = "A headline\n\nSome text that is longer than the limit.";
    let options = ParseOptions::new().max_input_len(10);
    let err = parse_with(text, &options).unwrap_err();
    assert_eq!(
        err,
        Error::TooLarge {
            len: text.len(),
            limit: 10
        }
    );
    assert!(err.to_string().contains("10 bytes"), "{err}");
    assert!(parse_with(text, &ParseOptions::new().max_input_len(text.len())).is_ok());
}

const MODERN: &str = "UPDATE 2-Grain barges stuck as river level falls\n\n\
By Ana Lima and Tom Reed, Reuters\n\n\
ROSARIO, Argentina, Jan 16 (Reuters) - Dozens of grain barges were stuck on the Parana river \
on Tuesday after the water level fell to its lowest in a decade, port officials said.\n\n\
Shippers said loading at the terminals north of the city had slowed to half its usual pace.\n\n\
(Reporting by Ana Lima in Rosario; Additional reporting by Tom Reed in Buenos Aires; \
Editing by Mia Holt and Jo Fry)\n";

#[test]
fn modern_reuters_frame() {
    let a = parse(MODERN).unwrap();
    let tag = a.headline_tags().next().unwrap();
    assert_eq!(
        (tag.text.as_ref(), tag.kind, tag.number),
        ("UPDATE 2-", TagKind::Update, Some(2))
    );
    assert_eq!(
        a.headline().unwrap().text,
        "Grain barges stuck as river level falls"
    );
    let by = a.bylines().next().unwrap();
    let authors: Vec<&str> = by.authors.iter().map(|t| t.as_str()).collect();
    assert_eq!(authors, ["Ana Lima", "Tom Reed"]);
    assert_eq!(by.agency.as_ref().unwrap().text, "Reuters");
    let d = a.dateline().unwrap();
    let places: Vec<&str> = d.places.iter().map(|t| t.as_str()).collect();
    assert_eq!(places, ["ROSARIO", "Argentina"]);
    let date = d.date.as_ref().unwrap();
    assert_eq!(
        (date.text.as_ref(), date.month, date.day, date.year),
        ("Jan 16", 1, 16, None)
    );
    assert_eq!(d.agencies[0].text, "Reuters");
    assert_eq!(d.separator.as_ref().unwrap().text, "-");
    assert_eq!(a.paragraphs().count(), 2);
    assert!(a
        .paragraphs()
        .next()
        .unwrap()
        .text
        .starts_with("Dozens of grain barges"));
    let footer: Vec<_> = a.footer().collect();
    assert_eq!(footer.len(), 1);
    assert_eq!(footer[0].kind, BoilerplateKind::Credit);
    let roles: Vec<CreditRole> = footer[0].credits.iter().map(|c| c.role).collect();
    assert_eq!(
        roles,
        [
            CreditRole::Reporting,
            CreditRole::AdditionalReporting,
            CreditRole::Editing
        ]
    );
    let editors: Vec<&str> = footer[0].credits[2]
        .contributors
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(editors, ["Mia Holt", "Jo Fry"]);
    assert_eq!(
        footer[0].credits[0].contributors[0]
            .place
            .as_ref()
            .unwrap()
            .text,
        "Rosario"
    );
    let agency = a.agency.as_ref().unwrap();
    assert_eq!(
        (agency.name.as_ref(), agency.source),
        ("Reuters", AgencySource::Dateline)
    );
    assert_eq!(a.date.as_ref().unwrap().source, DateSource::Dateline);
}

#[test]
fn reference_date_gives_the_year() {
    let options = ParseOptions::new().reference_date(CalendarDate::new(2024, 1, 17));
    let a = parse_with(MODERN, &options).unwrap();
    let date = &a.date.as_ref().unwrap().date;
    assert_eq!((date.year, date.year_inferred), (Some(2024), true));
    assert_eq!(date.iso().as_deref(), Some("2024-01-16"));
    // Across a year end the nearest year wins.
    let options = ParseOptions::new().reference_date(CalendarDate::new(2025, 1, 2));
    let story = "Snow closes passes\n\nZURICH, Dec 30 (Reuters) - Snow closed three Alpine passes on Monday, the police said.";
    let a = parse_with(story, &options).unwrap();
    assert_eq!(a.date.unwrap().date.iso().as_deref(), Some("2024-12-30"));
}

#[test]
fn lede_date_when_the_dateline_has_none() {
    let story = "Harbour reopens after storm\n\nVALLETTA: The island's main harbour reopened \
on Tuesday (Jan 16) after a two-day storm, the port authority said in a statement.\n\n\
Ferries to the smaller islands will run a reduced timetable.";
    let options = ParseOptions::new().reference_date(CalendarDate::new(2024, 1, 20));
    let a = parse_with(story, &options).unwrap();
    let d = a.dateline().unwrap();
    assert_eq!(
        (d.place(), d.separator.as_ref().unwrap().as_str()),
        (Some("VALLETTA"), ":")
    );
    let date = a.date.clone().unwrap();
    assert_eq!(date.source, DateSource::Lede);
    assert_eq!(date.date.text, "Tuesday (Jan 16)");
    assert_eq!(date.date.weekday, Some(Weekday::Tuesday));
    assert_eq!(date.date.iso().as_deref(), Some("2024-01-16"));
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn fixed_width_1980s_copy() {
    let story = "\nCOCOA RAINS BOOST BAHIA CROP OUTLOOK\n    SALVADOR, Feb 26 - Showers continued \
throughout the week\nin the Bahia cocoa zone, alleviating the drought since early\nJanuary.\n    \
Farmers said the temporao crop would be larger than\nexpected.\n Reuter\n";
    let a = parse(story).unwrap();
    assert_eq!(
        a.headline().unwrap().text,
        "COCOA RAINS BOOST BAHIA CROP OUTLOOK"
    );
    let d = a.dateline().unwrap();
    assert_eq!(
        (d.place(), d.date.as_ref().map(|x| x.text.as_ref())),
        (Some("SALVADOR"), Some("Feb 26"))
    );
    let paras: Vec<&str> = a.paragraphs().map(|p| p.text.as_ref()).collect();
    assert_eq!(paras.len(), 2);
    assert!(paras[0].starts_with("Showers continued") && paras[0].ends_with("early\nJanuary."));
    let f: Vec<_> = a.footer().collect();
    assert_eq!(
        (f.len(), f[0].kind, f[0].text.as_ref()),
        (1, BoilerplateKind::SignOff, "Reuter")
    );
}

#[test]
fn crlf_parses_like_lf() {
    let crlf = MODERN.replace('\n', "\r\n");
    let a = parse(MODERN).unwrap();
    let b = parse(&crlf).unwrap();
    let kinds = |x: &newswire::Article<'_>| -> Vec<String> {
        x.blocks
            .iter()
            .map(|b| format!("{:?}", std::mem::discriminant(b)))
            .collect()
    };
    assert_eq!(kinds(&a), kinds(&b));
    let texts_a: Vec<String> = a
        .blocks
        .iter()
        .map(|b| b.span().as_str(MODERN).to_owned())
        .collect();
    let texts_b: Vec<String> = b
        .blocks
        .iter()
        .map(|x| x.span().as_str(&crlf).replace('\r', ""))
        .collect();
    assert_eq!(texts_a, texts_b);
}

#[test]
fn owned_equals_borrowed() {
    let a = parse(MODERN).unwrap();
    let owned = a.clone().into_owned();
    assert_eq!(a, owned);
}

#[test]
fn nothing_is_dropped() {
    for story in [MODERN, "just one line", "By JOHN SMITH\nAssociated Press Writer\n\nWASHINGTON (AP) _ The House voted.\n\n___\n\nCopyright 1998 AP."] {
        let a = parse(story).unwrap();
        let mut covered = vec![false; story.len()];
        let mut last_end = 0;
        for b in &a.blocks {
            let s = b.span();
            assert!(s.start() >= last_end, "blocks overlap or are out of order: {:?}", a.blocks);
            last_end = s.end();
            for c in covered.iter_mut().take(s.end()).skip(s.start()) {
                *c = true;
            }
        }
        for (i, ch) in story.char_indices() {
            assert!(ch.is_whitespace() || covered[i], "byte {i} ({ch:?}) dropped in {story:?}");
        }
    }
}

#[test]
fn byline_with_role_line_and_nyt_style() {
    let story = "By JOHN SMITH\nAssociated Press Writer\n\nWASHINGTON (AP) _ The House voted on \
Tuesday to extend the program for a year.\n\n___\n\nCopyright 1998 The Associated Press.";
    let a = parse(story).unwrap();
    assert!(a.headline().is_none());
    let by = a.bylines().next().unwrap();
    assert_eq!(by.authors[0].text, "JOHN SMITH");
    assert_eq!(by.role.as_ref().unwrap().text, "Associated Press Writer");
    assert_eq!(a.dateline().unwrap().separator.as_ref().unwrap().text, "_");
    let kinds: Vec<BoilerplateKind> = a.footer().map(|f| f.kind).collect();
    assert_eq!(
        kinds,
        [BoilerplateKind::Separator, BoilerplateKind::Copyright]
    );

    let nyt = "MIAMI _\n\nThe storm moved north overnight and the city began to clear the \
streets.\n\nSchools will reopen on Monday.";
    let a = parse(nyt).unwrap();
    let d = a.dateline().unwrap();
    assert_eq!((d.place(), d.agencies.len()), (Some("MIAMI"), 0));
    let agency = a.agency.clone().unwrap();
    assert_eq!(
        (agency.name.as_ref(), agency.source, agency.span),
        ("NYT", AgencySource::HouseStyle, None)
    );
    assert_eq!(a.paragraphs().count(), 2);
}

#[test]
fn blocks_are_typed() {
    let a = parse(MODERN).unwrap();
    let kinds: Vec<&str> = a
        .blocks
        .iter()
        .map(|b| match b {
            Block::HeadlineTag(_) => "tag",
            Block::Headline(_) => "headline",
            Block::Byline(_) => "byline",
            Block::Dateline(_) => "dateline",
            Block::Paragraph(_) => "paragraph",
            Block::Footer(_) => "footer",
            Block::Unclassified(_) => "unclassified",
            _ => "other",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "tag",
            "headline",
            "byline",
            "dateline",
            "paragraph",
            "paragraph",
            "footer"
        ]
    );
}

#[test]
fn headline_over_two_lines() {
    let story = "Ferry operator halts winter crossings\nafter storm damages its largest ship\n\n\
TALLINN (Reuters) - A Baltic ferry operator halted its winter crossings on Tuesday after a storm \
tore the bow door of its largest ship.";
    let a = parse(story).unwrap();
    assert_eq!(
        a.headline().unwrap().text,
        "Ferry operator halts winter crossings\nafter storm damages its largest ship"
    );
    assert_eq!(a.paragraphs().count(), 1);
    // A one-line headline over a short lede line stays one line.
    let story =
        "Ferry crossings halted\nTALLINN (Reuters) - A Baltic ferry operator halted its crossings.";
    assert_eq!(
        parse(story).unwrap().headline().unwrap().text,
        "Ferry crossings halted"
    );
}

/// A long article's tree is mostly paragraphs and quotes: their size is what hostile input
/// costs per byte, so it is pinned (on 64-bit targets, where the figures were measured).
#[cfg(target_pointer_width = "64")]
#[test]
fn blocks_and_quotes_stay_small() {
    assert_eq!(std::mem::size_of::<newswire::Block<'_>>(), 32);
    assert!(std::mem::size_of::<newswire::Quote<'_>>() <= 112);
}

/// `Pieces` reads the same as the `Vec` it stands for, however its pieces were added.
#[test]
fn pieces_read_as_a_slice() {
    use newswire::{Pieces, QuotePiece, Span, Text};
    let piece = |a: u32| QuotePiece {
        span: Span::new(a as usize, a as usize + 3),
        content: Text {
            span: Span::new(a as usize + 1, a as usize + 2),
            text: "x".into(),
        },
        closed: true,
    };
    let mut one = Pieces::new();
    assert!(one.is_empty());
    one.push(piece(0));
    assert_eq!(one.len(), 1);
    assert_eq!(one, Pieces::from(vec![piece(0)]));
    let mut more = Pieces::from_iter([piece(5)]);
    one.append(&mut more);
    assert!(more.is_empty());
    one.push(piece(9));
    let starts: Vec<u32> = one.iter().map(|p| p.span.start).collect();
    assert_eq!(starts, [0, 5, 9]);
    assert_eq!(one, Pieces::from(vec![piece(0), piece(5), piece(9)]));
    assert_ne!(one, Pieces::from(vec![piece(0), piece(5)]));
    assert_eq!(one.clone().into_vec().len(), 3);
    assert_eq!((&one).into_iter().count(), 3);
}
