"""Step 7, keeping it alive: keep several ties warm over simulated weeks with limited energy."""
