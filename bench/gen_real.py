#!/usr/bin/env python3
"""Deterministic variants of the real SOPs for `make bench`: files of real size and shape.

The bases are the transcribed signed SOPs in tests/fixtures/corpus and the templates of
`sopcheck new` (crates/sop-core/templates): their keys, comments, flow-style maps, long
legal bases, aliases (`tanggal_pengesahan`) and defects are kept, so sopcheck reports
what it reports on real files. Each variant changes what differs between two real SOPs
of one office: the number, the name, the dates, the signer's NIP, some step wording.
Dates and NIPs are quoted so that YAML 1.1 loaders (js-yaml 3 in ajv-cli) keep them as
strings, as bench/gen_corpus.py does.

Usage:
    python3 gen_real.py N --root REPO [--out DIR] [--seed S]

Variant i uses seed S*1000003+i and base i mod (number of bases). Only the Python
standard library is used.
"""
import argparse
import datetime
import glob
import os
import random
import re

KODE = ["PARMAS", "SDM", "TEKNIS", "HUKUM", "UMUM", "PPID", "IPDS", "DISEMINASI"]
NAMA_V = ["Pelayanan", "Pengelolaan", "Penyusunan", "Pelaksanaan", "Penyampaian", "Verifikasi"]
NAMA_N = [
    "Permohonan Informasi Publik", "Keberatan Informasi Publik", "Sosialisasi Pemilih Pemula",
    "Rekrutmen Badan Ad Hoc", "Cuti Pegawai", "Kenaikan Pangkat Pegawai", "Laporan Kinerja",
    "Pengaduan Masyarakat", "Daftar Informasi Publik", "Arsip Dinamis", "Surat Masuk",
]
TAIL = [" sesuai ketentuan", " kepada pimpinan", " melalui aplikasi", " secara tertulis",
        " ke unit terkait", " dalam register", " untuk ditindaklanjuti"]
DATE_KEY = re.compile(r'(\btanggal\w*:\s*)("?)(\d{4}-\d{2}-\d{2}|)("?)(?=\s*(?:[,}#]|$))')
NIP = re.compile(r'(\bnip:\s*)"[^"]*"')
NOMOR_ID = re.compile(r'^(  nomor:\s*)(.*?)(\s*(#.*)?)$')
NAMA_ID = re.compile(r'^(  nama:\s*)([^#]*?)(\s*(#.*)?)$')
URAIAN = re.compile(r"^(\s*(?:- )?uraian:\s*)([^\s\"'#{\[|>&*][^#\n]*?)(\s*)$")


def dates(rng):
    """Later dates one after another, as a file's dates are (made, effective, reviews)."""
    day = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randint(0, 7 * 365))
    while True:
        yield day.isoformat()
        day += datetime.timedelta(days=rng.randint(1, 60))


def variant(base, rng, i):
    out = []
    next_date = dates(rng)
    in_identity = False
    for line in base.splitlines():
        if re.match(r"^\S", line):
            in_identity = line.startswith("identitas:")
        if in_identity:
            m = NOMOR_ID.match(line)
            if m:
                line = '%s"%03d/SOP/%s/%d"%s' % (m.group(1), i % 1000, rng.choice(KODE),
                                                 rng.randint(2019, 2026), m.group(3))
            m = NAMA_ID.match(line)
            if m and m.group(2).strip() not in ("", '""'):
                line = "%s%s %s%s" % (m.group(1), rng.choice(NAMA_V), rng.choice(NAMA_N), m.group(3))
        line = DATE_KEY.sub(lambda m: '%s"%s"' % (m.group(1), next(next_date)), line)
        line = NIP.sub(lambda m: '%s"%018d"' % (m.group(1), rng.randrange(10 ** 17, 10 ** 18)), line)
        m = URAIAN.match(line)
        if m and rng.random() < 0.4:
            line = "%s%s%s" % (m.group(1), m.group(2).rstrip(" .;") + rng.choice(TAIL), m.group(3))
        out.append(line)
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("--root", required=True, help="the repository (for its corpus and templates)")
    ap.add_argument("--out", default=None)
    ap.add_argument("--seed", type=int, default=20251127)
    a = ap.parse_args()
    bases = sorted(glob.glob(os.path.join(a.root, "tests/fixtures/corpus/*.sop.yaml")))
    bases += sorted(glob.glob(os.path.join(a.root, "crates/sop-core/templates/*.sop.yaml")))
    if not bases:
        raise SystemExit("gen_real.py: no bases under %s" % a.root)
    texts = [open(p, encoding="utf-8").read() for p in bases]
    out = a.out or "real-%d" % a.n
    os.makedirs(out, exist_ok=True)
    total = 0
    for i in range(a.n):
        rng = random.Random(a.seed * 1000003 + i)
        text = variant(texts[i % len(texts)], rng, i)
        name = os.path.basename(bases[i % len(bases)]).replace(".sop.yaml", "")
        path = os.path.join(out, "%05d-%s.sop.yaml" % (i + 1, name))
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
    print("wrote %d files (%d bases), %.1f MB, avg %.1f KB to %s"
          % (a.n, len(bases), total / 1e6, total / a.n / 1024, out))


if __name__ == "__main__":
    main()
