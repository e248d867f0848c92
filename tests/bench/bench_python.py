"""bench_python: what a Python user gains. serviceprogram.load(path) followed by to_dict() against
yaml.load(f, Loader=yaml.CSafeLoader) (PyYAML on libyaml, the fastest way PyYAML reads) of the same
YAML file, which the benchmark's generator writes. The two results are checked to be the same data.
Run with Debian's /usr/bin/python3, whose python3-yaml has CSafeLoader; where PyYAML or its
CSafeLoader is absent, this figure is skipped, saying so.

Usage: bench_python.py GENERATOR [INTERVENTIONS...]   (default: 100 and 2000)
"""
import decimal
import os
import subprocess
import sys
import tempfile
import time

import serviceprogram

TARGET = 3.0  # at least this many times faster


def plain(value):
    """The library's data as PyYAML gives it: Decimal FTE become floats."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


def ours(path):
    start = time.perf_counter()
    report = serviceprogram.load(path)
    data = report.to_dict()
    seconds = time.perf_counter() - start
    report.close()
    return seconds, data


def theirs(yaml, path):
    start = time.perf_counter()
    with open(path, "rb") as f:
        data = yaml.load(f, Loader=yaml.CSafeLoader)
    return time.perf_counter() - start, data


def median(samples):
    samples = sorted(samples)
    n = len(samples)
    return samples[n // 2] if n % 2 else (samples[n // 2 - 1] + samples[n // 2]) / 2


def time_text(seconds):
    return "%.2f s" % seconds if seconds >= 1 else "%.3g ms" % (seconds * 1e3)


def compare(yaml, path, interventions):
    # Alternately, so that other load on the machine hits both alike; at least 5 runs, about 3 s.
    our_times, their_times = [], []
    spent = 0.0
    while len(our_times) < 5 or (spent < 3.0 and len(our_times) < 21):
        a, our_data = ours(path)
        b, their_data = theirs(yaml, path)
        if len(our_times) == 0 and plain(our_data) != their_data:
            sys.exit("benchmark error: to_dict() and PyYAML give different data for %s" % path)
        our_times.append(a)
        their_times.append(b)
        spent += a + b
    a, b = median(our_times), median(their_times)
    met = b / a >= TARGET
    size = os.path.getsize(path)
    print("| serviceprogram.load + to_dict vs PyYAML CSafeLoader, %d interventions (%.0f KiB) | %s | %s | "
          "%.3g | ≥ %.2g | %s |" % (interventions, size / 1024, time_text(a), time_text(b), b / a, TARGET,
                                   "met" if met else "**not met**"), flush=True)
    return met


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: bench_python.py GENERATOR [INTERVENTIONS...]")
    generator = sys.argv[1]
    sizes = [int(arg) for arg in sys.argv[2:]] or [100, 2000]
    print("\nPython: the binding against PyYAML (median times; ratio = theirs / ours, the speed-up)\n")
    print("machine: %d CPUs online; load average (1, 5, 15 min): %.2f %.2f %.2f"
          % ((os.cpu_count() or 0,) + os.getloadavg()))
    print("Python %s at %s; libserviceprogram %s at %s" % (sys.version.split()[0], sys.executable,
                                                          serviceprogram.LIBRARY_VERSION,
                                                          serviceprogram.LIBRARY_PATH))
    try:
        import yaml
        yaml.CSafeLoader
    except (ImportError, AttributeError):
        print("\nskipped: this Python (%s) has no PyYAML with CSafeLoader (Debian: python3-yaml)" % sys.executable)
        return 0
    print("PyYAML %s\n" % yaml.__version__)
    print("| figure | ours | theirs | ratio | target | met |")
    print("|---|---:|---:|---:|---:|---|")
    met = 0
    with tempfile.TemporaryDirectory(prefix="sp-bench-") as tmp:
        for interventions in sizes:
            path = os.path.join(tmp, "report-%d.yaml" % interventions)
            subprocess.run([generator, "report", str(interventions), path], check=True)
            met += compare(yaml, path, interventions)
    print("\n%d of %d figures met their targets." % (met, len(sizes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
