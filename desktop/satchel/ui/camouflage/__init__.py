"""Camouflage: the window under a neutral name, title and icon."""
