"""The Cases list and the case editor with its people, notes and checklists panels."""
