"""The input plane: the decision boundary, its tools (pick, draw), its points and legend."""
