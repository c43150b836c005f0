// The <liveness-capture> page the CSP tests build for production: no inline script or style, so
// that a strict policy measures the component and not the page. `?models=<url>` moves the models.
import '@liveness-kit/capture/element/define';

interface SeenViolation {
  directive: string;
  blocked: string;
  source: string;
}

const violations: SeenViolation[] = [];
Object.assign(window, { __violations: violations });
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    source: event.sourceFile,
  });
});

const element = document.createElement('liveness-capture');
element.setAttribute('endpoint', '/api/v3/passive-liveness/');
element.setAttribute('threshold', '30');
const models = new URLSearchParams(location.search).get('models');
if (models) element.detectorOptions = { modelBasePath: models };
document.querySelector('main')!.append(element);
