//! Quotations, speakers, cues, reported speech and speaker resolution, through the public API.
//! Every article here is written for these tests.

use newswire::{Article, Quote, QuoteKind, ReportKind, SpeakerKind, WarningKind};

/// A short wire story around the given body paragraphs (separated by blank lines).
fn story(body: &str) -> String {
    format!("Harbour board meets on dredging plan\n\nKIEL, May 2 (Reuters) - The harbour board met on Tuesday.\n\n{body}\n")
}

fn parse(text: &str) -> Article<'_> {
    newswire::parse(text).expect("parses")
}

fn contents<'a>(q: &'a Quote<'_>) -> Vec<&'a str> {
    q.pieces.iter().map(|p| p.content.as_str()).collect()
}

/// `(pieces, speaker mention, cue)` of each direct quote.
fn directs<'a>(a: &'a Article<'_>) -> Vec<(Vec<&'a str>, Option<&'a str>, Option<&'a str>)> {
    a.direct_quotes()
        .map(|q| {
            (
                contents(q),
                q.speaker.as_ref().map(|s| s.mention.as_str()),
                q.cue.as_ref().map(|c| c.as_str()),
            )
        })
        .collect()
}

#[test]
fn the_crate_example() {
    let text = "Port authority lifts fog curfew\n\nHAMBURG, March 3 (Reuters) - The port lifted its fog curfew on Monday.\n\n\"Ships are moving again,\" harbour master Lena Vogt told reporters.\n";
    let a = parse(text);
    let quotes: Vec<_> = a.direct_quotes().collect();
    assert_eq!(quotes.len(), 1);
    let q = quotes[0];
    assert_eq!(contents(q), ["Ships are moving again,"]);
    let s = q.speaker.as_ref().expect("speaker");
    assert_eq!(s.mention.as_str(), "harbour master Lena Vogt");
    assert_eq!(s.name.as_ref().map(|n| n.as_str()), Some("Lena Vogt"));
    assert_eq!(s.role.as_ref().map(|n| n.as_str()), Some("harbour master"));
    assert_eq!(s.kind, SpeakerKind::Person);
    assert_eq!(q.cue.as_ref().map(|c| c.as_str()), Some("told reporters"));
    // Spans point into the input.
    assert_eq!(
        q.pieces[0].content.span.as_str(text),
        "Ships are moving again,"
    );
    assert_eq!(s.mention.span.as_str(text), "harbour master Lena Vogt");
}

#[test]
fn every_mark_style() {
    let rows: &[(&str, &str)] = &[
        (
            "\"The channel is clear,\" the pilot said.",
            "The channel is clear,",
        ),
        (
            "“The channel is clear,” the pilot said.",
            "The channel is clear,",
        ),
        (
            "‘The channel is clear,’ the pilot said.",
            "The channel is clear,",
        ),
        (
            "'The channel is clear,' the pilot said.",
            "The channel is clear,",
        ),
        (
            "«The channel is clear», the pilot said.",
            "The channel is clear",
        ),
        (
            "»The channel is clear«, the pilot said.",
            "The channel is clear",
        ),
        (
            "„The channel is clear“, the pilot said.",
            "The channel is clear",
        ),
        (
            "‚The channel is clear‘, the pilot said.",
            "The channel is clear",
        ),
        (
            "「The channel is clear」, the pilot said.",
            "The channel is clear",
        ),
        (
            "『The channel is clear』, the pilot said.",
            "The channel is clear",
        ),
        (
            "''The channel is clear,'' the pilot said.",
            "The channel is clear,",
        ),
        (
            "``The channel is clear,'' the pilot said.",
            "The channel is clear,",
        ),
        // Mixed pairs recover.
        (
            "“The channel is clear,\" the pilot said.",
            "The channel is clear,",
        ),
        (
            "\"The channel is clear,” the pilot said.",
            "The channel is clear,",
        ),
    ];
    for (body, want) in rows {
        let text = story(body);
        let a = parse(&text);
        let d = directs(&a);
        assert_eq!(d.len(), 1, "{body}: {d:?}");
        assert_eq!(d[0].0, [*want], "{body}");
        assert_eq!(d[0].1, Some("the pilot"), "{body}");
        assert_eq!(d[0].2, Some("said"), "{body}");
        assert!(
            a.warnings
                .iter()
                .all(|w| w.kind != WarningKind::UnclosedQuote),
            "{body}: {:?}",
            a.warnings
        );
    }
}

#[test]
fn apostrophes_are_not_quote_marks() {
    let rows = [
        "Mayor Kim’s plan drew the dockers’ support, the board said.",
        "The voters’ mood has soured since the ’90s, he said.",
        "A rock ’n’ roll band played; O’Neill didn't mind.",
        "Fans of rock 'n' roll packed the pier in '16 and ‘16.",
        "The workers' union and the bosses’ group met at O'Hare.",
    ];
    for body in rows {
        let text = story(body);
        let a = parse(&text);
        assert!(a.quotes.is_empty(), "{body}: {:?}", a.quotes);
        assert!(a.warnings.is_empty(), "{body}: {:?}", a.warnings);
    }
}

#[test]
fn nested_quotes_keep_their_parent() {
    let text = story("“The captain shouted ‘Hold the line!’ and we held it,” the deckhand said.");
    let a = parse(&text);
    assert_eq!(a.quotes.len(), 2);
    let outer = &a.quotes[0];
    let inner = &a.quotes[1];
    assert_eq!(outer.kind, QuoteKind::Direct);
    assert_eq!(
        contents(outer),
        ["The captain shouted ‘Hold the line!’ and we held it,"]
    );
    assert_eq!(contents(inner), ["Hold the line!"]);
    assert_eq!(inner.parent, Some(0));
    assert_eq!(outer.parent, None);
    assert_eq!(
        outer.speaker.as_ref().map(|s| s.mention.as_str()),
        Some("the deckhand")
    );
}

#[test]
fn a_quote_over_several_paragraphs_is_one_quote() {
    let text = story(
        "“The first thing we did was close the lock gates.\n\n“Then we counted the boats still out at sea,” the harbour master said.",
    );
    let a = parse(&text);
    let d = directs(&a);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        d[0].0,
        [
            "The first thing we did was close the lock gates.",
            "Then we counted the boats still out at sea,"
        ]
    );
    assert_eq!(d[0].1, Some("the harbour master"));
    let q = a.direct_quotes().next().unwrap();
    assert!(!q.pieces[0].closed && q.pieces[1].closed);
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);
}

#[test]
fn split_quotes_are_one_quote() {
    let rows: &[(&str, &[&str], &str, &str)] = &[
        (
            "\"We will dredge,\" Vogt said, \"but not before June.\"",
            &["We will dredge,", "but not before June."],
            "Vogt",
            "said",
        ),
        (
            "\"We will dredge,\" Vogt said. \"The money is there.\"",
            &["We will dredge,", "The money is there."],
            "Vogt",
            "said",
        ),
        (
            "“We will dredge,” said the harbour master. “The money is there.”",
            &["We will dredge,", "The money is there."],
            "the harbour master",
            "said",
        ),
    ];
    for (body, pieces, speaker, cue) in rows {
        let text = story(body);
        let a = parse(&text);
        let d = directs(&a);
        assert_eq!(d.len(), 1, "{body}: {d:?}");
        assert_eq!(d[0].0, *pieces, "{body}");
        assert_eq!(d[0].1, Some(*speaker), "{body}");
        assert_eq!(d[0].2, Some(*cue), "{body}");
    }
    // A second verb starts a second attribution.
    let text = story("\"We will dredge,\" Vogt said, adding: \"The money is there.\"");
    let a = parse(&text);
    let d = directs(&a);
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[1].1, Some("Vogt"));
    assert_eq!(d[1].2, Some("adding"));
}

#[test]
fn scare_quotes_titles_and_fragments_are_not_direct_speech() {
    let rows: &[(&str, QuoteKind, &str)] = &[
        (
            "The two ports praised their ‘brotherly’ ties.",
            QuoteKind::Scare,
            "brotherly",
        ),
        (
            "The so-called \"fog tax\" was dropped.",
            QuoteKind::Scare,
            "fog tax",
        ),
        (
            "The crew watched the film \"Sea of Glass\" twice.",
            QuoteKind::Title,
            "Sea of Glass",
        ),
        (
            "Captain Ana \"Storm\" Ruiz took the helm.",
            QuoteKind::Title,
            "Storm",
        ),
        (
            "Vogt said the plan was \"a very good start\" for the port.",
            QuoteKind::Partial,
            "a very good start",
        ),
    ];
    for (body, kind, content) in rows {
        let text = story(body);
        let a = parse(&text);
        assert_eq!(a.quotes.len(), 1, "{body}");
        let q = &a.quotes[0];
        assert_eq!(q.kind, *kind, "{body}");
        assert_eq!(contents(q), [*content], "{body}");
        assert_eq!(a.direct_quotes().count(), 0, "{body}");
        if *kind != QuoteKind::Partial {
            assert!(q.speaker.is_none(), "{body}");
        }
    }
    // A fragment keeps its speaker.
    let text = story("Vogt said the plan was \"a very good start\" for the port.");
    let a = parse(&text);
    assert_eq!(
        a.quotes[0].speaker.as_ref().map(|s| s.mention.as_str()),
        Some("Vogt")
    );
}

#[test]
fn unbalanced_marks_recover_with_a_warning() {
    // Never closed, and the next paragraph does not reopen it.
    let text = story("\"The gates will stay shut, the board said.\n\nShips waited outside.");
    let a = parse(&text);
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(
        contents(&a.quotes[0]),
        ["The gates will stay shut, the board said."]
    );
    assert!(!a.quotes[0].pieces[0].closed);
    assert!(
        a.warnings
            .iter()
            .any(|w| w.kind == WarningKind::UnclosedQuote),
        "{:?}",
        a.warnings
    );
    // A curly mark left open, and a next paragraph that seems to reopen it but opens with the
    // end of an attribute value instead: the warning covers the whole three-byte mark (it
    // once covered its first byte only, a span inside a character; found by the `options`
    // fuzz target).
    let text = story("“The gates will stay shut, the board said.\n\n\">Ships waited outside.”");
    let a = parse(&text);
    let unclosed: Vec<&str> = a
        .warnings
        .iter()
        .filter(|w| w.kind == WarningKind::UnclosedQuote)
        .map(|w| &text[w.span.start as usize..w.span.end as usize])
        .collect();
    assert_eq!(unclosed, ["“"], "{:?}", a.warnings);
    // A closing mark with nothing open.
    let text = story("The gates will stay shut.” Ships waited outside.");
    let a = parse(&text);
    assert!(a.quotes.is_empty());
    assert!(
        a.warnings
            .iter()
            .any(|w| w.kind == WarningKind::UnmatchedClosingQuote),
        "{:?}",
        a.warnings
    );
    // Markup debris does not break anything.
    for body in [
        "\"\"=",
        "<a title=\"x\">\"",
        "''''''",
        "“”“”‘’’",
        "\"",
        "«»«",
        "``",
    ] {
        let text = story(body);
        let _ = parse(&text);
    }
}

#[test]
fn cue_forms() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "\"The dredger arrives in June,\" Vogt said.",
            "Vogt",
            "said",
        ),
        (
            "\"The dredger arrives in June,\" said Vogt.",
            "Vogt",
            "said",
        ),
        (
            "\"The dredger arrives in June,\" Vogt says.",
            "Vogt",
            "says",
        ),
        (
            "\"The dredger arrives in June,\" Vogt told reporters.",
            "Vogt",
            "told reporters",
        ),
        (
            "\"The dredger arrives in June,\" Vogt told Reuters.",
            "Vogt",
            "told Reuters",
        ),
        (
            "\"The dredger arrives in June,\" Vogt said in a statement.",
            "Vogt",
            "said in a statement",
        ),
        (
            "\"The dredger arrives in June,\" Vogt wrote on Twitter.",
            "Vogt",
            "wrote on Twitter",
        ),
        (
            "\"The dredger arrives in June,\" Vogt added.",
            "Vogt",
            "added",
        ),
        (
            "\"Will the dredger arrive in June?\" a reporter asked.",
            "a reporter",
            "asked",
        ),
        (
            "\"The dredger must arrive in June,\" Vogt stressed.",
            "Vogt",
            "stressed",
        ),
        (
            "\"The dredger may not arrive in June,\" Vogt warned.",
            "Vogt",
            "warned",
        ),
        (
            "\"The dredger may be late,\" Vogt cautioned.",
            "Vogt",
            "cautioned",
        ),
        (
            "\"The dredger is booked for June,\" Vogt noted.",
            "Vogt",
            "noted",
        ),
        (
            "\"The dredger arrives in June!\" Vogt tweeted.",
            "Vogt",
            "tweeted",
        ),
        (
            "Vogt said: \"The dredger arrives in June.\"",
            "Vogt",
            "said",
        ),
        (
            "Vogt told reporters, \"The dredger arrives in June.\"",
            "Vogt",
            "told reporters",
        ),
        (
            "\"The dredger arrives in June.\" — Lena Vogt",
            "Lena Vogt",
            "—",
        ),
        (
            "\"The dredger arrives in June.\" - Lena Vogt",
            "Lena Vogt",
            "-",
        ),
        (
            "According to Vogt, \"the dredger arrives in June.\"",
            "Vogt",
            "According to",
        ),
    ];
    for (body, speaker, cue) in rows {
        let text = story(body);
        let a = parse(&text);
        let quotes: Vec<_> = a.quotes.iter().filter(|q| q.speaker.is_some()).collect();
        assert_eq!(quotes.len(), 1, "{body}: {:?}", a.quotes);
        let q = quotes[0];
        assert_eq!(
            q.speaker.as_ref().map(|s| s.mention.as_str()),
            Some(*speaker),
            "{body}"
        );
        assert_eq!(q.cue.as_ref().map(|c| c.as_str()), Some(*cue), "{body}");
    }
}

#[test]
fn a_capitalised_verb_inside_a_name_is_no_cue() {
    // `States` ends `the United States`; it is not the verb `states`.
    for (body, speaker, cue) in [
        (
            "\"We will not back down,\" the United States said in a statement.",
            "the United States",
            "said in a statement",
        ),
        (
            "\"The talks failed,\" United States envoy Ana Ruiz told reporters.",
            "United States envoy Ana Ruiz",
            "told reporters",
        ),
        (
            "\"Dredging must wait,\" the Gulf States said.",
            "the Gulf States",
            "said",
        ),
    ] {
        let text = story(body);
        let a = parse(&text);
        let d = directs(&a);
        assert_eq!(d.len(), 1, "{body}: {d:?}");
        assert_eq!((d[0].1, d[0].2), (Some(speaker), Some(cue)), "{body}");
    }
}

#[test]
fn colon_paragraph_introduces_the_quote() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "Hugh Hill, a doctor at the port clinic, said:\n\n\"Nobody was badly hurt.\"",
            "Hugh Hill, a doctor at the port clinic",
            "said",
        ),
        (
            "And from Chairwoman Lee:\n\n\"We will meet again next week.\"",
            "Chairwoman Lee",
            ":",
        ),
    ];
    for (body, speaker, cue) in rows {
        let text = story(body);
        let a = parse(&text);
        let d = directs(&a);
        assert_eq!(d.len(), 1, "{body}: {d:?}");
        assert_eq!(d[0].1, Some(*speaker), "{body}");
        assert_eq!(d[0].2, Some(*cue), "{body}");
    }
}

#[test]
fn speaker_forms() {
    // (body, mention, name, role, kind)
    type Row<'a> = (
        &'a str,
        &'a str,
        Option<&'a str>,
        Option<&'a str>,
        SpeakerKind,
    );
    let rows: &[Row<'_>] = &[
        (
            "\"We are ready,\" Port Authority spokesman Piet de Vries told reporters.",
            "Port Authority spokesman Piet de Vries",
            Some("Piet de Vries"),
            Some("Port Authority spokesman"),
            SpeakerKind::Person,
        ),
        (
            "\"We are ready,\" Jane Doe, a spokeswoman for the ministry, said.",
            "Jane Doe, a spokeswoman for the ministry",
            Some("Jane Doe"),
            Some("a spokeswoman for the ministry"),
            SpeakerKind::Person,
        ),
        (
            "\"We are ready,\" said Jane Doe, spokeswoman for the ministry.",
            "Jane Doe, spokeswoman for the ministry",
            Some("Jane Doe"),
            Some("spokeswoman for the ministry"),
            SpeakerKind::Person,
        ),
        (
            "\"We are ready,\" she said.",
            "she",
            None,
            None,
            SpeakerKind::Pronoun,
        ),
        (
            "\"We are ready,\" the ministry said.",
            "the ministry",
            None,
            None,
            SpeakerKind::Organization,
        ),
        (
            "\"We are ready,\" a source familiar with the matter said.",
            "a source familiar with the matter",
            None,
            None,
            SpeakerKind::Anonymous,
        ),
        (
            "\"We are ready,\" officials said.",
            "officials",
            None,
            None,
            SpeakerKind::Anonymous,
        ),
        (
            "\"We are ready,\" people close to the talks said.",
            "people close to the talks",
            None,
            None,
            SpeakerKind::Anonymous,
        ),
        (
            "\"We are ready,\" a spokesman for Kestrel Mills said.",
            "a spokesman for Kestrel Mills",
            None,
            None,
            SpeakerKind::Anonymous,
        ),
        (
            "A spokesman for Kestrel Mills said: \"We are ready.\"",
            "A spokesman for Kestrel Mills",
            None,
            None,
            SpeakerKind::Anonymous,
        ),
        (
            "\"We are ready,\" the Department of Harbours said.",
            "the Department of Harbours",
            None,
            None,
            SpeakerKind::Organization,
        ),
        (
            "\"We are ready,\" Piet Holm of the Kiel Pilots Association said.",
            "Piet Holm of the Kiel Pilots Association",
            Some("Piet Holm"),
            None,
            SpeakerKind::Person,
        ),
    ];
    for (body, mention, name, role, kind) in rows {
        let text = story(body);
        let a = parse(&text);
        let q = a.direct_quotes().next().unwrap_or_else(|| panic!("{body}"));
        let s = q.speaker.as_ref().unwrap_or_else(|| panic!("{body}"));
        assert_eq!(s.mention.as_str(), *mention, "{body}");
        if s.kind != SpeakerKind::Pronoun {
            assert_eq!(s.name.as_ref().map(|n| n.as_str()), *name, "{body}");
        }
        assert_eq!(s.role.as_ref().map(|n| n.as_str()), *role, "{body}");
        assert_eq!(s.kind, *kind, "{body}");
    }
}

#[test]
fn speakers_resolve_to_names_named_before() {
    let text = story(
        "Deputy Mayor Park Ji Won opened the meeting with harbour master Lena Vogt.\n\n\"The channel is too shallow,\" Park said.\n\n\"We will dredge it,\" she said.\n\n\"The money is there,\" Vogt added.",
    );
    let a = parse(&text);
    let got: Vec<(&str, Option<&str>)> = a
        .direct_quotes()
        .map(|q| {
            let s = q.speaker.as_ref().unwrap();
            (s.mention.as_str(), s.name.as_ref().map(|n| n.as_str()))
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Park", Some("Park Ji Won")),
            ("she", Some("Park Ji Won")),
            ("Vogt", Some("Lena Vogt"))
        ]
    );
    // The mention stays as written; the name points at the earlier full name.
    let q = a.direct_quotes().next().unwrap();
    let s = q.speaker.as_ref().unwrap();
    assert!(s.name.as_ref().unwrap().span.start < s.mention.span.start);
    assert_eq!(s.kind, SpeakerKind::Person);

    // A pronoun takes the latest named speaker of its gender when the text shows it.
    let text = story(
        "\"We are ready,\" said Mr. Tom Berg.\n\n\"So are we,\" said Ms. Ada Holm.\n\n\"It will take a year,\" he said.",
    );
    let a = parse(&text);
    let last = a.direct_quotes().last().unwrap();
    assert_eq!(
        last.speaker
            .as_ref()
            .unwrap()
            .name
            .as_ref()
            .map(|n| n.as_str()),
        Some("Tom Berg")
    );
}

#[test]
fn a_company_a_spokesman_speaks_for_is_not_the_speaker() {
    // The company is named in full before; the spokesman is still not a person named so.
    let text = story(
        "Kestrel Mills Inc makes paper in Kiel.\n\n\"We will cut prices,\" a spokesman for Kestrel said.\n\nA spokesman for Kestrel said the mill would close.",
    );
    let a = parse(&text);
    let q = a.direct_quotes().next().unwrap();
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(s.mention.as_str(), "a spokesman for Kestrel");
    assert_eq!(s.name, None);
    assert_eq!(s.kind, SpeakerKind::Anonymous);
    let r: Vec<_> = a.reported_speech.iter().collect();
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].speaker.mention.as_str(), "A spokesman for Kestrel");
    assert_eq!(r[0].speaker.name, None);
    assert_eq!(r[0].speaker.kind, SpeakerKind::Anonymous);
}

#[test]
fn reported_speech_forms() {
    // (body, kind, speaker, cue, content)
    let rows: &[(&str, ReportKind, &str, &str, &str)] = &[
        (
            "Vogt said the dredger would arrive in June.",
            ReportKind::Leading,
            "Vogt",
            "said",
            "the dredger would arrive in June",
        ),
        (
            "Vogt said that the dredger would arrive in June.",
            ReportKind::Leading,
            "Vogt",
            "said",
            "the dredger would arrive in June",
        ),
        (
            "The board says it will borrow the money.",
            ReportKind::Leading,
            "The board",
            "says",
            "it will borrow the money",
        ),
        (
            "The dredger will arrive in June, officials said.",
            ReportKind::Trailing,
            "officials",
            "said",
            "The dredger will arrive in June",
        ),
        (
            "The port will stay open, the board said in a letter to shippers.",
            ReportKind::Trailing,
            "the board",
            "said in a letter",
            "The port will stay open",
        ),
        (
            "Vogt told shippers at a meeting in Kiel that the port would stay open.",
            ReportKind::Leading,
            "Vogt",
            "told",
            "the port would stay open",
        ),
        (
            "According to the board, the dredger will arrive in June.",
            ReportKind::AccordingTo,
            "the board",
            "According to",
            "the dredger will arrive in June",
        ),
        (
            "The dredger will arrive in June, according to the board.",
            ReportKind::AccordingTo,
            "the board",
            "according to",
            "The dredger will arrive in June",
        ),
    ];
    for (body, kind, speaker, cue, content) in rows {
        let text = story(body);
        let a = parse(&text);
        let r: Vec<_> = a.reported_speech.iter().collect();
        assert_eq!(r.len(), 1, "{body}: {r:?}");
        assert_eq!(r[0].kind, *kind, "{body}");
        assert_eq!(r[0].speaker.mention.as_str(), *speaker, "{body}");
        assert_eq!(r[0].cue.as_str(), *cue, "{body}");
        assert_eq!(r[0].content.as_str(), *content, "{body}");
        assert!(r[0].span.contains(r[0].content.span), "{body}");
    }
    // Direct quotes are not also reported speech; passives and orders are not speech.
    for body in [
        "\"We will dredge,\" Vogt said.",
        "The dredger is said to be late.",
        "Vogt told them to wait.",
    ] {
        let text = story(body);
        assert!(parse(&text).reported_speech.is_empty(), "{body}");
    }
}

#[test]
fn options_turn_the_passes_off() {
    let text = story("\"We will dredge,\" Vogt said. The board said it agreed.");
    let a = newswire::parse_with(&text, &newswire::ParseOptions::new().quotes(false)).unwrap();
    assert!(a.quotes.is_empty() && a.reported_speech.is_empty());
    let a =
        newswire::parse_with(&text, &newswire::ParseOptions::new().reported_speech(false)).unwrap();
    assert_eq!(a.quotes.len(), 1);
    assert!(a.reported_speech.is_empty());
}

mod properties {
    use proptest::prelude::*;

    /// Bits of text that stress the quote and attribution passes.
    const PARTS: &[&str] = &[
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "'",
        "''",
        "``",
        "«",
        "»",
        "„",
        "‚",
        "「",
        "」",
        "『",
        "』",
        " ",
        "\n\n",
        ", ",
        ". ",
        ": ",
        " — ",
        "said",
        " he said",
        " said Vogt",
        "told reporters",
        "Vogt",
        "the ministry",
        "according to",
        " that ",
        "Kim’s",
        "rock ’n’ roll",
        "’90s",
        "é",
        "\u{202a}",
        "=\"",
        "(R-Fla.)",
        "Mr.",
        "U.S.",
        "a",
        "word",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

        #[test]
        fn any_mix_of_marks_parses_into_consistent_quotes(picks in prop::collection::vec(0..PARTS.len(), 0..80)) {
            let body: String = picks.iter().map(|&i| PARTS[i]).collect();
            let text = format!("Headline here\n\nKIEL, May 2 (Reuters) - Lead.\n\n{body}\n");
            let a = newswire::parse(&text).unwrap();
            let mut last_start = 0;
            for (i, q) in a.quotes.iter().enumerate() {
                prop_assert!(!q.pieces.is_empty());
                prop_assert!(q.span().start >= last_start);
                last_start = q.span().start;
                if let Some(p) = q.parent {
                    prop_assert!(p < i);
                    prop_assert!(a.quotes[p].span().start <= q.span().start);
                }
                for p in &q.pieces {
                    prop_assert!(text.get(p.span.range()).is_some());
                    prop_assert!(p.span.contains(p.content.span));
                    prop_assert_eq!(p.content.span.as_str(&text), p.content.as_str());
                }
                if let Some(s) = &q.speaker {
                    prop_assert_eq!(s.mention.span.as_str(&text), s.mention.as_str());
                }
            }
            for r in &a.reported_speech {
                prop_assert!(text.get(r.span.range()).is_some());
                prop_assert!(r.span.contains(r.content.span) && r.span.contains(r.cue.span));
            }
        }
    }
}
