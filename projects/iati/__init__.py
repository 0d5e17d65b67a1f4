"""IATI 2.03 for project pages: the data editors add on the page's IATI tab (``models``,
``blocks``), the checks that decide whether a project can be published to IATI
(``readiness``), and the activity XML built from every published translation (``activity``)."""
