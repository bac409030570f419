"""C kernels, each optional: without a compiler leakscope runs their Arrow/numpy fallback."""

from setuptools import Extension, setup

setup(ext_modules=[
    Extension("leakscope.pii.columnar._cells", ["src/leakscope/pii/columnar/_cells.c"],
              depends=["src/leakscope/pii/_kernel.h", "src/leakscope/pii/columnar/_spans.h"],
              extra_compile_args=["-O2"], optional=True),
    Extension("leakscope.pii.columnar._sjis", ["src/leakscope/pii/columnar/_sjis.c"],
              extra_compile_args=["-O2"], optional=True),
    Extension("leakscope.pii._tablejson", ["src/leakscope/pii/_tablejson.c"],
              depends=["src/leakscope/pii/_kernel.h"], extra_compile_args=["-O2"], optional=True),
    Extension("leakscope.pii.extract._sqlvalues", ["src/leakscope/pii/extract/_sqlvalues.c"],
              depends=["src/leakscope/pii/_kernel.h"], extra_compile_args=["-O2"], optional=True),
    Extension("leakscope.pii._keys", ["src/leakscope/pii/_keys.c"],
              depends=["src/leakscope/pii/_kernel.h", "src/leakscope/pii/_address.h"],
              extra_compile_args=["-O2"], optional=True),
])
