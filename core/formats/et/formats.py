# Django's Estonian locale defines dates and times but not their combination, so date-times
# would fall back to the American "okt. 16, 2023, 9 e.l.".
DATETIME_FORMAT = "j. F Y, H:i"
TIME_FORMAT = "H:i"
