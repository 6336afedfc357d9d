"""Mini-task mechanics: per kind a pure model (rules, state, outcome) and a thin view."""
