"""What every screen shares: lazy table models, the task runner, labels, dates, theme, icons."""
