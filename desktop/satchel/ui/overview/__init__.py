"""Views across every case: the activity log and what is due soon."""
