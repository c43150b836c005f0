import { useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { CaptureContext, type CaptureContextValue } from '../context/capture-context.js';
import { DEFAULT_OVAL, type LivenessCaptureOptions } from '../controller/capture-options.js';
import { useCaptureController } from '../controller/use-capture-controller.js';
import { useLocaleText } from '../i18n/use-locale-text.js';
import { createCaptureStore } from '../store/create-capture-store.js';
import { Announcer } from './announcer.js';
import { joinPartClass } from './part-names.js';

export interface RootProps extends LivenessCaptureOptions {
  children?: ReactNode;
  className?: string;
  style?: CSSProperties;
  /** Force the stylesheet's light or dark theme (`data-theme`); by default it follows the system. */
  theme?: 'light' | 'dark';
}

/**
 * The root of a capture: owns its store (one per instance), runs the camera, the checks and the
 * upload, and provides them to the parts inside. Renders `<section data-part="root" data-state>`
 * with `lang` and `dir` of the text in use.
 */
export function Root({ children, className, style, theme, ...options }: RootProps) {
  const [store] = useState(createCaptureStore);
  const text = useLocaleText(options.locale, options.displayText);
  const actions = useCaptureController(store, options);
  const state = useStore(store, (s) => s.state);
  const hadFocus = useRef(false);
  const { unstyled = false, classNames, photoUpload = 'fallback', mirrored = true } = options;
  const widthRatio = options.oval?.widthRatio ?? DEFAULT_OVAL.widthRatio;
  const heightRatio = options.oval?.heightRatio ?? DEFAULT_OVAL.heightRatio;
  const value = useMemo<CaptureContextValue>(
    () => ({
      store,
      actions,
      text,
      partClass: (part, own) => joinPartClass(part, unstyled, classNames, own),
      photoUpload,
      oval: { widthRatio, heightRatio },
      mirrored,
      hadFocus,
    }),
    [store, actions, text, unstyled, classNames, photoUpload, widthRatio, heightRatio, mirrored],
  );
  return (
    <CaptureContext.Provider value={value}>
      <section
        data-part="root"
        data-state={state}
        data-theme={theme}
        lang={text.lang}
        dir={text.dir}
        aria-label={text.t('ui.title')}
        className={joinPartClass('root', unstyled, classNames, className)}
        style={style}
        onFocus={() => {
          hadFocus.current = true;
        }}
      >
        {children}
        <Announcer />
      </section>
    </CaptureContext.Provider>
  );
}
