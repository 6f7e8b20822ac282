"""The demo vault for trainers: believable, entirely fake content in four languages."""
