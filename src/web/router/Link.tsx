import { type AnchorHTMLAttributes, type MouseEvent, useEffect } from 'react';
import { shouldHandleClick } from './links.ts';
import { navigate } from './navigation.ts';

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  readonly to: string;
}

/**
 * A real `<a href>` (so it can be opened in a new tab, copied, or crawled) whose plain clicks
 * are routed in the page instead of reloading it.
 */
export function Link({ to, onClick, children, ...props }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!shouldHandleClick(event, event.currentTarget.getAttribute('target'))) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handleClick} {...props}>
      {children}
    </a>
  );
}

/** Replaces the current URL once rendered, e.g. `/` → the user's workspace. */
export function Redirect({ to }: { readonly to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
