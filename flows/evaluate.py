"""Measure actor and event extraction against gold labels and time it.

    python -m flows.evaluate [--articles PATH] [--gold PATH] [--corpus PATH] [--json OUT]

* Reuters-21578 (``../shared/data/reuters21578_train*.jsonl.gz`` by default, or any split
  in the same format): recall of gold PEOPLE (a person mention whose surname matches),
  recall and precision of countries against gold PLACES (as ISO 3166 alpha-3), recall of
  gold ORGS - each micro-averaged over articles.
* Events on third-party gold: ConfliBERT's CAMEO training sentences
  (``../shared/data/confli_cameo_train.jsonl.gz``): QuadClass of the main event and the
  actor's and recipient's spans (development).
* Events on hand-coded sentences (``tests/fixtures/event_gold*.jsonl``): PLOVER category and
  the actor's and recipient's country. Development sets (``*corpus*``, ``*wire*``, the former
  held-out ``*seen*``) are where the coder was looked at and changed; the held-out sets
  (``*heldout*``, coded blind) are scored, never printed or debugged on, and pooled as they fall.
* Precision: a judged random sample of the corpus's event reports
  (``tests/fixtures/event_precision_sample.jsonl``, judged by someone who did not write the rules).
* Throughput of the actor and event stages on a corpus (default the 3,824-article
  ``news_articles_2017.csv.gz``), after ingest and normalisation.

Reads ../shared when it is there and says so when it is not; it is not part of the tests.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import sys
import time
from pathlib import Path

from flows import PROJECT_ROOT, stages
from flows.actors import extract_mentions
from flows.actors.dictionary import default_index
from flows.actors.salience import article_countries
from flows.actors.names import name_key, token_key
from flows.ingest import read_input
from flows.normalize import RunContext, normalise
from flows.normalize.sources import SourceRegistry

SHARED = PROJECT_ROOT.parent / "shared" / "data"
#: Reuters place slugs that are not a country name pycountry can look up
PLACE_CODES = {"usa": "USA", "uk": "GBR", "ussr": "SUN", "west-germany": "DEU", "east-germany": "DDR",
               "uae": "ARE", "south-korea": "KOR", "north-korea": "PRK", "taiwan": "TWN", "iran": "IRN",
               "vietnam": "VNM", "syria": "SYR", "bolivia": "BOL", "venezuela": "VEN", "tanzania": "TZA",
               "ivory-coast": "CIV", "zaire": "COD", "burma": "MMR", "czechoslovakia": "CSK",
               "yugoslavia": "YUG", "libya": "LBY", "laos": "LAO", "south-africa": "ZAF", "brunei": "BRN",
               "macao": "MAC", "hong-kong": "HKG", "moldova": "MDA", "russia": "RUS", "turkey": "TUR",
               "kampuchea": "KHM", "trinidad-tobago": "TTO", "yemen-arab-republic": "YEM", "yemen-demo-republic": "YMD"}
#: Reuters organisation slugs -> Dateline actor ids
ORG_IDS = {"ec": "european_community", "opec": "organization_of_petroleum_exporting_countries",
           "worldbank": "world_bank", "ico-coffee": "ico_coffee", "gatt": "gatt", "imf": "imf", "icco": "icco",
           "oecd": "oecd", "unctad": "unctad", "inro": "inro", "itc": "itc_tin", "adb-africa": "adb_africa",
           "iea": "iea", "eib": "eib", "adb-asia": "adb_asia", "fao": "fao", "un": "un", "gcc": "gcc",
           "oapec": "oapec", "bis": "bis", "asean": "asean"}


def place_code(slug: str) -> str | None:
    import pycountry

    if slug in PLACE_CODES:
        return PLACE_CODES[slug]
    try:
        return pycountry.countries.lookup(slug.replace("-", " ")).alpha_3
    except LookupError:
        return None


def _normalised(path: Path, registry, run, limit=None):
    rows = []
    for rec in read_input(str(path)):
        if hasattr(rec, "text"):
            row = normalise(rec, registry, run)
            if isinstance(row, dict):
                rows.append(row)
        if limit and len(rows) >= limit:
            break
    return rows


def evaluate_reuters(articles: Path, gold_path: Path) -> dict:
    registry = SourceRegistry.load()
    run = RunContext("eval", dt.datetime.now(dt.timezone.utc))
    index = default_index()
    rows = _normalised(articles, registry, run)
    gold = {}
    with gzip.open(gold_path, "rt") if str(gold_path).endswith(".gz") else open(gold_path) as f:
        for line in f:
            g = json.loads(line)
            gold[g["id"]] = g
    t = time.perf_counter()
    mentions, discovered = extract_mentions(rows, registry, index)
    focus: dict[str, set[str]] = {}
    for c in article_countries(rows, mentions, index):
        if c["is_focus"]:
            focus.setdefault(c["article_id"], set()).add(c["country_code"])
    actor_seconds = time.perf_counter() - t
    kinds = {d["actor_id"]: d for d in discovered}
    by_article: dict[str, list[dict]] = {}
    for m in mentions:
        by_article.setdefault(m["article_id"], []).append(m)
    people = [0, 0]
    countries = [0, 0, 0]  # hits, gold, predicted (countries the article is about)
    named = [0, 0]  # hits, predicted (every country named)
    orgs = [0, 0]
    unmapped = set()
    missed_people: dict[str, int] = {}
    for row in rows:
        g = gold.get(row["external_id"])
        if g is None:
            continue
        found = by_article.get(row["article_id"], [])
        surnames = set()
        actor_ids = {m["actor_id"] for m in found}
        for m in found:
            actor = index.actors.get(m["actor_id"])
            if (actor and actor.actor_type == "person") or m["actor_id"] in kinds:
                surnames.add(name_key(m["surface"])[-1:])
                if actor:
                    surnames.add(name_key(actor.name)[-1:])
        for p in g["people"]:
            people[1] += 1
            hit = (token_key(p.split("-")[-1]),) in surnames
            people[0] += hit
            if not hit:
                missed_people[p] = missed_people.get(p, 0) + 1
        gold_c = set()
        for slug in g["places"]:
            code = place_code(slug)
            if code:
                gold_c.add(code)
            else:
                unmapped.add(slug)
        pred_c = focus.get(row["article_id"], set())
        all_c = {a for a in actor_ids if index.actors.get(a) and index.actors[a].actor_type == "country"}
        if gold_c:
            countries[0] += len(gold_c & pred_c)
            countries[1] += len(gold_c)
            countries[2] += len(pred_c)
            named[0] += len(gold_c & all_c)
            named[1] += len(all_c)
        for o in g["orgs"]:
            orgs[1] += 1
            orgs[0] += ORG_IDS.get(o) in actor_ids
    return {
        "articles": len(rows),
        "people_recall": round(people[0] / max(people[1], 1), 4), "people_gold": people[1],
        "country_recall": round(countries[0] / max(countries[1], 1), 4),
        "country_precision": round(countries[0] / max(countries[2], 1), 4), "country_gold": countries[1],
        "country_named_recall": round(named[0] / max(countries[1], 1), 4),
        "country_named_precision": round(named[0] / max(named[1], 1), 4),
        "org_recall": round(orgs[0] / max(orgs[1], 1), 4), "org_gold": orgs[1],
        "actor_stage_seconds": round(actor_seconds, 2),
        "actor_stage_articles_per_second": round(len(rows) / actor_seconds, 1),
        "unmapped_place_slugs": sorted(unmapped),
        "most_missed_people": sorted(missed_people.items(), key=lambda x: -x[1])[:15],
    }


def code_sentences(items: list[dict], index=None) -> list[list]:
    """The coder's reports for each gold sentence (``text``, optional ``published``: the day the
    sentence appeared, which decides the offices people held; one fixed day otherwise), each coded
    as a one-sentence article; all parsed in one batch."""
    from flows.actors import extract_mentions
    from flows.events import actor_facts, code_articles

    index = index or default_index()
    articles, offsets = [], []
    for i, g in enumerate(items):
        published = dt.date.fromisoformat(g["published"]) if g.get("published") else dt.date(2024, 2, 28)
        # the sentence before, when the gold gives it, is the context a reader had ("He ..." names its person)
        before = (g.get("previous_sentence") or "").strip()
        offsets.append(len(before) + 2 if before else 0)
        articles.append({"article_id": f"g{i}", "text": f"{before}\n\n{g['text']}" if before else g["text"],
                         "published_date": published, "published_precision": "day", "author": None})
    rows, discovered = extract_mentions(articles, SourceRegistry.load(), index)
    types, countries = actor_facts(index, discovered)
    coded = code_articles(articles, rows, types, countries)
    mentions_of = {}
    for r in rows:
        mentions_of.setdefault(r["article_id"], []).append(
            {**r, "start_char": r["start_char"] - offsets[int(r["article_id"][1:])],
             "end_char": r["end_char"] - offsets[int(r["article_id"][1:])]})
    return [([r for r in coded[a["article_id"]] if r.start_char >= off], mentions_of.get(a["article_id"], []), countries)
            for a, off in zip(articles, offsets)]


def main_event(reports: list):
    """The sentence's event a coder codes: between two parties before one with no recipient, the
    act highest in the parse first."""
    return min(reports, key=lambda r: (r.recipient_id is None, r.depth, r.trigger_start)) if reports else None


def evaluate_events(gold_path: Path) -> dict:
    """Category and actor/recipient country accuracy on hand-coded sentences (one JSON object
    a line: text, category - null when the sentence reports no event -, actor and recipient
    ISO-3 codes, null for none; optionally published)."""
    from flows.events import event_categories

    index = default_index()
    categories = event_categories()
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    # a coding outside PLOVER's categories (FIGHT, REDUCE, YIELD are other schemes' names) can never be matched
    unknown = sorted({g["category"] for g in gold if g["category"]} - set(categories.values()))
    if unknown:
        raise ValueError(f"{gold_path.name}: categories that are not PLOVER's: {', '.join(unknown)}")
    cat = act = rec = found = false_events = 0
    misses, wrong = [], []
    events = [g for g in gold if g["category"]]
    for g, (reports, _, countries) in zip(gold, code_sentences(gold, index)):
        r = main_event(reports)
        if not g["category"]:
            false_events += r is not None
            continue
        if r is None:
            misses.append(g["text"])
            continue
        found += 1
        published = dt.date.fromisoformat(g["published"]) if g.get("published") else dt.date(2024, 2, 28)
        got_cat = categories[r.cameo_code]
        cat += got_cat == g["category"]
        # the country each acted for that day: none for the holder of an international office
        a, b = (index.acting_country(r.actor_id, published, countries),
                index.acting_country(r.recipient_id, published, countries))
        # the pair, in either order for CONSULT (PLOVER's visitor/host aside, a meeting has no direction)
        if got_cat == "CONSULT" and {a, b} == {g["actor"], g["recipient"]}:
            a, b = g["actor"], g["recipient"]
        act += a == g["actor"]
        rec += b == g["recipient"]
        if (got_cat, a, b) != (g["category"], g["actor"], g["recipient"]):
            wrong.append({"text": g["text"], "gold": [g["category"], g["actor"], g["recipient"]],
                          "got": [got_cat, a, b, r.cameo_code, r.rule_id, r.trigger]})
    n, none = len(events), len(gold) - len(events)
    return {"sentences": len(gold), "with_an_event": n, "found": found,
            "correct": {"category": cat, "actor": act, "recipient": rec},
            "category_accuracy": round(cat / max(n, 1), 3), "actor_country_accuracy": round(act / max(n, 1), 3),
            "recipient_country_accuracy": round(rec / max(n, 1), 3),
            "without_an_event": none, "events_on_none": false_events,
            "no_event_found": misses, "wrong": wrong}


def penta(code: str) -> int:
    """PentaClass of a CAMEO code as the ConfliBERT gold assigns it: 0 statements and appeals
    (01-02), 1 verbal cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13,
    and reductions of relations, 16: all 41 sanctions, aid cuts and expulsions of diplomats the
    coder found there are coded 3), 4 material conflict (14-15, 17-20)."""
    root = int(code[:2])
    return 0 if root <= 2 else 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 or root == 16 else 4


def _span_right(text: str, spans: list[str] | None, mentions: list[dict], actor_id: str | None,
                strict: bool) -> bool:
    """The side is the gold span: a mention of the coded actor lies in it. Not strict, a side left
    empty is right where the gold span names no actor the matcher knows ("a rebel-held area"), and a
    side the gold leaves unmarked is not scored."""
    # the gold spans are tokenised ("rebel - held"): compare without the spaces around punctuation
    squeeze = lambda x: re.sub(r"\s+", "", x)  # noqa: E731
    flat, index = "", []
    for i, ch in enumerate(text):
        if not ch.isspace():
            flat += ch
            index.append(i)
    where = []
    for s in spans or []:
        at = flat.find(squeeze(s))
        if at >= 0 and squeeze(s):
            where.append((index[at], index[at + len(squeeze(s)) - 1] + 1))
    inside = [m for m in mentions for s, e in where if m["start_char"] < e and s < m["end_char"]]
    if not spans:  # the gold marks no such side: an empty one is right, another is unscored (strict: wrong)
        return actor_id is None or not strict
    if actor_id is None:
        return not strict and not inside
    return any(m["actor_id"] == actor_id for m in inside)


def evaluate_confli(path: Path) -> dict:
    """The ConfliBERT CAMEO training sentences (third-party gold, 1990s-2010s wire): on those that
    report an interaction (PentaClass 1-4) with the actor's and the recipient's spans, how often an
    event is found, its PentaClass is right, and - where it is - the actor and the recipient are
    the gold spans (a side is right when a mention of the coded actor lies in its gold span; an
    empty recipient is right where the gold span names no known actor; ``spans_right_strict``
    counts an empty recipient as wrong whenever the gold has one)."""
    rows = [json.loads(line) for line in gzip.open(path, "rt", encoding="utf-8")]
    rows = [r for r in rows if r["penta"] > 0 and r["source"] is not None]
    found = right = spans = strict_spans = actor_span = recipient_span = 0
    by_class = {k: [0, 0] for k in range(1, 5)}
    for g, (reports, mentions, _) in zip(rows, code_sentences([{"text": r["text"]} for r in rows])):
        by_class[g["penta"]][1] += 1
        r = main_event(reports)
        if r is None:
            continue
        found += 1
        if penta(r.cameo_code) != g["penta"]:
            continue
        right += 1
        by_class[g["penta"]][0] += 1
        a = _span_right(g["text"], g["source"], mentions, r.actor_id, strict=True)
        b = _span_right(g["text"], g["target"], mentions, r.recipient_id, strict=False)
        actor_span += a
        recipient_span += b
        spans += a and b
        strict_spans += a and _span_right(g["text"], g["target"], mentions, r.recipient_id, strict=True)
    n = len(rows)
    return {"sentences": n, "found": found, "penta_right": right, "penta_accuracy": round(right / n, 3),
            "spans_right_of_penta_right": round(spans / max(right, 1), 3),
            "spans_right_strict": round(strict_spans / max(right, 1), 3),
            "actor_span_right": round(actor_span / max(right, 1), 3),
            "recipient_span_right": round(recipient_span / max(right, 1), 3),
            "penta_accuracy_by_class": {k: round(v[0] / max(v[1], 1), 3) for k, v in by_class.items()}}


def throughput(corpus: Path) -> dict:
    registry = SourceRegistry.load()
    run = RunContext("eval", dt.datetime.now(dt.timezone.utc))
    t = time.perf_counter()
    default_index()
    load_seconds = time.perf_counter() - t
    t = time.perf_counter()
    rows = _normalised(corpus, registry, run)
    normalise_seconds = time.perf_counter() - t
    from flows.events import nlp

    before = (nlp.Stats.seconds, nlp.Stats.sentences, nlp.Stats.tokens)
    found = stages.enrich(rows)  # the pipeline's actor (mentions, article countries) and event stages, timed
    seconds, event_seconds = found.seconds["actors"], found.seconds["events"]
    parsed = (nlp.Stats.seconds - before[0], nlp.Stats.sentences - before[1], nlp.Stats.tokens - before[2])
    return {"corpus": str(corpus), "articles": len(rows), "index_load_seconds": round(load_seconds, 2),
            "ingest_normalise_seconds": round(normalise_seconds, 2), "actor_stage_seconds": round(seconds, 2),
            "actor_stage_articles_per_second": round(len(rows) / seconds, 1), "mentions": len(found.mentions),
            "discovered_actors": len(found.discovered), "event_stage_seconds": round(event_seconds, 2),
            "event_reports": len(found.event_reports),
            "event_reports_per_second": round(len(found.event_reports) / event_seconds, 1),
            "event_stage_articles_per_second": round(len(rows) / event_seconds, 1),
            "parse_seconds": round(parsed[0], 2), "sentences_parsed": parsed[1], "tokens_parsed": parsed[2]}


#: the hand-coded sets of tests/fixtures, pooled by kind: (label, file name test)
GOLD_GROUPS = [
    ("held-out: random 2017-corpus sentences naming two actors, coded blind (set 46)",
     lambda n: n == "event_gold_heldout46.jsonl"),
    ("held-out: earlier blind sets (random corpus and wire style)",
     lambda n: "heldout" in n and n != "event_gold_heldout46.jsonl"),
    ("development: random corpus sentences", lambda n: "corpus" in n),
    ("development: wire-style sentences", lambda n: "wire" in n or n == "event_gold.jsonl"),
    ("development: former held-out sets", lambda n: "seen" in n),
]
PRECISION_SAMPLE = PROJECT_ROOT / "tests" / "fixtures" / "event_precision_sample.jsonl"


def pooled(sets: list[dict]) -> dict:
    n = sum(f["with_an_event"] for f in sets)
    none = sum(f["without_an_event"] for f in sets)
    out = {"sets": len(sets), "sentences": sum(f["sentences"] for f in sets), "with_an_event": n,
           "found": sum(f["found"] for f in sets)}
    for k, name in (("category", "category_accuracy"), ("actor", "actor_country_accuracy"),
                    ("recipient", "recipient_country_accuracy")):
        out[name] = round(sum(f["correct"][k] for f in sets) / max(n, 1), 3)
    out["without_an_event"] = none
    out["events_on_none"] = sum(f["events_on_none"] for f in sets)
    return out


def precision(path: Path) -> dict | None:
    """A judged random sample of the corpus's event reports (one JSON object a line with
    ``category_ok``, ``actor_ok``, ``recipient_ok``, ``date_ok``): how many are fully right."""
    if not path.exists():
        return None
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    strict = sum(r["category_ok"] and r["actor_ok"] and r["recipient_ok"] for r in rows)
    return {"reports": len(rows), "fully_right": strict, "category_right": sum(r["category_ok"] for r in rows),
            "date_right": sum(r["date_ok"] for r in rows), "judged": rows[0].get("judged", "") if rows else ""}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=Path, default=SHARED / "reuters21578_train.jsonl.gz")
    p.add_argument("--gold", type=Path, default=SHARED / "reuters21578_train_gold.jsonl.gz")
    p.add_argument("--corpus", type=Path, default=SHARED / "news_articles_2017.csv.gz")
    p.add_argument("--confli", type=Path, default=SHARED / "confli_cameo_train.jsonl.gz")
    fixtures = PROJECT_ROOT / "tests" / "fixtures"
    p.add_argument("--event-gold", type=Path, action="append",
                   help="hand-coded event sentences (repeatable; default: the event_gold files in tests/fixtures)")
    p.add_argument("--json", type=Path, help="also write the figures here")
    p.add_argument("--doc", type=Path, default=PROJECT_ROOT / "docs" / "evaluation.md",
                   help="write the figures into this page (default docs/evaluation.md; '-' for none)")
    p.add_argument("--no-throughput", action="store_true", help="skip the timing of the stages on the corpus")
    args = p.parse_args(argv)
    golds = args.event_gold or sorted(fixtures.glob("event_gold*.jsonl"))
    per_set = {g.name: evaluate_events(g) for g in golds}
    for name, f in per_set.items():
        if "heldout" in name:  # a held-out set's sentences stay unseen: its misses are counted, never printed
            f["no_event_found"] = len(f["no_event_found"])
            f["wrong"] = len(f["wrong"])
    figures = {"date": dt.date.today().isoformat(), "events": {}}
    for label, test in GOLD_GROUPS:
        sets = [f for name, f in per_set.items() if test(name)]
        if sets:
            figures["events"][label] = pooled(sets)
    figures["event_sets"] = {name: {k: v for k, v in f.items() if k not in ("no_event_found", "wrong")}
                             for name, f in per_set.items()}
    figures["development_misses"] = {name: {"no_event_found": f["no_event_found"], "wrong": f["wrong"]}
                                     for name, f in per_set.items() if "heldout" not in name}
    if args.confli.exists():
        figures["confli"] = evaluate_confli(args.confli)
    else:
        print(f"skipping ConfliBERT: {args.confli} not found (../shared is not here)", file=sys.stderr)
    figures["precision"] = precision(PRECISION_SAMPLE)
    if args.articles.exists() and args.gold.exists():
        figures["reuters"] = evaluate_reuters(args.articles, args.gold)
    else:
        print(f"skipping Reuters: {args.articles} or {args.gold} not found (../shared is not here)", file=sys.stderr)
    if args.corpus.exists() and not args.no_throughput:
        figures["throughput"] = throughput(args.corpus)
    elif not args.no_throughput:
        print(f"skipping throughput: {args.corpus} not found", file=sys.stderr)
    shown = {k: v for k, v in figures.items() if k != "development_misses"}
    print(json.dumps(shown, indent=1))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    if str(args.doc) != "-":
        args.doc.parent.mkdir(parents=True, exist_ok=True)
        args.doc.write_text(render(figures), encoding="utf-8")
        print(f"wrote {args.doc}", file=sys.stderr)
    return 0


def render(f: dict) -> str:
    """docs/evaluation.md: the protocol and the figures of one run of make evaluate."""
    out = [
        "# Evaluation", "",
        f"Written by `make evaluate` on {f['date']} (`python -m flows.evaluate`); do not edit by hand. The figures",
        "count only on data the rules were not tuned on where a set says so; development sets are where the rules",
        "were looked at and changed.", "",
        "## Protocol", "",
        "* **Events, third-party gold**: ConfliBERT's CAMEO training sentences (`confli_cameo_train.jsonl.gz`,",
        "  1990s-2010s wire, research use): the sentences that report an interaction (PentaClass 1-4) with the",
        "  actor's and the recipient's spans. A sentence's event is the coder's main one (between two parties",
        "  first, the act highest in the parse). PentaClass as that gold assigns it (reductions of relations, 16,",
        "  are verbal conflict there). A side is right when a mention of the coded actor lies in its gold span; an",
        "  empty recipient is right where the gold span names no actor the matcher knows (strict: never).",
        "  Used for development.",
        "* **Events, hand-coded sets** (`tests/fixtures/event_gold*.jsonl`): one sentence a line with its PLOVER",
        "  category, the actor's and the recipient's country (null for none), optionally the sentence before it",
        "  (context) and the publication date. Held-out sets were coded blind (the coder never saw the rules or",
        "  their output) and are scored, never printed or debugged on. Accuracy is over the sentences that report",
        "  an event; `events on none` counts sentences with no event where the coder found one.",
        "* **Precision**: a random sample of the corpus's event reports judged strictly by someone who did not",
        "  write the rules: category, actor and recipient (and the date, to its precision) right.",
        "* **Actors**: Reuters-21578 gold people, places and organisations (research use).", "",
        "## Events", "",
    ]
    c = f.get("confli")
    if c:
        out += ["### ConfliBERT wire sentences (third-party gold, development)", "",
                "| sentences | event found | QuadClass right | spans right (of those) | strict | actor span | recipient span |",
                "|---|---|---|---|---|---|---|",
                f"| {c['sentences']} | {c['found']} | **{c['penta_accuracy']}** | **{c['spans_right_of_penta_right']}** | "
                f"{c['spans_right_strict']} | {c['actor_span_right']} | {c['recipient_span_right']} |", "",
                "QuadClass right by gold class: " + ", ".join(f"{k}: {v}" for k, v in c["penta_accuracy_by_class"].items()),
                ""]
    out += ["### Hand-coded sets", "",
            "| sets | sentences | with an event | found | category | actor country | recipient country | no event | events on none |",
            "|---|---|---|---|---|---|---|---|---|"]
    for label, g in f["events"].items():
        out.append(f"| {label} ({g['sets']}) | {g['sentences']} | {g['with_an_event']} | {g['found']} | "
                   f"**{g['category_accuracy']}** | {g['actor_country_accuracy']} | {g['recipient_country_accuracy']} | "
                   f"{g['without_an_event']} | {g['events_on_none']} |")
    p = f.get("precision")
    out += ["", "### Precision", ""]
    if p:
        out += [f"{p['fully_right']} of {p['reports']} random corpus reports fully right (category, actor and "
                f"recipient); category right in {p['category_right']}; date right in {p['date_right']}. {p['judged']}"]
    else:
        out += ["No judged sample (`tests/fixtures/event_precision_sample.jsonl`)."]
    r = f.get("reuters")
    if r:
        out += ["", "## Actors (Reuters-21578)", "",
                "| articles | people recall | country recall | country precision | org recall |", "|---|---|---|---|---|",
                f"| {r['articles']} | {r['people_recall']} | {r['country_recall']} | {r['country_precision']} | "
                f"{r['org_recall']} |"]
    t = f.get("throughput")
    if t:
        out += ["", "## Throughput (one process, the 2017 corpus)", "",
                "| articles | actor stage s | event stage s | of which parsing s | sentences parsed | tokens parsed | reports |",
                "|---|---|---|---|---|---|---|",
                f"| {t['articles']} | {t['actor_stage_seconds']} | {t['event_stage_seconds']} | {t.get('parse_seconds')} | "
                f"{t.get('sentences_parsed')} | {t.get('tokens_parsed')} | {t['event_reports']} |"]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
