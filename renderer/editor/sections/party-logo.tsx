import { useState } from 'react';
import { partyDisplayName } from '../../../shared/draft/activity-groups';
import { logoDataUrl, logoPixelSize } from '../../../shared/draft/image';
import type { Draft, Party, PartyLogo } from '../../../shared/draft/schema';
import { LOGO_TEXT as T } from '../../../shared/i18n/logo';
import { api } from '../../api';
import { messageOf } from '../../components/messages';
import { fieldId } from '../draft-paths';
import { useEditor } from '../editor-context';
import { TextField } from '../fields';
import { classNames } from '../../class-names';
import fieldStyles from '../fields.module.css';
import styles from './party-logo.module.css';
import { BusyButton } from '../../components/busy-button';

/** A copy of the draft with one party's logo set, or removed with `undefined`; found by id, as the parties may have moved. */
function withLogo(draft: Draft, partyId: string, logo: PartyLogo | undefined): Draft {
  return {
    ...draft,
    parties: draft.parties.map((party) => {
      if (party.id !== partyId) return party;
      const { logo: _old, ...rest } = party;
      return logo ? { ...rest, logo } : rest;
    }),
  };
}

/**
 * A party's logo in the editor: "Lägg till logotyp" asks the Node side for a
 * PNG or JPEG (checked there; a refusal shows here, in its own words), then a
 * small preview with its format and size, its alternative text, and buttons
 * to replace or remove it. A replaced logo keeps its alternative text, as it
 * is usually a newer version of the same logo. Locked (signed): the logo and
 * its text are shown read-only, and nothing at all without a logo.
 */
export function PartyLogoField({ party, index }: { party: Party; index: number }) {
  const { update, commit, requestFocus, locked } = useEditor();
  const [picking, setPicking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const logo = party.logo;
  if (locked && !logo) return null;

  const addId = fieldId(['parties', index, 'logo']);
  const altPath = ['parties', index, 'logo', 'alt'] as const;
  const fallback = T.documentAlt(partyDisplayName(party));
  const pixels = logo ? logoPixelSize(logo.data) : null;

  const pick = async () => {
    setPicking(true);
    setProblem(null);
    try {
      const picked = await api.pickLogo();
      if (!picked) return;
      update((d) => withLogo(d, party.id, { ...picked, alt: d.parties.find((p) => p.id === party.id)?.logo?.alt ?? picked.alt }));
      commit();
      requestFocus(fieldId(altPath));
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setPicking(false);
    }
  };

  const removeLogo = () => {
    setProblem(null);
    update((d) => withLogo(d, party.id, undefined));
    commit();
    requestFocus(addId);
  };

  return (
    <fieldset className={fieldStyles.fieldset}>
      <legend className={fieldStyles.legend}>{T.legend}</legend>
      {!locked && <p className={fieldStyles.fieldsetHint}>{T.hint}</p>}
      {logo ? (
        <div className={styles.content}>
          <figure className={styles.figure}>
            <img className={styles.image} src={logoDataUrl(logo)} alt={logo.alt.trim() || fallback} />
            {pixels && <figcaption className={styles.size}>{T.size(pixels.width, pixels.height, logo.mediaType)}</figcaption>}
          </figure>
          <TextField path={altPath} label={T.alt} hint={T.altHint(fallback)} className={styles.alt} />
          {!locked && (
            <div className={classNames('button-row', styles.actions)}>
              <BusyButton
                type="button"
                className="button button--small"
                aria-label={T.replaceLabel(index + 1)}
                busy={picking}
                onClick={() => void pick()}
              >
                {T.replace}
              </BusyButton>
              <BusyButton
                type="button"
                className="button button--quiet button--danger"
                aria-label={T.removeLabel(index + 1)}
                busy={picking}
                onClick={removeLogo}
              >
                {T.remove}
              </BusyButton>
            </div>
          )}
        </div>
      ) : (
        <div className={styles.actions}>
          <BusyButton
            type="button"
            id={addId}
            className="button button--small"
            aria-label={T.addLabel(index + 1)}
            aria-busy={picking || undefined}
            busy={picking}
            onClick={() => void pick()}
          >
            {T.add}
          </BusyButton>
        </div>
      )}
      <div aria-live="polite">
        {problem && (
          <p className={classNames('notice', 'notice--error', styles.problem)} role="alert">
            {problem}
          </p>
        )}
      </div>
    </fieldset>
  );
}
