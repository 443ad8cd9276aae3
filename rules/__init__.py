"""The default rule pack, shipped as package data: one TOML file per rule."""
