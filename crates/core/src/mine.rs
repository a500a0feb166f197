//! My programme: the sessions a visitor starred. Kept in the browser's
//! storage per programme (no account), carried to another device by a link
//! (`page#mine=a,b`), exported as its own calendar file.
//!
//! The stored value and the link's value are the same text: the ids,
//! percent-encoded, joined by commas, so one codec serves both and an id
//! may hold any character (imports bring numbers, UUIDs, slashes).

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::display::has_own_actions;
use crate::programme::model::{Kind, Programme};

/// What an id keeps as is: RFC 3986's unreserved characters; the rest
/// (the comma between ids, `%`, `#`, `&`, spaces, non-ASCII) is escaped.
pub(crate) const ESCAPED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The fragment's key of a shared selection: `#mine=a,b`.
const FRAGMENT_KEY: &str = "mine";

/// Where a programme's selection is remembered: one per source, so two
/// workshops on one site keep their own.
pub fn storage_key(src: &str) -> String {
    format!("mine:v1:{src}")
}

/// Whether the programme has anything to star: its sessions (the welcome,
/// the break and the end are not chosen; `display::has_own_actions`).
/// Without any, the filter and the stars are not shown.
pub fn offered(programme: &Programme) -> bool {
    programme.items.iter().any(|i| has_own_actions(&i.kind))
}

/// The value of `key` in a fragment of `key=value` pairs joined by `&`
/// (after `#`), as written (still percent-encoded). A deep link to an
/// item (`#fercoq-adam`) has none.
pub fn fragment_param<'a>(fragment: &'a str, key: &str) -> Option<&'a str> {
    fragment
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

/// A visitor's selection: ids, without repeats, in the order starred.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mine(Vec<String>);

impl Mine {
    /// Read back from storage or a link; anything unreadable is dropped,
    /// never an error: a selection is a convenience, not a document.
    pub fn decode(text: Option<&str>) -> Mine {
        let mut mine = Mine::default();
        for part in text.unwrap_or_default().split(',') {
            // Bytes that are not UTF-8 are no id of a (JSON) programme.
            if let Ok(id) = percent_decode_str(part).decode_utf8() {
                if !id.is_empty() {
                    mine.add(id.into_owned());
                }
            }
        }
        mine
    }

    /// The text to store, or to put in a link after `mine=`.
    pub fn encode(&self) -> String {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|id| utf8_percent_encode(id, ESCAPED).to_string())
            .collect();
        parts.join(",")
    }

    /// The selection a link's fragment carries (`mine=…`, the part after
    /// `#`), if it is such a link.
    pub fn from_fragment(fragment: &str) -> Option<Mine> {
        fragment_param(fragment, FRAGMENT_KEY).map(|v| Mine::decode(Some(v)))
    }

    /// The link to this selection on `page` (its fragment replaced).
    pub fn link(&self, page: &str) -> String {
        let page = page.split('#').next().unwrap_or(page);
        format!("{page}#{FRAGMENT_KEY}={}", self.encode())
    }

    pub fn contains(&self, id: &str) -> bool {
        self.0.iter().any(|i| i == id)
    }

    pub fn ids(&self) -> &[String] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Stars `id`, or unstars it if it was starred.
    pub fn toggle(&mut self, id: &str) {
        if self.contains(id) {
            self.0.retain(|i| i != id);
        } else {
            self.0.push(id.to_owned());
        }
    }

    fn add(&mut self, id: String) {
        if !self.contains(&id) {
            self.0.push(id);
        }
    }

    /// The sessions of `programme` in the selection, in the programme's
    /// order: ids the programme no longer has are kept in storage (an
    /// update may bring them back) but counted nowhere.
    pub fn in_programme(&self, programme: &Programme) -> Mine {
        Mine(
            programme
                .items
                .iter()
                .filter(|i| has_own_actions(&i.kind) && self.contains(&i.id))
                .map(|i| i.id.clone())
                .collect(),
        )
    }

    /// Whether the item `id` of `kind` is shown: every item unless the
    /// visitor asked for their programme only (`only_mine`); then the
    /// starred sessions.
    pub fn shows(&self, only_mine: bool, id: &str, kind: &Kind) -> bool {
        !only_mine || (has_own_actions(kind) && self.contains(id))
    }

    /// Whether two selections hold the same sessions, whatever the order.
    pub fn same_as(&self, other: &Mine) -> bool {
        self.0.len() == other.0.len() && self.0.iter().all(|id| other.contains(id))
    }
}

/// What a link's selection (`#mine=…`) asks of the visitor's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FromLink {
    /// It names no session of this programme: nothing to do.
    Nothing,
    /// It is the visitor's own selection already: show it.
    Same,
    /// Offer to take it over (its sessions in this programme); the
    /// visitor's own is never replaced unasked, even an empty one.
    Offer(Mine),
}

/// Compares the selection a link brought with the stored one.
pub fn from_link(stored: &Mine, link: &Mine, programme: &Programme) -> FromLink {
    let link = link.in_programme(programme);
    if link.is_empty() {
        FromLink::Nothing
    } else if link.same_as(&stored.in_programme(programme)) {
        FromLink::Same
    } else {
        FromLink::Offer(link)
    }
}
