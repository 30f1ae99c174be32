"""Invented names: people, places, countries, organisations and the ~30 outlets.

Everything is built from syllables so a corpus of thousands of stories has thousands of
distinct actors, and no name belongs to a real person or place.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

FIRST_NAMES = (
    "Ilsa Maren Tobin Corvin Aleska Bruno Dagny Emeric Fenna Galen Hedda Ivo Jorun Kasimir Liesel "
    "Matthis Nadia Oskar Petra Quentin Runa Stellan Tamsin Ulrik Vera Wendel Yara Zeno Annika Benedikt "
    "Carys Dorian Elin Florian Greta Henrik Ingrid Jasper Katrin Lorenz Mira Nils Odile Pavel Rosalind "
    "Severin Thea Viggo Wilma Anselm Brigid Casimir Delphine Edvard Frida Gustav Helka Ines Joakim Klara "
    "Leopold Magda Nikolai Ottilie Raimund Solveig Teodor Ursula Valentin Xenia Aurelio Birte Cosimo"
).split()

SYLLABLES = (
    "bar vel kor min dal ros ten lun mar sto vik hal bren dor fel gar is jan kel lo mer nor pel quin "
    "rad sel tor ul var wen zan ash bel cal dru eld fan gol hen ir kas lem mol nev or pry rist sav tam "
    "ves wil yor zel"
).split()

SURNAME_ENDS = ("", "", "", "son", "sky", "ova", "er", "ini", "berg", "ek", "holt", "ard")
PLACE_ENDS = ("ford", "holm", "vik", "stad", "burg", "mouth", "haven", "grad", "wick", "dale", "sund", "port")
COUNTRY_ENDS = ("ia", "ia", "land", "avia", "ora", "istan", "mark")
REGION_PREFIXES = ("North", "South", "East", "West", "Upper", "Lower", "Central")

WIRE_OUTLETS = ("Northwind Wire", "Allied Press Service", "Continental News Agency", "Harbourline Wire")
OUTLETS = WIRE_OUTLETS + (
    "The Ashford Ledger", "Valmont Daily", "Eastmarch Herald", "The Kestrel Post", "Brightwater Times",
    "The Granite Courier", "Lowmoor Gazette", "Silverbay Chronicle", "The Evening Lantern", "Redfern Observer",
    "Copperline News", "The Morning Compass", "Westholm Record", "Thistle Street Journal", "The Ironbridge Star",
    "Saltmarsh Tribune", "Highgate Examiner", "The Civic Mirror", "Pinecrest Reporter", "Otterburn Express",
    "The Weekly Harbinger", "Larkspur Online", "Crossroads Dispatch", "The Cobalt Review", "Meadowgate Sun",
    "Riverside Bulletin",
)  # 30 outlets: 4 wire agencies plus 26 papers and sites
SECTIONS = ("news", "world", "business", "politics", "local", "science")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class NameMaker:
    """Draws invented names from one random generator; never the same full name twice."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _syllables(self, low: int, high: int) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(low, high)))

    def _fresh(self, make) -> str:
        for _ in range(50):
            name = make()
            if name not in self.used:
                self.used.add(name)
                return name
        return name  # practically unreachable; a repeated name is still a valid name

    def surname(self) -> str:
        return self._fresh(lambda: _cap(self._syllables(2, 2) + self.rng.choice(SURNAME_ENDS)))

    def person(self) -> tuple[str, str]:
        """(full name, surname)."""
        last = self.surname()
        return f"{self.rng.choice(FIRST_NAMES)} {last}", last

    def place(self) -> str:
        return self._fresh(lambda: _cap(self._syllables(1, 2) + self.rng.choice(PLACE_ENDS)))

    def country(self) -> str:
        return self._fresh(lambda: _cap(self._syllables(1, 2) + self.rng.choice(COUNTRY_ENDS)))

    def region(self) -> str:
        return f"{self.rng.choice(REGION_PREFIXES)} {_cap(self._syllables(2, 2))}"


@dataclass(slots=True)
class Outlet:
    name: str
    domain: str
    wire: bool
    reporters: list[str] = field(default_factory=list)
    spelling: str = "uk"  # uk | us: wire copies re-spell a few words for the house style


def make_outlets(rng: random.Random) -> list[Outlet]:
    names = NameMaker(rng)
    out = []
    for name in OUTLETS:
        slug = "".join(ch for ch in name.lower().removeprefix("the ") if ch.isalnum())
        reporters = [names.person()[0] for _ in range(rng.randint(5, 12))]
        out.append(Outlet(name=name, domain=f"{slug}.example", wire=name in WIRE_OUTLETS, reporters=reporters,
                          spelling=rng.choice(("uk", "us"))))
    return out
