"""ISO 4217 currencies from CLDR (Babel), for cost and budget fields."""

from babel import Locale as BabelLocale
from babel.numbers import list_currencies
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Legal tender today, not historical codes; names in English for the admin's select list.
_ENGLISH = BabelLocale.parse("en")
CURRENCY_CHOICES = sorted(
    ((code, f"{code} — {_ENGLISH.currencies.get(code, code)}") for code in list_currencies() if len(code) == 3),
    key=lambda choice: choice[0],
)
CURRENCY_CODES = {code for code, _label in CURRENCY_CHOICES}


def validate_currency(value):
    if value and value.upper() not in CURRENCY_CODES:
        raise ValidationError(_("“%(code)s” is not an ISO 4217 currency code."), params={"code": value})
