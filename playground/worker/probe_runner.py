"""Runs the probes that visible views asked for, in the training process.

A view's request arrives as ``SetProbe(key, name, params)`` and stays until
``DropProbe(key)`` (the view was hidden). When the worker builds a frame it
asks :meth:`ProbeRunner.due_results` for the probes that must be recomputed:

* a new request, or new parameters for one: always;
* the network changed (a step, an edit, a rebuild: ``session.version``): at
  once while paused, and while training at most ``REFRESH_HZ`` times a second
  (the probe module's own limit; every frame if it has none);
* nothing changed: not at all; the view keeps showing the last result.

Nothing is computed for a view nobody sees, because hidden views drop their
requests. A probe that raises is reported with :class:`ProbeFailure` in its
place; the others and training go on.

Long computations (a gradient check, a 50 × 50 loss slice) are *jobs*: the
probe's ``compute`` returns a generator that yields ``(done, total)`` now and
then and finally returns its result. The runner advances jobs a few
milliseconds at a time between training slices (:meth:`ProbeRunner.advance`),
so the worker keeps answering; frames carry :class:`JobProgress` until the
result is there. Dropping the request (or new parameters) cancels the job. A
probe module with ``ON_DEMAND = True`` runs once per request and parameters,
not again when the network changes (the view asks again to re-run).
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field

from playground import probes


@dataclass(frozen=True)
class ProbeFailure:
    """Stands in for a result the probe could not compute; ``detail`` is for the log."""

    name: str
    detail: str


@dataclass(frozen=True)
class JobProgress:
    """A job under way: ``done`` of ``total`` units of work."""

    done: int
    total: int


@dataclass
class _Request:
    name: str
    params: dict
    compute: object
    refresh_hz: float | None
    on_demand: bool = False
    version: object = None
    computed_at: float = field(default=-1e9)
    job: object = None  # a running generator
    progress: JobProgress | None = None
    ready: object = None  # a finished job's result, not yet sent


class ProbeRunner:
    """The probe requests of one worker and when each was last computed."""

    def __init__(self) -> None:
        self._requests: dict[str, _Request] = {}

    def __len__(self) -> int:
        return len(self._requests)

    def keys(self) -> tuple[str, ...]:
        return tuple(self._requests)

    def set(self, key: str, name: str, params: dict) -> None:
        """Add or replace the request under ``key``; it is computed with the next frame.

        Raises
        ------
        ValueError
            If there is no probe called ``name``.
        """
        old = self._requests.get(key)
        if old is not None and old.name == name and old.params == params:
            return
        module = probes.load(name)
        self._requests[key] = _Request(
            name=name, params=dict(params), compute=module.compute,
            refresh_hz=getattr(module, "REFRESH_HZ", None),
            on_demand=bool(getattr(module, "ON_DEMAND", False)),
        )

    def drop(self, key: str) -> None:
        self._requests.pop(key, None)

    def has_due(self, session, playing: bool, now: float | None = None) -> bool:
        """Whether some request would be recomputed by :meth:`due_results` now."""
        now = time.perf_counter() if now is None else now
        version = session.version
        return any(self._is_due(r, version, playing, now) or r.ready is not None
                   for r in self._requests.values())

    def due_results(self, session, playing: bool, now: float | None = None) -> dict:
        """Compute every due request on ``session``; ``{key: result or ProbeFailure}``."""
        now = time.perf_counter() if now is None else now
        version = session.version
        results = {}
        for key, request in self._requests.items():
            if request.ready is not None:
                results[key], request.ready = request.ready, None
                continue
            if request.job is not None:
                results[key] = request.progress
                continue
            if not self._is_due(request, version, playing, now):
                continue
            try:
                result = request.compute(session, request.params)
            except Exception as exc:  # one bad probe must not stop training or the others
                result = _failure(request.name, exc)
            if hasattr(result, "send"):  # a generator: a job to run in slices
                request.job, request.progress = result, JobProgress(0, 0)
                result = request.progress
            results[key] = result
            request.version = version
            request.computed_at = now
        return results

    @property
    def busy(self) -> bool:
        """Whether some job is under way."""
        return any(r.job is not None for r in self._requests.values())

    def advance(self, seconds: float) -> bool:
        """Run jobs for about ``seconds``; True if there is progress or a result to send."""
        end = time.perf_counter() + seconds
        changed = False
        for request in self._requests.values():
            while request.job is not None and time.perf_counter() < end:
                try:
                    done, total = next(request.job)
                    request.progress = JobProgress(int(done), int(total))
                except StopIteration as stop:
                    request.job, request.ready = None, stop.value
                except Exception as exc:
                    request.job, request.ready = None, _failure(request.name, exc)
                changed = True
        return changed

    @staticmethod
    def _is_due(request: _Request, version, playing: bool, now: float) -> bool:
        if request.version is None:
            return True  # new, or new parameters
        if request.version == version or request.on_demand or request.job is not None:
            return False
        if playing and request.refresh_hz:
            return now - request.computed_at >= 1.0 / request.refresh_hz
        return True


def _failure(name: str, exc: BaseException) -> ProbeFailure:
    return ProbeFailure(name, "".join(traceback.format_exception(exc)))
