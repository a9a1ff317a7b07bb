"""Dateline: news articles -> Parquet lake -> DuckDB warehouse of articles, actors and events.

The package is laid out by stage; each stage is a plain function over records or Arrow
tables, and :mod:`flows.etl` wraps them in Prefect tasks.
"""
from pathlib import Path

#: Project root (where sql/ and seeds/ live). The package is installed editable from it.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = PROJECT_ROOT / "sql"
SEEDS_DIR = PROJECT_ROOT / "seeds"
