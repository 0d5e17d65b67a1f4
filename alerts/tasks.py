"""The alerts' background tasks (django-tasks; ``manage.py db_worker --backend alerts`` runs them).

* ``send_page_alerts(item_id)`` — queued when a page is first published (``alerts.signals``):
  the alert e-mails of that page to its immediate subscribers.
* ``send_due_alerts()`` — everything ``manage.py send_alerts`` does (alerts still to send, due
  weekly digests, pending sign-ups to delete), for a scheduler that queues tasks rather than
  running commands.

Both are safe to run twice, or at the same time as the command: each e-mail is a ``Delivery``
row written before it is sent (``alerts.sending``). They return their report as a dict, which
the database backend keeps with the task's result.
"""

from django_tasks import task

from . import sending

#: Ahead of other work on the alerts queue (the digests' catch-up run): after
#: ``load_demo`` or an import thousands of those may be waiting, and a reader waits for an alert.
ALERT_PRIORITY = 10
#: The ``TASKS`` backend of the alerts (a database queue of their own; Wagtail's tasks run at once).
QUEUE = "alerts"


@task(priority=ALERT_PRIORITY, backend=QUEUE)
def send_page_alerts(item_id):
    return sending.announce_item(item_id).as_dict()


@task(backend=QUEUE)
def send_due_alerts():
    return sending.run().as_dict()
