"""`leakscope demo`: a realistic, fictional incident and the whole investigation of it."""

from leakscope.demo.generate import Incident, generate_incident
from leakscope.demo.pipeline import DemoError, DemoResult, Step, free_folder, run_demo

__all__ = ["DemoError", "DemoResult", "Incident", "Step", "free_folder", "generate_incident",
           "run_demo"]
