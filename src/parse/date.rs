//! Dates as wire copy writes them: `Jan 16`, `Sept. 2`, `Dec. 5, 2023`, `16 January 2024`,
//! `Tuesday (Jan 16)`.

use nom::bytes::complete::tag_no_case;
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

/// The months' names, full and short, with their numbers: what [`month_named`] reads, kept as
/// a table for the tests.
#[cfg(test)]
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

/// The length of the horizontal space at the front of `b`: spaces, tabs, NO-BREAK SPACE and
/// NARROW NBSP, read as bytes (`C2 A0`, `E2 80 AF`).
pub(crate) fn gap_len(b: &[u8]) -> usize {
    // A byte at a time, the one after a blank tested first: most places asked have none, and
    // matching the rest of the text against each form cost more than the test.
    let mut n = 0;
    while let Some(&c) = b.get(n) {
        if c == b' ' || c == b'\t' {
            n += 1;
        } else if c == 0xC2 && b.get(n + 1) == Some(&0xA0) {
            n += 2;
        } else if c == 0xE2 && b.get(n + 1..n + 3) == Some(&[0x80, 0xAF]) {
            n += 3;
        } else {
            break;
        }
    }
    n
}

/// How many bytes at the front of `b`, `max` at most, pass `test`.
fn run_len(b: &[u8], max: usize, test: fn(&u8) -> bool) -> usize {
    b.iter().take(max).take_while(|c| test(c)).count()
}

/// The month named at the front of `b`, full or short (two to nine letters, any case, the
/// first nine of a longer word), with its optional full stop: `(bytes read, month)`.
fn month_at(b: &[u8]) -> Option<(usize, u8)> {
    let n = run_len(b, 9, u8::is_ascii_alphabetic);
    if n < 2 {
        return None;
    }
    let mut low = [0u8; 9];
    for (l, c) in low.iter_mut().zip(&b[..n]) {
        *l = c.to_ascii_lowercase();
    }
    let m = month_named(&low[..n])?;
    Some((n + usize::from(b.get(n) == Some(&b'.')), m))
}

/// The month a lower-case name of [`MONTHS`] names, as one `match` the compiler turns into a
/// test of the length and a comparison or two: a search of the table compared the name with
/// each entry in turn, and every dateline with a date asks. A test holds it to the table.
fn month_named(name: &[u8]) -> Option<u8> {
    Some(match name {
        b"january" | b"jan" => 1,
        b"february" | b"feb" => 2,
        b"march" | b"mar" => 3,
        b"april" | b"apr" => 4,
        b"may" => 5,
        b"june" | b"jun" => 6,
        b"july" | b"jul" => 7,
        b"august" | b"aug" => 8,
        b"september" | b"sept" | b"sep" => 9,
        b"october" | b"oct" => 10,
        b"november" | b"nov" => 11,
        b"december" | b"dec" => 12,
        _ => return None,
    })
}

/// The day at the front of `b`: one or two digits, 1 to 31, not run on into a letter or digit
/// but for an ordinal suffix, which is read too: `(bytes read, day)`.
fn day_at(b: &[u8]) -> Option<(usize, u8)> {
    let n = run_len(b, 2, u8::is_ascii_digit);
    if n == 0 {
        return None;
    }
    let rest = &b[n..];
    let mut len = n;
    if rest.first().is_some_and(u8::is_ascii_alphanumeric) {
        // Only an ordinal suffix, and nothing of a word after it, may follow the digits.
        let ordinal = matches!(
            rest,
            [b's', b't', ..] | [b'n', b'd', ..] | [b'r', b'd', ..] | [b't', b'h', ..]
        );
        if !ordinal || rest.get(2).is_some_and(u8::is_ascii_alphanumeric) {
            return None;
        }
        len += 2;
    }
    let d = b[..n].iter().fold(0u8, |d, c| d * 10 + (c - b'0'));
    (1..=31).contains(&d).then_some((len, d))
}

/// The year after a day or month: an optional comma, horizontal space, then four digits, 1800
/// to 2200, not followed by a fifth: `(bytes read, year)`.
fn year_tail(b: &[u8]) -> Option<(usize, i32)> {
    let comma = usize::from(b.first() == Some(&b','));
    let g = gap_len(&b[comma..]);
    if g == 0 {
        return None;
    }
    let at = comma + g;
    let digits = b.get(at..at + 4)?;
    if !digits.iter().all(u8::is_ascii_digit) || b.get(at + 4).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let y = digits
        .iter()
        .fold(0i32, |y, &c| y * 10 + i32::from(c - b'0'));
    (1800..=2200).contains(&y).then_some((at + 4, y))
}

/// `Jan 16`, `Sept. 2`, `Dec. 5, 2023`, `March 3 1987` when `b` opens with a letter (month
/// first); `16 January`, `16 Jan 2024` when it opens with a digit (day first). Read a byte at
/// a time: the combinators cost several times as much as the bytes they read, and a dateline
/// reads a date at most paragraphs. `(bytes read, month, day, year)`.
fn read_date(b: &[u8]) -> Option<(usize, u8, u8, Option<i32>)> {
    let day_first = b.first()?.is_ascii_digit();
    let (n1, v1) = if day_first { day_at(b)? } else { month_at(b)? };
    let g = gap_len(&b[n1..]);
    if g == 0 {
        return None;
    }
    let at = n1 + g;
    let (n2, v2) = if day_first {
        month_at(&b[at..])?
    } else {
        day_at(&b[at..])?
    };
    let at = at + n2;
    let (month, day) = if day_first { (v2, v1) } else { (v1, v2) };
    Some(match year_tail(&b[at..]) {
        Some((n, y)) => (at + n, month, day, Some(y)),
        None => (at, month, day, None),
    })
}

/// A date at the start of `i`: month and day in either order, with an optional year.
/// Inlined, so that the test of the first byte, which turns away most words a dateline asks
/// about, costs no call.
#[inline]
pub(crate) fn date(i: &str) -> Option<DateMatch> {
    let first = *i.as_bytes().first()?;
    // A day's digit, or the first letter of a month's name.
    if first.is_ascii_digit()
        || matches!(
            first.to_ascii_lowercase(),
            b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd'
        )
    {
        date_rules(i)
    } else {
        None
    }
}

/// [`date`] after the test of the first byte.
fn date_rules(i: &str) -> Option<DateMatch> {
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
    let (len, month, day, year) = read_date(b)?;
    Some(DateMatch {
        len,
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
    use nom::branch::alt;
    use nom::bytes::complete::tag;

    /// [`month_named`] against a search of [`MONTHS`]: every name, every cut of a name and a
    /// name run on, and every run of up to nine letters of generated texts.
    #[test]
    fn month_names_agree_with_the_table() {
        let table = |w: &[u8]| {
            MONTHS
                .iter()
                .find(|(name, _)| name.as_bytes() == w)
                .map(|&(_, m)| m)
        };
        let mut words: Vec<Vec<u8>> = Vec::new();
        for (name, _) in MONTHS {
            let b = name.as_bytes();
            for k in 0..=b.len() {
                words.push(b[..k].to_vec());
                words.push(b[k..].to_vec());
            }
            words.push([b, b"s"].concat());
            words.push([b"x", b].concat());
        }
        let extra = ["jan", "sept", "mayo", "dece", "ju", "marc", "noon", "octet"];
        for t in crate::parse::scan::generated_texts(29, 2000, 12, &extra) {
            let low = t.to_ascii_lowercase();
            let b = low.as_bytes();
            for a in 0..b.len() {
                for e in a..b.len().min(a + 9) + 1 {
                    words.push(b[a..e].to_vec());
                }
            }
        }
        for w in &words {
            assert_eq!(month_named(w), table(w), "{:?}", String::from_utf8_lossy(w));
        }
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

    /// Whether `s` opens with an ordinal suffix and nothing of a word after it.
    fn starts_ordinal(s: &str) -> bool {
        ["st", "nd", "rd", "th"].iter().any(|o| s.starts_with(o))
            && !s[2..].starts_with(|c: char| c.is_ascii_alphanumeric())
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

    /// The date grammar as first written, all in combinators: the byte-level reader must read
    /// the same.
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

    /// [`date`] against the combinator grammar over generated texts: month names, days,
    /// years and suffixes run together with every kind of blank, mark and non-ASCII byte.
    #[test]
    fn dates_agree_with_the_combinators_over_generated_texts() {
        let extra = [
            "Jan",
            "jan.",
            "SEPT",
            "Sept.",
            "september",
            "Septembers",
            "May",
            "mar",
            "Dec.",
            "1",
            "12",
            "31",
            "32",
            "0",
            "05",
            "st",
            "nd",
            "rd",
            "th",
            "sta",
            "1987",
            "2024",
            "1799",
            "20245",
            ", ",
            ",",
            " ",
            " ",
            "\u{a0}",
            "\u{202f}",
            "\u{2003}",
        ];
        let mut n = 0;
        let heads = ["", "Jan", "Feb. ", "March 3", "16", "2nd ", "May\u{a0}"];
        let texts = crate::parse::scan::generated_texts(14, 10_000, 6, &extra);
        for t in heads
            .iter()
            .flat_map(|h| texts.iter().map(move |t| format!("{h}{t}")))
        {
            let got = date(&t).map(|d| (d.len, d.month, d.day, d.year));
            let b = t.as_bytes();
            let month_head = b.len() >= 3
                && MONTHS
                    .iter()
                    .any(|(m, _)| m.as_bytes()[..3].eq_ignore_ascii_case(&b[..3]));
            let opens = b.first().is_some_and(u8::is_ascii_digit) || month_head;
            let want = opens.then(|| combinator_date(&t)).flatten();
            assert_eq!(got, want, "{t:?}");
            n += usize::from(got.is_some());
        }
        assert!(n > 1000, "{n} dates");
    }

    /// [`gap_len`] against the blanks matched as slice patterns, as it was first written,
    /// over generated texts with the blanks' bytes cut short and run together.
    #[test]
    fn gaps_agree_with_the_slice_patterns() {
        let patterns = |b: &[u8]| {
            let mut n = 0;
            loop {
                match b.get(n..).unwrap_or_default() {
                    [b' ' | b'\t', ..] => n += 1,
                    [0xC2, 0xA0, ..] => n += 2,
                    [0xE2, 0x80, 0xAF, ..] => n += 3,
                    _ => return n,
                }
            }
        };
        let extra = [
            "\u{a0}", "\u{202f}", "\u{2003}", "\u{2080}", "\u{c2}", "\u{e2}", "\t", " ", "  ",
        ];
        let mut blank = 0;
        for t in crate::parse::scan::generated_texts(15, 20_000, 8, &extra) {
            let b = t.as_bytes();
            // Every start, and every end, so that a blank's bytes are cut short too.
            for i in 0..=b.len() {
                for j in [i, (i + 1).min(b.len()), (i + 2).min(b.len()), b.len()] {
                    let want = patterns(&b[i..j]);
                    blank += usize::from(want > 0);
                    assert_eq!(gap_len(&b[i..j]), want, "{t:?} {i} {j}");
                }
            }
        }
        assert!(blank > 1000, "{blank}");
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
