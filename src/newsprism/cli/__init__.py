"""The ``newsprism`` command line: thin commands over ``newsprism.api``."""
