"""Check story folders written in the format of ../shared/eval/stories/*/ (article files and a
``gold.json``) before they are scored. Usage: python eval/check_story_gold.py DIR [DIR...]: PASS or the
problems of each folder (keys and their order, letters, verbatim quotes and outliers, stance fragments)."""
from __future__ import annotations

import json
import pathlib
import re
import sys

KEYS = ['_note', 'story', 'unrelated', 'syndication_required', 'syndication_allowed', 'conflicts',
        'rounding_compatible', 'framing_flagged', 'framing_neutral', 'quotes', 'scare_quotes', 'stances']
POS = {'supports', 'opposes', 'demands', 'proposes', 'conditional'}


def norm(s: str) -> str:
    """Quotes and apostrophes straight, spaces single, lower case: how texts are compared."""
    return re.sub(r"\s+", " ", s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")).lower()


def check(d) -> list[str]:
    """The problems of one story folder (empty when it passes)."""
    d = pathlib.Path(d); errs = []
    try:
        g = json.loads((d / 'gold.json').read_text())
    except Exception as e:
        return [f'gold.json unreadable: {e}']
    if list(g) != KEYS:
        errs.append(f'keys must be exactly, in order: {KEYS}; got {list(g)}')
    files = {}
    for f in sorted(d.glob('*.txt')):
        m = re.match(r'^([a-z])_[a-z0-9_]+\.txt$', f.name)
        if not m:
            errs.append(f'file name {f.name} must be <letter>_<outlet>.txt'); continue
        files[m.group(1)] = norm(f.read_text())
    letters = set(g.get('story', [])) | set(g.get('unrelated', []))
    if set(files) != letters:
        errs.append(f'letters in story+unrelated {sorted(letters)} != files {sorted(files)}')
    if len(g.get('story', [])) < 5: errs.append('story should have at least 5 articles')
    for k in ('syndication_required', 'syndication_allowed'):
        for p in g.get(k, []):
            if len(p) != 2 or not set(p) <= set(g['story']): errs.append(f'{k} pair {p} bad')
    if len(g.get('conflicts', [])) != 2: errs.append('exactly 2 planted conflicts expected')
    for c in g.get('conflicts', []):
        if set(c) != {'about', 'outlier', 'outlier_text', 'others'}: errs.append(f'conflict keys {set(c)}')
        o = c.get('outlier')
        if o in files and norm(c.get('outlier_text', '')) not in files[o]:
            errs.append(f'outlier_text {c.get("outlier_text")!r} not in article {o}')
    for r in g.get('rounding_compatible', []):
        if set(r) != {'about', 'texts', 'articles'}: errs.append(f'rounding keys {set(r)}')
        for t in r.get('texts', []):
            if not any(norm(t) in files.get(a, '') for a in r.get('articles', [])):
                errs.append(f'rounding text {t!r} in none of {r.get("articles")}')
    for a, words in g.get('framing_flagged', {}).items():
        head = files.get(a, '').strip().split('\n')
        for w in words:
            if norm(w) not in files.get(a, ''): errs.append(f'framing word {w!r} not in {a}')
    for q in g.get('quotes', []):
        if set(q) != {'f', 'text', 'speaker'}: errs.append(f'quote keys {set(q)}')
        if norm(q.get('text', '')) not in files.get(q.get('f'), ''):
            errs.append(f'quote not verbatim in {q.get("f")}: {q.get("text")!r}')
    for q in g.get('scare_quotes', []):
        if norm(q.get('text', '')) not in files.get(q.get('f'), ''):
            errs.append(f'scare quote not in {q.get("f")}: {q.get("text")!r}')
    alltext = ' '.join(files[a] for a in g.get('story', []) if a in files)
    if len(g.get('stances', [])) < 6: errs.append('at least 6 stance cells expected')
    for s in g.get('stances', []):
        if set(s) != {'actor', 'issue', 'position'}: errs.append(f'stance keys {set(s)}')
        for k in ('actor', 'issue'):
            frags = s.get(k, [])
            for frag in frags:
                if frag != frag.lower(): errs.append(f'stance {k} fragment must be lower case: {frag!r}')
            if not any(f in alltext for f in frags): errs.append(f'stance {k}: none of {frags} occurs in the story texts')
        if not s.get('position') or not set(s['position']) <= POS: errs.append(f'position {s.get("position")} not in {POS}')
    return errs


def main(argv: list[str]) -> int:
    ok = True
    for d in argv:
        e = check(d)
        print(('PASS ' if not e else 'FAIL ') + d)
        for x in e:
            print('   -', x)
        ok &= not e
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
