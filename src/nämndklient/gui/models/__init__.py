"""Qt item models over the plain rows the services hand out (no sessions, no lazy loads)."""
