"""Actors: mentions of people, organisations and countries in article text, resolved to one
canonical identity each (see matcher.py for the rules, dictionary.py for the index), and the
countries each article is about (salience.py)."""
from __future__ import annotations

from flows.actors import agents
from flows.actors.agents import default_agents
from flows.actors.dictionary import ActorIndex, default_index
from flows.actors.matcher import ArticleMatcher
from flows.actors.salience import article_countries
from flows.actors.names import name_key
from flows.normalize.sources import SourceRegistry
from flows.sentences import split

__all__ = ["ActorIndex", "ArticleMatcher", "article_countries", "default_index", "extract_mentions", "name_key",
           "outlet_keys"]


def outlet_keys(registry: SourceRegistry) -> frozenset[tuple]:
    """Name keys of every outlet and wire: an outlet is a source, not an actor."""
    return frozenset(name_key(n) for s in registry.sources.values() for n in s.names if name_key(n))


def extract_mentions(articles: list[dict], registry: SourceRegistry,
                     index: ActorIndex | None = None) -> tuple[list[dict], list[dict]]:
    """Mention rows and discovered-actor rows (people and organisations the dictionary lacks,
    and groups: flows.actors.agents) for a batch of normalised articles."""
    index = index or default_index()
    matcher = ArticleMatcher(index, outlet_keys(registry))
    agent_index = default_agents()
    country_ids = {a: c for a, c in index.countries.items() if index.types.get(a) == "country"}
    names = {a: x.name for a, x in index.actors.items() if x.actor_type == "country"}
    mentions, discovered = [], {}
    for a in articles:
        found, new = matcher.match(a["text"], a["published_date"], a.get("author"))
        dateline = next((country_ids.get(m.actor_id) for m in found if m.resolved_by == "dateline"), None)
        groups = agents.find(a["text"], found, country_ids, names, dateline, agent_index)
        sentences = split(a["text"]) if groups else []
        rows = []
        for m in found:
            rows.append({
                "article_id": a["article_id"], "actor_id": m.actor_id, "surface": m.surface,
                "start_char": m.start_char, "end_char": m.end_char, "sentence_no": m.sentence_no,
                "resolved_by": m.resolved_by,
            })
        for g in groups:
            no = next((i for i, (s, e) in enumerate(sentences, start=1) if s <= g.start < e), len(sentences))
            rows.append({"article_id": a["article_id"], "actor_id": g.actor_id, "surface": g.surface,
                         "start_char": g.start, "end_char": g.end, "sentence_no": no, "resolved_by": "agent"})
            discovered.setdefault(g.actor_id, {
                "actor_id": g.actor_id, "name": g.name, "actor_type": "group", "country_code": g.country_code,
                "sector": g.sector, "first_article_id": a["article_id"]})
        mentions += sorted(rows, key=lambda m: m["start_char"]) if groups else rows
        for d in new:
            discovered.setdefault(d.actor_id, {
                "actor_id": d.actor_id, "name": d.name, "actor_type": d.actor_type,
                "country_code": d.country_code, "sector": None, "first_article_id": a["article_id"],
            })
    return mentions, list(discovered.values())
