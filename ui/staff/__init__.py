"""Staff mode: screens reachable only through the PIN pad, never from the public side."""
