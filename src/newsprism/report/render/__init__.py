"""newsprism.report.render."""
