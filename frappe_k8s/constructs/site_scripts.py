"""The bash scripts of FrappeSite's Jobs: create, back up, restore and drop one site.

Like the bench's scripts they are idempotent, bounded in time, `set -euo pipefail` (a failing `bench`
fails the Job: no `| tee` swallowing its exit code), and run from the bench folder. Frappe facts they rely
on are cited from frappe/frappe at version-15 (15.44.2, 2024-10-15; the v15.41.2 image holds the newest v15
release of 2024-11-08, as frappe_docker's .github/scripts/get_latest_tags.py picks it): the database user is
named like the database (no `--db-user` before v16); `bench backup --backup-path`; file tars hold
`./<site>/{public,private}/files`; `bench --site <site> mariadb|postgres` runs the client as the site's user
and passes stdin through.

A site counts as created only through the marker CREATE_SITE writes after `bench new-site` exits 0
(bench_scripts.CREATED_MARKER_DIR); every other script waits for or checks that marker, never for
site_config.json, which Frappe writes first.
"""
from __future__ import annotations

import textwrap

from frappe_k8s.constructs.bench_scripts import (_CREATED_SITES, _WAIT_CONFIG, _WAIT_TCP, CREATED_MARKER_DIR,
                                                 DEACTIVATED_MARKER_DIR, STATE_DIR as _STATE)

BACKUP_MOUNT = "/backups"  # where the backup volume is mounted in backup, restore and drop Jobs (env BACKUP_DIR)
# The platform's own files on the sites volume (markers, leftovers), as an absolute path: bench runs
# commands from sites/, so relative paths given to it would resolve there.
STATE_DIR = "${PWD}/" + _STATE
CREATED = "${PWD}/" + CREATED_MARKER_DIR + "/${SITE}"
DEACTIVATED = "${PWD}/" + DEACTIVATED_MARKER_DIR + "/${SITE}"

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

# Empties the site's database as its own user (operator mode, where the database is mariadb-operator's and
# must stay): what a killed `bench new-site` left would make the next one fail on duplicate records.
_EMPTY_DATABASE = """\
empty_database() {
  local drops
  drops="$(MYSQL_PWD="${DB_PASSWORD}" "${client}" --host="${DB_HOST}" --port="${DB_PORT}" --user="${DB_NAME}" \\
    --batch --skip-column-names --execute="SELECT CONCAT(IF(table_type = 'VIEW', 'DROP VIEW', 'DROP TABLE'),
    ' IF EXISTS \\`', table_name, '\\`;') FROM information_schema.tables WHERE table_schema = DATABASE()" "${DB_NAME}")"
  if [ -n "${drops}" ]; then
    printf 'SET FOREIGN_KEY_CHECKS = 0;\\n%s\\n' "${drops}" | MYSQL_PWD="${DB_PASSWORD}" "${client}" \\
      --host="${DB_HOST}" --port="${DB_PORT}" --user="${DB_NAME}" "${DB_NAME}"
    echo "emptied database ${DB_NAME} ($(grep -c . <<< "${drops}") tables left by the failed attempt)"
  fi
}
"""

# Writes keys into sites/<site>/site_config.json as Frappe's update_site_config does (sorted, indent 1), under
# the same lock: Frappe takes an flock on sites/<site>/locks/site_config.lock (frappe/installer.py
# update_site_config -> frappe/utils/synchronization.py filelock, py-filelock's UnixFileLock uses flock(2)).
_SET_SITE_CONFIG = """\
set_site_config() {  # site, then jq arguments: a filter applied to the site's config
  local site="$1" config="sites/$1/site_config.json"
  shift
  mkdir -p "sites/${site}/locks"
  (
    flock 9
    jq -S --indent 1 "$@" "${config}" > "${config}.tmp"
    mv "${config}.tmp" "${config}"
  ) 9> "sites/${site}/locks/site_config.lock"
}
"""

# siteConfig: plain keys (SITE_CONFIG, JSON) and keys whose values come from Secrets (SITE_CONFIG_FROM_ENV maps
# each key to the env variable the Job fills from the Secret). Keys set last time but no longer wanted are
# removed; keys set by hand are left alone.
_APPLY_SITE_CONFIG = f"""\
{_SET_SITE_CONFIG}apply_site_config() {{
  local keys_file="{STATE_DIR}/site-config/${{SITE}}.json" previous='[]' secrets
  [ ! -f "${{keys_file}}" ] || previous="$(cat "${{keys_file}}")"
  secrets="$(jq -n --argjson names "${{SITE_CONFIG_FROM_ENV}}" '$names | map_values(env[.] // error("no value"))')"
  set_site_config "${{SITE}}" --argjson previous "${{previous}}" --argjson wanted "${{SITE_CONFIG}}" \\
    --argjson secrets "${{secrets}}" 'reduce $previous[] as $key (.; del(.[$key])) + $wanted + $secrets'
  mkdir -p "$(dirname "${{keys_file}}")"
  jq -n -c --argjson wanted "${{SITE_CONFIG}}" --argjson secrets "${{SITE_CONFIG_FROM_ENV}}" \\
    '$wanted + $secrets | keys' > "${{keys_file}}"
  echo "site config of ${{SITE}}: keys $(paste -sd' ' <<< "$(jq -r '.[]' "${{keys_file}}")") (removed: $(jq -r -n \\
    --argjson previous "${{previous}}" --slurpfile now "${{keys_file}}" '$previous - $now[0] | join(" ")'))"
}}
"""

# One create Job of a site at a time. Argo CD and Flux replace a create Job whose spec changed (a new siteConfig)
# while the old pod may still run: bash as PID 1 ignores SIGTERM, so it runs until its grace period ends. Without
# the lock the new Job would take the running attempt for a failed one and move its folder aside. flock(2) holds
# across the pods of a bench on CephFS, NFS and EFS, and ends with the process that held it.
_ONE_CREATE_AT_A_TIME = f"""\
mkdir -p "{STATE_DIR}/locks"
exec 8> "{STATE_DIR}/locks/create-${{SITE}}.lock"
if ! flock -w "$((deadline > SECONDS ? deadline - SECONDS : 1))" 8; then
  echo "FAIL: another create Job of ${{SITE}} still runs after ${{WAIT_SECONDS}}s; let it end, then delete this Job" >&2
  exit 1
fi
"""

# Creates the site once, then keeps its siteConfig. "Created" is the marker written after `bench new-site`
# exits 0, never site_config.json: Frappe writes that file before any database work (frappe/installer.py
# _new_site -> install_db -> make_conf -> make_site_config) and does not roll a failed new-site back
# (frappe/commands/site.py new_site has no rollback on version-15; later ones roll back only when stdin is a
# terminal: `if sys.__stdin__.isatty() and click.confirm(...)`). An attempt that did not finish (the `creating`
# marker, or a folder without the created marker) is moved aside and its database replaced or emptied before
# the next one. Sites made before these markers existed are adopted when Frappe lists every app as installed. A
# site present again after state: absent is migrated before it serves: upgrades skip stopped sites.
CREATE_SITE = f"""\
set -euo pipefail
cd /home/frappe/frappe-bench
{_WAIT_TCP}{_WAIT_CONFIG}{_APPLY_SITE_CONFIG}{_EMPTY_DATABASE}
created="{CREATED}"
creating="{STATE_DIR}/creating/${{SITE}}"
{_ONE_CREATE_AT_A_TIME}mark_created() {{
  mkdir -p "$(dirname "${{created}}")"
  date -u +%Y-%m-%dT%H:%M:%SZ > "${{created}}"
  rm -f "${{creating}}"
}}
if [ ! -f "${{created}}" ] && [ ! -e "${{creating}}" ] && [ -f "sites/${{SITE}}/site_config.json" ]; then
  # made by an earlier frappe-k8s, which kept no marker: adopt it only if every app is installed
  installed="$(bench --site "${{SITE}}" list-apps --format json 2>/dev/null | sed -n '/^{{/,$p' \\
    | jq -r --arg site "${{SITE}}" '.[$site][]?' | paste -sd' ' || true)"
  missing=""
  for app in frappe ${{INSTALL_APPS}}; do
    [[ " ${{installed}} " == *" ${{app}} "* ]] || missing+=" ${{app}}"
  done
  if [ -z "${{missing}}" ]; then
    mark_created
    echo "adopted site ${{SITE}}, created before frappe-k8s kept markers (apps: ${{installed}})"
  else
    echo "site ${{SITE}} has a site_config.json but not the apps${{missing}}: a failed attempt, created again"
  fi
fi
if [ -f "${{created}}" ]; then
  if [ -f "{DEACTIVATED}" ]; then  # present again after state: absent; upgrades skipped it meanwhile
    bench --site "${{SITE}}" migrate
    bench --site "${{SITE}}" set-maintenance-mode off
    bench --site "${{SITE}}" enable-scheduler
    rm -f "{DEACTIVATED}"
    echo "site ${{SITE}} is active again"
  else
    echo "site ${{SITE}} exists: nothing to create"
  fi
  apply_site_config
  exit 0
fi
help="$(bench new-site --help)"
if [ "${{DB_SETUP}}" = operator ] && [[ "${{help}}" != *--no-setup-db* ]]; then
  echo "FAIL: this image's Frappe has no 'bench new-site --no-setup-db', which a site on a mariadb-operator database" \\
    "needs (version-15 has it from frappe/frappe#27626, September 2024, on); use a newer image" >&2
  exit 1
fi
retry=false
if [ -e "${{creating}}" ] || [ -e "sites/${{SITE}}" ]; then
  retry=true
  if [ -e "sites/${{SITE}}" ]; then  # keep what the failed attempt left, out of the way
    leftover="{STATE_DIR}/failed/${{SITE}}-$(date -u +%Y%m%dT%H%M%SZ)"
    mkdir -p "{STATE_DIR}/failed"
    mv "sites/${{SITE}}" "${{leftover}}"
    echo "moved the folder of an earlier failed attempt to ${{leftover}}"
  fi
fi
args=(new-site "${{SITE}}" --db-type "${{DB_TYPE}}" --db-name "${{DB_NAME}}" --db-password "${{DB_PASSWORD}}"
      --db-host "${{DB_HOST}}" --db-port "${{DB_PORT}}" --admin-password "${{ADMIN_PASSWORD}}")
if [ "${{DB_SETUP}}" = operator ]; then
{textwrap.indent(_WAIT_LOGIN, "  ").rstrip()}
  [ "${{retry}}" = false ] || empty_database
  args+=(--no-setup-db)
else
  args+=(--db-root-username "${{DB_ROOT_USERNAME}}" --db-root-password "${{DB_ROOT_PASSWORD}}")
  # the failed attempt left its database and user (named after this site, never holding data): Frappe drops
  # and re-creates them only with --force (frappe/database/mariadb/setup_db.py setup_database)
  [ "${{retry}}" = false ] || args+=(--force)
  if [ "${{DB_TYPE}}" = mariadb ]; then  # let the site's user log in from any pod, not only the Job's
    if [[ "${{help}}" == *--mariadb-user-host-login-scope* ]]; then  # Frappe 16 and later
      args+=(--mariadb-user-host-login-scope=%)
    else
      args+=(--no-mariadb-socket)
    fi
  fi
fi
for app in ${{INSTALL_APPS}}; do
  args+=(--install-app "${{app}}")
done
mkdir -p "$(dirname "${{creating}}")"
date -u +%Y-%m-%dT%H:%M:%SZ > "${{creating}}"
bench "${{args[@]}}"
apply_site_config
mark_created
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
{_BACKUP}{_CREATED_SITES}
if ! site_created "${{SITE}}"; then
  echo "FAIL: site ${{SITE}} is not created on this bench (yet), or an install runs in it; check its create Job" >&2
  exit 1
fi
backup_site "${{BACKUP_DIR}}/${{SITE}}"
"""

# Loads a backup with the site's own user (no root: Frappe's `bench restore` would drop and re-create the
# database as root), brings back the backup's encryption_key, extracts the file tars as Frappe's restore does
# (`tar xvf --strip 2` in the site folder: frappe/installer.py extract_files), migrates, and leaves a marker,
# so the Job re-created by a GitOps tool does not restore twice. Password fields in the dump are encrypted with
# the key of the site that was backed up, kept in its site_config.json, which `bench backup` copies to
# `*-site_config_backup.json` (frappe/utils/backups.py copy_site_config); `bench restore` keeps the target's own
# key (frappe/commands/site.py _restore), and every password then fails with "Encryption key is invalid".
# It waits for the site's created marker, so a restore started while the site is being created waits for it.
RESTORE_SITE = f"""\
set -euo pipefail
cd /home/frappe/frappe-bench
{_SET_SITE_CONFIG}{_CREATED_SITES}
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
until site_created "${{SITE}}"; do  # the create Job makes the site first, to its end
  if ((SECONDS >= deadline)); then
    echo "FAIL: site ${{SITE}} is not created (or an install runs in it) after ${{WAIT_SECONDS}}s; check its create Job" >&2
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
configs=("${{source}}"/*-site_config_backup.json)
key=""
if [ "${{#configs[@]}}" -eq 1 ]; then
  key="$(jq -r '.encryption_key // empty' "${{configs[0]}}")"
fi
restore() {{
  gunzip -c "${{dumps[0]}}" | bench --site "${{SITE}}" "${{DB_CONSOLE}}"
  echo "loaded ${{dumps[0]##*/}}"
  if [ -n "${{key}}" ]; then
    set_site_config "${{SITE}}" --arg key "${{key}}" '.encryption_key = $key'
    echo "restored the encryption key of ${{configs[0]##*/}}"
  else
    echo "WARNING: the backup has no site_config_backup.json with an encryption_key: the site keeps its own," \\
      "and passwords saved on the backed-up site cannot be decrypted" >&2
  fi
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
trap 'echo "stopped: ending the restore" >&2; [ -z "${{pid:-}}" ] || kill -TERM "${{pid}}" 2>/dev/null; exit 143' TERM INT
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
  rm -f "{CREATED}" "{DEACTIVATED}"
  exit 0
fi
if [ -f "{CREATED}" ]; then  # a half-created site has nothing worth a backup, and its backup would fail
  if [ -n "${{BACKUP_DIR:-}}" ]; then
    backup_site "${{BACKUP_DIR}}/${{SITE}}"
  else
    backup_site "{STATE_DIR}/final-backups/${{SITE}}"
  fi
fi
archive="{STATE_DIR}/dropping"
rm -rf "${{archive:?}}/${{SITE}}"
mkdir -p "${{archive}}"
bench drop-site "${{SITE}}" --db-root-username "${{DB_ROOT_USERNAME}}" --db-root-password "${{DB_ROOT_PASSWORD}}" \\
  --archived-sites-path "${{archive}}" --no-backup --force
rm -rf "${{archive:?}}/${{SITE}}"
rm -f "{CREATED}" "{DEACTIVATED}" "{STATE_DIR}/site-config/${{SITE}}.json"
echo "dropped site ${{SITE}}: database, user and files; its last backup is kept. Now delete the site's objects that" \
  "prune protection keeps (see the render's note), or mariadb-operator re-creates an empty database and the user"
"""


# state: absent keeps the data but stops the site: maintenance mode (requests get 503, Frappe's scheduler skips
# sites in maintenance) and the scheduler off. The marker lets the create Job undo exactly this when the site is
# present again.
DEACTIVATE_SITE = f"""\
set -euo pipefail
cd /home/frappe/frappe-bench
if [ ! -f "{CREATED}" ]; then
  echo "site ${{SITE}} is not created on this bench: nothing to stop"
  exit 0
fi
bench --site "${{SITE}}" set-maintenance-mode on
bench --site "${{SITE}}" disable-scheduler
mkdir -p "$(dirname "{DEACTIVATED}")"
date -u +%Y-%m-%dT%H:%M:%SZ > "{DEACTIVATED}"
echo "site ${{SITE}} is stopped (maintenance mode, scheduler off); its data is kept"
"""
