//! Leptos components, one concern a file. They show; the decisions are made
//! by the pure modules (`programme`, `timeline`, `i18n`, `display`).

pub mod agenda;
pub mod app;
pub mod error;
pub mod item;
pub mod switches;
