"""End to end: the engine learns the lessons' data sets (each test well under 10 s).

The same seed gives slightly different floats on another CPU: OpenBLAS picks
its kernels per CPU, and a learning curve amplifies the last bits. So every
threshold here was set from the spread of its metric over seeds (the
``seed`` argument of :func:`session`, which seeds data, weights and shuffles)
and over the BLAS kernels of other CPUs, reproduced with
``OPENBLAS_CORETYPE=Haswell|Zen|Sandybridge|Nehalem|Prescott`` beside this
machine's own (SkylakeX). "6 kernels" below means those six runs (this
OpenBLAS runs Zen on its Haswell kernels and Prescott on Katmai's). Each
comment gives the measured range and the threshold, which clears it with room.
"""

import numpy as np
import pytest

from engine.datasets import DATASETS, split
from engine.features import make_features
from engine.network import Network, NetworkSpec
from engine.optimizers import make_optimizer
from engine.training import Trainer

ALL_FEATURES = ["x1", "x2", "x1sq", "x2sq", "x1x2", "sin_x1", "sin_x2"]


def session(dataset, features, hidden, activations, optimizer, lr, *, n_classes=2, n_samples=None,
            noise=0.0, output="softmax_cross_entropy", batch_size=10, seed=0, **spec):
    """Data, features, network and trainer wired like the app does it."""
    rng = np.random.default_rng(seed)
    info = DATASETS[dataset]
    x, t = info.fn(n_samples or info.n_samples, noise, rng, n_classes=n_classes)
    if info.splittable:
        x_train, t_train, x_test, t_test = split(x, t, 0.5, rng)
        x_test = make_features(x_test, features)
    else:
        x_train, t_train, x_test, t_test = x, t, None, None
    n_out = 1 if output == "mse" else n_classes
    net = Network(NetworkSpec(n_inputs=len(features), hidden=hidden, activations=activations,
                              n_outputs=n_out, output=output, seed=seed, **spec))
    return Trainer(net, make_optimizer(optimizer, lr=lr), make_features(x_train, features), t_train,
                   x_test, t_test, batch_size=batch_size, rng=rng)


def train_epochs(trainer, epochs):
    for _ in range(epochs):
        trainer.run_epoch()
    assert trainer.diverged is None, trainer.diverged
    return trainer.evaluate()


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_2_4_2_tanh_network_learns_xor(seed):
    trainer = session("gate_xor", ["x1", "x2"], (4,), ("tanh",), "adam", 0.05, batch_size=4, seed=seed)
    assert len(trainer.x_train) == 4
    train_loss, _, train_acc, _ = train_epochs(trainer, 300)
    # Seeds 0-9 x 6 kernels: accuracy 1.0 every run, and the smallest
    # probability of a true class 0.9974-0.9995; thresholds 1.0 and 0.9.
    assert train_acc == 1.0
    probabilities = trainer.network.predict(trainer.x_train)
    assert np.all(probabilities[np.arange(4), trainer.t_train] > 0.9)


def test_xor_is_beyond_a_network_without_hidden_layers():
    # The perceptron lesson: one layer draws one straight line, so at most 3 of 4
    # (a theorem, not a measurement; seeds 0-9 x 6 kernels gave 0.25-0.75).
    trainer = session("gate_xor", ["x1", "x2"], (), (), "adam", 0.05, batch_size=4)
    _, _, train_acc, _ = train_epochs(trainer, 300)
    assert train_acc <= 0.75


def test_playground_spiral_is_learned_and_generalises():
    trainer = session("spiral", ALL_FEATURES, (8, 8, 6), ("tanh",) * 3, "adam", 0.01)
    untrained = trainer.history.latest  # epoch 0: the untrained network
    assert untrained[0] == 0
    _, test_loss, _, test_acc = train_epochs(trainer, 200)
    train_loss = trainer.history.latest[1]
    # Seeds 0-19 x 6 kernels (120 runs): test accuracy 0.884-1.000 (then
    # 0.908); threshold 0.85.
    assert test_acc >= 0.85
    # Train loss / untrained train loss 0.0000-0.105; threshold 0.25.
    assert train_loss < untrained[1] / 4
    # Test loss / untrained test loss 0.008-0.857 (then 0.45: one run
    # overfits); threshold 1, i.e. the held-out loss fell.
    assert test_loss < untrained[2]


def test_a_three_class_spiral_is_learned_with_softmax():
    trainer = session("spiral", ALL_FEATURES, (16, 16), ("tanh", "tanh"), "adam", 0.01,
                      n_classes=3, n_samples=900)
    _, _, train_acc, test_acc = train_epochs(trainer, 200)
    assert set(np.unique(trainer.t_train)) == {0, 1, 2}
    # Seeds 0-19 x 6 kernels (120 runs): train accuracy 0.902-1.000, test
    # accuracy 0.898-1.000 (seed 0 alone: 0.949-0.993 and 0.900-0.980; the
    # Haswell kernels gave the 0.9489 that failed the old 0.95); thresholds
    # 0.85 for both, where chance is 0.33.
    assert train_acc >= 0.85 and test_acc >= 0.85
    assert trainer.network.predict(trainer.x_test).shape == (450, 3)


def test_regression_plane_reaches_a_low_mse():
    trainer = session("reg_plane", ["x1", "x2"], (4,), ("tanh",), "sgd", 0.03, output="mse")
    baseline = 0.5 * np.mean(trainer.t_test**2)  # the loss of always predicting 0
    _, test_loss, _, test_acc = train_epochs(trainer, 60)
    # Seeds 0-19 x 6 kernels: test MSE 0.0002-0.0092 and MSE / baseline
    # 0.002-0.084 (the same on every kernel: the matrices are too small for
    # the kernels to differ); thresholds 0.03 and 0.2.
    assert test_loss < 0.03 and test_loss < baseline * 0.2
    assert np.isnan(test_acc)


def test_relu_with_he_init_and_momentum_learns_circle():
    trainer = session("circle", ["x1", "x2"], (8, 8), ("relu", "relu"), "momentum", 0.01, init="he")
    _, _, _, test_acc = train_epochs(trainer, 60)
    # Seeds 0-9 x 6 kernels: test accuracy 1.000 every run; threshold 0.95.
    assert test_acc >= 0.95


def test_dropout_and_batchnorm_runs_repeat_bit_for_bit():
    def run():
        trainer = session("spiral", ["x1", "x2"], (8, 8), ("relu", "relu"), "adam", 0.01,
                          dropout=0.2, batchnorm=True, seed=5)
        train_epochs(trainer, 20)
        return trainer.history.as_arrays()

    a, b = run(), run()
    np.testing.assert_array_equal(a.train_loss, b.train_loss)
    np.testing.assert_array_equal(a.test_acc, b.test_acc)


def test_learning_rate_10_on_sigmoid_regression_diverges_safely():
    trainer = session("reg_plane", ["x1", "x2"], (8, 8), ("sigmoid", "sigmoid"), "sgd", 10.0, output="mse")
    # Seeds 0-9 x 6 kernels: it diverged after 2-4 steps every run.
    trainer.run(20_000)
    assert trainer.diverged is not None
    assert "learning rate (10)" in trainer.diverged
    assert np.all(np.isfinite(trainer.network.params.flat))
    predictions = trainer.network.predict(trainer.x_train)
    assert predictions.shape == (len(trainer.x_train), 1)
