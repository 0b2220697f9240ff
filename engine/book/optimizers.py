"""The book's optimisers over dicts: SGD, Momentum, Nesterov, AdaGrad, RMSprop, Adam.

``update(params, grads)`` walks the keys of ``params`` and changes each array
in place, as the book does: the layers hold the same arrays, so the next
forward sees the new weights. State (velocities, squared-gradient sums,
moments) is created on the first update, one array per key.

Names and defaults are the book's (``decay_rate`` for RMSprop, ``iter`` for
Adam's step count). The update rules are those of :mod:`engine.optimizers`,
which applies the same formulas to one flat buffer with ``out=`` calls; only
the order of a few multiplications differs, which changes the last bit of a
step at most. ``eps`` is the book's ``1e-7``, settable like the fast path's.
"""

from __future__ import annotations

import numpy as np


def _zeros_like_each(params):
    return {key: np.zeros_like(val) for key, val in params.items()}


class SGD:
    """Stochastic gradient descent: ``W ← W - lr · ∂L/∂W``."""

    def __init__(self, lr=0.01):
        self.lr = lr

    def update(self, params, grads):
        for key in params.keys():
            params[key] -= self.lr * grads[key]


class Momentum:
    """``v ← momentum · v - lr · ∂L/∂W;  W ← W + v``."""

    def __init__(self, lr=0.01, momentum=0.9):
        self.lr = lr
        self.momentum = momentum
        self.v = None

    def update(self, params, grads):
        if self.v is None:
            self.v = _zeros_like_each(params)
        for key in params.keys():
            self.v[key] = self.momentum * self.v[key] - self.lr * grads[key]
            params[key] += self.v[key]


class Nesterov:
    """Nesterov's accelerated gradient in the book's form.

    ``v ← momentum · v - lr · g;  W ← W + momentum² · v - (1 + momentum) · lr · g``.
    """

    def __init__(self, lr=0.01, momentum=0.9):
        self.lr = lr
        self.momentum = momentum
        self.v = None

    def update(self, params, grads):
        if self.v is None:
            self.v = _zeros_like_each(params)
        for key in params.keys():
            self.v[key] *= self.momentum
            self.v[key] -= self.lr * grads[key]
            params[key] += self.momentum * self.momentum * self.v[key]
            params[key] -= (1 + self.momentum) * self.lr * grads[key]


class AdaGrad:
    """``h ← h + g²;  W ← W - lr · g / (√h + eps)``: big past gradients, small steps."""

    def __init__(self, lr=0.01, eps=1e-7):
        self.lr = lr
        self.eps = eps
        self.h = None

    def update(self, params, grads):
        if self.h is None:
            self.h = _zeros_like_each(params)
        for key in params.keys():
            self.h[key] += grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + self.eps)


class RMSprop:
    """AdaGrad that forgets: ``h ← decay_rate · h + (1 - decay_rate) · g²``."""

    def __init__(self, lr=0.01, decay_rate=0.99, eps=1e-7):
        self.lr = lr
        self.decay_rate = decay_rate
        self.eps = eps
        self.h = None

    def update(self, params, grads):
        if self.h is None:
            self.h = _zeros_like_each(params)
        for key in params.keys():
            self.h[key] *= self.decay_rate
            self.h[key] += (1 - self.decay_rate) * grads[key] * grads[key]
            params[key] -= self.lr * grads[key] / (np.sqrt(self.h[key]) + self.eps)


class Adam:
    """Momentum and RMSprop together, bias correction folded into ``lr_t``.

    ``m ← m + (1 - beta1)(g - m);  v ← v + (1 - beta2)(g² - v);``
    ``W ← W - lr_t · m / (√v + eps)`` with ``lr_t = lr · √(1 - beta2^i) / (1 - beta1^i)``.
    """

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-7):
        self.lr = lr
        self.beta1 = beta1
        self.beta2 = beta2
        self.eps = eps
        self.iter = 0
        self.m = None
        self.v = None

    def update(self, params, grads):
        if self.m is None:
            self.m, self.v = _zeros_like_each(params), _zeros_like_each(params)
        self.iter += 1
        lr_t = self.lr * np.sqrt(1.0 - self.beta2**self.iter) / (1.0 - self.beta1**self.iter)
        for key in params.keys():
            self.m[key] += (1 - self.beta1) * (grads[key] - self.m[key])
            self.v[key] += (1 - self.beta2) * (grads[key] ** 2 - self.v[key])
            params[key] -= lr_t * self.m[key] / (np.sqrt(self.v[key]) + self.eps)


#: Optimiser class per name; the same keys as :data:`engine.optimizers.OPTIMIZERS`.
OPTIMIZERS = {
    "sgd": SGD,
    "momentum": Momentum,
    "nesterov": Nesterov,
    "adagrad": AdaGrad,
    "rmsprop": RMSprop,
    "adam": Adam,
}
