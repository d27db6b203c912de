import type { Theme } from '../../shared/rounds';
import { EmptyState } from '../components/empty-state';
import { richText } from '../i18n/rich-text';
import { useRoundsText } from './rounds-text';

/** Feedforward as it came in — shuffled, unattributed — and the ideas several share, as a way in. */
export function SuggestionsSection({
  suggestions,
  themes,
}: {
  suggestions: string[];
  themes: Theme[] | null;
}) {
  const t = useRoundsText();
  return (
    <section className="card section" aria-labelledby="suggestions-heading">
      <div className="section-heading">
        <h2 id="suggestions-heading">{t('suggestions.heading')}</h2>
        <span className="count">{suggestions.length}</span>
      </div>
      {suggestions.length === 0 ? (
        <EmptyState title={t('suggestions.none')}>
          <p>{t('suggestions.noneText')}</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted">{t('suggestions.readAll')}</p>
          {suggestions.length > 1 ? <Themes themes={themes} /> : null}
          <h3 className="list-heading">{t('suggestions.every')}</h3>
          <ul className="quote-list" aria-label={t('suggestions.every')}>
            {suggestions.map((suggestion, index) => (
              // Texts have no id; their shuffled position is stable for this page view.
              // biome-ignore lint/suspicious/noArrayIndexKey: two people may write the same words.
              <li key={index}>{suggestion}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Only ideas several suggestions share: a list of single words would tell the leader nothing. */
function Themes({ themes }: { themes: Theme[] | null }) {
  const t = useRoundsText();
  return (
    <div className="themes">
      <h3 className="list-heading">{t('themes.heading')}</h3>
      {themes === null ? (
        <p className="muted">{t('themes.unavailable')}</p>
      ) : themes.length === 0 ? (
        <p className="muted">{t('themes.none')}</p>
      ) : (
        <ThemeList themes={themes} />
      )}
    </div>
  );
}

function ThemeList({ themes }: { themes: Theme[] }) {
  const t = useRoundsText();
  return (
    <>
      <p className="muted">{t('themes.intro')}</p>
      <ul className="theme-list" aria-label={t('themes.heading')}>
        {themes.map((theme) => (
          <li key={theme.label} className="theme">
            <details>
              <summary>
                <span className="theme-label">{t('themes.label', { label: theme.label })}</span>
                <span className="count">
                  {richText(t('themes.count', { count: theme.suggestions.length }), {
                    hidden: (chunk) => <span className="visually-hidden">{chunk}</span>,
                  })}
                </span>
              </summary>
              <ul className="quote-list">
                {theme.suggestions.map((suggestion, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: two people may write the same words.
                  <li key={index}>{suggestion}</li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
