/** What a key does on the timeline. */
export type KeyAction = 'next' | 'previous' | 'first' | 'last' | 'zoom-in' | 'zoom-out' | 'pan-left' | 'pan-right' | 'fit' | 'open' | 'close';

/** The parts of a key press that decide its action. */
export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

const KEYS: Record<string, KeyAction> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  Home: 'first',
  End: 'last',
  '+': 'zoom-in',
  '=': 'zoom-in',
  '-': 'zoom-out',
  _: 'zoom-out',
  '0': 'fit',
  Enter: 'open',
  ' ': 'open',
  Escape: 'close',
};

/**
 * The action of a key press, or undefined for keys the timeline leaves to the browser (any with
 * Alt, Ctrl or Meta, so shortcuts keep working). In the vertical view the timeline runs down the
 * page, so ↓ and ↑ step through events as → and ← do; Shift with an arrow pans the horizontal one.
 * @example keyAction({ key: 'ArrowRight', shiftKey: true }, 'timeline') // 'pan-right'
 */
export function keyAction(press: KeyPress, view: 'timeline' | 'vertical'): KeyAction | undefined {
  if (press.altKey || press.ctrlKey || press.metaKey) return undefined;
  if (view === 'vertical') {
    if (press.key === 'ArrowDown') return 'next';
    if (press.key === 'ArrowUp') return 'previous';
    if (['+', '=', '-', '_', '0'].includes(press.key)) return undefined;
  }
  if (press.shiftKey && view === 'timeline') {
    if (press.key === 'ArrowRight') return 'pan-right';
    if (press.key === 'ArrowLeft') return 'pan-left';
  }
  return Object.hasOwn(KEYS, press.key) ? KEYS[press.key] : undefined;
}
