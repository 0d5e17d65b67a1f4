"""Bring a Plone site over from a collective.exportimport export: ``manage.py import_plone``."""
