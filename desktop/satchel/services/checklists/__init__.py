"""Checklists on cases: their items and states, and the overview across every case."""
