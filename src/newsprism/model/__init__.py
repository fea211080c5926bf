"""Frozen records that flow through the pipeline. Standard library only; no I/O."""
