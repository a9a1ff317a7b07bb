"""The ETL stages as plain functions; flows.etl wraps them in Prefect tasks.

run_pipeline: list_inputs -> state.plan -> plan_batches
    -> extract (per batch: read, normalise, actor mentions, article countries, event reports)
    -> load (lake upserts, events regrouped across articles) -> state.record -> runs row
    -> warehouse.build
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flows import failpoints, lake, state, warehouse
from flows.actors import article_countries, extract_mentions
from flows.actors.dictionary import actor_kinds, default_index
from flows.events import extract_reports, prepare as prepare_events, with_discovered
from flows.options import BATCH_FILES, CHUNK_ARTICLES
from flows.events.dedupe import derive, load_event_types
from flows.dedupe import Known, classify
from flows.ingest import IngestOptions, iter_inputs, read_input
from flows.ingest.http import redact
from flows.normalize import RunContext, normalise
from flows.normalize.dates import Stats
from flows.normalize.sources import SourceRegistry
from flows.records import PER_ARTICLE_TABLES, Reject


@dataclass
class Enriched:
    """What the actor and event stages found in a chunk of articles."""

    mentions: list[dict] = field(default_factory=list)
    article_countries: list[dict] = field(default_factory=list)
    discovered: list[dict] = field(default_factory=list)
    event_reports: list[dict] = field(default_factory=list)
    #: rejects rows (stage enrich) of articles loaded without a part of their enrichment that raised
    failures: list[dict] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # time spent per stage


@dataclass
class Extracted(Enriched):
    """What one batch of input files yielded: its articles and rejects, counters, and (after
    merge) the enrichment of its articles."""

    articles: list[dict] = field(default_factory=list)
    rejects: list[dict] = field(default_factory=list)
    http_requests: int = 0
    outside_window: int = 0  # articles left out by a --since/--until backfill
    http_validators: dict = field(default_factory=dict)  # url -> (etag, last_modified) learnt this batch
    files_read: int = 0
    records_read: int = 0
    dateparser_calls: int = 0
    enrich_failures: int = 0  # articles loaded without a part of their enrichment (kept after release)
    per_input: dict = field(default_factory=dict)  # input path -> [articles, rejects] read from it

    def release(self) -> "Extracted":
        """The batch without its rows, once they are in the lake: counters only (streaming)."""
        return dataclasses.replace(self, articles=[], **{f.name: [] for f in dataclasses.fields(Enriched)
                                                         if f.name != "seconds"})


@dataclass
class Loaded:
    added: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejects: int = 0
    actors_added: int = 0  # discovered actors new to the lake
    events_added: int = 0  # event ids that were not in the lake before the run
    enrich_failures: int = 0  # articles loaded without a part of their enrichment

    def __add__(self, other: "Loaded") -> "Loaded":
        return Loaded(*(getattr(self, f.name) + getattr(other, f.name) for f in dataclasses.fields(self)))


def lake_dir(warehouse_dir: Path | str) -> Path:
    return Path(warehouse_dir) / "lake"


def list_inputs(paths: list[str]) -> list[str]:
    """All input files; raises FileNotFoundError naming the first path that does not exist."""
    return list(iter_inputs(paths))


#: bytes of text per byte of a gzipped input (measured: 2.6 on news CSV, 2.6 on JSON Lines)
GZIP_RATIO = 3


def plan_batches(files: list[str], sizes: dict[str, int], max_files: int = BATCH_FILES,
                 max_bytes: int = 16 * 1024 * 1024) -> list[list[str]]:
    """Group input files into batches of at most max_files files or about max_bytes bytes
    of text (``sizes``: bytes per file, state.Plan.sizes; a gzipped file counts GZIP_RATIO
    times its size; feed URLs count 0), so a task handles many small files or one large
    one - never one article - and a batch's rows stay small (16 MB of text: ~6,000 articles;
    each batch rewrites the lake partitions it adds to, so fewer, larger batches cost less
    time and more memory)."""
    batches: list[list[str]] = []
    current: list[str] = []
    size = 0
    for f in files:
        fsize = sizes.get(f, 0) * (GZIP_RATIO if f.lower().endswith(".gz") else 1)
        if current and (len(current) >= max_files or size + fsize > max_bytes):
            batches.append(current)
            current, size = [], 0
        current.append(f)
        size += fsize
    if current:
        batches.append(current)
    return batches


@functools.cache
def _registry() -> SourceRegistry:
    return SourceRegistry.load()


def read(files: list[str], options: IngestOptions, run: RunContext,
         registry: SourceRegistry | None = None) -> Extracted:
    """Read and normalise a batch of input files (articles and rejects, no enrichment)."""
    registry = registry or _registry()
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
                out.per_input.setdefault(row.input_path, [0, 0])[1] += 1
            elif options.in_window(row["published_date"]):
                out.articles.append(row)
                out.per_input.setdefault(row["input_path"], [0, 0])[0] += 1
            else:
                out.outside_window += 1
        failpoints.reach("extract")
    out.dateparser_calls = Stats.dateparser_calls - calls_before
    out.http_requests = fetcher.requests
    out.http_validators = {u: v for u, v in fetcher.validators.items() if options.http_validators.get(u) != v}
    out.seconds["ingest_normalise"] = time.perf_counter() - clock
    return out


def _mentions(articles: list[dict]) -> tuple[list[dict], list[dict]]:
    failpoints.fault("actors", articles)
    return extract_mentions(articles, _registry())


def _countries(articles: list[dict], mentions: list[dict]) -> list[dict]:
    failpoints.fault("article_countries", articles)
    return article_countries(articles, mentions, default_index())


def _events(articles: list[dict], mentions: list[dict], discovered: list[dict]) -> list[dict]:
    failpoints.fault("events", articles)
    return extract_reports(articles, mentions, discovered)


def _enrich_all(articles: list[dict], out: Enriched) -> None:
    clock = time.perf_counter()
    out.mentions, out.discovered = _mentions(articles)
    out.article_countries = _countries(articles, out.mentions)
    out.seconds["actors"] = out.seconds.get("actors", 0.0) + time.perf_counter() - clock
    clock = time.perf_counter()
    out.event_reports = _events(articles, out.mentions, out.discovered)
    out.seconds["events"] = out.seconds.get("events", 0.0) + time.perf_counter() - clock


def _failure(article: dict, part: str, error: Exception) -> dict:
    """The rejects row of an article whose ``part`` of the enrichment raised ``error``."""
    reason = f"{type(error).__name__}: {error}"[:500]
    return Reject(article["input_path"], article["record_no"], "enrich", reason, article["text"].encode(),
                  article_id=article["article_id"], sub_stage=part,
                  code_version=state.reference_fingerprint()[:16]).row(article["run_id"])


def _enrich_one(article: dict, log: logging.Logger) -> Enriched:
    """One article's enrichment, part by part: a part that raises is left out (a rejects row
    says which and why) and the later parts go on with what the earlier ones found."""
    out = Enriched()
    try:
        out.mentions, out.discovered = _mentions([article])
    except Exception as e:  # noqa: BLE001 - one article's error must not fail the run
        out.failures.append(_failure(article, "actors", e))
    try:
        out.article_countries = _countries([article], out.mentions)
    except Exception as e:  # noqa: BLE001
        out.failures.append(_failure(article, "article_countries", e))
    try:
        out.event_reports = _events([article], out.mentions, out.discovered)
    except Exception as e:  # noqa: BLE001
        out.failures.append(_failure(article, "events", e))
    for f in out.failures:
        log.warning("enrich %s (%s #%s): %s failed: %s", article["article_id"], article["input_path"],
                    article["record_no"], f["sub_stage"], f["reason"])
    return out


def enrich(articles: list[dict], log: logging.Logger = logging.getLogger("dateline")) -> Enriched:
    """Actor mentions, article countries and event reports of a chunk of normalised
    articles: a pure function of the rows, so chunks can run anywhere, in any order.

    An error while enriching one article never loses the others: a chunk that raises is
    split in halves and each enriched again, down to the article that raises, which keeps
    what its other parts found and gets a rejects row (stage ``enrich``). The reference data
    is loaded first, outside that net: a missing dictionary fails the run, not each article."""
    _registry(), default_index()
    out = Enriched()
    try:
        _enrich_all(articles, out)
        return out
    except Exception:  # noqa: BLE001 - bisect down to the article that raises
        pass
    if len(articles) == 1:
        return _enrich_one(articles[0], log)
    mid = len(articles) // 2
    return _combined([enrich(articles[:mid], log), enrich(articles[mid:], log)])


def _combined(parts: list[Enriched]) -> Enriched:
    out = Enriched()
    discovered: dict[str, dict] = {}
    for part in parts:
        out.mentions.extend(part.mentions)
        out.article_countries.extend(part.article_countries)
        out.event_reports.extend(part.event_reports)
        out.failures.extend(part.failures)
        for d in part.discovered:
            discovered.setdefault(d["actor_id"], d)
        for stage, seconds in part.seconds.items():
            out.seconds[stage] = out.seconds.get(stage, 0.0) + seconds
    out.discovered = list(discovered.values())
    return out


def chunks(articles: list[dict], size: int = CHUNK_ARTICLES) -> list[list[dict]]:
    return [articles[i:i + size] for i in range(0, len(articles), size)]


def merge(batch: Extracted, parts: list[Enriched]) -> Extracted:
    """The batch with the enrichment of its chunks (in chunk order: the result does not
    depend on where or in which order the chunks ran)."""
    found = _combined(parts)
    for f in dataclasses.fields(Enriched):
        if f.name == "seconds":
            for stage, seconds in found.seconds.items():
                batch.seconds[stage] = batch.seconds.get(stage, 0.0) + seconds
        else:
            getattr(batch, f.name).extend(getattr(found, f.name))
    batch.enrich_failures += len(found.failures)
    return batch


def warm_up() -> None:
    """Load what enrichment needs (actor index, source registry, verb dictionary, the candidate
    filter and the parser's model) in this process."""
    default_index()
    _registry()
    prepare_events()


def enrich_serially(parts: list[list[dict]]) -> list[Enriched]:
    return [enrich(p) for p in parts]


def extract(files: list[str], options: IngestOptions, run: RunContext,
            registry: SourceRegistry | None = None) -> Extracted:
    """Read, normalise and enrich a batch of input files in this process."""
    batch = read(files, options, run, registry)
    return merge(batch, enrich_serially(chunks(batch.articles)))


def load(lake_path: Path, batches: list[Extracted], run: RunContext, replaced_inputs: list[str] = ()) -> Loaded:
    """Merge extracted batches into the lake: new articles, duplicates, rejects. Inputs in
    ``replaced_inputs`` (changed since their last load) first lose what they put there."""
    lake.remove_stale_temp_files(lake_path)
    state.forget(lake_path, list(replaced_inputs))
    known = Known.from_lake(lake_path)
    rows = [a for b in batches for a in b.articles]
    rejects = [r for b in batches for r in b.rejects]
    failures = [r for b in batches for r in b.failures]
    classified = classify(rows, known, run.run_id)
    lake.upsert(lake_path, "articles", classified.new)
    lake.upsert(lake_path, "article_duplicates", classified.duplicates)
    lake.upsert(lake_path, "rejects", rejects + failures)
    extracted = {a["article_id"] for a in rows}  # mentions and reports of these are replaced whole
    for table in PER_ARTICLE_TABLES:
        lake.replace_for(lake_path, table, "article_id", extracted, [r for b in batches for r in getattr(b, table)])
    discovered = [d for b in batches for d in b.discovered]
    known_actors = set(lake.read(lake_path, "discovered_actors", ["actor_id"]).column("actor_id").to_pylist())
    lake.upsert(lake_path, "discovered_actors", discovered)
    lake.upsert(lake_path, "http_cache", [
        {"url": u, "etag": v[0], "last_modified": v[1], "run_id": run.run_id}
        for b in batches for u, v in b.http_validators.items()], replace=True)
    return Loaded(len(classified.new), classified.unchanged, len(classified.duplicates), len(rejects),
                  len({d["actor_id"] for d in discovered} - known_actors),
                  enrich_failures=len({f["article_id"] for f in failures}))


def http_validators(lake_path: Path) -> dict[str, tuple[str | None, str | None]]:
    """ETag / Last-Modified of every URL fetched before, for conditional GETs."""
    return {r["url"]: (r["etag"], r["last_modified"]) for r in lake.read(lake_path, "http_cache").to_pylist()}


def derive_events(lake_path: Path) -> set[str]:
    """Regroup all event reports of the lake into events (dedup across articles); returns
    the event ids."""
    reports = lake.read(lake_path, "event_reports").to_pylist()
    arts = lake.read(lake_path, "articles", ["article_id", "published_date", "source_id", "ingested_at"]).to_pylist()
    discovered = lake.read(lake_path, "discovered_actors", ["actor_id", "actor_type", "country_code"]).to_pylist()
    types, countries = with_discovered(*actor_kinds(), discovered)
    events, mentions = derive(reports, {a["article_id"]: a for a in arts}, load_event_types(), types, countries)
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
        for path, (arts, rejs) in b.per_input.items():
            c = counts.setdefault(path, [0, 0])
            c[0] += arts
            c[1] += rejs
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
        "enrich_failures": loaded.enrich_failures,
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
    warm_up: Callable[[state.Plan], Any] = lambda plan: None  # start workers while the first batch is read
    extract: Callable[..., Extracted] = read  # read and normalise one batch of files
    enrich: Callable[[list[list[dict]]], list[Enriched]] = enrich_serially  # chunks -> results, in order
    load: Callable[..., Loaded] = load
    derive: Callable[..., set] = derive_events
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
                 full_refresh: bool = False, batch_files: int = BATCH_FILES, chunk_articles: int = CHUNK_ARTICLES,
                 lake_uri: str | None = None, steps: Steps = Steps(),
                 log: logging.Logger | logging.LoggerAdapter = logging.getLogger("dateline")) -> Outcome:
    """One ETL run, start to end: the one place that knows the order of the steps.

    Only new and changed inputs are read (all with ``full_refresh``). A backfill
    (``options.since``/``until``) reads every input but loads only the articles published
    in its window, replaces nothing outside it and leaves the inputs' state alone, so the
    next normal run still picks up new and changed files. ``lake_uri`` puts the lake on any
    pyarrow filesystem (``s3://bucket/prefix``); the warehouse file stays local. A failed warehouse build is
    recorded as a failed run and re-raised; the previous warehouse stays live.
    """
    wh = Path(warehouse_dir)
    lake_path = lake_uri or lake_dir(wh)  # the lake may live on object storage (flows.lake)
    options = dataclasses.replace(options, http_validators=http_validators(lake_path))
    backfill = options.since is not None or options.until is not None
    files = list_inputs(inputs)
    plan = steps.plan(files, lake_path, full_refresh or backfill)
    batches_plan = plan_batches(plan.todo, plan.sizes, max_files=batch_files)
    log.info("run %s: %d input files (%d new, %d changed, %d unchanged) in %d batches", run.run_id, len(files),
             len(plan.new), len(plan.changed), len(plan.unchanged), len(batches_plan))
    if plan.reference_changed:
        log.info("%d unchanged input files are enriched again: the reference data (seeds) changed since their load",
                 len(plan.reference_changed))
    known_events = set(lake.read(lake_path, "events", ["event_id"]).column("event_id").to_pylist())
    # streaming: each batch is read, enriched (chunks in parallel where the steps allow),
    # loaded into the lake and released before the next one is read
    batches, loaded = [], Loaded()
    changed = set(plan.changed)
    if batches_plan:
        steps.warm_up(plan)
    for files_ in batches_plan:
        batch = steps.extract(files_, options, run)
        batch = merge(batch, steps.enrich(chunks(batch.articles, chunk_articles)))
        loaded = loaded + steps.load(lake_path, [batch], run, [] if backfill else [f for f in files_ if f in changed])
        batches.append(batch.release())
    loaded.events_added = len(steps.derive(lake_path) - known_events)
    if backfill:
        log.info("backfill %s..%s: %d articles outside the window left out", options.since, options.until,
                 sum(b.outside_window for b in batches))
    else:
        steps.record_inputs(lake_path, plan, run.run_id, run.started_at, per_input_counts(batches))
    warnings = reject_warnings(batches)
    if loaded.enrich_failures:
        warnings.insert(0, f"enrichment failed on {loaded.enrich_failures} articles: loaded without the failed part "
                           "(see rejects where stage = 'enrich')")
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
