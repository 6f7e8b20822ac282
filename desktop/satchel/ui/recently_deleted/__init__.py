"""Vault ▸ Recently deleted: what was deleted in the last 30 days, to restore or purge."""
