"""One module per log-format family; each exposes ``NAME``, ``sniff(head, path)`` and ``parse``."""
