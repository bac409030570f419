"""Thin Typer front end: parse, call the library, render."""
