"""Which countries an article is *about*, not merely names.

A wire story on a Canadian bond names "the U.S. dollar", "Paris-based Alsthom" and "British
Petroleum Co PLC"; its subject is Canada. Every country mention stays in ``mentions``; this
module sums them per article into ``article_countries`` and marks the countries the article
is about (``is_focus``) from where and how they are named:

* in the dateline ("HAVANA, Feb 20 -", "BIRMINGHAM, Ala.") or the title: focus;
* otherwise a country is focus when it is named early - in the first two sentences - or
  at least twice, counting only *strong* mentions. A mention is weak when the country only
  qualifies something else: part of an organisation's name ("Industrial Bank of Japan
  Ltd", "Banque Nationale de Paris"), "Paris-based", a currency ("50 Canadian dlrs",
  "Swiss francs") or a geographic feature ("Gulf of Mexico", "Indian Ocean").

The rule was chosen on the Reuters-21578 training split against its gold PLACES
(``python -m flows.evaluate``); precision and recall of focus countries are reported there.
"""
from __future__ import annotations

import re

from flows.actors.dictionary import ActorIndex
from flows.actors.matcher import ORG_SUFFIXES, ArticleMatcher
from flows.actors.names import name_key, tokenize
from flows.normalize.dates import DATELINE_RE

#: words that end an organisation's name, beyond the matcher's ORG_SUFFIXES
ORG_WORDS = ORG_SUFFIXES | frozenset(name_key(
    """fund club embassy holdings trust bancorp sa ag nv bv ab spa gmbh pty lines petroleum airways international
    industries securities capital banque banco bancorp motors steel oil"""))
CURRENCY_AFTER = re.compile(
    r"\s+(?:dlrs?|dollars?|francs?|yen|marks?|crowns?|kron[aeor]r?|markka|pounds?|stg|lire|lira|pesos?|guilders?"
    r"|rupees?|rand|ringgit|escudos?|drachmas?|schillings?|cts|cents?|currency)\b", re.I)
GEO_BEFORE = re.compile(r"\b(?:Gulf|Sea|Bay|Straits?|Isle|Port|Cape) of\s+$|\b(?:New|South|North|East|West)\s+$")
GEO_AFTER = re.compile(r"\s+(?:Ocean|Sea|Gulf|Peninsula)\b")
EARLY_SENTENCES = 2
MIN_STRONG = 2


#: the text next to a mention up to white space, past spaces, "&" and apostrophes (which join
#: the tokens of one name)
CHUNK_AFTER = re.compile(r"[ &'’]*(\S+)")
CHUNK_BEFORE = re.compile(r"(\S+?)[ &'’]*$")
CONNECTOR = re.compile(r"(?:of|and|de|du|des|di)\b", re.I)


def _may_join(text: str, start: int, end: int) -> bool:
    """Whether _in_org_name's walk can leave the mention at all - a capitalised word or a
    connector right next to it - a cheap test before tokenizing the window (never False where
    the walk could go on)."""
    after = CHUNK_AFTER.match(text, end)
    if after and (after.group(1)[0].isupper() or CONNECTOR.match(after.group(1))):
        return True
    before = CHUNK_BEFORE.search(text, max(0, start - 40), start)
    return bool(before) and (before.group(1)[0].isupper() or bool(CONNECTOR.match(before.group(1))))


def _in_org_name(text: str, start: int, end: int) -> bool:
    """The capitalised run around [start, end) names an organisation ("<British Caledonian
    Group PLC>", "The Japan Fund Inc", "Industrial Bank of Japan Ltd")."""
    if not _may_join(text, start, end):
        return False  # nothing joins the mention to a longer name: no need to tokenize around it
    lo, hi = max(0, text.rfind("\n\n", 0, start) + 1, start - 80), min(len(text), end + 80)
    tokens = tokenize(text[lo:hi], lo)
    inside = [i for i, t in enumerate(tokens) if start <= t.start and t.end <= end]
    if not inside:
        return False
    i, j = inside[0], inside[-1]

    def joined(a, b):  # only spaces, '&' or an apostrophe between two tokens of one name
        return not text[a.end:b.start].strip(" &'’")

    while j + 1 < len(tokens) and joined(tokens[j], tokens[j + 1]) and (
            tokens[j + 1].is_cap or tokens[j + 1].key in ("of", "and", "de", "du", "des", "di")):
        j += 1
        if tokens[j].key in ORG_WORDS:
            return True
    while i > 0 and joined(tokens[i - 1], tokens[i]) and (
            tokens[i - 1].is_cap or (tokens[i - 1].key in ("of", "de", "du", "di") and i > 1 and tokens[i - 2].is_cap)):
        i -= 1
        if tokens[i].key in ORG_WORDS:
            return True
    return False


def weak_reason(text: str, start: int, end: int) -> str | None:
    """Why a country mention only qualifies something else, or None for a strong one."""
    after = text[end:end + 24]
    if after.startswith("-based"):
        return "based"
    if CURRENCY_AFTER.match(after):
        return "currency"
    if GEO_AFTER.match(after) or GEO_BEFORE.search(text[max(0, start - 12):start]):
        return "geography"
    if _in_org_name(text, start, end):
        return "organisation"
    return None


def article_countries(articles: list[dict], mentions: list[dict], index: ActorIndex) -> list[dict]:
    """One row per (article, country named in it) for a batch, with ``is_focus``."""
    matcher = ArticleMatcher(index)
    by_article: dict[str, dict[tuple, dict]] = {}
    for m in mentions:  # keyed by span: an article read twice in a batch (a duplicate) counts once
        actor = index.actors.get(m["actor_id"])
        if actor is not None and actor.actor_type == "country":
            by_article.setdefault(m["article_id"], {})[m["start_char"], m["end_char"]] = m
    rows = []
    for a in articles:
        found = by_article.pop(a["article_id"], None)
        if not found:
            continue
        found = sorted(found.values(), key=lambda m: m["start_char"])
        in_title = {m.actor_id for m in matcher.match(a["title"], a["published_date"])[0]} if a.get("title") else set()
        text = a["text"]
        dateline = DATELINE_RE.match(text[:300])
        dateline_end = dateline.end("place") if dateline else 0
        per: dict[str, dict] = {}
        for m in found:
            row = per.setdefault(m["actor_id"], {
                "article_id": a["article_id"], "country_code": m["actor_id"], "mentions": 0, "strong_mentions": 0,
                "first_sentence_no": m["sentence_no"], "first_strong_sentence_no": None,
                "in_title": m["actor_id"] in in_title, "in_dateline": False})
            row["mentions"] += 1
            row["first_sentence_no"] = min(row["first_sentence_no"], m["sentence_no"])
            in_dateline = m["start_char"] < dateline_end or m["resolved_by"] == "dateline"
            row["in_dateline"] = row["in_dateline"] or in_dateline
            if in_dateline or weak_reason(text, m["start_char"], m["end_char"]) is None:
                row["strong_mentions"] += 1
                if row["first_strong_sentence_no"] is None or m["sentence_no"] < row["first_strong_sentence_no"]:
                    row["first_strong_sentence_no"] = m["sentence_no"]
        for row in per.values():
            early = row["first_strong_sentence_no"] is not None and row["first_strong_sentence_no"] <= EARLY_SENTENCES
            row["is_focus"] = row["in_dateline"] or row["in_title"] or early or row["strong_mentions"] >= MIN_STRONG
            rows.append(row)
    return rows
