"""The office's screens: the overview opened every morning, and the daily input (activities,
follow-ups, the review of imported assessments, CP status)."""
