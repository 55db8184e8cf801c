//! Agency settings and rule overrides (`[agency]` and `[rules]` of `sopcheck.toml`, or a
//! JSON profile for the widget).

mod json;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::numbering::Numbering;
use crate::rule::Severity;

/// Settings of one agency.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Agency {
    /// The agency's name, prefilled in new documents.
    pub instansi: String,
    /// A pattern every `identitas.nomor` must match (SOP104), in regex-lite syntax,
    /// matched against the whole number.
    pub nomor_pattern: String,
    /// Positions (jabatan) that may sign SOPs, offered in new documents.
    pub penandatangan: Vec<String>,
}

/// Rule overrides.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RuleOverrides {
    /// Codes never reported.
    pub ignore: Vec<String>,
    /// Codes with another severity (`SOP205 = "error"`).
    pub severity: BTreeMap<String, Severity>,
}

/// What a profile file holds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ProfileFile {
    /// `[agency]`.
    pub agency: Agency,
    /// `[rules]`.
    pub rules: RuleOverrides,
}

/// A checked profile, ready for the rules.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// Agency settings.
    pub agency: Agency,
    /// Rule overrides.
    pub rules: RuleOverrides,
    numbering: Numbering,
}

/// Why a profile cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileError {
    /// The file is not valid TOML/JSON or has unknown keys.
    Syntax(String),
    /// `nomor_pattern` is not a valid pattern.
    Pattern(String),
    /// A rule code that does not exist.
    UnknownCode(String),
}

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProfileError::Syntax(e) => write!(f, "{e}"),
            ProfileError::Pattern(e) => write!(f, "nomor_pattern: {e}"),
            ProfileError::UnknownCode(c) => write!(f, "unknown rule code {c}"),
        }
    }
}

impl std::error::Error for ProfileError {}

impl Profile {
    /// Checks settings and overrides: the pattern compiles, every code exists.
    pub fn new(agency: Agency, rules: RuleOverrides) -> Result<Self, ProfileError> {
        for code in rules.ignore.iter().chain(rules.severity.keys()) {
            if crate::rules::find(code).is_none() {
                return Err(ProfileError::UnknownCode(code.clone()));
            }
        }
        let numbering = Numbering::new(&agency.nomor_pattern).map_err(ProfileError::Pattern)?;
        Ok(Self {
            agency,
            rules,
            numbering,
        })
    }

    /// Reads a JSON profile (`{"agency": {...}, "rules": {...}}`).
    pub fn from_json(text: &str) -> Result<Self, ProfileError> {
        let file = json::read(text)?;
        Self::new(file.agency, file.rules)
    }

    /// Reads a TOML profile (`[agency]`, `[rules]`).
    #[cfg(feature = "toml")]
    pub fn from_toml(text: &str) -> Result<Self, ProfileError> {
        let file: ProfileFile =
            toml::from_str(text).map_err(|e| ProfileError::Syntax(e.to_string()))?;
        Self::new(file.agency, file.rules)
    }

    /// True when `nomor` matches the agency's pattern (or no pattern is set).
    pub fn nomor_matches(&self, nomor: &str) -> bool {
        self.numbering.matches(nomor)
    }

    /// True when a pattern is set.
    pub fn has_nomor_pattern(&self) -> bool {
        self.numbering.is_set()
    }

    /// The compiled numbering pattern, for the rules.
    pub fn numbering(&self) -> &Numbering {
        &self.numbering
    }

    /// The severity for `code` after overrides, or `None` when it is ignored.
    pub fn severity_for(&self, code: &str, severity: Severity) -> Option<Severity> {
        if self
            .rules
            .ignore
            .iter()
            .any(|c| c.eq_ignore_ascii_case(code))
        {
            return None;
        }
        Some(
            self.rules
                .severity
                .iter()
                .find(|(c, _)| c.eq_ignore_ascii_case(code))
                .map_or(severity, |(_, s)| *s),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_json_and_rejects_bad_settings() {
        let p = Profile::from_json(
            r#"{"agency":{"nomor_pattern":"\\d+/PP\\.01-SOP/\\d+/\\d{4}"},"rules":{"ignore":["SOP205"],"severity":{"SOP209":"warning"}}}"#,
        )
        .unwrap();
        assert!(p.nomor_matches("05/PP.01-SOP/53/2025"));
        assert!(!p.nomor_matches("SOP-05"));
        assert_eq!(p.severity_for("SOP205", Severity::Warning), None);
        assert_eq!(
            p.severity_for("SOP209", Severity::Info),
            Some(Severity::Warning)
        );
        assert!(matches!(
            Profile::from_json(r#"{"rules":{"ignore":["SOP999"]}}"#),
            Err(ProfileError::UnknownCode(_))
        ));
        assert!(matches!(
            Profile::from_json(r#"{"agency":{"nomor_pattern":"("}}"#),
            Err(ProfileError::Pattern(_))
        ));
        assert!(matches!(
            Profile::from_json(r#"{"agensi":{}}"#),
            Err(ProfileError::Syntax(_))
        ));
    }
}
