"""check-figures: find contradictory money figures in financial text."""
