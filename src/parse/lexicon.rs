//! The newsroom's words: agencies, headline tags, kickers, credit roles.

use std::sync::OnceLock;

use crate::{CreditRole, TagKind};

/// A fixed table of words and their values, bucketed by length and first letter: a lookup
/// compares the word with the few entries of its bucket, most often none, where a scan of the
/// list (or a `matches!` of it) compared it with every entry of its length. Built on first use.
pub(crate) struct WordMap<V: 'static> {
    /// `entries[starts[b]..starts[b + 1]]` is bucket `b`.
    starts: Vec<u16>,
    entries: Vec<(&'static [u8], V)>,
}

/// Words longer than this share one bucket.
const LONGEST: usize = 24;

/// The bucket of a word: its length, and its first byte folded to a letter (0 to 25) or 26.
fn bucket(w: &[u8]) -> usize {
    let len = w.len().min(LONGEST + 1);
    let first = w.first().map_or(26, |&f| {
        let f = f.to_ascii_lowercase();
        if f.is_ascii_lowercase() {
            usize::from(f - b'a')
        } else {
            26
        }
    });
    len * 27 + first
}

impl<V: Copy> WordMap<V> {
    pub fn new(list: &[(&'static str, V)]) -> Self {
        let n = (LONGEST + 2) * 27;
        let mut entries: Vec<(usize, &'static [u8], V)> = Vec::with_capacity(list.len());
        for &(k, v) in list {
            // The first entry of a word wins, as a scan of the list would find it first.
            if !entries.iter().any(|(_, w, _)| *w == k.as_bytes()) {
                entries.push((bucket(k.as_bytes()), k.as_bytes(), v));
            }
        }
        entries.sort_by_key(|e| e.0);
        let mut starts = vec![0u16; n + 1];
        for e in &entries {
            starts[e.0 + 1] += 1;
        }
        for b in 0..n {
            starts[b + 1] += starts[b];
        }
        WordMap {
            starts,
            entries: entries.into_iter().map(|(_, w, v)| (w, v)).collect(),
        }
    }

    pub fn get(&self, w: &str) -> Option<V> {
        let w = w.as_bytes();
        let b = bucket(w);
        let (from, to) = (self.starts[b], self.starts[b + 1]);
        self.entries[usize::from(from)..usize::from(to)]
            .iter()
            .find(|(k, _)| k.len() == w.len() && k.iter().zip(w).all(|(x, y)| x == y))
            .map(|&(_, v)| v)
    }
}

/// A fixed set of words, each with bit flags, in an open-addressed hash table. A word is read
/// as two eight-byte integers (its first and its last eight bytes), so that hashing it and
/// comparing it with an entry take a few integer operations and no call to `memcmp`; most
/// lookups end at an empty slot or at the word itself.
pub(crate) struct WordTable {
    /// Index + 1 into `entries`, or 0 for an empty slot.
    slots: Box<[u16; TABLE_SLOTS]>,
    entries: Vec<Entry>,
}

#[derive(Clone, Copy)]
struct Entry {
    head: u64,
    tail: u64,
    len: usize,
    bits: u32,
    /// The whole word, compared only when it is longer than sixteen bytes.
    word: &'static [u8],
}

/// Slots in a [`WordTable`]: a power of two, kept at least twice the number of words so that
/// probes stay short and every probe ends at an empty slot.
const TABLE_BITS: u32 = 12;
const TABLE_SLOTS: usize = 1 << TABLE_BITS;

/// The first eight bytes of `w` (fewer when it is shorter, the rest zero) as one integer,
/// read with at most two loads whatever the length.
#[inline]
fn head(w: &[u8]) -> u64 {
    let n = w.len();
    let u32_at = |i: usize| {
        let mut b = [0u8; 4];
        b.copy_from_slice(&w[i..i + 4]);
        u64::from(u32::from_le_bytes(b))
    };
    if n >= 8 {
        let mut b = [0u8; 8];
        b.copy_from_slice(&w[..8]);
        u64::from_le_bytes(b)
    } else if n >= 4 {
        // Two loads that overlap: the shared bytes land in the same places.
        u32_at(0) | u32_at(n - 4) << (8 * (n - 4))
    } else if n > 0 {
        u64::from(w[0])
            | u64::from(w[n / 2]) << (8 * (n / 2))
            | u64::from(w[n - 1]) << (8 * (n - 1))
    } else {
        0
    }
}

/// The last eight bytes of `w` when it is longer than eight (with [`head`], all of a word of
/// up to sixteen bytes), else 0.
#[inline]
fn tail(w: &[u8]) -> u64 {
    let n = w.len();
    if n > 8 {
        let mut b = [0u8; 8];
        b.copy_from_slice(&w[n - 8..]);
        u64::from_le_bytes(b)
    } else {
        0
    }
}

/// The slot a word's probe starts at.
#[inline]
fn slot(head: u64, tail: u64, len: usize) -> usize {
    let x = head ^ tail.rotate_left(29) ^ len as u64;
    (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - TABLE_BITS)) as usize
}

/// Compares two words longer than sixteen bytes: out of line, so that the common lookup has no
/// call in it.
#[cold]
#[inline(never)]
fn same_long(a: &[u8], b: &[u8]) -> bool {
    a == b
}

/// [`same_long`] with `b` read in ASCII lower case.
#[cold]
#[inline(never)]
fn same_long_lowered(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| *x == y.to_ascii_lowercase())
}

impl Default for WordTable {
    fn default() -> Self {
        WordTable {
            slots: Box::new([0; TABLE_SLOTS]),
            entries: Vec::new(),
        }
    }
}

impl WordTable {
    /// Adds `bits` to the flags of `w`.
    pub fn insert(&mut self, w: &'static str, bits: u32) {
        let w = w.as_bytes();
        let (h, t) = (head(w), tail(w));
        let mut i = slot(h, t, w.len());
        loop {
            match usize::from(self.slots[i]) {
                0 => break,
                k if self.entries[k - 1].word == w => {
                    self.entries[k - 1].bits |= bits;
                    return;
                }
                _ => i = (i + 1) & (TABLE_SLOTS - 1),
            }
        }
        // Half the slots stay empty, so that every probe ends; the fixed lists are far below
        // that (a test checks every word is found).
        if self.entries.len() >= TABLE_SLOTS / 2 {
            return;
        }
        self.entries.push(Entry {
            head: h,
            tail: t,
            len: w.len(),
            bits,
            word: w,
        });
        self.slots[i] = self.entries.len() as u16;
    }

    /// The flags of the ASCII word `w` in lower case, without writing it out (0 when `w` is
    /// not ASCII).
    #[inline]
    pub fn get_lowered(&self, w: &[u8]) -> u32 {
        if !w.is_ascii() {
            return 0;
        }
        let fold = super::scan::fold_ascii_case;
        self.probe(fold(head(w)), fold(tail(w)), w.len(), |e| {
            same_long_lowered(e, w)
        })
    }

    /// [`get_lowered`](Self::get_lowered) of a word of at most sixteen bytes, as
    /// [`get_short`](Self::get_short).
    #[inline(always)]
    pub fn get_lowered_short(&self, w: &[u8]) -> u32 {
        debug_assert!(w.len() <= 16);
        if !w.is_ascii() {
            return 0;
        }
        let fold = super::scan::fold_ascii_case;
        self.probe(fold(head(w)), fold(tail(w)), w.len(), |_| w.len() <= 16)
    }

    /// [`get`](Self::get) of a word of at most sixteen bytes, which its [`head`] and
    /// [`tail`] hold whole: the probe compares no bytes beyond them, and calls nothing.
    #[inline(always)]
    pub fn get_short(&self, w: &[u8]) -> u32 {
        debug_assert!(w.len() <= 16);
        self.probe(head(w), tail(w), w.len(), |_| w.len() <= 16)
    }

    /// The flags of `w`, 0 when it is not in the table.
    #[inline(always)]
    pub fn get(&self, w: &str) -> u32 {
        let w = w.as_bytes();
        self.probe(head(w), tail(w), w.len(), |e| same_long(e, w))
    }

    /// The flags of the word whose [`head`], [`tail`] and length are `h`, `t` and `n`;
    /// `long_eq` compares an entry's word with it when it is longer than sixteen bytes.
    #[inline(always)]
    fn probe(&self, h: u64, t: u64, n: usize, long_eq: impl Fn(&[u8]) -> bool) -> u32 {
        let mut i = slot(h, t, n);
        loop {
            let k = usize::from(self.slots[i]);
            let Some(e) = k.checked_sub(1).and_then(|k| self.entries.get(k)) else {
                return 0;
            };
            if e.head == h && e.tail == t && e.len == n && (n <= 16 || long_eq(e.word)) {
                return e.bits;
            }
            i = (i + 1) & (TABLE_SLOTS - 1);
        }
    }
}

/// Agencies and wires as they are written in datelines and bylines, and the short name each
/// is known by.
const AGENCIES: &[(&str, &str)] = &[
    ("reuters", "Reuters"),
    ("reuter", "Reuters"),
    ("reuters health", "Reuters"),
    ("thomson reuters", "Reuters"),
    ("ap", "AP"),
    ("associated press", "AP"),
    ("the associated press", "AP"),
    ("afp", "AFP"),
    ("agence france-presse", "AFP"),
    ("agence france presse", "AFP"),
    ("upi", "UPI"),
    ("united press international", "UPI"),
    ("xinhua", "Xinhua"),
    ("pti", "PTI"),
    ("ians", "IANS"),
    ("ani", "ANI"),
    ("dpa", "dpa"),
    ("efe", "EFE"),
    ("ansa", "ANSA"),
    ("kyodo", "Kyodo"),
    ("yonhap", "Yonhap"),
    ("tass", "TASS"),
    ("itar-tass", "TASS"),
    ("ria novosti", "RIA"),
    ("interfax", "Interfax"),
    ("bernama", "Bernama"),
    ("antara", "Antara"),
    ("cna", "CNA"),
    ("bloomberg", "Bloomberg"),
    ("dow jones", "Dow Jones"),
    ("cnn", "CNN"),
    ("nyt", "NYT"),
    ("healthday news", "HealthDay"),
    ("healthday", "HealthDay"),
    ("prnewswire", "PR Newswire"),
    ("pr newswire", "PR Newswire"),
    ("business wire", "Business Wire"),
    ("businesswire", "Business Wire"),
    ("globe newswire", "GlobeNewswire"),
    ("globenewswire", "GlobeNewswire"),
    ("accesswire", "ACCESSWIRE"),
    ("access newswire", "ACCESSWIRE"),
    ("marketwired", "Marketwired"),
    ("cnw", "CNW"),
    ("newsfile", "Newsfile"),
    ("eurekalert", "EurekAlert"),
];

/// For the first letter of each agency's key, the set of the last letters of the keys that
/// start with it (bit 0 for `a`): a name that starts and ends otherwise is none. Every key
/// starts and ends with a letter.
static AGENCY_ENDS: [u32; 128] = {
    let mut t = [0u32; 128];
    let mut i = 0;
    while i < AGENCIES.len() {
        let k = AGENCIES[i].0.as_bytes();
        let (first, last) = (k[0], k[k.len() - 1]);
        assert!(
            first.is_ascii_lowercase() && last.is_ascii_lowercase(),
            "agency keys start and end with a letter"
        );
        t[first as usize] |= 1 << (last - b'a');
        i += 1;
    }
    t
};

/// The usual name of an agency written as `s` (any case, surrounding spaces ignored).
pub(crate) fn agency(s: &str) -> Option<&'static str> {
    let t = super::scan::trim(s);
    if t.is_empty() || t.len() > 40 {
        return None;
    }
    // Most names a speaker phrase or a byline tries start and end with letters no agency's
    // key starts and ends with together.
    let b = t.as_bytes();
    let last = b[b.len() - 1].to_ascii_lowercase();
    let ends = AGENCY_ENDS
        .get(usize::from(b[0].to_ascii_lowercase()))
        .copied()
        .unwrap_or(0);
    if !last.is_ascii_lowercase() || ends >> (last - b'a') & 1 == 0 {
        return None;
    }
    // The key's first word is the text up to its first blank (a non-ASCII byte ends it too,
    // being a blank or a letter that no key has). It must be some agency's first word in
    // length, or for a text of one word in ASCII, which is its own key, some agency's key:
    // most names are turned away here without building the key (`Choe`, and `Dmitry Peskov`
    // by `Dmitry`).
    let first = b
        .iter()
        .position(|&c| c.is_ascii_whitespace() || c == 0x0b || c >= 0x80)
        .unwrap_or(b.len());
    let lens = if first == b.len() {
        &AGENCY_KEY_LENS
    } else {
        &AGENCY_FIRST_LENS
    };
    if lens[usize::from(b[0].to_ascii_lowercase())] >> first & 1 == 0 {
        return None;
    }
    let mut buf = [0u8; 40];
    let mut n = 0;
    let mut last_space = true;
    if t.is_ascii() {
        // The common case, a byte at a time.
        for &b in t.as_bytes() {
            let b = if b.is_ascii_whitespace() || b == 0x0b {
                b' '
            } else {
                b
            };
            if b == b' ' {
                if last_space {
                    continue;
                }
                last_space = true;
            } else {
                last_space = false;
            }
            buf[n] = b.to_ascii_lowercase();
            n += 1;
        }
        return lookup(&buf[..n]);
    }
    for c in t.chars() {
        let c = if c.is_whitespace() { ' ' } else { c };
        if !c.is_ascii() {
            return None;
        }
        if c == ' ' {
            if last_space {
                continue;
            }
            last_space = true;
        } else {
            last_space = false;
        }
        buf[n] = (c as u8).to_ascii_lowercase();
        n += 1;
    }
    lookup(&buf[..n])
}

/// For each first byte of the agencies' keys, the set of their lengths (bit `n` for a key of
/// `n` bytes; every key is shorter than 64), so that most words a speaker phrase tries are
/// turned away before the map is hashed.
static AGENCY_KEY_LENS: [u64; 128] = {
    let mut t = [0u64; 128];
    let mut i = 0;
    while i < AGENCIES.len() {
        let k = AGENCIES[i].0.as_bytes();
        assert!(
            k.len() < 64 && k[0] < 0x80,
            "agency keys are short and ASCII"
        );
        t[k[0] as usize] |= 1 << k.len();
        i += 1;
    }
    t
};

/// For each first byte of the agencies' keys, the set of the lengths of their first words
/// (bit `n` for a word of `n` bytes, as [`AGENCY_KEY_LENS`]).
static AGENCY_FIRST_LENS: [u64; 128] = {
    let mut t = [0u64; 128];
    let mut i = 0;
    while i < AGENCIES.len() {
        let k = AGENCIES[i].0.as_bytes();
        let mut n = 0;
        while n < k.len() && k[n] != b' ' {
            n += 1;
        }
        t[k[0] as usize] |= 1 << n;
        i += 1;
    }
    t
};

/// The agency whose key (lower case, single spaces, maybe a space at the end) is `key`.
fn lookup(key: &[u8]) -> Option<&'static str> {
    // The key is ASCII: these are the blanks `str::trim_end` takes off it.
    let blank = |b: &&u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
    let n = key.len() - key.iter().rev().take_while(blank).count();
    let lens = key
        .first()
        .and_then(|&b| AGENCY_KEY_LENS.get(usize::from(b)))
        .copied()
        .unwrap_or(0);
    if n >= 64 || lens >> n & 1 == 0 {
        return None;
    }
    let key = std::str::from_utf8(&key[..n]).unwrap_or("");
    static MAP: OnceLock<WordMap<&'static str>> = OnceLock::new();
    MAP.get_or_init(|| WordMap::new(AGENCIES)).get(key)
}

/// Words that open a heading or kicker line (`CORRECTION -`, `ECONOMIC SPOTLIGHT -`,
/// `WATCH:`), never a dateline's place.
const KICKERS: &[&str] = &[
    "CORRECTION",
    "CORRECTED",
    "UPDATE",
    "UPDATED",
    "EXCLUSIVE",
    "ANALYSIS",
    "OPINION",
    "EDITORIAL",
    "EDITOR",
    "EDITORS",
    "EDITOR'S",
    "NOTE",
    "BREAKING",
    "WATCH",
    "VIDEO",
    "PHOTOS",
    "PHOTO",
    "CHARTS",
    "CHART",
    "LISTEN",
    "READ",
    "RELATED",
    "FILE",
    "SPOTLIGHT",
    "REPEAT",
    "ADVISORY",
    "URGENT",
    "BULLETIN",
    "FLASH",
    "FACTBOX",
    "TEXT",
    "TRANSCRIPT",
    "Q",
    "A",
    "QUOTE",
    "QUOTES",
    "UPDATES",
    "LIVE",
    "PREVIEW",
    "REVIEW",
    "INTERVIEW",
    "COLUMN",
    "COMMENT",
    "COMMENTARY",
    "FEATURE",
    "POLL",
    "SURVEY",
    "TIMELINE",
    "TABLE",
    "GRAPHIC",
    "HIGHLIGHTS",
    "WRAPUP",
    "BRIEF",
    "BRIEFS",
    "DIARY",
    "ECONOMIC",
    "MARKET",
    "MARKETS",
    "RPT",
    "REFILE",
    "SPORTS",
    "BUSINESS",
    "WORLD",
    "NATION",
    "POLITICS",
    "ENTERTAINMENT",
    "HEALTH",
    "SCIENCE",
    "TECH",
    "TECHNOLOGY",
    "MONEY",
    "WEATHER",
    "OBITUARY",
    "OBIT",
    "SOURCE",
    "SOURCES",
    "CONTACT",
    "MEDIA",
    "INVESTOR",
    "INVESTORS",
    "ABOUT",
    "DISCLAIMER",
    "WARNING",
    "ALERT",
    "NEW",
    "MORE",
    "THE",
    "AND",
    "OF",
    "FOR",
    "TO",
    "IN",
    "ON",
    "AT",
    "BY",
    "WITH",
    "FROM",
    "WHY",
    "HOW",
    "WHAT",
    "WHO",
    "WHEN",
    "WHERE",
    "IS",
    "ARE",
    "SEE",
    "ALSO",
    "PLUS",
    "TOP",
    "KEY",
    "FACTS",
    "FACT",
    "CHECK",
    "EXPLAINER",
    "INSIGHT",
    "SPECIAL",
    "REPORT",
    "REPORTS",
    "NEWS",
    "DEVELOPING",
    "STORY",
    "CORRECTIONS",
    "CLARIFICATION",
    "ADVANCE",
    "ADV",
    "EMBARGOED",
    "EMBARGO",
    "HOLD",
    "FOR RELEASE",
    "MR",
    "MRS",
    "MS",
    "DR",
    "SEN",
    "REP",
    "GOV",
    "PRESIDENT",
    "SECRETARY",
];

/// Whether `w` (one word, as written) is a kicker or heading word rather than a place name.
pub(crate) fn is_kicker(w: &str) -> bool {
    let w = w.trim_end_matches(['.', ':', ',']);
    // Kickers are short ASCII upper-case words: most place words fail the first test.
    if w.is_empty() || w.len() > 13 || !w.bytes().all(|b| b.is_ascii_uppercase() || b == b'\'') {
        return false;
    }
    static SET: OnceLock<WordMap<()>> = OnceLock::new();
    SET.get_or_init(|| WordMap::new(&KICKERS.iter().map(|&k| (k, ())).collect::<Vec<_>>()))
        .get(w)
        .is_some()
}

/// Reuters-style tags written before the headline with a hyphen: `UPDATE 2-`, `EXCLUSIVE-`.
const TAGS: &[(&str, TagKind)] = &[
    ("UPDATE", TagKind::Update),
    ("EXCLUSIVE", TagKind::Exclusive),
    ("BRIEF", TagKind::Brief),
    ("FACTBOX", TagKind::Factbox),
    ("CORRECTED", TagKind::Corrected),
    ("CORRECTION", TagKind::Corrected),
    ("REFILE", TagKind::Refile),
    ("RPT", TagKind::Refile),
    ("REPEAT", TagKind::Refile),
    ("ANALYSIS", TagKind::StoryType),
    ("INSIGHT", TagKind::StoryType),
    ("FEATURE", TagKind::StoryType),
    ("COLUMN", TagKind::StoryType),
    ("PREVIEW", TagKind::StoryType),
    ("INTERVIEW", TagKind::StoryType),
    ("EXPLAINER", TagKind::StoryType),
    ("BREAKINGVIEWS", TagKind::StoryType),
    ("SPECIAL REPORT", TagKind::StoryType),
    ("INSTANT VIEW", TagKind::StoryType),
    ("WRAPUP", TagKind::Wrapup),
    ("TIMELINE", TagKind::Format),
    ("GRAPHIC", TagKind::Format),
    ("TABLE", TagKind::Format),
    ("HIGHLIGHTS", TagKind::Format),
    ("TEXT", TagKind::Format),
    ("POLL", TagKind::Format),
    ("DIARY", TagKind::Format),
    ("URGENT", TagKind::Urgent),
    ("BREAKING", TagKind::Urgent),
    ("BULLETIN", TagKind::Urgent),
    ("FLASH", TagKind::Urgent),
];

/// The tag kind of a tag word (`UPDATE`), exact upper case.
pub(crate) fn tag_kind(word: &str) -> Option<TagKind> {
    TAGS.iter().find(|(k, _)| *k == word).map(|(_, v)| *v)
}

/// Credit roles as written in Reuters footers, longest first.
pub(crate) const CREDIT_ROLES: &[(&str, CreditRole)] = &[
    ("additional reporting by", CreditRole::AdditionalReporting),
    ("additional writing by", CreditRole::Writing),
    ("reporting and writing by", CreditRole::Reporting),
    ("writing and reporting by", CreditRole::Reporting),
    ("reporting by", CreditRole::Reporting),
    ("reported by", CreditRole::Reporting),
    ("writing by", CreditRole::Writing),
    ("written by", CreditRole::Writing),
    ("editing by", CreditRole::Editing),
    ("edited by", CreditRole::Editing),
    ("compiled by", CreditRole::Compiling),
    ("compiling by", CreditRole::Compiling),
    ("graphics by", CreditRole::Other),
    ("graphic by", CreditRole::Other),
    ("research by", CreditRole::Other),
    ("photos by", CreditRole::Other),
    ("video by", CreditRole::Other),
    ("translated by", CreditRole::Other),
    ("translation by", CreditRole::Other),
    ("production by", CreditRole::Other),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agencies() {
        assert_eq!(agency("Reuters"), Some("Reuters"));
        assert_eq!(agency(" AP "), Some("AP"));
        assert_eq!(agency("GLOBE  NEWSWIRE"), Some("GlobeNewswire"));
        assert_eq!(agency("Reuters Health"), Some("Reuters"));
        assert_eq!(agency("Acme"), None);
        // Every key is found as written, in capitals and with a space around it: the tables
        // of first and last bytes turn none away.
        for &(key, name) in AGENCIES {
            assert_eq!(agency(key), Some(name), "{key}");
            assert_eq!(
                agency(&format!(" {} ", key.to_uppercase())),
                Some(name),
                "{key}"
            );
        }
    }

    /// The tests before the lookup turn away no agency: over generated texts with the words of
    /// agencies' names in them, [`agency`] answers as a lookup of the text's key would.
    #[test]
    fn agency_shortcuts_agree_with_the_lookup() {
        let reference = |s: &str| -> Option<&'static str> {
            let t = s.trim();
            if t.is_empty()
                || t.len() > 40
                || t.chars().any(|c| !c.is_ascii() && !c.is_whitespace())
            {
                return None;
            }
            let key = t.split_whitespace().collect::<Vec<_>>().join(" ");
            let key = key.to_ascii_lowercase();
            AGENCIES.iter().find(|(k, _)| *k == key).map(|&(_, n)| n)
        };
        let extra = [
            "reuters",
            "Reuters",
            "AP",
            "ap",
            "associated",
            "Press",
            "the",
            "dow",
            "Jones",
            "health",
            "agence",
            "france-presse",
            "France",
            "presse",
            "pr",
            "newswire",
            "Globe",
            "tass",
            "itar-",
            "ria",
            "Novosti",
            "upi",
            "cnn",
        ];
        let mut found = 0;
        for t in super::super::scan::generated_texts(41, 40_000, 5, &extra) {
            let want = reference(&t);
            found += usize::from(want.is_some());
            assert_eq!(agency(&t), want, "{t:?}");
        }
        assert!(found > 100, "{found}");
    }

    #[test]
    fn kickers() {
        assert!(is_kicker("CORRECTION"));
        assert!(is_kicker("SPOTLIGHT"));
        assert!(!is_kicker("MOSCOW"));
        assert!(!is_kicker("Update"));
    }
}
