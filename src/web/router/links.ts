/** What `shouldHandleClick` needs from a DOM mouse event; kept structural for tests. */
export interface ClickLike {
  readonly button: number;
  readonly metaKey: boolean;
  readonly ctrlKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly defaultPrevented: boolean;
}

/**
 * Whether the router should take over a click on a link. Modified clicks (new tab, new window,
 * download), other buttons and links with a target keep their native behaviour.
 */
export function shouldHandleClick(event: ClickLike, target: string | null): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  return target === null || target === '' || target === '_self';
}
