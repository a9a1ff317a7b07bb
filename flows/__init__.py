"""Dateline: news articles -> Parquet lake -> DuckDB warehouse of articles, actors and events.

The package is laid out by stage; each stage is a plain function over records or Arrow
tables, and :mod:`flows.etl` wraps them in Prefect tasks.
"""
from pathlib import Path

#: Project root (where sql/ and seeds/ live). The package is installed editable from it.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = PROJECT_ROOT / "sql"
SEEDS_DIR = PROJECT_ROOT / "seeds"


def _use_system_allocator() -> None:
    """Arrow's default allocator (mimalloc) keeps memory it has freed, so a long run that
    rewrites lake files batch after batch grows by tens of MB a batch; the system allocator
    gives it back (measured: 10k articles in 5 batches, RSS 249 -> 436 MiB with mimalloc,
    228 -> 277 MiB with the system pool, same speed). ARROW_DEFAULT_MEMORY_POOL overrides."""
    import os

    import pyarrow

    if not os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        pyarrow.set_memory_pool(pyarrow.system_memory_pool())


_use_system_allocator()
