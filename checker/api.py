"""The pipeline as one call: paths in, a CheckResult out (what the CLI and Python users run)."""

from __future__ import annotations

import os
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, fields, replace
from datetime import date
from decimal import Decimal
from functools import partial
from itertools import chain, islice
from multiprocessing.reduction import ForkingPickler
from operator import attrgetter
from pathlib import Path
from typing import TypeVar

import pandas as pd

from checker.baseline import apply_baseline, read_baseline
from checker.budget import OverBudget, internal_error_reason, over_budget_reason, time_limit
from checker.cache import DocumentCache
from checker.checks import CheckContext
from checker.choices import ENGINES
from checker.config import Settings, make_layer, resolve_settings
from checker.corpus import read_corpus
from checker.distributed import analyse_on_dask
from checker.engine import exit_status, in_order, run_rules
from checker.errors import InputError
from checker.extract import extract_mentions
from checker.facts import (
    build_fact_table,
    figure_positions,
    merge_similar_names,
    years_mentioned,
)
from checker.heap import results_set_aside, set_aside
from checker.link import LinkedDocument, link_document
from checker.link.dates import with_inferred_date
from checker.model import (
    CheckResult,
    Claim,
    Document,
    Evidence,
    Finding,
    Mention,
    NameMerge,
    Relation,
    SkippedFile,
)
from checker.money import Rate, at_rate, fx_rate
from checker.progress import tracked
from checker.suppress import (
    UNUSED_SUPPRESSION,
    apply_suppressions,
    notice_findings,
    read_suppressions,
    unused_notices,
)
from checker.text import read_text

Paths = str | os.PathLike | Sequence[str | os.PathLike]
# Documents per worker below which the per-document stages run in this process instead.
POOL_FROM = 2
# Documents sent to a worker at a time: few enough that the workers start while the corpus
# is still being read and finish together, enough to keep the cost of sending them small.
CHUNK = 16
# Chunks per worker sent ahead of the results taken back: enough that no worker waits for
# its next chunk, few enough that the corpus is not read far ahead of the analysis.
AHEAD = 4
# Documents analysed between two times their results are set aside from the garbage
# collector (`set_aside`).
SET_ASIDE_EVERY = 1000
# The frozen slotted dataclasses that make up most of a worker's results: sent between
# processes as their fields' values and rebuilt by their constructor, faster than the
# dataclass state functions, which look up the fields again for every object.
SENT_BY_FIELDS = (Claim, Mention, Evidence)
# The fields of a claim and of its mention whose values (texts, tuples of texts, None) recur
# across an archive's figures and are held once in the main process.
SHARED_CLAIM_FIELDS = (
    "entity",
    "counterparty",
    "metric",
    "period",
    "basis",
    "measure",
    "period_span",
    "place",
)
SHARED_MENTION_FIELDS = (
    "text",
    "currency",
    "currency_markers",
    "currency_note",
    "scale_word",
    "per_unit",
    "table_metric",
    "table_period",
    "scale_note",
)


@dataclass(frozen=True)
class Runner:
    """How the per-document stages run: `jobs` local worker processes or a Dask cluster
    (`engine` "dask", at `scheduler` or a local cluster), with a per-file `cache` of their
    results (None: no cache) and a progress bar when `progress`."""

    jobs: int = 1
    progress: bool = False
    cache: DocumentCache | None = None
    engine: str = "local"
    scheduler: str | None = None


def check(
    paths: Paths,
    *,
    config: str | os.PathLike | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    extend_select: Sequence[str] | None = None,
    fail_on: str | None = None,
    severity: Mapping[str, str] | None = None,
    params: Mapping[str, Mapping[str, object]] | None = None,
    exclude: Sequence[str] | None = None,
    per_file_ignores: Mapping[str, Sequence[str]] | None = None,
    rules: Sequence[str | os.PathLike] | None = None,
    base_currency: str | None = None,
    date: date | str | None = None,
    baseline: str | os.PathLike | None = None,
    jobs: int = 1,
    progress: bool = False,
    time_limit: float | None = None,
    respect_ignore_files: bool | None = None,
    cache: bool | str | os.PathLike = False,
    engine: str = "local",
    scheduler: str | None = None,
) -> CheckResult:
    """Check the documents under `paths` (one path or several): the command line's options.

    The configuration file is found as the command line finds it (or given as `config`);
    arguments that are not None override it, as options do. Raises ConfigError, RuleError
    or BaselineError (all ValueError) for an unusable configuration, rule pack or baseline,
    and InputError when no document could be read (a missing path, an empty folder).
    `cache` is True for the default cache folder or a folder path; `engine` "dask" runs the
    per-document stages on the Dask scheduler at `scheduler` (a local cluster when None).
    """
    paths = as_path_list(paths)
    given = {
        "select": select,
        "ignore": ignore,
        "extend-select": extend_select,
        "fail-on": fail_on,
        "severity": severity,
        "params": params,
        "exclude": exclude,
        "per-file-ignores": per_file_ignores,
        "rules": None if rules is None else [os.fspath(folder) for folder in rules],
        "base-currency": base_currency,
        "date": date,
        "time-limit": time_limit,
        "respect-ignore-files": respect_ignore_files,
    }
    arguments = {key: value for key, value in given.items() if value is not None}
    layer = make_layer(arguments, _argument, Path.cwd())
    if engine not in ENGINES:
        raise ValueError(f"check(engine={engine!r}): the engine is one of {', '.join(ENGINES)}")
    store = None if cache is False else DocumentCache(None if cache is True else Path(cache))
    runner = Runner(jobs, progress, store, engine, scheduler)
    result = run_check(paths, resolve_settings(paths, config, layer), runner)
    if not result.documents:
        raise InputError(no_document_reason(result.skipped))
    if baseline is None:
        return result
    return apply_baseline(result, read_baseline(Path(baseline)))


def as_path_list(paths: Paths) -> list[str | os.PathLike]:
    """The paths given to `check()`: one path (text or path object) or a sequence of them."""
    if isinstance(paths, str | os.PathLike):
        return [paths]
    return list(paths)


def no_document_reason(skipped: Sequence[SkippedFile]) -> str:
    """Why a run read no document: each skipped path and its reason."""
    reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped) or "no files given"
    return f"no document could be read ({reasons})"


def _argument(key: str) -> str:
    """How messages name a `check()` argument."""
    return f"check({key.replace('-', '_')}=...)"


def run_check(
    paths: Sequence[str | os.PathLike], settings: Settings, runner: Runner | None = None
) -> CheckResult:
    """Read, extract, link and check the documents under `paths` with resolved settings."""
    with results_set_aside():
        return _run_check(paths, settings, runner or Runner())


def _run_check(
    paths: Sequence[str | os.PathLike], settings: Settings, runner: Runner
) -> CheckResult:
    skipped: list[SkippedFile] = []
    corpus = read_corpus(
        paths,
        date_override=settings.date,
        seconds=settings.time_limit,
        is_excluded=settings.is_excluded,
        respect_ignore_files=settings.respect_ignore_files,
    )
    read = _documents(corpus, skipped)
    linked = _link_all(list(read) if runner.progress else read, runner, settings.time_limit)
    set_aside()
    documents = linked.documents
    if linked.failed:
        skipped = sorted([*skipped, *linked.failed], key=lambda item: item.path)
    relations = linked.relations
    variant_paths = _paths_by_name(linked.claims)
    claims, merges = _merged(linked)
    by_path = {d.path: d for d in documents}
    jobs = runner.jobs if runner.engine == "local" else 1
    facts = build_fact_table(claims, by_path, jobs, linked.positions)
    set_aside()
    linked.positions = None  # the fact table holds them now; a large run cannot keep both
    context = CheckContext(by_path, claims, relations, facts)
    raw = run_rules([r for r in settings.rules if r.id != UNUSED_SUPPRESSION.id], context)
    findings = _unsuppressed(raw, documents, settings)
    if settings.base_currency:
        facts = with_base_values(facts, by_path, settings.base_currency)
    return CheckResult(
        documents=documents,
        skipped=skipped,
        claims=claims,
        relations=relations,
        findings=findings,
        facts=facts,
        fail_on=settings.fail_on,
        exit_status=exit_status(findings, settings.fail_on),
        merged_names=tuple(
            NameMerge(variant, name, tuple(sorted(variant_paths[variant])))
            for variant, name in sorted(merges.items())
        ),
        rules=list(settings.rules),
        base_currency=settings.base_currency,
        suppressed=sum(f.rule != UNUSED_SUPPRESSION.id for f in raw)
        - sum(f.rule != UNUSED_SUPPRESSION.id for f in findings),
    )


def _documents(
    corpus: Iterable[Document | SkippedFile], skipped: list[SkippedFile]
) -> Iterator[Document]:
    """The documents of `corpus` as they are read, its skipped files put in `skipped`."""
    for item in corpus:
        if isinstance(item, SkippedFile):
            skipped.append(item)
        else:
            yield item


def _unsuppressed(
    findings: list[Finding], documents: list[Document], settings: Settings
) -> list[Finding]:
    """Findings left by inline suppressions and per-file ignores, plus unused-suppression ones."""
    suppressions, notices = read_suppressions(documents)
    kept, used = apply_suppressions(findings, suppressions)
    ran = {rule.id: rule for rule in settings.rules}
    if UNUSED_SUPPRESSION.id in ran:
        known = {rule.id for rule in settings.catalog}
        notices += unused_notices(suppressions, used, ran, known)
        kept += notice_findings(notices, ran[UNUSED_SUPPRESSION.id])
    ignored = {path: settings.ignored_rules(path) for path in {f.path for f in kept}}
    return in_order(f for f in kept if f.rule not in ignored[f.path])


def with_base_values(
    facts: pd.DataFrame, documents: dict[str, Document], currency: str
) -> pd.DataFrame:
    """The fact table with each figure also in `currency`, at its document's date's rate.

    Adds value_base (the midpoint), value_base_low and value_base_high; an undated document
    gets the range of rates over the years it mentions, as value_usd does.
    """
    rates: dict[tuple[str, str], Rate | None] = {}
    lows: list[float | None] = []
    highs: list[float | None] = []
    for row in facts.itertuples(index=False):
        rate = None
        if isinstance(row.currency, str):
            key = (row.currency, row.path)
            if key not in rates:
                document = documents[row.path]
                rates[key] = fx_rate(
                    row.currency, currency, document.date, years_mentioned(document)
                )
            rate = rates[key]
        low, high = at_rate(row.amount, rate) if rate else (None, None)
        lows.append(None if low is None else min(low, high))
        highs.append(None if high is None else max(low, high))
    middles = [
        None if low is None else (low + high) / 2 for low, high in zip(lows, highs, strict=True)
    ]
    return facts.assign(value_base=middles, value_base_low=lows, value_base_high=highs)


def _paths_by_name(claims: list[Claim]) -> dict[str, set[str]]:
    """The files each entity or counterparty name is written in."""
    paths: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        for name in (claim.entity, claim.counterparty):
            if name:
                paths[name].add(claim.mention.path)
    return paths


def analyse_document(document: Document) -> LinkedDocument:
    """Extract and link one document, numbering its figures from F1."""
    return link_document(document, _mentions(document), first_id=1)


def _mentions(document: Document) -> list[Mention]:
    """The document's money figures, read from the text model's flat text."""
    return extract_mentions(read_text(document.plain).flat, document.path)


def analyse_safely(document: Document, seconds: float | None) -> LinkedDocument | SkippedFile:
    """Extract and link one document within the time limit; a crash or overrun skips it."""
    stage = "extract"
    try:
        with time_limit(seconds):
            mentions = _mentions(document)
            stage = "link"
            return _with_positions(document, link_document(document, mentions, first_id=1))
    except OverBudget:
        return SkippedFile(document.path, over_budget_reason(seconds or 0, f"while {stage}ing"))
    except Exception as error:
        return SkippedFile(document.path, internal_error_reason(stage, error))


def analyse_undated(
    document: Document, seconds: float | None
) -> tuple[Document | None, LinkedDocument | SkippedFile]:
    """Date the document from its text when it states no date (`with_inferred_date`), then
    analyse it as `analyse_safely` does; the dated document when dating changed it."""
    dated = with_inferred_date(document)
    return (None if dated is document else dated), analyse_safely(dated, seconds)


@dataclass
class Linked:
    """The per-document stages' results for a whole run, figure ids in order.

    `documents` are the documents analysed, dated and packed (`Document.pack`), in order;
    `short_names` the short forms documents use for long names ("Jio" for "Jio Platforms");
    `full_names` the long names documents introduce short forms with, by short form;
    `failed` the documents skipped because their analysis raised or ran out of time;
    `positions` each claim's paragraph and sentence numbers, or None when some document's
    results came without them.
    """

    documents: list[Document]
    claims: list[Claim]
    relations: list[Relation]
    short_names: dict[str, str]
    failed: list[SkippedFile]
    positions: list[tuple[int, int]] | None
    full_names: dict[str, set[str]] = field(default_factory=dict)


def _merged(linked: Linked) -> tuple[list[Claim], dict[str, str]]:
    """The claims with similar names merged (`merge_similar_names`), put in place of the
    unmerged ones, which a large run cannot afford to hold twice; and the merges."""
    linked.claims, merges = merge_similar_names(
        linked.claims, linked.short_names, linked.full_names
    )
    return linked.claims, merges


def _with_positions(document: Document, linked: LinkedDocument) -> LinkedDocument:
    """The linked document with its claims' paragraph and sentence numbers, read from the
    text model linking has just built (so the fact table need not build it again)."""
    offsets = (claim.mention.start for claim in linked.claims)
    return replace(linked, positions=tuple(figure_positions(document.plain, offsets)))


def _link_all(documents: Iterable[Document], runner: Runner, seconds: float | None) -> Linked:
    """Per-document stages as `runner` says (cached results first) on `documents` as they
    are read (a list when there is a progress bar); figure ids in order."""
    result = Linked([], [], [], {}, [], [])
    shared: dict[object, object] = {}
    analysed = _analyse(documents, runner, seconds)
    if runner.progress and isinstance(documents, Sized):
        analysed = tracked(analysed, len(documents))
    for document, linked in analysed:
        if isinstance(linked, SkippedFile):
            result.failed.append(linked)
            continue
        result.documents.append(document.pack())
        if len(result.documents) % SET_ASIDE_EVERY == 0:
            set_aside()
        for name, short in linked.short_names.items():
            result.short_names.setdefault(name, short)
        for short, name in linked.full_names.items():
            result.full_names.setdefault(short, set()).add(name)
        offset = len(result.claims)
        result.claims.extend(_renumbered(claim, offset, shared) for claim in linked.claims)
        result.relations.extend(
            replace(r, figures=tuple(_shift(f, offset) for f in r.figures))
            for r in linked.relations
        )
        if result.positions is not None and len(linked.positions) == len(linked.claims):
            result.positions.extend(linked.positions)
        else:
            result.positions = None
    return result


def _renumbered(claim: Claim, offset: int, shared: dict[object, object]) -> Claim:
    """The claim with its figure id shifted by `offset`, its evidence, names and words the
    same objects as equal ones of earlier claims in `shared` (an archive's million figures
    repeat a few thousand of each)."""
    evidence = tuple(shared.setdefault(pair, pair) for pair in claim.evidence)
    return replace(
        claim,
        mention=_shared_mention(claim.mention, shared),
        figure_id=_shift(claim.figure_id, offset),
        evidence=shared.setdefault(evidence, evidence),
        **_shared_values(claim, SHARED_CLAIM_FIELDS, shared),
    )


def _shared_mention(mention: Mention, shared: dict[object, object]) -> Mention:
    """The mention with its amount, precision, text and markers the same objects as equal
    ones of earlier mentions ("$5 billion", Decimal 5E+9, ("USD",) recur): decimals are
    shared only when written alike (5.0 is not 5), as their digits and exponent are the key."""
    amount, precision = (
        shared.setdefault((Decimal, value.as_tuple()), value)
        for value in (mention.amount, mention.precision)
    )
    values = _shared_values(mention, SHARED_MENTION_FIELDS, shared)
    return replace(mention, amount=amount, precision=precision, **values)


def _shared_values(
    item: Claim | Mention, names: tuple[str, ...], shared: dict[object, object]
) -> dict[str, object]:
    """The values of `item`'s fields `names` (texts, tuples of texts or None), each the
    object `shared` already holds for an equal value."""
    values = {}
    for name in names:
        value = getattr(item, name)
        values[name] = shared.setdefault(value, value)
    return values


Analysed = tuple[Document, LinkedDocument | SkippedFile]


def _analyse(
    documents: Iterable[Document], runner: Runner, seconds: float | None
) -> Iterator[Analysed]:
    """Each document, dated (`with_inferred_date`), with its results, in order. Without a
    cache each document is dated where it is analysed, in the worker processes when there
    are several."""
    if runner.cache is not None:
        dated = [with_inferred_date(document) for document in documents]
        yield from _analyse_cached(dated, runner, runner.cache, seconds)
        return
    sent: deque[Document] = deque()
    undated = _recorded(documents, sent)
    analyse = partial(analyse_undated, seconds=seconds)
    for dated, result in _computed(undated, runner, analyse):
        document = sent.popleft()
        yield dated or document, result


def _recorded(documents: Iterable[Document], sent: deque[Document]) -> Iterator[Document]:
    """`documents`, each put in `sent` as it is taken, to be matched with its results."""
    for document in documents:
        sent.append(document)
        yield document


def _analyse_cached(
    documents: list[Document], runner: Runner, cache: DocumentCache, seconds: float | None
) -> Iterator[Analysed]:
    """Each document's results in order: from the cache when it has them, else computed
    (and stored when the analysis succeeded). Cached results are read one at a time as
    they are yielded, so a warm run never holds every document's originals at once; an
    entry that turns out unreadable is computed then."""
    analyse = partial(analyse_safely, seconds=seconds)
    stored = [cache.has(document) for document in documents]
    missing = [document for document, hit in zip(documents, stored, strict=True) if not hit]
    fresh = iter(_computed(missing, runner, analyse))
    for document, hit in zip(documents, stored, strict=True):
        result = cache.load(document) if hit else None
        if result is not None:
            yield document, result
            continue
        result = analyse(document) if hit else next(fresh)
        if isinstance(result, LinkedDocument):
            cache.store(document, result)
        yield document, result


Outcome = TypeVar("Outcome")


def _computed(
    documents: Iterable[Document], runner: Runner, analyse: Callable[[Document], Outcome]
) -> Iterable[Outcome]:
    """`analyse` over `documents` in order, as `runner` says; a pool only for more
    documents than POOL_FROM per worker, which are taken from `documents` to find out."""
    if runner.engine == "dask":
        return analyse_on_dask(list(documents), analyse, runner.scheduler)
    items = iter(documents)
    if runner.jobs <= 1:
        return map(analyse, items)
    head = list(islice(items, POOL_FROM * runner.jobs))
    if len(head) < POOL_FROM * runner.jobs:
        return map(analyse, head)
    return _in_pool(chain(head, items), runner.jobs, analyse)


def _in_pool(
    documents: Iterable[Document], jobs: int, analyse: Callable[[Document], Outcome]
) -> Iterator[Outcome]:
    """`analyse` over `documents` in `jobs` worker processes, which start on the first
    documents while later ones are still being read; results in order.

    At most AHEAD chunks per worker are sent and not yet taken back, so the documents are
    read as fast as the workers analyse them, not all at once (`Executor.map` would send
    the whole corpus before the first result).
    """
    for kind in SENT_BY_FIELDS:
        _send_by_fields(kind)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        sent: deque[Future[list[Outcome]]] = deque()
        try:
            for chunk in _chunks(documents, CHUNK):
                sent.append(pool.submit(_each, analyse, chunk))
                if len(sent) >= AHEAD * jobs:
                    yield from sent.popleft().result()
            while sent:
                yield from sent.popleft().result()
        finally:
            for future in sent:
                future.cancel()


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """`items` in lists of `size` (the last one shorter), taken as they are needed."""
    items = iter(items)
    while chunk := list(islice(items, size)):
        yield chunk


def _each(analyse: Callable[[Document], Outcome], chunk: list[Document]) -> list[Outcome]:
    """`analyse` over one chunk, in a worker process."""
    return [analyse(document) for document in chunk]


def _send_by_fields(kind: type) -> None:
    """Have multiprocessing send a `kind` dataclass as its constructor and fields' values."""
    values = attrgetter(*(item.name for item in fields(kind)))
    ForkingPickler.register(kind, lambda item: (kind, values(item)))


def _shift(figure_id: str, offset: int) -> str:
    return f"F{int(figure_id[1:]) + offset}"
