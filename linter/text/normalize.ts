// Text is checked after NFC normalisation (SPEC §4: "NFC-normalised for checking but positions
// point into the original"). This keeps a map from normalised offsets back to the original.

export interface NormalizedText {
  /** The original text, as the user sees it. */
  readonly original: string;
  /** The NFC form the rules read. */
  readonly text: string;
  /** Offset in `text` → offset in `original`. */
  toOriginal(offset: number): number;
}

const identity = (offset: number): number => offset;

// A base character followed by combining marks is the unit NFC may compose.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

export function normalizeText(original: string): NormalizedText {
  const text = original.normalize('NFC');
  if (text === original) return { original, text, toOriginal: identity };
  // Slow path, only for text that really has decomposed letters (e.g. pasted from macOS).
  // starts[i] = original offset of the cluster that produced normalised offset i.
  const pieces: string[] = [];
  const starts: number[] = [];
  for (const match of original.matchAll(CLUSTER)) {
    const composed = match[0].normalize('NFC');
    pieces.push(composed);
    for (let i = 0; i < composed.length; i++) starts.push(match.index + Math.min(i, match[0].length - 1));
  }
  const rebuilt = pieces.join('');
  starts.push(original.length);
  return {
    original,
    text: rebuilt,
    toOriginal(offset: number): number {
      if (offset <= 0) return 0;
      if (offset >= starts.length - 1) return original.length;
      return starts[offset]!;
    },
  };
}
