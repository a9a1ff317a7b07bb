"""The ETL stages as plain functions; flows.etl wraps them in Prefect tasks.

run_pipeline: list_inputs -> state.plan -> plan_batches
    -> extract (per batch: read, normalise, actor mentions, article countries, event reports)
    -> load (lake upserts, events regrouped across articles) -> state.record -> runs row
    -> warehouse.build
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flows import failpoints, lake, state, warehouse
from flows.actors import article_countries, extract_mentions
from flows.actors.dictionary import default_index
from flows.events import extract_reports
from flows.events.dedupe import derive, load_event_types
from flows.dedupe import Known, classify
from flows.ingest import IngestOptions, iter_inputs, outside_reason, read_input
from flows.ingest.feeds import is_url
from flows.ingest.http import redact
from flows.normalize import RunContext, normalise
from flows.normalize.dates import Stats
from flows.normalize.sources import SourceRegistry
from flows.records import PER_ARTICLE_TABLES, Reject


@dataclass
class Extracted:
    """What one batch of input files yielded."""

    articles: list[dict] = field(default_factory=list)
    rejects: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    article_countries: list[dict] = field(default_factory=list)
    discovered: list[dict] = field(default_factory=list)
    event_reports: list[dict] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # time spent per stage
    http_requests: int = 0
    outside_window: int = 0  # articles left out by a --since/--until backfill
    http_validators: dict = field(default_factory=dict)  # url -> (etag, last_modified) learnt this batch
    files_read: int = 0
    records_read: int = 0
    dateparser_calls: int = 0


@dataclass
class Loaded:
    added: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejects: int = 0
    actors_added: int = 0  # discovered actors new to the lake
    events_added: int = 0  # event ids that were not in the lake before this load


def lake_dir(warehouse_dir: Path | str) -> Path:
    return Path(warehouse_dir) / "lake"


def list_inputs(paths: list[str]) -> list[str]:
    """All input files; raises FileNotFoundError naming the first path that does not exist."""
    return list(iter_inputs(paths))


def plan_batches(files: list[str], max_files: int = 500, max_bytes: int = 64 * 1024 * 1024) -> list[list[str]]:
    """Group input files into batches of at most max_files files or about max_bytes bytes,
    so a task handles many small files or one large one - never one article."""
    batches: list[list[str]] = []
    current: list[str] = []
    size = 0
    for f in files:
        fsize = 0 if is_url(f) or outside_reason(f) else os.path.getsize(f)
        if current and (len(current) >= max_files or size + fsize > max_bytes):
            batches.append(current)
            current, size = [], 0
        current.append(f)
        size += fsize
    if current:
        batches.append(current)
    return batches


def extract(files: list[str], options: IngestOptions, run: RunContext,
            registry: SourceRegistry | None = None) -> Extracted:
    """Read and normalise a batch of input files."""
    registry = registry or SourceRegistry.load()
    out = Extracted()
    calls_before = Stats.dateparser_calls
    clock = time.perf_counter()
    fetcher = options.fetcher()  # one per batch: per-host pacing and robots.txt shared
    for path in files:
        out.files_read += 1
        for record in read_input(path, options, fetcher):
            out.records_read += 1
            row = record if isinstance(record, Reject) else normalise(record, registry, run)
            if isinstance(row, Reject):
                out.rejects.append(row.row(run.run_id))
            elif options.in_window(row["published_date"]):
                out.articles.append(row)
            else:
                out.outside_window += 1
        failpoints.reach("extract")
    out.dateparser_calls = Stats.dateparser_calls - calls_before
    out.http_requests = fetcher.requests
    out.http_validators = {u: v for u, v in fetcher.validators.items() if options.http_validators.get(u) != v}
    out.seconds["ingest_normalise"] = time.perf_counter() - clock
    clock = time.perf_counter()
    out.mentions, out.discovered = extract_mentions(out.articles, registry)
    out.article_countries = article_countries(out.articles, out.mentions, default_index())
    out.seconds["actors"] = time.perf_counter() - clock
    clock = time.perf_counter()
    out.event_reports = extract_reports(out.articles, out.mentions, out.discovered)
    out.seconds["events"] = time.perf_counter() - clock
    return out


def load(lake_path: Path, batches: list[Extracted], run: RunContext, replaced_inputs: list[str] = ()) -> Loaded:
    """Merge extracted batches into the lake: new articles, duplicates, rejects. Inputs in
    ``replaced_inputs`` (changed since their last load) first lose what they put there."""
    lake.remove_stale_temp_files(lake_path)
    state.forget(lake_path, list(replaced_inputs))
    known = Known.from_lake(lake_path)
    rows = [a for b in batches for a in b.articles]
    rejects = [r for b in batches for r in b.rejects]
    classified = classify(rows, known, run.run_id)
    lake.upsert(lake_path, "articles", classified.new)
    lake.upsert(lake_path, "article_duplicates", classified.duplicates)
    lake.upsert(lake_path, "rejects", rejects)
    extracted = {a["article_id"] for a in rows}  # mentions and reports of these are replaced whole
    for table in PER_ARTICLE_TABLES:
        lake.replace_for(lake_path, table, "article_id", extracted, [r for b in batches for r in getattr(b, table)])
    discovered = [d for b in batches for d in b.discovered]
    known_actors = set(lake.read(lake_path, "discovered_actors", ["actor_id"]).column("actor_id").to_pylist())
    known_events = set(lake.read(lake_path, "events", ["event_id"]).column("event_id").to_pylist())
    lake.upsert(lake_path, "discovered_actors", discovered)
    lake.upsert(lake_path, "http_cache", [
        {"url": u, "etag": v[0], "last_modified": v[1], "run_id": run.run_id}
        for b in batches for u, v in b.http_validators.items()], replace=True)
    events = derive_events(lake_path)
    return Loaded(len(classified.new), classified.unchanged, len(classified.duplicates), len(rejects),
                  len({d["actor_id"] for d in discovered} - known_actors), len(events - known_events))


def http_validators(lake_path: Path) -> dict[str, tuple[str | None, str | None]]:
    """ETag / Last-Modified of every URL fetched before, for conditional GETs."""
    return {r["url"]: (r["etag"], r["last_modified"]) for r in lake.read(lake_path, "http_cache").to_pylist()}


def derive_events(lake_path: Path) -> set[str]:
    """Regroup all event reports of the lake into events (dedup across articles); returns
    the event ids."""
    reports = lake.read(lake_path, "event_reports").to_pylist()
    arts = lake.read(lake_path, "articles", ["article_id", "published_date", "source_id", "ingested_at"]).to_pylist()
    events, mentions = derive(reports, {a["article_id"]: a for a in arts}, load_event_types())
    lake.overwrite(lake_path, "events", events)
    lake.overwrite(lake_path, "event_mentions", mentions)
    return {e["event_id"] for e in events}


def reject_warnings(batches: list[Extracted], limit: int = 20) -> list[str]:
    """One line per input file with rejects, most first."""
    per_file = Counter()
    reasons: dict[str, str] = {}
    for b in batches:
        for r in b.rejects:
            per_file[r["input_path"]] += 1
            reasons.setdefault(r["input_path"], r["reason"])
    lines = [f"{path}: {n} rejected (e.g. {reasons[path]})" for path, n in per_file.most_common(limit)]
    if len(per_file) > limit:
        lines.append(f"... and {len(per_file) - limit} more files with rejects")
    return lines


def per_input_counts(batches: list[Extracted]) -> dict[str, tuple[int, int]]:
    """input path -> (articles read, rejects) for the state table."""
    counts: dict[str, list[int]] = {}
    for b in batches:
        for a in b.articles:
            counts.setdefault(a["input_path"], [0, 0])[0] += 1
        for r in b.rejects:
            counts.setdefault(r["input_path"], [0, 0])[1] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}


def run_row(run: RunContext, inputs: list[str], batches: list[Extracted], loaded: Loaded,
            warnings: list[str], status: str, plan: state.Plan | None = None,
            options: IngestOptions | None = None) -> dict:
    return {
        "run_id": run.run_id,
        "started_at": run.started_at,
        "finished_at": dt.datetime.now(dt.timezone.utc),
        "status": status,
        "inputs": [redact(i) for i in inputs],
        "files_read": sum(b.files_read for b in batches),
        "inputs_new": len(plan.new) if plan else None,
        "inputs_changed": len(plan.changed) if plan else None,
        "inputs_unchanged": len(plan.unchanged) if plan else None,
        "feeds": len(plan.remote) if plan else None,
        "http_requests": sum(b.http_requests for b in batches),
        "records_read": sum(b.records_read for b in batches),
        "articles_added": loaded.added,
        "articles_unchanged": loaded.unchanged,
        "duplicates": loaded.duplicates,
        "rejects": loaded.rejects,
        "actors_added": loaded.actors_added,
        "events_added": loaded.events_added,
        "backfill_since": options.since if options else None,
        "backfill_until": options.until if options else None,
        "dateparser_calls": sum(b.dateparser_calls for b in batches),
        "warnings": warnings,
    }


def record_run(lake_path: Path, row: dict) -> None:
    lake.upsert(lake_path, "runs", [row], replace=True)


@dataclass(frozen=True)
class Steps:
    """How run_pipeline calls each step: directly (the default: tests, scripts) or through
    the Prefect tasks of flows.etl (same signatures)."""

    plan: Callable[..., state.Plan] = state.plan
    extract: Callable[..., Extracted] = extract
    load: Callable[..., Loaded] = load
    record_inputs: Callable[..., None] = state.record
    record_run: Callable[..., None] = record_run
    build: Callable[..., Any] = warehouse.build


@dataclass
class Outcome:
    plan: state.Plan
    batches: list[Extracted]
    loaded: Loaded
    row: dict  # the run's row in ``runs``
    built: Any  # what Steps.build returned


def run_pipeline(inputs: list[str], warehouse_dir: Path | str, options: IngestOptions, run: RunContext, *,
                 full_refresh: bool = False, batch_files: int = 500, steps: Steps = Steps(),
                 log: logging.Logger | logging.LoggerAdapter = logging.getLogger("dateline")) -> Outcome:
    """One ETL run, start to end: the one place that knows the order of the steps.

    Only new and changed inputs are read (all with ``full_refresh``). A backfill
    (``options.since``/``until``) reads every input but loads only the articles published
    in its window, replaces nothing outside it and leaves the inputs' state alone, so the
    next normal run still picks up new and changed files. A failed warehouse build is
    recorded as a failed run and re-raised; the previous warehouse stays live.
    """
    wh = Path(warehouse_dir)
    lake_path = lake_dir(wh)
    options = dataclasses.replace(options, http_validators=http_validators(lake_path))
    backfill = options.since is not None or options.until is not None
    files = list_inputs(inputs)
    plan = steps.plan(files, lake_path, full_refresh or backfill)
    batches_plan = plan_batches(plan.todo, max_files=batch_files)
    log.info("run %s: %d input files (%d new, %d changed, %d unchanged) in %d batches", run.run_id, len(files),
             len(plan.new), len(plan.changed), len(plan.unchanged), len(batches_plan))
    batches = [steps.extract(batch, options, run) for batch in batches_plan]
    loaded = steps.load(lake_path, batches, run, [] if backfill else plan.changed)
    if backfill:
        log.info("backfill %s..%s: %d articles outside the window left out", options.since, options.until,
                 sum(b.outside_window for b in batches))
    else:
        steps.record_inputs(lake_path, plan, run.run_id, run.started_at, per_input_counts(batches))
    warnings = reject_warnings(batches)
    for w in warnings:
        log.warning(w)
    row = run_row(run, list(inputs), batches, loaded, warnings, "succeeded", plan, options)
    steps.record_run(lake_path, row)
    try:
        built = steps.build(wh, lake_path)
    except Exception:
        steps.record_run(lake_path, {**row, "status": "failed", "finished_at": dt.datetime.now(dt.timezone.utc)})
        raise
    return Outcome(plan, batches, loaded, row, built)
