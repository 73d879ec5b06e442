"""Modules compiled from forms/*.ui."""
