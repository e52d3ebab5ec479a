//! The frame of the reference article in `../shared/seed/` (see its `EXPECTED.md`). The article
//! is third-party text: it is read at test time, never copied here. The test runs when
//! `NEWSWIRE_SHARED` names the shared directory, and fails if that directory lacks the file.

use newswire::{BoilerplateKind, DateSource};

fn seed() -> Option<String> {
    let dir = std::env::var_os("NEWSWIRE_SHARED")?;
    let path = std::path::Path::new(&dir).join("seed/000_6fefbc56a1d0a322.txt");
    Some(std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

#[test]
fn seed_article_frame() {
    let Some(text) = seed() else { return };
    let a = newswire::parse(&text).unwrap();
    let headline = a.headline().expect("a headline");
    assert_eq!(headline.span.start, 0);
    assert_eq!(headline.span.end() as usize, text.find('\n').unwrap());
    assert_eq!(a.bylines().count(), 0);
    let d = a.dateline().expect("a dateline");
    assert_eq!(d.place(), Some("MOSCOW"));
    assert_eq!(d.separator.as_ref().unwrap().text, ":");
    assert!(d.agencies.is_empty());
    assert_eq!(a.paragraphs().count(), 14);
    let date = a.date.as_ref().unwrap();
    assert_eq!(
        (date.source, date.date.month, date.date.day, date.date.year),
        (DateSource::Lede, 1, 16, None)
    );
    let footer: Vec<_> = a.footer().collect();
    assert_eq!(footer.len(), 1);
    assert_eq!(footer[0].kind, BoilerplateKind::Syndication);
    assert_eq!(footer[0].span.end() as usize, text.trim_end().len());
    // Nothing dropped.
    let mut covered = vec![false; text.len()];
    for b in &a.blocks {
        for c in covered
            .iter_mut()
            .take(b.span().end())
            .skip(b.span().start())
        {
            *c = true;
        }
    }
    assert!(text
        .char_indices()
        .all(|(i, c)| c.is_whitespace() || covered[i]));
    // With a reference date the lede's date gets its year and its weekday checks out.
    let options =
        newswire::ParseOptions::new().reference_date(newswire::CalendarDate::new(2024, 1, 20));
    let a = newswire::parse_with(&text, &options).unwrap();
    assert_eq!(a.date.unwrap().date.iso().as_deref(), Some("2024-01-16"));
    assert!(a
        .warnings
        .iter()
        .all(|w| w.kind != newswire::WarningKind::WeekdayMismatch));
}
