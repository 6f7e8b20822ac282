"""Words in the user's language: labels for stored values, error sentences, dates."""
