#!/usr/bin/env python3
"""Peer: spaCy's French named-entity recognizer on the corpus's French text.

    spacy_ner.py --corpus CORPUS.jsonl --sample-mb 2 --json OUT.json

Takes the `text` of the first French documents of the corpus until
--sample-mb MB (10^6 bytes of UTF-8 text) are collected, loads
fr_core_news_md with every component excluded but the NER and what it
listens to (in fr_core_news_md 3.x the NER has its own tok2vec, so that is
the NER alone), and times `nlp.pipe(texts, batch_size=...)` in one process.
Model loading is timed apart and not counted in the throughput.

spaCy runs on a sample because it is slow (tens of KB/s); the benchmark
extrapolates its time per MB to the whole corpus and says so.
"""

import argparse
import json
import time

MODEL = "fr_core_news_md"


def french_sample(corpus, sample_bytes):
    """The texts of the first French documents, up to sample_bytes of UTF-8."""
    texts, size = [], 0
    with open(corpus, encoding="utf-8") as f:
        for line in f:  # streamed: the corpus may be far larger than the sample
            doc = json.loads(line)
            if doc.get("lang") != "fr":
                continue
            texts.append(doc["text"])
            size += len(doc["text"].encode())
            if size >= sample_bytes:
                break
    return texts, size


def ner_only(spacy):
    """Loads the model with only the NER and the components it listens to."""
    config = spacy.util.load_config(_config_path(spacy))
    components = config["components"]
    keep = {"ner"}
    tok2vec = components["ner"].get("model", {}).get("tok2vec", {})
    if "Listener" in str(tok2vec.get("@architectures", "")):
        keep.add(tok2vec.get("upstream", "tok2vec"))
    exclude = [name for name in components if name not in keep]
    return spacy.load(MODEL, exclude=exclude), sorted(keep), exclude


def _config_path(spacy):
    """config.cfg of the installed model package (its versioned subfolder)."""
    root = spacy.util.get_package_path(MODEL)
    for path in sorted(root.glob("*/config.cfg")) + [root / "config.cfg"]:
        if path.exists():
            return path
    raise FileNotFoundError(f"no config.cfg under {root}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--sample-mb", type=float, default=2.0)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--json", required=True)
    args = ap.parse_args()

    texts, size = french_sample(args.corpus, int(args.sample_mb * 1_000_000))

    import spacy  # after reading, so that a missing spaCy fails fast with a clear trace

    start = time.monotonic()
    nlp, kept, excluded = ner_only(spacy)
    load_s = time.monotonic() - start

    start = time.monotonic()
    entities = 0
    for doc in nlp.pipe(texts, batch_size=args.batch_size):
        entities += len(doc.ents)
    process_s = time.monotonic() - start

    result = {
        "peer": "spacy",
        "model": MODEL,
        "spacy_version": spacy.__version__,
        "model_version": nlp.meta.get("version"),
        "pipeline": nlp.pipe_names,
        "kept": kept,
        "excluded": excluded,
        "batch_size": args.batch_size,
        "processes": 1,
        "documents": len(texts),
        "text_bytes": size,
        "characters": sum(len(t) for t in texts),
        "entities": entities,
        "load_s": load_s,
        "process_s": process_s,
        "mb_per_s": size / 1e6 / process_s,
        "kb_per_s": size / 1e3 / process_s,
        "docs_per_s": len(texts) / process_s,
    }
    with open(args.json, "w") as f:
        json.dump(result, f, indent=2)
        f.write("\n")
    print(f"spacy: {len(texts)} French documents, {size / 1e6:.2f} MB, "
          f"{entities} entities in {process_s:.1f} s ({result['kb_per_s']:.1f} KB/s; "
          f"model load {load_s:.1f} s)")


if __name__ == "__main__":
    main()
