//! The editor's form (issue 15): the v1 file as the organiser types it,
//! every field a string, so that a half-typed programme can be held,
//! shown and checked. [`Form::text`] writes the file those strings make,
//! and the loader ([`super::load_with`]) checks it: the problems the form
//! shows beside each field are `check-programme`'s, with the same paths
//! ([`Form::field_paths`], [`problems_at`]).
//!
//! Nothing of a file is lost by opening it in the form: members the form
//! has no field for (a `track`, a newer format's field) and values of the
//! wrong type (a `start` written as a number) are kept as they were and
//! written back in place, so the loader still reports them at their path,
//! until the organiser types a value of their own in that field.

use super::json_out::JsonOut;
use super::model::Speaker;
use super::value::{Map, Value};
use super::write::write_speaker;

/// The languages the form has a field for, in the interface's order.
pub const LANGS: [&str; 2] = ["fr", "en"];

/// The kinds the form offers (an item's `kind`); `""` is "not said", which
/// the loader reads as a talk when there are speakers, else a plain item.
pub const KINDS: [&str; 5] = ["welcome", "talk", "break", "discussion", "end"];

/// A localised text being typed: (language, text) in the file's order (the
/// first is the fallback the widget shows in any other language), French
/// and English always present, possibly empty.
#[derive(Clone, Debug, PartialEq)]
pub struct Langs(Vec<(String, String)>);

impl Default for Langs {
    fn default() -> Langs {
        Langs::new()
    }
}

impl Langs {
    /// Empty French and English.
    pub fn new() -> Langs {
        Langs(
            LANGS
                .iter()
                .map(|l| (l.to_string(), String::new()))
                .collect(),
        )
    }

    /// The text in `lang` ("" when there is none).
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .iter()
            .find(|(l, _)| l == lang)
            .map_or("", |(_, t)| t)
    }

    /// Sets the text in `lang`.
    pub fn set(&mut self, lang: &str, text: &str) {
        match self.0.iter_mut().find(|(l, _)| l == lang) {
            Some(entry) => entry.1 = text.to_owned(),
            None => self.0.push((lang.to_owned(), text.to_owned())),
        }
    }

    /// Whether every language is blank.
    pub fn is_blank(&self) -> bool {
        self.0.iter().all(|(_, t)| t.trim().is_empty())
    }

    /// From an object of strings; `None` for any other value (kept raw).
    fn read(value: &Value) -> Option<Langs> {
        let map = value.as_object()?;
        let mut langs = Vec::new();
        for (lang, text) in map {
            langs.push((lang.clone(), text.as_str()?.to_owned()));
        }
        let mut langs = Langs(langs);
        for lang in LANGS {
            if !langs.0.iter().any(|(l, _)| l == lang) {
                langs.0.push((lang.to_owned(), String::new()));
            }
        }
        Some(langs)
    }

    /// The non-blank languages, in order.
    fn write(&self, w: &mut JsonOut) {
        w.begin_object();
        for (lang, text) in self.0.iter().filter(|(_, t)| !t.trim().is_empty()) {
            w.string_member(lang, text);
        }
        w.end_object();
    }
}

/// Members kept as the file had them: those without a field, and those
/// whose value a field cannot hold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Kept(Vec<(String, Value)>);

impl Kept {
    fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn keep(&mut self, key: &str, value: &Value) {
        self.0.push((key.to_owned(), value.clone()));
    }

    /// The members that are not one of `fields`, in the file's order.
    fn others<'a>(&'a self, fields: &'a [&str]) -> impl Iterator<Item = &'a (String, Value)> {
        self.0.iter().filter(|(k, _)| !fields.contains(&k.as_str()))
    }
}

/// A link of the event.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LinkForm {
    pub label: Langs,
    pub url: String,
    kept: Kept,
}

/// The event's online link (`event.online`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OnlineForm {
    pub url: String,
    pub label: Langs,
    /// Whole minutes, as typed.
    pub opens_minutes_before: String,
    kept: Kept,
}

impl OnlineForm {
    /// Whether nothing is typed or kept: then the file has no `online`.
    fn is_blank(&self) -> bool {
        self.url.trim().is_empty()
            && self.label.is_blank()
            && self.opens_minutes_before.trim().is_empty()
            && self.kept.0.is_empty()
    }
}

/// The event's fields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventForm {
    pub title: Langs,
    /// An IANA zone name.
    pub timezone: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub info: Langs,
    /// The announcement of the moment.
    pub notice: Langs,
    pub links: Vec<LinkForm>,
    /// Where to follow the event online.
    pub online: OnlineForm,
    kept: Kept,
}

/// One item's fields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ItemForm {
    pub id: String,
    /// One of [`KINDS`], another kind as written, or `""`.
    pub kind: String,
    /// `HH:MM` (or RFC 3339).
    pub start: String,
    pub end: String,
    /// Whole minutes, as typed.
    pub delay_minutes: String,
    /// One speaker a line, as [`speaker_line`] writes them.
    pub speakers: String,
    pub title: Langs,
    pub abstract_: Langs,
    pub room: String,
    kept: Kept,
}

/// The whole file being edited.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Form {
    pub event: EventForm,
    pub items: Vec<ItemForm>,
    kept: Kept,
}

const ROOT_FIELDS: [&str; 3] = ["version", "event", "sessions"];
const EVENT_FIELDS: [&str; 7] = [
    "title", "timezone", "date", "info", "notice", "links", "online",
];
const LINK_FIELDS: [&str; 2] = ["label", "url"];
/// `event.online`'s fields, each a field of the form.
pub const ONLINE_FIELDS: [&str; 3] = ["url", "label", "opens_minutes_before"];
/// An item's fields, in the order the file writes them.
const ITEM_FIELDS: [&str; 9] = [
    "id",
    "kind",
    "start",
    "end",
    "delay_minutes",
    "speakers",
    "title",
    "abstract",
    "room",
];

/// A string field's value: a string as it is, a number as its text (what
/// one would type); anything else is kept raw.
fn string_field(obj: &Map, key: &str, kept: &mut Kept) -> String {
    match obj.get(key) {
        None => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(value) => {
            kept.keep(key, value);
            String::new()
        }
    }
}

fn langs_field(obj: &Map, key: &str, kept: &mut Kept) -> Langs {
    match obj.get(key) {
        None => Langs::new(),
        Some(value) => Langs::read(value).unwrap_or_else(|| {
            kept.keep(key, value);
            Langs::new()
        }),
    }
}

/// The members of `obj` that are not `fields`, kept.
fn keep_others(obj: &Map, fields: &[&str], kept: &mut Kept) {
    for (key, value) in obj {
        if !fields.contains(&key.as_str()) {
            kept.keep(key, value);
        }
    }
}

impl Form {
    /// A new programme: one item, the welcome, in `timezone` on `date`.
    pub fn new_programme(timezone: &str, date: &str) -> Form {
        let mut form = Form {
            event: EventForm {
                title: Langs::new(),
                timezone: timezone.to_owned(),
                date: date.to_owned(),
                info: Langs::new(),
                notice: Langs::new(),
                ..EventForm::default()
            },
            ..Form::default()
        };
        form.add_item(None);
        form.items[0].kind = "welcome".to_owned();
        form
    }

    /// The form of a parsed v1 file (valid or not): `None` when `root` is
    /// not an object with `sessions` (a frab / pretalx `schedule.json`,
    /// which the editor imports through the loader instead).
    pub fn from_value(root: &Value) -> Option<Form> {
        let obj = root.as_object()?;
        let Some(Value::Array(sessions)) = obj.get("sessions") else {
            return None;
        };
        let mut kept = Kept::default();
        keep_others(obj, &["event", "sessions"], &mut kept);
        let event = match obj.get("event") {
            Some(Value::Object(event)) => read_event(event),
            Some(other) => {
                kept.keep("event", other);
                EventForm::default()
            }
            None => EventForm::default(),
        };
        let items = sessions.iter().map(read_item).collect();
        Some(Form { event, items, kept })
    }

    /// The v1 file the form makes, laid out as [`super::write()`] lays
    /// it out; a blank field is left out (the loader says so of a
    /// required one, at its path).
    pub fn text(&self) -> String {
        let mut w = JsonOut::default();
        w.begin_object();
        match self.kept.get("version") {
            Some(version) => w.key("version").value(version),
            None => w.key("version").int(1),
        };
        w.key("event");
        match self.kept.get("event") {
            Some(raw) => {
                w.value(raw);
            }
            None => write_event(&mut w, &self.event),
        }
        w.key("sessions").begin_array();
        for item in &self.items {
            write_item(&mut w, item);
        }
        w.end_array();
        for (key, value) in self.kept.others(&ROOT_FIELDS) {
            w.key(key).value(value);
        }
        w.end_object();
        w.finish()
    }

    /// The paths of the form's fields (`event.title`, `sessions[2].start`),
    /// where [`problems_at`] places a problem. Every item's own path
    /// (`sessions[2]`) is one too: what concerns the item as a whole.
    pub fn field_paths(&self) -> Vec<String> {
        let mut paths: Vec<String> = EVENT_FIELDS.iter().map(|f| event_path(f)).collect();
        paths.extend(ONLINE_FIELDS.iter().map(|f| online_path(f)));
        for i in 0..self.items.len() {
            paths.push(item_base(i));
            paths.extend(ITEM_FIELDS.iter().map(|f| item_path(i, f)));
        }
        paths
    }

    /// Adds a new item after `after` (at the end for `None`): a talk that
    /// starts when the item before it ends (or starts), with an id no
    /// other item has. Returns its index.
    pub fn add_item(&mut self, after: Option<usize>) -> usize {
        let at = after.map_or(self.items.len(), |i| (i + 1).min(self.items.len()));
        let start = at
            .checked_sub(1)
            .and_then(|i| self.items.get(i))
            .map(|before| {
                if before.end.trim().is_empty() {
                    before.start.clone()
                } else {
                    before.end.clone()
                }
            })
            .unwrap_or_default();
        let item = ItemForm {
            id: self.fresh_id(),
            kind: "talk".to_owned(),
            start,
            title: Langs::new(),
            abstract_: Langs::new(),
            ..ItemForm::default()
        };
        self.items.insert(at, item);
        at
    }

    /// Removes item `i` (nothing if there is none).
    pub fn remove_item(&mut self, i: usize) {
        if i < self.items.len() {
            self.items.remove(i);
        }
    }

    /// Moves item `i` one place earlier (`up`) or later in the file; the
    /// order matters where times are equal, and to whoever reads the file.
    pub fn move_item(&mut self, i: usize, up: bool) {
        let j = if up { i.checked_sub(1) } else { Some(i + 1) };
        if let Some(j) = j.filter(|&j| j < self.items.len() && i < self.items.len()) {
            self.items.swap(i, j);
        }
    }

    /// `item-N` for the smallest N ≥ the number of items + 1 no item has.
    fn fresh_id(&self) -> String {
        (self.items.len() + 1..)
            .map(|n| format!("item-{n}"))
            .find(|id| !self.items.iter().any(|item| item.id == *id))
            .expect("an unused number")
    }
}

fn read_event(obj: &Map) -> EventForm {
    let mut kept = Kept::default();
    keep_others(obj, &EVENT_FIELDS, &mut kept);
    let links = match obj.get("links") {
        Some(Value::Array(links)) if links.iter().all(|l| l.as_object().is_some()) => links
            .iter()
            .filter_map(Value::as_object)
            .map(read_link)
            .collect(),
        Some(other) => {
            kept.keep("links", other);
            Vec::new()
        }
        None => Vec::new(),
    };
    let online = match obj.get("online") {
        Some(Value::Object(online)) => read_online(online),
        Some(other) => {
            kept.keep("online", other);
            OnlineForm::default()
        }
        None => OnlineForm::default(),
    };
    EventForm {
        title: langs_field(obj, "title", &mut kept),
        timezone: string_field(obj, "timezone", &mut kept),
        date: string_field(obj, "date", &mut kept),
        info: langs_field(obj, "info", &mut kept),
        notice: langs_field(obj, "notice", &mut kept),
        links,
        online,
        kept,
    }
}

fn read_online(obj: &Map) -> OnlineForm {
    let mut kept = Kept::default();
    keep_others(obj, &ONLINE_FIELDS, &mut kept);
    OnlineForm {
        url: string_field(obj, "url", &mut kept),
        label: langs_field(obj, "label", &mut kept),
        opens_minutes_before: number_field(obj, "opens_minutes_before", &mut kept),
        kept,
    }
}

fn read_link(obj: &Map) -> LinkForm {
    let mut kept = Kept::default();
    keep_others(obj, &LINK_FIELDS, &mut kept);
    LinkForm {
        label: langs_field(obj, "label", &mut kept),
        url: string_field(obj, "url", &mut kept),
        kept,
    }
}

fn read_item(value: &Value) -> ItemForm {
    let mut kept = Kept::default();
    let Some(obj) = value.as_object() else {
        // Not an object at all: kept whole, written back as it was.
        kept.keep("", value);
        return ItemForm {
            kept,
            ..ItemForm::default()
        };
    };
    keep_others(obj, &ITEM_FIELDS, &mut kept);
    let delay_minutes = number_field(obj, "delay_minutes", &mut kept);
    let lines: Option<Vec<String>> = match obj.get("speakers") {
        Some(Value::Array(speakers)) => speakers.iter().map(speaker_of_value).collect(),
        _ => None,
    };
    let speakers = match (lines, obj.get("speakers")) {
        (Some(lines), _) => lines.join("\n"),
        (None, Some(other)) => {
            kept.keep("speakers", other);
            String::new()
        }
        (None, None) => String::new(),
    };
    ItemForm {
        id: string_field(obj, "id", &mut kept),
        kind: string_field(obj, "kind", &mut kept),
        start: string_field(obj, "start", &mut kept),
        end: string_field(obj, "end", &mut kept),
        delay_minutes,
        speakers,
        title: langs_field(obj, "title", &mut kept),
        abstract_: langs_field(obj, "abstract", &mut kept),
        room: string_field(obj, "room", &mut kept),
        kept,
    }
}

/// A number field's value: a number as its text; anything else (a string
/// too: typed again it would become a number) is kept as it was.
fn number_field(obj: &Map, key: &str, kept: &mut Kept) -> String {
    match obj.get(key) {
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => {
            kept.keep(key, other);
            String::new()
        }
        None => String::new(),
    }
}

/// A speaker of the file as a line of the field, when the line says all
/// it said: a name, or an object of `name`, `affiliation` and `url`
/// strings that [`parse_speaker_line`] reads back the same. Anything else
/// (another member, a blank affiliation, a name ending in parentheses
/// that the line would read as an affiliation) keeps the speakers as the
/// file had them.
fn speaker_of_value(value: &Value) -> Option<String> {
    let speaker = match value {
        Value::String(name) => Speaker::named(name.as_str()),
        Value::Object(obj) => {
            let text = |key: &str| match obj.get(key) {
                None => Some(None),
                Some(Value::String(s)) => Some(Some(s.clone())),
                Some(_) => None,
            };
            if obj
                .iter()
                .any(|(k, _)| !["name", "affiliation", "url"].contains(&k.as_str()))
            {
                return None;
            }
            Speaker {
                name: text("name")??,
                affiliation: text("affiliation")?,
                url: text("url")?,
            }
        }
        _ => return None,
    };
    let line = speaker_line(&speaker);
    (parse_speaker_line(&line).as_ref() == Some(&speaker)).then_some(line)
}

/// A speaker as a line of the speakers' field: `Name`, `Name
/// (Affiliation)` as the widget shows them, then the address of a page
/// about them if there is one.
pub fn speaker_line(speaker: &Speaker) -> String {
    let mut line = speaker.name.clone();
    if let Some(affiliation) = &speaker.affiliation {
        line.push_str(" (");
        line.push_str(affiliation);
        line.push(')');
    }
    if let Some(url) = &speaker.url {
        line.push(' ');
        line.push_str(url);
    }
    line
}

/// A line of the speakers' field (or a spreadsheet's speakers cell) as a
/// speaker: a last word that is a web address is their page, and a last
/// parenthesis their affiliation (`Ada Lovelace (Analytical Engines)
/// https://…`). `None` for a blank line.
pub fn parse_speaker_line(line: &str) -> Option<Speaker> {
    let mut rest = line.trim();
    if rest.is_empty() {
        return None;
    }
    let mut url = None;
    if let Some((before, last)) = rest.rsplit_once(char::is_whitespace) {
        let lower = last.to_ascii_lowercase();
        if lower.starts_with("https://") || lower.starts_with("http://") {
            url = Some(last.to_owned());
            rest = before.trim_end();
        }
    }
    let mut affiliation = None;
    if let Some(inner) = rest.strip_suffix(')') {
        // The parenthesis that opens the last one, nested ones skipped.
        let mut depth = 0usize;
        let open = inner.char_indices().rev().find_map(|(i, c)| match c {
            ')' => {
                depth += 1;
                None
            }
            '(' if depth == 0 => Some(i),
            '(' => {
                depth -= 1;
                None
            }
            _ => None,
        });
        if let Some(i) = open {
            let (name, inside) = (inner[..i].trim_end(), inner[i + 1..].trim());
            if !name.is_empty() && !inside.is_empty() {
                affiliation = Some(inside.to_owned());
                rest = name;
            }
        }
    }
    Some(Speaker {
        name: rest.to_owned(),
        affiliation,
        url,
    })
}

/// A typed number is written as one (the loader then says if it is not
/// whole or out of range); a typed word as a string, so that the loader
/// says a number is expected there.
fn number_member(w: &mut JsonOut, kept: &Kept, key: &str, typed: &str) {
    let typed = typed.trim();
    if is_json_number(typed) {
        w.key(key).literal(typed);
    } else {
        string_member(w, kept, key, typed);
    }
}

/// `key` with the field's value if typed, else the file's own value if
/// kept, else nothing: a blank field is an absent member (the loader says
/// so of a required one, at its path).
fn string_member(w: &mut JsonOut, kept: &Kept, key: &str, value: &str) {
    if !value.trim().is_empty() {
        w.string_member(key, value);
    } else if let Some(raw) = kept.get(key) {
        w.key(key).value(raw);
    }
}

fn langs_member(w: &mut JsonOut, kept: &Kept, key: &str, langs: &Langs) {
    if !langs.is_blank() {
        w.key(key);
        langs.write(w);
    } else if let Some(raw) = kept.get(key) {
        w.key(key).value(raw);
    }
}

fn write_event(w: &mut JsonOut, event: &EventForm) {
    let kept = &event.kept;
    w.begin_object();
    langs_member(w, kept, "title", &event.title);
    string_member(w, kept, "timezone", &event.timezone);
    string_member(w, kept, "date", &event.date);
    langs_member(w, kept, "info", &event.info);
    langs_member(w, kept, "notice", &event.notice);
    if !event.links.is_empty() {
        w.key("links").begin_array();
        for link in &event.links {
            w.begin_object();
            langs_member(w, &link.kept, "label", &link.label);
            string_member(w, &link.kept, "url", &link.url);
            for (key, value) in link.kept.others(&LINK_FIELDS) {
                w.key(key).value(value);
            }
            w.end_object();
        }
        w.end_array();
    } else if let Some(raw) = kept.get("links") {
        w.key("links").value(raw);
    }
    let online = &event.online;
    if !online.is_blank() {
        w.key("online").begin_object();
        string_member(w, &online.kept, "url", &online.url);
        langs_member(w, &online.kept, "label", &online.label);
        number_member(
            w,
            &online.kept,
            "opens_minutes_before",
            &online.opens_minutes_before,
        );
        for (key, value) in online.kept.others(&ONLINE_FIELDS) {
            w.key(key).value(value);
        }
        w.end_object();
    } else if let Some(raw) = kept.get("online") {
        w.key("online").value(raw);
    }
    for (key, value) in kept.others(&EVENT_FIELDS) {
        w.key(key).value(value);
    }
    w.end_object();
}

fn write_item(w: &mut JsonOut, item: &ItemForm) {
    if let Some(raw) = item.kept.get("") {
        w.value(raw);
        return;
    }
    let kept = &item.kept;
    w.begin_object();
    string_member(w, kept, "id", &item.id);
    string_member(w, kept, "kind", &item.kind);
    string_member(w, kept, "start", &item.start);
    string_member(w, kept, "end", &item.end);
    number_member(w, kept, "delay_minutes", &item.delay_minutes);
    let speakers: Vec<Speaker> = item
        .speakers
        .lines()
        .filter_map(parse_speaker_line)
        .collect();
    if !speakers.is_empty() {
        w.key("speakers").begin_array();
        for speaker in &speakers {
            write_speaker(w, speaker);
        }
        w.end_array();
    } else if let Some(raw) = kept.get("speakers") {
        w.key("speakers").value(raw);
    }
    langs_member(w, kept, "title", &item.title);
    langs_member(w, kept, "abstract", &item.abstract_);
    string_member(w, kept, "room", &item.room);
    for (key, value) in kept.others(&ITEM_FIELDS) {
        w.key(key).value(value);
    }
    w.end_object();
}

/// Whether `s` is a JSON number (`-12`, `10.5`, `1e3`): RFC 8259's grammar.
fn is_json_number(s: &str) -> bool {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let s = s.strip_prefix('-').unwrap_or(s);
    let int = digits(s);
    if int == 0 || (int > 1 && s.starts_with('0')) {
        return false;
    }
    let mut rest = &s[int..];
    if let Some(frac) = rest.strip_prefix('.') {
        let n = digits(frac);
        if n == 0 {
            return false;
        }
        rest = &frac[n..];
    }
    if let Some(exp) = rest.strip_prefix(['e', 'E']) {
        let exp = exp.strip_prefix(['+', '-']).unwrap_or(exp);
        let n = digits(exp);
        if n == 0 {
            return false;
        }
        rest = &exp[n..];
    }
    rest.is_empty()
}

/// `event.<field>`.
pub fn event_path(field: &str) -> String {
    format!("event.{field}")
}

/// `event.online.<field>`.
pub fn online_path(field: &str) -> String {
    format!("event.online.{field}")
}

/// `sessions[i]`.
pub fn item_base(i: usize) -> String {
    format!("sessions[{i}]")
}

/// `sessions[i].<field>`.
pub fn item_path(i: usize, field: &str) -> String {
    format!("sessions[{i}].{field}")
}

/// Whether a problem at `problem_path` belongs to the field at `field`:
/// the field itself or a part of it (`event.title.fr`, `event.links[0]`),
/// never a longer name (`sessions[1]` is not `sessions[10]`'s).
pub fn is_at(problem_path: &str, field: &str) -> bool {
    match problem_path.strip_prefix(field) {
        Some("") => true,
        Some(rest) => rest.starts_with('.') || rest.starts_with('['),
        None => false,
    }
}

/// The field of `fields` (the form's [`Form::field_paths`]) a problem at
/// `problem_path` is shown at; `None` when it goes to the form's general
/// list. An item's own path takes only what concerns the item as a whole.
pub fn field_of<'a>(problem_path: &str, fields: &'a [String]) -> Option<&'a str> {
    fields
        .iter()
        .filter(|field| {
            if field.ends_with(']') {
                problem_path == field.as_str()
            } else {
                is_at(problem_path, field)
            }
        })
        .map(String::as_str)
        .max_by_key(|field| field.len())
}
