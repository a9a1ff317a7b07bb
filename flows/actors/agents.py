"""Agents: groups named by what they are ("Iraqi police", "rebels", "Jewish settlers",
"protesters"), so that a sentence whose sides are groups can be coded.

``seeds/agents.csv`` (converted by ``make reference`` from the Phoenix/CAMEO agents dictionary
``Phoenix.agents.txt``, MIT, plus ``seeds/curated/agents.csv``) lists the words and their
CAMEO agent code (``COP`` police, ``MIL`` military, ``REB`` rebels, ``GOV`` government, ...). A
group is an actor of type ``group``: its country from a national adjective or a possessive
country right before it ("Iraqi police", "Syria's army", "Hungarian and Romanian officials") or after
"from" or "of" ("refugees from Syria"),
else the article's dateline; its sector from the code. Its id is CAMEO's actor code, country
and agent (``IRQCOP``; ``REB`` alone when no country is known), its name "police (Iraq)".
"""
from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from flows import SEEDS_DIR

AGENTS_FILE = "agents.csv"
CURATED_FILE = Path("curated") / "agents.csv"
COLUMNS = ["agent", "code", "sector", "source"]

#: CAMEO agent codes -> sector names (the actor dictionary's sectors use the same)
SECTORS = {
    "GOV": "government", "MIL": "military", "OPP": "opposition", "REB": "rebels", "ELI": "elite",
    "BUS": "business", "MED": "media", "EDU": "education", "JUD": "judiciary", "LEG": "legislature",
    "COP": "police", "SPY": "intelligence", "HLH": "health", "LAB": "labour", "REL": "religion",
    "AGR": "agriculture", "HRI": "human rights", "NGO": "non-governmental organization",
    "IGO": "intergovernmental organization", "PTY": "party", "CVL": "civilians", "CRM": "criminal",
    "DEV": "development", "ENV": "environment", "REF": "refugees", "UAF": "armed forces", "IMG": "armed group",
    "SEP": "separatists", "INS": "insurgents", "MNC": "multinational corporation", "PRO": "protesters",
}
#: codes that qualify a group rather than say its sector (the actor dictionary's roles keep their sector:
#: NGOHINRAD is a non-governmental organisation); an agent word of its own is a group of them
QUALIFIER_SECTORS = {"MUS": "muslims", "CHR": "christians", "JEW": "jews", "HIN": "hindus", "BUD": "buddhists",
                     "RAD": "radicals", "PPL": "people"}
AGENT_SECTORS = {**SECTORS, **QUALIFIER_SECTORS}


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def convert(path: Path) -> tuple[list[dict], list[tuple[int, str, str]]]:
    """Rows of :data:`COLUMNS` from a PETRARCH agents file, each phrase with its plural (the
    dictionary leaves regular plurals out; ``{}`` lists irregular ones, ``{}`` empty: none),
    the ``!PERSON!``-style substitution sets expanded; and the lines skipped, with why."""
    rows, skipped, macros = [], [], {}
    name = path.name
    for no, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            macros[m.group(1)] = [w.strip().lower() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^(.+?)\s*(\{[^}]*\})?\s*\[([^\]]*)\]\s*$", line)
        if not m:
            skipped.append((no, raw, "no agent code"))
            continue
        phrase, plurals, code = m.groups()
        if not code.startswith("~"):
            skipped.append((no, raw, f"agent code {code} is not a national agent (~XXX)"))
            continue
        code = code[1:].strip()
        sector = AGENT_SECTORS.get(code[:3])
        if sector is None:
            skipped.append((no, raw, f"unknown agent code {code}"))
            continue
        forms = [phrase]
        for macro, words in macros.items():
            forms = [x for f in forms for x in ([f.replace(macro, w.upper()) for w in words] if macro in f else [f])]
        out = []
        for f in forms:
            if "!" in f:
                skipped.append((no, raw, "unknown substitution set"))
                out = []
                break
            words = f.lower().replace("_", " ").split()
            if not words:
                continue
            out.append(" ".join(words))
            if plurals is None:
                out.append(" ".join(words[:-1] + [_plural(words[-1])]))
        if plurals:
            out += [" ".join(p.lower().replace("_", " ").split()) for p in plurals.strip("{}").split()]
        for phrase_ in dict.fromkeys(out):
            rows.append({"agent": phrase_, "code": code, "sector": sector, "source": f"{name}:{no}"})
    return rows, skipped


@dataclass(frozen=True)
class Agent:
    code: str
    sector: str


class AgentIndex:
    def __init__(self, rows: list[dict]):
        self.phrases: dict[tuple[str, ...], Agent] = {}
        for r in rows:
            key = tuple(r["agent"].lower().split())
            if not key:
                continue
            if r["code"].strip() == "-":  # a curated row that says the words name no group
                self.phrases.pop(key, None)
            else:
                self.phrases[key] = Agent(r["code"].strip().upper(), r["sector"])  # later rows (curated) win
        self.first: dict[str, int] = {}
        for key in self.phrases:
            self.first[key[0]] = max(self.first.get(key[0], 0), len(key))
        self.first_words = frozenset(self.first)

    @classmethod
    def load(cls, seeds_dir: Path = SEEDS_DIR) -> "AgentIndex":
        rows = []
        for path in (Path(seeds_dir) / AGENTS_FILE, Path(seeds_dir) / CURATED_FILE):
            if path.exists():
                with open(path, newline="", encoding="utf-8") as f:
                    rows += list(csv.DictReader(f))
        return cls(rows)


@functools.cache
def default_agents() -> AgentIndex:
    return AgentIndex.load()


_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
#: what may stand between a country and the agent it qualifies: "Iraqi security forces", "Syria's army",
#: "Hungarian and Romanian officials", "Turkish riot police"
#: what may stand between a group and the country after it: "refugees from Syria", "the army of Myanmar",
#: "police in Kenya"
_FROM = re.compile(r"\s+(?:from|of|in)\s+(?:the\s+)?")
#: words that may stand between a country and its group: "Iraqi security forces", "Turkish riot police"
MODIFIERS = ("security|armed|government|riot|special|military|police|senior|top|local|federal|national|naval|air|border"
             "|elite|opposition|rebel|regime|state|interior|foreign|defen[cs]e|army|paramilitary|ruling|leading|former"
             "|pro-government|anti-government|university|high-ranking|young")
_BETWEEN = re.compile(rf"^(?:['’]s)?(?:\s+(?:and\s+)?(?:{MODIFIERS}|[A-Z][a-z]+(?:ese|ian|an|ish|i|ch))){{0,3}}\s+$",
                      re.I)


@dataclass
class AgentMention:
    actor_id: str
    name: str
    code: str
    sector: str
    country_code: str | None
    start: int
    end: int
    surface: str


def find(text: str, mentions: list, countries: dict[str, str], country_names: dict[str, str],
         dateline_country: str | None, index: AgentIndex) -> list[AgentMention]:
    """Agent mentions of a text: ``mentions`` (with start_char/end_char/actor_id) are the actor
    matcher's; ``countries`` maps actor ids of countries (and their demonyms' mentions) to their
    codes. A word inside an actor mention, or a title before a name ("Police Chief John
    Smith"), is none."""
    lower = text.lower().replace("’", "'")
    if index.first_words.isdisjoint(_WORD.findall(lower)):
        return []
    taken = sorted((m.start_char, m.end_char) for m in mentions)
    country_mentions = sorted(((m.start_char, m.end_char, countries[m.actor_id]) for m in mentions
                               if m.actor_id in countries), key=lambda x: x[1])
    words = [(w.group(0), w.start(), w.end()) for w in _WORD.finditer(lower)]
    out, i = [], 0
    while i < len(words):
        w = words[i][0]
        longest = index.first.get(w)
        hit = None
        for n in range(min(longest or 0, len(words) - i), 0, -1):
            key = tuple(x[0] for x in words[i:i + n])
            if key in index.phrases:
                hit = (n, index.phrases[key])
                break
        if hit is None:
            i += 1
            continue
        n, agent = hit
        start, end = words[i][1], words[i + n - 1][2]
        nxt = words[i + n] if i + n < len(words) else None
        if any(s < end and start < e for s, e in taken) or (
                nxt is not None and text[nxt[1]].isupper() and text[end:nxt[1]].strip() == ""
                and text[words[i][1]].isupper()):
            i += n
            continue
        country = None
        for s, e, code in reversed(country_mentions):
            if e > start:
                continue
            between = text[e:start]
            if len(between) <= 40 and _BETWEEN.match(between):
                country = code
            break
        if country is None:  # "refugees from Syria", "the army of Myanmar"
            country = next((code for s, e, code in country_mentions if s >= end and _FROM.fullmatch(text, end, s)), None)
        country = country or dateline_country
        actor_id = f"{country}{agent.code[:3]}" if country else agent.code[:3]
        name = f"{agent.sector} ({country_names.get(country, country)})" if country else agent.sector
        out.append(AgentMention(actor_id, name, agent.code, agent.sector, country, start, end, text[start:end]))
        i += n
    return out
