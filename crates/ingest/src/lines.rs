//! Reading lines with a bound on their length, so one huge line cannot take
//! the memory of the run.

use std::io::{self, BufRead};

pub enum LineRead {
    /// No more input.
    Eof,
    /// A line (without its `\n`) is in the buffer.
    Line,
    /// The line was longer than the bound; its bytes were skipped, not kept.
    TooLong { bytes: u64 },
}

/// Reads the next line into `buf` (cleared first), holding at most `max` bytes.
pub fn read_line_bounded<R: BufRead>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<LineRead> {
    buf.clear();
    let mut total: u64 = 0;
    let mut any = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        any = true;
        let (chunk, found_newline) = match memchr::memchr(b'\n', available) {
            Some(i) => (&available[..i], true),
            None => (available, false),
        };
        total += chunk.len() as u64;
        if total <= max as u64 {
            buf.extend_from_slice(chunk);
        }
        let consumed = chunk.len() + usize::from(found_newline);
        reader.consume(consumed);
        if found_newline {
            break;
        }
    }
    if !any {
        return Ok(LineRead::Eof);
    }
    if total > max as u64 {
        buf.clear();
        return Ok(LineRead::TooLong { bytes: total });
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(LineRead::Line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_lines(input: &[u8], max: usize) -> Vec<String> {
        let mut reader = io::BufReader::with_capacity(4, input);
        let mut buf = Vec::new();
        let mut out = Vec::new();
        loop {
            match read_line_bounded(&mut reader, &mut buf, max).unwrap() {
                LineRead::Eof => return out,
                LineRead::Line => out.push(String::from_utf8_lossy(&buf).into_owned()),
                LineRead::TooLong { bytes } => out.push(format!("<{bytes}>")),
            }
        }
    }

    #[test]
    fn long_lines_are_skipped_and_reading_goes_on() {
        assert_eq!(all_lines(b"ab\r\nabcdefghij\ncd", 5), ["ab", "<10>", "cd"]);
        assert_eq!(all_lines(b"", 5), Vec::<String>::new());
        assert_eq!(all_lines(b"\n\n", 5), ["", ""]);
    }
}
