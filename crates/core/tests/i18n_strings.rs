//! Every interface string exists in both languages and follows each
//! language's typography.

use live_agenda_core::i18n::{self, kind_label, speakers_label, t, Lang, Msg};
use live_agenda_core::programme::model::Kind;
use live_agenda_core::programme::{Problem, ProblemKind};
use live_agenda_core::sync::{Failure, FETCH_TIMEOUT_MS};

/// Keys whose French and English words are the same.
const SAME_IN_BOTH: &[Msg] = &[Msg::Programme, Msg::KindDiscussion];

#[test]
fn every_key_is_translated_in_both_languages() {
    for &msg in Msg::ALL {
        let (fr, en) = (t(Lang::Fr, msg), t(Lang::En, msg));
        assert!(!fr.trim().is_empty() && !en.trim().is_empty(), "{msg:?}");
        if !SAME_IN_BOTH.contains(&msg) {
            assert_ne!(fr, en, "{msg:?} is not translated");
        }
    }
}

#[test]
fn all_holds_each_key_once() {
    for (i, msg) in Msg::ALL.iter().enumerate() {
        assert!(!Msg::ALL[..i].contains(msg), "{msg:?} twice");
    }
    assert!(Msg::ALL.len() >= 30);
}

#[test]
fn french_strings_use_the_typographic_apostrophe_and_no_bare_space_before_colons() {
    for &msg in Msg::ALL {
        let fr = t(Lang::Fr, msg);
        assert!(!fr.contains('\''), "{msg:?}: {fr}");
        assert!(!fr.contains(" :"), "{msg:?}: {fr}");
        assert!(
            !fr.ends_with('.') && !t(Lang::En, msg).ends_with('.'),
            "{msg:?}"
        );
    }
}

#[test]
fn the_error_title_reads_as_specified() {
    assert_eq!(t(Lang::En, Msg::ErrorTitle), "Could not load the programme");
    assert_eq!(
        t(Lang::Fr, Msg::ErrorTitle),
        "Impossible de charger le programme"
    );
}

#[test]
fn kind_labels_translate_known_kinds_and_keep_others_as_written() {
    let kinds = [
        Kind::Welcome,
        Kind::Talk,
        Kind::Break,
        Kind::Discussion,
        Kind::End,
    ];
    let fr = kinds
        .iter()
        .map(|k| kind_label(Lang::Fr, k))
        .collect::<Vec<_>>();
    let en = kinds
        .iter()
        .map(|k| kind_label(Lang::En, k))
        .collect::<Vec<_>>();
    assert_eq!(fr, ["Accueil", "Exposé", "Pause", "Discussion", "Fin"]);
    assert_eq!(en, ["Welcome", "Talk", "Break", "Discussion", "End"]);
    let poster = Kind::Other("poster session".to_owned());
    assert_eq!(kind_label(Lang::Fr, &poster), "poster session");
}

#[test]
fn speakers_label_agrees_with_the_count() {
    assert_eq!(speakers_label(Lang::En, 1), "Speaker");
    assert_eq!(speakers_label(Lang::En, 2), "Speakers");
    assert_eq!(speakers_label(Lang::Fr, 1), "Intervenant");
    assert_eq!(speakers_label(Lang::Fr, 3), "Intervenants");
}

#[test]
fn my_programme_is_counted_in_both_languages() {
    assert_eq!(i18n::filter_mine(Lang::Fr, 0), "Mon programme");
    assert_eq!(i18n::filter_mine(Lang::En, 3), "My programme (3)");
    assert_eq!(
        i18n::mine_offer(Lang::Fr, 1),
        "Ce lien propose une sélection de 1\u{a0}session"
    );
    assert_eq!(
        i18n::mine_offer(Lang::En, 2),
        "This link brings a selection of 2\u{a0}sessions"
    );
}

#[test]
fn links_and_join_links_are_said_in_words() {
    use live_agenda_core::programme::model::{ItemLink, LinkKind, Text};
    let text = |fr: &str, en: &str| {
        let mut t = Text::single("fr", fr);
        t.insert("en".to_owned(), en.to_owned());
        t
    };
    let slides = ItemLink {
        kind: LinkKind::Slides,
        url: "https://x.example/s.pdf".to_owned(),
        label: None,
    };
    assert_eq!(i18n::link_text(Lang::Fr, &slides).text, "Diapositives");
    let labelled = ItemLink {
        label: Some(text("Transparents", "Handouts")),
        ..slides
    };
    assert_eq!(i18n::link_text(Lang::En, &labelled).text, "Handouts");

    let room_b = text("Salle B", "Room B");
    let join = |label, title, several| i18n::join_text(Lang::En, label, title, several).text;
    assert_eq!(join(None, None, false), "Join online");
    assert_eq!(
        join(None, Some(&room_b), false),
        "Join online",
        "one stream needs no name"
    );
    assert_eq!(join(None, Some(&room_b), true), "Join online · Room B");
    let own = text("Zoom de la chaire", "The chair’s Zoom");
    assert_eq!(join(Some(&own), Some(&room_b), true), "The chair’s Zoom");
}

#[test]
fn a_days_short_name_for_the_switch() {
    use live_agenda_core::programme::model::CivilDate;
    let date = |month, day| CivilDate {
        year: 2024,
        month,
        day,
    };
    assert_eq!(i18n::day_label(Lang::Fr, date(6, 12)), "mer. 12 juin");
    assert_eq!(i18n::day_label(Lang::Fr, date(2, 1)), "jeu. 1 févr.");
    assert_eq!(i18n::day_label(Lang::En, date(6, 12)), "Wed 12 Jun");
}

#[test]
fn messages_with_values() {
    assert_eq!(
        i18n::times_in_zone(Lang::En, "Europe/Paris"),
        "Times in Europe/Paris"
    );
    assert_eq!(
        i18n::times_in_zone(Lang::Fr, "Europe/Paris"),
        "Fuseau horaire\u{a0}: Europe/Paris"
    );
    assert_eq!(
        i18n::offline_copy(Lang::En, 12),
        "Offline: programme as of 12\u{a0}min ago"
    );
    assert_eq!(
        i18n::offline_copy(Lang::Fr, 65),
        "Hors ligne\u{a0}: programme d’il y a 1\u{a0}h\u{a0}05"
    );
}

/// `[data-error]` as the screen shows it, for every kind of failure: the
/// lead names the file and says why in the interface language; an invalid
/// file lists its errors (not its warnings), each with its path.
#[test]
fn every_failure_is_said_in_both_languages_naming_the_file() {
    let url = "/wp-content/uploads/programme.json";
    let problems = vec![
        Problem::new("sessions[1].start", ProblemKind::MissingField),
        Problem::new("sessions[2].id", ProblemKind::Blank),
        Problem::new("", ProblemKind::NoItems),
    ];
    let all = [
        Failure::Network("Failed to fetch".to_owned()),
        Failure::Network(String::new()),
        Failure::Timeout,
        Failure::Http(404),
        Failure::Http(500),
        Failure::Http(403),
        Failure::Http(304),
        Failure::NotJson,
        Failure::Invalid(problems),
    ];
    let mut seen = std::collections::HashSet::new();
    for failure in &all {
        let (en, fr) = (
            i18n::error_message(Lang::En, url, failure),
            i18n::error_message(Lang::Fr, url, failure),
        );
        assert!(
            en.lead.contains(url) && fr.lead.contains(url),
            "{failure:?}"
        );
        assert_ne!(en.lead, fr.lead, "{failure:?}");
        assert!(seen.insert(en.lead.clone()), "repeated: {}", en.lead);
    }
    let en = |f: &Failure| i18n::error_message(Lang::En, url, f).lead;
    let fr = |f: &Failure| i18n::error_message(Lang::Fr, url, f).lead;
    assert_eq!(
        en(&Failure::Http(404)),
        "Could not fetch /wp-content/uploads/programme.json: the file was not found (HTTP 404)"
    );
    assert_eq!(
        fr(&Failure::NotJson),
        "Impossible de récupérer /wp-content/uploads/programme.json\u{a0}: le serveur a \
         envoyé une page web, pas le fichier JSON (vérifiez l’adresse)"
    );
    assert_eq!(
        en(&Failure::Http(304)),
        "Could not fetch /wp-content/uploads/programme.json: the server sent no programme (HTTP 304)"
    );
    let seconds = format!("{}", FETCH_TIMEOUT_MS / 1000.0);
    assert!(en(&Failure::Timeout).contains(&seconds));
    assert!(fr(&Failure::Network("Failed to fetch".to_owned())).ends_with("(Failed to fetch)"));

    let invalid = i18n::error_message(Lang::Fr, url, &all[8]);
    assert_eq!(
        invalid.lead,
        "Le fichier /wp-content/uploads/programme.json n’est pas un programme valide\u{a0}:"
    );
    let paths: Vec<&str> = invalid.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["sessions[1].start", "sessions[2].id"]);
    assert_eq!(
        invalid.problems[0].message,
        "Ce champ obligatoire est absent."
    );
    assert!(i18n::error_message(Lang::En, url, &Failure::NotJson)
        .problems
        .is_empty());
}
