/**
 * Everyday Dutch (and a few English) words for the default categories, besides their ids and
 * labels: the quick-add box reads "politie", "GGD" or "welzijnsorganisatie" as the category a
 * worker expects. (Imports keep a file's own categories as they are, so a round trip is exact.)
 */
export const CATEGORY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  gemeente: ['wijkmanager', 'wijkregisseur', 'municipality', 'overheid'],
  wijkteam: ['wijkteam', 'buurtteam', 'sociaal-wijkteam'],
  welzijn: ['opbouwwerk', 'opbouwwerker', 'welzijnswerk', 'welzijnsorganisatie', 'buurthuis', 'stip', 'steunpunt', 'vrijwilligersorganisatie', 'ontmoetingsplek', 'buurtcentrum'],
  woningcorporatie: ['corporatie', 'woningbouw', 'woningbouwvereniging', 'verhuurder'],
  zorg: ['ggd', 'huisarts', 'huisartsenpraktijk', 'wijkverpleging', 'thuiszorg', 'gezondheid', 'care', 'health'],
  onderwijs: ['school', 'basisschool', 'kinderopvang', 'bibliotheek', 'education'],
  veiligheid: ['politie', 'wijkagent', 'buurtpreventie', 'boa', 'police', 'safety'],
  religie: ['kerk', 'moskee', 'geloof', 'levensbeschouwing', 'religion'],
  'sport-cultuur': ['sport', 'sportclub', 'cultuur', 'vereniging', 'culture'],
  ondernemer: ['winkel', 'bedrijf', 'ondernemers', 'business'],
  bewonersinitiatief: ['initiatief', 'huiskamer', 'repaircafé', 'repaircafe', 'bewonersgroep', 'bewonersorganisatie', 'vrijwilligersgroep', 'bewonerscommissie', 'online-netwerk', 'buurtapp'],
  bewoner: ['bewoner', 'bewoonster', 'sleutelfiguur', 'resident', 'vrijwilliger', 'mantelzorger'],
};
