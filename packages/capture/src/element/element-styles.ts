/**
 * The stylesheet of `<liveness-capture>`'s shadow root: the React stylesheet's look and its
 * `--lk-*` custom properties. The defaults sit on `:host`, so a rule of the page on the element
 * (`liveness-capture { --lk-primary: … }`) wins; `theme="dark" | "light"` forces a theme, else it
 * follows `prefers-color-scheme`. Every `data-part` is also a `part` for `::part()`. The face-match flow's
 * step label, reference part (inputs styled as the photo input's buttons) and outcome colours. The same phone
 * layouts as the React stylesheet: the stage at the frame's aspect (`--lk-frame-aspect`, set on the stage),
 * edge to edge with the hint over it on a narrow portrait screen, the hint and buttons beside it on a
 * short landscape one.
 */
const DARK = `--lk-bg:#161b22;--lk-fg:#e6edf3;--lk-muted:#9ea7b3;--lk-surface:#21262d;--lk-border:#6e7681;
--lk-primary:#8ab4f8;--lk-primary-hover:#aecbfa;--lk-primary-fg:#0b1b33;--lk-focus:#8ab4f8;--lk-danger:#ff938a;
--lk-success:#6fdd8b;--lk-stage-bg:#0d1117;--lk-hint-bg:#2d333b;--lk-hint-ready-bg:#6fdd8b;--lk-hint-ready-fg:#0b1b13;`;

export const ELEMENT_CSS = `
:host{display:block;
--lk-font:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans Arabic',sans-serif;--lk-font-size:1rem;
--lk-radius:.75rem;--lk-gap:1rem;--lk-max-width:40rem;--lk-bg:#fff;--lk-fg:#1f2328;--lk-muted:#4b5563;
--lk-surface:#f3f4f6;--lk-border:#8c959f;--lk-primary:#0b57d0;--lk-primary-hover:#0842a0;--lk-primary-fg:#fff;
--lk-focus:#0b57d0;--lk-danger:#b3261e;--lk-success:#1a7f37;--lk-stage-bg:#111827;--lk-hint-bg:#1f2328;
--lk-hint-fg:#fff;--lk-hint-ready-bg:#1a7f37;--lk-hint-ready-fg:#fff;--lk-overlay-color:rgb(0 0 0 / .55);
--lk-oval-color:#fff;--lk-oval-fitted-color:#4ade80;--lk-transition:150ms ease;--lk-spin-duration:.9s;
--lk-frame-aspect:4/3;--lk-target-size:2.75rem;--lk-stage-max-block-size:calc(100dvh - 2.75rem - 2 * var(--lk-gap)
 - env(safe-area-inset-top,0px) - env(safe-area-inset-bottom,0px))}
:host([hidden]){display:none}
@media (prefers-color-scheme:dark){:host(:not([theme=light])){${DARK}}}
:host([theme=dark]){${DARK}}
[hidden]{display:none!important}
.lk-root{box-sizing:border-box;display:flex;flex-direction:column;gap:var(--lk-gap);position:relative;inline-size:100%;
max-inline-size:var(--lk-max-width);margin-inline:auto;padding:var(--lk-gap);border-radius:var(--lk-radius);
background:var(--lk-bg);color:var(--lk-fg);font-family:var(--lk-font);font-size:var(--lk-font-size);line-height:1.5}
.lk-root *,.lk-root *::before,.lk-root *::after{box-sizing:inherit}
h2{margin:0;font-size:1.25rem;line-height:1.3}
p,ul{margin:0}
[tabindex='-1']:focus{outline:none}
.lk-intro{display:flex;flex-direction:column;align-items:center;gap:.75rem;text-align:center}
.lk-intro p,.lk-upload p,.lk-progress{color:var(--lk-muted)}
.lk-stage{position:relative;flex:none;align-self:center;
inline-size:min(100%,calc(var(--lk-stage-max-block-size) * (var(--lk-frame-aspect))));aspect-ratio:var(--lk-frame-aspect);
overflow:hidden;scroll-margin-block-start:env(safe-area-inset-top,0px);border-radius:var(--lk-radius);
background:var(--lk-stage-bg)}
.lk-camera{position:absolute;inset:0;inline-size:100%;block-size:100%;object-fit:cover}
.lk-camera[data-mirrored]{transform:scaleX(-1)}
.lk-overlay{position:absolute;inset:0;pointer-events:none}
.lk-overlay svg{display:block;inline-size:100%;block-size:100%}
.lk-oval-line{stroke:var(--lk-oval-color);transition:stroke var(--lk-transition)}
[data-state=fitted] .lk-oval-line{stroke:var(--lk-oval-fitted-color)}
.lk-hint{padding:.75rem 1rem;border-radius:var(--lk-radius);background:var(--lk-hint-bg);color:var(--lk-hint-fg);
font-weight:600;text-align:center;transition:background-color var(--lk-transition)}
.lk-hint[data-hint=READY]{background:var(--lk-hint-ready-bg);color:var(--lk-hint-ready-fg)}
.lk-actions{display:flex;flex-wrap:wrap;align-items:center;justify-content:center;gap:.75rem}
.lk-actions:empty{display:none}
.lk-start,.lk-capture,.lk-retry,.lk-retake,.lk-retake-reference,.lk-cancel,.lk-upload label{display:inline-flex;align-items:center;
justify-content:center;min-block-size:var(--lk-target-size);
min-inline-size:var(--lk-target-size);padding:.5rem 1.25rem;border:2px solid var(--lk-primary);
border-radius:999px;font:inherit;font-weight:600;cursor:pointer;
transition:background-color var(--lk-transition),color var(--lk-transition)}
.lk-start,.lk-capture,.lk-retry{background:var(--lk-primary);color:var(--lk-primary-fg)}
.lk-start:hover,.lk-capture:hover,.lk-retry:hover{background:var(--lk-primary-hover);border-color:var(--lk-primary-hover)}
.lk-retake,.lk-retake-reference,.lk-cancel,.lk-upload label{background:transparent;color:var(--lk-primary)}
.lk-retake:hover,.lk-retake-reference:hover,.lk-cancel:hover,.lk-upload label:hover{background:var(--lk-surface)}
.lk-capture[aria-disabled=true]{cursor:progress}
button:focus-visible,select:focus-visible,.lk-upload input:focus-visible+label{outline:3px solid var(--lk-focus);
outline-offset:2px}
.lk-camera-select{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;max-inline-size:100%}
.lk-camera-select select{min-block-size:var(--lk-target-size);min-inline-size:var(--lk-target-size);max-inline-size:100%;padding-block:.25rem;padding-inline:.75rem;
border:1px solid var(--lk-border);border-radius:.5rem;background:var(--lk-bg);color:var(--lk-fg);font:inherit}
.lk-progress{display:flex;align-items:center;justify-content:center;gap:.75rem}
.lk-progress progress{appearance:none;flex:none;inline-size:1.5rem;block-size:1.5rem;border:3px solid var(--lk-border);
border-block-start-color:var(--lk-primary);border-radius:50%;background:transparent;
animation:lk-spin var(--lk-spin-duration) linear infinite}
.lk-progress progress::-webkit-progress-bar,.lk-progress progress::-webkit-progress-value{background:transparent}
@keyframes lk-spin{to{transform:rotate(360deg)}}
.lk-result,.lk-error{display:flex;flex-direction:column;gap:.75rem;padding:var(--lk-gap);border-radius:var(--lk-radius);
background:var(--lk-surface)}
.lk-result>button{align-self:flex-start}
.lk-result[data-status=Approved] h2{color:var(--lk-success)}
.lk-result[data-status=Declined] h2{color:var(--lk-danger)}
.lk-result[data-outcome] h2{color:var(--lk-danger)}
.lk-result[data-outcome=verified] h2{color:var(--lk-success)}
.lk-result>.lk-actions{justify-content:flex-start}
.lk-result ul{display:flex;flex-direction:column;gap:.5rem;padding-inline-start:1.25rem}
.lk-warning strong{display:block}
.lk-error{border-inline-start:4px solid var(--lk-danger)}
.lk-error>.lk-actions{justify-content:flex-start}
.lk-upload{position:relative;display:flex;flex-direction:column;align-items:center;gap:.5rem;text-align:center}
.lk-upload input[type=file],.lk-visually-hidden{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;
clip-path:inset(50%);white-space:nowrap}
.lk-photo-notice{color:var(--lk-danger);font-weight:600;text-align:center}
.lk-step{color:var(--lk-muted);font-size:.875rem;font-weight:600;text-align:center}
.lk-reference{display:flex;flex-direction:column;align-items:center;gap:.75rem;text-align:center}
.lk-reference-body,.lk-reference-note,.lk-reference-status{color:var(--lk-muted)}
.lk-reference-preview{display:block;max-inline-size:min(100%,16rem);max-block-size:12rem;object-fit:contain;
border:1px solid var(--lk-border);border-radius:.5rem}
@media (max-width:36rem) and (orientation:portrait){
.lk-root{--lk-hint-block-size:calc(3em + 1.5rem);padding-block-end:max(var(--lk-gap),env(safe-area-inset-bottom,0px));
padding-inline:max(var(--lk-gap),env(safe-area-inset-left,0px)) max(var(--lk-gap),env(safe-area-inset-right,0px));
border-radius:0}
.lk-stage{inline-size:min(100% + 2 * var(--lk-gap),calc(var(--lk-stage-max-block-size) * (var(--lk-frame-aspect))));
border-radius:0}
.lk-stage:not([hidden])+.lk-hint{position:relative;z-index:1;display:flex;align-items:center;justify-content:center;
min-block-size:var(--lk-hint-block-size);margin-inline:calc(.75rem - var(--lk-gap));
margin-block:calc(-1 * (var(--lk-hint-block-size) + var(--lk-gap) + .75rem)) .75rem}}
@media (max-height:36rem) and (orientation:landscape){
.lk-root{--lk-stage-max-block-size:calc(100dvh - 2 * var(--lk-gap) - env(safe-area-inset-top,0px)
 - env(safe-area-inset-bottom,0px));
padding-inline:max(var(--lk-gap),env(safe-area-inset-left,0px)) max(var(--lk-gap),env(safe-area-inset-right,0px))}
.lk-root:has(>.lk-stage:not([hidden])){display:grid;grid-template-columns:auto minmax(0,1fr);
grid-template-rows:1fr repeat(3,auto) 1fr;align-items:center;gap:.75rem var(--lk-gap)}
.lk-root:has(>.lk-stage:not([hidden]))>*{grid-column:2}
.lk-root>.lk-stage:not([hidden]){grid-column:1;grid-row:1/-1;inline-size:auto;block-size:var(--lk-stage-max-block-size)}
.lk-root:has(>.lk-stage:not([hidden]))>.lk-progress{grid-row:2}
.lk-root:has(>.lk-stage:not([hidden]))>.lk-hint{grid-row:3}
.lk-root:has(>.lk-stage:not([hidden]))>.lk-actions{grid-row:4}}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation:none!important;transition:none!important}}
`;

let shared: CSSStyleSheet | null = null;

/** Styles a shadow root: one constructed sheet shared by every instance, or a `<style>` where that is missing. */
export function adoptElementStyles(root: ShadowRoot): void {
  if (
    typeof CSSStyleSheet === 'function' &&
    'adoptedStyleSheets' in root &&
    'replaceSync' in CSSStyleSheet.prototype
  ) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(ELEMENT_CSS);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared];
    return;
  }
  const style = document.createElement('style');
  style.textContent = ELEMENT_CSS;
  root.append(style);
}
