/** Whether a text has any of some markers (lower case), each marker looked up once per text. */
export interface TextMarkers {
  (markers: readonly string[]): boolean;
  /** The text in lower case, made once. */
  readonly lower: () => string;
}

/** The marker lookup for one text: its lower-case copy is made on the first lookup. */
export const textMarkers = (text: string): TextMarkers => {
  let lower: string | undefined;
  const lowerText = () => (lower ??= text.toLowerCase());
  const seen = new Map<string, boolean>();
  const contains = (marker: string) => {
    let found = seen.get(marker);
    if (found === undefined) seen.set(marker, (found = lowerText().includes(marker)));
    return found;
  };
  return Object.assign((markers: readonly string[]) => markers.some(contains), { lower: lowerText });
};

/** Whether a pattern's text context (`textHas`, `textLacks`) holds in the text. */
export const textContextHolds = (pattern: { readonly textHas?: readonly string[]; readonly textLacks?: readonly string[] }, has: TextMarkers): boolean =>
  !((pattern.textHas && !has(pattern.textHas)) || (pattern.textLacks && has(pattern.textLacks)));
