"""The municipality's central PostgreSQL database: schema, sync functions, provisioning.

Kiosks never touch its tables. Each kiosk logs in with its own role, a member of the
no-login group `sammen_kiosk`, which may only call the functions in schema `sync`; they
run as `sammen_owner` (SECURITY DEFINER, fixed search_path) and find the kiosk's site
from `session_user`, never from the payload. Row-level security, enabled and forced on
every table with personal data, is the second wall.
"""

CENTRAL_SCHEMA_VERSION = 1
# The oldest kiosk schema the server still syncs with; older kiosks are told to upgrade.
MIN_CLIENT_SCHEMA = 2
