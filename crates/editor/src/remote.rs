//! The editor's WordPress connection, decided without a browser: what the
//! page's URL fragment says (the REST URL of the programme, the nonce, the
//! view, the language, a preview clock), and what an answer of the
//! plugin's REST API means (saved with warnings, refused with its
//! problems, forbidden, failed). `store` (wasm only) makes the requests;
//! the views show what these functions decide.
//!
//! The fragment (`dist/editor/index.html#…`, written by the plugin's
//! screens, never sent to a server by the browser):
//! `rest=<url-encoded programme URL, …/wp-json/live-agenda/v1/programmes/<slug>>`
//! `&nonce=<wp_rest nonce>[&view=live][&lang=fr|en][&now=<RFC 3339 or HH:MM>]`.

use live_agenda_core::i18n::editor::{remote_text, save_failed, RemoteMsg};
use live_agenda_core::i18n::Lang;
use live_agenda_core::programme::{JsonParser, Value};

/// Which of the editor's views the fragment asks for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The whole editor (the form).
    #[default]
    Editor,
    /// The live controls for a phone during the event.
    Live,
}

/// The editor's connection to WordPress, read from the fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Remote {
    /// The programme's REST URL (GET to read, PUT to save).
    pub rest: String,
    /// The `wp_rest` nonce, sent as `X-WP-Nonce` with each write.
    pub nonce: String,
    pub view: View,
    /// The language asked for (the WordPress user's), if any.
    pub lang: Option<Lang>,
    /// A preview clock's start (`now=`), for rehearsals and tests.
    pub now: Option<String>,
}

/// The connection the fragment `fragment` (with or without its `#`)
/// describes, or `None` when it names no programme: the editor then runs
/// standalone. A `rest` that is neither a root-relative path nor an
/// `http(s)` URL is ignored (a `javascript:` or a `data:` URL is no
/// programme); the browser side also keeps it to the page's own origin.
pub fn parse_fragment(fragment: &str) -> Option<Remote> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let (mut rest, mut nonce, mut view, mut lang, mut now) = (None, None, View::Editor, None, None);
    for pair in fragment.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(value)?;
        match key {
            "rest" => rest = Some(value),
            "nonce" => nonce = Some(value),
            "view" if value == "live" => view = View::Live,
            "lang" => lang = Lang::parse(&value),
            "now" if !value.is_empty() => now = Some(value),
            _ => {}
        }
    }
    let rest = rest.filter(|r| is_programme_url(r))?;
    Some(Remote {
        rest,
        nonce: nonce.unwrap_or_default(),
        view,
        lang,
        now,
    })
}

/// Root-relative (`/wp-json/…`, not `//host/…`) or `http(s)://…`.
fn is_programme_url(url: &str) -> bool {
    (url.starts_with('/') && !url.starts_with("//"))
        || url.starts_with("https://")
        || url.starts_with("http://")
}

/// Is `url` (as the fragment gave it) on the page's own `origin`
/// (`https://example.org`)? Only then may the editor send its login
/// cookie and nonce there.
pub fn same_origin(url: &str, origin: &str) -> bool {
    if url.starts_with('/') && !url.starts_with("//") {
        return true;
    }
    url.strip_prefix(origin)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// `%XX` and `+` decoded (what `URLSearchParams` writes); `None` on a
/// broken escape or bytes that are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// A problem as the plugin reports it: `{"path", "message"}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemoteProblem {
    pub path: String,
    pub message: String,
}

impl RemoteProblem {
    /// `path: message` (the message alone without a path), as
    /// `check-programme` prints it.
    pub fn line(&self) -> String {
        if self.path.is_empty() {
            self.message.clone()
        } else {
            format!("{}: {}", self.path, self.message)
        }
    }
}

/// What a PUT of the programme came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Stored (200, or 201 created): a revision, the static file rewritten;
    /// the checker's warnings.
    Saved {
        created: bool,
        warnings: Vec<RemoteProblem>,
    },
    /// Refused by the checker or the plugin (400, 409, 413…): each problem.
    Refused {
        status: u16,
        problems: Vec<RemoteProblem>,
    },
    /// 401 or 403: no login, an expired nonce, or no right to it.
    Forbidden { status: u16 },
    /// 412: the stored programme is no longer the one this page opened
    /// (someone else saved meanwhile); nothing was written.
    Changed,
    /// No answer (`status` None), or one that says nothing usable (a 500,
    /// a proxy's page): the detail is what there was to say.
    Failed { status: Option<u16>, detail: String },
}

/// The meaning of the plugin's answer `status` + `body` to a PUT.
pub fn save_outcome(status: u16, body: &str, json: &dyn JsonParser) -> SaveOutcome {
    let parsed = json.parse(body).ok();
    let list = |key: &str| parsed.as_ref().and_then(|v| problems(v.get(key)?));
    match status {
        200 | 201 => SaveOutcome::Saved {
            created: status == 201,
            warnings: list("warnings").unwrap_or_default(),
        },
        401 | 403 => SaveOutcome::Forbidden { status },
        412 => SaveOutcome::Changed,
        _ => match list("errors").filter(|p| !p.is_empty()) {
            // The plugin's own refusals carry their problems; a 503 (no
            // checker on this server) too, with the reason.
            Some(problems) => SaveOutcome::Refused { status, problems },
            None => SaveOutcome::Failed {
                status: Some(status),
                // WordPress's own errors are {"code", "message"}.
                detail: parsed
                    .as_ref()
                    .and_then(|v| v.get("message")?.as_str().map(str::to_owned))
                    .unwrap_or_default(),
            },
        },
    }
}

fn problems(value: &Value) -> Option<Vec<RemoteProblem>> {
    let Value::Array(items) = value else {
        return None;
    };
    Some(
        items
            .iter()
            .map(|p| RemoteProblem {
                path: p
                    .get("path")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned(),
                message: p
                    .get("message")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned(),
            })
            .collect(),
    )
}

/// Which stored version a save replaces, sent as its precondition so that
/// two people saving at once never overwrite each other unknowingly: the
/// plugin answers 412 when the stored programme is no longer this one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Version {
    /// The stored text this page opened or last saved: its `ETag`.
    Stored(String),
    /// None was stored when the page opened (a 404): saving creates it,
    /// unless someone created it meanwhile.
    Absent,
    /// Unknown (an answer without `ETag`), or the person chose to save
    /// over whatever is stored: no precondition.
    #[default]
    Any,
}

impl Version {
    /// The header a PUT carries for this version, if any.
    pub fn precondition(&self) -> Option<(&'static str, &str)> {
        match self {
            Version::Stored(etag) => Some(("If-Match", etag)),
            Version::Absent => Some(("If-None-Match", "*")),
            Version::Any => None,
        }
    }

    /// The version an answer's `ETag` header names (a GET's or a
    /// successful PUT's): `Any` when it has none.
    pub fn from_etag(etag: Option<String>) -> Version {
        etag.filter(|e| !e.trim().is_empty())
            .map_or(Version::Any, Version::Stored)
    }
}

/// What a GET of the programme came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadOutcome {
    /// The stored text.
    Text(String),
    /// 404: no such programme yet; saving creates it.
    New,
    /// Anything else (`None`: no answer).
    Failed(Option<u16>),
}

/// The meaning of the plugin's answer to a GET.
pub fn load_outcome(status: u16, body: String) -> LoadOutcome {
    match status {
        200 => LoadOutcome::Text(body),
        404 => LoadOutcome::New,
        _ => LoadOutcome::Failed(Some(status)),
    }
}

/// Where a save stands, for the status line (`[data-save-status]`,
/// `[data-live-status]`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing sent yet.
    #[default]
    Idle,
    /// A request is under way.
    Saving,
    /// The last request's outcome.
    Done(SaveOutcome),
}

impl SaveState {
    /// The last save failed in a way that sending again may fix (no
    /// answer, a server error): offer "Try again". A refusal needs a
    /// change first; a 403, a reload.
    pub fn can_retry(&self) -> bool {
        matches!(self, SaveState::Done(SaveOutcome::Failed { .. }))
    }

    /// Is a request under way (the buttons wait)?
    pub fn busy(&self) -> bool {
        matches!(self, SaveState::Saving)
    }

    /// The state says something went wrong (the status is then an alert).
    pub fn is_error(&self) -> bool {
        matches!(
            self,
            SaveState::Done(
                SaveOutcome::Refused { .. }
                    | SaveOutcome::Forbidden { .. }
                    | SaveOutcome::Changed
                    | SaveOutcome::Failed { .. }
            )
        )
    }
}

/// The status line and the problems under it, in `lang`; `saved` is what
/// a success says (the editor's "Saved: open pages follow…", or the live
/// controls' "+10 min from …"), `changed` what a 412 does there (the
/// editor keeps this version and asks; the live controls show the latest).
/// Every failure says that nothing typed is lost.
pub fn status_lines(
    lang: Lang,
    state: &SaveState,
    saved: &str,
    changed: RemoteMsg,
) -> (String, Vec<String>) {
    let say = |m| remote_text(lang, m).to_owned();
    let kept = say(RemoteMsg::KeptForRetry);
    let lines = |list: &[RemoteProblem]| list.iter().map(RemoteProblem::line).collect();
    match state {
        SaveState::Idle => (String::new(), Vec::new()),
        SaveState::Saving => (say(RemoteMsg::Saving), Vec::new()),
        SaveState::Done(SaveOutcome::Saved { warnings, .. }) if warnings.is_empty() => {
            (saved.to_owned(), Vec::new())
        }
        SaveState::Done(SaveOutcome::Saved { warnings, .. }) => (
            format!("{saved} {}", say(RemoteMsg::SavedWarnings)),
            lines(warnings),
        ),
        SaveState::Done(SaveOutcome::Refused { problems, .. }) => (
            format!("{} {kept}", say(RemoteMsg::Refused)),
            lines(problems),
        ),
        SaveState::Done(SaveOutcome::Forbidden { .. }) => {
            (format!("{} {kept}", say(RemoteMsg::Forbidden)), Vec::new())
        }
        SaveState::Done(SaveOutcome::Changed) => (say(changed), Vec::new()),
        SaveState::Done(SaveOutcome::Failed { status, detail }) => (
            format!("{} {kept}", save_failed(lang, *status, detail)),
            Vec::new(),
        ),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use live_agenda_core::programme::SerdeJson;

    const REST: &str =
        "http%3A%2F%2F127.0.0.1%3A8181%2Fwp-json%2Flive-agenda%2Fv1%2Fprogrammes%2Fatelier";

    #[test]
    fn the_plugins_fragment_gives_the_url_nonce_view_language_and_clock() {
        let remote = parse_fragment(&format!(
            "#rest={REST}&nonce=0a1b2c3d4e&view=live&lang=en&now=2022-11-24T14%3A20%3A00%2B01%3A00"
        ))
        .unwrap();
        assert_eq!(
            remote,
            Remote {
                rest: "http://127.0.0.1:8181/wp-json/live-agenda/v1/programmes/atelier".into(),
                nonce: "0a1b2c3d4e".into(),
                view: View::Live,
                lang: Some(Lang::En),
                now: Some("2022-11-24T14:20:00+01:00".into()),
            }
        );
    }

    #[test]
    fn without_view_it_is_the_editor_and_unknown_keys_are_ignored() {
        let remote = parse_fragment("rest=%2Fwp-json%2Fx&nonce=n&foo=bar&lang=de").unwrap();
        assert_eq!(remote.rest, "/wp-json/x");
        assert_eq!(
            (remote.view, remote.lang, remote.now),
            (View::Editor, None, None)
        );
    }

    #[test]
    fn no_programme_url_means_standalone() {
        assert_eq!(parse_fragment(""), None);
        assert_eq!(parse_fragment("#item-3"), None);
        assert_eq!(parse_fragment("nonce=abc"), None);
        // Not a programme's URL: never fetched, never sent the nonce.
        assert_eq!(parse_fragment("rest=javascript%3Aalert(1)&nonce=x"), None);
        assert_eq!(parse_fragment("rest=%2F%2Fevil.example%2Fx&nonce=x"), None);
        // A broken escape is no URL either.
        assert_eq!(parse_fragment("rest=%2Fwp%2&nonce=x"), None);
    }

    #[test]
    fn the_nonce_goes_only_to_the_pages_own_origin() {
        let origin = "http://127.0.0.1:8181";
        assert!(same_origin("/wp-json/live-agenda/v1/programmes/a", origin));
        assert!(same_origin("http://127.0.0.1:8181/wp-json/x", origin));
        assert!(!same_origin("http://127.0.0.1:8181.evil.example/x", origin));
        assert!(!same_origin("https://127.0.0.1:8181/x", origin));
        assert!(!same_origin("//evil.example/x", origin));
    }

    #[test]
    fn a_saved_answer_gives_the_checkers_warnings() {
        let body = r#"{"slug":"a","warnings":[{"path":"sessions[1].end","message":"ends late"}]}"#;
        assert_eq!(
            save_outcome(200, body, &SerdeJson),
            SaveOutcome::Saved {
                created: false,
                warnings: vec![RemoteProblem {
                    path: "sessions[1].end".into(),
                    message: "ends late".into()
                }]
            }
        );
        assert_eq!(
            save_outcome(201, r#"{"slug":"a","warnings":[]}"#, &SerdeJson),
            SaveOutcome::Saved {
                created: true,
                warnings: vec![]
            }
        );
    }

    #[test]
    fn a_refusal_gives_each_problem_with_its_path() {
        let body = r#"{"errors":[{"path":"sessions[2].start","message":"not a time"},{"path":"","message":"whole file"}]}"#;
        let SaveOutcome::Refused { status, problems } = save_outcome(400, body, &SerdeJson) else {
            panic!("not refused");
        };
        assert_eq!(status, 400);
        let lines: Vec<String> = problems.iter().map(RemoteProblem::line).collect();
        assert_eq!(lines, ["sessions[2].start: not a time", "whole file"]);
        // No checker on the server: refused too, with the reason.
        let body = r#"{"errors":[{"path":"","message":"proc_open is disabled"}]}"#;
        assert!(matches!(
            save_outcome(503, body, &SerdeJson),
            SaveOutcome::Refused { status: 503, .. }
        ));
    }

    #[test]
    fn an_expired_nonce_is_forbidden_and_a_bare_server_error_is_a_failure() {
        let wp = r#"{"code":"rest_cookie_invalid_nonce","message":"Cookie check failed","data":{"status":403}}"#;
        assert_eq!(
            save_outcome(403, wp, &SerdeJson),
            SaveOutcome::Forbidden { status: 403 }
        );
        assert_eq!(
            save_outcome(500, "<html>Internal Server Error</html>", &SerdeJson),
            SaveOutcome::Failed {
                status: Some(500),
                detail: String::new()
            }
        );
        assert_eq!(
            save_outcome(500, r#"{"code":"x","message":"Database down"}"#, &SerdeJson),
            SaveOutcome::Failed {
                status: Some(500),
                detail: "Database down".into()
            }
        );
    }

    #[test]
    fn a_missing_programme_is_a_new_one() {
        assert_eq!(
            load_outcome(200, "{}".into()),
            LoadOutcome::Text("{}".into())
        );
        assert_eq!(load_outcome(404, "".into()), LoadOutcome::New);
        assert_eq!(load_outcome(500, "".into()), LoadOutcome::Failed(Some(500)));
    }

    #[test]
    fn the_status_says_each_outcome_and_never_a_failure_silently() {
        let saved = "Saved: open pages follow within a minute.";
        assert_eq!(
            status_lines(Lang::En, &SaveState::Idle, saved, RemoteMsg::Changed).0,
            ""
        );
        assert_eq!(
            status_lines(Lang::En, &SaveState::Saving, saved, RemoteMsg::Changed).0,
            "Saving…"
        );
        let ok = SaveState::Done(SaveOutcome::Saved {
            created: false,
            warnings: vec![],
        });
        assert_eq!(
            status_lines(Lang::En, &ok, saved, RemoteMsg::Changed),
            (saved.to_owned(), vec![])
        );
        let refused = SaveState::Done(SaveOutcome::Refused {
            status: 400,
            problems: vec![RemoteProblem {
                path: "event.timezone".into(),
                message: "missing".into(),
            }],
        });
        let (line, problems) = status_lines(Lang::En, &refused, saved, RemoteMsg::Changed);
        assert!(line.starts_with("Not saved: WordPress refused"), "{line}");
        assert!(line.ends_with("what you typed is kept here."), "{line}");
        assert_eq!(problems, ["event.timezone: missing"]);
        assert!(refused.is_error() && !refused.can_retry());
        let failed = SaveState::Done(SaveOutcome::Failed {
            status: None,
            detail: String::new(),
        });
        let (line, _) = status_lines(Lang::Fr, &failed, saved, RemoteMsg::Changed);
        assert!(line.contains("n’a pas pu être joint"), "{line}");
        assert!(failed.can_retry() && failed.is_error());
        let forbidden = SaveState::Done(SaveOutcome::Forbidden { status: 403 });
        assert!(
            status_lines(Lang::En, &forbidden, saved, RemoteMsg::Changed)
                .0
                .contains("Reload")
        );
        assert!(!forbidden.can_retry());
    }

    #[test]
    fn a_save_says_which_version_it_replaces_and_a_412_is_a_change_elsewhere() {
        let opened = Version::from_etag(Some("\"5d41402a\"".into()));
        assert_eq!(opened.precondition(), Some(("If-Match", "\"5d41402a\"")));
        // Nothing stored when the page opened: saving must not replace one
        // created meanwhile.
        assert_eq!(Version::Absent.precondition(), Some(("If-None-Match", "*")));
        // No ETag in the answer, or "save mine anyway": no precondition.
        assert_eq!(Version::from_etag(None).precondition(), None);
        assert_eq!(Version::from_etag(Some(" ".into())), Version::Any);

        let wp = r#"{"code":"live_agenda_changed","message":"changed","data":{"status":412}}"#;
        assert_eq!(save_outcome(412, wp, &SerdeJson), SaveOutcome::Changed);
        let changed = SaveState::Done(SaveOutcome::Changed);
        let (line, problems) = status_lines(Lang::En, &changed, "Saved.", RemoteMsg::Changed);
        assert!(line.starts_with("Not saved: someone else saved"), "{line}");
        assert!(line.contains("Your version is kept here"), "{line}");
        assert!(problems.is_empty());
        // The live controls show the latest version instead, and say so.
        let (line, _) = status_lines(Lang::En, &changed, "Saved.", RemoteMsg::ChangedReloaded);
        assert!(
            line.contains("Here is its latest version; tap again."),
            "{line}"
        );
        // Not "Try again": sending the same request gets the same 412.
        assert!(changed.is_error() && !changed.can_retry());
    }
}
