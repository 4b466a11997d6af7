import { describe, expect, it } from 'vitest';
import { isShortcut, type KeyLike } from '../../../../src-renderer/src/lib/keyboard.ts';

const press = (key: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  target: { tagName: 'BODY' } as unknown as EventTarget,
  ...extra,
});
const on = (tagName: string) => ({ tagName }) as unknown as EventTarget;

describe('isShortcut', () => {
  it('takes plain keys wherever the focus is', () => {
    expect(isShortcut(press('F2'))).toBe(true);
    expect(isShortcut(press('Escape', { target: on('TEXTAREA') }))).toBe(true);
    expect(isShortcut(press('5', { target: on('BUTTON') }))).toBe(true);
  });

  it('takes Enter when no control has the focus', () => {
    expect(isShortcut(press('Enter'))).toBe(true);
    expect(isShortcut(press('Enter', { target: null }))).toBe(true);
  });

  it('leaves Enter and Space to a focused button or field', () => {
    for (const tag of ['BUTTON', 'A', 'INPUT', 'TEXTAREA', 'SELECT']) {
      expect(isShortcut(press('Enter', { target: on(tag) })), tag).toBe(false);
      expect(isShortcut(press(' ', { target: on(tag) })), tag).toBe(false);
    }
  });

  it('leaves combinations with Ctrl, Alt or Meta to the system', () => {
    expect(isShortcut(press('c', { ctrlKey: true }))).toBe(false);
    expect(isShortcut(press('F2', { altKey: true }))).toBe(false);
    expect(isShortcut(press('Enter', { metaKey: true }))).toBe(false);
  });
});
