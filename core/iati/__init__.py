"""IATI 2.03 vocabulary shared by every family: the official code lists and the activity schema.

The project family builds activities from its pages (``projects.iati``); the organisation
snippet here carries each body's IATI identifier and type. Nothing in this package knows a page type.
"""
