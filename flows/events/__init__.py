"""Events: typed, dated interactions between actors, coded per sentence from a dependency parse
and the verb dictionary (coder.py, dictionary.py, parse.py), dated from the text (timex.py) and
deduplicated across articles (dedupe.py)."""
from __future__ import annotations

import datetime as dt
import functools
from collections import ChainMap
from collections.abc import Mapping
from dataclasses import dataclass, replace

from flows.actors.dictionary import ActorIndex, default_index
from flows.actors.matcher import DISCOVERED_PREFIX
from flows.actors.names import name_key
from flows.events import timex
from flows.events.candidates import LEAD_SENTENCES, CandidateFilter
from flows.events.coder import Constructions, Found, Participant, Sentence, default_constructions, time_of
from flows.events.dictionary import VerbDictionary, default_dictionary
from flows.events.nlp import parse
from flows.normalize.dates import DATELINE_RE
from flows.sentences import respaced, split


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


@functools.cache
def event_categories() -> dict[str, str]:
    """CAMEO code -> PLOVER category (seeds/event_types.csv): a code without one is no event."""
    from flows.events.dedupe import load_event_types

    return {c: t["plover_category"] for c, t in load_event_types().items() if t["plover_category"]}


@dataclass
class Report:
    sentence_no: int
    sentence: str
    start_char: int
    end_char: int
    trigger: str
    trigger_start: int
    trigger_end: int
    trigger_lemma: str
    rule_id: str
    cameo_code: str
    actor_id: str
    recipient_id: str | None
    actor_found_by: str
    recipient_found_by: str | None
    is_future: bool
    event_date: dt.date | None
    date_precision: str
    date_from: str
    date_expression: str | None
    depth: int = 0  # the trigger's depth in the parse (the main act is the shallowest)


@functools.cache
def candidate_filter(dictionary: VerbDictionary) -> CandidateFilter:
    index = default_index()
    return CandidateFilter(dictionary, frozenset(event_categories()), index.places,
                           {a: tuple(name_key(x.name)) for a, x in index.actors.items() if x.actor_type == "country"})


def prepare() -> None:
    """Load the verb dictionary, the candidate filter and the parser's model in this process (a
    worker warms up while the flow reads the first batch)."""
    from flows.events.nlp import nlp

    candidate_filter(default_dictionary())
    default_constructions()
    nlp()


def _undateline(sentence: str, sentence_no: int) -> str:
    """The first sentences without their dateline ("Havana, 20 February 2024 (TDI):"), which dates
    the report, not the event; offsets are kept."""
    if sentence_no > 3:
        return sentence
    m = DATELINE_RE.match(sentence)
    return " " * m.end() + sentence[m.end():] if m else sentence


def code_articles(articles: list[dict], mentions: list[dict], types: Mapping[str, str], countries: Mapping[str, str],
                  dictionary: VerbDictionary | None = None, constructions: Constructions | None = None
                  ) -> dict[str, list[Report]]:
    """Event reports per article id: the candidate sentences of all the articles parsed in one
    batch, then coded article by article."""
    dictionary = dictionary or default_dictionary()
    k = constructions or default_constructions()
    categories = event_categories()
    worth = candidate_filter(dictionary)
    by_article: dict[str, dict[int, list[dict]]] = {}
    for m in mentions:
        by_article.setdefault(m["article_id"], {}).setdefault(m["sentence_no"], []).append(m)
    jobs = []  # (article, sentence no, start, end, text to parse)
    prepared = {}
    for a in articles:
        text = respaced(a["text"])
        spans = split(text)
        prepared[a["article_id"]] = (text, spans)
        found = by_article.get(a["article_id"], {})
        for no, (s, e) in enumerate(spans[:LEAD_SENTENCES], start=1):
            if worth(text, s, e, found.get(no, []), types, countries, no):
                jobs.append((a["article_id"], no, s, e, _undateline(text[s:e], no)))
    docs = dict(zip(((j[0], j[1]) for j in jobs), parse([j[4] for j in jobs])))
    out = {}
    for a in articles:
        text, spans = prepared[a["article_id"]]
        out[a["article_id"]] = _code_article(a, text, spans, by_article.get(a["article_id"], {}), docs, types,
                                             countries, dictionary, k, categories)
    return out


def _placed(actor_id: str | None, types: Mapping[str, str], countries: Mapping[str, str]) -> bool:
    """A side an event dataset can place: one with a country, or a dictionary actor without one
    (the European Union, the UN); not a group with no country ("police", "media") nor a person
    found in the text with none ("Joan Neininger and Ken Selway met in 1975")."""
    if actor_id is None:
        return False
    if countries.get(actor_id):
        return True
    return types.get(actor_id) != "group" and not actor_id.startswith(DISCOVERED_PREFIX)


def _code_article(article, text, spans, mentions_by_sentence, docs, types, countries, dictionary, k,
                  categories) -> list[Report]:
    published = article["published_date"] if article.get("published_precision") == "day" else None
    reports: list[Report] = []
    earlier: list[tuple[int, str, str, bool]] = []  # (sentence, actor, kind, named as a subject)
    anchor: tuple[timex.TimeRef, set[str]] | None = None  # the narrative's last time and its actors
    for no, (s, e) in enumerate(spans, start=1):
        ms = sorted(mentions_by_sentence.get(no, []), key=lambda m: m["start_char"])
        doc = docs.get((article["article_id"], no))
        subjects: set[str] = set()
        if doc is not None:
            parts = [Participant(m["actor_id"], m["start_char"] - s, m["end_char"] - s,
                                 types.get(m["actor_id"], "organization")) for m in ms]
            sentence = Sentence(doc, parts, earlier, dictionary, k, categories)
            for f in sentence.code():
                if f.recipient is None and f.code[:2] in k["placed_alone_root"] and not _placed(f.actor, types, countries):
                    continue  # said or done by no one placed: private people, a group of nowhere
                date = _dated(f, sentence, k, article, published, anchor)
                if not f.is_future and date[2] == "text" and published is not None and date[0] > published:
                    # "Kenny's visit to Washington next week", "when he visits Ankara this week": dated after
                    # the article, an act announced
                    intent = k.intent(f.code)
                    if categories.get(intent) is not None:
                        f = replace(f, is_future=True, code=intent)
                tok = doc[f.trigger]
                reports.append(Report(no, article["text"][s:e], s, e, article["text"][s + tok.idx:s + tok.idx + len(tok)],
                                      s + tok.idx, s + tok.idx + len(tok), sentence.lemma[tok.i], f.pattern.rule_id,
                                      f.code, f.actor, f.recipient, f.actor_found_by, f.recipient_found_by, f.is_future,
                                      *date, f.depth))
                if date[2] == "text":
                    anchor = (timex.TimeRef(date[3], date[0], date[1]), {f.actor, f.recipient} - {None})
            subjects = sentence.subjects()
        earlier += [(no, m["actor_id"], types.get(m["actor_id"], "organization"), m["actor_id"] in subjects) for m in ms]
    return reports


def _dated(f: Found, sentence: Sentence, k: Constructions, article: dict, published, anchor) -> tuple:
    """(date, precision, where it came from, the time expression) of a report: its own clause's time
    expression (for an announced act, the announcement's: the sentence's outside the act's clause);
    else the sentence's other one when it names a month or a year, or a time it does not give ("In
    January, relations were severed after demonstrators torched the embassy"; "A week earlier, X
    said ... and declined ...": unknown), or when the act is told by the main clause that holds it;
    else the narrative's when the sentence goes on with it (the same actors, a simple past, no
    background word); else the publication date."""
    doc = sentence.doc
    when = None if f.is_future else time_of(f, doc, published)
    if when is None:
        outer = time_of(f, doc, published, own=False)
        # the sentence's month or year holds the act too; its day is the announcement's, or the main
        # clause's ("on Monday, a week after Y visited"), not the act's
        if outer is not None and (f.is_future or outer.precision in ("month", "year", "unknown")):
            when = outer
        else:
            telling = _telling_clauses(f, sentence)
            if telling:
                when = time_of(replace(f, clause=telling), doc, published)
    if when is not None and when.date is not None:
        return when.date, when.precision, "text", when.expression
    if when is not None:
        return None, "unknown", "unresolved", when.expression
    holders = {f.trigger, sentence.verb_of(doc[f.trigger]).i}
    span = next((t for t in doc if t.dep_ == "prep" and t.lower_ in k["span_prep"] and t.head.i in holders), None)
    if span is not None:
        # "met Kislyak twice during the campaign": a period the sentence names but no date gives
        return None, "unknown", "unresolved", " ".join(x.text for x in span.subtree)
    if anchor is not None and not f.is_future and _continues(f, sentence, k, anchor[1]):
        return anchor[0].date, anchor[0].precision, "context", anchor[0].expression
    if published is not None:
        return published, "publication", "publication", None
    if article["published_date"] is not None:  # published to the month or year only
        return article["published_date"], article["published_precision"], "publication", None
    return None, "unknown", "unresolved", None


NOUN_LINKS = ("attr", "dobj", "nsubj", "nsubjpass", "pobj", "prep", "appos")


def _telling_clauses(f: Found, sentence: Sentence) -> frozenset[int]:
    """The clauses that tell a reported or coordinated act: the verbs above it up to the main one, when
    it is their complement or conjunct and no past perfect ("X told TASS on Thursday there was no
    sense in continuing the deal"; not "on Monday, a week after Y visited" nor "said on Monday that Y
    had met Z"); empty otherwise."""
    v = sentence.verb_of(sentence.doc[f.trigger])
    if any(sentence.lemma[c.i] == "have" and c.dep_ == "aux" and c.tag_ == "VBD" for c in v.children):
        return frozenset()
    tokens = set()
    while v.head.i != v.i:
        if v.dep_ not in ("ccomp", "xcomp", "conj") and not (v.dep_ == "advcl" and v.tag_ == "VB"):
            return frozenset()  # a clause of its own time ("after Y visited"); not "for Y to continue"
        v = v.head
        while sentence.upos[v.i] not in ("VERB", "AUX") and v.head.i != v.i and v.dep_ in NOUN_LINKS:
            v = v.head  # "no sense for Turkey to continue": the noun's verb
        tokens.update(sentence.clause(v))
    return frozenset(tokens)


def _continues(f: Found, sentence: Sentence, k: Constructions, actors: set[str]) -> bool:
    """The sentence goes on with the narrative that dated the last report: one of its parties, a
    verb in the simple past (no perfect, no future), no background word."""
    if not ({f.actor, f.recipient} & actors):
        return False
    doc = sentence.doc
    v = doc[f.trigger]
    while (sentence.upos[v.i] not in ("VERB", "AUX") or (v.tag_ in ("VBG", "VB") and v.dep_ in (
            "advcl", "xcomp", "pcomp", "acl"))) and v.head.i != v.i:
        v = v.head  # the tense is the finite verb's: "Welcoming him, X thanked Y"
    if v.tag_ not in ("VBD", "VBN") or any(sentence.lemma[c.i] == "have" and c.dep_ == "aux" for c in v.children):
        return False
    if v.tag_ == "VBN" and not any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in v.children):
        return False
    return not any(t.lower_ in k["background"] for t in doc)


def extract_reports(articles: list[dict], mentions: list[dict], discovered: list[dict],
                    index: ActorIndex | None = None) -> list[dict]:
    """Event report rows (lake table event_reports) for a batch of articles."""
    index = index or default_index()
    types, countries = actor_facts(index, discovered)
    coded = code_articles(articles, mentions, types, countries)
    rows = []
    for a in articles:
        for r in coded[a["article_id"]]:
            rows.append({
                "article_id": a["article_id"], "sentence_no": r.sentence_no, "sentence": r.sentence,
                "start_char": r.start_char, "end_char": r.end_char, "trigger": r.trigger,
                "trigger_start": r.trigger_start, "trigger_end": r.trigger_end, "trigger_lemma": r.trigger_lemma,
                "rule_id": r.rule_id, "cameo_code": r.cameo_code,
                "actor_id": r.actor_id, "recipient_id": r.recipient_id, "actor_found_by": r.actor_found_by,
                "recipient_found_by": r.recipient_found_by, "is_future": r.is_future, "report_date": r.event_date,
                "date_precision": r.date_precision, "date_from": r.date_from, "date_expression": r.date_expression,
            })
    return rows
