//! Speaker resolution: pronouns and surnames to the full names named earlier.
//!
//! Each surname that speaks (`Choe`, `Mr. Welch`) is looked up with one `memmem` pass over the
//! body, and every place it is written inside a full name (two or more capitalised words after
//! any title: `North Korean Foreign Minister Choe Son Hui` gives `Choe Son Hui`) is kept. The
//! speakers are then walked in text order: a surname takes the latest full name written before
//! it, a personal pronoun the latest named speaker of a fitting gender.

use super::quotes::Regions;
use super::speech::{self, Gender};
use crate::{Quote, ReportedSpeech, Span, Speaker, SpeakerKind, Text, Warning, WarningKind};

/// The most distinct surnames looked up per article; more are left unresolved, which keeps
/// the pass linear however many speakers an input names.
const MAX_SURNAMES: usize = 32;

/// Whether `c` can be part of a name word.
fn name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\''
}

/// [`name_char`] of an ASCII byte: one load from a table, where the three tests and the
/// range compares took a handful of branches for each byte of the words read back and ahead.
fn name_byte(b: u8) -> bool {
    NAME_BYTES[b as usize]
}

/// [`name_byte`] of each byte.
static NAME_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'-' || c == b'\'';
        b += 1;
    }
    t
};

/// Whether the char before the boundary `at` can be part of a name word.
fn name_char_before(input: &str, at: usize) -> bool {
    match at.checked_sub(1).map(|i| input.as_bytes()[i]) {
        None => false,
        Some(c) if c < 0x80 => name_byte(c),
        Some(_) => input[..at].chars().next_back().is_some_and(name_char),
    }
}

/// Whether the char at the boundary `at` can be part of a name word.
fn name_char_at(input: &str, at: usize) -> bool {
    match input.as_bytes().get(at) {
        None => false,
        Some(&c) if c < 0x80 => name_byte(c),
        Some(_) => input[at..].chars().next().is_some_and(name_char),
    }
}

/// The word ending right before `at` (after one blank), not before `floor`. ASCII text is read
/// a byte at a time; at the first byte past ASCII, the word is read again as chars.
fn word_before(input: &str, at: usize, floor: usize) -> Option<(usize, usize)> {
    let b = input.as_bytes();
    if floor > at || !input.is_char_boundary(floor) || !input.is_char_boundary(at) {
        return None;
    }
    let mut j = at;
    let blank = *b[floor..at].last()?;
    if blank >= 0x80 {
        return word_before_chars(input, at, floor);
    }
    if blank != b' ' && blank != b'\n' {
        return None;
    }
    j -= 1;
    if blank == b'\n' && j > floor && b[j - 1] == b'\r' {
        j -= 1;
    }
    let end = j;
    while j > floor {
        let c = b[j - 1];
        if c >= 0x80 {
            return word_before_chars(input, at, floor);
        }
        if name_byte(c) || c == b'.' && j == end {
            j -= 1;
        } else {
            break;
        }
    }
    (j < end).then_some((j, end))
}

/// [`word_before`], a char at a time.
fn word_before_chars(input: &str, at: usize, floor: usize) -> Option<(usize, usize)> {
    let s = input.get(floor..at)?;
    let mut it = s.char_indices().rev().peekable();
    let (_, blank) = it.next()?;
    if !(blank == ' ' || blank == '\n') {
        return None;
    }
    // A CRLF line end is one blank.
    if blank == '\n' && it.peek().is_some_and(|&(_, c)| c == '\r') {
        it.next();
    }
    let mut start = None;
    let mut end = None;
    for (i, c) in it {
        if name_char(c) || c == '.' && end.is_none() {
            if end.is_none() {
                end = Some(floor + i + c.len_utf8());
            }
            start = Some(floor + i);
        } else {
            break;
        }
    }
    Some((start?, end?))
}

/// The word starting right after `at` (after one blank), not past `ceil`. ASCII text is read
/// a byte at a time; at the first byte past ASCII, the word is read again as chars.
fn word_after(input: &str, at: usize, ceil: usize) -> Option<(usize, usize)> {
    let b = input.as_bytes();
    if at > ceil || ceil > b.len() || !input.is_char_boundary(at) || !input.is_char_boundary(ceil) {
        return None;
    }
    let mut j = at;
    let blank = *b[at..ceil].first()?;
    if blank >= 0x80 {
        return word_after_chars(input, at, ceil);
    }
    j += 1;
    let blank = if blank == b'\r' && b.get(j).filter(|_| j < ceil) == Some(&b'\n') {
        j += 1;
        b'\n'
    } else {
        blank
    };
    if blank != b' ' && blank != b'\n' {
        return None;
    }
    let start = j;
    while j < ceil {
        let c = b[j];
        if c >= 0x80 {
            return word_after_chars(input, at, ceil);
        }
        if !name_byte(c) {
            break;
        }
        j += 1;
    }
    (j > start).then_some((start, j))
}

/// [`word_after`], a char at a time.
fn word_after_chars(input: &str, at: usize, ceil: usize) -> Option<(usize, usize)> {
    let s = input.get(at..ceil)?;
    let mut it = s.char_indices().peekable();
    let (_, mut blank) = it.next()?;
    if blank == '\r' && it.peek().is_some_and(|&(_, c)| c == '\n') {
        blank = '\n';
        it.next();
    }
    if !(blank == ' ' || blank == '\n') {
        return None;
    }
    let mut start = None;
    let mut end = None;
    for (i, c) in it {
        if name_char(c) {
            start.get_or_insert(at + i);
            end = Some(at + i + c.len_utf8());
        } else {
            break;
        }
    }
    Some((start?, end?))
}

/// Whether a word can stand inside a name: capitalised, an initial, or a particle. Told by its
/// first byte when that is ASCII, without a call: a capital is one whatever the word's end, and
/// the particles and the words around most names (`said`) are ASCII.
#[inline]
fn name_word(input: &str, (s, e): (usize, usize)) -> bool {
    match input.as_bytes()[s..e].first() {
        Some(c) if c.is_ascii_uppercase() => true,
        Some(c) if c.is_ascii() => {
            let w = &input[s..e];
            speech::is_name_particle_lowered(w.strip_suffix("'s").unwrap_or(w))
        }
        _ => name_word_chars(input, (s, e)),
    }
}

/// [`name_word`], read as chars.
fn name_word_chars(input: &str, (s, e): (usize, usize)) -> bool {
    let w = &input[s..e];
    let w = w.strip_suffix("'s").unwrap_or(w);
    w.chars().next().is_some_and(char::is_uppercase) || speech::is_name_particle_lowered(w)
}

/// The full name (`Choe Son Hui`) that the word at `[s, e)` stands in, if it stands in one.
fn name_around(input: &str, region: Span, s: usize, e: usize) -> Option<Span> {
    let mut run: [(usize, usize); 9] = [(0, 0); 9];
    let mut left: [(usize, usize); 4] = [(0, 0); 4];
    let mut nl = 0;
    let mut at = s;
    while nl < left.len() {
        let Some(w) = word_before(input, at, region.start()) else {
            break;
        };
        if !name_word(input, w) || input.as_bytes()[w.0..w.1].ends_with(b"'s") {
            break;
        }
        left[nl] = w;
        nl += 1;
        at = w.0;
    }
    let mut n = 0;
    for k in (0..nl).rev() {
        run[n] = left[k];
        n += 1;
    }
    let own = n;
    run[n] = (s, e);
    n += 1;
    let mut at = e;
    while n < run.len() {
        if input.as_bytes()[..at].ends_with(b"'s") {
            break;
        }
        let Some(w) = word_after(input, at, region.end()) else {
            break;
        };
        if !name_word(input, w) {
            break;
        }
        run[n] = w;
        n += 1;
        at = w.1;
    }
    let run = &mut run[..n];
    for w in run.iter_mut() {
        if input.as_bytes()[w.0..w.1].ends_with(b"'s") {
            w.1 -= 2;
        }
    }
    let (a, b) = full_name(input, run)?;
    (a <= run[own].0 && run[own].1 <= b).then(|| Span::new(a, b))
}

/// The full personal name in a run of capitalised words, after its titles (`Foreign Minister`)
/// and any word that only opens the sentence (`The`, `When`).
fn full_name(input: &str, run: &[(usize, usize)]) -> Option<(usize, usize)> {
    // A name of one word, the surname alone as most mentions write it, is none: the words
    // kept below are at most the run.
    if run.len() < 2 {
        return None;
    }
    // What the word lists say of each word in lower case, looked up once (nothing when it
    // cannot be lowered: too long, or not ASCII).
    let mut facts = [speech::Facts::default(); 9];
    for (f, &(s, e)) in facts.iter_mut().zip(run) {
        *f = speech::facts_of_lowered(&input[s..e]);
    }
    let facts_at = |k: usize| facts.get(k).copied().unwrap_or_default();
    // Drop trailing particles.
    let mut end = run.len();
    while end > 0 && facts_at(end - 1).name_particle() {
        end -= 1;
    }
    let mut start = 0;
    for k in 0..end {
        // One lookup answers all four lists.
        let f = facts_at(k);
        if f.title() || f.stop() || f.determiner() || f.opening_word() {
            start = k + 1;
        }
    }
    let words = &run[start..end];
    if words.len() < 2 || words.len() > 4 {
        return None;
    }
    // Institutions and places are not people: `Foreign Ministry`, `United States`.
    let whole = &input[words[0].0..words[words.len() - 1].1];
    if facts_at(end - 1).organization_head() || super::lexicon::agency(whole).is_some() {
        return None;
    }
    if words.iter().any(|&(s, e)| {
        e - s > 1
            && input[s..e]
                .chars()
                .all(|c| c.is_uppercase() || !c.is_alphabetic())
    }) {
        return None;
    }
    Some((words[0].0, words[words.len() - 1].1))
}

/// Where `word` occurs in `hay`, without overlaps, as `memmem::find_iter` gives them. A name
/// starts with a capital, rare in running text: the first byte is looked for with `memchr`
/// and the rest compared there, which costs less than building a searcher for each surname
/// of each article.
fn occurrences<'h>(hay: &'h [u8], word: &'h [u8]) -> impl Iterator<Item = usize> + 'h {
    let first = word.first().copied().unwrap_or(0);
    let mut next = 0;
    memchr::memchr_iter(first, hay).filter(move |&at| {
        // The second byte first, inline: most capitals found start other words (`The`).
        if at < next || word.get(1).is_some_and(|&c| hay.get(at + 1) != Some(&c)) {
            return false;
        }
        if word.is_empty() || !hay[at..].starts_with(word) {
            return false;
        }
        next = at + word.len();
        true
    })
}

/// Whether `s` is one word: a name written as a surname alone (`Choe`), matched against the
/// full names it stands in. Spaces, tabs and line breaks part words.
fn one_word(s: &str) -> bool {
    let sep = |b: &u8| matches!(b, b' ' | b'\n' | b'\t');
    let b = s.as_bytes();
    match b.iter().position(|c| !sep(c)) {
        None => false,
        Some(i) => {
            let rest = &b[i..];
            match rest.iter().position(sep) {
                None => true,
                Some(j) => rest[j..].iter().all(sep),
            }
        }
    }
}

/// The gender a speaker phrase shows (`Mr.`, `spokeswoman`), if any.
fn gender_of(mention: &str) -> Option<Gender> {
    let gender = |w: &str| {
        let w = w.trim_end_matches(',');
        // No gendered word is shorter than two letters or longer than thirteen.
        if !(2..=13).contains(&w.len()) {
            return None;
        }
        speech::gender_lowered(w)
    };
    if mention.is_ascii() {
        // ASCII text splits at ASCII blanks alone, a byte at a time.
        let b = mention.as_bytes();
        let blank = |c: u8| c.is_ascii_whitespace() || c == 0x0b;
        let mut i = 0;
        while i < b.len() {
            while i < b.len() && blank(b[i]) {
                i += 1;
            }
            let start = i;
            while i < b.len() && !blank(b[i]) {
                i += 1;
            }
            if start < i {
                if let Some(g) = gender(&mention[start..i]) {
                    return Some(g);
                }
            }
        }
        None
    } else {
        mention.split_whitespace().find_map(gender)
    }
}

/// A speaker to resolve, by where its mention starts, with what the passes below test first:
/// a quote's speaker is boxed, and on a long article reading it again in every pass cost a
/// cache miss each time.
struct Pending {
    at: u32,
    /// Index into quotes (`false`) or reported speech (`true`).
    reported: bool,
    index: usize,
    kind: SpeakerKind,
    /// The speaker's name before resolution, if it has one.
    name: Option<Span>,
    /// For a pronoun, the gender it names, and whether it is `I`.
    gender: Option<Gender>,
    first_person: bool,
    /// For a person, whether the name is one word ([`one_word`]), and which of the surnames
    /// looked up it is ([`NO_SURNAME`] for none): told once, where the walk over the speakers
    /// and the search for a surname's last mention each read the name and compared it with
    /// every surname again.
    single: bool,
    surname: u8,
}

/// [`Pending::surname`] of a speaker whose name is no surname looked up.
const NO_SURNAME: u8 = u8::MAX;
const _: () = assert!(MAX_SURNAMES < NO_SURNAME as usize);

impl Pending {
    fn new(s: &Speaker<'_>, reported: bool, index: usize) -> Self {
        let (mut gender, mut first_person) = (None, false);
        if s.kind == SpeakerKind::Pronoun {
            let pronoun = s.mention.as_str();
            gender = speech::gender_lowered(pronoun);
            first_person = pronoun.eq_ignore_ascii_case("i");
        }
        Pending {
            at: s.mention.span.start,
            reported,
            index,
            kind: s.kind,
            name: s.name.as_ref().map(|n| n.span),
            gender,
            first_person,
            single: false,
            surname: NO_SURNAME,
        }
    }

    /// The speaker itself, to write.
    fn speaker_mut<'s, 'a>(
        &self,
        quotes: &'s mut [Quote<'a>],
        reported: &'s mut [ReportedSpeech<'a>],
    ) -> Option<&'s mut Speaker<'a>> {
        if self.reported {
            reported.get_mut(self.index).map(|r| &mut r.speaker)
        } else {
            quotes.get_mut(self.index)?.speaker.as_deref_mut()
        }
    }

    /// Whether a full name may stand for this speaker's: people, not pronouns, organisations or
    /// anonymous sources.
    fn personal(&self) -> bool {
        !matches!(
            self.kind,
            SpeakerKind::Pronoun | SpeakerKind::Organization | SpeakerKind::Anonymous
        )
    }
}

/// A surname looked up in the body: where a speaker wrote it, and the range of
/// [`Buffers::found`] that holds the full names it stands in, in order.
struct Surname {
    text: Span,
    names: (usize, usize),
    /// Where the last speaker named so starts.
    last: u32,
}

/// The lists [`resolve`] works in, kept between articles.
#[derive(Default)]
pub(crate) struct Buffers {
    pending: Vec<Pending>,
    surnames: Vec<Surname>,
    /// The full names found for every surname, one run after another.
    found: Vec<Span>,
    /// For each surname, how many of its full names from the first read the same.
    uniform: Vec<usize>,
}

impl Buffers {
    /// Gives back the lists that grew past `keep` bytes. It runs after every article, and in
    /// nearly every one no list did: that is told inline, by the largest, without a call.
    #[inline]
    pub fn release(&mut self, keep: usize) {
        use super::held;
        let most = held(&self.pending)
            .max(held(&self.surnames))
            .max(held(&self.found))
            .max(held(&self.uniform));
        if most > keep {
            self.release_each(keep);
        }
    }

    /// [`Buffers::release`] of each list.
    #[cold]
    #[inline(never)]
    fn release_each(&mut self, keep: usize) {
        super::release(&mut self.pending, keep);
        super::release(&mut self.surnames, keep);
        super::release(&mut self.found, keep);
        super::release(&mut self.uniform, keep);
    }
}

/// Resolves speaker mentions to full names.
// Out of line so that a profile shows each pass of the pipeline on its own.
#[inline(never)]
pub(crate) fn resolve<'a>(
    input: &'a str,
    regions: Regions<'_>,
    quotes: &mut [Quote<'a>],
    reported: &mut [ReportedSpeech<'a>],
    warnings: &mut Vec<Warning>,
    bufs: &mut Buffers,
) {
    let Buffers {
        pending,
        surnames,
        found,
        uniform,
    } = bufs;
    pending.clear();
    surnames.clear();
    found.clear();
    uniform.clear();
    pending.reserve(quotes.len() + reported.len());
    for (index, q) in quotes.iter().enumerate() {
        if let Some(s) = &q.speaker {
            pending.push(Pending::new(s, false, index));
        }
    }
    for (index, r) in reported.iter().enumerate() {
        pending.push(Pending::new(&r.speaker, true, index));
    }
    if pending.is_empty() {
        return;
    }
    pending.sort_by_key(|p| (p.at, p.reported, p.index));

    // The surnames to look up (`Choe`), each with the full names it stands in, in order.
    // Any speaker of a name looked up is its latest mention so far, a person or not.
    let body_start = regions.first().map_or(0, |r| r.start());
    let bytes = input.as_bytes();
    for p in pending.iter_mut() {
        let Some(name) = p.name else {
            continue;
        };
        let text = &bytes[name.range()];
        if let Some(k) = surnames.iter().position(|w| bytes[w.text.range()] == *text) {
            surnames[k].last = p.at;
            p.single = true;
            p.surname = k as u8;
            continue;
        }
        if !p.personal() {
            continue;
        }
        p.single = one_word(name.as_str(input));
        if !p.single || surnames.len() >= MAX_SURNAMES {
            continue;
        }
        p.surname = surnames.len() as u8;
        surnames.push(Surname {
            text: name,
            names: (0, 0),
            last: p.at,
        });
    }
    for surname in surnames.iter_mut() {
        let word = surname.text.as_str(input);
        let first = found.len();
        // Only names written before the last mention of the surname can resolve it.
        let last_mention = surname.last as usize;
        if last_mention <= body_start {
            surname.names = (first, first);
            continue;
        }
        let mut r = 0;
        for at in occurrences(&input.as_bytes()[body_start..last_mention], word.as_bytes()) {
            let at = body_start + at;
            let end = at + word.len();
            while r < regions.len() && regions[r].end() <= at {
                r += 1;
            }
            let Some(&region) = regions.get(r) else { break };
            if at < region.start() || !input.is_char_boundary(end) {
                continue;
            }
            let bounded = !name_char_before(input, at) && !name_char_at(input, end);
            if !bounded {
                continue;
            }
            if let Some(full) = name_around(input, region, at, end) {
                found.push(full);
            }
        }
        surname.names = (first, found.len());
    }
    // How many of each surname's full names, from the first, read the same: a mention is
    // ambiguous when the names before it go past that run. Counted once here, since
    // comparing every earlier name at every mention took quadratic time on long articles.
    uniform.extend(surnames.iter().map(|w| {
        let found = &found[w.names.0..w.names.1];
        let first = found.first().map_or("", |s| s.as_str(input));
        found
            .iter()
            .position(|s| s.as_str(input) != first)
            .unwrap_or(found.len())
    }));

    // The latest named person speaking, and the latest of each gender.
    let mut last: Option<(Span, Option<Gender>)> = None;
    let mut last_male: Option<Span> = None;
    let mut last_female: Option<Span> = None;
    // A person's gender serves only the pronouns after it: past the last pronoun, it is not
    // worked out.
    let last_pronoun = pending
        .iter()
        .rposition(|p| p.kind == SpeakerKind::Pronoun)
        .map_or(0, |i| i + 1);
    for (i, p) in pending.iter().enumerate() {
        match p.kind {
            SpeakerKind::Pronoun => {
                let g = p.gender;
                let unknown = last.filter(|l| l.1.is_none()).map(|l| l.0);
                let target = match g {
                    Some(Gender::Male) => last_male.or(unknown),
                    Some(Gender::Female) => last_female.or(unknown),
                    None if p.first_person => last.map(|l| l.0),
                    None => None,
                };
                if let Some(t) = target {
                    if let Some(s) = p.speaker_mut(quotes, reported) {
                        s.name = Some(Text::of(input, t));
                    }
                    // `he said` of a person whose gender was unknown tells it, for later pronouns.
                    if let (Some(g), Some(l)) = (g, last.as_mut()) {
                        if l.0 == t && l.1.is_none() {
                            l.1 = Some(g);
                            match g {
                                Gender::Male => last_male = Some(t),
                                Gender::Female => last_female = Some(t),
                            }
                        }
                    }
                }
                continue;
            }
            SpeakerKind::Organization | SpeakerKind::Anonymous => continue,
            _ => {}
        }
        let Some(speaker) = p.speaker_mut(quotes, reported) else {
            continue;
        };
        let Some(name) = speaker.name.as_ref().map(|n| n.span) else {
            continue;
        };
        let mut full = name;
        if p.single {
            let k = usize::from(p.surname);
            let known = surnames
                .get(k)
                .map(|w| (&found[w.names.0..w.names.1], uniform[k]));
            let (before, same): (&[Span], usize) = known.map_or((&[], 0), |(f, same)| {
                let k = f.partition_point(|s| s.start < p.at);
                (&f[..k], same)
            });
            if let Some(&latest) = before.last() {
                full = latest;
                speaker.name = Some(Text::of(input, full));
                speaker.kind = SpeakerKind::Person;
                // Some earlier name differs from the latest exactly when they are not all the
                // first one's.
                if before.len() > same {
                    warnings.push(Warning {
                        kind: WarningKind::AmbiguousSpeaker,
                        span: speaker.mention.span,
                    });
                }
            } else if speaker.kind == SpeakerKind::Other {
                continue;
            }
        }
        if speaker.kind == SpeakerKind::Person && i < last_pronoun {
            let g = gender_of(speaker.mention.as_str()).or(
                match (last_male == Some(full), last_female == Some(full)) {
                    (true, _) => Some(Gender::Male),
                    (_, true) => Some(Gender::Female),
                    _ => None,
                },
            );
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
    fn words_around_as_chars_read_them() {
        let parts = [
            " ", "\n", "\r\n", "\r", "\t", "Kim", "O'Neil", "Jean-Luc", "Jr.", ".", "..", "é",
            "Zoë", "—", ",", "U.S.", "x", "’s", "'s",
        ];
        let mut n = 0;
        for a in parts {
            for b in parts {
                for c in parts {
                    let s = format!("{a}{b}{c}");
                    for at in 0..=s.len() {
                        for edge in [0, 1, 2, s.len().saturating_sub(1), s.len()] {
                            let (lo, hi) = (edge.min(at), edge.max(at));
                            assert_eq!(
                                word_before(&s, at, lo),
                                word_before_chars(&s, at, lo),
                                "{s:?} {at} {lo}"
                            );
                            assert_eq!(
                                word_after(&s, at, hi),
                                word_after_chars(&s, at, hi),
                                "{s:?} {at} {hi}"
                            );
                            n += 1;
                        }
                    }
                }
            }
        }
        assert!(n > 10_000);
    }

    #[test]
    fn occurrences_as_memmem_finds_them() {
        let hays = [
            "Lalala Lala said. Lala, lala and Lala.",
            "Smith and Smithers; Smith's aide Smith",
            "aaaa aa a aaa",
            "",
            "Kim",
        ];
        for hay in hays {
            for word in ["Lala", "la", "Smith", "a", "aa", "aaa", "Kim", "x"] {
                let want: Vec<usize> =
                    memchr::memmem::find_iter(hay.as_bytes(), word.as_bytes()).collect();
                let got: Vec<usize> = occurrences(hay.as_bytes(), word.as_bytes()).collect();
                assert_eq!(got, want, "{word:?} in {hay:?}");
            }
        }
    }

    #[test]
    fn full_names() {
        let s = "North Korean Foreign Minister Choe Son Hui met Sergei Lavrov. The Foreign Ministry said so. When Kim Jong Un spoke, Charles de Gaulle's book fell.";
        let region = Span::new(0, s.len());
        let at = |w: &str| {
            let i = s.find(w).unwrap();
            name_around(s, region, i, i + w.len()).map(|n| n.as_str(s))
        };
        assert_eq!(at("Choe"), Some("Choe Son Hui"));
        assert_eq!(at("Hui"), Some("Choe Son Hui"));
        assert_eq!(at("Lavrov"), Some("Sergei Lavrov"));
        assert_eq!(at("Ministry"), None);
        assert_eq!(at("Jong"), Some("Kim Jong Un"));
        assert_eq!(at("Gaulle"), Some("Charles de Gaulle"));
    }
}
