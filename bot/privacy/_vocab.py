"""Small closed word classes that steer the proper-noun detector."""

from __future__ import annotations

from ._everyday_acronyms import capitals as everyday_acronyms

# Titles read as part of the name after them, with or without a full stop ("Fr. Ronan").
TITLES = frozenset(
    "mr mrs ms mx miss dr prof sr sra srta fr rev revd br sgt capt det insp mme mlle dra "
    "mdm ma'am maam".split()
)

# Titles of other languages (and a few English ones) written as abbreviations, read as titles
# with their full stop ("Dhr. Jansen", "Mevr. de Vries", "Bpk. Yohanis", "Lic. Urdaneta",
# "Atty. Reyes"): without it several are everyday words or acronyms ("dna", "pte", "lt").
# Abbreviations also used for subjects, units or places ("Ing.", "Eng.", "Gen.", "Col.", "Hon.",
# "Mag.", "Mw.") are left out: "studied Ing. Civil", "Gen. Ed", "a 5 Mw. plant".
DOTTED_TITLES = frozenset(
    # Dutch and Flemish: heer, mevrouw, mejuffrouw, dominee, doctorandus, ingenieur
    "dhr mevr mej ds drs ir"
    # German, Austrian and Nordic: Herr, Herrn, Magister, Diplom-
    " hr hrn dipl"
    # Spanish: licenciado/a, arquitecto, abogado, maestro/a, doña, profesora, presbítero
    " lic licda licdo arq abg abog mtro mtra dña profa pbro"
    # Italian: dottore, avvocato, signore, signora; Romanian: doamna, domnul
    " dott avv sig sigra dna dl"
    # Polish, Czech and Slovak degrees used as titles: magister, inżynier, MUDr., JUDr., PhDr.
    " mgr inż mudr judr phdr"
    # Indonesian and Malay: Bapak, Saudara, Saudari, Hajjah, Pendeta, Ustaz
    " bpk sdr sdri hj pdt ustz"
    # Filipino: Ginang, Binibini, attorney, engineer, kagalang-galang
    " gng bb atty engr kgg"
    # English offices and ranks
    " cllr supt cpl pte lt maj".split()
)
# Those that are no word of any language read as titles without the full stop too ("Bpk
# Yohanis", "Hj Siti", "Dhr Jansen").
BARE_TITLES = frozenset("dhr mevr bpk hj sdri atty engr gng licda licdo mtra mtro".split())

# Words that announce a person right after them: "her sister Rosa", "sponsor Dolores".
RELATIONS = frozenset(
    """
    son sons daughter daughters sister sisters brother brothers mom mum mother dad father parent
    aunt auntie uncle cousin niece nephew wife husband partner spouse fiance fiancé fiancee
    boyfriend girlfriend bf gf ex friend bestie buddy neighbor neighbour roommate boss manager
    supervisor coworker co-worker colleague sponsor teacher coach counselor therapist doctor
    nurse pastor priest rabbi imam grandmother grandfather grandma grandpa granny grandson
    granddaughter great-granddaughter great-grandson great-grandmother stepson stepdaughter
    stepmom stepmother stepdad stepfather child kid kids baby toddler twin tía tío tia tio
    abuela abuelo mentor caseworker landlord cousin's named called nicknamed w/ with
    client patient carer caregiver
    """.split()
)

# Practitioners' shorthand for the people they write about, typed in lower case in chat:
# young person, client, patient, social worker, key worker, health visitor, dear daughter,
# son, husband, wife ("yp said", "dd ellie"). Capitalised, such a pair is as often initials.
PEOPLE_SHORTHAND = frozenset("yp yps cl clt pt pts sw kw hv dd ds dh dw".split())

# After a name: verbs that tell us the word before them is a person.
PERSON_VERBS = frozenset(
    """
    said says say told tells reported reports noticed notices felt feels called calls texted
    texts went goes came comes gave gives got gets put puts skipped skips tried tries used uses
    wants wanted stayed stays walked walks drove drives asked asks shared shares described
    describes answered answers agreed agrees admitted admits cried cries laughed laughs smiled
    smiles started starts stopped stops managed manages decided decides rated rates scaled
    scales mentioned mentions explained explains emailed emails messaged dm'd replied replies
    responded responds thinks thought believes believed knows knew loves loved hates hated
    likes liked needs needed seemed seems looked looks sounded sounds sat sits slept sleeps
    woke wakes ate eats worked works lives lived moved moves left leaves arrived arrives
    showed shows brought brings helped helps noted notes remembered remembers forgot forgets
    wrote writes sent sends kept keeps joined joins attended attends found finds made makes
    took takes did does didn't doesn't can't couldn't won't wouldn't isn't wasn't hasn't
    hadn't cancelled canceled missed misses booked books showed-up relapsed relapses
    finished finishes completed completes identified identifies named names chose chooses
    filled fills handled handles practiced practices practised described came showed
    forgave forgives spoke speaks sang sings wept weeps swore swears hugged hugs kissed kisses
    shouted shouts yelled yells whispered whispers promised promises refused refuses insisted
    insists apologised apologized apologises apologizes confided confides disclosed discloses
    complained complains argued argues joked jokes grinned grins nodded nods shrugged shrugs
    sighed sighs panicked panics phoned phones rang rings met meets visited visits hoped
    hopes wished wishes prayed prays taught teaches learned learnt learns studied studies
    cooked cooks baked bakes danced dances drank drinks swam swims ran runs bought buys paid
    pays wore wears chose held holds won wins lost loses slept
    """.split()
)

# Kinship and everyday words of other languages that are also given names or places: after
# "her", "his", "the" they are the word ("her Lola and Lolo", "help with the kai").
OWNED_WORD_NAMES = frozenset(
    {
        "lola",
        "bebe",
        "kai",
        "ama",
        "mimi",
        "gigi",
        "nona",
        "lala",
        "koko",
        "nokomis",
        "chai",
        "da",
        "imo",
        "jie",
        "abi",
        "ummi",
        "nene",
        "mamie",
        "ima",
        "ba",
        "nena",
        "ayat",
        # Turkish "anne" (mother); Kazakh, Kyrgyz and Turkish "ata" (father, grandfather),
        # Kyrgyz and Kazakh "ene" (mother), Azerbaijani "xala" (aunt), Slavic "tate" (dad)
        "anne",
        "ata",
        "ene",
        "xala",
        "tate",
    }
)

# Extra cues accepted for words that cannot be everyday English.
WEAK_PERSON_CUES = frozenset({"is", "was", "has", "had", "and", "will", "would", "can", "could"})

# A capitalised word after these is a place unless it looks like a person.
PLACE_PREPS = frozenset(
    """
    in from near to around outside inside visiting toward towards through via across
    into downtown
    """.split()
)
ORG_PREPS = frozenset({"at", "for", "joined", "attends", "attending", "employer"})

STREET_SUFFIXES = frozenset(
    """
    st street ave avenue rd road blvd boulevard way lane ln drive dr ct court pl place terrace
    ter hwy highway pkwy parkway circle cir loop trail square sq alley row crescent
    concourse esplanade quay mews wynd promenade causeway expressway turnpike
    """.split()
)
AREA_SUFFIXES = frozenset(
    """
    hill hills heights park valley village ridge beach harbor harbour island lake creek springs
    falls grove gardens point junction county district township estates commons crossing
    bay landing
    """.split()
)
ORG_SUFFIXES = frozenset(
    """
    school elementary middle high academy college university institute hospital clinic center
    centre church temple mosque synagogue inc llc corp corporation company co bank foundation
    association service services trust council society market pharmacy library prep preschool
    daycare ymca primary secondary infants juniors nursery kindergarten kindy assembly
    fellowship tabernacle chapel cathedral ministries cooperative co-operative hub refuge
    shelter club fc afc rfc gym harriers rovers wanderers project counselling counseling
    fostering outreach
    """.split()
)
# Words that say what kind of place an organisation is, not which one: a run made only of
# these and organisation nouns ("Sixth Form College", "Social Services", "the Community
# Centre", "Art Club") names a kind of service, found in every town, and is kept.
GENERIC_ORG_WORDS = frozenset(
    """
    community boarding sixth form recovery social mental health public private state local
    grammar comprehensive special secondary primary high middle junior senior infant infants
    women's womens men's mens youth family families children's childrens kids adult adults
    day night sunday bible further higher education medical dental general regional national
    citizens advice job food housing support care nursing residential rehab detox crisis
    walk-in urgent emergency maternity psychiatric drop-in after-school breakfast homework art
    arts music sports sport football netball rugby cricket boxing chess book drama dance
    swimming running walking parents parent carers elders seniors student students staff
    school schools church parish village town city county district hospital clinic council
    jobcentre polytech polytechnic uni university college academy library pool leisure
    fitness wellbeing well-being wellness peer counselling counseling therapy addiction
    addictions alcohol drug drugs refugee refugees migrant migrants disability disabilities
    autism hearing sight deaf blind victim victims tenants residents veterans lunch
    women men children girls boys ladies mothers fathers people fire police ambulance
    probation prison kingdom home hall
    after glee young farmers cadets scouts guides brownies cubs premier league knitting
    gardening craft crafts cycling golf tennis hockey basketball baseball soccer badminton
    debate debating choir choral photography computer coding science maths math history
    language reading writing nature outdoor hiking fishing sailing surf surfing riding pony
    gymnastics karate judo taekwondo martial yoga pilates singing film games gaming lego
    """.split()
)
NAME_CONNECTORS = frozenset(
    """
    de del della da das dos di du des van von vander la le bin binti binte bint ibn ben al el ter
    ten den der op y af ap
    """.split()
)

# Verbs of speaking of the Caribbean creoles and the Melanesian pidgins ("di teacher seh she
# good", "pastor sey", "mama talem"): after a person or a title they stand where a name would,
# but are the verb.
CREOLE_SAYING = frozenset("seh sey talem tokim".split())

# Verbs after a capitalised everyday word ("Chance said") that show it is a person.
STRONG_PERSON_VERBS = frozenset(
    """
    said says told tells texted texts called calls noticed notices cried laughed smiled asked
    asks wants wanted decided agreed admitted rated rates scaled mentioned explained replied
    thinks thought believes knows loves hates emailed messaged dm'd dmd rang phoned noted
    reported reports shared answered described drove drives came comes stayed tried tries
    joined visited visits brought checked sat saw sees went goes got gets has had is was
    """.split()
)
# Verbs only a person does: after a word-name opening a sentence ("Patience giggled",
# "Bear apologised", "Autumn reckons") they make it a name, where "kept" or "walks" would
# not ("Rain kept the group indoors", "River walks help").
PERSON_ONLY_VERBS = frozenset(
    """
    apologised apologized apologises apologizes confessed confesses giggled giggles nodded
    nods waved waves hummed hums reckons reckoned shrugged shrugs grinned grins sighed sighs
    whispered whispers hugged hugs forgave forgives joked jokes winked winks blushed blushes
    chuckled chuckles frowned frowns sobbed sobs wept weeps prayed prays volunteered
    volunteers greeted greets teased teases confided confides disclosed discloses promised
    promises insisted insists complained complains argued argues admitted admits realised
    realized realises realizes wondered wonders listened listens begged begs thanked
    thanks shouted shouts yelled yells swore lied enrolled graduated revised
    journaled journalled showered emailed emails phoned phones messaged texted texts
    cooked baked practised practiced studied danced hopes hoped wished wishes remembered
    remembers forgot forgets spoke
    """.split()
)
# Speech and perception verbs: after a capitalised everyday word mid-sentence they make it
# a name ("her GP Fi said"), where "is" or "went" would not ("Mother's Day is hard").
SPEECH_VERBS = frozenset(
    """
    said says told tells texted texts called calls noticed notices asked asks rated replied
    cried laughed smiled emailed messaged rang phoned agreed admitted mentioned explained
    """.split()
)
# Nouns after a capitalised word that make it a surname: "the Gill family".
FAMILY_NOUNS = frozenset({"family", "families", "household", "kids", "clan", "twins"})
# Words after an initial that start a new sentence rather than continue the name.
SENTENCE_OPENERS = frozenset(
    "she he they we i it her his their the a an this that then but and so you our my".split()
)

# Acronyms that are never identifiers: clinical, therapy, services, everyday.
KNOWN_ACRONYMS = frozenset(
    """
    AA NA CA SMART ADHD ADD ASD OCD PTSD CPTSD BPD GAD MDD SAD PPD PND ED EDNOS ARFID DID
    SUD AUD TBI CP MS IBS CFS ME POTS HIV AIDS STI STD UTI COVID CBT DBT ACT EMDR IFS SFBT
    MI ERP CPT PE TF MBCT MBSR EFT EFIT IPT CAT CFT NET SE TIPP STOP DEAR MAN GIVE FAST PLEASE
    ABC ACCEPTS IMPROVE PHQ GAD ORS SRS CORE PCL BDI BAI AUDIT DAST ACE ACES SUDS SUD WHO
    GP ER ICU ED NHS A&E OT PT SLP RN LPN NP PA MD DO PHD PSYD LCSW LMFT LPC LMHC MSW BSW
    CEO HR IT PR UK US USA EU UN NZ AU CA IEP IFSP SEN SENCO CAMHS CMHT CPN CPS DCF DSS
    SSI SSDI SNAP WIC EBT SSRI SNRI MAOI ADHD TV PC ID DM DMS PM AM OK OMG LOL LMAO TBH IDK
    IMO BTW FYI ASAP RSVP TLC BFF BF GF DIY ATM PIN SMS PDF FAQ USB WIFI GPS ETA APP
    II III IV VI VII VIII IX XI XII BC AD CE BCE BMI BP ECG EKG MRI CT ENT OB GYN IUD IVF
    NICU PICU ADL ADLS IOP PHP OP IP RTC SOC CBD THC LSD MDMA GHB DUI DWI CPR AED EMS EMT
    DOB MRN SSN NI PPS SIN NOK DSHS DHS DCFS DCF HMO PPO EAP PCP CPAP BIPAP NSAID TENS
    ECT TMS ADHD OTC
    PTA PTO SAT ACT GCSE GCSES NCEA VCE ATAR GED PE RE DT STEM
    DASS IES EPDS WEMWBS SWEMWBS SDQ RCADS CDI MADRS HAMD HAMA YBOCS ASRS AQ MOCA MMSE CIWA
    COWS CSSRS PSWQ OCI LSAS PDSS ISI PSQI CRAFFT CAGE PANSS YMRS EDE EDEQ SCOFF ITQ DES MDQ
    PAI MMPI WAIS WISC ADOS ADI HONOS WSAS CGAS GAF CAPS PSS SWLS RSES BRS CDRISC EQ
    DDP PCIT FFT MST MDFT FBT MBT TFP SFT AEDP ISTDP PCT NLP OARS DARN CRA CRAFT RODBT IPSRT
    BA IAPT EIP CRHT HTT AMHP DSL LAC CIN MASH LADO PIP ESA UC DLA JSA NDIS PHN
    SLT SALT HCA RMN RGN EHCP SEND DSM ICD MVP GOAT POV FOMO YOLO TMI SMH NVM TTYL IIRC OOO
    EOD COB KPI OKR BTS WW MDT TL TLDR VOC ASQ FSIQ VCI PRI WMI PSI GAI
    TSH FT4 FT3 LFT LFTS FBC CBC CRP ESR HDL LDL ALT AST GGT EGFR INR HBA1C UE CGI CGIS
    SPO2 ECHO EEG PET CSF ABG VBG BNP PSA HPV HCV HBV TB RSV OGTT
    IPL EPL NRL AFL NFL NBA MLB NHL PSL BBL MLS UFC WWE GAA BBC ITV RTE SABC NPR CNN SBS
    TVNZ RNZ KBS HBO CNY LNY
    CPD NVQ BTEC HND QQI FETAC SOS PH SG ZA KE NG ISBN ISSN DOI HCPCS HK GH ZW UG JM TT FJ PK
    KR HKID
    PRN TDS QDS DNA CYP IPV TBC TBA WIP POC RTW OOH UCAS KCSE KCPE WAEC NECO JAMB NEET SPM
    PSLE CXC CSEC UCAT CPF EPF UIF PAYE OFW PWD
    MSE BCBA RBT ABA DSH NSSI SI ODD FASD PDA DLD GDD ASC FBA BIP RTI MTSS PBIS FAPE LRE ESY
    TANF CHIP LIHEAP CCB OAS CPP AISH ODSP CERB NIHB GPMP WFF NSFAS SRD
    CSSA DSE HKDSE JUPAS SQA WJEC CAPE IB AP PSAT BSC MSC BBQ BLT
    AAU NJCAA NAIA AFCON WAFCON CPL KPL BPL ODI UEFA NCAA WNBA NBL SPL TVB ABS CBN GMA MBC CBC
    APTN PBS CBS
    NBC ESPN MTV BET PTV ARY KTN NTV KBC
    ALN IDP AHP PEP CIC CLA LAC EHA TAC CAF FSW ESW SEMH SPLD MLD PMLD SLCN
    MSI BESD BSL ASL ELL ESL ESOL EAL IELTS TOEFL NVQ BTEC HND GNVQ SVQ WASSCE BECE NCE OND
    KCPE CBC JSS ZIMSEC ECZ MSCE UACE UCE PLE STPM SPM UPSR PMR PT3 NAPLAN HSC VCE QCE SACE WACE
    STR BR1M BSH MYSKILLS OKU
    4PS SAP UMID PSL NHI SRD UIF TERS WHO
    OT ACT NCEA NGO NGOS CBO FBO
    MBTA TTC NEPA PHCN OPD MSP CAS JAMB WAEC NECO
    PESEL CURP JMBG AMKA CNIC PPSN NINO
    HIPAA HITECH FERPA GDPR PIPEDA PHIPA PHI BAA ROI ROIS NPI CAQH EHR EMR CEU CEUS CCBHC FQHC
    RSW RSWS LMSW LCPC LPCC LCMHC LPCA LMFTA ACSW CADC LADC CASAC NCC
    PST PDT PT EST EDT CST CDT MST MDT AKST HST GMT BST UTC IST CET CEST EET EEST WET AEST
    AEDT ACST ACDT AWST NZST NZDT SAST WAT EAT JST KST HKT SGT PHT
    NB TODO TBD FWIW AFAIK PSA RP RCC CCC CCA QA
    """.split()
) | frozenset(w for w in everyday_acronyms() if w.isupper())  # data/everyday_acronyms.txt

INITIALISMS_KEPT = frozenset(
    {
        "U.S.",
        "U.K.",
        "A.M.",
        "P.M.",
        "E.G.",
        "I.E.",
        "B.A.",
        "M.A.",
        "M.S.",
        "R.N.",
        "M.D.",
        "N.A.",
        "A.A.",
        "N.B.",
        "P.S.",
        "B.S.",
        "D.O.",
        "L.C.S.W.",
        "P.T.",
        "O.T.",
        "E.R.",
        "I.V.",
        "T.V.",
        "A.S.A.P.",
        "R.S.V.P.",
        "U.S.A.",
        # school subjects written with stops: physical and religious education, design
        # technology, information technology, personal social and health education
        "P.E.",
        "R.E.",
        "D.T.",
        "I.T.",
        "P.S.H.E.",
        "D.B.T.",
        "C.B.T.",
        # labels of a form and clinical abbreviations: date of birth, next of kin, general
        # practitioner, also known as
        "D.O.B.",
        "N.O.K.",
        "G.P.",
        "A.K.A.",
        "A.D.H.D.",
        "O.C.D.",
        "P.T.S.D.",
        "N.H.S.",
    }
)
