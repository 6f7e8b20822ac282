"""Case notes in four languages and the queries that must find them (search recall)."""
