//! The report layer: everything that turns the model's values into things people read —
//! error messages, CSV and text tables, the static HTML table and chart, the share card
//! (SVG) and its QR code, the explanation of each figure ([`explain`]) — in the reader's language (the catalogues of `lang`), rounded
//! where they are shown ([`view`]: the one place the model's exact values become text),
//! naming the report's years and title from its data ([`words`]).

pub mod card;
pub mod csv;
pub mod explain;
pub mod lang;
pub mod messages;
pub mod qr;
pub mod static_html;
pub mod view;
pub mod words;

pub use lang::Lang;
pub use messages::Messages;
