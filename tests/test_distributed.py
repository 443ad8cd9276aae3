"""The Dask engine: the per-document stages on a cluster of worker processes, same findings.

The cluster runs in a child interpreter, so its threads and its handling of signals never
touch the test process (the per-document time limit there relies on SIGALRM).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from checker import check

pytest.importorskip("distributed", reason="the dask extra is not installed")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "docs"
ON_A_CLUSTER = """
import json, sys
from distributed import LocalCluster
from checker import check, render

folders = sys.argv[1:]
with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                  dashboard_address=None) as cluster:
    on_dask = check(folders, engine="dask", scheduler=cluster.scheduler_address)
print(json.dumps({"dask": render(on_dask, "json"),
                  "local": render(check(folders), "json"),
                  "entities": [claim.entity for claim in on_dask.claims],
                  "ids": [claim.figure_id for claim in on_dask.claims]}))
"""


def on_a_cluster(*folders: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", ON_A_CLUSTER, *map(str, folders)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_dask_engine_gives_the_local_engines_report_byte_for_byte() -> None:
    folders = [ROOT / "seeds", *([CORPUS] if CORPUS.is_dir() else [])]
    reports = on_a_cluster(*folders)
    assert reports["dask"] == reports["local"]
    assert json.loads(reports["dask"])["figures"]


def test_every_document_of_a_folder_comes_back_from_the_cluster_in_order(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Acme raised $45 billion in 2021.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Beta raised $3 billion in 2020.\n", encoding="utf-8")
    reports = on_a_cluster(tmp_path)
    assert reports["entities"] == ["Acme", "Beta"]
    assert reports["ids"] == ["F1", "F2"]


def test_an_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="engine"):
        check([ROOT / "seeds"], engine="spark")
