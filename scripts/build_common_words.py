"""Write guard/verify/data/common_words.txt: the most frequent words of en, de, fr and es, names and places left out.

    pip download pyspellchecker==0.9.1 --no-deps -d /tmp/psc && (cd /tmp/psc && unzip -q pyspellchecker-*.whl)
    python scripts/build_common_words.py --source /tmp/psc/spellchecker/resources

"Unknown word" is how the verifier tells a value read off an image from prose: a proper noun no lexicon of the
project knows (guard/verify/casing.py). The project's own lexicons hold the words of its cues and phrasings, not
everyday prose, so ordinary words a writer happens to use ("quite", "busy", "remarquer") counted as unknown and
were read as names or streets. This list adds the everyday vocabulary: the ``--top`` most frequent words of each
language in pyspellchecker's frequency lists (MIT licence, github.com/barrust/pyspellchecker; built from
OpenSubtitles and Wiktionary), folded, three letters or more, less every word the person-name lexicon
(person_names.txt) or a closed value list (values.yaml) holds: a name, a nationality or a hobby stays a value.
The guard never imports pyspellchecker; this script is maintenance, run when the list should change.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from guard.verify.lexicon import closed_values, fold, names  # noqa: E402

OUT = ROOT / "guard" / "verify" / "data" / "common_words.txt"
LANGUAGES = ("en", "de", "fr", "es")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", type=Path, required=True, help="pyspellchecker's resources folder (<lang>.json.gz)")
    ap.add_argument("--top", type=int, default=8000, help="most frequent words taken per language")
    args = ap.parse_args()
    lexicon = names()
    values = {
        w
        for v in closed_values().values()
        for table in (v.framed, v.bare)
        for p in table.values()
        for q in p
        for w in q
    }
    words: set[str] = set()
    for lang in LANGUAGES:
        path = args.source / f"{lang}.json.gz"
        if not path.is_file():
            print(f"{path}: not found (expected pyspellchecker's resources folder)", file=sys.stderr)
            return 2
        freq: dict[str, int] = json.loads(gzip.decompress(path.read_bytes()))
        ranked = sorted(freq, key=lambda w: (-freq[w], w))
        for w in ranked[: args.top]:
            key = fold(w)
            if len(key) >= 3 and key.isalpha() and not lexicon.is_name(key) and key not in values:
                words.add(key)
    header = (
        f"# The {args.top} most frequent words of each of {', '.join(LANGUAGES)} (pyspellchecker's frequency\n"
        "# lists, MIT licence, github.com/barrust/pyspellchecker), folded, 3 letters or more, less person names\n"
        "# and closed values; written by scripts/build_common_words.py.\n"
    )
    OUT.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(words)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
