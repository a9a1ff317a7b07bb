"""The event coder: who did what to whom, read off a sentence's dependency parse.

For each verb (or event noun) of a parsed sentence that the verb dictionary knows
(:mod:`flows.events.dictionary`), the pattern that matches the most of its words gives the
CAMEO code and the rule (``rule_id``). The parse gives the roles:

* the actor is the subject, with its conjuncts; in a passive the ``by`` agent acts and the
  subject is the recipient; a verb with no subject of its own takes its governor's (``X met Y
  and signed ...``, ``X agreed to meet Y``), its governor's object after verbs like ``urge``
  (``urged Y to withdraw``), the noun a relative or participial clause hangs on (``Y, who
  attacked Z``; ``the demonstration staged by students``);
* the recipient is the object, or the noun after the pattern's preposition or a recipient
  preposition (``met with Y``, ``sanctions on Y``); an event noun's actor is its possessor, its
  national adjective or the subject of the verb it is the object of (``X held talks with Y``);
* a noun resolves to the actor or agent mention covering it, else its apposition (``the
  secretary, Patrushev``), a national adjective or possessor (``Iraqi police``, ``Syria's
  army``), or the noun after ``of``; a pronoun to the last actor of a fitting kind named before
  it in the article.

Modality comes from the tree and the word lists of ``seeds/curated/constructions.csv``: a
negated or hypothetical verb, one in a conditional clause or a question, and the complement of
a refusal, a demand, a threat or an accusation are no events of their own; a future modal or an
intent verb (``will``, ``plans to``, ``agreed to``) makes the act an intent (``is_future``; its
code from ``seeds/curated/intent_codes.csv``: AGREE for cooperation, THREATEN for force).

Every report keeps its rule id, its verb or noun lemma, and how its actor and recipient were
found (``subject``, ``passive_agent``, ``object``, ``prep:<word>``, ``possessor``,
``apposition``, ``pronoun``, ...).
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from flows import SEEDS_DIR
from flows.events import timex
from flows.events.dictionary import Pattern, VerbDictionary
from flows.events.nlp import upos

#: PLOVER's visits: the visitor acts. A host code with a reverse code (CAMEO's [043:042]) is coded the
#: other way round: "Diaz-Canel received Lavrov" is Lavrov's visit (042) to Diaz-Canel
HOST_CODES = frozenset({"043"})
#: reports of one act with several recipients named ("met with X, Y and Z") at most
MAX_RECIPIENTS = 4
#: "will not accept": CAMEO's "Reject, not specified below"
NEGATED_REJECTION = "120"
#: "X and Y agreed that ...": CAMEO's "Express accord" (a statement, no PLOVER event)
EXPRESSED_ACCORD = "019"
#: "X said Y must withdraw": CAMEO's "Demand, not specified below"
DEMANDED = "100"
#: a complement of these acts is what was demanded, refused, threatened or condemned, not an act of its own
GOVERNING_ROOTS = ("02", "10", "11", "12", "13")
#: dependency labels of a verb's own clausal dependents (their words are not the verb's pattern words)
CLAUSAL = frozenset({"ccomp", "advcl", "xcomp", "conj", "parataxis", "relcl", "csubj", "acl", "punct", "mark", "cc",
                     "appos"})
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
#: how a noun that names an actor itself was resolved (not a qualifier of it: "Russia's decision")
NAMED = frozenset({"mention", "pronoun", "speaker", "apposition"})
OBJECTS = ("dobj", "dative", "attr", "oprd")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
#: the words of a time phrase's object before it ("on the following Monday", "in early March")
TIME_WORDS = frozenset({"det", "amod", "compound", "nummod", "advmod"})
#: a verb's dependents whose noun phrases a pattern's object words are looked for in
REGION_CHILDREN = frozenset({"dobj", "dative", "attr", "oprd", "acomp", "prt", "npadvmod", "advmod", "xcomp"})
#: what makes up a noun phrase (its modifiers and coordinated heads), not the phrases hanging on it
NOUN_PHRASE = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "conj", "cc", "case", "quantmod",
                         "advmod", "npadvmod", "punct", "dobj", "prt", "aux", "neg"})


@functools.lru_cache(maxsize=65536)
def _tokens_of(phrase: str) -> list[str]:
    """A dictionary phrase as the parser's tokens: "cease-fire" is cease, -, fire."""
    return [w for part in phrase.split(" ") for w in re.split(r"(-)", part) if w]


_IRREGULAR = {"is": "be", "was": "be", "were": "be", "are": "be", "am": "be", "been": "be", "being": "be", "'s": "be",
              "has": "have", "had": "have", "having": "have", "'ve": "have", "did": "do", "does": "do", "done": "do",
              "'ll": "will", "wo": "will", "ca": "can", "'d": "would"}


@functools.lru_cache(maxsize=100_000)
def lemma_of(dictionary: VerbDictionary, lower: str, tag: str) -> str:
    """A token's lemma from the verb dictionary's forms ("staged" is "stage", "talks" a noun of its
    own), else regular inflection undone towards a word the dictionary knows, else the word."""
    if lower in _IRREGULAR and tag[:2] in ("VB", "MD"):
        return _IRREGULAR[lower]
    if tag[:2] not in ("VB", "NN"):
        return lower
    known = dictionary.forms.get(lower)
    if known:
        single = sorted(x for x in known if " " not in x)
        if lower in single:
            return lower
        if single:
            return single[0]
    if tag[:2] == "VB":
        tries = []
        if lower.endswith("ies") or lower.endswith("ied"):
            tries.append(lower[:-3] + "y")
        if lower.endswith("ing"):
            tries += [lower[:-3] + "e", lower[:-3], lower[:-4]]
        if lower.endswith("ed"):
            tries += [lower[:-1], lower[:-2], lower[:-3]]
        if lower.endswith("es"):
            tries += [lower[:-2], lower[:-1]]
        elif lower.endswith("s"):
            tries.append(lower[:-1])
    else:
        tries = [lower[:-3] + "y"] if lower.endswith("ies") else [lower[:-1]] if lower.endswith("s") else []
    return next((t for t in tries if t in dictionary.by_lemma or t in dictionary.forms), lower)


@dataclass(frozen=True)
class Constructions:
    """The coder's word lists (seeds/curated/constructions.csv), by construction."""

    words: Mapping[str, frozenset[str]]
    intent_codes: Mapping[str, str]  # CAMEO prefix -> intent code ("" keeps the act's own)

    def __getitem__(self, kind: str) -> frozenset[str]:
        return self.words.get(kind, frozenset())

    def intent(self, code: str) -> str:
        for n in range(len(code), 1, -1):
            if code[:n] in self.intent_codes:
                return self.intent_codes[code[:n]] or code
        return code


def load_constructions(seeds_dir: Path = SEEDS_DIR) -> Constructions:
    words: dict[str, set[str]] = defaultdict(set)
    with open(Path(seeds_dir) / "curated" / "constructions.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            words[r["construction"]].add(r["word"].strip().lower())
    with open(Path(seeds_dir) / "curated" / "intent_codes.csv", newline="", encoding="utf-8") as f:
        intents = {r["cameo_prefix"]: r["intent_code"].strip() for r in csv.DictReader(f)}
    return Constructions({k: frozenset(v) for k, v in words.items()}, intents)


@functools.cache
def default_constructions() -> Constructions:
    return load_constructions()


@dataclass
class Found:
    """One coded act of a sentence, before dating (token indices in the sentence's doc)."""

    trigger: int  # token index
    pattern: Pattern
    code: str
    actor: str | None
    recipient: str | None
    actor_found_by: str | None
    recipient_found_by: str | None
    is_future: bool
    score: int
    clause: frozenset[int] = field(default_factory=frozenset)  # the tokens of the act's own clause
    depth: int = 0  # of the trigger in the tree: the sentence's main act is the shallowest


@dataclass
class Participant:
    actor_id: str
    start: int  # character offsets in the sentence
    end: int
    kind: str  # actor type: person / country / organization / group / region


class Sentence:
    """A parsed sentence with its actor mentions laid over its tokens."""

    def __init__(self, doc, participants: list[Participant], earlier: list[tuple[int, str, str, bool]],
                 dictionary: VerbDictionary, constructions: Constructions, categories: Mapping[str, str]):
        self.doc = doc
        self.dictionary = dictionary
        self.k = constructions
        self.categories = categories
        self.earlier = earlier  # (sentence no, actor id, kind, was a subject) of the actors named before, in order
        self.tokens = tokens = list(doc)  # Token objects made once (spaCy makes a new one per access)
        self.acts: dict[int, str] = {}  # token -> the CAMEO code its pattern gave (an event or not)
        self.upos = [("AUX" if t.dep_ in ("aux", "auxpass") else upos(t.tag_)) for t in tokens]
        self.lemma = [lemma_of(dictionary, t.lower_, t.tag_) for t in tokens]
        #: every word and lemma of the sentence (a pattern needing another word cannot match)
        self.words = frozenset(t.lower_ for t in tokens) | frozenset(self.lemma)
        self.covering: dict[int, Participant] = {}
        for t in tokens:
            for p in participants:
                if t.idx < p.end and t.idx + len(t) > p.start:
                    self.covering.setdefault(t.i, p)

    # ------------------------------------------------------------------ participants

    def participant(self, tok, depth: int = 0, exclude: frozenset[str] = frozenset()
                    ) -> tuple[Participant | None, str]:
        """The actor a noun stands for, and how it was found; a pronoun is none of ``exclude`` (the
        subject of its own clause: "Welcoming him, Diaz-Canel thanked ...")."""
        p = self.covering.get(tok.i)
        if p is not None and not (p.kind == "group" and tok.dep_ in ("amod", "compound") and self.upos[tok.head.i] == "NOUN"
                                  and tok.head.i not in self.covering and self.lemma[tok.head.i] not in self.k["group_head"]):
            if not (p.kind == "group" and len(p.actor_id) == 3 and self.of_object(tok) is not None):
                if p.kind == "group" and depth <= 3:
                    # "Trump's national security adviser, Mike Flynn": the person the title names
                    named = next((q for c in tok.children if c.dep_ == "appos"
                                  for q in [self.participant(c, depth + 1)[0]] if q is not None and q.kind == "person"), None)
                    if named is not None:
                        return named, "apposition"
                return p, "mention"  # (not "Representatives of Russia": a group of no country stands for the country)
        if depth > 3:
            return None, ""
        if self.upos[tok.i] == "PRON":
            if tok.lower_ in self.k["speaker_pronoun"]:
                p = self.speaker(tok, exclude)
                return (p, "speaker") if p is not None else (None, "")
            p = self.pronoun(tok, exclude)
            return (p, "pronoun") if p is not None else (None, "")
        for c in tok.children:
            if c.dep_ == "appos":
                p, _ = self.participant(c, depth + 1)
                if p is not None:
                    return p, "apposition"
        for c in tok.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod", "npadvmod") and c.i in self.covering \
                    and (self.covering[c.i].kind != "group" or c.dep_ == "poss" or self.lemma[tok.i] in self.k["group_head"]
                         or self.lemma[tok.i] in self.k["facility"]):
                # "Iraqi officials", "Syria's army"; not "military aid", "police helicopter" (a group as a modifier)
                return self.covering[c.i], "possessor" if c.dep_ == "poss" else "qualifier"
            if c.dep_ in ("amod", "compound") and c.lower_ in self.k["leading_participle"]:
                leader = next((g for g in c.children if g.i in self.covering and self.covering[g.i].kind != "group"), None)
                if leader is not None:  # "the Saudi-led force", "the US-led coalition": the leader's
                    return self.covering[leader.i], "qualifier"
            if c.dep_ == "poss" and self.upos[c.i] == "PRON":  # "its jets": whose the pronoun says
                nearest = self.pronoun(c)
                if nearest is not None and nearest.actor_id in exclude:
                    continue  # bound by its clause's subject: "China will safeguard its own interests"
                p = self.pronoun(c, exclude)
                if p is not None:
                    return p, "possessor_pronoun"
        g = self.of_object(tok)
        if g is not None:
            p, _ = self.participant(g, depth + 1)
            if p is not None:
                return p, "of"  # "the government of Syria", "a car bombing by the Islamic State"
        if tok.dep_ == "attr" and self.upos[tok.i] == "NOUN" and tok.head.lower_ in self.k["copula"]:
            # "Kislyak is the same man who met Flynn": the man is the copula's subject
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subject is not None:
                p, _ = self.participant(subject, depth + 1)
                if p is not None:
                    return p, "predicate"
        if tok.lower_ in self.k["title"] and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            p = self.pronoun(tok)  # "the minister said": the last person named
            if p is not None:
                return p, "pronoun"
        return None, ""

    def of_object(self, tok):
        """The noun after "of" or "by" on a noun ("the government of Syria"), or None."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "by"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        return None

    def pronoun(self, tok, exclude: frozenset[str] = frozenset()) -> Participant | None:
        """The last actor named before the pronoun (in this sentence, then earlier ones) whose kind fits."""
        low = tok.lower_
        if low in self.k["person_pronoun"] or low in self.k["title"]:
            kinds = ("person",)
        elif low in self.k["group_pronoun"]:
            kinds = ("country", "organization", "group") if low in ("it", "its") else (
                "country", "organization", "group", "person")
        else:
            return None
        before = [p for i, p in sorted(self.covering.items()) if i < tok.i and p.kind in kinds
                  and p.actor_id not in exclude]
        if before:
            return before[-1]
        # the most recent sentence naming one of that kind: its subject, else the last one it names
        for no in sorted({e[0] for e in self.earlier}, reverse=True):
            fitting = [e for e in self.earlier if e[0] == no and e[2] in kinds and e[1] not in exclude]
            if fitting:
                chosen = next((e for e in fitting if e[3]), fitting[-1])
                return Participant(chosen[1], -1, -1, chosen[2])
        return None

    def speaker(self, tok, exclude: frozenset[str] = frozenset()) -> Participant | None:
        """Who "I" or "we" is: the named subject of the speech verb whose complement holds the pronoun
        ("'We condemn the attack,' Putin said", "He said: 'We will investigate'"); None when no speaker
        is named in the sentence."""
        a = tok
        while a.head.i != a.i:
            if a.dep_ in ("ccomp", "parataxis") and self.lemma[a.head.i] in self.k["speech_verb"]:
                for s in a.head.children:
                    if s.dep_ == "nsubj" and (self.upos[s.i] != "PRON" or s.lower_ in self.k["person_pronoun"]):
                        p, _ = self.participant(s)
                        return p if p is not None and p.actor_id not in exclude else None
                return None
            a = a.head
        return None

    def subjects(self) -> set[str]:
        """Actors named as the subject of a verb of the sentence (for the next sentences' pronouns)."""
        return {p.actor_id for t in self.tokens if t.dep_ in SUBJECTS
                for p in [self.participant(t)[0]] if p is not None}

    def with_conjuncts(self, tok) -> list:
        return [tok, *[c for c in tok.conjuncts if c.i > tok.i]]

    def resolve_all(self, toks: list, exclude: frozenset[str] = frozenset()) -> list[tuple[Participant, str]]:
        """The actors the nouns (with their conjuncts) stand for; "representatives of Russia, Turkey
        and Iran" are the three."""
        out = []
        for t in toks:
            for c in self.with_conjuncts(t):
                p, how = self.participant(c, exclude=exclude)
                found = [(p, how)]
                if how == "of":
                    found += [(q, "of") for x in self.with_conjuncts(self.of_object(c))[1:]
                              for q in [self.participant(x, exclude=exclude)[0]] if q is not None]
                qualified = how == "qualifier" or (how == "mention" and p is not None and p.kind == "group")
                if how == "mention" and qualified and self.of_object(c) is not None:
                    # "the presidents of Egypt and Turkey": EGYGOV, and Turkey
                    found += [(q, "of") for x in self.with_conjuncts(self.of_object(c))
                              for q in [self.participant(x, exclude=exclude)[0]]
                              if q is not None and q.actor_id != p.actor_id[:3]]
                if how == "apposition" or qualified:
                    # "Japan's Prime Minister Kishida and Philippine President Marcos", "Russian and US lawmakers"
                    for a in c.children:
                        if (how == "apposition" and a.dep_ == "appos") or (
                                qualified and a.dep_ in ("amod", "compound") and a.i in self.covering):
                            # a group's own country is its adjective's last conjunct: "Russian and US lawmakers" are USALEG
                            others = self.with_conjuncts(a)[1:] if how != "mention" else [
                                x for x in self.with_conjuncts(a) if self.covering.get(x.i) is not None
                                and self.covering[x.i].actor_id != p.actor_id[:3]]
                            found += [(q, how) for x in others
                                      for q in [self.participant(x, exclude=exclude)[0]] if q is not None]
                for q, h in found:
                    if q is not None and all(q.actor_id != r.actor_id for r, _ in out):
                        out.append((q, h))
        return out

    # ------------------------------------------------------------------ roles of a verb

    def is_passive(self, v) -> bool:
        """A passive, not a state ("China is opposed to the deployment": China opposes it)."""
        if self.lemma[v.i] in self.k["stative_participle"] and not self.agent_tokens(v):
            return False
        return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in v.children) or (
            v.dep_ == "acl" and v.tag_ == "VBN")

    def subject_tokens(self, v, depth: int = 0) -> tuple[list, str]:
        """The verb's subject tokens, and where they came from."""
        own = [c for c in v.children if c.dep_ in SUBJECTS]
        if own:
            if own[0].lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                return [v.head], "relative_head"
            return own, "subject"
        if depth > 4:
            return [], ""
        head = v.head
        if v.dep_ == "xcomp" and self.upos[head.i] == "ADJ" and head.dep_ in ("acomp", "amod", "xcomp"):
            head = head.head  # "Pakistan is willing to withdraw": the subject of "is"
        if v.dep_ == "xcomp":
            if self.lemma[head.i] in self.k["object_control"]:
                objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
                if objs:
                    return objs, "controller_object"
            toks, how = self.subject_tokens(head, depth + 1)
            return toks, how and ("governor_subject" if how != "relative_head" else how)
        if v.dep_ in ("acomp", "attr") and self.upos[head.i] in ("VERB", "AUX"):  # "China is opposed to"
            toks, how = self.subject_tokens(head, depth + 1)
            return toks, how
        if v.dep_ == "conj" and self.upos[head.i] in ("VERB", "AUX"):
            toks, how = self.subject_tokens(head, depth + 1)
            return toks, how and "conjunct_subject"
        if v.dep_ in ("relcl", "acl") and self.upos[head.i] in ("NOUN", "PROPN", "PRON"):
            if v.dep_ == "acl" and v.tag_ == "VBG" and self.participant(head)[0] is None \
                    and head.dep_ in ("dobj", "pobj") and self.upos[head.head.i] in ("VERB", "AUX"):
                # "Amnesty put out a report accusing the army": the report's author accuses
                toks, how = self.subject_tokens(head.head, depth + 1)
                if toks:
                    return toks, "author"
            return [head], "relative_head"
        if v.dep_ in ("advcl", "pcomp") and v.tag_ in ("VBG", "VBN"):
            gov = head.head if v.dep_ == "pcomp" else head
            if self.upos[gov.i] in ("VERB", "AUX"):
                toks, how = self.subject_tokens(gov, depth + 1)
                return toks, how and "clause_subject"
        return [], ""

    def agent_tokens(self, v, shared: bool = True) -> list:
        """The by-agent of a passive; coordinated participles share one ("was arrested in Sudan and
        whisked to France by French intelligence")."""
        own = [g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if own or not shared or v.tag_ != "VBN":
            return own
        sharing = [c for c in v.children if c.dep_ == "conj" and c.tag_ == "VBN"]
        if v.dep_ == "conj" and v.head.tag_ == "VBN":
            sharing.append(v.head)
        return next((a for c in sharing for a in [self.agent_tokens(c, False)] if a), [])

    def object_tokens(self, v) -> list:
        return [c for c in v.children if c.dep_ in OBJECTS]

    def prep_objects(self, head, preps) -> list[tuple[str, object]]:
        """(preposition, its object) of the head's prepositional phrases whose preposition is one of
        ``preps``, in order; a phrasal verb's particle is no preposition."""
        out = []
        for c in head.children:
            if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                # "met with visiting French President Macron": the participle taken for the phrase's head
                objs = objs or [d for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                                for d in g.children if d.dep_ == "dobj"]
                out += [(c.lower_, g) for g in objs]
        return out

    # ------------------------------------------------------------------ patterns

    def region(self, v) -> list:
        """The words of the verb's object phrases (and of the subject of a passive) that its pattern
        may ask for: each object's head and the words that make up its noun phrase, not the
        phrases and clauses that hang on it (those are a pattern's prepositional phrases)."""
        heads = [c for c in v.children if c.dep_ in REGION_CHILDREN]
        if self.lemma[v.i] in self.k["supply_verb"]:
            heads += [g for _, g in self.prep_objects(v, {"with"})]  # "provided Egypt with military aid"
        if v.dep_ == "relcl" and not any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in v.children) \
                and any(c.dep_ == "nsubj" for c in v.children):
            heads.append(v.head)  # an object relative: "a meeting (that) he held with Y" holds the meeting
        if self.is_passive(v):
            heads += [c for c in v.children if c.dep_ in ("nsubjpass", "csubjpass")]
            if v.dep_ == "acl":
                heads.append(v.head)
        return self.noun_phrase(heads, outside=v, measured=True)

    def noun_phrase(self, heads, outside=None, measured: bool = False) -> list:
        """The heads and the words that make up their noun phrases (not ``outside``), in order; with
        ``measured``, a measure's "of"/"in" phrase too ("3,000 tonnes of aid", "$50 billion in military
        assistance": the aid is what is named)."""
        out, stack = [], list(heads)
        while stack:
            t = stack.pop()
            out.append(t)
            stack += [c for c in t.children if c.dep_ in NOUN_PHRASE and (outside is None or c.i != outside.i)]
            if measured and (t.lower_ in self.k["quantity_noun"] or self.lemma[t.i] in self.k["quantity_noun"]):
                stack += [g for _, g in self.prep_objects(t, {"of", "in"})]
        return sorted(out, key=lambda t: t.i)

    def prep_phrases(self, v) -> list:
        """The prepositions of the verb, and of its objects, whose phrases a pattern may ask for."""
        holders = [v, *[c for c in v.children if c.dep_ in REGION_CHILDREN]]
        if self.is_passive(v):
            holders += [c for c in v.children if c.dep_ in ("nsubjpass", "csubjpass")]
        return [c for h in holders for c in h.children if c.dep_ in ("prep", "agent", "dative", "prt", "advmod")
                and not self.is_time_phrase(c)]

    def is_time_phrase(self, prep) -> bool:
        """"on Tuesday", "in 2015", "on March 18": a time, no phrase a pattern asks for ("called Y on
        Tuesday" is no "call on" appeal)."""
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.dep_ != "prep" or not objs:
            return False
        o = objs[0]  # the object's own words, not the phrases and clauses on it
        own = [prep, *[c for c in o.children if c.i < o.i and c.dep_ in TIME_WORDS], o,
               *[c for c in o.children if c.i > o.i and c.dep_ == "nummod"]]
        return timex.find(" ".join(t.text for t in own), None) is not None

    def _slots_match(self, slots, tokens, verb=None, first: frozenset[int] | None = None) -> int | None:
        """Words matched when the slots match the tokens in order; None when they do not. A slot
        word the parse reads as a preposition or particle counts only on the verb itself ("head to
        Y", not "ordered him to be wiretapped"); the first slot's words, when ``first`` is given, only
        on those tokens (a prepositional phrase's own noun phrase; an actor's slot may be further in)."""
        pos, matched = 0, 0
        for n, slot in enumerate(slots):
            hit = None
            for j in range(pos, len(tokens)):
                t = tokens[j]
                if n == 0 and first is not None and t.i not in first and not slot & {"+", "$", "^"}:
                    continue
                if "^" in slot:
                    hit = j
                    break
                # an actor's slot: the head of the phrase names one ("welcomed Putin", "received the Chinese
                # delegation"; not "welcomed Trump's move")
                if ("+" in slot or "$" in slot) and t.dep_ in SUBJECTS + OBJECTS + ("pobj",):
                    how = self.participant(t)[1]
                    if how in NAMED or (how == "qualifier" and self.lemma[t.i] in self.k["group_head"]):
                        hit = j
                        break
                for alt in slot:
                    words = _tokens_of(alt)
                    if len(words) == 1:
                        if (t.lower_ == alt or self.lemma[t.i] == alt) and not (
                                verb is not None and upos(t.tag_) in ("ADP", "PART") and t.head.i != verb.i) and not (
                                t.dep_ == "amod" and t.tag_ == "VBG" and t.lower_ != alt):  # "told visiting Y" is no "visit"
                            hit = j
                            break
                    elif [x.lower_ for x in tokens[j:j + len(words)]] == words:
                        hit = j + len(words) - 1
                        break
                if hit is not None:
                    break
            if hit is None:
                return None
            if "^" not in slot:  # an actor's slot is a match too ("received +" is more than "received")
                matched += 1
            pos = hit + 1
        return matched

    def match(self, pattern: Pattern, v, region: list, subject: list) -> int | None:
        """How many words of the pattern match around the verb (None: it does not match)."""
        score = 0
        if pattern.particle:
            words = pattern.particle.split(" ")
            near = {c.lower_ for c in v.children if c.dep_ in ("prt", "prep", "advmod", "dative", "agent")}
            if words[0] not in near:
                return None
            score += 1
        if pattern.object:
            got = self._slots_match(pattern.object, region, v)
            if got is None:
                return None
            score += got
        for prep, slots in pattern.preps:
            best = None
            alternatives = prep.split("|")  # "on|against"
            for t in self.prep_phrases(v):
                if not pattern.object and t.head.i != v.i and t.head.i not in self.covering:
                    continue  # a pattern of no object words takes the verb's phrase, not a thing's
                    # ("welcomed Y to Moscow", not "welcomed China's commitment to the accord")
                if t.lower_ in alternatives:
                    sub = [x for x in t.subtree if x.i != t.i]
                    # "accused Y of deploying missiles in violation of ...": the phrase's words are its own
                    # noun phrase's, not those of the phrases hanging on it
                    got = self._slots_match(slots, sub, first=frozenset(x.i for x in self.noun_phrase(
                        [g for g in t.children if g.dep_ in ("pobj", "pcomp")]))) if slots else 0
                    if got is not None and (best is None or got > best):
                        best = got
            if best is None:
                return None
            score += 1 + best
        if pattern.subject:
            sub_tokens = [x for s in subject for x in s.subtree]
            got = self._slots_match(pattern.subject, sub_tokens)
            if got is None:
                return None
            score += got
        return score

    def best_pattern(self, tok, lemmas: set[str], pos: str, region: list, subject: list):
        best, key = None, None
        for lemma in sorted(lemmas):  # in a fixed order: ties go the same way in every process
            # only the patterns whose words are all somewhere in the sentence are tried on the parse
            for order, p in self.dictionary.candidates(lemma, pos, self.words):
                s = self.match(p, tok, region, subject)
                if s is None:
                    continue
                k = (s, p.rule_id.startswith("curated:"), p.own, -order)
                if key is None or k > key:
                    best, key = p, k
        return best, (key[0] if key else 0)

    # ------------------------------------------------------------------ modality

    def negated(self, v) -> bool:
        neg = self.k["negation"]
        for c in v.children:
            if c.dep_ == "neg" or (c.dep_ in ("advmod", "det", "preconj") and c.lower_ in neg):
                return True
            if c.dep_ in ("dobj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
                return True
        if v.dep_ == "pcomp" and v.head.lower_ in neg:  # without consulting Y
            return True
        return False

    def modality(self, v) -> str | None:
        """future / hypothetical / None for the verb's own auxiliaries."""
        for c in v.children:
            if c.dep_ == "aux":
                low = c.lower_.strip("'’")
                if low in self.k["hypothetical_modal"] or ("'" + low) in self.k["hypothetical_modal"]:
                    return "hypothetical"
                if low in self.k["future_modal"] or ("'" + low) in self.k["future_modal"]:
                    return "future"
        return None

    def conditional(self, v) -> bool:
        t = v
        for _ in range(6):
            if any(c.dep_ == "mark" and c.lower_ in self.k["conditional_mark"] for c in t.children):
                return True
            if t.dep_ in ("advcl", "ccomp", "xcomp", "conj") and t.head.i != t.i:
                t = t.head
                continue
            break
        return False

    def question(self) -> bool:
        return self.doc.text.rstrip(" \"”'’)").endswith("?")

    def habitual(self, v) -> bool:
        """What an actor does as a rule, not an act that happened: "has targeted Shiites in the past",
        "throughout her career, she has battled ...", "routinely detains"."""
        words = [self.tokens[i] for i in self.clause(v)]
        return any(t.lower_ in self.k["habitual"] for t in words) or any(
            t.lower_ == "past" and t.head.lower_ == "in" and any(d.lower_ == "the" for d in t.children)
            or t.lower_ in self.k["habitual_span"] and t.head.lower_ == "throughout" for t in words)

    def inquiry(self, v) -> bool:
        """"asked (by a reporter) why ...", "asked whether ...": a question put, no appeal."""
        return self.lemma[v.i] in self.k["question_verb"] and any(
            c.dep_ == "ccomp" and any(w.i < c.i and w.lower_ in self.k["question_word"] for w in c.children)
            for c in v.children)

    def told(self, v, code: str) -> bool:
        """A verb that tells of a material act does not do it ("cited an attack", "reported the arrest
        of Y"): the source's "report * attack" (190) would make the teller the attacker."""
        return self.lemma[v.i] in self.k["reporting_verb"] and code[:2] >= "14"

    def governed(self, v) -> tuple[str, object] | None:
        """('intent' | 'refusal' | 'negated' | 'hypothetical' | 'attempt', governor) when the verb is
        the complement of a verb that decides its status: its infinitive or gerund ("refused to meet",
        "could hurt Y by hampering"), the gerund after a preventing verb's "from" ("prohibited from
        launching"), the clause of a verb that only alleges it ("alleged Duterte betrayed"); a
        coordinated verb shares its first conjunct's governor."""
        t, hops, via_pcomp = v, 0, False
        while t.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acomp", "conj") and hops < 5:
            gov = t.head
            hops += 1
            lemma = self.lemma[gov.i]
            if t.dep_ == "pcomp" and gov.lower_ == "from" and self.lemma[gov.head.i] in self.k["preventive_verb"]:
                return "negated", gov.head
            if t.dep_ == "ccomp" and lemma in self.k["unasserted_verb"]:
                return "hypothetical", gov
            if t.dep_ == "xcomp" or (t.dep_ == "pcomp" and gov.dep_ == "prep") or (t.dep_ == "prep" and via_pcomp):
                if self.negated(gov):
                    return "negated", gov
                if self.modality(gov) == "hypothetical" or lemma in self.k["hypothetical_modal"]:
                    return "hypothetical", gov
                if lemma in self.k["refusal_verb"]:
                    return "refusal", gov
                if t.dep_ == "xcomp" and gov.lower_ in self.k["copula"] and not any(
                        c.dep_ in ("acomp", "attr") for c in gov.children):  # (not "it is necessary to arrest Y")
                    # "Merkel is to meet Pence next week": a plan; "Russia is to blame": a verdict, no act
                    return ("hypothetical" if self.lemma[t.i] in self.k["be_to_idiom"] else "intent"), gov
                if lemma in self.k["intent_verb"] or gov.lower_ in self.k["intent_verb"]:
                    return "intent", gov
                if lemma in self.k["attempt_verb"]:
                    return "attempt", gov
            via_pcomp = t.dep_ == "pcomp"
            t = gov
        return None

    def purposed(self, v) -> bool:
        """The act is only aimed at, not done: the infinitive on a noun of purpose ("efforts to bar
        citizens", "his mission to persuade Britons", "readiness to assist in promoting"), or a verb
        within one; not "the decision to expel", "the first leader to meet Putin"."""
        t = v
        while True:
            if t.dep_ in ("relcl", "acl") and (t.head.lower_ in self.k["purpose_noun"]
                                               or self.lemma[t.head.i] in self.k["purpose_noun"]) \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                return True
            if t.dep_ not in ("xcomp", "conj", "pcomp", "prep") or t.head.i == t.i:
                return False
            t = t.head

    # ------------------------------------------------------------------ coding

    def triggers(self):
        """(token, lemmas, pos) of the words the dictionary knows."""
        for t in self.tokens:
            if self.upos[t.i] == "VERB" or (self.upos[t.i] == "AUX" and t.dep_ not in ("aux", "auxpass")):
                lemmas = {x for x in self.dictionary.lemmas_of(t.text, self.lemma[t.i]) if self.dictionary.patterns(x, "VERB")}
                if lemmas:
                    yield t, lemmas, "VERB"
            elif self.upos[t.i] in ("NOUN", "PROPN"):
                lemmas = {x for x in self.dictionary.lemmas_of(t.text, self.lemma[t.i]) if self.dictionary.patterns(x, "NOUN")}
                if lemmas:
                    yield t, lemmas, "NOUN"

    def code(self) -> list[Found]:
        if self.question():
            return []
        found: list[Found] = []
        for tok, lemmas, pos in self.triggers():
            found += self.code_verb(tok, lemmas) if pos == "VERB" else self.code_noun(tok, lemmas)
        found += self.demands()
        return self._suppressed(found)

    def demands(self) -> list[Found]:
        """"X said Y must withdraw": a speaker demanding an act of another (CAMEO 100)."""
        out = []
        for v in self.tokens:
            if self.lemma[v.i] not in self.k["speech_verb"] or self.negated(v):
                continue
            for c in v.children:
                obliged = c.dep_ == "ccomp" and (
                    any(a.dep_ == "aux" and self.lemma[a.i] in self.k["obligation_modal"] for a in c.children)
                    or (self.lemma[c.i] in self.k["obligation_verb"]
                        and any(x.dep_ == "xcomp" and any(t.lower_ == "to" for t in x.children) for x in c.children)))
                if not obliged:
                    continue
                speakers = [(p, how) for p, how in self.resolve_all(self.subject_tokens(v)[0])]
                targets = self.resolve_all([x for x in c.children if x.dep_ in SUBJECTS])
                if speakers and targets and speakers[0][0].actor_id != targets[0][0].actor_id:
                    pattern = Pattern("curated:demand-said", "VERB", self.lemma[v.i], (), (), (), DEMANDED, "",
                                      "", self.lemma[v.i])
                    out.append(Found(c.i, pattern, DEMANDED, speakers[0][0].actor_id, targets[0][0].actor_id,
                                     "speaker", "obliged_subject", False, 1, frozenset(self.clause(v)), 1))
        return out

    def _category(self, code: str) -> str | None:
        return self.categories.get(code)

    def code_verb(self, v, lemmas) -> list[Found]:
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ in self.k["recipient_prep"]:
            return []  # "met with visiting French President Macron": a participle taken for a verb
        subj_toks, subj_how = self.subject_tokens(v)
        passive = self.is_passive(v)
        region = self.region(v)
        pattern, score = self.best_pattern(v, lemmas, "VERB", region, subj_toks)
        if pattern is None or not pattern.code:
            return []
        code, reverse = pattern.code, pattern.reverse_code
        if score == 0 and self.lemma[v.i] in self.k["accord_verb"] and any(
                c.dep_ == "ccomp" and self.modality(c) is None for c in v.children):
            code, reverse = EXPRESSED_ACCORD, ""  # "agreed that there was no evidence": a view shared, no agreement
        self.acts[v.i] = code  # what the verb does, coded or not: its complements are that act's
        if self.conditional(v) or self.inquiry(v) or self.habitual(v) or self.told(v, code):
            return []
        if self.negated(v):
            if self.lemma[v.i] not in self.k["negated_rejection"] and self.modality(v) != "future":
                return []
            # "will not accept refugees from Afghanistan", "Israel will not release prisoners": a refusal
            code, reverse = NEGATED_REJECTION, ""
        if score == 0 and self.lemma[v.i] in self.k["intent_verb"] and not code.startswith("03"):
            return []  # "he said he wanted": an intent verb alone is no act; its complement is
        deps = {c.dep_ for c in v.children}
        if score == 0 and (self.lemma[v.i] in self.k["attempt_verb"] or {"dobj", "oprd"} <= deps):
            # "managed to walk": an attempt or an aspect is its complement's act, if any; "called Putin a
            # killer", "dubbed the president a conman": naming, no call
            return []
        mood = self.modality(v)
        if mood == "hypothetical" or self.purposed(v):
            return []
        future = mood == "future" and code != NEGATED_REJECTION
        status = self.governed(v)
        if status is not None:
            kind, gov = status
            if kind in ("negated", "hypothetical", "refusal"):
                return []
            if kind == "intent" or (kind == "attempt" and self.modality(gov) == "future"):
                future = True  # "agreed to supply", "will continue to supply"
        # roles
        if passive:
            actors = [(p, "passive_agent") for p, _ in self.resolve_all(self.agent_tokens(v))]
            recipients = [(p, "passive_subject") for p, _ in self.resolve_all(subj_toks)]
        else:
            actors = [(p, subj_how if how == "mention" else f"{subj_how}_{how}")
                      for p, how in self.resolve_all(subj_toks)]
            # a clause on a thing only qualified by an actor describes the thing ("the US intelligence report
            # demonstrating ...", "the Latvian-Belarusian consortium, which has purchased ..."): no actor
            # (a group of people is no thing: "a Syrian opposition group called on ...")
            actors = [(p, h) for p, h in actors if h != "relative_head_qualifier"
                      or self.lemma[subj_toks[0].i] in self.k["group_head"]]
            recipients = self._recipients(v, pattern, code, exclude=frozenset(p.actor_id for p, _ in actors))
        if score == 0 and not recipients and self.lemma[v.i] in self.k["warning_verb"] and self._foreseen(v, actors):
            return []  # "experts warned that democracy could be under threat": a foreboding, no threat
        # (a pattern's own preposition is its object: "called for calm", "appealed for aid")
        own_preps = {w for p, _ in pattern.preps for w in p.split("|")} if score else set()
        has_object = bool(self.object_tokens(v) or self.prep_objects(v, self.k["recipient_prep"] | {"in", "at"} | own_preps)
                          or (passive and subj_toks) or any(c.dep_ in ("xcomp", "ccomp") for c in v.children))
        return self._found(v, pattern, code, reverse, actors, recipients, future, score, has_object)

    def _foreseen(self, v, actors) -> bool:
        """A warning to no one named whose clause tells what someone else or something will do or
        suffer, not what the warner will do ("warned that it would retaliate" and "warned Israel that
        ..." are threats)."""
        clauses = [c for c in v.children if c.dep_ == "ccomp"]
        if not clauses:
            return False
        mine = {p.actor_id for p, _ in actors}
        return all(not mine & {p.actor_id for p, _ in self.resolve_all(self.subject_tokens(c)[0])} for c in clauses)

    def recipient_preps(self, code: str) -> list[str]:
        """Prepositions that mark the recipient of an act with this code, in order of preference."""
        preps = sorted(self.k["recipient_prep"])
        if code[:2] >= "08" or code[:2] == "02":  # "attacks on Y", "fired at Y", "called on Y", "lifted sanctions on Y"
            preps += sorted(self.k["conflict_recipient_prep"])
        return preps

    def _recipients(self, head, pattern: Pattern, code: str, depth: int = 0,
                    exclude: frozenset[str] = frozenset()) -> list[tuple[Participant, str]]:
        """The recipient: the pattern's (``(to +)``), else an object that names an actor, else the
        first recipient preposition's object - of the head, of its objects or of a participle on
        them ("imposed sanctions on Y", "lifted sanctions imposed on Y") -, else what qualifies the
        object ("summoned France's ambassador"), else the complement's ("refused to meet Y")."""
        wanted = [w for p, slots in pattern.preps if any("+" in s for s in slots) for w in p.split("|")]
        objects = self.object_tokens(head)
        # where a recipient's preposition may hang: the head, its objects, a participle on them ("sanctions
        # imposed on Y"), the nouns of its own phrases ("engaged in discussions with Y")
        phrase_nouns = [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        # (and the noun of an object's of-phrase: "signed a memorandum of understanding with Y")
        of_nouns = [g for o in objects for _, g in self.prep_objects(o, {"of"})]
        holders = [head, *objects, *[a for o in objects for a in o.children if a.dep_ == "acl"], *of_nouns,
                   *phrase_nouns]
        for h in holders:
            out = [(p, f"prep:{prep}") for prep, g in self.prep_objects(h, wanted) for p, _ in self.resolve_all([g], exclude)]
            if out:
                return out
        # an object that is the pattern's own word and a group of no country is what was done, not to whom
        # ("massed troops near Y"); what qualifies it may be ("struck a Boko Haram camp")
        themes = {w for slot in pattern.object for w in slot}
        direct = [(p, how, p.kind == "group" and len(p.actor_id) == 3 and any(
                      o.lower_ in themes or self.lemma[o.i] in themes for o in self.with_conjuncts(t)))
                  for t in objects for p, how in self.resolve_all([t], exclude)]
        strong = [(p, "object" if how == "mention" else f"object_{how}") for p, how, theme in direct
                  if how not in ("possessor", "qualifier") and not theme]
        direct = [(p, how) for p, how, theme in direct if not theme or how in ("possessor", "qualifier")]
        if strong:
            return strong
        # "rejected an offer from the Afghan government": whose offer, claim or demand it was
        for o in objects:
            if self.lemma[o.i] in self.k["proposal_noun"]:
                for prep, g in self.prep_objects(o, {"from", "by"}):
                    got = self.resolve_all([g], exclude)
                    if got:
                        return [(p, f"object_prep:{prep}") for p, _ in got]
        preps = [w for p, _ in pattern.preps for w in p.split("|")] + self.recipient_preps(code)
        owned = any(how == "possessor" for _, how in direct)
        for h in holders:
            if owned and h.i != head.i and h not in phrase_nouns:
                continue  # whose the object is comes before its own phrases ("praised Germany's commitment to free trade")
            for prep, g in sorted(self.prep_objects(h, set(preps)), key=lambda x: preps.index(x[0])):
                got = [(p, how) for p, how in self.resolve_all([g], exclude) if p.actor_id not in exclude]
                if got:  # not the actor itself ("denounced Finland's accession as a threat to Russian security")
                    return [(p, f"prep:{prep}") for p, _ in got]
        if direct:
            return [(p, f"object_{how}") for p, how in direct]
        if depth == 0:
            for c in head.children:
                # "refused to meet Y"; "donated ventilators to assist Ethiopia"
                if (c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(t.lower_ == "to" for t in c.children))) \
                        and self.upos[c.i] in ("VERB", "AUX"):
                    out = [(p, f"complement_{how}") for p, how in self._recipients(c, pattern, code, 1, exclude)]
                    if out:
                        return out
        return []

    def code_noun(self, n, lemmas) -> list[Found]:
        """An event noun: "talks with Y", "China's condemnation of Y", "US sanctions on Iran"."""
        region = [x for x in n.subtree if x.i > n.i]
        pattern, score = self.best_pattern(n, lemmas, "NOUN", region, [])
        if pattern is None or not pattern.code:
            return []
        if any(d.dep_ == "det" and d.lower_ in self.k["negation"] for d in n.children):
            return []
        # the actor: possessor / national adjective of the noun, else the subject of the verb it is the object of
        actors: list[tuple[Participant, str]] = []
        for c in n.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in self.covering:
                # "Russian-Japanese consultations": the first adjective hangs on the second
                actors += [(self.covering[g.i], "qualifier") for g in c.children
                           if g.dep_ in ("amod", "compound") and g.i in self.covering and g.i < c.i]
                actors.append((self.covering[c.i], "possessor" if c.dep_ == "poss" else "qualifier"))
        # "Turkish police clashes": the police, not Turkey besides
        actors = [(p, h) for p, h in actors if not any(q.actor_id != p.actor_id and q.actor_id[:3] == p.actor_id
                                                       for q, _ in actors)]
        actors = [a for i, a in enumerate(actors) if all(a[0].actor_id != b.actor_id for b, _ in actors[:i])]
        for prep, g in self.prep_objects(n, {"by"}):
            actors += [(p, "prep:by") for p, _ in self.resolve_all([g])]
        gov = n.head
        hops = 0
        # up to the verb the noun is the object of: "held talks with", "told reporters following discussions with"
        while gov.dep_ in ("prep", "pobj", "dobj", "conj") and hops < 3 and (
                self.upos[gov.i] not in ("VERB", "AUX") or gov.dep_ == "prep"):
            gov = gov.head
            hops += 1
        future = False
        if not actors and gov.i != n.i and self.upos[gov.i] in ("VERB", "AUX") and not self.told(gov, pattern.code):
            if self.negated(gov) or self.conditional(gov) or self.modality(gov) == "hypothetical":
                return []
            future = self.modality(gov) == "future"
            status = self.governed(gov)
            if status is not None and status[0] in ("negated", "hypothetical", "refusal"):
                return []
            future = future or (status is not None and status[0] == "intent") or (
                self.lemma[gov.i] in self.k["intent_verb"])
            toks, how = self.subject_tokens(gov)
            if self.is_passive(gov) and (self.agent_tokens(gov) or n.dep_ != "pobj"):
                # "talks were held by X"; not "X is mired in a war of words with Y": the one mired is in it
                toks, how = self.agent_tokens(gov), "passive_agent"
            actors = [(p, f"verb_{how}") for p, _ in self.resolve_all(toks)]
        pairs = [p for prep, g in self.prep_objects(n, self.k["pair_prep"]) for p, _ in self.resolve_all([g])]
        if not pairs and not actors and self._category(pattern.code) == "CONSULT":
            # "a meeting of X and Y": a meeting's sides, where a condemnation of X and Y has two targets
            pairs = [p for prep, g in self.prep_objects(n, {"of"}) for p, _ in self.resolve_all([g])]
            pairs = pairs if len(pairs) >= 2 else []
        if len(pairs) >= 2 and all(h.startswith("verb_") for _, h in actors):
            # "talks between X and Y", "Qatar hosted talks between X and Y" (the host is no side)
            actors, recipients = [(pairs[0], "pair")], [(pairs[1], "pair")]
        elif pairs:  # "X's talks between it and Y"
            recipients = [(p, "pair") for p in pairs if all(p.actor_id != a.actor_id for a, _ in actors)]
        else:
            recipients = self._recipients(n, pattern, pattern.code, exclude=frozenset(p.actor_id for p, _ in actors))
        return self._found(n, pattern, pattern.code, pattern.reverse_code, actors, recipients, future, score, True)

    def _found(self, tok, pattern, code, reverse, actors, recipients, future, score, has_object) -> list[Found]:
        recipients = [(p, how) for p, how in recipients if all(p.actor_id != a.actor_id for a, _ in actors)]
        if not actors:
            return []
        done_to = [o for o in self.object_tokens(tok) if o.lower_ not in ("other", "another")]
        if len(actors) >= 2 and self.lemma[tok.i] in self.k["topic_verb"] and recipients and all(
                h.startswith("object") for _, h in recipients):
            recipients = []  # "Russian and US delegations discussed the creation of ...": a pair met; the object is the topic
        if not recipients and len(actors) >= 2 and not (code[:2] >= "14" and done_to):
            # "X and Y discussed ...", "X and Y clashed", "accused each other": a pair in the subject; not
            # "X and Y attacked the town"
            (a, how_a), (b, _) = actors[0], actors[1]
            actors, recipients = [(a, "coordinated")], [(b, "coordinated")]
        if not recipients:
            # an act aimed at no one named: the subject named, something done to something, and the act told
            # by a pattern's words or by a verb that is an event on its own ("arrested", "condemned"): a
            # general verb's default act with no target is mostly no event ("hit the links", "served")
            root = code[:2]
            if root not in self.k["alone_root"] or "pronoun" in actors[0][1] or not (
                    has_object or root in self.k["intransitive_root"]) or not (
                    score > 0 or self.lemma[tok.i] in self.k["alone_verb"]):
                return []
        if future:
            code = self.k.intent(code)
        if self._category(code) is None:
            return []
        depth, t = 0, tok
        while t.head.i != t.i:
            depth, t = depth + 1, t.head
        clause = frozenset(self.clause(tok))
        out = []
        # one report per recipient named ("met with Diaz-Canel and Raul Castro"), of the first actor
        actor, how_a = actors[0]
        for recipient, how_r in (recipients[:MAX_RECIPIENTS] or [(None, None)]):
            a, r, ha, hr, c = actor, recipient, how_a, how_r, code
            if c in HOST_CODES and reverse and r is not None:
                a, r, ha, hr, c = r, a, hr, ha, reverse
            if self._category(c) is not None:
                out.append(Found(tok.i, pattern, c, a.actor_id, r.actor_id if r else None, ha, hr, future, score,
                                 clause, depth))
        return out

    def verb_of(self, tok):
        """The token itself when it is a verb, else the verb that governs it (or the root)."""
        v = tok
        while self.upos[v.i] not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        return v

    def clause(self, tok) -> list[int]:
        """Token indices of the act's own clause: the verb (or the verb governing the noun) and its
        dependents, without the clauses hanging on it."""
        out, stack = [], [self.verb_of(tok)]
        while stack:
            t = stack.pop()
            out.append(t.i)
            stack += [c for c in t.children if c.dep_ not in ("ccomp", "advcl", "relcl", "parataxis", "conj", "acl")
                      or c.i == tok.i]
        if tok.i not in out:
            out += [x.i for x in tok.subtree]
        return sorted(set(out))

    def _suppressed(self, found: list[Found]) -> list[Found]:
        """Drop an act governed by another act of the sentence: the complement of a demand, refusal,
        threat or accusation, and an event noun that is the object of a coded verb."""
        by_token = {}
        for f in found:
            by_token.setdefault(f.trigger, f)
        keep = []
        for f in found:
            tok = self.tokens[f.trigger]
            if ((f.code.startswith("03") and f.score == 0) or self.lemma[f.trigger] in self.k["attempt_verb"]) and any(
                    c.dep_ == "xcomp" and c.i in by_token for c in tok.children):
                # "agreed to halt fighting", "decided to ease sanctions", "began surrendering their weapons":
                # the complement is the act
                continue
            t, hops, drop = tok, 0, False
            while t.head.i != t.i and hops < 5 and t.dep_ not in ("relcl", "parataxis", "ROOT") + SUBJECTS:
                if t.dep_ == "conj":  # a coordinated act is governed by what governs its first conjunct
                    t = t.head
                    continue
                t = t.head
                hops += 1
                g = by_token.get(t.i)
                if self.acts.get(t.i, "").startswith(GOVERNING_ROOTS):
                    drop = True  # "slammed Western countries for supplying weapons": the supplying is what is slammed
                    break
                # an event noun inside a coded verb's object is that act's ("signed an agreement with Y") or
                # its topic ("discussed the agreement with Y")
                if g is not None and (g.code.startswith(GOVERNING_ROOTS) or
                                      (self.upos[f.trigger] == "NOUN" and hops <= 3 and self.tokens[f.trigger].dep_
                                       in ("dobj", "pobj", "conj", "appos", "attr") and g.trigger != f.trigger)):
                    drop = True
                    break
            if not drop:
                keep.append(f)
        return keep


def time_of(found: Found, doc, published: dt.date | None, own: bool = True) -> timex.TimeRef | None:
    """The time expression of the act's own clause (other words blanked, offsets kept); with
    ``own=False`` the sentence's outside that clause ("In January, relations were severed after
    demonstrators torched the embassy"; "X will visit Y, Z said on Monday")."""
    text = doc.text
    keep = set()
    for i in found.clause:
        t = doc[i]
        keep.update(range(t.idx, t.idx + len(t)))
    kept = "".join(ch if ((j in keep) == own or ch.isspace()) else " " for j, ch in enumerate(text))
    return timex.find(kept, published, found.is_future and own)
