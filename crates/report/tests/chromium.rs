//! The review rendered by headless Chromium to a screenshot and a PDF, kept
//! under `target/report-artifacts/` for people to look at. Without
//! Chromium the test says it skipped, except under CI (`CI` set), where a
//! missing browser is a failure.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use attache_report::{render_html, ReportLang};

fn artifacts_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("report-artifacts")
}

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| {
            Command::new(name)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

/// Runs headless Chromium on `page` with one more argument (`--screenshot=…`
/// or `--print-to-pdf=…`).
fn render(browser: &str, page: &Path, output: &str) {
    let profile = tempfile::tempdir().unwrap();
    let status = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--window-size=1100,2000",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(output)
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
}

#[test]
fn the_review_renders_to_a_screenshot_and_a_pdf() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "Chromium is missing (apt-get install -y chromium); CI needs it"
        );
        eprintln!("skipped: no Chromium on this machine");
        return;
    };
    let dir = artifacts_dir();
    std::fs::create_dir_all(&dir).unwrap();
    for lang in [ReportLang::Fr, ReportLang::En] {
        let page = dir.join(format!("review-{}.html", lang.code()));
        std::fs::write(&page, render_html(&common::review(lang))).unwrap();
        let png = dir.join(format!("review-{}.png", lang.code()));
        let pdf = dir.join(format!("review-{}.pdf", lang.code()));
        let _ = std::fs::remove_file(&png);
        let _ = std::fs::remove_file(&pdf);
        render(browser, &page, &format!("--screenshot={}", png.display()));
        render(browser, &page, &format!("--print-to-pdf={}", pdf.display()));
        let png_bytes = std::fs::read(&png).unwrap();
        assert!(
            png_bytes.starts_with(b"\x89PNG") && png_bytes.len() > 10_000,
            "{}",
            png.display()
        );
        let pdf_bytes = std::fs::read(&pdf).unwrap();
        assert!(
            pdf_bytes.starts_with(b"%PDF") && pdf_bytes.len() > 10_000,
            "{}",
            pdf.display()
        );
        eprintln!("kept {} and {}", png.display(), pdf.display());
    }
}
