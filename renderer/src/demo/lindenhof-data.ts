/**
 * "Voorbeeldwijk Lindenhof": the invented wijk of shared/fixtures/lindenhof (actoren.csv,
 * relaties.csv), copied into the app once so the home screen can offer it without the CSV
 * importer. Categories outside the defaults were mapped to the nearest default (steunpunt → welzijn,
 * politie → veiligheid, sleutelfiguur → bewoner, …); relations refer to actors by name.
 */

/** One demo actor. */
export interface DemoActor {
  readonly name: string;
  readonly kind: 'formeel' | 'informeel';
  readonly category: string;
  readonly note: string;
  readonly area: string;
  readonly influence: number;
  readonly tags: readonly string[];
  readonly isPerson: boolean;
}

/** One demo relation, by actor name. */
export interface DemoRelation {
  readonly from: string;
  readonly to: string;
  readonly kind: string;
  readonly strength: number;
  readonly note: string;
}

export const DEMO_ACTORS: readonly DemoActor[] = [
  {
    "name": "Gemeente – wijkmanager Lindenhof",
    "kind": "formeel",
    "category": "gemeente",
    "note": "Wijkmanager, aanspreekpunt gemeente voor de wijk",
    "area": "Lindenhof",
    "influence": 5,
    "tags": [
      "vierhoek"
    ],
    "isPerson": false
  },
  {
    "name": "Gemeente – beleidsadviseur sociaal domein",
    "kind": "formeel",
    "category": "gemeente",
    "note": "Gaat over subsidies welzijn en huiskamerprojecten",
    "area": "Centrum",
    "influence": 5,
    "tags": [
      "subsidie"
    ],
    "isPerson": false
  },
  {
    "name": "Sociaal Wijkteam Lindenhof",
    "kind": "formeel",
    "category": "wijkteam",
    "note": "Integraal team zorg en welzijn; verwijst cliënten door",
    "area": "Lindenhof",
    "influence": 4,
    "tags": [
      "vierhoek"
    ],
    "isPerson": false
  },
  {
    "name": "Stip Lindenhof",
    "kind": "formeel",
    "category": "welzijn",
    "note": "Steunpunt in de wijk, vrijwilligers beantwoorden vragen",
    "area": "Lindenhof",
    "influence": 2,
    "tags": [
      "vierhoek"
    ],
    "isPerson": false
  },
  {
    "name": "Opbouwwerk Samen Sterk",
    "kind": "formeel",
    "category": "welzijn",
    "note": "Opbouwwerkers van de welzijnsorganisatie",
    "area": "Lindenhof",
    "influence": 3,
    "tags": [
      "vierhoek",
      "eigen organisatie"
    ],
    "isPerson": false
  },
  {
    "name": "Jongerenwerk Samen Sterk",
    "kind": "formeel",
    "category": "welzijn",
    "note": "Ambulant jongerenwerk, speelspots",
    "area": "Lindenhof",
    "influence": 2,
    "tags": [
      "jeugd"
    ],
    "isPerson": false
  },
  {
    "name": "GGD Regio",
    "kind": "formeel",
    "category": "zorg",
    "note": "Advies over veilige bijeenkomsten",
    "area": "Regio",
    "influence": 4,
    "tags": [
      "gezondheid"
    ],
    "isPerson": false
  },
  {
    "name": "Woningcorporatie Thuis aan de Linde",
    "kind": "formeel",
    "category": "woningcorporatie",
    "note": "Bezit 60% van de woningen; beheert ontmoetingsruimte",
    "area": "Lindenhof",
    "influence": 4,
    "tags": [
      "wonen"
    ],
    "isPerson": false
  },
  {
    "name": "Wijkagent Lindenhof",
    "kind": "formeel",
    "category": "veiligheid",
    "note": "Wijkagent, contact met buurtpreventie",
    "area": "Lindenhof",
    "influence": 3,
    "tags": [
      "veiligheid"
    ],
    "isPerson": false
  },
  {
    "name": "Basisschool De Regenboog",
    "kind": "formeel",
    "category": "onderwijs",
    "note": "Brede school, ouderkamer",
    "area": "Lindenhof",
    "influence": 2,
    "tags": [
      "jeugd"
    ],
    "isPerson": false
  },
  {
    "name": "Huisartsenpraktijk Lindenplein",
    "kind": "formeel",
    "category": "zorg",
    "note": "Verwijst naar Welzijn op Recept",
    "area": "Lindenhof",
    "influence": 3,
    "tags": [
      "gezondheid"
    ],
    "isPerson": false
  },
  {
    "name": "Thuiszorg Wijkverpleging",
    "kind": "formeel",
    "category": "zorg",
    "note": "Wijkverpleegkundigen, kennen geïsoleerde ouderen",
    "area": "Lindenhof",
    "influence": 2,
    "tags": [
      "gezondheid"
    ],
    "isPerson": false
  },
  {
    "name": "Buurthuis De Schakel",
    "kind": "formeel",
    "category": "welzijn",
    "note": "Buurthuis met zalen en keuken",
    "area": "Lindenhof",
    "influence": 2,
    "tags": [
      "ontmoeting"
    ],
    "isPerson": false
  },
  {
    "name": "Voedselbank Lindenhof",
    "kind": "formeel",
    "category": "welzijn",
    "note": "Uitgiftepunt elke donderdag",
    "area": "Lindenhof",
    "influence": 2,
    "tags": [
      "armoede"
    ],
    "isPerson": false
  },
  {
    "name": "Moskee Al-Amal",
    "kind": "formeel",
    "category": "religie",
    "note": "Moskeebestuur, actief in burenhulp",
    "area": "Lindenhof",
    "influence": 3,
    "tags": [
      "geloof"
    ],
    "isPerson": false
  },
  {
    "name": "Protestantse Gemeente Lindenhof",
    "kind": "formeel",
    "category": "religie",
    "note": "Diaconie, koffieochtenden",
    "area": "Lindenhof",
    "influence": 2,
    "tags": [
      "geloof"
    ],
    "isPerson": false
  },
  {
    "name": "Lokaal Coronafonds",
    "kind": "formeel",
    "category": "overig",
    "note": "Fonds opgericht met hulp van het opbouwwerk",
    "area": "Stad",
    "influence": 3,
    "tags": [
      "subsidie"
    ],
    "isPerson": false
  },
  {
    "name": "Repair Café Lindenhof",
    "kind": "formeel",
    "category": "welzijn",
    "note": "Maandelijks reparaties in De Schakel",
    "area": "Lindenhof",
    "influence": 1,
    "tags": [
      "duurzaam"
    ],
    "isPerson": false
  },
  {
    "name": "Welzijn op Recept",
    "kind": "formeel",
    "category": "bewonersinitiatief",
    "note": "Huisarts verwijst naar activiteiten in de wijk",
    "area": "Lindenhof",
    "influence": 2,
    "tags": [
      "gezondheid"
    ],
    "isPerson": false
  },
  {
    "name": "Winkeliersvereniging Lindenplein",
    "kind": "formeel",
    "category": "ondernemer",
    "note": "Acht winkels rond het plein",
    "area": "Lindenhof",
    "influence": 2,
    "tags": [
      "economie"
    ],
    "isPerson": false
  },
  {
    "name": "Sportvereniging LSV",
    "kind": "formeel",
    "category": "sport-cultuur",
    "note": "Voetbalclub met jeugdafdeling",
    "area": "Lindenhof",
    "influence": 2,
    "tags": [
      "sport",
      "jeugd"
    ],
    "isPerson": false
  },
  {
    "name": "Bewonerscommissie Lindenflat",
    "kind": "formeel",
    "category": "bewonersinitiatief",
    "note": "Huurdersvertegenwoordiging richting corporatie",
    "area": "Lindenhof",
    "influence": 2,
    "tags": [
      "wonen"
    ],
    "isPerson": false
  },
  {
    "name": "Huiskamerproject De Ster",
    "kind": "informeel",
    "category": "bewonersinitiatief",
    "note": "Dagelijkse inloop voor eenzame buurtbewoners",
    "area": "Lindenhof",
    "influence": 2,
    "tags": [
      "ontmoeting",
      "huiskamer"
    ],
    "isPerson": false
  },
  {
    "name": "Huiskamerproject Het Anker",
    "kind": "informeel",
    "category": "bewonersinitiatief",
    "note": "Inloop twee ochtenden per week",
    "area": "Lindenhof-Zuid",
    "influence": 1,
    "tags": [
      "ontmoeting",
      "huiskamer"
    ],
    "isPerson": false
  },
  {
    "name": "Buurtrestaurant Aan Tafel",
    "kind": "informeel",
    "category": "bewonersinitiatief",
    "note": "Werd tijdens lockdown een maaltijdbezorgdienst",
    "area": "Lindenhof",
    "influence": 2,
    "tags": [
      "ontmoeting",
      "voedsel"
    ],
    "isPerson": false
  },
  {
    "name": "Koffieclub Lindenplein",
    "kind": "informeel",
    "category": "bewonersinitiatief",
    "note": "Wekelijkse koffie op het plein, coronabestendig gebleken",
    "area": "Lindenhof",
    "influence": 1,
    "tags": [
      "ontmoeting"
    ],
    "isPerson": false
  },
  {
    "name": "Groen Lindenhof",
    "kind": "informeel",
    "category": "bewonersinitiatief",
    "note": "Buurttuin en geveltuintjes",
    "area": "Lindenhof",
    "influence": 1,
    "tags": [
      "groen"
    ],
    "isPerson": false
  },
  {
    "name": "Balkonbingo Lindenflat",
    "kind": "informeel",
    "category": "bewonersinitiatief",
    "note": "Ontstaan tijdens de eerste lockdown",
    "area": "Lindenhof",
    "influence": 1,
    "tags": [
      "ontmoeting"
    ],
    "isPerson": false
  },
  {
    "name": "Buurtapp Lindenstraat",
    "kind": "informeel",
    "category": "bewonersinitiatief",
    "note": "WhatsApp-groep van 140 bewoners",
    "area": "Lindenhof",
    "influence": 1,
    "tags": [
      "online"
    ],
    "isPerson": false
  },
  {
    "name": "Vrouwengroep Lindenhof",
    "kind": "informeel",
    "category": "bewonersinitiatief",
    "note": "Wekelijkse bijeenkomst, Nederlandse taal",
    "area": "Lindenhof",
    "influence": 1,
    "tags": [
      "inclusie"
    ],
    "isPerson": false
  },
  {
    "name": "Speelspot-vrijwilligers",
    "kind": "informeel",
    "category": "bewonersinitiatief",
    "note": "Ouders die speelmomenten op het trapveld begeleiden",
    "area": "Lindenhof",
    "influence": 1,
    "tags": [
      "jeugd"
    ],
    "isPerson": false
  },
  {
    "name": "Regiegroep huiskamerprojecten",
    "kind": "informeel",
    "category": "overig",
    "note": "Opgezet om huiskamerprojecten overeind te houden",
    "area": "Stad",
    "influence": 3,
    "tags": [
      "huiskamer"
    ],
    "isPerson": false
  },
  {
    "name": "Buurtpreventieteam Lindenhof",
    "kind": "informeel",
    "category": "bewonersinitiatief",
    "note": "Avondrondes met bewoners",
    "area": "Lindenhof",
    "influence": 1,
    "tags": [
      "veiligheid"
    ],
    "isPerson": false
  },
  {
    "name": "Fatima El Amrani",
    "kind": "informeel",
    "category": "bewoner",
    "note": "Kent veel gezinnen, tolkt informeel",
    "area": "Lindenhof",
    "influence": 3,
    "tags": [
      "sleutelfiguur"
    ],
    "isPerson": true
  },
  {
    "name": "Henk de Vries",
    "kind": "informeel",
    "category": "bewoner",
    "note": "Voorzitter bewonerscommissie, oud-buschauffeur",
    "area": "Lindenhof",
    "influence": 3,
    "tags": [
      "sleutelfiguur"
    ],
    "isPerson": true
  },
  {
    "name": "Ria Jansen",
    "kind": "informeel",
    "category": "bewoner",
    "note": "Draait de huiskamer van De Ster sinds 2015",
    "area": "Lindenhof",
    "influence": 2,
    "tags": [
      "huiskamer"
    ],
    "isPerson": true
  },
  {
    "name": "Mo Bakker",
    "kind": "informeel",
    "category": "bewoner",
    "note": "Jongere met veel volgers, organiseert voetbaltoernooien",
    "area": "Lindenhof",
    "influence": 2,
    "tags": [
      "jeugd",
      "sleutelfiguur"
    ],
    "isPerson": true
  },
  {
    "name": "Anouk Peters",
    "kind": "informeel",
    "category": "bewoner",
    "note": "Zorgt voor haar moeder, zit in de buurtapp",
    "area": "Lindenhof",
    "influence": 1,
    "tags": [
      "mantelzorg"
    ],
    "isPerson": true
  },
  {
    "name": "Jan Smits",
    "kind": "informeel",
    "category": "bewoner",
    "note": "Alleenstaande oudere, komt in De Ster",
    "area": "Lindenhof",
    "influence": 1,
    "tags": [
      "eenzaamheid"
    ],
    "isPerson": true
  },
  {
    "name": "Gerda Hoekstra",
    "kind": "informeel",
    "category": "bewoner",
    "note": "Nieuwe bewoner, wil iets met groen",
    "area": "Lindenhof-Zuid",
    "influence": 1,
    "tags": [
      "groen"
    ],
    "isPerson": true
  },
  {
    "name": "Yusuf Demir",
    "kind": "informeel",
    "category": "ondernemer",
    "note": "Eigenaar bakkerij, sponsort buurtactiviteiten",
    "area": "Lindenhof",
    "influence": 2,
    "tags": [
      "economie"
    ],
    "isPerson": true
  },
  {
    "name": "Sanne de Wit",
    "kind": "informeel",
    "category": "bewoner",
    "note": "Kookt bij het buurtrestaurant",
    "area": "Lindenhof",
    "influence": 1,
    "tags": [
      "voedsel"
    ],
    "isPerson": true
  }
];

export const DEMO_RELATIONS: readonly DemoRelation[] = [
  {
    "from": "Opbouwwerk Samen Sterk",
    "to": "Sociaal Wijkteam Lindenhof",
    "kind": "samenwerking",
    "strength": 3,
    "note": "Opbouwwerker zit in het wijkteam"
  },
  {
    "from": "Opbouwwerk Samen Sterk",
    "to": "Gemeente – wijkmanager Lindenhof",
    "kind": "samenwerking",
    "strength": 3,
    "note": "Vierhoek-overleg"
  },
  {
    "from": "Opbouwwerk Samen Sterk",
    "to": "Stip Lindenhof",
    "kind": "samenwerking",
    "strength": 2,
    "note": "Vierhoek-overleg"
  },
  {
    "from": "Gemeente – wijkmanager Lindenhof",
    "to": "Sociaal Wijkteam Lindenhof",
    "kind": "samenwerking",
    "strength": 2,
    "note": "Vierhoek-overleg"
  },
  {
    "from": "Gemeente – wijkmanager Lindenhof",
    "to": "Stip Lindenhof",
    "kind": "samenwerking",
    "strength": 2,
    "note": ""
  },
  {
    "from": "Opbouwwerk Samen Sterk",
    "to": "Jongerenwerk Samen Sterk",
    "kind": "samenwerking",
    "strength": 3,
    "note": "Zelfde organisatie"
  },
  {
    "from": "Gemeente – beleidsadviseur sociaal domein",
    "to": "Huiskamerproject De Ster",
    "kind": "financiering",
    "strength": 2,
    "note": "Subsidie loopt af in juni"
  },
  {
    "from": "Gemeente – beleidsadviseur sociaal domein",
    "to": "Huiskamerproject Het Anker",
    "kind": "financiering",
    "strength": 1,
    "note": ""
  },
  {
    "from": "Gemeente – beleidsadviseur sociaal domein",
    "to": "Opbouwwerk Samen Sterk",
    "kind": "financiering",
    "strength": 3,
    "note": "Subsidierelatie"
  },
  {
    "from": "Gemeente – beleidsadviseur sociaal domein",
    "to": "Gemeente – wijkmanager Lindenhof",
    "kind": "samenwerking",
    "strength": 2,
    "note": ""
  },
  {
    "from": "Lokaal Coronafonds",
    "to": "Buurtrestaurant Aan Tafel",
    "kind": "financiering",
    "strength": 2,
    "note": "Bezorgdienst gefinancierd"
  },
  {
    "from": "Lokaal Coronafonds",
    "to": "Huiskamerproject Het Anker",
    "kind": "financiering",
    "strength": 1,
    "note": ""
  },
  {
    "from": "Opbouwwerk Samen Sterk",
    "to": "Lokaal Coronafonds",
    "kind": "ondersteuning",
    "strength": 3,
    "note": "Opbouwwerk hielp het fonds oprichten"
  },
  {
    "from": "Opbouwwerk Samen Sterk",
    "to": "Regiegroep huiskamerprojecten",
    "kind": "ondersteuning",
    "strength": 3,
    "note": "Opbouwwerker is trekker"
  },
  {
    "from": "GGD Regio",
    "to": "Regiegroep huiskamerprojecten",
    "kind": "advies",
    "strength": 2,
    "note": "Expertise over veilige inloop"
  },
  {
    "from": "Regiegroep huiskamerprojecten",
    "to": "Huiskamerproject De Ster",
    "kind": "ondersteuning",
    "strength": 2,
    "note": ""
  },
  {
    "from": "Regiegroep huiskamerprojecten",
    "to": "Huiskamerproject Het Anker",
    "kind": "ondersteuning",
    "strength": 2,
    "note": ""
  },
  {
    "from": "Ria Jansen",
    "to": "Huiskamerproject De Ster",
    "kind": "lid-van",
    "strength": 3,
    "note": "Coördinator vrijwilligers"
  },
  {
    "from": "Jan Smits",
    "to": "Huiskamerproject De Ster",
    "kind": "lid-van",
    "strength": 2,
    "note": "Komt drie keer per week"
  },
  {
    "from": "Sociaal Wijkteam Lindenhof",
    "to": "Huiskamerproject De Ster",
    "kind": "verwijzing",
    "strength": 2,
    "note": "Verwijst eenzame cliënten"
  },
  {
    "from": "Huisartsenpraktijk Lindenplein",
    "to": "Welzijn op Recept",
    "kind": "verwijzing",
    "strength": 3,
    "note": ""
  },
  {
    "from": "Welzijn op Recept",
    "to": "Huiskamerproject De Ster",
    "kind": "verwijzing",
    "strength": 2,
    "note": ""
  },
  {
    "from": "Welzijn op Recept",
    "to": "Groen Lindenhof",
    "kind": "verwijzing",
    "strength": 1,
    "note": ""
  },
  {
    "from": "Thuiszorg Wijkverpleging",
    "to": "Jan Smits",
    "kind": "ondersteuning",
    "strength": 2,
    "note": "Wekelijks bezoek"
  },
  {
    "from": "Thuiszorg Wijkverpleging",
    "to": "Sociaal Wijkteam Lindenhof",
    "kind": "verwijzing",
    "strength": 1,
    "note": ""
  },
  {
    "from": "Woningcorporatie Thuis aan de Linde",
    "to": "Buurthuis De Schakel",
    "kind": "financiering",
    "strength": 2,
    "note": "Eigenaar pand"
  },
  {
    "from": "Woningcorporatie Thuis aan de Linde",
    "to": "Bewonerscommissie Lindenflat",
    "kind": "overleg",
    "strength": 2,
    "note": "Kwartaaloverleg"
  },
  {
    "from": "Henk de Vries",
    "to": "Bewonerscommissie Lindenflat",
    "kind": "lid-van",
    "strength": 3,
    "note": "Voorzitter"
  },
  {
    "from": "Henk de Vries",
    "to": "Balkonbingo Lindenflat",
    "kind": "lid-van",
    "strength": 2,
    "note": "Bedenker"
  },
  {
    "from": "Henk de Vries",
    "to": "Woningcorporatie Thuis aan de Linde",
    "kind": "spanning",
    "strength": 2,
    "note": "Conflict over onderhoud liften"
  },
  {
    "from": "Buurthuis De Schakel",
    "to": "Repair Café Lindenhof",
    "kind": "ondersteuning",
    "strength": 2,
    "note": "Gratis ruimte"
  },
  {
    "from": "Buurthuis De Schakel",
    "to": "Buurtrestaurant Aan Tafel",
    "kind": "ondersteuning",
    "strength": 2,
    "note": "Keuken"
  },
  {
    "from": "Sanne de Wit",
    "to": "Buurtrestaurant Aan Tafel",
    "kind": "lid-van",
    "strength": 3,
    "note": ""
  },
  {
    "from": "Buurtrestaurant Aan Tafel",
    "to": "Jan Smits",
    "kind": "ondersteuning",
    "strength": 1,
    "note": "Maaltijd aan huis"
  },
  {
    "from": "Voedselbank Lindenhof",
    "to": "Buurtrestaurant Aan Tafel",
    "kind": "samenwerking",
    "strength": 1,
    "note": "Overschotten"
  },
  {
    "from": "Moskee Al-Amal",
    "to": "Voedselbank Lindenhof",
    "kind": "samenwerking",
    "strength": 2,
    "note": ""
  },
  {
    "from": "Moskee Al-Amal",
    "to": "Fatima El Amrani",
    "kind": "informeel-contact",
    "strength": 2,
    "note": ""
  },
  {
    "from": "Protestantse Gemeente Lindenhof",
    "to": "Koffieclub Lindenplein",
    "kind": "ondersteuning",
    "strength": 1,
    "note": "Koffie en ruimte bij regen"
  },
  {
    "from": "Protestantse Gemeente Lindenhof",
    "to": "Voedselbank Lindenhof",
    "kind": "samenwerking",
    "strength": 2,
    "note": ""
  },
  {
    "from": "Fatima El Amrani",
    "to": "Vrouwengroep Lindenhof",
    "kind": "lid-van",
    "strength": 3,
    "note": "Initiatiefneemster"
  },
  {
    "from": "Fatima El Amrani",
    "to": "Basisschool De Regenboog",
    "kind": "informeel-contact",
    "strength": 2,
    "note": "Ouderkamer"
  },
  {
    "from": "Fatima El Amrani",
    "to": "Opbouwwerk Samen Sterk",
    "kind": "informeel-contact",
    "strength": 3,
    "note": "Portiekgesprekken samen"
  },
  {
    "from": "Fatima El Amrani",
    "to": "Sociaal Wijkteam Lindenhof",
    "kind": "informeel-contact",
    "strength": 1,
    "note": ""
  },
  {
    "from": "Vrouwengroep Lindenhof",
    "to": "Buurthuis De Schakel",
    "kind": "ondersteuning",
    "strength": 1,
    "note": "Gebruikt zaal"
  },
  {
    "from": "Basisschool De Regenboog",
    "to": "Speelspot-vrijwilligers",
    "kind": "samenwerking",
    "strength": 1,
    "note": ""
  },
  {
    "from": "Jongerenwerk Samen Sterk",
    "to": "Speelspot-vrijwilligers",
    "kind": "ondersteuning",
    "strength": 2,
    "note": ""
  },
  {
    "from": "Jongerenwerk Samen Sterk",
    "to": "Mo Bakker",
    "kind": "informeel-contact",
    "strength": 3,
    "note": ""
  },
  {
    "from": "Mo Bakker",
    "to": "Sportvereniging LSV",
    "kind": "lid-van",
    "strength": 2,
    "note": ""
  },
  {
    "from": "Mo Bakker",
    "to": "Wijkagent Lindenhof",
    "kind": "spanning",
    "strength": 1,
    "note": "Incident na toernooi"
  },
  {
    "from": "Wijkagent Lindenhof",
    "to": "Buurtpreventieteam Lindenhof",
    "kind": "samenwerking",
    "strength": 2,
    "note": ""
  },
  {
    "from": "Buurtpreventieteam Lindenhof",
    "to": "Buurtapp Lindenstraat",
    "kind": "informeel-contact",
    "strength": 2,
    "note": "Signalen via de app"
  },
  {
    "from": "Anouk Peters",
    "to": "Buurtapp Lindenstraat",
    "kind": "lid-van",
    "strength": 1,
    "note": ""
  },
  {
    "from": "Gerda Hoekstra",
    "to": "Groen Lindenhof",
    "kind": "lid-van",
    "strength": 1,
    "note": "Nieuw lid"
  },
  {
    "from": "Groen Lindenhof",
    "to": "Woningcorporatie Thuis aan de Linde",
    "kind": "overleg",
    "strength": 1,
    "note": "Wil geveltuintjes"
  },
  {
    "from": "Yusuf Demir",
    "to": "Winkeliersvereniging Lindenplein",
    "kind": "lid-van",
    "strength": 2,
    "note": ""
  },
  {
    "from": "Yusuf Demir",
    "to": "Sportvereniging LSV",
    "kind": "financiering",
    "strength": 1,
    "note": "Sponsor"
  },
  {
    "from": "Yusuf Demir",
    "to": "Koffieclub Lindenplein",
    "kind": "ondersteuning",
    "strength": 1,
    "note": "Levert koeken"
  },
  {
    "from": "Winkeliersvereniging Lindenplein",
    "to": "Gemeente – wijkmanager Lindenhof",
    "kind": "overleg",
    "strength": 1,
    "note": ""
  },
  {
    "from": "Koffieclub Lindenplein",
    "to": "Huiskamerproject De Ster",
    "kind": "informeel-contact",
    "strength": 1,
    "note": "Overlap bezoekers"
  },
  {
    "from": "Ria Jansen",
    "to": "Koffieclub Lindenplein",
    "kind": "lid-van",
    "strength": 1,
    "note": ""
  },
  {
    "from": "Gemeente – wijkmanager Lindenhof",
    "to": "Wijkagent Lindenhof",
    "kind": "samenwerking",
    "strength": 2,
    "note": ""
  },
  {
    "from": "Gemeente – wijkmanager Lindenhof",
    "to": "Woningcorporatie Thuis aan de Linde",
    "kind": "samenwerking",
    "strength": 2,
    "note": ""
  },
  {
    "from": "Stip Lindenhof",
    "to": "Buurthuis De Schakel",
    "kind": "samenwerking",
    "strength": 1,
    "note": "Zit in het gebouw"
  },
  {
    "from": "Opbouwwerk Samen Sterk",
    "to": "Groen Lindenhof",
    "kind": "ondersteuning",
    "strength": 2,
    "note": "Hulp bij subsidieaanvraag"
  },
  {
    "from": "Opbouwwerk Samen Sterk",
    "to": "Buurtrestaurant Aan Tafel",
    "kind": "ondersteuning",
    "strength": 2,
    "note": "Omschakeling naar bezorging"
  },
  {
    "from": "Opbouwwerk Samen Sterk",
    "to": "Henk de Vries",
    "kind": "informeel-contact",
    "strength": 2,
    "note": ""
  }
];
