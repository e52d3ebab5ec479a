//! The quotations and reported speech of the reference article in `../shared/seed/` (see its
//! `EXPECTED.md`). The article is third-party text: it is read at test time, never copied here.
//! The test runs when `NEWSWIRE_SHARED` names the shared directory, and fails if that directory
//! lacks the file.

use newswire::{QuoteKind, SpeakerKind};

fn seed() -> Option<String> {
    let dir = std::env::var_os("NEWSWIRE_SHARED")?;
    let path = std::path::Path::new(&dir).join("seed/000_6fefbc56a1d0a322.txt");
    Some(std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

#[test]
fn seed_quotes_and_speakers() {
    let Some(text) = seed() else { return };
    let a = newswire::parse(&text).unwrap();

    // The headline's term is a scare quote; the apostrophe of its possessive is no mark.
    let headline = a.headline().expect("a headline").span;
    let in_headline: Vec<_> = a
        .quotes
        .iter()
        .filter(|q| headline.contains(q.span()))
        .collect();
    assert_eq!(in_headline.len(), 1);
    assert_eq!(in_headline[0].kind, QuoteKind::Scare);
    assert_eq!(in_headline[0].pieces[0].content.as_str(), "comradely");
    assert!(in_headline[0].speaker.is_none());

    // Two direct quotes, with their speakers and cues.
    let direct: Vec<_> = a.direct_quotes().collect();
    assert_eq!(direct.len(), 2);
    let (first, second) = (direct[0], direct[1]);
    let s = first.speaker.as_ref().unwrap();
    assert_eq!(s.mention.as_str(), "Choe");
    assert_eq!(s.name.as_ref().map(|n| n.as_str()), Some("Choe Son Hui"));
    assert_eq!(s.kind, SpeakerKind::Person);
    assert!(s.name.as_ref().unwrap().span.end <= first.span().start);
    assert_eq!(first.cue.as_ref().unwrap().as_str(), "said");
    let s = second.speaker.as_ref().unwrap();
    assert_eq!(s.mention.as_str(), "Kremlin spokesman Dmitry Peskov");
    assert_eq!(s.name.as_ref().map(|n| n.as_str()), Some("Dmitry Peskov"));
    assert_eq!(
        s.role.as_ref().map(|n| n.as_str()),
        Some("Kremlin spokesman")
    );
    assert_eq!(second.cue.as_ref().unwrap().as_str(), "told reporters");
    // The dash and the possessive inside the second quote are its text.
    assert_eq!(second.pieces.len(), 1);
    assert!(second.pieces[0].content.as_str().contains('–'));
    assert!(second.pieces[0].closed && first.pieces[0].closed);
    assert!(a.warnings.is_empty(), "{:?}", a.warnings);

    // The reported speech of Lavrov, Moscow and Putin.
    let reported: Vec<(&str, Option<&str>, &str)> = a
        .reported_speech
        .iter()
        .map(|r| {
            (
                r.speaker.mention.as_str(),
                r.speaker.name.as_ref().map(|n| n.as_str()),
                r.cue.as_str(),
            )
        })
        .collect();
    for want in [
        ("Lavrov", Some("Sergei Lavrov"), "said"),
        ("Moscow", None, "says"),
        ("Putin", Some("Vladimir Putin"), "said"),
        ("Putin", Some("Vladimir Putin"), "says"),
    ] {
        let found = reported
            .iter()
            .any(|(m, n, c)| *m == want.0 && *c == want.2 && (want.1.is_none() || *n == want.1));
        assert!(found, "{want:?} not in {reported:?}");
    }
    for r in &a.reported_speech {
        assert!(r.content.as_str().split_whitespace().count() >= 3, "{r:?}");
        assert!(r.span.contains(r.speaker.mention.span) && r.span.contains(r.cue.span));
    }
}
