/**
 * The text analysis (hints, reframing, the behavior check, the identifying-details check) reads
 * English only. Run over German or Spanish it would flag the wrong words and suggest English
 * rewrites, so where a text does not look English no hint is shown and the page says why.
 */

// The commonest English function words: nearly every English sentence has some, other languages
// almost none (the few shared spellings, such as "in", "so" or "also", are left out).
const englishWords = new Set(
  (
    'the a an and or but of to for with about from at by on this that these those is are was were be been ' +
    'being have has had do does did not no i you he she it we they me him her us them my your his its our ' +
    'their what when where who why how which can could would should will shall may might must more less ' +
    'than then there here if because before after while up out just only very really some any every each ' +
    'again never always often ever into over under same other next time people team meeting'
  ).split(' '),
);

const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];

/** Whether a text reads as English, by the share of common English words in it. */
export function looksEnglish(text: string): boolean {
  const words = wordsOf(text);
  // Too short to tell ("ok", a name): treated as English, so hints behave as they always did.
  if (words.length < 4) return true;
  const english = words.filter((word) => englishWords.has(word.replace(/’/g, "'"))).length;
  return english / words.length >= 0.2;
}
