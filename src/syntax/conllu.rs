//! Reading CoNLL-U treebanks: the silver parses the tagger and parser are
//! trained and measured on (columns ID FORM LEMMA UPOS XPOS _ HEAD DEPREL _ MISC).

/// One sentence of a treebank.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TreebankSentence {
    /// Word forms.
    pub forms: Vec<String>,
    /// Lemmas.
    pub lemmas: Vec<String>,
    /// Penn Treebank tags (XPOS).
    pub tags: Vec<String>,
    /// Head of each word, 0-based; `forms.len()` for the root.
    pub heads: Vec<usize>,
    /// Dependency label of each word.
    pub labels: Vec<String>,
    /// Whether a space follows each word in the original text.
    pub space_after: Vec<bool>,
}

impl TreebankSentence {
    /// The sentence as it was written (words joined with their spaces).
    pub fn text(&self) -> String {
        let mut s = String::new();
        for (f, sp) in self.forms.iter().zip(&self.space_after) {
            s.push_str(f);
            if *sp {
                s.push(' ');
            }
        }
        s.trim_end().to_string()
    }
}

/// A malformed treebank line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {what}")]
pub struct ConlluError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub what: String,
}

/// Parses a CoNLL-U text; multi-word token and empty-node lines are skipped.
pub fn parse(text: &str) -> Result<Vec<TreebankSentence>, ConlluError> {
    let mut out = Vec::new();
    let mut cur = TreebankSentence::default();
    let mut raw_heads: Vec<usize> = Vec::new();
    let mut finish = |cur: &mut TreebankSentence, raw: &mut Vec<usize>, line: usize| -> Result<(), ConlluError> {
        if cur.forms.is_empty() {
            return Ok(());
        }
        let n = cur.forms.len();
        cur.heads = raw
            .iter()
            .map(|&h| {
                if h == 0 {
                    Ok(n)
                } else if h <= n {
                    Ok(h - 1)
                } else {
                    Err(ConlluError { line, what: format!("head {h} is past the sentence's {n} words") })
                }
            })
            .collect::<Result<_, _>>()?;
        out.push(std::mem::take(cur));
        raw.clear();
        Ok(())
    };
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() {
            finish(&mut cur, &mut raw_heads, n)?;
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 8 {
            return Err(ConlluError {
                line: n,
                what: format!("expected 10 tab-separated columns, found {}", cols.len()),
            });
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        let head: usize = cols[6]
            .parse()
            .map_err(|_| ConlluError { line: n, what: format!("head {:?} is not a number", cols[6]) })?;
        cur.forms.push(cols[1].to_string());
        cur.lemmas.push(cols[2].to_string());
        cur.tags.push(cols[4].to_string());
        cur.labels.push(cols[7].to_string());
        cur.space_after.push(!cols.get(9).is_some_and(|m| m.contains("SpaceAfter=No")));
        raw_heads.push(head);
    }
    let end = text.lines().count() + 1;
    finish(&mut cur, &mut raw_heads, end)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn reads_heads_labels_and_spaces() {
        let t = "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
        let s = parse(t).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].heads, [1, 3, 1]);
        assert_eq!(s[0].text(), "Russia left.");
        assert!(parse("1\tx\tx\tX\tX\t_\t9\tdep\t_\t_\n\n").is_err());
    }
}
