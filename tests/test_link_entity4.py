"""Entity and metric on unseen text, round 4: every sentence invented for these tests (new
companies, new figures)."""

from __future__ import annotations

from pathlib import Path

from helpers import claims_of

SEA_TITLE = """---
date: 2025-03-04
title: "Podcast: 'The Black Sea paid for our year' - a broker on Halvorsen Line's 2024"
---

*Edited transcript of an episode recorded on Tuesday 4 March. Host: Jo Marr. Guest: a
shipping broker.*

**HOST:** Halvorsen Line reported this morning. What stood out?

**GUEST:** The Black Sea detours. Revenue came in at $14.2 billion, against $12.8 billion
in 2023, and EBIT was $2.1 billion.

**HOST:** And the dividend?

**GUEST:** A dividend of $4.10 a share, and a buyback of up to $500 million.
"""


def test_a_sea_named_in_the_title_is_no_topic(tmp_path: Path) -> None:
    claims = {c.mention.text: c for c in claims_of(tmp_path, SEA_TITLE, None, "pod.md")}
    for figure in ("$14.2 billion", "$12.8 billion", "$2.1 billion", "$500 million"):
        assert claims[figure].entity in ("Halvorsen", "Halvorsen Line"), figure
