"""Game widgets pygame_gui lacks: focus ring, keyboard navigation, cards, drag layer, text."""
