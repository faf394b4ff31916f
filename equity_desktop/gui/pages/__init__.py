"""The pages shown right of the navigator, one module per kind of page."""
