"""leakscope: investigate and answer a personal-information leak (個人情報漏えい)."""

__version__ = "0.1.0"
