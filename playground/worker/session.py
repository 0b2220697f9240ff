"""A training session built from ``Settings``: data, features, network, trainer.

No Qt here: the training worker process runs this, and so do the headless
benchmark and tests. The session decides what a settings change means (reset,
new data, or a live change) and produces a :class:`playground.frame.Build` per
network or data and :class:`playground.frame.Frame` values for the views.
"""

from __future__ import annotations

import math

import numpy as np

from engine.datasets import DATASETS, split
from engine.features import make_features, make_grid
from engine.network import Network, NetworkSpec
from engine.optimizers import make_optimizer
from engine.training import Trainer
from playground.frame import Build, Frame
from playground.settings import LIVE_KEYS, REGENERATE_KEYS, RESET_KEYS, Settings, changed_keys

#: Output grid side by network size: (up to this many weights, grid side).
#: Small networks get TF Playground's 100×100; a 10 000-point pass through a
#: 10×64 network would cost ~100 ms a frame, so big networks get coarser grids.
GRID_BY_WEIGHTS = ((4000, 100), (16000, 64))
#: Grid side for networks bigger than every entry above. The map interpolates
#: the grid, so 32 looks like 40 there, and the 10×64 frame costs 4.8 ms instead
#: of 7.9 (about 20 frames a second instead of 16).
OUTPUT_GRID_HUGE = 32
#: Per-neuron thumbnails are at most this many pixels a side (strided from the
#: output grid), by the number of hidden neurons: (up to this many, side). The
#: diagram of a big network draws each neuron a few pixels high, and 640
#: thumbnails of 20×20 were 1 MB a frame to build, send and colour.
NEURON_GRID_BY_NEURONS = ((64, 25), (256, 16))
#: Thumbnail side for networks with more hidden neurons than every entry above.
NEURON_GRID_HUGE = 10
#: A hand-edited weight or bias may be at most this large in size.
MAX_EDIT = 1000.0
#: History points kept for the loss chart; older ones are thinned, never appended forever.
HISTORY_POINTS = 1000


class TrainingSession:
    """Owns the live network and everything needed to train and draw it.

    Parameters
    ----------
    settings : Settings
        The user's choices; see :mod:`playground.settings`.
    first_build : int
        Build ids continue from here: a worker started after a lost one goes on
        from the last id the window saw, so no id names two networks.
    """

    def __init__(self, settings: Settings, first_build: int = 0):
        self.settings = settings
        self.build_id = first_build
        self.network_build = 0  # the first build of the current network (see edit_param)
        self.edit_count = 0
        self._steps_per_second = 0.0
        self._build_data()
        self._build_network()

    # ------------------------------------------------------------------ building
    def _build_data(self) -> None:
        s = self.settings
        info = DATASETS[s.dataset]
        rng = np.random.default_rng(s.data_seed)
        xy, t = info.fn(info.n_samples, s.noise, rng, n_classes=s.n_classes)
        self.extent = plane_extent(info.extent, xy)
        self.problem = info.kind
        if info.splittable:
            self.xy_train, self.t_train, self.xy_test, self.t_test = split(
                xy, t, s.train_ratio, rng
            )
        else:  # the 4 logic-gate points: train on all, nothing held out
            self.xy_train, self.t_train = xy, t
            self.xy_test, self.t_test = xy[:0], t[:0]
        self.n_classes = info.classes_for(s.n_classes)
        # Builds share these arrays with the views: freeze them, so sharing is safe.
        for a in (self.xy_train, self.t_train, self.xy_test, self.t_test):
            a.flags.writeable = False
        self.x_train = make_features(self.xy_train, s.features)
        self.x_test = make_features(self.xy_test, s.features)

    def _build_network(self) -> None:
        s = self.settings
        spec = NetworkSpec(
            n_inputs=len(s.features),
            hidden=tuple(s.hidden),
            activations=tuple(s.activations),
            n_outputs=self.n_classes,
            output="softmax_cross_entropy" if self.problem == "classification" else "mse",
            init=s.init,
            seed=s.init_seed,
        )
        self.network = Network(spec)
        self.network.regularization = s.regularization
        self.network.reg_rate = s.reg_rate
        self.trainer = Trainer(
            self.network,
            make_optimizer(s.optimizer, lr=s.learning_rate),
            self.x_train,
            self.t_train,
            self.x_test if len(self.x_test) else None,
            self.t_test if len(self.t_test) else None,
            batch_size=min(s.batch_size, max(1, len(self.x_train))),
            rng=np.random.default_rng([s.init_seed, s.data_seed]),
            history_max_points=HISTORY_POINTS,
        )
        self._build_grids()
        self.build_id += 1
        self.network_build = self.build_id

    def _build_grids(self) -> None:
        n_weights = sum(w.size for w, _ in self.network.weights())
        size = next((g for limit, g in GRID_BY_WEIGHTS if n_weights <= limit), OUTPUT_GRID_HUGE)
        self.grid_size = size
        xy, _, _ = make_grid(self.extent, size)
        self.grid_features = make_features(xy, self.settings.features)
        n_hidden = sum(self.settings.hidden)
        side = next((g for limit, g in NEURON_GRID_BY_NEURONS if n_hidden <= limit),
                    NEURON_GRID_HUGE)
        stride = -(-size // side)  # ceil: thumbnails never exceed that side
        self._stride = stride
        coarse = self.grid_features.reshape(size, size, -1)[::stride, ::stride]
        self.feature_grids = np.ascontiguousarray(coarse)
        self.feature_grids.flags.writeable = False

    # ------------------------------------------------------------------ changes
    def apply(self, new: Settings) -> str:
        """Move to ``new`` settings; return ``"reset"``, ``"regenerate"``, ``"live"`` or ``"none"``.

        Architecture, data and feature changes rebuild the network; a new data
        seed regenerates the points and keeps the network; learning rate,
        optimizer, regularisation and batch size apply at the next step.
        A change that cannot be built (the engine refuses it) raises, and the
        session is left exactly as it was.
        """
        keys = changed_keys(self.settings, new)
        # Building makes new arrays, networks and trainers rather than mutating
        # the old ones, so a shallow copy of our attributes is a full undo.
        saved = dict(self.__dict__)
        self.settings = new
        try:
            if keys & RESET_KEYS:
                self.reset()
                return "reset"
            outcome = "none"
            if keys & REGENERATE_KEYS:
                self.regenerate()
                outcome = "regenerate"
            if keys & LIVE_KEYS:
                # Also after a regenerate: a preset or a restored session can
                # change the data seed and the learning rate in one go.
                self._apply_live(keys)
                outcome = "live" if outcome == "none" else outcome
            return outcome
        except Exception:
            self.__dict__.clear()
            self.__dict__.update(saved)
            raise

    def _apply_live(self, keys: frozenset[str]) -> None:
        s = self.settings
        if "optimizer" in keys:
            # A new optimizer starts with fresh state (momenta, caches) but the
            # weights, and so what the network has learnt, are kept.
            self.trainer.optimizer = make_optimizer(s.optimizer, lr=s.learning_rate)
        elif "learning_rate" in keys:
            self.trainer.optimizer.lr = s.learning_rate
        self.network.regularization = s.regularization
        self.network.reg_rate = s.reg_rate
        self.trainer.batch_size = min(s.batch_size, max(1, len(self.x_train)))

    def reset(self) -> None:
        """Rebuild data and a freshly initialised network from the settings."""
        self._build_data()
        self._build_network()

    def regenerate(self) -> None:
        """New points from the current data seed; the network keeps its weights."""
        self._build_data()
        self.trainer.set_data(
            self.x_train,
            self.t_train,
            self.x_test if len(self.x_test) else None,
            self.t_test if len(self.t_test) else None,
        )
        self.build_id += 1

    # ------------------------------------------------------------------ training
    @property
    def diverged(self) -> str | None:
        return self.trainer.diverged

    def step(self, n_steps: int = 1) -> int:
        """Run up to ``n_steps`` minibatch steps; return how many ran."""
        return self.trainer.run(n_steps)

    def edit_param(self, name: str, index: tuple[int, ...], value: float,
                   build_id: int | None = None) -> bool:
        """Set one entry of a weight or bias by hand; the optimizer keeps its state.

        ``build_id`` is the build the learner saw when editing. An edit made on a
        network that has since been rebuilt (new layers, Reset) is not applied:
        the weight it meant is gone, and its name may now be another weight.
        New data alone keeps the network, so its edits still apply.

        Returns
        -------
        bool
            Whether the value was set (False for an edit of a replaced network).

        Raises
        ------
        ValueError
            For an unknown parameter, an index outside it, or a value that is not
            finite or larger than 1000 in size (the GUI checks first and words it).
        """
        if build_id is not None and build_id < self.network_build:
            return False
        params = self.network.params
        if name not in params:
            raise ValueError(f"no parameter {name!r}")
        array = params[name]
        index = tuple(int(i) for i in index)
        if len(index) != array.ndim or any(not 0 <= i < n for i, n in zip(index, array.shape,
                                                                            strict=True)):
            raise ValueError(f"{name}{list(index)} is outside its shape {array.shape}")
        value = float(value)
        if not math.isfinite(value) or abs(value) > MAX_EDIT:
            raise ValueError(f"a weight must be a number between -{MAX_EDIT:g} and {MAX_EDIT:g}")
        array[index] = value
        self.edit_count += 1
        return True

    def steps_left_in_epoch(self) -> int:
        """Minibatch steps that complete the current epoch (a whole one at its start)."""
        n = len(self.x_train)
        batch = max(1, self.trainer.batch_size)
        pos = self.trainer.epoch_position  # points of this epoch already used
        return max(1, -(-(n - pos) // batch))

    def step_epoch(self) -> int:
        """Run the rest of the current epoch (or a whole one); return steps run."""
        return self.trainer.run_epoch()

    def set_measured_rate(self, steps_per_second: float) -> None:
        self._steps_per_second = float(steps_per_second)

    # ------------------------------------------------------------------ drawing
    @property
    def version(self) -> tuple[int, int, int]:
        """Changes whenever the network's outputs may have: a build, a step, an edit."""
        return (self.build_id, self.trainer.step_count, self.edit_count)

    def build(self) -> Build:
        """What stays put until the next rebuild: data, names, sizes (sent once per build)."""
        spec = self.network.spec
        return Build(
            build_id=self.build_id,
            problem=self.problem,
            n_classes=self.n_classes,
            feature_names=tuple(self.settings.features),
            layer_sizes=(spec.n_inputs, *spec.hidden, spec.n_outputs),
            activations=tuple(spec.activations),
            x_train=self.xy_train,
            t_train=self.t_train,
            x_test=self.xy_test,
            t_test=self.t_test,
            extent=self.extent,
            feature_grids=self.feature_grids,
            network_id=self.network_build,
        )

    def frame(self, playing: bool = False, probes: dict | None = None) -> Frame:
        """Evaluate, run the grid through the network and package a frame."""
        train_loss, test_loss, train_acc, test_acc = self.trainer.evaluate()
        size = self.grid_size
        # The layers' own buffers: only a strided sample of each is kept (copied) below.
        trace = self.network.forward_trace(self.grid_features, copy=False)
        with np.errstate(over="ignore", invalid="ignore"):
            # A blown-up network can exceed float32; such pixels are drawn as NaN (grey).
            out = trace[-1][1].reshape(size, size, -1).astype(np.float32)
        out[~np.isfinite(out)] = np.nan
        s = self._stride
        with np.errstate(over="ignore", invalid="ignore"):
            neuron_grids = tuple(
                np.ascontiguousarray(y.reshape(size, size, -1)[::s, ::s], dtype=np.float32)
                for _, y in trace[:-1]
            )
        for grid in neuron_grids:
            grid[~np.isfinite(grid)] = np.nan
        weights = tuple((w.copy(), b.copy()) for w, b in self.network.weights())
        return Frame(
            build_id=self.build_id,
            step=self.trainer.step_count,
            epoch=self.trainer.epoch,
            train_loss=_f(train_loss),
            test_loss=_f(test_loss),
            train_acc=_f(train_acc),
            test_acc=_f(test_acc),
            history=self.trainer.history.as_arrays(),
            weights=weights,
            output_grid=out,
            neuron_grids=neuron_grids,
            playing=playing,
            divergence=self.trainer.divergence,
            steps_per_second=self._steps_per_second,
            probes=probes or {},
        )


def plane_extent(default: tuple, xy: np.ndarray) -> tuple[float, float, float, float]:
    """The dataset's plane, grown (square, to whole units) until every point is inside.

    Noisy or loaded points can lie outside −6…6; cutting them off would hide data
    the network trains on.
    """
    xmin, xmax, ymin, ymax = (float(v) for v in default)
    if len(xy):
        finite = xy[np.isfinite(xy).all(axis=1)]
        if len(finite):
            lo, hi = finite.min(axis=0), finite.max(axis=0)
            if lo[0] < xmin or hi[0] > xmax or lo[1] < ymin or hi[1] > ymax:
                margin = 0.05 * max(xmax - xmin, ymax - ymin)
                half = max(abs(v) for v in (*lo, *hi)) + margin
                half = float(np.ceil(half))
                return (min(xmin, -half), max(xmax, half), min(ymin, -half), max(ymax, half))
    return (xmin, xmax, ymin, ymax)


def _f(value) -> float:
    """A plain float; None (not applicable) becomes NaN."""
    if value is None:
        return math.nan
    return float(value)
