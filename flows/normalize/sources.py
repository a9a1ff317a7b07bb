"""Source normalisation: the outlet that published an article, the wires it cites, its author.

Three different things, kept apart:

* ``source_id`` - the outlet that published the article, from the registry in
  ``seeds/sources.csv``: by URL domain, by the input's ``source`` field, by an outlet's
  credit in the dateline (``Havana, 20 February 2024 (TDI):``), or by a brand line at the
  end ("... Updates by The Kootneeti"). A wire credited in the text is never taken for the
  publisher. Unknown stays NULL.
* ``cited_sources`` - wires and agencies the text credits: ``(TASS)``, ``/TASS/``,
  "reported by TASS", "Reuters reported".
* ``author`` - a byline ("By Jane Doe") or an author box ("Natasha Matloob / The writer
  is ..."), or the input's author field.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from flows import SEEDS_DIR

_NAME = r"[A-Z][\w.'’\-]+(?:\s+(?:[A-Z][\w.'’\-]+|de|da|del|van|von|bin|al|el|la)){1,3}"
BYLINE_RE = re.compile(rf"^By:?\s+(?P<name>{_NAME})\s*(?:[,|].*|\s+and\s+.*|\s*[-–—]\s*.*)?$")
NAME_LINE_RE = re.compile(rf"^{_NAME}$")
BIO_RE = re.compile(r"^(?:The\s+)?(?:writer|author)\b.{0,40}\b(?:is|was|has)\b", re.I)
BRAND_CONTEXT_RE = re.compile(
    r"subscribe|newsletter|updates|views|opinions|©|copyright|rights reserved|published by|\bteam\b|follow", re.I
)
BYLINE_MAX_LEN = 150
CITE_BEFORE = r"(?:reported by|according to|told|cited by|quoted by|citing|via|reports? from|interview with)\s+(?:the\s+)?"
CITE_AFTER = r"\s+(?:news agency|reported|reports|said|quoted|cited|writes|wrote)\b"


@dataclass(frozen=True)
class Source:
    source_id: str
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]
    country: str | None
    kind: str  # outlet / wire

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class SourceInfo:
    source_id: str | None
    cited_sources: list[str]
    author: str | None


def _fold(name: str) -> str:
    name = re.sub(r"\s+", " ", name.strip().casefold())
    return name[4:] if name.startswith("the ") else name


class SourceRegistry:
    """The outlet registry, with look-ups by domain, name and in-text mention."""

    def __init__(self, sources: list[Source]):
        self.sources = {s.source_id: s for s in sources}
        self._by_domain = {d.lower(): s for s in sources for d in s.domains}
        self._by_name = {}
        for s in sources:
            for n in s.names:
                self._by_name.setdefault(_fold(n), s)
        wires = sorted({n for s in sources if s.kind == "wire" for n in s.names}, key=len, reverse=True)
        alt = "|".join(re.escape(n) for n in wires) or r"(?!x)x"
        self._cited = re.compile(
            rf"\(\s*(?P<a>{alt})\s*\)|/\s*(?P<b>{alt})\s*/|{CITE_BEFORE}(?P<c>{alt})\b|\b(?P<d>{alt}){CITE_AFTER}"
        )
        names = sorted({n for s in sources for n in s.names if len(n) >= 4}, key=len, reverse=True)
        self._brand = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b") if names else None

    @classmethod
    def load(cls, path: Path | str = SEEDS_DIR / "sources.csv") -> "SourceRegistry":
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        split = lambda v: tuple(x.strip() for x in (v or "").split("|") if x.strip())  # noqa: E731
        return cls([
            Source(r["source_id"], r["name"], split(r["aliases"]), split(r["domains"]), r["country"] or None, r["kind"])
            for r in rows
        ])

    def by_url(self, url: str | None) -> Source | None:
        if not url:
            return None
        try:
            host = (urlparse(url if "//" in url else f"//{url}").hostname or "").lower()
        except ValueError:  # "[", bad IPv6 literals, bad ports: not a URL of a known outlet
            return None
        parts = host.split(".")
        for i in range(len(parts) - 1):
            found = self._by_domain.get(".".join(parts[i:]))
            if found:
                return found
        return None

    def by_name(self, name: str | None) -> Source | None:
        if not name:
            return None
        found = self._by_name.get(_fold(name))
        if found is None and "." in name and " " not in name.strip():
            found = self.by_url(name.strip())
        return found

    def cited_in(self, text: str) -> list[str]:
        ids = set()
        for m in self._cited.finditer(text):
            alias = next(g for g in m.groups() if g)
            ids.add(self._by_name[_fold(alias)].source_id)
        return sorted(ids)

    def brand_in(self, text: str, last_lines: int = 25) -> Source | None:
        """An outlet named on a brand/trailer line near the end of the text."""
        if self._brand is None:
            return None
        lines = [ln for ln in text.split("\n") if ln.strip()][-last_lines:]
        for line in lines:
            if BRAND_CONTEXT_RE.search(line):
                m = self._brand.search(line)
                if m:
                    return self._by_name[_fold(m.group(1))]
        return None

    def detect(self, *, url: str | None, source_field: str | None, dateline_credit: str | None,
               raw_text: str, author: str | None) -> SourceInfo:
        """Publisher, cited wires and author of one article."""
        cited = set(self.cited_in(raw_text))
        credit = self.by_name(dateline_credit)
        if credit is not None and credit.kind == "wire":
            cited.add(credit.source_id)
        publisher = self.by_url(url) or self.by_name(source_field)
        if publisher is None and credit is not None and credit.kind != "wire":
            publisher = credit
        if publisher is None:
            brand = self.brand_in(raw_text)
            if brand is not None and brand.kind != "wire":
                publisher = brand
        source_id = publisher.source_id if publisher else None
        cited.discard(source_id)
        if author and self.by_name(author):  # "By TASS" is a credit, not a person
            cited.add(self.by_name(author).source_id)
            author = None
        return SourceInfo(source_id, sorted(cited), author)


def find_author(lines: list[str], given: str | None = None) -> tuple[str | None, set[int]]:
    """The author and the indexes of the byline/author-box lines to drop from the text.

    Looks for "By Name" in the first lines and for a name line followed by an author bio
    ("The writer is ...") anywhere. A given author field wins, but its byline lines are
    still dropped.
    """
    drop: set[int] = set()
    found = None
    nonblank = [i for i, ln in enumerate(lines) if ln]
    for i in nonblank[:5]:
        m = BYLINE_RE.match(lines[i])
        if m:
            found = m.group("name")
            if len(lines[i]) <= BYLINE_MAX_LEN:  # a longer line is the article itself, keep it
                drop.add(i)
            break
    for pos, i in enumerate(nonblank):
        if pos and BIO_RE.match(lines[i]):
            prev = nonblank[pos - 1]
            if NAME_LINE_RE.match(lines[prev]):
                found = found or lines[prev]
                drop.update({prev, i})
    author = _clean_author(given) or found
    return author, drop


def _clean_author(value: str | None) -> str | None:
    if not value:
        return None
    value = re.sub(r"^by:?\s+", "", re.sub(r"\s+", " ", value.strip()), flags=re.I)
    return value or None
