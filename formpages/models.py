"""Form pages: a call for applications, a registration, a contact form — one page type built on
``wagtail.contrib.forms``, in the portal's frame (``BasePage``: SEO head, card, search).

Editors make the fields (``FormField``, Wagtail's form builder); the page adds what every form of
a public body needs: optional **places** with a **waiting list**, a **consent** checkbox that says
what is kept and for how long, a **retention period** (``manage.py purge_form_submissions``), a
**confirmation e-mail** in the visitor's language, and protection against programs (``guards``).

Each translation of a form is a page of its own with its own submissions (Wagtail lists them per
page), but places are one pool: a seminar with 20 places has 20, whichever languages people
register in. An event names the form as its ``apply_page``.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connection, models, transaction
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, AbstractFormSubmission
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import ArticleStreamBlock
from core.languages import current_language, language_code_of
from core.models import BasePage
from core.page_links import linking_pages
from core.panels import content_page_tabs

from . import emails, guards
from .forms import CONSENT_FIELD, FormPageFormBuilder

#: Keys of a submission's data beside the answers (``get_data``); two underscores, like the
#: form's own extra fields, so no editor's field name can take them.
STATUS_KEY = "submission__status"
LANGUAGE_KEY = "submission__language"


class FormField(TranslatableMixin, AbstractFormField):
    """One field of a form, ordered as the editor arranges them.

    Translatable like every inline list with words: translators translate the label, help text
    and choices. The field's ``clean_name`` — the key its answers are stored under — stays the
    source's, so the submissions of every language have the same columns.
    """

    page = ParentalKey("formpages.FormPage", on_delete=models.CASCADE, related_name="form_fields")

    override_translatable_fields = [SynchronizedField("clean_name", overridable=False)]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class SubmissionStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("Waiting list")


class FormPageSubmission(AbstractFormSubmission):
    """A submission with what the page needs beyond the answers: whether it has a place, the
    language to write to the visitor in, and the address (from the form's first e-mail field)."""

    status = models.CharField(_("status"), max_length=20, choices=SubmissionStatus.choices, default=SubmissionStatus.CONFIRMED)
    language = models.CharField(_("language"), max_length=8, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    class Meta(AbstractFormSubmission.Meta):
        indexes = [models.Index(fields=["page", "status"]), models.Index(fields=["submit_time"])]

    @property
    def waitlisted(self):
        return self.status == SubmissionStatus.WAITLISTED

    def get_data(self):
        """The answers and the submission's own columns, for Wagtail's list and its CSV/XLSX export."""
        return {**super().get_data(), STATUS_KEY: self.get_status_display(), LANGUAGE_KEY: self.language}


@dataclass(frozen=True)
class Places:
    """How full a form is: ``capacity`` None means no limit."""

    capacity: int | None
    taken: int
    waitlist: bool

    @property
    def limited(self):
        return self.capacity is not None

    @property
    def left(self):
        return max(self.capacity - self.taken, 0) if self.limited else None

    @property
    def full(self):
        return self.limited and self.left == 0

    @property
    def closed(self):
        """Full, and nobody may join a waiting list: the form is not shown."""
        return self.full and not self.waitlist

    def summary(self):
        """The line the page shows, e.g. “12 of 20 places left”."""
        return ngettext("%(left)s of %(capacity)s place left", "%(left)s of %(capacity)s places left", self.capacity) % {
            "left": self.left,
            "capacity": self.capacity,
        }


class FormPage(BasePage, AbstractEmailForm):
    """A form with its introduction, its fields, what happens when it is full and what the visitor
    is told (on the thank-you page and by e-mail)."""

    lead = models.TextField(
        _("lead"), blank=True, max_length=1000, help_text=_("One or two sentences shown under the title and on cards.")
    )
    body = StreamField(
        ArticleStreamBlock(),
        verbose_name=_("introduction"),
        blank=True,
        help_text=_("Shown above the form: what it is for, who may apply, the dates, what happens next."),
    )
    submit_label = models.CharField(
        _("button text"), max_length=60, blank=True, help_text=_("The text of the send button, e.g. “Register”. Empty: “Send”.")
    )
    consent_text = models.TextField(
        _("consent text"),
        max_length=1000,
        blank=True,
        help_text=_(
            "The sentence visitors must agree to before sending: what you keep, why and for how long. Write {days} where the"
            " retention period should appear (without it, a sentence saying how long answers are kept is added). Empty:"
            " the standard text."
        ),
    )
    retention_days = models.PositiveSmallIntegerField(
        _("keep answers for (days)"),
        default=180,
        validators=[MinValueValidator(1), MaxValueValidator(3650)],
        help_text=_(
            "Answers older than this are deleted every night (manage.py purge_form_submissions). Keep them no longer than"
            " you need them: for an event, a few weeks after it."
        ),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Shown after sending. Whether the visitor got a place or is on the waiting list is added for you."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_(
            "How many people can take part. The page shows how many places are left; empty: no limit (a contact form)."
            " All languages of the form share the places."
        ),
    )
    waitlist = models.BooleanField(
        _("waiting list when full"),
        default=True,
        help_text=_("When all places are taken, keep accepting people on a waiting list. Off: the form closes when full."),
    )
    confirmation_subject = models.CharField(
        _("confirmation e-mail subject"),
        max_length=200,
        blank=True,
        help_text=_(
            "The subject of the e-mail visitors get, after “Place confirmed:” or “Waiting list:”. Empty: the page title."
            " The e-mail goes to the address in the form's first e-mail field."
        ),
    )
    confirmation_text = models.TextField(
        _("confirmation e-mail text"),
        max_length=3000,
        blank=True,
        help_text=_("Your words in the e-mail, e.g. the date, the place and what to bring. The answers are not repeated."),
    )

    # Places, waiting list and retention are the form's, not a language's: every translation has
    # the source's. The editors' address too, unless a translator changes it.
    override_translatable_fields = [
        SynchronizedField("capacity", overridable=False),
        SynchronizedField("waitlist", overridable=False),
        SynchronizedField("retention_days", overridable=False),
        SynchronizedField("to_address"),
    ]

    content_panels = Page.content_panels + [FormSubmissionsPanel(), FieldPanel("lead"), FieldPanel("body")]
    form_panels = [
        InlinePanel("form_fields", label=_("Form fields"), heading=_("Form fields")),
        FieldPanel("submit_label"),
        MultiFieldPanel([FieldRowPanel([FieldPanel("capacity"), FieldPanel("waitlist")])], heading=_("Places")),
        MultiFieldPanel([FieldPanel("consent_text"), FieldPanel("retention_days")], heading=_("Consent and retention")),
        FieldPanel("thank_you_text"),
    ]
    email_panels = [
        MultiFieldPanel(
            [FieldPanel("confirmation_subject"), FieldPanel("confirmation_text")], heading=_("Confirmation to the visitor")
        ),
        MultiFieldPanel(
            [
                FieldPanel("to_address"),
                FieldPanel(
                    "from_address", help_text=_("The sender of both e-mails. Empty: the portal's address (DEFAULT_FROM_EMAIL).")
                ),
                FieldPanel("subject", help_text=_("Empty: “New answers:” and the page title.")),
            ],
            heading=_("Notification to the editors"),
        ),
    ]
    edit_handler = content_page_tabs((_("Content"), content_panels), (_("Form"), form_panels), (_("E-mails"), email_panels))

    search_fields = Page.search_fields + [index.SearchField("lead"), index.SearchField("body"), index.FilterField("locale")]
    api_fields = [APIField("lead"), APIField("body"), APIField("capacity")]

    template = "formpages/form_page.html"
    landing_page_template = "formpages/form_page_landing.html"
    subpage_types = []
    form_builder = FormPageFormBuilder

    class Meta:
        verbose_name = _("form page")
        verbose_name_plural = _("form pages")

    @property
    def card_summary(self):
        return self.lead or self.search_description

    # --- the form ---
    def consent_label(self):
        """The consent sentence, with the retention period in it."""
        days = self.retention_days
        kept = ngettext(
            "Your answers are deleted %(days)s day after you send them.",
            "Your answers are deleted %(days)s days after you send them.",
            days,
        ) % {"days": days}
        if not self.consent_text:
            return ngettext(
                "I agree that the organisers keep my answers to this form, with the date and language I send them in,"
                " to handle my request, and delete them %(days)s day after I send them.",
                "I agree that the organisers keep my answers to this form, with the date and language I send them in,"
                " to handle my request, and delete them %(days)s days after I send them.",
                days,
            ) % {"days": days}
        if "{days}" in self.consent_text:
            return self.consent_text.replace("{days}", str(days))
        return f"{self.consent_text} {kept}"

    def email_field_name(self):
        """The form's first e-mail field: where the confirmation goes."""
        for field in self.get_form_fields():
            if field.field_type == "email":
                return field.clean_name or field.get_field_clean_name()
        return None

    def get_submission_class(self):
        return FormPageSubmission

    def get_submissions_list_view_class(self):
        from .views import FormPageSubmissionsListView

        return FormPageSubmissionsListView

    def get_data_fields(self):
        """Wagtail's columns (date, then the fields) with the status second, language and consent last."""
        date, *answers = super().get_data_fields()
        return [
            date,
            (STATUS_KEY, _("Status")),
            *answers,
            (LANGUAGE_KEY, _("Language")),
            (CONSENT_FIELD, _("Consent")),
        ]

    def render_email(self, form):
        return "\n".join(f"{label}: {value}" for label, value in form.answers())

    # --- places ---
    def places(self):
        """Places of this form in every language (one query when the form has a capacity)."""
        taken = 0
        if self.capacity is not None:
            taken = FormPageSubmission.objects.filter(
                page__translation_key=self.translation_key, status=SubmissionStatus.CONFIRMED
            ).count()
        return Places(self.capacity, taken, self.waitlist)

    def _lock_places(self):
        """Make concurrent submissions of this form (any language) take their turn.

        PostgreSQL: lock the form's rows of every translation, in one order, for the transaction.
        SQLite: the portal opens write transactions with ``BEGIN IMMEDIATE`` (settings), which
        already lets one writer at a time through, so there is nothing to lock.
        """
        if self.capacity is None or not connection.features.has_select_for_update:
            return
        # Only this table's rows ("self"): the page rows stay free for editors and the router.
        lock = {"of": ("self",)} if connection.features.has_select_for_update_of else {}
        rows = FormPage.objects.filter(translation_key=self.translation_key).order_by("pk").select_for_update(**lock)
        list(rows.values_list("pk", flat=True))

    def store_submission(self, form_data, *, language, email=""):
        """Store answers with the status they earn now; ``None`` when the form is full and closed.

        The count and the insert happen in one transaction behind ``_lock_places``: with one place
        left and two visitors sending at once, one gets it and the other the waiting list.
        """
        with transaction.atomic():
            self._lock_places()
            places = self.places()
            if places.closed:
                return None
            status = SubmissionStatus.WAITLISTED if places.full else SubmissionStatus.CONFIRMED
            return FormPageSubmission.objects.create(
                page=self, form_data=form_data, status=status, language=language, email=email or ""
            )

    def visitor_language(self):
        language = current_language()
        return language if language in dict(settings.LANGUAGES) else language_code_of(self)

    def process_form_submission(self, form):
        email_field = self.email_field_name()
        return self.store_submission(
            form.submission_data(),
            language=self.visitor_language(),
            email=form.cleaned_data.get(email_field, "") if email_field else "",
        )

    # --- serving ---
    def serve(self, request, *args, **kwargs):
        """``GET`` shows the form; ``POST`` sends it: stored and thanked, or the form again with its
        errors (``200``), never an error page for what a visitor types.

        The form carries Django's CSRF token, so the page is never kept by the page cache
        (``core.page_cache`` refuses answers that use one) nor by a CDN (``private``). That is
        what a form wants anyway: the places left change with every registration and an answer
        with errors is one visitor's. The token keeps other sites from submitting on a visitor's
        behalf; rate limit and honeypot (``guards``) stand behind it against programs.
        """
        if request.method == "POST" and not getattr(request, "is_preview", False):
            return self.serve_submission(request, *args, **kwargs)
        return self.render_form(request, self.get_form(page=self, user=request.user))

    def serve_submission(self, request, *args, **kwargs):
        refused = guards.too_many_posts(request, self)
        if refused is not None:
            return refused
        if guards.honeypot_filled(request.POST):
            return self.render_landing_page(request)
        if self.places().closed:
            return self.render_form(request, None)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if form.is_valid():
            submission = self.process_form_submission(form)
            if submission is not None:
                sent = emails.send_confirmation(self, submission, request)
                emails.notify_editors(self, form, submission)
                return self.render_landing_page(request, submission, confirmation_sent=sent)
            # The last place went while this visitor was typing.
            return self.render_form(request, None)
        return self.render_form(request, form)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["places"] = self.places()
        # The events (or other pages) whose family registers a link to forms, e.g. their apply page.
        context["linked_pages"] = SimpleLazyObject(lambda: linking_pages(self))
        return context

    def render_form(self, request, form):
        """The page with ``form`` (``None``: the form is closed)."""
        context = self.get_context(request)
        context["form"] = form if not context["places"].closed else None
        return self._private(TemplateResponse(request, self.get_template(request), context))

    def render_landing_page(self, request, form_submission=None, *args, confirmation_sent=False, **kwargs):
        context = self.get_context(request)
        context["form_submission"] = form_submission
        context["confirmation_sent"] = confirmation_sent
        return self._private(TemplateResponse(request, self.get_landing_page_template(request), context))

    @staticmethod
    def _private(response):
        patch_cache_control(response, private=True, no_cache=True)
        return response
