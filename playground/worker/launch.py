"""Starting the training process, possibly before the window exists.

Starting Python in the child and importing NumPy and the engine there takes
about half a second. The app starts that first (:func:`prestart`, right after
reading its command line and before importing Qt), so the child gets ready
while the parent imports Qt and builds the window; the window's
:class:`~playground.worker.client.TrainingClient` then adopts the process
(:func:`start`) instead of starting another. Nothing heavy is imported here:
the child's entry point imports the worker itself.
"""

from __future__ import annotations

import multiprocessing as mp

_prestarted: tuple | None = None  # (settings, process, connection)


def _child(conn, settings, first_build: int = 0) -> None:
    """The child process's entry point: import the worker there, not here."""
    from playground.settings import Settings
    from playground.worker.process import worker_main

    worker_main(conn, settings if settings is not None else Settings(), first_build)


def _spawn(settings, first_build: int = 0):
    ctx = mp.get_context("spawn")  # fork would copy Qt's threads and locks
    parent_conn, child_conn = ctx.Pipe(duplex=True)
    process = ctx.Process(target=_child, args=(child_conn, settings, first_build),
                          name="nn-playground-trainer", daemon=True)
    process.start()
    child_conn.close()  # the child has its own copy; EOF then means it died
    return process, parent_conn


def prestart(settings=None) -> None:
    """Start the training process now for ``settings`` (None: the defaults)."""
    global _prestarted
    if _prestarted is None:
        _prestarted = (settings, *_spawn(settings))


def start(settings, first_build: int = 0):
    """A running training process for ``settings``: the prestarted one if it fits.

    Returns ``(process, connection)``. A prestarted process for other settings
    (or for build ids from 0 when ``first_build`` asks for more) is stopped and
    a fresh one started.
    """
    global _prestarted
    if _prestarted is not None:
        wanted, process, conn = _prestarted
        _prestarted = None
        if _same(wanted, settings) and first_build == 0 and process.is_alive():
            return process, conn
        process.kill()
        process.join()
        conn.close()
    return _spawn(settings, first_build)


def _same(prestarted, settings) -> bool:
    if prestarted is None:
        from playground.settings import Settings

        prestarted = Settings()
    return prestarted == settings
