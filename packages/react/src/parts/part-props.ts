import type { ReactNode } from 'react';

/** What every part takes: a class name (added to its default `lk-*` class) and, for most, children. */
export interface PartProps {
  className?: string;
  children?: ReactNode;
}
