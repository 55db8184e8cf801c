//! The agency's SOP numbering pattern (`nomor_pattern` of the profile, SOP104), compiled
//! once per profile so that checking many documents does not compile it again.

/// A numbering pattern in regex-lite syntax, matched against the whole number; the empty
/// pattern accepts every number.
#[derive(Debug, Clone, Default)]
pub struct Numbering {
    pattern: String,
    regex: Option<regex_lite::Regex>,
}

impl Numbering {
    /// Compiles `pattern`; the error says why it is not a valid pattern.
    pub fn new(pattern: &str) -> Result<Self, String> {
        if pattern.trim().is_empty() {
            return Ok(Self::default());
        }
        let anchored = format!("^(?:{pattern})$");
        let regex = regex_lite::Regex::new(&anchored).map_err(|e| e.to_string())?;
        Ok(Self {
            pattern: pattern.to_string(),
            regex: Some(regex),
        })
    }

    /// The pattern as written.
    pub fn pattern(&self) -> &str {
        &self.pattern
    }

    /// True when a pattern is set.
    pub fn is_set(&self) -> bool {
        self.regex.is_some()
    }

    /// True when `nomor` matches the pattern (or no pattern is set).
    pub fn matches(&self, nomor: &str) -> bool {
        self.regex.as_ref().is_none_or(|p| p.is_match(nomor.trim()))
    }
}
