import type { FrameworkIssue } from './framework-file';
import { useFrameworkText } from './framework-text';

// A file wrong everywhere would otherwise list hundreds; the first ones are enough to start fixing.
const shownIssues = 50;

type FrameworkIssuesProps = { issues: FrameworkIssue[]; file?: unknown };

/** Every problem at its path, with the competency's name when the path points into one. */
export function FrameworkIssues({ issues, file }: FrameworkIssuesProps) {
  const t = useFrameworkText();
  const hidden = issues.length - shownIssues;
  return (
    <>
      <ul className="issue-list" aria-label={t('issues.label')}>
        {issues.slice(0, shownIssues).map((issue, index) => {
          const name = competencyNameAt(file, issue.path);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: two issues may share a path and message.
            <li key={index}>
              <span className="issue-where">
                <code>{issue.path || t('issues.wholeFile')}</code>
                {name ? <span className="muted"> {t('issues.inCompetency', { name })}</span> : null}
              </span>
              <span className="issue-message">{issue.message}</span>
            </li>
          );
        })}
      </ul>
      {hidden > 0 ? <p>{t('issues.more', { count: hidden })}</p> : null}
    </>
  );
}

/** "competencies.3.behaviors.1.key" → the name of competency 3, if the file gives it one. */
function competencyNameAt(file: unknown, path: string): string | undefined {
  const match = /^competencies\.(\d+)(?:\.|$)/.exec(path);
  if (!match) return undefined;
  const competencies = (file as { competencies?: unknown } | undefined)?.competencies;
  if (!Array.isArray(competencies)) return undefined;
  const name = (competencies[Number(match[1])] as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}
