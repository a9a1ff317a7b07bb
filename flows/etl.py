"""The Prefect flow ``dateline-etl``: inputs -> lake -> warehouse, with batch-sized tasks.

Prefect orchestrates (retries, logging, the summary artifact); the work is done by the
plain functions in flows.stages.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import uuid
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_link_artifact, create_table_artifact  # noqa: E402
from prefect.cache_policies import NONE as NO_CACHE  # noqa: E402
from prefect.runtime import flow_run  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402

from flows import docs, report, stages, state, warehouse  # noqa: E402
from flows.ingest import IngestOptions  # noqa: E402
from flows.lock import EPHEMERAL_ENV, server_slot, writer_lock  # noqa: E402
from flows.normalize import RunContext  # noqa: E402
from flows.options import RunOptions  # noqa: E402


# tasks that return rows keep no copy of them in the flow's memory (cache_result_in_memory):
# a batch's rows are released once they are in the lake, and the run's memory stays flat
@task(name="read-batch", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE, cache_result_in_memory=False)
def read_batch(files: list[str], options: IngestOptions, run: RunContext) -> stages.Extracted:
    result = stages.read(files, options, run)
    get_run_logger().info(
        "batch of %d files: %d articles, %d rejects", len(files), len(result.articles), len(result.rejects)
    )
    return result


@task(name="enrich-chunk", retries=1, retry_delay_seconds=2, cache_policy=NO_CACHE, cache_result_in_memory=False)
def enrich_chunk(articles: list[dict]) -> stages.Enriched:
    return stages.enrich(articles, get_run_logger())


def enrich_chunks(parts: list[list[dict]]) -> list[stages.Enriched]:
    """Chunks of a batch to the flow's task runner (a process pool by default, or Dask),
    results in chunk order; a single chunk runs here, without a worker to start."""
    if len(parts) <= 1:
        return [enrich_chunk(p) for p in parts]
    futures = [enrich_chunk.submit(p) for p in parts]  # not quote()d: prefect-dask would not unwrap it
    return [f.result() for f in futures]


@task(name="warm-up", cache_policy=NO_CACHE)
def warm_up_worker() -> None:
    stages.warm_up()


#: input bytes from which a run is worth starting worker processes for (~ a few chunks of articles)
WARM_UP_BYTES = 1024 * 1024


def warm_up_workers(plan: state.Plan) -> None:
    """One warm-up task per worker of a process pool, not waited for: the workers start and
    load the actor index while the flow reads the first batch. Small runs (the seeds) skip
    it: their one chunk runs in the flow's process without starting any worker."""
    if plan.todo_bytes < WARM_UP_BYTES and not plan.remote:
        return
    from prefect.context import TaskRunContext, get_run_context
    from prefect.task_runners import ProcessPoolTaskRunner

    runner = get_run_context().task_runner if not isinstance(get_run_context(), TaskRunContext) else None
    if isinstance(runner, ProcessPoolTaskRunner):
        for _ in range(getattr(runner, "_max_workers", None) or os.cpu_count() or 1):
            warm_up_worker.submit()


@task(name="derive-events", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def derive_events(lake_path: Path) -> set:
    return stages.derive_events(lake_path)


@task(name="plan-inputs", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def plan_inputs(files: list[str], lake_path: Path, full_refresh: bool) -> state.Plan:
    return state.plan(files, lake_path, full_refresh)


@task(name="load-lake", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def load_lake(lake_path: Path, batches: list[stages.Extracted], run: RunContext,
              replaced: list[str]) -> stages.Loaded:
    return stages.load(lake_path, batches, run, replaced)


@task(name="record-run", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def record_run(lake_path: Path, row: dict) -> None:
    stages.record_run(lake_path, row)


@task(name="record-inputs", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def record_inputs(lake_path: Path, plan: state.Plan, run_id: str, now: dt.datetime, counts: dict) -> None:
    state.record(lake_path, plan, run_id, now, counts)


@task(name="build-warehouse", retries=1, retry_delay_seconds=2, cache_policy=NO_CACHE)
def build_warehouse(warehouse_dir: Path, lake_path: Path) -> str:
    built = warehouse.build(warehouse_dir, lake_path)
    for w in built.warnings:
        get_run_logger().warning("check %s: %d rows, e.g. %s", w.name, w.failures, w.sample[:1])
    docs.write(warehouse_dir)
    return str(built.path)


@task(name="write-report", retries=1, retry_delay_seconds=2, cache_policy=NO_CACHE)
def write_report(warehouse_dir: Path) -> str:
    path = report.write(warehouse_dir)
    create_link_artifact(key="dateline-report", link=path.resolve().as_uri(), link_text="Dateline report",
                         description="Charts of events, dyads, actors and sources, and the newest events.")
    return str(path)


TASK_RUNNERS = ("process", "serial", "dask")


@contextlib.contextmanager
def shared_api():
    """Without a configured Prefect server, one temporary server for the run and its worker
    processes (each would otherwise start its own ephemeral server, seconds apiece); with
    ``PREFECT_API_URL`` set, nothing."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if PREFECT_API_URL.value():
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    os.environ["PREFECT_API_URL"] = server.api_url  # inherited by worker processes
    os.environ[EPHEMERAL_ENV] = "1"  # not an operator's server: flows.lock.server_slot stands aside
    try:
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            yield
    finally:
        from prefect.events.worker import EventsWorker
        from prefect.logging.handlers import APILogWorker

        for worker in (APILogWorker, EventsWorker):  # send what is queued while the server still listens
            worker.drain_all(timeout=5)
        os.environ.pop("PREFECT_API_URL", None)
        os.environ.pop(EPHEMERAL_ENV, None)
        server.stop()


class MissingExtra(RuntimeError):
    """An option needs an optional dependency that is not installed; the message says which."""


def task_runner(kind: str = "process", workers: int | None = None, address: str | None = None):
    """The task runner for the enrichment chunks: ``process`` (Prefect's process pool, one
    worker per core by default), ``serial`` (one thread) or ``dask`` (prefect-dask: the
    cluster at ``address``, or a local cluster of ``workers`` processes)."""
    from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

    if kind == "serial":
        return ThreadPoolTaskRunner(max_workers=1)
    if kind == "process":
        return ProcessPoolTaskRunner(max_workers=workers or os.cpu_count())
    if kind == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError:
            raise MissingExtra("--task-runner dask needs the dask extra: pip install 'dateline[dask]'") from None

        if address:
            return DaskTaskRunner(address=address)
        # a local cluster's shutdown races its own connections: distributed logs each comm it
        # finds closed with a traceback at INFO (dask/distributed#7192) - noise, not a failure
        import logging

        logging.getLogger("distributed.batched").setLevel(logging.WARNING)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers or os.cpu_count(), "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None,
                                              "silence_logs": logging.WARNING})
    raise ValueError(f"unknown task runner {kind!r} (one of {', '.join(TASK_RUNNERS)})")


#: the pipeline's steps as Prefect tasks (batches are passed quoted: no introspection of the rows)
TASK_STEPS = stages.Steps(
    plan=plan_inputs,
    warm_up=warm_up_workers,
    extract=read_batch,
    enrich=enrich_chunks,
    load=lambda lake_path, batches, run, replaced: load_lake(lake_path, quote(batches), run, replaced),
    derive=derive_events,
    record_inputs=record_inputs,
    record_run=record_run,
    build=build_warehouse,
)


@flow(name="dateline-etl", log_prints=False, task_runner=task_runner("process"))
def etl(options: RunOptions | None = None, take_lock: bool = True) -> dict:
    """Load new and changed input files into the lake and rebuild the DuckDB warehouse.

    ``options`` (flows.options.RunOptions) says what to read, where to write and how: unchanged
    inputs (same path, same bytes) are not read again; ``full_refresh`` re-reads every input;
    ``since``/``until`` backfill the articles published in that window (see
    flows.stages.run_pipeline). One writer at a time: the run holds the warehouse's lock (the
    CLI takes it itself and passes ``take_lock=False``).
    """
    o = options or RunOptions()
    lock = writer_lock(o.warehouse_dir, o.lock_timeout) if take_lock else contextlib.nullcontext()
    with server_slot(o.warehouse_dir, o.lock_timeout), lock:
        return _etl(list(o.inputs), Path(o.warehouse_dir), o.ingest(), o.batch_files, o.full_refresh,
                    o.chunk_articles, o.lake)


def _etl(inputs: list[str], wh: Path, options: IngestOptions, batch_files: int, full_refresh: bool,
         chunk_articles: int, lake: str | None) -> dict:
    log = get_run_logger()
    run = RunContext(flow_run.id or uuid.uuid4().hex, dt.datetime.now(dt.timezone.utc))
    out = stages.run_pipeline(inputs, wh, options, run, full_refresh=full_refresh, batch_files=batch_files,
                              chunk_articles=chunk_articles, lake_uri=lake, steps=TASK_STEPS, log=log)
    row = out.row
    report_path = write_report(wh)
    summary = {"run_id": run.run_id, "warehouse": out.built, "report": report_path,
               **{k: v for k, v in row.items() if k not in ("run_id", "inputs", "warnings", "started_at", "finished_at",
                                                           "status", "backfill_since", "backfill_until")}}
    log.info("summary: %s", summary)
    create_table_artifact(
        key="dateline-run-summary",
        table=[{"metric": k, "value": str(v)} for k, v in summary.items()] +
              [{"metric": "warning", "value": w} for w in row["warnings"]],
        description=f"Dateline ETL run {run.run_id}",
    )
    return summary
