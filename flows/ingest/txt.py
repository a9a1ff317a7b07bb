"""Plain-text articles: one article per file.

The first non-empty line is the title unless it is a header line (``date 2024-02-27``);
the title is split off after boilerplate removal (see flows.normalize.text).
"""
from __future__ import annotations

from flows.ingest.decode import decode_or_reject
from flows.ingest.fields import file_stem
from flows.normalize.dates import is_header_line
from flows.records import RawArticle, Reject


def read(path: str, data: bytes, options):
    decoded = decode_or_reject(path, data, 1)
    if isinstance(decoded, Reject):
        yield decoded
        return
    text, encoding = decoded
    first = next((line for line in text.splitlines() if line.strip()), "")
    yield RawArticle(
        input_path=path,
        record_no=1,
        external_id=file_stem(path),
        text=text,
        text_encoding=encoding,
        first_line_title=not is_header_line(first),
    )
