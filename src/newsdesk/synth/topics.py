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
        roles={"official": "[the {city} fire chief|{city}'s fire chief|the head of the {city} fire service]", "owner": "[chief executive|the chief executive|the head] of {org}",
               "witness": "[a resident who lives near the site|who lives [next to|near] the [plant|factory]|a neighbour of the plant]", "mayor": "[the mayor of {city}|{city}'s mayor]"},
        figures=(Figure("dead", 2, 45, "{n} people"), Figure("injured", 5, 120, "{n} people"),
                 Figure("damage", 1.5, 95, "{n} million euros", 1), Figure("hours", 3, 22, "{n} hours")),
        headlines=("Fire at {org} plant in {city} kills {f_dead}", "Deadly blaze tears through {city} factory",
                   "{f_dead} killed as fire engulfs {org} site in {city}", "{city} factory fire: death toll rises"),
        ledes=("A [fire|blaze] [tore|swept|raced] through a [factory|plant] [run|operated|owned] by {org} "
               "[in|on the outskirts of] {city} {when}, killing {f_dead} and [injuring|wounding] {f_injured}.",
               "At least {f_dead} [died|were killed|lost their lives] {when} when [a blaze|a fire|flames] "
               "[swept|tore|ripped] through the {org} [plant|factory|site] [on the edge of|near|in] {city}.",
               "[Firefighters|Rescue crews|Emergency workers] in {city} were still [searching|combing|picking through] "
               "the [ruins|charred remains|wreckage] of the {org} [factory|plant] [after a fire {when} that left "
               "{f_dead} dead|{when}, hours after a fire that killed {f_dead}]."),
        facts={"dead": ("[Officials|The authorities|Regional officials] [confirmed|said] that {f_dead} had "
                        "[died|been killed|lost their lives] in the [fire|blaze].",
                        "The [death toll|number of dead] [stood at|reached|rose to] {f_dead}, "
                        "[according to the regional authorities|officials in {region} said|the fire service said].",
                        "The [fire|blaze] [killed|claimed the lives of] {f_dead}, [officials|the authorities|"
                        "emergency services] said.",
                        "[By [the evening|nightfall|late {when}]|So far], {f_dead} [were|had been] confirmed dead."),
               "injured": ("A further {f_injured} were [taken|rushed] to hospital, [several|many|some] of them "
                           "with [serious|severe] burns.",
                           "[Hospitals|Doctors] in {region} [treated|were caring for] {f_injured} [for burns and "
                           "smoke inhalation|with burns|after the fire].",
                           "[Another|A further] {f_injured} [were injured|were hurt|suffered injuries][|, "
                           "[officials|the fire service] said]."),
               "damage": ("[Insurers|Loss adjusters] put the damage at [about|around|roughly] {f_damage}.",
                          "The company [estimated|put] the [cost of the damage|damage] at {f_damage}.",
                          "[Early estimates|First estimates] put the [losses|damage] at {f_damage}[|, "
                          "[insurers|the company] said]."),
               "hours": ("It took [crews|firefighters|fire crews] {f_hours} to [bring the flames under control|"
                         "put out the fire|control the blaze].",
                         "The [blaze|fire] [burned|raged] for {f_hours} before it was [put out|extinguished|"
                         "brought under control].",
                         "[Firefighters|More than a hundred firefighters|Crews from across {region}] [battled|fought] "
                         "the [flames|fire] for {f_hours}.")},
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
        background=("The [plant|factory] [employed|had] [several hundred|hundreds of] [people|workers] and was "
                    "[one of the largest employers|a major employer] in {region}.",
                    "[Residents|Neighbours|People living nearby] had complained [about|of] [chemical smells|fumes] "
                    "from the [site|plant] for [several|many] years.",
                    "Labour inspectors [visited|inspected] the [factory|site] in {month}, [local media reported|"
                    "according to local media|records show].",
                    "Prosecutors in {city} have [opened an investigation|launched a probe] into [possible negligence|"
                    "whether safety rules were broken].",
                    "[Smoke|A column of black smoke] from the [fire|blaze] could be seen across {region} "
                    "[for much of the day|for hours|throughout the day].",
                    "[The cause of the fire|What started the fire] [was not yet known|remained unclear|has not been "
                    "established].",
                    "[Schools|Several schools] near the [site|plant] [kept pupils indoors|were closed] as a "
                    "precaution."),
    ),
    Topic(
        name="strike", section="business",
        orgs=("the {city} Transport Workers' Union", "the {surname} Logistics Group", "the {region} Dockers' Union"),
        roles={"union": "[general secretary|the general secretary|the leader] of {org}", "employer": "[a spokesperson|a spokeswoman|a representative] for the employers' [federation|association]",
               "minister": "[the labour minister of {country}|{country}'s labour minister]", "commuter": "[a commuter in {city}|who commutes into {city}|a {city} commuter]"},
        figures=(Figure("strikers", 1200, 48000, "{n} workers"), Figure("raise", 4, 18, "{n} percent"),
                 Figure("offer", 1.5, 6, "{n} percent", 1), Figure("days", 2, 14, "{n} days")),
        headlines=("{f_strikers} walk out as {city} strike begins", "Strike paralyses {city} as pay talks collapse",
                   "Workers in {region} strike for {f_raise} pay rise", "{city} braces for {f_days} of strikes"),
        ledes=("[About|Around|Some] {f_strikers} [walked off the job|went on strike|stopped work] in {city} {when}, "
               "[demanding|calling for|seeking] a pay rise of {f_raise}.",
               "A strike by {f_strikers} [brought much of {city} to a standstill|paralysed {city}|shut down "
               "much of {city}] {when} after [talks|negotiations] with employers [broke down|collapsed].",
               "[Unions|Workers] in {region} [began|launched|started] a strike {when} that [they say|organisers say|"
               "is set to] [will last|could last|last] {f_days} unless employers [improve|raise] their [pay offer|"
               "offer]."),
        facts={"strikers": ("The union said {f_strikers} had [joined the walkout|stopped work|downed tools].",
                            "[Organisers|Union officials] put the number of strikers at {f_strikers}.",
                            "[Some|About|Roughly] {f_strikers} [took part|joined in|were on strike][|, "
                            "[according to the union|the union said]]."),
               "raise": ("The union is [demanding|seeking|asking for] a [raise|rise] of {f_raise} [to keep pace "
                         "with prices|to make up for inflation|this year].",
                         "Workers want [wages|pay] to rise by {f_raise}[ this year| over the next year|].",
                         "[At the heart of the dispute|The main demand] is a pay rise of {f_raise}."),
               "offer": ("Employers have offered {f_offer}, which the union [rejected as an insult|dismissed|"
                         "called far too little].",
                         "The [latest|most recent] offer from [management|employers] was {f_offer}.",
                         "[Management|The employers] [say|insist] {f_offer} is [all they can afford|their final "
                         "offer|a fair offer]."),
               "days": ("The strike is [planned|due|set] to last {f_days}.",
                        "Union leaders have called {f_days} of [action|strikes|walkouts].",
                        "[Further|More] walkouts [over|across] {f_days} [have been announced|are planned].")},
        quotes={"union": ("Our members cannot live on promises", "We did not want this strike, but we were left no choice",
                          "The door to negotiations remains open"),
                "employer": ("The union's demands would put hundreds of jobs at risk",
                             "Our offer is fair and it is the best we can afford",
                             "We regret the disruption this strike is causing"),
                "minister": ("Both sides need to get back around the table",
                             "The government will not interfere in collective bargaining"),
                "commuter": ("It took me three hours to get to work this morning",
                             "I support the workers, but this is hard for everyone")},
        background=("It is the [largest|biggest] strike in {country} [in more than a decade|for years|since "
                    "the early 2000s].",
                    "Inflation in {country} has [eroded|squeezed] [wages|real pay] for [two years in a row|"
                    "the past two years].",
                    "[Previous|Earlier] [talks|negotiations] in {month} ended without [agreement|a deal].",
                    "Businesses in {city} [warned|said] that the strike could [cost the local economy dearly|"
                    "cost them millions].",
                    "Public transport in {region} ran at [a fraction of its usual capacity|a reduced timetable].",
                    "[Schools|Many offices] in {city} [told people to stay at home|switched to remote work].",
                    "[Mediators|A government mediator] [offered|has offered] to [host new talks|bring the two "
                    "sides together]."),
    ),
    Topic(
        name="flood", section="news",
        orgs=("the {region} Water Authority", "the {country} Red Cross", "the {city} Civil Protection Agency"),
        roles={"official": "[head|the head|director] of {org}", "mayor": "[the mayor of {city}|{city}'s mayor]", "resident": "[a resident of {city}|who lives in {city}|a {city} resident]",
               "scientist": "[a hydrologist|a water expert|a flood researcher] at the University of {city}"},
        figures=(Figure("evacuated", 300, 25000, "{n} residents"), Figure("rain", 80, 420, "{n} millimetres"),
                 Figure("level", 2.1, 9.8, "{n} metres", 1), Figure("dead", 1, 30, "{n} people")),
        headlines=("Floods force {f_evacuated} from homes in {city}", "{city} under water after record rainfall",
                   "Rivers burst banks across {region}", "Thousands flee as floods hit {region}"),
        ledes=("[Floodwaters|Rising water|Floods] forced {f_evacuated} from their homes in {city} {when} after "
               "[days|several days] of [torrential|heavy] rain.",
               "[Rescue teams|Emergency crews] in {region} evacuated {f_evacuated} {when} as rivers rose to "
               "[record levels|levels not seen in decades].",
               "[Large parts of {city} were|Much of {city} was] under water {when} after {f_rain} of rain fell in "
               "[under|less than] two days."),
        facts={"evacuated": ("[Authorities|Officials] said {f_evacuated} had been [evacuated|moved to safety].",
                             "In total {f_evacuated} were [moved|taken] to [emergency shelters|shelters and "
                             "sports halls].",
                             "[The evacuation|The operation] [covered|involved] {f_evacuated}[|, officials said]."),
               "rain": ("[Meteorologists|Forecasters] recorded {f_rain} of rain in 48 hours.",
                        "Some [areas|districts] received {f_rain} of [rainfall|rain].",
                        "[As much as|Up to] {f_rain} of rain fell [in two days|over the weekend|in 48 hours]."),
               "level": ("The river peaked at {f_level} above its normal level.",
                         "Water levels rose by {f_level}, the highest [on record|ever recorded].",
                         "[Gauges|Measuring stations] showed the river {f_level} above [normal|its usual level]."),
               "dead": ("The floods have killed {f_dead}, [officials|the authorities] said.",
                        "At least {f_dead} have [died|been killed|lost their lives].",
                        "[The death toll|The number of dead] [rose to|reached] {f_dead}.")},
        quotes={"official": ("The next 24 hours will be critical", "Do not try to drive through flooded roads",
                             "Our teams are working around the clock"),
                "mayor": ("We have never seen water like this in {city}", "Every resident who needs shelter will get it"),
                "resident": ("The water came into the house in less than an hour", "We lost everything on the ground floor",
                             "Nobody warned us until it was too late"),
                "scientist": ("Storms like this are becoming more frequent", "The flood defences were built for a different climate")},
        background=("The last comparable floods in {region} were recorded [decades ago|in the last century].",
                    "[Schools|Schools and nurseries] across {city} were closed and [several|many] roads "
                    "[remained impassable|were cut off].",
                    "The government of {country} [promised|pledged] emergency [funds|aid] for the worst-hit areas.",
                    "[Forecasters|Meteorologists] [warned|said] that more rain was [expected|likely] later in the week.",
                    "Volunteers [filled sandbags|stacked sandbags] along the river [through the night|overnight].",
                    "[Power|Electricity] was cut to [thousands of homes|parts of {city}].",
                    "[Train services|Rail lines] through {region} were [suspended|halted]."),
    ),
    Topic(
        name="election", section="politics",
        orgs=("the {surname} Alliance", "the People's Party of {country}", "the {region} Democratic Union"),
        roles={"winner": "[leader|the leader|the head] of {org}", "rival": "[the outgoing prime minister of {country}|{country}'s outgoing prime minister]",
               "analyst": "[a political scientist|a politics professor|an analyst] in {city}", "voter": "[a voter in {city}|who voted in {city}|a {city} voter]"},
        figures=(Figure("share", 28, 54, "{n} percent", 1), Figure("turnout", 41, 83, "{n} percent"),
                 Figure("seats", 45, 180, "{n} seats"), Figure("margin", 1, 12, "{n} points")),
        headlines=("{org} wins election in {country}", "Upset in {country} as {org} takes {f_share}",
                   "{country} votes: {org} claims victory", "Turnout of {f_turnout} as {country} elects new parliament"),
        ledes=("{Org} won the [parliamentary|general] election in {country} {when} with {f_share} of the vote, "
               "[official results showed|according to official results|the electoral commission said].",
               "Voters in {country} handed {org} a [clear|decisive|convincing] victory {when}, giving the party "
               "{f_share} of the vote.",
               "The opposition {org} claimed victory in {country}'s election {when} after [securing|winning] {f_seats}."),
        facts={"share": ("The party [took|won] {f_share} of the vote.", "Final results gave the winners {f_share}.",
                         "[With all votes counted|According to the final count], the party had {f_share}."),
               "turnout": ("Turnout was {f_turnout}, the electoral commission said.",
                           "The commission put turnout at {f_turnout}.",
                           "[Some|About] {f_turnout} of [registered voters|the electorate] cast a ballot."),
               "seats": ("The result gives the party {f_seats} in parliament.",
                         "It will hold {f_seats} in the new [assembly|parliament].",
                         "The party [won|secured] {f_seats}[|, [short of|well above] what it had hoped for]."),
               "margin": ("The winning margin was {f_margin}.", "The gap between the two largest parties was {f_margin}.",
                          "The [winners|victors] finished {f_margin} ahead of their [nearest rival|rivals].")},
        quotes={"winner": ("Tonight the people of {country} chose change", "We will govern for everyone, not just our voters",
                           "The hard work starts tomorrow"),
                "rival": ("We accept the result and congratulate the winners", "Our party will be a strong opposition"),
                "analyst": ("Nobody expected the margin to be this wide", "The economy decided this election",
                            "Coalition talks could still take weeks"),
                "voter": ("I wanted a change after so many years", "I am not sure anything will really be different")},
        background=("[Campaigning|The campaign] was dominated by the rising cost of living.",
                    "[Observers|Election monitors] from neighbouring countries described the vote as [orderly|"
                    "free and fair].",
                    "The outgoing government had been in power since {month} [several years ago|{year}].",
                    "[Celebrations|Supporters' celebrations] continued late into the night in central {city}.",
                    "Coalition [negotiations|talks] are expected to [begin|start] next week.",
                    "[Polls|Opinion polls] had [predicted a much closer race|pointed to a hung parliament].",
                    "[Queues|Long queues] formed outside polling stations in {city} [in the morning|"
                    "before they opened]."),
    ),
    Topic(
        name="takeover", section="business",
        orgs=("{surname} Holdings", "{surname} Industries", "{city} Mutual Bank", "{surname} Foods"),
        roles={"ceo": "[chief executive|the chief executive|the boss] of {org}", "analyst": "[an analyst|a banking analyst|a market analyst] at {surname2} Capital",
               "union": "[a union representative|a shop steward|a union official] at {org}", "regulator": "[chair|the chair|head] of the {country} competition authority"},
        figures=(Figure("value", 1.2, 38, "{n} billion dollars", 1), Figure("jobs", 150, 4200, "{n} jobs"),
                 Figure("premium", 12, 55, "{n} percent"), Figure("shares", 3, 25, "{n} percent")),
        headlines=("{org} agrees {f_value} takeover", "{org} to be bought in {f_value} deal",
                   "Takeover of {org} puts {f_jobs} at risk", "Shares jump {f_shares} on {org} deal"),
        ledes=("{Org} [agreed|has agreed] {when} to be [taken over|bought|acquired] in a deal worth {f_value}, "
               "the companies [said|announced].",
               "Shareholders of {org} were offered {f_value} {when} in one of the [largest|biggest] deals in "
               "{country} [this year|in years].",
               "A {f_value} takeover of {org} was announced {when}, with the buyer [promising|pledging] to keep "
               "[its base|its headquarters] in {city}."),
        facts={"value": ("The deal values the company at {f_value}.", "The offer is worth {f_value} including debt.",
                         "[In total|All told], the [buyer|acquirer] will pay {f_value}."),
               "jobs": ("Unions fear that up to {f_jobs} could be cut.",
                        "The merger could eliminate {f_jobs}, analysts estimate.",
                        "[As many as|Up to] {f_jobs} [are at risk|could go], [according to the unions|union "
                        "officials warned]."),
               "premium": ("The price represents a premium of {f_premium} over the last closing price.",
                           "Investors will receive {f_premium} more than the market price.",
                           "The offer is {f_premium} above [the company's share price|where the shares traded] "
                           "[before the announcement|last week]."),
               "shares": ("Shares in the company rose {f_shares} in early trading.",
                          "The stock closed up {f_shares}.",
                          "[The shares|Its stock] [jumped|gained|climbed] {f_shares} [on the news|after the "
                          "announcement].")},
        quotes={"ceo": ("This deal creates a stronger company for our customers", "Our headquarters will stay in {city}",
                        "We expect the transaction to close next year"),
                "analyst": ("The price looks generous", "Regulators will look very closely at this deal",
                            "There is clearly a lot of overlap between the two businesses"),
                "union": ("We want guarantees for every worker", "We have heard promises like this before"),
                "regulator": ("We will examine the effect on competition carefully",
                              "No decision has been taken yet")},
        background=("The company was founded in {city} [more than a century ago|in the nineteenth century].",
                    "The deal still needs [approval|the approval of] regulators in {country}.",
                    "Talks between the two companies were first reported in {month}.",
                    "The sector has seen a wave of [consolidation|mergers] in recent years.",
                    "The buyer has made [several|a string of] acquisitions in {region}.",
                    "[Advisers|Investment banks] on the deal [were not named|declined to comment].",
                    "The company [employs|has] [thousands of people|a large workforce] in {region}."),
    ),
    Topic(
        name="train derailment", section="news",
        orgs=("{country} Railways", "the {region} Rail Company", "{surname} Rail"),
        roles={"official": "[a spokesperson|a spokeswoman|a press officer] for {org}", "minister": "[the transport minister of {country}|{country}'s transport minister]",
               "passenger": "[a passenger on the train|who was on the train|one of the passengers]", "investigator": "[head|the head|chief inspector] of the rail accident investigation branch"},
        figures=(Figure("injured", 6, 140, "{n} passengers"), Figure("dead", 1, 25, "{n} people"),
                 Figure("speed", 60, 160, "{n} kilometres per hour"), Figure("closed", 4, 60, "{n} kilometres")),
        headlines=("Train derails near {city}, killing {f_dead}", "{f_injured} hurt in {region} rail crash",
                   "Derailment near {city}: investigators examine track", "Rail line closed after {city} crash"),
        ledes=("A passenger train [run|operated] by {org} derailed near {city} {when}, killing {f_dead} and "
               "[injuring|hurting] {f_injured}.",
               "{f_dead} [died|were killed] {when} when a train came off the [tracks|rails] outside {city}.",
               "Investigators were [examining|inspecting] the track near {city} {when} after a derailment left "
               "{f_injured} injured."),
        facts={"injured": ("Emergency services said {f_injured} were injured.",
                           "{f_injured} were treated in hospital.",
                           "[Paramedics|Ambulance crews] [treated|cared for] {f_injured} [at the scene|"
                           "on the embankment]."),
               "dead": ("The crash killed {f_dead}.", "Officials said {f_dead} had died.",
                        "[The death toll|The number of dead] [stood at|rose to] {f_dead}."),
               "speed": ("The train was travelling at [about|around] {f_speed} when it left the rails.",
                         "Data from the train showed a speed of {f_speed}.",
                         "[Its speed|The speed of the train] [was|had been] {f_speed}, [according to|"
                         "investigators said, citing] the [data recorder|on-board recorder]."),
               "closed": ("A section of {f_closed} of the line remains closed.",
                          "The operator closed {f_closed} of track for repairs.",
                          "[Repairs|Repair work] [will keep|is keeping] {f_closed} of the line closed.")},
        quotes={"official": ("We are cooperating fully with the investigators", "Our priority is the people who were hurt"),
                "minister": ("Every rail line in {country} will be inspected", "Those responsible will be held to account"),
                "passenger": ("The carriage tipped over and everyone was thrown to one side",
                              "There was a terrible noise and then silence"),
                "investigator": ("It is too early to say what caused the derailment",
                                 "We are looking at the track, the signals and the train itself")},
        background=("The line carries thousands of commuters into {city} [every day|each day].",
                    "Unions had [warned|complained] about maintenance cuts on the network.",
                    "A similar accident in {region} [several years ago|in {year}] led to new safety rules.",
                    "Replacement buses were running between the nearest stations.",
                    "The train had left {city} [shortly|minutes] before the crash.",
                    "[Cranes were brought in|Heavy lifting equipment was brought in|Cranes arrived] to [move|lift] the carriages.",
                    "[The operator|{Org}] [has faced criticism|was criticised] over [delays|its safety record] "
                    "[this year|in recent months]."),
    ),
    Topic(
        name="outbreak", section="science",
        orgs=("the {country} Health Agency", "{city} General Hospital", "the {region} Public Health Institute"),
        roles={"official": "[director|the director|head] of {org}", "doctor": "[an infectious disease doctor|a doctor|a senior physician] at {city} General Hospital",
               "minister": "[the health minister of {country}|{country}'s health minister]", "parent": "[a parent in {city}|a mother of two in {city}|who has children at school in {city}]"},
        figures=(Figure("cases", 40, 5200, "{n} cases"), Figure("hospital", 5, 300, "{n} patients"),
                 Figure("doses", 10000, 900000, "{n} doses"), Figure("schools", 3, 80, "{n} schools")),
        headlines=("Outbreak in {city} reaches {f_cases}", "Health officials race to contain {region} outbreak",
                   "{f_hospital} in hospital as outbreak spreads", "Vaccination drive after {city} outbreak"),
        ledes=("Health officials in {country} [confirmed|reported] {f_cases} of the illness in {city} {when}.",
               "An outbreak centred on {city} [grew|rose] to {f_cases} {when}, with {f_hospital} in hospital.",
               "Authorities in {region} closed {f_schools} {when} to [slow|contain] an outbreak that has "
               "[sickened|infected] hundreds."),
        facts={"cases": ("The number of confirmed infections reached {f_cases}.",
                         "Officials have recorded {f_cases} so far.",
                         "[Laboratories|Testing centres] have [confirmed|identified] {f_cases}[| since the start of "
                         "the outbreak]."),
               "hospital": ("{f_hospital} are being treated in hospital.", "Hospitals are caring for {f_hospital}.",
                            "[Wards|Hospital wards] in {region} [have admitted|are treating] {f_hospital}."),
               "doses": ("The government has ordered {f_doses} of vaccine.", "A first shipment of {f_doses} arrived.",
                         "[Health workers|Clinics] [will receive|are due to get] {f_doses} of vaccine."),
               "schools": ("{f_schools} were closed as a precaution.", "Officials shut {f_schools} in the area.",
                           "[Classes|Lessons] were [cancelled|suspended] at {f_schools}.")},
        quotes={"official": ("The risk to the general public remains low", "We are tracing every contact of every case"),
                "doctor": ("Most patients recover within a week", "The wards are full but we are coping"),
                "minister": ("We have enough vaccine for everyone who needs it", "There is no reason to panic"),
                "parent": ("We are keeping the children at home for now", "Nobody is telling us anything clear")},
        background=("The illness spreads through close contact, doctors said.",
                    "A smaller outbreak was reported in {region} in {month}.",
                    "Neighbouring countries said they were [monitoring|watching] the situation.",
                    "Pharmacies in {city} reported [long queues|shortages of masks].",
                    "The agency publishes new figures every [morning|day].",
                    "[Visits|Visiting hours] at care homes in {city} were [restricted|suspended].",
                    "[Experts|Epidemiologists] said [it was unclear|it was not yet known] how the outbreak "
                    "[began|started]."),
    ),
    Topic(
        name="earthquake", section="world",
        orgs=("the {country} Seismological Institute", "the {country} Disaster Agency", "the {region} Red Crescent"),
        roles={"official": "[head|the head|director] of {org}", "seismologist": "[a seismologist|an earthquake expert|a geophysicist] at the University of {city}",
               "survivor": "[a survivor in {city}|who survived the quake in {city}|a {city} resident]", "president": "[the president of {country}|{country}'s president]"},
        figures=(Figure("dead", 3, 400, "{n} people"), Figure("magnitude", 5.1, 7.9, "magnitude {n}", 1),
                 Figure("depth", 6, 70, "{n} kilometres"), Figure("buildings", 40, 6000, "{n} buildings")),
        headlines=("Earthquake in {region} kills {f_dead}", "{f_magnitude} quake strikes near {city}",
                   "Rescuers search rubble after {city} earthquake", "{country} mourns after deadly quake"),
        ledes=("A [powerful|strong] earthquake struck near {city} {when}, killing at least {f_dead} and "
               "[toppling|flattening] buildings across {region}.",
               "At least {f_dead} were killed {when} when a {f_magnitude} earthquake [hit|struck] {region}.",
               "Rescuers in {city} [dug|searched] through [collapsed buildings|the rubble] {when} after a quake "
               "that killed {f_dead}."),
        facts={"dead": ("The death toll rose to {f_dead}.", "Officials said {f_dead} had been killed.",
                        "[At least|So far] {f_dead} [are known to have died|have been confirmed dead]."),
               "magnitude": ("The quake measured {f_magnitude}.", "Seismologists put the strength at {f_magnitude}.",
                             "[The tremor|The earthquake] had a [strength|magnitude reading] of {f_magnitude}[|, "
                             "according to {org}]."),
               "depth": ("It struck at a depth of {f_depth}.", "The epicentre was {f_depth} below the surface.",
                         "[The quake|The tremor] [originated|was centred] {f_depth} [underground|below ground]."),
               "buildings": ("{f_buildings} were damaged or destroyed.", "The quake damaged {f_buildings}.",
                             "[Engineers|Inspectors] [counted|have recorded] {f_buildings} [damaged|in ruins].")},
        quotes={"official": ("Search teams will keep working through the night", "We still cannot reach some villages"),
                "seismologist": ("Aftershocks are likely for several days", "This fault has been quiet for a long time"),
                "survivor": ("The ground shook for almost a minute", "My neighbours are still under the rubble"),
                "president": ("The whole nation stands with {city}", "We will rebuild every home")},
        background=("Aftershocks continued to [rattle|shake] {region} through the day.",
                    "International rescue teams were expected to arrive within hours.",
                    "[Many|A lot of] older buildings in {city} were not built to withstand earthquakes.",
                    "The last major earthquake in {country} struck [decades ago|in the last century].",
                    "Field hospitals were set up in parks and [football pitches|sports grounds].",
                    "[Families|Thousands of people] spent the night [outdoors|in cars|in tents].",
                    "[Roads|Several roads] into {region} were [blocked by landslides|damaged]."),
    ),
)

# Reaction sentences any story can use: a subject and a predicate, each with its own wording
# alternatives, so two reports that both say "officials are watching closely" rarely say it in
# the same words.
FILLER_SUBJECTS = ("[Officials|Authorities|Local officials] in {city}", "[Residents|People|Families] [of|in] {city}",
                   "[Analysts|Commentators|Observers] in {country}", "[Opposition politicians|Opposition leaders|"
                   "Members of the opposition]", "[Local business owners|Shopkeepers in {city}|Traders]",
                   "Community leaders in {region}", "[Several|Some|A number of] [witnesses|onlookers|bystanders]",
                   "[Regional authorities|Regional officials|Officials in {region}]",
                   "[Critics of the government|Government critics|Some lawmakers]",
                   "Aid workers in {region}", "[Church leaders|Religious leaders] in {city}",
                   "[Students|Young people] in {city}", "[Union representatives|Trade unionists]",
                   "[Neighbours|Neighbouring towns] [of {city}|in {region}]", "[Campaigners|Activists] in {country}",
                   "[Lawmakers|Members of parliament] from {region}", "[Doctors|Nurses] in {city}",
                   "[Volunteers|Charity workers]", "[Experts|Specialists] [contacted by|speaking to] the media",
                   "[Editorials|Newspaper columnists|Commentators] [in the {country} press|across {country}]")
FILLER_PREDICATES = (
    "said they were [watching the situation closely|monitoring developments|following events closely]",
    "[called for|demanded|pressed for] [a full and independent inquiry|an independent investigation|"
    "a public inquiry]",
    "[questioned|challenged|asked] how [quickly|fast|well] the authorities had [responded|reacted]",
    "[expected|anticipated|were waiting for] [further announcements|more news|new statements] [later in the "
    "week|in the coming days|before the weekend]",
    "said it was [too early to draw conclusions|too soon to say what went wrong|premature to draw conclusions]",
    "[urged|encouraged|asked] people to [follow official advice|heed official guidance|stay informed]",
    "[warned|cautioned] that the [consequences|effects|fallout] could be felt for [months|years|a long time]",
    "[praised|commended|thanked] [the emergency services|rescue workers|first responders]",
    "said [the events|what happened|the news] had [shaken|shocked|upset] [the whole community|the entire town|"
    "many people]",
    "asked for [clearer information|more transparency|straight answers] from [the government|the authorities]",
    "said [lessons had to be learned|mistakes must not be repeated|the same must not happen again]",
    "[described the mood as|said the atmosphere was] [tense but calm|anxious but orderly|subdued|sombre]",
    "[organised|set up|planned] a [vigil|meeting|collection] for [those affected|the victims|the families]",
    "said they had [received|had] [no|little] [warning|information] [beforehand|in advance]",
    "[offered|promised] [help|support|assistance] to [those affected|the families involved|the town]",
    "[pointed to|blamed] [years of underinvestment|budget cuts|poor planning]",
    "said the [response|reaction] had been [slow|confused|chaotic] at first",
    "[asked|wondered] whether [the warnings|earlier warnings|the signs] had been [ignored|missed]",
    "said they [feared|worried] [the worst was not over|more bad news would follow]",
    "[shared|posted] [pictures|videos|images] of the scene on social media",
    "said {org} [had questions to answer|owed the public an explanation]",
    "said they [trusted|had confidence in] the [investigators|authorities] [to find answers|to act]",
    "[gathered|met] in the centre of {city} [in the evening|after dark|on the same day]",
    "said [the costs|the bill] would [fall on|be paid by] [ordinary people|taxpayers]",
    "[noted|pointed out] that [similar|comparable] [events|cases] [had happened before|were not unheard of] "
    "in {region}",
)
FILLER_TAILS = ("", "", ", according to local media", " on condition of anonymity", " in statements to the press",
                ", [local|regional] [radio|television] reported", " [on social media|online|in posts online]",
                ", [the|a] [local|regional] [newspaper|news site] reported")

CLOSERS = ("{Org} did not immediately respond to a request for comment.",
           "{Org} [could not be reached|was not available] for comment.",
           "More details are expected to be released [in the coming days|over the next few days|later this week].",
           "The [investigation|inquiry] is [continuing|ongoing].",
           "This story has been updated with additional details.",
           "[Officials|The authorities] said they would give [another|a further] update [in the morning|"
           "later in the day|the next day].")


# Word swaps a republishing outlet makes (house style), applied outside quotes.
SPELLING_US = {"kilometres": "kilometers", "metres": "meters", "millimetres": "millimeters",
               "centre": "center", "organisers": "organizers", "labour": "labor", "neighbouring": "neighboring",
               "rumours": "rumors", "defences": "defenses"}
EDIT_SWAPS = {"about": "around", "several": "a number of", "began": "started",
              "largest": "biggest", "quickly": "swiftly", "confirmed": "announced", "warned": "cautioned",
              "called for": "demanded", "praised": "commended", "expected": "anticipated", "urged": "encouraged"}

# Story-specific colour around the people in a story: {full}, {last} and {title} are one person.
PERSON_DETAILS = ("{full}, {title}, [spoke to reporters|addressed journalists|briefed the media] in {city} {when}.",
                  "{last} said [more information would be shared once it had been verified|further details "
                  "would follow once confirmed|more would be known once the facts were clear].",
                  "[Asked about|Pressed on|Questioned about] the [figures|numbers|latest figures], {last} [declined to give further details|would not elaborate|"
                  "refused to go into detail].",
                  "{last} has [lived and worked|lived|worked] in {city} [since {year}|for years|for decades].",
                  "{last} later [repeated the message|reiterated the point|made the same point] in an interview "
                  "with [local radio|a regional broadcaster|a local newspaper].",
                  "{full} [cut short|broke off] [a trip abroad|a visit abroad|a holiday] [to return to {city}|"
                  "after hearing the news|as the news broke].",
                  "{last} [appeared|looked] [tired|shaken|composed] [when speaking|while taking questions|at the briefing].",
                  "[Before|Shortly before] {last} spoke, [a minute's silence was held|the crowd fell silent].",
                  "{last} [did not take|took only a few] questions [from reporters|afterwards].",
                  "{full}, {title}, [posted a statement|released a statement|wrote] [online|on social media] "
                  "[late {when}|{when}].")

# Lines any speaker may give, on top of the topic's own: a story hands out a few to each of its
# people (never one line to two of them), so a story's speakers have many different things to say.
GENERIC_QUOTES = ("We need answers, and we need them quickly",
                  "It is a difficult time for everyone in {city}",
                  "Nobody should have to go through something like this",
                  "We will know much more in the next few days",
                  "I have never seen anything like it in {region}",
                  "My thoughts are with everyone who has been affected",
                  "We are doing everything we can with the resources we have",
                  "People deserve to know exactly what happened and why",
                  "There will be time for questions later, but not today",
                  "This should be a wake-up call for the whole country",
                  "I cannot describe how frightening the first hours were",
                  "We have asked for help and we are grateful for it",
                  "It will take a long time before things are normal again",
                  "Every single person involved deserves our respect",
                  "I am angry, and I think many people here feel the same",
                  "We were told again and again that this could not happen",
                  "Our priority now is the people who need help today",
                  "The numbers will change, and we will be honest about that",
                  "Nobody here is thinking about politics right now",
                  "I want to thank the volunteers who came out to help",
                  "We will not rest until we understand what went wrong",
                  "What matters now is that families get the support they need",
                  "We have been preparing for a situation like this for years",
                  "I spoke to families this morning and they are exhausted",
                  "It is far too early to say who is responsible",
                  "The community has come together in an extraordinary way",
                  "We knew there were risks, but not on this scale",
                  "Everyone is working long hours and people are tired",
                  "There are still many questions that nobody can answer",
                  "I hope that lessons will be learned from all of this",
                  "Our doors are open to anyone who needs somewhere to go",
                  "I have lived here all my life and never felt like this",
                  "We are in close contact with the national government",
                  "The response so far has not been good enough",
                  "It is important that people stay calm and look after each other",
                  "We owe it to the families to get this right",
                  "Some of the reports circulating online are simply wrong",
                  "I do not think anyone was ready for what happened",
                  "We expect to publish a full account within weeks",
                  "The next few days will tell us a great deal",
                  "Nobody in {region} will forget what happened here",
                  "We will share every piece of information as soon as it is confirmed",
                  "I was there within the hour and what I saw will stay with me",
                  "Nobody has given us a straight answer about the timetable",
                  "The people who work here have been absolutely remarkable",
                  "We are asking everyone to be patient for a little longer",
                  "There is a lot of anger and I understand where it comes from",
                  "We will look at every decision that was made in the run-up",
                  "My message to families is simple: you are not on your own",
                  "This is not the moment to point fingers at anybody",
                  "Our own staff have been affected and we are supporting them",
                  "It is hard to take in how quickly everything changed",
                  "We are talking to experts from outside the country as well")

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
        "more would be known once the facts were clear"),
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
