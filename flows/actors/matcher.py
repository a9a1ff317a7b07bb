"""Actor mentions in one article: dictionary matches, in-article coreference, discovery.

1. **Dictionary**: at each capitalised token, the longest alias (by token key) that starts
   there. Titles before a name need no rule: "Army General Raul Castro" matches "Raul
   Castro". An alias shared by several actors is resolved by context - an actor already
   named in the article, then a role held on the publication date, then a curated entry -
   and dropped as ambiguous when that leaves more than one (never first-in-list).
2. **Coreference**: a surname or first name alone ("Patrushev", "Raul and Nikolai
   agreed") resolves to the one person of the article with that name; a first name next
   to a known family name ("Castro and his brother Fidel") to the dictionary person with
   both.
3. **Discovery**: a run of capitalised words that the dictionary does not know is a new
   person when a role word or a speech verb marks it ("White House spokeswoman Jen Psaki
   said", "Victor Koronelli, Russian ambassador to Cuba") or it starts with a known given
   name; its country is the country named in that role phrase. Outlet names and the
   article's author are never actors.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from flows.actors.dictionary import GENERATION_SUFFIXES, ActorIndex
from flows.actors.names import CONNECTORS, Token, name_key, tokenize
from flows.normalize.dates import DATELINE_RE, MON
from flows.sentences import split as split_sentences

ROLE_CUES = frozenset(name_key(
    """president minister secretary spokeswoman spokesman spokesperson ambassador envoy general chairman chairwoman
    chair governor senator congressman congresswoman mr mrs ms dr prime premier leader chief director deputy commander
    official officer adviser advisor aide representative counterpart mayor judge prosecutor analyst economist professor
    king queen prince princess sheikh emir colonel lieutenant captain admiral marshal head executive ceo founder
    candidate lawmaker legislator diplomat vice"""))
SPEECH = frozenset(name_key("said says told added stated noted declared announced wrote asked urged"))
#: capitalised words that start no name ("On Monday", "The", "In Havana")
NOT_NAMES = frozenset(name_key("""the a an this that these those his her their its our my in on at of for from by with
to and or but if as after before during since while when where why how what who which monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september october november december
today yesterday tomorrow mr mrs ms dr he she it they we i you there here also however meanwhile both all some many
most other another such no not new former acting first second third last next then now when elect designate
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousands
dozens several few"""))
#: a relative named by the given name alone: "his brother Fidel"
KIN_BEFORE = re.compile(r"\b(?:brother|sister|son|daughter|father|mother|wife|husband|widow|uncle|nephew|niece|cousin)\s+$", re.I)
#: words before a month: "in May", "since May", "last May" - not Theresa May
MONTH_CONTEXT = frozenset(name_key("""in on since until till by last next early late mid this of from before after during
through"""))
MONTH = re.compile(MON, re.I)
DISCOVERED_PREFIX = "d_"  # the ids of people found in the text, not in the dictionary
#: "(D-Ariz.)", "(R-Neb.)": a US politician's party and state, not part of a name
PARTY_TAG = re.compile(r"^[DRI]-[A-Z]")
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "van", "von", "de"})
ORG_SUFFIXES = frozenset(name_key("""inc corp co ltd plc llc bank ministry council party union agency committee
commission organization organisation fund group university association federation institute company corporation
airlines exchange reserve board department office"""))
#: words that end the name of a place, a cause or a document, never a person's ("Black Sea", "South Kuril Islands", the
#: "Human Rights" of an observatory): a run holding one, or an organisation's suffix, is no person discovered
PLACE_WORDS = frozenset(name_key("""sea ocean islands island peninsula mountains mountain river lake gulf bay strait
straits valley desert coast region province rights square street avenue airport
agreement agreements treaty accord accords pact act plan partnership initiative convention protocol charter declaration
policy studies"""))
NOT_PERSON_WORDS = ORG_SUFFIXES | PLACE_WORDS


@dataclass
class Mention:
    actor_id: str
    surface: str
    start_char: int
    end_char: int
    sentence_no: int
    resolved_by: str  # alias / context / coreference / discovered


@dataclass
class Discovered:
    actor_id: str
    name: str
    actor_type: str
    country_code: str | None


@dataclass
class _Article:
    seen: dict[str, int] = field(default_factory=dict)  # actor_id -> mentions so far
    surnames: dict[tuple, set[str]] = field(default_factory=dict)
    first_names: dict[str, set[str]] = field(default_factory=dict)
    surname_starts: set[str] = field(default_factory=set)  # the first word of every key in surnames
    last_called: dict[tuple, str] = field(default_factory=dict)  # a family name -> who was last called by it

    def note_person(self, actor_id: str, key: tuple[str, ...]):
        if len(key) < 2:
            return
        self.first_names.setdefault(key[0], set()).add(actor_id)
        for i in range(1, len(key)):  # "diaz canel bermudez", "canel bermudez", "bermudez"
            self.surnames.setdefault(key[i:], set()).add(actor_id)
            self.surname_starts.add(key[i])
        self.surnames.setdefault(key[1:2], set()).add(actor_id)  # first surname: "Rodriguez"


#: short names that are no English word, matched when capitalised: "Lao President Thongloun Sisoulith"
SHORT_PROPER_NAMES = frozenset({"lao"})


def _caps_ok(tokens: list[Token], text: str) -> bool:
    last_ok = tokens[-1].is_cap or (len(tokens) > 1 and text[tokens[-1].start - 1:tokens[-1].start] == "-")
    if not tokens[0].is_cap or not last_ok:  # "Kim Jong-un", "Moon Jae-in": a hyphenated given name
        return False
    for t in tokens[1:-1]:
        if not (t.is_cap or t.key in CONNECTORS or text[t.start - 1:t.start] == "-"):
            return False
    if len(tokens) == 1 and len(tokens[0].key) <= 3 and not tokens[0].is_upper and tokens[0].key not in SHORT_PROPER_NAMES:
        return False  # "US", "UN", "EU" only as acronyms, not "us"
    return True


def _particle_before_name(tokens: list[Token], k: int, text: str) -> bool:
    """tokens[k] is a name particle before the rest of the name: "al-Burhan", "bin Salman"."""
    return tokens[k].key in NAME_PARTICLES and k + 1 < len(tokens) and tokens[k + 1].is_cap \
        and _adjacent(tokens[k:k + 2], text)


POSSESSIVE_GAP = re.compile(r"^['’]s(?=\s)")


def _adjacent(tokens: list[Token], text: str, possessive: bool = False) -> bool:
    """Only a space, a hyphen or one line break (hard-wrapped wire copy) between consecutive
    tokens of a name - no punctuation, no paragraph break; with ``possessive``, a possessive
    inside a dictionary name counts ("Democratic People's Republic of Korea", "People's Liberation
    Army"), never inside a name discovered in the text ("International Women's Day" is no "Women Day")."""
    for a, b in zip(tokens, tokens[1:]):
        gap = text[a.end:b.start]
        gap = POSSESSIVE_GAP.sub("", gap) if possessive else gap
        if gap.strip(" -'’\n") or gap.count("\n") > 1:
            return False
    return True


#: a title's dot does not end a role phrase: "US Sen. Marco Rubio"
TITLE_ABBREVIATION = re.compile(r"\b(?:Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Dr|Amb|Pres)\.")
#: the party and state after a US legislator's name: "Mark Warner, D-Va.", "Jim Jordan, R-Ohio"
US_PARTY_TAG = re.compile(r",\s*[DRI]-[A-Z][a-z]*\.?(?:\s*[A-Z][a-z]*\.?)?,")
#: a role phrase set off by commas, before a name ("The Trump administration's top trade adviser, Peter
#: Navarro") or after it ("Alexander Grushko, Russia's envoy to NATO"); checked by _role_appositive
ROLE_BEFORE = re.compile(r"(?:['’]s)?((?:\s+[\w\-'’().]+){1,8}),[\s\-]*(?:[A-Z][a-z]{1,4}\.\s*)?$")
#: a title that names another country on its way to the name: "Georgian Prime Minister's Special Envoy for
#: Relations with Russia Zurab Abashidze", "Russian ambassador to Cuba Victor Koronelli" - that country is the
#: title's object (PREPOSITION_BEFORE), the first one the person's
ROLE_SPAN = re.compile(r"(?:['’]s)?((?:\s+[\w\-'’]+){1,10})\s+$")
PREPOSITION_BEFORE = re.compile(r"\b(?:to|with|for|in|on|of|from|against|at)\s+(?:the\s+)?$", re.I)
ROLE_AFTER = re.compile(r"[^,]*,[\s\-]*(\w*)|\s+(?:of|from)\s+(?:the\s+)?$")
#: a country after a name as where someone went or was, not whose: "Leonid Slutsky, who arrived in Syria"
PLACE_OBJECT = re.compile(r"\b(?:in|to|into|at|across|visiting|visited|toured)\s+(?:the\s+)?$", re.I)
#: a leader's name standing for the government: "the Trump administration's top trade adviser", "advised
#: the Trump campaign"
LEADERS_GOVERNMENT = re.compile(r"\s+(?:administration|government|cabinet|campaign|transition team)\b")
#: words that make the text between a name and a country a clause, not a role phrase
NOT_ROLE_WORDS = frozenset("was were is are has have had said says told met meets".split())
CONJUNCTIONS = frozenset({"and", "or", "but"})
#: words that end a role phrase: "Iraqi Prime Minister Haider al-Abadi was welcomed by King
#: Salman" - Iraq is not Salman's country
CLAUSE_BREAK = re.compile(r"\b(?:was|were|is|are|has|have|had|said|says|met|meets|by|with|and|after|before|for|from"
                          r"|in|on|at|to|while|when|who|which|that)\b|[.;:()]")


class ArticleMatcher:
    def __init__(self, index: ActorIndex, not_actors: frozenset[tuple] = frozenset()):
        self.index = index
        self.not_actors = not_actors  # name keys of outlets, bylines...

    def _resolve(self, candidates: list[str], state: _Article, day: dt.date | None,
                 key: tuple[str, ...] | None = None) -> tuple[str | None, str]:
        if len(candidates) == 1:
            return candidates[0], "alias"
        for narrow in (
            lambda c: c in state.seen,
            lambda c: self.index.active_on(c, day),
            lambda c: self.index.actors[c].curated,
            lambda c: self.index.actors[c].actor_type == "country",  # "New York" the place, not a namesake
            # "Trump won Georgia": the country of a person already named
            lambda c: any(self.index.countries.get(a) == c for a in state.seen),
            # "Georgia" with nothing of either around: the country it names, not the US state
            lambda c: self.index.name_keys[c] == key,
        ):
            kept = [c for c in candidates if narrow(c)]
            if len(kept) == 1:
                return kept[0], "context"
            if kept:
                candidates = kept
        return None, "ambiguous"

    def match(self, text: str, published: dt.date | None, author: str | None = None
              ) -> tuple[list[Mention], list[Discovered]]:
        index = self.index
        sentences = split_sentences(text)
        tokens = tokenize(text)
        sent_of = []
        s = 0
        for t in tokens:
            while s < len(sentences) - 1 and t.start >= sentences[s][1]:
                s += 1
            sent_of.append(s + 1)
        skip = set(self.not_actors)
        if author:
            skip.add(name_key(author))
        state = _Article()
        mentions: list[Mention] = []
        discovered: dict[str, Discovered] = {}
        covered = [False] * len(tokens)
        i = 0
        n_tokens = len(tokens)
        while i < n_tokens:
            t = tokens[i]
            if not t.is_cap or t.key in NOT_NAMES and not t.is_upper and not self._surname_not_word(tokens, i, state, text, sent_of):
                i += 1
                continue
            found = None
            longest = index.max_len.get(t.key, 0)
            for n in range(min(longest, n_tokens - i), 0, -1):
                span = tokens[i:i + n]
                key = tuple(x.key for x in span)
                if key not in index.by_key or sent_of[i + n - 1] != sent_of[i] or not _adjacent(span, text, possessive=True):
                    continue
                if (_caps_ok(span, text) or key in index.short_names and span[0].is_cap) and key not in skip:
                    found = (n, key, index.by_key[key])
                    break
            local = self._local(tokens, i, state, text, sent_of)
            if found and not (local and local[0] > found[0]) and self._part_of_longer_name(found, tokens, i, text, sent_of):
                i += found[0]  # "Abdel Fattah al-Burhan" is not Abdel Fattah al-Sisi - discovery's
                continue
            if found and local and local[1] in found[2]:  # the dictionary agrees with the article
                n, actor_id, how = found[0], local[1], "alias" if len(found[2]) == 1 else "context"
            elif local and (found is None or local[0] > found[0]):
                n, actor_id, how = local
            elif found and self._given_name_of_unknown(found, tokens, i, text, sent_of):
                i += 1  # "Vladimir Gusinsky": a first name, not the city of Vladimir - discovery's
                continue
            elif found and self._surname_after_given_name(found, tokens, i, text, sent_of, covered):
                i += 1  # "Mark Cuban", "Michael Jordan": a family name, not a country
                continue
            elif found:
                n, key, candidates = found
                actor_id, how = self._resolve(candidates, state, published, key)
                if actor_id is None:
                    i += n
                    continue
            elif (titled := self._titled_surname(tokens, i, published)) is not None:
                n, actor_id, how = 1, titled, "context"
            else:
                i += 1
                continue
            self._add(mentions, state, actor_id, tokens[i:i + n], text, sent_of[i], how)
            for k in range(i, i + n):
                covered[k] = True
            i += n
        self._dateline_place(text, tokens, mentions, sent_of)
        self._discover(tokens, covered, text, sent_of, state, mentions, discovered, skip)
        mentions.sort(key=lambda m: m.start_char)
        return mentions, list(discovered.values())

    def _dateline_place(self, text, tokens, mentions, sent_of):
        """The country of the dateline's place ("TOKYO, March 3 -", "OCILLA, Ga., March 18 -")
        from the gazetteer, when the dictionary did not already name it. A region after the
        city settles which namesake the city is: "BIRMINGHAM, Ala." is in the USA, so a
        dictionary match of Birmingham as Britain is replaced."""
        m = DATELINE_RE.match(text[:300])
        if not m:
            return
        start, end = m.start("place"), m.end("place")
        inside = [x for x in mentions if start <= x.start_char < end]
        parts = [p for p in m.group("place").split(",") if p.strip()]
        for k, part in enumerate(reversed(parts)):
            country = self.index.places.get(name_key(part))
            if not (country and country in self.index.actors):
                continue
            if k == 0 and len(parts) > 1:  # the region decides
                for x in inside:
                    actor = self.index.actors.get(x.actor_id)
                    if actor is not None and actor.actor_type == "country" and x.actor_id != country:
                        x.actor_id, x.resolved_by = country, "dateline"
            if any(x.actor_id == country for x in inside):
                return
            if not inside:
                offset = start + m.group("place").index(part.strip())
                mentions.append(Mention(country, part.strip(), offset, offset + len(part.strip()), 1, "dateline"))
            return

    def _add(self, mentions, state, actor_id, span, text, sentence_no, how):
        start, end = span[0].start, span[-1].end
        mentions.append(Mention(actor_id, text[start:end], start, end, sentence_no, how))
        state.seen[actor_id] = state.seen.get(actor_id, 0) + 1
        actor = self.index.actors.get(actor_id)
        if how == "discovered":
            state.note_person(actor_id, tuple(t.key for t in span))
        elif actor is not None and actor.actor_type == "person":
            state.note_person(actor_id, self.index.name_keys[actor_id])
            spelled = tuple(t.key for t in span)
            if not any(k in ROLE_CUES or k in self.index.place_words for k in spelled):  # not "Russian President ..."
                state.note_person(actor_id, spelled)
            if spelled[-1:] == self.index.name_keys[actor_id][-1:]:
                state.last_called[spelled[-1:]] = actor_id  # "Raul Castro", "Castro"; not "Fidel"

    def _surname_after_given_name(self, found, tokens, i, text, sent_of, covered) -> bool:
        """A one-word country name or demonym right after a capitalised given name that no
        actor took: a person's family name ("Mark Cuban", "Michael Jordan")."""
        n, key, candidates = found
        if n != 1 or i == 0 or covered[i - 1] or sent_of[i - 1] != sent_of[i]:
            return False
        prev = tokens[i - 1]
        # "Leila de Lima": a given name and a particle before a place name make it a family name too
        particle = prev.key in NAME_PARTICLES and not prev.is_cap and i >= 2 and not covered[i - 2] \
            and sent_of[i - 2] == sent_of[i]
        g = i - 2 if particle else i - 1
        given = tokens[g]
        return (given.is_cap and not given.is_upper and (particle or not tokens[i].is_upper)
                and given.key in self.index.personal_names and given.key not in NOT_NAMES and given.key not in ROLE_CUES
                and _adjacent(tokens[g:i + 1], text)
                and all(self.index.actors[c].actor_type == "country" for c in candidates))

    def _given_name_of_unknown(self, found, tokens, i, text, sent_of) -> bool:
        """A one-word place name that is also a common first name, followed by a capitalised
        word the dictionary does not know: the start of a person's name."""
        n, key, candidates = found
        if n != 1 or key[0] not in self.index.by_first_name or i + 1 >= len(tokens):
            return False
        t, nxt = tokens[i], tokens[i + 1]
        if not t.text.isalpha() or t.is_upper:
            return False  # "U.S. Treasury" ("America Inc": Inc is no name word)
        return (sent_of[i + 1] == sent_of[i] and _adjacent(tokens[i:i + 2], text) and self._unknown_name_word(nxt)
                and all(self.index.actors[c].actor_type == "country" and self.index.name_keys[c] != key
                        for c in candidates))  # a country's own name ("Israel", "Egypt") stays the country

    def _part_of_longer_name(self, found, tokens, i, text, sent_of) -> bool:
        """A person's shorter alias ("Abdel Fattah", "Trump") that continues into a longer name
        the dictionary does not know ("Abdel Fattah al-Burhan", "Trump Tower"): someone or
        something else."""
        n, key, candidates = found
        j = i + n
        if j >= len(tokens) or sent_of[j] != sent_of[i] or not _adjacent(tokens[j - 1:j + 1], text):
            return False
        if tokens[j].key in GENERATION_SUFFIXES - {"sr"} and key + (tokens[j].key,) not in self.index.by_key \
                and any(self.index.actors[c].actor_type == "person" for c in candidates):
            return True  # "Donald Trump Jr." is the son, not Donald Trump ("Donald Trump Sr." is he)
        if any(self.index.actors[c].actor_type != "person" or self.index.name_keys[c] == key for c in candidates):
            return False
        nxt = tokens[j]
        if nxt.key in NAME_PARTICLES:  # "al-Burhan", "bin Salman"
            return _particle_before_name(tokens, j, text)
        return self._unknown_name_word(nxt) and nxt.key not in ROLE_CUES

    @staticmethod
    def _surname_not_word(tokens, i, state, text, sent_of) -> bool:
        """A word that is mostly no name ("May") standing for a person the article has named in full
        ("Theresa May ... talks between May and Netanyahu"): inside a sentence, not a date ("May 5",
        "in May", "last May")."""
        t = tokens[i]
        if (t.key,) not in state.surnames or i == 0 or sent_of[i - 1] != sent_of[i]:
            return False
        after = text[t.end:t.end + 4]
        month_range = i + 2 < len(tokens) and tokens[i + 1].key in ("and", "to") and MONTH.fullmatch(tokens[i + 2].text)
        if i + 1 < len(tokens) and tokens[i + 1].key in ("i", "we", "you", "he", "she", "it", "they", "this", "there"):
            return False  # '"May I congratulate the prime minister"': the modal
        return not re.match(r"\s*\d", after) and tokens[i - 1].key not in MONTH_CONTEXT and not month_range

    def _unknown_name_word(self, t: Token) -> bool:
        """A capitalised word that may continue a person's name and that no dictionary name starts
        with: not an acronym, a function word or an organisation's suffix."""
        return t.is_cap and not t.is_upper and t.key not in self.index.max_len and t.key not in NOT_NAMES \
            and t.key not in ORG_SUFFIXES

    def _titled_surname(self, tokens, i, day) -> str | None:
        """A family name right after a title ("President Xi", "Chancellor Merkel"): the one
        dictionary person of that name, or of a few namesakes the one holding a dated role
        that day; a common name ("President Kim") is left alone."""
        t = tokens[i]
        if i == 0 or tokens[i - 1].key not in ROLE_CUES or t.key in NOT_NAMES or t.key in self.index.place_words:
            return None
        if i + 1 < len(tokens) and tokens[i + 1].is_cap and tokens[i + 1].start - t.end <= 1:
            return None  # "President Xi Jinping" is the dictionary's job, "President Joe Smith" discovery's
        ids = self.index.by_surname.get(t.key, [])
        if 1 < len(ids) <= 3:
            ids = [a for a in ids if self.index.active_on(a, day)]
        return ids[0] if len(ids) == 1 else None

    def _local(self, tokens, i, state, text, sent_of):
        """In-article coreference at token i: (length, actor_id, 'coreference') or None."""
        first = tokens[i].key
        if len(first) < 2:
            return None  # an initial or the article "A" is no one's name
        if first not in state.surname_starts and first not in state.first_names \
                and first not in self.index.by_first_name:
            return None  # no name of this article, nor a known first name, starts here
        for n in (3, 2, 1):
            span = tokens[i:i + n]
            if len(span) < n or not all(t.is_cap or text[t.start - 1:t.start] == "-" for t in span):
                continue
            key = tuple(t.key for t in span)
            ids = state.surnames.get(key)
            if n > 1 and not (ids and len(ids) == 1):
                continue  # the cheap test first; then the span must be one name
            if n > 1 and (sent_of[i + n - 1] != sent_of[i] or not _adjacent(span, text)):
                continue
            if n == 1 and first in NAME_PARTICLES:
                continue  # a particle alone is no one's name
            if ids and len(ids) == 1:
                return n, next(iter(ids)), "coreference"
            if n == 1 and ids and state.last_called.get(key) in ids:
                # "Raul Castro ... Castro and his brother Fidel ... Castro affirmed": the Castro last called so
                return 1, state.last_called[key], "coreference"
            if n == 1:
                ids = state.first_names.get(key[0])
                if ids and len(ids) == 1:
                    return 1, next(iter(ids)), "coreference"
                # "Castro and his brother Fidel": a relative's given name, of the family named just before in the
                # sentence - not any namesake of a surname the article used ("his father Bill" is no Bill Graham)
                if KIN_BEFORE.search(text, max(0, tokens[i].start - 24), tokens[i].start) is None:
                    return None
                keys = self.index.name_keys
                before = {tokens[k].key for k in range(i) if sent_of[k] == sent_of[i]}
                family = [a for a in self.index.by_first_name.get(key[0], [])
                          if (keys[a][-1:] in state.surnames and keys[a][-1] in before)
                          or (keys[a][1:2] in state.surnames and keys[a][1] in before)]
                if len(family) == 1:
                    return 1, family[0], "coreference"
        return None

    def _discover(self, tokens, covered, text, sent_of, state, mentions, discovered, skip):
        index = self.index
        i = 0
        while i < len(tokens):
            if covered[i] or not tokens[i].is_cap:
                i += 1
                continue
            j = i
            while j + 1 < len(tokens) and not covered[j + 1] and sent_of[j + 1] == sent_of[i] \
                    and _adjacent(tokens[j:j + 2], text) and (tokens[j + 1].is_cap or text[tokens[j + 1].start - 1] == "-"
                                                             or _particle_before_name(tokens, j + 1, text)):
                j += 1
            run = tokens[i:j + 1]
            start_i = i
            i = j + 1
            cue_before = start_i > 0 and tokens[start_i - 1].key in ROLE_CUES
            if not cue_before and start_i > 1 and tokens[start_i - 1].key == "of" \
                    and tokens[start_i - 2].key in ROLE_CUES and len(run) >= 3:
                # "Secretary of State Rex Tillerson", "Minister of Foreign Affairs Ana Lopez": the
                # title's domain, then a first and a last name
                run, cue_before = run[-2:], True
            cues = [k for k, t in enumerate(run) if t.key in ROLE_CUES]
            if cues:  # "Agriculture Secretary Richard Lyng": the name follows the last role word
                run, cue_before = run[cues[-1] + 1:], True
            while run and run[0].key in NOT_NAMES:
                run = run[1:]
            if len(run) > 2 and run[0].key not in index.given_names:  # "Exchequer Nigel Lawson"
                starts = [k for k, t in enumerate(run[1:], 1) if t.key in index.given_names and len(run) - k >= 2]
                if starts:
                    run = run[starts[0]:]
            if run:
                start_i = j + 1 - len(run)  # the run is always a suffix of tokens[start_i:j + 1]
            single = len(run) == 1 and cue_before and len(run[0].text) >= 4 and not run[0].is_upper
            if not (2 <= len(run) <= 4 or single) or any(
                    (t.key in NOT_NAMES and not (0 < k < len(run) - 1 and t.key in NAME_PARTICLES)) or t.key in ROLE_CUES
                    for k, t in enumerate(run)):
                continue  # one word only right after a title: "ATPC Chairman Subroto"
            if any(t.is_upper and len(t.text) > 1 for t in run) and not all(t.is_upper for t in run):
                continue  # "UN Charter", "NATO Summit"
            key = tuple(t.key for t in run)
            if key in skip or any(t.key in NOT_PERSON_WORDS for t in run) \
                    or PARTY_TAG.match(text[run[0].start:run[0].start + 3]):
                continue
            after = tokens[j + 1:j + 3]
            cue_after = bool(after) and (after[0].key in SPEECH or (text[run[-1].end:after[0].start].strip() == ","
                                         and any(a.key in ROLE_CUES for a in tokens[j + 1:j + 5])))
            if not (cue_before or cue_after or key[0] in index.given_names):
                continue
            if all(t.is_upper for t in run):
                continue  # ALL-CAPS runs are headlines or datelines
            name = text[run[0].start:run[-1].end]
            actor_id = DISCOVERED_PREFIX + "_".join(key)
            if actor_id not in discovered:
                country = self._country_near(mentions, run[0].start, run[-1].end, text)
                discovered[actor_id] = Discovered(actor_id, name, "person", country)
            self._add(mentions, state, actor_id, run, text, sent_of[start_i], "discovered")
            # a discovered person's surname now resolves like a known one's
            for k in range(start_i, j + 1):
                covered[k] = True
        # surnames of discovered people later in the text ("Psaki said")
        for k, t in enumerate(tokens):
            if covered[k] or not t.is_cap or t.key in NAME_PARTICLES:
                continue  # "Al" of "Al Jazeera" is not Mehdi al-Beiati
            ids = state.surnames.get((t.key,))
            if ids and len(ids) == 1 and next(iter(ids)).startswith(DISCOVERED_PREFIX):
                self._add(mentions, state, next(iter(ids)), [t], text, sent_of[k], "coreference")

    def _country_near(self, mentions, start, end, text, window=60) -> str | None:
        """The country of the role phrase around a discovered name: the nearest country or
        national organisation named just before it or in an appositive after it - one that is the
        object of a preposition ("ambassador to Cuba") only when no other qualifies the name."""
        if US_PARTY_TAG.match(text, end):
            return "USA"  # "Mark Warner, D-Va.": a member of the US Congress
        best: dict[str, tuple] = {}
        for m in mentions:
            before = start - window <= m.end_char <= start \
                and (not CLAUSE_BREAK.search(TITLE_ABBREVIATION.sub(" ", text[m.end_char:start]))
                     or _role_appositive(ROLE_BEFORE.match(text, m.end_char, start))
                     or _role_appositive(ROLE_SPAN.match(text, m.end_char, start)))
            if before or (end <= m.start_char <= end + window
                          and _role_appositive(ROLE_AFTER.match(text, end, m.start_char))
                          and not PLACE_OBJECT.search(text, end, m.start_char)):
                actor = self.index.actors.get(m.actor_id)
                if actor is not None and actor.country_code and (actor.actor_type != "person"
                                                                 or LEADERS_GOVERNMENT.match(text, m.end_char)):
                    distance = start - m.end_char if m.end_char <= start else m.start_char - end
                    side = "before" if before else "after"
                    prep = PREPOSITION_BEFORE.search(text, max(0, m.start_char - 12), m.start_char) if before else None
                    # "Envoy for Syria", "ambassador to Cuba": a preposition inside the title; not "talks with US ...",
                    # nor "of" ("Vice Chairman of the Russian Government": his own)
                    head = re.search(r"([\w\-]+)\s*$", text[max(0, m.start_char - 40):prep.start()]) \
                        if prep and not prep.group(0).lower().startswith("of") else None
                    prepositional = bool(head and (head.group(1)[:1].isupper()
                                                   or any(k in ROLE_CUES for k in name_key(head.group(1)))))
                    if side not in best or (prepositional, distance) < best[side][:2]:
                        best[side] = (prepositional, distance, actor.country_code)
        # the nearer of the best before (a preposition's object last) and the nearest after
        found = sorted(best.values(), key=lambda b: b[1])
        return found[0][2] if found else None


def _role_appositive(match: re.Match | None) -> bool:
    """A role phrase set off by a comma: no verb or clause word in it (not "Peter Navarro, has lashed out
    against Germany"); before a name it must hold a role word ("top trade adviser")."""
    if match is None:
        return False
    words = re.findall(r"[\w\-]+", (match.group(1) or "").lower())
    if match.re is ROLE_AFTER:
        return not words or words[0] not in NOT_ROLE_WORDS | CONJUNCTIONS  # not ", and a delegation of ..."
    return not any(w in NOT_ROLE_WORDS for w in words) and any(k in ROLE_CUES for k in name_key(" ".join(words)))
