//! The newsroom's words: agencies, headline tags, kickers, credit roles.

use std::sync::OnceLock;

use crate::{CreditRole, TagKind};

/// A fixed table of words and their values, looked up by hash: one probe or two where a scan
/// of the list compared the word with every entry. Built on first use.
pub(crate) struct WordMap<V: 'static> {
    slots: Vec<Option<(&'static str, V)>>,
}

impl<V: Copy> WordMap<V> {
    pub fn new(entries: &[(&'static str, V)]) -> Self {
        // At most a quarter full, so that probes stay short; the first entry of a word wins,
        // as a scan of the list would find it first.
        let mut slots = vec![None; (entries.len() * 4).next_power_of_two().max(8)];
        let mask = slots.len() - 1;
        for &(k, v) in entries {
            let mut at = hash(k.as_bytes()) & mask;
            loop {
                match slots[at] {
                    Some((w, _)) if w == k => break,
                    Some(_) => at = (at + 1) & mask,
                    None => {
                        slots[at] = Some((k, v));
                        break;
                    }
                }
            }
        }
        WordMap { slots }
    }

    pub fn get(&self, w: &str) -> Option<V> {
        let mask = self.slots.len() - 1;
        let mut at = hash(w.as_bytes()) & mask;
        loop {
            match self.slots[at] {
                Some((k, v)) if k == w => return Some(v),
                Some(_) => at = (at + 1) & mask,
                None => return None,
            }
        }
    }
}

/// FNV-1a: short words hash in a few instructions a byte.
fn hash(b: &[u8]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for &c in b {
        h = (h ^ u32::from(c)).wrapping_mul(0x0100_0193);
    }
    // The high bits mix best; fold them down for the small tables.
    (h ^ (h >> 15)) as usize
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

/// The usual name of an agency written as `s` (any case, surrounding spaces ignored).
pub(crate) fn agency(s: &str) -> Option<&'static str> {
    let t = s.trim();
    if t.is_empty() || t.len() > 40 {
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

/// The agency whose key (lower case, single spaces, maybe a space at the end) is `key`.
fn lookup(key: &[u8]) -> Option<&'static str> {
    let key = std::str::from_utf8(key).unwrap_or("").trim_end();
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
    }

    #[test]
    fn kickers() {
        assert!(is_kicker("CORRECTION"));
        assert!(is_kicker("SPOTLIGHT"));
        assert!(!is_kicker("MOSCOW"));
        assert!(!is_kicker("Update"));
    }
}
