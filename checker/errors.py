"""The errors a run reports in one line with exit status 2, importable without the pipeline."""


class ConfigError(ValueError):
    """An unusable configuration value; the message names the file, key and accepted values."""


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the file and the problem."""


class BaselineError(ValueError):
    """A baseline file that cannot be read; the message names the file and the problem."""


class InputError(ValueError):
    """No document could be read from the paths given (the command line's exit status 2)."""
