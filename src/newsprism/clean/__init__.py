"""newsprism.clean."""
