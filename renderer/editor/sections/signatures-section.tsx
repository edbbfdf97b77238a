import { memo } from 'react';
import { LIMITS } from '../../../shared/draft/limits';
import { newSignatory } from '../../../shared/draft/new-draft';
import { PARTY_ROLES, type Party, type PartyRole } from '../../../shared/draft/schema';
import { SECTION_TEXT } from '../../../shared/i18n/editor';
import { fieldId } from '../draft-paths';
import { addSignatory } from '../draft-updates';
import { EditorSection } from '../editor-section';
import { useDraft, useEditor } from '../editor-context';
import { sameItems } from '../editor-store';
import { DateField, NumberField, TextField } from '../fields';
import { AddButton, ItemFieldset } from './item-fieldset';
import { SECTION_IDS } from './section-ids';
import { classNames } from '../../class-names';
import fieldStyles from '../fields.module.css';
import items from './item-fieldset.module.css';
import styles from './signatures-section.module.css';
import { CommentControl } from '../comments';
import { COMMENT_TEXT } from '../../../shared/i18n/comments';

/** Where the section's own comments are. */
const SECTION_TARGET = ['signatories'];

const T = SECTION_TEXT.signatures;

const titleListId = (role: PartyRole) => `signatory-titles-${role}`;

/** Title suggestions for a party's signatories: its own role's first; another party may be anyone. */
export function titleSuggestions(role: PartyRole): string[] {
  if (role !== 'annan') return [...T.titlePresets[role]];
  return [...T.titlePresets.annan, ...T.titlePresets.kommun, ...T.titlePresets.polis];
}

/** "Undertecknare för Söderhamns kommun"; an unnamed party is "Part 2", as in Grunduppgifter. */
const partyName = (party: Party, index: number) => party.name.trim() || SECTION_TEXT.parties.legend(index + 1);

const PartySignatories = memo(function PartySignatories({ party, partyIndex }: { party: Party; partyIndex: number }) {
  const { latest, update, remove, requestFocus } = useEditor();
  const legendId = `signatories-${party.id.replace(/[^a-zA-Z0-9_-]/g, '_')}-legend`;
  // Where this party's signatories are in the list: typing in one leaves them where they are.
  const mine = useDraft((d) => d.signatories.flatMap((signatory, index) => (signatory.partyId === party.id ? [index] : [])), sameItems);
  const full = useDraft((d) => d.signatories.length >= LIMITS.listItems);
  return (
    <fieldset className={classNames(fieldStyles.fieldset, styles.party)}>
      <legend className={fieldStyles.legend} id={legendId}>
        {T.partyLegend(partyName(party, partyIndex))}
      </legend>
      {mine.length === 0 && <p className="list-empty">{T.none}</p>}
      {mine.map((index, n) => (
        <ItemFieldset
          key={index}
          legend={T.legend(n + 1)}
          removeLabel={T.removeLabel(n + 1, partyName(party, partyIndex))}
          className={styles.signatory}
          onRemove={() => {
            remove({ kind: 'signatory', index });
            requestFocus(fieldId(['parties', partyIndex, 'signatories']));
          }}
        >
          <div className={classNames(items.grid, styles.grid)}>
            <TextField path={['signatories', index, 'name']} label={T.name} autoComplete="off" />
            <TextField path={['signatories', index, 'title']} label={T.title} list={titleListId(party.role)} />
            <TextField path={['signatories', index, 'place']} label={T.place} />
            <DateField path={['signatories', index, 'date']} label={T.date} />
          </div>
        </ItemFieldset>
      ))}
      <AddButton
        // The id of "the party's signatories": a finding that the party has none leads here.
        id={fieldId(['parties', partyIndex, 'signatories'])}
        label={T.add}
        disabled={full}
        onClick={() => {
          const signatory = newSignatory(party.id);
          const index = addSignatory(latest(), signatory).signatories.indexOf(signatory);
          update((d) => addSignatory(d, signatory));
          requestFocus(fieldId(['signatories', index, 'name']));
        }}
      />
    </fieldset>
  );
});

/** Underskrifter: who signs for each party, where and when, and how many originals are signed. */
export const SignaturesSection = memo(function SignaturesSection() {
  const parties = useDraft((d) => d.parties);
  return (
    <EditorSection id={SECTION_IDS.signatures} heading={SECTION_TEXT.names.signatures} intro={T.intro}>
      <CommentControl target={SECTION_TARGET} where={COMMENT_TEXT.section(SECTION_TEXT.names.signatures)} id="comments-section-signatories" />
      {PARTY_ROLES.map((role) => (
        <datalist key={role} id={titleListId(role)}>
          {titleSuggestions(role).map((title) => (
            <option key={title} value={title} />
          ))}
        </datalist>
      ))}
      {parties.map((party, index) => (
        <PartySignatories key={party.id} party={party} partyIndex={index} />
      ))}
      <NumberField
        path={['originals']}
        label={T.originals}
        hint={T.originalsHint}
        min={1}
        max={10}
        integer
        invalidMessage={T.originalsInvalid}
        className={classNames(fieldStyles.spaced, styles.originals)}
      />
    </EditorSection>
  );
});
