"""The engine's own answer for what a window shows: a fast Network with the frame's weights.

The number views read the worker's book-form trace; these helpers rebuild the
*fast* :class:`engine.network.Network` in the test process from the window's
settings and the newest frame's weights, so a test compares the screen with a
second, independent computation::

    net, x = twin(window, pick)
    a, y = net.forward_trace(x)[layer - 1]
"""

from __future__ import annotations

import numpy as np

from engine.features import make_features
from engine.network import Network, NetworkSpec
from playground.selection import Pick


def twin(window, pick: Pick) -> tuple[Network, np.ndarray]:
    """A Network equal to the window's (weights of its newest frame) and the pick's features."""
    s = window.state.settings
    frame = window.latest_frame
    spec = NetworkSpec(
        n_inputs=len(s.features), hidden=tuple(s.hidden), activations=tuple(s.activations),
        n_outputs=frame.n_classes,
        output="softmax_cross_entropy" if frame.is_classification else "mse",
        init=s.init, seed=s.init_seed,
    )
    net = Network(spec)
    params = {}
    for layer, (w, b) in enumerate(frame.weights, start=1):
        params[f"W{layer}"], params[f"b{layer}"] = w, b
    net.set_params(params)
    return net, make_features(np.array([pick.xy], dtype=np.float64), s.features)


def data_pick(window, index: int = 3, split: str = "train") -> Pick:
    """The training (or test) point ``index`` of the newest frame, with its label."""
    frame = window.latest_frame
    x = frame.x_train if split == "train" else frame.x_test
    t = frame.t_train if split == "train" else frame.t_test
    label = int(t[index]) if frame.is_classification else float(t[index])
    return Pick(tuple(float(v) for v in x[index]), split, index, label)


def show_dock(window, qtbot, name: str):
    """Show dock ``name`` in front of its tab group and return its content."""
    from PySide6.QtWidgets import QDockWidget

    dock = window.findChild(QDockWidget, f"{name}Dock")
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: window.docks.content(name) is not None, timeout=5000)
    return window.docks.content(name)
