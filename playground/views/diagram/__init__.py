"""The network diagram: its layout, edges, labels and neuron maps, and what is drawn over it (selection and editing, values of a picked point, gradients)."""
