import type { Competency } from '../../shared/framework';
import { useUiLanguage } from '../i18n/ui-language';
import { competencyInUiLanguage } from './default-framework-language';
import { useFrameworkText } from './framework-text';

/**
 * Each competency's name and description at a glance; the rest one click away. The default
 * framework's own wording reads in the screen's language.
 */
export function CompetencyList({ competencies }: { competencies: Competency[] }) {
  const t = useFrameworkText();
  const language = useUiLanguage();
  return (
    <ol className="framework-competencies" aria-label={t('page.competencies')}>
      {competencies
        .map((stored) => competencyInUiLanguage(stored, language))
        .map((competency) => (
          <li key={competency.key} className="framework-competency card">
            <h3 className="framework-competency-name">{competency.name}</h3>
            <p>{competency.description}</p>
            <details className="framework-competency-details">
              <summary>
                {t('list.summary', {
                  prompts: competency.reflectionPrompts.length,
                  behaviors: competency.behaviors.length,
                })}
              </summary>
              <h4>{t('list.whyItMatters')}</h4>
              <p>{competency.whyItMatters}</p>
              <h4>{t('list.reflectionPrompts')}</h4>
              <ul>
                {competency.reflectionPrompts.map((prompt, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: nothing requires prompts to differ.
                  <li key={index}>{prompt}</li>
                ))}
              </ul>
              <h4>{t('list.behaviors')}</h4>
              <p className="muted">{t('list.behaviorsNote')}</p>
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
