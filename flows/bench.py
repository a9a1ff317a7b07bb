"""Benchmark: a cold build and an unchanged rerun of a corpus, with per-stage times.

    python -m flows.bench [--corpus PATH]... [--synthetic N] [--json OUT]   (or: make bench)

Without --corpus it uses ../shared/data/news_articles_2017.csv.gz when present (and says
so when not). --synthetic N writes N articles recombined from that corpus (paragraphs of
different articles, dates spread over 2016-2024, sources drawn from seeds/sources.csv) as
gzipped JSON Lines files of 1,000 records and benchmarks those. Each build runs twice:
once through the plain stages in this process (per-stage times), and once through
`dateline run` (wall time with Prefect's start-up, peak RSS of that process). Not a test:
nothing here fails on a slow machine.
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

from flows import PROJECT_ROOT, SEEDS_DIR, stages, state, warehouse
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
    """One build through the plain stages, timed per stage."""
    run = RunContext("bench", dt.datetime.now(dt.timezone.utc))
    lake_path = stages.lake_dir(wh)
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    default_index()
    times["actor_index_load"] = time.perf_counter() - t0
    t = time.perf_counter()
    plan = state.plan(stages.list_inputs(inputs), lake_path)
    times["plan_inputs"] = time.perf_counter() - t
    batches = [stages.extract(b, IngestOptions(), run) for b in stages.plan_batches(plan.todo)]
    for b in batches:
        for k, v in b.seconds.items():
            times[k] = times.get(k, 0.0) + v
    t = time.perf_counter()
    loaded = stages.load(lake_path, batches, run, plan.changed)
    state.record(lake_path, plan, run.run_id, run.started_at, stages.per_input_counts(batches))
    times["parquet_lake_load"] = time.perf_counter() - t
    t = time.perf_counter()
    warehouse.build(wh, lake_path)
    times["duckdb_build_and_checks"] = time.perf_counter() - t
    total = time.perf_counter() - t0
    articles = sum(len(b.articles) for b in batches)
    return {"seconds": round(total, 2), "articles": articles, "articles_per_second": round(articles / total, 1),
            "added": loaded.added, "stages": {k: round(v, 2) for k, v in times.items()},
            "dateparser_calls": sum(b.dateparser_calls for b in batches)}


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
            "peak_rss_mib": round(max(peak, before) / 1024, 1), "summary": out.stdout.strip().splitlines()[-1:]}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", action="append", help="input file or directory (repeatable)")
    p.add_argument("--synthetic", type=int, metavar="N", help="benchmark N synthetic articles instead")
    p.add_argument("--json", type=Path, default=Path("warehouse") / "bench.json")
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
        figures["staged_cold"] = staged_build(inputs, work / "staged")
        figures["staged_unchanged_rerun"] = staged_build(inputs, work / "staged")
        figures["cli_cold"] = cli_run(inputs, work / "cli", work / "prefect")
        figures["cli_unchanged_rerun"] = cli_run(inputs, work / "cli", work / "prefect")
        print(json.dumps(figures, indent=1))
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=1))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
