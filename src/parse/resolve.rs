//! Speaker resolution: pronouns and surnames to the full names named earlier.
//!
//! One pass over the text collects the personal names written in full (two or more
//! capitalised words after any title: `North Korean Foreign Minister Choe Son Hui` gives
//! `Choe Son Hui`). The speakers are then walked in text order beside the names: a surname
//! (`Choe`, `Mr. Welch`) takes the latest full name it is part of, a personal pronoun the
//! latest named speaker of a fitting gender.

use std::collections::HashMap;

use super::quotes::Region;
use super::speech::{self, Gender};
use super::words::lower;
use crate::{Quote, ReportedSpeech, Span, Speaker, SpeakerKind, Text, Warning, WarningKind};

/// A full name found in the text, with its words.
#[derive(Debug, Clone, Copy)]
struct Name {
    span: Span,
}

/// Collects the full names written in `input[a..b]`.
fn names_in(input: &str, a: usize, b: usize, out: &mut Vec<Name>) {
    let bytes = input.as_bytes();
    let mut i = a;
    // The words of the current run of capitalised words: (start, end).
    let mut run: [(usize, usize); 8] = [(0, 0); 8];
    let mut n = 0;
    let flush = |run: &[(usize, usize)], out: &mut Vec<Name>| {
        if let Some((s, e)) = full_name(input, run) {
            out.push(Name {
                span: Span::new(s, e),
            });
        }
    };
    while i < b {
        let c = bytes[i];
        let at_word = i == a || !bytes[i - 1].is_ascii_alphanumeric() && bytes[i - 1] < 0x80;
        let upper = c.is_ascii_uppercase()
            || c >= 0xC0 && input[i..].chars().next().is_some_and(char::is_uppercase);
        if !(at_word && (upper || n > 0 && c.is_ascii_lowercase())) {
            if n > 0 && !(c == b' ' || c == b'.' && i > 0 && bytes[i - 1].is_ascii_uppercase()) {
                flush(&run[..n], out);
                n = 0;
            }
            i += 1;
            continue;
        }
        // A word: letters, inner hyphens and apostrophes.
        let start = i;
        let mut end = i;
        for (k, ch) in input[i..b].char_indices() {
            if ch.is_alphanumeric() || (ch == '-' || ch == '\'') && k > 0 {
                end = i + k + ch.len_utf8();
            } else {
                break;
            }
        }
        if end == start {
            i += 1;
            continue;
        }
        // `Gaulle's`: the name stops before the possessive.
        let possessive = input[start..end].ends_with("'s");
        if possessive {
            end -= 2;
        }
        let word = &input[start..end];
        let lower_word = !upper;
        if lower_word {
            // Particles inside a name (`Charles de Gaulle`); any other lower-case word ends it.
            let mut buf = [0u8; 24];
            let particle = lower(word, &mut buf).is_some_and(speech::is_name_particle);
            if !particle {
                flush(&run[..n], out);
                n = 0;
            } else if n < run.len() {
                run[n] = (start, end);
                n += 1;
            }
        } else if n < run.len() {
            run[n] = (start, end);
            n += 1;
        }
        i = if possessive { end + 2 } else { end };
        // A possessive or any punctuation other than an initial's dot ends the run.
        if possessive || bytes.get(i) == Some(&b'\'') || input[i..].starts_with('’') {
            flush(&run[..n], out);
            n = 0;
        }
    }
    if n > 0 {
        flush(&run[..n], out);
    }
}

/// The full personal name in a run of capitalised words, after its titles (`Foreign Minister`)
/// and any word that only opens the sentence (`The`, `When`).
fn full_name(input: &str, run: &[(usize, usize)]) -> Option<(usize, usize)> {
    let mut buf = [0u8; 24];
    let low = |k: usize, buf: &mut [u8; 24]| -> String {
        let (s, e) = run[k];
        lower(&input[s..e], buf).unwrap_or("").to_owned()
    };
    // Drop trailing particles.
    let mut end = run.len();
    while end > 0 && speech::is_name_particle(&low(end - 1, &mut buf)) {
        end -= 1;
    }
    let mut start = 0;
    for k in 0..end {
        let w = low(k, &mut buf);
        if speech::is_title(&w)
            || speech::is_stop(&w)
            || speech::is_determiner(&w)
            || speech::is_opening_word(&w)
        {
            start = k + 1;
        }
    }
    let words = &run[start..end];
    if words.len() < 2 || words.len() > 4 {
        return None;
    }
    // Institutions and places are not people: `Foreign Ministry`, `United States`.
    let last = low(end - 1, &mut buf);
    if speech::is_organization_head(&last)
        || super::lexicon::agency(&input[words[0].0..words[words.len() - 1].1]).is_some()
    {
        return None;
    }
    if words.iter().any(|&(s, e)| {
        input[s..e]
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic())
            && e - s > 1
    }) {
        return None;
    }
    Some((words[0].0, words[words.len() - 1].1))
}

/// The words of a name, for matching a surname against it.
fn words_of(s: &str) -> impl Iterator<Item = &str> {
    s.split([' ', '\n', '\t'])
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.'))
}

/// The gender a speaker phrase shows (`Mr.`, `spokeswoman`), if any.
fn gender_of(mention: &str) -> Option<Gender> {
    let mut buf = [0u8; 24];
    mention
        .split_whitespace()
        .find_map(|w| lower(w.trim_end_matches(','), &mut buf).and_then(speech::gender))
}

/// A speaker to resolve, by where its mention starts.
struct Pending {
    at: u32,
    /// Index into quotes (`false`) or reported speech (`true`).
    reported: bool,
    index: usize,
}

/// Resolves speaker mentions to full names.
pub(crate) fn resolve<'a>(
    input: &'a str,
    regions: &[Region],
    quotes: &mut [Quote<'a>],
    reported: &mut [ReportedSpeech<'a>],
    warnings: &mut Vec<Warning>,
) {
    let mut pending: Vec<Pending> = Vec::new();
    for (index, q) in quotes.iter().enumerate() {
        if let Some(s) = &q.speaker {
            pending.push(Pending {
                at: s.mention.span.start,
                reported: false,
                index,
            });
        }
    }
    for (index, r) in reported.iter().enumerate() {
        pending.push(Pending {
            at: r.speaker.mention.span.start,
            reported: true,
            index,
        });
    }
    if pending.is_empty() {
        return;
    }
    pending.sort_by_key(|p| (p.at, p.reported, p.index));

    let mut names: Vec<Name> = Vec::new();
    for r in regions {
        names_in(
            input,
            r.span.start(),
            r.span.end().min(input.len()),
            &mut names,
        );
    }

    // Each word of each full name seen so far, to the latest such name; `true` when two
    // different names share the word.
    let mut by_word: HashMap<&'a str, (usize, bool)> = HashMap::new();
    let mut next_name = 0;
    // The latest named person speaking, and the latest of each gender.
    let mut last: Option<(Span, Option<Gender>)> = None;
    let mut last_male: Option<Span> = None;
    let mut last_female: Option<Span> = None;
    for p in &pending {
        while next_name < names.len() && names[next_name].span.start < p.at {
            let name = names[next_name];
            let text = name.span.as_str(input);
            for w in words_of(text) {
                let entry = by_word.entry(w).or_insert((next_name, false));
                if entry.0 != next_name && names[entry.0].span.as_str(input) != text {
                    entry.1 = true;
                }
                entry.0 = next_name;
            }
            next_name += 1;
        }
        let speaker: &mut Speaker<'a> = if p.reported {
            &mut reported[p.index].speaker
        } else {
            match quotes[p.index].speaker.as_mut() {
                Some(s) => s,
                None => continue,
            }
        };
        let mention = speaker.mention.as_str();
        let gender = gender_of(mention);
        match speaker.kind {
            SpeakerKind::Pronoun => {
                let mut buf = [0u8; 24];
                let pronoun = lower(mention, &mut buf).unwrap_or("");
                let target = match speech::gender(pronoun) {
                    Some(Gender::Male) => last_male.or(last.filter(|l| l.1.is_none()).map(|l| l.0)),
                    Some(Gender::Female) => {
                        last_female.or(last.filter(|l| l.1.is_none()).map(|l| l.0))
                    }
                    None if pronoun == "i" => last.map(|l| l.0),
                    None => None,
                };
                if let Some(t) = target {
                    speaker.name = Some(Text::of(input, t));
                }
                continue;
            }
            SpeakerKind::Organization | SpeakerKind::Anonymous => continue,
            _ => {}
        }
        let Some(name) = speaker.name.as_ref().map(|n| n.span) else {
            continue;
        };
        let name_text = name.as_str(input);
        let single = words_of(name_text).count() == 1;
        let mut full = name;
        if single {
            if let Some(&(k, ambiguous)) = by_word.get(words_of(name_text).next().unwrap_or("")) {
                full = names[k].span;
                speaker.name = Some(Text::of(input, full));
                speaker.kind = SpeakerKind::Person;
                if ambiguous {
                    warnings.push(Warning {
                        kind: WarningKind::AmbiguousSpeaker,
                        span: speaker.mention.span,
                    });
                }
            } else if speaker.kind == SpeakerKind::Other {
                continue;
            }
        }
        if speaker.kind == SpeakerKind::Person {
            let g = gender.or(match (last_male == Some(full), last_female == Some(full)) {
                (true, _) => Some(Gender::Male),
                (_, true) => Some(Gender::Female),
                _ => None,
            });
            last = Some((full, g));
            match g {
                Some(Gender::Male) => last_male = Some(full),
                Some(Gender::Female) => last_female = Some(full),
                None => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_names() {
        let s = "North Korean Foreign Minister Choe Son Hui met Sergei Lavrov in Moscow. The Foreign Ministry said so. When Kim Jong Un spoke, Charles de Gaulle's book fell.";
        let mut names = Vec::new();
        names_in(s, 0, s.len(), &mut names);
        let got: Vec<&str> = names.iter().map(|n| n.span.as_str(s)).collect();
        assert_eq!(
            got,
            [
                "Choe Son Hui",
                "Sergei Lavrov",
                "Kim Jong Un",
                "Charles de Gaulle"
            ]
        );
    }
}
