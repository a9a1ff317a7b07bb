"""Actors: mentions of people, organisations and countries in article text, resolved to one
canonical identity each (see matcher.py for the rules, dictionary.py for the index), and the
countries each article is about (salience.py)."""
from __future__ import annotations

from flows.actors.dictionary import ActorIndex, default_index
from flows.actors.matcher import ArticleMatcher
from flows.actors.salience import article_countries
from flows.actors.names import name_key
from flows.normalize.sources import SourceRegistry

__all__ = ["ActorIndex", "ArticleMatcher", "article_countries", "default_index", "extract_mentions", "name_key",
           "outlet_keys"]


def outlet_keys(registry: SourceRegistry) -> frozenset[tuple]:
    """Name keys of every outlet and wire: an outlet is a source, not an actor."""
    return frozenset(name_key(n) for s in registry.sources.values() for n in s.names if name_key(n))


def extract_mentions(articles: list[dict], registry: SourceRegistry,
                     index: ActorIndex | None = None) -> tuple[list[dict], list[dict]]:
    """Mention rows and discovered-actor rows for a batch of normalised articles."""
    matcher = ArticleMatcher(index or default_index(), outlet_keys(registry))
    mentions, discovered = [], {}
    for a in articles:
        found, new = matcher.match(a["text"], a["published_date"], a.get("author"))
        for m in found:
            mentions.append({
                "article_id": a["article_id"], "actor_id": m.actor_id, "surface": m.surface,
                "start_char": m.start_char, "end_char": m.end_char, "sentence_no": m.sentence_no,
                "resolved_by": m.resolved_by,
            })
        for d in new:
            discovered.setdefault(d.actor_id, {
                "actor_id": d.actor_id, "name": d.name, "actor_type": d.actor_type,
                "country_code": d.country_code, "first_article_id": a["article_id"],
            })
    return mentions, list(discovered.values())
