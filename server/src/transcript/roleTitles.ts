// Official titles that head a role phrase before a name (rolePhrases.ts), and the words that may
// stand around them: Russian in all its cases, and English.

import { CASES, fold, type Case } from './russianInflection';

export type HeadType = 'hard' | 'soft' | 'iy' | 'adj' | 'a' | 'ya' | 'indecl';

/**
 * Official titles that head a role phrase before a name, Russian with the declension they follow.
 * `hard`: президент, -а, -у, -ом, -е; `soft`: председатель, -я, -ю, -ем, -е; `adj`: командующий,
 * -его, -ему, -им, -ем; `a`: глава, -ы, -е, -у, -ой; `indecl`: врио. A hyphenated title declines
 * its last part (`вице-президентом`, `премьер-министра`, `пресс-секретарю`).
 */
const RU_HEADS: Record<HeadType, string> = {
  hard:
    'президент министр губернатор мэр директор гендиректор советник помощник депутат сенатор спикер ректор проректор ' +
    'начальник эмир канцлер полпред постпред торгпред генпрокурор прокурор омбудсмен член премьер султан шейх принц ' +
    'кронпринц монарх патриарх митрополит архиепископ епископ имам раввин аким хоким префект бургомистр командир ' +
    'генерал адмирал маршал лидер атаман генсек журналист корреспондент редактор главред консул генконсул комиссар ' +
    'инспектор координатор декан академик зампред',
  soft: 'председатель сопредседатель заместитель руководитель представитель секретарь госсекретарь генсекретарь король основатель учредитель обозреватель',
  iy: 'муфтий',
  adj: 'командующий главнокомандующий уполномоченный управляющий исполняющий',
  a: 'глава',
  ya: 'судья',
  indecl: 'врио и.о. замминистра замглавы зампредседателя заммэра замгубернатора замдиректора атташе',
};

export interface Head {
  lemma: string;
  type: HeadType;
  cases: Case[];
}

export const RU_HEAD_FORMS = new Map<string, Head>();
{
  const put = (form: string, lemma: string, type: HeadType, cases: readonly Case[]) => {
    const key = fold(form);
    const prev = RU_HEAD_FORMS.get(key);
    if (prev) prev.cases = [...new Set([...prev.cases, ...cases])];
    else RU_HEAD_FORMS.set(key, { lemma, type, cases: [...cases] });
  };
  const GEN_ACC: Case[] = ['gen', 'acc'];
  for (const [type, list] of Object.entries(RU_HEADS) as [HeadType, string][]) {
    for (const lemma of list.split(' ')) {
      const forms = (cut: number, endings: [string, Case[]][]) => {
        put(lemma, lemma, type, ['nom']);
        for (const [e, cases] of endings) put(lemma.slice(0, lemma.length - cut) + e, lemma, type, cases);
      };
      const hushing = /[жшчщц]$/.test(lemma);
      switch (type) {
        case 'hard':
          forms(0, [['а', GEN_ACC], ['у', ['dat']], [hushing ? 'ем' : 'ом', ['ins']], ['е', ['loc']]]);
          break;
        case 'soft':
          forms(1, [['я', GEN_ACC], ['ю', ['dat']], ['ем', ['ins']], ['е', ['loc']]]);
          break;
        case 'iy':
          forms(1, [['я', GEN_ACC], ['ю', ['dat']], ['ем', ['ins']], ['и', ['loc']]]);
          break;
        case 'adj': {
          // командующий: -его, -ему, -им, -ем; уполномоченный: -ого, -ому, -ым, -ом.
          const soft = lemma.endsWith('ий');
          forms(2, soft ? [['его', GEN_ACC], ['ему', ['dat']], ['им', ['ins']], ['ем', ['loc']]] : [['ого', GEN_ACC], ['ому', ['dat']], ['ым', ['ins']], ['ом', ['loc']]]);
          break;
        }
        case 'a':
          forms(1, [['ы', ['gen']], ['е', ['dat', 'loc']], ['у', ['acc']], ['ой', ['ins']], ['ою', ['ins']]]);
          break;
        case 'ya':
          forms(1, [['и', ['gen']], ['е', ['dat', 'loc']], ['ю', ['acc']], ['ей', ['ins']], ['ею', ['ins']]]);
          break;
        case 'indecl':
          put(lemma, lemma, type, CASES);
          break;
      }
    }
  }
  // посол loses its vowel; its locative `после` is left out, being the everyday preposition.
  for (const [form, cases] of [['посол', ['nom']], ['посла', GEN_ACC], ['послу', ['dat']], ['послом', ['ins']]] as [string, Case[]][]) {
    put(form, 'посол', 'hard', cases);
  }
}

/** English titles; capitalised in running text, but a few newsroom roles are written lowercase. */
export const EN_HEADS = new Set(
  (
    'president minister chairman chairwoman chairperson chair governor mayor head director director-general ceo cfo coo ' +
    'deputy aide adviser advisor ambassador rector speaker secretary chief commander commander-in-chief envoy representative ' +
    'ombudsman ombudsperson commissioner prosecutor judge chancellor king queen emir sultan prince sheikh patriarch mufti ' +
    'senator member leader founder premier principal dean manager officer spokesman spokeswoman spokesperson editor ' +
    'editor-in-chief anchor host journalist correspondent presenter reporter'
  ).split(' '),
);
export const EN_LOWERCASE_HEADS = new Set(['anchor', 'journalist', 'correspondent', 'presenter', 'reporter', 'editor']);
/** Words that may stand right before a second title inside one role: `Deputy Prime Minister`. */
export const EN_TITLE_MODIFIERS = new Set(
  'prime vice first deputy executive general chief foreign finance senior acting managing press crown special presidential permanent plenipotentiary supreme assistant associate defence defense trade economy economic energy health healthcare justice interior education culture sports transport labour labor'.split(' '),
);
export const EN_FUNCTION = new Set(['of', 'the', 'for', 'to', 'on', 'and']);

/** Words that end a role in Russian: prepositions and conjunctions before a name, pronouns. */
export const RU_STOP = new Set(
  ('с со а но или что чтобы который которая которое которые которого которой которым как где когда также тоже уже ещё еще ' +
    'не ни это этого этой этот эта его её ее их он она они к ко от о об обо у за для из до после перед между через без под над ' +
    'вместе лично сам сама самого всего всех').split(' ').map(fold),
);
/**
 * Prepositions inside a title and the case they take there: `Уполномоченный по правам человека`
 * (dative), `Посол России в США`, `представитель при ООН` (prepositional). `в` with the accusative
 * is a direction (`визита Султана Омана в Российскую Федерацию`), not a title.
 */
export const RU_TITLE_PREPOSITIONS: Record<string, 'dat' | 'loc'> = { по: 'dat', при: 'loc', в: 'loc', во: 'loc', на: 'loc' };
/** Endings a word may have in a phrase of that case (its genitive complements aside). */
export const RU_PHRASE_ENDINGS: Record<'dat' | 'loc' | 'ins', RegExp> = {
  dat: /(у|ю|ам|ям|ому|ему|ой|ей|ым|им|и|е)$/,
  loc: /(е|и|ах|ях|ом|ем|ой|ей|ых|их)$/,
  ins: /(ом|ем|ой|ей|ою|ею|ым|им|ами|ями)$/,
};
/** Genitive plurals with no ending, common after titles: `министр внутренних дел`. */
export const RU_ZERO_GENITIVE = new Set(['дел', 'сил', 'войск', 'наук', 'мусульман', 'граждан', 'христиан', 'армян', 'лет']);
/** Pronouns and determiners with adjective endings, never part of a title: `его заместителя`. */
export const RU_PRONOUNS = new Set(
  ('его ее её их свой своего своему своим своем своём этого этому этим этом того тому тем том нашего нашему нашим нашем ' +
    'вашего вашему вашим вашем всего всему всем всём самого самому самим самом моего моему моим моем какого какому каким каком ' +
    'которого которому которым котором').split(' ').map(fold),
);

/** Adjective stems whose nominative is stressed `-ой`: `второго` → `второй`, not `вторый`. */
export const OY_STEMS = new Set(['втор', 'городск', 'морск', 'мирск', 'донск', 'друг', 'молод', 'свят', 'основн', 'больш', 'запасн', 'рулев']);

/** Titles whose complement is in the instrumental: `командующий Военно-Морским Флотом`. */
export const RU_INSTRUMENTAL_GOVERNORS = new Set(['командующий', 'главнокомандующий']);
