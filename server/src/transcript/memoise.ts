// The memo behind the label readings that depend on a label's text alone (speakerKeys.ts,
// labelForms.ts).

/** Pure functions of a label's text, memoised: a transcript writes a few thousand labels over tens
 *  of thousands of turns. Keyed by a context (a few values) and the text itself, so no key string is
 *  built; each memo forgets everything when full, so it never grows past `limit` entries. */
export function memoise<C, R>(limit: number, compute: (context: C, text: string) => R): (context: C, text: string) => R {
  const memos = new Map<C, Map<string, R>>();
  let size = 0;
  return (context: C, text: string) => {
    let memo = memos.get(context);
    if (!memo) memos.set(context, (memo = new Map()));
    let value = memo.get(text);
    if (value === undefined && !memo.has(text)) {
      if (size >= limit) {
        for (const m of memos.values()) m.clear();
        size = 0;
      }
      value = compute(context, text);
      memo.set(text, value);
      size++;
    }
    return value as R;
  };
}
