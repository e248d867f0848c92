#!/bin/sh
# `pip install --no-index --no-build-isolation bindings/python`, offline, as a user would, with the
# given Python; then the installed copy imports (from elsewhere than the source tree) and reads a report.
# The package is copied first: pip builds in the directory it is given.
set -eu
python=$1 source=$2 library=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp -R "$source/bindings/python" "$work/src"
rm -rf "$work/src/serviceprogram/__pycache__" "$work/src/build_backend/__pycache__"
PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore \
	"$python" -m pip install --quiet --no-index --no-build-isolation --target "$work/site" "$work/src"
test -f "$work/site/serviceprogram/py.typed" || { echo "py.typed is not installed"; exit 1; }
ls -d "$work"/site/serviceprogram-*.dist-info > /dev/null
cd "$work"
PYTHONPATH="$work/site" SERVICEPROGRAM_LIBRARY="$library" "$python" -c '
import sys, serviceprogram as sp
assert sp.__file__.startswith(sys.argv[1]), sp.__file__
r = sp.load(sys.argv[2])
assert r.region.name == "Jämtland Härjedalen", r.region.name
print("pip installed serviceprogram into", sp.__file__)' "$work/site" "$source/examples/data/jamtland-harjedalen-2023.yaml"
