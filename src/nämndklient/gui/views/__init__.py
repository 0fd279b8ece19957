"""The pages of the main window's sections."""
