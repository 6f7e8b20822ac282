"""The Help menu's windows: About and Keyboard shortcuts."""
