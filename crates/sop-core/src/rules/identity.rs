//! SOP1xx: the identity block and its approval (Permenpan RB 35/2012, Lampiran, Bab III
//! huruf B.1.a "Bagian Identitas"; research/sop-standard.md §3.2).

#[cfg(feature = "docs")]
use super::Docs;
use super::{Check, Context, Group, Rule};
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Severity};
#[cfg(feature = "docs")]
use crate::messages::Bilingual;
use crate::messages::{Lang, Text};

/// The rules of this group, in code order.
pub(super) static RULES: &[Rule] = &[
    SOP101, SOP102, SOP103, SOP104, SOP105, SOP106, SOP107, SOP108, SOP109, SOP110,
];

#[cfg(feature = "docs")]
const SOURCE: &str = "Permenpan RB 35/2012, Lampiran Bab III B.1.a (Bagian Identitas)";

/// A message for a field that must be filled: "Isi {what_id}" / "Fill in {what_en}".
fn fill(lang: Lang, id: (&str, &str), en: (&str, &str)) -> Text {
    lang.pick(
        Text::new(format!("{} belum diisi", id.0), id.1),
        Text::new(format!("{} is missing", en.0), en.1),
    )
}

const SOP101: Rule = Rule {
    code: "SOP101",
    name: "instansi-missing",
    severity: Severity::Error,
    signing: false,
    group: Group::Identity,
    check: Check::Field,
    message: |_, lang| {
        fill(
            lang,
            ("Nama instansi", "Isi nama instansi, misalnya \"Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur\"."),
            ("The agency name", "Fill in the agency, e.g. \"Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur\"."),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`identitas.instansi` kosong.",
            en: "`identitas.instansi` is empty.",
        },
        why: Bilingual {
            id: "Kop SOP harus menyebut instansi pemilik prosedur.",
            en: "The SOP header must name the agency that owns the procedure.",
        },
        source: SOURCE,
        fires: "identitas:\n  instansi: \"\"\n",
        passes: "identitas:\n  instansi: Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur\n",
    },
};

const SOP102: Rule = Rule {
    code: "SOP102",
    name: "unit-missing",
    severity: Severity::Error,
    signing: false,
    group: Group::Identity,
    check: Check::Field,
    message: |_, lang| {
        fill(
            lang,
            ("Unit kerja", "Isi unit kerja, misalnya \"Subbagian Partisipasi Masyarakat dan Sumber Daya Manusia\"."),
            ("The unit", "Fill in the organisational unit, e.g. \"Subbagian Partisipasi Masyarakat dan Sumber Daya Manusia\"."),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`identitas.unit` kosong.",
            en: "`identitas.unit` is empty.",
        },
        why: Bilingual {
            id: "Unit kerja menunjukkan siapa yang bertanggung jawab atas SOP.",
            en: "The unit says who is responsible for the SOP.",
        },
        source: SOURCE,
        fires: "identitas:\n  unit: null\n",
        passes: "identitas:\n  unit: Subbagian Teknis dan Hubungan Partisipasi Masyarakat\n",
    },
};

const SOP103: Rule = Rule {
    code: "SOP103",
    name: "nomor-missing",
    severity: Severity::Error,
    signing: true,
    group: Group::Identity,
    check: Check::Field,
    message: |_, lang| {
        fill(
            lang,
            (
                "Nomor SOP",
                "Isi nomor SOP yang diberikan bagian tata usaha saat pengesahan.",
            ),
            (
                "The SOP number",
                "Fill in the SOP number given by the records office at signing.",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`identitas.nomor` kosong (hanya wajib untuk pengesahan).",
            en: "`identitas.nomor` is empty (needed only for signing).",
        },
        why: Bilingual {
            id: "Nomor SOP dipakai untuk merujuk dan mendaftar SOP yang sah.",
            en: "The number is how a signed SOP is referred to and registered.",
        },
        source: SOURCE,
        fires: "identitas:\n  nomor: \"\"\n",
        passes: "identitas:\n  nomor: \"05/PP.01-SOP/53/2025\"\n",
    },
};

const SOP104: Rule = Rule {
    code: "SOP104",
    name: "nomor-pattern",
    severity: Severity::Warning,
    signing: false,
    group: Group::Identity,
    check: Check::Document(|cx, out| {
        let nomor = cx.sop.identity.number.trim();
        if !nomor.is_empty() && cx.profile.has_nomor_pattern() && !cx.profile.nomor_matches(nomor) {
            out.push(
                Diagnostic::new("SOP104", "/identitas/nomor", "")
                    .arg(nomor)
                    .arg(cx.profile.agency.nomor_pattern.clone()),
            );
        }
    }),
    message: |d, lang| {
        let (nomor, pattern) = (d.arg_at(0), d.arg_at(1));
        lang.pick(
            Text::new(
                format!("Nomor SOP `{nomor}` tidak mengikuti pola penomoran instansi"),
                format!("Tulis nomor sesuai pola `{pattern}` dari pengaturan instansi."),
            ),
            Text::new(
                format!("SOP number `{nomor}` does not follow the agency's numbering"),
                format!("Write the number to the pattern `{pattern}` of the agency settings."),
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "Nomor SOP tidak cocok dengan pola `nomor_pattern` profil instansi (hanya bila profil menetapkannya).",
            en: "The SOP number does not match the profile's `nomor_pattern` (only when a profile sets one).",
        },
        why: Bilingual {
            id: "Penomoran yang seragam membuat SOP mudah dicari di arsip.",
            en: "Uniform numbering keeps SOPs findable in the archive.",
        },
        source: "Permenpan RB 35/2012 Bab III B.1.a; pedoman tata naskah dinas instansi",
        fires: "identitas:\n  nomor: SOP-5\n",
        passes: "identitas:\n  nomor: \"05/PP.01-SOP/53/2025\"\n",
    },
};

const SOP105: Rule = Rule {
    code: "SOP105",
    name: "nama-missing",
    severity: Severity::Error,
    signing: false,
    group: Group::Identity,
    check: Check::Field,
    message: |_, lang| {
        fill(
            lang,
            (
                "Nama SOP",
                "Isi nama prosedur, misalnya \"Pelayanan Permohonan Informasi Publik\".",
            ),
            (
                "The SOP name",
                "Fill in the procedure's name, e.g. \"Pelayanan Permohonan Informasi Publik\".",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`identitas.nama` kosong.",
            en: "`identitas.nama` is empty.",
        },
        why: Bilingual {
            id: "Nama SOP menyatakan prosedur apa yang diatur.",
            en: "The name says which procedure is governed.",
        },
        source: SOURCE,
        fires: "identitas:\n  nama: \" \"\n",
        passes: "identitas:\n  nama: Pelayanan Permohonan Informasi Publik\n",
    },
};

fn date_message(
    d: &Diagnostic,
    lang: Lang,
    id_name: &str,
    en_name: &str,
    id_help: &str,
    en_help: &str,
) -> Text {
    if d.kind == "invalid" {
        let value = d.arg_at(0);
        lang.pick(
            Text::new(
                format!("{id_name} `{value}` bukan tanggal yang terbaca"),
                "Tulis tanggal sebagai 2025-07-10 atau 10 Juli 2025.",
            ),
            Text::new(
                format!("{en_name} `{value}` is not a readable date"),
                "Write the date as 2025-07-10 or 10 Juli 2025.",
            ),
        )
    } else {
        lang.pick(
            Text::new(format!("{id_name} belum diisi"), id_help),
            Text::new(format!("{en_name} is missing"), en_help),
        )
    }
}

const SOP106: Rule = Rule {
    code: "SOP106",
    name: "tanggal-pembuatan",
    severity: Severity::Error,
    signing: false,
    group: Group::Identity,
    check: Check::Field,
    message: |d, lang| {
        date_message(
            d,
            lang,
            "Tanggal pembuatan",
            "The drafting date (tanggal pembuatan)",
            "Isi tanggal SOP mulai disusun, misalnya 2025-07-10.",
            "Fill in the date drafting began, e.g. 2025-07-10.",
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`identitas.tanggal_pembuatan` tidak ada atau bukan tanggal.",
            en: "`identitas.tanggal_pembuatan` is missing or not a date.",
        },
        why: Bilingual {
            id: "Tanggal pembuatan adalah titik awal riwayat SOP.",
            en: "The drafting date starts the SOP's history.",
        },
        source: SOURCE,
        fires: "identitas:\n  tanggal_pembuatan: 31 Juni 2025\n",
        passes: "identitas:\n  tanggal_pembuatan: 10 Juli 2025\n",
    },
};

const SOP107: Rule = Rule {
    code: "SOP107",
    name: "tanggal-efektif",
    severity: Severity::Error,
    signing: true,
    group: Group::Identity,
    check: Check::Field,
    message: |d, lang| {
        date_message(
            d,
            lang,
            "Tanggal efektif",
            "The effective date (tanggal efektif)",
            "Isi tanggal efektif (tanggal SOP ditandatangani).",
            "Fill in the effective date (the date the SOP is signed).",
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`identitas.tanggal_efektif` tidak ada atau bukan tanggal (hanya wajib untuk pengesahan).",
            en: "`identitas.tanggal_efektif` is missing or not a date (needed only for signing).",
        },
        why: Bilingual {
            id: "SOP berlaku sejak tanggal efektif; monitoring dan evaluasi dihitung darinya.",
            en: "The SOP applies from this date; monitoring and evaluation are counted from it.",
        },
        source: SOURCE,
        fires: "identitas:\n  tanggal_efektif: null\n",
        passes: "identitas:\n  tanggal_efektif: 2025-08-01\n",
    },
};

const SOP108: Rule = Rule {
    code: "SOP108",
    name: "date-order",
    severity: Severity::Error,
    signing: false,
    group: Group::Identity,
    check: Check::Document(sop108_check),
    message: |d, lang| {
        let (field, date, created) = (d.arg_at(0), d.arg_at(1), d.arg_at(2));
        lang.pick(
            Text::new(
                format!("`{field}` ({date}) lebih awal dari tanggal pembuatan ({created})"),
                "Periksa kedua tanggal: tanggal efektif dan revisi tidak boleh mendahului tanggal pembuatan.",
            ),
            Text::new(
                format!("`{field}` ({date}) is earlier than the drafting date ({created})"),
                "Check both dates: the effective and revision dates cannot precede the drafting date.",
            ),
        )
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`tanggal_efektif` atau `tanggal_revisi` lebih awal dari `tanggal_pembuatan`; `tanggal_revisi` yang tidak terbaca dilaporkan sebagai SOP002.",
            en: "`tanggal_efektif` or `tanggal_revisi` is earlier than `tanggal_pembuatan`; an unreadable `tanggal_revisi` is reported as SOP002.",
        },
        why: Bilingual {
            id: "Urutan tanggal yang mustahil biasanya salah ketik tahun.",
            en: "An impossible order of dates is usually a mistyped year.",
        },
        source: SOURCE,
        fires: "identitas:\n  tanggal_efektif: 2024-08-01\n",
        passes: "identitas:\n  tanggal_efektif: 2025-08-01\n",
    },
};

fn sop108_check(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let id = &cx.sop.identity;
    let revised = id.revised.trim();
    if !revised.is_empty() && revised != "-" && Date::parse(revised).is_none() {
        out.push(Diagnostic::new("SOP002", "/identitas/tanggal_revisi", "bad-date").arg(revised));
    }
    let Some(created) = Date::parse(&id.created) else {
        return;
    };
    for (key, text) in [
        ("tanggal_efektif", &id.effective),
        ("tanggal_revisi", &id.revised),
    ] {
        if let Some(date) = Date::parse(text) {
            if date < created {
                out.push(
                    Diagnostic::new("SOP108", format!("/identitas/{key}"), "")
                        .arg(key)
                        .arg(date.to_string())
                        .arg(created.to_string()),
                );
            }
        }
    }
}

const SOP109: Rule = Rule {
    code: "SOP109",
    name: "pengesahan-incomplete",
    severity: Severity::Error,
    signing: true,
    group: Group::Identity,
    check: Check::Document(|cx, out| {
        let signer = &cx.sop.identity.approved_by;
        if signer.position.trim().is_empty() {
            out.push(Diagnostic::new("SOP109", "/identitas/disahkan_oleh/jabatan", "jabatan"));
        }
        if signer.name.trim().is_empty() {
            out.push(Diagnostic::new("SOP109", "/identitas/disahkan_oleh/nama", "nama"));
        }
    }),
    message: |d, lang| match (d.kind, lang) {
        ("jabatan", Lang::Id) => Text::new(
            "Jabatan pejabat yang mengesahkan belum diisi",
            "Isi jabatan penandatangan, misalnya \"Sekretaris KPU Provinsi Nusa Tenggara Timur\".",
        ),
        ("jabatan", Lang::En) => Text::new(
            "The approving official's position is missing",
            "Fill in the signer's position, e.g. \"Sekretaris KPU Provinsi Nusa Tenggara Timur\".",
        ),
        (_, Lang::Id) => Text::new(
            "Nama pejabat yang mengesahkan belum diisi",
            "Isi nama lengkap penandatangan tanpa gelar yang disingkat keliru.",
        ),
        (_, Lang::En) => Text::new(
            "The approving official's name is missing",
            "Fill in the signer's full name.",
        ),
    },
    #[cfg(feature = "docs")]
    docs: Docs {
        what: Bilingual {
            id: "`disahkan_oleh` tidak memuat jabatan atau nama (hanya wajib untuk pengesahan).",
            en: "`disahkan_oleh` lacks the position or the name (needed only for signing).",
        },
        why: Bilingual {
            id: "SOP sah bila ditandatangani pimpinan yang berwenang, dengan jabatan dan nama.",
            en: "An SOP is valid when signed by the competent official, with position and name.",
        },
        source: SOURCE,
        fires: "identitas:\n  disahkan_oleh:\n    jabatan: \"\"\n",
        passes: "identitas:\n  disahkan_oleh:\n    jabatan: Sekretaris KPU Provinsi Nusa Tenggara Timur\n",
    },
};

const SOP110: Rule = Rule {
    code: "SOP110",
    name: "nip-invalid",
    severity: Severity::Error,
    signing: false,
    group: Group::Identity,
    check: Check::Document(|cx, out| {
        let nip = cx.sop.identity.approved_by.nip.trim();
        let pointer = "/identitas/disahkan_oleh/nip";
        if nip.is_empty() || nip == "-" {
            out.push(
                Diagnostic::new("SOP110", pointer, "missing")
                    .severity(Severity::Warning)
                    .signing(true),
            );
        } else if let Err(problem) = nip_problem(nip) {
            out.push(Diagnostic::new("SOP110", pointer, problem).arg(nip));
        }
    }),
    message: |d, lang| {
        let nip = d.arg_at(0);
        let (id, en) = match d.kind {
            "missing" => (
                ("NIP pejabat yang mengesahkan belum diisi", "Isi NIP 18 angka penandatangan."),
                ("The approving official's NIP is missing", "Fill in the signer's 18-digit NIP."),
            ),
            "length" => (
                ("NIP harus terdiri dari 18 angka", "Periksa NIP; spasi boleh dipakai sebagai pemisah."),
                ("An NIP has 18 digits", "Check the NIP; spaces may separate its parts."),
            ),
            "birth" => (
                ("8 angka pertama NIP bukan tanggal lahir yang sah (TTTTBBHH)", "Periksa tanggal lahir pada NIP."),
                ("The first 8 digits of the NIP are not a valid birth date (YYYYMMDD)", "Check the birth date in the NIP."),
            ),
            "appointment" => (
                ("Angka ke-9 s.d. 14 NIP bukan tahun dan bulan pengangkatan yang sah (TTTTBB)", "Periksa tahun dan bulan pengangkatan pada NIP."),
                ("Digits 9 to 14 of the NIP are not a valid appointment year and month (YYYYMM)", "Check the appointment year and month in the NIP."),
            ),
            "sex" => (
                ("Angka ke-15 NIP (jenis kelamin) harus 1 atau 2", "Periksa angka jenis kelamin pada NIP."),
                ("Digit 15 of the NIP (sex) must be 1 or 2", "Check the sex digit of the NIP."),
            ),
            _ => (
                ("3 angka terakhir NIP (nomor urut) tidak boleh 000", "Periksa nomor urut pada NIP."),
                ("The last 3 digits of the NIP (serial) cannot be 000", "Check the serial number in the NIP."),
            ),
        };
        let suffix = if nip.is_empty() { String::new() } else { format!(": {nip}") };
        lang.pick(
            Text::new(format!("{}{suffix}", id.0), id.1),
            Text::new(format!("{}{suffix}", en.0), en.1),
        )
    },
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

/// What is wrong with an NIP (spaces ignored), as a message kind.
fn nip_problem(nip: &str) -> Result<(), &'static str> {
    let digits: String = nip.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err("length");
    }
    let num = |range: std::ops::Range<usize>| digits[range].parse::<u32>().unwrap_or(0);
    let birth_year = num(0..4);
    let birth = Date::new(i32::try_from(birth_year).unwrap_or(0), num(4..6), num(6..8));
    if birth.is_none() || birth_year < 1900 {
        return Err("birth");
    }
    let (appointed_year, appointed_month) = (num(8..12), num(12..14));
    if !(1..=12).contains(&appointed_month) || appointed_year <= birth_year {
        return Err("appointment");
    }
    if !matches!(&digits[14..15], "1" | "2") {
        return Err("sex");
    }
    if &digits[15..18] == "000" {
        return Err("serial");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::nip_problem;
    use crate::rules::testing::{check_example, check_yaml, codes, findings};
    use crate::Severity;

    #[test]
    fn nip_structure() {
        assert_eq!(nip_problem("197001011995031001"), Ok(()));
        assert_eq!(nip_problem("19660825 198802 1 001"), Ok(()));
        assert_eq!(nip_problem("1970010119950310"), Err("length"));
        assert_eq!(nip_problem("19700101199503100X"), Err("length"));
        assert_eq!(nip_problem("197013011995031001"), Err("birth"));
        assert_eq!(nip_problem("197001011995131001"), Err("appointment"));
        assert_eq!(nip_problem("197001011965031001"), Err("appointment"));
        assert_eq!(nip_problem("197001011995033001"), Err("sex"));
        assert_eq!(nip_problem("197001011995031000"), Err("serial"));
    }

    #[test]
    fn signing_rules_are_info_in_a_draft() {
        let report =
            check_example("status: draf\nidentitas:\n  nomor: null\n  disahkan_oleh: null\n");
        for code in ["SOP103", "SOP109", "SOP110"] {
            let found = findings(&report, code);
            assert!(!found.is_empty(), "{code}");
            assert!(found.iter().all(|d| d.severity == Severity::Info), "{code}");
        }
        assert!(report.complete, "{:?}", codes(&report));
    }

    #[test]
    fn malformed_nip_stays_an_error_in_a_draft() {
        let report =
            check_example("status: draf\nidentitas:\n  disahkan_oleh:\n    nip: \"123\"\n");
        assert_eq!(findings(&report, "SOP110")[0].severity, Severity::Error);
    }

    #[test]
    fn empty_identity_names_each_missing_field() {
        let report = check_yaml("format: sop/1\nstatus: diajukan\n");
        for code in [
            "SOP101", "SOP102", "SOP103", "SOP105", "SOP106", "SOP107", "SOP109",
        ] {
            assert!(codes(&report).contains(&code), "{code}");
        }
        let d = findings(&report, "SOP101")[0];
        assert_eq!(d.pointer, "/identitas/instansi");
    }

    #[test]
    fn unreadable_revision_date_is_a_wrong_type() {
        let report = check_example("identitas:\n  tanggal_revisi: besok\n");
        let d = findings(&report, "SOP002")[0];
        assert_eq!(d.pointer, "/identitas/tanggal_revisi");
        assert!(check_example("identitas:\n  tanggal_revisi: \"-\"\n")
            .diagnostics
            .is_empty());
    }
}
