"""Keys: Argon2id, key material wiped on lock, the recovery phrase, sealed identity fields."""
