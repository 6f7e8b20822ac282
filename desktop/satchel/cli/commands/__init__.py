"""One module per group of commands; `satchel.cli.COMMANDS` imports each when it runs."""
