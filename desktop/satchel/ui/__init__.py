"""The desktop window (PySide6). The only layer that imports Qt; it calls services only."""
