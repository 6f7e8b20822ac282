"""OS integrations behind small interfaces: session events, capture exclusion, clipboard."""
