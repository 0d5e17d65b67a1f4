"""Index the demo once, when it is made, instead of at every save.

Making a page saves it again and again (created, revised, published, copied for each
translation, published again, its child rows one by one), and after every save Wagtail updates
its reference index (the admin's usage counts) and the search index: close to half of the demo's
loading time went there. While the demo loads, both wait; when it is made, each object saved is
indexed once, by the same tasks the save signals would have queued, inside the same transaction.
"""

import threading
from contextlib import contextmanager, nullcontext

from django.db.models.signals import post_save
from modelcluster.fields import ParentalKey
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update, reference_index_auto_update_disabled
from wagtail.tasks import update_reference_index_task

REMEMBER_UID = "core.demo.indexing.remember"
#: Whether this thread is inside ``indexed_at_the_end``: an inner one (a page helper within the
#: whole load) leaves the work to the outer one.
_state = threading.local()


@contextmanager
def indexed_at_the_end():
    """Within it, saves update neither index; on a clean exit each saved object is indexed once.

    A caller that has switched the reference index off itself (a test that needs no usage counts)
    keeps it off; the search index follows its backends' ``AUTO_UPDATE`` as always. The search
    signal is disconnected for the whole process while this runs, which is why only the demo
    loader and its page helpers — a command, or a test's fixture, never a request — use it.
    Nested, only the outermost one indexes. Also a decorator.
    """
    if getattr(_state, "active", False):
        yield
        return
    references_off = getattr(reference_index_auto_update_disabled, "value", False)
    searchable = {model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)}
    # (model, primary key) → None: sets that keep the order of first saves
    to_search, to_reference = {}, {}

    def remember(sender, instance, raw=False, **kwargs):
        if raw:
            return
        if sender in searchable:
            to_search[(sender, str(instance.pk))] = None
        if not references_off and sender in ReferenceIndex.tracked_models:
            owner = reference_owner(sender, instance)
            if owner is not None:
                to_reference[owner] = None

    for model in searchable:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid=REMEMBER_UID)
    _state.active = True
    try:
        # Wagtail's switch cannot be nested (leaving the inner one would fail the outer's exit).
        with nullcontext() if references_off else disable_reference_index_auto_update():
            yield
    finally:
        _state.active = False
        post_save.disconnect(dispatch_uid=REMEMBER_UID)
        for model in searchable:
            post_save.connect(post_save_signal_handler, sender=model)

    for task, saved in ((update_reference_index_task, to_reference), (insert_or_update_object_task, to_search)):
        for model, pk in saved:
            if model._default_manager.filter(pk=pk).exists():  # not made and removed again
                task.call(model._meta.app_label, model._meta.model_name, pk)


def reference_owner(model, instance):
    """Whose references a save of ``instance`` changes, as ``(model, primary key)``: a child row's
    (a project's sector, an event's occurrence) are its parent's, and Wagtail indexes them under
    the parent, so a page with forty rows is indexed once, not forty times. ``None`` for a row
    without a parent (nothing to index it under, as Wagtail's own task decides)."""
    for field in model._meta.get_fields():
        if isinstance(field, ParentalKey):
            parent = getattr(instance, field.attname)
            return None if parent is None else (field.related_model, str(parent))
    return model, str(instance.pk)
