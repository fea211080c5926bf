"""newsprism.lang."""
