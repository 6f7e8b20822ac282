"""Opening a vault only to read it, for the command line's read-only commands: no SQLAlchemy."""
