# Django's Ukrainian formats pad the day ("01 березня"); Ukrainian writes "1 березня 2024 р.".
DATE_FORMAT = "j E Y р."
DATETIME_FORMAT = "j E Y р. H:i"
