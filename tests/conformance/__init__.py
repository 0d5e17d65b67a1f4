"""The conformance suite: real validators on every page type in every language (docs/developers.md)."""
