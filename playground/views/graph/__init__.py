"""The computational graph: the book's graphs, typed expressions, the network's own graph for a picked point, stepped forward and backward."""
