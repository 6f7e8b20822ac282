"""Languages of the window: which one to use, loading its catalogues, a pseudo-locale."""
