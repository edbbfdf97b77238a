import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BusyButton } from '../../../renderer/components/busy-button';

afterEach(cleanup);

/** A button that runs until the test lets it finish, counting its runs. */
function Runner({ runs, submit = false }: { runs: string[]; submit?: boolean }) {
  const [busy, setBusy] = useState(false);
  const start = () => {
    runs.push('run');
    setBusy(true);
  };
  const button = (
    <BusyButton type={submit ? 'submit' : 'button'} className="button" busy={busy} onClick={submit ? undefined : start}>
      Exportera
    </BusyButton>
  );
  return (
    <>
      {submit ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            start();
          }}
        >
          <input aria-label="Ämne" />
          {button}
        </form>
      ) : (
        button
      )}
      <button type="button" onClick={() => setBusy(false)}>
        Klart
      </button>
    </>
  );
}

const exportButton = () => screen.getByRole('button', { name: 'Exportera' });

describe('BusyButton', () => {
  it('keeps the focus while busy, says it is busy, ignores presses, and runs again once done', () => {
    const runs: string[] = [];
    render(<Runner runs={runs} />);
    exportButton().focus();
    fireEvent.click(exportButton());
    expect(exportButton().getAttribute('aria-disabled')).toBe('true');
    expect(exportButton()).toHaveProperty('disabled', false);
    expect(document.activeElement).toBe(exportButton());
    fireEvent.click(exportButton());
    expect(runs).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Klart' }));
    expect(exportButton().getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(exportButton());
    expect(runs).toHaveLength(2);
  });

  it('submits its form once: a press while busy submits nothing', () => {
    const runs: string[] = [];
    render(<Runner runs={runs} submit />);
    fireEvent.click(exportButton());
    expect(runs).toHaveLength(1);
    expect(exportButton().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(exportButton());
    expect(runs).toHaveLength(1);
  });
});
