/**
 * Names of countries, regions and cities these comments name every day,
 * French and English spellings. The dictionaries that feed the false-friends
 * list hold no proper nouns, so without these the guessing rules read "Syrie"
 * as a typo of "syrien" (an attack on the people where the country is meant)
 * and "Russie" as "réussie" (praise). Read by `npm run gen:false-friends`.
 */
export const PLACES: readonly string[] = [
  // The Levant and its neighbours
  'Syrie', 'Syria', 'Liban', 'Lebanon', 'Irak', 'Iraq', 'Iran', 'Israël', 'Israel', 'Palestine', 'Gaza', 'Cisjordanie', 'Jordanie', 'Jordan',
  'Turquie', 'Turkey', 'Égypte', 'Egypt', 'Chypre', 'Cyprus', 'Kurdistan', 'Rojava', 'Golan', 'Sinaï', 'Sinai',
  // The Gulf and the Arabian peninsula
  'Arabie', 'Arabia', 'Qatar', 'Koweït', 'Kuwait', 'Bahreïn', 'Bahrain', 'Oman', 'Yémen', 'Yemen', 'Émirats', 'Emirates',
  // North Africa and Africa
  'Tunisie', 'Tunisia', 'Algérie', 'Algeria', 'Maroc', 'Morocco', 'Libye', 'Libya', 'Soudan', 'Sudan', 'Mali', 'Niger', 'Nigeria', 'Tchad', 'Chad',
  'Somalie', 'Somalia', 'Éthiopie', 'Ethiopia', 'Érythrée', 'Eritrea', 'Sénégal', 'Senegal', 'Mauritanie', 'Mauritania', 'Afrique', 'Africa',
  // Asia
  'Afghanistan', 'Pakistan', 'Inde', 'India', 'Chine', 'China', 'Japon', 'Japan', 'Corée', 'Korea', 'Asie', 'Asia', 'Tchétchénie', 'Chechnya',
  'Azerbaïdjan', 'Azerbaijan', 'Arménie', 'Armenia', 'Géorgie', 'Georgia', 'Ouzbékistan', 'Uzbekistan', 'Indonésie', 'Indonesia', 'Malaisie', 'Malaysia',
  // Europe
  'Russie', 'Russia', 'Ukraine', 'Crimée', 'Crimea', 'France', 'Allemagne', 'Germany', 'Italie', 'Italy', 'Espagne', 'Spain', 'Grèce', 'Greece',
  'Belgique', 'Belgium', 'Suisse', 'Switzerland', 'Autriche', 'Austria', 'Hongrie', 'Hungary', 'Pologne', 'Poland', 'Suède', 'Sweden',
  'Norvège', 'Norway', 'Danemark', 'Denmark', 'Angleterre', 'England', 'Bretagne', 'Britain', 'Irlande', 'Ireland', 'Serbie', 'Serbia',
  'Bosnie', 'Bosnia', 'Albanie', 'Albania', 'Kosovo', 'Roumanie', 'Romania', 'Bulgarie', 'Bulgaria', 'Europe',
  // The Americas
  'Amérique', 'America', 'Mexique', 'Mexico', 'Canada', 'Brésil', 'Brazil', 'Venezuela', 'Cuba', 'Argentine', 'Argentina',
  // Cities and regions of the war's coverage
  'Damas', 'Damascus', 'Alep', 'Aleppo', 'Homs', 'Hama', 'Idleb', 'Idlib', 'Raqqa', 'Deraa', 'Daraa', 'Palmyre', 'Palmyra', 'Lattaquié', 'Latakia',
  'Kobané', 'Kobani', 'Ghouta', 'Beyrouth', 'Beirut', 'Tripoli', 'Saïda', 'Sidon', 'Tyr', 'Tyre', 'Baalbek', 'Ersal', 'Arsal', 'Bekaa',
  'Bagdad', 'Baghdad', 'Mossoul', 'Mosul', 'Ankara', 'Istanbul', 'Téhéran', 'Tehran', 'Riyad', 'Riyadh', 'Moscou', 'Moscow', 'Washington',
  'Jérusalem', 'Jerusalem', 'Amman', 'Doha', 'Genève', 'Geneva', 'Vienne', 'Vienna',
];
