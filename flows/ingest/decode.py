"""Bytes in: size cap, transparent gzip, encoding detection.

Text is decoded, in this order, with the encoding a byte-order mark gives (UTF-8/16/32), the
charset the source declares (the HTTP ``Content-Type`` header, an HTML page's ``<meta>``), UTF-8
when the bytes are valid UTF-8, and otherwise the encoding charset-normalizer detects (cp1251 or
KOI8-R for a Russian page, Shift-JIS, cp1250...; cp1252 where it cannot tell the Western code
pages apart, as browsers do). The encoding used is recorded on every article, so a guess is
visible. Binary content is refused rather than decoded into garbage.
"""
from __future__ import annotations

import codecs
import gzip
import re
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


#: ``<meta charset="koi8-r">`` or ``<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">``
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)
#: labels that mean windows-1252 on the web (the WHATWG Encoding Standard)
_WESTERN = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}
#: among encodings that give the same text, the one to record
_PREFERRED = ("cp1252", "shift_jis")


def charset_of(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header, or None."""
    m = _CHARSET_PARAM.search(content_type or "")
    return m.group(1) if m else None


def _codec(label: str | None) -> str | None:
    """Python's name for an encoding label ("windows-1251" -> "cp1251"), None for an unknown one."""
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _WESTERN.get(name, name)


def _detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    same = [_codec(e) for e in best.could_be_from_charset]
    return next((e for e in _PREFERRED if e in same), None) or _codec(best.encoding)


def decode(data: bytes, declared: str | None = None, html: bool = False) -> tuple[str, str] | None:
    """(text, encoding) for text bytes, None for binary content. ``declared`` is the charset the
    source gave (an HTTP header's); ``html`` looks for a ``<meta>`` charset too."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc.replace("-sig", "")
            except UnicodeDecodeError:
                return None
    if is_binary(data):
        return None
    meta = _META_CHARSET.search(data[:4096]) if html else None
    for label in (declared, meta.group(1).decode("ascii") if meta else None):
        enc = _codec(label)
        if enc and "utf-16" not in enc and "utf-32" not in enc:  # (those would have a BOM or NULs)
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                pass  # a wrong declaration: detect instead
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    enc = _detected(data)
    if enc:
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def decode_or_reject(path: str, data: bytes, record_no: int | None = None, html: bool = False):
    """decode(), with binary and empty inputs turned into Rejects."""
    if not data.strip():
        return Reject(path, record_no, "decode", "empty input", data)
    decoded = decode(data, html=html)
    if decoded is None:
        return Reject(path, record_no, "decode", "binary content, not text", data)
    return decoded
