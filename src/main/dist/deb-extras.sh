#!/bin/sh
# deb-extras.sh DIST MAN COMPLETION DESKTOP ICON, run by the pom's dist profile: adds to the
# lockstep_*.deb that jpackage wrote in DIST what jpackage only installs under /opt/lockstep:
# /usr/bin/lockstep (so "lockstep check FILE" works from any shell), the man page, the bash
# completion and the desktop menu entry with its icon. They go into the package itself, not a
# postinst, so that dpkg owns them, "apt-get remove lockstep" takes them away again, and the
# install needs no desktop (the menu and icon caches are refreshed by Debian's own triggers).
set -eu
dist=$1 man=$2 completion=$3 desktop=$4 icon=$5
set -- "$dist"/lockstep_*.deb
[ $# -eq 1 ] && [ -f "$1" ] || { echo "deb-extras.sh: expected one lockstep_*.deb in $dist" >&2; exit 1; }
deb=$1
work=$(mktemp -d)
root=$work/root
trap 'rm -rf "$work"' EXIT

dpkg-deb -R "$deb" "$root"
share=$root/usr/share
mkdir -p "$root/usr/bin" "$share/man/man1" "$share/bash-completion/completions" \
    "$share/applications" "$share/icons/hicolor/256x256/apps"
ln -s /opt/lockstep/bin/lockstep "$root/usr/bin/lockstep"
gzip -9n <"$man" >"$share/man/man1/lockstep.1.gz"
cp "$completion" "$share/bash-completion/completions/lockstep"
cp "$desktop" "$share/applications/lockstep.desktop"
cp "$icon" "$share/icons/hicolor/256x256/apps/lockstep.png"
find "$share" -type f -exec chmod 644 {} +
# Installed-Size (KiB) as dpkg counts it, now with the new files.
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$root/DEBIAN/control"
dpkg-deb --build --root-owner-group "$root" "$deb" >/dev/null
