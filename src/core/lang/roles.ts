/**
 * Roles and titles: the nouns that name a position, job or function, the words that qualify them, the titles
 * that go before a name, and the words that rule a role out. Written for this project, lower case.
 */
import { words, wordsIn } from './registry';

/** Nouns that name a position, job or function: a role must contain one. */
export const ROLE_NOUNS = wordsIn(
  'ROLE_NOUNS',
  `
president president-elect vice-president minister secretary secretary-general spokesman spokeswoman spokesperson
chancellor premier senator governor mayor king queen prince princess emperor empress pope monarch sultan emir
sheikh ayatollah dictator ruler leader chairman chairwoman chairperson chair chief director head ambassador envoy
general commander officer official officials judge justice prosecutor attorney lawyer barrister solicitor counsel
analyst economist professor doctor nurse teacher editor reporter correspondent journalist author writer novelist
poet actor actress singer musician artist coach manager captain player striker goalkeeper midfielder defender
batsman bowler ceo cfo coo cto cio evp svp vp executive founder co-founder owner partner member mp lawmaker legislator congressman
congresswoman representative delegate candidate nominee adviser advisor aide deputy counsellor councillor
councilman councilwoman strategist scientist researcher student expert diplomat negotiator mediator commissioner
inspector sheriff detective colonel major lieutenant sergeant corporal admiral marshal bishop archbishop cardinal
rabbi imam cleric priest pastor speaker whip treasurer auditor comptroller administrator physician surgeon
scholar historian lecturer dean principal rector creator designer architect engineer farmer worker resident
witness victim survivor activist campaigner organizer organiser volunteer producer host presenter anchor
commentator columnist blogger publisher spokesmen chiefs ministers presidents secretaries governors mayors
senators superintendent commissar governor-general viceroy regent chancellor-elect prime-minister founder-member
trustee registrar ombudsman attaché consul consul-general attache psychologist psychiatrist pharmacist dentist
veterinarian epidemiologist virologist homeopath paramedic firefighter pilot astronaut driver rider cyclist
runner sprinter swimmer boxer wrestler golfer champion winner referee umpire investor banker broker trader dealer
entrepreneur businessman businesswoman tycoon magnate heir heiress widow widower spouse wife husband father
mother son daughter brother sister uncle aunt cousin grandson granddaughter nephew niece fiancé fiancee
girlfriend boyfriend friend neighbour neighbor colleague undersecretary under-secretary curator instructor tutor
coordinator supervisor inspector-general chief-executive provost chaplain forward winger grad
`,
);

/** Mined role nouns (data/role-nouns.ts) that do not name what a person is ("crowd", "time", "meeting"). */
export const NOT_ROLE_NOUNS = wordsIn('NOT_ROLE_NOUNS', `crowd home meeting numbers panel pits st time people centre`);

/** Words with an agent noun's ending that are not nouns of people ("under", "former", "together"). */
export const NOT_AGENT_NOUNS = wordsIn(
  'NOT_AGENT_NOUNS',
  `
under over after other another ever never however whether together rather either neither later earlier further
former latter better sooner longer counter per hither thither whatever whoever wherever whenever moreover
percent president-elect event parent current recent present patent urgent talent moment comment element
agreement government statement department payment treatment enlist insist assist resist persist consist exist
twist
`,
);

/**
 * Endings of agent nouns ("examiner", "oncologist", "consultant", "trainee", "chairperson"; not "-ment"): a lower-case word
 * with one that is not a finite verb heads a role where the construction (apposition, title) already says so.
 */
export const AGENT_SUFFIX = /^\p{Ll}[\p{Ll}-]{2,}(?:er|or|ist|ian|ant|(?<!m)ent|ee|man|woman|person|eur|ier)$/u;

/** Words that qualify a role noun in a title before a name ("Prime", "Foreign", "Deputy"). */
export const ROLE_MODIFIERS = wordsIn(
  'ROLE_MODIFIERS',
  `
prime foreign deputy vice chief former acting interim interior home defense defence finance trade state general
attorney senior junior executive first lady secretary high supreme army navy air labour labor health education
justice energy oil agriculture farm economy economic economics industry transport environment culture sports
science budget treasury commerce security national international grand crown opposition party communist
republican democratic democrat conservative liberal socialist federal regional provincial city county district
assistant associate managing technical financial operating commercial political military police intelligence
foreign-affairs minority majority house senate parliamentary presidential royal co then outgoing incoming new
longtime long-time veteran top lead head special permanent vice-chairman press communications campaign policy
foreign-policy media digital research legal public affairs development marketing sales news editorial program
programme project operations creative medical music film football basketball baseball soccer cricket rugby tennis
staff union board company bank club team committee council court town school university college hospital fire
white vice-presidential ranking
`,
);

/** Title words that may open a person span and are stripped from it ("President Putin" -> "Putin"). */
export const TITLE_WORDS = wordsIn(
  'TITLE_WORDS',
  `
mr mrs ms miss dr prof professor sir dame lord president vice-president premier chancellor minister secretary
senator sen rep gov governor mayor king queen prince princess pope emperor general gen col colonel lt lieutenant
maj major capt captain sgt sergeant adm admiral cmdr commander judge justice rev reverend bishop archbishop
cardinal rabbi imam sheikh ayatollah chairman coach ambassador detective inspector officer
`,
);

/** Words before a name that are never part of a role even when capitalised. */
export const NOT_ROLE = wordsIn(
  'NOT_ROLE',
  `
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december today yesterday tomorrow tonight when while after before as if but and then
so also however meanwhile earlier later said says told according in on at by with from to for
`,
);

/** Words that cannot start an apposition that describes someone. */
export const NOT_APPOSITION = wordsIn(
  'NOT_APPOSITION',
  `
who whom whose which that said says say told tells and or but nor is was were are be been has had have will would
could should can may might did does do when where while if because although though as after before since until
unless according who's he she they it we i you his her their its our this these those
`,
);

/** Verbs that link a name to a predicate role ("Smith is the mayor of ..."). */
export const COPULAS = wordsIn('COPULAS', `is was becomes became remains remained`);

/** Function words allowed inside a title ("Secretary of State"). */
export const TITLE_JOINERS = wordsIn('TITLE_JOINERS', `of for and the`);

/** Verbs that give a name after a description ("a man named Neil Calder"). */
export const NAMING_VERBS = wordsIn('NAMING_VERBS', `named called`);

/** Joiners of two roles ("president and CEO"). */
export const TITLE_COORDINATORS = wordsIn('TITLE_COORDINATORS', `and`);

/** The joiners that attach what follows to the role before them ("dad of", "spokeswoman for"). */
export const TITLE_PREPOSITIONS = wordsIn('TITLE_PREPOSITIONS', `of for`);

/** Titles that end a description of a person, not an organization's name. */
export const TRAILING_TITLES = wordsIn(
  'TRAILING_TITLES',
  `
spokesman spokeswoman spokesperson chairman chairwoman president minister secretary director chief official
officials coach captain manager correspondent ambassador envoy governor mayor commissioner leader executive
analyst economist
`,
);

/** Titles after which the rest of an organization-like span is a person's name. */
export const SPLIT_TITLES = wordsIn(
  'SPLIT_TITLES',
  `
attorney president chancellor premier minister senator sen rep gov governor mayor secretary spokesman spokeswoman
spokesperson chairman chairwoman director commissioner ambassador judge coach manager sheriff superintendent mr
mrs ms dr
`,
);

/** Titles that only go before a person's name. */
export const PERSON_TITLES = wordsIn(
  'PERSON_TITLES',
  `
president chancellor premier minister senator sen rep gov governor mayor mr mrs ms dr prof professor judge pope
ambassador spokesman spokeswoman
`,
);

/** Titles that are also common surnames ("Regina King", "John Major"). */
export const TITLE_SURNAMES = wordsIn('TITLE_SURNAMES', `king bishop major pope dean marshal`);

/** Words that may close an apposition: relative pronouns and coordination ("a lawyer and activist"). */
/** Marks that set a name off from what follows it (", Donald Trump, and ..."). */
// prettier-ignore
export const SET_OFF_MARKS = words('SET_OFF_MARKS', [',', ')', '.', ';', ':', '—', '–']);

export const APPOSITION_CLOSERS = wordsIn('APPOSITION_CLOSERS', `who which that whose whom and or but`);

/**
 * Verbs that state a position in a relative clause ("Smith, who heads the union, ..."; "who sits on the
 * committee"): the verb phrase is the role when the text gives no noun for it.
 */
export const POSITION_VERBS = wordsIn(
  'POSITION_VERBS',
  `
heads headed leads led chairs chaired runs ran directs directed manages managed coaches coached represents
represented owns owned founded co-founded oversees oversaw sits sat serves served works worked teaches taught
joined plays played
`,
);

/** Auxiliaries of a perfect tense that may open a relative clause that gives a role ("who has served ..."). */
export const PERFECT_AUXILIARIES = wordsIn('PERFECT_AUXILIARIES', `has have had`);

/**
 * Finite verbs that open a relative clause that says nothing of who the person is: modals, "do", verbs of
 * speaking or asking not in the cue lists, and of dying or being ("who died", "who lives").
 */
export const NOT_CLAUSE_VERBS = wordsIn(
  'NOT_CLAUSE_VERBS',
  `
will would could can may might shall should must do does did is are was were be am spoke speaks asked asks
declined declines requested requests died dies lives lived stood looked looks seemed seems appears appeared
happened happens gets got goes went comes came knows knew
`,
);

/** Words for a post that a relative clause may name instead of an organization ("who held the post", "joined the board"). */
export const POST_NOUNS = wordsIn('POST_NOUNS', `post job position office seat board charge role title helm`);

/** Pronouns for someone else, which make a relative clause no description of the person ("who pressed him"). */
export const CLAUSE_PRONOUNS = wordsIn('CLAUSE_PRONOUNS', `he she they him them i we you me us it`);

/** Quotation marks: a relative clause with a quotation is no role. */
// prettier-ignore
export const QUOTE_MARKS = words('QUOTE_MARKS', ['"', '“', '”', '‘', '’', "'"]);

/** Conjunctions that may stand before a sentence's subject ("But a veteran engineer said"). */
export const LEAD_CONJUNCTIONS = wordsIn('LEAD_CONJUNCTIONS', `but and meanwhile however`);

/**
 * Words that open a clause whose subject may be a description of a new person ("where a young refugee thanked
 * him", "the group said its programs director was among those killed").
 */
export const SUBORDINATORS = wordsIn('SUBORDINATORS', `where when after while because until said says that`);

/** Prepositions that attach a short phrase to a description's head ("a spokeswoman for the mayor"). */
export const DESCRIPTION_PREPOSITIONS = wordsIn('DESCRIPTION_PREPOSITIONS', `for of at with from`);

/** Possessive determiners that may open a role before a name ("his wife, Jane Doe"; "its president, Jane Doe"). */
export const POSSESSIVE_DETERMINERS = wordsIn('POSSESSIVE_DETERMINERS', `his her its their our`);

/** Adverbs that may open a predicate role ("is now the mayor"). */
export const LEAD_ADVERBS = wordsIn('LEAD_ADVERBS', `now also then currently still`);

/** Role nouns of one gender: before a name ("spokeswoman Jane Doe", "his wife, Jane") or heading its role. */
export const FEMALE_NOUNS = wordsIn(
  'FEMALE_NOUNS',
  `
actress waitress hostess stewardess heiress widow wife mother daughter sister aunt niece grandmother
granddaughter girlfriend fiancee fiancée bride spokeswoman chairwoman congresswoman councilwoman businesswoman
sportswoman policewoman anchorwoman assemblywoman alderwoman committeewoman stateswoman craftswoman horsewoman
newswoman weatherwoman camerawoman frontwoman woman girl mom mum grandma matriarch nun abbess stepmother
stepdaughter sister-in-law daughter-in-law mother-in-law queen princess duchess countess empress baroness
congresswomen lady
`,
);

export const MALE_NOUNS = wordsIn(
  'MALE_NOUNS',
  `
widower husband father son brother uncle nephew grandfather grandson boyfriend fiance fiancé groom spokesman
congressman councilman businessman sportsman policeman anchorman assemblyman committeeman frontman cameraman
weatherman newsman man boy dad grandpa patriarch monk stepfather stepson brother-in-law son-in-law father-in-law
king prince duke emperor baron
`,
);

/** Of those, the ones that may stand right before a name without being a title ("woman Jane" is no title). */
export const NOT_BEFORE_NAME = wordsIn('NOT_BEFORE_NAME', `woman girl man boy lady`);

/** Prepositions that end a role's head noun: "director of the gallery" and "spokeswoman for the carrier" are a director and a spokeswoman. */
export const ROLE_HEAD_PREPOSITIONS = wordsIn('ROLE_HEAD_PREPOSITIONS', `of at for in to with from on under since by`);

/** Honorifics that with a place make a pageant title ("Miss Alabama", "Miss North Carolina"). */
export const PAGEANT_TITLES = wordsIn('PAGEANT_TITLES', `miss`);

/** Words right before a player's name in parentheses after a character ("played by", "a performance from"). */
export const PLAYER_PREPOSITIONS = wordsIn('PLAYER_PREPOSITIONS', `by from`);

/** "That would be Jane Doe": a sentence that names who a description before it was (subject, modal, verb). */
export const IDENTIFYING_SUBJECTS = wordsIn('IDENTIFYING_SUBJECTS', `that it`);
export const IDENTIFYING_MODALS = wordsIn('IDENTIFYING_MODALS', `would will`);
export const IDENTIFYING_VERBS = wordsIn('IDENTIFYING_VERBS', `be was is`);

/** Nouns of a part or place of something, which describe no one ("Jane Doe, the rest of the team, ..."). */
export const PARTITIVE_NOUNS = wordsIn(
  'PARTITIVE_NOUNS',
  `rest end top bottom middle front back side part most half start beginning center centre edge heart`,
);

/** Prepositions that name the capacity a role noun is held in ("his predecessor as setup guru"). */
export const CAPACITY_PREPOSITIONS = wordsIn('CAPACITY_PREPOSITIONS', `as`);

/** Words for any person, which describe no one in particular ("The man said"). */
export const GENERIC_PERSON_NOUNS = wordsIn(
  'GENERIC_PERSON_NOUNS',
  `man woman person boy girl child kid guy lady gentleman individual adult teenager teen baby`,
);
