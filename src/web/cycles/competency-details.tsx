import type { Competency } from '../../shared/framework';
import { useCyclesText } from './cycles-text';

/** What a competency is for: why it matters and the questions to reflect on before choosing it. */
export function CompetencyDetails({
  competency,
  headingLevel = 3,
}: {
  competency: Competency;
  headingLevel?: 3 | 4;
}) {
  const t = useCyclesText();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="competency-details">
      <Heading>{t('competency.whyItMatters')}</Heading>
      <p>{competency.whyItMatters}</p>
      <Heading>{t('competency.reflect')}</Heading>
      <ul className="reflection-prompts">
        {competency.reflectionPrompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
    </div>
  );
}
