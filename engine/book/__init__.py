"""The plain path: the engine's network written the way the book writes it.

「ゼロから作るDeep Learning」 builds its networks from small layer classes with
``forward`` and ``backward``, and its optimisers from loops over a dict of
parameters. This package is that code, for this engine's networks: read it
first. The fast path (:mod:`engine.layers`, :mod:`engine.network`, ...) computes
the same numbers with preallocated buffers and one flat parameter array, and
``tests/engine/test_book_parity.py`` trains both side by side to show it.

Reading order:

``layers``      Affine, Sigmoid, Tanh, Relu, LeakyRelu, Identity, Step, BatchNormalization
``losses``      softmax in steps, SoftmaxWithLoss, MeanSquaredError (identity output)
``optimizers``  SGD, Momentum, Nesterov, AdaGrad, RMSprop, Adam over dicts
``network``     BookNetwork: built from a NetworkSpec and a params dict
``trace``       every value of a forward and a backward pass, for the inspector
``records``     the frozen records ``trace`` returns

Nothing here mutates an array it is given, except that an optimiser updates
the ``params`` dict it is handed, in place, as the book's do.
"""

from engine.book.network import BookNetwork

__all__ = ["BookNetwork"]
