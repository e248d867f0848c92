#!/usr/bin/env python3
"""The Word form's import against python-docx, in one run: `rsp import` of a form of the seed's size and
of one with 200 interventions, next to python-docx opening the same file and walking its tables (every
cell's text, nested tables too). Targets: the C import at least 10 times faster, in at most a quarter of
the memory. Times are the best of several runs in process: sp_form_import() (bench_form_import), and
python-docx opening and walking. Memory is the peak resident size of `rsp import` writing the report,
and of Python with python-docx doing its walk. Reports a missed target without failing.

    bench_form.py RSP BENCH_FORM_IMPORT"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "form"))
import make_form  # noqa: E402

RUNS = 5
WALK = r"""
import resource, sys, time
import docx
def walk(tables):
    n = 0
    for t in tables:
        for row in t.rows:
            for cell in row.cells:
                n += len(cell.text)
                n += walk(cell.tables)
    return n
start = time.perf_counter()
d = docx.Document(sys.argv[1])
walk(d.tables)
print(time.perf_counter() - start)
"""


def run(argv):
    """Runs argv; returns (its stdout, its peak resident size in KiB). GNU time measures it: the peak that
    the kernel reports for a child of this Python would count the pages of this Python it was forked from."""
    with tempfile.NamedTemporaryFile("r") as rss:
        p = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name, *argv], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL)
        if p.returncode != 0:
            sys.exit("%s failed" % argv[:2])
        return p.stdout, int(rss.read().split()[-1])


def measure(rsp, timer, form):
    """Best times in process (sp_form_import(); python-docx opening and walking), and the peak memory of
    `rsp import` and of Python with python-docx doing the same."""
    out, _ = run([timer, form, str(RUNS)])
    c_time = float(out)
    _, c_rss = run([rsp, "import", "-o", "-", form])
    py_times, py_rss = [], 0
    for _ in range(RUNS):
        out, rss = run(["/usr/bin/python3", "-c", WALK, form])
        py_times.append(float(out))
        py_rss = max(py_rss, rss)
    return c_time, c_rss, min(py_times), py_rss


def main():
    rsp, timer = sys.argv[1], sys.argv[2]
    missed = []
    print("%-28s %10s %10s %8s %10s %10s %8s" % ("form", "rsp import", "python-docx", "faster", "rsp MiB",
                                                 "docx MiB", "memory"))
    with tempfile.TemporaryDirectory() as tmp:
        for name, count in (("seed (14 interventions)", None), ("200 interventions", 200)):
            form = os.path.join(tmp, "form.docx")
            make_form.build(form, set(), count)
            c_t, c_rss, py_t, py_rss = measure(rsp, timer, form)
            speed, share = py_t / c_t, c_rss / py_rss
            print("%-28s %9.1fms %9.1fms %7.1fx %10.1f %10.1f %7.0f%%" % (
                name, c_t * 1000, py_t * 1000, speed, c_rss / 1024, py_rss / 1024, share * 100))
            if speed < 10:
                missed.append("%s: %.1fx faster, not 10x" % (name, speed))
            if share > 0.25:
                missed.append("%s: %.0f%% of python-docx's memory, not 25%%" % (name, share * 100))
    for m in missed:
        print("target missed: " + m)
    if not missed:
        print("targets met: at least 10x faster and at most a quarter of the memory")


if __name__ == "__main__":
    main()
