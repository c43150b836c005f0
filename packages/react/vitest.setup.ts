import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `waitFor` and `findBy*` wait for what must come; their bound is for a loaded CI machine, not a
// speed test (the default 1 s timed out there while the component was still on its way).
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
