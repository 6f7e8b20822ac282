"""Files on cases, notes and checklist items: the list, the in-memory viewer, metadata stripping."""
