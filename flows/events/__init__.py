"""Events: typed, dated interactions between actors, detected per sentence (detect.py),
dated from the text (timex.py) and deduplicated across articles (dedupe.py)."""
from __future__ import annotations

from flows.actors.dictionary import ActorIndex, default_index
from flows.events.detect import detect


def actor_types(index: ActorIndex, discovered: list[dict]) -> dict[str, str]:
    types = {a: x.actor_type for a, x in index.actors.items()}
    types.update({d["actor_id"]: d["actor_type"] for d in discovered})
    return types


def actor_countries(index: ActorIndex, discovered: list[dict]) -> dict[str, str]:
    """actor id -> country code, dictionary and discovered actors (those with a country)."""
    out = {a: x.country_code for a, x in index.actors.items() if x.country_code}
    out.update({d["actor_id"]: d["country_code"] for d in discovered if d.get("country_code")})
    return out


def extract_reports(articles: list[dict], mentions: list[dict], discovered: list[dict],
                    index: ActorIndex | None = None) -> list[dict]:
    """Event report rows (lake table event_reports) for a batch of articles."""
    index = index or default_index()
    types = actor_types(index, discovered)
    countries = actor_countries(index, discovered)
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
