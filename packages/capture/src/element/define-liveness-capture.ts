import { LivenessError, toLivenessError } from '@liveness-kit/core';
import { attachCamera } from '../camera/attach-camera.js';
import { createLivenessCapture } from '../engine/create-liveness-capture.js';
import type { CreateLivenessCaptureOptions, LivenessCaptureEngine } from '../engine/engine-types.js';
import { createTranslator } from '../i18n/create-translator.js';
import { loadLocale } from '../i18n/load-locale.js';
import { resolveLocale } from '../i18n/locale-codes.js';
import type { CaptureOptions } from '../options/capture-options.js';
import {
  attributeText,
  ELEMENT_ATTRIBUTES,
  OBSERVED_ATTRIBUTES,
  optionsFromAttributes,
  parseAttribute,
} from './element-attributes.js';
import type { AttributeOptions } from './element-attributes.js';
import { adoptElementStyles } from './element-styles.js';
import { createCaptureView, type CaptureView } from './element-view.js';
import { dispatchEngineEvents } from './element-events.js';
import { PROPERTY_OPTIONS, type PropertyOptions } from './element-properties.js';

/**
 * `<liveness-capture>`: the capture engine with its own small view in an open shadow root. The
 * contract options are attributes (and reflecting properties), the rest are properties; the
 * face-match flow is on with `face-match` (`face-match-endpoint`, `face-match-threshold`), the
 * `faceMatch` property or a `referenceImage`. It fires `liveness-state`, `liveness-result` (with
 * `verification` in the flow) and `liveness-error` (bubbling, composed); `capture` is the engine,
 * for hosts that drive or watch it.
 */
export class LivenessCaptureElement extends HTMLElement {
  static readonly observedAttributes = [...OBSERVED_ATTRIBUTES, 'theme'];

  // Accessors defined on the prototype below: the attribute options (reflected)…
  declare endpoint: AttributeOptions['endpoint'];
  declare threshold: AttributeOptions['threshold'];
  declare locale: AttributeOptions['locale'];
  declare autoCapture: AttributeOptions['autoCapture'];
  declare autoStart: AttributeOptions['autoStart'];
  declare photoUpload: AttributeOptions['photoUpload'];
  declare mirrored: AttributeOptions['mirrored'];
  declare vendorData: AttributeOptions['vendorData'];
  declare rotateImage: AttributeOptions['rotateImage'];
  declare saveApiRequest: AttributeOptions['saveApiRequest'];
  // …and the property-only options.
  declare metadata: PropertyOptions['metadata'];
  declare headers: PropertyOptions['headers'];
  declare submit: PropertyOptions['submit'];
  declare detector: PropertyOptions['detector'];
  declare detectorOptions: PropertyOptions['detectorOptions'];
  declare frameThresholds: PropertyOptions['frameThresholds'];
  declare stability: PropertyOptions['stability'];
  declare oval: PropertyOptions['oval'];
  declare timing: PropertyOptions['timing'];
  declare timeoutMs: PropertyOptions['timeoutMs'];
  declare retry: PropertyOptions['retry'];
  declare displayText: PropertyOptions['displayText'];
  declare preloadDetector: PropertyOptions['preloadDetector'];
  declare queryClient: PropertyOptions['queryClient'];
  declare referenceImage: PropertyOptions['referenceImage'];
  declare faceMatch: PropertyOptions['faceMatch'];

  #props: PropertyOptions = {};
  #engine: LivenessCaptureEngine | null = null;
  #view: CaptureView | null = null;
  #unbind: (() => void) | null = null;
  #text = createTranslator(undefined);

  constructor() {
    super();
    adoptElementStyles(this.attachShadow({ mode: 'open' }));
  }

  /** The engine behind the element (created on first use); assign one to drive the element with your own. */
  get capture(): LivenessCaptureEngine | null {
    if (!this.#engine) this.#create();
    return this.#engine;
  }

  set capture(engine: LivenessCaptureEngine | null) {
    this.#unbindView();
    this.#engine = engine;
    if (this.isConnected) this.#bindView();
  }

  /** The options the engine gets: the attributes, with the properties on top. */
  get options(): CaptureOptions {
    return { ...optionsFromAttributes((name) => this.getAttribute(name)), ...this.#props };
  }

  connectedCallback(): void {
    this.#upgradeProperties();
    if (!this.#engine) this.#create();
    this.#bindView();
  }

  disconnectedCallback(): void {
    this.#unbindView();
  }

  attributeChangedCallback(): void {
    this.#optionsChanged();
  }

  /** Sets one property-only option (`metadata`, `submit`, …). */
  setProperty<K extends keyof PropertyOptions>(name: K, value: PropertyOptions[K]): void {
    if (name === 'queryClient' && this.#engine && value !== this.#props.queryClient) {
      throw new LivenessError('INVALID_OPTIONS', {
        detail: 'queryClient must be set before <liveness-capture> is connected (or `capture` is read)',
      });
    }
    if (value === undefined) delete this.#props[name];
    else this.#props[name] = value;
    this.#optionsChanged();
  }

  /** Values a framework set on the element before it was defined hide the accessors: pass them through. */
  #upgradeProperties() {
    for (const name of [...Object.keys(ELEMENT_ATTRIBUTES), ...PROPERTY_OPTIONS]) {
      if (!Object.prototype.hasOwnProperty.call(this, name)) continue;
      const value: unknown = (this as unknown as Record<string, unknown>)[name];
      delete (this as unknown as Record<string, unknown>)[name];
      (this as unknown as Record<string, unknown>)[name] = value;
    }
  }

  #fail(error: unknown) {
    const detail = { error: toLivenessError(error, 'INVALID_OPTIONS') };
    this.dispatchEvent(new CustomEvent('liveness-error', { detail, bubbles: true, composed: true }));
  }

  #create() {
    try {
      this.#engine = createLivenessCapture(this.options as CreateLivenessCaptureOptions);
    } catch (error) {
      this.#fail(error);
      return;
    }
    if (!this.isConnected) this.#engine.disconnect();
  }

  #optionsChanged() {
    const options = this.options;
    const code = resolveLocale(options.locale);
    this.#text = createTranslator(options.locale, options.displayText);
    if (this.#text.lang !== code) {
      void loadLocale(code).then(() => {
        this.#text = createTranslator(this.options.locale, this.options.displayText);
        this.#view?.render();
      });
    }
    if (!this.#engine) {
      if (this.isConnected) this.connectedCallback();
      return;
    }
    try {
      const { queryClient: _ignored, ...rest } = options as CreateLivenessCaptureOptions;
      this.#engine.setOptions(rest);
    } catch (error) {
      this.#fail(error);
    }
    this.#view?.render();
  }

  #bindView() {
    const engine = this.#engine;
    if (!engine || this.#unbind || !this.shadowRoot) return;
    const view = createCaptureView(this, this.shadowRoot, engine, () => {
      const o = engine.getOptions();
      return {
        text: this.#text,
        photoUpload: o.photoUpload ?? 'fallback',
        mirrored: o.mirrored ?? true,
        theme: this.getAttribute('theme'),
      };
    });
    this.#view = view;
    const unsubscribe = engine.subscribe(() => view.render());
    const offFocus = engine.on('focus', ({ target }) => view.focus(target));
    const offEvents = dispatchEngineEvents(engine, this);
    const detachCamera = attachCamera(engine, view.video);
    engine.connect();
    view.render();
    this.#unbind = () => {
      detachCamera();
      unsubscribe();
      offFocus();
      offEvents();
      engine.disconnect();
      view.destroy();
      this.#view = null;
    };
    if (engine.getOptions().autoStart && engine.getState().state === 'idle') engine.start();
  }

  #unbindView() {
    this.#unbind?.();
    this.#unbind = null;
  }
}

/** The attribute options as reflecting properties, and the property-only options, on the prototype. */
for (const [name, { attribute, type }] of Object.entries(ELEMENT_ATTRIBUTES)) {
  Object.defineProperty(LivenessCaptureElement.prototype, name, {
    configurable: true,
    get(this: LivenessCaptureElement) {
      return parseAttribute(type, this.getAttribute(attribute));
    },
    set(this: LivenessCaptureElement, value: unknown) {
      const text = attributeText(type, value);
      if (text === null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, text);
    },
  });
}
for (const name of PROPERTY_OPTIONS) {
  Object.defineProperty(LivenessCaptureElement.prototype, name, {
    configurable: true,
    get(this: LivenessCaptureElement) {
      return this.options[name as keyof CaptureOptions];
    },
    set(this: LivenessCaptureElement, value: never) {
      this.setProperty(name, value);
    },
  });
}

/**
 * Defines `<liveness-capture>` (or `tagName`) once; calling it again is harmless. Returns the
 * element class.
 */
export function defineLivenessCapture(tagName = 'liveness-capture'): typeof LivenessCaptureElement {
  const registry = globalThis.customElements;
  const existing = registry.get(tagName);
  if (existing) return existing as typeof LivenessCaptureElement;
  // A class per extra tag name: one constructor cannot be registered twice.
  const element =
    tagName === 'liveness-capture' ? LivenessCaptureElement : class extends LivenessCaptureElement {};
  registry.define(tagName, element);
  return element;
}

declare global {
  interface HTMLElementTagNameMap {
    'liveness-capture': LivenessCaptureElement;
  }
}
