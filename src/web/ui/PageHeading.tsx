import { type ReactNode, useEffect, useRef } from 'react';
import { hasNavigatedInApp } from '../router/navigation.ts';

interface PageHeadingProps {
  /** Also the document title, so tabs and history entries are recognisable. */
  readonly title: string;
  readonly children?: ReactNode;
}

/** The page's `<h1>`; it takes the focus after an in-app navigation (see `navigation.ts`). */
export function PageHeading({ title, children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} · Parcours`;
  }, [title]);

  useEffect(() => {
    if (hasNavigatedInApp()) ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children ?? title}
    </h1>
  );
}
