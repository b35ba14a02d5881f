"""The bash scripts of FrappeSite's Jobs: create, back up, restore and drop one site.

Like the bench's scripts they are idempotent, bounded in time, `set -euo pipefail` (a failing `bench`
fails the Job: no `| tee` swallowing its exit code), and run from the bench folder through the image's
entrypoint. Frappe facts they rely on (v15 and later): the database user is named like the database
(no `--db-user` before v16); `bench backup --backup-path`; file tars hold `./<site>/{public,private}/files`;
`bench --site <site> mariadb|postgres` runs the client as the site's user and passes stdin through.
"""
from __future__ import annotations

import textwrap

from frappe_k8s.constructs.bench_scripts import _WAIT_CONFIG, _WAIT_TCP

BACKUP_MOUNT = "/backups"  # where the backup volume is mounted in backup, restore and drop Jobs (env BACKUP_DIR)
# The platform's own files on the sites volume (markers, leftovers), as an absolute path: bench runs
# commands from sites/, so relative paths given to it would resolve there.
STATE_DIR = "${PWD}/sites/.frappe-k8s"

# Waits until the site's database user can log in: mariadb-operator creates user and grant asynchronously.
_WAIT_LOGIN = """\
client="$(command -v mariadb || command -v mysql)"
until MYSQL_PWD="${DB_PASSWORD}" "${client}" --host="${DB_HOST}" --port="${DB_PORT}" --user="${DB_NAME}" \\
    --execute='SELECT 1' "${DB_NAME}" >/dev/null 2>&1; do
  if ((SECONDS >= deadline)); then
    echo "FAIL: user ${DB_NAME} cannot log in to database ${DB_NAME} at ${DB_HOST}:${DB_PORT} after ${WAIT_SECONDS}s;" \\
      "check the Database, User and Grant objects of the site (kubectl describe)" >&2
    exit 1
  fi
  sleep 5
done
"""

CREATE_SITE = f"""\
set -euo pipefail
cd /home/frappe/frappe-bench
{_WAIT_TCP}{_WAIT_CONFIG.rstrip()}
if [ -f "sites/${{SITE}}/site_config.json" ]; then
  if [ -f "{STATE_DIR}/deactivated/${{SITE}}" ]; then  # present again after state: absent
    bench --site "${{SITE}}" set-maintenance-mode off
    bench --site "${{SITE}}" enable-scheduler
    rm -f "{STATE_DIR}/deactivated/${{SITE}}"
    echo "site ${{SITE}} is active again"
  else
    echo "site ${{SITE}} exists: nothing to do"
  fi
  exit 0
fi
retry=false
if [ -e "sites/${{SITE}}" ]; then
  # Frappe rolls a failed new-site back only on a terminal; keep what an earlier attempt left, out of the way
  leftover="{STATE_DIR}/failed/${{SITE}}-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "{STATE_DIR}/failed"
  mv "sites/${{SITE}}" "${{leftover}}"
  echo "moved the folder of an earlier failed attempt to ${{leftover}}"
  retry=true
fi
args=(new-site "${{SITE}}" --db-type "${{DB_TYPE}}" --db-name "${{DB_NAME}}" --db-password "${{DB_PASSWORD}}"
      --db-host "${{DB_HOST}}" --db-port "${{DB_PORT}}" --admin-password "${{ADMIN_PASSWORD}}")
if [ "${{DB_SETUP}}" = operator ]; then
{textwrap.indent(_WAIT_LOGIN, "  ").rstrip()}
  args+=(--no-setup-db)
else
  args+=(--db-root-username "${{DB_ROOT_USERNAME}}" --db-root-password "${{DB_ROOT_PASSWORD}}")
  # the failed attempt left its database (named after this site, never holding data): let Frappe replace it
  [ "${{retry}}" = false ] || args+=(--force)
  if [ "${{DB_TYPE}}" = mariadb ]; then  # let the site's user log in from any pod, not only the Job's
    if [[ "$(bench new-site --help)" == *--mariadb-user-host-login-scope* ]]; then  # Frappe 16 and later
      args+=(--mariadb-user-host-login-scope=%)
    else
      args+=(--no-mariadb-socket)
    fi
  fi
fi
for app in ${{INSTALL_APPS}}; do
  args+=(--install-app "${{app}}")
done
bench "${{args[@]}}"
echo "created site ${{SITE}} (apps: frappe ${{INSTALL_APPS}})"
"""

# One backup into <volume>/<site>/<UTC timestamp>/, complete or not at all (written under .partial, then
# renamed), then retention: the newest KEEP_LAST stay, any older one goes, and so does any older than
# MAX_AGE_DAYS except the newest. Then the optional restic copy of the new folder.
_BACKUP = """\
backup_site() {  # the folder that holds the site's backups
  local root="$1" stamp work
  stamp="$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "${root}"
  find "${root}" -mindepth 1 -maxdepth 1 -name '*.partial' -exec rm -rf {} +  # left by an interrupted run
  work="${root}/${stamp}.partial"
  mkdir "${work}"
  local args=(--site "${SITE}" backup --backup-path "${work}")
  [ "${WITH_FILES}" != true ] || args+=(--with-files)
  bench "${args[@]}"
  mv "${work}" "${root}/${stamp}"
  echo "backup ${root}/${stamp}: $(ls "${root}/${stamp}" | paste -sd' ')"
  local cutoff all i
  cutoff="$(date -u -d "@$(($(date -u +%s) - MAX_AGE_DAYS * 86400))" +%Y%m%dT%H%M%SZ)"
  mapfile -t all < <(find "${root}" -mindepth 1 -maxdepth 1 -type d -regextype posix-extended \\
    -regex '.*/[0-9]{8}T[0-9]{6}Z' -printf '%f\\n' | sort -r)
  for ((i = 1; i < ${#all[@]}; i++)); do
    if ((i >= KEEP_LAST)) || [[ "${all[i]}" < "${cutoff}" ]]; then
      rm -rf "${root:?}/${all[i]}"
      echo "removed backup ${all[i]} (keeping ${KEEP_LAST}, at most ${MAX_AGE_DAYS} days old)"
    fi
  done
  if [ -n "${RESTIC_REPOSITORY:-}" ]; then
    # One repository per site below the given one: sites back up at different minutes, and a shared one would
    # be locked by one site's prune while another backs up. Snapshots are grouped by host (the site), not by
    # path, since every backup has a path of its own.
    export RESTIC_REPOSITORY="${RESTIC_REPOSITORY%/}/${SITE}"
    restic cat config >/dev/null 2>&1 || restic init
    restic backup --host "${SITE}" --tag frappe-site "${root}/${stamp}"
    restic forget --host "${SITE}" --group-by host --keep-last "${RESTIC_KEEP_LAST}" --prune
  fi
}
"""

BACKUP_SITE = f"""\
set -euo pipefail
cd /home/frappe/frappe-bench
{_BACKUP}
if [ ! -f "sites/${{SITE}}/site_config.json" ]; then
  echo "FAIL: site ${{SITE}} does not exist on this bench; check its create Job" >&2
  exit 1
fi
backup_site "${{BACKUP_DIR}}/${{SITE}}"
"""

# Loads a backup with the site's own user (no root: Frappe's `bench restore` would drop and re-create the
# database as root), extracts the file tars as Frappe's restore does (`--strip-components 2`), migrates, and
# leaves a marker, so the Job re-created by a GitOps tool does not restore twice.
RESTORE_SITE = f"""\
set -euo pipefail
cd /home/frappe/frappe-bench
marker="{STATE_DIR}/restored/${{SITE}}-${{RESTORE_ID}}"
if [ -f "${{marker}}" ]; then
  echo "backup ${{BACKUP}} was restored into ${{SITE}} already (${{marker}}): nothing to do"
  exit 0
fi
source="${{BACKUP_DIR}}/${{BACKUP}}"
if [ ! -d "${{source}}" ]; then
  echo "FAIL: no backup folder ${{BACKUP}} on the backup volume (it has: $(ls "${{BACKUP_DIR}}/${{SITE}}" 2>/dev/null | paste -sd' '))" >&2
  exit 1
fi
deadline=$((SECONDS + WAIT_SECONDS))
until [ -f "sites/${{SITE}}/site_config.json" ]; do  # the create Job makes the site first
  if ((SECONDS >= deadline)); then
    echo "FAIL: site ${{SITE}} does not exist after ${{WAIT_SECONDS}}s; check its create Job" >&2
    exit 1
  fi
  sleep 5
done
shopt -s nullglob
dumps=("${{source}}"/*-database.sql.gz)
if [ "${{#dumps[@]}}" -ne 1 ]; then
  echo "FAIL: expected one *-database.sql.gz in ${{source}}, found ${{#dumps[@]}}" >&2
  exit 1
fi
restore() {{
  gunzip -c "${{dumps[0]}}" | bench --site "${{SITE}}" "${{DB_CONSOLE}}"
  echo "loaded ${{dumps[0]##*/}}"
  if [ "${{WITH_FILES}}" = true ]; then
    for archive in "${{source}}"/*-files.tar "${{source}}"/*-files.tgz; do
      case "${{archive}}" in *.tgz) mode=-xzf ;; *) mode=-xf ;; esac
      tar "${{mode}}" "${{archive}}" --strip-components 2 -C "sites/${{SITE}}"
      echo "extracted ${{archive##*/}}"
    done
  fi
  bench --site "${{SITE}}" migrate
  bench --site "${{SITE}}" clear-cache
}}
bench --site "${{SITE}}" set-maintenance-mode on
trap 'bench --site "${{SITE}}" set-maintenance-mode off || true' EXIT
# A pod's bash may be PID 1, which ignores an untrapped SIGTERM: trap it, so maintenance mode ends on a stop too.
trap 'echo "stopped: ending the restore" >&2; kill -TERM "${{pid}}" 2>/dev/null; exit 143' TERM INT
restore &
pid=$!
wait "${{pid}}"
mkdir -p "{STATE_DIR}/restored"
date -u +%Y-%m-%dT%H:%M:%SZ > "${{marker}}"
echo "restored ${{BACKUP}} into ${{SITE}}"
"""

# A last backup (onto the backup volume, else onto the sites volume, where it stays), then `bench drop-site`
# with root credentials: it drops the database and its user and moves the site folder aside, removed here.
DROP_SITE = f"""\
set -euo pipefail
cd /home/frappe/frappe-bench
{_BACKUP}
if [ ! -f "sites/${{SITE}}/site_config.json" ]; then
  echo "site ${{SITE}} is not on this bench (dropped already): nothing to do"
  exit 0
fi
rm -f "{STATE_DIR}/deactivated/${{SITE}}"
if [ -n "${{BACKUP_DIR:-}}" ]; then
  backup_site "${{BACKUP_DIR}}/${{SITE}}"
else
  backup_site "{STATE_DIR}/final-backups/${{SITE}}"
fi
archive="{STATE_DIR}/dropping"
rm -rf "${{archive:?}}/${{SITE}}"
mkdir -p "${{archive}}"
bench drop-site "${{SITE}}" --db-root-username "${{DB_ROOT_USERNAME}}" --db-root-password "${{DB_ROOT_PASSWORD}}" \\
  --archived-sites-path "${{archive}}" --no-backup --force
rm -rf "${{archive:?}}/${{SITE}}"
echo "dropped site ${{SITE}}: database, user and files; its last backup is kept. Now delete the site's objects that" \
  "prune protection keeps (see the render's note), or mariadb-operator re-creates an empty database and the user"
"""


# state: absent keeps the data but stops the site: maintenance mode (requests get 503, Frappe's scheduler skips
# sites in maintenance) and the scheduler off. The marker lets the create Job undo exactly this when the site is
# present again.
DEACTIVATE_SITE = f"""\
set -euo pipefail
cd /home/frappe/frappe-bench
if [ ! -f "sites/${{SITE}}/site_config.json" ]; then
  echo "site ${{SITE}} is not on this bench: nothing to stop"
  exit 0
fi
bench --site "${{SITE}}" set-maintenance-mode on
bench --site "${{SITE}}" disable-scheduler
mkdir -p "{STATE_DIR}/deactivated"
date -u +%Y-%m-%dT%H:%M:%SZ > "{STATE_DIR}/deactivated/${{SITE}}"
echo "site ${{SITE}} is stopped (maintenance mode, scheduler off); its data is kept"
"""
