"""Every text the library writes as YAML reads back as the same text in PyYAML's safe loader.

PyYAML resolves plain scalars by YAML 1.1's rules (yes/no/on/off, 0b101, 017, 1:20, timestamps, =, <<),
which differ from the YAML 1.2 core schema other readers use; the writer must quote every text either
would take for something else. The texts are those of the test corpus (bad-input cases, examples, the
fuzz corpus and regressions, cut into lines and parts of lines) and a list of known hard ones.
"""
import glob
import os
import re
import unittest

import serviceprogram as sp

try:
    import yaml
except ImportError as e:  # not a skip: the test is the point of this file
    raise SystemExit("PyYAML is missing (Debian: python3-yaml, installed by .ci/setup): %s" % e)

ROOT = os.environ["SP_SOURCE_ROOT"]
CORPUS = ("tests/cases/*", "examples/data/*", "tests/fuzz/corpus/*/*", "tests/fuzz/regressions/*")

HARD = [
    # YAML 1.1 booleans and nulls, in every case
    "y", "Y", "n", "N", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
    "true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "~", "",
    # integers: binary, octal (1.1 and 1.2), hex, sexagesimal, underscores, signs
    "0b101", "-0b1", "+0b1_0", "0o17", "017", "-017", "0x1F", "0x_1F", "+0x1", "1_000", "+1", "-1", "0", "00",
    "09", "1:20", "-1:20", "190:20:30", "1:2:3",
    # floats: exponents, leading and trailing points, sexagesimal, infinities and NaN
    "1e3", "1E3", "1e+3", "1.5e-3", "-1.5E+3", ".5", "1.", "-.5", "1_0.5", "190:20:30.15", ".inf", ".Inf",
    ".INF", "-.inf", "+.inf", "-.Inf", ".nan", ".NaN", ".NAN",
    # timestamps
    "2024-01-15", "2024-01-15T10:00:00", "2024-01-15t10:00:00Z", "2024-01-15 10:00:00", "2024-1-5 1:00:00",
    "2001-12-14 21:59:43.10 -5", "2001-12-14T21:59:43.10-05:00", "2024-01-15  10:00:00",
    # the value and merge keys
    "=", "<<",
    # text that looks like YAML syntax
    "# comment", "- dash", "-", "--", "---", "...", "key: value", "a:b", "? q", "?", ":", "@at", "`tick", "|",
    ">", "!tag", "!!str", "&anchor", "*alias", "%YAML", "[a]", "{a: 1}", "'quoted'", '"quoted"', "a #b",
    # white space and line breaks
    " leading", "trailing ", "tab\there", "\ttab first", "two\nlines", "two\nlines\n", "\n", "\n\n", "ends\n\n",
    "  \n  indented", "line\r\nbreaks", "a\rb", "trailing \nspace", "x\u2028y", "x\u0085y", "\u00a0nbsp",
    # other characters
    "\ufeffbom", "😀", "é", "Jämtland Härjedalen", "\u200b", "\x7f", "\x01", "a\\b",
    # Swedish numbers, which are text
    "0,15", "1 537 062 kr", "12:30", "8:00-17:00", "1,5", "08-123 45 67", "070-1234567", "+46 70",
]


def corpus_texts():
    """Lines of the corpus files, their parts between YAML and JSON punctuation, and every text of
    those that load as reports."""
    texts = set()
    for pattern in CORPUS:
        for path in sorted(glob.glob(os.path.join(ROOT, pattern))):
            with open(path, "rb") as f:
                data = f.read()
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                continue
            for line in text.splitlines():
                for part in [line, line.strip()] + re.split(r"[:,\[\]{}\"']", line):
                    texts.add(part.strip())
                    texts.add(part)
            try:
                with sp.load(path, unknown_keys="keep") as report:
                    texts.update(strings(report.to_dict()))
            except sp.Error:
                pass
    return {t for t in texts if "\0" not in t and len(t) < 500 and not re.search("[\ud800-\udfff]", t)}


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


class PyYamlReadsWhatTheLibraryWrites(unittest.TestCase):
    def check(self, texts):
        """Writes the texts as a list of texts and as the keys and values of kept unknown keys."""
        texts = sorted(texts)
        for start in range(0, len(texts), 500):
            batch = texts[start:start + 500]
            data = {"format": "serviceprogram/1", "region": {"name": "X"}, "year": 2023,
                    "priority_areas": [{"number": 1, "interventions": [{"actors": batch}]}],
                    "texts": {t: t for t in batch}}
            with sp.from_dict(data, unknown_keys="keep") as report:
                written = report.dumps("yaml")
                read = yaml.safe_load(written)
                with sp.loads(written, unknown_keys="keep") as again:
                    self.assertEqual(again, report)
            got = read["priority_areas"][0]["interventions"][0]["actors"]
            wrong = [(t, g) for t, g in zip(batch, got) if g != t or type(g) is not str]
            self.assertEqual(wrong, [], "PyYAML reads these texts as something else")
            self.assertEqual(len(got), len(batch))
            wrong = [t for t in batch if read["texts"].get(t) != t]
            self.assertEqual(wrong, [], "PyYAML reads these keys as something else")

    def test_hard_texts(self):
        self.check(HARD)

    def test_texts_of_the_corpus(self):
        texts = corpus_texts()
        self.assertGreater(len(texts), 1000)
        self.check(texts)


if __name__ == "__main__":
    unittest.main(verbosity=2)
