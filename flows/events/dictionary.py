"""The verb dictionary: which verb or event noun, with which words around it, is which CAMEO act.

Two files of one format under ``seeds/`` hold it, one pattern a row:

* ``verb_patterns.csv`` - converted by ``make reference`` (:func:`convert`) from PETRARCH 2's
  CAMEO verb-pattern dictionary ``CAMEO.2.0.txt`` (MIT, Open Event Data Alliance): every verb of
  a block with its forms, and every pattern of the block, its synonym sets (``&MILITARY``)
  expanded into the alternatives of a slot;
* ``curated/verb_patterns.csv`` - the project's own patterns and event nouns, the same
  columns, each with example sentences (the tests code every example).

Columns: ``rule_id`` (``CAMEO.2.0:<line>`` - the source line - or ``curated:<line>``),
``pos`` (VERB or NOUN), ``lemma`` (lower case; a phrasal verb's words joined by a space:
``call off``), ``forms`` (its inflected forms, ``|``-separated), ``subject``, ``object``
(the words the pattern needs in the subject and after the verb: slots separated by spaces,
each slot's alternatives by ``|``, the words of a multi-word alternative joined by ``_``;
``+`` marks where the recipient stands, ``$`` the actor, ``^`` any word), ``preps``
(prepositional phrases the pattern needs, ``;``-separated, each a preposition - or
``|``-separated prepositions, any of which will do - and its slots: ``to border``, ``on|against +``), ``code`` (CAMEO code, empty for a pattern that codes nothing: "pilgrims
visit" is no state visit), ``reverse_code`` (the act of the object towards the subject that
PETRARCH's ``[042:043]`` gives), ``block`` (the dictionary's block: verbs of one block share
its patterns), ``origin`` (the verb the pattern was written for), ``examples`` (curated:
example sentences, `` || ``-separated, each optionally ending in ``=> actor > recipient``).

A pattern of the source's blocks applies to every verb of the block, as in PETRARCH (a curated
pattern to its own verb; a curated verb row with a block joins that block); the coder
(:mod:`flows.events.coder`) prefers the pattern that matches the most words, then one written
for the verb itself. Adding a pattern is one row of data with an example: no code changes.
"""
from __future__ import annotations

import csv
import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from flows import SEEDS_DIR

COLUMNS = ["rule_id", "pos", "lemma", "forms", "subject", "object", "preps", "code", "reverse_code", "block", "origin",
           "examples"]
DICTIONARY_FILE = "verb_patterns.csv"
CURATED_FILE = Path("curated") / "verb_patterns.csv"
SOURCE_NAME = "CAMEO.2.0"


# ---------------------------------------------------------------- conversion from PETRARCH's format


def plural(noun: str) -> str | None:
    """A synonym's plural, as PETRARCH forms it (none for an exact word, ending in ``_``)."""
    if noun.endswith("_"):
        return None
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    return noun + "s"


def verb_forms(lemma: str) -> list[str]:
    """Regular forms of a verb (third person, past, present participle); a phrasal verb's first
    word is inflected: ``call off`` -> ``calls off``, ``called off``, ``calling off``."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith("e") and not head.endswith("ee"):
        past, ing = head + "d", head[:-1] + "ing"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        past, ing = head[:-1] + "ied", head + "ing"
    else:
        past, ing = head + "ed", head + "ing"
    if head.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = head + "es"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    return [w + tail for w in (third, past, ing)]


def _word(token: str) -> str:
    """A dictionary word in the data's spelling: lower case, ``_`` joining the words of a phrase."""
    return token.strip().lower().rstrip("_")


#: words too common to tell a pattern apart: a pattern that needs only these needs its verb's default
FUNCTION_WORDS = frozenset("to with in on at for by of from against into over as about up out off down after before "
                           "under between the a an and".split())


@dataclass
class Converted:
    rows: list[dict] = field(default_factory=list)
    skipped: list[tuple[int, str, str]] = field(default_factory=list)  # (line, text, why)
    synsets: int = 0


_CODE = re.compile(r"\[([^\]]*)\]")


def _codes(text: str) -> tuple[str, str] | None:
    """(code, reverse code) of ``[042:043]``, ``[:020]``, ``[---]`` (no act); None when malformed."""
    code, _, reverse = text.replace("!", "").partition(":")
    code, reverse = code.strip(), reverse.strip()
    for c in (code, reverse):
        if c and c != "---" and not re.fullmatch(r"\d{2,4}", c):
            return None
    return ("" if code == "---" else code), ("" if reverse == "---" else reverse)


def _expand(tokens: list[str], synsets: dict[str, list[str]]) -> list[str] | None:
    """Pattern tokens with each ``&SET`` replaced by its words and their plurals (one slot of
    alternatives), braces and parentheses kept apart; None when a set is unknown."""
    out = []
    for t in tokens:
        lead = "".join(ch for ch in t if ch in "({")
        trail = "".join(ch for ch in reversed(t) if ch in ")}")[::-1]
        core = t[len(lead):len(t) - len(trail)] if trail else t[len(lead):]
        if core.startswith("&"):
            words = synsets.get(core.rstrip("_"))
            if words is None:
                return None
            alternatives = []
            for w in words:
                alternatives += [w] + ([p] if (p := plural(w)) else [])
            core = "|".join(dict.fromkeys(a.rstrip("_") for a in alternatives))
        else:
            core = _word(core)
        out.append(lead + core + trail)
    return out


def _split_pattern(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(plain slots, prepositional phrases) of one side of a pattern: ``(TO BORDER)`` is a phrase,
    ``{ARMS SHIPMENT}`` the slots ``arms shipment``."""
    slots, preps, phrase = [], [], None
    for t in tokens:
        opens, closes = t.startswith("("), t.endswith(")")
        core = t.strip("(){}")
        if not core:
            continue
        if opens:
            phrase = [core]
        elif phrase is not None:
            phrase.append(core)
        else:
            slots.append(core)
        if closes and phrase is not None:
            preps.append(" ".join(phrase))
            phrase = None
    if phrase is not None:  # an unclosed phrase: its words are the phrase
        preps.append(" ".join(phrase))
    return slots, preps


def convert(path: Path) -> Converted:
    """Every verb and pattern of a PETRARCH 2 verb dictionary as rows of :data:`COLUMNS`; what
    cannot be read is listed in ``skipped`` with the reason (nothing is dropped silently)."""
    out = Converted()
    synsets: dict[str, list[str]] = {}
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    section = None
    current_set = None
    block, block_code = None, ("", "")
    verbs: list[dict] = []  # the verbs of the current block
    patterns: list[dict] = []

    def flush():
        # a pattern row names the verb it was written for; the coder applies it to the whole block
        forms = {v["lemma"]: v["forms"] for v in verbs}
        out.rows.extend(verbs)
        out.rows.extend({**p, "lemma": p["origin"] if p["origin"] in forms else (verbs[0]["lemma"] if verbs else ""),
                         "forms": forms.get(p["origin"], verbs[0]["forms"] if verbs else "")} for p in patterns)

    for no, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        if line.startswith("####### SYNONYM SETS"):
            section = "synonyms"
            continue
        if line.startswith("####### VERB PATTERNS"):
            section = "verbs"
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            flush()
            verbs, patterns = [], []
            section = "transformations"
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        text = line.split(" #", 1)[0].rstrip() if " #" in line else line
        if section == "synonyms":
            if text.startswith("&"):
                current_set = text.split()[0].rstrip("_")
                synsets[current_set] = []
                out.synsets += 1
            elif text.startswith("+") and current_set:
                synsets[current_set].append(text[1:].split()[0].lower())  # a trailing _: no plural
            else:
                out.skipped.append((no, line, "synonym line outside a set"))
        elif section == "verbs":
            if text.startswith("---"):
                flush()
                verbs, patterns = [], []
                parts = text.strip("- ").split()
                block = parts[0] if parts else None
                codes = _codes(_CODE.search(text).group(1)) if _CODE.search(text) else ("", "")
                block_code = codes or ("", "")
            elif text.startswith("-"):
                body = text[1:]
                m = _CODE.search(body)
                codes = _codes(m.group(1)) if m else None
                if m is None or codes is None or "*" not in body[:m.start()]:
                    out.skipped.append((no, line, "pattern without a verb (*) or a code"))
                    continue
                pre, _, post = body[:m.start()].partition("*")
                origin = line.split("#", 1)[1].strip().split(",")[0].strip().lower() if "#" in line else ""
                pre_t, post_t = _expand(pre.split(), synsets), _expand(post.split(), synsets)
                if pre_t is None or post_t is None:
                    out.skipped.append((no, line, "unknown synonym set"))
                    continue
                subject, subject_preps = _split_pattern(pre_t)
                obj, preps = _split_pattern(post_t)
                subject += [w for p in subject_preps for w in p.split()]  # "(BY $)" before the verb: its words
                patterns.append({"rule_id": f"{SOURCE_NAME}:{no}", "pos": "VERB", "subject": " ".join(subject),
                                 "object": " ".join(obj), "preps": "; ".join(preps), "code": codes[0],
                                 "reverse_code": codes[1], "block": block, "origin": origin, "examples": ""})
            else:
                verb_line = re.split(r"[#;]", line, maxsplit=1)[0].strip()
                m = re.match(r"^(\+?)([A-Z][A-Z0-9_'\-]*)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?\s*$", verb_line)
                if not m:
                    out.skipped.append((no, line, "unreadable verb line"))
                    continue
                phrasal, word, forms, code = m.groups()
                lemma = word.lower().replace("_", " ").strip()
                if forms is not None:  # the forms as listed ("{}": the lemma alone)
                    forms_ = [f.lstrip("+").lower().replace("_", " ") for f in forms.strip("{}").split()]
                else:
                    forms_ = verb_forms(lemma)
                codes = _codes(code) if code is not None else block_code
                if codes is None:
                    out.skipped.append((no, line, "malformed verb code"))
                    continue
                verbs.append({"rule_id": f"{SOURCE_NAME}:{no}", "pos": "VERB", "lemma": lemma,
                              "forms": "|".join(dict.fromkeys(forms_)), "subject": "", "object": "", "preps": "",
                              "code": codes[0], "reverse_code": codes[1], "block": block, "origin": lemma,
                              "examples": ""})
        elif section == "transformations":
            out.skipped.append((no, line, "transformation of a nested event: coded by the coder's complement rules"))
        else:
            out.skipped.append((no, line, "outside any section"))
    if section != "transformations":
        flush()
    return out


# ---------------------------------------------------------------- the dictionary as the coder uses it


@dataclass(frozen=True, eq=False)
class Pattern:
    rule_id: str
    pos: str  # VERB / NOUN
    lemma: str
    subject: tuple[frozenset[str], ...]  # slots: each a set of alternatives (multi-word ones with spaces)
    object: tuple[frozenset[str], ...]
    preps: tuple[tuple[str, tuple[frozenset[str], ...]], ...]  # (preposition, its slots)
    code: str  # "" = the pattern codes nothing
    reverse_code: str
    block: str
    origin: str
    examples: tuple[str, ...] = ()

    @functools.cached_property
    def keys(self) -> tuple[frozenset[str], ...]:
        """A word per slot one of which a sentence must have for the pattern to match (the last word
        of each alternative; wildcards ask for none): a quick test before the parse is walked."""
        slots = [*self.object, *self.subject, *(s for _, ss in self.preps for s in ss)]
        out = [frozenset(p.split("|")) for p, _ in self.preps]
        for slot in slots:
            if slot & {"+", "$", "^"}:
                continue
            out.append(frozenset(re.split(r"[ \-]", alt)[-1] for alt in slot))
        if self.particle:
            out.append(frozenset({self.particle.split(" ")[0]}))
        return tuple(out)

    @property
    def particle(self) -> str:
        """The words of a phrasal verb after the verb (``off`` of ``call off``)."""
        return self.lemma.partition(" ")[2]

    @property
    def specificity(self) -> int:
        """How many words the pattern asks for besides its verb."""
        return len(self.subject) + len(self.object) + sum(1 + len(s) for _, s in self.preps)

    @property
    def own(self) -> bool:
        """Written for this verb (not only for another verb of its block)."""
        return self.origin == self.lemma.split(" ")[0] or self.origin == self.lemma


def _slots(text: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(a.replace("_", " ") for a in slot.split("|") if a) for slot in text.split())


def _preps(text: str) -> tuple[tuple[str, tuple[frozenset[str], ...]], ...]:
    out = []
    for phrase in filter(None, (p.strip() for p in text.split(";"))):
        prep, _, rest = phrase.partition(" ")
        out.append((prep.lower(), _slots(rest)))
    return tuple(out)


@dataclass(eq=False)
class VerbDictionary:
    """Patterns by lemma, and every surface form of a lemma (the parse's lemmatiser can be wrong:
    "staged" is not "stag")."""

    by_lemma: dict[str, list[Pattern]]
    forms: dict[str, set[str]]  # lower-case surface form (its first word) -> lemmas
    read: int = 0  # rows read
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (rule_id, why)

    def lemmas_of(self, surface: str, lemma: str) -> set[str]:
        """Lemmas a token may stand for: its own when the dictionary knows it, and those its form
        belongs to."""
        found = set(self.forms.get(surface.lower(), ()))
        if lemma.lower() in self.by_lemma:
            found.add(lemma.lower())
        return found

    def patterns(self, lemma: str, pos: str) -> list[Pattern]:
        return self._by_pos.get((lemma, pos), [])

    def candidates(self, lemma: str, pos: str, words: frozenset[str]) -> list[tuple[int, Pattern]]:
        """(order, pattern) of the lemma's patterns whose every slot has a word in ``words``."""
        index = self._keyed.get((lemma, pos))
        if index is None:
            return []
        free, by_key = index
        found = list(free)
        for w in words:
            for order, p in by_key.get(w, ()):
                if all(not k.isdisjoint(words) for k in p.keys[1:]):
                    found.append((order, p))
        return found

    @functools.cached_property
    def _keyed(self) -> dict[tuple[str, str], tuple[list, dict]]:
        """Per (lemma, pos): the patterns that need no word, and the others by a word of their first slot."""
        out = {}
        for key, patterns in self._by_pos.items():
            free, by_key = [], defaultdict(list)
            for order, p in enumerate(patterns):
                if not p.keys:
                    free.append((order, p))
                else:
                    for w in p.keys[0]:
                        by_key[w].append((order, p))
            out[key] = (free, dict(by_key))
        return out

    @functools.cached_property
    def _by_pos(self) -> dict[tuple[str, str], list[Pattern]]:
        out: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
        for lemma, patterns in self.by_lemma.items():
            for p in patterns:
                out[(lemma, p.pos)].append(p)
        return dict(out)

    def live_words(self, coded: set[str] | frozenset[str]) -> frozenset[str]:
        """The forms (first words) of the lemmas with a pattern whose code is in ``coded``: what a
        sentence must contain for the coder to find an event in it."""
        live = {lemma for lemma, ps in self.by_lemma.items()
                if any(p.code in coded or p.reverse_code in coded for p in ps)}
        return frozenset(f for f, lemmas in self.forms.items() if lemmas & live)


def _rows(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def load(seeds_dir: Path = SEEDS_DIR) -> VerbDictionary:
    """The converted and the curated patterns; a row that cannot be read is reported in
    ``skipped``, never coded. A verb's patterns are its own rows and every pattern of its block;
    a general verb (a curated row with no code gives it no act of its own) only those of its
    block written for it or naming an object."""
    by_lemma: dict[str, list[Pattern]] = defaultdict(list)
    forms: dict[str, set[str]] = defaultdict(set)
    out = VerbDictionary(by_lemma, forms)
    block_patterns: dict[str, list[Pattern]] = defaultdict(list)
    block_verbs: dict[str, set[str]] = defaultdict(set)
    general: set[str] = set()  # verbs a curated row gives no act of their own ("take", "lead", "manage")
    for path in (Path(seeds_dir) / DICTIONARY_FILE, Path(seeds_dir) / CURATED_FILE):
        for row in _rows(path):
            out.read += 1
            why = _invalid(row)
            if why:
                out.skipped.append((row.get("rule_id", "?"), why))
                continue
            lemma = row["lemma"].strip().lower()
            pattern = Pattern(row["rule_id"], row["pos"], lemma, _slots(row["subject"]), _slots(row["object"]),
                              _preps(row["preps"]), row["code"].strip(), row["reverse_code"].strip(),
                              row["block"].strip(), row["origin"].strip().lower() or lemma,
                              tuple(e.strip() for e in row.get("examples", "").split(" || ") if e.strip()))
            for f in [lemma, *filter(None, row["forms"].split("|"))]:
                forms[f.strip().split(" ")[0].lower()].add(lemma)
            if pattern.specificity == 0:  # a verb (or noun) of its block, with its default code
                by_lemma[lemma].append(pattern)
                if pattern.rule_id.startswith("curated:") and not pattern.code and not pattern.block:
                    general.add(lemma)
                if pattern.block and pattern.pos == "VERB":
                    block_verbs[pattern.block].add(lemma)
            elif pattern.block and pattern.pos == "VERB" and not pattern.rule_id.startswith("curated:"):
                block_patterns[pattern.block].append(pattern)  # the source's patterns are its blocks'; curated ones the verb's
            else:
                by_lemma[lemma].append(pattern)
    for block, patterns in block_patterns.items():
        lemmas = block_verbs.get(block) or {p.lemma for p in patterns}
        for lemma in lemmas:
            # a general verb takes of its block's patterns those written for it and those naming what it
            # acts on ("gave * aid"), not another verb's bare preposition or subject: "led the Patriots to
            # victory" is no "headed to" visit, "police taking the lead" no "police seized"
            by_lemma[lemma].extend(p if p.lemma == lemma else replace(p, lemma=lemma) for p in patterns
                                   if lemma not in general or p.origin == lemma
                                   or any(slot - FUNCTION_WORDS for slot in p.object))
    return out


def _invalid(row: dict) -> str | None:
    if not row.get("rule_id") or not row.get("lemma"):
        return "no rule id or lemma"
    if row.get("pos") not in ("VERB", "NOUN"):
        return f"pos {row.get('pos')!r} is neither VERB nor NOUN"
    for c in ("code", "reverse_code"):
        if row.get(c) and not re.fullmatch(r"\d{2,4}", row[c].strip()):
            return f"{c} {row[c]!r} is no CAMEO code"
    return None


@functools.cache
def default_dictionary() -> VerbDictionary:
    return load(SEEDS_DIR)
