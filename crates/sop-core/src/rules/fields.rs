//! Field-level rules through the `validator` derive on the model (each attribute names
//! its `code = "SOPnnn"`), turned into [`Diagnostic`]s with document pointers.

use std::borrow::Cow;

use validator::{Validate, ValidationError, ValidationErrors, ValidationErrorsKind};

use super::{find, list_is_unfilled};
use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::model::Sop;
use crate::pointer::{push_index, push_key};

/// A text field that must not be blank.
pub(crate) fn text_filled(value: &str) -> Result<(), ValidationError> {
    if value.trim().is_empty() || value.trim() == "-" {
        return Err(ValidationError::new("missing"));
    }
    Ok(())
}

/// A list that must have at least one real item (`-` alone does not count).
pub(crate) fn list_filled(value: &[String]) -> Result<(), ValidationError> {
    if list_is_unfilled(value) {
        return Err(ValidationError::new("missing"));
    }
    Ok(())
}

/// A date that must be present and readable (ISO or `10 Juli 2025`).
pub(crate) fn date_filled(value: &str) -> Result<(), ValidationError> {
    text_filled(value)?;
    if Date::parse(value).is_none() {
        let mut error = ValidationError::new("invalid");
        error.add_param(Cow::Borrowed("kind"), &"invalid");
        error.add_param(Cow::Borrowed("value"), &value);
        return Err(error);
    }
    Ok(())
}

/// Runs the derive's checks on the whole model.
pub(crate) fn run(sop: &Sop, out: &mut Vec<Diagnostic>) {
    if let Err(errors) = sop.validate() {
        collect(&errors, "", out);
    }
}

/// The file key of a validated model field (validator reports Rust field names).
fn file_key(field: &str) -> &str {
    match field {
        "identity" => "identitas",
        "agency" => "instansi",
        "number" => "nomor",
        "name" => "nama",
        "created" => "tanggal_pembuatan",
        "effective" => "tanggal_efektif",
        "legal_basis" => "dasar_hukum",
        "qualifications" => "kualifikasi_pelaksana",
        "equipment" => "peralatan_perlengkapan",
        "warnings" => "peringatan",
        "records" => "pencatatan_pendataan",
        "lanes" => "pelaksana",
        "steps" => "kegiatan",
        "description" => "uraian",
        other => other,
    }
}

fn collect(errors: &ValidationErrors, at: &str, out: &mut Vec<Diagnostic>) {
    for (field, kind) in errors.errors() {
        let pointer = push_key(at, file_key(field));
        match kind {
            ValidationErrorsKind::Field(list) => {
                for error in list {
                    let Some(rule) = find(&error.code) else {
                        continue;
                    };
                    let kind = match error.params.get("kind").and_then(|v| v.as_str()) {
                        Some("invalid") => "invalid",
                        _ => "",
                    };
                    let mut d = Diagnostic::new(rule.code, pointer.clone(), kind);
                    if let Some(value) = error.params.get("value").and_then(|v| v.as_str()) {
                        d = d.arg(value);
                    }
                    out.push(d);
                }
            }
            ValidationErrorsKind::Struct(inner) => collect(inner, &pointer, out),
            ValidationErrorsKind::List(items) => {
                for (index, inner) in items {
                    collect(inner, &push_index(&pointer, *index), out);
                }
            }
        }
    }
}
