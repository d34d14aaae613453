#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the README's two set-up commands the way a new user's machine first sees them: in a brand-new
# minimal Debian 12 root (mmdebstrap) holding a clean clone of the committed HEAD, with nothing installed
# by hand. Command 1 passes when the workbench process starts (offscreen) and is still running after a few
# seconds; command 2 passes when it exits 0.
#
#   scripts/check-fresh-machine.sh            both commands, each in its own fresh root
#   scripts/check-fresh-machine.sh --command 1   (or 2) one of them
#   scripts/check-fresh-machine.sh --ci       CI: command 2 in a fresh root, then command 1 in the same root,
#                                             reusing its build
#   options: --keep (leave the root for a look), --repo DIR (default: this checkout)
#
# Needs root and Debian's package registry. Caches live outside the roots, in ECW_FRESH_CACHE (default
# /var/cache/ecw-fresh-machine): the base root (a tarball) and every downloaded .deb, so a second run
# downloads nothing again. Prints how long each step takes. Exit status: 0 pass, 1 fail, 2 bad usage.
set -euo pipefail

usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; }

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
mode=both
keep=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --command)
            [[ ${2:-} == 1 || ${2:-} == 2 ]] || { echo "check-fresh-machine: --command takes 1 or 2" >&2; exit 2; }
            mode=$2; shift 2 ;;
        --ci) mode=ci; shift ;;
        --keep) keep=1; shift ;;
        --repo) repo=$(cd "$2" && pwd); shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "check-fresh-machine: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    esac
done

say() { printf 'check-fresh-machine: %s\n' "$*" >&2; }
[[ $(id -u) -eq 0 ]] || { say "needs root (it builds a chroot)"; exit 2; }
git -C "$repo" rev-parse --verify -q HEAD >/dev/null || { say "$repo is not a git checkout with a commit"; exit 2; }
if [[ -n $(git -C "$repo" status --porcelain --untracked-files=no) ]]; then
    say "note: $repo has uncommitted changes; the fresh root gets the committed HEAD only"
fi

# The README's set-up commands: the first two lines of its first sh block that start with ./
readme_command() {
    awk '/^```sh/ {on = 1; next} /^```/ {if (on) exit} on && /^[[:space:]]*\.\// {print}' "$repo/README.md" \
        | sed -n "$1p" | sed 's/[[:space:]]*#.*$//'
}
command1=$(readme_command 1)
command2=$(readme_command 2)
[[ -n $command1 && -n $command2 ]] || { say "README.md does not start with two ./ set-up commands"; exit 2; }

timings=""
timed_step_start=0
total_start=$(date +%s)
step_start() { timed_step_start=$(date +%s); say "$1"; }
step_end() {
    local seconds=$(($(date +%s) - timed_step_start))
    timings+=$(printf '  %-58s %6ds' "$1" "$seconds")$'\n'
}

cache=${ECW_FRESH_CACHE:-/var/cache/ecw-fresh-machine}
mkdir -p "$cache/debs/partial" "$cache/lists/partial"
base=$cache/bookworm-apt.tar
if ! command -v mmdebstrap >/dev/null; then
    step_start "installing mmdebstrap on the host"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null
    step_end "install mmdebstrap (host)"
fi
if [[ ! -s $base ]]; then
    step_start "making the base root (minimal Debian 12 with apt; once per cache)"
    # Same suites as a Debian 12 install; the package archive may serve Release files past their Valid-Until.
    mmdebstrap --quiet --variant=apt --aptopt='Acquire::Check-Valid-Until "false"' bookworm "$cache/part.tar" \
        "deb http://deb.debian.org/debian bookworm main" \
        "deb http://deb.debian.org/debian bookworm-updates main" \
        "deb http://deb.debian.org/debian-security bookworm-security main" >&2
    mv "$cache/part.tar" "$base"
    step_end "base root (mmdebstrap)"
fi

roots=()
kill_root_processes() {
    # Anything still running inside the root (a server a test left, the workbench) goes before the unmount.
    local root=$1 pid link
    for signal in TERM KILL; do
        for link in /proc/[0-9]*/root; do
            pid=${link#/proc/}; pid=${pid%/root}
            [[ $(readlink "$link" 2>/dev/null) == "$root" ]] && kill -s "$signal" "$pid" 2>/dev/null || true
        done
        sleep 1
    done
}
teardown_root() {
    local root=$1 m
    kill_root_processes "$root"
    for m in var/lib/apt/lists var/cache/apt/archives shared dev/shm dev/pts dev sys proc; do
        mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m" 2>/dev/null || true
    done
    if [[ $keep -eq 1 ]]; then
        say "root kept at $root"
    else
        rm -rf --one-file-system "$root"
    fi
}
cleanup() {
    local root
    for root in "${roots[@]}"; do teardown_root "$root"; done
}
trap cleanup EXIT

# Sets root to a new root, mounted and ready.
new_root() {
    root=$(mktemp -d /tmp/ecw-fresh-root.XXXXXX)
    roots+=("$root")
    tar -xf "$base" -C "$root"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    git clone -q --no-hardlinks "$repo" "$root/src"
    # ../shared sits beside the project on the machines it is developed and checked on.
    if [[ -d $repo/../shared ]]; then
        mkdir -p "$root/shared"
        mount --bind -o ro "$repo/../shared" "$root/shared"
    fi
    mount -t proc proc "$root/proc"
    mount -t sysfs sysfs "$root/sys"
    mount --bind /dev "$root/dev"
    mount --bind /dev/pts "$root/dev/pts"
    # LibreOffice and the sanitizers' shared memory need a real /dev/shm.
    mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
    mount --bind "$cache/debs" "$root/var/cache/apt/archives"
    mount --bind "$cache/lists" "$root/var/lib/apt/lists"
    # Keep downloaded packages for the next run (a fresh root's apt would delete them), and start no daemon
    # while installing: a package's service (prometheus) would otherwise run on the host's network.
    printf '%s\n' 'Binary::apt::APT::Keep-Downloaded-Packages "true";' 'APT::Keep-Downloaded-Packages "true";' \
        >"$root/etc/apt/apt.conf.d/99keep-debs"
    rm -f "$root/etc/apt/apt.conf.d/docker-clean"
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    # No fsync after every unpacked file: the root is thrown away, and dpkg's syncing is most of an install's time.
    echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/ecw-unsafe-io"
    chmod 755 "$root/usr/sbin/policy-rc.d"
}

in_root() {
    local root=$1; shift
    chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 CI=true QT_QPA_PLATFORM=offscreen TERM=dumb ECW_FUZZ_SECONDS="${ECW_FUZZ_SECONDS:-}" \
        /bin/sh -c "cd /src && $*"
}

run_command2() {
    local root=$1 rc=0
    step_start "command 2 in $root: $command2"
    in_root "$root" "$command2" || rc=$?
    step_end "command 2: $command2"
    if [[ $rc -ne 0 ]]; then say "command 2 FAILED (exit $rc)"; return 1; fi
    say "command 2 passed"
}

# Starts command 1 in the background and waits for the workbench process; passes when it is still running
# ${ECW_FRESH_SETTLE:-5} seconds after it started. The build inside may take many minutes on a cold root.
run_command1() {
    local root=$1 label=$2 log pid started=0 waited=0 workbench link exe
    log=$root/tmp/command1.log
    workbench=$root/src/build/release/app/workbench/engram-workbench
    step_start "command 1 in $root: $command1"
    in_root "$root" "$command1" >"$log" 2>&1 &
    pid=$!
    while [[ $waited -lt ${ECW_FRESH_COMMAND1_TIMEOUT:-3600} ]]; do
        for link in /proc/[0-9]*/exe; do
            exe=$(readlink "$link" 2>/dev/null || true)
            if [[ $exe == "$workbench" ]]; then started=${link#/proc/}; started=${started%/exe}; break 2; fi
        done
        if ! kill -0 "$pid" 2>/dev/null; then break; fi
        sleep 1
        waited=$((waited + 1))
    done
    if [[ $started -eq 0 ]]; then
        tail -n 60 "$log" >&2 || true
        wait "$pid" 2>/dev/null || true
        say "command 1 FAILED: the workbench never started (log above)"
        step_end "command 1 ($label): failed"
        return 1
    fi
    step_end "command 1 ($label): install and build until the workbench starts"
    sleep "${ECW_FRESH_SETTLE:-5}"
    if ! kill -0 "$started" 2>/dev/null; then
        tail -n 60 "$log" >&2 || true
        say "command 1 FAILED: the workbench (pid $started) exited within ${ECW_FRESH_SETTLE:-5} s (log above)"
        return 1
    fi
    say "command 1 passed: the workbench (pid $started) is running offscreen; stopping it"
    kill -TERM "$started" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

status=0
case "$mode" in
    1)  step_start "new root"; new_root; step_end "new root (unpack, clone)"
        run_command1 "$root" "fresh root" || status=1 ;;
    2)  step_start "new root"; new_root; step_end "new root (unpack, clone)"
        run_command2 "$root" || status=1 ;;
    both)
        step_start "new root"; new_root; step_end "new root for command 1 (unpack, clone)"
        run_command1 "$root" "fresh root" || status=1
        teardown_root "$root"; roots=()
        step_start "new root"; new_root; step_end "new root for command 2 (unpack, clone)"
        run_command2 "$root" || status=1 ;;
    ci)
        step_start "new root"; new_root; step_end "new root (unpack, clone)"
        if run_command2 "$root"; then
            run_command1 "$root" "after command 2, build reused" || status=1
        else
            status=1
        fi ;;
esac
timings+=$(printf '  %-58s %6ds' "total" "$(($(date +%s) - total_start))")$'\n'
printf 'check-fresh-machine: step times (wall clock, cache %s):\n%s' "$cache" "$timings" >&2
if [[ $status -eq 0 ]]; then say "PASS ($mode)"; else say "FAIL ($mode)"; fi
exit $status
