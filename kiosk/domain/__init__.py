"""Domain rules that need neither storage nor Qt."""
