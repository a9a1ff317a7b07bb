"""Bytes in: size cap, transparent gzip, encoding detection.

Text is decoded as UTF-8 (with or without BOM), UTF-16/32 when a BOM says so, and
otherwise as cp1252 then latin-1; the encoding used is recorded on every article so a
fallback is visible. Binary content is refused rather than decoded into garbage.
"""
from __future__ import annotations

import codecs
import gzip
import zlib

from flows.records import Reject

GZIP_MAGIC = b"\x1f\x8b"
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def read_bytes(path: str, max_bytes: int) -> bytes | Reject:
    """The file's (decompressed) bytes, or a Reject when it is too large or corrupt."""
    try:
        with open(path, "rb") as f:
            head = f.read(2)
            f.seek(0)
            if head == GZIP_MAGIC:
                data = _gunzip_capped(f, max_bytes)
            else:
                data = f.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as e:
        with open(path, "rb") as f:
            raw = f.read(4096)
        return Reject(path, None, "read", f"corrupt or truncated gzip: {e}", raw)
    if len(data) > max_bytes:
        return Reject(path, None, "read", f"larger than the size limit of {max_bytes} bytes", data[:4096])
    return data


def _gunzip_capped(f, max_bytes: int) -> bytes:
    """Decompress without ever holding more than max_bytes + 1 (a gzip bomb stops early)."""
    out = bytearray()
    with gzip.GzipFile(fileobj=f) as gz:
        while len(out) <= max_bytes:
            chunk = gz.read(min(1 << 20, max_bytes + 1 - len(out)))
            if not chunk:
                break
            out += chunk
    return bytes(out)


def is_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB (and no UTF-16/32 BOM)."""
    sample = data[:8192]
    if any(sample.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return bool(sample) and controls / len(sample) > 0.05


def decode(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) for text bytes, None for binary content."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", "")
            except UnicodeDecodeError:
                return None
    if is_binary(data):
        return None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def decode_or_reject(path: str, data: bytes, record_no: int | None = None):
    """decode(), with binary and empty inputs turned into Rejects."""
    if not data.strip():
        return Reject(path, record_no, "decode", "empty input", data)
    decoded = decode(data)
    if decoded is None:
        return Reject(path, record_no, "decode", "binary content, not text", data)
    return decoded
