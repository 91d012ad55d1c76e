//! JSON Lines input (`extract -` articles, `merge` records), read line by
//! line with a bound on each line's length.

use crate::document::MAX_DOCUMENT_BYTES;
use std::io::{BufRead, Read};

/// A line of JSON Lines input that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LineError {
    /// The stream could not be read.
    #[error("{name}: cannot read")]
    Read {
        /// The stream (a file name or `<stdin>`).
        name: String,
        /// The OS error.
        source: std::io::Error,
    },
    /// A line longer than [`JsonLines::MAX_LINE_BYTES`].
    #[error("{name}:{line}: line longer than {max} bytes")]
    TooLong {
        /// The stream.
        name: String,
        /// The line number.
        line: usize,
        /// The limit.
        max: u64,
    },
    /// A line that is not UTF-8.
    #[error("{name}:{line}: not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 {
        /// The stream.
        name: String,
        /// The line number.
        line: usize,
        /// Where the first invalid byte is in the line.
        offset: usize,
    },
}

/// Lines of a JSON Lines stream, each at most an article's size
/// ([`MAX_DOCUMENT_BYTES`]) plus room for its fields: a longer line, or one
/// that is not UTF-8, is an error naming the stream and line, and no more of
/// it than the limit is held in memory.
pub struct JsonLines<R> {
    reader: R,
    name: String,
    line: usize,
}

impl<R: BufRead> JsonLines<R> {
    /// The longest line read.
    pub const MAX_LINE_BYTES: u64 = MAX_DOCUMENT_BYTES + 64 * 1024;

    /// The lines of `reader`, which errors call `name`.
    pub fn new(reader: R, name: &str) -> Self {
        JsonLines { reader, name: name.to_string(), line: 0 }
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Result<String, LineError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.line += 1;
        let mut buf = Vec::new();
        let read = (&mut self.reader).take(Self::MAX_LINE_BYTES + 1).read_until(b'\n', &mut buf);
        let (name, line) = (self.name.clone(), self.line);
        match read {
            Err(source) => Some(Err(LineError::Read { name, source })),
            Ok(0) => None,
            Ok(_) if buf.len() as u64 > Self::MAX_LINE_BYTES => {
                Some(Err(LineError::TooLong { name, line, max: Self::MAX_LINE_BYTES }))
            }
            Ok(_) => {
                while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                    buf.pop();
                }
                Some(String::from_utf8(buf).map_err(|e| LineError::NotUtf8 {
                    name,
                    line,
                    offset: e.utf8_error().valid_up_to(),
                }))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{JsonLines, LineError};

    #[test]
    fn lines_come_without_their_ends_and_bad_ones_are_named() {
        let text = b"{\"a\": 1}\r\n\n{\"b\": 2}";
        let lines: Vec<String> = JsonLines::new(&text[..], "x").map(Result::unwrap).collect();
        assert_eq!(lines, ["{\"a\": 1}", "", "{\"b\": 2}"]);
        let bad = b"ok\n\xff\xfe\n";
        let err = JsonLines::new(&bad[..], "in.jsonl").nth(1).unwrap().unwrap_err();
        assert!(matches!(err, LineError::NotUtf8 { line: 2, offset: 0, .. }), "{err:?}");
        assert_eq!(err.to_string(), "in.jsonl:2: not UTF-8 text (invalid byte at offset 0)");
    }
}
