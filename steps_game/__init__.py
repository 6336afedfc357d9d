"""STEPS: a desktop game that teaches professional networking in Finland in seven steps."""

__version__ = "0.1.0"
