// Wiring lands with the widgets.
