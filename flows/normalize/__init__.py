"""Normalisation: a RawArticle becomes one row of the ``articles`` lake table.

Text (NFC, whitespace, boilerplate), author, title, publication date, source and a stable
``article_id`` - a hash of the normalised title, text and publisher, so the same article
arriving twice, under any file name, gets the same id.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass

from flows.normalize import dates, sources, text
from flows.records import RawArticle, Reject


@dataclass(frozen=True)
class RunContext:
    run_id: str
    started_at: dt.datetime  # UTC; also every article's ingested_at

    @property
    def latest_plausible_date(self) -> dt.date:
        """No article can be published after it was fetched (one day's slack for time zones)."""
        return self.started_at.date() + dt.timedelta(days=1)


def article_id(source_id: str | None, title: str | None, body: str) -> str:
    key = "\x1f".join([source_id or "", title or "", body])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def _one_line(value: str | None) -> str | None:
    if not value:
        return None
    value = re.sub(r"\s+", " ", unicodedata.normalize("NFC", value)).strip()
    return value or None


def normalise(raw: RawArticle, registry: sources.SourceRegistry, run: RunContext) -> dict | Reject:
    """One article row, or a Reject when nothing of the article is left to load."""
    if not raw.text.strip():
        return Reject(raw.input_path, raw.record_no, "normalise", "empty text", raw.text.encode())
    raw_body, body_repaired = text.repair_mojibake(raw.text)
    raw_title, title_repaired = text.repair_mojibake(raw.title)
    cleaned = text.clean(raw_body)
    author, byline_lines = sources.find_author(cleaned.lines, raw.author)
    lines = [ln for i, ln in enumerate(cleaned.lines) if i not in byline_lines]
    title = _one_line(raw_title)
    if raw.first_line_title and not title:
        title, lines = text.split_title(lines)
    elif title and lines and lines[0] == title:
        lines = lines[1:]
    body = text.join(text.squeeze(lines))
    if not body:
        return Reject(raw.input_path, raw.record_no, "normalise",
                      f"only boilerplate ({cleaned.removed} lines removed)", raw.text.encode())
    published = dates.extract_published(raw.published, raw_body, run.latest_plausible_date)
    dateline = dates.find_dateline(raw_body)
    info = registry.detect(
        url=raw.url, source_field=raw.source, dateline_credit=dateline.credit if dateline else None,
        raw_text=raw_body, author=author,
    )
    return {
        "article_id": article_id(info.source_id, title, body),
        "external_id": raw.external_id,
        "input_path": raw.input_path,
        "record_no": raw.record_no,
        "url": raw.url,
        "source_id": info.source_id,
        "source_name": _one_line(raw.source),
        "cited_sources": info.cited_sources,
        "author": info.author,
        "title": title,
        "text": body,
        "raw_text": raw.text,
        "text_encoding": raw.text_encoding,
        "text_repaired": body_repaired or title_repaired,
        "boilerplate_lines": cleaned.removed + len(byline_lines),
        "published_date": published.date,
        "published_precision": published.precision,
        "published_from": published.source,
        "published_raw": published.raw,
        "extra": json.dumps(raw.extra, ensure_ascii=False, sort_keys=True, default=str) if raw.extra else None,
        "run_id": run.run_id,
        "ingested_at": run.started_at,
    }
