"""The case report: the dialog that asks what to include, and the PDF drawn from it."""
