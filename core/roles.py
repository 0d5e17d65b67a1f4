"""Who may do what in the admin: editors write, moderators publish, translators localize one language.

Roles are plain Django groups holding Wagtail permissions, so an administrator can change them later
under Settings → Groups. The builders take an app registry — a migration's historical one or the
real one — so the data migration and the test suite build exactly the same roles.

* **Editors** add and change pages anywhere in the tree and submit them to the "Review and publish"
  workflow; they publish themselves only while ``PortalSettings.editors_can_publish`` is on.
* **Moderators** add, change, publish (which includes scheduling and unpublishing), delete whole
  branches and lock pages; they are the workflow's approvers.
* **Translators (<language>)** change and publish the pages under their language's home page only.

Page permissions for editors, moderators and the workflow live on the tree root, which exists as soon
as Wagtail has migrated. A language's home page is created later (by ``load_demo`` or by hand), so the
translators of that language get their permissions when it is saved for the first time.
"""

from django.apps import apps as global_apps
from django.conf import settings
from django.conf.locale import LANG_INFO
from wagtail.models import Page

EDITORS = "Editors"
MODERATORS = "Moderators"
WORKFLOW_NAME = "Review and publish"
TASK_NAME = "Moderator approval"
# What Wagtail's own migrations call the workflow and task they derive from the Moderators group.
WAGTAIL_DEFAULT_WORKFLOW_NAME = "Moderators approval"

PAGE = "wagtailcore.page"
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
MODERATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page")
TRANSLATOR_PAGE_PERMISSIONS = ("change_page", "publish_page")

# Granted on the root collection, so they hold in every collection below it.
MEDIA_PERMISSIONS = (
    ("wagtailimages.image", "add_image"),
    ("wagtailimages.image", "change_image"),
    ("wagtailimages.image", "choose_image"),
    ("wagtaildocs.document", "add_document"),
    ("wagtaildocs.document", "change_document"),
    ("wagtaildocs.document", "choose_document"),
)
# Snippets editors and moderators look after and translators may change (to translate them): each
# app names its own in its AppConfig (``editorial_snippets = ("region",)``), so a site without a
# plugin simply has fewer.
EDITORIAL_SNIPPETS_ATTRIBUTE = "editorial_snippets"
ACCESS_ADMIN = ("wagtailadmin.admin", "access_admin")
# wagtail-localize's "Translate" action (copy a page or snippet to other languages for translation).
# Editors and moderators keep it, as wagtail-localize's own migration gives it to them; translators
# don't, because the action may create pages in any language.
SUBMIT_TRANSLATION = ("wagtail_localize.translation", "submit_translation")


def may_read_reports(user):
    """Editors, moderators and administrators may read the admin's reports (views, IATI readiness,
    subscriber counts); translators may not."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name__in=(EDITORS, MODERATORS)).exists()


def translator_group_name(language_code):
    """``Translators (Ukrainian)``: group names are data, written in English like Wagtail's own."""
    name = LANG_INFO.get(language_code, {}).get("name", language_code)
    return f"Translators ({name})"


def target_languages():
    """Every content language except the default one, which is the source of translations."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]


def ensure_roles(apps):
    """Create or repair the editorial groups, their permissions and the moderation workflow.

    Idempotent. Wagtail's migrations already create "Editors" and "Moderators" groups and a
    "Moderators approval" workflow on the tree root; they are reused (and the workflow renamed)
    so the result is exactly the roles described above, whatever state the database was in.
    """
    Group = apps.get_model("auth", "Group")
    access_admin = _permission(apps, *ACCESS_ADMIN)
    snippet_model_permissions = [
        _permission(apps, label, f"{action}_{label.split('.')[1]}")
        for label in editorial_snippets()
        for action in ("add", "change")
    ]
    translator_model_permissions = [_permission(apps, label, f"change_{label.split('.')[1]}") for label in editorial_snippets()]
    media_permissions = [_permission(apps, label, codename) for label, codename in MEDIA_PERMISSIONS]
    submit_translation = _permission(apps, *SUBMIT_TRANSLATION)

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    for group in (editors, moderators):
        group.permissions.set([access_admin, submit_translation, *snippet_model_permissions])
        _set_collection_permissions(apps, group, media_permissions)

    editor_codenames = EDITOR_PAGE_PERMISSIONS + (("publish_page",) if _editors_may_publish(apps) else ())
    for root in _tree_roots(apps):
        _set_page_permissions(apps, editors, root, editor_codenames)
        _set_page_permissions(apps, moderators, root, MODERATOR_PAGE_PERMISSIONS)

    for code in target_languages():
        translators, _ = Group.objects.get_or_create(name=translator_group_name(code))
        translators.permissions.set([access_admin, *translator_model_permissions])
        _grant_translators_homes(apps, translators, code)

    _ensure_workflow(apps, moderators)


def set_editors_can_publish(apps, allowed):
    """Grant or revoke the Editors' ``publish`` page permission on the tree root."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    editors = Group.objects.filter(name=EDITORS).first()
    if editors is None:  # renamed or deleted by an administrator: nothing to keep in step
        return
    publish = _permission(apps, PAGE, "publish_page")
    for root in _tree_roots(apps):
        if allowed:
            GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=publish)
        else:
            GroupPagePermission.objects.filter(group=editors, page=root, permission=publish).delete()


# Receivers, connected in CoreConfig.ready().


def portal_settings_saved(sender, instance, raw=False, **kwargs):
    """Keep the Editors' publish permission in step with "Editors may publish without review".

    The setting is per site but the permission is global (it sits on the tree root, above every
    language), so editors may publish while any site has the setting on.
    """
    if raw:
        return
    allowed = sender.objects.filter(editors_can_publish=True).exists()
    set_editors_can_publish(global_apps, allowed)


def page_saved(sender, instance, created=False, raw=False, **kwargs):
    """A new language home page (depth 2) gives that language's translators their subtree."""
    if raw or not created or not isinstance(instance, Page) or instance.depth != 2:
        return
    code = instance.locale.language_code
    if code not in target_languages():
        return
    translators = global_apps.get_model("auth", "Group").objects.filter(name=translator_group_name(code)).first()
    if translators is not None:
        for codename in TRANSLATOR_PAGE_PERMISSIONS:
            _grant_page_permission(global_apps, translators, instance, codename)


def connect():
    from django.db.models.signals import post_save

    from .models import PortalSettings

    post_save.connect(portal_settings_saved, sender=PortalSettings, dispatch_uid="portal-roles-editors-publish")
    # Page subclasses are the senders, so listen to every save and keep only depth-2 pages.
    post_save.connect(page_saved, dispatch_uid="portal-roles-translator-home")


# Helpers: everything goes through ``apps`` so it works inside migrations.


def editorial_snippets():
    """``["core.organisation", …, "projects.region"]``: the snippet models the installed apps declare."""
    return [
        f"{config.label}.{model_name}"
        for config in global_apps.get_app_configs()
        for model_name in getattr(config, EDITORIAL_SNIPPETS_ATTRIBUTE, ())
    ]


def _permission(apps, label, codename):
    """The Permission row, created if Django's post_migrate has not made it yet (fresh database)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    app_label, model_name = label.split(".")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name)
    permission = Permission.objects.filter(content_type=content_type, codename=codename).first()
    if permission is None:
        permission = Permission.objects.create(
            content_type=content_type, codename=codename, name=_permission_name(label, codename)
        )
    return permission


def _permission_name(label, codename):
    """The name Django's ``create_permissions`` would give, so a later run finds nothing to change."""
    if (label, codename) == SUBMIT_TRANSLATION:
        return "Can submit translations"  # as wagtail-localize's migration 0006 names it
    try:
        opts = global_apps.get_model(label)._meta
    except LookupError:
        return codename
    custom = dict(opts.permissions)
    if codename in custom:
        return str(custom[codename])
    return f"Can {codename.split('_', 1)[0]} {opts.verbose_name_raw}"


def _tree_roots(apps):
    return list(apps.get_model("wagtailcore", "Page").objects.filter(depth=1))


def _editors_may_publish(apps):
    return apps.get_model("core", "PortalSettings").objects.filter(editors_can_publish=True).exists()


def _grant_page_permission(apps, group, page, codename):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.get_or_create(group=group, page_id=page.pk, permission=_permission(apps, PAGE, codename))


def _set_page_permissions(apps, group, page, codenames):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupPagePermission.objects.filter(group=group, page=page).exclude(permission__codename__in=codenames).delete()
    for codename in codenames:
        _grant_page_permission(apps, group, page, codename)


def _set_collection_permissions(apps, group, permissions):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupCollectionPermission.objects.filter(group=group).exclude(permission__in=permissions).delete()
    for collection in Collection.objects.filter(depth=1):
        for permission in permissions:
            GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)


def _grant_translators_homes(apps, group, language_code):
    Page = apps.get_model("wagtailcore", "Page")
    for home in Page.objects.filter(depth=2, locale__language_code=language_code):
        for codename in TRANSLATOR_PAGE_PERMISSIONS:
            _grant_page_permission(apps, group, home, codename)


def _ensure_workflow(apps, moderators):
    """One workflow, "Review and publish", with one task approved by the Moderators, on the tree root.

    Task and GroupApprovalTask are multi-table models whose ``content_type`` the real model fills in
    its ``__init__``; historical models don't, so it is set explicitly, as Wagtail's migration 0048 does.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    task = (
        GroupApprovalTask.objects.filter(name=TASK_NAME).first()
        or GroupApprovalTask.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW_NAME).first()
        or GroupApprovalTask(
            content_type=ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")[0]
        )
    )
    task.name = TASK_NAME
    task.active = True
    task.save()
    task.groups.set([moderators])

    workflow = (
        Workflow.objects.filter(name=WORKFLOW_NAME).first()
        or Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW_NAME).first()
        or Workflow()
    )
    workflow.name = WORKFLOW_NAME
    workflow.active = True
    workflow.save()
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.update_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    for root in _tree_roots(apps):
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
