"""Where the per-article stages run: in this process or its worker processes (``local``), or
on a Dask cluster (``distributed``, behind the ``[distributed]`` extra).

Both run the same pure stage functions and return the same results in the same order; story
clustering and reconciliation always run on the driver (they need the whole collection).
``open_executor`` (in ``executors.backends``) picks one by name.
"""
