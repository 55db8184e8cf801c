//! Languages and rendered text. Each rule renders its own messages (in its own file);
//! this module holds what they share: the language, the text of a finding, naming a step,
//! joining a list as Indonesian and English write it, quoting what the user wrote.

/// A language of the user interface and messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    /// Bahasa Indonesia (default).
    #[default]
    Id,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Indonesian first.
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// `id` or `en`.
    pub fn key(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The language of a code such as `id`, `en`, `en_US.UTF-8` or `id-ID`.
    pub fn from_key(key: &str) -> Option<Self> {
        let head: String = key
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        match head.as_str() {
            "id" | "in" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the Indonesian or English text.
    pub fn pick<T>(self, id: T, en: T) -> T {
        match self {
            Lang::Id => id,
            Lang::En => en,
        }
    }
}

/// A message and the help that says how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// What is wrong, in one sentence.
    pub message: String,
    /// What to write where.
    pub help: String,
}

impl Text {
    /// A message with its help.
    pub fn new(message: impl Into<String>, help: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            help: help.into(),
        }
    }

    /// Picks the Indonesian or English pair.
    pub fn pick(lang: Lang, id: (String, String), en: (String, String)) -> Self {
        let (message, help) = lang.pick(id, en);
        Self { message, help }
    }
}

/// A text in both languages, for rule documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bilingual {
    /// Bahasa Indonesia.
    pub id: &'static str,
    /// English.
    pub en: &'static str,
}

impl Bilingual {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        lang.pick(self.id, self.en)
    }
}

/// Names a step for messages: "langkah 3" / "step 3" when it has a number, else by row.
pub fn step_name(lang: Lang, number: Option<u32>, index: usize) -> String {
    match (number, lang) {
        (Some(n), Lang::Id) => format!("langkah {n}"),
        (Some(n), Lang::En) => format!("step {n}"),
        (None, Lang::Id) => format!("baris kegiatan ke-{}", index + 1),
        (None, Lang::En) => format!("step row {}", index + 1),
    }
}

/// Joins items as a sentence lists them, with the serial comma of EYD V (Pedoman Umum
/// Ejaan Bahasa Indonesia, 2022: "langkah 2, 3, dan 5") and of English: "a", "a dan b",
/// "a, b, dan c"; `word` is the conjunction (`dan`/`atau` in Indonesian, `and`/`or` in
/// English).
pub fn join_list(items: &[String], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} {word} {b}"),
        [init @ .., last] => format!("{}, {word} {last}", init.join(", ")),
    }
}

/// What the user wrote, quoted for the form wording: “…”.
pub fn quoted(text: &str) -> String {
    format!("\u{201c}{text}\u{201d}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_take_the_serial_comma() {
        let items = |v: &[&str]| v.iter().map(|s| (*s).to_string()).collect::<Vec<_>>();
        assert_eq!(join_list(&items(&["2", "3", "5"]), "dan"), "2, 3, dan 5");
        assert_eq!(join_list(&items(&["Ya", "Tidak"]), "atau"), "Ya atau Tidak");
        assert_eq!(join_list(&items(&["a"]), "and"), "a");
        assert_eq!(join_list(&[], "and"), "");
        assert_eq!(quoted("Ya"), "\u{201c}Ya\u{201d}");
    }
}
