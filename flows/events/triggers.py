"""Fast predicate search: the lexicon's alternation, tried only with the entries a sentence can match.

Python's ``re`` tries the ~50 alternatives of the predicate lexicon one by one at every word of
every sentence; that was most of the event stage's time. Each entry's pattern is read once
(``re._parser``) for the words any match of it must begin with ("met", "held talks",
"criticiz", ...). A sentence then tries only the entries whose opening words it contains, each
on its own, and merges their matches as the full alternation would (leftmost first, the earlier
entry winning a position): an entry left out could not have matched. An entry whose opening is
not a plain word (a leading ``\\w+``, a character class) is always tried.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

try:  # Python 3.11+
    from re import _constants as sre, _parser as sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

WORD = re.compile(r"[^\W_]+")
#: elements that consume nothing
ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT)
#: how long an opening gets: longer ones let fewer sentences try an entry
OPENING = 6


def _ends_in_space(sub) -> bool:
    """The sub-pattern's last element consumes white space (so what follows starts a word)."""
    items = list(sub)
    if not items:
        return False
    op, av = items[-1]
    if op in REPEATS:
        return _ends_in_space(av[2])
    if op == sre.SUBPATTERN:
        return _ends_in_space(av[-1])
    if op == sre.LITERAL:
        return chr(av) == " "
    if op == sre.IN:
        return any(o == sre.CATEGORY and a == sre.CATEGORY_SPACE for o, a in av)
    return False


def _is_space(sub) -> bool:
    items = list(sub)
    return len(items) == 1 and items[0][0] == sre.IN and items[0][1] == [(sre.CATEGORY, sre.CATEGORY_SPACE)]


def _starts(items, need: int, at_word: bool) -> set[tuple[str, bool]] | None:
    """(lower-case prefix every match of ``items`` begins with, whether it is all they consume);
    None when no such prefix can be said. Prefixes stop growing at ``need`` characters. At the
    start of a word (``at_word``), optional words before ("(?:\\w+\\s+){0,3}") are skipped."""
    i = 0
    while i < len(items):
        op, av = items[i]
        if op in ZERO_WIDTH or (at_word and op in REPEATS and av[0] == 0 and _ends_in_space(av[2])):
            i += 1
            continue
        break
    if i == len(items):
        return {("", True)}
    op, av = items[i]
    rest = items[i + 1:]
    if op == sre.LITERAL:
        heads = {(chr(av).lower(), True)}
    elif op == sre.SUBPATTERN:
        heads = _starts(list(av[-1]), need, at_word)
    elif op == sre.BRANCH:
        heads = set()
        for branch in av[1]:
            b = _starts(list(branch), need, at_word)
            if b is None:
                return None
            heads |= b
    elif op in REPEATS and _is_space(av[2]):  # white space, one space in the collapsed sentence
        if av[0] == 0:
            with_it, without = _starts([(sre.LITERAL, 32)] + rest, need, False), _starts(rest, need, at_word)
            return None if with_it is None or without is None else with_it | without
        heads = {(" ", True)}
    elif op in REPEATS and av[0] == 0 and av[1] == 1:  # "(?:tele)?phone": with it and without
        with_it, without = _starts(list(av[2]) + rest, need, at_word), _starts(rest, need, at_word)
        return None if with_it is None or without is None else with_it | without
    elif op in REPEATS and av[0] >= 1:
        inner = _starts(list(av[2]), need, at_word)
        heads = None if inner is None else {(h, False) for h, _ in inner}  # how often it repeats is open
    else:
        return None
    if heads is None:
        return None
    out = set()
    for head, whole in heads:
        if len(head) >= need or not whole:
            out.add((head, whole and not rest))
            continue
        tail = _starts(rest, need - len(head), False)
        if tail is None:
            out.add((head, False))
        else:
            out |= {(head + t, w) for t, w in tail}
    return out


def openings(sub) -> set[str] | None:
    """Lower-case strings, of three characters or more, one of which every match of ``sub``
    starts with at the start of a word; None when that cannot be said."""
    found = _starts(list(sub), OPENING, True)
    if not found or any(len(h) < 3 or not h[0].isalnum() for h, _ in found):
        return None
    return {h for h, _ in found}


class TriggerIndex:
    """``finditer(sentence)`` gives the matches ``re.compile(r"\\b(?:(?P<p0>...)|(?P<p1>...)|...)",
    re.I).finditer(sentence)`` would give over ``patterns`` in order - leftmost first, the earliest
    entry at a position winning, the next search after its end - trying only the entries whose
    openings the sentence has, each on its own."""

    def __init__(self, patterns: list[str]):
        self.compiled = [re.compile(rf"\b(?:(?P<p{i}>{p}))", re.I) for i, p in enumerate(patterns)]
        self.by_prefix: dict[str, list[tuple[str, int]]] = {}
        self.always: list[int] = []
        for i, p in enumerate(patterns):
            opened = openings(sre_parse.parse(p, re.I))
            if opened is None:
                self.always.append(i)
                continue
            for s in opened:
                self.by_prefix.setdefault(s[:3], []).append((s, i))

    def candidates(self, sentence: str) -> list[int]:
        low = " ".join(sentence.lower().split())  # white space collapsed: "\\s+" is one space
        found = set(self.always)
        for w in WORD.finditer(low):
            at = w.start()
            for s, i in self.by_prefix.get(low[at:at + 3], ()):
                if i not in found and low.startswith(s, at):
                    found.add(i)
        return sorted(found)

    def finditer(self, sentence: str) -> Iterator[re.Match]:
        which = self.candidates(sentence)
        if not which:
            return
        nxt = {i: self.compiled[i].search(sentence) for i in which}  # each entry's next match
        pos = 0
        while True:
            best = None
            for i in which:
                m = nxt[i]
                if m is not None and m.start() < pos:
                    m = nxt[i] = self.compiled[i].search(sentence, pos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m  # ties go to the earlier entry: ``which`` is in lexicon order
            if best is None:
                return
            yield best
            pos = max(best.end(), best.start() + 1)
