//! Options for [`parse_with`](crate::parse_with).

use core::fmt;
use core::str::FromStr;

/// A calendar date (proleptic Gregorian), used as the reference date for resolving dateline
/// years and weekdays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct CalendarDate {
    /// The year, such as 2024.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

impl CalendarDate {
    /// A checked date: `None` when the month or day does not exist (`2023-02-29`).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(CalendarDate { year, month, day })
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        let idx = (self.days_since_epoch() + 3).rem_euclid(7);
        Weekday::ALL[idx as usize]
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The error of parsing a [`CalendarDate`] from text other than a real `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a date of the form YYYY-MM-DD: {0:?}")]
pub struct BadDate(pub String);

impl FromStr for CalendarDate {
    type Err = BadDate;

    fn from_str(s: &str) -> Result<Self, BadDate> {
        let bad = || BadDate(s.to_owned());
        let mut parts = s.trim().splitn(3, '-');
        let (y, m, d) = (parts.next(), parts.next(), parts.next());
        let (Some(y), Some(m), Some(d)) = (y, m, d) else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let year = y.parse().map_err(|_| bad())?;
        let month = m.parse().map_err(|_| bad())?;
        let day = d.parse().map_err(|_| bad())?;
        CalendarDate::new(year, month, day).ok_or_else(bad)
    }
}

pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[allow(missing_docs)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
}

/// How to parse: limits, the reference date, and which passes run.
///
/// Built with [`ParseOptions::new`] (or `default()`) and the chained setters:
///
/// ```
/// use newswire::{CalendarDate, ParseOptions};
/// let options = ParseOptions::new()
///     .reference_date(CalendarDate::new(2024, 1, 20))
///     .max_input_len(1 << 20);
/// assert_eq!(options.max_input_len, 1 << 20);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ParseOptions {
    /// The longest input accepted, in bytes; longer input is an
    /// [`Error::TooLarge`](crate::Error::TooLarge). The default is 256 MiB, and no value above
    /// `u32::MAX - 1` is honoured, since spans are 32-bit.
    pub max_input_len: usize,
    /// The date the article was published or received, when known: it gives the year of a
    /// dateline such as `Jan 16` and checks weekdays such as `on Tuesday (Jan 16)`.
    pub reference_date: Option<CalendarDate>,
    /// Find quotations and their speakers (on by default).
    pub quotes: bool,
    /// Find reported speech (`X said that …`, `according to X`) (on by default).
    pub reported_speech: bool,
    /// Resolve speaker mentions (`she`, `Choe`) to full names named earlier (on by default).
    pub resolve_speakers: bool,
}

/// The default [`ParseOptions::max_input_len`]: 256 MiB.
pub const DEFAULT_MAX_INPUT_LEN: usize = 256 << 20;

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_input_len: DEFAULT_MAX_INPUT_LEN,
            reference_date: None,
            quotes: true,
            reported_speech: true,
            resolve_speakers: true,
        }
    }
}

impl ParseOptions {
    /// The defaults: every pass on, no reference date, a 256 MiB limit.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets [`max_input_len`](Self::max_input_len).
    pub fn max_input_len(mut self, bytes: usize) -> Self {
        self.max_input_len = bytes;
        self
    }

    /// Sets [`reference_date`](Self::reference_date).
    pub fn reference_date(mut self, date: Option<CalendarDate>) -> Self {
        self.reference_date = date;
        self
    }

    /// Turns the quotation pass on or off. Off also turns off reported speech and resolution.
    pub fn quotes(mut self, on: bool) -> Self {
        self.quotes = on;
        self
    }

    /// Turns the reported-speech pass on or off.
    pub fn reported_speech(mut self, on: bool) -> Self {
        self.reported_speech = on;
        self
    }

    /// Turns speaker resolution on or off.
    pub fn resolve_speakers(mut self, on: bool) -> Self {
        self.resolve_speakers = on;
        self
    }

    /// The limit actually applied: the option, capped so every offset fits a `u32` span.
    pub(crate) fn effective_limit(&self) -> usize {
        self.max_input_len.min(u32::MAX as usize - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_and_parsing() {
        let d: CalendarDate = "2024-01-16".parse().unwrap();
        assert_eq!(d.weekday(), Weekday::Tuesday);
        assert_eq!(
            CalendarDate::new(1970, 1, 1).unwrap().weekday(),
            Weekday::Thursday
        );
        assert!("2023-02-29".parse::<CalendarDate>().is_err());
        assert!("2024-02-29".parse::<CalendarDate>().is_ok());
        assert!("24-1-1".parse::<CalendarDate>().is_err());
    }
}
