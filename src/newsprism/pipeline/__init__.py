"""newsprism.pipeline."""
