"""The Checklists list, one checklist's panel, item scans and the template editor."""
