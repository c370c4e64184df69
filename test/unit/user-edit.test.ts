import { describe, expect, it } from 'vitest';
import { isDeletionOf, isInsertionOf, isUserEdit } from '../../content/user-edit';

// Issue 19, item 1: a value is the user's only if it is their last value changed by exactly what
// their own key, paste, drop or composition puts in or takes out.

describe('user edits', () => {
  it('accepts a character typed anywhere, or over a selection', () => {
    expect(isInsertionOf('', 'a', 'a')).toBe(true);
    expect(isInsertionOf('ab', 'abc', 'c')).toBe(true);
    expect(isInsertionOf('ac', 'abc', 'b')).toBe(true);
    expect(isInsertionOf('hello', 'x', 'x')).toBe(true); // select all, type
    expect(isInsertionOf('hello', 'hxo', 'x')).toBe(true); // "ell" selected
  });

  it('refuses a value that holds more than the edit: a probe swapped in around a real key', () => {
    expect(isInsertionOf('', 'used@acme.example', 'e')).toBe(false);
    expect(isInsertionOf('us', 'used@acme.example', 'e')).toBe(false);
    expect(isInsertionOf('abc', 'abcd', 'x')).toBe(false);
    expect(isInsertionOf('abc', 'xabc', 'b')).toBe(false);
  });

  it('accepts deletions of one range only', () => {
    expect(isDeletionOf('abc', 'ab')).toBe(true);
    expect(isDeletionOf('abc', 'ac')).toBe(true);
    expect(isDeletionOf('abc', '')).toBe(true);
    expect(isDeletionOf('abc', 'abcd')).toBe(false);
    expect(isDeletionOf('abcdef', 'bdf')).toBe(false);
  });

  it('accepts pasted text with its line breaks dropped, as single-line inputs do', () => {
    expect(isUserEdit('', 'ACME LTD', { kind: 'insert', text: 'ACME\nLIMITED' })).toBe(false);
    expect(isUserEdit('', 'ACMELIMITED', { kind: 'insert', text: 'ACME\nLIMITED' })).toBe(true);
    expect(isUserEdit('', 'ACME LIMITED', { kind: 'insert', text: 'ACME\r\nLIMITED' })).toBe(true);
  });
});
