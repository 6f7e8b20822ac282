"""Imports from other tools: address-book contacts (CSV, vCard) and folders of Markdown notes."""
