#!/usr/bin/env python3
"""Times sopcheck against its peers on one or more corpora, side by side in one run.

Called by bench/run.sh (which installs sopcheck and the peers and generates the corpora).
For each corpus it prints a table (wall time, files/s, MB/s, CPU s, files per CPU-s) and
the ratios; then the one-file whole-process times and the ratios of every corpus side by
side against the budgets (DESIGN.md §8); and writes it all as JSON and Markdown.

    python3 measure.py --corpus NAME=DIR [--corpus NAME=DIR …] --schema FILE --sopcheck BIN
                       --ajv BIN --check-jsonschema BIN [--runs R] [--cj-files K] [--out PREFIX]
"""
import argparse
import glob
import json
import os
import resource
import statistics
import subprocess
import sys
import time

TODAY = "2026-11-27"


def load():
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "?"


def run_once(argv, ok_codes, shell=False):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(argv, shell=shell, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in ok_codes:
        cmd = argv if isinstance(argv, str) else " ".join(argv[:6]) + " …"
        sys.exit("bench: `%s` exited %d: %s" % (cmd, proc.returncode, proc.stderr.decode()[-2000:]))
    return wall, cpu


def measure(name, argv, files, size, runs, ok_codes=(0,), shell=False, warmup=1):
    for _ in range(warmup):
        run_once(argv, ok_codes, shell)
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = run_once(argv, ok_codes, shell)
        walls.append(wall)
        cpus.append(cpu)
    mean = statistics.mean(walls)
    row = {
        "tool": name,
        "files": files,
        "runs": runs,
        "wall_mean_s": mean,
        "wall_min_s": min(walls),
        "files_per_s": files / mean,
        "mb_per_s": size / 1e6 / mean,
        "cpu_s": statistics.mean(cpus),
        "files_per_cpu_s": files / statistics.mean(cpus) if statistics.mean(cpus) > 0 else float("inf"),
    }
    print("  %-34s %8.3f s  (min %.3f)  %9.1f files/s  %7.1f MB/s  cpu %7.2f s  %9.1f files/cpu-s"
          % (name, mean, row["wall_min_s"], row["files_per_s"], row["mb_per_s"], row["cpu_s"],
             row["files_per_cpu_s"]), flush=True)
    return row


def corpus_run(a, name, corpus):
    """Throughput of every tool on one corpus; returns its rows and ratios."""
    files = sorted(glob.glob(os.path.join(corpus, "*.sop.yaml")))
    n = len(files)
    size = sum(os.path.getsize(f) for f in files)
    cj_files = files[: a.cj_files] if 0 < a.cj_files < n else files
    cj_size = sum(os.path.getsize(f) for f in cj_files)
    pattern = os.path.join(corpus, "*.sop.yaml")
    print("\n== %s: %d files, %.1f MB (avg %.1f KB), %s; load %s; %d CPUs"
          % (name, n, size / 1e6, size / n / 1024, corpus, load(), os.cpu_count() or 0), flush=True)

    # Sanity: every peer accepts every file (a validator that stops at the first invalid
    # file would look fast), and sopcheck reads them.
    run_once([a.ajv, "validate", "--spec=draft2020", "-s", a.schema, "-c", "ajv-formats", "-d", pattern], (0,))
    run_once([a.check_jsonschema, "--schemafile", a.schema] + files[:20], (0,))
    run_once([a.sopcheck, "check", "--format", "json", "--today", TODAY, files[0]], (0, 1))
    subprocess.run("cat %s/*.sop.yaml > /dev/null" % corpus, shell=True, check=True)  # warm cache

    print("throughput (wall = mean of %d runs after 1 warm-up; check-jsonschema 1 run):" % a.runs, flush=True)
    rows = []
    rows.append(measure("cat (floor)", "cat %s/*.sop.yaml > /dev/null" % corpus, n, size, a.runs, shell=True))
    ours = measure("sopcheck check --format json",
                   [a.sopcheck, "check", "--format", "json", "--today", TODAY, corpus],
                   n, size, a.runs, ok_codes=(0, 1))
    rows.append(ours)
    rows.append(measure("sopcheck check --format json (1 thread)",
                        ["env", "RAYON_NUM_THREADS=1", a.sopcheck, "check", "--format", "json", "--today", TODAY, corpus],
                        n, size, max(1, a.runs - 1), ok_codes=(0, 1)))
    ajv = measure("ajv-cli + ajv-formats",
                  [a.ajv, "validate", "--spec=draft2020", "-s", a.schema, "-c", "ajv-formats", "-d", pattern],
                  n, size, a.runs)
    rows.append(ajv)
    cj_name = "check-jsonschema + ruamel.yaml.clib"
    if len(cj_files) < n:
        cj_name += " (first %d files)" % len(cj_files)
    cj = measure(cj_name, [a.check_jsonschema, "--schemafile", a.schema] + cj_files,
                 len(cj_files), cj_size, 1, warmup=0)
    rows.append(cj)
    ratios = {
        "sopcheck_vs_ajv": ours["files_per_s"] / ajv["files_per_s"],
        "sopcheck_vs_check_jsonschema": ours["files_per_s"] / cj["files_per_s"],
        "sopcheck_vs_ajv_per_cpu_s": ours["files_per_cpu_s"] / ajv["files_per_cpu_s"],
        "cat_vs_sopcheck": rows[0]["files_per_s"] / ours["files_per_s"],
    }
    print("ratios (files/s): sopcheck / ajv-cli = %.2fx; sopcheck / check-jsonschema = %.1fx; "
          "per CPU-s sopcheck / ajv-cli = %.2fx"
          % (ratios["sopcheck_vs_ajv"], ratios["sopcheck_vs_check_jsonschema"],
             ratios["sopcheck_vs_ajv_per_cpu_s"]), flush=True)
    return {"name": name, "corpus": corpus, "files": n, "bytes": size, "throughput": rows,
            "ratios": ratios, "one": files[0]}


def one_file(a, one):
    print("\none file (%s, %.1f KB), whole process:" % (os.path.basename(one), os.path.getsize(one) / 1024), flush=True)
    single = []
    for name, argv, runs, codes in [
        ("sopcheck check", [a.sopcheck, "check", "--format", "json", "--today", TODAY, one], 30, (0, 1)),
        ("ajv-cli", [a.ajv, "validate", "--spec=draft2020", "-s", a.schema, "-c", "ajv-formats", "-d", one], 3, (0,)),
        ("check-jsonschema", [a.check_jsonschema, "--schemafile", a.schema, one], 3, (0,)),
    ]:
        run_once(argv, codes)
        walls = [run_once(argv, codes)[0] for _ in range(runs)]
        row = {"tool": name, "runs": runs, "mean_ms": 1000 * statistics.mean(walls), "min_ms": 1000 * min(walls)}
        single.append(row)
        print("  %-20s %8.1f ms  (min %.1f ms, %d runs)" % (name, row["mean_ms"], row["min_ms"], runs), flush=True)
    verdict = "within" if single[0]["mean_ms"] < 20 else "OVER"
    print("  sopcheck one file: %s the 20 ms budget" % verdict)
    return single


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", action="append", required=True, help="NAME=DIR, repeatable")
    ap.add_argument("--schema", required=True)
    ap.add_argument("--sopcheck", required=True)
    ap.add_argument("--ajv", required=True)
    ap.add_argument("--check-jsonschema", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cj-files", type=int, default=0, help="check-jsonschema on the first K files only")
    ap.add_argument("--out", default="")
    a = ap.parse_args()

    corpora = [corpus_run(a, *spec.split("=", 1)) for spec in a.corpus]
    single = one_file(a, corpora[-1]["one"])

    print("\nside by side (budget, DESIGN.md §8: sopcheck >= 3x ajv-cli (aim 5x) and >= 30x check-jsonschema):")
    print("  %-12s %7s %12s %12s %12s %10s %10s" % ("corpus", "files", "sopcheck/s", "ajv-cli/s", "c-jsonsch/s",
                                                     "vs ajv", "vs c-js"))
    for c in corpora:
        t = {r["tool"].split(" (first")[0]: r for r in c["throughput"]}
        r = c["ratios"]
        ok = r["sopcheck_vs_ajv"] >= 3 and r["sopcheck_vs_check_jsonschema"] >= 30
        print("  %-12s %7d %12.0f %12.0f %12.1f %9.2fx %9.1fx  %s"
              % (c["name"], c["files"], t["sopcheck check --format json"]["files_per_s"],
                 t["ajv-cli + ajv-formats"]["files_per_s"],
                 t["check-jsonschema + ruamel.yaml.clib"]["files_per_s"],
                 r["sopcheck_vs_ajv"], r["sopcheck_vs_check_jsonschema"],
                 "within budget" if ok else "UNDER BUDGET"))
    print("load at the end: %s" % load())

    if a.out:
        result = {"corpora": corpora, "one_file": single, "load_end": load()}
        with open(a.out + ".json", "w") as f:
            json.dump(result, f, indent=2)
        with open(a.out + ".md", "w") as f:
            for c in corpora:
                f.write("%s: %d files, %.1f MB\n\n" % (c["name"], c["files"], c["bytes"] / 1e6))
                f.write("| tool | files | wall s (mean) | files/s | MB/s | CPU s | files per CPU-s |\n")
                f.write("|---|---:|---:|---:|---:|---:|---:|\n")
                for r in c["throughput"]:
                    f.write("| %s | %d | %.3f | %.1f | %.1f | %.2f | %.1f |\n" % (
                        r["tool"], r["files"], r["wall_mean_s"], r["files_per_s"], r["mb_per_s"], r["cpu_s"],
                        r["files_per_cpu_s"]))
                f.write("\nsopcheck / ajv-cli = %.2fx, sopcheck / check-jsonschema = %.1fx\n\n"
                        % (c["ratios"]["sopcheck_vs_ajv"], c["ratios"]["sopcheck_vs_check_jsonschema"]))
            f.write("| one file, whole process | mean ms | min ms |\n|---|---:|---:|\n")
            for r in single:
                f.write("| %s | %.1f | %.1f |\n" % (r["tool"], r["mean_ms"], r["min_ms"]))
        print("results: %s.json, %s.md" % (a.out, a.out))


if __name__ == "__main__":
    main()
