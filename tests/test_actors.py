"""Actors: organisations, governments and people (components/actors.py, rules/actors.py, rules/people.py).

Tables of (text -> expected actors) on sentences written for these tests, and of texts that must not
yield an actor.
"""

from __future__ import annotations

import pytest

from ctip_extract.components.actors import _read_words
from ctip_extract.rules.actors import (
    ActorWords, build_keywords, capitalised_runs, org_from_run, org_key, split_words,
)
from ctip_extract.rules.people import apposition
from ctip_extract.rules.resources import read_jsonl


def actors_by_name(facts):
    return {a.name: a for a in facts.actors}


def check(actor, expected):
    assert actor.actor_kind == expected["kind"], actor
    for alias in expected.get("aliases", ()):
        assert alias in actor.aliases, (alias, actor.aliases)
    for key in ("role", "affiliation", "country"):
        if key in expected:
            assert getattr(actor, key) == expected[key], (key, actor)


CASES = [
    # gazetteer + acronym in brackets; later bare acronym is the same actor
    ("A project funded by the US Agency for International Development (USAID) trained 300 police officers. "
     "USAID said the work would go on.", None,
     [{"name": "United States Agency for International Development", "kind": "government",
       "aliases": ["USAID", "US Agency for International Development"], "country": "USA"}]),
    ("The National Agency for the Prohibition of Trafficking in Persons (NAPTIP) rescued 40 girls in Kano. "
     "NAPTIP's officers later arrested two recruiters.", None,
     [{"name": "National Agency for the Prohibition of Trafficking in Persons", "kind": "government",
       "aliases": ["NAPTIP"], "country": "NGA"}]),
    # an acronym defined in the text, not in the gazetteer, both orders
    ("The Ministry of Labour and Vocational Training (MLVT) inspected 120 recruitment agencies, and the MLVT "
     "revoked five licences.", None,
     [{"name": "Ministry of Labour and Vocational Training", "kind": "government", "aliases": ["MLVT"]}]),
    # the document's own definition of an acronym outranks the gazetteer's body of the same letters
    ("The Community Bridge Partnership (CBP) ran two shelters; later the CBP housed 40 girls.", None,
     [{"name": "Community Bridge Partnership", "kind": "ngo", "aliases": ["CBP"]}]),
    ("Officials of the DSWD (Department of Social Welfare and Development) opened two shelters.", None,
     [{"name": "Department of Social Welfare and Development", "kind": "government", "aliases": ["DSWD"]}]),
    ("The Counter Trafficking in Persons (CTIP) program trained 1,800 social workers; CTIP also ran a hotline.", None,
     [{"name": "Counter Trafficking in Persons", "kind": "program", "aliases": ["CTIP"]}]),
    ("The Mekong Safe Migration Program (MSMP) reached 2,000 villagers.", None,
     [{"name": "Mekong Safe Migration Program", "kind": "program", "aliases": ["MSMP"]}]),
    # governments: every form of one country's government is one actor
    ("Thai authorities arrested six suspects, and the Government of Thailand pledged to try them. "
     "The Thai government also opened a hotline.", None,
     [{"name": "Government of Thailand", "kind": "government", "country": "THA",
       "aliases": ["Thai authorities", "Thai government"]}]),
    ("The Royal Government of Cambodia and NGO partners met in Phnom Penh; the Cambodian government hosted.", None,
     [{"name": "Government of Cambodia", "kind": "government", "country": "KHM",
       "aliases": ["Royal Government of Cambodia", "Cambodian government"]}]),
    ("The Sudanese Government of National Unity (GNU) adopted a plan, and the GNU funded it.", None,
     [{"name": "Government of Sudan", "kind": "government", "country": "SDN", "aliases": ["GNU"]}]),
    ("Shelters run by the Lagos State government took in 30 children.", None,
     [{"name": "Government of Lagos State", "kind": "government"}]),
    # organisations from keywords, kind from the keyword
    ("Last year the Supreme Court upheld the conviction of a brothel owner.", None,
     [{"name": "Supreme Court", "kind": "government"}]),
    ("The Hope Harbour Foundation gave shelter to 12 survivors.", None,
     [{"name": "Hope Harbour Foundation", "kind": "ngo"}]),
    ("Crew of the Golden Tide Fishing Company were paid nothing for nine months.", None,
     [{"name": "Golden Tide Fishing Company", "kind": "company"}]),
    ("The Bangkok Post first reported the raid.", None, [{"name": "Bangkok Post", "kind": "media"}]),
    # outlets whose names carry no keyword come from the gazetteer; a speech verb does not make them people
    ("The Manila Bulletin said the raid freed 12 women.", None, [{"name": "Manila Bulletin", "kind": "media"}]),
    ("Deutsche Welle reported that the Ministry of Labour had closed 40 agencies.", None,
     [{"name": "Deutsche Welle", "kind": "media"}, {"name": "Ministry of Labour", "kind": "government"}]),
    ("Voice of America spoke to survivors; the Voice of America also met police.", None,
     [{"name": "Voice of America", "kind": "media"}]),
    ("The Interior Ministry said the Ministry of the Interior would hire 50 inspectors.", None,
     [{"name": "Ministry of the Interior", "kind": "government", "aliases": ["Interior Ministry"]}]),
    ("Officers of the Libyan Coast Guard intercepted a boat; the Coast Guard returned 90 migrants.", None,
     [{"name": "Libyan Coast Guard", "kind": "government", "aliases": ["Coast Guard"], "country": "LBY"}]),
    ("The Anti-Trafficking Unit of the National Police investigated 14 cases.", None,
     [{"name": "Anti-Trafficking Unit", "kind": "government"}, {"name": "National Police", "kind": "government"}]),
    # a mission, embassy or consulate is named with where it is seated
    ("Delegates from the United Nations Mission in South Sudan attended.", None,
     [{"name": "United Nations Mission in South Sudan", "kind": "international"}]),
    ("The OSCE Mission to Moldova supports training for judges.", None,
     [{"name": "OSCE Mission to Moldova", "kind": "international"}]),
    ("Returns are coordinated with the Embassy of Ethiopia in Riyadh and the Consulate General in Jeddah.", None,
     [{"name": "Embassy of Ethiopia in Riyadh", "kind": "government"},
      {"name": "Consulate General in Jeddah", "kind": "government"}]),
    # a long form closed by its acronym takes the words up to the bracket, though they do not spell it
    ("For a decade the International Commission against Impunity in Guatemala (CICIG) helped prosecutors.", None,
     [{"name": "International Commission against Impunity in Guatemala", "kind": "international",
       "aliases": ["CICIG"]}]),
    ("The Secretariat against Sexual Violence, Exploitation and Trafficking in Persons (SVET) found 248 victims.",
     None, [{"name": "Secretariat against Sexual Violence, Exploitation and Trafficking in Persons",
             "kind": "government", "aliases": ["SVET"]}]),
    # "and" joins two bodies only when the words after it up to the next "and" name one
    ("It works with the Ministry of Expatriates' Welfare and Overseas Employment and the Police Bureau of "
     "Investigation (PBI).", None,
     [{"name": "Ministry of Expatriates Welfare and Overseas Employment", "kind": "government"},
      {"name": "Police Bureau of Investigation", "kind": "government", "aliases": ["PBI"]}]),
    # a person: a long body in the apposition, an age after a demonym, the title "Advocate"
    ("IPN spoke with Natalia Cebotari, head of the Permanent Secretariat of the National Committee for Combating "
     "Trafficking in Human Beings at the State Chancellery, who serves as coordinator.", None,
     [{"name": "Natalia Cebotari", "kind": "person", "role": "head"}]),
    ("His co-accused, South African Thabo Mokoena, 39, who drove the victims, was sentenced to 20 years.", None,
     [{"name": "Thabo Mokoena", "kind": "person"}]),
    ("Sitoe's lawyer, Advocate Sipho Dlamini, told reporters that his client would appeal.", None,
     [{"name": "Sipho Dlamini", "kind": "person", "role": "Advocate"}]),
    # Portuguese articles inside a name; an observatory is a body
    ("Victims were assisted by the Associação para o Planeamento da Família (APF), an NGO.", None,
     [{"name": "Associação para o Planeamento da Família", "kind": "ngo", "aliases": ["APF"]}]),
    ("The Observatory on Trafficking in Human Beings (OTSH) reported 112 investigations.", None,
     [{"name": "Observatory on Trafficking in Human Beings", "kind": "government", "aliases": ["OTSH"]}]),
    # an ampersand and a plural possessive inside names; national Red Cross societies; web names
    ("The Supreme Committee for Delivery & Legacy said 3,000 workers were paid.", None,
     [{"name": "Supreme Committee for Delivery & Legacy", "kind": "government"}]),
    ("Claims went to the Workers\u2019 Support and Insurance Fund, which paid them.", None,
     [{"name": "Workers Support and Insurance Fund", "kind": "ngo"}]),
    ("Victims were sheltered by the Spanish Red Cross.", None, [{"name": "Spanish Red Cross", "kind": "ngo"}]),
    ("Migrant-Rights.org, a Gulf-based advocacy group, said pay was late.", None,
     [{"name": "Migrant-Rights.org", "kind": "ngo"}]),
    # companies: a legal-form suffix, a descriptor before the name
    ("The ore went to Kasompi Minerals SARL, a processing company, and to the state mining company Gécamines.",
     None, [{"name": "Kasompi Minerals SARL", "kind": "company"}, {"name": "Gécamines", "kind": "company"}]),
    # a name in camel case after its descriptor; a long form the NGO descriptor says is an NGO's
    ("A victim called a hotline run by the anti-trafficking NGO eLiberare from Germany.", None,
     [{"name": "eLiberare", "kind": "ngo"}]),
    ("The NGO Espoir pour les Enfants du Tchad (EPET) ran a shelter.", None,
     [{"name": "Espoir pour les Enfants du Tchad", "kind": "ngo", "aliases": ["EPET"]}]),
    # the body a person's apposition names
    ("\u201cMany are mothers,\u201d said Beatriz Lozano, a lawyer with APRAMP.", None,
     [{"name": "Beatriz Lozano", "kind": "person"}, {"name": "APRAMP", "kind": "ngo"}]),
    # a system or mechanism an acronym names is a programme; administrations; a name in quotation marks
    ("Employers must pay through the Wage Protection System (WPS).", None,
     [{"name": "Wage Protection System", "kind": "program", "aliases": ["WPS"]}]),
    ("Victims were referred through the National Referral Mechanism (NRM).", None,
     [{"name": "National Referral Mechanism", "kind": "program", "aliases": ["NRM"]}]),
    ("The Court Administration trained 40 judges.", None, [{"name": "Court Administration", "kind": "government"}]),
    ('Victims were referred to the Resource Center for Women "Marta" in Riga.', None,
     [{"name": 'Resource Center for Women "Marta"', "kind": "ngo"}]),
    ("The Court of Instruction No. 3 of Cartagena ordered the arrests.", None,
     [{"name": "Court of Instruction No. 3", "kind": "government"}]),
    # a name in English, then in its own language with the acronym that spells that one
    ("The CICESCT's Immediate Response Team (Equipo de Respuesta Inmediata, ERI) referred 131 victims.", None,
     [{"name": "Immediate Response Team", "kind": "government", "aliases": ["Equipo de Respuesta Inmediata", "ERI"]}]),
    ("The Directorate for Children, Adolescents, and Family (Dirección de Niñez, Adolescencia y Familia, DINAF) "
     "placed victims.", None,
     [{"name": "Directorate for Children, Adolescents, and Family", "kind": "government",
       "aliases": ["Dirección de Niñez, Adolescencia y Familia", "DINAF"]}]),
    # with no capitalised English name before the bracket, the body's own name is its name
    ("It ran centers for returned migrants (Centros de Atención al Migrante Retornado, CAMR) but found eight.",
     None, [{"name": "Centros de Atención al Migrante Retornado", "kind": "government", "aliases": ["CAMR"]}]),
    # delegations, bodies, rights centres, associates; a unit or an NGO named after its descriptor
    ("The General Delegation for National Security (DGSN) checked buses.", None,
     [{"name": "General Delegation for National Security", "kind": "government", "aliases": ["DGSN"]}]),
    ("The Central Body for Suppression of Trafficking in Persons (CBTIP) met.", None,
     [{"name": "Central Body for Suppression of Trafficking in Persons", "kind": "government"}]),
    ("I have run Sanad Migrant Rights Centre for eleven years.", None,
     [{"name": "Sanad Migrant Rights Centre", "kind": "ngo"}]),
    ("The programme is implemented by Meridian Development Associates.", None,
     [{"name": "Meridian Development Associates", "kind": "company"}]),
    ("The special intervention unit RENEA and the NGO Different & Equal acted.", None,
     [{"name": "RENEA", "kind": "government"}, {"name": "Different & Equal", "kind": "ngo"}]),
    # "Armed Forces of ..." is one name; "Women and Children's" does not split a run at "and"
    ("Soldiers of the Armed Forces of the Philippines detained children.", None,
     [{"name": "Armed Forces of the Philippines", "kind": "government"}]),
    # a person "of" a body whose keyword is a name of its own
    ("Regional prosecutor Rodrigo Maturana of the Public Ministry's Tarapacá office said so.", None,
     [{"name": "Rodrigo Maturana", "kind": "person"}, {"name": "Public Ministry", "kind": "government"}]),
    # a news agency the gazetteer does not know, credited in the dateline
    ("CHISINAU, Oct. 18 (IPN) - Moldova has long been a country of origin.", None,
     [{"name": "IPN", "kind": "media"}]),
    ("Funding for the project came from Winrock International and the International Labour Organization.", None,
     [{"name": "Winrock International", "kind": "ngo"},
      {"name": "International Labour Organization", "kind": "international"}]),
    ("The proposal still awaited approval by the Cabinet at the end of the year.", None,
     [{"name": "Cabinet", "kind": "government"}]),
    # people: titles, speech verbs, appositions, later surnames
    ("\u201cWe will not tolerate this,\u201d Director-General Julie Okah-Donli told reporters.", None,
     [{"name": "Julie Okah-Donli", "kind": "person", "role": "Director-General"}]),
    ("U.S. Ambassador W. Robert Kane visited the shelter on Monday.", None,
     [{"name": "W. Robert Kane", "kind": "person", "role": "U.S. Ambassador"}]),
    # an organisation's acronym before the role is the person's affiliation; a country's is not
    ("IOM spokesperson Joel Millman said the returnees each received a grant.", None,
     [{"name": "International Organization for Migration", "kind": "international"},
      {"name": "Joel Millman", "kind": "person", "role": "spokesperson", "affiliation": "IOM"}]),
    ("UNICEF Executive Director Aisha Rahman visited the shelter.", None,
     [{"name": "UNICEF", "kind": "international"},
      {"name": "Aisha Rahman", "kind": "person", "role": "Executive Director", "affiliation": "UNICEF"}]),
    ("UK Ambassador Helen Carter opened the centre.", None,
     [{"name": "Helen Carter", "kind": "person", "role": "UK Ambassador", "affiliation": None}]),
    # "Anti-Trafficking in Persons" keeps its "in"; an acronym may leave out a generic "Task Force";
    # a command center is a government body, a crisis center an NGO
    ("NORWAY: TIER 1\n\nPolice set up the Norway Anti-Trafficking in Persons Task Force (NATIP). NATIP then "
     "raided 12 venues.", "tip_report",
     [{"name": "Norway Anti-Trafficking in Persons Task Force", "kind": "government", "country": "NOR",
       "aliases": ["NATIP"]}]),
    ("THAILAND: TIER 2\n\nThe government funded the Command Center for Combatting Illegal Fishing (CCCIF).",
     "tip_report", [{"name": "Command Center for Combatting Illegal Fishing", "kind": "government",
                     "country": "THA", "aliases": ["CCCIF"]}]),
    ("The Crisis Center for Women sheltered 30 victims.", None, [{"name": "Crisis Center for Women", "kind": "ngo"}]),
    # a bare "Department of Justice" is the narrative country's, not the US one; "U.S." names the US one
    ("PHILIPPINES: TIER 1\n\nThe Department of Justice (DOJ) convicted 131 traffickers.", "tip_report",
     [{"name": "Department of Justice", "kind": "government", "country": "PHL", "aliases": ["DOJ"]}]),
    ("The U.S. Department of Justice charged 12 people.", None,
     [{"name": "US Department of Justice", "kind": "government", "country": "USA"}]),
    # a name stops at punctuation: the owner after the comma is the affiliation, not a third name word
    ("\u201cInspectors come first,\u201d said Daniel Okafor, Safe Passage's chief executive.", None,
     [{"name": "Daniel Okafor", "kind": "person", "role": "chief executive", "affiliation": "Safe Passage"}]),
    # a ministry named by a list of portfolios keeps the list (and its acronym); a list of bodies does not
    ("The Ministry of Youth, Sport and Culture (MYSC) ran two shelters. MYSC also trained staff.", None,
     [{"name": "Ministry of Youth, Sport and Culture", "kind": "government", "aliases": ["MYSC"]}]),
    ("The Ministry of Women, Family, and Community Development maintained seven shelters.", None,
     [{"name": "Ministry of Women, Family, and Community Development", "kind": "government"}]),
    ("The Ministry of Labor, Ministry of Health and Ministry of Justice met.", None,
     [{"name": "Ministry of Labor", "kind": "government"}, {"name": "Ministry of Health", "kind": "government"}]),
    ("Officials from the Ministry of Labor, police, and NGOs attended.", None,
     [{"name": "Ministry of Labor", "kind": "government"}]),
    # ranks written with "of Police" are titles; an ambiguous acronym alone names no one
    ("Inspector General of Police Arjun Khadka said 12 suspects were held.", None,
     [{"name": "Arjun Khadka", "kind": "person", "role": "Inspector General of Police"}]),
    # a bracket holding a name word and an acronym: the long form spells both
    ("The USAID Mekong Safe Labour Migration (Mekong SLM) program trained 40 inspectors. Mekong SLM also ran "
     "hotlines.", None,
     [{"name": "Mekong Safe Labour Migration", "kind": "program", "aliases": ["Mekong SLM"]}]),
    # a body named after an international organisation's acronym is international
    ("The OSCE Special Monitoring Mission reported 12 cases.", None,
     [{"name": "OSCE Special Monitoring Mission", "kind": "international"}]),
    # a descriptor before a name is not part of it; the demonym before it gives the country
    ("The Nepali NGO Maiti Nepal Foundation runs two shelters.", None,
     [{"name": "Maiti Nepal Foundation", "kind": "ngo", "country": "NPL"}]),
    ("The NGO Council met on Monday.", None, [{"name": "NGO Council", "kind": "government"}]),
    # "of/at/from (the) <name>" after a person is the affiliation; a country is not
    ("\u201cWe need beds,\u201d said Maria Lopez of Hope Harbor.", None,
     [{"name": "Maria Lopez", "kind": "person", "affiliation": "Hope Harbor"}]),
    ("Director Ana Cruz of the Ministry of Labor opened the shelter.", None,
     [{"name": "Ana Cruz", "kind": "person", "role": "Director", "affiliation": "Ministry of Labor"}]),
    ("Ambassador John Smith of the United States spoke at the opening.", None,
     [{"name": "John Smith", "kind": "person", "role": "Ambassador", "affiliation": None}]),
    # generational suffixes stay in the name; an owner before the role is the affiliation, a country is not
    ("\u201cWe need beds,\u201d said Ramon Dizon Jr., Hope Harbor's national director.", None,
     [{"name": "Ramon Dizon Jr.", "kind": "person", "role": "national director", "affiliation": "Hope Harbor"}]),
    ("Ramon Dizon Jr. said the shelter was full.", None, [{"name": "Ramon Dizon Jr.", "kind": "person"}]),
    ("Judge Elena Ruiz III sentenced the recruiter.", None,
     [{"name": "Elena Ruiz III", "kind": "person", "role": "Judge"}]),
    ("Sok Dara, Cambodia's deputy prime minister, said 40 people were helped.", None,
     [{"name": "Sok Dara", "kind": "person", "role": "Cambodia's deputy prime minister", "affiliation": None}]),
    ("Pol. Maj. Gen. Wichai Somkiat said the raid freed 40 men.", None,
     [{"name": "Wichai Somkiat", "kind": "person", "role": "Pol. Maj. Gen."}]),
    ("Lt. Col. Maria Santos-Reyes led the raid with the Philippine National Police.", None,
     [{"name": "Maria Santos-Reyes", "kind": "person", "role": "Lt. Col."},
      {"name": "Philippine National Police", "kind": "government"}]),
    ("Samdech Kralahome Sar Kheng, Deputy Prime Minister, opened the meeting.", None,
     [{"name": "Sar Kheng", "kind": "person", "role": "Deputy Prime Minister"}]),
    ("Chan Sopheap, the programme coordinator at Hagar International, said the shelter was full. "
     "\u201cWe need more beds,\u201d Sopheap said.", None,
     [{"name": "Chan Sopheap", "kind": "person", "role": "programme coordinator",
       "affiliation": "Hagar International", "aliases": ["Sopheap"]}]),
    ("Most victims were recruited online, said Maria Lopez, a lawyer with the Legal Aid Society.", None,
     [{"name": "Maria Lopez", "kind": "person", "role": "lawyer", "affiliation": "Legal Aid Society"}]),
    ("The girls were sold twice, according to Ahmed Bello, who runs the shelter.", None,
     [{"name": "Ahmed Bello", "kind": "person"}]),
    ("The agency's spokesman, Josiah Emeka, said two suspects were held.", None,
     [{"name": "Josiah Emeka", "kind": "person", "role": "spokesman"}]),
    ("Provincial police chief Tith Sokha said three foreigners were arrested.", None,
     [{"name": "Tith Sokha", "kind": "person", "role": "police chief"}]),
    ("Ros Vanna, deputy director of monitoring at rights group Licadho, said the law was ignored.", None,
     [{"name": "Ros Vanna", "kind": "person", "role": "deputy director of monitoring", "affiliation": "Licadho"}]),
    ("Father Kevin O'Neill works with survivors in Benin City.", None,
     [{"name": "Kevin O'Neill", "kind": "person", "role": "Father"}]),
    ("Only one case reached court, Mr. Sokha told the hearing.", None,
     [{"name": "Sokha", "kind": "person", "role": "Mr."}]),
    ("Chou Bun Leng, vice-chair of the committee, spoke first. Later Mr Bun Leng said funds were short.", None,
     [{"name": "Chou Bun Leng", "kind": "person", "role": "vice-chair of the committee", "aliases": ["Bun Leng"]}]),
    ("Ros Vanna, Deputy Director of the Legal Aid Society, opened the meeting.", None,
     [{"name": "Ros Vanna", "kind": "person", "role": "Deputy Director", "affiliation": "Legal Aid Society"}]),
    ("Prime Minister Hun Sen's government promised reforms.", None,
     [{"name": "Hun Sen", "kind": "person", "role": "Prime Minister"}]),
    # a name inside another, public institutes, a country with "People's" in its name
    ("Staff of the Social Action Program of the Ministry of Interior visited.", None,
     [{"name": "Social Action Program", "kind": "program"}, {"name": "Ministry of Interior", "kind": "government"}]),
    ("The National Institute of Migration registered 300 workers.", None,
     [{"name": "National Institute of Migration", "kind": "government"}]),
    # outlets, NGOs and agencies the gazetteer knows, as British papers write UNICEF
    ("Staff were trained by Unicef and Solwodi; the TTPS told Newsday that Crime Stoppers helped.", None,
     [{"name": "UNICEF", "kind": "international", "aliases": ["Unicef"]},
      {"name": "SOLWODI", "kind": "ngo"}, {"name": "Trinidad and Tobago Police Service", "kind": "government"},
      {"name": "Newsday", "kind": "media"}, {"name": "Crime Stoppers", "kind": "ngo"}]),
    # a surname that also opens Spanish bodies' names ("Mesa de ...") when nothing capitalised follows it
    ("\"We will ask for the maximum,\" said Lucía Restrepo Mesa, director of the regional prosecutors' office.",
     None, [{"name": "Lucía Restrepo Mesa", "kind": "person", "role": "director of the regional prosecutors' office"}]),
    # "Hon" before a member of parliament; "SP" (superintendent of police) before an officer
    ("Hon Memory Sibanda (Bulawayo South) asked about funding for the committee.", None,
     [{"name": "Memory Sibanda", "kind": "person", "role": "Hon"}]),
    ("The four were remanded, said railway SP Anil Kumar Verma.", None,
     [{"name": "Anil Kumar Verma", "kind": "person", "role": "SP"}]),
    # a lower-case "chief executive" before a name, after the body's name
    ("Ruhama chief executive Orla Keogh-Byrne welcomed the sentence.", None,
     [{"name": "Orla Keogh-Byrne", "kind": "person", "role": "chief executive"}]),
    # counsel as British and Irish court reports name them
    ("Declan Furlong BL, defending, said his client had shown remorse.", None,
     [{"name": "Declan Furlong", "kind": "person", "role": "defence counsel"}]),
    ("Jane Pike, prosecuting, told the court the women were deceived.", None,
     [{"name": "Jane Pike", "kind": "person", "role": "prosecuting counsel"}]),
    # a campaign named in quotes, before its head with a word between or after it
    ('The government launched the "Break the Chain" awareness campaign in schools.', None,
     [{"name": "Break the Chain", "kind": "program"}]),
    ('In June, the ministry launched a radio campaign, "Our Children Are Not for Sale," in three languages.', None,
     [{"name": "Our Children Are Not for Sale", "kind": "program"}]),
    # Indian state schemes and drives: "Yojana", "Abhiyan"
    ("Each child is entitled to Rs 25,000 under the Mukhyamantri Bal Shramik Sahayata Yojana, she said.", None,
     [{"name": "Mukhyamantri Bal Shramik Sahayata Yojana", "kind": "program"}]),
    # a title and "of" before a body, no name after them: the body alone
    ("The Executive Director of Girls Power Initiative (GPI), Grace Okafor-Etinosa, urged the state to act.", None,
     [{"name": "Girls Power Initiative", "kind": "program", "aliases": ["GPI"]}]),
    # gazetteer names that open with a digit or hold one
    ("Minister Bakyt Sydykov spoke to the 24.kg news agency about Alliance 8.7 and the National Referral Mechanism.",
     None, [{"name": "24.kg", "kind": "media"}, {"name": "Alliance 8.7", "kind": "international"},
            {"name": "National Referral Mechanism", "kind": "program"}]),
    # a campaign named in quotes after a longer description, or before one
    ('NAATIP launched a national campaign against labor trafficking titled "Know Before You Go," which reached many.',
     None, [{"name": "Know Before You Go", "kind": "program"}]),
    ('The ministry launched "Linda Mtoto," a national campaign against child trafficking.', None,
     [{"name": "Linda Mtoto", "kind": "program"}]),
    # a body's name, a title and its holder in one run of capitals
    ("Ministry of Home Affairs Permanent Secretary Chileshe Mubanga opened two shelters.", None,
     [{"name": "Ministry of Home Affairs", "kind": "government"}, {"name": "Chileshe Mubanga", "kind": "person"}]),
    # particles inside a name do not count towards its length
    ("Salim bin Hamad al Rawahi, Director-General of Labour Care at the Ministry of Labour, said so.", None,
     [{"name": "Salim bin Hamad al Rawahi", "kind": "person"}]),
    # a programme named before a comma and what it is
    ("The government continued Maetot, a national service program in which children work.", None,
     [{"name": "Maetot", "kind": "program"}]),
    # "Procuracy" and "Broadcaster" name bodies
    ("The Supreme People's Procuracy worked with the Georgian Public Broadcaster (GPB).", None,
     [{"name": "Supreme People's Procuracy", "kind": "government"},
      {"name": "Georgian Public Broadcaster", "kind": "media", "aliases": ["GPB"]}]),
    # a name opening a sentence that defines the person by a role
    ("Brazil honours its inspectors. Mariana Costa Albuquerque is a labor auditor with the Ministry of Labor and "
     "Employment who has coordinated 140 inspections.", None,
     [{"name": "Mariana Costa Albuquerque", "kind": "person", "role": "labor auditor"}]),
    # a peer or a Scottish judge is named by the title
    ("Passing sentence, Lord Ardmore told him he had exploited a child.", None,
     [{"name": "Lord Ardmore", "kind": "person"}]),
    # a programme's name with "on the" inside it
    ("The work was done under the Protecting Children on the Move programme, funded by donors.", None,
     [{"name": "Protecting Children on the Move", "kind": "program"}]),
    # a name may open with a capital outside ASCII
    ("The raid was led by Brigadier General Óscar Mauricio Restrepo, commander of the Cali police.", None,
     [{"name": "Óscar Mauricio Restrepo", "kind": "person", "role": "commander"}]),
    ("Inspector Łukasz Nowicki of the Border Guard said 12 women were freed.", None,
     [{"name": "Łukasz Nowicki", "kind": "person", "role": "Inspector"}]),
    ("Armed groups such as ISIS-West Africa recruit boys as fighters.", None,
     [{"name": "Islamic State West Africa Province", "kind": "armed_group"}]),
    ("The Government of the Lao People's Democratic Republic signed the plan.", None,
     [{"name": "Government of Laos", "kind": "government", "country": "LAO"}]),
    # armed groups recruit and exploit: named in the gazetteer with their own kind
    ("Militants of Boko Haram and ISWAP abducted girls, and the CJTF used boys as lookouts.", None,
     [{"name": "Boko Haram", "kind": "armed_group", "country": "NGA"},
      {"name": "Islamic State West Africa Province", "kind": "armed_group", "aliases": ["ISWAP"]},
      {"name": "Civilian Joint Task Force", "kind": "armed_group", "aliases": ["CJTF"]}]),
    # a full name right after a lower-case role noun, or closed by commas after one, needs no verb
    ("The case was handled by prosecutor Maria Delgado, who expects more arrests.", None,
     [{"name": "Maria Delgado", "kind": "person", "role": "prosecutor"}]),
    ("The minister and her deputy, Omar Khalil, visited the shelter.", None,
     [{"name": "Omar Khalil", "kind": "person", "role": "deputy"}]),
    ("The prize went to activist Tomas Reyes and the Legal Aid Society.", None,
     [{"name": "Tomas Reyes", "kind": "person", "role": "activist"},
      {"name": "Legal Aid Society", "kind": "ngo"}]),
    ("UNODC regional representative Jeremy Douglas opened the meeting.", None,
     [{"name": "Jeremy Douglas", "kind": "person", "role": "regional representative", "affiliation": "UNODC"}]),
    # a full name with an age between commas
    ("Grace Otieno, 34, spent six years in domestic servitude.", None,
     [{"name": "Grace Otieno", "kind": "person"}]),
    ("Two brokers, Sunil Mahato (38) of Dhanusha and Rita Tamang (27) from Sindhupalchok, were held.", None,
     [{"name": "Sunil Mahato", "kind": "person"}, {"name": "Rita Tamang", "kind": "person"}]),
    ("Khalid Al-Amin, 45, the owner of the agency, pleaded guilty.", None,
     [{"name": "Khalid Al-Amin", "kind": "person", "role": "owner of the agency"}]),
    # research and policy centres are organisations; a convention centre is a place
    ("The Blas F. Ople Policy Center, a rights group, welcomed the crackdown.", None,
     [{"name": "Blas F. Ople Policy Center", "kind": "ngo"}]),
    ("Staff at the Migrant Resource Centre in Dhaka helped 40 women.", None,
     [{"name": "Migrant Resource Centre", "kind": "ngo"}]),
    # a day or month after a connector ends the name
    ("The State Department on Monday released its annual report.", None,
     [{"name": "US State Department", "kind": "government", "aliases": ["State Department"]}]),
    ("The Task Force on Labour Migration on Friday closed 30 agencies.", None,
     [{"name": "Task Force on Labour Migration", "kind": "government"}]),
    # an acronym may put the head before "of" last
    ("The Bureau of International Labor Affairs (ILAB) funded the study. ILAB said it would go on.", None,
     [{"name": "Bureau of International Labor Affairs", "kind": "government", "aliases": ["ILAB"]}]),
    # an acronym in brackets after a name it does not spell (kept in the body's own language) is the body's
    ("The Federal Police (DPF) opened 14 investigations; DPF agents also raided two farms.", None,
     [{"name": "Federal Police", "kind": "government", "aliases": ["DPF"]}]),
    ("The National Institute for Children (INAE) ran three shelters.", None,
     [{"name": "National Institute for Children", "kind": "government", "aliases": ["INAE"]}]),
    # after a speech verb, capitalised words before a lower-case role are the speaker's employer
    ("The women paid up to $1,000 each, said Directorate of Criminal Investigations (DCI) head Mohamed Amin.",
     None, [{"name": "Mohamed Amin", "kind": "person", "role": "head",
             "affiliation": "Directorate of Criminal Investigations"}]),
    ("The fund helped 1,200 returnees, according to Migrant Care executive director Wahyu Susilo.", None,
     [{"name": "Wahyu Susilo", "kind": "person", "role": "executive director", "affiliation": "Migrant Care"}]),
    ("The raid failed, said Kenyan police spokesman Bruno Shioso.", None,
     [{"name": "Bruno Shioso", "kind": "person", "role": "police spokesman", "affiliation": None}]),
    # an acronym that owns the role is the person's affiliation
    ("NAPTIP's director-general, Fatima Waziri-Azi, told reporters.", None,
     [{"name": "Fatima Waziri-Azi", "kind": "person", "role": "director-general", "affiliation": "NAPTIP"}]),
    # a title's portfolio after "of"/"for" is part of the role; the name follows it
    ("The plan was praised by Deputy Minister of Home Affairs Maria Lopez on Monday.", None,
     [{"name": "Maria Lopez", "kind": "person", "role": "Deputy Minister of Home Affairs"}]),
    ("The cases rose, said IOM Deputy Director General for Operations Ugochi Daniels.", None,
     [{"name": "Ugochi Daniels", "kind": "person", "role": "Deputy Director General for Operations",
       "affiliation": "IOM"}]),
    ("Addressing Parliament, Minister for Safeguarding Helen Marsden said the figures were troubling.", None,
     [{"name": "Helen Marsden", "kind": "person", "role": "Minister for Safeguarding"}]),
    ("The inquiry was chaired by Member of Knesset Dalia Ben-Ami.", None,
     [{"name": "Dalia Ben-Ami", "kind": "person", "role": "Member of Knesset"}]),
    ("Deputy Fair Work Ombudsman Craig Lindqvist said some employers cheated.", None,
     [{"name": "Craig Lindqvist", "kind": "person"}]),
    # a body moved "to the" another is two bodies; a place that owns a lower-case body after "and" is none
    ("It moved the unit from the Criminal Investigations Unit to the Ministry of Interior.", None,
     [{"name": "Criminal Investigations Unit", "kind": "government"}]),
    ("The Ministry of Interior and Dubai government trained officers.", None,
     [{"name": "Ministry of Interior", "kind": "government"}]),
    ("The Ministry of Labor and Social Affairs police unit trained officers.", None,
     [{"name": "Ministry of Labor and Social Affairs", "kind": "government"}]),
    # a state's centre is a body, a convention centre a place
    ("The police kept a unit within the National Investigation Centre (NSK).", None,
     [{"name": "National Investigation Centre", "kind": "government", "aliases": ["NSK"]}]),
    # a long form closed by its acronym keeps its "for" and "of" parts
    ("The Scientific Police for Criminal Investigation (PCIC) led the raid.", None,
     [{"name": "Scientific Police for Criminal Investigation", "kind": "government", "aliases": ["PCIC"]}]),
    ("The National Police of Timor-Leste (PNTL) led the raid.", None,
     [{"name": "National Police of Timor-Leste", "kind": "government", "aliases": ["PNTL"]}]),
    # portfolios of two words listed before a body's name, after an owner's possessive
    ("Officers of the CID's Human Trafficking, Smuggling Investigation and Marine Crimes Investigation Division "
     "arrested him.", None,
     [{"name": "Human Trafficking, Smuggling Investigation and Marine Crimes Investigation Division",
       "kind": "government"}]),
    ("The Passport, Immigration and Citizenship Agency issued the permits.", None,
     [{"name": "Passport, Immigration and Citizenship Agency", "kind": "government"}]),
    # a one-word name with a capital inside stands on its own before "and"
    ("The government funded HopeNow and Reden International.", None,
     [{"name": "Reden International", "kind": "ngo"}]),
    # a list item that opens with a name and a country in brackets names a person
    ("This year's honourees are:\n- Nadia Haddad (Lebanon), a lawyer who has represented 300 workers;\n"
     "- Farida Noori (Afghanistan); and\n- Dr. Kwabena Asante (Ghana), a child protection specialist.", None,
     [{"name": "Nadia Haddad", "kind": "person"}, {"name": "Farida Noori", "kind": "person"},
      {"name": "Kwabena Asante", "kind": "person"}]),
    ("The program was run by IOM and the Slovak Catholic Charity (SKCH).", None,
     [{"name": "Slovak Catholic Charity", "kind": "ngo", "aliases": ["SKCH"]}]),
    ("On arrival, BRAC Migration Programme gave each returnee Tk 6,000, according to BRAC.", None,
     [{"name": "BRAC", "kind": "ngo"}]),
    ("GRETA reported that the definition may confuse; SELEC helped.", None,
     [{"name": "Group of Experts on Action against Trafficking in Human Beings", "kind": "international",
       "aliases": ["GRETA"]},
      {"name": "Southeast European Law Enforcement Center", "kind": "international", "aliases": ["SELEC"]}]),
    ("The Bureau funded a shelter run by the Business and Professional Women's Club of Barbados.", None,
     [{"name": "Business and Professional Women's Club", "kind": "ngo"}]),
    ("JAKARTA, KOMPAS - The bodies arrived. She told The Herald that she had paid an agent.", None,
     [{"name": "Kompas", "kind": "media"}, {"name": "The Herald", "kind": "media"}]),
    ("The Inter-Agency Taskforce on Trafficking in Persons met four times.", None,
     [{"name": "Inter-Agency Taskforce on Trafficking in Persons", "kind": "government"}]),
    # "the <title> of <body>, NAME, said"; a Filipino "dela"; a law firm
    ("The Comptroller of the Nigeria Immigration Service in Kano, Aminu Garba-Dutse, said checks rose.", None,
     [{"name": "Aminu Garba-Dutse", "kind": "person", "role": "Comptroller of the Nigeria Immigration Service in Kano"}]),
    ("The Director of the Migrant Workers Office, Juan dela Cruz, said so.", None,
     [{"name": "Juan dela Cruz", "kind": "person"}]),
    ("NEW YORK - Kessler Ortiz LLP, with co-counsel from The Human Trafficking Legal Center, filed a lawsuit.", None,
     [{"name": "Kessler Ortiz LLP", "kind": "company"}, {"name": "Human Trafficking Legal Center", "kind": "ngo"}]),
    ("Gardaí searched 12 premises on Tuesday.", None, [{"name": "An Garda Síochána", "kind": "government"}]),
    # broadcasters and agencies by their short names
    ('"We worked 60 hours," he told the ABC through an interpreter.', None, [{"name": "ABC", "kind": "media"}]),
    ("BKA official Martina Lenz told DW on Monday.", None,
     [{"name": "Deutsche Welle", "kind": "media", "aliases": ["DW"]}]),
    # a title written after a given name is a surname
    ("IOM Director General Amy Pope said the plan would help.", None,
     [{"name": "Amy Pope", "kind": "person", "role": "Director General", "affiliation": "IOM"}]),
    # a role with its complement before a name between commas
    ("Its director of anti-trafficking, Kathy Betteridge, called the figures troubling.", None,
     [{"name": "Kathy Betteridge", "kind": "person", "role": "director of anti-trafficking"}]),
    # a role modifier before a title belongs to the role (not before an honorific)
    ("It was paid, police Col. Somchai Boonmee told reporters.", None,
     [{"name": "Somchai Boonmee", "kind": "person", "role": "police Col."}]),
    ("The visit by former President Ellen Johnson Sirleaf ended.", None,
     [{"name": "Ellen Johnson Sirleaf", "kind": "person", "role": "former President"}]),
    ("The chief executive Mr. Lee spoke.", None, [{"name": "Lee", "kind": "person", "role": "Mr."}]),
    ('"It is clear," said Assistant Attorney General Kristen Clarke.', None,
     [{"name": "Kristen Clarke", "kind": "person", "role": "Assistant Attorney General"}]),
    # the country of "Government of ..." is the whole name after the first "of"; "Regional Government" stays
    ("The Government of the Democratic Republic of the Congo does not fully meet the minimum standards.", None,
     [{"name": "Government of the Democratic Republic of the Congo", "kind": "government", "country": "COD"}]),
    ("The Ministry of Foreign Affairs of Japan said so.", None,
     [{"name": "Ministry of Foreign Affairs of Japan", "kind": "government", "country": "JPN"}]),
    ("The Kurdistan Regional Government said 40 women were freed.", None,
     [{"name": "Kurdistan Regional Government", "kind": "government"}]),
    ("The decree awaited approval by the Councils of Government and Ministers.", None,
     [{"name": "Councils of Government", "kind": "government"}]),
    ("The Scottish Government said 12 victims were referred; the Welsh Government funded the work.", None,
     [{"name": "Scottish Government", "kind": "government"}, {"name": "Welsh Government", "kind": "government"}]),
    ("The Lagos State Government opened a shelter.", None,
     [{"name": "Government of Lagos State", "kind": "government"}]),
    # military units
    ("Rapid Action Battalion spokesman Khandaker Al Moin said the suspect had lured the women.", None,
     [{"name": "Rapid Action Battalion", "kind": "government"}]),
    # a long form its acronym spells names a public body even without an organisation keyword
    ("Bangladesh's Rapid Action Battalion (RAB) arrested 12 brokers; RAB officers said more raids would follow.",
     None, [{"name": "Rapid Action Battalion", "kind": "government", "aliases": ["RAB"]}]),
    ("Officers of the Sashastra Seema Bal (SSB) intercepted 64 women at the border.", None,
     [{"name": "Sashastra Seema Bal", "kind": "government", "aliases": ["SSB"]}]),
    # a plural possessive inside a name; a document a body owns is not the body
    ("The Ministry of Expatriates' Welfare and Overseas Employment suspended 24 agencies.", None,
     [{"name": "Ministry of Expatriates Welfare and Overseas Employment", "kind": "government"}]),
    ("The Council of Ministers' Decision No. 166 set new rules.", None,
     [{"name": "Council of Ministers", "kind": "government"}]),
    # a name after a sentence's opening "The" is capitalised on purpose
    ("The Attorney General's Office filed 20 cases.", None,
     [{"name": "Attorney General's Office", "kind": "government"}]),
    ("The Cabinet of Ministers approved the plan.", None, [{"name": "Cabinet of Ministers", "kind": "government"}]),
    # a government written small: a country's, or a province's or state's; one for each name listed
    ("In February 2018, the government of Australia investigated the allegations.", None,
     [{"name": "Government of Australia", "kind": "government", "country": "AUS"}]),
    ("The government of Azad Jammu and Kashmir adopted the law.", None,
     [{"name": "Government of Azad Jammu and Kashmir", "kind": "government"}]),
    ("The governments of Khyber Pakhtunkhwa and Sindh reported two shelters.", None,
     [{"name": "Government of Khyber Pakhtunkhwa", "kind": "government"},
      {"name": "Government of Sindh", "kind": "government"}]),
    ("The governments of Antigua and Barbuda, The Bahamas, and Trinidad and Tobago signed.", None,
     [{"name": "Government of Antigua and Barbuda", "kind": "government", "country": "ATG"},
      {"name": "Government of The Bahamas", "kind": "government", "country": "BHS"},
      {"name": "Government of Trinidad and Tobago", "kind": "government", "country": "TTO"}]),
    ("The government of Jashpur, Chhattisgarh trained ten survivors.", None,
     [{"name": "Government of Jashpur", "kind": "government"}]),
    ("The government of Cambodia and NGOs met in May.", None,
     [{"name": "Government of Cambodia", "kind": "government", "country": "KHM"}]),
    # a legislature named by its keyword alone, like "Parliament"; an airline
    ("The National Assembly held multiple hearings on the draft law.", None,
     [{"name": "National Assembly", "kind": "government"}]),
    ("Members of Parliament voted for the bill.", None, [{"name": "Parliament", "kind": "government"}]),
    ("A Kenya Airways flight attendant alerted police.", None, [{"name": "Kenya Airways", "kind": "company"}]),
    # the journalists a story credits: a byline on its own line, a wire service's credit line
    ("NAPTIP secured 96 convictions\n\nBy Ifeoma Nwachukwu\n\nABUJA - The agency said so.", None,
     [{"name": "Ifeoma Nwachukwu", "kind": "person", "role": "reporter"}]),
    ("Cambodia remained on Tier 2.\n\n(Reporting by Pracha Boonmee; Additional reporting by Kate Sullivan in "
     "Washington; Editing by Martin Hale)", None,
     [{"name": "Pracha Boonmee", "kind": "person", "role": "reporter"},
      {"name": "Kate Sullivan", "kind": "person", "role": "reporter"},
      {"name": "Martin Hale", "kind": "person", "role": "editor"}]),
    ("POGO hub raided\n\nBy Ma. Celestina Robles\n\nKAWIT, CAVITE - Agents stormed a compound.", None,
     [{"name": "Ma. Celestina Robles", "kind": "person", "role": "reporter"}]),
    ("Police identified 398 victims.\n\nEdited by: Anke Schreiber\n", None,
     [{"name": "Anke Schreiber", "kind": "person", "role": "editor"}]),
    ("MEXICO CITY, Aug 17 (AFP) - Mexican prosecutors said they had broken up a ring.", None,
     [{"name": "Agence France-Presse", "kind": "media", "aliases": ["AFP"]}]),
    ("Accra, March 18, GNA - Police rescued 31 children. He told state news agency BNA that 19 were convicted.",
     None, [{"name": "Ghana News Agency", "kind": "media"}, {"name": "Bahrain News Agency", "kind": "media"}]),
    ("Eurostat and Eurojust published the figures.", None,
     [{"name": "Eurostat", "kind": "international"}, {"name": "Eurojust", "kind": "international"}]),
    ("Done.\n(Reporting by Hannah Lowery in Washington; Additional reporting by Liz Tan in Kuala Lumpur and "
     "Panu Wongsa in Bangkok; Editing by Grant Mercer)", None,
     [{"name": "Liz Tan", "kind": "person", "role": "reporter"}, {"name": "Panu Wongsa", "kind": "person"},
      {"name": "Grant Mercer", "kind": "person", "role": "editor"}]),
    # Vietnamese names (Latin Extended Additional letters); US prosecutors' titles
    ("Lieutenant Colonel Hoàng Văn Thắng, head of the unit, said the suspects lied. Nguyễn Thị Hạnh, vice "
     "chairwoman of the Women's Union, said most victims were poor.", None,
     [{"name": "Hoàng Văn Thắng", "kind": "person"}, {"name": "Nguyễn Thị Hạnh", "kind": "person"}]),
    ("Trial Attorney Alicia Vance of the Civil Rights Division is prosecuting the case.", None,
     [{"name": "Alicia Vance", "kind": "person", "role": "Trial Attorney"}]),
    ("Special Agent in Charge Marisol Ortega of Homeland Security Investigations (HSI) Tampa said so.", None,
     [{"name": "Marisol Ortega", "kind": "person", "role": "Special Agent in Charge"}]),
    ("Assistant U.S. Attorneys Megan L. Carrow and Thomas J. Reyes are prosecuting the case.", None,
     [{"name": "Megan L. Carrow", "kind": "person"}, {"name": "Thomas J. Reyes", "kind": "person"}]),
    # a public body whose long form is written small before its acronym
    ("Divisions operated within the office of the attorney general (OAG). The OAG filed 40 cases.", None,
     [{"name": "office of the attorney general", "kind": "government", "aliases": ["OAG"]}]),
    ("The anti-trafficking inter-ministerial committee (ATIMC) met twice.", None,
     [{"name": "anti-trafficking inter-ministerial committee", "kind": "government", "aliases": ["ATIMC"]}]),
    ("In 2017, the Judicial Academy conducted five training sessions for 183 judges.", None,
     [{"name": "Judicial Academy", "kind": "government"}]),
    ("UNODC's Research and Trend Analysis Branch said the figures were incomplete.", None,
     [{"name": "Research and Trend Analysis Branch", "kind": "government"}]),
    # name particles after a title; a title alone is no body
    ("IOM's Chief of Mission in Nigeria, Mr. Pieter van den Berg, praised the agency.", None,
     [{"name": "Pieter van den Berg", "kind": "person"}]),
    # where a body is based is no part of its name
    ("New York-based Human Rights Watch (HRW) said forced labour remained widespread.", None,
     [{"name": "Human Rights Watch", "kind": "ngo", "aliases": ["HRW"]}]),
    # a name before a small "project" or "programme"; a name after "charity" or "NGO"
    ("The $7.5 million Mukti Sanjal project began in September 2018.", None,
     [{"name": "Mukti Sanjal", "kind": "program"}]),
    # a campaign's name in quotes, whatever its words and language
    ('The ministry and NGOs conducted the "Know Your Rights at Work" campaign.', None,
     [{"name": "Know Your Rights at Work", "kind": "program"}]),
    ("The MOI's \u201cNo Te Dejes Enredar\u201d campaign reached an estimated 3.4 million people.", None,
     [{"name": "No Te Dejes Enredar", "kind": "program"}]),
    ("Anti-slavery charity Unseen said the helpline took 4,000 calls.", None, [{"name": "Unseen", "kind": "ngo"}]),
    ("Local NGO Chab Dai Coalition helped 40 girls.", None, [{"name": "Chab Dai", "kind": "ngo"}]),
    # anti-trafficking NGOs whose names hold no organisation keyword, from the gazetteer
    ("The project worked with Maiti Nepal, Shakti Samuha and Hope for Justice.", None,
     [{"name": "Maiti Nepal", "kind": "ngo", "country": "NPL"}, {"name": "Shakti Samuha", "kind": "ngo"},
      {"name": "Hope for Justice", "kind": "ngo"}]),
    # "Unit" opens a name as well as ending one; inspectorates, divisions and sub-councils are bodies
    ("The Criminal Police Directorate's Unit for Combating Trafficking in Human Beings had 11 officers.", None,
     [{"name": "Unit for Combating Trafficking in Human Beings", "kind": "government"}]),
    ("The Labor Inspectorate conducted 27,510 inspections, and the Public Security Division made 12 arrests.", None,
     [{"name": "Labor Inspectorate", "kind": "government"}, {"name": "Public Security Division", "kind": "government"}]),
    ("The Anti-Trafficking Sub-Council met four times in 2022.", None,
     [{"name": "Anti-Trafficking Sub-Council", "kind": "government"}]),
    # bodies named in Spanish and French: adjectives after the keyword, "de la", "contra", "e"
    ("The Fiscalía Especializada contra la Trata de Personas opened 40 cases.", None,
     [{"name": "Fiscalía Especializada contra la Trata de Personas", "kind": "government"}]),
    ("The Cellule Nationale de Lutte contre la Traite des Personnes (CNLTP) met twice.", None,
     [{"name": "Cellule Nationale de Lutte contre la Traite des Personnes", "kind": "government", "aliases": ["CNLTP"]}]),
    ("The grant went to the Centro de Orientacion e Investigacion Integral (COIN), an NGO.", None,
     [{"name": "Centro de Orientacion e Investigacion Integral", "kind": "ngo", "aliases": ["COIN"]}]),
    # a descriptor names what follows: a plural one a list, an outlet or newspaper a medium
    ("The NGOs VESNA and Lumina operated the only long-term shelters.", None,
     [{"name": "VESNA", "kind": "ngo"}, {"name": "Lumina", "kind": "ngo"}]),
    ("The independent outlet Turkmen.news documented forced mobilization.", None,
     [{"name": "Turkmen.news", "kind": "media"}]),
    ("The newspaper Prothom Alo first reported the raid.", None, [{"name": "Prothom Alo", "kind": "media"}]),
    # a dateline without a date; a consulate general; where a body is registered or who runs it is not its name
    ("GENEVA (AP) \u2014 Illegal profits from forced labor have climbed to $236 billion a year.", None,
     [{"name": "Associated Press", "kind": "media", "aliases": ["AP"]}]),
    ("The Consulate General of Mexico in Toronto is providing housing.", None,
     [{"name": "Consulate General of Mexico in Toronto", "kind": "government", "country": "MEX"}]),
    ("The Hong Kong-registered Golden Tide Fishing Company paid nothing.", None,
     [{"name": "Golden Tide Fishing Company", "kind": "company"}]),
    ("The State-run Social Welfare Department opened a shelter.", None,
     [{"name": "Social Welfare Department", "kind": "government"}]),
    # a country and a connector before a body: the body alone
    ("Marit Lindqvist, chief of mission in Laos for the International Organization for Migration, spoke.", None,
     [{"name": "International Organization for Migration", "kind": "international"}]),
    ("The Cambodia for Children Fund paid for two shelters.", None,
     [{"name": "Cambodia for Children Fund", "kind": "ngo"}]),
    ("The Interagency Trafficking Working Group met twice.", None,
     [{"name": "Interagency Trafficking Working Group", "kind": "government"}]),
    # a plural possessive inside a long form; a name right after an age; a byline with a longer tail
    ("Winrock worked with the Bangladesh National Woman Lawyers' Association (BNWLA). The BNWLA said so.", None,
     [{"name": "Bangladesh National Woman Lawyers Association", "kind": "ngo", "aliases": ["BNWLA"]}]),
    ("A fourth defendant, 28-year-old Bikram Lama, was acquitted.", None, [{"name": "Bikram Lama", "kind": "person"}]),
    ("By Ama Kwarteng-Addo, with additional reporting from Dakar and Abuja\n\nACCRA - Ghana was upgraded.", None,
     [{"name": "Ama Kwarteng-Addo", "kind": "person", "role": "reporter"}]),
    # a body's possessive ends it; an office holder's is part of the name
    ("The Ohio Department of Public Safety's Office of Criminal Justice Services (OCJS) awarded grants.", None,
     [{"name": "Ohio Department of Public Safety", "kind": "government"},
      {"name": "Office of Criminal Justice Services", "kind": "government", "aliases": ["OCJS"]}]),
    ("The case went to the Specialized Prosecutor's Office for Trafficking in Persons Crimes.", None,
     [{"name": "Specialized Prosecutor's Office for Trafficking in Persons Crimes", "kind": "government"}]),
    ("It was backed by the Federal Public Defender's Office (DPU).", None,
     [{"name": "Federal Public Defender's Office", "kind": "government", "aliases": ["DPU"]}]),
    # portfolios ending "of the Population"; "Public" opening a portfolio; "Implementing the", "to Prevent"
    ("The Ministry of Labor, Migration, and Employment of the Population (MOLME) issued rules.", None,
     [{"name": "Ministry of Labor, Migration, and Employment of the Population", "kind": "government",
       "aliases": ["MOLME"]}]),
    ("The Ministry of Labor, Civil Service and Public Administration met.", None,
     [{"name": "Ministry of Labor, Civil Service and Public Administration", "kind": "government"}]),
    ("The Permanent National Committee for Implementing the National Strategy to Prevent Trafficking in Persons "
     "(PNC) met three times.", None,
     [{"name": "Permanent National Committee for Implementing the National Strategy to Prevent Trafficking in "
               "Persons", "kind": "government", "aliases": ["PNC"]}]),
    # Spanish names opened by their keyword whatever follows
    ("NGOs, chiefly Fundación Luna Nueva, assisted most of the rest.", None,
     [{"name": "Fundación Luna Nueva", "kind": "ngo"}]),
    ("The Fiscalía Especializada en Delitos de Trata de Personas (FISTRAP) led the raids, and the Policía "
     "Nacional made arrests.", None,
     [{"name": "Fiscalía Especializada en Delitos de Trata de Personas", "kind": "government", "aliases": ["FISTRAP"]},
      {"name": "Policía Nacional", "kind": "government"}]),
    # "y el", "di", and "on" before the subject of a body's work
    ("The Fiscalía Adjunta contra la Trata de Personas y el Tráfico Ilícito de Migrantes opened 40 cases.", None,
     [{"name": "Fiscalía Adjunta contra la Trata de Personas y el Tráfico Ilícito de Migrantes", "kind": "government"}]),
    ("The Office of the National Rapporteur on Trafficking in Persons reported twice.", None,
     [{"name": "Office of the National Rapporteur on Trafficking in Persons", "kind": "government"}]),
    # named operations and hotlines are programmes; "the Public Prosecution" is a body; parliaments by name
    ("Operation Vestra led to 219 arrests, and Operation Nanhe Farishtey continued.", None,
     [{"name": "Operation Vestra", "kind": "program"}, {"name": "Operation Nanhe Farishtey", "kind": "program"}]),
    ("The National Human Trafficking Hotline received 300 calls.", None,
     [{"name": "National Human Trafficking Hotline", "kind": "program"}]),
    ("In 2015 the Public Prosecution referred five cases to the courts.", None,
     [{"name": "Public Prosecution", "kind": "government"}]),
    ("The national coordinator reported to the Seimas.", None, [{"name": "Seimas", "kind": "government", "country": "LTU"}]),
    # particles written capitalised do not count towards a name's length; a dateline's national agency
    ("Justice Minister Sidi Mohamed Ould Ahmed Vall said so.", None,
     [{"name": "Sidi Mohamed Ould Ahmed Vall", "kind": "person"}]),
    ("WARSAW, July 18 (PAP) - Inspectors found 86 workers.", None, [{"name": "Polish Press Agency", "kind": "media"}]),
    # a name and an agency's acronym on a line of their own
    ("RPF rescues 1,327 children\n\nRajesh Ranjan | TNN\n\nPATNA: The force rescued 1,327 children.", None,
     [{"name": "Rajesh Ranjan", "kind": "person", "role": "reporter"}, {"name": "Times News Network", "kind": "media"}]),
    # "New" and "First" inside a sentence open a name; "then-" is no part of one
    ("The New People's Army recruited children in Mindanao.", None,
     [{"name": "New People's Army", "kind": "government"}]),
    ("Six of the 14 First Instance Courts reported convictions.", None,
     [{"name": "First Instance Courts", "kind": "government"}]),
    ("Officials said the then-Ministry of Labour and Social Affairs funded two shelters.", None,
     [{"name": "Ministry of Labour and Social Affairs", "kind": "government"}]),
    # courts, patrols and schemes by name
    ("The woman appeared before the Shanzu Law Courts on Thursday.", None,
     [{"name": "Shanzu Law Courts", "kind": "government"}]),
    ("The sting was run with the California Highway Patrol.", None,
     [{"name": "California Highway Patrol", "kind": "government"}]),
    ("Under the Jharkhand Victim Compensation Scheme, each child is entitled to relief.", None,
     [{"name": "Jharkhand Victim Compensation Scheme", "kind": "program"}]),
    # a surname that is also a speech verb; a name closed by ", who"; a speaker introducing themself
    ("Our director, Halima Said, asked me to share the figures.", None,
     [{"name": "Halima Said", "kind": "person", "role": "director"}]),
    ("Zuhura Said, a social worker, said the girls were safe.", None,
     [{"name": "Zuhura Said", "kind": "person", "role": "social worker"}]),
    ("Prosecutors filed the charges against Darnell Keyes, who was arrested by officers.", None,
     [{"name": "Darnell Keyes", "kind": "person"}]),
    ("PRESENTER: Welcome to the midday news. I'm Abena Owusu-Ansah. Our top story is this.", None,
     [{"name": "Abena Owusu-Ansah", "kind": "person"}]),
    # a rank in small letters before its acronym is the person's role, not a body
    ("The team was led by deputy superintendent of police (DSP) Neha Bara and Inspector Sunil Kujur.", None,
     [{"name": "Neha Bara", "kind": "person", "role": "superintendent of police"}]),
    # the speaker between the commas after a body; a title's body after "of"
    ("Still on the story, the manager of the NGO Challenging Heights, Mr Daniel Ofori, says four in ten are unpaid.",
     None, [{"name": "Challenging Heights", "kind": "ngo"}, {"name": "Daniel Ofori", "kind": "person"}]),
    ("The Chief of Mission of the International Organization for Migration, Mr Mathias Keller, spoke.", None,
     [{"name": "International Organization for Migration", "kind": "international"}]),
    # a name between commas after a possessive and a role; an embassy in small letters after a demonym
    ("Our social worker, Mercy Achieng, and I jumped into a matatu.", None,
     [{"name": "Mercy Achieng", "kind": "person", "role": "social worker"}]),
    ("Our correspondent in the Volta Region, Selorm Agbeko, sent this report.", None,
     [{"name": "Selorm Agbeko", "kind": "person"}]),
    ("We raised half of it, thanks to a grant from the Dutch embassy in Nairobi.", None,
     [{"name": "Dutch embassy", "kind": "government", "country": "NLD"}]),
    # a verb and "the" before a long form its acronym delimits; a body's seat after "in"; a force to combat
    ("Reform the Temporary Foreign Worker Program (TFWP) to reduce workers' vulnerability.", None,
     [{"name": "Temporary Foreign Worker Program", "kind": "program", "aliases": ["TFWP"]}]),
    ("The NGO Sezim ran a shelter, and the NGO Safe House in Osh assisted 21.", None,
     [{"name": "Safe House", "kind": "ngo"}]),
    ("The Special Force to Combat Crime (FELCC) opened 283 investigations.", None,
     [{"name": "Special Force to Combat Crime", "kind": "government"}]),
    # two-word keywords name a body on their own; "Service for ..."; schools; an office holder's department
    ("In 2019, police and the Border Guard initiated 41 investigations.", None,
     [{"name": "Border Guard", "kind": "government"}]),
    ("The Central Service for the Protection of Minors and Women (SCPMF) investigated cases.", None,
     [{"name": "Central Service for the Protection of Minors and Women", "kind": "government", "aliases": ["SCPMF"]}]),
    ("Courses were offered at the Judiciary School and the National Investigator's Department.", None,
     [{"name": "Judiciary School", "kind": "government"},
      {"name": "National Investigator's Department", "kind": "government"}]),
    ("The program accepted 37 clients, according to the Attorney-General's Department.", None,
     [{"name": "Attorney-General's Department", "kind": "government"}]),
    ("The FIA's Anti-Human Trafficking Circle in Lahore registered 17 cases.", None,
     [{"name": "Anti-Human Trafficking Circle", "kind": "government"}]),
    ("The report recommended interest-free loans through the Bank of Punjab.", None,
     [{"name": "Bank of Punjab", "kind": "company"}]),
    ("We are linking workers with the Punjab Employees Social Security Institution.", None,
     [{"name": "Punjab Employees Social Security Institution", "kind": "government"}]),
    # an MEP by title; a weekday that is a given name; a story's closing credit
    ("Greens/EFA MEP Elin Sandberg of Sweden urged the Commission to go further.", None,
     [{"name": "Elin Sandberg", "kind": "person", "role": "MEP"}]),
    ("The court convicted the couple's driver, Friday Uwaifo, 52, who drove the girls to Kano.", None,
     [{"name": "Friday Uwaifo", "kind": "person"}]),
    # a double surname with a capital inside its second part; a person a court found guilty
    ("Minister of Social Protection Dawn Fraser-McKenzie told reporters the ranking was deserved.", None,
     [{"name": "Dawn Fraser-McKenzie", "kind": "person", "role": "Minister of Social Protection"}]),
    ("Justice Mwansa yesterday found Kelvin Siame guilty on three counts of trafficking.", None,
     [{"name": "Kelvin Siame", "kind": "person"}]),
    # a unit's portfolio after "and", then the office that holds the unit
    ("The Department for Organised Crime and Corruption of the National Prosecutor's Office charged them.", None,
     [{"name": "Department for Organised Crime and Corruption", "kind": "government"},
      {"name": "National Prosecutor's Office", "kind": "government"}]),
    # company forms of Malaysia and the Gulf; a brand in camel case
    ("The suppliers were Permata Nitrile Berhad and Al Sadeem Building Contracting WLL.", None,
     [{"name": "Permata Nitrile Berhad", "kind": "company"}, {"name": "Al Sadeem Building Contracting WLL", "kind": "company"}]),
    ("ClearLine Social Compliance Sdn Bhd carried out the audits.", None,
     [{"name": "ClearLine Social Compliance Sdn Bhd", "kind": "company"}]),
    # one word after a plural owner ends the name; more words name a unit the owner holds
    ("Lawyers from the Society for Migrants' Aid said the workers had been freed.", None,
     [{"name": "Society for Migrants Aid", "kind": "ngo"}]),
    ("The Directorate of Criminal Investigations' Anti-Human Trafficking Unit made the arrests.", None,
     [{"name": "Directorate of Criminal Investigations", "kind": "government"},
      {"name": "Anti-Human Trafficking Unit", "kind": "government"}]),
    # legal forms written with periods, in small letters or mixed, closing a name
    ("Police said the recruiter worked for Vertis Personal s.r.o. in Bratislava.", None,
     [{"name": "Vertis Personal s.r.o.", "kind": "company"}]),
    ("Workers hired through Balkan Staffing d.o.o. were sent on to Slovenia.", None,
     [{"name": "Balkan Staffing d.o.o.", "kind": "company"}]),
    ("The firm, Agro Trade a.s., denied it had kept the workers' passports.", None,
     [{"name": "Agro Trade a.s.", "kind": "company"}]),
    ("Cantieri Navali S.p.A. and Pesca Austral S.A. were both named in the audit.", None,
     [{"name": "Cantieri Navali S.p.A.", "kind": "company"}, {"name": "Pesca Austral S.A.", "kind": "company"}]),
    # a member of a lower house called "Deputy", with the letters of the house after the name
    ("Launching the report, the committee's chair, Deputy Fiachra Moynihan TD, said the state must act.", None,
     [{"name": "Fiachra Moynihan", "kind": "person", "role": "Deputy"}]),
    ("Additional Solicitor-General V. Raghavan told the bench the Centre would comply.", None,
     [{"name": "V. Raghavan", "kind": "person"}]),
    ("Director Abdul Karim Sheikh said demand for the sessions had nearly doubled.", None,
     [{"name": "Abdul Karim Sheikh", "kind": "person", "role": "Director"}]),
    ("Deputy Prosecutor-General Hilma Shikongo said 26 prosecutors were trained.", None,
     [{"name": "Hilma Shikongo", "kind": "person", "role": "Deputy Prosecutor-General"}]),
    # a programme's speakers, each with a body after a comma; a contact block under "contact:"
    ("Speakers: Rita Shrestha, Pourakhi Nepal; Fatima Al-Mansoori, Migrant-Rights.org. Panellists argued for change.",
     None, [{"name": "Rita Shrestha", "kind": "person"}, {"name": "Fatima Al-Mansoori", "kind": "person"}]),
    ("For more information, please contact:\nMoussa Diallo, UNICEF Regional Office, Dakar, mdiallo@example.org", None,
     [{"name": "Moussa Diallo", "kind": "person"}]),
    # a capitalised role after "the" and a possessive, with the name set off by commas
    ("\u201cIt is a right,\u201d said the President of GRETA, Sonja Verbeek-Lindqvist.", None,
     [{"name": "Sonja Verbeek-Lindqvist", "kind": "person", "role": "President of GRETA"}]),
    ("Our Anti-Slavery Coordinator, Daniel Reyes, led joint visits with the police.", None,
     [{"name": "Daniel Reyes", "kind": "person", "role": "Anti-Slavery Coordinator"}]),
    ("The EU Anti-Trafficking Coordinator, Katrin Velasco, will oversee the strategy.", None,
     [{"name": "Katrin Velasco", "kind": "person", "role": "EU Anti-Trafficking Coordinator"}]),
    # a judge as the court addresses her
    ("The court, presided over by Her Honour Patience Adomako, granted them bail.", None,
     [{"name": "Patience Adomako", "kind": "person", "role": "Her Honour"}]),
    # a law's noun as a given name; the law itself names no one
    ("Bill Hughes, a volunteer at the shelter, told reporters it was full.", None,
     [{"name": "Bill Hughes", "kind": "person"}]),
    ("Senator Bill Okafor said the Trafficking Bill Kenya passed was weak.", None,
     [{"name": "Bill Okafor", "kind": "person"}]),
    ("The NBI will train 300 prosecutors and judges by December. (PNA)", None,
     [{"name": "Philippine News Agency", "kind": "media"}]),
    # an elided particle inside a country's name; a national police force the gazetteer knows
    ("The Government of Côte d'Ivoire does not fully meet the minimum standards.", None,
     [{"name": "Government of Cote d'Ivoire", "kind": "government", "country": "CIV"}]),
    ("Police arrested two Carabineros officers in Arica.", None,
     [{"name": "Carabineros de Chile", "kind": "government", "country": "CHL"}]),
    # police forces and courts in small letters, as British papers write them; UK police ranks
    ("The operation involved officers from West Midlands police and Merseyside police.", None,
     [{"name": "West Midlands police", "kind": "government"}, {"name": "Merseyside police", "kind": "government"}]),
    ("He was jailed at Birmingham crown court on Friday.", None,
     [{"name": "Birmingham crown court", "kind": "government"}]),
    ("Officials from the Telangana Labour department rescued 40 workers from the kiln.", None,
     [{"name": "Telangana Labour department", "kind": "government"}]),
    ("The Interdepartmental Coordination Platform, chaired by the Minister of Justice, met four times.", None,
     [{"name": "Interdepartmental Coordination Platform", "kind": "government"}]),
    ("Officers working alongside Immigration Enforcement entered three premises.", None,
     [{"name": "Immigration Enforcement", "kind": "government", "country": "GBR"}]),
    # a name spelt as an acronym's letters in small; a delegate by title; a Swahili "of" inside a name
    ("The Regional Delegate of Social Affairs for the West, Clarisse Ngo Biyong, said 14 children were claimed.", None,
     [{"name": "Clarisse Ngo Biyong", "kind": "person"}]),
    ("The Sauti ya Wafanyakazi Trust raised 40,000 shillings for the workers.", None,
     [{"name": "Sauti ya Wafanyakazi Trust", "kind": "ngo"}]),
    # a portfolio after a capitalised title is no body, but a body's name with its acronym after it is
    ("Madam Hawa Koroma, Executive Director of Advocates for Children and Trafficking Survivors (ACTS-SL), said so.", None,
     [{"name": "Advocates for Children and Trafficking Survivors", "kind": "ngo", "aliases": ["ACTS-SL"]}]),
    ("None of the men had been registered with HMRC, the court heard.", None,
     [{"name": "HM Revenue and Customs", "kind": "government", "aliases": ["HMRC"]}]),
    ("Amanda Boyd of the Belfast-based charity Flourish NI said the case should prompt checks.", None,
     [{"name": "Amanda Boyd", "kind": "person"}]),
    ("Det Ch Supt Andrew Mellor, the national lead, said the figures were rising.", None,
     [{"name": "Andrew Mellor", "kind": "person"}]),
    # an NGO known by three names, and a cartel
    ("Doctors Without Borders (MSF) said migrants were kidnapped by the Gulf Cartel in Reynosa.", None,
     [{"name": "Médecins Sans Frontières", "kind": "ngo"}, {"name": "Gulf Cartel", "kind": "armed_group"}]),
    # Ireland's houses of parliament, its child agency and NGOs, by their own names
    ("Speaking in the Dáil, the minister said Tusla and the Immigrant Council of Ireland had helped 40 women.", None,
     [{"name": "Dáil Éireann", "kind": "government"}, {"name": "Tusla", "kind": "government"},
      {"name": "Immigrant Council of Ireland", "kind": "ngo"}]),
    # a union's, an institute's or a centre's own name keeps its demonym; a scheme "for" its purpose; a
    # police district; a country's formal name is no body
    ("Jan Olav Brekke, an adviser at the Norwegian United Federation of Trade Unions (Fellesforbundet), said so.",
     None, [{"name": "Norwegian United Federation of Trade Unions", "kind": "ngo"}]),
    ("The Danish Institute for Human Rights and the Canadian Centre to End Human Trafficking spoke.", None,
     [{"name": "Danish Institute for Human Rights", "kind": "ngo"},
      {"name": "Canadian Centre to End Human Trafficking", "kind": "ngo"}]),
    ("Each will receive Rs 30,000 under the Central Sector Scheme for Rehabilitation of Bonded Labourer.", None,
     [{"name": "Central Sector Scheme for Rehabilitation of Bonded Labourer", "kind": "program"}]),
    ("Police attorney Kristin Lie of the Oslo Police District sought five years.", None,
     [{"name": "Oslo Police District", "kind": "government"}]),
    # several agencies credited at the end, after the editors' initials
    ("Police raided 12 brothels in North Rhine-Westphalia, prosecutors said.\n\ned/rt (dpa, AFP, KNA)", "news",
     [{"name": "Deutsche Presse-Agentur", "kind": "media"}, {"name": "Agence France-Presse", "kind": "media"},
      {"name": "Katholische Nachrichten-Agentur", "kind": "media"}]),
    # a ringleader or a mastermind named in an apposition
    ("The second alleged ringleader, Shahbaz Ahmed Warraich, was arrested from a house in Lalamusa.", None,
     [{"name": "Shahbaz Ahmed Warraich", "kind": "person", "role": "second alleged ringleader"}]),
    # a byline stamped with the date after a bar
    ("Malta stays on Tier 2\nClaire Vella Bonnici | July 21, 2022 | 6.45am\n\nMalta has kept its place.", "news",
     [{"name": "Claire Vella Bonnici", "kind": "person", "role": "reporter"}]),
    # a clause after a body's name is no list of its portfolios
    ("Victims went to the Tynchtyk Crisis Center, and the Osh regional administration paid the rent.", None,
     [{"name": "Tynchtyk Crisis Center", "kind": "ngo"}]),
    # a byline with the reporter's post after a slash
    ("Jamaica keeps Tier 2 ranking\nKristen Morgan-Hylton/Staff Reporter\n\nJamaica has kept its ranking.", "news",
     [{"name": "Kristen Morgan-Hylton", "kind": "person", "role": "reporter"}]),
    # a known body's office: the known name, then the office's words
    ("said Anna Rossi, director of the Save the Children EU Office in Brussels.", None,
     [{"name": "Save the Children EU Office", "kind": "ngo"}]),
    ("The case was investigated with the U.S. Department of Labor Office of Inspector General.", None,
     [{"name": "U.S. Department of Labor Office of Inspector General", "kind": "government"}]),
    # a state's long form after "the government of"
    ('The report found that the government of the Republic of Cyprus "fully meets the minimum standards".', None,
     [{"name": "Government of Cyprus", "kind": "government", "country": "CYP"}]),
    # a British force named for two counties, its "police" in small letters
    ("Det Sgt Paul Okafor of Avon and Somerset police, who led the inquiry, said the girls were 16.", None,
     [{"name": "Paul Okafor", "kind": "person"}, {"name": "Avon and Somerset Police", "kind": "government"}]),
    ('"This is trafficking," Chief Insp Yalapan said. Police commander Chief Inspector Mark Yalapan said so.', None,
     [{"name": "Mark Yalapan", "kind": "person"}]),
    # an agency credited in a dateline with a country in brackets, or as a state news agency
    ("Almería (Spain) (AFP) - Spain's maritime rescue service pulled 186 migrants from the sea.", None,
     [{"name": "Agence France-Presse", "kind": "media"}]),
    ("The navy said in a statement carried by the official MAP news agency that it intercepted 312 people.", None,
     [{"name": "MAP", "kind": "media"}]),
    # a plural long form an acronym in the plural spells
    ("The government established 312 Local Committees for Controlling Human Trafficking (LCCHTs).", None,
     [{"name": "Local Committees for Controlling Human Trafficking", "kind": "government", "aliases": ["LCCHTs"]}]),
    # a ministry whose name ends in a word that alone names a document ("Policy"); plural keywords; a union
    # whose name opens with its keyword; an academy named by what follows it
    ("Referrals went through the Ministry of Labor and Social Policy (MLSP) and Centers for Social Work.", None,
     [{"name": "Ministry of Labor and Social Policy", "kind": "government", "aliases": ["MLSP"]},
      {"name": "Centers for Social Work", "kind": "government"}]),
    ("The Sierra Leone Police Family Support Units trained 75 officers at Zomba Police College.", None,
     [{"name": "Sierra Leone Police Family Support Units", "kind": "government"},
      {"name": "Zomba Police College", "kind": "government"}]),
    ("The National Union of Eritrean Women ran one shelter; the Academy for Judges and Prosecutors trained 60.",
     None, [{"name": "National Union of Eritrean Women", "kind": "ngo"},
            {"name": "Academy for Judges and Prosecutors", "kind": "government"}]),
    ("In 2008, the National Police and the Gendarmerie investigated nine cases.", None,
     [{"name": "Gendarmerie", "kind": "government"}]),
    ("The Legislative Yuan amended the act and the Executive Yuan approved it.", None,
     [{"name": "Legislative Yuan", "kind": "government", "country": "TWN"},
      {"name": "Executive Yuan", "kind": "government", "country": "TWN"}]),
    # two bodies joined by "and", the second one known: the first is still a body
    ("Detectives from the Oklahoma Department of Public Safety and Homeland Security Investigations joined.",
     None, [{"name": "Oklahoma Department of Public Safety", "kind": "government"},
            {"name": "Homeland Security Investigations", "kind": "government"}]),
    ("The minister met the Governments of Benin and Togo.", None,
     [{"name": "Government of Benin", "kind": "government", "country": "BEN"},
      {"name": "Government of Togo", "kind": "government", "country": "TGO"}]),
    # a company with an Indonesian legal-form prefix; a named project; a broadcaster named by its descriptor
    ("Police named two directors of PT Laut Biru Sejahtera, the firm that hired the crew.", None,
     [{"name": "PT Laut Biru Sejahtera", "kind": "company"}]),
    ("Through Project Safe Harbour, the charity trained 400 teachers.", None,
     [{"name": "Project Safe Harbour", "kind": "program"}]),
    ("He told public broadcaster RTM that the raids would go on.", None, [{"name": "RTM", "kind": "media"}]),
    ("The charities Hope House, Safe Home and Shelter Now took in 90 girls.", None,
     [{"name": "Hope House", "kind": "ngo"}, {"name": "Safe Home", "kind": "ngo"}, {"name": "Shelter Now", "kind": "ngo"}]),
    # people: a hyphenated rank before a role noun; a long role phrase between commas; an honorific of the
    # Philippine bar; a name with an age after a sentence's opening preposition
    ("\u201cWe keep hearing the same story,\u201d said committee vice-chairperson Wanjiru Kamau.", None,
     [{"name": "Wanjiru Kamau", "kind": "person", "role": "committee vice-chairperson"}]),
    ("The ministry's director for the protection of citizens abroad, Budi Santoso, said talks went on.", None,
     [{"name": "Budi Santoso", "kind": "person", "role": "director for the protection of citizens abroad"}]),
    ("\u201cConvictions deter,\u201d said Atty. Liza Ramos, the group's country director.", None,
     [{"name": "Liza Ramos", "kind": "person"}]),
    ("For Dedi Kurniawan, 31, from Brebes, the return was bittersweet.", None,
     [{"name": "Dedi Kurniawan", "kind": "person"}]),
    # round 19: a given name that is also a month; a name before what the court did to its bearer; an
    # occupation before a name; an acronym described as a unit; a capitalised unit in small letters
    ("\u201cThe routes change every month,\u201d said Jan Kowalczyk, head of the unit.", None,
     [{"name": "Jan Kowalczyk", "kind": "person"}]),
    ("Thabo Nkosi was convicted in June on 14 counts.", None, [{"name": "Thabo Nkosi", "kind": "person"}]),
    ("The accounts were held by the compound's owner, Chinese businessman Li Wenbo.", None,
     [{"name": "Li Wenbo", "kind": "person", "role": "businessman"}]),
    ("In 2017, BPM\u2014a specialized police unit for minors\u2014investigated 30 suspects.", None,
     [{"name": "BPM", "kind": "government"}]),
    ("Members of the Hawks' Organised Crime Investigation unit raided the farm.", None,
     [{"name": "Organised Crime Investigation unit", "kind": "government"}]),
    ("The NGO Rep\u00f3rter Brasil said coffee farms made up a fifth of the list.", None,
     [{"name": "Rep\u00f3rter Brasil", "kind": "ngo"}]),
    # ("Group": a state's when "National" or "State" opens it)
    ("Partners of the National Group to Protect Children (NGPC) met; Banco do Brasil cut the farms' credit.", None,
     [{"name": "National Group to Protect Children", "kind": "government", "aliases": ["NGPC"]},
      {"name": "Banco do Brasil", "kind": "company"}]),
    ("The Court of First Instance of Lori Province sentenced a man to nine years.", None,
     [{"name": "Court of First Instance of Lori Province", "kind": "government"}]),
    # round 20: a list of portfolios before a body's name; a presidency, a municipality, a crisis centre,
    # an aid agency, a police force's section its acronym spells; names with "des" after a plural descriptor
    ("The JCF works closely with the Passport, Immigration and Customs Agency at the ports.", None,
     [{"name": "Passport, Immigration and Customs Agency", "kind": "government"}]),
    ("The Presidency of Migration Management said 41,700 migrants had been deported.", None,
     [{"name": "Presidency of Migration Management", "kind": "government"}]),
    ("The Tabriz Municipality collected 300 street children; the Suva Women's Crisis Centre took in 12.", None,
     [{"name": "Tabriz Municipality", "kind": "government"}, {"name": "Suva Women's Crisis Centre", "kind": "ngo"}]),
    ("The Danish Baptist Aid ran a hotline.", None, [{"name": "Danish Baptist Aid", "kind": "ngo"}]),
    ("The Women and Children Protection Section (WACPS) of the police investigated 40 cases.", None,
     [{"name": "Women and Children Protection Section", "kind": "government", "aliases": ["WACPS"]}]),
    ("Children went to shelters run by the NGOs Terre des Hommes and Enfants du Monde.", None,
     [{"name": "Enfants du Monde", "kind": "ngo"}]),
    ("With support from the ILO's SAFEWAY project, the government trained 40 inspectors.", None,
     [{"name": "SAFEWAY", "kind": "program"}, {"name": "International Labour Organization", "kind": "international"}]),
    ("The Government of the Marshall Islands met the Philippine government.", None,
     [{"name": "Government of the Marshall Islands", "kind": "government", "country": "MHL"},
      {"name": "Government of the Philippines", "kind": "government", "country": "PHL"}]),
    # round 21: an acronym between a unit's name and "unit"; an acronym after a body described in small
    # letters; a body named before "the government agency"; a dateline with a place in small letters
    ("The Police Service's Morals and Protection of Minors (PMPM) unit led the raids.", None,
     [{"name": "Morals and Protection of Minors unit", "kind": "government"}]),
    ("The government's interagency task force on trafficking (MITP) began work.", None,
     [{"name": "MITP", "kind": "government"}]),
    ("Tadamoun, the government agency mandated to address poverty, helped.", None,
     [{"name": "Tadamoun", "kind": "government"}]),
    ("Border Guard finds 46\n\nWarsaw, Oct. 14 (PAP) - Officers identified 46 people.", None,
     [{"name": "Polish Press Agency", "kind": "media", "aliases": ["PAP"]}]),
    ("The Ministry for the Promotion of Women, Children and the Family (MPFEF) ran two centers.", None,
     [{"name": "Ministry for the Promotion of Women, Children and the Family", "kind": "government",
       "aliases": ["MPFEF"]}]),
    # a list of bodies after a ministry, "the" after its comma, is no list of portfolios
    ("Inspectors made 300 joint visits with the Ministry of Interior, the Residency, Visas and Immigration "
     "Affairs (RVIA) and the police.", None,
     [{"name": "Ministry of Interior", "kind": "government"}]),
    # East African prosecutors' titles; police ranks abbreviated before a name
    ("Senior State Attorney Neema Kweka, who led the case, asked for a deterrent sentence.", None,
     [{"name": "Neema Kweka", "kind": "person", "role": "Senior State Attorney"}]),
    ("Regional Police Commander ACP Juma Mrisho and SSP Imran Qureshi met on Monday.", None,
     [{"name": "Juma Mrisho", "kind": "person"}, {"name": "Imran Qureshi", "kind": "person", "role": "SSP"}]),
    # a portfolio opening with a word that ends other names ("International"); an ombudsman's office
    ("The NCCT asked the Ministry of Foreign Affairs and International Cooperation to act.", None,
     [{"name": "Ministry of Foreign Affairs and International Cooperation", "kind": "government"}]),
    ("An inquiry by the Fair Work Ombudsman found the pickers underpaid.", None,
     [{"name": "Fair Work Ombudsman", "kind": "government"}]),
    # the person a court acted on, after the verb and a role in small letters; not a place after "in"
    ("A court in Chinandega sentenced bar owner Rodrigo Soto Lacayo to eight years in prison.", None,
     [{"name": "Rodrigo Soto Lacayo", "kind": "person", "role": "bar owner"}]),
    ("A circuit court convicted a fisherman, Kofi Asante Mensah, of forcing four boys to work.", None,
     [{"name": "Kofi Asante Mensah", "kind": "person", "role": "fisherman"}]),
    ("The Department for Combating Crimes Related to Trafficking in Human Beings opened 40 cases.", None,
     [{"name": "Department for Combating Crimes Related to Trafficking in Human Beings", "kind": "government"}]),
    # a known body after "and" is a body of its own, whatever word it opens with
    ("The Ministry of Education and Save the Children ran a campaign in 40 schools.", None,
     [{"name": "Ministry of Education", "kind": "government"}, {"name": "Save the Children", "kind": "ngo"}]),
    # an honorific of several words before the name is no part of it; Indian district officials
    ("Home Ministry secretary-general Datuk Seri Azman Kassim, who chairs the council, said 312 raids were held.",
     None, [{"name": "Azman Kassim", "kind": "person"}]),
    ("District Collector R. Meenakshi said the labourers had gone home.", None,
     [{"name": "R. Meenakshi", "kind": "person", "role": "District Collector"}]),
    # bodies listed under one plural, one actor each
    ("The council tasked the Ministries of Justice and Foreign Affairs with the plan.", None,
     [{"name": "Ministry of Justice", "kind": "government"}, {"name": "Ministry of Foreign Affairs", "kind": "government"}]),
    # a title's post of several words, an acronym before the title, a name in commas after it (round 71)
    ("RSIPF Assistant Commissioner for National Security and Operations Support, Patrick Rukale, told reporters.", None,
     [{"name": "Patrick Rukale", "kind": "person",
       "role": "Assistant Commissioner for National Security and Operations Support"}]),
    ("National Rapporteur on Trafficking in Persons, Marcia Gayle-Brown, welcomed the figures.", None,
     [{"name": "Marcia Gayle-Brown", "kind": "person"}]),
    ("\"Victims need redress,\" said GRETA's President, Petra Lindqvist-Haas.", None,
     [{"name": "Petra Lindqvist-Haas", "kind": "person", "role": "President"}]),
    ("IOM's head of office in Solomon Islands, Maria Lopes, said the case was grave.", None,
     [{"name": "Maria Lopes", "kind": "person", "role": "head of office in Solomon Islands"}]),
    # ranks written in full; a role noun, not a title, when its second word is small (round 71)
    ("Deputy Chief Constable Tom Castellanos said forces were stretched.", None,
     [{"name": "Tom Castellanos", "kind": "person", "role": "Deputy Chief Constable"}]),
    # bodies described after a comma, not before an owner's "'s"; a workers' collective (rounds 71-72)
    ("Coffee went to Café Serra Alta Exportadora, a trading company based in Varginha.", None,
     [{"name": "Café Serra Alta Exportadora", "kind": "company"}]),
    ("They reached a shelter run by the Siyakhana Women's Refuge, a Johannesburg-based nonprofit.", None,
     [{"name": "Siyakhana Women's Refuge", "kind": "ngo"}]),
    ("Major Karen Fenwick, the charity's director of anti-trafficking, said the numbers rose.", None,
     [{"name": "Karen Fenwick", "kind": "person"}]),
    ("said Fatima Zahra Benali, a spokeswoman for the migrant workers' collective Tierra y Dignidad.", None,
     [{"name": "Tierra y Dignidad", "kind": "ngo"}]),
    # businesses by trade, the last of a list (round 71)
    ("Zhao operated Golden Jade Spa, Lotus Touch Massage in Lancaster City and Harmony Foot Spa in Ephrata.", None,
     [{"name": "Golden Jade Spa", "kind": "company"}, {"name": "Lotus Touch Massage", "kind": "company"},
      {"name": "Harmony Foot Spa", "kind": "company"}]),
    # a list of portfolios runs on from "Ministry of ...", not from a body's keyword (round 71)
    ("Officers with the Vice Unit, Indiana State Police and Homeland Security Investigations served warrants.", None,
     [{"name": "Indiana State Police", "kind": "government"}]),
    # an owner in capitals opening a story ("PARLIAMENT'S Committee ...") is no part of the body (round 72)
    ("PARLIAMENT'S Committee on National Security and Foreign Affairs has urged more funding.", None,
     [{"name": "Committee on National Security and Foreign Affairs", "kind": "government"}]),
    # a multi-word demonym after an age is no name (round 74); a company's legal form
    ("It was the case of a 24-year-old Sri Lankan worker who had not been paid.", None, []),
    ("Workers were hired by Sunrise Harvest Co., Ltd. in Phnom Penh, and by Agrícola Los Pinares SL.", None,
     [{"name": "Sunrise Harvest Co., Ltd.", "kind": "company"}]),
    # "Codenamed" opens no name; Crimestoppers in the gazetteer (round 75)
    ("Codenamed Operation Baobab Shield, the action ran for ten days. Call Crimestoppers anonymously.", None,
     [{"name": "Operation Baobab Shield", "kind": "program"}, {"name": "Crimestoppers", "kind": "ngo"}]),
    # a newspaper figures were obtained by (round 74)
    ("Figures obtained by the Hull Daily Mail under the Freedom of Information Act show a rise.", None,
     [{"name": "Hull Daily Mail", "kind": "media"}]),
    # a name after "identified as", an alias after it (round 72)
    ("Among those arrested is a key suspect, identified as Zafar Iqbal alias Bao, who sent victims to Libya.", None,
     [{"name": "Zafar Iqbal", "kind": "person"}]),
    # one name, two countries' bodies (round 72)
    ("According to the Ministry of Internal Affairs of Russia, 562 were denied entry. The Ministry of Internal Affairs "
     "of Kyrgyzstan opened 36 cases.", None,
     [{"name": "Ministry of Internal Affairs of Russia", "kind": "government", "country": "RUS"},
      {"name": "Ministry of Internal Affairs of Kyrgyzstan", "kind": "government", "country": "KGZ"}]),
    # a title and its seat after a body's acronym name the body, not a body of their own (round 72)
    ("IOM Chief of Mission in The Gambia, Mr. Pietro Lanzani, said each returnee receives a pack.", None,
     [{"name": "International Organization for Migration", "kind": "international"},
      {"name": "Pietro Lanzani", "kind": "person"}]),
    ("The Departments of Justice, Homeland Security and Labor announced the charges.", None,
     [{"name": "Department of Justice", "kind": "government"},
      {"name": "Department of Homeland Security", "kind": "government"},
      {"name": "Department of Labor", "kind": "government"}]),
    # (but one body in each province is one name: Viet Nam's DOLISA)
    ("Victims were handed to provincial Departments of Labour, War Invalids and Social Affairs.", None,
     [{"name": "Department of Labour, War Invalids and Social Affairs", "kind": "government"}]),
    ("Embassies of Nepal, Ghana, and Sri Lanka ran shelters.", None,
     [{"name": "Embassy of Nepal", "kind": "government", "country": "NPL"},
      {"name": "Embassy of Sri Lanka", "kind": "government", "country": "LKA"}]),
    # an acronym the narrative never spells out, as an owner of the staff it names
    ("For the second year, MVD's witness protection unit assisted no victims.", "tip_report",
     [{"name": "MVD", "kind": "government"}]),
    # a person introduced by "named", or after a court's verb and a role noun
    ("The court sentenced a trafficker named Oyunaa Bat-Erdene to eight years.", None,
     [{"name": "Oyunaa Bat-Erdene", "kind": "person", "role": "trafficker"}]),
    ("The court sentenced hotel employee Ruwan Perera to 12 years and convicted Malawian national Chikondi Banda "
     "of trafficking.", None,
     [{"name": "Ruwan Perera", "kind": "person", "role": "hotel employee"},
      {"name": "Chikondi Banda", "kind": "person", "role": "national"}]),
    # "from" goes on in a name before a topic; a court of first instance keeps its seat
    ("The National Council for the Protection of Children from Trafficking met twice.", None,
     [{"name": "National Council for the Protection of Children from Trafficking", "kind": "government"}]),
    ("The Court of First Instance in Sousse convicted two recruiters.", None,
     [{"name": "Court of First Instance in Sousse", "kind": "government"}]),
    # a kind of body joined after a name by "and" is not part of it
    ("The Ministry of Social Action and NGOs ran two campaigns with the Council of Europe and CSOs.", None,
     [{"name": "Ministry of Social Action", "kind": "government"},
      {"name": "Council of Europe", "kind": "international"}]),
    # a body after a country's possessive: the country is the body's, the possessive form an alias
    ("Peru's Interior Ministry said 40 victims were found.", None,
     [{"name": "Interior Ministry", "kind": "government", "country": "PER", "aliases": ["Peru's Interior Ministry"]}]),
    # a speaker named with the body they speak for, before the verb
    ("Lena Brandt of the Nordic Freedom Network (NFN) said the checks were too few.", None,
     [{"name": "Lena Brandt", "kind": "person", "affiliation": "Nordic Freedom Network"},
      {"name": "Nordic Freedom Network", "kind": "ngo", "aliases": ["NFN"]}]),
    ("Police and Ana Ruiz of the International Organization for Migration said 40 were found.", None,
     [{"name": "Ana Ruiz", "kind": "person", "affiliation": "International Organization for Migration"},
      {"name": "International Organization for Migration", "kind": "international"}]),
    # an institute or centre of the armed forces or the courts is the state's
    ("Officers trained at the Naval Staff Institute and the Center for Judiciary Studies.", None,
     [{"name": "Naval Staff Institute", "kind": "government"},
      {"name": "Center for Judiciary Studies", "kind": "government"}]),
    # a long title phrase with the body it serves at, between "The" and the speaker's commas
    ("The Director for the Protection of Citizens Abroad at the Ministry of Foreign Affairs, Ardi Wibowo, said the "
     "owner would pay.", None,
     [{"name": "Ardi Wibowo", "kind": "person"}, {"name": "Ministry of Foreign Affairs", "kind": "government"}]),
    # a role with a place or what it owns before a name between commas; a role opening a name with an age
    ("A magistrate dismissed charges against a bar owner in San Ignacio, Marisol Cawich, who was accused.", None,
     [{"name": "Marisol Cawich", "kind": "person", "role": "bar owner in San Ignacio"}]),
    ("The court convicted the owner of a clothing workshop, Hernan Soto Villagran, of forced labor.", None,
     [{"name": "Hernan Soto Villagran", "kind": "person", "role": "owner of a clothing workshop"}]),
    ("Landlord Gary Pickering, 58, of Acklam, was jailed.", None,
     [{"name": "Gary Pickering", "kind": "person", "role": "landlord"}]),
    # one plain word and "and" open a body's name; a release's contact lines; a closing credit
    ("Women were taken to the Counselling and Protection Centre for Women and Children in Vientiane.", None,
     [{"name": "Counselling and Protection Centre for Women and Children", "kind": "government"}]),
    # a protection centre is a public body's: "the Women and Children Protection Center" of the police
    ("The Philippine National Police Women and Children Protection Center trained 1,900 officers.", None,
     [{"name": "Philippine National Police Women and Children Protection Center", "kind": "government"}]),
    ("Girls were referred to the Women and Children Protection Center in Manila.", None,
     [{"name": "Women and Children Protection Center", "kind": "government"}]),
    ("The Anti-Trafficking and Migrant Smuggling Unit of the National Police investigated 12 cases.", "tip_report",
     [{"name": "Anti-Trafficking and Migrant Smuggling Unit", "kind": "government"}]),
    ("The NCPFAT and National Council on Human Rights met.", "tip_report",
     [{"name": "National Council on Human Rights", "kind": "government"}]),
    ("The agencies said so.\n\nUNHCR: In Geneva, Lucia Marchetti, +41 79 217 3391", "news",
     [{"name": "Lucia Marchetti", "kind": "person", "role": "media contact", "affiliation": "UNHCR"}]),
    ("The workers arrived on Monday.\n\n\u2014Katrina Mendoza/RSJ, Balita Network News", "news",
     [{"name": "Katrina Mendoza", "kind": "person", "role": "reporter"}]),
    # armed groups named before the words for them; a country's "and" inside a government's name
    ("Children were recruited by the Kamuina Nsapu armed group and the Bana Mura militia.", None,
     [{"name": "Kamuina Nsapu", "kind": "armed_group"}, {"name": "Bana Mura", "kind": "armed_group"}]),
    ("The Government of St. Vincent and the Grenadines does not fully meet the minimum standards.", "tip_report",
     [{"name": "Government of St. Vincent and the Grenadines", "kind": "government", "country": "VCT"}]),
    # two regions joined by "and" are one region of a body's name
    ("The study was run by the ILO Regional Office for Asia and the Pacific with UN Women.", "news",
     [{"name": "ILO Regional Office for Asia and the Pacific", "kind": "international"}]),
    ("The IOM Regional Office for Latin America and the Caribbean published the figures.", "news",
     [{"name": "IOM Regional Office for Latin America and the Caribbean", "kind": "international"}]),
    # a topic before "-based" stays in the name (a place before it does not)
    ("Victims were referred by the Gender-Based Violence Protection Unit in Windhoek.", None,
     [{"name": "Gender-Based Violence Protection Unit", "kind": "government"}]),
    # a company's whole legal form, a bracket before it, two companies joined by "and"
    ("Graduates found jobs at Angkor Fresh Bakery Co., Ltd. and at Sunrise Apparel (Cambodia) Co., Ltd., it said.",
     None, [{"name": "Angkor Fresh Bakery Co., Ltd.", "kind": "company"},
            {"name": "Sunrise Apparel (Cambodia) Co., Ltd.", "kind": "company"}]),
    ("The workers were hired by Golden Harvest Sdn. Bhd. and Acme Foods Pty Ltd in 2019.", None,
     [{"name": "Golden Harvest Sdn. Bhd.", "kind": "company"}, {"name": "Acme Foods Pty Ltd", "kind": "company"}]),
    ("Carabinieri raided Agricola San Severo Srl on Monday.", None,
     [{"name": "Agricola San Severo Srl", "kind": "company"}]),
    ("He worked for Lanka Manpower (Pvt) Ltd in Colombo.", None,
     [{"name": "Lanka Manpower (Pvt) Ltd", "kind": "company"}]),
    # a judge of a tribunal: the person and the tribunal, not one body named by both
    ("Judge Mahmuda Akter of the Human Trafficking Offence Suppression Tribunal of Dhaka fined each convict.", None,
     [{"name": "Mahmuda Akter", "kind": "person", "role": "Judge"},
      {"name": "Human Trafficking Offence Suppression Tribunal of Dhaka", "kind": "government"}]),
    ("The convicts are Md Rakibul Hasan alias Rakib, 36, of Narail.", None,
     [{"name": "Md Rakibul Hasan", "kind": "person"}]),
    # a full name between commas after a noun for a person; an Arabic article inside a name
    ("Police arrested 37 suspects; one suspect, Salem Bashir al-Gharyani, was detained in Misrata.", None,
     [{"name": "Salem Bashir al-Gharyani", "kind": "person", "role": "suspect"}]),
    ("The court sentenced a former police constable, Sipho Dlamini, to 32 years' imprisonment.", None,
     [{"name": "Sipho Dlamini", "kind": "person", "role": "former police constable"}]),
    # a demonym after ", and" opens no portfolio of the body before it
    ("Screen migrants bound for the European Union, and Ukrainian refugees, for trafficking indicators.", None,
     [{"name": "European Union", "kind": "international"}]),
    # whose embassy it is stays in its name; "and" before a country's possessive ends the first body
    ("The Nepali Embassy worked with the Immigration Department of Malaysia and Malaysia's Department of Labour.",
     None, [{"name": "Nepali Embassy", "kind": "government"},
            {"name": "Immigration Department of Malaysia", "kind": "government"},
            {"name": "Department of Labour", "kind": "government"}]),
    ("The Kenyan Embassy in Riyadh took in 40 women.", None,
     [{"name": "Kenyan Embassy in Riyadh", "kind": "government", "country": "KEN"}]),
    # a rank with its acronym before an honorific and a name is a title, not a body
    ("Assistant Commissioner of Police (ACP) Salum Mkwawa told reporters that 12 girls were rescued.", None,
     [{"name": "Salum Mkwawa", "kind": "person", "role": "Assistant Commissioner of Police"}]),
    ("Deputy Superintendent of Police (DSP) Mr Kwame Mensah said 12 were freed.", None,
     [{"name": "Kwame Mensah", "kind": "person"}]),
    # a newspaper briefed; a Brazilian police delegate
    ("Briefing the Daily Graphic at Kete-Krachi yesterday, the coordinator said 31 were freed.", None,
     [{"name": "Daily Graphic", "kind": "media"}]),
    ("It was a turning point, said Federal Police Delegate Rafael Tavares Nogueira.", None,
     [{"name": "Rafael Tavares Nogueira", "kind": "person", "role": "Federal Police Delegate"}]),
    # a title's portfolio is no part of the name after it, nor a title of its own
    ("Briefing journalists, State Minister for Labour and Skills Tesfaye Bekele said 300 had returned.", None,
     [{"name": "Tesfaye Bekele", "kind": "person"}]),
    ("Deputy Minister of Justice Maria Elena Rojas said it was hard.", None,
     [{"name": "Maria Elena Rojas", "kind": "person"}]),
    ("\u201cNo,\u201d said Tan Sri Ahmad Rizal Hamidi.", None,
     [{"name": "Ahmad Rizal Hamidi", "kind": "person", "role": "Tan Sri"}]),
    ("Boko Haram abducted girls, and al-Shabaab recruited boys.", None,
     [{"name": "Boko Haram", "kind": "armed_group"}, {"name": "Al-Shabaab", "kind": "armed_group"}]),
    # round 27: a body named by its acronym alone that acts in a narrative; lists after "organisations,
    # including"; a police wing; a byline with a label and an outlet; a paper spoken to
    ("The HRU continued to run two shelters and referred 14 victims.", "tip_report",
     [{"name": "HRU", "kind": "government"}]),
    # an acronym as the body behind something: a compound "X-led", staff "of the X"; a ministry's too
    ("The DLPW-run shelters and the anti-trafficking units of the OAG, police, and courts met.", "tip_report",
     [{"name": "DLPW", "kind": "government"}, {"name": "OAG", "kind": "government"}]),
    ("The MOJ-led and -funded committee met twice, and officials from the ATPU visited farms.", "tip_report",
     [{"name": "MOJ", "kind": "government"}, {"name": "ATPU", "kind": "government"}]),
    ("The NWCC provided counseling to 12 women, and the media said OPP would prosecute the cases.", "tip_report",
     [{"name": "NWCC", "kind": "government"}, {"name": "OPP", "kind": "government"}]),
    ("PSC officers screened 300 migrants, and the NCB trafficking unit opened 12 cases.", "tip_report",
     [{"name": "PSC", "kind": "government"}, {"name": "NCB", "kind": "government"}]),
    ("In May, the DMS did not screen 40 migrants; the NRB also distributed 2,000 leaflets.", "tip_report",
     [{"name": "DMS", "kind": "government"}, {"name": "NRB", "kind": "government"}]),
    ("The RKF established a working group, and 50 TFAT members were trained.", "tip_report",
     [{"name": "RKF", "kind": "government"}, {"name": "TFAT", "kind": "government"}]),
    ("Aid reached them through partner organisations, including Selam Hope and Tesfa Children, last year.", None,
     [{"name": "Selam Hope", "kind": "ngo"}, {"name": "Tesfa Children", "kind": "ngo"}]),
    ("The Anti-Human Trafficking Wing of the state police rescued 40 girls.", None,
     [{"name": "Anti-Human Trafficking Wing", "kind": "government"}]),
    ("Raids net 9\n\nAuthor: Dana Whitlock (KRVN 4)\n\nDeputies arrested nine men.", "news",
     [{"name": "Dana Whitlock", "kind": "person", "role": "reporter"}, {"name": "KRVN 4", "kind": "media"}]),
    ("Raids net 9\n\nby Haruto Ishida\n\nDeputies arrested nine men.", "news",
     [{"name": "Haruto Ishida", "kind": "person", "role": "reporter"}]),
    ("\u201cWe will act,\u201d the official told The Daily Ledger. He gave no figures.", None,
     [{"name": "The Daily Ledger", "kind": "media"}]),
    ("Police worked with the Director General of National Security (DGSN); the DGSN ran six brigades.", "tip_report",
     [{"name": "Director General of National Security", "kind": "government", "aliases": ["DGSN"]}]),
    # round 33: a byline with an initial and the outlet; a name over the place it is filed from
    ("Girls freed\n\nBy Korto J. Sirleaf, FrontPageAfrica\n\nPolice said nine were rescued.", "news",
     [{"name": "Korto J. Sirleaf", "kind": "person", "role": "reporter"}]),
    ("Agencies duped hundreds\n\nComplaints rose.\n\nBinod Thapa\nKathmandu\n\nThe bureau arrested him.", "news",
     [{"name": "Binod Thapa", "kind": "person", "role": "reporter"}]),
    # round 32: "An" opens a place's name inside a sentence
    ("The An Nhon Border Guard rescued 12 people.", None, [{"name": "An Nhon Border Guard", "kind": "government"}]),
    # round 32: a relative clause ends an apposition's role
    ("In 2016 the government charged Arslan Durdyev, a reporter who wrote about forced labor, with fraud.", None,
     [{"name": "Arslan Durdyev", "kind": "person", "role": "reporter"}]),
    # round 31: a French name opening with its keyword
    ("In 2009 the Gendarmerie Nationale investigated nine cases.", "tip_report",
     [{"name": "Gendarmerie Nationale", "kind": "government"}]),
    # round 30: a name after "a 44-year-old woman,"; a ministry of a policy; where an affiliation works
    ("In one case, a 39-year-old woman, Ivie Osaghae, was jailed for six years.", None,
     [{"name": "Ivie Osaghae", "kind": "person"}]),
    ("The Ministry of Family Policy, which grants victim status, recognised 40 people.", None,
     [{"name": "Ministry of Family Policy", "kind": "government"}]),
    ("\u201cThey lose their visa,\u201d said Ana Ruiz, a lawyer with the Farmworker Justice Center in Raleigh.", None,
     [{"name": "Farmworker Justice Center", "kind": "ngo"}]),
    ("Than Zaw Oo (not his real name), 31, said he was beaten. Mariam (a pseudonym) fled in May.", None,
     [{"name": "Than Zaw Oo", "kind": "person"}, {"name": "Mariam", "kind": "person"}]),
    ("Wages left unpaid\n\nNo worker has been paid since March.\n\nPriya Raghunathan\n\nThe men said they were "
     "beaten.", "news", [{"name": "Priya Raghunathan", "kind": "person", "role": "reporter"}]),
    ("Dutch national Pieter Smit (52) and his partner Ilse Bakker (47) were charged.", None,
     [{"name": "Pieter Smit", "kind": "person"}, {"name": "Ilse Bakker", "kind": "person"}]),
    ("The witness told Judge Marieke van der Berg that she was sold.", None,
     [{"name": "Marieke van der Berg", "kind": "person", "role": "Judge"}]),
    ("Officers of the Directorate of Public Safety's Child Protection Unit (CPU) and the National Police "
     "Service's Anti-Trafficking Unit met.", None,
     [{"name": "Directorate of Public Safety", "kind": "government"}]),
    ("Detectives from the Bureau of Criminal Investigations' Child Protection Unit (CPU) opened 14 files.", None,
     [{"name": "Bureau of Criminal Investigations", "kind": "government"},
      {"name": "Child Protection Unit", "kind": "government", "aliases": ["CPU"]}]),
    ("The story was first reported by the daily Dziennik Prawny last week.", None,
     [{"name": "Dziennik Prawny", "kind": "media"}]),
    ("Health and Sanitation Cabinet Secretary Amina Wekesa said the firms would close.", None,
     [{"name": "Amina Wekesa", "kind": "person", "role": "Cabinet Secretary"}]),
    ("Her co-defendant, Jun Park, 44, was also charged. Jan Kowalski, 51, was released.", None,
     [{"name": "Jun Park", "kind": "person"}, {"name": "Jan Kowalski", "kind": "person"}]),
    # round 39: a house of a legislature; a portfolio list running on to its acronym through "and the";
    # "and Civil Service" a portfolio; a country's possessive at a
    # list's end; ranks written without periods
    ("The bill remained pending in the Uruguayan House of Representatives.", "tip_report",
     [{"name": "Uruguayan House of Representatives", "kind": "government"}]),
    ("The Ministry of Social Action, Family and the Promotion of Women (MASFAMU) ran shelters.", "tip_report",
     [{"name": "Ministry of Social Action, Family and the Promotion of Women", "kind": "government",
       "aliases": ["MASFAMU"]}]),
    ("The Ministry of Labour and Civil Service trained 40 inspectors.", None,
     [{"name": "Ministry of Labour and Civil Service", "kind": "government"}]),
    ("The raid was coordinated with Europol and Paraguay's National Police, which arrested two.", None,
     [{"name": "National Police", "kind": "government", "country": "PRY"}]),
    ("ATPD commander Pol Maj Gen Kittipong Sriwattana told reporters that nine were from Laos.", None,
     [{"name": "Kittipong Sriwattana", "kind": "person"}]),
    # a police station is a body (a station is otherwise a place)
    ("A case was filed with Paltan Police Station yesterday under the Act.", None,
     [{"name": "Paltan Police Station", "kind": "government"}]),
    # a reporter credited at the end; a byline over the outlet's line; press-release contacts and a
    # spokesperson's line
    ("Farm workers speak out\n\nThe workers said they were not paid.\n\nWith a report from Ian Kowalczyk in "
     "Toronto", "news", [{"name": "Ian Kowalczyk", "kind": "person", "role": "reporter"}]),
    ("Farm workers speak out\n\nThe workers were not paid.\n\nWith files from The Canadian Press and Reuters",
     "news", [{"name": "The Canadian Press", "kind": "media"}, {"name": "Reuters", "kind": "media"}]),
    ("Dozens more rescued from scam compounds\n\nSekar Ayuningtyas\nThe Jakarta Post\nJakarta / Wed, August 3, "
     "2022\n\nThe ministry says 62 more citizens were rescued.", "news",
     [{"name": "Sekar Ayuningtyas", "kind": "person", "role": "reporter"}]),
    ("IOM helped 120 people home.\n\nFor more information, please contact Lina Haddad at IOM Libya, Tel: +216 29 "
     "240 448", "news", [{"name": "Lina Haddad", "kind": "person", "affiliation": "IOM Libya"}]),
    ("The office said 40 died.\n\nFor media requests, please contact: in Geneva, Liv Marchetti \u2013 "
     "liv.marchetti@un.org or Jeremy Osei-Tutu \u2013 jeremy.osei-tutu@un.org", "news",
     [{"name": "Liv Marchetti", "kind": "person"}, {"name": "Jeremy Osei-Tutu", "kind": "person"}]),
    ("Briefing notes on Libya\n\nSpokesperson for the UN High Commissioner for Human Rights: Liv Marchetti\n"
     "Location: Geneva\n\nWe are alarmed.", "news", [{"name": "Liv Marchetti", "kind": "person"}]),
    ("Four sentenced\n\nThe court sentenced four people.\n\nMedia Contact: Karen Doyle, 614-555-0187", "news",
     [{"name": "Karen Doyle", "kind": "person"}]),
    # Lebanon's General Security, in the gazetteer
    ("Lebanon's General Security said it had settled the status of 3,800 workers.", "news",
     [{"name": "General Directorate of General Security", "kind": "government", "country": "LBN"}]),
    # separate bodies listed after the first, each with its own keyword
    ("The government educated citizens through the Women's Association, Youth Association, and Workers' Federation.",
     "tip_report", [{"name": "Women's Association", "kind": "ngo"}, {"name": "Youth Association", "kind": "ngo"}]),
    # an attaché's title
    ("The Philippine Labor Attaché Rommel C. Dizon said the rules were fair.", "news",
     [{"name": "Rommel C. Dizon", "kind": "person", "role": "Philippine Labor Attaché"}]),
    # a state's or city's government with its level in small letters, before or after
    ("The Rio de Janeiro state government reported identifying three sex trafficking victims.", "tip_report",
     [{"name": "Government of Rio de Janeiro", "kind": "government"}]),
    ("The state government in Mato Grosso continued to offer vocational training to victims.", "tip_report",
     [{"name": "Government of Mato Grosso", "kind": "government"}]),
    # "St." inside a country's name after "government of"; the TIP Report's spelling of the country
    ("Officials said the government of St. Maarten identified 12 victims.", "tip_report",
     [{"name": "Government of St. Maarten", "kind": "government", "country": "SXM"}]),
    # a newspaper of one word after "The", spoken to ("told The Nation that", "Speaking to The Peninsula")
    ("A 26-year-old woman told The Nation that she spent eight months in Nairobi.", "news",
     [{"name": "The Nation", "kind": "media"}]),
    ("Speaking to The Peninsula, the official said 40 were freed.", "news", [{"name": "The Peninsula", "kind": "media"}]),
    # a person of a body with no "the" between, after a role ("counsel NAME of FIRM LLP told")
    ("Plaintiffs' counsel Priya Raman of Sandoval Raman LLP told jurors the men were cheated.", "news",
     [{"name": "Priya Raman", "kind": "person", "affiliation": "Sandoval Raman LLP"},
      {"name": "Sandoval Raman LLP", "kind": "company"}]),
    # a state or province by its ISO 3166-2 name before "government" (not a compass word: "the Central government")
    ("The Punjab government released 40 bonded workers from the kilns.", None,
     [{"name": "Government of Punjab", "kind": "government"}]),
    ("Kerala government officials said 40 were freed.", None, [{"name": "Government of Kerala", "kind": "government"}]),
    # people a court or the police acted on: two joined by "and"; "charged a police major, NAME, with"
    ("In November 2016, a court in Jacmel convicted Wilner Desrosiers and Marie-Claude Pierre-Louis for recruiting "
     "four girls.", "tip_report", [{"name": "Wilner Desrosiers", "kind": "person"},
                                   {"name": "Marie-Claude Pierre-Louis", "kind": "person"}]),
    ("In August 2013, authorities charged a police major, Denis Krylov, with protecting a brothel.", "tip_report",
     [{"name": "Denis Krylov", "kind": "person", "role": "police major"}]),
    # a reporter's name in capitals under the headline
    ("Boy tells court of 14-hour days herding cattle\nHILMA NANGOLO\n\nA 16-year-old boy told the court how he "
     "was made to herd cattle.", "news", [{"name": "Hilma Nangolo", "kind": "person", "role": "reporter"}]),
    ("Migrant farm workers describe unpaid overtime\n\nMARIE-CLAUDE FORTIN\nLEAMINGTON, ONT.\n\nThe workers "
     "said they were not paid.", "news", [{"name": "Marie-Claude Fortin", "kind": "person", "role": "reporter"}]),
    # a plural title with a plural word inside names both people, each holding it in the singular
    ("The case was prosecuted by Assistant Attorneys General Mark Tillman and Renée Odom.", None,
     [{"name": "Mark Tillman", "kind": "person", "role": "Assistant Attorney General"},
      {"name": "Renée Odom", "kind": "person", "role": "Assistant Attorney General"}]),
    # organisation words of round 65: a collective, a subsecretariat, a cooperative, a shelter, a law firm
    ("She volunteers with the Riverside Domestic Workers' Collective in Kandy.", None,
     [{"name": "Riverside Domestic Workers Collective", "kind": "ngo",
       "aliases": ["Riverside Domestic Workers' Collective"]}]),
    ("The Labour Inspection Subsecretariat (SIT) freed 40 workers from two ranches.", None,
     [{"name": "Labour Inspection Subsecretariat", "kind": "government", "aliases": ["SIT"]}]),
    ("The beans went to the Cooperativa Agraria Valle Verde for export.", None,
     [{"name": "Cooperativa Agraria Valle Verde", "kind": "company"}]),
    ("Sister Ana Ruiz, who runs the Casa del Peregrino shelter in Tapachula, took them in.", None,
     [{"name": "Casa del Peregrino", "kind": "ngo"}]),
    ("The agency was represented by Tan & Partners, which declined to comment; Okafor & Associates act for the "
     "workers.", None, [{"name": "Tan & Partners", "kind": "company"}, {"name": "Okafor & Associates", "kind": "company"}]),
    # counsel by a barrister's post-nominal; an Irish particle inside a name; a role after its topic
    ("Counsel for the accused, Siobhán Kearney BL, told the court her client had followed orders.", None,
     [{"name": "Siobhán Kearney", "kind": "person", "role": "counsel"}]),
    ("The trawler's skipper, Pádraig Ó Murchú, denied every charge.", None,
     [{"name": "Pádraig Ó Murchú", "kind": "person"}]),
    ("Cases wait for years, according to court registrar Lok Bahadur Thapa, because judges are few.", None,
     [{"name": "Lok Bahadur Thapa", "kind": "person", "role": "court registrar"}]),
    ("Hannah Reid, service manager at the Glasgow Migrant Help Centre, which is run by two charities, said "
     "referrals had doubled.", None,
     [{"name": "Hannah Reid", "kind": "person", "role": "service manager",
       "affiliation": "Glasgow Migrant Help Centre"}]),
    # "The Punjab police": a province's force in small letters after a sentence's "The"
    ("The Punjab police reported 94 convictions for bonded labour.", None,
     [{"name": "Punjab police", "kind": "government"}]),
    # a credit line with its tasks
    ("Farm workers freed\n\nInspectors freed 12 workers.\n\nTranslation: Ana Beatriz Costa - Edition: Paulo Mendes",
     "news", [{"name": "Ana Beatriz Costa", "kind": "person", "role": "translator"},
              {"name": "Paulo Mendes", "kind": "person", "role": "editor"}]),
    ("Romania kept on Tier 2.\n\nAGERPRES (RO - author: Ioana Marin, editor: Radu Enache)", "news",
     [{"name": "AGERPRES", "kind": "media", "country": "ROU"},
      {"name": "Ioana Marin", "kind": "person", "role": "author"}, {"name": "Radu Enache", "kind": "person", "role": "editor"}]),
    # round 66: Vietnamese and Hmong names before an age; a title, its seat and a name between commas
    ("Vàng Thị Mỷ, 38, and Lù A Sình, 45, both from Bát Xát District, each received 20 years.", None,
     [{"name": "Vàng Thị Mỷ", "kind": "person"}, {"name": "Lù A Sình", "kind": "person"}]),
    ("Malawi's Consul General in Tete, Henry Nkhoma, said the consulate worked with the police.", None,
     [{"name": "Henry Nkhoma", "kind": "person", "role": "Consul General in Tete"}]),
    ("For IOM Nigeria's Chief of Mission, Marta Lindqvist, stories like his show what works.", None,
     [{"name": "Marta Lindqvist", "kind": "person", "role": "Chief of Mission"}]),
    ("Deputy Minister of Interior Eralda Shehu, who also serves as coordinator, said it worked.", None,
     [{"name": "Eralda Shehu", "kind": "person"}]),
    ("Rear Adm Thanakorn Boonsong, deputy director of the command centre, said 27 were freed.", None,
     [{"name": "Thanakorn Boonsong", "kind": "person"}]),
    ("Trawler crew freed\n\nPUBLISHED : 5 Mar 2019 at 04:30\nWRITER: Achara Srisuk\n\nThe navy freed 27 men.", "news",
     [{"name": "Achara Srisuk", "kind": "person", "role": "reporter"}]),
    ("Maria Kostopoulou, a caseworker with the anti-trafficking NGO A21 in Thessaloniki, took 37 calls.", None,
     [{"name": "A21", "kind": "ngo"}]),
    ("It followed a joint investigation with the Ministry of Business, Innovation and Employment's Labour "
     "Inspectorate that began in May.", None,
     [{"name": "Ministry of Business, Innovation and Employment", "kind": "government"},
      {"name": "Labour Inspectorate", "kind": "government"}]),
    ("For more information please contact:\nILO Department of Communication and Public Information\nTel.: +4122/799-7912",
     None, [{"name": "ILO Department of Communication and Public Information", "kind": "international"}]),
    ("Leaders of the Caribbean Community (CARICOM) met Partners of the Americas, and FrontPage Africa reported it.", None,
     [{"name": "Caribbean Community", "kind": "international", "aliases": ["CARICOM"]},
      {"name": "Partners of the Americas", "kind": "ngo"}, {"name": "FrontPage Africa", "kind": "media"}]),
    # a given name and an initial, as privacy rules cut a defendant's name (named so, after a noun, or before an age)
    ("The man, identified only as Marius D. in line with privacy rules, was jailed. His business partner, Sabine K., "
     "received a suspended sentence. The administrator, Vasile T., 44, was held.", None,
     [{"name": "Marius D.", "kind": "person"}, {"name": "Sabine K.", "kind": "person"},
      {"name": "Vasile T.", "kind": "person"}]),
    ("Police detained Radek K. and the two co-defendants in a raid in Brno.", None, [{"name": "Radek K.", "kind": "person"}]),
    # a byline in capitals under the headline's standfirst, its place on the next line
    ("Complaints surge as Ottawa struggles\n\nTip line received more than 2,100 reports of abuse last year\n\n"
     "JILLIAN MORROW\nOTTAWA\n\nThe workers said they were not paid.", "news",
     [{"name": "Jillian Morrow", "kind": "person", "role": "reporter"}]),
    # round 67: a byline on the line under the headline; Dutch legal forms; an acronym before its city; police ranks
    ("Inspectors find exploitation at distribution centres\nBy Marieke van Doorn, March 14, 2024\n\nInspectors "
     "fined Flexwerk Zuid BV, an agency in Venlo.", "news",
     [{"name": "Marieke van Doorn", "kind": "person", "role": "reporter"}, {"name": "Flexwerk Zuid BV", "kind": "company"}]),
    ("Police free 312 foreigners from scam compound, 19 suspects held\nSok Chanmony / Khmer Times\n\nPolice rescued "
     "312 people.", "news", [{"name": "Sok Chanmony", "kind": "person", "role": "reporter"}, {"name": "Khmer Times", "kind": "media"}]),
    ("The NGO SAVE in Tiruppur trained 40 women, and the Junta de Andalucia funded it.", None,
     [{"name": "SAVE", "kind": "ngo"}, {"name": "Junta de Andalucia", "kind": "government"}]),
    ("Oti Regional Police Commander, DCOP Kwaku Boakye, said 12 children were rescued.", None,
     [{"name": "Kwaku Boakye", "kind": "person", "role": "DCOP"}]),
    # a title with an "of" of its own, then its seat: no body named "Mission in Ethiopia"
    ("Dr. Lena Hartmann, IOM's Deputy Chief of Mission in Ethiopia, warned that the needs do not end.", None,
     [{"name": "Lena Hartmann", "kind": "person", "role": "IOM's Deputy Chief of Mission"}]),
    ("Ana Lopez, chief of staff at the Ministry of Labour, said so.", None,
     [{"name": "Ana Lopez", "kind": "person", "role": "chief of staff", "affiliation": "Ministry of Labour"}]),
    # round 69: a capitalised "Van" opens a Vietnamese name; initials glued together; counsel by "KC told"
    ("Van Duc Tran, 41, and his partner Thi Hoa Pham, 36, kept three schoolgirls.", None,
     [{"name": "Van Duc Tran", "kind": "person"}, {"name": "Thi Hoa Pham", "kind": "person"}]),
    ("The kiln owner, H.M. Ravikumar (46), and his supervisor were arrested.", None,
     [{"name": "H.M. Ravikumar", "kind": "person"}]),
    ("Advocate depute Alasdair Strang KC told the court it was clear.", None,
     [{"name": "Alasdair Strang", "kind": "person", "role": "counsel"}]),
    ("Minister H.E. Keo Sophanna welcomed the women, and U.S. Ambassador Jane Doe said so.", None,
     [{"name": "Keo Sophanna", "kind": "person"}, {"name": "Jane Doe", "kind": "person"}]),
    ("Cllr Gerry McNally said Help & Shelter and Payoke had been told.", None,
     [{"name": "Gerry McNally", "kind": "person", "role": "Cllr"}, {"name": "Help & Shelter", "kind": "ngo"},
      {"name": "Payoke", "kind": "ngo"}]),
    # an agency credited at a sentence's end
    ("The man was detained at Chisinau airport on Friday, IPN reports.", "news", [{"name": "IPN", "kind": "media"}]),
    # Iraqi bodies a narrative names by acronym alone
    ("IRAQ: TIER 2 WATCH LIST\n\nSome PMF units recruited children; the PKK recruited girls; KRG officials detained "
     "them.", "tip_report",
     [{"name": "Popular Mobilization Forces", "kind": "government", "country": "IRQ", "aliases": ["PMF"]},
      {"name": "Kurdistan Workers' Party", "kind": "armed_group", "aliases": ["PKK"]},
      {"name": "Kurdistan Regional Government", "kind": "government", "country": "IRQ", "aliases": ["KRG"]}]),
    # a title held in a body, the holder's name run on after the body's with no comma, a speech verb after
    ("State Secretary at the Ministry of Interior Teodora Ristova said the checks would go on.", None,
     [{"name": "Teodora Ristova", "kind": "person", "role": "State Secretary at the Ministry of Interior"},
      {"name": "Ministry of Interior", "kind": "government"}]),
    ("Head of the Department of Labour Inspection Goran Velkov told reporters that 12 firms were fined.", None,
     [{"name": "Goran Velkov", "kind": "person", "role": "Head of the Department of Labour Inspection"},
      {"name": "Department of Labour Inspection", "kind": "government"}]),
    ("A spokeswoman for the Agency for Social Work Mirela Stan, said 40 children were placed.", None,
     [{"name": "Mirela Stan", "kind": "person", "role": "spokeswoman for the Agency for Social Work"},
      {"name": "Agency for Social Work", "kind": "government"}]),
    ("Ana Lucía Pérez, director of the Bogotá-based NGO Fundación Puentes de Esperanza, said it was so.", None,
     [{"name": "Fundación Puentes de Esperanza", "kind": "ngo"}, {"name": "Ana Lucía Pérez", "kind": "person"}]),
    # a photo's credit closing its caption: a photographer in full, an outlet; an archive is no one
    ("Some of the returnees at a counselling session in Accra. Photo: Coastline Times/Efua Mensima", None,
     [{"name": "Efua Mensima", "kind": "person", "role": "photographer"}, {"name": "Coastline Times", "kind": "media"}]),
    ("The High Court in Aberdeen, where the trial took place. Picture by Callum Mearns", None,
     [{"name": "Callum Mearns", "kind": "person"}]),
    ("He was sentenced Tuesday in Brampton, Ont. (Anik Tremblay/Lakeshore News)", None,
     [{"name": "Anik Tremblay", "kind": "person"}, {"name": "Lakeshore News", "kind": "media"}]),
    # shelters and clinics by name; a note's authors; a name said to hold a role at a body; a body a descriptor names
    ("- Lumina Women's Shelter, Chiang Rai\n- Open Seas Legal Clinic, Songkhla", None,
     [{"name": "Lumina Women's Shelter", "kind": "ngo"}, {"name": "Open Seas Legal Clinic", "kind": "ngo"}]),
    ("Authors: Dara Okonkwo, Lin Thu Aung\n\nThe note compares figures.", None,
     [{"name": "Dara Okonkwo", "kind": "person"}, {"name": "Lin Thu Aung", "kind": "person"}]),
    ("Ploy Wongsa is programme director at Harbour Light Foundation. Names were changed.", None,
     [{"name": "Ploy Wongsa", "kind": "person", "role": "programme director", "affiliation": "Harbour Light Foundation"}]),
    ("Ioana Radu of the NGO Casa Speranta, which has supported four of the women, said the verdict was fair.", None,
     [{"name": "Casa Speranta", "kind": "ngo"}]),
    # roles before names: a patrolman, a commission member
    ("A court sentenced former CNP patrolman Julian Ortega Rios to 17 years.", None,
     [{"name": "Julian Ortega Rios", "kind": "person", "role": "patrolman"}]),
    ("The event drew 120 participants; commission member Samira Haddad called for a plan.", None,
     [{"name": "Samira Haddad", "kind": "person", "role": "commission member"}]),
    # a title of a rank and a chain of titles before a name between commas
    ("He met the Deputy Prosecutor General, Elena Rusu, on Monday.", None,
     [{"name": "Elena Rusu", "kind": "person", "role": "Deputy Prosecutor General"}]),
    # a speaker between commas named with where they are from; a known body, "and the", a second body
    ("The farm's attorney, Daniel M. Keller of Rochester, said his client would appeal.", None,
     [{"name": "Daniel M. Keller", "kind": "person", "role": "attorney"}]),
    ("The envoy met La Strada Ukraine and the Women's Rights Centre, as well as UNHCR.", None,
     [{"name": "Women's Rights Centre", "kind": "ngo"}]),
    # "at" inside a name before its keyword; not a title and the body it is held at
    ("The Freedom at Work Fund gave 40,000 pounds to the shelter.", None, [{"name": "Freedom at Work Fund", "kind": "ngo"}]),
    ("Lena Ortiz, Head of Research at Anti-Slavery International, said so.", None,
     [{"name": "Anti-Slavery International", "kind": "ngo"}]),
    # a refuge by name
    ("The girls were taken to Nakato Girls' Refuge in Kampala.", None, [{"name": "Nakato Girls Refuge", "kind": "ngo"}]),
    # a role of two words ending in "general" before a name
    ("The state was represented by deputy prosecutor general Martha Ipinge.", None,
     [{"name": "Martha Ipinge", "kind": "person", "role": "deputy prosecutor general"}]),
    ("'They are afraid,' inspector general Anouk de Wit told broadcaster NOS.", None,
     [{"name": "Anouk de Wit", "kind": "person"}]),
    # a credit line in brackets at a story's end; a caption's "Credit:"; an age in brackets before "to"
    ("The crew were paid late, the report said.\n\n(By Lin Mei-hua and Oscar Dunne)", None,
     [{"name": "Lin Mei-hua", "kind": "person", "role": "reporter"}, {"name": "Oscar Dunne", "kind": "person"}]),
    ("Migrant workers rest in a garden in Beirut. (Credit: Rami Haddad/Cedar Chronicle)", None,
     [{"name": "Rami Haddad", "kind": "person", "role": "photographer"}, {"name": "Cedar Chronicle", "kind": "media"}]),
    ("Judge Elina Shikongo sentenced Petrus Amutenya (46) to 22 years' imprisonment.", None,
     [{"name": "Petrus Amutenya", "kind": "person"}]),
    # a court named by its kind alone goes on with its seat; a court with a name of its own, or another body, does not
    ("The Regional Court in Brno jailed him; the High Court in Olomouc upheld it.", None,
     [{"name": "Regional Court in Brno", "kind": "government"}, {"name": "High Court in Olomouc", "kind": "government"}]),
    ("The Regional Trial Court in Angeles City convicted him.", None,
     [{"name": "Regional Trial Court in Angeles City", "kind": "government"}]),
    ("He appeared in the Ontario Court of Justice in Newmarket.", None,
     [{"name": "Ontario Court of Justice", "kind": "government"}]),
    ("She was taken to the Republican Rehabilitation Centre for Victims of Human Trafficking in Tashkent.", None,
     [{"name": "Republican Rehabilitation Centre for Victims of Human Trafficking", "kind": "government"}]),
    # a paper as the subject of its own reporting; a Scottish judge after "Judge"; a rank written with a hyphen
    ("The Ayeyarwady Dispatch spoke to five of the workers. A mother told The Mekong Chronicle she paid.", None,
     [{"name": "The Ayeyarwady Dispatch", "kind": "media"}, {"name": "The Mekong Chronicle", "kind": "media"}]),
    ("Judge Lord Carnwath told the court the sentence would follow.", None,
     [{"name": "Lord Carnwath", "kind": "person", "role": "Judge"}]),
    ("Police Maj-Gen Prawit Chaiyasit, deputy commander of the provincial police, said 72 were handed over.", None,
     [{"name": "Prawit Chaiyasit", "kind": "person"}]),
    # round 88: a caption's credit alone in brackets; who a set-apart quote is by; a letter's signature; a writer
    # credited at a line's end; a religious sister; bodies opened by a word for a foundation or association
    ("The trial at the district court resumes on November 27 (Andreas Georgiou)\n\nA club owner denies the charges.", None,
     [{"name": "Andreas Georgiou", "kind": "person", "role": "photographer"}]),
    ('A first line.\n\n"Courts are slower than the children grow." \u2014 Milica Jovanovic, legal analyst', None,
     [{"name": "Milica Jovanovic", "kind": "person", "role": "legal analyst"}]),
    ("Thank you for standing with us.\n\nWith gratitude,\n\nIrina Popescu\nExecutive Director, Asociatia Lumina", None,
     [{"name": "Irina Popescu", "kind": "person", "role": "Executive Director", "affiliation": "Asociatia Lumina"},
      {"name": "Asociatia Lumina", "kind": "ngo"}]),
    ("The Fixer's Ledger, a newsletter on labour recruitment by Samuel Mwangi\n\nThis week: fake job ads.", None,
     [{"name": "Samuel Mwangi", "kind": "person", "role": "author"}]),
    ("Sr. Grace Ekwueme writes from Benin City that 34 women graduated.", None,
     [{"name": "Grace Ekwueme", "kind": "person", "role": "Sr."}]),
    ("Grants went to Fondation Mercier in Geneva and to Stichting Vrije Zee.", None,
     [{"name": "Fondation Mercier", "kind": "ngo"}, {"name": "Stichting Vrije Zee", "kind": "ngo"}]),
    ("In 2005 the ministry set up an Intersectoral Working Group on Trafficking in Persons to coordinate work.", None,
     [{"name": "Intersectoral Working Group on Trafficking in Persons", "kind": "government"}]),
    # a known NGO's branch in a country is an actor of its own, the NGO's bare name its alias when the text names one
    # branch; a plural possessive after "for" inside a name; a paper spoken to "over phone"
    ("La Strada Moldova took 40 calls. La Strada also runs a shelter.", None,
     [{"name": "La Strada Moldova", "kind": "ngo", "country": "MDA", "aliases": ["La Strada"]}]),
    ("Inspectors from Better Work Jordan visited 40 factories.", None,
     [{"name": "Better Work Jordan", "kind": "program", "country": "JOR"}]),
    ("Sanad Centre for Workers' Rights said 40 workers complained.", None,
     [{"name": "Sanad Centre for Workers Rights", "kind": "ngo"}]),
    ("\"We sold our land,\" he told the Sylhet Bulletin over phone.", None,
     [{"name": "Sylhet Bulletin", "kind": "media"}]),
    ('"We were lied to," she told Batumi Today.', None, [{"name": "Batumi Today", "kind": "media"}]),
    # round 89: who said a quote, on the line after it; a copyright credit; a news agency named before the words; a
    # person between commas with the body they are of
    ('A first line.\n\n"Nobody was there to ring us."\n\u2014 Tom Ashdown, helpline operations manager at Unseen', None,
     [{"name": "Tom Ashdown", "kind": "person", "role": "helpline operations manager", "affiliation": "Unseen"},
      {"name": "Unseen", "kind": "ngo"}]),
    ("Officials sign the agreement at the border post. \u00a9 IOM 2021/Chanda Mwale\n\nLusaka - Two governments met.",
     None, [{"name": "Chanda Mwale", "kind": "person", "role": "photographer"}]),
    ('"Some have never been to school," the inspector told Vesti news agency.', None,
     [{"name": "Vesti", "kind": "media"}]),
    ("In mitigation, Banda's lawyer, Ruth Kalua of Legal Aid Bureau, asked for leniency.", None,
     [{"name": "Ruth Kalua", "kind": "person", "role": "lawyer", "affiliation": "Legal Aid Bureau"}]),
    # gazetteer entries of round 90; "and the" and one plain word closing a body's topic
    ("The NGOs ASTRA and Atina sheltered them; UNIAP and the COMMIT process met.", None,
     [{"name": "ASTRA Anti-Trafficking Action", "kind": "ngo", "country": "SRB"}, {"name": "Atina", "kind": "ngo"},
      {"name": "United Nations Inter-Agency Project on Human Trafficking", "kind": "international"}]),
    ("The Honduran Institute for Children and the Family (IHNFA) ran two shelters.", None,
     [{"name": "Honduran Institute for Children and the Family", "kind": "ngo", "aliases": ["IHNFA"]}]),
    # a legislature named by its kind alone (not inside a longer name)
    ("Parliament passed the bill in May; the minister told Congress that 40 cases were open.", None,
     [{"name": "Parliament", "kind": "government"}, {"name": "Congress", "kind": "government"}]),
    # round 90: a byline of a name and a job on two lines; a religious father and brother; dioceses
    ("Four in court over a Kuwait syndicate\n\nTendai Moyo\nCourt Reporter\n\nFOUR people appeared in court.", None,
     [{"name": "Tendai Moyo", "kind": "person", "role": "Court Reporter"}]),
    ("Fr. Matthew Eze said that each woman was told a story.", None,
     [{"name": "Matthew Eze", "kind": "person", "role": "Fr."}]),
    ("We thank the Archdiocese of Benin City for its support.", None,
     [{"name": "Archdiocese of Benin City", "kind": "ngo"}]),
    # a closing credit line naming outlets by one word each; bodies of round 83's gazetteer
    ("Police said 12 people were held.\n\nWith reports from Milenio and Vanguardia", None,
     [{"name": "Milenio", "kind": "media"}, {"name": "Vanguardia", "kind": "media"}]),
    ("The Turkish National Police and the Jandarma investigated 74 cases; Argentina joined a MERCOSUR group.", None,
     [{"name": "Gendarmerie General Command", "kind": "government", "country": "TUR", "aliases": ["Jandarma"]},
      {"name": "Southern Common Market", "kind": "international", "aliases": ["MERCOSUR"]}]),
    # a press release's list of officials: a name before its title, a body's officer and a second person after "and"
    ("Acting U.S. Attorney Dana K. Whitlow, Martin J. Osei, Special Agent in Charge of the FBI Dayton Division, "
     "Springfield Division of Police Deputy Chief Roberto E. Lang and Ines Kowalczyk, Assistant Special Agent in "
     "Charge of HSI in Dayton, announced the sentence.", None,
     [{"name": "Dana K. Whitlow", "kind": "person"},
      {"name": "Martin J. Osei", "kind": "person", "role": "Special Agent in Charge"},
      {"name": "Roberto E. Lang", "kind": "person"}, {"name": "Ines Kowalczyk", "kind": "person"},
      {"name": "Springfield Division of Police", "kind": "government"}]),
    # a prosecutor's American title; a judicial circuit is a public body
    ("District Attorney Gregory Haines of the Riverton Judicial Circuit said his office would seek the maximum.", None,
     [{"name": "Gregory Haines", "kind": "person", "role": "District Attorney", "affiliation": "Riverton Judicial Circuit"},
      {"name": "Riverton Judicial Circuit", "kind": "government"}]),
    # a body named by its kind first, then by the rest of its name alone; a "non-governmental organization" described
    ("The shelter is run by the Public Association Ariadna with support from UN Women. Since 2019, Ariadna has "
     "assisted 312 women. Fundación Luna Nueva helped too, and Luna Nueva said so.", None,
     [{"name": "Public Association Ariadna", "kind": "ngo", "aliases": ["Ariadna"]},
      {"name": "Fundación Luna Nueva", "kind": "ngo", "aliases": ["Luna Nueva"]}]),
    ("Tsetseg Bat, Executive Director of the non-governmental organization Women for Safe Migration, said so.", None,
     [{"name": "Women for Safe Migration", "kind": "ngo"}]),
    # universities are bodies (of civil society: ngo), and give a person's affiliation
    ("Disagreements were resolved by a third coder, Dr Ermal Hoxha of the University of Tirana. A study by Lund "
     "University found 20 cases.", None,
     [{"name": "Ermal Hoxha", "kind": "person", "affiliation": "University of Tirana"},
      {"name": "University of Tirana", "kind": "ngo"}, {"name": "Lund University", "kind": "ngo"}]),
    # a title's seat before the name; a portfolio's activity ("-ing") before the name; a one-word brand spoken to
    ("Consul General of Uzbekistan in Almaty Jasur Nematov told QazWire that the consulate had issued papers.", None,
     [{"name": "Jasur Nematov", "kind": "person"}, {"name": "QazWire", "kind": "media"}]),
    ("PAGCOR Assistant Vice President for Offshore Gaming Licensing Carlo Villanueva admitted the licence was valid.",
     None, [{"name": "Carlo Villanueva", "kind": "person",
             "role": "Assistant Vice President for Offshore Gaming Licensing"}]),
    # a byline in capitals; authors with academic titles
    ("State suspends 37 Gulf job agencies\n\nBY FAITH ROTICH\n\nThe government has suspended 37 agencies.", None,
     [{"name": "FAITH ROTICH", "kind": "person", "role": "reporter"}]),
    ("Closing the loophole\n\nAuthors: Assoc. Prof. Siriporn Chaiwat and Aung Ko Min\n\nMost fishers paid a fee.", None,
     [{"name": "Siriporn Chaiwat", "kind": "person"}, {"name": "Aung Ko Min", "kind": "person"}]),
    # Mongolian names: the father's initial glued to the given name, later the given name alone
    ('"They paid for each woman," said Police Colonel D.Enkhbold, head of the division. Enkhbold said more.\n\n'
     "Ts.Oyunbileg, Executive Director of the shelter, agreed.", None,
     [{"name": "D.Enkhbold", "kind": "person", "aliases": ["Enkhbold"]}]),
    ("Three charged over trafficking\n\nAuthor: B.Sarangerel\n\nProsecutors filed charges on Monday.", None,
     [{"name": "B.Sarangerel", "kind": "person"}]),
    # the EU's institutions by their kind alone, in a text about the EU (not when another commission is named)
    ("The Commission welcomes today's adoption by the Council of the revised Directive, after the European "
     "Parliament's vote.", None,
     [{"name": "European Commission", "kind": "international", "aliases": ["Commission"]},
      {"name": "Council of the European Union", "kind": "international", "aliases": ["Council"]}]),
    # a legal form without its period; a name wrapped at a line end after a connector; those a body helps
    ("The raid on the factory, operated by Rattana Marine Products Co, freed 73 workers.", None,
     [{"name": "Rattana Marine Products Co", "kind": "company"}]),
    ("Victims were referred to the Rehabili-\ntation Center for Rendering Assistance and\nProtection to Victims of "
     "Trafficking in Tashkent. The Vice Squad raided two bars.", None,
     [{"name": "Rehabilitation Center for Rendering Assistance and Protection to Victims of Trafficking",
       "kind": "ngo"}, {"name": "Vice Squad", "kind": "government"}]),
    # a role after the name with an owner; a byline closing the first lines; a title of a law firm
    ("Last Thursday, Mihail Popa, our peer mentor coordinator, presented these findings.", None,
     [{"name": "Mihail Popa", "kind": "person", "role": "peer mentor coordinator"}]),
    ("The Dispatch\n\nA newsletter on scam compounds. By Sophie Tran-Walsh.\n\nHi everyone, I am back.", None,
     [{"name": "Sophie Tran-Walsh", "kind": "person"}]),
    ("Contacts\n\nHelena Varga, Partner, London\n\nPriya Raman-Hale, Senior Associate, New York", None,
     [{"name": "Priya Raman-Hale", "kind": "person", "role": "Senior Associate"}]),
    # an outlet ending in "World" spoken to; gazetteer entries of round 96
    ("\u201cWe worked from 3am,\u201d he told SPTV World through an interpreter. PTI reported that DIICOT acted.", None,
     [{"name": "SPTV World", "kind": "media"}, {"name": "Press Trust of India", "kind": "media", "aliases": ["PTI"]},
      {"name": "Directorate for Investigating Organised Crime and Terrorism", "kind": "government",
       "aliases": ["DIICOT"]}]),
    # a court named for the king's bench; an Ethiopian honorific; a French "Maison"
    ("Court of King's Bench Justice Catherine LeBlanc handed down the sentence. Ato Bekele Alemu said so. La Maison "
     "de la Gare, an NGO in Saint-Louis, sheltered 210 boys.", None,
     [{"name": "Court of King's Bench", "kind": "government"}, {"name": "Bekele Alemu", "kind": "person", "role": "Ato"},
      {"name": "La Maison de la Gare", "kind": "ngo"}]),
    # colleges and labs as bodies (a police college is the state's); photo credits in square brackets, lower-case
    # "photo by" and "PHOTO/"; a byline with the outlet before the page's time stamp; a report credited after a dash
    ("A study by Lakeside College and the Rights Lab found so. The Police Staff College trained 40 officers.", None,
     [{"name": "Lakeside College", "kind": "ngo"}, {"name": "Rights Lab", "kind": "ngo"},
      {"name": "Police Staff College", "kind": "government"}]),
    ("Workers live in shelters on a farm. [Giorgos Karagiannis/Athens Courier]\n\nThe courthouse where the trial "
     "was held. Gazette photo by Tom Brinks\n\nThe ministry acted.", None,
     [{"name": "Giorgos Karagiannis", "kind": "person", "role": "photographer"}, {"name": "Athens Courier", "kind": "media"},
      {"name": "Tom Brinks", "kind": "person", "role": "photographer"}]),
    ("BI offloads 14 passengers\n\nKatrina Dizon, KNN News Posted at Aug 29 2023 04:15 PM\n\nMANILA - The bureau "
     "acted.\n\n\u2014 With a report from Jerome Lacson, KNN News", None,
     [{"name": "Katrina Dizon", "kind": "person", "role": "reporter"}, {"name": "KNN News", "kind": "media"},
      {"name": "Jerome Lacson", "kind": "person", "role": "reporter"}]),
    # names with the surname withheld as "N" (Mexican prosecutors), or cut to an initial before a bracketed age
    ('The FGR identified the suspects as Jes\u00fas "N," 34; and \u00d3scar "N", 27. The court sentenced Dragan M. '
     "(46) to prison.", None,
     [{"name": 'Jes\u00fas "N"', "kind": "person"}, {"name": '\u00d3scar "N"', "kind": "person"},
      {"name": "Dragan M.", "kind": "person"}]),
    # a byline with capitals beyond ASCII; a dateline in capitals holds no ministry; a police headquarters;
    # a contact block under "Media contacts"; gazetteer entries of round 98
    ("Inspectors find exploitation\n\nBy Jurgita \u010ceponyt\u0117, LRT.lt\n\nDES MOINES, Iowa \u2014 The Kaunas "
     "County Police Headquarters said it opened a case.\n\nMedia contacts\n\nSabitra Karki\n\nCommunication "
     "Officer\n\nChildline Kenya and the Commonwealth of Independent States met.", None,
     [{"name": "Jurgita \u010ceponyt\u0117", "kind": "person"},
      {"name": "Kaunas County Police Headquarters", "kind": "government"},
      {"name": "Sabitra Karki", "kind": "person"}, {"name": "Childline Kenya", "kind": "ngo", "country": "KEN"},
      {"name": "Commonwealth of Independent States", "kind": "international"}]),
    # names with an elided French or Catalan article; a Catalan foundation
    ("NGOs such as Terre d'Asile Tunisie and IOM assisted foreign victims. A worker approached a local charity, "
     "Fundaci\u00f3 Terra d\u2019Acollida, to complain.", None,
     [{"name": "Terre d'Asile Tunisie", "kind": "ngo"}, {"name": "Fundaci\u00f3 Terra d'Acollida", "kind": "ngo"}]),
    # round 100: a byline's job in capitals is no court; an "Under-Secretary"; two maritime charities
    ("Care workers earned as little as \u00a33 an hour\n\nRachel Hughes Court and crime reporter\n\nUnder-Secretary "
     "Paola Cevallos Andrade said so. Chaplains from the Mission to Seafarers and Stella Maris visited ships.", None,
     [{"name": "Rachel Hughes", "kind": "person", "role": "reporter"},
      {"name": "Paola Cevallos Andrade", "kind": "person", "role": "Under-Secretary"},
      {"name": "The Mission to Seafarers", "kind": "ngo"}, {"name": "Stella Maris", "kind": "ngo"}]),
    # a person named after an age and a job; businesses named by their trade
    ("The court sentenced a 44-year-old estate supervisor, Yohane Banda, to eight years.", None,
     [{"name": "Yohane Banda", "kind": "person", "role": "estate supervisor"}]),
    ("They worked at Luxe Nails in Paisley and Diamond Nail Studio in Falkirk.", None,
     [{"name": "Luxe Nails", "kind": "company"}, {"name": "Diamond Nail Studio", "kind": "company"}]),
    # a humanitarian cluster; gazetteer entries of round 95
    ("Protection Cluster Coordinator Mariam Youssouf met UNHCR and HIAS. Pourakhi trained 85 officers.", None,
     [{"name": "Protection Cluster", "kind": "international"}, {"name": "HIAS", "kind": "ngo"},
      {"name": "Pourakhi Nepal", "kind": "ngo", "country": "NPL", "aliases": ["Pourakhi"]}]),
    # gazetteer entries of round 65
    ("Officers of Police Scotland raided the farm, with funding from Global Affairs Canada for the shelter.", None,
     [{"name": "Police Scotland", "kind": "government", "country": "GBR"},
      {"name": "Global Affairs Canada", "kind": "government", "country": "CAN"}]),
    # round 107: a name opening on a capital outside ASCII; a given name written short; a department and the body
    # it is at; a Nordic company form; an action plan with its own name
    ("The skipper denies the charges, according to his lawyer, Øyvind Brattli.", None,
     [{"name": "Øyvind Brattli", "kind": "person", "role": "lawyer"}]),
    ("The Philippine Embassy's labour attaché, Ma. Cristina Dizon, said a flight next week would take 180 workers home.",
     None, [{"name": "Ma. Cristina Dizon", "kind": "person", "role": "attaché"}]),
    ('"It is a signal," said Ingrid Halvorsen, Head of Human Rights at Havbris Foods AB.', None,
     [{"name": "Ingrid Halvorsen", "kind": "person", "role": "Head of Human Rights",
       "affiliation": "Havbris Foods AB"}, {"name": "Havbris Foods AB", "kind": "company"}]),
    ("The company, Arktiset Marjat Oy, has not been charged, its lawyer told Yle.", None,
     [{"name": "Arktiset Marjat Oy", "kind": "company"}, {"name": "Yle", "kind": "media", "country": "FIN"}]),
    # a company form with a letter past ASCII, written in capitals (the cue regex folds ASCII case only)
    ("Police said the agency, Balti Tööjõud OÜ, had placed 40 Ukrainian workers in two warehouses.", None,
     [{"name": "Balti Tööjõud OÜ", "kind": "company"}]),
    # a body's branch between its name and a lower-case role: the body, not "Union Queensland"
    ("Transport Workers Union Queensland secretary Jack Smith said the growers owed back pay.", None,
     [{"name": "Transport Workers Union", "kind": "ngo"}, {"name": "Jack Smith", "kind": "person", "role": "secretary"}]),
    ("The growers owed back pay, Australian Workers' Union Queensland organiser Kim Lowe said.", None,
     [{"name": "Australian Workers Union", "kind": "ngo", "country": "AUS"},
      {"name": "Kim Lowe", "kind": "person", "role": "organiser"}]),
    ("Counsel S. Prakash, representing both men, asked for a lower amount.", None,
     [{"name": "S. Prakash", "kind": "person", "role": "Counsel"}]),
    ("It said the National Action Plan on Forced Labour (NAPFL) 2021-2025 would focus on recruitment fees.", None,
     [{"name": "National Action Plan on Forced Labour", "kind": "program"}]),
    ("Mary Anne Thomas, coordinator of the workers' group Sahabat Pekerja Ladang, said it was the first case.", None,
     [{"name": "Sahabat Pekerja Ladang", "kind": "ngo"}]),
    # a body named in a title's portfolio before its holder; a Vietnamese name of three words after a body
    ("The Director of the Labour Department John Smith said the department would act.", None,
     [{"name": "Labour Department", "kind": "government"},
      {"name": "John Smith", "kind": "person", "affiliation": "Labour Department"}]),
    ("Vice chairman of the Nghe An People's Committee Hoang Van Quy said the province would launch a campaign.", None,
     [{"name": "Nghe An People's Committee", "kind": "government"}, {"name": "Hoang Van Quy", "kind": "person"}]),
    # round 108: a programme with its name in English in brackets before ", a programme"; an organiser
    ("UNICEF launched the second phase of Surakshit Bachpan (Safe Childhood), a programme to prevent child trafficking.",
     None, [{"name": "Surakshit Bachpan", "kind": "program"}]),
    ("Union organiser Sione Taufa said about 40 per cent of the workers were underpaid.", None,
     [{"name": "Sione Taufa", "kind": "person", "role": "organiser"}]),
    # a place name opening on a possessive; a body described as a non-governmental organisation; its acronym after
    # a descriptor's name keeps a place word in it; a title before the honorific; a chain of titles after a body
    ("Twelve workers found new jobs with support from the Hawke's Bay Regional Migrant Support Trust.", None,
     [{"name": "Hawke's Bay Regional Migrant Support Trust", "kind": "ngo"}]),
    ("The women were handed over to Rescue Path Uganda, a non-governmental organisation that runs a shelter.", None,
     [{"name": "Rescue Path Uganda", "kind": "ngo"}]),
    ("A coordinator at the non-governmental organisation Young Power in Social Action (YPSA) said so.", None,
     [{"name": "Young Power in Social Action", "kind": "ngo", "aliases": ["YPSA"]}]),
    ("District Social Welfare Officer Ms Grace Lyimo said the children were safe.", None,
     [{"name": "Grace Lyimo", "kind": "person", "role": "Welfare Officer"}]),
    ("UNODC National Programme Officer Ms Anousone Phommachanh said the workshop was the fourth.", None,
     [{"name": "Anousone Phommachanh", "kind": "person", "role": "National Programme Officer", "affiliation": "UNODC"}]),
    ("Adjudication Officer Orla Dempsey found that the men had been paid in cash.", None,
     [{"name": "Orla Dempsey", "kind": "person", "role": "Adjudication Officer"}]),
    ("A teacher reported her concerns to the Ministry of Women, Children and Social Protection in November 2022.", None,
     [{"name": "Ministry of Women, Children and Social Protection", "kind": "government"}]),
    # a podcast's credits: a host named after when; a producer and an editor after "by"; a studio is a company
    ("This week host Mara Castellanos sits down with two guests.", None,
     [{"name": "Mara Castellanos", "kind": "person", "role": "host"}]),
    ("Hidden Hands is produced by Ifeoma Nwachukwu and edited by Ben Rosario, with sound by Tidewater Audio.", None,
     [{"name": "Ifeoma Nwachukwu", "kind": "person", "role": "producer"},
      {"name": "Ben Rosario", "kind": "person", "role": "editor"}]),
    ("Invisible Chains is produced by Tidewater Audio with support from listeners.", None,
     [{"name": "Tidewater Audio", "kind": "company"}]),
    # a surname alone after a title, as minutes write it, when a speech verb follows
    ("Councillor Haverkamp asked why the licensing changes were missing. Director Lindqvist replied that a report "
     "would come.", None,
     [{"name": "Haverkamp", "kind": "person", "role": "Councillor"}, {"name": "Lindqvist", "kind": "person"}]),
    # a department at a body named in small letters is part of the role; a councillor written short
    ('"They are protected," said Salim Al Rawahi, Director-General of Labour Welfare at the ministry.', None,
     [{"name": "Salim Al Rawahi", "kind": "person", "role": "Director-General of Labour Welfare"}]),
    ("The council's portfolio holder for licensing, Coun Nigel Welton, said the licences would be reviewed.", None,
     [{"name": "Nigel Welton", "kind": "person"}]),
    # names with the body they work for in brackets, as a programme lists its authors
    ("Nothing about us without us. Amara Okonkwo and Luis Pereira (Survivor Voices Collective). We report on it.", None,
     [{"name": "Amara Okonkwo", "kind": "person", "affiliation": "Survivor Voices Collective"},
      {"name": "Luis Pereira", "kind": "person", "affiliation": "Survivor Voices Collective"},
      {"name": "Survivor Voices Collective", "kind": "ngo"}]),
    # round 111: a court's numbered branch (Philippine courts), and the accused of a case title before a dash
    ("Judge Leonora Reyes of the Regional Trial Court (RTC) Branch 54 found the five guilty. RTC Branch 54 also "
     "ordered damages.", None,
     [{"name": "Regional Trial Court Branch 54", "kind": "government", "aliases": ["RTC Branch 54"]}]),
    ("2. People v. Marlon Quiñones — RTC Branch 7, Tagbilaran City\n\nCharge: trafficking for forced labour.", None,
     [{"name": "Marlon Quiñones", "kind": "person", "role": "accused"}, {"name": "RTC Branch 7", "kind": "government"}]),
    # a name opening its sentence, closed by ", who"; names ending or opening on letters past ASCII
    ("The court heard the case in May. Kwaku Agbemadi, who operated out of Kpando Torkor, was convicted on Tuesday.",
     None, [{"name": "Kwaku Agbemadi", "kind": "person"}]),
    ("Marija Petrović, a lawyer with the Belgrade-based NGO ASTRA, called the ruling a small step.", None,
     [{"name": "Marija Petrović", "kind": "person", "role": "lawyer", "affiliation": "ASTRA"},
      {"name": "ASTRA Anti-Trafficking Action", "kind": "ngo"}]),
    ("Milica Đorđević of the NGO Atina said the number had been stuck for a decade.", None,
     [{"name": "Milica Đorđević", "kind": "person", "affiliation": "Atina"}]),
    # a Ghanaian paper's byline: "From" the reporter, and the town filed from
    ("Fisherman jailed for trafficking boys to Volta Lake\n\nFrom Selasi Amenyo, Ho\n\nA fisherman was sentenced.",
     None, [{"name": "Selasi Amenyo", "kind": "person", "role": "reporter"}]),
    # credits in show notes, a host before the name, people named by their cause
    ("Credits\n\nResearch by Samir Haddad. Theme music by Lena Okafor.\n\nHost Clara Benedetti talks to a former "
     "deckhand.", None,
     [{"name": "Samir Haddad", "kind": "person", "role": "researcher"},
      {"name": "Lena Okafor", "kind": "person", "role": "composer"},
      {"name": "Clara Benedetti", "kind": "person", "role": "Host"}]),
    ("Members of Youth Against Irregular Migration (YAIM), a returnee-led association, held 38 meetings.", None,
     [{"name": "Youth Against Irregular Migration", "kind": "ngo", "aliases": ["YAIM"]}]),
    # round 112: a corps of a state's forces; a nationwide body opening on "All"; those present listed in minutes
    ("Officers of the Specialized Land Border Security Corps (CESFRONT) stopped the bus.", None,
     [{"name": "Specialized Land Border Security Corps", "kind": "government", "aliases": ["CESFRONT"]}]),
    ("The All Pakistan Brick Kiln Owners Association rejected the allegations.", None,
     [{"name": "All Pakistan Brick Kiln Owners Association", "kind": "ngo"}]),
    ("Present\n\nRuth Bellamy, Service Manager, City Hearts\n\nTom Achebe, Regional Coordinator, Gangmasters and "
     "Labour Abuse Authority (GLAA)\n", None,
     [{"name": "Ruth Bellamy", "kind": "person", "role": "Service Manager", "affiliation": "City Hearts"},
      {"name": "City Hearts", "kind": "ngo"}]),
    # a legal form's period ending the sentence; a plural owner taking "'s" opening a charity's name, no seat
    ("Workers were hired by two firms, one of them Fly River Timbers Ltd. Workers said they were paid K2.50 an hour.",
     None, [{"name": "Fly River Timbers Ltd.", "kind": "company"}]),
    ("Support came from the Fishermen's Mission in Peterhead, which housed the crew.", None,
     [{"name": "Fishermen's Mission", "kind": "ngo"}]),
    # round 113: a role "in charge" between a body and a name; a forum as a body
    ('"The test now is to stay there," said IOM Bahrain officer in charge Reem Nasser.', None,
     [{"name": "Reem Nasser", "kind": "person", "role": "officer in charge", "affiliation": "IOM Bahrain"}]),
    ("Anil Menon of the Gulf Migrant Workers Forum said the group had recorded 140 complaints.", None,
     [{"name": "Gulf Migrant Workers Forum", "kind": "ngo"},
      {"name": "Anil Menon", "kind": "person", "affiliation": "Gulf Migrant Workers Forum"}]),
    # round 114: a statistician's title; workers named by an acronym are no body
    ("The survey was launched by Government Statistician Kwabena Asante-Boateng in Accra.", None,
     [{"name": "Kwabena Asante-Boateng", "kind": "person", "role": "Government Statistician"}]),
    # a body's branch between its name and a title: the body without it
    ("Zambia Police Service Copperbelt Commissioner Joseph Kabaso said the case began in March.", None,
     [{"name": "Zambia Police Service", "kind": "government"}, {"name": "Joseph Kabaso", "kind": "person"}]),
    # round 115: names opening with a capital of Latin Extended-A after a speech verb
    ("Work stopped in March, said Klára Šimková, who coordinates the hotline.", None,
     [{"name": "Klára Šimková", "kind": "person"}]),
    # a name given as the only one a person would give
    ("A bricklayer who gave his name only as Bakhodir said the foreman kept the passports.", None,
     [{"name": "Bakhodir", "kind": "person"}]),
    # company forms of the former Soviet states and of Central Europe; a judiciary named by its country
    ("The general contractor, Esil Build Development JSC, said it had paid the subcontractor.", None,
     [{"name": "Esil Build Development JSC", "kind": "company"}]),
    ("UAB Baltic Crew denied recruiting the fishermen.", None, [{"name": "UAB Baltic Crew", "kind": "company"}]),
    ("The workshop was held with the Judiciary of Zambia in Lusaka.", None,
     [{"name": "Judiciary of Zambia", "kind": "government", "country": "ZMB"}]),
    # a rank the title list had not: "Sub-Inspector", out of the name
    ("Jinnaram Sub-Inspector B Ravinder said the munshi had been arrested.", None,
     [{"name": "B Ravinder", "kind": "person", "role": "Sub-Inspector"}]),
    # a parliament's record: who asked and who answered
    ("Asked by Helen Marsh (Labour, Ashworth and Dene)\n\nAnswered by Rachel Thornbury (Minister for Safeguarding), "
     "16 November 2021", None,
     [{"name": "Helen Marsh", "kind": "person", "role": "questioner"},
      {"name": "Rachel Thornbury", "kind": "person", "role": "respondent"}]),
    # those present, listed in a table with the bodies they come from; a team listed a line each with their jobs
    ("Present\n\nName | Organisation\nDS Mark Bennett | Sussex Police\nPriya Nair | Southampton City Council\n"
     "Rev. David Orme | The Clewer Initiative\n", None,
     [{"name": "Mark Bennett", "kind": "person", "affiliation": "Sussex Police"},
      {"name": "Priya Nair", "kind": "person", "affiliation": "Southampton City Council"},
      {"name": "David Orme", "kind": "person"}]),
    ("Team\n\nHannah Frost, Research Fellow (0.8 FTE)\n\nJoseph Mensah, doctoral researcher\n\nPartners", None,
     [{"name": "Hannah Frost", "kind": "person", "role": "Research Fellow"},
      {"name": "Joseph Mensah", "kind": "person", "role": "doctoral researcher"}]),
    # a body's name does not run on into the speaker's after it
    ("Minister of State at the Department of Justice Declan Hurley said the upgrade was welcome.", None,
     [{"name": "Department of Justice", "kind": "government"}, {"name": "Declan Hurley", "kind": "person"}]),
    # a British force named a constabulary
    ("The operation was led by Hampshire and Isle of Wight Constabulary with Sussex Police.", None,
     [{"name": "Hampshire and Isle of Wight Constabulary", "kind": "government"}]),
    # round 116: a brigade named before what it protects; the Legislature and a presidency by its seat; a judge of
    # appeal by title and surname; a speech verb with a particle; a councillor's short title
    ("The Brigade for the Protection of Minors, a unit of the National Police in Dakar, took up 12 cases.", None,
     [{"name": "Brigade for the Protection of Minors", "kind": "government"}]),
    ("The Executive Mansion said the Legislature would pass the bill.", None,
     [{"name": "Executive Mansion", "kind": "government", "country": "LBR"}, {"name": "Legislature", "kind": "government"}]),
    ("Lady Justice Harwood called the case a warning to every practitioner.", None,
     [{"name": "Harwood", "kind": "person", "role": "Lady Justice"}]),
    ("Finance Manager Peter Otieno points out that costs fell to 8% of spending.", None,
     [{"name": "Peter Otieno", "kind": "person"}]),
    ("Mayor Cr Ann Jenkins said the case showed why a support centre was needed.", None,
     [{"name": "Ann Jenkins", "kind": "person"}]),
    # a committee named across a line end in a copy from a PDF, its hyphen kept
    ("The government maintained prevention efforts. The Inter-\nInstitutional Committee for the Fight against "
     "Trafficking in Persons met four times.", None,
     [{"name": "Inter-Institutional Committee for the Fight against Trafficking in Persons", "kind": "government"}]),
    # round 120: broadcasters named after their kind; a list of people after "recruiters identified as"; a
    # portfolio's "Standards" before the holder's name
    ("Public Television of Armenia aired the spots, and Radio Botswana ran a series on 12 cases.", None,
     [{"name": "Public Television of Armenia", "kind": "media"}, {"name": "Radio Botswana", "kind": "media"}]),
    ("The government aired spots in Afar, Somali, and Arabic on Radio T\u00e9l\u00e9vision de Djibouti (RTD) in 2023.", None,
     [{"name": "Radio T\u00e9l\u00e9vision de Djibouti", "kind": "media", "aliases": ["RTD"]}]),
    ("Two labour recruiters identified as Musu Kollie and Amos T. Zinnah appeared on Wednesday.", None,
     [{"name": "Musu Kollie", "kind": "person"}, {"name": "Amos T. Zinnah", "kind": "person"}]),
    ("Assistant Minister for Labour Standards Famatta D. Kpoto, who chairs the task force, called it a wake-up call.",
     None, [{"name": "Famatta D. Kpoto", "kind": "person", "role": "Assistant Minister for Labour Standards"}]),
    # a body numbered after its kind
    ("The national committee, known as Steering Committee 138, continued to implement the plan.", None,
     [{"name": "Steering Committee 138", "kind": "government"}]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), CASES)
def test_actors(run_text, text, kind, expected):
    found = actors_by_name(run_text(text, kind=kind))
    for exp in expected:
        assert exp["name"] in found, (exp["name"], sorted(found))
        check(found[exp["name"]], exp)


@pytest.mark.parametrize(("text", "name", "acronym"), [
    ("The Mission to Support the Fight against Corruption and Impunity in Honduras (MACCIH) was set up in 2016.",
     "Mission to Support the Fight against Corruption and Impunity in Honduras", "MACCIH"),
    ("Figures come from the Centre for Attention to Returned Migrants (CAMR) in San Pedro Sula.",
     "Centre for Attention to Returned Migrants", "CAMR"),
])
def test_long_form_runs_to_its_bracketed_acronym(run_text, text, name, acronym):
    """(Whose body it is, the words do not say: only the name and its acronym are checked.)"""
    found = actors_by_name(run_text(text, kind="news"))
    assert name in found, sorted(found)
    assert acronym in found[name].aliases


@pytest.mark.parametrize(("text", "kept", "not_a_name"), [
    ("U.S. Ambassador Daniel R. Whitfield and Ministry Secretary Gopal Koirala launched the activity.",
     "Daniel R. Whitfield", "U.S. Ambassador Daniel R. Whitfield and Ministry"),
    ("Deputy Fair Work Ombudsman Paul Rasmussen said the penalty should serve as a warning.", "Paul Rasmussen",
     "Fair Work"),
    ("Hotel manager Maria Lopez said she had joined the Marketing department in May.", "Maria Lopez",
     "Marketing department"),
    ("Commissioner Paul Fotso said his officers were working with counterparts in the Littoral and Centre regions.",
     "Paul Fotso", "Littoral and Centre"),
    ("\"They were seized on arrival,\" said Mrs Ngum Rose Achu, Regional Delegate of Social Affairs for the Littoral.",
     "Ngum Rose Achu", "Social Affairs for the Littoral"),
    ('"We spend \u00a3412 million a year," said Cllr Hannah Okafor, Cabinet Member for Communities and Safer '
     'Neighbourhoods.', "Hannah Okafor", "Communities and Safer Neighbourhoods"),
    ("The Attorney's Office for the Middle District and Trial Attorney Samuel Okafor of the Civil Rights Division "
     "are prosecuting the case.", "Samuel Okafor", "Attorney's Office for the Middle District and Trial Attorney Samuel Okafor"),
    ("The skipper told public broadcaster NRK on Monday that the crew had been paid.", "NRK", "NRK on Monday"),
    ('"It is a signal," said Ingrid Halvorsen, Head of Human Rights at Havbris Foods AB.', "Havbris Foods AB",
     "Human Rights"),
    ("Police Colonel D.Ganbold, Head of the Division, said investigators had identified five suspects.", "D.Ganbold",
     "Head of the Division"),
    ("The charity Eve for Life, a non-governmental organisation, runs the shelter.", "Eve for Life", "Life"),
    # a treaty named by what it is against is no body; a court's branch number is part of its name
    ("Lawyers for Justice (LFJ) cited the Convention Against Torture (CAT) in court.", "Lawyers for Justice",
     "Convention Against Torture"),
    ("The case moved to RTC Branch 7, Tagbilaran City.", "RTC Branch 7", "RTC Branch"),
    ("The Department of Migrant Workers (DMW) assisted 40 OFWs in Myanmar.", "Department of Migrant Workers", "OFWs"),
    # a branch before a lower-case role is no part of the body's name
    ("Transport Workers Union Queensland secretary Jack Smith said the growers owed back pay.",
     "Transport Workers Union", "Transport Workers Union Queensland"),
])
def test_what_a_body_is_not(run_text, text, kept, not_a_name):
    """A day after a described body and a department before "at" name no body of their own."""
    found = actors_by_name(run_text(text, kind="news"))
    assert kept in found and not_a_name not in found, sorted(found)


def test_the_seat_of_a_title_with_its_own_of_is_no_body(run_text):
    text = "Dr. Lena Hartmann, IOM's Deputy Chief of Mission in Ethiopia, warned that the needs do not end."
    assert sorted(a.name for a in run_text(text).actors) == ["International Organization for Migration", "Lena Hartmann"]


def test_a_body_the_text_spells_out_is_no_agency_for_reporting(run_text):
    text = ("The man was detained with the Centre for Combating Trafficking in Persons (CCTP). The ring was broken "
            "up, CCTP reports.")
    assert not [a for a in run_text(text, kind="news").actors if a.actor_kind == "media"]


def test_a_name_broken_at_a_line_end_is_read_whole(run_text):
    found = actors_by_name(run_text("Police worked with the Directorate of Children, Adolescents and Fam-\nily (DINAF) "
                                    "and the Lesotho Mounted Police Ser-\nvice (LMPS) in Maseru."))
    assert {"Directorate of Children, Adolescents and Family", "Lesotho Mounted Police Service"} <= set(found)
    assert "Lesotho Mounted Police Ser-\nvice" in found["Lesotho Mounted Police Service"].aliases


def test_a_capitalised_government_in_a_story_is_its_own_country(run_text):
    found = actors_by_name(run_text(
        "LUSAKA - Zambia remained on Tier 2 of the US report. Union leaders appealed to the Government to act, "
        "saying Chinese managers at the mine had ignored the law.", kind="news", published="2022-11-17"))
    assert "Government" in found["Government of Zambia"].aliases
    # (not in lower case, and not without a country to give it)
    found = actors_by_name(run_text("Union leaders appealed to the government to act.", kind="news"))
    assert not any(name.startswith("Government") for name in found)


def test_government_alone_as_its_own_countrys_press_writes_it(run_text):
    """"urged Government to", "nothing from Government for": the word alone, capitalised, is the story's own
    country's government (round 72); not before a noun it qualifies, nor after "one" or "local"."""
    found = actors_by_name(run_text(
        "LUSAKA - Parliament has urged Government to double funding. Zambia remained on Tier 2 of the 2021 report, "
        "which found that Government did not fully meet the minimum standards. \"We received nothing from "
        "Government for their upkeep,\" Ms Banda said.", kind="news", published="2022-03-10"))
    assert [m.text for m in found["Government of Zambia"].mentions] == ["Government"] * 3
    found = actors_by_name(run_text(
        "LUSAKA - Zambia remained on Tier 2. Under Government regulations each victim gets an allowance, and one "
        "Government and local Government offices helped.", kind="news", published="2022-03-10"))
    assert not any(name.startswith("Government") for name in found)


def test_a_title_closing_a_run_is_no_part_of_a_body(run_text):
    found = actors_by_name(run_text('"They were sold," said Fiona Ekstrom, IOM Ghana Chief of Mission. The Office of the '
                                    'Federal Attorney General filed charges.'))
    assert "IOM Ghana Chief of Mission" not in found
    assert {"International Organization for Migration", "Fiona Ekstrom",
            "Office of the Federal Attorney General"} <= set(found)


def test_a_title_case_headline_names_no_body_from_its_capitalised_verbs(run_text):
    found = actors_by_name(run_text(
        "IOM and Government of Ghana Hand Over Child Protection Hubs as Anti-Trafficking Project Reaches 400 "
        "Children\n\nACCRA - The International Organization for Migration (IOM) today handed three hubs to the "
        "Government of Ghana.", kind="news"))
    assert set(found) == {"International Organization for Migration", "Government of Ghana"}


def test_no_person_in_a_staff_byline_and_no_acronym_inside_a_hyphenated_place(run_text):
    found = actors_by_name(run_text("By Staff Reporter\n\nPORT-AU-PRINCE, Haiti - The UN-backed mission and "
                                    "ISIS-West Africa were named.", kind="news"))
    assert "Staff Reporter" not in found and "African Union" not in found
    assert {"United Nations", "Islamic State West Africa Province"} <= set(found)


@pytest.mark.parametrize(("text", "not_actor"), [
    ("Police are searching for two other directors of the company, including Karki's nephew.", "Karki's"),
    ("The directive will be published in the Official Journal of the European Union next month.", "Official Journal"),
    # "the Commission" of a text naming another commission is that one, not the EU's
    ("The National Human Rights Commission counted 35,000 victims in the EU, the Commission found.", "European Commission"),
    ("This article was originally published in Spanish by Prensa Libre.", "Prensa Libre"),
    ("Three kiln owners were arrested and five FIRs registered.", "FIRs"),
    ("Researchers at Lakeside College found so.", "Researchers at Lakeside College"),
    ("DES MOINES, Iowa \u2014 Special agents arrested a labor contractor on Tuesday.", "MOINES"),
])
def test_an_owner_or_a_gazette_is_no_body(run_text, text, not_actor):
    assert not_actor not in actors_by_name(run_text(text))


@pytest.mark.parametrize(("byline", "reporter", "outlet"), [
    ("Kate Arsenault \u00b7 CBC News \u00b7 Posted: Nov 20, 2024 4:00 AM EST", "Kate Arsenault",
     "Canadian Broadcasting Corporation"),
    ("Dewi Anggraini (The Jakarta Post)", "Dewi Anggraini", "Jakarta Post"),
    ("Rajesh Ranjan | TNN", "Rajesh Ranjan", "Times News Network"),
])
def test_a_byline_line_names_the_reporter_and_the_outlet(run_text, byline, reporter, outlet):
    found = actors_by_name(run_text(f"Crew members come home\n\n{byline}\n\nThe men said they were beaten.",
                                    kind="news"))
    assert found[reporter].actor_kind == "person" and found[reporter].role == "reporter"
    assert found[outlet].actor_kind == "media"


@pytest.mark.parametrize("text", [
    # a bare name right under a long headline; "By:" and a role after a dash; a place after a comma
    "FIA arrests four more agents over the Mediterranean boat tragedy\nNadia Qureshi\n\nGUJRANWALA: The FIA "
    "arrested four more suspects.",
    "Immigration officers stop six trafficking victims bound for scam hubs\nBy: Nadia Qureshi - Reporter / "
    "Lahore Bureau / 05:10 AM September 20, 2023\n\nLAHORE - Six men were stopped.",
    "Police rescue 31 children from forced labour on the lake this week\nBy Nadia Qureshi, Kete-Krachi\n\n"
    "Thirty-one children have been rescued.",
])
def test_a_byline_under_a_long_headline(run_text, text):
    facts = run_text(text, kind="news")
    assert [(a.name, a.role) for a in facts.actors if a.actor_kind == "person"] == [("Nadia Qureshi", "reporter")]


def test_a_pages_own_site_named_in_its_text_is_a_medium():
    from ctip_extract import extract_document
    from ctip_extract.documents import Document

    text = '"We sold our land," the father said in LankaTide. Police and IOM Colombo said 12 men were held.'
    for site, expected in (("LankaTide", ["LankaTide"]), ("IOM Colombo", [])):
        doc = Document(doc_id="page", text=text, source="page.html", meta={"site_name": site})
        facts = extract_document(doc)
        assert [a.name for a in facts.actors if a.actor_kind == "media"] == expected


def test_a_pages_author_named_in_its_text_is_a_reporter():
    from ctip_extract import extract_document
    from ctip_extract.documents import Document

    text = "Rulings rise\n\nAnjali Menon The Doha Ledger\n\nDoha: The committees issued 4,126 rulings."
    doc = Document(doc_id="page", text=text, source="page.html", meta={"authors": ["Anjali Menon", "Staff Reporter"]})
    people = [(a.name, a.role) for a in extract_document(doc).actors if a.actor_kind == "person"]
    assert people == [("Anjali Menon", "reporter")]


@pytest.mark.parametrize("line, name", [
    ("By Neema Mwakalinga More by this Author", "Neema Mwakalinga"),
    ("By Rahul Menon Senior Reporter", "Rahul Menon"),
])
def test_a_byline_with_a_link_or_a_job_after_the_name(run_text, line, name):
    facts = run_text(f"Children rescued from fishing camps\n\n{line}\n\nSome of the 40 children were 12.")
    assert [(a.name, a.role) for a in facts.actors if a.actor_kind == "person"] == [(name, "reporter")]


def test_reported_and_edited_by_on_one_line(run_text):
    facts = run_text("Children rescued\n\nReported by Priya Desai | Edited by Rohan Mehta\n\nSurat: 38 children were freed.")
    assert [(a.name, a.role) for a in facts.actors] == [("Priya Desai", "reporter"), ("Rohan Mehta", "editor")]


def test_a_contact_block_names_the_person_and_no_body_runs_into_the_next_label(run_text):
    text = ("The operation ended in May.\n\nFor further information please contact:\n\nAmara Diallo\n"
            "Communication Officer, UNODC Regional Office for West and Central Africa\n"
            "Telephone: (+221) 33 859 96 50\nEmail: amara.diallo@un.org")
    facts = run_text(text, kind="news")
    people = [(a.name, a.role, a.affiliation) for a in facts.actors if a.actor_kind == "person"]
    # (the title the signature gives, not the contact's function)
    assert people == [("Amara Diallo", "Communication Officer", "UNODC Regional Office for West and Central Africa")]
    assert "UNODC Regional Office for West and Central Africa" in [a.name for a in facts.actors]
    assert not [q.text for q in facts.quantities]


@pytest.mark.parametrize("text", [
    "Police hold 47 suspected smugglers in a crackdown across central Punjab districts\nNadia Qureshi | "
    "Published July 12, 2023\n\nGUJRANWALA: Police held 47 men.",
    "Inspectors free 87 workers\nPublished on 18/07/2024 - 14:05 By Nadia Qureshi - Reporter - Brasília\n\n"
    "Inspectors freed 87 workers.",
])
def test_a_byline_with_its_timestamp_or_role_on_the_line(run_text, text):
    facts = run_text(text, kind="news")
    assert [(a.name, a.role) for a in facts.actors if a.actor_kind == "person"] == [("Nadia Qureshi", "reporter")]


@pytest.mark.parametrize(("text", "outlet"), [
    ('"We were never paid," she told the Coastal Herald on Tuesday.', "Coastal Herald"),
    ("The ministry had not answered questions sent by the Valley Post at the time of writing.", "Valley Post"),
    ("Ana Pop, a prosecutor, told Bucharest Insider.", "Bucharest Insider"),
    ("Girls rescued in Monrovia\nBy Musu K. Sirleaf, FrontPageLiberia\n\nPolice rescued 12 girls.", "FrontPageLiberia"),
    ("Wages late, ministry says\nBy Riyaz Ahmed | The Gulf Courier\n\nThe ministry said 9,000 were owed.",
     "The Gulf Courier"),
])
def test_a_newspaper_spoken_to_or_in_a_byline_is_media(run_text, text, outlet):
    found = actors_by_name(run_text(text, kind="news"))
    assert found[outlet].actor_kind == "media"


@pytest.mark.parametrize("text", [
    "Children freed\nBy Selorm Agbenyega | Kete-Krachi\n\nPolice freed 12 children.",
    "Girls rescued\nBy Ali Raza, Lahore\n\nPolice rescued 12 girls.",
    "The minister told the Senate on Monday that 40 were held.",
])
def test_a_place_in_a_byline_or_a_body_spoken_to_is_no_outlet(run_text, text):
    assert not [a.name for a in run_text(text, kind="news").actors if a.actor_kind == "media"]


@pytest.mark.parametrize(("text", "funder"), [
    ("The USAID-funded project trained 40 judges.", "United States Agency for International Development"),
    ("An EU-backed programme reached 300 families.", "European Union"),
])
def test_a_funder_compound_names_the_funder_not_a_programme(run_text, text, funder):
    actors = run_text(text, kind="news").actors
    assert funder in [a.name for a in actors]
    assert not [a.name for a in actors if a.actor_kind == "program"]


def test_an_acronym_in_a_compound_is_no_body_when_it_is_a_kind_or_a_topic(run_text):
    actors = run_text("The NGO-run shelter and the TIP-led effort ended.", kind="tip_report").actors
    assert not [a.name for a in actors]


def test_a_place_after_a_role_is_no_person_acted_on(run_text):
    text = "In 2016, the High Court convicted a bar owner in Vieux Fort of subjecting two women to sex trafficking."
    assert not [a.name for a in run_text(text, kind="tip_report").actors if a.actor_kind == "person"]


def test_a_plural_possessive_opens_a_name_at_a_sentence_start(run_text):
    text = "The Workers' Support and Insurance Fund, which pays workers, disbursed QR34.5 million."
    assert [a.text for a in run_text(text).actors] == ["Workers' Support and Insurance Fund"]


def test_a_press_release_contact_line_names_a_person_and_the_office(run_text):
    text = ("The agency helped 212 people home.\n\nFor more information, please contact:\n"
            "Lucia Ferreira Gomes, IOM Lisbon, Tel: +351 21 555 0101, Email: lgomes@example.org\n"
            "Jean-Marc Diallo, IOM Dakar, Tel: +221 33 555 0102, Email: jmdiallo@example.org\n")
    people = {a.name: (a.role, a.affiliation) for a in run_text(text, kind="news").actors if a.actor_kind == "person"}
    assert people == {"Lucia Ferreira Gomes": ("media contact", "IOM Lisbon"),
                      "Jean-Marc Diallo": ("media contact", "IOM Dakar")}


def test_a_byline_role_after_the_name_is_no_second_reporter(run_text):
    found = actors_by_name(run_text("Sheriff nabs 23\n\nBy Alyssa Whitfield, KXHT Digital Producer\n\n"
                                    "CONROE, Texas - Twenty-three men face charges.", kind="news"))
    assert "Alyssa Whitfield" in found and "KXHT Digital Producer" not in found


def test_an_acronym_the_text_spells_out_is_one_body_when_it_names_an_affiliation(run_text):
    found = actors_by_name(run_text("The General Commissariat of National Police (GCNP) led the raid, GCNP deputy head "
                                    "Phan Sovanna said.", kind="news"))
    assert sorted(found) == ["General Commissariat of National Police", "Phan Sovanna"]
    assert found["Phan Sovanna"].affiliation == "GCNP"


def test_a_portfolio_ending_in_and_is_no_part_of_the_speaker(run_text):
    found = actors_by_name(run_text("Briefing journalists, State Minister for Labour and Skills Tesfaye Bekele "
                                    "said 300 had returned.", kind="news"))
    assert sorted(found) == ["Tesfaye Bekele"]


def test_defined_acronym_is_not_read_from_the_gazetteer(run_text):
    found = actors_by_name(run_text("The Community Bridge Partnership (CBP) ran two shelters; later the CBP "
                                    "housed 40 girls.", kind="news"))
    assert sorted(found) == ["Community Bridge Partnership"]


def test_age_before_a_demonym_is_no_name(run_text):
    assert actors_by_name(run_text("A 34-year-old Cambodian woman was freed, and a 19-year-old Thai man too.",
                                   kind="news")) == {}


def test_a_known_body_after_and_is_a_body_of_its_own(run_text):
    found = actors_by_name(run_text("IOM, together with the NGO Hope Works and Winrock International, assisted "
                                    "430 victims. The Ministry of Labor and Social Affairs met.", kind="news"))
    assert sorted(found) == ["Hope Works", "International Organization for Migration",
                             "Ministry of Labor and Social Affairs", "Winrock International"]


def test_place_before_a_body_is_not_part_of_it(run_text):
    found = actors_by_name(run_text("Marit Lindqvist, chief of mission in Laos for the International Organization "
                                    "for Migration (IOM), said the agency was helping.", kind="news"))
    assert sorted(found) == ["International Organization for Migration", "Marit Lindqvist"]


def test_employer_before_a_role_is_no_speaker(run_text):
    names = {a.name for a in run_text("Most were minors, according to Migrant Care executive director "
                                      "Wahyu Susilo.").actors}
    assert "Migrant Care" not in names


MERGED = [
    # one record per real entity: (text, name, number of mentions)
    ("The NCCT met in May. The National Committee for Counter Trafficking (NCCT) then reported 12 cases; "
     "the NCCT also trained judges.", "National Committee for Counter Trafficking", 4),
    ("Chan Sopheap, the programme coordinator at Hagar International, said the shelter was full. "
     "\u201cWe need more beds,\u201d Sopheap said.", "Chan Sopheap", 2),
    # an acronym glued to the next word by the tokenizer gives an alias, not a mention
    ("The Ministry of Internal Affairs (MIA)-run shelters were full, and MIA officials said so.",
     "Ministry of Internal Affairs", 2),
    ("The Labor Ministry (MTE) inspected 300 farms. MTE inspectors found 12 workers in forced labor.",
     "Labor Ministry", 3),
    # a surname written first, named again with an honorific; a Thai given name named again
    ("Ridgewood Timber general manager Tan Boon Hock denied the claims. \u201cWe paid everyone,\u201d Mr Tan said.",
     "Tan Boon Hock", 2),
    ("Police Colonel Somkiat Rattanapong led the raid. Mr Somkiat said 40 men were freed.", "Somkiat Rattanapong", 2),
    # a full name no cue marks, named again by surname alone with a title, a speech verb or an age
    ("Tendai Moyo runs a shelter in Mutare. Ms Moyo said 14 girls had arrived since June.", "Tendai Moyo", 2),
    ("A shelter run by Tendai Moyo took them in. \u201cWe are full,\u201d Moyo said.", "Tendai Moyo", 2),
    ("The night shelter is run by Tendai Moyo. Moyo, 41, has kept it open for a decade.", "Tendai Moyo", 2),
]


@pytest.mark.parametrize(("text", "name", "mentions"), MERGED)
def test_one_record_per_entity(run_text, text, name, mentions):
    actors = [a for a in run_text(text).actors if a.name == name]
    assert len(actors) == 1
    assert len(actors[0].mentions) == mentions
    assert all(")" not in alias and "(" not in alias for alias in actors[0].aliases)


def test_surname_inside_another_name_is_not_a_mention(run_text):
    text = "By Sok Chanthy\nThe raid was legal, Chum Sok said. Sok added that 12 girls were freed."
    people = [a for a in run_text(text).actors if a.actor_kind == "person"]
    chum = [a for a in people if a.name == "Chum Sok"]
    assert len(chum) == 1
    assert [m.text for m in chum[0].mentions] == ["Chum Sok", "Sok"]


def test_same_name_in_two_narratives_is_two_actors(run_text):
    text = ("MALAWI: TIER 2\n\nThe Ministry of Justice (MOJ) trained 40 judges.\n\n"
            "ZAMBIA: TIER 2\n\nThe Ministry of Justice (MOJ) drafted a law, and the MOJ funded shelters.")
    ministries = [a for a in run_text(text, kind="tip_report").actors if a.name == "Ministry of Justice"]
    assert sorted(a.country for a in ministries) == ["MWI", "ZMB"]
    assert [len(a.mentions) for a in ministries] == [2, 3]


def test_government_in_tip_narrative(run_text):
    text = ("MALAWI: TIER 2\n\nThe Government of Malawi does not fully meet the minimum standards. "
            "The government convicted 12 traffickers, and the government opened a shelter.")
    actors = run_text(text, kind="tip_report").actors
    govs = [a for a in actors if a.name == "Government of Malawi"]
    assert len(govs) == 1
    assert len(govs[0].mentions) == 3
    assert all("government" not in alias.lower().split()[0:1] for alias in govs[0].aliases)
    assert "The government" not in govs[0].aliases and "government" not in govs[0].aliases


def test_government_in_news_about_several_placements_is_nobodys(run_text):
    """In news, a sentence's placement does not open a narrative: "the government" after the placements
    of Niger and Mali names no government (a heading line still does, in text without a kind)."""
    text = ("Niger was downgraded to Tier 3, while Mali remained on Tier 2. The government said it would "
            "appeal the decision.")
    assert not [a for a in run_text(text, kind="news").actors if a.rule == "government_anaphor"]
    text = "MALI: TIER 2\n\nThe government convicted 12 traffickers."
    assert [a.name for a in run_text(text, kind="news").actors] == ["Government of Mali"]


NOT_ACTORS = [
    # (text, names that must not be actors)
    # an age is no given name, a place no speaker's surname, though one word of each is said to speak
    ("Twelve-year-old Ahmad sells tissues at the crossing. Ahmad said he works at night.",
     ["Twelve-year-old Ahmad", "Ahmad"]),
    ("Police in Lom\u00e9 said 46 cases were handled in Greater Lom\u00e9 last year.", ["Greater Lom\u00e9", "Lom\u00e9"]),
    ("Raids in San Miguel and La Union freed 64 women; the Union of Myanmar signed.",
     ["San Miguel and La Union", "La Union", "Union of Myanmar"]),
    ("The National Referral Policy was adopted in 2015.", ["National Referral Policy"]),
    ("The Russian Federation remained on Tier 3 for the fourth year.", ["Russian Federation"]),
    ("They met at the National Convention Center in Hanoi.", ["National Convention Center"]),
    ("Addressing Parliament, the minister said the figures were bad.", ["Addressing Parliament"]),
    ("The police's human rights department handles complaints. Photo: Gulf Mirror archives", ["Gulf Mirror archives"]),
    # a body's own last words before the verb are no holder's name
    ("The director of the Foundation for Human Rights Initiative said it would appeal.", ["Rights Initiative"]),
    ("Head of the Department of Foreign Affairs said so.", ["Foreign Affairs"]),
    # a capitalised header cut before a role
    ("OFFICE OF THE SPOKESPERSON\n\nThe Secretary released the report.", ["OFFICE OF THE"]),
    ("The Cabinet paid the family of each Sri Lankan confirmed killed.", ["Sri Lankan"]),
    # places named after people; a month before a name with a dating word; cameras, not a broadcaster
    ("Survivors were treated at Prince Zulu Memorial Hospital and flew from King Fahd International Airport.",
     ["Zulu Memorial", "Fahd"]),
    ("In June Ruto signed the law; CCTV footage showed the boys.", ["June Ruto", "CCTV", "China Central Television"]),
    # a body's own name before "unit"; an acronym the text spells out, named again as an affiliation; an NGO
    # in general; a court named by its place
    ("The Supreme Court unit met.", ["Supreme Court unit"]),
    ("In collaboration with an NGO, the agency developed a tool.", ["NGO"]),
    # a second body after ", and the" is no portfolio; the acronym of a directorate's topic is not its own
    ("Officials of the Ministry of National Defense, and the National Gendarmerie met.",
     ["Ministry of National Defense, and the National Gendarmerie"]),
    ("The RNP directorate for anti-gender-based violence (GBV) had three officers.", ["GBV"]),

    ("In September 2018 the report said Cambodia remained on Tier 2.", ["September", "Cambodia", "Tier"]),
    ("Thailand said it would review the law.", ["Thailand"]),
    ("Officials in Phnom Penh said the raid was legal.", ["Phnom Penh"]),
    ("The Trafficking in Persons Report said little had changed.", ["Trafficking in Persons Report"]),
    ("Human Rights Watch said the camps were overcrowded.", ["Human Rights"]),
    ("The 2008 Law on the Suppression of Human Trafficking criminalized sex trafficking.",
     ["Law on the Suppression of Human Trafficking"]),
    ("Traffickers moved victims through Kuala Lumpur International Airport.", ["Kuala Lumpur International Airport"]),
    ("The Anti-Trafficking in Persons Act was amended in 2015.", ["Anti-Trafficking in Persons Act"]),
    ("Police arrested the suspects. Ministry officials said nothing.", ["Police", "Ministry"]),
    ("The government said it would act.", ["Government", "government"]),
    ("On Monday Local Officials said the case was closed.", ["Local Officials", "Monday"]),
    ("Internally displaced persons (IDPs) remained at risk.", ["IDPs", "Internally displaced persons"]),
    # a single word after a title that is not an honorific is no name
    ("Justice Centers and the Minister Delegate received 40 complaints.", ["Centers", "Delegate"]),
    ("Sexual Exploitation Remains Common, Report Says", ["Report", "Remains Common"]),
    ("Many Victims Said they were deceived.", ["Many Victims", "Victims"]),
    ("Presidential Ordinance 12 stated that shelters must open.", ["Presidential Ordinance"]),
    # a wire service's credit names the agency, not another body of the same acronym
    ("KATHMANDU, Feb. 3 (AFP) \u2014 Police arrested 17 people.", ["Australian Federal Police"]),
    ("Officers of the AFP arrested 17 people in Sydney.", ["Agence France-Presse"]),
    ("Courses ran at the Prosecutor Against Cyber Crimes, the Attorney General's trafficking unit (ATU), "
     "and the Judicial School.", ["Cyber Crimes"]),
    # role nouns before capitalised words that are no person's name
    ("EU member States Parties agreed to the protocol.", ["States Parties"]),
    ("She met the ambassador Tuesday Morning to discuss aid.", ["Tuesday Morning"]),
    ("Cases in Lagos State, 15, and Kano State, 22, were reported.", ["Lagos State", "Kano State"]),
    ("The advocate Legal Aid Society filed the motion.", ["Legal Aid"]),
    ("Delegates met at the Convention Center downtown.", ["Convention Center"]),
    ("Women from Eastern Europe and the former Soviet Union are subjected to sex trafficking.", ["Soviet Union"]),
    # an acronym's long form that is a term or a plan is no body
    ("The U.S. Trafficking in Persons (TIP) Report placed Laos on Tier 3.", ["Trafficking in Persons"]),
    ("The National Plan of Action (NPA) ran until 2020.", ["National Plan of Action"]),
    # a campaign in quotation marks after a body is no part of its name
    ("UNODC \u201cBlue Heart\u201d posters went up in 2017.", ['UNODC "Blue Heart"']),
    # "government of" a person or a list holding no country is no government
    ("The government of President Duterte acted.", ["Government of President Duterte"]),
    ("Staff of Kenya Airways helped; Members of Parliament voted.", ["Staff of Kenya Airways", "Members of Parliament"]),
    ("IOM's Chief of Mission in Nigeria praised the agency.", ["Chief of Mission"]),
    ("Each law enforcement agency (LEA) and civil society organization (CSO) met; non-governmental "
     "organizations (NGOs) and internally displaced persons (IDPs) too.",
     ["law enforcement agency", "civil society organization", "non-governmental organizations",
      "internally displaced persons"]),
    ("By Friday, police had rescued 40 people.\nBy contrast, the NGO Tuesday Group met.", ["Friday"]),
    ("The USAID project and the Cambodia programme ended; the Nordic Council of Ministers' project began.",
     ["Cambodia", "Nordic Council of Ministers'"]),
    # a rank before its acronym; places before ", who"
    ("The deputy superintendent of police (DSP) visited the shelter.", ["deputy superintendent of police"]),
    ("The girls were taken to Tawau Sabah, who said nothing.", ["Tawau Sabah"]),
    # a title alone; a weekday before a body
    ("The committee, chaired by the Chief Cabinet Secretary, coordinated policy.", ["Chief Cabinet"]),
    ("On Friday Police arrested him.", ["Friday Police"]),
    ("EJF's Southeast Asia campaign warned of backsliding.", ["Southeast Asia"]),
    # a name does not run across a closing quote
    ('"The papers must reach the families before Durga Puja," Sinha said.', ["Durga Puja Sinha", "Durga Puja"]),
    ("Reform the Temporary Foreign Worker Program (TFWP) now.", ["Reform the Temporary Foreign Worker Program"]),
    # a verb after a company's name is no role; a kind of force is nobody's police
    ("One of those agencies, Silver Star Recruitment, is accused of charging women up to $2,500 each.",
     ["Silver Star Recruitment"]),
    ("The Border police stopped three women at the airport. The Federal police took over.", ["Border police", "Federal police"]),
    ("A case was registered against the three at the Saddar police station under Section 11.", ["Saddar police"]),
    ("Each received a start-up kit worth about 60,000 South Sudanese Pounds (SSP).", ["South Sudanese Pounds", "SSP"]),
    ("The court heard that John F. Kennedy Airport was used. In May J. Smith Ltd. paid the fees.", ["John F.", "May J."]),
]


@pytest.mark.parametrize("text", [
    "The Deputy Commissioner of Police visited the shelter.",
    "Marta Olsen, the Chief of Mission in Kenya, said staff were trained.",
])
def test_a_title_and_where_it_is_held_is_no_body(run_text, text):
    found = actors_by_name(run_text(text))
    assert not [name for name in found if name.startswith(("Deputy Commissioner", "Chief of Mission"))], sorted(found)


def test_a_portfolio_before_a_title_is_no_body(run_text):
    found = actors_by_name(run_text("Health and Sanitation Cabinet Secretary Amina Wekesa said the firms would close."))
    assert not [name for name in found if "Cabinet" in name], sorted(found)


def test_an_acronym_is_no_acting_body_when_defined_known_or_a_kind(run_text):
    """A narrative's acronym spelt out in brackets, a kind of body ("NGOs") and the tail of a longer acronym
    ("NCCTM & TIP") are left to the other rules; a law's verbs do not make an acronym act; news is not read."""
    facts = run_text("The Labour Inspection Board (LIB) inspected 40 sites. NGOs identified 12 victims. "
                     "NCCTM & TIP conducted 35 campaigns. The PTPA criminalized forced labor. The CTA provided for "
                     "penalties of up to 10 years.", kind="tip_report")
    found = actors_by_name(facts)
    assert "Labour Inspection Board" in found and "LIB" in found["Labour Inspection Board"].aliases
    assert not {"LIB", "NGOs", "TIP", "PTPA", "CTA"} & set(found), sorted(found)
    assert "HRU" not in actors_by_name(run_text("The HRU continued to run two shelters.", kind="news"))


def test_a_region_in_an_apposition_is_no_body(run_text):
    found = actors_by_name(run_text("Samuel Nyamweya, IOM's Regional Director for the East and Horn of Africa, "
                                    "said the staff were trained."))
    assert "Samuel Nyamweya" in found and "East and Horn of Africa" not in found, sorted(found)


def test_a_rank_defined_by_its_acronym_names_its_holder_not_a_body(run_text):
    found = run_text('"They were paid," said Deputy Superintendent of Police (DSP) Abena Nyarko of the unit.').actors
    assert [(a.name, a.role) for a in found] == [("Abena Nyarko", "Deputy Superintendent of Police")]


@pytest.mark.parametrize(("text", "names"), NOT_ACTORS)
def test_not_actors(run_text, text, names):
    found = run_text(text).actors
    for actor in found:
        forms = {actor.name, *actor.aliases}
        assert not forms & set(names), actor
    assert not [a for a in found if a.actor_kind == "person"], found


# ---------------------------------------------------------------- pure functions

@pytest.fixture(scope="module")
def lex():
    lists = _read_words("lexicons/actor_words.json")
    return ActorWords(
        keywords=build_keywords(read_jsonl("lexicons/actor_org_keywords.jsonl")),
        connectors=lists["connectors"], leading_stop=lists["leading_stop"], not_org_heads=lists["not_org_heads"],
        international_openers=lists["international_openers"], subnational=lists["subnational"],
        speech_verbs=lists["speech_verbs"], role_nouns=lists["role_nouns"],
        place_prepositions=lists["place_prepositions"], state_openers=lists["state_openers"],
        role_modifiers=lists["role_modifiers"],
    )


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        ("The Ministry of Foreign Affairs", "Ministry of Foreign Affairs", "government", None),
        ("Nigerian Army", "Nigerian Army", "government", "NGA"),
        ("Libyan Coast Guard", "Libyan Coast Guard", "government", "LBY"),
        ("According to Amnesty Watch", "Amnesty Watch", "ngo", None),
        ("Royal Thai Police", "Royal Thai Police", "government", "THA"),
        ("Office of the Special Prosecutor", "Office of the Special Prosecutor", "government", None),
        ("UN Trust Fund", "UN Trust Fund", "international", None),
        ("Supreme Court of Cambodia", "Supreme Court of Cambodia", "government", "KHM"),
        ("Sunrise Garments Ltd.", "Sunrise Garments Ltd.", "company", None),
        ("TIER 2 WATCH LISTThe Government of Bangladesh", "Government of Bangladesh", "government", "BGD"),
        ("Armed Conflict Policy for the Afghan National Army", "Afghan National Army", "government", "AFG"),
    ],
)
def test_org_from_run(lex, text, name, kind, country):
    words = split_words(text)
    runs = capitalised_runs(text, words, lex)
    orgs = [o for o in (org_from_run(r, text, lex) for r in runs) if o is not None]
    assert len(orgs) == 1
    assert (orgs[0].name, orgs[0].kind, orgs[0].country) == (name, kind, country)


@pytest.mark.parametrize(
    "text",
    ["Tier 2 Watch List", "TIER 2 WATCH LISTThe", "Human TraffickingSmuggling", "Trafficking Victims Protection Act", "Phnom Penh", "Kuala Lumpur International Airport",
     "The Ministry", "Police", "National Action Plan", "Council of Europe Convention"],
)
def test_org_from_run_none(lex, text):
    words = split_words(text)
    assert all(org_from_run(r, text, lex) is None for r in capitalised_runs(text, words, lex))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Interior Ministry", "Ministry of the Interior"),
        ("Cambodian Supreme Court", "Supreme Court of Cambodia"),
        ("the Labour Department", "Department of Labour"),
    ],
)
def test_org_key_merges(a, b):
    assert org_key(a) == org_key(b)


@pytest.mark.parametrize(
    ("after_name", "before_verb", "role", "affiliation"),
    [
        (", the Knowledge, Learning and Communications manager at Winrock International, said", True,
         "Knowledge, Learning and Communications manager", "Winrock International"),
        (", director of programs at the Freedom Fund, told reporters", True, "director of programs", "Freedom Fund"),
        (", Deputy Prime Minister, opened the meeting", False, "Deputy Prime Minister", None),
        (", 34, said", True, None, None),
        (", deputy director of monitoring at rights group Licadho, said", True, "deputy director of monitoring",
         "Licadho"),
    ],
)
def test_apposition(lex, after_name, before_verb, role, affiliation):
    """Role and affiliation from the words after a name."""
    app = apposition(after_name, lex, before_verb=before_verb)
    assert app is not None
    assert (app.role, app.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    "after_name",
    [", including through more staff and funding", ", where the lack of police officers was felt",
     ", which the member states adopted"],
)
def test_apposition_none(lex, after_name):
    app = apposition(after_name, lex, before_verb=False)
    assert app is None


def test_bracketed_country_name_is_no_alias_of_a_body(run_text):
    facts = run_text("The Government of the Democratic Republic of the Congo (DRC) prosecuted 12 traffickers. "
                     "Officials of the Embassy of the United Arab Emirates (UAE) met NGOs.")
    for actor in facts.actors:
        assert "DRC" not in actor.aliases and "UAE" not in actor.aliases, actor


def test_a_ministry_named_only_by_its_acronym(run_text):
    """"MOI continued to operate ...": an excerpt whose narrative spelt the ministry out elsewhere; not a
    memorandum ("MOU"), a country in capitals, nor an acronym the text defines."""
    facts = run_text("MOI continued to operate trafficking units. The MOU was signed in MOLDOVA. The Ministry "
                     "of Justice (MOJ) and the MOJ met.", kind="tip_report")
    by_name = actors_by_name(facts)
    assert by_name["MOI"].actor_kind == "government" and by_name["MOI"].rule == "ministry_acronym"
    assert "MOU" not in by_name and "MOLDOVA" not in by_name and "MOJ" not in by_name
    assert "MOJ" in by_name["Ministry of Justice"].aliases


def test_a_group_owner_after_and_keeps_the_run_whole():
    from ctip_extract.pipeline import shared_pipeline
    from ctip_extract.rules.actors import capitalised_runs, split_words

    lex = shared_pipeline().get_pipe("ctip_actors").lex
    text = "the Philippine National Police Women and Children's Protection Center"
    runs = capitalised_runs(text, split_words(text), lex)
    assert [[w.text for w in r] for r in runs] == [
        ["Philippine", "National", "Police", "Women", "and", "Children's", "Protection", "Center"]]


def test_an_owners_initiative_names_no_programme_after_the_possessive(run_text):
    names = [a.name for a in run_text("Members welcomed the Business Forum's initiative to draft guidance.").actors]
    assert not any(name.endswith(("'s", "\u2019s")) for name in names), names


def test_a_compass_word_before_government_is_no_province(run_text):
    names = [a.name for a in run_text("The Central government released 40 workers; Northern officials agreed.").actors]
    assert not any(name.startswith("Government of") for name in names), names


def test_a_court_told_is_no_newspaper(run_text):
    assert not [a for a in run_text("He told The Court that he was innocent.", kind="news").actors if a.actor_kind == "media"]


# -- round 77 -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "role"), [
    # abbreviated police ranks keep their periods, and the sentence goes on past them
    ("Officers said Det. Const. Priya Lal of the county force led the case.", "Priya Lal", "Det. Const."),
    ("Det. Sgt. Owen Marsh said the men were charged.", "Owen Marsh", "Det. Sgt."),
    ("The court heard from Asst. Supt. Rajan Pillai on Monday.", "Rajan Pillai", "Asst. Supt."),
    ("Warrant Officer Tobias Amukoto of the serious crime unit said the men were held.", "Tobias Amukoto",
     "Warrant Officer"),
    ("Senior Resident Magistrate Grace Mrema adjourned the case.", "Grace Mrema", "Senior Resident Magistrate"),
    # a Vietnamese name may end in "Son"
    ("Lieutenant Colonel Tran Van Son said the suspects were detained.", "Tran Van Son", "Lieutenant Colonel"),
    ("Kenyan Embassy First Secretary Amos Kiprono said the mission would help.", "Amos Kiprono", "First Secretary"),
])
def test_a_titled_person_with_a_rank_written_short_or_in_full(run_text, text, name, role):
    found = actors_by_name(run_text(text, kind="news"))
    assert found[name].actor_kind == "person" and found[name].role == role


@pytest.mark.parametrize(("text", "name", "role"), [
    # a title phrase opened by a comma rather than "the"
    ("Speaking to reporters, Director of the Wage Inspection Department at the Ministry, Khalid Nasser Al Mannai, "
     "said 40 firms were fined.", "Khalid Nasser Al Mannai", "Director of the Wage Inspection Department at the Ministry"),
    # a role noun and where it is held
    ("UNICEF's officer-in-charge in Honiara, Beatrice Kolo, said the children were safe.", "Beatrice Kolo",
     "officer-in-charge in Honiara"),
    ("Ravi Chandran Pillai Nair, joint secretary general of the employers' federation, welcomed the decision.",
     "Ravi Chandran Pillai Nair", "joint secretary general of the employers' federation"),
])
def test_a_speaker_between_commas_after_a_role(run_text, text, name, role):
    found = actors_by_name(run_text(text, kind="news"))
    assert found[name].actor_kind == "person" and found[name].role == role


@pytest.mark.parametrize(("text", "reporter"), [
    ("Ten women sent home from the Gulf\n\nBy Lan Huong   March 3, 2024 | 09:12 am PT\n\nA court jailed two brokers.",
     "Lan Huong"),
    ("Children rescued from the lake\n\nYaw Asante-Boateng, Yeji\n\nPolice rescued 14 children.", "Yaw Asante-Boateng"),
    ("Complaints rise among seasonal workers\n\nMere Tuilagi\nIsland News\n\nThe ministry said complaints rose.",
     "Mere Tuilagi"),
    ("Meat plant workers kept in debt\n\nPetra Novotná\n4. Apr 2023 at 10:05\n\nPolice charged six people.",
     "Petra Novotná"),
    ("Referrals reach a record\n\nOliver Grant Home affairs correspondent\nTue 5 Mar 2024 07.00 GMT\n\n"
     "The number rose.", "Oliver Grant"),
    ("Inspectors close 40 sites\n\nAnwar Sadiq Mallick | The Gulf Courier\n\nThe ministry closed 40 sites.",
     "Anwar Sadiq Mallick"),
])
def test_a_byline_the_gazetteer_does_not_know(run_text, text, reporter):
    facts = run_text(text, kind="news")
    assert [(a.name, a.role) for a in facts.actors if a.actor_kind == "person"] == [(reporter, "reporter")]


def test_a_place_and_its_country_between_blank_lines_is_no_byline(run_text):
    facts = run_text("Children rescued\n\nThe lake is large.\n\nGreater Accra, Ghana\n\nPolice rescued 14 children.",
                     kind="news")
    assert not [a.name for a in facts.actors if a.actor_kind == "person"]


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a body after the document or list it keeps
    ("Nepal stayed on the Tier 2 Watch List of the US State Department's annual report.", "US State Department",
     "government"),
    ("The Global Slavery Index of the Walk Free Foundation ranks the country 12th.", "Walk Free Foundation", "ngo"),
    # a plural possessive inside a name, one word before the keyword
    ("Officials of the bureau, the Wage Earners' Welfare Board and the police attended.", "Wage Earners Welfare Board",
     "government"),
    # a centre named by what it does
    ("The Migrant Workers Centre in Vancouver took their complaints.", "Migrant Workers Centre", "ngo"),
    # a body described between commas, two words of description
    ("Safe Passage Lanka, a Colombo-based anti-trafficking charity, said it had 300 calls.", "Safe Passage Lanka", "ngo"),
    ("Hope Works, a Nairobi-based charity, said it had received calls.", "Hope Works", "ngo"),
    # a paper spoken to
    ("Several workers told The Valley Ledger at the time that they were unpaid.", "The Valley Ledger", "media"),
    ('"We borrowed the money," she told Nation Online that week.', "Nation Online", "media"),
])
def test_bodies_of_round_77(run_text, text, name, kind):
    found = actors_by_name(run_text(text, kind="news"))
    assert found[name].actor_kind == kind, sorted(found)


@pytest.mark.parametrize("text", [
    "They met at the National Convention Center in Hanoi.",
    "The talks were held at the Kigali Conference Centre.",
])
def test_a_venue_is_no_body(run_text, text):
    assert not run_text(text, kind="news").actors


@pytest.mark.parametrize(("text", "name", "aliases"), [
    ('Prosecutors say the ring was led by Meiling "Rose" Tang, 48, who ran the spas. Tang denied it.', "Meiling Tang",
     {'Meiling "Rose" Tang', "Tang"}),
    ("He was known as Kwabena \u201cJunior\u201d Owusu Ansah in the town.", "Kwabena Owusu Ansah",
     {'Kwabena "Junior" Owusu Ansah'}),
])
def test_a_nickname_in_quotes_inside_a_name(run_text, text, name, aliases):
    found = actors_by_name(run_text(text, kind="news"))
    assert found[name].actor_kind == "person" and aliases <= set(found[name].aliases)


@pytest.mark.parametrize("text", [
    'The so-called "Golden" Triangle Task Force said it.',
    'Delegates met at the "Blue" Heart Campaign office.',
])
def test_a_quoted_word_inside_a_body_is_no_nickname(run_text, text):
    assert not [a.name for a in run_text(text, kind="news").actors if a.actor_kind == "person"]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Tariq Mahmood, 61, whose son Bilal, 20, is among the missing, sold his land.", "Bilal", "son"),
    ("The girl's mother Amina, 41, said she had left in May.", "Amina", "mother"),
    ('"I have had four days off in a year," said Selamawit, a 31-year-old Ethiopian worker.', "Selamawit",
     "31-year-old Ethiopian worker"),
])
def test_a_given_name_alone_with_an_age(run_text, text, name, role):
    found = actors_by_name(run_text(text, kind="news"))
    assert found[name].actor_kind == "person" and found[name].role == role


def test_a_weekday_after_a_comma_is_no_given_name(run_text):
    assert not run_text('"It was hard," said Tuesday, a reporter.', kind="news").actors


@pytest.mark.parametrize(("text", "name"), [
    ("A 22-year-old woman from Jimma, who asked to be identified only as Hayat, said she worked in Riyadh.", "Hayat"),
    ("A worker from Guatemala, who asked to be identified only by his first name, Edwin, said he paid $3,000.",
     "Edwin"),
    ("One man, who gave only his first name, Tomas, said he was never paid.", "Tomas"),
    ("She asked to be called Selam because her family does not know.", "Selam"),
])
def test_a_given_name_the_story_says_is_all_it_gives(run_text, text, name):
    found = actors_by_name(run_text(text, kind="news"))
    assert found[name].actor_kind == "person"


def test_a_weekday_after_identified_only_as_is_no_name(run_text):
    assert not run_text("He was identified only as Monday.", kind="news").actors


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The Labour Ministry's director for the placement and protection of migrant workers, Dewi Kartika Sari, "
     "said the ministry would review the agencies.", "Dewi Kartika Sari",
     "director for the placement and protection of migrant workers"),
    ("Head of the Counter-Trafficking Unit, Marcia Bowen-Hall, said the ministry was working with the embassy.",
     "Marcia Bowen-Hall", "Head of the Counter-Trafficking Unit"),
])
def test_a_speaker_after_a_role_and_what_it_is_for(run_text, text, name, role):
    found = actors_by_name(run_text(text, kind="news"))
    assert found[name].actor_kind == "person" and found[name].role == role


@pytest.mark.parametrize(("text", "reporter"), [
    ("Inspectors free 98 workers\n\nLuana Ferreira Costa - Agência Brasil reporter\nPublished on 12/03/2023\n\n"
     "Inspectors freed 98 workers.", "Luana Ferreira Costa"),
    ("Orchard ordered to pay workers\nTama Ngata, Hawke's Bay reporter\n\nAn orchard was fined.", "Tama Ngata"),
    ("Workers paid $50 a week\n\nLosana Vuki Senior Journalist\nNovember 5, 2019 4:30 pm\n\nThe trial heard it.",
     "Losana Vuki"),
    ("Critics say the reform failed\n\nJonas Becker\n09/14/2021\n\nAround 400 officers raided farms.", "Jonas Becker"),
    ("Government brings home 90 citizens\nDian Pratiwi Lestari (The Jakarta Post) | Jakarta | Tue, March 5, 2024\n\n"
     "The government said 90 came home.", "Dian Pratiwi Lestari"),
    ("Prosecutors charge nine\n\nby Camila Restrepo Gil | Sep 27, 2022\n\nProsecutors charged nine people.",
     "Camila Restrepo Gil"),
])
def test_a_byline_with_the_reporters_job_a_date_in_figures_or_a_small_by(run_text, text, reporter):
    facts = run_text(text, kind="news")
    assert [(a.name, a.role) for a in facts.actors if a.actor_kind == "person"] == [(reporter, "reporter")]


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Defence counsel, Lawyer Musa Kanneh, had pleaded for leniency.", "Musa Kanneh", "Lawyer"),
    ("The case was filed under the Act, said its Officer-in-Charge Md Rafiqul Islam.", "Md Rafiqul Islam",
     "Officer-in-Charge"),
])
def test_titles_of_round_77(run_text, text, name, role):
    found = actors_by_name(run_text(text, kind="news"))
    assert found[name].role == role


def test_a_contact_at_a_body_after_the(run_text):
    found = actors_by_name(run_text("For more information, please contact Lucia Ferrante at the IOM Regional Office "
                                    "in Nairobi.", kind="news"))
    assert found["Lucia Ferrante"].role == "media contact"
    assert found["Lucia Ferrante"].affiliation == "IOM Regional Office in Nairobi"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("One worker told RNZ his family had sold land.", "Radio New Zealand", "media"),
    ("Officers identified 53 victims, LRT reported.", "Lithuanian National Radio and Television", "media"),
    ("He told RTÉ News that the case was closed.", "Raidió Teilifís Éireann", "media"),
    ("The Health Service Executive's team met the men.", "Health Service Executive", "government"),
])
def test_gazetteer_entries_of_round_78(run_text, text, name, kind):
    assert actors_by_name(run_text(text, kind="news"))[name].actor_kind == kind


def test_a_contact_line_with_the_number_right_after_the_office(run_text):
    text = ("For more information, please contact:\nSara Haddad, UNICEF Sudan, +249 900 000 000, shaddad@unicef.org\n"
            "Tomas Ruiz, UNICEF Regional Office, +962 79 000 0000, truiz@unicef.org")
    found = actors_by_name(run_text(text, kind="news"))
    assert (found["Sara Haddad"].role, found["Sara Haddad"].affiliation) == ("media contact", "UNICEF Sudan")
    assert found["Tomas Ruiz"].role == "media contact"


@pytest.mark.parametrize(("text", "name"), [
    # a plural possessive two words before the keyword, and one a place word follows
    ("The Missing Persons' Families Support Centre said it helped 40 people.", "Missing Persons Families Support Centre"),
    ("Officials said the Labour and Employees' State Insurance Department was told.",
     "Labour and Employees State Insurance Department"),
])
def test_a_plural_possessive_inside_a_longer_name(run_text, text, name):
    assert name in actors_by_name(run_text(text, kind="news"))


@pytest.mark.parametrize(("text", "name"), [
    # "Said" inside a name, after a particle; particles do not count towards a name's length
    ("Salim bin Said Al Harthy, a member of the national committee, welcomed the report.", "Salim bin Said Al Harthy"),
    ("Halima Said said the girls were safe.", "Halima Said"),
])
def test_said_as_a_name_word(run_text, text, name):
    assert actors_by_name(run_text(text, kind="news"))[name].actor_kind == "person"


def test_people_named_by_their_initials_alone(run_text):
    facts = run_text("The three, identified only by their initials MH, 45, SR, 38, and DK, 51, were charged.", kind="news")
    assert [a.name for a in facts.actors if a.actor_kind == "person"] == ["MH", "SR", "DK"]


def test_a_body_named_with_a_country_owns_the_unit_after_it(run_text):
    found = actors_by_name(run_text("Detective Inspector Mairi Ross, of Police Scotland's National Human Trafficking "
                                    "Unit, said it was exploitation.", kind="news"))
    assert "Police Scotland" in found and "National Human Trafficking Unit" in found


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Employers must register every contract on the Musaned platform.", "Musaned", "program"),
    ("The women were housed in Ewa'a shelters in Abu Dhabi.", "Ewa'a Shelters for Women and Children", "ngo"),
    ("The Wage Protection System now covers 99 per cent of eligible workers.", "Wage Protection System", "program"),
])
def test_gulf_labour_programmes_and_shelters_in_the_gazetteer(run_text, text, name, kind):
    assert actors_by_name(run_text(text, kind="news"))[name].actor_kind == kind


def test_a_place_after_in_before_a_description_is_no_body(run_text):
    found = actors_by_name(run_text("Women were helped by a group in Málaga, the charity said.", kind="news"))
    assert "Málaga" not in found


@pytest.mark.parametrize("text, name, kind", [
    ("Oksana, a 34-year-old Ukrainian who asked that her surname not be published, first came in 2013.", "Oksana",
     "person"),
    ("Neighbors told 10News they had long suspected something was wrong.", "10News", "media"),
    ("Aebersold heads the victim team at FIZ Advocacy and Support for Migrant Women and Victims of Trafficking.",
     "FIZ Advocacy and Support for Migrant Women and Victims of Trafficking", "ngo"),
    ("Sandra Frei, a coordinator at ProCoRe, the national network, said so.", "ProCoRe", "ngo"),
    ("Only 19 of the 64 had been registered with the NHS on arrival.", "National Health Service", "government"),
    ("Among those who arrived on Monday was Rowena, 34, a mother of three from Iloilo.", "Rowena", "person"),
    ("Anyone with information should call. WBKT's Kevin Ortiz contributed to this report.", "Kevin Ortiz", "person"),
    ("Anyone with information should call. WBKT's Kevin Ortiz contributed to this report.", "WBKT", "media"),
    ("Drivers were trained by Truckers Against Trafficking (TAT) last year.", "Truckers Against Trafficking", "ngo"),
    ("The shelter run by Society Ključ took in 12 people.", "Society Ključ", "ngo"),
    ("Tiruvallur Sub-Collector S Meenakshi, who led the rescue team, told reporters it.", "S Meenakshi", "person"),
    ("For more information, please contact:\nAïssatou Seck at IOM Niger, Tel: +227 80 06 65 22, Email: a@iom.int",
     "Aïssatou Seck", "person"),
    ("The children were rescued from the Royal Ganga Circus in Gorakhpur.", "Royal Ganga Circus", "company"),
    ("Two workers went to Solidarity Workers Malta, a migrant rights NGO, for help.", "Solidarity Workers Malta", "ngo"),
    ("The four suspects, led by Lu Thi May, 38, of Bat Xat District, targeted young women.", "Lu Thi May", "person"),
    ("For more information, contact:\nIn Niamey, Moussa Abdou Garba, +227 90 12 34 56", "Moussa Abdou Garba", "person"),
    ('"It was forged," said Superintendent of Police K S Radhakrishnan, who heads the team.', "K S Radhakrishnan",
     "person"),
    ("RECOMMENDATIONS:\n\u2022 Direct Ministry of Health staff to screen patients.", "Ministry of Health", "government"),
    ("Partnership meeting at Church House, with Gareth Lowe of the Hallamford Business Network on supply chains.",
     "Gareth Lowe", "person"),
    ("| *People v. J. Tolentino and S. Tolentino* | RTC Angeles City | Trafficking |", "S. Tolentino", "person"),
    ("*Data analysis: Riaan Petersen. Questions can be sent to the research desk.*", "Riaan Petersen", "person"),
    ("*The Rt Revd Mark Ellery, Bishop of Hallamford*", "Mark Ellery", "person"),
    ("In 2018 the court sentenced the owner of Gulf Horizon Manpower Services to five years.",
     "Gulf Horizon Manpower Services", "company"),
    ("Kwame Addai Boateng, Chief Executive Officer of Golden Gate Manpower Services, was convicted.",
     "Golden Gate Manpower Services", "company"),
    ("The National System for Integral Family Development (DIF) sheltered 30 children.",
     "National System for Integral Family Development", "government"),
    ("Taipei, Oct. 16 (CNA) Migrant caregivers in Taiwan start work owing fees.", "Central News Agency", "media"),
    ('"It works," said Tomasz Wierzbicki, Head of Unit at Europol.', "Tomasz Wierzbicki", "person"),
    ("NAY PYI TAW, Feb 21 (MNA) - The returnees arrived, the Cyprus Mail reported.", "Myanma News Agency", "media"),
    ("Boats inspected in lower Gulf\n\nNattaya Srisuk Senior Reporter, Southern Bureau\n\nSONGKHLA: Teams inspected "
     "more than 1,200 vessels.", "Nattaya Srisuk", "person"),
    ("Workers say they were trapped by debt\n\nMaria Delgado Economy and Labor Reporter\n\nA housekeeper's cart.",
     "Maria Delgado", "person"),
    ("Brick kilns in Kasur district were raided. \"We will act,\" said Deputy Commissioner Kasur Saima Tariq.",
     "Saima Tariq", "person"),
    ("Children from Rupandehi district were rescued. Chief District Officer of Rupandehi Hari Prasad Gyawali said the "
     "district would help.", "Hari Prasad Gyawali", "person"),
    ("Within 48 hours, International Transport Workers' Federation (ITF) inspectors boarded the vessel.",
     "International Transport Workers' Federation", "ngo"),
    ("Niger's National Agency for the Fight against Trafficking in Persons and the Illicit Smuggling of Migrants "
     "(ANLTP/TIM) took part.",
     "National Agency for the Fight against Trafficking in Persons and the Illicit Smuggling of Migrants", "government"),
])
def test_round_101_names(run_text, text, name, kind):
    assert actors_by_name(run_text(text, kind="news"))[name].actor_kind == kind


@pytest.mark.parametrize("text, absent", [
    ("Yesterday, a 34-year-old man was arrested in Lucerne.", "Yesterday"),
    ("By Park Min-seo (minseo@heraldcorp.com)", "minseo@heraldcorp.com"),
    ("The meeting was co-chaired by the Director-General for Multilateral Cooperation of the Foreign Ministry.",
     "Multilateral Cooperation"),
    ('"It works," said Tomasz Wierzbicki, Head of Unit at Europol.', "Head of Unit"),
])
def test_round_101_no_names(run_text, text, absent):
    assert absent not in actors_by_name(run_text(text, kind="news"))


def test_gazetteer_rows_may_not_name_one_body_twice():
    from ctip_extract.components.actors import check_gazetteer
    from ctip_extract.errors import RuleFileError
    rows = [{"name": "Migración Colombia", "aliases": ["Migracion Colombia"], "kind": "government"},
            {"name": "Migration Colombia", "aliases": ["Migración Colombia"], "kind": "government"}]
    with pytest.raises(RuleFileError, match="row 2: 'Migración Colombia' also names the body of row 1"):
        check_gazetteer(rows, "organisations.jsonl")
    with pytest.raises(RuleFileError, match="row 1: unknown kind"):
        check_gazetteer([{"name": "Acme", "kind": "charity"}], "organisations.jsonl")
    check_gazetteer(rows[:1] + [{"name": "Police Scotland", "aliases": [], "kind": "government"}], "x")  # no error


def test_generic_office_takes_the_narrative_country(run_text):
    text = ("JAMAICA: TIER 2\n\nThe Government of Jamaica does not fully meet the minimum standards for the "
            "elimination of trafficking but is making significant efforts to do so. The Office of the Director of "
            "Public Prosecutions (ODPP) prosecuted 11 cases. A file was sent to the Director of Public Prosecutions.")
    facts = run_text(text, published="2018-06-28", kind="tip_report")
    dpp = [a for a in facts.actors if "Public Prosecutions" in a.name]
    assert len(dpp) == 1 and dpp[0].country == "JAM" and "ODPP" in dpp[0].aliases
    assert [m.text for m in dpp[0].mentions] == ["Office of the Director of Public Prosecutions", "ODPP",
                                                "Director of Public Prosecutions"]


@pytest.mark.parametrize(("text", "expected"), [
    # a name's particle after a title's portfolio
    ("In January, Secretary of State for Women Mercedes Ortiz de Lara instructed offices to refer returnees.",
     {"Mercedes Ortiz de Lara": "person"}),
    # a nationality after "and" goes with the noun after the body's name
    ("The Ministry of Foreign Affairs and Kyrgyz consular officers in Dubai helped repatriate 83 victims.",
     {"Ministry of Foreign Affairs": "government"}),
    # the Irish police's members in small letters; an office many countries have, named by its head's title
    ("It followed a joint inspection by gardaí, and a file was sent to the Director of Public Prosecutions.",
     {"An Garda Síochána": "government", "Director of Public Prosecutions": "government"}),
    ("Director of Public Prosecutions Noordin Haji said the case was strong.",
     {"Director of Public Prosecutions": "government", "Noordin Haji": "person"}),
    # a department whose name holds a comma
    ("The work is funded by the UK Foreign, Commonwealth and Development Office.",
     {"Foreign, Commonwealth and Development Office": "government"}),
    # a table of grantees: each cell of its first column a body (an acronym after it is an alias)
    ("Our grantees this year:\n\nOrganisation | Country | Award\nShanti Jeevan Sangathan | Nepal | 240,000\n"
     "Brick by Brick Collective | India | 400,000\nMekong Legal Aid Collective (MLAC) | Cambodia | 150,000\n"
     "Partner NGO shelters | Kenya | 20,000\n",
     {"Shanti Jeevan Sangathan": "ngo", "Brick by Brick Collective": "ngo", "Mekong Legal Aid Collective": "ngo"}),
])
def test_actors_of_round_126(run_text, text, expected):
    got = {a.name: a.actor_kind for a in run_text(text, kind="news").actors}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a ministry's portfolios listed with commas; a list of bodies is no list of portfolios
    ("The Ministry of Commerce, Industries, Labour and Immigration (MCILI) said 14 camps were inspected.",
     {"Ministry of Commerce, Industries, Labour and Immigration": "government"}),
    ("The Ministry of Labour, Police and Customs officers met in Honiara.", {"Ministry of Labour": "government"}),
    # a body after its descriptor and what kind it is, its name opening in a small letter
    ("Mihai Stanciu, a coordinator at the anti-trafficking NGO eLiberare, said the numbers were low.",
     {"Mihai Stanciu": "person", "eLiberare": "ngo"}),
])
def test_actors_of_round_127(run_text, text, expected):
    got = {a.name: a.actor_kind for a in run_text(text, kind="news").actors}
    assert got == expected


def test_a_table_of_witnesses_names_people_and_the_bodies_beside_them(run_text):
    text = ("The committee heard three witnesses.\n\nWitness | Organization | Appearance\n"
            "Katherine Lau, Director General | Public Safety Canada | In person\n"
            "Joy Mensah | As an individual | In person\n")
    got = {a.name: a.actor_kind for a in run_text(text, kind="news").actors}
    assert got == {"Katherine Lau": "person", "Public Safety Canada": "government", "Joy Mensah": "person"}


def test_a_given_name_that_is_a_countrys_before_a_surname_and_an_age(run_text):
    facts = run_text("His right-hand man, Jordan Price, 22, of Port Tennant, was jailed for four years.", kind="news")
    assert [(a.name, a.actor_kind) for a in facts.actors] == [("Jordan Price", "person")]
    assert [(q.text, q.category) for q in facts.quantities][0] == ("22", "age")


def test_a_portfolio_with_against_in_a_list(run_text):
    text = ("The case went to the Court of First Instance for Criminal Matters, Drug Trafficking and Crimes against "
            "the Environment of Huehuetenango on Monday.")
    assert [a.name for a in run_text(text, kind="news").actors] == [
        "Court of First Instance for Criminal Matters, Drug Trafficking and Crimes against the Environment of Huehuetenango"]


@pytest.mark.parametrize(("text", "expected"), [
    # an Irish company's legal form ends its name; two companies joined by "and" stay two
    ("The group owns Harbour Retail Ireland DAC and Lindqvist Tools GmbH.",
     {"Harbour Retail Ireland DAC": "company", "Lindqvist Tools GmbH": "company"}),
    # the OECD and its aid committee are international bodies, not a company
    ("Members of the OECD DAC pledged more aid.", {"OECD Development Assistance Committee": "international"}),
    # a business named by its trade: a bar, a karaoke, a guest house
    ("She worked at the Blue Parrot Sports Bar and later at the Sunrise Guest House in Couva.",
     {"Blue Parrot Sports Bar": "company", "Sunrise Guest House": "company"}),
    # the UN's agencies by what they do
    ("Help came from the United Nations refugee agency (UNHCR).", {"UNHCR": "international"}),
    # "Community" ends no person's name
    ("The Living Stream Community said 40 women had asked for help.", {}),
    # a role with the post's field in brackets; two roles joined by "and" in one apposition
    ("Nimal Perera, Deputy General Manager (Welfare) at the SLBFE, said the bureau paid out.",
     {"Nimal Perera": "person", "Sri Lanka Bureau of Foreign Employment": "government"}),
    ("Chea Vanna, a secretary of state at the Ministry of Interior and deputy chair of the National Committee for "
     "Counter Trafficking (NCCT), rejected the assessment.",
     {"Chea Vanna": "person", "Ministry of Interior": "government",
      "National Committee for Counter Trafficking": "government"}),
    # a constable's abbreviated rank; counsel named by whom they represent
    ('"It did not meet the threshold," said Const. Marie Tremblay, a police spokesperson.',
     {"Marie Tremblay": "person"}),
    ("Questioned by Rhodri Evans, representing Morgan, the officer agreed.", {"Rhodri Evans": "person"}),
    # a given name alone after "One of them," or starred as changed, then an age
    ("One of them, Dilrukshi, a 41-year-old mother of two from Galle, left in 2015.", {"Dilrukshi": "person"}),
    ("Amina*, 16, from Kassala, was sold to a farmer.", {"Amina": "person"}),
    # a plural title before a list of names: each holds it in the singular
    ("Present: Councillors Ruth Ellis, Omar Haddad and Peter Quinn.",
     {"Ruth Ellis": "person", "Omar Haddad": "person", "Peter Quinn": "person"}),
    # a descriptor whose name is in small letters names no body on its own
    ("Sara Borg, a lawyer with the human rights NGO solidarja collective, said the law failed them.",
     {"Sara Borg": "person"}),
    # a programme named in quotes after a comma and "named"
    ('The scheme, named "Safe Crossing", trains border officers.', {"Safe Crossing": "program"}),
    # a clinic "for" whom
    ("The Bayanihan Legal Clinic for Migrant Workers took 30 cases.",
     {"Bayanihan Legal Clinic for Migrant Workers": "ngo"}),
    # Dutch names' small words
    ("An NGO, Stichting Hulp tegen Uitbuiting, gave shelter.", {"Stichting Hulp tegen Uitbuiting": "ngo"}),
    # a column's name before a byline, set off by a dot
    ("**Fact Check** · By Achieng Otieno · Kisumu · 3 May 2024\n\nThe claim is false.", {"Achieng Otieno": "person"}),
    ('Jacobus "Koos" van der Merwe, 52, was charged.', {"Jacobus van der Merwe": "person"}),
    ("Wilma Jacobs, a researcher at the Women on Farms Project, said so.",
     {"Wilma Jacobs": "person", "Women on Farms Project": "program"}),
    ("The victims were taken to the Khon Kaen Shelter for Children and Families.",
     {"Khon Kaen Shelter for Children and Families": "ngo"}),
    # a royal title that names a town
    ("The workers lived outside Prince Alfred Hamlet.", {}),
    ("The Ministry of Solidarity and the Fight Against Poverty ran three shelters.",
     {"Ministry of Solidarity and the Fight Against Poverty": "government"}),
    ("Sofía Camey, a spokeswoman for El Refugio de la Niñez, said so.",
     {"Sofía Camey": "person", "El Refugio de la Niñez": "ngo"}),
    ("Groups such as the Montenegrin Women's Lobby took part.", {"Montenegrin Women's Lobby": "ngo"}),
    ("Dwayne 'Scrapper' Whyte, 46, was jailed.", {"Dwayne Whyte": "person"}),
    ("When Olena, 34, arrived in Chisinau she had no money.", {"Olena": "person"}),
    # a connector runs to a bracketed acronym only when the acronym holds the name's first initial
    ("The case came from the Australian Federal Police to the Philippine National Police Women and Children "
     "Protection Center (PNP-WCPC).", {"Australian Federal Police": "government",
                                       "Philippine National Police Women and Children Protection Center": "government"}),
    ("The International Commission against Impunity in Guatemala (CICIG) said so.",
     {"International Commission against Impunity in Guatemala": "international"}),
    ("The Anti-Human Trafficking and Child Protection Unit of the Directorate of Criminal Investigations took 24 cases.",
     {"Anti-Human Trafficking and Child Protection Unit": "government",
      "Directorate of Criminal Investigations": "government"}),
    # a Philippine court named with its seat before its branch
    ("The case went to the Regional Trial Court of Pasay City, Branch 116.",
     {"Regional Trial Court of Pasay City, Branch 116": "government"}),
    # round 134: a provincial premier; a reporter after "by:" in small letters
    ("Isabel Provincial Premier Rodney Kikolo said the province welcomed loggers.", {"Rodney Kikolo": "person"}),
    ("Massage sting nets three arrests\nby: Kayla Brennan\n\nPolice arrested three men.", {"Kayla Brennan": "person"}),
    # a letter's signer under its closing, the post on the next line; an operation after "reflects" is no speaker
    ("We hope this helps.\n\nYours sincerely,\n\nRachel Ainsworth\nInformation Access Officer\nLancashire Constabulary",
     {"Rachel Ainsworth": "person", "Lancashire Constabulary": "government"}),
    ("The rise largely reflects Operation Kestrel, a county-wide investigation.", {"Operation Kestrel": "program"}),
])
def test_actors_of_rounds_131_to_134(run_text, text, expected):
    got = {a.name: a.actor_kind for a in run_text(text, kind="news").actors}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a surname alone after a title, then a clause only a person takes
    ("Senator Hontiveros, who chairs the committee, said the raid was overdue.", {"Hontiveros": "person"}),
    # a pair named by their tie: the tie is no given name
    ("Brothers Arben Hoxha, 41, and Ilir Hoxha, 36, deny the charges.", {"Arben Hoxha": "person", "Ilir Hoxha": "person"}),
    # a caption's credits: in capitals; an agency and a photographer after the caption's full stop
    ("Officers process the travellers at the border post. Picture by MUTALE KANGWA", {"MUTALE KANGWA": "person"}),
    ("Most of the victims were exploited in the sex trade. Keystone / Lena Aebischer", {"Lena Aebischer": "person"}),
    ("A building site in Novi Sad (Photo: Belgrade Wire/Nikola Savić)",
     {"Belgrade Wire": "media", "Nikola Savić": "person"}),
    # an office with the country it sits in, when the acronym after them names them together
    ("The United Nations Integrated Peacebuilding Office in the Central African Republic (BINUCA) held workshops.",
     {"United Nations Integrated Peacebuilding Office in the Central African Republic": "international"}),
    # a law named by its acronym before "Act" is no body
    ("He faces a count under the Georgia Racketeer Influenced and Corrupt Organizations (RICO) Act.", {}),
    # a headline's verb is no surname
    ("Attorney General Holloway Announces Indictment of Three in Atlanta Ring", {}),
    # gazetteer: small letters where the body writes its name so
    ("Sara Borg, a policy officer at aditus foundation, said so.",
     {"Sara Borg": "person", "aditus foundation": "ngo"}),
    ("Agencies must register through India's eMigrate system.", {"eMigrate": "program"}),
    ("Groups such as Jama'at Nusrat al-Islam wal-Muslimin (JNIM) recruit youths.",
     {"Jama'at Nusrat al-Islam wal-Muslimin": "armed_group"}),
    # the end of another name's "for ... and the ..." is no list of portfolios
    ("Contact: ILO Regional Office for Asia and the Pacific, Communication and Public Information Unit",
     {"ILO Regional Office for Asia and the Pacific": "international",
      "Communication and Public Information Unit": "government"}),
    # round 137: a UN agency's country office with its country; a byline with its date after one space
    ("The course was organized by the UNODC Country Office in Pakistan.",
     {"UNODC Country Office in Pakistan": "international"}),
    ("Grower jailed\n\nBy Sanne de Wit 8 February 2024, 16:12 Updated 17:40\n\nThe court ruled.",
     {"Sanne de Wit": "person"}),
    # a broadcaster credited for a photo is no photographer
    ("The courthouse, where the verdict was given. (Photo: Omroep Zuid)", {}),
    # gazetteer: a wire's dateline credit, a paper spoken to
    ("GEORGETOWN, Guyana, Jul 13, CMC - A judge ruled. She told Awoko that the case was won.",
     {"Caribbean Media Corporation": "media", "Awoko": "media"}),
    # round 138: a minister's portfolio, then an honorific and the name: the portfolio is no body; "Secretary of State
    # for ..." neither; a caption's "Pic by"
    ("Deputy Minister of Foreign Affairs and International Trade Mr Tendai Mhlanga said 30 women were home.",
     {"Tendai Mhlanga": "person"}),
    ("To ask the Secretary of State for the Home Department, how many were charged.", {}),
    ("Relatives greet returnees at the airport. (Pic by Priyantha Hewage)", {"Priyantha Hewage": "person"}),
])
def test_actors_of_rounds_135_to_138(run_text, text, expected):
    got = {a.name: a.actor_kind for a in run_text(text, kind="news").actors}
    assert got == expected


def test_a_plural_titles_holders_take_it_in_the_singular(run_text):
    facts = run_text("Present: Councillors Ruth Ellis, Omar Haddad and Peter Quinn.", kind="news")
    assert {a.role for a in facts.actors} == {"Councillor"}


def test_a_plural_title_in_a_title_case_headline_names_nobody(run_text):
    text = "Senators Demand Answers as Child Trafficking Cases Surge\n\nSenators Ruth Ellis and Omar Haddad asked why."
    assert [a.name for a in run_text(text, kind="news").actors] == ["Ruth Ellis", "Omar Haddad"]


def test_contact_lines_with_the_city_first_and_no_office(run_text):
    text = ("For more information, please contact:\nIn Lima, Tomás Quispe Arana, quispet@example.org, +51 987 220 316\n"
            "In Kigali: Eugénie Uwase, IOM Office for East, Horn and Southern Africa, Tel: +250 788 555 302\n")
    got = {a.name: (a.role, a.affiliation) for a in run_text(text, kind="news").actors if a.actor_kind == "person"}
    assert got == {"Tomás Quispe Arana": ("media contact", None),
                   "Eugénie Uwase": ("media contact", "IOM Office for East, Horn and Southern Africa")}


def test_an_affiliation_that_is_an_acronym_the_text_spells_out_is_no_second_body(run_text):
    text = ("Detectives of the National Bureau of Investigation (NNI) arrested seven suspects on Tuesday.\n\n"
            '"They were chosen," Lieutenant Colonel Gábor Németh, head of the NNI\'s trafficking department, said.')
    got = {a.name: a.aliases for a in run_text(text, kind="news").actors}
    assert got == {"National Bureau of Investigation": ["NNI"], "Gábor Németh": []}


@pytest.mark.parametrize(("text", "expected"), [
    # round 139: a company's legal form in small letters ("plc", the Polish "sp. z o.o."); a place before "as" is no
    # part of the name after it
    ("It describes the steps that Harcourt & Vale Hotels plc and its subsidiaries took.",
     {"Harcourt & Vale Hotels plc": "company"}),
    ("The agency, registered in Gniezno as Pro-Work Serwis sp. z o.o., supplied 130 workers.",
     {"Pro-Work Serwis sp. z o.o.": "company"}),
    # a name after a verb's "to", then a role between commas
    ("Questions can go to Ingrid Solberg, senior programme officer at the foundation.", {"Ingrid Solberg": "person"}),
    # a title ending in "of Police" keeps the name after it out of the body's name that follows
    ('"We cannot work alone," said Assistant Commissioner of Police Moses Kato of the Uganda Police Force.',
     {"Moses Kato": "person", "Uganda Police Force": "government"}),
    # a rank before any title: "Assistant" before "Chief Executive" (longer than the listed "Assistant Chief")
    ("Assistant Chief Executive Leota Sina Faleolo said the ministry had referred the matter.",
     {"Leota Sina Faleolo": "person"}),
    # a speaker named with a body written in small letters
    ("Maria Lopez of the local workers' union told reporters it had received complaints.", {"Maria Lopez": "person"}),
    # a paper spoken to, its name's last word a paper's; one word after "from"
    ("One of the men told the Reformer through an interpreter.", {"Reformer": "media"}),
    ("Speaking to the Samoa Observer from his village, one man said he was cheated.", {"Samoa Observer": "media"}),
    # a role in small letters with its seat, then the name between commas, and no speech verb
    ("The Bolivian consul in Buenos Aires, Fernando Quispe, visited the injured in hospital.",
     {"Fernando Quispe": "person"}),
    # a place is no person, whatever stands round it
    ("Justice Centre Hong Kong, whose 2016 study estimated the share, said so.", {"Justice Centre Hong Kong": "ngo"}),
    # gazetteer: a union, an immigration authority, a standard and a charity for grant data
    ("Piotr Sadowski of the Solidarność union said the agency broke the law.",
     {"Piotr Sadowski": "person", "NSZZ Solidarność": "ngo"}),
    ("Some officials at Maldives Immigration accepted bribes.", {"Maldives Immigration": "government"}),
    ("Grants are published to the 360Giving and IATI registries.",
     {"360Giving": "ngo", "International Aid Transparency Initiative": "international"}),
    # round 140: the name written again in its own script in brackets before the role's comma
    ("Huang Chih-wei (黃志偉), deputy director-general of the agency, told reporters the agency would hire more.",
     {"Huang Chih-wei": "person"}),
    # a country's name opening a sentence opens the body's name
    ("Such as rape. New Zealand Police initiated 16 investigations.", {"New Zealand Police": "government"}),
    # a title, the body it is held in, the name, then ", who"
    ("Permanent Secretary in the Ministry of Justice Marcia Thompson-Blake, who chairs the task force, spoke.",
     {"Ministry of Justice": "government", "Marcia Thompson-Blake": "person"}),
    # an Egyptian judge's title; British detectives' ranks abbreviated
    ("The court, headed by Counsellor Mohamed Fathy El-Sherbiny, convicted the 11 defendants.",
     {"Mohamed Fathy El-Sherbiny": "person"}),
    ("Present: DI Mark Hollis (West Midlands Police).", {"Mark Hollis": "person", "West Midlands Police": "government"}),
    # accused in Kenya's case titles; a court named by its kind with its seat after a comma in a table's cell
    ("Case | Court\nRepublic v. Ali Said Bakari & another | Law Courts, Kwale\n",
     {"Ali Said Bakari": "person", "Law Courts, Kwale": "government"}),
    # gazetteer
    ("FIFA and Maritime New Zealand replied; Femili PNG, Fokupers and Linava did not.",
     {"FIFA": "international", "Maritime New Zealand": "government", "Femili PNG": "ngo", "Fokupers": "ngo",
      "Linava": "ngo"}),
])
def test_actors_of_rounds_139_to_142(run_text, text, expected):
    got = {a.name: a.actor_kind for a in run_text(text, kind="news").actors}
    assert got == expected


def test_a_mention_read_twice_keeps_the_body_either_reading_gives(run_text):
    # the title's reading and the table's ("Name | Organisation") are one person with the table's body
    facts = run_text("Present\n\nName | Organisation\nDI Claire Hobbs | Sussex Police\n", kind="news")
    person = next(a for a in facts.actors if a.name == "Claire Hobbs")
    assert (person.role, person.affiliation) == ("DI", "Sussex Police")
