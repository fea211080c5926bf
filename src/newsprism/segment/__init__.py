"""newsprism.segment."""
