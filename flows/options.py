"""The options of one ETL run, declared once.

``RunOptions`` is the ``dateline-etl`` flow's parameter (Prefect's UI builds its form from it);
``dateline run`` and ``dateline serve`` build their flags from it (``add_arguments``) and turn
the parsed flags back into it (``from_args``); ``prefect.yaml``'s parameters are validated
against it by a test. A field's ``flag`` (and ``short``, ``metavar``) says how the command line
spells it; fields without one (``batch_files``) are set only through the flow.
"""
from __future__ import annotations

import argparse
import datetime as dt
import typing
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

DEFAULT_INPUTS = ["seeds/articles"]
DEFAULT_WAREHOUSE = "warehouse"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_USER_AGENT = "Dateline/0.1 (+news ETL; respects robots.txt)"
#: articles per enrichment task: big enough to dwarf a task's overhead, small enough to share
#: a batch among the workers
CHUNK_ARTICLES = 400
#: input files read per batch (at most; ~16 MB of text)
BATCH_FILES = 500


def _cli(flag: str, short: str | None = None, metavar: str | None = None) -> dict:
    return {"flag": flag, "short": short, "metavar": metavar}


class RunOptions(BaseModel):
    """What one run reads, where it writes, and how."""

    model_config = ConfigDict(extra="forbid")

    inputs: list[str] = Field(default_factory=lambda: list(DEFAULT_INPUTS),
                              description="input files, directories or feed URLs (repeatable; default seeds/articles)",
                              json_schema_extra=_cli("--input", "-i", "PATH"))
    warehouse_dir: str = Field(DEFAULT_WAREHOUSE, description="warehouse directory",
                               json_schema_extra=_cli("--warehouse", "-w", "DIR"))
    field_map: dict[str, str] = Field(default_factory=dict,
                                      description="take FIELD (id, url, source, title, published, text or author: "
                                                  "flows/ingest/fields.py) from COLUMN of JSON/CSV inputs",
                                      json_schema_extra=_cli("--map", None, "FIELD=COLUMN"))
    max_bytes: int = Field(DEFAULT_MAX_BYTES, gt=0, description="reject input files larger than this (bytes)",
                           json_schema_extra=_cli("--max-bytes", None, "N"))
    full_refresh: bool = Field(False, description="read every input again, not only new and changed ones",
                               json_schema_extra=_cli("--full-refresh"))
    since: dt.date | None = Field(None, description="backfill: read every input, load only articles published on "
                                                    "or after this day", json_schema_extra=_cli("--since", None, "YYYY-MM-DD"))
    until: dt.date | None = Field(None, description="backfill: ... and on or before this day",
                                  json_schema_extra=_cli("--until", None, "YYYY-MM-DD"))
    user_agent: str = Field(DEFAULT_USER_AGENT, description="User-Agent for feed and page requests",
                            json_schema_extra=_cli("--user-agent", None, "UA"))
    allow_private: bool = Field(False, description="let feeds fetch from private and loopback addresses "
                                                   "(refused by default)", json_schema_extra=_cli("--allow-private"))
    chunk_articles: int = Field(CHUNK_ARTICLES, gt=0, description="articles per enrichment task",
                                json_schema_extra=_cli("--chunk-articles", None, "N"))
    lake: str | None = Field(None, description="keep the Parquet lake on object storage, e.g. s3://bucket/prefix "
                                               "(?endpoint_override=host:port&scheme=http for an S3-compatible "
                                               "store); default <warehouse>/lake",
                             json_schema_extra=_cli("--lake", None, "URI"))
    lock_timeout: float = Field(0.0, ge=0, description="wait this long for another run on the same warehouse "
                                                       "to finish (seconds)",
                                json_schema_extra=_cli("--lock-timeout", None, "SECONDS"))
    batch_files: int = Field(BATCH_FILES, gt=0, description="input files read per batch (at most; ~16 MB of text)")

    @field_validator("field_map")
    @classmethod
    def _known_fields(cls, value: dict[str, str]) -> dict[str, str]:
        unknown = sorted(set(value) - set(_canonical()))
        if unknown:
            raise ValueError(f"unknown field {unknown[0]!r} (one of {', '.join(_canonical())})")
        return value

    def ingest(self):
        """The ingest stage's options (flows.ingest.IngestOptions)."""
        from flows.ingest import IngestOptions

        return IngestOptions(max_bytes=self.max_bytes, field_map=dict(self.field_map), user_agent=self.user_agent,
                             allow_private=self.allow_private, since=self.since, until=self.until)


def _flagged() -> list[tuple[str, Any]]:
    return [(name, f) for name, f in RunOptions.model_fields.items() if (f.json_schema_extra or {}).get("flag")]


def _canonical() -> tuple[str, ...]:
    """The article fields an input column can be mapped to (flows/ingest/fields.py)."""
    from flows.ingest.fields import CANONICAL

    return tuple(CANONICAL)


def _pair(value: str) -> tuple[str, str]:
    field, sep, column = value.partition("=")
    if not sep or field not in _canonical() or not column:
        raise argparse.ArgumentTypeError(f"--map wants FIELD=COLUMN with FIELD one of {', '.join(_canonical())}; "
                                         f"got {value!r}")
    return field, column


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def add_arguments(parser: argparse.ArgumentParser, **defaults) -> None:
    """The run options as flags of ``parser``; ``defaults`` overrides a field's default there
    (``dateline serve`` waits for the lock by default)."""
    for name, f in _flagged():
        meta = f.json_schema_extra
        names = [meta["flag"]] + ([meta["short"]] if meta.get("short") else [])
        default = defaults.get(name, f.get_default(call_default_factory=True))
        shown = default not in (None, [], {}, False) and "default" not in f.description
        help_ = f.description + (f" (default {default})" if shown else "")
        kw: dict[str, Any] = {"dest": name, "help": help_, "metavar": meta["metavar"]}
        kind = next((a for a in typing.get_args(f.annotation) if a is not type(None)), f.annotation)  # X | None
        origin = typing.get_origin(f.annotation)
        if f.annotation is bool:
            kw.update(action="store_true", default=default)
            del kw["metavar"]
        elif origin in (list, dict):  # repeatable: --input A --input B, --map F=C --map G=D
            kw.update(action="append", type=_pair if origin is dict else str, default=None)
        else:
            kw.update(type={int: int, float: float, dt.date: _day}.get(kind, str), default=default)
        parser.add_argument(*names, **kw)


def from_args(args: argparse.Namespace) -> RunOptions:
    """The RunOptions the parsed flags give (a repeatable flag not given keeps the field's default)."""
    values = {}
    for name, f in _flagged():
        value = getattr(args, name)
        if value is not None:  # (--map F=C pairs make the field's dict)
            values[name] = dict(value) if typing.get_origin(f.annotation) is dict else value
    return RunOptions(**values)
