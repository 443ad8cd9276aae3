"""The fixed choices the command line offers, importable without the pipeline (fast start-up)."""

from importlib import metadata

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
FAIL_ON_CHOICES: tuple[str, ...] = (*SEVERITIES, "never")
FORMATS: tuple[str, ...] = ("markdown", "json", "sarif", "github", "junit", "gitlab")
ENGINES: tuple[str, ...] = ("local", "dask")


def tool_version() -> str:
    """The installed version of check-figures."""
    try:
        return metadata.version("check-figures")
    except metadata.PackageNotFoundError:
        return "0+unknown"
