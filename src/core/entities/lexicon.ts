/** Word lists for roles and names (lower case). Written for this project. */

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Nouns that name a position, job or function: a role must contain one. */
export const ROLE_NOUNS = set(`
president president-elect vice-president minister secretary secretary-general spokesman spokeswoman spokesperson
chancellor premier senator governor mayor king queen prince princess emperor empress pope monarch sultan emir
sheikh ayatollah dictator ruler leader chairman chairwoman chairperson chair chief director head ambassador envoy
general commander officer official officials judge justice prosecutor attorney lawyer barrister solicitor counsel
analyst economist professor doctor nurse teacher editor reporter correspondent journalist author writer novelist
poet actor actress singer musician artist coach manager captain player striker goalkeeper midfielder defender
batsman bowler ceo cfo coo executive founder co-founder owner partner member mp lawmaker legislator congressman
congresswoman representative delegate candidate nominee adviser advisor aide deputy counsellor councillor
councilman councilwoman strategist scientist researcher student expert diplomat negotiator mediator commissioner
inspector sheriff detective colonel major lieutenant sergeant corporal admiral marshal bishop archbishop cardinal
rabbi imam cleric priest pastor speaker whip treasurer auditor comptroller administrator physician surgeon scholar
historian lecturer dean principal rector creator designer architect engineer farmer worker resident witness victim
survivor activist campaigner organizer organiser volunteer producer host presenter anchor commentator columnist
blogger publisher spokesmen chiefs ministers presidents secretaries governors mayors senators principal
superintendent commissar governor-general viceroy regent chancellor-elect prime-minister founder-member trustee
registrar ombudsman attaché consul consul-general attache psychologist psychiatrist pharmacist dentist
veterinarian epidemiologist virologist homeopath paramedic firefighter officer pilot astronaut driver rider
cyclist runner sprinter swimmer boxer wrestler golfer champion winner referee umpire investor banker broker trader
dealer entrepreneur businessman businesswoman tycoon magnate heir heiress widow widower spouse wife husband father
mother son daughter brother sister uncle aunt cousin grandson granddaughter nephew niece fiancé fiancee girlfriend
boyfriend friend neighbour neighbor colleague spokesperson undersecretary under-secretary curator instructor tutor
coordinator supervisor inspector-general ceo chief-executive comptroller provost chaplain
`);

/** Words that qualify a role noun in a title before a name ("Prime", "Foreign", "Deputy"). */
export const ROLE_MODIFIERS = set(`
prime foreign deputy vice chief former acting interim interior home defense defence finance trade state general
attorney senior junior executive first lady secretary high supreme army navy air labour labor health education
justice energy oil agriculture farm economy economic economics industry transport environment culture sports
science budget treasury commerce security national international grand crown opposition party communist
republican democratic democrat conservative liberal socialist federal regional provincial city county district
assistant associate managing technical financial operating commercial political military police intelligence
foreign-affairs minority majority house senate parliamentary presidential royal former managing co then
outgoing incoming new longtime long-time veteran top lead head special permanent vice-chairman
press communications campaign policy foreign-policy media digital research legal public affairs development
marketing sales news editorial program programme project operations creative medical music film football
basketball baseball soccer cricket rugby tennis staff union board company bank club team committee council
court county town school university college hospital fire white presidential vice-presidential ranking
`);

/** Honorifics: dropped from a name and never a role by themselves. */
export const HONORIFICS = set(`mr mrs ms miss mx sir dame lord lady madam mister messrs`);

/** Title words that may open a person span and are stripped from it ("President Putin" -> "Putin"). */
export const TITLE_WORDS = set(`
mr mrs ms miss dr prof professor sir dame lord president vice-president premier chancellor minister secretary
senator sen rep gov governor mayor king queen prince princess pope emperor general gen col colonel lt lieutenant
maj major capt captain sgt sergeant adm admiral cmdr commander judge justice rev reverend
bishop archbishop cardinal rabbi imam sheikh ayatollah chairman coach ambassador detective inspector officer
`);

/** Words before a name that are never part of a role even when capitalised. */
export const NOT_ROLE = set(`
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december today yesterday tomorrow tonight when while after before as if but and
then so also however meanwhile earlier later said says told according in on at by with from to for
`);

/** Words that cannot start an apposition that describes someone. */
export const NOT_APPOSITION = set(`
who whom whose which that said says say told tells and or but nor is was were are be been has had have will
would could should can may might did does do when where while if because although though as after before
since until unless according who's he she they it we i you his her their its our this these those
`);

/** Verbs that link a name to a predicate role ("Smith is the mayor of ..."). */
export const COPULAS = set(`is was becomes became remains remained`);

/** Function words allowed inside a title ("Secretary of State"). */
export const TITLE_JOINERS = set(`of for and the`);

/** Corporate suffixes: a span ending in one is an organization, period included. */
export const CORPORATE = set(`inc corp co ltd llc plc bros ag sa nv gmbh`);

/**
 * Nouns that end organizations' names and never people's or places' ("Harlow City Council", "Ames
 * Construction"). Words that also end place names (bank, hall, city) or surnames (church) are left out.
 */
export const ORG_HEADS = set(`
council committee commission ministry department agency authority union party association federation league
board corporation company institute foundation society parliament assembly administration bureau coalition
alliance cooperative co-operative consortium confederation syndicate directorate secretariat tribunal
construction airlines airways industries holdings group partners motors systems technologies pharmaceuticals
insurance logistics shipping builders contractors enterprises ventures investments securities
`);

/**
 * Organizations a 1996 news corpus does not know, or knows under another type, that today's news names
 * often (lower case, periods removed). A name in this list is an organization whatever the tagger said.
 */
export const KNOWN_ORGS = new Set([
  'google', 'facebook', 'twitter', 'youtube', 'instagram', 'whatsapp', 'tiktok', 'snapchat', 'linkedin', 'reddit',
  'wikipedia', 'wikileaks', 'wikinews', 'amazon', 'apple', 'microsoft', 'netflix', 'uber', 'lyft', 'airbnb', 'tesla',
  'spacex', 'nvidia', 'intel', 'ibm', 'oracle', 'samsung', 'huawei', 'alibaba', 'tencent', 'baidu', 'paypal', 'ebay',
  'yahoo', 'openai', 'meta', 'alphabet', 'nasa', 'fbi', 'cia', 'nsa', 'nato', 'opec', 'unesco', 'unicef', 'who',
  'imf', 'wto', 'fifa', 'uefa', 'ioc', 'nfl', 'nba', 'mlb', 'nhl', 'cnn', 'msnbc', 'nbc', 'cbs', 'abc', 'bbc', 'pbs',
  'npr', 'reuters', 'bloomberg', 'politico', 'breitbart', 'buzzfeed', 'axios', 'gop', 'dnc', 'rnc', 'epa', 'fda',
  'cdc', 'irs', 'dhs', 'ice', 'pentagon', 'kremlin', 'hamas', 'hezbollah', 'taliban', 'isis', 'isil', 'al-qaeda',
  'fox news', 'white house', 'associated press', 'new york times', 'washington post', 'wall street journal',
]);
