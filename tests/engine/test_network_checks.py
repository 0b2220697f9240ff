"""Bad data gets a ValueError in plain words, never a wrong number or an IndexError."""

import numpy as np
import pytest

from engine.network import Network, NetworkSpec
from engine.optimizers import make_optimizer
from engine.training import Trainer

X = np.random.default_rng(0).standard_normal((6, 2))
LABELS = np.array([0, 1, 2, 0, 1, 2])


def three_classes():
    return Network(NetworkSpec(n_inputs=2, hidden=(4,), activations=("tanh",), n_outputs=3))


def regression(k=1):
    return Network(NetworkSpec(n_inputs=2, hidden=(4,), activations=("tanh",), n_outputs=k, output="mse"))


def with_value(array, index, value):
    out = np.array(array, dtype=np.result_type(array, type(value)))
    out[index] = value
    return out


CLASSIFICATION_CASES = [
    # (inputs, labels, words the message must contain)
    (X, with_value(LABELS, 4, 3), ["label 3", "K = 3", "0 to 2"]),
    (X, with_value(LABELS, 1, 7), ["label 7", "K = 3"]),
    (X, with_value(LABELS, 0, -1), ["label -1", "K = 3"]),
    (X, with_value(LABELS.astype(float), 2, 1.5), ["whole numbers", "1.5", "K = 3"]),
    (X, with_value(LABELS.astype(float), 2, np.nan), ["whole numbers", "nan"]),
    (X, np.eye(2)[LABELS % 2], ["K = 3 columns", "got 2"]),
    (X, np.eye(4)[LABELS], ["K = 3 columns", "got 4"]),
    (X, np.eye(3)[LABELS] * 2, ["between 0 and 1"]),
    (X, LABELS[:4], ["one label per point", "6 points, 4 labels"]),
    (with_value(X, (3, 1), np.nan), LABELS, ["NaN or infinite", "row 3, column 1"]),
    (with_value(X, (5, 0), -np.inf), LABELS, ["NaN or infinite", "row 5"]),
    (X[:, :1], LABELS, ["shape (N, 2)"]),
    (X, LABELS.astype(str), ["must be numbers"]),
]


@pytest.mark.parametrize("x, t, words", CLASSIFICATION_CASES)
@pytest.mark.parametrize("method", ["loss", "evaluate", "gradient"])
def test_bad_classification_data_is_named(x, t, words, method):
    net = three_classes()
    before = net.get_params()
    with pytest.raises(ValueError) as info:
        getattr(net, method)(x, t)
    for w in words:
        assert w in str(info.value)
    assert all(np.array_equal(v, before[k]) for k, v in net.get_params().items())


def test_the_same_data_is_refused_by_the_trainer_when_it_arrives():
    net = three_classes()
    for x, t, words in CLASSIFICATION_CASES:
        with pytest.raises(ValueError) as info:
            Trainer(net, make_optimizer("sgd"), x, t)
        assert all(w in str(info.value) for w in words), (words, str(info.value))
    trainer = Trainer(net, make_optimizer("sgd"), X, LABELS)
    with pytest.raises(ValueError, match="test labels must be whole numbers from 0 to 2: label 5"):
        trainer.set_data(X, LABELS, X, with_value(LABELS, 0, 5))
    assert trainer.run(3) == 3  # the refused data left the trainer as it was


def test_good_labels_in_every_accepted_form_give_the_same_loss():
    net = three_classes()
    expected = net.loss(X, LABELS)
    assert net.loss(X, LABELS.astype(float)) == expected  # 0.0, 1.0, 2.0 are whole numbers
    assert net.loss(X, list(LABELS)) == expected
    assert net.loss(X, np.eye(3)[LABELS]) == pytest.approx(expected, rel=1e-12)
    two = Network(NetworkSpec(n_inputs=2, hidden=(4,), activations=("tanh",)))
    assert two.loss(X, LABELS % 2 == 1) == two.loss(X, LABELS % 2)  # booleans are 0 and 1


@pytest.mark.parametrize(
    "net, t, words",
    [
        (regression(), with_value(np.zeros(6), 2, np.inf), ["targets contain NaN or infinite"]),
        (regression(2), np.zeros(6), ["shape (N, 2)"]),
        (regression(2), np.zeros((6, 3)), ["2 column(s); got 3"]),
        (regression(), np.zeros((6, 1, 1)), ["must be (N, 1)"]),
    ],
)
def test_bad_regression_targets_are_named(net, t, words):
    with pytest.raises(ValueError) as info:
        net.loss(X, t)
    assert all(w in str(info.value) for w in words)


def test_predict_refuses_non_finite_inputs_but_accepts_huge_finite_ones():
    net = three_classes()
    with pytest.raises(ValueError, match="row 2"):
        net.predict(with_value(X, (2, 0), np.nan))
    with pytest.raises(ValueError, match="NaN or infinite"):
        net.forward_trace(with_value(X, (0, 0), np.inf))
    huge = np.full((3, 2), 1e308)  # their sum would overflow; the values themselves are fine
    assert np.all(np.isfinite(net.predict(huge)))
