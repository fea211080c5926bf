"""newsprism.extract."""
