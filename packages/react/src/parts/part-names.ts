/** The parts that take a class name: `classNames={{ hint: 'my-hint' }}`; default classes are `lk-<part>`. */
export type PartName =
  | 'root'
  | 'intro'
  | 'start'
  | 'stage'
  | 'camera'
  | 'overlay'
  | 'hint'
  | 'capture'
  | 'cameraSelect'
  | 'progress'
  | 'cancel'
  | 'result'
  | 'warning'
  | 'retake'
  | 'error'
  | 'retry'
  | 'upload'
  | 'photoNotice'
  | 'actions'
  | 'reference'
  | 'step'
  | 'retakeReference';

/** Extra class names per part. */
export type LivenessClassNames = Partial<Record<PartName, string>>;

const KEBAB: Partial<Record<PartName, string>> = {
  cameraSelect: 'camera-select',
  photoNotice: 'photo-notice',
  retakeReference: 'retake-reference',
};

/** The default class of a part: `lk-hint`, `lk-camera-select`, … */
export function defaultPartClass(part: PartName): string {
  return `lk-${KEBAB[part] ?? part}`;
}

/** Joins the default class (unless unstyled), the `classNames` entry and the part's own `className`. */
export function joinPartClass(
  part: PartName,
  unstyled: boolean,
  classNames: LivenessClassNames | undefined,
  className: string | undefined,
): string | undefined {
  const joined = [unstyled ? undefined : defaultPartClass(part), classNames?.[part], className]
    .filter(Boolean)
    .join(' ');
  return joined || undefined;
}
