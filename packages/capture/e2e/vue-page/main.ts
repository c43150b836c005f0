// A Vue 3 app (no SFC: a template string compiled by Vue's full build) using <liveness-capture>:
// attributes and properties bound from the component's data, its DOM events as Vue listeners.
import type { LivenessResponse } from '@liveness-kit/core';
import { defineLivenessCapture } from '@liveness-kit/capture/element';
import { createApp, defineComponent, ref } from 'vue';

// Importing the entry does not define the element; defining it is the app's call.
Object.assign(window, { __definedBeforeCall: customElements.get('liveness-capture') !== undefined });
defineLivenessCapture();

const App = defineComponent({
  setup() {
    const params = new URLSearchParams(location.search);
    const vendorData = ref(params.get('vendorData') ?? 'vue-user');
    const metadata = ref({ app: 'vue', flow: 'e2e' });
    const timing = { readyHoldMs: 300 };
    const states = ref<string[]>([]);
    const status = ref('');
    const results: LivenessResponse[] = [];
    Object.assign(window, { __results: results });
    return {
      vendorData,
      metadata,
      timing,
      states,
      status,
      onState: (event: CustomEvent<{ state: string }>) => states.value.push(event.detail.state),
      onResult: (event: CustomEvent<{ response: LivenessResponse }>) => {
        results.push(event.detail.response);
        status.value = event.detail.response.liveness.status;
      },
    };
  },
  template: `
    <h1>Liveness check (Vue)</h1>
    <liveness-capture
      endpoint="/api/v3/passive-liveness/"
      :threshold="30"
      :vendor-data="vendorData"
      :metadata.prop="metadata"
      :timing.prop="timing"
      locale="en"
      @liveness-state="onState"
      @liveness-result="onResult"
    ></liveness-capture>
    <p data-testid="vue-status" role="status">{{ status }}</p>
    <p data-testid="vue-states">{{ states.join(' ') }}</p>
  `,
});

createApp(App)
  .use({
    install(app) {
      app.config.compilerOptions.isCustomElement = (tag) => tag === 'liveness-capture';
    },
  })
  .mount('#app');
