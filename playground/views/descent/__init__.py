"""Gradient descent you can see: the loss along a weight, the optimizers compared on the book's toy functions, the gradient check."""
