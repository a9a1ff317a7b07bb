"""Record types passed between stages, and the Arrow schemas of the lake tables.

Adapters yield :class:`RawArticle` and :class:`Reject`; normalisation turns a RawArticle
into a row of :data:`ARTICLES_SCHEMA`. The lake stores exactly these schemas, the
warehouse SQL in ``sql/tables`` reads them.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import pyarrow as pa


@dataclass
class RawArticle:
    """One article as an adapter read it, before any normalisation."""

    input_path: str
    record_no: int  # 1-based position in its input (1 for one-article files)
    external_id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None  # the outlet as the input names it
    published: str | None = None  # metadata date, unparsed
    author: str | None = None
    text_encoding: str = "utf-8"
    #: plain text whose first line is its title (txt files); the normaliser splits it off
    first_line_title: bool = False
    extra: dict = field(default_factory=dict)  # unmapped input fields, kept verbatim


@dataclass
class Reject:
    """Input that could not become an article, with the reason and a pointer to the bytes."""

    input_path: str
    record_no: int | None  # None when the whole input is rejected
    stage: str  # read / decode / parse / normalise / enrich
    reason: str
    raw: bytes = b""
    #: enrich only: the article that loaded without part of its enrichment, the part that failed
    #: (actors / article_countries / events) and the extraction code's version
    article_id: str | None = None
    sub_stage: str | None = None
    code_version: str | None = None

    def row(self, run_id: str) -> dict:
        digest = hashlib.sha256(self.raw).hexdigest()
        key = f"{self.input_path}\x1f{self.record_no}\x1f{self.stage}\x1f{self.reason}\x1f{digest}"
        return {
            "reject_id": hashlib.sha256(key.encode()).hexdigest()[:20],
            "input_path": self.input_path,
            "record_no": self.record_no,
            "stage": self.stage,
            "reason": self.reason,
            "raw_sha256": digest,
            "raw_size": len(self.raw),
            "raw_excerpt": self.raw[:RAW_EXCERPT_BYTES],
            "article_id": self.article_id,
            "sub_stage": self.sub_stage,
            "code_version": self.code_version,
            "run_id": run_id,
        }


RAW_EXCERPT_BYTES = 4096

ARTICLES_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("external_id", pa.string()),
        ("input_path", pa.string()),
        ("record_no", pa.int64()),
        ("url", pa.string()),
        ("source_id", pa.string()),
        ("source_name", pa.string()),
        ("cited_sources", pa.list_(pa.string())),
        ("author", pa.string()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("raw_text", pa.string()),
        ("text_encoding", pa.string()),
        ("text_repaired", pa.bool_()),
        ("boilerplate_lines", pa.int32()),
        ("published_date", pa.date32()),
        ("published_precision", pa.string()),
        ("published_from", pa.string()),
        ("published_raw", pa.string()),
        ("extra", pa.string()),  # JSON object of unmapped input fields
        ("run_id", pa.string()),
        ("ingested_at", pa.timestamp("us", tz="UTC")),
    ]
)

DUPLICATES_SCHEMA = pa.schema(
    [
        ("input_path", pa.string()),
        ("record_no", pa.int64()),
        ("external_id", pa.string()),
        ("duplicate_of", pa.string()),
        ("run_id", pa.string()),
    ]
)

REJECTS_SCHEMA = pa.schema(
    [
        ("reject_id", pa.string()),
        ("input_path", pa.string()),
        ("record_no", pa.int64()),
        ("stage", pa.string()),
        ("reason", pa.string()),
        ("raw_sha256", pa.string()),
        ("raw_size", pa.int64()),
        ("raw_excerpt", pa.binary()),
        ("article_id", pa.string()),
        ("sub_stage", pa.string()),
        ("code_version", pa.string()),
        ("run_id", pa.string()),
    ]
)

RUNS_SCHEMA = pa.schema(
    [
        ("run_id", pa.string()),
        ("started_at", pa.timestamp("us", tz="UTC")),
        ("finished_at", pa.timestamp("us", tz="UTC")),
        ("status", pa.string()),
        ("inputs", pa.list_(pa.string())),
        ("files_read", pa.int64()),
        ("records_read", pa.int64()),
        ("inputs_new", pa.int64()),
        ("inputs_changed", pa.int64()),
        ("inputs_unchanged", pa.int64()),
        ("feeds", pa.int64()),
        ("http_requests", pa.int64()),
        ("articles_added", pa.int64()),
        ("articles_unchanged", pa.int64()),
        ("duplicates", pa.int64()),
        ("rejects", pa.int64()),
        ("actors_added", pa.int64()),
        ("events_added", pa.int64()),
        ("enrich_failures", pa.int64()),
        ("backfill_since", pa.date32()),
        ("backfill_until", pa.date32()),
        ("dateparser_calls", pa.int64()),
        ("warnings", pa.list_(pa.string())),
    ]
)

MENTIONS_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("actor_id", pa.string()),
        ("surface", pa.string()),
        ("start_char", pa.int32()),
        ("end_char", pa.int32()),
        ("sentence_no", pa.int32()),
        ("resolved_by", pa.string()),
    ]
)

#: per (article, country named in it): how it is named and whether the article is about it
ARTICLE_COUNTRIES_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("country_code", pa.string()),
        ("mentions", pa.int32()),
        ("strong_mentions", pa.int32()),
        ("first_sentence_no", pa.int32()),
        ("first_strong_sentence_no", pa.int32()),
        ("in_title", pa.bool_()),
        ("in_dateline", pa.bool_()),
        ("is_focus", pa.bool_()),
    ]
)

DISCOVERED_ACTORS_SCHEMA = pa.schema(
    [
        ("actor_id", pa.string()),
        ("name", pa.string()),
        ("actor_type", pa.string()),
        ("country_code", pa.string()),
        ("sector", pa.string()),
        ("first_article_id", pa.string()),
    ]
)

_REPORT_FIELDS = [
    ("article_id", pa.string()),
    ("sentence_no", pa.int32()),
    ("sentence", pa.string()),
    ("start_char", pa.int32()),
    ("end_char", pa.int32()),
    ("trigger", pa.string()),
    ("trigger_start", pa.int32()),
    ("trigger_end", pa.int32()),
    ("trigger_lemma", pa.string()),
    ("rule_id", pa.string()),
    ("cameo_code", pa.string()),
    ("actor_id", pa.string()),
    ("recipient_id", pa.string()),
    ("actor_found_by", pa.string()),
    ("recipient_found_by", pa.string()),
    ("is_future", pa.bool_()),
    ("report_date", pa.date32()),
    ("date_precision", pa.string()),
    ("date_from", pa.string()),
    ("date_expression", pa.string()),
]
#: one row per sentence-level report of an event, per article (system of record)
EVENT_REPORTS_SCHEMA = pa.schema(_REPORT_FIELDS)
#: the same reports with the event they were grouped into (derived, rewritten each run)
EVENT_MENTIONS_SCHEMA = pa.schema([("event_id", pa.string()), *_REPORT_FIELDS])
EVENTS_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("event_date", pa.date32()),
        ("date_precision", pa.string()),
        ("date_from", pa.string()),
        ("category", pa.string()),
        ("mode", pa.string()),
        ("context", pa.string()),
        ("cameo_code", pa.string()),
        ("cameo_name", pa.string()),
        ("goldstein", pa.float64()),
        ("quad_class", pa.int32()),
        ("actor_id", pa.string()),
        ("recipient_id", pa.string()),
        ("is_future", pa.bool_()),
        ("num_mentions", pa.int32()),
        ("num_articles", pa.int32()),
        ("num_sources", pa.int32()),
        ("first_reported", pa.date32()),
    ]
)

#: one row per input file ever seen: what it was when last loaded (incremental runs)
INPUTS_SCHEMA = pa.schema(
    [
        ("input_path", pa.string()),
        ("content_sha256", pa.string()),
        ("reference_sha256", pa.string()),
        ("size_bytes", pa.int64()),
        ("first_seen", pa.timestamp("us", tz="UTC")),
        ("last_seen", pa.timestamp("us", tz="UTC")),
        ("last_loaded_run_id", pa.string()),
        ("status", pa.string()),
        ("articles", pa.int64()),
        ("rejects", pa.int64()),
    ]
)

#: validators of the last 200 response per URL (feeds and pages), for conditional GETs
HTTP_CACHE_SCHEMA = pa.schema(
    [("url", pa.string()), ("etag", pa.string()), ("last_modified", pa.string()), ("run_id", pa.string())]
)

#: lake tables derived from one article's text alone, keyed by article_id: re-extracting an
#: article (or forgetting the input it came from) replaces all of its rows in each
PER_ARTICLE_TABLES = ("mentions", "article_countries", "event_reports")

#: lake table name -> schema; the lake module and the warehouse build iterate this.
LAKE_TABLES = {
    "articles": ARTICLES_SCHEMA,
    "mentions": MENTIONS_SCHEMA,
    "article_countries": ARTICLE_COUNTRIES_SCHEMA,
    "discovered_actors": DISCOVERED_ACTORS_SCHEMA,
    "event_reports": EVENT_REPORTS_SCHEMA,
    "events": EVENTS_SCHEMA,
    "event_mentions": EVENT_MENTIONS_SCHEMA,
    "article_duplicates": DUPLICATES_SCHEMA,
    "rejects": REJECTS_SCHEMA,
    "runs": RUNS_SCHEMA,
    "inputs": INPUTS_SCHEMA,
    "http_cache": HTTP_CACHE_SCHEMA,
}
