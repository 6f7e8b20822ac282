"""When someone forces the laptop open: the duress passphrase and its cover vault."""
