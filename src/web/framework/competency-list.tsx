// i18n: not yet translated
import type { Competency } from '../../shared/framework';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Each competency's name and description at a glance; the rest one click away. */
export function CompetencyList({ competencies }: { competencies: Competency[] }) {
  return (
    <ol className="framework-competencies" aria-label="Competencies">
      {competencies.map((competency) => (
        <li key={competency.key} className="framework-competency card">
          <h3 className="framework-competency-name">{competency.name}</h3>
          <p>{competency.description}</p>
          <details className="framework-competency-details">
            <summary>
              Why it matters, {count(competency.reflectionPrompts.length, 'prompt', 'prompts')} and{' '}
              {count(competency.behaviors.length, 'behavior', 'behaviors')}
            </summary>
            <h4>Why it matters</h4>
            <p>{competency.whyItMatters}</p>
            <h4>Reflection prompts</h4>
            <ul>
              {competency.reflectionPrompts.map((prompt, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: nothing requires prompts to differ.
                <li key={index}>{prompt}</li>
              ))}
            </ul>
            <h4>Behaviors</h4>
            <p className="muted">Leaders commit to these, and stakeholders rate them.</p>
            <ul>
              {competency.behaviors.map((behavior) => (
                <li key={behavior.key}>{capitalize(behavior.text)}</li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ol>
  );
}

// Behaviors are written to follow "Did I do my best to …", so they start in lower case.
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
