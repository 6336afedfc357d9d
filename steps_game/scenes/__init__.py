"""One module per screen; every scene builds itself from state through a ViewBuilder."""
