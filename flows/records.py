"""Record types passed between stages.

Adapters yield :class:`RawArticle` and :class:`Reject`; normalisation turns a RawArticle
into a row of the lake's ``articles`` table. Every table's columns are declared in
``sql/schema.toml`` (flows/schema.py); the lake checks each row against them.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field



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

#: lake tables derived from one article's text alone, keyed by article_id: re-extracting an
#: article (or forgetting the input it came from) replaces all of its rows in each
PER_ARTICLE_TABLES = ("mentions", "article_countries", "event_reports")
