"""Article identity across inputs: new, unchanged, or a duplicate of an article already loaded.

An article's id is a hash of its normalised content and publisher, and an occurrence is
where it was read (input_path, record_no). The first occurrence of an id is the article;
the same id read again from the same place is unchanged (a rerun); read from another
place it is a duplicate (``duplicate_of``) and is not loaded twice.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from flows import lake


@dataclass
class Known:
    occurrence: dict[str, tuple[str, int]] = field(default_factory=dict)  # article_id -> first place
    duplicate_places: set[tuple[str, int]] = field(default_factory=set)

    @classmethod
    def from_lake(cls, lake_dir: Path) -> "Known":
        arts = lake.read(lake_dir, "articles", ["article_id", "input_path", "record_no"]).to_pydict()
        dups = lake.read(lake_dir, "article_duplicates", ["input_path", "record_no"]).to_pydict()
        return cls(
            dict(zip(arts["article_id"], zip(arts["input_path"], arts["record_no"]))),
            set(zip(dups["input_path"], dups["record_no"])),
        )


@dataclass
class Classified:
    new: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)
    unchanged: int = 0


def classify(rows: list[dict], known: Known, run_id: str) -> Classified:
    """Split normalised article rows into new articles, duplicates and unchanged ones.

    ``known`` is updated, so batches of one run can be classified one after another.
    """
    out = Classified()
    for row in rows:
        aid, place = row["article_id"], (row["input_path"], row["record_no"])
        first = known.occurrence.get(aid)
        if first is None:
            known.occurrence[aid] = place
            out.new.append(row)
        elif first == place or place in known.duplicate_places:
            out.unchanged += 1
        else:
            known.duplicate_places.add(place)
            out.duplicates.append({
                "input_path": place[0], "record_no": place[1], "external_id": row["external_id"],
                "duplicate_of": aid, "run_id": run_id,
            })
    return out
