"""Slum-settlement models: see issue 3."""
