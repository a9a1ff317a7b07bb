"""Benchmark: a cold build and an unchanged rerun of a corpus, with per-stage times.

    python -m flows.bench [--corpus PATH]... [--synthetic N] [--json OUT]   (or: make bench)

Without --corpus it uses ../shared/data/news_articles_2017.csv.gz when present (and says
so when not). --synthetic N writes N articles recombined from that corpus (paragraphs of
different articles, dates spread over 2016-2024, sources drawn from seeds/sources.csv) as
gzipped JSON Lines files of 1,000 records and benchmarks those. Each build runs twice:
once through the plain stages in this process (per-stage times), and once through
`dateline run` (wall time with Prefect's start-up, peak RSS of that process). Not a test:
nothing here fails on a slow machine, but a run that fails is recorded as failed
(``"status": "failed"``) and the benchmark exits 1.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from flows import PROJECT_ROOT, SEEDS_DIR, stages
from flows.actors.dictionary import default_index
from flows.ingest import IngestOptions
from flows.normalize import RunContext
from flows.sentences import split as split_sentences

CORPUS = PROJECT_ROOT.parent / "shared" / "data" / "news_articles_2017.csv.gz"


def synthetic(n: int, out_dir: Path, source: Path = CORPUS, seed: int = 7, per_file: int = 1000) -> list[Path]:
    """Write n recombined articles; returns the files written."""
    csv.field_size_limit(sys.maxsize)
    with gzip.open(source, "rt", encoding="utf-8") as f:
        texts = [r["text"] for r in csv.DictReader(f) if r["text"].strip()]
    paragraphs = []  # three sentences each: the corpus often has a whole article on one line
    for t in texts:
        sentences = [t[a:b] for a, b in split_sentences(t)]
        paragraphs += [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    paragraphs = [p for p in paragraphs if len(p) > 80]
    with open(SEEDS_DIR / "sources.csv", encoding="utf-8") as f:
        domains = [d for r in csv.DictReader(f) for d in r["domains"].split("|") if d]
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = []
    start = dt.date(2016, 1, 1)
    for first in range(0, n, per_file):
        path = out_dir / f"synthetic_{first // per_file:05d}.jsonl.gz"
        with gzip.open(path, "wt", encoding="utf-8") as out:
            for i in range(first, min(n, first + per_file)):
                body = "\n\n".join(rng.sample(paragraphs, rng.randint(3, 8)))
                day = start + dt.timedelta(days=rng.randrange(9 * 365))
                out.write(json.dumps({"id": f"syn-{i}", "url": f"https://www.{rng.choice(domains)}/a/{i}",
                                      "title": body.split(".")[0][:120], "published": day.isoformat(),
                                      "text": body}) + "\n")
        files.append(path)
    return files


def staged_build(inputs: list[str], wh: Path) -> dict:
    """One build through the plain pipeline (flows.stages.run_pipeline, no Prefect), with
    every step timed and the enrichment split into its actor and event stages."""
    run = RunContext("bench", dt.datetime.now(dt.timezone.utc))
    times: dict[str, float] = {}

    def timed(name, fn):
        def call(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                times[name] = times.get(name, 0.0) + time.perf_counter() - t
        return call

    from flows.events import nlp

    t0 = time.perf_counter()
    default_index()
    times["actor_index_load"] = time.perf_counter() - t0
    parsed = (nlp.Stats.sentences, nlp.Stats.tokens, nlp.Stats.seconds)
    plain = stages.Steps()
    steps = stages.Steps(plan=timed("plan_inputs", plain.plan), extract=timed("ingest_normalise", plain.extract),
                         enrich=plain.enrich, load=timed("parquet_lake_load", plain.load),
                         derive=timed("event_dedup", plain.derive), record_inputs=plain.record_inputs,
                         record_run=plain.record_run, build=timed("duckdb_build_and_checks", plain.build))
    try:
        out = stages.run_pipeline(inputs, wh, IngestOptions(), run, steps=steps)
    except Exception as e:  # recorded as a failed run: the benchmark then exits non-zero
        return {"status": "failed", "error": f"{type(e).__name__}: {e}",
                "seconds": round(time.perf_counter() - t0, 2)}
    for b in out.batches:
        for k in ("actors", "events"):
            times[k] = times.get(k, 0.0) + b.seconds.get(k, 0.0)
    total = time.perf_counter() - t0
    articles = sum(sum(v[0] for v in b.per_input.values()) for b in out.batches)
    sentences, tokens, parse_seconds = (nlp.Stats.sentences - parsed[0], nlp.Stats.tokens - parsed[1],
                                        nlp.Stats.seconds - parsed[2])
    return {"status": "succeeded", "seconds": round(total, 2), "articles": articles,
            "parse": {"sentences": sentences, "tokens": tokens, "seconds": round(parse_seconds, 2),
                      "share_of_event_stage": round(parse_seconds / max(times.get("events", 0.0), 1e-9), 3),
                      "tokens_per_second": round(tokens / max(parse_seconds, 1e-9))},
            "enrich_failures": out.loaded.enrich_failures, "articles_per_second": round(articles / total, 1),
            "added": out.loaded.added, "stages": {k: round(v, 2) for k, v in times.items()},
            "dateparser_calls": out.row["dateparser_calls"],
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def cli_run(inputs: list[str], wh: Path, env_home: Path) -> dict:
    """`dateline run` in a child process: wall time (Prefect start-up included) and peak RSS."""
    import os

    cmd = [str(Path(sys.executable).with_name("dateline")), "run", "--warehouse", str(wh)]
    for i in inputs:
        cmd += ["--input", i]
    env = {**os.environ, "PREFECT_HOME": str(env_home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"seconds": round(seconds, 2), "exit_code": out.returncode,
            "status": "succeeded" if out.returncode == 0 else "failed",
            "peak_rss_mib": round(max(peak, before) / 1024, 1), "summary": out.stdout.strip().splitlines()[-1:],
            **({"error": out.stderr.strip().splitlines()[-3:]} if out.returncode else {}),
            **({"warnings": [w for w in out.stderr.splitlines() if w.startswith("dateline: warning")]}
               if "dateline: warning" in out.stderr else {})}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", action="append", help="input file or directory (repeatable)")
    p.add_argument("--synthetic", type=int, metavar="N", help="benchmark N synthetic articles instead")
    p.add_argument("--json", type=Path, default=Path("warehouse") / "bench.json")
    p.add_argument("--cli-only", action="store_true", help="only `dateline run` (cold and unchanged rerun)")
    args = p.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    try:
        if args.synthetic:
            if not CORPUS.exists():
                print(f"--synthetic needs {CORPUS} (../shared is not here)", file=sys.stderr)
                return 2
            inputs = [str(work / "corpus")]
            t = time.perf_counter()
            synthetic(args.synthetic, work / "corpus")
            print(f"wrote {args.synthetic} synthetic articles in {time.perf_counter() - t:.1f}s", file=sys.stderr)
        elif args.corpus:
            inputs = args.corpus
        elif CORPUS.exists():
            inputs = [str(CORPUS)]
        else:
            print(f"{CORPUS} not found (../shared is not here); using seeds/articles", file=sys.stderr)
            inputs = [str(SEEDS_DIR / "articles")]
        figures = {"inputs": inputs, "machine_cores": __import__("os").cpu_count()}
        if not args.cli_only:
            figures["staged_cold"] = staged_build(inputs, work / "staged")
            figures["staged_unchanged_rerun"] = staged_build(inputs, work / "staged")
        # a new Prefect home costs its database's creation once per machine: timed apart (on the five seed
        # articles), so that the cold run is of a new warehouse with the Prefect home an operator already has
        figures["cli_seeds_new_prefect_home"] = cli_run([str(SEEDS_DIR / "articles")], work / "seeds", work / "prefect")
        figures["cli_cold"] = cli_run(inputs, work / "cli", work / "prefect")
        figures["cli_unchanged_rerun"] = cli_run(inputs, work / "cli", work / "prefect")
        failed = [k for k, v in figures.items() if isinstance(v, dict) and v.get("status") == "failed"]
        figures["status"] = "failed" if failed else "succeeded"
        print(json.dumps(figures, indent=1))
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=1))
        if failed:
            print(f"bench: failed runs: {', '.join(failed)}", file=sys.stderr)
            return 1
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
