//! A news-token alphabet: bytes mapped onto the marks and phrases of wire copy, so that random
//! input reaches the parser's deep structure (datelines, quotes, credits) instead of stopping
//! at "no article here".
//!
//! Printable ASCII (0x20..=0x7E) and `\n` stand for themselves, so readable seeds stay readable
//! and a fuzzer's ASCII dictionary words pass through. Every other byte value picks a token.

/// The tokens, picked by the bytes outside printable ASCII.
pub const TOKENS: &[&str] = &[
    // Quotation marks of every style the parser knows.
    "\u{201c}", // “
    "\u{201d}", // ”
    "\u{2018}", // ‘
    "\u{2019}", // ’
    "\"",
    "'",
    "\u{ab}",   // «
    "\u{bb}",   // »
    "\u{201e}", // „
    "\u{201a}", // ‚
    "\u{300c}", // 「
    "\u{300d}", // 」
    "\u{300e}", // 『
    "\u{300f}", // 』
    "``",
    "''",
    // Speech.
    "said",
    " said ",
    ", she said.",
    ",\" he said. \"",
    " told reporters",
    " said in a statement",
    " according to ",
    " says ",
    " said that ",
    "Jane Doe",
    " Choe",
    "a spokeswoman for the ministry",
    "officials said",
    "Kremlin spokesman Dmitry Peskov",
    " she ",
    // Frame.
    "(Reuters) -",
    " (AP) \u{2014} ",
    " /PRNewswire/ -- ",
    "--(BUSINESS WIRE)--",
    "By ",
    "By Jane Doe, Reuters\n",
    "\n",
    "\n\n",
    "\r\n",
    "\n    ",
    "Reporting by ",
    "(Reporting by Ana Lima in Lisbon; Editing by Tom Reed)",
    "; Editing by ",
    " and ",
    " in ",
    ":",
    ": ",
    "LONDON, Jan 16 ",
    "MOSCOW: ",
    "KANSAS CITY, Mo. ",
    "Dec. 5, 2023",
    "on Tuesday (Jan 16) ",
    "\u{2014}",
    "\u{2013}",
    " _ ",
    "_",
    "-",
    "UPDATE 2-",
    "******",
    "Reuter",
    "Enditem",
    "###",
    "___",
    "Copyright 2024 Acme News. All rights reserved.",
    "Associated Press writer Kim Ode contributed to this report.",
    "This article was originally published by ",
    "Read more: ",
    "Media contact:",
    "SOURCE Acme",
    "(",
    ")",
    ".",
    ". ",
    ",",
    ", ",
    " ",
    "  ",
    "\t",
    "\u{a0}",
    "\u{3000}",
    "\u{feff}",
    "Kim\u{2019}s",
    "\u{2019}90s",
    "rock \u{2019}n\u{2019} roll",
    "The",
    " the ",
    "Mr. ",
    "U.S.",
    "\u{e9}",
    "\u{1f4f0}",
    "\u{0}",
    "\u{7f}",
];

/// The text a byte string stands for in the token alphabet.
pub fn news_text(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 3);
    for &b in bytes {
        match b {
            b'\n' | 0x20..=0x7e => out.push(b as char),
            _ => {
                let idx = if b < 0x20 {
                    b as usize
                } else {
                    b as usize - 0x7f + 0x20
                };
                out.push_str(TOKENS[idx % TOKENS.len()]);
            }
        }
    }
    out
}
