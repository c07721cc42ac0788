# -*- coding: utf-8 -*-
"""Code the PETRARCH unit-test records with the real PETRARCH-2 coder (Python 2.7).

Peer baseline for attache's PETRARCH suite (shared/external/petrarch2/suite/score.py).

PETRARCH-2 (openeventdata/petrarch2, reference commit 676801c) is by Philip Schrodt, John
Beieler, Clayton Norris et al., (c) 2014 Open Event Data, MIT licence. It is NOT vendored here:
this script only imports an installed copy (see petrarch2_suite.sh, which installs it from an
extracted snapshot given on the command line into a throw-away virtualenv).

What it does:
  * reads PETR.UnitTest.records.xml in document order; every <Sentence> is one record keyed
    "%03d:%s" % (position among <Sentence> elements, id), as suite/records.py does;
  * configures PETRARCH-2 from its own shipped PETR_config.ini (the default options of a normal
    run), then points the verb/actor/agent/discard dictionaries at the four PETR.Validate.*
    files (this is the maintainers' commented-out "validation" block of that ini);
  * codes each record alone, as a one-sentence story {key: {'sents': {'0': {'content': text,
    'parsed': parse}}, 'meta': {'date': YYYYMMDD}}} through petrarch2.do_coding, using the
    record's own <Parse> tree (formatted with utilities._format_parsed_str, as PETRARCH-2's
    XML reader does) and its own date; an exception is recorded as status "crash: ...";
  * writes one JSON line per record: {"key", "status", "events": [[source, target, code], ...]}
    with identical triples merged (PETRARCH-2's writer keeps one per story).

<Config> toggles: not applied by default (the earlier baseline did not). PETRARCH-2's own hook
for them in do_coding calls change_Config_Options, which is defined nowhere in the code base (it
would raise NameError); of the options the suite sets, only new_actor_length is read by the
coder at all (PETRtree uses PETRglobals.NewActorLength); require_dyad is ignored because
Sentence.get_events() is always called with its default require_dyad=1, and the comma_* limits
are parsed but never used. --apply-config sets PETRglobals.NewActorLength/RequireDyad/Comma*
directly from the record's carried-forward <Config> state, for what that is worth.

Usage (inside the venv):
  python petrarch2_suite.py RECORDS_XML DICT_DIR OUT_JSONL [--apply-config] [--keep-repeats]
                            [--log FILE]
PETRARCH-2's own chatter (it prints a great deal) goes to --log, or to stderr.
"""
from __future__ import print_function

import argparse
import io
import json
import logging
import os
import re
import sys
import traceback
import xml.etree.ElementTree as ET

DEFAULT_CONFIG = {"require_dyad": "true", "new_actor_length": "0"}


def clean_text(t):
    return re.sub(r"\s+", " ", t or "").strip()


def load_records(path):
    """Same walk as suite/records.py: document order, <Config> carried forward."""
    root = ET.parse(path).getroot()
    config = dict(DEFAULT_CONFIG)
    out = []
    for el in root.find("Sentences"):
        if el.tag == "Config":
            config[el.get("option")] = el.get("value")
            continue
        if el.tag != "Sentence":
            continue
        text_el, parse_el = el.find("Text"), el.find("Parse")
        out.append({
            "key": "%03d:%s" % (len(out), el.get("id")),
            "date": el.get("date"),
            "text": clean_text(text_el.text if text_el is not None else ""),
            "parse": parse_el.text if parse_el is not None and parse_el.text else "",
            "config": dict(config),
        })
    return out


def apply_config(PETRglobals, cfg):
    if "new_actor_length" in cfg:
        PETRglobals.NewActorLength = int(cfg["new_actor_length"])
    if "require_dyad" in cfg:
        PETRglobals.RequireDyad = cfg["require_dyad"].strip().lower() == "true"
    names = {"comma_min": "CommaMin", "comma_max": "CommaMax", "comma_bmin": "CommaBMin",
             "comma_bmax": "CommaBMax", "comma_emin": "CommaEMin", "comma_emax": "CommaEMax"}
    for opt, glob in names.items():
        if opt in cfg:
            setattr(PETRglobals, glob, int(cfg[opt]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("records")
    ap.add_argument("dict_dir", help="folder holding PETR.Validate.{verbs,actors,agents,discards}.txt")
    ap.add_argument("out")
    ap.add_argument("--apply-config", action="store_true",
                    help="set PETRglobals from each record's carried-forward <Config> options")
    ap.add_argument("--keep-repeats", action="store_true",
                    help="do not merge identical triples of one sentence (diagnostic only)")
    ap.add_argument("--log", help="where PETRARCH-2's own output goes (default: stderr)")
    args = ap.parse_args()

    log = io.open(args.log, "w", encoding="utf-8") if args.log else None
    real_stdout = sys.stdout

    class Sink(object):  # PETRARCH-2 prints both str and unicode
        swallowed = []  # "Error in parsing: ..." lines: get_events caught an error, returned None
        line = u""

        def write(self, s):
            if not isinstance(s, unicode):
                s = s.decode("utf-8", "replace")
            Sink.line += s  # print() hands over its arguments piece by piece
            while u"\n" in Sink.line:
                done, Sink.line = Sink.line.split(u"\n", 1)
                if done.startswith(u"Error in parsing:"):
                    Sink.swallowed.append(done.strip())
            if log is not None:
                log.write(s)
            else:
                sys.stderr.write(s.encode("utf-8"))

        def flush(self):
            pass

    sys.stdout = Sink()
    logging.getLogger("petr_log").addHandler(logging.NullHandler())

    from petrarch2 import petrarch2, PETRglobals, PETRreader, utilities

    dict_dir = os.path.abspath(args.dict_dir)
    PETRreader.parse_Config(utilities._get_data("data/config/", "PETR_config.ini"))
    # utilities._get_data joins with the package's data folder; an absolute path wins the join.
    PETRglobals.VerbFileName = os.path.join(dict_dir, "PETR.Validate.verbs.txt")
    PETRglobals.ActorFileList = [os.path.join(dict_dir, "PETR.Validate.actors.txt")]
    PETRglobals.AgentFileName = os.path.join(dict_dir, "PETR.Validate.agents.txt")
    PETRglobals.DiscardFileName = os.path.join(dict_dir, "PETR.Validate.discards.txt")
    for p in [PETRglobals.VerbFileName, PETRglobals.AgentFileName,
              PETRglobals.DiscardFileName] + PETRglobals.ActorFileList:
        if not os.path.exists(p):
            raise SystemExit("missing dictionary: %s" % p)
    petrarch2.read_dictionaries()

    recs = load_records(args.records)
    n_crash = n_events = n_raw = n_swallowed = 0
    with io.open(args.out, "w", encoding="utf-8") as out:
        for r in recs:
            if args.apply_config:
                apply_config(PETRglobals, r["config"])
            sid = r["key"]
            print("\n=== record %s" % sid)
            story = {sid: {"sents": {"0": {"content": r["text"],
                                           "parsed": utilities._format_parsed_str(r["parse"])}},
                           "meta": {"date": r["date"]}}}
            events, status = [], "ok"
            del Sink.swallowed[:]
            try:
                coded = petrarch2.do_coding(story)
                sents = coded[sid]["sents"]  # None after a story-level discard
                raw = (sents or {}).get("0", {}).get("events") or []
                n_raw += len(raw)
                for ev in raw:
                    trip = [ev[0], ev[1], ev[2] if isinstance(ev[2], basestring) else "010"]
                    trip = [x if isinstance(x, unicode) else str(x).decode("utf-8") for x in trip]
                    if args.keep_repeats or trip not in events:
                        events.append(trip)
            except Exception as e:  # noqa: broad on purpose, one record must not stop the run
                status = "crash: %s: %s" % (type(e).__name__, e)
                if Sink.swallowed:
                    # Sentence.get_events() caught an internal error, printed it and returned
                    # None; do_coding() then fails on len(None). No events either way.
                    status = "crash: get_events failed (%s), then do_coding raised %s" % (
                        "; ".join(Sink.swallowed), status[len("crash: "):])
                    n_swallowed += 1
                print(traceback.format_exc())
                events = []
                n_crash += 1
            n_events += len(events)
            out.write(unicode(json.dumps({"key": sid, "status": status, "events": events}))
                      + u"\n")
    sys.stdout = real_stdout
    if log is not None:
        log.close()
    sys.stderr.write("petrarch2_suite: %d records, %d events (%d before merging identical triples), "
                     "%d crashed (%d of them after get_events swallowed an error) -> %s\n"
                     % (len(recs), n_events, n_raw, n_crash, n_swallowed, args.out))


if __name__ == "__main__":
    main()
