//! Years written anywhere in a text, the fallback context for day-months
//! that name none.

use crate::token::{tokenize, Kind};

/// Years the text may name: four-digit numbers from 1900 to 2100 standing
/// alone, sorted and without repeats. A count such as `2000 soldats` is
/// taken too: telling it from a year needs the grammar, and a stray year
/// only matters when nothing better resolves a date.
pub fn years_in(text: &str) -> Vec<i32> {
    let mut years: Vec<i32> = tokenize(text)
        .iter()
        .filter_map(|token| match &token.kind {
            Kind::Num {
                value,
                digits: 4,
                suffix,
            } if suffix.is_empty() && (1900..=2100).contains(value) => i32::try_from(*value).ok(),
            _ => None,
        })
        .collect();
    years.sort_unstable();
    years.dedup();
    years
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
            ("", &[]),
        ];
        for (text, years) in cases {
            assert_eq!(years_in(text), *years, "{text}");
        }
    }
}
