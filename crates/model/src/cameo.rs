//! Which CAMEO codes may name the same real event in two reports (the
//! dedup stage across documents, the coder within one).
//!
//! Outlets code one event at different depths (`030` and `0312` for one
//! promise of military cooperation) or with neighbouring codes (`040`
//! consult, `046` negotiate, for one round of talks; `062` and `063` for one
//! joint exercise). Codes that name different parts of a visit stay apart:
//! the visit (`042`) and the reception within it (`043`) are two events.

/// Consultations that outlets name interchangeably.
const TALKS: [&str; 3] = ["040", "044", "046"];

/// The root of a code: its first two digits (`"042"` → `"04"`).
pub fn root(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}

/// Whether two CAMEO codes may be one event.
pub fn compatible(a: &str, b: &str) -> bool {
    let (base_a, base_b) = (base(a), base(b));
    if base_a == base_b {
        return true;
    }
    let (root_a, root_b) = (
        &base_a[..2.min(base_a.len())],
        &base_b[..2.min(base_b.len())],
    );
    if root_a != root_b {
        return false;
    }
    match root_a {
        "04" => TALKS.contains(&base_a) && TALKS.contains(&base_b),
        // Material cooperation between armed forces: exercises, training,
        // exchanges are one family.
        "06" => true,
        // Elsewhere the root's generic code (`030`, `050`, `070`) is
        // compatible with its specific ones.
        _ => base_a.ends_with('0') || base_b.ends_with('0'),
    }
}

/// Whether `a` names more finely what compatible `b` names (`032` or
/// `0312` over `030`, `0312` over `031`).
pub fn more_specific(a: &str, b: &str) -> bool {
    compatible(a, b)
        && ((base(b).ends_with('0') && !base(a).ends_with('0'))
            || (a.len() > b.len() && a.starts_with(b)))
}

/// The first three digits.
fn base(code: &str) -> &str {
    code.get(..3).unwrap_or(code)
}

/// Codes whose actors may be given in either order: the symmetric codes of
/// EVENTS.md §4, and an announced meeting (`036`), which one outlet words as
/// the guest's visit and another as the host's invitation.
pub fn symmetric(code: &str) -> bool {
    matches!(base(code), "036" | "040" | "041" | "044" | "046" | "057") || code.starts_with("06")
}

/// The intent to do what an activity code names, for cooperation and aid
/// to come: material cooperation `06d` → `031d` (`0312` for a military
/// exercise announced), aid `07d` → `033d` (`0332` for weapons promised,
/// `0334` for peacekeepers to be sent). Other codes have none.
pub fn intent_of(code: &str) -> Option<String> {
    let base = base(code);
    let kind = base.get(2..3)?;
    let prefix = match root(base) {
        "06" => "031",
        "07" => "033",
        _ => return None,
    };
    Some(if kind == "0" {
        prefix.to_string()
    } else {
        format!("{prefix}{kind}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finer_codes() {
        assert!(more_specific("032", "030"));
        assert!(more_specific("0312", "030"));
        assert!(more_specific("0312", "031"));
        assert!(!more_specific("030", "032"));
        assert!(!more_specific("051", "030"));
    }

    #[test]
    fn intents_of_cooperation_and_aid_to_come() {
        assert_eq!(intent_of("062").as_deref(), Some("0312"));
        assert_eq!(intent_of("060").as_deref(), Some("031"));
        assert_eq!(intent_of("072").as_deref(), Some("0332"));
        assert_eq!(intent_of("074").as_deref(), Some("0334"));
        assert_eq!(intent_of("070").as_deref(), Some("033"));
        assert_eq!(intent_of("042"), None);
    }

    #[test]
    fn code_families() {
        let cases = [
            ("042", "042", true),
            ("030", "0312", true),
            ("031", "0312", true),
            ("033", "0312", false),
            ("040", "046", true),
            ("040", "043", false),
            ("042", "043", false),
            ("062", "063", true),
            ("051", "050", true),
            ("051", "057", false),
            ("036", "046", false),
        ];
        for (a, b, expected) in cases {
            assert_eq!(compatible(a, b), expected, "{a} {b}");
            assert_eq!(compatible(b, a), expected, "{b} {a}");
        }
    }
}
