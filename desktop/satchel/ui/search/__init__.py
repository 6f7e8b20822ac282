"""Search as you type across cases, people, notes and checklist items."""
