"""Placeholder: `ctip-extract evaluate` (to be built)."""
