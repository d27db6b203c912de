/** One language of the framework catalog: `<competency>.<text>` keys, plain texts, no placeholders. */
export type FrameworkCatalog = Readonly<Record<string, string>>;

/**
 * The text in another language, only while it is still the default's own English wording: what a
 * workspace wrote or reworded itself stays exactly as written, since nobody has translated it.
 */
export const whileDefaultWording =
  (english: FrameworkCatalog, translation: FrameworkCatalog) => (key: string, text: string) =>
    english[key] === text ? (translation[key] ?? text) : text;

type Behavior = { key: string; text: string };

/** The texts of a competency as a screen or an API answer carries them; some carry only a few. */
type CompetencyTexts = {
  key: string;
  name: string;
  description?: string;
  whyItMatters?: string;
  reflectionPrompts?: string[];
  behaviors?: Behavior[];
};

/**
 * Every text of a competency a leader reads, in the translation's language where it is still the
 * default's English. Reflection prompts are found by their wording, so reordering them keeps them
 * translated.
 */
export function competencyTextsIn<C extends CompetencyTexts>(
  competency: C,
  english: FrameworkCatalog,
  translation: FrameworkCatalog,
): C {
  if (english === translation) return competency;
  const text = whileDefaultWording(english, translation);
  const at = (field: string) => `${competency.key}.${field}`;
  const prompt = (wording: string) => {
    const key = Object.keys(english).find(
      (candidate) => candidate.startsWith(at('reflection-prompt-')) && english[candidate] === wording,
    );
    return key ? text(key, wording) : wording;
  };
  const { description, whyItMatters, reflectionPrompts, behaviors } = competency;
  return {
    ...competency,
    name: text(at('name'), competency.name),
    ...(description === undefined ? {} : { description: text(at('description'), description) }),
    ...(whyItMatters === undefined ? {} : { whyItMatters: text(at('why-it-matters'), whyItMatters) }),
    ...(reflectionPrompts === undefined ? {} : { reflectionPrompts: reflectionPrompts.map(prompt) }),
    ...(behaviors === undefined
      ? {}
      : {
          behaviors: behaviors.map((behavior) => ({
            ...behavior,
            text: text(at(behavior.key), behavior.text),
          })),
        }),
  };
}

/** A whole framework, its name included, as `competencyTextsIn` translates each competency. */
export function frameworkTextsIn<F extends { name: string; competencies: CompetencyTexts[] }>(
  framework: F,
  english: FrameworkCatalog,
  translation: FrameworkCatalog,
): F {
  if (english === translation) return framework;
  return {
    ...framework,
    name: whileDefaultWording(english, translation)('framework.name', framework.name),
    competencies: framework.competencies.map((competency) =>
      competencyTextsIn(competency, english, translation),
    ),
  };
}
