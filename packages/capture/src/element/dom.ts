/** Attributes of {@link h}: strings are set, `true` sets an empty attribute, `false`/`undefined` leave it out. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * Creates an element with attributes and children (strings become text). An element with a
 * `data-part` also gets the same `part`, so a host page can style it with `::part(hint)`.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Array<Node | string | null | false>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  const part = attributes['data-part'];
  if (typeof part === 'string' && !('part' in attributes)) element.setAttribute('part', part);
  for (const child of children) if (child !== null && child !== false) element.append(child);
  return element;
}

/** Sets (or removes, for `false`/`undefined`) each attribute. */
export function setAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) element.removeAttribute(name);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
}

/** An SVG element (the oval). */
export function svg(tag: string, attributes: Attributes = {}, ...children: Element[]): SVGElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setAttributes(element, attributes);
  element.append(...children);
  return element;
}

/**
 * A place in the view that holds at most one node, rebuilt only when its key changes (so focus and
 * the nodes that did not change stay). An anchor comment keeps its place among its siblings.
 */
export interface Slot {
  /** Shows what `build` makes for `key`; a `null` key empties the slot. */
  set(key: string | null, build: () => Node): void;
  readonly node: Node | null;
}

export function createSlot(parent: Node): Slot {
  const anchor = document.createComment('');
  parent.appendChild(anchor);
  let key: string | null = null;
  let node: Node | null = null;
  return {
    set(next, build) {
      if (next === key) return;
      key = next;
      node?.parentNode?.removeChild(node);
      node = next === null ? null : build();
      if (node) anchor.parentNode?.insertBefore(node, anchor);
    },
    get node() {
      return node;
    },
  };
}
