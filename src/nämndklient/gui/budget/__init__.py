"""The budget section: frames, tables, action plan, investments and follow-up against budget."""
