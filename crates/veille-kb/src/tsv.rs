//! Reader for the `data/kb/*.tsv` files: `#` comment lines, one header line, tab-separated rows.

use crate::error::{KbError, Result};

/// One data row with its line number, for error messages.
pub(crate) struct Row<'a, 'h> {
    pub file: &'static str,
    pub line: usize,
    cols: Vec<&'a str>,
    header: &'h [&'a str],
}

impl<'a> Row<'a, '_> {
    /// Column `name` (trimmed; empty string when the row is short).
    pub fn get(&self, name: &str) -> Result<&'a str> {
        let i = self.header.iter().position(|h| *h == name).ok_or_else(|| KbError::Data {
            file: self.file,
            line: self.line,
            msg: format!("no column `{name}` in the header"),
        })?;
        Ok(self.cols.get(i).map(|s| s.trim()).unwrap_or(""))
    }
    /// Column `name`, which must not be empty.
    pub fn req(&self, name: &str) -> Result<&'a str> {
        let v = self.get(name)?;
        if v.is_empty() {
            return Err(self.err(format!("column `{name}` is empty")));
        }
        Ok(v)
    }
    pub fn err(&self, msg: String) -> KbError {
        KbError::Data { file: self.file, line: self.line, msg }
    }
}

/// Parses `text` and calls `f` on every data row.
pub(crate) fn each_row<'a>(
    file: &'static str,
    text: &'a str,
    mut f: impl FnMut(&Row<'a, '_>) -> Result<()>,
) -> Result<()> {
    let mut header: Option<Vec<&'a str>> = None;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        match &header {
            None => header = Some(line.split('\t').map(str::trim).collect()),
            Some(h) => {
                let row = Row { file, line: i + 1, cols: line.split('\t').collect(), header: h };
                f(&row)?;
            }
        }
    }
    if header.is_none() {
        return Err(KbError::Data { file, line: 0, msg: "no header line".into() });
    }
    Ok(())
}

/// Splits a `|`-separated list, dropping empty items.
pub(crate) fn list(s: &str) -> impl Iterator<Item = &str> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty())
}
