"""``python -m newsprism``: the command line."""

from newsprism.cli.app import main

main()
