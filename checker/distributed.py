"""The per-document stages on a Dask cluster (`--engine dask`), for corpora beyond one machine.

Documents go to the workers as a `dask.bag`, each partition extracted and linked there; the
results come back in document order, so figure ids and findings are the local engine's. The
cross-document stage stays one pandas group-by pass on the client: its input is the fact
table (one compact row per figure), not the documents. Needs the `dask` extra:
`pip install '.[dask]'`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.link import LinkedDocument
    from checker.model import Document

DOCUMENTS_PER_PARTITION = 64


class DaskUnavailable(RuntimeError):
    """The dask engine was asked for but the `dask` extra is not installed."""


def analyse_on_dask(
    documents: Sequence[Document],
    analyse: Callable[[Document], LinkedDocument],
    scheduler: str | None = None,
) -> list[LinkedDocument]:
    """Run `analyse` over `documents` on the scheduler at `scheduler` (a local cluster when
    None), returning the results in document order."""
    try:
        import dask.bag
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise DaskUnavailable(
            "--engine dask needs the dask extra: pip install 'check-figures[dask]'"
        ) from error
    if not documents:
        return []
    partitions = max(1, -(-len(documents) // DOCUMENTS_PER_PARTITION))
    bag = dask.bag.from_sequence(list(documents), npartitions=partitions).map(analyse)
    if scheduler:
        with Client(scheduler) as client:
            return list(client.compute(bag).result())
    with LocalCluster(processes=True, dashboard_address=None) as cluster, Client(cluster):
        return list(bag.compute())
