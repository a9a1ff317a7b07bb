"""Ingest adapters: one module per input format, chosen by file extension.

``iter_inputs`` walks the paths given on the command line; ``read_input`` reads one file
(gzip handled transparently, size-capped, decoded) and yields :class:`RawArticle` and
:class:`Reject` records from the format's adapter. An adapter never raises for bad input:
whatever it cannot read becomes a Reject with a reason.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from flows.ingest import csvfile, feeds, html, jsonrecords, txt
from flows.ingest.decode import read_bytes
from flows.ingest.http import Fetcher
from flows.options import DEFAULT_MAX_BYTES, DEFAULT_USER_AGENT
from flows.records import RawArticle, Reject

#: extension (without .gz) -> adapter module with ``read(path, data, options)``
ADAPTERS = {
    ".txt": txt,
    ".text": txt,
    ".html": html,
    ".htm": html,
    ".jsonl": jsonrecords,
    ".ndjson": jsonrecords,
    ".json": jsonrecords,
    ".csv": csvfile,
    ".tsv": csvfile,
    ".urls": feeds,
}


@dataclass(frozen=True)
class IngestOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    #: canonical field -> input column, from ``--map published=col``
    field_map: dict = field(default_factory=dict)
    #: feeds: url -> (etag, last_modified) from earlier runs, for conditional GETs
    http_validators: dict = field(default_factory=dict)
    user_agent: str = DEFAULT_USER_AGENT
    allow_private: bool = False  # fetch from private/loopback addresses (tests)
    min_interval: float = 1.0  # seconds between requests to one host
    http_timeout: float = 10.0  # seconds per request
    #: backfill window: only articles published in [since, until] are loaded (None = open)
    since: dt.date | None = None
    until: dt.date | None = None

    def in_window(self, published: dt.date | None) -> bool:
        if self.since is None and self.until is None:
            return True
        return published is not None and (self.since is None or published >= self.since) \
            and (self.until is None or published <= self.until)

    def fetcher(self) -> Fetcher:
        return Fetcher(user_agent=self.user_agent, allow_private=self.allow_private, timeout=self.http_timeout,
                       min_interval=self.min_interval, validators=dict(self.http_validators))


def format_of(path: str) -> str:
    """The adapter extension of a path: ``a.jsonl.gz`` -> ``.jsonl``."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[1]


def outside_reason(path: str) -> str | None:
    """Why a path found among the inputs is not read: a symbolic link to a directory (never
    walked), or a link whose target is not inside the directory the link is in - no way out
    of an input directory through ``../`` or absolute links."""
    if not os.path.islink(path):
        return None
    if os.path.isdir(path):
        return "symbolic link to a directory: not followed"
    home = os.path.realpath(os.path.dirname(os.path.abspath(path)))
    target = os.path.realpath(path)
    if os.path.commonpath([home, target]) != home:
        return "symbolic link to a file outside its directory: not followed (give the target itself as an input)"
    return None


def iter_inputs(paths: Iterable[str]) -> Iterator[str]:
    """Every file under the given paths, directories walked recursively, in a stable order.

    Hidden files and directories (``.git``, editor swap files) are not inputs. Symbolic
    links to directories are listed, not walked (read_input rejects them), so nothing under
    a directory goes unaccounted for. Raises FileNotFoundError for a path that does not exist.
    """
    for given in paths:
        p = Path(given)
        if feeds.is_url(given):
            yield given
        elif p.is_file():
            yield os.path.normpath(given)
        elif p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                links = [d for d in dirs if os.path.islink(os.path.join(root, d))]
                dirs[:] = [d for d in dirs if d not in links]
                for name in sorted(files + links):
                    if not name.startswith("."):
                        yield os.path.normpath(os.path.join(root, name))
        else:
            raise FileNotFoundError(given)


def read_input(path: str, options: IngestOptions = IngestOptions(),
               fetcher: Fetcher | None = None) -> Iterator[RawArticle | Reject]:
    """Read one input (a file, or a feed URL) and yield its articles and rejects."""
    path = str(path)
    if feeds.is_url(path):
        yield from feeds.read_feed(path, fetcher or options.fetcher())
        return
    escape = outside_reason(path)
    if escape:
        yield Reject(path, None, "read", escape)
        return
    adapter = ADAPTERS.get(format_of(path))
    if adapter is None:
        yield Reject(path, None, "read", f"unsupported file type {format_of(path) or '(none)'!r}")
        return
    data = read_bytes(path, options.max_bytes)
    if isinstance(data, Reject):
        yield data
        return
    if adapter is feeds:
        yield from feeds.read(path, data, options, fetcher or options.fetcher())
    else:
        yield from adapter.read(path, data, options)
