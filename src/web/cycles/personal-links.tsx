import { useEffect, useRef } from 'react';
import type { InvitationLink } from '../../shared/rounds';
import { CopyButton } from '../components/copy-button';

/**
 * Links for people Feedforward could not email. Only hashes are stored, so this is the one time the
 * leader can see them; the panel says so plainly and takes focus so it is not missed.
 */
export function PersonalLinks({
  links,
  title,
  children,
}: {
  links: InvitationLink[];
  title: string;
  children?: React.ReactNode;
}) {
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.focus();
  }, []);
  return (
    <section ref={panel} tabIndex={-1} className="card section links-panel" aria-labelledby="links-heading">
      <h2 id="links-heading">{title}</h2>
      <p>
        Feedforward could not email {links.length === 1 ? 'this person' : 'these people'} (no email address,
        or no mail server), so send each one their own link — by chat, or in person.
      </p>
      <p className="links-warning">
        <strong>Each link is personal and will not be shown again.</strong> Copy them now. Anyone holding a
        link can answer once in that person's place, so never post one where others can see it.
      </p>
      <ul className="link-list" aria-label="Personal links">
        {links.map((link) => (
          <li key={link.stakeholderId} className="link-item">
            <span className="link-name">{link.name}</span>
            <input
              className="link-url"
              readOnly
              value={link.url}
              aria-label={`Personal link for ${link.name}`}
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyButton
              text={link.url}
              label={
                <>
                  Copy<span className="visually-hidden"> link for {link.name}</span>
                </>
              }
              copiedLabel="Copied"
              announcement={`Link for ${link.name} copied.`}
            />
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}
