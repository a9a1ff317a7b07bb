"""The evaluation harness (flows.evaluate) runs on the gold files in the repository."""
from flows import PROJECT_ROOT
from flows.evaluate import evaluate_events


def test_event_gold_scores_the_in_sample_sentences():
    figures = evaluate_events(PROJECT_ROOT / "tests" / "fixtures" / "event_gold.jsonl")
    # written alongside the lexicon: every sentence yields an event of the coded category
    assert figures["sentences"] == 30 and figures["with_an_event"] == 30
    assert figures["category_accuracy"] >= 0.95 and figures["actor_country_accuracy"] >= 0.95


def test_held_out_sentences_are_never_printed(tmp_path, capsys):
    from flows.evaluate import main
    gold = tmp_path / "event_gold_heldout99.jsonl"
    gold.write_text('{"text": "Nothing happened here.", "category": "CONSULT", "actor": "RUS", "recipient": "CUB"}\n')
    seen = tmp_path / "event_gold_seen99.jsonl"
    seen.write_text(gold.read_text())
    main(["--event-gold", str(gold), "--event-gold", str(seen), "--articles", str(tmp_path / "none"),
          "--corpus", str(tmp_path / "none")])
    out = capsys.readouterr().out
    assert out.count("Nothing happened here.") == 1  # the seen set lists its miss, the held-out one only counts it
    assert '"no_event_found": 1' in out


def test_a_gold_coding_outside_plovers_categories_is_refused(tmp_path):
    import pytest
    gold = tmp_path / "event_gold_x.jsonl"
    gold.write_text('{"text": "Russia shelled Kharkiv.", "category": "FIGHT", "actor": "RUS", "recipient": "UKR"}\n')
    with pytest.raises(ValueError, match="FIGHT"):
        evaluate_events(gold)


def test_a_gold_sentence_may_give_its_publication_date(tmp_path):
    # Guterres acted for no country while UN Secretary-General (from 2017), for Portugal as its prime minister
    gold = tmp_path / "event_gold_x.jsonl"
    line = '{"text": "Antonio Guterres met Vladimir Putin in Moscow.", "category": "CONSULT", "actor": "PRT", "recipient": "RUS"%s}\n'
    gold.write_text(line % ', "published": "1999-06-01"' + line % "")
    figures = evaluate_events(gold)
    assert figures["correct"]["actor"] == 1  # Portugal's in 1999, nobody's in 2024
