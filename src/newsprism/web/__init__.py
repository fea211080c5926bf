"""The local web app (``newsprism serve``): a read-only view of a store, in FastAPI.

Needs the ``web`` extra (``pip install 'newsprism[web]'``); nothing else in newsprism imports
this package.
"""
