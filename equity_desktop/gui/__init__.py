"""Everything that imports Qt: the application, windows, dialogs. No business rule lives here."""
