"""Step 2, setting goals: goal cards, then one goal made concrete (what, with whom, by when)."""
