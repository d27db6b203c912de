// i18n: not yet translated
import type { Theme } from '../../shared/rounds';
import { EmptyState } from '../components/empty-state';

/** Feedforward as it came in — shuffled, unattributed — and the ideas several share, as a way in. */
export function SuggestionsSection({
  suggestions,
  themes,
}: {
  suggestions: string[];
  themes: Theme[] | null;
}) {
  return (
    <section className="card section" aria-labelledby="suggestions-heading">
      <div className="section-heading">
        <h2 id="suggestions-heading">Suggestions for the future</h2>
        <span className="count">{suggestions.length}</span>
      </div>
      {suggestions.length === 0 ? (
        <EmptyState title="No suggestions in this round">
          <p>Nobody wrote a suggestion this time.</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted">
            Read them all before deciding anything. You may not reply to a suggestion, only thank people for
            them.
          </p>
          {suggestions.length > 1 ? <Themes themes={themes} /> : null}
          <h3 className="list-heading">Every suggestion</h3>
          <ul className="quote-list" aria-label="Every suggestion">
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
  return (
    <div className="themes">
      <h3 className="list-heading">Themes</h3>
      {themes === null ? (
        <p className="muted">Themes could not be worked out this time; every suggestion is below.</p>
      ) : themes.length === 0 ? (
        <p className="muted">No idea came up in more than one suggestion.</p>
      ) : (
        <ThemeList themes={themes} />
      )}
    </div>
  );
}

function ThemeList({ themes }: { themes: Theme[] }) {
  return (
    <>
      <p className="muted">Ideas that more than one suggestion shares, in the words of one of them.</p>
      <ul className="theme-list" aria-label="Themes">
        {themes.map((theme) => (
          <li key={theme.label} className="theme">
            <details>
              <summary>
                <span className="theme-label">“{theme.label}”</span>
                <span className="count">
                  {theme.suggestions.length}
                  <span className="visually-hidden"> suggestions</span>
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
