"""Briefing: build a ministerial visit and print its briefing pack."""

__version__ = "0.1.0"
