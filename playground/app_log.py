"""Where details go that a learner should not have to read: one log file.

Messages on screen are worded sentences; exceptions, tracebacks and a worker's
own report go here, so a bug report can quote them. The file lives in the
user's cache folder (a temporary one in tests, ``NN_PLAYGROUND_LOG`` overrides)
and is kept small: one backup of 256 kB.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import tempfile
from pathlib import Path

LOGGER_NAME = "nn_playground"
MAX_BYTES = 256_000

_path: Path | None = None


def log_path() -> Path:
    """The log file's path (set up on first use)."""
    if _path is None:
        setup()
    return _path


def _default_path() -> Path:
    if os.environ.get("NN_PLAYGROUND_LOG"):
        return Path(os.environ["NN_PLAYGROUND_LOG"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "nn-playground" / "nn-playground.log"


def setup(path: Path | None = None) -> Path:
    """Send the app's log records to ``path`` (default: the user's cache folder)."""
    global _path
    path = Path(path) if path is not None else _default_path()
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=1, encoding="utf-8")
    except OSError:  # a read-only home: keep the details, in a temporary file
        path = Path(tempfile.gettempdir()) / "nn-playground.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=1, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    _path = path
    return path


def install_excepthook() -> None:
    """Log any exception that reaches the top (e.g. from a Qt slot) instead of printing it."""
    def hook(kind, value, tb):
        logging.getLogger(LOGGER_NAME).error("uncaught exception", exc_info=(kind, value, tb))
        sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook
