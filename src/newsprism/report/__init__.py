"""newsprism.report."""
