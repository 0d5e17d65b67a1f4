#!/usr/bin/env python
"""Django's command-line utility for the portal.

The site layer lives in ``site/``, which is deliberately *not* a Python package
(the standard library already has a ``site`` module), so it is put on
``sys.path`` here, beside the repository root that holds the plugin apps.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def main():
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
