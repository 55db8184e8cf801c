#!/usr/bin/env python3
"""Deterministic generator of realistic SOP files (format sop/1) for `make bench`.

Adapted from shared/research/perf/gen_sop_corpus.py (same seed scheme and vocabulary)
to the sopcheck file format: `format: sop/1`, `nomor` (never `no`), `kategori`,
`status`, `tujuan`, monitoring and evaluasi records, `*.sop.yaml` names.

Each document has 40-80 kegiatan and is about 9-17 KB. Dates and NIPs are quoted so
that YAML 1.1 loaders (js-yaml 3 in ajv-cli) keep them as strings; every document is
valid against `sopcheck schema`. The documents are realistic drafts: some carry
findings (a revoked regulation, a loop, an unreachable step), as real ones do.

Usage:
    python3 gen_corpus.py N [--out DIR] [--seed S]

Document i uses seed S*1000003+i, so the first 1000 files of a 10 000-file corpus are
the 1000-file corpus. Only the Python standard library is used.
"""
import argparse
import os
import random
import re

INSTANSI = [
    "Komisi Pemilihan Umum Provinsi Nusa Tenggara Timur",
    "Komisi Pemilihan Umum Kabupaten Kupang",
    "Komisi Pemilihan Umum Kota Kupang",
    "Komisi Pemilihan Umum Kabupaten Timor Tengah Selatan",
    "Komisi Pemilihan Umum Kabupaten Manggarai Barat",
]
UNIT = [
    "Divisi Sosialisasi Pendidikan Pemilih Partisipasi Masyarakat dan SDM",
    "Sub Bagian Partisipasi Masyarakat dan Hubungan Masyarakat",
    "Sub Bagian Sumber Daya Manusia",
    "Sub Bagian Teknis Penyelenggaraan Pemilu",
    "Sub Bagian Keuangan Umum dan Logistik",
]
KATEGORI = ["umum", "umum", "umum", "pembuatan_berita", "kpu_mengajar",
            "layanan_informasi_publik", "keberatan_informasi", "administrasi_sdm"]
KODE = ["PARMAS", "SDM", "TEKNIS", "HUKUM", "UMUM", "PPID"]
NAMA_SOP_V = ["Pelayanan", "Pengelolaan", "Penyusunan", "Pelaksanaan", "Penyampaian", "Verifikasi"]
NAMA_SOP_N = [
    "Permohonan Informasi Publik", "Keberatan Informasi Publik", "Sosialisasi Pemilih Pemula",
    "Rekrutmen Badan Ad Hoc", "Cuti Pegawai", "Kenaikan Pangkat Pegawai", "Laporan Kinerja",
    "Relawan Demokrasi", "Pengaduan Masyarakat", "Daftar Informasi Publik", "Arsip Dinamis",
    "Pendidikan Pemilih Berbasis Keluarga", "Penilaian Kinerja Pegawai", "Diklat Pegawai",
]
JABATAN = ["Sekretaris KPU Provinsi", "Ketua KPU Provinsi", "Sekretaris KPU Kabupaten", "Ketua KPU Kota"]
NAMA_DEPAN = ["Yohanes", "Maria", "Agustinus", "Fransiska", "Petrus", "Yuliana", "Melkianus",
              "Sesilia", "Dominikus", "Theresia", "Ahmad", "Siti", "Blasius", "Imelda"]
NAMA_BELAKANG = ["Bria", "Tallo", "Nahak", "Seran", "Manafe", "Kase", "Lake", "Bani", "Fanggidae",
                 "Ndun", "Pello", "Amalo", "Tefa", "Ratu"]
GELAR = ["", "", "S.H. ", "S.Sos. ", "Drs. ", "S.E. ", "M.Si. "]
DASAR_HUKUM = [
    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
    "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum",
    "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara",
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan UU KIP",
    "Peraturan Menteri PANRB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan SOP AP",
    "Peraturan KPU Nomor 22 Tahun 2023 tentang Pengelolaan Informasi Publik",
    "Peraturan KPU Nomor 8 Tahun 2022 tentang Pembentukan dan Tata Kerja Badan Ad Hoc",
    "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik",
    "Keputusan KPU Nomor 1050 Tahun 2022 tentang Pedoman Teknis Pengelolaan Arsip",
]
KUALIFIKASI = [
    "Memahami peraturan keterbukaan informasi publik", "Mampu mengoperasikan komputer",
    "Memahami tata naskah dinas", "Mampu berkomunikasi dengan baik", "Memahami sistem informasi KPU",
    "Teliti dan cermat", "Memahami pengelolaan arsip", "Minimal pendidikan D3",
]
KETERKAITAN = [
    "SOP Pengelolaan Arsip Dinamis", "SOP Penyusunan Daftar Informasi Publik",
    "SOP Pelayanan Keberatan Informasi", "SOP Pengelolaan Surat Masuk", "SOP Pengelolaan Surat Keluar",
    "SOP Penyusunan Laporan Layanan Informasi",
]
PERALATAN = ["Komputer", "Printer", "Jaringan internet", "Formulir permohonan", "Buku register",
             "Aplikasi PPID", "Alat tulis kantor", "Telepon", "Scanner", "Map arsip"]
PERINGATAN = [
    "Apabila SOP tidak dilaksanakan maka layanan informasi terlambat",
    "Apabila berkas tidak lengkap maka permohonan dikembalikan",
    "Jika SOP ini tidak dilaksanakan, jawaban dapat terlambat dan menimbulkan sengketa informasi",
    "Jika data pribadi pemohon tidak dijaga, maka kerahasiaannya dapat bocor",
]
PENCATATAN = ["Register permohonan", "Formulir permohonan", "Tanda bukti penerimaan",
              "Laporan layanan informasi", "Arsip surat jawaban", "Berita acara"]
PELAKSANA = [
    ("pemohon", "Pemohon"), ("petugas_layanan", "Petugas Layanan Informasi"),
    ("staf_parmas", "Staf Parmas"), ("kasubag_parmas", "Kasubag Parmas dan SDM"),
    ("sekretaris", "Sekretaris"), ("ppid", "PPID"), ("anggota_divisi", "Anggota Divisi"),
    ("staf_sdm", "Staf SDM"), ("bendahara", "Bendahara"), ("ketua", "Ketua"),
]
VERB = ["Menerima", "Memeriksa", "Mencatat", "Menyusun", "Menyampaikan", "Meneliti", "Menyiapkan",
        "Mengirim", "Memverifikasi", "Mengarsipkan", "Menandatangani", "Mendisposisikan",
        "Mengunggah", "Menelaah", "Membuat", "Memproses"]
OBJ = ["berkas permohonan", "surat jawaban", "register layanan", "nota dinas", "draf keputusan",
       "data pemohon", "dokumen pendukung", "laporan bulanan", "surat undangan", "daftar hadir",
       "formulir isian", "bahan paparan", "lembar disposisi", "berita acara"]
TAIL = ["", "", "", "", "", "", " ke pimpinan", " kepada pemohon", " ke unit terkait", " secara elektronik",
        " dalam aplikasi", " untuk diproses"]
QUESTION = ["Berkas lengkap?", "Disetujui?", "Informasi dikuasai?", "Sesuai ketentuan?", "Perlu revisi?"]
LABELS = [("Ya", "Tidak"), ("Lengkap", "Tidak lengkap"), ("Setuju", "Tidak setuju"), ("Benar", "Salah")]
KELENGKAPAN = ["Formulir", "Berkas permohonan", "Nota dinas", "Register", "Draf surat", "Data pemohon",
               "Lembar disposisi", "Dokumen"]
WAKTU = ["5 menit", "10 menit", "15 menit", "30 menit", "1 jam", "2 jam", "1 hari", "3 hari kerja"]
OUTPUT = ["Berkas diterima", "Register terisi", "Surat terkirim", "Draf disetujui", "Data tercatat",
          "Disposisi", "Laporan", "Arsip"]
KRITERIA = ["mendorong_kinerja", "mudah_dipahami", "mudah_dilaksanakan", "peran_jelas",
            "mengatasi_masalah", "menjawab_kebutuhan", "sinergi"]


def date(y, m, d):
    return "%04d-%02d-%02d" % (y, m, d)


def make_doc(rng, i):
    n_steps = rng.randint(40, 80)
    actors = rng.sample(PELAKSANA, rng.randint(3, 6))
    ids = [a[0] for a in actors]
    year = rng.randint(2019, 2026)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    eff_month = min(12, month + rng.randint(0, 2))
    doc = {
        "kategori": rng.choice(KATEGORI),
        "status": rng.choice(["berlaku", "berlaku", "diajukan", "draf"]),
        "identitas": {
            "instansi": rng.choice(INSTANSI),
            "unit": rng.choice(UNIT),
            "nomor": "%03d/SOP/%s/%d" % (i % 1000, rng.choice(KODE), year),
            "nama": "%s %s" % (rng.choice(NAMA_SOP_V), rng.choice(NAMA_SOP_N)),
            "tanggal_pembuatan": date(year, month, day),
            "tanggal_efektif": date(year, eff_month, day),
            "disahkan_oleh": {
                "jabatan": rng.choice(JABATAN),
                "nama": "%s%s %s" % (rng.choice(GELAR), rng.choice(NAMA_DEPAN), rng.choice(NAMA_BELAKANG)),
                "nip": "%04d%02d%02d%04d%02d%01d%03d" % (
                    rng.randint(1965, 1995), rng.randint(1, 12), rng.randint(1, 28),
                    rng.randint(1990, 2020), rng.randint(1, 12), rng.randint(1, 2), rng.randint(1, 999)),
            },
        },
        "tujuan": "Memberikan acuan %s secara tertib dan tepat waktu" % rng.choice(OBJ),
        "dasar_hukum": rng.sample(DASAR_HUKUM, rng.randint(2, 5)),
        "kualifikasi_pelaksana": rng.sample(KUALIFIKASI, rng.randint(2, 4)),
        "keterkaitan": rng.sample(KETERKAITAN, rng.randint(1, 3)),
        "peralatan_perlengkapan": rng.sample(PERALATAN, rng.randint(2, 5)),
        "peringatan": rng.sample(PERINGATAN, rng.randint(1, 2)),
        "pencatatan_pendataan": rng.sample(PENCATATAN, rng.randint(1, 3)),
        "pelaksana": [{"id": a, "nama": b} for a, b in actors],
        "kegiatan": [],
    }
    # A decision's "no" branch goes to a correction row that loops back (as real SOPs
    # draw it); its "yes" branch skips that row. Every row stays reachable.
    correction = {}
    for no in range(1, n_steps + 1):
        if no == 1:
            simbol = "mulai"
        elif no == n_steps:
            simbol = "selesai"
        elif no in correction:
            simbol = "proses"
        elif no < n_steps - 2 and rng.random() < 0.12:
            simbol = "keputusan"
        else:
            simbol = "proses"
        step = {"nomor": no}
        if simbol == "keputusan":
            step["uraian"] = rng.choice(QUESTION)
        else:
            step["uraian"] = "%s %s%s" % (rng.choice(VERB), rng.choice(OBJ), rng.choice(TAIL))
        step["pelaksana"] = rng.choice(ids)
        step["simbol"] = simbol
        step["mutu_baku"] = {"kelengkapan": rng.choice(KELENGKAPAN), "waktu": rng.choice(WAKTU),
                             "output": rng.choice(OUTPUT)}
        if simbol == "keputusan":
            yes, no_label = rng.choice(LABELS)
            step["cabang"] = [{"label": yes, "ke": no + 2}, {"label": no_label, "ke": no + 1}]
            correction[no + 1] = rng.randint(max(1, no - 5), no)
        elif no in correction:
            step["ke"] = correction[no]
        doc["kegiatan"].append(step)
    if rng.random() < 0.5:
        doc["monitoring"] = [{
            "tanggal": date(2026, rng.randint(1, 11), rng.randint(1, 28)),
            "penilaian": rng.choice(["berjalan_baik", "tidak_berjalan_baik"]),
            "catatan": "-", "tindakan": "-", "penilai": rng.choice(JABATAN),
        }]
        doc["evaluasi"] = [{
            "tanggal": date(2026, rng.randint(1, 11), rng.randint(1, 28)),
            "penilai": rng.choice(JABATAN),
            "kriteria": {k: rng.choice(["ya", "ya", "ya", "tidak"]) for k in KRITERIA},
        }]
    return doc


def q(s):
    """Plain scalar where safe, else single-quoted."""
    s = str(s)
    if (re.fullmatch(r"[0-9][0-9.:_-]*", s) or s.endswith("?") or ": " in s or " #" in s
            or s in ("-", "ya", "tidak")):
        return "'" + s.replace("'", "''") + "'"
    return s


def to_yaml(doc):
    out = []
    w = out.append
    w("format: sop/1")
    w("kategori: %s" % doc["kategori"])
    w("status: %s" % doc["status"])
    w("identitas:")
    idt = doc["identitas"]
    for k in ("instansi", "unit", "nomor", "nama", "tanggal_pembuatan", "tanggal_efektif"):
        w("  %s: %s" % (k, q(idt[k])))
    w("  disahkan_oleh:")
    for k, v in idt["disahkan_oleh"].items():
        w("    %s: %s" % (k, q(v)))
    w("tujuan: %s" % q(doc["tujuan"]))
    for key in ("dasar_hukum", "kualifikasi_pelaksana", "keterkaitan", "peralatan_perlengkapan",
                "peringatan", "pencatatan_pendataan"):
        w("%s:" % key)
        for item in doc[key]:
            w("  - %s" % q(item))
    w("pelaksana:")
    for p in doc["pelaksana"]:
        w("  - id: %s" % p["id"])
        w("    nama: %s" % q(p["nama"]))
    w("kegiatan:")
    for s in doc["kegiatan"]:
        w("  - nomor: %d" % s["nomor"])
        w("    uraian: %s" % q(s["uraian"]))
        w("    pelaksana: %s" % s["pelaksana"])
        w("    simbol: %s" % s["simbol"])
        if "cabang" in s:
            w("    cabang:")
            for c in s["cabang"]:
                w("      - { label: %s, ke: %d }" % (q(c["label"]), c["ke"]))
        if "ke" in s:
            w("    ke: %d" % s["ke"])
        w("    mutu_baku:")
        for k, v in s["mutu_baku"].items():
            w("      %s: %s" % (k, q(v)))
    if "monitoring" in doc:
        w("monitoring:")
        for m in doc["monitoring"]:
            first = True
            for k, v in m.items():
                w("  %s%s: %s" % ("- " if first else "  ", k, q(v)))
                first = False
        w("evaluasi:")
        for e in doc["evaluasi"]:
            w("  - tanggal: %s" % q(e["tanggal"]))
            w("    penilai: %s" % q(e["penilai"]))
            w("    kriteria:")
            for k, v in e["kriteria"].items():
                w("      %s: %s" % (k, q(v)))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--out")
    ap.add_argument("--seed", type=int, default=20251127)
    a = ap.parse_args()
    out = a.out or "corpus-%d" % a.n
    os.makedirs(out, exist_ok=True)
    total = 0
    for i in range(1, a.n + 1):
        rng = random.Random(a.seed * 1000003 + i)
        text = to_yaml(make_doc(rng, i))
        with open(os.path.join(out, "sop-%05d.sop.yaml" % i), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
    print("wrote %d files, %d bytes (%.1f MB, avg %.1f KB) to %s" % (
        a.n, total, total / 1e6, total / a.n / 1024, out))


if __name__ == "__main__":
    main()
