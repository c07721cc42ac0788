#!/usr/bin/env python3
"""Backfill years of news with attache on Apache Spark.

    python3 scripts/spark/backfill.py --attache target/release/attache \\
        --input 'archive/*.jsonl' --out backfill/ [--master 'local[*]'] \\
        [--partitions N [--repartition]] [--dedup-window 2000] [--parquet]

(or `spark-submit scripts/spark/backfill.py ...` on a cluster, leaving out
--master.) Three stages:

1. distributed: the documents (JSONL in the format of EVENTS.md §1, read by
   Spark's textFile: a path, a glob, a comma-separated list, .gz files too)
   go through `attache extract --no-link --threads 1 -` on each partition,
   one process per task (mapPartitions over a subprocess; the binary is
   shipped to the executors with SparkContext.addFile). Each document gives
   one line: what linking needs of it and its events, coded alone. They are
   written to OUT/unlinked/ (Spark text files).
2. on the driver: `attache link OUT/unlinked` sorts those lines by
   publication date, then id (spilling sorted runs to disk past
   --sort-memory), and links the reports of one event across all documents
   within --dedup-window documents of that order, as one `attache extract`
   run links them: OUT/events.jsonl holds the events of one run over the
   documents in date order (see the README, "Backfilling years of news on
   Spark").
3. with --parquet: OUT/events.parquet, the same events written by Spark.

The driver reads OUT/unlinked/ from its own file system: OUT is a local
path (or one mounted on the driver). Prints what each stage took on stderr,
and a JSON summary on stdout.
"""

import argparse
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time

from pyspark import SparkFiles
from pyspark.sql import SparkSession

# Exit codes of attache: 0 all went in, 2 some input rejected (each line
# said on stderr as `-:line: reason`); anything else is a failure.
ACCEPTED_EXITS = (0, 2)
SUMMARY = re.compile(r"^attache: (\d+) rejected, (\d+) kept with a notice$")


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--attache", required=True, help="the attache binary (release build)")
    ap.add_argument("--input", required=True, help="documents JSONL: path, glob or comma-separated list")
    ap.add_argument("--out", required=True, help="output directory (local to the driver)")
    ap.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's)")
    ap.add_argument("--partitions", type=int, help="input partitions at least (default: Spark's parallelism)")
    ap.add_argument("--repartition", action="store_true",
                    help="shuffle the documents into exactly --partitions partitions (balances skewed files)")
    ap.add_argument("--dedup-window", type=int, default=2000,
                    help="documents (in date order) within which reports are linked, as attache's")
    ap.add_argument("--sort-memory", type=int, default=512, help="MB for the driver's sort before spilling")
    ap.add_argument("--parquet", action="store_true", help="also write OUT/events.parquet")
    ap.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")
    ap.add_argument("--attache-arg", action="append", default=[],
                    help="passed on to `attache extract` (repeat: --attache-arg=--dict --attache-arg=FILE)")
    return ap.parse_args(argv)


def code_partition(binary_name, extra_args, rejected, notices):
    """The function mapPartitions runs: a partition's documents through
    `attache extract --no-link -`, fed by a thread while its output is read
    (as RDD.pipe does), failing the task on any exit but 0 or 2."""

    def run(lines):
        exe = SparkFiles.get(binary_name)
        mode = os.stat(exe).st_mode
        if not mode & stat.S_IXUSR:
            os.chmod(exe, mode | stat.S_IXUSR)
        command = [exe, "extract", "--no-link", "--threads", "1", *extra_args, "-"]
        with tempfile.TemporaryFile() as errors:
            proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors)

            def feed():
                try:
                    for line in lines:
                        # A byte-order mark opening a file is not one
                        # opening the partition's stream: attache would
                        # skip only the latter.
                        proc.stdin.write(line.lstrip("\ufeff").encode("utf-8"))
                        proc.stdin.write(b"\n")
                except BrokenPipeError:
                    pass  # the process ended early: its exit code says why
                finally:
                    try:
                        proc.stdin.close()
                    except BrokenPipeError:
                        pass

            writer = threading.Thread(target=feed, daemon=True)
            writer.start()
            for out in proc.stdout:
                yield out.decode("utf-8").rstrip("\n")
            writer.join()
            code = proc.wait()
            errors.seek(0)
            said = errors.read().decode("utf-8", "replace")
        for line in said.splitlines():
            m = SUMMARY.match(line)
            if m:
                rejected.add(int(m.group(1)))
                notices.add(int(m.group(2)))
            elif not line.startswith("attache: ") or "error" in line:
                print(line, file=sys.stderr)  # in the executor's log
        if code not in ACCEPTED_EXITS:
            raise RuntimeError(f"attache extract exited {code}: {said[-2000:]}")

    return run


def link(binary, unlinked, events_path, args):
    """`attache link` on the driver; returns its stderr."""
    command = [binary, "link", "--dedup-window", str(args.dedup_window),
               "--sort-memory", str(args.sort_memory), unlinked]
    with open(events_path, "wb") as out:
        done = subprocess.run(command, stdout=out, stderr=subprocess.PIPE)
    said = done.stderr.decode("utf-8", "replace")
    if done.returncode not in ACCEPTED_EXITS:
        raise SystemExit(f"attache link exited {done.returncode}: {said}")
    return said


def main(argv=None):
    args = parse_args(argv)
    binary = os.path.abspath(args.attache)
    out = os.path.abspath(args.out)
    if os.path.exists(out):
        if not args.overwrite:
            raise SystemExit(f"{out} exists (--overwrite replaces it)")
        shutil.rmtree(out)
    os.makedirs(out)
    builder = SparkSession.builder.appName("attache-backfill")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel("WARN")
    sc.addFile(binary)
    rejected, notices = sc.accumulator(0), sc.accumulator(0)
    timings = {}

    started = time.monotonic()
    partitions = args.partitions or sc.defaultParallelism
    documents = sc.textFile(args.input, minPartitions=partitions)
    if args.repartition:
        documents = documents.repartition(partitions)
    unlinked = os.path.join(out, "unlinked")
    coder = code_partition(os.path.basename(binary), args.attache_arg, rejected, notices)
    documents.mapPartitions(coder).saveAsTextFile("file://" + unlinked)
    timings["code_s"] = time.monotonic() - started
    partitions = documents.getNumPartitions()

    started = time.monotonic()
    events = os.path.join(out, "events.jsonl")
    said = link(binary, unlinked, events, args)
    timings["link_s"] = time.monotonic() - started
    print(said, end="", file=sys.stderr)

    parquet_rows = None
    if args.parquet:
        started = time.monotonic()
        parquet = "file://" + os.path.join(out, "events.parquet")
        spark.read.json("file://" + events).write.parquet(parquet)
        parquet_rows = spark.read.parquet(parquet).count()
        timings["parquet_s"] = time.monotonic() - started
    spark.stop()

    summary = {
        "input": args.input,
        "partitions": partitions,
        "documents_rejected": rejected.value,
        "documents_with_notice": notices.value,
        "events": sum(1 for _ in open(events, encoding="utf-8")),
        "events_file": events,
        "parquet_rows": parquet_rows,
        **{k: round(v, 2) for k, v in timings.items()},
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
