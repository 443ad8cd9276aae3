"""The wheel must carry every package of the source tree, or a fresh install cannot import it."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_every_checker_package_is_listed_in_pyproject():
    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    on_disk = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "checker").rglob("__init__.py")
    }

    assert on_disk <= listed, f"not packaged: {sorted(on_disk - listed)}"
