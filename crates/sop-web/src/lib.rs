//! `sop-web`: the browser app of sopcheck (Leptos 0.8, client-side rendered).
//!
//! For now this is only the app shell: a heading, a `<main>` landmark and a
//! language switch (Bahasa Indonesia by default, English on request). The form,
//! checklist, drafts and preview described in `DESIGN.md` §6 build on it and will
//! use `sop-core` once that crate is wired in.

pub mod io;
pub mod storage;

use leptos::prelude::*;

/// The interface language of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    /// Bahasa Indonesia (the default).
    #[default]
    Id,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag, for `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The other language (what the language switch changes to).
    pub fn other(self) -> Lang {
        match self {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        }
    }

    /// The name of this language, written in this language.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Id => "Bahasa Indonesia",
            Lang::En => "English",
        }
    }
}

/// The texts of the app shell in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShellText {
    /// The main heading (`<h1>`).
    pub title: &'static str,
    /// The line under the heading.
    pub subtitle: &'static str,
    /// Accessible label of the language switch.
    pub switch_label: &'static str,
    /// Placeholder content of `<main>` until the form exists.
    pub intro: &'static str,
    /// Text of the "skip to main content" link.
    pub skip_link: &'static str,
}

/// The shell texts for `lang`.
pub fn shell_text(lang: Lang) -> ShellText {
    match lang {
        Lang::Id => ShellText {
            title: "Penyusun SOP",
            subtitle: "Susun dan periksa Standar Operasional Prosedur (SOP) \
                       sesuai pedoman penyusunan SOP Administrasi Pemerintahan.",
            switch_label: "Ganti bahasa ke English",
            intro: "Semua data tetap di perangkat Anda; tidak ada yang dikirim ke server.",
            skip_link: "Langsung ke konten utama",
        },
        Lang::En => ShellText {
            title: "SOP Builder",
            subtitle: "Draft and check Standard Operating Procedures (SOPs) \
                       following the Indonesian government administration SOP guidelines.",
            switch_label: "Switch language to Bahasa Indonesia",
            intro: "All data stays on your device; nothing is sent to a server.",
            skip_link: "Skip to main content",
        },
    }
}

/// The root component: skip link, app header with the language switch, then `<main>`.
#[component]
pub fn App() -> impl IntoView {
    let (lang, set_lang) = signal(Lang::default());
    let text = move || shell_text(lang.get());

    view! {
        <div class="app" lang=move || lang.get().code()>
            <a class="skip-link" href="#konten">{move || text().skip_link}</a>
            <header class="app-header">
                <div class="app-header__inner">
                    <div class="app-header__titles">
                        <h1 class="app-title">{move || text().title}</h1>
                        <p class="app-subtitle">{move || text().subtitle}</p>
                    </div>
                    // The button shows the *other* language's name in that language
                    // (and marks it with `lang`), the usual pattern for language links.
                    <button
                        type="button"
                        class="lang-toggle"
                        aria-label=move || text().switch_label
                        lang=move || lang.get().other().code()
                        on:click=move |_| set_lang.update(|l| *l = l.other())
                    >
                        {move || lang.get().other().native_name()}
                    </button>
                </div>
            </header>
            <main id="konten" class="app-main" tabindex="-1">
                <p class="app-intro">{move || text().intro}</p>
            </main>
        </div>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn languages_switch_back_and_forth() {
        assert_eq!(Lang::default(), Lang::Id);
        assert_eq!(Lang::Id.other(), Lang::En);
        assert_eq!(Lang::Id.other().other(), Lang::Id);
        assert_eq!(shell_text(Lang::Id).title, "Penyusun SOP");
        assert_eq!(shell_text(Lang::En).title, "SOP Builder");
    }

    #[test]
    fn app_renders_to_html_natively() {
        let html = view! { <App/> }.to_html();
        assert!(html.contains("Penyusun SOP"), "{html}");
        assert!(html.contains("<main"), "{html}");
        assert!(html.contains("<h1"), "{html}");
        assert!(html.contains(r#"lang="id""#), "{html}");
    }
}
