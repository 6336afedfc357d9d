"""Step 4: a planner of the coming weeks under a time and energy budget."""
