"""The settings dialog and the app-wide choices kept in Qt's settings."""
