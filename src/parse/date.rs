//! Dates as wire copy writes them: `Jan 16`, `Sept. 2`, `Dec. 5, 2023`, `16 January 2024`,
//! `Tuesday (Jan 16)`.

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case};
use nom::character::complete::{char, space0, space1};
use nom::combinator::opt;
use nom::{IResult, Parser};

use crate::Weekday;

/// A date found in text: offsets are relative to the parsed slice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateMatch {
    pub len: usize,
    pub weekday: Option<Weekday>,
    pub month: u8,
    pub day: u8,
    pub year: Option<i32>,
}

const MONTHS: [(&str, u8); 24] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("sept", 9),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

const WEEKDAYS: [(&str, Weekday); 19] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
    ("tues", Weekday::Tuesday),
    ("thurs", Weekday::Thursday),
    ("mon", Weekday::Monday),
    ("tue", Weekday::Tuesday),
    ("wed", Weekday::Wednesday),
    ("thu", Weekday::Thursday),
    ("fri", Weekday::Friday),
    ("sat", Weekday::Saturday),
    ("sun", Weekday::Sunday),
    ("weds", Weekday::Wednesday),
    ("thur", Weekday::Thursday),
    ("tu", Weekday::Tuesday),
];

/// `take_while_m_n(min, max, …)` for a test of ASCII bytes, read as bytes.
fn take_ascii(i: &str, min: usize, max: usize, test: fn(&u8) -> bool) -> IResult<&str, &str> {
    let n = i
        .as_bytes()
        .iter()
        .take(max)
        .take_while(|b| test(b))
        .count();
    if n < min {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::TakeWhileMN,
        )));
    }
    Ok((&i[n..], &i[..n]))
}

fn word(i: &str) -> IResult<&str, &str> {
    take_ascii(i, 2, 9, u8::is_ascii_alphabetic)
}

/// A month name, full or abbreviated (with an optional full stop), any case.
pub(crate) fn month(i: &str) -> IResult<&str, u8> {
    let (rest, w) = word(i)?;
    month_of(i, rest, w)
}

/// The month named `w`, read off the front of `i`, with its optional dot from `rest`.
fn month_of<'a>(i: &'a str, rest: &'a str, w: &str) -> IResult<&'a str, u8> {
    // Compared in place: a lower-cased copy allocated for every word a dateline tried.
    let Some(&(_, m)) = MONTHS.iter().find(|(name, _)| name.eq_ignore_ascii_case(w)) else {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    };
    let (rest, _) = opt(char('.')).parse(rest)?;
    Ok((rest, m))
}

/// A weekday name, full or abbreviated, any case.
pub(crate) fn weekday(i: &str) -> IResult<&str, Weekday> {
    let (rest, w) = word(i)?;
    // Compared in place: a lower-cased copy allocated for every word a dateline tried.
    let Some(&(_, d)) = WEEKDAYS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w))
    else {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    };
    let (rest, _) = opt(char('.')).parse(rest)?;
    Ok((rest, d))
}

fn day(i: &str) -> IResult<&str, u8> {
    let (rest, d) = take_ascii(i, 1, 2, u8::is_ascii_digit)?;
    day_of(i, rest, d)
}

/// The day of the digits `d` read off the front of `i`, with its ordinal suffix from `rest`.
fn day_of<'a>(i: &'a str, rest: &'a str, d: &str) -> IResult<&'a str, u8> {
    if rest.starts_with(|c: char| c.is_ascii_alphanumeric()) && !starts_ordinal(rest) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    let (rest, _) = opt(alt((tag("st"), tag("nd"), tag("rd"), tag("th")))).parse(rest)?;
    let n: u8 = d.parse().unwrap_or(0);
    if n == 0 || n > 31 {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    Ok((rest, n))
}

fn starts_ordinal(s: &str) -> bool {
    ["st", "nd", "rd", "th"].iter().any(|o| s.starts_with(o))
        && !s[2..].starts_with(|c: char| c.is_ascii_alphanumeric())
}

fn year(i: &str) -> IResult<&str, i32> {
    let (rest, y) = take_ascii(i, 4, 4, u8::is_ascii_digit)?;
    year_of(i, rest, y)
}

/// The year of the digits `y` read off the front of `i`, followed by `rest`.
fn year_of<'a>(i: &'a str, rest: &'a str, y: &str) -> IResult<&'a str, i32> {
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    let y: i32 = y.parse().unwrap_or(0);
    if !(1800..=2200).contains(&y) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    Ok((rest, y))
}

/// Spaces as wire copy has them between date parts: ASCII spaces, NO-BREAK SPACE, NARROW NBSP.
/// Horizontal space: spaces, tabs, NO-BREAK SPACE and NARROW NBSP, at least one. Read as bytes
/// (`C2 A0`, `E2 80 AF`): the combinator form of it cost more than the rest of a date.
fn gap(i: &str) -> IResult<&str, &str> {
    let b = i.as_bytes();
    let mut n = 0;
    loop {
        match b.get(n..).unwrap_or_default() {
            [b' ' | b'\t', ..] => n += 1,
            [0xC2, 0xA0, ..] => n += 2,
            [0xE2, 0x80, 0xAF, ..] => n += 3,
            _ => break,
        }
    }
    if n == 0 {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Space,
        )));
    }
    Ok((&i[n..], &i[..n]))
}

/// `Jan 16`, `Sept. 2`, `Dec. 5, 2023`, `March 3 1987` (month first).
fn month_day(i: &str) -> IResult<&str, (u8, u8, Option<i32>)> {
    let (rest, (m, _, d)) = (month, gap, day).parse(i)?;
    let (rest, y) = opt((opt(char(',')), gap, year).map(|(_, _, y)| y)).parse(rest)?;
    Ok((rest, (m, d, y)))
}

/// `16 January`, `16 Jan 2024` (day first).
fn day_month(i: &str) -> IResult<&str, (u8, u8, Option<i32>)> {
    let (rest, (d, _, m)) = (day, gap, month).parse(i)?;
    let (rest, y) = opt((opt(char(',')), gap, year).map(|(_, _, y)| y)).parse(rest)?;
    Ok((rest, (m, d, y)))
}

/// A date at the start of `i`: month and day in either order, with an optional year.
pub(crate) fn date(i: &str) -> Option<DateMatch> {
    // A date opens with a day's digit or a month's letter: most words a dateline or a lede
    // tries are turned away here, before the combinators run.
    let b = i.as_bytes();
    let first = *b.first()?;
    if !first.is_ascii_digit() {
        // Every month's name, full or short, starts with one of these.
        let head = [
            first.to_ascii_lowercase(),
            b.get(1).map_or(0, u8::to_ascii_lowercase),
            b.get(2).map_or(0, u8::to_ascii_lowercase),
        ];
        if !matches!(
            &head,
            b"jan"
                | b"feb"
                | b"mar"
                | b"apr"
                | b"may"
                | b"jun"
                | b"jul"
                | b"aug"
                | b"sep"
                | b"oct"
                | b"nov"
                | b"dec"
        ) {
            return None;
        }
    }
    // Only one order can match: a day opens with a digit, a month's name with a letter.
    let parsed = if first.is_ascii_digit() {
        day_month(i)
    } else {
        month_day(i)
    };
    let (rest, (month, day, year)) = parsed.ok()?;
    Some(DateMatch {
        len: i.len() - rest.len(),
        weekday: None,
        month,
        day,
        year,
    })
}

/// A weekday followed by a date: `Tuesday (Jan 16)`, `Tuesday, Jan. 16`, `Tue 16 Jan`.
/// The match covers the closing parenthesis when there is one.
pub(crate) fn weekday_date(i: &str) -> Option<DateMatch> {
    let (rest, wd) = weekday(i).ok()?;
    let (rest, _) = (opt(char(',')), space0::<&str, nom::error::Error<&str>>)
        .parse(rest)
        .ok()?;
    let (rest, paren) = opt(char::<&str, nom::error::Error<&str>>('('))
        .parse(rest)
        .ok()?;
    let d = date(rest)?;
    let mut rest = &rest[d.len..];
    if paren.is_some() {
        rest = rest.strip_prefix(')')?;
    }
    Some(DateMatch {
        len: i.len() - rest.len(),
        weekday: Some(wd),
        ..d
    })
}

/// `on` + a weekday or date, as in a lede: `on Tuesday (Jan 16)`, `on Jan. 16`.
pub(crate) fn lede_date(i: &str) -> Option<(usize, DateMatch)> {
    let (rest, _) = (
        tag_no_case::<&str, &str, nom::error::Error<&str>>("on"),
        space1,
    )
        .parse(i)
        .ok()?;
    let at = i.len() - rest.len();
    weekday_date(rest).or_else(|| date(rest)).map(|d| (at, d))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::type_complexity)]
    use super::*;

    /// The date grammar as first written, all in combinators: the byte-level `gap`, `word`,
    /// `day` and `year` must read the same.
    fn combinator_date(i: &str) -> Option<(usize, u8, u8, Option<i32>)> {
        use nom::bytes::complete::take_while_m_n;
        use nom::combinator::recognize;
        type R<'a, T> = IResult<&'a str, T>;
        fn gap(i: &str) -> R<'_, &str> {
            recognize(nom::multi::many1_count(alt((
                space1,
                tag("\u{a0}"),
                tag("\u{202f}"),
            ))))
            .parse(i)
        }
        // The readers as combinators; what they read is checked as `date` checks it.
        fn month(i: &str) -> R<'_, u8> {
            let (rest, w) = take_while_m_n(2, 9, |c: char| c.is_ascii_alphabetic()).parse(i)?;
            month_of(i, rest, w)
        }
        fn day(i: &str) -> R<'_, u8> {
            let (rest, d) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
            day_of(i, rest, d)
        }
        fn year(i: &str) -> R<'_, i32> {
            let (rest, y) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(i)?;
            year_of(i, rest, y)
        }
        let tail = |rest| opt((opt(char(',')), gap, year).map(|(_, _, y)| y)).parse(rest);
        let (rest, (m, d, y)) = alt((
            |i| {
                let (rest, (m, _, d)) = (month, gap, day).parse(i)?;
                let (rest, y) = tail(rest)?;
                Ok((rest, (m, d, y)))
            },
            |i| {
                let (rest, (d, _, m)) = (day, gap, month).parse(i)?;
                let (rest, y) = tail(rest)?;
                Ok((rest, (m, d, y)))
            },
        ))
        .parse(i)
        .ok()?;
        Some((i.len() - rest.len(), m, d, y))
    }

    #[test]
    fn byte_level_readers_agree_with_the_combinators() {
        let firsts = [
            "Jan",
            "jan.",
            "SEPT.",
            "September",
            "Septembers",
            "Ma",
            "M",
            "12",
            "3",
            "31st",
            "0",
            "123",
        ];
        let gaps = [
            "", " ", "  ", "\t", "\u{a0}", "\u{202f}", " \u{a0}", "\u{2003}", "-",
        ];
        let seconds = ["16", "2,", "4th", "32", "9x", "March", "feb", "1", "05"];
        let tails = [
            "",
            ", 2024",
            " 1987",
            ",2023",
            ", 20245",
            " 1799",
            ",\u{a0}2025",
            " (Reuters)",
            "x",
        ];
        let mut n = 0;
        for a in firsts {
            for g in gaps {
                for b in seconds {
                    for t in tails {
                        let s = format!("{a}{g}{b}{t}");
                        let got = date(&s).map(|d| (d.len, d.month, d.day, d.year));
                        let first = s.as_bytes()[0];
                        // `date` turns away what cannot open a date before the grammar runs.
                        let month_head = s.len() >= 3
                            && MONTHS.iter().any(|(m, _)| {
                                m.as_bytes()[..3].eq_ignore_ascii_case(&s.as_bytes()[..3])
                            });
                        let want = (first.is_ascii_digit() || month_head)
                            .then(|| combinator_date(&s))
                            .flatten();
                        assert_eq!(got, want, "{s:?}");
                        n += usize::from(got.is_some());
                    }
                }
            }
        }
        assert!(n > 100, "{n} dates");
    }

    #[test]
    fn wire_dates() {
        let rows: &[(&str, Option<(u8, u8, Option<i32>, usize)>)] = &[
            ("Jan 16 (Reuters)", Some((1, 16, None, 6))),
            ("Sept. 2 (Xinhua)", Some((9, 2, None, 7))),
            ("Dec. 5, 2023 /PRNewswire/", Some((12, 5, Some(2023), 12))),
            ("Feb 26 - ", Some((2, 26, None, 6))),
            ("march 2 -", Some((3, 2, None, 7))),
            ("16 January 2024", Some((1, 16, Some(2024), 15))),
            ("August 7 (Xinhua)", Some((8, 7, None, 8))),
            ("Feb\u{a0}11, 2025", Some((2, 11, Some(2025), 13))),
            ("May be", None),
            ("March 35", None),
            ("Dec 1987", None),
            ("Narch 2", None),
        ];
        for (text, want) in rows {
            let got = date(text).map(|d| (d.month, d.day, d.year, d.len));
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn weekdays() {
        let d = weekday_date("Tuesday (Jan 16) ahead").unwrap();
        assert_eq!(
            (d.weekday, d.month, d.day, d.len),
            (Some(Weekday::Tuesday), 1, 16, 16)
        );
        let (at, d) = lede_date("on Tuesday, Jan. 16, the").unwrap();
        assert_eq!((at, d.len, d.day), (3, 16, 16));
        assert!(lede_date("on Tuesday the").is_none());
    }
}
