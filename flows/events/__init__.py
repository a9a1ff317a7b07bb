"""Events: typed, dated interactions between actors, detected per sentence (detect.py),
dated from the text (timex.py) and deduplicated across articles (dedupe.py)."""
from __future__ import annotations

from collections import ChainMap
from collections.abc import Mapping

from flows.actors.dictionary import ActorIndex, default_index
from flows.events.detect import detect


def actor_facts(index: ActorIndex, discovered: list[dict]) -> tuple[Mapping[str, str], Mapping[str, str]]:
    """(actor id -> type, actor id -> country code) over the dictionary and the discovered
    actors of a chunk."""
    return with_discovered(index.types, index.countries, discovered)


def with_discovered(types: Mapping[str, str], countries: Mapping[str, str],
                    discovered: list[dict]) -> tuple[Mapping[str, str], Mapping[str, str]]:
    """The dictionary's type and country maps with the discovered actors over them; the
    dictionary's maps are shared, not copied."""
    return (ChainMap({d["actor_id"]: d["actor_type"] for d in discovered}, types),
            ChainMap({d["actor_id"]: d["country_code"] for d in discovered if d.get("country_code")}, countries))


def extract_reports(articles: list[dict], mentions: list[dict], discovered: list[dict],
                    index: ActorIndex | None = None) -> list[dict]:
    """Event report rows (lake table event_reports) for a batch of articles."""
    index = index or default_index()
    types, countries = actor_facts(index, discovered)
    by_article: dict[str, list[dict]] = {}
    for m in mentions:
        by_article.setdefault(m["article_id"], []).append(m)
    rows = []
    for a in articles:
        for r in detect(a, by_article.get(a["article_id"], []), types, index.places, countries):
            rows.append({
                "article_id": a["article_id"], "sentence_no": r.sentence_no, "sentence": r.sentence,
                "start_char": r.start_char, "end_char": r.end_char, "trigger": r.trigger,
                "trigger_start": r.trigger_start, "trigger_end": r.trigger_end, "cameo_code": r.cameo_code,
                "actor_id": r.actor_id, "recipient_id": r.recipient_id, "actor_found_by": r.actor_found_by,
                "recipient_found_by": r.recipient_found_by, "is_future": r.is_future, "report_date": r.event_date,
                "date_precision": r.date_precision, "date_from": r.date_from, "date_expression": r.date_expression,
            })
    return rows
