import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  children?: ReactNode;
}

/** The heading every page starts with, and a line saying what the page is for. */
export function PageHeader({ title, children }: PageHeaderProps) {
  return (
    <div className="page-header">
      <h1>{title}</h1>
      {children ? <p className="page-header__lead">{children}</p> : null}
    </div>
  );
}
