"""The bash scripts FrappeBench's jobs and init containers run, kept apart so they read as scripts.

Every script is idempotent (safe to run again after a failure or a re-sync), bounded in time,
and fails with a message that says what it waited for. They run through the image's entrypoint
(only `args` are set), from the bench folder /home/frappe/frappe-bench.
"""
from __future__ import annotations

# The marker a migration leaves on the sites volume for one image, and what pods of that image wait for.
MIGRATED_MARKER_DIR = "sites/.frappe-k8s/migrated"

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

# Runs once per image: maintenance mode on for every site, migrate, maintenance off even when the
# migration fails or the pod is stopped (bash as PID 1 ignores SIGTERM unless it traps it, so the
# migration runs in the background and the TERM trap ends it), then drop the cached asset manifest so
# pages load the new image's assets. The marker lets the new image's pods start; a re-run for an
# image already migrated (a re-created Job) only says so. apps.txt is written here too: under Flux this
# Job may run before the new image's configure Job does.
MIGRATE = f"""\
set -euo pipefail
cd /home/frappe/frappe-bench
marker="{MIGRATED_MARKER_DIR}/${{IMAGE_ID}}"
if [ -e "${{marker}}" ]; then
  echo "image ${{IMAGE_ID}} is migrated already"
  exit 0
fi
deadline=$((SECONDS + WAIT_SECONDS))
{_WAIT_CONFIG}
ls -1 apps > sites/apps.txt.tmp
mv sites/apps.txt.tmp sites/apps.txt
shopt -s nullglob
sites=()
for config in sites/*/site_config.json; do
  site="${{config#sites/}}"
  sites+=("${{site%/site_config.json}}")
done
maintenance() {{  # on|off, for every site: `--site all set-maintenance-mode` switches only the first
  for site in "${{sites[@]}}"; do
    bench --site "${{site}}" set-maintenance-mode "$1" || echo "WARNING: maintenance mode $1 failed for ${{site}}" >&2
  done
}}
if ((${{#sites[@]}} == 0)); then
  echo "no sites yet: nothing to migrate"
else
  trap 'maintenance off' EXIT
  trap 'echo "stopped: ending the migration" >&2; kill -TERM "${{pid}}" 2>/dev/null; exit 143' TERM INT
  maintenance on
  bench --site all migrate &
  pid=$!
  wait "${{pid}}"
  trap - EXIT TERM INT
  maintenance off
fi
env/bin/python - <<'EOF'
import json
import redis
url = json.load(open("sites/common_site_config.json"))["redis_cache"]
client = redis.Redis.from_url(url)
keys = list(client.scan_iter(match="*assets_json*"))
if keys:
    client.delete(*keys)
print(f"cleared {{len(keys)}} cached assets_json key(s)")
EOF
mkdir -p "$(dirname "${{marker}}")"
touch "${{marker}}"
echo "migrated for image ${{IMAGE_ID}}"
"""

# Init container of every long-running Frappe pod: start only once the bench is configured and this
# image's migration is done, so pods are right under any apply order (Flux applies all at once).
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
"""


# Velero's pre-backup hook on the scheduler: a database dump of every site, written by Frappe into
# sites/<site>/private/backups on the sites volume that Velero copies right after. Velero runs it
# with exec (no entrypoint), so it changes into the bench itself.
DUMP_DATABASES = """\
set -euo pipefail
cd /home/frappe/frappe-bench
shopt -s nullglob
sites=(sites/*/site_config.json)
if ((${#sites[@]} == 0)); then
  echo "no sites: nothing to dump"
  exit 0
fi
bench --site all backup
"""


def process_check(pattern: str) -> list[str]:
    """A probe that passes while a process whose command line matches `pattern` runs.

    It deliberately ignores Redis and the database: a probe that pings them restarts every worker
    during an outage. The first character is bracketed so the probe never matches itself.
    """
    bracketed = f"[{pattern[0]}]{pattern[1:]}"
    return ["sh", "-c", f"cat /proc/[0-9]*/cmdline 2>/dev/null | tr '\\0' ' ' | grep -q -- '{bracketed}'"]
