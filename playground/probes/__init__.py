"""Worker-side computations that views ask for: one module per probe, no Qt.

A view that needs more than a frame carries (a neuron's numbers for a picked
point, a loss slice, layer statistics) names a *probe*: a module of this
package with a function ``compute(session, params) -> result``. The training
process imports it by name when a visible view asks for it
(``playground.worker.probe_runner``), runs it on the live
:class:`~playground.worker.session.TrainingSession`, and sends the result with
the next frame (``Frame.probes[key]``). Results are pickled across the pipe:
plain numbers, arrays and small frozen dataclasses.

Optional module attributes:

``REFRESH_HZ`` (float)
    While training runs, recompute at most this often (default: with every
    frame). After a step, an edit or new parameters it is always recomputed.
"""

from __future__ import annotations

import importlib
import re
from types import ModuleType

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def load(name: str) -> ModuleType:
    """The probe module ``playground.probes.<name>``.

    Raises
    ------
    ValueError
        If ``name`` is not a plain module name or the module has no ``compute``.
    """
    if not _NAME.match(name):
        raise ValueError(f"not a probe name: {name!r}")
    module = importlib.import_module(f"{__name__}.{name}")
    if not callable(getattr(module, "compute", None)):
        raise ValueError(f"probe {name!r} has no compute(session, params)")
    return module
