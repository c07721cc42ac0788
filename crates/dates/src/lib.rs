//! Date expressions in French and English news text: finding them, and
//! resolving them to the date forms of EVENTS.md §2 (`YYYY-MM-DD`,
//! `YYYY-MM`, `YYYY`, `START/END`, `XXXX-MM-DD`).
//!
//! [`find_dates`] reads a text with the grammar of its language and returns
//! each expression with its byte span and what it says ([`DateExpr`]):
//! a day, a range, a month, a year, a relative expression or a bare
//! weekday. [`resolve`] then gives the expression a value from a
//! [`DateContext`]: the publication date and the years named in the
//! article ([`years_in`]), saying where the year came from ([`Resolution`]).
//! A year is never guessed: a weekday picks one only among the years around
//! the publication or next to a year the article names (a weekday alone
//! fits a year in seven), and when nothing tells the year the value is
//! `XXXX-MM-DD`.
//!
//! ```
//! use attache_dates::{find_dates, resolve, years_in, DateContext, Resolution};
//! use attache_model::Lang;
//!
//! let text = "Le ministre a reçu, le 28 décembre à Hanoï, l'attaché de défense.";
//! let mentions = find_dates(text, &Lang::Fr);
//! assert_eq!(mentions.len(), 1);
//! assert_eq!(&text[mentions[0].start..mentions[0].end], "28 décembre");
//!
//! // Published early in January: the event was in the December before.
//! let years = years_in(text);
//! let ctx = DateContext { published: Some("2020-01-03"), article_years: &years };
//! let date = resolve(&mentions[0].expr, &ctx).unwrap();
//! assert_eq!(date.value, "2019-12-28");
//! assert_eq!(date.method, Resolution::Published);
//! ```

mod calendar;
mod cursor;
mod expr;
mod find;
mod grammar;
mod lexicon;
mod resolve;
mod token;
mod years;

pub use calendar::Date;
pub use expr::{
    DateExpr, DateMention, DayPoint, MonthPoint, MonthQualifier, Relative, Shift, Weekday,
};
pub use find::{dates_and_years, find_dates, find_dates_exhaustive};
pub use lexicon::is_weekday;
pub use resolve::{resolve, DateContext, Resolution, ResolvedDate};
pub use years::{years_in, ArticleYears};
