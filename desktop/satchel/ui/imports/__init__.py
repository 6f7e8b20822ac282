"""The dialog that imports contacts and Markdown notes from other tools."""
