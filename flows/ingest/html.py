"""HTML pages: main text and metadata (title, author, site name, canonical URL, date)
extracted with trafilatura. Scripts, styles and navigation never reach the text."""
from __future__ import annotations

import trafilatura

from flows.ingest.decode import decode_or_reject
from flows.ingest.fields import file_stem
from flows.records import RawArticle, Reject


def read(path: str, data: bytes, options):
    decoded = decode_or_reject(path, data, 1, html=True)
    if isinstance(decoded, Reject):
        yield decoded
        return
    page, encoding = decoded
    yield from from_html(path, 1, file_stem(path), page, encoding)


def from_html(path: str, record_no: int, external_id: str, page: str, encoding: str = "utf-8", url: str | None = None):
    """One RawArticle (or Reject) from an HTML page; shared with the feed adapter."""
    try:
        doc = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as e:  # trafilatura raises assorted lxml errors on broken markup
        yield Reject(path, record_no, "parse", f"HTML could not be parsed: {type(e).__name__}: {e}", page.encode()[:65536])
        return
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        yield Reject(path, record_no, "parse", "no main text found in HTML", page.encode())
        return
    title = doc.title or None
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title.strip():
        text = "\n".join(lines[1:]).strip()
    yield RawArticle(
        input_path=path,
        record_no=record_no,
        external_id=external_id,
        text=text,
        title=title,
        url=doc.url or url,
        source=doc.sitename or None,
        published=doc.date or None,
        author=doc.author or None,
        text_encoding=encoding,
        extra={k: v for k, v in {"description": doc.description, "hostname": doc.hostname}.items() if v},
    )
