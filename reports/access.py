"""Who may read the reports: editors, moderators and administrators (``core.roles``), not translators."""

from core.roles import EDITORS, MODERATORS

READER_GROUPS = (EDITORS, MODERATORS)


def may_read_reports(user):
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=READER_GROUPS).exists()
