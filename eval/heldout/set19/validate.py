import json, glob, os, re, sys
ref = json.load(open('/work/shared/eval/stories/chemical_fire/gold.json'))
ok = True
def bad(*a):
    global ok; ok = False; print('  FAIL', *a)
for d in sorted(glob.glob('/work/heldout/set19/*/')):
    name = os.path.basename(d.rstrip('/'))
    g = json.load(open(d + 'gold.json'))
    print(name)
    if set(g) != set(ref): bad('keys differ', set(g) ^ set(ref))
    files = {os.path.basename(p)[0]: open(p).read() for p in glob.glob(d + '*.txt')}
    if sorted(files) != sorted(g['story'] + g['unrelated']): bad('file letters', sorted(files))
    for q in g['quotes']:
        t = files[q['f']]
        if q['text'] not in t: bad('quote missing', q)
        else:
            i = t.index(q['text'])
            if t[i-1] not in '"“': bad('quote not at quote start', q)
    # all quote spans
    spans = {}
    for L, t in files.items():
        s = [m.group(1) for m in re.finditer(r'["“]([^"”“]+)["”]', t)]
        spans[L] = s
        gq = [q['text'] for q in g['quotes'] if q['f'] == L] + [q['text'] for q in g['scare_quotes'] if q['f'] == L]
        for sp in s:
            if not any(sp.startswith(x) for x in gq):
                print('   (uncovered span, check continuation)', L, repr(sp[:60]))
    for sq in g['scare_quotes']:
        if sq['text'] not in spans[sq['f']]: bad('scare quote', sq)
    for c in g['conflicts']:
        if c['outlier_text'] not in files[c['outlier']]: bad('conflict text', c)
        for o in c['others']:
            if c['outlier_text'] in files[o]: print('   note: outlier text also in', o, c['outlier_text'])
        if sorted(c['others'] + [c['outlier']]) != sorted(g['story']): bad('conflict others', c)
    for r in g['rounding_compatible']:
        for tx in r['texts']:
            if not any(tx in files[a] for a in r['articles']): bad('rounding text', tx)
        for a in r['articles']:
            if not any(tx in files[a] for tx in r['texts']): bad('rounding article', a)
    for L, ws in g['framing_flagged'].items():
        head = files[L].split('\n')[0].lower()
        for w in ws:
            if w not in head: bad('framing word not in headline', L, w)
    for L in g['framing_neutral']:
        if L in g['framing_flagged'] or L in g['unrelated']: bad('neutral', L)
    n_q = len(g['quotes']); n_s = len(g['stances'])
    parties = {s['actor'][0] for s in g['stances']}
    print(f'  quotes={n_q} stances={n_s} parties={len(parties)} articles={len(files)}')
    if not (12 <= n_q <= 20): bad('quote count')
    if not (8 <= n_s <= 10): bad('stance count')
    for s in g['stances']:
        for a in s['actor']:
            if not any(a in files[L].lower() for L in g['story']): bad('actor frag not found', a)
        if not any(any(i in files[L].lower() for L in g['story']) for i in s['issue']): bad('issue', s)
print('ALL OK' if ok else 'PROBLEMS')
