"""CSV and TSV files: one article per row, columns mapped by name (see fields.py).

A row with the wrong number of fields is a reject for that row; a file without a text
column is rejected whole (no row of it can become an article).
"""
from __future__ import annotations

import csv
import io
import sys

from flows.ingest.decode import decode_or_reject
from flows.ingest.fields import resolve_columns, to_article
from flows.records import Reject

csv.field_size_limit(sys.maxsize)


def _dialect(path: str, sample: str):
    """Excel quoting rules; only the delimiter is sniffed (the Sniffer misreads quoting)."""
    if path.lower().removesuffix(".gz").endswith(".tsv"):
        return csv.excel_tab
    try:
        delimiter = csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    return type("Sniffed", (csv.excel,), {"delimiter": delimiter})


def read(path: str, data: bytes, options):
    decoded = decode_or_reject(path, data)
    if isinstance(decoded, Reject):
        yield decoded
        return
    text, encoding = decoded
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(path, text[:65536]))
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as e:
        yield Reject(path, None, "parse", f"no CSV header: {e}", data)
        return
    columns = resolve_columns(header, options.field_map)
    if "text" not in columns:
        yield Reject(path, None, "parse", f"no text column among {header[:20]}", data)
        return
    record_no = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            record_no += 1
            yield Reject(path, record_no, "parse", f"CSV error: {e}", b"")
            continue
        record_no += 1
        if not any(cell.strip() for cell in row):
            continue  # blank line
        raw = _row_bytes(row)
        if len(row) != len(header):
            yield Reject(path, record_no, "parse", f"wrong column count: {len(row)} fields, header has {len(header)}", raw)
            continue
        yield to_article(dict(zip(header, row)), columns, path, record_no, encoding)


def _row_bytes(row) -> bytes:
    buf = io.StringIO()
    csv.writer(buf).writerow(row)
    return buf.getvalue().encode()[:65536]
