"""Tests for the corpus stage: finding files, decoding, HTML to text, and document dates."""

from __future__ import annotations

import codecs
import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.corpus import decode_bytes, find_document_date, html_to_plain, read_corpus
from checker.model import Document, SkippedFile

REPO = Path(__file__).parents[1]
SHARED_DOCS = REPO / ".." / "shared" / "corpus" / "docs"


def read_one(path: Path, **options) -> Document | SkippedFile:
    (result,) = read_corpus([path], **options)
    return result


def reasons(results) -> dict[str, str]:
    return {item.path: item.reason for item in results if isinstance(item, SkippedFile)}


def text_date(plain: str) -> datetime.date | None:
    found, source = find_document_date(plain, plain, is_html=False)
    assert source == ("text" if found else "unknown")
    return found


# --------------------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("Xiaomi raised €1.1 billion".encode(), "Xiaomi raised €1.1 billion", "utf-8"),
        (codecs.BOM_UTF8 + b"$45 billion", "$45 billion", "utf-8-sig"),
        (codecs.BOM_UTF16_LE + "¥200 billion".encode("utf-16-le"), "¥200 billion", "utf-16"),
        (codecs.BOM_UTF16_BE + "¥200 billion".encode("utf-16-be"), "¥200 billion", "utf-16"),
        ("小米斥资百万美元".encode("gb18030"), "小米斥资百万美元", "gb18030"),
        (
            "A “€45 billion” deal – Xiaomi’s".encode("cp1252"),
            "A “€45 billion” deal – Xiaomi’s",
            "cp1252",
        ),
        (
            b"The price rose \x81 to 5 dollars in the quarter, the company said.",
            "The price rose \x81 to 5 dollars in the quarter, the company said.",
            "latin-1",
        ),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "gb18030", "cp1252", "latin-1"],
)
def test_decode_bytes_reads_each_encoding(data: bytes, text: str, encoding: str) -> None:
    assert decode_bytes(data) == (text, encoding)


def test_cp1252_quotes_before_letters_are_not_read_as_chinese() -> None:
    data = "“Xiaomi”s deal".encode("cp1252")
    data.decode("gb18030")  # it does decode as GB18030, into rare characters
    assert decode_bytes(data) == ("“Xiaomi”s deal", "cp1252")


def test_chinese_figure_in_english_text_is_gb18030() -> None:
    assert decode_bytes("Paid 100亿元 in 2014".encode("gb18030")) == (
        "Paid 100亿元 in 2014",
        "gb18030",
    )


def test_crlf_and_lone_cr_become_newlines() -> None:
    assert decode_bytes(b"one\r\ntwo\rthree\n\nfour") == ("one\ntwo\nthree\n\nfour", "utf-8")


def test_crlf_is_normalized_in_utf16_too() -> None:
    data = codecs.BOM_UTF16_LE + "a\r\nb".encode("utf-16-le")
    assert decode_bytes(data) == ("a\nb", "utf-16")


def test_nul_bytes_without_utf16_bom_are_binary() -> None:
    with pytest.raises(ValueError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_utf16_without_bom_is_binary() -> None:
    with pytest.raises(ValueError, match="binary"):
        decode_bytes("$45 billion".encode("utf-16-le"))


# --------------------------------------------------------------------------- finding files


def test_folder_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.md", "a/b/c.html", "a.txt", "C.markdown", "a/a.htm"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("<p>$1 million</p>")
    root = tmp_path.as_posix()
    paths = [item.path for item in read_corpus([tmp_path])]
    relative = [path.removeprefix(root + "/") for path in paths]
    assert relative == ["C.markdown", "a.txt", "a/a.htm", "a/b/c.html", "a/z.md", "b.txt"]


def test_shown_path_is_the_given_path_joined_with_the_relative_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "seeds" / "sub").mkdir(parents=True)
    (tmp_path / "seeds" / "sub" / "003.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    for argument in ["seeds", "seeds/", "./seeds"]:
        assert [doc.path for doc in read_corpus([argument])] == ["seeds/sub/003.txt"]
    assert [doc.path for doc in read_corpus(["."])] == ["seeds/sub/003.txt"]
    assert [doc.path for doc in read_corpus(["seeds/sub/003.txt"])] == ["seeds/sub/003.txt"]


def test_a_file_given_twice_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    assert [doc.path for doc in read_corpus([".", "a.txt"])] == ["a.txt"]


def test_unreadable_inputs_are_listed_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "README").write_text("notes")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"GIF89a\x00\x01\x00")
    (tmp_path / ".notes.md").write_text("hidden")
    (tmp_path / "ok.TXT").write_text("$1 million")
    root = tmp_path.as_posix()
    skipped = reasons(read_corpus([tmp_path]))
    assert skipped == {
        f"{root}/.notes.md": "hidden file",
        f"{root}/README": "unsupported file type (no extension)",
        f"{root}/empty.txt": "empty file",
        f"{root}/image.txt": "binary content (NUL bytes)",
        f"{root}/report.pdf": "unsupported file type '.pdf'",
    }


def test_dot_folders_are_not_entered(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("$1 million")
    (tmp_path / "a.txt").write_text("$1 million")
    assert [item.path for item in read_corpus([tmp_path])] == [(tmp_path / "a.txt").as_posix()]


def test_symbolic_links_to_folders_and_broken_links_are_listed(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("x")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    root = tmp_path.as_posix()
    results = list(read_corpus([tmp_path]))
    assert reasons(results) == {
        f"{root}/gone.txt": "broken symbolic link",
        f"{root}/loop": "symbolic link to a folder (not followed)",
    }
    assert [doc.path for doc in results if isinstance(doc, Document)] == [f"{root}/real/a.txt"]


def test_oversized_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("x" * 2_500)
    result = read_one(tmp_path / "big.txt", max_bytes=1_000)
    assert result == SkippedFile(
        (tmp_path / "big.txt").as_posix(), "file is 2.5 kB, larger than the 1 kB limit"
    )


def test_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    (tmp_path / "exact.txt").write_text("x" * 1_000)
    assert isinstance(read_one(tmp_path / "exact.txt", max_bytes=1_000), Document)


def test_missing_path_is_skipped(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    assert list(read_corpus([missing])) == [
        SkippedFile(missing.as_posix(), "no such file or directory")
    ]


def test_permission_error_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked.txt").write_text("x")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    result = read_one(tmp_path / "locked.txt")
    assert result == SkippedFile(
        (tmp_path / "locked.txt").as_posix(), "cannot read: Permission denied"
    )


def test_text_document_fields(tmp_path: Path) -> None:
    (tmp_path / "note.md").write_bytes(b"Xiaomi\r\nDec 24, 2025\r\n$45 billion\r\n")
    doc = read_one(tmp_path / "note.md")
    assert doc.text == "Xiaomi\nDec 24, 2025\n$45 billion\n"
    assert doc.plain is doc.text
    assert doc.plain_to_text is None
    assert doc.encoding == "utf-8"
    assert (doc.date, doc.date_source) == (datetime.date(2025, 12, 24), "text")
    assert doc.line_column(doc.text.index("$45")) == (3, 1)


def test_html_document_keeps_offsets_into_the_file(tmp_path: Path) -> None:
    page = "<html><body><p>Xiaomi paid &#36;1.82&nbsp;million</p></body></html>"
    (tmp_path / "page.HTML").write_text(page)
    doc = read_one(tmp_path / "page.HTML")
    assert doc.plain == "\nXiaomi paid $1.82\xa0million\n"
    assert doc.text == page
    figure = doc.plain.index("1.82")
    assert doc.text[doc.text_offset(figure) :].startswith("1.82")
    assert doc.text[doc.text_offset(doc.plain.index("$"))] == "&"


def test_date_override_wins(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ndate: 2019-05-11\n---\nDec 24, 2025\n")
    doc = read_one(tmp_path / "a.md", date_override=datetime.date(2020, 1, 2))
    assert (doc.date, doc.date_source) == (datetime.date(2020, 1, 2), "option")


# --------------------------------------------------------------------------- HTML to text


def test_html_figure_offsets_point_at_the_same_characters() -> None:
    html = '<div class="a">Valued at <b>$45 billion</b> in <i>2014</i></div>'
    plain, offsets = html_to_plain(html)
    assert plain == "\nValued at $45 billion in 2014\n"
    assert len(offsets) == len(plain)
    start = plain.index("$45 billion")
    for i in range(start, start + len("$45 billion")):
        assert html[offsets[i]] == plain[i]


def test_html_entities_map_to_their_ampersand() -> None:
    html = "<p>&pound;3 &euro;4 &yen;5 &#x24;6 &amp; &ampx &bogus; AT&T</p>"
    plain, offsets = html_to_plain(html)
    assert plain == "\n£3 €4 ¥5 $6 & &x &bogus; AT&T\n"
    for symbol in "£€¥$":
        assert html[offsets[plain.index(symbol)]] == "&"
        assert html.startswith("&", offsets[plain.index(symbol)])
    assert offsets[plain.index("€")] == html.index("&euro;")
    assert html[offsets[plain.index("x")]] == "x"
    assert plain.endswith("AT&T\n") and html[offsets[plain.index("AT&T") + 2]] == "&"


def test_html_drops_script_style_head_and_comments_but_keeps_title() -> None:
    html = (
        "<!DOCTYPE html><html><head><noscript>$6 billion</noscript>"
        "<title>Xiaomi &amp; Kingsoft</title>"
        "<meta charset='utf-8'><style>p { color: red }</style>"
        "<script>var s = '<p>$9 billion</p>';</script></head>"
        "<body><!-- $7 billion --><p>Paid $1.82 million</p>"
        "<SCRIPT type='x'>$8 billion</SCRIPT></body></html>"
    )
    plain, _ = html_to_plain(html)
    assert plain.split() == ["Xiaomi", "&", "Kingsoft", "Paid", "$1.82", "million"]


def test_html_block_tags_become_newlines_mapped_to_their_tag() -> None:
    html = "<ul><li>$1 million</li><li>$2 million<br/>more</li></ul>"
    plain, offsets = html_to_plain(html)
    assert plain == "\n\n$1 million\n\n$2 million\nmore\n\n"
    assert all(html[offsets[i]] == "<" for i, char in enumerate(plain) if char == "\n")


def test_inline_tags_vanish_without_a_trace() -> None:
    assert html_to_plain("<p>$<span>45</span> <a href='x>y'>billion</a></p>")[0] == (
        "\n$45 billion\n"
    )


@pytest.mark.parametrize(
    "html",
    [
        "<p>unclosed <b attr='x",
        "a < b and c > d <",
        "<!-- never closed $5",
        "<script>never closed",
        "<title>only a title",
        "</p></div>& &# &#x; &#99999999; <!x> <?php ?> </ >",
    ],
)
def test_malformed_html_does_not_crash(html: str) -> None:
    plain, offsets = html_to_plain(html)
    assert len(offsets) == len(plain)


def test_malformed_html_keeps_the_visible_text() -> None:
    assert html_to_plain("a < b and c > d")[0] == "a < b and c > d"
    assert html_to_plain("<title>Only a title")[0] == "\nOnly a title"


@given(st.text(alphabet="<>/!-&#;x3pbrtile=\"' \nabc", max_size=60))
def test_every_plain_character_comes_from_its_offset(html: str) -> None:
    plain, offsets = html_to_plain(html)
    assert len(offsets) == len(plain)
    assert list(offsets) == sorted(offsets)
    for char, offset in zip(plain, offsets, strict=True):
        assert html[offset] == char or html[offset] in "&<"


# --------------------------------------------------------------------------- dates


def test_front_matter_date_forms() -> None:
    for value in ["2019-05-11", '"2019-05-11"', "'2019-05-11'", "2019-05-11T10:00:00Z"]:
        text = f"---\ntitle: x\ndate: {value}\n---\nBody Dec 24, 2025\n"
        assert find_document_date(text, text, False) == (datetime.date(2019, 5, 11), "front-matter")


def test_front_matter_without_date_falls_back_to_the_text() -> None:
    text = "---\ntitle: x\n---\nDec 24, 2025\n"
    assert find_document_date(text, text, False) == (datetime.date(2025, 12, 24), "text")


def test_front_matter_must_open_the_file() -> None:
    text = "intro\n---\ndate: 2019-05-11\n---\n"
    assert find_document_date(text, text, False) == (datetime.date(2019, 5, 11), "text")


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ('<meta property="article:published_time" content="2019-05-11T10:00:00Z">', (2019, 5, 11)),
        ("<meta property='og:published_time' content='2020-02-03'/>", (2020, 2, 3)),
        ('<meta itemprop="datePublished" content="2021-03-04">', (2021, 3, 4)),
        ('<meta name="DC.date.issued" content="2022-04-05">', (2022, 4, 5)),
        ('<meta name="sailthru.date" content="May 6, 2023">', (2023, 5, 6)),
        ("<meta name=parsely-pub-date content=2024-07-08T00:00:00Z>", (2024, 7, 8)),
        ('<time datetime="2014-12-29T08:00">Dec 29</time>', (2014, 12, 29)),
    ],
)
def test_html_meta_date(tag: str, expected: tuple[int, int, int]) -> None:
    html = f"<html><head>{tag}</head><body><p>Dec 24, 2025</p></body></html>"
    plain, _ = html_to_plain(html)
    assert find_document_date(html, plain, True) == (datetime.date(*expected), "meta")


def test_published_meta_outranks_time_element_and_other_keys() -> None:
    html = (
        '<body><time datetime="2001-01-01">x</time><meta name="date" content="2002-02-02">'
        '<meta property="article:published_time" content="2003-03-03"></body>'
    )
    assert find_document_date(html, html_to_plain(html)[0], True) == (
        datetime.date(2003, 3, 3),
        "meta",
    )


def test_meta_inside_a_comment_is_ignored() -> None:
    html = '<!-- <meta name="date" content="2002-02-02"> --><p>x</p>'
    assert find_document_date(html, html_to_plain(html)[0], True) == (None, "unknown")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Dec.24 2025", (2025, 12, 24)),
        ("Dec 24, 2025", (2025, 12, 24)),
        ("December 24, 2025", (2025, 12, 24)),
        ("24 December 2025", (2025, 12, 24)),
        ("Sept. 3, 2021", (2021, 9, 3)),
        ("2014-12-29", (2014, 12, 29)),
        ("2025/12/24", (2025, 12, 24)),
        ("Monday, December 22, 2025 10:30 am ET", (2025, 12, 22)),
        ("*Dec 24, 2025*", (2025, 12, 24)),
        ("BEIJING, Dec 29 (Reuters) - Xiaomi's 2014 revenue rose", (2014, 12, 29)),
        ("BEIJING Dec 29 2014 - Xiaomi said", (2014, 12, 29)),
        ("HONG KONG/BEIJING, Dec. 29, 2014 (Reuters) — Xiaomi", (2014, 12, 29)),
        ("Published: 12 May 2024", (2024, 5, 12)),
        ("Updated Sept. 3, 2021 at 10:30", (2021, 9, 3)),
    ],
)
def test_dateline_forms(line: str, expected: tuple[int, int, int]) -> None:
    assert text_date(f"Xiaomi news\n\n{line}\n\nXiaomi raised $1.1 billion.\n") == (
        datetime.date(*expected)
    )


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held when the Facebook chief visited Beijing in October 2014.",
        "Targeting a 2025 delivery goal of 350,000 units.",
        "The YU7, launched May 2025, is positioned as a premium rival.",
        "Results came on Dec 24, 2025, after the close.",
        "BEIJING, Dec 29 (Reuters) - Xiaomi raised money.",
        "Dec 24",
        "Feb 30, 2024",
        "Published in May 2024, the report said",
    ],
    ids=[
        "month-year",
        "bare-year",
        "launched",
        "in-sentence",
        "dateline-no-year",
        "no-year",
        "invalid",
        "published-in",
    ],
)
def test_no_date_is_invented(text: str) -> None:
    assert text_date(text + "\n") is None


def test_first_dateline_in_the_document_is_taken() -> None:
    assert text_date("Feb 30, 2024\nsome text\n2014-12-29\n2015-01-01\n") == datetime.date(
        2014, 12, 29
    )


# --------------------------------------------------------------------------- the real corpora


def test_seed_dates() -> None:
    docs = {Path(doc.path).name: doc for doc in read_corpus([REPO / "seeds"])}
    assert sorted(docs) == [
        "000_43460e9940a62e3e.txt",
        "001_12edacfdd4944808.txt",
        "002_4879113222ef9fbb.txt",
        "003_b2869171261bb7ce.txt",
    ]
    dates = {name: (doc.date, doc.date_source) for name, doc in docs.items()}
    assert dates == {
        "000_43460e9940a62e3e.txt": (None, "unknown"),
        "001_12edacfdd4944808.txt": (None, "unknown"),
        "002_4879113222ef9fbb.txt": (None, "unknown"),
        "003_b2869171261bb7ce.txt": (datetime.date(2025, 12, 24), "text"),
    }


def test_shared_corpus_front_matter_dates() -> None:
    if not SHARED_DOCS.is_dir():
        pytest.skip("../shared is not beside this clone")
    docs = [doc for doc in read_corpus([SHARED_DOCS]) if isinstance(doc, Document)]
    undated = {Path(doc.path).name[:2] for doc in docs if doc.date is None}
    assert len(docs) == 20
    assert undated == {"06", "08", "20"}
    assert {doc.date_source for doc in docs if doc.date} == {"front-matter"}
    uber = next(doc for doc in docs if Path(doc.path).name.startswith("01_"))
    assert uber.date == datetime.date(2019, 5, 11)


def test_a_check_figures_report_in_the_corpus_is_skipped_with_its_reason(tmp_path):
    (tmp_path / "note.md").write_text("Xiaomi raised $1 billion.\n", encoding="utf-8")
    (tmp_path / "figures.md").write_text(
        "# check-figures report\n\n'$200 billion yuan' carries contradictory markers.\n",
        encoding="utf-8",
    )

    items = list(read_corpus([tmp_path]))

    assert [i.path for i in items if isinstance(i, Document)] == [str(tmp_path / "note.md")]
    (skipped,) = [i for i in items if isinstance(i, SkippedFile)]
    assert skipped.path.endswith("figures.md") and "check-figures report" in skipped.reason


# --------------------------------------------------------------------------- other encodings

# Invented text in each language, encoded at test time (no binary fixture is committed).
FOREIGN = {
    "big5": (
        "宏達公司去年營收達到新台幣兩千億元，較前年成長百分之十二。董事長表示，公司將在南部"
        "投資三百億元興建新廠，預計明年完工。"
    ),
    "shift_jis": (
        "山田電機は昨年度の売上高が二兆円に達したと発表した。社長は新しい工場への投資を"
        "拡大すると述べた。"
    ),
    "euc_kr": (
        "한빛전자는 지난해 매출이 50조 원을 기록했다고 밝혔다. 회사는 새 공장에 투자할 계획이다."
    ),
    "cp1251": (
        "Компания Северсталь сообщила, что её выручка выросла до 500 млрд рублей. "
        "Председатель правления заявил о новых инвестициях."
    ),
}


@pytest.mark.parametrize("encoding", sorted(FOREIGN))
def test_other_encodings_are_read_correctly_not_as_gb18030_or_cp1252(encoding: str) -> None:
    text = FOREIGN[encoding]
    decoded, used = decode_bytes(text.encode(encoding))
    assert decoded == text
    assert codecs.lookup(used) != codecs.lookup("gb18030")
    assert codecs.lookup(used) != codecs.lookup("cp1252")


@pytest.mark.parametrize("encoding", sorted(FOREIGN))
def test_a_dozen_letters_in_another_encoding_are_enough(encoding: str) -> None:
    text = FOREIGN[encoding][:12]
    assert decode_bytes(text.encode(encoding))[0] == text


def test_latin1_control_characters_alone_are_garbage() -> None:
    with pytest.raises(ValueError, match="unknown text encoding"):
        decode_bytes(b"price \x81 \x9d 5")


def test_garbage_in_an_unknown_encoding_is_skipped_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(FOREIGN["big5"][:6].encode("big5"))
    item = read_one(tmp_path / "a.txt")
    assert isinstance(item, SkippedFile)
    assert item.reason.startswith("unknown text encoding: not UTF-8, and cp1252 gives garbage")


def test_western_text_in_cp1252_stays_cp1252_however_short() -> None:
    for text in ["It’s $45 billion.", "Revenue – up 5% – hit €3 billion.", "Zoë’s café"]:
        assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


# --------------------------------------------------------------------------- reports in the input

REPORTS = {
    "figures.md": "# check-figures report\n\n| F1 | $45 billion |\n",
    "figures.json": '{"version": 1, "documents": [], "figures": [], "findings": []}',
    "figures.sarif": (
        '{"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",'
        ' "runs": [{"tool": {"driver": {"name": "check-figures"}}, "results": []}]}'
    ),
    "figures.junit.xml": (
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="check-figures" tests="1">\n'
        '  <testsuite name="a.txt"><testcase name="x"><failure message="$45 billion"/>'
        "</testcase></testsuite>\n</testsuites>\n"
    ),
    "gl-code-quality.json": (
        '[{"description": "$45 billion", "check_name": "missing-scale", "fingerprint": "ab",'
        ' "severity": "major", "location": {"path": "a.txt", "lines": {"begin": 1}}}]'
    ),
    "annotations.txt": (
        "::error file=a.txt,line=1,col=1,title=missing-scale::'$45' lost its magnitude\n"
        "::notice::3 more findings in the step summary\n"
    ),
}


@pytest.mark.parametrize("name", sorted(REPORTS))
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_every_report_format_is_recognised_under_any_readable_name(
    tmp_path: Path, name: str, suffix: str
) -> None:
    (tmp_path / f"report{suffix}").write_text(REPORTS[name], encoding="utf-8")
    item = read_one(tmp_path / f"report{suffix}")
    assert isinstance(item, SkippedFile)
    assert item.reason.startswith("a check-figures report (")
    assert item.reason.endswith("; its figures are quotes)")


@pytest.mark.parametrize(
    "text",
    [
        '{"revenue": "$45 billion"}',
        "[1, 2]",
        "<testsuites name='other'>$45 billion</testsuites>",
        "::error:: but then prose follows\nAcme raised $45 billion.\n",
        "# check-figures reportage\n$45 billion\n",
    ],
)
def test_documents_that_only_look_like_reports_are_read(tmp_path: Path, text: str) -> None:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert isinstance(read_one(tmp_path / "a.txt"), Document)


def test_the_tools_own_reports_are_recognised(tmp_path: Path, monkeypatch) -> None:
    from helpers import write_notes

    from checker import check, render
    from checker.report import FORMATS

    monkeypatch.chdir(tmp_path)
    notes = write_notes(tmp_path)
    result = check(notes)
    for fmt in FORMATS:
        (notes / f"report-{fmt}.txt").write_text(render(result, fmt), encoding="utf-8")
    again = check(notes)
    assert [d.path for d in again.documents] == [d.path for d in result.documents]
    assert len(again.claims) == len(result.claims)


@pytest.mark.parametrize(
    "text",
    [
        "2024年5月1日\n小米宣布完成融资。",
        "2024年 5月 1日 10:30\n小米宣布完成融资。",
        "2024-5-1\n小米宣布完成融资。",
        "2024/05/01\n小米宣布完成融资。",
        "发布时间：2024年5月1日 09:12\n小米宣布完成融资。",
    ],
)
def test_chinese_date_lines(text: str) -> None:
    assert find_document_date(text, text, False) == (datetime.date(2024, 5, 1), "text")


def test_a_chinese_date_inside_a_sentence_is_not_the_documents() -> None:
    text = "小米在2024年5月1日宣布完成融资。"
    assert find_document_date(text, text, False) == (None, "unknown")


def test_a_packed_document_holds_no_text_and_unpacks_to_the_same_texts() -> None:
    text = "Kelvar Mills\n\nKelvar Mills earned £4 million in 2021.\n"
    document = Document("a.txt", text, text, "utf-8")
    packed = document.pack()
    assert packed.text == packed.plain == ""
    assert packed.pack() is packed
    again = packed.unpack()
    assert again.text == text and again.plain is again.text
    assert again == document
    assert packed.line_column(text.index("£")) == document.line_column(text.index("£")) == (3, 21)


def test_a_packed_html_page_keeps_its_plain_text_and_offsets() -> None:
    html = "<html><body><p>Kelvar Mills earned &pound;4 million.</p></body></html>"
    plain, offsets = html_to_plain(html)
    document = Document("a.html", html, plain, "utf-8", plain_to_text=offsets)
    packed = document.pack()
    assert packed.unpack().plain == plain and packed.unpack().text == html
    for offset in (0, plain.index("4"), len(plain)):
        assert packed.text_offset(offset) == document.text_offset(offset)


@given(st.text())
def test_any_text_packs_and_unpacks_unchanged(text: str) -> None:
    document = Document("a.txt", text, text.upper(), "utf-8")
    again = document.pack().unpack()
    assert (again.text, again.plain) == (text, text.upper())
