"""The actor dictionary (seeds/actors.csv, actor_aliases.csv, actor_roles.csv) as one
in-memory index: every alias folded to a token key (flows.actors.names), looked up by its
first token, so matching an article costs a dictionary probe per capitalised token -
never one regular expression per alias.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from flows import SEEDS_DIR
from flows.actors.names import name_key


#: which namesake a place name means when several share it (seeds/places.csv ``kind``):
#: a curated or state/province name beats any city ("Scarborough, Ontario"), then population
PLACE_KIND_RANK = {"curated": 3, "us_state": 2, "subdivision": 1, "city": 0}


#: countries whose names put the family name first
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "HUN"})
#: generational suffixes that end a name but are no family name
GENERATION_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@dataclass(frozen=True)
class Actor:
    actor_id: str
    name: str
    actor_type: str
    country_code: str | None
    curated: bool


@dataclass(frozen=True)
class Role:
    role: str
    organization: str | None
    country: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None

    def active_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


class ActorIndex:
    def __init__(self, actors: dict[str, Actor], aliases: list[tuple[str, str]], roles: dict[str, list[Role]],
                 places: dict[tuple, str] | None = None):
        self.actors = actors
        #: actor id -> type, and -> country code (actors with one): what event detection asks per mention
        self.types: dict[str, str] = {a: x.actor_type for a, x in actors.items()}
        self.countries: dict[str, str] = {a: x.country_code for a, x in actors.items() if x.country_code}
        #: place name key -> country code, for the place of a dateline (gazetteer, seeds/places.csv)
        self.places = places or {}
        self.roles = roles
        self.by_key: dict[tuple, list[str]] = defaultdict(list)
        self.max_len: dict[str, int] = {}
        for actor_id, alias in aliases:
            key = name_key(alias)
            if not key or actor_id not in actors:
                continue
            if actor_id not in self.by_key[key]:
                self.by_key[key].append(actor_id)
            self.max_len[key[0]] = max(self.max_len.get(key[0], 0), len(key))
        for ids in self.by_key.values():
            ids.sort()
        #: short family names written in title case ("Xi", "Abe"): a word of three letters or fewer
        #: otherwise matches only as an acronym ("US", not "Us")
        #: - and places whose key is that short though the word is not ("Kyiv": "kiv")
        self.short_names = frozenset(name_key(alias) for actor_id, alias in aliases
                                     if actor_id in actors and alias.isalpha() and alias.istitle()
                                     and ((actors[actor_id].actor_type == "person" and len(alias) <= 3)
                                          or (actors[actor_id].actor_type == "country" and len(alias) >= 4
                                              and len("".join(name_key(alias))) <= 3)))
        #: given name -> persons with that first name (for "Fidel" next to a known "Castro")
        self.by_first_name: dict[str, list[str]] = defaultdict(list)
        self.name_keys: dict[str, tuple[str, ...]] = {a: name_key(x.name) for a, x in actors.items()}
        for a in actors.values():
            if a.actor_type == "person":
                key = self.name_keys[a.actor_id]
                if len(key) >= 2:
                    self.by_first_name[key[0]].append(a.actor_id)
        #: family name -> persons with it (for "President Xi", "Chancellor Merkel"); family
        #: name first where names are written so (Xi Jinping, Kim Jong-un, Nguyen Xuan Phuc)
        self.by_surname: dict[str, list[str]] = defaultdict(list)
        for a in actors.values():
            key = self.name_keys[a.actor_id]
            if key and key[-1] in GENERATION_SUFFIXES:
                key = key[:-1]  # "Ferdinand Marcos Jr.": Marcos, not "Jr" (as in "Martin Luther King Jr.")
            if a.actor_type == "person" and len(key) >= 2:
                family = key[0] if a.country_code in FAMILY_NAME_FIRST else key[-1]
                self.by_surname[family].append(a.actor_id)
        #: first names of at least two known people: a capitalised pair starting with one is likely a person
        self.given_names = frozenset(k for k, ids in self.by_first_name.items() if len(ids) >= 2)
        #: given names that never open the name of a place or an organisation ("Mark", not "West",
        #: "South", "New", "African"): before a country word, a person's first name
        others_first = {k[0] for k, ids in self.by_key.items() if len(k) >= 2
                        and any(actors[a].actor_type != "person" for a in ids)}
        self.personal_names = self.given_names - others_first
        #: words of country names and demonyms ("russian"), never part of a person's own name
        self.place_words = frozenset(
            k[0] for k, ids in self.by_key.items() if len(k) == 1 and any(actors[a].actor_type == "country" for a in ids))

    @classmethod
    def load(cls, seeds_dir: Path = SEEDS_DIR) -> "ActorIndex":
        rows = functools.partial(_rows, seeds_dir)
        actors = {
            r["actor_id"]: Actor(r["actor_id"], r["name"], r["actor_type"], r["country_code"] or None,
                                 r["source"] == "curated")
            for r in rows("actors.csv")
        }
        aliases = [(r["actor_id"], r["alias"]) for r in rows("actor_aliases.csv")]
        roles: dict[str, list[Role]] = defaultdict(list)
        for r in rows("actor_roles.csv"):
            roles[r["actor_id"]].append(Role(
                r["role"], r["organization"] or None, r["country"] or None,
                dt.date.fromisoformat(r["valid_from"]) if r["valid_from"] else None,
                dt.date.fromisoformat(r["valid_to"]) if r["valid_to"] else None,
            ))
        places: dict[tuple, tuple[tuple[int, int], str]] = {}
        if (Path(seeds_dir) / "places.csv").exists():
            for r in rows("places.csv"):
                key, rank = name_key(r["place"]), (PLACE_KIND_RANK.get(r["kind"], 0), int(r["population"] or 0))
                if key and (key not in places or places[key][0] < rank):
                    places[key] = (rank, r["country_code"])
        return cls(actors, aliases, dict(roles), {k: v[1] for k, v in places.items()})

    def acting_country(self, actor_id: str | None, day: dt.date | None,
                       countries: Mapping[str, str] | None = None) -> str | None:
        """The country an actor acts for on a day: none while a person holds a dated office of an
        international organisation (a role with an organisation and no country - Guterres as UN
        Secretary-General from 2017), else the actor's own. The warehouse's events.actor_country
        (sql/tables/11_events.sql) applies the same rule."""
        if actor_id is None:
            return None
        if day is not None and self.types.get(actor_id) == "person" and any(
                r.organization and r.country is None and r.valid_from is not None and r.active_on(day)
                for r in self.roles.get(actor_id, [])):
            return None
        return (countries if countries is not None else self.countries).get(actor_id)

    def active_on(self, actor_id: str, day: dt.date | None) -> bool:
        """Whether the actor held a dated role on that day (False when nothing says so)."""
        if day is None:
            return False
        return any(r.active_on(day) and (r.valid_from or r.valid_to) for r in self.roles.get(actor_id, []))


def _rows(seeds_dir: Path, name: str):
    with open(Path(seeds_dir) / name, newline="", encoding="utf-8") as f:
        yield from csv.DictReader(f)


def actor_kinds(seeds_dir: Path = SEEDS_DIR) -> tuple[dict[str, str], dict[str, str]]:
    """(actor id -> type, actor id -> country code) of seeds/actors.csv alone: what event
    regrouping needs, without the alias index (~100 MB) the matcher builds."""
    types, countries = {}, {}
    for r in _rows(seeds_dir, "actors.csv"):
        types[r["actor_id"]] = r["actor_type"]
        if r["country_code"]:
            countries[r["actor_id"]] = r["country_code"]
    return types, countries


@functools.cache
def default_index() -> ActorIndex:
    """The index of seeds/, loaded once per process."""
    return ActorIndex.load()
