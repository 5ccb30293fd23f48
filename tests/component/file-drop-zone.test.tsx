/**
 * ui/file-drop-zone.tsx, used by Add responses and Compare partnerships: the file inputs inside
 * stay reachable from the keyboard, dropped files reach the page, and while files are dragged
 * over the box it says so in words as well as by its border and colour.
 */
import { createEvent, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FileDropZone } from '../../src/ui/file-drop-zone';

const CUE = 'Let go to add the files you are dragging.';

function renderZone(onDrop = vi.fn()) {
  render(
    <>
      <button type="button">Before</button>
      <FileDropZone onDrop={onDrop}>
        <label htmlFor="files">Choose files, or drop them here</label>
        <input id="files" type="file" multiple />
      </FileDropZone>
    </>,
  );
  const input = screen.getByLabelText('Choose files, or drop them here');
  return { onDrop, input, zone: input.closest('.app-drop-zone') as HTMLElement };
}

/** A drag or drop event carrying `files`, as the browser gives them. */
function dragEvent(kind: 'dragOver' | 'drop', target: Element, files: File[] = []) {
  const dataTransfer = { files, dropEffect: 'none', types: ['Files'] };
  const event = createEvent[kind](target, { dataTransfer });
  return { event, dataTransfer };
}

/** Leaving `zone` for `to` (jsdom's drag events do not take a relatedTarget, so it is set). */
function leaveFor(zone: Element, to: Element) {
  const event = createEvent.dragLeave(zone);
  Object.defineProperty(event, 'relatedTarget', { value: to });
  return event;
}

describe('FileDropZone', () => {
  it('keeps the file input inside reachable with the keyboard', async () => {
    const { input } = renderZone();
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus();
    await user.tab();
    expect(input).toHaveFocus();
  });

  it('hands the dropped files to the page, and takes the drop from the browser', () => {
    const { onDrop, zone } = renderZone();
    const file = new File(['{}'], 'rally-response.json', { type: 'application/json' });
    const { event, dataTransfer } = dragEvent('drop', zone, [file]);
    fireEvent(zone, event);
    expect(event.defaultPrevented).toBe(true);
    expect(onDrop).toHaveBeenCalledTimes(1);
    expect(onDrop.mock.calls[0]![0]).toBe(dataTransfer);
    expect((onDrop.mock.calls[0]![0] as { files: File[] }).files).toEqual([file]);
  });

  it('says in words that files can be dropped while they are dragged over, not by colour alone', () => {
    const { zone, input } = renderZone();
    expect(screen.queryByText(CUE)).toBeNull();
    const { event, dataTransfer } = dragEvent('dragOver', zone);
    fireEvent(zone, event);
    // The browser shows a copy, not a "no entry" cursor.
    expect(event.defaultPrevented).toBe(true);
    expect(dataTransfer.dropEffect).toBe('copy');
    expect(screen.getByText(CUE)).toBeVisible();
    expect(zone).toHaveClass('app-drop-zone--active');
    // Moving over the input inside the box is still over the box.
    fireEvent(zone, leaveFor(zone, input));
    expect(screen.getByText(CUE)).toBeVisible();
    // Leaving the box, or dropping, ends it.
    fireEvent(zone, leaveFor(zone, document.body));
    expect(screen.queryByText(CUE)).toBeNull();
    expect(zone).not.toHaveClass('app-drop-zone--active');
    fireEvent(zone, dragEvent('dragOver', zone).event);
    fireEvent(zone, dragEvent('drop', zone).event);
    expect(screen.queryByText(CUE)).toBeNull();
  });
});
