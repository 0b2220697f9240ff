"""Seeing inside for a picked input: a neuron's a = Σxw + b and y = h(a), softmax and loss, a layer as Y = XW + B, the activation functions, a layer summary."""
