// The knowledge base's record shape. Data files under src/kb/data/ hold arrays of KbEntry
// (JSON); countries, capitals and cities are built from npm packages at load time.

export type KbType = 'PER' | 'ORG' | 'LOC';

/**
 * What an entry is, for linking and metonymy:
 * country | city | region | person | institution (Kremlin, Élysée, département d'État) |
 * io (international organisation: ONU, OTAN) | media | agency (news agency) | party | armed_group | company | other
 */
export type KbSubtype =
  | 'country' | 'city' | 'region' | 'place' | 'person' | 'institution' | 'io' | 'media' | 'agency'
  | 'party' | 'armed_group' | 'company' | 'other';

/**
 * Role keys (stable, language-independent). French phrases that name them live in
 * src/lang/fr/roles.json.
 */
export type RoleKey =
  | 'head_of_state' | 'head_of_government' | 'foreign_minister' | 'defence_minister'
  | 'interior_minister' | 'finance_minister' | 'spokesperson' | 'chief_negotiator' | 'envoy'
  | 'diplomatic_adviser' | 'secretary_general' | 'president_of_org' | 'leader' | 'minister' | 'other';

export interface KbRole {
  role: RoleKey;
  /** Id of the country (`country:RU`) or organisation the role is held in. */
  of: string;
  /** Human titles, e.g. { fr: "président de la Fédération de Russie", en: "President of Russia" }. */
  title?: { fr?: string; en?: string };
  /** ISO dates (YYYY, YYYY-MM or YYYY-MM-DD); null = open. */
  start: string | null;
  end: string | null;
}

export interface KbEntry {
  /** Wikidata QID when known with confidence (e.g. "Q7747"), else a stable slug id: "country:RU", "vigie:per:yuri-ushakov". */
  id: string;
  type: KbType;
  subtype: KbSubtype;
  /** Canonical name (the English form usual in international news). */
  name: string;
  /** Every name by language: French forms (transliterations: Poutine, Sergueï Lavrov), English, others. */
  names: { fr?: string[]; en?: string[]; other?: string[] };
  /** Acronyms and short forms matched case-sensitively (OTAN, UE, FSB). */
  acronyms?: string[];
  wikidata?: string | null;
  /** For people and places: the country id they belong to. */
  country?: string | null;
  /** For countries: French demonyms/adjectives, all forms (russe, russes; ukrainien, ukrainienne, ukrainiens, ukrainiennes). */
  demonyms?: { fr?: string[]; en?: string[] };
  /** Metonymy: this place or institution stands for that actor (Moscou → country:RU, Kremlin → country:RU). */
  metonymOf?: string | null;
  gender?: 'm' | 'f' | null;
  roles?: KbRole[];
  /** Where the record's facts come from (e.g. "Wikipedia: List of current foreign ministers, 2025-08"). */
  sources?: string[];
}
