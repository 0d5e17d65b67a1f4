"""Benchmark harness (``make bench`` = ``python -m bench``): the portal under gunicorn and
production settings on 127.0.0.1, each figure measured as a ratio against a baseline taken in
the same run, so the numbers mean the same thing on any machine. Not part of ``make test``.
"""
