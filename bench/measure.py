#!/usr/bin/env python3
"""Run one command and record its wall time and peak memory as JSON.

    bench/measure.py --json OUT.json [--stdout FILE] [--stderr FILE] -- CMD ARGS...

Peak memory is the maximum resident set size of the command, as GNU time
(`/usr/bin/time -v`) reports it. Where /usr/bin/time is missing, it is
`resource.getrusage(RUSAGE_CHILDREN).ru_maxrss` after the command ends:
this script starts no other child, so that is the command's own peak.
Wall time is measured here with a monotonic clock in both cases (GNU time
prints only hundredths of a second). `other_cpu_cores` is the CPU that
other processes used during the run, in cores (from /proc/stat): a
benchmark on a busy machine shows it. Exits with the command's exit code.
"""

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

GNU_TIME = "/usr/bin/time"


def parse_gnu_time(text):
    """The fields of `time -v` output that the benchmark reports."""
    fields = {}
    for key, pattern in {
        "max_rss_kb": r"Maximum resident set size \(kbytes\): (\d+)",
        "user_s": r"User time \(seconds\): ([\d.]+)",
        "sys_s": r"System time \(seconds\): ([\d.]+)",
    }.items():
        m = re.search(pattern, text)
        if m:
            fields[key] = float(m.group(1))
    return fields


def loadavg():
    try:
        with open("/proc/loadavg") as f:
            return float(f.read().split()[0])
    except OSError:
        return None


def busy_cpu_seconds():
    """CPU time spent by the whole machine so far (all cores, not idle)."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def wait_idle(max_s, window_s=2.0, threshold=0.1):
    """Waits (up to max_s) for a window in which the machine's other
    processes use under `threshold` cores: a build that just finished
    should not be measured with the command. Returns the seconds waited."""
    start = time.monotonic()
    while time.monotonic() - start < max_s:
        before = busy_cpu_seconds()
        time.sleep(window_s)
        after = busy_cpu_seconds()
        if before is None or after is None or (after - before) / window_s < threshold:
            break
    return time.monotonic() - start


def run(cmd, stdout, stderr):
    """Runs cmd; returns (exit code, measures)."""
    if os.access(GNU_TIME, os.X_OK):
        with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
            start = time.monotonic()
            code = subprocess.call([GNU_TIME, "-v", "-o", report.name, *cmd],
                                   stdout=stdout, stderr=stderr)
            wall = time.monotonic() - start
            measures = parse_gnu_time(report.read())
            measures["peak_rss_source"] = "/usr/bin/time -v"
    else:
        start = time.monotonic()
        code = subprocess.call(cmd, stdout=stdout, stderr=stderr)
        wall = time.monotonic() - start
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        measures = {"max_rss_kb": usage.ru_maxrss, "user_s": usage.ru_utime,
                    "sys_s": usage.ru_stime,
                    "peak_rss_source": "getrusage(RUSAGE_CHILDREN)"}
    measures["wall_s"] = wall
    return code, measures


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", required=True, help="where to write the measures")
    ap.add_argument("--stdout", help="file for the command's standard output")
    ap.add_argument("--stderr", help="file for the command's standard error")
    ap.add_argument("--wait-idle", type=float, default=0, metavar="SECONDS",
                    help="first wait up to SECONDS for the machine to be idle")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    if not cmd:
        ap.error("no command given")
    out = open(args.stdout, "wb") if args.stdout else None
    err = open(args.stderr, "wb") if args.stderr else None
    waited = wait_idle(args.wait_idle) if args.wait_idle > 0 else 0.0
    # The 1-minute load before the run: a busy machine (a build, another
    # benchmark) slows the command, and the report says so.
    load = loadavg()
    busy_before = busy_cpu_seconds()
    try:
        code, measures = run(cmd, out, err)
    finally:
        for f in (out, err):
            if f:
                f.close()
    busy_after = busy_cpu_seconds()
    # The load average lags by a minute; what other processes used during the
    # run is exact: the machine's busy CPU time less the command's own.
    other = None
    if busy_before is not None and busy_after is not None and "user_s" in measures:
        own = measures["user_s"] + measures.get("sys_s", 0)
        other = max(0.0, (busy_after - busy_before - own) / measures["wall_s"])
    measures.update({"cmd": cmd, "exit_code": code, "loadavg_before": load,
                     "waited_for_idle_s": waited, "other_cpu_cores": other})
    with open(args.json, "w") as f:
        json.dump(measures, f, indent=2)
        f.write("\n")
    sys.exit(code)


if __name__ == "__main__":
    main()
