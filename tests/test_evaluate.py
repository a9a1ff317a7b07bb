"""The evaluation harness (flows.evaluate) runs on the gold files in the repository."""
from flows import PROJECT_ROOT
from flows.evaluate import evaluate_events


def test_the_harness_counts_events_misses_and_events_on_sentences_with_none(tmp_path):
    gold = tmp_path / "event_gold_x.jsonl"
    gold.write_text("\n".join([
        '{"text": "Russia expelled ten American diplomats.", "category": "SANCTION", "actor": "RUS", "recipient": "USA"}',
        '{"text": "Putin met Xi Jinping in Beijing.", "category": "CONSULT", "actor": "CHN", "recipient": "RUS"}',
        '{"text": "Russian President Vladimir Putin said the economy grew.", "category": null, "actor": null, '
        '"recipient": null}',
        '{"text": "The weather was fine.", "category": "AGREE", "actor": "RUS", "recipient": "USA"}']) + "\n")
    f = evaluate_events(gold)
    assert (f["sentences"], f["with_an_event"], f["without_an_event"]) == (4, 3, 1)
    assert f["found"] == 2 and f["correct"] == {"category": 2, "actor": 2, "recipient": 2}  # CONSULT in either order
    assert f["events_on_none"] == 0 and f["no_event_found"] == ["The weather was fine."]
    assert f["category_accuracy"] == round(2 / 3, 3)


def test_held_out_sentences_are_never_printed(tmp_path, capsys):
    from flows.evaluate import main
    gold = tmp_path / "event_gold_heldout99.jsonl"
    gold.write_text('{"text": "Nothing happened here.", "category": "CONSULT", "actor": "RUS", "recipient": "CUB"}\n')
    seen = tmp_path / "event_gold_seen99.jsonl"
    seen.write_text(gold.read_text())
    main(["--event-gold", str(gold), "--event-gold", str(seen), "--articles", str(tmp_path / "none"),
          "--corpus", str(tmp_path / "none"), "--confli", str(tmp_path / "none"), "--doc", str(tmp_path / "eval.md")])
    out = capsys.readouterr().out
    # printed: figures only; the development misses go to --json, the held-out ones nowhere
    assert out.count("Nothing happened here.") == 0 and '"with_an_event": 1' in out
    assert "Nothing happened here." not in (tmp_path / "eval.md").read_text()
    main(["--event-gold", str(gold), "--event-gold", str(seen), "--articles", str(tmp_path / "none"),
          "--corpus", str(tmp_path / "none"), "--confli", str(tmp_path / "none"), "--doc", "-",
          "--json", str(tmp_path / "figures.json")])
    assert (tmp_path / "figures.json").read_text().count("Nothing happened here.") == 1  # the seen set's miss


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
