"""Guided lessons and the perceptron by hand."""
