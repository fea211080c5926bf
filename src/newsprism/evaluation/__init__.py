"""newsprism.evaluation."""
