"""The loss chart: train and test loss per epoch or per step, and accuracy."""
