// Which values in a text field the user typed (issue 19, item 1). `isTrusted` is no proof: a page's
// `document.execCommand('insertText', …)` fires trusted input events. What a page cannot produce is
// a trusted keydown, paste, drop or composition (IME) event. So a value counts as the user's only
// when it is the last value the user produced, changed by exactly what the user's own key, paste,
// drop or composition puts in (or takes out). A probe the page swaps in first, even around one real
// key press, is not such an edit, and stays unchecked against client data until the user types the
// field again. Pure functions here; the listeners are in content/features/field-checks.ts.

/** What the user's last trusted key, paste, drop or composition may change the value by. */
export type UserEdit = { kind: 'insert'; text: string } | { kind: 'delete' };

/** `after` is `before` with one range (possibly empty) replaced by `text`. */
export function isInsertionOf(before: string, after: string, text: string): boolean {
  if (after.length < text.length) return false;
  const kept = after.length - text.length; // characters of `before` left around the inserted text
  if (kept > before.length) return false;
  for (let start = 0; start <= kept; start++) {
    if (after.slice(start, start + text.length) !== text) continue;
    const tail = kept - start;
    if (before.startsWith(after.slice(0, start)) && before.endsWith(after.slice(start + text.length)) && start + tail <= before.length) return true;
  }
  return false;
}

/** `after` is `before` with one range (possibly empty) taken out. */
export function isDeletionOf(before: string, after: string): boolean {
  return isInsertionOf(before, after, '');
}

/** Single-line inputs drop line breaks from pasted or dropped text (browsers differ in how). */
function insertedForms(text: string): string[] {
  return [...new Set([text, text.replace(/\r?\n/g, ''), text.replace(/\r?\n/g, ' '), text.trim()])];
}

/** Whether `after` is what the user's edit makes of `before`, the last value the user produced. */
export function isUserEdit(before: string, after: string, edit: UserEdit): boolean {
  if (edit.kind === 'delete') return isDeletionOf(before, after);
  return insertedForms(edit.text).some((text) => isInsertionOf(before, after, text));
}

/** A trusted keydown's edit, if the key changes the value: a character, or a deletion. */
export function keyEdit(event: KeyboardEvent): UserEdit | null {
  if (event.ctrlKey || event.metaKey) {
    // Cut by keyboard; undo and redo are not the user's typing (they can bring back a page's probe).
    return event.key.toLowerCase() === 'x' ? { kind: 'delete' } : null;
  }
  if (event.key === 'Backspace' || event.key === 'Delete') return { kind: 'delete' };
  if ([...event.key].length === 1) return { kind: 'insert', text: event.key };
  return null;
}
