#!/usr/bin/env python3
"""Check that attache's exports load in the tools analysts use.

    python3 scripts/export/check_readers.py DIR

DIR holds events.jsonl, events.csv, events.gdelt.tsv, events.plover.jsonl and
optionally events.parquet, as written by `attache-export` (for instance by
`cargo run -p attache-export --example write_sample --features parquet -- DIR`).

Each file is loaded with pandas and with duckdb (and the Parquet file with
pyarrow too); the row counts must agree across readers and formats and be
positive, the event ids must be the same events in the same order, and a few
column values are checked: CAMEO codes keep their leading zero when read as
strings, GDELT rows have 61 columns with 2-digit EventRootCode and QuadClass
1-4, PLOVER types and quad codes are PLOVER's, Parquet columns have their
types. Prints one line per format; exits 1 on any failure (2 when a reader
library is missing or DIR lacks a required file).

Needs: pandas, pyarrow, duckdb (e.g. `python3 -m venv /tmp/v && /tmp/v/bin/pip
install pandas pyarrow duckdb`).
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

# The 61 columns of the GDELT 2.0 event table, in order: the same list as
# GDELT_COLUMNS in crates/export/src/gdelt.rs.
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
        "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}Geo_{c}" for g in ("Actor1", "Actor2", "Action") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
]

# CSV_COLUMNS in crates/export/src/flat.rs.
CSV_COLUMNS = [
    "event_id", "tier", "cameo", "date", "date_start", "date_end",
    *(f"{side}_{f}" for side in ("source", "target") for f in ("country", "igo", "sector", "name", "title")),
    "place_name", "place_country", "mentions", "sources", "confidence", "doc", "evidence",
]

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "COOPERATE", "AID", "RETREAT",
    "DEMAND", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}

FILES = {
    "jsonl": "events.jsonl",
    "csv": "events.csv",
    "gdelt": "events.gdelt.tsv",
    "plover": "events.plover.jsonl",
    "parquet": "events.parquet",
}


class CheckFailed(Exception):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def is_cameo(code: object) -> bool:
    return isinstance(code, str) and len(code) in (3, 4) and code.isdigit()


def duck_count(duckdb, source: str) -> int:
    return duckdb.sql(f"select count(*) from {source}").fetchall()[0][0]


def sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def check_jsonl(path: Path, pd, duckdb) -> dict:
    df = pd.read_json(path, lines=True, dtype=False)
    for column in ["event_id", "tier", "cameo", "source", "target", "date", "place",
                   "evidence", "doc", "mentions", "sources", "docs", "confidence"]:
        check(column in df.columns, f"no column {column}")
    check(df["cameo"].map(is_cameo).all(), f"CAMEO codes not 3-4 digit strings: {list(df['cameo'])}")
    check(df["tier"].isin(["activity", "verbal"]).all(), "tier outside activity/verbal")
    check(df["confidence"].between(0, 1).all(), "confidence outside 0-1")
    check(df["source"].map(lambda a: isinstance(a, dict) and "country" in a).all(), "source is not an actor object")
    src = f"read_json_auto({sql_path(path)})"
    duck = duck_count(duckdb, src)
    bad = duck_count(duckdb, f"{src} where length(cameo) not in (3, 4)")
    check(bad == 0, f"duckdb: {bad} CAMEO codes lost their leading zero")
    return {"rows": len(df), "duckdb": duck, "ids": list(df["event_id"])}


def check_csv(path: Path, pd, duckdb) -> dict:
    text = pd.read_csv(path, dtype=str, keep_default_na=False)
    check(list(text.columns) == CSV_COLUMNS, f"header {list(text.columns)}")
    check(text["cameo"].map(is_cameo).all(), f"CAMEO codes as strings: {list(text['cameo'])}")
    ranged = text[text["date"].str.contains("/")]
    check((ranged["date"] == ranged["date_start"] + "/" + ranged["date_end"]).all(), "range not split on /")
    single = text[~text["date"].str.contains("/")]
    check((single["date_start"] == single["date"]).all() and (single["date_end"] == single["date"]).all(),
          "single date not copied to date_start/date_end")
    typed = pd.read_csv(path)
    check(str(typed["mentions"].dtype) == "int64", f"mentions read as {typed['mentions'].dtype}")
    check(typed["confidence"].between(0, 1).all(), "confidence outside 0-1")
    src = f"read_csv_auto({sql_path(path)}, header=true)"
    duck = duck_count(duckdb, src)
    width = len(duckdb.sql(f"select * from {src} limit 0").columns)
    check(width == len(CSV_COLUMNS), f"duckdb sees {width} columns")
    return {"rows": len(text), "duckdb": duck, "ids": list(text["event_id"]), "cameo": list(text["cameo"])}


def check_gdelt(path: Path, pd, duckdb) -> dict:
    widths = {len(line.rstrip("\n").split("\t")) for line in path.open(encoding="utf-8")}
    check(widths == {61}, f"rows with {sorted(widths)} tab-separated fields, not 61")
    df = pd.read_csv(path, sep="\t", header=None, names=GDELT_COLUMNS, dtype=str,
                     keep_default_na=False, quoting=csv.QUOTE_NONE)
    check(df.shape[1] == 61, f"pandas sees {df.shape[1]} columns")
    roots = df["EventRootCode"]
    check((roots.str.len() == 2).all() and roots.str.isdigit().all(), f"EventRootCode {list(roots)}")
    check((df["EventCode"].str[:2] == roots).all(), "EventCode does not start with EventRootCode")
    check((df["EventBaseCode"] == df["EventCode"].str[:3]).all(), "EventBaseCode is not EventCode[:3]")
    quad = pd.to_numeric(df["QuadClass"])
    check(quad.between(1, 4).all(), f"QuadClass {list(quad)}")
    goldstein = pd.to_numeric(df["GoldsteinScale"])
    check(goldstein.between(-10, 10).all(), f"GoldsteinScale {list(goldstein)}")
    ids = pd.to_numeric(df["GLOBALEVENTID"])
    check((ids > 0).all() and ids.is_unique, "GLOBALEVENTID not unique positive integers")
    dated = df[df["SQLDATE"] != ""]
    check(dated["SQLDATE"].str.fullmatch(r"\d{8}").all(), "SQLDATE not YYYYMMDD")
    check((dated["SQLDATE"].str[:6] == dated["MonthYear"]).all(), "MonthYear is not SQLDATE[:6]")
    check(df["IsRootEvent"].eq("1").all(), "IsRootEvent not 1")
    src = f"read_csv_auto({sql_path(path)}, delim='\\t', header=false, quote='', all_varchar=true)"
    duck = duck_count(duckdb, src)
    width = len(duckdb.sql(f"select * from {src} limit 0").columns)
    check(width == 61, f"duckdb sees {width} columns")
    return {"rows": len(df), "duckdb": duck, "cameo": list(df["EventCode"])}


def check_plover(path: Path, pd, duckdb) -> dict:
    df = pd.read_json(path, lines=True, dtype=False)
    for column in ["event_id", "event_date", "event_type", "mode", "context", "actor",
                   "recipient", "location", "event_text", "source"]:
        check(column in df.columns, f"no column {column}")
    types = df["event_type"].dropna()
    check(types.isin(PLOVER_TYPES).all(), f"not PLOVER types: {sorted(set(types) - PLOVER_TYPES)}")
    quads = df["quad_code"].dropna()
    check(quads.between(1, 4).all(), f"quad_code {list(quads)}")
    check(df["context"].map(lambda c: isinstance(c, list)).all(), "context is not a list")
    check(df["actor"].map(lambda a: isinstance(a, dict) and "code" in a).all(), "actor has no code")
    src = f"read_json_auto({sql_path(path)})"
    duck = duck_count(duckdb, src)
    bad = duck_count(duckdb, f"{src} where quad_code is not null and quad_code not between 1 and 4")
    check(bad == 0, f"duckdb: {bad} quad codes outside 1-4")
    return {"rows": len(df), "duckdb": duck, "ids": list(df["event_id"])}


def check_parquet(path: Path, pd, duckdb) -> dict:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    check(table.column_names == CSV_COLUMNS, f"columns {table.column_names}")
    schema = table.schema
    check(schema.field("mentions").type == pa.int64(), f"mentions is {schema.field('mentions').type}")
    check(schema.field("sources").type == pa.int64(), f"sources is {schema.field('sources').type}")
    check(pa.types.is_floating(schema.field("confidence").type), f"confidence is {schema.field('confidence').type}")
    check(pa.types.is_string(schema.field("cameo").type), f"cameo is {schema.field('cameo').type}")
    df = pd.read_parquet(path)
    check(len(df) == table.num_rows, "pandas and pyarrow disagree")
    check(df["cameo"].map(is_cameo).all(), f"CAMEO codes {list(df['cameo'])}")
    src = f"read_parquet({sql_path(path)})"
    duck = duck_count(duckdb, src)
    return {"rows": table.num_rows, "duckdb": duck, "ids": list(df["event_id"])}


CHECKS = {
    "jsonl": check_jsonl,
    "csv": check_csv,
    "gdelt": check_gdelt,
    "plover": check_plover,
    "parquet": check_parquet,
}


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    directory = Path(sys.argv[1])
    try:
        import duckdb
        import pandas as pd
        import pyarrow  # noqa: F401  (pandas' Parquet engine)
    except ImportError as err:
        print(f"missing reader library: {err}", file=sys.stderr)
        return 2
    missing = [name for fmt, name in FILES.items() if fmt != "parquet" and not (directory / name).is_file()]
    if missing:
        print(f"{directory}: missing {', '.join(missing)}", file=sys.stderr)
        return 2

    results, failures = {}, []
    for fmt, name in FILES.items():
        path = directory / name
        if not path.is_file():
            print(f"{fmt:8} skipped ({name} absent)")
            continue
        try:
            result = CHECKS[fmt](path, pd, duckdb)
            check(result["rows"] == result["duckdb"], f"pandas {result['rows']} rows, duckdb {result['duckdb']}")
            results[fmt] = result
            print(f"{fmt:8} ok    {result['rows']} rows (pandas {result['rows']}, duckdb {result['duckdb']})  {name}")
        except Exception as err:  # any reader error is a failure of the format
            failures.append(fmt)
            print(f"{fmt:8} FAIL  {type(err).__name__}: {err}  {name}")

    try:
        counts = {fmt: r["rows"] for fmt, r in results.items()}
        check(len(set(counts.values())) == 1, f"row counts differ: {counts}")
        check(all(n > 0 for n in counts.values()), f"no rows: {counts}")
        ids = {fmt: r["ids"] for fmt, r in results.items() if "ids" in r}
        check(all(v == next(iter(ids.values())) for v in ids.values()), "formats hold different event ids")
        if "csv" in results and "gdelt" in results:
            check(results["csv"]["cameo"] == results["gdelt"]["cameo"], "GDELT EventCode differs from CSV cameo")
        print(f"across   ok    {len(results)} formats agree on {next(iter(counts.values()), 0)} events")
    except CheckFailed as err:
        failures.append("across")
        print(f"across   FAIL  {err}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
