"""What every service stands on: the session, vault settings, activity, tags, search, integrity."""
