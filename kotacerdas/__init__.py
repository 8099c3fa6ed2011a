"""Kota Cerdas: one integrated, public smart-city system for an Indonesian city government."""
