//! When an event happened: the date expression of its sentence nearest the
//! trigger, else the last one before it, else the first of the article;
//! resolved against the publication date and the years the article names.

use crate::regex;
use attache_dates::{dates_and_years, resolve, DateContext, DateExpr, Resolution};
use attache_model::{CleanResult, DateSpan, Document, Removal, RemovalReason};
use attache_segment::CleanText;

pub struct Dates {
    /// (code point where the expression starts, value, how it was resolved)
    resolved: Vec<(usize, String, String)>,
    /// Starts of the expressions that date a dateline (`VIETNAM, April 16 -`).
    datelines: Vec<usize>,
    /// The first day a photo caption names (`X and Y had talks in Lạng Sơn
    /// on April 17`), with how it was resolved: the cleaner removed the
    /// caption, so no event comes from it, but it dates the event pictured
    /// when the article itself names no day.
    caption_day: Option<(String, String)>,
    /// Years the article names, to resolve a caption's day.
    years: attache_dates::ArticleYears,
    /// Starts of the expressions that name a whole month (`en avril`),
    /// which are no lead day even when their year is unknown and they are
    /// written as the span of their days.
    months: Vec<usize>,
    /// Where a bare weekday (`on Saturday`, `jeudi`) stands: resolved as
    /// the last one up to the publication, as news tells what happened.
    bare_weekdays: Vec<usize>,
}

/// Whether the date expression at `start..end` (bytes) dates a dateline:
/// near the start of its line and followed by a dash, as in `HANOI, April 16
/// –`, or alone on its line, as a page stamps its posting day (`mercredi 9
/// mars 2022`). It says when the report was filed, not when anything
/// happened.
/// The longest agency name in brackets after a dateline's date (`VNA`,
/// `AFP`, `Xinhua`, `VNA/VNS`): one word, capitalised.
const AGENCY_CHARS: usize = 16;

fn is_dateline(text: &str, start: usize, end: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let blank = |s: &str| s.chars().all(|c| !c.is_alphanumeric());
    if blank(&text[line_start..start]) && blank(&text[end..line_end]) {
        return true;
    }
    let near_start = text[line_start..start].chars().count() <= 40;
    let after = text[end..].trim_start_matches([' ', '\u{a0}', ')']);
    // The agency between the date and the dash: `Hanoï, 15 avril (VNA) -`.
    let after = match after
        .strip_prefix('(')
        .and_then(|rest| rest.split_once(')'))
    {
        Some((agency, rest))
            if agency.chars().count() <= AGENCY_CHARS
                && agency.starts_with(char::is_uppercase)
                && !agency.contains(char::is_whitespace) =>
        {
            rest.trim_start_matches([' ', '\u{a0}'])
        }
        _ => after,
    };
    near_start && after.starts_with(['-', '–', '—'])
}

fn method_name(method: Resolution) -> &'static str {
    match method {
        Resolution::Explicit => "explicit",
        Resolution::Published => "published",
        Resolution::Weekday => "weekday",
        Resolution::ArticleYear => "article_year",
        Resolution::UnknownYear => "unknown_year",
    }
}

impl Dates {
    pub fn new(doc: &Document, text: &str) -> Dates {
        let (found, years) = dates_and_years(text, &doc.lang);
        let mut datelines = Vec::new();
        let mut months = Vec::new();
        let mut bare_weekdays = Vec::new();
        let resolved = found
            .into_iter()
            .filter_map(|m| {
                let years_here = years.at(m.start);
                let ctx = DateContext {
                    published: doc.published.as_deref(),
                    article_years: &years_here,
                };
                let date = resolve(&m.expr, &ctx)?;
                let at = text[..m.start].chars().count();
                if is_dateline(text, m.start, m.end) {
                    datelines.push(at);
                }
                if matches!(m.expr, DateExpr::Month { .. } | DateExpr::MonthRange { .. }) {
                    months.push(at);
                }
                if matches!(m.expr, DateExpr::Weekday(_)) {
                    bare_weekdays.push(at);
                }
                Some((at, date.value, method_name(date.method).to_string()))
            })
            .collect();
        Dates {
            resolved,
            datelines,
            caption_day: None,
            years,
            months,
            bare_weekdays,
        }
    }

    /// What is told as to come on a bare weekday of `sentence` (`is expected
    /// to attend on Saturday`, `prendront fin jeudi`) falls on the next one:
    /// `date`, resolved as the last such weekday up to the publication
    /// day, a week later; `None` when `date` is no such weekday.
    pub fn weekday_ahead(
        &self,
        sentence: std::ops::Range<usize>,
        date: Option<&str>,
        published: Option<&str>,
    ) -> Option<String> {
        let date = date?;
        let (_, published) = publication_day(published)?;
        let from_weekday = self
            .resolved
            .iter()
            .any(|(p, v, _)| sentence.contains(p) && v == date && self.bare_weekdays.contains(p));
        let day = DateSpan::parse(date).filter(|d| d.is_day() && !d.year_unknown())?;
        if !from_weekday || day.first.ordinal(false) >= published.first.ordinal(false) {
            return None;
        }
        days_later(date, 7)
    }

    /// Notes the first day the document's removed captions name (see
    /// [`Dates::caption_day`]).
    /// Only a document whose body names no lead day needs it.
    pub fn with_captions(mut self, doc: &Document, clean: &CleanResult) -> Dates {
        if self.lead().is_some() {
            return self;
        }
        let ctx = DateContext {
            published: doc.published.as_deref(),
            article_years: &self.years,
        };
        let mut captions: Vec<&Removal> = clean
            .removed
            .iter()
            .filter(|r| r.reason == RemovalReason::Caption)
            .collect();
        captions.sort_unstable_by_key(|r| r.start);
        for caption in captions {
            let text = caption.span().slice_chars(&doc.text);
            let day = attache_dates::find_dates(text, &doc.lang)
                .into_iter()
                .filter(|m| matches!(m.expr, DateExpr::Day { .. } | DateExpr::DayRange { .. }))
                .find_map(|m| resolve(&m.expr, &ctx));
            if let Some(date) = day {
                self.caption_day = Some((date.value, method_name(date.method).to_string()));
                break;
            }
        }
        self
    }

    /// The first day the article names (not a dateline's, not a whole
    /// month): it dates the main event.
    fn lead(&self) -> Option<&(usize, String, String)> {
        self.first_fine(|v| v.split('/').next().is_some_and(|d| d.len() == 10))
    }

    /// The first date finer than a year that is not a dateline's nor a
    /// whole month, and that `also` accepts.
    fn first_fine(&self, also: impl Fn(&str) -> bool) -> Option<&(usize, String, String)> {
        self.resolved.iter().find(|(p, v, _)| {
            precision(v) == Precision::Fine
                && also(v)
                && !self.datelines.contains(p)
                && !self.months.contains(p)
        })
    }

    /// Whether `date` is no later than the day of the article's lead, when
    /// the lead is another sentence than `sentence` (the sentence that
    /// announces a visit may itself be the lead).
    pub fn not_after_lead(&self, date: Option<&str>, sentence: std::ops::Range<usize>) -> bool {
        let Some((at, lead, _)) = self.lead() else {
            return false;
        };
        let (Some(date), Some(lead)) = (date.and_then(DateSpan::parse), DateSpan::parse(lead))
        else {
            return false;
        };
        let ignore_year = date.year_unknown() || lead.year_unknown();
        !sentence.contains(at) && date.first.ordinal(ignore_year) <= lead.last.ordinal(ignore_year)
    }

    /// The dates finer than a year whose expressions start in `range`, with
    /// where they start.
    pub fn fine_in(&self, range: std::ops::Range<usize>) -> impl Iterator<Item = (usize, &str)> {
        self.resolved
            .iter()
            .filter(move |(p, v, _)| range.contains(p) && precision(v) == Precision::Fine)
            .map(|(p, v, _)| (*p, v.as_str()))
    }

    /// When the news is: the publication date when it gives the month, else
    /// the first date finer than a year the article names.
    pub fn news_time(&self, published: Option<&str>) -> Option<DateSpan> {
        let published = published
            .map(|p| p.get(..10).unwrap_or(p))
            .and_then(DateSpan::parse)
            .filter(|p| !p.year_unknown() && p.days() <= 31);
        published.or_else(|| {
            self.first_fine(|_| true)
                .and_then(|(_, v, _)| DateSpan::parse(v))
                .filter(|s| !s.year_unknown())
        })
    }

    /// The date of an event whose trigger is at `at`, and how it was found:
    /// a day or month named in its sentence (the nearest), else the first
    /// day the article names (the lead dates the main event), else a year
    /// of the sentence. Spans of years (`2018-2028`, a plan's period) are
    /// never an event's date.
    ///
    /// The lead's day dates a sentence without a date of its own only when
    /// it is of the news (`news`, the publication): a day long before it,
    /// at the top (a photo's `on March 9, 2023`, a background), is not.
    pub fn for_position(
        &self,
        text: &CleanText,
        at: usize,
        news: Option<DateSpan>,
    ) -> (Option<String>, Option<String>) {
        let range = crate::around(text.sentence_range(text.sentence_of(at)), at, at);
        // A day or month of the sentence, the nearest to the trigger.
        let in_sentence = self
            .resolved
            .iter()
            .filter(|(p, v, _)| range.contains(p) && precision(v) == Precision::Fine)
            .filter(|(p, _, _)| !dates_a_relative_clause(text, at, *p))
            // A dateline's day says when the report was filed: any other
            // day of the sentence comes first (`SEOUL, June 2 (Yonhap) --
            // … held talks on Monday`).
            .min_by_key(|(p, _, _)| (self.datelines.contains(p), p.abs_diff(at)));
        if let Some((_, value, method)) = in_sentence {
            return (Some(value.clone()), Some(method.clone()));
        }
        // A day told from the one named before (`la veille`, `the next
        // day`): that day, moved.
        if let Some(shift) = relative_day(text, &range) {
            if let Some(moved) = self.day_before(range.start, shift) {
                return moved;
            }
        }
        // The lead's day (or a caption's) before a year of the sentence: a
        // year there is as often what the event is about (`un plan de
        // coopération pour 2022`) as when it happened.
        let news_day = self.news_lead(news);
        if let Some(lead) = news_day.0.as_deref() {
            // A stay's lead (`du 4 au 8 mai`) followed by its day of talks
            // (`le dialogue a eu lieu le 6 mai`): what the later sentences
            // say was said or done that day.
            if let Some((_, day, method)) =
                DateSpan::parse(lead).and_then(|stay| self.day_of_stay_before(stay, at))
            {
                return (
                    Some(day.clone()),
                    Some(format!("{method}, day of the stay")),
                );
            }
            // A single day's lead (`est arrivé lundi`) and a later day the
            // story goes on to before the publication (`Mardi matin, …`):
            // the sentences after that day tell of it.
            let story = DateSpan::parse(lead)
                .zip(news)
                .filter(|(lead, _)| lead.days() == 1 && !lead.year_unknown())
                .map(|(lead, news)| DateSpan {
                    first: lead.first,
                    last: news.last,
                });
            // (Only a day that opens its sentence moves the story on: one
            // at its end says when it was reported, `as reported by Xinhua
            // on Wednesday`.)
            if let Some((_, day, method)) = story
                .and_then(|s| self.day_of_stay_before(s, at))
                .filter(|(p, _, _)| opens_its_sentence(text, *p))
            {
                return (
                    Some(day.clone()),
                    Some(format!("{method}, day of the story")),
                );
            }
            // A year told from the publication (`last year`, `l'an
            // dernier`) is when, not what: unlike a written year, it dates
            // the sentence when it is not the lead's.
            let relative_year = self
                .sentence_year(text, &range, at)
                .filter(|(_, year, method)| {
                    method == "published" && !lead.starts_with(year.as_str())
                });
            if let Some((_, year, method)) = relative_year {
                return (Some(year.clone()), Some(format!("{method}, sentence year")));
            }
            return news_day;
        }
        match self.sentence_year(text, &range, at) {
            Some((_, value, method)) => (
                Some(value.clone()),
                Some(format!("{method}, sentence year")),
            ),
            None => (None, None),
        }
    }

    /// The day of the news when a sentence's own date is not (a statement
    /// about `9 November 1953` was made in the news's days): the lead's
    /// day of the news, else a caption's; `None` without either.
    pub fn news_lead(&self, news: Option<DateSpan>) -> (Option<String>, Option<String>) {
        let lead = self.first_fine(|v| {
            v.split('/').next().is_some_and(|d| d.len() == 10) && !is_recalled(Some(v), news)
        });
        if let Some((_, value, method)) = lead {
            return (Some(value.clone()), Some(format!("{method}, lead")));
        }
        match &self.caption_day {
            Some((value, method)) => (Some(value.clone()), Some(format!("{method}, caption"))),
            None => (None, None),
        }
    }

    /// The last day named before `at`, moved by `shift` days (from the
    /// first day of a span when going back, from its last going on), with
    /// how it was found.
    fn day_before(&self, at: usize, shift: i64) -> Option<(Option<String>, Option<String>)> {
        let (_, value, method) = self
            .resolved
            .iter()
            .rfind(|(p, v, _)| *p < at && v.split('/').all(|d| d.len() == 10))?;
        let mut ends = value.split('/');
        let (first, last) = (ends.next()?, ends.next_back());
        let day = if shift > 0 {
            last.unwrap_or(first)
        } else {
            first
        };
        if shift == 0 && last.is_some() {
            return None;
        }
        let moved = move_day(day, shift)?;
        Some((Some(moved), Some(format!("{method}, {shift:+} day"))))
    }

    /// The last single day named before `at` that falls within `stay`, a
    /// span of days (none when `stay` is one day).
    fn day_of_stay_before(&self, stay: DateSpan, at: usize) -> Option<&(usize, String, String)> {
        if stay.days() <= 1 {
            return None;
        }
        let ignore_year = stay.year_unknown();
        self.resolved
            .iter()
            .filter(|(p, v, _)| *p < at && precision(v) == Precision::Fine)
            .filter_map(|entry| Some((entry, DateSpan::parse(&entry.1)?)))
            .filter(|(_, day)| {
                day.days() == 1
                    && day.year_unknown() == ignore_year
                    && stay.first.ordinal(ignore_year) <= day.first.ordinal(ignore_year)
                    && day.first.ordinal(ignore_year) <= stay.last.ordinal(ignore_year)
            })
            .map(|(entry, _)| entry)
            .next_back()
    }

    /// The year the sentence of `at` names nearest to it, leaving out a year
    /// the sentence looks back to.
    fn sentence_year(
        &self,
        text: &CleanText,
        range: &std::ops::Range<usize>,
        at: usize,
    ) -> Option<&(usize, String, String)> {
        // A year the sentence looks back to (`la première fois depuis la fin
        // de la guerre en 1975`, `since 1975`) is not when the event was.
        let looked_back = |p: usize| {
            let from = p.saturating_sub(50).max(range.start);
            let before = text.slice(from..p).to_lowercase();
            before.contains("depuis") || before.contains("since")
        };
        self.resolved
            .iter()
            .filter(|(p, v, _)| {
                range.contains(p) && precision(v) == Precision::Year && !looked_back(*p)
            })
            .min_by_key(|(p, _, _)| p.abs_diff(at))
    }
}

/// Whether the date at `date`, after the predicate at `at`, dates a
/// relative clause of its own (`les efforts pour le projet, qui a été lancé
/// le 5 décembre`, `the cutter, which was handed over on May 3`) rather
/// than the predicate; a clause that says when the event took place
/// (`qui a eu lieu le`, `which was held on`) still dates it.
fn dates_a_relative_clause(text: &CleanText, at: usize, date: usize) -> bool {
    const RELATIVES: &[&str] = &[
        " qui ", " which ", " that ", " dont ", " que ", " qu'", " qu’",
    ];
    const TAKING_PLACE: &[&str] = &[
        "lieu", "déroul", "tenu", "place", "held", "dur", "last", "effectu", "rendu", "visit",
    ];
    if date <= at {
        return false;
    }
    let between = text.slice(at..date).to_lowercase();
    RELATIVES
        .iter()
        .filter_map(|r| {
            between
                .rfind(r)
                .map(|i| (&between[..i], &between[i + r.len()..]))
        })
        .min_by_key(|(_, rest)| rest.len())
        .is_some_and(|(lead, clause)| {
            // A clause of taking place dates the trigger when it follows it
            // (`la visite, qui s'est déroulée du 3 au 5`), not another noun
            // further on (`les entretiens ont porté sur les préparatifs de
            // l'exercice X, qui se déroulera du 12 au 30 mai`).
            let own = lead.split_whitespace().count() <= ANTECEDENT_REACH;
            !own || !TAKING_PLACE.iter().any(|w| clause.contains(w))
        })
}

/// How many words after a trigger a relative clause that dates it may
/// start (`la visite officielle du ministre au Laos, qui a eu lieu`).
const ANTECEDENT_REACH: usize = 8;

/// The year an activity's own words give it (`ont signé en 2024 un
/// accord`, `signed an agreement in 2019`): `en` / `in` (or `depuis` /
/// `since`) and a year soon
/// after the predicate, in its clause. Unlike a year anywhere in the
/// sentence (`un plan de coopération pour 2022`: what it is about), it
/// says when.
pub fn year_of_predicate(text: &CleanText, predicate_end: usize) -> Option<String> {
    let after = text.slice(predicate_end..(predicate_end + YEAR_REACH).min(text.chars.len()));
    // (`depuis` / `since`: the year it began, as told of what goes on:
    // `have been deployed to the Indo-Pacific since 2021`.)
    let year = regex!(r"^[^,;.:!?]*?(?:^|\s)(?:en|in|depuis|since) ((?:19|20)\d\d)(?:[^\d]|$)");
    year.captures(&after).map(|c| c[1].to_string())
}

/// The year a span of time began, told before the predicate in its
/// sentence (`Since 2014, Vietnam has sent more than 800 officers`,
/// `Depuis 2014, le Vietnam a envoyé …`): what has gone on since is a
/// record, not the news.
pub fn since_year_before(text: &CleanText, sentence_start: usize, at: usize) -> Option<String> {
    let before = text.slice(sentence_start..at);
    let year = regex!(r"(?i)(?:^|\s)(?:depuis|since) ((?:19|20)\d\d)(?:[^\d]|$)");
    year.captures(&before).map(|c| c[1].to_string())
}

/// How far after a predicate its year may be written (code points).
const YEAR_REACH: usize = 48;

/// A stated length (`une visite de trois jours`, `a four-day visit`, `a
/// 5-day port call`) turns the first day of an activity into its span.
pub fn with_duration(sentence: &str, date: Option<String>) -> Option<String> {
    let value = date?;
    match stated_length(sentence).and_then(|days| with_length(&value, days)) {
        Some(span) => Some(span),
        None => Some(value),
    }
}

/// The length in days a sentence states (`de trois jours`, `for 5 days`,
/// `a four-day visit`).
pub fn stated_length(sentence: &str) -> Option<i64> {
    // Most sentences state no length: a plain search first, the pattern
    // (whose Unicode word boundaries are slow) only where it may match.
    if !sentence.contains("jour") && !sentence.contains("day") {
        return None;
    }
    let length = regex!(
        r"(?i)\b(?:de|d'une durée de|pendant|for)\s+(\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten)\s+(?:jours|days)\b|\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)-day\b"
    );
    let caps = length.captures(sentence)?;
    let word = caps
        .get(1)
        .or(caps.get(2))
        .map_or("", |m| m.as_str())
        .to_lowercase();
    let days: i64 = match word.as_str() {
        "deux" | "two" => 2,
        "trois" | "three" => 3,
        "quatre" | "four" => 4,
        "cinq" | "five" => 5,
        "six" => 6,
        "sept" | "seven" => 7,
        "huit" | "eight" => 8,
        "neuf" | "nine" => 9,
        "dix" | "ten" => 10,
        digits => digits.parse().ok()?,
    };
    Some(days)
}

/// The span of `days` days from the single day `value` (`YYYY-MM-DD`, or
/// `XXXX-MM-DD` when every year gives the same span); `None` for any other
/// date or a length outside 2–31 days.
pub fn with_length(value: &str, days: i64) -> Option<String> {
    if value.len() != 10 || !(2..=31).contains(&days) {
        return None;
    }
    let month: u8 = value.get(5..7)?.parse().ok()?;
    let day: u8 = value.get(8..10)?.parse().ok()?;
    if value.starts_with("XXXX-") {
        return unknown_year_span(month, day, days);
    }
    let first = attache_dates::Date::new(value.get(..4)?.parse().ok()?, month, day)?;
    let last = first.add_days(days - 1)?;
    Some(format!("{}/{}", day_value(first), day_value(last)))
}

/// The day `days` after the day `value` (`YYYY-MM-DD`).
fn days_later(value: &str, days: i64) -> Option<String> {
    let date = attache_dates::Date::new(
        value.get(..4)?.parse().ok()?,
        value.get(5..7)?.parse().ok()?,
        value.get(8..10)?.parse().ok()?,
    )?;
    Some(day_value(date.add_days(days)?))
}

fn day_value(d: attache_dates::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// The span of `days` days from a day whose year is unknown, when a common
/// and a leap year give the same one: a span across the end of February
/// depends on the year (the 29th), and one across New Year would need a
/// second unknown year, so neither is given (no year is assumed).
fn unknown_year_span(month: u8, day: u8, days: i64) -> Option<String> {
    let last_in = |year: i32| {
        let first = attache_dates::Date::new(year, month, day)?;
        let last = first.add_days(days - 1)?;
        (last.year == year).then_some((last.month, last.day))
    };
    let (common, leap) = (last_in(2001)?, last_in(2004)?);
    (common == leap).then(|| {
        format!(
            "XXXX-{month:02}-{day:02}/XXXX-{:02}-{:02}",
            common.0, common.1
        )
    })
}

/// Words that open a phrase framing the main verb by an occasion (`during
/// his visit to Hanoi`, `lors du 15e Dialogue`, `dans le cadre de sa
/// visite`), before the noun that names it.
const FRAMES: [&str; 15] = [
    "during ",
    "on the occasion of ",
    "within the framework of ",
    "as part of ",
    "lors de ",
    "lors du ",
    "lors des ",
    "au cours de ",
    "au cours du ",
    "à l'occasion de ",
    "à l'occasion du ",
    "à l’occasion de ",
    "à l’occasion du ",
    "dans le cadre de ",
    "dans le cadre du ",
];
/// Words at most between the frame's opening and the noun of the occasion.
const MAX_FRAME_WORDS: usize = 16;

/// Where the phrase framing the noun that starts at `at` opens, when the
/// noun is in one (no comma or `and` closes the phrase before the noun).
pub fn frame_start(sentence: &str, sentence_start: usize, at: usize) -> Option<usize> {
    let before: String = sentence
        .chars()
        .take(at.checked_sub(sentence_start)?)
        .collect::<String>()
        .to_lowercase();
    // The frame that opens last: one search for every frame (no frame
    // starts another, so none ties with another at one position).
    static FRAME_FINDER: std::sync::LazyLock<aho_corasick::AhoCorasick> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::new(FRAMES).expect("plain phrases make an automaton")
        });
    let last = FRAME_FINDER
        .find_overlapping_iter(&before)
        .max_by_key(|m| (m.start(), m.pattern()))?;
    let (byte, frame) = (last.start(), FRAMES[last.pattern().as_usize()]);
    let inside = &before[byte + frame.len()..];
    // `lors de laquelle ils ont signé`, `during which`: a clause, not a frame.
    let relative = ["laquelle", "lequel", "lesquel", "which", "whom"]
        .iter()
        .any(|r| inside.trim_start().starts_with(r));
    let closed = relative
        || inside.contains([',', ';'])
        || inside.split_whitespace().any(|w| w == "and" || w == "et");
    (!closed && inside.split_whitespace().count() <= MAX_FRAME_WORDS)
        .then(|| sentence_start + before[..byte].chars().count())
}

/// The month of a single known day (`2025-11-12` → `2025-11`): an occasion
/// named in passing (`during his visit`) lasts longer than the day the
/// sentence gives its main verb.
pub fn month_of_day(value: &str) -> Option<String> {
    let span = DateSpan::parse(value)?;
    (span.is_day() && !span.year_unknown()).then(|| value.get(..7).map(str::to_string))?
}

/// An event (an activity, or a statement) the text dates nothing of, in a report published on a known
/// day or month: it happened around the publication, which the month says
/// without claiming the day (the publication day itself is not the event's
/// date unless the text says so).
pub fn publication_month(published: Option<&str>) -> (Option<String>, Option<String>) {
    let month = published
        .and_then(|p| p.get(..7))
        .filter(|m| DateSpan::parse(m).is_some_and(|s| !s.year_unknown()));
    match month {
        Some(m) => (
            Some(m.to_string()),
            Some("published month, the text names no day".into()),
        ),
        None => (None, None),
    }
}

/// How long before the news an activity may end and still be part of it.
const RECALLED_AFTER_DAYS: i64 = 60;

/// Whether an activity dated `date` ended well before the news (`la
/// dernière escale remonte à 2011`, `following the visit in October
/// 2017`): the article recalls it, and the reports of its own time tell
/// it.
pub fn is_recalled(date: Option<&str>, news: Option<DateSpan>) -> bool {
    let (Some(span), Some(news)) = (date.and_then(DateSpan::parse), news) else {
        return false;
    };
    !span.year_unknown()
        && span.last.ordinal(false) + RECALLED_AFTER_DAYS < news.first.ordinal(false)
}

/// Days after its publication day that a report may still date what it
/// tells as done: a page stamped in another time zone than its events'
/// (published late on the 12th, UTC, of a meeting on the 13th, local).
const PUBLICATION_ZONE_DAYS: i64 = 1;

/// Whether `date` begins after the news (its publication, a time zone's
/// day allowed): what it dates is to come.
pub fn is_to_come(date: Option<&str>, news: Option<DateSpan>) -> bool {
    let (Some(span), Some(news)) = (date.and_then(DateSpan::parse), news) else {
        return false;
    };
    // (Only a publication day has a time zone; a month is a month.)
    let zone = if news.days() == 1 {
        PUBLICATION_ZONE_DAYS
    } else {
        0
    };
    !span.year_unknown() && span.first.ordinal(false) > news.last.ordinal(false) + zone
}

/// The day of publication (`2024-06-05`, cut from a longer timestamp) and
/// its span, when its year is known.
fn publication_day(published: Option<&str>) -> Option<(&str, DateSpan)> {
    let day = published.map(|p| p.get(..10).unwrap_or(p))?;
    DateSpan::parse(day)
        .filter(|s| !s.year_unknown())
        .map(|span| (day, span))
}

/// The date of an announcement (036): from the day it was made public to
/// the end of what it announces (`2022-06-05/2022-06-10` for a visit on 8–10
/// June announced on the 5th), or the publication day alone when the text
/// dates nothing; as found when either end is unknown or the announced date
/// does not follow the publication.
pub fn announced(
    published: Option<&str>,
    date: Option<String>,
    method: Option<String>,
) -> (Option<String>, Option<String>) {
    let Some((published, _)) = publication_day(published) else {
        return (date, method);
    };
    let Some(mut value) = date else {
        return (
            Some(published.to_string()),
            Some("published, announced".into()),
        );
    };
    // A day-month given its year by the publication is taken in the past
    // year (`en novembre`, read in June, is last November); what is
    // announced is to come, in the next November.
    if method
        .as_deref()
        .is_some_and(|m| m.starts_with("published"))
    {
        if let Some(later) = a_year_later(&value).filter(|_| ends_before(&value, published)) {
            value = later;
        }
    }
    let end = value.rsplit('/').next().unwrap_or(&value).to_string();
    match (DateSpan::parse(published), DateSpan::parse(&end)) {
        (Some(p), Some(e))
            if !e.year_unknown() && p.first.ordinal(false) <= e.last.ordinal(false) =>
        {
            let range = if published == end {
                end
            } else {
                format!("{published}/{end}")
            };
            let method = method.map_or("announced".to_string(), |m| format!("{m}, announced"));
            (Some(range), Some(method))
        }
        _ => (Some(value), method),
    }
}

/// The date of a commitment told about something to come (`will provide`,
/// `organiseront un exercice en mai`): the day it was told, not the day
/// it is for — the date found when it does not begin after the
/// publication, else the publication day. Without a publication date the
/// date found is all there is.
pub fn told(
    published: Option<&str>,
    date: Option<String>,
    method: Option<String>,
) -> (Option<String>, Option<String>) {
    let Some((published, day)) = publication_day(published) else {
        return (date, method);
    };
    let found = date.as_deref().and_then(DateSpan::parse);
    // A month or day given its year by the publication, well before it,
    // is next year's (`participerait en mai`, read in January): when what
    // is told will be, not when it was told.
    let next_years = method
        .as_deref()
        .is_some_and(|m| m.starts_with("published"))
        && date.as_deref().is_some_and(|d| ends_before(d, published));
    match found {
        Some(f)
            if !next_years
                && !f.year_unknown()
                && f.first.ordinal(false) <= day.last.ordinal(false) =>
        {
            (date, method)
        }
        _ => (Some(published.to_string()), Some("published, told".into())),
    }
}

/// How long before the publication a date taken in the publication's year
/// must end to be read as the next year's when it is announced: the days
/// just before are when the announcement was made.
const ANNOUNCED_PAST_DAYS: i64 = 60;

/// Whether date `value` ends well before day `published`.
fn ends_before(value: &str, published: &str) -> bool {
    match (DateSpan::parse(value), DateSpan::parse(published)) {
        (Some(v), Some(p)) => v.last.ordinal(false) + ANNOUNCED_PAST_DAYS < p.first.ordinal(false),
        _ => false,
    }
}

/// `value` (a day, month or range of them) one year later, when that is a
/// date (`2024-02-29` has none).
fn a_year_later(value: &str) -> Option<String> {
    let shifted: Option<Vec<String>> = value
        .split('/')
        .map(|part| {
            let year: i32 = part.get(..4)?.parse().ok()?;
            Some(format!("{}{}", year + 1, &part[4..]))
        })
        .collect();
    let shifted = shifted?.join("/");
    DateSpan::parse(&shifted).map(|_| shifted)
}

/// How many words may stand before a day that opens its sentence (`Mardi
/// matin,`, `Earlier on Tuesday,`, `Le 12 mars,`).
const OPENING_WORDS: usize = 3;

/// Whether the date expression at `at` opens its sentence.
fn opens_its_sentence(text: &CleanText, at: usize) -> bool {
    let start = text.sentence_range(text.sentence_of(at)).start;
    text.slice(start..at).split_whitespace().count() <= OPENING_WORDS
}

/// Words that tell a day from the day named before them, and by how many
/// days it is moved.
const RELATIVE_DAYS: &[(&str, i64)] = &[
    ("la veille", -1),
    ("the day before", -1),
    ("the previous day", -1),
    ("a day earlier", -1),
    ("le lendemain", 1),
    ("the next day", 1),
    ("the following day", 1),
    ("a day later", 1),
    ("le même jour", 0),
    ("ce même jour", 0),
    ("the same day", 0),
    ("that same day", 0),
];

/// The shift of the first word of [`RELATIVE_DAYS`] that `range` holds.
fn relative_day(text: &CleanText, range: &std::ops::Range<usize>) -> Option<i64> {
    let sentence = text.slice(range.clone());
    // (Every phrase holds one of these in lowercase, wherever it stands:
    // most sentences are done with before lowercasing them.)
    if !["veille", "lendemain", "jour", "day"]
        .iter()
        .any(|w| sentence.contains(w))
    {
        return None;
    }
    let sentence = sentence.to_lowercase();
    RELATIVE_DAYS
        .iter()
        .filter_map(|&(words, shift)| Some((sentence.find(words)?, shift)))
        .min_by_key(|&(at, _)| at)
        .map(|(_, shift)| shift)
}

/// `YYYY-MM-DD` (or `XXXX-MM-DD`) moved by `shift` days. A day of an
/// unknown year is moved within a leap year, so that `XXXX-03-01` goes
/// back to `XXXX-02-29`: the year's own calendar cannot be known.
fn move_day(day: &str, shift: i64) -> Option<String> {
    const ANY_LEAP_YEAR: i32 = 2000;
    let unknown_year = day.starts_with("XXXX");
    let year = if unknown_year {
        ANY_LEAP_YEAR
    } else {
        day.get(..4)?.parse().ok()?
    };
    let date = attache_dates::Date::new(
        year,
        day.get(5..7)?.parse().ok()?,
        day.get(8..10)?.parse().ok()?,
    )?;
    let moved = date.add_days(shift)?;
    // (A year crossed with the year unknown is a year no one knows either.)
    if unknown_year && moved.year != ANY_LEAP_YEAR {
        return None;
    }
    Some(if unknown_year {
        format!("XXXX-{:02}-{:02}", moved.month, moved.day)
    } else {
        format!("{:04}-{:02}-{:02}", moved.year, moved.month, moved.day)
    })
}

#[derive(PartialEq, Eq)]
enum Precision {
    /// A day, a month, or a range of them.
    Fine,
    /// A year.
    Year,
    /// A span of years: a period, not a date.
    Years,
}

fn precision(value: &str) -> Precision {
    let first = value.split('/').next().unwrap_or(value);
    match (first.len(), value.contains('/')) {
        (4, true) => Precision::Years,
        (4, false) => Precision::Year,
        _ => Precision::Fine,
    }
}

#[cfg(test)]
mod frame_tests {
    use super::*;

    #[test]
    fn a_day_moves_across_months_and_years() {
        assert_eq!(move_day("2026-03-01", -1).as_deref(), Some("2026-02-28"));
        assert_eq!(move_day("2024-12-31", 1).as_deref(), Some("2025-01-01"));
        assert_eq!(move_day("XXXX-03-01", -1).as_deref(), Some("XXXX-02-29"));
        assert_eq!(move_day("XXXX-12-31", 1), None);
        assert_eq!(move_day("2026-05-04", 0).as_deref(), Some("2026-05-04"));
    }

    #[test]
    fn an_occasion_named_in_a_framing_phrase() {
        let s = "Brazil and Angola on Wednesday discussed ways to deepen naval cooperation during Admiral Marcos Olsen's visit to Luanda for the 4th Brazil–Angola Naval Staff Dialogue.";
        let at = |w: &str| s[..s.find(w).unwrap()].chars().count();
        let during = at("during");
        assert_eq!(frame_start(s, 0, at("visit")), Some(during));
        assert_eq!(frame_start(s, 0, at("Dialogue")), Some(during));
        assert_eq!(frame_start(s, 0, at("discussed")), None);
        let closed = "Lors de la visite, le ministre a reçu, le 5 mai, l'ambassadeur et a tenu des entretiens.";
        let at = |w: &str| closed[..closed.find(w).unwrap()].chars().count();
        assert_eq!(frame_start(closed, 0, at("entretiens")), None);
        let relative = "Le 5 mai, ils ont tenu un dialogue lors duquel ils ont signé un accord.";
        let at = |w: &str| relative[..relative.find(w).unwrap()].chars().count();
        assert_eq!(frame_start(relative, 0, at("signé")), None);
        assert_eq!(month_of_day("2025-11-12").as_deref(), Some("2025-11"));
        assert_eq!(month_of_day("XXXX-11-12"), None);
        assert_eq!(month_of_day("2025-11"), None);
    }
}

#[cfg(test)]
mod length_tests {
    use super::*;

    /// Issue 13: a stated length spans the days it says and never brings a
    /// year of its own: an unknown year stays unknown.
    #[test]
    fn stated_lengths_by_case() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Le ministre effectue une visite de trois jours au Laos.",
                "2021-05-04",
                Some("2021-05-04/2021-05-06"),
            ),
            (
                "Le ministre effectue une visite de trois jours au Laos.",
                "XXXX-05-04",
                Some("XXXX-05-04/XXXX-05-06"),
            ),
            (
                "The frigate began a four-day port call in Manila.",
                "XXXX-07-30",
                Some("XXXX-07-30/XXXX-08-02"),
            ),
            (
                "The frigate began a four-day port call in Manila.",
                "2019-12-30",
                Some("2019-12-30/2020-01-02"),
            ),
            // Across New Year or the end of February the span depends on
            // the year: the first day alone.
            (
                "The frigate began a four-day port call in Manila.",
                "XXXX-12-30",
                Some("XXXX-12-30"),
            ),
            (
                "La délégation séjourne pendant cinq jours à Vientiane.",
                "XXXX-02-26",
                Some("XXXX-02-26"),
            ),
            (
                "La délégation séjourne pendant cinq jours à Vientiane.",
                "XXXX-02-01",
                Some("XXXX-02-01/XXXX-02-05"),
            ),
            (
                "Le ministre a reçu l'attaché de défense.",
                "XXXX-05-04",
                Some("XXXX-05-04"),
            ),
        ];
        for (sentence, date, expected) in cases {
            let got = with_duration(sentence, Some(date.to_string()));
            assert_eq!(got.as_deref(), *expected, "{sentence} from {date}");
        }
    }
}

#[cfg(test)]
mod year_tests {
    use super::*;
    use attache_model::Lang;

    /// The date of the event whose trigger is `trigger` in `text`, and how
    /// its year was found.
    fn date_of(lang: Lang, text: &str, published: Option<&str>, trigger: &str) -> (String, String) {
        let doc = Document {
            id: "t".into(),
            url: None,
            source: None,
            lang,
            title: None,
            published: published.map(Into::into),
            text: text.into(),
        };
        let clean = CleanText::new(text);
        let at = text[..text.find(trigger).expect("trigger")].chars().count();
        let (value, method) = Dates::new(&doc, text).for_position(&clean, at, None);
        (value.expect("a date"), method.expect("a method"))
    }

    /// Issue 13: an event's year comes from the publication, a year the text
    /// names, or a weekday checked against those; else it is `XXXX`.
    /// Language, text, publication date, trigger, expected date and method.
    type Case<'a> = (Lang, &'a str, Option<&'a str>, &'a str, &'a str, &'a str);

    #[test]
    fn years_are_never_invented() {
        let cases: &[Case] = &[
            (
                Lang::Fr,
                "Le général a reçu le 14 mars à Vientiane une délégation japonaise. Les deux parties ont signé un mémorandum.",
                None,
                "signé",
                "XXXX-03-14",
                "unknown_year, lead",
            ),
            (
                Lang::En,
                "The minister visited Jakarta on Tuesday, September 8. He met his counterpart.",
                None,
                "visited",
                "XXXX-09-08",
                "unknown_year",
            ),
            (
                Lang::Fr,
                "Le plan de coopération 2023 a été présenté. Le général a reçu le 14 mars à Vientiane une délégation japonaise.",
                None,
                "reçu",
                "2023-03-14",
                "article_year",
            ),
            (
                Lang::En,
                "The minister visited Jakarta on Tuesday, September 8. He met his counterpart.",
                Some("2021-02-10"),
                "met",
                "2020-09-08",
                "weekday, lead",
            ),
            (
                Lang::Fr,
                "Le ministre s'est rendu le 6 juillet à Phnom Penh.",
                Some("2019-07-09"),
                "rendu",
                "2019-07-06",
                "published",
            ),
            // A year told from the publication dates its sentence, not the
            // lead's day; a written year does not (it may be what a plan
            // is for).
            (
                Lang::En,
                "The carrier arrived in Da Nang on Monday. Last year, the U.S. transferred a cutter to Vietnam.",
                Some("2018-03-07"),
                "transferred",
                "2017",
                "published, sentence year",
            ),
            (
                Lang::Fr,
                "Le porte-avions est arrivé lundi à Da Nang. Les États-Unis ont cédé un garde-côte au Vietnam l'an dernier.",
                Some("2018-03-07"),
                "cédé",
                "2017",
                "published, sentence year",
            ),
            (
                Lang::Fr,
                "Le ministre est arrivé lundi à Vientiane. Les deux parties ont signé le plan de coopération pour 2019.",
                Some("2018-03-07"),
                "signé",
                "2018-03-05",
                "published, lead",
            ),
        ];
        for (lang, text, published, trigger, value, method) in cases {
            let got = date_of(lang.clone(), text, *published, trigger);
            assert_eq!(
                (got.0.as_str(), got.1.as_str()),
                (*value, *method),
                "{text} published {published:?}"
            );
        }
    }
}

#[cfg(test)]
mod dateline_tests {
    use super::*;

    #[test]
    fn a_dateline_with_its_agency_and_a_stray_prefix() {
        let at = |text: &str, date: &str| {
            let start = text.find(date).unwrap();
            is_dateline(text, start, start + date.len())
        };
        assert!(at(
            "Hanoï, 15 avril (VNA) - Le ministre a reçu…",
            "15 avril"
        ));
        assert!(at(
            " date 2021-04 Hanoï, 15 avril (VNA) - Le ministre…",
            "15 avril"
        ));
        assert!(at("Manila, June 4 - The secretary met…", "June 4"));
        assert!(!at(
            "Le ministre a reçu le 14 avril (à Hanoï) - puis",
            "14 avril"
        ));
    }
}

#[cfg(test)]
mod lead_tests {
    use super::*;
    use attache_model::Lang;

    /// A day long before the news at the top of an article (a photo's, a
    /// background's) does not date its undated sentences; the lead of the
    /// news does.
    #[test]
    fn an_old_day_at_the_top_is_no_lead() {
        let text = "A VIEW of the shoal on March 9, 2023. The ministry condemned the move on Tuesday. The envoy also protested.";
        let doc = Document {
            id: "t".into(),
            url: None,
            source: None,
            lang: Lang::En,
            title: None,
            published: Some("2024-06-19".into()),
            text: text.into(),
        };
        let clean = CleanText::new(text);
        let dates = Dates::new(&doc, text);
        let news = dates.news_time(doc.published.as_deref());
        let at = text[..text.find("protested").unwrap()].chars().count();
        let (value, _) = dates.for_position(&clean, at, news);
        assert_eq!(value.as_deref(), Some("2024-06-18"));
    }
}
