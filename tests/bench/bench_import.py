"""bench_import: what `import serviceprogram` adds to a program's start, next to what `import json` adds,
with each Python given. Each is timed in a fresh interpreter around the import statement alone, as CPU
time (time.process_time: what the import computes, little changed by other work on the machine) and as
wall time (time.perf_counter: what a user waits, which a busy machine inflates); the figures are the
medians over 21 interpreters of each, run alternately. The target is on the CPU time.
PYTHONPATH and SERVICEPROGRAM_LIBRARY come from the environment (meson sets them to the source tree and
the built library). Bytecode is compiled once, by an uncounted first run, into a scratch cache
(PYTHONPYCACHEPREFIX), as an installed package's would have been at installation.

Usage: bench_import.py PYTHON...
"""
import os
import subprocess
import sys
import tempfile

TARGET_MS = 10.0  # CPU time of `import serviceprogram`, at most
RUNS = 21
TIMED = ("import time; c, w = time.process_time(), time.perf_counter(); import %s; "
         "print(time.process_time() - c, time.perf_counter() - w)")


def timed_import(python, module, env):
    """(CPU, wall) seconds of `import module` in a fresh `python`."""
    out = subprocess.run([python, "-c", TIMED % module], env=env, check=True, capture_output=True, text=True)
    cpu, wall = out.stdout.split()
    return float(cpu), float(wall)


def median(samples):
    samples = sorted(samples)
    return samples[len(samples) // 2]


def ms(seconds):
    return "%.1f ms" % (seconds * 1e3)


def main():
    pythons = sys.argv[1:] or [sys.executable]
    print("\nImport: `import serviceprogram` against `import json`, each in a fresh interpreter "
          "(medians of %d; CPU time, wall time in brackets)\n" % RUNS)
    print("machine: %d CPUs online; load average (1, 5, 15 min): %.2f %.2f %.2f\n"
          % ((os.cpu_count() or 0,) + os.getloadavg()))
    print("| Python | import serviceprogram | import json | ratio (CPU) | target | met |")
    print("|---|---:|---:|---:|---:|---|")
    met = 0
    with tempfile.TemporaryDirectory(prefix="sp-bench-import-") as cache:
        env = dict(os.environ, PYTHONPYCACHEPREFIX=cache)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for python in pythons:
            version = subprocess.run([python, "-c", "import sys; print(sys.version.split()[0])"], env=env,
                                     check=True, capture_output=True, text=True).stdout.strip()
            for module in ("serviceprogram", "json"):
                timed_import(python, module, env)  # compiles the bytecode
            ours, theirs = [], []
            for _ in range(RUNS):  # alternately, so that other load on the machine hits both alike
                ours.append(timed_import(python, "serviceprogram", env))
                theirs.append(timed_import(python, "json", env))
            our_cpu, our_wall = median([c for c, _ in ours]), median([w for _, w in ours])
            their_cpu, their_wall = median([c for c, _ in theirs]), median([w for _, w in theirs])
            ok = our_cpu * 1e3 <= TARGET_MS
            met += ok
            print("| %s (%s) | %s (%s) | %s (%s) | %.1f | ≤ %.0f ms | %s |" % (
                python, version, ms(our_cpu), ms(our_wall), ms(their_cpu), ms(their_wall),
                our_cpu / their_cpu if their_cpu else float("inf"), TARGET_MS, "met" if ok else "**not met**"),
                flush=True)
    print("\n%d of %d figures met their targets." % (met, len(pythons)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
