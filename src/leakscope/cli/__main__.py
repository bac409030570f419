"""`python -m leakscope.cli` runs the same command as `leakscope`."""

from leakscope.cli.main import app

app(prog_name="leakscope")
