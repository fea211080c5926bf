"""newsprism.cluster."""
