"""The bash scripts FrappeBench's jobs and init containers run, kept apart so they read as scripts.

Every script is idempotent (safe to run again after a failure or a re-sync), bounded in time,
and fails with a message that says what it waited for. They run through the image's entrypoint
(only `args` are set), from the bench folder /home/frappe/frappe-bench.
"""
from __future__ import annotations

_WAIT_TCP = """\
deadline=$((SECONDS + WAIT_SECONDS))
wait_tcp() {  # what host port
  until (exec 3<>"/dev/tcp/$2/$3") 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      echo "FAIL: $1 at $2:$3 is not reachable after ${WAIT_SECONDS}s" >&2
      exit 1
    fi
    sleep 2
  done
  echo "$1 at $2:$3 is reachable"
}
for target in ${WAIT_FOR}; do  # name=host:port
  name="${target%%=*}" address="${target#*=}"
  wait_tcp "${name}" "${address%:*}" "${address##*:}"
done
"""

_WAIT_CONFIG = """\
config=sites/common_site_config.json
until jq -e '.db_host and .redis_cache and .redis_queue' "${config}" >/dev/null 2>&1; do
  if ((SECONDS >= deadline)); then
    echo "FAIL: ${config} has no db_host, redis_cache and redis_queue after ${WAIT_SECONDS}s; check the configure Job" >&2
    exit 1
  fi
  sleep 5
done
"""

# Checks the image has the apps the bench declares, writes sites/apps.txt and the keys of common_site_config.json this bench manages. Keys it manages
# but no longer sets (say bench_id was removed) are deleted; every other key is kept.
CONFIGURE = f"""\
set -euo pipefail
cd /home/frappe/frappe-bench
{_WAIT_TCP}
for app in ${{EXPECTED_APPS}}; do
  if [ ! -d "apps/${{app}}" ]; then
    echo "FAIL: the image has no app '${{app}}' (it has: $(ls -1 apps | paste -sd' ')); fix the bench's apps or image" >&2
    exit 1
  fi
done
ls -1 apps > sites/apps.txt.tmp
mv sites/apps.txt.tmp sites/apps.txt
config=sites/common_site_config.json
[ -s "${{config}}" ] || echo '{{}}' > "${{config}}"
jq --argjson managed "${{MANAGED_KEYS}}" --argjson wanted "${{COMMON_SITE_CONFIG}}" \\
  'reduce $managed[] as $key (.; del(.[$key])) + $wanted' "${{config}}" > "${{config}}.tmp"
mv "${{config}}.tmp" "${{config}}"
echo "apps: $(paste -sd, sites/apps.txt)"
jq -S --argjson managed "${{MANAGED_KEYS}}" 'with_entries(select(.key as $k | $managed | index($k)))' "${{config}}"
"""

# The platform's own state on the sites volume, next to the sites (Frappe lists sites as folders with a
# site_config.json and skips dot-folders: frappe/utils/__init__.py get_sites, version-15).
STATE_DIR = "sites/.frappe-k8s"
CREATED_MARKER_DIR = f"{STATE_DIR}/created"          # <site>: `bench new-site` exited 0 (site_scripts.CREATE_SITE)
DEACTIVATED_MARKER_DIR = f"{STATE_DIR}/deactivated"  # <site>: stopped by state: absent (site_scripts.DEACTIVATE_SITE)
MIGRATED_MARKER_DIR = f"{STATE_DIR}/migrated"        # <image id>: pods of that image may start

# The sites a bench command may work on: created to the end by the create Job. A folder with a site_config.json
# alone proves nothing: Frappe writes it before any database work (frappe/installer.py install_db -> make_conf
# -> make_site_config, version-15) and, outside a terminal, never removes it when new-site fails. Nor may an
# install run in the site: Frappe before version-15 (and a `bench reinstall` or `restore` of it, which go through
# _new_site) holds sites/<site>/locks/installing.lock from before install_db until every app is installed, and
# leaves it behind when one fails (frappe/installer.py _new_site, version-14). Version-15 locks with flock on
# locks/bench_new_site.lock instead, which stays after the lock is released and so proves nothing either way.
_CREATED_SITES = f"""\
site_created() {{  # site
  [ -f "{CREATED_MARKER_DIR}/$1" ] && [ -f "sites/$1/site_config.json" ] && [ ! -e "sites/$1/locks/installing.lock" ]
}}
created_sites() {{  # one per line
  local marker
  for marker in "{CREATED_MARKER_DIR}"/*; do
    ! site_created "${{marker##*/}}" || echo "${{marker##*/}}"
  done
  return 0
}}
"""

# Runs once per image, site by site: maintenance mode on, `bench --site <site> migrate`, maintenance mode off.
# `bench --site all migrate` would stop at the first failing site with the earlier ones migrated and the later
# ones not (frappe/commands/site.py migrate: a plain loop over context.sites, version-15). Here a failing site
# stays in maintenance mode (its schema is between two versions) and is named; the others are served. Sites
# stopped by state: absent are skipped and stay in maintenance mode. Each migrated site leaves a marker under
# <image>.sites/, so a retry of the Job only retries what failed. The image's marker, written once every site
# was tried, lets the new image's pods start: a failing site must not keep the others on the old code.
# bash as PID 1 ignores SIGTERM unless it traps it, so each migration runs in the background and the trap
# ends it (the site it was migrating stays in maintenance mode). apps.txt is written here too: under Flux
# this Job may run before the new image's configure Job does.
MIGRATE = f"""\
set -euo pipefail
cd /home/frappe/frappe-bench
{_CREATED_SITES}
marker="{MIGRATED_MARKER_DIR}/${{IMAGE_ID}}"
done_dir="{MIGRATED_MARKER_DIR}/${{IMAGE_ID}}.sites"
deadline=$((SECONDS + WAIT_SECONDS))
{_WAIT_CONFIG}
ls -1 apps > sites/apps.txt.tmp
mv sites/apps.txt.tmp sites/apps.txt
mapfile -t sites < <(created_sites)
pending=() skipped=()
for site in "${{sites[@]}}"; do
  if [ -f "{DEACTIVATED_MARKER_DIR}/${{site}}" ]; then
    skipped+=("${{site}}")
  elif [ ! -f "${{done_dir}}/${{site}}" ]; then
    pending+=("${{site}}")
  fi
done
if [ -e "${{marker}}" ] && ((${{#pending[@]}} == 0)); then
  echo "image ${{IMAGE_ID}} is migrated already"
  exit 0
fi
current=""
trap 'echo "stopped while migrating ${{current:-no site}}; it stays in maintenance mode" >&2
  [ -z "${{pid:-}}" ] || kill -TERM "${{pid}}" 2>/dev/null; exit 143' TERM INT
migrate_site() {{  # site
  bench --site "$1" set-maintenance-mode on || return
  bench --site "$1" migrate &
  pid=$!
  wait "${{pid}}" || return
  bench --site "$1" set-maintenance-mode off
}}
mkdir -p "${{done_dir}}"
migrated=() failed=()
for site in "${{pending[@]}}"; do
  current="${{site}}"
  if migrate_site "${{site}}"; then
    touch "${{done_dir}}/${{site}}"
    migrated+=("${{site}}")
    echo "migrated ${{site}}"
  else
    failed+=("${{site}}")
    echo "FAIL: the migration of ${{site}} failed; it stays in maintenance mode, the other sites are served" >&2
  fi
done
current=""
touch "${{marker}}"
echo "image ${{IMAGE_ID}}: migrated [${{migrated[*]}}] failed [${{failed[*]}}] skipped, deactivated [${{skipped[*]}}]"
if ((${{#failed[@]}} > 0)); then
  echo "FAIL: ${{#failed[@]}} site(s) failed to migrate: ${{failed[*]}}. Fix the cause, then delete this Job: its" \\
    "retry migrates only them and ends their maintenance mode" >&2
  exit 1
fi
"""

# Init container of every long-running Frappe pod: start only once the bench is configured and this
# image's migration is done, so pods are right under any apply order (Flux applies all at once). In gunicorn
# pods (PUBLISH_ASSETS=true) it then writes this image's asset map into Redis, where Frappe looks for it:
# get_assets_json() reads the bench-wide key `assets_json` (shared=True) and unpickles it, and computes it from
# sites/assets/assets.json (+ assets-rtl.json) only when the key is missing (frappe/utils/__init__.py and
# frappe/utils/redis_wrapper.py get_value, version-15). Deleting the key from the migrate Job, while pods of
# the old image still serve, lets an old pod cache the old map again (frappe_docker#1353, frappe/helm#234);
# every new pod writing the new one leaves the new map in place once the last old pod is gone.
WAIT_READY = f"""\
set -euo pipefail
cd /home/frappe/frappe-bench
deadline=$((SECONDS + WAIT_SECONDS))
{_WAIT_CONFIG}
until [ -e "{MIGRATED_MARKER_DIR}/${{IMAGE_ID}}" ]; do
  if ((SECONDS >= deadline)); then
    echo "FAIL: no migration for image ${{IMAGE_ID}} after ${{WAIT_SECONDS}}s; check the migrate Job" >&2
    exit 1
  fi
  sleep 5
done
echo "bench configured and migrated for image ${{IMAGE_ID}}"
if [ "${{PUBLISH_ASSETS:-false}}" = true ]; then
  env/bin/python - <<'EOF'
import json, pickle
import redis
with open("sites/assets/assets.json") as f:
    assets = json.load(f)
try:
    with open("sites/assets/assets-rtl.json") as f:
        assets.update(json.load(f))
except FileNotFoundError:
    pass
with open("sites/common_site_config.json") as f:
    url = json.load(f)["redis_cache"]
redis.Redis.from_url(url).set("assets_json", pickle.dumps(assets))
print(f"published this image's asset map ({{len(assets)}} bundles) as assets_json")
EOF
fi
"""

# First init container of every long-running Frappe pod: copies the image's built assets into the pod's own
# emptyDir, which the pod's containers mount at sites/assets. Images of frappe_docker before 2026-04-29 (all v15
# images, such as v15.41.2) keep them in `VOLUME .../sites/assets` (images/production/Containerfile). Under the
# sites claim, containerd fills such a volume from the image; CRI-O (OpenShift) only makes the folder
# (image_volumes = "mkdir", its default), on the claim, empty, so the pods would serve no CSS or JS. Later
# images keep them in /home/frappe/frappe-bench/assets and link sites/assets there from their entrypoint
# (resources/core/main-entrypoint.sh). This container mounts neither the sites volume nor anything at
# sites/assets, so it reads the image's own folder under either layout and either runtime.
COPY_ASSETS = """\
set -euo pipefail
cd /home/frappe/frappe-bench
source=assets
[ -f "${source}/assets.json" ] || source=sites/assets
if [ ! -f "${source}/assets.json" ]; then
  echo "FAIL: the image has no built assets (no assets.json in assets/ or sites/assets/); build it with bench build" >&2
  exit 1
fi
cp -a "${source}/." "${ASSETS_DIR}/"
echo "copied the image's assets from ${source} ($(find "${ASSETS_DIR}" -mindepth 1 | wc -l) entries)"
"""

# nginx's container: what the image's nginx-entrypoint.sh does, with two fixes. The template of images before
# frappe_docker PR #1817 (commit 0ec329fe, 2026-03-03) sends socket.io `Origin $scheme://<site>` and the backend
# `X-Forwarded-Proto $scheme`; behind an ingress that terminates TLS $scheme is http, so socket.io's origin check
# drops every real-time event and Frappe builds http:// links. Like that PR, take the scheme from the ingress's
# X-Forwarded-Proto (a template that has the fix already is used as it is). And nginx is exec'd, so it is PID 1
# and receives SIGTERM; the entrypoint runs it as a child of bash, which ignores the signal.
NGINX = r"""set -euo pipefail
template=/templates/nginx/frappe.conf.template
patched=/tmp/frappe.conf.template
if grep -q 'proxy_x_forwarded_proto' "${template}"; then
  cp "${template}" "${patched}"
else
  sed -e '0,/^server {/s//map $http_x_forwarded_proto $proxy_x_forwarded_proto {\n\tdefault $scheme;\n\thttps https;\n}\n\nserver {/' \
      -e 's/X-Forwarded-Proto \$scheme;/X-Forwarded-Proto $proxy_x_forwarded_proto;/' \
      -e 's|Origin \$scheme://|Origin $proxy_x_forwarded_proto://|' "${template}" > "${patched}"
fi
if grep -Eq 'X-Forwarded-Proto \$scheme|Origin \$scheme' "${patched}"; then
  echo "FAIL: ${template} still forwards \$scheme: this image's nginx template is not one frappe-k8s knows" >&2
  exit 1
fi
envsubst '${BACKEND} ${SOCKETIO} ${UPSTREAM_REAL_IP_ADDRESS} ${UPSTREAM_REAL_IP_HEADER} ${UPSTREAM_REAL_IP_RECURSIVE}
  ${FRAPPE_SITE_NAME_HEADER} ${PROXY_READ_TIMEOUT} ${CLIENT_MAX_BODY_SIZE}' < "${patched}" > /etc/nginx/conf.d/frappe.conf
exec nginx -g 'daemon off;'
"""

# nginx's preStop: wait for the endpoint to leave the Services, then stop gracefully (SIGQUIT: finish open
# requests) and return once the master is gone; the kubelet's SIGTERM after it would cut them.
NGINX_PRE_STOP = "sleep 5; nginx -s quit; while [ -e /run/nginx.pid ]; do sleep 1; done"


# Velero's pre-backup hook on the scheduler: a database dump of every created site, written by Frappe into
# sites/<site>/private/backups on the sites volume that Velero copies right after. Velero runs it
# with exec (no entrypoint), so it changes into the bench itself. Half-created sites are left out: their
# backup fails, and with it the whole Velero backup.
DUMP_DATABASES = f"""\
set -euo pipefail
cd /home/frappe/frappe-bench
{_CREATED_SITES}
mapfile -t sites < <(created_sites)
if ((${{#sites[@]}} == 0)); then
  echo "no sites: nothing to dump"
  exit 0
fi
for site in "${{sites[@]}}"; do
  bench --site "${{site}}" backup
done
"""


def process_check(pattern: str) -> list[str]:
    """A probe that passes while a process whose command line matches `pattern` runs.

    It deliberately ignores Redis and the database: a probe that pings them restarts every worker
    during an outage. The first character is bracketed so the probe never matches itself.
    """
    bracketed = f"[{pattern[0]}]{pattern[1:]}"
    return ["sh", "-c", f"cat /proc/[0-9]*/cmdline 2>/dev/null | tr '\\0' ' ' | grep -q -- '{bracketed}'"]
