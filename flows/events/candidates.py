"""Which sentences are worth parsing: parsing is most of the event stage's time, and most
sentences of news hold no codable event.

A sentence is parsed when it is one of the first :data:`LEAD_SENTENCES` of its article and

* it names two sides (:meth:`CandidateFilter.sides`: people and organisations one by one,
  other actors by their country) - or a personal pronoun opens it ("He met Putin ...": the
  pronoun is the article's last person) - or it names one and is one of the first
  :data:`LEAD_ONE_SIDED` sentences;
* it has a trigger: a form of a verb or noun of the dictionary whose default act, or one of whose
  patterns' words (besides prepositions), is there - "said" alone is no act, "said ... attack" may be;
* and it is a sentence, not a table or a list run together (at most :data:`MAX_WORDS` words).

Measured on the 3,824 articles of the 2017 corpus (92k sentences, 2.0M words): 63k sentences
(1.58M words) name an actor or a group, 36k (1.04M words) two; about 15,700 (0.42M words) are
parsed under the rules above.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping

from flows.actors.names import name_key
from flows.events.dictionary import FUNCTION_WORDS, VerbDictionary

MAX_WORDS = 50
#: sentences of an article that are read for events: its lead. A story tells the events it
#: reports first, and later sentences mostly give background or repeat them; event-data pipelines
#: often code only the lead for that reason. Here it keeps the parse within the time budget: on
#: the 2017 corpus 31,000 sentences (0.84M words) pass the tests below, 13,300 (0.37M words) of
#: them among the first 10 sentences of their article
LEAD_SENTENCES = 10
#: of those, the first sentences - the story's lead proper, where its main event is told - are read with
#: one side named ("Iraqi police arrested 20 protesters", "Russia massed troops near the border"): 1,800
#: more sentences (39k words) of the 2017 corpus
LEAD_ONE_SIDED = 3
_WORD = re.compile(r"[a-z]+")
_OPENING_PRONOUN = re.compile(r"^\W*(?:He|She|They)\b")
#: titles and names between a country and the person or body it qualifies
_QUALIFIES = re.compile(r"(?:['’]s)?(?:[\s\-]+(?:[A-Z][\w\-.]*|of|the|and|for))*\s*$")


class CandidateFilter:
    def __init__(self, dictionary: VerbDictionary, coded: frozenset[str], places: Mapping[tuple, str],
                 country_names: Mapping[str, tuple] = {}):
        self.places = places
        #: country id -> its name's key: "Armenia" is a country before it is a town in Colombia
        self.country_names = country_names
        lemmas_live = {}
        for lemma, patterns in dictionary.by_lemma.items():
            live = [p for p in patterns if p.code in coded or p.reverse_code in coded]
            if live:
                # a pattern that asks only for function words or an actor ("receive +") is as good as a default
                # (a slot with a function word among its alternatives needs nothing: "with|alongside")
                needs = [frozenset(k for ks in p.keys if not FUNCTION_WORDS & set(ks) for k in ks) for p in live]
                keys = frozenset().union(*needs)
                lemmas_live[lemma] = (frozenset(lemma.split(" ")[1:]), any(not n for n in needs), keys)
        #: form -> [(words the lemma needs besides the form, has a default act, key words of its patterns)]
        self.triggers: dict[str, list[tuple[frozenset[str], bool, frozenset[str]]]] = defaultdict(list)
        for form, lemmas in dictionary.forms.items():
            self.triggers[form] = [lemmas_live[x] for x in lemmas if x in lemmas_live]

    def sides(self, mentions: list[dict], text: str, types: Mapping[str, str], countries: Mapping[str, str]) -> int:
        """How many sides the sentence names: each person and each organisation, each country with
        its state's groups (Iraq and the Iraqi police are one side), each group of no known country
        ("protesters", never alone); a town counts as its country's side unless it is the country of a
        person named (where someone spoke), and a country that only qualifies the next name ("Russian
        President Vladimir Putin") not at all."""
        out, loose, places, homes = set(), set(), set(), set()
        mentions = sorted(mentions, key=lambda m: m["start_char"])
        for j, m in enumerate(mentions):
            actor = m["actor_id"]
            kind = types.get(actor)
            if kind == "group":
                (out.add(countries[actor]) if actor in countries else loose.add(actor))
                continue
            if kind == "country":
                key = tuple(name_key(m["surface"]))
                if key in self.places and key != self.country_names.get(actor):
                    places.add(actor)
                    continue
                nxt = mentions[j + 1] if j + 1 < len(mentions) else None
                if nxt is not None and countries.get(nxt["actor_id"]) == actor and _QUALIFIES.match(
                        text, m["end_char"], nxt["start_char"]):
                    continue
            if kind == "person" and actor in countries:
                homes.add(countries[actor])
            out.add(actor if kind in ("person", "organization") else countries.get(actor) or actor)
        if not out and not places:
            return 0
        return len(out | loose | (places - homes))

    def has_trigger(self, words: set[str]) -> bool:
        for w in words:
            for rest, default, keys in self.triggers.get(w, ()):
                if rest <= words and (default or not keys.isdisjoint(words)):
                    return True
        return False

    def __call__(self, text: str, start: int, end: int, mentions: list[dict], types: Mapping[str, str],
                 countries: Mapping[str, str], sentence_no: int = 1) -> bool:
        """Whether the sentence text[start:end] (number ``sentence_no`` of its article, from 1), whose
        mentions (offsets in ``text``) are given, is worth parsing."""
        if sentence_no > LEAD_SENTENCES:
            return False
        sentence = text[start:end]
        if not mentions and not _OPENING_PRONOUN.match(sentence):
            return False
        if len(sentence.split()) > MAX_WORDS:
            return False
        n = self.sides(mentions, text, types, countries)
        if n < 2 and not _OPENING_PRONOUN.match(sentence) and not (n == 1 and sentence_no <= LEAD_ONE_SIDED):
            return False
        return self.has_trigger(set(_WORD.findall(sentence.lower())))
