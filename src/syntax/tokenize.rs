//! Tokens: a sentence split into words and punctuation the way the tagger
//! and parser were trained to see them (English news conventions, close to
//! spaCy's: "Russia's" is `Russia` `'s`, "won't" is `wo` `n't`, "army-aligned"
//! is `army` `-` `aligned`, "U.S." and "Gen." keep their periods).

use rustc_hash::FxHashSet;

/// A token's byte span in the sentence it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

/// Splits text into tokens; knows which words keep their final period.
#[derive(Debug, Clone, Default)]
pub struct Tokenizer {
    abbreviations: FxHashSet<String>,
}

/// Characters peeled off the front of a word.
const PREFIXES: &[char] =
    &['"', '\'', '`', '(', '[', '{', '«', '“', '‘', '¿', '¡', '$', '£', '€', '¥', '#', '*', '<', '>'];
/// Characters peeled off the end of a word.
const SUFFIXES: &[char] = &['"', '\'', ')', ']', '}', '»', '”', '’', ',', ';', ':', '!', '?', '%', '…', '*', '>', '<'];
/// Clitics split off the end of a word, longest first ("they'd" → `they` `'d`).
const CLITICS: &[&str] =
    &["n't", "n’t", "'s", "’s", "'S", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"];

impl Tokenizer {
    /// A tokenizer with the given abbreviations (lowercase, without the final period).
    pub fn new(abbreviations: impl IntoIterator<Item = String>) -> Tokenizer {
        Tokenizer { abbreviations: abbreviations.into_iter().collect() }
    }

    /// Reads an abbreviation list: one word a line, `#` starts a comment.
    pub fn from_list(text: &str) -> Tokenizer {
        Tokenizer::new(
            text.lines().map(|l| l.split('#').next().unwrap_or("").trim().to_lowercase()).filter(|l| !l.is_empty()),
        )
    }

    /// The tokens of `text`, as byte spans in order.
    pub fn tokenize(&self, text: &str) -> Vec<Span> {
        // Room for a token every few bytes, as prose has.
        let mut out = Vec::with_capacity(text.len() / 4 + 1);
        let mut start = None;
        for (i, c) in text.char_indices() {
            if c.is_whitespace() {
                if let Some(s) = start.take() {
                    self.split_chunk(text, s, i, &mut out);
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
        if let Some(s) = start {
            self.split_chunk(text, s, text.len(), &mut out);
        }
        out
    }

    /// Whether `word` (with its final period) keeps the period.
    fn keeps_period(&self, word: &str) -> bool {
        let w = word.strip_suffix('.').unwrap_or(word);
        // (The last piece of a hyphened word: "Japan-U.S.".)
        let w = w.rsplit('-').next().unwrap_or(w);
        if w.is_empty() {
            return false;
        }
        // Dotted initials: "U.S", "U.N", "J", "e.g".
        if w.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic)) {
            return true;
        }
        w.len() <= 12 && self.abbreviations.contains(&w.to_lowercase())
    }

    fn split_chunk(&self, text: &str, mut s: usize, mut e: usize, out: &mut Vec<Span>) {
        // Prefixes.
        while e > s {
            let c = text[s..e].chars().next().unwrap_or(' ');
            // A doubled quote ("''", "``") is one quotation mark.
            let n = if text[s..e].starts_with("''") || text[s..e].starts_with("``") { 2 } else { c.len_utf8() };
            let rest = &text[s + n..e];
            if rest.is_empty() || !PREFIXES.contains(&c) || CLITICS.contains(&&text[s..e]) {
                break;
            }
            out.push(Span { start: s, end: s + n });
            s += n;
        }
        // Suffixes, collected back to front.
        let mut tail = Vec::new();
        while e > s {
            let word = &text[s..e];
            if word.chars().count() == 1 {
                break;
            }
            if let Some(clitic) = CLITICS.iter().find(|c| word.len() > c.len() && word.ends_with(**c)) {
                tail.push(Span { start: e - clitic.len(), end: e });
                e -= clitic.len();
                continue;
            }
            if word.ends_with("...") && word.len() > 3 {
                tail.push(Span { start: e - 3, end: e });
                e -= 3;
                continue;
            }
            let c = word.chars().next_back().unwrap_or(' ');
            if c == '.' {
                if self.keeps_period(word) {
                    break;
                }
                tail.push(Span { start: e - 1, end: e });
                e -= 1;
                continue;
            }
            if SUFFIXES.contains(&c) {
                let n = if word.ends_with("''") && word.len() > 2 { 2 } else { c.len_utf8() };
                tail.push(Span { start: e - n, end: e });
                e -= n;
                continue;
            }
            break;
        }
        self.split_infixes(text, s, e, out);
        out.extend(tail.into_iter().rev());
    }

    /// Splits hyphens and dashes between letters ("army-aligned"), between
    /// digits ("3-2") or after an abbreviation's stop before a capital
    /// ("U.S.-Japan"), and double hyphens anywhere.
    fn split_infixes(&self, text: &str, s: usize, e: usize, out: &mut Vec<Span>) {
        if s >= e {
            return;
        }
        // Most words have no dash: one piece, without listing their characters.
        if !text[s..e].contains(['-', '–', '—', '~']) {
            out.push(Span { start: s, end: e });
            return;
        }
        let chars: Vec<(usize, char)> = text[s..e].char_indices().map(|(i, c)| (s + i, c)).collect();
        let mut piece = s;
        let mut i = 0;
        while i < chars.len() {
            let (at, c) = chars[i];
            let is_dash = matches!(c, '-' | '–' | '—' | '~');
            if is_dash && i > 0 {
                // A run of dashes.
                let mut j = i;
                while j < chars.len() && matches!(chars[j].1, '-' | '–' | '—' | '~') {
                    j += 1;
                }
                let prev = chars[i - 1].1;
                let next = chars.get(j).map(|p| p.1);
                let double = j - i >= 2 || c != '-';
                let split = match next {
                    Some(n) => {
                        double && (prev.is_alphanumeric() || n.is_alphanumeric())
                            || (prev.is_alphabetic() && n.is_alphabetic())
                            // An abbreviation joined to a name: "U.S.-Japan".
                            || (prev == '.' && n.is_uppercase())
                            || (prev.is_ascii_digit() && n.is_ascii_digit())
                    }
                    None => false,
                };
                if split {
                    let end = chars.get(j).map(|p| p.0).unwrap_or(e);
                    if at > piece {
                        out.push(Span { start: piece, end: at });
                    }
                    out.push(Span { start: at, end });
                    piece = end;
                }
                i = j;
                continue;
            }
            i += 1;
        }
        if e > piece {
            out.push(Span { start: piece, end: e });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Tokenizer;

    fn toks(text: &str) -> Vec<&str> {
        let t = Tokenizer::from_list("gen\njan\n");
        t.tokenize(text).into_iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn splits_clitics_punctuation_and_hyphens() {
        assert_eq!(
            toks("Russia's army-aligned forces (and allies) won't stop, Gen. Smith said."),
            [
                "Russia", "'s", "army", "-", "aligned", "forces", "(", "and", "allies", ")", "wo", "n't", "stop", ",",
                "Gen.", "Smith", "said", "."
            ]
        );
        assert_eq!(
            toks("The U.S.-led coalition hit 3-2 on Jan. 5."),
            ["The", "U.S.-led", "coalition", "hit", "3", "-", "2", "on", "Jan.", "5", "."]
        );
        assert_eq!(
            toks("\"We agree,\" the allies' envoy said..."),
            ["\"", "We", "agree", ",", "\"", "the", "allies", "'", "envoy", "said", "..."]
        );
        assert_eq!(toks("It left the U.S."), ["It", "left", "the", "U.S."]);
        // An abbreviation joined to a name by a hyphen, either way round.
        assert_eq!(toks("the U.S.-Japan alliance"), ["the", "U.S.", "-", "Japan", "alliance"]);
        assert_eq!(toks("the Japan-U.S. alliance"), ["the", "Japan", "-", "U.S.", "alliance"]);
        assert_eq!(toks("prices rose 10% to $40"), ["prices", "rose", "10", "%", "to", "$", "40"]);
        // A doubled quotation mark is one token.
        assert_eq!(toks("''condemns'' it"), ["''", "condemns", "''", "it"]);
        assert_eq!(toks("``Yes,'' he said"), ["``", "Yes", ",", "''", "he", "said"]);
    }
}
