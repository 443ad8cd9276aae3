"""The Dask engine: the per-document stages on a cluster of worker processes, same findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker import check, render

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docs"


@pytest.fixture(scope="module")
def scheduler():
    """A LocalCluster of two worker processes, shared by the tests of this module."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def folders() -> list[Path]:
    return [SEEDS, *([CORPUS] if CORPUS.is_dir() else [])]


def test_the_dask_engine_gives_the_local_engines_report_byte_for_byte(scheduler: str) -> None:
    local = render(check(folders()), "json")
    on_dask = render(check(folders(), engine="dask", scheduler=scheduler), "json")
    assert on_dask == local


def test_every_document_of_a_folder_comes_back_from_the_cluster_in_order(
    scheduler: str, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("Acme raised $45 billion in 2021.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Beta raised $3 billion in 2020.\n", encoding="utf-8")
    result = check([tmp_path], engine="dask", scheduler=scheduler)
    assert [d.path for d in result.documents] == sorted(str(p) for p in tmp_path.iterdir())
    assert [claim.entity for claim in result.claims] == ["Acme", "Beta"]
    assert [claim.figure_id for claim in result.claims] == ["F1", "F2"]


def test_an_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="engine"):
        check([SEEDS], engine="spark")
