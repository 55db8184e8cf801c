//! SOP110 `nip-invalid`: the signing official's NIP is missing (a warning, needed only
//! for signing) or malformed (an error): 18 digits = birth date YYYYMMDD, appointment
//! YYYYMM, sex 1 or 2, a 3-digit serial.

use crate::checklist::Item;
use crate::date::Date;
use crate::keys::signer;
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};
use crate::pointer::Pointer;
#[cfg(feature = "docs")]
use crate::rule::Docs;
use crate::rule::{Check, Context, Counts, Diagnostic, Group, Message, Rule, Severity};

/// SOP110.
pub static RULE: Rule = Rule {
    code: "SOP110",
    name: "nip-invalid",
    severity: Severity::Error,
    signing: false,
    group: Group::Identity,
    counts: Counts::Against(Item::Pengesahan),
    check: Check::Document(check),
    messages: &[&MISSING, &LENGTH, &BIRTH, &APPOINTMENT, &SEX, &SERIAL],
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "NIP tidak ada (peringatan, hanya untuk pengesahan) atau salah bentuk (galat): 18 angka = tanggal lahir TTTTBBHH, pengangkatan TTTTBB, jenis kelamin 1 atau 2, nomor urut 3 angka.",
            en: "The NIP is missing (a warning, needed only for signing) or malformed (an error): 18 digits = birth date YYYYMMDD, appointment YYYYMM, sex 1 or 2, a 3-digit serial.",
        },
        why: Bilingual {
            id: "NIP mengidentifikasi pejabat penandatangan secara pasti.",
            en: "The NIP identifies the signing official unambiguously.",
        },
        source: "PP 11/2017 tentang Manajemen PNS; Peraturan BKN tentang NIP (struktur 18 digit)",
        fires: "identitas:\n  disahkan_oleh:\n    nip: \"19701301 199503 1 001\"\n",
        passes: "identitas:\n  disahkan_oleh:\n    nip: \"19700101 199503 1 001\"\n",
    },
};

/// The text of an NIP finding: what is wrong (followed by the NIP as written, if any) and
/// how to fix it.
fn nip_text(d: &Diagnostic, lang: Lang, id: (&str, &str), en: (&str, &str)) -> Text {
    let nip = d.arg_at(0);
    let suffix = if nip.is_empty() {
        String::new()
    } else {
        format!(": {nip}")
    };
    lang.pick(
        Text::new(format!("{}{suffix}", id.0), id.1),
        Text::new(format!("{}{suffix}", en.0), en.1),
    )
}

/// No NIP.
pub static MISSING: Message = Message {
    rule: &RULE,
    key: "missing",
    form: |d, lang| {
        nip_text(
            d,
            lang,
            (
                "NIP pejabat yang mengesahkan belum diisi",
                "Isi NIP 18 angka penandatangan.",
            ),
            (
                "The approving official's NIP is missing",
                "Fill in the signer's 18-digit NIP.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// Not 18 digits.
pub static LENGTH: Message = Message {
    rule: &RULE,
    key: "length",
    form: |d, lang| {
        nip_text(
            d,
            lang,
            (
                "NIP harus terdiri dari 18 angka",
                "Periksa NIP; spasi boleh dipakai sebagai pemisah.",
            ),
            (
                "An NIP has 18 digits",
                "Check the NIP; spaces may separate its parts.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// The first 8 digits are not a birth date.
pub static BIRTH: Message = Message {
    rule: &RULE,
    key: "birth",
    form: |d, lang| {
        nip_text(
            d,
            lang,
            (
                "8 angka pertama NIP bukan tanggal lahir yang sah (TTTTBBHH)",
                "Periksa tanggal lahir pada NIP.",
            ),
            (
                "The first 8 digits of the NIP are not a valid birth date (YYYYMMDD)",
                "Check the birth date in the NIP.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// Digits 9 to 14 are not an appointment year and month after the birth year.
pub static APPOINTMENT: Message = Message {
    rule: &RULE,
    key: "appointment",
    form: |d, lang| {
        nip_text(
            d,
            lang,
            (
                "Angka ke-9 s.d. 14 NIP bukan tahun dan bulan pengangkatan yang sah (TTTTBB)",
                "Periksa tahun dan bulan pengangkatan pada NIP.",
            ),
            (
                "Digits 9 to 14 of the NIP are not a valid appointment year and month (YYYYMM)",
                "Check the appointment year and month in the NIP.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// Digit 15 is not 1 or 2.
pub static SEX: Message = Message {
    rule: &RULE,
    key: "sex",
    form: |d, lang| {
        nip_text(
            d,
            lang,
            (
                "Angka ke-15 NIP (jenis kelamin) harus 1 atau 2",
                "Periksa angka jenis kelamin pada NIP.",
            ),
            (
                "Digit 15 of the NIP (sex) must be 1 or 2",
                "Check the sex digit of the NIP.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// The serial is 000.
pub static SERIAL: Message = Message {
    rule: &RULE,
    key: "serial",
    form: |d, lang| {
        nip_text(
            d,
            lang,
            (
                "3 angka terakhir NIP (nomor urut) tidak boleh 000",
                "Periksa nomor urut pada NIP.",
            ),
            (
                "The last 3 digits of the NIP (serial) cannot be 000",
                "Check the serial number in the NIP.",
            ),
        )
    },
    #[cfg(feature = "file-wording")]
    file: None,
};

/// No NIP: a warning, needed only for signing.
pub fn missing() -> Diagnostic {
    Diagnostic::new(&MISSING, Pointer::signer(signer::NIP))
        .severity(Severity::Warning)
        .signing(true)
}

/// The NIP `nip` has `problem` (one of this rule's messages, from [`nip_problem`]).
pub fn malformed(problem: &'static Message, nip: &str) -> Diagnostic {
    Diagnostic::new(problem, Pointer::signer(signer::NIP)).arg(nip)
}

/// What is wrong with an NIP (spaces ignored), as the message that says it.
fn nip_problem(nip: &str) -> Result<(), &'static Message> {
    let digits: String = nip.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(&LENGTH);
    }
    let num = |range: std::ops::Range<usize>| digits[range].parse::<u32>().unwrap_or(0);
    let birth_year = num(0..4);
    let birth = Date::new(i32::try_from(birth_year).unwrap_or(0), num(4..6), num(6..8));
    if birth.is_none() || birth_year < 1900 {
        return Err(&BIRTH);
    }
    let (appointed_year, appointed_month) = (num(8..12), num(12..14));
    if !(1..=12).contains(&appointed_month) || appointed_year <= birth_year {
        return Err(&APPOINTMENT);
    }
    if !matches!(&digits[14..15], "1" | "2") {
        return Err(&SEX);
    }
    if &digits[15..18] == "000" {
        return Err(&SERIAL);
    }
    Ok(())
}

fn check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let nip = cx.sop.identity.approved_by.nip.trim();
    if nip.is_empty() || nip == "-" {
        out.push(missing());
    } else if let Err(problem) = nip_problem(nip) {
        out.push(malformed(problem, nip));
    }
}

#[cfg(test)]
mod tests {
    use super::nip_problem;
    use crate::rules::testing::{check_example, findings};
    use crate::Severity;

    #[test]
    fn nip_structure() {
        let problem = |nip: &str| nip_problem(nip).map_err(|m| m.key);
        assert_eq!(problem("197001011995031001"), Ok(()));
        assert_eq!(problem("19660825 198802 1 001"), Ok(()));
        assert_eq!(problem("1970010119950310"), Err("length"));
        assert_eq!(problem("19700101199503100X"), Err("length"));
        assert_eq!(problem("197013011995031001"), Err("birth"));
        assert_eq!(problem("197001011995131001"), Err("appointment"));
        assert_eq!(problem("197001011965031001"), Err("appointment"));
        assert_eq!(problem("197001011995033001"), Err("sex"));
        assert_eq!(problem("197001011995031000"), Err("serial"));
    }

    #[test]
    fn malformed_nip_stays_an_error_in_a_draft() {
        let report =
            check_example("status: draf\nidentitas:\n  disahkan_oleh:\n    nip: \"123\"\n");
        let d = findings(&report, "SOP110")[0];
        assert_eq!(d.severity, Severity::Error);
        assert_eq!(
            d.message(crate::Lang::En).message,
            "An NIP has 18 digits: 123"
        );
    }
}
