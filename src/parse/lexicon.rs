//! The newsroom's words: agencies, headline tags, kickers, credit roles.

use crate::{CreditRole, TagKind};

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
    let key = std::str::from_utf8(&buf[..n]).unwrap_or("").trim_end();
    AGENCIES.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
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
    KICKERS
        .iter()
        .any(|k| k.as_bytes()[0] == w.as_bytes()[0] && *k == w)
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
