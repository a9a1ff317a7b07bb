"""Publication dates: find the date span, parse it fast, fall back to dateparser, memoised.

Where a date may come from, best first at equal precision:

* ``metadata`` - a field of the input (JSON/CSV ``published``, HTML meta tags, feed dates),
  in any common form: ``2017/2/7``, `` 2-MAR-1987 07:39:01.67``, ISO 8601, RFC 822;
* ``header``   - the first line of a text is a header line: ``date 2024-02-27``;
* ``label``    - a labelled field near the top, in any of several languages:
  ``Fecha de publicación:`` with the date on the same or the next line;
* ``dateline`` - ``Havana, 20 February 2024 (TDI):``; a dateline without a year
  (``HONG KONG, April 8 -``) takes its year from the metadata.

A more precise candidate beats a less precise one (day > month > year). An article with no
date stays undated (``none``): the load time is never a publication date. dateparser is
called only for strings none of the fast patterns read (its relative-date parser is off,
so "yesterday" can never become the load date), and its answers are cached.
"""
from __future__ import annotations

import datetime as dt
import functools
import html
import re
from dataclasses import dataclass

PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
FROM_RANK = {"metadata": 4, "header": 3, "label": 2, "dateline": 1}

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_ORD = r"(?:st|nd|rd|th)?"

# Fast patterns, tried in order with re.search; each names its groups y, m (number or
# month name) and d. They cover the forms seen in the corpora; anything else goes to
# dateparser.
_FAST = [
    (re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"), "day"),
    (re.compile(r"(?<!\d)(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?!\d)"), "day"),
    (re.compile(r"(?<!\d)(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d)"), "day"),
    (re.compile(rf"(?<!\d)(?P<d>\d{{1,2}}){_ORD}[\s\-]+(?:of\s+)?(?P<m>{MON})[\s\-,]+(?P<y>\d{{4}})(?!\d)", re.I), "day"),
    (re.compile(rf"\b(?P<m>{MON})\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})(?!\d)", re.I), "day"),
    (re.compile(rf"\b(?P<m>{MON}),?\s+(?P<y>\d{{4}})(?!\d)", re.I), "month"),
    (re.compile(r"^\s*(?P<y>\d{4})-(?P<m>\d{1,2})\s*$"), "month"),
    (re.compile(r"^\s*(?P<y>\d{4})\s*$"), "year"),
]

#: a date at the start of a string, as used in header lines and datelines
DATE_AT_START = re.compile(
    rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{4}}/\d{{1,2}}/\d{{1,2}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}"
    rf"|\d{{1,2}}{_ORD}\s+{MON},?\s+\d{{4}}|{MON}\s+\d{{1,2}}{_ORD},?\s+\d{{4}})",
    re.I,
)

HEADER_RE = re.compile(
    rf"^\s*(?P<key>date|dated|published|posted|updated)\b\s*[:\-]?\s*(?P<date>{DATE_AT_START.pattern})",
    re.I,
)
LABEL_RE = re.compile(
    r"^\s*(?P<label>fecha de publicaci[oó]n|fecha|publicado(?: el| em)?|date de publication|publi[ée] le"
    r"|publication date|date published|published(?: on| at)?|posted(?: on)?|ver[öo]ffentlicht(?: am)?|datum"
    r"|data de publica[çc][ãa]o|data di pubblicazione|pubblicato(?: il)?|дата публикации|опубликовано|date)"
    r"\s*:\s*(?P<value>.*)$",
    re.I,
)
# City[, State], day Month [year] [(CREDIT) or /CREDIT/] then : or - or .
DATELINE_RE = re.compile(
    rf"^\s*(?P<place>[A-Z][^\W\d_]*(?:[ .'’\-]+[^\W\d_]+){{0,4}}(?:\s?,\s*(?:(?:[A-Z]\.){{2,3}}|[A-Z][^\W\d_.]*\.?(?:\s[A-Z][^\W\d_.]*\.?)?)){{0,2}})"
    rf",?\s+(?P<date>(?P<d1>\d{{1,2}}){_ORD}\s+(?P<m1>(?i:{MON}))(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<m2>(?i:{MON}))\s+(?P<d2>\d{{1,2}}){_ORD}(?:,?\s+(?P<y2>\d{{4}}))?)"
    rf"\s*\.?\s*(?:\((?P<credit>[^()]{{1,40}})\)|/(?P<credit2>[^/]{{1,40}})/)?\s*[:\-–—.]",
)

DATEPARSER_LANGUAGES = ["en", "es", "fr", "de", "pt", "it", "ru"]
DATEPARSER_SETTINGS = {
    # never relative dates ("yesterday", "2 days ago"): they would resolve against now
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}
MIN_YEAR = 1800


@dataclass(frozen=True)
class ParsedDate:
    date: dt.date
    precision: str  # day / month / year


@dataclass(frozen=True)
class Published:
    """The publication date of an article and where it came from."""

    date: dt.date | None
    precision: str | None
    source: str  # metadata / header / label / dateline / none
    raw: str | None = None  # the text the date was read from


NONE = Published(None, None, "none", None)


@dataclass(frozen=True)
class Dateline:
    place: str
    month: int
    day: int
    year: int | None
    credit: str | None
    raw: str


class Stats:
    """How often each path was taken (for the run summary and the benchmark)."""

    fast = 0
    dateparser_calls = 0


def _month(token: str) -> int:
    return int(token) if token.isdigit() else MONTHS[token[:3].lower()]


def _make(y: int, m: int, d: int) -> dt.date | None:
    try:
        date = dt.date(y, m, d)
    except ValueError:  # 31 February and friends
        return None
    return date if date.year >= MIN_YEAR else None


def _clean(value: str) -> str:
    value = html.unescape(value)
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]+", " ", value).strip()


def parse_date(value: str | None) -> ParsedDate | None:
    """Read one date string: fast patterns first, then dateparser (cached)."""
    if not value:
        return None
    value = _clean(value)[:200]
    if not value:
        return None
    for pattern, precision in _FAST:
        m = pattern.search(value)
        if not m:
            continue
        g = m.groupdict()
        y, mo = int(g["y"]), _month(g["m"]) if g.get("m") else 1
        date = _make(y, mo, int(g["d"]) if g.get("d") else 1)
        if date is None:
            return None
        Stats.fast += 1
        return ParsedDate(date, precision)
    return _dateparser(value)


@functools.cache
def _date_data_parser():
    from dateparser.date import DateDataParser

    return DateDataParser(languages=DATEPARSER_LANGUAGES, settings=DATEPARSER_SETTINGS)


@functools.lru_cache(maxsize=100_000)
def _dateparser(value: str) -> ParsedDate | None:
    Stats.dateparser_calls += 1
    try:
        data = _date_data_parser().get_date_data(value)
    except Exception:  # dateparser raises on some odd inputs (overflow, bad timestamps)
        return None
    if data is None or data.date_obj is None:
        return None
    precision = {"month": "month", "year": "year"}.get(data.period, "day")
    date = data.date_obj.date()
    return ParsedDate(date, precision) if date.year >= MIN_YEAR else None


def header_match(line: str):
    """The header-line match (``date 2024-02-27``) at the start of a line, or None."""
    return HEADER_RE.match(line)


def is_header_line(line: str) -> bool:
    return bool(HEADER_RE.match(line) or LABEL_RE.match(line))


def find_dateline(text: str, max_lines: int = 6) -> Dateline | None:
    """The dateline in the first lines of a text, if any."""
    for line in [ln for ln in text.split("\n") if ln.strip()][:max_lines]:
        m = DATELINE_RE.match(line)
        if not m:
            continue
        g = m.groupdict()
        month = _month(g["m1"] or g["m2"])
        day = int(g["d1"] or g["d2"])
        year = g["y1"] or g["y2"]
        if _make(int(year) if year else 2000, month, day) is None:
            continue
        credit = (g["credit"] or g["credit2"] or "").strip() or None
        return Dateline(g["place"].strip(), month, day, int(year) if year else None, credit, m.group(0).strip())
    return None


def _label_value(lines: list[str]) -> tuple[str, str] | None:
    """(value, raw) of the first publication-date label in the first lines."""
    for i, line in enumerate(lines[:15]):
        m = LABEL_RE.match(line)
        if not m:
            continue
        value = m.group("value").strip()
        if not value and i + 1 < len(lines):
            value = lines[i + 1].strip()
        if value:
            return value, f"{line.strip()} {value}" if not m.group("value").strip() else line.strip()
    return None


def text_candidates(text: str, meta: ParsedDate | None = None) -> list[tuple[ParsedDate, str, str]]:
    """Dates a text states about itself: header line, label, dateline."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    found = []
    if lines:
        m = HEADER_RE.match(lines[0])
        if m:
            parsed = parse_date(m.group("date"))
            if parsed:
                found.append((parsed, "header", m.group(0).strip()))
    label = _label_value(lines[1:] if found else lines)
    if label:
        parsed = parse_date(label[0])
        if parsed:
            found.append((parsed, "label", label[1]))
    dl = find_dateline(text)
    if dl:
        year = dl.year or (meta.date.year if meta else None)
        date = _make(year, dl.month, dl.day) if year else None
        if date:
            found.append((ParsedDate(date, "day"), "dateline", dl.raw))
    return found


def extract_published(metadata: str | None, text: str, not_after: dt.date | None = None) -> Published:
    """The publication date of an article from its metadata field and its text."""
    meta = parse_date(metadata)
    candidates = [(meta, "metadata", metadata.strip())] if meta else []
    candidates += text_candidates(text, meta)
    if not_after is not None:  # an article cannot be published after it was fetched
        candidates = [c for c in candidates if c[0].date <= not_after]
    if not candidates:
        return NONE
    best = max(candidates, key=lambda c: (PRECISION_RANK[c[0].precision], FROM_RANK[c[1]]))
    return Published(best[0].date, best[0].precision, best[1], best[2])
