# -*- coding: utf-8 -*-
"""Time PETRARCH-2's coder (Python 2.7) on pre-parsed English sentences: the peer of bench/run.

The sentences are those of the PETRARCH unit-test records (PETR.UnitTest.records.xml, with the
Penn-Treebank parse each record carries), repeated --repeat times; each is coded alone, as a
one-sentence story, through petrarch2.do_coding, as petrarch2_suite.py does. PETRARCH-2 is given
the parses: what is timed is its coder alone (tree building, actor and agent lookup, verb
patterns, events), never a parser. Loading the dictionaries is timed apart and not counted.

Dictionaries (--dicts):
  production  PETRARCH-2's own PETR_config.ini: CAMEO.2.0 verbs, the three Phoenix actor files,
              Phoenix agents and discards, as shipped with the snapshot installed (the default:
              what a Phoenix run codes with);
  validate    the four PETR.Validate.* files the records were written against (in DICT_DIR).

--documents FILE also writes the same sentences, in the same order and repetitions, as
attache documents (JSON lines: id, lang "en", published from the record's date, text), so that
attache is timed on exactly the text PETRARCH-2 was given parsed.

Usage (inside the venv holding petrarch2):
  python petrarch2_speed.py RECORDS_XML DICT_DIR --json OUT [--repeat N] [--dicts D]
                            [--documents FILE]
PETRARCH-2 is (c) 2014 Open Event Data, MIT licence; it is not vendored (see petrarch2_suite.sh).
"""
from __future__ import print_function

import argparse
import io
import json
import logging
import os
import sys
import time

from petrarch2_suite import load_records


class Discard(object):
    """PETRARCH-2 prints a great deal; none of it is timed output."""

    def write(self, s):
        pass

    def flush(self):
        pass


def load_dictionaries(which, dict_dir):
    from petrarch2 import petrarch2, PETRglobals, PETRreader, utilities
    PETRreader.parse_Config(utilities._get_data("data/config/", "PETR_config.ini"))
    if which == "validate":
        d = os.path.abspath(dict_dir)
        PETRglobals.VerbFileName = os.path.join(d, "PETR.Validate.verbs.txt")
        PETRglobals.ActorFileList = [os.path.join(d, "PETR.Validate.actors.txt")]
        PETRglobals.AgentFileName = os.path.join(d, "PETR.Validate.agents.txt")
        PETRglobals.DiscardFileName = os.path.join(d, "PETR.Validate.discards.txt")
    petrarch2.read_dictionaries()


def iso_date(yyyymmdd):
    d = yyyymmdd or "20000101"
    return "%s-%s-%s" % (d[0:4], d[4:6], d[6:8])


def write_documents(path, recs, repeat):
    with io.open(path, "w", encoding="utf-8") as out:
        for n in range(repeat):
            for r in recs:
                doc = {"id": "p2-%d-%s" % (n, r["key"]), "lang": "en",
                       "published": iso_date(r["date"]), "text": r["text"]}
                out.write(unicode(json.dumps(doc, ensure_ascii=False)) + u"\n")


def code_all(recs, repeat):
    """Codes every record `repeat` times; returns (seconds, cpu seconds, events, crashes)."""
    from petrarch2 import petrarch2, utilities
    stories = [(r["key"], r["date"], utilities._format_parsed_str(r["parse"]), r["text"])
               for r in recs]
    events = crashes = 0
    wall0, cpu0 = time.time(), time.clock()
    for n in range(repeat):
        for key, date, parsed, text in stories:
            sid = "%d:%s" % (n, key)
            story = {sid: {"sents": {"0": {"content": text, "parsed": parsed}},
                           "meta": {"date": date}}}
            try:
                coded = petrarch2.do_coding(story)
                sents = coded[sid]["sents"] or {}
                events += len(sents.get("0", {}).get("events") or [])
            except Exception:  # noqa: one record must not stop the run, as in the suite
                crashes += 1
    return time.time() - wall0, time.clock() - cpu0, events, crashes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("records")
    ap.add_argument("dict_dir")
    ap.add_argument("--json", required=True)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--dicts", choices=["production", "validate"], default="production")
    ap.add_argument("--documents")
    args = ap.parse_args()

    # Records with a parse: PETRARCH-2 codes nothing without one.
    recs = [r for r in load_records(args.records) if r["parse"].strip() and r["text"]]
    if args.documents:
        write_documents(args.documents, recs, args.repeat)

    real_stdout = sys.stdout
    sys.stdout = Discard()
    logging.getLogger("petr_log").addHandler(logging.NullHandler())
    t0 = time.time()
    load_dictionaries(args.dicts, args.dict_dir)
    load_seconds = time.time() - t0
    seconds, cpu, events, crashes = code_all(recs, args.repeat)
    sys.stdout = real_stdout

    sentences = len(recs) * args.repeat
    text_bytes = sum(len(r["text"].encode("utf-8")) for r in recs) * args.repeat
    result = {
        "dicts": args.dicts, "records": len(recs), "repeat": args.repeat,
        "sentences": sentences, "text_bytes": text_bytes,
        "seconds": seconds, "cpu_seconds": cpu, "load_seconds": load_seconds,
        "sentences_per_s": sentences / seconds if seconds else None,
        "events": events, "crashes": crashes,
    }
    with io.open(args.json, "w", encoding="utf-8") as f:
        f.write(unicode(json.dumps(result, indent=2)) + u"\n")
    sys.stderr.write("petrarch2_speed: %d sentences (%d records x %d) in %.1f s: %.0f sentences/s "
                     "(dictionaries %s loaded in %.1f s, not counted); %d events, %d crashed\n"
                     % (sentences, len(recs), args.repeat, seconds, result["sentences_per_s"] or 0,
                        args.dicts, load_seconds, events, crashes))


if __name__ == "__main__":
    main()
