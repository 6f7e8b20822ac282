"""Sharing with colleagues: age-encrypted bundles, their format, checks and merge on import."""
