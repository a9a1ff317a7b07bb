"""Incremental runs: which inputs are new, changed or unchanged since they were last loaded.

Each input file is identified by its path and the SHA-256 of its bytes; the lake table
``inputs`` records what each path held when it was last loaded. A run extracts only new
and changed files; the rows a changed file produced before (articles, their mentions and
event reports, duplicates, rejects) are removed so its new version replaces them. A file
enriched with other reference data (seeds) than the current one counts as changed too.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from flows import SEEDS_DIR, lake
from flows.records import PER_ARTICLE_TABLES
from flows.ingest import outside_reason
from flows.ingest.feeds import is_url


@dataclass
class Plan:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    #: feed URLs: fetched every run (conditional GETs make an unchanged feed cost one 304)
    remote: list[str] = field(default_factory=list)
    hashes: dict[str, tuple[str, int]] = field(default_factory=dict)  # path -> (sha256, size)
    #: the changed files whose bytes are the same but whose reference data (seeds) is not
    reference_changed: list[str] = field(default_factory=list)

    @property
    def todo(self) -> list[str]:
        return sorted(self.new + self.changed) + self.remote

    @property
    def sizes(self) -> dict[str, int]:
        """Bytes of each input file, as hashed (feed URLs: unknown, 0)."""
        return {path: size for path, (_, size) in self.hashes.items()}

    @property
    def todo_bytes(self) -> int:
        return sum(self.hashes[f][1] for f in self.new + self.changed)


def file_hash(path: str) -> tuple[str, int]:
    """(SHA-256, size) of a file's bytes; of the link itself for a link that is not read
    (flows.ingest.outside_reason): its content is none of our business."""
    if outside_reason(path):
        link = os.readlink(path).encode()
        return hashlib.sha256(b"symlink\0" + link).hexdigest(), len(link)
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


#: the seeds enrichment reads: a change in any of them changes what a file's articles yield
REFERENCE_FILES = ("actors.csv", "actor_aliases.csv", "actor_roles.csv", "places.csv", "sources.csv",
                   "event_types.csv")


#: the code that turns an input's records into articles, mentions and event reports: a new
#: release of it re-extracts what is already loaded, as new seeds do
EXTRACTION_CODE = ("normalize", "actors", "events", "sentences.py")


@functools.cache
def reference_fingerprint(seeds_dir: Path = SEEDS_DIR) -> str:
    """SHA-256 over the reference data (seeds) and the extraction code that actor and event
    extraction use."""
    h = hashlib.sha256()
    code_dir = Path(__file__).parent
    code = sorted(p for part in EXTRACTION_CODE
                  for p in ((code_dir / part).rglob("*.py") if (code_dir / part).is_dir() else [code_dir / part]))
    for name, path in [*((n, Path(seeds_dir) / n) for n in REFERENCE_FILES),
                       *((p.relative_to(code_dir).as_posix(), p) for p in code)]:
        h.update(name.encode() + b"\0")
        if path.exists():
            h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def plan(files: list[str], lake_path: Path, full_refresh: bool = False) -> Plan:
    """New, changed and unchanged input files. A file counts as changed when its bytes
    changed, or when its articles were enriched with other reference data or extraction code
    than today's (an updated actor dictionary or detector is applied to what is already loaded)."""
    known = {r["input_path"]: (r["content_sha256"], r["reference_sha256"]) for r in
             lake.read(lake_path, "inputs", ["input_path", "content_sha256", "reference_sha256"]).to_pylist()}
    reference = reference_fingerprint()
    out = Plan()
    for f in files:
        if is_url(f):
            out.remote.append(f)
            continue
        out.hashes[f] = file_hash(f)
        if f not in known:
            out.new.append(f)
        elif known[f][0] != out.hashes[f][0] or full_refresh:
            out.changed.append(f)
        elif known[f][1] != reference:
            out.changed.append(f)
            out.reference_changed.append(f)
        else:
            out.unchanged.append(f)
    return out


def forget(lake_path: Path, paths: list[str]) -> int:
    """Remove what earlier versions of these inputs put in the lake. Returns articles removed."""
    if not paths:
        return 0
    wanted = set(paths)
    old = [r["article_id"] for r in lake.read(lake_path, "articles", ["article_id", "input_path"]).to_pylist()
           if r["input_path"] in wanted]
    ids = set(old)
    lake.replace_for(lake_path, "articles", "input_path", wanted, [])
    for table in PER_ARTICLE_TABLES:
        lake.replace_for(lake_path, table, "article_id", ids, [])
    lake.replace_for(lake_path, "article_duplicates", "input_path", wanted, [])
    lake.replace_for(lake_path, "rejects", "input_path", wanted, [])
    return len(old)


def record(lake_path: Path, plan_: Plan, run_id: str, now: dt.datetime, counts: dict[str, tuple[int, int]]) -> None:
    """Upsert the state of every input seen by this run."""
    existing = {r["input_path"]: r for r in lake.read(lake_path, "inputs").to_pylist()}
    rows = []
    for path, (digest, size) in sorted(plan_.hashes.items()):
        old = existing.get(path)
        loaded = path not in plan_.unchanged
        arts, rejs = counts.get(path, (old["articles"], old["rejects"]) if old else (0, 0))
        rows.append({
            "input_path": path, "content_sha256": digest, "size_bytes": size,
            "reference_sha256": reference_fingerprint() if loaded or not old else old["reference_sha256"],
            "first_seen": old["first_seen"] if old else now, "last_seen": now,
            "last_loaded_run_id": run_id if loaded or not old else old["last_loaded_run_id"],
            "status": "rejected" if arts == 0 and rejs > 0 else "loaded",
            "articles": arts, "rejects": rejs,
        })
    lake.upsert(lake_path, "inputs", rows, replace=True)
