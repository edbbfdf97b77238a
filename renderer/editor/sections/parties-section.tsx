import { memo } from 'react';
import { LIMITS } from '../../../shared/draft/limits';
import type { DraftKind, Party, PartyRole } from '../../../shared/draft/schema';
import { PARTY_ROLES } from '../../../shared/draft/schema';
import { ROLE_LABEL } from '../../../shared/i18n/terms';
import { SECTION_TEXT } from '../../../shared/i18n/editor';
import { fieldId } from '../draft-paths';
import { addParty, canAddParty, canRemoveParty } from '../draft-updates';
import { EditorSubsection } from '../editor-section';
import { useDraft, useEditor } from '../editor-context';
import { SelectField, TextField } from '../fields';
import { PartyLogoField } from './party-logo';
import { municipalityPartyName } from '../../../shared/draft/party-names';
import { SECTION_IDS } from './section-ids';
import fieldStyles from '../fields.module.css';
import { RemoveButton } from './item-fieldset';
import items from './item-fieldset.module.css';
import styles from './parties-section.module.css';

const T = SECTION_TEXT.parties;

const ROLE_OPTIONS = PARTY_ROLES.map((role) => ({ value: role, label: ROLE_LABEL[role] }));

export const ADD_PARTY_BUTTON_ID = 'add-party';

/**
 * The role of a party added with "Lägg till part": a löfte starts with its
 * kommun and polis, so a third is another party (a housing company); an
 * agreement's further parties are municipalities.
 */
const NEW_PARTY_ROLE: Record<DraftKind, PartyRole> = { medborgarlofte: 'annan', samverkansoverenskommelse: 'kommun' };

/**
 * Suggestions for a party's name: the two usual forms, completed with what
 * the user has typed when it looks like a place name.
 */
export function nameSuggestions(role: PartyRole, typed: string): string[] {
  const place = typed.trim();
  const isPlace = place !== '' && !/kommun|polis|lokalpolisområde/i.test(place) && !place.includes(',');
  const police = isPlace ? `${T.policePrefix}${place}` : T.policePrefix;
  const municipality = isPlace ? municipalityPartyName(place) : null;
  const list = role === 'kommun' ? [municipality, police] : [police, municipality];
  return list.filter((s): s is string => Boolean(s));
}

const PartyFields = memo(function PartyFields({ party, index }: { party: Party; index: number }) {
  const { remove, requestFocus, locked } = useEditor();
  const listId = `party-name-suggestions-${index}`;
  const removable = useDraft(canRemoveParty) && !locked;
  return (
    <fieldset className={fieldStyles.fieldset}>
      <legend className={fieldStyles.legend}>{T.legend(index + 1)}</legend>
      <div className={styles.grid}>
        <SelectField path={['parties', index, 'role']} label={T.role} options={ROLE_OPTIONS} className={styles.role} />
        <TextField path={['parties', index, 'name']} label={T.name} list={listId} className={styles.name} />
        <datalist id={listId}>
          {nameSuggestions(party.role, party.name).map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
        <TextField path={['parties', index, 'diarienummer']} label={T.diarienummer} className={styles.number} />
        {removable && (
          <div className={styles.actions}>
            <RemoveButton
              label={T.removeLabel(index + 1)}
              namedBy={['parties', index, 'name']}
              text={T.remove}
              onRemove={() => {
                remove({ kind: 'party', id: party.id });
                requestFocus(ADD_PARTY_BUTTON_ID);
              }}
            />
          </div>
        )}
      </div>
      <PartyLogoField party={party} index={index} />
    </fieldset>
  );
});

/** The parties: a role, a name, a diarienummer and an optional logo each; two to eight of them (an agreement: municipalities and the LPO). */
export const Parties = memo(function Parties() {
  const { update, requestFocus, locked } = useEditor();
  const kind = useDraft((d) => d.kind);
  const parties = useDraft((d) => d.parties);
  const addable = useDraft(canAddParty);
  return (
    <EditorSubsection id={SECTION_IDS.parties} heading={T.heading} intro={T.intro[kind]}>
      {parties.map((party, index) => (
        <PartyFields key={party.id} party={party} index={index} />
      ))}
      {!locked && (
        <div className={items.sectionActions}>
          <button
            type="button"
            id={ADD_PARTY_BUTTON_ID}
            className="button button--secondary"
            disabled={!addable}
            aria-describedby={addable ? undefined : 'add-party-limit'}
            onClick={() => {
              const index = parties.length;
              update((d) => addParty(d, crypto.randomUUID(), NEW_PARTY_ROLE[kind]));
              requestFocus(fieldId(['parties', index, 'role']));
            }}
          >
            {T.add}
          </button>
          {!addable && (
            <span className={items.note} id="add-party-limit">
              {T.maxReached(LIMITS.parties)}
            </span>
          )}
        </div>
      )}
    </EditorSubsection>
  );
});
