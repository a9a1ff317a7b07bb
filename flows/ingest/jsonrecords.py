"""JSON Lines (one article object per line) and JSON files (an object, a list of objects,
or an object holding the list under ``articles``/``items``/``data``/``records``).

Each JSON Lines line is decoded on its own, so one badly encoded or malformed line is a
reject for that line only.
"""
from __future__ import annotations

import json

from flows.ingest.decode import decode, decode_or_reject
from flows.ingest.fields import resolve_columns, to_article
from flows.records import Reject

LIST_KEYS = ("articles", "items", "data", "records", "results", "entries", "documents")


def read(path: str, data: bytes, options):
    if path.lower().removesuffix(".gz").endswith(".json"):
        yield from _read_document(path, data, options)
    else:
        yield from _read_lines(path, data, options)


def _record(path, record_no, obj, raw, encoding, options):
    if not isinstance(obj, dict):
        return Reject(path, record_no, "parse", f"record is a JSON {type(obj).__name__}, not an object", raw)
    columns = resolve_columns(list(obj), options.field_map)
    if "text" not in columns:
        return Reject(path, record_no, "parse", f"no text field among {sorted(obj)[:20]}", raw)
    return to_article(obj, columns, path, record_no, encoding)


def _read_lines(path, data, options):
    seen_any = False
    for record_no, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        seen_any = True
        decoded = decode(line)
        if decoded is None:
            yield Reject(path, record_no, "decode", "binary content, not text", line)
            continue
        text, encoding = decoded
        try:
            obj = json.loads(text)
        except (ValueError, RecursionError) as e:
            yield Reject(path, record_no, "parse", f"malformed JSON: {str(e)[:200]}", line)
            continue
        yield _record(path, record_no, obj, line, encoding, options)
    if not seen_any:
        yield Reject(path, None, "decode", "empty input", data)


def _read_document(path, data, options):
    decoded = decode_or_reject(path, data)
    if isinstance(decoded, Reject):
        yield decoded
        return
    text, encoding = decoded
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as e:
        yield Reject(path, None, "parse", f"malformed JSON: {str(e)[:200]}", data)
        return
    if isinstance(doc, dict):
        for key in LIST_KEYS:
            if isinstance(doc.get(key), list):
                doc = doc[key]
                break
    records = doc if isinstance(doc, list) else [doc]
    for record_no, obj in enumerate(records, start=1):
        raw = json.dumps(obj, ensure_ascii=False, default=str).encode()[:65536] if len(records) > 1 else data
        yield _record(path, record_no, obj, raw, encoding, options)
