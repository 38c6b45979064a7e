// What an editorial remark reports, where it reports the audience's sounds: `(Смех.)`, `(Laughter.)`,
// `(Laughs.)` are laughter; `(Аплодисменты.)`, `(Applause)` are applause; `(Laughter and applause.)`
// is both. Other remarks (`(Обращаясь к Е.Корочкиной.)`, `(Demonstration of a video.)`) report
// something else. Research formats mark the two apart (TEI `<vocal type="laughter">`,
// `<kinesic type="applause">`).

export type AudienceSound = 'laughter' | 'applause';

const SOUNDS: readonly [AudienceSound, RegExp][] = [
  ['laughter', /^(?:смех|смеётся|смеется|смеются|laughter|laughs|laughing)$/i],
  ['applause', /^(?:аплодисменты|applause|applauds|applauding)$/i],
];

/** Words a remark may hold besides the sounds it names: `(Laughter and applause in the audience.)`. */
const GLUE = /^(?:и|в|зале|зал|and|in|the|audience|room|,)$/i;

/** The sounds a remark's text names, in its order; empty when the remark says anything else
 *  (`(Смех в зале.)` is laughter, `(Смех и слёзы в голосе.)` is not only sounds, so it is none). */
export function audienceSounds(remark: string): AudienceSound[] {
  const inner = remark.replace(/^\(|\)$/g, '').replace(/[.!]+$/, '');
  const words = inner.split(/[\s\u00A0\u2423]+|(?=,)|(?<=,)/).filter((w) => w.length > 0);
  const out: AudienceSound[] = [];
  for (const word of words) {
    const sound = SOUNDS.find(([, pattern]) => pattern.test(word))?.[0];
    if (sound) {
      if (!out.includes(sound)) out.push(sound);
    } else if (!GLUE.test(word)) return [];
  }
  return out;
}
