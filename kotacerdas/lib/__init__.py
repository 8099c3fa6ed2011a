"""Model-free helpers: no Django models, no database. Pure functions, tested exhaustively."""
