"""The Parquet lake: ``<warehouse>/lake/<table>/...`` on local disk, or any pyarrow
filesystem given by URI - ``s3://bucket/prefix`` (with ``?endpoint_override=...`` for an
S3-compatible store), ``gs://``, ``abfs://`` - written with pyarrow.

Every table is kept as a set of Parquet files, each replaced whole by an upsert: new rows
are merged with the file's current rows on the table's key and the result is written to a
temporary name and moved over the old file (a rename on disk; on object storage a
complete object appears at once), so a reader (or a crash) never sees a partial file.
``articles`` is partitioned by publication year and month (``year=2024/month=02``),
undated articles in ``year=undated``; ``mentions`` in 16 buckets by article id.
"""
from __future__ import annotations

import datetime as dt
import functools
import os
import posixpath
from collections import defaultdict
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from flows import failpoints, schema

#: lake table -> Arrow schema, and -> key columns (a later row never replaces an earlier one with
#: the same key); both declared in sql/schema.toml
SCHEMAS = schema.lake_tables()
KEYS = schema.lake_keys()
DATA_FILE = "data.parquet"
TMP_SUFFIX = ".tmp"  # never matches *.parquet, so readers do not see files being written

def is_remote(lake) -> bool:
    return "://" in str(lake)


def location(lake) -> tuple[pafs.FileSystem, str]:
    """(filesystem, root path on it) of a lake given as a directory or a URI; one
    filesystem (one S3 client) per remote lake and process."""
    if is_remote(lake):
        return _remote(str(lake))
    return pafs.LocalFileSystem(), os.path.abspath(str(lake))


@functools.lru_cache(maxsize=16)
def _remote(uri: str) -> tuple[pafs.FileSystem, str]:
    return pafs.FileSystem.from_uri(uri)


def table_dir(lake, name: str) -> str:
    return posixpath.join(location(lake)[1], name)


def partition_of(name: str, row: dict) -> str:
    """Relative directory of the file a row belongs in."""
    if name == "mentions":  # 16 buckets by article id: a run rewrites only the buckets it adds to
        return f"bucket={row['article_id'][0]}"
    if name != "articles":
        return ""
    date: dt.date | None = row.get("published_date")
    return "year=undated" if date is None else f"year={date.year:04d}/month={date.month:02d}"


def _list(fs: pafs.FileSystem, root: str) -> list[str]:
    try:
        infos = fs.get_file_info(pafs.FileSelector(root, recursive=True, allow_not_found=True))
    except FileNotFoundError:
        return []
    return sorted(i.path for i in infos if i.type == pafs.FileType.File)


def files(lake, name: str) -> list[str]:
    fs, root = location(lake)
    return [p for p in _list(fs, posixpath.join(root, name)) if p.endswith(".parquet")]


def dataset(lake, name: str) -> ds.Dataset:
    """The table as a pyarrow dataset (empty, with its schema, when nothing is written yet)."""
    fs, _ = location(lake)
    return ds.dataset(files(lake, name), schema=SCHEMAS[name], format="parquet", filesystem=fs)


def read(lake, name: str, columns: list[str] | None = None) -> pa.Table:
    return dataset(lake, name).to_table(columns=columns)


def _read_file(fs: pafs.FileSystem, path: str, schema: pa.Schema) -> pa.Table:
    if fs.get_file_info(path).type != pafs.FileType.File:
        return schema.empty_table()
    return pq.read_table(path, schema=schema, filesystem=fs)


def check_rows(name: str, rows: list[dict]) -> None:
    """A row must have exactly the table's declared columns: Arrow would drop an undeclared key
    and fill a missing column with NULL without a word."""
    declared = set(SCHEMAS[name].names)
    for row in rows:
        if row.keys() != declared:
            extra, missing = sorted(row.keys() - declared), sorted(declared - row.keys())
            raise ValueError(f"a row for lake table {name} does not match sql/schema.toml:"
                             f"{' undeclared ' + ', '.join(extra) if extra else ''}"
                             f"{' missing ' + ', '.join(missing) if missing else ''}")


def write_atomic(table: pa.Table, path: str, fs: pafs.FileSystem | None = None) -> None:
    """Write a Parquet file under a temporary name and move it into place (on local disk:
    fsync, rename, fsync the directory)."""
    fs = fs or pafs.LocalFileSystem()
    path = str(path)
    parent = posixpath.dirname(path)
    fs.create_dir(parent, recursive=True)
    tmp = f"{path}.{os.getpid()}{TMP_SUFFIX}"
    pq.write_table(table, tmp, compression="zstd", filesystem=fs)
    local = isinstance(fs, pafs.LocalFileSystem)
    if local:
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
    failpoints.reach("parquet-write")
    fs.move(tmp, path)
    if local:
        dir_fd = os.open(parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def upsert(lake, name: str, rows: list[dict], replace: bool = False) -> int:
    """Merge rows into the table. A row whose key is already there is ignored, or with
    ``replace`` takes the old row's place.

    Returns the number of rows written. Only files that change are rewritten.
    """
    check_rows(name, rows)
    fs, _ = location(lake)
    schema, key = SCHEMAS[name], KEYS[name]
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[partition_of(name, row)].append(row)
    added = 0
    for part, part_rows in sorted(groups.items()):
        path = posixpath.join(table_dir(lake, name), part, DATA_FILE) if part else \
            posixpath.join(table_dir(lake, name), DATA_FILE)
        current = _read_file(fs, path, schema)
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
        write_atomic(merged, path, fs)
        added += len(fresh)
    return added


def replace_for(lake, name: str, column: str, values: set, rows: list[dict]) -> None:
    """Replace every row whose ``column`` is in ``values`` by ``rows`` (the rows extracted
    anew for those articles), so re-extraction never leaves stale rows behind."""
    check_rows(name, rows)
    fs, _ = location(lake)
    schema, key = SCHEMAS[name], KEYS[name]
    groups: dict[str, list[dict]] = defaultdict(list)
    unique = {tuple(r[c] for c in key): r for r in rows}  # an article read twice (a duplicate) counts once
    for row in unique.values():
        groups[partition_of(name, row)].append(row)
    root = table_dir(lake, name)
    paths = {posixpath.relpath(posixpath.dirname(p), root) if posixpath.dirname(p) != root else "": p
             for p in files(lake, name)}
    wanted = pa.array(sorted(values), pa.string())
    for part in sorted(set(paths) | set(groups)):
        path = posixpath.join(root, part, DATA_FILE) if part else posixpath.join(root, DATA_FILE)
        current = _read_file(fs, path, schema)
        kept = current.filter(pc.invert(pc.is_in(current.column(column), value_set=wanted))) if current.num_rows \
            else current
        new = groups.get(part, [])
        if kept.num_rows == current.num_rows and not new:
            continue
        merged = pa.concat_tables([kept, pa.Table.from_pylist(new, schema=schema)])
        merged = merged.take(pc.sort_indices(merged, [(k, "ascending") for k in key]))
        if not merged.equals(current):
            write_atomic(merged, path, fs)


def overwrite(lake, name: str, rows: list[dict]) -> None:
    """Replace a derived table (one file) whole, atomically."""
    check_rows(name, rows)
    fs, _ = location(lake)
    schema, key = SCHEMAS[name], KEYS[name]
    table = pa.Table.from_pylist(rows, schema=schema)
    if table.num_rows:
        table = table.take(pc.sort_indices(table, [(k, "ascending") for k in key]))
    target = posixpath.join(table_dir(lake, name), DATA_FILE)
    current = _read_file(fs, target, schema)
    for stale in files(lake, name):
        if stale != target:
            fs.delete_file(stale)
    if not current.equals(table):  # an unchanged rerun rewrites nothing
        write_atomic(table, target, fs)


def remove_stale_temp_files(lake) -> None:
    """Temporary files left by a killed writer; they were never visible to readers."""
    fs, root = location(lake)
    for p in _list(fs, root):
        if p.endswith(TMP_SUFFIX):
            fs.delete_file(p)
