"""The evaluation harness (flows.evaluate) runs on the gold files in the repository."""
from flows import PROJECT_ROOT
from flows.evaluate import evaluate_events


def test_event_gold_scores_the_in_sample_sentences():
    figures = evaluate_events(PROJECT_ROOT / "tests" / "fixtures" / "event_gold.jsonl")
    # written alongside the lexicon: every sentence yields an event of the coded category
    assert figures["sentences"] == 30 and figures["with_an_event"] == 30
    assert figures["category_accuracy"] >= 0.95 and figures["actor_country_accuracy"] >= 0.95
