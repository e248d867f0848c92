"""Prints where, relative to PREFIX, the Python running this looks for packages installed under PREFIX:
run by meson to place the package. The first of the interpreter's site directories under PREFIX/lib
(Debian's python3: /usr/local/lib/python3.X/dist-packages for /usr/local, /usr/lib/python3/dist-packages
for /usr); for a prefix the interpreter does not search, the standard layout lib/python3.X/site-packages,
which a user adds to PYTHONPATH. (meson's own choice for Debian's python3, lib/python3/dist-packages,
is searched for the prefix /usr only.)

Usage: site_dir.py PREFIX
"""
import os
import site
import sys
import sysconfig

prefix = os.path.normpath(sys.argv[1])
for directory in site.getsitepackages():
    relative = os.path.relpath(os.path.normpath(directory), prefix)
    if relative.split(os.sep)[0] == "lib":
        break
else:
    relative = os.path.relpath(sysconfig.get_path("purelib", "posix_prefix", vars={"base": prefix}), prefix)
print(relative)
