"""Time expressions in a sentence, resolved against the article's publication date.

"Monday" in an article published Wednesday 2024-02-28 is 2024-02-26; "On Monday" under a
dateline of Tuesday 2024-02-20 is 2024-02-19 (the most recent such day, the same day
counting when the verb is in the future); "last week" is the week before (precision week);
"earlier this year" the year (precision year); "in 2023", "in February", "in January last year", "at the end of May", "February 26"
and full dates are read as written; "a week earlier" or "the next day" (relative to a time the
sentence does not give) is an expression with no date. Expressions inside quotation marks are the speaker's,
not the narrator's, and are ignored. Without a publication date a relative expression
cannot be resolved: the date is NULL, never the load date.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from flows.normalize.dates import DATE_AT_START, MON, _month, parse_date

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WD = "|".join(WEEKDAYS)
PATTERNS = [
    ("explicit", re.compile(DATE_AT_START.pattern, re.I)),
    ("month_day", re.compile(rf"\b(?P<mon>{MON})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d{{4}})", re.I)),
    ("weekday", re.compile(rf"\b(?:(?P<rel>last|this|next|past|on)\s+)?(?P<wd>{_WD})\b", re.I)),
    ("deictic", re.compile(r"\b(?P<word>yesterday|today|tonight|tomorrow)\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>a|one|two|three|four|five|six|\d+)\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("period", re.compile(r"\b(?P<rel>last|this|next|past|earlier this|earlier in the|later this|later in the|"
                          r"so far this|the previous|the following)\s+(?P<unit>week|month|year)\b", re.I)),
    ("in_month", re.compile(rf"\b(?:(?:in|since|during|by|until)\s+(?:early\s+|mid-?|late\s+)?|(?:at|by|from|since|until)\s+"
                            rf"the\s+(?:beginning|start|end|middle)\s+of\s+|(?:early|late|mid-?)\s*)(?P<mon>{MON})"
                            r"(?:\s+(?P<year>\d{4})|,?\s+(?P<rel>last|this|next)\s+year)?\b", re.I)),
    # relative to a time the sentence does not give ("a week earlier", "the next day"): not resolvable
    ("relative", re.compile(r"\b(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:day|week|month|year)s?\s+"
                            r"(?:earlier|later|before|after)|the\s+(?:next|following|previous|same)\s+day|"
                            r"the\s+day\s+(?:before|after)|earlier\s+that\s+(?:day|week|month|year)|at\s+the\s+time)\b",
                            re.I)),
    ("in_year", re.compile(r"\b(?:in|since|during|by|of)\s+(?P<year>(?:19|20)\d{2})\b", re.I)),
]
NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


@dataclass(frozen=True)
class TimeRef:
    expression: str | None
    date: dt.date | None
    precision: str  # day / week / month / year / unknown
    start: int = -1  # offset in the sentence


def _unquoted(sentence: str) -> str:
    """The sentence with quoted passages blanked out (offsets preserved)."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), sentence)


#: a word every time expression contains; most sentences have none and stop here
_ANY_TIME = re.compile(rf"\b(?:{_WD}|yesterday|today|tonight|tomorrow|ago|day|time|week|month|year|{MON}|(?:19|20)\d\d)\b"
                       r"|\d{4}-\d", re.I)


#: what a day-precise expression needs (a weekday, yesterday..., a day number near a month, "days ago")
DAY_HINT = re.compile(rf"\b(?:{_WD}|yesterday|today|tonight|tomorrow|days?\s+ago)\b|\b{MON}\s+\d|\b\d{{1,2}}\s+{MON}"
                      r"|\d{4}-\d\d-\d|\d/\d", re.I)


@functools.lru_cache(maxsize=8192)
def find(sentence: str, published: dt.date | None, future: bool = False) -> TimeRef | None:
    """The first time expression of the sentence, resolved; None when there is none (cached: a
    sentence with several reports, or read for the narrative's anchor, is searched once)."""
    if not _ANY_TIME.search(sentence):
        return None
    text = _unquoted(sentence)
    best = None
    for kind, pattern in PATTERNS:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[1].start()):
            best = (kind, m)
    if best is None:
        return None
    kind, m = best
    expr = sentence[m.start():m.end()]
    date, precision = _resolve(kind, m, published, future)
    return TimeRef(expr, date, precision if date else "unknown", m.start())


def _resolve(kind, m, pub: dt.date | None, future: bool):
    g = m.groupdict()
    if kind == "explicit":
        parsed = parse_date(m.group(0))
        return (parsed.date, parsed.precision) if parsed else (None, "unknown")
    if kind == "in_year":
        return dt.date(int(g["year"]), 1, 1), "year"
    if kind == "relative":
        return None, "unknown"
    if kind == "in_month" and g.get("year"):
        return dt.date(int(g["year"]), _month(g["mon"]), 1), "month"
    if pub is None:
        return None, "unknown"
    if kind == "month_day":
        month, day = _month(g["mon"]), int(g["day"])
        year = pub.year if (month, day) <= (pub.month, pub.day) or future else pub.year - 1
        try:
            return dt.date(year, month, day), "day"
        except ValueError:
            return None, "unknown"
    if kind == "in_month":
        month = _month(g["mon"])
        year = pub.year if month <= pub.month or future else pub.year - 1
        if g.get("rel"):  # "in January last year"
            year = pub.year + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        return dt.date(year, month, 1), "month"
    if kind == "weekday":
        target = WEEKDAYS.index(g["wd"].lower())
        rel = (g.get("rel") or "").lower()
        if rel == "next" or (future and rel != "last"):
            delta = (target - pub.weekday()) % 7 or 7
            return pub + dt.timedelta(days=delta), "day"
        back = (pub.weekday() - target) % 7
        if rel == "last" and back == 0:
            back = 7
        return pub - dt.timedelta(days=back), "day"
    if kind == "deictic":
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[g["word"].lower()]
        return pub + dt.timedelta(days=offset), "day"
    if kind == "ago":
        n = NUMBERS.get(g["n"].lower()) or int(g["n"])
        unit = g["unit"].lower()
        if unit == "day":
            return pub - dt.timedelta(days=n), "day"
        if unit == "week":
            return _week_start(pub - dt.timedelta(weeks=n)), "week"
        if unit == "month":
            return _add_months(pub.replace(day=1), -n), "month"
        return dt.date(pub.year - n, 1, 1), "year"
    if kind == "period":
        rel, unit = g["rel"].lower(), g["unit"].lower()
        step = -1 if rel in ("last", "past", "the previous") else 1 if rel in ("next", "the following") else 0
        if unit == "week":
            return _week_start(pub) + dt.timedelta(weeks=step), "week"
        if unit == "month":
            return _add_months(pub.replace(day=1), step), "month"
        return dt.date(pub.year + step, 1, 1), "year"
    return None, "unknown"


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _add_months(first: dt.date, n: int) -> dt.date:
    month = first.month - 1 + n
    return dt.date(first.year + month // 12, month % 12 + 1, 1)


def interval(date: dt.date | None, precision: str, published: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
    """The days a dated report may refer to: a day, a week, a month, a year, or for a date
    taken from the publication date, the week up to it. None when undated."""
    if date is None:
        return None
    if precision == "week":
        return date, date + dt.timedelta(days=6)
    if precision == "month":
        return date, date.replace(day=calendar.monthrange(date.year, date.month)[1])
    if precision == "year":
        return date, dt.date(date.year, 12, 31)
    if precision == "publication":
        return date - dt.timedelta(days=7), date
    return date, date
