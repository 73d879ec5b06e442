"""SXSH Desktop: Cleaner Production rapid assessments, offline."""

__version__ = "0.1.0"

# Interchange and database formats move separately from the application version.
APP_NAME = "SXSH Desktop"
ORG_NAME = "SXSH"
