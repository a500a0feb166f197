//! The only code that touches web APIs: mounting, options from the DOM and
//! the URL, fetching, the clock, `Intl` time zones.

pub mod clock;
pub mod convert;
pub mod env;
pub mod host;
pub mod json;
pub mod mount;
pub mod scroll;
pub mod share;
pub mod source;
pub mod storage;
pub mod tz;
pub mod visibility;
