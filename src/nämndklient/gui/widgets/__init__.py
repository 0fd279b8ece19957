"""Reusable widgets: the PDF viewer and the notes pane."""
