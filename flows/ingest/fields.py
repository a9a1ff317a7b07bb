"""Field mapping for record formats (JSON Lines, JSON, CSV).

Inputs name their columns in many ways; each canonical field has a list of common names,
matched case-insensitively with spaces and hyphens read as underscores. ``--map
published=col`` overrides the guess. Fields not mapped are kept in ``extra``.
"""
from __future__ import annotations

import os
import re

from flows.records import RawArticle

ALIASES: dict[str, list[str]] = {
    "id": ["id", "article_id", "guid", "uid", "uuid", "doc_id", "docid", "_id", "item_id", "key"],
    "url": ["url", "link", "article_source_link", "source_url", "article_url", "canonical_url", "permalink", "href"],
    "source": ["source", "outlet", "publisher", "source_name", "sitename", "site_name", "site", "publication", "newspaper"],
    "title": ["title", "headline", "heading", "head"],
    "published": [
        "published", "publish_date", "published_date", "published_at", "publication_date", "date_published",
        "datepublished", "pubdate", "pub_date", "date", "datetime", "created_at", "created", "timestamp", "time",
    ],
    "text": ["text", "body", "content", "article", "article_text", "article_body", "articlebody", "full_text",
             "fulltext", "maintext", "main_text", "story"],
    "author": ["author", "authors", "byline", "creator", "writer", "dc_creator"],
}
CANONICAL = tuple(ALIASES)


def _key(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", str(name).strip().lower())


def file_stem(path: str) -> str:
    """File name without directory and extensions: ``dir/a.jsonl.gz`` -> ``a``."""
    name = os.path.basename(path)
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[0]


def resolve_columns(columns, field_map: dict | None = None) -> dict[str, str]:
    """canonical field -> input column name, for the columns an input has."""
    by_key = {}
    for c in columns:
        by_key.setdefault(_key(c), c)
    out = {}
    overrides = {k: v for k, v in (field_map or {}).items()}
    for canon, names in ALIASES.items():
        if canon in overrides:
            if overrides[canon] in columns:
                out[canon] = overrides[canon]
            continue
        for n in names:
            if n in by_key:
                out[canon] = by_key[n]
                break
    return out


def _scalar(value) -> str | None:
    """A field value as text: lists joined, objects by their name, empty as None."""
    if value is None:
        return None
    if isinstance(value, dict):
        for k in ("name", "title", "href", "url", "value", "text"):
            if k in value:
                return _scalar(value[k])
        return None
    if isinstance(value, (list, tuple)):
        parts = [p for p in (_scalar(v) for v in value) if p]
        return ", ".join(parts) or None
    s = str(value).strip()
    return s or None


def to_article(record: dict, columns: dict[str, str], path: str, record_no: int, encoding: str) -> RawArticle:
    """A RawArticle from one mapped record (text may be empty; the normaliser rejects it)."""
    get = lambda canon: _scalar(record.get(columns[canon])) if canon in columns else None  # noqa: E731
    used = set(columns.values())
    extra = {k: v for k, v in record.items() if k not in used and v not in (None, "")}
    return RawArticle(
        input_path=path,
        record_no=record_no,
        external_id=get("id") or f"{file_stem(path)}#{record_no}",
        text=get("text") or "",
        title=get("title"),
        url=get("url"),
        source=get("source"),
        published=get("published"),
        author=get("author"),
        text_encoding=encoding,
        extra=extra,
    )
