/**
 * What the text module's analysis hands to models: plain data, so a model that works on analyzed
 * text never loads wink-nlp or its English model (text-analysis.ts does, once per worker).
 */

/** Universal Dependencies part-of-speech tags, as wink-nlp assigns them. */
export type PartOfSpeech =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/** One token as the text models see it; plain data so models never touch wink-nlp itself. */
export type AnalyzedToken = {
  /** As written. */
  text: string;
  /** The whitespace written before it, so a span can be put back together as typed. */
  spaceBefore: string;
  /** Lowercased, with contractions expanded ("n't" → "not", "'re" → "are"). */
  normal: string;
  /** Dictionary form ("missed" → "miss", "people" → "people", "'re" → "be"). */
  lemma: string;
  /** Porter stem of the lemma, for matching word families ("told" → "tell", "delegation" → "deleg"). */
  stem: string;
  pos: PartOfSpeech;
  /** wink-nlp's token type: 'word', 'number', 'punctuation', 'emoji', 'url', … */
  kind: string;
  isStopWord: boolean;
  /** Inside the scope of a negation ("don't *listen to me*"). */
  isNegated: boolean;
  /** The lowercase form is in the model's English lexicon; most people's names are not. */
  isKnownWord: boolean;
  /** First token of its sentence, where capitals say nothing about names. */
  startsSentence: boolean;
  /** Entity type when the token is part of a detected entity, e.g. 'DATE' or 'DURATION'. */
  entity: string | null;
};

export type AnalyzedSentence = {
  text: string;
  tokens: AnalyzedToken[];
  /** Roughly -1 (negative) … +1 (positive). */
  sentiment: number;
};

export type AnalyzedText = {
  sentences: AnalyzedSentence[];
  tokens: AnalyzedToken[];
  sentiment: number;
};

/** Puts tokens back together with the spacing they were written with. */
export function joinTokens(tokens: readonly AnalyzedToken[]): string {
  return tokens.map((token, index) => (index === 0 ? token.text : token.spaceBefore + token.text)).join('');
}

export type TextAnalysis = {
  analyze(text: string): AnalyzedText;
};
