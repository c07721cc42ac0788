//! Years written anywhere in a text, the fallback context for day-months
//! that name none.

use crate::token::{tokenize, Kind};

/// Years the text may name: four-digit numbers from 1900 to 2100 standing
/// alone, sorted and without repeats. A count such as `2000 soldats` is
/// taken too: telling it from a year needs the grammar, and a stray year
/// only matters when nothing better resolves a date.
///
/// A year the text looks towards (`vers 2030`, `à l'horizon 2045`, `d'ici
/// 2030`, `towards the Year 2030`, `by 2030`) is a horizon, not a time the
/// article's events took place, and is left out. (A period's end, `1960-2025`,
/// often is the present year: it stays.)
pub fn years_in(text: &str) -> Vec<i32> {
    years_in_tokens(&tokenize(text))
}

/// [`years_in`] over tokens already made.
pub(crate) fn years_in_tokens(tokens: &[crate::token::Token]) -> Vec<i32> {
    let mut years: Vec<i32> = tokens
        .iter()
        .enumerate()
        .filter_map(|(i, token)| match &token.kind {
            Kind::Num {
                value,
                digits: 4,
                suffix,
            } if suffix.is_empty()
                && (1900..=2100).contains(value)
                && !is_horizon(&tokens[..i]) =>
            {
                i32::try_from(*value).ok()
            }
            _ => None,
        })
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// Whether the tokens just before a year make it a horizon.
fn is_horizon(before: &[crate::token::Token]) -> bool {
    const LOOKING_TOWARDS: &[&str] = &[
        "vers", "horizon", "ici", "towards", "toward", "by", "until", "till", "year", "vision",
    ];
    let word = |k: usize| match before.len().checked_sub(k).map(|i| &before[i].kind) {
        Some(Kind::Word { folded, .. }) => Some(folded.as_str()),
        _ => None,
    };
    // The word right before (`vers 2030`, `Year 2030`), or `jusqu'en 2030`.
    word(1).is_some_and(|w| LOOKING_TOWARDS.contains(&w))
        || (word(2) == Some("jusqu") && matches!(word(1), Some("en" | "a" | "au")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_by_case() {
        let cases: &[(&str, &[i32])] = &[
            (
                "Depuis 2016, puis en 2019 et de nouveau en 2016.",
                &[2016, 2019],
            ),
            ("le 12/01/2023 et 2023-01-12", &[2023]),
            ("1899, 2101, 20190, 19 ou 2019e", &[]),
            (
                "Signée en 2022, la vision commune vers 2030 et la stratégie à l'horizon 2045, d'ici 2035",
                &[2022],
            ),
            ("a joint vision statement towards the Year 2030, signed in 2022", &[2022]),
            ("65 ans de relations (1960-2025)", &[1960, 2025]),
            ("", &[]),
        ];
        for (text, years) in cases {
            assert_eq!(years_in(text), *years, "{text}");
        }
    }
}
