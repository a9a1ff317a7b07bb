"""The DuckDB warehouse, rebuilt from the lake by the SQL in ``sql/``.

Each table's columns are declared in ``sql/schema.toml``: its CREATE TABLE and COMMENT ON
statements come from there (flows/schema.py), and ``sql/tables/NN_<table>.sql`` loads its rows.
The next warehouse is built beside the live one and swapped in with one rename, so a
reader never sees a half-built file and a reader holding the old file open keeps working.
The file is written with a storage version DuckDB 1.4 (what BI drivers bundle) can open.
Lake tables are visible to the SQL as ``lake_<table>``; ``getvariable('seeds_dir')``
points at ``seeds/``.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import duckdb

from flows import SEEDS_DIR, SQL_DIR, checks, failpoints, lake, schema

DB_FILE = "dateline.duckdb"
STORAGE_COMPATIBILITY = "v1.4.0"
#: folders of sql/ run in this order (core tables, then reporting views over them); files in name order
SQL_LAYERS = ("tables", "views")


def db_path(warehouse_dir: Path) -> Path:
    return Path(warehouse_dir) / DB_FILE


def sql_files(sql_dir: Path = SQL_DIR) -> list[Path]:
    return [p for layer in SQL_LAYERS for p in sorted((sql_dir / layer).glob("*.sql"))]


def table_of(path: Path) -> str | None:
    """The table a file of sql/tables/ loads (``03_articles.sql``: articles); None for a view."""
    return path.stem.split("_", 1)[1] if path.parent.name == "tables" else None


def statements(path: Path) -> list[str]:
    """What building runs for one file: a table's declared DDL, the file's SQL, the table's comments."""
    sql = path.read_text(encoding="utf-8")
    name = table_of(path)
    if name is None:
        return [sql]
    table = schema.warehouse_table(name)
    return [table.ddl(), sql, table.comments()]


BUILD_MEMORY_LIMIT = "768MB"


@dataclass
class Built:
    path: Path
    warnings: list  # failed checks of severity warn


def build(warehouse_dir: Path, lake_dir: Path, seeds_dir: Path = SEEDS_DIR) -> Built:
    """Build the warehouse from the lake, run the data-quality checks on it, and swap it in
    atomically. A failed error-level check raises CheckFailed and leaves the live file as it was."""
    final = db_path(warehouse_dir)
    building = final.with_name(f".{final.name}.building")
    for stale in (building, building.with_name(building.name + ".wal")):
        stale.unlink(missing_ok=True)
    # a bounded memory limit: DuckDB writes through to the file instead of holding the lake in memory
    con = duckdb.connect(str(building), config={"storage_compatibility_version": STORAGE_COMPATIBILITY,
                                                "memory_limit": BUILD_MEMORY_LIMIT})
    try:
        con.execute("SET VARIABLE seeds_dir = ?", [str(seeds_dir)])
        for name in lake.SCHEMAS:
            con.register(f"lake_{name}", lake.dataset(lake_dir, name))
        for path in sql_files():
            for sql in statements(path):
                try:
                    con.execute(sql)
                except duckdb.Error as e:
                    raise RuntimeError(f"{path.relative_to(SQL_DIR.parent)}: {e}") from e
        for name in lake.SCHEMAS:
            con.unregister(f"lake_{name}")
        failpoints.reach("duckdb-build")
        warnings = checks.enforce(checks.run(con))
        con.execute("CHECKPOINT")
    except BaseException:
        con.close()
        building.unlink(missing_ok=True)
        raise
    con.close()
    failpoints.reach("swap")
    os.replace(building, final)
    return Built(final, warnings)


def connect_read_only(warehouse_dir: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection that cannot reach the filesystem or network beyond the file."""
    path = db_path(warehouse_dir)
    if not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}; run `dateline run` first")
    return duckdb.connect(str(path), read_only=True, config={"enable_external_access": False})


def write_rendered(warehouse_dir: Path, render, out: Path) -> Path:
    """Write ``render(read-only connection)`` to ``out`` atomically (data dictionary, report)."""
    con = connect_read_only(warehouse_dir)
    try:
        text = render(con)
    finally:
        con.close()
    out = Path(out)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, out)
    return out
