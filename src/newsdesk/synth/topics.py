"""Story templates: what kind of event, who speaks, which figures, and ways to say each thing.

Every template is a ``str.format`` string over a story's context: ``{city}``, ``{country}``,
``{region}``, ``{org}``, ``{when}`` (the event day relative to the article's publication date),
``{month}``, and ``{f_<figure>}`` (a figure with its unit, e.g. ``{f_dead}`` -> "14 people").
Each content unit has several paraphrases so rewrites can say the same facts differently.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Figure:
    key: str
    low: float
    high: float
    unit: str  # format with {n}
    decimals: int = 0


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    section: str
    orgs: tuple[str, ...]  # formatted with {surname} and {city}
    roles: dict[str, str]  # role key -> title, formatted with the context
    figures: tuple[Figure, ...]  # the first is the headline figure (the one outlets disagree on)
    headlines: tuple[str, ...]
    ledes: tuple[str, ...]
    facts: dict[str, tuple[str, ...]]  # figure key -> paraphrases
    quotes: dict[str, tuple[str, ...]]  # role key -> quote texts (no closing punctuation)
    background: tuple[str, ...]


TOPICS: tuple[Topic, ...] = (
    Topic(
        name="factory fire", section="news",
        orgs=("{surname} Plastics", "{surname} Chemicals", "{city} Textile Works"),
        roles={"official": "the {city} fire chief", "owner": "chief executive of {org}",
               "witness": "a resident who lives near the site", "mayor": "the mayor of {city}"},
        figures=(Figure("dead", 2, 45, "{n} people"), Figure("injured", 5, 120, "{n} people"),
                 Figure("damage", 1.5, 95, "{n} million euros", 1), Figure("hours", 3, 22, "{n} hours")),
        headlines=("Fire at {org} plant in {city} kills {f_dead}", "Deadly blaze tears through {city} factory",
                   "{f_dead} killed as fire engulfs {org} site in {city}", "{city} factory fire: death toll rises"),
        ledes=("A fire tore through a factory run by {org} in {city} {when}, killing {f_dead} and injuring {f_injured}.",
               "At least {f_dead} died {when} when a blaze swept through the {org} plant on the edge of {city}.",
               "Firefighters in {city} were still searching the ruins of the {org} factory after a fire {when} "
               "that left {f_dead} dead."),
        facts={"dead": ("Officials confirmed that {f_dead} had died in the fire.",
                        "The death toll stood at {f_dead}, according to the regional authorities.",
                        "The fire killed {f_dead}, officials said."),
               "injured": ("A further {f_injured} were taken to hospital, several of them with serious burns.",
                           "Hospitals in {region} treated {f_injured} for burns and smoke inhalation."),
               "damage": ("Insurers put the damage at about {f_damage}.",
                          "The company estimated the cost of the damage at {f_damage}."),
               "hours": ("It took crews {f_hours} to bring the flames under control.",
                         "The blaze burned for {f_hours} before it was put out.")},
        quotes={"official": ("The fire spread through the storage hall in minutes",
                             "We are still working to establish what caused this fire",
                             "My crews did everything they could, but the heat was extraordinary"),
                "owner": ("Our thoughts are with the families of everyone who was hurt",
                          "We will cooperate fully with the investigation",
                          "Safety inspections at the site were passed only last year"),
                "witness": ("I heard an explosion and then the whole sky turned black",
                            "People were running out of the gates with their clothes burning",
                            "We have been warning about that building for years"),
                "mayor": ("This is a dark day for {city}", "There must be a full and independent inquiry",
                          "The city will support every family affected by this tragedy")},
        background=("The plant employed several hundred people and was one of the largest employers in {region}.",
                    "Residents had complained about chemical smells from the site for several years.",
                    "Labour inspectors visited the factory in {month}, local media reported.",
                    "Prosecutors in {city} have opened an investigation into possible negligence.",
                    "Smoke from the fire could be seen across {region} for much of the day."),
    ),
    Topic(
        name="strike", section="business",
        orgs=("the {city} Transport Workers' Union", "the {surname} Logistics Group", "the {region} Dockers' Union"),
        roles={"union": "general secretary of {org}", "employer": "a spokesperson for the employers' federation",
               "minister": "the labour minister of {country}", "commuter": "a commuter in {city}"},
        figures=(Figure("strikers", 1200, 48000, "{n} workers"), Figure("raise", 4, 18, "{n} percent"),
                 Figure("offer", 1.5, 6, "{n} percent", 1), Figure("days", 2, 14, "{n} days")),
        headlines=("{f_strikers} walk out as {city} strike begins", "Strike paralyses {city} as pay talks collapse",
                   "Workers in {region} strike for {f_raise} pay rise", "{city} braces for {f_days} of strikes"),
        ledes=("About {f_strikers} walked off the job in {city} {when}, demanding a pay rise of {f_raise}.",
               "A strike by {f_strikers} brought much of {city} to a standstill {when} after talks with employers "
               "broke down.",
               "Unions in {region} began a strike {when} that they say will last {f_days} unless employers improve "
               "their pay offer."),
        facts={"strikers": ("The union said {f_strikers} had joined the walkout.",
                            "Organisers put the number of strikers at {f_strikers}."),
               "raise": ("The union is demanding a raise of {f_raise} to keep pace with prices.",
                         "Workers want wages to rise by {f_raise} this year."),
               "offer": ("Employers have offered {f_offer}, which the union rejected as an insult.",
                         "The latest offer from management was {f_offer}."),
               "days": ("The strike is planned to last {f_days}.", "Union leaders have called {f_days} of action.")},
        quotes={"union": ("Our members cannot live on promises", "We did not want this strike, but we were left no choice",
                          "The door to negotiations remains open"),
                "employer": ("The union's demands would put hundreds of jobs at risk",
                             "Our offer is fair and it is the best we can afford",
                             "We regret the disruption this strike is causing"),
                "minister": ("Both sides need to get back around the table",
                             "The government will not interfere in collective bargaining"),
                "commuter": ("It took me three hours to get to work this morning",
                             "I support the workers, but this is hard for everyone")},
        background=("It is the largest strike in {country} in more than a decade.",
                    "Inflation in {country} has eroded wages for two years in a row.",
                    "Previous talks in {month} ended without agreement.",
                    "Businesses in {city} warned that the strike could cost the local economy dearly.",
                    "Public transport in {region} ran at a fraction of its usual capacity."),
    ),
    Topic(
        name="flood", section="news",
        orgs=("the {region} Water Authority", "the {country} Red Cross", "the {city} Civil Protection Agency"),
        roles={"official": "head of {org}", "mayor": "the mayor of {city}", "resident": "a resident of {city}",
               "scientist": "a hydrologist at the University of {city}"},
        figures=(Figure("evacuated", 300, 25000, "{n} residents"), Figure("rain", 80, 420, "{n} millimetres"),
                 Figure("level", 2.1, 9.8, "{n} metres", 1), Figure("dead", 1, 30, "{n} people")),
        headlines=("Floods force {f_evacuated} from homes in {city}", "{city} under water after record rainfall",
                   "Rivers burst banks across {region}", "Thousands flee as floods hit {region}"),
        ledes=("Floodwaters forced {f_evacuated} from their homes in {city} {when} after days of torrential rain.",
               "Rescue teams in {region} evacuated {f_evacuated} {when} as rivers rose to record levels.",
               "Large parts of {city} were under water {when} after {f_rain} of rain fell in under two days."),
        facts={"evacuated": ("Authorities said {f_evacuated} had been evacuated.",
                             "In total {f_evacuated} were moved to emergency shelters."),
               "rain": ("Meteorologists recorded {f_rain} of rain in 48 hours.",
                        "Some areas received {f_rain} of rainfall."),
               "level": ("The river peaked at {f_level} above its normal level.",
                         "Water levels rose by {f_level}, the highest on record."),
               "dead": ("The floods have killed {f_dead}, officials said.", "At least {f_dead} have died.")},
        quotes={"official": ("The next 24 hours will be critical", "Do not try to drive through flooded roads",
                             "Our teams are working around the clock"),
                "mayor": ("We have never seen water like this in {city}", "Every resident who needs shelter will get it"),
                "resident": ("The water came into the house in less than an hour", "We lost everything on the ground floor",
                             "Nobody warned us until it was too late"),
                "scientist": ("Storms like this are becoming more frequent", "The flood defences were built for a different climate")},
        background=("The last comparable floods in {region} were recorded decades ago.",
                    "Schools across {city} were closed and several roads remained impassable.",
                    "The government of {country} promised emergency funds for the worst-hit areas.",
                    "Forecasters warned that more rain was expected later in the week.",
                    "Volunteers filled sandbags along the river through the night."),
    ),
    Topic(
        name="election", section="politics",
        orgs=("the {surname} Alliance", "the People's Party of {country}", "the {region} Democratic Union"),
        roles={"winner": "leader of {org}", "rival": "the outgoing prime minister of {country}",
               "analyst": "a political scientist in {city}", "voter": "a voter in {city}"},
        figures=(Figure("share", 28, 54, "{n} percent", 1), Figure("turnout", 41, 83, "{n} percent"),
                 Figure("seats", 45, 180, "{n} seats"), Figure("margin", 1, 12, "{n} points")),
        headlines=("{org} wins election in {country}", "Upset in {country} as {org} takes {f_share}",
                   "{country} votes: {org} claims victory", "Turnout of {f_turnout} as {country} elects new parliament"),
        ledes=("{org} won the parliamentary election in {country} {when} with {f_share} of the vote, "
               "official results showed.",
               "Voters in {country} handed {org} a clear victory {when}, giving the party {f_share} of the vote.",
               "The opposition {org} claimed victory in {country}'s election {when} after securing {f_seats}."),
        facts={"share": ("The party took {f_share} of the vote.", "Final results gave the winners {f_share}."),
               "turnout": ("Turnout was {f_turnout}, the electoral commission said.",
                           "The commission put turnout at {f_turnout}."),
               "seats": ("The result gives the party {f_seats} in parliament.",
                         "It will hold {f_seats} in the new assembly."),
               "margin": ("The winning margin was {f_margin}.", "The gap between the two largest parties was {f_margin}.")},
        quotes={"winner": ("Tonight the people of {country} chose change", "We will govern for everyone, not just our voters",
                           "The hard work starts tomorrow"),
                "rival": ("We accept the result and congratulate the winners", "Our party will be a strong opposition"),
                "analyst": ("Nobody expected the margin to be this wide", "The economy decided this election",
                            "Coalition talks could still take weeks"),
                "voter": ("I wanted a change after so many years", "I am not sure anything will really be different")},
        background=("Campaigning was dominated by the rising cost of living.",
                    "Observers from neighbouring countries described the vote as orderly.",
                    "The outgoing government had been in power since {month} several years ago.",
                    "Celebrations continued late into the night in central {city}.",
                    "Coalition negotiations are expected to begin next week."),
    ),
    Topic(
        name="takeover", section="business",
        orgs=("{surname} Holdings", "{surname} Industries", "{city} Mutual Bank", "{surname} Foods"),
        roles={"ceo": "chief executive of {org}", "analyst": "an analyst at {surname2} Capital",
               "union": "a union representative at {org}", "regulator": "chair of the {country} competition authority"},
        figures=(Figure("value", 1.2, 38, "{n} billion dollars", 1), Figure("jobs", 150, 4200, "{n} jobs"),
                 Figure("premium", 12, 55, "{n} percent"), Figure("shares", 3, 25, "{n} percent")),
        headlines=("{org} agrees {f_value} takeover", "{org} to be bought in {f_value} deal",
                   "Takeover of {org} puts {f_jobs} at risk", "Shares jump {f_shares} on {org} deal"),
        ledes=("{org} agreed {when} to be taken over in a deal worth {f_value}, the companies said.",
               "Shareholders of {org} were offered {f_value} {when} in one of the largest deals in {country} this year.",
               "A {f_value} takeover of {org} was announced {when}, with the buyer promising to keep its base in {city}."),
        facts={"value": ("The deal values the company at {f_value}.", "The offer is worth {f_value} including debt."),
               "jobs": ("Unions fear that up to {f_jobs} could be cut.", "The merger could eliminate {f_jobs}, analysts estimate."),
               "premium": ("The price represents a premium of {f_premium} over the last closing price.",
                           "Investors will receive {f_premium} more than the market price."),
               "shares": ("Shares in the company rose {f_shares} in early trading.",
                          "The stock closed up {f_shares}.")},
        quotes={"ceo": ("This deal creates a stronger company for our customers", "Our headquarters will stay in {city}",
                        "We expect the transaction to close next year"),
                "analyst": ("The price looks generous", "Regulators will look very closely at this deal",
                            "There is clearly a lot of overlap between the two businesses"),
                "union": ("We want guarantees for every worker", "We have heard promises like this before"),
                "regulator": ("We will examine the effect on competition carefully",
                              "No decision has been taken yet")},
        background=("The company was founded in {city} more than a century ago.",
                    "The deal still needs approval from regulators in {country}.",
                    "Talks between the two companies were first reported in {month}.",
                    "The sector has seen a wave of consolidation in recent years.",
                    "The buyer has made several acquisitions in {region}."),
    ),
    Topic(
        name="train derailment", section="news",
        orgs=("{country} Railways", "the {region} Rail Company", "{surname} Rail"),
        roles={"official": "a spokesperson for {org}", "minister": "the transport minister of {country}",
               "passenger": "a passenger on the train", "investigator": "head of the rail accident investigation branch"},
        figures=(Figure("injured", 6, 140, "{n} passengers"), Figure("dead", 1, 25, "{n} people"),
                 Figure("speed", 60, 160, "{n} kilometres per hour"), Figure("closed", 4, 60, "{n} kilometres")),
        headlines=("Train derails near {city}, killing {f_dead}", "{f_injured} hurt in {region} rail crash",
                   "Derailment near {city}: investigators examine track", "Rail line closed after {city} crash"),
        ledes=("A passenger train run by {org} derailed near {city} {when}, killing {f_dead} and injuring {f_injured}.",
               "{f_dead} died {when} when a train came off the tracks outside {city}.",
               "Investigators were examining the track near {city} {when} after a derailment left {f_injured} injured."),
        facts={"injured": ("Emergency services said {f_injured} were injured.", "{f_injured} were treated in hospital."),
               "dead": ("The crash killed {f_dead}.", "Officials said {f_dead} had died."),
               "speed": ("The train was travelling at about {f_speed} when it left the rails.",
                         "Data from the train showed a speed of {f_speed}."),
               "closed": ("A section of {f_closed} of the line remains closed.",
                          "The operator closed {f_closed} of track for repairs.")},
        quotes={"official": ("We are cooperating fully with the investigators", "Our priority is the people who were hurt"),
                "minister": ("Every rail line in {country} will be inspected", "Those responsible will be held to account"),
                "passenger": ("The carriage tipped over and everyone was thrown to one side",
                              "There was a terrible noise and then silence"),
                "investigator": ("It is too early to say what caused the derailment",
                                 "We are looking at the track, the signals and the train itself")},
        background=("The line carries thousands of commuters into {city} every day.",
                    "Unions had warned about maintenance cuts on the network.",
                    "A similar accident in {region} several years ago led to new safety rules.",
                    "Replacement buses were running between the nearest stations.",
                    "The train had left {city} shortly before the crash."),
    ),
    Topic(
        name="outbreak", section="science",
        orgs=("the {country} Health Agency", "{city} General Hospital", "the {region} Public Health Institute"),
        roles={"official": "director of {org}", "doctor": "an infectious disease doctor at {city} General Hospital",
               "minister": "the health minister of {country}", "parent": "a parent in {city}"},
        figures=(Figure("cases", 40, 5200, "{n} cases"), Figure("hospital", 5, 300, "{n} patients"),
                 Figure("doses", 10000, 900000, "{n} doses"), Figure("schools", 3, 80, "{n} schools")),
        headlines=("Outbreak in {city} reaches {f_cases}", "Health officials race to contain {region} outbreak",
                   "{f_hospital} in hospital as outbreak spreads", "Vaccination drive after {city} outbreak"),
        ledes=("Health officials in {country} confirmed {f_cases} of the illness in {city} {when}.",
               "An outbreak centred on {city} grew to {f_cases} {when}, with {f_hospital} in hospital.",
               "Authorities in {region} closed {f_schools} {when} to slow an outbreak that has sickened hundreds."),
        facts={"cases": ("The number of confirmed infections reached {f_cases}.", "Officials have recorded {f_cases} so far."),
               "hospital": ("{f_hospital} are being treated in hospital.", "Hospitals are caring for {f_hospital}."),
               "doses": ("The government has ordered {f_doses} of vaccine.", "A first shipment of {f_doses} arrived."),
               "schools": ("{f_schools} were closed as a precaution.", "Officials shut {f_schools} in the area.")},
        quotes={"official": ("The risk to the general public remains low", "We are tracing every contact of every case"),
                "doctor": ("Most patients recover within a week", "The wards are full but we are coping"),
                "minister": ("We have enough vaccine for everyone who needs it", "There is no reason to panic"),
                "parent": ("We are keeping the children at home for now", "Nobody is telling us anything clear")},
        background=("The illness spreads through close contact, doctors said.",
                    "A smaller outbreak was reported in {region} in {month}.",
                    "Neighbouring countries said they were monitoring the situation.",
                    "Pharmacies in {city} reported long queues.",
                    "The agency publishes new figures every morning."),
    ),
    Topic(
        name="earthquake", section="world",
        orgs=("the {country} Seismological Institute", "the {country} Disaster Agency", "the {region} Red Crescent"),
        roles={"official": "head of {org}", "seismologist": "a seismologist at the University of {city}",
               "survivor": "a survivor in {city}", "president": "the president of {country}"},
        figures=(Figure("dead", 3, 400, "{n} people"), Figure("magnitude", 5.1, 7.9, "magnitude {n}", 1),
                 Figure("depth", 6, 70, "{n} kilometres"), Figure("buildings", 40, 6000, "{n} buildings")),
        headlines=("Earthquake in {region} kills {f_dead}", "{f_magnitude} quake strikes near {city}",
                   "Rescuers search rubble after {city} earthquake", "{country} mourns after deadly quake"),
        ledes=("A powerful earthquake struck near {city} {when}, killing at least {f_dead} and toppling buildings "
               "across {region}.",
               "At least {f_dead} were killed {when} when a {f_magnitude} earthquake hit {region}.",
               "Rescuers in {city} dug through collapsed buildings {when} after a quake that killed {f_dead}."),
        facts={"dead": ("The death toll rose to {f_dead}.", "Officials said {f_dead} had been killed."),
               "magnitude": ("The quake measured {f_magnitude}.", "Seismologists put the strength at {f_magnitude}."),
               "depth": ("It struck at a depth of {f_depth}.", "The epicentre was {f_depth} below the surface."),
               "buildings": ("{f_buildings} were damaged or destroyed.", "The quake damaged {f_buildings}.")},
        quotes={"official": ("Search teams will keep working through the night", "We still cannot reach some villages"),
                "seismologist": ("Aftershocks are likely for several days", "This fault has been quiet for a long time"),
                "survivor": ("The ground shook for almost a minute", "My neighbours are still under the rubble"),
                "president": ("The whole nation stands with {city}", "We will rebuild every home")},
        background=("Aftershocks continued to rattle {region} through the day.",
                    "International rescue teams were expected to arrive within hours.",
                    "Many older buildings in {city} were not built to withstand earthquakes.",
                    "The last major earthquake in {country} struck decades ago.",
                    "Field hospitals were set up in parks and football pitches."),
    ),
)

# Sentences any story can use: (subject, predicate) pairs combined freely, so long articles
# do not repeat themselves word for word.
FILLER_SUBJECTS = ("Officials in {city}", "Residents of {city}", "Analysts in {country}", "Opposition politicians",
                   "Local business owners", "Community leaders in {region}", "Several witnesses",
                   "Regional authorities", "Critics of the government", "Aid workers in {region}")
FILLER_PREDICATES = ("said they were watching the situation closely",
                     "called for a full and independent inquiry",
                     "questioned how quickly the authorities had responded",
                     "expected further announcements later in the week",
                     "said it was too early to draw conclusions",
                     "urged people to follow official advice",
                     "warned that the consequences could be felt for months",
                     "praised the work of the emergency services",
                     "said the events had shaken the whole community",
                     "asked for clearer information from the government",
                     "said lessons had to be learned quickly",
                     "described the mood as tense but calm")
FILLER_TAILS = ("", ", according to local media", " on condition of anonymity", " in statements to the press")

CLOSERS = ("{Org} did not immediately respond to a request for comment.",
           "More details are expected to be released in the coming days.",
           "The investigation is continuing.",
           "This story has been updated with additional details.")

# Word swaps a republishing outlet makes (house style), applied outside quotes.
SPELLING_US = {"kilometres": "kilometers", "metres": "meters", "millimetres": "millimeters",
               "centre": "center", "organisers": "organizers", "labour": "labor", "neighbouring": "neighboring",
               "rumours": "rumors", "defences": "defenses"}
EDIT_SWAPS = {"about": "around", "several": "a number of", "began": "started",
              "largest": "biggest", "quickly": "swiftly", "confirmed": "announced", "warned": "cautioned",
              "called for": "demanded", "praised": "commended", "expected": "anticipated", "urged": "encouraged"}

# Story-specific colour around the people in a story: {full}, {last} and {title} are one person.
PERSON_DETAILS = ("{full}, {title}, spoke to reporters in {city} {when}.",
                  "{last} said more information would be shared once it had been verified.",
                  "Asked about the figures, {last} declined to give further details.",
                  "{last} has lived and worked in {city} since {year}.",
                  "{last} later repeated the message in an interview with local radio.",
                  "{full} cut short a trip abroad to return to {city}.")

# Quotes any speaker may give, on top of the topic's own.
GENERIC_QUOTES = ("We need answers, and we need them quickly",
                  "It is a difficult time for everyone in {city}",
                  "Nobody should have to go through something like this",
                  "We will know much more in the next few days",
                  "I have never seen anything like it in {region}")

# Real quotes belong to one story. Stock lines above are made the speaker's own by working the
# story's places and names in: a parenthetical at a clause boundary near the middle and, often,
# a tail, so two stories of the same kind rarely share a quoted 5-word window.
QUOTE_ASIDES = (", here in {city},", ", as everyone at {org} knows,", ", {surname2} included,",
                ", whatever they say in {capital},", ", and I say this as someone from {city},",
                ", and the whole of {region} knows it,", ", for {city} at least,", ", as in {capital},")
QUOTE_TAILS = (", and that goes for all of {region}", ", in {city} and everywhere else", " in {city}",
               ", not just in {city} but across {country}", ", and {org} knows that", " for {region}")
QUOTE_BREAKS = frozenset("in to for with and but through on at of than before after around into is are was "
                         "will can could must".split())  # words an aside may stand before

# An outlet's own voice: each article picks one wording per phrase (outside quotes), so two
# independent reports of one story share figures and quotes but not whole sentences.
VOICE = {
    "said": ("said", "stated", "added", "noted"),
    "officials": ("officials", "authorities", "local officials"),
    "Officials": ("Officials", "Authorities", "Local officials"),
    "residents": ("residents", "locals", "inhabitants"),
    "about": ("about", "around", "roughly", "approximately"),
    "several": ("several", "a number of", "various"),
    "began": ("began", "started"),
    "largest": ("largest", "biggest"),
    "warned": ("warned", "cautioned"),
    "called for": ("called for", "demanded", "pressed for"),
    "investigation": ("investigation", "inquiry", "probe"),
    "reporters": ("reporters", "journalists"),
    "described": ("described", "characterised"),
    "praised": ("praised", "commended", "lauded"),
    "questioned": ("questioned", "challenged"),
    "urged": ("urged", "encouraged"),
    "watching the situation closely": ("watching the situation closely", "monitoring developments",
                                       "following events closely"),
    "too early to draw conclusions": ("too early to draw conclusions", "too soon to say what went wrong",
                                      "premature to draw conclusions"),
    "in the coming days": ("in the coming days", "over the next few days", "later this week"),
    "did not immediately respond to a request for comment": (
        "did not immediately respond to a request for comment", "could not be reached for comment",
        "declined to comment"),
    "repeated the message": ("repeated the message", "reiterated the point", "made the same point"),
    "declined to give further details": ("declined to give further details", "would not elaborate",
                                         "refused to go into detail"),
    "more information would be shared once it had been verified": (
        "more information would be shared once it had been verified", "further details would follow once confirmed",
        "more would be said once the facts were clear"),
    "spoke to reporters": ("spoke to reporters", "addressed journalists", "briefed the media"),
    "cut short a trip abroad": ("cut short a trip abroad", "returned early from a trip abroad"),
    "were taken to hospital": ("were taken to hospital", "were hospitalised", "needed hospital treatment"),
    "for much of the day": ("for much of the day", "for hours", "throughout the day"),
    "have opened an investigation into": ("have opened an investigation into", "have launched a probe into"),
    "The death toll": ("The death toll", "The number of dead"),
    "expected": ("expected", "anticipated"),
    "according to": ("according to", "citing"),
    "the consequences": ("the consequences", "the effects", "the fallout"),
    "the events": ("the events", "what happened", "the disaster"),
    "the authorities had responded": ("the authorities had responded", "officials had reacted"),
    "further announcements": ("further announcements", "more news", "new statements"),
    "the emergency services": ("the emergency services", "rescue workers", "first responders"),
    "a full and independent inquiry": ("a full and independent inquiry", "an independent investigation"),
    "clearer information": ("clearer information", "more transparency", "straight answers"),
    "lessons had to be learned": ("lessons had to be learned", "mistakes must not be repeated"),
    "the whole community": ("the whole community", "the entire town", "everyone locally"),
    "tense but calm": ("tense but calm", "anxious but orderly", "subdued"),
    "to follow official advice": ("to follow official advice", "to heed official guidance", "to stay informed"),
    "in statements to the press": ("in statements to the press", "in public remarks", "in comments to the media"),
    "on condition of anonymity": ("on condition of anonymity", "speaking privately", "off the record"),
}
