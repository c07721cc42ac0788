//! Reading one input into documents and rejections.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use attache_model::Document;

use crate::detect::check_language;
use crate::html::extract_article;
use crate::jsonl::parse_document_line;
use crate::lines::{read_line_bounded, LineRead};
use crate::{detect_lang, Input, InputKind, Rejection};

/// What reading yields: a document, or a piece of input that could not be one.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    Document(Document),
    Rejected(Rejection),
}

#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// Largest document (a file, or a JSONL line) accepted; larger ones are
    /// rejected without being held in memory.
    pub max_doc_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_doc_bytes: 16 * 1024 * 1024,
        }
    }
}

pub struct Reader {
    options: ReadOptions,
    /// The line where the document last handed to the sink starts.
    line: std::sync::atomic::AtomicU64,
}

impl Reader {
    pub fn new(options: ReadOptions) -> Self {
        Reader {
            options,
            line: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// The 1-based line of its input where the document the sink is given
    /// starts (1 for a whole-file document): a later stage that refuses
    /// the document reports it as `path:line` too.
    pub fn line(&self) -> u64 {
        self.line.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Reads `input`, calling `sink` once per document or rejection, in input order.
    pub fn read(&self, input: &Input, sink: &mut dyn FnMut(Record)) {
        match input {
            Input::Stdin => self.read_jsonl("-", io::stdin().lock(), sink),
            Input::File { path, kind } => self.read_file(path, *kind, sink),
        }
    }

    /// Reads JSONL documents from `reader`; `name` is used in rejections.
    pub fn read_jsonl<R: BufRead>(&self, name: &str, mut reader: R, sink: &mut dyn FnMut(Record)) {
        let mut buf = Vec::new();
        let max = self.options.max_doc_bytes;
        for line_no in 1u64.. {
            let reject = |reason: String| Record::Rejected(Rejection::new(name, line_no, reason));
            match read_line_bounded(&mut reader, &mut buf, max) {
                Ok(LineRead::Eof) => return,
                Ok(LineRead::TooLong { bytes }) => sink(reject(too_large(bytes, max))),
                Ok(LineRead::Line) if buf.iter().all(u8::is_ascii_whitespace) => {}
                // A byte-order mark opens the file, not the document.
                Ok(LineRead::Line) => match std::str::from_utf8(strip_bom(&buf, line_no)) {
                    Err(e) => sink(reject(format!(
                        "invalid UTF-8 at byte {} of the line",
                        e.valid_up_to() + 1
                    ))),
                    // A line of other spaces (`U+2000`…) is blank too.
                    Ok(line) if line.trim().is_empty() => {}
                    Ok(line) => match parse_document_line(line) {
                        Ok((doc, notices)) => {
                            self.line
                                .store(line_no, std::sync::atomic::Ordering::Relaxed);
                            for notice in notices {
                                sink(Record::Rejected(Rejection::kept(name, line_no, notice)));
                            }
                            sink(Record::Document(doc))
                        }
                        Err(reason) => sink(reject(reason)),
                    },
                },
                Err(e) => {
                    sink(reject(format!("read error: {e}")));
                    return;
                }
            }
        }
    }

    fn read_file(&self, path: &Path, kind: InputKind, sink: &mut dyn FnMut(Record)) {
        let name = path.display().to_string();
        if kind == InputKind::Jsonl {
            match File::open(path) {
                Ok(f) => self.read_jsonl(&name, BufReader::new(f), sink),
                Err(e) => sink(Record::Rejected(Rejection::new(
                    &name,
                    0,
                    format!("cannot open: {e}"),
                ))),
            }
            return;
        }
        let bytes = match self.read_whole(path) {
            Ok(b) => b,
            Err(rejection) => return sink(Record::Rejected(rejection)),
        };
        let kind = if kind == InputKind::Sniff {
            sniff(&bytes)
        } else {
            kind
        };
        if kind == InputKind::Jsonl {
            return self.read_jsonl(&name, &bytes[..], sink);
        }
        let record = match decode_text(&name, &bytes, kind) {
            Ok(text) if kind == InputKind::Html => html_document(path, text),
            Ok(text) => Ok(text_document(path, text)),
            Err(rejection) => Err(rejection),
        };
        self.line.store(1, std::sync::atomic::Ordering::Relaxed);
        if let Ok(Err(notice)) = record.as_ref().map(|doc| check_language(&doc.lang, false)) {
            sink(Record::Rejected(Rejection::kept(&name, 1, notice)));
        }
        sink(match record {
            Ok(doc) => Record::Document(doc),
            Err(rejection) => Record::Rejected(rejection),
        });
    }

    /// The bytes of a one-document file, refused when over the size limit.
    fn read_whole(&self, path: &Path) -> Result<Vec<u8>, Rejection> {
        let name = path.display().to_string();
        let max = self.options.max_doc_bytes;
        let file =
            File::open(path).map_err(|e| Rejection::new(&name, 0, format!("cannot open: {e}")))?;
        let mut bytes = Vec::new();
        // Read one byte past the limit to know it was crossed without reading it all.
        file.take(max as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Rejection::new(&name, 0, format!("read error: {e}")))?;
        if bytes.len() > max {
            let size = std::fs::metadata(path)
                .map(|m| m.len())
                .unwrap_or(bytes.len() as u64);
            return Err(Rejection::new(&name, 1, too_large(size, max)));
        }
        Ok(bytes)
    }
}

fn too_large(bytes: u64, max: usize) -> String {
    format!("document of {bytes} bytes exceeds the limit of {max} bytes (--max-doc-bytes)")
}

/// The 1-based line holding byte `offset`.
fn line_of(bytes: &[u8], offset: usize) -> u64 {
    1 + memchr::memchr_iter(b'\n', &bytes[..offset.min(bytes.len())]).count() as u64
}

/// Line 1 of a JSONL input without the byte-order mark that may open it.
fn strip_bom(line: &[u8], line_no: u64) -> &[u8] {
    match line.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) if line_no == 1 => rest,
        _ => line,
    }
}

/// UTF-8 text of a whole-file document, refusing binary, undecodable or
/// empty files. A page is markup: a stray NUL byte in it (which browsers
/// ignore) becomes U+FFFD as the HTML standard says, one character for one,
/// instead of refusing the whole page.
fn decode_text(name: &str, bytes: &[u8], kind: InputKind) -> Result<String, Rejection> {
    if kind == InputKind::Html && memchr::memchr(0, bytes).is_some() {
        // 0x00 is never inside a multi-byte UTF-8 sequence: replacing it is safe.
        let mut replaced = Vec::with_capacity(bytes.len() + 16);
        for &b in bytes {
            match b {
                0 => replaced.extend_from_slice("\u{fffd}".as_bytes()),
                b => replaced.push(b),
            }
        }
        return decode_text(name, &replaced, kind);
    }
    if let Some(nul) = memchr::memchr(0, bytes) {
        return Err(Rejection::new(
            name,
            line_of(bytes, nul),
            "binary file (NUL byte)",
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        Rejection::new(
            name,
            line_of(bytes, at),
            format!("invalid UTF-8 (byte 0x{:02X})", bytes[at]),
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Rejection::new(name, 1, "empty document"));
    }
    Ok(text.to_string())
}

/// Decides the kind of a file named with an unknown extension from its start.
fn sniff(bytes: &[u8]) -> InputKind {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with('{') {
        InputKind::Jsonl
    } else if ["<!doctype", "<html", "<head", "<body", "<article", "<p>"]
        .iter()
        .any(|tag| head.contains(tag))
    {
        InputKind::Html
    } else {
        InputKind::Text
    }
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn text_document(path: &Path, text: String) -> Document {
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_string);
    Document {
        id: file_stem(path),
        url: None,
        source: None,
        lang: detect_lang(&text),
        title,
        published: None,
        text,
    }
}

fn html_document(path: &Path, html: String) -> Result<Document, Rejection> {
    let article = extract_article(&html);
    if article.text.trim().is_empty() {
        let name = path.display().to_string();
        return Err(Rejection::new(
            &name,
            1,
            "no article text found in the page",
        ));
    }
    Ok(Document {
        id: file_stem(path),
        source: article.url.as_deref().and_then(host_of),
        url: article.url,
        lang: detect_lang(&article.text),
        title: article.title,
        published: article.published,
        text: article.text,
    })
}

/// The host of an absolute URL (`https://fr.example.vn/a/b` → `fr.example.vn`).
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_path(path: &Path, max: usize) -> Vec<Record> {
        let mut out = vec![];
        let kind = match path.extension().and_then(|e| e.to_str()) {
            Some("txt") => InputKind::Text,
            Some("html") => InputKind::Html,
            Some("jsonl") => InputKind::Jsonl,
            _ => InputKind::Sniff,
        };
        let input = Input::File {
            path: path.to_path_buf(),
            kind,
        };
        Reader::new(ReadOptions { max_doc_bytes: max }).read(&input, &mut |r| out.push(r));
        out
    }

    fn reasons(records: &[Record]) -> Vec<String> {
        records
            .iter()
            .filter_map(|r| match r {
                Record::Rejected(r) => Some(format!("{}: {}", r.line, r.reason)),
                Record::Document(_) => None,
            })
            .collect()
    }

    /// Issue 14: a document refused after reading (over its time budget)
    /// is reported at its line, which the reader tells as it hands it on.
    #[test]
    fn the_reader_tells_the_line_each_document_starts_on() {
        let data = "{\"id\":\"a\",\"text\":\"x\"}\n\n{\"id\":\"b\",\"text\":\"y\"}\n";
        let reader = Reader::new(ReadOptions::default());
        let mut lines = Vec::new();
        reader.read_jsonl("d.jsonl", data.as_bytes(), &mut |record| {
            if let Record::Document(_) = record {
                lines.push(reader.line());
            }
        });
        assert_eq!(lines, [1, 3]);
    }

    /// A line of spaces other than ASCII ones (`U+2000`, `U+3000`) is a
    /// blank line, as one of ASCII spaces is: neither a document nor a
    /// rejection (found by the ingest property test).
    #[test]
    fn a_line_of_unicode_spaces_is_blank() {
        let data = "{\"id\":\"a\",\"lang\":\"fr\",\"text\":\"x\"}\n\u{2000}\n\u{3000} \u{a0}\n";
        let reader = Reader::new(ReadOptions::default());
        let mut records = Vec::new();
        reader.read_jsonl("d.jsonl", data.as_bytes(), &mut |record| {
            records.push(record)
        });
        assert_eq!(records.len(), 1, "{}", reasons(&records).join("; "));
    }

    #[test]
    fn text_files_take_id_from_stem_and_title_from_first_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("visite-01.txt");
        std::fs::write(
            &path,
            "\n  Une visite officielle\n\nLe ministre a reçu son homologue.",
        )
        .unwrap();
        let Record::Document(doc) = &read_path(&path, 1000)[0] else {
            panic!()
        };
        assert_eq!(doc.id, "visite-01");
        assert_eq!(doc.title.as_deref(), Some("Une visite officielle"));
    }

    #[test]
    fn bad_files_are_rejected_with_their_line() {
        let dir = tempfile::tempdir().unwrap();
        let cases: &[(&str, &[u8], &str)] = &[
            (
                "latin1.txt",
                b"ok line\nd\xe9fense\n",
                "2: invalid UTF-8 (byte 0xE9)",
            ),
            ("bin.txt", b"abc\n\ndef\0", "3: binary file (NUL byte)"),
            ("empty.txt", b"  \n", "1: empty document"),
            (
                "big.txt",
                &[b'a'; 64],
                "1: document of 64 bytes exceeds the limit of 32 bytes (--max-doc-bytes)",
            ),
            (
                "cut.html",
                b"<html><body><nav>menu</nav><p>",
                "1: no article text found in the page",
            ),
        ];
        for (name, bytes, expected) in cases {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            assert_eq!(
                reasons(&read_path(&path, 32)),
                [expected.to_string()],
                "{name}"
            );
        }
    }

    #[test]
    fn jsonl_rejects_bad_lines_and_keeps_the_good_ones() {
        let mut data = b"{\"id\":\"a\",\"lang\":\"fr\",\"text\":\"Bonjour\"}\n\n{oops\n".to_vec();
        data.extend_from_slice(b"{\"id\":\"b\",\"text\":\"\xff\"}\n");
        data.extend_from_slice(&[b'x'; 100]);
        data.extend_from_slice(b"\n{\"id\":\"c\",\"lang\":\"en\",\"text\":\"Hello\"}");
        let mut out = vec![];
        Reader::new(ReadOptions { max_doc_bytes: 64 })
            .read_jsonl("d.jsonl", &data[..], &mut |r| out.push(r));
        let ids: Vec<_> = out
            .iter()
            .filter_map(|r| {
                if let Record::Document(d) = r {
                    Some(d.id.as_str())
                } else {
                    None
                }
            })
            .collect();
        assert_eq!(ids, ["a", "c"]);
        let reasons = reasons(&out);
        assert!(reasons[0].starts_with("3: malformed JSON"), "{reasons:?}");
        assert_eq!(reasons[1], "4: invalid UTF-8 at byte 19 of the line");
        assert!(reasons[2].starts_with("5: document of 100 bytes exceeds"));
    }

    #[test]
    fn a_nul_byte_in_a_page_does_not_reject_it() {
        let dir = tempfile::tempdir().unwrap();
        let page = dir.path().join("p.html");
        let html = "<html><body><article><p>Le ministre de la Défense a reçu\0 l'ambassadeur du Japon à Hanoï, lundi.</p></article></body></html>";
        std::fs::write(&page, html).unwrap();
        let records = read_path(&page, 1 << 20);
        let Record::Document(doc) = &records[0] else {
            panic!("{records:?}")
        };
        assert!(
            doc.text.contains("a reçu\u{fffd} l'ambassadeur"),
            "{}",
            doc.text
        );
        let text = dir.path().join("t.txt");
        std::fs::write(&text, "Le ministre\0").unwrap();
        assert!(reasons(&read_path(&text, 1 << 20))[0].contains("NUL byte"));
    }

    #[test]
    fn a_byte_order_mark_opening_a_jsonl_file_is_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.jsonl");
        let line = r#"{"id": "a", "lang": "fr", "text": "Le ministre a reçu l'ambassadeur."}"#;
        std::fs::write(&path, format!("\u{feff}{line}\n")).unwrap();
        let records = read_path(&path, 1 << 20);
        let Record::Document(doc) = &records[0] else {
            panic!("{records:?}")
        };
        assert_eq!(doc.text, "Le ministre a reçu l'ambassadeur.");
    }

    #[test]
    fn unknown_extensions_are_sniffed() {
        assert_eq!(sniff(b"  {\"id\": 1}"), InputKind::Jsonl);
        assert_eq!(sniff(b"<!DOCTYPE html><p>x"), InputKind::Html);
        assert_eq!(sniff(b"Le ministre"), InputKind::Text);
    }

    #[test]
    fn host_of_urls() {
        assert_eq!(
            host_of("https://fr.Example.vn/a/b?c").as_deref(),
            Some("fr.example.vn")
        );
        assert_eq!(host_of("http://user@host:8080/x").as_deref(), Some("host"));
        assert_eq!(host_of("no scheme"), None);
    }
}
