"""Shared fixtures. Tests use seeds/ and files they make themselves, never ../shared."""
from __future__ import annotations

import datetime as dt
import gzip
import itertools
import os
from pathlib import Path

import pytest

from flows import SEEDS_DIR, stages
from flows.ingest import IngestOptions, read_input
from flows.normalize import RunContext, normalise
from flows.normalize.sources import SourceRegistry

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

SEED_ARTICLES = SEEDS_DIR / "articles"
RUN_TIME = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.timezone.utc)
_CLOCK = itertools.count()


@pytest.fixture(scope="session")
def registry() -> SourceRegistry:
    return SourceRegistry.load()


@pytest.fixture
def run_ctx() -> RunContext:
    return RunContext("test-run", RUN_TIME)


def write(path: Path, content: str | bytes, gz: bool = False) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def read_all(path: Path | str, options: IngestOptions = IngestOptions()) -> list:
    return list(read_input(str(path), options))


def normalised(path: Path | str, registry: SourceRegistry, run: RunContext | None = None) -> list:
    run = run or RunContext("test-run", RUN_TIME)
    return [rec if not hasattr(rec, "text") else normalise(rec, registry, run) for rec in read_all(path)]


@pytest.fixture(scope="session")
def seed_rows(registry) -> dict[str, dict]:
    """The five seed articles, normalised, by external_id."""
    rows = {}
    for path in sorted(SEED_ARTICLES.glob("*.txt")):
        (row,) = normalised(path, registry)
        rows[row["external_id"]] = row
    return rows


def build(inputs: list[str], warehouse_dir: Path, run_id: str = "r1", options: IngestOptions = IngestOptions(),
          full_refresh: bool = False):
    """A run of the pipeline without Prefect (flows.stages.run_pipeline, as the flow runs it)."""
    run = RunContext(run_id, RUN_TIME + dt.timedelta(minutes=next(_CLOCK)))  # each run starts later
    return stages.run_pipeline([str(i) for i in inputs], warehouse_dir, options, run, full_refresh=full_refresh).loaded


@pytest.fixture(scope="session")
def seeds_warehouse(tmp_path_factory) -> Path:
    """A warehouse built from the seed articles, shared by tests that only read it."""
    wh = tmp_path_factory.mktemp("seeds") / "wh"
    build([SEED_ARTICLES], wh)
    return wh
