"""General-knowledge word lists for rule-based entity recognition (no NER model needed).

Nothing here is keyed to a particular story: countries with their capitals, demonyms and
common alternative spellings, well-known international organisations and institutions,
personal titles, and common given names (used only as a hint that a capitalised bigram is
a person). Every surface form maps to a canonical name and a type, so that "Kiev" and
"Kyiv", or "U.S." and "United States", become one entity.
"""
from __future__ import annotations

from functools import lru_cache

# Country table: "Canonical|alias|alias ; Demonym|demonym ; Capital|capital-alias".
# Demonyms become NORP entities, capitals GPE entities of their own.
_COUNTRIES = """
Afghanistan;Afghan|Afghans;Kabul
Albania;Albanian|Albanians;Tirana
Algeria;Algerian|Algerians;Algiers
Argentina;Argentine|Argentinian|Argentines;Buenos Aires
Armenia;Armenian|Armenians;Yerevan
Australia;Australian|Australians;Canberra
Austria;Austrian|Austrians;Vienna
Azerbaijan;Azerbaijani|Azerbaijanis|Azeri;Baku
Bahrain;Bahraini;Manama
Bangladesh;Bangladeshi|Bangladeshis;Dhaka
Belarus;Belarusian|Belarusians;Minsk
Belgium;Belgian|Belgians;Brussels
Bolivia;Bolivian|Bolivians;La Paz
Bosnia and Herzegovina|Bosnia;Bosnian|Bosnians;Sarajevo
Brazil;Brazilian|Brazilians;Brasilia|Brasília
Bulgaria;Bulgarian|Bulgarians;Sofia
Cambodia;Cambodian|Cambodians;Phnom Penh
Canada;Canadian|Canadians;Ottawa
Chile;Chilean|Chileans;Santiago
China|People's Republic of China|PRC;Chinese;Beijing
Colombia;Colombian|Colombians;Bogota|Bogotá
Croatia;Croatian|Croatians|Croat|Croats;Zagreb
Cuba;Cuban|Cubans;Havana
Cyprus;Cypriot|Cypriots;Nicosia
Czech Republic|Czechia;Czech|Czechs;Prague
Denmark;Danish|Dane|Danes;Copenhagen
Egypt;Egyptian|Egyptians;Cairo
Estonia;Estonian|Estonians;Tallinn
Ethiopia;Ethiopian|Ethiopians;Addis Ababa
Finland;Finnish|Finn|Finns;Helsinki
France;French;Paris
Georgia;Georgian|Georgians;Tbilisi
Germany;German|Germans;Berlin
Greece;Greek|Greeks;Athens
Hungary;Hungarian|Hungarians;Budapest
Iceland;Icelandic|Icelanders;Reykjavik
India;Indian|Indians;New Delhi
Indonesia;Indonesian|Indonesians;Jakarta
Iran;Iranian|Iranians;Tehran
Iraq;Iraqi|Iraqis;Baghdad
Ireland;Irish;Dublin
Israel;Israeli|Israelis;Jerusalem
Italy;Italian|Italians;Rome
Japan;Japanese;Tokyo
Jordan;Jordanian|Jordanians;Amman
Kazakhstan;Kazakh|Kazakhs;Astana
Kenya;Kenyan|Kenyans;Nairobi
Kosovo;Kosovar|Kosovars;Pristina
Kuwait;Kuwaiti|Kuwaitis;Kuwait City
Latvia;Latvian|Latvians;Riga
Lebanon;Lebanese;Beirut
Libya;Libyan|Libyans;Tripoli
Lithuania;Lithuanian|Lithuanians;Vilnius
Luxembourg;Luxembourgish;Luxembourg City
Malaysia;Malaysian|Malaysians;Kuala Lumpur
Mexico;Mexican|Mexicans;Mexico City
Moldova;Moldovan|Moldovans;Chisinau|Chișinău
Mongolia;Mongolian|Mongolians;Ulaanbaatar
Montenegro;Montenegrin|Montenegrins;Podgorica
Morocco;Moroccan|Moroccans;Rabat
Myanmar|Burma;Burmese;Naypyidaw
Nepal;Nepali|Nepalese;Kathmandu
Netherlands|the Netherlands|Holland;Dutch;Amsterdam|The Hague
New Zealand;New Zealander|New Zealanders;Wellington
Nigeria;Nigerian|Nigerians;Abuja
North Korea|DPRK;North Korean|North Koreans;Pyongyang
North Macedonia|Macedonia;Macedonian|Macedonians;Skopje
Norway;Norwegian|Norwegians;Oslo
Oman;Omani|Omanis;Muscat
Pakistan;Pakistani|Pakistanis;Islamabad
Palestine|Palestinian Territories;Palestinian|Palestinians;Ramallah
Peru;Peruvian|Peruvians;Lima
Philippines|the Philippines;Filipino|Filipinos;Manila
Poland;Polish|Pole|Poles;Warsaw
Portugal;Portuguese;Lisbon
Qatar;Qatari|Qataris;Doha
Romania;Romanian|Romanians;Bucharest
Russia|Russian Federation;Russian|Russians;Moscow
Saudi Arabia;Saudi|Saudis;Riyadh
Serbia;Serbian|Serbians|Serb|Serbs;Belgrade
Singapore;Singaporean|Singaporeans;
Slovakia;Slovak|Slovaks|Slovakian;Bratislava
Slovenia;Slovenian|Slovenians|Slovene;Ljubljana
South Africa;South African|South Africans;Pretoria
South Korea|Republic of Korea;South Korean|South Koreans;Seoul
Spain;Spanish|Spaniard|Spaniards;Madrid
Sudan;Sudanese;Khartoum
Sweden;Swedish|Swede|Swedes;Stockholm
Switzerland;Swiss;Bern|Berne
Syria;Syrian|Syrians;Damascus
Taiwan;Taiwanese;Taipei
Thailand;Thai|Thais;Bangkok
Tunisia;Tunisian|Tunisians;Tunis
Turkey|Turkiye|Türkiye;Turkish|Turk|Turks;Ankara
Ukraine|the Ukraine;Ukrainian|Ukrainians;Kyiv|Kiev
United Arab Emirates|UAE|U.A.E.|Emirates;Emirati|Emiratis;Abu Dhabi
United Kingdom|U.K.|UK|Britain|Great Britain;British|Briton|Britons;London
United States|U.S.|US|USA|U.S.A.|United States of America|America;American|Americans;Washington|Washington, D.C.
Venezuela;Venezuelan|Venezuelans;Caracas
Vietnam|Viet Nam;Vietnamese;Hanoi
Yemen;Yemeni|Yemenis;Sanaa|Sana'a
Zimbabwe;Zimbabwean|Zimbabweans;Harare
"""

# Regions, sub-national places and other locations often in international news (LOC/GPE).
_PLACES = """
GPE;Crimea
GPE;Donbas|Donbass
GPE;Donetsk
GPE;Luhansk|Lugansk
GPE;Zaporizhzhia|Zaporizhzhya|Zaporozhye
GPE;Kherson
GPE;Kharkiv|Kharkov
GPE;Odesa|Odessa
GPE;Gaza|Gaza Strip
GPE;West Bank
GPE;Hong Kong
GPE;New York|New York City
GPE;California
GPE;Texas
GPE;Florida
GPE;Stuttgart
GPE;Munich
GPE;Geneva
GPE;Istanbul
GPE;Davos
GPE;St. Petersburg|Saint Petersburg
LOC;Europe
LOC;Asia
LOC;Africa
LOC;Middle East
LOC;Latin America
LOC;Black Sea
LOC;Baltic Sea|Baltic
LOC;Arctic
LOC;Balkans
LOC;Western Europe
LOC;Eastern Europe
"""

# Organisations and institutions: "Canonical|alias|…".
_ORGS = """
NATO|North Atlantic Treaty Organization|the alliance
European Union|EU|E.U.
United Nations|UN|U.N.
UN Security Council|Security Council|U.N. Security Council
European Commission
European Parliament
European Council
Kremlin
White House
Pentagon
State Department|U.S. State Department|Department of State
Congress|U.S. Congress
Senate|U.S. Senate
House of Representatives
Supreme Court
Federal Reserve|Fed
Downing Street
Elysee Palace|Élysée Palace|Élysée|Elysee
Bundestag
Duma|State Duma
G7|Group of Seven|G-7
G20|Group of 20|G-20
International Monetary Fund|IMF
World Bank
World Health Organization|WHO
International Atomic Energy Agency|IAEA
International Criminal Court|ICC
European Central Bank|ECB
OPEC
African Union
Organization for Security and Co-operation in Europe|OSCE
CIA
FBI
Hamas
Hezbollah
Taliban
Islamic State|ISIS|ISIL
Republican Party|GOP|Republicans
Democratic Party|Democrats
Reuters
Associated Press|AP
Agence France-Presse|AFP
Bloomberg
BBC
CNN
Fox News
The New York Times|New York Times|the Times
The Washington Post|Washington Post|the Post
Financial Times|FT
The Wall Street Journal|Wall Street Journal
The Guardian
Politico
Axios
Tass|TASS
RIA Novosti
Interfax
Kyiv Independent
Twitter
Facebook
YouTube
Instagram
Google
Microsoft
Amazon
"""

# Given nationalities that are not a country demonym in the table above.
_NORP_EXTRA = """
European|Europeans
Western
Arab|Arabs
Jewish|Jews
Muslim|Muslims
Christian|Christians
Kurdish|Kurds
Republican
Democratic
Democrat
Chechen|Chechens
"""

# abbreviated titles before a name that spaCy's English exceptions leave split ("Sgt" + "."): the
# tokenizer keeps each one token (:mod:`.nlp`), as it keeps "Mr." and "Gov."; "Jr." and "Sr." are
# left out: they often end a sentence
TITLE_ABBREVIATIONS = ("Sgt.", "Supt.", "Insp.", "Det.", "Cpl.", "Capt.", "Cmdr.", "Comdr.", "Const.", "Brig.",
                       "Pte.", "Smt.", "Shri.", "Fr.", "Cllr.", "Coun.", "Hon.", "Atty.", "Lt.", "Maj.", "Col.", "Adm.")

# Titles that can stand before a person's name. Longest first when matched.
PERSON_TITLES = sorted(
    {
        "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Chancellor",
        "Foreign Minister", "Defense Minister", "Defence Minister", "Finance Minister",
        "Minister", "Secretary of State", "Secretary", "Defense Secretary", "Treasury Secretary",
        "Senator", "Sen.", "Rep.", "Representative", "Gov.", "Governor", "Mayor", "Speaker",
        "Ambassador", "Envoy", "envoy", "special envoy", "Special Envoy", "General", "Gen.",
        "Lt. Gen.", "Maj. Gen.", "Col.", "Colonel", "Admiral", "Adm.", "Commander",
        "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Prof.", "Professor", "Sir",
        "Dame", "Lord", "Lady", "King", "Queen", "Prince", "Princess", "Pope", "Cardinal",
        "Rev.", "Judge", "Justice", "Chief Justice", "Attorney General", "spokesman",
        "spokeswoman", "spokesperson", "Spokesman", "Spokeswoman", "adviser", "advisor",
        "aide", "Sheikh", "Crown Prince", "Emir", "Ayatollah", "Premier", "Chairman",
        "Chairwoman", "Chair", "CEO", "Director", "Commissioner", "Archbishop", "Bishop",
        "Councillor", "Councilor", "Cllr", "Cllr.",
        "Shri", "Sri", "Smt", "Shrimati",  # Indian honorifics
        "Sgt", "Supt", "Insp", "Capt", "Lt",
        *TITLE_ABBREVIATIONS,
        "Patriarch", "Gov", "Senate Majority Leader", "Majority Leader", "Minority Leader",
        "House Speaker", "Press Secretary", "press secretary", "negotiator", "Negotiator",
        "son-in-law", "candidate", "nominee", "Secretary-General", "Secretary General",
        "Foreign Secretary", "Home Secretary", "Health Secretary", "economist", "Chief of Staff",
    },
    key=len,
    reverse=True,
)

# Common given names (international news): a capitalised bigram starting with one of these
# is taken as a person even without a title or speech cue.
_GIVEN_NAMES = """
Aaron Abdul Abdullah Adam Adrian Ahmed Al Alan Albert Alberto Alejandro Aleksandr Alex Alexander
Alexandra Alexei Alexis Ali Alice Alicia Alina Alison Allen Amanda Amy Ana Andrea Andrei Andrew
Andriy Andrzej Angela Ann Anna Anne Annalena Anthony Antonio Antony Ashley Barack Barbara Ben
Benjamin Bernie Beth Betsy Bill Bob Boris Brad Brandon Brian Bruce Carl Carlos Carol Caroline
Catherine Charles Charlie Chris Christian Christina Christine Christopher Chuck Claire Claudia
Colin Cory Dan Daniel Danielle Darius David Deborah Denis Dennis Dick Dmitri Dmitry Dmytro Donald
Doug Douglas Ed Edward Elena Elizabeth Ellen Elon Emily Emma Emmanuel Eric Erik Ethan Eva Evan
Frank Franz Friedrich Gary George Gerald Gina Giorgia Greg Gregory Hakan Hans Harry Heather Helen
Henry Hillary Howard Hunter Ian Igor Ilya Isaac Ivan Jack Jacob Jake James Jamie Jane Janet Jared
Jason Jean Jeb Jeff Jeffrey Jennifer Jens Jeremy Jerome Jessica Jim Jimmy Joan Joe Joel John
Johnson Jon Jonathan Jose Joseph Josh Joshua Juan Judy Julia Julian Julie Justin Kamala Karen
Karl Kate Katherine Kathleen Kathy Kaja Keir Keith Kelly Ken Kenneth Kevin Kim Kirill Kristi
Kurt Kyle Larry Laura Lauren Lee Leon Linda Lindsey Lisa Lloyd Louis Lucas Luis Lyndsey Maria
Marco Marcus Margaret Maria Marie Marine Mark Martin Mary Matt Matthew Melania Michael Michel
Michelle Mike Mikhail Mitch Mohammed Muhammad Nancy Naftali Nathan Neil Nicholas Nick Nicolas
Nikki Nikolai Oleg Oleksandr Oleksiy Olaf Olena Oliver Olivia Omar Pamela Patrick Paul Pedro
Pete Peter Petro Phil Philip Rachel Ralph Ram Randy Raymond Rebecca Recep Rex Richard Rick
Rishi Rob Robert Roger Ron Ronald Rudy Rustem Ruth Ryan Sam Samantha Samuel Sarah Scott Sean
Sergei Sergey Sergiy Sharon Sheldon Sophie Stephen Steve Steven Susan Taras Ted Thomas Tim
Timothy Tina Todd Tom Tony Ursula Valerie Valery Vance Victor Viktor Vitali Vitaliy Vladimir
Volodymyr Walter Wayne William Xi Yulia Yuri Yury Yevgeny Yevgeniy Zach Zachary Rand Marsha
Ben Reince Kellyanne Corey Huma Chelsea Debbie Newt Rick Mitt Kasich Hope Jill Gary Tim Mike
"""


# Given names above that are (almost always) women's; used only to keep "she" off men and
# "he" off women when resolving pronoun speakers. Unisex names are in neither set.
_FEMALE_GIVEN = """
Alexandra Alice Alicia Alina Alison Amanda Amy Ana Andrea Angela Ann Anna Anne Annalena Ashley
Barbara Beth Betsy Carol Caroline Catherine Chelsea Christina Christine Claire Claudia Debbie
Deborah Elena Elizabeth Ellen Emily Emma Eva Giorgia Gina Heather Helen Hillary Huma Jane Janet
Jennifer Jessica Jill Joan Judy Julia Julie Kaja Kamala Karen Kate Katherine Kathleen Kathy
Kellyanne Kristi Laura Lauren Linda Lisa Lyndsey Margaret Maria Marie Marine Marsha Mary Melania
Michelle Nancy Nikki Olena Olivia Pamela Rachel Rebecca Ruth Samantha Sarah Sharon Sophie Susan
Tina Ursula Valerie Yulia Hope Madeleine Cecile Elizabeth Sheryl Condoleezza Carly Michele
"""
_UNISEX_GIVEN = {"Kim", "Lee", "Jamie", "Kelly", "Sam", "Alex", "Chris", "Hope", "Jean"}
MALE_TITLES = frozenset({"mr", "king", "prince", "sir", "lord", "pope", "cardinal", "emir", "sheikh"})
FEMALE_TITLES = frozenset({"mrs", "ms", "queen", "princess", "lady", "dame", "spokeswoman",
                           "chairwoman"})


_FEMALE_SET = frozenset(_FEMALE_GIVEN.split())


def given_name_gender(name: str) -> str | None:
    """"f", "m" or None (unknown/unisex) for a given name from the list above."""
    if name in _UNISEX_GIVEN:
        return None
    if name in _FEMALE_SET:
        return "f"
    if name in given_names():
        return "m"
    return None


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, tuple[str, str]]:
    """Surface form -> (entity type, canonical name). Built once, then cached (read-only)."""
    table: dict[str, tuple[str, str]] = {}
    for line in _lines(_COUNTRIES):
        names, demonyms, capitals = (line.split(";") + ["", ""])[:3]
        country = names.split("|")
        for alias in country:
            table[alias] = ("GPE", country[0])
        demo = [d for d in demonyms.split("|") if d]
        for d in demo:
            table.setdefault(d, ("NORP", demo[0]))
        caps = [c for c in capitals.split("|") if c]
        for c in caps:
            table.setdefault(c, ("GPE", caps[0]))
    for line in _lines(_PLACES):
        label, names = line.split(";")
        parts = names.split("|")
        for alias in parts:
            table[alias] = (label, parts[0])
    for line in _lines(_ORGS):
        parts = line.split("|")
        for alias in parts:
            if alias[:4].lower() == "the " and alias[4:5].islower():
                continue  # "the alliance" style descriptions are resolved by the speaker code
            table[alias] = ("ORG", parts[0])
    for line in _lines(_NORP_EXTRA):
        parts = line.split("|")
        for alias in parts:
            table.setdefault(alias, ("NORP", parts[0]))
    return table


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return frozenset(_GIVEN_NAMES.split())


# Words that make a capitalised phrase an organisation rather than a person.
ORG_HEADS = frozenset(
    """Ministry Council Commission Committee Party Forum Office Agency Bank Court Parliament
    Assembly Union Organization Organisation Association Institute University College Company
    Corporation Corp Inc Ltd Group Department Service Services Army Navy Force Forces Guard Police
    Times Post Journal News Press Network Foundation Fund Center Centre Administration Cabinet
    Senate House Congress Board Authority Federation League Alliance Coalition Campaign Club
    Church Museum School Hospital Airlines Airways Media Television TV Radio Review Magazine
    Tribune Herald Telegraph Express Mail Gazette Daily Caller Breitbart Reuters Post
    Lines Shipping Holdings Energy Partners LLC Co Motors Industries Systems Technologies Labs
    Ventures Logistics Railway Railways Telecom Pharmaceuticals Airport Commission Chronicle
    Courier Ledger Wire Sentinel Observer Standard Inquirer Bulletin Dispatch Monitor Ministry
    Directorate Secretariat Tribunal Movement Front Brigade Brigades Battalion Regiment""".split()
)

# Last words of company and association names that are not party nouns of their own (so not
# ORG_HEADS, which the stance stage reads as "the <noun>"): "Harlow Foods", "Tevrin Biotech",
# "Dockside Workers United". General company-naming words; ambiguous ones (Oil, Gas, Steel,
# Digital, Security) are left out because title-case headlines end in them.
COMPANY_NAME_ENDS = frozenset(
    """Air Rail United Foods Brands Pharma Biotech Biosciences Mining Resources Capital
    Enterprises Solutions Software Healthcare Insurance Properties Developments Homes Construction
    Engineering Manufacturing Products Studios Entertainment Retail Stores Farms Dairies Brewing
    Brewery Mills Chemicals Plastics Textiles Communications Networks Robotics Semiconductors
    Utilities Freight Haulage Cement Petroleum Automotive Aerospace Consulting Investments Bancorp
    Cooperative Collective""".split()
)

# Words that make a capitalised phrase an event.
EVENT_HEADS = frozenset(
    "War Summit Conference Olympics Games Election Elections Cup Revolution Crisis Accords Treaty".split()
)


@lru_cache(maxsize=1)
def country_parties() -> dict[str, str]:
    """Country names and aliases, their nationality words and capitals -> the country
    ("Ukrainians" -> "Ukraine", "Moscow" -> "Russia", "U.S." -> "United States"): who a
    nationality word or a capital used for its government stands for."""
    table: dict[str, str] = {}
    for line in _lines(_COUNTRIES):
        names, demonyms, capitals = (line.split(";") + ["", ""])[:3]
        country = names.split("|")
        for alias in country + [d for d in demonyms.split("|") if d] + [c for c in capitals.split("|") if c]:
            table.setdefault(alias, country[0])
    return table
