//! RFC 5545 text: escaped values, lines folded at 75 octets, and the
//! links to an item of the page.

use std::fmt::Write as _;

/// RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets,
/// excluding the line break."
const MAX_LINE_OCTETS: usize = 75;

/// Escapes `text` as an RFC 5545 TEXT value (§3.3.11): `\` `;` `,` are
/// backslash-escaped, every line break (`\n`, `\r\n`, `\r`) becomes `\n`,
/// and other control characters, which TEXT cannot hold, are dropped (tab
/// is kept).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                // CRLF is one line break, not two.
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            // C0, DEL and C1 controls are outside TEXT's SAFE-CHAR.
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line (without its line break) as RFC 5545 §3.1 asks:
/// physical lines of at most 75 octets, joined by CRLF and one space, the
/// space counting in the 75. Breaks fall only between characters (so every
/// physical line is valid UTF-8 on its own) and never inside a backslash
/// escape; unfolding (removing each CRLF + space) gives `line` back. No
/// trailing CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 36);
    let mut used = 0;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        // An escape (`\,`, `\n`…) stays on one line: unfolding comes first
        // in RFC 5545, but a reader that unescapes line by line would
        // otherwise see a lone backslash.
        let escaped = if c == '\\' { chars.next() } else { None };
        let n = c.len_utf8() + escaped.map_or(0, char::len_utf8);
        if used + n > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        out.extend(escaped);
        used += n;
    }
    out
}

/// Whether `text` would show as nothing: only spaces and control characters
/// (which [`escape_text`] drops).
pub(super) fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || c.is_control())
}

/// `page#id`: the page's address without its fragment, then the id as a
/// fragment. Spaces, controls and non-ASCII bytes are percent-encoded in
/// both, so the URI is valid and no value can break out of its line. The
/// link an item's share button gives, and its calendar event's `URL`.
pub fn item_url(page: &str, id: &str) -> String {
    let page = page.split('#').next().unwrap_or(page);
    let mut out = String::with_capacity(page.len() + id.len() + 1);
    for b in page.bytes() {
        push_uri_byte(&mut out, b, false);
    }
    out.push('#');
    for b in id.bytes() {
        push_uri_byte(&mut out, b, true);
    }
    out
}

/// Appends `b` to a URI: as is when it may stand there (RFC 3986), else
/// percent-encoded. In a fragment, `%` and `#` are data, so encoded too; in
/// the page address they are kept (its escapes are already made).
fn push_uri_byte(out: &mut String, b: u8, fragment: bool) {
    let plain = b.is_ascii_alphanumeric()
        || b"-._~!$&'()*+,;=:@/?".contains(&b)
        || (!fragment && (b == b'%' || b == b'[' || b == b']'));
    if plain {
        out.push(char::from(b));
    } else {
        let _ = write!(out, "%{b:02X}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_urls_replace_the_fragment_and_encode() {
        assert_eq!(
            item_url("https://a.example/p?x=1#old", "fercoq-adam"),
            "https://a.example/p?x=1#fercoq-adam"
        );
        assert_eq!(
            item_url("https://a.example/a b\r\n", "é #%"),
            "https://a.example/a%20b%0D%0A#%C3%A9%20%23%25"
        );
    }
}
