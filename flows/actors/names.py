"""Name keys: one spelling-insensitive key per token, used both to index the dictionary and
to read article text, so that Díaz-Canel / Diaz-Canel / DIAZ CANEL, Nikolay / Nikolai and
Sergey / Serguei / Sergei meet in the same key.

A key is the token without accents, in lower case, with common transliteration variants
folded (y -> i, gue/gui -> ge/gi, ph -> f, doubled letters single) and a possessive 's
dropped. Hyphens, underscores and spaces separate tokens; dots inside acronyms are dropped
(U.N. -> un).
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

#: lower-case words allowed inside a multi-word name ("Bank of England", "Ban Ki-moon")
CONNECTORS = frozenset({"of", "the", "and", "for", "de", "del", "la", "da", "do", "dos", "das", "du", "al", "el",
                        "bin", "ibn", "van", "von", "der", "y", "on", "in", "le", "di"})
TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
_POSSESSIVE = re.compile(r"['’]s?$", re.I)
_DOUBLE = re.compile(r"(.)\1+")


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=200_000)
def token_key(token: str) -> str:
    t = strip_accents(token).lower().replace(".", "")
    if len(t) > 2:
        t = _POSSESSIVE.sub("", t)
    t = t.replace("’", "").replace("'", "")
    t = t.replace("gue", "ge").replace("gui", "gi").replace("ph", "f").replace("y", "i")
    return _DOUBLE.sub(r"\1", t)


def name_key(name: str) -> tuple[str, ...]:
    """Key of a whole name: ``"Serguei  Lavrov"`` -> ``("sergei", "lavrov")``."""
    return tuple(k for k in (token_key(t) for t in TOKEN_RE.findall(name.replace("_", " "))) if k)


class Token(NamedTuple):
    start: int
    end: int
    text: str
    key: str
    is_cap: bool  # starts with a capital letter
    is_upper: bool  # all its letters are capitals (an acronym or a shouted headline)


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


@functools.lru_cache(maxsize=300_000)
def _word(word: str) -> tuple[int, str, str, bool, bool]:
    """(length, text, key, is_cap, is_upper) of a matched word, a possessive 's cut off; cached, as
    most words of a corpus recur."""
    possessive = _POSSESSIVE.search(word) if len(word) > 3 and ("'" in word or "’" in word) else None
    if possessive and possessive.group(0).lower() in ("'s", "’s"):
        word = word[: possessive.start()]
    cap = word[:1].isupper()
    return len(word), word, token_key(word), cap, cap and _is_upper(word)


_new_token = tuple.__new__


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word tokens with character offsets; a possessive 's is outside the token's span."""
    out = []
    append = out.append
    for m in TOKEN_RE.finditer(text):
        length, word, key, cap, upper = _word(m.group(0))
        start = m.start() + offset
        append(_new_token(Token, (start, start + length, word, key, cap, upper)))
    return out


def display_name(raw: str, acronym: bool = False) -> str:
    """A readable name from a dictionary name: ``MIGUEL_DIAZ_CANEL_BERMUDEZ_`` -> ``Miguel Diaz Canel Bermudez``;
    with ``acronym``, a short one-word name stays upper case (``NATO``)."""
    words = [w for w in raw.replace("_", " ").split() if w]
    if acronym and len(words) == 1 and len(words[0]) <= 5:
        return words[0].upper()  # NATO, OPEC, UN
    out = []
    for w in words:
        lw = w.lower()
        if lw in CONNECTORS and out:
            out.append(lw)
        elif len(w) <= 5 and w.isupper() and not any(c in "AEIOU" for c in w[1:]) or "." in w:
            out.append(w)  # acronym or initial: NATO, U.N., V.
        elif out and lw in REGNAL_NUMBERS:
            out.append(w.upper())  # Abdullah II, Edwin Meese III (not "Xi" or "Vi", which are names)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


#: name particles a shortened name cannot end with
PARTICLES = {"bin", "bint", "ibn", "al", "el", "abu", "de", "da", "del", "di", "dos", "du", "la", "le", "van", "von"}
#: titles a full name may open with; its shorter forms are made from the name without it
TITLES = {"king", "queen", "prince", "princess", "sheikh", "sheik", "emir", "sultan", "sayyid", "pope", "sir"}
#: words of an office a dictionary entry may open with ("German Chancellor Angela Merkel"): its shorter forms
#: are made from the name after them - "German Chancellor" alone is whoever holds the office
OFFICE_WORDS = {"chancellor", "bundeskanzler", "kanzler", "president", "prime", "minister", "premier", "secretary",
                "governor", "mayor", "senator", "ambassador", "chairman", "leader", "commander", "spokesman", "director",
                "judge", "deputy", "speaker", "spokeswoman", "spokesperson", "envoy", "representative", "attorney"}
ROMAN_NUMERAL = re.compile(r"[IVX]+")
REGNAL_NUMBERS = {"ii", "iii", "iv", "viii", "xii", "xiii", "xiv", "xv", "xvi"}
INITIAL = re.compile(r"\w\.?")


def person_variants(name: str) -> list[str]:
    """Shorter forms of a full name that still identify the person: first + last name,
    first + first surname (Bruno Rodriguez Parrilla -> Bruno Rodriguez); none that ends on a
    particle ("Mohammed bin") or is a title and a given name ("Sheikh Mohammed")."""
    words = name.split()
    if words and words[0].lower() in TITLES:  # "Sheikh Mohammed bin ...": no "Sheikh Mohammed"
        rest = " ".join(words[1:])
        return sorted(({rest} if len(words) > 2 else set()) | set(person_variants(rest)))
    office = [i for i, w in enumerate(words) if w.lower() in OFFICE_WORDS]
    if office and len(words) >= 3:
        rest = words[office[-1] + 1:]
        return sorted(({" ".join(rest)} if len(rest) >= 2 else set()) | set(person_variants(" ".join(rest))))
    if len(words) < 3:
        return []
    # no "Queen II"; no first + last of a patronymic chain or a compound given name: "Abdul Rahman bin Khalifa bin
    # Abdul Aziz" is no "Abdul Aziz" (the name of many)
    chain = any(w.lower() in ("bin", "bint", "ibn") for w in words) or words[0].lower() in ("abdul", "abdel", "abd", "abu")
    out = set() if ROMAN_NUMERAL.fullmatch(words[-1]) or chain else {f"{words[0]} {words[-1]}"}
    for i in range(2, len(words)):
        if words[i - 1].lower() not in PARTICLES and not all(INITIAL.fullmatch(w) for w in words[:i]):
            # no "Salman bin", "Tamim bin Hamad Al", nor initials alone ("A. R." of A. R. Antulay)
            out.add(" ".join(words[:i]))
    return sorted(out - {name})
