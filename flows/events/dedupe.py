"""Deduplication across articles: reports of the same event become one row of ``events``.

Two reports are of the same event when they have the same PLOVER category, the same actor
pair (unordered for CONSULT: a meeting of X with Y is a meeting of Y with X; for an actor
with no recipient, the same CAMEO code too, as the pair says less of what was done) and dates
compatible given their precision: each date stands for an interval (a day, a week, a
month, a year; a date taken from the publication date stands for the week up to it), and
reports are grouped around the most precise one whose interval they overlap. A report
without any date (from an undated article) joins the event of its kind only when both its sides
are named people, there is exactly one such event and it has a report of the same CAMEO code
(seed 003's mention of Patrushev's meeting with Diaz-Canel; not "Russia seeks closer ties"), else
stands alone.

A country stands for its own people and bodies: a report that names a country (or two) where
other reports of the same act name one person or organisation of it ("talks with his Cuban
counterpart" and "talks with Bruno Rodriguez Parrilla"; "the Russian side reported a visit"
and "Patrushev visited") joins their event when it is the only one it fits (same category
and CAMEO code, same other party, compatible dates; a dated report only).

The event takes its date and type from its most precise report (of those, one of a specific
act: a visit before a meeting in general), its parties from the most precise report that names
them as its key does. Its id is a
hash of the category, the actor pair and its first report (first loaded, then earliest
published, then article and position), so reruns and incremental loads that add reports
keep it.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path

from flows import SEEDS_DIR
from flows.events.timex import interval
from flows.lake import SCHEMAS

PRECISION_ORDER = {"day": 0, "week": 1, "publication": 2, "month": 3, "year": 4, "unknown": 5}


def load_event_types(seeds_dir: Path = SEEDS_DIR) -> dict[str, dict]:
    with open(Path(seeds_dir) / "event_types.csv", newline="", encoding="utf-8") as f:
        return {r["cameo_code"]: r for r in csv.DictReader(f)}


def _group_key(report: dict, category: str) -> tuple:
    a, r = report["actor_id"], report["recipient_id"]
    if r is None:  # an actor alone: only the same act ("denied", not "denied" and "rejected") is the same event
        return category, (a, None, report["cameo_code"])
    pair = tuple(sorted([a, r])) if category == "CONSULT" else (a, r)
    return category, pair


def _overlaps(x, y) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]


def _fits(report: dict, group: list[dict]) -> bool:
    """The group holds a report of the same act at a compatible date: one with a dated report the
    report's date overlaps, or with undated ones only. An undated report naming a country fits
    none: too vague to tell whose act it was (Cuba's undated endorsement of Russia is not
    Diaz-Canel's thanks to Patrushev)."""
    same = [r for r in group if r["cameo_code"] == report["cameo_code"]]
    span = interval(report["report_date"], report["date_precision"])
    if not same or span is None:
        return False
    dated = [x for x in (interval(r["report_date"], r["date_precision"]) for r in same) if x is not None]
    return any(_overlaps(span, x) for x in dated) if dated else True


def _narrowed(groups: dict[tuple, list[dict]], types: Mapping[str, str], countries: Mapping[str, str]) -> None:
    """Move each report that names a country on one side or both into the one group of the same
    act that names a person or body of that country in its place (see the module's docstring).
    Only groups naming no country are targets, so the order of the groups does not matter."""
    is_country = lambda x: types.get(x) == "country"  # noqa: E731
    by_member: dict[tuple, list[tuple]] = defaultdict(list)  # (category, side, country, other party) -> keys
    for key in groups:
        category, pair = key
        if len(pair) != 2 or any(x is None or is_country(x) for x in pair):
            continue
        home = [countries.get(x) for x in pair]
        for i in (0, 1):
            if home[i]:
                by_member[(category, None if category == "CONSULT" else i, home[i], pair[1 - i])].append(key)
        if all(home):  # "Both sides exchanged views" (Russia, Cuba): Lavrov's talks with Rodriguez Parrilla
            both = tuple(sorted(home)) if category == "CONSULT" else tuple(home)
            by_member[(category, "both", *both)].append(key)
    for key in sorted((k for k in groups if len(k[1]) == 2 and None not in k[1] and any(map(is_country, k[1]))),
                      key=repr):
        category, _ = key
        stay = []
        for r in groups[key]:
            sides = (r["actor_id"], r["recipient_id"])
            if all(map(is_country, sides)):
                home = [countries.get(x, x) for x in sides]
                look = (category, "both", *(sorted(home) if category == "CONSULT" else home))
            else:
                i = 0 if is_country(sides[0]) else 1
                look = (category, None if category == "CONSULT" else i, countries.get(sides[i], sides[i]), sides[1 - i])
            fits = [k for k in by_member.get(look, ()) if _fits(r, groups[k])]
            if len(fits) == 1:
                groups[fits[0]].append(r)
            else:
                stay.append(r)
        if stay:
            groups[key] = stay
        else:
            del groups[key]


def derive(reports: list[dict], articles: dict[str, dict], event_types: dict[str, dict],
           types: Mapping[str, str] | None = None, countries: Mapping[str, str] | None = None
           ) -> tuple[list[dict], list[dict]]:
    """(events rows, event_mentions rows) from event report rows.

    ``articles`` maps article_id to its published_date, source_id and ingested_at; ``types``
    and ``countries`` map actor ids to their type and country code (without them, a country
    does not stand for its people).
    """
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in reports:
        groups[_group_key(r, event_types[r["cameo_code"]]["plover_category"])].append(r)
    if types and countries:
        _narrowed(groups, types, countries)
    events, mentions = [], []
    for key, group in sorted(groups.items(), key=lambda kv: repr(kv[0])):
        # the most precise report first; among equally precise ones, the most specific act (a visit, 042,
        # before a meeting in general, 040: CAMEO's codes ending in 0 are their family's unspecified act)
        group.sort(key=lambda r: (PRECISION_ORDER[r["date_precision"]], r["cameo_code"].endswith("0"),
                                  r["report_date"] or _MAX, r["article_id"], r["sentence_no"], r["trigger_start"]))
        clusters: list[dict] = []
        undated = []
        for r in group:
            span = interval(r["report_date"], r["date_precision"])
            if span is None:
                undated.append(r)
                continue
            home = next((c for c in clusters if _overlaps(c["span"], span)), None)
            if home is None:
                clusters.append({"span": span, "reports": [r]})
            else:
                home["reports"].append(r)
        alone = []
        for r in undated:  # an undated report of two named people joins the only event of theirs with its very act
            people = types is not None and types.get(r["actor_id"]) == "person" and types.get(r["recipient_id"]) == "person"
            if people and len(clusters) == 1 and any(x["cameo_code"] == r["cameo_code"] for x in clusters[0]["reports"]):
                clusters[0]["reports"].append(r)
            else:
                alone.append(r)
        if alone:
            clusters.append({"span": None, "reports": alone})
        for c in clusters:
            event, rows = _event(key, c["reports"], articles, event_types)
            events.append(event)
            mentions.extend(rows)
    return events, mentions


_MAX = dt.date.max
_MAX_TS = dt.datetime.max.replace(tzinfo=dt.timezone.utc)


def _event(key, reports, articles, event_types):
    anchor = reports[0]  # the most precise report
    category, pair = key
    named = set(pair) if category == "CONSULT" else None
    # the parties as the key names them: not the country a narrowed report names instead
    keyed = [r for r in reports if (r["actor_id"], r["recipient_id"]) == pair[:2]
             or (named is not None and {r["actor_id"], r["recipient_id"]} == named)] or reports
    pub = lambda r: articles.get(r["article_id"], {}).get("published_date")  # noqa: E731
    loaded = lambda r: articles.get(r["article_id"], {}).get("ingested_at") or _MAX_TS  # noqa: E731
    # the first report loaded (then the earliest published) names the event: later loads keep its id
    first = min(reports, key=lambda r: (loaded(r), pub(r) or _MAX, r["article_id"], r["sentence_no"], r["trigger_start"]))
    ident = f"{category}\x1f{pair}\x1f{first['article_id']}\x1f{first['sentence_no']}\x1f{first['trigger_start']}"
    event_id = hashlib.sha256(ident.encode()).hexdigest()[:20]
    codes = Counter(r["cameo_code"] for r in reports)
    # the act: a specific one when a report names it (a visit, 042, is a meeting, 040, of a kind), then the
    # most reported, then the most precise report's
    cameo = max(codes, key=lambda c: (not c.endswith("0"), codes[c], c == anchor["cameo_code"], c))
    # who did it to whom: the most precise report of that act that names the parties as the key does
    parties = next((r for r in keyed if r["cameo_code"] == cameo), keyed[0])
    t = event_types[cameo]
    dates = [d for d in (pub(r) for r in reports) if d]
    event_date = anchor["report_date"]
    if event_date and dates and event_date > max(dates) and not anchor["is_future"]:
        event_date = max(dates)  # never after the newest report of it
    sources = {articles.get(r["article_id"], {}).get("source_id") for r in reports} - {None}
    event = {
        "event_id": event_id, "event_date": event_date, "date_precision": anchor["date_precision"],
        "date_from": anchor["date_from"], "category": t["plover_category"], "mode": t["plover_mode"] or None,
        "context": t["plover_context"] or None, "cameo_code": cameo, "cameo_name": t["cameo_name"] or None,
        "goldstein": float(t["goldstein"]) if t["goldstein"] else None, "quad_class": int(t["quad_class"]),
        "actor_id": parties["actor_id"], "recipient_id": parties["recipient_id"], "is_future": anchor["is_future"],
        "num_mentions": len(reports), "num_articles": len({r["article_id"] for r in reports}),
        "num_sources": len(sources), "first_reported": min(dates) if dates else None,
    }
    rows = [{"event_id": event_id, **{c: r[c] for c in SCHEMAS["event_reports"].names}} for r in reports]
    return event, rows
