import unicodedata

import pytest

from flows.normalize import text

from conftest import normalised, write


def test_nfc_and_whitespace():
    decomposed = unicodedata.normalize("NFD", "Díaz-Canel")
    cleaned = text.join(text.clean(f"  {decomposed}\u00a0met\t\tLavrov \u200b \r\n\r\n\r\n\r\nNext  para ").lines)
    assert cleaned == "Díaz-Canel met Lavrov\n\nNext para"
    assert unicodedata.is_normalized("NFC", cleaned)


def test_boilerplate_lines_removed():
    raw = "\n".join([
        "Body paragraph one.", "Also Read: EU freezes Russian Central Bank assets", "Image source: getty",
        "Subscribe to the International Relations Updates by The Kootneeti", "Follow us", "Most Popular",
        "Share on Facebook", "* indicates required", "Body paragraph two.", "Facebook Comments",
        "You may also like...", "Some teaser headline",
    ])
    cleaned = text.clean(raw)
    assert text.join(cleaned.lines) == "Body paragraph one.\nBody paragraph two."
    assert cleaned.removed == 10


def test_share_widgets_inside_a_line_removed():
    raw = ("The attacker refused to answer questions. Send Facebook Twitter Google+ Whatsapp Tumblr linkedin stumble Digg "
           "reddit Newsvine Permalink http://dw.com/p/2Wx5C The man entered France from Dubai.\n"
           "Media playback is not supported on this device However, Ranieri denied any unrest.")
    cleaned = text.clean(raw)
    assert text.join(cleaned.lines) == ("The attacker refused to answer questions. The man entered France from Dubai.\n"
                                        "However, Ranieri denied any unrest.")
    assert cleaned.removed == 2


def test_comment_and_captcha_block_removed():
    raw = "Para one.\n\nPara two.\n\nPara three.\n\nAdd new comment\n\nThis question is for testing whether " \
          "or not you are a human visitor and to prevent automated spam submissions.\nEnter the characters shown in the image."
    assert text.join(text.clean(raw).lines) == "Para one.\n\nPara two.\n\nPara three."


def test_long_line_starting_like_boilerplate_is_content():
    line = "Sign up for nothing: " + "this is a real one-line article body. " * 10
    assert text.clean(line).lines == [line.strip()]


def test_breadcrumb_and_repeated_title(registry, tmp_path):
    raw = "HomeNewsDiplomatic NewsRussia, Cuba commit\n\nRussia, Cuba commit\n\n\nBody text here."
    (row,) = normalised(write(tmp_path / "x.txt", raw), registry)
    assert row["title"] == "Russia, Cuba commit"
    assert row["text"] == "Body text here."


def test_raw_text_is_kept(seed_rows):
    row = seed_rows["001_3ac60a42ae60264f"]
    assert "Add new comment" in row["raw_text"] and "Add new comment" not in row["text"]
    assert "Fecha de publicación" not in row["text"] and "Imagen principal" not in row["text"]
    assert row["text"].endswith("other members of his delegation.")


@pytest.mark.parametrize("text, sentences", [
    ("Mr. Lavrov met Gen. Smith in Jan. 2024. Then he left.", ["Mr. Lavrov met Gen. Smith in Jan. 2024.", "Then he left."]),
    ("The U.S. and J. Smith agreed. \"We will,\" he said.", ["The U.S. and J. Smith agreed.", "\"We will,\" he said."]),
    ("No break here.\n\nNew paragraph", ["No break here.", "New paragraph"]),
    # hyphens standing for a lost paragraph break (scraped text), but not a hyphenated abbreviation
    ("the war.-Israel, he noted, had made arrests.", ["the war.", "Israel, he noted, had made arrests."]),
    ("links to Trump associates.- When Sessions spoke.", ["links to Trump associates.", "When Sessions spoke."]),
    ("The U.S.-Mexico border is long.", ["The U.S.-Mexico border is long."]),
    ("a range of 1.5-2 percent.", ["a range of 1.5-2 percent."]),
])
def test_sentence_split(text, sentences):
    from flows.sentences import split

    spans = split(text)
    assert [text[s:e] for s, e in spans] == sentences
