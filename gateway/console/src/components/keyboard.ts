import type { KeyboardEvent } from 'react';

/**
 * For a form's onKeyDown: Enter in a one-line field moves to the next field instead of submitting the
 * form (so confirming a typed date or an IME composition never sends it). A list that is open keeps
 * its own Enter (it selects an option).
 */
export function enterMovesOn(e: KeyboardEvent<HTMLFormElement>) {
  if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || e.defaultPrevented || e.nativeEvent.isComposing) return;
  const target = e.target;
  if (!(target instanceof HTMLInputElement) || target.getAttribute('aria-expanded') === 'true') return;
  e.preventDefault();
  const fields = Array.from(e.currentTarget.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')).filter(
    (el) => !el.disabled && !el.readOnly && !['hidden', 'radio', 'checkbox'].includes(el.type) && el.offsetParent !== null,
  );
  fields[fields.indexOf(target) + 1]?.focus();
}
