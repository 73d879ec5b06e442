"""The schema revision this version of the application writes, in a module that loads nothing else.

A database already at it opens without loading Alembic at all, and the registry preview
(``store/registry_preview.py``) reads it before SQLAlchemy is loaded; a test checks it equals
Alembic's head.
"""

SCHEMA_REVISION = "0011"
