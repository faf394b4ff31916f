#!/bin/bash
# inside dbus-run-session + Xvfb: start the accessibility bus, the app, then walk its tree
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
sleep 2
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
"$(dirname "$0")"/../../.venv/bin/python "$(dirname "$0")"/open_page.py "$1" >/dev/null 2>&1 &
sleep 6
/usr/bin/python3 "$(dirname "$0")"/walk.py 600
kill %2 2>/dev/null
