"""`python -m leakscope` runs the same command as `leakscope` (and `python -m leakscope.cli`)."""

from leakscope.cli.main import app

app(prog_name="leakscope")
