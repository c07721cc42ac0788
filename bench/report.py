#!/usr/bin/env python3
"""Assemble the benchmark's measures into report.md and results.json.

    report.py --run-dir DIR --out-dir OUT --corpus CORPUS.jsonl --threads "1 2"

Reads from DIR what bench/run left there (see bench/README.md):
  build.json                    the commit built
  startup.measure.json          attache on the bundled samples (fixed cost)
  attache-tN.measure.json       wall time and peak RSS of `attache extract --threads N`
  attache-tN.events.jsonl       its output (counted and hashed here, into
                                attache-tN.events.json, as it is deleted later)
  attache-db-tN.*               the same with `--db` (a fresh store), and the
                                store's size in attache-db-tN.store-bytes
  spacy.json, spacy.measure.json  the spaCy peer, or spacy.skipped.txt saying why not
  petrarch2.json, attache-p2-tN.measure.json  PETRARCH-2's coder on parsed
                                sentences and attache on their text, or
                                petrarch2.skipped.txt saying why not
  memory-<MB>mb.measure.json, memory-<MB>mb.stats.json  the peak-memory runs
and CORPUS.jsonl.stats.json from the generator. Writes report.md and
results.json to DIR and to OUT, and prints the report.
"""

import argparse
import hashlib
import json
import os
import platform
import subprocess
from pathlib import Path

MB = 1e6
# Above this CPU use by other processes during a run (in cores), the machine
# was not idle and the figures are lower bounds.
BUSY_CORES = 0.1


def read_json(path):
    return json.loads(Path(path).read_text()) if Path(path).exists() else None


def count_and_hash(path):
    """Lines and sha256 of a (possibly large) file, streamed."""
    lines, digest = 0, hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            lines += block.count(b"\n")
            digest.update(block)
    return lines, digest.hexdigest()


# ---------------------------------------------------------------- machine

def cpu_model():
    """/proc/cpuinfo's model name; a VM's is often vague ("AMD EPYC"), so the
    family and model numbers, and whether it is a guest, come along."""
    fields = {}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            fields.setdefault(key.strip(), value.strip())
    except OSError:
        return platform.processor() or "unknown"
    name = fields.get("model name", "unknown")
    extra = [f"family {fields['cpu family']} model {fields['model']}"] if "cpu family" in fields else []
    if "hypervisor" in fields.get("flags", "").split():
        extra.append("virtual machine")
    return f"{name} ({', '.join(extra)})" if extra else name


def memory_gib():
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return None


def os_name():
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return f"{line.split('=', 1)[1].strip(chr(34))}, Linux {platform.release()}"
    except OSError:
        pass
    return platform.platform()


def command_output(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def machine(build):
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "memory_gib": round(memory_gib() or 0, 1),
        "os": os_name(),
        "rustc": command_output(["rustc", "--version"]),
        "python": platform.python_version(),
        "commit": build.get("commit"),
    }


def build_info(run_dir):
    """The commit measured, as bench/run noted it when building (the work
    tree may have moved on since)."""
    build = read_json(run_dir / "build.json") or {}
    if build.get("commit"):
        build["commit"] += " (with uncommitted changes)" if build.get("dirty") else ""
    return build


# ---------------------------------------------------------------- runs

def events_summary(run_dir, name):
    """Lines and hash of a run's events, kept beside them in
    NAME.events.json: bench/run deletes the events themselves, and the
    report can be made again from the run's folder."""
    events_path = run_dir / f"{name}.events.jsonl"
    summary_path = run_dir / f"{name}.events.json"
    if events_path.exists():
        lines, sha = count_and_hash(events_path)
        summary_path.write_text(json.dumps({"events": lines, "sha256": sha}) + "\n")
    summary = read_json(summary_path) or {}
    return summary.get("events"), summary.get("sha256")


def attache_run(run_dir, threads, stats, prefix="attache"):
    name = f"{prefix}-t{threads}"
    measure = read_json(run_dir / f"{name}.measure.json")
    if measure is None:
        return None
    events, sha = events_summary(run_dir, name)
    wall = measure["wall_s"]
    cpu_s = measure.get("user_s", 0) + measure.get("sys_s", 0)
    store = run_dir / f"{name}.store-bytes"
    return {
        "tool": "attache extract" + (" --db" if prefix == "attache-db" else ""),
        "threads": threads,
        "cpu_s": cpu_s,
        "store_mb": int(store.read_text()) / MB if store.exists() else None,
        "exit_code": measure["exit_code"],
        "input_mb": stats["bytes"] / MB,
        "text_mb": stats["text_bytes"] / MB,
        "documents": stats["documents"],
        "sentences": stats["sentences"],
        "wall_s": wall,
        "mb_per_s": stats["bytes"] / MB / wall,
        "text_mb_per_s": stats["text_bytes"] / MB / wall,
        "docs_per_s": stats["documents"] / wall,
        "sentences_per_s": stats["sentences"] / wall,
        "peak_rss_mb": measure["max_rss_kb"] * 1024 / MB,
        "cpu_utilisation": cpu_s / wall,
        "loadavg_before": measure.get("loadavg_before"),
        "other_cpu_cores": measure.get("other_cpu_cores"),
        "events": events,
        "events_sha256": sha,
    }


def spacy_run(run_dir, stats):
    skipped = run_dir / "spacy.skipped.txt"
    if skipped.exists():
        # One line for the Markdown list: the reason, then the error lines.
        return {"tool": "spacy", "skipped": " ".join(skipped.read_text().split())}
    result, measure = read_json(run_dir / "spacy.json"), read_json(run_dir / "spacy.measure.json")
    if result is None:
        return None
    fr = stats["fr"]
    # Sentences are counted by the generator per document, not in the sample:
    # estimate them from the French sentence density of the whole corpus.
    sentences = result["text_bytes"] * fr["sentences"] / fr["text_bytes"]
    result.update({
        "tool": "spacy",
        "text_mb": result["text_bytes"] / MB,
        "wall_s": result["process_s"],
        "text_mb_per_s": result["mb_per_s"],
        "sentences_est": sentences,
        "sentences_per_s": sentences / result["process_s"],
        "peak_rss_mb": measure["max_rss_kb"] * 1024 / MB if measure else None,
        "loadavg_before": measure.get("loadavg_before") if measure else None,
        "other_cpu_cores": measure.get("other_cpu_cores") if measure else None,
        # What the whole corpus's French text would take at the sample's rate.
        "corpus_fr_text_mb": fr["text_bytes"] / MB,
        "extrapolated_fr_s": fr["text_bytes"] / MB / result["mb_per_s"],
        "extrapolated_all_s": stats["text_bytes"] / MB / result["mb_per_s"],
    })
    return result


def petrarch2_runs(run_dir, threads):
    """PETRARCH-2 on the parsed sentences, and attache on their text."""
    skipped = run_dir / "petrarch2.skipped.txt"
    if skipped.exists():
        return {"skipped": " ".join(skipped.read_text().split())}
    peer, measure = read_json(run_dir / "petrarch2.json"), read_json(run_dir / "petrarch2.measure.json")
    if peer is None:
        return None
    peer["peak_rss_mb"] = measure["max_rss_kb"] * 1024 / MB if measure else None
    stats = {"bytes": peer["text_bytes"], "text_bytes": peer["text_bytes"],
             "documents": peer["sentences"], "sentences": peer["sentences"]}
    runs = [r for t in threads if (r := attache_run(run_dir, t, stats, "attache-p2")) is not None]
    return {"petrarch2": peer, "attache": runs}


def memory_runs(run_dir, sizes):
    """The peak-memory runs, one per size."""
    runs = []
    for size in sizes:
        stats = read_json(run_dir / f"memory-{size}mb.stats.json")
        measure = read_json(run_dir / f"memory-{size}mb.measure.json")
        if stats is None or measure is None:
            continue
        runs.append({
            "size_mb": size, "input_mb": stats["bytes"] / MB, "documents": stats["documents"],
            "wall_s": measure["wall_s"], "mb_per_s": stats["bytes"] / MB / measure["wall_s"],
            "cpu_s": measure.get("user_s", 0) + measure.get("sys_s", 0),
            "peak_rss_mb": measure["max_rss_kb"] * 1024 / MB, "exit_code": measure["exit_code"],
            "other_cpu_cores": measure.get("other_cpu_cores"),
        })
    return runs


# ---------------------------------------------------------------- report

def threads_name(n):
    return f"{n} thread{'s' if n > 1 else ''}"


def render_db(runs, db_runs):
    """The --db runs' ratios to the same runs without a store."""
    plain = {r["threads"]: r for r in runs}
    parts = [f"×{d['wall_s'] / plain[d['threads']]['wall_s']:.2f} wall "
             f"(×{d['cpu_s'] / plain[d['threads']]['cpu_s']:.2f} CPU time) on {threads_name(d['threads'])}"
             for d in db_runs if d["threads"] in plain]
    note = "`--db` ÷ without (a fresh store each time): " + ", ".join(parts) + "."
    sizes = [d["store_mb"] for d in db_runs if d.get("store_mb")]
    if sizes:
        note += f" The store holds {sizes[0]:,.0f} MB."
    same = len({d["events_sha256"] for d in db_runs}) == 1
    if len(db_runs) > 1 and db_runs[0]["events"] is not None:
        note += (" Its events are byte-identical for every thread count" if same else
                 " Its events DIFFER between thread counts") + (
            " (they differ from those without a store by design: a store links a report to every"
            " stored event near its date, not only within `--dedup-window` documents).")
    return note


def render_petrarch2(p2):
    if p2.get("skipped"):
        return [f"- PETRARCH-2 was not run: {p2['skipped']}"]
    peer, runs = p2["petrarch2"], p2["attache"]
    # The whole Python process, dictionaries included.
    rss = f"{peer['peak_rss_mb']:.0f} MB" if peer.get("peak_rss_mb") else "—"
    lines = [
        "",
        f"PETRARCH-2 side by side: {peer['sentences']:,} English sentences (the {peer['records']} "
        f"PETRARCH unit-test records with a parse, × {peer['repeat']}), "
        f"{peer['text_bytes'] / MB:.2f} MB of text.",
        "",
        "| run | what it does | wall | CPU time | sentences/s | peak RSS |",
        "|---|---|---|---|---|---|",
        f"| PETRARCH-2 coder (Python 2.7, {peer['dicts']} dictionaries), 1 process | codes Penn "
        f"Treebank parses given to it (no parsing); dictionaries loaded in {peer['load_seconds']:.1f} s, "
        f"not counted | {peer['seconds']:.1f} s | {peer['cpu_seconds']:.1f} s | "
        f"{peer['sentences_per_s']:,.0f} | {rss} |",
    ]
    for r in runs:
        lines.append(
            f"| attache extract, {threads_name(r['threads'])} | the raw text, one document per "
            f"sentence: reading JSON, cleaning, recognition, dates, coding, linking; start-up "
            f"counted | {r['wall_s']:.1f} s | {r['cpu_s']:.1f} s | {r['sentences_per_s']:,.0f} | "
            f"{r['peak_rss_mb']:.0f} MB |")
    lines.append("")
    ratios = ", ".join(f"×{r['sentences_per_s'] / peer['sentences_per_s']:.1f} on "
                       f"{threads_name(r['threads'])}" for r in runs)
    cpu = ", ".join(f"×{peer['cpu_seconds'] / r['cpu_s']:.1f} on {threads_name(r['threads'])}"
                    for r in runs if r["cpu_s"])
    lines.append(f"- attache ÷ PETRARCH-2 (sentences per second): {ratios}; per second of CPU "
                 f"time: {cpu}. PETRARCH-2 is given the "
                 "parse (CoreNLP would cost far more than its coder); attache starts from text. "
                 f"PETRARCH-2 wrote {peer['events']:,} events ({peer['crashes']:,} sentences raised "
                 f"an error, counted in its time); attache "
                 f"{runs[0]['events'] if runs and runs[0]['events'] is not None else '?'} (it knows "
                 "none of the records' fictional states, Arnor or Gondor).")
    return lines


def render_memory(mem):
    lines = ["", "Peak memory (`attache extract --threads N`, no `--db`, events to /dev/null):", "",
             "| input | documents | wall | MB/s | CPU time | peak RSS |", "|---|---|---|---|---|---|"]
    for r in mem:
        lines.append(f"| {r['input_mb']:,.0f} MB | {r['documents']:,} | {duration(r['wall_s'])} | "
                     f"{r['mb_per_s']:.2f} | {duration(r['cpu_s'])} | {r['peak_rss_mb']:.0f} MB |")
    return lines


def duration(seconds):
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def render(results):
    s, m, runs, peer = results["corpus"], results["machine"], results["attache"], results["spacy"]
    db_runs = results.get("attache_db") or []
    lines = [
        f"Corpus: {s['bytes'] / MB:.1f} MB of JSONL, {s['documents']:,} documents "
        f"({s['fr']['documents'] / s['documents']:.0%} French), ~{s['sentences']:,} sentences, "
        f"{s['text_bytes'] / MB:.1f} MB of text; generated by `bench/gen_corpus.py` "
        f"(seed {s['seed']}) from `samples/` and `bench/sentences.tsv`.",
        "",
        "| run | wall | MB/s (JSONL) | MB/s (text) | documents/s | sentences/s | peak RSS |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in runs + db_runs:
        name = f"{r['tool']}, {threads_name(r['threads'])}"
        lines.append(
            f"| {name} | {r['wall_s']:.1f} s | {r['mb_per_s']:.2f} | {r['text_mb_per_s']:.2f} | "
            f"{r['docs_per_s']:,.0f} | {r['sentences_per_s']:,.0f} | {r['peak_rss_mb']:.0f} MB |")
    if peer and not peer.get("skipped"):
        lines.append(
            f"| spaCy {peer['spacy_version']} `{peer['model']}` NER only, 1 process "
            f"({peer['text_mb']:.1f} MB French sample) | {peer['wall_s']:.1f} s | — | "
            f"{peer['text_mb_per_s']:.3f} ({peer['kb_per_s']:.0f} KB/s) | "
            f"{peer['docs_per_s']:,.1f} | ~{peer['sentences_per_s']:,.0f} | "
            f"{peer['peak_rss_mb']:.0f} MB |")
    lines.append("")

    notes = []
    by_threads = {r["threads"]: r for r in runs}
    most = max(by_threads, default=1)
    if 1 in by_threads and most > 1:
        one, two = by_threads[1], by_threads[most]
        notes.append(f"{most}-thread speedup: ×{one['wall_s'] / two['wall_s']:.2f} "
                     f"(CPU use {one['cpu_utilisation']:.2f} and {two['cpu_utilisation']:.2f} cores).")
    if db_runs:
        notes.append(render_db(runs, db_runs))
    if runs and runs[0]["events"] is not None:
        same = len({r["events_sha256"] for r in runs}) == 1
        notes.append(f"Events written: {runs[0]['events']:,}"
                     + (f"; the output is byte-identical for {', '.join(str(r['threads']) for r in runs)} threads."
                        if len(runs) > 1 and same else
                        "; the outputs for different thread counts DIFFER." if len(runs) > 1 else "."))
    for r in runs:
        if r["exit_code"] != 0:
            notes.append(f"The {r['threads']}-thread run exited with code {r['exit_code']}: some input "
                         "was rejected (its stderr is in the run's folder).")
    if results.get("startup_s") is not None:
        notes.append(f"Fixed cost (start-up, lexicon, the bundled samples): {results['startup_s']:.2f} s, "
                     "included in the wall times above.")
    if peer and peer.get("skipped"):
        notes.append(f"spaCy was not run: {peer['skipped']}")
    elif peer:
        ratios = ", ".join(f"×{r['text_mb_per_s'] / peer['text_mb_per_s']:.1f} on {r['threads']} "
                           f"thread{'s' if r['threads'] > 1 else ''}" for r in runs)
        notes.append(f"attache ÷ spaCy (MB of text per second): {ratios}. spaCy only tags named "
                     "entities; attache also reads JSON, cleans, recognizes actors, codes events and "
                     "merges them across documents.")
        notes.append(f"spaCy ran on a sample (the first {peer['text_mb']:.1f} MB of French text, "
                     f"{peer['documents']:,} documents; model load of {peer['load_s']:.1f} s not "
                     f"counted); extrapolated, the {peer['corpus_fr_text_mb']:.0f} MB of French text "
                     f"in this corpus would take it {duration(peer['extrapolated_fr_s'])}, all "
                     f"{s['text_bytes'] / MB:.0f} MB of text {duration(peer['extrapolated_all_s'])}.")
    busy = [x for x in runs + db_runs + ([peer] if peer else []) + (results.get("memory") or [])
            if (x.get("other_cpu_cores") or 0) > BUSY_CORES]
    if busy:
        notes.append(f"**The machine was not idle**: other processes used up to "
                     f"{max(x['other_cpu_cores'] for x in busy):.2f} cores during a run; "
                     "the figures are lower bounds.")
    lines += [f"- {n}" for n in notes]
    if results.get("petrarch2"):
        lines += render_petrarch2(results["petrarch2"])
    if results.get("memory"):
        lines += render_memory(results["memory"])
    lines += [
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']:.0f} GiB, {m['os']}; "
        f"{m['rustc']}; attache {m['commit']}"
        + (f", binary sha256 {results['attache_sha256'][:12]}" if results.get("attache_sha256") else "")
        + ". MB = 10^6 bytes; wall times include reading "
        "the corpus from the page cache and writing the events to a file.",
    ]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--run-dir", type=Path, required=True)
    ap.add_argument("--out-dir", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--threads", default="1 2")
    ap.add_argument("--memory-sizes", default="", help="MB,MB,... of the peak-memory runs")
    args = ap.parse_args()

    stats = read_json(str(args.corpus) + ".stats.json")
    threads = [int(t) for t in args.threads.split()]
    runs = [r for t in threads if (r := attache_run(args.run_dir, t, stats)) is not None]
    db_runs = [r for t in threads if (r := attache_run(args.run_dir, t, stats, "attache-db")) is not None]
    startup = read_json(args.run_dir / "startup.measure.json")
    binary = args.run_dir / "attache"
    results = {
        "corpus": {**stats, "path": str(args.corpus)},
        "machine": machine(build_info(args.run_dir)),
        # The work tree may change between two benchmarks: name the program measured.
        "attache_sha256": count_and_hash(binary)[1] if binary.exists() else None,
        "startup_s": startup["wall_s"] if startup else None,
        "attache": runs,
        "attache_db": db_runs,
        "spacy": spacy_run(args.run_dir, stats),
        "petrarch2": petrarch2_runs(args.run_dir, threads),
        "memory": memory_runs(args.run_dir, [int(x) for x in args.memory_sizes.split(",") if x]),
    }
    report = render(results)
    for directory in (args.run_dir, args.out_dir):
        (directory / "report.md").write_text(report)
        (directory / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(report, end="")


if __name__ == "__main__":
    main()
