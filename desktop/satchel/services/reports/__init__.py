"""What reports hold, gathered without Qt; the ui draws them."""
