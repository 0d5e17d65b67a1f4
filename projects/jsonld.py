"""A project page as a schema.org ``Project``.

``Project`` — "an enterprise … planned to achieve a particular aim" — is the closest fit: it is an
``Organization`` subtype, so it carries ``funder``, ``areaServed``, ``foundingDate`` /
``dissolutionDate`` for the period and ``funding`` (a ``MonetaryGrant``) for the budget, which
``CreativeWork`` or a plain ``Organization`` could not say as well.
"""

from core.jsonld import organization, without_unknowns


def area_served(community):
    """A community as an ``AdministrativeArea``, inside its region, with coordinates when known."""
    area = {"@type": "AdministrativeArea", "name": community.name}
    if community.region:
        area["containedInPlace"] = {"@type": "AdministrativeArea", "name": community.region.name}
    if community.latitude is not None:
        area["geo"] = {"@type": "GeoCoordinates", "latitude": str(community.latitude), "longitude": str(community.longitude)}
    return area


def project_json_ld(page, request, data):
    """``data`` (the base page description) completed for a ``ProjectPage``."""
    donors = [organization(org) for org in page.donors]
    data.pop("inLanguage", None)  # a Project is an Organization: schema.org gives it no language
    data.update(
        {
            "foundingDate": page.start_date.isoformat() if page.start_date else None,
            "dissolutionDate": page.end_date.isoformat() if page.end_date else None,
            "funder": donors or None,
            "parentOrganization": [organization(org) for org in page.implementers] or None,
            "areaServed": [area_served(community) for community in page.community_list] or None,
        }
    )
    if page.budget_amount is not None:
        data["funding"] = {
            "@type": "MonetaryGrant",
            "amount": {"@type": "MonetaryAmount", "value": str(page.budget_amount), "currency": page.budget_currency},
            **({"funder": donors} if donors else {}),
        }
    if page.contact_phone:
        # No e-mail here: the page hides it from harvesters, and JSON-LD would give it away.
        data["contactPoint"] = {"@type": "ContactPoint", "name": page.contact_name, "telephone": page.contact_phone}
    return without_unknowns(data)
