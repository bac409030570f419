"""Every module of leakscope.pii imports on its own, first: a spawned worker process imports
whatever module its task names first, and an import cycle there killed it (the fresh-clone CI
then waited on the pool forever)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import leakscope.pii

_EACH_FIRST = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "leakscope" or m.startswith("leakscope.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as error:
        failed.append(f"{name}: {error}")
print("\\n".join(failed))
"""


def test_every_module_imports_first():
    root = Path(leakscope.pii.__file__).parent
    names = sorted("leakscope.pii." + ".".join(path.relative_to(root).with_suffix("").parts)
                   for path in root.rglob("*.py") if path.name != "__init__.py")
    done = subprocess.run([sys.executable, "-c", _EACH_FIRST, *names], capture_output=True,
                          text=True, timeout=600, check=True)
    assert done.stdout.strip() == ""
