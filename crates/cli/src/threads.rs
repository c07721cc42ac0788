//! `--threads`, held to what the machine can use.

/// Workers per core at the most: more only adds threads that wait (and
/// `--threads 100000` would try to start them all).
const PER_CORE: usize = 4;

/// The most worker threads worth starting here.
pub fn max_threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from) * PER_CORE
}

/// `asked`, clamped to [`max_threads`], with a note on stderr when clamped.
pub fn clamp(asked: Option<usize>) -> Option<usize> {
    let max = max_threads();
    match asked {
        Some(n) if n > max => {
            eprintln!("attache: --threads {n} is more than {PER_CORE} per core; using {max}");
            Some(max)
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_thread_count_is_clamped_and_a_sane_one_kept() {
        assert_eq!(clamp(Some(100_000)), Some(max_threads()));
        assert_eq!(clamp(Some(1)), Some(1));
        assert_eq!(clamp(None), None);
    }
}
