import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemEntity, type ItemSentence, type ItemToken, type ItsFunction } from 'wink-nlp';
import type {
  AnalyzedSentence,
  AnalyzedText,
  AnalyzedToken,
  PartOfSpeech,
  TextAnalysis,
} from './analyzed-text';

/**
 * Loads the English model once (about 80 ms and a few MB), so the composition root calls
 * this once and passes the result to whatever needs it. Everything runs offline.
 */
export function createTextAnalysis(): TextAnalysis {
  const nlp = winkNLP(model);
  const its = nlp.its;
  // wink's typings declare these two with an extra `addons` argument that `out()` supplies itself.
  const lemmaOf = its.lemma as unknown as ItsFunction<string>;
  const stemOf = its.stem as unknown as ItsFunction<string>;
  // The token stemmer works on the word as written, which leaves "told" apart from "tell";
  // stemming the lemma with the model's own stemmer joins irregular forms too.
  const stemAddon = model.addons.stem;
  const stemWord = typeof stemAddon === 'function' ? (stemAddon as (word: string) => string) : null;

  function analyze(text: string): AnalyzedText {
    // The model reads "I'm" as a single unknown name instead of "I am"; spell it out first.
    const doc = nlp.readDoc(text.replace(/\b([Ii])['\u2019]m\b/g, '$1 am'));
    const all = doc.tokens();
    const entities = new Map<number, string>();
    doc.entities().each((entity: ItemEntity) => {
      const type = (entity.out(its.detail) as { type: string }).type;
      entity.tokens().each((token: ItemToken) => {
        entities.set(token.index(), type);
      });
    });

    const texts = all.out();
    const spaces = all.out(its.precedingSpaces) as string[];
    const normals = all.out(its.normal) as string[];
    const lemmas = all.out(lemmaOf) as string[];
    const stems = all.out(stemOf) as string[];
    const pos = all.out(its.pos) as PartOfSpeech[];
    const kinds = all.out(its.type) as string[];
    const stopWords = all.out(its.stopWordFlag) as boolean[];
    const negations = all.out(its.negationFlag) as boolean[];

    const tokens: AnalyzedToken[] = texts.map((tokenText, index) => ({
      text: tokenText,
      spaceBefore: spaces[index] ?? '',
      normal: normals[index] ?? tokenText.toLowerCase(),
      lemma: lemmas[index] ?? tokenText.toLowerCase(),
      stem: stemWord && lemmas[index] ? stemWord(lemmas[index]) : (stems[index] ?? tokenText.toLowerCase()),
      pos: pos[index] ?? 'X',
      kind: kinds[index] ?? 'word',
      isStopWord: stopWords[index] ?? false,
      isNegated: negations[index] ?? false,
      entity: entities.get(index) ?? null,
      // isOOV checks the model's own vocabulary; isLexeme also grows with every text read.
      isKnownWord: !doc.isOOV(normals[index] ?? tokenText.toLowerCase()),
      startsSentence: false,
    }));

    const sentences: AnalyzedSentence[] = [];
    doc.sentences().each((sentence: ItemSentence) => {
      const sentenceTokens = sentence.tokens();
      const first = sentenceTokens.length() > 0 ? sentenceTokens.itemAt(0).index() : 0;
      const firstToken = tokens[first];
      if (firstToken) firstToken.startsSentence = true;
      sentences.push({
        text: sentence.out(),
        tokens: tokens.slice(first, first + sentenceTokens.length()),
        sentiment: sentence.out(its.sentiment) as number,
      });
    });

    return { sentences, tokens, sentiment: doc.out(its.sentiment) as number };
  }

  return { analyze };
}
