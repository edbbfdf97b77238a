import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../../shared/draft/schema';
import { activity, completeDraft, openHarness, type Harness } from '../helpers/app-harness';
import { openEditor, region } from '../helpers/editor';

/**
 * What one keystroke costs in the editor, counted in renders: the field
 * components, the sections and the preview are wrapped (through their
 * modules, so the app's own code is what runs) in a counter of how often
 * React renders them. Typing in one field must render that field (and, for an
 * activity, that activity's card), the preview and the readiness check, and
 * nothing else, however many activities the draft has.
 */

const renders = vi.hoisted(() => {
  const counts = new Map<string, number>();
  return {
    counts,
    add(name: string) {
      counts.set(name, (counts.get(name) ?? 0) + 1);
    },
    reset() {
      counts.clear();
    },
    /** The names rendered since the last reset, sorted. */
    names() {
      return [...counts.keys()].sort();
    },
  };
});

/**
 * `Component` with every render of it counted under `name(props)`. A
 * memoised component stays memoised, with its own comparison: only the renders
 * React really does are counted, never the ones memo skips.
 */
const counted = vi.hoisted(() => {
  const MEMO = Symbol.for('react.memo');
  return function counted<P>(Component: ComponentType<P>, name: (props: P) => string, memo: (inner: ComponentType<P>, compare?: unknown) => ComponentType<P>): ComponentType<P> {
    const maybeMemo = Component as unknown as { $$typeof?: symbol; type?: (props: P) => unknown; compare?: unknown };
    if (maybeMemo.$$typeof === MEMO && maybeMemo.type) {
      return memo(counted(maybeMemo.type as ComponentType<P>, name, memo), maybeMemo.compare ?? undefined);
    }
    const render = Component as (props: P) => unknown;
    const Counted = (props: P) => {
      renders.add(name(props));
      return render(props);
    };
    return Counted as unknown as ComponentType<P>;
  };
});

const fieldName = (props: { path?: readonly (string | number)[]; id?: string }) =>
  props.path ? ['field', ...props.path].join('-') : (props.id ?? '?');

vi.mock('../../../renderer/editor/fields', async (importOriginal) => {
  const { memo } = await import('react');
  const fields = await importOriginal<typeof import('../../../renderer/editor/fields')>();
  const wrap = <P,>(Component: ComponentType<P>) => counted(Component, (props) => fieldName(props as never), memo as never);
  return {
    ...fields,
    FieldFrame: wrap(fields.FieldFrame),
    TextField: wrap(fields.TextField),
    TextAreaField: wrap(fields.TextAreaField),
    NumberField: wrap(fields.NumberField),
    DateField: wrap(fields.DateField),
    SelectField: wrap(fields.SelectField),
  };
});

/** The paths the fields' selectors read (every read goes through getIn), since the last reset. */
const reads = vi.hoisted(() => ({ paths: [] as string[] }));

vi.mock('../../../renderer/editor/draft-paths', async (importOriginal) => {
  const paths = await importOriginal<typeof import('../../../renderer/editor/draft-paths')>();
  return {
    ...paths,
    getIn: (root: unknown, path: readonly (string | number)[]) => {
      reads.paths.push(path.join('-'));
      return paths.getIn(root, path);
    },
  };
});

vi.mock('../../../renderer/editor/sections', async (importOriginal) => {
  const { memo } = await import('react');
  const sections = await importOriginal<typeof import('../../../renderer/editor/sections')>();
  const byComponent = new Map<unknown, ComponentType>();
  const wrap = (section: (typeof sections.EDITOR_SECTIONS)['medborgarlofte'][number]) => {
    if (!byComponent.has(section.Component)) byComponent.set(section.Component, counted(section.Component, () => `section:${section.key}`, memo as never));
    return { ...section, Component: byComponent.get(section.Component)! };
  };
  return {
    ...sections,
    EDITOR_SECTIONS: {
      medborgarlofte: sections.EDITOR_SECTIONS.medborgarlofte.map(wrap),
      samverkansoverenskommelse: sections.EDITOR_SECTIONS.samverkansoverenskommelse.map(wrap),
    },
  };
});

vi.mock('../../../renderer/preview/document-preview', async (importOriginal) => {
  const { memo } = await import('react');
  const preview = await importOriginal<typeof import('../../../renderer/preview/document-preview')>();
  return { ...preview, DocumentPreview: counted(preview.DocumentPreview, () => 'preview', memo as never) };
});

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
  window.localStorage.setItem('samverka.preview', 'on');
});

afterEach(async () => {
  window.localStorage.removeItem('samverka.preview');
  await harness.close();
});

const ACTIVITIES = 30;

/** A complete löfte with 30 activities: the police's, the municipality's and joint ones, each with a target. */
function manyActivities(draft: Draft): Draft {
  const complete = completeDraft(draft);
  const owners = [['polis'], ['kommun'], ['polis', 'kommun']];
  return {
    ...complete,
    activities: Array.from({ length: ACTIVITIES }, (_, i) => ({
      ...activity(`a${i + 1}`, owners[i % owners.length], `genomföra ${i + 2} trygghetsvandringar per år i område ${i + 1}`),
      quantity: i + 2,
      unit: 'trygghetsvandringar',
      frequency: 'per år',
    })),
  };
}

const preview = () => screen.getByRole('region', { name: 'Förhandsvisning' });

/** The editor open on the draft, every deferred render done: the preview shows its activities. */
async function openSettled(draft: Draft) {
  await openEditor(draft);
  await waitFor(() => expect(preview().textContent).toContain(`område ${ACTIVITIES}`));
}

/** The draft's index of each activity field rendered ("field-activities-7-unit" → 7). */
const activityIndexes = (names: readonly string[]) =>
  new Set(names.flatMap((name) => (/^field-activities-(\d+)-/.exec(name) ? [Number(/^field-activities-(\d+)-/.exec(name)![1])] : [])));

describe('renders per keystroke in the editor', () => {
  it('typing in one activity renders that activity\'s card and the preview, no other activity and no section', async () => {
    const draft = await harness.seedDraft(manyActivities);
    await openSettled(draft);
    // Activity a8 (index 7) is the municipality's third: "Kommunen lovar att", Aktivitet 3.
    const text = within(region('Kommunen lovar att')).getByLabelText('Aktivitet 3') as HTMLTextAreaElement;
    expect(text.value).toBe('genomföra 9 trygghetsvandringar per år i område 8');

    renders.reset();
    fireEvent.change(text, { target: { value: 'genomföra 9 trygghetsvandringar per år i område 8 och i parken' } });
    await waitFor(() => expect(preview().textContent).toContain('område 8 och i parken'));

    const names = renders.names();
    expect(names).toContain('field-activities-7-text');
    expect([...activityIndexes(names)]).toEqual([7]);
    expect(names.filter((name) => name.startsWith('field-') && !name.startsWith('field-activities-7-'))).toEqual([]);
    expect(names.filter((name) => name.startsWith('section:'))).toEqual([]);
    expect(renders.counts.get('preview')).toBeGreaterThan(0);
  });

  it('typing in the löftesmening renders that field and the preview, no other field and no section', async () => {
    const draft = await harness.seedDraft(manyActivities);
    await openSettled(draft);
    const statement = within(region('Löftet')).getByLabelText('Löftesmening') as HTMLTextAreaElement;

    renders.reset();
    fireEvent.change(statement, { target: { value: `${statement.value} Tillsammans.` } });
    await waitFor(() => expect(preview().textContent).toContain('Tillsammans.'));

    const names = renders.names();
    expect(names.filter((name) => name !== 'preview')).toEqual(['field-statement']);
    expect(renders.counts.get('preview')).toBeGreaterThan(0);
  });

  it('runs the selectors of the field typed in, not those of every other field (hundreds of them in a large draft)', async () => {
    const draft = await harness.seedDraft(manyActivities);
    await openSettled(draft);
    const statement = within(region('Löftet')).getByLabelText('Löftesmening') as HTMLTextAreaElement;
    const text = within(region('Kommunen lovar att')).getByLabelText('Aktivitet 3') as HTMLTextAreaElement;

    reads.paths.length = 0;
    fireEvent.change(statement, { target: { value: `${statement.value} Tillsammans.` } });
    await waitFor(() => expect(preview().textContent).toContain('Tillsammans.'));
    expect(new Set(reads.paths)).toEqual(new Set(['statement']));

    reads.paths.length = 0;
    fireEvent.change(text, { target: { value: `${text.value} och i parken` } });
    await waitFor(() => expect(preview().textContent).toContain('och i parken'));
    expect(new Set(reads.paths.map((path) => path.replace(/^(activities-\d+)-.*$/, '$1')))).toEqual(new Set(['activities-7']));
  });

  it('counts what it should: a structural change (a new activity) renders the activities section', async () => {
    const draft = await harness.seedDraft(manyActivities);
    await openSettled(draft);
    renders.reset();
    fireEvent.click(within(region('Polisen lovar att')).getByRole('button', { name: 'Lägg till aktivitet' }));
    await waitFor(() => expect(within(region('Polisen lovar att')).getByLabelText('Aktivitet 11')).toBeTruthy());
    expect(renders.names()).toContain('section:activities');
    expect(renders.names()).toContain(`field-activities-${ACTIVITIES}-text`);
  });
});
