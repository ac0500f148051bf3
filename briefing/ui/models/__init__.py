"""Qt item models over the plain visit model; they never change it directly."""
