"""Step 3, mapping my network: place contacts (as roles) on a mind map of rings and life areas."""
