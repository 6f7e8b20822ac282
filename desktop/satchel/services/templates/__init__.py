"""Checklist templates: the shipped files, their schema and checks, and the user's own."""
