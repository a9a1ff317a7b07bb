"""The Parquet lake: ``<warehouse>/lake/<table>/...``, written with pyarrow.

Every table is kept as a set of Parquet files, each replaced whole by an upsert: new rows
are merged with the file's current rows on the table's key and the result is written to a
temporary name and renamed over the old file, so a reader (or a crash) never sees a
partial file. ``articles`` is partitioned by publication year and month
(``year=2024/month=02``), undated articles in ``year=undated``; ``mentions`` in 16
buckets by article id.
"""
from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from flows import failpoints
from flows.records import LAKE_TABLES

#: table -> key columns (a later row never replaces an earlier one with the same key)
KEYS = {
    "articles": ("article_id",),
    "article_duplicates": ("input_path", "record_no"),
    "rejects": ("reject_id",),
    "runs": ("run_id",),
    "inputs": ("input_path",),
    "http_cache": ("url",),
    "mentions": ("article_id", "start_char", "end_char"),
    "article_countries": ("article_id", "country_code"),
    "discovered_actors": ("actor_id",),
    "event_reports": ("article_id", "sentence_no", "trigger_start", "actor_id", "recipient_id"),
    "events": ("event_id",),
    "event_mentions": ("event_id", "article_id", "sentence_no", "trigger_start", "actor_id", "recipient_id"),
}
DATA_FILE = "data.parquet"
TMP_SUFFIX = ".tmp"  # never matches *.parquet, so readers do not see files being written


def table_dir(lake: Path, name: str) -> Path:
    return Path(lake) / name


def partition_of(name: str, row: dict) -> str:
    """Relative directory of the file a row belongs in."""
    if name == "mentions":  # 16 buckets by article id: a run rewrites only the buckets it adds to
        return f"bucket={row['article_id'][0]}"
    if name != "articles":
        return ""
    date: dt.date | None = row.get("published_date")
    return "year=undated" if date is None else f"year={date.year:04d}/month={date.month:02d}"


def files(lake: Path, name: str) -> list[Path]:
    root = table_dir(lake, name)
    return sorted(root.rglob("*.parquet")) if root.exists() else []


def dataset(lake: Path, name: str) -> ds.Dataset:
    """The table as a pyarrow dataset (empty, with its schema, when nothing is written yet)."""
    return ds.dataset([str(p) for p in files(lake, name)], schema=LAKE_TABLES[name], format="parquet")


def read(lake: Path, name: str, columns: list[str] | None = None) -> pa.Table:
    return dataset(lake, name).to_table(columns=columns)


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write a Parquet file under a temporary name, fsync it and rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}{TMP_SUFFIX}")
    pq.write_table(table, tmp, compression="zstd")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    failpoints.reach("parquet-write")
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def upsert(lake: Path, name: str, rows: list[dict], replace: bool = False) -> int:
    """Merge rows into the table. A row whose key is already there is ignored, or with
    ``replace`` takes the old row's place.

    Returns the number of rows written. Only files that change are rewritten.
    """
    schema, key = LAKE_TABLES[name], KEYS[name]
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[partition_of(name, row)].append(row)
    added = 0
    for part, part_rows in sorted(groups.items()):
        path = table_dir(lake, name) / part / DATA_FILE
        current = pq.read_table(path, schema=schema) if path.exists() else schema.empty_table()
        if replace and current.num_rows:
            new_keys = {tuple(r[c] for c in key) for r in part_rows}
            old_keys = zip(*(current.column(k).to_pylist() for k in key))
            current = current.filter(pa.array([k not in new_keys for k in old_keys], pa.bool_()))
        seen = {tuple(r) for r in zip(*(current.column(k).to_pylist() for k in key))} if current.num_rows else set()
        fresh = []
        for row in part_rows:
            k = tuple(row[c] for c in key)
            if k not in seen:
                seen.add(k)
                fresh.append(row)
        if not fresh:
            continue
        merged = pa.concat_tables([current, pa.Table.from_pylist(fresh, schema=schema)])
        merged = merged.take(pc.sort_indices(merged, [(k, "ascending") for k in key]))
        write_atomic(merged, path)
        added += len(fresh)
    return added


def replace_for(lake: Path, name: str, column: str, values: set, rows: list[dict]) -> None:
    """Replace every row whose ``column`` is in ``values`` by ``rows`` (the rows extracted
    anew for those articles), so re-extraction never leaves stale rows behind."""
    schema, key = LAKE_TABLES[name], KEYS[name]
    groups: dict[str, list[dict]] = defaultdict(list)
    unique = {tuple(r[c] for c in key): r for r in rows}  # an article read twice (a duplicate) counts once
    for row in unique.values():
        groups[partition_of(name, row)].append(row)
    root = table_dir(lake, name)
    paths = {p.parent.relative_to(root).as_posix() if p.parent != root else "": p for p in files(lake, name)}
    wanted = pa.array(sorted(values), pa.string())
    for part in sorted(set(paths) | set(groups)):
        path = root / part / DATA_FILE if part else root / DATA_FILE
        current = pq.read_table(path, schema=schema) if path.exists() else schema.empty_table()
        kept = current.filter(pc.invert(pc.is_in(current.column(column), value_set=wanted))) if current.num_rows \
            else current
        new = groups.get(part, [])
        if kept.num_rows == current.num_rows and not new:
            continue
        merged = pa.concat_tables([kept, pa.Table.from_pylist(new, schema=schema)])
        merged = merged.take(pc.sort_indices(merged, [(k, "ascending") for k in key]))
        if not merged.equals(current):
            write_atomic(merged, path)


def overwrite(lake: Path, name: str, rows: list[dict]) -> None:
    """Replace a derived table (one file) whole, atomically."""
    schema, key = LAKE_TABLES[name], KEYS[name]
    table = pa.Table.from_pylist(rows, schema=schema)
    if table.num_rows:
        table = table.take(pc.sort_indices(table, [(k, "ascending") for k in key]))
    for stale in files(lake, name):
        if stale.name != DATA_FILE or stale.parent != table_dir(lake, name):
            stale.unlink()
    write_atomic(table, table_dir(lake, name) / DATA_FILE)


def remove_stale_temp_files(lake: Path) -> None:
    """Temporary files left by a killed writer; they were never visible to readers."""
    if Path(lake).exists():
        for p in Path(lake).rglob(f"*{TMP_SUFFIX}"):
            p.unlink(missing_ok=True)
