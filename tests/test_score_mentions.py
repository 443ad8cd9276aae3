"""bench/score_mentions.py counts right, wrong, missed and extra mentions on an invented fixture."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "score_mentions.py"


def load_script():
    spec = importlib.util.spec_from_file_location("score_mentions", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def write_fixture(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Brindle Ltd said sales rose to $5 million from $4 million.\n"
        "It also sold seven apples and paid £3m for a depot.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text("Orvale spent $5 million, then $5 million more.\n")
    labels = [
        {"doc": "a.txt", "text": "$5 million", "occurrence": 1, "value": 5e6, "currency": "USD"},
        {"doc": "a.txt", "text": "$4 million", "occurrence": 1, "value": 4e6, "currency": "EUR"},
        {"doc": "a.txt", "text": "seven apples", "occurrence": 1, "value": 7, "currency": "USD"},
        {"doc": "b.txt", "text": "$5 million", "occurrence": 2, "value": 5e6, "currency": "USD"},
        {"doc": "b.txt", "text": "$9 million", "occurrence": 1, "value": 9e6, "currency": "USD"},
    ]
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in labels), encoding="utf-8")
    return path, folder


def test_counts_right_wrong_missed_and_span_precision(tmp_path, capsys):
    script = load_script()
    labels, folder = write_fixture(tmp_path)

    score = script.score_labels(script.read_labels(labels), folder)

    assert (score.labels, score.right, score.wrong, score.missed) == (5, 2, 1, 2)
    assert [label.text for label in score.unlocated] == ["$9 million"]
    assert (score.extracted, score.extracted_on_labels) == (5, 3)
    assert script.main([str(labels), str(folder), "--show", "extra"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "mentions: labels=5 right=2 rate=0.400 span_precision=0.600"
    assert sum(line.startswith("extra: ") for line in lines) == 2


def test_the_occurrence_picks_which_appearance_is_labelled():
    script = load_script()
    text = "$5 million, then $5 million"

    assert script.locate(text, "$5 million", 2) == (17, 27)
    assert script.locate(text, "$5 million", 3) is None
