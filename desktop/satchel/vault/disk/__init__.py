"""The vault folder's files: opened without following links, replaced atomically, locked."""
