//! The official SOP AP layout (Permenpan RB 35/2012, Lampiran Bab III B.1) as positioned,
//! pure data, held to the signed originals: the identity page (logo and instansi centred
//! in the left cell, the identity rows, then the six boxes in pairs), then the procedure
//! table with two header rows (No, Uraian Kegiatan, **Pelaksana** over the lane columns,
//! **Mutu Baku** over Kelengkapan / Waktu / Output, Keterangan), repeated on every page,
//! whose lane columns hold the flowchart. Renderers (`svg`, the app's Pratinjau) only draw
//! the [`paint::Mark`]s made from it, so every output has the same geometry.
//!
//! Nothing is cut: text is measured with the print font's metrics ([`font`]) and wrapped
//! ([`text`]); boxes and rows grow, and a box or a step taller than what is left of a page
//! continues on the next one. Column widths follow the content ([`columns`]). Units are
//! millimetres on an A4 landscape page. [`verify`] checks the promises.

mod columns;
pub mod font;
mod identity;
mod label;
pub mod paint;
mod route;
mod shapes;
pub mod svg;
mod table;
pub mod text;
mod verify;

pub use font::Font;
pub use verify::verify;

use crate::date;
use crate::model::Sop;

/// Page size and type sizes.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutOptions {
    /// Page width (A4 landscape: 297).
    pub page_width: f32,
    /// Page height (A4 landscape: 210).
    pub page_height: f32,
    /// Margin on every side.
    pub margin: f32,
    /// At most this many steps on a table page (`None`: as many as fit).
    pub rows_per_page: Option<usize>,
    /// Font size of the identity page, in millimetres (3.0 mm ≈ 8.5 pt).
    pub identity_font_size: f32,
    /// Font size of the procedure table (2.6 mm ≈ 7.4 pt, as the originals).
    pub font_size: f32,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        Self {
            page_width: 297.0,
            page_height: 210.0,
            margin: 10.0,
            rows_per_page: None,
            identity_font_size: 3.0,
            font_size: 2.6,
        }
    }
}

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl Rect {
    /// Right edge.
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    /// Bottom edge.
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    /// Horizontal centre.
    pub fn cx(&self) -> f32 {
        self.x + self.w / 2.0
    }
    /// Vertical centre.
    pub fn cy(&self) -> f32 {
        self.y + self.h / 2.0
    }
    /// True when the interiors of the two rectangles overlap.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
}

/// Where a line of text is anchored horizontally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// `x` is the start of the line.
    Start,
    /// `x` is the middle of the line.
    Middle,
    /// `x` is the end of the line.
    End,
}

/// The identity fields the printout shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdentityField {
    /// Instansi.
    Agency,
    /// Unit.
    Unit,
    /// Nomor SOP.
    Number,
    /// Nama SOP.
    Name,
    /// Tanggal Pembuatan.
    Created,
    /// Tanggal Revisi.
    Revised,
    /// Tanggal Efektif.
    Effective,
    /// Disahkan oleh: jabatan.
    SignerPosition,
    /// Disahkan oleh: nama.
    SignerName,
    /// Disahkan oleh: NIP.
    SignerNip,
}

/// The six boxes of the identity page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// Dasar Hukum.
    LegalBasis,
    /// Kualifikasi Pelaksana.
    Qualifications,
    /// Keterkaitan.
    Related,
    /// Peralatan/Perlengkapan.
    Equipment,
    /// Peringatan.
    Warnings,
    /// Pencatatan dan Pendataan.
    Records,
}

impl Section {
    /// The box's official title.
    pub fn title(self) -> &'static str {
        match self {
            Section::LegalBasis => "Dasar Hukum",
            Section::Qualifications => "Kualifikasi Pelaksana",
            Section::Related => "Keterkaitan",
            Section::Equipment => "Peralatan/Perlengkapan",
            Section::Warnings => "Peringatan",
            Section::Records => "Pencatatan dan Pendataan",
        }
    }

    /// The box's items in `sop`.
    pub fn items(self, sop: &Sop) -> &[String] {
        match self {
            Section::LegalBasis => &sop.legal_basis,
            Section::Qualifications => &sop.qualifications,
            Section::Related => &sop.related,
            Section::Equipment => &sop.equipment,
            Section::Warnings => &sop.warnings,
            Section::Records => &sop.records,
        }
    }
}

/// The text columns of a step's row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepField {
    /// No.
    Number,
    /// Uraian Kegiatan.
    Description,
    /// Mutu baku: Kelengkapan.
    Requirements,
    /// Mutu baku: Waktu.
    Time,
    /// Mutu baku: Output.
    Output,
    /// Keterangan.
    Remarks,
}

/// Which text of the SOP a line shows: how [`verify`] checks that every text is printed
/// in full.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    /// An identity field.
    Identity(IdentityField),
    /// Item `usize` of a box.
    Item(Section, usize),
    /// The name of a lane (printed in the header of every table page).
    Lane(usize),
    /// A text column of step `usize`.
    Step(usize, StepField),
    /// The label of branch `.1` of step `.0`.
    Branch(usize, usize),
}

impl Source {
    /// The text as printed: dates in the long form, the NIP after "NIP " (no dot).
    pub fn text(self, sop: &Sop) -> String {
        let id = &sop.identity;
        let step = |i: usize| sop.steps.get(i);
        match self {
            Source::Identity(f) => match f {
                IdentityField::Agency => id.agency.clone(),
                IdentityField::Unit => id.unit.clone(),
                IdentityField::Number => id.number.clone(),
                IdentityField::Name => id.name.clone(),
                IdentityField::Created => date::long_form(&id.created),
                IdentityField::Revised => date::long_form(&id.revised),
                IdentityField::Effective => date::long_form(&id.effective),
                IdentityField::SignerPosition => id.approved_by.position.clone(),
                IdentityField::SignerName => id.approved_by.name.clone(),
                IdentityField::SignerNip if id.approved_by.nip.trim().is_empty() => String::new(),
                IdentityField::SignerNip => format!("NIP {}", id.approved_by.nip.trim()),
            },
            Source::Item(s, i) => s.items(sop).get(i).cloned().unwrap_or_default(),
            Source::Lane(i) => sop.lanes.get(i).map(|l| l.name.clone()).unwrap_or_default(),
            Source::Step(i, f) => step(i)
                .map(|s| match f {
                    StepField::Number => s.number.map(|n| n.to_string()).unwrap_or_default(),
                    StepField::Description => s.description.clone(),
                    StepField::Requirements => s.quality.requirements.clone(),
                    StepField::Time => s.quality.time.clone(),
                    StepField::Output => s.quality.output.clone(),
                    StepField::Remarks => s.remarks.clone(),
                })
                .unwrap_or_default(),
            Source::Branch(i, b) => step(i)
                .and_then(|s| s.branches.get(b))
                .map(|b| b.label.clone())
                .unwrap_or_default(),
        }
    }
}

/// A line of text: its anchor point (`y` is the baseline), font and what it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Anchor x (see `align`).
    pub x: f32,
    /// Baseline.
    pub y: f32,
    /// The text.
    pub text: String,
    /// Font size and weight.
    pub font: Font,
    /// How `x` anchors the line.
    pub align: Align,
    /// The SOP text it shows (`None` for headings, numbers and other fixed words).
    pub source: Option<Source>,
}

impl Line {
    /// Left and right ends of the line as measured with the print font.
    pub fn extent(&self) -> (f32, f32) {
        let w = self.font.width(&self.text);
        match self.align {
            Align::Start => (self.x, self.x + w),
            Align::Middle => (self.x - w / 2.0, self.x + w / 2.0),
            Align::End => (self.x - w, self.x),
        }
    }
}

/// A cell: a box and the lines inside it.
#[derive(Debug, Clone, PartialEq)]
pub struct TextCell {
    /// The cell.
    pub rect: Rect,
    /// Its lines, every one inside `rect`.
    pub lines: Vec<Line>,
    /// True when the cell's border is drawn (false for a branch label's area).
    pub frame: bool,
}

impl TextCell {
    /// The box its lines cover, as measured with the print font (empty at the cell's
    /// corner when it has no lines).
    pub fn ink(&self) -> Rect {
        let mut x0 = f32::INFINITY;
        let mut x1 = f32::NEG_INFINITY;
        let mut y0 = f32::INFINITY;
        let mut y1 = f32::NEG_INFINITY;
        for l in &self.lines {
            let (a, b) = l.extent();
            x0 = x0.min(a);
            x1 = x1.max(b);
            y0 = y0.min(l.y - font::ASCENT * l.font.size);
            y1 = y1.max(l.y + font::DESCENT * l.font.size);
        }
        if x0 > x1 {
            return Rect {
                x: self.rect.x,
                y: self.rect.y,
                w: 0.0,
                h: 0.0,
            };
        }
        Rect {
            x: x0,
            y: y0,
            w: x1 - x0,
            h: y1 - y0,
        }
    }

    /// The white box drawn under a branch label, so that an arrow passing behind it does
    /// not run through its letters.
    pub fn halo(&self) -> Rect {
        let r = self.ink();
        let m = 0.4;
        Rect {
            x: r.x - m,
            y: r.y - m,
            w: r.w + 2.0 * m,
            h: r.h + 2.0 * m,
        }
    }
}

/// What a column of the procedure table holds.
#[derive(Debug, Clone, PartialEq)]
pub enum ColumnKind {
    /// No.
    Number,
    /// Uraian Kegiatan.
    Description,
    /// A lane of the flowchart (index into `pelaksana`).
    Lane(usize),
    /// Mutu baku: Kelengkapan.
    Requirements,
    /// Mutu baku: Waktu.
    Time,
    /// Mutu baku: Output.
    Output,
    /// Keterangan.
    Remarks,
}

/// A column of the procedure table.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// What it holds.
    pub kind: ColumnKind,
    /// Left edge.
    pub x: f32,
    /// Width.
    pub w: f32,
    /// Header text (a lane's name for lane columns).
    pub title: String,
}

impl Column {
    /// Right edge.
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    /// Horizontal centre.
    pub fn cx(&self) -> f32 {
        self.x + self.w / 2.0
    }
}

/// The flowchart shape of a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShapeKind {
    /// Capsule: mulai or selesai.
    Terminator,
    /// Rectangle: proses.
    Process,
    /// Diamond: keputusan.
    Decision,
}

/// A shape drawn for a step in one lane column.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// Index of the step.
    pub step: usize,
    /// The shape.
    pub kind: ShapeKind,
    /// Its bounding box.
    pub rect: Rect,
    /// The lane column (index into `pelaksana`).
    pub lane: usize,
    /// True for the shape edges attach to; extra lanes of a joint step repeat it.
    pub primary: bool,
}

impl Shape {
    /// True when `r` overlaps the shape's outline (a decision: its diamond, not its box).
    pub fn touches(&self, r: &Rect) -> bool {
        let s = self.rect;
        let e = 1e-2;
        if self.kind != ShapeKind::Decision {
            return r.x < s.right() - e
                && s.x < r.right() - e
                && r.y < s.bottom() - e
                && s.y < r.bottom() - e;
        }
        // The point of `r` nearest the diamond's centre decides (the diamond is convex and
        // symmetric).
        let dx = (r.x - s.cx()).max(s.cx() - r.right()).max(0.0);
        let dy = (r.y - s.cy()).max(s.cy() - r.bottom()).max(0.0);
        dx / (s.w / 2.0) + dy / (s.h / 2.0) < 1.0 - 1e-3
    }

    /// The corners of the diamond of a decision (top, right, bottom, left).
    pub fn diamond(&self) -> [(f32, f32); 4] {
        let r = self.rect;
        [
            (r.cx(), r.y),
            (r.right(), r.cy()),
            (r.cx(), r.bottom()),
            (r.x, r.cy()),
        ]
    }
}

/// An off-page connector (pentagon) with its letter.
#[derive(Debug, Clone, PartialEq)]
pub struct Connector {
    /// Letter shared by the pair (A, B, …, Z, AA…).
    pub letter: String,
    /// Its box.
    pub rect: Rect,
    /// True on the page the flow enters; false on the page it leaves.
    pub incoming: bool,
    /// The page of the other connector of the pair.
    pub other_page: usize,
}

impl Connector {
    /// The corners of the off-page pentagon, pointing down.
    pub fn outline(&self) -> [(f32, f32); 5] {
        let r = self.rect;
        let shoulder = r.y + r.h * 0.6;
        [
            (r.x, r.y),
            (r.right(), r.y),
            (r.right(), shoulder),
            (r.cx(), r.bottom()),
            (r.x, shoulder),
        ]
    }
}

/// What an edge starts or ends at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// A step's primary shape.
    Step(usize),
    /// A connector on the same page, by index.
    Connector(usize),
}

/// An arrow: an orthogonal polyline from `from` to `to`.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Where it starts.
    pub from: Anchor,
    /// Where it ends (the arrowhead).
    pub to: Anchor,
    /// The corner points, first on `from`'s boundary, last on `to`'s.
    pub points: Vec<(f32, f32)>,
    /// A decision branch's label, placed beside the edge's start within the lane columns.
    pub label: Option<TextCell>,
}

impl Edge {
    /// True when the edge leads to or from an off-page connector.
    pub fn off_page(&self) -> bool {
        matches!(self.from, Anchor::Connector(_)) || matches!(self.to, Anchor::Connector(_))
    }
}

/// A row of the procedure table (or, for a step taller than a page, one part of it).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Index of the step.
    pub step: usize,
    /// Top edge.
    pub y: f32,
    /// Height.
    pub h: f32,
    /// The text columns (No, Uraian, Kelengkapan, Waktu, Output, Keterangan).
    pub cells: Vec<TextCell>,
    /// True when this part continues the step's row from the previous page.
    pub continued: bool,
}

/// The logo in the identity block.
#[derive(Debug, Clone, PartialEq)]
pub struct Logo {
    /// Where it is drawn (the image keeps its aspect ratio inside).
    pub rect: Rect,
    /// The file or address as written in the SOP (`identitas.logo`).
    pub href: String,
}

/// One page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Page number, from 1.
    pub number: usize,
    /// The identity block and boxes (identity pages only).
    pub identity: Vec<TextCell>,
    /// The logo (first page, when the SOP names one).
    pub logo: Option<Logo>,
    /// The table columns (table pages only).
    pub columns: Vec<Column>,
    /// The two header rows' cells (table pages only).
    pub header: Vec<TextCell>,
    /// The rows.
    pub rows: Vec<Row>,
    /// The shapes.
    pub shapes: Vec<Shape>,
    /// Off-page connectors.
    pub connectors: Vec<Connector>,
    /// The arrows.
    pub edges: Vec<Edge>,
}

impl Page {
    /// The box of `step`'s shape the arrows attach to, when it is on this page.
    pub fn primary(&self, step: usize) -> Option<Rect> {
        self.shapes
            .iter()
            .find(|s| s.step == step && s.primary)
            .map(|s| s.rect)
    }

    /// The left and right ends of the lane columns, a little inside their borders.
    pub fn lanes_span(&self) -> (f32, f32) {
        let mut lanes = self
            .columns
            .iter()
            .filter(|c| matches!(c.kind, ColumnKind::Lane(_)));
        let first = lanes.next();
        let last = lanes.next_back().or(first);
        match (first, last) {
            (Some(a), Some(b)) => (a.x + 0.5, b.right() - 0.5),
            _ => (0.0, 20.0),
        }
    }

    fn empty(number: usize) -> Self {
        Self {
            number,
            identity: Vec::new(),
            logo: None,
            columns: Vec::new(),
            header: Vec::new(),
            rows: Vec::new(),
            shapes: Vec::new(),
            connectors: Vec::new(),
            edges: Vec::new(),
        }
    }
}

/// The whole document, page by page.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Page width.
    pub width: f32,
    /// Page height.
    pub height: f32,
    /// The pages: identity page(s), then table pages.
    pub pages: Vec<Page>,
}

/// Lays out `sop` in the official format.
pub fn layout(sop: &Sop, options: &LayoutOptions) -> Layout {
    let mut pages = identity::pages(sop, options);
    let first = pages.len() + 1;
    let flow = route::flow(sop);
    // Bands for off-page connectors are kept at every page break; an arrow looping back
    // across a break also needs one above the first table row or below the last: lay out
    // again with those (a few rounds; then bands everywhere, which always suffices).
    let columns = columns::columns(sop, options);
    let mut forced = table::Bands::default();
    let mut table = table::pages(sop, options, &columns, first, &forced);
    for round in 0..4 {
        let missing = route::missing_bands(sop, &flow, &table.pages, &table.bands);
        if missing == table::Bands::default() {
            break;
        }
        forced.top.extend(missing.top);
        forced.bottom.extend(missing.bottom);
        forced.everywhere = round == 3;
        table = table::pages(sop, options, &columns, first, &forced);
    }
    route::edges(sop, &flow, options, &mut table.pages);
    pages.extend(table.pages);
    Layout {
        width: options.page_width,
        height: options.page_height,
        pages,
    }
}

/// Formats a coordinate with at most two decimals (`12.5`, `40`). In whole hundredths:
/// the text `{}` gives for the rounded float, without Rust's float formatter, which would
/// add several KB to each browser bundle (the layout's only use of it).
pub fn coord(v: f32) -> String {
    let hundredths = (v * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let (whole, frac) = (
        hundredths.unsigned_abs() / 100,
        hundredths.unsigned_abs() % 100,
    );
    match frac {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}

/// Formats corner points for an SVG `points` attribute.
pub fn points_attr(points: &[(f32, f32)]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{},{}", coord(*x), coord(*y)))
        .collect::<Vec<_>>()
        .join(" ")
}
