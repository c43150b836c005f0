import type { ComponentPropsWithoutRef, ReactNode } from 'react';

/** What every part takes: a class name (added to its default `lk-*` class) and, for most, children. */
export interface PartProps {
  className?: string;
  children?: ReactNode;
}

/** The props of a part rendered as a `<div>`: everything a `<div>` takes, spread onto it. */
export type DivPartProps = ComponentPropsWithoutRef<'div'>;

/**
 * The props of a part rendered as a `<button>`: everything a `<button>` takes, spread onto it; a
 * given `onClick` runs first, then the part's action unless it calls `event.preventDefault()`.
 */
export type ButtonPartProps = ComponentPropsWithoutRef<'button'>;
