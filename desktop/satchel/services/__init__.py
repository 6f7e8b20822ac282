"""Use cases of Satchel, free of Qt: cases, people, notes, checklists, search, activity.

Every function takes an open `VaultSession` explicitly and returns plain frozen dataclasses,
so no caller ever holds a database session or an ORM object.
"""
