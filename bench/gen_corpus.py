#!/usr/bin/env python3
"""Generate N synthetic Sahel security reports (French and English) for benchmarks.

Each report is a plain-text file with the seed corpus' date header (` date YYYY-MM-DD `), a
title line and 3-6 paragraphs built from templates with random actors, places, figures and
dates. Output is deterministic for a given --seed, and every text is unique (document ids are
sha256 of the normalized text, so duplicates would be stored once).

The templates, names lists and sentences are written for veille; place and group names are
common public names. The generated text is fiction and must not be read as news.

    python3 bench/gen_corpus.py --n 10000 --seed 7 --out bench/out/corpus-10000 [--lang fr|en|mix]
"""
import argparse
import hashlib
import os
import random
import sys

PLACES = {
    "ML": ["Gao", "Kidal", "Ménaka", "Tombouctou", "Mopti", "Ségou", "Boulkessi", "Douentza", "Léré", "Niono",
           "Tessalit", "Ansongo", "Bandiagara", "Diafarabé", "Nampala", "Hombori", "Bourem", "Anéfis"],
    "BF": ["Djibo", "Dori", "Fada N'Gourma", "Kaya", "Ouahigouya", "Arbinda", "Barsalogho", "Solenzo", "Diapaga",
           "Gorom-Gorom", "Sebba", "Titao", "Koudougou", "Tougan", "Nouna", "Pama"],
    "NE": ["Tillabéri", "Ouallam", "Banibangou", "Téra", "Diffa", "Agadez", "Tahoua", "Ayorou", "Torodi",
           "Makalondi", "Inatès", "Abala", "Bosso", "Tassara"],
}
COUNTRY_FR = {"ML": "Mali", "BF": "Burkina Faso", "NE": "Niger"}
COUNTRY_EN = COUNTRY_FR
ARMY_FR = {"ML": "les Forces armées maliennes (FAMa)", "BF": "l'armée burkinabè", "NE": "les Forces armées nigériennes"}
ARMY_EN = {"ML": "Mali's armed forces", "BF": "Burkina Faso's army", "NE": "Niger's armed forces"}
ADJ_FR = {"ML": "malien", "BF": "burkinabè", "NE": "nigérien"}
GROUPS_FR = ["le Groupe de soutien à l'islam et aux musulmans (JNIM)", "l'État islamique au Sahel",
             "des combattants du JNIM", "des hommes armés non identifiés", "des jihadistes présumés",
             "la katiba Macina", "Ansarul Islam"]
GROUPS_EN = ["the al-Qaeda-linked JNIM", "Islamic State Sahel Province", "suspected jihadists",
             "unidentified gunmen", "fighters of the JNIM coalition", "the Macina Liberation Front"]
PARTNERS_FR = ["la Russie", "la Turquie", "la Chine", "l'Algérie", "le Maroc", "les Émirats arabes unis"]
PARTNERS_EN = ["Russia", "Turkey", "China", "Algeria", "Morocco", "the United Arab Emirates"]
OFFICIALS_FR = ["le ministre de la Défense", "le porte-parole du gouvernement", "le chef d'état-major général",
                "le gouverneur de la région", "un haut responsable sécuritaire"]
OFFICIALS_EN = ["the defence minister", "a government spokesman", "the army chief of staff",
                "the regional governor", "a senior security official"]
SOURCES_FR = ["selon des sources sécuritaires", "d'après des sources locales", "selon un élu local",
              "a-t-on appris de source humanitaire", "selon un communiqué de l'armée"]
SOURCES_EN = ["security sources said", "local sources said", "a local official said",
              "humanitarian sources said", "the army said in a statement"]
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
BEARINGS_FR = ["au nord de", "au sud de", "à l'est de", "à l'ouest de", "au nord-est de", "au sud-ouest de"]
BEARINGS_EN = ["north of", "south of", "east of", "west of", "northeast of", "southwest of"]


def fr_number(r, n):
    return f"{n:,}".replace(",", "\u202f") if n >= 1000 else str(n)


def en_number(n):
    return f"{n:,}"


def fr_contract(s):
    """French article contractions after substitution: "de le JNIM" -> "du JNIM"."""
    for a, b in (("de le ", "du "), ("à le ", "au "), ("de les ", "des "), ("à les ", "aux "),
                 ("De le ", "Du "), ("À le ", "Au "), ("de l'État", "de l'État")):
        s = s.replace(a, b)
    return s


def report_fr(r):
    cc = r.choice(list(PLACES))
    place, other = r.sample(PLACES[cc], 2)
    g = r.choice(GROUPS_FR)
    army = ARMY_FR[cc]
    day = r.choice(WEEKDAYS_FR)
    src = r.choice(SOURCES_FR)
    off = r.choice(OFFICIALS_FR)
    km = r.choice([5, 10, 15, 20, 25, 30, 40, 50, 60, 80])
    dead = r.randint(2, 90)
    troops = r.choice([200, 300, 500, 800, 1200, 1500, 2000, 5000, 14000])
    kind = r.randrange(9)
    if kind == 0:
        title = f"{COUNTRY_FR[cc]} : au moins {dead} morts dans une attaque près de {place}"
        lead = (f"Au moins {dead} personnes ont été tuées {day} dans une attaque menée par {g} contre le village de "
                f"{other}, à {km} kilomètres {r.choice(BEARINGS_FR)} {place}, {src}.")
        more = (f"Les assaillants, arrivés à moto, ont incendié des greniers et emporté du bétail. "
                f"« Ils ont tiré sur tout ce qui bougeait », a raconté un habitant réfugié à {place}.")
    elif kind == 1:
        title = f"Embuscade contre un convoi de l'armée près de {place}"
        lead = (f"Un convoi escorté par {army} est tombé {day} dans une embuscade tendue par {g} entre {place} et "
                f"{other}. L'état-major fait état de {r.randint(2, 20)} soldats tués et affirme avoir « neutralisé » "
                f"une {r.choice(['dizaine', 'quinzaine', 'vingtaine', 'trentaine'])} d'assaillants.")
        more = f"Des sources locales évoquent un bilan plus lourd, d'au moins {dead} morts. Ce bilan n'a pas pu être vérifié."
    elif kind == 2:
        title = f"Frappe de drone dans la région de {place}"
        lead = (f"{army[0].upper() + army[1:]} ont mené {day} une frappe de drone contre un rassemblement de "
                f"combattants près de {other}, dans la région de {place}, {src}.")
        more = (f"L'armée affirme que « plusieurs terroristes » ont été tués. Des habitants assurent que des civils, "
                f"dont des enfants, figurent parmi les {dead} victimes, ce que l'armée dément.")
    elif kind == 3:
        title = f"{COUNTRY_FR[cc]} : {fr_number(r, troops)} soldats déployés dans le secteur de {place}"
        lead = (f"{off[0].upper() + off[1:]} a annoncé {day} le déploiement de {fr_number(r, troops)} hommes "
                f"supplémentaires dans le secteur de {place} pour « sécuriser les axes » menant à {other}.")
        more = f"Ces renforts doivent arriver d'ici la fin du mois, a-t-il précisé lors d'un point de presse."
    elif kind == 4:
        partner = r.choice(PARTNERS_FR)
        title = f"Accord de coopération militaire entre le {COUNTRY_FR[cc]} et {partner}"
        lead = (f"Le {COUNTRY_FR[cc]} et {partner} ont signé {day} à {place} un accord de coopération militaire "
                f"portant sur la formation, le renseignement et la fourniture d'équipements.")
        more = (f"« Nous allons fournir l'appui nécessaire à nos partenaires », a déclaré le représentant de {partner}, "
                f"qui a promis la livraison de {r.randint(2, 12)} hélicoptères d'ici {r.choice(MONTHS_FR)}.")
    elif kind == 5:
        title = f"Retrait des troupes de la base de {place}"
        lead = (f"{army[0].upper() + army[1:]} ont achevé {day} le retrait de leurs troupes de la base de {place}, "
                f"{src}. Les {fr_number(r, troops)} militaires ont été redéployés vers {other}.")
        more = f"Le gouvernement a démenti toute « débâcle » et parlé d'un « repositionnement tactique »."
    elif kind == 6:
        title = f"Manifestation à {place} contre l'insécurité"
        lead = (f"Plusieurs centaines de personnes ont manifesté {day} à {place} pour dénoncer la multiplication des "
                f"attaques dans la zone de {other}. La police a dispersé la foule à coups de gaz lacrymogène.")
        more = f"{r.randint(2, 40)} personnes ont été interpellées, selon un responsable de la société civile."
    elif kind == 7:
        title = f"Enlèvement de {r.randint(2, 30)} civils près de {place}"
        lead = (f"{g[0].upper() + g[1:]} ont enlevé {day} {r.randint(2, 30)} civils, dont des femmes, sur la route "
                f"reliant {place} à {other}, {src}.")
        more = f"Aucune revendication n'avait été publiée jeudi soir. Les autorités n'ont pas réagi."
    else:
        title = f"Le gouvernement {ADJ_FR[cc]} dément une attaque contre {place}"
        lead = (f"{off[0].upper() + off[1:]} a démenti {day} les informations faisant état d'une attaque contre le "
                f"camp militaire de {place}, qualifiant ces informations de « campagne de désinformation ».")
        more = f"Plusieurs comptes proches de {g} avaient pourtant revendiqué l'opération et diffusé des photos."
    contexts = r.sample([
        f"La région est en proie depuis plusieurs années aux violences de groupes jihadistes affiliés à Al-Qaïda et à l'État islamique, qui ont fait des milliers de morts et plus de {fr_number(r, r.randint(2, 20) * 100000)} déplacés.",
        f"Les pays de l'Alliance des États du Sahel (AES) ont annoncé en {r.choice(MONTHS_FR)} la création d'une force unifiée de {fr_number(r, 5000)} hommes.",
        f"Le {COUNTRY_FR[cc]}, dirigé par une junte depuis le coup d'État, s'est rapproché de la Russie après le départ des forces françaises.",
        f"Les attaques se sont multipliées ces derniers mois dans la zone des trois frontières, malgré les opérations de l'armée.",
        f"Depuis le début de l'année, plus de {fr_number(r, r.randint(3, 40) * 100)} écoles ont fermé dans la région de {place} en raison de l'insécurité, selon les Nations unies.",
        f"Les autorités de transition ont suspendu en {r.choice(MONTHS_FR)} plusieurs médias étrangers accusés de relayer la propagande des groupes armés.",
    ], 2)
    reaction = r.choice([
        f"Joint par téléphone, un responsable d'une organisation humanitaire présente à {place} a décrit une situation « extrêmement préoccupante » et appelé à protéger les civils.",
        f"Dans un communiqué publié le {r.randint(1, 28)} {r.choice(MONTHS_FR)}, la Communauté économique des États de l'Afrique de l'Ouest (Cédéao) a condamné les violences et appelé au dialogue.",
        f"« Nous ne céderons pas face aux terroristes », a affirmé {off}, cité par la télévision nationale.",
        "",
    ])
    close = r.choice(["", f"Une mission d'évaluation doit se rendre à {other} dans les prochains jours.",
                      f"Les communications téléphoniques restent perturbées dans la zone de {place}.",
                      "L'armée a annoncé des opérations de ratissage."])
    paras = [lead, more, reaction, *contexts, close]
    return "fr", title, [fr_contract(p) for p in paras]


def report_en(r):
    cc = r.choice(list(PLACES))
    place, other = r.sample(PLACES[cc], 2)
    g = r.choice(GROUPS_EN)
    army = ARMY_EN[cc]
    day = r.choice(WEEKDAYS_EN)
    src = r.choice(SOURCES_EN)
    off = r.choice(OFFICIALS_EN)
    km = r.choice([5, 10, 15, 20, 25, 30, 40, 50, 60, 80])
    dead = r.randint(2, 90)
    troops = r.choice([200, 300, 500, 800, 1200, 1500, 2000, 5000])
    kind = r.randrange(7)
    if kind == 0:
        title = f"At least {dead} killed in attack near {place}"
        lead = (f"At least {dead} people were killed on {day} when {g} attacked the village of {other}, "
                f"{km} km {r.choice(BEARINGS_EN)} {place}, {src}.")
        more = f"\"They shot at everyone they saw,\" a resident who fled to {place} told reporters."
    elif kind == 1:
        title = f"Army convoy ambushed near {place}"
        lead = (f"A convoy escorted by {army} was ambushed on {day} between {place} and {other}. The army said "
                f"{r.randint(2, 20)} soldiers were killed and claimed to have \"neutralised\" dozens of attackers.")
        more = f"Local sources put the toll at over {dead}, a figure that could not be independently verified."
    elif kind == 2:
        title = f"Drone strike near {place}"
        lead = (f"{army} carried out a drone strike on {day} against a gathering of fighters near {other}, in the "
                f"{place} region, {src}.")
        more = f"Residents said civilians were among the {dead} dead, which the army denied."
    elif kind == 3:
        title = f"{COUNTRY_EN[cc]} deploys {en_number(troops)} troops around {place}"
        lead = (f"{off[0].upper() + off[1:]} announced on {day} the deployment of {en_number(troops)} additional "
                f"troops to the {place} area to secure the roads to {other}.")
        more = "The reinforcements are due to arrive by the end of the month, he told a news conference."
    elif kind == 4:
        partner = r.choice(PARTNERS_EN)
        title = f"{COUNTRY_EN[cc]} and {partner} sign defence pact"
        lead = (f"{COUNTRY_EN[cc]} and {partner} signed a military cooperation agreement in {place} on {day}, "
                f"covering training, intelligence and equipment.")
        more = f"{partner} will deliver {r.randint(2, 12)} helicopters by {r.choice(MONTHS_EN)}, its envoy said."
    elif kind == 5:
        title = f"Gunmen abduct civilians near {place}"
        lead = f"{g[0].upper() + g[1:]} abducted {r.randint(2, 30)} civilians on {day} on the road from {place} to {other}, {src}."
        more = "No group had claimed responsibility by Thursday evening."
    else:
        title = f"Government denies attack on {place} base"
        lead = (f"{off[0].upper() + off[1:]} on {day} denied reports of an attack on the military camp in {place}, "
                f"calling them \"disinformation\".")
        more = f"Accounts close to {g} had claimed the operation and posted photographs."
    contexts = r.sample([
        "The region has been hit for years by violence from jihadist groups linked to al-Qaeda and Islamic State, which has killed thousands and displaced millions.",
        f"The Alliance of Sahel States (AES) announced in {r.choice(MONTHS_EN)} a joint force of 5,000 troops.",
        f"{COUNTRY_EN[cc]}'s military government has turned to Russia after the departure of French forces.",
        "Attacks have increased in the tri-border area in recent months despite army operations.",
        f"More than {en_number(r.randint(3, 40) * 100)} schools have closed in the {place} region this year because of insecurity, according to the United Nations.",
        f"The transitional authorities suspended several foreign media outlets in {r.choice(MONTHS_EN)}, accusing them of relaying militant propaganda.",
    ], 2)
    reaction = r.choice([
        f"An aid worker in {place}, reached by telephone, described the situation as \"extremely worrying\" and called for civilians to be protected.",
        f"In a statement on {r.choice(MONTHS_EN)} {r.randint(1, 28)}, the Economic Community of West African States (ECOWAS) condemned the violence and called for dialogue.",
        f"\"We will not give in to terrorists,\" {off} said on state television.",
        "",
    ])
    close = r.choice(["", f"An assessment mission is due to travel to {other} in the coming days.",
                      f"Telephone networks remain disrupted around {place}.", "The army said sweep operations were under way."])
    return "en", title, [lead, more, reaction, *contexts, close]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10000, help="number of reports (default 10000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True, help="output directory (created)")
    ap.add_argument("--lang", choices=["fr", "en", "mix"], default="mix", help="mix = 2/3 French, 1/3 English")
    a = ap.parse_args()
    r = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    seen = set()
    total = 0
    i = 0
    while i < a.n:
        lang = a.lang if a.lang != "mix" else ("fr" if r.random() < 2 / 3 else "en")
        _, title, paras = report_fr(r) if lang == "fr" else report_en(r)
        y, m, d = r.choice([2023, 2024, 2025]), r.randint(1, 12), r.randint(1, 28)
        body = "\n\n".join(p for p in paras if p)
        text = f" date {y:04d}-{m:02d}-{d:02d} \n{title}\n\n{body}\n"
        h = hashlib.sha256(text.encode()).digest()
        if h in seen:
            continue  # regenerate: ids must be unique
        seen.add(h)
        path = os.path.join(a.out, f"{i:06d}_{lang}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode())
        i += 1
    print(f"{a.n} reports, {total / 1e6:.2f} MB in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
