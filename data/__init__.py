"""Package data: the bundled document, the alias table, the district list (read with importlib.resources)."""
