"""The records a vault keeps: cases, people, sealed identities, notes, attachments, dates."""
