//! Documents: loading articles from files, directories or standard input,
//! detecting their title and date, skipping page furniture (menus, "See also"
//! lists, headlines of other stories) and splitting the body into sentences
//! with byte offsets.

use jiff::civil::Date;
use regex::Regex;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Articles larger than this are skipped (or refused when named explicitly).
pub const MAX_DOCUMENT_BYTES: u64 = 64 * 1024 * 1024;

/// Why a document could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// The file or directory could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The bytes are not UTF-8 text.
    #[error("{path}: not UTF-8 text (invalid byte at offset {offset}); convert it to UTF-8 first")]
    NotUtf8 {
        /// The path.
        path: PathBuf,
        /// The first invalid byte.
        offset: usize,
    },
    /// The file holds no text.
    #[error("{path}: empty document")]
    Empty {
        /// The path.
        path: PathBuf,
    },
    /// The file is larger than [`MAX_DOCUMENT_BYTES`].
    #[error("{path}: {size} bytes is larger than the {max} bytes an article may have")]
    TooLarge {
        /// The path.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        max: u64,
    },
    /// A binary file (it contains NUL bytes).
    #[error("{path}: binary file (contains NUL bytes)")]
    Binary {
        /// The path.
        path: PathBuf,
    },
    /// UTF-16 text (it starts with a UTF-16 byte order mark).
    #[error("{path}: UTF-16 text, not UTF-8; convert it to UTF-8 first")]
    Utf16 {
        /// The path.
        path: PathBuf,
    },
    /// A stream (standard input, a device, a pipe, a file still growing)
    /// that went on past [`MAX_DOCUMENT_BYTES`]: reading stopped there.
    #[error("{path}: larger than the {max} bytes an article may have")]
    TooLong {
        /// The path.
        path: PathBuf,
        /// The limit.
        max: u64,
    },
    /// In a directory, something that is not a regular file (a named pipe,
    /// a socket, a device, or a link to one): reading it could wait forever
    /// or never end.
    #[error("{path}: not a regular file (a named pipe, socket or device)")]
    NotRegular {
        /// The path.
        path: PathBuf,
    },
    /// A directory nested deeper than [`MAX_DEPTH`] below the one given.
    #[error("{path}: folder tree deeper than {max} levels; not searched further")]
    TooDeep {
        /// The directory not searched.
        path: PathBuf,
        /// The limit.
        max: usize,
    },
}

/// How deep below a directory given `build` and `extract` look for articles.
pub const MAX_DEPTH: usize = 100;

/// A loaded article.
#[derive(Debug, Clone)]
pub struct Document {
    /// Id: the file name (or the path below the directory given), or `stdin`.
    pub id: String,
    /// The full text as read.
    pub text: String,
    /// SHA-256 of the bytes, hex.
    pub sha256: String,
    /// The detected title.
    pub title: Option<String>,
    /// The detected date, `YYYY-MM-DD`.
    pub date: Option<String>,
    title_span: Option<(usize, usize)>,
    body: Vec<(usize, usize)>,
}

/// A sentence of a document's body, with its byte offsets in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence<'d> {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// The sentence's text (a slice of the document).
    pub text: &'d str,
    /// Whether this is the document's headline.
    pub is_title: bool,
}

impl Document {
    /// Builds a document from text: detects title, date and body.
    pub fn from_text(id: impl Into<String>, text: String) -> Document {
        let sha256 = hex(&Sha256::digest(text.as_bytes()));
        let lines = lines_with_offsets(&text);
        let (title_span, body) = layout(&text, &unwrap_lines(&text, &lines));
        let title = title_span.map(|(s, e)| clean_title(&text[s..e]));
        let date = detect_date(&text, &lines, &body);
        Document { id: id.into(), text, sha256, title, date, title_span, body }
    }

    /// The body's sentences in order, the title first.
    pub fn sentences(&self) -> Vec<Sentence<'_>> {
        let mut out = Vec::new();
        if let Some((s, e)) = self.title_span {
            let (s, e) = trim_span(&self.text, s, e);
            let e = s + self.text[s..e].find(" | ").unwrap_or(e - s);
            let (s, e) = trim_span(&self.text, s, e);
            out.push(Sentence { start: s, end: e, text: &self.text[s..e], is_title: true });
        }
        for &(s, e) in &self.body {
            split_sentences(&self.text, s, e, &mut out);
        }
        out
    }

    /// The lines above the body that are not its title: the issuer, the kind
    /// of release, the date ("Council of the EU / Press release / 24 February
    /// 2026"). At most `HEADER_BYTES`; empty when the body starts at once.
    pub fn header(&self) -> &str {
        let end = self.body.first().map_or(0, |b| b.0).min(HEADER_BYTES);
        let end = (0..=end).rev().find(|&e| self.text.is_char_boundary(e)).unwrap_or(0);
        &self.text[..end]
    }

    /// The byte ranges of the body's paragraphs (for tests and debugging).
    pub fn body_spans(&self) -> &[(usize, usize)] {
        &self.body
    }
}

/// Loads one file as a document with the given id.
pub fn load_file(path: &Path, id: String) -> Result<Document, DocumentError> {
    let io = |source| DocumentError::Io { path: path.to_path_buf(), source };
    // One open: the size comes from the open file, not a second path lookup.
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > MAX_DOCUMENT_BYTES {
        return Err(DocumentError::TooLarge { path: path.to_path_buf(), size, max: MAX_DOCUMENT_BYTES });
    }
    // The size the file system reports is only a hint: a device or a pipe
    // reports none, a file may grow. No more than the limit is read.
    match crate::fsutil::read_at_most(file, MAX_DOCUMENT_BYTES, size).map_err(io)? {
        Some(bytes) => from_bytes(path, id, bytes),
        None => Err(DocumentError::TooLong { path: path.to_path_buf(), max: MAX_DOCUMENT_BYTES }),
    }
}

/// Reads a document from standard input, no further than the limit.
pub fn from_stdin(id: String) -> Result<Document, DocumentError> {
    let path = Path::new("<stdin>");
    match crate::fsutil::read_at_most(std::io::stdin().lock(), MAX_DOCUMENT_BYTES, 0) {
        Ok(Some(bytes)) => from_bytes(path, id, bytes),
        Ok(None) => Err(DocumentError::TooLong { path: path.to_path_buf(), max: MAX_DOCUMENT_BYTES }),
        Err(source) => Err(DocumentError::Io { path: path.to_path_buf(), source }),
    }
}

/// Checks text given as such (a JSON Lines record of `relgraph extract -`)
/// by the rules a file's bytes are checked by: at most [`MAX_DOCUMENT_BYTES`],
/// no NUL, not empty or only whitespace; `path` names it in errors.
pub fn check_text(path: &Path, text: &str) -> Result<(), DocumentError> {
    let path = || path.to_path_buf();
    if text.len() as u64 > MAX_DOCUMENT_BYTES {
        return Err(DocumentError::TooLarge { path: path(), size: text.len() as u64, max: MAX_DOCUMENT_BYTES });
    }
    if text.contains('\0') {
        return Err(DocumentError::Binary { path: path() });
    }
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(DocumentError::Empty { path: path() });
    }
    Ok(())
}

/// Loads a document from bytes (standard input, or a file's contents).
pub fn from_bytes(path: &Path, id: String, bytes: Vec<u8>) -> Result<Document, DocumentError> {
    if bytes.len() as u64 > MAX_DOCUMENT_BYTES {
        return Err(DocumentError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            max: MAX_DOCUMENT_BYTES,
        });
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(DocumentError::Utf16 { path: path.to_path_buf() });
    }
    if bytes.contains(&0) {
        return Err(DocumentError::Binary { path: path.to_path_buf() });
    }
    let mut text = String::from_utf8(bytes)
        .map_err(|e| DocumentError::NotUtf8 { path: path.to_path_buf(), offset: e.utf8_error().valid_up_to() })?;
    if text.starts_with('\u{feff}') {
        text.replace_range(..3, "   ");
    }
    if text.trim().is_empty() {
        return Err(DocumentError::Empty { path: path.to_path_buf() });
    }
    Ok(Document::from_text(id, text))
}

/// The inputs found under the paths given, and what was passed over.
#[derive(Debug, Default)]
pub struct Discovered {
    /// Each input (`None`: standard input) with its document id, in a stable order.
    pub inputs: Vec<(Option<PathBuf>, String)>,
    /// What a directory held that cannot be read as an article (a named
    /// pipe, a device, an unreadable folder, a tree too deep), to warn about.
    pub skipped: Vec<DocumentError>,
}

/// The `.txt` files under the given paths, with their document ids, in a
/// stable order. A file named explicitly is taken whatever its extension;
/// directories are walked recursively, at most [`MAX_DEPTH`] levels deep,
/// without following symbolic links to directories. `-` stands for standard
/// input and is returned as `None`.
///
/// A document's id is its file name, or its path below the directory given;
/// when two inputs would get the same id (`a/x.txt` and `b/x.txt`), each of
/// them gets its path as given instead. In a directory, a `.txt` entry that
/// is not a regular file (a named pipe, which would wait forever; a device,
/// which never ends) and a folder that cannot be read or lies too deep are
/// passed over and returned in `skipped`. A path given that does not exist,
/// or a directory given that cannot be read, is an error.
pub fn discover(paths: &[PathBuf]) -> Result<Discovered, DocumentError> {
    let mut found = Discovered::default();
    let mut given = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            found.inputs.push((None, "stdin".to_string()));
            given.push(None);
            continue;
        }
        let meta = std::fs::metadata(p).map_err(|source| DocumentError::Io { path: p.clone(), source })?;
        if meta.is_dir() {
            std::fs::read_dir(p).map_err(|source| DocumentError::Io { path: p.clone(), source })?;
            let mut files = Vec::new();
            walk(p, 0, &mut files, &mut found.skipped);
            files.sort();
            for f in files {
                let id = f.strip_prefix(p).unwrap_or(&f).to_string_lossy().replace('\\', "/");
                found.inputs.push((Some(f.clone()), id));
                given.push(Some(f));
            }
        } else {
            let id = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.to_string_lossy().into_owned());
            found.inputs.push((Some(p.clone()), id));
            given.push(Some(p.clone()));
        }
    }
    let mut seen = std::collections::HashMap::new();
    for (_, id) in &found.inputs {
        *seen.entry(id.clone()).or_insert(0usize) += 1;
    }
    for ((_, id), path) in found.inputs.iter_mut().zip(given) {
        if let Some(path) = path.filter(|_| seen[id.as_str()] > 1) {
            *id = path.to_string_lossy().replace('\\', "/");
        }
    }
    Ok(found)
}

fn walk(dir: &Path, depth: usize, out: &mut Vec<PathBuf>, skipped: &mut Vec<DocumentError>) {
    if depth > MAX_DEPTH {
        skipped.push(DocumentError::TooDeep { path: dir.to_path_buf(), max: MAX_DEPTH });
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => return skipped.push(DocumentError::Io { path: dir.to_path_buf(), source }),
    };
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(source) => return skipped.push(DocumentError::Io { path: dir.to_path_buf(), source }),
        };
        let path = entry.path();
        let ft = match entry.file_type() {
            Ok(ft) => ft,
            Err(source) => {
                skipped.push(DocumentError::Io { path, source });
                continue;
            }
        };
        if ft.is_dir() {
            walk(&path, depth + 1, out, skipped);
        } else if path.extension().is_some_and(|e| e == "txt") {
            // A link is judged by what it points to; a broken one is taken,
            // so that reading it says what is wrong.
            let regular = if ft.is_symlink() {
                std::fs::metadata(&path).map(|m| m.is_file() || m.is_dir()).unwrap_or(true)
            } else {
                ft.is_file()
            };
            if regular {
                out.push(path);
            } else {
                skipped.push(DocumentError::NotRegular { path });
            }
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 15)] as char);
    }
    out
}

/// Lines as (start, end) byte spans, without the line break.
fn lines_with_offsets(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && text.as_bytes()[i - 1] == b'\r' { i - 1 } else { i };
            out.push((start, end));
            start = i + 1;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

fn trim_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    let slice = &text[s..e];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    (s + lead, (e - trail).max(s + lead))
}

fn words(line: &str) -> usize {
    // Bytes, not chars: called on every line, and ASCII whitespace is what separates words here.
    let mut n = 0;
    let mut in_word = false;
    for &b in line.as_bytes() {
        let space = b.is_ascii_whitespace();
        n += usize::from(!space && !in_word);
        in_word = !space;
    }
    n
}

/// Joins hard-wrapped lines (wire copy, e-mail: a paragraph broken every
/// 60-80 characters) into one line per paragraph. Text whose paragraphs are
/// single long lines, as web pages give, is left as it is.
fn unwrap_lines(text: &str, lines: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let filled: Vec<&(usize, usize)> = lines.iter().filter(|(s, e)| !text[*s..*e].trim().is_empty()).collect();
    let long = filled.iter().filter(|(s, e)| e - s > 100).count();
    if filled.len() < 4 || long * 10 > filled.len() {
        return lines.to_vec();
    }
    let mut out = Vec::new();
    // The paragraph so far, and where its last physical line starts.
    let mut current: Option<(usize, usize, usize)> = None;
    for &(s, e) in lines {
        let line = &text[s..e];
        if line.trim().is_empty() {
            out.extend(current.take().map(|(cs, ce, _)| (cs, ce)));
            continue;
        }
        let indented = line.starts_with("  ") || line.starts_with('\t');
        if let Some((cs, ce, last)) = current {
            let previous = text[last..ce].trim();
            let starts_lower = line.trim_start().starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
            // A line that ends in an abbreviation ("to support the U.S.") runs on.
            let open = !ends_like_prose(previous) || ends_in_abbreviation(previous);
            if !indented && open && (previous.len() >= 40 || starts_lower) {
                current = Some((cs, e, s));
                continue;
            }
            out.push((cs, ce));
        }
        current = Some((s, e, s));
    }
    out.extend(current.map(|(cs, ce, _)| (cs, ce)));
    out
}

/// Headers after which a page lists other stories.
fn is_section_header(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)^(see also|related( stories| articles| news| content| posts)?|rea[l]?ted stories|more (stories|news|from)\b.*|read (more|also|next)|most (read|popular|viewed)|trending( now)?|recommended( for you)?|you may (also )?like|also read|latest (news|stories)|top stories|popular (stories|posts)|tags?|topics)\s*:?\s*$")
            .unwrap()
    });
    let t = line.trim();
    // Headers are short; most lines are prose and skip the regex.
    t.len() <= 80 && (re.is_match(t) || ends_with_ignore_case(t, "related stories"))
}

fn ends_with_ignore_case(text: &str, suffix: &str) -> bool {
    text.len() >= suffix.len() && text.as_bytes()[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Lines that are page furniture wherever they stand.
fn is_furniture_line(line: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let t = line.trim();
    RE.get_or_init(|| {
        Regex::new(r"(?i)^(read more|see also|also read|related|watch|listen|advertisement|subscribe|share|click here|follow us|photo|image|video|source|copyright|©|send to a friend|printable version|open (in app|menu)|scroll to top|close x|sign (in|up)|log ?in|menu|home|search|epaper|newsletter|—\s)")
            .unwrap()
    })
    .is_match(t)
        || t.starts_with("http")
}

/// Whether the line's last word is an abbreviation with its period ("U.S.", "Corp.").
fn ends_in_abbreviation(line: &str) -> bool {
    let t = line.trim_end();
    t.strip_suffix('.').is_some_and(|w| is_abbreviation(w.rsplit(char::is_whitespace).next().unwrap_or(w)))
}

fn ends_like_prose(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with(['.', '!', '?', '"', '\u{201d}', '\u{2019}', '\'', ')', ':', ';', '…'])
}

/// How many non-empty lines at the top count as the header (title, date, menus).
const HEADER_LINES: usize = 15;

/// How many bytes at the top [`Document::header`] reads at most.
const HEADER_BYTES: usize = 2000;

fn is_date_line(line: &str) -> bool {
    // The date regex last: most lines are long prose. The ending first: it
    // is read at once, and a line that ends like prose needs no word count.
    !ends_like_prose(line) && words(line) <= 12 && find_date(line).is_some()
}

fn is_teaser(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with("..") || t.ends_with('…') || t.ends_with("ago")
}

/// A byte range of the text.
type Span = (usize, usize);

/// Decides the title and which lines are body prose: a title is the first
/// header line that reads like a headline; body lines read like prose (end in
/// sentence punctuation, or are long). Lines after a "See also" / "Related
/// Stories" header are furniture until a long paragraph appears again.
fn layout(text: &str, lines: &[Span]) -> (Option<Span>, Vec<Span>) {
    let mut title = None;
    let mut body = Vec::new();
    let mut in_section = false;
    let mut seen = 0;
    for &(s, e) in lines {
        let mut s = s;
        if seen < HEADER_LINES {
            // "date 2023-06-14 Belarusian President ...": a dateline run into the first paragraph.
            if let Some((prefix, _)) = leading_date(&text[s..e]) {
                s += prefix;
            }
        }
        let line = text[s..e].trim();
        if line.is_empty() {
            continue;
        }
        seen += 1;
        let n = words(line);
        if is_section_header(line) {
            in_section = true;
            continue;
        }
        if title.is_none()
            && seen <= HEADER_LINES
            && (4..=30).contains(&n)
            && !is_date_line(line)
            && !is_furniture_line(line)
            && !line.starts_with("By ")
            && !line.ends_with('.')
            && !is_teaser(line)
        {
            title = Some((s, e));
            continue;
        }
        let prose = !is_teaser(line) && ((ends_like_prose(line) && n >= 4) || n >= 20);
        if in_section {
            if n >= 20 && prose {
                in_section = false;
            } else {
                continue;
            }
        }
        if prose && !is_furniture_line(line) && !is_date_line(line) {
            body.push((s, e));
        }
    }
    (title, body)
}

fn clean_title(t: &str) -> String {
    let t = t.trim();
    let t = t.split(" | ").next().unwrap_or(t);
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The date of the article, from its header only: the lines above the
/// story's first paragraph (a short line with a date, a `date YYYY-MM-DD`
/// line, a line that opens with a date), or a dateline that opens the
/// story. A date inside the story is about something else ("debentures due
/// May 1, 1996") and never dates the article.
fn detect_date(text: &str, lines: &[(usize, usize)], body: &[(usize, usize)]) -> Option<String> {
    let story = body.first().map_or(text.len(), |&(s, _)| s);
    lines
        .iter()
        .take_while(|&&(s, _)| s <= story)
        .map(|&(s, e)| (s == story, text[s..e].trim()))
        .filter(|(_, l)| !l.is_empty())
        .take(HEADER_LINES)
        .find_map(
            |(opens_story, l)| {
                if words(l) <= 15 && !opens_story {
                    find_date(l)
                } else {
                    leading_date(l).map(|(_, d)| d)
                }
            },
        )
}

/// A date that opens a line ("date 2023-06-14 ...", "Published March 5,
/// 2025 ...", "10-9-2023 (YANGON) ..."): its byte length and the date.
fn leading_date(line: &str) -> Option<(usize, String)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let month = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
        Regex::new(&format!(
            r"(?i)^\s*(?:(?:date|dated|published|updated|posted)(?: on)?:?\s+)?(?P<date>\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[-/]\d{{1,2}}[-/]\d{{4}}|{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{month},?\s+\d{{4}})(?:,?\s+\d{{1,2}}[.:]\d{{2}}(?:\s*[AP]M)?)?[\s,|:-]+"
        ))
        .unwrap()
    });
    let c = re.captures(line)?;
    let raw = c.name("date")?.as_str();
    let date = match raw.split('-').collect::<Vec<_>>()[..] {
        // Day first in dashed dates ("10-9-2023"), unless that cannot be.
        [d, m, y] if y.len() == 4 => {
            let (d, m, y) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
            if m > 12 {
                ymd(y, d, m)
            } else {
                ymd(y, m, d)
            }
        }
        _ => find_date(raw),
    }?;
    Some((c.get(0)?.end(), date))
}

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

fn month_number(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    MONTHS.iter().position(|m| n.starts_with(m)).map(|i| i as u32 + 1)
}

/// The day `y-m-d` written `YYYY-MM-DD`, if it is a real calendar day between
/// 1900 and 2100.
fn ymd(y: u32, m: u32, d: u32) -> Option<String> {
    if !(1900..=2100).contains(&y) {
        return None;
    }
    let date = Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
    Some(date.to_string())
}

/// A day written exactly `YYYY-MM-DD` (as `--since`, `--until` and a JSON
/// Lines article's `date` are), if it is a real calendar day between 1900
/// and 2100.
pub fn parse_day(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
    let date: Date = if shape { s.parse().ok()? } else { return None };
    (1900..=2100).contains(&date.year()).then_some(date)
}

/// Parses the first date in a line: `2025-03-05`, `06/23/2021` (month first
/// unless the first number is over 12), `March 5, 2025`, `5th Mar, 2025`.
pub fn find_date(line: &str) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let month = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    let re = RE.get_or_init(|| {
        Regex::new(&format!(
            r"(?i)\b(?:(?P<iy>\d{{4}})-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})|(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<sy>\d{{4}})|(?P<m1>{month})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{month}),?\s+(?P<y2>\d{{4}}))\b"
        ))
        .unwrap()
    });
    // Every date has a year of four ASCII digits (other digits do not parse):
    // most lines have none and skip the regex.
    if !line.as_bytes().windows(4).any(|w| w.iter().all(u8::is_ascii_digit)) {
        return None;
    }
    for c in re.captures_iter(line) {
        let num = |n: &str| c.name(n).and_then(|m| m.as_str().parse::<u32>().ok());
        let found = if let (Some(y), Some(m), Some(d)) = (num("iy"), num("im"), num("id")) {
            ymd(y, m, d)
        } else if let (Some(a), Some(b), Some(y)) = (num("a"), num("b"), num("sy")) {
            if a > 12 {
                ymd(y, b, a)
            } else {
                ymd(y, a, b)
            }
        } else if let (Some(m), Some(d), Some(y)) =
            (c.name("m1").and_then(|m| month_number(m.as_str())), num("d1"), num("y1"))
        {
            ymd(y, m, d)
        } else if let (Some(d), Some(m), Some(y)) =
            (num("d2"), c.name("m2").and_then(|m| month_number(m.as_str())), num("y2"))
        {
            ymd(y, m, d)
        } else {
            None
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "brig", "sen",
    "rep", "gov", "pres", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "rev",
    "hon", "amb", "gens", "messrs",
];

/// Longest word [`is_abbreviation`] is asked about, in bytes.
const MAX_ABBREVIATION_BYTES: usize = 64;

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() {
        return false;
    }
    // Initials and dotted acronyms: "U.S", "U.N", "J".
    if w.split('.').all(|p| p.chars().count() == 1 && p.chars().all(|c| c.is_uppercase())) {
        return true;
    }
    ABBREVIATIONS.contains(&w.to_lowercase().as_str())
}

/// Splits `text[s..e]` into sentences, appending to `out`.
fn split_sentences<'d>(text: &'d str, s: usize, e: usize, out: &mut Vec<Sentence<'d>>) {
    let para = &text[s..e];
    let bytes = para.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            // Include closing quotes and brackets after the punctuation.
            let mut j = i + 1;
            while j < bytes.len() {
                let rest = &para[j..];
                if let Some(c) = rest.chars().next().filter(|c| matches!(c, '"' | '\'' | ')' | '\u{201d}' | '\u{2019}'))
                {
                    j += c.len_utf8();
                } else {
                    break;
                }
            }
            let rest = &para[j..];
            let after_space = rest.trim_start();
            let has_space = rest.len() > after_space.len();
            let next_ok = after_space.chars().next().is_some_and(|c| {
                c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\u{201c}' | '\'' | '\u{2018}' | '(' | '[')
            });
            // The word before the punctuation, looked for only a few bytes back
            // (a longer "word" is no abbreviation) so that a line of dots
            // without spaces is not scanned again at every dot.
            let mut lo = i.saturating_sub(MAX_ABBREVIATION_BYTES);
            while !para.is_char_boundary(lo) {
                lo -= 1;
            }
            // (Past the whitespace character, which may be more than one byte: U+00A0.)
            let word_start = para[lo..i]
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(lo, |(p, c)| lo + p + c.len_utf8());
            let word = if word_start == lo && lo > 0 { "" } else { &para[word_start..i] };
            if has_space && next_ok && !(b == b'.' && is_abbreviation(word)) {
                push_sentence(text, s + start, s + j, out);
                start = j;
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    push_sentence(text, s + start, e, out);
}

fn push_sentence<'d>(text: &'d str, s: usize, e: usize, out: &mut Vec<Sentence<'d>>) {
    let (s, e) = trim_span(text, s, e);
    if e > s {
        out.push(Sentence { start: s, end: e, text: &text[s..e], is_title: false });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        split_sentences(text, 0, text.len(), &mut out);
        out.into_iter().map(|s| s.text.to_string()).collect()
    }

    #[test]
    fn the_date_comes_from_the_header_never_from_the_story() {
        let reuters = "BAHIA COCOA REVIEW\ndate 1987-02-26\n\nSALVADOR, Feb 26 - Showers continued throughout the week\nin the Bahia cocoa zone, the company said in its review.\nThe debentures are due May 1, 1996, it said.\n";
        assert_eq!(Document::from_text("r", reuters.into()).date.as_deref(), Some("1987-02-26"));
        let undated = "Bonds for the company\n\nThe company sold bonds on Monday to investors in the city.\nThe debentures are due May 1, 1996, it said in a statement.\n";
        assert_eq!(Document::from_text("u", undated.into()).date, None);
        let dateline = "Fighting resumes\n\nMarch 3, 2024 - Troops of the army advanced on the town, officials said.\n";
        assert_eq!(Document::from_text("d", dateline.into()).date.as_deref(), Some("2024-03-03"));
    }

    #[test]
    fn the_header_holds_the_lines_above_the_body_an_issuer_and_the_kind_of_release() {
        let release = "Ministry of Foreign Affairs of the Republic of Chile\nPress statement\n12 May 2025\n\nThe ministry condemned the attack on the embassy in the strongest terms and called the ambassador in on Monday.\n";
        let doc = Document::from_text("r", release.into());
        assert_eq!(doc.title.as_deref(), Some("Ministry of Foreign Affairs of the Republic of Chile"));
        assert!(doc.header().contains("Press statement"), "{:?}", doc.header());
        assert!(!doc.header().contains("condemned"));
        let plain = "The ministry condemned the attack on the embassy in strong terms.\n";
        assert_eq!(Document::from_text("p", plain.into()).header(), "");
    }

    #[test]
    fn days_are_real_calendar_days_written_one_way() {
        assert_eq!(parse_day("2024-02-29").map(|d| d.to_string()).as_deref(), Some("2024-02-29"));
        for bad in ["2023-02-29", "2024-13-01", "2024-3-31", "20240331", "+002024-03-31", "1899-12-31", " 2024-03-31"] {
            assert_eq!(parse_day(bad), None, "{bad}");
        }
        assert_eq!(find_date("Published 29 Feb 2023 and March 1, 2023").as_deref(), Some("2023-03-01"));
        assert_eq!(find_date("due 02/30/2021 or 1/2/2021").as_deref(), Some("2021-01-02"));
    }

    #[test]
    fn splits_without_breaking_on_abbreviations() {
        assert_eq!(
            sents(
                "The U.S. and Gen. Smith met on Dec. 5 in Washington. They talked. \"We agree.\" Then the U.N. left."
            ),
            [
                "The U.S. and Gen. Smith met on Dec. 5 in Washington.",
                "They talked.",
                "\"We agree.\"",
                "Then the U.N. left."
            ]
        );
        assert_eq!(sents("It rose 3.5 percent. Next."), ["It rose 3.5 percent.", "Next."]);
    }

    #[test]
    fn sentence_offsets_point_into_the_document() {
        let doc = Document::from_text(
            "d",
            "Some title here for the story\n\nRussia met China in Moscow. Then it left.\n".into(),
        );
        for s in doc.sentences() {
            assert_eq!(&doc.text[s.start..s.end], s.text);
        }
    }

    #[test]
    fn a_dateline_run_into_the_first_paragraph_dates_the_document_and_stays_out_of_its_sentences() {
        let doc = Document::from_text("d", "date 2023-06-14 Belarusian President Alexander Lukashenko confirmed the delivery of Russian weapons to his country. It was news.\n".into());
        assert_eq!(doc.date.as_deref(), Some("2023-06-14"));
        let first = &doc.sentences()[0];
        assert!(first.text.starts_with("Belarusian President"), "{}", first.text);
        assert_eq!(&doc.text[first.start..first.end], first.text);
        let doc = Document::from_text(
            "d",
            "10-9-2023 (YANGON) Myanmar has taken delivery of two fighter jets from its main supplier of weapons.\n"
                .into(),
        );
        assert_eq!(doc.date.as_deref(), Some("2023-09-10"));
        // A date inside a long paragraph is about something else.
        let doc = Document::from_text(
            "d",
            "The ministers met again and agreed that on March 5, 2021 the treaty had been signed by both parties.\n"
                .into(),
        );
        assert_eq!(doc.date, None);
    }

    #[test]
    fn hard_wrapped_paragraphs_are_read_whole() {
        let text = "COMPUTER MAKER COMPLETES SALE\n\nCOMMACK, N.Y., Feb 26 - Computer Terminal Systems Inc said\nit has completed the sale of 200,000 shares of its common\nstock to a Swiss buyer for 50,000 dlrs.\n    The company said the warrants are exercisable for five\nyears at a purchase price of .125 dlrs per share.\n";
        let doc = Document::from_text("d", text.into());
        let sents: Vec<String> =
            doc.sentences().iter().map(|s| s.text.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
        assert_eq!(doc.title.as_deref(), Some("COMPUTER MAKER COMPLETES SALE"));
        assert!(sents.contains(&"COMMACK, N.Y., Feb 26 - Computer Terminal Systems Inc said it has completed the sale of 200,000 shares of its common stock to a Swiss buyer for 50,000 dlrs.".to_string()), "{sents:#?}");
        assert!(sents.contains(&"The company said the warrants are exercisable for five years at a purchase price of .125 dlrs per share.".to_string()), "{sents:#?}");
    }

    #[test]
    fn a_wrapped_line_ending_in_an_abbreviation_runs_on() {
        let text = "CENTRAL BANK BUYS FRANCS\n\nBERN, May 4 - The Swiss central bank bought\nfrancs on the market today in an effort to support the U.K.\nPound, dealers said in Zurich on Monday.\n    Another dealer said the intervention was small and brief.\n";
        let doc = Document::from_text("d", text.into());
        let sents: Vec<String> =
            doc.sentences().iter().map(|s| s.text.split_whitespace().collect::<Vec<_>>().join(" ")).collect();
        assert!(sents.contains(&"BERN, May 4 - The Swiss central bank bought francs on the market today in an effort to support the U.K. Pound, dealers said in Zurich on Monday.".to_string()), "{sents:#?}");
    }
}
