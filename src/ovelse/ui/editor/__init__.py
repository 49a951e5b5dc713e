"""The scenario editor («Tilpass»): outline, form, undo and saving of a pack."""
