"""The Markdown report reads at a glance: index, links, escaping, companies, timeline, folding."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from checker.facts import FIGURE_COLUMNS
from checker.model import CheckResult, Document, Finding
from checker.report import render
from checker.report.json import render_json
from checker.report.markdown import FOLD_ABOVE_DOCUMENTS, render_markdown


def figure(**values: object) -> dict[str, object]:
    row = dict.fromkeys(FIGURE_COLUMNS)
    row.update(values)
    return row


def acme_facts(grades: bool = False) -> pd.DataFrame:
    """Acme Robotics in three notes, a company in one note, and a hostile name in two."""
    rows = [
        figure(id="F1", path="notes/a.md", start=10, end=20, line=1, column=11,
               text="$2 billion", entity="Acme Robotics", metric="valuation", period="2019",
               value_usd=2e9),
        figure(id="F2", path="notes/a.md", start=40, end=52, line=3, column=5,
               text="$80 million", entity="Solo Corp", metric="revenue", period="2019",
               value_usd=8e7),
        figure(id="F3", path="notes/b.md", start=5, end=17, line=2, column=6,
               text="$2.5\nbillion", entity="Acme Robotics", metric="valuation", period="2019",
               value_usd=2.5e9),
        figure(id="F4", path="notes/b.md", start=30, end=42, line=4, column=1,
               text="$300 million", entity="Acme Robotics", metric="funding", period="2019-06",
               value_usd=3e8),
        figure(id="F5", path="notes/c.md", start=0, end=11, line=1, column=1,
               text="€40 million", entity="Acme Robotics", metric="revenue", period="2020",
               value_usd=4.5e7),
        figure(id="F6", path="notes/c.md", start=20, end=23, line=2, column=1,
               text="$45", entity="Acme Robotics", metric="other", period=None, value_usd=None),
        figure(id="F7", path="notes/a.md", start=60, end=70, line=5, column=1,
               text="$1 billion", entity="<b>Evil</b> [x](http://e.io) #1", metric="valuation",
               period="2021", value_usd=1e9),
        figure(id="F8", path="notes/c.md", start=40, end=50, line=6, column=1,
               text="$1 billion", entity="<b>Evil</b> [x](http://e.io) #1", metric="valuation",
               period="2021", value_usd=1e9),
    ]  # fmt: skip
    table = pd.DataFrame(rows, columns=list(FIGURE_COLUMNS))
    table = table.drop(columns=[column for column in table if column.endswith("_grade")])
    if grades:
        table["entity_grade"] = ["stated", "stated", "inferred", "stated", "weak", None, None, None]
        table["metric_grade"] = ["stated"] * 8
    return table


CONFLICT = Finding(
    "figure-conflict",
    "error",
    "notes/b.md",
    2,
    6,
    ("F3", "F1"),
    "'$2.5 billion' contradicts '$2 billion'",
    "Acme Robotics's 2019 valuation.\n- as stated: 2.5 billion USD\n- elsewhere: 2 billion USD",
    quote="The round valued Acme at **$2.5 billion** last year.",
)


def acme_result(findings: list[Finding] | None = None, grades: bool = False) -> CheckResult:
    documents = [Document(p, "", "", "utf-8") for p in ("notes/a.md", "notes/b.md", "notes/c.md")]
    return CheckResult(
        documents=documents,
        skipped=[],
        claims=[],
        relations=[],
        findings=[CONFLICT] if findings is None else findings,
        facts=acme_facts(grades),
        exit_status=1,
    )


def section(report: str, heading: str) -> str:
    start = report.index(f"\n{heading}\n") + 1
    end = report.find("\n## ", start + len(heading))
    return report[start : end if end != -1 else len(report)]


COMPANIES = """\
## Companies

Companies that figures in two or more documents are about: their figures by metric and \
period across the documents (a figure of no known metric only when a finding names it). \
⚑ a figure a finding flags; ↔ a figure a finding compares it with.

### \\<b\\>Evil\\</b\\> \\[x\\](http\\://e.io) #1

| metric | period | figure | value in USD | document | findings |
|---|---|---|---:|---|---|
| valuation | 2021 | \\$1 billion | 1,000,000,000 | [notes/a.md:5](../notes/a.md#L5) |  |
| valuation | 2021 | \\$1 billion | 1,000,000,000 | [notes/c.md:6](../notes/c.md#L6) |  |

```mermaid
timeline
    title b Evil /b x http //e.io 1 in USD
    2021 : valuation 1 billion x2
```

### Acme Robotics

| metric | period | figure | value in USD | document | findings |
|---|---|---|---:|---|---|
| funding | 2019-06 | \\$300 million | 300,000,000 | [notes/b.md:4](../notes/b.md#L4) |  |
| revenue | 2020 | €40 million | 45,000,000 | [notes/c.md:1](../notes/c.md#L1) |  |
| valuation | 2019 | \\$2 billion ↔ | 2,000,000,000 | [notes/a.md:1](../notes/a.md#L1) \
| ↔ `figure-conflict` |
| valuation | 2019 | **\\$2.5 billion** ⚑ | 2,500,000,000 | [notes/b.md:2](../notes/b.md#L2) \
| ⚑ `figure-conflict` |

```mermaid
timeline
    title Acme Robotics in USD
    2019 : valuation 2 billion : valuation 2.5 billion ⚑
    2019-06 : funding 300 million
    2020 : revenue 45 million
```
"""


def test_companies_section_and_timeline_for_a_small_fixture() -> None:
    report = render(acme_result(), "markdown", "reports/figures.md")
    assert section(report, "## Companies") == COMPANIES
    assert "Solo Corp" not in section(report, "## Companies")


def test_a_figure_of_no_known_metric_is_listed_only_when_a_finding_names_it() -> None:
    lost = Finding("missing-scale", "error", "notes/c.md", 2, 1, ("F6",), "lost", "x")
    assert "| other | — | \\$45 |" not in section(render_markdown(acme_result([])), "## Companies")
    assert "| other | — | **\\$45** ⚑ |" in section(
        render_markdown(acme_result([lost])), "## Companies"
    )


def test_companies_table_shows_evidence_grades_when_the_fact_table_has_them() -> None:
    report = render_markdown(acme_result(grades=True))
    assert "| document | evidence | findings |" in report
    assert (
        "| valuation | 2019 | **\\$2.5 billion** ⚑ | 2,500,000,000 | [notes/b.md:2](notes/b.md#L2) "
        "| entity inferred, metric stated | ⚑ `figure-conflict` |"
    ) in report


def test_findings_index_comes_first_with_links_to_lines() -> None:
    report = render(acme_result(), "markdown", "out/deep/figures.md")
    assert section(report, "## Findings index") == (
        "## Findings index\n\n| severity | rule | where | message |\n|---|---|---|---|\n"
        "| error | `figure-conflict` | [notes/b.md:2](../../notes/b.md#L2) "
        "| '\\$2.5 billion' contradicts '\\$2 billion' |\n"
    )
    headings = re.findall(r"^## .*$", report, re.MULTILINE)
    assert headings[:4] == ["## Summary", "## Findings index", "## Findings", "## Companies"]


def test_explanation_is_a_list_that_wraps() -> None:
    report = render_markdown(acme_result())
    assert (
        "- Acme Robotics's 2019 valuation.\n"
        "  - as stated: 2.5 billion USD\n"
        "  - elsewhere: 2 billion USD\n"
    ) in report
    assert "```text" not in report


def test_link_targets_are_percent_encoded() -> None:
    finding = Finding("missing-scale", "error", "notes/q (1)#x.md", 3, 1, (), "lost", "x")
    report = render_markdown(acme_result([finding]))
    assert "[notes/q (1)#x.md:3](notes/q%20%281%29%23x.md#L3)" in report


HOSTILE = (
    "<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) "
    "![pixel](https://t.example/p.png) https://e.example www.e.example ~~gone~~ $x$ &amp;"
)


def test_a_hostile_quote_stays_readable_text_with_the_figure_in_bold() -> None:
    finding = Finding(
        "missing-scale", "error", "notes/b.md", 2, 6, ("F3",), "lost", "x",
        quote=f"# Breaking {HOSTILE} valued at **$2.5 billion** </table>",
    )  # fmt: skip
    report = render_markdown(acme_result([finding]))
    (line,) = [line for line in report.splitlines() if line.startswith("> ")]
    assert line == (
        "> \\# Breaking \\<script\\>alert(1)\\</script\\> \\<img src=x onerror=alert(1)\\> "
        "\\[click\\](javascript:alert(1)) \\!\\[pixel\\](https\\://t.example/p.png) "
        "https\\://e.example www\\.e.example \\~\\~gone\\~\\~ \\$x\\$ \\&amp; valued at "
        "**\\$2.5 billion** \\</table\\>"
    )


def test_nothing_a_document_wrote_is_rendered_as_markup() -> None:
    facts = acme_facts()
    facts.loc[facts["id"] == "F7", "text"] = "$1 <img src=x> billion"
    result = acme_result(
        [
            Finding(
                "missing-scale", "error", "notes/<i>x</i>.md", 1, 1, ("F7",), HOSTILE, HOSTILE,
                quote=f"{HOSTILE} **$1 <img src=x> billion**",
            )
        ]
    )  # fmt: skip
    result.facts = facts
    report = render_markdown(result)
    outside_code = re.sub(r"`[^`\n]*`|```mermaid\n.*?```", "", report, flags=re.S)
    for markup in ("<script", "<img", "<i>", "</table", "](javascript", "![", "](https", "~~"):
        assert re.search(r"(?<!\\)" + re.escape(markup), outside_code) is None, markup
    assert re.search(r"(?<![\\\w])(https?:|www\.)", outside_code.replace("](", "")) is None


def test_big_folders_fold_the_tables_so_findings_come_first() -> None:
    result = acme_result()
    extra = [Document(f"notes/n{n:03}.md", "", "", "utf-8") for n in range(FOLD_ABOVE_DOCUMENTS)]
    result.documents = result.documents + extra
    report = render_markdown(result)
    assert "<details>\n<summary>2 figures, 1 flagged</summary>\n\n" in report
    assert "<details>\n<summary>4 figures in 3 documents</summary>\n\n" in report
    assert report.index("## Findings\n") < report.index("<details>")
    assert "<details>" not in render_markdown(acme_result())


def test_figure_tables_mark_flagged_and_compared_figures() -> None:
    report = render_markdown(acme_result())
    assert "| F3 ⚑ | 2 | **\\$2.5 billion** |" in report
    assert "| F1 ↔ | 1 | \\$2 billion |" in report
    assert "| F4 | 4 | \\$300 million |" in report


def test_json_turns_non_finite_numbers_into_null_and_keeps_the_figure() -> None:
    result = acme_result()
    result.facts.loc[0, ["amount", "value_usd"]] = [float("inf"), float("-inf")]
    result.facts.loc[1, "amount"] = float("nan")
    text = render_json(result)
    assert "Infinity" not in text and "NaN" not in text
    report = __import__("json").loads(text)
    first = next(f for f in report["figures"] if f["id"] == "F1")
    assert (first["amount"], first["value_usd"], first["text"]) == (None, None, "$2 billion")


def test_the_report_does_not_depend_on_where_it_is_rendered(tmp_path: Path) -> None:
    assert render(acme_result(), "markdown", str(tmp_path / "r.md")) == render(
        acme_result(), "markdown", str(tmp_path / "r.md")
    )
