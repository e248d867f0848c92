"""The package's PEP 517 build backend, standard library only, so that
`pip install --no-index --no-build-isolation bindings/python` works offline with nothing but pip:
setuptools before 70.1 needs the separate `wheel` package to build a wheel, which an interpreter may
lack and cannot fetch offline. The package is pure Python, so a wheel is a zip of its files plus the
metadata from pyproject.toml's [project] table."""
import base64
import hashlib
import io
import os
import re
import tarfile
import zipfile

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "serviceprogram"


def _project():
    """pyproject.toml's [project] table: its keys are plain strings or inline tables of strings."""
    project, section = {}, None
    with open(os.path.join(HERE, "pyproject.toml"), encoding="utf-8") as f:
        for line in f:
            header = re.match(r"\s*\[([^\]]+)\]\s*$", line)
            if header:
                section = header.group(1).strip()
                continue
            entry = re.match(r'\s*([\w-]+)\s*=\s*(.*?)\s*(#.*)?$', line)
            if section == "project" and entry:
                value = entry.group(2)
                project[entry.group(1)] = dict(re.findall(r'(\w+)\s*=\s*"([^"]*)"', value)) if value.startswith("{") \
                    else value.strip('"')
    return project


def _package_files():
    """(path in the wheel, path on disk) of the package's files, sorted for a reproducible wheel."""
    out = []
    for name in sorted(os.listdir(os.path.join(HERE, PACKAGE))):
        if name.endswith(".py") or name == "py.typed":
            out.append((PACKAGE + "/" + name, os.path.join(HERE, PACKAGE, name)))
    return out


def _metadata(project):
    with open(os.path.join(HERE, project["readme"]), encoding="utf-8") as f:
        readme = f.read()
    return ("Metadata-Version: 2.1\nName: %s\nVersion: %s\nSummary: %s\nLicense: %s\nRequires-Python: %s\n"
            "Description-Content-Type: text/markdown\n\n%s" % (
                project["name"], project["version"], project["description"], project["license"]["text"],
                project["requires-python"], readme))


def _dist_name(project):
    return "%s-%s" % (project["name"].replace("-", "_"), project["version"])


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    project = _project()
    dist = _dist_name(project)
    info = dist + ".dist-info"
    entries = [(arcname, open(path, "rb").read()) for arcname, path in _package_files()]
    entries.append((info + "/METADATA", _metadata(project).encode("utf-8")))
    entries.append((info + "/WHEEL", b"Wheel-Version: 1.0\nGenerator: serviceprogram_build\n"
                                     b"Root-Is-Purelib: true\nTag: py3-none-any\n"))
    record = io.StringIO()
    for arcname, data in entries:
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.write("%s,sha256=%s,%d\n" % (arcname, digest, len(data)))
    record.write(info + "/RECORD,,\n")
    entries.append((info + "/RECORD", record.getvalue().encode("utf-8")))
    name = dist + "-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, name), "w", zipfile.ZIP_DEFLATED) as wheel:
        for arcname, data in entries:
            wheel.writestr(zipfile.ZipInfo(arcname, date_time=(1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return name


def build_sdist(sdist_directory, config_settings=None):
    project = _project()
    dist = _dist_name(project)
    name = dist + ".tar.gz"
    files = [("pyproject.toml", os.path.join(HERE, "pyproject.toml")),
             (project["readme"], os.path.join(HERE, project["readme"])),
             ("build_backend/serviceprogram_build.py", os.path.abspath(__file__))] + _package_files()
    with tarfile.open(os.path.join(sdist_directory, name), "w:gz", format=tarfile.PAX_FORMAT) as sdist:
        pkg_info = _metadata(project).encode("utf-8")
        info = tarfile.TarInfo(dist + "/PKG-INFO")
        info.size = len(pkg_info)
        sdist.addfile(info, io.BytesIO(pkg_info))
        for arcname, path in files:
            sdist.add(path, dist + "/" + arcname, recursive=False)
    return name
