"""The reader's choices: what to follow, how often, in which language — and, to sign up, the
address, the consent and a honeypot.

What can be followed is not known here: it is every ``core.follow`` facet the families register,
merged by kind (two families may both offer donors) into one group of checkboxes per kind, named
in the language of the page. A value that is not offered is a form error when posted and a
note when it came in a link (``?tag=…``): links in old e-mails and on other sites outlive tags.
"""

from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Locale

from core.follow import follow_facets
from core.languages import current_language

from .models import FollowedValue, Frequency, Subscription
from .tokens import pending_days

#: A text field people never see: a value in it was typed by a program (``guards``).
HONEYPOT_FIELD = "website__address"
#: Field names of the form itself; a facet kind with one of these names is not offered.
RESERVED_NAMES = {"email", "everything", "frequency", "language", "consent", HONEYPOT_FIELD}


@dataclass
class FollowKind:
    """One group of checkboxes: the facets of a kind, merged."""

    kind: str
    label: str
    choices: list = field(default_factory=list)
    order: int = 50

    @property
    def names(self):
        return dict(self.choices)


def follow_kinds(language):
    """``[FollowKind]`` offered in ``language``, in form order, named in that language.

    ``facet.choices`` is called with the :class:`wagtail.models.Locale` of ``language`` (``None`` if
    the portal has no such locale), inside ``translation.override(language)`` so facets whose
    names are gettext strings answer in that language too.
    """
    locale = Locale.objects.filter(language_code=language).first()
    kinds = []
    with translation.override(language):
        for kind, facets in follow_facets().items():
            if kind in RESERVED_NAMES:
                continue
            facets = sorted(facets, key=lambda facet: facet.order)
            merged = {}
            for facet in facets:
                for value, name in facet.choices(locale):
                    merged.setdefault(str(value), str(name))
            if merged:  # a kind with nothing to choose yet (no tags used) is not offered
                kinds.append(
                    FollowKind(kind=kind, label=str(facets[0].label), choices=list(merged.items()), order=facets[0].order)
                )
    kinds.sort(key=lambda item: item.order)
    return kinds


def language_choices():
    """The portal's languages named in their own language (``Українська``, not "Ukrainian")."""
    names = getattr(settings, "LANGUAGE_NATIVE_NAMES", {})
    return [(code, names.get(code, name)) for code, name in settings.LANGUAGES]


def describe(subscription, kinds=None):
    """``[(kind label, [value names])]`` a subscription follows, in its language (e-mails, pages).

    A value no longer offered (a tag merged away) is shown as it was stored.
    """
    kinds = kinds if kinds is not None else follow_kinds(subscription.language)
    followed = {}
    for kind, value in subscription.follows.values_list("kind", "value"):
        followed.setdefault(kind, []).append(value)
    rows = []
    for group in kinds:
        values = followed.pop(group.kind, [])
        if values:
            rows.append((group.label, sorted((group.names.get(value, value) for value in values), key=str.casefold)))
    for kind, values in followed.items():  # a kind no family offers any more
        rows.append((kind, sorted(values, key=str.casefold)))
    return rows


class SubscriptionChoicesForm(forms.Form):
    """What to follow, how often, in which language: the manage page's form, and the heart of
    the sign-up form."""

    def __init__(self, *args, language=None, subscription=None, **kwargs):
        self.subscription = subscription
        self.page_language = language or current_language()
        self.kinds = follow_kinds(self.page_language)
        super().__init__(*args, **kwargs)
        self.fields["everything"] = forms.BooleanField(
            label=_("Everything new on the portal"),
            help_text=_("Every news item, event and project published in the language of your e-mails."),
            required=False,
        )
        kept = self._followed_values()
        for group in self.kinds:
            choices = list(group.choices)
            # The manage page keeps what a subscriber follows even when it is no longer offered.
            offered = group.names
            choices += [(value, value) for value in kept.get(group.kind, []) if value not in offered]
            self.fields[group.kind] = forms.MultipleChoiceField(
                label=group.label,
                choices=choices,
                required=False,
                widget=forms.CheckboxSelectMultiple,
                error_messages={"invalid_choice": _("“%(value)s” is not one of the choices offered here.")},
            )
        self.fields["frequency"] = forms.ChoiceField(
            label=_("How often"),
            choices=Frequency.choices,
            initial=Frequency.IMMEDIATE,
            widget=forms.RadioSelect,
        )
        self.fields["language"] = forms.ChoiceField(
            label=_("Language of the e-mails"),
            help_text=_("You receive what is published in this language."),
            choices=language_choices(),
            initial=self.page_language,
            widget=forms.RadioSelect,
        )
        if subscription is not None and not self.is_bound:
            self.initial.update(self.initial_from(subscription))

    def _followed_values(self):
        if self.subscription is None or self.subscription.pk is None:
            return {}
        kept = {}
        for kind, value in self.subscription.follows.values_list("kind", "value"):
            kept.setdefault(kind, []).append(value)
        return kept

    @staticmethod
    def initial_from(subscription):
        initial = {"everything": subscription.everything, "frequency": subscription.frequency, "language": subscription.language}
        for kind, value in subscription.follows.values_list("kind", "value"):
            initial.setdefault(kind, []).append(value)
        return initial

    def full_clean(self):
        super().full_clean()
        # A field is described by its help and its error (groups of choices: their fieldset).
        for bound in self:
            if _is_group(bound):
                continue
            described_by = [f"{bound.auto_id}_helptext"] if bound.help_text else []
            if bound.errors:
                described_by.append(f"{bound.auto_id}_error")
            if described_by:
                bound.field.widget.attrs["aria-describedby"] = " ".join(described_by)

    @property
    def follow_fields(self):
        """The checkbox groups, one per kind, in order (the template's fieldsets)."""
        return [self[group.kind] for group in self.kinds]

    def followed(self):
        """``[(kind, value)]`` chosen (none when "Everything" is)."""
        if self.cleaned_data.get("everything"):
            return []
        return [(group.kind, value) for group in self.kinds for value in self.cleaned_data.get(group.kind, [])]

    def clean(self):
        cleaned = super().clean()
        follow_errors = any(self.has_error(group.kind) for group in self.kinds)
        if not follow_errors and not cleaned.get("everything") and not self.followed():
            self.add_error("everything", _("Choose at least one thing to follow, or “Everything”."))
        return cleaned

    def clean_language(self):
        language = self.cleaned_data["language"]
        subscription = self.subscription
        changed = subscription is not None and subscription.pk and language != subscription.language
        if changed and Subscription.objects.filter(email=subscription.email, language=language).exists():
            raise forms.ValidationError(
                _("This address already has a subscription in that language; change it with the link in its e-mails.")
            )
        return language

    @property
    def error_links(self):
        """``[(anchor, text)]`` for the summary above the form, each linking to its field (a group
        of choices to its first choice)."""
        links = []
        for bound in self:
            if bound.name == HONEYPOT_FIELD:
                continue
            anchor = (
                f"{bound.auto_id}_0"
                if isinstance(bound.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple)
                else bound.id_for_label
            )
            for error in bound.errors:
                links.append((anchor, error if bound.name in ("consent", "everything") else f"{bound.label}: {error}"))
        return links

    @transaction.atomic
    def apply(self, subscription):
        """Write the choices into ``subscription`` (saved) and replace what it follows."""
        subscription.everything = bool(self.cleaned_data.get("everything"))
        subscription.frequency = self.cleaned_data["frequency"]
        subscription.language = self.cleaned_data["language"]
        subscription.save()
        subscription.follows.all().delete()
        FollowedValue.objects.bulk_create(
            FollowedValue(subscription=subscription, kind=kind, value=value) for kind, value in self.followed()
        )
        return subscription


def _is_group(bound):
    """Radio buttons or checkboxes: a fieldset, whose first choice a link to it goes to."""
    return isinstance(bound.field.widget, forms.RadioSelect)  # CheckboxSelectMultiple is one too


def consent_text():
    days = pending_days()
    return ngettext(
        "I agree that the portal stores my e-mail address, the language and the choices above, and when I signed up "
        "and confirmed, to send me these e-mails. They are kept until I cancel the subscription (a link in every "
        "e-mail does it); if I do not confirm within %(days)s day, the sign-up is deleted.",
        "I agree that the portal stores my e-mail address, the language and the choices above, and when I signed up "
        "and confirmed, to send me these e-mails. They are kept until I cancel the subscription (a link in every "
        "e-mail does it); if I do not confirm within %(days)s days, the sign-up is deleted.",
        days,
    ) % {"days": days}


class SubscribeForm(SubscriptionChoicesForm):
    """The sign-up form: an address, the choices, the consent, and the honeypot."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"] = forms.EmailField(
            label=_("Your e-mail address"),
            max_length=254,
            help_text=_("We send a link there; nothing else is sent until you open it."),
            widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
            error_messages={"invalid": _("Enter the whole address, like name@example.org.")},
        )
        self.fields["consent"] = forms.BooleanField(
            label=consent_text(),
            error_messages={"required": _("Please agree to how we keep your address: without it we cannot send you e-mails.")},
        )
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        self.order_fields(["email"])

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    def preselect(self, query):
        """Tick the choices a link names (``?tag=open-data&region=lviv-oblast``); returns
        ``[(kind label, value)]`` of the values that are not offered, which are left out."""
        ignored = []
        for group in self.kinds:
            offered = group.names
            for value in query.getlist(group.kind):
                value = value.strip()[:255]
                if not value:
                    continue
                if value in offered:
                    self.initial.setdefault(group.kind, [])
                    if value not in self.initial[group.kind]:
                        self.initial[group.kind].append(value)
                else:
                    ignored.append((group.label, value))
        return ignored
