"""``python -m reformgraph`` runs the command line."""

from reformgraph.cli import main

main()
