"""The note editor, its Markdown preview and its revision history."""
