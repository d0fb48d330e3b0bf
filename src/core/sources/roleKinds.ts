/**
 * A small taxonomy of sources by the kind of role the article gives them (for the source-diversity counts:
 * politicians, officials, experts, police, business, citizens, athletes …). A role is placed by its words: the
 * head noun (the word before its first preposition) first, then any other word; the first kind whose nouns
 * hold one wins, in the order of KINDS. The noun lists are ours, a starting point to refine on real sourcing
 * audits; a role none of them names is "other", and a source with no role "unknown".
 *
 * An organization that speaks with no role ("police said", "the Transportation Safety Board said") is placed by
 * the words of its name (`organizationKind`): police, courts, hospitals, universities, unions, media, companies,
 * government bodies; one whose name says none of these is "organization". A place that speaks ("Ottawa said")
 * is its government: "official".
 */
export type RoleKind =
  | 'politician'
  | 'official'
  | 'police and military'
  | 'legal'
  | 'expert'
  | 'health'
  | 'business'
  | 'labour and advocacy'
  | 'athlete and sport'
  | 'arts and media'
  | 'religious'
  | 'citizen'
  | 'other'
  | 'organization'
  | 'unknown';

const KINDS: [RoleKind, string][] = [
  [
    'politician',
    `president premier prime minister senator congressman congresswoman congressperson mp mpp mla legislator lawmaker
     mayor councillor councilor alderman governor candidate politician leader chancellor speaker representative
     rep sen gov deputy secretary ambassador diplomat envoy king queen prince princess monarch dictator`,
  ],
  [
    'official',
    `spokesman spokeswoman spokesperson official officer administrator commissioner director chief head
     superintendent regulator inspector auditor clerk bureaucrat staffer aide adviser advisor coordinator manager
     registrar ombudsman`,
  ],
  [
    'police and military',
    `police policeman policewoman constable sergeant detective trooper sheriff deputy cop investigator soldier colonel
     lieutenant admiral commander marine veteran firefighter paramedic`,
  ],
  ['legal', `lawyer attorney prosecutor judge justice counsel barrister solicitor defender juror`],
  [
    'expert',
    `professor researcher scientist economist analyst expert scholar historian academic lecturer specialist
     strategist consultant author engineer architect statistician psychologist sociologist criminologist
     epidemiologist meteorologist fellow`,
  ],
  ['health', `doctor physician nurse surgeon pharmacist dentist therapist psychiatrist midwife oncologist medic`],
  [
    'business',
    `ceo cfo coo executive founder co-founder owner entrepreneur businessman businesswoman investor banker trader
     chairman chairwoman chair president partner shareholder landlord developer retailer farmer rancher`,
  ],
  ['labour and advocacy', `activist advocate organizer organiser campaigner unionist steward protester volunteer`],
  [
    'athlete and sport',
    `player coach athlete goalie goaltender forward defenceman defenseman guard striker midfielder pitcher quarterback
     golfer caddie skier swimmer runner boxer fighter champion rookie manager skipper captain referee umpire`,
  ],
  [
    'arts and media',
    `actor actress singer musician artist writer novelist poet director producer journalist reporter editor columnist
     host presenter broadcaster photographer dancer choreographer comedian filmmaker designer star`,
  ],
  ['religious', `priest pastor imam rabbi bishop minister reverend nun cleric pope monk`],
  [
    'citizen',
    `resident citizen neighbour neighbor witness victim survivor parent mother father son daughter wife husband
     brother sister student teacher worker employee driver passenger customer shopper fan voter tenant homeowner
     refugee immigrant friend relative`,
  ],
];

const KIND_OF = new Map<string, RoleKind>();
for (const [kind, list] of KINDS) for (const w of list.trim().split(/\s+/)) if (!KIND_OF.has(w)) KIND_OF.set(w, kind);

/** Stops the head: the word before the first of these is the role's head ("director of health care"). */
const HEAD_STOPS = new Set(['of', 'for', 'at', 'with', 'in', 'on', 'from', 'to', 'who', 'and', 'by']);

function singular(w: string): string {
  if (KIND_OF.has(w)) return w;
  if (w.endsWith('ies') && KIND_OF.has(`${w.slice(0, -3)}y`)) return `${w.slice(0, -3)}y`;
  if (w.endsWith('es') && KIND_OF.has(w.slice(0, -2))) return w.slice(0, -2);
  if (w.endsWith('s') && KIND_OF.has(w.slice(0, -1))) return w.slice(0, -1);
  return w;
}

/** The kind of a role ("Oilers goalie" -> athlete and sport); "unknown" for no role, "other" for none known. */
export function roleKind(role: string | null | undefined): RoleKind {
  if (!role) return 'unknown';
  const words = role
    .toLowerCase()
    .replace(/['’]s\b/g, ' ')
    .split(/[^\p{L}-]+/u)
    .filter(Boolean);
  if (words.length === 0) return 'unknown';
  let head = words.length - 1;
  const stop = words.findIndex((w, i) => i > 0 && HEAD_STOPS.has(w));
  if (stop > 0) head = stop - 1;
  const atHead = KIND_OF.get(singular(words[head]));
  // A generic official's word takes the kind of a word before it: "police officer", "team spokesman".
  if (atHead === 'official') {
    for (let i = 0; i < head; i++) {
      const k = KIND_OF.get(singular(words[i]));
      if (k && k !== 'official') return k;
    }
  }
  if (atHead) return atHead;
  for (const w of words) {
    const k = KIND_OF.get(singular(w));
    if (k) return k;
  }
  return 'other';
}

/**
 * Words of organizations' names by kind, first match wins in this order: a word of a kind earlier in the list
 * outranks one later ("Xinhua News Agency" is media, not a government agency; "Police Association" police;
 * "Department of Energy" a government body, not a business).
 */
const ORGANIZATION_KINDS: [RoleKind, string][] = [
  [
    'arts and media',
    `news newspaper newspapers press times herald gazette journal magazine radio television tv
     broadcasting broadcaster network studios theatre theater orchestra museum gallery`,
  ],
  ['police and military', `police rcmp sheriff army navy military forces guard patrol fire`],
  ['legal', `court courts tribunal judiciary bar`],
  ['health', `hospital hospitals clinic clinics health healthcare medical`],
  ['religious', `church diocese archdiocese mosque synagogue temple parish`],
  ['expert', `university college institute institution laboratory lab academy polytechnic observatory`],
  ['athlete and sport', `league club olympic olympics fc`],
  [
    'labour and advocacy',
    `union unions federation association coalition alliance foundation society cross
     charity campaign advocates`,
  ],
  [
    'official',
    `ministry department agency board commission council office government authority administration
     bureau parliament senate assembly cabinet embassy consulate secretariat municipality city county province
     state affairs service services`,
  ],
  [
    'business',
    `inc corp co ltd llc plc company corporation group bank airlines airline airways motors mobile
     holdings industries technologies pharmaceuticals insurance energy oil gas mining telecom`,
  ],
];

/** A word of an organization's name -> the rank of its kind in ORGANIZATION_KINDS (lower outranks). */
const ORG_KIND_RANK = new Map<string, number>();
ORGANIZATION_KINDS.forEach(([, list], rank) => {
  for (const w of list.trim().split(/\s+/)) if (!ORG_KIND_RANK.has(w)) ORG_KIND_RANK.set(w, rank);
});

/** Unions of states, not of workers. */
const UNIONS_OF_STATES = new Set(['european union', 'african union', 'soviet union', 'eurasian economic union']);

/** The kind of an organization from the words of its name; "organization" when they say none. */
export function organizationKind(name: string): RoleKind {
  if (UNIONS_OF_STATES.has(name.toLowerCase().replace(/^the\s+/, ''))) return 'official';
  let best = ORGANIZATION_KINDS.length;
  for (const w of name.toLowerCase().split(/[^\p{L}]+/u)) best = Math.min(best, ORG_KIND_RANK.get(w) ?? best);
  return best < ORGANIZATION_KINDS.length ? ORGANIZATION_KINDS[best][0] : 'organization';
}

/** The kind of a source: its first role's; with no role, an organization's by its name, a place's "official". */
export function sourceKind(role: string | undefined, type: string | null, name: string): RoleKind {
  if (role) return roleKind(role);
  if (type === 'ORG') return organizationKind(name);
  if (type === 'LOC') return 'official';
  return 'unknown';
}

/** Every kind, in the order the report lists them. */
export const ROLE_KINDS: readonly RoleKind[] = [...KINDS.map(([k]) => k), 'other', 'organization', 'unknown'];
